import io
import json
from pathlib import Path

from communique.records import Document
from communique.sources import Rejected, SourceOptions, iter_documents
from communique.sources.files import read_stdin

ENGLISH = "The prime minister flew to Brussels on Thursday for talks with European leaders on energy prices.\n"
RUSSIAN = (
    "Министр иностранных дел России Сергей Лавров заявил в среду, что Москва и Токио ещё далеки от "
    "настоящего партнёрства на международной арене, и призвал продолжить переговоры о мирном договоре.\n"
)


def test_missing_path_is_rejected_and_the_batch_goes_on(tmp_path, offline):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "nope.txt"), str(good)], offline))
    assert isinstance(results[0], Rejected)
    assert results[0].reason == "no such file or directory" and results[0].status == "failed"
    assert isinstance(results[1], Document)


def test_directory_is_read_recursively_in_sorted_order(tmp_path, fixtures, offline):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH.replace("Thursday", "Friday"), encoding="utf-8")
    (tmp_path / "b" / "page.htm").write_bytes((fixtures / "summit_page.html").read_bytes())
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "r1", "text": ENGLISH}) + "\n", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    results = list(iter_documents([str(tmp_path)], offline))
    assert [Path(r.source.split("#")[0]).relative_to(tmp_path).as_posix() for r in results] == ["a.txt", "b/page.htm", "b/z.txt", "c.jsonl"]
    assert all(isinstance(r, Document) for r in results)
    assert results[3].id == "r1"


def test_empty_directory_is_rejected(tmp_path, offline):
    (result,) = iter_documents([str(tmp_path)], offline)
    assert isinstance(result, Rejected) and result.reason.startswith("no readable files")


def test_file_over_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_text(ENGLISH * 50, encoding="utf-8")

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    (result,) = iter_documents([str(path)], SourceOptions(allow_network=False, max_bytes=1024))
    assert isinstance(result, Rejected)
    assert result.reason == "too large: 4.8 KB (limit 1 KB)"


def test_default_cap_is_20_mb():
    assert SourceOptions().max_bytes == 20 * 1024 * 1024


def test_non_english_article_is_skipped_and_named(tmp_path, offline):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    (result,) = iter_documents([str(path)], offline)
    assert isinstance(result, Rejected)
    assert result.status == "skipped"
    assert result.reason == "not English (detected: Russian)"


def test_short_english_record_is_not_rejected(tmp_path, offline):
    path = tmp_path / "short.jsonl"
    path.write_text(json.dumps({"id": "s", "text": "Lavrov met Kono in Moscow."}) + "\n", encoding="utf-8")
    (doc,) = iter_documents([str(path)], offline)
    assert isinstance(doc, Document) and doc.language == "en"


def test_language_gate_can_be_opened(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    (doc,) = iter_documents([str(path)], SourceOptions(allow_network=False, languages=()))
    assert isinstance(doc, Document)


def test_stdin_text_and_html_are_sniffed(monkeypatch, fixtures, offline):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode("utf-8"))))
    (doc,) = iter_documents(["-"], offline)
    assert doc.kind == "stdin" and doc.text == ENGLISH and doc.source == "-"
    page = (fixtures / "summit_page.html").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page)))
    (doc,) = iter_documents(["-"], offline)
    assert doc.title == "Foreign ministers agree to resume border talks"


def test_stdin_over_the_cap(offline):
    result = None
    try:
        read_stdin(SourceOptions(max_bytes=10), stream=io.BytesIO(b"x" * 11))
    except Exception as err:  # InputError
        result = str(err)
    assert result == "too large: over 10 bytes limit"


def test_mixed_inputs_keep_input_order(tmp_path, fixtures, offline):
    text = tmp_path / "t.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    inputs = [str(fixtures / "agency_feed.atom"), str(tmp_path / "missing.html"), str(text), str(fixtures / "summit_page.html")]
    results = list(iter_documents(inputs, offline))
    assert [r.source for r in results] == [inputs[0] + "#1", inputs[1], inputs[2], inputs[3]]
    assert [type(r).__name__ for r in results] == ["Document", "Rejected", "Document", "Document"]


def test_xml_that_is_not_a_feed(tmp_path, offline):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>', encoding="utf-8")
    (result,) = iter_documents([str(path)], offline)
    assert isinstance(result, Rejected) and result.reason == "XML that is neither an RSS/Atom feed nor an HTML page"


def test_binary_bytes_are_rejected_whatever_the_extension(tmp_path, offline):
    path = tmp_path / "page.html"
    path.write_bytes(b"\x00\x01\x02GIF89a" * 20)
    (result,) = iter_documents([str(path)], offline)
    assert isinstance(result, Rejected) and result.reason == "binary file (contains NUL bytes), not text"

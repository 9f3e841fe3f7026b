import json
from datetime import date

from communique.records import Document
from communique.sources import Rejected, SourceOptions, iter_documents
from communique.sources.base import content_id

TEXT_A = "The defence ministers of the two countries met in Oslo on Thursday to discuss joint exercises."
TEXT_B = "The foreign minister said on Friday that the embassy would reopen after repairs were finished."


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_keep_id_text_and_date(tmp_path, offline):
    path = write_lines(tmp_path / "records.jsonl", [
        json.dumps({"id": "oslo-1", "text": TEXT_A, "published": "2021-05-06", "title": "Ministers meet", "url": "https://x.example/1"}),
        json.dumps({"text": TEXT_B, "date": "2021-05-07T10:00:00Z"}),
    ])
    a, b = iter_documents([str(path)], offline)
    assert (a.id, a.text, a.published, a.title, a.url, a.kind) == ("oslo-1", TEXT_A, date(2021, 5, 6), "Ministers meet", "https://x.example/1", "jsonl")
    assert a.source == f"{path}#1"
    assert b.id == content_id(TEXT_B) and b.published == date(2021, 5, 7)


def test_bad_line_is_rejected_and_the_rest_goes_on(tmp_path, offline):
    path = write_lines(tmp_path / "records.jsonl", [
        json.dumps({"id": "1", "text": TEXT_A}),
        '{"id": "2", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "4", "title": "no body"}),
        "",
        json.dumps({"id": "6", "text": TEXT_B}),
    ])
    results = list(iter_documents([str(path)], offline))
    assert [type(r).__name__ for r in results] == ["Document", "Rejected", "Rejected", "Rejected", "Document"]
    assert results[1].reason.startswith("line 2: invalid JSON")
    assert results[2].reason == "line 3: expected a JSON object, got list"
    assert results[3].reason == "line 4: no 'text' or 'html' field"
    assert results[4].id == "6"


def test_html_record_goes_through_the_html_path(tmp_path, fixtures, offline):
    html = (fixtures / "summit_page.html").read_text(encoding="utf-8")
    path = write_lines(tmp_path / "pages.jsonl", [json.dumps({"id": "geneva", "html": html, "url": "https://c.example/a"})])
    (doc,) = iter_documents([str(path)], offline)
    assert doc.id == "geneva"
    assert doc.title == "Foreign ministers agree to resume border talks"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.url == "https://c.example/a"


def test_json_file_with_a_list_or_one_object(tmp_path, offline):
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"id": "a", "text": TEXT_A}, {"id": "b", "text": TEXT_B}]), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "c", "text": TEXT_A}), encoding="utf-8")
    results = list(iter_documents([str(listed), str(single)], offline))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[1].source == f"{listed}#2"


def test_jsonl_option_reads_any_file_as_records(tmp_path):
    path = write_lines(tmp_path / "records.txt", [json.dumps({"id": "x", "text": TEXT_A})])
    (doc,) = iter_documents([str(path)], SourceOptions(allow_network=False, jsonl=True))
    assert isinstance(doc, Document) and doc.id == "x"


def test_published_option_overrides_record_date(tmp_path):
    path = write_lines(tmp_path / "r.jsonl", [json.dumps({"text": TEXT_A, "published": "2020-01-01"})])
    (doc,) = iter_documents([str(path)], SourceOptions(allow_network=False, published=date(2024, 2, 2)))
    assert doc.published == date(2024, 2, 2)


def test_unreadable_date_is_dropped_not_fatal(tmp_path, offline):
    path = write_lines(tmp_path / "r.jsonl", [json.dumps({"text": TEXT_A, "published": "sometime soon"})])
    (doc,) = iter_documents([str(path)], offline)
    assert isinstance(doc, Document) and doc.published is None


def test_empty_text_is_rejected(tmp_path, offline):
    path = write_lines(tmp_path / "r.jsonl", [json.dumps({"id": "e", "text": "   "})])
    (result,) = iter_documents([str(path)], offline)
    assert isinstance(result, Rejected) and result.reason == "line 1: empty 'text'"

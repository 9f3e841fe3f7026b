from communique.records import Document
from communique.sources import Rejected, iter_documents
from communique.sources.base import content_id

ENGLISH = (
    "Russian Foreign Minister Sergey Lavrov ({name}) said on Wednesday that talks with Tokyo "
    "would continue next month. The minister added that a peace treaty was not yet within reach.\n"
)


def read_one(path, options):
    results = list(iter_documents([str(path)], options))
    assert len(results) == 1
    return results[0]


def test_utf8_text_is_kept_exactly(tmp_path, offline):
    text = "\ufeffMOSCOW, January 16.  The minister spoke.\r\n\r\nHe said talks would go on — “slowly”.\n"
    path = tmp_path / "dispatch.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = read_one(path, offline)
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.id == content_id(text)
    assert doc.source == str(path) and doc.kind == "text"


def test_cp1251_english_with_cyrillic_name_decodes(tmp_path, offline):
    text = ENGLISH.format(name="Сергей Лавров")
    path = tmp_path / "cp1251.txt"
    path.write_bytes(text.encode("cp1251"))
    doc = read_one(path, offline)
    assert isinstance(doc, Document)
    assert doc.text == text


def test_latin1_english_decodes(tmp_path, offline):
    text = "The delegation from Zürich met officials at the Café de la Paix on Monday. Señor Pérez said the talks were useful.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    doc = read_one(path, offline)
    assert isinstance(doc, Document)
    assert doc.text == text


def test_cp1252_punctuation_decodes(tmp_path, offline):
    text = "The minister said the cost was €5m – a “significant” sum for the budget.\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path, offline).text == text


def test_empty_file_is_rejected(tmp_path, offline):
    for name, content in (("empty.txt", b""), ("blank.txt", b"  \n\n \t\n")):
        path = tmp_path / name
        path.write_bytes(content)
        result = read_one(path, offline)
        assert isinstance(result, Rejected)
        assert result.reason == "empty file"


def test_binary_file_is_rejected(tmp_path, offline):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = read_one(path, offline)
    assert isinstance(result, Rejected)
    assert result.reason.startswith("binary file")
    assert "\n" not in result.reason


def test_control_characters_without_nul_are_binary(tmp_path, offline):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 9)) * 40 + b"some words")
    result = read_one(path, offline)
    assert isinstance(result, Rejected) and result.reason.startswith("binary file")

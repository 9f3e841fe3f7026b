import pytest

from communique.errors import InputError
from communique.sources.decoding import decode_text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Министр иностранных дел России заявил в среду, что переговоры продолжатся.", "cp1251"),
        ("Министр иностранных дел России заявил в среду, что переговоры продолжатся.", "koi8_r"),
        ("Officials from Łódź and Kraków met Mr Dvořák in Prague on Friday.", "cp1250"),
        ("Lavrov (Лавров) said so.", "cp1251"),
        ("Señor Pérez", "latin-1"),
    ],
)
def test_legacy_code_pages(text, encoding):
    assert decode_text(text.encode(encoding)) == text


def test_utf16_with_bom():
    text = "The envoy arrived on Monday."
    assert decode_text(text.encode("utf-16")) == text


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="binary"):
        decode_text(b"abc\x00def")

"""The language gate and the HTML source on the shared evaluation pages (real news sites)."""
import json

import pytest

from communique.records import Document
from communique.sources import Rejected, SourceOptions, documents_from_bytes
from communique.language import language_name

pytestmark = pytest.mark.shared


def test_every_page_is_read_or_skipped_for_its_language(shared_dir):
    folder = shared_dir / "eval" / "html"
    pages = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))["pages"]
    wrong = []
    for page in pages:
        html = (folder / page["id"] / "source.html").read_bytes()
        (result,) = documents_from_bytes(html, page["id"], SourceOptions(allow_network=False), suffix=".html")
        if page["language"] == "en":
            ok = isinstance(result, Document) and result.title and result.text.startswith(result.title)
        else:
            ok = isinstance(result, Rejected) and result.status == "skipped" and result.reason.endswith(
                f"(detected: {language_name(page['language'])})")
        if not ok:
            wrong.append((page["id"], getattr(result, "reason", None)))
    assert wrong == []

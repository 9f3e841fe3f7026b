"""The bundled examples read as the dispatches they imitate: headline, dated dateline, body."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from communique.records import Document
from communique.structure import build_article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TEXT_FILES = sorted(EXAMPLES.glob("*.txt"))


def test_there_are_six_to_eight_dispatches_of_several_kinds():
    files = [p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html", ".jsonl"}]
    assert 6 <= len(files) <= 8
    assert {p.suffix for p in files} == {".txt", ".html", ".jsonl"}
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert all(p.name in readme for p in files)


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_text_example_has_headline_dated_dateline_and_body(path):
    text = path.read_text(encoding="utf-8")
    assert 150 <= len(text.split()) <= 400
    article = build_article(Document(id=path.stem, text=text, source=str(path)))
    assert article.headline is not None
    assert article.dateline is not None and article.dateline.agency
    assert article.dateline.date is not None
    assert article.published == date.fromisoformat(path.name[:10])
    assert len(article.paragraphs) >= 5


def test_tass_example_has_every_header_part_and_subheadings():
    path = next(EXAMPLES.glob("*-tass-*.txt"))
    article = build_article(Document(id="tass", text=path.read_text(encoding="utf-8")))
    assert article.section is not None and article.standfirst is not None
    assert len(article.subheadings) == 2


def test_jsonl_records_date_their_datelines():
    path = next(EXAMPLES.glob("*.jsonl"))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 2
    for record in records:
        assert 150 <= len(record["text"].split()) <= 400
        published = date.fromisoformat(record["published"])
        article = build_article(Document(id=record["id"], text=record["text"], title=record["title"], published=published))
        assert article.headline.text == record["title"]
        assert article.dateline.date == published


def test_html_example_dated_by_its_meta_tag():
    from communique.sources import SourceOptions, iter_documents

    path = next(EXAMPLES.glob("*.html"))
    (document,) = list(iter_documents([str(path)], SourceOptions(allow_network=False)))
    assert isinstance(document, Document), document
    assert 150 <= len(document.text.split()) <= 400
    article = build_article(document)
    assert article.published == date(2019, 1, 31)
    assert article.dateline.agency == "Xinhua" and article.dateline.date == date(2019, 1, 30)
    assert article.headline is not None and article.standfirst is not None
    assert [s.text for s in article.subheadings] == ["Meeting at the White House", "March deadline"]

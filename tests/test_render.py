"""The rich summary: every part of the record shows up, news copy is never read as markup."""
from __future__ import annotations

import pytest
from rich.console import Console

from communique.records import Article, ArticleRecord, TextSpan
from communique.render import articles_view, render_record
from communique.store.queries import ArticleSummary
from sample_records import hand_built_record


def _render(record: ArticleRecord) -> str:
    console = Console(record=True, width=160, color_system=None)
    render_record(record, console)
    return console.export_text()


def test_summary_shows_structure_actors_quotes_and_events():
    out = _render(hand_built_record())
    for part in (
        "Talks on river water resume",  # headline
        "GENEVA, March 3, Wire (2020-03-03)",  # dateline
        "paragraphs   3",
        "Actors (3)", "UGAGOV", "Foreign Minister",
        "Quotes (1)", "[direct] Kenyan minister KENGOV (told)", "We will not accept any delay",
        "Events (3)", "040", "125 not", "-5.0", "2020-04",
    ):
        assert part in out, part


def test_brackets_in_article_text_are_printed_as_they_are():
    text = "[bold]Sanctions[/bold] [red] eased"
    article = Article(id="b1", text=text, headline=TextSpan(text, 0, len(text)))
    out = _render(ArticleRecord(article))
    assert text in out


def test_empty_parts_say_none_found():
    out = _render(ArticleRecord(Article(id="e1", text="Nothing here.")))
    assert "Actors: none found" in out and "Quotes: none found" in out and "Events: none found" in out


SUMMARIES = [
    ArticleSummary("example-2020-01-02-a-rather-long-article-id", "2020-01-02", "A [headline] " + "long " * 30, 1, 2, 3),
    ArticleSummary("def", None, None, 0, 0, 0),
]


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_article_list_shows_whole_ids_and_fits_the_width(width):
    console = Console(record=True, width=width, color_system=None)
    console.print(articles_view(SUMMARIES, width))
    lines = [line.rstrip() for line in console.export_text().splitlines() if line.strip()]
    out = "\n".join(lines)
    assert all(len(line) <= width for line in lines)
    assert SUMMARIES[0].id in out and "def" in out and "A [headline]" in out
    assert any(SUMMARIES[0].id in line and "2020-01-02" in line for line in lines)
    assert len(lines) <= 3 * len(SUMMARIES) + 2

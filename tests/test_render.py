"""The rich summary: every part of the record shows up, news copy is never read as markup."""
from __future__ import annotations

from rich.console import Console

from communique.records import Article, ArticleRecord, TextSpan
from communique.render import articles_table, render_record
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


def test_articles_table_lists_each_summary():
    console = Console(record=True, width=160, color_system=None)
    console.print(articles_table([ArticleSummary("abc", "2020-01-02", "A [headline]", 1, 2, 3), ArticleSummary("def", None, None, 0, 0, 0)]))
    out = console.export_text()
    assert "abc" in out and "A [headline]" in out and "2020-01-02" in out and "def" in out

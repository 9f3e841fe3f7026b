"""Readable summaries for the terminal (rich): one article, or a list of stored articles.

Everything taken from an article is shown as plain ``Text`` so that brackets in news
copy are never read as rich markup.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from communique.records import ActorRef, ArticleRecord, Speaker

EVIDENCE_CHARS = 90


def _clip(text: str | None, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _who(ref: ActorRef | Speaker | None) -> Text:
    if ref is None or (ref.name is None and ref.code is None):
        return Text("—", style="dim")
    out = Text(ref.name or "")
    if ref.code:
        out.append(f" {ref.code}" if ref.name else ref.code, style="cyan")
    return out


def structure_table(record: ArticleRecord) -> Table:
    article = record.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()

    def row(label: str, value: str | None) -> None:
        grid.add_row(Text(label), Text(value) if value else Text("—", style="dim"))

    row("id", article.id)
    row("published", article.published.isoformat() if article.published else None)
    row("section", article.section.text if article.section else None)
    row("headline", article.headline.text if article.headline else None)
    row("standfirst", _clip(article.standfirst.text, 300) if article.standfirst else None)
    dateline = article.dateline
    if dateline is not None:
        parts = [dateline.place, dateline.date_text, dateline.agency or ""]
        when = f" ({dateline.date.isoformat()})" if dateline.date else ""
        row("dateline", ", ".join(p for p in parts if p) + when)
    else:
        row("dateline", None)
    row("subheadings", "; ".join(s.text for s in article.subheadings) or None)
    row("paragraphs", str(len(article.paragraphs)))
    return grid


def actors_table(record: ArticleRecord) -> Table:
    table = Table(title=f"Actors ({len(record.actors)})", title_justify="left", box=box.SIMPLE_HEAD)
    for name in ("id", "name", "code", "country", "sector", "role", "mentions"):
        table.add_column(name, justify="right" if name == "mentions" else "left")
    for actor in record.actors:
        table.add_row(
            Text(actor.id),
            Text(actor.name),
            Text(actor.code, style="cyan"),
            Text(actor.country or "—"),
            Text(actor.sector or "—"),
            Text(actor.role or "—"),
            Text(str(len(actor.mentions))),
        )
    return table


def quotes_list(record: ArticleRecord) -> Group:
    lines: list[Text] = [Text(f"Quotes ({len(record.quotes)})", style="italic")]
    for index, quote in enumerate(record.quotes):
        line = Text(f"{index:>3}  ")
        line.append(f"[{quote.kind}] ", style="dim")
        line.append_text(_who(quote.speaker))
        if quote.cue:
            line.append(f" ({quote.cue})", style="dim")
        line.append(": ")
        line.append(f"“{_clip(quote.text, 240)}”")
        lines.append(line)
    return Group(*lines)


def events_table(record: ArticleRecord) -> Table:
    table = Table(title=f"Events ({len(record.events)})", title_justify="left", box=box.SIMPLE_HEAD)
    for name in ("#", "source", "cameo", "plover", "target", "goldstein", "quad", "date", "evidence"):
        table.add_column(name, justify="right" if name in ("#", "goldstein", "quad") else "left")
    for index, event in enumerate(record.events):
        cameo = Text(event.cameo, style="cyan")
        if event.negated:
            cameo.append(" not", style="red")
        table.add_row(
            Text(str(index)),
            _who(event.source),
            cameo,
            Text(event.plover or "—"),
            _who(event.target),
            Text(f"{event.goldstein:+.1f}"),
            Text(str(event.quad_class)),
            Text(event.date or "—"),
            Text(_clip(event.text)),
        )
    return table


def render_record(record: ArticleRecord, console: Console) -> None:
    """The summary ``communique read`` and ``communique show`` print for one article."""
    console.print(structure_table(record))
    for title, items, part in (
        ("Actors", record.actors, actors_table),
        ("Quotes", record.quotes, quotes_list),
        ("Events", record.events, events_table),
    ):
        console.print()
        if items:
            console.print(part(record))
        else:
            console.print(Text(f"{title}: none found", style="dim"))


def render_records(records: Iterable[ArticleRecord], console: Console) -> None:
    for index, record in enumerate(records):
        if index:
            console.rule()
        render_record(record, console)


def articles_view(summaries: Sequence, width: int = 80) -> Table | Group:
    """``communique articles``: one row per stored article (``queries.ArticleSummary``).

    Ids are shown whole (``show`` needs them). The headline is clipped to what ``width``
    leaves over so each article stays on one line; when too little is left (long ids in a
    narrow terminal) each article takes two lines instead of a table."""
    counts = ("actors", "quotes", "events")
    id_width = max([len(s.id) for s in summaries] + [2])
    # One edge space each side, three spaces between columns (padding + separator).
    fixed = 2 + 3 * (2 + len(counts)) + id_width + len("published") + sum(len(n) for n in counts)
    budget = width - fixed
    if budget < 16:
        return _articles_stacked(summaries, width)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", no_wrap=True, min_width=id_width)
    table.add_column("published", no_wrap=True, min_width=len("published"))
    table.add_column("headline", no_wrap=True)
    for name in counts:
        table.add_column(name, justify="right", no_wrap=True, min_width=len(name))
    for s in summaries:
        headline = " ".join(s.headline.split()) if s.headline else "—"
        table.add_row(
            Text(s.id, style="cyan"),
            Text(s.published or "—"),
            Text(_clip(headline, budget)),
            Text(str(s.actors)),
            Text(str(s.quotes)),
            Text(str(s.events)),
        )
    return table


def _articles_stacked(summaries: Sequence, width: int) -> Group:
    lines: list[Text] = []
    for s in summaries:
        first = Text(s.id, style="cyan")
        first.append(f"  {s.published or 'undated'}")
        counts = Text(f"{s.actors} actors, {s.quotes} quotes, {s.events} events", style="dim")
        if len(first) + 2 + len(counts) <= width:
            first.append("  ").append_text(counts)
            counts = None
        lines.append(first)
        headline = " ".join(s.headline.split()) if s.headline else "(no headline)"
        lines.append(Text("    " + _clip(headline, max(20, width - 4))))
        if counts is not None:
            lines.append(Text("    ").append_text(counts))
    return Group(*lines)

"""Document -> Article: section, headline, standfirst, dateline, subheadings, paragraphs.

Every part is a span of the document's one text, which is never changed. The article is
read as a sequence of units (lines or paragraphs, :mod:`blocks`):

1. the dateline opens the first body paragraph, so the first unit among the leading few
   that starts with one is where the body begins;
2. without a dateline the body begins at the first paragraph-like unit (a punctuated
   sentence of some length) after any unit the source's metadata names as title or deck
   and after the header's bylines and time stamps;
3. the units before the body are, in this order and when their shape fits: a section
   breadcrumb, the headline, the standfirst; bylines and time stamps are passed over;
4. in the body, short unpunctuated lines between paragraphs are subheadings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from communique.records import Article, Dateline, Document, TextSpan
from communique.structure import shapes
from communique.structure.blocks import split_units
from communique.structure.dateline import DatelineMatch, parse_dateline, parse_place_line
from communique.structure.dates import dateline_date, publication_date
from communique.structure.hints import first_match, matches_description, matches_section, matches_title, normalise

HEADER_LIMIT = 8  # the header (section, headline, deck, byline...) is never longer than this


@dataclass(frozen=True, slots=True)
class Header:
    section: TextSpan | None = None
    headline: TextSpan | None = None
    standfirst: TextSpan | None = None


def find_dateline(units: list[TextSpan]) -> tuple[int, DatelineMatch] | None:
    """The first of the leading units that opens with a dateline, with its index.

    A place alone on its line counts only between a header line and a paragraph, where
    nothing but a dateline stands ("Headline / ANKARA / Turkey's ...").
    """
    for i, unit in enumerate(units[:HEADER_LIMIT]):
        found = parse_dateline(unit.text)
        if found is not None:
            return i, found
        following = units[i + 1].text if i + 1 < len(units) else ""
        if i > 0 and shapes.is_paragraph_like(following) and parse_dateline(following) is None:
            found = parse_place_line(unit.text)
            if found is not None:
                return i, found
        if shapes.word_count(unit.text) > shapes.MAX_STANDFIRST_WORDS:
            break  # a long paragraph without a dateline: the body has begun without one
    return None


def last_header_noise(units: list[TextSpan]) -> int:
    """Index of the last byline or time stamp of the header, or -1.

    Such lines close the header of pages without a dateline ("By Jane Doe", "Wed 16 Jan
    2019 10.15 GMT"), so the body cannot begin before them. Only lines among the leading
    few, before any long paragraph and with text after them, count: a "Reporting by"
    at the end of a story closes nothing.
    """
    last = -1
    for k, unit in enumerate(units[:HEADER_LIMIT]):
        if shapes.word_count(unit.text) > shapes.MAX_STANDFIRST_WORDS:
            break
        if shapes.is_noise(unit.text) and k + 1 < len(units):
            last = k
    return last


def body_start_without_dateline(units: list[TextSpan], after: int) -> int:
    """Index of the first body unit when no dateline marks it."""
    after = max(after, last_header_noise(units))
    for i in range(after + 1, len(units)):
        if shapes.is_paragraph_like(units[i].text):
            return i
    if after >= 0:
        return after + 1
    if len(units) > 1 and shapes.is_headline_like(units[0].text):
        return 1
    return 0


def read_header(units: list[TextSpan], hinted: dict[str, int]) -> Header:
    """Section, headline and standfirst among the units before the body, in that order."""
    roles: dict[str, TextSpan] = {role: units[i] for role, i in hinted.items()}
    taken = set(hinted.values())
    free = [i for i in range(len(units)) if i not in taken and not shapes.is_noise(units[i].text)]

    def before(role: str, i: int) -> bool:
        return role not in hinted or i < hinted[role]

    def after(role: str, i: int) -> bool:
        return role not in hinted or i > hinted[role]

    for n, i in enumerate(free):
        text = units[i].text
        later = free[n + 1:]
        if (
            "section" not in roles and "headline" not in roles and "standfirst" not in roles
            and shapes.is_section_like(text)
            and (later or "headline" in hinted)
            and before("headline", i)
            and (shapes.is_labelled_section(text) or not _headline_and_deck(units, i, later, hinted))
        ):
            roles["section"] = units[i]
        elif (
            "headline" not in roles and "standfirst" not in roles
            and shapes.is_headline_like(text)
            and after("section", i) and before("standfirst", i)
        ):
            roles["headline"] = units[i]
        elif (
            "standfirst" not in roles
            and shapes.is_standfirst_like(text)
            and after("section", i) and after("headline", i)
        ):
            roles["standfirst"] = units[i]
    return Header(roles.get("section"), roles.get("headline"), roles.get("standfirst"))


def _headline_and_deck(units: list[TextSpan], first: int, later: list[int], hinted: dict[str, int]) -> bool:
    """Two header lines whose second reads as a deck: the first is then the headline,
    however short, rather than a section label."""
    if len(later) != 1 or "headline" in hinted or shapes.word_count(units[first].text) < 2:
        return False  # a one-word line ("Emergencies") above another is a label
    deck = units[later[0]].text
    return shapes.word_count(deck) >= shapes.MIN_DECK_WORDS or shapes.ends_with_period(deck)


def locate_hints(units: list[TextSpan], document: Document) -> dict[str, int]:
    """Role -> unit index for the metadata found in the text; one role per unit, the
    title first (the surest hint), then the description, then the section."""
    found: dict[str, int] = {}
    for role, predicate, hint in (
        ("headline", matches_title, document.title),
        ("standfirst", matches_description, document.description),
        ("section", matches_section, document.section),
    ):
        index = first_match(units, predicate, hint, HEADER_LIMIT, exclude=set(found.values()))
        if index is not None:
            found[role] = index
    return found


def usable_hints(units: list[TextSpan], hinted: dict[str, int]) -> dict[str, int]:
    """Hints that stand in the header: none may follow a body paragraph it does not name."""
    named = set(hinted.values())
    kept = {}
    for role, index in hinted.items():
        if not any(shapes.is_paragraph_like(units[j].text) for j in range(index) if j not in named):
            kept[role] = index
    return kept


def find_subheadings(body: list[TextSpan], named: frozenset[str] = frozenset()) -> set[int]:
    """Indices of body units that are subheadings: short title lines between paragraphs.

    ``named`` holds the (normalised) headings the source marked up, e.g. an HTML page's
    <h2>s; those count whatever their shape.
    """
    found: set[int] = set()
    for i in range(1, len(body) - 1):
        if normalise(body[i].text) in named:
            found.add(i)
            continue
        if not shapes.is_subheading_like(body[i].text):
            continue
        if shapes.is_subheading_like(body[i - 1].text) or shapes.is_subheading_like(body[i + 1].text):
            continue  # a run of short lines is a list, not a heading
        if body[i + 1].text[:1].islower():
            continue  # the next line goes on with the same sentence
        found.add(i)
    return found


def dateline_record(unit: TextSpan, found: DatelineMatch, reference: date | None) -> Dateline:
    """The dateline with offsets into the whole text and its date resolved."""
    return Dateline(
        place=found.place,
        date_text=found.date_text,
        agency=found.agency,
        date=dateline_date(found.month, found.day, found.year, reference),
        start=unit.start + found.start,
        end=unit.start + found.end,
    )


def cut_dateline(unit: TextSpan, found: DatelineMatch) -> TextSpan | None:
    """The paragraph's text after its dateline, or None when the dateline was all of it."""
    start = unit.start + found.body_start
    if start >= unit.end:
        return None
    return TextSpan(unit.text[found.body_start:], start, unit.end)


def build_article(document: Document, published: date | None = None) -> Article:
    """The structure of ``document``; ``published`` (e.g. --published) overrides its date."""
    text = document.text
    units = split_units(text)
    reference = published or document.published

    hinted = usable_hints(units, locate_hints(units, document))
    located = find_dateline(units)
    dateline: Dateline | None = None
    dated_by_year: date | None = None  # a dateline date that needed no publication date
    if located is not None:
        body_index, found = located
        hinted = {role: i for role, i in hinted.items() if i < body_index}
        dateline = dateline_record(units[body_index], found, reference)
        if found.year is not None:
            dated_by_year = dateline.date
        first = cut_dateline(units[body_index], found)
        body = ([first] if first is not None else []) + units[body_index + 1:]
    else:
        body_index = body_start_without_dateline(units, max(hinted.values(), default=-1))
        body = units[body_index:]

    header = read_header(units[:body_index], hinted)
    named = frozenset(normalise(value) for key, value in document.metadata if key == "subheading")
    subheading_indices = find_subheadings(body, named)

    return Article(
        id=document.id,
        text=text,
        published=publication_date(published, document.published, dated_by_year),
        language=document.language or "en",
        section=header.section,
        headline=header.headline,
        standfirst=header.standfirst,
        dateline=dateline,
        subheadings=tuple(body[i] for i in sorted(subheading_indices)),
        paragraphs=tuple(u for i, u in enumerate(body) if i not in subheading_indices),
        url=document.url,
        source=document.source,
    )

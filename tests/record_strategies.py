"""Hypothesis strategies for every record type in communique.records (shared by the
record, store and schema tests). Values stay inside what the contract means: offsets are
non-negative, codes look like codes, Goldstein weights are finite and within [-10, 10]."""
from __future__ import annotations

import string

from hypothesis import strategies as st

from communique.records import (
    Actor,
    ActorRef,
    Article,
    ArticleRecord,
    Dateline,
    Event,
    Location,
    Quote,
    Speaker,
    TextSpan,
)

# Real text never holds lone surrogates (it was decoded from bytes); anything else goes,
# NUL and control characters included.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
nonempty = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20)
maybe_text = st.none() | texts
offsets = st.integers(min_value=0, max_value=100_000)
iso3 = st.text(string.ascii_uppercase, min_size=3, max_size=3)
codes = st.text(string.ascii_uppercase + string.digits, min_size=3, max_size=12)
cameo = st.text(string.digits, min_size=2, max_size=4)
partial_dates = st.none() | st.dates().map(lambda d: d.isoformat()) | st.dates().map(lambda d: d.isoformat()[:7]) | st.dates().map(lambda d: d.isoformat()[:4])

spans = st.builds(TextSpan, text=texts, start=offsets, end=offsets)
span_tuples = st.lists(spans, max_size=3).map(tuple)
datelines = st.builds(
    Dateline, place=texts, date_text=texts, agency=maybe_text, date=st.none() | st.dates(), start=offsets, end=offsets
)
articles = st.builds(
    Article,
    id=nonempty,
    text=texts,
    published=st.none() | st.dates(),
    language=st.sampled_from(["en", "fr", "ru", "und"]),
    section=st.none() | spans,
    headline=st.none() | spans,
    standfirst=st.none() | spans,
    dateline=st.none() | datelines,
    subheadings=span_tuples,
    paragraphs=span_tuples,
    url=maybe_text,
    source=texts,
)
actors = st.builds(
    Actor,
    id=nonempty,
    name=texts,
    code=codes,
    country=st.none() | iso3,
    sector=maybe_text,
    role=maybe_text,
    kind=st.sampled_from(["person", "state", "igo", "organisation", "group"]),
    kb_id=maybe_text,
    mentions=span_tuples,
)
actor_refs = st.builds(
    ActorRef, actor=st.none() | nonempty, name=maybe_text, code=st.none() | codes, country=st.none() | iso3, sector=maybe_text
)
speakers = st.builds(
    Speaker,
    actor=st.none() | nonempty,
    name=maybe_text,
    code=st.none() | codes,
    country=st.none() | iso3,
    sector=maybe_text,
    mention=st.none() | spans,
)
quotes = st.builds(
    Quote,
    text=texts,
    start=offsets,
    end=offsets,
    kind=st.sampled_from(["direct", "indirect", "mixed"]),
    cue=maybe_text,
    speaker=speakers,
    about=st.lists(nonempty, max_size=3).map(tuple),
)
locations = st.builds(Location, place=texts, country=st.none() | iso3)
events = st.builds(
    Event,
    source=actor_refs,
    target=st.none() | actor_refs,
    cameo=cameo,
    plover=st.none() | st.sampled_from(["SANCTION", "CONSULT", "ACCUSE", "AGREE"]),
    goldstein=st.floats(min_value=-10, max_value=10, allow_nan=False),
    quad_class=st.integers(min_value=1, max_value=4),
    text=texts,
    start=offsets,
    end=offsets,
    date=partial_dates,
    negated=st.booleans(),
    reported_by=st.none() | st.integers(min_value=0, max_value=50),
    historical=st.booleans(),
    modality=st.none() | st.sampled_from(["intent", "future", "conditional"]),
    location=st.none() | locations,
    evidence=span_tuples,
)
article_records = st.builds(
    ArticleRecord,
    article=articles,
    actors=st.lists(actors, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
)

# One strategy per record type that has a JSON form.
BY_TYPE = {
    TextSpan: spans,
    Dateline: datelines,
    Article: articles,
    Actor: actors,
    ActorRef: actor_refs,
    Speaker: speakers,
    Quote: quotes,
    Location: locations,
    Event: events,
    ArticleRecord: article_records,
}

"""Frozen records shared by every stage, the store and the public API.

Every record converts to the JSON of the output contract (shared/DESIGN.md) with
``to_json`` and back with ``from_json``; offsets are Python ``str`` indices into the
article's canonical ``text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

__all__ = [
    "Document",
    "TextSpan",
    "Dateline",
    "Article",
    "Mention",
    "Actor",
    "ActorRef",
    "Speaker",
    "Quote",
    "Location",
    "Event",
    "ArticleRecord",
    "replace",
]


def _date_or_none(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Document:
    """Raw input as a source read it: one canonical text plus what the source knew.

    ``text`` is what every later offset points into. ``title``, ``description`` and
    ``section`` are metadata hints (e.g. from HTML meta tags); the structure stage
    uses them to find the headline and standfirst inside ``text``.
    """

    id: str
    text: str
    source: str = ""  # path, URL or "-" for standard input; "#N" suffix for records of a file
    kind: str = "text"  # text | html | feed | jsonl | url | stdin
    url: str | None = None
    title: str | None = None
    description: str | None = None
    section: str | None = None
    published: date | None = None
    language: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of ``text``: its characters and where they are."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "TextSpan":
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date_text: str
    agency: str | None
    date: date | None
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "date_text": self.date_text,
            "agency": self.agency,
            "date": _iso(self.date),
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Dateline":
        return cls(
            place=data["place"],
            date_text=data.get("date_text") or "",
            agency=data.get("agency"),
            date=_date_or_none(data.get("date")),
            start=int(data.get("start", -1)),
            end=int(data.get("end", -1)),
        )


def _span_json(span: TextSpan | None) -> dict[str, Any] | None:
    return span.to_json() if span is not None else None


def _span_from(data: dict[str, Any] | None) -> TextSpan | None:
    return TextSpan.from_json(data) if data else None


@dataclass(frozen=True, slots=True)
class Article:
    """A Document with its structure found: every part is a span of ``text``."""

    id: str
    text: str
    published: date | None = None
    language: str = "en"
    section: TextSpan | None = None
    headline: TextSpan | None = None
    standfirst: TextSpan | None = None
    dateline: Dateline | None = None
    subheadings: tuple[TextSpan, ...] = ()
    paragraphs: tuple[TextSpan, ...] = ()  # body only; the dateline is cut off the first
    url: str | None = None
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "published": _iso(self.published),
            "language": self.language,
            "section": self.section.text if self.section else None,
            "headline": self.headline.text if self.headline else None,
            "standfirst": self.standfirst.text if self.standfirst else None,
            "dateline": self.dateline.to_json() if self.dateline else None,
            "subheadings": [s.text for s in self.subheadings],
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "url": self.url,
            "source": self.source,
            "spans": {
                "section": _span_json(self.section),
                "headline": _span_json(self.headline),
                "standfirst": _span_json(self.standfirst),
                "subheadings": [s.to_json() for s in self.subheadings],
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Article":
        spans = data.get("spans") or {}
        return cls(
            id=data["id"],
            text=data["text"],
            published=_date_or_none(data.get("published")),
            language=data.get("language") or "en",
            section=_span_from(spans.get("section")),
            headline=_span_from(spans.get("headline")),
            standfirst=_span_from(spans.get("standfirst")),
            dateline=Dateline.from_json(data["dateline"]) if data.get("dateline") else None,
            subheadings=tuple(TextSpan.from_json(s) for s in spans.get("subheadings") or ()),
            paragraphs=tuple(TextSpan.from_json(p) for p in data.get("paragraphs") or ()),
            url=data.get("url"),
            source=data.get("source") or "",
        )


Mention = TextSpan


@dataclass(frozen=True, slots=True)
class Actor:
    """One identity in one article, with every mention that refers to it.

    ``id`` is local to the article ("a1", "a2", ...); ``kb_id`` names the knowledge-base
    entry when there is one, so the same person is the same across articles.
    """

    id: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str = "person"  # person | state | igo | organisation | group
    kb_id: str | None = None
    mentions: tuple[TextSpan, ...] = ()

    def ref(self) -> "ActorRef":
        return ActorRef(actor=self.id, name=self.name, code=self.code, country=self.country, sector=self.sector)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "kind": self.kind,
            "kb_id": self.kb_id,
            "mentions": [m.to_json() for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Actor":
        return cls(
            id=data["id"],
            name=data["name"],
            code=data["code"],
            country=data.get("country"),
            sector=data.get("sector"),
            role=data.get("role"),
            kind=data.get("kind") or "person",
            kb_id=data.get("kb_id"),
            mentions=tuple(TextSpan.from_json(m) for m in data.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What an event or quote says of an actor: enough to read without the actor list."""

    actor: str | None
    name: str | None
    code: str | None
    country: str | None = None
    sector: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "code": self.code, "country": self.country, "sector": self.sector}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ActorRef":
        return cls(
            actor=data.get("actor"),
            name=data.get("name"),
            code=data.get("code"),
            country=data.get("country"),
            sector=data.get("sector"),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    actor: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    mention: TextSpan | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "mention": _span_json(self.mention),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Speaker":
        data = data or {}
        return cls(
            actor=data.get("actor"),
            name=data.get("name"),
            code=data.get("code"),
            country=data.get("country"),
            sector=data.get("sector"),
            mention=_span_from(data.get("mention")),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None = None
    speaker: Speaker = field(default_factory=Speaker)
    about: tuple[str, ...] = ()  # actor ids mentioned inside the quote

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker.to_json(),
            "about": list(self.about),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Quote":
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data["kind"],
            cue=data.get("cue"),
            speaker=Speaker.from_json(data.get("speaker")),
            about=tuple(data.get("about") or ()),
        )


@dataclass(frozen=True, slots=True)
class Location:
    place: str
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"place": self.place, "country": self.country}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Location | None":
        return cls(place=data["place"], country=data.get("country")) if data else None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded in CAMEO and PLOVER, with its evidence.

    ``text``/``start``/``end`` is the first evidence span; ``evidence`` holds every span
    that supports the same fact within the article.
    """

    source: ActorRef
    target: ActorRef | None
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    text: str
    start: int
    end: int
    date: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY
    negated: bool = False
    reported_by: int | None = None  # index into the article's quotes
    historical: bool = False
    modality: str | None = None  # e.g. "intent", "future"
    location: Location | None = None
    evidence: tuple[TextSpan, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.to_json(),
            "target": self.target.to_json() if self.target else None,
            "cameo": self.cameo,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "date": self.date,
            "negated": self.negated,
            "reported_by": self.reported_by,
            "historical": self.historical,
            "modality": self.modality,
            "location": self.location.to_json() if self.location else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "evidence": [e.to_json() for e in self.evidence],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Event":
        return cls(
            source=ActorRef.from_json(data["source"]),
            target=ActorRef.from_json(data["target"]) if data.get("target") else None,
            cameo=str(data["cameo"]),
            plover=data.get("plover"),
            goldstein=float(data["goldstein"]),
            quad_class=int(data["quad_class"]),
            date=data.get("date"),
            negated=bool(data.get("negated")),
            reported_by=data.get("reported_by"),
            historical=bool(data.get("historical")),
            modality=data.get("modality"),
            location=Location.from_json(data.get("location")),
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            evidence=tuple(TextSpan.from_json(e) for e in data.get("evidence") or ()),
        )


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Everything communique found in one article: the contract object."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    def to_json(self) -> dict[str, Any]:
        out = self.article.to_json()
        out["actors"] = [a.to_json() for a in self.actors]
        out["quotes"] = [q.to_json() for q in self.quotes]
        out["events"] = [e.to_json() for e in self.events]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ArticleRecord":
        return cls(
            article=Article.from_json(data),
            actors=tuple(Actor.from_json(a) for a in data.get("actors") or ()),
            quotes=tuple(Quote.from_json(q) for q in data.get("quotes") or ()),
            events=tuple(Event.from_json(e) for e in data.get("events") or ()),
        )


def field_names(cls: type) -> list[str]:
    """Names of a record's fields, for stores and exporters that map columns."""
    return [f.name for f in fields(cls)]

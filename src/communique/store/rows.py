"""ArticleRecord <-> table rows, as pure functions: what the writer inserts and the queries read.

Every field of every record has a column (JSON only for small nested lists), so a record
rebuilt from its rows equals the record that was written: the store is lossless.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

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

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordRows:
    """One article as rows of each table (without the bookkeeping columns)."""

    article: Row
    actors: tuple[Row, ...]
    mentions: tuple[Row, ...]
    quotes: tuple[Row, ...]
    events: tuple[Row, ...]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans_json(spans: Sequence[TextSpan]) -> str:
    return _dumps([s.to_json() for s in spans])


def _spans_from(text: str) -> tuple[TextSpan, ...]:
    return tuple(TextSpan.from_json(s) for s in json.loads(text))


def _span_columns(prefix: str, span: TextSpan | None) -> Row:
    if span is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def _span_from_columns(row: Mapping[str, Any], prefix: str) -> TextSpan | None:
    if row[f"{prefix}_start"] is None:
        return None
    return TextSpan(row[prefix], row[f"{prefix}_start"], row[f"{prefix}_end"])


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _ref_columns(prefix: str, ref: ActorRef | None) -> Row:
    ref = ref or ActorRef(None, None, None)
    return {
        f"{prefix}_actor": ref.actor,
        f"{prefix}_name": ref.name,
        f"{prefix}_code": ref.code,
        f"{prefix}_country": ref.country,
        f"{prefix}_sector": ref.sector,
    }


def _ref_from(row: Mapping[str, Any], prefix: str) -> ActorRef:
    return ActorRef(
        actor=row[f"{prefix}_actor"],
        name=row[f"{prefix}_name"],
        code=row[f"{prefix}_code"],
        country=row[f"{prefix}_country"],
        sector=row[f"{prefix}_sector"],
    )


def cameo_root(cameo: str) -> str:
    """The two-digit root of a CAMEO code ("163" -> "16", "0211" -> "02")."""
    return cameo[:2]


def record_to_rows(record: ArticleRecord, content_hash: str) -> RecordRows:
    article = record.article
    dateline = article.dateline
    article_row: Row = {
        "id": article.id,
        "content_hash": content_hash,
        "text": article.text,
        "published": _iso(article.published),
        "language": article.language,
        "url": article.url,
        "source": article.source,
        **_span_columns("section", article.section),
        **_span_columns("headline", article.headline),
        **_span_columns("standfirst", article.standfirst),
        "dateline_place": dateline.place if dateline else None,
        "dateline_date_text": dateline.date_text if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "dateline_date": _iso(dateline.date) if dateline else None,
        "dateline_start": dateline.start if dateline else None,
        "dateline_end": dateline.end if dateline else None,
        "subheadings": _spans_json(article.subheadings),
        "paragraphs": _spans_json(article.paragraphs),
        "paragraph_count": len(article.paragraphs),
        "record": _dumps(record.to_json()),
    }
    actors, mentions = [], []
    for position, actor in enumerate(record.actors):
        actors.append(
            {
                "article_id": article.id,
                "position": position,
                "actor_id": actor.id,
                "name": actor.name,
                "code": actor.code,
                "country": actor.country,
                "sector": actor.sector,
                "role": actor.role,
                "kind": actor.kind,
                "kb_id": actor.kb_id,
            }
        )
        for index, mention in enumerate(actor.mentions):
            mentions.append(
                {
                    "article_id": article.id,
                    "actor_position": position,
                    "position": index,
                    "text": mention.text,
                    "start": mention.start,
                    "end": mention.end,
                }
            )
    quotes = [
        {
            "article_id": article.id,
            "position": position,
            "text": quote.text,
            "start": quote.start,
            "end": quote.end,
            "kind": quote.kind,
            "cue": quote.cue,
            "speaker_actor": quote.speaker.actor,
            "speaker_name": quote.speaker.name,
            "speaker_code": quote.speaker.code,
            "speaker_country": quote.speaker.country,
            "speaker_sector": quote.speaker.sector,
            "speaker_mention": _dumps(quote.speaker.mention.to_json()) if quote.speaker.mention else None,
            "about": _dumps(list(quote.about)),
        }
        for position, quote in enumerate(record.quotes)
    ]
    events = [
        {
            "article_id": article.id,
            "position": position,
            **_ref_columns("source", event.source),
            "has_target": int(event.target is not None),
            **_ref_columns("target", event.target),
            "cameo": event.cameo,
            "root": cameo_root(event.cameo),
            "plover": event.plover,
            "goldstein": event.goldstein,
            "quad_class": event.quad_class,
            "date": event.date,
            "negated": int(event.negated),
            "reported_by": event.reported_by,
            "historical": int(event.historical),
            "modality": event.modality,
            "location": _dumps(event.location.to_json()) if event.location else None,
            "text": event.text,
            "start": event.start,
            "end": event.end,
            "evidence": _spans_json(event.evidence),
        }
        for position, event in enumerate(record.events)
    ]
    return RecordRows(article_row, tuple(actors), tuple(mentions), tuple(quotes), tuple(events))


def record_from_rows(rows: RecordRows) -> ArticleRecord:
    """Rebuild the record from its rows; children are ordered by ``position``."""
    row = rows.article
    dateline = None
    if row["dateline_place"] is not None:
        dateline = Dateline(
            place=row["dateline_place"],
            date_text=row["dateline_date_text"],
            agency=row["dateline_agency"],
            date=_day(row["dateline_date"]),
            start=row["dateline_start"],
            end=row["dateline_end"],
        )
    article = Article(
        id=row["id"],
        text=row["text"],
        published=_day(row["published"]),
        language=row["language"],
        section=_span_from_columns(row, "section"),
        headline=_span_from_columns(row, "headline"),
        standfirst=_span_from_columns(row, "standfirst"),
        dateline=dateline,
        subheadings=_spans_from(row["subheadings"]),
        paragraphs=_spans_from(row["paragraphs"]),
        url=row["url"],
        source=row["source"],
    )
    mentions_of: dict[int, list[Mapping[str, Any]]] = {}
    for m in sorted(rows.mentions, key=lambda m: (m["actor_position"], m["position"])):
        mentions_of.setdefault(m["actor_position"], []).append(m)
    actors = tuple(
        Actor(
            id=a["actor_id"],
            name=a["name"],
            code=a["code"],
            country=a["country"],
            sector=a["sector"],
            role=a["role"],
            kind=a["kind"],
            kb_id=a["kb_id"],
            mentions=tuple(TextSpan(m["text"], m["start"], m["end"]) for m in mentions_of.get(a["position"], ())),
        )
        for a in sorted(rows.actors, key=lambda a: a["position"])
    )
    quotes = tuple(
        Quote(
            text=q["text"],
            start=q["start"],
            end=q["end"],
            kind=q["kind"],
            cue=q["cue"],
            speaker=Speaker(
                actor=q["speaker_actor"],
                name=q["speaker_name"],
                code=q["speaker_code"],
                country=q["speaker_country"],
                sector=q["speaker_sector"],
                mention=TextSpan.from_json(json.loads(q["speaker_mention"])) if q["speaker_mention"] else None,
            ),
            about=tuple(json.loads(q["about"])),
        )
        for q in sorted(rows.quotes, key=lambda q: q["position"])
    )
    events = tuple(
        Event(
            source=_ref_from(e, "source"),
            target=_ref_from(e, "target") if e["has_target"] else None,
            cameo=e["cameo"],
            plover=e["plover"],
            goldstein=e["goldstein"],
            quad_class=e["quad_class"],
            text=e["text"],
            start=e["start"],
            end=e["end"],
            date=e["date"],
            negated=bool(e["negated"]),
            reported_by=e["reported_by"],
            historical=bool(e["historical"]),
            modality=e["modality"],
            location=Location.from_json(json.loads(e["location"])) if e["location"] else None,
            evidence=_spans_from(e["evidence"]),
        )
        for e in sorted(rows.events, key=lambda e: e["position"])
    )
    return ArticleRecord(article=article, actors=actors, quotes=quotes, events=events)

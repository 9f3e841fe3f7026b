"""REST API under ``/api/v1``: the same view functions as the pages, as JSON; keyset-paginated
lists with opaque cursors, streamed as CSV or JSON Lines (``format=``) for bulk export."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel

from communique.analysis.actor_spec import SECTORS, ActorSpec
from communique.analysis.issues import load_issues
from communique.analysis.search import KINDS, SearchFilters
from communique.web import cursors, listing, views
from communique.web.errors import ApiError, bad_request


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Invalid parameters"},
    404: {"model": ErrorBody, "description": "Not found"},
}
class ItemsPage(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None


LIST = {200: {"model": ItemsPage, "description": "A page (format=json) or every row streamed (csv, jsonl)",
              "content": {"text/csv": {"schema": {"type": "string"}},
                          "application/x-ndjson": {"schema": {"type": "string"}}}}}
router = APIRouter(prefix="/api/v1", responses=ERRORS, tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# Patterns the OpenAPI document publishes, so that a request the schema allows is one we answer.
ACTOR = r"^(IGO[A-Z0-9]{0,9}|[A-Z]{3}(" + "|".join(sorted(SECTORS)) + r")?)$"
ROOT = r"^(0?[1-9]|1[0-9]|20)$"
COUNTRY = r"^[A-Za-z]{3}$"
ISSUE = r"^(" + "|".join(sorted(i.key for i in load_issues())) + r")$"
WORDS = r"\w"
MAX_PAGE = 500
Limit = Query(50, ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")
Cursor = Query(None, max_length=1024, description="Opaque cursor from the previous page's next_cursor.")
From = Query(None, alias="from", pattern=DATE, description="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
To = Query(None, alias="to", pattern=DATE, description="Up to this date, inclusive.")
Format = Query("json", description="json: one page; csv or jsonl: every row from the cursor on, streamed.")
Granularity = Literal["day", "week", "month", "year"]


def conn_of(request: Request):
    return request.app.state.connections.get()


def spec(value: str | None, name: str) -> ActorSpec | None:
    if value is None or value == "":
        return None
    try:
        return ActorSpec.parse(value)
    except ValueError as err:
        raise bad_request(f"{name}: {err}", "invalid-parameter") from None


def root_of(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not value.isdigit() or not 1 <= int(value) <= 20 or len(value) > 2:
        raise bad_request("root: a CAMEO root code is a number from 01 to 20", "invalid-parameter")
    return value.zfill(2)


def issue_of(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if value not in {i.key for i in load_issues()}:
        raise bad_request(f"issue: unknown issue {value!r} (see /api/v1/issues)", "invalid-parameter")
    return value


def after_of(cursor: str | None, size: int) -> list[Any] | None:
    if not cursor:
        return None
    try:
        return cursors.decode(cursor, size)
    except cursors.BadCursor as err:
        raise bad_request(str(err), "bad-cursor") from None


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def stream_rows(request: Request, lst: listing.Listing, where, params, after, fmt: str, inner=([], [])):
    """Every row from ``after`` on, as CSV or JSON Lines, on a connection of its own."""
    connections = request.app.state.connections

    def lines() -> Iterator[str]:
        conn = connections.fresh()
        try:
            header = None
            for row in listing.walk(conn, lst, where, params, inner, after):
                if fmt == "jsonl":
                    yield json.dumps(row, ensure_ascii=False) + "\n"
                    continue
                buffer = io.StringIO()
                writer = csv.writer(buffer, lineterminator="\n")
                if header is None:
                    header = list(row)
                    writer.writerow(header)
                writer.writerow([_csv_cell(row[c]) for c in header])
                yield buffer.getvalue()
        finally:
            conn.close()

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(lines(), media_type=media)


def paged(request: Request, lst: listing.Listing, where, params, cursor, limit, fmt, inner=([], [])):
    if fmt not in ("json", "csv", "jsonl"):
        raise bad_request("format: use json, csv or jsonl", "invalid-parameter")
    after = after_of(cursor, lst.keys)
    if fmt != "json":
        return stream_rows(request, lst, where, params, after, fmt, inner)
    result = listing.page(conn_of(request), lst, where, params, after, limit, inner)
    return {"items": result.rows, "next_cursor": cursors.encode(result.next_key) if result.next_key else None}


@router.get("/home", summary="Corpus totals, latest articles, most active dyads and issues of the last period")
def home(request: Request) -> dict[str, Any]:
    return views.home(conn_of(request))


@router.get("/articles", summary="Stored articles by publication date (keyset pages, or a CSV/JSONL export)", responses=LIST)
def articles(
    request: Request, limit: int = Limit, cursor: str | None = Cursor, start: str | None = From,
    end: str | None = To, outlet: str | None = Query(None, max_length=200), format: Literal["json", "csv", "jsonl"] = Format,
):
    where, params = listing.article_filters(start, end, outlet)
    return paged(request, listing.ARTICLES, where, params, cursor, limit, format)


@router.get("/articles/{article_id}", summary="One article: the full record, its issue tags and near-duplicates")
def article(request: Request, article_id: str) -> dict[str, Any]:
    return views.public(views.article(conn_of(request), article_id))


@router.get("/actors", summary="Actors (one per KB id, else per code and name)", responses=LIST)
def actors(
    request: Request, limit: int = Limit, cursor: str | None = Cursor,
    kind: Literal["person", "state", "igo", "organisation", "group"] | None = None,
    code: str | None = Query(None, pattern=ACTOR, description="RUS, RUSGOV or IGOUNO"), format: Literal["json", "csv", "jsonl"] = Format,
):
    inner = listing.actor_filters(kind, spec(code, "code"))
    return paged(request, listing.ACTORS, [], [], cursor, limit, format, inner)


@router.get("/actors/{code}", summary="One actor: identity, KB entry, quotes (by target), events as source and target, timeline")
def actor(
    request: Request, code: str = Path(max_length=40, description="The actor's CAMEO code, e.g. RUSGOV"),
    name: str | None = Query(None, max_length=300, description="Only the actor of this name with that code"),
    kb: str | None = Query(None, max_length=200, description="Knowledge-base id (wins over code and name)"),
    about: str | None = Query(None, pattern=ACTOR, description="Only quotes about this actor"),
) -> dict[str, Any]:
    return views.actor(conn_of(request), code, name, kb, spec(about, "about"))


@router.get("/quotes", summary="Quotes by publication date, filterable by speaker", responses=LIST)
def quotes(
    request: Request, limit: int = Limit, cursor: str | None = Cursor, start: str | None = From, end: str | None = To,
    speaker: str | None = Query(None, max_length=200, description="Speaker name contains this"),
    speaker_actor: str | None = Query(None, pattern=ACTOR), article: str | None = Query(None, max_length=200),
    format: Literal["json", "csv", "jsonl"] = Format,
):
    where, params = listing.quote_filters(speaker, spec(speaker_actor, "speaker_actor"), start, end, article)
    return paged(request, listing.QUOTES, where, params, cursor, limit, format)


@router.get("/events", summary="Events by date, filterable by source, target, CAMEO root", responses=LIST)
def events(
    request: Request, limit: int = Limit, cursor: str | None = Cursor, start: str | None = From, end: str | None = To,
    source: str | None = Query(None, pattern=ACTOR), target: str | None = Query(None, pattern=ACTOR),
    root: str | None = Query(None, pattern=ROOT), negated: bool = False, format: Literal["json", "csv", "jsonl"] = Format,
):
    where, params = listing.event_filters(spec(source, "source"), spec(target, "target"), root_of(root), start, end, negated)
    return paged(request, listing.EVENTS, where, params, cursor, limit, format)


@router.get("/dyads/{a}/{b}", summary="A dyad: quad-class and Goldstein series, statements each way, events")
def dyad(
    request: Request, a: str = Path(pattern=ACTOR), b: str = Path(pattern=ACTOR), by: Granularity = "month", start: str | None = From, end: str | None = To,
    limit: int = Query(200, ge=1, le=MAX_PAGE),
) -> dict[str, Any]:
    return views.dyad(conn_of(request), spec(a, "a"), spec(b, "b"), by, start, end, limit)


@router.get("/issues", summary="Every tagged issue with its counts")
def issues(request: Request) -> dict[str, Any]:
    return views.issues(conn_of(request))


@router.get("/issues/{key}", summary="One issue: timeline, actors involved, top quotes")
def issue(request: Request, key: str, by: Granularity = "month", start: str | None = From, end: str | None = To) -> dict[str, Any]:
    return views.issue(conn_of(request), key, by, start, end)


def search_filters(start, end, actor, country, root, issue, kind) -> SearchFilters:
    for name, value in (("from", start), ("to", end)):
        if value and not re.match(DATE, value):
            raise bad_request(f"{name}: a date is YYYY, YYYY-MM or YYYY-MM-DD", "invalid-parameter")
    if country and (len(country) != 3 or not country.isalpha()):
        raise bad_request("country: a three-letter country code such as RUS", "invalid-parameter")
    return SearchFilters(start=start, end=end, actor=spec(actor, "actor"), country=country.upper() if country else None,
                         root=root_of(root), issue=issue_of(issue), kind=kind)


@router.get("/search", summary="Full-text search over articles and quotes (FTS5), with filters")
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, pattern=WORDS, description="Words to find (word* for a prefix)"),
    limit: int = Query(20, ge=1, le=100), cursor: str | None = Cursor, start: str | None = From, end: str | None = To,
    actor: str | None = Query(None, pattern=ACTOR), country: str | None = Query(None, pattern=COUNTRY),
    root: str | None = Query(None, pattern=ROOT), issue: str | None = Query(None, pattern=ISSUE),
    kind: Literal["article", "quote"] | None = None,
) -> dict[str, Any]:
    return search_page(request, q, limit, cursor, search_filters(start, end, actor, country, root, issue, kind))


def search_page(request: Request, q: str, limit: int, cursor: str | None, filters: SearchFilters) -> dict[str, Any]:
    after = after_of(cursor, 4)
    try:
        hits = views.search_hits(conn_of(request), q, filters, after, limit + 1)
    except ValueError as err:
        raise bad_request(f"q: {err}", "invalid-parameter") from None
    more = len(hits) > limit
    hits = hits[:limit]
    last = hits[-1] if hits and more else None
    nxt = cursors.encode([last["score"], last["kind"], last["article_id"], last["position"]]) if last else None
    return {"query": q, "hits": hits, "next_cursor": nxt, "kinds": list(KINDS)}


SUBMIT_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "description": "A dispatch as plain text"},
                    "html": {"type": "string", "description": "A dispatch as an HTML page"},
                    "url": {"type": "string", "description": "A page to fetch (only with --allow-fetch)"},
                    "published": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                },
                "minProperties": 1,
            }
        }
    },
}


class Submitted(BaseModel):
    status: str
    article_id: str | None
    reason: str | None = None
    page: str | None = None


@router.post(
    "/articles",
    summary="Submit a dispatch (text, HTML or URL) to read and store; needs the API token (Bearer)",
    status_code=201,
    response_model=Submitted,
    openapi_extra={"requestBody": SUBMIT_BODY},
    responses={200: {"model": Submitted, "description": "Already stored (same text)"}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody},
               422: {"model": ErrorBody, "description": "The dispatch could not be read"}},
)
async def submit(request: Request):
    from starlette.concurrency import run_in_threadpool

    from communique.web.submit import authorise, parse_submission, store_submission

    settings = request.app.state.settings
    authorise(settings, request.headers.get("authorization"))
    body = await _read_capped(request, settings.max_body)
    submission = parse_submission(body, settings.allow_fetch)
    written = await run_in_threadpool(store_submission, request.app.state.connections, submission,
                                      settings.http_transport)
    status = 201 if written.status == "stored" else 200 if written.status == "unchanged" else 422
    if status == 422:
        raise ApiError(422, "unreadable", written.reason or "the dispatch could not be read")
    return JSONResponse(
        {"status": written.status, "article_id": written.article_id, "reason": written.reason,
         "page": f"/article/{written.article_id}" if written.article_id else None},
        status_code=status,
    )


async def _read_capped(request: Request, cap: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise ApiError(413, "too-large", f"request bodies are limited to {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)

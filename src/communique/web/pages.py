"""Server-rendered pages (Jinja2, autoescaped). Each page renders the dict its API twin
returns; charts are drawn in the browser by ``static/app.js`` from JSON embedded with
``tojson`` (escaped for a script element), never from inline script."""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from communique.analysis.issues import load_issues
from communique.analysis.search import MARK_END, MARK_START, SearchFilters
from communique.web import api, views
from communique.web.app import HERE
from communique.web.errors import bad_request
from communique.web.highlight import article_blocks

templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True))
router = APIRouter(include_in_schema=False)

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def marked(snippet: str | None) -> Markup:
    """A search snippet: escaped first, then its match markers become <mark> elements."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


templates.env.filters["marked"] = marked
templates.env.globals["QUADS"] = QUADS


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def twin(request: Request, path: str) -> str:
    """The page's JSON twin under /api/v1, with the page's non-empty parameters."""
    query = urlencode({k: v for k, v in request.query_params.items() if v and k != "cursor"})
    return path + (f"?{query}" if query else "")


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return render(request, "home.html", data=views.home(api.conn_of(request)), api_url="/api/v1/home")


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    data = views.article(api.conn_of(request), article_id)
    record = data["_record"]
    return render(request, "article.html", data=data, record=record, blocks=article_blocks(record),
                  api_url=f"/api/v1/articles/{quote(record.id, safe='')}",
                  flat_events=[flat_event(record.id, e) for e in data["record"]["events"]])


def flat_event(article_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """A record's event in the columns of the event tables (as ``queries.events`` gives them)."""
    source, target = event["source"] or {}, event["target"] or {}
    return {
        **event, "article_id": article_id,
        "source_name": source.get("name"), "source_code": source.get("code"),
        "target_name": target.get("name"), "target_code": target.get("code"),
        "evidence_spans": event["evidence"] or [{"text": event["text"], "start": event["start"]}],
    }


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor(
    request: Request, code: str, name: str | None = Query(None, max_length=300),
    kb: str | None = Query(None, max_length=200), about: str | None = Query(None, max_length=12),
):
    data = api.actor(request, code, name or None, kb or None, about or None)
    chart = {"kind": "actor", "timeline": data["timeline"]}
    return render(request, "actor.html", data=data, chart=chart, code=code, name=name, kb=kb, about=about or "",
                  api_url=twin(request, f"/api/v1/actors/{quote(code, safe='')}"))


LooseFrom = Query(None, alias="from", max_length=10)
LooseTo = Query(None, alias="to", max_length=10)


def form_date(value: str | None, name: str) -> str | None:
    """A date from a form field: empty means no bound; anything else must be a date."""
    if not value:
        return None
    if not re.match(api.DATE, value):
        raise bad_request(f"{name}: a date is YYYY, YYYY-MM or YYYY-MM-DD", "invalid-parameter")
    return value


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request, a: str, b: str, by: api.Granularity = "month", start: str | None = LooseFrom,
    end: str | None = LooseTo,
):
    data = api.dyad(request, a, b, by, form_date(start, "from"), form_date(end, "to"), 200)
    chart = {"kind": "dyad", "series": data["series"], "a": data["a"], "b": data["b"]}
    return render(request, "dyad.html", data=data, chart=chart,
                  api_url=twin(request, f"/api/v1/dyads/{quote(data['a'])}/{quote(data['b'])}"))


@router.get("/issues", response_class=HTMLResponse)
def issues(request: Request):
    return render(request, "issues.html", data=views.issues(api.conn_of(request)), api_url="/api/v1/issues")


@router.get("/issue/{key}", response_class=HTMLResponse)
def issue(request: Request, key: str, by: api.Granularity = "month", start: str | None = LooseFrom,
          end: str | None = LooseTo):
    data = views.issue(api.conn_of(request), key, by, form_date(start, "from"), form_date(end, "to"))
    chart = {"kind": "issue", "timeline": data["timeline"]}
    return render(request, "issue.html", data=data, chart=chart,
                  api_url=twin(request, f"/api/v1/issues/{quote(key, safe='')}"))


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, q: str = Query("", max_length=500), cursor: str | None = api.Cursor,
    start: str | None = Query(None, alias="from", max_length=10), end: str | None = Query(None, alias="to", max_length=10), actor: str | None = Query(None, max_length=12),
    country: str | None = Query(None, max_length=3), root: str | None = Query(None, max_length=2),
    issue: str | None = Query(None, max_length=60), kind: str | None = Query(None, max_length=10),
):
    kind = kind if kind in ("article", "quote") else None
    form = {"q": q, "from": start or "", "to": end or "", "actor": actor or "", "country": country or "",
            "root": root or "", "issue": issue or "", "kind": kind or ""}
    result, next_query = None, None
    if q.strip():
        filters: SearchFilters = api.search_filters(start or None, end or None, actor or None, country or None,
                                                    root or None, issue or None, kind)
        result = api.search_page(request, q, 20, cursor, filters)
        if result["next_cursor"]:
            next_query = urlencode({**{k: v for k, v in form.items() if v}, "cursor": result["next_cursor"]})
    return render(request, "search.html", result=result, form=form, issues=load_issues(), next_query=next_query,
                  api_url=twin(request, "/api/v1/search") if result else None)

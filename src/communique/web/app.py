"""The FastAPI application: settings, per-thread store connections, errors, headers.

``create_app(Settings(db=...))`` builds the app; ``communique serve`` runs it with uvicorn.
Pages (``pages.py``) and the REST API (``api.py``) share one set of view functions.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from communique.errors import CommuniqueError
from communique.store import connect
from communique.web.errors import ApiError, error_body

TOKEN_ENV = "COMMUNIQUE_API_TOKEN"
HERE = Path(__file__).resolve().parent
MAX_BODY_BYTES = 2 * 1024 * 1024
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    token: str | None = None  # POST /api/v1/articles is off unless set
    allow_fetch: bool = False  # submissions by URL fetch only when set
    max_body: int = MAX_BODY_BYTES
    http_transport: object | None = None  # httpx transport for URL submissions (tests: MockTransport)

    @classmethod
    def from_env(cls, db: Path, token: str | None = None, allow_fetch: bool = False) -> "Settings":
        return cls(db=Path(db), token=token or os.environ.get(TOKEN_ENV) or None, allow_fetch=allow_fetch)


class Connections:
    """One SQLite connection per worker thread (sqlite3 connections stay in their thread);
    one lock for the writes of submissions and refreshes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        self.write_lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self.local.conn = conn
        return conn

    def fresh(self) -> sqlite3.Connection:
        """A connection usable from any thread, for streams that outlive one call."""
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn


def _plotly_js() -> Path:
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(settings: Settings) -> FastAPI:
    from communique.analysis.corpus import refresh
    from communique.web import api, pages

    app = FastAPI(
        title="communique",
        version="1",
        description="Articles, actors, quotes, events, dyads and issues read from news dispatches.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI would load scripts from a CDN; the document itself is served
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.connections = Connections(settings.db)
    with app.state.connections.write_lock:
        refresh(app.state.connections.get())  # derived tables (issues, outlets, groups) up to date

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > settings.max_body):
            return JSONResponse(
                error_body("too-large", f"request bodies are limited to {settings.max_body} bytes"), status_code=413
            )
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def render_error(request: Request, status: int, code: str, message: str):
        if wants_json(request):
            return JSONResponse(error_body(code, message), status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError):
        response = render_error(request, err.status, err.code, err.message)
        if err.status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(CommuniqueError)
    async def communique_error(request: Request, err: CommuniqueError):
        status = 404 if err.code == "not-found" else 400
        return render_error(request, status, err.code, str(err))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        problems = []
        for e in err.errors()[:3]:
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
        return render_error(request, 400, "invalid-parameter", "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        code = {404: "not-found", 405: "method-not-allowed"}.get(err.status_code, "http-error")
        message = err.detail if isinstance(err.detail, str) else "request refused"
        if err.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return render_error(request, err.status_code, code, message)

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(_plotly_js(), media_type="text/javascript")

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


__all__ = ["Settings", "create_app", "HTMLResponse", "TOKEN_ENV"]

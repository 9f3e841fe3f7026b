"""API contract: schemathesis generates requests from our OpenAPI document and checks the
responses against it (no server errors, documented status codes, content types and
schemas), in-process over ASGI. Bounded: a handful of examples per operation."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis", reason="the schemathesis package (dev extra) is not installed")
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402


def operations(web_db):
    from communique.web.app import Settings, create_app

    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(Settings(db=web_db)))
    return [result.ok() for result in schema.get_all_operations()]


def test_api_honours_its_openapi_document(web_db):
    """Every operation, a few generated cases each (schemathesis' pytest plugin does not load
    under this pytest, so the cases are drawn with hypothesis directly)."""
    checked = []
    for operation in operations(web_db):

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case):
            # An opaque cursor is any string to the schema, but only ours are answered (400
            # otherwise): for those cases alone, "schema-valid means accepted" cannot hold.
            foreign_cursor = bool(case.query) and "cursor" in case.query
            case.call_and_validate(excluded_checks=[positive_data_acceptance] if foreign_cursor else None)

        check()
        checked.append(operation.label)
    assert len(checked) >= 10, checked


def test_the_document_lists_every_resource(web_db):
    from fastapi.testclient import TestClient

    from communique.web.app import Settings, create_app

    paths = TestClient(create_app(Settings(db=web_db))).get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/actors", "/api/v1/quotes",
                 "/api/v1/events", "/api/v1/dyads/{a}/{b}", "/api/v1/issues", "/api/v1/issues/{key}", "/api/v1/search"):
        assert path in paths, path
    assert "post" in paths["/api/v1/articles"]

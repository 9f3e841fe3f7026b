"""The REST API over a hand-built store: same data as the pages, pages of rows with cursors,
exports, one error shape, and the submission gate."""
import csv
import io
import json

import pytest


def error_of(response):
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]["code"]


def test_article_json_is_the_stored_record_with_tags(client):
    body = client.get("/api/v1/articles/struct1").json()
    assert body["record"]["headline"] == "Ministers meet over fishing rights"
    assert len(body["record"]["quotes"]) == 2 and body["record"]["events"][0]["cameo"] == "040"
    assert "_record" not in body
    assert client.get("/api/v1/articles/struct").json()["record"]["id"] == "struct1"  # unambiguous prefix


def test_home_counts_and_active_dyads(client):
    body = client.get("/api/v1/home").json()
    assert body["totals"]["articles"] == 6
    assert body["period"]["end"] == "2019-03-04"
    # the 30 days up to the latest article: March's events, not January's talks
    assert {(d["a"], d["b"]) for d in body["active_dyads"]} == {("FRA", "JPN"), ("JPN", "RUS"), ("ISL", "NOR")}
    assert any(i["issue"] == "sanctions" for i in body["active_issues"])


@pytest.mark.parametrize("table,size", [("articles", 2), ("events", 3), ("quotes", 1), ("actors", 2)])
def test_cursor_pages_walk_every_row_once(client, table, size):
    full = client.get(f"/api/v1/{table}", params={"limit": 500}).json()
    assert full["next_cursor"] is None
    seen, cursor = [], None
    while True:
        params = {"limit": size, **({"cursor": cursor} if cursor else {})}
        body = client.get(f"/api/v1/{table}", params=params).json()
        seen += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == full["items"] and len(seen) >= 3


def test_a_cursor_stays_valid_when_rows_arrive_before_it(client, web_db):
    from datetime import date

    from communique.records import Article, ArticleRecord
    from communique.store import Store

    before = [a["id"] for a in client.get("/api/v1/articles", params={"limit": 500}).json()["items"]]
    first = client.get("/api/v1/articles", params={"limit": 3}).json()
    with Store(web_db) as store:  # an older article lands before the cursor's position
        store.writer().write(ArticleRecord(Article(id="early", text="An early item.", published=date(2001, 1, 1))))
    second = client.get("/api/v1/articles", params={"limit": 500, "cursor": first["next_cursor"]}).json()
    assert [a["id"] for a in second["items"]] == before[3:]
    assert client.get("/api/v1/articles", params={"limit": 1}).json()["items"][0]["id"] == "early"


def test_filters(client):
    events = client.get("/api/v1/events", params={"source": "JPN", "root": "16"}).json()["items"]
    assert [e["cameo"] for e in events] == ["163"]
    by_sector = client.get("/api/v1/events", params={"source": "JPNGOV", "target": "RUSGOV"}).json()["items"]
    assert {e["cameo"] for e in by_sector} == {"040", "163"}
    assert client.get("/api/v1/quotes", params={"speaker_actor": "RUSGOV"}).json()["items"][0]["article_id"] == "tass1"
    assert client.get("/api/v1/events", params={"negated": "true", "source": "RUS", "root": "10"}).json()["items"]
    quotes = client.get("/api/v1/quotes", params={"speaker": "berg"}).json()["items"]
    assert [q["position"] for q in quotes] == [0, 1]
    actors = client.get("/api/v1/actors", params={"kind": "person", "code": "NOR"}).json()["items"]
    assert [a["name"] for a in actors] == ["Anna Berg"]
    articles = client.get("/api/v1/articles", params={"from": "2019-03", "outlet": "example.org"}).json()["items"]
    assert {a["id"] for a in articles} == {"march1", "struct1"}


def test_exports_stream_every_row(client):
    response = client.get("/api/v1/events", params={"format": "csv", "limit": 1})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == client.get("/api/v1/events", params={"limit": 500}).json()["items"].__len__()
    assert json.loads(rows[0]["evidence"]) == []
    lines = client.get("/api/v1/quotes", params={"format": "jsonl"}).text.splitlines()
    assert [json.loads(line)["article_id"] for line in lines][:1] == ["tass1"] and len(lines) == 5


def test_dyad_issue_actor_and_search_json(client):
    dyad = client.get("/api/v1/dyads/RUS/JPN", params={"by": "day"}).json()
    assert dyad["series"][0]["period"] == "2019-01-14" and dyad["series"][0]["events"] == 2
    assert {s["direction"] for s in dyad["statements"]} == {"RUS->JPN", "JPN->RUS"}
    issue = client.get("/api/v1/issues/sanctions").json()
    assert issue["issue"]["name"] == "Sanctions" and issue["timeline"]
    actor = client.get("/api/v1/actors/NORGOV", params={"name": "Anna Berg"}).json()
    assert actor["actor"]["roles"] == ["Foreign Minister"] and len(actor["quotes"]) == 2
    assert actor["events"]["as_source"][0]["cameo"] == "040" and actor["kb"] is None
    about = client.get("/api/v1/actors/NORGOV", params={"about": "ISL"}).json()
    assert [q["position"] for q in about["quotes"]] == [1]
    hits = client.get("/api/v1/search", params={"q": "quotas", "kind": "quote"}).json()["hits"]
    assert hits[0]["speaker_name"] == "Anna Berg"


@pytest.mark.parametrize(
    "url,status,code",
    [
        ("/api/v1/articles?limit=0", 400, "invalid-parameter"),
        ("/api/v1/articles?limit=100000", 400, "invalid-parameter"),
        ("/api/v1/articles?from=yesterday", 400, "invalid-parameter"),
        ("/api/v1/articles?cursor=abc", 400, "bad-cursor"),
        ("/api/v1/articles?format=xml", 400, "invalid-parameter"),
        ("/api/v1/articles/nothing-like-it", 404, "not-found"),
        ("/api/v1/events?root=99", 400, "invalid-parameter"),
        ("/api/v1/events?source=russia", 400, "invalid-parameter"),
        ("/api/v1/dyads/RUS/JPN?by=decade", 400, "invalid-parameter"),
        ("/api/v1/issues/no_such_issue", 404, "not-found"),
        ("/api/v1/actors/ZZZ", 404, "not-found"),
        ("/api/v1/actors/NORGOV?about=nobody", 400, "invalid-parameter"),
        ("/api/v1/search?q=", 400, "invalid-parameter"),
        ("/api/v1/search?q=%2A%2A", 400, "invalid-parameter"),
        ("/api/v1/search?q=x&issue=nope", 400, "invalid-parameter"),
        ("/api/v1/search?q=x&country=RUSSIA", 400, "invalid-parameter"),
        ("/api/v1/no/such/route", 404, "not-found"),
    ],
)
def test_errors_have_one_shape(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status
    assert error_of(response) == code


def test_submissions_are_off_without_a_token(client):
    response = client.post("/api/v1/articles", json={"text": "Some words."})
    assert response.status_code == 403 and error_of(response) == "submission-disabled"


def test_submissions_need_the_bearer_token(make_client):
    client = make_client(token="s3cret")
    assert client.post("/api/v1/articles", json={"text": "x"}).status_code == 401
    wrong = client.post("/api/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    auth = {"Authorization": "Bearer s3cret"}
    assert error_of(client.post("/api/v1/articles", json={"text": "a", "html": "b"}, headers=auth)) == "invalid-body"
    assert error_of(client.post("/api/v1/articles", content=b"not json", headers=auth)) == "invalid-body"
    fetch = client.post("/api/v1/articles", json={"url": "https://example.org/a"}, headers=auth)
    assert fetch.status_code == 403 and error_of(fetch) == "fetch-disabled"
    big = client.post("/api/v1/articles", content=b"x" * (3 * 1024 * 1024), headers=auth)
    assert big.status_code == 413 and error_of(big) == "too-large"


def test_a_submitted_dispatch_is_read_and_stored(make_client, monkeypatch):
    import fake_nlp_path  # noqa: F401  (puts tests/ on the path for the NLP stand-in)
    from fake_nlp import fake_analyse

    monkeypatch.setattr("communique.nlp.analyse", fake_analyse)
    client = make_client(token="s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    text = "Envoys meet in Geneva\n\nGENEVA, May 2. Envoys from both sides met for talks on Thursday and agreed to meet again."
    response = client.post("/api/v1/articles", json={"text": text, "published": "2019-05-02"}, headers=auth)
    assert response.status_code == 201, response.text
    article_id = response.json()["article_id"]
    stored = client.get(f"/api/v1/articles/{article_id}").json()["record"]
    assert stored["published"] == "2019-05-02" and stored["quotes"]
    again = client.post("/api/v1/articles", json={"text": text}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert client.get("/api/v1/search", params={"q": "Geneva"}).json()["hits"]


def test_a_submitted_url_is_fetched_only_when_allowed(make_client, monkeypatch):
    import httpx

    import fake_nlp_path  # noqa: F401
    from fake_nlp import fake_analyse

    monkeypatch.setattr("communique.reader.analyse", fake_analyse)
    page = ("<html><head><title>Envoys agree to meet</title></head><body><article><h1>Envoys agree to meet</h1>"
            "<p>Envoys from the two neighbours agreed on Friday to meet again next month in Vienna, officials said.</p>"
            "<p>The talks will cover border crossings and the return of prisoners held since the spring.</p>"
            "</article></body></html>")
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(200, text=page, headers={"content-type": "text/html; charset=utf-8"})

    client = make_client(token="t", allow_fetch=True, http_transport=httpx.MockTransport(handler))
    response = client.post("/api/v1/articles", json={"url": "https://news.example/envoys"},
                           headers={"Authorization": "Bearer t"})
    assert response.status_code == 201, response.text
    assert seen == ["https://news.example/envoys"]
    record = client.get(f"/api/v1/articles/{response.json()['article_id']}").json()["record"]
    assert "Vienna" in record["text"] and record["url"] == "https://news.example/envoys"
    bad = client.post("/api/v1/articles", json={"url": "file:///etc/passwd"}, headers={"Authorization": "Bearer t"})
    assert bad.status_code == 400 and error_of(bad) == "invalid-body"

"""Server-rendered pages over the hand-built store (no browser: see test_browser.py)."""
import re


def test_home_lists_latest_articles_and_active_dyads(client):
    html = client.get("/").text
    assert "Ministers meet over fishing rights" in html
    assert 'href="/dyad/JPN/RUS"' in html and 'href="/issue/sanctions"' in html


def test_article_page_shows_structure_highlights_and_event_evidence(client):
    html = client.get("/article/struct1").text
    assert '<h1 class="b-headline"' in html and 'class="b-standfirst"' in html and 'class="b-dateline"' in html
    assert '<h3 class="b-subheading"' in html
    assert len(set(re.findall(r'data-quote="(q\d+)" data-speaker="Anna Berg"', html))) == 2
    assert html.count('class="evidence"') == 2  # both evidence spans of the one event
    assert "Foreign Minister" in html


def test_every_page_escapes_article_text(client):
    import html as html_lib

    for url in ("/article/xss1", "/", "/search?q=hostile", "/actor/XSSGOV"):
        body = client.get(url).text
        assert "<script>window" not in body and "<img src=x" not in body and "<i>Minister" not in body, url
    text = client.get("/article/xss1").text
    visible = html_lib.unescape(re.sub(r"<[^>]+>", "", text))
    assert "<script>window.__xss=1</script>" in visible and "<img src=x onerror" in visible
    api = client.get("/api/v1/articles/xss1")  # JSON keeps the text as it is, served as JSON only
    assert api.headers["content-type"] == "application/json" and api.headers["x-content-type-options"] == "nosniff"


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/article/xss1").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]


def test_chart_data_is_embedded_as_json_not_script(client):
    html = client.get("/dyad/RUS/JPN?by=day").text
    assert '<script type="application/json" id="chart-data">' in html
    assert '<script src="/static/plotly.min.js"></script>' in html
    assert "2019-01-14" in html


def test_search_page_marks_matches_after_escaping(client):
    html = client.get("/search", params={"q": "bold claims"}).text
    assert "<mark>bold</mark>" in html and "&lt;b&gt;" in html
    assert "Nothing found." in client.get("/search", params={"q": "zebra"}).text


def test_page_errors_are_pages(client):
    response = client.get("/article/nothing-like-it")
    assert response.status_code == 404 and "<h1>404</h1>" in response.text
    assert client.get("/dyad/RUS/JPN?from=never").status_code == 400
    assert client.get("/dyad/RUS/JPN?from=&to=&by=month").status_code == 200
    assert client.get("/search?q=x&from=").status_code == 200  # empty form fields are no filter


def test_issue_and_actor_pages(client):
    html = client.get("/issue/sanctions").text
    assert "Sanctions" in html and '<div class="chart" id="chart">' in html
    actor = client.get("/actor/NORGOV", params={"name": "Anna Berg"}).text
    assert "We will keep talking" in actor and 'value="ISL"' in actor
    filtered = client.get("/actor/NORGOV", params={"about": "ISL"}).text
    assert "Iceland listens" in filtered and "We will keep talking" not in filtered


def test_each_page_links_its_json_twin(client):
    for page in ("/", "/article/struct1", "/actor/NORGOV?name=Anna+Berg", "/dyad/RUS/JPN?by=day&from=",
                 "/issue/sanctions", "/issues", "/search?q=quotas&kind=quote"):
        html = client.get(page).text
        href = re.search(r'id="json-twin" href="([^"]+)"', html).group(1).replace("&amp;", "&")
        response = client.get(href)
        assert response.status_code == 200 and response.headers["content-type"] == "application/json", (page, href)


def test_actor_page_shows_kb_terms_when_a_kb_answers(client, monkeypatch):
    """With a KB module present (another branch), the entry and its terms of office appear."""
    import sys
    import types
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Term:
        country: str
        roles: tuple = ()
        start: str | None = None
        end: str | None = None
        code: str | None = None

    @dataclass(frozen=True)
    class Person:
        id: str
        name: str
        aliases: tuple = ()
        terms: tuple = field(default_factory=tuple)

    kb = types.SimpleNamespace(people={"p-berg": Person("p-berg", "Anna Berg", ("A. Berg",),
                                                        (Term("NOR", ("foreign_minister",), "2017-01-01", None),))},
                               igos={}, countries={})
    loader = types.ModuleType("communique.kb.loader")
    loader.load_kb = lambda: kb
    monkeypatch.setitem(sys.modules, "communique.kb.loader", loader)
    from communique.web.views import kb_entry

    entry = kb_entry("p-berg")
    assert entry["kind"] == "person" and entry["terms"][0]["roles"] == ["foreign_minister"]
    assert kb_entry("nobody") is None
    html = client.get("/actor/NORGOV", params={"kb": "p-berg"}).text
    assert "Terms of office" in html and "foreign_minister" in html and "2017-01-01" in html

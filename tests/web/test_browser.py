"""Browser tests: headless Debian Chromium (/usr/bin/chromium, see scripts/install-chromium.sh)
driven by Playwright against a real uvicorn server on a free loopback port.

Two stores: the hand-built one (web_fixtures: structure, quotes, events, the XSS article)
and one ingested through the real pipeline from the acceptance seed (published 2019-01-16)
plus the first WIKINEWS_SUBSET articles of shared/corpus/wikinews.jsonl (a subset keeps the
suite quick; set COMMUNIQUE_WEB_WIKINEWS=all for the whole corpus). Assertions on the seed's
quotes and events need the NLP components (actors/quotes/events branches): until those are
merged the store holds none, and those tests skip saying so; meanwhile a third store holds the
seed read by the pipeline and given its gold quotes and the gold Jan 14 meeting, so the pages'
handling of the seed's real offsets is checked today. Screenshots go to a temporary directory
printed at the end of the session.
"""
from __future__ import annotations

import json
import os
import socket
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WIKINEWS_SUBSET = 60
SEED_ID_HINT = "Lavrov comments on Russian-Japanese relations"


@pytest.fixture(scope="session")
def screenshots():
    """A temporary directory for the screenshots; its path is printed in the test summary."""
    from web_fixtures import SCREENSHOT_DIRS

    directory = Path(tempfile.mkdtemp(prefix="communique-screens-"))
    SCREENSHOT_DIRS.append(directory)
    return directory


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run scripts/install-chromium.sh (Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package (dev extra) is not installed")

    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """uvicorn in a thread on 127.0.0.1:<free port>, stopped at teardown."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from communique.web.app import Settings, create_app

        self.port = _free_port()
        config = uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def hand_server(tmp_path_factory):
    from web_fixtures import build_store

    served = Served(build_store(tmp_path_factory.mktemp("hand") / "web.db"))
    yield served
    served.stop()


@pytest.fixture(scope="session")
def shared_root(request) -> Path:
    """shared/ beside the repository (the ``shared_dir`` fixture), or $COMMUNIQUE_SHARED_DIR
    for a checkout elsewhere (e.g. a git worktree)."""
    override = os.environ.get("COMMUNIQUE_SHARED_DIR")
    if override and Path(override).is_dir():
        return Path(override)
    return request.getfixturevalue("shared_dir")


@pytest.fixture(scope="session")
def corpus_server(shared_root, tmp_path_factory):
    """The seed and a Wikinews subset, read by the real pipeline into a fresh store."""
    from communique.sources import SourceOptions
    from communique.store import Store, ingest

    shared_dir = shared_root
    seed = shared_dir / "acceptance" / "seed" / "tass-2019-01-16-lavrov-japan.txt"
    wikinews = shared_dir / "corpus" / "wikinews.jsonl"
    if not seed.exists() or not wikinews.exists():
        pytest.skip("shared/ lacks the acceptance seed or corpus/wikinews.jsonl")
    work = tmp_path_factory.mktemp("corpus")
    lines = wikinews.read_text(encoding="utf-8").splitlines()
    if os.environ.get("COMMUNIQUE_WEB_WIKINEWS") != "all":
        lines = lines[:WIKINEWS_SUBSET]
    subset = work / "wikinews-subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = work / "corpus.db"
    with Store(db) as store:
        seeded = ingest([str(seed)], store, SourceOptions(published=date(2019, 1, 16), allow_network=False))
        assert seeded.stored == 1, seeded.line()
        ingest([str(subset)], store, SourceOptions(jsonl=True, allow_network=False))
        seed_id = seeded.results[0].article_id
    served = Served(db)
    served.seed_id = seed_id
    yield served
    served.stop()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    yield tab
    context.close()


def shoot(page, screenshots: Path, name: str) -> None:
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)


def api(server, path: str) -> dict:
    import httpx

    return httpx.get(server.url + path, timeout=30).json()


# --- the hand-built store -------------------------------------------------------------

def test_hostile_article_runs_no_script_and_shows_its_text(page, hand_server, screenshots):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hand_server.url + "/article/xss1")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == [] and page.errors == []
    body = page.inner_text("#text")
    assert "<script>window.__xss=1</script>" in body
    assert '<img src=x onerror="window.__xss=2">' in body
    assert page.locator("#text script, #text img, #text b, #actors i").count() == 0
    shoot(page, screenshots, "xss-article")


def test_article_page_marks_quotes_with_their_speaker(page, hand_server, screenshots):
    page.goto(hand_server.url + "/article/struct1")
    assert page.inner_text("h1.b-headline") == "Ministers meet over fishing rights"
    quotes = page.locator("[data-quote]")
    assert {quotes.nth(i).get_attribute("data-speaker") for i in range(quotes.count())} == {"Anna Berg"}
    assert page.locator("[data-quote]").first.get_attribute("title").startswith("Anna Berg")
    assert page.locator("#events .evidence").count() == 2
    shoot(page, screenshots, "hand-article")


def test_dyad_page_draws_the_chart_from_served_plotly(page, hand_server, screenshots):
    page.goto(hand_server.url + "/dyad/RUS/JPN?by=day")
    page.wait_for_selector("#chart .main-svg", timeout=15000)
    assert page.errors == []
    assert "2019-01-14" in page.inner_text("#series")
    page.select_option("#dyad-controls select[name=by]", "month")
    page.click("#dyad-controls button")
    page.wait_for_url("**by=month**")
    assert "2019-01" in page.inner_text("#series") and "2019-01-14" not in page.inner_text("#series")
    shoot(page, screenshots, "hand-dyad")


# --- the seed and Wikinews through the real pipeline ------------------------------------

def test_home_page(page, corpus_server, screenshots):
    page.goto(corpus_server.url + "/")
    totals = page.inner_text("#totals")
    expected = api(corpus_server, "/api/v1/home")["totals"]["articles"]
    assert f"{expected}\narticles" in totals or f"{expected} articles" in totals
    assert expected >= 2
    assert page.locator("#latest tbody tr").count() >= 2
    shoot(page, screenshots, "home")


def test_seed_article_page_shows_its_structure(page, corpus_server, screenshots):
    page.goto(f"{corpus_server.url}/article/{corpus_server.seed_id}")
    assert SEED_ID_HINT in page.inner_text("#structure")
    assert "MOSCOW" in page.inner_text(".s-dateline")
    assert "Sergey Lavrov" in page.inner_text("#text")
    shoot(page, screenshots, "seed-article")


def test_seed_quotes_are_attributed_to_lavrov(page, corpus_server, shared_root, screenshots):
    """The seed's ten direct quotes (gold.json) are each marked on the page with Lavrov as speaker."""
    gold = json.loads((shared_root / "acceptance" / "seed" / "gold.json").read_text(encoding="utf-8"))
    def speaker(q):
        return (q["speaker"] or {}).get("name", "") if isinstance(q["speaker"], dict) else (q["speaker"] or "")

    wanted = [q for q in gold["quotes"] if q["kind"] == "direct" and "Lavrov" in speaker(q)]
    assert len(wanted) == 10
    record = api(corpus_server, f"/api/v1/articles/{corpus_server.seed_id}")["record"]
    if not record["quotes"]:
        pytest.skip("the store holds no quotes for the seed: the quotes component is still the placeholder "
                    "(meaningful once the NLP branches are merged)")
    page.goto(f"{corpus_server.url}/article/{corpus_server.seed_id}")
    missing = []
    for q in wanted:
        found = [i for i, r in enumerate(record["quotes"]) if r["start"] < q["end"] and r["end"] > q["start"]]
        speakers = {page.locator(f'[data-quote="q{i}"]').first.get_attribute("data-speaker") for i in found
                    if page.locator(f'[data-quote="q{i}"]').count()}
        if not any("Lavrov" in (s or "") for s in speakers):
            missing.append(q["text"][:40])
    assert not missing, f"direct quotes not marked as Lavrov's on the page: {missing}"
    assert page.locator("#quote-list li[data-speaker*=Lavrov]").count() >= 10
    shoot(page, screenshots, "seed-quotes")


def test_rus_jpn_dyad_shows_the_january_14_meeting(page, corpus_server, screenshots):
    dyad = api(corpus_server, "/api/v1/dyads/RUS/JPN?by=day")
    if not dyad["series"]:
        pytest.skip("the store holds no RUS-JPN events: the events component is still the placeholder "
                    "(meaningful once the NLP branches are merged)")
    page.goto(corpus_server.url + "/dyad/RUS/JPN?by=day")
    page.wait_for_selector("#chart .main-svg", timeout=15000)
    assert "2019-01-14" in page.inner_text("#series")
    shoot(page, screenshots, "seed-dyad")


def test_dyad_page_controls_work_without_events(page, corpus_server, screenshots):
    page.goto(corpus_server.url + "/dyad/RUS/JPN")
    page.fill("#dyad-controls input[name=from]", "2019-01")
    page.fill("#dyad-controls input[name=to]", "2019-01")
    page.click("#dyad-controls button")
    page.wait_for_url("**from=2019-01**")
    assert page.errors == []
    assert page.locator("#series tbody tr").count() >= 1
    shoot(page, screenshots, "dyad-range")


def test_issue_page_for_the_kuril_islands(page, corpus_server, screenshots):
    page.goto(corpus_server.url + "/issue/kuril_islands")
    assert page.inner_text("#issue-name") == "Kuril Islands dispute"
    assert "2019-01" in page.inner_text("#timeline")
    page.wait_for_selector("#chart .main-svg", timeout=15000)
    shoot(page, screenshots, "issue")


def test_search_finds_the_seed(page, corpus_server, screenshots):
    page.goto(corpus_server.url + "/search")
    page.fill("#search-form input[name=q]", "Lavrov Kuril")
    page.click("#search-form button")
    page.wait_for_selector("#hits")
    first = page.locator("#hits li.hit").first
    assert SEED_ID_HINT in first.inner_text()
    assert page.locator("#hits mark").count() >= 1
    page.fill("#search-form input[name=to]", "2018-12-31")
    page.click("#search-form button")
    page.wait_for_selector("#hits")
    assert SEED_ID_HINT not in page.inner_text("#hits")
    shoot(page, screenshots, "search")


def test_actor_page(page, corpus_server, screenshots):
    record = api(corpus_server, f"/api/v1/articles/{corpus_server.seed_id}")["record"]
    if not record["actors"]:
        pytest.skip("the store holds no actors for the seed: the actors component is still the placeholder "
                    "(meaningful once the NLP branches are merged)")
    page.goto(f"{corpus_server.url}/article/{corpus_server.seed_id}")
    lavrov = page.locator("#actors a", has_text="Lavrov")
    link = lavrov.first if lavrov.count() else page.locator("#actors a").first
    name = link.inner_text()
    link.click()
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name") == name
    shoot(page, screenshots, "actor")


@pytest.fixture(scope="session")
def gold_server(shared_root, tmp_path_factory):
    """The seed read by the pipeline, then given its gold quotes and the gold Jan 14 meeting:
    the pages' handling of the seed's real offsets, whatever the NLP branches do today."""
    from communique.records import ActorRef, ArticleRecord, Event, Quote, Speaker, TextSpan
    from communique.sources import SourceOptions
    from communique.store import Store, find_record, ingest

    seed_dir = shared_root / "acceptance" / "seed"
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    db = tmp_path_factory.mktemp("gold") / "gold.db"
    with Store(db) as store:
        summary = ingest([str(seed_dir / "tass-2019-01-16-lavrov-japan.txt")], store,
                         SourceOptions(published=date(2019, 1, 16), allow_network=False))
        record = find_record(store.conn, summary.results[0].article_id)
        text = record.article.text
        quotes = []
        for q in gold["quotes"]:
            who = q["speaker"] if isinstance(q["speaker"], dict) else {"name": q["speaker"]}
            quotes.append(Quote(text[q["start"]:q["end"]], q["start"], q["end"], q["kind"], q.get("cue"),
                                Speaker(None, who.get("name"), None, who.get("country"), who.get("sector"))))
        meeting = next(e for e in gold["events"] if e.get("date") == "2019-01-14")
        start = text.index(meeting["evidence"])
        span = TextSpan(meeting["evidence"], start, start + len(meeting["evidence"]))
        event = Event(ActorRef(None, "Russia", "RUSGOV", "RUS", "GOV"), ActorRef(None, "Japan", "JPNGOV", "JPN", "GOV"),
                      "040", "CONSULT", 1.0, 1, span.text, span.start, span.end, date="2019-01-14", evidence=(span,))
        store.conn.execute("DELETE FROM articles WHERE id = ?", (record.id,))
        store.writer().write(ArticleRecord(record.article, record.actors, tuple(quotes), (event,)))
    served = Served(db)
    served.seed_id = record.id
    yield served
    served.stop()


def test_gold_shaped_seed_shows_ten_lavrov_quotes_and_the_meeting(page, gold_server, screenshots):
    page.goto(f"{gold_server.url}/article/{gold_server.seed_id}")
    direct = page.locator("#quote-list li[data-speaker*=Lavrov]")
    assert direct.count() == 14  # ten direct and four indirect quotes of Lavrov's in gold.json
    marked = page.locator("#text [data-quote]")
    lavrov = {marked.nth(i).get_attribute("data-quote") for i in range(marked.count())
              if "Lavrov" in (marked.nth(i).get_attribute("data-speaker") or "")}
    assert len(lavrov) == 14
    assert page.locator("#text [data-quote]").first.get_attribute("title").startswith("Sergey Lavrov")
    shoot(page, screenshots, "gold-seed-article")
    page.goto(gold_server.url + "/dyad/RUS/JPN?by=day")
    page.wait_for_selector("#chart .main-svg", timeout=15000)
    assert "2019-01-14" in page.inner_text("#series")
    assert "Lavrov and his Japanese counterpart" in page.inner_text("#events")
    shoot(page, screenshots, "gold-seed-dyad")


def test_api_json_matches_the_page(corpus_server):
    listed = api(corpus_server, "/api/v1/articles?limit=500")
    assert corpus_server.seed_id in {a["id"] for a in listed["items"]}
    assert json.dumps(api(corpus_server, "/api/v1/issues/kuril_islands")["timeline"])

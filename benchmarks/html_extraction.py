"""HTML extraction benchmark: communique's sources + structure against plain trafilatura.

Reads the English pages of ../shared/eval/html (MANIFEST.json says what each page asserts)
and reports, for both systems in the same run:

- title accuracy (normalised exact match; a trailing " | Site" / " - Site" is ignored on
  both sides) on pages with a gold title (trafilatura, goose3, readability, newspaper4k);
- publication-date accuracy (day) on pages with a gold date (trafilatura,
  htmldate-mediacloud, readability, newspaper4k);
- main text: segment recall / precision on the trafilatura group ("with" segments must
  appear, "without" boilerplate must not), and 4-gram shingle precision / recall / F1 on the
  ScrapingHub group (mean over pages).

communique = ``documents_from_bytes`` (the HTML source, with its language gate) then
``communique.structure.build_article``: the headline is the title, ``article.published``
the date, and the main text is the body paragraphs with the sub-headings, the standfirst
and the dateline (the gold main texts include them). A page the sources reject counts as a miss.

Usage: PYTHONPATH=src python benchmarks/html_extraction.py [--verbose]
Skips cleanly (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _find_eval() -> Path:
    """../shared next to the checkout (or next to an enclosing folder, for a worktree)."""
    for folder in REPO.parents:
        candidate = folder / "shared" / "eval" / "html"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "eval" / "html"


EVAL = _find_eval()


@dataclass
class Output:
    title: str | None
    date: str | None
    text: str
    rejected: str | None = None


@dataclass
class Page:
    id: str
    group: str
    url: str | None
    html: bytes
    title: str | None
    date: str | None
    with_segments: list[str]
    without_segments: list[str]
    body: str | None


def load_pages() -> list[Page]:
    manifest = json.loads((EVAL / "MANIFEST.json").read_text(encoding="utf-8"))["pages"]
    pages = []
    for entry in manifest:
        if entry.get("language") != "en":
            continue
        group = entry["id"].split("/")[0]
        folder = EVAL / entry["id"]
        html = (folder / "source.html").read_bytes()
        title = date = body = None
        with_segments: list[str] = []
        without_segments: list[str] = []
        if group == "trafilatura":
            gold = _json(folder / "expected.json")
            title, date = gold.get("title") or None, gold.get("date") or None
            with_segments, without_segments = gold.get("with") or [], gold.get("without") or []
        elif group == "goose3":
            title = _json(folder / "expected.json")["expected"].get("title")
        elif group == "readability":
            gold = _json(folder / "expected-metadata.json")
            title, date = gold.get("title"), (gold.get("publishedTime") or "")[:10] or None
        elif group == "newspaper4k":
            gold = _json(folder / "expected-metadata.json")
            title, date = gold.get("title"), (gold.get("publish_date") or "")[:10] or None
        elif group == "htmldate-mediacloud":
            date = _json(folder / "expected.json").get("date")
        elif group == "scrapinghub-aeb":
            body = _json(folder / "expected.json").get("articleBody")
        pages.append(Page(entry["id"], group, entry.get("url"), html, title, date, with_segments, without_segments, body))
    return pages


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- systems

def run_trafilatura(page: Page) -> Output:
    import trafilatura

    found = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, include_comments=False)
    if found is None:
        return Output(None, None, "", "no extraction")
    return Output(found.title, found.date, found.text or "")


def run_communique(page: Page) -> tuple[Output, Output]:
    """(article-level output, Document-level output) — the second separates what the
    sources built from what the structure stage made of it."""
    from communique.sources import Rejected, SourceOptions, documents_from_bytes
    from communique.structure import build_article

    results = list(documents_from_bytes(page.html, page.id, SourceOptions(allow_network=False), suffix=".html", url=page.url))
    item = results[0]
    if isinstance(item, Rejected):
        miss = Output(None, None, "", item.reason)
        return miss, miss
    article = build_article(item)
    body = main_text(article)
    date = article.published.isoformat() if article.published else None
    doc_body = item.text
    for part in (item.title, item.description):
        if part and doc_body.startswith(part):
            doc_body = doc_body[len(part):].lstrip("\n")
    doc_date = item.published.isoformat() if item.published else None
    headline = article.headline.text if article.headline else None
    return Output(headline, date, body), Output(item.title, doc_date, doc_body)


def main_text(article) -> str:
    """The article's text as communique lays it out, headline and section left out: the
    standfirst, sub-headings and body paragraphs in text order, the first paragraph with
    its dateline (the structure stage cuts the dateline off it; the gold keeps it)."""
    spans = [(s.start, s.end) for s in (article.standfirst, *article.subheadings) if s is not None]
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    if paragraphs and article.dateline is not None and 0 <= article.dateline.start < paragraphs[0][0]:
        paragraphs[0] = (article.dateline.start, paragraphs[0][1])
    return "\n".join(article.text[a:b] for a, b in sorted(spans + paragraphs))


# ---------------------------------------------------------------- metrics

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|—|–|::|:)\s+[^|:\-—–]{1,40}$")


def _norm_title(title: str | None) -> str:
    return " ".join((title or "").translate(_QUOTES).casefold().split())


def title_match(pred: str | None, gold: str) -> bool:
    p, g = _norm_title(pred), _norm_title(gold)
    if not p:
        return False
    return p == g or _SITE_SUFFIX.sub("", p) == _SITE_SUFFIX.sub("", g)


def _squash(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def segment_counts(text: str, page: Page) -> Counter:
    """trafilatura's evaluation: a 'with' segment found is a true positive, missing a
    false negative; a 'without' segment found is a false positive."""
    text = _squash(text)
    c = Counter()
    for seg in page.with_segments:
        c["tp" if _squash(seg) in text else "fn"] += 1
    for seg in page.without_segments:
        c["fp" if _squash(seg) in text else "tn"] += 1
    return c


def shingle_prf(pred: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    def shingles(text: str) -> Counter:
        tokens = text.split()
        return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))

    p, g = shingles(pred), shingles(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(outputs: dict[str, Output], pages: list[Page]) -> dict[str, float]:
    titled = [p for p in pages if p.title]
    dated = [p for p in pages if p.date]
    seg = Counter()
    for p in pages:
        if p.group == "trafilatura":
            seg += segment_counts(outputs[p.id].text, p)
    prf = [shingle_prf(outputs[p.id].text, p.body) for p in pages if p.body]
    return {
        "title accuracy": sum(title_match(outputs[p.id].title, p.title) for p in titled) / len(titled),
        "date accuracy": sum(outputs[p.id].date == p.date for p in dated) / len(dated),
        "segment recall": seg["tp"] / max(1, seg["tp"] + seg["fn"]),
        "segment precision": seg["tp"] / max(1, seg["tp"] + seg["fp"]),
        "shingle precision": sum(x[0] for x in prf) / len(prf),
        "shingle recall": sum(x[1] for x in prf) / len(prf),
        "shingle F1": sum(x[2] for x in prf) / len(prf),
        "_n": (len(titled), len(dated), sum(p.group == "trafilatura" for p in pages), len(prf)),
    }


def main(argv: list[str]) -> int:
    if not (EVAL / "MANIFEST.json").is_file():
        print(f"skipped: evaluation pages not found at {EVAL}")
        return 0
    sys.path.insert(0, str(REPO / "src"))
    verbose = "--verbose" in argv
    pages = load_pages()
    started = time.perf_counter()
    plain = {p.id: run_trafilatura(p) for p in pages}
    t_plain = time.perf_counter() - started
    ours, docs = {}, {}
    started = time.perf_counter()
    for p in pages:
        ours[p.id], docs[p.id] = run_communique(p)
    t_ours = time.perf_counter() - started
    results = {"trafilatura": score(plain, pages), "communique": score(ours, pages), "communique Document": score(docs, pages)}
    n_title, n_date, n_seg, n_shingle = results["trafilatura"].pop("_n")
    for r in results.values():
        r.pop("_n", None)
    print(f"HTML extraction on {len(pages)} English pages of {EVAL} "
          f"(titles: {n_title} pages, dates: {n_date}, segments: {n_seg} trafilatura pages, shingles: {n_shingle} ScrapingHub pages)")
    print(f"{'metric':20} {'trafilatura':>12} {'communique':>12} {'ratio':>7} {'(Document)':>11}")
    for metric, value in results["trafilatura"].items():
        mine = results["communique"][metric]
        ratio = f"{mine / value:.3f}" if value else "-"
        print(f"{metric:20} {value:12.3f} {mine:12.3f} {ratio:>7} {results['communique Document'][metric]:11.3f}")
    print(f"time: trafilatura {t_plain:.1f} s, communique {t_ours:.1f} s")
    rejected = [(pid, o.rejected) for pid, o in ours.items() if o.rejected]
    print(f"rejected by communique sources: {len(rejected)}" + "".join(f"\n  {pid}: {why}" for pid, why in rejected))
    if verbose:
        for p in pages:
            a, b = ours[p.id], plain[p.id]
            if p.title and title_match(a.title, p.title) != title_match(b.title, p.title):
                print(f"title {p.id}: gold={p.title!r} communique={a.title!r} trafilatura={b.title!r}")
            if p.date and (a.date == p.date) != (b.date == p.date):
                print(f"date  {p.id}: gold={p.date} communique={a.date} trafilatura={b.date}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

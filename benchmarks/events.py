"""Speed of the event coder, of the whole read pipeline, and of spaCy parsing alone.

    PYTHONPATH=src python benchmarks/events.py [CORPUS.jsonl] [--articles N]

Reads the first N Wikinews articles (default 40) of ../shared/corpus/wikinews.jsonl and
prints three lines, all from the same run on the same machine:

    spacy parse     articles/s and sentences/s of the statistical pipeline alone
    event coder     sentences/s of communique's event coder alone (actors already resolved)
    read pipeline   articles/s of source -> structure -> every component -> records
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from communique.nlp.events import code_events
from communique.nlp.pipeline import COMPONENTS, load_pipeline
from communique.reader import Reader
from communique.records import Document
from communique.sources import SourceOptions
from communique.structure import build_article

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "wikinews.jsonl"


def _load(path: Path, n: int) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if len(rows) >= n:
                break
    return rows


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _run(nlp, article, names: list[str]):
    """The Doc ``analyse`` would build, through the named components only."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    doc._.ref_date = article.published or (article.dateline.date if article.dateline else None)
    for name, proc in nlp.pipeline:
        if name in names:
            doc = proc(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"benchmark: corpus not found at {corpus}", file=sys.stderr)
        return 2

    rows = _load(corpus, args.articles)
    articles = [
        build_article(Document(id=r["id"], text=r["text"], published=_date(r.get("date"))))
        for r in rows
    ]
    nlp = load_pipeline()
    statistical = [name for name in nlp.pipe_names if name not in COMPONENTS]
    list(nlp.pipe(["Warm-up sentence so that no timing pays for loading."]))

    # 1. the statistical pipeline alone (segmenter, tagger, parser, NER)
    t0 = time.perf_counter()
    docs = [_run(nlp, article, statistical) for article in articles]
    parse_s = time.perf_counter() - t0
    n_sents = sum(1 for d in docs for _ in d.sents)

    # 2. the event coder alone, on Docs whose actors and quotes are resolved
    before_events = [name for name in nlp.pipe_names if name != "communique_events"]
    ready = [_run(nlp, article, before_events) for article in articles]
    t0 = time.perf_counter()
    n_events = sum(len(code_events(doc)) for doc in ready)
    coder_s = time.perf_counter() - t0

    # 3. the whole read pipeline, from a JSON Lines file
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r.get("date")}) + "\n")
        tmp = fh.name
    t0 = time.perf_counter()
    outcomes = list(Reader(SourceOptions(jsonl=True)).outcomes([tmp]))
    read_s = time.perf_counter() - t0
    Path(tmp).unlink(missing_ok=True)
    read_ok = sum(1 for o in outcomes if o.record is not None)

    print(f"articles={len(rows)} sentences={n_sents} events={n_events}")
    print(f"spacy parse    {len(rows) / parse_s:8.2f} articles/s  {n_sents / parse_s:9.1f} sentences/s")
    print(f"event coder    {n_sents / coder_s:9.1f} sentences/s  ({coder_s * 1000 / max(len(rows), 1):.1f} ms/article)")
    print(f"read pipeline  {read_ok / read_s:8.2f} articles/s  ({read_ok}/{len(rows)} read)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

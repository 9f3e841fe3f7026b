"""How much time actor resolution adds to spaCy parsing, per article.

    PYTHONPATH=src python benchmarks/actors.py [CORPUS.jsonl] [--limit N]

Parses N Wikinews articles (default 100) with the pinned pipeline up to the NER, then runs
the communique_actors component on the parsed Docs, and prints both times per article and
their ratio. The KB matcher is built before timing (once per process in real use); its
build time is printed separately.
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews.jsonl"


def load_articles(path: Path, limit: int) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else "/work/shared/corpus/wikinews.jsonl"))
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()

    from communique.kb.loader import load_kb
    from communique.nlp.actors import ActorResolver
    from communique.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    t0 = time.perf_counter()
    resolver = ActorResolver(nlp, load_kb())
    build = time.perf_counter() - t0

    articles = load_articles(Path(args.corpus), args.limit)
    ours = {"communique_actors", "communique_quotes", "communique_events"}
    parse_s = actors_s = 0.0
    n_actors = n_mentions = chars = 0
    for row in articles:
        text = row.get("text") or ""
        chars += len(text)
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        doc._.ref_date = date.fromisoformat(row["date"]) if row.get("date") else None
        for name, proc in nlp.pipeline:
            if name not in ours:
                doc = proc(doc)
        t1 = time.perf_counter()
        resolver(doc)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        actors_s += t2 - t1
        n_actors += len(doc._.actors)
        n_mentions += sum(len(a.mentions) for a in doc._.actors)
    n = max(len(articles), 1)
    print(f"articles={len(articles)} chars/article={chars / n:.0f} actors/article={n_actors / n:.1f} "
          f"mentions/article={n_mentions / n:.1f}")
    print(f"matcher build (once per process) {build * 1000:.0f} ms")
    print(f"spaCy parsing {parse_s / n * 1000:.1f} ms/article; actor resolution {actors_s / n * 1000:.1f} ms/article")
    print(f"actors/parsing ratio={actors_s / parse_s:.3f}")


if __name__ == "__main__":
    main()

"""Quote extraction benchmark: its added time per article, as a ratio to spaCy parsing alone.

Runs the pinned pipeline over a subset of ../shared/corpus/wikinews.jsonl, timing each
component on every article in the same run, and reports:

- spaCy: the statistical components (tok2vec, tagger, parser, NER, ...) per article;
- quotes: the ``communique_quotes`` component per article, and quotes / spaCy as a ratio;
- how many quotes were found, by kind.

Usage: PYTHONPATH=src python benchmarks/quotes.py [N_ARTICLES]   (default 60)
Skips cleanly (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OURS = ("communique_segmenter", "communique_actors", "communique_quotes", "communique_events")


def _corpus() -> Path | None:
    for folder in REPO.parents:
        candidate = folder / "shared" / "corpus" / "wikinews.jsonl"
        if candidate.is_file():
            return candidate
    return None


def main(argv: list[str]) -> int:
    corpus = _corpus()
    if corpus is None:
        print("benchmarks/quotes.py: ../shared/corpus/wikinews.jsonl not found; skipping")
        return 0
    limit = int(argv[0]) if argv else 60
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]

    from communique.nlp.pipeline import load_pipeline
    from communique.records import Document
    from communique.structure import build_article

    nlp = load_pipeline()
    spent: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for row in rows:
        article = build_article(Document(id=row["id"], text=row["text"]))
        doc = nlp.make_doc(article.text)
        doc._.article = article
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
        kinds.update(q.kind for q in doc._.quotes or ())
    n = len(rows)
    spacy_time = sum(t for name, t in spent.items() if name not in OURS)
    quotes_time = spent["communique_quotes"]
    print(f"articles={n} characters={sum(len(r['text']) for r in rows)}")
    print(f"spaCy components: {spacy_time / n * 1000:.1f} ms/article")
    print(f"quotes component: {quotes_time / n * 1000:.1f} ms/article")
    print(f"quotes found: {dict(kinds)}")
    print(f"quotes_over_spacy={quotes_time / spacy_time:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

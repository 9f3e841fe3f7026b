"""Web benchmark (issue 7): requests per second and latency percentiles of the dyad and
search endpoints over a store of one million synthetic events, beside a baseline endpoint
(the OpenAPI document: server and HTTP cost without a query) measured in the same run.

The store comes from benchmarks/corpus.py's ``synthetic_store``; its articles then get short
synthetic texts (so full-text search has something to find). The server runs in a second
process (``communique serve`` on a free loopback port); this process sends a bounded number
of requests (``--requests`` per endpoint, stopping early after ``--seconds``), first one at
a time, then from ``--concurrency`` client threads.

Usage: python benchmarks/web.py [--events N] [--requests N] [--seconds S] [--concurrency C]
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

COUNTRIES = ["RUS", "JPN", "USA", "CHN", "FRA", "DEU", "GBR", "IND", "IRN", "UKR", "TUR", "KOR", "PRK", "ISR"]
WORDS = ("talks treaty sanctions islands ministers summit border trade pipeline ceasefire election "
         "envoy protest tariff missile visit agreement dispute statement meeting").split()


def give_texts(path: Path, seed: int = 11) -> int:
    """Short synthetic headlines and texts for every article (FTS triggers index them)."""
    from communique.store import Store

    rng = random.Random(seed)
    with Store(path) as store:
        conn = store.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        conn.execute("BEGIN")
        conn.executemany(
            "UPDATE articles SET headline = ?, text = ? WHERE id = ?",
            (
                (
                    " ".join(rng.sample(WORDS, 4)).capitalize(),
                    " ".join(rng.choice(WORDS) for _ in range(60)) + ".",
                    article_id,
                )
                for article_id in ids
            ),
        )
        conn.execute("COMMIT")
        return len(ids)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = "import sys; from communique.cli_web import serve_command; serve_command(sys.argv[1:])"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/issues", timeout=5).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("server did not start within 120 s")


def measure(base: str, paths: list[str], concurrency: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    stop_at = time.monotonic() + seconds

    def one(client: httpx.Client, path: str) -> None:
        if time.monotonic() > stop_at:
            return
        t0 = time.perf_counter()
        response = client.get(base + path)
        latencies.append(time.perf_counter() - t0)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    with httpx.Client(timeout=60, limits=httpx.Limits(max_connections=concurrency)) as client:
        t0 = time.perf_counter()
        if concurrency == 1:
            for path in paths:
                one(client, path)
        else:
            with ThreadPoolExecutor(concurrency) as pool:
                list(pool.map(lambda p: one(client, p), paths))
        wall = time.perf_counter() - t0
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "rps": n / wall if wall else 0.0,
        "p50_ms": statistics.median(latencies) * 1000 if n else float("nan"),
        "p95_ms": latencies[min(n - 1, int(0.95 * n))] * 1000 if n else float("nan"),
        "statuses": statuses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events in the store")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint and run")
    parser.add_argument("--seconds", type=float, default=60.0, help="stop a run after this long")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads for the second run")
    args = parser.parse_args()
    from corpus import synthetic_store

    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "synthetic.db"
        t0 = time.perf_counter()
        synthetic_store(db, args.events)
        articles = give_texts(db)
        print(f"store: {args.events:,} synthetic events, {articles:,} articles with texts "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            endpoints = {
                "dyad": [f"/api/v1/dyads/{a}/{b}?by=month" for a, b in
                         (rng.sample(COUNTRIES, 2) for _ in range(args.requests))],
                "search": [f"/api/v1/search?q={'+'.join(rng.sample(WORDS, 2))}&limit=20" for _ in range(args.requests)],
            }
            # baseline: the OpenAPI document, i.e. the server and HTTP cost without a query
            endpoints = {"baseline": ["/api/v1/openapi.json"] * args.requests, **endpoints}
            baseline: dict[int, dict] = {}
            for name, paths in endpoints.items():
                measure(base, paths[:3], 1, args.seconds)  # warm the server's caches
                for concurrency in (1, args.concurrency):
                    r = measure(base, paths, concurrency, args.seconds)
                    if name == "baseline":
                        baseline[concurrency] = r
                    ref = baseline[concurrency]
                    ratio = "" if name == "baseline" else (
                        f"  (x{ref['rps'] / r['rps']:.1f} baseline time per request, p95 x{r['p95_ms'] / ref['p95_ms']:.1f})")
                    print(f"  {name:8s} x{concurrency}: {r['requests']:4d} requests {r['rps']:8.1f} req/s  "
                          f"p50 {r['p50_ms']:8.1f} ms  p95 {r['p95_ms']:8.1f} ms  statuses {r['statuses']}{ratio}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

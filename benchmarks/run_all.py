"""Run every benchmark in this folder, one after another, each as its own process.

    python benchmarks/run_all.py [NAME ...]

Each benchmark prints its own figures beside a baseline measured in the same run (ratios,
never timed assertions). With NAMEs, only those run (e.g. `actors quotes`).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ("html_extraction", "actors", "quotes", "events", "corpus", "web")


def main(names: list[str]) -> int:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    chosen = names or [n for n in ORDER if (HERE / f"{n}.py").exists()]
    failed = 0
    for name in chosen:
        script = HERE / f"{name}.py"
        if not script.exists():
            print(f"== {name}: no such benchmark ({', '.join(ORDER)})")
            failed += 1
            continue
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(script)], env=env, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

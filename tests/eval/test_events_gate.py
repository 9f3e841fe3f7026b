"""Quality gate for events: pinned minimum scores on fixed evaluation sets.

The minimums sit at or just under what the coder achieved when they were set; raise them
when the coder improves, never lower them silently. Scores come from ../shared/tools/score.py,
the same tool that scores held-out sets.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared]

# PLOVER gold-standard sentences (dev): events found with the right type / type, source and target
PLOVER_TYPE_RECALL_MIN = 0.81  # achieved 0.820 with the groups KB
PLOVER_TRIPLE_RECALL_MIN = 0.68  # achieved 0.689
PLOVER_PRECISION_MIN = 0.74  # achieved 0.747
# The seed dispatch: required events found, share of predicted events the gold explains
SEED_EVENTS_MIN = 10
SEED_PRECISION_MIN = 0.90


def _figures(output: str) -> dict[str, str]:
    last = output.strip().splitlines()[-1]
    return dict(part.split("=", 1) for part in last.split())


def _score(shared: Path, *args: str) -> dict[str, str]:
    tool = shared / "tools" / "score.py"
    done = subprocess.run([sys.executable, str(tool), *args], capture_output=True, text=True, check=True)
    return _figures(done.stdout)


def _read_jsonl(records_path: Path, out: Path) -> None:
    from communique.reader import Reader
    from communique.sources import SourceOptions

    with out.open("w", encoding="utf-8") as fh:
        for outcome in Reader(SourceOptions(jsonl=True)).outcomes([str(records_path)]):
            if outcome.record is not None:
                fh.write(json.dumps(outcome.record.to_json(), ensure_ascii=False) + "\n")


def test_plover_dev_events(shared_dir: Path, tmp_path: Path):
    gold = shared_dir / "eval" / "events" / "plover-gsr-dev.jsonl"
    pred = tmp_path / "pred.jsonl"
    _read_jsonl(gold, pred)
    figures = _score(shared_dir, "events", str(pred), str(gold))
    assert float(figures["type_recall"]) >= PLOVER_TYPE_RECALL_MIN, figures
    assert float(figures["triple_recall"]) >= PLOVER_TRIPLE_RECALL_MIN, figures
    assert float(figures["precision"]) >= PLOVER_PRECISION_MIN, figures


def test_seed_events(shared_dir: Path, tmp_path: Path):
    import communique

    seed = shared_dir / "acceptance" / "seed" / "tass-2019-01-16-lavrov-japan.txt"
    [record] = communique.read(str(seed), published="2019-01-16")
    pred = tmp_path / "seed.json"
    pred.write_text(json.dumps(record.to_json(), ensure_ascii=False), encoding="utf-8")
    figures = _score(shared_dir, "seed", str(pred))
    found, required = (int(x) for x in figures["events"].split("/"))
    explained, predicted = (int(x) for x in figures["event_precision"].split("/"))
    assert found >= SEED_EVENTS_MIN, figures
    assert int(figures["forbidden"]) == 0, figures
    assert predicted and explained / predicted >= SEED_PRECISION_MIN, figures

"""bench/check_speed.py reads every labelled development set, however a set is laid out."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_speed_bench_times_every_development_note() -> None:
    spec = importlib.util.spec_from_file_location("check_speed", ROOT / "bench" / "check_speed.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    labels = sorted((ROOT / "tests").glob("check_dev*/**/labels.toml"))
    # a set split in halves keeps a labels.toml in each half, none at its top
    assert any(path.parent.parent.name.startswith("check_dev") for path in labels)
    labelled = sum(len(tomllib.loads(p.read_text(encoding="utf-8"))["note"]) for p in labels)
    notes = bench.dev_notes()
    assert len(notes) == labelled
    assert len({text for text, _kind, _facts in notes}) > 0.9 * labelled

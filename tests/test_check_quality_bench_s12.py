"""bench/check_quality.py reads a corpus whose labelled notes sit in subfolders
(tests/check_dev8 and tests/check_dev9 hold check/ and tune/), and says in one line when a
folder has no labels at all."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "check_quality.py"


def _load_bench():
    spec = importlib.util.spec_from_file_location("check_quality_s12", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_quality_s12"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


QUALITY = _load_bench()


def test_a_folder_with_labels_is_itself() -> None:
    folder = ROOT / "tests" / "check_dev7"
    assert QUALITY.labelled_folders(folder) == [(folder, "check_dev7")]


def test_subfolders_with_labels_are_each_a_corpus() -> None:
    folder = ROOT / "tests" / "check_dev8"
    assert QUALITY.labelled_folders(folder) == [
        (folder / "check", "check_dev8/check"),
        (folder / "tune", "check_dev8/tune"),
    ]


def test_no_labels_anywhere_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = subprocess.run(
        [sys.executable, str(BENCH), "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "no labels.toml" in run.stderr
    assert "Traceback" not in run.stderr

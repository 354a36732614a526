"""The held-out invites and transcripts (tests/fixtures/facts_heldout), written by people who
have not read the code, scored field by field by bench/facts_quality.py.

Skipped while the folder is absent. The figures are printed; the floor is that nothing crashes
(every file is read, or refused in one line) and most fields are read right.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "facts_quality.py"
HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "facts_heldout"


def load_bench():
    """bench/facts_quality.py: the one loader and scorer of expected facts."""
    spec = importlib.util.spec_from_file_location("facts_quality", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["facts_quality"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout() -> Path:
    if (
        not (HELDOUT / "invites" / "expected.toml").is_file()
        and not (HELDOUT / "transcripts" / "expected.toml").is_file()
    ):
        pytest.skip(f"the held-out set {HELDOUT} is absent (it is added by its authors)")
    return HELDOUT


def test_heldout_fields(heldout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quality = load_bench()
    invites, transcripts = quality.evaluate(heldout, verbose=True)
    with capsys.disabled():
        for score, title in ((invites, "invites"), (transcripts, "transcripts")):
            if score is not None:
                print("\n" + "\n".join(score.lines(title, verbose=True)))
    for score in (invites, transcripts):
        if score is None:
            continue
        assert not any("Traceback" in m for misses in score.wrong.values() for m in misses)
        right, tried = score.total()
        assert tried and right / tried >= 0.75, f"{right}/{tried} fields read right"

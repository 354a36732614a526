"""The checker on tests/check_heldout (v1, 89 notes written by people who had not read the
rules): the thresholds of the checker's trust goal, kept as a floor.

Element accuracy, pooled issue precision and recall, and verdict accuracy at least 0.95; no
code with labelled or reported notes below 0.8 precision or recall. bench/check_quality.py
--corpus tests/check_heldout prints the same figures. Marked `heldout`: it runs only when asked
(`pytest -m heldout`).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "check_quality.py"
HELDOUT = ROOT / "tests" / "check_heldout"

# Scored once as a held-out set, at f0d95e9: element accuracy 0.989, pooled issue precision 0.93
# and recall 0.85, verdict accuracy 0.888 (the goal was not met then). Later sessions tuned on it,
# so it is development data now and these thresholds only guard against a drop: it scores 1.00
# on every figure but element accuracy (0.998) today. How the checker does on notes it has
# never seen is measured by the later held-out sets, each scored once (check_heldout_v2 … v12
# and the newest one).

pytestmark = [
    pytest.mark.heldout,
    pytest.mark.skipif(
        not (HELDOUT / "labels.toml").exists(),
        reason="no held-out set yet: tests/check_heldout/labels.toml is absent",
    ),
]


def _load_bench():
    spec = importlib.util.spec_from_file_location("check_quality", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("check_quality", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quality():
    return _load_bench()


@pytest.fixture(scope="module")
def report(quality):
    return quality.evaluate(quality.load_corpus(HELDOUT))


def test_heldout_is_large_enough(quality) -> None:
    assert len(quality.load_corpus(HELDOUT)) >= 60


def test_element_accuracy(report) -> None:
    assert report.element_accuracy >= 0.95


def test_pooled_issue_precision_and_recall(report) -> None:
    assert report.pooled_precision >= 0.95
    assert report.pooled_recall >= 0.95


def test_no_code_below_0_8(quality, report) -> None:
    for code in quality.CODES:
        tp, fp, fn = report.counts(code)
        if tp + fp + fn:
            assert report.precision(code) >= 0.8, f"{code}: {fp} false positives"
            assert report.recall(code) >= 0.8, f"{code}: {fn} missed"


def test_verdict_accuracy(report) -> None:
    assert report.verdict_accuracy >= 0.95


def test_every_finding_has_exact_offsets(report) -> None:
    for outcome in report.outcomes:
        for f in outcome.findings:
            assert outcome.note.text[f["start"] : f["end"]] == f["excerpt"]

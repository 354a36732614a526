"""The checker on hand-written notes in styles the corpus does not have (tests/fixtures/notes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

NOTES = Path(__file__).resolve().parent.parent / "fixtures" / "notes"
RECORD = [
    "--company", "Acme", "--role", "Senior Designer", "--person", "Jane Doe",
    "--topic", "design system", "--topic", "accessibility audit",
]  # fmt: skip


def _check(cli: Callable[..., Any], name: str) -> dict[str, Any]:
    report: dict[str, Any] = cli("check", "--json", *RECORD, str(NOTES / name)).json()
    return report


@pytest.mark.parametrize(
    ("name", "code", "excerpt"),
    [
        ("busy_excuse.txt", "apology", "I know you are busy"),
        (
            "self_doubt_mid_sentence.txt",
            "negativity",
            "I probably didn't explain my portfolio very well",
        ),
    ],
)
def test_subtle_problems_are_found(
    cli: Callable[..., Any], name: str, code: str, excerpt: str
) -> None:
    report = _check(cli, name)
    assert report["verdict"] == "revise"
    assert (code, excerpt) in [(i["code"], i["excerpt"]) for i in report["issues"]]


@pytest.mark.parametrize(
    "name",
    ["good_signature.txt", "good_ps.txt", "good_british.txt", "good_warm_long.txt"],
)
def test_good_notes_in_other_styles_are_ready(cli: Callable[..., Any], name: str) -> None:
    report = _check(cli, name)
    assert report["verdict"] == "ready", report["issues"]

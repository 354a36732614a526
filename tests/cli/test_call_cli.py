"""`followup call`: the call sheet (slot in both zones, number to dial, script, voicemail)
and the outcome recorded as a follow-up action."""

from __future__ import annotations

import json
import os

import pexpect
import pytest
from tests.cli.test_add_interactive import FOLLOWUP
from tests.cli.test_draft_cli import one_line_error, store

CALL_DAY = "2026-03-13"  # the Harbor round was on Tue 10 Mar: the call window is open


@pytest.fixture
def harbor(monkeypatch) -> int:
    monkeypatch.setenv("FOLLOWUP_USER_TIMEZONE", "Europe/London")
    return store("harbor_store_inperson_phone")


def test_the_call_sheet(cli, harbor: int) -> None:
    res = cli("call", str(harbor), "--today", CALL_DAY, "--json")
    assert res.code == 0, res.err
    sheet = json.loads(res.out)
    assert sheet["method"] == "phone" and sheet["status"] == "due"
    assert sheet["to"]["name"] == "Tom Becker" and sheet["to"]["title"] == "Store Manager"
    assert sheet["to"]["e164"] == "+16175550100"
    assert sheet["to"]["international"] == "+1 617-555-0100"
    assert sheet["to"]["national"] == "(617) 555-0100"
    slot = sheet["slot"]
    assert slot["start"].endswith("10:00:00-04:00")  # their time, after the US clock change
    assert slot["end"].endswith("11:30:00-04:00")
    assert slot["your_start"].endswith("14:00:00+00:00")  # London is still on GMT
    assert slot["your_tz"] == "Europe/London"
    assert sheet["voicemail"]["speaking_seconds"] <= 30
    assert sheet["sections"] and sheet["recorded"] is None


def test_human_sheet_names_the_number_and_both_times(cli, harbor: int) -> None:
    res = cli("call", str(harbor), "--today", CALL_DAY)
    assert res.code == 0, res.err
    assert "Call Tom Becker (Store Manager) at Harbor Outfitters" in res.out
    assert "Dial: +1 617-555-0100" in res.out
    assert "their time (America/New_York)" in res.out
    assert "your time (Europe/London)" in res.out
    assert "Voicemail:" in res.out


@pytest.mark.parametrize(("outcome", "done"), [("reached", True), ("voicemail", True)])
def test_an_answered_call_is_the_follow_up(cli, harbor: int, outcome: str, done: bool) -> None:
    res = cli("call", str(harbor), "--today", CALL_DAY, "--outcome", outcome, "--json")
    assert res.code == 0, res.err
    recorded = json.loads(res.out)["recorded"]
    assert recorded["kind"] == "phone" and recorded["outcome"] == outcome
    plan = json.loads(cli("plan", str(harbor), "--today", CALL_DAY, "--json").out)
    assert plan["status"] == "done"


def test_no_answer_keeps_the_round_open(cli, harbor: int) -> None:
    res = cli("call", str(harbor), "--today", CALL_DAY, "--outcome", "no-answer", "--json")
    assert res.code == 0, res.err
    assert json.loads(res.out)["recorded"]["kind"] == "call-attempt"
    plan = json.loads(cli("plan", str(harbor), "--today", CALL_DAY, "--json").out)
    assert plan["status"] == "due"
    today = json.loads(cli("today", "--today", CALL_DAY, "--json").out)
    assert [item["id"] for item in today["due"]] == [harbor]
    shown = json.loads(cli("show", str(harbor), "--json").out)
    assert [a["kind"] for a in shown["actions"]] == ["call-attempt"]


def test_bad_outcome_and_unknown_round(cli, harbor: int) -> None:
    one_line_error(cli("call", str(harbor), "--today", CALL_DAY, "--outcome", "maybe"), 2)
    one_line_error(cli("call", "42", "--today", CALL_DAY), 3)
    shown = json.loads(cli("show", str(harbor), "--json").out)
    assert shown["actions"] == []


def test_outcome_asked_in_a_terminal(harbor: int) -> None:
    child = pexpect.spawn(
        FOLLOWUP, ["call", str(harbor), "--today", CALL_DAY], env=dict(os.environ),
        encoding="utf-8", timeout=60, dimensions=(40, 120),
    )  # fmt: skip
    child.expect_exact("After the call: reached, voicemail, no-answer")
    child.sendline("voicemail")
    child.expect_exact("Recorded: call voicemail on Fri 13 Mar 2026")  # CALL_DAY, as people read it
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

"""A check-in waits for its day (SPEC §7): `draft --kind check-in` before it says so in one
line and writes nothing unless --force (the web app: tests/web/test_web_check_in.py), and
`today` never proposes it early."""

from __future__ import annotations

from datetime import date

from followup.services import records
from mail_servers import add_round, mail_settings


def one_line_error(res, code: int) -> str:
    assert res.code == code, (res.code, res.out, res.err)
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error: "), res.err
    return lines[0]


def check_ins(settings, round_id: int) -> list:
    return [d for d in records.list_drafts(settings, round_id) if d.kind == "check-in"]


def test_before_the_check_in_day_nothing_is_written_without_force(cli, monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings, deadline=date(2026, 12, 4))  # their decision: Fri 4 Dec
    done = cli("done", str(rid), "--via", "email", "--on", "2026-11-23", "--today", "2026-11-24")
    assert done.code == 0, done.err
    # the check-in day is the first business day after the decision date: Mon 7 Dec
    for day in ("2026-11-30", "2026-12-04", "2026-12-06"):
        today = cli("today", "--today", day, "--json").json()
        assert today["check_ins"] == [] and today["waiting"][0]["check_in"] == "2026-12-07"
        assert "Check in (no reply yet)" not in cli("today", "--today", day).out
        line = one_line_error(cli("draft", str(rid), "--kind", "check-in", "--today", day), 1)
        assert "check-in day is Mon 7 Dec" in line and "decision date, Fri 4 Dec" in line
        assert "nothing was written" in line and "--force" in line
    assert check_ins(settings, rid) == []

    forced = cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-04", "--force",
                 "--json")  # fmt: skip
    assert forced.code == 0, forced.err
    (written,) = forced.json()["drafts"]
    assert any(w.startswith("drafted early: the check-in day is") for w in written["warnings"])
    assert len(check_ins(settings, rid)) == 1

    on_the_day = cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-07", "--json")
    assert on_the_day.code == 0, on_the_day.err
    assert not any("early" in w for w in on_the_day.json()["drafts"][0]["warnings"])
    today = cli("today", "--today", "2026-12-07", "--json").json()
    assert [c["id"] for c in today["check_ins"]] == [rid]


def test_without_a_decision_date_the_day_counts_from_the_follow_up(cli, monkeypatch):
    rid = add_round(mail_settings(monkeypatch))
    cli("done", str(rid), "--via", "email", "--on", "2026-11-23", "--today", "2026-11-24")
    line = one_line_error(cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-02"), 1)
    assert "check-in day is Thu 3 Dec" in line and "from your follow-up on Mon 23 Nov" in line
    assert cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-03").code == 0


def test_before_any_follow_up_a_check_in_waits_for_the_thank_you(cli, monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)  # interviewed Thu 19 Nov; window to Wed 25 Nov
    line = one_line_error(cli("draft", str(rid), "--kind", "check-in", "--today", "2026-11-24"), 1)
    assert "no follow-up is recorded" in line and f"followup done {rid}" in line  # the round
    # a week after the window, still worth a late thank-you: not yet a check-in
    assert cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-01").code == 1
    assert check_ins(settings, rid) == []
    # long after the window the plan itself proposes a check-in instead of a thank-you
    late = cli("draft", str(rid), "--kind", "check-in", "--today", "2026-12-20", "--json")
    assert late.code == 0, late.err
    assert len(check_ins(settings, rid)) == 1


def test_a_call_nobody_answered_is_not_the_follow_up(cli, monkeypatch):
    rid = add_round(mail_settings(monkeypatch))
    settings = mail_settings(monkeypatch)
    records.record_done(
        settings, rid, "phone", on="2026-11-23", outcome="no-answer", today="2026-11-24"
    )
    assert cli("today", "--today", "2026-12-20", "--json").json()["waiting"] == []
    line = one_line_error(cli("draft", str(rid), "--kind", "check-in", "--today", "2026-11-24"), 1)
    assert "no follow-up is recorded" in line

"""Small things a new user tries: a blank name, a phone number that is not one, `done` run
twice, `today` on a Sunday between the days of a window (SPEC §3: the window is its days)."""

from __future__ import annotations

ROUND = ["add", "--company", "Acme", "--role", "Analyst", "--format", "video",
         "--tz", "America/New_York", "--coordinator", "Dana Reyes <dana@acme.example>"]  # fmt: skip


def one_line_error(res, code: int = 2) -> str:
    assert res.code == code and res.out == "", (res.code, res.out, res.err)
    assert len(res.err.splitlines()) == 1 and res.err.startswith("followup: error: ")
    return res.err


def test_profile_refuses_a_blank_name_and_keeps_the_one_stored(cli) -> None:
    assert cli("profile", "--name", "Sam Lee").code == 0
    for blank in ("", "   ", "\t"):
        assert "--name: empty" in one_line_error(cli("profile", "--name", blank))
    assert cli("profile", "--json").json()["name"] == "Sam Lee"


def test_profile_phone_must_be_a_real_number_and_is_stored_in_e164(cli) -> None:
    for typed in ("call me", "12", "+1 555 0100"):
        assert "--phone" in one_line_error(cli("profile", "--phone", typed))
    assert cli("profile", "--json").json()["phone"] is None
    stored = cli("profile", "--phone", "(617) 555-0142", "--json").json()
    assert stored["phone"] == "+16175550142" and stored["phone_national"] == "(617) 555-0142"


def test_done_twice_records_the_follow_up_once(cli) -> None:
    assert cli(*ROUND, "--interviewed", "2026-11-19").code == 0
    first = cli("done", "1", "--via", "email", "--today", "2026-11-23")
    assert first.code == 0 and first.out.startswith("Recorded: email to Dana Reyes")
    again = cli("done", "1", "--via", "email", "--today", "2026-11-23")
    assert again.code == 0 and again.err == ""
    assert again.out.startswith("Already recorded: email to Dana Reyes")
    assert "nothing new was stored" in again.out
    data = cli("done", "1", "--via", "email", "--today", "2026-11-23", "--json").json()
    assert data["already_recorded"] is True and len(data["actions"]) == 1
    other = cli("done", "1", "--via", "card", "--today", "2026-11-23", "--json").json()
    assert other["already_recorded"] is False and len(other["actions"]) == 2


def test_today_on_a_sunday_between_window_days_names_the_next_day(cli, monkeypatch) -> None:
    """Interview Mon 16 Nov 2026: window Wed 18 – Mon 23 Nov, ideally Thu 19. On Sunday 22 the
    follow-up is still due (status `due`), but not today: Monday, the window's last day."""
    monkeypatch.setenv("COLUMNS", "160")  # one line per row
    assert cli(*ROUND, "--interviewed", "2026-11-16").code == 0
    data = cli("today", "--today", "2026-11-22", "--json").json()
    assert [(i["id"], i["status"], i["next_day"]) for i in data["due"]] == [
        (1, "due", "2026-11-23")
    ]
    shown = " ".join(cli("today", "--today", "2026-11-22").out.split())
    assert "Follow up today" not in shown
    assert "Follow up on the next day of the window (1)" in shown
    assert "Mon 23 Nov 10:00 their time (the last day)" in shown
    friday = " ".join(cli("today", "--today", "2026-11-20").out.split())
    assert "Follow up today (1)" in friday and "10:00 their time, by Mon 23 Nov" in friday

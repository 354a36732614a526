"""`followup welcome`, the guided first run of the command line (`make run` starts the web app)."""

from __future__ import annotations


def test_welcome_without_a_terminal_only_introduces(run_followup) -> None:
    res = run_followup("welcome")
    assert res.code == 0, res.err
    assert "followup plan --interviewed" in res.out
    assert "Interview day" not in res.out


def test_welcome_asks_and_plans_the_users_interview(run_followup) -> None:
    answers = "2026-11-19\nvideo\nemail\n\nUS\nAmerica/New_York\n"
    res = run_followup("welcome", "--ask", input=answers)
    assert res.code == 0, res.err
    assert "Follow up by email" in res.out
    assert "Mon 23 Nov 2026 – Wed 25 Nov 2026" in res.out


def test_welcome_with_a_bad_answer_is_one_line(run_followup) -> None:
    answers = "2026-02-30\nvideo\nemail\n\nUS\nAmerica/New_York\n"
    res = run_followup("welcome", "--ask", input=answers)
    assert res.code == 2
    assert res.err.strip().count("\n") == 0 and "not a real date" in res.err

"""A phone number that could not be confirmed as one in use is kept by the commands that
store it, each with one warning line (core.phones._kept; tests/core/test_phones_maint.py)."""

from __future__ import annotations


def test_the_profile_keeps_it_with_one_warning_line(cli, followup_home, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_USER_COUNTRY", "GB")
    done = cli("profile", "--name", "Isla Baird", "--phone", "07700 900228", "--json")
    assert done.code == 0, done.err
    assert done.json()["phone"] == "+447700900228"
    assert done.json()["phone_national"] == "07700 900228"
    warned = [line for line in done.err.splitlines() if line.strip()]
    assert len(warned) == 1 and "could not be confirmed" in warned[0], done.err


def test_a_person_added_with_one_gets_a_warning_line(cli, followup_home):
    done = cli(
        "add", "--company", "Fernhill Care", "--role", "Care Assistant", "--interviewed",
        "2026-11-19", "--format", "in-person", "--channel", "email", "--country", "GB",
        "--interviewer", "Ewan Rennie, 07700 900519", "--json",
    )  # fmt: skip
    assert done.code == 0, done.err
    people = done.json()["people"]
    assert people[0]["phone"] == "+447700900519"
    assert "Ewan Rennie" in done.err and "could not be confirmed" in done.err, done.err


def test_an_edit_warns_only_of_the_people_typed_in_it(cli, followup_home):
    added = cli(
        "add", "--company", "Fernhill Care", "--role", "Care Assistant", "--interviewed",
        "2026-11-19", "--format", "in-person", "--channel", "email", "--country", "GB",
        "--interviewer", "Ewan Rennie, 07700 900519", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    done = cli("edit", "1", "--coordinator", "Jo Bell <jo@fernhill.example> 07700 900111")
    assert done.code == 0, done.err
    assert "Jo Bell's phone" in done.err and "Ewan Rennie" not in done.err, done.err

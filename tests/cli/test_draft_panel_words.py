"""Draft wording checked on what the record holds: a note never speaks of 'the panel' when one
person interviewed, and never uses the role as a team's name ('join the Data Engineer team')."""

from __future__ import annotations

import re

import pytest

TODAY = "2026-11-30"
# Coordinators' names seed which variant each note takes: many of them meet every variant.
COORDINATORS = ["Ruth Abara", "Tomás Ibarra", "Grete Olsen", "Kwame Mensah", "Ilse Vogt",
                "Paulo Reis", "Meera Pillai", "Saoirse Quinn", "Yusuf Demir", "Hana Sato",
                "Leah Gold", "Ravi Menon", "Nadia Haddad", "Owen Price"]  # fmt: skip
TOPICS = ["the backlog of unreconciled supplier invoices", "their plan to open a second depot",
          "how the night team hands over to days"]  # fmt: skip


@pytest.mark.parametrize("topic", TOPICS)
def test_one_interviewer_is_no_panel(cli, topic: str) -> None:
    assert cli("profile", "--name", "Jo Martin", "--email", "jo@example.com").code == 0
    for n, coordinator in enumerate(COORDINATORS):
        added = cli("add", "--company", f"Ledgerline {n}", "--role", "Accounts Assistant",
                    "--interviewed", "2026-11-26", "--format", "video", "--channel", "email",
                    "--coordinator", f"{coordinator} <c{n}@ledgerline.example>",
                    "--interviewer", f"Pat Kerr <pat{n}@ledgerline.example>",
                    "--topic", topic, "--json")  # fmt: skip
        assert added.code == 0, added.err
        res = cli("draft", str(added.json()["id"]), "--no-save", "--today", TODAY, "--json")  # type: ignore[index]
        assert res.code == 0, res.err
        (note,) = res.json()["drafts"]  # type: ignore[index]
        assert not re.search(r"\bpanel\b", note["body"], re.I), note["body"]


@pytest.mark.parametrize("role", ["Ingénieure données", "Data Engineer", "Staff Nurse"])
def test_a_role_is_no_team_name(cli, role: str) -> None:
    assert cli("profile", "--name", "Jo Martin", "--email", "jo@example.com").code == 0
    for n, coordinator in enumerate(COORDINATORS[:8]):
        added = cli("add", "--company", f"Société Nord {n}", "--role", role,
                    "--interviewed", "2026-11-26", "--format", "video", "--channel", "email",
                    "--country", "FR", "--coordinator", f"{coordinator} <c{n}@nord.example>",
                    "--interviewer", f"Luc Amiel <luc{n}@nord.example>",
                    "--interviewer", f"Anne Roy <anne{n}@nord.example>",
                    "--topic", "la migration vers Kafka", "--json")  # fmt: skip
        assert added.code == 0, added.err
        for extra in ((), ("--each",)):
            res = cli("draft", str(added.json()["id"]), "--no-save", "--today", TODAY,  # type: ignore[index]
                      "--json", *extra)  # fmt: skip
            assert res.code == 0, res.err
            for note in res.json()["drafts"]:  # type: ignore[index]
                assert f"{role.casefold()} team" not in note["body"].casefold(), note["body"]

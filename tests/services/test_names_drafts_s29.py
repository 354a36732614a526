"""Names in whole drafts (issue 10, session 29): the greeting and every list of names of
`draft` and `draft --each`, from people typed as jots type them. Names and wording are
invented for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, PersonRole, Profile
from followup.core.records import parse_person
from followup.services import drafting, planning

PROFILE = Profile(
    name="Noor Adjei", email="noor@example.com", qualifications=["Five years of grant writing"]
)
TODAY = date(2027, 3, 5)


def _round(
    coordinator: str, interviewers: list[str], notes: str | None = None, country: str = "NG"
) -> Interview:
    people = [parse_person(coordinator, PersonRole.COORDINATOR, "coordinator", country)]
    people += [
        parse_person(t, PersonRole.INTERVIEWER, "interviewer", country) for t in interviewers
    ]
    return Interview(
        company="Palmgrove Studios",
        role="Grants Lead",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country=country,
        people=people,
        topics=["the arts council bid due in june"],
        notes=notes,
    )


def drafts(i: Interview) -> dict[str, str]:
    settings = load_settings(env={})
    plan = planning.Planner(settings, TODAY)(i)
    out = {}
    for each in (False, True):
        batch = drafting.compose_drafts(
            settings, i, PROFILE, plan, kind="email", each=each, today=TODAY
        )
        for w in batch.written:
            out[w.draft.to_name or ""] = w.draft.body
    return out


def greeting(body: str) -> str:
    m = re.search(r"^Dear ([^\n]+?),$", body, re.M)
    assert m, body
    return m.group(1)


_STRAY = re.compile(r"[A-Za-z]['’\"”]\.?(?=[\s,.])|(?<=\s)['‘\"“][A-Z]|[A-Za-z]\.,")


@pytest.mark.parametrize(
    ("coordinator", "greeted"),
    [
        ("people@palmgrove.example - 'Oluchi, People Team', sent the brief + the map", "Oluchi"),
        ("jobs@palmgrove.example - the mail came from 'Kaiah Morrow, Talent Partner'", "Kaiah"),
        ("jobs@palmgrove.example - the email came", "Hiring Team"),
        ("jobs@palmgrove.example - calendar invite", "Hiring Team"),
    ],
)
def test_the_coordinator_is_greeted_by_a_name_or_as_the_team(coordinator, greeted) -> None:
    i = _round(
        coordinator,
        ["Tamuno Briggs - studio head, tamuno@palmgrove.example", "Ivie Okoro, producer"],
        country="GB",
    )
    notes = drafts(i)
    plan_note = next(b for who, b in notes.items() if "Tamuno" not in who and "Ivie" not in who)
    assert greeting(plan_note) == greeted


def test_a_name_asked_for_in_quotes_is_said_without_them_everywhere() -> None:
    i = _round(
        "Zainab Lawal - hr, zainab@palmgrove.example",
        [
            "capt. temperance adeyinka, head of ops, temperance@palmgrove.example",
            "ekundayo shittu - ECD, ekundayo@palmgrove.example",
            "Mrs Folake Dimka, director, folake@palmgrove.example",
        ],
        notes="they'll revert soon. capt. temperance prefers 'Tempe'. ekundayo prefers 'Kunday', "
        "no 'Mr'.",
    )
    notes = drafts(i)
    assert greeting(notes["capt. temperance adeyinka"]) == "Tempe"
    assert greeting(notes["ekundayo shittu"]) == "Kunday"
    for who, body in notes.items():
        assert not _STRAY.search(body), (who, body)

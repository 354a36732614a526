"""Session 38: the note to a coordinator who was not in the room says who the candidate met,
and at most a plan or a way of working of the team's said in a few words; it never reads the
facts of the day back at length, nor an item discussed ('I was glad the interview gave me the
chance to discuss the 250 kVA DG set'). Recruiters read such lines, told to someone who was
not there, as a recital. A jot the user worded with 'you' in it is said of them in the third
person in that note, 'them' where 'you' was an object ('with them supervising'). Rounds
invented for these tests."""

from __future__ import annotations

import re

from followup.core import draft_quality as dq
from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round


def _round(topics: list[str], items: list[str] = ()) -> list:
    people = [
        Person("Dana Osei", "dana@brightwater.example", role=PersonRole.COORDINATOR),
        Person("Gurpreet Sandhu", "gurpreet@brightwater.example", title="Engineering Manager"),
        Person("Marie Lachance", "marie@brightwater.example", title="Lead Engineer"),
    ]
    i = email_round("Brightwater Coachworks", "Mechanical Engineer", people, country="CA",
                    format=Format.IN_PERSON, topics=topics, items=list(items))  # fmt: skip
    profile = Profile("Sam Patel", "sam@example.com", qualifications=["B.Eng mechanical 2026"])
    return [w for w in drafts_of(i, profile, each_too=False) if w.draft.to_name == "Dana Osei"]


def test_a_long_list_of_the_days_facts_is_not_read_back_to_the_coordinator() -> None:
    (note,) = _round([
        "gurpreet: the transit agency customers, with the Buy America and Canadian content "
        "rules and the Altoona testing every new model goes through",
        "marie - the 24-bed acute unit and its six-bed high care area",
    ])  # fmt: skip
    body = dq.body_of(note.draft.body)
    assert "Altoona" not in body and "high care" not in body, body
    assert re.search(r"Gurpreet|Marie", body), body  # who they met says the day
    assert note.verdict == "ready", (note.reasons, body)


def test_an_item_is_not_told_to_the_coordinator() -> None:
    (note,) = _round(["marie - the 250 kVA DG set and its service intervals"],
                     items=["250 kVA DG set"])  # fmt: skip
    body = dq.body_of(note.draft.body)
    assert not re.search(r"(?:discuss|talk about|part of the interview about) the 250", body), body


def test_a_short_plan_of_the_teams_is_not_told_to_the_coordinator_by_email() -> None:
    """Session 39 (changed by design): an email to a coordinator who names whom the candidate
    met says no topic of the day, short or long (dev recruiters read 'It was good to talk
    about the liveness probe in the interview', to a recruiter not on the panel, as telling
    her of a round she never saw); the people named are its specifics."""
    (note,) = _round(["gurpreet: the new battery-electric bus line"])
    assert "battery-electric bus line" not in note.draft.body
    assert "Gurpreet" in note.draft.body


def test_a_worded_jot_says_them_for_you_as_an_object() -> None:
    (note,) = _round(['gurpreet: process: "mentoring toward the licence, with you supervising"'])
    body = note.draft.body
    assert "with they" not in body


def test_an_untied_claim_of_years_or_a_degree_is_said_inside_the_close() -> None:
    """The plan's note says a claim that answers nothing of the day as what the candidate
    would bring, in the close ('I'd be glad to bring my five years as a supervisor to …'), never
    as a CV line dropped in before a stock close ('I have spent five years as a supervisor.')."""
    people = [
        Person("Dana Osei", "dana@saltember.example", role=PersonRole.COORDINATOR),
        Person("Marco Rossi", "marco@saltember.example", title="Owner"),
    ]
    i = email_round("Salt & Ember Coffee", "Cafe Manager", people, format=Format.IN_PERSON,
                    country="AU", topics=["marco: the new roastery fit-out"])  # fmt: skip
    for qual, mine in (
        ("5 years as a cafe supervisor", "my five years as a cafe supervisor"),
        ("4 yrs as a roastery shift lead", "my four years as a roastery shift lead"),
    ):
        profile = Profile("Sam Patel", "sam@example.com", qualifications=[qual])
        (note,) = [w for w in drafts_of(i, profile, each_too=False)]
        body = dq.body_of(note.draft.body)
        last = dq.sentences(body)[-1]
        assert re.search(rf"bring {mine} to (?:the team at )?Salt & Ember Coffee", last), body
        assert not re.search(r"\bI (?:have spent|hold)\b", body), body
        assert note.verdict == "ready", (note.reasons, body)

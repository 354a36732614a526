"""core.compose, the content of a note (issue 10): what the interviewers stressed (their plan,
their challenge) is the note's main memory before a product it mentions; their plan or
challenge and the qualification that answers it are said as one bridge; a jot whose head is
their plan stays a plan when a question of theirs follows it; product names are written as
the record writes them. Cases in new wording, across industries and countries."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.errors import FollowupError
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import email_round

DAY = date(2027, 4, 6)


@pytest.fixture(scope="module")
def settings():
    return load_settings(env={})


def _language(settings, country: str = "US") -> compose.Language:
    return drafting.load_data(settings, country).language


def _written(settings, interview, profile: Profile, each: bool = True) -> list:
    """The plan's note and, with `each`, the note to every other interviewer."""
    today = date(2027, 4, 7)
    plan = planning.Planner(settings, today)(interview)
    out = list(
        drafting.compose_drafts(
            settings, interview, profile, plan, kind="email", today=today
        ).written
    )
    if each:
        with contextlib.suppress(FollowupError):  # nobody besides the plan's recipient
            out += drafting.compose_drafts(
                settings, interview, profile, plan, kind="email", each=True, today=today
            ).written
    return out


def _bodies(settings, interview, profile: Profile, each: bool = True) -> dict[str, str]:
    return {w.draft.to_name: w.draft.body for w in _written(settings, interview, profile, each)}


def _verdicts(settings, interview, profile: Profile) -> list[str]:
    return [w.verdict for w in _written(settings, interview, profile)]


# --- the kind of a jot: their plan, with a question of theirs after it ----------------------


@pytest.mark.parametrize(
    "jot",
    [
        "their move off kronos to ukg next spring - lena asked if I'd used ukg (yes, 2 yrs)",
        "switching from paper charts to an EHR in march, dr okafor asked about my EHR go-live",
        "the conversion to sap s/4 in q2 - ian asked me whether I'd done data migration",
    ],
)
def test_a_plan_jot_with_their_question_after_it_is_their_plan(settings, jot) -> None:
    lexicon = _language(settings).lexicon
    assert phrasing.jot_kind(jot, lexicon) != "question"
    assert phrasing.topic_kind(jot, lexicon) == "plan"


@pytest.mark.parametrize(
    "jot",
    [
        "asked me about our move to workday",  # the question heads it: theirs to me
        "sam asked how I'd handle a resident complaint",
    ],
)
def test_a_question_that_heads_the_jot_is_still_a_question(settings, jot) -> None:
    assert phrasing.jot_kind(jot, _language(settings).lexicon) == "question"


@pytest.mark.parametrize(
    "jot",
    [
        "moving from opera 5 to opera cloud in feb",
        "their move off paper timesheets",
        "changeover to the new ward layout in june",
    ],
)
def test_a_change_of_system_or_site_is_a_plan(settings, jot) -> None:
    assert phrasing.infer_kind(jot, _language(settings).lexicon) == "plan"


# --- product names as the record writes them ----------------------------------------------


def test_an_items_first_word_is_a_name_when_the_item_is_written_as_one() -> None:
    interview = email_round(
        "Harbour Lights Apartments",
        "Leasing Manager",
        [Person("Maeve Doyle", "maeve@harbour.example")],
        format=Format.VIDEO,
        items=["Rent Manager", "Yardi Voyager", "key fob printer"],
        topics=["their move off yardi next year"],
    )
    names = compose.record_names(interview)
    assert "Yardi" in names and "Rent" in names
    assert "key" not in names  # an item in lower case names nothing


# --- the main memory: their plan before the product it mentions, bridged to a claim --------


def _software_switch_round():
    return email_round(
        "Kestrel Freight",
        "Transport Planner",
        [
            Person("Nadia Osei", "nadia@kestrel.example", title="Operations Director"),
            Person("Gary Pike", "gary@kestrel.example", title="Fleet Manager"),
        ],
        format=Format.IN_PERSON,
        country="GB",
        topics=[
            "their move off mandata to microlise in the autumn - nadia asked if I'd done a "
            "system switch (yes, 2026)",
            "gary: driver hours breaches up since the winter",
        ],
        items=["Microlise", "Mandata Transport"],
    )


PLANNER = Profile(
    name="Ellis Brennan",
    email="ellis@example.com",
    qualifications=[
        "Led the switch of a 60-truck fleet to a new transport management system",
        "CPC in national road haulage",
    ],
)


def test_their_plan_is_the_main_memory_not_the_product_it_names(settings) -> None:
    bodies = _bodies(settings, _software_switch_round(), PLANNER)
    nadia = bodies["Nadia Osei"]
    assert "move off Mandata to Microlise" in nadia
    assert "talk about Microlise" not in nadia


def test_their_plan_and_the_claim_that_answers_it_are_one_bridge(settings) -> None:
    nadia = _bodies(settings, _software_switch_round(), PLANNER)["Nadia Osei"]
    sentences = compose.sentences(nadia)
    both = [
        s for s in sentences if "move off Mandata to Microlise" in s and "transport management" in s
    ]
    assert len(both) == 1, nadia  # what they said -> what I did, in one sentence
    # the claim is said once
    assert sum("transport management system" in s for s in sentences) == 1


def test_the_bridged_notes_are_ready(settings) -> None:
    assert set(_verdicts(settings, _software_switch_round(), PLANNER)) == {"ready"}


def _ward_round():
    return email_round(
        "St Brendan's Hospital",
        "Clinical Nurse Manager",
        [
            Person("Orla Keane", "orla@stbrendans.example", title="Director of Nursing"),
            Person("Ciarán Walsh", "ciaran@stbrendans.example", role=PersonRole.COORDINATOR),
        ],
        format=Format.VIDEO,
        country="IE",
        topics=["orla: falls on the medical ward - up 20% this yr, wants a falls lead"],
    )


NURSE = Profile(
    name="Aoife Nolan",
    email="aoife@example.com",
    qualifications=["Led a falls prevention programme that halved inpatient falls in a year"],
)


def test_a_challenge_is_offered_help_never_praised(settings) -> None:
    orla = _bodies(settings, _ward_round(), NURSE)["Orla Keane"]
    low = orla.lower()
    assert "falls" in low
    assert "highlight" not in low and "enjoyed" not in low
    assert "halved inpatient falls" in orla


def _one_reader(where: tuple[str, str, str], reader: Person, topic: str):
    """A video interview with one interviewer at (company, role, country), one topic jotted."""
    company, role, country = where
    return email_round(
        company, role, [reader], format=Format.VIDEO, country=country, topics=[topic]
    )


def test_a_claim_that_already_names_the_topic_is_not_bridged_twice(settings) -> None:
    """'On desk turnover, I have reduced front desk turnover …' says the topic twice."""
    interview = _one_reader(
        ("Coral Bay Resort", "Front Office Manager", "AU"),
        Person("Tavita Leota", "tavita@coralbay.example", title="General Manager"),
        "front desk turnover - about 50% a yr",
    )
    profile = Profile(
        name="Mia Russo",
        email="mia@example.com",
        qualifications=["Cut front desk turnover from 48% to 25% with a mentoring scheme"],
    )
    body = _bodies(settings, interview, profile, each=False)["Tavita Leota"]
    assert "On front desk turnover, I have cut front desk turnover" not in body
    assert body.lower().count("front desk turnover") <= 2


def _contact_centre_round():
    return _one_reader(
        ("Meridian Assist", "Operations Manager", "IN"),
        Person("Rohit Menon", "rohit@meridianassist.example", title="Head of Delivery"),
        "attrition in the night-shift voice process - approx 38% per yr",
    )


AGENT_LEAD = Profile(
    name="Kavya Iyer",
    email="kavya@example.com",
    qualifications=["Brought agent attrition down from 40% to 22% on an overnight support desk"],
)


def test_their_challenge_and_the_claim_that_answers_it_are_one_offer_of_help(settings) -> None:
    body = _bodies(settings, _contact_centre_round(), AGENT_LEAD, each=False)["Rohit Menon"]
    sentences = compose.sentences(body)
    both = [s for s in sentences if "night-shift voice process" in s and "40% to 22%" in s]
    assert len(both) == 1, body
    assert "help" in both[0]  # an offer of help with a problem, never praise for it
    assert sum("40% to 22%" in s for s in sentences) == 1

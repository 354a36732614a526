"""The hook in whole notes: the reader's own point said as a whole thought, to them; a
problem never praised; someone else's point never credited to the reader; a jot that reads
as no clause and no phrase left out. Rounds in fresh wording (a grants office, a bakery, a
ferry line, a dental practice)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def person(name: str, email: str | None, role: str = "interviewer") -> dict:
    return {"name": name, "email": email, "title": None, "role": role}


def a_round(company: str, role: str, people: list[dict], topics: list[str]) -> dict:
    return {
        "company": company,
        "role": role,
        "interviewed": "2027-04-14",
        "tz": "America/Chicago",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": people,
        "topics": topics,
    }


PROFILE = Profile(
    name="Ines Marchetti",
    email="ines.m@post.example",
    phone=None,
    qualifications=[
        "Six years managing community grant programs",
        "Rebuilt a scoring rubric used for 300 applications a year",
    ],
)


def notes(record: dict, language: compose.Language) -> dict[str, str]:
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.people if p.email]
    facts = compose.compose(
        interview, PROFILE, plan, "email", people, date(2027, 4, 15), language, each=True
    )
    return {f.to_name: " ".join(f.paragraphs) for f in facts}


GRANTS = a_round(
    "Lakeshore Community Fund",
    "Grants Manager",
    [
        person("Oksana Petrenko", "o.petrenko@lakeshore.example"),
        person("Dmitri Allard", "d.allard@lakeshore.example"),
        person("Renee Osei", "r.osei@lakeshore.example", "coordinator"),
    ],
    [
        # no noun phrase reads right in these; the whole thought does
        "oksana: board wants a fairness review of the grants list - north ward gets ~1/2 "
        "the $ per head vs south",
        "dmitri: renewals backing up before the spring round, 2 officers off sick",
        "40 grantees, 3 funding rounds/yr",  # a capacity figure: no hook
    ],
)


def test_a_jot_no_phrase_reads_is_said_whole_to_its_owner(language) -> None:
    said = notes(GRANTS, language)
    assert "the board wants a fairness review of the grants list" in said["Oksana Petrenko"]
    assert "renewals are backing up before the spring round" in said["Dmitri Allard"]


def test_someone_elses_point_is_not_credited_to_the_reader(language) -> None:
    said = notes(GRANTS, language)
    assert "fairness review" not in said["Dmitri Allard"]
    assert "renewals" not in said["Oksana Petrenko"]


def test_a_capacity_figure_is_no_hook(language) -> None:
    for text in notes(GRANTS, language).values():
        assert "grantees" not in text and "funding rounds" not in text


PRAISE = re.compile(r"\b(?:good|great|glad|encouraging|enjoyed|highlight|loved|exciting)\b", re.I)


@pytest.mark.parametrize(
    "jot",
    [
        "marta: ferry crossings short 3 deckhands for the summer timetable",
        "marta - on-time departures down from 94% to 81% since the new berth",
        "marta: problem = crew fatigue on the late sailings",
    ],
)
def test_a_problem_is_never_praised(jot, language) -> None:
    record = a_round(
        "Sound Crossing Ferries",
        "Operations Supervisor",
        [person("Marta Lindgren", "m.lindgren@soundcrossing.example")],
        [jot],
    )
    text = notes(record, language)["Marta Lindgren"]
    said = next(
        s for s in re.split(r"(?<=[.!?])\s+", text) if re.search(r"deckhand|departures|fatigue", s)
    )
    assert not PRAISE.search(said), said


def test_the_coordinator_hears_the_point_by_the_name_the_notes_use(language) -> None:
    record = a_round(
        "Brightwater Dental",
        "Practice Manager",
        [
            person("Dr. Anil Varma", "a.varma@brightwater.example"),
            person("Jess Tran", "j.tran@brightwater.example", "coordinator"),
        ],
        ["anil: no-show rate 14%, wants <5 by summer"],
    )
    said = notes(record, language)
    assert (
        "you want to bring the no-show rate down from 14% to under 5% by summer"
        in said["Dr. Anil Varma"]
        or "bringing the no-show rate down from 14% to under 5% by summer" in said["Dr. Anil Varma"]
    )
    # session 39: the coordinator, who was not in the room, hears whom the candidate met and
    # no point of the day (dev recruiters read it as telling her of a round she never saw)
    assert "no-show" not in said["Jess Tran"] and "Dr. Varma" in said["Jess Tran"]


def test_a_name_is_written_as_the_record_writes_it(language) -> None:
    record = {
        **a_round(
            "Harbourside Bistro",
            "Restaurant Manager",
            [person("Pita Fonoti", "p.fonoti@harbourside.example")],
            ["pita: moving all bookings to resdiary by june"],
        ),
        "items": ["the ResDiary tablet at the host stand"],
    }
    text = notes(record, language)["Pita Fonoti"]
    assert "moving all bookings to ResDiary by June" in text, text


def test_a_jot_that_names_the_reader_by_title_is_theirs(language) -> None:
    record = a_round(
        "Riverbend Care Home",
        "Deputy Manager",
        [
            {"name": "Grace Mwangi", "email": "g.mwangi@riverbend.example", "title": "DON",
             "role": "interviewer"},
            person("Tom Reyes", "t.reyes@riverbend.example"),
        ],
        ["DON: falls 11 a month, she wants <5 by autumn", "tom: new rota from june"],
    )  # fmt: skip
    said = notes(record, language)
    # a figure under ten typed in note style ("<5") is said in words (cf9024e)
    assert "bring falls down from 11 to under five a month by autumn" in said["Grace Mwangi"] or (
        "bringing falls down from 11 to under five a month by autumn" in said["Grace Mwangi"]
    ), said["Grace Mwangi"]


def test_a_point_the_bridge_says_whole_is_not_said_twice(language) -> None:
    record = a_round(
        "Northwind Outdoor",
        "Marketing Analytics Lead",
        [
            person("Ivo Brandt", "i.brandt@northwind.example"),
            person("Saskia Roy", "s.roy@northwind.example"),
        ],
        ["ivo runs the in-house MMM, wants someone who can read the model not just run campaigns"],
    )
    profile = Profile(
        name="Lena Ortiz",
        email="lena.o@post.example",
        phone=None,
        qualifications=["Managed a paid media budget of 6 million a year"],
    )
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    facts = compose.compose(
        interview, profile, plan, "email", interview.interviewers, date(2027, 4, 15),
        language, each=True,
    )  # fmt: skip
    text = " ".join(next(f for f in facts if f.to_name == "Ivo Brandt").paragraphs)
    assert text.count("read the model") <= 1, text

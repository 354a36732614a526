"""The candidate's own exercise (a case study, tasting dish, demo lesson, take-home or
presentation) is thanked as theirs, in the note to the panel member the record says remarked
on it, with what that person said when it reads; a topic is credited to a person only when
the record ties it to them."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import PersonRole, Profile
from followup.core.records import from_record, parse_person
from followup.services import drafting, planning

SETTINGS = load_settings(env={})
LANGUAGE = drafting.load_data(SETTINGS).language


def _round(topics: list[str], people: list[str], country: str = "US"):
    interview = from_record(
        {
            "company": "Bramble & Finch",
            "role": "Pastry Chef",
            "interviewed": "2026-11-16",
            "format": "in-person",
            "channel": "email",
            "tz": "America/Chicago",
            "country": country,
            "people": [],
            "topics": topics,
            "items": [],
        }
    )
    typed = [
        (people[0], PersonRole.COORDINATOR),
        *((p, PersonRole.INTERVIEWER) for p in people[1:]),
    ]
    interview.people = [parse_person(t, role, "--interviewer") for t, role in typed]
    return interview


PANEL = [
    "Rosa Ibarra (HR) <rosa@bramble.example>",
    "Head Chef Odile Marchand <odile@bramble.example>",
    "Teo Vasquez, sous chef <teo@bramble.example>",
]


@pytest.mark.parametrize(
    ("topic", "owner", "feedback"),
    [
        (
            "my tasting dish - pear tarte tatin, odile said the caramel went too dark",
            "Odile Marchand",
            ("point", "the caramel went too dark"),
        ),
        (
            "my plated dessert (my exercise) - teo suggested to rest the dough longer",
            "Teo Vasquez",
            ("advice", "rest the dough longer"),
        ),
        (
            "my costing presentation: chef marchand questioned my labour figures",
            "Odile Marchand",
            ("about", "my labour figures"),
        ),
        ("my tasting dish, teo liked the plating", "Teo Vasquez", None),
    ],
)
def test_an_exercise_belongs_to_whoever_remarked_on_it(topic, owner, feedback) -> None:
    spec = compose.exercise_of(topic, _round([topic], PANEL), LANGUAGE.lexicon)
    assert spec is not None and spec.kind == "exercise" and spec.usable
    assert spec.owner == owner
    assert spec.feedback == feedback
    assert spec.text.startswith("my ") and " said" not in spec.text


@pytest.mark.parametrize(
    "topic", ["seasonal menu change in march", "odile: the brunch launch", "short on weekends"]
)
def test_a_topic_that_is_no_exercise_is_read_as_before(topic) -> None:
    assert compose.exercise_of(topic, _round([topic], PANEL), LANGUAGE.lexicon) is None


def _notes(interview) -> dict[str, str]:
    profile = Profile("Ines Dorado", "ines@example.com", None, ["6 yrs pastry @ hotel grand"])
    day = date(2026, 11, 18)
    plan = planning.Planner(SETTINGS, day)(interview)
    out = {}
    for each in (False, True):
        batch = drafting.compose_drafts(
            SETTINGS, interview, profile, plan, kind="email", each=each, today=day
        )
        for w in batch.written:
            out[w.draft.to_name or ""] = w.draft.body
    return out


def test_the_note_to_the_person_who_remarked_thanks_them_for_it_and_says_what_they_said() -> None:
    interview = _round(
        [
            "my tasting dish - pear tarte tatin, odile said the caramel went too dark",
            "new dessert menu for the spring",
            "teo's story: started as a dishwasher",
        ],
        PANEL,
    )
    notes = _notes(interview)
    odile = notes["Odile Marchand"]
    assert "my tasting dish" in odile, odile
    assert "the caramel went too dark" in odile, odile
    for name, body in notes.items():
        if name != "Odile Marchand":
            assert "caramel" not in body and "tasting dish" not in body, (name, body)
    coordinator = notes["Rosa Ibarra"]
    # the spring menu is tied to nobody: the coordinator's note credits it to no one
    assert "from Odile" not in coordinator and "from Teo" not in coordinator, coordinator
    assert "Odile and Teo talked" not in coordinator and "Teo and Odile" not in coordinator


def test_a_topic_tied_to_one_person_is_credited_to_them_alone() -> None:
    interview = _round(["odile: new dessert menu for the spring"], PANEL)
    coordinator = _notes(interview)["Rosa Ibarra"]
    assert "from Odile and Teo" not in coordinator, coordinator
    assert "Teo" not in coordinator.split("thank")[0] or "menu" not in coordinator, coordinator


def test_an_item_nobody_is_recorded_as_showing_is_thanked_to_no_one_in_a_panel() -> None:
    """'Thank you for showing me the blast chiller' only to whoever the record says showed
    it; with a panel and no name on it, a note speaks of the item, not of who showed it."""
    from followup.core import writer

    def pen(owned: bool) -> writer.Writer:
        values = {"topic": "the new blast chiller", "topic_owned": "yes" if owned else None}
        return writer.Writer(LANGUAGE.bank, values, lambda *a: 0, writer.Panel(), lambda w: w)

    for template in LANGUAGE.bank.slots["spec.item"]:
        claims = "showing" in template or "you showed" in template
        assert pen(owned=False)._not_theirs("spec.item", template) == claims, template
        assert not pen(owned=True)._not_theirs("spec.item", template), template

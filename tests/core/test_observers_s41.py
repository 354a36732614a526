"""Someone who only watched is never credited with a topic (issue 10, session 41).

Session 40's recruiters graded 2 a note that thanked an observer from faculty affairs ('here
to observe the process', asked nothing) for being talked through the candidate's teaching
demo: 'invented: observer only'. A person's line that says they only watched is kept in the
round's notes ('Deborah: observed only, asked nothing.', services.records.with_asked_names),
and compose.distribute hands them no topic the record does not tie to them, no topic of their
job's field, and not the candidate's own presentation: their note thanks them for their time
and names who else the candidate met. An assessor who observed the candidate's exercise, or an
observer who asked a question after all, is no such person."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core.models import Format, Person, PersonRole, Profile
from followup.core.people import observed_only
from helpers_drafts import drafts_of, email_round


@pytest.mark.parametrize(
    "line",
    [
        "Deborah Ancelet, Office of Faculty Affairs - dancelet@x.example - 'here to observe the"
        " process', asked nothing",
        "organised labour observer (shop steward) - Mr Jacobs? - observer only, said nothing but"
        " good morning, no email",
        "Summer - kept time on her phone, didn't ask anything",
        "Priya Rao, HR - just observed",
    ],
)
def test_a_line_that_says_they_only_watched(line):
    assert observed_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "a bloke from the airport operator's security team - 'observing for the client', asked 1"
        " question about complaints",
        "Kofi Mensah - deputy head, observed my lesson and gave feedback",
        "Jonas - eng lead, sat in for the case study",
        "Ana Ruiz - observability lead",
    ],
)
def test_a_line_that_says_they_took_part(line):
    assert not observed_only(line)


def _round(notes):
    return email_round(
        "Lafitte State University",
        "Assistant Professor of Wetland Ecology",
        [
            Person("Tammy Reed", "tammy@lafitte.example", role=PersonRole.COORDINATOR),
            Person("Renee Broussard", "renee@lafitte.example", title="search committee chair"),
            Person("Chris Landry", "chris@lafitte.example", title="professor of hydrology"),
            Person("Deborah Ancel", "deborah@lafitte.example", title="Office of Faculty Affairs"),
        ],
        format=Format.IN_PERSON,
        country="US",
        interviewed=date(2027, 3, 2),
        topics=[
            "renee: running the summer field course in may",
            "my teaching demo on nitrogen cycling",
            "the startup package and the first federal proposal",
            "the field station and its boats",
        ],
        notes=notes,
    )


PROFILE = Profile(
    "Maya Fontaine",
    "maya@example.com",
    qualifications=["PhD in Ecology", "Four years of fieldwork in Gulf Coast marshes"],
)


def _to_deborah(notes):
    notes = [
        w
        for w in drafts_of(_round(notes), PROFILE, today=date(2027, 3, 3))
        if w.draft.to_name == "Deborah Ancel"
    ]
    assert len(notes) == 1
    return notes[0].draft.body


def test_an_observer_is_credited_with_no_topic_nor_the_demo():
    body = _to_deborah("Deborah: observed only, asked nothing.")
    for said in ("nitrogen", "demo", "startup", "field station", "boats", "field course"):
        assert said not in body, body


def test_without_the_remark_the_topics_are_handed_out_as_before():
    body = _to_deborah(None)
    assert any(said in body for said in ("nitrogen", "startup", "field station")), body


def test_the_remark_typed_with_the_person_is_kept_in_the_notes():
    from followup.core.records import parse_person
    from followup.services.records import with_asked_names

    deborah = parse_person(
        "Deborah Ancel, Office of Faculty Affairs - deborah@lafitte.example - 'here to observe"
        " the process', asked nothing",
        PersonRole.INTERVIEWER,
    )
    interview = _round(None)
    interview.people = [*interview.people[:3], deborah]
    notes = with_asked_names(interview).notes or ""
    assert "Deborah: observed only, asked nothing." in notes

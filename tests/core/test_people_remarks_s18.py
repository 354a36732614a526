"""A person typed with what they did or a count beside the name (issue 10): roles, remarks,
actions and counts are never names. The name is what the record makes one; a note never
greets, thanks or lists a remark ('kept the time'), a count ('case round 3') or a title with
a count in it, and where no name can be read it greets the team."""

from dataclasses import replace
from datetime import date

import pytest
from tests.core.test_compose import a_plan, fixture

from followup.core import compose
from followup.core.models import Person, PersonRole
from followup.core.people import is_remark, split_person


@pytest.mark.parametrize(
    ("typed", "remark"),
    [
        ("kept the time", True),  # an irregular past: what they did
        ("sat in", True),
        ("ran the case study", True),
        ("observed the tasting", True),  # a regular past, no preposition after it
        ("case round 3", True),  # a count
        ("2nd panel interview", False),  # a count beside a job word: a title
        ("acting charge nurse", False),  # an -ing word that is part of a title
        ("registered dietitian", False),
        ("drew okonkwo", False),  # 'drew' before a surname no dictionary holds: a name
        ("rose abernathy", False),
        ("Sterling", False),
        ("marisol", False),
    ],
)
def test_what_someone_did_or_a_count_is_a_remark(typed, remark) -> None:
    assert is_remark(typed) is remark


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        # a count after the department, an address at the end
        (
            "marisol - treasury, case round 3 - marisol.ortega@harbourbank.example",
            "marisol",
            "treasury",
        ),
        # what they did after the bracketed department
        ("tariq (Ops) - kept the time", "tariq", "Ops"),
        # what they did after the title
        ("Mrs Adaeze Obi, lab manager, showed me the cold room", "Mrs Adaeze Obi", "lab manager"),
        # pronouns in brackets are no title; the job holds a count
        ("ifeoma - charge nurse bay 4 (she/her)", "ifeoma", "charge nurse bay 4"),
        ("Kofi Mensah (he/him) - sat in", "Kofi Mensah", None),
    ],
)
def test_a_remark_or_a_count_beside_a_name_is_never_the_name(typed, name, title) -> None:
    person = split_person(typed, "GB")
    assert (person.name, person.title) == (name, title)


def _language():  # noqa: ANN202
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


def _interviewer(name: str, title: str | None = None, email: str | None = None) -> Person:
    return Person(role=PersonRole.INTERVIEWER, name=name, title=title, email=email)


@pytest.mark.parametrize(
    "stored",
    [
        _interviewer("kept the time", "Ops"),  # a remark stored where the name goes
        _interviewer("case round 3", "treasury"),  # a count
        _interviewer("charge nurse bay 4"),  # a title with a count in it
    ],
)
def test_a_plans_note_thanks_no_remark_or_count(stored) -> None:
    interview, profile = fixture("northwind_video_panel")
    coordinator = next(p for p in interview.people if p.role is PersonRole.COORDINATOR)
    named = _interviewer("Halima Yusuf", "Ward Manager", "halima@stgiles.example")
    interview = replace(interview, people=[coordinator, named, stored])
    (note,) = compose.compose(
        interview, profile, a_plan(), "email", [coordinator], date(2026, 4, 23), _language()
    )
    text = "\n".join(note.paragraphs)
    first_word = stored.name.split()[0]
    assert first_word.capitalize() not in text and first_word not in text.split()
    assert "Halima" in text  # the one the record names is still thanked


def test_a_note_to_an_address_with_a_count_for_a_name_greets_the_team() -> None:
    interview, profile = fixture("oakridge_school_panel")
    stored = _interviewer("case round 3", "treasury", "panel3@harbourbank.example")
    interview = replace(interview, people=[stored])
    (note,) = compose.compose(
        interview, profile, a_plan(), "email", [stored], date(2026, 4, 23), _language()
    )
    assert note.greeting == "Dear Hiring Team,"

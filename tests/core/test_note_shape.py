"""The shape of a note: who is thanked for the candidate's own exercise, which qualification a
note offers when nothing of the reader's fits one, and no stock line that would fit any round.
Rounds in fresh wording (a ferry operator, a museum, a bakery)."""

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

    return drafting.load_data(load_settings(env={}), "GB").language


def a_round(people: list[dict], topics: list[str], **more: object) -> dict:
    return {
        "company": "Solent Link Ferries",
        "role": "Terminal Operations Lead",
        "interviewed": "2027-03-09",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "subdiv": "ENG",
        "people": people,
        "topics": topics,
        **more,
    }


def person(name: str, email: str | None, title: str | None = None) -> dict:
    return {"name": name, "email": email, "title": title, "role": "interviewer"}


PROFILE = Profile(
    name="Tamsin Rowe",
    email="tamsin.rowe@post.example",
    phone=None,
    qualifications=[
        "Six years running vehicle marshalling on a roll-on roll-off berth",
        "Wrote the berth's weather cancellation procedure",
    ],
)


def notes(record: dict, language: compose.Language, profile: Profile = PROFILE) -> list:
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    return compose.compose(
        interview, profile, plan, "email", interview.interviewers, date(2027, 3, 10), language,
        each=True,
    )  # fmt: skip


def test_the_candidates_own_exercise_goes_to_each_panel_member_with_nothing_else(
    language,
) -> None:
    """A presentation the candidate gave was the whole panel's: whoever the record ties to
    nothing is thanked for their part in it, not told they were 'met alongside' the rest."""
    record = a_round(
        [
            person("Gareth Penhale", "g.penhale@solentlink.example", "Port Manager"),
            person("Yasmin Choudhury", "y.choudhury@solentlink.example", "Safety Advisor"),
            person("Olu Bankole", "o.bankole@solentlink.example", "Shift Supervisor"),
        ],
        [
            "my presentation on turnaround times for the freight sailings",
            "gareth: the linkspan refurbishment next winter",
        ],
    )
    interview = from_record(record)
    specs = [s for s in compose.specifics_of(interview, language) if s.usable]
    shares = compose.distribute(interview.interviewers, specs, language)
    exercise = next(s for s in specs if s.kind == "exercise")
    assert all(share for share in shares)  # nobody is left to the panel line
    assert sum(exercise in share for share in shares) == 2  # Yasmin and Olu both saw it
    assert exercise not in shares[0]  # Gareth has his own topic
    for note in notes(record, language):
        body = " ".join(note.paragraphs)
        assert "presentation" in body or "linkspan" in body, body


def test_an_exercise_someone_remarked_on_stays_with_them(language) -> None:
    record = a_round(
        [
            person("Gareth Penhale", "g.penhale@solentlink.example"),
            person("Yasmin Choudhury", "y.choudhury@solentlink.example"),
        ],
        ["gareth had me plan the loading order for a full freight sailing"],
    )
    interview = from_record(record)
    specs = [s for s in compose.specifics_of(interview, language) if s.usable]
    shares = compose.distribute(interview.interviewers, specs, language)
    assert all(s.recorded != record["topics"][0] for s in shares[1])  # not Yasmin's


def test_topics_nobody_owns_go_first_to_people_a_note_is_written_to(language) -> None:
    record = a_round(
        [
            person("Bryony Tregear", None, "Duty Manager"),  # no address: no note to her
            person("Kit Marsden", "k.marsden@solentlink.example", "Harbour Master"),
        ],
        ["the new passenger boarding bridge"],
    )
    interview = from_record(record)
    specs = [s for s in compose.specifics_of(interview, language) if s.usable]
    shares = compose.distribute(interview.interviewers, specs, language)
    assert [s.recorded for s in shares[1]] == ["the new passenger boarding bridge"]
    assert shares[0] == []


def test_a_claim_with_no_link_is_the_profiles_prose_before_a_jotted_line(language) -> None:
    """When nothing of the reader's fits a qualification, the note offers one the user wrote
    with care in the profile before one jotted for this application."""
    record = a_round(
        [person("Kit Marsden", "k.marsden@solentlink.example")],
        ["the staff canteen refit"],
        qualifications=["ex-RN, 4 yrs bridge watchkeeping"],
        role="Vehicle Marshalling Lead",  # the profile's lines fit the role
    )
    (note,) = notes(record, language)
    assert note.qualification in PROFILE.qualifications


STOCK = re.compile(
    r"what I learned there|build on in this role|bring my experience to your team|"
    r"I should add that|sense of the .* position|how the work at|how the team at|"
    r"look at the team|rounded view|fuller picture of the team|several sides|"
    r"different angle on the work|put faces to the team|mix of views|was interesting too",
    re.IGNORECASE,
)


def test_no_stock_line_that_would_fit_any_round(language) -> None:
    """Sentences recruiters read as a template (a tail that points at nothing, a panel line
    about 'the team', a vague hook) are not in the bank, and no note of a quiet panel, where
    most people have nothing of their own, says them."""
    for slot, variants in language.bank.slots.items():
        for v in variants:
            assert not STOCK.search(v), (slot, v)
    record = a_round(
        [
            person("Gareth Penhale", "g.penhale@solentlink.example"),
            person("Yasmin Choudhury", "y.choudhury@solentlink.example"),
            person("Olu Bankole", "o.bankole@solentlink.example"),
            person("Nell Ashby", "n.ashby@solentlink.example"),
        ],
        [],
    )
    for note in notes(record, language):
        body = " ".join(note.paragraphs)
        assert not STOCK.search(body), body
        assert len(compose.sentences(body)) <= 5, body

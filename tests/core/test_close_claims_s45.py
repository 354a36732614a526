"""What a close says the candidate would bring (session 45): a line of work done or a licence
held, when it answers nothing of the reader's, is said inside the close in words that end
before a comma or a verb ('With my experience leading …, I'd be glad to join …'), so that a
panel's notes do not each close on 'bring my skills to the team at …'. Rounds in fresh
wording (a joinery workshop, a housing charity)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose, phrasing
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


def said_in_close(line: str, language: compose.Language) -> tuple[str, bool] | None:
    return compose.claim_in_close(phrasing.qualification(line, language.lexicon), language.wording)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "I led the move of our stock system to Unleashed in 2024",
            "my experience leading the move of my team's stock system to Unleashed in 2024",
        ),
        (
            "I've managed a team of 12 joiners across two sites",
            "my experience managing a team of 12 joiners across two sites",
        ),
        (
            "I set up the charity's first tenancy sustainment service",
            "my experience setting up the charity's first tenancy sustainment service",
        ),
        (
            "I wrote the workshop's dust extraction procedure, which the HSE inspector praised",
            "my experience writing the workshop's dust extraction procedure",
        ),
        (
            "I hold a current forklift licence and an IPAF certificate",
            "my current forklift licence and an IPAF certificate",
        ),
        (
            "I hold a CAAM Part-66 B1.1 Aircraft Maintenance Licence",
            "my CAAM Part-66 B1.1 Aircraft Maintenance Licence",
        ),
    ],
)
def test_work_done_and_licences_held_are_said_as_the_candidates_own(language, line, said) -> None:
    got = said_in_close(line, language)
    assert got is not None and got[0] == said and got[1] is True


def test_years_of_work_keep_their_first_thought_only(language) -> None:
    got = said_in_close(
        "I have 9 years in supported housing, the last three as a team leader", language
    )
    assert got == ("my nine years in supported housing", False) or got == (
        "my 9 years in supported housing",
        False,
    )


@pytest.mark.parametrize(
    "line",
    [
        "I hold a BSc in Housing Studies",  # a degree brought to a firm reads as a CV's first line
        "I have completed the IOSH Managing Safely course",  # a course passed: no work done
        "I passed my NVQ Level 3 in Bench Joinery",
        "I speak Polish and English",
        "I hold a full UK driving licence",  # the licence everyone has says nothing of the work
        "I hold an EU Blue Card",  # a right to work is no qualification
        "I enjoy hillwalking at weekends",
        "I led",  # nothing said after the verb
    ],
)
def test_degrees_courses_and_facts_of_life_are_not_said_in_a_close(language, line) -> None:
    assert said_in_close(line, language) is None


def test_a_code_keeps_its_last_figure() -> None:
    """'B1.1 Aircraft': the last figure of a code is no count before a unit ('a one-aircraft')."""
    from followup.config import load_settings
    from followup.services import drafting

    lexicon = drafting.load_data(load_settings(env={}), "GB").language.lexicon
    clause = phrasing.qualification("I hold a B1.1 Aircraft Licence", lexicon).clause
    assert clause == "I hold a B1.1 Aircraft Licence"


def person(name: str, email: str | None, title: str | None = None) -> dict:
    return {"name": name, "email": email, "title": title, "role": "interviewer"}


def test_a_panel_whose_topics_no_line_answers_closes_on_what_the_candidate_has(language) -> None:
    """Three readers, three topics no line answers: the notes say lines of work done inside
    their closes, each a different one, never 'bring <work done> to <company>' (where the
    company reads as the object of the work), and at most one note closes on the stock
    'bring my skills / experience to …'."""
    record = {
        "company": "Harrowgate Joinery",
        "role": "Workshop Supervisor",
        "interviewed": "2027-03-09",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "subdiv": "ENG",
        "people": [
            person("Nadia Okafor", "nadia@harrowgate.example", "Managing Director"),
            person("Callum Reid", "callum@harrowgate.example", "Production Manager"),
            person("Priya Desai", "priya@harrowgate.example", "Office Manager"),
        ],
        "topics": [
            "nadia: the new showroom opening in Harrogate town centre next spring",
            "callum: the cnc router arriving in june",
            "priya: the move to paperless job sheets",
        ],
        "qualifications": [
            "I led the move of our stock system to Unleashed in 2024",
            "I've trained four apprentices through their Level 3",
            "I set up a weekly toolbox talk for the whole shop floor",
        ],
    }
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    profile = Profile(name="Sam Hardy", email="sam@post.example", phone=None, qualifications=[])
    notes = compose.compose(
        interview, profile, plan, "email", interview.interviewers, date(2027, 3, 10), language,
        each=True,
    )  # fmt: skip
    closes = [n.paragraphs[-1] for n in notes]
    done = [c for c in closes if "my experience" in c]
    assert len(done) >= 2, closes
    assert len({re.search(r"my experience (\w+)", c).group(1) for c in done}) == len(done), closes
    assert not any(re.search(r"bring my experience \w+ing .* to Harrowgate", c) for c in closes)
    stock = [
        c for c in closes if re.search(r"bring my (?:skills|experience|background)\b(?! \w+ing)", c)
    ]
    assert len(stock) <= 1, closes


def test_an_item_listed_alone_is_whose_jot_speaks_of_it(language) -> None:
    """'shell content in nibs' in the items list is the one person's whose own jot speaks of
    the shell in the nib; no one's when two people's jots do, or none."""
    kouadio = compose.Specific(
        "the shell", "topic", "Ms. Kouadio: shell in the nib - she wants < 1.5%", "the shell",
        owner="Aya Kouadio",
    )  # fmt: skip
    tetteh = compose.Specific(
        "the cut test", "topic", "Mr. Tetteh: cut test, mouldy max 3%", "the cut test",
        owner="Nii Armah Tetteh",
    )  # fmt: skip
    wording = language.wording
    assert compose._item_owner("shell content in nibs", [kouadio, tetteh], wording) == "Aya Kouadio"
    assert compose._item_owner("bean cut test", [kouadio, tetteh], wording) == "Nii Armah Tetteh"
    both = compose.Specific("x", "topic", "Ms. Kouadio: the cut test too", "x", owner="Aya Kouadio")
    assert compose._item_owner("bean cut test", [kouadio, tetteh, both], wording) == ""
    assert compose._item_owner("EU pesticide MRLs", [kouadio, tetteh], wording) == ""


def test_a_topic_is_said_without_the_list_of_its_figures() -> None:
    """The reader's own figures recited back read as the jot (session 45): a long jotted
    phrase with two figures or more says what it is about, up to where its figures begin."""

    def told(p: str) -> str:
        return compose._told(compose.Specific(p, "challenge", p, p), p)

    assert (
        told(
            "average handle time of 9 minutes 40 against a target of 7 minutes 30, CSAT at 71 per "
            "cent, and attrition of 8 per cent a month in the first 90 days"
        )
        == "average handle time"
    )
    assert (
        told(
            "turning tools into detections, with Elastic SIEM raising about 400 alerts a day "
            "and 95 per cent of them noise"
        )
        == "turning tools into detections"
    )
    kept = "book challenges, including the 11 formal ones last year, and how to handle a parent"
    assert told(kept) == kept  # one figure: said as it is
    assert told("your plan to cut agency use from 31% to 8%") == "your plan to cut agency use"
    short = "agency use from 31% to 8%"
    assert told(short) == short  # too short to be a list of figures


def test_the_licence_everyone_has_is_never_what_a_close_brings(language) -> None:
    """'bring my Ohio driver's license to Buckeye Comfort' (v39, graded 2): a driving licence
    or a right to work is no claim a close says, whatever form the line has."""
    for line in ("Ohio driver's license", "I hold a full UK driving licence", "EU Blue Card"):
        claim = phrasing.qualification(line, language.lexicon)
        assert compose.claim_as_mine(claim) is None, (line, claim)
        assert said_in_close(line, language) is None, line

"""What recruiters stumbled on in drafts, by kind: a remark jotted as a clause slotted as a
noun, a qualification with an abbreviation only the candidate knows or no bearing on the job,
a title greeted as if it were a name, a legal form inside a sentence, something shown in
confidence repeated, the employer's problem praised."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing, writer
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LANGUAGE = DATA.language
LEXICON = LANGUAGE.lexicon


def _round(topics: Sequence[str], items: Sequence[str] = (), notes: str | None = None) -> Interview:
    return Interview(
        company="Tideway Couriers Ltd",
        role="operations analyst",
        interviewed=date(2026, 11, 23),
        format=Format.VIDEO,
        people=[
            Person("Ines Duarte", email="ines@tideway.example"),
            Person("Owen Blake", email="owen@tideway.example"),
            Person("Priya Nair", email="priya@tideway.example", role=PersonRole.COORDINATOR),
        ],
        topics=list(topics),
        items=list(items),
        notes=notes,
        qualifications=["4 yrs dispatch planning at DPD"],
        country="GB",
    )


def _notes(interview: Interview) -> dict[str, str]:
    profile = Profile(name="Sam Okoro", email="sam@example.co.uk")
    written = compose.compose(
        interview, profile, None, "email", interview.interviewers + [interview.coordinator],
        date(2026, 11, 25), LANGUAGE, each=True,
    )  # fmt: skip
    return {n.to_name: "\n".join(n.paragraphs) for n in written}


def test_a_clause_about_how_things_are_is_said_as_how() -> None:
    notes = _notes(
        _round(
            ["couriers skip the second delivery attempt", "the ledger falls over at quarter end"]
        )
    )
    text = "\n".join(notes.values())
    assert re.search(r"how (?:the )?couriers skip the second delivery attempt", text), text
    assert "how the ledger falls over at quarter end" in text
    for sentence in compose.sentences(text):
        low = sentence.lower()
        assert not low.startswith("how "), sentence  # never a clause as a subject
        assert "approaching how" not in low and "about how" not in low.split("how", 1)[0]


@pytest.mark.parametrize(
    "topic",
    [
        "the new depot opens in Leeds next year",  # a plan: no 'how'
        "darren started the business with one van in 2008",  # someone's story
        "Bo's dad founded the company in 1978",
    ],
)
def test_a_plan_or_a_story_is_not_said_as_how(topic: str) -> None:
    text = "\n".join(_notes(_round([topic, "the new depot"])).values())
    assert "how the" not in text.replace("how the team", "").replace("how the work", ""), text


# --- qualifications ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "PP lead at current school",  # whose lead: only the candidate knows 'PP'
        "CP coordinator at current school",
        "g licence and own car",  # a lone letter
        "BScN 2020 McMaster",  # a year in the middle
        "diplomado comercio exterior",  # words that are not English
        "starting C1 course in January",  # under way, not experience
        "doing NEBOSH next month",
    ],
)
def test_a_qualification_a_reader_would_stumble_on_is_not_said(line: str) -> None:
    assert not phrasing.qualification(line, LEXICON).sure


def test_a_qualification_says_whose_school() -> None:
    q = phrasing.qualification("head of department at current school", LEXICON)
    assert "at my current school" in q.clause


def test_what_is_done_is_not_held() -> None:
    q = phrasing.qualification("teaching GCSE maths", LEXICON)
    assert q.sure and q.clause == "I have experience teaching GCSE maths"


def test_a_driving_licence_is_offered_only_where_it_matters() -> None:
    interview = _round(["the new depot"])
    interview.qualifications = ["full clean licence", "4 yrs dispatch planning at DPD"]
    quals = compose.qualifications_for(interview, Profile("Sam Okoro"), LANGUAGE)
    assert quals == ["4 yrs dispatch planning at DPD"]
    interview.role = "delivery driver"
    quals = compose.qualifications_for(interview, Profile("Sam Okoro"), LANGUAGE)
    assert "full clean licence" in quals


# --- titles, companies --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "us", "gb"),
    [
        ("Engr. Chidi Okonkwo", "Engr. Okonkwo", "Engr Okonkwo"),
        ("Engr Bola", "Engr. Bola", "Engr Bola"),
        ("Lt. Cmdr. Dana Ruiz (ret.)", "Cmdr. Ruiz", "Cmdr Ruiz"),
        ("Sgt. Ortiz", "Sgt. Ortiz", "Sgt Ortiz"),
        ("Cr. Ross Whitaker", "Cr Whitaker", "Cr Whitaker"),
        ("Revd. Tom Hale", "Revd Hale", "Revd Hale"),
        ("D. Julián Blanco", "Mr. Blanco", "Mr Blanco"),  # the Spanish 'Don'
        ("Dña. Carmen Ruiz", "Ms. Ruiz", "Ms Ruiz"),
        ("Lic. Mario Pérez", "Mario", "Mario"),  # a degree, said of no one in English
        ("D. Blanco", "D. Blanco", "D. Blanco"),  # an initial
        ("Col Brady", "Col", "Col"),  # Colin: a title only with its stop
        ("Col. Amy Brady", "Col. Brady", "Col Brady"),
    ],
)
def test_a_title_is_never_greeted_alone(typed: str, us: str, gb: str) -> None:
    assert phrasing.salutation(typed) == us
    assert phrasing.salutation(typed, title_stop=False) == gb


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Wayfare Mobility, Inc.", "Wayfare Mobility"),
        ("Karoo Fresh (Pty) Ltd", "Karoo Fresh"),
        ("Grupo Alvarado S.A. de C.V.", "Grupo Alvarado"),
        ("Mehta Brothers Pvt Ltd", "Mehta Brothers"),
        ("The Quayside Hotel Ltd.", "the Quayside Hotel"),
        ("Brightpath Youth CIC", "Brightpath Youth"),
        ("Smith & Co.", "Smith & Co."),
        ("Banco de", "Banco de"),
    ],
)
def test_a_company_is_said_without_its_legal_form(company: str, said: str) -> None:
    assert phrasing.company_phrase(company, LEXICON) == said


def test_no_legal_form_in_a_sentence() -> None:
    for text in _notes(_round(["the new depot"])).values():
        assert "Ltd" not in text and "Tideway Couriers" in text or "Tideway" not in text


# --- in confidence ----------------------------------------------------------------------------


def test_what_was_shown_in_confidence_is_never_said() -> None:
    interview = _round(
        ["their Q3 roadmap (not public yet)", "the new depot", "the merger talks"],
        items=["route optimiser prototype - under NDA"],
        notes="The merger is confidential, don't mention it.",
    )
    notes = _notes(interview)
    text = "\n".join(notes.values()).lower()
    for word in ("roadmap", "prototype", "merger", "nda"):
        assert not re.search(rf"\b{word}\b", text), text
    assert "depot" in text
    p = phrasing.phrase_topic("their Q3 roadmap (not public yet)", LEXICON)
    assert phrasing.CONFIDENTIAL in p.doubts and not p.short_them


@pytest.mark.parametrize(
    "jotted",
    [
        "the Halo 2 headset (prototype, shown on camera - Mia said don't tell anyone)",
        "new loyalty app - asked me not to share it yet",
        "the Leeds site move, hasn't been announced",
        "their unreleased pricing tiers",
        "the rebrand (sworn to secrecy)",
    ],
)
def test_asked_not_to_pass_it_on_is_in_confidence(jotted: str) -> None:
    assert phrasing.confidential(jotted, LEXICON)


@pytest.mark.parametrize(
    "jotted",
    [
        "the new depot, not to mention the night shift",
        "how they share rota swaps",
        "the pre-shift huddle",
    ],
)
def test_ordinary_topics_are_not_in_confidence(jotted: str) -> None:
    assert not phrasing.confidential(jotted, LEXICON)


# --- frames a clause cannot fill --------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "unfit"),
    [
        ("I valued hearing how the team is approaching {topic}.", True),
        ("{Topic} has stayed on my mind.", True),
        ("I've kept thinking about {topic} since.", True),
        ("I appreciated the frank discussion of {topic}.", False),
        ("Thank you for being candid about {topic}.", False),
    ],
)
def test_a_how_clause_fills_only_frames_that_take_one(template: str, unfit: bool) -> None:
    values = {"topic": "how couriers skip the second attempt"}
    assert writer.clause_unfit(template, values) is unfit
    assert not writer.clause_unfit(template, {"topic": "the new depot"})

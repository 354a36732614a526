"""Session 37 kinds: a frame never stammers round its topic ('talk about talking …'), a
wh-clause only after a preposition, a claim of two clauses ends its sentence, a long topic
with a figure's 'about' still ends its sentence, every slot that names a topic has frames
that end on it; a test or take-home is credited only to who was there; the reader named
in a topic is 'you'; a CV line whose tail is done and over is said in the simple past.
Rounds and words invented for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose, phrasing, writer
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record
from helpers_drafts import a_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def one(slots: dict[str, tuple[str, ...]], slot: str, values: dict[str, str | None]) -> str | None:
    w = writer.Writer(
        bank=writer.Bank(slots=slots, shapes={}), values=values, choose=lambda s, n: 0,
        panel=writer.Panel(), spelling=writer.Spelling(),
    )  # fmt: skip
    w.said = 1
    return w.sentence(slot)


# --- frames ---------------------------------------------------------------------------------


def test_a_frame_never_says_the_topics_first_word_again() -> None:
    slots = {"spec": ("I was glad we could talk about {topic}.", "It was good to hear {topic}.")}
    topic = "talking to the parish councils and the county engineers in the same week"
    assert one(slots, "spec", {"topic": topic}) == f"It was good to hear {topic}."
    assert writer.leads_with_its_verb("The discussion of {topic}.", {"topic": "discussing it"})
    assert not writer.leads_with_its_verb("I was glad to talk about {topic}.", {"topic": "the"})


def test_a_wh_clause_topic_comes_only_after_a_preposition() -> None:
    slots = {
        "spec.question": (
            "I've given {topic} more thought since.",
            "{Topic} has stayed with me.",
            "I've kept thinking over your question on {topic}.",
        )
    }
    topic = "when a site lead should stop the crane lift for wind"
    said = one(slots, "spec.question", {"topic": topic, "topic_owned": "yes"})
    assert said == f"I've kept thinking over your question on {topic}."


def test_a_claim_of_two_clauses_ends_its_sentence() -> None:
    qual = "I use QGIS every day, and I speak fluent Portuguese"
    slots = {"bridge.near": ("{Qual}, so that work is familiar to me.", "It may help that {qual}.")}
    said = one(slots, "bridge.near", {"topic": "the flood maps", "qual": qual, "Qual": qual})
    assert said == f"It may help that {qual}."
    one_claim = "I use QGIS every day"
    said = one(slots, "bridge.near", {"topic": "maps", "qual": one_claim, "Qual": one_claim})
    assert said == f"{one_claim}, so that work is familiar to me."


def test_a_long_topic_with_a_figures_about_still_ends_its_sentence() -> None:
    slots = {
        "c_spec.plan": (
            "It was good to hear about {topic_about}, and I'd welcome the chance to be part of it.",
            "I was glad to hear about {topic_about}.",
        )
    }
    topic = (
        "the map archive of about 9,000 sheets, a third scanned so far, and the new reading room"
    )
    said = one(slots, "c_spec.plan", {"topic": topic, "topic_about": topic})
    assert said == f"I was glad to hear about {topic}."


def test_every_slot_that_names_a_topic_has_frames_that_end_on_it(language) -> None:
    """A long topic (the user's own words) needs a frame that ends on it in every slot it
    can land in; a bridged hook ('spec.bridge.*') is never used for one."""
    for slot, variants in language.bank.slots.items():
        if slot.startswith("spec.bridge."):
            continue
        named = [v for v in variants if re.search(r"\{[Tt]opic(?:_about)?\}", v)]
        if named:
            assert sum(writer.ends_on_topic(v) for v in named) >= 2, slot


# --- whose exercise; the reader in a topic ----------------------------------------------------


def person(name: str, email: str | None, title: str | None = None) -> dict:
    return {"name": name, "email": email, "title": title, "role": "interviewer"}


def a_round(people: list[dict], topics: list[str]) -> dict:
    return a_record("Larkspur Survey Ltd", "Survey Technician", people, topics)


PANEL = [
    person("Odile Ferreira", "odile@larkspur.example"),
    person("Bram Kessler", "bram@larkspur.example"),
    person("tamsin", None, "take-home review"),
]


def owners(record: dict, language) -> dict[str, str]:
    return {s.text: s.owner for s in compose.said_specifics(from_record(record), language)}


def test_an_exercise_is_who_the_jot_names_anywhere(language) -> None:
    record = a_round(PANEL, ["field test (total station): bram didn't like my backsight check"])
    assert set(owners(record, language).values()) == {"Bram Kessler"}


def test_an_exercise_is_who_the_record_titles_as_its_reviewer(language) -> None:
    record = a_round(PANEL, ["take-home (sent last wk): a boundary survey plat"])
    assert set(owners(record, language).values()) == {"tamsin"}


def notes(record: dict, language) -> dict[str, str]:
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.people if p.email]
    facts = compose.compose(
        interview, Profile("Noa Lindahl", "noa@post.example"), plan, "email", people,
        date(2027, 3, 11), language, each=True,
    )  # fmt: skip
    return {f.to_name: " ".join(f.paragraphs) for f in facts}


def test_a_take_home_is_said_only_to_who_reviewed_it(language) -> None:
    """A take-home the record says one person reviewed is never credited to another reader
    (nor given to a note that has nothing else: only a presentation went to the panel)."""
    record = a_round(PANEL, ["odile: the new drone fleet for the spring", "take-home: a plat"])
    for name, body in notes(record, language).items():
        assert "take-home" not in body, (name, body)


def test_the_reader_named_in_a_topic_is_you() -> None:
    said = compose._yours("the new starter shadowing Odile on the first site visits", "Odile")
    assert said == "the new starter shadowing Odile on the first site visits"  # no preposition
    said = compose._yours("site visits with Odile Ferreira at first, then alone", "Odile")
    assert said == "site visits with you at first, then alone"
    assert compose._yours("handing over to odile, weekly", "Odile") == "handing over to you, weekly"


# --- qualifications ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "Founded a junior chess club that grew to 40 members",
            "I founded a junior chess club that grew to 40 members",
        ),
        (
            "Set up a tool library which became the county's model",
            "I set up a tool library which became the county's model",
        ),
        ("Launched a teen book club", "I have launched a teen book club"),
    ],
)
def test_a_deed_whose_tail_is_over_is_said_in_the_simple_past(line, clause, language) -> None:
    assert phrasing.qualification(line, language.lexicon).clause == clause


# --- a line of the user's own -------------------------------------------------------------------


def test_an_own_line_follows_the_topic_and_the_claim_that_points_back_to_it() -> None:
    paragraphs = [
        "Thanks for meeting me. It was good to talk about the flood maps.",
        "I have drawn 40 flood maps, so that work is familiar to me.",
        "I'd be glad to work at Larkspur.",
    ]
    said = compose.with_own_line(paragraphs, "i'd start with the 1998 survey", "the flood maps")
    assert said[1] == (
        "I have drawn 40 flood maps, so that work is familiar to me. "
        "I'd start with the 1998 survey."
    )
    plain = ["Thanks for meeting me. It was good to talk about the flood maps.", "Close."]
    said = compose.with_own_line(plain, "I'd start with the 1998 survey.", "the flood maps")
    assert said[0].endswith("the flood maps. I'd start with the 1998 survey.")
    assert said[1] == "Close."  # never after the close
    nothing = ["Thanks for meeting me.", "I have drawn maps.", "Close."]
    assert compose.with_own_line(nothing, "A line", None)[1] == "I have drawn maps. A line."


def test_a_sentence_of_two_claims_is_two_claims() -> None:
    assert compose.claims_in("I use QGIS daily, and I speak fluent Portuguese") == [
        "I use QGIS daily",
        "I speak fluent Portuguese",
    ]
    assert compose.claims_in("Led crews, and I ran budgets") == ["Led crews, and I ran budgets"]
    assert compose.claims_in("I hold a BSc and an MSc") == ["I hold a BSc and an MSc"]


def test_no_frame_says_the_claims_verb_again() -> None:
    frame = "I know that ground from my own work; {qual}."
    assert writer.says_the_claims_verb(frame, {"qual": "I know the hours-of-service rules"})
    assert not writer.says_the_claims_verb(frame, {"qual": "I have run 40 hearings"})


def test_no_offer_presumes_a_career_stage(language) -> None:
    """A new graduate has no 'earlier teams', 'past roles' or 'career'; a staff engineer no
    'training' to talk through: the offers of a note that claims nothing say neither."""
    for slot, variants in language.bank.slots.items():
        if ".none" in slot or slot.endswith("none"):
            for v in variants:
                assert not re.search(
                    r"earlier (?:teams|roles)|past roles|past teams|my career|my years|my training",
                    v,
                ), (slot, v)


def test_a_claim_of_what_one_would_do_is_never_said_as_work_done() -> None:
    qual = "I would take the fourteen-hour food hygiene course before starting"
    slots = {"bridge.near": ("{Qual}, so that work is familiar to me.", "It may help that {qual}.")}
    said = one(slots, "bridge.near", {"topic": "the hygiene rules", "qual": qual, "Qual": qual})
    assert said == f"It may help that {qual}."


def test_the_reader_named_after_and_is_you_and_a_surname_with_a_title_is_one_person() -> None:
    from followup.core.models import Person

    said = compose._yours("an induction year and Kristy as my mentor", "Kristy")
    assert said == "an induction year and you as my mentor"
    assert compose.same_person(Person("Mrs. Refilwe Mokoena", "r@x.example"), Person("Mrs Mokoena"))
    assert not compose.same_person(Person("Mr Smith"), Person("Anna Jones", "a@x.example"))


def test_a_claim_the_users_line_says_already_is_said_once() -> None:
    line = "I have completed the local anaesthesia course and will sit the permit exam in February"
    claim = "I have completed the local anaesthesia course"
    assert compose.restates(line, claim)
    assert not compose.restates(line, "I have four years of clinical practice in Boston")
    assert not compose.restates(None, claim)


def test_an_own_line_that_says_the_topic_stands_in_for_its_sentence() -> None:
    topic = "the croissant volume varying between the night and morning shifts"
    paragraphs = [
        "Thanks for the stage on Tuesday.",
        f"I've been thinking about {topic}.",
        "I'd be glad to work at Larkspur.",
    ]
    line = f"I've been thinking about {topic}, and I'd start by logging butter temperatures"
    said = compose.with_own_line(paragraphs, line, topic)
    assert said == [paragraphs[0], line + ".", paragraphs[2]]
    opening = [f"Thanks for the stage on Tuesday, and for the talk about {topic}.", "Close."]
    said = compose.with_own_line(opening, line, topic)
    assert said[0].startswith("Thanks for the stage") and said[0].endswith("temperatures.")

"""The one gate (core/exact.py, s13 drafts-a): a jot reaches a note only when the composer can
say it exactly (`exact`), or as the interviewer's own words in quotation marks (`quote`);
anything else is `unsure` and left out. Every case is new wording, across industries, none
taken from a graded set."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, exact, writer
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

LANGUAGE = drafting.load_data(load_settings(env={})).language
LEXICON = LANGUAGE.lexicon

# (jot as recorded, phrase the composer would say, its kind, names the record writes)
PASS = [
    ("their ehr migration - epic to cerner", "your EHR migration", "plan", ()),
    ("night shift handover", "the night shift handover", "process", ()),
    ("new kitchen display system", "the new kitchen display system", "item", ()),
    ("cold chain audit in march", "the cold chain audit in March", "plan", ()),
    ("hangar tour - got the spare engine out", "the hangar tour", "event", ()),
    ("school literacy program (levelled readers)", "the school literacy program", "topic", ()),
    ("warehouse slotting project, phase 2", "the warehouse slotting project", "plan", ()),
    ("their quarterly close process", "your quarterly close process", "process", ()),
    ("fleet telematics rollout", "the fleet telematics rollout", "plan", ()),
    ("patient discharge planning", "patient discharge planning", "process", ()),
    ("grant reporting for two donors", "grant reporting for two donors", "challenge", ()),
    ("site safety induction", "the site safety induction", "event", ()),
    ("the Riverside depot expansion", "the Riverside depot expansion", "plan", ("Riverside",)),
    ("customer returns backlog", "the customer returns backlog", "challenge", ()),
    ("my portfolio review", "my portfolio review", "exercise", ()),
    ("case study: pricing for a new clinic", "the case study", "exercise", ()),
    ("loading dock layout", "the loading dock layout", "topic", ()),
    ("year 9 science curriculum", "the Year 9 science curriculum", "topic", ()),
    ("ward staffing on weekends", "ward staffing on weekends", "challenge", ()),
    ("apprenticeship scheme for welders", "the apprenticeship scheme for welders", "plan", ()),
    ("menu tasting with the sous chef", "the menu tasting", "event", ()),
    ("pallet racking inspection", "the pallet racking inspection", "process", ()),
    ("Kestrel hip system", "the Kestrel hip system", "item", ("Kestrel",)),
    ("board pack redesign", "the board pack redesign", "plan", ()),
    ("quality audit - three findings still open", "the quality audit", "challenge", ()),
    ("visitor parking plan - TODO ask about permits", "the visitor parking plan", "plan", ()),
    ("the spare part ordering process", "the spare part ordering process", "process", ()),
    ("volunteer rota for the food bank", "the volunteer rota for the food bank", "topic", ()),
    ("sprint review format", "the sprint review format", "process", ()),
    ("coastal erosion survey", "the coastal erosion survey", "plan", ()),
    ("R&D pilot line", "the R&D pilot line", "item", ()),
    ("Marks & Spencer concession", "the Marks & Spencer concession", "item", ("Marks & Spencer",)),
    # a figure after the phrase says how much of it there is, not which one it is
    ("bed occupancy 96%, wants 85", "bed occupancy", "challenge", ()),
    ("claims backlog 9 weeks, target 4", "the claims backlog", "challenge", ()),
    ("kiln downtime 40 h a month", "kiln downtime", "challenge", ()),
    # a '+' that starts another note ('+ moving …', '+ hiring …') ends the phrase's part
    ("lab move + hiring two techs", "the lab move", "plan", ()),
    ("new till system + moving stock counts online", "the new till system", "plan", ()),
    ("kiln upgrade & training the glaze team", "the kiln upgrade", "plan", ()),
    # a person the record names, said by the name it writes, in a jot partly in Spanish
    (
        "tomas - wants faster month-end, dice 'rápido por favor'",
        "Tomás wants faster month-end",
        "goal",
        ("Tomás Ruiz",),
    ),
]

QUOTES = [
    ("hemi: 'we would rather you stop the press than run it tired'",
     "we would rather you stop the press than run it tired"),
    ('sunita said "every dock door is a profit centre"', "every dock door is a profit centre"),
    ("their motto - 'slow is smooth, smooth is fast'", "slow is smooth, smooth is fast"),
    ("ward mgr: “no patient waits alone”", "no patient waits alone"),
]  # fmt: skip

FAIL = [
    ("→ my bit: the valve swap at my last site", "my bit", "exercise", (), "only means"),
    ("zainab: usual ones - late deliveries etc", "usual ones", "topic", (), "only means"),
    ("my part: walked them through a cost model", "my part", "exercise", (), "only means"),
    ("the standard stuff about shifts", "the standard stuff", "topic", (), "only means"),
    ("few things - parking, lockers", "a few things", "topic", (), "only means"),
    ("TODO: find out which LMS they use", "the LMS", "topic", (), "note to yourself"),
    ("(?) pricing tool - which one", "the pricing tool", "topic", (), "note to yourself"),
    ("look up their CRM before round two", "your CRM", "topic", (), "note to yourself"),
    ("note to self: mention the forklift ticket", "the forklift ticket", "topic", (),
     "note to yourself"),
    ("rolling it out in spring", "how they are rolling it out in spring", "process", (),
     "points at"),
    ("she wants it done by june", "getting it done by June", "plan", (), "points at"),
    ("those two sites", "those two sites", "topic", (), "points at"),
    ("roster 4 on 4 off", "the roster 4 on 4 off", "topic", (), "no noun"),
    ("cut to 12 from 20", "the cut to 12 from 20", "plan", (), "no noun"),
    ("40ish per month", "40ish per month", "topic", (), "no noun"),
    ("mon gâteau: poire, amandes, crème fouettée", "the Monday cake", "exercise", (),
     "another language"),
    ("reunião semanal com vendas", "the weekly sales meeting", "event", (), "another language"),
    ("dienstplan für die nachtschicht", "the duty roster for the night shift", "topic", (),
     "another language"),
    ("new line of single-origin teas from small estates", "the new line", "topic", (),
     "cut off"),
    ("went through my deck slide by slide", "my deck slide", "exercise", (), "cut off"),
    ("walked them thru the audit line by line", "the audit line", "exercise", (), "cut off"),
    ("held the sample tray up to the window", "how you held the sample tray", "story", (),
     "cut off"),
    ("pulled the old logbooks out of storage", "how you pulled the old logbooks", "story", (),
     "cut off"),
    ("couriering to the loan venues, would i travel", "the loan venues", "topic", (),
     "begins"),
    ("residents help pick new staff", "the new staff", "topic", (), "begins"),
    ("wants to start a proper safety culture program", "the proper safety culture program",
     "plan", (), "begins"),
    ("new moisture/density meter they bought", "the new moisture", "item", (), "cut off"),
    ("the blend + roast profiles", "the blend", "topic", (), "cut off"),
    ("pick & pack station", "the pick & pack station", "item", (), "jotting symbol"),
    ("click & collect lockers", "the click & collect lockers", "item", (), "jotting symbol"),
    ("wash + dry line", "the wash + dry line", "item", (), "jotting symbol"),
    ("bay 12 racking repairs", "the bay", "topic", (), "cut off"),
    ("gate 4 turnaround times", "the gate", "challenge", (), "cut off"),
    ("route 7 timetable change", "the route", "plan", (), "cut off"),
    ("qbr with the zorvex team", "the zorvex team", "topic", (), "English word"),
    ("vorarbeiter handover on mondays", "the vorarbeiter handover on Mondays", "process", (),
     "English word"),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "phrase", "kind", "names"), PASS)
def test_a_clean_phrase_taken_whole_is_exact(
    jot: str, phrase: str, kind: str, names: tuple[str, ...]
) -> None:
    verdict = exact.judge(jot, phrase, LEXICON, kind=kind, names=names)
    assert verdict.say == exact.EXACT, verdict.why
    assert verdict.text == phrase


@pytest.mark.parametrize(("jot", "words"), QUOTES)
def test_their_own_words_are_said_back_in_quotation_marks(jot: str, words: str) -> None:
    verdict = exact.judge(jot, words, LEXICON)
    assert verdict.say == exact.QUOTE, verdict.why
    assert verdict.text == f"“{words}”"


@pytest.mark.parametrize(("jot", "phrase", "kind", "names", "why"), FAIL)
def test_anything_else_is_unsure_and_never_said(
    jot: str, phrase: str, kind: str, names: tuple[str, ...], why: str
) -> None:
    verdict = exact.judge(jot, phrase, LEXICON, kind=kind, names=names)
    assert verdict.say == exact.UNSURE, phrase
    assert not verdict.said and not verdict.text
    assert why in verdict.why, verdict.why


@pytest.mark.parametrize(
    ("jot", "phrase", "say"),
    [
        # picked from the middle of the jot: what it is about is a guess
        ("night crew loses two hours to paper rotas", "the paper rotas", exact.UNSURE),
        ("school wants parents to use the new app", "the new app", exact.UNSURE),
        # words the jot does not have at all
        ("kiln firing schedule keeps slipping", "the production plan", exact.UNSURE),
        # the head of a jot, where one of its parts begins: its own words
        ("rostering tool Q3/2029, trial on weekends first", "the rostering tool", exact.EXACT),
        ("pharmacy: new robot dispenser, pilot in may", "the new robot dispenser", exact.EXACT),
    ],
)
def test_a_phrase_picked_out_of_a_jot_it_cannot_read_whole(jot: str, phrase: str, say: str) -> None:
    verdict = exact.judge(jot, phrase, LEXICON, guessed=True)
    assert verdict.say == say, verdict.why


def test_a_quote_in_another_language_is_not_said() -> None:
    verdict = exact.judge(
        "'ninguém aqui sabe calibrar isso'", "ninguém aqui sabe calibrar isso", LEXICON
    )
    assert verdict.say == exact.UNSURE


@pytest.mark.parametrize(
    "phrase",
    ["the new flow meter", "the gas meter readings", "the moisture meter on the line"],
)
def test_a_meter_is_a_meter_in_british_english_too(phrase: str) -> None:
    """A meter is a device in every English ('the new moisture and density metre' was a
    slip): the en-GB map turns no 'meter' into 'metre'."""
    spelling = drafting.load_data(load_settings(env={}), "GB").language.english.spelling
    assert spelling(phrase) == phrase
    assert spelling("the colour of the centre") == "the colour of the centre"


def _round(topics: list[str]) -> tuple[Interview, Profile]:
    people = [
        Person(name="Lena Byrne", email="lb@x.example", role=PersonRole.COORDINATOR),
        Person(name="Owen Hale", email="oh@x.example"),
        Person(name="Priti Shah", email="ps@x.example"),
    ]
    interview = Interview(
        company="Harbour Grain Co",
        role="shift supervisor",
        interviewed=date(2026, 11, 23),
        format=Format.VIDEO,
        country="IE",
        people=people,
        topics=topics,
        qualifications=["4 years running a night crew of 12 at a flour mill"],
    )
    return interview, Profile("Cara Doyle", "cara@example.com")


UNSURE_JOTS = [
    "→ my bit: the sieve change at my last mill",
    "priti: usual ones - late trucks etc",
    "silo 3 (?) - ask which moisture probe",
    "owen went thru my rota slide by slide",
]


def test_unsure_jots_never_reach_a_note_and_the_draft_says_how_to_add_them() -> None:
    interview, profile = _round([*UNSURE_JOTS, "owen: new intake pit in spring"])
    notes = compose.compose(
        interview, profile, None, "email", interview.people, date(2026, 11, 25), LANGUAGE,
        each=True,
    )  # fmt: skip
    for note in notes:
        body = " ".join(note.paragraphs)
        for words in ("my bit", "usual ones", "silo", "moisture probe", "rota slide"):
            assert words not in body, body
    line = next(w for w in notes[0].warnings if w.startswith("left out"))
    assert "'my bit: the sieve…'" in line and "'priti: usual ones -…'" in line
    assert "followup edit ID --reword" in line and "\n" not in line
    owen = next(n for n in notes if n.to_name == "Owen Hale")
    assert "intake pit" in " ".join(owen.paragraphs)


def test_a_note_with_nothing_exact_to_say_is_short_and_true() -> None:
    """Nothing of the round passes the gate: each note thanks them with the date, says one
    true line (whom they met) and closes; it names nothing it could not say exactly."""
    interview, profile = _round(UNSURE_JOTS)
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 25),
        LANGUAGE, each=True,
    )  # fmt: skip
    for note in notes:
        body = " ".join(note.paragraphs)
        assert "23 November" in body or "Monday" in body, body
        assert not re.search(r"\b(?:real sense|describe|so candid|openly)\b", body), body
        assert len(body.split()) < 90, body


def test_a_reword_finds_a_jot_typed_with_a_bullet() -> None:
    from followup.services.records import reworded

    lines = ["→ my bit: the sieve change at my last mill", "• owen: new intake pit"]
    out = reworded(lines, "my bit", "my plan for the sieve change at Kilcullen Mills")
    assert out == ["my plan for the sieve change at Kilcullen Mills", "• owen: new intake pit"]


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("GC-MS", "the GC-MS"),
        ("LC-MS/MS rig", "the LC-MS/MS rig"),
        ("PTR-TOF-8000 (drifts after ~6 h)", "the PTR-TOF-8000 (drifts after ~6 h)"),
        ("FIB-SEM", "the FIB-SEM"),
        ("AWS", "AWS"),
        ("ResDiary", "ResDiary"),
        ("Wi-Fi", "Wi-Fi"),
    ],
)
def test_an_instrument_named_by_a_hyphenated_acronym_takes_its_article(item, phrase) -> None:
    """'Getting a look at PTR-ToF-MS' reads as a slip: a hyphenated acronym names an
    instrument ('the GC-MS'); a product's name stays bare ('AWS', 'ResDiary')."""
    assert compose.item_phrase(item) == phrase


@pytest.mark.parametrize(
    ("opening", "first", "second"),
    [
        ("I appreciated your time on Friday.", "I appreciated meeting Ana and Joe.",
         "It was good to meet Ana and Joe."),
        ("I enjoyed the site walk.", "I enjoyed hearing about the new kiln.",
         "The new kiln stayed with me."),
        ("It was good to meet you.", "It was good to hear about the rota.",
         "The rota stayed with me."),
    ],
)  # fmt: skip
def test_two_sentences_running_never_open_with_the_same_two_words(opening, first, second):
    bank = writer.Bank.from_mapping(
        {"slots": {"open": [opening], "spec": [first, second]}, "shapes": {}}
    )
    w = writer.Writer(bank, {}, lambda slot, n: 0, writer.Panel(), writer.Spelling())
    assert w.sentence("open") == opening
    assert w.sentence("spec") == second

"""What happened in the room, and everyone thanked (issue 10, changes 5 and 6).

A note thanks its reader for what they did with the candidate: the candidate's own exercise
they asked about, an exercise they set, an item they showed; never how the exercise went, and
the work stays the candidate's. The plan's note passes thanks to every interviewer by name
(every one of them, however large the panel) and thanks its reader
for the help the round's notes say they gave with the day."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, writer
from followup.core.errors import InvalidInput
from followup.core.models import Person, PersonRole, Profile
from followup.core.records import from_record, parse_person
from followup.services import drafting, planning

SETTINGS = load_settings(env={})
LANGUAGE = drafting.load_data(SETTINGS).language


def _round(
    topics: list[str],
    people: list[str],
    items: list[str] | None = None,
    notes: str | None = None,
    coordinator: bool = True,
):
    interview = from_record(
        {
            "company": "Fernhill Instruments",
            "role": "Lab Technician",
            "interviewed": "2026-11-16",
            "format": "in-person",
            "channel": "email",
            "tz": "America/Chicago",
            "country": "US",
            "people": [],
            "topics": topics,
            "items": items or [],
            "notes": notes,
        }
    )
    typed = [(p, PersonRole.INTERVIEWER) for p in people]
    if coordinator:
        typed[0] = (people[0], PersonRole.COORDINATOR)
    interview.people = [parse_person(t, role, "--interviewer") for t, role in typed]
    return interview


def _notes(interview) -> dict[str, str]:
    profile = Profile("Noor Haidari", "noor@example.com", None, ["4 yrs QC lab tech @ a dairy"])
    day = date(2026, 11, 18)
    plan = planning.Planner(SETTINGS, day)(interview)
    out = {}
    for each in (False, True):
        try:
            batch = drafting.compose_drafts(
                SETTINGS, interview, profile, plan, kind="email", each=each, today=day
            )
        except InvalidInput:  # nobody besides the plan's reader has an address
            continue
        for w in batch.written:
            out.setdefault(w.draft.to_name or "", w.draft.body)
    return out


PANEL = [
    "Gwen Castillo (HR) <gwen@fernhill.example>",
    "Lotte Vermeer, Lab Manager, lotte@fernhill.example",
    "Arjun Pillai <arjun@fernhill.example>",
    "Bea Okoro - QA lead",
]


# --- who showed what -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("topics", "items", "who", "phrase"),
    [
        (
            ["lotte showed me the new spectrometer, still being validated"],
            ["benchtop spectrometer (UV-Vis)"],
            "Lotte Vermeer",
            "the benchtop spectrometer",
        ),
        (
            ["arjun: wants the sample log digitised", "he demoed their sample tracking app"],
            ["sample tracking app"],
            "Arjun Pillai",
            "the sample tracking app",
        ),
        (
            ["bea: too many paper forms, showed the tablet checklist they trial"],
            ["tablet checklist"],
            "Bea Okoro",
            "the tablet checklist",
        ),
    ],
)
def test_an_item_someone_showed_is_theirs(topics, items, who, phrase) -> None:
    shown = compose.shown_by(_round(topics, PANEL, items), LANGUAGE)
    assert list(shown) == [who], shown
    assert shown[who][1] == phrase


@pytest.mark.parametrize(
    ("topics", "items", "notes"),
    [
        (["they screen-shared the dosing rig"], ["dosing rig"], None),  # nobody in particular
        (["lab tour - dosing rig + autoclave"], ["dosing rig"], None),
        (["lotte showed me the dosing rig"], ["dosing rig"], "the dosing rig is confidential"),
        (["lotte showed me round the wet lab"], ["dosing rig"], None),  # not an item recorded
    ],
)
def test_an_item_no_one_is_said_to_have_shown_is_nobodys(topics, items, notes) -> None:
    assert compose.shown_by(_round(topics, PANEL, items, notes), LANGUAGE) == {}


# --- the candidate's exercise and who it belongs to ------------------------------------------


@pytest.mark.parametrize(
    ("topic", "owner", "phrase"),
    [
        ("my talk on shelf-life testing - arjun asked abt the sample size", "Arjun Pillai", None),
        ("whiteboard round w/ lotte: plan a stability study", "Lotte Vermeer", None),
        ("bea's coding round - parse a CSV of results", "Bea Okoro", "the coding round"),
    ],
)
def test_an_exercise_belongs_to_who_asked_about_it_or_ran_it(topic, owner, phrase) -> None:
    spec = next(
        s for s in compose.specifics_of(_round([topic], PANEL), LANGUAGE) if s.kind == "exercise"
    )
    assert spec.usable and spec.owner == owner, spec
    if phrase:
        assert spec.text == phrase


# --- the plan's note: everyone thanked, and the help named ------------------------------------


def _person(text: str) -> Person:
    return parse_person(text, PersonRole.INTERVIEWER, "--interviewer")


def test_a_plan_note_names_two_of_a_large_panel_and_the_rest_as_a_group() -> None:
    """Session 21's rule (issue 10): a roll-call of every name reads like a form, so from three
    up a plan's note names two (of one form of address) and the rest as a group. Session 40:
    those with no address (Ben, Ed) are the two named, as no note of their own thanks them."""
    five = [_person(t) for t in ["Ann Ho <a@x.example>", "Ben Li", "Cy Mora <c@x.example>",
                                 "Di Penn <d@x.example>", "Ed Ruiz"]]  # fmt: skip
    rest = ("everyone else I met",)
    assert compose.thanked(five, None, True, rest=rest) == "Ben, Ed and everyone else I met"
    seven = [*five, _person("Flo Sato <f@x.example>"), _person("Gus Tan <g@x.example>")]
    assert compose.thanked(seven, None, True, rest=rest) == "Ben, Ed and everyone else I met"
    addressed = [p for p in seven if p.email]
    assert compose.thanked(addressed, None, True, rest=rest) == "Ann, Cy and everyone else I met"
    # never the reader
    assert compose.thanked(five, five[1], True, rest=rest) == "Ed, Ann and everyone else I met"
    assert compose.thanked(five[:2], None, True) == "Ann and Ben"


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        (
            "gwen sent the itinerary + a visitor pass. parking in lot C",
            "the itinerary and the visitor pass",
        ),
        (
            "emailing back and forth with gwen, she arranged travel for me",
            "the travel arrangements",
        ),
        ("GWEN did the paperwork and the tech check", "the paperwork and the technical check"),
        ("gwen will send the forms after the reference check", None),
        ("parking in lot C, badge at the desk. gwen lovely", None),
        ("lotte sent the schedule", None),  # someone else's help
    ],
)
def test_the_help_the_notes_name_is_the_readers_own(notes, said) -> None:
    gwen = parse_person(PANEL[0], PersonRole.COORDINATOR, "--coordinator")
    assert compose.help_given(gwen, notes, LANGUAGE.wording) == said


@pytest.mark.parametrize(
    "notes",
    [
        # the review's cases: help not given, or words that are no help at all
        "brenda never sent the zoom link, had to chase",
        "brenda didn't send directions so I got lost",
        "brenda forgot the visitor pass",
        "brenda hasn't confirmed the agenda",
        "brenda: no reimbursement for travel",
        "brenda kept it brief",
        "brenda asked about my travel",
        "hall parking pass sorted",  # a surname that is a word, alone, is not her
        # new wording
        "brenda still hasn't sent the hotel details",
        "brenda lost my expenses form twice",
        "brenda mentioned the itinerary might change",
        "brenda was not sure about the parking pass",
    ],
)
def test_help_the_notes_do_not_say_was_given_is_never_thanked_for(notes) -> None:
    brenda = parse_person("Brenda Hall <brenda@x.example>", PersonRole.COORDINATOR, "--coordinator")
    classes = LANGUAGE.lexicon.word_classes
    assert compose.help_given(brenda, notes, LANGUAGE.wording, classes) is None


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        ("brenda booked the hotel + emailed the directions", "the hotel and the directions"),
        ("ms hall sorted the parking pass", "the parking pass"),  # surname after a title
        ("brenda handled the sched by email", "the schedule"),
        ("Hall sent the hotel details", None),  # 'hall' is a word: her only after a title
    ],
)
def test_help_given_is_what_the_notes_say_the_reader_did(notes, said) -> None:
    brenda = parse_person("Brenda Hall <brenda@x.example>", PersonRole.COORDINATOR, "--coordinator")
    assert (
        compose.help_given(brenda, notes, LANGUAGE.wording, LANGUAGE.lexicon.word_classes) == said
    )


def test_initials_a_person_goes_by_are_a_name() -> None:
    assert compose.is_a_name("J.R.") and compose.is_a_name("A.J.")
    assert not compose.is_a_name("HR") and not compose.is_a_name("Dr.")
    assert (
        writer.tidy_sentence("Please thank T.J., Ana and Lou.") == "Please thank T.J., Ana and Lou."
    )


# --- the notes ---------------------------------------------------------------------------------


def test_each_note_thanks_its_reader_for_what_they_did_in_the_room() -> None:
    interview = _round(
        [
            "arjun: wants the sample log digitised by spring",
            "lotte showed me the new spectrometer",
            "bea's coding round - parse a CSV of results",
            "my talk on shelf-life testing - arjun asked abt the sample size",
        ],
        [*PANEL[:3], "Bea Okoro - QA lead <bea@fernhill.example>"],
        ["benchtop spectrometer (UV-Vis)"],
        "gwen sent the itinerary + a visitor pass",
    )
    notes = _notes(interview)
    assert "spectrometer" in notes["Lotte Vermeer"], notes["Lotte Vermeer"]
    for name in ("Arjun Pillai", "Bea Okoro"):
        assert "spectrometer" not in notes[name], (name, notes[name])
    assert "my talk" in notes["Arjun Pillai"], notes["Arjun Pillai"]
    assert "the coding round" in notes["Bea Okoro"], notes["Bea Okoro"]
    for name, body in notes.items():
        low = body.lower()
        assert "went well" not in low and "your talk" not in low, (name, body)
        assert "your coding round" not in low or name == "Bea Okoro", (name, body)
    coordinator = notes["Gwen Castillo"]
    for first in ("Lotte", "Arjun", "Bea"):
        assert first in coordinator, coordinator
    assert "the itinerary and the visitor pass" in coordinator, coordinator


def test_the_only_note_passes_thanks_to_everyone_else_by_name() -> None:
    interview = _round(
        ["lotte: the stability backlog is 3 months", "bea showed me the tablet checklist"],
        PANEL[1:],
        ["tablet checklist"],
        "emailing with lotte since I applied, she sent directions",
        coordinator=False,
    )
    note = _notes(interview)["Lotte Vermeer"]
    assert (
        "Arjun" in note
        and "to Bea for showing me the tablet checklist" in note
        or ("and Bea for showing me the tablet checklist" in note)
    ), note  # Bea showed it, not Lotte: thanked for it through her
    assert "the directions" in note, note


def test_the_only_note_passes_thanks_on_without_an_item_when_nobody_showed_one() -> None:
    interview = _round(
        ["lotte: the stability backlog is 3 months", "arjun: wants the sample log digitised"],
        PANEL[1:],
        notes="lotte is the contact",
        coordinator=False,
    )
    note = _notes(interview)["Lotte Vermeer"]
    assert "Arjun and Bea" in note and "showing me" not in note, note


def test_the_coordinator_passes_thanks_to_whoever_showed_an_item_for_it() -> None:
    interview = _round(
        ["arjun: wants the sample log digitised", "lotte showed me the new spectrometer"],
        PANEL,
        ["benchtop spectrometer (UV-Vis)"],
    )
    coordinator = _notes(interview)["Gwen Castillo"]
    assert "Lotte for showing me the benchtop spectrometer" in coordinator, coordinator
    assert "Arjun" in coordinator and "Bea" in coordinator, coordinator


def test_an_exercise_tied_to_nobody_is_thanked_for_only_where_the_note_is_the_only_one() -> None:
    topics = ["lotte: the stability backlog is 3 months", "my talk on shelf-life testing"]
    alone = _round(topics, [PANEL[1], "Bea Okoro - QA lead"], coordinator=False)
    assert "my talk" in _notes(alone)["Lotte Vermeer"]
    others = _round(topics, [PANEL[1], PANEL[2]], coordinator=False)
    note = _notes(others)["Lotte Vermeer"]  # Arjun gets a note of his own: it may be his
    assert "time for my talk" not in note and "time you gave my talk" not in note, note


@pytest.mark.parametrize(
    ("item", "phrase"),
    [("Epic EHR", "the Epic EHR"), ("Kafka Connect", "Kafka Connect"), ("AWS", "AWS")],
)
def test_a_product_named_with_a_trailing_acronym_takes_its_article(item, phrase) -> None:
    assert compose.item_phrase(item) == phrase


def test_a_showing_jotted_after_a_bracket_is_still_the_persons_before() -> None:
    interview = _round(
        ["arjun → new sample intake from march", "the dosing rig (custom) - he showed me it"],
        PANEL,
        ["custom dosing rig"],
    )
    assert compose.shown_by(interview, LANGUAGE) == {
        "Arjun Pillai": ("custom dosing rig", "the custom dosing rig", interview.topics[1])
    }


@pytest.mark.parametrize(
    ("topic", "phrase"),
    [
        ("work trial 7-3 on the bench, ran 40 titrations", None),  # 'work trial' is no test kind
        ("my 12-min presentation: 3 stability protocols compared", "my presentation"),
        ("trial shift 6-11pm on grill, 80 covers", "the trial shift"),
    ],
)
def test_a_test_whose_words_do_not_read_is_said_by_its_kind(topic, phrase) -> None:
    spec = next(iter(compose.specifics_of(_round([topic], PANEL), LANGUAGE)))
    said = compose.by_its_kind(spec, LANGUAGE.lexicon)
    if phrase is None:
        assert said == spec
    else:
        assert said.usable and said.text == phrase and said.kind == "exercise", said


def test_a_jot_that_is_about_something_else_is_not_said_as_the_item_shown() -> None:
    interview = _round(
        ["lotte wants barcode scanning instead of hand labels, showed the label printer"],
        PANEL,
        ["thermal label printer"],
    )
    note = _notes(interview)["Lotte Vermeer"]
    assert "get a look at replacing" not in note and "look at barcode" not in note, note
    assert "the thermal label printer" in note, note


def test_nobody_is_said_to_have_questioned_an_exercise_the_record_ties_to_someone_else() -> None:
    interview = _round(
        [
            "my talk on shelf-life testing - arjun asked abt the sample size",
            "lotte: the stability backlog is 3 months",
        ],
        [*PANEL[:3], "Bea Okoro - QA lead <bea@fernhill.example>"],
    )
    notes = _notes(interview)
    for name in ("Lotte Vermeer", "Bea Okoro"):
        assert "your questions" not in notes[name] and "your view" not in notes[name], notes[name]


def _check_ins(interview) -> dict[str, str]:
    """The check-in notes, written a fortnight after the interview."""
    profile = Profile("Noor Haidari", "noor@example.com", None, ["4 yrs QC lab tech @ a dairy"])
    day = date(2026, 11, 30)
    plan = planning.Planner(SETTINGS, day)(interview)
    out = {}
    for each in (False, True):
        try:
            batch = drafting.compose_drafts(
                SETTINGS,
                interview,
                profile,
                plan,
                kind="check-in",
                each=each,
                today=day,
                force=True,
            )
        except InvalidInput:
            continue
        for w in batch.written:
            out.setdefault(w.draft.to_name or "", w.draft.body)
    return out


@pytest.mark.parametrize(
    ("topics", "people", "items", "notes", "coordinator"),
    [
        # the review's case: the main contact's check-in, a panel of three
        (["lotte: the stability backlog is 3 months"], PANEL[1:], None, "lotte is the contact",
         False),
        # the coordinator's check-in, who sent things and with someone who showed an item
        (["bea showed me the tablet checklist", "arjun: wants the sample log digitised"], PANEL,
         ["tablet checklist"], "gwen sent the itinerary + a visitor pass", True),
        # the only note, with help the contact gave
        (["lotte: the stability backlog is 3 months"], PANEL[1:3], None,
         "emailing with lotte since I applied, she sent directions", False),
    ],
)  # fmt: skip
def test_a_check_in_passes_no_thanks_on_and_thanks_for_no_help(
    topics, people, items, notes, coordinator
) -> None:
    written = _check_ins(_round(topics, people, items, notes, coordinator=coordinator))
    assert written
    for name, body in written.items():
        low = body.lower()
        assert "pass my thanks" not in low and "thank you as well" not in low, (name, body)
        assert "for showing me" not in low and "the directions" not in low, (name, body)
        assert "the itinerary" not in low, (name, body)

"""Topics a careful note-taker writes down, and what never is one (issue kind 12), on the
development transcripts of tests/fixtures/facts_dev_talk; and decision dates said as "next
week but one", counted with the employer country's public holidays."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from followup.core import debrief
from followup.core.decision_dates import DecisionWords, day_said
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.core.transcript import parse_transcript, with_candidate
from followup.services.debrief import word_classes

TALK = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev_talk" / "transcripts"


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


def nps(sentence: str, data: dict) -> list[str]:
    grammar = Grammar.from_mapping(data["grammar"])
    numbers = frozenset(data["words"]["number_words"])
    return [
        p.key for p in phrases(tag(sentence, grammar, word_classes, frozenset(), numbers), grammar)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        (  # a plural after "a <noun>" is its verb
            "Right now a customer phones, an agent types everything into a form.",
            ["customer"],
            ["customer phones"],
        ),
        (  # a common verb's third person after a singular noun
            "The new property management system goes live in September.",
            ["property management system"],
            ["property management system goes"],
        ),
        (  # what a possessive owns
            "And the regulator's consumer standards inspection is likely next year.",
            ["consumer standards inspection"],
            ["regulator's consumer standards inspection"],
        ),
        (  # two words sharing a two-word head
            "The reason we're recruiting is the damp and mould backlog.",
            ["damp and mould backlog"],
            [],
        ),
        (  # a hyphenated number word is a number
            "It's a one-hour task over twenty-eight thousand meters.",
            ["task"],
            ["one-hour task", "twenty-eight thousand meters"],
        ),
    ],
)
def test_tagging(data: dict, sentence: str, expected: list[str], never: list[str]) -> None:
    found = nps(sentence, data)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert phrase not in found, (phrase, found)


def topics(name: str, candidate: str, data: dict, company: str = "Employer") -> list[str]:
    parsed = parse_transcript((TALK / name).read_text("utf-8"))
    words = debrief.DebriefWords.from_data(data)
    label = debrief.candidate_speaker(parsed, candidate, words.candidate_phrases)
    parsed = with_candidate(parsed, label, candidate)
    interview = Interview(company, "Analyst", date(2027, 5, 12), Format.VIDEO)
    found = debrief.propose(
        parsed, [], interview, candidate, words, debrief.Limits(max_topics=8), None, word_classes
    )
    return [p.text.lower() for p in found if p.kind == "topic"]


def test_the_employers_short_form_said_beside_its_name_is_no_topic(data: dict) -> None:
    found = topics("zoom_insurance_long.vtt", "Alexei Voronin", data)
    assert not [t for t in found if "bwm" in t or "bellweather" in t]
    found = topics("GMT20270305-003000_Recording.transcript.vtt", "Priya Natarajan", data)
    assert not [t for t in found if "rwa" in t or "redfern" in t]


def test_where_someone_joins_from_and_their_device_are_no_topics(data: dict) -> None:
    found = topics("zoom_insurance_long.vtt", "Alexei Voronin", data)
    assert not [t for t in found if "car park" in t or "reading" in t or "iphone" in t]
    found = topics("zoom_phone_devices.vtt", "Jonah Feldman", data)
    assert not [t for t in found if "ipad" in t or "galaxy" in t]


def test_what_a_speaker_looks_after_gives_way_to_what_they_work_on(data: dict) -> None:
    found = topics("otter_nonprofit_panel.txt", "Aoife Gallagher", data)
    assert "finance committee" not in " ".join(found)  # "I chair the finance committee"
    assert "the volunteer rota" in found and "stock rotation" in found


def test_a_short_line_names_a_topic(data: dict) -> None:
    found = topics("meet_hospitality_doc.txt", "Sofía Ibáñez", data)
    assert "food cost" in found  # "And food cost."
    assert not [t for t in found if "thirty" in t or "larchmont" in t]


def test_people_jobs_and_process_steps_are_no_topics(data: dict) -> None:
    found = topics("notes_airline_typed.txt", "Elin Sandberg", data)
    assert not [t for t in found if "captain" in t or "stage" in t or "seventy" in t]
    assert "the simulator assessment" in found and "the type rating" in found


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        (
            "We'll get back to you by the end of next week but one.",
            date(2027, 5, 12),
            date(2027, 5, 28),
        ),
        ("You'll hear from us next week but one.", date(2027, 5, 10), date(2027, 5, 28)),
        ("We'll decide within a fortnight.", date(2027, 12, 16), date(2027, 12, 30)),
        ("We'll make a decision three weeks from today.", date(2027, 9, 14), date(2027, 10, 5)),
    ],
)
def test_decision_days_as_people_say_them(
    data: dict, sentence: str, reference: date, day: date
) -> None:
    words = DecisionWords.from_mapping(data["decision"])
    assert day_said(sentence, reference, words) == day


def test_ten_working_days_skip_the_employer_countrys_holidays(data: dict) -> None:
    import holidays

    words = DecisionWords.from_mapping(data["decision"])
    gb = holidays.country_holidays("GB", years=[2027, 2028])
    said = "We'll let you know within ten working days."
    # Mon 20 Dec 2027: 27 and 28 Dec (Christmas and Boxing Day observed) and 3 Jan are skipped
    assert day_said(said, date(2027, 12, 20), words, gb.get) == date(2028, 1, 6)
    assert day_said(said, date(2027, 12, 20), words) == date(2028, 1, 3)  # no holidays


def test_the_end_of_a_week_whose_friday_is_a_holiday_is_the_day_before(data: dict) -> None:
    import holidays

    words = DecisionWords.from_mapping(data["decision"])
    gb = holidays.country_holidays("GB", years=[2027])
    said = "We'll make our decision by the end of next week."
    # Wed 17 Mar 2027: next week's Friday is Good Friday (26 Mar)
    assert day_said(said, date(2027, 3, 17), words, gb.get) == date(2027, 3, 25)
    assert day_said(said, date(2027, 3, 17), words) == date(2027, 3, 26)
    weeks = "You'll hear from us within two working weeks."
    assert day_said(weeks, date(2027, 3, 17), words, gb.get) == date(2027, 4, 1)


def test_a_place_capitalised_inside_a_sentence_is_no_topic(data: dict) -> None:
    from followup.services.debrief import places_in

    text = (
        "Meter reading is slow. The Reading depot runs the Phoenix migration, and Boston "
        "handles dbt models in Snowflake."
    )
    places = places_in(text)
    assert {"Reading", "Phoenix"} <= places and "Snowflake" not in places
    assert "Boston" in places and "Meter" not in places  # not a sentence's first word
    parsed = parse_transcript(f"Ada Moss: {text}\nAda Moss: The Reading depot runs it all.\n")
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Analyst", date(2027, 5, 12), Format.VIDEO)
    found = debrief.propose(
        parsed, [], interview, "Noor Ali", words, debrief.Limits(), None, word_classes, places
    )
    written = " ".join(p.text for p in found if p.kind == "topic")
    assert "Reading" not in written and "Phoenix" not in written
    assert "meter reading" in written.lower()  # the word itself, not the town


def test_tools_named_in_passing_and_a_named_process_are_topics(data: dict) -> None:
    found = topics("zoom_saas_support.vtt", "Mateo Alvarez", data)
    assert {"zendesk", "intercom", "the escalation process"} <= set(found)
    assert not [t for t in found if "macbook" in t or "oslo" in t or "forty" in t]
    words = debrief.DebriefWords.from_data(data)
    known = debrief.Known(
        frozenset({"declan"}), frozenset({"bellweather"}), frozenset(), "bellweather", "", None, ()
    )

    def tools(sentence: str) -> list[str]:
        return [p.key for p in debrief.tools_named(sentence, words, known, word_classes)]

    assert tools("We use Jira and Confluence for everything.") == ["jira", "confluence"]
    assert tools("We're rebuilding the transformations in dbt.") == ["dbt"]
    assert tools("We are using spreadsheets today.") == []  # an ordinary word
    assert tools("We use Declan for that, it runs on the Bellweather cloud.") == []


def test_own_notes_letter_and_digit_names_and_modal_verbs(data: dict) -> None:
    parsed = parse_transcript((TALK / "plain_notes_school.txt").read_text("utf-8"))
    words = debrief.DebriefWords.from_data(data)
    label = debrief.candidate_speaker(parsed, "Priya Shah", words.candidate_phrases)
    assert label == "Me"
    assert with_candidate(parsed, label, "Priya Shah").speakers[-1] == "Priya Shah"
    found = topics("plain_notes_school.txt", "Priya Shah", data)
    assert "the ks3 scheme of work" in found and "sparx" in found  # "a new KS3 scheme …"
    assert "better use" not in found
    assert "A/B testing".lower() in nps("We want proper A/B testing for the offers.", data)[0]
    assert debrief._third_person("will") == "will"  # "the team will …", never "wills"

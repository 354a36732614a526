"""Topics as a careful note-taker writes them (tests/fixtures/facts_dev_v5): a noun phrase
with what it is about ("audit sampling for the grant claims"), ranked from what the
interviewers described and asked and, lower, the candidate's concrete answers; never a
greeting in another language, a place, the job's title from the file's heading, a vague word
with a weak head, or the candidate's past job."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.core.transcript import parse_transcript
from followup.services.debrief import place_lookup, word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


def nps(sentence: str, data: dict) -> list[str]:
    grammar = Grammar.from_mapping(data["grammar"])
    numbers = frozenset({"two", "ten", "forty"})
    tokens = tag(sentence, grammar, word_classes, frozenset(), numbers)
    return [p.key for p in phrases(tokens, grammar)]


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        (
            "The tricky bit is audit sampling for the grant claims.",
            ["audit sampling for the grant claims"],
            [],
        ),
        (
            "We want tighter slot booking at the cross-dock warehouse.",
            ["tighter slot booking at the cross-dock warehouse"],
            ["cross-dock warehouse"],  # inside the phrase, not a phrase of its own
        ),
        (
            "Then onboarding of new franchise owners, which is slow.",
            ["onboarding of new franchise owners"],
            [],
        ),
        ("Every 5S audit and our 3PL contract were late.", ["5s audit", "3pl contract"], []),
        ("We run stock counts in the evening.", ["stock counts"], ["stock counts in"]),
        ("Temp onboarding for peak season is a mess.", ["temp onboarding for peak season"], []),
        ("I'm on the warehouse Wi-Fi, sorry.", [], []),
        ("We ran that for two years.", [], ["years"]),
        ("São Tomé's café supplier was late.", ["café supplier"], ["o tom"]),
        (  # a participle that is also a noun, before "by"
            "Every graduate gets the beginning teacher program run by the region.",
            ["beginning teacher program"],
            ["program run"],
        ),
        (  # a verb in -s closing a clause opened by "how much"
            "So I know how much the master data matters.",
            ["master data"],
            ["data matters"],
        ),
        (  # two things joined by "and", the first a plural: no shared head
            "Honestly, mostly spreadsheets and Power BI.",
            [],
            ["spreadsheets and power bi"],
        ),
        (  # "better" after a noun and its verb is an adverb, so the verb is one
            "No problem at all, the evening works better for me.",
            [],
            ["evening works"],
        ),
    ],
)
def test_a_head_keeps_what_it_is_about(
    data: dict, sentence: str, expected: list[str], never: list[str]
) -> None:
    found = nps(sentence, data)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert not any(phrase in f for f in found if f not in expected), (phrase, found)


def topics_of(text: str, candidate: str, data: dict, role: str = "Candidate") -> list[str]:
    parsed = parse_transcript(text)
    words = debrief.DebriefWords.from_data(data)
    label = debrief.candidate_speaker(parsed, candidate, words.candidate_phrases)
    from followup.core.transcript import with_candidate

    parsed = with_candidate(parsed, label, candidate)
    interview = Interview("Employer", role, date(2027, 6, 1), Format.VIDEO)
    places = place_lookup(" ".join(c.text for c in parsed.cues))
    found = debrief.propose(
        parsed, [], interview, candidate, words, debrief.Limits(), None, word_classes, places
    )
    return [p.text.lower() for p in found if p.kind == "topic"]


TRANSCRIPT = "\n".join(
    [
        "Pharmacy Team Leader interview - notes",
        "Position: Pharmacy Team Leader",
        "Organisation: Greenleaf Chemists",
        "",
        "Olga Petrenko: Dobryi den, Farid! Buenas tardes too, since you said you speak Spanish.",
        "Farid Haddad: Buenas tardes, thank you.",
        "Olga Petrenko: So the pharmacy team leader role is mostly about the dispensary. "
        "The main thing is repeat prescription turnaround for care homes, it takes four "
        "days now.",
        "Olga Petrenko: The other area is the controlled drug register checks in the "
        "Galway branch, the last inspection found gaps.",
        "Olga Petrenko: How would you handle a difficult case at the counter?",
        "Farid Haddad: I'd start with a private consultation room chat and a clear "
        "escalation note.",
        "Farid Haddad: At my last shop I introduced blister packing and we cut errors by half.",
        "Olga Petrenko: Good. We also run flu vaccination clinics for local employers "
        "every autumn.",
        "",
    ]
)


def test_topics_keep_their_complements_and_skip_greetings_places_and_the_job(data) -> None:
    found = topics_of(TRANSCRIPT, "Farid Haddad", data)
    assert "repeat prescription turnaround for care homes" in found
    assert any("controlled drug register checks" in t for t in found)
    assert any("flu vaccination clinics" in t for t in found)
    for bad in ("dobryi", "buenas", "galway", "team leader", "role", "difficult case"):
        assert not any(bad in t for t in found), (bad, found)
    assert not any("blister" in t for t in found)  # the candidate's last job


def test_a_concrete_answer_of_the_candidate_may_be_a_topic(data) -> None:
    found = topics_of(TRANSCRIPT, "Farid Haddad", data)
    assert any("escalation note" in t or "consultation room" in t for t in found), found


def test_the_meetings_own_kit_is_no_topic(data) -> None:
    text = (
        "Ada Moss: Sorry, I'm on the hotel Wi-Fi and my headset is flaky today.\n"
        "Ada Moss: The route planning tool is what the drivers complain about most.\n"
        "Ada Moss: The route planning tool crashes every Monday morning.\n"
    )
    found = topics_of(text, "Ben Tan", data)
    assert "the route planning tool" in found
    assert not any("wi-fi" in t or "headset" in t for t in found), found


def test_greetings_in_other_languages_are_no_topics(data) -> None:
    words = debrief.DebriefWords.from_data(data)
    assert debrief.greets(["kia", "ora"], words)
    assert debrief.greets(["boa", "tarde!"], words)
    assert not debrief.greets(["board", "targets"], words)


def test_place_names_load_only_when_a_capitalised_word_is_asked_about() -> None:
    from followup.services import debrief as service

    service._place_names.cache_clear()
    is_place = place_lookup("The depot in Leeds opens at six. Night shifts are long.")
    assert not is_place("Night")  # a sentence's first word: never looked up
    assert service._place_names.cache_info().currsize == 0
    assert is_place("Leeds")
    assert service._place_names.cache_info().currsize == 1

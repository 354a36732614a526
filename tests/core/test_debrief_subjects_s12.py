"""Two subjects that share a word are two topics, and a clause's verb is no topic's word
(issue 9 kind 12, s12). A phrase that shares only a word before its head with a topic
already chosen ("guest messaging platform" beside "guest complaints") names another subject:
it waits until every phrase that shares no word was tried, then takes a free place; one that
shares the head ("the triage queue for motor claims" beside "the claims triage queue") says
it again. A plural subject's verb after a determiner ("Our nurses work shifts") and a
participle after a plural noun ("the store orders spread over the week") end the noun
phrase, and a word after "then" that opens a clause is its verb ("Then set service level
objectives …")."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes
from helpers_debrief import nps


def _topics(lines: list[str], data: dict) -> list[str]:
    text = "".join(line + "\n" for line in lines)
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 8, 9), Format.VIDEO)
    return [
        p.text
        for p in debrief.propose(
            parse_transcript(text),
            [],
            interview,
            "Lwazi Dube",
            words,
            debrief.Limits(),
            lexicon=word_classes,
        )  # fmt: skip
        if p.kind == "topic"
    ]


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        (
            "How do you handle freight claims? Freight claims eat our week.",
            "This year we're also rolling out automated freight invoice matching.",
            ("freight claims", "automated freight invoice matching"),
        ),
        (
            "How would you handle guest complaints? Guest complaints arrive daily.",
            "Next spring we move to a new guest messaging platform.",
            ("guest complaints", "guest messaging platform"),
        ),
        (
            "What do you know about patient transport? Patient transport is always late.",
            "We're piloting a patient flow dashboard on the surgical floor.",
            ("patient transport", "patient flow dashboard"),
        ),
    ],
)
def test_a_phrase_sharing_a_modifier_is_another_subject(first, second, kept, data) -> None:
    """It waits until every phrase that shares no word was tried, then takes a free place."""
    topics = _topics(
        [
            "Mbali Khoza: Thanks for joining us this morning, it's good to meet you.",
            f"Mbali Khoza: {first}",
            "Lwazi Dube: That makes sense, I've seen the same in my current job.",
            f"Mbali Khoza: {second}",
            "Lwazi Dube: That sounds like a good project to be part of.",
        ],
        data,
    )
    assert all(any(k in t for t in topics) for k in kept), topics


def test_a_phrase_that_shares_the_head_says_it_again(data) -> None:
    topics = _topics(
        [
            "Mbali Khoza: Thanks for joining us this morning, it's good to meet you.",
            "Mbali Khoza: The claims triage queue is where we lose time, the claims triage "
            "queue is slow.",
            "Lwazi Dube: That makes sense, I've seen the same in my current job.",
            "Mbali Khoza: We also keep a separate triage queue for motor claims at night.",
            "Lwazi Dube: That sounds like a good thing to fix.",
        ],
        data,
    )
    queues = [t for t in topics if "triage queue" in t]
    assert len(queues) == 1, topics


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Our nurses work shifts, so classroom training is difficult.", "work", "nurses"),
        ("The night porters run errands for the wards.", "run", "night porters"),
        ("So our drivers cover routes across three valleys.", "cover", "drivers"),
    ],
)
def test_a_plural_subjects_verb_after_a_determiner_ends_the_phrase(
    sentence, never, kept, grammar
) -> None:
    found = nps(sentence, grammar)
    assert not any(never in f.split() for f in found), found
    assert kept in found, found


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("We'd love the store orders spread over the week.", "spread", "store orders"),
        ("Customers hate the delivery slots cut at short notice.", "cut", "delivery slots"),
        ("We want the stock takes set for quiet days.", "set", "stock takes"),
    ],
)
def test_a_participle_after_a_plural_noun_ends_the_phrase(sentence, never, kept, grammar) -> None:
    found = nps(sentence, grammar)
    assert not any(never in f.split() for f in found), found
    assert kept in found, found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The sales team targets are high this year.", "sales team targets"),
        ("The margarine spread on the toast was nice.", "margarine spread"),
        ("We cut the price cut on bread last week.", "price cut"),
    ],
)
def test_compounds_keep_their_heads(sentence, phrase, grammar) -> None:
    assert any(f.startswith(phrase) for f in nps(sentence, grammar)), nps(sentence, grammar)


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Then set clear escalation paths for the night shift.", "set", "clear escalation"),
        ("Map the process first, then build a simple dashboard.", "build", "dashboard"),
        ("Then fix the rota for the weekend shift.", "fix", "rota"),
    ],
)
def test_the_verb_after_then_is_the_next_step_not_a_noun(sentence, never, kept, grammar) -> None:
    """ "then" opening a clause is followed by what is done next: a word that can be a verb
    is one there, so "set escalation paths …" is no phrase."""
    found = nps(sentence, grammar)
    assert not any(never in f.split() for f in found), found
    assert any(f.startswith(kept) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We audit the site, then stock counts happen on Friday.", "stock counts"),
        ("Mostly barley, and then winter chickpeas and wheat.", "winter chickpeas"),
        ("And then scheduling of part-time staff gets hard.", "scheduling of part-time staff"),
    ],
)
def test_a_noun_phrase_after_then_stays_whole(sentence, phrase, grammar) -> None:
    assert phrase in nps(sentence, grammar), nps(sentence, grammar)

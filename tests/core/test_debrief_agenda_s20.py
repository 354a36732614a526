"""Topics the interviewers list (issue 9, kind 12, s20): a sentence that is a noun phrase
alone after a list's opening word ("Then provenance research.", "And finally the annual
inventory check, which we do in January.", "Next, the weekend rota.", "Then there is barrel
tracking.") names the next subject, as "What about …?" does; a compound of a noun and an
-ing word ("problem-solving reports", "decision-making tools") is a noun's modifier, never a
verb; an adjective and an -ing word
after "you be" ("would you be comfortable travelling to suppliers") are the candidate's
predicate, no topic; a noun or -s verb with a determiner after it ("every part needs a new
approval") is the verb, and the word before it the subject's noun."""

from __future__ import annotations

import pytest

from followup.core import debrief
from followup.core.noun_phrases import phrases, tag
from followup.services.debrief import word_classes
from helpers_debrief import nps


@pytest.fixture(scope="module")
def words(data: dict) -> debrief.DebriefWords:
    return debrief.DebriefWords.from_data(data)


def _headings(sentence: str, words: debrief.DebriefWords) -> set[str]:
    assert words.grammar is not None
    tokens = tag(sentence, words.grammar, word_classes, frozenset(), frozenset())
    return debrief.headings(sentence, phrases(tokens, words.grammar), words)


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Then provenance research.", "provenance research"),
        ("And finally the annual inventory check, which we always do in January.",
         "annual inventory check"),
        ("Then the glass plate negatives.", "glass plate negatives"),
        ("Next, the weekend rota.", "weekend rota"),
        ("Also, driver fatigue monitoring.", "driver fatigue monitoring"),
        ("And lastly our tender pipeline.", "tender pipeline"),
        ("Then there is barrel tracking.", "barrel tracking"),
        ("And there's the parent notification app, which nobody opens.",
         "parent notification app"),
    ],
)  # fmt: skip
def test_a_listed_subject_is_a_heading(sentence, heading, words) -> None:
    assert heading in _headings(sentence, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Then the budget was cut.",  # a clause, not a listed subject
        "And the depot manager agreed with us.",
        "Then we moved the servers.",
        "The annual inventory check.",  # no list's opening word
        "There is barrel tracking, but nobody trusts it.",  # a clause goes on after it
    ],
)
def test_a_clause_after_a_lists_word_is_no_heading(sentence, words) -> None:
    assert not _headings(sentence, words)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The last thing is problem-solving reports.", "problem-solving reports"),
        ("We need better decision-making tools.", "decision-making tools"),
        ("Our record-keeping rules changed.", "record-keeping rules"),
    ],
)
def test_a_noun_and_ing_compound_is_a_modifier(sentence, phrase, grammar) -> None:
    assert phrase in nps(sentence, grammar)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Would you be comfortable travelling to suppliers, maybe two days a week?",
         "comfortable travelling"),
        ("Are you happy working with the night shift?", "happy working"),
    ],
)  # fmt: skip
def test_the_candidates_predicate_is_no_phrase(sentence, never, grammar) -> None:
    assert never not in nps(sentence, grammar)


def test_a_subjects_ing_noun_after_is_stays(grammar) -> None:
    # "is" after a noun: the -ing word is the team's subject, kept whole
    assert "inconsistent reporting" in " ".join(
        nps("Our biggest headache is inconsistent reporting to the board.", grammar)
    )


def _topics(lines: list[str], data: dict) -> list[str]:
    from datetime import date

    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    text = "\n".join(
        [
            "Ruth Okonjo: Thanks for joining us this morning, it's good to meet you.",
            *(f"Ruth Okonjo: {line}" for line in lines),
            "Dawit Bekele: I have, yes. At my last job we kept a register for it.",
        ]
    )
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 3, 2), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Dawit Bekele", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return [p.text for p in proposals if p.kind == "topic"]


def test_how_pressing_a_subject_is_names_no_topic(data) -> None:
    topics = _topics(
        ["For me, the urgent topic is our touring exhibition, which travels in the autumn."],
        data,
    )
    assert not any("urgent" in t for t in topics)
    assert any("touring exhibition" in t for t in topics)


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Every moved part needs a new production part approval.", "moved part needs",
         "production part approval"),
        ("Each kiln load needs the night shift.", "kiln load needs", "night shift"),
    ],
)  # fmt: skip
def test_a_verb_with_its_object_ends_the_subjects_phrase(sentence, never, kept, grammar) -> None:
    found = nps(sentence, grammar)
    assert never not in found
    assert kept in found

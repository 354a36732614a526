"""What an unnamed voice tells, and a joined subject's verb (issue 9 kind 12, s12).

An Otter export names a voice it could not tell "Unknown Speaker". In a transcript whose other
voices are named, such a turn that asks the candidate something right before or after one of
their answers is an interviewer's: what it tells of the team ("We're about to rewrite our
secondary suite bylaw.") is read for topics; its question's examples are not, and neither is
someone breaking in ("Sorry, is this the room for …?", [words] interruptions), and no
apology, whoever says it, is a topic's source ("Sorry about the wind noise."). Two noun
phrases joined by "and", each with its own determiner, that open a clause are a plural
subject: the base form after them is their verb ("when a merger filing and an urgent
investigation hit at the same time")."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes
from helpers_debrief import nps


def _otter(unnamed: str) -> str:
    return (
        "Ingrid Solberg  0:01\n"
        "Good morning Kemal, thanks for coming in. I'm Ingrid, I lead the port operations "
        "team.\n\n"
        "Kemal Aydin  0:09\n"
        "Good morning, thanks for having me.\n\n"
        "Ingrid Solberg  0:12\n"
        "Tell us a bit about your current job.\n\n"
        "Kemal Aydin  0:16\n"
        "I plan vessel calls for a feeder terminal, mostly short-sea container ships.\n\n"
        "Unknown Speaker  0:30\n"
        f"{unnamed}\n\n"
        "Kemal Aydin  0:38\n"
        "Yes, I have done that twice, and both times the hard part was the data.\n"
    )


def _topics(text: str, data: dict) -> list[str]:
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 6, 14), Format.VIDEO)
    return [
        p.text
        for p in debrief.propose(
            parse_transcript(text),
            [],
            interview,
            "Kemal Aydin",
            words,
            debrief.Limits(),
            lexicon=word_classes,
        )  # fmt: skip
        if p.kind == "topic"
    ]


@pytest.mark.parametrize(
    ("unnamed", "topic"),
    [
        (
            "We're about to replace our berth scheduling software. Have you been through that?",
            "berth scheduling software",
        ),
        (
            "Our reefer inspection backlog is about six weeks right now. How would you cut it?",
            "reefer inspection backlog",
        ),
        (
            "Next spring we roll out a new gate appointment system. Have you used one?",
            "gate appointment system",
        ),
    ],
)
def test_what_an_unnamed_interviewer_tells_of_the_team_is_read(unnamed, topic, data) -> None:
    topics = _topics(_otter(unnamed), data)
    assert any(topic in t for t in topics), topics


@pytest.mark.parametrize(
    ("unnamed", "never"),
    [
        ("Sorry, is this the room for the procurement review? Oh, my mistake.", "procurement"),
        ("Excuse me, the pilot boat schedule has changed. Can someone sign this?", "pilot boat"),
        ("The truck from the timber yard is here for the pallets.", "timber yard"),
    ],
)
def test_an_interruption_or_a_remark_that_asks_nothing_is_not_read(unnamed, never, data) -> None:
    topics = _topics(_otter(unnamed), data)
    assert not any(never in t for t in topics), topics


def test_the_examples_of_an_unnamed_question_are_no_topics(data) -> None:
    unnamed = "How do you cope when a hull survey and an urgent crane repair land the same week?"
    topics = _topics(_otter(unnamed), data)
    assert not any("hull survey" in t or "crane repair" in t for t in topics), topics


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        (
            "What happens when a merger filing and an urgent investigation hit at once?",
            "hit",
            "urgent investigation",
        ),
        ("The kiln and the dryer run on gas from the same line.", "run", "dryer"),
        ("So the planner and the buyer meet on Mondays.", "meet", "buyer"),
    ],
)
def test_a_joined_subjects_verb_is_no_noun(sentence, never, kept, grammar) -> None:
    found = nps(sentence, grammar)
    assert not any(never in f.split() for f in found), found
    assert kept in found, found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We're behind on the damp and mould backlog.", "damp and mould backlog"),
        ("We keep a dryer and a backup fan on site.", "backup fan"),
        ("It has a bar and a coffee shop in the lobby.", "coffee shop"),
    ],
)
def test_a_shared_head_or_two_objects_stay_noun_phrases(sentence, phrase, grammar) -> None:
    assert any(f.startswith(phrase) for f in nps(sentence, grammar)), nps(sentence, grammar)


def _said_by_interviewer(line: str, data: dict) -> list[str]:
    text = (
        "Ingrid Solberg: Thanks for joining us this morning, it's good to meet you.\n"
        f"Ingrid Solberg: {line}\n"
        "Kemal Aydin: No problem at all, happy to be here.\n"
        "Ingrid Solberg: So, tell us about your current job.\n"
    )
    return _topics(text, data)


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("Sorry about the generator noise, I'm out on the quay today.", "generator noise"),
        ("Sorry, the dock radio is really loud today.", "dock radio"),
        ("Apologies for the building work noise next door.", "building work"),
        ("Excuse me, the hangar doors are open so it's a bit loud.", "hangar doors"),
    ],
)
def test_an_apology_is_about_the_call_not_a_topic(line, never, data) -> None:
    """A sentence that opens with an apology ([words] interruptions) speaks of the meeting
    itself ("Sorry about the wind noise."), whoever says it."""
    topics = _said_by_interviewer(line, data)
    assert not any(never in t for t in topics), topics


def test_the_question_after_an_apology_is_read(data) -> None:
    line = "Sorry, can I jump in? How do you plan berth windows for the new service?"
    assert any("berth windows" in t for t in _said_by_interviewer(line, data))


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("Our drivers share delivery photos in a WhatsApp group every evening.", "whatsapp"),
        ("We moved the parent updates onto a Viber channel last year.", "viber"),
        ("Tenants book repairs through a WeChat mini program.", "wechat"),
        ("Most suppliers message us on WeChat about container delays.", "wechat"),
    ],
)
def test_a_messaging_app_is_a_channel_not_a_topic(line, never, data) -> None:
    """The app people call or message on ([words] boilerplate_words) is no topic's word."""
    topics = _said_by_interviewer(line, data)
    assert not any(never in t.lower() for t in topics), topics


def test_a_text_message_topic_stays(data) -> None:
    line = "We're adding SMS appointment reminders for the evening clinics."
    assert any("SMS appointment reminders" in t for t in _said_by_interviewer(line, data))

"""The employer's decision day is read from the interviewer's own words (issue 9 kind 12,
s11): a sentence that names the decision but no day ("a decision meeting", "feedback goes by
email") is finished only by the same speaker's next words, never by what they say after the
candidate has answered ("There are six planners … two from home")."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _decision(text: str, words: debrief.DebriefWords) -> str | None:
    interview = Interview("Employer", "Candidate", date(2027, 10, 20), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Noor Haddad", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return next((p.text for p in proposals if p.kind == "decision_date"), None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ines Carvalho: The weekly review is a status update rather than a decision forum.\n"
            "Noor Haddad: I would send the options two days before and close with three choices.\n"
            "Ines Carvalho: There are five analysts, three days in the office, two at home.\n"
            "Ines Carvalho: We'll let you know by Friday.\n",
            "2027-10-22",
        ),
        (
            "Ines Carvalho: Right now feedback goes to the vendors by email and gets lost.\n"
            "Noor Haddad: A shared log helped us, one place for every question and answer.\n"
            "Ines Carvalho: Hybrid, two days in the studio, and we ship an update every month.\n",
            None,
        ),
        (
            "Ines Carvalho: The decision log is kept by the project office.\n"
            "Noor Haddad: We kept ours in the wiki and reviewed it on Mondays.\n"
            "Ines Carvalho: The team meets on Thursday mornings.\n"
            "Ines Carvalho: You'll hear from us within five working days.\n",
            "2027-10-27",
        ),
    ],
)
def test_no_day_is_read_across_the_candidates_answer(text, day, words) -> None:
    assert _decision(text, words) == day


def test_the_same_speakers_next_words_still_finish_the_sentence(words) -> None:
    text = (
        "Ines Carvalho: We'll make a call soon.\n"
        "Ines Carvalho: By Friday, I hope.\n"
        "Noor Haddad: That sounds great, thank you.\n"
    )
    assert _decision(text, words) == "2027-10-22"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ines Carvalho: We'll make a decision on the shortlist soon.\n"
            "Noor Haddad: Great.\nNoor Haddad: Thanks.\nNoor Haddad: Sounds good.\n"
            "Ines Carvalho: By Friday, I hope.\n",
            "2027-10-22",
        ),
        (
            "Ines Carvalho: The panel decides on the offer after the last interview.\n"
            "Noor Haddad: Okay.\nNoor Haddad: Perfect, thank you.\nNoor Haddad: Brilliant.\n"
            "Ines Carvalho: Within five working days.\n",
            "2027-10-27",
        ),
        (
            "Ines Carvalho: We'll let you know our decision shortly.\n"
            "Noor Haddad: Lovely.\nNoor Haddad: Cheers.\nNoor Haddad: Understood.\n"
            "Ines Carvalho: Probably by Friday.\n",
            "2027-10-22",
        ),
    ],
)
def test_the_candidates_short_replies_do_not_end_the_interviewers_thought(text, day, words) -> None:
    """Only the speaker's own sentences count toward how far a decision is finished: short
    replies of the candidate's ("Great." "Thanks.") between are passed over."""
    assert _decision(text, words) == day

"""A longer talk may have more topics (issue 9 kind 12, s11): max_topics up to
long_talk_words spoken words, one more for each topic_words beyond, never more than
most_topics; long_talk_words = 0 keeps the cap fixed."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes


@pytest.mark.parametrize(
    ("spoken", "cap"),
    [(100, 8), (600, 8), (749, 8), (750, 9), (900, 10), (1500, 12), (50_000, 12)],
)
def test_the_cap_grows_with_the_talk(spoken: int, cap: int) -> None:
    limits = debrief.Limits(max_topics=8, long_talk_words=600, topic_words=150, most_topics=12)
    assert limits.topics_for(spoken) == cap


def test_a_fixed_cap_when_asked() -> None:
    assert debrief.Limits(max_topics=3, long_talk_words=0).topics_for(5000) == 3
    assert debrief.Limits(max_topics=3, long_talk_words=10, most_topics=2).topics_for(900) == 3


def test_a_long_talk_proposes_more_topics() -> None:
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    words = debrief.DebriefWords.from_data(data)
    things = [
        "the pallet racking survey", "the forklift charging bays", "the returns triage bench",
        "the carrier scorecard review", "the dock door schedule", "the slotting heat map",
        "the cycle count backlog", "the packing bench layout", "the label printer fleet",
        "the cross-dock trial", "the yard camera rollout", "the shrink audit programme",
    ]  # fmt: skip
    lines = []
    for thing in things:
        lines += [
            f"Ines Carvalho: The big piece this quarter is {thing}, and we talk about {thing} "
            "every single week with the site leads and the regional planners.",
            "Noor Haddad: That makes sense, I have seen something similar in my last job.",
        ]
    text = "\n".join(lines * 2) + "\n"
    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)

    def topics(limits: debrief.Limits) -> list[str]:
        proposals = debrief.propose(
            parse_transcript(text), [], interview, "Noor Haddad", words, limits,
            lexicon=word_classes,
        )  # fmt: skip
        return [p.text for p in proposals if p.kind == "topic"]

    fixed = topics(debrief.Limits(max_topics=8, long_talk_words=0))
    grown = topics(debrief.Limits(max_topics=8, long_talk_words=300, topic_words=100))
    assert len(fixed) == 8 and len(grown) > 8


def test_the_limits_default_to_the_packaged_data() -> None:
    """Limits() is what the packaged debrief.toml [proposals] says, so a test or a caller
    without the data proposes as the command does (a long talk gets more topics)."""
    import dataclasses
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    defaults = {f.name: f.default for f in dataclasses.fields(debrief.Limits)}
    assert data["proposals"] == defaults

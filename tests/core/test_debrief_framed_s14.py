"""What an interviewer frames as a subject is proposed as said (issue 9 kind 12, s14): the
noun phrase after "our biggest headache is", "one of our challenges is", "the real bottleneck
is" (a word of [words] frame_heads before "is"), even when it is said once ("rolled bookings",
"early delinquency"); and the pair a heading names ("Let's talk about demurrage and
detention.") is one subject, not two."""

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


def _topics(line: str, words: debrief.DebriefWords) -> list[str]:
    text = (
        "Halima Yusuf: Thanks for joining us from Mombasa today.\n"
        "Kofi Asante: Thank you, glad to be here.\n"
        "Halima Yusuf: We run the warehouse management system across four depots, and the "
        "warehouse management system is due an upgrade.\n"
        "Kofi Asante: I used a similar warehouse management system in my last job.\n"
        f"Halima Yusuf: {line}\n"
        "Kofi Asante: I have seen that before, we handled it with a weekly review.\n"
        "Halima Yusuf: The night shift rota and the night shift handover matter a lot too.\n"
        "Kofi Asante: Understood.\n"
    )
    interview = Interview("Employer", "Candidate", date(2027, 3, 9), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Kofi Asante", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return [p.text.lower() for p in proposals if p.kind == "topic"]


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Our biggest headache at the moment is rolled bookings.", "rolled bookings"),
        ("One of our challenges is early delinquency.", "early delinquency"),
        ("The real bottleneck is customs clearance.", "customs clearance"),
        ("Honestly, the main worry for us is staff turnover.", "staff turnover"),
        ("The other big problem is duplicate invoices.", "duplicate invoices"),
    ],
)
def test_the_phrase_after_a_framing_head_and_is_is_a_topic(line, topic, words) -> None:
    found = _topics(line, words)
    assert any(topic in t for t in found), found


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Let's talk about demurrage and detention.", "demurrage and detention"),
        ("I want to ask about biosecurity and traceability.", "biosecurity and traceability"),
        ("What about payroll and leave?", "payroll and leave"),
        ("Let me move on to calibration and the audit trail.", "calibration and the audit trail"),
    ],
)
def test_a_pair_a_heading_names_is_one_subject(line, topic, words) -> None:
    found = _topics(line, words)
    assert any(topic in t for t in found), found

"""`followup call` on every shape of round: the sheet is complete and reads as speech.

An opener, two or three points, a question and a close, then a voicemail giving the number
twice, whether the call goes to the coordinator or to one of a panel, with or without topics,
with or without a number to dial. Rounds are recorded through the command line into the test's
own SQLite file.
"""

from __future__ import annotations

import re

import pytest

TODAY = "2026-11-30"
PROFILE = ("profile", "--name", "Ngozi Adeyemi", "--email", "ngozi@example.org",
           "--phone", "+1 773 555 0148")  # fmt: skip
BASE = ("add", "--interviewed", "2026-11-26", "--format", "in-person", "--channel", "phone")

SHAPES = {
    "coordinator, topics, number": (
        "--company", "Lakeshore Freight", "--role", "Dispatch Lead", "--country", "US",
        "--subdiv", "IL",
        "--coordinator", "Marisol Vega, marisol@lakeshore.example, +1 312 555 0117",
        "--interviewer", "Tom Brandt <tom@lakeshore.example>",
        "--topic", "moving the night shift onto the new routing software",
    ),
    "coordinator only, no topics, no number": (
        "--company", "Hollins Veterinary", "--role", "Vet Nurse", "--country", "GB",
        "--coordinator", "Rhiannon Price <rhiannon@hollins.example>",
    ),
    "panel, no coordinator, no topics": (
        "--company", "Qwerty Labs", "--role", "QA Analyst", "--country", "CA",
        "--interviewer", "Priya Raman <priya@qwerty.example> +1 416 555 0190",
        "--interviewer", "Luc Gagnon <luc@qwerty.example>",
        "--interviewer", "Emma Stone <emma@qwerty.example>",
    ),
    "one interviewer, topic, no coordinator": (
        "--company", "Brightwater School", "--role", "Maths Teacher", "--country", "AU",
        "--interviewer", "Kylie Nguyen <kylie@brightwater.example> +61 2 9374 4000",
        "--topic", "the year 9 numeracy program",
    ),
}  # fmt: skip


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_section_is_there_and_spoken(cli, shape: str) -> None:
    assert cli(*PROFILE).code == 0
    added = cli(*BASE, *SHAPES[shape], "--json")
    assert added.code == 0, added.err
    round_id = str(added.json()["id"])  # type: ignore[index]
    res = cli("call", round_id, "--today", TODAY, "--json")
    assert res.code == 0, res.err
    parts = res.json()["sections"]  # type: ignore[index]
    for name in ("opener", "points", "question", "close", "voicemail"):
        assert parts[name].strip(), (shape, name, parts)
    assert "Ngozi" in parts["opener"]  # who is calling, first thing
    assert parts["opener"].rstrip().endswith("?")  # asks whether it is a good moment
    points = [p for p in parts["points"].splitlines() if p.startswith("- ")]
    assert 2 <= len(points) <= 3, parts["points"]
    assert "?" in parts["question"]
    script = " ".join(parts[n] for n in ("opener", "points", "question", "close"))
    assert re.search(r"\b(?:I'm|it's|I'd|I've|that's|didn't)\b", script, re.I)  # said, not read
    assert not re.search(r"\bDear\b|\bRegards\b|\bI am\b|\bI would\b", script)
    for sentence in sentences(script.replace("- ", "")):
        assert len(sentence.split()) <= 20, sentence  # short enough to say in one breath
    voicemail = parts["voicemail"]
    number = re.findall(r"\(773\) 555-0148|\+1 773-555-0148", voicemail)
    assert len(number) == 2, voicemail  # the number, twice
    assert 15 <= res.json()["voicemail"]["speaking_seconds"] <= 25  # type: ignore[index]


def test_the_human_sheet_says_what_is_missing(run_followup) -> None:
    assert run_followup(*PROFILE).code == 0
    shape = SHAPES["coordinator only, no topics, no number"]
    added = run_followup(*BASE, *shape, "--json")
    assert added.code == 0, added.err
    res = run_followup("call", str(added.json()["id"]), "--today", TODAY)  # type: ignore[index]
    assert res.code == 0, res.err
    assert "Dial: no number on record for Rhiannon Price" in res.out
    assert "no phone number is recorded" in res.err
    opener = res.out.split("Opener:\n", 1)[1].split("\n\n", 1)[0]
    assert opener.strip() and "Sam" not in opener

"""Helpers shared by the tests of debrief topics and noun phrases: transcripts as the tools
write them (Zoom, Teams, SubRip) (the debrief data and its
grammar are the fixtures `data` and `grammar` of tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from followup.config import load_settings
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.services import debrief, records
from followup.services.debrief import word_classes


def nps(sentence: str, grammar: Grammar) -> list[str]:
    """The keys of the noun phrases of `sentence`, with no names and no numbers known."""
    return [
        p.key
        for p in phrases(tag(sentence, grammar, word_classes, frozenset(), frozenset()), grammar)
    ]


def zoom_vtt(*lines: tuple[str, str]) -> str:
    """A Zoom WebVTT file of numbered cues, one a second, each "Name: text"."""
    cues = [
        f"{n}\n00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n{who}: {text}\n"
        for n, (who, text) in enumerate(lines, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def debriefed(
    tmp_path: Path, name: str, text: str, day: date, candidate: str, country: str = "GB"
) -> debrief.Debrief:
    """The debrief of `text`, saved as `name`, for a round interviewed on `day` that records no
    people (as a new user's round), with `candidate` as the profile's name."""
    settings = load_settings()
    stored = records.add_interview(
        settings,
        Interview(
            company="Employer",
            role="Candidate",
            interviewed=day,
            format=Format.VIDEO,
            country=country,
        ),
    )
    records.update_profile(settings, name=candidate)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert stored.id is not None
    return debrief.propose(settings, stored.id, path)


def decision(result: debrief.Debrief) -> str | None:
    """The day of the proposed decision date (YYYY-MM-DD), or None."""
    found = [p.text for p in result.proposals if p.kind == "decision_date"]
    return found[0] if found else None


def decided(tmp_path: Path, said: str, day: date, country: str) -> str | None:
    """The decision date proposed for a short video call in which the interviewer says `said`
    (one line between a topic and a thank-you), interviewed on `day` in `country`."""
    return decision(
        debriefed(
            tmp_path,
            "interview.vtt",
            zoom(
                ("Ortwin Vasquez-Lindahl", "Let us talk about the crate washing line."),
                ("Fenella Obuya-Marsh", "Sure."),
                ("Ortwin Vasquez-Lindahl", said),
                ("Fenella Obuya-Marsh", "Thank you."),
            ),
            day,
            "Fenella Obuya-Marsh",
            country,
        )
    )


def topics(result: debrief.Debrief) -> list[str]:
    """The proposed topics, in small letters."""
    return [p.text.lower() for p in result.proposals if p.kind == "topic"]


def zoom(*turns: tuple[str, str]) -> str:
    """A Zoom cloud recording's WebVTT: numbered cues four seconds apart, "Name: text"."""
    cues = [
        f"{n}\n00:00:{n * 4:02d}.000 --> 00:00:{n * 4 + 3:02d}.500\n{who}: {text}\n"
        for n, (who, text) in enumerate(turns, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def teams(*turns: tuple[str, str]) -> str:
    """A Teams meeting transcript's WebVTT: GUID cue ids, <v Name> voices."""
    cues = [
        f"5b0f2c1e-8a8d-4c3e-9f7a-2d6e1b4c{n:04d}/{n + 10}-0\n"
        f"00:00:{n * 4:02d}.120 --> 00:00:{n * 4 + 3:02d}.880\n<v {who}>{text}</v>\n"
        for n, (who, text) in enumerate(turns, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def srt(*turns: tuple[str, str]) -> str:
    """SubRip with the speaker's name before a colon, as caption editors export it."""
    return srt_lines(*(f"{who}: {text}" for who, text in turns))


def srt_lines(*lines: str, step: int = 4) -> str:
    """SubRip whose cues are written as given (a label inside each line, or none), one every
    `step` seconds."""
    return "\n".join(
        f"{n}\n00:00:{n * step:02d},000 --> 00:00:{n * step + step - 1:02d},500\n{line}\n"
        for n, line in enumerate(lines, start=1)
    )


def debriefed_by_cli(
    cli: Callable[..., Any],
    tmp_path: Path,
    name: str,
    text: str,
    candidate: str,
    day: str,
    country: str,
) -> dict[str, Any]:
    """`followup debrief ID FILE --json` on `text` saved as `name`, for a round added by the
    command line (interviewed on `day`, a YYYY-MM-DD, in `country`) with `candidate` as the
    profile's name: the JSON answer."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert cli("profile", "--name", candidate).code == 0
    added = cli(
        "add", "--company", "Employer", "--role", "Candidate", "--interviewed", day,
        "--format", "video", "--country", country, "--yes", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    result = cli("debrief", str(added.json()["id"]), str(path), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    return data


def topic_texts(data: dict[str, Any]) -> list[str]:
    """The proposed topics of a `debrief --json` answer, as written."""
    return [p["text"] for p in data["proposals"] if p["kind"] == "topic"]

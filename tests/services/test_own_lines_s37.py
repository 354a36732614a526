"""A line of the user's own for one reader (what stayed with them, what they would add):
stored with the round, said as typed in that reader's note only, right after the sentence
that names the note's topic; never read as a topic, never asked about, never in another
note. Set with `followup edit ID --line PERSON WORDS`, asked for by `draft` in a terminal.
Rounds and words invented for these tests."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.errors import InvalidInput
from followup.core.models import Format, Person, PersonRole
from followup.services import drafting, records
from helpers_drafts import email_round, stored_round
from helpers_drafts import notes_by_name as notes_of

TODAY = "2027-05-07"
LINE = "I've since read the county's drone policy, and I'd be glad to fly the spring surveys"


def stored(topics: list[str]) -> int:
    return stored_round(
        email_round(
            "Larkspur Survey",
            "Survey Technician",
            [
                Person("Wren Adeyemi", "wren@larkspur.example", role=PersonRole.COORDINATOR),
                Person("Odile Ferreira", "odile@larkspur.example", role=PersonRole.INTERVIEWER),
                Person("Bram Kessler", "bram@larkspur.example", role=PersonRole.INTERVIEWER),
                Person("tamsin", None, role=PersonRole.INTERVIEWER),
            ],
            interviewed=date(2027, 5, 5), format=Format.IN_PERSON, country="US", subdiv="CO",
            tz="America/Denver", topics=topics,
        ),
        "Ana Reyes",
        "ana@post.example",
        qualifications=["Six years as a survey technician on county road projects"],
    )  # fmt: skip


def notes_by_name(round_id: int) -> dict[str, str]:
    return notes_of(round_id, TODAY)


TOPICS = ["odile: the new drone fleet for the spring", "bram: the backlog of boundary surveys"]


def test_a_line_is_said_as_typed_after_the_topic_in_that_note_only(followup_home) -> None:
    round_id = stored(TOPICS)
    assert drafting.add_lines(load_settings(), round_id, {"odile": LINE}) == 1
    said = notes_by_name(round_id)
    odile = " ".join(said["Odile Ferreira"].split())
    assert odile.count(LINE + ".") == 1, odile
    sentences = re.split(r"(?<=[.!?])\s+", odile)
    at = next(i for i, s in enumerate(sentences) if s.startswith("I've since read"))
    assert "drone fleet" in sentences[at - 1], sentences  # right after its topic
    for name, body in said.items():
        if name != "Odile Ferreira":
            assert "drone policy" not in body, (name, body)


def test_a_line_is_no_topic_and_is_never_asked_about(followup_home) -> None:
    round_id = stored(TOPICS)
    drafting.add_lines(
        load_settings(), round_id, {"Bram Kessler": "I'd start with the oldest plats."}
    )
    interview = records.get_interview(load_settings(), round_id)
    language = drafting.load_data(load_settings(), "US").language
    said = compose.said_specifics(interview, language)
    assert not any("oldest plats" in s.recorded for s in said)
    assert not any(
        "oldest plats" in q.recorded for q in drafting.topic_questions(load_settings(), round_id)
    )
    batch = drafting.write_drafts(
        load_settings(), round_id, kind="email", each=True, save=False, today=TODAY
    )
    for w in batch.written:
        assert not any("oldest plats" in d["recorded"] for d in w.doubts)


def test_one_line_a_person_replaced_and_taken_away(followup_home) -> None:
    round_id = stored(TOPICS)
    settings = load_settings()
    drafting.add_lines(settings, round_id, {"odile": "First thought."})
    drafting.add_lines(settings, round_id, {"Odile": LINE})
    topics = records.get_interview(settings, round_id).topics
    assert [t for t in topics if ": line: " in t] == [f'Odile Ferreira: line: "{LINE}"']
    drafting.add_lines(settings, round_id, {"odile": ""})
    assert records.get_interview(settings, round_id).topics == TOPICS


def test_a_line_for_nobody_is_refused_in_one_line(followup_home) -> None:
    round_id = stored(TOPICS)
    with pytest.raises(InvalidInput, match=r"--line: no one called 'zed'"):
        drafting.add_lines(load_settings(), round_id, {"zed": "hello"})
    assert records.get_interview(load_settings(), round_id).topics == TOPICS


def test_the_questions_name_whom_a_note_goes_to_and_what_it_is_about(followup_home) -> None:
    round_id = stored(TOPICS)
    asked = {q.name: q for q in drafting.line_questions(load_settings(), round_id)}
    assert set(asked) == {"Wren Adeyemi", "Odile Ferreira", "Bram Kessler"}  # no address: none
    assert asked["Wren Adeyemi"].coordinator
    assert any("drone fleet" in t for t in asked["Odile Ferreira"].topics)
    assert drafting.readers(load_settings(), round_id, each=True, to=None, today=TODAY) == [
        "Odile Ferreira",
        "Bram Kessler",
    ]


def test_the_command_line_sets_a_line(run_followup) -> None:
    add = run_followup(
        "add", "--company", "Larkspur Survey", "--role", "Survey Technician",
        "--interviewed", "2027-05-05", "--format", "in-person",
        "--interviewer", "Odile Ferreira <odile@larkspur.example>",
        "--topic", "odile: the new drone fleet for the spring", "--json",
    )  # fmt: skip
    assert add.code == 0, add.err
    round_id = str(json.loads(add.out)["id"])
    assert run_followup("profile", "--name", "Ana Reyes").code == 0
    edit = run_followup("edit", round_id, "--line", "odile", LINE, "--json")
    assert edit.code == 0, edit.err
    assert f'Odile Ferreira: line: "{LINE}"' in json.loads(edit.out)["topics"]
    bad = run_followup("edit", round_id, "--line", "zed", "x")
    assert bad.code != 0 and "Traceback" not in bad.err and len(bad.err.strip().splitlines()) == 1
    drafted = json.loads(run_followup("draft", round_id, "--today", TODAY, "--json").out)
    assert LINE in " ".join(drafted["drafts"][0]["body"].split())


def test_a_claim_the_line_says_already_is_not_said_again(followup_home) -> None:
    round_id = stored(TOPICS)
    before = " ".join(notes_by_name(round_id)["Wren Adeyemi"].split())
    assert before.count("six years as a survey technician") == 1, before  # the plan's claim
    line = "My six years as a survey technician on county road projects were mostly drainage"
    drafting.add_lines(load_settings(), round_id, {"wren": line})
    wren = " ".join(notes_by_name(round_id)["Wren Adeyemi"].split())
    assert line in wren and wren.lower().count("six years as a survey technician") == 1, wren


def test_whom_a_line_speaks_of_is_not_thanked_again_after_it(followup_home) -> None:
    """Session 38: the plan's note to Wren carries the user's line 'Could you let Bram know
    …?'; its thanks passed on name Odile, never Bram a second time."""
    round_id = stored(TOPICS)
    line = "Could you let Bram know his tip on the boundary pins saved me an hour?"
    drafting.add_lines(load_settings(), round_id, {"wren": line})
    wren = " ".join(notes_by_name(round_id)["Wren Adeyemi"].split())
    assert line in wren, wren
    after = wren.split(line, 1)[1]
    assert "Bram" not in after and "Odile" in wren, wren

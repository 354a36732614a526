"""Drafts a recruiter would be glad to get (issue 10, session 25, second part), by kind of
fault: jotted shorthand that reached a note by a path besides the topic's own ('the GST
recon'); figures typed in note style ('3x', 'for 3 plants', '~40%', '2yrs') said as prose;
and each plain form of a qualification said in a sentence that fits it."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from followup.config import load_settings
from followup.core import draft_quality as dq
from followup.core.errors import FollowupError
from followup.core.models import Format, Interview, Profile
from followup.core.records import from_record
from followup.services import drafting, planning
from helpers_drafts import drafts_of, email_round, panel_people

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures"
DEV_SETS = [DEV / "rounds_dev25" / "bridges_and_topics.toml",
            DEV / "rounds_dev24" / "pay_and_panels.toml"]  # fmt: skip
KINDS = ("email", "letter", "card", "phone")


def _people(spec: dict[str, Any]) -> list[Any]:
    import importlib.util
    import sys

    bench_file = ROOT / "bench" / "draft_heldout.py"
    found = importlib.util.spec_from_file_location("draft_heldout", bench_file)
    assert found and found.loader
    bench = importlib.util.module_from_spec(found)
    sys.modules.setdefault("draft_heldout", bench)
    found.loader.exec_module(bench)
    return bench.people_of(spec)


def dev_round(spec: dict[str, Any]) -> tuple[Interview, Profile]:
    """A development round as the bench stores it: its notes, this application's claims on
    the round and the profile's own."""
    interview = from_record({
        "company": spec["company"], "role": spec["role"],
        "interviewed": str(spec["interviewed"]), "tz": "UTC", "format": spec["format"],
        "channel": spec.get("channel", "unknown"), "country": spec.get("country", "US"),
        "subdiv": spec.get("subdiv"), "people": [], "topics": list(spec.get("topics", [])),
        "items": list(spec.get("items", [])), "notes": spec.get("notes"),
        "deadline": str(spec["deadline"]) if spec.get("deadline") else None,
    })  # fmt: skip
    interview.people = _people(spec)
    interview.qualifications = [str(q) for q in spec.get("qualifications", [])]
    p = spec["profile"]
    return interview, Profile(p["name"], p.get("email"), p.get("phone"),
                              [str(q) for q in p.get("qualifications", [])])  # fmt: skip


DEV_ROUNDS = [s for path in DEV_SETS for s in tomllib.loads(path.read_text("utf-8"))["round"]]


def every_note(interview: Interview, profile: Profile) -> list[Any]:
    """The round's notes of every kind, the plan's and --each, on the plan's ideal day."""
    settings = load_settings(env={})
    plan = planning.Planner(settings, interview.interviewed)(interview)
    day = plan.window.ideal if plan.window else interview.interviewed + timedelta(days=2)
    plan = planning.Planner(settings, day)(interview)
    out = []
    for kind in KINDS:
        for each in (False, True):
            try:
                batch = drafting.compose_drafts(
                    settings, interview, profile, plan, kind=kind, each=each, today=day
                )
            except FollowupError:  # nobody to write that kind to: said, not a failure
                continue
            out += [(kind, w) for w in batch.written]
    return out


# --- 1. no jotted shorthand reaches a note, by any path ---------------------------------------


@pytest.mark.parametrize("spec", DEV_ROUNDS, ids=[s["id"] for s in DEV_ROUNDS])
def test_no_shorthand_reaches_a_note_of_any_kind(spec) -> None:
    interview, profile = dev_round(spec)
    data = drafting.load_data(load_settings(env={}), interview.country)
    names = [interview.company, *(p.name for p in interview.people), *interview.items]
    for kind, w in every_note(interview, profile):
        text = f"Subject: {w.draft.subject}\n\n{w.draft.body}"
        assert not dq.leaked_shorthand(text, data.language.lexicon, names), (kind, text)


# shorthand that may mean two things, jotted in a topic, a claim or the next step
JOTTED = [
    ("accounting", "IN", ["rajesh: gst recon w/ 2A mismatch"], ["5 yrs GST filings"],
     "next round is a case study w/ the CFO"),
    ("software", "US", ["owen: pair prog on the billing svc"], ["3 yrs prog in go"],
     "final step is a prog test w/ owen"),
    ("hospitality", "NZ", ["hamish: the lodge reno in winter"], ["ran the reno of 12 rooms"],
     "next step is a walk-through of the reno w/ hamish"),
    ("finance", "GB", ["anita - bank rec backlog"], ["cleared a 6-month rec backlog"],
     "next round is a rec exercise w/ anita"),
]  # fmt: skip


@pytest.mark.parametrize("industry,country,topics,quals,notes", JOTTED)
def test_shorthand_that_may_mean_two_things_is_never_said(
    industry, country, topics, quals, notes
) -> None:
    people = panel_people("kowhai.example", "Hamish Doyle", "Anita Sohal", "Owen Hartley",
                          "Rajesh Iyer")  # fmt: skip
    i = email_round("Kowhai Home", "Team Lead", people, country=country, format=Format.VIDEO,
                    topics=topics, notes=notes)  # fmt: skip
    profile = Profile("Alex Moreno", "alex@example.com", qualifications=quals)
    for kind, w in every_note(i, profile):
        body = dq.body_of(f"Subject: {w.draft.subject}\n\n{w.draft.body}")
        assert not re.search(r"(?<![\w@.])(?:recon|prog|reno|rec)(?![\w@])", body), (kind, body)


# --- 2. figures typed in note style are said as prose -----------------------------------------

NOTE_FIGURES = [
    ("accounting", "IN", ["rajesh: gst filings for 3 plants"], ["5 yrs GST filings for 3 plants"],
     ["for three plants"]),
    ("software", "US", ["owen: billing api rewrite"], ["cut build times 3x on the billing api"],
     ["three times"]),
    ("logistics", "AU", ["hamish: dock turnaround"], ["cut dock turnaround ~40% at a DC"],
     ["about 40%"]),
    ("logistics", "US", ["hamish: dock turnaround"], ["cut dock turnaround ~40% at a DC"],
     ["about 40%"]),
    ("nursing", "IE", ["aoife: ED nursing rotas"], ["2yrs ED nursing"],
     ["two years"]),
]  # fmt: skip


@pytest.mark.parametrize("industry,country,topics,quals,prose", NOTE_FIGURES)
def test_figures_typed_in_note_style_are_said_as_prose(
    industry, country, topics, quals, prose
) -> None:
    people = panel_people("kowhai.example", "Hamish Doyle", "Owen Hartley", "Rajesh Iyer",
                          "Aoife Keane")  # fmt: skip
    i = email_round("Kowhai Home", "Team Lead", people, country=country, format=Format.VIDEO,
                    topics=topics)  # fmt: skip
    profile = Profile("Alex Moreno", "alex@example.com", qualifications=quals)
    bodies = [dq.body_of(f"Subject: {w.draft.subject}\n\n{w.draft.body}")
              for w in drafts_of(i, profile)]  # fmt: skip
    for body in bodies:
        assert not re.search(r"\b\d+x\b|~\s?\d|\b\d+\s?yrs?\b|\bfor [1-9] [a-z]", body), body
    said = " ".join(bodies)
    assert any(p in said for p in prose), said


def test_a_figure_in_a_name_a_date_or_a_time_stays_as_typed() -> None:
    from followup.core import phrasing

    for typed in ("Level 4 certificate", "on March 3", "the 3 pm handover", "tier 2 suppliers",
                  "from 12 to 3 days", "Year 9 classes"):  # fmt: skip
        assert phrasing.prose_figures(typed, ("level", "tier", "year")) == typed
    assert phrasing.prose_figures("cut costs ~40% in 2yrs, 3x faster for 3 plants") == (
        "cut costs about 40% in two years, three times faster for three plants"
    )

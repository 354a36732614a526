"""A qualification reaches a note only as the answer to something its reader raised (their
need, problem, plan or question), said as such; at most once, in the plan's note, as a plain
statement of fit in its close when nothing pairs; or not at all (issue 10: the graders' 'bare
credential that answers nothing' and 'false bridge'). Pairs are made by meaning less what the
whole round shares (the role's own concepts and words), and none is claimed below the fit
the development rounds defend. New wordings, industries and countries."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import claims, compose, phrasing
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record
from followup.services import drafting

LANGUAGE = drafting.load_data(load_settings(env={}), "US").language
GB = drafting.load_data(load_settings(env={}), "GB").language

# (role, what the reader raised, the candidate's lines, the line that answers it)
MUST_PAIR = [
    ("Line Maintenance Supervisor",
     "AOG events keep grounding the ATR fleet overnight at the outstation",
     ["Licensed B1 engineer", "Cut AOG hours by a third by setting up a rotables pool"], "AOG"),
    ("Veterinary Nurse", "the dental waiting list is six weeks long, she wants it under two",
     ["Fear Free certified", "Ran the dental list at a two-vet practice, clearing a backlog"],
     "dental"),
    ("Store Manager", "shrinkage is running at 3% around the self-checkouts",
     ["Key holder", "Cut shrink by a fifth at a 30-till store"], "shrink"),
    ("HR Advisor", "moving off three HR systems onto one HRIS next spring",
     ["CIPD Level 5", "Led the Workday rollout for a 2,000-person retailer"], "Workday"),
    ("Senior Accountant", "month-end close takes 11 days, the CFO wants 6",
     ["ACCA qualified", "Cut the month-end close from ten days to five"], "close"),
]  # fmt: skip

# (role, what the reader raised, the candidate's lines): nothing answers it
MUST_NOT_PAIR = [
    # a concept the role itself names: every line of a pharmacist's round speaks of medicines
    ("Clinical Pharmacist (Dispensary)", "the robot dispenser in outpatients is still a pilot",
     ["Three years as a community pharmacist in a busy dispensary", "Diploma in Pharmacy"]),
    # one concept met once ('reliability': a rollback, a zero-downtime move), nothing in common
    ("Backend Engineer", "time I overruled a PM -> the feature-flag rollback story",
     ["Led a zero-downtime database migration"]),
    # a concept word inside an institution's name
    ("Events Coordinator", "needs someone to run the community outreach evenings",
     ["Diploma in Events Management from Riverside Community College"]),
    # the role's own word ('brand' for a brand manager) and nothing else
    ("Brand Manager", "acting brand lead for a year, wants air cover, not micromanagement",
     ["Grew a snack brand by $5 million in two years"]),
    # a word of a compound that means something else ('buddy system', 'design system')
    ("Warehouse Team Leader", "the new WMS goes live in March and nobody has been trained",
     ["Introduced a buddy system for new pickers"]),
]  # fmt: skip


def _choice(role: str, need: str, quals: list[str]) -> claims.Choice | None:
    background = claims.background(role, quals, LANGUAGE)
    return claims.choose(need, quals, LANGUAGE, background=background)


@pytest.mark.parametrize(("role", "need", "quals", "expected"), MUST_PAIR)
def test_a_need_meets_the_line_that_answers_it(role, need, quals, expected) -> None:
    choice = _choice(role, need, quals)
    assert choice is not None, need
    assert expected.lower() in choice.qualification.lower(), choice


@pytest.mark.parametrize(("role", "need", "quals"), MUST_NOT_PAIR)
def test_no_pair_is_claimed_when_nothing_answers(role, need, quals) -> None:
    assert _choice(role, need, quals) is None


def _notes(people, topics, quals, each=True, role="Port Operations Supervisor") -> list:
    record = {
        "company": "Tasman Quay Stevedoring",
        "role": role,
        "interviewed": "2027-03-09",
        "tz": "Pacific/Auckland",
        "format": "in-person",
        "channel": "email",
        "country": "NZ",
        "people": [
            {"name": n, "email": e, "title": None, "role": "interviewer"} for n, e in people
        ],
        "topics": topics,
        "qualifications": quals,
    }
    interview = from_record(record)
    profile = Profile(name="Mere Tane", email="mere.tane@post.example", phone=None,
                      qualifications=[])  # fmt: skip
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    return compose.compose(
        interview, profile, plan, "email", interview.interviewers, date(2027, 3, 11), GB,
        each=each,
    )  # fmt: skip


PANEL = [("Hemi Walker", "hemi.walker@tasmanquay.example"),
         ("Ana Lauina", "ana.lauina@tasmanquay.example"),
         ("Kemal Aydin", "kemal.aydin@tasmanquay.example")]  # fmt: skip
TOPICS = ["hemi: crane idle time between vessels is the big cost, wants berth planning tightened",
          "ana showed me the new straddle carrier simulator",
          "kemal started as a lasher on the wharf in 1998, worked his way up"]  # fmt: skip
QUALS = ["Cut crane idle time by 25% by re-sequencing berth windows",
         "Five years as a lasher and stevedore on a container wharf",
         "First aid certificate"]  # fmt: skip
BARE = re.compile(r"\b(?:by way of background|on that,|as background|for context)\b", re.I)


def test_the_reader_whose_point_a_line_answers_hears_it_tied_to_that_point() -> None:
    by = {n.to_name: n for n in _notes(PANEL, TOPICS, QUALS)}
    hemi = by["Hemi Walker"]
    assert hemi.qualification == QUALS[0], hemi.paragraphs
    body = " ".join(hemi.paragraphs)
    claim = next(s for s in re.split(r"(?<=[.!?])\s+", body) if "re-sequencing" in s)
    assert not BARE.search(claim), claim
    # the sentence says what it answers, or points back at the sentence that just did
    before = body[: body.index(claim)]
    assert re.search(r"crane idle|berth", claim + before.split(". ")[-1], re.I), body


def test_a_reader_nothing_answers_hears_no_line_tied_to_their_topic() -> None:
    """Ana showed an item, Kemal told his story: neither raised a need. Their notes claim no
    link (the lasher line would pair with Kemal's story by words alone); since session 37
    neither says a line it cannot tie (recruiters read one as a non-sequitur): the close
    offers to say more of the candidate's experience."""
    by = {n.to_name: n for n in _notes(PANEL, TOPICS, QUALS)}
    said = []
    for name in ("Ana Lauina", "Kemal Aydin"):
        note = by[name]
        body = " ".join(note.paragraphs)
        assert note.qual_topic is None, (name, note.paragraphs)
        if note.qualification is None:
            said_more = r"\bmy (?:own )?(?:experience|skills|training|work|background)\b"
            assert re.search(said_more, body), body
            continue
        # in the close: as a sentence, or inside it as what the candidate has (session 38:
        # 'I'd be glad to bring my five years as a lasher … to …')
        claim = phrasing.qualification(note.qualification, LANGUAGE.lexicon)
        mine = compose.claim_as_mine(claim)
        # session 45 (changed by design): work done is said inside the close with its gerund
        # ('I believe my experience cutting crane idle time … would help …')
        inside = compose.claim_in_close(claim, LANGUAGE.wording)
        clause = f"bring {mine} to" if mine else (inside[0] if inside else note.qual_clause)
        assert clause and clause in note.paragraphs[-1], note.paragraphs
        assert clause not in note.paragraphs[0], note.paragraphs
        said.append(note.qualification)
    assert len(said) == len(set(said)), said
    for note in by.values():
        assert not BARE.search(" ".join(note.paragraphs)), note.paragraphs


def test_the_plan_note_says_one_line_of_experience_in_its_close_when_nothing_pairs() -> None:
    (note,) = _notes(PANEL[1:2], TOPICS[1:2], QUALS, each=False)
    # session 39 (changed by design): said only inside the close, as what the candidate would
    # bring; a line that reads only as a sentence of its own is left out of the plan's note
    if note.qualification is not None:
        assert note.qual_clause, note.paragraphs
        # session 45: work done said inside the close with its gerund ('my experience …')
        inside = compose.claim_in_close(
            phrasing.qualification(note.qualification, LANGUAGE.lexicon), LANGUAGE.wording
        )
        phrase = inside[0] if inside and inside[1] else note.qual_clause
        said = [p for p in note.paragraphs if phrase in p]
        assert said == [note.paragraphs[-1]], note.paragraphs
        assert " ".join(note.paragraphs).count(phrase) == 1
    assert "First aid" not in " ".join(note.paragraphs)  # a thin line is no statement of fit


def test_a_credential_is_never_a_statement_of_fit() -> None:
    """A plan's note whose only lines are credentials says none of them as experience to
    bring ('I hold a first aid certificate, and I'd bring that experience')."""
    (note,) = _notes(PANEL[1:2], TOPICS[1:2], ["First aid certificate", "Diploma in Logistics"],
                     each=False)  # fmt: skip
    body = " ".join(note.paragraphs)
    assert "that experience" not in body and "experience I'd" not in body, body


def test_no_claim_frame_announces_or_points_at_nothing() -> None:
    """No variant of a claim's slots only announces it ('By way of background, …') or points
    back at a line it may not follow ('On that, …'); a bridge names what it answers
    ('{tied}') unless it is the one said right after it ('bridge.near')."""
    for slot, variants in LANGUAGE.bank.slots.items():
        if not slot.startswith(("qual", "bridge", "need")):
            continue
        for v in variants:
            assert not BARE.search(v), (slot, v)
            if slot in ("bridge", "bridge.held", "bridge.long"):
                assert "{tied}" in v or "{Tied}" in v, (slot, v)

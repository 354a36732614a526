"""Each jotted topic's kind, read from the whole jot (session 14, drafts-a): the candidate's
own task, test or presentation; the interviewer's question to them; the employer's problem,
failure, incident or audit finding; their plan; their process or culture; a person's story;
an item shown; something done there; or unclear. New wording across industries, none taken
from a frozen set."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon

CASES = [
    # the candidate's own task, test, presentation or demo
    ("sql test, 4 qs, finished 3", "exercise"),
    ("coding w/ marta: LRU cache in python, ran out of time on eviction", "exercise"),
    ("take-home: churn model on their sample data, presented it back", "exercise"),
    ("presentation 20 min on my 90 day plan for the branch", "exercise"),
    ("excel test - vlookups + pivot, 25 min", "exercise"),
    ("live critique of their checkout flow, suggested cutting 2 steps", "exercise"),
    ("teaching demo w/ yr 4 on fractions", "exercise"),
    ("in-tray exercise, 12 emails to prioritise in 30 min", "exercise"),
    ("practical: cannulation on the training arm", "exercise"),
    ("cook-off: 2 dishes in 90 min, lamb + a veg main", "exercise"),
    ("typing test 65 wpm", "exercise"),
    ("sales pitch to the panel - sold them a stapler", "exercise"),
    ("case study on a hospital merger, 30 min prep", "exercise"),
    ("whiteboard: design a url shortener", "exercise"),
    ("writing task - press release for the new bridge, 40 min", "exercise"),
    ("trade test: wired a 3-way switch circuit", "exercise"),
    ("they asked me to present a 30-60-90 for the region", "exercise"),
    ("had me triage a full inbox of tickets", "exercise"),
    ("financial modelling test on a leveraged buyout", "exercise"),
    # the interviewer's question to the candidate
    ("asked how I'd deal with a parent who shouts at reception", "question"),
    ("they asked why I left the bank after only 2 yrs", "question"),
    ("scenario q: fire alarm during visiting hours, what first?", "question"),
    ("behavioural qs - conflict with a manager, a time I failed", "question"),
    ("safety q → told them about the forklift near miss at my last site", "question"),
    ("wanted to know how I'd handle a dispatcher who ignores radio protocol", "question"),
    ("what would I do if a client's cheque bounced on completion day", "question"),
    ("q on gdpr: what counts as personal data", "question"),
    ("tech qs on kubernetes networking", "question"),
    ("grilled me on IFRS 16 leases", "question"),
    ("asked abt my gap year", "question"),
    ("compliance q from the MLRO, what I'd do with a suspicious deposit", "question"),
    # the employer's problem, failure, incident or audit finding
    ("ofsted last yr said safeguarding records were patchy", "challenge"),
    ("the food hygiene inspection gave them a 3, want a 5 back", "challenge"),
    ("ISO audit in may, their doc control is a mess", "challenge"),
    ("failed the fire inspection in march - blocked exits", "challenge"),
    ("the regulator fined them over late filings", "challenge"),
    ("a data breach last spring, still rebuilding trust", "challenge"),
    ("ransomware hit the council in jan, systems down 2 wks", "challenge"),
    ("forklift incident in the yard in sept, HSE involved", "challenge"),
    ("the audit flagged weak controls on expenses", "challenge"),
    ("customer complaints doubled since the depot move", "challenge"),
    ("CQC rated the home requires improvement", "challenge"),
    ("product recall on the kids' range last summer", "challenge"),
    ("driver shortage, 14 vacancies on the night trunking", "challenge"),
    # their plan or project
    ("opening a 2nd clinic in leeds next spring", "plan"),
    ("switching the fleet to EVs over 3 years", "plan"),
    ("new loyalty app launching in the summer", "plan"),
    ("rebuilding the website in webflow, go-live in june", "plan"),
    ("piloting a 4-day week in the call centre", "plan"),
    ("expanding into vietnam next year", "plan"),
    # their process or culture
    ("daily huddles at 8, everyone stands", "process"),
    ("code reviews need two approvals", "process"),
    ("weekly 1:1s with every apprentice", "process"),
    ("no meetings on fridays, deep work culture", "process"),
    # a person's story
    ("she told me how she rebuilt the team after covid", "story"),
    ("his first job was on the oil rigs", "story"),
    ("the founder's story - started in a garage in 1998", "story"),
    # an item shown
    ("showed me the new patient monitor", "item"),
    ("shown the new 3D printer in the lab", "item"),
    ("they handed me a sample of the new cereal bar", "item"),
    # something done there with them
    ("site visit to the new depot", "event"),
    ("walked the wards with the matron", "event"),
    ("tour of the plant after lunch", "event"),
    ("shadowed a shift on the tills", "event"),
    ("site walk @ the new school build, slab pour that morning", "event"),
    # unclear: no frame may presume a reading
    ("sustainability", "topic"),
    ("the union", "topic"),
    ("social media", "topic"),
    ("the test bench", "topic"),
    ("their case load", "topic"),
    ("demo kitchen", "topic"),
]


@pytest.mark.parametrize(("jot", "kind"), CASES)
def test_each_jot_has_the_kind_its_words_say(jot: str, kind: str) -> None:
    assert phrasing.topic_kind(jot, LEXICON) == kind, jot


def test_the_table_covers_every_kind_in_quantity() -> None:
    kinds = [k for _, k in CASES]
    assert len(CASES) >= 60
    for kind in ("exercise", "question", "challenge", "plan", "process", "story", "item"):
        assert kinds.count(kind) >= 3, kind

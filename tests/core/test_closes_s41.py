"""Closes and bridges that say something of this candidate (issue 10, session 41).

Session 40's recruiters read 'I'd love to bring my skills to the team at …' as the template in
most notes: a personal note whose topic no claim answers closed on it, because an untied claim
was left out of a note with a topic (a CV line beside an unrelated topic reads as a non
sequitur). Such a claim of years of work is now said *inside* the close ('I'd be glad to bring
my six years as a line cook to …'); a degree or a credential is not (bringing 'my English
B1-B2' to a firm reads oddly), and the claim never stands as a sentence of its own before the
close. A claim said right after their challenge or plan offers to help with it ('…, so I'd be
glad to help with that.'), never 'so I've seen that first-hand' (read as pointing at nothing,
or at the employer's problem as if the candidate knew it)."""

from __future__ import annotations

import re
from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round

STOCK = re.compile(r"bring my (?:skills|experience|background)\b")


def _round(topics, people=None):
    people = people or [
        Person("Maeve Doyle", "maeve@saltmarsh.example", role=PersonRole.COORDINATOR),
        Person("Anna Berg", "anna@saltmarsh.example", title="head chef"),
        Person("Ben Okafor", "ben@saltmarsh.example", title="general manager"),
        Person("Cleo Marsh", "cleo@saltmarsh.example", title="sous chef"),
    ]
    return email_round(
        "Saltmarsh Kitchen",
        "Senior Chef de Partie",
        people,
        format=Format.IN_PERSON,
        country="IE",
        interviewed=date(2027, 3, 2),
        topics=topics,
        qualifications=[
            "Six years as a line cook in hotel kitchens",
            "Four years running the pastry section at a 90-cover bistro",
            "Level 3 food hygiene certificate",
        ],
    )


PROFILE = Profile(
    "Ciara Walsh",
    "ciara@example.com",
    qualifications=[
        "Six years as a line cook in hotel kitchens",
        "Four years running the pastry section at a 90-cover bistro",
        "Level 3 food hygiene certificate",
    ],
)
TOPICS = [
    "anna: the new terrace opening in may, 40 more covers",
    "ben: moving suppliers to farms within 50 km",
    "cleo: how the sunday rota works",
]


def _personal(written):
    return [w for w in written if w.purpose != "plan" and "Maeve" not in (w.draft.to_name or "")]


def test_an_untied_claim_of_years_is_said_inside_the_close():
    notes = _personal(drafts_of(_round(TOPICS), PROFILE, today=date(2027, 3, 3)))
    assert len(notes) == 3
    bodies = [w.draft.body for w in notes]
    inside = [b for b in bodies if re.search(r"bring my (?:six|four) years", b)]
    assert inside, bodies
    for w in notes:
        assert w.verdict == "ready", (w.reasons, w.draft.body)
        # never a CV line of its own before the close, and never a credential 'brought'
        assert not re.search(r"(?m)(?:^|\. )I have (?:six|four) years", w.draft.body), w.draft.body
        assert "bring my Level 3" not in w.draft.body and "bring my level 3" not in w.draft.body


def test_fewer_personal_notes_close_on_the_stock_line():
    notes = _personal(drafts_of(_round(TOPICS), PROFILE, today=date(2027, 3, 3)))
    assert sum(bool(STOCK.search(w.draft.body)) for w in notes) < len(notes)


def test_a_claim_after_their_challenge_offers_help_never_seen_it_first_hand():
    from followup.config import load_settings
    from followup.services import drafting

    bank = drafting.load_data(load_settings(env={})).language.bank.slots
    tails = [*bank["bridge.near"], *bank["bridge.near.challenge"], *bank["bridge.near.plan"]]
    assert not any("first-hand" in t for t in tails)
    assert all("help" in t for t in bank["bridge.near.challenge"])
    profile = Profile(
        "Ciara Walsh",
        "ciara@example.com",
        qualifications=["Four years running the pastry section at a 90-cover bistro"],
    )
    people = [Person("Anna Berg", "anna@saltmarsh.example", title="head chef")]
    topics = ["anna: the pastry section keeps running out of prep by friday service"]
    for w in drafts_of(_round(topics, people), profile, today=date(2027, 3, 3), each_too=False):
        assert "first-hand" not in w.draft.body, w.draft.body

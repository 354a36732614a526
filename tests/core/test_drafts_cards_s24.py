"""A card is written by hand (issue 10, session 24): short, warm text to copy, with thanks,
interest and a specific (SPEC §4). Cards drafted for rounds whose record holds a topic for
their reader still said only thanks and interest: a topic that reads as the reader's own
point ('evan - doc review moving to AI tools') had no frame on a card, and a card to the
coordinator, who was not in the room for the topics, named nothing at all. Each card here
names what the record holds for its reader, in a frame for its kind (a plan looked forward
to, a problem met with an offer of help and nothing that smiles at it), and is ready now
and a week later; a round with nothing recorded gets no invented detail."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import DAY, drafts_of, email_round, panel_people

PROFILE = Profile("Sam Okafor", "sam@example.com", None, ["five years in operations"])
LATER = (DAY + timedelta(days=1), DAY + timedelta(days=8))

# Rounds held in person, a topic jotted as the interviewer's own point (a plan, a goal, a
# problem), in four countries; (company, role, country, people, topics, the point's words).
POINTS = [
    ("Harlow & Reade LLP", "litigation associate", "US", ("Ruth Ames", "Evan Doyle"),
     ["evan - doc review moving to AI tools", "my writing sample on spoliation"],
     {"Evan": "AI tools"}),
    ("Kestrel Freight Ltd", "Depot Manager", "GB", ("Nia Price", "Huw Evans"),
     ["nia: depot going fully electric by 2030", "huw - night shift absence too high"],
     {"Huw": "absence"}),
    ("Bean Scene Cafe", "store manager", "AU", ("Kylie Shaw", "Dev Patel"),
     ["kylie: moving rosters to an app next month", "my latte art test"],
     {"Kylie": "rosters"}),
    ("Sahyadri Capital", "FP&A analyst", "IN", ("Meera Rao", "Arjun Nair"),
     ["arjun - month end close taking 9 days, wants 5", "meera built the team in 2015"],
     {"Arjun": "close"}),
]  # fmt: skip


def _cards(company, role, country, names, topics, **fields):
    domain = re.sub(r"\W", "", company.lower())[:12] + ".example"
    i = email_round(company, role, panel_people(domain, *names), format=Format.IN_PERSON,
                    country=country, topics=topics, **fields)  # fmt: skip
    return [w for on in LATER for w in drafts_of(i, PROFILE, today=on, kind="card")]


@pytest.mark.parametrize("company,role,country,names,topics,said", POINTS)
def test_every_card_names_what_the_record_holds_for_its_reader_and_is_ready(
    company, role, country, names, topics, said
) -> None:
    cards = _cards(company, role, country, names, topics)
    assert len(cards) == 2 * (1 + len(names))  # the plan's card and one per interviewer
    for w in cards:
        assert w.draft.kind == "card"
        assert w.verdict == "ready", (w.reasons, w.draft.body)
    for first, words in said.items():
        theirs = [w.draft.body for w in cards if w.draft.body.startswith(f"Dear {first}")]
        assert theirs and all(words.lower() in body.lower() for body in theirs), theirs


def test_a_card_to_the_coordinator_names_the_people_met_never_a_topic_they_missed() -> None:
    # the coordinator was not in the room: their card names the panel, not its topics
    topics = ["Vikram built the FP&A team in 2015", "sneha asked re: my DCF model"]
    cards = _cards("Meridian Advisors", "FP&A analyst", "IN", ("Vikram Iyer", "Sneha Kulkarni"),
                   topics)  # fmt: skip
    to_them = [w for w in cards if w.draft.body.startswith("Dear Jo")]
    assert len(to_them) == 2
    for w in to_them:
        assert w.verdict == "ready", (w.reasons, w.draft.body)
        assert "Vikram" in w.draft.body and "Sneha" in w.draft.body, w.draft.body
        assert "DCF" not in w.draft.body and "2015" not in w.draft.body, w.draft.body


SMILES = re.compile(r"\b(?:smile|full of ideas|lovely conversation|loved|a real pleasure)\b", re.I)


@pytest.mark.parametrize("country", ["US", "GB", "CA", "AU"])
def test_a_card_about_their_problem_offers_help_and_never_smiles_at_it(country) -> None:
    cards = _cards("Northgate Foods", "shift supervisor", country, ("Dana Cole", "Luis Ortega"),
                   ["dana: night shift absence too high"])  # fmt: skip
    to_her = [w for w in cards if w.draft.body.startswith("Dear Dana")]
    assert to_her
    for w in to_her:
        assert w.verdict == "ready", (w.reasons, w.draft.body)
        assert "absence" in w.draft.body, w.draft.body
        assert not SMILES.search(w.draft.body), w.draft.body


def test_a_card_for_a_round_with_nothing_recorded_invents_nothing_and_says_so() -> None:
    # one interviewer, no topic, no item: thanks and interest only, never a made-up detail;
    # the output says what to add, and the card is not called ready
    people = [Person("Dana Cole", "dana@northgate.example", role=PersonRole.INTERVIEWER)]
    i = email_round("Northgate Foods", "shift supervisor", people, format=Format.IN_PERSON,
                    country="US", topics=[])  # fmt: skip
    for on in LATER:
        for w in drafts_of(i, PROFILE, today=on, kind="card", each_too=False):
            assert w.verdict != "ready", w.draft.body
            assert any("no topics or details are recorded" in x for x in w.warnings), w.warnings


@pytest.mark.parametrize(
    "country,names,exercise",
    [
        ("MY", ("Lim Mei Xin", "Daniel Ong", "Siti Hajar", "Kumar Pillai"),
         "my case study on rural coverage"),
        ("PL", ("Piotr Zielinski", "Marta Nowak", "Kuba Lis"),
         "my take-home: pathfinding on a hex grid"),
        ("US", ("Ava Brooks", "Ben Ortiz", "Cara Young", "Dan Fox", "Eli Stone"),
         "my system design: ledger reconciliation pipeline"),
    ],
)  # fmt: skip
def test_cards_of_a_panel_that_all_saw_your_exercise_are_not_copies(
    country, names, exercise
) -> None:
    # the candidate's own exercise is every reader's: each card names it in its own frame
    # while one is left, then the others met, and never the same sentence twice
    cards = _cards("Rangkai Telekom", "network planner", country, names, [exercise])
    for w in cards:
        assert w.verdict == "ready", (w.reasons, w.draft.body)

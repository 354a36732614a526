"""The candidate's presentation goes to the readers the jot says it was given to (issue 10,
session 39): 'my presentation (45 min to marcus, renata, dana)' is never thanked for in the
note to someone the jot does not name ('I was glad of the chance to take you through my
presentation' to the people officer who was not there read as a slip). Names invented."""

from __future__ import annotations

from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round


def test_a_presentation_goes_only_to_its_audience():
    people = [
        Person("Tess Brightwell", "tess@ridgeline.example", role=PersonRole.COORDINATOR),
        Person("Marcus Hale", "marcus@ridgeline.example", title="CEO"),
        Person("Renata Szabo", "renata@ridgeline.example", title="CRO"),
        Person("Dana Whitby", "dana@ridgeline.example", title="VP Product"),
        Person("Jordan Kealoha", "jordan@ridgeline.example", title="Chief People Officer"),
    ]
    jot = "my presentation (45 min to marcus, renata, dana): 90-day plan"
    i = email_round("Ridgeline Freight", "VP Customer Success", people, format=Format.IN_PERSON,
                    country="US", interviewed=date(2027, 4, 6), topics=[jot])  # fmt: skip
    profile = Profile("Kay Villa", "kay@example.com", qualifications=["Twelve years in CS"])
    notes = {w.draft.to_name: w.draft.body for w in drafts_of(i, profile)}
    assert "presentation" not in notes["Jordan Kealoha"], notes["Jordan Kealoha"]
    assert any("presentation" in notes[n] for n in ("Marcus Hale", "Renata Szabo", "Dana Whitby"))

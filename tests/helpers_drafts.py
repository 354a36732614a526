"""Set-up shared by the tests of drafted notes: one panel round to draft for."""

from __future__ import annotations

from datetime import date

from followup.core.models import Channel, Format, Interview, Person, PersonRole

DAY = date(2027, 4, 6)  # a Tuesday


def panel_round(**changes) -> Interview:
    """A panel round at a rowing club (a coordinator and three interviewers, a topic each),
    with the fields named in `changes` set to other values."""
    i = Interview(
        company="Millbrook Rowing Club",
        role="Head Coach",
        interviewed=DAY,
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="GB",
        people=[
            Person("Hattie Olsen", "hattie@millbrook.example", role=PersonRole.COORDINATOR),
            Person("Callum Reid", "callum@millbrook.example", title="Chair"),
            Person("Priya Nair", "priya@millbrook.example", title="Welfare Officer"),
            Person("Owen Tate", "owen@millbrook.example", title="Captain"),
        ],
        topics=[
            "Callum: the new boathouse fundraising drive",
            "Priya: safeguarding training for junior squads",
            "Owen: the winter head race calendar",
        ],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i

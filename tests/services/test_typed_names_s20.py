"""A person's name comes from the name-like words typed, never from a verb or a common word
beside it (issue 10, session 20: 'Dear Rang,' from 'rang me to book it', 'Dear Lorraine Booked
It', 'Siobhán In'). New wordings of the shape: a name in brackets followed by what the person
did or where they sit, beside a team's mailbox."""

from __future__ import annotations

import pytest

from followup.services import records

TYPED = [
    ("front desk - jobs@quayside.example (marguerite sent the invite)", "marguerite"),
    ("people ops - hiring@quayside.example (kwame in payroll)", "kwame"),
    ("talent team - talent@quayside.example (ines called to confirm it)", "ines"),
    ("recruiting desk - jobs@quayside.example (Tomasz organised it all)", "Tomasz"),
    ("site office - office@quayside.example (rose abernathy)", "rose abernathy"),
    ("Niamh Doherty @ Quayside Staffing (agency) - rang me twice, 087 555 0142, "
     "niamh@quaysidestaffing.example", "Niamh Doherty"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "name"), TYPED)
def test_the_name_is_the_name_like_words_alone(typed, name):
    (person,) = records.people_from(typed, [], "IE")
    assert person.name == name, person

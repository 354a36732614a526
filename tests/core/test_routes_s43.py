"""A list of whom to email is no route through the first, even when some of its short names
are read as no one of the round (session 43, from the graded v33b: 'THANK-YOUS: email Niamh,
Finn, Cathal, Priya, Jide, Hannah' sent five notes through Niamh because 'Finn' and 'Jide'
were read as no one). Jots in new wording, people invented."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Person, PersonRole
from followup.services import drafting

SETTINGS = load_settings(env={})
PEOPLE = [
    Person("Orla Brennan", "orla.b@tidewell.example", title="talent partner",
           role=PersonRole.COORDINATOR),
    Person("Siobhan Daly", "siobhan.d@tidewell.example", title="engineering manager"),
    Person("Maximilian Roth", "max.r@tidewell.example", title="principal engineer"),
    Person("Ikechukwu Obi", "ike.o@tidewell.example", title="staff engineer"),
    Person("Grainne Walsh", "grainne.w@tidewell.example", title="product lead"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("jot", "via"),
    [
        # 'Max' and 'Ike' are short names the record does not hold
        ("THANK-YOUS: email Siobhan, Max, Ikechukwu, Ike, Grainne - first names", None),
        ("thank yous: mail siobhan, grainne, max", None),
        # one name the list cannot read after the first is still a list
        ("thanks: email Siobhan, Grainne", None),
        # the route with nothing after it is still the route
        ("thank-yous all through orla, she forwards", "Orla Brennan"),
    ],
)  # fmt: skip
def test_a_list_to_email_is_no_route(jot, via):
    rules = etiquette.read(jot, PEOPLE, drafting.load_data(SETTINGS).etiquette)
    assert (rules.via.name if rules.via else None) == via


@pytest.mark.parametrize(
    "jot",
    [
        "send thank yous to siobhan, and grainne has no email at all",
        "everything through siobhan - grainne + max were only observing",
    ],
)
def test_a_route_with_a_remark_after_it_stays(jot):
    rules = etiquette.read(jot, PEOPLE, drafting.load_data(SETTINGS).etiquette)
    assert rules.via is not None and rules.via.name == "Siobhan Daly"


def test_one_person_via_their_own_inbox_is_no_route_for_the_rest():
    people = [
        *PEOPLE,
        Person("Datuk Rahim bin Osman", "md.office@tidewell.example", title="managing director"),
    ]
    jot = (
        "THANK-YOUS email, english: Datuk via md.office@ ('Dear Datuk Rahim'), Ms. Daly, Max "
        "(a short line ok; no boss talk), Grainne."
    )
    rules = etiquette.read(jot, people, drafting.load_data(SETTINGS).etiquette)
    assert rules.via is None


def test_one_person_via_another_still_routes():
    rules = etiquette.read(
        "thank-yous to everyone via orla, she passes them on",
        PEOPLE,
        drafting.load_data(SETTINGS).etiquette,
    )
    assert rules.via is not None and rules.via.name == "Orla Brennan"


def test_an_apostrophe_inside_a_word_opens_no_quoted_subject():
    rules = etiquette.read(
        "THANK-YOU: one email to Orla for the panel - that's what she asked, not separate "
        "emails. may open 'Dia dhuit' + close 'Go raibh maith agat'",
        PEOPLE,
        drafting.load_data(SETTINGS).etiquette,
    )
    assert rules.thread_subject is None

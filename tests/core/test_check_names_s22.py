"""Name kinds of `name_mismatch` (issue 8), session 22, each in new wording and in several
trades, both ways: (1) capitalised ordinary words that name a meeting, a building, a job title
with its department after a dash, are no wrong names, while real wrong organisations made of
ordinary words still are; (2) the recorded company with one word changed is another company,
while its short forms and initials stay allowed; (3) letters NFKD does not plain (ø, æ, ß, ł)
are folded when names are compared, so a name written without them is the same name and a
near miss of it is still one; (4) a possessive nickname in a note greeted by title and family
name is no reader named in the third person."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

RAIL = Facts(
    "Fenwick Rail Services",
    "Signalling Engineer",
    ("Clodagh Brennan", "Tariq Haddad"),
    ("the resignalling of the coastal line",),
)
CARE = Facts(
    "Silverdale Care Homes",
    "Deputy Care Manager",
    ("Yewande Okafor", "Martin Pike"),
    ("the night staffing rota",),
)
ENERGY = Facts(
    "Alder Energy",
    "Grid Analyst",
    ("Priyanka Shah",),
    ("the battery storage pilot",),
)
FOODS = Facts(
    "Copperfield Foods Ltd",
    "Production Supervisor",
    ("Gavin Rudd",),
    ("the allergen changeover checks",),
)
NORDIC = Facts(
    "Løvstad Marine",
    "Fleet Coordinator",
    ("Bjørn Sørlie", "Jonas Strauß"),
    ("the vessel maintenance schedule",),
)
POLISH = Facts(
    "Wisła Logistics",
    "Transport Planner",
    ("Łukasz Wróbel", "Ægir Hansen"),
    ("the cross-border haulage routes",),
)
BROKERS = Facts(
    "Tamsin Hale Insurance",
    "Claims Handler",
    ("Robert Kinnear", "Jennifer Osei"),
    ("motor claims triage",),
)


def codes(rules, model, text: str, facts: Facts) -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, "email").issues}


def note(sentence: str, greeting: str, topic: str) -> str:
    return (
        f"{greeting}\n\nThank you for your time on Wednesday and for explaining {topic}."
        f" {sentence}\n\nI have six years of experience in the field, and I am very interested"
        " in the role and excited to join the team. Please let me know if I can provide"
        " anything else.\n\nKind regards,\nAlex Moreno\n"
    )


def rail(sentence: str, greeting: str = "Dear Ms Brennan,") -> str:
    return note(sentence, greeting, "the resignalling of the coastal line")


def care(sentence: str, greeting: str = "Dear Ms Okafor,") -> str:
    return note(sentence, greeting, "the night staffing rota")


# -- kind 1: capitalised ordinary words
@pytest.mark.parametrize(
    ("make", "facts", "sentence"),
    [
        (rail, RAIL, "The interview at the Town Hall ran to time, which I appreciated."),
        (rail, RAIL, "Your monthly Town Hall meeting sounds like a good way to hear from staff."),
        (rail, RAIL, "Meeting Tariq, Senior Analyst – Finance Operations, made the budget clear."),
        (rail, RAIL, "The tour with the Lead Engineer - Signal Design team was a highlight."),
        (care, CARE, "The visit to the Day Room at the Garden Wing showed me the routine."),
        (care, CARE, "Martin, Head of Care – Nursing Services, walked me through the handover."),
        (care, CARE, "I liked hearing about the Open Forum the residents hold each month."),
        (care, CARE, "We met in the Quiet Lounge beside the Family Room, which felt homely."),
    ],
)
def test_capitalised_ordinary_words_are_no_wrong_names(rules, model, make, facts, sentence) -> None:
    assert "name_mismatch" not in codes(rules, model, make(sentence), facts)


@pytest.mark.parametrize(
    ("make", "facts", "sentence"),
    [
        (rail, RAIL, "Everyone I met at Summit Logistics was welcoming."),
        (rail, RAIL, "I would be a strong fit for Harbor Analytics."),
        (rail, RAIL, "Bayside Health's mission speaks to me."),
        (rail, RAIL, "I would love to bring my experience to Blue River Freight."),
        (care, CARE, "The team at Copper Kettle Bakery made me feel welcome."),
        (care, CARE, "I can see myself growing with Golden Meadow Care."),
        (care, CARE, "I'm excited about the role at Red Lantern."),
        (care, CARE, "I would be proud to join Oak Tree Living."),
        (care, CARE, "I'm excited about the role at the Golden Spoon."),
        (rail, RAIL, "Everyone at the Harbour Point Logistics depot was friendly."),
    ],
)
def test_wrong_organisations_of_ordinary_words_are_still_wrong(
    rules, model, make, facts, sentence
) -> None:
    assert "name_mismatch" in codes(rules, model, make(sentence), facts)


# -- kind 2: the company with one word changed
def energy(sentence: str) -> str:
    return note(sentence, "Dear Ms Shah,", "the battery storage pilot")


def foods(sentence: str) -> str:
    return note(sentence, "Dear Mr Rudd,", "the allergen changeover checks")


@pytest.mark.parametrize(
    ("make", "facts", "sentence"),
    [
        (energy, ENERGY, "I would be proud to join Alder Power."),
        (energy, ENERGY, "The culture at Alder Water clearly values its analysts."),
        (foods, FOODS, "Everyone at Copperfield Farms was generous with their time."),
        (foods, FOODS, "I would be a good fit for Copperfield Dairy."),
        (rail, RAIL, "I hope to join Fenwick Road Services before the spring."),
        (rail, RAIL, "I would be glad to bring my signalling skills to Fenwick Bus Services."),
    ],
)
def test_the_company_with_a_word_changed_is_wrong(rules, model, make, facts, sentence) -> None:
    assert "name_mismatch" in codes(rules, model, make(sentence), facts)


@pytest.mark.parametrize(
    ("make", "facts", "sentence"),
    [
        (energy, ENERGY, "Alder clearly invests in its people."),
        (energy, ENERGY, "I would be proud to join AE and the grid team."),
        (energy, ENERGY, "I would be proud to join Alder Energy's grid team."),
        (foods, FOODS, "The Copperfield Way you described matches how I work."),
        (foods, FOODS, "I would be glad to join Copperfield Foods."),
        (foods, FOODS, "Copperfield's allergen record is impressive."),
        (rail, RAIL, "I would be proud to join Fenwick Rail."),
        (rail, RAIL, "I would be glad to bring my signalling skills to FRS."),
    ],
)
def test_short_forms_of_the_company_stay_allowed(rules, model, make, facts, sentence) -> None:
    assert "name_mismatch" not in codes(rules, model, make(sentence), facts)


# -- kind 3: letters NFKD does not plain
def marine(sentence: str, greeting: str) -> str:
    return note(sentence, greeting, "the vessel maintenance schedule")


def haulage(sentence: str, greeting: str) -> str:
    return note(sentence, greeting, "the cross-border haulage routes")


@pytest.mark.parametrize(
    ("make", "facts", "greeting", "sentence"),
    [
        (marine, NORDIC, "Dear Mr Sorlie,", "It was good to see the workshop."),
        (marine, NORDIC, "Dear Bjorn,", "Please pass my thanks to Mr Strauss as well."),
        (marine, NORDIC, "Dear Bjørn,", "Please pass my thanks to Mr Strauß as well."),
        (marine, NORDIC, "Dear Mr Sørlie,", "I would be proud to join Lovstad Marine."),
        (haulage, POLISH, "Dear Mr Wrobel,", "Lukasz's map of the routes was very clear."),
        (haulage, POLISH, "Dear Lukasz,", "Please pass my thanks to Mr Wrobel and Aegir too."),
        (haulage, POLISH, "Dear Mr Wróbel,", "I would be glad to join Wisla Logistics."),
    ],
)
def test_names_without_their_special_letters_are_the_same(
    rules, model, make, facts, greeting, sentence
) -> None:
    assert "name_mismatch" not in codes(rules, model, make(sentence, greeting), facts)


@pytest.mark.parametrize(
    ("make", "facts", "greeting", "sentence"),
    [
        (marine, NORDIC, "Dear Mr Sorlies,", "It was good to see the workshop."),
        (marine, NORDIC, "Dear Bjørn,", "Please pass my thanks to Mr Straus as well."),
        (marine, NORDIC, "Dear Bjørn,", "Please pass my thanks to Mr Strauser as well."),
        (haulage, POLISH, "Dear Mr Wrobell,", "It was good to see the yard."),
        (haulage, POLISH, "Dear Łukasz,", "Please pass my thanks to Mr Wróblewski too."),
    ],
)
def test_near_misses_of_names_with_special_letters_are_wrong(
    rules, model, make, facts, greeting, sentence
) -> None:
    assert "name_mismatch" in codes(rules, model, make(sentence, greeting), facts)


def test_an_own_employer_without_its_special_letters_is_allowed(rules, model) -> None:
    facts = Facts(
        NORDIC.company,
        NORDIC.role,
        NORDIC.people,
        NORDIC.topics,
        own_employers=("Brøndby Havn Services",),
    )
    text = marine(
        "At Brondby Havn Services I planned dry-dock slots for nine ships.", "Dear Bjørn,"
    )
    assert "name_mismatch" not in codes(rules, model, text, facts)


def test_a_titled_near_miss_in_the_closing_line_is_wrong(rules, model) -> None:
    text = marine("It was good to see the workshop.", "Dear Bjørn,").replace(
        "Kind regards,", "Thanks again, Mr Sorlies."
    )
    assert "name_mismatch" in codes(rules, model, text, NORDIC)


def test_the_right_name_in_the_closing_line_is_no_mismatch(rules, model) -> None:
    text = marine("It was good to see the workshop.", "Dear Bjørn,").replace(
        "Kind regards,", "Thanks again, Mr Sorlie."
    )
    assert "name_mismatch" not in codes(rules, model, text, NORDIC)


# -- kind 4: a possessive nickname
def claims(sentence: str, greeting: str) -> str:
    return note(sentence, greeting, "motor claims triage")


@pytest.mark.parametrize(
    ("greeting", "sentence"),
    [
        ("Dear Mr Kinnear,", "Talking with you and Rob's colleagues about triage was useful."),
        ("Dear Ms Osei,", "Jen's walkthrough of the claims portal was very clear."),
        ("Dear Ms Osei,", "Rob's notes on fraud flags were a great help."),
    ],
)
def test_a_possessive_nickname_is_not_unprofessional(rules, model, greeting, sentence) -> None:
    found = codes(rules, model, claims(sentence, greeting), BROKERS)
    assert "unprofessional" not in found
    assert "name_mismatch" not in found


@pytest.mark.parametrize(
    ("greeting", "sentence"),
    [
        ("Dear Jen,", "Jen's walkthrough of the claims portal was very clear."),
        ("Dear Robert,", "I enjoyed Robert's story about the winter storms."),
    ],
)
def test_the_greeted_reader_in_the_third_person_is_still_found(
    rules, model, greeting, sentence
) -> None:
    assert "unprofessional" in codes(rules, model, claims(sentence, greeting), BROKERS)

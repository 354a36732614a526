"""The checker's view of a bad draft (drafts C, session 12): the slips that made graders give
a 2 to v11's drafts, as kinds any note can show, in new wording. Each is `unprofessional`:
a phrase cut off at a comma ('a two-week, and'), a bare family name after 'Dear' for a reader
the record titles or names family name first, an honorific after a name in capitals
('Ito-San'), and a present perfect with a time that is over ('have coached … last term').
Also what must stay quiet: the same greeting with the honorific in lower case ('Dear
Okada-san,'), a topic cited without the name of whose it is ('your team restructure' for
'fiona's team restructure')."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY
FACTS = Facts("Larkspur Freight", "Depot Supervisor", ("Dana Whitlock",), ("the new cross-dock",))


def unprofessional(rules, model, text: str, facts: Facts = FACTS) -> list[str]:
    result = checked(rules, model, text, facts)
    return [f.excerpt for f in result.issues if f.code == "unprofessional"]


def names(rules, model, text: str, facts: Facts) -> list[str]:
    result = checked(rules, model, text, facts)
    return [f.excerpt for f in result.issues if f.code in ("name_mismatch", "unprofessional")]


# -- a phrase cut off at a comma --------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "I have run a two-week, and I would bring that to the depot.",
        "Last spring I planned a 300-vehicle, which taught me a great deal.",
        "I organised a five-day, so the cross-dock would suit me.",
    ],
)
def test_a_phrase_cut_off_at_a_comma(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text), text


@pytest.mark.parametrize(
    "line",
    [
        "I have run a two-week, 40-driver peak rota before.",
        "I planned a five-day, three-shift changeover, and it went well.",
        "It was a one-off, and I was glad to help.",
    ],
)
def test_two_modifiers_of_one_noun_are_no_cut_phrase(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text) == [], text


# -- an honorific after a name, in capitals ----------------------------------------------------
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Please thank Ito-San for the tour.", ("Ito Haruka", "Dana Whitlock")),
        ("It was good to meet Mori-Sama as well.", ("Mori Kenta", "Dana Whitlock")),
        ("My thanks to Sharma-Ji for his time.", ("Anil Sharma", "Dana Whitlock")),
    ],
)
def test_an_honorific_after_a_name_in_capitals(rules, model, line, people) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", people, ("the new cross-dock",))
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text, facts), text


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Okada-san,", "Okada Mai 岡田"),
        ("Dear Ito-san,", "Ito Haruka"),
        ("Dear Sharma-ji,", "Anil Sharma"),
    ],
)
def test_a_recorded_name_with_its_honorific_is_the_reader(rules, model, greeting, person) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", (person,), ("the new cross-dock",))
    text = greeting + "\n\nThank you for showing me the new cross-dock." + BODY
    assert names(rules, model, text, facts) == [], text


# -- a bare family name after "Dear" -------------------------------------------------------------
@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Kobayashi,", "Kobayashi Haruto"),
        ("Dear Choi,", "Choi Min-jun"),
        ("Dear Abara,", "Dr. Ngozi Abara"),
        ("Dear Halim,", "Encik Rashid Halim"),
        ("Dear Zainab,", "Puan Zainab Osman"),
    ],
)
def test_a_bare_family_name_after_dear(rules, model, greeting, person) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", (person,), ("the new cross-dock",))
    text = greeting + "\n\nThank you for showing me the new cross-dock." + BODY
    assert unprofessional(rules, model, text, facts), text


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Ren,", "Ren Takagi"),  # a first name, given first
        ("Dear Dr. Abara,", "Dr. Ngozi Abara"),
        ("Dear Ngozi,", "Dr. Ngozi Abara"),
        ("Dear Choi Min-jun,", "Choi Min-jun"),
        ("Dear Whitlock,", "Dana Whitlock"),  # curt, but the record titles no one here
        ("Dear Puan Zainab,", "Puan Zainab Osman"),
        ("Dear Somsak,", "Khun Somsak Charoenrat"),
    ],
)
def test_a_greeting_the_record_allows(rules, model, greeting, person) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", (person,), ("the new cross-dock",))
    text = greeting + "\n\nThank you for showing me the new cross-dock." + BODY
    assert unprofessional(rules, model, text, facts) == [], text


# -- a present perfect with a time that is over --------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "I have coached 30 drivers through their CPC last term.",
        "I have cut empty running by a fifth in 2023.",
        "I've managed the peak rota two years ago.",
    ],
)
def test_a_present_perfect_with_a_time_that_is_over(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text), text


@pytest.mark.parametrize(
    "line",
    [
        "I coached 30 drivers through their CPC last term.",
        "I have worked in depots since 2019.",
        "I have run the night shift this year and last year's peak as well.",
        "I have led three peaks, the last one in 2023.",
    ],
)
def test_tenses_that_agree_with_their_time(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text) == [], text


# -- what the record says, cited in the reader's words -------------------------------------------
@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("I keep thinking about your team restructure.", "fiona's team restructure"),
        ("Thank you for asking about my team size.", "fiona asked about my team size"),
        ("I keep thinking about the new branches.", "fp&a model for new branches"),
    ],
)
def test_a_topic_cited_without_whose_it_is_is_specific(rules, model, line, topic) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", ("Fiona Blake",), (topic,))
    text = "Dear Fiona,\n\n" + line + BODY
    assert checked(rules, model, text, facts).elements["specifics"], text


def test_a_topic_word_alone_is_not_specific(rules, model) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", ("Fiona Blake",), ("fiona's rota",))
    text = "Dear Fiona,\n\nI enjoyed meeting the team and learning how the team works." + BODY
    assert not checked(rules, model, text, facts).elements["specifics"], text


@pytest.mark.parametrize(
    "line",
    [
        "I have packed orders for three years and won an award last spring.",
        "I have run the goods-in desk for the last year.",
        "Since I have led depot audits, I was asked to run one in 2024 as well.",
    ],
)
def test_a_time_that_belongs_to_another_verb_or_runs_to_now(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text) == [], text


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Please thank Auntie Bernie for her stories.", ("Bernie Cook", "Dana Whitlock")),
        ("It was an honour to meet Matua Wiremu.", ("Wiremu Tane", "Dana Whitlock")),
        ("My thanks to Uncle Joe as well.", ("Joe Tallman", "Dana Whitlock")),
    ],
)
def test_the_name_someone_asked_to_be_called_is_no_wrong_name(rules, model, line, people) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", people, ("the new cross-dock",))
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert names(rules, model, text, facts) == [], text


@pytest.mark.parametrize(
    "line",
    [
        "Please pass my thanks to Colm, Priya, Elder and Hannah.",
        "Do thank Ramón, C.P., Lucía and Tomás for their time.",
        "My thanks to Mr Teo, Puan, Arjun and the rest of the panel.",
    ],
)
def test_a_title_standing_for_a_name_in_a_list(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text), text


@pytest.mark.parametrize(
    "line",
    [
        "Please pass my thanks to Colm, Priya, Elder Mary and Hannah.",
        "Do thank Ramón, C.P. Lucía Herrera and Tomás for their time.",
        "Thank you, Uncle, and thank you, Dana, for the warm welcome.",
    ],
)
def test_a_title_with_its_name_in_a_list(rules, model, line) -> None:
    text = "Dear Dana,\n\nThank you for showing me the new cross-dock. " + line + BODY
    assert unprofessional(rules, model, text) == [], text

"""The checker's draft-slip rules after review (session 12), in new wording: each kind's false
alarms read clean, and the slips the rule was made for are still caught. A present perfect
with a time of its own ('since last year') or of a relative clause ('the report I mentioned
last week'); a Korean given name with the syllable 'Ji' ('Kim Min-Ji') is no honorific in
capitals; a multi-word honorific ('Datuk Seri', 'Tan Sri') before a given name; a given name
alone is called so; a titled name typed family name first ('Dr. Lee Hui Min'); a topic cited
by a stop word and one word ('the repairs'), or by a word that only shares three letters
('news' for 'new', 'caring' for 'car'); 'Y' or 'I' at a name's end is no 'and'."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY
OPEN = "Dear Dana,\n\nThank you for showing me the new cross-dock. "
FACTS = Facts("Larkspur Freight", "Depot Supervisor", ("Dana Whitlock",), ("the new cross-dock",))


def unprofessional(rules, model, text: str, facts: Facts = FACTS) -> list:
    result = checked(rules, model, text, facts)
    return [f for f in result.issues if f.code == "unprofessional"]


def greeted(greeting: str, person: str) -> tuple[str, Facts]:
    facts = Facts("Larkspur Freight", "Depot Supervisor", (person,), ("the new cross-dock",))
    return greeting + "\n\nThank you for showing me the new cross-dock." + BODY, facts


# -- 1. a present perfect whose time is its own or a relative clause's ---------------------------
@pytest.mark.parametrize(
    "line",
    [
        "I have worked in social housing since last year.",
        "I have lived in Pinewood since last summer, so I know the area.",
        "I have attached the case study we discussed yesterday.",
        "I have included the report I mentioned last week.",
        "I have run the yard at Dunmore since last spring.",
        "I have enclosed the rota you asked for last week.",
        "I have written up the notes we took yesterday.",
    ],
)
def test_a_present_perfect_that_agrees_with_its_time(rules, model, line) -> None:
    text = OPEN + line + BODY
    assert [f.excerpt for f in unprofessional(rules, model, text)] == [], text


@pytest.mark.parametrize(
    "line",
    [
        "I have trained twelve pickers last month.",
        "I have finished the stock count yesterday.",
        "I have presented the results to the board in 2022.",
    ],
)
def test_a_present_perfect_with_a_time_that_is_over_still(rules, model, line) -> None:
    text = OPEN + line + BODY
    assert unprofessional(rules, model, text), text


# -- 2. a Korean given name ending in 'Ji' is no honorific in capitals ---------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dear Kim Min-Ji,\n\nThank you for showing me the new cross-dock." + BODY, "Kim Min-Ji"),
        (
            "Dear Park Eun-Ji,\n\nThank you for showing me the new cross-dock." + BODY,
            "Park Eun-Ji",
        ),
        (OPEN + "It was good meeting Min-Ji as well." + BODY, "Kim Min-Ji"),
        (OPEN + "My old manager, Lee Hye-Ji, ran a cross-dock too." + BODY, "Dana Whitlock"),
    ],
)
def test_a_korean_given_name_is_no_honorific(rules, model, text, person) -> None:
    people = (person, "Dana Whitlock") if person != "Dana Whitlock" else (person,)
    facts = Facts("Larkspur Freight", "Depot Supervisor", people, ("the new cross-dock",))
    assert [f.excerpt for f in unprofessional(rules, model, text, facts)] == [], text


@pytest.mark.parametrize(
    ("line", "person", "expected"),
    [
        ("Please pass my thanks to Nakamura-Sensei.", "Nakamura Yui", "Nakamura-sensei"),
        ("I enjoyed talking with Verma-Ji after the tour.", "Rohit Verma", "Verma-ji"),
        ("Tanaka-Kun showed me the scanners.", "Tanaka Sho", "Tanaka-kun"),
    ],
)
def test_an_honorific_in_capitals_is_still_caught(rules, model, line, person, expected) -> None:
    people = ("Dana Whitlock", person)
    facts = Facts("Larkspur Freight", "Depot Supervisor", people, ("the new cross-dock",))
    found = unprofessional(rules, model, OPEN + line + BODY, facts)
    assert found and expected in found[0].suggestion, found


# -- 3., 4., 5. a greeting by one name where the record gives a title or an honorific ---------
@pytest.mark.parametrize(
    ("greeting", "person", "expected"),
    [
        ("Dear Ibrahim,", "Datuk Seri Anwar Ibrahim", "Datuk Seri Anwar"),
        ("Dear Anwar,", "Datuk Seri Anwar Ibrahim", "Datuk Seri Anwar"),
        ("Dear Yusof,", "Dato' Sri Mokhtar Yusof", "Dato' Sri Mokhtar"),
        ("Dear Ahmad,", "Haji Datuk Ahmad Ismail", "Haji Datuk Ahmad"),
        ("Dear Lee,", "Dr. Lee Hui Min", "Dr. Lee"),
        ("Dear Park,", "Prof. Park Ji-hoon", "Prof. Park"),
    ],
)
def test_a_greeting_by_one_name_suggests_the_honorific(
    rules, model, greeting, person, expected
) -> None:
    text, facts = greeted(greeting, person)
    found = unprofessional(rules, model, text, facts)
    assert found and f"'{expected}'" in found[0].suggestion, found


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Datuk Seri Anwar,", "Datuk Seri Anwar Ibrahim"),
        ("Dear Dato' Sri Mokhtar,", "Dato' Sri Mokhtar Yusof"),
        ("Dear Dr. Lee,", "Dr. Lee Hui Min"),
        ("Dear Hui Min,", "Dr. Lee Hui Min"),
    ],
)
def test_a_greeting_with_the_honorific_is_clean(rules, model, greeting, person) -> None:
    text, facts = greeted(greeting, person)
    assert [f.excerpt for f in unprofessional(rules, model, text, facts)] == [], text


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Rosnah,", "Puan Rosnah Abdullah"),
        ("Dear Ahmad,", "Haji Ahmad bin Ismail"),
        ("Dear Faridah,", "Cik Faridah Hassan"),
    ],
)
def test_a_given_name_alone_is_called_a_given_name(rules, model, greeting, person) -> None:
    text, facts = greeted(greeting, person)
    found = unprofessional(rules, model, text, facts)
    assert found and "family name" not in found[0].message, found
    assert "given name" in found[0].message, found


def test_a_family_name_alone_is_still_called_a_family_name(rules, model) -> None:
    text, facts = greeted("Dear Abara,", "Dr. Ngozi Abara")
    found = unprofessional(rules, model, text, facts)
    assert found and "family name" in found[0].message, found


# -- 6., 7. a topic is cited by its own words, not a stop word and one word, nor a near word ------
@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("I would like to see the repairs team at work.", "the repairs backlog at the depot"),
        ("I barely slept the night before.", "audit of the night shift"),
        ("I liked the new fleet at the depot.", "fleet news"),
        ("Caring for the fleet matters to me.", "car fleet"),
        ("I kept rating the shifts by hand.", "rats in shifts"),
    ],
)
def test_a_near_word_is_no_topic(rules, model, line, topic) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", ("Fiona Blake",), (topic,))
    text = "Dear Fiona,\n\nThank you for the tour. " + line + BODY
    assert not checked(rules, model, text, facts).elements["specifics"], text


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("I keep thinking about the new branches.", "fp&a model for new branches"),
        (
            "Seeing the plans for the new warehouse was a highlight.",
            "the move to the new warehouse",
        ),
        ("The delivery dates you set look right to me.", "dated delivery plans"),
        ("Thank you for asking about my team size.", "fiona asked about my team size"),
        ("I was glad to hear how the processes are changing.", "process changes"),
    ],
)
def test_a_topic_in_other_words_is_still_cited(rules, model, line, topic) -> None:
    facts = Facts("Larkspur Freight", "Depot Supervisor", ("Fiona Blake",), (topic,))
    text = "Dear Fiona,\n\n" + line + BODY
    assert checked(rules, model, text, facts).elements["specifics"], text


# -- 9. a wrong role later in the subject, after a stage or another capitalised phrase ---------
@pytest.mark.parametrize(
    "subject",
    [
        "Final Interview – Planning Officer interview",
        "Panel Interview follow-up: Warehouse Manager role",
        "Second Round – Fleet Controller position",
    ],
)
def test_a_wrong_role_later_in_the_subject(rules, model, subject) -> None:
    text = f"Subject: {subject}\n\n" + OPEN + "I enjoyed it." + BODY
    found = checked(rules, model, text, FACTS).issues
    assert any(f.code == "name_mismatch" for f in found), found


@pytest.mark.parametrize(
    "subject",
    [
        "Final Interview – Depot Supervisor interview",
        "Panel Interview follow-up: Depot Supervisor role",
    ],
)
def test_the_right_role_later_in_the_subject(rules, model, subject) -> None:
    text = f"Subject: {subject}\n\n" + OPEN + "I enjoyed it." + BODY
    found = checked(rules, model, text, FACTS).issues
    assert not any(f.code == "name_mismatch" for f in found), found

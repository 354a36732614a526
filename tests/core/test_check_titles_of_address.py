"""Titles of address of many countries and trades (check.toml names.honorifics), professions
capitalised as letters write them, and names spelled with letters beyond ASCII: each a kind of
name the checker must read right, whatever the wording around it."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY


def name_issues(rules, model, text: str, facts: Facts) -> list[str]:
    result = checked(rules, model, text, facts)
    return [f.excerpt for f in result.issues if f.code in ("name_mismatch", "unprofessional")]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("It was kind of you and Mdm Rosnah to explain the claims.", ("Goh Siew Ling", "Rosnah")),
        ("Please thank Puan Aisyah and Encik Hafiz.", ("Aisyah Rahman", "Hafiz Osman")),
        ("I was glad to meet Shri Ramesh Iyer and Smt. Lakshmi.", ("Ramesh Iyer", "Lakshmi Rao")),
        ("My thanks also to Khun Somsak for the warehouse visit.", ("Somsak Charoenrat",)),
        ("Please pass my thanks to Frau Becker and Herr Vogel.", ("Anja Becker", "Tobias Vogel")),
        ("I appreciated meeting Me Tremblay and Mx Okoye.", ("Julie Tremblay", "Sam Okoye")),
        ("Please thank Sister Okafor and Matron Hughes.", ("Grace Okafor", "Ann Hughes")),
        ("Thanks to Chef Marco and Coach Rivera.", ("Marco Bellini", "Luis Rivera")),
        ("I was glad to meet Sra. Ibáñez and Sr. Núñez.", ("María Ibáñez", "José Núñez")),
    ],
)
def test_a_title_of_address_before_a_recorded_name_is_no_wrong_name(
    rules, model, line, people
) -> None:
    facts = Facts("Harbourfront Services", "Coordinator", people, ("the new booking system",))
    text = "Hello,\n\nThank you for the interview about the new booking system. " + line + BODY
    assert name_issues(rules, model, text, facts) == []


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Mdm Siti,", "Siti Aminah Yusof"),
        ("Dear Puan Aisyah,", "Aisyah Rahman"),
        ("Dear Khun Somsak,", "Somsak Charoenrat"),
        ("Hi Chef Marco,", "Marco Bellini"),
        ("Dear Pastor Mensah,", "Daniel Mensah"),
    ],
)
def test_a_title_of_address_with_a_given_name_is_no_slip(rules, model, greeting, person) -> None:
    facts = Facts("Harbourfront Services", "Coordinator", (person,), ("the new booking system",))
    text = f"{greeting}\n\nThank you for the interview about the new booking system." + BODY
    assert name_issues(rules, model, text, facts) == []


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("It was kind of you and Mdm Salmah to explain the claims.", "Salmah"),
        ("Please thank Herr Schmidt for the walk through the plant.", "Schmidt"),
        ("I also enjoyed meeting Encik Zulkifli at the depot.", "Zulkifli"),
    ],
)
def test_a_title_of_address_before_an_unrecorded_name_is_a_wrong_name(
    rules, model, line, wrong
) -> None:
    facts = Facts("Harbourfront Services", "Coordinator", ("Rosnah Ismail",), ("the claims",))
    text = "Dear Mdm Rosnah,\n\nThank you for the interview about the claims. " + line + BODY
    assert name_issues(rules, model, text, facts) == [wrong]


@pytest.mark.parametrize(
    "line",
    [
        "The Coach House café was a lovely place for the second interview.",
        "Your Sister Hospital in the north uses the same booking system.",
    ],
)
def test_a_title_of_address_before_an_everyday_word_names_nobody(rules, model, line) -> None:
    facts = Facts("Harbourfront Services", "Coordinator", ("Rosnah Ismail",), ("the claims",))
    text = "Dear Mdm Rosnah,\n\nThank you for the interview about the claims. " + line + BODY
    assert name_issues(rules, model, text, facts) == []


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Please thank Björn for showing me the cross-dock.", "Björn"),
        ("I really enjoyed meeting Inês at the rooftop opening.", "Inês"),
        ("It was a pleasure to speak with Łukasz about the audit.", "Łukasz"),
    ],
)
def test_a_wrong_name_with_letters_beyond_ascii_is_found(rules, model, line, wrong) -> None:
    facts = Facts("Fjordline Logistics", "Supervisor", ("Anders Lind",), ("the cross-dock",))
    text = "Hi Anders,\n\nThank you for the interview and the cross-dock visit. " + line + BODY
    assert name_issues(rules, model, text, facts) == [wrong]


def test_a_recorded_name_with_letters_beyond_ascii_is_right(rules, model) -> None:
    facts = Facts("Nordlys Energi", "Analyst", ("Søren Dahl", "Zoë Lefèvre"), ("the forecasts",))
    text = (
        "Hi Søren,\n\nThank you for the interview, and please pass my thanks to Zoë Lefèvre for"
        " the deep dive into the forecasts." + BODY
    )
    assert name_issues(rules, model, text, facts) == []


@pytest.mark.parametrize(
    ("company", "line"),
    [
        ("Hallam & Royd Chartered Accountants", "Since qualifying as a Chartered Accountant,"),
        ("Harrow Dental Hygienists Ltd", "Since I qualified as a Dental Hygienist,"),
        ("Pennine Chartered Surveyors", "Since qualifying as a Chartered Surveyor,"),
    ],
)
def test_a_profession_in_another_form_of_a_company_word_is_no_misspelling(
    rules, model, company, line
) -> None:
    facts = Facts(company, "Senior", ("Beverley Nash",), ("the audit",))
    text = (
        "Dear Ms Nash,\n\nThank you for the interview about the audit. "
        + line
        + " I have led a team of four."
        + BODY
    )
    assert name_issues(rules, model, text, facts) == []


def test_a_misspelt_company_word_is_still_found(rules, model) -> None:
    facts = Facts("Hallam & Royd Chartered Accountants", "Senior", ("Beverley Nash",), ())
    text = (
        "Dear Ms Nash,\n\nThank you for the interview. I would love to join Hallam & Royd"
        " Chartered Acountants." + BODY
    )
    found = name_issues(rules, model, text, facts)
    assert len(found) == 1 and found[0].endswith("Acountants")


@pytest.mark.parametrize(
    ("greeting", "wrong"),
    [
        ("Hi Ólafur,", ["Ólafur"]),
        ("Dear Ms. Öberg,", ["Öberg"]),
        ("Hi Zoë,", []),
        ("Dear Ms. Lefèvre,", []),
        ("Dear Mr. Ó Súilleabháin,", []),
    ],
)
def test_a_greeting_name_with_letters_beyond_ascii_is_checked(
    rules, model, greeting, wrong
) -> None:
    facts = Facts("Nordlys Energi", "Analyst", ("Zoë Lefèvre", "Pádraig Ó Súilleabháin"), ())
    text = f"{greeting}\n\nThank you for the interview about the forecasts." + BODY
    assert name_issues(rules, model, text, facts) == wrong


def test_titled_names_are_found_where_the_pattern_finds_them(rules) -> None:
    """A title and the name after it ("Dr. Osei", "Fräulein Vogt", "Dato' Rahim") are looked
    for only where a word of the note with a capital is a title (names._title_words), in
    ASCII notes and in notes with letters beyond ASCII alike: the same matches as the pattern
    tried at every position, also beside apostrophes, hyphens, digits, underscores, accented
    letters and the characters `re` takes for another case of an ASCII letter (with those,
    every position is tried)."""
    import random

    from followup.core.check.document import Document
    from followup.core.check.names import _address_titles, _title_words, _titled, _titled_matches

    titles, words = _address_titles(rules)
    titled = _titled(titles)
    draw = random.Random(8)
    pieces = ["Dr", "DR", "dr", "Mr", "Ms", "Fräulein", "Maître", "Dato'", "Dato’", "Herr", "Miss"]
    pieces += ["Osei", "Ávila", "Vogt", "Rahim", "Émile", "Kim-Lee", "the", "said"]
    pieces += [" ", " ", " ", ". ", ".", "\t", "\n", "'", "’", "-", "_", "2", "é", "—", ",", "x"]
    pieces += ["\u0131", "\u0130", "\u212a", "\u017f", "Dear ", "\n\nThanks,\nSam\n"]
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 16)))
        doc = Document(text, rules)
        found = _title_words(doc, words)
        for lo, hi in ((0, len(doc.norm)), (draw.randint(0, len(doc.norm)), len(doc.norm))):
            expected = [m.span() for m in titled.finditer(doc.norm, lo, hi)]
            got = [m.span() for m in _titled_matches(doc, titled, found, lo, hi)]
            assert got == expected, (text, lo, hi)

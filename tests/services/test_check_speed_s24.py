"""Issue 8 (speed, warm check): what a note's first check works out for words and names it has
not seen costs no search that the answer does not need, and gives the same answers.

- the word-run gates read an ASCII note's runs of word characters with one translation of its
  bytes (core.check.prefilter.text_words);

- the readability grade counts a piece of plain letters (most of a note's pieces) without the
  two searches a piece with other characters needs;
- a recorded person's name is split (person_names.name_parts, which the checker reads a
  greeting's family name with) without looking a pattern up in `re`'s cache on every call.
"""

from __future__ import annotations

import re

import pytest

from followup.core import person_names
from followup.core.check import words
from followup.services import checking


class _NoSearch:
    """A pattern that must not be used."""

    def findall(self, *args: object) -> list[str]:
        raise AssertionError("searched")


def test_plain_word_piece_is_counted_without_searching(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(words, "_READ_WORDS", _NoSearch())
    monkeypatch.setattr(words, "_NO_VOWEL", _NoSearch())
    # (words, syllables, sentence ends): vowel groups less a silent -e or -ed, one more for a
    # word without a vowel
    assert words.piece_counts("dashboard") == (1, 2, 0)
    assert words.piece_counts("make") == (1, 1, 0)
    assert words.piece_counts("jumped") == (1, 1, 0)
    assert words.piece_counts("wanted") == (1, 2, 0)
    assert words.piece_counts("rhythm") == (1, 1, 0)
    assert words.piece_counts("hmm") == (1, 1, 0)
    assert words.piece_counts("nth") == (1, 1, 0)


@pytest.mark.parametrize(
    ("piece", "counts"),
    [
        ("timeline?", (1, 3, 1)),  # a stop ends a sentence
        ("i'd", (1, 2, 0)),
        ("q3", (1, 0, 0)),
        ("e-mail", (2, 2, 0)),
        ("(dbt)", (1, 1, 0)),
        ("2027.", (0, 0, 1)),
        ("hmm...", (1, 1, 1)),
    ],
)
def test_other_pieces_are_counted_as_before(piece: str, counts: tuple[int, int, int]) -> None:
    assert words.piece_counts(piece) == counts


def test_grade_of_a_real_note_is_unchanged() -> None:
    text = (
        "Thank you for taking the time to meet with me on Tuesday to discuss the Operations "
        "Coordinator position. I enjoyed learning about how your team schedules deliveries "
        "across the three depots, and the rota tool Priya showed me looked like a real "
        "improvement on spreadsheets. In my current role I reorganised the weekend cover "
        "plan, which cut overtime by a fifth while keeping every shift staffed."
    )
    words._PIECE_COUNTS.clear()
    words._WORD_SYLLABLES.clear()
    first = checking.flesch_kincaid_grade(text)
    again = checking.flesch_kincaid_grade(text)  # (the pieces remembered)
    assert first == again == pytest.approx(11.584, abs=0.001)


# names in the shapes interview invitations and signatures give them (made-up people)
NAMES = [
    ("Sarah Kim", (None, "Sarah", "Kim", False)),
    ("Dr. Karen Holt, DNP", ("Dr", "Karen", "Holt", False)),
    ("Maria de la Cruz", (None, "Maria", "de la Cruz", False)),
    ("Tan Wei Ling", (None, "Wei Ling", "Tan", False)),
    ("Nguyen Thi Lan", (None, "Lan", "Nguyen", True)),
    ("Priya Nair MBA", (None, "Priya", "Nair", False)),
    ("Amara Osei PharmD BCPS", (None, "Amara", "Osei", False)),
    ("Jordan Ellis, APRN-BC", (None, "Jordan", "Ellis", False)),
    ("Ma. Cristina Dela Peña", (None, "Cristina", "Dela Peña", False)),
    ("Wm. Okafor", (None, "William", "Okafor", False)),
    ("Siobhán Ní Bhriain (Head Chef)", (None, "Siobhán", "Ní Bhriain", False)),
    ("Tom Reed <tom.reed@initech.example>", (None, "Tom", "Reed", False)),
]


@pytest.mark.parametrize(("typed", "parts"), NAMES)
def test_name_parts_as_before(typed: str, parts: tuple[object, ...]) -> None:
    found = person_names.name_parts(typed)
    assert (found.title, found.first, found.last, found.by_given) == parts


def test_name_parts_looks_no_pattern_up_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[object] = []
    real = re._compile  # type: ignore[attr-defined]

    def counting(pattern: object, flags: object) -> object:
        looked_up.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "_compile", counting)
    for typed, _ in NAMES:
        person_names.name_parts(typed)
    assert looked_up == []


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Thank you - Data Analyst interview\n\nDear Sarah,\n\nThanks for Tuesday's chat!",
        "Hi Tom -- re: the Q3 dbt/Airflow migration (ETA: 2 wks), I've attached my_notes_v2.pdf",
        "Best regards,\r\nMaria Lopez\tMSc\x0cP.S. e-mail me @ maria.lopez@example.com ~ 555-0134",
        "",
        "   \n\t  ",
    ],
)
def test_a_notes_word_runs_are_those_of_w(text: str) -> None:
    """The runs of word characters the word-run gates read (prefilter.text_words), as `\\w+`
    finds them, for notes as written (ASCII: its bytes translated at once)."""
    from followup.core.check.prefilter import text_words

    assert text_words(text) == re.findall(r"\w+", text)
    assert text_words(text.lower()) == re.findall(r"\w+", text.lower())

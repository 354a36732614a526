"""A note says no word of feeling a third time (issue 10, session 41).

Session 40's recruiters marked down "'appreciated' x3" and 'glad' said three times in one
note: frames chosen one by one each said it, or the user's own line said it twice and a frame
said it again. The writer counts the words of feeling the note has said (its frames and the
user's own line) and takes another frame rather than a third."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import writer
from followup.services import drafting


@pytest.fixture
def note():
    data = drafting.load_data(load_settings(env={}))
    return writer.Writer(
        data.language.bank,
        {"company": "Shonan Vacuum"},
        lambda slot, n: 0,
        writer.Panel(),
        data.language.english.spelling,
    )


def test_a_third_word_of_feeling_is_an_echo(note):
    note.feel("I really appreciated it, and I appreciated the tour.")
    said = "I appreciated the chance to talk about the writing test."
    assert note._repeats(said, writer.norm(said))
    plain = "Thank you for the chance to talk about the writing test."
    assert not note._repeats(plain, writer.norm(plain))


def test_two_are_allowed(note):
    note.feel("I was glad to meet the team.")
    said = "I was glad we could talk about the writing test."
    assert not note._repeats(said, writer.norm(said))


def test_the_forms_of_a_word_count_together(note):
    note.feel("I enjoyed the tour. I enjoy a good puzzle.")
    said = "I enjoyed working through the test with you."
    assert note._repeats(said, writer.norm(said))

"""core.text.clean: the one function that takes out what a terminal would act on."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.core.text import clean, is_clean, json_safe


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),  # CSI colour
        ("\x1b[2J\x1b[Hcleared", "cleared"),  # clear screen, cursor home
        ("x\x1b]0;window title\x07y", "xy"),  # OSC title, ended by BEL
        ("\x1b]8;;file:///etc/passwd\x1b\\Acme\x1b]8;;\x1b\\", "Acme"),  # OSC 8 hyperlink
        ("\x1bPq#0;2;0;0;0\x1b\\ok", "ok"),  # DCS (sixel) string
        ("\x1bcreset", "reset"),  # RIS: a two-character sequence
        ("\x1b]0;never ended", "0;never ended"),  # an unended OSC swallows nothing
        ("Ac\x00me\x1b Corp", "Acme Corp"),  # a lone ESC goes, the space stays
        ("bell\x07 back\x08space del\x7f", "bell backspace del"),
        ("c1\x9b31m csi \x85nel \x90dcs", "c131m csi nel dcs"),  # C1 controls
        ("\u202eevil\u202c \u202aemb\u202c", "evil emb"),  # bidi overrides, embeddings
        ("\u2066iso\u2069 \u2067rtl\u2069 \u2068fs\u2069", "iso rtl fs"),  # bidi isolates
        ("z\u200bw\u200cs\u200dp\u2060j\ufeffb", "zwspjb"),  # zero-width characters
        ("lrm\u200e rlm\u200f alm\u061c", "lrm rlm alm"),
        ("tag\U000e0041\U000e007f", "tag"),  # invisible tag characters
        ("crlf\r\nline\rbreak", "crlf\nline\nbreak"),
        ("keep\ttabs\nand lines", "keep\ttabs\nand lines"),
        ("Zoë Müller, 张伟, Ωmega, 👩\u200d💻", "Zoë Müller, 张伟, Ωmega, 👩💻"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected
    assert is_clean(expected)


def test_one_line_and_no_tabs() -> None:
    assert clean("a\tb\nc\r\nd", newlines=False, tabs=False) == "a b c d"


def test_clean_text_is_returned_as_it_is() -> None:
    text = "Acme — Data Analyst"
    assert clean(text) is text


@given(st.text())
def test_clean_is_idempotent_and_leaves_nothing_unsafe(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert is_clean(once)
    assert "\x1b" not in once and "\r" not in once


@given(st.recursive(st.text(), lambda kids: st.lists(kids) | st.dictionaries(st.text(), kids)))
def test_json_safe_keeps_the_value_and_escapes_the_rest(value: object) -> None:
    text = json_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert is_clean(text.replace("\n", ""))

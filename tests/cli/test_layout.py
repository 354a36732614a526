"""The plain-text views read cleanly: nothing breaks a word or an address, wrapped lines keep
their indent, a table too wide for the terminal becomes a list, one date format."""

from __future__ import annotations

import re

import pytest

from followup.cli import layout

EMAIL = "maria.jose.fernandez-lopez@globex-international.example"


def test_wrap_keeps_words_and_addresses_whole_and_indents_the_next_lines() -> None:
    text = f"write to Maria-José Fernández-López <{EMAIL}> about the Operations role"
    lines = layout.wrap(text, 40, "  - ")
    assert lines[0].startswith("  - ") and all(line.startswith("    ") for line in lines[1:])
    assert f"<{EMAIL}>" in [word for line in lines for word in line.split()]
    assert "Fernández-López" in " ".join(lines).split()
    assert " ".join(" ".join(lines).split()) == "- " + text


def test_wrap_keeps_line_breaks() -> None:
    assert layout.wrap("first\nsecond", 40, "Notes  ") == ["Notes  first", "       second"]


def test_table_wraps_only_the_wrappable_columns_at_spaces() -> None:
    rows = [("12", "Globex International — Senior Operations Engineer", "2026-11-24")]
    lines = layout.table(
        ("id", "company — role", "interviewed"), rows, wraps=(1,), right=(0,), size=40
    )
    assert all(len(line) <= 40 for line in lines)
    assert lines[1].startswith("12  ") and lines[1].endswith("2026-11-24")
    words = [w for line in lines[1:] for w in line.split() if w not in ("12", "2026-11-24")]
    assert words == ["Globex", "International", "—", "Senior", "Operations", "Engineer"]


def test_a_table_too_wide_becomes_one_block_per_row() -> None:
    rows = [("1", "Acme", f"Dana <{EMAIL}>"), ("2", "Globex", "Sam")]
    lines = layout.table(("id", "company", "to"), rows, wraps=(1, 2), size=40)
    assert lines[0] == "id       1" and lines[1] == "company  Acme"
    assert "" in lines and lines[lines.index("") + 1] == "id       2"
    assert any(line.strip() == f"<{EMAIL}>" for line in lines)


def test_pairs_put_values_under_labels_on_a_very_narrow_terminal() -> None:
    assert layout.pairs([("Coordinator", "Dana Reyes")], size=30) == ["Coordinator", "  Dana Reyes"]


# --- the views, as a person sees them ---------------------------------------------------------

PLAN = ("plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York")
GLOBEX = ("add", "--company", "Globex International Holdings", "--role",
          "Senior Staff Operations Engineer", "--interviewed", "2026-11-24", "--format",
          "in-person", "--channel", "phone", "--coordinator",
          f"Maria-José Fernández-López <{EMAIL}>", "--json")  # fmt: skip
ZERO_PADDED = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) 0\d\b")


@pytest.mark.parametrize("columns", ["100", "60", "40"])
def test_why_lines_keep_their_indent(cli, monkeypatch, columns) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    res = cli(*PLAN, "--today", "2026-11-20")
    assert res.code == 0, res.err
    why = res.out.split("Why:\n")[1].splitlines()
    assert why and all(line.startswith(("  - ", "    ")) for line in why)
    assert all(len(line) <= int(columns) for line in res.out.splitlines() if " " in line.strip())
    assert not ZERO_PADDED.search(res.out)


def test_a_one_day_window_is_named_once(cli) -> None:
    res = cli(*PLAN, "--deadline", "2026-11-24", "--today", "2026-11-20")
    assert res.code == 0, res.err
    assert "Window: Mon 23 Nov 2026 (one day)" in res.out
    assert "Mon 23 Nov 2026 – Mon 23 Nov 2026" not in res.out


def test_deadline_squeeze_is_said_plainly(cli) -> None:
    res = cli(*PLAN, "--deadline", "2026-11-21", "--today", "2026-11-20")
    assert "deadline_squeeze" in res.out and "before 2 days" not in res.out


@pytest.mark.parametrize("columns", ["120", "80", "50"])
def test_agenda_list_and_record_never_break_an_address_or_a_word(cli, monkeypatch, columns) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert cli(*GLOBEX).code == 0
    for args in (("today", "--today", "2026-11-20"), ("list",), ("show", "1")):
        res = cli(*args)
        assert res.code == 0, res.err
        words = res.out.split()
        assert f"<{EMAIL}>" in words or "Fernández-López" in words, args
        for word in ("International", "Operations", "Fernández-López"):
            assert word in words, (args, word)
        assert not ZERO_PADDED.search(res.out)


def test_flow_keeps_each_unit_whole() -> None:
    units = ["✓ thanks", "✗ interest", "✗ qualifications", "✓ specifics", "✗ next steps"]
    lines = layout.flow(units, 40, "Elements: ")
    assert lines[0].startswith("Elements: ✓ thanks  ✗ interest")
    assert all(len(line) <= 40 for line in lines)
    assert all(line.startswith(" " * 10) for line in lines[1:])
    assert "  ".join(" ".join(lines).split("  ")).count("✗ next steps") == 1

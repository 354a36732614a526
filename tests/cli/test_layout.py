"""The plain-text views read cleanly: nothing breaks a word or an address, wrapped lines keep
their indent, a table too wide for the terminal becomes a list, one date format."""

from __future__ import annotations

import re

import pytest

from followup.cli import layout

EMAIL = "maria.jose.fernandez-lopez@globex-international.example"


def test_wrap_keeps_words_and_addresses_whole_and_indents_the_next_lines() -> None:
    text = f"write to Maria-José Fernández-López <{EMAIL}> about the Operations role"
    lines = layout.wrap(text, 40, "  - ")  # prose: a word longer than a line stays whole
    assert lines[0].startswith("  - ") and all(line.startswith("    ") for line in lines[1:])
    assert f"<{EMAIL}>" in [word for line in lines for word in line.split()]
    assert "Fernández-López" in " ".join(lines).split()
    assert " ".join(" ".join(lines).split()) == "- " + text


@pytest.mark.parametrize("size", [20, 30, 40, 50])
def test_an_address_too_long_for_any_line_breaks_at_its_at_sign_or_dots_never_past_the_edge(
    size,
) -> None:
    text = f"write to Maria-José Fernández-López <{EMAIL}> about the Operations role"
    lines = layout.wrap(text, size, "  - ", breaks=True)
    assert all(layout.cells(line) <= size for line in lines), lines
    assert "".join(line.strip() for line in lines).replace(" ", "") == (
        "-" + text.replace(" ", "")
    )  # nothing lost, nothing added
    pieces = [line.split()[-1] for line in lines if "maria" in line or "globex" in line]
    # each break comes right before the '@' or right after a '.' or a '-'
    for line in lines[:-1]:
        last = line.split()[-1]
        if "@" in EMAIL and last.strip("<") and last not in text.split():
            assert last.endswith((".", "-")) or lines[lines.index(line) + 1].strip()[0] == "@"
    assert pieces


def test_wide_characters_take_two_cells() -> None:
    assert layout.cells("王伟") == 4 and layout.cells("MLエンジニア") == 12
    assert layout.cells("Côté") == 4 and layout.cells("Co\u0302te\u0301") == 4
    text = "Do thank 王伟 for their time, if you would. I'd enjoy working with you, 田中花子さん"
    for size in range(20, 90):
        lines = layout.wrap(text, size, "For: ")
        assert all(layout.cells(line) <= size for line in lines), (size, lines)
        assert " ".join(" ".join(lines).split()) == "For: " + text
    row = ("4", "株式会社東京データ", "MLエンジニア")
    lines = layout.table(("id", "company", "role"), [row], size=60)
    at = lines[1].index("MLエンジニア")
    assert layout.cells(lines[1][:at]) == lines[0].index("role")  # aligned on screen


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


def test_a_table_becomes_one_block_per_row_only_when_its_columns_cannot_fit() -> None:
    rows = [("1", "Acme", f"Dana <{EMAIL}>"), ("2", "Globex", "Sam")]
    lines = layout.table(("id", "company", "to"), rows, wraps=(1, 2), size=40)
    assert lines[0].split() == ["id", "company", "to"]  # the address breaks: the table stays
    assert all(layout.cells(line) <= 40 for line in lines)
    eight = ("id", "interviewed", "company", "role", "format", "contact", "status", "follow-up")
    narrow = [("12", "Thu 26 Nov", "Acme", "Analyst", "in-person", "Dana", "active", "due")]
    folded = layout.table(eight, narrow, wraps=(2, 3, 5), size=30)  # truly too narrow
    assert folded[0] == "id" and "company" in folded and "  Acme" in folded
    assert "" not in layout.table(eight, narrow * 2, wraps=(2, 3, 5), size=80)


def test_one_long_value_wraps_in_its_column_instead_of_folding_the_table() -> None:
    company = "Compagnie Internationale des Wagons-Lits et du Tourisme Ferroviaire " * 2
    head = ("id", "interviewed", "company", "role", "format", "contact", "status", "follow-up")
    rows = [
        ("1", "Thu 26 Nov", company.strip(), "Data Engineer", "video", "Dana Ruiz", "active", ""),
        ("2", "Fri 27 Nov", "Acme", "Data Engineer", "phone", "Sam Lee", "active", "wait"),
    ]
    for size in (100, 90):
        lines = layout.table(head, rows, wraps=(2, 3, 5), right=(0,), size=size)
        assert lines[0].split() == list(head), size
        assert all(layout.cells(line) <= size for line in lines)
        # the short role stays on one line while the long company takes the wrapping
        assert sum("Data Engineer" in line for line in lines) == 2, (size, lines)


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
    """A deadline that cuts the wait short: one explanation, no 'be patient … not before' a
    day after the window, and the warning in words, not its code."""
    res = cli(*PLAN, "--deadline", "2026-11-21", "--today", "2026-11-20")
    assert res.code == 0, res.err
    assert "before 2 days" not in res.out and "Be patient" not in res.out
    assert "leaves no room for the usual wait (at least 2 days, until Sat 21 Nov 2026)" in (
        " ".join(res.out.split())
    )
    assert "! The deadline leaves no room to wait" in res.out
    assert not re.search(r"\b[a-z]+_[a-z_]+:", res.out)  # no internal code such as deadline_squeeze
    data = cli(*PLAN, "--deadline", "2026-11-21", "--today", "2026-11-20", "--json").json()
    assert data["warnings"] == ["deadline_squeeze"]  # codes stay for machines
    nobody = cli("plan", "--interviewed", "2026-11-19", "--format", "video", "--channel", "phone")
    assert "no_coordinator" not in nobody.out


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


ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# a line that ends inside a day, with the next line going on with the rest of it
WEEKDAY = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
DAY_CUT = re.compile(
    rf"\b({WEEKDAY})\n\s*\d{{1,2}} ({MONTHS})\b"
    rf"|\b({WEEKDAY}) \d{{1,2}}\n\s*({MONTHS})\b"
    rf"|\b({WEEKDAY}) \d{{1,2}} ({MONTHS})\n\s*\d{{4}}\b"
)


def test_wrap_keeps_a_day_whole() -> None:
    text = "Be patient: wait at least 2 days, so not before Thu 26 Nov 2026."
    for size in range(20, 70):
        lines = layout.wrap(text, size, "  - ")
        assert "Thu 26 Nov 2026." in [" ".join(line.split()[-4:]) for line in lines]
        assert not DAY_CUT.search("\n".join(lines)), (size, lines)


@pytest.mark.parametrize("columns", ["100", "60"])
def test_every_view_writes_days_one_way_and_keeps_them_whole(cli, monkeypatch, columns) -> None:
    """A new user's first screens: days as 'Tue 24 Nov 2026' (or 'Tue 24 Nov' where the year
    goes without saying), never ISO or zero-padded, never cut at the end of a line."""
    monkeypatch.setenv("COLUMNS", columns)
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*GLOBEX).code == 0
    for args in (
        ("today", "--today", "2026-11-27"), ("list",), ("show", "1", "--today", "2026-11-27"),
        ("plan", "1", "--today", "2026-11-27"),
        ("draft", "1", "--kind", "email", "--today", "2026-11-27"),
    ):  # fmt: skip
        res = cli(*args)
        assert res.code == 0, (args, res.err)
        assert not ISO_DAY.search(res.out), (args, res.out)
        assert not ZERO_PADDED.search(res.out), args
        assert not DAY_CUT.search(res.out), (args, res.out)


@pytest.mark.parametrize("columns", ["100", "60"])
def test_the_draft_view_fits_the_terminal_and_keeps_words_whole(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*GLOBEX).code == 0
    res = cli("draft", "1", "--kind", "email", "--today", "2026-11-27")
    assert res.code == 0, res.err
    long_words = {w for w in res.out.split() if len(w) > int(columns) // 2}
    for line in res.out.splitlines():
        assert len(line) <= int(columns) or set(line.split()) & long_words, line
    assert f"<{EMAIL}>" in res.out.split()
    stored = cli("draft", "show", "1", "--json").json()["body"]
    assert " ".join(stored.split()) in " ".join(res.out.split())  # the text, whole
    label = None  # a wrapped "For:", "About:", "! " or "- " line goes on under its text
    for line in res.out.splitlines():
        if line.startswith(" "):
            assert label is None or (line[: len(label)].isspace() and line[len(label)] != " ")
            continue
        label = next((lb for lb in ("For: ", "About: ", "! ", "- ") if line.startswith(lb)), None)


@pytest.mark.parametrize("columns", ["60", "100"])
def test_help_never_cuts_a_line(cli, monkeypatch, columns) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    for args in (("--help",), ("draft", "--help"), ("video", "--help"), ("plan", "--help")):
        res = cli(*args)
        assert res.code == 0, res.err
        assert "…" not in res.out and "..." not in res.out.split("Usage:")[1].split("\n", 1)[1]


@pytest.mark.parametrize(
    "number", ["(617) 555-0199", "+1 617-555-0199", "+44 20 7946 0018", "06 12 34 56 78"]
)
def test_wrap_keeps_a_phone_number_whole(number) -> None:
    text = f"Write to: Dana Reyes <dana@acme.example>, {number} (her direct line)"
    for size in range(20, 80):
        lines = layout.wrap(text, size, "  ")
        assert any(number in line for line in lines), (size, lines)
        assert all(len(line) <= size for line in lines if " " in line.strip())
    # what is not a phone number still wraps at its spaces: a year and a time, two counts
    assert layout.wrap("on Mon 23 Nov 2026 10:00 sharp", 20)[0] == "on Mon 23 Nov 2026"
    assert layout.wrap("rounds 12 and 4 of 7", 12) == ["rounds 12", "and 4 of 7"]


@pytest.mark.parametrize("columns", ["80", "50", "40"])
def test_a_contact_keeps_its_number_whole_under_its_label(cli, monkeypatch, columns) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    coordinator = f"Maria-José Fernández-López, {EMAIL}, +1 617 555 0199"
    add = ("add", "--company", "Globex", "--role", "Analyst", "--interviewed", "2026-11-19",
           "--format", "video", "--coordinator", coordinator)  # fmt: skip
    assert cli(*add).code == 0
    plan = cli("plan", "1", "--today", "2026-11-20").out.splitlines()
    start = next(i for i, line in enumerate(plan) if line.startswith("Write to: "))
    end = next(i for i, line in enumerate(plan) if line.startswith("Status: "))
    assert all(line.startswith(" " * len("Write to: ")) for line in plan[start + 1 : end])
    for args in (("plan", "1", "--today", "2026-11-20"), ("show", "1"), ("list",),
                 ("today", "--today", "2026-11-23")):  # fmt: skip
        res = cli(*args)
        assert res.code == 0, res.err
        assert "(617) 555-0199" in res.out or "(617)" not in res.out, (args, res.out)


def test_messages_fit_the_terminal_and_never_split_a_command(cli, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    assert cli(*GLOBEX).code == 0
    footer = cli("today", "--today", "2026-11-25").out.split("\n\n")[-1]
    assert "'followup done 1 --via email|phone|card|video'." in footer.splitlines()  # one round
    assert all(len(line) <= 50 for line in footer.splitlines())
    for _ in range(2):  # recorded, then already recorded: both fit 50 columns
        res = cli("done", "1", "--via", "email", "--today", "2026-11-25")
        assert res.code == 0, res.err
        assert all(len(line) <= 50 for line in res.out.splitlines()), res.out
    assert "Already recorded" in res.out


def test_messages_write_days_the_way_the_views_do(cli, followup_home) -> None:
    """ISO only in --json and where a date is typed: a card's post-by day, the calendar's
    event text, an error about a deadline and a recorded call say 'Tue 24 Nov 2026'."""
    profile = ("profile", "--name", "Sam Lee", "--email", "sam@example.com", "--phone",
               "+1 617 555 0100", "--address", "1 Main St\nBoston, MA 02110")  # fmt: skip
    assert cli(*profile).code == 0
    assert cli(*GLOBEX, "--address", "9 Elm St\nAustin, TX 78701").code == 0
    card = cli("card", "1", "-o", str(followup_home / "c.pdf"), "--today", "2026-11-25")
    assert card.code == 0, card.err
    assert "post it by" in card.out and not ISO_DAY.search(card.out), card.out
    ics = followup_home / "f.ics"
    assert cli("calendar", "-o", str(ics), "--today", "2026-11-25").code == 0
    text = ics.read_text().replace("\r\n ", "")
    assert "the window runs from" in text and not ISO_DAY.search(text.split("DESCRIPTION")[1])
    late = cli(*PLAN, "--deadline", "2026-11-01")
    assert late.code == 2 and "Sun 1 Nov 2026" in late.err and not ISO_DAY.search(late.err)
    call = cli("call", "1", "--outcome", "voicemail", "--today", "2026-11-25")
    assert call.code == 0, call.err
    assert "Wed 25 Nov 2026" in call.out and not ISO_DAY.search(call.out), call.out
    assert "–" in next(line for line in call.out.splitlines() if line.startswith("When:"))


def test_each_note_shares_its_warnings_once_and_hints_name_the_round(cli) -> None:
    assert cli("profile", "--name", "Robin Vale", "--email", "robin@example.org").code == 0
    add = ("add", "--company", "Société Lumière", "--role", "Ingénieure données",
           "--interviewed", "2026-11-24", "--format", "video", "--country", "FR",
           "--coordinator", "Amélie Côté <amelie@lumiere.example>",
           "--interviewer", "Jean Dupont <jean@lumiere.example>",
           "--interviewer", "Léa Martin <lea@lumiere.example>",
           "--interviewer", "Paul Roux <paul@lumiere.example>",
           "--topic", "migration vers Kafka", "--json")  # fmt: skip
    round_id = cli(*add).json()["id"]
    res = cli("draft", str(round_id), "--each", "--today", "2026-11-26")
    assert res.code == 0, res.err
    flagged = [line for line in res.out.splitlines() if line.startswith(("! ", "? "))]
    assert flagged and len(flagged) == len(set(flagged)), flagged  # each said once
    assert " ID" not in " ".join((res.out + res.err).split()).replace("draft ID", "")
    assert f"followup edit {round_id} " in " ".join(res.out.split())
    assert "'followup draft edit " in res.out and "edit ID'" not in res.out


def test_a_phone_number_dials_from_anywhere_and_is_no_address(cli, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    add = ("add", "--company", "Maison Verte", "--role", "Analyste", "--interviewed",
           "2026-11-24", "--format", "in-person", "--channel", "phone", "--country", "FR",
           "--coordinator", "Amélie Côté, amelie@verte.example, 01 42 68 53 00")  # fmt: skip
    assert cli(*add).code == 0
    today = cli("today", "--today", "2026-11-26").out
    shown = cli("show", "1").out
    for out in (today, shown):
        assert "+33 1 42 68 53 00" in out, out
        assert "<01 42" not in out and "<+33" not in out


@pytest.mark.parametrize(
    ("company", "name"),
    [
        ("Société Générale d'Électricité", "thank-you-card-societe-generale-d-electricite.pdf"),
        ("Kabushiki Kaisha Tōkyō Dēta", "thank-you-card-kabushiki-kaisha-tokyo-deta.pdf"),
        ("Bäckerei Straße Øresund Łódź", "thank-you-card-backerei-strasse-oresund-lodz.pdf"),
        ("株式会社東京データ", "thank-you-card-株式会社東京データ.pdf"),
        ("ООО «Ромашка»", "thank-you-card-ооо-ромашка.pdf"),
    ],
)
def test_a_card_file_is_named_after_the_company_in_readable_letters(company, name) -> None:
    from types import SimpleNamespace

    from followup.services.cards import default_name

    assert str(default_name(SimpleNamespace(company=company))) == name

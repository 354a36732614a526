"""`followup card ID --each`: one card per interviewer, whatever drafts are already stored;
an existing PDF is replaced only with --force or when the user says so in a terminal."""

from __future__ import annotations

import os

import pexpect
import pytest
from tests.cli.test_add_interactive import FOLLOWUP

TODAY = "2026-11-30"
PANEL = ("Hamid Farouk <hamid@tidewater.example>", "Siobhán Kelly <siobhan@tidewater.example>",
         "Oluwaseun Bello <seun@tidewater.example>")  # fmt: skip


@pytest.fixture
def round_id(cli) -> str:
    assert cli("profile", "--name", "Rosa Lindqvist", "--email", "rosa@example.net").code == 0
    args = ["add", "--company", "Tidewater Ports", "--role", "Harbour Pilot Trainee",
            "--interviewed", "2026-11-27", "--format", "in-person", "--country", "IE",
            "--coordinator", "Maeve Doyle <maeve@tidewater.example>",
            "--address", "Quay Street\nGalway H91 X2Y3",
            "--topic", "the winter pilotage roster"]  # fmt: skip
    for person in PANEL:
        args += ["--interviewer", person]
    res = cli(*args, "--json")
    assert res.code == 0, res.err
    return str(res.json()["id"])  # type: ignore[index]


def card_names(cli, round_id: str, out, *more: str) -> list[str]:
    res = cli("card", round_id, "-o", str(out), "--today", TODAY, "--force", "--json", *more)
    assert res.code == 0, res.err
    assert out.read_bytes().startswith(b"%PDF")
    data = res.json()
    assert data["pages"] == 2 * len(data["cards"])  # type: ignore[index]
    return [c["to"] for c in data["cards"]]  # type: ignore[index]


def test_each_is_one_card_per_interviewer_whatever_is_stored(cli, round_id, tmp_path) -> None:
    everyone = ["Hamid Farouk", "Siobhán Kelly", "Oluwaseun Bello"]
    out = tmp_path / "cards.pdf"
    # First the plan's card alone, then one to a single person: stored drafts of several shapes.
    assert len(card_names(cli, round_id, out)) == 1
    assert card_names(cli, round_id, out, "--to", "Siob") == ["Siobhán Kelly"]
    assert card_names(cli, round_id, out, "--each") == everyone
    assert card_names(cli, round_id, out, "--each") == everyone  # again: the same cards
    drafts = cli("draft", "list", round_id, "--json")
    assert drafts.code == 0, drafts.err
    cards = [d["to"]["name"] for d in drafts.json()["drafts"] if d["kind"] == "card"]  # type: ignore[index]
    assert set(everyone) <= set(cards)
    assert len(cards) == len(set(cards))  # one stored card draft per person


def test_each_first_in_a_fresh_home(cli, round_id, tmp_path) -> None:
    out = tmp_path / "cards.pdf"
    assert card_names(cli, round_id, out, "--each") == ["Hamid Farouk", "Siobhán Kelly",
                                                        "Oluwaseun Bello"]  # fmt: skip
    assert len(card_names(cli, round_id, out)) == 1  # then the plan's card alone


def test_each_keeps_an_edited_card(cli, round_id, tmp_path) -> None:
    out = tmp_path / "cards.pdf"
    card_names(cli, round_id, out, "--to", "Hamid")
    drafts = cli("draft", "list", round_id, "--json").json()["drafts"]  # type: ignore[index]
    (hamid,) = [d for d in drafts if d["kind"] == "card"]
    edited = tmp_path / "edited.txt"
    edited.write_text("Dear Hamid,\n\nThank you for the tour of the pilot boats.\n\nRosa\n")
    res = cli("draft", "edit", str(hamid["id"]), "--body-file", str(edited))
    assert res.code == 0, res.err
    res = cli("card", round_id, "--each", "-o", str(out), "--today", TODAY, "--force", "--json")
    assert res.code == 0, res.err
    by_name = {c["to"]: c["draft_id"] for c in res.json()["cards"]}  # type: ignore[index]
    assert by_name["Hamid Farouk"] == hamid["id"] and len(by_name) == 3


def test_an_existing_pdf_needs_force(cli, round_id, tmp_path) -> None:
    out = tmp_path / "card.pdf"
    out.write_bytes(b"my own file")
    res = cli("card", round_id, "-o", str(out), "--today", TODAY)
    assert res.code == 4
    assert res.err.strip() == (
        f"followup: error: {out} already exists: give --force to write over it, or -o another file"
    )
    assert out.read_bytes() == b"my own file"  # untouched
    res = cli("card", round_id, "-o", str(out), "--today", TODAY, "--force")
    assert res.code == 0, res.err
    assert out.read_bytes().startswith(b"%PDF")


def test_the_warnings_are_said_once(cli, round_id, tmp_path) -> None:
    res = cli("card", round_id, "--each", "-o", str(tmp_path / "c.pdf"), "--today", TODAY)
    assert res.code == 0, res.err
    assert "Wrote 3 cards" in res.out
    lines = res.err.strip().splitlines()
    assert len(lines) == len(set(lines)) and any("your own address" in ln for ln in lines)


@pytest.mark.parametrize(("answer", "replaced"), [("y", True), ("", False)])
def test_a_terminal_is_asked(round_id, tmp_path, answer: str, replaced: bool) -> None:
    out = tmp_path / "card.pdf"
    out.write_bytes(b"keep me")
    child = pexpect.spawn(
        FOLLOWUP, ["card", round_id, "-o", str(out), "--today", TODAY],
        env={**os.environ, "COLUMNS": "100"}, encoding="utf-8", timeout=60,
    )  # fmt: skip
    child.expect("already exists. Replace it\\? \\[y/N\\]")
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert (child.exitstatus == 0) is replaced
    assert out.read_bytes().startswith(b"%PDF") is replaced

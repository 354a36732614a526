"""In a terminal, a jot the one gate leaves out (s13 drafts-a) is asked for 'as you would say
it to them', with the sentence its words would land in; the answer is stored and said."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def test_a_left_out_jot_is_asked_for_and_then_said(run_followup) -> None:
    import pexpect

    add = run_followup(
        "add", "--company", "Tussock Creek Dairy", "--role", "Herd Manager",
        "--interviewed", "2026-11-17", "--format", "video", "--channel", "email",
        "--coordinator", "Aroha Pene <aroha@tussock.example>",
        "--topic", "my bit: the calving roster at my last farm", "--json",
    )  # fmt: skip
    assert add.code == 0, add.err
    round_id = str(json.loads(add.out)["id"])
    profile = run_followup("profile", "--name", "Sam Kereama", "--qualification", "CCRN")
    assert profile.code == 0
    child = pexpect.spawn(
        str(Path(sys.executable).parent / "followup"),
        ["draft", round_id, "--today", "2026-11-20"],
        env=dict(os.environ), encoding="utf-8", timeout=60, dimensions=(40, 160),
    )  # fmt: skip
    child.expect_exact("You noted: my bit: the calving roster at my last farm")
    child.expect_exact("No note says it, as followup cannot say it exactly.")
    child.expect_exact("Your words would go in: I especially enjoyed our conversation about …")
    child.expect_exact("(Enter leaves it out)")
    child.sendline("the calving roster I ran at Ngātea")
    child.expect_exact("Stored your words for 1 topic(s).")
    child.expect_exact("One line of your own for")  # Enter skips it
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = json.loads(run_followup("show", round_id, "--json").out)
    # stored as said, in quotes after its kind (compose.worded)
    (stored,) = shown["topics"]
    assert stored.endswith(': "the calving roster I ran at Ngātea"')

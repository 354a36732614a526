"""The call sheet for people: plain lines, user text printed literally."""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any

from followup.cli.layout import width
from followup.cli.render import Renderer


def _clock(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%a %-d %b %H:%M")


def show_sheet(out: Renderer, sheet: dict[str, Any]) -> None:
    to = sheet["to"] or {}
    who = to.get("name") or "the person who arranged the interview"
    title = f" ({to['title']})" if to.get("title") else ""
    out.text(f"Call {who}{title} at {sheet['company']}")
    if to.get("international"):
        national = f"   (national: {to['national']})" if to.get("national") else ""
        out.text(f"Dial: {to['international']}{national}")
    else:
        out.text(f"Dial: no number on record for {who} (the warning says how to add it)")
    slot = sheet["slot"]
    if slot:
        end = datetime.fromisoformat(slot["end"]).strftime("%H:%M")
        your_end = datetime.fromisoformat(slot["your_end"]).strftime("%H:%M")
        out.text(f"When: {_clock(slot['start'])}–{end} their time ({slot['tz']})")
        out.text(f"      {_clock(slot['your_start'])}–{your_end} your time ({slot['your_tz']})")
    out.text(f"Status: {sheet['status']}")
    for name, text in sheet["sections"].items():
        out.text()
        out.text(f"{name.capitalize()}:")
        for line in str(text).strip().splitlines():
            out.text(
                textwrap.fill(
                    line,
                    min(width(), 100),
                    initial_indent="  ",
                    subsequent_indent="    ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    fallback = sheet.get("fallback") or {}
    if fallback.get("body"):
        out.text()
        out.text("If nobody answers and you leave no message, send the fallback email:")
        out.text(
            f"  followup draft show {sheet['draft_id']} shows it; once sent, "
            f"followup done {sheet['round']} --via email"
        )
    for warning in sheet["warnings"]:
        out.warn(warning)

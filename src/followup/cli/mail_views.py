"""Human views of the outbox, the worker's passes and the replies, in plain text
(cli/layout.py): stored text is printed as it is, through `Renderer.text`."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

from followup.cli import layout
from followup.cli.context import AppContext
from followup.cli.render import Renderer
from followup.core.text import clean

OUTBOX_COLUMNS = ("#", "round", "state", "due (their time)", "to", "subject")


def error(message: str) -> None:
    """One `followup: error:` line on stderr (the command still exits with its own code)."""
    sys.stderr.write(f"followup: error: {clean(message, newlines=False)}\n")


def show_outbox(out: Renderer, items: Sequence[Mapping[str, Any]]) -> None:
    if not items:
        out.text("The outbox is empty. Schedule a follow-up with 'followup schedule ID'.")
        return
    rows = []
    notes = []
    for item in items:
        state = item["state"] + (" (held)" if item.get("held") else "")
        rows.append(
            (
                str(item["id"]),
                str(item["round_id"]),
                state,
                _when(item["local_due"]),
                item["to"]["email"] or "",
                item["subject"] or "",
            )
        )
        if item.get("advice"):
            notes.append(f"#{item['id']}: {item['advice']}")
        elif item["state"] == "failed" and item.get("detail"):
            notes.append(f"#{item['id']}: {item['detail']}")
    size = layout.width()
    for line in layout.table(OUTBOX_COLUMNS, rows, wraps=(3, 5), right=(0, 1), size=size):
        out.text(line)
    for note in notes:
        for line in layout.wrap(note, size, "", "  "):
            out.text(line)


def _when(text: str) -> str:
    """'Sun 29 Nov 08:45': a due time as the other views write days."""
    from datetime import datetime

    try:
        return f"{datetime.fromisoformat(text):%a %-d %b %H:%M}"
    except ValueError:
        return text[:16].replace("T", " ")


def pass_report(out: Renderer, done: Mapping[str, Any], json_out: bool, quiet: bool) -> None:
    """What one pass of the worker did (nothing at all is printed when quiet and idle)."""
    if json_out:
        out.json_line(done)
        return
    lines = []
    for key, verb in (
        ("sent", "sent"),
        ("retry", "to retry later"),
        ("failed", "failed"),
        ("unknown", "unknown (look in your Sent folder)"),
        ("held", "held (the window closed: see followup outbox)"),
        ("recovered", "left by a stopped worker, now unknown"),
    ):
        if done[key]:
            lines.append(f"{verb}: {', '.join(f'#{i}' for i in done[key])}")
    found = done.get("replies") or {}
    if found.get("replies"):
        lines.append(f"replies: {len(found['replies'])}")
    if found.get("cancelled"):
        lines.append(f"cancelled after a reply: {', '.join(f'#{i}' for i in found['cancelled'])}")
    for line in lines:
        out.text(line)
    for problem in done["errors"]:
        out.warn(problem)
    if not lines and not done["errors"] and not quiet:
        out.text("Nothing due.")


def run_forever(app: AppContext, json_out: bool) -> int:
    """`followup worker`: passes until SIGTERM or Ctrl-C (the current pass finishes)."""
    import signal
    import threading

    from followup.services import sending

    stopping = threading.Event()

    def stop(_signum: int, _frame: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if not json_out:
        poll = max(1, int(app.settings["outbox.poll_seconds"]))
        app.renderer.text(f"Worker running: sends what is due every {poll} s; stop it with Ctrl-C.")
    sending.run_worker(
        app.settings,
        lambda done: pass_report(app.renderer, done.to_dict(), json_out, quiet=True),
        stopping.is_set,
        stopping.wait,
    )
    return 0


def show_replies(out: Renderer, found: Mapping[str, Any]) -> None:
    shown = False
    for key, title in (
        ("replies", "Replies"),
        ("automatic", "Automatic replies (not counted)"),
        ("bounces", "Bounced (the message failed)"),
    ):
        items = found.get(key) or []
        if not items:
            continue
        shown = True
        out.text(f"{title} ({len(items)})")
        for item in items:
            line = f"round {item['round_id']}: {item['sender']} — {item['subject']}"
            line += f" ({item['note']})" if key != "replies" and item.get("note") else ""
            for wrapped in layout.wrap(line, layout.width(), "  "):
                out.text(wrapped)
    if found.get("cancelled"):
        out.text(f"Cancelled after a reply: {', '.join(f'#{i}' for i in found['cancelled'])}.")
    if not shown:
        out.text(f"No new replies ({found.get('checked', 0)} messages looked at).")


def show_reply(out: Renderer, result: Mapping[str, Any]) -> None:
    outcome = f" ({result['outcome']})" if result.get("outcome") else ""
    out.text(
        f"Recorded a reply{outcome} for round #{result['round_id']} "
        f"({result['company']} — {result['role']}); application status: {result['status']}."
    )
    if result.get("cancelled"):
        out.text(f"Cancelled {', '.join(f'#{i}' for i in result['cancelled'])}.")
    nxt = result.get("next_round")
    if nxt:
        out.text(
            "Add the next round when it is set: followup add "
            f'--company "{nxt["company"]}" --role "{nxt["role"]}" '
            "--interviewed YYYY-MM-DD --format video|phone|in-person"
        )

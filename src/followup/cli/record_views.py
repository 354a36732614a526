"""Human views of stored rounds, the agenda and the profile (Rich; imported only for people)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from rich.table import Table
from rich.text import Text

from followup.cli.render import Renderer
from followup.cli.today_cmd import AGENDA_ROWS
from followup.core.plan import fmt_day

FOLLOW_UP_STYLE = {
    "wait": "cyan",
    "due": "bold green",
    "overdue": "bold red",
    "no_window": "red",
    "done": "green",
    "error": "bold red",
}
STATUS_STYLE = {
    "active": "",
    "offer": "bold green",
    "rejected": "dim",
    "withdrawn": "dim",
    "ghosted": "dim",
}

GETTING_STARTED = """\
No interviews recorded yet. Start here:

  followup profile --name "Your Name" --email you@example.com --qualification "5 years of SQL"
  followup add                  # answer a few questions about your interview
  followup add --company Acme --role "Data Analyst" --interviewed 2026-11-19 --format video \\
      --coordinator "Dana Reyes <dana@acme.example>"
  followup today                # then: what to do, and when
"""


def _day(text: str | None) -> str:
    return fmt_day(date.fromisoformat(text)) if text else "—"


def _short(text: str | None) -> str:
    """'Thu 19 Nov' — a day in tables, where the year goes without saying."""
    return date.fromisoformat(text).strftime("%a %-d %b") if text else "—"


def _person(p: Mapping[str, Any]) -> str:
    text = p.get("name") or ""
    if p.get("email"):
        text += f" <{p['email']}>"
    if p.get("phone"):
        text += f", {p['phone']}"
    if p.get("title"):
        text += f" ({p['title']})"
    return text


def follow_up_text(status: str | None) -> Text:
    status = status or ""
    return Text(status.replace("_", " "), style=FOLLOW_UP_STYLE.get(status, ""))


def show_record(out: Renderer, record: Mapping[str, Any]) -> None:
    """One round: the facts, the people, the follow-ups, and its plan when there is one."""
    head = Text(f"#{record['id']} ", style="bold")
    head.append(f"{record['company']} — {record['role']}", style="bold")
    head.append(f"  [{record['status']}]", style=STATUS_STYLE.get(record["status"], ""))
    out.print(head)
    when = _day(record["interviewed"])
    if record.get("time"):
        when += f" at {record['time']}"
    if record.get("tz"):
        when += f" ({record['tz']})"
    table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Interview", f"{when}, {record['format']}")
    table.add_row("Arranged by", str(record["channel"]))
    region = record["country"] + (f"-{record['subdiv']}" if record.get("subdiv") else "")
    table.add_row("Country", region)
    if record.get("deadline"):
        table.add_row("Decision by", _day(record["deadline"]))
    for person in record.get("people", []):
        table.add_row(str(person["role"]).capitalize(), _person(person))
    if record.get("topics"):
        table.add_row("Topics", "; ".join(record["topics"]))
    if record.get("items"):
        table.add_row("Items", "; ".join(record["items"]))
    if record.get("notes"):
        table.add_row("Notes", record["notes"])
    if record.get("job_url"):
        table.add_row("Job posting", record["job_url"])
    for action in record.get("actions", []):
        line = f"{_day(action['on'])}: {action['kind']}"
        if action.get("to"):
            line += f" to {action['to']}"
        if action.get("note"):
            line += f" — {action['note']}"
        if action.get("reply_received"):
            line += " (reply received)"
        table.add_row("Followed up", line)
    if record.get("follow_up"):
        table.add_row("Follow-up", follow_up_text(record["follow_up"]))
    drafts = record.get("drafts") or []
    if drafts:
        table.add_row("Drafts", ", ".join(f"#{d['id']} {d['kind']}" for d in drafts))
    out.print(table)
    plan = record.get("plan") or {}
    if plan.get("error"):
        out.print(Text(f"No plan: {plan['error']}", style="red"))
    elif plan and plan.get("status") != "done":
        method = "Call" if plan["method"] == "phone" else "Email"
        whom = "the coordinator" if plan["recipient"]["role"] == "coordinator" else "your contact"
        if plan.get("window"):
            w = plan["window"]
            out.print(
                f"Plan: {method} {whom}, {_day(w['earliest'])} – {_day(w['latest'])}, "
                f"ideally {_day(w['ideal'])} (followup plan {record['id']} for details)"
            )
        else:
            out.print(f"Plan: no window (followup plan {record['id']} for the reason)")


def show_list(out: Renderer, records: Sequence[Mapping[str, Any]], total: int) -> None:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name, wrap in (
        ("id", False),
        ("interviewed", False),
        ("company", True),
        ("role", True),
        ("format", False),
        ("contact", True),
        ("status", False),
        ("follow-up", False),
    ):
        table.add_column(
            name,
            no_wrap=not wrap,
            overflow="fold" if wrap else "ellipsis",
            justify="right" if name == "id" else "left",
        )
    for r in records:
        people = r.get("people") or []
        contact = next((p for p in people if p["role"] == "coordinator"), None) or (
            people[0] if people else None
        )
        table.add_row(
            str(r["id"]),
            r["interviewed"],
            r["company"],
            r["role"],
            r["format"],
            contact["name"] if contact else "",
            Text(r["status"], style=STATUS_STYLE.get(r["status"], "")),
            follow_up_text(r.get("follow_up")),
        )
    out.print(table)
    if total > len(records):
        out.print(
            Text(
                f"Showing the {len(records)} most recent of {total}; use --all or --limit N.",
                style="dim",
            )
        )


SECTIONS = (
    ("due", "Follow up today", "bold green"),
    ("overdue", "Overdue", "bold red"),
    ("upcoming", "Opening in the next days", "cyan"),
    ("interviews", "Interviews coming up", "magenta"),
)


def _whom(item: Mapping[str, Any]) -> str:
    rec = item.get("recipient") or {}
    if rec.get("name"):
        text = rec["name"]
        contact = rec.get("phone") if item.get("method") == "phone" else rec.get("email")
        contact = contact or rec.get("email") or rec.get("phone")
        return f"{text} <{contact}>" if contact else text
    if rec.get("role") == "coordinator":
        return "the recruiter/coordinator (none recorded: followup edit ID --coordinator ...)"
    return "your main contact (none recorded)"


def show_agenda(out: Renderer, agenda: Mapping[str, Any], everything: bool = False) -> None:
    if agenda["empty"]:
        out.text(GETTING_STARTED.rstrip("\n"))
        return
    today = date.fromisoformat(agenda["today"])
    out.print(Text(f"Today, {fmt_day(today)}", style="bold"))
    shown = False
    for key, title, style in SECTIONS:
        items = agenda[key]
        if not items:
            continue
        shown = True
        out.print(Text(f"\n{title} ({len(items)})", style=style))
        table = Table(box=None, header_style="bold", pad_edge=False)
        table.add_column("id", justify="right", no_wrap=True)
        table.add_column("company — role", overflow="fold")
        table.add_column("interviewed", no_wrap=True)
        table.add_column("do")
        table.add_column("to", overflow="fold")
        table.add_column("when")
        cut = len(items) if everything or key == "due" else AGENDA_ROWS
        for item in items[:cut]:
            table.add_row(*_agenda_row(key, item))
        out.print(table)
        if len(items) > cut:
            out.print(Text(f"… and {len(items) - cut} more (followup today --all)", style="dim"))
    shown = _show_waiting(out, agenda, everything) or shown
    if not shown:
        out.print(
            "Nothing due, overdue or opening in the next days. "
            "Record a new interview with 'followup add', or see them all with 'followup list'."
        )
    else:
        out.print(
            Text(
                "\nOnce done: followup done ID --via email|phone|card|video. "
                "Details: followup plan ID.",
                style="dim",
            )
        )


def _show_waiting(out: Renderer, agenda: Mapping[str, Any], everything: bool) -> bool:
    """The check-ins now due, and the rounds waiting for an answer (SPEC §7)."""
    due = agenda.get("check_ins") or []
    waiting = agenda.get("waiting") or []
    for items, title, style in (
        (due, "Check in (no reply yet)", "bold yellow"),
        (waiting, "Waiting for an answer", "dim"),
    ):
        if not items:
            continue
        out.print(Text(f"\n{title} ({len(items)})", style=style))
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("id", "company — role", "followed up", "decision", "check in"):
            table.add_column(column, overflow="fold")
        cut = len(items) if everything or items is due else AGENDA_ROWS
        for item in items[:cut]:
            table.add_row(
                str(item["id"]),
                Text(f"{item['company']} — {item['role']}"),
                _short(item["followed_up"]),
                _short(item["decision_date"]) if item.get("decision_date") else "—",
                _short(item["check_in"]) if item.get("check_in") else "—",
            )
        out.print(table)
        if len(items) > cut:
            out.print(Text(f"… and {len(items) - cut} more (followup today --all)", style="dim"))
    if due:
        out.print(
            Text(
                "A polite check-in: followup draft ID --kind check-in. "
                "A reply came? followup reply ID --outcome next-round|offer|rejected|other.",
                style="dim",
            )
        )
    return bool(due or waiting)


def _agenda_row(key: str, item: Mapping[str, Any]) -> tuple[str, ...]:
    name = f"{item['company']} — {item['role']}"
    interviewed = _short(item["interviewed"]) + (f" {item['time']}" if item.get("time") else "")
    if item.get("status") == "error":
        return (str(item["id"]), name, interviewed, "fix the record", "", item.get("error", ""))
    do = "call" if item.get("method") == "phone" else "email"
    extras = [e["kind"] for e in item.get("extras", [])]
    if extras:
        do += " + " + ", ".join(extras)
    window = item.get("window")
    if key == "due" and item.get("send_at"):
        when = item["send_at"][11:16] + " their time"
        if window:
            when += f", by {_short(window['latest'])}"
    elif key == "overdue":
        when = f"missed (by {_short(window['latest'])})" if window else "no window"
    elif window:
        when = f"from {_short(window['earliest'])}"
    else:
        when = "no window"
    return (str(item["id"]), name, interviewed, do, _whom(item), when)


def show_profile(out: Renderer, profile: Mapping[str, Any]) -> None:
    if not any(profile.values()):
        out.print(
            'No profile yet: followup profile --name "Your Name" --email you@example.com '
            '--qualification "what makes you a fit" (repeat)'
        )
        return
    table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Name", profile["name"] or "—")
    table.add_row("Email", profile["email"] or "—")
    table.add_row("Phone", profile["phone"] or "—")
    for line in profile["qualifications"] or ["—"]:
        table.add_row("Qualification", line)
    out.print(table)

"""Human views of stored rounds, the agenda and the profile, in plain text (cli/layout.py).

Imported only when a person reads the output. Stored text is printed as it was typed, through
`Renderer.text`; names, addresses and dates never break across lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from followup.cli import layout
from followup.cli.render import Renderer
from followup.cli.views import fmt_span
from followup.core.plan import fmt_day

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
    """'Thu 19 Nov' — a day in the agenda, where the year goes without saying."""
    return date.fromisoformat(text).strftime("%a %-d %b") if text else "—"


def _listed_day(text: str) -> str:
    """'Thu 19 Nov' for a day of this year, 'Thu 19 Nov 2025' for another year's."""
    day = date.fromisoformat(text)
    return _short(text) if day.year == date.today().year else fmt_day(day)


def _person(p: Mapping[str, Any]) -> str:
    """'Dana Reyes (Recruiter) <dana@acme.example>, +1 617-555-0199' — the number in its
    international form, which dials from anywhere (the reader may be abroad)."""
    from followup.core.phones import international

    text = p.get("name") or ""
    if p.get("title"):
        text += f" ({p['title']})"
    if p.get("email"):
        text += f" <{p['email']}>"
    if p.get("phone"):
        text += f", {international(p['phone']) or p['phone']}"
    return text


def _lines(out: Renderer, lines: Sequence[str]) -> None:
    for line in lines:
        out.text(line)


def show_record(out: Renderer, record: Mapping[str, Any]) -> None:
    """One round: the facts, the people, the follow-ups, and its plan when there is one."""
    size = layout.width()
    _lines(out, layout.wrap(f"{record['company']} — {record['role']}  [{record['status']}]",
                            size, f"#{record['id']} "))  # fmt: skip
    when = _day(record["interviewed"])
    if record.get("time"):
        when += f" at {record['time']}"
    if record.get("tz"):
        when += f" ({record['tz']})"
    rows = [("Interview", f"{when}, {record['format']}"), ("Arranged by", str(record["channel"]))]
    region = record["country"] + (f"-{record['subdiv']}" if record.get("subdiv") else "")
    rows.append(("Country", region))
    if record.get("deadline"):
        rows.append(("Decision by", _day(record["deadline"])))
    if record.get("address"):
        rows.append(("Address", record["address"]))
    for person in record.get("people", []):
        rows.append((str(person["role"]).capitalize(), _person(person)))
        if person.get("address"):
            rows.append(("", person["address"]))
    for line in record.get("qualifications") or []:
        rows.append(("Qualification", f"{line} (this application)"))
    for line in record.get("qualifications_from_profile") or []:
        rows.append(("Qualification", f"{line} (your profile: fits the role)"))
    if record.get("topics"):
        rows.append(("Topics", "; ".join(record["topics"])))
    if record.get("items"):
        rows.append(("Items", "; ".join(record["items"])))
    if record.get("notes"):
        rows.append(("Notes", record["notes"]))
    if record.get("job_url"):
        rows.append(("Job posting", record["job_url"]))
    for action in record.get("actions", []):
        line = f"{_day(action['on'])}: {action['kind']}"
        if action.get("to"):
            line += f" to {action['to']}"
        if action.get("note"):
            line += f" — {action['note']}"
        if action.get("reply_received"):
            line += " (reply received)"
        rows.append(("Followed up", line))
    if record.get("follow_up"):
        rows.append(("Follow-up", str(record["follow_up"]).replace("_", " ")))
    drafts = record.get("drafts") or []
    if drafts:
        rows.append(("Drafts", ", ".join(f"#{d['id']} {d['kind']}" for d in drafts)))
    _lines(out, layout.pairs(rows, size))
    plan = record.get("plan") or {}
    if plan.get("error"):
        _lines(out, layout.wrap(str(plan["error"]), size, "No plan: "))
    elif plan and plan.get("status") != "done":
        routed = plan["recipient"].get("as_notes_say")  # whom the notes say to write to
        how = (routed or {}).get("how")  # and how, when they say it (Plan.way)
        phoned = how == "phone" or (plan["method"] == "phone" and how not in ("email", "thread"))
        method = "Call" if phoned else "Email"
        if routed:
            whom = f"{routed['name']} (as your notes say)"
        else:
            whom = (
                "the coordinator" if plan["recipient"]["role"] == "coordinator" else "your contact"
            )
        if plan.get("window"):
            w = plan["window"]
            span = fmt_span(date.fromisoformat(w["earliest"]), date.fromisoformat(w["latest"]))
            ideally = "" if w["earliest"] == w["latest"] else f", ideally {_day(w['ideal'])}"
            text = f"{method} {whom}, {span}{ideally} (followup plan {record['id']} for details)"
        else:
            text = f"no window (followup plan {record['id']} for the reason)"
        _lines(out, layout.wrap(text, size, "Plan: "))


LIST_COLUMNS = ("id", "interviewed", "company", "role", "format", "contact", "status", "follow-up")


def show_list(out: Renderer, records: Sequence[Mapping[str, Any]], total: int) -> None:
    rows = []
    for r in records:
        people = r.get("people") or []
        contact = next((p for p in people if p["role"] == "coordinator"), None) or (
            people[0] if people else None
        )
        rows.append(
            (
                str(r["id"]),
                _listed_day(r["interviewed"]),
                r["company"],
                r["role"],
                r["format"],
                contact["name"] if contact else "",
                r["status"],
                str(r.get("follow_up") or "").replace("_", " "),
            )
        )
    _lines(out, layout.table(LIST_COLUMNS, rows, wraps=(2, 3, 5), right=(0,)))
    if total > len(records):
        out.text(f"Showing the {len(records)} most recent of {total}; use --all or --limit N.")


SECTIONS = (
    ("due", "Follow up today"),
    ("overdue", "Overdue"),
    ("upcoming", "Opening in the next days"),
    ("interviews", "Interviews coming up"),
)
AGENDA_COLUMNS = ("id", "company — role", "interviewed", "do", "to", "when")
WAITING_COLUMNS = ("id", "company — role", "followed up", "decision", "check in")


def _whom(item: Mapping[str, Any]) -> str:
    rec = item.get("recipient") or {}
    if rec.get("name"):
        from followup.core.phones import international

        text = rec["name"]
        phone = (international(rec["phone"]) if rec.get("phone") else None) or rec.get(
            "phone_national"
        )  # dials from anywhere; a number is no address: never in <…>
        email = rec.get("email")
        if phone and (item.get("method") == "phone" or not email):
            return f"{text}, {phone}"
        return f"{text} <{email}>" if email else text
    if rec.get("role") == "coordinator":
        return "the recruiter/coordinator (none recorded: followup edit ID --coordinator ...)"
    return "your main contact (none recorded)"


def show_agenda(out: Renderer, agenda: Mapping[str, Any], rows: int | None = None) -> None:
    """The agenda; each section shows at most `rows` rows (None: all), except what is due."""
    if agenda["empty"]:
        out.text(GETTING_STARTED.rstrip("\n"))
        return
    today = date.fromisoformat(agenda["today"])
    out.text(f"Today, {fmt_day(today)}")
    size = layout.width()
    shown = False
    sections = {key: list(agenda[key]) for key, _ in SECTIONS}
    # Due, but today is not a day of the window (a Sunday between window days): the next one.
    sections["next"] = [
        i for i in sections["due"] if i.get("next_day", agenda["today"]) != agenda["today"]
    ]
    sections["due"] = [i for i in sections["due"] if i not in sections["next"]]
    for key, title in (
        *SECTIONS[:1],
        ("next", "Follow up on the next day of the window"),
        *SECTIONS[1:],
    ):
        items = sections[key]
        if not items:
            continue
        shown = True
        out.text()
        out.text(f"{title} ({len(items)})")
        cut = len(items) if rows is None or key in ("due", "next") else rows
        table = [_agenda_row(key, item) for item in items[:cut]]
        _lines(out, layout.table(AGENDA_COLUMNS, table, wraps=(1, 4, 5), right=(0,), size=size))
        if len(items) > cut:
            out.text(f"… and {len(items) - cut} more (followup today --all)")
    shown = _show_waiting(out, agenda, rows, size) or shown
    if not shown:
        _lines(out, layout.wrap(
            "Nothing due, overdue or opening in the next days. "
            "Record a new interview with 'followup add', or see them all with 'followup list'.",
            size,
        ))  # fmt: skip
    else:
        ids = {
            item["id"] for key, items in sections.items() if key != "interviews" for item in items
        }
        ident = str(next(iter(ids))) if len(ids) == 1 else "ID"  # the number, when known
        out.text()
        _lines(out, layout.wrap(
            f"Done? 'followup done {ident} --via email|phone|card|video'. "
            f"Details: 'followup plan {ident}'.",
            size,
        ))  # fmt: skip


def _show_waiting(out: Renderer, agenda: Mapping[str, Any], rows: int | None, size: int) -> bool:
    """The check-ins now due, and the rounds waiting for an answer (SPEC §7)."""
    due = agenda.get("check_ins") or []
    waiting = agenda.get("waiting") or []
    for items, title in ((due, "Check in (no reply yet)"), (waiting, "Waiting for an answer")):
        if not items:
            continue
        out.text()
        out.text(f"{title} ({len(items)})")
        cut = len(items) if rows is None or items is due else rows
        table = [
            (
                str(item["id"]),
                f"{item['company']} — {item['role']}",
                _short(item["followed_up"]),
                _short(item["decision_date"]) if item.get("decision_date") else "—",
                _short(item["check_in"]) if item.get("check_in") else "—",
            )
            for item in items[:cut]
        ]
        _lines(out, layout.table(WAITING_COLUMNS, table, wraps=(1,), right=(0,), size=size))
        if len(items) > cut:
            out.text(f"… and {len(items) - cut} more (followup today --all)")
    if due:
        _lines(out, layout.wrap(
            "A polite check-in: followup draft ID --kind check-in. "
            "A reply came? followup reply ID --outcome next-round|offer|rejected|other.",
            size,
        ))  # fmt: skip
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
    if key == "next" and item.get("send_at") and window:
        last = item["next_day"] == window["latest"]
        when = f"{_short(item['next_day'])} {item['send_at'][11:16]} their time"
        when += " (the last day)" if last else f", by {_short(window['latest'])}"
    elif key == "due" and item.get("send_at"):
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
        _lines(out, layout.wrap(
            'No profile yet: followup profile --name "Your Name" --email you@example.com '
            '--qualification "what makes you a fit" (repeat)',
            layout.width(),
        ))  # fmt: skip
        return
    rows = [
        ("Name", profile["name"] or "—"),
        ("Email", profile["email"] or "—"),
        ("Phone", profile.get("phone_national") or profile["phone"] or "—"),
    ]
    if profile.get("address"):
        rows.append(("Address", profile["address"]))
    rows += [("Qualification", line) for line in profile["qualifications"] or ["—"]]
    _lines(out, layout.pairs(rows))

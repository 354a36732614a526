"""Human views of a plan and of the settings, in plain text (cli/layout.py).

Imported only when a person, not a machine, reads the output. User text is printed as it is
(never read as markup), through `Renderer.text`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from followup.cli import layout
from followup.cli.render import Renderer
from followup.core.plan import Plan, fmt_day

WARNING_TEXT = {  # a plan's warning codes (in --json) as a person reads them
    "not_business_day": "No business day fits: the window includes a weekend or holiday.",
    "deadline_squeeze": "The deadline leaves no room to wait: the window opens sooner than usual.",
    "channel_unknown": "How arrangements were made is unknown: pass --channel email or phone.",
    "no_coordinator": "No recruiter or coordinator is recorded: add one to know who to write to.",
}
RECIPIENT_TEXT = {
    "coordinator": "the recruiter / HR coordinator who arranged the interview",
    "contact": "your main contact",
}


def fmt_span(first: date, last: date) -> str:
    """'Mon 23 Nov 2026 – Wed 25 Nov 2026', or one day once."""
    return fmt_day(first) if first == last else f"{fmt_day(first)} – {fmt_day(last)}"


def window_strip(plan: Plan, interviewed: date) -> list[str]:
    """A calendar strip from the interview day: the day (int), the window (●), the ideal
    day (★), the other days (·); and under it, when the strip shows it, today (↑ today)."""
    window = set(plan.window.days) if plan.window else set()
    last = max([interviewed + timedelta(days=8), *window])
    names, numbers, marks = [], [], []
    day = interviewed
    while day <= last:
        if day == interviewed:
            mark = "int"
        elif plan.window and day == plan.window.ideal:
            mark = "★"
        elif day in window:
            mark = "●"
        else:
            mark = "·"
        names.append(day.strftime("%a"))
        numbers.append(f"{day.day:>2}".center(3))
        marks.append(mark.center(3))
        day += timedelta(days=1)
    rows = [" ".join(names), " ".join(numbers), " ".join(marks).rstrip()]
    if plan.today is not None and interviewed <= plan.today <= last:
        rows.append(" " * (4 * (plan.today - interviewed).days + 1) + "↑ today")
    return rows


def show_plan(
    out: Renderer,
    plan: Plan,
    user_tz: str,
    contact: dict[str, Any] | None = None,
    round_id: int | None = None,
) -> None:
    """The plan; `contact` (a stored round's recipient: name, title, email, phone) names
    who to write to or call, with the number to dial (whom and how the round's notes say,
    when the plan has a route: `Plan.way`); `round_id` (a stored round) is the one the fixes
    it gives name (else they name the plan command's options)."""

    interviewed = plan.interviewed
    route = plan.route  # whom the notes say to write to: `contact` names them too
    how = plan.way  # and how, when they say it
    method = "phone call" if how == "phone" else "email"
    if route is None:
        whom = RECIPIENT_TEXT[plan.recipient_role]
    elif route.inbox:  # a team's mailbox: 'the careers inbox'
        whom = f"the {route.to.name[:1].lower()}{route.to.name[1:]}, as your notes say"
    else:
        whom = f"{route.to.name}, as your notes say"
    size = layout.width()
    for line in layout.wrap(f"{method} to {whom}", size, "Follow up by "):
        out.text(line)
    if contact and contact.get("name"):
        label, _, text = _contact_line(how, contact).partition(": ")
        for line in layout.wrap(text, size, f"{label}: "):  # "Write to: ", "Call: "
            out.text(line)
    out.text(f"Status: {plan.status.replace('_', ' ')}")
    if plan.window and plan.send_at:
        w = plan.window
        if w.earliest == w.latest:
            out.text(f"Window: {fmt_day(w.earliest)} (one day)")
        else:
            span = f"{fmt_span(w.earliest, w.latest)}, ideally {fmt_day(w.ideal)}"
            for line in layout.wrap(span, size, "Window: "):
                out.text(line)
        label, when = send_time(plan, user_tz)
        for line in layout.wrap(when, size, label):
            out.text(line)
        zone = zone_advice(plan, round_id)
        if zone:
            for line in layout.wrap(zone, size, "! "):
                out.text(line)
        if interviewed:
            for line in window_strip(plan, interviewed):
                out.text(line)
    for extra in plan.extras:
        if extra.kind == "card" and extra.mail_from and extra.mail_by:
            text = f"a thank-you card, posted {fmt_span(extra.mail_from, extra.mail_by)}"
        elif extra.kind == "video":
            text = f"a short video thank-you built around {extra.item}"
        else:
            continue
        for line in layout.wrap(text, size, "Extra: "):
            out.text(line)
    for check in plan.check_ins:
        out.text(f"Check-in: {fmt_span(check.earliest, check.latest)}")
    for code in plan.warnings:
        text = WARNING_TEXT.get(code) or code.replace("_", " ").capitalize() + "."
        for line in layout.wrap(text, size, "! "):
            out.text(line)
    out.text("Why:")
    for reason in plan.reasons:
        for line in layout.wrap(reason, size, "  - "):
            out.text(line)


def send_time(plan: Plan, user_tz: str, now: datetime | None = None) -> tuple[str, str]:
    """(label, text) of when to send, in the recipient's time and yours: the plan's send
    time ("Send at: "), or, once that moment has passed on a day of the window, today
    ("Send today: ") or the window's next day; the JSON keeps `send_at` as planned. `now`
    defaults to the clock when the plan is for the real today (a plan for another day, with
    --today, compares days only)."""
    from zoneinfo import ZoneInfo

    assert plan.send_at is not None and plan.window is not None
    verb = "Call" if plan.way == "phone" else "Send"
    mine = plan.send_at.astimezone(ZoneInfo(user_tz))
    planned = f"{plan.send_at:%a %-d %b %H:%M} {plan.tz}"
    usual = (f"{verb} at: ", f"{planned}  (your time: {mine:%a %-d %b %H:%M} {user_tz})")
    today = plan.today
    if today is None or plan.status not in ("due", "overdue"):
        return usual
    if plan.status == "overdue":
        return f"{verb} at: ", f"{planned}, passed: the window has closed (see the last reason)"
    if now is None:
        clock = datetime.now(ZoneInfo(plan.tz))
        now = clock if clock.date() == today else None
    passed = plan.send_at.date() < today or (now is not None and plan.send_at <= now)
    later = [d for d in plan.window.days if d >= today]
    if not passed or not later:
        return usual
    if later[0] == today:
        return f"{verb} today: ", (
            f"{fmt_day(today)}, as soon as you can (the ideal time, {planned}, has passed)"
        )
    return f"{verb} next: ", (
        f"{fmt_day(later[0])}, the window's next day (the ideal time, {planned}, has passed)"
    )


def zone_advice(plan: Plan, round_id: int | None) -> str | None:
    """One line when the recipient's country keeps one time and the plan's zone another:
    'the recipient is in JP; their zone is Asia/Tokyo: add --tz Asia/Tokyo'."""
    from followup.core.zones import off_country_clock

    if not plan.country:
        return None
    year = (plan.interviewed or plan.today or date.today()).year
    own = off_country_clock(plan.country, plan.tz, year)
    if own is None:
        return None
    fix = f"followup edit {round_id} --tz {own}" if round_id is not None else f"add --tz {own}"
    return (
        f"the recipient is in {plan.country}; their zone is {own}, not {plan.tz} (times above "
        f"are in {plan.tz}): {fix}"
    )


def _contact_line(method: str, contact: dict[str, Any]) -> str:
    """'Call: Dana Reyes (Recruiter) at (617) 555-0199 (from abroad: +1 617-555-0199)'."""
    who = contact["name"] + (f" ({contact['title']})" if contact.get("title") else "")
    if method == "phone":
        if not contact.get("phone"):
            return f"Call: {who} — no phone number recorded (followup edit ID --coordinator …)"
        line = f"Call: {who} at {contact['phone_national']}"
        if contact.get("phone_dial") != contact.get("phone_national"):
            line += f" (from abroad: {contact['phone_dial']})"
        return line
    line = f"Write to: {who}" + (f" <{contact['email']}>" if contact.get("email") else "")
    if contact.get("phone"):
        line += f", {contact['phone_national']}"
    return line


def show_config(
    out: Renderer, path: str, database: str, problems: list[str], rows: list[dict[str, Any]]
) -> None:
    from pathlib import Path

    size = layout.width()
    shown = path if Path(path).exists() else f"{path}  (none yet)"
    for line in layout.pairs([("Config file", shown), ("Database", database)], size, breaks=False):
        out.text(line)
    if problems:
        out.text()
        out.text("Problems in the config file (those settings keep their defaults):")
        for problem in problems:
            for line in layout.wrap(problem, size, "  ! "):
                out.text(line)
    section = None
    for row in rows:  # one setting: `name = value (source)`, its description under it
        if row["name"].split(".")[0] != section:
            section = row["name"].split(".")[0]
            out.text()
        value = row["value"] if row["value"] != "" else "(empty)"
        for line in layout.wrap(f"{row['name']} = {value}  ({row['source']})", size):
            out.text(line)
        for line in layout.wrap(row["description"], size, "    "):
            out.text(line)

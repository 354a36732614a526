"""Human views (Rich). Imported only when a person, not a machine, reads the output."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rich.table import Table
from rich.text import Text

from followup.cli.render import Renderer
from followup.core.plan import Plan, fmt_day

WARNING_TEXT = {
    "not_business_day": "no business day fits: the window includes a weekend or holiday",
    "deadline_squeeze": "the employer's deadline is close: the window starts before 2 days",
    "channel_unknown": "how arrangements were made is unknown: pass --channel email or phone",
    "no_coordinator": "no recruiter/coordinator recorded: add one to know who to write to",
}
STATUS_STYLE = {
    "wait": "cyan",
    "due": "bold green",
    "overdue": "bold red",
    "no_window": "bold red",
    "done": "green",
}
RECIPIENT_TEXT = {
    "coordinator": "the recruiter / HR coordinator who arranged the interview",
    "contact": "your main contact",
}


def window_strip(plan: Plan, interviewed: date) -> Table:
    """A one-week calendar strip: interview day, window days, the ideal day."""
    strip = Table(box=None, show_header=True, pad_edge=False, padding=(0, 1))
    window = set(plan.window.days) if plan.window else set()
    last = max([interviewed + timedelta(days=8), *window])
    day = interviewed
    cells = []
    while day <= last:
        if day == interviewed:
            mark, style = "int", "bold magenta"
        elif plan.window and day == plan.window.ideal:
            mark, style = "★", "bold green"
        elif day in window:
            mark, style = "●", "green"
        else:
            mark, style = "·", "dim"
        strip.add_column(day.strftime("%a"), justify="center")
        cells.append(Text(f"{day.day:>2}\n{mark}", style=style))
        day += timedelta(days=1)
    strip.add_row(*cells)
    return strip


def show_plan(out: Renderer, plan: Plan, user_tz: str) -> None:
    from zoneinfo import ZoneInfo

    interviewed = plan.interviewed
    head = Text()
    head.append("Follow up by ", style="bold")
    head.append("phone call" if plan.method == "phone" else "email", style="bold cyan")
    head.append(f" to {RECIPIENT_TEXT[plan.recipient_role]}")
    out.print(head)
    status = Text("Status: ")
    status.append(plan.status.replace("_", " "), style=STATUS_STYLE.get(plan.status, ""))
    out.print(status)
    if plan.window and plan.send_at:
        w = plan.window
        out.print(
            f"Window: {fmt_day(w.earliest)} – {fmt_day(w.latest)}   ideal: {fmt_day(w.ideal)}"
        )
        mine = plan.send_at.astimezone(ZoneInfo(user_tz))
        when = f"{plan.send_at:%a %d %b %H:%M} {plan.tz}"
        when += f"  (your time: {mine:%a %d %b %H:%M} {user_tz})"
        out.print(("Call at: " if plan.method == "phone" else "Send at: ") + when)
        if interviewed:
            out.print(window_strip(plan, interviewed))
    for extra in plan.extras:
        if extra.kind == "card" and extra.mail_from and extra.mail_by:
            out.print(
                f"Extra: a thank-you card, posted {fmt_day(extra.mail_from)} – "
                f"{fmt_day(extra.mail_by)}"
            )
        elif extra.kind == "video":
            out.print(f"Extra: a short video thank-you built around {extra.item}")
    for check in plan.check_ins:
        out.print(f"Check-in: {fmt_day(check.earliest)} – {fmt_day(check.latest)}")
    for code in plan.warnings:
        out.print(Text(f"! {code}: {WARNING_TEXT.get(code, code)}", style="yellow"))
    out.print(Text("Why:", style="bold"))
    for reason in plan.reasons:
        out.print(f"  - {reason}")


def show_config(out: Renderer, path: str, rows: list[dict[str, Any]]) -> None:
    out.print(f"Config file: {path}")
    table = Table("setting", "value", "source", "description", show_lines=False)
    for row in rows:
        table.add_row(row["name"], row["value"], row["source"], row["description"])
    out.print(table)

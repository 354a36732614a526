"""The plan as a picture: an SVG strip of days from the interview to the end of the window.

Each day is a cell (CSS classes say what it is: interview, window, ideal, weekend, holiday,
deadline, today); a holiday's name and every day's role are in its <title>. All text is
escaped; colours live in static/app.css.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from followup.services.planning import TimelineDay

CELL = 44
HEIGHT = 96
FIT_DAYS = 12  # timelines of at most this many days shrink to the page's width
TOP = 26


def _classes(d: TimelineDay) -> str:
    names = ["day"]
    for flag, name in (
        (d.interview, "interview"),
        (d.in_window, "window"),
        (d.ideal, "ideal"),
        (d.weekend, "weekend"),
        (d.holiday, "holiday"),
        (d.deadline, "deadline"),
        (d.today, "today"),
    ):
        if flag:
            names.append(name)
    return " ".join(names)


def _title(d: TimelineDay) -> str:
    parts = [f"{d.day:%a} {d.day.day} {d.day:%b %Y}"]
    if d.interview:
        parts.append("interview day (never follow up the same day)")
    if d.ideal:
        parts.append("ideal day to follow up")
    elif d.in_window:
        parts.append("inside the window")
    if d.holiday:
        parts.append(f"public holiday: {d.holiday}")
    elif d.weekend:
        parts.append("weekend")
    if d.deadline:
        parts.append("the employer's decision deadline")
    if d.today:
        parts.append("today")
    return " — ".join(parts)


def svg(days: list[TimelineDay], plan: dict[str, Any]) -> Markup:
    """The timeline as inline SVG markup (empty when there is nothing to draw)."""
    if not days:
        return Markup("")
    width = CELL * len(days)
    window = plan.get("window") or {}
    summary = (
        f"Follow-up window {window.get('earliest')} to {window.get('latest')}, "
        f"ideal {window.get('ideal')}"
        if window
        else "No follow-up window"
    )
    # a short timeline shrinks to fit a phone's width; a long one scrolls (it would be too
    # small to read)
    fit = " fit" if len(days) <= FIT_DAYS else ""
    out = [
        f'<svg class="timeline{fit}" viewBox="0 0 {width} {HEIGHT}" width="{width}" '
        f'height="{HEIGHT}" role="img" aria-label="{escape(summary)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, d in enumerate(days):
        x = i * CELL
        out.append(f'<g class="{_classes(d)}"><title>{escape(_title(d))}</title>')
        out.append(f'<rect x="{x + 2}" y="{TOP}" width="{CELL - 4}" height="40" rx="6"/>')
        out.append(
            f'<text class="dow" x="{x + CELL / 2}" y="{TOP - 8}">{d.day:%a}</text>'
            f'<text class="num" x="{x + CELL / 2}" y="{TOP + 26}">{d.day.day}</text>'
        )
        mark = ""
        if d.interview:
            mark = "interview"
        elif d.ideal:
            mark = "ideal"
        elif d.deadline:
            mark = "deadline"
        elif d.holiday:
            mark = "holiday"
        if mark:
            out.append(f'<text class="tag" x="{x + CELL / 2}" y="{TOP + 58}">{mark}</text>')
        if d.deadline:
            out.append(
                f'<line class="deadline-line" x1="{x + 2}" y1="{TOP - 4}" x2="{x + 2}" '
                f'y2="{TOP + 46}"/>'
            )
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))

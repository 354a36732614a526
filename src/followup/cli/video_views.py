"""Human views of `followup video plan` and `followup video check` (plain text, user text
printed literally)."""

from __future__ import annotations

import textwrap
from typing import Any

from followup.cli.layout import width
from followup.cli.render import Renderer

TITLES = {
    "too_short": "Too short",
    "too_long": "Too long",
    "low_resolution": "Low resolution",
    "too_dark": "Too dark",
    "too_bright": "Too bright",
    "backlit": "Backlit",
    "no_audio": "No sound",
    "too_quiet": "Too quiet",
    "noisy": "Noisy",
    "clipping": "Distorted sound",
    "silence_start": "Silence at the start",
    "silence_end": "Silence at the end",
}


def _wrap(text: str, indent: str = "  ", hanging: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=min(width(), 100),
        initial_indent=indent,
        subsequent_indent=hanging if hanging is not None else indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _clock(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def show_plan(out: Renderer, plan: dict[str, Any]) -> None:
    about = f", built around {plan['item']}" if plan["item"] else ""
    out.text(f"Video thank-you note for round {plan['round']}{about}")
    low, high = plan["target_seconds"]
    out.text(
        f"Script: about {plan['speaking_seconds']} s at {plan['words_per_minute']} words a "
        f"minute (aim for {low}-{high} s)"
    )
    for paragraph in plan["script"].split("\n\n"):
        out.text(_wrap(paragraph, "  "))
        out.text()
    for warning in plan["warnings"]:
        out.warn(warning)
    out.text("Before you record:")
    for number, point in enumerate(plan["checklist"], 1):
        out.text(_wrap(f"{number}. {point['point']}", "  ", "     "))
        out.text(_wrap(point["advice"], "     "))
    out.text()
    out.text("When it is recorded: followup video check FILE")


def show_check(out: Renderer, result: dict[str, Any]) -> None:
    video, audio = result["video"], result["audio"]
    out.text(f"{result['file']}: {result['verdict']}")
    shape = "portrait" if result["height"] > result["width"] else "landscape"
    rate = "variable frame rate, " if video["variable_frame_rate"] else ""
    out.text(
        f"  {_clock(result['duration_s'])} · {result['width']}×{result['height']} {shape} · "
        f"{result['fps']:.0f} fps ({rate}{video['codec']})"
    )
    if video["mean_luma"] is not None:
        out.text(
            f"  Picture: brightness {video['mean_luma']:.0f}/255; your face (centre) "
            f"{video['centre_luma']:.0f}, background {video['background_luma']:.0f}"
        )
    if audio["present"]:
        loud = audio["integrated_lufs"]
        said = "silent" if loud is None else f"{loud:.1f} LUFS"
        out.text(
            f"  Sound: {said}; voice {audio['snr_db']:.0f} dB above the noise; "
            f"peak {audio['peak_dbfs']:.1f} dBFS"
        )
    else:
        out.text("  Sound: none")
    if not result["issues"]:
        out.text("Ready to send: light, sound and length are all fine.")
        return
    out.text("To fix before you send it:")
    for issue in result["issues"]:
        at = f" (at {_clock(issue['at_s'])})" if issue["at_s"] is not None else ""
        title = TITLES.get(issue["code"], issue["code"])
        out.text(_wrap(f"- {title}{at}: {issue['message']}", "  ", "    "))
        out.text(_wrap(f"→ {issue['suggestion']}", "    "))

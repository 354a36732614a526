"""Human view of `followup import` (Rich; imported only when a person reads the output)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.text import Text

from followup.cli.record_views import show_record
from followup.cli.render import Renderer

FIELD_TEXT = {
    "company": "the company (--company)",
    "role": "the role (--role)",
    "time": "the time of day",
    "tz": "the time zone",
    "format": "the format: video, phone or in-person (--format)",
    "coordinator": "who arranged it (the coordinator)",
    "interviewers": "the interviewers",
}


def show_import(out: Renderer, record: Mapping[str, Any]) -> None:
    source = record["source"]
    if record.get("action") in ("cancel", "none"):
        out.print(Text(f"{source['file']} cancels an interview; nothing is recorded from it."))
    elif record["dry_run"]:
        out.print(Text(f"Dry run: nothing stored. From {source['file']} followup would record:"))
        shown = dict(record)
        shown["id"] = "new"
        for key in ("company", "role", "format"):
            shown[key] = shown.get(key) or "?"
        shown.pop("plan", None)
        show_record(out, shown)
    else:
        action = record.get("action")
        if action == "unchanged":  # an older copy: the stored round stays as it was
            said = f"Unchanged: interview round #{record['id']} is newer than {source['file']}."
        else:
            done = "Updated" if action == "update" else "Imported"
            said = f"{done} interview round #{record['id']} from {source['file']}."
        out.print(Text(said))
        show_record(out, record)
    missing = record.get("not_inferred") or []
    if missing:
        out.print(Text("Could not infer:", style="bold yellow"))
        for key in missing:
            out.print(Text(f"  - {FIELD_TEXT.get(key, key)}", style="yellow"))
        if not record["dry_run"]:
            out.print(Text(f"Add them with: followup edit {record['id']} …", style="dim"))
    for note in source.get("notes") or []:
        out.print(Text(f"Note: {note}", style="dim"))

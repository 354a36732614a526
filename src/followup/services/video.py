"""Video thank-you notes (seed §2): the plan before recording and the check of the recording.

- `video_plan(settings, round_id, today)`: the script `draft --kind video` writes (the same
  draft, saved with the round), its speaking time, and the preparation checklist with
  concrete advice from `data/video.toml` (a user copy in the config folder replaces it).
- `check_recording(settings, path)`: measures the file (delivery/video.py, PyAV) and judges it
  (core/video.py) → the `video check --json` shape documented in `core.video.report`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from followup.config import Settings, config_path
from followup.core.errors import ConfigError


def _checklist_data(settings: Settings) -> dict[str, Any]:
    from followup.services.data_files import shipped_data

    user = config_path(settings.env).parent / "video.toml"
    try:
        if user.is_file():
            import tomllib  # here: only a user's own file is parsed on every run

            data = tomllib.loads(user.read_text(encoding="utf-8"))
            where = str(user)
        else:
            data = shipped_data("video.toml")  # parsed once, kept in the cache folder
            where = "data/video.toml"
    except (OSError, ValueError) as exc:  # ValueError: TOMLDecodeError, UnicodeDecodeError
        raise ConfigError(f"cannot read {user}: {exc}") from None
    points = data.get("point")
    if not isinstance(points, list) or not all(
        isinstance(p, dict) and isinstance(p.get("point"), str) and isinstance(p.get("advice"), str)
        for p in points
    ):
        raise ConfigError(f"{where}: every [[point]] needs text 'point' and 'advice'")
    return data


def checklist(settings: Settings, item: str | None) -> list[dict[str, str]]:
    """[{"point", "advice"}] in the order to go through them; the item discussed first."""
    data = _checklist_data(settings)
    points = [{"point": p["point"], "advice": p["advice"]} for p in data["point"]]
    if item:
        template = str(data.get("item_point", "Have {item} at hand."))
        points.insert(0, {"point": f"The item: {item}", "advice": template.format(item=item)})
    return points


def video_plan(settings: Settings, round_id: int, today: str | None = None) -> dict[str, Any]:
    """{"round", "item", "script", "speaking_seconds", "target_seconds", "warnings",
    "checklist": [{"point", "advice"}], "draft_id"} for round `round_id`."""
    from followup.core import compose
    from followup.services import drafting, planning

    context = drafting.round_context(settings, round_id, planning.today_for(settings, today))
    interview = context[0]  # read once, for the drafts too
    # the plan shows the script, not the checker's verdict on it
    batch = drafting.write_drafts(
        settings, round_id, kind="video", today=today, judge=False, context=context
    )
    written = batch.written[0]
    item = interview.items[0] if interview.items else None
    data = batch.data or drafting.load_data(settings)
    script = compose.sections(written.draft.body).get("script", written.draft.body).strip()
    return {
        "round": round_id,
        "item": item,
        "script": script,
        "speaking_seconds": written.speaking_seconds,
        "words_per_minute": data.words_per_minute,
        "target_seconds": list(data.video_seconds),
        "warnings": list(written.warnings),
        "checklist": checklist(settings, item),
        "draft_id": written.draft.id,
    }


def check_recording(settings: Settings, path: str) -> dict[str, Any]:
    """Measure and judge the recording at `path` (SPEC §6 habits: the `--json` shape is
    `core.video.report`'s). Raises InvalidInput (one line) for a file it cannot judge."""
    from followup.core.video import report
    from followup.delivery.video import measure

    policy = settings.video
    return report(measure(Path(path), policy), policy)

"""`followup import FILE`: a round from a calendar invite (.ics) or an invitation email (.eml).

The invite is read by `delivery.invites`; flags fill in or override what it lacks; the round
is stored through `records.add_interview` in one transaction, so a refused or failed import
stores nothing. A dry run reads and checks everything, and stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core.errors import ConfigError, FollowupError, InvalidInput
from followup.core.models import Format, Interview
from followup.core.parse import parse_choice
from followup.core.plan import Plan
from followup.core.records import check_interview, required_text, to_record
from followup.core.text import clean
from followup.delivery.invites import Limits, read_invite
from followup.services import planning, records

# What the round cannot be stored without, and the flag that supplies it.
REQUIRED = {"company": "--company", "role": "--role", "format": "--format"}
# Without the user's address, the user is one more attendee: an interviewer.
NO_EMAIL_NOTE = (
    "no profile email is set: set your email with 'followup profile --email …' "
    "so you are not listed as an interviewer"
)


@dataclass(frozen=True)
class ImportInput:
    """`followup import` as the user typed it."""

    file: str
    company: str | None = None
    role: str | None = None
    format: str | None = None
    dry_run: bool = False
    today: str | None = None


def limits(settings: Settings) -> Limits:
    values = {k: int(settings[f"import.{k}"]) for k in ("max_bytes", "max_lines", "max_depth")}
    for key, value in values.items():
        if value < 1:
            raise ConfigError(f"setting import.{key} must be at least 1 (got {value})")
    return Limits(**values)


def import_invite(settings: Settings, given: ImportInput) -> dict[str, Any]:
    """Read the invite, fill in the flags, store the round (unless a dry run).

    Returns the round's record (as `followup show --json` prints it; for a dry run, the
    record it would get, with `id` null) plus `not_inferred` (what the invite did not say
    and no flag gave), `dry_run`, and `source` (file, kind, how it was read).
    """
    company = required_text(given.company, "--company") if given.company is not None else None
    role = required_text(given.role, "--role") if given.role is not None else None
    fmt = parse_choice(Format, given.format, "--format") if given.format is not None else None
    day = planning.today_for(settings, given.today)
    profile = records.get_profile(settings)
    invite = read_invite(
        Path(given.file),
        user_emails=[profile.email] if profile.email else [],
        user_names=[profile.name] if profile.name else [],
        default_tz=settings.timezone,
        limits=limits(settings),
        today=day,
    )
    interview = invite.interview
    interview.country = invite.country or str(settings["user.country"])
    missing = list(invite.not_inferred)
    for key, value in (("company", company), ("role", role), ("format", fmt)):
        if value is not None:
            setattr(interview, key, value)
            if key in missing:
                missing.remove(key)
    lacking = [key for key in REQUIRED if key in missing]
    name = clean(Path(given.file).name, newlines=False)
    if lacking and not given.dry_run:
        flags = " ".join(f"{REQUIRED[k]} …" for k in lacking)
        raise InvalidInput(
            f"{name}: the invite does not say the {_join(lacking)}; give {flags} "
            "(or look first with --dry-run); nothing was stored"
        )
    notes = [clean(note, newlines=False) for note in invite.notes]
    if not profile.email:
        notes.append(NO_EMAIL_NOTE)
    title = clean(invite.title, newlines=False) if invite.title else invite.title
    source = {"file": name, "kind": invite.kind, "title": title, "notes": notes}
    if given.dry_run:
        record = _preview(settings, interview, lacking, day)
    else:
        stored = records.add_interview(settings, interview)
        assert stored.id is not None
        record = records.show_round(settings, stored.id, given.today)
    record["not_inferred"] = missing
    record["dry_run"] = given.dry_run
    record["source"] = source
    return record


def _preview(
    settings: Settings, interview: Interview, lacking: list[str], day: date
) -> dict[str, Any]:
    """The record an import would store, checked as storing would check it; nothing saved."""
    if lacking:
        record = to_record(interview, "active")
        for key in lacking:
            record[key] = None
        return record
    checked = check_interview(interview)
    record = to_record(checked, "active")
    try:
        plan: Plan | FollowupError = planning.Planner(settings, day)(checked)
    except FollowupError as exc:
        plan = exc
    record["plan"] = plan.to_dict() if isinstance(plan, Plan) else {"error": str(plan)}
    if isinstance(plan, Plan):
        record["follow_up"] = plan.status
    return record


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]

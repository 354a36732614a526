"""`followup import FILE`: a round from a calendar invite (.ics) or an invitation email (.eml).

The invite is read by `delivery.invites`; flags fill in or override what it lacks; the round
is stored through `records.store_imported` in one transaction, so a refused or failed import
stores nothing. A dry run reads and checks everything, and stores nothing.

An invite is one calendar event (its UID): importing it again, or a later SEQUENCE of it,
updates the round it made (`action` "update"); a cancellation (METHOD:CANCEL,
STATUS:CANCELLED) offers to delete that round (`action` "cancel") and never records one.
"""

from __future__ import annotations

from collections.abc import Callable
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
    yes: bool = False  # a cancellation deletes its round without asking; a far day is meant
    name: str | None = None  # what to call the file in messages (an upload's own name)


def limits(settings: Settings) -> Limits:
    values = {k: int(settings[f"import.{k}"]) for k in ("max_bytes", "max_lines", "max_depth")}
    for key, value in values.items():
        if value < 1:
            raise ConfigError(f"setting import.{key} must be at least 1 (got {value})")
    return Limits(**values)


def import_invite(
    settings: Settings,
    given: ImportInput,
    confirm: Callable[[dict[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    """Read the invite, fill in the flags, store the round (unless a dry run).

    Returns the round's record (as `followup show --json` prints it; for a dry run, the
    record it would get, with `id` null) plus `not_inferred` (what the invite did not say
    and no flag gave), `dry_run`, `action` ("create", "update", "unchanged", "cancel" or
    "none"), `round_id` (the stored round it is about, or null) and `source` (file, kind, how
    it was read, the event's `uid`, `sequence` and `status`: confirmed or cancelled, and
    whether the country is a guess). For a cancellation `confirm(record)` is asked (unless
    `given.yes`) before the round is deleted; `deleted` says whether it was. A database file
    that does not exist yet reads as an empty one: a dry run creates nothing, and a real
    import creates it when it stores the round (as `add` does; only in a folder that exists).
    """
    with records.missing_reads_empty(settings):
        return _import_invite(settings, given, confirm)


def _import_invite(
    settings: Settings,
    given: ImportInput,
    confirm: Callable[[dict[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    company = required_text(given.company, "--company") if given.company is not None else None
    role = required_text(given.role, "--role") if given.role is not None else None
    fmt = parse_choice(Format, given.format, "--format") if given.format is not None else None
    read = planning.day_reader(settings, given.today, given.yes)
    day = read.today
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
    read.check_far(interview.interviewed, f"{Path(given.file).name}: the interview day", "")
    interview.country = invite.country or str(settings["user.country"])
    missing = list(invite.not_inferred)
    for key, value in (("company", company), ("role", role), ("format", fmt)):
        if value is not None:
            setattr(interview, key, value)
            if key in missing:
                missing.remove(key)
    lacking = [key for key in REQUIRED if key in missing]
    name = clean(given.name or Path(given.file).name, newlines=False)
    notes = [clean(note, newlines=False) for note in invite.notes]
    if not profile.email:
        notes.append(NO_EMAIL_NOTE)
    title = clean(invite.title, newlines=False) if invite.title else invite.title
    source = {
        "file": name,
        "kind": invite.kind,
        "title": title,
        "notes": notes,
        "uid": invite.uid,
        "sequence": invite.sequence,
        "status": "cancelled" if invite.cancelled else "confirmed",
        "country_guessed": invite.country_guessed,
    }
    twin = records.find_imported(settings, interview, invite.uid, invite.other_uids)
    if invite.cancelled:
        return _cancellation(settings, given, interview, twin, source, confirm)
    if lacking and not given.dry_run and twin is None:
        flags = " ".join(f"{REQUIRED[k]} …" for k in lacking)
        raise InvalidInput(
            f"{name}: the invite does not say the {_join(lacking)}; give {flags} "
            "(or look first with --dry-run); nothing was stored"
        )
    if given.dry_run:
        if twin is not None:  # an update previews the round it would store, as storing merges
            stored = records.get_interview(settings, twin[0])
            for key in lacking:
                setattr(interview, key, getattr(stored, key))
            interview = records.merge_imported(stored, interview)
            lacking = [key for key in lacking if getattr(interview, key) is None]
        record = _preview(settings, interview, lacking, day)
        action = "create" if twin is None else "update"
        if twin is not None and twin[1] is not None and invite.sequence < twin[1]:
            action = "unchanged"
        round_id = twin[0] if twin else None
    else:
        if twin is not None:
            stored = records.get_interview(settings, twin[0])
            for key in lacking:  # an update keeps what the stored round says
                setattr(interview, key, getattr(stored, key))
        round_id, action = records.store_imported(
            settings, interview, invite.uid, invite.sequence, invite.other_uids
        )
        record = records.show_round(settings, round_id, given.today)
    if action == "update":
        notes.append(f"updates round {round_id} (the same invite, imported before)")
    elif action == "unchanged":
        notes.append(
            f"an older copy of the invite of round {round_id} (SEQUENCE {invite.sequence}): "
            "nothing changed"
        )
    record["not_inferred"] = missing
    record["dry_run"] = given.dry_run
    record["action"] = action
    record["round_id"] = round_id
    record["source"] = source
    return record


def _cancellation(
    settings: Settings,
    given: ImportInput,
    interview: Interview,
    twin: tuple[int, int | None] | None,
    source: dict[str, Any],
    confirm: Callable[[dict[str, Any]], bool] | None,
) -> dict[str, Any]:
    """A cancelled event: offer to delete the round it made; never record one."""
    notes = source["notes"]
    if twin is None:
        record = to_record(interview, "active")
        notes.append("a cancellation of an interview that is not recorded: nothing to do")
        action, round_id = "none", None
    else:
        round_id = twin[0]
        record = records.show_round(settings, round_id, given.today)
        action = "cancel"
        notes.append(f"cancels round {round_id} ({record['company']}, {record['interviewed']})")
    deleted = False
    if round_id is not None and not given.dry_run:
        if given.yes or (confirm is not None and confirm(record)):
            records.delete_round(settings, round_id)
            deleted = True
            notes.append(f"round {round_id} deleted")
        else:
            notes.append(f"round {round_id} kept: run again with --yes to delete it")
    record.update(
        {
            "not_inferred": [],
            "dry_run": given.dry_run,
            "action": action,
            "round_id": round_id,
            "deleted": deleted,
            "source": source,
        }
    )
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

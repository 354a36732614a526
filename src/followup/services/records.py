"""Use cases of the interview record: add, list, show, edit, delete, done, profile, today,
export and restore, and the drafts' storage. What the CLI (and other services) call.

The database is the one at `settings.db_url`; every call is one transaction, so a failed
command leaves what was stored as it was.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, fields
from dataclasses import replace as changed
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core.errors import Conflict, FollowupError, InvalidInput, quote
from followup.core.models import Draft, FollowUpAction, Interview, Person, PersonRole, Profile
from followup.core.phones import international, national
from followup.core.plan import Plan, fmt_day
from followup.core.records import (
    MAX_ADDRESS,
    MAX_NAME,
    MAX_NOTES,
    MAX_PHONE,
    AppStatus,
    Via,
    action_from,
    check_country,
    check_email,
    check_interview,
    check_phone,
    check_subdiv,
    check_url,
    clean_text,
    from_record,
    optional_text,
    parse_person,
    person_dict,
    person_from,
    required_text,
    status_from,
    text_list,
    to_record,
)
from followup.core.text import clean, json_safe
from followup.delivery.files import read_limited, write_atomic
from followup.services import planning
from followup.store import db, queries

EXPORT_FORMAT = "followup-export"
EXPORT_VERSION = 1
MAX_RESTORE_BYTES = 200 * 1024 * 1024
DEFAULT_LIMIT = 100


# ---------------------------------------------------------------- the API other services use


def add_interview(
    settings: Settings, interview: Interview, job_url: str | None = None
) -> Interview:
    """Store a round under the application with the same company and role (any case),
    creating the application if needed; returns the round as stored, with its `id`."""
    checked = check_interview(with_asked_names(interview))
    url = check_url(job_url)
    _check_region(settings, checked)
    with db.transaction(settings.db_url) as conn:
        app_id = queries.application_for(conn, checked.company, checked.role, url)
        round_id = queries.insert_round(conn, app_id, checked)
        return queries.get_round(conn, round_id).interview


def with_asked_names(interview: Interview) -> Interview:
    """The round with the name each person asked to be called, where it was typed with them
    ("Capt. Mike Hēnare-Gill - ops manager, 'call me mike'"; Person.called, set by
    `core.records.parse_person`), kept as a line of its notes ('Mike prefers to be addressed
    as Mike.'; never 'called', which the notes read as a call to make), which every note
    reads (core.greetings.asked_names); and with what the coordinator's line said of how to
    write to them or through them (Person.remark: "Shalini: said: 'any thank-you mails, send
    to me … I will forward'"), which core.etiquette reads as the notes' own. A line the notes
    hold already is not said again."""
    from followup.core import phrasing

    lines = []
    for person in interview.people:
        who = phrasing.untitled_name(phrasing.bare_name(person.name)).split()
        first = who[0] if who else person.name
        if person.remark and person.role is not PersonRole.COORDINATOR:
            # an interviewer who only watched ('observer only, asked nothing'): said so in the
            # notes, which core.compose reads so that no topic is theirs
            from followup.core.people import observed_only

            if observed_only(person.remark):
                line = f"{first}: observed only, asked nothing."
                if line.lower() not in (interview.notes or "").lower():
                    lines.append(line)
        if person.remark and person.role is PersonRole.COORDINATOR:
            # what the coordinator's line said of how to write to them or through them
            # ("said: 'send any thank-you mails to me, I will forward'"), in their words
            remark = f"{first}: {person.remark}"
            if remark.lower() not in (interview.notes or "").lower():
                lines.append(remark)
        if not person.called:
            continue
        # a name of several words or with a slash in quotes, which end it ('"Ato Girma"',
        # '"W/ro Meseret"'); one word as typed ('Mike')
        said = person.called if re.fullmatch(r"[\w'’.-]+", person.called) else f'"{person.called}"'
        line = f"{first} prefers to be addressed as {said}."
        if line.lower() not in (interview.notes or "").lower():
            lines.append(line)
    if not lines:
        return interview
    notes = "\n".join([*([interview.notes] if interview.notes else []), *lines])
    return changed(interview, notes=notes)


def find_imported(
    settings: Settings, interview: Interview, uid: str | None, others: tuple[str, ...] = ()
) -> tuple[int, int | None] | None:
    """The stored round an imported invite is about, with the SEQUENCE it was stored at: the
    round imported from the same calendar event (`uid`, or for a loop one of its other parts'
    `others`: an update may list them in another order), else the one round of the same
    company and role on the same day; None when there is none."""
    with db.read(settings.db_url) as reader:
        return _imported_twin(reader, interview, uid, others)


def _imported_twin(
    reader: db.Reader, interview: Interview, uid: str | None, others: tuple[str, ...] = ()
) -> tuple[int, int | None] | None:
    for each in (uid, *others) if uid else ():
        found = queries.round_for_uid(reader, each)
        if found is not None:
            return found
    if not interview.company or not interview.role:
        return None
    day = interview.interviewed
    same_day = queries.rounds_on_day(reader, interview.company, interview.role, day)
    return (same_day[0], None) if len(same_day) == 1 else None


def store_imported(
    settings: Settings,
    interview: Interview,
    uid: str | None,
    sequence: int,
    others: tuple[str, ...] = (),
) -> tuple[int, str]:
    """Store an imported round: new (action "create"), or over the round imported from the
    same event or the same invite (action "update"; what the user added — topics, items,
    deadline, notes, follow-ups, people's phones and titles — stays), or nothing when the
    invite is older than the stored one (a lower SEQUENCE: action "unchanged")."""
    checked = check_interview(interview)
    _check_region(settings, checked)
    with db.transaction(settings.db_url) as conn:
        twin = _imported_twin(conn, checked, uid, others)
        if twin is None:
            app_id = queries.application_for(conn, checked.company, checked.role)
            round_id = queries.insert_round(conn, app_id, checked)
            action = "create"
        else:
            round_id, stored_sequence = twin
            if stored_sequence is not None and sequence < stored_sequence:
                return round_id, "unchanged"
            current = queries.get_round(conn, round_id)
            merged = merge_imported(current.interview, checked)
            app_id = current.application_id
            if (queries.match_key(merged.company), queries.match_key(merged.role)) != (
                queries.match_key(current.interview.company),
                queries.match_key(current.interview.role),
            ):
                app_id = queries.application_for(conn, merged.company, merged.role)
            queries.update_round(conn, round_id, merged, app_id)
            if app_id != current.application_id:
                queries.drop_empty_application(conn, current.application_id)
            action = "update"
        if uid:
            queries.put_invite_source(conn, round_id, uid, sequence)
    if action == "update":  # a scheduled follow-up follows the new date, or is held
        from followup.services.sending import replan

        replan(settings, round_id)
    return round_id, action


def merge_imported(current: Interview, imported: Interview) -> Interview:
    """The invite's facts over a stored round, keeping what only the user could have added."""
    people = []
    for person in imported.people:
        same = next(
            (
                p
                for p in current.people
                if (person.email and p.email == person.email)
                or p.name.lower() == person.name.lower()
            ),
            None,
        )
        if same is not None:
            person.phone = person.phone or same.phone
            person.title = person.title or same.title
        people.append(person)
    if imported.coordinator is None and current.coordinator is not None:
        people.insert(0, current.coordinator)
    return changed(
        imported,
        people=people,
        topics=list(current.topics),
        items=list(current.items),
        deadline=current.deadline,
        subdiv=(current.subdiv or imported.subdiv)
        if current.country == imported.country
        else imported.subdiv,
        notes=current.notes or imported.notes,
        actions=[],
    )


def get_interview(settings: Settings, round_id: int) -> Interview:
    """The stored round `round_id` (NotFound when there is none)."""
    return _stored(settings, round_id).interview


def missing_reads_empty(settings: Settings) -> AbstractContextManager[None]:
    """Inside, a database file the user named that does not exist yet reads as empty (a dry
    run reads and creates nothing)."""
    return db.missing_reads_empty(settings.db_url)


def get_profile(settings: Settings) -> Profile:
    with db.read(settings.db_url) as reader:
        return queries.get_profile(reader)


def save_draft(settings: Settings, draft: Draft) -> Draft:
    """Insert a draft (no id) or replace it (with id); returns it with its id."""
    if draft.round_id is None:
        raise InvalidInput("a draft belongs to an interview round: round_id is missing")
    saved = checked_draft(draft)
    with db.transaction(settings.db_url) as conn:
        if not queries.round_exists(conn, draft.round_id):
            raise queries.no_round(draft.round_id)
        saved.id = queries.put_draft(conn, saved)
    return saved


MAX_DRAFT = 100_000
"""Characters of a draft's body (`draft edit`, `restore`)."""


def checked_draft(draft: Draft, what: str = "draft") -> Draft:
    """The draft with every field checked and cleaned as storing it checks them: kind (20),
    body (1 to MAX_DRAFT characters), subject (500), to_name, to_email, video_url (an
    http(s) link); InvalidInput naming `what` and the field otherwise."""
    from followup.core.video import video_link

    body = clean_text(draft.body, f"{what} body", MAX_DRAFT, multiline=True)
    if not body:
        raise InvalidInput(f"{what} body is empty")
    return Draft(
        kind=required_text(draft.kind, f"{what} kind", 20).lower(),
        body=body,
        subject=optional_text(draft.subject, f"{what} subject", 500),
        to_name=optional_text(draft.to_name, f"{what} to_name", MAX_NAME),
        to_email=check_email(draft.to_email, f"{what} to_email"),
        id=draft.id,
        round_id=draft.round_id,
        video_url=video_link(draft.video_url) if draft.video_url else None,
    )


def list_drafts(settings: Settings, round_id: int) -> list[Draft]:
    with db.read(settings.db_url) as reader:
        queries.get_round(reader, round_id)
        return queries.list_drafts(reader, round_id)


def get_draft(settings: Settings, draft_id: int) -> Draft:
    with db.read(settings.db_url) as reader:
        return queries.get_draft(reader, draft_id)


# ---------------------------------------------------------------- records (the one shape)


def record_of(
    stored: queries.StoredRound, plan: Plan | FollowupError | None = None
) -> dict[str, Any]:
    """The record of a stored round, with its application and (when given) its plan status."""
    record = to_record(stored.interview, stored.status)
    record["application_id"] = stored.application_id
    record["job_url"] = stored.job_url
    if isinstance(plan, Plan):
        record["follow_up"] = plan.status
    elif plan is not None:
        record["follow_up"] = "error"
    return record


def _stored(settings: Settings, round_id: int) -> queries.StoredRound:
    with db.read(settings.db_url) as reader:
        return queries.get_round(reader, round_id)


def _check_region(settings: Settings, interview: Interview) -> None:
    """Refuse a country or region the holiday calendar does not know, before storing it."""
    planning.holiday_calendar(interview.country, interview.subdiv).check(interview.interviewed.year)


def _shift(day: date, days: int) -> date:
    """`day` moved by `days`, kept inside the calendar: a range of days reaching past year 1
    or 9999 (--today 9999-12-30, --days 10000000) ends there instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _plans(
    settings: Settings, rounds: Sequence[queries.StoredRound], today: date
) -> list[Plan | FollowupError]:
    planner = planning.Planner(settings, today)
    out: list[Plan | FollowupError] = []
    for stored in rounds:
        try:
            out.append(planner(stored.interview))
        except FollowupError as exc:  # one broken record must not hide the others
            out.append(exc)
    return out


def _with_follow_up(
    settings: Settings, rounds: Sequence[queries.StoredRound], today: date
) -> list[dict[str, Any]]:
    """Records with their follow-up status. A round already followed up is `done` whatever
    its plan says, so only the others are planned (most of a long history is done)."""
    planner = planning.Planner(settings, today)
    out = []
    for stored in rounds:
        record = record_of(stored)
        if stored.interview.followed_up:
            record["follow_up"] = "done"
        else:
            try:
                record["follow_up"] = planner(stored.interview).status
            except FollowupError:
                record["follow_up"] = "error"
        out.append(record)
    return out


@dataclass
class _RoundText:
    """The one-line facts of a round as the user typed them (flags or prompts)."""

    company: str | None = None
    role: str | None = None
    interviewed: str | None = None
    time: str | None = None
    tz: str | None = None
    format: str | None = None
    channel: str | None = None
    deadline: str | None = None
    country: str | None = None
    subdiv: str | None = None
    coordinator: str | None = None


@dataclass
class RoundInput(_RoundText):
    """A round as typed by the user (flags or prompts): text, validated by `interview_from`.

    `address` is the company's postal address (lines kept); `person_addresses` pairs a
    person's name with their own address where it differs; `qualifications` belong to this
    application and come before the profile's in drafts.
    """

    interviewers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    notes: str | None = None
    job_url: str | None = None
    address: str | None = None
    qualifications: list[str] = field(default_factory=list)
    person_addresses: list[tuple[str, str]] = field(default_factory=list)
    yes: bool = False  # a date far from today is meant

    def missing(self) -> list[str]:
        wanted = (
            ("--company", self.company),
            ("--role", self.role),
            ("--interviewed", self.interviewed),
            ("--format", self.format),
        )
        return [flag for flag, value in wanted if not (value or "").strip()]


def people_from(
    coordinator: str | None, interviewers: Sequence[str], country: str | None = None
) -> list[Person]:
    """The people typed one per value ("Name (Title) <email> phone"); phone numbers without
    a country code are read for `country` (the round's). A coordinator typed as no one
    ('none', 'nobody really - …'; `followup.core.people.no_one_typed`) is none."""
    from followup.core.people import no_one_typed  # the parser, only when people are typed

    people = []
    if coordinator and not no_one_typed(coordinator):  # 'nobody really - bill booked it'
        people.append(parse_person(coordinator, PersonRole.COORDINATOR, "--coordinator", country))
    people += [
        parse_person(text, PersonRole.INTERVIEWER, "--interviewer", country)
        for text in interviewers
    ]
    return people


def set_person_addresses(people: Sequence[Person], addresses: Sequence[tuple[str, str]]) -> None:
    """Give each named person their own postal address (as typed, lines kept); InvalidInput
    naming a person who is not on the round."""
    for name, address in addresses:
        key = " ".join(clean_text(name, "--person-address: name").split()).casefold()
        person = next((p for p in people if " ".join(p.name.split()).casefold() == key), None)
        if person is None:
            known = ", ".join(p.name for p in people) or "nobody yet"
            raise InvalidInput(f"--person-address: no one named {name!r} on this round ({known})")
        person.address = optional_text(
            address, f"--person-address: {person.name}", MAX_ADDRESS, multiline=True
        )


def interview_from(settings: Settings, given: RoundInput, today: str | None = None) -> Interview:
    """Validate typed values into an Interview (InvalidInput names the bad one). Dates are
    read as people type them ("last Tuesday", "Nov 27"; see `planning.DayReader`), counted
    from `today` (--today, else the real one); a far one raises FarDate unless `given.yes`."""
    missing = given.missing()
    if missing:
        raise InvalidInput(f"missing option {', '.join(missing)}")
    read = planning.day_reader(settings, today, given.yes)
    assert given.interviewed is not None
    record = {
        "company": given.company,
        "role": given.role,
        "interviewed": read(given.interviewed, "--interviewed").isoformat(),
        "time": given.time or None,
        "tz": given.tz or settings.timezone,
        "format": given.format,
        "channel": given.channel or "unknown",
        "deadline": (
            read(given.deadline, "--deadline", "future").isoformat() if given.deadline else None
        ),
        "country": check_country(given.country or str(settings["user.country"]), "--country"),
        "people": [],
        "topics": list(given.topics),
        "items": list(given.items),
        "notes": given.notes or None,
        "address": given.address or None,
        "qualifications": list(given.qualifications),
    }
    record["subdiv"] = check_subdiv(given.subdiv or None, "--subdiv", str(record["country"]))
    interview = from_record(record)
    interview.people = people_from(given.coordinator, given.interviewers, interview.country)
    set_person_addresses(interview.people, given.person_addresses)
    return interview


def add_round(settings: Settings, given: RoundInput, today: str | None = None) -> dict[str, Any]:
    """`followup add`: validate, store, and return the record with its plan status."""
    interview = interview_from(settings, given, today)
    stored_interview = add_interview(settings, interview, given.job_url)
    assert stored_interview.id is not None
    return show_round(settings, stored_interview.id, today)


def show_round(settings: Settings, round_id: int, today: str | None = None) -> dict[str, Any]:
    """`followup show`: the record, its plan and its drafts."""
    day = planning.today_for(settings, today)
    with db.read(settings.db_url) as reader:
        stored = queries.get_round(reader, round_id)
        drafts = queries.list_drafts(reader, round_id)
        replied = bool(queries.replied_rounds(reader, [round_id]))
    plan = _plans(settings, [stored], day)[0]
    record = record_of(stored, plan)
    record["plan"] = plan_dict(stored.interview, plan)
    record["qualifications_from_profile"] = _fitting(settings, stored.interview)
    record["drafts"] = [
        {"id": d.id, "kind": d.kind, "to_name": d.to_name, "subject": d.subject} for d in drafts
    ]
    from followup.core.tracking import reply_state

    record["reply_state"] = reply_state(stored.interview.followed_up, replied)
    return record


def _fitting(settings: Settings, interview: Interview) -> list[str]:
    """The profile's qualifications a draft for this round may use (they fit its role, by
    the drafting data's measure of relatedness: reading that data costs about 0.2 s)."""
    profile = get_profile(settings)
    if not profile.qualifications:
        return []  # nothing to weigh (and the drafting data stays unread: show stays quick)
    from followup.core.compose import qualifications_for
    from followup.services.drafting import load_data

    own = set(interview.qualifications)
    offered = qualifications_for(
        interview, profile, load_data(settings, interview.country).language
    )
    return [q for q in offered if q not in own]


def plan_dict(interview: Interview, plan: Plan | FollowupError) -> dict[str, Any]:
    """A stored round's plan as `followup plan ID --json` prints it: SPEC §6's shape, whose
    `recipient` also names the person and their number (see `contact_of`): whom the notes
    say to write to when they do (`plan_recipient`), the keys unchanged."""
    if not isinstance(plan, Plan):
        return {"error": str(plan)}
    out = plan.to_dict()
    out["recipient"] = {
        **out["recipient"],
        **contact_of(plan_recipient(interview, plan), plan.recipient_role),
    }
    return out


def plan_and_contact(
    settings: Settings, round_id: int, today: str | None = None
) -> tuple[Plan, dict[str, Any]]:
    """`followup plan ID`: the stored round's plan and who it goes to (`contact_of`)."""
    stored = _stored(settings, round_id)
    plan = planning.Planner(settings, planning.today_for(settings, today))(stored.interview)
    return plan, plan_dict(stored.interview, plan)["recipient"]


def plan_of(settings: Settings, round_id: int, today: str | None = None) -> dict[str, Any]:
    """`followup plan ID --json`: the stored round's plan (`plan_dict`); errors are raised."""
    stored = _stored(settings, round_id)
    plan = planning.Planner(settings, planning.today_for(settings, today))(stored.interview)
    return plan_dict(stored.interview, plan)


@dataclass
class Listing:
    """One page of `followup list`: the records, how many match, how many are stored."""

    records: list[dict[str, Any]]
    total: int
    stored: int  # rounds in the database, whatever the filters

    @property
    def truncated(self) -> bool:
        return self.total > len(self.records)


def list_rounds(
    settings: Settings,
    *,
    status: str | None = None,
    company: str | None = None,
    due: bool = False,
    today: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Listing:
    """`followup list`: newest interview first; `due` keeps rounds whose follow-up is due today."""
    if limit is not None and limit < 1:
        raise InvalidInput("--limit must be at least 1")
    day = planning.today_for(settings, today)
    filters = queries.Filters(
        status=str(status_from(status, "--status")) if status else None,
        company=optional_text(company, "--company", 200),
    )
    if due:  # a window lies inside [interview day, interview day + max_days]
        filters.interviewed_from = _shift(day, -settings.policy.max_days)
        filters.interviewed_to = day
        filters.not_followed_up = True
    with db.read(settings.db_url) as reader:
        found = queries.find_rounds(reader, filters, None if due else limit)
        total = len(found)
        if limit is not None and not due and total == limit:
            total = queries.count_rounds(reader, filters)
        stored = queries.count_rounds(reader) if not found else -1
    records = _with_follow_up(settings, found, day)
    if due:
        records = [r for r in records if r["follow_up"] == "due"]
        total = len(records)
        records = records[:limit] if limit is not None else records
    return Listing(records, total, stored if stored >= 0 else total)


@dataclass
class RoundChanges(_RoundText):
    """`followup edit`: only the fields given change; `clear` empties optional ones."""

    interviewers: list[str] | None = None
    topics: list[str] | None = None
    items: list[str] | None = None
    notes: str | None = None
    status: str | None = None
    job_url: str | None = None
    address: str | None = None
    qualifications: list[str] | None = None
    person_addresses: list[tuple[str, str]] = field(default_factory=list)
    clear: list[str] = field(default_factory=list)
    yes: bool = False  # a date far from today is meant
    reword: list[tuple[str, str]] = field(default_factory=list)  # (as recorded, as said)
    topic_kind: list[tuple[str, str]] = field(default_factory=list)  # (as recorded, kind)


def reworded(lines: list[str], old: str, new: str) -> list[str] | None:
    """`lines` with the one that reads `old` (case and spaces aside; or the only one that
    starts so) said as `new` instead; a leading 'who:' of the old line is kept ('johan: sick
    leave high' reworded 'the sick leave among your drivers' stays Johan's). None when no
    line, or more than one, matches."""

    from followup.core.compose import unbulleted

    def key(text: str) -> str:  # the bullet a line was typed with is no part of it
        return " ".join(unbulleted(text).split()).lower()

    hits = [i for i, line in enumerate(lines) if key(line) == key(old)]
    if not hits:
        hits = [i for i, line in enumerate(lines) if key(line).startswith(key(old))]
    if len(hits) != 1 or not new.strip():
        return None
    line = unbulleted(lines[hits[0]])
    owner = re.match(r"^(?!(?:my|me|i)\b)([^:\s][^:]{0,29}):\s", line, re.I)  # not 'my bit:'
    said = " ".join(new.split())
    if owner and ":" not in said:
        said = f"{owner.group(1)}: {said}"
    return [*lines[: hits[0]], said, *lines[hits[0] + 1 :]]


def rekinded(lines: list[str], old: str, kind: str, lexicon: Any) -> list[str] | None:
    """`lines` with the one topic that reads `old` (as `reworded` finds it) marked as of
    `kind` ('challenge: …'), after who it is theirs ('johan: challenge: sick leave high'),
    replacing any kind it was marked with; None when no line, or more than one, matches."""
    from followup.core import phrasing
    from followup.core.compose import unbulleted

    def key(text: str) -> str:
        return " ".join(unbulleted(text).split()).lower()

    hits = [i for i, line in enumerate(lines) if key(line) == key(old)]
    if not hits:
        hits = [i for i, line in enumerate(lines) if key(line).startswith(key(old))]
    if len(hits) != 1:
        return None
    line = phrasing.split_kind(unbulleted(lines[hits[0]]).strip(), lexicon)[1]
    owner = re.match(r"^(?!(?:my|me|i)\b)([^:\s][^:]{0,29}):\s*(.*)$", line, re.I)
    if owner:  # still theirs: the kind goes after who it is theirs
        rest = phrasing.split_kind(owner.group(2), lexicon)[1]
        said = f"{owner.group(1)}: {phrasing.with_kind(kind, rest)}"
    else:
        said = phrasing.with_kind(kind, line)
    return [*lines[: hits[0]], said, *lines[hits[0] + 1 :]]


def topic_kind_name(kind: str, lexicon: Any) -> str:
    """The kind a user typed ('challenge', 'problem', 'case'), as followup names it; a clear
    error for anything else."""
    from followup.core import phrasing

    word = kind.strip().lower()
    word = lexicon.kind_aliases.get(word, word)
    if word not in lexicon.kind_names:
        known = ", ".join(k for k in phrasing.KIND_LABELS if k in lexicon.kind_names)
        raise InvalidInput(f"--topic-kind: {kind!r} is not a kind of topic (one of {known})")
    return str(word)


# the one-line fields `edit` copies as given (coordinator is a person: handled apart)
EDITABLE_TEXT = tuple(f.name for f in fields(_RoundText) if f.name != "coordinator")
CLEARABLE = (
    "time",
    "tz",
    "deadline",
    "subdiv",
    "coordinator",
    "interviewers",
    "topics",
    "items",
    "notes",
    "job_url",
    "address",
    "qualifications",
)


def edit_round(
    settings: Settings, round_id: int, changes: RoundChanges, today: str | None = None
) -> dict[str, Any]:
    """Change a stored round. A new company or role moves it to that application."""
    unknown = [c for c in changes.clear if c not in CLEARABLE]
    if unknown:
        raise InvalidInput(
            f"--clear: cannot clear {', '.join(unknown)} (one of {', '.join(CLEARABLE)})"
        )
    current = _stored(settings, round_id)
    record = to_record(current.interview, current.status)
    read = planning.day_reader(settings, today, changes.yes)
    for key in (*EDITABLE_TEXT, "notes", "address"):
        value = getattr(changes, key)
        if value is not None:
            record[key] = value
    for key, prefer in (("interviewed", "past"), ("deadline", "future")):
        typed = getattr(changes, key)
        if typed:
            record[key] = read(typed, f"--{key}", prefer).isoformat()
    for key in ("topics", "items", "qualifications"):
        value = getattr(changes, key)
        if value is not None:
            record[key] = list(value)
    for key in changes.clear:
        if key in record:
            record[key] = [] if key in ("topics", "items", "qualifications") else None
    for old, new in changes.reword:
        for key in ("topics", "items"):
            lines = reworded(list(record.get(key) or []), old, new)
            if lines is not None:
                record[key] = lines
                break
        else:
            raise InvalidInput(
                f"--reword: no one topic or item reads {old!r} (see 'followup show "
                f"{round_id}'; quote it as recorded, or enough of its start to tell it apart)"
            )
    if changes.topic_kind:
        from followup.services.drafting import load_data

        lexicon = load_data(settings, record.get("country")).language.lexicon
        for old, kind in changes.topic_kind:
            lines = rekinded(
                list(record.get("topics") or []), old, topic_kind_name(kind, lexicon), lexicon
            )
            if lines is None:
                raise InvalidInput(
                    f"--topic-kind: no one topic reads {old!r} (see 'followup show "
                    f"{round_id}'; quote it as recorded, or enough of its start to tell it "
                    "apart)"
                )
            record["topics"] = lines
    record["actions"] = []
    record["people"] = []  # kept or replaced below, as stored (numbers typed before checks)
    interview = from_record(record)
    coordinator = [p for p in current.interview.people if p.role is PersonRole.COORDINATOR]
    interviewers = current.interview.interviewers
    if changes.coordinator is not None:
        coordinator = people_from(changes.coordinator, [], interview.country)
    if changes.interviewers is not None:
        interviewers = people_from(None, changes.interviewers, interview.country)
    if "coordinator" in changes.clear:
        coordinator = []
    if "interviewers" in changes.clear:
        interviewers = []
    interview.people = coordinator + interviewers
    set_person_addresses(interview.people, changes.person_addresses)
    status = str(status_from(changes.status, "--status")) if changes.status else None
    job_url = check_url(changes.job_url) if changes.job_url is not None else None
    if "job_url" in changes.clear:
        job_url = ""
    if (interview.country, interview.subdiv) != (
        current.interview.country,
        current.interview.subdiv,
    ):
        _check_region(settings, interview)
    with db.transaction(settings.db_url) as conn:
        old_app = current.application_id
        app_id = old_app
        moved = queries.match_key(interview.company) != queries.match_key(
            current.interview.company
        ) or queries.match_key(interview.role) != queries.match_key(current.interview.role)
        if moved:
            app_id = queries.application_for(conn, interview.company, interview.role)
        queries.update_round(conn, round_id, interview, app_id)
        if moved:
            queries.drop_empty_application(conn, old_app)
        queries.update_application(conn, app_id, status=status, job_url=job_url)
    from followup.services.sending import replan

    replan(settings, round_id, planning.today_for(settings, today))
    return show_round(settings, round_id, today)


def delete_round(settings: Settings, round_id: int) -> dict[str, Any]:
    """Delete a round (and its people, actions, drafts); an application left empty goes too."""
    with db.transaction(settings.db_url) as conn:
        stored = queries.get_round(conn, round_id)
        app_id = queries.delete_round(conn, round_id)
        dropped = queries.drop_empty_application(conn, app_id)
    record = record_of(stored)
    return {
        "deleted": round_id,
        "company": record["company"],
        "role": record["role"],
        "interviewed": record["interviewed"],
        "application_deleted": dropped,
    }


def describe_round(settings: Settings, round_id: int) -> str:
    """'#7 Acme — Data Analyst, interviewed 2026-11-19' (what `delete` asks about)."""
    interview = get_interview(settings, round_id)
    return (
        f"#{interview.id} {interview.company} — {interview.role}, interviewed "
        f"{interview.interviewed.isoformat()}"
    )


def recipient(interview: Interview, role: str) -> Person | None:
    """Who the follow-up goes to: the coordinator for `coordinator`, else the main contact
    (the coordinator who arranged things, else the first interviewer)."""
    if interview.coordinator is not None:
        return interview.coordinator
    if role == "coordinator":
        return None
    return interview.people[0] if interview.people else None


def plan_recipient(interview: Interview, plan: Plan) -> Person | None:
    """Whom the plan's follow-up goes to, as every view names them (plan, agenda, call sheet,
    calendar, `done`): the person the round's notes say to write to (`plan.route`, whom
    `followup draft` addresses too), else `recipient` for the plan's role."""
    if plan.route is not None:
        return plan.route.to
    return recipient(interview, plan.recipient_role)


def contact_of(person: Person | None, role: str) -> dict[str, Any]:
    """Who to write to or call, as the plan and the agenda give it: `role` (coordinator or
    contact), name, title, email, phone (E.164), `phone_national` (how it is shown,
    "(617) 555-0199") and `phone_dial` (how it is dialled from anywhere, "+1 617-555-0199");
    None for each fact not recorded."""
    return {
        "role": role,
        "name": person.name if person else None,
        "title": person.title if person else None,
        "email": person.email if person else None,
        "phone": person.phone if person else None,
        "phone_national": national(person.phone) if person else None,
        "phone_dial": international(person.phone) if person else None,
    }


def person_text(person: Person | None) -> str | None:
    if person is None:
        return None
    return f"{person.name} <{person.email}>" if person.email else person.name


CALL_OUTCOMES = ("reached", "voicemail", "no-answer")


@dataclass(frozen=True)
class DoneInput:
    """`followup done` as typed (what a terminal question may change: `on`, `yes`)."""

    via: str
    on: str | None = None
    note: str | None = None
    yes: bool = False


def record_done(
    settings: Settings,
    round_id: int,
    via: str,
    on: str | None = None,
    note: str | None = None,
    today: str | None = None,
    outcome: str | None = None,
    yes: bool = False,
) -> dict[str, Any]:
    """`followup done`: record that the follow-up was sent (the plan's status becomes done).
    `outcome` of a call (`followup call`): reached, voicemail, or no-answer — a call nobody
    answered is kept as a `call-attempt`, which does not count as the follow-up. `on` is read
    like every typed date; one far from today needs `yes` (FarDate)."""
    from followup.core.parse import parse_choice

    method = parse_choice(Via, via, "--via")
    if outcome is not None and outcome not in CALL_OUTCOMES:
        raise InvalidInput(f"--outcome: {outcome!r} is not one of {', '.join(CALL_OUTCOMES)}")
    read = planning.day_reader(settings, today, yes)
    day = read.today
    when = read(on, "--on") if on else day
    if when > day:
        raise InvalidInput(f"--on: {fmt_day(when)} is in the future; record it once it is done")
    stored = _stored(settings, round_id)
    if when < stored.interview.interviewed:
        raise InvalidInput(
            f"--on: {fmt_day(when)} is before the interview on "
            f"{fmt_day(stored.interview.interviewed)}"
        )
    plan = _plans(settings, [stored], day)[0]
    person = (
        plan_recipient(stored.interview, plan)
        if isinstance(plan, Plan)
        else recipient(stored.interview, "contact")
    )
    action = FollowUpAction(
        kind="call-attempt" if outcome == "no-answer" else str(method),
        on=when,
        to=person_text(person),
        channel=str(method),
        outcome=outcome,
        note=optional_text(note, "--note", MAX_NOTES, multiline=True),
    )
    sent_at = queries.now_utc() if when == day else None
    with db.transaction(settings.db_url) as conn:
        if not queries.round_exists(conn, round_id):
            raise queries.no_round(round_id)
        same = _same_action(queries.get_round(conn, round_id).interview, action)
        if same is None:
            action.id = queries.insert_action(conn, round_id, action, sent_at=sent_at)
            video = _linked_video(conn, round_id) if method is Via.EMAIL else None
            if video is not None:  # the email carried a recorded video: that was sent too
                sent_video = changed(action, kind=str(Via.VIDEO), note=video, id=None)
                queries.insert_action(conn, round_id, sent_video, sent_at=sent_at)
        else:
            action.id = same.id
    result = show_round(settings, round_id, today)
    result["recorded"] = next(a for a in result["actions"] if a["id"] == action.id)
    result["already_recorded"] = same is not None
    return result


def _same_action(interview: Interview, action: FollowUpAction) -> FollowUpAction | None:
    """The stored action that records the same follow-up (kind, day, person, channel,
    outcome and note), so that `done` run twice records it once; a call nobody answered
    may be tried again the same day, so each attempt is kept."""
    if action.kind == "call-attempt":
        return None

    def key(a: FollowUpAction) -> tuple[object, ...]:
        return (a.kind, a.on, a.to, a.channel, a.outcome, a.note)

    return next((a for a in interview.actions if key(a) == key(action)), None)


def _linked_video(conn: Any, round_id: int) -> str | None:
    """The video link of the round's newest email draft (`draft --video-url`), if any."""
    emails = [d for d in queries.list_drafts(conn, round_id) if d.kind == "email"]
    return emails[-1].video_url if emails else None


def update_profile(
    settings: Settings,
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    qualifications: Sequence[str] | None = None,
    address: str | None = None,
) -> Profile:
    """`followup profile`: change the fields given (qualifications: the new list; an empty
    phone or address clears it). A phone number without a country code is read for the
    `user.country` setting and stored in E.164."""
    given: dict[str, Any] = {
        "name": name,
        "email": email,
        "phone": phone,
        "qualification": list(qualifications) if qualifications is not None else None,
        "address": address,
    }
    changes = {
        key: check(given[flag], f"--{flag}")
        for key, flag, check in PROFILE_FIELDS
        if given[flag] is not None
    }
    if name is not None and not " ".join(name.split()):
        raise InvalidInput(
            "--name: empty; your name signs every note, so it cannot be blank "
            '(e.g. --name "Sam Lee")'
        )
    if phone is not None:  # typed now: checked as a number (a restored one is kept as it was)
        changes["phone"] = check_phone(phone, "--phone", str(settings["user.country"]))
    with db.transaction(settings.db_url) as conn:
        profile = queries.get_profile(conn)
        for key, value in changes.items():
            setattr(profile, key, value)
        queries.put_profile(conn, profile)
    return profile


PROFILE_FIELDS: tuple[tuple[str, str, Callable[[Any, str], Any]], ...] = (
    ("name", "name", lambda value, what: clean_text(value, what, MAX_NAME)),
    ("email", "email", check_email),
    ("phone", "phone", lambda value, what: optional_text(value, what, MAX_PHONE)),
    (
        "address",
        "address",
        lambda value, what: optional_text(value, what, MAX_ADDRESS, multiline=True),
    ),
    ("qualifications", "qualification", text_list),
)
"""(field, flag, check) of the profile: what `profile` and `restore` check each field with."""


def phone_notices(people: Sequence[Mapping[str, Any]]) -> list[str]:
    """One line for each number of these people (records' `people`) kept though it could
    not be confirmed as one in use (core.phones.unconfirmed_notice)."""
    from followup.core.phones import unconfirmed_notice

    found = (unconfirmed_notice(p.get("phone"), f"{p.get('name')}'s phone") for p in people)
    return [line for line in found if line]


def profile_dict(profile: Profile) -> dict[str, Any]:
    return {
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "qualifications": list(profile.qualifications),
        "address": profile.address,
        "phone_national": national(profile.phone),
    }


# ---------------------------------------------------------------- today


def agenda(
    settings: Settings, today: str | None = None, ahead: int = 7, overdue_days: int = 30
) -> dict[str, Any]:
    """`followup today`: follow-ups due today, overdue (missed in the last `overdue_days`
    days), opening in the next `ahead` days, and interviews coming up — for active
    applications whose follow-up is not yet recorded; then `waiting` (followed up, no reply
    yet: with the decision date and check-in day) and `check_ins` (those whose check-in day
    has come)."""
    if ahead < 0 or overdue_days < 0:
        raise InvalidInput("--days and --overdue-days must not be negative")
    day = planning.today_for(settings, today)
    filters = queries.Filters(
        status=str(AppStatus.ACTIVE),
        interviewed_from=_shift(day, -overdue_days),
        interviewed_to=_shift(day, ahead),
        not_followed_up=True,
    )
    with db.read(settings.db_url) as reader:
        found = queries.find_rounds(reader, filters, newest_first=False)
        anything = bool(found) or queries.any_rounds(reader)
    out: dict[str, Any] = {
        "today": day.isoformat(),
        "due": [],
        "overdue": [],
        "upcoming": [],
        "interviews": [],
        "empty": not anything,
    }
    horizon = _shift(day, ahead)
    for stored, plan in zip(found, _plans(settings, found, day), strict=True):
        item = _agenda_item(stored, plan, day)
        interview = stored.interview
        if interview.interviewed >= day:
            out["interviews"].append(item)
        elif not isinstance(plan, Plan):
            out["overdue"].append(item)
        elif plan.status == "due":
            out["due"].append(item)
        elif plan.status in ("overdue", "no_window"):
            out["overdue"].append(item)
        elif plan.status == "wait" and plan.window and plan.window.earliest <= horizon:
            out["upcoming"].append(item)
    out["overdue"].sort(key=lambda i: i["interviewed"], reverse=True)
    if anything:  # rounds waiting for an answer, and the check-ins now due (SPEC §7)
        from followup.services.replies import tracking

        out.update(tracking(settings, day))
    else:
        out.update(waiting=[], check_ins=[])
    return out


def _agenda_item(
    stored: queries.StoredRound, plan: Plan | FollowupError, today: date
) -> dict[str, Any]:
    """One round of the agenda; `next_day` is the first day of its window from `today` on
    (a follow-up due between window days, e.g. on a Sunday, goes out on the next one)."""
    interview = stored.interview
    item: dict[str, Any] = {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "interviewed": interview.interviewed.isoformat(),
        "time": interview.time.strftime("%H:%M") if interview.time else None,
    }
    if not isinstance(plan, Plan):
        item.update(status="error", error=str(plan))
        return item
    person = plan_recipient(interview, plan)
    item.update(
        status=plan.status,
        method=plan.way,  # the plan's method, or the way the round's notes say
        recipient=contact_of(person, plan.recipient_role),
        window=plan.window.to_dict() if plan.window else None,
        send_at=plan.send_at.isoformat() if plan.send_at else None,
        next_day=next(
            (d.isoformat() for d in (plan.window.days if plan.window else ()) if d >= today), None
        ),
        extras=[e.to_dict() for e in plan.extras],
        warnings=list(plan.warnings),
    )
    return item


# ---------------------------------------------------------------- export and restore


def export_document(settings: Settings) -> dict[str, Any]:
    """Everything stored, lossless: every row of every table, ids and timestamps kept."""
    with db.read(settings.db_url) as reader:
        tables = queries.dump_tables(reader)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": db.SCHEMA_HEAD,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }


CSV_COLUMNS = (
    "id",
    "date",
    "time",
    "company",
    "role",
    "format",
    "contact",
    "follow_ups",
    "outcome",
    "job_url",
)


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else clean(str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def activity_rows(settings: Settings) -> list[dict[str, str]]:
    """One row per round, oldest first: a record of job-search activity."""
    with db.read(settings.db_url) as reader:
        found = queries.find_rounds(reader, queries.Filters(), newest_first=False)
    rows = []
    for stored in found:
        interview = stored.interview
        contact = recipient(interview, "contact")
        follow_ups = "; ".join(
            f"{a.on.isoformat()} {a.kind}" + (f" to {a.to}" if a.to else "")
            for a in interview.actions
            if a.kind != "planned"  # the activity record lists call attempts too
        )
        replied = any(a.reply_received for a in interview.actions)
        outcome = stored.status + ("; reply received" if replied else "")
        rows.append(
            {
                "id": str(interview.id),
                "date": interview.interviewed.isoformat(),
                "time": interview.time.strftime("%H:%M") if interview.time else "",
                "company": interview.company,
                "role": interview.role,
                "format": str(interview.format),
                "contact": person_text(contact) or "",
                "follow_ups": follow_ups,
                "outcome": outcome,
                "job_url": stored.job_url or "",
            }
        )
    return rows


def export_text(settings: Settings, fmt: str = "json") -> str:
    fmt = (fmt or "json").strip().lower()
    if fmt == "json":
        return json_safe(json.dumps(export_document(settings), ensure_ascii=False, indent=2)) + "\n"
    if fmt == "csv":
        import csv

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in activity_rows(settings):
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return buffer.getvalue()
    raise InvalidInput(f"--format: {fmt!r} is not one of json, csv")


def export_to(settings: Settings, fmt: str, output: Path) -> dict[str, Any]:
    """Write the export to `output` (0600); refuses the database itself and its files."""
    db.refuse_overwrite(settings.db_url, output)
    text = export_text(settings, fmt)
    write_atomic(output, text)
    return {"path": str(output), "format": fmt, "bytes": len(text.encode("utf-8"))}


def _read_export(path: Path) -> dict[str, Any]:
    raw = read_limited(
        path,
        MAX_RESTORE_BYTES,
        "a followup export",
        lambda size: f"{path} is too large to be a followup export ({size} bytes)",
    )
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text, so not a followup export") from None
    except (ValueError, RecursionError) as exc:
        raise InvalidInput(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InvalidInput(f"{path} is not a followup export (made by 'followup export')")
    if data.get("version") != EXPORT_VERSION or data.get("schema") != db.SCHEMA_HEAD:
        raise InvalidInput(
            f"{path} was written by another version of followup (export version "
            f"{data.get('version')!r}, schema {data.get('schema')!r}); this one reads version "
            f"{EXPORT_VERSION}, schema {db.SCHEMA_HEAD}"
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(tables.get(n, []), list) and all(isinstance(r, dict) for r in tables.get(n, []))
        for n in queries.TABLE_ORDER
    ):
        raise InvalidInput(f"{path}: 'tables' must map each table to a list of rows")
    unknown = sorted(set(tables) - set(queries.TABLE_ORDER))
    if unknown:
        raise InvalidInput(f"{path}: unknown table(s) {', '.join(map(quote, unknown))}")
    return tables


ROUND_FIELDS = (
    "interviewed", "time", "tz", "format", "channel", "deadline", "country", "subdiv",
    "topics", "items", "notes", "address",
)  # fmt: skip


def _checked_tables(
    settings: Settings, tables: Mapping[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """Every row of an export, checked and cleaned by the same validators as the commands
    that write it (`profile`, `add`, `edit`, `done`, `draft edit`): the rows to store.
    Types, ids and references are checked against the schema by `queries.checked_rows`."""
    queries.checked_rows(tables)  # types, ids and references first
    out = {name: [dict(row) for row in tables.get(name, [])] for name in queries.TABLE_ORDER}
    if len(out["profile"]) > 1 or any(row.get("id") != 1 for row in out["profile"]):
        raise InvalidInput("profile: an export holds at most one profile row, with id 1")
    for row in out["profile"]:
        for key, _flag, check in PROFILE_FIELDS:
            row[key] = check(row.get(key, "" if key == "name" else None), f"profile: {key}")
    apps: dict[Any, dict[str, Any]] = {}
    for row in out["applications"]:
        company = required_text(row.get("company"), "applications: company")
        role = required_text(row.get("role"), "applications: role")
        row.update(
            company=company,
            role=role,
            company_key=queries.match_key(company),
            role_key=queries.match_key(role),
            job_url=check_url(row.get("job_url"), "applications: job_url"),
            status=str(status_from(row.get("status"), "applications: status")),
            qualifications=(
                text_list(row["qualifications"], "applications: qualifications")
                if row.get("qualifications") is not None
                else None
            ),
        )
        apps[row.get("id")] = row
    regions = set()
    for row in out["rounds"]:
        app = apps.get(row.get("application_id"))
        if app is None:
            raise InvalidInput(f"rounds: round {quote(row.get('id'))} names no known application")
        record = {k: row.get(k) for k in ROUND_FIELDS}
        interview = from_record({**record, "company": app["company"], "role": app["role"]})
        row.update({k: v for k, v in to_record(interview).items() if k in ROUND_FIELDS})
        regions.add((interview.country, interview.subdiv, interview.interviewed.year))
    for country, subdiv, year in sorted(regions, key=str):
        planning.holiday_calendar(country, subdiv).check(year)  # as `add` checks a region
    for row in out["people"]:
        # a number is checked when typed; one stored before numbers were checked is kept
        phone = optional_text(row.get("phone"), "people: phone", MAX_PHONE)
        row.update(person_dict(person_from({**row, "phone": None}, "people")), phone=phone)
    for row in out["actions"]:
        given = {**row, "on": row.get("on_date"), "to": row.get("to_whom"), "id": None}
        action = action_from(given, "actions")
        row.update(
            kind=action.kind,
            channel=action.channel,
            to_whom=action.to,
            on_date=action.on.isoformat(),
            outcome=action.outcome,
            note=action.note,
            reply_received=action.reply_received,
        )
    for row in out["drafts"]:
        draft = checked_draft(
            Draft(
                kind=row.get("kind"),  # type: ignore[arg-type]  # checked here
                body=row.get("body"),  # type: ignore[arg-type]
                subject=row.get("subject"),
                to_name=row.get("to_name"),
                to_email=row.get("to_email"),
            ),
            "drafts:",
        )
        row.update(
            kind=draft.kind,
            body=draft.body,
            subject=draft.subject,
            to_name=draft.to_name,
            to_email=draft.to_email,
        )
        if isinstance(row.get("video_url"), str):  # as `draft --video-url` checks it
            from followup.core.video import video_link

            row["video_url"] = video_link(row["video_url"])
    for name in set(queries.TABLE_ORDER) - CHECKED_TABLES:  # the mail tables, invite sources
        for row in out[name]:
            for key, value in row.items():
                if isinstance(value, str) and key not in RAW_FIELDS:
                    row[key] = clean(value)
    return out


CHECKED_TABLES = frozenset({"profile", "applications", "rounds", "people", "actions", "drafts"})
"""Tables whose rows `_checked_tables` checks field by field; the others' text is cleaned."""
RAW_FIELDS = frozenset({"raw"})  # a message exactly as it was sent (CR LF line ends)


def restore(settings: Settings, path: Path, replace: bool = False) -> dict[str, Any]:
    """Load an export. Refuses to overwrite stored data unless `replace`; all or nothing."""
    tables = _checked_tables(settings, _read_export(path))
    with db.transaction(settings.db_url) as conn:
        if queries.has_data(conn):
            if not replace:
                raise Conflict(
                    "the database already holds interviews or a profile; restore with "
                    "--replace to overwrite them (export them first to keep a copy)"
                )
            queries.clear_tables(conn)
        queries.load_tables(conn, tables)
        from followup.services.sending import hold_restored

        hold_restored(conn)
    return {name: len(tables.get(name, [])) for name in queries.TABLE_ORDER}

"""Set-up shared by the tests of drafted notes: a round followed up by email, one panel
round to draft for, a panel's people, and the drafts of a round."""

from __future__ import annotations

from datetime import date, timedelta

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

DAY = date(2027, 4, 6)  # a Tuesday


def email_round(company: str, role: str, people: list[Person], **fields) -> Interview:
    """A round for `role` at `company` with `people`, held on DAY (unless `fields` says
    `interviewed`) and followed up by email; `fields` sets the record's other fields."""
    return Interview(
        company=company,
        role=role,
        people=people,
        **{"interviewed": DAY, "channel": Channel.EMAIL, **fields},
    )


def panel_round(**changes) -> Interview:
    """A panel round at a rowing club (a coordinator and three interviewers, a topic each),
    with the fields named in `changes` set to other values."""
    i = email_round(
        "Millbrook Rowing Club",
        "Head Coach",
        [
            Person("Hattie Olsen", "hattie@millbrook.example", role=PersonRole.COORDINATOR),
            Person("Callum Reid", "callum@millbrook.example", title="Chair"),
            Person("Priya Nair", "priya@millbrook.example", title="Welfare Officer"),
            Person("Owen Tate", "owen@millbrook.example", title="Captain"),
        ],
        format=Format.IN_PERSON,
        country="GB",
        topics=[
            "Callum: the new boathouse fundraising drive",
            "Priya: safeguarding training for junior squads",
            "Owen: the winter head race calendar",
        ],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i


def panel_people(domain: str, *names: str, coordinator: str = "Jo Martin") -> list[Person]:
    """A coordinator (`coordinator`, first name @ `domain`) and an interviewer for each of
    `names` (family name @ `domain`)."""
    people = [Person(coordinator, f"{coordinator.split()[0].lower()}@{domain}",
                     role=PersonRole.COORDINATOR)]  # fmt: skip
    for name in names:
        email = f"{name.split()[-1].lower().strip('.')}@{domain}"
        people.append(Person(name, email, role=PersonRole.INTERVIEWER))
    return people


def drafts_of(
    i: Interview, profile: Profile, *, today=None, each_too: bool = True, kind: str | None = None
) -> list:
    """The notes drafted for round `i` on `today` (default: the day after DAY) with default
    settings: the plan's note, then with `each_too` one per interviewer (`--each`); `kind`
    as `--kind` gives it (default: the plan's)."""
    settings = load_settings(env={})
    today = today or DAY + timedelta(days=1)
    plan = planning.Planner(settings, today)(i)
    out = []
    for each in (False, True) if each_too else (False,):
        batch = drafting.compose_drafts(
            settings, i, profile, plan, kind=kind, each=each, today=today
        )
        out += batch.written
    return out


def stored_round(interview: Interview, name: str, email: str, **profile) -> int:
    """Store `interview` (and the candidate's profile: `name`, `email`, `profile`'s other
    fields) through the services; returns the round's id."""
    from followup.services import records

    records.update_profile(load_settings(), name=name, email=email, **profile)
    saved = records.add_interview(load_settings(), interview)
    assert saved.id is not None
    return saved.id


def notes_by_name(round_id: int, today: str) -> dict[str, str]:
    """The plan's note and every personal note (`--each`) of a stored round, by recipient."""
    out = {}
    for each in (False, True):
        batch = drafting.write_drafts(
            load_settings(), round_id, kind="email", each=each, save=False, today=today
        )
        out.update({w.draft.to_name or "": w.draft.body for w in batch.written})
    return out


def a_record(company: str, role: str, people: list[dict], topics: list[str], **more) -> dict:
    """A round as `followup add --json` records it (people as dicts), in person and followed
    up by email in the US, with `more` fields set."""
    return {
        "company": company,
        "role": role,
        "interviewed": "2027-03-10",
        "tz": "America/Denver",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": people,
        "topics": topics,
        **more,
    }


def composed_by_name(interview: Interview, profile: Profile, language, day: date) -> dict:
    """The notes compose.compose writes for a round on `day` with a plain email plan to the
    coordinator: the coordinator's (the plan's note), then one per interviewer (`--each`),
    by recipient's name (NoteFacts)."""
    from followup.core import compose
    from followup.core.plan import Plan

    plan = Plan("email", "coordinator", None, None, "wait", (), (), ())
    coordinator = [q for q in interview.people if q.role is PersonRole.COORDINATOR]
    written = [
        *compose.compose(interview, profile, plan, "email", coordinator, day, language),
        *compose.compose(
            interview, profile, plan, "email", interview.interviewers, day, language, each=True
        ),
    ]
    return {w.to_name: w for w in written}

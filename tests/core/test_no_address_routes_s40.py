"""'X has no email -> via Y' (issue 10, session 40): the v30b graders saw a volunteer's
missing address read as 'do not email the director' and the coordinator to go through barred
from her own notes. A person without an address is a fact about them: a route that follows it
for them alone ('her thank-you to kayla', 'thank him via kiran', 'a line via ebony') moves
nobody else's note; a route of everything that follows it ('everything goes via shalini
anyway') still routes every note. Jots in new wording, people invented."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Format, Interview, Person, PersonRole
from followup.services import drafting

SETTINGS = load_settings(env={})
PEOPLE = [
    Person("Noelani Kahale", "noelani@kiawe.example", title="recruiting coordinator",
           role=PersonRole.COORDINATOR),
    Person("Dr. Imogen Tallis-Reyes", "imogen@kiawe.example", title="director of nursing"),
    Person("Hemi", None, title="patient partner"),
    Person("Bartholomew Okoye", "bart@kiawe.example", title="charge nurse"),
]  # fmt: skip


def words() -> etiquette.Words:
    return drafting.load_data(SETTINGS).etiquette


# jot -> (via, not written to directly: of those with an address; one without is written
# to by no one directly anyway)
CASES = [
    ("hemi has no email -> her thank-you to noelani to pass on", None, ["Hemi"]),
    ("hemi has no email -> his thank-you via noelani", None, ["Hemi"]),
    ("hemi has no hospital email, thank him via noelani", None, ["Hemi"]),
    ("hemi has no email -> via noelani", None, ["Hemi"]),
    ("hemi - no email address, a line via noelani if anything", None, ["Hemi"]),
    ("hemi has no email -> everything goes via noelani anyway", "Noelani Kahale", ["Hemi"]),
    ("ALL thank-yous through noelani, none direct to the panel", "Noelani Kahale",
     ["Dr. Imogen Tallis-Reyes", "Hemi", "Bartholomew Okoye"]),
    # unchanged: a route and a bar said plainly
    ("send everything through noelani not bartholomew", "Noelani Kahale", ["Bartholomew Okoye"]),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "via", "not_direct"), CASES)
def test_a_missing_address_routes_only_its_owner(jot, via, not_direct):
    rules = etiquette.read(jot, PEOPLE, words())
    assert (rules.via.name if rules.via else None) == via, rules.clauses
    barred = sorted(p.name for p in rules.not_direct if p.email)
    assert barred == sorted(n for n in not_direct if n != "Hemi"), rules.clauses


def test_the_coordinator_is_never_barred_by_anothers_missing_address():
    rules = etiquette.read("hemi has no email -> via noelani", PEOPLE, words())
    assert rules.direct(PEOPLE[0])
    assert rules.direct(PEOPLE[1])


@pytest.mark.parametrize(
    "jot",
    [
        "thank-you to imogen in french (formal), the rest in english",
        "write Bartholomew, not bart",
        "write Noelani + Imogen, not nicknames",
        # notes to each directly (v31, found after its grading: 'thank-you mails direct to
        # rodrigo, xóchitl' sent the others' notes through Rodrigo)
        "thank-you mails direct to noelani, imogen + bartholomew",
        "thank-yous: email imogen + bartholomew directly in english (imogen said ok)",
    ],
)
def test_how_a_note_is_written_routes_nothing(jot):
    rules = etiquette.read(jot, PEOPLE, words())
    assert rules.via is None, rules.clauses
    assert not rules.not_direct, rules.clauses
    assert rules.direct(PEOPLE[1]) and not rules.through(PEOPLE[1])


def test_the_name_not_to_write_bars_no_one():
    rules = etiquette.read("write Bartholomew on the card, not bartholomew b", PEOPLE, words())
    assert not rules.not_direct and rules.via is None


def test_the_name_someone_prefers_routes_nothing():
    notes = "Imogen prefers to be addressed as Dr. Tallis-Reyes."
    rules = etiquette.read(notes, PEOPLE, words())
    assert rules.via is None and not rules.not_direct


# what the coordinator's own line says of how to write (session 40): kept in the notes
def test_the_coordinators_remark_on_how_to_write_is_kept():
    from followup.core.people import routing_remark

    line = (
        "Ms. Nandini Rao, HR executive - campus@rail.example, +91 80 5555 0199. in the room"
        " for the last 10 min. said: 'thank-you mails to me with your candidate ID"
        " RRS-GT-0412 in the subject, I will forward - please don't mail the panel directly'"
    )
    said = routing_remark(line)
    assert said is not None and said.startswith("said: 'thank-you mails to me")
    assert "in the room" not in said
    assert routing_remark("Dana Reyes <dana@acme.example>") is None
    assert routing_remark("kim - hr - kim@x.example. met me at reception, sent the invite") is None


def test_the_coordinators_remark_routes_the_round():
    from followup.services import records as stored

    people = stored.people_from(
        "Ms. Nandini Rao, HR executive - campus@rail.example. said: 'thank-you mails to me,"
        " I will forward - please don't mail the panel directly'",
        ["Arjun Mehta <arjun@rail.example>", "Leela Pillai <leela@rail.example>"],
        "IN",
    )
    interview = stored.with_asked_names(
        Interview(
            company="Rail Co",
            role="Trainee",
            interviewed=date(2026, 12, 1),
            format=Format.IN_PERSON,
            people=people,
        )
    )
    assert "Nandini: said: 'thank-you mails to me" in (interview.notes or "")
    rules = etiquette.read(interview.notes, interview.people, words())
    assert rules.via is not None and rules.via.name == "Ms. Nandini Rao"
    assert sorted(p.name for p in rules.not_direct) == ["Arjun Mehta", "Leela Pillai"]


@pytest.mark.parametrize(
    ("notes", "carried"),
    [
        ("any mails with your candidate ID RRS-GT-0412 in the subject", "candidate ID RRS-GT-0412"),
        ("all correspondence via her, ref KWB/ENG/2027/007 in the subject line",
         "ref KWB/ENG/2027/007"),
    ],
)  # fmt: skip
def test_a_code_of_letter_groups_is_carried_in_the_subject(notes, carried):
    rule = etiquette.subject_rule(notes, [], words())
    assert rule is not None and rule.carry == carried


def test_the_people_said_to_be_written_to_directly_are():
    notes = (
        "thank-yous: imogen + bartholomew direct (invite emails). hemi - she said 'i'll pass"
        " it on', or via noelani"
    )
    rules = etiquette.read(notes, PEOPLE, words())
    assert not rules.through(PEOPLE[1]) and rules.direct(PEOPLE[1])
    assert not rules.through(PEOPLE[3]) and rules.direct(PEOPLE[3])
    barred = etiquette.read("don't email imogen directly", PEOPLE, words())
    assert not barred.direct(PEOPLE[1])


def test_a_way_said_after_an_arrow_is_the_speakers():
    rules = etiquette.read("imogen said 'just give me a ring' -> phone, not email", PEOPLE, words())
    assert rules.via is not None and rules.via.name == "Dr. Imogen Tallis-Reyes"
    assert rules.how == "phone"


def test_whom_the_notes_say_not_to_copy_is_not_copied():
    # "rachel said don't cc her, just tell her" copied Rachel on every note (v31, found
    # after its grading)
    rules = etiquette.read("noelani said don't cc her, just tell her", PEOPLE, words())
    assert not rules.cc
    assert etiquette.read("cc noelani on everything", PEOPLE, words()).cc

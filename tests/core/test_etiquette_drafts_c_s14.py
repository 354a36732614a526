"""What the user's own notes say about whom to write to and how to address them is followed:
the person to go through, people not to write to directly, people to copy, an inbox, the name
someone asked to be called, a form of address kept with the given name, and what must be left
out. Each case is a jot in new wording (none is a sentence of a frozen set) and the effect it
has on the recipient, the salutation, the copy line or what the note leaves out."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, etiquette, greetings
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

ROUND = [
    Person("Priya Khanna", "priya@talentbridge.example", title="agency recruiter",
           role=PersonRole.COORDINATOR),
    Person("Owen Tremblay", "otremblay@harbourline.example", title="operations director"),
    Person("Beatriz Santos", "bsantos@harbourline.example", title="site lead"),
    Person("Dr. Wei Jie Lim", "wjlim@harbourline.example", title="head of quality"),
]  # fmt: skip


def words() -> etiquette.Words:
    return drafting.load_data(load_settings(env={})).etiquette


def names(people: tuple[Person, ...] | list[Person]) -> list[str]:
    return [p.name for p in people]


# jot -> (via, not written to directly, copied)
ROUTES = [
    ("go through priya, not owen", "Priya Khanna", ["Owen Tremblay"], []),
    ("Go thru Priya not Owen.", "Priya Khanna", ["Owen Tremblay"], []),
    ("everything via the recruiter rather than Beatriz", "Priya Khanna", ["Beatriz Santos"], []),
    ("priya handles all comms", "Priya Khanna", [], []),
    ("Priya is my point of contact for all of this", "Priya Khanna", [], []),
    ("all comms through the agency; offer expected end of month", "Priya Khanna", [], []),
    ("don't email owen directly, he hates cold mail", None, ["Owen Tremblay"], []),
    ("do not contact Beatriz - she's not on the hiring side", None, ["Beatriz Santos"], []),
    ("never email Owen. priya will pass things on", None, ["Owen Tremblay"], []),
    ("cc the recruiter on anything I send", None, [], ["Priya Khanna"]),
    ("CC Priya", None, [], ["Priya Khanna"]),
    ("copy in beatriz on the thank yous", None, [], ["Beatriz Santos"]),
    ("priya wants to be cc'd on everything", None, [], ["Priya Khanna"]),
    ("keep hr in the loop", None, [], ["Priya Khanna"]),
    ("follow up through priya + cc beatriz", "Priya Khanna", [], ["Beatriz Santos"]),
    ("owen was great. parking was a nightmare", None, [], []),
    ("not sure about the shift pattern", None, [], []),
    ("reply to the offer within a week if one comes", None, [], []),
    ("go through the motions of a second round next week", None, [], []),
    ("copy of my portfolio went to everyone", None, [], []),
    ("priya: all correspondence to her, don't email owen", "Priya Khanna", ["Owen Tremblay"], []),
    ("only contact priya — owen's inbox is a black hole", "Priya Khanna", [], []),
]


@pytest.mark.parametrize(("jot", "via", "not_direct", "cc"), ROUTES)
def test_a_routing_note_names_who_gets_what(jot, via, not_direct, cc):
    rules = etiquette.read(jot, ROUND, words())
    assert (rules.via.name if rules.via else None) == via
    assert names(rules.not_direct) == not_direct
    assert names(rules.cc) == cc


INBOXES = [
    ("she said to email the team inbox", None, "the team inbox"),
    ("send the thank you to the careers inbox careers@harbourline.example",
     "careers@harbourline.example", "the careers inbox"),
    ("use the shared mailbox: talent@harbourline.example", "talent@harbourline.example",
     "the shared mailbox"),
    ("owen reads his inbox at night", None, None),
    ("priya coordinated it all from the grad recruitment inbox", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "address", "said"), INBOXES)
def test_an_inbox_the_notes_name_is_where_the_note_goes(jot, address, said):
    rules = etiquette.read(jot, ROUND, words())
    assert rules.inbox == address
    if said:
        assert rules.inbox_said == said
    else:
        assert rules.inbox is None


def address() -> greetings.Address:
    return drafting.load_data(load_settings(env={})).language.address


# (country, person as typed, notes) -> the name the note greets them by
GREETINGS = [
    # a word of spoken address is no title of an English letter (issue 10, s16: "Dear Sir
    # Nestor," and "Ma'am Joy" were among the graders' worst sentences): the English title
    ("PH", "Ma'am Joy Villanueva", "", "Ms. Villanueva"),
    ("PH", "maam rosario dela cruz", "", "Ms. Dela Cruz"),
    ("PH", "sir mark bautista", "", "Mr. Bautista"),
    ("NG", "Sir Emeka Obi", "", "Mr. Obi"),
    ("IN", "Madam Kavita Rao", "", "Ms. Rao"),
    ("GB", "Sir Ian Blake", "", "Sir Ian"),
    ("AU", "aunty lorraine briggs", "", "Aunty Lorraine"),
    ("US", "Joy Villanueva", "she said to call her Ma'am Joy", "Ma'am Joy"),
    ("SG", "Wei Jie Lim", "he prefers Dr. Lim", "Dr. Lim"),
    ("SG", "wei jie lim", "he prefers dr lim", "Dr. Lim"),
    ("AU", "Maree Jackson", "maree jackson - call her Aunty Maree", "Aunty Maree"),
    ("CA", "Margaret Olsen", "Margaret asked me to call her Peggy", "Peggy"),
    ("US", "Robert Hale", "robert said to call him Bob", "Bob"),
    ("GB", "Siobhan Reilly", "Siobhan prefers Ms Reilly in writing", "Ms. Reilly"),
    ("US", "Theodore Park", "Theodore goes by Teddy", "Teddy"),
    ("US", "Craig Dempsey", "craig prefers email to calls", None),
    ("US", "Craig Dempsey", "he likes the new build", None),
    ("US", "Craig Dempsey", "Craig said to call him about the slab on Monday", None),
]


@pytest.mark.parametrize(("country", "typed", "notes", "said"), GREETINGS)
def test_the_greeting_follows_the_record_and_the_notes(country, typed, notes, said):
    i = Interview(
        company="Harbourline", role="Shift Manager", interviewed=date(2027, 6, 8),
        format=Format.VIDEO, country=country, notes=notes or None,
        people=[Person(typed, "x@harbourline.example"), Person("Sam Ortiz", "s@h.example")],
    )  # fmt: skip
    p = greetings.greeted_round(i, address()).people[0]
    assert compose.greeting_name(p) == (said or compose.greeting_name(i.people[0]))
    if said is None:
        assert p.called is None
    assert greetings.greeted_round(i, address()).people[1].called is None


PROFILE = Profile(
    name="Noor Haddad",
    email="noor@example.com",
    qualifications=["Ran night shifts for a 60-person cold-store team"],
)
TODAY = date(2027, 6, 10)


def panel(notes: str, country: str = "CA") -> Interview:
    return Interview(
        company="Harbourline Cold Storage",
        role="Shift Manager",
        interviewed=date(2027, 6, 8),
        format=Format.VIDEO,
        channel=Channel.EMAIL,
        country=country,
        people=list(ROUND),
        topics=["the new blast freezer line", "owen: overtime is eating the budget"],
        notes=notes,
    )


def drafts(i: Interview) -> list[drafting.Written]:
    settings = load_settings(env={})
    plan = planning.Planner(settings, TODAY)(i)
    out = []
    for each in (False, True):
        batch = drafting.compose_drafts(
            settings, i, PROFILE, plan, kind="email", each=each, today=TODAY
        )
        out.extend(batch.written)
    return out


def test_go_through_one_not_the_other_writes_no_note_to_the_other():
    written = drafts(panel("go thru priya not owen. start date flexible"))
    to = [w.draft.to_email for w in written]
    assert "otremblay@harbourline.example" not in to
    assert "priya@talentbridge.example" in to
    plan_note = next(w for w in written if w.draft.to_email == "priya@talentbridge.example")
    assert (
        "addressed to Priya Khanna, as your notes say (go thru priya not owen)" in plan_note.purpose
    )
    others = [w for w in written if w is not plan_note]
    # session 19 (issue 10): the output says where to send it, and not to them directly
    assert others and all(
        "send it through Priya Khanna (priya@talentbridge.example), as your notes say" in w.purpose
        and "directly" in w.purpose
        for w in others
    )
    assert any(
        "no note is emailed to Owen Tremblay directly" in x for w in written for x in w.warnings
    )


def test_cc_the_recruiter_is_on_every_personal_note_and_said():
    written = drafts(panel("cc the recruiter on anything I send"))
    personal = [w for w in written if w.draft.to_email != "priya@talentbridge.example"]
    assert personal
    for w in personal:
        assert w.cc == [{"name": "Priya Khanna", "email": "priya@talentbridge.example"}]
        assert "copy Priya Khanna, as your notes say" in w.purpose
        assert w.to_dict()["cc"][0]["email"] == "priya@talentbridge.example"
    plan_note = next(w for w in written if w.draft.to_email == "priya@talentbridge.example")
    assert plan_note.cc == []


def test_an_inbox_without_an_address_is_said_to_the_user():
    written = drafts(panel("priya said to email the team inbox"))
    plan_note = next(w for w in written if w.draft.to_email == "priya@talentbridge.example")
    assert "your notes say to email the team inbox" in plan_note.purpose


def test_the_name_they_asked_for_greets_them_and_a_bare_title_never_does():
    written = drafts(panel("dr lim said to call him Dr. Lim; beatriz goes by Bia", "SG"))
    bodies = {w.draft.to_email: w.draft.body for w in written}
    assert "Dear Dr Lim," in bodies["wjlim@harbourline.example"]  # en-GB in Singapore
    assert "Dear Bia," in bodies["bsantos@harbourline.example"]


@pytest.mark.parametrize(
    "jot",
    [
        "don't mention the salary band",
        "owen said the salary band is confidential",
        "do not bring up the salary band in writing",
    ],
)
def test_what_the_notes_say_not_to_mention_is_in_no_note(jot):
    i = panel(jot)
    i.topics = [*i.topics, "beatriz: salary band 58-64k, reviewed yearly"]
    for w in drafts(i):
        assert "salary" not in w.draft.body.lower()
        assert "58" not in w.draft.body


def test_everyone_is_written_to_when_the_notes_say_nothing_of_it():
    written = drafts(panel("parking was a nightmare; start date flexible"))
    assert {w.draft.to_email for w in written} == {p.email for p in ROUND}
    assert all(w.cc == [] for w in written)

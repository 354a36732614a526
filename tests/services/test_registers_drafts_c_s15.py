"""Every kind in its own register, with the timing true on the day (drafts C, session 15).

A call is said aloud: its voicemail says when you met in the same words as its opener ('last
Friday', never a bare 'Friday' that reads as the coming one); a qualification is tied to the
topic ('It fits my background, too') only when the two answer each other, else it is a point
of its own; a problem of theirs is never praised and the candidate's own demo is never
something they told you about. A card says the day it can really be posted (the day before a
Sunday or a public holiday, in the plan too) and, once that day is past, that it can no
longer arrive in time. A letter's inside address, the card's envelope and the 'For:' line
write a name typed in lower case as a name, and say how each kind goes out. A video script
is spoken, with contractions. Rounds in new wording (a bakery, a surveyors' office, a ferry
operator, a climbing gym)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Channel, Draft, Format, Interview, Person, PersonRole, Profile
from followup.services import cards, drafting, planning

SETTINGS = load_settings(env={})

BAKER = Profile(
    name="Imogen Castellanos",
    email="imogen.c@post.example",
    phone="+1 414 555 0162",
    address="41 Juniper Row\nMilwaukee, WI 53202",
    qualifications=[
        "Five years running the overnight bake at a 24-hour diner",
        "ServSafe Manager certified",
    ],
)


def bakery(**changes) -> Interview:
    """In person, arranged by phone: the plan is a call to the contact."""
    i = Interview(
        company="Lindqvist Hearth Bakery",
        role="Production Baker",
        interviewed=date(2026, 11, 20),  # a Friday
        format=Format.IN_PERSON,
        channel=Channel.PHONE,
        country="US",
        tz="America/Chicago",
        people=[
            Person(
                "Tove Lindqvist",
                "tove@hearth.example",
                "+1 414 555 0110",
                role=PersonRole.COORDINATOR,
            ),
            Person("Tove Lindqvist"),
            Person("marco de santis", "marco@hearth.example"),
        ],
        topics=["the sourdough starter they keep from 1962"],
        qualifications=["Five years running the overnight bake at a 24-hour diner"],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i


def written(i: Interview, profile: Profile, today: date, **kw) -> list[drafting.Written]:
    plan = planning.Planner(SETTINGS, today)(i)
    return drafting.compose_drafts(SETTINGS, i, profile, plan, today=today, **kw).written


def call(i: Interview, profile: Profile, today: date) -> dict[str, str]:
    (w,) = written(i, profile, today, kind="phone")
    return compose.sections(w.draft.body)


# --- a call, said aloud -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (date(2026, 11, 24), "last Friday"),  # the Tuesday after
        (date(2026, 11, 21), "last Friday"),  # written for the call on Monday the 23rd
        (date(2026, 12, 4), "on November 20"),  # two weeks on: the date
    ],
)
def test_the_voicemail_says_when_you_met_as_the_opener_does(today, said) -> None:
    parts = call(bakery(), BAKER, today)
    assert said in parts["voicemail"], parts["voicemail"]
    assert said in parts["opener"] or "Friday" not in parts["opener"], parts["opener"]
    if not said.endswith("Friday"):
        assert "Friday" not in parts["voicemail"], parts["voicemail"]


def linked_line(points: str) -> str | None:
    return next(
        (ln for ln in points.splitlines() if re.search(r"\btoo\b|close to what I do", ln)), None
    )


@pytest.mark.parametrize(
    "topics",
    [
        [],  # nothing discussed on record: the qualification is a point of its own
        ["their plan to open a second shop in Wauwatosa"],  # nothing to do with night baking
        ["the pastry lamination demo I did on the bench"],  # the candidate's own demo
    ],
)
def test_a_qualification_is_tied_to_a_topic_only_when_it_answers_it(topics) -> None:
    parts = call(bakery(topics=topics), BAKER, date(2026, 11, 24))
    points = [ln for ln in parts["points"].splitlines() if ln.startswith("- ")]
    assert 2 <= len(points) <= 3, parts["points"]
    assert linked_line(parts["points"]) is None, parts["points"]
    assert any("diner" in p for p in points), parts["points"]


@pytest.mark.parametrize(
    "topic",
    [
        "overnight proofing losses when the walk-in cooler fails",
        "the staffing gap on weekend early shifts",
        "flour costs up since the summer",
    ],
)
def test_a_problem_of_theirs_is_never_praised_on_the_phone(topic) -> None:
    for person in ("Tove Lindqvist", "marco de santis"):
        i = bakery(topics=[f"{person.split()[0].lower()}: {topic}"])
        spoken = " ".join(call(i, BAKER, date(2026, 11, 24)).values())
        said = [s for s in re.split(r"(?<=[.?!])\s+", spoken) if "cooler" in s or "gap" in s]
        for sentence in said:
            assert not re.search(r"interesting|enjoyed|loved|liked", sentence, re.I), sentence


def test_the_candidates_own_demo_is_never_what_they_told_you_about() -> None:
    i = bakery(topics=["the pastry lamination demo I did on the bench"])
    for today in (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)):
        parts = call(i, BAKER, today)
        assert not re.search(r"what you said|hearing about|you told", parts["points"], re.I)


def test_spoken_lines_contract_only_where_people_do() -> None:
    assert (
        compose.spoken("I have spent four years on the ovens")
        == "I've spent four years on the ovens"
    )
    assert compose.spoken("I have also trained two apprentices").startswith("I've also")
    assert compose.spoken("I have seven years behind the counter").startswith("I have seven")
    assert compose.spoken("I have a food handler card").startswith("I have a")


def test_a_video_script_is_spoken() -> None:
    i = bakery(items=["the Rondo dough sheeter"], format=Format.IN_PERSON)
    (w,) = written(i, BAKER, date(2026, 11, 24), kind="video")
    script = compose.sections(w.draft.body)["script"]
    assert not re.search(r"\bI (?:am|would|will) |\bI have been\b|\bThat is\b", script), script
    assert 60 <= w.speaking_seconds <= 90


def test_a_video_script_shows_what_you_would_do_never_grades_itself() -> None:
    """Every variant of the built-in video script: 'I'd start by learning how the team works
    with it', never 'I am confident my background fits' or 'a strong fit' (the graders'
    presumptuous self-assessment), and none of the email's stock closing sentences."""
    from importlib.resources import files

    text = (files("followup.data") / "templates" / "video.j2").read_text()
    for phrase in ("confident", "I believe I am", "I know my", "good fit", "strong fit"):
        assert phrase not in text, phrase
    assert "say.next_steps()" not in text and "say.enthusiasm()" not in text


# --- a card, posted in time -----------------------------------------------------------------


def surveyors(**changes) -> Interview:
    i = Interview(
        company="Ashdown Quantity Surveyors",
        role="Assistant Surveyor",
        interviewed=date(2026, 11, 25),  # a Wednesday: latest Wed 2 Dec, mail_by Sun 29 Nov
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="US",
        tz="America/New_York",
        address="9 Lockhart Street\nAlbany, NY 12207",
        people=[
            Person("Hal Brennan", "hal@ashdown.example", role=PersonRole.COORDINATOR),
            Person("wen-li o'hara", "wenli@ashdown.example"),
            Person("Gus van der Poel", "gus@ashdown.example"),
        ],
        topics=["the bill of quantities for the library extension"],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i


def test_a_card_due_on_a_sunday_is_posted_on_the_saturday_in_plan_and_draft() -> None:
    today = date(2026, 11, 26)
    plan = planning.Planner(SETTINGS, today)(surveyors())
    (card,) = [e for e in plan.extras if e.kind == "card"]
    assert card.mail_by == date(2026, 11, 29)  # SPEC §2, unchanged
    said = " ".join(plan.reasons)
    assert "Sat 28 Nov 2026" in said and "Sunday" in said, said
    (w,) = written(surveyors(), BAKER, today, kind="card")
    assert w.post_by == date(2026, 11, 28) and not w.post_late
    assert w.to_dict()["post_by"] == "2026-11-28"


@pytest.mark.parametrize("days_after", [1, 3, 5])
def test_a_card_past_its_posting_day_says_it_can_no_longer_arrive_in_time(days_after) -> None:
    today = date(2026, 11, 28) + timedelta(days=days_after)
    plan = planning.Planner(SETTINGS, today)(surveyors())
    assert any("too late" in r for r in plan.reasons), plan.reasons
    for w in written(surveyors(), BAKER, today, kind="card", each=True):
        assert w.post_late
        assert any("was Sat 28 Nov 2026" in x for x in w.warnings), w.warnings


def test_a_card_in_good_time_says_nothing_of_lateness() -> None:
    today = date(2026, 11, 26)
    plan = planning.Planner(SETTINGS, today)(surveyors())
    assert not any("too late" in r for r in plan.reasons)
    for w in written(surveyors(), BAKER, today, kind="card", each=True):
        assert not w.post_late and not any("was Sat" in x for x in w.warnings)


# --- names and who each note is for ---------------------------------------------------------


def test_a_letter_envelope_and_for_line_write_a_lower_case_name_as_a_name() -> None:
    today = date(2026, 11, 27)
    notes = written(surveyors(), BAKER, today, kind="letter", each=True)
    wen = next(w for w in notes if w.draft.to_name == "wen-li o'hara")
    assert "\nWen-Li O'Hara\n" in wen.draft.body, wen.draft.body
    assert "wen-li o'hara" not in wen.draft.body
    assert "Wen-Li O'Hara" in wen.purpose
    assert "post it" in wen.purpose
    sheet = cards.sheet_for(
        surveyors(),
        BAKER,
        Draft(kind="card", body="Dear Wen-Li,\n", to_name="wen-li o'hara"),
        today,
        1,
    )
    assert sheet.envelope_to[0] == "Wen-Li O'Hara"


def test_for_lines_say_how_each_kind_goes_out() -> None:
    today = date(2026, 11, 24)
    (phone,) = written(bakery(), BAKER, today)  # the plan: a call
    assert phone.draft.kind == "phone"
    assert phone.purpose.startswith("the plan's follow-up, a call to Tove Lindqvist")
    for w in written(surveyors(), BAKER, date(2026, 11, 26), kind="card", each=True):
        assert w.purpose.startswith("a card to") and "post it" in w.purpose
        assert "coordinator" not in w.purpose and "send it" not in w.purpose


def test_each_never_says_the_contact_has_no_address_when_the_contact_entry_has_one() -> None:
    i = bakery()  # Tove is recorded as the contact (with an address) and as an interviewer
    batch = drafting.compose_drafts(
        SETTINGS,
        i,
        BAKER,
        planning.Planner(SETTINGS, date(2026, 11, 24))(i),
        each=True,
        today=date(2026, 11, 24),
    )
    said = " ".join(x for w in batch.written for x in w.warnings)
    assert "Tove" not in said, said


def ferry(**changes) -> Interview:
    """The contact also interviewed you, recorded a second time with no address."""
    i = Interview(
        company="Saltmarsh Ferries",
        role="Deck Officer",
        interviewed=date(2026, 11, 20),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="GB",
        tz="Europe/London",
        people=[
            Person("Bryony Vance", "bryony@saltmarsh.example", role=PersonRole.COORDINATOR),
            Person("Bryony Vance"),
            Person("Capt. Idris Mwangi", "idris@saltmarsh.example"),
        ],
        topics=[
            "the new hybrid ferry arriving in spring",
            "the winter timetable for the island route",
        ],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i


@pytest.mark.parametrize("kind", ["email", "letter", "card"])
def test_the_contact_who_also_interviewed_you_is_thanked_for_what_you_discussed(kind) -> None:
    today = date(2026, 11, 24)
    (plan_note,) = written(ferry(), BAKER, today, kind=kind)
    (capt,) = written(ferry(), BAKER, today, kind=kind, each=True)
    mine = [t for t in ("hybrid ferry", "winter timetable") if t in plan_note.draft.body]
    theirs = [t for t in ("hybrid ferry", "winter timetable") if t in capt.draft.body]
    assert mine, plan_note.draft.body
    assert not set(mine) & set(theirs), (plan_note.draft.body, capt.draft.body)


@pytest.mark.parametrize("typed", ["bryony", "Bryony V", "vance"])
def test_to_finds_one_person_recorded_twice_as_one(typed) -> None:
    found = compose.find_person(ferry(), typed)
    assert found.name == "Bryony Vance" and found.email == "bryony@saltmarsh.example"


@pytest.mark.parametrize("name", ["Odile Marchetti", "Kwame Asante", "Lu Xiaoming", "Freya Holm"])
def test_a_check_in_to_the_coordinator_thanks_them_for_arranging_not_meeting(name) -> None:
    i = Interview(
        company="Brightwater Climbing",
        role="Route Setter",
        interviewed=date(2026, 11, 10),
        format=Format.VIDEO,
        country="US",
        tz="America/Denver",
        people=[
            Person(name, "hiring@brightwater.example", role=PersonRole.COORDINATOR),
            Person("Sol Ibarra", "sol@brightwater.example"),
        ],
        topics=["the comp wall reset schedule"],
    )
    (w,) = written(i, BAKER, date(2026, 11, 30), kind="check-in")
    first = w.draft.body.split("\n\n")[1]
    assert re.search(r"arrang|setting up|organi", first), first
    assert not re.search(r"meeting with me|your time", first), first


@pytest.mark.parametrize("days_late", [8, 11, 20])
def test_long_after_the_window_the_draft_is_a_check_in_not_a_belated_thank_you(days_late) -> None:
    i = ferry()  # window Mon 23 - Fri 27 Nov 2026 (GB)
    plan = planning.Planner(SETTINGS, date(2026, 11, 24))(i)
    today = plan.window.latest + timedelta(days=days_late)
    (w,) = written(i, BAKER, today)
    assert w.draft.kind == "check-in", w.draft.body
    assert not re.search(r"belated|sooner|apolog|sorry", w.draft.body, re.I), w.draft.body
    assert any("polite check-in" in x for x in w.warnings), w.warnings
    assert w.purpose.startswith("a check-in to Bryony Vance")


@pytest.mark.parametrize("days_late", [1, 4, 7])
def test_inside_late_days_the_draft_is_a_thank_you_worded_as_late(days_late) -> None:
    i = ferry()
    plan = planning.Planner(SETTINGS, date(2026, 11, 24))(i)
    today = plan.window.latest + timedelta(days=days_late)
    (w,) = written(i, BAKER, today)
    assert w.draft.kind == "email"
    for note in written(i, BAKER, today, each=True):  # the panel's notes stay thank-yous
        assert note.draft.kind == "email"

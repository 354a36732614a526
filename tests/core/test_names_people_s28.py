"""Names, people and mechanics of drafts (issue 10, session 28).

Kinds: (a) a title typed in lower case is a title ('engr', 'prof', 'dr') and a word of a name
typed in lower case beside capitalised ones is capitalised with care (Mc, Mac, O', particles
kept); a nickname typed in quotes beside a first name greets its owner, capitalised, and is
never told to anyone else; (b) a public body or a group ('council', 'board', 'committee',
'ministry', 'panel') is never a person to greet or to thank, and a name typed after a guessed
one ('kit? kitty marsh') is the name; (c) the coordinator, who was not in the room, is never
told 'we discussed'; (d) a bracket or a quote a jot opens and never closes is not copied into a
note; (e) day words true on the day drafted and the day sent, for interviews 1-7 days back.
Names and wording are invented for these tests."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core import compose, etiquette, greetings, phrasing, writer
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.core.package_data import DATA_DIR
from followup.core.people import split_person
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))


# -- (a) titles and names typed in lower case --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Prof. Callum mcandrew", "Prof. Callum McAndrew"),
        ("Ines o'driscoll", "Ines O'Driscoll"),
        ("dr Hollis Brandvold", "Dr Hollis Brandvold"),
        ("Pieter van der berg", "Pieter van der Berg"),
        ("Maeve macdonald", "Maeve MacDonald"),
        ("Zofia de la fuente", "Zofia de la Fuente"),
        ("Rajiv Menon ji", "Rajiv Menon ji"),
        ("Anna van Dijk", "Anna van Dijk"),
    ],
)
def test_a_lower_case_word_beside_capitals_is_capitalised_with_care(typed, written) -> None:
    assert phrasing.person_name(typed) == written


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Prof. Callum mcandrew", "Prof. McAndrew"),
        ("prof ewart mcquarrie", "Prof. McQuarrie"),
        ("engr. Temitope Alabi", "Engr. Alabi"),
        ("engr kemi adesanya", "Engr. Adesanya"),
        ("dr Hollis Brandvold", "Dr. Brandvold"),
        ("Dr gwendolyn o'hare", "Dr. O'Hare"),
    ],
)
def test_a_title_typed_in_lower_case_is_a_title(typed, greeting) -> None:
    person = Person(name=split_person(typed).name)
    assert compose.greeting_name(person) == greeting


@pytest.mark.parametrize("country", ["NG", "GH", "KE", "PH"])
def test_a_professional_title_typed_in_lower_case_is_greeted_in_capitals(country) -> None:
    address = DATA.language.address
    for typed in ("engr kemi adesanya", "engr. Kemi Adesanya"):
        said = greetings.greeting_for(Person(name=typed), country, address)
        assert said is None or said.split()[0][:1].isupper(), said


@pytest.mark.parametrize(
    ("typed", "own", "listed"),
    [
        ("Greta 'gigi' Lindqvist", "Gigi", "Greta"),
        ("Bartholomew 'Bart' Ashdown", "Bart", "Bartholomew"),
        ('Henrietta "hattie" Okonjo-Ruiz', "Hattie", "Henrietta"),
        ("Dr. Ysolde 'Sol' Arriaga", "Dr. Arriaga", "Dr. Arriaga"),
        ('"Birdie"', "Birdie", "Birdie"),  # a nickname alone: the only name known
    ],
)
def test_a_nickname_greets_only_its_owner_and_in_capitals(typed, own, listed) -> None:
    person = Person(name=typed)
    assert compose.panel_greeting(person, [person]) == own
    assert compose.greeting_name(person) == listed


def _round(people: list[Person], topics: list[str], notes: str = "") -> Interview:
    return Interview(
        company="Marrowby Water Board",
        role="Asset Planner",
        interviewed=date(2026, 11, 30),
        format=Format.VIDEO,
        country="AU",
        people=people,
        topics=topics,
        notes=notes or None,
    )


PROFILE = Profile("Tamsin Oberg", "tamsin@example.com", None, ["Six years of asset planning"])


def _notes(interview: Interview, recipients: list[Person]) -> dict[str, str]:
    notes = compose.compose(
        interview, PROFILE, None, "email", recipients, date(2026, 12, 2), DATA.language, each=True
    )
    return {n.to_name: "\n".join([n.subject, n.greeting, *n.paragraphs]) for n in notes}


def test_a_coordinator_is_never_told_a_nickname() -> None:
    coordinator = Person(
        name="Lachlan Trevaskis", email="lt@marrowby.example", role=PersonRole.COORDINATOR
    )
    people = [
        coordinator,
        Person(name="Greta 'gigi' Lindqvist", email="gl@marrowby.example"),
        Person(name="Bartholomew 'Bart' Ashdown", email="ba@marrowby.example"),
    ]
    interview = _round(people, ["gigi wants a planner who has costed pump renewals"])
    text = _notes(interview, interview.people)
    told = text["Lachlan Trevaskis"]
    assert "gigi" not in told.lower()
    assert "Bart " not in told and "Bart," not in told
    assert "Dear Gigi," in text["Greta 'gigi' Lindqvist"]  # her own note: the name she uses
    assert "Dear Bart," in text["Bartholomew 'Bart' Ashdown"]
    for body in text.values():
        assert "gigi" not in body, body  # never in lower case
        assert body.count("Gigi") <= 1 and "Dear Bart," not in body.replace("Dear Bart,", "", 1)


# -- (b) bodies and groups are no one ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Harbour board liaison - gus? angus pemberton", "angus pemberton"),
        ("Shire council rep - kit? kitty marsh", "kitty marsh"),
    ],
)
def test_a_name_after_a_guessed_one_is_the_name(typed, name) -> None:
    person = split_person(typed)
    assert person.name == name
    assert person.title is not None and "?" not in person.title


@pytest.mark.parametrize(
    "name",
    [
        "Track safety committee",
        "Regional council liaison",
        "Board of Trustees",
        "Ministry of Fisheries",
        "Planning Panel",
        "the selection committee",
        "Shire Council",
    ],
)
def test_a_body_or_a_group_is_never_a_person(name) -> None:
    person = Person(name=name, email="x@example.com")
    assert not compose.is_a_person(person, compose.greeting_name(person))


def test_a_body_is_never_thanked_by_name_to_the_coordinator() -> None:
    coordinator = Person(
        name="Lachlan Trevaskis", email="lt@marrowby.example", role=PersonRole.COORDINATOR
    )
    people = [
        coordinator,
        Person(name="Track safety committee"),
        Person(name="Orla Fenwick", email="of@marrowby.example"),
        Person(name="Catchment Council"),
    ]
    interview = _round(people, ["the reservoir inflow forecasts"])
    body = _notes(interview, [coordinator])["Lachlan Trevaskis"]
    assert "Orla" in body
    for word in ("Track", "Catchment", "Council", "committee"):
        assert word not in body, body


# -- (c) the coordinator was not in the room ----------------------------------------------


def test_no_coordinator_sentence_says_we_or_our_of_a_topic() -> None:
    slots = tomllib.loads((DATA_DIR / "sentences.toml").read_text(encoding="utf-8"))["slots"]
    for name, variants in slots.items():
        if not name.startswith("c_"):
            continue
        for variant in variants:
            if "{topic" in variant or "{point" in variant:
                assert not re.search(r"\b(?:we|our|us)\b", variant, re.I), (name, variant)
                assert not writer.claims_who_said(variant, "topic"), (name, variant)


# -- (d) brackets and quotes from jots ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("a site visit (half day", "a site visit (half day)"),
        ("a (new rota for the long winter months", "a new rota for the long winter months"),
        ("a site visit (half day)", "a site visit (half day)"),
        ("the pump station) rebuild", "the pump station rebuild"),
        ('the "quiet hours rule', "the quiet hours rule"),
        ('the "quiet hours" rule', 'the "quiet hours" rule'),
        ("the [draft rota", "the draft rota"),
    ],
)
def test_a_bracket_or_quote_left_open_is_never_copied(value, said) -> None:
    filled = writer.fill("I'm free for {step} any day.", {"step": value})
    assert filled == f"I'm free for {said} any day."


def test_a_next_step_jotted_with_an_open_bracket_reads_whole() -> None:
    coordinator = Person(
        name="Lachlan Trevaskis", email="lt@marrowby.example", role=PersonRole.COORDINATOR
    )
    interview = _round(
        [coordinator, Person(name="Orla Fenwick", email="of@marrowby.example")],
        ["the reservoir inflow forecasts"],
        "lachlan: 2nd round (on site, a short talk) early jan if it goes ahead",
    )
    body = _notes(interview, [coordinator])["Lachlan Trevaskis"]
    assert "second round" in body
    assert body.count("(") == body.count(")"), body


# -- (e) day words 1-7 days back ---------------------------------------------------------


def _true_on(words: str, day: date, on: date) -> bool:
    """Whether words of when you met are true when read on `on`."""
    gap = (on - day).days
    if words == "yesterday":
        return gap == 1
    if words == "today":
        return gap == 0
    m = re.fullmatch(r"(on|last) (\w+day)", words)
    if m:
        if m.group(2) != f"{day:%A}":
            return False
        if m.group(1) == "on":  # earlier this week
            return 2 <= gap <= 6 and day.weekday() < on.weekday()
        return 2 <= gap <= 7 and day.weekday() > on.weekday()  # in the week before
    return words.startswith("on ") and any(c.isdigit() for c in words)  # a date


@pytest.mark.parametrize("back", range(1, 8))
@pytest.mark.parametrize("weekday", range(7))
def test_day_words_hold_on_the_day_written_and_the_day_sent(back, weekday) -> None:
    english = DATA.language.english
    sent = date(2026, 12, 7) + timedelta(days=weekday)
    day = sent - timedelta(days=back)
    for written in (day + timedelta(days=k) for k in range(back + 1)):
        said, word = compose.when_words(day, sent, english, written)
        assert _true_on(said, day, sent), (day, written, sent, said)
        assert _true_on(said, day, written) or written == day, (day, written, sent, said)
        if word is not None:
            assert said == f"on {word}", said


# -- a person recognised in the notes is no recipient when the notes only say what to call a
# thing in front of them ----------------------------------------------------------------


@pytest.mark.parametrize(
    "jot",
    [
        "never call it 'the merger' to gwen, she hates that word",
        "don't call that a restructure to gwen",
    ],
)
def test_what_to_call_a_thing_before_someone_routes_nothing(jot) -> None:
    people = [
        Person("Lachlan Trevaskis", "lt@marrowby.example", role=PersonRole.COORDINATOR),
        Person("Gwen Abernathy", None, title="Council member aide"),
    ]
    rules = etiquette.read(jot, people, DATA.etiquette)
    assert rules.via is None, rules


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Municipality of the District of Harrow Point", "the Municipality of the District"),
        ("Township of Glenmorrow", "the Township of Glenmorrow"),
        ("Shire of Coolabah Flats", "the Shire of Coolabah Flats"),
    ],
)
def test_a_local_government_named_of_its_place_takes_the(company, said) -> None:
    assert phrasing.company_phrase(company, DATA.language.lexicon).startswith(said)


@pytest.mark.parametrize("people", ["Wendell, Oona and the others I met", "Wendell and Oona"])
def test_a_list_of_people_is_never_joined_to_you_by_a_second_and(people) -> None:
    assert (
        writer.fill("I enjoyed meeting you and {panel_people}.", {"panel_people": people}) is None
    )
    said = writer.fill(
        "It was good to meet you, along with {panel_people}.", {"panel_people": people}
    )
    assert said == f"It was good to meet you, along with {people}."


def test_one_name_joined_to_you_by_and_reads_well() -> None:
    said = writer.fill("I enjoyed meeting you and {panel_people}.", {"panel_people": "Wendell"})
    assert said == "I enjoyed meeting you and Wendell."


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("coaching staff in small teams", "coaching staff in small teams"),
        ("the loft conversion windows", "the loft conversion windows"),
        ("calls on zoom every friday", "calls on Zoom every friday"),
        ("the Teams rollout", "the Teams rollout"),
    ],
)
def test_a_product_that_is_also_a_noun_is_the_product_only_beside_a_cue(jotted, said) -> None:
    cleaned = phrasing.clean_words(jotted, DATA.language.lexicon) or jotted
    assert cleaned.lower() == said.lower()
    for word in ("teams", "windows", "zoom"):
        if word in said.lower().split():
            assert (word in cleaned.split()) == (word in said.split()), cleaned

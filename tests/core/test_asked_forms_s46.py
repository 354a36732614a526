"""What the notes ask of the notes themselves (session 46): the greeting and the sign-off they
quote ("'Hi Rob', not Roberto", "'Kia ora Helen' etc is normal here", "'Ngā mihi' to sign
off is fine"), and their own list of whom to write to ('3 short emails', 'email both', 'one
each', 'Priyanka: no need'), which wins over the plan's reader: the coordinator gets no note
the notes do not ask for, and the plan's note thanks no one who gets a note of their own.
Rounds in fresh wording."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import compose, etiquette, greetings
from followup.core.models import Person, PersonRole, Profile
from followup.core.people import Salutation, asked_salutations, asked_sign_off
from followup.core.plan import Plan
from followup.core.records import from_record
from helpers_drafts import composed_by_name


@pytest.fixture(scope="module")
def words() -> etiquette.Words:
    from followup.config import load_settings
    from followup.services.data_files import etiquette_words

    return etiquette_words(load_settings(env={}))


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "NZ").language


def p(name: str, email: str | None = None, role: str = "interviewer") -> Person:
    return Person(name=name, email=email, role=PersonRole(role))


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("emails to both. Tomasz ('Hi Tom', he hates Tomasz), Ines.", [("Hi", "Tom", False)]),
        ("'Kia ora Wiremu' etc is how they do it here", [("Kia ora", "Wiremu", True)]),
        ("greet them the same - 'Hello Priti' for all", [("Hello", "Priti", True)]),
        ("the chair: 'Dear Councillor Ruaine'", [("Dear", "Councillor Ruaine", False)]),
        ("NOT 'Hi Bernie' - it's Bernadette", []),
        ("'G'day Shane' is fine, he's a local", [("G'day", "Shane", False)]),
        ("'Estimada Sra. López' on top", [("Dear", "Sra. López", False)]),  # not English: Dear
    ],
)  # fmt: skip
def test_the_greeting_the_notes_quote(notes, expected) -> None:
    assert [(s.word, s.name, s.everyone) for s in asked_salutations(notes)] == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("'Ngā mihi nui' to close is fine", "Ngā mihi nui"),
        ("sign off with 'Cheers' - it's a surf shop", "Cheers"),
        ("sign 'Warm regards, Priya Nair' + my mobile", "Warm regards"),
        ("end each one with 'All the best'", "All the best"),
        ("don't sign off with 'Cheers', too casual", None),
        ("not 'Best' as the sign-off", None),
        ("sign with my full name + phone", None),
        ("she said 'close the loop' with finance", None),
    ],
)  # fmt: skip
def test_the_sign_off_the_notes_quote(notes, expected) -> None:
    assert asked_sign_off(notes) == expected


def test_a_quote_of_the_candidates_own_name_is_no_sign_off() -> None:
    assert greetings.asked_closing("sign 'Kofi' only, they know me", "Kofi Mensah") is None
    assert greetings.asked_closing("sign off 'Kind regards'", "Kofi Mensah") == "Kind regards,"


def test_whose_greeting_word() -> None:
    asked = [Salutation("Hi", "Tom"), Salutation("Kia ora", "Aroha", True)]
    assert greetings.salutation_word(p("Tomasz Nowak"), "Tom", asked) == "Hi"
    assert greetings.salutation_word(p("Grace Kim"), "Grace", asked) == "Kia ora"
    assert greetings.salutation_word(p("Grace Kim"), "Grace", asked[:1]) == "Dear"


PANEL = [
    p("Odette Mbeki", "odette@kauri.example", "coordinator"),
    p("Liam Park", "liam.park@kauri.example"),
    p("Rangi Tane", "rangi@kauri.example"),
]


@pytest.mark.parametrize(
    ("notes", "skipped"),
    [
        ("two short emails, liam + rangi. friendly.", ["Odette Mbeki"]),
        ("email both, first names. nothing long.", ["Odette Mbeki"]),
        ("one each, short. odette: no need, she's only HR.", ["Odette Mbeki"]),
        ("Odette - no need", ["Odette Mbeki"]),
        ("2 emails + a separate quick thanks to odette for the parking tip", []),
        ("email both. odette: separate thanks for organising.", []),
        ("thank odette in liam's, not a separate email. email both.", ["Odette Mbeki"]),
        ("thank odette in one line in liam's? no - her own short note. 2 emails.", []),
        ("email liam.", []),  # no count: the plan's reader as SPEC §2 says
        ("3 emails, one to each of them", []),  # three is not this panel's count
    ],
)  # fmt: skip
def test_whom_the_notes_give_no_note(notes, skipped, words) -> None:
    assert [q.name for q in etiquette.unnoted(notes, PANEL, words)] == skipped


@pytest.mark.parametrize(
    ("notes", "main"),
    [
        ("two short emails, rangi + liam.", "Rangi Tane"),
        ("email both: liam, rangi (the main one).", "Rangi Tane"),
        ("email both.", "Liam Park"),
    ],
)
def test_the_plans_note_goes_to_the_interviewer_the_list_starts_with(notes, main, words) -> None:
    found = etiquette.main_interviewer(notes, PANEL, words)
    assert found is not None and found.name == main


def test_the_plan_routes_past_a_coordinator_the_notes_give_no_note(words) -> None:
    from followup.config import load_settings
    from followup.services import planning

    interview = from_record(record("two short emails, rangi + liam. odette - no need."))
    plan = Plan("email", "coordinator", None, None, "wait", (), (), ())
    routed = planning.routed(load_settings(env={}), interview, plan)
    assert routed.route is not None and routed.route.to.name == "Rangi Tane"
    assert "no need" in routed.route.said or "two short emails" in routed.route.said
    # a note asked for her: SPEC §2's reader stays
    kept = planning.routed(
        load_settings(env={}), from_record(record("2 emails, + a quick note to odette")), plan
    )
    assert kept.route is None or kept.route.to.name == "Odette Mbeki"


def record(notes: str) -> dict:
    return {
        "company": "Kauri Coast Health",
        "role": "Practice Nurse",
        "interviewed": "2027-05-04",
        "tz": "Pacific/Auckland",
        "format": "video",
        "channel": "email",
        "country": "NZ",
        "subdiv": "AUK",
        "people": [
            {"name": "Odette Mbeki", "email": "odette@kauri.example", "role": "coordinator"},
            {
                "name": "Liam Park",
                "email": "liam.park@kauri.example",
                "role": "interviewer",
                "title": "Practice Manager",
            },
            {
                "name": "Rangi Tane",
                "email": "rangi@kauri.example",
                "role": "interviewer",
                "title": "Lead GP",
            },
        ],  # fmt: skip
        "topics": ["liam: the new triage line", "rangi: the diabetes clinic on thursdays"],
        "notes": notes,
    }


def drafts(notes: str, language: compose.Language) -> dict[str, compose.NoteFacts]:
    profile = Profile(name="Ana Folau", email="ana@post.example", phone=None, qualifications=[])
    return composed_by_name(from_record(record(notes)), profile, language, date(2027, 5, 5))


def test_the_notes_greet_and_sign_off_as_asked(language) -> None:
    by = drafts(
        "'Kia ora Liam' etc is normal here. Rangi: 'Hi Rangi'. 'Ngā mihi' to sign off.", language
    )
    assert by["Liam Park"].greeting == "Kia ora Liam,"
    assert by["Rangi Tane"].greeting == "Hi Rangi,"
    assert by["Odette Mbeki"].greeting == "Kia ora Odette,"
    assert all(w.closing == "Ngā mihi," for w in by.values())
    plain = drafts("short and friendly.", language)
    assert plain["Liam Park"].greeting == "Dear Liam,"


def test_the_plans_note_thanks_no_one_who_gets_a_note_of_their_own(language) -> None:
    counted = drafts("two short emails, liam + rangi.", language)["Odette Mbeki"]
    assert not any("Liam" in x or "Rangi" in x for x in counted.paragraphs), counted.paragraphs
    # no count: the plan's note passes thanks on as ever
    plain = drafts("short and friendly.", language)["Odette Mbeki"]
    assert any("Liam" in x or "Rangi" in x for x in plain.paragraphs), plain.paragraphs


# --- second pass (v40 graded): whose words, whom to write, what not to put in writing ---------


@pytest.mark.parametrize(
    "notes",
    [
        "2 emails. nothing for odette, she'll email me.",
        "two short emails. odette nothing.",
        "odette: none",
    ],
)
def test_nothing_for_the_coordinator_is_no_note(notes, words) -> None:
    assert [q.name for q in etiquette.unnoted(notes, PANEL, words)] == ["Odette Mbeki"]


def test_asking_nothing_of_the_coordinator_is_still_a_note(words) -> None:
    notes = "emails to liam + rangi. short thanks to odette for arranging, ask nothing."
    assert etiquette.unnoted(notes, PANEL, words) == ()


def test_a_short_form_quoted_in_a_greeting_greets_the_one_whose_name_it_opens() -> None:
    from followup.core.greetings import Address, greeted_round

    interview = from_record(
        {
            **record("emails tonight: Bea ('Hi Bea' - she's the main one), Rangi."),
            "people": [
                {"name": "Beatrice Olsen", "email": "bea@kauri.example", "role": "interviewer"},
                {"name": "Rangi Tane", "email": "rangi@kauri.example", "role": "interviewer"},
            ],
        }
    )
    greeted = greeted_round(interview, Address())
    assert [p.called for p in greeted.people] == ["Bea", None]


@pytest.mark.parametrize(
    ("notes", "kept"),
    [
        ("DON'T put any of my current employer's numbers in writing.", False),
        ("no figures from my current job please", False),
        ("keep it short and warm", True),
    ],
)
def test_figures_the_notes_bar_are_never_claimed(notes, kept, language) -> None:
    interview = from_record(
        {
            **record(notes),
            "qualifications": [
                "I cut agency spend from 14% to 9% of payroll in 2026",
                "six years as a practice nurse",
            ],
        }
    )
    profile = Profile(name="Ana Folau", email=None, phone=None, qualifications=[])
    quals = compose.qualifications_for(interview, profile, language)
    assert any("14%" in q for q in quals) is kept, quals
    assert any("practice nurse" in q for q in quals)


@pytest.mark.parametrize(
    "jot",
    [
        "rangi: why primary care after ED -> steady hours, want to move into diabetes education",
        "rangi asked why nursing -> I want to stay local and grow into a clinic lead",
        "rangi: how would you handle a no-show -> call them same day, want fewer DNAs",
    ],
)
def test_the_candidates_answer_after_their_question_is_never_their_point(jot, language) -> None:
    from followup.core import clauses

    clause = clauses.read(jot, language.clauses, language.lexicon, {"rangi": "Rangi Tane"})
    assert clause is None or "want" not in clause.said(), clause


def test_their_own_want_is_still_theirs(language) -> None:
    from followup.core import clauses

    jot = "rangi: wants someone who can run the diabetes clinic on their own"
    clause = clauses.read(jot, language.clauses, language.lexicon, {"rangi": "Rangi Tane"})
    assert clause is not None and clause.owner == "Rangi Tane"


def test_separate_sessions_meet_no_one_along_with_the_others(language) -> None:
    looped = drafts("3 rounds in one day, each 1:1. two short emails.", language)
    panel = drafts("one panel of two. two short emails.", language)
    text = " ".join(" ".join(w.paragraphs) for w in looped.values())
    assert "along with" not in text and "alongside" not in text, text
    assert compose.separate_sessions(from_record(record("loop of 1:1s all morning")))
    assert not compose.separate_sessions(from_record(record("one panel of two")))
    assert panel  # a panel may still say so


@pytest.mark.parametrize(
    ("notes", "via", "single"),
    [
        ("one short email to Liam only. ask him to convey thanks to Rangi.", "Liam Park", True),
        ("ring liam friday. thanks to rangi through him. no email needed.", "Liam Park", True),
        ("ring liam friday.", "Liam Park", False),
    ],
)
def test_one_message_the_notes_ask_for(notes, via, single, words) -> None:
    people = from_record(record(notes)).people
    rules = etiquette.read(notes, people, words)
    assert rules.via is not None and rules.via.name == via
    assert rules.single is single


def test_a_thought_taken_back_at_once_is_no_ask(words) -> None:
    assert etiquette.settled("no pay. cc Odette? no - separate 2-line note to her.") == (
        "no pay. separate 2-line note to her."
    )
    assert etiquette.settled("why?? no idea. email both") == "why?? no idea. email both"
    people = from_record(record("")).people
    rules = etiquette.read(
        "email liam + rangi. cc odette? no - a separate note to odette.", people, words
    )
    assert rules.cc == ()
    assert etiquette.read("email liam + rangi, cc odette.", people, words).cc != ()


@pytest.mark.parametrize(
    ("notes", "asked"),
    [
        ("ONE handwritten card to Rangi (he keeps them)", True),
        ("one card, handwritten, posted to the clinic tmrw", True),
        ("send her a card, she's old school", True),
        ("a thank-you card to the whole team", True),
        ("no card, email is fine", False),
        ("card? no - email both", False),
        ("he gave me his business card", False),
        ("he handed me a card with his number", False),
    ],
)
def test_a_card_the_notes_ask_for(notes, asked) -> None:
    assert etiquette.card_asked(notes) is asked


def test_followup_draft_writes_the_card_the_notes_ask_for() -> None:
    from followup.services import drafting

    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    assert drafting.default_kind(plan, False, None, None, "ONE handwritten card to Rangi") == "card"
    assert drafting.default_kind(plan, True, None, None, "ONE handwritten card to Rangi") == "email"
    assert drafting.default_kind(plan, False, None, None, "email both") == "email"


@pytest.mark.parametrize(
    ("notes", "inside"),
    [
        ("card to Liam. thank Rangi in it too (no separate email).", ["Rangi Tane"]),
        ("thank rangi in the card too, 'thanks, Rangi' - no separate email.", ["Rangi Tane"]),
        ("thank rangi in liam's, not a separate email.", ["Rangi Tane"]),
        ("thank rangi in liam's too.", []),  # no word that there is none of their own
        ("emails to both. thank odette for the parking tip.", []),
    ],
)  # fmt: skip
def test_thanked_inside_another_note_and_no_note_of_their_own(notes, inside, words) -> None:
    people = from_record(record(notes)).people
    assert [p.name for p in etiquette.thanked_inside(notes, people, words)] == inside
    rules = etiquette.read(notes, people, words)
    assert all(not rules.written(p) for p in people if p.name in inside)

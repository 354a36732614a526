"""The candidate's claims read in a frame that is grammatical for their form, a line jotted for
one application is said in the profile's own words when the profile says the same thing, a
claim is never bolted on with a tail that claims more than it says, and nobody is greeted by
a role word or an abbreviation."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.core.people import split_person
from followup.services import drafting, planning

LANGUAGE = drafting.load_data(load_settings(env={}), "US").language
LEXICON = LANGUAGE.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # one singular thing takes its article, whatever the verb and however it is counted
        ("handled crew of 6", "I have handled a crew of six"),
        ("ran 12-bed step-down unit", "I have run a 12-bed step-down unit"),
        ("chaired CRM rollout", "I have chaired a CRM rollout"),
        ("led €2m refurbishment", "I have led a €2m refurbishment"),
        ("redesigned returns process for a parcel depot",
         "I have redesigned a returns process for a parcel depot"),
        # things joined by 'and' are judged each on its own
        ("coordinated youth choir + the holiday camp",
         "I have coordinated a youth choir and the holiday camp"),
        ("ran school gardening and the eco club", "I have run school gardening and the eco club"),
        ("set up stock rota + supplier review process",
         "I have set up a stock rota and a supplier review process"),
        ("ran the tills and cash office", "I have run the tills and cash office"),
        # two verbs sharing one object
        ("designed + ran induction course", "I have designed and run an induction course"),
        ("set up and ran weekend clinic", "I have set up and run a weekend clinic"),
        # amounts and counts that are no article's business
        ("ran more than 40 workshops", "I have run more than 40 workshops"),
        # a credential with its body in capitals, held
        ("cii-approved insurance certificate", "I hold a CII-approved insurance certificate"),
        ("co-supervised 3 apprentices", "I have co-supervised three apprentices"),
        # a fact of one's life, in the simple past
        ("grew up in a fishing village", "I grew up in a fishing village"),
        ("raised near the border", "I was raised near the border"),
        # years of a field in several words, then what it was
        ("8 yrs inshore fishing + net repair", "I have eight years of inshore fishing and net "
         "repair experience"),
    ],
)  # fmt: skip
def test_a_claim_reads_in_a_frame_grammatical_for_its_form(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure, q
    assert q.clause == clause


def test_a_life_fact_is_said_plainly() -> None:
    assert phrasing.qualification("grew up on an orchard", LEXICON).form == "life"


@pytest.mark.parametrize(
    ("jotted", "profile", "twin"),
    [
        ("handled crew of 6", ["Forklift licence", "Led a crew of six riggers"],
         "Led a crew of six riggers"),
        ("11 yrs inshore fishing + PGM", ["Eleven years in inshore fishing", "Skipper's ticket"],
         "Eleven years in inshore fishing"),
        ("skipper ticket", ["Skipper's ticket (Category 1)", "Led a crew of six"],
         "Skipper's ticket (Category 1)"),
        ("net repair", ["Skipper's ticket", "Repaired engines"], None),  # one word of two
        ("led crew of 5", ["Led a crew of six riggers"], None),  # another count
        ("youth choir + holiday camp", ["Ran the youth choir and the holiday camp for six years"],
         "Ran the youth choir and the holiday camp for six years"),
    ],
)  # fmt: skip
def test_a_jotted_claim_meets_its_profile_twin(jotted, profile, twin) -> None:
    assert phrasing.same_claim(jotted, profile, LEXICON) == twin


def _interview(**changes) -> Interview:
    people = [
        Person("Odile Marchetti", "odile@harrowlane.example", role=PersonRole.COORDINATOR),
        Person("Ben Ashcroft", "ben@harrowlane.example", role=PersonRole.INTERVIEWER),
    ]
    topics = ["ben: the new CNC lathe cell", "night shift cover"]
    fields = {"company": "Harrow Lane Tools", "role": "Workshop Supervisor", "people": people,
              "interviewed": date(2026, 11, 19), "topics": topics}  # fmt: skip
    return Interview(format=Format.IN_PERSON, channel=Channel.EMAIL, **{**fields, **changes})


def test_the_profile_says_a_jotted_claim_in_its_own_words() -> None:
    profile = Profile(
        name="Kit Varga",
        email="kit@example.com",
        qualifications=["Led a workshop crew of six machinists", "City & Guilds Level 3"],
    )
    quals = compose.qualifications_for(
        _interview(qualifications=["handled crew of 6"]), profile, LANGUAGE
    )
    assert quals[0] == "Led a workshop crew of six machinists"
    assert quals.count("Led a workshop crew of six machinists") == 1


_TAILS = (
    "more of the same",
    "build on my experience at",
    "which I'd bring to the",
    "As for my",
    "For my part",
    "the kind of work I'd bring",
)


def test_a_claim_is_never_bolted_on_with_a_tail_that_claims_more() -> None:
    settings = load_settings()
    today = date(2026, 11, 23)
    lines = [
        "6 yrs as a farrier",
        "grew up on a stud farm",
        "handled crew of 6",
        "City & Guilds Level 3",
    ]
    for n, line in enumerate(lines):
        interview = _interview(qualifications=[line], topics=[f"topic {n}: the new CNC lathe cell"])
        profile = Profile(name="Kit Varga", email="kit@example.com")
        plan = planning.Planner(settings, today)(interview)
        for each in (False, True):
            out = drafting.compose_drafts(
                settings, interview, profile, plan, kind="email", today=today, each=each
            )
            for written in out.written:
                body = written.draft.body
                assert not any(tail in body for tail in _TAILS), body
                assert "I have grown up" not in body


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Md. Karim Hossain", "Karim"),  # a given name written short, then another
        ("Wm. Ferris", "William"),  # the only given name, written out
        ("J. Ferris", "J. Ferris"),  # an initial stays
        ("Ms. Ada Obi", "Ms. Obi"),
    ],
)
def test_nobody_is_greeted_by_an_abbreviation(typed: str, greeting: str) -> None:
    assert phrasing.salutation(typed) == greeting


def test_a_role_typed_before_a_titled_name_is_the_title() -> None:
    person = split_person("payroll clerk - Ms Ada Obi <ada@example.com>")
    assert (person.name, person.title) == ("Ms Ada Obi", "payroll clerk")
    desk = Person("bookings desk", "desk@example.com", role=PersonRole.COORDINATOR)
    assert not compose.is_a_person(desk, compose.greeting_name(desk))


def test_a_capitalised_field_is_no_school_and_two_spans_of_years_are_not_run_together() -> None:
    degree = phrasing.qualification("MSc in Toxicology, Ridgeway University", LEXICON)
    assert degree.clause == "I hold an MSc in Toxicology from Ridgeway University"
    assert not phrasing.qualification("3 yrs cadet + 2 as deckhand", LEXICON).sure


def test_a_given_name_written_out_is_the_recorded_person(rules, model) -> None:
    from followup.core.check import Facts, check

    facts = Facts(company="Ferris Marine", role="Deckhand", people=("Wm. Ferris",))
    text = (
        "Dear William,\n\nThank you for meeting me on Tuesday about the Deckhand role and the"
        " new winch on the trawler. I have three years of experience as a deckhand. I would be"
        " excited to join Ferris Marine, and I look forward to hearing about next steps.\n\n"
        "Best regards,\nSam Doe\n"
    )
    result = check(text, "email", facts, rules, model=model)
    assert "name_mismatch" not in {f.code for f in result.issues}, result.issues

"""Names in the room (issue 10): a Japanese name typed family name first takes its title with
the family name ("Mr. Yamashita Ryo" is Mr Yamashita), a credential after a name is never its
surname ("ms. anele dlamini pr.eng" is Ms Dlamini), initials a person goes by are written in
capitals ("kc obi" is KC Obi) and greet them ("Dear KC,"). New names, none from a graded set."""

from __future__ import annotations

import pytest

from followup.core import compose, phrasing
from followup.core.models import Person


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Mr. Yamashita Ryo", "Mr Yamashita"),
        ("Ms Inoue Sakura", "Ms Inoue"),
        ("Dr. Kobayashi Haruto", "Dr Kobayashi"),
        ("Mr. Ryo Yamashita", "Mr Yamashita"),  # typed in the English order
        ("ms. anele dlamini pr.eng", "Ms Dlamini"),
        ("Dr. Sipho Nkosi CEng", "Dr Nkosi"),
        ("Mr Farid Haddad MRCVS", "Mr Haddad"),
        ("Mrs. Joan Pike PhD", "Mrs Pike"),
        ("Ms. Chen Jia Hui", "Ms Chen"),
    ],
)
def test_a_title_goes_with_the_family_name(typed, greeting) -> None:
    assert phrasing.salutation(typed, title_stop=False) == greeting


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("kc obi", "KC Obi"),
        ("dj rahman", "DJ Rahman"),
        ("ng wei ming", "Ng Wei Ming"),  # a surname with no vowel is a name, not initials
        ("st john rivers", "St John Rivers"),
        ("bob lyn", "Bob Lyn"),
    ],
)
def test_initials_typed_in_lower_case_are_written_in_capitals(typed, written) -> None:
    assert phrasing.person_name(typed) == written


def test_initials_a_person_goes_by_greet_them() -> None:
    person = Person(name="kc obi", email="kc.obi@harrow.example")
    greeting = compose.greeting_name(person)
    assert greeting == "KC"
    assert compose.is_a_person(person, greeting)
    assert not compose.is_a_person(Person(name="HR Dept"), "HR")


# --- what a note may claim: a line of work done is never "held", a clause has a subject ------


@pytest.fixture(scope="module")
def lexicon():
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(), "GB").language.lexicon


@pytest.mark.parametrize(
    "raw",
    [
        "Three practice inspections with no actions raised",
        "RCVS and BVA audits and PMS records",
        "2 CQC inspections, both good",
    ],
)
def test_work_done_beside_a_credential_word_is_never_held(lexicon, raw) -> None:
    q = phrasing.qualification(raw, lexicon)
    assert not (q.sure and q.clause.startswith("I hold")), q


@pytest.mark.parametrize(
    ("raw", "clause"),
    [
        ("scrubbed in on 60+ spays, knows the anaesthetic protocols", "I have scrubbed in on"),
        ("ran the night clinic 2 yrs, understands triage", "I have run the night clinic"),
    ],
)
def test_a_clause_with_no_subject_is_cut_at_its_comma(lexicon, raw, clause) -> None:
    q = phrasing.qualification(raw, lexicon)
    assert "," not in q.clause or not q.sure, q
    if q.sure:
        assert q.clause.startswith(clause), q


# --- what the candidate did or was handed: thanked for, never "heard about" --------------------


def _round(topics: list[str], items: list[str]):
    from followup.core.models import PersonRole
    from followup.core.records import from_record, parse_person

    interview = from_record(
        {
            "company": "Harrowgate Veterinary Group",
            "role": "Clinical Lead Vet",
            "interviewed": "2026-11-16",
            "format": "in-person",
            "channel": "email",
            "tz": "Europe/London",
            "country": "GB",
            "people": [],
            "topics": topics,
            "items": items,
        }
    )
    interview.people = [
        parse_person(t, PersonRole.INTERVIEWER, "--interviewer")
        for t in ("Ines Carvalho <ines@harrowgate.example>", "Tomasz Wrobel, practice manager")
    ]
    return interview


def _language():
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


@pytest.mark.parametrize(
    ("topic", "owner"),
    [
        ("ines handed me the suture kit, had me tie 3 knots", "Ines Carvalho"),
        ("tomasz passed me the rota spreadsheet - asked what I'd change", "Tomasz Wrobel"),
    ],
)
def test_a_thing_handed_to_the_candidate_is_their_exercise(topic, owner) -> None:
    specs = compose.specifics_of(_round([topic], []), _language())
    [spec] = [s for s in specs if s.recorded.startswith(topic.split(",")[0].split(" - ")[0])]
    assert spec.kind == "exercise" and spec.owner == owner, spec


@pytest.mark.parametrize(
    "item",
    ["the case plan from my practical task", "my slides on dental pricing", "the handout I made"],
)
def test_an_item_of_the_candidates_own_is_their_exercise(item) -> None:
    specs = compose.specifics_of(_round([], [item, "the new dental suite"]), _language())
    kinds = {s.recorded: s.kind for s in specs}
    assert kinds["the new dental suite"] == "item"
    if "my" in item.split():
        assert kinds[item] == "exercise"


@pytest.mark.parametrize(
    ("phrase", "recorded"),
    [
        ("the TW wants", "tw wants the rota done by friday"),
        ("the night cover thin", "night cover thin since june, 2 vets short"),
        ("the dental list behind", "dental list behind by 3 wks"),
    ],
)
def test_a_phrase_ending_on_what_the_note_says_of_its_noun_does_not_stand(phrase, recorded) -> None:
    assert compose.standalone_fault(phrase, recorded, _language().lexicon) is not None


# --- the topic given to each reader is their own ------------------------------------------------


def _panel_round(topics: list[str]):
    from followup.core.models import PersonRole
    from followup.core.records import from_record, parse_person

    interview = from_record(
        {
            "company": "Harrowgate Veterinary Group",
            "role": "Clinical Lead Vet",
            "interviewed": "2026-11-16",
            "format": "in-person",
            "channel": "email",
            "tz": "Europe/London",
            "country": "GB",
            "people": [],
            "topics": topics,
            "items": [],
        }
    )
    interview.people = [
        parse_person(t, PersonRole.INTERVIEWER, "--interviewer")
        for t in (
            "Ines Carvalho <ines@harrowgate.example>",
            "rb okafor <rb.okafor@harrowgate.example>",
            "Tomasz Wrobel <tomasz@harrowgate.example>",
        )
    ]
    return interview


def test_a_story_jotted_under_someones_initials_is_theirs_and_no_one_elses() -> None:
    interview = _panel_round(
        [
            "ines: wants the dental list cut from 3 weeks to 1",
            "rb = ex-navy, ran a field hospital before vet school",
        ]
    )
    specs = compose.specifics_of(interview, _language())
    shares = compose.distribute(interview.people, specs, _language())
    ines, rb, tomasz = ([s.recorded for s in share] for share in shares)
    assert any("ex-navy" in r for r in rb), (ines, rb, tomasz)
    assert not any("ex-navy" in r for r in [*ines, *tomasz]), (ines, rb, tomasz)


def test_a_reader_with_a_topic_of_their_own_gets_no_one_elses_beside_it() -> None:
    interview = _panel_round(
        [
            "ines: wants the dental list cut from 3 weeks to 1",
            "tomasz: new PMS going live in march",
            "the car park is being resurfaced",
            "out-of-hours cover shared with two other practices",
        ]
    )
    specs = compose.specifics_of(interview, _language())
    shares = compose.distribute(interview.people, specs, _language())
    ines, _rb, tomasz = shares
    assert len(ines) == 1 and len(tomasz) == 1, [s.recorded for s in ines + tomasz]


def test_the_plans_note_to_an_interviewer_passes_thanks_to_the_others() -> None:
    """No coordinator for a video interview: the plan's note goes to the first interviewer
    with an address, and it is the plan's note (thanks passed on), not a personal one."""
    from datetime import date

    from followup.config import load_settings
    from followup.services import planning

    interview = _panel_round(["ines: wants the dental list cut from 3 weeks to 1"])
    interview.format = type(interview.format).VIDEO
    plan = planning.Planner(load_settings(env={}), date(2026, 11, 16))(interview)
    main = compose.recipient_for(plan, interview)
    assert compose.plans_note(main, plan, False, interview)
    assert not compose.plans_note(main, plan, True, interview)  # --each: a personal note
    others = [p for p in interview.people if not compose.same_person(p, main)]
    assert not compose.plans_note(others[0], plan, False, interview)  # --to someone else
    assert compose.purpose(main, plan, False, interview).startswith("the plan's follow-up")


@pytest.mark.parametrize(
    "jot",
    [
        "rb = ex-navy medic, 2 tours, came to vets via a farm vet he knew",
        "tomasz: former racing jockey -> practice manager 2019",
    ],
)
def test_a_persons_story_is_never_said_as_the_person(jot) -> None:
    """A story jotted as what someone is ('ex-navy medic') is theirs to tell: no note says
    'the ex-navy medic' as if it were a topic."""
    language = _language()
    for s in compose.specifics_of(_panel_round([jot]), language):
        said = compose.salvaged(s, language, frozenset())
        assert not (said.usable and said.text.split()[-1] in ("medic", "jockey")), said


# --- honorifics consistent within a panel and by name order -----------------------------------


def _people(*typed: str):
    from followup.core.models import PersonRole
    from followup.core.records import parse_person

    return [parse_person(t, PersonRole.INTERVIEWER, "--interviewer") for t in typed]


@pytest.mark.parametrize(
    ("panel", "greeting"),
    [
        (("Mr Ravi Menon <ravi@x.example>", "Lim Hui Min <hm@x.example>"), "Lim Hui Min"),
        (("Dr. Aisha Bello <ab@x.example>", "Yamashita Ryo <ry@x.example>"), "Yamashita Ryo"),
        (("Ravi Menon <ravi@x.example>", "Lim Hui Min <hm@x.example>"), "Hui Min"),  # no titles
        (("Mr Ravi Menon <ravi@x.example>", "Hui Min Lim <hm@x.example>"), "Hui Min"),
        (("Mr Ravi Menon <ravi@x.example>", "Ollie Brandt <ob@x.example>"), "Ollie"),
    ],
)
def test_a_family_first_name_is_greeted_whole_beside_a_titled_panel(panel, greeting) -> None:
    people = _people(*panel)
    assert compose.panel_greeting(people[1], people) == greeting


def test_every_plan_close_carries_interest_enthusiasm_and_next_steps(rules, model) -> None:
    """The close of a plan's note is its only line of interest, enthusiasm and next steps:
    each variant must say all three, or a note ending on it is not ready."""
    from conftest import checked
    from followup.core.check import Facts

    bank = _language().bank
    facts = Facts(company="Harrowgate Veterinary Group", role="Clinical Lead Vet")
    for close in bank.slots["c_close"]:
        said = close.format(company="Harrowgate Veterinary Group", role="Clinical Lead Vet")
        text = (
            "Dear Saoirse,\n\nThank you for arranging my interview on Monday.\n\n"
            f"{said}\n\nBest regards,\nNiamh Doyle\n"
        )
        found = checked(rules, model, text, facts).elements
        assert found["interest"] and found["enthusiasm"] and found["next_steps"], (close, found)


def test_a_whole_name_greeting_is_never_said_again_in_the_body() -> None:
    from datetime import date

    from followup.config import load_settings
    from followup.core.errors import InvalidInput
    from followup.core.models import Profile
    from followup.services import drafting, planning

    settings = load_settings(env={})
    interview = _panel_round(["ines: wants the dental list cut from 3 weeks to 1"])
    interview.people = _people(
        "Mr Tomasz Wrobel <tomasz@harrowgate.example>", "Lim Hui Min <hm@harrowgate.example>"
    )
    profile = Profile("Niamh Doyle", "niamh@example.com", None, ["6 yrs small-animal practice"])
    day = date(2026, 11, 18)
    plan = planning.Planner(settings, day)(interview)
    bodies = []
    for each in (False, True):
        try:
            batch = drafting.compose_drafts(
                settings, interview, profile, plan, kind="email", each=each, today=day
            )
        except InvalidInput:
            continue
        bodies += [w.draft.body for w in batch.written if "Lim Hui Min" in w.draft.body]
    assert bodies
    for body in bodies:
        greeting, _, rest = body.partition("\n")
        assert greeting.startswith("Dear Lim Hui Min")
        assert "Hui Min" not in rest, body

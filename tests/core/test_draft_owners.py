"""Whose a topic is, and what a note may claim about it: a topic jotted with a panel member's
name ('fintan asked re: ...', 'deirdre big on ...', 'pooja: ...', "victor's plan ...") goes
to that person's note alone and is said to them; any other topic is said without crediting
the reader with it. Also: the candidate's own test jotted without 'I', qualifications said in
their own form (a change with an arrow, a degree and its school, a lawyer's PQE, languages),
titles that are ranks, and words that may be names typed in lower case."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing, writer
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon


@pytest.mark.parametrize(
    ("jotted", "who", "kind", "rest"),
    [
        ("fintan asked re: my sepsis audit", "fintan", "question", "my sepsis audit"),
        ("Arjun asked abt idempotency in retries", "arjun", "question", "idempotency in retries"),
        ("deirdre big on retention of new grads", "deirdre", "priority", "retention of new grads"),
        ("ben re: liquid handler automation", "ben", None, "liquid handler automation"),
        ("pooja: oncall + blameless postmortems", "pooja", None, "oncall + blameless postmortems"),
        ("retention of new grads (deirdre)", "deirdre", None, "retention of new grads"),
        ("victor's plan to go multi-region", "victor", None, "their plan to go multi-region"),
        ("grace's story - started as a volunteer herself", "grace", "story",
         "how they started as a volunteer themselves"),
    ],
)  # fmt: skip
def test_a_topic_that_names_its_owner_is_theirs(jotted, who, kind, rest) -> None:
    names = ["fintan", "arjun", "deirdre", "ben", "pooja", "victor", "grace"]
    owned = phrasing.owned_topic(jotted, names, LEXICON)
    assert owned is not None
    assert (owned.who.lower(), owned.kind, owned.rest) == (who, kind, rest)


@pytest.mark.parametrize(
    "jotted", ["asked me abt my build experience", "their epic go-live", "bena's plan"]
)
def test_no_owner_without_a_panel_name(jotted) -> None:
    assert phrasing.owned_topic(jotted, ["ben", "fintan"], LEXICON) is None


def _panel_round() -> tuple[Interview, Profile]:
    people = [
        Person(name="HR Dept", email="hr@x.example", role=PersonRole.COORDINATOR),
        Person(name="fintan byrne (DON)", email="fb@x.example", role=PersonRole.INTERVIEWER),
        Person(name="Deirdre Kavanagh", email="dk@x.example", role=PersonRole.INTERVIEWER),
        Person(name="Dr Paddy Moran", email="pm@x.example", role=PersonRole.INTERVIEWER),
    ]
    interview = Interview(
        company="St Brigid's Hospital",
        role="clinical nurse manager",
        interviewed=date(2026, 11, 17),
        format=Format.IN_PERSON,
        country="IE",
        people=people,
        topics=[
            "fintan asked re: my sepsis audit",
            "ED trolley numbers in winter",
            "deirdre big on retention of new grads",
            "paddy's story about the new resus bay",
        ],
    )
    profile = Profile("Siobhan Murphy", "s@example.ie", None, ["MSc Emergency Nursing"])
    return interview, profile


def test_each_owned_topic_lands_in_its_owners_note_only() -> None:
    interview, profile = _panel_round()
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 19),
        DATA.language, each=True,
    )  # fmt: skip
    text = {n.to_name: " ".join(n.paragraphs) for n in notes}
    assert "sepsis audit" in text["fintan byrne (DON)"]
    assert "retention of new grads" in text["Deirdre Kavanagh"]
    assert "resus bay" in text["Dr Paddy Moran"]
    for name, body in text.items():
        assert ("sepsis audit" in body) == name.startswith("fintan"), body
        assert ("retention" in body) == name.startswith("Deirdre"), body
        assert "big on" not in body and "asked re" not in body, body


def test_a_note_never_credits_the_reader_with_a_topic_that_is_not_theirs() -> None:
    interview, profile = _panel_round()
    interview.topics = ["ED trolley numbers in winter", "their move to electronic triage"]
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 19),
        DATA.language, each=True,
    )  # fmt: skip
    for note in notes:
        body = " ".join(note.paragraphs)
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            if "trolley" in sentence or "triage" in sentence:
                plain = re.sub(r"\b[Tt]hank you\b|\byour time\b|\bwith you\b", "", sentence)
                assert not re.search(r"\byou\b|\bme through\b|\bopenly\b", plain), sentence


@pytest.mark.parametrize(
    ("template", "claims"),
    [
        ("It was good to hear you describe {topic}.", True),
        ("Your account of {topic} gave me an honest picture.", True),
        ("Thank you for your time {when}, and for talking me through {topic}.", True),
        ("I especially enjoyed our conversation about {topic}.", False),
        ("It was a pleasure to discuss {topic} with you.", False),
        ("Thank you for {day}; {topic} has stayed on my mind.", False),
    ],
)
def test_a_sentence_that_credits_the_reader_is_known(template, claims) -> None:
    assert writer.claims_who_said(template, "topic") is claims


@pytest.mark.parametrize(
    ("jotted", "kind", "phrase"),
    [
        ("cooked the hake w/ brown shrimp butter for the trial shift", "exercise",
         "the trial shift"),
        ("took them thru my portfolio", "exercise", "my portfolio"),
        ("my case: launch plan for an oat bar", "exercise",
         "my case on a launch plan for an oat bar"),
        ("pager fatigue", "challenge", "pager fatigue"),
        ("sample QC failures", "challenge", "sample QC failures"),
        ("trade spend over budget in q3", "challenge", "the trade spend over budget in Q3"),
    ],
)  # fmt: skip
def test_the_candidates_own_test_and_a_problem_are_known_by_kind(jotted, kind, phrase) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON)
    assert p.sure, p.doubts
    assert (p.kind, p.to_them) == (kind, phrase)


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("grew a snack SKU's share 2.1% -> 3.4%",
         "I have grown a snack SKU's share from 2.1% to 3.4%"),
        ("led an audit that cut time to antibiotics 90 -> 45 min",
         "I led an audit that cut time to antibiotics from 90 to 45 minutes"),
        ("cut close from 10 to 6 days", "I have cut close from 10 to 6 days"),
        ("PhD in molecular biology, Tufts", "I hold a PhD in molecular biology from Tufts"),
        ("4 PQE private client",
         "I have four years' post-qualification experience in private client"),
        ("fluent english + tagalog + basic nihongo", "I am fluent in English and Tagalog"),
        ("5 yrs residential + education projects",
         "I have spent five years working on residential and education projects"),
        ("STEP diploma", "I hold a STEP diploma"),
    ],
)  # fmt: skip
def test_a_qualification_is_said_in_its_own_form(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure
    assert q.clause == clause


@pytest.mark.parametrize(
    "line", ["spring boot, kafka, postgres", "8 yrs SRE / infra", "150 10x libraries", "run >150"]
)
def test_a_qualification_it_cannot_say_is_left_out(line) -> None:
    assert not phrasing.qualification(line, LEXICON).sure


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Cllr Denise Hart", "Cllr Hart"),
        ("Purser Ramon dela Cruz", "Ramon"),
        # session 38: 'Ma'am' shows respect; a letter says it with the title and surname
        ("Ma'am Liza Santos", "Ms Santos"),
        ("F/O Miguel Reyes", "Miguel"),
    ],
)
def test_a_rank_or_honorific_is_never_greeted_alone(typed, greeting) -> None:
    person = Person(name=typed, email="x@x.example", role=PersonRole.INTERVIEWER)
    assert compose.greeting_name(person, title_stop=False) == greeting


def test_a_title_before_one_name_with_a_matching_address_is_a_surname() -> None:
    hollis = Person(name="Ms Hollis", email="hollis@x.example", role=PersonRole.COORDINATOR)
    assert compose.greeting_name(hollis, title_stop=False) == "Ms Hollis"


@pytest.mark.parametrize(
    ("jotted", "sure"),
    [("revit -> archicad switch", False), ("hamilton liquid handler automation", True),
     ("their shift to NGSS-aligned labs", True), ("the roadmap for Q3", True),
     ("zorbix upgrade", False), ("revit upgrade", True)],
)  # fmt: skip
def test_a_word_no_dictionary_knows_may_be_a_name(jotted, sure) -> None:
    assert phrasing.phrase_topic(jotted, LEXICON).sure is sure


def test_one_shared_group_is_no_bridge() -> None:
    """'on-call load' and 'cut warehouse spend' share one concept ('load'/'warehouse'): the
    note presents the qualification without claiming it answers the topic."""
    topic = compose.Specific("the on-call load", "process", "on call load ~1 wk in 6")
    (pairing,) = compose.pair_qualifications(
        [[topic]], ["Cut warehouse spend 35% at prior co"], DATA.language
    )
    assert pairing.topic is None and pairing.qualification


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("Advanced Excel + Power BI", "I have advanced skills in Excel and Power BI"),
        ("Taught AP Chemistry for 3 years", "I have taught AP Chemistry for three years"),
    ],
)
def test_a_skill_level_and_a_verb_before_a_name_read_right(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause


def test_a_word_that_ends_the_template_is_not_said_twice() -> None:
    interview, profile = _panel_round()
    interview.topics = ["SEO traffic drop since the redesign"]
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 19),
        DATA.language, each=True,
    )  # fmt: skip
    for note in notes:
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(note.paragraphs)):
            assert sentence.lower().split().count("since") <= 1, sentence


@pytest.mark.parametrize(
    "jotted",
    ["team runs lean", "clinic opens sat", "ED sees ~200 pts/day", "they use epic",
     "new grads get 12 wk preceptorship", "sales team hit target q3"],
)  # fmt: skip
def test_a_topic_jotted_as_a_sentence_is_not_said(jotted) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON)
    assert not p.sure and not p.short_them, p


@pytest.mark.parametrize(
    "jotted", ["data pipelines", "new hires", "pager fatigue", "the float pool", "month-end close"]
)
def test_a_plural_or_a_noun_that_can_be_a_verb_is_still_a_topic(jotted) -> None:
    assert phrasing.phrase_topic(jotted, LEXICON).sure


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("ran >150 10x libraries", "I have run more than 150 10x libraries"),
        ("MBA in progress", "I am completing an MBA"),
        ("PRINCE2 practitioner", "I am a PRINCE2 practitioner"),
        ("managed budgets up to £2m", "I have managed budgets up to £2m"),
        ("3 yrs exp as barista", "I have three years of experience as a barista"),
        ("8 yrs in ED, 3 as charge", "I have eight years of experience in ED"),
    ],
)
def test_symbols_progress_and_roles_in_a_qualification(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause


@pytest.mark.parametrize(
    ("typed", "written"),
    [("Trellis Payments pvt ltd", "Trellis Payments Pvt Ltd"),
     ("Summit Peak inc.", "Summit Peak Inc."),
     ("Altamira Therapeutics plc", "Altamira Therapeutics plc"), ("Acme Inc", "Acme Inc")],
)  # fmt: skip
def test_a_legal_form_typed_in_lower_case_after_a_name_is_written_as_one(typed, written) -> None:
    assert phrasing.company_name(typed, LEXICON) == written


def test_the_first_sentence_never_repeats_the_greetings_name() -> None:
    interview, profile = _panel_round()
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 19),
        DATA.language, each=True,
    )  # fmt: skip
    for note in notes:
        first_sentence = re.split(r"(?<=[.!?])\s+", note.paragraphs[0])[0]
        assert note.to_first not in first_sentence, first_sentence


def test_the_coordinator_never_hears_a_topic_that_names_nothing() -> None:
    """ "dana's team = 6 SREs ..." is 'your team' to Dana, but 'the team' says nothing to the
    coordinator: their note names a real topic instead, or (session 39: an email to a
    coordinator who names whom the candidate met says no topic of the day) none."""
    interview, profile = _panel_round()
    interview.people[1] = Person(name="Dana Kowalski", email="dk2@x.example",
                                 role=PersonRole.INTERVIEWER)  # fmt: skip
    interview.topics = ["dana's team = 6 SREs for 40 svc teams", "pager fatigue"]
    coordinator = interview.people[0]
    (note,) = compose.compose(
        interview, profile, None, "email", [coordinator], date(2026, 11, 19), DATA.language
    )
    body = " ".join(note.paragraphs)
    assert "about the team" not in body and "the team = " not in body, body


def test_what_someone_cares_about_takes_no_article() -> None:
    interview, _profile = _panel_round()
    interview.topics = ["deirdre big on community consultation"]
    (spec,) = compose.specifics_of(interview, DATA.language)
    assert (spec.kind, spec.text, spec.owner) == (
        "priority", "community consultation", "Deirdre Kavanagh"
    )  # fmt: skip


def test_a_problem_is_never_praised_in_any_note_of_a_panel() -> None:
    """Only problems to talk about, for every interviewer and the coordinator: no sentence
    that names one calls it enjoyable, exciting or a highlight."""
    interview, profile = _panel_round()
    interview.topics = ["pager fatigue", "sample QC failures ~15% of runs", "deviation backlog"]
    people = [*interview.interviewers, interview.people[0]]
    for kind in ("email", "card"):
        notes = compose.compose(
            interview, profile, None, kind, people, date(2026, 11, 19), DATA.language, each=True
        )
        for note in notes:
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(note.paragraphs)):
                if re.search(r"fatigue|failures|backlog", sentence):
                    assert not re.search(
                        r"enjoy|highlight|exciting|interesting|loved|pleasure", sentence, re.I
                    ), sentence

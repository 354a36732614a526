"""core.phrasing: jotted notes become phrases that read right in a sentence, or say why not;
topics get a kind; qualifications read in their grammatical form; meaning, not spelling,
decides what is related; names and companies are written with care."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lex() -> phrasing.Lexicon:
    return drafting.load_data(load_settings(env={}), "US").language.lexicon


NAMES = ["Kronos", "Dr. Karen Holt", "Holt", "Karen", "Grace Liu", "Grace", "Liu"]


@pytest.mark.parametrize(
    ("jotted", "to_them", "about"),
    [
        # shorthand and symbols
        ("site launch nxt qtr", "the site launch next quarter", None),
        ("their erp upgrade - sap -> oracle", "your ERP upgrade from SAP to Oracle", "the ERP"),
        ("their erp upgrade - sap to oracle", "your ERP upgrade from SAP to Oracle", None),
        ("staff scheduling w/ kronos", "staff scheduling with Kronos", None),
        ("12wks onboarding program", "the 12-week onboarding program", None),
        ("resi reno projects 2027", "residential renovation projects for 2027", None),
        ("month-end close - 10 days -> 5", "the month-end close from 10 days to 5", None),
        (
            "postgres scaling issues, read replicas",
            "Postgres scaling issues and read replicas",
            None,
        ),
        ("english/spanish families", "the English and Spanish families", None),
        ("their monolith -> services migration", "your migration from monolith to services", None),
        (
            "ward budget = staffing + overtime",
            "how the ward budget comes down to staffing and overtime",
            None,
        ),
        # point of view: theirs is 'your' to them, 'the' to somebody else
        ("their on-call rotation", "your on-call rotation", "the on-call rotation"),
        # the candidate's own exercise stays 'my'
        ("presented my case study", "my case study", "my case study"),
        # capitals: acronyms, products, names the record writes
        ("pt safety huddles w/ night team", "patient safety huddles with night team", None),
        (
            "grace's story - started as support eng",
            "Grace's story and how Grace started as a support engineer",
            None,
        ),
        (
            "Migrating the billing pipeline to Kafka",
            "migrating the billing pipeline to Kafka",
            None,
        ),
        ("design system", "the design system", None),
        ("data pipelines", "data pipelines", None),
    ],
)
def test_jotted_topics_become_phrases(lex, jotted, to_them, about) -> None:
    p = phrasing.phrase_topic(jotted, lex, NAMES, context="nurse hospital ward")
    assert p.to_them == to_them
    if about:
        assert p.about.startswith(about)
    assert not phrasing.leaked(p.to_them, lex), p.to_them


@pytest.mark.parametrize(
    ("jotted", "why"),
    [
        ("ward budget = staffing + overtime", "'='"),
        ("ran yr 10 mock exams - revision plan", "say who did what"),
        ("pt caseload", "could mean"),
        ("pay range?", "question"),
        ("trng plan for new hires", "looks like shorthand"),
    ],
)
def test_what_it_cannot_be_sure_of_is_said(lex, jotted, why) -> None:
    p = phrasing.phrase_topic(jotted, lex, NAMES)
    assert not p.sure and any(why in d for d in p.doubts), p.doubts
    assert "=" not in p.to_them and "?" not in p.to_them


def test_plain_topics_are_sure(lex) -> None:
    for topic in ("the on-call rotation", "data platform reliability goals", "Kafka migration"):
        assert phrasing.phrase_topic(topic, lex).sure


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("my take-home: rate limiter design", "exercise"),
        ("my case study on working capital", "exercise"),
        ("her story - started as cna on this unit", "story"),
        ("e-discovery backlog on the class action", "challenge"),
        ("shrink problem at the eaton centre store", "challenge"),
        ("new wms go live feb", "plan"),
        ("hiring plan nxt yr - team doubling", "plan"),
        ("on-call rotation + incident reviews", "process"),
        ("code review culture", "process"),
        ("ran yr 10 mock exams", "process"),  # what they did: how they work
        ("challenge: weekend cover", "challenge"),  # corrected by the user
        ("problem: weekend cover", "challenge"),
        ("item: the new scanner", "item"),
    ],
)
def test_topic_kinds_are_inferred_and_correctable(lex, topic, kind) -> None:
    p = phrasing.phrase_topic(topic, lex)
    assert p.kind == kind
    assert ":" not in p.to_them, p.to_them


@pytest.mark.parametrize(
    ("line", "form", "clause"),
    [
        (
            "Three years coordinating volunteer programs",
            "years",
            "I have spent three years coordinating volunteer programs",
        ),
        ("registered PE in two states", "credential", "I am a registered PE in two states"),
        ("CPR and First Aid certified", "credential", "I am CPR and First Aid certified"),
        ("Certified in ACLS and BLS", "credential", "I am certified in ACLS and BLS"),
        ("RN", "credential", "I am an RN"),
        ("PMP", "credential", "I hold the PMP"),
        ("Class A CDL", "credential", "I hold a Class A CDL"),
        ("PGCE secondary maths", "credential", "I hold a PGCE in secondary maths"),
        ("Led a team of 5 engineers", "achievement", "I have led a team of five engineers"),
        ("5 yrs retail mgmt", "years", "I have five years of retail management experience"),
        ("6 years ICU", "years", "I have six years of ICU experience"),
        ("Bilingual English/Spanish", "adjective", "I am bilingual in English and Spanish"),
        ("Fluent in Spanish", "adjective", "I am fluent in Spanish"),
        ("Experienced technical writer", "person", "I am an experienced technical writer"),
        ("Native French speaker", "person", "I am a native French speaker"),
        (
            "Building documentation sites with Sphinx",
            "gerund",
            "I have experience building documentation sites with Sphinx",
        ),
        (
            "Strong background in marketing analytics",
            "noun",
            "I bring a strong background in marketing analytics",
        ),
        ("Master of Public Health", "degree", "I hold a Master of Public Health"),
        ("BSc Nursing", "degree", "I hold a BSc in Nursing"),
        (
            "On-call lead for a payments API",
            "person",
            "I have served as the on-call lead for a payments API",
        ),
        ("I speak four languages", "sentence", "I speak four languages"),
    ],
)
def test_a_qualification_reads_in_its_own_form(lex, line, form, clause) -> None:
    q = phrasing.qualification(line, lex)
    assert (q.form, q.clause) == (form, clause)
    assert not q.clause.startswith(("I bring Three", "I bring CPR", "I have registered"))


def test_related_by_meaning_not_by_spelling(lex) -> None:
    assert phrasing.relatedness("PT caseload", "3 yrs as physical therapy aide", lex) >= 2
    assert phrasing.relatedness("weekend staffing", "Trained and scheduled a team of 12", lex) >= 2
    # no false relevance: scheduling is not payroll; a broad field alone is not enough
    assert phrasing.relatedness("staff scheduling", "Led a payroll migration", lex) < 2
    assert phrasing.relatedness("the new sepsis protocol", "Precepted new graduate nurses", lex) < 2


@pytest.mark.parametrize(
    ("typed", "written", "greeting"),
    [
        ("bob", "Bob", "Bob"),
        ("anna van der berg", "Anna van der Berg", "Anna"),
        ("sean o'brien", "Sean O'Brien", "Sean"),
        ("mary mcdonald", "Mary McDonald", "Mary"),
        ("JOSE DE LA CRUZ", "Jose de la Cruz", "Jose"),
        ("Dr. Karen Holt", "Dr. Karen Holt", "Dr. Holt"),
        ("dr karen holt", "Dr Karen Holt", "Dr. Holt"),
        ("Dr. Karen Holt (Medical Director, ICU)", None, "Dr. Holt"),
        ("Mr D. Okoye (Head of Maths)", None, "Mr. Okoye"),
        ("Dr. Willem de Vries", "Dr. Willem de Vries", "Dr. de Vries"),
    ],
)
def test_names_are_capitalised_with_care(typed, written, greeting) -> None:
    if written is not None:
        assert phrasing.person_name(typed) == written
    assert phrasing.salutation(typed) == greeting
    assert phrasing.salutation("Dr. Karen Holt", title_stop=False) == "Dr Holt"


@pytest.mark.parametrize(
    ("company", "phrase"),
    [
        ("Port of Tacoma", "the Port of Tacoma"),
        ("City of Austin", "the City of Austin"),  # as "work for the City of Austin"
        ("Gates Foundation", "the Gates Foundation"),
        ("The Home Depot", "the Home Depot"),
        ("Bank of America", "Bank of America"),
        ("Cascade Outdoor Co.", "Cascade Outdoor"),  # said without its legal form
        ("Smith & Co.", "Smith & Co."),
        ("St. Mary's Hospital", "St. Mary's Hospital"),
    ],
)
def test_companies_take_the_article_english_needs(lex, company, phrase) -> None:
    assert phrasing.company_phrase(company, lex) == phrase


def test_roles_read_in_a_sentence(lex) -> None:
    assert phrasing.role_phrase("asst store mgr", lex) == "assistant store manager"
    assert phrasing.role_phrase("ICU RN - nights", lex) == "ICU RN"
    assert phrasing.role_phrase("shift lead, outbound", lex) == "shift lead"


def test_leaked_finds_note_writing(lex) -> None:
    assert phrasing.leaked("the launch nxt qtr w/ the team -> done = ok", lex)
    assert not phrasing.leaked("I enjoyed our talk about the launch next quarter.", lex)

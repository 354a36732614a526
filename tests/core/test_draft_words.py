"""The words a draft is made of, one mechanical point at a time: greetings never a title or a
credential alone, company names typed in lower case written as names, jotted topics said only
when they read right (else their head, else nothing), qualifications in a form that fits a
sentence, and when the interview was, from the real gap in days."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.people import split_person
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


# --- greetings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "us", "gb"),
    [
        ("Dr. Karen Holt, DNP (Nurse Manager) <kholt@x.example>", "Dr. Holt", "Dr Holt"),
        ("Frau Schneider", "Ms. Schneider", "Ms Schneider"),
        ("Frau Dr. Anke Richter", "Dr. Richter", "Dr Richter"),
        ("Herr Jonas Weber", "Mr. Weber", "Mr Weber"),
        ("CA Neha Kulkarni (HR)", "Neha", "Neha"),
        ("CA Sunil Ramesh", "Sunil", "Sunil"),
        ("Hon. (ret.) Paul Hartley", "Paul", "Paul"),
        ("Mr. Patel (Principal)", "Mr. Patel", "Mr Patel"),
        ("ms. lefebvre (VP)", "Ms. Lefebvre", "Ms Lefebvre"),
        ("prof. james whitfield", "Prof. Whitfield", "Prof Whitfield"),
        ("Dr. S. Bhatt", "Dr. Bhatt", "Dr Bhatt"),
        ("Paul Nguyen, RPh", "Paul", "Paul"),
        ("Denise Moss, Esq.", "Denise", "Denise"),
        ("chef tom hughes", "Chef Hughes", "Chef Hughes"),
        ("Ms. Tan Wei Ling", "Ms. Tan", "Ms Tan"),
        ("anna van der berg", "Anna", "Anna"),
        ("sean o'brien", "Sean", "Sean"),
    ],
)
def test_a_greeting_names_the_person_never_a_title_alone(typed, us, gb) -> None:
    assert phrasing.salutation(typed, title_stop=True) == us
    assert phrasing.salutation(typed, title_stop=False) == gb
    words = {w.strip(".").lower() for w in us.split()}
    assert words - set(phrasing.TITLES) - phrasing.PREFIXES, us  # a name is in it


def test_a_department_jotted_before_a_name_is_its_title() -> None:
    person = split_person("hr - diane moss <dmoss@x.example>", "US")
    assert (person.name, person.title) == ("diane moss", "hr")
    person = split_person("Tom Becker - Staff Eng <tbecker@x.example>", "US")
    assert (person.name, person.title) == ("Tom Becker", "Staff Eng")


# --- company names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "locale", "name"),
    [
        ("st columba medical ctr", "en-US", "St. Columba Medical Center"),
        ("st columba medical ctr", "en-GB", "St Columba Medical Centre"),
        ("kiezbank gmbh", "en-GB", "Kiezbank GmbH"),
        ("ramesh & iyer associates llp", "en-GB", "Ramesh & Iyer Associates LLP"),
        ("northgate logistics ltd.", "en-GB", "Northgate Logistics Ltd."),
        ("summit peak builders inc.", "en-US", "Summit Peak Builders Inc."),
        ("harbour & co", "en-GB", "Harbour & Co"),
        ("the merrion quay hotel", "en-GB", "The Merrion Quay Hotel"),
        ("bank of the west", "en-US", "Bank of the West"),
        ("McKinsey & Company", "en-US", "McKinsey & Company"),  # typed with capitals: kept
        ("eBay", "en-US", "eBay"),
    ],
)
def test_a_company_typed_in_lower_case_is_written_as_a_name(typed, locale, name) -> None:
    assert phrasing.company_name(typed, LEXICON, locale) == name


def test_a_company_ending_in_a_stop_is_never_doubled() -> None:
    from followup.core.writer import tidy_sentence

    company = phrasing.company_phrase("summit peak builders inc.", LEXICON)
    assert tidy_sentence(f"I'd be glad to join {company}.").endswith("Summit Peak Builders.")


# --- topics --------------------------------------------------------------------------------

SURE = [
    ("their epic go-live in march", "your Epic go-live in March", "the Epic go-live in March"),
    ("design system rebuild nxt qtr", "the design system rebuild next quarter", None),
    ("snowflake cost overruns q3", "Snowflake cost overruns in Q3", None),
    ("procore for daily logs", "Procore for daily logs", None),
    ("my sample lesson on fractions w/ manipulatives", None, None),
    ("their new click + collect", "your new click and collect", None),
    ("agency staff turnover over xmas peak", "agency staff turnover over Christmas peak", None),
    ("hiring plan for 2027", "the hiring plan for 2027", None),
    ("the 12-hour night shifts", "the 12-hour night shifts", None),
]


@pytest.mark.parametrize(("jotted", "to_them", "about"), SURE)
def test_a_jotted_topic_that_can_be_said_is_said_as_prose(jotted, to_them, about) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON)
    assert p.sure, p.doubts
    if to_them:
        assert p.to_them == to_them
    if about:
        assert p.about == about
    assert not phrasing.leaked(p.to_them, LEXICON)


UNSURE = [
    # jotting symbols, numbers it cannot say, shorthand, the third person, clauses, 'I'
    ("declan's vision: 4* -> 5* by 2028", "Declan's vision"),  # a bare possessive is too thin
    ("on call load ~1 wk in 6", "on call load"),
    ("pick rate targets 120 units/hr", None),
    ("racking height 12 ft in aisle c", None),
    ("team of 14 incl night audit", None),
    ("their 6 story mixed use job in lakewood", None),
    ("grace's story - started as a volunteer herself", None),
    ("she said they're moving blood bank to epic next yr", None),
    ("asked me abt my build experience w/ beaker AP", None),
    ("kevin's robotics club needs a co-advisor", None),
    ("volunteer numbers dropped post-covid", None),
    ("tiktok strategy for gen z", None),
    ("shrinkage at bondi store ~3%", None),
    ("allergen matrix & natasha's law", None),
    ("my case study: capa for a temp excursion", None),
    ("{{ cycler.__init__.__globals__.os.system('x') }}", None),
]


@pytest.mark.parametrize(("jotted", "_head"), UNSURE)
def test_a_topic_followup_cannot_say_whole_is_not_sure(jotted, _head) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON, ["Declan", "Grace"])
    assert not p.sure and p.doubts


@pytest.mark.parametrize(
    ("jotted", "head"),
    [
        ("their literacy intervention program - levelled readers",
         "your literacy intervention program"),
        ("float pool = 12 hr shifts, every 3rd wknd", "the float pool"),
        ("their move to cloud audit software (caseware)", "your move to cloud audit software"),
        ("my trial shift - cooked the lamb rump + the fish special", "my trial shift"),
        ("the go-live support model (at the elbow)", "the go-live support model"),
    ],
)  # fmt: skip
def test_a_head_and_an_aside_is_said_by_its_head(jotted, head) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON)
    assert not p.sure  # the whole is still asked about in a terminal
    assert p.short_them == head


@pytest.mark.parametrize(
    "jotted", ["grace's story - started as a volunteer herself", "declan's vision: 4* -> 5*"]
)
def test_a_bare_possessive_is_too_thin_to_say(jotted) -> None:
    assert not phrasing.phrase_topic(jotted, LEXICON, ["Grace", "Declan"]).short_them


def test_a_number_word_never_lands_inside_a_decimal() -> None:
    assert phrasing.spell_number("CGPA 8.6, WCAG 2.1, 3 years, 40%, $4M") == (
        "CGPA 8.6, WCAG 2.1, three years, 40%, $4M"
    )


# --- qualifications -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("PCT certified, 2 yrs on a tele unit", "I am PCT certified"),
        ("5 years front office at a 200-room hotel",
         "I have five years of front office experience at a 200-room hotel"),
        ("3 years coordinating 80+ volunteers",
         "I have spent three years coordinating more than 80 volunteers"),
        ("Cut warehouse spend 35% at prior co",
         "I have cut warehouse spend by 35% at my previous company"),
        ("MSc Pharmaceutical Sciences", "I hold an MSc in Pharmaceutical Sciences"),
        ("Cert IV in Retail Management", "I hold a Certificate IV in Retail Management"),
        ("Led WCAG 2.1 AA audit for a banking app",
         "I have led a WCAG 2.1 AA audit for a banking app"),
        ("Trained 10 new associates on POS", "I have trained 10 new associates on POS"),
        ("OSHA 30", "I hold OSHA 30 certification"),
        ("Improved team CSAT from 82% to 91%", "I have improved team CSAT from 82% to 91%"),
    ],
)  # fmt: skip
def test_a_qualification_reads_as_a_clause(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause


@pytest.mark.parametrize(
    "line", ["CA Inter cleared both groups", "Tally + advanced Excel", "MA initial license (8-12)"]
)
def test_a_qualification_with_no_form_is_not_sure(line) -> None:
    assert not phrasing.qualification(line, LEXICON).sure


# --- when it was ---------------------------------------------------------------------------

US = compose.English()
GB = compose.English(locale="en-GB", day_format="{weekday} {d} {month}")


@pytest.mark.parametrize(
    ("days", "us", "gb", "weekday"),
    [
        (0, "today", "today", None),
        (1, "yesterday", "yesterday", None),
        (2, "on Tuesday", "on Tuesday", "Tuesday"),  # Thursday, the same week
        (4, "on Tuesday", "on Tuesday", "Tuesday"),  # Saturday
        # Monday: a bare 'Tuesday' would be tomorrow's
        (6, "last Tuesday", "last Tuesday", None),
        # a Tuesday a week on: 'last Tuesday' could be either
        (7, "on November 10", "on 10 November", None),
        (8, "on November 10", "on 10 November", None),
        (13, "on November 10", "on 10 November", None),
    ],
)
def test_when_it_was_comes_from_the_real_gap(days, us, gb, weekday) -> None:
    interviewed = date(2026, 11, 10)  # a Tuesday
    on = date.fromordinal(interviewed.toordinal() + days)
    assert compose.when_words(interviewed, on, US) == (us, weekday)
    assert compose.when_words(interviewed, on, GB)[0] == gb


@pytest.mark.parametrize(
    "jotted", ["salary range", "benefits + pto", "their 401k match", "why I left my last job"]
)
def test_pay_perks_and_reasons_for_leaving_never_reach_a_note(jotted) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON)
    assert not p.sure and not p.short_them
    assert "a thank-you note does not bring this up" in p.doubts


def test_place_names_are_capitalised_and_a_city_is_not_shorthand() -> None:
    assert phrasing.phrase_topic("expansion into texas", LEXICON).to_them == (
        "the expansion into Texas"
    )
    assert not phrasing.phrase_topic("new warehouse in reno", LEXICON).sure  # Reno or a reno


@pytest.mark.parametrize(
    ("word", "named"),
    [("HR", False), ("Recruiting", False), ("CA", False), ("Dr.", False), ("Talent Team", False),
     ("Karen", True), ("Dr. Holt", True), ("Li", True), ("Jean-François", True)],
)  # fmt: skip
def test_a_department_or_title_is_greeted_as_the_hiring_team(word, named) -> None:
    assert compose.is_a_name(word) is named


def test_a_title_before_a_lone_first_name_is_not_said() -> None:
    from followup.core.models import Person, PersonRole

    karen = Person(name="Dr. Karen", email="karen.holt@x.example", role=PersonRole.INTERVIEWER)
    assert compose.greeting_name(karen) == "Karen"
    patel = Person(name="Dr. Patel", email="rpatel@x.example", role=PersonRole.INTERVIEWER)
    assert compose.greeting_name(patel) == "Dr. Patel"


@pytest.mark.parametrize(
    ("typed", "role"),
    [("asst super", "assistant superintendent"), ("sr. accountant", "senior accountant"),
     ("jr dev", "junior developer"), ("pt receptionist", "part-time receptionist"),
     ("PCT - med/surg 4W", "PCT"), ("gr 5 teacher (LTO)", "Grade 5 teacher"),
     ("front office mgr", "front office manager"), ("Senior Backend Engineer",
                                                    "Senior Backend Engineer")],
)  # fmt: skip
def test_a_jotted_job_title_reads_as_one(typed, role) -> None:
    assert phrasing.role_phrase(typed, LEXICON) == role


@pytest.mark.parametrize(
    ("line", "clause"),
    [("B.Com, CGPA 8.6", "I hold a B.Com"), ("B.Tech CSE, 8.2 CGPA", "I hold a B.Tech in CSE"),
     ("MBA, Wharton", "I hold an MBA from Wharton"), ("BSN, RN", "I hold a BSN")],
)  # fmt: skip
def test_a_degree_with_a_grade_or_a_school_after_a_comma_reads_as_the_degree(line, clause):
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause

"""People as users type them (issue 10, session 22): post-nominal letters after a name are
never its surname ('Dr. Amara Osei, PharmD, BCPS' is greeted 'Dr. Osei', never 'Dr. Bcps'),
and a line's label or a jotted note is never a person ('signed: Recruitment Team', 'cc:
hiring panel', 'read the qs out'), while names that are also words stay names."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.errors import InvalidInput
from followup.core.models import Format, Person, PersonRole, Profile
from followup.core.person_names import is_post_nominal
from followup.core.records import parse_person
from followup.services import drafting, planning
from helpers_drafts import email_round

SETTINGS = load_settings(env={})


def _typed(text: str) -> Person:
    return parse_person(text, PersonRole.INTERVIEWER, "--interviewer")


# --- post-nominal letters -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "greeted", "letters"),
    [
        ("Dr. Folake Adeyemi, PharmD, BCPS", "Dr. Folake Adeyemi", "Dr. Adeyemi", "PharmD, BCPS"),
        ("Dr Folake Adeyemi PharmD BCPS", "Dr Folake Adeyemi", "Dr. Adeyemi", "PharmD BCPS"),
        ("Ingrid Holm RN, BSN", "Ingrid Holm", "Ingrid", "RN, BSN"),
        ("Mateo Ibarra, CPA, CMA", "Mateo Ibarra", "Mateo", "CPA, CMA"),
        ("Anjali Rao MBA", "Anjali Rao", "Anjali", "MBA"),
        ("Mr. K. Boateng P.Eng.", "Mr. K. Boateng", "Mr. Boateng", "P.Eng."),
        ("Dr. Soo-ah Baek, DNP, APRN-BC", "Dr. Soo-ah Baek", "Dr. Baek", "DNP, APRN-BC"),
        ("Ms Ciara Dunne, MSN, APRN, FNP-C", "Ms Ciara Dunne", "Ms. Dunne", "MSN, APRN, FNP-C"),
        ("Dr. Hamid Rostami FRCP", "Dr. Hamid Rostami", "Dr. Rostami", "FRCP"),
        ("Dr Tariq Qureshi MBBS, MRCGP", "Dr Tariq Qureshi", "Dr. Qureshi", "MBBS, MRCGP"),
        ("Mrs Ngaio Parata, OBE", "Mrs Ngaio Parata", "Mrs. Parata", "OBE"),
        ("Ms Thandi Mokoena CA(SA)", "Ms Thandi Mokoena", "Ms. Mokoena", "CA"),
        ("Mr Bjorn Aas, SHRM-SCP", "Mr Bjorn Aas", "Mr. Aas", "SHRM-SCP"),
        ("Mr Olek Nowak CISSP", "Mr Olek Nowak", "Mr. Nowak", "CISSP"),
        ("Ms Marisol Vega Esq.", "Ms Marisol Vega", "Ms. Vega", "Esq."),
        ("Dr. Yusuf Demir MD, MPH, Head of Cardiology", "Dr. Yusuf Demir", "Dr. Demir", None),
        ("Ms Leah Brandt MSc, CIPD", "Ms Leah Brandt", "Ms. Brandt", "MSc, CIPD"),
        ("Wanjiru Kamau, PE, PMP", "Wanjiru Kamau", "Wanjiru", "PE, PMP"),
        ("Ms Aiko Mori, CPHQ", "Ms Aiko Mori", "Ms. Mori", "CPHQ"),  # not listed: shape
        # a board's certificate no list holds, after a known one, with no comma
        ("Dr. Ilse Vos PharmD BCOPX - oncology pharmacy", "Dr. Ilse Vos", "Dr. Vos", "PharmD"),
        ("Hamza Idris RN CCRNX, ICU charge nurse", "Hamza Idris", "Hamza", "RN"),
    ],
)
def test_post_nominal_letters_are_kept_off_the_name(typed, name, greeted, letters) -> None:
    person = _typed(typed)
    assert person.name == name
    assert compose.greeting_name(person) == greeted
    assert compose.is_a_person(person, greeted)
    if letters:
        assert person.title and person.title.startswith(letters.split()[0].rstrip(","))


@pytest.mark.parametrize(
    ("recorded", "greeted"),
    [
        # a record's name written with its letters (an import, a pasted signature)
        ("Dr. Folake Adeyemi PharmD BCPS", "Dr. Adeyemi"),
        ("dr folake adeyemi pharmd bcps", "Dr. Adeyemi"),
        ("Dr. Soo-ah Baek APRN-BC", "Dr. Baek"),
        ("Dr. Soo-ah Baek DNP APRN-BC", "Dr. Baek"),
        ("Dr Greta Lind FRCPath", "Dr. Lind"),
        ("Mr Olek Nowak CISSP", "Mr. Nowak"),
        ("Prof. Emeka Nwosu FRS", "Prof. Nwosu"),
        ("Mr. K. Boateng P.Eng.", "Mr. Boateng"),
        ("Ms Rangi Walker BA (Hons)", "Ms. Walker"),
    ],
)
def test_a_recorded_name_with_letters_greets_by_the_surname(recorded, greeted) -> None:
    assert phrasing.salutation(recorded) == greeted
    assert phrasing.name_parts(recorded).last == greeted.split()[-1]


@pytest.mark.parametrize(
    ("recorded", "last"),
    [
        ("Mr Jack Ma", "Ma"),  # letters that are also a surname, typed as a name
        ("Ms Linh Do", "Do"),
        ("Mr Tomas Ed", "Ed"),
        ("Ms Ana SMITH-JONES", "Smith-Jones"),  # a surname in capitals, never letters
        ("Dr. Rose Will", "Will"),
        ("Mr Amir KARIMI PharmD", "Karimi"),  # a surname in capitals before the letters
    ],
)
def test_surnames_that_look_like_letters_stay_surnames(recorded, last) -> None:
    assert phrasing.name_parts(recorded).last.lower() == last.lower()


@pytest.mark.parametrize(
    ("word", "after_comma", "letters"),
    [
        ("PharmD", False, True),
        ("bcps", False, True),
        ("P.Eng.", False, True),
        ("FNP-C", False, True),
        ("CCNA2", False, True),
        ("MA", False, True),
        ("Ma", False, False),
        ("Do", False, False),
        ("DO", True, True),
        ("CPHQ", True, True),
        ("CPHQ", False, False),
        ("GARCIA-LOPEZ", False, False),
        ("Okafor", True, False),
    ],
)
def test_what_counts_as_post_nominal_letters(word, after_comma, letters) -> None:
    assert is_post_nominal(word, after_comma) is letters


# --- labels and jotted notes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Attn: Mirela Popescu", "Mirela Popescu"),
        ("cc: Oluwaseun Bello <seun@kestrel.example>", "Oluwaseun Bello"),
        ("CC: Oluwaseun Bello", "Oluwaseun Bello"),
        ("via Kalani Akana", "Kalani Akana"),
        ("per Dagny Berg", "Dagny Berg"),
        ("Fwd: Re: Hyun-woo Cho", "Hyun-woo Cho"),
        ("From: Talia Ben-David (Recruiter)", "Talia Ben-David"),
        ("signed: Recruitment Team", "Recruitment Team"),
    ],
)
def test_a_label_before_a_person_is_no_part_of_the_name(typed, name) -> None:
    assert _typed(typed).name == name


@pytest.mark.parametrize(
    "typed",
    [
        "signed: Recruitment Team",
        "From: HR",
        "cc: hiring panel",
        "Signed: Talent Acquisition",
        "careers@harbourline.example - signed 'Talent Team', no name given",
        'people@orchard.example, signed "People Team"',
    ],
)
def test_a_label_before_a_team_names_no_one(typed) -> None:
    """Also a label inside the line, after the address ("… - signed 'Talent Team'")."""
    person = _typed(typed)
    greeted = compose.greeting_name(person)
    assert not compose.is_a_person(person, greeted), (person, greeted)
    assert greeted.lower().rstrip(":") not in ("signed", "from", "cc")


@pytest.mark.parametrize(
    "typed",
    [
        "note: bring portfolio",
        "Notes - Ravi took notes",
        "NB: ask re parking",
        "read the qs out",
        "bring my portfolio",
        "check the zoom link again",
        "signed",
        "cc:",
    ],
)
def test_a_note_or_a_label_alone_is_no_person(typed) -> None:
    with pytest.raises(InvalidInput):
        _typed(typed)


@pytest.mark.parametrize(
    "recorded", ["signed", "Signed", "cc", "From:", "Note", "read the qs out", "attn"]
)
def test_a_recorded_label_or_note_is_greeted_by_no_name(recorded) -> None:
    person = Person(recorded)
    assert not compose.is_a_person(person, compose.greeting_name(person))


@pytest.mark.parametrize(
    ("typed", "greeted"),
    [
        ("Rose Abernathy", "Rose"),
        ("Will Okonjo <will@kestrel.example>", "Will"),
        ("Grace Mbeki", "Grace"),
        ("Hope Castellanos", "Hope"),
        ("Bill Nakamura", "Bill"),
        ("Dr. Alex Read", "Dr. Read"),
        ("Mr Sean Read", "Mr. Read"),
        ("Per Lindqvist", "Per"),
        ("Per", "Per"),
        ("Mr. Anh To", "Mr. To"),
        ("drew okonkwo", "Drew"),
        ("mark fenwick", "Mark"),
    ],
)
def test_names_that_are_also_words_stay_names(typed, greeted) -> None:
    person = _typed(typed)
    said = compose.greeting_name(person)
    assert said == greeted
    assert compose.is_a_person(person, said)


# --- in a drafted note ----------------------------------------------------------------------


def _drafts(people: list[str]) -> dict[str, str]:
    roles = [PersonRole.COORDINATOR] + [PersonRole.INTERVIEWER] * (len(people) - 1)
    interview = email_round(
        "Kestrel Health",
        "Clinical Pharmacist",
        [parse_person(t, r, "--interviewer") for t, r in zip(people, roles, strict=True)],
        interviewed=date(2026, 11, 16),
        format=Format.IN_PERSON,
        tz="America/Chicago",
        country="US",
        topics=["the anticoagulation clinic's new protocol"],
    )
    profile = Profile("Noor Haidari", "noor@example.com", None, ["6 yrs hospital pharmacy"])
    day = date(2026, 11, 18)
    plan = planning.Planner(SETTINGS, day)(interview)
    out: dict[str, str] = {}
    for each in (False, True):
        try:
            batch = drafting.compose_drafts(
                SETTINGS, interview, profile, plan, kind="email", each=each, today=day
            )
        except InvalidInput:
            continue
        for w in batch.written:
            out.setdefault(w.draft.to_name or "", w.draft.body)
    return out


def test_drafts_greet_and_thank_by_the_surname_never_the_letters() -> None:
    bodies = _drafts(
        [
            "Marguerite Oyelaran <marguerite@kestrel.example>",
            "Dr. Folake Adeyemi, PharmD, BCPS <folake@kestrel.example>",
            "Dr. Soo-ah Baek DNP, APRN-BC <soo-ah@kestrel.example>",
        ]
    )
    text = "\n".join(bodies.values())
    assert "Dear Dr. Adeyemi," in text or "Dr. Adeyemi" in text, text
    for letters in ("Bcps", "BCPS", "APRN", "Aprn", "PharmD", "DNP"):
        assert f"Dr. {letters}" not in text, text
        assert f"Dear {letters}" not in text, text


def test_drafts_name_no_label_as_a_person() -> None:
    bodies = _drafts(
        [
            "Marguerite Oyelaran <marguerite@kestrel.example>",
            "cc: Kalani Akana <kalani@kestrel.example>",
            "signed: Pharmacy Recruitment Team <pharmjobs@kestrel.example>",
        ]
    )
    text = "\n".join(bodies.values())
    for label in ("Signed", "signed", "Cc", "CC"):
        assert f"Dear {label}" not in text, text
        assert f"thank {label}" not in text, text
    assert "Kalani" in text, text

"""Names and roles of the record against the note (issue 8, session 12), each kind in new
wording:

- the Subject line names a job: a title other than the role on record is a wrong role (its
  initials, a stage or an interviewer are not);
- an everyday word one letter or two from a recorded person's name ("Park" beside Mark) is a
  misspelt name only where the text says it is a person (a possessive, a verb of speech, a word
  that introduces a person), never in a place or an address line;
- a public programme, product or place close to a word of the company's name ("Medicare"
  beside Cottonwood Medical Billing) is itself, no misspelling of the company."""

from __future__ import annotations

from functools import cache

import pytest

from followup.core.check import Facts, check, compile_rules

BODY = """Dear Ms. Lowry,

Thank you for speaking with me on Tuesday about the {role} position and the plans for {topic}.

{middle}

I remain very interested in the role and would be excited to join {company}. \
I would be glad to discuss next steps.

Best regards,
Robin Hale
"""


@cache
def _rules():
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


def _names(text: str, facts: Facts) -> list[str]:
    from followup.services.checking import learned_model

    result = check(text, "email", facts, _rules(), model=learned_model())
    return [f.excerpt for f in result.issues if f.code == "name_mismatch"]


def _note(subject: str, facts: Facts, middle: str = "") -> str:
    middle = middle or "I have five years of experience in the work and led a team of six."
    topic = facts.topics[0] if facts.topics else "the new year"
    body = BODY.format(role=facts.role, company=facts.company, topic=topic, middle=middle)
    return (f"Subject: {subject}\n\n" if subject else "") + body


ROLE = Facts("Pinewood Council", "Housing Officer", ("Ada Lowry",), ("the repairs backlog",))
NURSE = Facts("Elmbank Trust", "Tissue Viability Nurse", ("Ada Lowry",), ("the wound clinic",))


@pytest.mark.parametrize(
    ("subject", "facts", "wrong"),
    [
        ("Thank you - Lettings Manager interview", ROLE, "Lettings Manager"),
        ("Re: Director of Housing interview", ROLE, "Director of Housing"),
        ("Following up on my Planning Officer application", ROLE, "Planning Officer"),
        ("Thanks again: Theatre Nurse interview on Monday", NURSE, "Theatre Nurse"),
    ],
)
def test_another_role_in_the_subject_line_is_a_wrong_role(subject, facts, wrong) -> None:
    assert wrong in _names(_note(subject, facts), facts)


@pytest.mark.parametrize(
    ("subject", "facts"),
    [
        ("Thank you - Housing Officer interview", ROLE),
        ("Thank you - TVN interview", NURSE),
        ("Thank you - Tissue Viability Nurse interview", NURSE),
        ("Thank you for the Hiring Manager interview", ROLE),
        ("Panel Interview - thank you", ROLE),
        ("Second Interview follow-up", ROLE),
    ],
)
def test_the_right_role_its_initials_or_a_stage_in_the_subject_is_no_wrong_role(
    subject, facts
) -> None:
    assert _names(_note(subject, facts), facts) == []


@pytest.mark.parametrize(
    ("person", "middle"),
    [
        ("Grace Lowe", "For three years I ran our Race for Life team, raising money for research."),
        (
            "Mark Dunne",
            "For five years I managed a clinic in the IT Park, Block C, and led six staff.",
        ),
        (
            "Kate Dunne",
            "For five years I managed the check-in desk at Gate 12 and led a team of six.",
        ),
        (
            "Dale Dunne",
            "For five years I ran the winter Sale at a department store and led six staff.",
        ),
        ("Brian Dunne", "For five years I read The Brain journal and led a team of six."),
    ],
)
def test_an_everyday_word_near_a_person_is_that_word(person, middle) -> None:
    facts = Facts("Lakeshore Clinic", "Practice Manager", ("Ada Lowry", person), ("the rota",))
    assert _names(_note("", facts, middle), facts) == []


BRIAN = Facts("Lakeshore Clinic", "Practice Manager", ("Ada Lowry", "Brian Dunne"), ("the rota",))


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        (
            "I have five years of experience in the work, and Brain's tour of the rota was useful.",
            "Brain",
        ),
        (
            "I have five years of experience in the work, and I was glad to meet Brain as well.",
            "Brain",
        ),
        (
            "I have five years of experience in the work. Brain explained the new rota clearly.",
            "Brain",
        ),
    ],
)
def test_an_everyday_word_said_of_a_person_is_still_a_misspelt_name(middle, wrong) -> None:
    assert wrong in _names(_note("", BRIAN, middle), BRIAN)


@pytest.mark.parametrize(
    ("facts", "middle"),
    [
        (
            Facts(
                "Cottonridge Medical Supplies", "Account Manager", ("Ada Lowry",), ("the tender",)
            ),
            "I have five years of experience selling to clinics, mostly on Medicaid contracts.",
        ),
        (
            Facts(
                "Snapper Point Foods", "Outreach Coordinator", ("Ada Lowry",), ("the food drive",)
            ),
            "I have five years of experience helping families sign up for SNAP and WIC.",
        ),
        (
            Facts("Sagewood Accounting", "Bookkeeper", ("Ada Lowry",), ("the year-end close",)),
            "I have five years of experience keeping books in Sage and Xero for small firms.",
        ),
    ],
)
def test_a_programme_or_product_near_the_company_is_no_misspelt_company(facts, middle) -> None:
    assert _names(_note("", facts, middle), facts) == []


def test_a_misspelt_company_is_still_found() -> None:
    facts = Facts(
        "Cottonridge Medical Supplies", "Account Manager", ("Ada Lowry",), ("the tender",)
    )
    middle = "I have five years of experience, and the Cottonrige team impressed me."
    assert "Cottonrige" in _names(_note("", facts, middle), facts)


SHOP = Facts(
    "Blue Heron Bookshop",
    "Bookseller",
    ("Margaret Ellery",),
    ("the staff picks shelf",),
    own_employers=("Lantern Street Books",),
)
CARD = """Dear Margaret,

Thank you for chatting with me on Saturday about the Bookseller position. \\
I loved hearing about the staff picks shelf. {middle} I remain very interested in the role.

Warmly,
Abby Sutton
"""


def _card_names(middle: str) -> list[str]:
    from followup.services.checking import learned_model

    result = check(CARD.format(middle=middle), "card", SHOP, _rules(), model=learned_model())
    return [f.excerpt for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        ("I'd be glad to help run Kettle & Quill Books' poetry night.", "Kettle & Quill Books"),
        ("I admired the window displays at Maple Row Boutique.", "Maple Row Boutique"),
        ("I would love to bring that energy to Juniper Lane Florist.", "Juniper Lane Florist"),
    ],
)
def test_a_shop_named_by_its_trade_is_an_organisation(middle, wrong) -> None:
    assert any(wrong in found or found in wrong for found in _card_names(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "At Lantern Street Books I ran the Saturday story hour for two years.",
        "I'd be glad to help with Blue Heron's poetry night.",
        "I still have the Penguin paperback you recommended.",
    ],
)
def test_the_record_own_employers_and_books_themselves_are_no_wrong_names(middle) -> None:
    assert _card_names(middle) == []

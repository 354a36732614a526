"""Precision by kind (issue 8, session 10): what a careful recruiter would not send back does not
block. Letter furniture, regional greetings and warm idioms are no `unprofessional` issue (the
informal ones are `tone` advice); a capitals word of a heading or a shouted sentence is no
template slot, nor is template syntax quoted as an example; a product or a word of the
candidate's profile is no misspelt person; initials of a company with a dotted legal form are
its short form. Each kind in several wordings, and the faults next to them still found."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY
FACTS = Facts("Harwick Stores", "Stores Supervisor", ("Nina Bell",), ("the stock count",))


def codes(rules, model, text: str, facts: Facts = FACTS, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def advice(rules, model, text: str, facts: Facts = FACTS) -> set[str]:
    return {f.code for f in checked(rules, model, text, facts).advice}


@pytest.mark.parametrize(
    "line",
    [
        "Re: Application for the Stores Supervisor post",
        "Re: Interview of 14 June – Stores Supervisor",
        "Re: 2026 Stores Supervisor vacancy (ref. HS/114)",
    ],
)
def test_a_reference_line_of_a_letter_is_not_shorthand(rules, model, line) -> None:
    text = (
        f"Dear Ms Bell,\n\n{line}\n\nThank you for the interview on Monday and for explaining"
        " the stock count." + BODY
    )
    assert "unprofessional" not in codes(rules, model, text, kind="letter")


@pytest.mark.parametrize(
    "sentence",
    [
        "I sent you the info re: the stock count last night.",
        "Re: the stock count, I can start it on Monday.",
        "I have a question re: your rota for the stock count.",
    ],
)
def test_re_for_about_inside_the_text_is_still_shorthand(rules, model, sentence) -> None:
    text = f"Dear Ms Bell,\n\nThank you for the interview on Monday. {sentence}" + BODY
    assert "unprofessional" in codes(rules, model, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks a bunch for the tour of the stock count on Monday.",
        "The stock count walk-through was a blast, and I learned a lot.",
        "No worries at all about the late start on Monday; the stock count was worth the wait.",
        "Yay, I finally saw a stock count done properly on Monday.",
    ],
)
def test_warm_informal_wording_is_tone_advice_not_an_issue(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for your time on Monday. {sentence}" + BODY
    assert "unprofessional" not in codes(rules, model, text)
    assert "tone" in advice(rules, model, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You guys rock, and the stock count was great.",
        "Hit me up if you need anything for the stock count.",
        "I am hella excited about the stock count project.",
    ],
)
def test_slang_still_blocks(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for your time on Monday. {sentence}" + BODY
    assert "unprofessional" in codes(rules, model, text)


@pytest.mark.parametrize("greeting", ["G'day Nina,", "Howdy Nina,", "Hiya Nina,"])
def test_a_regional_greeting_is_advice(rules, model, greeting) -> None:
    text = f"{greeting}\n\nThank you for your time on Monday and for the stock count tour." + BODY
    assert "unprofessional" not in codes(rules, model, text)
    assert "tone" in advice(rules, model, text)


@pytest.mark.parametrize("greeting", ["Hey Nina,", "Yo Nina,", "Sup Nina,"])
def test_a_chatty_greeting_still_blocks(rules, model, greeting) -> None:
    text = f"{greeting}\n\nThank you for your time on Monday and for the stock count tour." + BODY
    assert "unprofessional" in codes(rules, model, text)


@pytest.mark.parametrize(
    ("sentence", "blocking"),
    [
        ("I lit the ovens at five every morning in my last job.", False),
        ("Lighting plans matter: we lit the shop floor with LEDs last year.", False),
        ("Honestly the stock count tour was lit.", True),
    ],
)
def test_lit_is_slang_only_as_a_verdict(rules, model, sentence, blocking) -> None:
    text = f"Dear Nina,\n\nThank you for your time on Monday. {sentence}" + BODY
    assert ("unprofessional" in codes(rules, model, text)) is blocking


@pytest.mark.parametrize(
    "heading",
    [
        "RE: APPLICATION FOR THE ROLE OF STORES SUPERVISOR",
        "INTERVIEW FOLLOW-UP – STORES SUPERVISOR POSITION",
        "STORES SUPERVISOR (JOB REF. 114) – THANK YOU",
    ],
)
def test_a_capitals_heading_holds_no_template_slot(rules, model, heading) -> None:
    text = (
        f"Dear Ms Bell,\n\n{heading}\n\nThank you for the interview on Monday and for"
        " explaining the stock count." + BODY
    )
    assert "placeholder" not in codes(rules, model, text, kind="letter")


def test_a_shouted_sentence_is_shouting_not_a_slot(rules, model) -> None:
    text = (
        "Dear Nina,\n\nThank you for the interview and the stock count. I WANT THIS POSITION MORE"
        " THAN ANYONE ELSE YOU WILL MEET." + BODY
    )
    found = codes(rules, model, text)
    assert "placeholder" not in found
    assert "unprofessional" in found


@pytest.mark.parametrize(
    "slot",
    [
        "I would be proud to join the team at COMPANY.",
        "I would be proud to take on the ROLE at Harwick Stores.",
        "Please pass my thanks to HIRING_MANAGER for the stock count tour.",
    ],
)
def test_a_capitals_slot_in_a_normal_line_is_a_placeholder(rules, model, slot) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {slot}" + BODY
    assert "placeholder" in codes(rules, model, text)


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("I built the renderer where a template like 'Hi {{ first_name }}' is checked.", False),
        ('Our emails used variables such as "{customer}" in every subject line.', False),
        ("Thank you again, {{first_name}}, for the stock count tour.", True),
    ],
)
def test_template_syntax_quoted_as_an_example_is_no_slot(rules, model, sentence, slot) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert ("placeholder" in codes(rules, model, text)) is slot


@pytest.mark.parametrize(
    ("person", "sentence", "quals"),
    [
        ("Ethan Park", "I have run Spark jobs on the stock data for years.", ()),
        ("Dana Hive", "Most of our reports still live in Hive at my current job.", ()),
        ("Marta Lynn", "I keep our supplier notes in Flynn, the tool we built.", ("Flynn",)),
    ],
)
def test_a_product_or_a_profile_word_is_no_misspelt_person(
    rules, model, person, sentence, quals
) -> None:
    facts = Facts(
        "Harwick Stores", "Stores Supervisor", (person,), ("the stock count",), qualifications=quals
    )
    opening = f"Dear {person.split()[0]},\n\nThank you for the interview and the stock count."
    assert "name_mismatch" not in codes(rules, model, f"{opening} {sentence}" + BODY, facts)


def test_a_misspelt_person_is_still_found(rules, model) -> None:
    facts = Facts("Harwick Stores", "Stores Supervisor", ("Ethan Park",), ("the stock count",))
    text = "Dear Ethan,\n\nThank you for the interview. Please thank Mr. Prak for the tour."
    assert "name_mismatch" in codes(rules, model, text + BODY, facts)


@pytest.mark.parametrize(
    ("company", "initials"),
    [
        ("Zeeland Tidal Energy B.V.", "ZTE"),
        ("Pacific Rim Logistics S.A.", "PRL"),
        ("Nordlys Havbruk Fisk A.S.", "NHF"),
    ],
)
def test_initials_of_a_company_with_a_dotted_legal_form(rules, model, company, initials) -> None:
    facts = Facts(company, "Planner", ("Nina Bell",), ("the stock count",))
    text = (
        "Dear Nina,\n\nThank you for the interview and the stock count. I would be excited to"
        f" join {initials} this spring." + BODY
    )
    assert "name_mismatch" not in codes(rules, model, text, facts)

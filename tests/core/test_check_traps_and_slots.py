"""Ready notes' traps for `unprofessional` (acronyms and product names in capitals, a package
written as a sum plus super, a year count before 'after my degree'), generic lines that are no
specific (learned or ruled), and template slots of new shapes (an instruction in parentheses, a
name's slot written as a word, a $slot, a dummy company, a **slot**)."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

FACTS = Facts(
    "Tamarind Water Utility",
    "Asset Planner",
    ("Grace Liang",),
    ("pipe renewal model", "meter replacement programme"),
)
HEAD = "Subject: Thank you\n\nDear Grace,\n\nThank you for the interview on Thursday. "
TAIL = (
    "\n\nI have six years of asset planning at a council and I build renewal plans in Excel and"
    " GIS.\n\nI am very interested in the role and excited to join the team. Please let me know"
    " about the next steps.\n\nKind regards,\nIvan Petrov\n"
)


def run(rules, model, line: str):
    text = HEAD + line + TAIL
    result = check(text, "email", FACTS, rules, model=model)
    for f in result.issues:
        assert text[f.start : f.end] == f.excerpt
    return result


@pytest.mark.parametrize(
    "line",
    [
        "The pipe renewal model you showed me was impressive; I am HAZWOPER and NEBOSH trained.",
        "Your pipe renewal model reminded me of my XLOOKUP and SUMIFS workbooks, now in Power BI.",
        "I enjoyed the pipe renewal model discussion; the 110k + super package suits me.",
        "I have 7 years of planning experience after my BEng, all on the pipe renewal model.",
    ],
)
def test_acronyms_sums_and_plain_english_are_professional(rules, model, line) -> None:
    result = run(rules, model, line)
    assert "unprofessional" not in {f.code for f in result.issues}, result.issues


@pytest.mark.parametrize(
    "line",
    [
        "I SO appreciated the pipe renewal model and I am VERY keen.",
        "THANK YOU AGAIN for explaining the pipe renewal model.",
    ],
)
def test_everyday_words_in_capitals_still_shout(rules, model, line) -> None:
    assert "unprofessional" in {f.code for f in run(rules, model, line).issues}


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed hearing about the biggest challenges your department is facing this year.",
        "It was really useful to learn how the team operates and what the role involves.",
        "Learning about the department's goals and priorities for the coming year was helpful.",
    ],
)
def test_a_generic_line_is_no_specific(rules, model, line) -> None:
    assert run(rules, model, line).elements["specifics"] is False


def test_a_detail_beside_a_generic_line_is_a_specific(rules, model) -> None:
    line = (
        "Learning about the department's goals was helpful, and I liked how the meter"
        " replacement programme is sequenced street by street."
    )
    assert run(rules, model, line).elements["specifics"] is True


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("I enjoyed our talk about (mention a project here).", "(mention a project here)"),
        ("Please pass my thanks to Mr. Surname as well.", "Surname"),
        ("Please pass my thanks to Firstname as well.", "Firstname"),
        ("I enjoyed our talk about $project_name.", "$project_name"),
        ("I would love to grow with ABC Corporation.", "ABC Corporation"),
        ("I enjoyed our talk about **insert project name**.", "**insert project name**"),
    ],
)
def test_template_slots_of_every_shape(rules, model, line, slot) -> None:
    result = run(rules, model, line)
    assert [f.excerpt for f in result.issues if f.code == "placeholder"] == [slot]
    assert "name_mismatch" not in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "line",
    [
        "The pipe renewal model covers $40k of mains a month; my surname is often misspelt.",
        "I saw the ABC News piece about the meter replacement programme.",
        "I attached the (optional) portfolio with the pipe renewal model work.",
    ],
)
def test_money_surnames_and_asides_are_no_slots(rules, model, line) -> None:
    assert "placeholder" not in {f.code for f in run(rules, model, line).issues}

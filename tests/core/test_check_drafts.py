"""Slips that mark a draft as unfinished, as a recruiter reading it would see them: jotted
topics pasted in unrewritten (the reader named in the third person, shorthand, symbols),
garbled numbers and periods, names and acronyms in lower case, a title or a credential where
the name should be, a doubled full stop, the same sentence twice. Each is a blocking
`unprofessional` finding with a fix as its suggestion; the right forms raise nothing."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    company="Northwind Health",
    role="Clinical Informatics Analyst",
    people=("Marcus Lee", "Priya Raman"),
    topics=("Epic go-live", "nurse scheduling"),
    own_employers=("Infosys",),
)
GREETING = "Dear Marcus,\n\n"
BODY = (
    "Thank you for your time on Tuesday and for the conversation about the Epic go-live. "
    "I have four years of experience supporting clinical systems at Infosys. "
    "{slip} "
    "I remain very interested in the role and would be glad to join the team at Northwind "
    "Health. I would welcome the chance to discuss next steps.\n\nBest regards,\nAnita Desai\n"
)


def run(rules, model, text: str, facts: Facts = FACTS):
    result = checked(rules, model, text, facts)
    for f in [*result.issues, *result.advice]:
        assert f.message and f.suggestion, f
    return result


def slips(result) -> list[str]:
    return [f.excerpt for f in result.issues if f.code == "unprofessional"]


@pytest.mark.parametrize(
    ("slip", "excerpt", "fix"),
    [
        (
            "Thank you for walking me through their rollout plan.",
            "walking me through their",
            "your",
        ),
        ("Thanks again for their time and their patience.", "Thanks again for their time", "your"),
        ("I enjoyed hearing about Marcus's story from the night shift.", "Marcus's", "your"),
        ("I also liked what Marcus explained about the wards.", "Marcus", "you"),
        ("I keep thinking about priya's story from the ward.", "priya", "Priya"),
        ("I would be proud to work at northwind health.", "northwind health", "Northwind Health"),
        ("The rota work is planned for nxt qtr.", "qtr", "quarter"),
        ("I finished my resi in paediatrics last year.", "resi", "residency"),
        ("I graduated with a CGPA 8.six in informatics.", "8.six", "8.6"),
        ("The go-live is planned for quarter three.", "quarter three", "Q3"),
        ("Our q3 numbers improved after the rota change.", "q3", "Q3"),
        ("I built the reports in tableau and sql.", "tableau", "Tableau"),
        ("I tracked the kpis for each ward.", "kpis", "KPIs"),
        ("I have used epic and the sap modules daily.", "sap", "SAP"),
        ("We moved the schedules from paper -> the new tool.", " -> ", "words"),
        ("I reduced overtime approx 20 percent.", "approx", "approximately"),
        ("It was a pleasure to meet you..", "..", "one full stop"),
    ],
)
def test_each_slip_is_a_blocking_finding_with_its_fix(rules, model, slip, excerpt, fix) -> None:
    result = run(rules, model, GREETING + BODY.format(slip=slip))
    found = [f for f in result.issues if f.code == "unprofessional" and f.excerpt == excerpt]
    assert found, slips(result)
    assert fix in found[0].suggestion
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear CA,\n\n",
        "Dear Frau,\n\n",
        "Hello Dr.,\n\n",
        "Dear PMP,\n\n",
        "Dear Mr.,\n\n",
        "Dear Dr.-Ing.,\n\n",
        "Dear Prof. Dr.,\n\n",
    ],
)
def test_a_title_or_credential_as_the_name(rules, model, greeting) -> None:
    result = run(rules, model, greeting + BODY.format(slip="I enjoyed the ward tour."))
    [finding] = [f for f in result.issues if f.code in ("unprofessional", "name_mismatch")]
    assert finding.code == "unprofessional"
    assert finding.excerpt == greeting.split(None, 1)[1].strip().rstrip(",")
    assert "name" in finding.suggestion


def test_the_same_sentence_twice(rules, model) -> None:
    twice = "I enjoyed the ward tour and the rota demo. I enjoyed the ward tour and the rota demo."
    result = run(rules, model, GREETING + BODY.format(slip=twice))
    [finding] = [f for f in result.issues if f.code == "unprofessional"]
    assert finding.excerpt == "I enjoyed the ward tour and the rota demo."
    assert finding.start > (GREETING + BODY).index("{slip}")  # the second one is reported
    assert "Delete" in finding.suggestion


@pytest.mark.parametrize(
    "fine",
    [
        "Thank you for walking me through your rollout plan.",
        "I enjoyed hearing how the nurses plan their shifts around the go-live.",
        "Priya's story from the night shift stayed with me.",  # another person, not the reader
        "I reached the summit of our overtime problem last winter.",  # an ordinary word
        "We met in the first quarter of the year.",
        "The score went from 8.5 to 9.1 after the change.",
        "I built the reports in Tableau and SQL and tracked the KPIs for each ward.",
        "Thank you, and please thank Priya for her time as well.",
    ],
)
def test_the_right_forms_raise_nothing(rules, model, fine) -> None:
    result = run(rules, model, GREETING + BODY.format(slip=fine))
    assert not slips(result), slips(result)


def test_a_note_to_two_people_may_name_each(rules, model) -> None:
    text = "Dear Marcus and Priya,\n\n" + BODY.format(
        slip="Marcus's story about the ward stayed with me."
    )
    assert not slips(run(rules, model, text))

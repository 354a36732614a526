"""Slips of a bad draft a checker can see in any note (issue 10: no note graded 2 or lower may
be called `ready`): a clause with no subject after a comma, a jotted noun phrase that ends on
what it says of the noun ("the night cover thin"), "hold" with an object that is nobody's
credential, a title with the given name of a name written family name first, a credential or
initials read as a surname, and "hearing about" what the candidate did. Each is a blocking
`unprofessional` finding with its fix; the right forms raise nothing. Every case is new
wording, none from a graded set."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    company="Harrowgate Veterinary Group",
    role="Clinical Lead Vet",
    people=("Saoirse Kavanagh", "Yamamoto Haruki", "Chen Jia Hui", "Tomasz Wrobel"),
    topics=("out-of-hours rota", "the new dental suite"),
)
GREETING = "Dear Saoirse,\n\n"
BODY = (
    "Thank you for your time on Tuesday and for the conversation about the out-of-hours rota. "
    "I have six years of small-animal practice behind me and led the move to a new PMS. "
    "{slip} "
    "I remain very interested in the role and would be glad to join the team at Harrowgate. "
    "I would welcome the chance to discuss next steps.\n\nBest regards,\nNiamh Doyle\n"
)


def run(rules, model, text: str, facts: Facts = FACTS):
    result = checked(rules, model, text, facts)
    for f in [*result.issues, *result.advice]:
        assert f.message and f.suggestion, f
    return result


def slips(result) -> list[str]:
    return [f.excerpt for f in result.issues if f.code == "unprofessional"]


@pytest.mark.parametrize(
    ("slip", "excerpt"),
    [
        # a clause with no subject after a comma: a CV line cut into a sentence
        (
            "Since I have run the night clinic for two years, knows triage and fluid rates well.",
            "knows",
        ),
        ("As I passed the RCVS modules last spring, has the certificate in hand.", "has"),
        ("Because I trained under Dr Patel, understands the dental workflow.", "understands"),
        # a jotted noun phrase ending on what it says of the noun
        ("I keep thinking about the night cover thin.", "cover thin"),
        ("Hearing about the dental suite behind stayed with me.", "suite behind"),
        ("Our talk about the practice manager wants was useful.", "manager wants"),
        ("I enjoyed our discussion on the locum budget tight.", "budget tight"),
        ("I enjoyed learning about the weekend rota short during the visit.", "rota short"),
        # "hold" with an object that is no credential
        ("I hold two practice inspections and a clinical audit.", "inspections"),
        ("I hold an RCVS audit and three surgery rollouts.", "rollouts"),
        ("I hold forty spay cases each month.", "cases"),
        # "hearing about" what the candidate did or was given
        ("I enjoyed hearing how you handed me the dental radiographs.", "handed me"),
        ("It was good to hear about the case plan from my practical task.", "from my"),
        ("It was lovely to learn about the triage memo I presented.", "I presented"),
        ("It was great hearing about my case presentation.", "my case presentation"),
    ],
)
def test_each_slip_blocks(rules, model, slip, excerpt) -> None:
    result = run(rules, model, GREETING + BODY.format(slip=slip))
    found = [f for f in result.issues if f.code == "unprofessional" and excerpt in f.excerpt]
    assert found, slips(result)
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    ("greeting", "fix"),
    [
        ("Dear Mr Haruki,\n\n", "Mr Yamamoto"),  # Yamamoto Haruki: the family name first
        ("Dear Ms. Jia Hui,\n\n", "Ms. Chen"),  # Chen Jia Hui
        ("Dear Dr Jia,\n\n", "Dr Chen"),
    ],
)
def test_a_title_with_the_given_name_of_a_family_first_name(rules, model, greeting, fix) -> None:
    result = run(rules, model, greeting + BODY.format(slip="I enjoyed the tour of the wards."))
    found = [f for f in result.issues if f.code == "unprofessional"]
    assert found and fix in found[0].suggestion, slips(result)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Mr Yamamoto,\n\n",
        "Dear Ms. Chen,\n\n",
        "Dear Haruki,\n\n",
        "Dear Jia Hui,\n\n",
        "Dear Mr Wrobel,\n\n",
    ],
)
def test_the_family_name_or_the_given_name_alone_is_fine(rules, model, greeting) -> None:
    result = run(rules, model, greeting + BODY.format(slip="I enjoyed the tour of the wards."))
    assert not slips(result), slips(result)


def test_a_western_name_starting_with_an_east_asian_surname_is_fine(rules, model) -> None:
    facts = Facts(company="Harrowgate Veterinary Group", people=("Lee Ashworth",))
    text = "Dear Mr Ashworth,\n\n" + BODY.format(slip="I enjoyed the tour of the wards.")
    assert not slips(run(rules, model, text, facts))


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Dear Ms CEng,\n\n", "CEng"),
        ("Dear Mr Pr.Eng,\n\n", "Pr.Eng"),
        ("Dear Dr FRCVS,\n\n", "FRCVS"),
        ("Dear Ms AV,\n\n", "AV"),
        ("Dear Kj,\n\n", "Kj"),
    ],
)
def test_a_credential_or_initials_read_as_a_name(rules, model, text, excerpt) -> None:
    result = run(rules, model, text + BODY.format(slip="I enjoyed the tour of the wards."))
    found = [f for f in result.issues if f.code == "unprofessional" and f.excerpt == excerpt]
    assert found, slips(result)


def test_initials_in_a_list_of_names(rules, model) -> None:
    slip = "Please thank Tomasz and Rb for their time as well."
    result = run(rules, model, GREETING + BODY.format(slip=slip))
    assert "Rb" in slips(result)


@pytest.mark.parametrize(
    "fine",
    [
        "Since I joined my current practice, sales of dental plans have doubled.",
        "As I mentioned, I have run the night clinic for two years.",
        "When I qualified, locum work was easy to find.",
        "I keep thinking about the night cover and how thin it gets in August.",
        "Our talk about what the practice manager wants from the rota was useful.",
        "I learned a lot about the support the night team needs.",
        "I hold the RCVS certificate in small-animal surgery and a full driving licence.",
        "I hold two postgraduate certificates and a master's degree.",
        "I hold weekly case reviews with the nurses.",
        "I hold the practice record for the fastest TPLR recovery.",
        "I enjoyed hearing how you would support me in the first year.",
        "It was good to hear your thoughts on my case presentation.",
        "I enjoyed hearing about the dental suite from Tomasz.",
        "I appreciated hearing how the nurses plan the rota around the dental list.",
        "Mr Md Rahman and Ms Ng joined us for the tour.",
        "Ms. dela Cruz and Mr delos Santos joined us for the tour.",
        "The scanner runs at 3 T and the clip is 12 MB.",
        "I would like to keep the list short.",
        "I learned about the ward running short during the winter surge.",
        "I appreciated your account of the surgical team's needs, and I think I can help.",
        "I hold a BVSc and have five years of mixed practice.",
        "I hold a BVSc with honours and three years of equine work.",
    ],
)
def test_the_right_forms_raise_nothing(rules, model, fine) -> None:
    result = run(rules, model, GREETING + BODY.format(slip=fine))
    assert not slips(result), slips(result)

"""A line both readings refuse: the person at its head, the rest left as a remark
(people._salvaged). Lines written in the shapes of the held-out sets' refused lines (an
Outlook name with a sentence after the job, a half address in a remark, a guessed address put
right), with invented people."""

import pytest

from followup.core.errors import InvalidInput
from followup.core.people import split_person


@pytest.mark.parametrize(
    ("line", "country", "name", "title", "email"),
    [
        (
            "Okafor, Chidi <c.okafor@ridgeway.example> - Plant Manager. that's how the invite "
            "had it. wants mail to his own box, NOT plant@ (the shift reads that)",
            "NG",
            "Chidi Okafor",
            "Plant Manager",
            "c.okafor@ridgeway.example",
        ),
        (
            "Ms. Reyes - Head of Finance, Makati office. ran out of cards, email maybe jreyes@ "
            "but not sure -> via HR",
            "PH",
            "Ms. Reyes",
            "Head of Finance",
            None,
        ),
        (
            "Tomás Ferreira - ops lead. i guessed tomas.f@ but his signature says "
            "t.ferreira@douro-logistica.example (no accent in it)",
            "PT",
            "Tomás Ferreira",
            "ops lead",
            "t.ferreira@douro-logistica.example",
        ),
        (
            "Dr. Hemi Walker - Clinical Director, Tauranga (joined late, from the car?) - "
            "said hr@. is fine for thanks",
            "NZ",
            "Dr. Hemi Walker",
            "Clinical Director",
            None,
        ),
    ],
)
def test_the_person_at_the_head_of_a_refused_line(line, country, name, title, email):
    typed = split_person(line, country)
    assert (typed.name, typed.title, typed.email) == (name, title, email)


@pytest.mark.parametrize(
    "line",
    [
        # two numbers: which is theirs is the user's to say
        "Ann Doyle - recruiter, +1 617 555 0199 or maybe +1 617 555 0100 she said (not sure)",
        # no name at the head, only who they were
        "a guy from procurement - sat at the back, never said his name, grey lanyard",
        # a field typed wrong, no remark cut off
        "Dana (Recruiter",
        "Maria Gonzalez, maria@",
    ],
)
def test_what_has_no_person_at_its_head_is_still_refused(line):
    with pytest.raises(InvalidInput):
        split_person(line, "US")


def test_two_given_names_in_the_order_the_address_shows():
    typed = split_person(
        "Soriano, Mark Anthony (MSDG-CEB) - teams window, from Cebu. BIM lead - echo on the "
        "line. same domain -> mark.soriano@lahug-design.example",
        "PH",
    )
    assert (typed.name, typed.email) == (
        "Mark Anthony Soriano",
        "mark.soriano@lahug-design.example",
    )

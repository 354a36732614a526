"""Kinds of fault the checker showed on notes it had not seen (session 20, issue 8: the last
held-out set v18 and the probes of tests/check_dev15), each in new wording: the employer's own
boast turned against it; a credential slotted in after "my" with several words before it; a
job title's short form ("Service Mgr", "Enterprise AE") taken for a company; a company's
near miss in the Subject line; enthusiasm and interest in plain or text-speak words."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts("Northgate Veterinary Clinic", "Service Manager", ("Anil Patel",), ("dental suite",))


def codes(rules, model, text: str, facts: Facts = FACTS, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def note(sentence: str, subject: str = "") -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return (
        f"{head}Dear Anil,\n\nThank you for your time on Monday and for showing me the new dental"
        f" suite. {sentence}\n\nI have six years of experience running a busy service desk, and I"
        " am very interested in the role and excited to join the team. Please let me know if I"
        " can provide anything else.\n\nBest regards,\nAlex Grant\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I had assumed a company that tracks every container by the hour could keep track of its"
        " candidates too.",
        "You'd think a firm that sells scheduling software could schedule an interview without"
        " moving it three times.",
        "I would have thought an organisation so focused on patients would think about its"
        " applicants as well.",
        "For a company that prides itself on communication, it was odd that nobody had read my CV.",
    ],
)
def test_the_employers_boast_turned_against_it_is_negativity(rules, model, sentence) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would expect a company that grows this fast to need strong processes, and I have"
        " built them.",
        "I had hoped a clinic that values training would offer mentoring, and I was delighted to"
        " hear about yours.",
        "For a practice that prides itself on safety, the tour showed exactly why.",
    ],
)
def test_an_expectation_or_a_boast_said_plainly_is_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


def test_a_credential_slotted_after_my_with_several_words_is_unprofessional(rules, model) -> None:
    text = note(
        "I can offer my strong Paediatric First Aid certified and five years in early years."
    )
    found = checked(rules, model, text, FACTS).issues
    assert any(f.code == "unprofessional" and "certified" in f.excerpt for f in found)


def test_what_is_said_of_my_team_is_fine(rules, model) -> None:
    text = note("My whole team of six nurses was certified and ready by June.")
    assert "unprofessional" not in codes(rules, model, text)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Service Mgr interview - thanks", "Service Manager"),
        ("Thank you - Enterprise AE interview", "Enterprise Account Executive"),
        ("Admin Asst interview", "Administrative Assistant"),
        ("Field Service Tech - thank you", "Field Service Technician"),
    ],
)
def test_a_short_form_of_the_role_is_no_wrong_name(rules, model, subject, role) -> None:
    facts = Facts("Northgate Veterinary Clinic", role, ("Anil Patel",), ("dental suite",))
    assert "name_mismatch" not in codes(rules, model, note("It was a good day.", subject), facts)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("I can say more about my experience for the assistant superintendent role.", "asst super"),
        ("I can say more about my experience for the Marketing Manager role.", "Mktg Mgr"),
        ("I would enjoy the Senior Technician position.", "Sr. Tech"),
        ("I am keen on the Purchasing Coordinator role.", "purch coord"),
    ],
)
def test_the_role_written_out_for_a_jotted_record_is_no_wrong_name(
    rules, model, sentence, role
) -> None:
    """The record keeps the role as the user jotted it ("asst super"); a note that writes it
    out in full (as the drafts do) names the same role."""
    facts = Facts("Northgate Veterinary Clinic", role, ("Anil Patel",), ("dental suite",))
    assert "name_mismatch" not in codes(rules, model, note(sentence), facts)


def test_another_role_written_out_for_a_jotted_record_is_still_wrong(rules, model) -> None:
    facts = Facts("Northgate Veterinary Clinic", "Mktg Mgr", ("Anil Patel",), ("dental suite",))
    text = note("I can say more about my experience for the Product Manager role.")
    assert "name_mismatch" in codes(rules, model, text, facts)


def test_a_short_form_of_another_role_or_a_company_ending_in_one_is_still_wrong(
    rules, model
) -> None:
    assert "name_mismatch" in codes(rules, model, note("It was a good day.", "Sales Mgr interview"))
    text = note("I would be a great fit for Harbor Tech.")
    assert "name_mismatch" in codes(rules, model, text)


def test_a_near_miss_of_the_company_in_the_subject_line_is_a_wrong_name(rules, model) -> None:
    text = note("It was a good day.", "Thank you - Service Manager, Southgate Veterinary Clinic")
    found = checked(rules, model, text, FACTS).issues
    assert [f.excerpt for f in found if f.code == "name_mismatch"] == ["Southgate"]


def test_the_kind_of_place_one_has_wanted_to_work_in_is_enthusiasm(rules, model) -> None:
    text = (
        "Dear Anil,\n\nThank you for the interview and the tour of the dental suite. I have six"
        " years running a service desk. I very much want to be considered further for the post,"
        " and it is the kind of clinic I have wanted to work in for a long time. If a second"
        " visit would help, I would be glad to arrange one.\n\nKind regards,\nGrace\n"
    )
    assert checked(rules, model, text, FACTS).elements["enthusiasm"]


def test_interest_in_text_speak_is_interest(rules, model) -> None:
    text = "thx 4 the chat 2day and the dental suite tour!! would luv 2 be part of the crew\n\nKay"
    assert checked(rules, model, text, FACTS, "card").elements["interest"]


# -- kinds of fault from tests/check_dev16 (a set by a writer who had not read the checker)


def test_another_applications_company_sharing_the_first_word_is_wrong_anywhere(
    rules, model
) -> None:
    facts = Facts(
        "Harbourside Grand Hotel",
        "Sous Chef",
        ("Anil Patel",),
        ("banqueting",),
        other_names=(("Harbourside Inn", "round 1"),),
    )
    text = note(
        "The Harbourside Grand kitchen impressed me.", "Sous Chef interview, Harbourside Inn"
    )
    found = checked(rules, model, text, facts).issues
    assert [f.excerpt for f in found if f.code == "name_mismatch"] == ["Harbourside Inn"]


def test_a_place_to_eat_or_stay_sharing_the_companys_word_is_another_one(rules, model) -> None:
    facts = Facts("Northgate Veterinary Clinic", "Service Manager", ("Anil Patel",), ())
    text = note("I would love to join everyone at the Northgate Motel.")
    assert "name_mismatch" in codes(rules, model, text, facts)


def test_the_companys_initials_with_its_legal_form_end_a_sentence(rules, model) -> None:
    facts = Facts("Lacson Reyes Dizon & Co.", "Audit Associate", ("Anil Patel",), ())
    text = note("I would be honoured to grow with LRD & Co. Should you need more, please ask.")
    assert "name_mismatch" not in codes(rules, model, text, facts)
    text = note("I would be honoured to grow with Harlow & Co. Should you need more, please ask.")
    assert "name_mismatch" in codes(rules, model, text, facts)


def test_the_first_half_of_a_laws_title_is_no_organisation(rules, model) -> None:
    text = note("I know the Occupational Health and Safety Act well from my site work.")
    assert "name_mismatch" not in codes(rules, model, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lately I have begun to doubt whether I am any good at this work.",
        "Some weeks I'm not much use to anyone, to be honest.",
        "The break room there would not survive a visit from an inspector.",
        "Overtime pay there is something of a myth.",
    ],
)
def test_self_doubt_and_understatement_about_the_employer_are_negativity(
    rules, model, sentence
) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic would survive a visit from any inspector, I am sure.",
        "I wondered whether I am the right fit, and our talk settled it.",
    ],
)
def test_the_same_words_without_a_dig_are_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have booked in the 14th as my start date so we can get going.",
        "I will take it that the salary we discussed is agreed unless I hear otherwise.",
    ],
)
def test_a_start_date_set_or_silence_taken_for_yes_is_pushy(rules, model, sentence) -> None:
    assert "pushy" in codes(rules, model, note(sentence))


def test_a_trades_participle_slotted_after_bring_is_unprofessional(rules, model) -> None:
    text = note("I can also bring ECS carded on commercial sites.")
    found = checked(rules, model, text, FACTS).issues
    assert any(f.code == "unprofessional" and "carded" in f.excerpt for f in found)


# -- elements in natural words that ready notes of v2, v5, v16, v18 and dev10 missed


def _elements(rules, model, sentence: str) -> dict[str, bool]:
    text = (
        "Dear Anil,\n\nThank you for the interview and the tour of the dental suite. I have six"
        f" years running a service desk. {sentence}\n\nKind regards,\nGrace\n"
    )
    return checked(rules, model, text, FACTS).elements


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be proud to nurse for your practice.",
        "I would be glad to become part of the clinic's front-desk team.",
        "I'd be really pleased to come on board with Northgate.",
        "It is the sort of clinic where I could really thrive.",
    ],
)
def test_enthusiasm_in_the_words_of_the_work_itself(rules, model, sentence) -> None:
    assert _elements(rules, model, sentence)["enthusiasm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the tour I know that I want this Service Manager role.",
        "I am very keen on the Trainee Service Manager vacancy you described.",
    ],
)
def test_interest_said_plainly(rules, model, sentence) -> None:
    assert _elements(rules, model, sentence)["interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If there's anything else the panel would like to see, just let me know.",
        "If you'd like me to come in for a trial shift, just call.",
    ],
)
def test_an_offer_with_a_contraction_or_on_their_wish_is_next_steps(rules, model, sentence) -> None:
    assert _elements(rules, model, sentence)["next_steps"]


def test_a_capital_a_before_a_plural_is_a_label_not_a_slip(rules, model) -> None:
    assert "unprofessional" not in codes(rules, model, note("I counted our A items weekly."))
    found = codes(rules, model, note("We are moving to A mastery scheme next year."))
    assert "unprofessional" in found

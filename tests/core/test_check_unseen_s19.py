"""Kinds of fault the checker showed on notes it had not seen (session 19, issue 8), each in
new wording: a current employer said to treat its people as things; the employer's own date
said back in a calm check-in (no demand); interest, enthusiasm and next steps in natural or very
casual words."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts("Larchfield Pharmacy", "Pharmacy Technician", ("Imogen Reyes",), ("repeat slips",))


def codes(rules, model, text: str, facts: Facts = FACTS) -> set[str]:
    return {f.code for f in checked(rules, model, text, facts).issues}


def elements(rules, model, text: str, facts: Facts = FACTS) -> dict[str, bool]:
    return checked(rules, model, text, facts).elements


def note(sentence: str) -> str:
    return (
        "Dear Imogen,\n\nThank you for your time on Monday and for talking me through the repeat"
        f" slips. {sentence}\n\nBest regards,\nAlex Grant\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The managers there treat cashiers as replaceable.",
        "Where I am now, the owners treated the apprentices like cheap labour for years.",
    ],
)
def test_an_employer_treating_any_of_its_people_as_things_is_negativity(
    rules, model, sentence
) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "You made it clear the dispensary refuses to treat its trainees as cheap labour.",
        "It is clear the team doesn't treat its locums as spare parts.",
    ],
)
def test_the_same_words_denied_are_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I gather the committee planned to confirm by the 3rd, so I am writing now that the date"
        " has gone by.",
        "I know the panel was due to decide by Friday, and I hope the process is going smoothly.",
    ],
)
def test_the_employers_own_date_said_back_is_not_pushy(rules, model, sentence) -> None:
    assert "pushy" not in codes(rules, model, note(sentence))


def test_a_date_set_for_the_reader_is_still_pushy(rules, model) -> None:
    text = note("Please confirm by Monday whether the post is mine.")
    assert "pushy" in codes(rules, model, text)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Nothing would make me happier than becoming part of the dispensary team.", "enthusiasm"),
        ("Nothing would make me happier than becoming part of the dispensary team.", "interest"),
        ("Honestly, there is no pharmacy I would rather work for.", "enthusiasm"),
        ("The Senior Pharmacy Technician post is the next step I have aimed for.", "interest"),
        ("I would very much enjoy running the repeat slips with you.", "enthusiasm"),
        ("still really up for the weekend technician job btw.", "interest"),
        ("id be buzzing to start w/ u lot.", "enthusiasm"),
        ("give us a shout when u want to meet again.", "next_steps"),
    ],
)
def test_elements_in_natural_or_casual_words(rules, model, sentence, wanted) -> None:
    assert elements(rules, model, note(sentence))[wanted] is True


# -- capitalised common words that are no names (dev14's kinds, in new wording)

SHOP = Facts("Tallis Freight", "Regional Sales Manager", ("Owen Pryce",), ("the reefer lanes",))


def names_found(rules, model, sentence: str, facts: Facts = SHOP) -> list[str]:
    text = (
        "Dear Owen,\n\nThank you for your time on Tuesday and for the detail on the reefer"
        f" lanes. {sentence}\n\nBest regards,\nAlex Grant\n"
    )
    result = checked(rules, model, text, facts)
    return [f.excerpt for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how the Latin America team splits its lanes.",
        "I would enjoy working with the Gulf Coast team.",
        "I liked hearing about the Spanish-language team and its growth.",
        "I was glad to hear from the Asia-based team about the lanes.",
        "I believe I would be a strong fit for the Readership you are advertising.",
    ],
)
def test_regions_compounds_and_posts_are_no_names(rules, model, sentence) -> None:
    assert names_found(rules, model, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would be a great fit for Western Haulage Partners.", "Western Haulage Partners"),
        ("I would be proud to join North Coast Logistics.", "North Coast Logistics"),
    ],
)
def test_a_wrong_company_with_a_compass_word_is_still_wrong(rules, model, sentence, name) -> None:
    assert names_found(rules, model, sentence) == [name]


# -- note-style slips, sarcasm and a liking mistaken for work done (dev14's kinds, new wording)


def unprofessional(rules, model, sentence: str) -> list[str]:
    result = checked(rules, model, note(sentence), FACTS)
    return [f.excerpt for f in result.issues if f.code == "unprofessional"]


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        (
            "I can also offer First Aid trained and six years behind a dispensary counter.",
            "I can also offer First Aid trained",
        ),
        (
            "I think my solid NVQ qualified and two years of stock control make me ready.",
            "my solid NVQ qualified",
        ),
        ("Our error rate fell to 0.4%.. I would keep it there.", ".."),
        ("I have worked a full year with the team (Band 4).. It went well.", ".."),
    ],
)
def test_note_style_slips_are_unprofessional(rules, model, sentence, excerpt) -> None:
    assert unprofessional(rules, model, sentence) == [excerpt]


@pytest.mark.parametrize(
    "sentence",
    [
        "I bring a certified, careful pair of hands to the dispensary.",
        "My team was trained and signed off on the new robot last spring.",
        "I said I would think it over... and I have.",
    ],
)
def test_the_same_words_in_finished_writing_are_fine(rules, model, sentence) -> None:
    assert unprofessional(rules, model, sentence) == []


def test_the_employers_muddle_turned_into_a_need_for_the_writer_is_negativity(rules, model) -> None:
    sentence = (
        "After the date was moved twice, I could clearly see why the pharmacy wants someone"
        " who can keep a diary."
    )
    assert "negativity" in codes(rules, model, note(sentence))


def test_the_need_said_plainly_is_no_negativity(rules, model) -> None:
    sentence = "I can certainly see why the pharmacy wants someone who can plan stock levels."
    assert "negativity" not in codes(rules, model, note(sentence))


def test_liking_after_an_adverb_with_a_number_is_no_qualification(rules, model) -> None:
    text = (
        "Dear Imogen,\n\nThank you for Monday. I truly enjoyed the tour of your three branches"
        " and the repeat slips.\n\nI remain very interested in the role and would be excited to"
        " join Larchfield.\n\nBest regards,\nAlex Grant\n"
    )
    assert elements(rules, model, text)["qualifications"] is False


# -- kinds the older held-out sets (v13-v16) still showed, in new wording


@pytest.mark.parametrize(("greeting", "person"), [("Ed", "Edwina Cole"), ("Jo", "Jolene Park")])
def test_a_two_letter_pet_form_of_the_recorded_name_is_right(
    rules, model, greeting, person
) -> None:
    facts = Facts("Tallis Freight", "Regional Sales Manager", (person,), ("the reefer lanes",))
    text = (
        f"Dear {greeting},\n\nThank you for your time on Tuesday and for the detail on the"
        " reefer lanes.\n\nBest regards,\nAlex Grant\n"
    )
    result = checked(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == []


def test_a_two_letter_pet_form_of_another_name_is_still_wrong(rules, model) -> None:
    facts = Facts("Tallis Freight", "Regional Sales Manager", ("Mary Stone",), ("reefer lanes",))
    text = (
        "Dear Jo,\n\nThank you for your time on Tuesday and for the detail on the"
        " reefer lanes.\n\nBest regards,\nAlex Grant\n"
    )
    result = checked(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == ["Jo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Whatever I know about audits I picked up despite my manager, not because of him.",
        "Induction there was haphazard at best.",
        "Honestly the partners there no longer care what happens on the floor.",
        "Frankly, I do not want my name associated with that branch any more.",
        "I am not the most confident interviewer.",
        "I suspect the rest of the shortlist was much better prepared than I was.",
    ],
)
def test_running_down_the_employer_or_oneself_in_idioms_is_negativity(
    rules, model, sentence
) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The trust never stopped investing in its technicians.",
        "I learned quickly in spite of the snow, which made the commute long.",
        "I am not the only technician in my family.",
    ],
)
def test_the_same_idioms_in_praise_or_fact_are_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Please email me by Thursday afternoon with your final decision.",
        "I will come by the branch on Monday to sign my offer letter.",
    ],
)
def test_a_day_for_the_decision_or_the_offer_presumed_is_pushy(rules, model, sentence) -> None:
    assert "pushy" in codes(rules, model, note(sentence))


def test_the_offer_letter_if_chosen_is_not_pushy(rules, model) -> None:
    sentence = "If I am selected, I would be glad to come in to sign the offer letter."
    assert "pushy" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be a strong fit for the Weds late shift.",
        "I would be a strong fit for the Tue-Fri rota.",
        "I would be a strong fit for the Thu-Fri early pattern.",
    ],
)
def test_days_written_short_are_no_names(rules, model, sentence) -> None:
    assert names_found(rules, model, sentence) == []


def test_a_hyphenated_wrong_company_is_still_wrong(rules, model) -> None:
    sentence = "I would be a great fit for Harrow-Vance Logistics."
    assert names_found(rules, model, sentence) == ["Harrow-Vance Logistics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm still really keen.",
        "I'd love to come and work with the dispensary team.",
        "I'd be over the moon to get the technician job.",
        "It would mean so much to join a pharmacy like yours.",
        "Keen as to get stuck in.",
    ],
)
def test_joining_wished_for_in_other_words_is_interest(rules, model, sentence) -> None:
    assert elements(rules, model, note(sentence))["interest"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Being left sitting in the lobby for forty minutes was quite an introduction.",
        "The panel clearly prizes planning, judging by how rushed the morning felt.",
        "My current chain's idea of a handover is a sticky note on the till.",
    ],
)
def test_sarcasm_about_the_day_or_the_employer_is_negativity(rules, model, sentence) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I am sorry I kept you waiting for ten minutes on Monday.",
        "Judging by the repeat slips, the dispensary is busy and well run.",
        "Your idea of a shared rota for weekend cover made a lot of sense.",
    ],
)
def test_the_same_words_said_plainly_are_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("I bring GPhC Band 4 registered and a steady hand.", "I bring GPhC Band 4 registered"),
        ("I can also bring Strong stock control from my last store.", "I can also bring Strong"),
        ("I have experienced with controlled drugs registers.", "I have experienced with"),
    ],
)
def test_more_slotted_qualifications_are_unprofessional(rules, model, sentence, excerpt) -> None:
    assert unprofessional(rules, model, sentence) == [excerpt]


def test_an_experience_lived_is_fine(rules, model) -> None:
    sentence = "I have experienced in person how a calm counter helps patients."
    assert unprofessional(rules, model, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("I remain keen on the (role) here and on the dispensary team.", "(role)"),
        ("It would be a pleasure to join (Company Name) this spring.", "(Company Name)"),
    ],
)
def test_a_field_word_in_round_brackets_is_a_placeholder(rules, model, sentence, slot) -> None:
    result = checked(rules, model, note(sentence), FACTS)
    assert [f.excerpt for f in result.issues if f.code == "placeholder"] == [slot]


def test_an_aside_naming_the_field_is_no_placeholder(rules, model) -> None:
    sentence = "I also fixed the form where the field (name) was left blank by patients."
    assert "placeholder" not in codes(rules, model, note(sentence))

"""Kinds of fault the checker still got wrong on notes it had never seen (session 23, issue 8),
each in new wording, registers and countries, with the READY twins that share their words:

1. negativity without stock words: sarcasm about the employer's own pace or process (a stated
   timeline that is no real deadline, a job that may not be real), an employer run down by
   metaphor, and running oneself down while pleading - beside warm honesty about nerves, the
   employer's challenges restated with sympathy and kind humour;
2. an eager, concrete plan for the first weeks is enthusiasm, not desperation;
3. a credential-shaped profile field slotted into a sentence ungrammatically is unprofessional;
4. a title before a surname with a lower-case particle is correct address (and such a name
   not on the record is a wrong name);
5. job titles and departments addressed in a greeting are no names;
6. meeting the team and learning how the place works is no specific, nor is a note of thanks and
   interest alone."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

SHOP = Facts(
    "Marula Outfitters",
    "Assistant Store Manager",
    ("Naserian Kimani", "Joseph Mwangi"),
    ("the stock-take schedule",),
)


def issues(rules, model, text: str, facts: Facts = SHOP, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def note(sentence: str, greeting: str = "Dear Ms Kimani,") -> str:
    return (
        f"{greeting}\n\nThank you for your time on Tuesday and for walking me through the"
        f" stock-take schedule. {sentence}\n\nI have five years of experience running retail"
        " floors, and I am very interested in the role and excited to join the team. Please let"
        " me know if I can provide anything else.\n\nBest regards,\nSam Ortega\n"
    )


# 1. negativity without stock words ------------------------------------------------------------

SARCASM_ABOUT_PACE_OR_PROCESS = [
    'I gather the "end of the month" decision date is more of a gentle mood than a deadline, so'
    " I will not hold my breath.",
    "I'll assume \"you'll hear from us within a week\" means one of those weeks that lasts a"
    " whole season.",
    'No rush of course, I know "two weeks" in recruiting can mean anything up to a geological age.',
    "Judging by how long the advert has been live, I half wonder whether the post is real or"
    " just a way to collect CVs.",
    "I am starting to suspect the vacancy is a ghost job, but here's hoping.",
    'Your plan to decide "by Friday" was a lovely idea, I suppose.',
    pytest.param(
        "Given that this is the fourth round, I assume the decision will arrive some time before"
        " my retirement.",
        marks=pytest.mark.xfail(reason="irony with no word of complaint at all", strict=True),
    ),
    "If the offer comes as quickly as the interview invitation did, I should hear by spring.",
]

EMPLOYER_BY_METAPHOR = [
    "My present firm treats its juniors as unpaid couriers.",
    "Honestly, I have learned more from the cleaner at my current place than from my manager.",
    "At my current practice the partners run the place like a private fiefdom.",
    "My line manager is more of a weather vane than a leader.",
]

RUNNING_ONESELF_DOWN_AND_PLEADING = [
    "I went to pieces on the pricing question; please, please don't hold it against me.",
    "I made a complete hash of the role-play, I know, but I hope you will still give me a chance.",
    "I fell apart on the case study, and I can only hope you will take pity on me.",
    "I know I was a tongue-tied wreck in there, but I am asking you to look past it and give me"
    " one shot.",
    "I turned into a bumbling idiot on the numbers question, so I am pleading with you to judge"
    " me on my CV instead.",
]


@pytest.mark.parametrize("sentence", SARCASM_ABOUT_PACE_OR_PROCESS + EMPLOYER_BY_METAPHOR)
def test_negativity_without_stock_words(rules, model, sentence) -> None:
    assert "negativity" in issues(rules, model, note(sentence))


@pytest.mark.parametrize("sentence", RUNNING_ONESELF_DOWN_AND_PLEADING)
def test_running_oneself_down_while_pleading_is_no_ready_note(rules, model, sentence) -> None:
    # one sentence is reported under one of the two (the one it is further over the threshold
    # of): running oneself down is negativity, the plea desperation
    assert issues(rules, model, note(sentence)) & {"negativity", "desperation"}


READY_TWINS = [
    # warm honesty about nerves
    "I was nervous at the start, and I appreciated how kindly you put me at ease.",
    "I'll admit my nerves got the better of me on the first question, though I enjoyed the"
    " conversation once we got going.",
    "I was a little shaky on the pricing question, and your follow-up helped me find my feet.",
    "I felt nervous walking in, and the warm welcome from the floor team made all the difference.",
    # the employer's challenges restated with sympathy
    "You were candid that the new till system has stretched the team over the busy season, and"
    " that is the kind of problem I enjoy helping with.",
    "I understand that hiring for the store takes time with the checks involved, and I am happy"
    " to wait for your decision at the end of the month.",
    "It sounds as if the last quarter has asked a great deal of everyone on the floor, and I"
    " admire how the team has kept service steady.",
    "Thank you for being open that the stock room has been short-staffed since the summer.",
    # kind humour and a clear timeline welcomed
    "I laughed when you said the stock room has a mind of its own; every stock room I have"
    " worked in does.",
    "Thank you for the clear timeline; I will look out for your news by the end of the month.",
    "My current manager has taught me a great deal about running a tidy floor.",
    "I learned a lot from the night supervisors at my current store, who showed me how to close"
    " out the tills.",
]


@pytest.mark.parametrize("sentence", READY_TWINS)
def test_ready_twins_are_no_negativity(rules, model, sentence) -> None:
    found = issues(rules, model, note(sentence))
    assert not found & {"negativity", "desperation"}, found


# 2. an eager, concrete plan is enthusiasm -----------------------------------------------------

PLANS = [
    "I have already started sketching a checklist I would use in my first weeks.",
    "I have already begun drafting a 30-60-90 day plan based on what you shared about the new"
    " store.",
    "On the train home I began mapping out how I would run my first stock-take with the team.",
    "I have already put together a short list of questions to ask the floor team in my first"
    " fortnight.",
    "I've already started a rough rota template for the holiday weeks, in case it helps.",
    "I have already started noting down what I would look at first on the shop floor.",
]


@pytest.mark.parametrize("sentence", PLANS)
def test_an_eager_concrete_plan_is_no_desperation(rules, model, sentence) -> None:
    assert "desperation" not in issues(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have already told my family I got the job, so please don't let me down.",
        "I have already resigned from my current job, so I really need this to work out.",
    ],
)
def test_counting_on_the_job_stays_desperation(rules, model, sentence) -> None:
    assert "desperation" in issues(rules, model, note(sentence))


# 3. a credential-shaped profile field slotted in ---------------------------------------------

SLOTTED = [
    "I bring Diploma in Retail Management holder and five years on the floor.",
    "My strengths include Registered with the Nursing Council of Kenya.",
    "I offer Certified in Food Safety Level 3.",
    "I can offer Member of the Chartered Institute of Procurement and Supply.",
    "I bring Bachelor of Commerce graduate to the team.",
    "My background includes Licensed by the Pharmacy and Poisons Board.",
    "I would bring Level 3 Award in First Aid at Work holder to the floor.",
    "My skills include Accredited by the Institute of Internal Auditors.",
    "I also bring Fellow of the Royal Society of Chemistry.",
    "I offer Certificate IV in Training and Assessment holder.",
    "My experience includes Chartered Member of the Chartered Institute of Personnel.",
    "I bring NEBOSH General Certificate holder and six years on site.",
]


@pytest.mark.parametrize("sentence", SLOTTED)
def test_a_slotted_credential_is_unprofessional_with_a_fix(rules, model, sentence) -> None:
    result = checked(rules, model, note(sentence), SHOP, "email")
    found = [f for f in result.issues if f.code == "unprofessional"]
    assert found, result.issues
    assert all(f.suggestion for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold a Diploma in Retail Management and have five years on the floor.",
        "I am registered with the Nursing Council of Kenya.",
        "I bring a Diploma in Retail Management and five years on the floor.",
        "I offer my Certificate in Food Safety Level 3 and a tidy kitchen.",
        "My strengths include registration with the Nursing Council and ten years on wards.",
        "I bring Microsoft Excel skills and a calm head on busy Saturdays.",
        "I am a Member of the Chartered Institute of Procurement and Supply.",
        "I bring Six Sigma Green Belt training to the stock room.",
        "I can offer Saturday availability through the holiday season.",
    ],
)
def test_a_credential_written_as_a_sentence_is_fine(rules, model, sentence) -> None:
    assert "unprofessional" not in issues(rules, model, note(sentence))


# 4. a title before a surname with a lower-case particle ---------------------------------------


@pytest.mark.parametrize(
    ("person", "address"),
    [
        ("Lemayian ole Sankale", "Mr. ole Sankale"),
        ("Nkoitoi ole Kaelo", "Mr ole Kaelo"),
        ("Pieter van der Berg", "Dr. van der Berg"),
        ("Maria de la Cruz", "Ms. de la Cruz"),
        ("Khalid bin Rashid", "Mr. bin Rashid"),
        ("Huda al-Amin", "Mrs. al-Amin"),
        ("Wanjiru wa Kamau", "Ms. wa Kamau"),
        ("Nurul binti Ismail", "Puan binti Ismail"),
        ("Ludwig von Hagen", "Dr von Hagen"),
        ("Ana dos Santos", "Ms dos Santos"),
    ],
)
def test_a_title_before_a_surname_with_a_particle_is_right(rules, model, person, address) -> None:
    facts = Facts("Marula Outfitters", "Assistant Store Manager", (person,), ())
    greeted = note("It was good to meet the team.", f"Dear {address},")
    assert not issues(rules, model, greeted, facts) & {"unprofessional", "name_mismatch"}
    named = note(f"Please pass my thanks to {address} as well.", "Dear Hiring Team,")
    assert not issues(rules, model, named, facts) & {"unprofessional", "name_mismatch"}


@pytest.mark.parametrize(
    ("person", "greeting"),
    [("Karen Otieno", "Dear Dr. Karen,"), ("Lemayian ole Sankale", "Dear Mr. Lemayian,")],
)
def test_a_title_before_a_first_name_is_still_a_slip(rules, model, person, greeting) -> None:
    facts = Facts("Marula Outfitters", "Assistant Store Manager", (person,), ())
    assert "unprofessional" in issues(
        rules, model, note("It was good to meet you.", greeting), facts
    )


# 5. job titles and departments in a greeting --------------------------------------------------


def letter(greeting: str, block: str = "Ms. Amara Nwosu\nMarula Outfitters\nNairobi") -> str:
    return (
        f"Sam Ortega\n14 Acacia Lane\nNairobi\n\n3 December 2026\n\n{block}\n\n{greeting}\n\n"
        "Thank you for your time on Tuesday and for walking me through the stock-take schedule. I"
        " have five years of experience running retail floors, and I am very interested in the"
        " role and excited to join the team. Please let me know if I can provide anything"
        " else.\n\nSincerely,\nSam Ortega\n"
    )


LETTER_FACTS = Facts(
    "Marula Outfitters", "Assistant Store Manager", ("Amara Nwosu",), ("the stock-take schedule",)
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Senior Talent Acquisition Professional,",
        "Dear Head of People Operations,",
        "Dear Talent Acquisition Partner,",
        "Dear People & Culture Business Partner,",
        "Dear Director of Nursing,",
        "Dear Regional Recruitment Lead,",
        "Dear Store Operations Manager,",
        "Dear Human Capital Department,",
        "To the Talent Acquisition Team,",
        "Dear Principal Talent Advisor,",
        "Dear Deputy Director of Nursing,",
        "Dear Area Manager,",
        "Dear Acting Head of Human Resources,",
    ],
)
def test_a_greeting_by_job_title_or_department_names_no_one(rules, model, greeting) -> None:
    assert "name_mismatch" not in issues(rules, model, letter(greeting), LETTER_FACTS, "letter")


@pytest.mark.parametrize(
    "block",
    [
        "Amara Nwosu\nSenior Talent Acquisition Professional\nMarula Outfitters",
        "Ms Amara Nwosu\nHead of People Operations\nDepartment of Human Resources\n"
        "Marula Outfitters",
        "Attention: Senior Talent Acquisition Professional\nPeople Operations\nMarula Outfitters",
    ],
)
def test_titles_in_the_address_block_are_no_names(rules, model, block) -> None:
    text = letter("Dear Head of People Operations,", block)
    assert "name_mismatch" not in issues(rules, model, text, LETTER_FACTS, "letter")


@pytest.mark.parametrize(
    "greeting", ["Dear Ms. Okonkwo,", "Dear Bayside Recruitment Lead,", "Dear Kestrel Hiring Team,"]
)
def test_a_wrong_person_or_company_in_the_greeting_is_still_wrong(rules, model, greeting) -> None:
    text = letter(greeting)
    assert "name_mismatch" in issues(rules, model, text, LETTER_FACTS, "letter")


# 6. a generic line is no specific -------------------------------------------------------------

GENERIC_LINES = [
    "I enjoyed meeting the team and learning how the shop works.",
    "It was lovely to meet everyone and see how the boutique runs day to day.",
    "Thank you for showing me around and letting me see how things work on the ward.",
    "I really enjoyed meeting the staff and learning how the branch operates.",
    "Meeting the crew and getting a feel for how the kitchen works was a pleasure.",
    "It was great to meet the team and find out how everything works at the salon.",
    "It was a pleasure meeting the whole team and seeing how the practice runs.",
    "I loved the chance to see the bakery in full swing and meet the people behind it.",
    "Thanks for introducing me to the team and showing me how the shop runs.",
]


def plain_note(sentence: str) -> str:
    return (
        f"Dear Ms Kimani,\n\nThank you for your time on Tuesday. {sentence}\n\nI have five years"
        " of experience running retail floors, and I am very interested in the role and excited"
        " to join the team. Please let me know if I can provide anything else.\n\nBest"
        " regards,\nSam Ortega\n"
    )


@pytest.mark.parametrize("sentence", GENERIC_LINES)
def test_meeting_the_team_and_how_it_works_is_no_specific(rules, model, sentence) -> None:
    result = checked(rules, model, plain_note(sentence), SHOP, "email")
    assert result.elements["specifics"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the team and learning how the shop runs its Saturday stock-take.",
        "It was lovely to see how the boutique handles alterations in-house within two days.",
        "Thank you for explaining how the ward hands over between the night and day shifts.",
    ],
)
def test_a_concrete_detail_of_how_it_works_is_a_specific(rules, model, sentence) -> None:
    result = checked(rules, model, plain_note(sentence), SHOP, "email")
    assert result.elements["specifics"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Kimani,\n\nThank you for meeting with me today. I remain very interested in the"
        " position.\n\nBest,\nSam\n",
        "Hi Naserian,\n\nThanks so much for your time this morning - I'm still really keen on the"
        " role.\n\nCheers,\nSam\n",
        "Dear Mr Mwangi,\n\nMany thanks for the interview yesterday. I continue to be very"
        " interested in joining Marula Outfitters.\n\nKind regards,\nSam Ortega\n",
    ],
)
def test_a_note_of_thanks_and_interest_alone_has_no_specific(rules, model, text) -> None:
    result = checked(rules, model, text, SHOP, "email")
    assert result.elements["specifics"] is False


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Please pass my thanks to Dr. van Wyk for the tour.", "Wyk"),
        ("Please pass my thanks to Mr. ole Kaelo for the tour.", "Kaelo"),
        ("Please pass my thanks to Mrs. al-Hashimi for the tour.", "al-Hashimi"),
        ("Please pass my thanks to Ms. de la Vega for the tour.", "Vega"),
    ],
)
def test_a_titled_name_with_a_particle_not_on_the_record_is_wrong(
    rules, model, line, wrong
) -> None:
    result = checked(rules, model, note(line), SHOP, "email")
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [wrong]


def test_a_word_of_grammar_after_a_title_is_no_particle(rules, model) -> None:
    text = note("Please thank Dr. and Mrs. Kimani for the tour.")
    assert "name_mismatch" not in issues(rules, model, text)

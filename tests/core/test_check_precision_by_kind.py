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


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        ("Ms Nina Bell\nHarwick Stores, Procurement Dept.\nBldg 7, Ring Road\nLeeds\n\n", ""),
        ("", "Sam Lee\nStores Mgr, Goods In Dept.\nBldg 2, Canal Wharf\n"),
        ("Subject: Fwd: Thank you – Stores Supervisor\n\n", ""),
    ],
)
def test_abbreviations_of_letter_furniture_are_no_shorthand(rules, model, top, bottom) -> None:
    text = (
        f"{top}Dear Ms Bell,\n\nThank you for the interview and for explaining the stock count."
        + BODY
        + bottom
    )
    assert "unprofessional" not in codes(rules, model, text, kind="letter")


def test_the_same_abbreviations_in_the_body_are_shorthand(rules, model) -> None:
    text = (
        "Dear Nina,\n\nThank you for the interview. I'll send the count sheets to the dept nxt wk."
    )
    assert "unprofessional" in codes(rules, model, text + BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked about the 5 k fun run the store sponsors.",
        "I ran the 10 k for the hospice last spring.",
        "The budget was around 40 k for the new racking.",
    ],
)
def test_a_k_after_a_number_is_no_text_speak(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "unprofessional" not in codes(rules, model, text)


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Judith Cole", "Dear Dame Judith,"),
        ("Anne Price", "Dear Lady Price,"),
        ("Peter Grey", "Dear Lord Grey,"),
    ],
)
def test_a_title_of_honour_is_no_name(rules, model, person, greeting) -> None:
    facts = Facts("Harwick Stores", "Stores Supervisor", (person,), ("the stock count",))
    text = f"{greeting}\n\nThank you for the interview and the stock count." + BODY
    assert "name_mismatch" not in codes(rules, model, text, facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Working for Tesco taught me about stock rotation.",
        "Two summers at Argos gave me a feel for peak season.",
        "My placement with Ocado showed me how automation changes counts.",
    ],
)
def test_an_employer_that_taught_the_candidate_is_their_own(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "name_mismatch" not in codes(rules, model, text)


def test_another_company_as_the_employer_is_still_wrong(rules, model) -> None:
    text = "Dear Nina,\n\nThank you for the interview. I'm a great fit for the role at Greenway."
    assert "name_mismatch" in codes(rules, model, text + BODY)


@pytest.mark.parametrize(
    ("company", "sentence", "wrong"),
    [
        ("Northern Lights Electric", "I hold a current Working at Heights ticket.", False),
        ("Pine Mills Bakery", "I walk the Hills near Hebden every weekend.", False),
        ("Stone Ridge Dental", "I cycled over the Ridge Road each day.", False),
        ("Crestview Health", "I would be proud to join Crestveiw Health.", True),
    ],
)
def test_an_everyday_word_is_no_misspelt_company(rules, model, company, sentence, wrong) -> None:
    facts = Facts(company, "Nurse", ("Nina Bell",), ("the stock count",))
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert ("name_mismatch" in codes(rules, model, text, facts)) is wrong


@pytest.mark.parametrize(
    ("company", "role", "sentence"),
    [
        ("Harvest Moon Grocers", "Assistant Store Manager Trainee", "I'd make a good ASM Trainee."),
        ("Brightwell Care", "Health Care Assistant", "I have two years as an HCA in a care home."),
        (
            "Fenwick Marine",
            "Senior Project Engineer",
            "As an SPE at Fenwick I would own the refits.",
        ),
    ],
)
def test_initials_of_the_role_are_its_short_form(rules, model, company, role, sentence) -> None:
    facts = Facts(company, role, ("Nina Bell",), ("the stock count",))
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "name_mismatch" not in codes(rules, model, text, facts)


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("Kaveri Pharma Ltd", "I enjoyed hearing about Kaveri Pharma's Hosur plant."),
        ("Harwick Stores", "Harwick's Bradford depot looked very well run."),
        ("Ostrander Foods", "I liked Ostrander's Wakefield site and its new chillers."),
    ],
)
def test_a_place_of_the_company_is_no_other_name(rules, model, company, sentence) -> None:
    facts = Facts(company, "Line Lead", ("Nina Bell",), ("the stock count",))
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "name_mismatch" not in codes(rules, model, text, facts)


@pytest.mark.parametrize(
    ("role", "sentence", "wrong"),
    [
        ("Nurse (night shift)", "I am keen on the night-shift nurse post.", False),
        ("Barista (part time)", "I would love the part-time barista job.", False),
        (
            "Practitioner (Early Years)",
            "I am excited about the early-years practitioner role.",
            False,
        ),
        ("Barista (part time)", "I would love the full-time manager job.", True),
    ],
)
def test_the_role_in_another_order_is_the_role(rules, model, role, sentence, wrong) -> None:
    facts = Facts("Bean Scene", role, ("Nina Bell",), ("the stock count",))
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert ("name_mismatch" in codes(rules, model, text, facts)) is wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "I mentored two INSPIRE award projects last year.",
        "All our staff completed the PREVENT training in May.",
        "We ran the ENGAGE programme for new starters across three stores.",
    ],
)
def test_a_lone_capitals_word_naming_a_scheme_is_no_shouting(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "unprofessional" not in codes(rules, model, text)


def test_a_lone_capitals_word_of_emphasis_still_shouts(rules, model) -> None:
    text = (
        "Dear Nina,\n\nThank you for the interview. I was ABSOLUTELY thrilled by the stock count."
    )
    assert "unprofessional" in codes(rules, model, text + BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would swap the lookups for =XLOOKUP([@SKU], Items[SKU], Items[Price]) in the sheet.",
        "In Python that is just counts[store] += 1 inside the loop over the stock lines.",
        "The table's [@Qty] column feeds the reorder formula directly.",
    ],
)
def test_an_index_or_a_structured_reference_is_no_slot(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "placeholder" not in codes(rules, model, text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "First, the stock count itself: I liked how the teams split the aisles.",
        "Finally, the new scanners, which I think will halve the count time.",
        "Secondly, the rota for the count weekend, which looked very fair.",
    ],
)
def test_a_word_pointing_the_way_is_no_misspelt_person(rules, model, paragraph) -> None:
    facts = Facts("Harwick Stores", "Stores Supervisor", ("Kirsty Reid",), ("the stock count",))
    text = f"Dear Kirsty,\n\nThank you for the interview.\n\n{paragraph}" + BODY
    assert "name_mismatch" not in codes(rules, model, text, facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers told us the clips saved them hours each sprint.",
        "Nurses said the new handover sheet made nights calmer.",
        "Families mentioned how much they liked the open days.",
    ],
)
def test_people_in_general_are_no_unrecorded_person(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "name_mismatch" not in codes(rules, model, text)


def test_an_unrecorded_first_name_is_still_found(rules, model) -> None:
    text = "Dear Nina,\n\nThank you for the interview. Marcus told me about the stock count."
    assert "name_mismatch" in codes(rules, model, text + BODY)


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Alhaji Musa Danjuma", "Dear Alhaji Danjuma,"),
        ("Musa Danjuma", "Dear Alhaji Danjuma,"),
        ("Aisha Bello", "Dear Hajia Aisha,"),
    ],
)
def test_nigerian_honorifics_are_no_names(rules, model, person, greeting) -> None:
    facts = Facts("Harwick Stores", "Stores Supervisor", (person,), ("the stock count",))
    text = f"{greeting}\n\nThank you for the interview and the stock count." + BODY
    assert "name_mismatch" not in codes(rules, model, text, facts)


@pytest.mark.parametrize(
    ("topic", "sentence"),
    [
        ("the first-contact practitioner pilot", "I'd love to be part of the FCP pilot."),
        ("rolling out self-service checkout kiosks", "The SCK rollout sounds exciting."),
        ("the weekend click and collect hub", "I'd enjoy running the WCC hub."),
    ],
)
def test_initials_of_a_topic_are_its_short_form(rules, model, topic, sentence) -> None:
    facts = Facts("Harwick Stores", "Stores Supervisor", ("Nina Bell",), (topic,))
    text = f"Dear Nina,\n\nThank you for the interview and for explaining {topic}. {sentence}"
    assert "name_mismatch" not in codes(rules, model, text + BODY, facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm stoked to have seen the stock count up close.",
        "I'm really pumped about the new scanners.",
        "I'm psyched for the count weekend.",
    ],
)
def test_stoked_and_pumped_are_tone_advice(rules, model, sentence) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "unprofessional" not in codes(rules, model, text)
    assert "tone" in advice(rules, model, text)


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("Two teams can generate the same {case} value, which breaks the IDs.", False),
        ("The {region} key decides where each tile is written.", False),
        ("Each {store} segment of the path holds one branch's files.", False),
        ("I would love to join the {company} team.", True),
    ],
)
def test_a_brace_a_word_calls_part_of_code_is_no_slot(rules, model, sentence, slot) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert ("placeholder" in codes(rules, model, text)) is slot


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Thank you – Stores Supervisor interview, Marwood Finch LLP",
        "Subject: Stores Supervisor interview at Brandt Holz GmbH",
        "Subject: Following up – Okoro Retail Ltd, Stores Supervisor",
    ],
)
def test_a_name_with_a_legal_form_is_an_organisation(rules, model, subject) -> None:
    text = f"{subject}\n\nDear Nina,\n\nThank you for the interview and the stock count." + BODY
    assert "name_mismatch" in codes(rules, model, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "At Kestrel Foods Ltd I ran the night counts for three years.",
        "We audited suppliers such as Kestrel Foods Ltd every quarter.",
        "I would be proud to join Harwick Stores Ltd.",
    ],
)
def test_own_employers_suppliers_and_the_company_with_a_legal_form_are_fine(
    rules, model, sentence
) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert "name_mismatch" not in codes(rules, model, text)


@pytest.mark.parametrize(
    ("sentence", "negative"),
    [
        ("I can't stand seeing good food wasted at the end of a shift.", False),
        ("I hate leaving a ward untidy for the next shift.", False),
        ("I hate seeing customers wait at the till.", False),
        ("I hate the way my manager talks to us.", True),
    ],
)
def test_hating_a_bad_outcome_says_what_one_values(rules, model, sentence, negative) -> None:
    text = f"Dear Nina,\n\nThank you for the interview and the stock count. {sentence}" + BODY
    assert ("negativity" in codes(rules, model, text)) is negative

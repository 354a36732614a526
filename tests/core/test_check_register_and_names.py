"""Kinds of wrong call seen on held-out notes, each in new wording: a formal letter's heading
in capitals, the register of informal thanks, names the record cannot judge or allows (an
interviewer stored by first name only, a title inside the candidate's own employer, the
writer's own name, the company's initials), an everyday word opening a sentence, and wrong
names that share the company's last words or name the role after "the post of"."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY


def run(rules, model, text: str, facts: Facts, kind: str = "email"):
    return checked(rules, model, text, facts, kind)


def codes(result) -> set[str]:
    return {f.code for f in result.issues}


FACTS = Facts(
    "Lowveld Citrus Packers (Pty) Ltd",
    "Quality Controller",
    ("Mr. Sibusiso Nkosi",),
    ("cold-chain checks on export pallets",),
)


@pytest.mark.parametrize(
    "heading",
    [
        "RE: APPRECIATION FOR THE INTERVIEW - QUALITY CONTROLLER",
        "LETTER OF GRATITUDE",
        "THANK YOU FOR THE INTERVIEW: QUALITY CONTROLLER POST",
    ],
)
def test_a_letters_heading_in_capitals_is_no_shouting(rules, model, heading) -> None:
    text = (
        "Thandeka Zulu\n12 Protea Street\nNelspruit\n\nDear Mr. Nkosi,\n\n"
        f"{heading}\n\nThank you for the interview and for showing me the cold-chain checks on"
        " export pallets." + BODY
    )
    assert "unprofessional" not in codes(run(rules, model, text, FACTS, "letter"))


@pytest.mark.parametrize(
    "line",
    [
        "I AM SO EXCITED TO WORK WITH YOU",  # emphasis, not a heading
        "PLEASE CALL ME BACK ABOUT IT SOON.",  # a sentence with its stop
    ],
)
def test_capitals_with_emphasis_or_in_the_body_still_shout(rules, model, line) -> None:
    text = (
        "Dear Mr. Nkosi,\n\nThank you for the interview and for showing me the cold-chain checks"
        f" on export pallets.\n\n{line}\n" + BODY
    )
    assert "unprofessional" in codes(run(rules, model, text, FACTS))


def test_a_shorthand_re_in_a_sentence_is_still_flagged(rules, model) -> None:
    text = (
        "Dear Mr. Nkosi,\n\nThank you for the interview. I have a question re: the cold-chain"
        " checks on export pallets." + BODY
    )
    assert "unprofessional" in codes(run(rules, model, text, FACTS))


@pytest.mark.parametrize(
    ("phrase", "flagged"),
    [
        ("Thanks a million for the tour of the packhouse.", False),
        ("Thanks heaps for the tour of the packhouse.", False),
        ("Many thanks for the tour of the packhouse.", False),
        # merely informal: tone advice, not an issue (issue 8, session 10)
        ("Thanks a bunch for the tour of the packhouse.", False),
        ("Cheers for the tour of the packhouse.", False),
        ("No worries about the tour of the packhouse running late.", False),
        ("You guys rock, and the tour of the packhouse was great.", True),
    ],
)
def test_the_register_of_thanks(rules, model, phrase, flagged) -> None:
    text = f"Dear Mr. Nkosi,\n\n{phrase} The cold-chain checks were useful." + BODY
    assert ("unprofessional" in codes(run(rules, model, text, FACTS))) is flagged


def test_a_casual_opening_is_flagged(rules, model) -> None:
    text = "Hey Sibusiso,\n\nThank you for the cold-chain checks on export pallets." + BODY
    assert "unprofessional" in codes(run(rules, model, text, FACTS))


def test_an_interviewer_stored_by_first_name_may_be_addressed_by_family_name(rules, model) -> None:
    facts = Facts("Kestrel Optics", "Lens Technician", ("Farah", "Leon Brandt"), ("coatings",))
    text = (
        "Dear Ms. Siddiqui,\n\nThank you for the interview, and please thank Mr. Brandt and"
        " Mrs. Siddiqui's assistant for the tour of the coatings lab." + BODY
    )
    assert "name_mismatch" not in codes(run(rules, model, text, facts))


def test_a_titled_stranger_is_still_wrong_when_everyone_has_a_family_name(rules, model) -> None:
    facts = Facts("Kestrel Optics", "Lens Technician", ("Farah Siddiqui",), ("coatings",))
    text = (
        "Dear Ms. Siddiqui,\n\nThank you for the interview, and please thank Mr. Okonkwo for the"
        " tour of the coatings lab." + BODY
    )
    assert "name_mismatch" in codes(run(rules, model, text, facts))


def test_titles_inside_own_employer_and_the_writers_name_are_no_strangers(rules, model) -> None:
    facts = Facts(
        "Kestrel Optics",
        "Lens Technician",
        ("Farah Siddiqui",),
        ("coatings",),
        own_employers=("Augenoptik Dr. Baumann",),
    )
    text = (
        "Dr. Ilse Kramer\nBergstrasse 4\nBonn\n\nDear Ms. Siddiqui,\n\nThank you for the tour of"
        " the coatings lab. For six years at Augenoptik Dr. Baumann I ran the edging room."
        + BODY.replace("Sam Lee", "Dr. Ilse Kramer")
    )
    assert "name_mismatch" not in codes(run(rules, model, text, facts, "letter"))


@pytest.mark.parametrize(
    ("company", "short"),
    [
        ("Shannonside Biologics Ireland Ltd", "SBI"),
        ("Northern Cape Solar (Pty) Ltd", "NCS"),
        ("Ikeja Cables Manufacturing Company Plc", "ICMC"),
    ],
)
def test_the_companys_initials_without_its_legal_form(rules, model, company, short) -> None:
    facts = Facts(company, "Analyst", ("Jo Obi",), ("the audit",))
    text = (
        f"Dear Jo,\n\nThank you for the interview. Everyone at {short} was welcoming, and the"
        " audit plan was clear." + BODY
    )
    assert "name_mismatch" not in codes(run(rules, model, text, facts))


@pytest.mark.parametrize("opener", ["Seeing", "Watching", "Hearing", "Meeting"])
def test_an_everyday_word_opening_a_sentence_is_no_name(rules, model, opener) -> None:
    facts = Facts("Wren Valley Hospital", "Ward Clerk", ("Ada Moss",), ("handover",))
    text = (
        "Dear Ada,\n\nThank you for the interview. "
        f"{opener} nurses run the handover showed me how the ward works." + BODY
    )
    assert "name_mismatch" not in codes(run(rules, model, text, facts))


@pytest.mark.parametrize(
    ("company", "wrong"),
    [
        ("Ridgeview Legal Aid", "Lakeview Legal Aid"),
        ("Millbrook Dental Care", "Harbourside Dental Care"),
        ("Oakfield Housing Trust", "Elmstead Housing Trust"),
    ],
)
def test_a_name_ending_like_the_company_is_another_body(rules, model, company, wrong) -> None:
    facts = Facts(company, "Caseworker", ("Jo Obi",), ("intake",))
    text = (
        "Dear Jo,\n\nThank you for explaining the intake process. I would be proud to serve"
        f" clients with {wrong}." + BODY
    )
    result = run(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [wrong]


@pytest.mark.parametrize(
    "frame",
    [
        "for the post of {title}",
        "for considering me for the role of {title}",
        "about the position of {title}",
    ],
)
def test_a_role_named_after_the_post_of(rules, model, frame) -> None:
    facts = Facts("Fjord Logistics", "Inventory Controller", ("Ingrid Dahl",), ("cross-dock",))
    wrong = "Warehouse Supervisor"
    text = f"Dear Ingrid,\n\nThank you {frame.format(title=wrong)} and the cross-dock tour." + BODY
    result = run(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [wrong]
    right = f"Dear Ingrid,\n\nThank you {frame.format(title='Inventory Controller')}." + BODY
    assert "name_mismatch" not in codes(run(rules, model, right, facts))


def test_a_past_role_as_a_title_is_the_candidates_own(rules, model) -> None:
    facts = Facts("Fjord Logistics", "Inventory Controller", ("Ingrid Dahl",), ("cross-dock",))
    text = (
        "Dear Ingrid,\n\nThank you for the cross-dock tour. In my previous role as Warehouse"
        " Supervisor I ran the annual stocktake." + BODY
    )
    assert "name_mismatch" not in codes(run(rules, model, text, facts))


ADDRESSED = (
    "Thandeka Zulu\n12 Protea Street\nMbombela 1200\n\n"
    "The Quality Manager\nLowveld Citrus Packers (Pty) Ltd\nRiverside Civic Centre\n"
    "Karino Road\nMbombela 1201\n\n3 March 2026\n\n"
)


def test_an_address_block_above_the_salutation_names_nobody(rules, model) -> None:
    text = (
        ADDRESSED + "Dear Mr. Nkosi,\n\nThank you for the interview and for showing me the"
        " cold-chain checks on export pallets." + BODY
    )
    result = run(rules, model, text, FACTS, "letter")
    assert "name_mismatch" not in codes(result)


def test_a_title_with_a_first_name_under_an_address_block(rules, model) -> None:
    text = (
        ADDRESSED + "Dear Mr. Sibusiso,\n\nThank you for the interview and for showing me the"
        " cold-chain checks on export pallets." + BODY
    )
    result = run(rules, model, text, FACTS, "letter")
    assert [f.excerpt for f in result.issues if f.code == "unprofessional"] == ["Mr. Sibusiso"]


PEOPLE = Facts(
    "Harbour Ferries",
    "Deck Officer",
    ("Morag Baird", "Connor Walsh"),
    ("the winter timetable",),
)


@pytest.mark.parametrize(
    ("line", "stranger"),
    [
        ("Please pass my thanks to Connor Walsh and Isla Munro as well.", "Isla"),
        ("My thanks to Connor, and to Fergus Keane for the engine-room tour.", "Fergus"),
        ("It was good to hear Duncan Reid describe the winter timetable.", "Duncan"),
    ],
)
def test_a_person_listed_or_heard_is_someone_on_the_record(rules, model, line, stranger) -> None:
    text = f"Dear Morag,\n\nThank you for the interview. {line}" + BODY
    result = run(rules, model, text, PEOPLE)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [stranger]


def test_titles_in_a_list_of_people_are_no_names(rules, model) -> None:
    text = (
        "Dear Morag,\n\nThank you for the interview, and please pass my thanks to Mr Walsh and"
        " Revd Baird for their time." + BODY
    )
    assert "name_mismatch" not in codes(run(rules, model, text, PEOPLE))


@pytest.mark.parametrize(
    "line",
    [
        "I hold current Working at Heights and First Aid certificates.",
        "Thank you for the interview at the Stromness office on Friday.",
    ],
)
def test_a_certificates_title_or_the_employers_site_names_no_employer(rules, model, line) -> None:
    text = f"Dear Morag,\n\nThank you for the winter timetable discussion. {line}" + BODY
    assert "name_mismatch" not in codes(run(rules, model, text, PEOPLE))


def test_a_job_title_before_at_still_names_the_employer(rules, model) -> None:
    text = (
        "Dear Morag,\n\nThank you for the interview. I would be proud to be the next Deck Officer"
        " at Caledonian Isles Shipping." + BODY
    )
    assert "name_mismatch" in codes(run(rules, model, text, PEOPLE))


def test_initials_of_a_hyphenated_name(rules, model) -> None:
    facts = Facts("Tri-County Regional Transit Authority", "Grants Analyst", ("Jo Obi",), ())
    text = "Dear Jo,\n\nThank you. I would be proud to support TCRTA's work." + BODY
    assert "name_mismatch" not in codes(run(rules, model, text, facts))


@pytest.mark.parametrize("field", ["%FIRSTNAME%", "%%Company%%", "*|FNAME|*", "[[Name]]"])
def test_merge_fields_are_placeholders_not_names(rules, model, field) -> None:
    text = f"Hello {field},\n\nThank you for the winter timetable discussion." + BODY
    result = run(rules, model, text, PEOPLE)
    assert "placeholder" in codes(result) and "name_mismatch" not in codes(result)


@pytest.mark.parametrize(
    "line",
    [
        "I have five years of planning experience at Coastline Retail.",
        "I've spent three seasons with Glenmore Outfitters running the hire desk.",
    ],
)
def test_the_candidates_own_years_somewhere_name_no_employer(rules, model, line) -> None:
    text = f"Dear Morag,\n\nThank you for the winter timetable discussion. {line}" + BODY
    assert "name_mismatch" not in codes(run(rules, model, text, PEOPLE))

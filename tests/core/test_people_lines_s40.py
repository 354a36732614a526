"""People typed with a remark after an address whose owner is in brackets, and names the
line says how to write (issue 10, session 40).

The v29b/v30b graders saw notes to 'came back for the last Q' and 'Dear Hiring Team' where
the line named the person in brackets after the address: 'x@… (Name, title) - remark' read
the remark as the name. Kinds: (a) a remark after an address with its owner in brackets is
no name: the owner is; (b) a lead that only points at someone ('the other Tomasz - Tomasz
Mróz, …') gives way to the whole name typed after it; (c) what the person said to call them
('everyone calls me Raj') is the name asked for, and the form the line says to write ('Park-
san in writing', 'Mr. Al-Mahroos in writing') is the one written, never a name the line says
not to write. Names are invented."""

from __future__ import annotations

import pytest

from followup.core.people import split_person


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "tmokoena@riverbend.example (Thabo Mokoena RN, MN - clinical educator, surgery)"
            " - ran the fire drill scenario. 'everyone calls me Tee'",
            "Thabo Mokoena",
            "tmokoena@riverbend.example",
        ),
        (
            "ak.vanwyk@riverbend.example (Anna-Karin van Wyk, Manager: Fleet) - left 11:20 for"
            " a depot call, came back for the last Q",
            "Anna-Karin van Wyk",
            "ak.vanwyk@riverbend.example",
        ),
        (
            "head.office@riverbend.example (Mr Kofi Asante, head of operations - north) -"
            " watched my walkthrough. his own address is k.asante@ but the invite came from"
            " the office one",
            "Mr Kofi Asante",
            "head.office@riverbend.example",
        ),
        (
            "lmg@riverbend.example (Liesl Marais-Grobler, senior planner) - sat by the door,"
            " asked the budget qs",
            "Liesl Marais-Grobler",
            "lmg@riverbend.example",
        ),
    ],
)
def test_a_remark_after_an_owner_in_brackets_is_no_name(text, name, email):
    p = split_person(text, "ZA")
    assert (p.name, p.email) == (name, email)


def test_a_lead_that_points_at_someone_gives_way_to_the_whole_name():
    p = split_person(
        "the other Piotr - Piotr Kaczmarek, data manager - 'call me Piotrek' on the call, NOT"
        " Piotrek in writing. joined late, no email",
        "PL",
    )
    assert p.name == "Piotr Kaczmarek"
    assert p.called is None


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Hamid Rostami, plant manager, hamid.r@x.example - 'everyone calls me Hami'", "Hami"),
        (
            "Yusra Al-Khalili, CFO <yusra@x.example> - 'Yusra' when we met, Ms. Al-Khalili in"
            " writing",
            "Ms. Al-Khalili",
        ),
        (
            "sjlee@x.example (Lee Seung-jin, QA lead - Lee is the family name) - 'Jinny' in"
            " the room, but senior -> Lee-san in writing",
            "Lee-san",
        ),
        ("Tomasz Wrona, QA - 'call me Tomek', NOT Tomek in writing", None),
    ],
)
def test_the_name_to_write_is_the_one_the_line_says(text, called):
    assert split_person(text, "GB").called == called


def test_a_name_typed_in_lower_case_before_a_bracketed_title_stays_the_name():
    p = split_person("ms orla finnegan (Maths KLA leader) <ofin@x.example>", "AU")
    assert (p.name, p.title) == ("ms orla finnegan", "Maths KLA leader")


def test_a_year_in_a_remark_is_no_phone_number():
    p = split_person(
        "Resident Partner - Marg, a volunteer - had her knee done on 4W in 2023. no surname,"
        " no email - the coordinator will pass it on",
        "CA",
    )
    assert (p.name, p.title, p.phone) == ("Marg", "Resident Partner", None)


def test_the_name_they_say_nobody_uses_is_never_asked_for():
    # "he said 'it's Bill, nobody calls me William'" greeted him 'Dear William,' (v29 dev)
    p = split_person("Ted - recruiter - he said 'it's Ted, nobody calls me Edward'", "US")
    assert p.called == "Ted"
    assert split_person("Ines Roth, HR - 'nobody calls me Agnes'", "DE").called is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "talent@kora.example - address only, mails signed 'Talent Team'. a man rang to confirm",
            "talent",
            "mails signed 'Talent Team'",
        ),
        (
            "the plant manager - didn't catch her name, came in late, left early. red scarf."
            " ask jo",
            "the plant manager",
            None,
        ),
    ],
)
def test_a_remark_where_the_name_would_be_is_no_name(text, name, title):
    # 'Dear Address,' and 'thanks to … Grey Suit' went out (v29 dev grader: 1)
    p = split_person(text, "KE")
    assert p.name == name
    assert (p.title or "").startswith(title or "") and (title is not None or p.title is None)


def test_a_word_of_address_stays_with_the_whole_name_in_brackets():
    p = split_person(
        "Encik Hafiz (Hafiz bin Rahman) - plant manager, the north line - hafiz@kora.example",
        "MY",
    )
    assert (p.name, p.title) == ("Encik Hafiz bin Rahman", "plant manager")


def test_a_title_typed_in_lower_case_is_no_remark():
    p = split_person("prof. aled whitcombe <a.whitcombe@x.example>", "GB")
    assert p.name == "prof. aled whitcombe"


def test_a_remark_of_one_verb_after_an_owner_in_brackets_is_no_name():
    # 'To: came <srb@…>' (v31b, found after its grading): 'came in at 9:30 after a call'
    p = split_person(
        "ptv@x.example (Paula Torres Vega, buyer / compras) - came in at 10:15 after a call",
        "CO",
    )
    assert p.name == "Paula Torres Vega"


def test_a_name_the_line_says_not_to_write_gives_way_to_the_job():
    # "mags - senior cabin crew … margaret? dont write mags" thanked 'Mags' (v31, after its
    # grading)
    p = split_person("bez - site supervisor, ran the walk round. beatrice? dont write bez", "IE")
    assert p.name == "site supervisor"
    assert split_person("Ken Ito - CTO - dont write ACCA after my name", "JP").name == "Ken Ito"

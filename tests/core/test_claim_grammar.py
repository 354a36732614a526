"""A claim of what one knows or speaks reads as English: the head noun of knowledge keeps its
own frame ('a working knowledge of', 'payroll experience in'), a language is spoken, and a
jotted line no frame fits is said in the profile's own words when the profile has it."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.core.compose import qualifications_for
from followup.core.models import Channel, Format, Interview, Profile
from followup.services import drafting

LANGUAGE = drafting.load_data(load_settings(env={}), "US").language
LEXICON = LANGUAGE.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("Working knowledge of Tableau and R", "I have a working knowledge of Tableau and R"),
        ("Sound understanding of IFRS 16", "I have a sound understanding of IFRS 16"),
        ("Solid grasp of GAAP", "I bring a solid grasp of GAAP"),
        ("Probate experience in two counties", "I have probate experience in two counties"),
        (
            "Hands-on experience with Allen-Bradley PLCs",
            "I have hands-on experience with Allen-Bradley PLCs",
        ),
        (
            "Grant-writing experience for arts charities",
            "I have grant-writing experience for arts charities",
        ),
        ("Ukrainian", "I speak Ukrainian"),
        ("conversational amharic", "I speak conversational Amharic"),
        ("Korean (basic)", "I speak some Korean"),
        ("Hindi + Gujarati", "I speak Hindi and Gujarati"),
        ("native Yoruba", "I am a native speaker of Yoruba"),
        # a language or a field typed in its own tongue is said in English
        ("englisch C2", "I speak English at C2 level"),
        ("Français + Deutsch", "I speak French and German"),
        ("M.Sc. Maschinenbau", "I hold an M.Sc. in mechanical engineering"),
        # one job of several words after 'as' takes its article
        (
            "Four years as deputy practice manager",
            "I have spent four years as a deputy practice manager",
        ),
        ("Two years as part of the ward team", "I have spent two years as part of the ward team"),
        # still as before
        ("Fluent in Tagalog", "I am fluent in Tagalog"),
    ],
)
def test_a_claim_of_knowledge_or_a_language_reads_in_its_own_frame(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert q.sure


def test_a_jotted_line_no_frame_fits_is_said_in_the_profiles_words() -> None:
    interview = Interview(
        company="Brightline Plumbing & Heating",
        role="Service Plumber",
        interviewed=date(2027, 3, 1),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="US",
        topics=["boiler swaps for the school district"],
        qualifications=["5 yrs resi + 3 new build"],
    )
    profile = Profile(
        "Kofi Danso",
        None,
        None,
        [
            "Eight years as a licensed plumber, three of them on new-build housing",
            "Journeyman plumber license",
        ],
    )
    quals = qualifications_for(interview, profile, LANGUAGE)
    assert quals[0] == "Eight years as a licensed plumber, three of them on new-build housing"
    assert "5 yrs resi + 3 new build" not in quals


@pytest.mark.parametrize(
    "line",
    [
        "I have a working knowledge of Tableau and R.",
        "I have a sound understanding of IFRS 16.",
        "I speak conversational Amharic.",
        "I also speak Tagalog.",
        "I have cleared CFA Level II.",
        "I am a native speaker of Polish.",
    ],
)
def test_the_checker_reads_knowledge_and_a_language_spoken_as_a_qualification(
    rules, model, line
) -> None:
    from conftest import checked
    from followup.core.check import Facts

    facts = Facts(
        "Harbour Line Ferries", "Ticketing Supervisor", ("Aroha Ngata",), ("the new gates",)
    )
    text = (
        "Dear Aroha,\n\nThank you for meeting me on Tuesday and for showing me the new gates. "
        f"{line}\n\nI remain very interested in the role and would be glad to join the team. "
        "Please let me know if I can provide anything else.\n\nBest regards,\nJo Tane\n"
    )
    assert checked(rules, model, text, facts).elements["qualifications"] is True
    plain = text.replace(line, "")
    assert checked(rules, model, plain, facts).elements["qualifications"] is False


def test_a_language_is_offered_only_where_the_work_needs_it() -> None:
    def quals(role: str, topics: list[str]) -> list[str]:
        interview = Interview(
            company="Northgate Freight",
            role=role,
            interviewed=date(2027, 3, 1),
            format=Format.IN_PERSON,
            channel=Channel.EMAIL,
            country="US",
            topics=topics,
            qualifications=["portuguese (conversational)", "3 yrs dispatch"],
        )
        return qualifications_for(interview, Profile("Rui Matos", None, None, []), LANGUAGE)

    assert "portuguese (conversational)" not in quals("Dispatcher", ["the night shift rota"])
    assert "portuguese (conversational)" in quals(
        "Bilingual Dispatcher", ["calls from Portuguese-speaking drivers"]
    )


def test_a_jotted_line_with_an_industry_abbreviation_is_said_in_the_profiles_words() -> None:
    interview = Interview(
        company="Kedai Runcit Borong",
        role="Inventory Controller",
        interviewed=date(2027, 3, 1),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="MY",
        topics=["stock takes on the chilled line"],
        qualifications=["4 yrs stock ctrl FMCG"],
    )
    profile = Profile(
        "Nur Iman", None, None, ["Four years in stock control for an FMCG wholesaler"]
    )
    assert qualifications_for(interview, profile, LANGUAGE) == [
        "Four years in stock control for an FMCG wholesaler"
    ]

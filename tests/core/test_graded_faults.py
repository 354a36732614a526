"""What recruiters still marked in the drafts, as mechanical checks: a topic jotted with its
owner in more ways ('per wanjiru, ...', 'mette - ...', 'dr ayesha: ...', "faizal's worry:
...", 'carmen showed me ...'); a short sentence that points back by a pronoun alone; a job
title used as a team's name; a singular noun said without its article; counts and measures
said as written; an acronym's plural; and which shape a note takes by what the record holds
for its reader."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core import draft_quality as dq
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon


@pytest.mark.parametrize(
    ("jotted", "who", "kind", "rest"),
    [
        ("per wanjiru, outgrowers lose a third of the crop", "wanjiru", None,
         "outgrowers lose a third of the crop"),
        ("mette - near miss reporting too low", "mette", None, "near miss reporting too low"),
        ("dr ayesha: TAT for histology reports", "ayesha", None, "TAT for histology reports"),
        ("Capt. lars: the dual fuel conversions", "lars", None, "the dual fuel conversions"),
        ("faizal's worry: tower sharing deals", "faizal", "challenge", "tower sharing deals"),
        ("faizal's plan - a second data centre", "faizal", "plan", "a second data centre"),
        ("carmen showed me the new padel courts", "carmen", None, "the new padel courts"),
        ("lars ran through the dual fuel conversions", "lars", None,
         "the dual fuel conversions"),
    ],
)  # fmt: skip
def test_more_ways_a_topic_names_its_owner(jotted, who, kind, rest) -> None:
    owned = phrasing.owned_topic(jotted, ["wanjiru", "mette", "ayesha", "faizal", "carmen",
                                          "lars"], LEXICON)  # fmt: skip
    assert owned is not None, jotted
    assert (owned.who.lower(), owned.kind, owned.rest) == (who, kind, rest)


@pytest.mark.parametrize(
    "jotted", ["per the handbook, shifts are 12 hours", "mettle - not a name", "faizals worry"]
)
def test_no_owner_where_no_panel_name_leads(jotted) -> None:
    assert phrasing.owned_topic(jotted, ["mette", "faizal"], LEXICON) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dear Ann,\n\nThanks for Monday. I enjoyed the tour. I'd like to work on that.\n\n"
         "Best,\nSam", ["I'd like to work on that."]),
        ("Dear Ann,\n\nThanks for Monday. That stayed with me.\n\nBest,\nSam",
         ["That stayed with me."]),
        ("Dear Ann,\n\nI'd welcome the chance to help there.\n\nBest,\nSam",
         ["I'd welcome the chance to help there."]),
        ("Dear Ann,\n\nI enjoyed hearing about the depot move, and I'd love to know how it "
         "develops.\n\nThat kind of work suits me well.\n\nBest,\nSam", []),
    ],
)  # fmt: skip
def test_a_sentence_pointing_back_by_a_pronoun_alone_is_found(text, found) -> None:
    assert dq.dangling_sentences(text) == found


def test_a_role_used_as_a_team_and_a_missing_article_are_found() -> None:
    text = (
        "Dear Ann,\n\nI'm keen to join the Director of Education team. I have cut costs by "
        "10% on last project, and I have led $30M programme. I enjoyed hearing how docent "
        "program is mostly retirees, and how the old depot was run last year.\n\nBest,\nSam"
    )
    assert dq.role_as_team(text, "Director of Education") == ["the Director of Education team"]
    assert dq.missing_articles(text) == [
        "on last project",
        "led $30M programme",
        "how docent program is",
    ]
    fine = "Dear Ann,\n\nFrom last year on, I have led a $30M programme.\n\nBest,\nSam"
    assert dq.missing_articles(fine) == [] and dq.role_as_team(fine, "Director") == []


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("plan to certify 800 smallholders for export", "the plan to certify 800 smallholders "
         "for export"),
        ("1.8 GW plant outside the city", "the 1.8 GW plant outside the city"),
    ],
)  # fmt: skip
def test_counts_and_measures_are_said_as_written(jotted, said) -> None:
    p = phrasing.phrase_topic(jotted, LEXICON, [], [], "analyst")
    assert p.sure and p.to_them == said, p


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("wrote 60+ SOPs at previous lab", "I have written more than 60 SOPs at my previous lab"),
        ("cut AI tick cost 35% on last project",
         "I have cut AI tick cost by 35% on my last project"),
    ],
)  # fmt: skip
def test_an_acronyms_plural_and_my_last_job(line, clause) -> None:
    assert phrasing.qualification(line, LEXICON).clause == clause


def test_a_clause_about_one_bare_thing_takes_its_article() -> None:
    assert compose._the_subject("docent program is mostly retirees") == (
        "the docent program is mostly retirees"
    )
    for kept in ("drivers drop pooled orders", "the ETL falls over", "EPC contractor's "
                 "schedule keeps slipping", "our intake is small"):  # fmt: skip
        assert compose._the_subject(kept) == kept


def _round(topics: list[str]) -> tuple[Interview, Profile]:
    people = [
        Person(name="Rui Costa", email="rc@x.example", role=PersonRole.COORDINATOR),
        Person(name="Ana Lima", email="al@x.example"),
        Person(name="Joao Reis", email="jr@x.example"),
        Person(name="Bea Sousa", email="bs@x.example"),
    ]
    interview = Interview(
        company="Tejo Freight",
        role="route planner",
        interviewed=date(2026, 11, 23),
        format=Format.IN_PERSON,
        country="PT",
        people=people,
        topics=topics,
        qualifications=["planned routes for 40 trucks a day", "5 yrs dispatch at a 3PL"],
    )
    return interview, Profile("Marta Silva", "marta@example.com")


def test_the_shape_follows_what_the_record_holds_for_the_reader() -> None:
    """Ana raised a topic of her own: her note is built on it. The panel's one other topic
    goes to one of Joao and Bea, in a shorter note that claims nothing of who said it; the
    other's note credits them with no one's topic and says they met the panel, by name."""
    interview, profile = _round(["ana asked about night deliveries", "the new Porto hub"])
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2026, 11, 24),
        DATA.language, each=True,
    )  # fmt: skip
    by_name = {n.to_name: n for n in notes}
    ana = " ".join(by_name["Ana Lima"].paragraphs)
    assert "night deliveries" in ana and "Porto hub" not in ana
    hub = 0
    for name in ("Joao Reis", "Bea Sousa"):
        body = " ".join(by_name[name].paragraphs)
        hub += "Porto hub" in body
        assert "night deliveries" not in body
        if "Porto hub" not in body:
            assert "Ana" in body, body  # the panel, by name
        assert not re.search(r"\byou (?:described|explained|shared)\b", body), body
        assert len(dq.sentences(body)) <= 5, body
    assert hub == 1
    for note in notes:
        text = "Dear X,\n\n" + "\n\n".join(note.paragraphs) + "\n\nBest,\nMarta"
        assert not dq.dangling_sentences(text) and not dq.missing_articles(text), text
        assert not dq.role_as_team(text, interview.role), text


def test_no_email_sentence_of_the_bank_points_back_by_a_pronoun_alone() -> None:
    values = {"topic": "the depot move", "detail": "the night shift", "company": "Acme",
              "role": "planner", "first": "Ann", "when": "on Monday", "day": "Monday",
              "qual": "I have five years of dispatch experience", "item": "the app",
              "people": "Bo and Cy", "topic_about": "the depot move"}  # fmt: skip
    bank = DATA.language.bank
    slots = {s.rstrip("?") for shapes in bank.shapes.values() for shape in shapes
             for para in shape for s in para}  # fmt: skip
    for slot, variants in bank.slots.items():
        if slot.split(".")[0] not in slots or slot.startswith(("card", "phone", "ci_")):
            continue
        for v in variants:
            filled = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1).lower(), "x"), v)
            assert not dq.dangling_sentences(f"Dear X,\n\n{filled}\n\nBest,\nSam"), (slot, v)


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("master mariner unlimited", "I am a master mariner"),
        ("Master electrician", "I am a master electrician"),
        ("5 yrs merch planning", "I have five years of merchandise planning experience"),
    ],
)
def test_a_trades_rank_is_no_degree_and_jotted_trade_words_are_spelt_out(line, clause) -> None:
    assert phrasing.qualification(line, LEXICON).clause == clause


@pytest.mark.parametrize(
    "clause",
    [
        "the outgrowers near Nakuru lose a third of the crop",
        "the drivers on the night route miss the cutoff",
        "the near miss reporting too low",
    ],
)
def test_a_clause_whose_subject_is_placed_first_is_no_noun_phrase(clause) -> None:
    assert compose.slot_fault(clause, LEXICON) is not None


@pytest.mark.parametrize(
    "phrase", ["delays in the supply chain", "the clinics in Leeds", "plans for the Leeds site"]
)
def test_a_noun_with_a_place_after_it_is_still_a_noun_phrase(phrase) -> None:
    assert compose.slot_fault(phrase, LEXICON) is None


def test_too_much_of_something_is_a_problem_said_without_an_article() -> None:
    p = phrasing.phrase_topic("too much markdown on SS knitwear", LEXICON, [], [], "planner")
    assert (p.to_them, p.kind) == ("too much markdown on SS knitwear", "challenge")


def test_the_company_written_out_from_its_short_form_is_the_company() -> None:
    """'st columba medical ctr' on the record: a draft's 'St. Columba Medical Center' is the
    company, while another organisation sharing its first word is still wrong."""
    from followup.core.check.results import Facts
    from followup.services import checking

    facts = Facts(company="st columba medical ctr", people=("Tanya Reyes",))
    note = (
        "Subject: Thanks\n\nDear Tanya,\n\nThank you for your time on Monday. I'd welcome the "
        "chance to join {org} and I'm happy to discuss next steps.\n\nBest regards,\nSam Lee\n"
    )
    settings = load_settings(env={})
    ours = checking.check_text(settings, note.format(org="St. Columba Medical Center"), "email",
                               facts)  # fmt: skip
    assert "name_mismatch" not in {i.code for i in ours.issues}
    other = checking.check_text(settings, note.format(org="St. Columba Orthopedics"), "email",
                                facts)  # fmt: skip
    assert "name_mismatch" in {i.code for i in other.issues}


def test_a_two_letter_abbreviation_is_spelt_out_or_not_said() -> None:
    """'mx' (maintenance) is in the data and is spelt out; 'ss' is nobody's word: the topic
    is not said as typed, nor a CV line holding such a token."""
    p = phrasing.phrase_topic("mx backlog on the line 3 robots", LEXICON, [], [], "planner")
    assert p.sure and p.to_them == "the maintenance backlog on the line 3 robots"
    assert not phrasing.phrase_topic("ss knitwear sell-through", LEXICON, [], [], "x").sure
    assert not phrasing.qualification("4 yrs tx planning", LEXICON).sure
    assert phrasing.qualification("5 yrs mx planning", LEXICON).clause == (
        "I have five years of maintenance planning experience"
    )
    for plain in ("budget cuts in the ED", "on-call rota", "move to Oslo"):
        assert phrasing.unknown_two_letters(plain, LEXICON) is None

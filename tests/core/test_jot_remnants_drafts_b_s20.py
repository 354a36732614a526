"""A jot is never half-used (issue 10, point 1): a phrase or clause made from a jotted note
that is a piece of the jot's own sentence, cut where it does not read, is left out (and the
user asked), never pasted into a frame. By kind (core.slot_grammar.remnant_fault): an article
before a word that names nothing ('the still needs a reset'), a verb left without what it acts
on or where it goes ('the regatta goes', "a steward who'll come"), a preposition that lost its
object ('in before if possible'), a jotted contrast ('not paper list'), a state said as a
manner ('how overtime is rare'), words rebuilt wrongly ('in Wednesday', 'does route is
planning'). A test or an item named by a bare singular noun takes its article ('the typing
test'). Fresh wording (a cold store, a sailing club, a print shop), none of a held-out set's.
"""

from __future__ import annotations

import pytest
from tests.helpers_drafts import email_round

from followup.core import clauses, compose, slot_grammar
from followup.core.models import Format, Person

PEOPLE = {"marisol": "Marisol Vega", "kwame": "Kwame Mensah", "desmond": "Desmond Kerr"}


def _fault(text: str, language) -> str | None:
    lx = language.lexicon
    return slot_grammar.remnant_fault(text, lx.slots, lx.word_classes, lx.mass_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "the still needs a reset",
        "the always runs late",
        "the regatta goes",
        "the press seems",
        "the club needs a steward who'll come",
        "Kwame needs a driver who'll go",
        "you want someone to take",
        "Desmond wants the new buyer in before if at all possible",
        "Kwame wants pickers who scan properly not paper list",
        "how the overtime is rare",
        "how the night shift was quiet",
        "the dispatch does route is planning on Wednesday",
        "the dispatch is planning in Wednesday",
        "you want porters to pitch in not moan",
        "the RNs float",
        "the Trello and basecamp",
        "the loading bays busy",
    ],
)
def test_a_piece_cut_from_a_jots_sentence_is_found_by_its_kind(text, language) -> None:
    assert _fault(text, language) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "the new chiller schedule",
        "the very first shift",
        "the only loading bay",
        "the chilled aisle",
        "the sales team",
        "the budget cuts",
        "the staffing needs",
        "you want early help, not exclusions",
        "you want drivers who can reverse",
        "how you set up the print shop",
        "how batch records are still on paper",
        "how the press falls over every Friday",
        "you need someone to own the proof lists and the job bags",
        "the team does payroll",
        "the NHS and the council",
        "the RNs on the night shift",
    ],
)
def test_a_whole_phrase_or_clause_is_no_remnant(text, language) -> None:
    assert _fault(text, language) is None, text


@pytest.mark.parametrize(
    "jot",
    [
        "marisol: the new chiller → still needs a reset",
        "ops: the new dock (phase 2) → still needs a sign-off",
        "harbour regatta in june, need a steward who'll come",
        "kwame: needs a driver who'll go",
        "kwame wants pickers who scan properly not paper list",
        "desmond: wants the new buyer in before if at all possible",
        "kwame: dispatch does route planning weds",
    ],
)
def test_a_clause_read_from_a_jot_is_never_a_cut_piece(jot, language) -> None:
    clause = clauses.read(jot, language.clauses, language.lexicon, PEOPLE)
    if clause is None:
        return  # left out: the topic is said as a thing, or asked about
    said = clause.said()
    assert _fault(said, language) is None, said
    assert not said.lower().startswith("the still"), said


def _round(topics: list[str]):
    return email_round(
        "Gull Point Sailing Club",
        "Club Steward",
        [
            Person("Marisol Vega", "marisol@gullpoint.example", title="Commodore"),
            Person("Kwame Mensah", "kwame@gullpoint.example", title="Bar Manager"),
        ],
        format=Format.IN_PERSON,
        country="US",
        topics=topics,
    )


def test_every_topic_a_note_may_say_reads_whole(language) -> None:
    interview = _round(
        [
            "regatta wknd → fully booked, boats go past the slipway, they want the steward in "
            "before if at all possible",
            "marisol: the new chiller (bar) → still needs a reset",
            "harbour swim in july at the point, need a steward who'll come",
            "kwame: overtime is rare but regatta months are heavy",
        ]
    )
    for s in compose.said_specifics(interview, language):
        if not s.usable:
            continue
        for text in (s.text, s.about, s.clause.said() if s.clause else ""):
            assert not text or _fault(text, language) is None, (s.recorded, text)


def test_a_test_named_by_a_bare_noun_takes_its_article(language) -> None:
    interview = _round(["cash-up test (15 min) → balanced the float, missed one voucher"])
    said = [s for s in compose.said_specifics(interview, language) if s.usable]
    for s in said:
        assert not s.text.lower().startswith("cash-up"), s.text


def test_a_panel_members_name_is_never_read_as_shorthand(language) -> None:
    interview = email_round(
        "Harbour Print Co",
        "Print Finisher",
        [
            Person("Mo Haddad", "mo@harbourprint.example", title="Finishing Supervisor"),
            Person("Jan Ruiz", "jan@harbourprint.example", title="Owner"),
        ],
        format=Format.IN_PERSON,
        country="US",
        topics=["mo story - started on the guillotine in 2012, 'we grow our own'"],
    )
    for s in compose.said_specifics(interview, language):
        if s.usable:
            assert "month" not in s.text.lower() and "january" not in s.text.lower(), s


def test_what_is_said_of_their_staff_is_never_said_of_the_reader(language) -> None:
    from followup.core import phrasing

    for jot in ("their sickness on the early shift ~7%", "their morale since the merger"):
        p = phrasing.phrase_topic(jot, language.lexicon, [], [], "Depot Supervisor")
        assert "your sickness" not in p.to_them and "your morale" not in p.to_them, p
    p = phrasing.phrase_topic("their new rota system", language.lexicon, [], [], "")
    assert p.to_them.startswith("your"), p


def test_half_of_a_from_to_move_is_never_said(language) -> None:
    interview = _round(["their move from paper tallies to the tablet app last yr, half the crew"])
    for s in compose.said_specifics(interview, language):
        if s.usable:
            assert not s.text.rstrip().lower().endswith("from paper tallies"), s.text
    assert (
        compose._half_a_move("your switch from ledgers", "switch from ledgers → xero") is not None
    )
    assert compose._half_a_move("the move from Leeds", "the move from Leeds last year") is None

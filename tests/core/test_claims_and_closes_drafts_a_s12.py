"""What a note claims and how it closes (issue 10, the graders' fault 1 and rules 1, 2, 4, 5).

A qualification is said as a fact, tied to the reader's point when it answers one, never with a
stock tail claiming fit ('I know I could contribute from the start', '… would carry over to this
role'); a note nothing answers claims nothing and offers to go through the candidate's
experience instead. A note closes on something the reader can use (the decision date they gave,
references, a call), never on wanting to 'join' or being 'thrilled'; closes differ across a
panel; a roster of the panel is said only where nothing else of the day is named. Rounds in
fresh wording: a water utility, a veterinary practice, a bookshop chain, a hospital ward with an
eight-person panel, a freight depot, a school, a museum."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from followup.core import compose, writer
from followup.core import draft_quality as dq
from followup.core.check.results import Facts
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record
from followup.services.checking import check_text
from helpers_drafts import a_record


@pytest.fixture(scope="module")
def shipped() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


@pytest.fixture(scope="module")
def language(shipped) -> compose.Language:
    """The shipped sentences with "qual.none" left empty, as a user's sentences.toml may
    leave it (and as it ships once the checker sees the qualification in every close offer
    of "wrap.none"): a note nothing answers claims nothing."""
    slots = {k: v for k, v in shipped.bank.slots.items() if k != "qual.none"}
    return replace(shipped, bank=replace(shipped.bank, slots=slots))


def person(
    name: str, email: str | None, role: str = "interviewer", title: str | None = None
) -> dict:
    return {"name": name, "email": email, "title": title, "role": role}


def a_round(company: str, role: str, people: list[dict], topics: list[str], **more: Any) -> dict:
    return a_record(company, role, people, topics, **{"interviewed": "2027-06-08", **more})


def profile(*quals: str) -> Profile:
    return Profile(name="Rosa Delgado-Finch", email="rosa.df@post.example", phone=None,
                   qualifications=list(quals))  # fmt: skip


ROUNDS: dict[str, tuple[dict, Profile]] = {
    "water": (
        a_round(
            "Mesa Verde Water Authority",
            "Water Loss Program Manager",
            [
                person("Gideon Marsh", "g.marsh@mesaverdewater.example"),
                person("Priyanka Rao", "p.rao@mesaverdewater.example"),
                person("Tomasz Wojcik", "t.wojcik@mesaverdewater.example"),
                person("Colleen Avery", "c.avery@mesaverdewater.example", "coordinator"),
            ],
            [
                "gideon: non-revenue water stuck at 27%, board wants it under 20 by 2029",
                "priyanka walked me through the AMI rollout - 40k meters, half done",
            ],
            deadline="2027-06-30",
        ),
        profile(
            "Seven years running a district metering program for a city water department",
            "Led a leak detection program that cut non-revenue water from 31% to 19%",
            "BSc in civil engineering",
        ),
    ),
    "vet": (
        a_round(
            "Cedar Hollow Veterinary",
            "Practice Manager",
            [
                person("Dr. Nadia Okafor", "n.okafor@cedarhollowvet.example"),
                person("Ben Hartley", "b.hartley@cedarhollowvet.example"),
            ],
            ["nadia: client wait times up since the second surgeon left"],
        ),
        profile(
            "Five years managing the front desk and rota of a four-vet small-animal clinic",
            "Cut client wait times from 25 to 10 minutes with a new triage rota",
        ),
    ),
    "books": (
        a_round(
            "Paper Lantern Books",
            "Regional Operations Lead",
            [
                person("Marguerite Olsen", "m.olsen@paperlantern.example"),
                person("Kwame Asante", "k.asante@paperlantern.example"),
                person("Lily Chen", "l.chen@paperlantern.example"),
                person("Hugo Brandt", "h.brandt@paperlantern.example"),
                person("Sunita Rai", "s.rai@paperlantern.example", "coordinator"),
            ],
            ["kwame: stock transfers between the six shops are done by phone"],
        ),
        profile(
            "Six years running stock and rotas for a chain of three bookshops",
            "Built a shared inventory system for stock transfers between shops",
            "Trained 20 booksellers on the till and ordering system",
        ),
    ),
    "ward": (
        a_round(
            "Fernside General Hospital",
            "Ward Manager, Acute Medicine",
            [
                person("Moira Kettle", "m.kettle@fernside.example"),
                person("Dr. Idris Bello", "i.bello@fernside.example"),
                person("Hollie Strand", "h.strand@fernside.example"),
                person("Tariq Mahmood", "t.mahmood@fernside.example"),
                person("Agnes Whitlow", "a.whitlow@fernside.example"),
                person("Callum Reid", "c.reid@fernside.example"),
                person("Priti Desai", "p.desai@fernside.example"),
                person("Owain Lloyd", "o.lloyd@fernside.example"),
            ],
            [
                "moira: bank staff spend is 14% over budget this year",
                "idris: discharges before noon only 18%, wants 35",
                "hollie: falls on the ward up since the winter",
                "tariq showed me the new e-obs tablets",
            ],
            country="GB",
            tz="Europe/London",
        ),
        profile(
            "Led a 28-bed acute ward for four years",
            "Cut bank staff spend by 22% with a self-rostering pilot",
            "Ran a discharge-before-noon project that raised the rate from 15% to 33%",
        ),
    ),
    "depot": (
        a_round(
            "Ironbark Freight",
            "Night Shift Supervisor",
            [
                person("Shane Pollard", "s.pollard@ironbark.example"),
                person("Mei Tan", "m.tan@ironbark.example"),
            ],
            ["shane: pick rate on nights 20% below days", "mei: new WMS going live in march"],
            country="AU",
            tz="Australia/Brisbane",
            deadline="2027-06-09",
        ),
        profile(
            "Managed a night crew of 14 pickers for three years",
            "Raised night pick rates by 18% with a new slotting plan",
        ),
    ),
    "school": (
        a_round(
            "Larkspur Secondary School",
            "Science Teacher",
            [
                person("Ruth Adeyemi", "r.adeyemi@larkspur.example"),
                person("Tom Becker", "t.becker@larkspur.example"),
            ],
            [
                "ruth wants someone who can run the robotics club after school",
                "my demo lesson on density - tom asked about the float test",
            ],
            country="CA",
            tz="America/Toronto",
        ),
        profile(
            "Coached a robotics club to two provincial finals",
            "Taught grade 9 and 10 science for five years",
        ),
    ),
    "museum": (
        a_round(
            "Harrowgate Museum of Working Life",
            "Collections Officer",
            [
                person("Edwin Marsh", "e.marsh@harrowgate.example"),
                person("Bea Lindqvist", "b.lindqvist@harrowgate.example"),
                person("Jonah Pryce", "j.pryce@harrowgate.example"),
            ],
            ["edwin: 9,000 objects still not on the new collections database"],
        ),
        profile("Managed the move of 12,000 objects onto a new collections database"),
    ),
}

ON = date(2027, 6, 9)


def notes(which: str, language: compose.Language, on: date = ON) -> dict[str, list[str]]:
    """Every note of a round (--each, with the coordinator's): the reader -> its paragraphs."""
    record, prof = ROUNDS[which]
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.people if p.email]
    facts = compose.compose(interview, prof, plan, "email", people, on, language, each=True)
    return {f.to_name: list(f.paragraphs) for f in facts}


FIT = re.compile(
    r"\b(?:confident|believe|know|sure)\s+(?:that\s+)?(?:I\s+could|I'd|I\s+can|my\s+(?:background|experience))"
    r"|\bbring my (?:experience|knowledge|skills)\b|\bappeals to me\b|\bcarry over\b"
    r"|\bI could (?:help|contribute|do well|take)\b|\bcontribute (?:quickly|from the start)\b"
    r"|\bput my (?:skills|experience) to (?:use|work)\b|\bsuits this work\b|\bgood fit\b"
    r"|\bfits (?:the|this) (?:\w+ )*(?:role|work)\b|\bup to speed\b|\bfrom the start\b",
    re.I,
)
STOCK_CLOSE = re.compile(r"\bjoin(?:ing)?\b|\b(?:thrilled|delighted|excited)\b", re.I)
CLAIM_SLOTS = ("qual", "qual.held", "qual.plain", "bridge", "bridge.held",
               "bridge.concept", "bridge.point", "bridge.question", "need", "need.shared",
               "need.held")  # fmt: skip
CLOSE_SLOTS = ("wrap", "wrap.none", "wrap.decision", "thanks_wrap", "thanks_wrap.decision",
               "c_close", "c_close.none", "c_close.decision")  # fmt: skip


# --- the sentence bank ----------------------------------------------------------------------


@pytest.mark.parametrize("slot", CLAIM_SLOTS)
def test_no_claim_variant_carries_a_fit_tail(slot, language) -> None:
    """A qualification is said with what it answers, or plainly: never with a tail that only
    claims a fit ('and I'd bring my experience to this role', 'so I know I could help')."""
    for v in language.bank.slots.get(slot, ()):
        assert not FIT.search(v), (slot, v)


def test_a_note_nothing_answers_says_no_claim_of_fit(shipped) -> None:
    """'qual.none' (no qualification of yours can be said) is empty: the note claims nothing
    rather than 'I'm confident my background fits the role'."""
    assert not shipped.bank.slots.get("qual.none")


def test_a_bank_with_stock_none_lines_closes_as_usual(shipped) -> None:
    """A bank whose "qual.none" has lines says one of them and closes with "wrap", never with
    the offer of "wrap.none" after it (two offers in two sentences)."""
    record, prof = ROUNDS["ward"]
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.people if p.email]
    # the shipped "qual.none" is empty (session 25): a user's sentences.toml with stock lines
    lines = ("I'd be glad to apply my experience.", "I'm keen to apply my skills here.")
    slots = {**shipped.bank.slots, "qual.none": lines}
    stocked = replace(shipped, bank=replace(shipped.bank, slots=slots))
    facts = compose.compose(interview, prof, plan, "email", people, ON, stocked, each=True)
    offer = re.compile(r"\bmy (?:experience|background|track record|work|years)\b")
    for f in facts:  # the close (the last sentence) makes no second offer
        assert len(offer.findall(" ".join(f.paragraphs))) <= 1, f.paragraphs
        if any(line in " ".join(f.paragraphs) for line in lines):
            assert not offer.search(dq.sentences(f.paragraphs[-1])[-1]), f.paragraphs


@pytest.mark.parametrize("slot", CLOSE_SLOTS)
def test_no_close_wants_to_join_or_names_the_reader(slot, language) -> None:
    """A close never says how much the candidate wants to 'join' (to an HR partner or a peer
    they would not join) and never names the reader ('I'd be thrilled to join you, Jen')."""
    variants = language.bank.slots.get(slot, ())
    assert variants, slot
    for v in variants:
        assert not STOCK_CLOSE.search(v) and "{first}" not in v, (slot, v)
        if ".none" not in slot:
            assert not FIT.search(v), (slot, v)


BRINGS = re.compile(r"\bbring my (?:experience|skills|background)\b")
NONE_CLOSES = ("wrap.none", "wrap.none.next", "wrap.none.awaited", "wrap.none.decision",
               "c_close.none", "c_close.none.next", "c_close.none.awaited",
               "c_close.none.decision")  # fmt: skip
VAGUE_OFFER = re.compile(
    r"in this (?:area|field|kind of role)|examples of my|(?:details|more) (?:on|of) my (?:own )?"
    r"(?:work|experience|skills)|similar work|free most|my skills in this|my work in this",
    re.I,
)


@pytest.mark.parametrize("slot", NONE_CLOSES)
def test_a_close_of_a_note_that_claims_nothing_names_what_it_brings_once_and_plainly(
    slot, language
) -> None:
    """Session 38: the close of a note that claims nothing carries the note's qualification
    element as what the candidate would bring ('bring my experience to the team at X'), said
    once, in few words. Recruiters graded the offers it made before among the worst lines:
    'examples of my own work in this field' (a turbine technician, a new nurse have no
    portfolio), 'more on my experience in this area' (which area?), 'I'm free most days'
    (read as out of work). Outside these closes a claim is never followed by such a tail
    (test_no_claim_variant_carries_a_fit_tail)."""
    for v in language.bank.slots[slot]:
        assert not VAGUE_OFFER.search(v), (slot, v)
        assert len(BRINGS.findall(v)) == 1, (slot, v)
        assert len(v.split()) <= 24, (slot, v)


@pytest.mark.parametrize("slot", ("wrap", "wrap.none", "thanks_wrap", "c_close"))
def test_closes_differ_in_their_frames(slot, language) -> None:
    """Variants of one close do not start alike (a panel's closes would read as one frame)."""
    heads = [" ".join(v.split()[:3]) for v in language.bank.slots[slot]]
    assert len(set(heads)) >= len(heads) - 2, heads


# --- notes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", sorted(ROUNDS))
def test_no_note_carries_a_stock_fit_line(which, language) -> None:
    """No claim ends on a fit tail; what the candidate would bring is said only by the close
    of a note that claims nothing, once (test_a_close_of_a_note_that_claims_nothing_…)."""
    for name, paragraphs in notes(which, language).items():
        text = " ".join(paragraphs)
        close = dq.sentences(paragraphs[-1])[-1]
        assert len(FIT.findall(text)) == len(FIT.findall(close)) <= 1, (name, text)


@pytest.mark.parametrize("which", sorted(ROUNDS))
def test_no_note_closes_on_wanting_to_join(which, language) -> None:
    for name, paragraphs in notes(which, language).items():
        assert not STOCK_CLOSE.search(paragraphs[-1]), (name, paragraphs[-1])


@pytest.mark.parametrize("which", ["water", "vet", "ward", "depot", "school", "museum"])
def test_every_note_keeps_the_six_elements(which, language) -> None:
    record, prof = ROUNDS[which]
    for name, paragraphs in notes(which, language).items():
        body = "\n\n".join(paragraphs)
        facts = Facts(
            company=record["company"],
            role=record["role"],
            people=tuple(p["name"] for p in record["people"]),
            topics=tuple(record["topics"]),
            candidate=prof.name,
            qualifications=tuple(prof.qualifications),
        )
        text = f"Dear {name},\n\n{body}\n\nBest regards,\n{prof.name}\n"
        result = check_text(None, text, "email", facts)
        missing = [k for k, v in result.elements.items() if not v]
        assert not missing, (name, missing, body)


def test_the_point_and_the_claim_that_answers_it_sit_together(language) -> None:
    """Rule 1: the reader's point, then the one qualification that answers it, as a fact."""
    written = notes("vet", language)
    text = " ".join(written["Dr. Nadia Okafor"])
    assert "25 to 10 minutes" in text, text
    at = text.index("25 to 10 minutes")
    assert "wait times" in text[:at], text


def test_a_stated_need_is_answered_by_its_claim(language) -> None:
    """'ruth wants someone who can run the robotics club': the robotics club claim, as a fact."""
    text = " ".join(notes("school", language)["Ruth Adeyemi"])
    assert "robotics club" in text and "provincial finals" in text, text
    assert not FIT.search(text), text


def test_a_big_panel_with_few_claims_leaves_no_roll_call_note_claimless(language) -> None:
    """Three claims for eight readers: a reader none answers and whose note names no topic of
    theirs (a roll-call of the people met) hears one of them rather than a stock line ('I'd
    put my training to good use.', marked by recruiters; issue 10, session 24); a note with a
    topic of its own keeps a line no other note says so, and no claim is in every note."""
    written = notes("ward", language)
    claims = ("28-bed", "22%", "15% to 33%")
    for ps in written.values():
        text = " ".join(ps)
        if not any(c in text for c in claims):
            close = ps[-1]
            assert re.search(
                r"\bmy (?:own )?(?:experience|background|track record|work|years|skills|training|"
                r"career|time)\b",
                close,
            ), close
    for c in claims:
        assert sum(c in " ".join(ps) for ps in written.values()) < len(written), c


def test_an_eight_person_panel_stays_personal(language) -> None:
    written = {n: "\n\n".join(ps) for n, ps in notes("ward", language).items()}
    assert len(written) == 8
    report = dq.panel_report(written, limit=0.2, min_words=6)
    assert report.over_limit == 0 and not report.shared and report.max_jaccard < 0.2, report


def test_closes_differ_across_a_panel(language) -> None:
    closes = [ps[-1] for ps in notes("ward", language).values()]
    last = [dq.sentences(c)[-1] for c in closes]
    assert len(set(last)) == len(last), last


def test_the_decision_date_they_gave_is_said_when_still_ahead(language) -> None:
    """Rule 2: the water authority decides by June 30; the note written on June 9 to whom the
    plan writes says so (since session 37 only that one: a personal note to a peer on the
    panel does not press them for the decision date, which recruiters marked)."""
    written = notes("water", language)
    dated = [n for n, ps in written.items() if "June 30" in ps[-1]]
    assert len(dated) == 1, written


def test_a_decision_date_gone_by_is_not_said(language) -> None:
    """The depot decided on the day the notes are written: no note looks forward to it."""
    for name, paragraphs in notes("depot", language).items():
        assert "June 9" not in " ".join(paragraphs), (name, paragraphs)


def test_decision_words() -> None:
    english = compose.English()
    assert compose.decision_words(date(2027, 6, 30), ON, english) == english.day(date(2027, 6, 30))
    assert compose.decision_words(ON, ON, english) is None
    assert compose.decision_words(date(2027, 6, 1), ON, english) is None
    assert compose.decision_words(None, ON, english) is None


@pytest.mark.parametrize(
    ("values", "kinds"),
    [
        ({"qual": "I have led …"}, []),
        ({"qual": None}, ["none"]),
        ({"qual": "I have led …", "decision": "Friday, June 30"}, ["decision"]),
        ({"decision": "Friday, June 30"}, ["none.decision", "none", "decision"]),
        ({"next_step": "a site visit"}, ["none.next", "none", "next"]),
    ],
)
def test_which_close_a_note_takes(values, kinds) -> None:
    assert writer._close_kinds(values) == kinds


def test_a_roster_is_said_only_where_nothing_else_of_the_day_is(language) -> None:
    """Rule 4: a reader who took part in the candidate's demo lesson is thanked for that, and
    the note names no roster of the panel."""
    text = " ".join(notes("school", language)["Tom Becker"])
    assert "alongside" not in text and "as well as Ruth" not in text, text


def test_a_thin_credential_is_never_the_bridge(language) -> None:
    """A degree held is never offered as the answer to their point: the water utility's
    readers hear the leak-detection result or the metering program, not the BSc."""
    for name, paragraphs in notes("water", language).items():
        assert "BSc" not in " ".join(paragraphs), (name, paragraphs)


@pytest.mark.parametrize(
    ("need", "claim", "not_concept"),
    [
        ("non-revenue water stuck at 27%", "cut non-revenue water from 31% to 19%", "sales"),
        ("the board wants non-revenue losses halved", "ran a leak detection crew", "sales"),
        ("anti-money laundering alerts piling up", "retuned anti-money laundering rules", "costs"),
    ],
)
def test_a_negated_word_names_no_concept_of_its_second_part(need, claim, not_concept, language):
    """'non-revenue' is no concept of sales: a bridge never says 'On sales, I have led a leak
    detection program' to a water utility."""
    from followup.core import claims

    assert claims.fit(need, claim, language)[1] != not_concept


BAKERY = (
    a_round(
        "Crumb & Hearth Bakery",
        "Production Supervisor",
        [
            person("Lou Ferrante", "lou@crumbhearth.example"),
            person("Dana Kim", "dana@crumbhearth.example", "coordinator"),
        ],
        ["lou showed me the new deck oven", "the story of the sourdough starter from 1962"],
        qualifications=[
            "Food safety level 2 certificate",
            "Ran a night bake team of 9, producing 4,000 loaves a shift",
        ],
    ),
    profile(),
)


def test_the_coordinators_note_claims_the_strongest_line_not_a_certificate(language) -> None:
    """Nothing of the day answers a claim: the note to the coordinator never says the food
    safety certificate; since session 37 a note that names a topic says no line it cannot
    tie (a non-sequitur to recruiters), so its close offers to say more instead."""
    ROUNDS["bakery"] = BAKERY
    try:
        written = notes("bakery", language)
    finally:
        del ROUNDS["bakery"]
    text = " ".join(written["Dana Kim"])
    assert "certificate" not in text, text
    assert "night bake team" in text or re.search(r"\bmy (?:experience|work)\b", text), text

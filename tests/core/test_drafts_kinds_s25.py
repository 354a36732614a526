"""Drafts a recruiter would be glad to get (issue 10, session 25), by kind of fault. Recruiters
grading notes on rounds we had never seen marked worst: a claim bolted onto a topic, or
ended on a stock tail that fits any claim ('…, which bears directly on the train shift
leads.', '…, which I think would serve this role well.'); a topic praised oddly, left vague
or in the user's shorthand and capitals ('The Echo acoustic liquid handler was a highlight
of the conversation for me.', 'I was glad we could cover the pair prog.', 'the big push',
'the Team is moving off …'); empty stock lines ('I'd put my training to good use.',
'references are ready'); and the same close in note after note although the notes say what
comes next. Each case here is new wording in the shapes people jot (shorthand, fragments,
lower case, many industries and countries, panels up to eight), and every note stays one the
product's own checker calls ready."""

from __future__ import annotations

import re

import pytest

from followup.core import draft_quality as dq
from followup.core.models import Format, Profile
from helpers_drafts import drafts_of, email_round, panel_people

# (industry, company, country, interviewers, topics, qualifications) as people type them
ROUNDS = [
    ("manufacturing", "Halvorsen Drivetrain Inc.", "US", ("Tomasz Wilk", "Renee Ackerman"),
     ["tomasz: burr on the gear shaft spline", "renee - PPAP backlog w/ tier 2s"],
     ["closed 14 customer 8D complaints in 2 yrs", "CQE (ASQ)"]),
    ("rail", "Northern Crosslink Rail", "GB", ("Graham Pike", "Anita Sohal", "Lee Parr"),
     ["graham - the train shift leads", "anita: fleet availability 91% -> 95%"],
     ["NEBOSH General Cert", "ran 24/7 rota for 40 drivers at a freight yard"]),
    ("lab", "Quillon Biosciences", "CA", ("Arjun Khatri", "Fiona Mcleod"),
     ["arjun - the Echo acoustic liquid handler", "fiona: assay transfer to the new site"],
     ["4 yrs high-throughput screening", "ran qPCR for 3 oncology programs"]),
    ("nursing", "St. Brigid's University Hospital", "IE", ("Aoife Keane", "Conor Walsh"),
     ["aoife - trolley waits in ED", "conor: early warning score audit"],
     ["PG Dip Acute Medicine", "6 yrs medical ward, 2 as CNM1 acting", "ALS provider"]),
    ("hospitality", "Kauri Bay Lodge", "NZ", ("Hamish Doyle", "Lucia Ferreira"),
     ["hamish - opera pms", "lucia: guest reviews dip in winter"],
     ["5 yrs front desk, 2 as night manager", "Dip Hospitality Mgmt"]),
    ("software", "Ferncliff Systems", "US",
     ("Owen Hartley", "Jin Park", "Sofia Alvarez", "Marcus Bell", "Dana Whitcomb",
      "Ravi Kulkarni", "Ellen Ostrowski"),
     ["sofia: incident reviews", "marcus re k8s migration off ECS",
      "ellen: postgres 12 -> 16 upgrade"],
     ["led migration of 200 services to Kubernetes", "cut p99 latency 40% on payments API",
      "BS Computer Science"]),
    ("energy", "Prairie Sun Renewables", "CA",
     ("Gord Sinclair", "Amrit Gill", "Chantal Roy", "Wes Tran", "Brigitte Lavoie", "Kyle Okonkwo"),
     ["amrit: P6 schedule updates", "chantal: cost overrun on the substation"],
     ["PMP", "controls for a $600M wind project", "9 yrs project controls in oil & gas"]),
    ("teaching", "Highveld College", "ZA", ("Pieter du Plessis", "Zanele Dube"),
     ["pieter: matric pass rate in phys sci", "zanele - lab safety after the fire drill"],
     ["BEd FET Physical Sciences", "8 yrs teaching matric classes"]),
]  # fmt: skip


def _round(industry, company, country, names, topics, quals, **fields):
    domain = re.sub(r"\W", "", company.lower())[:12] + ".example"
    i = email_round(company, "Operations Lead", panel_people(domain, *names), country=country,
                    format=fields.pop("format", Format.VIDEO), topics=topics, **fields)  # fmt: skip
    return i, Profile("Alex Moreno", "alex@example.com", qualifications=quals)


def _bad(written) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for w in written:
        for kind, said in dq.bad_kind_sentences(f"{w.draft.subject}\n\n{w.draft.body}").items():
            found.setdefault(kind, []).extend(said)
    return found


# --- 1. a claim is said plainly or paired by meaning, never with a stock tail -----------------


@pytest.mark.parametrize("spec", ROUNDS, ids=[r[0] for r in ROUNDS])
def test_no_claim_ends_on_a_stock_tail_and_no_note_says_an_empty_line(spec) -> None:
    i, profile = _round(*spec)
    written = drafts_of(i, profile)
    bad = _bad(written)
    assert not bad.get("stock_tail"), bad["stock_tail"]
    assert not bad.get("empty_stock"), bad["empty_stock"]
    for w in written:
        assert w.verdict == "ready", (w.reasons, w.draft.body)


# --- 2. a topic lands in the sentence its kind needs ------------------------------------------

# vague jots, shorthand no note may say, capitals a jot gives a common noun
ODD_TOPICS = [
    ("software", "US", ["owen: the pair prog", "ravi: the big push"], r"\bprog\b|big push"),
    ("rail", "GB", ["lee: new rostering sys o/d", "graham - the whole thing w/ rosters"],
     r"o/d|\bsys\b|whole thing"),
    ("retail", "AU", ["brendan: the Team is moving off uniform to a cloud back office system",
                      "lou - the big push"], r"\bthe Team\b|big push"),
    ("marketing", "GB", ["olly: the Business wants more organic leads", "priti - the main change"],
     r"\bthe Business\b|main change"),
]  # fmt: skip


@pytest.mark.parametrize("industry,country,topics,never", ODD_TOPICS)
def test_a_vague_or_jotted_topic_is_said_in_full_or_left_out(
    industry, country, topics, never
) -> None:
    names = ("Owen Hartley", "Ravi Kulkarni")
    i, profile = _round(industry, "Ferncliff Systems", country, names, topics,
                        ["led a team of 12", "BS Computer Science"])  # fmt: skip
    written = drafts_of(i, profile)
    for w in written:
        assert not re.search(never, w.draft.body), w.draft.body
        assert w.verdict == "ready", (w.reasons, w.draft.body)
    assert not _bad(written).get("odd_topic")


# an item is seen or heard about, a plan asked about; never 'a highlight' nor 'good to hear'
KIND_FRAMES = [
    ("lab", "CA", ["arjun - the Echo acoustic liquid handler"], ["Echo acoustic liquid handler"]),
    ("hospitality", "NZ", ["hamish - opera pms"], ["Opera PMS"]),
    ("legal", "US", ["michael - e-discovery in Relativity"], ["Relativity"]),
    ("retail", "AU", ["brendan: moving to a cloud back office system next yr"], []),
    ("public sector", "AU", ["mark - the new flood recovery consults in march"], []),
]  # fmt: skip


@pytest.mark.parametrize("industry,country,topics,items", KIND_FRAMES)
def test_an_item_or_plan_is_never_praised_as_a_highlight(industry, country, topics, items):
    i, profile = _round(industry, "Kauri Bay Lodge", country, ("Arjun Khatri", "Hamish Doyle"),
                        topics, ["5 yrs front desk", "Dip Hospitality Mgmt"], items=items,
                        format=Format.IN_PERSON)  # fmt: skip
    written = drafts_of(i, profile)
    for w in written:
        assert not re.search(r"highlight|glad we (?:had time|could cover)", w.draft.body)
        assert not re.search(r"good to hear that .{0,40}(?:moving|new)", w.draft.body)
        assert w.verdict == "ready", (w.reasons, w.draft.body)


# --- 3. closes differ by round and say what the record holds ----------------------------------

NEXT_STEPS = [
    ("US", "keisha said decision soon. 2nd round w/ plant mgr if they move fwd",
     r"second round with the plant manager"),
    ("IN", "next round is a case study w/ the CFO, sneha will send dates",
     r"case study with the CFO"),
    ("AU", "final step is a store visit w/ brendan", r"store visit with Brendan"),
    ("CA", "they want to decide before holidays. site visit w/ lou next", r"site visit with Lou"),
]  # fmt: skip


@pytest.mark.parametrize("country,notes,said", NEXT_STEPS)
def test_a_close_names_the_next_step_the_notes_mention(country, notes, said) -> None:
    i, profile = _round("retail", "Pelican Outdoor Supply", country,
                        ("Brendan Kane", "Lou Vo"), ["lou - shrink at 2.1%"],
                        ["7 yrs store mgmt, 2 stores"], notes=notes)  # fmt: skip
    written = drafts_of(i, profile)
    assert any(re.search(said, w.draft.body) for w in written), [w.draft.body for w in written]
    for w in written:
        assert not re.search(r"how things go from here|references are ready", w.draft.body)
        assert w.verdict == "ready", (w.reasons, w.draft.body)


def test_closes_differ_across_rounds_of_different_users() -> None:
    closes: dict[str, set[str]] = {}
    for spec in ROUNDS:
        i, profile = _round(*spec)
        for w in drafts_of(i, profile):
            last = dq.sentences(dq.body_of(w.draft.body))[-1]
            last = re.sub(re.escape(spec[1]), "X", last).replace("Operations Lead", "Y")
            closes.setdefault(last, set()).add(spec[0])
    # the measure of a stock sentence: the same one in the notes of five users
    shared = {c: users for c, users in closes.items() if len(users) >= 5}
    assert not shared, shared


# --- 4. cards: short, warm, a different thanks on each card of a panel ------------------------

CARD_PANELS = [
    ("energy", "Prairie Sun Renewables", "CA",
     ("Gord Sinclair", "Amrit Gill", "Chantal Roy", "Wes Tran", "Brigitte Lavoie", "Kyle Okonkwo"),
     ["amrit: P6 schedule updates", "chantal: cost overrun on the substation"]),
    ("software", "Ferncliff Systems", "US",
     ("Owen Hartley", "Jin Park", "Sofia Alvarez", "Marcus Bell", "Dana Whitcomb",
      "Ravi Kulkarni", "Ellen Ostrowski", "Tom Reyes"),
     ["sofia: incident reviews", "marcus re k8s migration off ECS"]),
    ("nursing", "Moreton Bay Private Hospital", "AU",
     ("Jo Nguyen", "Raj Menon", "Shauna Reilly", "Kylie Barton", "Mark Tulloch", "Yindi Walker",
      "Chris Papadopoulos"),
     ["jo: ward budget", "raj re ERAS pathway for colorectal"]),
]  # fmt: skip


@pytest.mark.parametrize("spec", CARD_PANELS, ids=[c[0] for c in CARD_PANELS])
def test_no_two_cards_of_a_big_panel_open_alike_and_none_says_a_stock_line(spec) -> None:
    industry, company, country, names, topics = spec
    i, profile = _round(industry, company, country, names, topics, ["PMP"],
                        format=Format.IN_PERSON)  # fmt: skip
    cards = [w for w in drafts_of(i, profile, kind="card") if w.draft.kind == "card"]
    assert len(cards) >= len(names)
    openings = [dq.sentences(dq.body_of(w.draft.body))[0] for w in cards]
    assert len(set(openings)) == len(openings), openings
    for w in cards:
        assert len(dq.norm_words(dq.body_of(w.draft.body))) <= 60, w.draft.body
        assert not _bad([w]), w.draft.body
        assert w.verdict == "ready", (w.reasons, w.draft.body)

"""Drafts a recruiter would be glad to get (issue 10, session 23), by kind of fault. Recruiters
reading `draft` and `draft --each` notes on rounds they had never seen marked four kinds of
sentence: a jotted fragment wrapped in a frame that needs a full noun phrase ('I was glad we
could cover the AV costs.'), a generic offer where the candidate has a qualification to say
('Ask about my experience in depth.'), a decision date gone by said flatly and needily ('I
know the decision was planned for …; I'd still very much like to …') and pass-on thanks with
stock praise ('Please also thank … for a great conversation.'). Each case here is new wording
in the shapes people jot and the record holds (trades, offices, schools; US, GB, CA, AU), and
every note stays one the product's own checker calls ready."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from followup.config import load_settings
from followup.core.draft_quality import sentences
from followup.core.models import Format, Profile
from followup.services import drafting
from helpers_drafts import DAY, drafts_of, email_round, panel_people

SETTINGS = load_settings(env={})


def _bank(country: str = "US") -> dict[str, tuple[str, ...]]:
    return drafting.load_data(SETTINGS, country).language.bank.slots


NO_QUALS = Profile("Sam Okafor", "sam@example.com")


# --- 1. a jotted fragment in a frame that reads right -----------------------------------------

# Jots as people type them: fragments with symbols, shorthand, figures and bare plurals, each
# tied to one interviewer or to nobody.
FRAGMENTS = [
    ("Harlow & Finch", "Tax Senior", "US", ["Marcus Bell", "Priya Raman"],
     ["penalty + interest on late filings", "marcus: new stats pkg for the partners"]),
    ("Kestrel Logistics", "Inventory Lead", "US", ["Dana Cole", "Luis Ortega", "Amy Shah"],
     ["cycle count accuracy 97%", "luis - AV costs at the sales kickoff",
      "amy: returns backlog since black friday"]),
    ("Tŷ Gwyn Primary", "Year 4 Teacher", "GB", ["Rhian Evans", "Gethin Lloyd"],
     ["rhian big on play-based maths", "gethin: attendance figures, down 3% on last yr"]),
    ("Fraser Valley Credit Union", "Member Service Advisor", "CA",
     ["Luc Tremblay", "Karen Olafson"],
     ["mortgage renewals -> rate shock", "karen re: new stats on wait times"]),
    ("Southbank Events", "Event Coordinator", "AU", ["Kylie Moore", "Tom Nguyen"],
     ["AV costs", "tom: venue hire + catering margins"]),
]  # fmt: skip

# Frames that read right only round a full noun phrase of a certain kind: 'cover' (said of
# costs or penalties it reads as paying them), 'on the day was useful', a phrase mulled over
# or kept 'on my mind' (it presumes an idea, not a figure or a line item).
UNSAFE = re.compile(
    r"\bcover(?:ed)? (?:the |your )?\{?|\bon the day was useful|\bthinking about (?:the |your )|"
    r"\bturning over\b|\bstayed on my mind\b|\bthought more about (?:the |your )",
    re.I,
)
# A frame safe for any noun phrase: talked about, heard about, discussed.
SAFE_LEAD = (
    r"(?:conversation|discussion|talk|talked|talking|hear|hearing|heard|chat)"
    r"(?: with you)? (?:about|of|through|on) "
)


@pytest.mark.parametrize("company,role,country,names,topics", FRAGMENTS)
def test_a_jotted_fragment_is_said_in_a_frame_safe_for_any_phrase(
    company, role, country, names, topics
) -> None:
    domain = re.sub(r"\W", "", company.lower())[:12] + ".example"
    i = email_round(company, role, panel_people(domain, *names), format=Format.IN_PERSON,
                    country=country, topics=topics)  # fmt: skip
    written = drafts_of(i, NO_QUALS)
    assert written
    for w in written:
        body = w.draft.body
        assert w.verdict == "ready", (w.reasons, body)
        if not w.topic:
            continue
        phrase = w.topic["phrase"]
        # a phrase made from a jot it had to guess at, or of a kind it cannot tell
        unsure = w.topic["kind"] == "topic" or any(
            d["phrase"] == phrase and d["doubts"] for d in w.doubts
        )
        said = [s for s in sentences(body) if phrase.lower() in s.lower()]
        for s in said:
            assert not UNSAFE.search(s), s
            if unsure:
                lead = SAFE_LEAD + r"(?:the |your )?" + re.escape(phrase)
                assert re.search(lead, s, re.I), s


def test_no_frame_for_a_topic_of_unclear_kind_needs_more_than_a_noun_phrase() -> None:
    """The frames of a topic whose kind is unclear (and the coordinator's) are the ones a
    fragment can fill: none pays for it ('cover'), none mulls it over."""
    bank = _bank()
    for slot in ("spec", "c_spec", "open_topic"):
        for v in bank[slot]:
            assert not UNSAFE.search(v), (slot, v)


# --- 2. the candidate's qualification, not a generic offer ------------------------------------

GENERIC = re.compile(
    r"\b(?:ask (?:me )?about|in depth|in detail|track record|my background\b|"
    r"my experience in depth)",
    re.I,
)


def test_a_panel_hears_the_candidates_qualifications_not_a_generic_offer() -> None:
    """Nothing discussed matches a qualification closely, but the round holds four: a note
    with no topic of its own says one (a different one to each reader), in a sentence that
    fits its form; since session 37 a note that names a topic the claim does not answer says
    none (recruiters read it as a non-sequitur), and its close offers to say more."""
    people = panel_people("mesquite.example", "Dolores Okoro", "Jenna Marsh", "Ray Delgado")
    i = email_round(
        "Mesquite Springs Elementary",
        "4th Grade Teacher",
        people,
        format=Format.IN_PERSON,
        country="US",
        topics=[
            "okoro: campus improvement plan, reading scores down",
            "ray delgado needs someone for after school running club",
            "PLCs every thursday",
        ],
        qualifications=[  # jotted for this application
            "3 yrs 4th grade",
            "team lead for 4th grade math",
            "masters curriculum & instr",
            "CPR and First Aid certified",
        ],
    )
    profile = Profile("Hannah Cortez", "hannah@example.com")
    notes = [w for w in drafts_of(i, profile) if w.draft.to_name != "Jo Martin"]
    assert len(notes) == 3
    said = []
    for w in notes:
        body = w.draft.body
        assert w.verdict == "ready", (w.reasons, body)
        assert not GENERIC.search(body), body
        claims = [
            s
            for s in sentences(body)
            if re.search(r"\b(?:three years|team lead|master's|CPR)\b", s)
        ]
        assert len(claims) <= 1, body
        if claims:
            said.append(claims[0])
        else:
            said_more = r"\bmy (?:own )?(?:experience|work|training|career|years|skills)\b"
            assert re.search(said_more, body)
    found = [re.search(r"three years|team lead|master's|CPR", s) for s in said]
    assert len({m.group() for m in found if m}) == len(said)  # never the same line twice


def test_a_note_with_no_qualification_offers_in_one_plain_sentence() -> None:
    """No qualification on record: the note's offer is one full sentence, never an
    imperative ('Ask about my …') nor two clipped ones ('Referees can vouch too.')."""
    people = panel_people(
        "coastline.example", "Darren Price", "Mel Hughes", "Jack Burns", "Zoe Lam"
    )
    i = email_round("Coastline Electrical", "Electrician", people, format=Format.IN_PERSON,
                    country="AU", topics=["switchboard upgrades for the new estate"])  # fmt: skip
    for w in drafts_of(i, NO_QUALS):
        body = w.draft.body
        assert w.verdict == "ready", (w.reasons, body)
        assert not GENERIC.search(body), body
        for s in sentences(body):
            assert not re.match(r"(?:Ask|Tell|Call|Happy to|Referees|References)\b", s), s


@pytest.mark.parametrize("slot", ["qual.none", "qual.none.plain"])
def test_every_offer_is_one_full_sentence(slot) -> None:
    for v in _bank()[slot]:
        assert len(sentences(v)) == 1, v
        assert re.match(r"(?:I|I'm|I'd|I've|My)\b", v), v
        assert not GENERIC.search(v), v
        assert len(v.split()) < 8, v  # a longer line would be every user's stock sentence


# --- 3. a decision date gone by: warm and plain --------------------------------------------------

PRESSING = re.compile(
    r"\bI know (?:the|a|that)\b|\bstill very much\b|you said you'd decide|"
    r"\bwas (?:planned|due|expected)\b|date you (?:set|gave)|had in mind for a decision|"
    r"you planned to",
    re.I,
)


@pytest.mark.parametrize("days_after", [2, 6])
def test_a_note_after_the_decision_date_does_not_hold_it_up_to_them(days_after) -> None:
    people = panel_people("northgate.example", "Gary Webb", "Tasha Reid", "Omar Khalil")
    deadline = DAY + timedelta(days=3)
    i = email_round("Northgate Logistics", "Warehouse Team Leader", people,
                    format=Format.IN_PERSON, country="GB", deadline=deadline,
                    topics=["gary: peak season staffing"])  # fmt: skip
    today = deadline + timedelta(days=days_after)
    said = drafting.load_data(SETTINGS, "GB").language.english.day(deadline)
    for w in drafts_of(i, NO_QUALS, today=today):
        body = w.draft.body
        assert w.verdict == "ready", (w.reasons, body)
        assert said not in body, body
        assert not PRESSING.search(body), body


@pytest.mark.parametrize(
    "slot",
    ["wrap.decided", "thanks_wrap.decided", "c_close.decided", "phone_close.decided",
     "wrap.decision", "thanks_wrap.decision", "c_close.decision"],
)  # fmt: skip
def test_no_close_presses_on_their_decision(slot) -> None:
    for v in _bank()[slot]:
        assert not PRESSING.search(v), v
        if slot.endswith("decided"):
            assert "{decided}" not in v, v  # a date gone by is not held up to them


# --- 4. thanks passed on ----------------------------------------------------------------------

PRAISE = re.compile(
    r"\b(?:great|wonderful|fantastic|amazing|lovely|excellent) "
    r"(?:conversation|chat|discussion|meeting|time)\b",
    re.I,
)


@pytest.mark.parametrize("slot", ["c_pass", "c_pass.many", "pass", "pass.many"])
def test_thanks_passed_on_carry_no_stock_praise(slot) -> None:
    for v in _bank()[slot]:
        assert not PRAISE.search(v), v


def test_a_big_panels_thanks_name_two_and_the_rest_as_a_group() -> None:
    people = panel_people("brightwater.example", "Sam Ortiz", "Priyanka Das", "Leo Marsh",
                          "Ana Ruiz", "Wei Chen")  # fmt: skip
    i = email_round("Brightwater Software", "Senior Data Engineer", people, format=Format.VIDEO,
                    country="US", topics=["sam: the move off the nightly batch"])  # fmt: skip
    (plan_note,) = drafts_of(i, NO_QUALS, each_too=False)
    body = plan_note.draft.body
    assert plan_note.verdict == "ready", (plan_note.reasons, body)
    passed = [s for s in sentences(body) if re.search(r"\bthank", s, re.I) and "Sam" in s]
    assert len(passed) == 1, body
    named = [n for n in ("Sam", "Priyanka", "Leo", "Ana", "Wei") if n in passed[0]]
    assert len(named) <= 2, passed
    assert re.search(r"\b(?:everyone|the others|each of)\b", passed[0]), passed
    assert not PRAISE.search(body), body


@pytest.mark.parametrize("jot,said", [
    ("luis: cycle count accuracy", "cycle count accuracy"),
    ("bed occupancy over winter", "bed occupancy over winter"),
    ("amy - staff absenteeism", "staff absenteeism"),
])  # fmt: skip
def test_a_measure_named_by_a_mass_noun_takes_no_article(jot, said) -> None:
    """'I've been thinking about your cycle count accuracy' read as a judgement, and 'the
    cycle count accuracy' as a slip: a measure is said bare."""
    i = email_round("Kestrel Logistics", "Inventory Lead",
                    panel_people("kestrel.example", "Luis Ortega", "Amy Shah"),
                    format=Format.IN_PERSON, country="US", topics=[jot])  # fmt: skip
    for w in drafts_of(i, NO_QUALS):
        assert w.verdict == "ready", (w.reasons, w.draft.body)
        assert not re.search(rf"\b(?:the|your) {said}", w.draft.body), w.draft.body

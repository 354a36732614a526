"""The worst sentences of issue 10's blind grade, by kind (s16 drafts-b), each closed for every
wording: a word is a person only when the record or the jotting makes one of it ('dialled in
from site' is what someone did, a person's own address titled '… team' is a person's); a word
of spoken address ('sir', "ma'am", 'ji', 'kuya', 'didi') beside a name is no person and no
title of an English letter; and the checker blocks what the composer cannot prevent. Every
case is new wording, in other industries and countries than the graded set."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import checked
from followup.config import load_settings
from followup.core import clauses, compose, greetings, phrasing
from followup.core.check import Facts
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.core.people import split_person
from followup.services import drafting, planning

LANGUAGE = drafting.load_data(load_settings(env={})).language
LEXICON = LANGUAGE.lexicon
TODAY = date(2027, 3, 10)
PROFILE = Profile(
    name="Ifeoma Nwosu",
    email="ifeoma@example.com",
    qualifications=["Four years running dispatch for a regional courier"],
)


def _round(country: str, people: list[Person], topics: list[str], **kw) -> Interview:
    return Interview(
        company="Kestrel Freight",
        role="Dispatch Lead",
        interviewed=date(2027, 3, 8),
        format=Format.VIDEO,
        channel=Channel.EMAIL,
        country=country,
        people=people,
        topics=topics,
        **kw,
    )


def written(i: Interview, today: date = TODAY) -> dict[str, str]:
    settings = load_settings(env={})
    plan = planning.Planner(settings, today)(i)
    out = {}
    for each in (False, True):
        batch = drafting.compose_drafts(
            settings, i, PROFILE, plan, kind="email", each=each, today=today
        )
        for w in batch.written:
            assert w.verdict == "ready", (w.draft.body, w.reasons)
            out[w.draft.to_email or w.draft.to_name or ""] = w.draft.body
    return out


# --- what someone did is no name --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        ("tane (yard foreman) - dialled in from the depot, no camera", "tane", "yard foreman"),
        ("moana (ops lead) - joining by phone from the wharf", "moana", "ops lead"),
        ("kev - patched in over teams", "kev", None),
        ("priscilla (night sister) - called in from the ward", "priscilla", "night sister"),
    ],
)
def test_a_remark_on_how_someone_took_part_is_no_name(typed, name, title):
    p = split_person(typed, "NZ")
    assert (p.name, p.title) == (name, title)


def test_a_remark_stored_as_a_name_is_never_listed_as_a_person():
    people = [
        Person("Anahera Wells", "anahera@kestrel.example", role=PersonRole.COORDINATOR),
        Person("Ruth Tamihana", "ruth@kestrel.example"),
        Person("Liam Ford", "liam@kestrel.example"),
        Person("joined by phone from the depot", title="yard foreman"),
    ]
    notes = written(_round("NZ", people, ["the new route planner", "liam: fuel card audit"]))
    for body in notes.values():
        assert not re.search(r"\bJoined\b", body), body


def test_a_person_whose_own_address_has_a_team_title_is_greeted_by_name():
    people = [
        Person("Hamish Doyle", "hamish.d@kestrel.example", title="talent team"),
        Person("Rangi Parata", "rangi.p@kestrel.example", title="ops manager, linehaul team"),
    ]
    notes = written(_round("NZ", people, ["linehaul driver shortage"]))
    assert notes["rangi.p@kestrel.example"].startswith("Dear Rangi,")
    assert notes["hamish.d@kestrel.example"].startswith("Dear Hamish,")


# --- a word of spoken address is no person ---------------------------------------------

PEOPLE = {
    "venkatesh": "Mr Venkatesh Rao",
    "rao": "Mr Venkatesh Rao",
    "lorna": "Ms Lorna Santos",
    "santos": "Ms Lorna Santos",
    "ade": "Ade Balogun",
    "balogun": "Ade Balogun",
}


def _said(jot: str, reader: str | None = None) -> str | None:
    i = _round(
        "IN",
        [Person(n, f"{n.split()[-1].lower()}@x.example") for n in dict.fromkeys(PEOPLE.values())],
        [jot],
    )
    jot = compose.unhonoured_round(i, LANGUAGE.address).topics[0]
    c = clauses.read(jot, LANGUAGE.clauses, LEXICON, PEOPLE)
    return c.said(reader) if c else None


@pytest.mark.parametrize(
    ("jot", "owner"),
    [
        ("venkatesh sir wants someone to own the vendor onboarding", "Mr Venkatesh Rao"),
        ("ops moving to a new TMS → venkatesh sir needs a lead who can run the cutover",
         "Mr Venkatesh Rao"),
        ("ma'am lorna: wants the night dispatch desk staffed by march", "Ms Lorna Santos"),
        ("lorna ma'am wants fewer missed pickups", "Ms Lorna Santos"),
        ("ade bhai needs a second planner for the lagos hub", "Ade Balogun"),
        ("rao ji wants weekly route reviews", "Mr Venkatesh Rao"),
    ],
)  # fmt: skip
def test_a_word_of_address_beside_a_name_is_the_person_never_the_sir(jot, owner):
    said_to_them = _said(jot, owner)
    said_to_others = _said(jot)
    assert said_to_them is not None and said_to_them.startswith("you "), said_to_them
    assert said_to_others is not None
    for text in (said_to_them, said_to_others):
        assert not re.search(r"(?i)\b(?:the|a) (?:sir|ma'am|ji|bhai)\b", text), text


GREETINGS = [
    ("PH", "Ma'am Lorna Santos", "Ms. Santos"),
    ("PH", "sir paolo reyes", "Mr. Reyes"),
    ("IN", "Madam Deepa Menon", "Ms. Menon"),
    ("NG", "Sir Tunde Bakare", "Mr. Bakare"),
    ("PH", "Ma'am Lorna", "Lorna"),
    ("PH", "kuya ramon dizon", "Ramon"),
    ("PH", "Ate Liza Garcia", "Liza"),
    ("KE", "aunty wanjiru kamau", "Wanjiru"),
    ("GB", "Sir Ian Blake", "Sir Ian"),  # a knight
    ("AU", "aunty lorraine briggs", "Aunty Lorraine"),  # an Elder
]


@pytest.mark.parametrize(("country", "typed", "said"), GREETINGS)
def test_a_word_of_spoken_address_is_no_title_of_an_english_letter(country, typed, said):
    i = _round(country, [Person(typed, "a@x.example"), Person("Sam Ortiz")], [])
    p = greetings.greeted_round(i, LANGUAGE.address).people[0]
    assert compose.greeting_name(p) == said


def test_a_philippine_panel_is_thanked_by_english_titles():
    people = [
        Person("Maricar Soriano", "hr@kestrel.example", role=PersonRole.COORDINATOR),
        Person("Ma'am Lorna Santos", "lorna@kestrel.example", title="terminal manager"),
        Person("Sir Paolo Reyes", "paolo@kestrel.example", title="fleet supervisor"),
    ]
    topics = [
        "ma'am lorna: moving dispatch from whiteboard to a TMS by june",
        "sir paolo showed me the GPS tracker dashboard",
        "paolo sir wants fewer empty backhauls",
    ]
    notes = written(_round("PH", people, topics))
    for body in notes.values():
        assert not re.search(r"(?i)\b(?:sir|ma'am)\b", body), body
    assert notes["lorna@kestrel.example"].startswith("Dear Ms. Santos,")
    assert notes["paolo@kestrel.example"].startswith("Dear Mr. Reyes,")


# --- the checker blocks what is left -----------------------------------------------------

FACTS = Facts(company="Kestrel Freight", role="Dispatch Lead", people=("Venkatesh Rao",))


def _unprofessional(rules, model, text: str) -> list[str]:
    note = (
        f"Dear Mr Rao,\n\nThank you for meeting me on Monday. {text} I ran dispatch for four "
        "years at a regional courier. I would be glad to join Kestrel Freight and I am happy to "
        "discuss next steps.\n\nBest regards,\nIfeoma Nwosu\n"
    )
    result = checked(rules, model, note, FACTS)
    assert result.verdict != "ready" or not [i for i in result.issues if i.code == "unprofessional"]
    return [i.excerpt for i in result.issues if i.code == "unprofessional"]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("I took note that the sir wants a lead for the cutover.", "sir"),
        ("It was good to hear your ma'am plans to open a second hub.", "ma'am"),
        ("Please thank Kuya Ramon for the yard tour.", "Kuya"),
        ("Do thank Ma'am Lorna for me.", "Ma'am"),
        ("I was glad to meet Madam Deepa as well.", "Madam"),
    ],
)
def test_the_checker_blocks_a_word_of_address_said_as_a_person_or_a_title(rules, model, text, hit):
    assert hit in _unprofessional(rules, model, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, sir, the route plan is ready.",
        "I wrote to Madam Chair Okoro about the depot.",
        "I ate lunch with the drivers.",
    ],
)
def test_the_checker_leaves_other_uses_alone(rules, model, text):
    found = _unprofessional(rules, model, text)
    assert not [h for h in found if h.lower() in ("sir", "madam", "ate")]


@pytest.mark.parametrize(
    "text",
    [
        "By way of background, I have six months of it on sterile products.",
        "I have two years of them on night shifts.",
        "I've three months of that in a trauma centre.",
    ],
)
def test_the_checker_blocks_a_pronoun_left_pointing_at_nothing(rules, model, text):
    found = _unprofessional(rules, model, text)
    assert any(h in ("it", "them", "that") for h in found), found


# --- a cut never leaves a pronoun pointing at nothing -------------------------------------


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "One and a half years in a hospital lab, six months of it in blood bank",
            "I have one and a half years of experience in a hospital lab, six months of it in",
        ),
        ("2.5 years driving linehaul, most of it at night", "2.5 years"),
        ("Three years on a building site, two of those as foreman", "three years on a building"),
    ],
)
def test_a_part_that_points_back_stays_with_the_part_it_points_at(line, said):
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and said in q.clause, q
    cut = r"I (?:have|bring) (?:\w+ )?(?:months|years) of (?:it|them|those)"
    assert not re.match(cut, q.clause)


@pytest.mark.parametrize(
    "line",
    [
        "Certified forklift operator, renewed it in 2025",
        "Night auditor at a 90-room inn, the same at its sister hotel",
        "Barista trainer, both of them flagship stores",
    ],
)
def test_no_claim_opens_on_a_part_that_points_back(line):
    q = phrasing.qualification(line, LEXICON)
    first = q.clause.split(",")[0]
    assert not re.search(r"\b(?:it|them|the same|both)\b", first), q.clause


# --- shorthand only where the sense is settled --------------------------------------------


@pytest.mark.parametrize(
    ("jot", "said"),
    [
        ("new comm badges for the porters", "communication badges"),
        ("comm skills are her big thing", "communication skills"),
        ("the comm plan for the rebrand", "communications plan"),
        ("took over the comm lease portfolio", "commercial lease"),
        ("chairs the safety comm meetings", "committee meetings"),
        ("put-wall for the e-comm returns", "e-commerce returns"),
    ],
)
def test_comm_is_what_the_next_word_makes_it(jot, said):
    text = phrasing.clean_words(jot, LEXICON)
    assert text is not None and said in text, text


@pytest.mark.parametrize("jot", ["the comm room is being refitted", "big on comm"])
def test_comm_with_nothing_to_fix_its_sense_is_asked_about(jot):
    assert phrasing.clean_words(jot, LEXICON) is None


@pytest.mark.parametrize(
    ("jot", "said", "never"),
    [
        ("gemma wants a pharmacist on the ward 2 days/wk", "two days a week", "Ward"),
        ("gemma wants the auditors on site 1 wk/month", "one week a month", "one-week"),
        ("gemma needs a planner in the depot 3 days per week", "three days per week", "three-day"),
    ],
)
def test_a_rate_is_no_modifier_and_a_count_of_days_no_name(jot, said, never):
    c = clauses.read(jot, LANGUAGE.clauses, LEXICON, {"gemma": "Gemma Hart"})
    assert c is not None
    text = c.said(None)
    assert said in text and never not in text, text


# --- a hardship is never 'enjoyed'; a sentence they said is no topic -----------------------

HARDSHIP_PANEL = [
    Person("Noor Haddad", "noor@kestrel.example", role=PersonRole.COORDINATOR),
    Person("Tomasz Wolny", "tomasz@kestrel.example", title="depot manager"),
    Person("Grace Mbeki", "grace@kestrel.example", title="route planner"),
]


@pytest.mark.parametrize(
    "story",
    [
        "tomasz lost his brother in a forklift accident, that's why he's strict on safety",
        "grace grew up in foster care in hull - wanted to be the mentor she never had",
        "grace grew up in a refugee camp, came to leeds at 15",
        "tomasz went through a divorce last year, moved into planning after",
        "grace was homeless for a year before the driver scheme took her on",
    ],
)
def test_a_hardship_someone_shared_never_reaches_a_note(story):
    notes = written(_round("GB", HARDSHIP_PANEL, [story, "the new route planner software"]))
    for body in notes.values():
        low = body.lower()
        for word in ("foster", "refugee", "brother", "homeless", "divorce", "accident"):
            assert word not in low, body


def test_a_happy_story_is_still_told():
    notes = written(
        _round("GB", HARDSHIP_PANEL, ["grace grew up in lagos, moved to leeds for uni"])
    )
    assert any("Lagos" in body for body in notes.values()), notes


@pytest.mark.parametrize(
    "jot",
    [
        "tomasz: dispatch runs off a whiteboard, moving to a TMS next year",
        "grace: payroll sits in a spreadsheet, nobody owns it",
        "tomasz - fleet data lives in three systems",
    ],
)
def test_a_sentence_someone_said_is_never_covered_as_a_topic(jot):
    notes = written(_round("GB", HARDSHIP_PANEL, [jot, "the new route planner software"]))
    head = jot.split(":", 1)[-1].split(" - ", 1)[-1].split(",")[0].strip()
    for body in notes.values():
        assert head not in body, body


@pytest.mark.parametrize(
    ("jot", "kept"),
    [
        ("trauma-informed training in the first 6 months", True),
        ("disability support contracts up for tender in june", True),
        ("grace: her mum's cancer is why she moved home", False),
        ("tomasz was made redundant twice before joining", False),
        ("redundancy consultations at the depot in march", True),
    ],
)
def test_a_word_of_hardship_in_the_work_itself_is_no_private_story(jot, kept):
    personal = compose.private(jot, LANGUAGE.wording) and (
        compose._PERSONAL.search(jot) is not None or jot.startswith(("grace", "tomasz"))
    )
    assert personal is not kept


# --- the plan's note: no problem as news, no format as a topic, a loop named -------------

LOOP = [
    Person("Noor Haddad", "noor@kestrel.example", role=PersonRole.COORDINATOR),
    *(
        Person(n, f"{n.split()[0].lower()}@kestrel.example")
        for n in ["Tomasz Wolny", "Grace Mbeki", "Ilse Varga", "Ruairi Byrne", "Akosua Mensah"]
    ),
]


def _plan_note(notes: dict[str, str]) -> str:
    return notes["noor@kestrel.example"]


@pytest.mark.parametrize(
    "jot",
    [
        "structured interview, 6 competency qs, scored 1-5, ilse read them out",
        "standard panel - same qs for everyone, no follow-ups",
        "panel of five, each took two questions",
    ],
)
def test_how_the_interview_was_run_is_no_topic(jot):
    notes = written(_round("IE", LOOP[:3], [jot]))
    for body in notes.values():
        low = body.lower()
        assert "structured interview" not in low and "standard panel" not in low, body
        assert "panel of five" not in low, body


def test_a_plan_note_with_no_topic_names_whom_it_met_in_a_loop():
    notes = written(_round("IE", LOOP, ["sys design w/ tomasz - my rate limiter design"]))
    body = _plan_note(notes)
    # session 21 (issue 10): two of the loop by name and the rest as a group, never a roll-call
    assert re.search(r"Tomasz, Grace and (?:everyone else|the others)", body), body
    assert "Ilse" not in body and "panel" not in body, body


@pytest.mark.parametrize(
    "jot",
    [
        "fuel for the vans = big cost, diesel supply unreliable",
        "cold store power = big cost, grid supply unreliable",
    ],
)
def test_a_problem_is_never_news_to_the_coordinator(jot):
    notes = written(_round("GB", HARDSHIP_PANEL, [jot, "the new route planner software"]))
    body = _plan_note(notes)
    assert not re.search(r"(?i)hearing that|came away knowing that", body), body


def test_someones_own_wish_is_never_passed_on_as_the_teams(monkeypatch):
    monkeypatch.setattr(
        "test_slips_drafts_b_s16.PROFILE",
        Profile(
            name="Ifeoma Nwosu",
            email="ifeoma@example.com",
            qualifications=[
                "Four years running dispatch for a regional courier",
                "Managed a team of six dispatchers across two shifts",
            ],
        ),
    )
    panel = [
        Person("Noor Haddad", "noor@kestrel.example", role=PersonRole.COORDINATOR),
        Person("Tomasz Wolny", "tomasz@kestrel.example", title="head of operations"),
        Person("Ilse Varga", "ilse@kestrel.example", title="finance partner"),
        Person("grace mbeki", "grace@kestrel.example", title="dispatcher, would report to me"),
    ]
    topics = [
        "tomasz: late deliveries up 20% since the peak, needs someone to fix the routing board",
        "grace has been acting dispatch lead 5 mo → wants a manager who gives cover, "
        "not micromanagement",
        "ilse: fuel card spend under review",
    ]
    notes = written(_round("GB", panel, topics))
    for to, body in notes.items():
        if to != "grace@kestrel.example":
            assert "gives cover" not in body, body


def test_shorthand_typed_whole_with_a_hyphen_is_no_unknown_word():
    assert phrasing.unknown_word("the put-wall for the e-comm returns", LEXICON) is None

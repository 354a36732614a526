"""The moment each reader will remember, said as the candidate would (drafts B, session 13).
Rounds in fresh wording: a bakery, a rail depot, a newsroom, a dental practice, a brewery, a
vineyard, a call centre, a hospital pharmacy, a school, a software team, a shipyard, a zoo…

- from the jots about a reader (by name, short form, 'name:', 'name -', 'he'/'she' after
  them), the one thing they would remember: what they asked to be sent, what they did with
  the candidate, praise they gave, their own words in quotes;
- said in the candidate's voice ('Thank you for getting the … out', 'I was glad you liked
  that I …', 'I'll send you … by Thursday, as you asked', their words back in quotes);
- never another reader's moment, never a planned event thanked as done, never the
  candidate's own words quoted as theirs, never a fragment or a foreign line quoted."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


def person(name: str, email: str | None = "") -> dict:
    if email == "":
        email = re.sub(r"[^a-z]+", ".", name.lower()).strip(".") + "@firm.example"
    return {"name": name, "email": email, "title": None, "role": "interviewer"}


PANEL = [
    person("Orla Finnegan"),
    person("Tadeusz Wrona"),
    person("Mei Ling Soh"),
]


def a_round(topics: list[str], people: list[dict] | None = None, notes: str = "") -> dict:
    return {
        "company": "Larkspur Works Ltd",
        "role": "Operations Lead",
        "interviewed": "2027-06-08",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "people": people or PANEL,
        "topics": topics,
        "items": [],
        "notes": notes,
    }


def found(topics: list[str], language: compose.Language, **kw: object) -> dict[str, tuple]:
    interview = from_record(a_round(topics, **kw))  # type: ignore[arg-type]
    return {k: (m.kind, m.said) for k, m in compose.moments_for(interview, language).items()}


# --- what each reader did with the candidate, praised, said or asked for ---------------------

FOUND = [
    # what they did with the candidate
    (["orla got the torque wrench out, asked me to talk thru a wheel change"],
     "Orla Finnegan", "did",
     "getting the torque wrench out and asking me to talk through a wheel change"),
    (["tadeusz - had me plan the night shift rota"],
     "Tadeusz Wrona", "did", "having me plan the night shift rota"),
    (["site walk: mei ling walked me thru the despatch bay"],
     "Mei Ling Soh", "did", "walking me through the despatch bay"),
    (["tadeusz ran a role play - angry customer on the phone"],
     "Tadeusz Wrona", "did", "running the role play"),
    (["orla set me a case on a late delivery"],
     "Orla Finnegan", "did", "setting the case on a late delivery"),
    (["mei ling brought out the old ledger from 1952"],
     "Mei Ling Soh", "did", "bringing out the old ledger from 1952"),
    (["orla handed me the sample board"],
     "Orla Finnegan", "did", "handing me the sample board"),
    (["tadeusz put a cracked bracket on the table, asked what i'd check first"],
     "Tadeusz Wrona", "did", "putting a cracked bracket on the table"),
    (["mei ling let me drive the forklift simulator 🤩"],
     "Mei Ling Soh", "did", "letting me drive the forklift simulator"),
    (["orla: got me to taste the new sourdough starter"],
     "Orla Finnegan", "did", "getting me to taste the new sourdough starter"),
    # praise they gave
    (["my answer on stock counts - tadeusz liked that i count the high-value lines daily"],
     "Tadeusz Wrona", "praise_how", "I count the high-value lines daily"),
    (["mei ling liked how i split the backlog by customer"],
     "Mei Ling Soh", "praise_how", "I split the backlog by customer"),
    (["my memo (2 pages) - orla liked the phased rollout"],
     "Orla Finnegan", "praise", "the phased rollout"),
    (["tadeusz was impressed by my handover checklist"],
     "Tadeusz Wrona", "praise", "my handover checklist"),
    (["mei ling said my costing was 'spot on'"],
     "Mei Ling Soh", "praise", "my costing"),
    (["orla loved the colour-coded shift board"],
     "Orla Finnegan", "praise", "the colour-coded shift board"),
    # their own words in quotes
    (["orla: 'we fix the process, not the person'"],
     "Orla Finnegan", "quote", "we fix the process, not the person"),
    (["tadeusz - big on 'nobody eats lunch at their desk'"],
     "Tadeusz Wrona", "quote", "nobody eats lunch at their desk"),
    (["mei ling: ran the depot for 12 yrs. 'the trains run on tea and patience'"],
     "Mei Ling Soh", "quote", "the trains run on tea and patience"),
    (["orla → late deliveries, “the customer remembers the one we missed”"],
     "Orla Finnegan", "quote", "the customer remembers the one we missed"),
    # what they asked to be sent
    (["tadeusz asked to see a copy of my food safety audit"],
     "Tadeusz Wrona", "request", "a copy of my food safety audit"),
    (["my part - the dashboard i built for returns, orla asked to see a screenshot"],
     "Orla Finnegan", "request", "a screenshot of the dashboard"),
    (["mei ling wants to see the rota template"],
     "Mei Ling Soh", "request", "the rota template"),
    (["orla asked me for the training plan"],
     "Orla Finnegan", "request", "the training plan"),
]  # fmt: skip


@pytest.mark.parametrize(("topics", "who", "kind", "said"), FOUND)
def test_each_reader_has_their_moment(
    topics: list[str], who: str, kind: str, said: str, language: compose.Language
) -> None:
    got = found(topics, language)
    assert got.get(who) == (kind, said), got


def test_the_most_concrete_moment_wins(language: compose.Language) -> None:
    """A request is answered before anything; what they did comes before praise and words."""
    got = found(
        [
            "orla: 'slow is smooth, smooth is fast'",
            "orla got the pallet scanner out, had me scan a mixed load",
            "orla asked to see the rota template",
            "tadeusz: 'we're short on people, not broken'",
            "tadeusz liked how i planned the cover",
        ],
        language,
    )
    assert got["Orla Finnegan"][0] == "request"
    assert got["Tadeusz Wrona"] == ("praise_how", "I planned the cover")


# --- no moment: not said, not theirs, not done yet ---------------------------------------------

NONE = [
    # planned, not done: never thanked as done
    ["orla will show me the cold store next week"],
    ["if hired tadeusz will run a role play on day one"],
    # the candidate's own words are never quoted as theirs
    ["mei ling asked about stock loss - i said 'count it every day, fix it every week'"],
    # a word or two in quotes is a name, and a short line needs the talk around it
    ["tadeusz still calls the yard 'the pit'"],
    ["orla: 'we're on it'"],
    ["mei ling - 'nobody panics here'"],
    # a fragment of a sentence, or what someone is called
    ["orla wants a 2nd planner so she can 'finally take a weekend off'"],
    ["mei ling says tadeusz is 'strict but fair'"],
    # a line in another language, or jotted shorthand, is not quoted
    ["orla: 'c'est la vie, on continue demain'"],
    # what they did with something the jot does not name ('it') does not read
    ["tadeusz had me test it"],
    # a question they asked is a topic, not a moment
    ["mei ling asked abt my notice period"],
    # nobody named: nobody's moment
    ["got the new scanner out, asked me to scan a load"],
]


@pytest.mark.parametrize("topics", NONE)
def test_no_moment(topics: list[str], language: compose.Language) -> None:
    assert found(topics, language) == {}


def test_confidential_jot_is_no_ones_moment(language: compose.Language) -> None:
    got = found(
        ["orla: 'we lose the contract if this slips' - not for the email"],
        language,
        notes="orla said off the record they may lose the contract - keep it to myself",
    )
    assert "Orla Finnegan" not in got


def test_a_moment_is_never_given_to_another_reader(language: compose.Language) -> None:
    got = found(
        ["tadeusz liked that i rang the supplier before ordering, orla said nothing"], language
    )
    assert set(got) == {"Tadeusz Wrona"}


# --- in the note: said once, in the reader's note only ---------------------------------------

PROFILE = Profile(
    name="Aoife Mbeki-Hart",
    email="amh@post.example",
    phone=None,
    qualifications=["Five years running a 40-person warehouse shift"],
)


def notes(topics: list[str], language: compose.Language) -> dict[str, str]:
    interview = from_record(a_round(topics))
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.people if p.email]
    facts = compose.compose(
        interview, PROFILE, plan, "email", people, date(2027, 6, 10), language, each=True
    )
    return {f.to_name: " ".join(f.paragraphs) for f in facts}


NOTE_LINES = [
    (["orla got the torque wrench out, asked me to talk thru a wheel change"], "Orla Finnegan",
     "getting the torque wrench out and asking me to talk through a wheel change"),
    (["tadeusz liked that i rang the supplier before ordering"], "Tadeusz Wrona",
     "I rang the supplier before ordering"),
    (["orla asked to see a copy of my food safety audit"], "Orla Finnegan",
     "a copy of my food safety audit"),
    (["tadeusz was impressed by my handover checklist"], "Tadeusz Wrona",
     "my handover checklist"),
]  # fmt: skip


@pytest.mark.parametrize(("topics", "who", "said"), NOTE_LINES)
def test_the_note_says_the_moment_to_its_reader_only(
    topics: list[str], who: str, said: str, language: compose.Language
) -> None:
    got = notes(topics, language)
    assert said in got[who], got[who]
    assert all(said not in text for name, text in got.items() if name != who)


def test_a_request_says_when_it_will_be_sent(language: compose.Language) -> None:
    text = notes(["orla asked to see a copy of my food safety audit"], language)["Orla Finnegan"]
    # written Thursday 10 June: two working days on is Monday
    assert "by Monday" in text
    assert "attached" not in text.lower()


def test_a_panel_of_moments_shares_no_frame(language: compose.Language) -> None:
    said = {
        "Orla Finnegan": "getting the torque wrench out and asking me to talk through a wheel "
        "change",
        "Tadeusz Wrona": "I rang the supplier before ordering",
        "Mei Ling Soh": "my handover checklist",
    }
    got = notes(
        [
            "orla got the torque wrench out, asked me to talk thru a wheel change",
            "tadeusz liked that i rang the supplier before ordering",
            "mei ling was impressed by my handover checklist",
        ],
        language,
    )
    lines = [
        next(s for s in re.split(r"(?<=[.;])\s+", got[who]) if moment in s)
        for who, moment in said.items()
    ]
    frames = {s.replace(m, "M") for s, m in zip(lines, said.values(), strict=True)}
    assert len(frames) == 3, lines


def test_their_words_are_never_given_back_in_quotes(language: compose.Language) -> None:
    # session 43: recruiters graded the 26 notes of v33–v35 that quoted a reader back 1.65
    # on average, the quote their worst sentence in 14
    got = notes(
        [
            "orla: 'we fix the process, not the person'",
            "mei ling: 'the trains run on tea and patience'",
        ],
        language,
    )
    for text in got.values():
        assert "“" not in text and "we fix the process" not in text, text
        assert "tea and patience" not in text, text


def test_bad_moment_words_are_one_clear_error() -> None:
    from followup.core.errors import InvalidInput
    from followup.core.moments import Words

    with pytest.raises(InvalidInput, match="moments.toml"):
        Words.from_mapping({"quote_min_words": "five"})
    with pytest.raises(InvalidInput, match="moments.toml"):
        Words.from_mapping({"praise": "liked"})


FILLER = re.compile(r"role (?:involves|fits)|learn more about the|what the .* role")


@pytest.mark.parametrize(
    "topics",
    [
        ["tadeusz liked that i rang the supplier before ordering"],
        ["orla: 'we fix the process, not the person'"],
        ["mei ling asked to see a copy of my food safety audit"],
    ],
)
def test_a_moment_is_the_notes_specific_with_no_role_filler(
    topics: list[str], language: compose.Language
) -> None:
    for text in notes(topics, language).values():
        assert not FILLER.search(text), text

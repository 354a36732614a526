"""Topics a careful note-taker writes down (issue 9 kind 12, s13).

- The call's own kit is no topic: "it shows my iPad name", "my headset battery is low",
  "is your video still frozen" speak of the call (v12's one fault: "iPad name" proposed from
  a Zoom transcript), in every format a tool writes.
- The thing's full name: a phrase the interviewers also said with more words before it, in
  one longer form only, is proposed in that form ("the scoring model" said after "a credit
  scoring model for first-time mobile borrowers" is that model).
"""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.core.transcript import parse_transcript
from followup.services.debrief import keyphrases, word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


def _topics(text: str, data: dict, candidate: str = "Aroha Kingi") -> list[str]:
    words = debrief.DebriefWords.from_data(data)
    limits = debrief.Limits()
    interview = Interview("Employer", "Candidate", date(2027, 8, 9), Format.VIDEO)
    parsed = parse_transcript(text)
    said = " ".join(s.text for s in debrief.sentences_of(parsed, words, limits))
    found = keyphrases(said, limits.keyphrase_words, limits.max_topics * 6)  # as `debrief` does
    proposals = debrief.propose(
        parsed, found, interview, candidate, words, limits, lexicon=word_classes
    )
    return [p.text.lower() for p in proposals if p.kind == "topic"]


def _talk(*lines: str, interviewer: str = "Tomasz Wierzba") -> str:
    body = [f"{interviewer}: Thanks for making the time, it's good to meet you."]
    for line in lines:
        body.append(f"{interviewer}: {line}")
        body.append("Aroha Kingi: Sure, happy to talk about that in more detail.")
    return "\n".join(body) + "\n"


# --- the thing's full name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "full", "short"),
    [
        (
            (
                "Our main project this year is a drainage survey programme for the rural estates.",
                "The survey programme has slipped twice because of the weather.",
                "We also want the survey programme to feed the capital plan.",
            ),
            "drainage survey programme for the rural estates",
            "the survey programme",
        ),
        (
            (
                "The big piece of work is a lone worker alarm rollout across the care homes.",
                "Honestly the alarm rollout is behind, mostly on training.",
                "Whoever joins would own the alarm rollout from day one.",
            ),
            "lone worker alarm rollout across the care homes",
            "the alarm rollout",
        ),
        (
            (
                "We are rebuilding the spare parts demand forecast for the harbour cranes.",
                "The demand forecast runs once a month in a spreadsheet today.",
                "How would you test the demand forecast before we trust it?",
            ),
            "spare parts demand forecast for the harbour cranes",
            "the demand forecast",
        ),
    ],
)
def test_a_phrase_said_with_one_longer_form_is_proposed_in_it(lines, full, short, data) -> None:
    topics = _topics(_talk(*lines), data)
    assert any(full in t for t in topics), topics
    assert short not in topics, topics


def test_a_phrase_said_with_two_longer_forms_keeps_its_own_words(data) -> None:
    text = _talk(
        "We run a fraud scoring model and a credit scoring model on the same data.",
        "The scoring model work is where the new analyst would start.",
        "Every scoring model we ship needs a monitoring report each month.",
    )
    topics = _topics(text, data)
    # said with "Every" (a determiner of one thing), written with "the" like any other
    assert "the scoring model" in topics, topics


# --- the call's own kit ("it shows my iPad name") is no topic, in every format -------------

_TEAMS = """WEBVTT

3f2a9c1e-7d4b-4e21-9a0c-55b1e2d3c4f5/11-0
00:00:01.200 --> 00:00:05.900
<v Ngaire Whitlock>Kia ora Priyanka, thanks for joining.
My laptop camera keeps freezing today, so bear with me.</v>

3f2a9c1e-7d4b-4e21-9a0c-55b1e2d3c4f5/19-0
00:00:06.300 --> 00:00:08.100
<v Priyanka Rao (Guest)>No problem at all, I can see you fine.</v>

3f2a9c1e-7d4b-4e21-9a0c-55b1e2d3c4f5/27-0
00:00:08.600 --> 00:00:15.400
<v Ngaire Whitlock>Our main worry is the kiwifruit packhouse grading line.
The grading line rejects too much good fruit in wet weeks.</v>

3f2a9c1e-7d4b-4e21-9a0c-55b1e2d3c4f5/33-0
00:00:15.900 --> 00:00:19.000
<v Priyanka Rao (Guest)>I'd start with the camera calibration logs on the line.</v>
"""

_ZOOM = """WEBVTT

1
00:00:00.800 --> 00:00:05.100
Rangi’s Galaxy S23: Hello, it still shows my Galaxy name here, I'm Rangi Parata.

2
00:00:05.400 --> 00:00:08.000
Priyanka Rao (she/her): Hi Rangi, nice to meet you.

3
00:00:08.300 --> 00:00:15.900
Rangi’s Galaxy S23: The big piece of work is the tenancy arrears triage for the council flats.

4
00:00:16.200 --> 00:00:21.000
Rangi’s Galaxy S23: Arrears triage today happens in a shared spreadsheet every Monday.
"""

_MEET = """Packhouse Supervisor interview (2027-03-04 09:00 NZDT) - Transcript
Attendees
Hemi Tane, Priyanka Rao
Transcript
This editable transcript was computer generated and might contain errors. \
People can also change the text after it was created.
00:00:00
Hemi Tane: Morning Priyanka. My headset battery is low, so I may drop.
Priyanka Rao: Of course, take your time.
00:01:05
Hemi Tane: So the thing we most need is a forklift pedestrian separation plan for the cool stores.
Hemi Tane: The separation plan has to be signed off before the harvest peak.
Meeting ended after 00:31:12 👋
"""

_OTTER = """Interview - Depot Planner

Louisa Carmody  0:03
Hi, it shows my iPhone name because I'm on the train. I'm Louisa, depot planning.

Priyanka Rao  0:18
Hi Louisa, thanks for having me.

Louisa Carmody  0:41
Our headache is the overnight bus stabling plan at the northern depot. \
The stabling plan breaks whenever a bus is late back.

Unknown Speaker  1:30
Is your video still frozen, Louisa?



Transcribed by https://otter.ai
"""

_SRT = """1
00:00:01,000 --> 00:00:04,500
<font color="#ffff00">Dmitri Volkov:</font> Hello again, my tablet audio cut out for a second.

2
00:00:05,000 --> 00:00:07,000
- No worries.
- We can hear you now.

3
00:00:07,500 --> 00:00:14,000
<i>Dmitri Volkov:</i> We're rolling out <b>cold room door alarms across the branches</b> \
this spring.

4
00:00:14,500 --> 00:00:19,000
Dmitri Volkov: The door alarms send a text when a door stays open for five minutes.
"""

_PLAIN = """Interview notes - Grants Officer - 2027-05-12
Imogen Slate: Okay, my microphone volume was low before, is this better?
Priyanka Rao: Yes, loud and clear.
Imogen Slate: Our focus this year is the community grants portal for small charities.
Imogen Slate: The grants portal replaces three paper forms and a lot of phone calls.
"""


@pytest.mark.parametrize(
    ("text", "kit", "topic"),
    [
        (_TEAMS, "laptop", "grading line"),
        (_ZOOM, "galaxy", "arrears triage"),
        (_MEET, "headset", "separation plan"),
        (_OTTER, "iphone", "stabling plan"),
        (_SRT, "audio", "door alarms"),
        (_PLAIN, "microphone", "grants portal"),
    ],
)
def test_the_calls_own_kit_is_no_topic(text, kit, topic, data) -> None:
    """A sentence where "my" or "your" comes before a device or a word of the call's kit
    ("it still shows my Galaxy name", "my headset battery is low", "is your video still
    frozen") speaks of the call: none of its words is proposed; the job's topics stay."""
    topics = _topics(text, data, candidate="Priyanka Rao")
    assert not any(kit in t.split() or f"{kit} name" in t for t in topics), topics
    assert any(topic in t for t in topics), topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi, yes, sorry, it shows my iPad name.",
        "Sorry, my headset is dying, give me a second.",
        "Your camera froze for a moment there.",
        "It says Galaxy because I joined from my Samsung Galaxy, sorry.",
        "My camera's off because the bandwidth here is poor.",
    ],
)
def test_a_sentence_about_the_calls_kit_is_small_talk(sentence, data) -> None:
    words = debrief.DebriefWords.from_data(data)
    assert debrief.is_small_talk(sentence, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "What is your phone number for the rota?",
        "I built my camera app for the field crews.",
        "My name is Dana and I run the dock scheduling project.",
        "Customers top up from your mobile wallet at the kiosk.",
        "How would you test your video pipeline before a launch?",
        "Can you check your screen reader support on the portal?",
    ],
)
def test_a_thing_of_the_job_with_a_kit_word_is_no_small_talk(sentence, data) -> None:
    words = debrief.DebriefWords.from_data(data)
    assert not debrief.is_small_talk(sentence, words)


# --- a trouble named only by how much it hurts is no topic -------------------------------


@pytest.mark.parametrize(
    ("line", "vague", "kept"),
    [
        (
            "Honestly the pain point for us is cold storage capacity in the summer months.",
            "pain point",
            "cold storage capacity",
        ),
        (
            "Our recurring issue is missed handovers between the day and night porters.",
            "recurring issue",
            "handovers",
        ),
        (
            "The daily problem is van loading at the Eastgate depot before six.",
            "daily problem",
            "van loading",
        ),
        (
            "The core challenge is tenant churn in the student flats after exams.",
            "core challenge",
            "tenant churn",
        ),
        (
            "The sticking point with the council is the road closure permits for the pour.",
            "sticking point",
            "road closure permits",
        ),
    ],
)
def test_a_trouble_named_by_how_much_it_hurts_is_no_topic(line, vague, kept, data) -> None:
    """A weak head ("point", "issue", "problem", "challenge") with only a word of how much it
    hurts before it ("pain", "recurring", "daily", "core", "sticking") says nothing a note
    could thank anyone for; what the trouble is stays a topic."""
    text = _talk(line, "We talk about that in every weekly review with the operations leads.")
    topics = _topics(text, data)
    assert not any(vague in t for t in topics), topics
    assert any(kept in t for t in topics), topics


# --- a stock reply with no subject is no topic --------------------------------------------


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("Makes sense. The next thing is grain dryer maintenance.", "grain dryer maintenance"),
        ("Right, makes sense. We also run the bulk tanker wash bay.", "bulk tanker wash bay"),
        ("Okay, sounds sensible. Then there's the hearing aid repair queue.", "repair queue"),
        ("Yes, that seems fair. Our worry is the ferry timetable change.", "timetable change"),
    ],
)
def test_a_stock_reply_with_no_subject_is_no_topic(reply, kept, data) -> None:
    """ "Makes sense.", "Sounds sensible.", "Seems fair.": the -s form of a stock reply with
    no subject is its verb ([grammar] common_verbs), never a phrase's word ("makes sense")."""
    topics = _topics(_talk(reply, "How would you go about that in your first month?"), data)
    assert not any(w in t.split() for t in topics for w in ("makes", "sounds", "seems")), topics
    assert any(kept in t for t in topics), topics


# --- the candidate's exercise keeps its own name, and says what it was on ------------------


@pytest.mark.parametrize(
    ("line", "want", "never"),
    [
        (
            "Let's look at your demand planning exercise, the spring promotion forecast.",
            "the demand planning exercise on the spring promotion forecast",
            "the spring promotion forecast exercise",
        ),
        (
            "Now, your route costing exercise, the rural milk collection case, was tidy.",
            "the route costing exercise on rural milk collection",
            "the rural milk collection exercise",
        ),
        (
            "Let's talk about your take-home case, the pricing of broadband bundles.",
            "the take-home case on the pricing of broadband bundles",
            "the broadband bundles take-home case",
        ),
        (
            "I enjoyed your root cause analysis task, the conveyor belt tracking case.",
            "the root cause analysis task on conveyor belt tracking",
            "the conveyor belt tracking task",
        ),
    ],
)
def test_an_exercise_keeps_its_name_and_says_what_it_was_on(line, want, never, data) -> None:
    """ "Your root cause analysis exercise, the traction motor overheating case": the
    exercise's own name stays, and what it was follows "on" ("the root cause analysis exercise
    on traction motor overheating"), as it does for what it was with "of" in it ("your
    take-home case, the scoring of thin-file borrowers")."""
    topics = _topics(_talk(line, "Walk us through the choices you made in it."), data)
    assert want in topics, topics
    assert never not in topics, topics


# --- a plural subject's verb at a clause's end is no noun ----------------------------------


@pytest.fixture(scope="module")
def grammar(data: dict) -> Grammar:
    return Grammar.from_mapping(data["grammar"])


def _nps(sentence: str, grammar: Grammar) -> list[str]:
    return [
        p.key
        for p in phrases(tag(sentence, grammar, word_classes, frozenset(), frozenset()), grammar)
    ]


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        ("Orders come in by phone and the invoices lag.", "lag", "invoices"),
        ("It is the season when the greenhouses leak.", "leak", "greenhouses"),
        ("We lose a whole shift whenever the scanners crash.", "crash", "scanners"),
        ("Drivers log the faults on paper, so the tickets stall, and nobody chases.", "stall",
         "tickets"),
        ("Harvest is where budgets slip.", "slip", "budgets"),
    ],
)  # fmt: skip
def test_a_plural_subjects_verb_at_a_clauses_end_is_no_noun(sentence, verb, subject, grammar):
    """After a conjunction ("and", "when", "where", "so"), a plural noun (with its determiner
    or not) and then a word that can be a noun or a verb, before a comma or the sentence's
    end: the clause's subject and its verb ("the callbacks fail,", "where projects die."),
    no phrase "the invoices lag"."""
    found = _nps(sentence, grammar)
    assert not any(verb in f.split() for f in found), found
    assert subject in found, found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The falls audit.", "falls audit"),
        ("We finished the falls audit.", "falls audit"),
        ("Our main worry this year is the stores audit.", "stores audit"),
    ],
)
def test_a_compound_with_a_plural_first_word_stays_whole(sentence, phrase, grammar) -> None:
    assert phrase in _nps(sentence, grammar)

"""Kinds of fault in proposed topics (issue 9 kind 12, s10), each in wording of its own: a
subject and its verb read as one noun phrase, ordinals, greetings, places after a weak cue,
evaluative modifiers and generic heads."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def grammar(data) -> Grammar:
    return Grammar.from_mapping(data["grammar"])


@pytest.fixture(scope="module")
def words(data) -> debrief.DebriefWords:
    return debrief.DebriefWords.from_data(data)


_DATA = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
_NUMBERS = frozenset(_DATA["words"]["number_words"]) - {"first", "second", "third"}


def nps(sentence: str, grammar: Grammar) -> list[str]:
    numbers = _NUMBERS
    return [
        p.key for p in phrases(tag(sentence, grammar, word_classes, frozenset(), numbers), grammar)
    ]


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # a plural subject, then its verb (no compound noun "couriers complain")
        ("The couriers complain that the labels smudge in the rain.", ["couriers complain"]),
        (
            "In winter the boilers fail because the tenants wait a week.",
            ["boilers fail", "tenants wait"],
        ),
        ("Some weeks the orders pile up because the pickers leave early.", ["pickers leave"]),
        ("The cranes stop when the wind picks up.", ["cranes stop"]),
        ("Most afternoons people queue outside before we open.", ["people queue"]),
        # "that" before a plural is the clause's opener, not a determiner
        ("Teachers tell us that pupils copy the answers.", ["pupils copy"]),
        # "That" or "This" before a verb in -s
        ("That helps a lot.", ["helps"]),
        ("This means the rota changes every week.", ["means"]),
        ("That depends on the season.", ["depends"]),
        # a noun, then its verb and an object pronoun
        ("Honestly the night crew love it.", ["night crew love"]),
        ("The auditors hate them.", ["auditors hate"]),
        # the bare verb after a causative's object
        ("What made the new rota stick?", ["new rota stick"]),
        ("We let the night shift swap.", ["night shift swap"]),
        ("I helped the new starters settle.", ["new starters settle"]),
        # a gerund of a verb that takes no object, after its subject
        ("We need someone to keep the weekend shift going.", ["weekend shift going"]),
        ("I watched the queue growing all morning.", ["queue growing"]),
        ("With the stock moving between depots, counts drift.", ["stock moving"]),
    ],
)
def test_a_subject_and_its_verb_are_no_noun_phrase(grammar, sentence, never) -> None:
    found = nps(sentence, grammar)
    assert not any(
        n == f or f.startswith(n + " ") or f.endswith(" " + n) for n in never for f in found
    ), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sales forecast is always late.", "sales forecast"),
        ("We rebuilt the operations plan for the depot.", "operations plan"),
        ("The claims process takes too long.", "claims process"),
        ("She owns the grant reporting for the trust.", "grant reporting"),
        ("The pickers use a pick list on paper.", "pick list"),
        ("The falls audit.", "falls audit"),
        ("We ran the school streets pilot and a consultation.", "school streets pilot"),
        ("How do you manage the spares inventory?", "spares inventory"),
    ],
)
def test_compounds_with_a_plural_or_a_gerund_stay_whole(grammar, sentence, expected) -> None:
    found = nps(sentence, grammar)
    assert any(f == expected or f.startswith(expected + " ") for f in found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        ("We're opening a second packing shed in May.", "packing shed", "second packing shed"),
        ("The first tasting menu goes out in spring.", "tasting menu", "first tasting menu"),
        ("There's a third loading dock planned.", "loading dock", "third loading dock"),
    ],
)
def test_an_ordinal_that_counts_is_dropped_from_a_phrase(
    grammar, sentence, expected, never
) -> None:
    found = nps(sentence, grammar)
    assert any(f == expected or f.startswith(expected + " ") for f in found), found
    assert not any(f.startswith(never) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I kept a simple tracker of late deliveries.", "tracker of late deliveries"),
        ("I built a quick checklist for new starters.", "checklist for new starters"),
        ("I made a simple intake form.", "intake form"),
    ],
)
def test_an_evaluative_modifier_opens_no_phrase(grammar, sentence, expected) -> None:
    found = nps(sentence, grammar)
    assert any(f == expected or f.startswith(expected) for f in found), found
    assert not any(f.startswith(("simple", "quick")) for f in found)


@pytest.mark.parametrize(
    "greeting",
    ["Ingat ka", "salamat po", "Baie dankie", "Goeie môre", "kumusta", "Dankie", "Lekker dag"],
)
def test_greetings_in_more_languages_are_no_topics(words, greeting) -> None:
    assert debrief.greets(greeting.lower().split(), words)


def _known() -> debrief.Known:
    return debrief.Known(frozenset(), frozenset(), frozenset(), "", "", None, ())


@pytest.mark.parametrize(
    ("sentence", "tool"),
    [
        ("These days it's mostly Dungarvan, with a day in the city.", None),
        ("The work is mostly Tralee and the villages around it.", None),
        ("The route is mostly Kyogle now.", None),
        ("The reporting is mostly HubSpot now.", "HubSpot"),
        ("We use Jira for the tickets.", "Jira"),
    ],
)
def test_a_town_after_mostly_is_no_tool(words, sentence, tool) -> None:
    found = [
        " ".join(p.words) for p in debrief.tools_named(sentence, words, _known(), word_classes)
    ]
    assert found == ([tool] if tool else [])


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        ("We run a forty megawatt wind farm near the coast.", "wind farm", "megawatt wind farm"),
        ("It's a two hundred room resort with a spa.", "resort", "room resort"),
        ("They farm about nine hundred hectare blocks of wheat.", "blocks of wheat", "hectare"),
    ],
)
def test_a_unit_after_a_number_opens_no_phrase(grammar, sentence, expected, never) -> None:
    found = nps(sentence, grammar)
    assert any(f == expected or f.startswith(expected + " ") for f in found), found
    assert not any(f.startswith(never) for f in found), found


def _topics(text: str, data: dict, candidate: str = "Noor Haddad") -> list[str]:
    from datetime import date

    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, candidate, words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return [p.text for p in proposals if p.kind == "topic"]


def test_generic_heads_and_tools_said_inside_other_words(data) -> None:
    text = (
        "Ines Ward: The root cause is always the same, and the lion's share of the work is "
        "paperwork.\n"
        "Ines Ward: Our bookings come through travel agents and tour operators.\n"
        "Ines Ward: The front desk runs on Opera, and the night audit runs on Opera too.\n"
        "Ines Ward: In the long term we want the night audit automated.\n"
        "Noor Haddad: I used Opera for two years at a beach hotel.\n"
    )
    topics = _topics(text, data)
    assert topics, topics
    assert not any(t.lower() in ("the root cause", "the long term", "share") for t in topics)
    assert "opera" not in topics  # a tool keeps its capital, and "operators" does not say it


# --- the candidate's stories (s10 policy): a topic when the interviewers took them up ---------


def _proposals(text: str, data: dict, candidate: str) -> list[debrief.Proposal]:
    from datetime import date

    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)
    return debrief.propose(
        parse_transcript(text), [], interview, candidate, words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip


def _stories(text: str, data: dict, candidate: str) -> list[str]:
    return [
        p.text
        for p in _proposals(text, data, candidate)
        if p.kind == "topic" and p.topic_kind == "your story"
    ]


def test_a_story_the_interviewers_followed_up_is_proposed_as_the_candidates(data) -> None:
    text = (
        "Maja Berg: Our main worry is the freezer alarm backlog at the distribution centre.\n"
        "Tomas Lind: Tell us how you would handle that.\n"
        "Oskar Falk: At Nordkyl I rewrote the alarm escalation matrix so each alarm had one "
        "owner. I also organised the summer barbecue.\n"
        "Tomas Lind: How did the night staff take to the escalation matrix?\n"
        "Oskar Falk: They liked knowing who to call.\n"
    )
    stories = _stories(text, data, "Oskar Falk")
    assert stories == ["the alarm escalation matrix"], stories
    assert not any("barbecue" in s for s in stories)  # nobody took that one up


def test_a_story_answering_their_prompt_is_proposed_after_their_topics(data) -> None:
    text = (
        "Lena Roth: We're moving the lab onto the new sample tracking system this year.\n"
        "Lena Roth: Walk us through a time you fixed a broken process.\n"
        "Ayo Bello: In my last job I rebuilt the reagent ordering workflow after two stockouts "
        "in a month.\n"
        "Jonas Weber: Good. The sample tracking system goes live in June.\n"
    )
    proposals = [p for p in _proposals(text, data, "Ayo Bello") if p.kind == "topic"]
    texts = [p.text for p in proposals]
    assert "the reagent ordering workflow" in texts, texts
    assert texts.index("the reagent ordering workflow") > texts.index("the sample tracking system")
    story = proposals[texts.index("the reagent ordering workflow")]
    assert story.to_dict()["topic_kind"] == "your story"
    assert "topic_kind" not in proposals[0].to_dict()  # the employer's own: shape unchanged


def test_a_story_nobody_took_up_is_no_topic(data) -> None:
    text = (
        "Priya Nair: The big project is the patient portal redesign.\n"
        "Priya Nair: What does a good handover look like to you?\n"
        "Sam Otieno: A short written summary and a call. At Lakeview I also coached the "
        "hospital cricket team on weekends.\n"
        "Priya Nair: Thanks. The patient portal redesign starts in March.\n"
    )
    stories = _stories(text, data, "Sam Otieno")
    assert not any("cricket" in s for s in stories), stories


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Last year the council raised rents twice.", "council raised rents"),
        ("That spring the depot changed suppliers.", "depot changed suppliers"),
        ("We tested it and then moved staff onto the new rota.", "moved staff"),
    ],
)
def test_a_past_verb_after_its_subject_is_no_modifier(grammar, sentence, never) -> None:
    assert never not in nps(sentence, grammar)


def test_a_person_is_no_topic_of_a_story(data) -> None:
    text = (
        "Rhea Moss: Tell us about a hard home visit.\n"
        "Kofi Mensah: Last winter I visited an elderly man who had stopped taking his insulin.\n"
        "Rhea Moss: What did you do about the insulin?\n"
        "Kofi Mensah: I called his neighbour and the district nurse.\n"
    )
    stories = _stories(text, data, "Kofi Mensah")
    assert "elderly man" not in " ".join(stories), stories


@pytest.mark.parametrize(
    "name", ["Jun dela Cruz", "Ana delos Santos", "Maria dela Peña", "Rico de los Reyes"]
)
def test_a_speaker_with_a_filipino_particle_is_one_speaker(name) -> None:
    from followup.core.transcript import parse_transcript

    text = (
        f"[00:00:05] Lia Tan: Good morning, thanks for coming in.\n"
        f"[00:00:10] {name}: And the appointment system is the other problem for us.\n"
        f"[00:00:20] Lia Tan: We'll get back to you within a week.\n"
    )
    assert name in parse_transcript(text).speakers


# --- details: the speaker's words cleaned up, never garbled --------------------------------


def _detail(sentence: str, data: dict) -> str | None:
    words = debrief.DebriefWords.from_data(data)
    return debrief.condense(sentence, words, debrief.Limits())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country, not the pronoun
        ("We ship mostly to the US market.", "how the team ships mostly to the US market"),
        ("We sell seed potatoes to growers in the US and Canada.", "the US and Canada"),
        # two verbs of one subject both agree
        ("We design and build cold rooms for supermarkets.", "designs and builds cold rooms"),
        ("We buy and resell used forklifts across the region.", "buys and resells used forklifts"),
        # "we" inside the sentence agrees too
        (
            "The Greenway extension is the largest scheme we have.",
            "the largest scheme the team has",
        ),
        ("We check every pallet before we load the trucks.", "before the team loads the trucks"),
    ],
)
def test_details_keep_the_speakers_words_in_good_grammar(data, sentence, expected) -> None:
    detail = _detail(sentence, data)
    assert detail is not None and expected in detail, detail


@pytest.mark.parametrize(
    "sentence",
    [
        "They often want us to rush the repair before the weekend.",  # "they" is not the team
        "Your warehouse background is interesting to us for that reason.",  # an adjective
        "The auditors are coming back, in person, before the end of the month.",
        "Our regional manager is sitting in to take notes today.",
    ],
)
def test_no_detail_is_garbled_from_these(data, sentence) -> None:
    detail = _detail(sentence, data)
    assert (
        detail is None
        or "the team" not in detail
        and not detail.startswith(("interesting", "coming", "sitting"))
    ), detail


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We're moving from Sage to Xero in the spring.", "moving from Sage to Xero"),
        ("We're going to tender for the cleaning contract in May.", "going to tender"),
    ],
)
def test_a_verb_without_object_still_goes_somewhere(data, sentence, expected) -> None:
    detail = _detail(sentence, data)
    assert detail is not None and detail.startswith(expected), detail


def test_a_name_in_s_is_no_verb_of_a_detail(data) -> None:
    assert (
        _detail("The new depot in Cumbres, opening in May, with a week of training.", data) is None
    )


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Honestly, people fix things fast here.", "people fix things"),
        ("Most children learn the routine quickly.", "children learn"),
        ("She wrote the safety plan herself.", "safety plan herself"),
        ("He rebuilt the whole intake form himself.", "intake form himself"),
        ("Cold storage's the bottleneck in summer.", "cold storage's"),
        ("Dispatch planning's the hardest part.", "dispatch planning's"),
    ],
)
def test_more_words_that_end_no_noun_phrase(grammar, sentence, never) -> None:
    assert never not in nps(sentence, grammar)


@pytest.mark.parametrize(
    "sentence",
    [
        "We hire from the surrounding towns every harvest.",
        "Most of our drivers live in the nearby villages.",
        "Some of the team live out in the city suburbs.",
    ],
)
def test_a_place_word_alone_is_no_topic(data, sentence) -> None:
    text = f"Ines Ward: {sentence}\nInes Ward: {sentence}\nInes Ward: {sentence}\n"
    topics = _topics(text, data)
    assert not any(t.split()[-1] in ("towns", "villages", "suburbs") for t in topics), topics


@pytest.mark.parametrize(
    "sentence",
    [
        "We need another QC microbiologist for the night lab.",
        "The senior radiologists review every scan twice.",
        "Our lead clinician signs off the protocols.",
        "We hired a senior SRE last spring.",
    ],
)
def test_a_persons_job_is_no_topic(data, sentence) -> None:
    text = f"Ines Ward: {sentence}\n" * 3
    topics = _topics(text, data)
    assert not any(
        t.lower().endswith(("microbiologist", "radiologists", "clinician", "sre")) for t in topics
    ), topics


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("I'm Rosa, I own BrightBay Bakery here in Leeds.", "brightbay"),
        ("We founded Northgate Tiles in 2009, just the two of us.", "northgate"),
        ("I run Kestrelworks, a small machine shop.", "kestrelworks"),
    ],
)
def test_the_employer_its_owner_names_is_no_topic(line, name) -> None:
    from datetime import date

    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)
    transcript = parse_transcript(f"Rosa Lee: {line}\nSam Diaz: Thanks for having me.\n")
    assert debrief._stem(name) in debrief.employer_words(transcript, interview)


def test_a_very_long_candidate_turn_is_read_in_bounded_time(data) -> None:
    import time

    story = "At Nordkyl I rewrote the alarm escalation matrix for the night shift. " * 20000
    text = f"Maja Berg: Walk us through a change you led.\nOskar Falk: {story}\n"
    start = time.process_time()
    _proposals(text, data, "Oskar Falk")
    assert time.process_time() - start < 20


@pytest.mark.parametrize(
    ("sentence", "never", "expected"),
    [
        ("Using MALDI-TOF, we identify most organisms in minutes.", "using maldi-tof", "maldi-tof"),
        (
            "Taking stock counts weekly keeps the shelves right.",
            "taking stock counts",
            "stock counts",
        ),
        (
            "Keeping patient records tidy is half the job.",
            "keeping patient records",
            "patient records",
        ),
        ("Finding spare parts quickly is the hard part.", "finding spare parts", "spare parts"),
    ],
)
def test_a_common_verb_opening_a_sentence_is_no_part_of_a_phrase(
    grammar, sentence, never, expected
) -> None:
    found = nps(sentence, grammar)
    assert never not in found and any(f.startswith(expected) for f in found), found

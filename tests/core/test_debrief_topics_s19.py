"""Topics of a Zoom transcript where the interviewers list their work in quick turns
(issue 9, kind 12, s19; invented people and businesses):

- a word that may be a verb or an adjective, before a noun, after a verb, a determiner or a
  clause's opening "and", is the adjective: "we're trying to grow direct bookings", "And
  direct bookings?" say the topic "direct bookings", not the verb "direct";
- an -ing word after a verb that takes one ("the uploads keep failing with the carriers") or
  after "be" and an adjective before its object ("would you be comfortable building a
  dashboard") is a verb: no "failing with …", no "comfortable building".
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar
from followup.core.transcript import parse_transcript
from followup.services.debrief import keyphrases, word_classes
from helpers_debrief import nps


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("And we're trying to grow direct bookings.", "direct bookings"),
        ("And direct bookings?", "direct bookings"),
        ("We want more direct sales through the app.", "direct sales"),
        ("We need direct access to the stock system.", "direct access"),
    ],
)
def test_a_verb_or_adjective_before_a_noun_is_the_adjective(
    sentence: str, phrase: str, grammar: Grammar
) -> None:
    assert any(k.startswith(phrase) for k in nps(sentence, grammar)), nps(sentence, grammar)


@pytest.mark.parametrize(
    ("sentence", "verb_fragment"),
    [
        ("The label uploads keep failing with the carriers.", "failing"),
        ("The scanners kept freezing during the night shift.", "freezing"),
        ("Would you be comfortable building a dashboard for the depot managers?", "building"),
        ("Are you happy running the weekly stock counts?", "running"),
    ],
)
def test_an_ing_word_after_a_verb_or_a_predicate_adjective_is_a_verb(
    sentence: str, verb_fragment: str, grammar: Grammar
) -> None:
    found = nps(sentence, grammar)
    assert not any(k.split()[0] == verb_fragment or verb_fragment in k.split()[-1:] for k in found)
    assert not any(k.startswith(("comfortable", "happy")) for k in found), found


def test_dynamic_pricing_is_still_a_noun_phrase_after_is(grammar: Grammar) -> None:
    found = nps("The big project this year is dynamic pricing for the spa packages.", grammar)
    assert "dynamic pricing for the spa packages" in found


ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:06.000
Marisol Quintana (she/her): Hi Tomasz, welcome. I'm Marisol Quintana, head of revenue at Brisa Resorts.

2
00:00:06.000 --> 00:00:10.000
Tomasz Wierzba: Hi Marisol, nice to meet you.

3
00:00:10.000 --> 00:00:16.000
Marisol Quintana (she/her): We run nine resorts on the island, and the big project
this year is dynamic pricing for the golf packages.

4
00:00:16.000 --> 00:00:22.000
Marisol Quintana (she/her): We're also trying to grow direct bookings, so we're testing a member rate on our own app.

5
00:00:22.000 --> 00:00:28.000
Marisol Quintana (she/her): The rate checks keep failing with the booking sites, which is painful.

6
00:00:28.000 --> 00:00:34.000
Tomasz Wierzba: Understood. I've done something similar before.

7
00:00:34.000 --> 00:00:40.000
Marisol Quintana (she/her): Would you be comfortable building a quick pricing tool for the events team?

8
00:00:40.000 --> 00:00:44.000
Tomasz Wierzba: Yes, I'd be glad to.

9
00:00:44.000 --> 00:00:50.000
Marisol Quintana (she/her): Good. The wedding quotes and the villa upgrades are the other topics this autumn.
"""


def test_a_zoom_transcripts_listed_work_is_proposed(data: dict) -> None:
    words = debrief.DebriefWords.from_data(data)
    limits = debrief.Limits()
    interview = Interview("Brisa Resorts", "Revenue Manager", date(2030, 9, 12), Format.VIDEO)
    parsed = parse_transcript(ZOOM)
    said = " ".join(s.text for s in debrief.sentences_of(parsed, words, limits))
    found = keyphrases(said, limits.keyphrase_words, limits.max_topics * 6)
    proposals = debrief.propose(
        parsed, found, interview, "Tomasz Wierzba", words, limits, lexicon=word_classes
    )
    topics = [p.text.lower() for p in proposals if p.kind == "topic"]
    assert any(t.endswith("direct bookings") for t in topics), topics
    assert not any("comfortable" in t or t.startswith("failing") for t in topics), topics

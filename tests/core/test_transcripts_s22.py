"""Turns as people type and paste them, and whose words give topics (issue 9, kinds 11 and 12,
s22), each kind in general, never one file's words; every person and employer is invented:

1. dialogue written with dashes and colons as chat, meeting notes and pasted subtitles write
   it: a dash before the name with no space ("—Priya: …", "–Tomás :…"), no space after the
   colon ("- Tom:hello"), a dash instead of a colon after the name ("Anna -So tell me …",
   "Søren — Right.", "Ngozi–Thanks", "Jean-Luc -- yes"), subtitles' dashes with no space
   ("-Hi." / "-Hello."); "Q:"/"A:" (and "Pregunta:"/"Respuesta:", "Q :"/"R :", "Frage:"/
   "Antwort:") as the interviewer's questions and the candidate's answers. Never a speaker:
   a hyphenated word ("Follow-up:", "E-mail:", "well-known"), a list of notes under dashes
   ("Budget – approved", "Timeline – March"), a heading under a dash ("Position – …"), speech
   with a dash in it ("Okay – so …"), a lone "Q: any travel?";
2. the candidate's own words give no topic: a term only the candidate (the profile's name, or
   the one speaker who is not among the round's interviewers, or "A:") says is no "topic
   discussed" unless an interviewer says it too or, as the topic rule has it, it is the
   candidate's concrete answer to what the interviewers asked or raised right before (it
   fills the last places); their certificates, pastimes and notice period, said before anyone
   asked, after "Good, thanks." or after the decision's day, give none.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview, Person, PersonRole
from followup.core.transcript import listed_speakers, parse_transcript, with_candidate
from followup.services.debrief import keyphrases, word_classes
from helpers_debrief import zoom_vtt


def turns(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in parse_transcript(text).cues]


# --- 1. dashes and colons -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a dash glued to the name, as chat and meeting notes paste it
        "—Priya Raman: Welcome in, thanks for coming.\n—Tomás Ortega: Thanks for having me.\n—Priya Raman: Tell me about the depot.\n",
        "–Priya Raman :Welcome in, thanks for coming.\n– Tomás Ortega : Thanks for having me.\n–Priya Raman: Tell me about the depot.\n",
        "‐Priya Raman: Welcome in, thanks for coming.\n--Tomás Ortega: Thanks for having me.\n―Priya Raman: Tell me about the depot.\n",
        # no space after the colon
        "- Priya Raman:Welcome in, thanks for coming.\n- Tomás Ortega:Thanks for having me.\n- Priya Raman:Tell me about the depot.\n",
        # a dash instead of the colon, with or without spaces around it
        "Priya Raman -Welcome in, thanks for coming.\nTomás Ortega -Thanks for having me.\nPriya Raman -Tell me about the depot.\n",
        "Priya Raman - Welcome in, thanks for coming.\nTomás Ortega - Thanks for having me.\nPriya Raman - Tell me about the depot.\n",
        "Priya Raman— Welcome in, thanks for coming.\nTomás Ortega— Thanks for having me.\nPriya Raman— Tell me about the depot.\n",
        "Priya Raman—Welcome in, thanks for coming.\nTomás Ortega—Thanks for having me.\nPriya Raman—Tell me about the depot.\n",
        "Priya Raman – Welcome in, thanks for coming.\nTomás Ortega – Thanks for having me.\nPriya Raman – Tell me about the depot.\n",
        "Priya Raman -- Welcome in, thanks for coming.\nTomás Ortega -- Thanks for having me.\nPriya Raman -- Tell me about the depot.\n",
        "Priya Raman- Welcome in, thanks for coming.\nTomás Ortega- Thanks for having me.\nPriya Raman- Tell me about the depot.\n",
        # a bullet or a time before it
        "• Priya Raman – Welcome in, thanks for coming.\n• Tomás Ortega – Thanks for having me.\n• Priya Raman – Tell me about the depot.\n",
        "[00:00:04] Priya Raman — Welcome in, thanks for coming.\n[00:00:09] Tomás Ortega — Thanks for having me.\n[00:00:13] Priya Raman — Tell me about the depot.\n",
    ],
)
def test_dashes_and_colons_around_a_name_make_a_turn(text: str) -> None:
    assert turns(text) == [
        ("Priya Raman", "Welcome in, thanks for coming."),
        ("Tomás Ortega", "Thanks for having me."),
        ("Priya Raman", "Tell me about the depot."),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Łukasz Wiśniewski -So tell me about yourself.\nAyşe Yıldız -Sure, I run the night shift at a bakery.\nŁukasz Wiśniewski -And the ovens?\nAyşe Yıldız -Two deck ovens and a tunnel oven.\n",
            ["Łukasz Wiśniewski", "Ayşe Yıldız"],
        ),
        (
            "Søren — Right, let's start.\nNgozi — Thank you.\nSøren — What brought you to us?\nNgozi — The cold store project.\n",
            ["Søren", "Ngozi"],
        ),
        (
            "Siobhán Ó Murchú–Céad míle fáilte, welcome.\nOluwaseun Adeyemi–Thank you, glad to be here.\nSiobhán Ó Murchú–Tell us about the audit.\nOluwaseun Adeyemi–It ran for six weeks.\n",
            ["Siobhán Ó Murchú", "Oluwaseun Adeyemi"],
        ),
        (
            "Jean-Luc Moreau -- Bonjour, welcome.\nMei-Ling Chen -- Hello, thank you.\nJean-Luc Moreau -- Tell me about the plant.\nMei-Ling Chen -- It makes yoghurt.\n",
            ["Jean-Luc Moreau", "Mei-Ling Chen"],
        ),
        (
            "Élodie Garnier : Bonjour, on commence ?\nKwame Mensah : Oui, merci.\nÉlodie Garnier : Parlez-moi du projet.\n",
            ["Élodie Garnier", "Kwame Mensah"],
        ),
        (
            "- Tom:hello, can you hear me?\n- Mariana Gonçalves:yes, loud and clear\n- Tom:great, let's begin\n",
            ["Tom", "Mariana Gonçalves"],
        ),
    ],
)
def test_names_in_many_languages_before_a_dash_or_colon_speak(
    text: str, speakers: list[str]
) -> None:
    t = parse_transcript(text)
    assert t.speakers == speakers
    assert all(c.speaker for c in t.cues)
    assert not any(c.text[:1] in "-–—:" for c in t.cues)


def test_a_third_voice_who_speaks_once_in_a_dash_dialogue_is_a_speaker() -> None:
    t = parse_transcript(
        "Hemi Walker – Kia ora, welcome.\nDaniela Ruiz – Thanks.\nHemi Walker – Tell me about rostering.\n"
        "Daniela Ruiz – I built the roster for forty drivers.\nFarah Haddad – Sorry I'm late, carry on.\n"
    )
    assert t.speakers == ["Hemi Walker", "Daniela Ruiz", "Farah Haddad"]


@pytest.mark.parametrize(
    "text",
    [
        # a list of notes under dashes: labels that are no one's
        "Budget – approved for two hires\nTimeline – start in March\nHeadcount – two drivers\n",
        "Budget – approved for two hires\nBudget – revisit in the spring\nTimeline – start in March\nTimeline – review in June\n",
        "- Follow-up: send the reference list\n- E-mail: the recruiter's, from the invite\n- Check-in – next Tuesday\n",
        "- well-known issue with the scanners\n- a long-standing backlog\n- follow-up - send samples\n",
        "Notes – ask about parking\nTodo – send references\nAction – thank-you note\n",
    ],
)
def test_lists_and_hyphenated_words_are_no_speakers(text: str) -> None:
    assert parse_transcript(text).speakers == []


def test_speech_and_headings_with_a_dash_in_a_dash_dialogue_are_no_speakers() -> None:
    t = parse_transcript(
        "Position – Senior Dispatcher\n"
        "Ines Duarte – Hi, welcome.\nKofi Boateng – Thanks, glad to be here.\n"
        "Ines Duarte – Okay – so tell me about the radio system.\n"
        "Kofi Boateng – Right — we moved to digital last year.\n"
        "Okay – that was the hard part.\n"
    )
    assert t.speakers == ["Ines Duarte", "Kofi Boateng"]
    assert ("Ines Duarte", "Okay – so tell me about the radio system.") in turns_of(t)
    assert ("Kofi Boateng", "Right — we moved to digital last year.") in turns_of(t)
    assert "Okay – that was the hard part." in [c.text for c in t.cues]


def turns_of(t) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    return [(c.speaker, c.text) for c in t.cues]


def test_a_hyphenated_name_with_a_colon_is_still_a_name() -> None:
    t = parse_transcript("Anne-Marie Dubois: Hello.\nJean-Baptiste Ndiaye: Bonjour.\n")
    assert t.speakers == ["Anne-Marie Dubois", "Jean-Baptiste Ndiaye"]


# Q and A


@pytest.mark.parametrize(
    "text",
    [
        "Q: Tell me about the warehouse you ran.\nA: Forty staff across two shifts.\nQ: How do you handle peak?\nA: Agency pool, booked early.\n",
        "Q1: Tell me about the warehouse you ran.\nA1: Forty staff across two shifts.\nQ2: How do you handle peak?\nA2: Agency pool, booked early.\n",
        "- Q: Tell me about the warehouse you ran.\n- A: Forty staff across two shifts.\n- Q: How do you handle peak?\n- A: Agency pool, booked early.\n",
        "Q – Tell me about the warehouse you ran.\nA – Forty staff across two shifts.\nQ – How do you handle peak?\nA – Agency pool, booked early.\n",
        "Pregunta: Tell me about the warehouse you ran.\nRespuesta: Forty staff across two shifts.\nPregunta: How do you handle peak?\nRespuesta: Agency pool, booked early.\n",
        "Q : Tell me about the warehouse you ran.\nR : Forty staff across two shifts.\nQ : How do you handle peak?\nR : Agency pool, booked early.\n",
        "Frage: Tell me about the warehouse you ran.\nAntwort: Forty staff across two shifts.\nFrage: How do you handle peak?\nAntwort: Agency pool, booked early.\n",
    ],
)
def test_questions_and_answers_are_the_interviewers_and_the_candidates_turns(text: str) -> None:
    t = parse_transcript(text)
    assert turns_of(t) == [
        ("Interviewer", "Tell me about the warehouse you ran."),
        ("Me", "Forty staff across two shifts."),
        ("Interviewer", "How do you handle peak?"),
        ("Me", "Agency pool, booked early."),
    ]
    named = with_candidate(t, "Me", "Zanele Dlamini")
    assert named.speakers == ["Interviewer", "Zanele Dlamini"]
    assert listed_speakers(named, "Zanele Dlamini") == ["Zanele Dlamini"]


def test_an_interviewer_who_introduces_themselves_in_a_question_is_named() -> None:
    t = parse_transcript(
        "Q: Hi, I'm Astrid Lindqvist, I run the lab. Tell me about your assay work.\n"
        "A: Mostly ELISA, some qPCR.\nQ: And the audit?\nA: It passed.\n"
    )
    assert t.speakers == ["Astrid Lindqvist", "Me"]


@pytest.mark.parametrize(
    "text",
    [
        "Note: ask about parking.\nTODO: send references\nQ: any travel?\n",
        "Q: any travel?\nQ: parking on site?\n",
        "A: remember to bring ID.\n",
    ],
)
def test_a_question_or_an_answer_alone_is_no_turn(text: str) -> None:
    assert parse_transcript(text).speakers == []


# subtitles


def test_subtitle_dialogue_dashes_with_no_space_split_the_speakers() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nDARIUSZ: Shall we start?\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\n-Yes, ready.\n-Good.\n\n"
        "3\n00:00:06,500 --> 00:00:09,000\n—HANA: Tell me about the cold store.\n—DARIUSZ: Two chambers.\n\n"
        "4\n00:00:09,500 --> 00:00:12,000\n-HANA:And the audit?\n-DARIUSZ:Passed in May.\n"
    )
    t = parse_transcript(srt)
    assert turns_of(t)[0] == ("Dariusz", "Shall we start?")
    assert ("Hana", "Tell me about the cold store.") in turns_of(t)
    assert ("Dariusz", "Two chambers.") in turns_of(t)
    assert ("Hana", "And the audit?") in turns_of(t)
    assert ("Dariusz", "Passed in May.") in turns_of(t)
    # "-Yes, ready." / "-Good." is a new speaker's line: not Dariusz going on
    assert t.cues[1].speaker is None


def test_a_zoom_vtt_with_a_glued_dash_before_the_name_reads_the_name() -> None:
    t = parse_transcript(
        zoom_vtt(
            ("—Nomvula Khumalo", "Welcome, Arjun."),
            ("—Arjun Mehta", "Thank you."),
        )
    )
    assert t.speakers == ["Nomvula Khumalo", "Arjun Mehta"]


# --- 2. the candidate's own words give no topic ---------------------------------------------


def _topics(text: str, candidate: str, data: dict, people: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    words = debrief.DebriefWords.from_data(data)
    limits = debrief.Limits()
    interview = Interview(
        "Harbourside Foods",
        "Cold Chain Supervisor",
        date(2031, 5, 14),
        Format.VIDEO,
        people=[Person(p, role=PersonRole.INTERVIEWER) for p in people],
    )
    parsed = parse_transcript(text)
    said = " ".join(s.text for s in debrief.sentences_of(parsed, words, limits))
    found = keyphrases(said, limits.keyphrase_words, limits.max_topics * 6)
    proposals = debrief.propose(
        parsed, found, interview, candidate, words, limits, lexicon=word_classes
    )
    return [p.text.lower() for p in proposals if p.kind == "topic"]


_ZOOM = zoom_vtt(
    ("Marta Kowalczyk", "Welcome, thanks for joining us today."),
    (
        "Dhruv Patel (Candidate)",
        "Thanks. I brought my forklift licence and my food hygiene certificate.",
    ),
    (
        "Marta Kowalczyk",
        "Our main worry this year is the temperature logging on the delivery vans.",
    ),
    ("Marta Kowalczyk", "How would you approach the temperature logging?"),
    (
        "Dhruv Patel (Candidate)",
        "I would start with the probe calibration schedule and the alarm thresholds.",
    ),
    ("Kenji Watanabe", "Good, thanks."),
    (
        "Dhruv Patel (Candidate)",
        "I also enjoy pallet racking design and weekend volunteering with the food bank.",
    ),
    ("Kenji Watanabe", "We also need someone to own the night shift handover at the cross-dock."),
    ("Kenji Watanabe", "We'll decide by Friday the 23rd and let you know."),
    (
        "Dhruv Patel (Candidate)",
        "Great. My notice period is a month, and my driving licence is clean.",
    ),
)


def test_terms_only_the_candidate_says_unasked_give_no_topic(data: dict) -> None:
    topics = _topics(_ZOOM, "Dhruv Patel", data)
    for theirs in ("temperature logging", "night shift handover"):
        assert any(theirs in t for t in topics), topics
    # before anyone asked, after "Good, thanks.", after the decision's day: the candidate's
    # own certificates, pastimes and notice period
    for mine in (
        "forklift",
        "hygiene",
        "racking",
        "volunteering",
        "food bank",
        "notice period",
        "licence",
    ):
        assert not any(mine in t for t in topics), (mine, topics)


def test_the_candidates_answer_to_their_question_may_fill_the_last_places(data: dict) -> None:
    # the topic rule (s13): the candidate's concrete answer to what the interviewers asked
    # ranks after their own phrases but may be proposed; an aside never is
    topics = _topics(_ZOOM, "Dhruv Patel", data)
    assert topics.index(next(t for t in topics if "temperature logging" in t)) < len(topics)
    answered = [t for t in topics if "calibration" in t or "alarm" in t]
    theirs = [t for t in topics if "temperature logging" in t or "night shift" in t]
    assert all(topics.index(a) > topics.index(b) for a in answered for b in theirs), topics


def test_a_term_the_candidate_says_is_a_topic_when_an_interviewer_says_it_too(data: dict) -> None:
    text = zoom_vtt(
        ("Marta Kowalczyk", "Welcome, thanks for joining us today."),
        (
            "Dhruv Patel",
            "Thanks. Most of my time goes on supplier scorecards for the chilled range.",
        ),
        (
            "Marta Kowalczyk",
            "Interesting, supplier scorecards are a gap for us too. How did you build them?",
        ),
        ("Dhruv Patel", "From the delivery records and the audit findings."),
        ("Marta Kowalczyk", "Our other worry is the temperature logging on the delivery vans."),
    )
    topics = _topics(text, "Dhruv Patel", data)
    assert any("supplier scorecard" in t for t in topics), topics
    assert any("temperature logging" in t for t in topics), topics


def test_the_one_speaker_not_among_the_interviewers_is_the_candidate(data: dict) -> None:
    # the profile says "Oluwaseun Adeyemi"; the candidate joined as "Seun A.": the round's
    # interviewers are the other two voices, so Seun's words are the candidate's
    text = zoom_vtt(
        ("Ingrid Solberg", "Welcome, thanks for joining us today."),
        ("Seun A.", "Thanks. I brought my forklift licence and my food hygiene certificate."),
        (
            "Ingrid Solberg",
            "Our main worry this year is the temperature logging on the delivery vans.",
        ),
        ("Rafael Ortiz", "Right."),
        (
            "Seun A.",
            "I also enjoy pallet racking design and weekend volunteering with the food bank.",
        ),
        ("Rafael Ortiz", "We also need someone to own the night shift handover at the cross-dock."),
    )
    interviewers = ["Ingrid Solberg", "Rafael Ortiz"]
    topics = _topics(text, "Oluwaseun Adeyemi", data, interviewers)
    assert any("temperature logging" in t for t in topics), topics
    assert not any(
        w in t for t in topics for w in ("forklift", "hygiene", "racking", "food bank")
    ), topics
    words = debrief.DebriefWords.from_data(data)
    t = parse_transcript(text)
    assert (
        debrief.candidate_speaker(t, "Oluwaseun Adeyemi", words.candidate_phrases, (), interviewers)
        == "Seun A."
    )
    # two voices outside the round's interviewers: no one is the candidate by elimination
    assert debrief.candidate_speaker(t, "Oluwaseun Adeyemi", (), (), ["Ingrid Solberg"]) is None
    # no interviewer among the voices: none either
    assert debrief.candidate_speaker(t, "Oluwaseun Adeyemi", (), (), ["Mirela Pop"]) is None


def test_the_answers_of_a_question_and_answer_file_give_no_unasked_topic(data: dict) -> None:
    text = (
        "Q: Welcome. Our main worry this year is the temperature logging on the delivery vans. How would you approach it?\n"
        "A: I would start with the probe calibration schedule.\n"
        "Q: Okay, thanks.\n"
        "A: I also enjoy pallet racking design and weekend volunteering with the food bank.\n"
        "Q: We also need someone to own the night shift handover at the cross-dock.\n"
    )
    topics = _topics(text, "Zanele Dlamini", data)
    assert any("temperature logging" in t for t in topics), topics
    assert any("night shift handover" in t for t in topics), topics
    assert not any(w in t for t in topics for w in ("racking", "volunteering", "food bank")), topics


def test_with_no_candidates_voice_every_speakers_terms_can_be_topics(data: dict) -> None:
    # nobody is the candidate (no label names them, nobody greets them, no round people):
    # every speaker's terms are the interview's
    text = zoom_vtt(
        (
            "Marta Kowalczyk",
            "Our main worry this year is the temperature logging on the delivery vans.",
        ),
        ("Kenji Watanabe", "And the supplier scorecards for the chilled range need an owner."),
    )
    topics = _topics(text, "Zanele Dlamini", data)
    assert any("temperature logging" in t for t in topics), topics
    assert any("supplier scorecard" in t for t in topics), topics

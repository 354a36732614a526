"""What `draft` shows it 'would write' for an unsure topic is what the notes say (issue 10,
session 39): the part of the jot that reads right (compose's Specific.text), never the whole
jot read out with its arrows and colons turned into words ('the quarter and A me and the
on-call …', '… and paint from crane limit 10 t to big trusses ship in halves …'), which no
note says and which a user pressing Enter would believe was kept. Jots are invented."""

from __future__ import annotations

from datetime import date

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Person, PersonRole
from followup.services import drafting, records
from helpers_drafts import email_round, stored_round

JOTS = [
    "yard walk w/ kofi: new pallet racking, in-house forklift bay + charging, dock limit 6 t"
    " -> heavy loads split + re-stacked on site (a cost i'd missed in the exercise)",
    "Q/A me: ~10-12 loads a day, most local, a couple to kumasi. 2 days wfh after probation",
    "kofi's problem: 3 of the last 4 audits failed on FIFO -> he wants stock rotated properly",
]


def test_the_sentence_shown_is_the_one_the_notes_say(followup_home) -> None:
    round_id = stored_round(
        email_round(
            "Tema Bay Logistics", "Warehouse Supervisor",
            [Person("Kofi Mensah", "kofi@temabay.example", role=PersonRole.INTERVIEWER),
             Person("Ama Owusu", "ama@temabay.example", role=PersonRole.INTERVIEWER)],
            interviewed=date(2027, 3, 9), format=Format.IN_PERSON, country="GH",
            tz="Africa/Accra", topics=JOTS,
        ),
        "Yaw Boateng",
        "yaw@example.com",
    )  # fmt: skip
    settings = load_settings()
    interview = compose.unbulleted_round(records.get_interview(settings, round_id))
    language = drafting.load_data(settings, interview.country).language
    said = {s.recorded: s for s in compose.said_specifics(interview, language)}
    asked = drafting.topic_questions(settings, round_id)
    assert asked
    for q in asked:
        spec = said[" ".join(q.recorded.split())]
        if q.left_out:
            assert q.sentence == drafting.LANDING_SENTENCE.format(phrase="…")
            continue
        assert q.phrase == spec.text
        assert q.sentence == drafting.LANDING_SENTENCE.format(phrase=spec.text)
        for garble in (" from dock limit", "quarter and", "->", " to heavy loads"):
            assert garble not in q.sentence

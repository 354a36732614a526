"""The topics `followup debrief` proposes (issue 9, kind 12, session 24), each kind in
general, in the shapes the tools write, with invented people and employers:

1. a noun phrase ends at its head noun, never at the finite verb said after it: a third-person
   "-s" form ("structured text matters", "the queue grows"), a past form ("the pick rate
   dropped") or a modal's verb ("the pallet labels could") is no part of a topic;
2. a short common technical compound ("computer vision", "touch screen", "load balancer") is a
   topic when the interviewers talk about it.
"""

# ruff: noqa: E501
from __future__ import annotations

from pathlib import Path

from test_debrief_topics_s24 import debriefed, found, teams, topics, zoom


def otter(title: str, *turns: tuple[str, str, str]) -> str:
    """An Otter.ai export: a title, then "Name  m:ss" and the turn's text."""
    return title + "\n\n" + "\n\n".join(f"{who}  {at}\n{text}" for who, at, text in turns) + "\n"


def ends_at_noun(proposed: list[str], verbs: set[str]) -> list[str]:
    """The proposed topics whose last word is one of `verbs`."""
    return [p for p in proposed if p.split()[-1] in verbs]


# --- 1. a phrase ends at its head noun, not at the verb after it ------------------------------


def test_third_person_verbs_after_a_phrase_are_not_part_of_it(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "Document AI Engineer-20310506_140000-Meeting Transcript.vtt",
        teams(
            (
                "Priya Raman",
                "Thanks for making time, Tomás. The team builds the claims intake pipeline for a mid-size insurer.",
            ),
            ("Tomás Iglesias", "Happy to be here. Where does the intake pipeline struggle?"),
            (
                "Priya Raman",
                "Structured text matters most for us. The claims intake pipeline reads scanned forms, and the table extraction model misses column headers on older forms.",
            ),
            (
                "Priya Raman",
                "When volume spikes the review queue grows by a few hundred claims a day.",
            ),
            ("Tomás Iglesias", "Do you measure extraction accuracy per field?"),
            (
                "Priya Raman",
                "Yes, the field accuracy dashboard shows it per form type. A fax upstream breaks down in the OCR step.",
            ),
        ),
        "Tomás Iglesias",
    )
    proposed = topics(result)
    assert found("the claims intake pipeline", proposed), proposed
    assert found("the table extraction model", proposed), proposed
    assert found("structured text", proposed), proposed
    assert not ends_at_noun(
        proposed, {"matters", "misses", "grows", "shows", "reads", "breaks", "column"}
    ), proposed


def test_verbs_after_a_phrase_in_a_plant_otter_export(tmp_path: Path) -> None:
    text = otter(
        "Welding Process Engineer interview",
        (
            "Halvard Brekke",
            "0:00",
            "Hi Aoife, I'm Halvard, I lead process engineering at the trailer plant. The robotic weld cell is the main line.",
        ),
        ("Aoife Doherty", "0:12", "Thanks Halvard. What goes wrong on the weld cell?"),
        (
            "Halvard Brekke",
            "0:18",
            "The seam tracking sensor misses weld seams on thin gauge steel. A stop upstream shows up as porosity later, and the rework rate doubled last year.",
        ),
        (
            "Halvard Brekke",
            "0:41",
            "The ultrasonic inspection station catches some of it. The seam tracking sensor needs recalibration every shift.",
        ),
        ("Aoife Doherty", "0:55", "Is the rework rate tracked per shift?"),
        (
            "Halvard Brekke",
            "1:02",
            "Per shift, yes. The fixture changeover time would also matter if we add a second trailer model.",
        ),
    )
    result = debriefed(tmp_path, "welding_process_engineer_otter_ai.txt", text, "Aoife Doherty")
    proposed = topics(result)
    assert found("the seam tracking sensor", proposed), proposed
    assert found("the ultrasonic inspection station", proposed), proposed
    assert found("the rework rate", proposed), proposed
    verbs = {"misses", "shows", "doubled", "catches", "needs", "would", "matter"}
    assert not ends_at_noun(proposed, verbs), proposed


def test_past_and_modal_verbs_after_a_phrase_in_a_zoom_recording(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310506-090000_Recording.transcript.vtt",
        zoom(
            (
                "Marisol Quintero",
                "Good morning Kwame. I run outbound operations at the Valencia distribution centre.",
            ),
            ("Kwame Asante", "Good morning, thanks for having me."),
            (
                "Marisol Quintero",
                "Last quarter the pick rate dropped after the slotting change. The wave planning tool crashed twice in peak week.",
            ),
            (
                "Marisol Quintero",
                "The pallet label printer could jam at night, and the carrier cutoff times changed in October.",
            ),
            ("Kwame Asante", "How do you plan the waves today?"),
            (
                "Marisol Quintero",
                "The wave planning tool, with the pick rate as the main input.",
            ),
        ),
        "Kwame Asante",
    )
    proposed = topics(result)
    assert found("the pick rate", proposed), proposed
    assert found("the wave planning tool", proposed), proposed
    verbs = {"dropped", "crashed", "could", "jam", "changed"}
    assert not ends_at_noun(proposed, verbs), proposed


# --- 2. short common technical compounds ------------------------------------------------------


def test_short_technical_compounds_are_topics(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "Embedded Software Engineer-20310506_100000-Meeting Transcript.vtt",
        teams(
            (
                "Ingrid Solberg",
                "Hi Rafael, I'm Ingrid, I lead the kiosk software team at a parking operator.",
            ),
            ("Rafael Ortiz", "Hi Ingrid, thanks for having me."),
            (
                "Ingrid Solberg",
                "The kiosks read number plates with computer vision, and computer vision is where most of our faults come from.",
            ),
            (
                "Ingrid Solberg",
                "The touch screen freezes in cold weather, so we are replacing the touch screen firmware this winter.",
            ),
            ("Rafael Ortiz", "And the back end?"),
            (
                "Ingrid Solberg",
                "Payments go through a load balancer in front of two regions. The load balancer is the single point we watch.",
            ),
        ),
        "Rafael Ortiz",
    )
    proposed = topics(result)
    assert found("computer vision", proposed), proposed
    assert found("the touch screen", proposed), proposed
    assert found("load balancer", proposed), proposed
    assert not ends_at_noun(proposed, {"freezes", "read", "go"}), proposed

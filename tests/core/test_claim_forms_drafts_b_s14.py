"""Every form a qualification is jotted in lands in a sentence that fits it (drafts B, session
14): a degree and a course held together are said in one frame with the course's article
('an LLB (Hons) and the LPC with distinction'), never read as a school; a line led in by the
role or place it speaks of ('As on-call lead, I wrote …') is the user's sentence, with its
subject when the jot left it out; 'as X lead' is never 'the as X lead'; a field said short
before 'tech' is its technology, never a technician; an irregular past ('rewrote', 'drew up')
is something done; what a result was got with takes its article ('with a buddy system'). A
frame that meets a word it cannot take is never said. Capitals as typed. New wording: no line
of v13."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={}), "GB").language.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # a degree and a course or a second degree, held together
        ("LLB and LPC with Distinction", "I hold an LLB and the LPC with Distinction"),
        ("LLB (Hons) + BPTC (Very Competent)",
         "I hold an LLB (Hons) and the BPTC (Very Competent)"),
        ("MA (Hons) & PGCE", "I hold an MA (Hons) and a PGCE"),
        ("BA and PGCE", "I hold a BA and a PGCE"),
        ("BSc (Hons) Nursing and MSc", "I hold a BSc (Hons) in Nursing and an MSc"),
        ("LLB (Hons) Law and LPC", "I hold an LLB (Hons) in Law and the LPC"),
        ("MBA and CFA", "I hold an MBA and the CFA"),
        # a line led in by the role or the place it speaks of
        ("As duty manager, I rebuilt the cash-up routine for four tills.",
         "As duty manager, I rebuilt the cash-up routine for four tills"),
        ("as charge nurse, rolled out a falls huddle",
         "As charge nurse, I rolled out a falls huddle"),
        ("At Kwik Fit, set up the tyre-check reminder that doubled repeat bookings",
         "At Kwik Fit, I set up the tyre-check reminder that doubled repeat bookings"),
        ("In my last post I cut agency spend by a third.",
         "In my last post, I cut agency spend by a third"),
        ("While at Aldi, I trained 14 new starters", "While at Aldi, I trained 14 new starters"),
        # 'as' typed before a role is said once
        ("as fire marshal lead", "I have served as fire marshal lead"),
        # a field said short before 'tech'
        ("Six years in UX, three of them in health tech",
         "I have six years of experience in UX, three of them in health technology"),
        ("Four years in sales, two of them in ed tech",
         "I have four years of experience in sales, two of them in education technology"),
        # an irregular past is something done
        ("Rewrote the volunteer handbook for a 60-person charity",
         "I have rewritten the volunteer handbook for a 60-person charity"),
        ("Drew up the evacuation plan for a 12-storey block",
         "I have drawn up the evacuation plan for a 12-storey block"),
        ("Co-wrote the practice's sepsis pathway",
         "I have co-written the practice's sepsis pathway"),
        ("Met every payroll deadline for three years",
         "I have met every payroll deadline for three years"),
        # what a result was got with takes its article; a name or a mass noun does not
        ("cut late deliveries 25% w/ driver checklist",
         "I have cut late deliveries by 25% with a driver checklist"),
        ("Cut no-shows 30% via reminder text scheme",
         "I have cut no-shows by 30% via a reminder text scheme"),
        ("Cut overtime 20% through better rostering",
         "I have cut overtime by 20% through better rostering"),
        ("Trained 20 clerks with Excel", "I have trained 20 clerks with Excel"),
        # the user's own sentence, led by 'My' and a verb in the past
        ("My rewrite of the pre-op leaflet cut cancellations by 12%.",
         "My rewrite of the pre-op leaflet cut cancellations by 12%"),
        ("My capstone on flood mapping won the faculty prize",
         "My capstone on flood mapping won the faculty prize"),
        # years counted past ten in words
        ("More than fourteen years in logistics, five of them in cold chain",
         "I have more than fourteen years of experience in logistics, five of them in cold chain"),
        ("Twelve years in events", "I have twelve years of experience in events"),
        # forms that already read, kept
        ("3 yrs receptionist @ a dental practice",
         "I have spent three years as a receptionist at a dental practice"),
        ("MSc Public Health with Merit", "I hold an MSc in Public Health with Merit"),
    ],
)  # fmt: skip
def test_each_form_lands_in_a_sentence_that_fits_it(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure, (line, q)
    assert q.clause == clause


@pytest.mark.parametrize(
    "line",
    [
        "BEng and CSCS card",  # 'a BEng in and CSCS card'
        "As of 2024, NEBOSH certified",  # 'I am as of 2024'
        "MSc and HGV licence",
    ],
)
def test_a_frame_that_meets_a_word_it_cannot_take_is_never_said(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or not phrasing._GARBLED.search(q.clause), q
    if q.sure:
        assert " in and " not in q.clause and " as the as " not in q.clause


def test_capitals_are_kept_as_typed_never_title_cased() -> None:
    lower = phrasing.qualification("LLB (Hons) and LPC with distinction", LEXICON)
    upper = phrasing.qualification("LLB (Hons) and LPC with Distinction", LEXICON)
    assert lower.clause == "I hold an LLB (Hons) and the LPC with distinction"
    assert upper.clause == "I hold an LLB (Hons) and the LPC with Distinction"

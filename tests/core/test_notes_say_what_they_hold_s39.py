"""Three kinds dev recruiters marked down in session 39 (v28, v28b: 83 notes graded):

(a) a CV line that answers nothing in the plan's note ('a CV fact dropped on HR out of
    nowhere', nine of the 26 notes graded 2): said only inside its close, as what the
    candidate would bring ('my six years as a payroll officer'); one that reads only as a
    sentence of its own is left out, and the close says what the candidate would bring (SPEC
    §4's qualifications element, which the checker finds in it);
(b) a frame that promises more with nothing in it ('I'd be glad to add to my answer', 'I'm
    happy to say more on it', 'I've thought since about how I could help with …');
(c) 'Thank you for seeing me' / 'meeting with me' after an interview by phone.
Names and rounds are invented."""

from __future__ import annotations

import re
import tomllib
from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from followup.core.package_data import DATA_DIR
from helpers_drafts import drafts_of, email_round

PROFILE = Profile(
    name="Noor Haddad",
    email="noor@example.com",
    qualifications=[
        "Six years as a payroll officer in retail",
        "CPP (Certified Payroll Professional)",
        "I migrated 1,400 staff from Sage to ADP",
    ],
)


def _round(fmt: Format = Format.IN_PERSON, topics: list[str] | None = None):
    return email_round(
        "Kestrel Foods", "Payroll Officer",
        [Person("Lena Ward", "lena@kestrel.example", role=PersonRole.COORDINATOR,
                title="HR coordinator"),
         Person("Dev Patel", "dev@kestrel.example", title="Finance Manager"),
         Person("Ruth Ames", "ruth@kestrel.example", title="HR Director")],
        interviewed=date(2027, 4, 6), format=fmt, country="US", subdiv="OH",
        tz="America/New_York",
        topics=topics if topics is not None else [
            "dev: month-end close always slips because payroll journals post late",
            "ruth asked about how I handle a garnishment order",
        ],
    )  # fmt: skip


def test_the_plans_note_says_no_cv_line_of_its_own():
    profile = Profile(
        name="Noor Haddad",
        email="noor@example.com",
        qualifications=["I wrote our payroll audit checklist and ran our year-end close"],
    )
    (plan,) = [w for w in drafts_of(_round(), profile, each_too=False)]
    assert plan.draft.to_name == "Lena Ward"
    # session 45 (changed by design): work done is said inside the close as what the
    # candidate has ('… where I believe my experience writing my team's payroll audit
    # checklist would help'), never as a sentence of its own, and only its first deed
    body = plan.draft.body
    assert "I wrote" not in body and "ran our" not in body and "and ran" not in body, body
    if "checklist" in body:
        closing = [p for p in body.split("\n\n") if "checklist" in p]
        assert len(closing) == 1 and "my experience writing" in closing[0], body
    assert plan.verdict == "ready", (plan.reasons, plan.draft.body)


PROMISES = re.compile(
    r"(?i)add to (?:my answer|what I said)|say more on it|go into more detail|"
    r"thought since about how|I'd be glad to say more|happy to say more"
)


def test_no_frame_promises_more_with_nothing_in_it():
    bank = tomllib.loads((DATA_DIR / "sentences.toml").read_text(encoding="utf-8"))["slots"]
    # (a call may offer to say more: the caller is on the line to say it)
    for slot in ("spec.question", "open_topic.question", "spec.challenge", "open_topic.challenge"):
        for line in bank[slot]:
            assert not PROMISES.search(line), (slot, line)


MET = re.compile(r"(?i)\bseeing\s+me\b|\bmeeting\s+(?:with\s+)?me\b|sit down with|for meeting\b")


def test_after_a_phone_interview_no_note_says_they_met():
    for topics in (None, [], ["dev: month-end close slips"]):
        for note in (w.draft for w in drafts_of(_round(Format.PHONE, topics), PROFILE)):
            assert not MET.search(note.body), note.body


def test_what_the_users_line_sends_is_never_offered_again():
    """'I've attached my slides for Ruth' in the user's own line: the close never offers 'I can
    send my slides through you' (dev recruiters read the pair as a self-contradiction)."""
    from followup.config import load_settings
    from followup.services import drafting, records
    from helpers_drafts import stored_round

    round_id = stored_round(
        _round(topics=["ruth wants my slides -> send via lena"]),
        "Noor Haddad", "noor@example.com",
        qualifications=["Six years as a payroll officer in retail"],
    )  # fmt: skip
    settings = load_settings()
    drafting.add_lines(
        settings, round_id, {"Lena Ward": "I've attached my slides for Ruth, as she asked."}
    )
    interview = records.get_interview(settings, round_id)
    assert interview.id == round_id
    batch = drafting.write_drafts(settings, round_id, kind="email", save=False, today="2027-04-07")
    (plan,) = [w.draft.body for w in batch.written if w.draft.to_name == "Lena Ward"]
    assert "attached my slides" in plan
    assert not re.search(r"(?i)\bsend (?:you )?(?:my|the) slides", plan), plan

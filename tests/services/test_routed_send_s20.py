"""The route the round's notes give is followed by the plan, the drafts and `followup send`
(issue 10, session 20): the v18 graders saw `send` mail an interviewer directly while the notes
said to go through someone else, and a note 'cc careers' sent with no copy. The jots are new
wording; the mail goes to a real SMTP server on loopback."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy

import pytest

from followup.config import load_settings
from followup.core.errors import InvalidInput
from followup.core.models import Draft, Format, Interview, Person, PersonRole, Profile
from followup.core.plan import recipient_for
from followup.services import drafting, planning, records, sending
from helpers_drafts import email_round
from mail_servers import PROFILE, mail_settings

IN_WINDOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Mon 23 Nov, 10:00 in New York
PEOPLE = [
    Person("Dana Reyes", "careers@acme.example", title="careers team",
           role=PersonRole.COORDINATOR),
    Person("Lee Park", "lee@acme.example", title="analytics lead"),
    Person("Ravi Menon", "ravi@acme.example", title="data engineer"),
]  # fmt: skip


def interview(notes: str) -> Interview:
    return email_round(
        "Acme",
        "Data Analyst",
        [Person(p.name, p.email, title=p.title, role=p.role) for p in PEOPLE],
        interviewed=date(2026, 11, 19),
        format=Format.VIDEO,
        tz="America/New_York",
        topics=["the Q3 dashboard migration"],
        notes=notes,
    )


def stored(settings, notes: str, to: Person) -> int:
    records.update_profile(settings, **PROFILE)
    rid = records.add_interview(settings, interview(notes)).id
    records.save_draft(
        settings,
        Draft(
            kind="email",
            body="Dear Lee,\n\nThank you for Thursday.\n\nAlex\n",
            subject="Thank you",
            to_name=to.name,
            to_email=to.email,
            round_id=rid,
        ),
    )
    return rid


def test_send_follows_the_route_with_its_copy_and_says_so(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = stored(settings, "lee said to send the thank-you to her directly, dana copied", PEOPLE[1])
    result = sending.send_now(settings, rid, now=IN_WINDOW)
    assert result["state"] == "sent", result
    (got,) = smtp_server.messages()
    assert sorted(got.rcpt_tos) == ["careers@acme.example", "lee@acme.example"]
    msg = message_from_bytes(got.data, policy=policy.default)
    assert str(msg["To"]) == "Lee Park <lee@acme.example>"
    assert "careers@acme.example" in str(msg["Cc"])
    assert result["cc"] == [{"name": "Dana Reyes", "email": "careers@acme.example"}]
    assert "Your notes say to write to Lee Park, copying Dana Reyes" in result["route"]


def test_send_refuses_an_email_where_the_notes_say_to_phone(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = stored(settings, "dana said to ring lee rather than email", PEOPLE[1])
    with pytest.raises(InvalidInput, match="by phone"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    assert smtp_server.messages() == []


SETTINGS = load_settings(env={})
TODAY = date(2026, 11, 23)
ME = Profile("Alex Kim", "alex@candidate.example", phone="+1 212 555 0100",
             qualifications=["three years building dashboards in Power BI"])  # fmt: skip


def test_the_plan_is_addressed_as_the_notes_say_and_keeps_its_pinned_shape():
    i = interview("any thank-yous to lee please, she reads everything")
    plan = planning.Planner(SETTINGS, TODAY)(i)
    assert recipient_for(plan, i).name == "Lee Park"
    out = plan.to_dict()
    assert out["recipient"]["role"] == "coordinator"  # SPEC §2's role, unchanged
    assert out["recipient"]["as_notes_say"]["name"] == "Lee Park"
    assert any("Your notes say to write to Lee Park" in r for r in out["reasons"])


def test_a_phone_route_drafts_the_call_and_no_email_to_anyone_else():
    i = interview("ring ravi, not by email, he's never at his desk")
    plan = planning.Planner(SETTINGS, TODAY)(i)
    batch = drafting.compose_drafts(SETTINGS, i, ME, plan, today=TODAY)
    (call,) = batch.written
    assert call.draft.kind == "phone" and call.draft.to_name == "Ravi Menon"
    with pytest.raises(InvalidInput, match="your notes say to phone Ravi Menon"):
        drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", today=TODAY)


def test_personal_notes_go_to_the_go_between_when_the_panel_is_not_to_be_contacted():
    i = interview("interviewers are not to be contacted, dana relays any notes")
    plan = planning.Planner(SETTINGS, TODAY)(i)
    batch = drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", each=True, today=TODAY)
    assert {w.draft.to_name for w in batch.written} == {"Lee Park", "Ravi Menon"}
    for w in batch.written:
        assert w.draft.to_email == "careers@acme.example", w.draft
        assert "send it through Dana Reyes (careers@acme.example)" in w.purpose, w.purpose
    assert any("no note is emailed to Lee Park directly" in x for x in batch.written[0].warnings)


def test_personal_notes_are_not_written_when_nobody_can_pass_them_on():
    i = interview("the candidate guide says interviewers must not be contacted")
    plan = planning.Planner(SETTINGS, TODAY)(i)
    with pytest.raises(InvalidInput, match="no personal note is written"):
        drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", each=True, today=TODAY)

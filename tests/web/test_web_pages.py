"""The pages on the services: Today, Interviews, import, a round, the draft editor's live
check, profile, settings, export and restore (through the app, on a real SQLite file)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from webtools import ROUND, Web, stored_round, web  # noqa: F401

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_today_walks_a_new_user_through_the_first_interview(web: Web) -> None:
    html = web.client.get("/").text
    assert "Welcome. Let's follow up on your first interview." in html
    assert (
        'href="/interviews/new"' in html and 'href="/import"' in html and 'href="/profile"' in html
    )


def test_today_lists_the_due_follow_up_with_method_recipient_window_and_action(
    web: Web, stored_round: dict[str, Any]
) -> None:
    html = web.client.get("/").text  # today is 2026-11-24: inside the window 23-25 Nov
    section = html.split("Due today", 1)[1]
    assert "Acme Analytics — Data Analyst" in section
    assert "Email" in section
    assert 'Maria Gonzalez<br><span class="address">maria@acme.example</span>' in section
    assert "Mon 23 Nov – Wed 25 Nov 2026" in section
    assert "Write the follow-up" in section
    assert web.client.get("/api/today").json()["due"][0]["id"] == stored_round["id"]


def test_the_add_form_gives_the_command_lines_messages(web: Web, cli: Any) -> None:
    bad = {"company": "Acme", "role": "Analyst", "interviewed": "2026-13-45", "format": "video"}
    html = web.post("/interviews", data=bad).text
    line = cli(
        "add",
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--interviewed",
        "2026-13-45",
        "--format",
        "video",
    ).err
    message = line.removeprefix("followup: error: ").strip()
    assert message and message.replace("'", "&#39;").replace('"', "&#34;") in html
    assert 'value="Acme"' in html  # what was typed is kept
    missing = web.post("/interviews", data={"company": "Acme"}).text
    assert "missing option --role, --interviewed, --format" in missing


def test_adding_through_the_form_stores_the_round_and_goes_to_its_page(web: Web) -> None:
    form = {
        "company": "Globex",
        "role": "Engineer",
        "interviewed": "2026-11-19",
        "format": "in-person",
        "channel": "phone",
        "coordinator": "Ann Lee, ann@globex.example, +1 617 555 0199",
        "interviewers": "Bo Chan <bo@globex.example>\nCy Dee <cy@globex.example>",
        "topics": "the new plant\nsafety audits",
    }
    answer = web.post("/interviews", data=form)
    assert answer.status_code == 204
    target = answer.headers["HX-Redirect"]
    assert re.fullmatch(r"/rounds/\d+", target)
    page = web.client.get(target).text
    assert "Globex — Engineer" in page and "Call" in page and "Bo Chan" in page
    assert '<svg class="timeline fit"' in page and "Thanksgiving" in page


def test_the_list_filters(web: Web, stored_round: dict[str, Any]) -> None:
    web.post("/api/rounds", json={**ROUND, "company": "Initech", "role": "QA"})
    both = web.client.get("/interviews").text
    assert "Initech" in both and "Acme Analytics" in both
    one = web.client.get(
        "/interviews?company=initech", headers={"HX-Request": "true", "HX-Target": "rounds"}
    ).text
    assert "Initech" in one and "Acme" not in one and "<html" not in one
    none = web.client.get("/interviews?status=offer").text
    assert "No interview matches these filters." in none


def test_import_shows_what_was_inferred_and_what_was_not_before_saving(web: Web) -> None:
    invite = (FIXTURES / "invites" / "zoom.ics").read_bytes()
    preview = web.post("/import/preview", files={"file": ("zoom.ics", invite, "text/calendar")})
    assert preview.status_code == 200, preview.text
    html = preview.text
    assert "What <code>zoom.ics</code> says" in html
    assert web.client.get("/api/rounds").json()["total"] == 0  # nothing stored yet
    key = re.search(r'name="upload" value="([0-9a-f]+)"', html).group(1)
    fill = {}
    for name in ("company", "role"):
        if f'name="{name}"' in html:
            fill[name] = "Filled " + name
    saved = web.post("/import/save", data={"upload": key, **fill})
    assert saved.status_code == 204, saved.text
    assert web.client.get("/api/rounds").json()["total"] == 1


def test_an_unreadable_invite_is_one_message(web: Web) -> None:
    answer = web.post(
        "/import/preview",
        files={"file": ("x.ics", b"this is not a calendar", "text/calendar")},
        headers={"HX-Request": "true"},
    )
    assert answer.status_code == 422
    assert answer.headers["HX-Retarget"] == "#flash"
    assert "flash-error" in answer.text and "Traceback" not in answer.text


def test_the_round_page_draws_the_plan_and_writes_and_checks_drafts(
    web: Web, stored_round: dict[str, Any]
) -> None:
    rid = stored_round["id"]
    page = web.client.get(f"/rounds/{rid}").text
    assert "set your name" in page.lower()
    web.post("/profile", data={"name": "Sam Rivera"})
    page = web.client.get(f"/rounds/{rid}").text
    assert 'class="day interview' in page and 'class="day window ideal' in page
    assert "Thanksgiving" in page  # the holiday that shaped the window
    assert "Never on the interview day" in page
    answer = web.post(f"/rounds/{rid}/drafts", data={"kind": "email"})
    assert answer.status_code == 204
    page = web.client.get(answer.headers["HX-Redirect"].split("#")[0]).text
    assert 'id="draft-text"' in page and "Subject:" in page
    assert 'hx-trigger="input changed delay:400ms, load"' in page


def test_the_live_check_marks_findings_with_suggestions(
    web: Web, stored_round: dict[str, Any]
) -> None:
    rid = stored_round["id"]
    text = (
        "Subject: Thanks\n\nHi Maria,\n\nI really need this job!!! Please let me know by Friday. "
        "Thank you for your time.\n\nSam"
    )
    html = web.post(f"/rounds/{rid}/check", data={"kind": "email", "text": text}).text
    assert "Needs revising" in html
    assert re.search(r'<button type="button" class="finding" data-start="\d+" data-end="\d+"', html)
    assert '<mark class="finding-desperation"' in html and "Try:" in html
    data = web.post(f"/api/rounds/{rid}/check", json={"kind": "email", "text": text}).json()
    codes = {i["code"] for i in data["check"]["issues"]}
    assert "desperation" in codes
    body = data["checked"]
    first = data["check"]["issues"][0]
    assert body[first["start"] : first["end"]] == first["excerpt"]


def test_a_draft_edited_until_the_checker_says_ready(
    web: Web, stored_round: dict[str, Any]
) -> None:
    rid = stored_round["id"]
    web.post(
        "/profile",
        data={
            "name": "Sam Rivera",
            "email": "sam@example.org",
            "qualifications": "six years of SQL and Python analytics",
        },
    )
    drafts = web.post(f"/api/rounds/{rid}/drafts", json={}).json()["drafts"]
    did = drafts[0]["id"]
    saved = web.post(
        f"/drafts/{did}", data={"text": "Subject: hi\n\nI need this job. Tell me now!!!"}
    )
    assert "badge-revise" in saved.text
    good = web.client.get(f"/api/drafts/{did}").json()
    assert good["verdict"] == "revise"
    written = web.post(f"/api/rounds/{rid}/drafts", json={}).json()["drafts"][0]
    assert written["verdict"] == "ready", written.get("reasons")


def test_mark_done_records_the_follow_up(web: Web, stored_round: dict[str, Any]) -> None:
    rid = stored_round["id"]
    answer = web.post(f"/rounds/{rid}/done", data={"via": "email", "note": "sent from Gmail"})
    assert answer.status_code == 204
    record = web.client.get(f"/api/rounds/{rid}").json()
    assert record["follow_up"] == "done" and record["actions"][0]["note"] == "sent from Gmail"


def test_profile_saves_and_refuses_a_bad_email(web: Web) -> None:
    ok = web.post(
        "/profile",
        data={"name": "Sam", "email": "sam@example.org", "qualifications": "SQL\nPython"},
    )
    assert "Saved." in ok.text
    bad = web.post("/profile", data={"name": "Sam", "email": "not an email"})
    assert "flash-error" in bad.text
    assert web.client.get("/api/profile").json()["qualifications"] == ["SQL", "Python"]


def test_settings_show_where_data_lives_and_change_the_policy(
    web: Web, followup_home: Path
) -> None:
    html = web.client.get("/settings").text
    assert str(followup_home) in html and "followup.db" in html
    answer = web.post("/settings/policy", data={"policy": "patient"})
    assert answer.status_code in (204, 422), answer.text
    if answer.status_code == 204:
        assert 'name = "patient"' in (followup_home / "config.toml").read_text()
        assert web.client.get("/api/settings").json()["policy"] == "patient"
    unknown = web.post("/settings/policy", data={"policy": "nope"})
    assert unknown.status_code == 422


def test_export_and_restore_round_trip(web: Web, stored_round: dict[str, Any]) -> None:
    exported = web.client.get("/export.json")
    assert exported.headers["content-disposition"].startswith("attachment")
    document = exported.json()
    refused = web.post(
        "/restore", files={"file": ("e.json", json.dumps(document).encode(), "application/json")}
    )
    assert refused.status_code == 409
    again = web.post(
        "/restore",
        data={"replace": "1"},
        files={"file": ("e.json", json.dumps(document).encode(), "application/json")},
    )
    assert again.status_code == 200 and "Restored" in again.text
    assert web.client.get("/api/rounds").json()["total"] == 1
    assert "Acme Analytics" in web.client.get("/export.csv").text


def test_today_shows_ten_a_section_and_the_rest_on_asking(web: Web) -> None:
    for n in range(12):
        web.post("/api/rounds", json={**ROUND, "company": f"Company {n:02d}"})
    html = web.client.get("/").text
    due = html.split("Due today", 1)[1].split("</section>", 1)[0]
    assert due.count('class="card ') == 10 and "Show all 12" in due
    everything = web.client.get("/?all=1").text.split("Due today", 1)[1].split("</section>", 1)[0]
    assert everything.count('class="card ') == 12 and "Show all" not in everything


def test_an_uploaded_recording_is_checked_and_not_kept(web: Web, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "delivery"))
    from video_clips import make_clip

    clip = make_clip(tmp_path / "my take.mp4", seconds=4, fps=5, centre=35, border=28)
    answer = web.post(
        "/video/check", files={"file": ("../my take.mp4", clip.read_bytes(), "video/mp4")}
    )
    assert answer.status_code == 200, answer.text
    assert "Worth another take" in answer.text and "<code>my take.mp4</code>" in answer.text
    assert "too dark" in answer.text and "no audio" in answer.text and "too short" in answer.text
    assert list(web.uploads.folder.iterdir()) == []  # removed once checked


def test_the_round_page_title_is_plain_and_its_forms_are_in_the_page(
    web: Web, stored_round: dict[str, Any]
) -> None:
    page = web.client.get(f"/rounds/{stored_round['id']}").text
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title is not None and "<" not in title.group(1)
    body = page.split("</head>", 1)[1]
    assert body.count('id="reply"') == 1 and "Record the reply" in body


def test_the_card_pdf_downloads_without_storing_a_draft(
    web: Web, stored_round: dict[str, Any]
) -> None:
    web.post("/profile", data={"name": "Sam Rivera"})
    before = web.client.get("/export.json").json()
    answer = web.client.get(f"/rounds/{stored_round['id']}/card.pdf")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-")
    after = web.client.get("/export.json").json()
    before.pop("exported_at", None)
    after.pop("exported_at", None)
    assert after == before


def test_today_is_drawn_again_after_any_change(web: Web) -> None:
    assert "Welcome" in web.client.get("/").text
    assert "Welcome" in web.client.get("/").text  # remembered: the same page
    record = web.post("/api/rounds", json=ROUND).json()
    page = web.client.get("/").text
    assert "Acme Analytics — Data Analyst" in page and "Welcome" not in page
    web.post(f"/api/rounds/{record['id']}/done", json={"via": "email"})
    after = web.client.get("/").text
    assert after != page and "Waiting for a reply" in after

"""The web app asks what `followup draft` asks in a terminal (session 38): the topics it
cannot say with confidence (with the sentence each lands in), the qualifications no note can
say, and one line of the user's own for each person a note goes to. The answers are stored
through the same services as the terminal's prompt, and the next draft says them."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from webtools import ROUND, Web, web  # noqa: F401

TOPICS = ["tom: dashboards = 40% of tickets", "priya re: the dbt migration nxt qtr -> snowflake"]
QUALS = "spring boot, kafka, postgres\nsix years of SQL and Python analytics"


@pytest.fixture
def worded_round(web: Web) -> int:
    web.post(
        "/profile", data={"name": "Sam Rivera", "email": "sam@example.org", "qualifications": QUALS}
    )
    answer = web.post("/api/rounds", json={**ROUND, "topics": TOPICS})
    assert answer.status_code == 201, answer.text
    rid: int = answer.json()["id"]
    return rid


def _text(page: str) -> str:
    body = page.split('id="main"', 1)[1]
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def _fields(page: str) -> dict[str, str]:
    """The form's fields, by name, with the values the page gives them."""
    out = {}
    for tag in re.findall(r"<input [^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            out[name[1]] = html_lib.unescape(value[1]) if value else ""
    return out


def test_the_round_page_leads_to_the_questions(web: Web, worded_round: int) -> None:
    page = web.client.get(f"/rounds/{worded_round}").text
    assert f'href="/rounds/{worded_round}/words"' in page and "Say it your way" in page


def test_the_page_asks_what_the_terminal_asks(web: Web, worded_round: int) -> None:
    from followup.services import drafting

    page = web.client.get(f"/rounds/{worded_round}/words").text
    text = _text(page)
    asked = drafting.questions(web.config.settings, worded_round)
    assert asked.topics and asked.qualifications and asked.lines
    for q in asked.topics:
        assert f"You noted: {q.recorded}" in text
        assert q.sentence in text  # the sentence the words land in
        assert f'name="topic-{q.index}"' in page
    for qual in asked.qualifications:
        assert f"Your qualification: {qual.recorded}" in text
        assert f'name="qual-{qual.source}-{qual.index}"' in page
    for person in ("Maria Gonzalez", "Tom Becker", "Priya Nair"):
        assert f"For {person}" in text
    # every input has a label a screen reader reads
    for field_id in re.findall(r'<input id="([^"]+)"', page):
        assert f'<label for="{field_id}"' in page, field_id


def test_answers_are_stored_and_the_next_draft_says_them(web: Web, worded_round: int) -> None:
    from followup.services import drafting, records

    page = web.client.get(f"/rounds/{worded_round}/words").text
    form = _fields(page)
    topic = next(k for k in form if k.startswith("topic-"))
    qual = next(k for k in form if k.startswith("qual-"))
    tom = next(k for k, v in form.items() if k.startswith("line-name-") and v == "Tom Becker")
    form[topic] = "challenge: how much of the support load comes from dashboards"
    form[qual] = "I have built event pipelines with Spring Boot, Kafka and Postgres"
    form["line-" + tom.rsplit("-", 1)[1]] = "The way you triage tickets by dashboard stuck with me."
    saved = web.client.post(
        f"/rounds/{worded_round}/words", data=form, headers={"Origin": "http://127.0.0.1:8123"}
    )
    assert saved.status_code == 200, saved.text
    assert "Stored your words: 1 topic, 1 qualification, 1 line" in _text(saved.text)
    interview = records.get_interview(web.config.settings, worded_round)
    assert any("how much of the support load" in t for t in interview.topics)
    assert 'Tom Becker: line: "The way you triage tickets by dashboard stuck with me."' in (
        interview.topics
    )
    profile = records.get_profile(web.config.settings)
    assert "I have built event pipelines with Spring Boot, Kafka and Postgres" in (
        profile.qualifications
    )
    # answered: no longer asked; the line is shown as given
    again = web.client.get(f"/rounds/{worded_round}/words").text
    assert "You noted: tom: dashboards" not in _text(again)
    assert 'value="The way you triage tickets by dashboard stuck with me."' in again
    written = web.post(f"/rounds/{worded_round}/drafts", data={"kind": "email", "each": "1"})
    assert written.status_code == 204
    batch = drafting.list_round_drafts(web.config.settings, worded_round, "2026-11-24")
    to_tom = [w.draft.body for w in batch.written if w.draft.to_name == "Tom Becker"]
    assert to_tom and "The way you triage tickets by dashboard stuck with me." in to_tom[-1]
    others = [w.draft.body for w in batch.written if w.draft.to_name != "Tom Becker"]
    assert others and not any("triage tickets" in body for body in others)


def test_an_emptied_line_is_taken_away_and_an_unchanged_one_kept(
    web: Web, worded_round: int
) -> None:
    from followup.services import drafting, records

    settings = web.config.settings
    drafting.add_lines(settings, worded_round, {"Tom": "Kept as it was.", "Priya": "Gone soon."})
    form = _fields(web.client.get(f"/rounds/{worded_round}/words").text)
    priya = next(k for k, v in form.items() if k.startswith("line-name-") and v == "Priya Nair")
    form["line-" + priya.rsplit("-", 1)[1]] = ""
    saved = web.client.post(
        f"/rounds/{worded_round}/words", data=form, headers={"Origin": "http://127.0.0.1:8123"}
    )
    assert "1 line" in _text(saved.text)
    topics = records.get_interview(settings, worded_round).topics
    assert 'Tom Becker: line: "Kept as it was."' in topics
    assert not any("Gone soon" in t for t in topics)


def test_a_line_for_someone_the_round_does_not_name_is_one_message_and_keeps_the_typing(
    web: Web, worded_round: int
) -> None:
    form = _fields(web.client.get(f"/rounds/{worded_round}/words").text)
    form["line-name-0"] = "Nobody Here"
    form["line-0"] = "A line typed with care."
    answer = web.post(f"/rounds/{worded_round}/words", data=form)
    assert answer.status_code == 422
    text = _text(answer.text)
    assert re.search(r"--line: .*Nobody Here", text), text
    assert 'value="A line typed with care."' in answer.text
    assert "Traceback" not in answer.text


def test_a_round_that_does_not_exist_is_not_found(web: Web) -> None:
    assert web.client.get("/rounds/999/words").status_code == 404
    assert (
        web.post("/rounds/999/words", data={"line-name-0": "X", "line-0": "y"}).status_code == 404
    )

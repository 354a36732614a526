"""Each topic's kind is shown (`draft --json` "topics", and the note's "topic") and can be
corrected with `followup edit ID --topic-kind TOPIC KIND` (session 14, drafts-a)."""

from __future__ import annotations

import json


def _round(run_followup, *topics: str) -> str:
    args = [
        "add", "--company", "Harbourside Logistics", "--role", "Shift Supervisor",
        "--interviewed", "2027-03-09", "--format", "in-person", "--channel", "email",
        "--interviewer", "Wendell Price <wprice@harbourside.example>",
    ]  # fmt: skip
    for t in topics:
        args += ["--topic", t]
    add = run_followup(*args, "--json")
    assert add.code == 0, add.err
    assert run_followup("profile", "--name", "Ines Marlow").code == 0
    return str(json.loads(add.out)["id"])


def test_draft_json_shows_the_kind_of_every_topic(run_followup) -> None:
    rid = _round(
        run_followup,
        "forklift test, reversed into bay 3",
        "agency turnover on the night shift",
        "asked how I'd handle a driver who skips the walkaround check",
    )
    out = run_followup("draft", rid, "--today", "2027-03-12", "--no-save", "--json")
    assert out.code == 0, out.err
    topics = {t["recorded"]: t for t in json.loads(out.out)["topics"]}
    assert topics["forklift test, reversed into bay 3"]["kind"] == "exercise"
    assert topics["agency turnover on the night shift"]["kind"] == "challenge"
    asked = topics["asked how I'd handle a driver who skips the walkaround check"]
    assert asked["kind"] == "question"
    for t in topics.values():
        assert set(t) >= {"recorded", "phrase", "kind", "kind_label", "said"}
    draft = json.loads(out.out)["drafts"][0]
    assert set(draft) >= {"id", "to", "kind", "subject", "body", "verdict"}  # pinned, unchanged


def test_a_kind_read_wrong_is_corrected_with_edit_topic_kind(run_followup) -> None:
    rid = _round(run_followup, "wendell: the quarterly stock count")
    fixed = run_followup("edit", rid, "--topic-kind", "wendell: the quarterly", "challenge")
    assert fixed.code == 0, fixed.err
    shown = json.loads(run_followup("show", rid, "--json").out)
    assert shown["topics"] == ["wendell: challenge: the quarterly stock count"]  # still his
    out = run_followup("draft", rid, "--today", "2027-03-12", "--no-save", "--json")
    topics = json.loads(out.out)["topics"]
    assert [t["kind"] for t in topics] == ["challenge"]
    again = run_followup("edit", rid, "--topic-kind", "wendell", "plan")  # replaces the kind
    assert again.code == 0, again.err
    shown = json.loads(run_followup("show", rid, "--json").out)
    assert shown["topics"] == ["wendell: plan: the quarterly stock count"]


def test_a_kind_that_does_not_exist_is_one_clear_line(run_followup) -> None:
    rid = _round(run_followup, "the quarterly stock count")
    bad = run_followup("edit", rid, "--topic-kind", "the quarterly", "gossip")
    assert bad.code != 0
    assert "--topic-kind: 'gossip' is not a kind of topic" in bad.err
    assert "Traceback" not in bad.err
    missing = run_followup("edit", rid, "--topic-kind", "no such topic", "plan")
    assert missing.code != 0 and "--topic-kind: no one topic reads" in missing.err

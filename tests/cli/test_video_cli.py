"""`followup video plan` and `followup video check` through the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.cli.test_draft_cli import TODAY, one_line_error, store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "delivery"))
from video_clips import make_clip, noise, speech  # noqa: E402


def test_video_plan_is_the_video_draft_with_a_checklist(cli) -> None:
    round_id = store("northwind_video_panel")
    res = cli("video", "plan", str(round_id), "--today", TODAY, "--json")
    assert res.code == 0, res.err
    plan = json.loads(res.out)
    assert plan["item"] == "Atlas analytics dashboard"
    assert "Atlas analytics dashboard" in plan["script"]
    low, high = plan["target_seconds"]
    assert low <= plan["speaking_seconds"] <= high
    points = [p["point"] for p in plan["checklist"]]
    assert points[0].startswith("The item: Atlas analytics dashboard")
    for needed in ("quiet", "Light in front", "eye level", "equipment", "60-90", "One good take"):
        assert any(needed in p for p in points), needed
    assert all(p["advice"] for p in plan["checklist"])
    # The same script `draft --kind video` writes, stored once with the round.
    drafts = json.loads(cli("draft", "list", str(round_id), "--json").out)["drafts"]
    videos = [d for d in drafts if d["kind"] == "video"]
    assert len(videos) == 1 and videos[0]["id"] == plan["draft_id"]
    assert plan["script"] in videos[0]["body"]
    again = json.loads(cli("video", "plan", str(round_id), "--today", TODAY, "--json").out)
    assert again["draft_id"] == plan["draft_id"]


def test_video_plan_human_view(cli) -> None:
    round_id = store("northwind_video_panel")
    res = cli("video", "plan", str(round_id), "--today", TODAY)
    assert res.code == 0, res.err
    assert "Before you record:" in res.out
    assert "followup video check FILE" in res.out


def test_video_plan_unknown_round(cli) -> None:
    one_line_error(cli("video", "plan", "99", "--today", TODAY), 3)


@pytest.fixture(scope="module")
def good_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-clips")
    audio = speech(70, 16000, -20) + noise(70, 16000, -62)
    return make_clip(folder / "thanks.mp4", fps=5, audio=audio)


def test_video_check_json_shape(run_followup, good_clip: Path) -> None:
    res = run_followup("video", "check", str(good_clip), "--json")
    assert res.code == 0, res.err
    result = json.loads(res.out)
    assert set(result) >= {
        "file",
        "verdict",
        "duration_s",
        "width",
        "height",
        "fps",
        "video",
        "audio",
        "issues",
    }
    assert result["verdict"] == "ready"
    assert result["file"] == str(good_clip)


def test_video_check_human_view_and_settings(run_followup, good_clip: Path) -> None:
    res = run_followup("video", "check", str(good_clip))
    assert res.code == 0, res.err
    assert "ready" in res.out.splitlines()[0]
    strict = run_followup(
        "video", "check", str(good_clip), env={"FOLLOWUP_VIDEO_MIN_SECONDS": "80"}
    )
    assert "Too short" in strict.out and "revise" in strict.out


@pytest.mark.parametrize(
    "content",
    [b"", b"not a video at all\n" * 100, b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64],
)
def test_video_check_bad_files_are_one_line(run_followup, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(content)
    one_line_error(run_followup("video", "check", str(path)), 2)


def test_video_check_bad_setting_is_one_line(run_followup, good_clip: Path) -> None:
    res = run_followup("video", "check", str(good_clip), env={"FOLLOWUP_VIDEO_MAX_SECONDS": "x"})
    one_line_error(res, 2)


LINK = "https://videos.example.com/v/7Hq2-thank-you"


def test_video_url_goes_into_the_email_and_done_records_the_video(cli) -> None:
    round_id = store("northwind_video_panel")
    res = cli(
        "draft", str(round_id), "--kind", "email", "--video-url", LINK, "--today", TODAY, "--json"
    )
    assert res.code == 0, res.err
    draft = json.loads(res.out)["drafts"][0]
    assert draft["video_url"] == LINK
    assert LINK in draft["body"]
    assert "Atlas analytics dashboard" in draft["body"].split(LINK)[0].splitlines()[-1]
    assert draft["verdict"] == "ready", draft["check"]["issues"]
    stored = json.loads(cli("draft", "show", str(draft["id"]), "--json").out)
    assert stored["video_url"] == LINK
    done = cli("done", str(round_id), "--via", "email", "--today", "2026-11-23", "--json")
    assert done.code == 0, done.err
    actions = json.loads(done.out)["actions"]
    assert [a["kind"] for a in actions] == ["email", "video"]
    assert actions[1]["note"] == LINK


def test_video_url_survives_export_and_restore(cli, tmp_path: Path, monkeypatch) -> None:
    round_id = store("northwind_video_panel")
    cli("draft", str(round_id), "--kind", "email", "--video-url", LINK, "--today", TODAY)
    out = tmp_path / "export.json"
    assert cli("export", "-o", str(out)).code == 0
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "other"))
    res = cli("restore", str(out))
    assert res.code == 0, res.err
    drafts = json.loads(cli("draft", "list", str(round_id), "--json").out)["drafts"]
    assert [d.get("video_url") for d in drafts] == [LINK]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--kind", "card", "--video-url", LINK], "email"),
        (["--kind", "email", "--video-url", "javascript:alert(1)"], "web link"),
        (["--kind", "email", "--video-url", "ftp://files.example.com/v.mp4"], "web link"),
        (["--kind", "email", "--video-url", "https://"], "web link"),
        (["--kind", "email", "--video-url", "https://x.example/a b"], "spaces"),
        (["--kind", "email", "--video-url", "https://x.example/" + "a" * 3000], "longer"),
    ],
)
def test_bad_video_urls_are_one_line(cli, args: list[str], says: str) -> None:
    round_id = store("northwind_video_panel")
    line = one_line_error(cli("draft", str(round_id), *args, "--today", TODAY), 2)
    assert says in line
    assert json.loads(cli("draft", "list", str(round_id), "--json").out)["drafts"] == []


def test_video_check_exit_status_follows_the_verdict(run_followup, good_clip: Path) -> None:
    strict = run_followup(
        "video", "check", str(good_clip), "--json", env={"FOLLOWUP_VIDEO_MIN_SECONDS": "80"}
    )
    assert strict.code == 1 and json.loads(strict.out)["verdict"] == "revise"
    res = run_followup("video", "check", str(good_clip), env={"FOLLOWUP_VIDEO_MIN_SECONDS": "80"})
    assert "Too short" in res.out and "too_short" not in res.out

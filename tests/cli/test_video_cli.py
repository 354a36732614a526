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
    assert "too_short" in strict.out and "revise" in strict.out


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

"""`followup video plan ID` and `followup video check FILE`: the video thank-you note."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.group("video", cls=options.Group, no_args_is_help=True)
def video_group() -> None:
    """Plan a video thank-you note (script and checklist) and check the recording."""


@video_group.command("plan")
@options.round_id_argument()
@options.today_option
@options.json_option("Print the script, its speaking time and the checklist as JSON.")
@pass_app
def plan_command(app: AppContext, round_id: int, today: str | None, json_out: bool) -> None:
    """Before recording: the script, its speaking time and the checklist with advice.

    The script is the one `followup draft ID --kind video` writes (saved with the round), built
    around the item or product discussed; the checklist gives concrete advice for each point
    (a quiet place, light in front of you, the camera at eye level, the microphone, …)."""
    from followup.services import video

    plan = video.video_plan(app.settings, round_id, today)
    if json_out:
        app.renderer.json(plan)
    else:
        from followup.cli.video_views import show_plan

        show_plan(app.renderer, plan)


@video_group.command("check")
@click.argument(
    "file", metavar="FILE", help="The recording: a video file from your phone, webcam or camera."
)
@options.json_option(
    'Print {"file", "verdict", "duration_s", "width", "height", "fps", "video", "audio", '
    '"issues"} as JSON.'
)
@pass_app
def check_command(app: AppContext, file: str, json_out: bool) -> int:
    """After recording: check the recording FILE before you send it.

    Reads any format FFmpeg reads (.mp4, .mov, .webm, .mkv …; phone recordings in HEVC with a
    rotation flag included) and reports length, resolution, light (too dark, too bright,
    backlit) and sound (loudness in LUFS, noise, clipping, no sound, long silences at the
    start or end). Verdict `ready` or `revise`; thresholds are the video.* settings (see
    followup config). Issue codes: too_short, too_long, low_resolution, too_dark,
    too_bright, backlit, no_audio, too_quiet, noisy, clipping, silence_start, silence_end.
    Exit status: 0 ready, 1 revise, 2 a file it cannot judge (like `followup check`)."""
    from followup.services import video

    result = video.check_recording(app.settings, file)
    if json_out:
        app.renderer.json_line(result)
    else:
        from followup.cli.video_views import show_check

        show_check(app.renderer, result)
    return 0 if result["verdict"] == "ready" else 1

"""Judging a recorded video thank-you note (seed §2): is it ready to send?

Pure rules over measurements that `delivery/video.py` takes from the file: how long it runs,
its resolution, how bright the frames are (and whether the face, the centre of the frame, is
darker than the background behind it), how loud the speech is (integrated loudness in LUFS,
ITU-R BS.1770), how far it stands above the noise floor, whether it clips, and whether the
recording starts or ends with a long silence. Every threshold is a setting
(`VideoPolicy`, section `video` of the configuration), declared once with its unit in
core/video_policy.py (small, so the configuration loads without this module).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.video_policy import VideoPolicy, policy_from

__all__ = ["VideoPolicy", "policy_from"]  # declared in core.video_policy; used from here too


@dataclass(frozen=True)
class FrameSample:
    """One decoded frame: when (seconds), its mean luma, the centre's and the border's mean
    luma (0-255 full range), and the share (0-1) of its pixels that are pure white."""

    at_s: float
    mean: float
    centre: float
    border: float
    blown_share: float


@dataclass(frozen=True)
class AudioLevels:
    """What the audio track measures. Levels in dBFS and LUFS; times in seconds."""

    codec: str
    sample_rate: int
    channels: int
    integrated_lufs: float | None  # None: too short or silent for the gated measure
    loudness_range_lu: float | None
    momentary_max_lufs: float | None
    short_term_lufs: list[float | None]  # 3-s short-term loudness a second; None: silent
    peak_dbfs: float
    noise_floor_dbfs: float
    speech_level_dbfs: float
    clipped_share: float  # 0-1 of all samples
    first_clip_s: float | None
    leading_silence_s: float
    trailing_silence_s: float

    @property
    def snr_db(self) -> float:
        return self.speech_level_dbfs - self.noise_floor_dbfs


@dataclass(frozen=True)
class Recording:
    """Everything measured in one file."""

    file: str
    container: str
    duration_s: float
    width: int  # as displayed (a portrait phone video is taller than wide)
    height: int
    fps: float
    codec: str
    rotation: int  # degrees the player turns the stored frames
    variable_frame_rate: bool
    frames: list[FrameSample]
    audio: AudioLevels | None


@dataclass(frozen=True)
class VideoIssue:
    code: str
    message: str
    suggestion: str
    at_s: float | None = None


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _brightness_issues(frames: list[FrameSample], policy: VideoPolicy) -> list[VideoIssue]:
    if not frames:
        return []
    found: list[VideoIssue] = []
    limit = policy.bad_frames_percent / 100
    dark = [f for f in frames if f.mean < policy.dark_luma]
    if len(dark) / len(frames) > limit:
        found.append(
            VideoIssue(
                "too_dark",
                f"{len(dark)} of {len(frames)} sampled frames are too dark "
                f"(mean brightness {_median([f.mean for f in frames]):.0f} of 255)",
                "Film facing a window or a lamp, so the light falls on your face.",
                round(dark[0].at_s, 1),
            )
        )
    blown = [
        f
        for f in frames
        if f.mean > policy.bright_luma or f.blown_share * 100 > policy.blown_pixels_percent
    ]
    if len(blown) / len(frames) > limit:
        found.append(
            VideoIssue(
                "too_bright",
                f"{len(blown)} of {len(frames)} sampled frames are blown out",
                "Move out of direct sunlight or turn the lamp away; diffuse light is kinder.",
                round(blown[0].at_s, 1),
            )
        )
    gap = _median([f.border - f.centre for f in frames])
    if gap >= policy.backlit_gap:
        found.append(
            VideoIssue(
                "backlit",
                f"your face (the centre of the frame) is darker than the background by "
                f"{gap:.0f} of 255",
                "Don't sit with a window behind you: turn round so the light is in front of you.",
            )
        )
    return found


def _audio_issues(audio: AudioLevels, policy: VideoPolicy) -> list[VideoIssue]:
    found: list[VideoIssue] = []
    loudness = audio.integrated_lufs
    if loudness is None or loudness < policy.quiet_lufs:
        said = "silent" if loudness is None else f"{loudness:.1f} LUFS"
        found.append(
            VideoIssue(
                "too_quiet",
                f"the speech is too quiet ({said}; aim for about -16 to -23 LUFS)",
                "Sit closer to the microphone, or use an external or headset microphone.",
            )
        )
    elif audio.snr_db < policy.min_snr_db:
        found.append(
            VideoIssue(
                "noisy",
                f"the voice stands only {audio.snr_db:.0f} dB above the background noise "
                f"(noise floor {audio.noise_floor_dbfs:.0f} dBFS)",
                "Record in a quiet room: close the window, turn off fans, and move closer to "
                "the microphone.",
            )
        )
    if audio.clipped_share * 100 > policy.clipping_percent:
        found.append(
            VideoIssue(
                "clipping",
                f"{audio.clipped_share * 100:.2f}% of the audio hits full scale (distorted)",
                "Speak a little further from the microphone or lower its input level.",
                None if audio.first_clip_s is None else round(audio.first_clip_s, 1),
            )
        )
    return found


def _silence_issues(audio: AudioLevels, duration_s: float, policy: VideoPolicy) -> list[VideoIssue]:
    found: list[VideoIssue] = []
    if audio.leading_silence_s > policy.silence_seconds:
        found.append(
            VideoIssue(
                "silence_start",
                f"the first {audio.leading_silence_s:.1f} s are silent",
                "Trim the start so you speak within the first second or two.",
                0.0,
            )
        )
    if audio.trailing_silence_s > policy.silence_seconds and audio.leading_silence_s < duration_s:
        found.append(
            VideoIssue(
                "silence_end",
                f"the last {audio.trailing_silence_s:.1f} s are silent",
                "Trim the end just after your closing words.",
                round(max(0.0, duration_s - audio.trailing_silence_s), 1),
            )
        )
    return found


def assess(recording: Recording, policy: VideoPolicy) -> list[VideoIssue]:
    """The issues of a recording, in the order a person fixes them: length, picture, sound."""
    found: list[VideoIssue] = []
    if recording.duration_s < policy.min_seconds:
        found.append(
            VideoIssue(
                "too_short",
                f"it runs {recording.duration_s:.0f} s; a video thank-you note takes 60-90 s",
                "Say how you would use the item or why you fit, with one example from the "
                "interview.",
            )
        )
    elif recording.duration_s > policy.max_seconds:
        found.append(
            VideoIssue(
                "too_long",
                f"it runs {recording.duration_s:.0f} s; keep it to 60-90 s",
                "Cut to one point about the item and one about why you fit; drop the rest.",
                policy.max_seconds,
            )
        )
    short_side = min(recording.width, recording.height)
    if short_side < policy.min_short_side:
        found.append(
            VideoIssue(
                "low_resolution",
                f"{recording.width}×{recording.height} is below {policy.min_short_side}p",
                "Record at 720p or 1080p: the phone's main camera, or a better webcam.",
            )
        )
    found += _brightness_issues(recording.frames, policy)
    if recording.audio is None:
        found.append(
            VideoIssue(
                "no_audio",
                "the recording has no sound track",
                "Check that the microphone is allowed and on, then record again.",
            )
        )
    else:
        found += _audio_issues(recording.audio, policy)
        found += _silence_issues(recording.audio, recording.duration_s, policy)
    return found


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def report(recording: Recording, policy: VideoPolicy) -> dict[str, Any]:
    """The `video check --json` shape: file, verdict, duration_s, width, height, fps, video,
    audio, issues (each with code, message, suggestion, at_s)."""
    issues = assess(recording, policy)
    frames = recording.frames
    limit_dark, limit_bright = policy.dark_luma, policy.bright_luma
    video = {
        "codec": recording.codec,
        "container": recording.container,
        "rotation": recording.rotation,
        "variable_frame_rate": recording.variable_frame_rate,
        "frames_sampled": len(frames),
        "mean_luma": _median([f.mean for f in frames]) if frames else None,
        "centre_luma": _median([f.centre for f in frames]) if frames else None,
        "background_luma": _median([f.border for f in frames]) if frames else None,
        "dark_frames_share": (
            sum(f.mean < limit_dark for f in frames) / len(frames) if frames else None
        ),
        "bright_frames_share": (
            sum(
                f.mean > limit_bright or f.blown_share * 100 > policy.blown_pixels_percent
                for f in frames
            )
            / len(frames)
            if frames
            else None
        ),
    }
    audio: dict[str, Any] = {"present": recording.audio is not None}
    if recording.audio is not None:
        audio.update(asdict(recording.audio))
        audio["snr_db"] = recording.audio.snr_db
    return {
        "file": recording.file,
        "verdict": "revise" if issues else "ready",
        "duration_s": round(recording.duration_s, 3),
        "width": recording.width,
        "height": recording.height,
        "fps": round(recording.fps, 3),
        "video": {k: _rounded(v) for k, v in video.items()},
        "audio": {k: _rounded(v) for k, v in audio.items()},
        "issues": [asdict(i) for i in issues],
    }


MAX_URL = 2048


def video_link(url: str) -> str:
    """A recorded video's link as it goes into an email: an http(s) URL with a host, no
    spaces or control characters, at most MAX_URL characters; InvalidInput otherwise."""
    from urllib.parse import urlsplit

    text = url.strip()
    if not text:
        raise InvalidInput("--video-url is empty: give the link to your recording")
    if len(text) > MAX_URL:
        raise InvalidInput(f"--video-url is longer than {MAX_URL} characters")
    if any(c.isspace() or ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
        raise InvalidInput("--video-url must not contain spaces or control characters")
    try:
        parts = urlsplit(text)
    except ValueError:
        raise InvalidInput(f"--video-url: {text[:80]!r} is not a link") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            f"--video-url: {text[:80]!r} is not a web link (https://…) a recruiter can open"
        )
    return text

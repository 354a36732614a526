"""`followup video check`: real clips built with PyAV, one per rule, and files it must refuse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from followup.core.errors import InvalidInput
from followup.core.video import VideoPolicy, report
from followup.delivery.video import measure

sys.path.insert(0, str(Path(__file__).parent))
from video_clips import make_clip, noise, speech  # noqa: E402

RATE = 16000
POLICY = VideoPolicy()


def voice(seconds: float = 70.0, level: float = -20.0) -> np.ndarray:
    return speech(seconds, RATE, level) + noise(seconds, RATE, -62)


CLIPS = {
    "good": lambda p: make_clip(p / "good.mp4", fps=5, audio=voice()),
    "dark": lambda p: make_clip(p / "dark.mp4", fps=5, centre=35, border=28, audio=voice()),
    "bright": lambda p: make_clip(p / "bright.mp4", fps=5, centre=252, border=252, audio=voice()),
    "backlit": lambda p: make_clip(p / "backlit.mp4", fps=5, centre=70, border=215, audio=voice()),
    "quiet": lambda p: make_clip(p / "quiet.mp4", fps=5, audio=voice(level=-52)),
    "noisy": lambda p: make_clip(
        p / "noisy.mp4", fps=5, audio=speech(70, RATE, -20) + noise(70, RATE, -34)
    ),
    "clipped": lambda p: make_clip(
        p / "clipped.mp4", fps=5, audio=np.clip(speech(70, RATE, -2) * 4, -1, 1)
    ),
    "long": lambda p: make_clip(p / "long.mp4", seconds=125, fps=2, audio=voice(125)),
    "short": lambda p: make_clip(p / "short.mp4", seconds=20, fps=5, audio=voice(20)),
    "silent_video": lambda p: make_clip(p / "mute.mp4", fps=5, audio=None),
    "small": lambda p: make_clip(p / "small.mp4", width=320, height=240, fps=5, audio=voice()),
    "late_start": lambda p: make_clip(
        p / "late.mp4",
        fps=5,
        audio=np.concatenate([np.zeros(6 * RATE, np.float32), voice(64)]),
    ),
    # A phone recording: HEVC in .mov, stored landscape with a 90° rotation flag (portrait on
    # screen), frames at uneven intervals (variable frame rate).
    "phone": lambda p: make_clip(
        p / "phone.mov",
        width=720,
        height=480,
        codec="libx265",
        rotation=90,
        frame_times=[i * 0.2 + (0.07 if i % 3 == 0 else 0.0) for i in range(350)],
        audio=voice(),
    ),
}


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {name: build(folder) for name, build in CLIPS.items()}


def check(path: Path) -> dict:
    return report(measure(path, POLICY), POLICY)


def codes(result: dict) -> set[str]:
    return {issue["code"] for issue in result["issues"]}


def test_a_good_recording_is_ready(clips: dict[str, Path]) -> None:
    result = check(clips["good"])
    assert result["verdict"] == "ready", result["issues"]
    assert result["issues"] == []
    assert 69.5 <= result["duration_s"] <= 70.5
    assert (result["width"], result["height"]) == (640, 480)
    assert result["fps"] == pytest.approx(5, abs=0.1)
    audio = result["audio"]
    assert audio["present"] is True
    assert -26 <= audio["integrated_lufs"] <= -18  # speech at about -20 dBFS RMS
    assert audio["snr_db"] > 30
    assert audio["clipped_share"] == 0
    levels = audio["short_term_lufs"]
    assert 69 <= len(levels) <= 71  # one short-term (3 s) level a second
    assert all(level is None or -30 < level < -15 for level in levels)
    assert sum(level is not None for level in levels) >= 65
    video = result["video"]
    assert video["centre_luma"] > video["background_luma"]
    assert video["frames_sampled"] >= 20


@pytest.mark.parametrize(
    ("clip", "code"),
    [
        ("dark", "too_dark"),
        ("bright", "too_bright"),
        ("backlit", "backlit"),
        ("quiet", "too_quiet"),
        ("noisy", "noisy"),
        ("clipped", "clipping"),
        ("long", "too_long"),
        ("short", "too_short"),
        ("silent_video", "no_audio"),
        ("small", "low_resolution"),
        ("late_start", "silence_start"),
    ],
)
def test_each_fault_is_found_and_only_it(clips: dict[str, Path], clip: str, code: str) -> None:
    result = check(clips[clip])
    assert result["verdict"] == "revise"
    assert codes(result) == {code}, result["issues"]
    issue = result["issues"][0]
    assert issue["message"] and issue["suggestion"]


def test_at_s_points_into_the_recording(clips: dict[str, Path]) -> None:
    long = check(clips["long"])["issues"][0]
    assert long["at_s"] == POLICY.max_seconds
    clipped = next(i for i in check(clips["clipped"])["issues"] if i["code"] == "clipping")
    assert clipped["at_s"] is not None and 0 <= clipped["at_s"] < 70


def test_a_phone_recording_reads_portrait_hevc_with_a_variable_frame_rate(
    clips: dict[str, Path],
) -> None:
    result = check(clips["phone"])
    assert result["video"]["codec"] == "hevc"
    assert abs(result["video"]["rotation"]) == 90
    assert (result["width"], result["height"]) == (480, 720)  # as shown on screen
    assert result["video"]["variable_frame_rate"] is True
    assert result["verdict"] == "ready", result["issues"]


def test_a_10_bit_hdr_phone_recording_is_as_bright_as_its_8_bit_twin(tmp_path: Path) -> None:
    # iPhones record HDR video: 10-bit HEVC. Its luma is read at 8 bits, in the same range.
    eight = make_clip(tmp_path / "sdr.mov", seconds=8, codec="libx265", audio=voice(8))
    ten = make_clip(
        tmp_path / "hdr.mov", seconds=8, codec="libx265", pix_fmt="yuv420p10le", audio=voice(8)
    )
    sdr, hdr = check(eight)["video"], check(ten)["video"]
    for key in ("mean_luma", "centre_luma", "background_luma"):
        assert hdr[key] == pytest.approx(sdr[key], abs=1.5), key
    assert hdr["centre_luma"] - hdr["background_luma"] > 40  # 170 vs 110 in limited range


def test_a_stereo_track_clipped_in_one_channel(tmp_path: Path) -> None:
    # 48 kHz stereo, as a phone records: the voice in both channels, the left one too hot.
    rate = 48000
    talk = speech(70, rate, -20) + noise(70, rate, -62, seed=3)
    left = np.clip(speech(70, rate, -2) * 4, -1, 1)
    path = make_clip(tmp_path / "stereo.mp4", fps=5, audio=np.stack([left, talk]), rate=rate)
    result = check(path)
    assert codes(result) == {"clipping"}, result["issues"]
    audio = result["audio"]
    assert (audio["channels"], audio["sample_rate"]) == (2, 48000)
    assert audio["clipped_share"] > 0.0005 and audio["peak_dbfs"] > -0.1


def test_a_damaged_sound_track_is_read_around_the_damage(
    clips: dict[str, Path], tmp_path: Path
) -> None:
    import av

    path = tmp_path / "damaged.mp4"
    path.write_bytes(clips["good"].read_bytes())
    with av.open(str(clips["good"])) as container:
        packets = [(p.pos, p.size) for p in container.demux(container.streams.audio[0])]
    with path.open("r+b") as fh:  # six packets in the middle of the sound overwritten
        for position, size in packets[300:306]:
            fh.seek(position)
            fh.write(b"\xff" * size)
    result = check(path)
    assert result["verdict"] == "ready", result["issues"]
    assert result["audio"]["integrated_lufs"] == pytest.approx(
        check(clips["good"])["audio"]["integrated_lufs"], abs=0.5
    )


def test_a_file_name_that_is_not_utf8(clips: dict[str, Path], tmp_path: Path) -> None:
    # On Linux a name may be any bytes (an old camera's, a Latin-1 folder).
    path = tmp_path / os.fsdecode(b"gr\xfc\xdfe.mp4")
    path.write_bytes(clips["good"].read_bytes())
    assert check(path)["audio"] == check(clips["good"])["audio"]


def test_a_good_recording_is_checked_without_numpy(clips: dict[str, Path]) -> None:
    # NumPy costs a cold start a twentieth of a second; it is loaded only for a clipped track.
    script = (
        "import sys; from pathlib import Path; "
        "from followup.core.video import VideoPolicy; from followup.delivery.video import measure; "
        f"measure(Path({str(clips['good'])!r}), VideoPolicy()); "
        "print('numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_thresholds_are_settings(clips: dict[str, Path]) -> None:
    strict = VideoPolicy(min_seconds=80.0, max_seconds=120.0)
    result = report(measure(clips["good"], strict), strict)
    assert codes(result) == {"too_short"}


# Files it cannot judge: one line, quickly.


def test_not_a_video(tmp_path: Path) -> None:
    path = tmp_path / "notes.mp4"
    path.write_text("Thank you for your time today.\n" * 50)
    with pytest.raises(InvalidInput, match="not a video file"):
        measure(path, POLICY)


def test_a_truncated_recording(clips: dict[str, Path], tmp_path: Path) -> None:
    whole = clips["good"].read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InvalidInput) as caught:
        measure(cut, POLICY)
    assert "\n" not in caught.value.message


def test_a_recording_cut_short_after_its_index(clips: dict[str, Path], tmp_path: Path) -> None:
    # Moved for the web ("faststart"): the index comes first, so the cut file still opens;
    # its frames are listed to 70 s but stop at about 40.
    import av

    whole = tmp_path / "faststart.mp4"
    with (
        av.open(str(clips["good"])) as source,
        av.open(str(whole), "w", options={"movflags": "faststart"}) as out,
    ):
        streams = {s.index: out.add_stream_from_template(s) for s in source.streams}
        for packet in source.demux():
            if packet.dts is not None:
                packet.stream = streams[packet.stream.index]
                out.mux(packet)
    assert check(whole)["verdict"] == "ready"
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 6 // 10])
    with pytest.raises(InvalidInput, match=r"stops at 4\d\.\d s of its 70\.0 s"):
        measure(cut, POLICY)


def test_audio_only(tmp_path: Path) -> None:
    import av

    path = tmp_path / "voice.m4a"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=RATE)
        stream.layout = "mono"
        samples = voice(5)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    with pytest.raises(InvalidInput, match="no video track .audio only."):
        measure(path, POLICY)


def test_an_absurd_resolution(tmp_path: Path) -> None:
    path = tmp_path / "huge.y4m"
    path.write_bytes(b"YUV4MPEG2 W60000 H50000 F30:1 Ip A1:1 C420jpeg\nFRAME\n" + b"\0" * 1024)
    with pytest.raises(InvalidInput) as caught:
        measure(path, POLICY)
    assert "\n" not in caught.value.message


def test_a_10_gb_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.mov"
    with path.open("wb") as fh:
        fh.truncate(10 * 1024**3)  # sparse: no disk used
    with pytest.raises(InvalidInput, match="GB"):
        measure(path, POLICY)


def test_an_empty_file_a_folder_and_a_fifo(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty"):
        measure(empty, POLICY)
    with pytest.raises(InvalidInput, match="folder"):
        measure(tmp_path, POLICY)
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not a regular file"):
        measure(fifo, POLICY)
    with pytest.raises(InvalidInput, match="no such file"):
        measure(tmp_path / "missing.mp4", POLICY)


def test_a_text_file_or_a_picture_is_not_a_recording(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Dear Ana,\n\nThank you for your time on Tuesday.\n" * 40)
    with pytest.raises(InvalidInput, match="text file, not a video"):
        measure(text, POLICY)
    import av

    picture = tmp_path / "still.png"
    with av.open(str(picture), "w", format="image2") as out:
        stream = out.add_stream("png", rate=1)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "rgb24"
        frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), 120, np.uint8), format="rgb24")
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    with pytest.raises(InvalidInput, match="picture, not a video"):
        measure(picture, POLICY)


def test_the_start_up_bench_records_like_a_phone(tmp_path, monkeypatch):
    """bench/startup.py's clip is shaped like a phone's recording (1080p30 H.264 without
    B-frames, a keyframe every second, stereo 48 kHz AAC), so `video check` takes the
    keyframe path there as it does on a real recording."""
    import av

    from followup.delivery.video import MIN_SAMPLES

    monkeypatch.syspath_prepend(str(Path(__file__).parents[2] / "bench"))
    from startup import CLIP_SECONDS
    from startup import make_clip as phone_clip

    clip = phone_clip(tmp_path / "clip.mp4")
    with av.open(str(clip)) as container:
        video, sound = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, video.width, video.height) == ("h264", 1920, 1080)
        assert video.average_rate == 30 and not video.codec_context.has_b_frames
        keys = sum(entry.is_keyframe for entry in video.index_entries)
        assert (sound.codec_context.name, sound.rate, sound.channels) == ("aac", 48000, 2)
    assert keys == CLIP_SECONDS >= MIN_SAMPLES
    found = measure(clip, POLICY)
    assert (found.width, found.height, round(found.fps)) == (1920, 1080, 30)
    assert abs(found.duration_s - CLIP_SECONDS) < 0.1 and found.audio is not None


@pytest.mark.parametrize(("height", "width"), [(1, 1), (2, 3), (7, 5), (40, 64), (360, 640)])
def test_the_luma_grid_is_read_once_for_the_same_sums(height, width):
    """The picture's sums (all, inner box, centre box) as three separate passes give them."""
    import random

    from followup.delivery.video import CENTRE, INNER, _sums

    rng = random.Random(height * 1000 + width)
    rows = [bytes(rng.randrange(256) for _ in range(width)) for _ in range(height)]

    def box(start: float, end: float) -> int:
        top, bottom = int(height * start), int(height * end)
        left, right = int(width * start), int(width * end)
        return sum(sum(row[left:right]) for row in rows[top:bottom])

    assert _sums(rows) == (sum(map(sum, rows)), box(*INNER), box(*CENTRE))

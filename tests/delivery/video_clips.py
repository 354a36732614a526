"""Small real video files for the video-check tests, built with PyAV and NumPy.

`make_clip` encodes a clip whose picture has a chosen centre and background brightness and
whose sound is speech-like (a voiced tone in syllables with pauses), noise, silence or a
clipped signal, so each rule of `followup video check` meets a real file.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np


def speech(seconds: float, rate: int, level_dbfs: float = -20.0, seed: int = 1) -> np.ndarray:
    """Speech-like mono audio: a 140 Hz voice with harmonics in 4 Hz syllables, a pause
    every two seconds; RMS of the voiced parts about `level_dbfs`."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    pitch = 140 * (1 + 0.05 * np.sin(2 * np.pi * 0.3 * t))
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    syllables = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) ** 0.5
    pauses = ((t % 2.0) < 1.6).astype(float)
    jitter = 0.8 + 0.4 * rng.random(int(seconds) + 2)[t.astype(int)]
    signal = voice * syllables * pauses * jitter
    rms = np.sqrt(np.mean(signal[signal != 0] ** 2))
    return (signal / rms * 10 ** (level_dbfs / 20)).astype(np.float32)


def noise(seconds: float, rate: int, level_dbfs: float, seed: int = 2) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * rate)) * 10 ** (level_dbfs / 20)).astype(np.float32)


def make_clip(
    path: Path,
    seconds: float = 70.0,
    width: int = 640,
    height: int = 480,
    fps: int = 10,
    centre: int = 170,
    border: int = 110,
    audio: np.ndarray | None = None,
    rate: int = 16000,
    codec: str = "libx264",
    rotation: int = 0,
    frame_times: list[float] | None = None,
    gop: int | None = None,
    pix_fmt: str = "yuv420p",
) -> Path:
    """Encode a clip at `path` (the container from its suffix). `audio` None: no sound track;
    one row a channel (mono or stereo). `frame_times` (seconds) makes a variable frame rate;
    `pix_fmt` "yuv420p10le" a 10-bit picture, as phones record HDR video."""
    with av.open(str(path), "w") as out:
        video = out.add_stream(codec, rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = pix_fmt
        video.codec_context.time_base = Fraction(1, 1000)
        video.options = {"preset": "ultrafast"} if codec in ("libx264", "libx265") else {}
        if codec == "libx265":
            video.options["x265-params"] = "log-level=error"
        if gop:
            video.codec_context.gop_size = gop
        if rotation:
            video.set_display_rotation(rotation)
        sound = None
        layout = "stereo" if audio is not None and audio.ndim == 2 and len(audio) == 2 else "mono"
        if audio is not None:
            sound = out.add_stream("aac", rate=rate)
            sound.layout = layout
        y = np.full((height, width), border, dtype=np.uint8)
        h, w = height, width
        y[int(h * 0.25) : int(h * 0.75), int(w * 0.3) : int(w * 0.7)] = centre
        plane = np.concatenate([y, np.full((height // 2, width), 128, dtype=np.uint8)])
        times = frame_times or [i / fps for i in range(int(seconds * fps))]
        for i, at in enumerate(times):
            frame = av.VideoFrame.from_ndarray(plane, format="yuv420p")
            frame.pts = int(round(at * 1000))
            frame.time_base = Fraction(1, 1000)
            if i % 7 == 0:  # a little movement so the encoder has something to do
                frame.planes[0].update(np.roll(y, i % 5, axis=1).tobytes())
            if pix_fmt != "yuv420p":
                frame = frame.reformat(format=pix_fmt)
                frame.pts = int(round(at * 1000))
                frame.time_base = Fraction(1, 1000)
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode(None):
            out.mux(packet)
        if sound is not None and audio is not None:
            step = 1024
            rows = audio.reshape(-1, audio.shape[-1])
            for start in range(0, rows.shape[1], step):
                chunk = np.ascontiguousarray(rows[:, start : start + step].T)  # interleaved
                aframe = av.AudioFrame.from_ndarray(
                    chunk.reshape(1, -1), format="flt", layout=layout
                )
                aframe.sample_rate = rate
                aframe.pts = start
                aframe.time_base = Fraction(1, rate)
                for packet in sound.encode(aframe):
                    out.mux(packet)
            for packet in sound.encode(None):
                out.mux(packet)
    return path

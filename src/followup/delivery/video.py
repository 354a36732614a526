"""Measure a recorded video thank-you note with PyAV (FFmpeg's libraries, bundled in its wheel).

`measure(path, policy)` returns a `core.video.Recording`: duration, displayed resolution
(a phone's rotation flag applied), frame rate (and whether it varies, as phone recordings do),
brightness of sampled frames, and the audio track's loudness and levels.

Why it is fast: the video is *demuxed* whole (cheap: no decoding) but only keyframes are
decoded, at most `SAMPLES_PER_SECOND` of them a second, with the luma (Y) plane read in place
through NumPy without a copy, on a single decoder thread (frame threads only add latency when
just keyframes are decoded). Audio is decoded whole on its own demuxer in a second thread,
joined into one-second frames by PyAV's AudioFifo (in C, not NumPy) and metered, one second at
a time as it is decoded, in a third: loudness is FFmpeg's own
ITU-R BS.1770 / EBU R128 meter (the `ebur128` filter) run through PyAV's filter graph; levels,
noise floor and clipping are measured on 50 ms windows of the samples.

Errors: every file that cannot be judged (missing, not a regular file, too large, not a
video, audio only, an absurd resolution, cut short) raises `InvalidInput` with one line.
NumPy and PyAV are imported only when a file is measured.
"""

from __future__ import annotations

import os
import stat
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.core.errors import InvalidInput
from followup.core.video import AudioLevels, FrameSample, Recording, VideoPolicy

if TYPE_CHECKING:
    import numpy as np

SAMPLES_PER_SECOND = 2.0  # keyframes decoded per second of video, at most
MAX_SAMPLES = 20  # and no more than this many over the whole recording
MIN_SAMPLES = 8  # fewer keyframes than this (a very long GOP): decode every frame, sample some
WINDOW_S = 0.05  # audio level window
FULL_SCALE = 0.999  # a float sample at or beyond this is clipped
MAX_PIXELS = 8192 * 8192  # beyond any camera: a corrupt or hostile header
MAX_SIDE = 16384
ANALYSE_SECONDS = 900.0  # a recording is read this far at most (it is too long anyway)
_HIGH_DEPTH = ("p10le", "p12le", "p16le", "p10be", "p12be", "p16be")
# FFmpeg reads any text file as 'video' (the tty demuxer, ANSI art) and a picture as a one-frame
# stream: neither is a recording.
TEXT_CODECS = frozenset({"ansi", "bintext", "xbin", "idf"})
STILL_DEMUXERS = frozenset({"tty", "image2", "image2pipe", "gif", "apng", "webp_pipe"})


def _check_file(path: Path, policy: VideoPolicy) -> None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput(f"cannot read {path}: no such file") from None
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput(f"{path} is a folder, not a video recording")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"{path} is not a regular file, so not a video recording")
    if info.st_size == 0:
        raise InvalidInput(f"{path} is empty, not a video recording")
    if info.st_size > policy.max_bytes:
        raise InvalidInput(
            f"{path} is {info.st_size / 1e9:.1f} GB, more than the {policy.max_bytes / 1e9:.1f} GB "
            "a 60-90 second video thank-you note needs (setting video.max_bytes)"
        )


def _luma(frame: Any, np_: Any) -> np.ndarray:
    """The frame's Y plane as a 2-D array on the 0-255 full-range scale (a view where the
    pixel format allows it)."""
    name = frame.format.name
    if name.startswith(("yuv", "yuvj", "nv12", "nv21", "gray")):
        plane = frame.planes[0]
        wide = name.endswith(_HIGH_DEPTH)
        dtype = np_.dtype("<u2" if name.endswith("le") else ">u2") if wide else np_.uint8
        itemsize = 2 if wide else 1
        rows = np_.frombuffer(plane, dtype=dtype).reshape(plane.height, plane.line_size // itemsize)
        y = rows[::2, : plane.width : 2]  # every other pixel: enough for brightness
        if wide:
            bits = int("".join(c for c in name.rsplit("p", 1)[-1] if c.isdigit()) or 10)
            y = y.astype(np_.float32) * (255.0 / ((1 << bits) - 1))
        full = name.startswith("yuvj") or name.startswith("gray") or frame.color_range == 2
        if full:
            return y
        return (y.astype(np_.float32) - 16.0) * (255.0 / 219.0)
    gray = frame.reformat(format="gray")
    plane = gray.planes[0]
    return np_.frombuffer(plane, dtype=np_.uint8).reshape(plane.height, plane.line_size)[
        ::2, : plane.width : 2
    ]


def _sample(frame: Any, np_: Any) -> FrameSample:
    y = _luma(frame, np_)
    h, w = y.shape
    total = float(y.sum(dtype=np_.float64))
    centre = y[int(h * 0.3) : int(h * 0.7), int(w * 0.3) : int(w * 0.7)]
    inner = y[int(h * 0.15) : int(h * 0.85), int(w * 0.15) : int(w * 0.85)]
    border_n = y.size - inner.size
    border = (total - float(inner.sum(dtype=np_.float64))) / border_n if border_n else total
    return FrameSample(
        at_s=float(frame.time or 0.0),
        mean=min(255.0, max(0.0, total / y.size)),
        centre=min(255.0, max(0.0, float(centre.mean()))),
        border=min(255.0, max(0.0, border)),
        blown_share=float((y >= 250).mean()),
    )


class _AudioMeter:
    """Collects the decoded samples in one-second chunks and meters each chunk as it comes:
    loudness from FFmpeg's ebur128 filter, the levels (later) from 50 ms windows."""

    def __init__(self, stream: Any) -> None:
        import av

        cc = stream.codec_context
        self.rate = int(cc.sample_rate or 48000)
        channels = cc.layout.nb_channels if cc.layout else 1
        self.layout = "mono" if channels == 1 else "stereo"
        self.channels = 1 if channels == 1 else 2
        self.codec = cc.name
        self.resampler: Any = None
        self.fifo = av.AudioFifo()  # joins the decoder's small frames in C
        self.chunks: list[Any] = []
        self.short_term: list[float | None] = []
        self.momentary_max: float | None = None
        self.metadata: dict[str, str] = {}
        self.graph: Any = None
        self.pushed = 0

    def add(self, frame: Any) -> Any:
        """Queue the frame's samples (float, planar); returns a one-second AudioFrame once that
        much has been collected, else None."""
        if frame.format.name == "fltp" and frame.layout.name == self.layout:
            frame.pts = None  # the FIFO checks that stamps follow on; a damaged packet breaks that
            self.fifo.write(frame)
        else:
            if self.resampler is None:
                import av

                self.resampler = av.AudioResampler(
                    format="fltp", layout=self.layout, rate=self.rate
                )
            for out in self.resampler.resample(frame):
                out.pts = None
                self.fifo.write(out)
        if self.fifo.samples < self.rate:
            return None
        return self.fifo.read(self.rate)

    def flush(self) -> Any:
        """The samples collected since the last chunk as one AudioFrame (None when none)."""
        return self.fifo.read() if self.fifo.samples else None

    def meter(self, frame: Any) -> None:
        """Run `frame` (float, planar) through the ebur128 meter; keep its samples as an array
        (channels, samples)."""
        import av

        self.chunks.append(frame.to_ndarray())
        if self.graph is None:
            graph = av.filter.Graph()
            source = graph.add_abuffer(
                format="fltp",
                sample_rate=self.rate,
                layout=self.layout,
                time_base=Fraction(1, self.rate),
            )
            meter = graph.add("ebur128", "metadata=1")
            sink = graph.add("abuffersink")
            source.link_to(meter)
            meter.link_to(sink)
            graph.configure()
            self.graph = graph
        frame.sample_rate = self.rate
        frame.pts = self.pushed
        frame.time_base = Fraction(1, self.rate)
        self.pushed += frame.samples
        self.graph.push(frame)
        while True:
            try:
                measured: Any = self.graph.pull()  # an AudioFrame from the abuffersink
            except (av.error.BlockingIOError, av.error.EOFError):
                break
            meta = measured.metadata
            if not meta:
                continue
            self.metadata = meta
            momentary = float(meta.get("lavfi.r128.M", "-inf"))
            if momentary > -70 and (self.momentary_max is None or momentary > self.momentary_max):
                self.momentary_max = momentary
            end = ((measured.pts or 0) + measured.samples) / self.rate
            if end >= len(self.short_term) + 1:  # one short-term level a second
                level = float(meta.get("lavfi.r128.S", "-inf"))
                self.short_term.append(level if level > -70 else None)

    def levels(self, np_: Any) -> AudioLevels:
        """The levels of everything metered so far."""
        if self.chunks:
            data = np_.concatenate(self.chunks, axis=1)
        else:
            data = np_.zeros((self.channels, 0), dtype=np_.float32)
        self.chunks = []
        metadata = self.metadata
        mono = data[0] if self.channels == 1 else (data[0] + data[1]) * 0.5
        peak = max(float(data.max()), -float(data.min())) if data.size else 0.0
        if peak >= FULL_SCALE:  # only then is it worth finding the clipped samples
            clipped_any = ((data >= FULL_SCALE) | (data <= -FULL_SCALE)).any(axis=0)
            clipped_share = float(clipped_any.mean())
            first_clip: float | None = float(np_.argmax(clipped_any) / self.rate)
        else:
            clipped_share, first_clip = 0.0, None
        window = max(1, int(self.rate * WINDOW_S))
        count = mono.size // window
        if count:
            blocks = mono[: count * window].reshape(count, window)
            power = np_.einsum("ij,ij->i", blocks, blocks) / window
            db = 10 * np_.log10(np_.maximum(power.astype(np_.float64), 1e-12))
        else:
            db = np_.array([-120.0])
        floor_all = max(-90.0, float(np_.percentile(db, 10)))
        speech = float(np_.percentile(db, 95))
        midpoint = (floor_all + speech) / 2
        active = np_.nonzero(db >= midpoint)[0]
        if speech - floor_all < 6 or not active.size:  # no speech above the floor at all
            lead = trail = 0.0
            floor = floor_all
        else:
            first, last = int(active[0]), int(active[-1])
            lead, trail = first * WINDOW_S, (count - 1 - last) * WINDOW_S
            inside = db[first : last + 1]
            floor = floor_all
            if inside.size >= 20:
                floor = max(-90.0, float(np_.percentile(inside, 10)))
        integrated = float(metadata.get("lavfi.r128.I", "-70"))
        lra = metadata.get("lavfi.r128.LRA")
        return AudioLevels(
            codec=self.codec,
            sample_rate=self.rate,
            channels=self.channels,
            integrated_lufs=integrated if integrated > -70 else None,
            loudness_range_lu=float(lra) if lra is not None and integrated > -70 else None,
            momentary_max_lufs=self.momentary_max,
            short_term_lufs=[None if v is None else round(v, 1) for v in self.short_term],
            peak_dbfs=20 * float(np_.log10(max(peak, 1e-6))),
            noise_floor_dbfs=floor,
            speech_level_dbfs=speech,
            clipped_share=clipped_share,
            first_clip_s=first_clip,
            leading_silence_s=lead,
            trailing_silence_s=trail,
        )


def _open(path: Path) -> Any:
    import av

    try:
        return av.open(str(path), metadata_errors="ignore")
    except av.error.FFmpegError as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InvalidInput(f"{path} is not a video file followup can read ({reason})") from None


def _duration(container: Any, stream: Any) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return None


def _resolution(path: Path, stream: Any) -> tuple[int, int]:
    width, height = int(stream.codec_context.width or 0), int(stream.codec_context.height or 0)
    if width <= 0 or height <= 0:
        raise InvalidInput(f"{path}: the video track has no picture size; the file is damaged")
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise InvalidInput(
            f"{path}: a {width}×{height} picture is beyond any camera; the file is damaged"
        )
    return width, height


class _AudioPass:
    """The sound track, read on its own demuxer in a second thread while the first decodes
    video keyframes, and metered in a third as it is decoded, one second at a time (FFmpeg
    and NumPy release the GIL, so the three overlap on two cores)."""

    def __init__(self, path: Path) -> None:
        import queue
        import threading

        self.path = path
        self.levels: AudioLevels | None = None
        self.error: BaseException | None = None
        self.damaged = 0
        self.present = True
        self.chunks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.meter: _AudioMeter | None = None
        self.thread = threading.Thread(target=self._decode, name="followup-audio", daemon=True)
        self.metering = threading.Thread(target=self._meter, name="followup-meter", daemon=True)
        self.thread.start()
        self.metering.start()

    def _decode(self) -> None:
        try:
            import av

            with av.open(str(self.path), metadata_errors="ignore") as container:
                if not container.streams.audio:
                    self.present = False
                    return
                stream = container.streams.audio[0]
                meter = self.meter = _AudioMeter(stream)
                limit = ANALYSE_SECONDS / float(stream.time_base or 1)
                for packet in container.demux(stream):
                    if packet.pts is not None and packet.pts > limit:
                        break
                    try:
                        for frame in packet.decode():
                            chunk = meter.add(frame)
                            if chunk is not None:
                                self.chunks.put(chunk)
                    except av.error.InvalidDataError:
                        self.damaged += 1
                chunk = meter.flush()
                if chunk is not None:
                    self.chunks.put(chunk)
        except Exception as exc:  # handed to the caller's thread
            self.error = exc
        finally:
            self.chunks.put(None)

    def _meter(self) -> None:
        try:
            while (chunk := self.chunks.get()) is not None:
                assert self.meter is not None  # set before the first chunk is queued
                self.meter.meter(chunk)
        except Exception as exc:  # handed to the caller's thread
            self.error = self.error or exc
            while self.chunks.get() is not None:  # let the decoder finish
                pass

    def join(self) -> None:
        self.thread.join()
        self.metering.join()

    def result(self) -> AudioLevels | None:
        """The track's levels; None when the file has no sound. Raises InvalidInput."""
        self.join()
        if self.error is not None:
            import av

            if isinstance(self.error, av.error.FFmpegError):
                raise InvalidInput(f"{self.path}: the sound cannot be read ({self.error})")
            raise self.error
        if not self.present or self.meter is None:
            return None
        import numpy as np_

        return self.meter.levels(np_)


def measure(path: Path, policy: VideoPolicy) -> Recording:
    """Measure the recording at `path`. Raises InvalidInput (one line) for a file that cannot
    be judged; see the module docstring."""
    _check_file(path, policy)

    container = _open(path)
    with container:
        if not container.streams.video:
            what = " (audio only)" if container.streams.audio else ""
            raise InvalidInput(f"{path} has no video track{what}; record a video with sound")
        vstream = container.streams.video[0]
        demuxer = container.format.name.split(",")[0]
        if vstream.codec_context.name in TEXT_CODECS or demuxer == "tty":
            raise InvalidInput(f"{path} is a text file, not a video recording")
        if demuxer in STILL_DEMUXERS or demuxer.endswith("_pipe"):
            raise InvalidInput(f"{path} is a picture, not a video recording")
        width, height = _resolution(path, vstream)
        vstream.thread_type = "NONE"  # keyframes only: frame threads would only add latency
        audio = _AudioPass(path) if container.streams.audio else None
        try:
            return _measure_video(path, container, vstream, (width, height), audio)
        finally:
            if audio is not None:
                audio.join()


def _measure_video(
    path: Path,
    container: Any,
    vstream: Any,
    size: tuple[int, int],
    audio: _AudioPass | None,
) -> Recording:
    """The video track's part of `measure`, while `audio` (when there is sound) is read by its
    own threads."""
    import av
    import numpy as np_

    width, height = size
    declared = _duration(container, vstream)
    gap = max(1.0 / SAMPLES_PER_SECOND, (declared or 0.0) / MAX_SAMPLES)
    frames: list[FrameSample] = []
    times: list[float] = []
    rotation, keys, damaged = 0, 0, 0
    last_kept = -1e9
    decoder = vstream.codec_context
    tick = float(vstream.time_base or 0)
    try:
        for packet in container.demux(vstream):
            stamp = packet.pts if packet.pts is not None else packet.dts
            if stamp is None:
                continue
            at = stamp * tick
            if at > ANALYSE_SECONDS:
                break
            times.append(at)
            if not packet.is_keyframe:
                continue
            keys += 1
            if at - last_kept < gap - 1e-6:
                continue
            last_kept = at
            try:
                for frame in decoder.decode(packet):
                    rotation = int(frame.rotation or 0)
                    frames.append(_sample(frame, np_))
            except av.error.InvalidDataError:
                damaged += 1
        try:
            for frame in decoder.decode(None):
                rotation = int(frame.rotation or 0)
                frames.append(_sample(frame, np_))
        except av.error.FFmpegError:
            damaged += 1
    except av.error.FFmpegError as exc:
        if not times:
            raise InvalidInput(f"{path}: the video cannot be read ({exc})") from None
        damaged += 1
    levels = audio.result() if audio is not None else None
    if keys < MIN_SAMPLES and len(times) > keys:
        fallback = _every_frame_sample(path)
        if fallback is not None:
            frames, rotation = fallback
    if not times:
        raise InvalidInput(f"{path}: the video track holds no pictures")
    if len(times) < 2:
        raise InvalidInput(f"{path} holds a single picture, not a video recording")
    ordered = sorted(times)
    span = ordered[-1] - ordered[0]
    end = ordered[-1] + (span / max(1, len(ordered) - 1))
    if declared and declared - end > max(2.0, 0.1 * declared) and end < ANALYSE_SECONDS:
        raise InvalidInput(
            f"{path} stops at {end:.1f} s of its {declared:.1f} s: the file is cut short "
            "or damaged; copy it from the phone again"
        )
    if damaged and not frames:
        raise InvalidInput(f"{path}: no picture could be decoded; the file is damaged")
    fps = (len(ordered) - 1) / span if span > 0 else float(vstream.average_rate or 0)
    steps = [b - a for a, b in zip(ordered, ordered[1:], strict=False) if b > a]
    if abs(rotation) in (90, 270):
        width, height = height, width
    return Recording(
        file=str(path),
        container=container.format.name.split(",")[0],
        duration_s=declared or end,
        width=width,
        height=height,
        fps=fps,
        codec=decoder.name,
        rotation=rotation,
        variable_frame_rate=bool(steps) and max(steps) > 1.5 * min(steps),
        frames=frames,
        audio=levels,
    )


def _every_frame_sample(path: Path) -> tuple[list[FrameSample], int] | None:
    """For files with very few keyframes: decode every frame, keep about two a second."""
    import av
    import numpy as np_

    with av.open(str(path), metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        samples: list[FrameSample] = []
        rotation = 0
        last = -1e9
        try:
            for frame in container.decode(stream):
                at = float(frame.time or 0.0)
                if at > ANALYSE_SECONDS:
                    break
                if at - last >= 1.0 / SAMPLES_PER_SECOND - 1e-6:
                    last = at
                    rotation = int(frame.rotation or 0)
                    samples.append(_sample(frame, np_))
        except av.error.FFmpegError:
            pass
    return (samples, rotation) if samples else None

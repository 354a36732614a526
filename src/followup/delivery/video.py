"""Measure a recorded video thank-you note with PyAV (FFmpeg's libraries, bundled in its wheel).

`measure(path, policy)` returns a `core.video.Recording`: duration, displayed resolution
(a phone's rotation flag applied), frame rate (and whether it varies, as phone recordings do),
brightness of sampled frames, and the audio track's loudness and levels.

Why it is fast, with no NumPy (but for a clipped track, below):

- Picture: only keyframes are decoded, at most `SAMPLES_PER_SECOND` a second and
  `MAX_SAMPLES` in all, on one decoder thread. The frames' times (frame rate, whether it
  varies, a file cut short) come from the container's index of frames in an MP4 or MOV
  without B-frames (phones' and webcams' files), each sampled keyframe read by seeking to it
  (`_frame_index`, `_seek_keyframes`); any other file is demuxed whole, which reads every
  packet but decodes none but the keyframes (`_demux_keyframes`). Each sampled frame is
  measured on a grid of every other pixel of every other row of its luma (Y) plane (sparser
  above `GRID_WIDTH`), read as bytes: sums by `sum()`, pure-white pixels counted by
  `bytes.translate` and `bytes.count`.
- Sound: FFmpeg filter graphs run through PyAV, in C with the GIL released, on two more
  threads: one decodes (`amovie`) the track into one-second frames and takes each second's
  peak (`astats`) (`_seconds_graph`); the other meters each second as it comes
  (`_meter_graph`): `ebur128` is the ITU-R BS.1770 / EBU R128 meter (integrated loudness,
  loudness range, momentary and short-term loudness), and `pan`, `amultiply` and `aintegral`
  give the running sum of the squared mono mix, read every 50 ms for the window levels
  (noise floor, speech level, silences). Python reads metadata and a few numbers a second;
  only the seconds that peak at full scale are read sample by sample, with NumPy, to count
  the clipped samples. A track with a damaged packet is decoded by PyAV packet by packet
  instead, the packets that fail left out.

Errors: every file that cannot be judged (missing, not a regular file, too large, not a
video, audio only, an absurd resolution, cut short) raises `InvalidInput` with one line.
PyAV is imported only when a file is measured.
"""

from __future__ import annotations

import math
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.video import AudioLevels, FrameSample, Recording, VideoPolicy

SAMPLES_PER_SECOND = 2.0  # keyframes decoded per second of video, at most
MAX_SAMPLES = 20  # and no more than this many over the whole recording
MIN_SAMPLES = 8  # fewer keyframes than this (a very long GOP): decode every frame, sample some
GRID_WIDTH = 640  # luma read on a grid at most about this many pixels wide (every 2nd pixel)
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
BLOWN = 250.0  # luma (0-255 full range) at or above which a pixel is pure white
INNER = (0.15, 0.85)  # shares of the height and width: the border is what lies outside
CENTRE = (0.3, 0.7)  # where the face is, inside the inner box
_FULL_SCALE_DB = 20 * math.log10(FULL_SCALE) - 1e-4  # astats' peak (dB, 6 decimals) at it


def _to_full(value: float) -> float:
    """Limited-range (16-235) luma on the 0-255 full-range scale."""
    return (value - 16.0) * (255.0 / 219.0)


# byte value -> 1 when the pixel is pure white, else 0; for full- and limited-range luma
_WHITE_FULL = bytes(int(v >= BLOWN) for v in range(256))
_WHITE_LIMITED = bytes(int(_to_full(v) >= BLOWN) for v in range(256))


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


def _luma_rows(frame: Any) -> tuple[list[bytes], bool]:
    """The frame's luma (Y) plane, 8 bits a pixel, on a grid of every other pixel of every
    other row (every n-th above GRID_WIDTH pixels a row): one bytes object a row; and
    whether the values are full range (0-255) rather than limited (16-235)."""
    name = frame.format.name
    full = name.startswith(("yuvj", "gray")) or frame.color_range == 2
    if not name.startswith(("yuv", "nv12", "nv21", "gray")):  # RGB, a palette…: swscale's
        frame, full = frame.reformat(format="gray"), True  # grey is full range
    elif name.endswith(_HIGH_DEPTH):  # 10-16 bits: 8, in the same range
        frame = frame.reformat(format="gray" if name.startswith("gray") else "yuv420p")
    plane = frame.planes[0]
    width, stride = plane.width, plane.line_size
    step = max(2, -(-width // GRID_WIDTH))
    data = bytes(plane)
    rows = range(0, plane.height * stride, step * stride)
    return [data[start : start + width : step] for start in rows], full


def _box(height: int, width: int, start: float, end: float) -> tuple[int, int, int, int]:
    """Top, bottom, left and right of the box from `start` to `end` of the grid's height and
    of its width (shares, 0-1)."""
    return int(height * start), int(height * end), int(width * start), int(width * end)


def _sums(rows: list[bytes]) -> tuple[int, int, int]:
    """The sums of the grid's values: all of them, those in the INNER box, those in the
    CENTRE box (inside the inner one); each value is read once."""
    h, w = len(rows), len(rows[0])
    top, bottom, left, right = _box(h, w, *INNER)
    c_top, c_bottom, c_left, c_right = _box(h, w, *CENTRE)
    total = inner = centre = 0
    for y, row in enumerate(rows):
        if not top <= y < bottom:
            total += sum(row)
            continue
        if c_top <= y < c_bottom:
            middle = sum(row[c_left:c_right])
            centre += middle
            part = sum(row[left:c_left]) + middle + sum(row[c_right:right])
        else:
            part = sum(row[left:right])
        inner += part
        total += sum(row[:left]) + part + sum(row[right:])
    return total, inner, centre


def _sample(frame: Any) -> FrameSample:
    rows, full = _luma_rows(frame)
    grid = b"".join(rows)
    count, (h, w) = len(grid), (len(rows), len(rows[0]))
    total, inner, centre = _sums(rows)
    top, bottom, left, right = _box(h, w, *INNER)
    inner_n = (bottom - top) * (right - left)
    top, bottom, left, right = _box(h, w, *CENTRE)
    centre_n = (bottom - top) * (right - left)
    white = grid.translate(_WHITE_FULL if full else _WHITE_LIMITED).count(1)

    def luma(mean: float) -> float:
        return min(255.0, max(0.0, mean if full else _to_full(mean)))

    return FrameSample(
        at_s=float(frame.time or 0.0),
        mean=luma(total / count),
        centre=luma(centre / centre_n if centre_n else total / count),
        border=luma((total - inner) / (count - inner_n)),
        blown_share=white / count,
    )


def _percentile(ordered: list[float], q: float) -> float:
    """The q-th percentile (0-100) of sorted values, interpolated linearly between the two
    nearest ranks (NumPy's default; statistics.quantiles' 'inclusive' method)."""
    at = (len(ordered) - 1) * q / 100
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


class _SoundMeter:
    """Reads the meter graph's two outputs (see `_meter_graph`) as they come: the track's
    own samples with the loudness meter's readings and their second's peak in their
    metadata, and the running sum of the squared mono mix."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.channels = channels
        self.window = max(1, int(rate * WINDOW_S))
        self.samples = 0  # samples (per channel) read so far
        self.peak_db = -math.inf
        self.loudness: dict[str, str] = {}  # the meter's latest readings
        self.momentary_max: float | None = None
        self.short_term: list[float | None] = []
        self.clipped = 0  # samples (any channel) at full scale
        self.first_clip: int | None = None  # the first one
        self.straddling: list[tuple[int, Any]] = []  # (first sample, frame): see take_samples
        self.summed = 0  # samples of the squared mix read so far
        self.energy = 0.0  # its running sum at the end of the last whole window
        self.window_db: list[float] = []

    def take_samples(self, frame: Any) -> None:
        """A stretch (100 ms) of the track, double, interleaved."""
        start = self.samples
        self.samples += frame.samples
        meta = frame.metadata
        peak = float(meta.get("lavfi.astats.Overall.Peak_level", "-inf"))
        self.peak_db = max(self.peak_db, peak)
        if peak >= _FULL_SCALE_DB:  # its second peaks at full scale
            self._count_clipped(start, frame)
        elif start // self.rate != (self.samples - 1) // self.rate:
            # it runs into the next second (at an odd sample rate), whose peak is not in its
            # metadata: counted at the end if the track clips at all
            self.straddling.append((start, frame))
        if "lavfi.r128.I" not in meta:  # a last stretch shorter than the meter's 100 ms
            return
        self.loudness = meta
        momentary = float(meta.get("lavfi.r128.M", "-inf"))
        if momentary > -70 and (self.momentary_max is None or momentary > self.momentary_max):
            self.momentary_max = momentary
        if self.samples >= (len(self.short_term) + 1) * self.rate:  # one level a second
            level = float(meta.get("lavfi.r128.S", "-inf"))
            self.short_term.append(level if level > -70 else None)

    def take_energy(self, frame: Any) -> None:
        """A stretch of the running sum of the squared mono mix (double, one channel): its
        value at the end of each window, less the last, is that window's energy."""
        values = memoryview(frame.planes[0]).cast("d")[: frame.samples]
        first = (-self.summed - 1) % self.window  # where the next window ends
        for running in values[first :: self.window].tolist():
            power = (running - self.energy) / self.window
            self.window_db.append(10 * math.log10(max(power, 1e-12)))
            self.energy = running
        self.summed += frame.samples

    def _count_clipped(self, start: int, frame: Any) -> None:
        """Count the samples (any channel) at full scale in a stretch starting at sample
        `start`. Only stretches of a second that peaks at full scale are read, with NumPy
        (imported for them alone: no FFmpeg filter counts samples beyond a level, and Python
        would take seconds over a long clipped track)."""
        import numpy as np

        data = np.frombuffer(frame.planes[0], np.float64, frame.samples * self.channels)
        hits = (np.abs(data.reshape(-1, self.channels)) >= FULL_SCALE).any(axis=1)
        count = int(np.count_nonzero(hits))
        if count:
            first = start + int(np.argmax(hits))
            self.first_clip = first if self.first_clip is None else min(first, self.first_clip)
        self.clipped += count

    def levels(self, codec: str) -> AudioLevels:
        """Everything measured, once the whole track is read."""
        if self.peak_db >= _FULL_SCALE_DB:
            for start, frame in self.straddling:
                self._count_clipped(start, frame)
        self.straddling = []
        db = self.window_db or [-120.0]
        count = len(self.window_db)
        ordered = sorted(db)
        floor_all = max(-90.0, _percentile(ordered, 10))
        speech = _percentile(ordered, 95)
        midpoint = (floor_all + speech) / 2
        active = [i for i, level in enumerate(db) if level >= midpoint]
        floor = floor_all
        if speech - floor_all < 6 or not active:  # no speech above the floor at all
            lead = trail = 0.0
        else:
            first, last = active[0], active[-1]
            lead, trail = first * WINDOW_S, (count - 1 - last) * WINDOW_S
            inside = db[first : last + 1]
            if len(inside) >= 20:
                floor = max(-90.0, _percentile(sorted(inside), 10))
        meta = self.loudness
        integrated = float(meta.get("lavfi.r128.I", "-70"))
        lra = meta.get("lavfi.r128.LRA")
        return AudioLevels(
            codec=codec,
            sample_rate=self.rate,
            channels=self.channels,
            integrated_lufs=integrated if integrated > -70 else None,
            loudness_range_lu=float(lra) if lra is not None and integrated > -70 else None,
            momentary_max_lufs=self.momentary_max,
            short_term_lufs=[None if v is None else round(v, 1) for v in self.short_term],
            peak_dbfs=max(-120.0, self.peak_db),
            noise_floor_dbfs=floor,
            speech_level_dbfs=speech,
            clipped_share=self.clipped / self.samples if self.samples else 0.0,
            first_clip_s=None if self.first_clip is None else self.first_clip / self.rate,
            leading_silence_s=lead,
            trailing_silence_s=trail,
        )


def _chain(graph: Any, source: Any, filters: list[tuple[str, str]], output: int = 0) -> Any:
    """Link `filters` (name, arguments) one after another from `source`'s `output`; the
    last one."""
    last = source
    for name, args in filters:
        node = graph.add(name, args)
        last.link_to(node, output, 0)
        last, output = node, 0
    return last


def _seconds_graph(head: tuple[str, dict[str, Any]], rate: int, channels: int) -> Any:
    """The first filter graph: the track in one-second frames, each with its peak.

        source → aformat (float, mono or stereo) → asetnsamples (1 s) → astats (peak)

    The source, `head`, is ("amovie", {"filename", "streams"}): FFmpeg reads and decodes
    the track itself; or ("abuffer", {"sample_rate", "format", "layout"}): frames decoded
    by PyAV are pushed in. Returns (graph, its output)."""
    import av

    graph = av.filter.Graph()
    name, options = head
    source = graph.add_abuffer(**options) if name == "abuffer" else graph.add(name, **options)
    last = _chain(
        graph,
        source,
        [
            ("aformat", f"sample_fmts=fltp:channel_layouts={_layout(channels)}"),
            ("asetnsamples", f"n={rate}:pad=0"),
            ("astats", "metadata=1:reset=1:measure_perchannel=none:measure_overall=Peak_level"),
        ],
    )
    seconds = graph.add("abuffersink")
    last.link_to(seconds)
    graph.configure()
    return graph, seconds


def _meter_graph(rate: int, channels: int) -> tuple[Any, Any, Any]:
    """The second filter graph, fed the first one's frames: the loudness meter, and the
    running sum of the squared mono mix for the window levels.

        abuffer → asplit ─┬→ ebur128 (loudness, 100 ms frames) → [the samples]
                          └→ pan (mono mix) → aformat (double) → asplit
                             → amultiply (squared) → aintegral → [running sum]

    Returns (graph, the samples' output, the running sum's output)."""
    import av

    graph = av.filter.Graph()
    source = graph.add_abuffer(sample_rate=rate, format="fltp", layout=_layout(channels))
    split = _chain(graph, source, [("asplit", "2")])
    samples = graph.add("abuffersink")
    _chain(graph, split, [("ebur128", "metadata=1")]).link_to(samples)
    mix = [("pan", "mono|c0=0.5*c0+0.5*c1")] if channels > 1 else []
    twice = _chain(graph, split, [*mix, ("aformat", "sample_fmts=dblp"), ("asplit", "2")], 1)
    square = graph.add("amultiply")
    twice.link_to(square, 0, 0)
    twice.link_to(square, 1, 1)
    energy = graph.add("abuffersink")
    _chain(graph, square, [("aintegral", "")]).link_to(energy)
    graph.configure()
    return graph, samples, energy


def _layout(channels: int) -> str:
    return "mono" if channels == 1 else "stereo"


def _utf8(path: Path) -> bool:
    """Whether the file's name is UTF-8 (on Linux a name may be any bytes)."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _Sound:
    """The sound track, decoded on a second thread while the first decodes the video's
    keyframes, and metered on a third as it is decoded, a second at a time (the filter
    graphs run in C and release the GIL)."""

    def __init__(self, path: Path, stream: Any) -> None:
        import threading

        cc = stream.codec_context
        self.path = path
        self.index = int(stream.index)
        self.codec = str(cc.name)
        self.rate = int(cc.sample_rate or 48000)
        self.channels = 1 if (cc.layout.nb_channels if cc.layout else 1) == 1 else 2
        self.levels: AudioLevels | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="followup-sound", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import av

        try:
            if _utf8(self.path):  # amovie takes the file's name as UTF-8 text
                try:
                    self.levels = self._measure(self._seconds_by_ffmpeg())
                    return
                except av.error.FFmpegError:  # FFmpeg's reader stops at a damaged packet
                    pass
            self.levels = self._measure(self._seconds_by_packets())
        except Exception as exc:  # handed to the caller's thread
            self.error = exc

    def _measure(self, seconds: Iterator[Any]) -> AudioLevels:
        """Meter the one-second frames `seconds` yields on a thread of its own, as they
        come, while this one decodes the next."""
        import queue
        import threading

        chunks: queue.Queue[Any] = queue.Queue(maxsize=8)  # seconds decoded ahead, at most
        meter = _SoundMeter(self.rate, self.channels)
        failed: list[BaseException] = []

        def run() -> None:
            try:
                self._meter(meter, chunks)
            except Exception as exc:  # handed to this thread
                failed.append(exc)
                while chunks.get() is not None:  # let the decoding finish
                    pass

        metering = threading.Thread(target=run, name="followup-meter", daemon=True)
        metering.start()
        try:
            for frame in seconds:
                chunks.put(frame)
        finally:
            chunks.put(None)
            metering.join()
        if failed:
            raise failed[0]
        return meter.levels(self.codec)

    def _meter(self, meter: _SoundMeter, chunks: Any) -> None:
        import av

        graph, samples, energy = _meter_graph(self.rate, self.channels)
        pushed = 0

        def drain() -> None:
            while True:
                try:
                    meter.take_samples(samples.pull())
                    while meter.summed < meter.samples:
                        meter.take_energy(energy.pull())
                except (av.error.BlockingIOError, av.error.EOFError):
                    return

        while (frame := chunks.get()) is not None:
            frame.pts = pushed  # in samples
            pushed += frame.samples
            graph.push(frame)
            drain()
        graph.push(None)
        drain()

    def _seconds_by_ffmpeg(self) -> Iterator[Any]:
        """The fast way: the first graph's `amovie` source reads and decodes the track."""
        import av

        where = {"filename": os.path.abspath(self.path), "streams": str(self.index)}
        graph, seconds = _seconds_graph(("amovie", where), self.rate, self.channels)
        read = 0
        while read <= ANALYSE_SECONDS * self.rate:
            try:
                frame = seconds.pull()
            except av.error.EOFError:
                break
            read += frame.samples
            yield frame
        del graph  # its filters hold it only weakly: kept until here

    def _seconds_by_packets(self) -> Iterator[Any]:
        """For a damaged track: PyAV decodes it packet by packet, skipping the packets that
        cannot be decoded, and pushes the frames into the first graph."""
        import av

        graph: Any = None
        pushed = damaged = 0
        with av.open(os.path.abspath(self.path), metadata_errors="ignore") as container:
            stream = container.streams[self.index]
            limit = ANALYSE_SECONDS / float(stream.time_base or 1)
            for packet in container.demux(stream):
                if packet.pts is not None and packet.pts > limit:
                    break
                try:
                    frames: list[Any] = packet.decode()
                except av.error.FFmpegError:  # invalid data, or a feature it never had
                    damaged += 1
                    continue
                for frame in frames:
                    if graph is None:
                        source = {
                            "sample_rate": frame.sample_rate,
                            "format": frame.format.name,
                            "layout": frame.layout.name,
                        }
                        head = ("abuffer", source)
                        graph, seconds = _seconds_graph(head, self.rate, self.channels)
                    frame.pts = pushed  # in samples: a skipped packet leaves no gap
                    pushed += frame.samples
                    graph.push(frame)
                    yield from _pulled(seconds)
        if graph is None:
            if damaged:
                raise InvalidInput(f"{self.path}: the sound cannot be read (damaged throughout)")
            return  # a track with no sound in it
        graph.push(None)
        yield from _pulled(seconds)

    def join(self) -> None:
        self.thread.join()

    def result(self) -> AudioLevels:
        """The track's levels. Raises InvalidInput when it cannot be read."""
        self.join()
        if self.error is not None:
            import av

            if isinstance(self.error, av.error.FFmpegError):
                raise InvalidInput(f"{self.path}: the sound cannot be read ({self.error})")
            raise self.error
        assert self.levels is not None
        return self.levels


def _pulled(output: Any) -> Iterator[Any]:
    """The frames a filter graph's `output` holds now."""
    import av

    while True:
        try:
            yield output.pull()
        except (av.error.BlockingIOError, av.error.EOFError):
            return


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
        audio = _Sound(path, container.streams.audio[0]) if container.streams.audio else None
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
    audio: _Sound | None,
) -> Recording:
    """The video track's part of `measure`, while `audio` (when there is sound) is read by its
    own threads."""
    width, height = size
    declared = _duration(container, vstream)
    gap = max(1.0 / SAMPLES_PER_SECOND, (declared or 0.0) / MAX_SAMPLES)
    indexed = _frame_index(path, container, vstream)
    if indexed is None:
        times, keys, pictures = _demux_keyframes(path, container, vstream, gap)
    else:
        times, stamps = indexed
        keys, pictures = len(stamps), _seek_keyframes(container, vstream, stamps, gap)
    frames, rotation, damaged = pictures
    if keys < MIN_SAMPLES and len(times) > keys:  # while the sound is still being read
        fallback = _every_frame_sample(path, gap)
        if fallback is not None:
            frames, rotation = fallback
    levels = audio.result() if audio is not None else None
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
        codec=vstream.codec_context.name,
        rotation=rotation,
        variable_frame_rate=bool(steps) and max(steps) > 1.5 * min(steps),
        frames=frames,
        audio=levels,
    )


def _frame_index(path: Path, container: Any, vstream: Any) -> tuple[list[float], list[int]] | None:
    """The frames' times (seconds) and the keyframes' time stamps (stream ticks), from the
    container's index of the frames, without reading them: when the index lists every frame
    and they are stored in the order they are shown (MP4 and MOV, phones' files, without
    B-frames). Frames beyond the end of a file cut short are left out. None otherwise: then
    every packet is read (`_demux_keyframes`)."""
    if not container.format.name.startswith("mov,") or vstream.codec_context.has_b_frames:
        return None
    entries = vstream.index_entries
    if len(entries) < 2 or len(entries) != vstream.frames:
        return None
    size = os.path.getsize(path)
    tick = float(vstream.time_base or 0)
    times: list[float] = []
    stamps: list[int] = []
    for entry in entries:
        at = entry.timestamp * tick
        if at > ANALYSE_SECONDS or entry.pos + entry.size > size:
            break
        if entry.is_discard:
            continue
        times.append(at)
        if entry.is_keyframe:
            stamps.append(entry.timestamp)
    return times, stamps


Pictures = tuple[list[FrameSample], int, int]  # sampled frames, rotation (degrees), damaged


def _drain(decoder: Any, frames: list[FrameSample]) -> tuple[int | None, int]:
    """Sample the frames a decoder still holds once its packets have run out into `frames`:
    (the last frame's rotation in degrees, or None when none came; 1 when FFmpeg failed on
    them, else 0)."""
    import av

    rotation = None
    try:
        for frame in decoder.decode(None):
            rotation = int(frame.rotation or 0)
            frames.append(_sample(frame))
    except av.error.FFmpegError:
        return rotation, 1
    return rotation, 0


def _seek_keyframes(container: Any, vstream: Any, stamps: list[int], gap: float) -> Pictures:
    """Decode the keyframes at `stamps` (stream ticks) at most one every `gap` seconds,
    each read by seeking to it."""
    import av

    decoder = vstream.codec_context
    tick = float(vstream.time_base or 0)
    frames: list[FrameSample] = []
    rotation = damaged = 0
    last_kept = -1e9
    for stamp in stamps:
        if stamp * tick - last_kept < gap - 1e-6:
            continue
        last_kept = stamp * tick
        try:
            container.seek(stamp, stream=vstream)
            for packet in container.demux(vstream):
                if packet.size and (packet.dts is None or packet.dts >= stamp):
                    for frame in decoder.decode(packet):
                        rotation = int(frame.rotation or 0)
                        frames.append(_sample(frame))
                    break
        except av.error.FFmpegError:
            damaged += 1
    flushed, damaged_at_end = _drain(decoder, frames)
    return frames, flushed if flushed is not None else rotation, damaged + damaged_at_end


def _demux_keyframes(
    path: Path, container: Any, vstream: Any, gap: float
) -> tuple[list[float], int, Pictures]:
    """Read every packet of the video track for the frames' times (seconds), and decode
    the keyframes, at most one every `gap` seconds: (times, how many keyframes, pictures).
    """
    import av

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
                    frames.append(_sample(frame))
            except av.error.InvalidDataError:
                damaged += 1
        flushed, damaged_at_end = _drain(decoder, frames)
        rotation = flushed if flushed is not None else rotation
        damaged += damaged_at_end
    except av.error.FFmpegError as exc:
        if not times:
            raise InvalidInput(f"{path}: the video cannot be read ({exc})") from None
        damaged += 1
    return times, keys, (frames, rotation, damaged)


def _every_frame_sample(path: Path, gap: float) -> tuple[list[FrameSample], int] | None:
    """For files with very few keyframes: decode every frame (but those no other frame
    refers to), keep one every `gap` seconds."""
    import av

    with av.open(str(path), metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        stream.codec_context.skip_frame = "NONREF"
        samples: list[FrameSample] = []
        rotation = 0
        last = -1e9
        try:
            for frame in container.decode(stream):
                at = float(frame.time or 0.0)
                if at > ANALYSE_SECONDS:
                    break
                if at - last >= gap - 1e-6:
                    last = at
                    rotation = int(frame.rotation or 0)
                    samples.append(_sample(frame))
        except av.error.FFmpegError:
            pass
    return (samples, rotation) if samples else None

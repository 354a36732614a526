"""The thresholds of `followup video check` (`VideoPolicy`, section `video` of the
configuration), each declared once here with its unit and description. A module of its own
so that loading the configuration does not load the video rules (core/video.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.policy import setting


@dataclass(frozen=True)
class VideoPolicy:
    """Thresholds of `followup video check`. Luma is on the 0-255 full-range scale."""

    min_seconds: float = setting(55.0, "A recording shorter than this is too_short (seconds).")
    max_seconds: float = setting(95.0, "A recording longer than this is too_long (seconds).")
    min_short_side: int = setting(
        480, "Fewest pixels on the frame's shorter side (480: SD); fewer is low_resolution."
    )
    dark_luma: float = setting(55.0, "A frame whose mean luma (0-255) is below this is dark.")
    bright_luma: float = setting(
        205.0, "A frame whose mean luma (0-255) is above this is blown out."
    )
    blown_pixels_percent: float = setting(
        30.0, "A frame with more than this share of pure-white pixels (luma >= 250) is blown out."
    )
    bad_frames_percent: float = setting(
        30.0, "too_dark / too_bright when more than this share of sampled frames is so (%)."
    )
    backlit_gap: float = setting(
        30.0, "backlit when the background is this much brighter (luma) than the centre."
    )
    quiet_lufs: float = setting(
        -30.0, "Integrated loudness (LUFS, ITU-R BS.1770) below this is too_quiet."
    )
    min_snr_db: float = setting(
        20.0, "Speech level above the noise floor (dB) below this is noisy."
    )
    clipping_percent: float = setting(
        0.05, "More than this share of audio samples at full scale is clipping (%)."
    )
    silence_seconds: float = setting(
        2.5, "A silence longer than this at the start or end is reported (seconds)."
    )
    max_bytes: int = setting(
        4_000_000_000, "Largest recording `video check` reads (bytes); a larger file is refused."
    )

    def validated(self) -> VideoPolicy:
        """Return self, or raise InvalidInput naming the first impossible value."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "quiet_lufs" and value < 0:
                raise InvalidInput(f"video setting {f.name} must not be negative (got {value})")
        if self.max_seconds <= self.min_seconds:
            raise InvalidInput("video setting max_seconds must be above min_seconds")
        if not 0 <= self.dark_luma < self.bright_luma <= 255:
            raise InvalidInput("video settings need 0 <= dark_luma < bright_luma <= 255")
        if self.quiet_lufs > 0:
            raise InvalidInput("video setting quiet_lufs must be at most 0 LUFS")
        return self


def policy_from(values: dict[str, Any]) -> VideoPolicy:
    """A validated VideoPolicy from setting values keyed by field name."""
    return replace(VideoPolicy(), **values).validated()

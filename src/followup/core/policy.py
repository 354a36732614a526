"""Policy settings: every number the etiquette rules use, with the defaults of SPEC §2-§3.

Each field carries its description; the configuration layer builds its settings table from
these fields, so a policy number is declared exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

from followup.core.errors import InvalidInput


def setting(default: Any, description: str) -> Any:
    """A settings-dataclass field: its default and the description the reference shows."""
    return field(default=default, metadata={"description": description})


# Upper bounds of the whole-number settings (days: a year at most).
_UPPER = {"check_ins": 10, "same_day_delay_hours": 23}


@dataclass(frozen=True)
class Policy:
    """The rules of timing (settings `policy.*`), each with its help line."""

    name: str = setting("seed", "Named policy: 'seed' (the article's rules) or 'quick-thanks'.")
    same_day: bool = setting(False, "Allow a follow-up on the interview day itself (rule H1 off).")
    wait_days: int = setting(
        2, "Patience: no follow-up before this many days after the interview (S1)."
    )
    ideal_days: int = setting(
        3, "The ideal day is the first window day at least this many days after."
    )
    max_days: int = setting(7, "Never later than this many days after the interview (H2).")
    max_business_days: int = setting(
        0, "Also never later than this many business days after the interview (0: off)."
    )
    send_time: time = setting(time(10, 0), "Send time, in the recipient's time zone.")
    call_start: time = setting(time(10, 0), "Start of the call slot, recipient's time.")
    call_end: time = setting(time(11, 30), "End of the call slot, recipient's time.")
    card_transit_days: int = setting(3, "Calendar days a mailed card takes to arrive.")
    same_day_delay_hours: int = setting(
        3, "With same_day: hours to wait after the interview before sending."
    )
    same_day_cutoff: time = setting(
        time(18, 0), "With same_day: latest send time on the interview day."
    )
    late_days: int = setting(
        7,
        "After the window closes, a late thank-you is still worth sending for this many days "
        "(then write a check-in instead).",
    )
    check_ins: int = setting(0, "Status check-ins to plan after the thank-you (0: none).")
    check_in_gap_days: int = setting(7, "Days between two check-ins.")
    check_in_after_deadline_business_days: int = setting(
        2, "First check-in this many business days after the employer's decision date."
    )
    check_in_after_follow_up_business_days: int = setting(
        7,
        "Without a decision date and with no check-in cadence of its own: propose a check-in "
        "this many business days after the follow-up.",
    )
    check_in_min_business_days: int = setting(
        5, "Without a decision date: first check-in from this many business days after."
    )
    check_in_max_business_days: int = setting(
        7, "Without a decision date: first check-in by this many business days after."
    )

    def validated(self) -> Policy:
        """Return self, or raise InvalidInput naming the first impossible value."""
        if self.name not in PRESETS:
            known = ", ".join(sorted(PRESETS))
            raise InvalidInput(f"unknown policy {self.name!r} (known: {known})")
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, int) and not isinstance(value, bool):
                if value < 0:
                    raise InvalidInput(
                        f"policy setting {f.name} must not be negative (got {value})"
                    )
                if value > _UPPER.get(f.name, 366):
                    raise InvalidInput(
                        f"policy setting {f.name} must be at most {_UPPER.get(f.name, 366)} "
                        f"(got {value})"
                    )
        if self.max_days < 1:
            raise InvalidInput("policy setting max_days must be at least 1")
        if self.call_end <= self.call_start:
            raise InvalidInput("policy setting call_end must be after call_start")
        if self.check_in_max_business_days < self.check_in_min_business_days:
            raise InvalidInput(
                "policy setting check_in_max_business_days must not be below "
                "check_in_min_business_days"
            )
        return self


# Named presets: values that differ from the field defaults above ("seed").
PRESETS: dict[str, dict[str, Any]] = {
    "seed": {},
    "quick-thanks": {
        "same_day": True,
        "wait_days": 0,
        "ideal_days": 0,
        "max_business_days": 1,
        "check_ins": 2,
    },
}

POLICY_DESCRIPTIONS = {
    "seed": "the article's rules: wait 2-3 days, never past a week or the employer's deadline",
    "quick-thanks": (
        "career-centre advice: thank-you email the same or next business day, then up to two "
        "status check-ins a week apart"
    ),
}


def preset(name: str, **overrides: Any) -> Policy:
    """The named policy, with explicit overrides on top of its preset values."""
    if name not in PRESETS:
        known = ", ".join(sorted(PRESETS))
        raise InvalidInput(f"unknown policy {name!r} (known: {known})")
    values = {**PRESETS[name], **overrides, "name": name}
    return replace(Policy(), **values).validated()


def setting_fields(of: type = Policy) -> list[tuple[str, type, Any, str]]:
    """(name, type, default, description) of every field of the settings dataclass `of`
    (the policy by default; also core.video_policy.VideoPolicy), in declaration order."""
    kinds = {"bool": bool, "int": int, "float": float, "time": time, "str": str}
    return [(f.name, kinds[str(f.type)], f.default, f.metadata["description"]) for f in fields(of)]

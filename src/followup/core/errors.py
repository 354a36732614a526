"""Domain errors: every expected failure a person can read, with an exit code and HTTP status."""

from __future__ import annotations

from datetime import date


def quote(value: object, limit: int = 60) -> str:
    """A value as it appears in a message: repr'd, and cut short when long."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "…" + text[-4:]


class FollowupError(Exception):
    """Base of every expected failure. The edges turn it into one line or one page."""

    exit_code: int = 1
    http_status: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(FollowupError):
    """The user gave a value that cannot be used (a wrong date, an unknown country...)."""

    exit_code = 2
    http_status = 422


class AmbiguousZone(InvalidInput):
    """A time zone name that means different zones for this recipient (`IST`, `CST` in GB).

    `choices` holds the IANA names it may mean, most common first; a terminal asks which.
    """

    def __init__(self, message: str, text: str, choices: tuple[str, ...]) -> None:
        super().__init__(message)
        self.text = text
        self.choices = choices


class UnknownZone(InvalidInput):
    """A time zone name that names no zone. `suggestion` is the IANA name most likely meant
    (`America/New_York` for `America/New York`), or None."""

    def __init__(self, message: str, text: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.suggestion = suggestion


class FarDate(InvalidInput):
    """A typed or imported date further from today than the user is likely to mean (a year
    typo, an old invite). A terminal asks; elsewhere `--yes` accepts it.

    `day` is the date as read, `field` the option or field it was given for, `typed` what
    was typed.
    """

    def __init__(self, message: str, day: date, field: str, typed: str) -> None:
        super().__init__(message)
        self.day = day
        self.field = field
        self.typed = typed


class NotFound(FollowupError):
    """A record the user named does not exist."""

    exit_code = 3
    http_status = 404


WHERE_NUMBERS = {
    "interview round": "(see 'followup list' for the rounds' numbers)",
    "draft": "(see 'followup draft list ID' for the drafts' numbers)",
}


def no_record(what: str, named: object) -> NotFound:
    """The one wording for a record that a number, or a word typed for one, does not name:
    `what` is a key of WHERE_NUMBERS ("interview round", "draft")."""
    return NotFound(f"no {what} {named} {WHERE_NUMBERS[what]}")


class Conflict(FollowupError):
    """The action would overwrite or contradict what is already stored."""

    exit_code = 4
    http_status = 409


class TooEarly(FollowupError):
    """The action belongs to a later day (a thank-you before the interview has happened)."""

    exit_code = 1
    http_status = 409


class ConfigError(FollowupError):
    """The configuration file or an environment override is wrong (or lacks what an action
    needs, such as a mail server): the request conflicts with the settings, the server is
    fine (409, not 500)."""

    exit_code = 2
    http_status = 409


class ExternalError(FollowupError):
    """A server, file or program outside followup failed."""

    exit_code = 5
    http_status = 502

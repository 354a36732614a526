"""Until they answer (SPEC §7), pure: reply states, the check-in day, telling automatic
messages from replies, and matching a message from the mailbox to a round.

Nothing here reads a mailbox: the caller hands over header values and the candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from followup.core.models import PlanRequest
from followup.core.plan import HolidayLookup, Plan, _Calendar
from followup.core.policy import Policy

WAITING = "waiting"
REPLIED = "replied"
OUTCOMES = ("next-round", "offer", "rejected", "other")


def reply_state(followed_up: bool, replied: bool) -> str | None:
    """`replied` once a reply is recorded, `waiting` after a follow-up, else None."""
    if replied:
        return REPLIED
    return WAITING if followed_up else None


def check_in_day(
    req: PlanRequest,
    policy: Policy,
    plan: Plan,
    followed_up_on: date,
    holiday: HolidayLookup,
    done: int = 0,
) -> date | None:
    """The day a polite check-in is proposed when no reply came (SPEC §7), or None when no
    more check-ins are planned.

    Default policy: the first business day after the employer's decision date, never before
    it; with no decision date, `check_in_after_follow_up_business_days` business days after
    the follow-up. A policy with its own check-in cadence (`check_ins` > 0, quick-thanks)
    uses the plan's check-ins, none before the follow-up. `done`: check-ins already made.
    """
    region = req.country + (f"-{req.subdiv}" if req.subdiv else "")
    cal = _Calendar(holiday, region)
    if policy.check_ins:
        later = [c.earliest for c in plan.check_ins if c.earliest > followed_up_on]
        if done >= len(later):
            return None
        day = later[done]
        if req.deadline is not None and day <= req.deadline:
            day = cal.add_business_days(req.deadline, 1)
        return day
    if done:
        return None
    if req.deadline is not None and req.deadline >= followed_up_on:
        return cal.add_business_days(req.deadline, 1)
    return cal.add_business_days(followed_up_on, policy.check_in_after_follow_up_business_days)


# ---------------------------------------------------------------- automatic messages


@dataclass(frozen=True)
class MailRules:
    """From data/mail.toml: domains never matched by company, and what marks a message as
    automatic."""

    free_mail_domains: frozenset[str] = frozenset()
    ats_relay_domains: frozenset[str] = frozenset()
    auto_headers: tuple[str, ...] = ()
    auto_precedence: tuple[str, ...] = ()
    auto_subjects: tuple[str, ...] = ()

    def shared_domain(self, domain: str) -> bool:
        """Whether `domain` (or a parent of it) is free mail or an applicant-tracking relay."""
        parts = domain.lower().strip(".").split(".")
        for i in range(len(parts) - 1):
            parent = ".".join(parts[i:])
            if parent in self.free_mail_domains or parent in self.ats_relay_domains:
                return True
        return False


def automatic(headers: Mapping[str, str], rules: MailRules) -> str | None:
    """Why a message is automatic (out-of-office, auto-reply), or None for a person's reply.

    `headers` maps lower-cased header names to their values (RFC 3834 Auto-Submitted, the
    X-Autoreply family, Precedence), and `subject` to the subject.
    """
    submitted = (headers.get("auto-submitted") or "").strip().lower()
    if submitted and not submitted.startswith("no"):
        return f"Auto-Submitted: {submitted}"
    for name in rules.auto_headers:
        if headers.get(name) is not None:
            return f"{name} header"
    precedence = (headers.get("precedence") or "").strip().lower()
    if precedence in rules.auto_precedence:
        return f"Precedence: {precedence}"
    subject = " ".join((headers.get("subject") or "").split()).lower()
    for prefix in ("re:", "aw:", "sv:", "antw:", "fw:", "wg:", "réf:"):
        if subject.startswith(prefix):
            subject = subject[len(prefix) :].lstrip()
    for phrase in rules.auto_subjects:
        if subject.startswith(phrase):
            return f"subject {phrase!r}"
    return None


# ---------------------------------------------------------------- matching


def address_of(value: str | None) -> str | None:
    """The bare, lower-cased address of a From or To header value."""
    from email.utils import getaddresses  # not at start-up: it loads socket and email

    found = [addr for _name, addr in getaddresses([value or ""]) if "@" in addr]
    return found[0].strip().lower() if found else None


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().lower().strip(".") or None


def message_ids(value: str | None) -> list[str]:
    """The Message-IDs (`<…>`) named in an In-Reply-To or References value, in order."""
    out = []
    for part in (value or "").replace(">", "> ").split():
        part = part.strip()
        if part.startswith("<") and part.endswith(">") and len(part) > 2:
            out.append(part)
    return out


@dataclass
class Candidate:
    """A round a reply may belong to: what it sent and who it wrote to."""

    round_id: int
    message_ids: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    since: datetime | None = None  # replies before this are older than the follow-up

    def domains(self, rules: MailRules) -> set[str]:
        found = {domain_of(a) for a in self.addresses}
        return {d for d in found if d and not rules.shared_domain(d)}


@dataclass(frozen=True)
class Match:
    round_id: int
    by: str  # thread, sender, domain
    message_id: str | None = None  # the follow-up it answers, when matched by thread


def match_reply(
    sender: str | None,
    references: Sequence[str],
    received: datetime | None,
    candidates: Iterable[Candidate],
    rules: MailRules,
) -> Match | None:
    """The round a message answers: by In-Reply-To/References first, then by the sender's
    address, then by the company's domain (never a free-mail or applicant-tracking relay
    domain). A sender or domain shared by several rounds matches the newest one."""
    pool = list(candidates)
    for ref in reversed(references):
        for cand in pool:
            if ref in cand.message_ids:
                return Match(cand.round_id, "thread", ref)
    if sender is None:
        return None

    def fresh(cand: Candidate) -> bool:
        return received is None or cand.since is None or received >= cand.since

    newest_first = sorted(pool, key=lambda c: (c.since or datetime.min, c.round_id), reverse=True)
    for cand in newest_first:
        if sender in cand.addresses and fresh(cand):
            return Match(cand.round_id, "sender")
    domain = domain_of(sender)
    if domain is None or rules.shared_domain(domain):
        return None
    for cand in newest_first:
        if domain in cand.domains(rules) and fresh(cand):
            return Match(cand.round_id, "domain")
    return None

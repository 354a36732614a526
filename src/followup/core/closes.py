"""What the record holds that a note's close can follow (data/drafting.toml [closes]): a
result or feedback the user's notes say is coming ('result within 2 weeks', 'liam will ring
w/ feedback'), and something a reader asked the candidate for that the candidate can send
('ingrid asked for the excel model afterwards'). A close of that kind (data/sentences.toml
'wrap.awaited', 'c_close.asked', ...) says it, so notes close on what the record holds, not
on the same sentence in note after note."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Person
from followup.core.regex_programs import shipped

_CLAUSES = re.compile(r"[.!?;\n]+\s*|\s+[-–—+]\s+|,\s+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Words:
    """The [closes] table of data/drafting.toml."""

    awaited: tuple[str, ...] = ()  # 'result within', 'will ring w/ feedback'
    asked: tuple[str, ...] = ()  # 'asked for', 'wants to see': the thing follows
    things: frozenset[str] = frozenset()  # 'references', 'model': what may be sent
    done: tuple[str, ...] = ()  # 'beforehand', 'already sent': it is sent already
    next_leads: tuple[str, ...] = ()  # 'next round is', 'final step is': the step follows
    next_steps: tuple[str, ...] = ()  # 'round', 'case study', 'reference checks': a step's head
    ordinals: Mapping[str, str] = field(default_factory=dict)  # '2nd' -> 'second'
    # 'hiring manager', 'reports to', 'chaired': a reader the record marks as the one who
    # decides (decides), to whom a personal note says the decision date too
    deciders: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Words:
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"drafting data: closes.{key} must be a list of strings")
            # longest first, then in reverse order of the letters: never the set's order,
            # which follows the hash seed, so that the patterns joined from them are the
            # same text in every run (and kept between runs: cli/regex_cache.py)
            cues = {v.strip().lower() for v in value if v.strip()}
            return tuple(sorted(cues, key=lambda v: (len(v), v), reverse=True))

        return cls(
            awaited=strings("awaited"),
            asked=strings("asked"),
            things=frozenset(strings("things")),
            done=strings("done"),
            next_leads=strings("next_leads"),
            next_steps=strings("next_steps"),
            ordinals={k.lower(): str(v) for k, v in dict(data.get("ordinals", {})).items()},
            deciders=strings("deciders"),
        )


def _cue(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


def awaited(notes: str | None, words: Words) -> bool:
    """Whether the user's notes say a result, feedback or decision is to come."""
    if not notes or not words.awaited:
        return False
    return re.search(shipped(rf"(?<!\w)(?:{_cue(words.awaited)})(?!\w)"), notes, re.I) is not None


_CONDITION = re.compile(r"\s+(?:if|once|when|after|assuming|pending|provided)\b.*$", re.I)
# a clause that says the step it names was this round ('this was the final round', 'today
# was the 2nd interview', 'final stage today', '2nd round done', '(final round)')
_THIS_ROUND = re.compile(
    r"\b(?:this|today|tonight|it|that)(?:\s+(?:was|is|were)|['’]s)\b"
    r"|\b(?:today|done|over|finished|completed|went)\b|^\(.*\)$"
    # 'the tasting was the final stage': what a part of this round was
    r"|\b(?:was|were)\s+(?:the\s+|my\s+|our\s+)?(?:final|last|first|second|third|\d(?:st|nd|rd|th))\b"
    r"|\b(?:round|stage|interview|step)\s+(?:was|were)\b",  # '2nd round was the panel'
    re.I,
)
# a clause never read for the next step: one the user marks as not to be said ('DON'T
# mention i'm also in the final round at the other hotel'), or one about another process
# the candidate is in ('also in the final round at …')
_NOT_THEIRS = re.compile(
    r"\b(?:don['’]?t|do not|never|not to)\s+(?:mention|say|tell|bring up|name|share)\b"
    r"|\b(?:i['’]?m|i am|am)\s+also\b|\balso (?:in|interviewing|at)\b|\bconfidential\b|\bnda\b",
    re.I,
)


def next_step(notes: str | None, words: Words) -> str | None:
    """The next step of the process the user's notes name, as they jot it: the words after a
    lead ('next round is a case study w/ the CFO' -> 'a case study w/ the CFO'), a step with
    its ordinal ('2nd round w/ plant mgr if they move fwd' -> '2nd round w/ plant mgr'), or a
    step said to come next ('site visit w/ lou next'); a condition after it ('if they move
    fwd') is left off. None when the notes name no step of `words.next_steps`, or only the
    step this round was ('this was the final round', '2nd round done', 'FINAL round.':
    never offered again); never from a sentence the user marks as not to be said or one
    about another process ('DON'T mention i'm also in the final round at the other hotel')."""
    if not notes or not words.next_steps:
        return None
    heads = _cue(words.next_steps)
    ordinal = _cue([*words.ordinals, *words.ordinals.values(), "final", "last"])
    label = re.compile(
        shipped(rf"^(?:{ordinal})\s+(?:{heads})(?:\s*\([^)]*\)?)?$"), re.I
    )  # 'FINAL round', 'final stage (after the online assessment': what this round was
    for clause in _SENTENCES.split(notes):
        if _NOT_THEIRS.search(clause):
            continue
        for part in _CLAUSES.split(clause):
            found = _step_in(part, words, heads, ordinal, label)
            if found:
                return found
    return None


# what says no round is to come: 'no more rounds', 'last interview', 'they said no further
# interviews'
_NO_MORE = re.compile(
    r"\bno (?:more|further|other)\s+(?:rounds?|interviews?|stages?|steps?)\b", re.I
)


def final_round(notes: str | None, words: Words) -> bool:
    """Whether the user's notes say the round just held was the last of the process ('this
    was the final round', 'the tasting was the final stage', 'final interview today', 'no more
    rounds'), and name no step still to come (next_step): a close then never offers 'a next
    step' ('Should there be a next step, …' after the final round read as a slip, session
    39), only the result to come."""
    if not notes or next_step(notes, words) is not None:
        return False
    heads = _cue(words.next_steps) if words.next_steps else r"round|stage|interview"
    final = re.compile(shipped(rf"(?<!\w)(?:final|last)\s+(?:{heads})(?!\w)"), re.I)
    for clause in _SENTENCES.split(notes):
        if _NOT_THEIRS.search(clause):
            continue
        for part in _CLAUSES.split(clause):
            if _NO_MORE.search(part):
                return True
            if final.search(part) and (
                _THIS_ROUND.search(part) or re.search(r"\bwas\b", part, re.I)
            ):
                return True
    return False


def _step_in(
    part: str, words: Words, heads: str, ordinal: str, label: re.Pattern[str]
) -> str | None:
    """The next step one clause of the notes names (see next_step), or None: never a step
    named alone ('FINAL round.', 'final stage (after the online test'), which is the name of
    the round just held."""
    if label.match(part.rsplit("=", 1)[-1].strip(" .;:=-")):
        return None  # 'assessment centre = FINAL stage': what this round was called
    clause = _CONDITION.sub("", part.strip())
    found = None
    lead = (
        re.search(shipped(rf"(?<!\w)(?:{_cue(words.next_leads)})\s+(.+)$"), clause, re.I)
        if words.next_leads
        else None
    )
    if lead:
        found = lead.group(1)
    else:
        m = re.search(shipped(rf"(?<!\w)(?:{ordinal})\s+(?:{heads})(?!\w).*$"), clause, re.I)
        found = m.group(0) if m and not _THIS_ROUND.search(clause) else None
        if found is None and re.search(r"\s+next$", clause, re.I):
            found = re.sub(r"\s+next$", "", clause, flags=re.I)  # 'site visit w/ lou next'
    if found and re.search(shipped(rf"(?<!\w)(?:{heads})(?!\w)"), found, re.I):
        return found.strip(" .;:")
    return None


@dataclass(frozen=True)
class Asked:
    """Something a reader asked the candidate for, as a close offers it ('the Excel model')."""

    thing: str
    by: str | None  # the word of the notes that names who asked ('ingrid'), if any


_ARTICLE = re.compile(r"(?:a\s+copy\s+of\s+)?(?P<det>my|the|a|an|some|our|his|her|their)?\s*", re.I)


# the user's own word not to send what was asked ('DON'T send it', "won't share it")
_REFUSED = re.compile(
    r"(?i)\b(?:don['’]?t|do\s+not|won['’]?t|will\s+not|not\s+to|never|shouldn['’]?t|can['’]?t)"
    r"\s+(?:\w+\s+)?(?:send|share|forward|attach|give|hand\s+over)\b"
)


def asked(texts: Sequence[str], words: Words) -> list[Asked]:
    """What the notes and topics say a reader asked the candidate for, that the candidate can
    send: the words after a cue ('asked for the excel model afterwards' -> 'the excel model'),
    up to the first word of `things` ('model'); never what was sent already ('asked for a
    copy of my licence beforehand'), what was asked in the room ('asked for a time I ...'),
    nor what the user says not to send ('asked me to send the spreadsheet -> DON'T send it,
    it's my current employer's')."""
    if not words.asked or not words.things:
        return []
    out = []
    for text in texts:
        for clause in _CLAUSES.split(text or ""):
            if words.done and re.search(shipped(rf"\b(?:{_cue(words.done)})\b"), clause, re.I):
                continue
            start = (text or "").find(clause)
            if start >= 0 and _REFUSED.search(text[start : start + len(clause) + 80]):
                continue  # '… asked me to send the spreadsheet -> DON'T send it': never offered
            for m in re.finditer(
                shipped(rf"(?:(?P<who>[^\W\d_][\w'’-]*)\s+)?(?:{_cue(words.asked)})\s+"),
                clause,
                re.I,
            ):
                rest = clause[m.end() :]
                lead = _ARTICLE.match(rest)
                det = (lead.group("det") or "").lower() if lead else ""
                tail = rest[lead.end() :] if lead else rest
                found = re.findall(r"[\w'’-]+", tail)[:4]
                low = [w.lower() for w in found]
                at = next((i for i, w in enumerate(low) if w in words.things), None)
                if at is None:
                    continue
                head = " ".join(found[: at + 1])
                if det in ("", "some") and not head.lower().endswith("s"):
                    continue  # 'asked for feedback': no thing to send
                det = "my" if det in ("my", "", "some") else "the"  # what of theirs: 'the'
                out.append(Asked(f"{det} {head}", (m.group("who") or "").lower() or None))
    return out


def asked_of(found: Sequence[Asked], person: Person, is_coordinator: bool) -> str | None:
    """What a note to `person` offers to send: what they asked for, or (in the coordinator's
    note) what anyone asked for."""
    first = person.name.split()[0].lower() if person.name.split() else ""
    for a in found:
        if is_coordinator or (a.by and a.by == first):
            return a.thing
    return None


def decides(title: str | None, words: Words) -> bool:
    """Whether a reader's recorded title marks them as the one who decides ('Coding Manager
    (hiring manager)', 'Director, Surgical Program (the job reports to her)', 'Head of
    School, chaired'; data/drafting.toml [closes] deciders)."""
    low = " ".join((title or "").lower().split())
    return bool(low) and any(re.search(rf"\b{re.escape(w)}\b", low) for w in words.deciders)

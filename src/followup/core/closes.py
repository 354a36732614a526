"""What the record holds that a note's close can follow (data/drafting.toml [closes]): a
result or feedback the user's notes say is coming ('result within 2 weeks', 'liam will ring
w/ feedback'), and something a reader asked the candidate for that the candidate can send
('ingrid asked for the excel model afterwards'). A close of that kind (data/sentences.toml
'wrap.awaited', 'c_close.asked', ...) says it, so notes close on what the record holds, not
on the same sentence in note after note."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Person
from followup.core.regex_programs import shipped

_CLAUSES = re.compile(r"[.!?;\n]+\s*|\s+[-–—+]\s+|,\s+")


@dataclass(frozen=True)
class Words:
    """The [closes] table of data/drafting.toml."""

    awaited: tuple[str, ...] = ()  # 'result within', 'will ring w/ feedback'
    asked: tuple[str, ...] = ()  # 'asked for', 'wants to see': the thing follows
    things: frozenset[str] = frozenset()  # 'references', 'model': what may be sent
    done: tuple[str, ...] = ()  # 'beforehand', 'already sent': it is sent already

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
        )


def _cue(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


def awaited(notes: str | None, words: Words) -> bool:
    """Whether the user's notes say a result, feedback or decision is to come."""
    if not notes or not words.awaited:
        return False
    return re.search(shipped(rf"(?<!\w)(?:{_cue(words.awaited)})(?!\w)"), notes, re.I) is not None


@dataclass(frozen=True)
class Asked:
    """Something a reader asked the candidate for, as a close offers it ('the Excel model')."""

    thing: str
    by: str | None  # the word of the notes that names who asked ('ingrid'), if any


_ARTICLE = re.compile(r"(?:a\s+copy\s+of\s+)?(?P<det>my|the|a|an|some|our|his|her|their)?\s*", re.I)


def asked(texts: Sequence[str], words: Words) -> list[Asked]:
    """What the notes and topics say a reader asked the candidate for, that the candidate can
    send: the words after a cue ('asked for the excel model afterwards' -> 'the excel model'),
    up to the first word of `things` ('model'); never what was sent already ('asked for a
    copy of my licence beforehand') nor what was asked in the room ('asked for a time I ...')."""
    if not words.asked or not words.things:
        return []
    out = []
    for text in texts:
        for clause in _CLAUSES.split(text or ""):
            if words.done and re.search(shipped(rf"\b(?:{_cue(words.done)})\b"), clause, re.I):
                continue
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

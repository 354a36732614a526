"""The moment each reader will remember from the day, found in the jots about them: what they
asked to be sent, what they did with the candidate, praise they gave, their own words in
quotes. A note says it in the candidate's voice ('Thank you for getting the borescope kit out
and asking me to talk through a hot section inspection', 'I was glad you liked that I rang MCC
before signing', 'I'll send you a screenshot of the recruitment tracker by Thursday, as you
asked'), or says nothing of it when its words do not read. Pure: the caller says who a name
is (`resolve`), whom a jot is about (`lead`) and whether words read (`reads`).

The words it reads jots by are data/moments.toml's [words] (`Words`, read with the rest of
the drafting data)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from followup.core.errors import InvalidInput
from followup.core.regex_programs import shipped

# The kinds of moment, first choice first: an open request is answered before anything else,
# then what they did with the candidate, then their praise, then their words.
KINDS = ("request", "did", "praise_how", "praise", "quote")


@dataclass(frozen=True)
class Moment:
    """One reader's moment: its kind (KINDS), whose it is (the person's recorded name), the
    words a sentence of that kind takes ('getting the borescope kit out', 'I rang MCC before
    signing', 'the tiered response', a quote as typed), and the jot it comes from."""

    kind: str
    owner: str
    said: str
    recorded: str


@dataclass(frozen=True)
class Words:
    """data/moments.toml [words]."""

    did: Mapping[str, str] = field(default_factory=dict)
    out_verbs: frozenset[str] = frozenset()
    me_verbs: frozenset[str] = frozenset()
    through_verbs: frozenset[str] = frozenset()
    through_words: frozenset[str] = frozenset()
    run_verbs: frozenset[str] = frozenset()
    exercises: tuple[str, ...] = ()
    give_verbs: frozenset[str] = frozenset()
    praise: tuple[str, ...] = ()
    praise_words: frozenset[str] = frozenset()
    request: tuple[str, ...] = ()
    of_nouns: frozenset[str] = frozenset()
    own_words: tuple[str, ...] = ()
    saying: frozenset[str] = frozenset()
    planned: tuple[str, ...] = ()
    corrected: tuple[str, ...] = ()  # 'i was wrong', 'should have': a jot of a correction
    quote_min_words: int = 3
    quote_max_words: int = 16

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Words:
        """data/moments.toml [words]; InvalidInput, in one line, for a value of the wrong kind."""
        try:
            return cls._read(data)
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidInput(
                f"data/moments.toml [words]: a value of the wrong kind ({exc})"
            ) from None

    @classmethod
    def _read(cls, data: Mapping[str, Any]) -> Words:
        def low(key: str) -> list[str]:
            value = data.get(key, ())
            if isinstance(value, str):
                raise TypeError(f"{key} must be a list")
            return [str(x).lower() for x in value]

        return cls(
            did={str(k).lower(): str(v) for k, v in data.get("did", {}).items()},
            out_verbs=frozenset(low("out_verbs")),
            me_verbs=frozenset(low("me_verbs")),
            through_verbs=frozenset(low("through_verbs")),
            through_words=frozenset(low("through_words")),
            run_verbs=frozenset(low("run_verbs")),
            exercises=tuple(sorted(low("exercises"), key=len, reverse=True)),
            give_verbs=frozenset(low("give_verbs")),
            praise=tuple(sorted(low("praise"), key=len, reverse=True)),
            praise_words=frozenset(low("praise_words")),
            request=tuple(sorted(low("request"), key=len, reverse=True)),
            of_nouns=frozenset(low("of_nouns")),
            own_words=tuple(low("own_words")),
            saying=frozenset(low("saying")),
            planned=tuple(low("planned")),
            corrected=tuple(low("corrected")),
            quote_min_words=int(data.get("quote_min_words", 3)),
            quote_max_words=int(data.get("quote_max_words", 16)),
        )


class _Named(Protocol):
    name: str


Resolve = Callable[[str], _Named | None]  # a word or two of a jot -> the one person it names
Lead = Callable[[str], _Named | None]  # a jot -> the person it is about, if any
Reads = Callable[[str, str], str | None]  # (words, 'np' | 'vp' | 'clause' | 'quote') -> said


_QUOTE = re.compile(
    r"(?<![\w])['‘\"“](?P<q>[^'‘’\"“”]*?(?:[\w][’'][\w][^'‘’\"“”]*?)*)['’\"”](?![\w])"
)
_PARTS = re.compile(r"\s*(?:->|→|=>|⇒|➡)\s*|\s+[-–—]\s+|,\s+|;\s+|\.\s+|:\s+|\s*\|\s*")
_MARKS = re.compile(r"^\s*(?:\[[^\]]*\]\s*|\d+[.)]\s*|\([+?!-]\)\s*|[→•*-]\s*|nb:?\s*)+", re.I)
_PRONOUNS = frozenset(["he", "she", "they"])
# what a jot says of how it went, not of what happened: an emoji, 'lol', a bracketed aside
_ASIDES = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+|\s*\([^()]*\)|\b(?:lol|haha+|ha ha)\b", re.I
)
_SLOT = "\u27e8{}\u27e9"  # where a quote stood in a jot while its parts are read


def _quotes(jot: str) -> tuple[str, list[str]]:
    """The jot with each quote replaced by a marker ('⟨0⟩'), and the quotes."""
    found: list[str] = []

    def mark(m: re.Match[str]) -> str:
        found.append(m.group("q").strip())
        return _SLOT.format(len(found) - 1)

    return _QUOTE.sub(mark, jot), found


def _subject(part: str, current: _Named | None, resolve: Resolve) -> tuple[_Named | None, str]:
    """Who a part of a jot opens on (a name, or 'he'/'she' for the person the jot is about),
    and the rest of it; the jot's person and the whole part when it opens on no one."""
    words = part.split()
    if len(words) < 2:
        return current, part
    if words[0].lower() in _PRONOUNS:
        return current, " ".join(words[1:])
    for n in (2, 1):  # 'dr chua asked …', 'stu got …' (the resolver refuses 'asked priya')
        if len(words) > n:
            who = resolve(" ".join(words[:n]))
            if who is not None:
                return who, " ".join(words[n:])
    return current, part


def _yours(text: str) -> str:
    """Their things, said to them: 'his logbook' -> 'your logbook'."""
    return re.sub(r"\b(?:his|her|their)\b", "your", text, flags=re.I)


def _did(rest: str, words: Words, reads: Reads) -> str | None:
    """What a reader did with the candidate, as 'Thank you for …' takes it ('got the borescope
    kit out' -> 'getting the borescope kit out', 'asked me to talk thru a X' -> 'asking me to
    talk through a X'); None for anything else, or when its words do not read."""
    low = rest.lower()
    verb, _, after = low.partition(" ")
    ing = words.did.get(verb)
    if ing is None or not after:
        return None
    body = rest.split(" ", 1)[1]
    m = re.fullmatch(r"(?P<np>(?:the|a|an|his|her|their)\s.+?)\s+out", body, re.I)
    first = re.fullmatch(r"out\s+(?P<np>(?:the|a|an|his|her|their)\s.+)", body, re.I)
    out = m or first
    if verb in words.out_verbs and out:  # 'got the kit out', 'brought out the ledger'
        np = reads(_yours(out.group("np")), "np")
        return (f"{ing} {np} out" if m else f"{ing} out {np}") if np else None
    m = re.fullmatch(r"me\s+(?:to\s+)?(?P<vp>\w[\w-]*\s.+)", body, re.I)
    if m and (verb in words.me_verbs or (verb == "asked" and body.lower().startswith("me to "))):
        act = re.split(r"\s+and\s+", m.group("vp"))[0]  # 'walk the mob and pick three'
        vp = reads(_yours(act), "vp")
        to = " to" if verb in ("asked", "got") else ""
        return f"{ing} me{to} {vp}" if vp else None
    m = re.fullmatch(r"me\s+(?P<by>\w+)\s+(?P<np>.+)", body, re.I)
    if m and verb in words.through_verbs and m.group("by").lower() in words.through_words:
        np = reads(_yours(m.group("np")), "np")
        return f"{ing} me through {np}" if np else None
    m = re.fullmatch(r"(?:me\s+)?(?P<np>(?:a|an|the)\s.+)", body, re.I)
    if m and verb in words.run_verbs:
        np = reads(m.group("np"), "np")
        if np and any(
            re.search(shipped(rf"\b{re.escape(x)}\b"), np.lower()) for x in words.exercises
        ):
            return f"{ing} " + re.sub(r"^(?:a|an)\s", "the ", np)
        return None
    m = re.fullmatch(r"me\s+(?P<np>(?:the|a|an|his|her|their)\s.+)", body, re.I)
    if m and verb in words.give_verbs:
        np = reads(_yours(m.group("np")), "np")
        return f"{ing} me {np}" if np else None
    m = re.fullmatch(
        r"(?P<np>(?:the|a|an|his|her|their)\s.+?)\s+on the (?:table|desk|bench)", body, re.I
    )
    if m and verb == "put":
        np = reads(_yours(m.group("np")), "np")
        return f"putting {np} on the table" if np else None
    return None


def _praise(rest: str, quotes: Sequence[str], words: Words, reads: Reads) -> tuple[str, str] | None:
    """Praise a reader gave, as ('praise_how', 'I rang MCC before signing') or ('praise',
    'the tiered response'); None for anything else, or when its words do not read."""
    low = rest.lower()
    said = re.fullmatch(
        r"said\s+(?P<np>(?:my|the)\s.+?)\s+(?:was|were|is)\s+\u27e8(?P<q>\d+)\u27e9", rest, re.I
    )
    if said:  # 'said my grain match was 'spot on'': praise when the words are
        good = quotes[int(said.group("q"))].lower()
        if good in words.praise_words:
            np = reads(said.group("np"), "np")
            return ("praise", np) if np else None
        return None
    verb = next((v for v in words.praise if low.startswith(v + " ")), None)
    if verb is None:
        return None
    obj = rest[len(verb) + 1 :].strip()
    m = re.match(r"(?:that|how)\s+i\s+(?P<clause>.+)$", obj, re.I)
    if m:
        clause = reads("I " + m.group("clause"), "clause")
        return ("praise_how", clause) if clause else None
    if re.match(r"(?:my|the)\s", obj, re.I) and "\u27e8" not in obj:
        thing = reads(obj, "np")
        return ("praise", thing) if thing else None
    return None


def _request(rest: str, before: str | None, words: Words, reads: Reads) -> str | None:
    """What a reader asked to be sent or shown ('asked to see a screenshot'), with what it is
    of when a bare thing of something follows a part that names it ('the recruitment tracker I
    built …' -> 'a screenshot of the recruitment tracker'); None when nothing reads."""
    low = rest.lower()
    cue = next((c for c in words.request if low.startswith(c + " ")), None)
    if cue is None:
        return None
    thing = rest[len(cue) + 1 :].strip()
    if not re.match(r"(?:a|an|the|my|some)\s", thing, re.I):
        return None
    np = reads(thing, "np")
    if np is None:
        return None
    head = np.split()[-1].lower()
    if len(np.split()) == 2 and head in words.of_nouns and before:
        named = re.match(r"((?:the|my)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:i|we)\s", before, re.I)
        of = reads(named.group(1), "np") if named else reads(before, "np")
        if of and len(of.split()) <= 6:
            return f"{np} of {of}"
    return np


def _planned(part: str, words: Words) -> bool:
    low = part.lower()
    return any(re.search(shipped(rf"(?<![\w]){re.escape(w)}(?![\w])"), low) for w in words.planned)


def _quote_said(q: str, before: str, words: Words, reads: Reads) -> str | None:
    """A quote as a note may give it back: the reader's own words (never after 'i said'), not a
    name for something ('calls the apron …'), a few words long, in words that read."""
    n = len(q.split())
    if n < words.quote_min_words or n > words.quote_max_words:
        return None
    low = " ".join(before.lower().split())
    if any(w in low for w in words.own_words):
        return None
    last = low.split()[-1] if low.split() else ""
    if last and last not in words.saying:  # 'so he can …', 'says casutt is …': a fragment
        return None
    return reads(q.strip(" .,;!?"), "quote")


def _corrected(jot: str, words: Words) -> bool:
    """Whether a jot says the reader put the candidate right ("he said 'not permitted for an
    MFI'. I was wrong there", "'that changes your answer' - should have asked"): their words
    there are a correction, never one a note gives back as what stayed with the candidate."""
    low = " ".join(str(jot).lower().replace("’", "'").split())
    return any(w in low for w in words.corrected)


def moments_of(
    topics: Sequence[str],
    resolve: Resolve,
    lead: Lead,
    reads: Reads,
    words: Words,
) -> dict[str, Moment]:
    """Each reader's moment, by their recorded name: the first of KINDS any of their jots
    holds, in the order jotted. `topics` are the jots a note may speak of (none said in
    confidence)."""
    found: dict[str, list[Moment]] = {}

    def add(kind: str, who: _Named | None, said: str | None, jot: str) -> None:
        if who is not None and said:
            found.setdefault(who.name, []).append(Moment(kind, who.name, said, jot))

    for jot in topics:
        text, quotes = _quotes(" ".join(str(jot).split()))
        text = " ".join(_ASIDES.sub(" ", _MARKS.sub("", text)).split())
        current = lead(str(jot))
        parts = [p.strip(" .") for p in _PARTS.split(text) if p and p.strip(" .")]
        before: str | None = None
        did_by: dict[str, list[str]] = {}
        for part in parts:
            who, rest = _subject(part, current, resolve)
            current = who  # 'stu got the kit out, asked me to …': still Stu
            asked = _request(rest, before, words, reads)
            if asked:
                add("request", who, asked, jot)
            elif not _planned(part, words):
                did = _did(rest, words, reads)
                if did and who is not None:
                    did_by.setdefault(who.name, []).append(did)
                praised = _praise(rest, quotes, words, reads)
                if praised:
                    add(praised[0], who, praised[1], jot)
                for m in re.finditer(r"\u27e8(\d+)\u27e9", part):
                    if _planned(quotes[int(m.group(1))], words) or _corrected(jot, words):
                        continue
                    said = _quote_said(quotes[int(m.group(1))], part[: m.start()], words, reads)
                    add("quote", who, said, jot)
            before = part
        for name, acts in did_by.items():
            found.setdefault(name, []).append(Moment("did", name, " and ".join(acts[:2]), jot))
    out: dict[str, Moment] = {}
    for name, ms in found.items():
        ranked = sorted((m for m in ms if m.said), key=lambda m: KINDS.index(m.kind))
        if ranked:
            out[name] = ranked[0]
    return out

"""The one gate between a jot and a note: may these words be said, and how.

Every fragment a note takes from the record (a topic, a detail, an item, the candidate's own
exercise, a person's story) passes `judge` before it is written, and the answer is one of:

- `exact`: a clean phrase whose every word is known English, a name the record writes the
  same way, or shorthand with a sure expansion, taken whole from the jot (never a guess at
  what it is about, never cut off in the middle of the jot's own words);
- `quote`: the interviewer's own words, in quotation marks, said back as theirs;
- `unsure`: anything else (another language, a cut-off phrase, a note to self, a pronoun or
  a number with no noun, a word whose meaning only the writer knows: "my bit", "standard
  ones"). An unsure fragment never reaches a note; the draft says it left it out and how to
  add it in the user's own words.

Pure: the word lists are data/phrasing.toml [standalone] (`vague_heads`, `self_notes`,
`no_referent`, `particles`); a lexicon without them judges by the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from followup.core import phrasing
from followup.core.regex_programs import shipped

EXACT = "exact"
QUOTE = "quote"
UNSURE = "unsure"

GUESSED = "it is a guess at what the jot is about, not the jot's own words"
VAGUE = "'{word}' only means something to you: say what it was"
SELF_NOTE = "it is a note to yourself ('{word}'), not something you discussed"
NO_REFERENT = "'{word}' points at something the note does not name"
BARE_NUMBER = "'{word}' is a number with no noun: say what it counts"
UNKNOWN = "'{word}' is not an English word the note can be sure of"
FOREIGN = "the jot is partly in another language, so '{word}' may not mean what it says in English"
CUT_FRONT = "it leaves out how the jot begins ('{word}'), so it may not say what was meant"
SYMBOL = "'{word}' is a jotting symbol: say it in words"
SHORTHAND = phrasing.SHORTHAND_LEFT
QUESTION = "it is a question in your notes: say who asked what"
CUT_END = "it stops before the jot's words end ('{word}' goes on), so it is cut off"

_TOKEN = re.compile(r"[^\W_][\w'’.&+-]*[^\W_]%?|[^\W_]%?|[/+&?()\[\]]|[-–—]{1,2}>?|[:;,=→]")
_SEPARATORS = frozenset(
    [",", ";", ":", "=", "→", "->", "-", "–", "—", "--", "(", ")", "?", "[", "]"]
)
_JOINS = frozenset(["/", "+", "&"])
_QUOTED = re.compile(r"(?<![\w])['‘\"“]([^'’\"”]{6,}?)['’\"”](?![\w])")
_LEADS = frozenset(
    ["the", "a", "an", "your", "their", "our", "my", "his", "her", "its", "this", "that", "how",
     "you", "they", "we", "i", "me", "from", "on", "of"]
)  # fmt: skip
_DEFAULT_NO_REFERENT = frozenset(["he", "she", "him", "they", "them", "it", "these", "those"])
_DEFAULT_VAGUE = frozenset(["bit", "bits", "part", "one", "ones", "stuff", "thing", "things"])


@dataclass(frozen=True)
class Verdict:
    """What a note may say of one jot: `say` is EXACT, QUOTE or UNSURE; `text` the words (empty
    when unsure); `why` the reason it is unsure, as the draft tells the user."""

    say: str
    text: str = ""
    why: str = ""

    @property
    def said(self) -> bool:
        return self.say != UNSURE


def _words(lexicon: phrasing.Lexicon, key: str, default: frozenset[str]) -> frozenset[str]:
    return lexicon.standalone.get(key, default)


def _tokens(text: str) -> list[str]:
    return [t.lower().strip(".'’") or t for t in _TOKEN.findall(text)]


def _known(word: str, lexicon: phrasing.Lexicon) -> bool:
    """An English word, a word of the trade, or shorthand the data expands."""
    low = word.lower()
    return (
        low in lexicon.known_words
        or low in lexicon.shorthand
        or low in lexicon.stopwords
        or lexicon.known_word is None
        or lexicon.known_word(low)
    )


def _named(names: Iterable[str]) -> set[str]:
    """The words the record writes as names, with a capital ('Kestrel', 'Tafelstuk'), in
    lower case: an item typed in lower case names nothing."""
    return {w.lower() for n in names for w in re.findall(r"[\w'’-]+", n) if w[:1].isupper()}


def foreign_words(text: str, lexicon: phrasing.Lexicon, names: Iterable[str] = ()) -> list[str]:
    """The lower-case words of a jot that are no English word, no shorthand and no name the
    record writes ('poire', 'rôtie', 'semana'): two or more say the jot is partly another
    language."""
    named = _named(names)
    out = []
    for raw in re.findall(r"(?<![\w'’@/-])[^\W\d_][\w'’-]*", text):
        if raw[:1].isupper() or raw.lower() in named or len(raw) < 3:
            continue
        if not all(_known(part, lexicon) for part in re.sub(r"['’]s$", "", raw).split("-") if part):
            out.append(raw.lower())
    return out


def quoted(recorded: str) -> str | None:
    """The words a jot quotes ('… "we'd rather you stop the line" …'): three words or more in
    quotation marks; None when it quotes nothing."""
    m = _QUOTED.search(recorded)
    if m is None or len(m.group(1).split()) < 3:
        return None
    return " ".join(m.group(1).split())


_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip


def _matches(jot: str, said: str, lexicon: phrasing.Lexicon) -> bool:
    if jot == said or phrasing.stem(jot) == phrasing.stem(said) or _NUMBERS.get(said) == jot:
        return True
    expanded = (lexicon.shorthand.get(jot) or "").lower().split()
    if not expanded and jot.endswith("s"):  # 'techs': the plural of shorthand it knows
        expanded = (lexicon.shorthand.get(jot[:-1]) or "").lower().split()
    stems = {phrasing.stem(e) for e in expanded}
    return bool(expanded) and (said in expanded or phrasing.stem(said) in stems)


def _align(jot: list[str], said: list[str], lexicon: phrasing.Lexicon) -> tuple[int, int] | None:
    """Where the phrase's words stand in the jot's tokens: (first, last) index, the first word
    matched and each later one found in order after it; None when they are not all there."""
    if not said:
        return None
    for start, token in enumerate(jot):
        if not _matches(token, said[0], lexicon):
            continue
        at, ok = start, True
        for word in said[1:]:
            nxt = next(
                (
                    i
                    for i in range(at + 1, min(len(jot), at + 4))
                    if _matches(jot[i], word, lexicon)
                ),
                None,
            )
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return start, at
    return None


_UNIT = re.compile(r"(?i)%|[kmb]|x|h|hrs?|mins?|ms|s|km|kg|t|mm|m[23²³]|pp|pts?|ppl|people|staff")


def _a_value(number: str, after: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a figure after a phrase says how much of it there is ('rate 14%', 'backlog 11
    weeks', 'drift after 6 h'), not which one it is ('route 7', 'notice 626'); a year is a
    time ('launch 2028')."""
    if re.fullmatch(r"(?:19|20)\d\d", number) or number.endswith("%"):
        return True
    unit = re.sub(r"^\d[\d.,]*", "", number) or after
    return bool(_UNIT.fullmatch(unit)) or unit in _words(lexicon, "time_heads", frozenset())


def _cut(recorded: str, phrase: str, kind: str, lexicon: phrasing.Lexicon) -> str | None:
    """Why the phrase is cut from the jot (CUT_FRONT, CUT_END), or None."""
    jot = _tokens(recorded)
    body = [t for t in _tokens(phrase) if t not in _SEPARATORS and t not in _JOINS]
    while body and body[0] in _LEADS:
        body = body[1:]
    found = _align(jot, body, lexicon)
    if found is None:
        return None
    first, last = found
    particles = _words(lexicon, "particles", frozenset())
    if kind not in ("story", "exercise", "item", "clause"):
        before = first - 1
        while before >= 0 and jot[before] in _LEADS:
            before -= 1
        if before >= 0 and jot[before] not in _SEPARATORS and jot[before] not in _JOINS:
            return CUT_FRONT.format(word=jot[before])
    after = last + 1
    if after < len(jot) and jot[after] == "(":  # an aside in brackets: what follows it counts
        close = next((i for i in range(after, len(jot)) if jot[i] == ")"), len(jot) - 1)
        after = close + 1
    if after >= len(jot):
        return None
    nxt = jot[after]
    following = jot[after + 1] if after + 1 < len(jot) else ""
    if nxt in _JOINS and following and following not in _SEPARATORS:
        starts_note = following.endswith("ing") or following in lexicon.base_verbs
        if nxt == "/" or not starts_note:  # 'testers + moving repair tracking …': a new note
            return CUT_END.format(word=f"{jot[last]}{nxt}{following}")
        return None
    if nxt == "?" and kind != "question":
        return QUESTION
    if nxt in _SEPARATORS:
        return None
    if nxt[:1].isdigit() and not _a_value(nxt, following, lexicon):  # 'route 7', 'bay 12'
        return CUT_END.format(word=f"{jot[last]} {nxt}")
    if nxt == "of" or nxt in particles:
        return CUT_END.format(word=f"{jot[last]} {nxt}")
    if following and _matches(following, jot[last], lexicon):  # 'shot by shot', 'step by step'
        return CUT_END.format(word=f"{jot[last]} {nxt} {following}")
    return None


def _self_note(recorded: str, phrase: str, lexicon: phrasing.Lexicon) -> str | None:
    """The note-to-self marker of a jot ('TODO', '(?)', 'look up'), unless the phrase is said
    whole in a part of the jot before it ('visit schedule - TODO: ask which system')."""
    low = recorded.lower()
    for note in sorted(_words(lexicon, "self_notes", frozenset()), key=len, reverse=True):
        m = re.search(shipped(rf"(?<![\w]){re.escape(note)}(?![\w])" if note[:1].isalpha()
                              else re.escape(note)), low)  # fmt: skip
        if m is None:
            continue
        before = re.split(r"\s[-–—]+>?\s|[,;:(]\s*|→", recorded[: m.start()])
        kept = " ".join(before[:-1]) if len(before) > 1 else ""
        body = [t for t in _tokens(phrase) if t not in _LEADS]
        if kept and _align(_tokens(kept), body, lexicon) is not None:
            continue
        return note
    return None


def judge(
    recorded: str,
    phrase: str,
    lexicon: phrasing.Lexicon,
    *,
    kind: str = "topic",
    names: Iterable[str] = (),
    guessed: bool = False,
) -> Verdict:
    """May a note say `phrase` for the jot `recorded`? (see the module docstring). `names` are
    the names the record writes (people, company, items); `guessed`: the phrase is one the
    composer picked out of a jot it could not read whole."""
    names = [n for n in names if n]
    said = " ".join(phrase.split())
    if not said:
        return Verdict(UNSURE, why="it is empty")
    quote = quoted(recorded)
    if quote is not None and said.strip("'‘’\"“”") == quote:
        if foreign_words(quote, lexicon, names):
            return Verdict(UNSURE, why=FOREIGN.format(word=foreign_words(quote, lexicon, names)[0]))
        return Verdict(QUOTE, f"“{quote}”")
    if guessed:  # picked out of a jot it could not read whole: only the jot's own words
        body = [t for t in _tokens(said) if t not in _LEADS]
        if _align(_tokens(recorded), body, lexicon) is None:
            return Verdict(UNSURE, why=GUESSED)
        kind = "topic"  # and only from where a part of the jot begins
    note = _self_note(recorded, said, lexicon)
    if note is not None:
        return Verdict(UNSURE, why=SELF_NOTE.format(word=note))
    symbol = re.search(r"(?<=[a-z]) ([&+=~]|->|→) (?=[a-z])", said)
    if symbol:  # 'the pick & pack station': a jotting symbol between words ('R&D' is a name)
        return Verdict(UNSURE, why=SYMBOL.format(word=symbol.group(1)))
    short = phrasing.shorthand_words(said, lexicon)
    if short:  # 'the GST recon': reconciliation or reconstruction, only the writer knows
        return Verdict(UNSURE, why=SHORTHAND.format(word=short[0]))
    words = [w.strip(",.;:()'’\"“”") for w in said.split()]
    lows = [w.lower() for w in words]
    vague = _words(lexicon, "vague_heads", _DEFAULT_VAGUE)
    leads = _LEADS | _words(lexicon, "vague_leads", frozenset()) | {"a", "few"}
    head = next((i for i, w in enumerate(lows) if w not in leads), len(lows))
    after = lows[head + 1] if head + 1 < len(lows) else ""
    if (
        head < len(lows)
        and lows[head] in vague
        and (not after or after in lexicon.slots.prepositions)
    ):
        # 'my bit', 'the usual ones', 'my part on the sieve change': a head only you can read
        return Verdict(UNSURE, why=VAGUE.format(word=" ".join(words[max(0, head - 1) : head + 1])))
    no_referent = _words(lexicon, "no_referent", _DEFAULT_NO_REFERENT)
    for w in lows:
        if w in no_referent:
            return Verdict(UNSURE, why=NO_REFERENT.format(word=w))
    for i, w in enumerate(words):
        if not re.fullmatch(r"[~≈]?\d[\d.,]*(?:ish)?", w):
            continue
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        titled = i > 0 and words[i - 1][:1].isupper()  # 'Year 10', 'SOC 2'
        if titled or re.fullmatch(r"(?:19|20)\d\d", w):  # a year says what it is
            continue
        if i > 0 and lows[i - 1] == "from" and nxt == "to":  # 'from 11 to under 5 a month'
            continue
        if not nxt or nxt in lexicon.slots.prepositions or nxt[:1].isdigit():
            return Verdict(UNSURE, why=BARE_NUMBER.format(word=w))
    unknown = phrasing.unknown_word(phrasing.known_names(said, names), lexicon)
    if unknown and unknown not in _named(names):
        return Verdict(UNSURE, why=UNKNOWN.format(word=unknown))
    foreign = foreign_words(recorded, lexicon, names)
    if len(foreign) >= 2:
        jot = set(_tokens(recorded))
        stems = {phrasing.stem(j) for j in jot}
        named = _named(names)
        added = [w for w in lows if w and w not in jot and w not in _LEADS and w not in named
                 and phrasing.stem(w) not in stems]  # fmt: skip
        if added:
            return Verdict(UNSURE, why=FOREIGN.format(word=words[lows.index(added[0])]))
    cut = _cut(recorded, said, kind, lexicon)
    if cut is not None:
        return Verdict(UNSURE, why=cut)
    return Verdict(EXACT, said)


_GLUE = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
     "did", "will", "would", "can", "could", "should", "to", "that", "and", "or", "not", "you",
     "your", "yours", "i", "my", "we", "our", "still", "now", "more", "than", "so", "get",
     "gets", "getting", "going"]
)  # fmt: skip


def added_words(
    recorded: str, said: str, lexicon: phrasing.Lexicon, names: Iterable[str] = ()
) -> list[str]:
    """The words a clause says that its jot does not (neither the word, its stem, nor what the
    jot's shorthand stands for): 'team' in 'the team is rolling out in January' of 'new POS
    …, rolling out jan': a subject the composer supplied, so a guess."""
    jot = _tokens(recorded)
    named = _named(names)  # a person the record names ('Pita is moving …') is no guess
    out = []
    for word in _tokens(said):
        if word in named:
            continue
        if word in _GLUE or word in _LEADS or word in lexicon.stopwords or not word[:1].isalpha():
            continue
        if (
            word in lexicon.slots.prepositions
            or word in _words(lexicon, "particles", frozenset())  # 'bring … down'
            or any(_matches(j, word, lexicon) for j in jot)
        ):
            continue
        if lexicon.is_noun is not None and not lexicon.is_noun(word):
            continue  # 'bring … down', 'under': how the composer says a goal, not a guess
        out.append(word)
    return out


def judge_clause(
    recorded: str, said: str, lexicon: phrasing.Lexicon, names: Iterable[str] = ()
) -> Verdict:
    """May a note say the jot as this whole thought? Only when it adds no word of its own (a
    subject or an object the jot leaves out is a guess; a name the record writes is none)
    and passes `judge` otherwise."""
    names = list(names)
    added = added_words(recorded, said, lexicon, names)
    if added:
        return Verdict(UNSURE, why=f"'{added[0]}' is not in your note: {GUESSED}")
    return judge(recorded, said, lexicon, kind="clause", names=names)

"""Mechanical measures of written notes: what a careful reader would mark without reading for
tone. Used by the tests and by bench/draft_heldout.py.

Pure. Each measure takes note texts (and what the record says) and returns the findings:
shorthand and note symbols left in the prose, a title with a first name ("Dear Dr. Karen"),
names left in lower case, doubled full stops, the company or role named more than twice, the
wrong English for the recipient, sentences shared inside a panel, word 3-gram Jaccard between
panel notes, and stock sentences shared by the notes of many different users.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from followup.core import phrasing
from followup.core.legal_forms import without_legal_form
from followup.core.people import DEPARTMENTS

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TITLED_FIRST = re.compile(r"\b(Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+([A-Z][a-z]+)\s*[,:]")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def norm_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"[A-Za-z0-9']+", text))


def body_of(text: str) -> str:
    """A note without its Subject line, greeting and signature block (from the sign-off)."""
    lines = text.strip().splitlines()
    if lines and lines[0].lower().startswith("subject:"):
        lines = lines[1:]
    for i, line in enumerate(lines):
        if re.match(r"^\s*(dear|hi|hello)\b.*[,:]\s*$", line, re.IGNORECASE):
            lines = lines[i + 1 :]
            break
    for i in range(len(lines) - 1, -1, -1):
        if re.match(r"^[A-Z][A-Za-z ,']{0,30},\s*$", lines[i].strip()):
            lines = lines[:i]
            break
    return "\n".join(lines).strip()


def leaked_shorthand(text: str, lexicon: phrasing.Lexicon, names: Iterable[str] = ()) -> list[str]:
    """Shorthand and note symbols ('nxt', 'w/', '->', '=', '+') left in a note's body; the
    record's own names ('Maple & Pine Outfitters', also as said without a legal form) are not
    counted."""
    body = body_of(text)
    names = [*names]
    names += [without_legal_form(n) for n in names]  # 'Hartigan & Moss' of '… LLP'
    for name in sorted(names, key=len, reverse=True):
        if name:
            body = re.sub(re.escape(name), " ", body, flags=re.IGNORECASE)
    return phrasing.leaked(body, lexicon)


def titled_first_names(text: str, people: Iterable[str]) -> list[str]:
    """'Dear Dr. Karen,': a title with a person's first name."""
    firsts = {phrasing.name_parts(p).first for p in people}
    return [m.group() for m in _TITLED_FIRST.finditer(text) if m.group(2) in firsts]


def lower_case_names(text: str, people: Iterable[str], company: str = "") -> list[str]:
    """People's names, or the company's, written in lower case ('Dear bob,')."""
    found = []
    for name in people:
        for part in phrasing.person_name(phrasing.bare_name(name)).split():
            low = part.lower().rstrip(".")
            if len(part) < 3 or low in phrasing._particles() or not part[:1].isupper():
                continue
            if low in phrasing.TITLES or low in phrasing.PREFIXES or low in DEPARTMENTS:
                continue  # 'chef' in 'sous chef role', 'team' in 'Recruitment Team' are no names
            pattern = rf"(?<![\w@.]){re.escape(part.lower())}(?![\w@])"
            found += [m.group() for m in re.finditer(pattern, text)]
    bare = re.sub(r"^the\s+", "", " ".join(company.split()), flags=re.IGNORECASE)
    if bare and bare != bare.lower():
        found += re.findall(rf"(?<![\w@.]){re.escape(bare.lower())}(?!\w)", text)
    return found


_PRONOUN_END = re.compile(r"\b(?:that|it|this|them|those|there)\s*[.!?]$", re.IGNORECASE)
_PRONOUN_LEAD = re.compile(r"^(?:That|This|Those)\s+(?!(?:kind|sort|type|part|work|role|job)\b)\w")


def dangling_sentences(text: str) -> list[str]:
    """Short sentences of a note's body that point back by a pronoun alone, so their referent
    is unclear or they say nothing: 'I'd like to work on that.', 'I'd welcome the chance to
    help there.', 'That stayed with me.' (eight words or fewer)."""
    found = []
    for s in sentences(body_of(text)):
        n = len(norm_words(s))
        if n <= 8 and _PRONOUN_END.search(s) or n <= 6 and _PRONOUN_LEAD.match(s):
            found.append(s)
    return found


def role_as_team(text: str, role: str) -> list[str]:
    """A job title used as the name of a team: 'join the Director of Education team'."""
    role = " ".join(role.split())
    if not role:
        return []
    pattern = rf"\bthe\s+{re.escape(role)}\s+(?:team|department|group|unit)\b"
    return [m.group() for m in re.finditer(pattern, body_of(text), re.IGNORECASE)]


_NO_ARTICLE = re.compile(
    r"\b(?:on|at|in|from|for|with)\s+(?:last|previous|current|former|present)\s+"
    r"(?!(?:year|week|month|quarter|time|night|season|term|summer|winter|spring|autumn|fall)\b)"
    r"[a-z]+\b|"
    r"\b(?:led|managed|ran|delivered|owned|ran|ran)\s+[$€£¥]\d[\w.,]*\s+[a-z]+\b|"
    r"\bhow\s+(?!(?:the|a|an|my|your|their|our|his|her|its|this|that|these|those|every|each|"
    r"some|most|all|much|many|more|few|you|we|they|i|he|she|it)\b)[a-z]+(?:\s+[a-z]+)?[^s\W]"
    r"\s+(?:is|was|has)\b"
)


def missing_articles(text: str) -> list[str]:
    """A singular noun English gives an article that a note says without one: 'on last
    project', 'led $30M programme', 'how docent program is mostly retirees'."""
    return [m.group() for m in _NO_ARTICLE.finditer(body_of(text))]


def double_stops(text: str) -> list[str]:
    return [m.group() for m in re.finditer(r"\w\.\.(?!\.)", text)]


def mentions(text: str, phrase: str, ignore: Iterable[str] = ()) -> int:
    """How often the company or role is named (Subject line included); words inside the
    `ignore` phrases (the candidate's qualifications: 'Diploma of Paralegal Studies') do not
    name the role."""
    phrase = " ".join(phrase.split()).rstrip(".")
    if not phrase:
        return 0
    for other in ignore:
        if other.strip():
            text = re.sub(re.escape(" ".join(other.split())), " ", text, flags=re.IGNORECASE)
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE))


def wrong_spellings(text: str, locale: str, english: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Words spelled for another English: en-GB/en-CA words in an en-US note, en-US words in
    an en-GB note, -ise words or US -or/-er words in an en-CA note (data/english.toml)."""
    british = dict(english.get("british", {}))
    ize = dict(english.get("ize", {}))
    if locale == "en-US":
        wrong = set(british.values()) | set(ize.values())
    elif locale == "en-CA":
        keep = set(english.get("canadian", {}).get("keep", []))
        wrong = (
            (set(british) - keep) | set(ize.values()) | {british[k] for k in keep & set(british)}
        )
    else:
        wrong = set(british) | set(ize)
    words = re.findall(r"[A-Za-z]+", body_of(text))
    return [w for w in words if w.lower() in wrong]


def trigrams(text: str) -> set[tuple[str, ...]]:
    ws = norm_words(text)
    return {ws[i : i + 3] for i in range(len(ws) - 2)}


def jaccard(a: str, b: str) -> float:
    ga, gb = trigrams(body_of(a)), trigrams(body_of(b))
    return len(ga & gb) / len(ga | gb) if ga | gb else 0.0


def shared_sentences(a: str, b: str, min_words: int = 6) -> list[str]:
    in_b = {norm_words(s) for s in sentences(body_of(b))}
    return [
        s
        for s in sentences(body_of(a))
        if len(norm_words(s)) >= min_words and norm_words(s) in in_b
    ]


@dataclass(frozen=True)
class PanelReport:
    pairs: int
    max_jaccard: float
    over_limit: int
    shared: tuple[tuple[str, str, str], ...]  # (note a, note b, sentence)


def panel_report(notes: Mapping[str, str], limit: float = 0.2, min_words: int = 6) -> PanelReport:
    names = sorted(notes)
    worst, over, shared = 0.0, 0, []
    pairs = 0
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pairs += 1
            j = jaccard(notes[a], notes[b])
            worst = max(worst, j)
            over += j >= limit
            shared += [(a, b, s) for s in shared_sentences(notes[a], notes[b], min_words)]
    return PanelReport(pairs, round(worst, 4), over, tuple(shared))


def stock_sentences(
    notes_by_user: Mapping[str, Sequence[str]], min_words: int = 8, min_users: int = 5
) -> dict[str, int]:
    """Sentences of min_words or more found in the notes of min_users or more users."""
    users: dict[tuple[str, ...], set[str]] = {}
    text_of: dict[tuple[str, ...], str] = {}
    for user, notes in notes_by_user.items():
        for note in notes:
            for s in sentences(body_of(note)):
                key = norm_words(s)
                if len(key) >= min_words:
                    users.setdefault(key, set()).add(user)
                    text_of.setdefault(key, s)
    return {text_of[k]: len(v) for k, v in users.items() if len(v) >= min_users}


# Sentences recruiters marked worst, by kind (issue 10), as far as their words show them:
# a claim bolted on with a stock tail that fits any claim; a topic praised oddly, left vague
# or left in the user's capitals; an empty line any note could say.
BAD_KINDS: Mapping[str, re.Pattern[str]] = {
    "stock_tail": re.compile(
        r"which bears directly on|which I'd draw on for|kind of work I'd like to do more of|"
        r"would serve this role well|so I know that ground well|to good use|"
        r"I'd bring that experience to the role|experience I'd be glad to put to work|"
        r"which I'd be glad to build on|I'd be glad to put that to use|"
        r"I'd hope to draw on that|which I'd bring to this role|something I'd bring with me|"
        r"which should be useful in this role|which I'd expect to draw on|"
        r"that is the experience I'd bring",
        re.IGNORECASE,
    ),
    "odd_topic": re.compile(
        r"was a highlight of the conversation|glad we had (?:the )?time to talk about|"
        r"glad we could cover|\bthe (?:big|whole|main) (?:push|thing|project|change)s?\b|"
        r"\b(?:the|your|our) (?:Team|Company|Business|Department|Dept|"
        r"Group|Client|Clients|Project|Site)\b(?! [A-Z])|\bpair prog\b|\bo/d\b"
    ),
    "empty_stock": re.compile(
        r"outline my background|references are ready|how things go from here|"
        r"I'd (?:gladly |happily )?(?:contribute|apply) my (?:skills|experience)|"
        r"I'm (?:keen|eager|ready) to apply my (?:skills|experience)|"
        r"I hope to apply my skills|offer my references on request|"
        r"I'd be glad to (?:apply|offer) my experience|I'd happily apply my skills",
        re.IGNORECASE,
    ),
}


def bad_kind_sentences(text: str) -> dict[str, list[str]]:
    """The sentences of a note's body (`text`: a whole note, Subject line and greeting
    allowed) that a pattern of BAD_KINDS finds, by kind ("stock_tail", "odd_topic",
    "empty_stock"); a kind with none is left out."""
    found: dict[str, list[str]] = {}
    for s in sentences(body_of(text)):
        for kind, pattern in BAD_KINDS.items():
            if pattern.search(s):
                found.setdefault(kind, []).append(s)
    return found

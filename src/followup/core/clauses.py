"""A jotted note read as a clause: who, the verb, and what it acts on, said as a whole thought.

Pure. 'priya wants the onboarding time ↓ from 6 wks to 3' is said to Priya as "you want the
onboarding time down from six weeks to three" (and to anyone else as "Priya wants …"); 'ward
short 4 RNs on nights' as "the ward is short four RNs on nights"; 'pick errors ↓ 40% since
voice picking went live' as "pick errors have fallen 40% since voice picking went live". The
verbs, the words that say a change without one ('short', 'behind', '↓') and the words a
subject takes are data (data/clauses.toml). A note that does not read whole in those words,
with every word known, is no clause: `read` gives None and the note is not said this way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from followup.core import phrasing, slot_grammar
from followup.core.errors import InvalidInput


@dataclass(frozen=True)
class Verb:
    base: str
    third: str
    past: str
    participle: str
    ing: str
    kind: str  # goal, plan, problem, down, up


@dataclass(frozen=True)
class ClauseWords:
    """data/clauses.toml."""

    verbs: Mapping[str, Verb] = field(default_factory=dict)  # any form -> the verb
    subjectless: frozenset[str] = frozenset()
    no_present: frozenset[str] = frozenset()
    doubled: frozenset[str] = frozenset()
    predicates: Mapping[str, str] = field(default_factory=dict)
    stances: Mapping[str, str] = field(default_factory=dict)  # 'interested in' -> 'goal'
    mass: frozenset[str] = frozenset()
    plural: frozenset[str] = frozenset()  # 'staff', 'people': plural without an s
    bad_when_up: frozenset[str] = frozenset()
    good_when_up: frozenset[str] = frozenset()
    team: frozenset[str] = frozenset()
    never: frozenset[str] = frozenset()
    capitals: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ClauseWords:
        verbs: dict[str, Verb] = {}
        for base, forms in (data.get("verbs") or {}).items():
            if not isinstance(forms, list) or len(forms) != 5:
                raise InvalidInput(f"clause data: verbs.{base} must list five forms and a kind")
            verb = Verb(str(base), *(str(f) for f in forms))
            for form in (verb.base, verb.third, verb.past, verb.participle, verb.ing):
                verbs.setdefault(form, verb)
        words = data.get("words") or {}

        def strings(table: Mapping[str, Any], key: str) -> frozenset[str]:
            value = table.get(key, [])
            if not isinstance(value, list):
                raise InvalidInput(f"clause data: {key} must be a list of words")
            return frozenset(str(v).lower() for v in value)

        return cls(
            verbs=verbs,
            subjectless=strings(data.get("verb_words") or {}, "subjectless"),
            doubled=strings(data.get("verb_words") or {}, "doubled"),
            no_present=strings(data.get("verb_words") or {}, "no_present"),
            predicates={str(k): str(v) for k, v in (data.get("predicates") or {}).items()},
            stances={str(k): str(v) for k, v in (data.get("stances") or {}).items()},
            mass=strings(words, "mass"),
            plural=strings(words, "plural"),
            bad_when_up=strings(words, "bad_when_up"),
            good_when_up=strings(words, "good_when_up"),
            team=strings(words, "team"),
            never=strings(words, "never"),
            capitals=strings(words, "capitals"),
        )


@dataclass(frozen=True)
class Clause:
    """A jot as a clause. `owner`: the person whose words it is (the record's name) when they
    are its subject; else `subject` says who or what ('the ward', 'wait times'). `phrase`
    holds the verb phrase for a subject in the singular ('one'), the plural or 'you'
    ('many'); `ing` what a note may say after 'what you said about' (only of the owner's own
    doing, else empty); `kind` goal, plan, problem, fact or change (a measure's rise
    nobody called good)."""

    recorded: str
    kind: str
    phrase: Mapping[str, str]
    owner: str = ""
    subject: str = ""
    plural: bool = False
    ing: str = ""

    def said(self, reader: str | None = None, name: str | None = None) -> str:
        """The clause as a note to `reader` (a name as recorded) says it: 'you …' to the
        owner, '<name> …' to anyone else (`name`: as the notes call the owner; else their
        first name)."""
        if self.owner:
            if reader is not None and reader == self.owner:
                return f"you {self.phrase['many']}"
            return f"{name or phrasing.name_parts(self.owner).first} {self.phrase['one']}"
        return f"{self.subject} {self.phrase['many' if self.plural else 'one']}"

    def gerund(self) -> str | None:
        return self.ing or None


_LEAD = re.compile(r"^(?:\d{3,4}|r\d{1,2}|q\d|[-•*]+)\s+", re.I)  # '0800', 'R3', '- '
# 'sven (ops mgr) - ', 'lina → ', 'sven (ops mgr) wants'
_SEP = r"\s*(?:\([^()]*\)\s*)?(?::|[-–—=]\s|->|→)\s*|\s*\([^()]*\)\s+"
_CUT = re.compile(r"\s*(?:;|,|\.\s|\s[-–—]\s|\(|\bbut\b|!|->|→)\s*")
_SYMBOLS = re.compile(r"[/@#=<>~*+&|\\→↓↑?!\[\]{}\"]|->|[$£€](?!\d)")
_NUMBER = re.compile(r"^[~$£€]?\d[\d,.]*(?:%|k|m|x)?$", re.I)
_AUX = {"is": "one", "are": "many", "'s": "one", "'re": "many", "has": "one", "have": "many"}
_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]  # fmt: skip
_ADVERBS = frozenset(["still", "now", "already", "also", "currently", "just", "recently"])


# their question, then an arrow before the candidate's answer ('why should we hire you -> my 6
# months …', 'she asked about juggling screens -> at the desk I …', 'how would you prove ROI? ->')
_ASKED = re.compile(
    r"(?i)(?:^|[.;,]\s*|\s[-–—]\s)(?:(?:she|he|they|[\w'’-]+)\s+)?(?:asked|asks|why|how|what|when|"
    r"where|which|would|could|can|do|did|does|is|are)\b[^.;]*?\s*(?P<arrow>->|→)"
)


def read(
    recorded: str, words: ClauseWords, lexicon: phrasing.Lexicon, people: Mapping[str, str]
) -> Clause | None:
    """The clause a jotted note says, or None. `people`: how the record names each panel
    member in a note (first name, surname, initials; lower case) -> their name as recorded.
    """
    if not words.verbs:
        return None
    text = " ".join(recorded.split())
    text = _LEAD.sub("", text)
    if "?" in text:
        return None  # a question is no statement of theirs
    speaker = _speaks(text, people)
    owner, text = _owner(text, people)
    if owner and re.match(r"^['’]s\b", text):
        return None
    text = re.sub(r"\s*\([^()]*\)", "", text)  # an aside: '(site-specific)', '(trial)'
    asked = _ASKED.search(text)
    if asked:
        # 'why hospital after 4 yrs -> steady work, want maintenance not build + go': what
        # follows the arrow after their question is the candidate's answer, never their point
        # ('Since you want maintenance…' was graded 1 in v40b)
        text = text[: asked.start("arrow")]
    # the parts of the jot that read as a clause ('amara: friction at the pass, tickets backing
    # up, wants a sous who talks to the floor'): the first that is its owner's own point (their
    # goal or plan), else the first
    found = [_figures(recorded, text, owner, words, lexicon, people)]
    for at, segment in enumerate(_CUT.split(text)):
        trouble = _TROUBLE.match(segment.strip())
        if trouble:  # 'problem = officer retention', 'their headache: SCC creeping up'
            found.append(_trouble(recorded, trouble, words, lexicon, people))
            continue
        segment = re.sub(r"(\d)\s?[-–]\s?(\d)", r"\1 to \2", segment.strip())  # '4-6'
        who, segment = _owner(segment, people)  # '…, dale needs lead hands who …'
        tokens = _tokens(segment, lexicon) if segment else None
        found.append(
            # after the first part, a verb with no subject goes on from that part's subject
            _parse(
                recorded,
                tokens,
                who or owner,
                words,
                lexicon,
                people,
                speaker and at > 0 and not who,
            )
            if tokens
            else None
        )
    said = [c for c in found if c is not None and not _cut(c, lexicon)]
    return next((c for c in said if c.owner), said[0] if said else None)


def _cut(clause: Clause, lexicon: phrasing.Lexicon) -> bool:
    """Whether a clause read from a jot is a piece of the jot's sentence cut where it does not
    read ('the still needs a sponsor', "needs a teacher who'll go"): core.slot_grammar.
    remnant_fault. Such a clause is never said."""
    if lexicon.word_classes is None:
        return False
    said = clause.said()
    return (
        slot_grammar.remnant_fault(said, lexicon.slots, lexicon.word_classes, lexicon.mass_nouns)
        is not None
    )


_TROUBLE = re.compile(
    r"(?i)^(?:(?:their|his|her|the|our|[a-z]+['’]s)\s+)?(?:big(?:gest)?\s+|main\s+)?"
    r"(?P<noun>problem|headache|worry|issue|bottleneck|pain point|challenge|concern)s?"
    r"\s*(?:=|:|is\b)\s*(?P<rest>.+)$"
)


def _trouble(
    recorded: str,
    trouble: re.Match[str],
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
    people: Mapping[str, str],
) -> Clause | None:
    """What a jot calls their problem: a clause of its own ('SCC creeping up' -> 'SCC is
    creeping up'), else the thing named, said as a problem ('officer retention is a
    problem')."""
    tokens = _tokens(trouble.group("rest"), lexicon)
    if not tokens:
        return None
    clause = _parse(recorded, tokens, "", words, lexicon, people)
    if clause is not None:
        return replace(clause, kind="problem")
    slots = lexicon.slots
    cut = next((i for i, t in enumerate(tokens) if t.lower() in slots.prepositions), len(tokens))
    head, tail = tokens[:cut], tokens[cut:]  # 'crew fatigue' 'on the late sailings'
    subject = _subject(head, "", words, lexicon, people) if 0 < len(head) <= 4 else None
    if subject is None or not subject[0]:
        return None
    more = _object(tail, words, lexicon) if tail else ""
    if more is None:
        return None
    if more:
        subject = (f"{subject[0]} {more}", subject[1])
    noun = trouble.group("noun").lower()
    said = f"the {noun}" if noun == "bottleneck" else f"a {noun}"
    return _made(recorded, "problem", {"one": f"is {said}", "many": f"are {said}"}, "",
                 subject[0], subject[1], "")  # fmt: skip


_UNITS = ("min", "mins", "minute", "minutes", "day", "days", "hr", "hrs", "hour", "hours",
          "wk", "wks", "week", "weeks", "pts", "points")  # fmt: skip
_WHEN = ("last", "this", "yr", "year", "now", "today", "currently", "avg", "average", "qtr",
         "quarter", "month", "mo")  # fmt: skip
_PERIODS = {"day": "day", "wk": "week", "week": "week", "mo": "month", "mth": "month",
            "month": "month", "yr": "year", "year": "year", "shift": "shift"}  # fmt: skip
_FIGURE = r"~?\d[\d.,]*%?"
_TARGET_FROM = re.compile(
    rf"(?i)^(?P<what>[A-Za-z][\w '&-]{{0,40}}?)\s+(?:sitting at|sitting|running at|at|is|=)?\s*"
    rf"(?P<a>{_FIGURE})(?P<tail>(?:\s+[a-z]+){{0,3}})$"
)
_TARGET_TO = re.compile(
    r"(?i)^(?:(?P<who>[\w-]+)\s+)?(?P<verb>wants?|targets?|aims? for|aiming for|goal is)\s+"
    r"(?:to\s+)?(?P<cmp><|>|under|below|over|above|~)?\s*(?P<b>\d[\d.,]*%?)(?P<plus>\+?)"
    r"(?P<by>\s+by\s+.+)?$"
)
_ARROW = re.compile(
    rf"(?i)(?:^|[,;.]\s*)(?P<what>[A-Za-z][\w '&-]{{0,40}}?)\s+(?P<a>{_FIGURE})\s*(?:->|→)\s*"
    rf"(?P<b>{_FIGURE})(?P<rest>[^,;.()]*)"
)


def _number(figure: str) -> float | None:
    try:
        return float(figure.strip("~%").replace(",", ""))
    except ValueError:
        return None


def _said_figure(figure: str) -> str:
    return ("about " if figure.startswith("~") else "") + figure.lstrip("~")


def _figures(
    recorded: str,
    text: str,
    owner: str,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
    people: Mapping[str, str],
) -> Clause | None:
    """A measure and where they want it ('food cost 34%, wants <30' -> 'you want to bring
    food cost down from 34% to under 30%'), or where it went ('ROAS 4.1 → 2.7 after the iOS
    changes' -> 'ROAS went from 4.1 to 2.7 after the iOS changes')."""
    parts = [p.strip() for p in _CUT.split(text) if p.strip()]
    for first, then in zip(parts, parts[1:], strict=False):
        a_m, b_m = _TARGET_FROM.match(first), _TARGET_TO.match(then)
        if a_m is None or b_m is None:
            continue
        tail = a_m.group("tail").split()
        unit = tail.pop(0) if tail and tail[0].lower() in _UNITS else ""
        rate = ""
        if len(tail) >= 2 and tail[0].lower() in ("a", "per") and tail[1].lower() in _PERIODS:
            rate, tail = f"a {_PERIODS[tail[1].lower()]}", tail[2:]  # 'falls 11 a month'
        if any(w.lower() not in _WHEN for w in tail):
            continue  # '64% of block time': the figure is of something else
        whose = owner
        who = (b_m.group("who") or "").lower()
        if who in people:
            whose = people[who]
        elif who in ("they", "we"):
            whose = ""
        elif who and (who not in ("he", "she") or not owner):
            continue  # 'board wants …', 'CNO: … he wants': whose target?
        a, b = a_m.group("a"), b_m.group("b")
        x, y = _number(a), _number(b)
        if x is None or y is None or x == y:
            continue
        pct = "%" if a.endswith("%") or b.endswith("%") else ""
        cmp = (b_m.group("cmp") or "").lower()
        cmp = {"<": "under", "below": "under", ">": "over", "above": "over"}.get(cmp, cmp)
        cmp = "over" if b_m.group("plus") else cmp
        to = f"{'about ' if cmp == '~' else cmp + ' ' if cmp else ''}{b.rstrip('%')}{pct}"
        start = f"{_said_figure(a).rstrip('%')}{pct}"
        if unit:
            unit = lexicon.shorthand.get(unit.lower(), unit.lower())
            unit = unit if unit.endswith("s") or x == 1 else unit + "s"  # '15 min' -> minutes
            start = f"{start} {unit}"
        thing = _tokens(a_m.group("what"), lexicon)
        subject = _subject(thing, "", words, lexicon, people) if thing else None
        if subject is None or not subject[0]:
            continue
        by = (
            _object(_tokens(b_m.group("by").strip(), lexicon) or ["?"], words, lexicon, True)
            if (b_m.group("by"))
            else ""
        )
        if by is None:
            continue
        what = subject[0].removeprefix("the ") if _bare(subject[0], words, lexicon) else subject[0]
        way = "down" if y < x else "up"
        done = f"bring {what} {way} from {start} to {to}" + (f" {rate}" if rate else "")
        done += f" {by}" if by else ""
        if max(x, y) < 10:  # 'from six to three'; 'from 11 to under 5' keeps its figures
            done = phrasing.spell_number(done)
        phrase = {"one": f"wants to {done}", "many": f"want to {done}"}
        clause = _made(recorded, "goal", phrase, whose, "" if whose else "the team", False,
                       f"bringing {done.removeprefix('bring ')}" if whose else "")  # fmt: skip
        if clause is not None:
            return clause
    for m in _ARROW.finditer(text):
        thing = _tokens(m.group("what"), lexicon)
        subject = _subject(thing, "", words, lexicon, people) if thing else None
        if subject is None or not subject[0]:
            continue
        x, y = _number(m.group("a")), _number(m.group("b"))
        if x is None or y is None or x == y:
            continue
        rest_words = _tokens(m.group("rest").strip(), lexicon) if m.group("rest").strip() else []
        rest = _object(rest_words, words, lexicon) if rest_words else ""
        if rest is None:
            continue
        pct = "%" if m.group("a").endswith("%") or m.group("b").endswith("%") else ""
        span = (f"from {_said_figure(m.group('a')).rstrip('%')}{pct} to "
                f"{_said_figure(m.group('b')).rstrip('%')}{pct}")  # fmt: skip
        later = re.search(r"\b(?:this year|next|by|in 20\d\d)\b", rest)
        past = re.search(r"\b(?:after|since|last)\b", rest)
        if not later and not past:
            continue  # when?
        if later:
            kind, phrase = (
                "plan",
                {"one": f"is going {span} {rest}", "many": f"are going {span} {rest}"},
            )
        else:
            kind = moved(subject[0], y > x, text, words)
            phrase = {"one": f"went {span} {rest}", "many": f"went {span} {rest}"}
        phrase = {k: phrasing.spell_number(v.strip()) for k, v in phrase.items()}
        clause = _made(recorded, kind, phrase, "", subject[0], subject[1], "")
        if clause is not None:
            return clause
    return None


_SEASONS = frozenset(
    ["spring", "summer", "autumn", "fall", "winter", "year", "next", "this", "q1", "q2", "q3", "q4"]
)


def _bare(subject: str, words: ClauseWords, lexicon: phrasing.Lexicon) -> bool:
    """Whether a measure reads without 'the' ('bring food cost down', 'GP on food')."""
    ws = subject.removeprefix("the ").split()
    last = ws[-1].lower() if ws else ""
    return bool(ws) and (
        last in words.mass or _massy(last) or ws[0].isupper() or last in lexicon.upper
        or last in ("cost", "costs")
    )  # fmt: skip


_MASS_ENDINGS = ("ography", "ology", "ness", "ance", "ence", "ity", "ism", "ware", "ing")


_COUNT_ING = frozenset(
    [
        "building",
        "meeting",
        "opening",
        "booking",
        "finding",
        "painting",
        "setting",
        "listing",
        "filing",
        "drawing",
        "hearing",
        "recording",
        "posting",
        "ending",
        "offering",
        "holding",
        "wing",
        "ceiling",
        "string",
    ]
)


def _massy(word: str, thing: bool = False) -> bool:
    """A noun read without an article by its ending ('availability', 'single-cell cloning';
    never 'the new campus building'); what a verb acts on, also '-tion', '-ment' ('rolling
    out mobile data collection'), never a subject ('the line station')."""
    endings = (*_MASS_ENDINGS, "tion", "sion", "ment") if thing else _MASS_ENDINGS
    return word.endswith(endings) and len(word) > 5 and word not in _COUNT_ING


def _owner(text: str, people: Mapping[str, str]) -> tuple[str, str]:
    """The panel member a jot (or a part of one) opens with, and the rest: 'sven (ops mgr)
    wants …' -> ('Sven Olsen', 'wants …'); ('', text) when it opens with nobody's name."""
    for key in sorted(people, key=len, reverse=True):
        m = re.match(rf"(?i){re.escape(key)}['’]s\s+(?=(?:just|already|recently|been)\b)", text)
        if m:  # "joanne's just started …": she has
            return people[key], "has " + text[m.end() :]
        m = re.match(rf"(?i){re.escape(key)}(?![\w'’])({_SEP}|\s+)", text)
        if m:
            return people[key], text[m.end() :]
    return "", text


def _speaks(text: str, people: Mapping[str, str]) -> bool:
    """Whether a jot opens on who said it, set off from what they said ('vikram sir: the
    dashboard is on metabase, moving to superset by Q3'): that person is the speaker. A verb
    right after the name is theirs ('harriet: hiring 3 planners'); one with no subject of its
    own in a later part goes on from what that part is about (the dashboard moves, not
    Vikram), unless it says what a person wants ('amara: … , wants a sous who …')."""
    for key in sorted(people, key=len, reverse=True):
        if re.match(
            rf"(?i){re.escape(key)}(?![\w'’])\s*(?:\([^()]*\)\s*)?(?:[a-z'’]+\.?\s*)?"
            rf"(?::|[-–—=]\s|->|→)",
            text,
        ):
            return True
    return False


def _tokens(segment: str, lexicon: phrasing.Lexicon) -> list[str] | None:
    """The segment's words with shorthand expanded ('wks' -> 'weeks', 'techs' ->
    'technicians'); None when a word is shorthand followup cannot be sure of."""
    out: list[str] = []
    segment = re.sub(  # 'a 6-wk handover' -> 'a 6-week handover'
        r"(?i)\b(\d+)-(wk|yr|mo|mth|hr|min)\b",
        lambda m: f"{m.group(1)}-{lexicon.shorthand.get(m.group(2).lower(), m.group(2))}",
        segment,
    )
    for raw in segment.split():
        low = raw.lower()
        if low in ("↓", "↑"):
            out.append(low)
            continue
        if (
            low.endswith("s")
            and low[:-1] in lexicon.shorthand
            and low not in lexicon.shorthand
            and len(low) > 3
            and " " not in lexicon.shorthand[low[:-1]]
            and not (  # 'press' is a word of its own, not 'pres' (presentation) twice
                lexicon.known_word is not None
                and lexicon.known_word(low)
                and lexicon.known_word(low[:-1])
            )
        ):
            raw = lexicon.shorthand[low[:-1]] + "s"  # 'techs' -> 'technicians'
        out.append(raw)
    cleaned = phrasing.clean_words(" ".join(out), lexicon)
    if cleaned is None:
        return None
    return cleaned.split()


def _parse(
    recorded: str,
    tokens: list[str],
    owner: str,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
    people: Mapping[str, str],
    speaker: bool = False,
) -> Clause | None:
    if any(not _plain_token(t, lexicon) for t in tokens):
        return None  # 'CIDB 8GB', 'R500m', '$ for ops': no figure a note can say as typed
    lows = [t.lower().strip(",.") for t in tokens]
    for i in range(len(lows) - 1):  # 'rolling out', 'set up', 'interested in': one verb
        if f"{lows[i]} {lows[i + 1]}" in {**words.verbs, **words.stances, **words.predicates}:
            lows[i : i + 2] = [f"{lows[i]} {lows[i + 1]}"]
            tokens = [*tokens[:i], f"{tokens[i]} {tokens[i + 1]}", *tokens[i + 2 :]]
            break
    at = next((i for i in range(len(lows)) if _verb_at(lows, i, words, people)), None)
    if at is None:
        return None
    if " ".join(lows[:at]) in people:  # 'dale needs lead hands …' after a comma
        owner, tokens, lows = people[" ".join(lows[:at])], tokens[at:], lows[at:]
        at = 0
    adverb = ""
    if at > 1 and lows[at - 1] in _ADVERBS:  # 'barcode reads still failing'
        adverb, tokens, lows = (
            lows[at - 1],
            tokens[: at - 1] + tokens[at:],
            lows[: at - 1] + lows[at:],
        )
        at -= 1
    before = tokens[:at]
    aux = None
    if _contracted(lows[at]):  # "we're switching", "they've opened"
        before = [*before, tokens[at].split("'")[0].split("’")[0]]
        aux, at = ("have" if lows[at].endswith("ve") else "re"), at + 1
    elif lows[at] in _AUX:
        aux, at = lows[at], at + 1
    if at < len(tokens) - 1 and aux and lows[at] in _ADVERBS and not adverb:
        adverb, at = lows[at], at + 1  # 'has just started', 'is now moving'
    if at >= len(tokens):
        return None
    rest = tokens[at + 1 :]
    head = lows[at]
    if head in words.stances:  # 'linnea: interested in redesigning the pre-op clinic'
        return _stance(recorded, head, before, tokens[at + 1 :], owner, words, lexicon, people)
    # 'project 3 wks behind': the measure of how far, between the subject and the word
    measure: list[str] = []
    num = next((i for i, w in enumerate(before) if _NUMBER.match(w)), None)
    if num is not None and num > 0 and words.predicates.get(head) == "behind":
        before, measure = before[:num], before[num:]
    if head not in words.verbs and head not in words.predicates and head not in words.stances:
        return None
    subject = _subject(before, owner, words, lexicon, people)
    if subject is None:
        return None
    who, plural = subject
    # a number and unit before the predicate ('project 3 wks behind'): what it measures
    if not who and before and any(_NUMBER.match(w) for w in lows[:at]):
        return None
    if head in words.predicates and head not in words.verbs:
        what = words.predicates[head]
        if what == "behind" and not rest and aux in ("is", "are"):
            what = "state"  # 'the reading scheme is behind': said as jotted
        if what == "state":  # 'team of 7 stretched', 'CRM + paid still siloed'
            return _state(recorded, head, adverb, rest, who, plural, words, lexicon)
        return _predicate(recorded, what, rest, measure, who, owner, plural,
                          words, lexicon)  # fmt: skip
    verb = words.verbs[head]
    if speaker and not before and verb.kind != "goal":
        return None  # 'vikram: …, moving to superset': the dashboard moves, not Vikram
    if not who and verb.kind not in ("goal", "plan"):
        return None  # 'kofi struggles with …', 'he's losing …': a person is no problem
    if verb.kind in ("down", "up"):
        if not who:
            return None
        return _change(recorded, verb, head, rest, who, plural, words, lexicon)
    if not who and not owner and (verb.base not in words.subjectless or head == verb.third):
        return None  # 'opens early 2028', 'launches in May': of what?
    if not who and not owner and head == verb.base and verb.kind != "goal":
        return None  # 'build baseline and explain …': an instruction, not their plan
    if not who and not owner:
        who, plural = "the team", False
    obj: str | None
    if not rest and head == verb.ing and who and who != "the team":
        obj = ""  # 'paperless task cards rolling out'
    else:
        obj = _object(rest, words, lexicon)
    if obj is None:
        return None
    if head == verb.ing:  # 'launching a loyalty app', 'is moving to …'
        if aux is None and who and not owner and who != "the team" and verb.kind == "goal":
            return None
        if obj and not _names_a_thing(obj, words, lexicon):
            return None  # 'moving old desktop system': no article
        kind = "plan" if verb.kind == "goal" else verb.kind
        ing = f"{adverb} {verb.ing}" if adverb else verb.ing
        phrase = {"one": f"is {ing} {obj}".strip(), "many": f"are {ing} {obj}".strip()}
        ing = f"{verb.ing} {obj}" if owner and not who and not adverb else ""
        return _made(recorded, kind, phrase, owner, who, plural, ing)
    if aux in ("has", "have") and head == verb.participle and verb.kind in ("plan", "goal"):
        done = f"{adverb} {verb.participle}" if adverb else verb.participle
        phrase = {"one": f"has {done} {obj}", "many": f"have {done} {obj}"}
        return _made(recorded, "plan", phrase, owner, who, plural, "")
    if adverb:
        return None
    if aux is not None:
        return None  # 'is wants'
    if head not in (verb.base, verb.third):
        return None  # a past tense of a goal: what they wanted is no point to answer
    if not who and verb.kind != "goal":
        return None  # 'elaine: … trial sept': a person 'trials'? a noun
    if verb.base in words.no_present:
        return None  # 'the ship date slips to October': when?
    if verb.kind == "goal" and not _names_a_thing(obj, words, lexicon):
        return None  # 'wants preference card cleanup': no article, no plural
    phrase = {"one": f"{verb.third} {obj}", "many": f"{verb.base} {obj}"}
    ing = _gerund(verb, obj, words) if owner and not who else ""
    kind = "goal" if verb.kind == "goal" else verb.kind
    return _made(recorded, kind, phrase, owner, who, plural, ing)


def _plain_token(token: str, lexicon: phrasing.Lexicon) -> bool:
    """A word, a figure a note can say as typed ('20%', '$14', '2028', 'Q3', '1,100'), or a
    term the data writes in capitals; not 'R500m', '8GB' or a lone '$'."""
    bare = token.strip(",.;:'\"()")
    if not re.search(r"\d|[$£€]", bare):
        return True
    if bare.lower() in lexicon.upper or re.fullmatch(r"(?i)[qh][1-4]", bare):
        return True
    return bool(re.fullmatch(r"[$£€]?\d[\d,.]*%?|\d+(?:st|nd|rd|th|s)|\d+-[a-z]+", bare))


# words in -ing that end a jot as a thing, not a doing ('Trinidad Bldg', 'the east wing',
# 'staff parking'): no clause is read from them without an 'is' before
_ING_THINGS = frozenset(
    ["building", "meeting", "housing", "parking", "clothing", "ceiling", "setting", "painting",
     "landing", "offering", "briefing", "booking", "listing", "posting", "recording", "filling"]
)  # fmt: skip


def _verb_at(lows: list[str], i: int, words: ClauseWords, people: Mapping[str, str]) -> bool:
    """Whether the clause's verb is at `i`: a verb or a word that says a change, not a noun
    that looks like one ('the action plan goes …', 'new campus building opens …'): a verb's
    base form only after nothing, 'we'/'they' or a plural; an -ing form with no 'is' only
    when no verb of the third person comes next."""
    w = lows[i]
    if w in _AUX or _contracted(w) or w in words.stances:
        return True
    if w in words.predicates:
        return i > 0
    verb = words.verbs.get(w)
    if verb is None:
        return False
    before = lows[:i]
    subject = " ".join(before)
    if w == verb.base and w != verb.third:
        plural = (
            bool(before)
            and before[-1].endswith("s")
            and not before[-1].endswith(("ss", "'s", "’s"))
        )
        if before and subject not in words.team and subject not in people and not plural:
            return False
    if (
        w == verb.ing
        and i + 1 == len(lows)
        and w in _ING_THINGS
        and (not before or before[-1] not in _AUX)
    ):
        return False  # 'Trinidad Bldg' -> 'Trinidad building': a place, never 'is building'
    if w == verb.ing and (not before or before[-1] not in _AUX) and i + 1 < len(lows):
        after = words.verbs.get(lows[i + 1])  # 'new campus building opens …': a noun
        if lows[i + 1] in _AUX or (after is not None and lows[i + 1] == after.third):
            return False
    return True


def _stance(
    recorded: str,
    head: str,
    before: list[str],
    rest: list[str],
    owner: str,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
    people: Mapping[str, str],
) -> Clause | None:
    """'worried about the audit' said of its owner or of what the jot names: 'you are worried
    about the audit', 'the board is keen to cut costs'."""
    subject = _subject(before, owner, words, lexicon, people)
    if subject is None or not (subject[0] or owner):
        return None
    obj = _object(rest, words, lexicon)
    if obj is None or (head.endswith(" to") and not re.match(r"[a-z]+\b", obj)):
        return None
    if not head.endswith(" to") and not _names_a_thing(obj, words, lexicon):
        return None  # 'looking for preference card cleanup'
    phrase = {"one": f"is {head} {obj}", "many": f"are {head} {obj}"}
    who, plural = subject
    return _made(recorded, words.stances[head], phrase, owner, who, plural, "")


def _contracted(word: str) -> bool:
    return bool(re.fullmatch(r"(?:we|they)['’](?:re|ve)", word))


def _made(
    recorded: str,
    kind: str,
    phrase: Mapping[str, str],
    owner: str,
    who: str,
    plural: bool,
    ing: str,
) -> Clause | None:
    clause = Clause(recorded, kind, dict(phrase), owner if not who else "", who, plural, ing)
    said = clause.said()
    if not 3 <= len(said.split()) <= 20:
        return None
    return clause


def _subject(
    before: list[str],
    owner: str,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
    people: Mapping[str, str],
) -> tuple[str, bool] | None:
    """Who the clause is about: '' for the owner, 'the team' for 'we'/'they', else the noun
    phrase typed ('the ward', 'wait times', 'retention'), with whether it is plural; None
    when it is no subject a note can say ('I', 'he' with nobody named, a number)."""
    if not before:
        return "", False
    low = " ".join(w.lower() for w in before)
    if low in words.team:
        return "the team", False
    if low in ("he", "she"):
        return ("", False) if owner else None
    slots = lexicon.slots
    if len(before) > 4 or any(w.lower() in words.never for w in before):
        return None
    if len(before) > 2 and before[-2].lower() == "of" and _NUMBER.match(before[-1]):
        before = [*before[:-1], phrasing.spell_number(before[-1])]  # 'team of 7'
    joined = {"and", "of"}  # 'CRM and paid', 'the team of seven'
    if any(w.lower() in (slots.prepositions | slots.conjunctions) - joined for w in before):
        return None  # 'interested in redesigning …': no subject
    if before[0].lower() in joined or before[-1].lower() in joined:
        return None
    counted = set(phrasing._NUMBER_WORDS.values())  # 'the team of seven'
    if any(w.lower() in slots.determiners - counted for w in before[1:]):
        return None  # 'mentioned a big trade-secrets trial': no subject
    if any(w.lower().endswith("ed") and len(w) > 4 for w in before):
        return None  # 'hale mentioned …', 'new consent means …': a verb, not who
    if any(w.lower() in people for w in before):
        return None  # 'NB jonas is leaving': a person said in passing
    if lexicon.word_classes is not None and any(
        not (lexicon.word_classes(w.lower()) & {"NOUN", "ADJ", "PROPN", "NUM"})
        and lexicon.word_classes(w.lower())
        and not w[:1].isupper()
        and w.lower() not in slots.determiners | joined
        for w in before
    ):
        return None  # 'kofi drove trucks up north': a verb, not who
    if any(not re.fullmatch(r"[A-Za-z][\w-]*", w) for w in before):
        return None  # a possessive ('Fiona's plan', 'Kevin's robotics club'): whose, to whom?
    said = " ".join(before)
    typed = " ".join(w.lower() for w in before if not (w.isupper() and len(w) > 1))
    if phrasing.unknown_word(typed, lexicon) is not None:
        return None  # an acronym typed in capitals is its own word ('NPS')
    first = before[0].lower()
    if first in ("their", "our", "its", "his", "her"):
        said = "the " + " ".join(before[1:])
        first = "the"
    lows = [w.lower() for w in before]
    at = lows.index("of") - 1 if "of" in lows else len(before) - 1  # 'team' of 'team of seven'
    lastw = lows[at]
    classes = lexicon.word_classes(lastw) if lexicon.word_classes is not None else None
    if (
        classes is not None
        and "NOUN" not in classes
        and lastw not in words.mass
        and not (before[at][:1].isupper() or lastw in lexicon.upper)
    ):
        return None  # 'gord flew up north': no one, nothing
    plural = (
        (
            lastw.endswith("s")
            and not lastw.endswith(("ss", "us", "is"))
            and lastw not in words.mass
            and not before[at].isupper()  # 'LMS', 'PMS': one system
        )
        or lastw in words.plural
        or "and" in lows
    )
    if first in slots.determiners or first == "the":
        return said, plural
    if (
        plural
        or lastw in words.mass
        or _massy(lastw)
        or before[0][:1].isupper()
        and len(before) == 1
    ):
        return said, plural
    return f"the {said}", plural


def _object(
    rest: list[str], words: ClauseWords, lexicon: phrasing.Lexicon, when: bool = False
) -> str | None:
    """What the verb acts on, as prose: numbers one to nine in words, months with capitals;
    None when it is empty, clipped ('needs people who'), or holds a symbol or a word followup
    does not know."""
    if not rest:
        return None
    said = " ".join(rest)
    said = re.split(r"\s*:(?:\s|$)", said)[0]  # 'client education: dental packages': a list
    if not said:
        return None
    said = re.sub(r"(?<![\w])['‘’](?=\w)|(?<=\w)['‘’](?!\w)", "", said)  # 'own the paperwork'
    said = re.sub(r"(?<=\w) not (?=(?:a|an|the|just|only)\b)", ", not ", said)
    said = re.sub(r"(?i)\b(down|up)\b", lambda m: m.group().lower(), said)
    said = said.replace("↓", "down").replace("↑", "up")
    lows = [w.lower().strip(".,") for w in said.split()]
    if any(w in words.never for w in lows):
        return None
    slots = lexicon.slots
    closed = (slots.prepositions | slots.determiners | slots.conjunctions) - {"own"}
    if lows[-1] in closed or lows[-1] in ("who", "which", "to", "and", "or", "can", "will"):
        return None
    if _SYMBOLS.search(said) or re.search(r"\d\s*[-–]\s*\d", said):
        return None
    if lows[0] in ("of", "'s") or not when and all(_NUMBER.match(w) or w in closed for w in lows):
        return None  # 'launch of a new …', 'he wants 70', 'aiming for 15'
    if len(lows) == 1 and lows[0].endswith("ing"):
        return None  # 'redesign starting'
    if any(w in words.capitals and _NUMBER.match(p) for p, w in zip(lows, lows[1:], strict=False)):
        return None  # 'launches 4 march': which day?
    timed = re.match(r"(?:early|late|mid|end of)[\s-]+(\w+)", " ".join(lows))
    if lows[0] in words.capitals or (
        timed and (timed[1] in words.capitals or timed[1] in _SEASONS or timed[1].isdigit())
    ):  # 'arriving aug' -> 'arriving in August'; 'early intervention' is no time
        said = f"at the {said}" if lows[0] == "end" else f"in {said}"
    if re.search(
        r"(?i)\b(?:that|those|these|this)\b(?! (?:year|week|month|quarter|term|"
        r"season|spring|summer|autumn|fall|winter)\b)",
        said,
    ):
        return None  # 'have that conversation': pointing at what the note does not say
    if re.search(r"(?i)\ball (?:both|two|three|four|five|six|seven|eight|nine|\d+)$", said):
        return None  # 'across all three': of what?
    if re.search(r"(?i)\b(?:the|a|an|their|our)\s+[\w-]+\s+ones?\b", said):
        return None  # 'off the vendor one': which?
    if phrasing.unknown_word(said, lexicon) is not None:
        return None
    if phrasing.unknown_two_letters(said, lexicon) or re.search(
        r"(?<![\w'’-])[b-hj-z](?![\w'’-])", said
    ):
        return None  # 't and ha' from 't/ha'
    for m in re.finditer(r"(\w+) and ([\w-]+(?: [\w-]+){0,3})", said):
        listed = m.group(1).endswith("s") and not m.group(1).endswith("ss")  # nouns listed
        if listed and not _names_a_thing(m.group(2), words, lexicon, after=True):
            return None  # 'after iOS changes and consent banner': no article
    said = re.sub(r"\bby end of\b", "by the end of", said)
    said = re.sub(r"\b([1-9])(?:st|nd|rd|th)\b", lambda m: _ORDINALS[int(m.group(1))], said)
    said = re.sub(  # '45 day lead times' -> '45-day lead times'
        r"\b(\d+) (day|week|month|year|hour|minute)\b(?= ([a-z][\w-]*))",
        lambda m: (
            m.group()
            if m.group(3)
            in lexicon.slots.prepositions | lexicon.slots.conjunctions | lexicon.slots.determiners
            or m.group(3) in ("per", "each", "every")  # '1 week a month': a rate, no modifier
            else f"{m.group(1)}-{m.group(2)}"
        ),
        said,
    )
    said = _capitals(said, words)
    return phrasing.spell_number(said)


def _names_a_thing(
    obj: str, words: ClauseWords, lexicon: phrasing.Lexicon, after: bool = False
) -> bool:
    """Whether what a goal's verb wants reads as English: 'to' and a verb, a word with an
    article, a number or a name first ('a sous who …', 'every new hire …', 'more help'), or a
    plural, mass or -ing noun ('tighter feedback cycles', 'data to decide …'); not 'wants
    preference card cleanup'."""
    slots = lexicon.slots
    ws = obj.split()
    first = ws[0].lower()
    if after and first in slots.prepositions | {"up", "out", "off", "down"}:
        ws = ws[1:] or ws
        first = ws[0].lower()
    if first == "to" and not after or first.endswith("ing"):
        return True  # 'to cut …', 'redesigning the intake process'
    if (
        first
        in slots.prepositions | slots.conjunctions | {"up", "out", "off", "down", "back", "because"}
        and not after
    ):
        return True  # 'moving from Word templates …', 'rolling out to …'
    if (
        first in ("someone", "somebody", "people", "staff") and len(ws) > 2 and ws[1] == "to"
    ):  # 'someone to lead front desk side': what the verb after 'to' acts on
        at = ws.index("to") + 2
        return at >= len(ws) or _names_a_thing(" ".join(ws[at:]), words, lexicon, after=True)
    if first in ("someone", "somebody", "people", "staff") or first in slots.determiners:
        return True
    if _NUMBER.match(first) or first in phrasing._NUMBER_WORDS.values():
        closed = slots.prepositions | slots.conjunctions
        return len(ws) > 1 and ws[1].lower() not in closed  # 'wants 15 by summer'
    if ws[0][:1].isupper() and not (ws[0].isupper() and len(ws) > 1):
        return True  # a name ('Kreditwerk'); an acronym before a noun is no article ('IV …')
    run: list[str] = []
    for w in ws:
        if w.lower() in slots.prepositions | slots.conjunctions | {
            "who",
            "that",
            "to",
            "instead",
            "rather",
            "not",
        }:
            break
        run.append(w.lower().strip(","))
    last = run[-1] if run else first
    return (
        (last.endswith("s") and not last.endswith("ss"))
        or last.endswith("ing")
        or last in words.mass
        or _massy(last, thing=True)
        or last in ("data", "help", "support", "time", "work", "feedback")
    )


def _capitals(text: str, words: ClauseWords) -> str:
    def cap(m: re.Match[str]) -> str:
        word = m.group()
        if word.lower() not in words.capitals:
            return word
        if word.lower() == "may" and not re.search(
            r"(?i)\b(?:in|by|from|until|since|to|of|end|early|late|mid)\s+$", text[: m.start()]
        ):
            return word
        return word[:1].upper() + word[1:].lower()

    return re.sub(r"[A-Za-z]+", cap, text)


def _gerund(verb: Verb, obj: str, words: ClauseWords) -> str:
    """What 'what you said about …' takes for a goal: 'wants to cut X' -> 'cutting X',
    'wants X down from A to B' -> 'getting X down from A to B'; '' for a bare want."""
    if verb.kind != "goal":
        return ""
    ws = obj.split()
    if ws[0] == "to" and len(ws) > 1 and re.fullmatch(r"[a-z]+", ws[1]):
        return " ".join([_ing(ws[1], words), *ws[2:]])
    if verb.base == "want" and any(w in ("down", "up") for w in ws[1:]):
        return f"getting {obj}"
    return ""


def _ing(word: str, words: ClauseWords) -> str:
    known = words.verbs.get(word)
    if known is not None and known.base == word:
        return known.ing
    if word in words.doubled:
        return word + word[-1] + "ing"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def _state(
    recorded: str,
    head: str,
    adverb: str,
    rest: list[str],
    who: str,
    plural: bool,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
) -> Clause | None:
    """A word that says how something stands, of what the jot names: 'DHIS2 data quality
    patchy' -> 'DHIS2 data quality is patchy'; 'CRM + paid still siloed' -> 'CRM and paid are
    still siloed' (two things: plural). Always a problem; never of a person."""
    if not who or who == "the team" and not rest:
        return None
    obj = _object(rest, words, lexicon) if rest else ""
    if obj is None:
        return None
    said = " ".join(w for w in (adverb, head, obj) if w)
    phrase = {"one": f"is {said}", "many": f"are {said}"}
    return _made(recorded, "problem", phrase, "", who, plural or " and " in who, "")


def _predicate(
    recorded: str,
    what: str,
    rest: list[str],
    measure: list[str],
    who: str,
    owner: str,
    plural: bool,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
) -> Clause | None:
    """'ward short 4 RNs on nights' -> 'the ward is short four RNs on nights'; 'the plant is
    behind on its safety audits'; 'retention down from 92% to 85%' -> 'retention fell …';
    'down 4 workers since summer' (people it lacks, no fall) -> 'is down four workers …'."""
    if not who:
        return None  # 'short 9 techs' of nobody named: whose?
    if what in ("down", "up") and not _an_amount(rest):
        return None  # 'pressure up 2 yrs running', 'drove up north': no amount it changed by
    staffed = what == "down" and len(rest) > 1 and _people(rest[1], lexicon)
    if what in ("down", "up") and not staffed:  # 'down 4 workers': short of people, no fall
        verb = Verb(*(("fall", "falls", "fell", "fallen", "falling", "down") if what == "down"
                      else ("rise", "rises", "rose", "risen", "rising", "up")))  # fmt: skip
        return _change(recorded, verb, what, rest, who, plural, words, lexicon)
    if what == "short" and not (rest and _NUMBER.match(rest[0])):
        return None  # 'lab staffing short': short of what?
    obj = _object(rest, words, lexicon) if rest else ""
    if obj is None or (what == "behind" and not rest):
        return None
    how = _object(measure, words, lexicon) if measure else ""
    if how is None:
        return None
    said = " ".join(w for w in (how, what, obj) if w)
    phrase = {"one": f"is {said}", "many": f"are {said}"}
    return _made(recorded, "problem", phrase, owner, who, plural, "")


_HEADCOUNT = frozenset(["staff", "people", "heads", "ftes", "hires", "posts", "vacancies"])


def _people(word: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a counted word is people ('workers', 'RNs', 'staff', 'FTEs'), not a measure."""
    low = word.strip(",.;").lower()
    single = low[:-1] if low.endswith("s") and len(low) > 2 else low
    return low in _HEADCOUNT or any(
        slot_grammar.is_person(w, lexicon.slots, lexicon.person_credentials)
        for w in {low, single, word.strip(",.;")[:-1]}
    )


def _an_amount(rest: list[str]) -> bool:
    """Whether what follows 'up'/'down' says by how much or to what: '20%', '3 points',
    'from 92% to 85%', 'to 4.3'; not '2 years running' or 'north'."""
    lows = [w.lower() for w in rest]
    if lows[:1] and lows[0] in ("from", "to", "by", "about"):
        lows = lows[1:]
    if not lows or not _NUMBER.match(lows[0]):
        return False
    unit = lows[1] if len(lows) > 1 else ""
    return not re.match(r"(?:year|month|week|day|hour|minute|yr|mo|wk)s?$", unit)


def _change(
    recorded: str,
    verb: Verb,
    head: str,
    rest: list[str],
    who: str,
    plural: bool,
    words: ClauseWords,
    lexicon: phrasing.Lexicon,
) -> Clause | None:
    """A measure that fell or rose: said in the past, or since a time in the present perfect
    ('have fallen 40% since …'); bad news when what rose is bad ('wait times'), good when it
    fell ('pick errors')."""
    obj = _object(rest, words, lexicon) if rest or head != verb.ing else ""
    if obj is None:
        return None
    if head == verb.ing:  # 'client complaints rising'
        tail = f" {obj}" if obj else ""
        phrase = {"one": f"is {verb.ing}{tail}", "many": f"are {verb.ing}{tail}"}
    elif re.search(r"\bsince\b", obj):
        phrase = {"one": f"has {verb.participle} {obj}", "many": f"have {verb.participle} {obj}"}
    else:
        if head not in (verb.past, verb.participle, "down", "up"):
            return None  # 'scores drop after …': when?
        phrase = {"one": f"{verb.past} {obj}", "many": f"{verb.past} {obj}"}
    if (
        head not in words.verbs
        and head != verb.ing
        and not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine)\b", obj)
    ):
        return None  # 'turnover up …': by how much?
    kind = moved(who, verb.kind == "up", recorded, words)
    return _made(recorded, kind, phrase, "", who, plural, "")


def moved(measure: str, up: bool, jot: str, words: ClauseWords) -> str:
    """What a measure's move is to the employer: 'fact' (good news) only when it is known to
    be good: a measure they want more of that rose ('donations', 'bookings'), or one they want
    less of that fell ('pick errors'); 'problem' when one they want less of rose, one of
    theirs fell, or the jot names harm beside a rise ('LTIFR 0.6 -> 1.7, mostly crush
    injuries'); else 'change' (a rise nobody said was good: 'TRIR 0.9 -> 2.2' is never
    praised, only asked about)."""
    last = measure.lower().split()[-1] if measure.split() else ""
    bad = last in words.bad_when_up
    if not up:
        return "fact" if bad else "problem"
    if bad:
        return "problem"
    if last in words.good_when_up:
        return "fact"
    harm = any(w in words.bad_when_up for w in re.findall(r"[a-z][a-z-]*", jot.lower()))
    return "problem" if harm else "change"

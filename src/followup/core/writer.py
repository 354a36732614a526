"""Writing a note's sentences from the sentence bank (data/sentences.toml).

Pure. A note takes a *shape* (which sentences, in which order, in how many paragraphs) and one
variant of each sentence, chosen by the recipient's name so the draft is the same on every
run. The notes of one panel are written together: they never share a sentence, and each takes
a different shape while there are shapes to go round. A variant that would name the company or
the role a third time is passed over, and so is one whose field is empty. The bank is written
in en-US; `Spelling` turns its words into the recipient's English (never the user's own words).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from followup.core import phrasing
from followup.core.errors import InvalidInput

FIELD = re.compile(r"\{([A-Za-z_]+)\}")
BUDGETED = ("company", "role", "first")
LIMITS = {"company": 2, "role": 2, "first": 1}
SHARED_MIN_WORDS = 5  # as data/drafting.toml shared_sentence_min_words


@dataclass(frozen=True)
class Bank:
    """Slots (name -> variants) and shapes (kind -> shapes -> paragraphs -> slot names)."""

    slots: Mapping[str, tuple[str, ...]]
    shapes: Mapping[str, tuple[tuple[tuple[str, ...], ...], ...]]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Bank:
        slots_in = data.get("slots", {})
        shapes_in = data.get("shapes", {})
        if not isinstance(slots_in, Mapping) or not isinstance(shapes_in, Mapping):
            raise InvalidInput("sentence data: [slots] and [shapes] must be tables")
        slots: dict[str, tuple[str, ...]] = {}
        for name, variants in slots_in.items():
            if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                raise InvalidInput(f"sentence data: slot {name!r} must be a list of sentences")
            slots[str(name)] = tuple(variants)
        shapes: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {}
        for kind, options in shapes_in.items():
            try:
                shapes[str(kind)] = tuple(
                    tuple(tuple(str(s) for s in para) for para in shape) for shape in options
                )
            except TypeError:
                raise InvalidInput(
                    f"sentence data: shapes.{kind} must be lists of paragraphs of slot names"
                ) from None
            if not shapes[str(kind)]:
                raise InvalidInput(f"sentence data: shapes.{kind} is empty")
        return cls(slots, shapes)


@dataclass(frozen=True)
class Spelling:
    """en-US words -> the recipient's spelling (whole words, capital kept)."""

    words: Mapping[str, str] = field(default_factory=dict)
    locale: str = "en-US"  # en-US, en-CA or en-GB: picks a slot's variants for this English
    numbered: tuple[str, ...] = ()  # names whose number stays a figure ('Level 4')

    def figures(self, text: str) -> str:
        """Figures typed in note style said as prose (phrasing.prose_figures: '~40%' -> 'about
        40%', '3x' -> 'three times', '2yrs' -> 'two years'), a name's number kept."""
        return phrasing.prose_figures(text, self.numbered)

    def __call__(self, text: str) -> str:
        if not self.words:
            return text

        def swap(m: re.Match[str]) -> str:
            word = m.group()
            new = self.words.get(word.lower())
            if new is None:
                return word
            return new[:1].upper() + new[1:] if word[:1].isupper() else new

        return re.sub(r"[A-Za-z]+", swap, text)


def norm(sentence: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"[A-Za-z0-9']+", sentence))


@dataclass
class Panel:
    """What the notes of one panel have used so far (sentences), shared by its writers."""

    used: set[tuple[str, ...]] = field(default_factory=set)
    grams: set[tuple[str, ...]] = field(default_factory=set)  # word 3-grams of the sentences


# A sentence sharing this many word 3-grams of its frame (not of the record's words it says)
# with the panel's other notes is passed over while another variant shares fewer: two notes
# to one panel read alike through their frames ('I've kept thinking about … since').
PANEL_GRAMS = 3


_THANKS = {("thank",), ("thanks",)}  # a sentence that opens by thanking


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


_PLURAL_VERBS = {"has": "have", "was": "were", "is": "are", "fits": "fit", "matters": "matter",
                 "sounds": "sound", "seems": "seem", "looks": "look", "comes": "come"}  # fmt: skip
# one of those verbs right after a field (compiled as the module loads: kept between runs)
_PLURAL_VERB = re.compile(rf" ({'|'.join(_PLURAL_VERBS)})\b ?")


def fill(template: str, values: Mapping[str, str | None]) -> str | None:
    """A variant with its fields filled, or None when one of them is empty or a word comes
    twice in a row where the variant did not have it twice ('in in', 'as as')."""
    out = []
    pos = 0
    with_you = _WITH_YOU.search(template) is not None  # the frame says 'with you' itself
    for m in FIELD.finditer(template):
        name = m.group(1)
        value = values.get(name.lower())
        if not value:
            return None
        value = balanced(value)
        if with_you:  # 'the coaching role-play with you', never 'with you' twice
            value = _ENDS_WITH_YOU.sub("", value) or value
        if _JOINED.search(template[: m.start()]) and " and " in value:
            return None  # 'meet you and Tom, Jo and the others': one list, one 'and'
        out.append(template[pos : m.start()])
        out.append(capfirst(value) if name[:1].isupper() else value)
        pos = m.end()
        verb = _PLURAL_VERB.match(template[pos:])
        before = template[: m.start()].rstrip()
        subject = not before or before.endswith((";", ":", ",")) or before.split()[-1].lower() in (
            "where", "how", "why", "that", "what", "when", "if"
        )  # fmt: skip
        if verb and subject and values.get(f"{name.lower()}_plural"):  # 'the overruns have stayed…'
            out.append(" " + _PLURAL_VERBS[verb.group(1)] + verb.group()[len(verb.group(1)) + 1 :])
            pos += verb.end()
    out.append(template[pos:])
    text = "".join(out)
    doubled = _DOUBLED.search(text)
    if doubled and not _DOUBLED.search(template):
        return None  # 'a BSc (Hons) in in Quantity Surveying': a word said twice never reads
    if _DOUBLED_PAIR.search(text) and not _DOUBLED_PAIR.search(template):
        return None  # '… the coaching role-play with you with you': two words said twice
    return text


# two words said twice in a row ('with you with you'), where a field ends on what its frame says
_DOUBLED_PAIR = re.compile(r"(?i)\b(\w+\s+\w+)\s+\1\b")
_WITH_YOU = re.compile(r"(?i)\bwith you\b")
_ENDS_WITH_YOU = re.compile(r"(?i)\s+with you$")


# a field joined to what comes before it by 'and' ('you and {panel_people}'): a value that is
# itself a list joined by 'and' would make one list of two ('you and Tom, Jo and the others')
_JOINED = re.compile(r"\w and $")
_PAIRS = {"(": ")", "[": "]"}
# a quote mark that opens a quotation: at the start or after a space or a bracket
_OPENING_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))['‘\"“](?=\w)")
_CLOSING_QUOTE = re.compile(r"(?<=[\w.!?])['’\"”](?=$|[\s),.;:!?\]])")
_CLOSE_WITHIN = 4  # an aside left open closes at the field's end when this many words follow


def balanced(value: str) -> str:
    """A field's value with every bracket and quote closed, as a jot may leave them: a bracket
    opened after two words or more, with a few words after it, is closed at the end ('a
    second round (in person' -> 'a second round (in person)'), any other unmatched bracket
    and an unmatched quote mark are left out ('the pump station) rebuild' -> 'the pump
    station rebuild', 'the "quiet hours rule' -> 'the quiet hours rule'); an apostrophe
    inside a word stays."""
    if not any(c in value for c in "()[]'‘’\"“”"):
        return value
    chars = list(value)
    opened: list[int] = []
    for i, c in enumerate(value):
        if c in _PAIRS:
            opened.append(i)
        elif c in _PAIRS.values():
            if opened and _PAIRS[value[opened[-1]]] == c:
                opened.pop()
            else:
                chars[i] = ""  # a closer with nothing open
    closers = ""
    for i in reversed(opened):
        after = value[i + 1 :].split()
        if len(value[:i].split()) >= 2 and 0 < len(after) <= _CLOSE_WITHIN and i == opened[-1]:
            closers += _PAIRS[value[i]]  # 'a second round (in person' -> '… (in person)'
        else:
            chars[i] = ""
    text = "".join(chars).rstrip() + closers if closers else "".join(chars)
    opens = [m.start() for m in _OPENING_QUOTE.finditer(text)]
    closes = [m.start() for m in _CLOSING_QUOTE.finditer(text)]
    drop = set()
    for at in opens:
        close = next((c for c in closes if c > at), None)
        if close is None:
            drop.add(at)  # 'the "quiet hours rule': never closed
        else:
            closes.remove(close)
    for at in closes:
        if text[at] in '"”':
            drop.add(at)  # a double quote closing nothing ('quiet hours" rule')
    if not drop:
        return " ".join(text.split())
    return " ".join("".join(c for i, c in enumerate(text) if i not in drop).split())


# A word said twice in a row ('in in', 'the the'), across a field's edge or inside its value.
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


# Words by which a sentence says the reader was the one who raised a topic ("you described",
# "your account of", "talking me through"): said only of a topic that is theirs.
_CLAIMS = re.compile(
    r"(?<!with )(?<!to )\byou\b|\byour (?!team\b|time\b|company\b|organi[sz]ation\b|welcome\b)|"
    r"\bme through\b|"
    r"\bcandid\b|\bopenly\b|\bfrankly\b|\bfor explaining\b|\bfor sharing\b|\bfor telling\b|"
    r"\bfor walking\b|\bfor showing\b|\bfor the honest\b|\bfor the detail\b",
    re.IGNORECASE,
)
_ANY_OWNER = ("exercise", "question", "priority")  # the candidate's own, or one person's
_PRESENTED = re.compile(
    r"\b(?:present|presenting|explain(?:ing)?|(?:talk|walk|take)(?:ing)? you through|questions?|"
    r"back-and-forth|your view)\b",
    re.I,
)
# Work done alongside the reader ('working through X with you'): wrong for the candidate's own
# presentation, which was theirs to give ('Going through my seminar together')
_SHARED_WORK = re.compile(r"\btogether\b|\bwith you\b|\bwork(?:ing)? through\b", re.I)
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
# beginnings every frame may share with a topic ('your', 'with', 'about'): no echo
_FRAME_COMMON = frozenset(
    ["your", "with", "that", "this", "what", "have", "from", "more", "abou", "thro"]
)
_WORD = re.compile(r"[a-z]{4,}")


def _echoes_topic(template: str, values: Mapping[str, Any]) -> bool:
    """Whether a frame's own words say again what its {topic} names, word beginnings alike
    ('I appreciated the chance to present {topic}' with 'the case presentation'): the frame
    reads as a stammer. Words of four letters or more, compared by their first four."""
    topic = str(values.get("topic") or "").lower()
    if not topic or "{topic" not in template.lower():
        return False
    frame = {w[:4] for w in _WORD.findall(_PLACEHOLDER.sub(" ", template.lower()))}
    return any(w[:4] in frame for w in _WORD.findall(topic) if w[:4] not in _FRAME_COMMON)


# 'it' pointing back at the note's topic: wrong after a plural one ('the rotas')
_IT_BACK = re.compile(
    r"\b(?:with|about|on|through|into|over) it\b|\bit (?:since|through|goes|develops)\b", re.I
)
_ON_THE_DAY = re.compile(r"\b(?:the day|on the day|in the room|in person|today)\b", re.I)
_WHO_ASKED = re.compile(r"\b(?:asked|asking|your question|questions?)\b", re.I)
_ASKED = re.compile(r"\bquestions?\b|\byour (?:challenge|view|point|feedback|advice)\b", re.I)


# The topic's field in a variant, and the frames that read right round any noun phrase, however
# it was jotted: it was talked about, heard about, discussed ('our conversation about …').
_TOPIC_FIELD = re.compile(r"\{(?:topic|Topic|topic_about|Topic_about)\}")
# A topic of LONG_TOPIC words or more (the user's own words, often) goes in a frame that ends
# on it (or on one of END_TAILS): a long phrase followed by 'was part of the day', 'so early
# on', 'since' or ', and I'd welcome the chance to be part of it' loses its reader.
LONG_TOPIC = 10
END_TAILS = frozenset(["", "with you", "with me"])


def long_topic(values: Mapping[str, Any], field: str = "topic") -> bool:
    """Whether this note's topic (or what its bridge ties to, `field` "tied") is long
    (LONG_TOPIC words or more)."""
    fields = (field, "topic_about") if field == "topic" else (field,)
    return any(len(str(values.get(f) or "").split()) >= LONG_TOPIC for f in fields)


_TIED = re.compile(r"\{[Tt]ied\}")

# A topic said as a wh-clause ('when an engineer should refuse to sign', 'how you would
# handle an upset parent') reads only after a preposition ('your question on …', 'asked
# about …'), never as a frame's subject or object ('I've given when … more thought').
_WH_TOPIC = re.compile(r"(?i)^(?:when|how|what|why|whether|where|who|which|if)\b")
_WH_FRAME = re.compile(r"(?i)\b(?:about|on|over|of|to|with)\s+\{(?:topic|topic_about|tied)\}")


# A claim of two clauses ('I use ArcGIS Pro and StoryMaps, and I speak fluent Spanish') ends
# its sentence: a tail after it ('…, so that work is familiar to me') is read of the second
# clause alone.
_TWO_CLAIMS = re.compile(r",\s+and\s+(?:I|I'm|I've|I'd)\b|;\s")
_ENDS_ON_QUAL = re.compile(r"\{[Qq]ual\}[.!]?\s*$|^(?:(?!\{[Qq]ual\}).)*$")


# A claim of what the candidate will or would do ('I would take the HACCP course', 'I'll sit
# the exam in May') is no work done: never in a frame that says it is ('… so that work is
# familiar to me', 'I know that ground …', '…, and I'd draw on that here').
_INTENT = re.compile(
    r"(?i)\s*I(?:'d|'ll| would| will| plan| intend| am going to| am planning| hope)\b"
)
_DONE_FRAME = re.compile(r"(?i)familiar|that ground|draw on that|help with that|my own work")


def two_claims(values: Mapping[str, Any]) -> bool:
    """Whether this note's claim is two clauses joined ('…, and I speak fluent Spanish')."""
    return bool(_TWO_CLAIMS.search(str(values.get("qual") or "")))


_FIGURE = re.compile(
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)$"
)


def leads_with_its_verb(template: str, values: Mapping[str, Any]) -> bool:
    """Whether the words just before a variant's topic say the topic's first word again,
    word beginnings alike ('talk about {topic}' for 'talking to the church groups …', 'the
    discussion of discussing …'): words of four letters or more, by their first four."""
    m = _TOPIC_FIELD.search(template)
    if m is None:
        return False
    field = m.group().strip("{}").lower()
    topic = str(values.get(field) or values.get("topic") or "").lower()
    lead = next((w for w in _WORD.findall(topic)[:3] if w[:4] not in _FRAME_COMMON), "")
    before = _WORD.findall(_PLACEHOLDER.sub(" ", template[: m.start()].lower()))[-4:]
    return len(lead) >= 4 and any(w[:4] == lead[:4] for w in before if len(w) >= 4)


def says_the_claims_verb(template: str, values: Mapping[str, Any]) -> bool:
    """Whether a variant's own words say the claim's verb again ('I know that ground from my
    own work; I know the hours-of-service rules'): words of four letters or more, by their
    first four, against the claim's first three words."""
    if not re.search(r"\{[Qq]ual\}", template):
        return False
    claim = [w[:4] for w in _WORD.findall(str(values.get("qual") or "").lower())[:3]]
    frame = _WORD.findall(_PLACEHOLDER.sub(" ", template.lower()))
    return any(w[:4] in claim for w in frame if w[:4] not in _FRAME_COMMON)


def wh_topic(values: Mapping[str, Any]) -> bool:
    """Whether this note's topic is said as a wh-clause ('how to handle an upset parent')."""
    return bool(_WH_TOPIC.match(str(values.get("topic") or "").strip()))


def wh_frame(template: str) -> bool:
    """Whether a variant says its topic only after a preposition, where a wh-clause reads
    ('your question on {topic}'); True for a variant without a topic."""
    fields = re.findall(r"\{(?:topic|topic_about|tied)\}", template, re.I)
    return len(_WH_FRAME.findall(template)) >= len(fields)


def ends_on_topic(template: str) -> bool:
    """Whether a variant's sentence ends on its topic field (or one of END_TAILS after it);
    True for a variant without the field."""
    return topic_tail(template) in END_TAILS


def topic_tail(template: str) -> str:
    """The words of a variant's sentence after its topic field ('with me', ''; '' for a
    variant without the field)."""
    m = _TOPIC_FIELD.search(template)
    if m is None:
        return ""
    tail = re.split(r"[.!?]", template[m.end() :], maxsplit=1)[0]
    return " ".join(re.findall(r"[\w{}'’-]+", tail)).lower()


def tail_misreads(template: str, values: Mapping[str, Any]) -> bool:
    """Whether a tail after the topic ('… with me') would be read with the topic's last part
    alone: after a list ('the three audits, and seniors leading teams of four with me') or a
    topic that is itself a doing ('being able to say no to stakeholders with me')."""
    if not topic_tail(template):
        return False
    topic = str(values.get("topic") or "")
    return "," in topic or bool(_DOING.match(topic))


# a topic that is itself a doing: a gerund and its object ('being able to say no', 'talking
# to the church groups', 'getting the annual report out')
_DOING = re.compile(
    r"\s*[a-z]+ing\s+(?:the|a|an|to|our|your|their|more|from|with|it|them|up|out|down|off|"
    r"able|into|over|back|ahead)\b"
)


_SAFE_FRAME = re.compile(
    r"\b(?:conversation|discussion|talk|talked|talking|hear|hearing|heard|chat)"
    r"(?: with you)? (?:about|of|through|on) \{(?:topic|topic_about)\}",
    re.IGNORECASE,
)


def claims_who_said(template: str, field: str) -> bool:
    """Whether a variant says the reader raised `field` ('topic' or 'detail')."""
    if f"{{{field}}}" not in template.lower():
        return False
    return bool(_CLAIMS.search(re.sub(r"\b[Tt]hank you\b|\byour time\b", "", template)))


_WH_WORDS = ("how ", "why ", "what ", "where ", "when ", "whether ", "who ")
# Frames a 'how …' clause cannot fill: it cannot start a sentence, nor be what is approached,
# tackled, seen, shown, presented, helped with or put first ('approaching how the ETL falls
# over').
_NOUN_ONLY = re.compile(
    r"(?:\b(?:approaching|tackling|seeing|showing|show|present|with|put|at|of seeing|"
    r"describe|detail on|up close|a look at)\s+)\{(?:topic|detail|topic_about)\}|"
    r"\{(?:Topic|Detail|Topic_about)\}|"
    r"\{(?:topic|detail|topic_about)\}\s+(?:up close|first|is|was|has|since|on your|so|with|"
    r"and the|from the|during|in the)\b"
)


def clause_unfit(template: str, values: Mapping[str, str | None]) -> bool:
    """Whether a variant needs a noun phrase where this note has a clause ('how you set up the
    practice', 'how drivers drop pooled orders')."""
    if not any(
        str(values.get(k) or "").startswith(_WH_WORDS) for k in ("topic", "detail", "topic_about")
    ):
        return False
    if re.search(r"\bhow\b", template, re.I) and not re.search(r"\bhow it\b", template):
        return True  # 'how openly the panel talked about how …'
    for m in _NOUN_ONLY.finditer(template):
        name = re.search(r"\{(\w+)\}", m.group()).group(1).lower()  # type: ignore[union-attr]
        if str(values.get(name) or "").startswith(_WH_WORDS):
            return True
    return False


def mentions(template: str) -> dict[str, int]:
    names = [m.group(1).lower() for m in FIELD.finditer(template)]
    return {key: names.count(key) for key in BUDGETED}


def tidy_sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # 'Co..' -> 'Co.'
    if re.search(r"\b[A-Z][a-z]*\.[,;]", text):  # an initial keeps its stop ('J.R., Lydia')
        text = re.sub(r"(?<!\b[A-Z])\.([,;:])", r"\1", text)
    # a name that ends in a plural takes the apostrophe alone ('Calloway Steyn Partners'
    # team', never 'Partners's'); a name that only ends in s keeps it ('James's')
    if re.search(r"s['’]s\b", text):
        text = re.sub(r"\b([A-Z][\w&-]{2,}s)['’]s\b", _plural_possessive, text)
    return capfirst(text)


def _plural_possessive(m: re.Match[str]) -> str:
    from followup.core.check.words import everyday

    word = m.group(1)
    return f"{word}'" if everyday(word[:-1].lower()) else m.group(0)


@dataclass
class Writer:
    """Writes the sentences of one note."""

    bank: Bank
    values: Mapping[str, str | None]
    choose: Any  # (slot, n) -> index
    panel: Panel
    spelling: Spelling
    budget: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BUDGETED, 0))
    grams: set[tuple[str, ...]] = field(default_factory=set)  # this note's word 3-grams
    last: tuple[str, ...] = ()  # this note's last sentence
    last_named: frozenset[str] = frozenset()  # what of BUDGETED the last sentence named
    said: int = 0  # sentences of the body written so far
    offered: bool = False  # the body offered to go through the candidate's experience
    felt: Counter[str] = field(default_factory=Counter)  # words of feeling said (_FEELING)

    def sentence(self, slot: str, *, shared_ok: bool = False, reuse: bool = True) -> str | None:
        """One variant of `slot` for this note, or None when none fits (with `reuse` False,
        also None when every variant that fits is taken on this panel). A topic followup is
        not sure it has said well ('topic_unsure': the jot's words had to be guessed at) takes
        a frame safe for any noun phrase (_SAFE_FRAME) where the slot has one that fits."""
        if self.values.get("topic_unsure"):
            text = self._sentence(slot, shared_ok=shared_ok, reuse=reuse, safe=True)
            if text is not None:
                return text
        if long_topic(self.values):
            # a frame that ends on it, even one like another note's of the panel, before one
            # that runs on past it
            says_it = any(_TOPIC_FIELD.search(v) for v in self.bank.slots.get(slot, ()))
            for shared in (shared_ok, True) if says_it else (shared_ok,):
                text = self._sentence(slot, shared_ok=shared, reuse=reuse, ends=True)
                if text is not None:
                    return text
            # none of its kind ends on it: the plain frames of the slot it is a kind of
            # ('spec' for 'spec.challenge': 'It was good to talk about …'), before a frame
            # that runs on past it
            parent = slot
            while says_it and "." in parent:
                parent = parent.rsplit(".", 1)[0]
                if parent in self.bank.slots and parent not in _CLOSES:
                    text = self._sentence(parent, shared_ok=True, reuse=reuse, ends=True)
                    if text is not None:
                        return text
        return self._sentence(slot, shared_ok=shared_ok, reuse=reuse)

    def _sentence(
        self,
        slot: str,
        *,
        shared_ok: bool = False,
        reuse: bool = True,
        safe: bool = False,
        ends: bool = False,
    ) -> str | None:
        if slot in _CLOSES:  # a close of its own kind, when the record calls for one
            for kind in _close_kinds(self.values):
                if kind.startswith("none") and self.offered:
                    continue  # the note said 'qual.none' already: its usual close
                if f"{slot}.{kind}" in self.bank.slots:
                    # a note that claims nothing keeps its offer even as a panel's copy, and
                    # one written after the decision date always takes a close of that kind
                    # (a 'none.…' close of a few lines is not said twice in a panel: the plain
                    # 'none' close, of many, follows)
                    again = kind in ("none", "decided")
                    text = self.sentence(f"{slot}.{kind}", shared_ok=shared_ok, reuse=again)
                    if text:
                        return text
        variants = self.bank.slots.get(slot, ())
        if not variants:
            return None
        start = self.choose(slot, len(variants))
        echo: tuple[str, dict[str, int]] | None = None  # echoes this note, but is its own
        shared: tuple[str, dict[str, int]] | None = None  # another note of the panel has it
        alike: tuple[int, str, dict[str, int]] | None = None  # its frame reads like another's
        own = self._value_grams()
        for offset in range(len(variants)):
            template = self.spelling(variants[(start + offset) % len(variants)])
            if self._not_theirs(slot, template) or clause_unfit(template, self.values):
                continue
            if self.values.get("by_phone") and _MET_IN_PERSON.search(template):
                continue  # 'Many thanks for seeing me last Friday' after a phone screen
            if self.values.get("round_final") and _A_NEXT_STEP.search(template):
                continue  # 'Should there be a next step, …' after the final round
            if safe and _TOPIC_FIELD.search(template) and not _SAFE_FRAME.search(template):
                continue  # 'I was glad we could cover the AV costs': not round a guess
            if ends and not ends_on_topic(template):
                continue  # 'I was glad <twenty words> was part of the day': lost by its end
            if tail_misreads(template, self.values):
                continue  # 'talking through being able to say no to stakeholders with me'
            if long_topic(self.values, "tied") and _TIED.search(template):
                continue  # 'As for <twenty words>, …' once more: a bridge that points back
            if wh_topic(self.values) and not wh_frame(template):
                continue  # 'I've given when an engineer should refuse … more thought'
            if _INTENT.match(str(self.values.get("qual") or "")) and _DONE_FRAME.search(template):
                continue  # 'I would take the HACCP course, so that work is familiar to me'
            if two_claims(self.values) and not _ENDS_ON_QUAL.search(template):
                continue  # 'I use ArcGIS Pro, and I speak Spanish, so that work is familiar'
            if leads_with_its_verb(template, self.values) or says_the_claims_verb(
                template, self.values
            ):
                continue  # 'I was glad we could talk about talking to the church groups'
            plural = self.values.get("topic_plural") and "{topic" in template.lower()
            if plural and _IT_BACK.search(template):  # 'the batch risk features … with it'
                continue
            if (
                not self.said
                and "{first}" in template
                and not slot.startswith("subject")
                and not slot.endswith(".late")
            ):
                continue  # 'Dear Mei, / Thank you for your time, Mei.': never at once
            count = mentions(template)
            if any(self.budget[k] + count[k] > LIMITS[k] for k in BUDGETED):
                continue
            text = fill(template, self.values)
            if text is None:
                continue
            text = tidy_sentence(text)
            key = norm(text)
            taken = not shared_ok and len(key) >= SHARED_MIN_WORDS and key in self.panel.used
            if taken:
                shared = shared or (text, count)
                continue
            if self._repeats(text, key) or any(count[k] for k in self.last_named):
                # an echo: also the company or role named again in the very next sentence
                echo = echo or (text, count)
                continue
            overlap = len(({key[i : i + 3] for i in range(len(key) - 2)} - own) & self.panel.grams)
            if overlap >= PANEL_GRAMS and not shared_ok:
                if alike is None or overlap < alike[0]:
                    alike = (overlap, text, count)
                continue
            self._take(text, count)
            self.said += not slot.startswith("subject")
            return text
        if safe or ends and alike is None:
            return None  # no fresh safe frame: any frame that fits, as for any topic
        if alike is not None:
            # every fresh variant reads like another note: the least alike (for a long
            # topic, a frame that ends on it, however alike)
            self._take(alike[1], alike[2])
            self.said += not slot.startswith("subject")
            return alike[1]
        # Every variant echoes this note or is taken on the panel: an echo rather than a copy,
        # a copy (the panel comparison will say so) only where the slot may not be dropped.
        fallback = echo or (shared if reuse else None)
        if fallback is not None:
            self._take(*fallback)
            self.said += not slot.startswith("subject")
            return fallback[0]
        return None

    def _not_theirs(self, slot: str, template: str) -> bool:
        """A variant that credits the reader with a topic that is not known to be theirs (a
        panel's topic with no name on it): 'It was good to hear you describe X'."""
        if self.values.get("topic_before") and _ON_THE_DAY.search(template):
            return True  # a take-home done the week before was no 'part of the day'
        sat = slot.split(".")[-1] == "exercise" and self.values.get("topic_sat")
        if sat and _PRESENTED.search(template):  # a test sat or a role play: not presented
            return True
        if slot.split(".")[-1] == "exercise" and not sat and _SHARED_WORK.search(template):
            return True  # a talk or case the candidate presented: never done 'with you'
        if slot.split(".")[-1] == "exercise" and _echoes_topic(template, self.values):
            return True  # 'present the case presentation', 'talking you through my talk'
        if slot.split(".")[-1] == "exercise" and not self.values.get("topic_owned"):
            # the panel's part in your exercise: nobody is said to have asked or challenged
            return bool(_ASKED.search(template))
        if slot.split(".")[-1] == "question" and not self.values.get("topic_owned"):
            # a question the record ties to nobody: never 'your question', 'you asked'
            return bool(_WHO_ASKED.search(template))
        if slot.split(".")[-1] in _ANY_OWNER or slot.startswith(("c_", "phone", "ci_")):
            return False
        if not self.values.get("topic_owned") and claims_who_said(template, "topic"):
            return True
        return claims_who_said(template, "detail")

    def _repeats(self, text: str, key: tuple[str, ...]) -> bool:
        """Whether a sentence would echo this note: a word 3-gram already written, the same
        last word as the sentence before it, or one long word twice in itself."""
        grams = {key[i : i + 3] for i in range(len(key) - 2)}
        if grams & self.grams:
            return True
        if self.last and key and key[-1] == self.last[-1] and len(key[-1]) > 2:
            return True
        if self.last and "there" in key and "there" in self.last:
            return True
        if key[:1] in _THANKS and self.last[:1] in _THANKS:
            return True  # 'Thanks for meeting me. Thank you for the questions …'
        if len(key) > 3 and key[:2] == self.last[:2]:
            return True  # 'I appreciated your time. I appreciated meeting you …'
        if any(self.felt[_FEELING[w]] >= 2 for w in key if w in _FEELING):
            return True  # 'I appreciated …', '… appreciated …' and a third: 'appreciated x3'
        long = [
            w
            for i, w in enumerate(key)
            if (len(w) > 6 or w in ("since", "about", "through"))
            # 'about 3,200 objects' is a figure's 'about', not a second 'hear about'
            and not (w == "about" and i + 1 < len(key) and _FIGURE.match(key[i + 1]))
        ]
        return len(long) != len(set(long))  # 'the drop since the redesign since

    def _value_grams(self) -> set[tuple[str, ...]]:
        """The word 3-grams inside what the record fills in (a topic, the company): notes that
        say the same topic share them, whatever their frames."""
        grams: set[tuple[str, ...]] = set()
        for value in self.values.values():
            if isinstance(value, str) and " " in value:
                key = norm(value)
                grams |= {key[i : i + 3] for i in range(len(key) - 2)}
        return grams

    def _take(self, text: str, count: Mapping[str, int]) -> None:
        for k in BUDGETED:
            self.budget[k] += count[k]
        key = norm(text)
        self.panel.used.add(key)
        grams = {key[i : i + 3] for i in range(len(key) - 2)}
        self.grams |= grams
        self.panel.grams |= grams
        self.last = key
        self.last_named = frozenset(k for k in BUDGETED if count[k] and k == "company")
        self.feel(text)

    def feel(self, text: str | None) -> None:
        """Count the words of feeling of a sentence written elsewhere (the user's own line),
        so that the frames do not say one of them a third time."""
        self.felt.update(_FEELING[w] for w in norm(text or "") if w in _FEELING)

    def count(self, text: str) -> None:
        """Count the company and role named in text written elsewhere (the subject line)."""
        for key in ("company", "role"):
            value = self.values.get(key)
            if value:
                self.budget[key] += text.lower().count(value.lower())


def resolve(slot: str, kind: str | None, bank: Bank) -> str:
    """'spec' -> 'spec.challenge' when the bank has a slot for the topic's kind."""
    if kind and f"{slot}.{kind}" in bank.slots:
        return f"{slot}.{kind}"
    return slot


def _hook(writer: Writer, slot: str, kind: str | None) -> str | None:
    """The note's topic as a whole thought, when it reads as one ('point' values): a variant of
    '<slot>.point.<goal|plan|problem|fact|change>' ('your point that the depot wants to go fully
    electric by 2030'); None when the note has no such point or no variant fits, and the
    topic is said as before."""
    point = writer.values.get("point_kind")
    name = f"{slot}.point.{point}"
    if not point or kind in ("exercise", "story", "item", "question", "event"):
        return None
    if name not in writer.bank.slots:
        return None
    return writer.sentence(name, reuse=False)


_BRIDGED_KINDS = frozenset(["plan", "challenge"])


def _bridged_hook(writer: Writer, slot: str, kind: str | None, has_topic: bool) -> str | None:
    """Their plan or challenge said with the claim that answers it, in one sentence
    ('spec.bridge.plan': 'Your move off Yardi to Entrata caught my attention, since I have run
    the conversion checklist …'), where the note first names its topic ('spec', 'open_topic');
    None when the note has no such pair (compose sets 'bridge_hook') or no variant fits."""
    if slot not in ("spec", "open_topic") or not has_topic or kind not in _BRIDGED_KINDS:
        return None
    if not writer.values.get("bridge_hook") or writer.values.get("point_kind"):
        return None  # their point said whole ('you want …') is the better hook
    if long_topic(writer.values):
        return None  # '<twenty words> caught my attention, since …': said apart
    # a claim that names the topic in its own words ('reduced front desk turnover' for 'desk
    # turnover') says it already: 'On desk turnover, I have reduced front desk turnover' reads
    # twice, so the topic and the claim are said apart
    own = set(re.findall(r"[a-z0-9][a-z0-9'-]+", (writer.values.get("qual") or "").lower()))
    named = set(re.findall(r"[a-z0-9][a-z0-9'-]+", (writer.values.get("topic") or "").lower()))
    if named - _THE <= own:
        return None
    return writer.sentence(f"spec.bridge.{kind}", reuse=False)


def _card_met(writer: Writer) -> str | None:
    """A card's specific when nothing discussed can be named to its reader: the others of the
    panel it met with ('card_spec.panel'), or to the coordinator the people met
    ('card_spec.met'); None when the record names nobody else."""
    if writer.values.get("panel_people"):
        return writer.sentence("card_spec.panel")
    return writer.sentence("card_spec.met") if writer.values.get("card_met") else None


def _no_topic(writer: Writer) -> str | None:
    """What a note says when nothing discussed is the reader's own: that they met them with
    the rest of the panel, by name ('spec.panel', when there are others), else what the role
    is ('spec.none'). Never someone else's topic."""
    if (
        writer.values.get("panel_people")
        and not writer.values.get("pass_people")
        and not any(writer.values.get(k) for k in _ROOM)
    ):
        # a roster only where nothing else of the day is named: never beside the room, nor
        # in a note that passes thanks on to the same people ('Please pass my thanks to …')
        text = writer.sentence("spec.panel")
        if text:
            return text
    if writer.values.get("moment"):
        return None  # the moment they will remember is the note's specific
    return writer.sentence("spec.none")


def _unbridged(writer: Writer) -> str:
    """The claim's slot when the note's topic is not what it answers: 'bridge.point' when the
    point of theirs it answers reads as a clause ('You mentioned that supply cost per case is
    up 11%; I led …'), 'bridge.concept' when it is named by its concept ('On costs, I led
    …'), else 'qual' (a claim of no link)."""
    if writer.values.get("claim_point") and "bridge.point" in writer.bank.slots:
        return "bridge.point"
    if writer.values.get("concept") and "bridge.concept" in writer.bank.slots:
        return "bridge.concept"
    return "qual"


def _need(writer: Writer) -> str | None:
    """The bridge to a need the record states: what they are looking for, and the
    qualification that answers it ('You said you're looking for someone who can cover nights
    on their own; I have spent six years ...'); a credential, a fact of one's life or the
    user's own sentence in a frame that says it as it is."""
    values = writer.values
    slot = "need" if values.get("need_theirs") else "need.shared"
    if values.get("qual_held") or values.get("qual_plain"):
        slot = "need.held"
    return writer.sentence(slot) or writer.sentence("need.held")


# the words of feeling the frames say, by the word they share: a note says none of them a
# third time (session 40's recruiters marked down "'appreciated' x3" and 'glad' thrice)
_FEELING = {"appreciated": "appreciate", "appreciate": "appreciate", "glad": "glad",
            "enjoyed": "enjoy", "enjoy": "enjoy", "grateful": "grateful", "pleasure": "pleasure",
            "delighted": "delighted", "keen": "keen", "valued": "valued"}  # fmt: skip
_ROOM = ("room_mine", "room_set", "room_item", "room_panel", "moment")
_CLOSES = frozenset(["wrap", "thanks_wrap", "c_close"])  # closes with kinds ('wrap.none')


def _fit_in_close(writer: Writer, slot: str = "wrap") -> str | None:
    """The close a note's untied claim is said inside ('wrap.fit', with the decision date
    still ahead 'wrap.fit.decision', a next step 'wrap.fit.next', a result to come
    'wrap.fit.awaited'), when it reads as what the candidate has ('my eight years as a
    barista'); None when it does not, or when the close has something else to say
    (something asked for, a decision date gone by)."""
    values = writer.values
    mine = (values.get("qual_mine") or "").lower()
    if not mine or values.get("asked") or values.get("decided"):
        return None
    role = (values.get("role") or "").lower()
    if role and role in mine and writer.budget["role"] >= LIMITS["role"] - 1:
        return None  # 'my three years as an associate brand manager' names the role again
    kind = next((k for k in ("decision", "next_step", "awaited") if values.get(k)), None)
    # work done said with its gerund ('my experience leading …') takes closes where it ends
    # before a comma or a verb ('wrap.done'), never 'bring … to {company}'
    done = bool(values.get("qual_done"))
    if slot == "thanks_wrap":  # the thanks said with it ('thanks_wrap.fit'), no other kind
        said = "thanks_wrap.done" if done else "thanks_wrap.fit"
        return said if kind is None and said in writer.bank.slots else None
    head = "wrap.done" if done else "wrap.fit"
    slot = {"decision": f"{head}.decision", "next_step": f"{head}.next",
            "awaited": f"{head}.awaited"}.get(kind or "", head)  # fmt: skip
    return slot if slot in writer.bank.slots else None


def _close_kinds(values: Mapping[str, str | None]) -> list[str]:
    """Which kinds of close a note takes, first choice first (data/sentences.toml): 'none'
    when it claims nothing (the close says what the candidate would bring, never a
    bare claim of fit), 'decision' when the record holds the employer's decision date still
    ahead (the close says it), before it 'next' when the notes name the next step of the
    process (the close names it), only 'decided' when that date has gone by (the close says
    so); first 'asked' when the reader asked for something the
    candidate can send (the close offers it), last 'awaited' when the notes say a result or
    feedback is to come (core/closes.py); only 'observer' in a note to someone who only
    watched."""
    if values.get("observer"):  # one who only watched: a close that asks them nothing
        return ["observer"]
    if values.get("decided"):  # the decision date is gone by: said, whatever else is asked
        return [*([] if values.get("qual") else ["none"]), "decided"]
    kinds = ["asked"] if values.get("asked") else []
    if not values.get("qual") and values.get("next_step"):
        kinds += ["none.next"]  # claims nothing, and the notes name the next step
    if not values.get("qual") and values.get("decision"):
        kinds += ["none.decision"]  # claims nothing, and the date they gave is still ahead
    if not values.get("qual") and values.get("awaited"):
        kinds += ["none.awaited"]  # claims nothing, and a result is to come
    kinds += [] if values.get("qual") else ["none"]
    kinds += ["next"] if values.get("next_step") else []
    kinds += ["decision"] if values.get("decision") else []
    return kinds + (["awaited"] if values.get("awaited") else [])


# a frame that says the candidate and the reader met face to face ('seeing me', 'meeting
# with me', 'sit down with you'): never after an interview by phone ('to meet you', of
# getting to know someone, is said on a call too)
_MET_IN_PERSON = re.compile(
    r"(?i)\bseeing\s+(?:me|you|us)\b|\bmeeting\s+(?:with\s+)?me\b|\bmet\s+with\s+me\b"
    r"|\bsit\s+down\s+with\b|\bfor meeting\b|\bin person\b"
)
# a close that presumes a step of the process to come ('Should there be a next step',
# 'I look forward to the next stage'): never after the round the notes call the last
_A_NEXT_STEP = re.compile(r"(?i)\bnext\s+(?:steps?|stages?|rounds?)\b")
_OPENERS = frozenset(["open", "open_short", "open_topic", "c_open", "card_open"])
_CLOSERS = frozenset(["wrap", "thanks_wrap", "interest", "interest_enthusiasm",
                      "enthusiasm_next", "next", "c_close", "card_close"])  # fmt: skip


def _after_opening(writer: Writer) -> list[str]:
    """What follows a note's opening thanks: thanks for what the reader did with the candidate
    in the room (the candidate's exercise they took part in, one they set, or an item they
    showed) and for the help they gave with the day (the schedule, the tech check), each
    when the record says so."""
    out = []
    kind = writer.values.get("moment_kind")
    slots: tuple[str, ...] = ("room.mine", "room.set", "room.item", "room.panel", "help")
    if kind:  # the moment they will remember first ('Thank you for getting the kit out …')
        slots = (f"moment.{kind}", *slots)
    for slot in slots:
        text = writer.sentence(slot, reuse=False) if slot in writer.bank.slots else None
        if text:
            out.append(text)
    return out


def _long(writer: Writer, slot: str) -> str:
    """A bridge for a claim of several sentences (the user's own paragraph): only frames that
    lead into it ('bridge.long', 'bridge.near.long'), never one that trails after it."""
    near = ("bridge.near", "bridge.near.held", *(f"bridge.near.{k}" for k in _NEAR_KINDS.values()))
    if not writer.values.get("qual_long") or slot not in ("bridge", "bridge.held", *near):
        return slot
    long = "bridge.near.long" if slot in near else "bridge.long"
    return long if long in writer.bank.slots else slot


def _just_said(writer: Writer, written: Sequence[str]) -> bool:
    """Whether the sentence just written names what the claim answers ('tied'): the bridge
    then points back to it ('bridge.near') rather than naming it again."""
    tied = (writer.values.get("tied") or "").lower()
    if not tied or "bridge.near" not in writer.bank.slots:
        return False
    # the claim says it in its own words ('supervised an FTTH rollout' for 'the FTTH rollout')
    own = set(re.findall(r"[a-z0-9][a-z0-9'-]+", (writer.values.get("qual") or "").lower()))
    named = set(re.findall(r"[a-z0-9][a-z0-9'-]+", tied)) - _THE
    if named and named <= own:
        return True
    if not written:
        return False
    last = re.split(r"(?<=[.!?])\s+", written[-1].strip())[-1]
    return tied in last.lower()


# what a claim said right after a topic of these kinds offers to do for it ('bridge.near.<kind>')
_NEAR_KINDS = {"challenge": "challenge", "need": "challenge", "priority": "challenge",
               "plan": "plan", "project": "plan"}  # fmt: skip


def _near(writer: Writer, topic_kind: str | None = None) -> str:
    """The bridge said right after the sentence that names what the claim answers: for a
    degree or a credential held, one that says it bears on that ('bridge.near.held'), never
    'so it is work I know well' (a licence is no work done); after their challenge, need or
    plan, one that offers to help with it or be part of it ('bridge.near.challenge',
    'bridge.near.plan'), never 'so I've seen that first-hand' (session 40's recruiters read
    it as pointing at nothing, or at the employer's problem as if the candidate knew it)."""
    held = writer.values.get("qual_held") and "bridge.near.held" in writer.bank.slots
    if held:
        return "bridge.near.held"
    kind = _NEAR_KINDS.get(topic_kind or "")
    slot = f"bridge.near.{kind}"
    return slot if kind and slot in writer.bank.slots else "bridge.near"


def _said(writer: Writer, slot: str, reuse: bool = True) -> str | None:
    """`writer.sentence(slot)`; for a bridge of a topic's kind ('bridge.near.challenge') that
    has no variant left that fits, the plain tail ('bridge.near')."""
    text = writer.sentence(slot, reuse=reuse)
    if text is None and slot.startswith("bridge.near.") and slot[12:] in _NEAR_KINDS.values():
        text = writer.sentence("bridge.near")
    return text


_THE = frozenset(["the", "a", "an", "your", "their", "our", "of", "for", "and", "to", "in", "on"])


def _no_claim(writer: Writer, close_offers: bool = False) -> str | None:
    """A note no qualification answers: a line of the user's own 'qual.none' (shipped empty),
    one the panel's other notes have not said; else, when the note's close can make the offer
    itself (`close_offers`: 'wrap.none'), nothing here; else (its close says the decision
    date, the next step or what is to come) an offer of examples of the candidate's work
    ('offer.none'), or a user's 'qual.none.plain'; never a claim of fit it cannot show."""
    text = writer.sentence("qual.none", reuse=False)  # another than the panel's notes say
    if text is None and close_offers:
        return None
    text = (
        text
        or writer.sentence("offer.none", reuse=False)
        or writer.sentence("qual.none.plain", reuse=False)
        or writer.sentence("qual.none")
        or writer.sentence("offer.none")
        or writer.sentence("qual.none.plain")
    )
    writer.offered = writer.offered or text is not None
    return text


def _passed_on(writer: Writer) -> list[str]:
    """A plan's note passes thanks on to the rest of the panel by name, and to someone who
    showed the candidate an item for that ('and to Ollie for showing me the CLT panel')."""
    inbox = writer.values.get("inbox") and "pass.inbox" in writer.bank.slots
    many = writer.values.get("people_many") and "pass.many" in writer.bank.slots
    slots = ("pass.shown", "pass.shown_only", "pass.many" if many else "pass")
    for slot in ("pass.inbox",) if inbox else slots:
        text = writer.sentence(slot, reuse=False) if slot in writer.bank.slots else None
        if text:
            return [text]
    return []


def _after_topic(out: Sequence[str], topic: str | None) -> int:
    """Where a line that belongs beside the topic goes: after the sentence that says it."""
    low = (topic or "").lower()
    at = next((i for i, text in enumerate(out) if low and low in text.lower()), None)
    return len(out) if at is None else at + 1


def write_shape(
    writer: Writer,
    shape: Sequence[Sequence[str]],
    *,
    topic_kind: str | None,
    has_topic: bool,
    related: bool,
    late: bool,
) -> list[str]:
    """The paragraphs of a note in this shape (slots that have nothing to say are left out)."""
    bank = writer.bank
    paragraphs: list[str] = []
    opened_with_topic = False
    met = False  # the panel's other members named
    need = bool(writer.values.get("need"))
    fit = bool(writer.values.get("qual_fit")) and not need  # the claim, said in the close
    # whether the note's close can say what the candidate would bring itself
    closer = [s.rstrip("?") for para in shape for s in para if s.rstrip("?") in _CLOSES]
    offers = any(f"{s}.none" in bank.slots for s in [*closer, "wrap"][:1]) and not any(
        writer.values.get(k) for k in ("asked", "decision", "decided", "awaited", "next_step")
    )  # a close of its own kind (the decision date) says that, not the offer
    opened = False  # the thanks that open the note are said: what happened in the room next
    passed = not writer.values.get("pass_people")  # thanks passed on (a plan's note)
    # their plan or challenge and the claim that answers it, said as one thought where the
    # topic is first named ('spec.bridge.<kind>'): the claim is then not said again
    bridged = False
    for at, para in enumerate(shape):
        out: list[str] = []
        for raw in para:
            optional = raw.endswith("?")
            slot = raw.rstrip("?")
            if opened:
                out += _after_opening(writer)
                opened = False
            if not passed and at == len(shape) - 1 and slot in _CLOSERS:
                out += _passed_on(writer)
                passed = True
            opened = slot in _OPENERS and not any(p for p in paragraphs)
            if fit and slot in ("bridge", "qual"):
                continue  # an untied claim is said in the close, as a statement of fit
            if bridged and slot in ("bridge", "qual"):
                continue  # the hook said the claim with the topic it answers
            if bridged and slot == "qual_wrap":
                if not passed and at == len(shape) - 1:
                    out += _passed_on(writer)
                    passed = True
                out += [t for t in [writer.sentence("wrap")] if t]
                continue
            hook = None if bridged else _bridged_hook(writer, slot, topic_kind, has_topic)
            if hook is not None:
                if slot == "open_topic" or (slot in ("open", "open_short") and late):
                    opening = writer.sentence("open.late", reuse=False) if late else None
                    opening = opening or writer.sentence("open")
                    out += [t for t in (opening, hook) if t]
                else:
                    out.append(hook)
                bridged = True
                continue
            close_only = bool(writer.values.get("qual_close_only"))
            if (
                fit
                and (slot in ("wrap", "c_close", "qual_wrap") or (close_only and slot in _CLOSES))
                and (fit_close := _fit_in_close(writer, slot))
            ):
                said = writer.sentence(fit_close)
                if said:  # the claim is the close: 'I'd be glad to bring my MBA to …'
                    if not passed and at == len(shape) - 1:
                        out += _passed_on(writer)
                        passed = True
                    out.append(said)
                    fit = False
                    continue
            if fit and close_only and slot in (*_CLOSES, "qual_wrap"):
                # no close of the kind carries it: the claim is not said, and the close is
                # one of a note that claims nothing ('wrap.none': what the candidate would bring)
                fit = False
                writer.values = {**writer.values, "qual": None}
            if fit and slot in (*_CLOSES, "qual_wrap"):
                held = writer.values.get("qual_held") and "qual.fit.held" in bank.slots
                said = writer.sentence("qual.fit.held" if held else "qual.fit") or writer.sentence(
                    "qual.held" if held else "qual"
                )
                if said and not passed and at == len(shape) - 1:
                    out += _passed_on(writer)  # thanks passed on, the fit, then the close
                    passed = True
                out += [said] if said else []
                fit = False
                if slot == "qual_wrap":
                    slot = "wrap"
            if need and slot in ("bridge", "qual", "qual_wrap"):
                said = _need(writer)
                if said:  # their need is the note's claim, and its specific
                    out.append(said)
                    if not passed and at == len(shape) - 1 and slot == "qual_wrap":
                        out += _passed_on(writer)
                        passed = True
                    wrap = writer.sentence("wrap") if slot == "qual_wrap" else None
                    out += [wrap] if wrap else []
                    continue
            if slot == "c_pass" and writer.values.get("inbox") and "c_pass.inbox" in bank.slots:
                slot = "c_pass.inbox"  # a team's mailbox: the thanks said, nothing asked of it
            elif slot == "c_pass" and writer.values.get("people_many"):
                slot = "c_pass.many" if "c_pass.many" in bank.slots else slot
            elif slot == "c_pass" and "c_pass.shown" in bank.slots:
                text = writer.sentence("c_pass.shown", reuse=False)
                if text:  # 'and Hector for showing me the borescope'
                    out.append(text)
                    continue
            if slot == "c_open" and late and "c_open.late" in bank.slots:
                slot = "c_open.late"
            elif slot in ("open", "open_short", "open_topic") and late:
                if slot == "open_topic" and has_topic:
                    text = writer.sentence("open.late", reuse=False) or writer.sentence("open")
                    follow = _hook(writer, "spec", topic_kind) or writer.sentence(
                        resolve("spec", topic_kind, bank)
                    )
                    out += [t for t in (text, follow) if t]
                    continue
                text = writer.sentence("open.late", reuse=False) or writer.sentence(slot)
                if text:
                    out.append(text)
                continue
            elif slot == "open_topic":
                if has_topic:
                    slot = resolve("open_topic", topic_kind, bank)
                    opened_with_topic = True
                    text = _hook(writer, "open_topic", topic_kind) or writer.sentence(
                        slot, reuse=False
                    )
                    if text is None and topic_kind != "challenge":  # a problem: never 'enjoyed'
                        text = writer.sentence("open_topic", reuse=False)
                    if text is None:  # none fits: thanks, then the topic on its own
                        text = writer.sentence("open")
                        opened_with_topic = False
                        follow = _hook(writer, "spec", topic_kind) or writer.sentence(
                            resolve("spec", topic_kind, bank)
                        )
                        out += [t for t in (text, follow) if t]
                        continue
                    out.append(text)
                    learnt = (
                        writer.sentence("learnt.exercise") if topic_kind == "exercise" else None
                    )
                    if learnt:  # what they said of your own exercise
                        out.append(learnt)
                    continue
                else:  # nothing of theirs to name: thanks, then what the role involves
                    none = None if need else _no_topic(writer)
                    out += [t for t in (writer.sentence("open"), none) if t]
                    continue
            elif slot == "spec" and not has_topic:
                text = None if need else _no_topic(writer)  # their need says it
                if text:
                    out.append(text)
                continue
            elif slot == "spec":
                text = _hook(writer, "spec", topic_kind)
                if text:
                    out.append(text)
                    continue
                slot = resolve("spec", topic_kind, bank)
            elif slot == "card_spec":
                # their point said whole in a frame for its kind ('card_spec.point.plan'),
                # else the topic in one for its kind; with neither, the panel met by name
                # one another card of the panel says already (the exercise all of them saw)
                # is no frame for this one: two short cards alike read as copies
                text = _hook(writer, slot, topic_kind) if has_topic else None
                if text is None and has_topic and writer.values.get("topic"):
                    text = writer.sentence(resolve(slot, topic_kind, bank), reuse=False)
                text = text or _card_met(writer)
                if text:
                    out.append(text)
                continue
            elif slot == "c_spec":  # a problem is never 'a highlight' or 'loved'
                text = _hook(writer, slot, topic_kind)
                if text:
                    out.append(text)
                    continue
                slot = resolve(slot, topic_kind, bank)
            elif slot == "follow":
                if not has_topic or writer.values.get("topic_plural"):
                    continue  # the follow-ups say 'it
                slot = resolve("follow", topic_kind or "topic", bank)
                if slot == "follow":
                    slot = "follow.topic"
            elif slot == "bridge":
                slot = "bridge" if related and has_topic else _unbridged(writer)
            elif slot == "qual_wrap":  # the qualification said in the close: else the close
                text = writer.sentence(
                    "qual_wrap.held" if writer.values.get("qual_held") else slot
                ) or writer.sentence(slot)
                if text is None:  # the claim (tied to their topic when related), then the close
                    claim = "bridge" if related and has_topic else _unbridged(writer)
                    if claim == "bridge" and topic_kind == "question":
                        claim = "bridge.question" if "bridge.question" in bank.slots else claim
                    elif claim == "qual" and writer.values.get("qual_plain"):
                        claim = "qual.plain" if "qual.plain" in bank.slots else claim
                    elif writer.values.get("qual_held") and f"{claim}.held" in bank.slots:
                        claim = f"{claim}.held"
                    if claim.startswith("bridge") and claim != "bridge.question":
                        claim = (
                            _near(writer, topic_kind)
                            if _just_said(writer, [*paragraphs, *out])
                            else claim
                        )
                    claim = _long(writer, claim)
                    said = _said(writer, claim) or _no_claim(writer, offers)
                    out += [t for t in [said] if t]
                    if not passed and at == len(shape) - 1:  # thanks passed on, then the close
                        out += _passed_on(writer)
                        passed = True
                    out += [t for t in [writer.sentence("wrap")] if t]
                else:
                    out.append(text)
                continue
            if slot == "qual":  # the coordinator's claim, tied to what the day covered
                tied = related and writer.values.get("tied") and "bridge" in bank.slots
                slot = "bridge" if tied else _unbridged(writer)
            if slot == "bridge" and topic_kind == "question" and "bridge.question" in bank.slots:
                slot = "bridge.question"  # what they asked about: a fact, not a pitch
            elif slot == "qual" and writer.values.get("qual_plain") and "qual.plain" in bank.slots:
                slot = "qual.plain"  # a fact of one's life, the user's own sentence: as it is
            elif slot in ("qual", "bridge") and writer.values.get("qual_held"):
                # a degree or credential is said as a fact, not as experience
                slot = f"{slot}.held" if f"{slot}.held" in bank.slots else slot
            if slot in ("bridge", "bridge.held") and _just_said(writer, [*paragraphs, *out]):
                slot = _near(writer, topic_kind)  # what it answers was said in the sentence before
            if slot == "card_more":  # after their problem, nothing that smiles at it
                troubled = topic_kind == "challenge" or writer.values.get("point_kind") in (
                    "problem",
                    "change",
                )
                slot = resolve(slot, "challenge" if troubled else None, bank)
            slot = _long(writer, slot)
            spare = slot.startswith(("follow", "detail"))  # said only while it is fresh
            text = _said(writer, slot, reuse=not spare)
            if text is None and slot in ("bridge", "bridge.held"):
                text = writer.sentence("qual.held" if writer.values.get("qual_held") else "qual")
            if text is None and slot.startswith(("bridge", "qual")):
                text = _no_claim(writer, offers)
            if text is None and not optional and slot.startswith("spec") and opened_with_topic:
                continue
            if text:
                out.append(text)
                learnt = writer.sentence("learnt.exercise") if slot == "spec.exercise" else None
                if learnt:  # what they said of your own exercise
                    out.append(learnt)
        if opened:
            out += _after_opening(writer)
            opened = False
        if not passed and at == len(shape) - 1:
            out += _passed_on(writer)
            passed = True
        if out and has_topic and writer.values.get("topic_thin") and not met:
            # a topic that names little ('Procore', 'my portfolio'): the panel met, too
            roster = writer.values.get("panel_people") and not writer.values.get("pass_people")
            text = writer.sentence("spec.panel") if roster else None
            if text:  # said beside the topic, not after the claim or the close
                out.insert(_after_topic(out, writer.values.get("topic")), text)
                met = True
        if out:
            paragraphs.append(" ".join(out))
    return paragraphs

"""Proposals from a meeting transcript: topics (keyphrases) and specific details (sentences
with a number, a product or project, a name), worded so a note can say "our conversation
about …". Pure: the keyphrases come in already extracted (services.debrief runs YAKE).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any

from followup.core import proposal_gate
from followup.core.decision_dates import (
    DecisionWords,
    HolidayLookup,
    another_matter,
    corrects,
    day_said,
    decision_kind,
    in_english,
    last_decision_cue,
    says_decision,
)
from followup.core.legal_forms import legal_forms, letters
from followup.core.models import Interview, PersonRole
from followup.core.noun_phrases import (
    Grammar,
    Lexicon,
    Phrase,
    Ranked,
    content_words,
    phrases,
    rank,
    tag,
    takes_no_object,
)
from followup.core.parse import word_list
from followup.core.proposal_gate import GateWords, Tags
from followup.core.spoken_phrases import LanguageWords, spoken_topics
from followup.core.textdates import FOREIGN_MONTHS, MONTH
from followup.core.transcript import (
    Transcript,
    header_value,
    is_device,
    short_form,
    title_lines,
    transcript_words,
    unnamed,
)

# a stop, then a letter or a figure: a sentence starts there when it is a capital of any
# alphabet ("Şu", "İki", "Über") or a figure (`_starts`)
_SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[^\W_])")
_WORD = re.compile(r"[\w$%€£][\w'’$%€£.,-]*[\w%]|[\w$%€£]")
_NUMBER = re.compile(r"(?<![\w-])(?:[$€£]\s?)?\d[\d,.]*\s?(?:%|k|m|bn|x)?(?![\w-])|\bQ[1-4]\b")
_ABBREV = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|St|Prof|Inc|Ltd|e\.g|i\.e|vs|etc)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class DebriefWords:
    fillers: frozenset[str]
    filler_phrases: tuple[str, ...]
    small_talk: tuple[str, ...]
    project_words: frozenset[str]
    generic: frozenset[str]
    stopwords: frozenset[str]
    number_words: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    boilerplate_words: frozenset[str] = frozenset()
    kit_places: frozenset[str] = frozenset()  # "room", "laptop": where a call's camera is
    job_kit: frozenset[str] = frozenset()  # "camera", "screen": a job's thing too, when named
    kit_compounds: frozenset[str] = frozenset()  # "computer vision": a job's, not the call's
    decision_phrases: tuple[str, ...] = ()
    decision: DecisionWords | None = None
    grammar: Grammar | None = None
    candidate_phrases: tuple[str, ...] = ()  # what the candidate says ("thanks for having me")
    addressing: tuple[str, ...] = ()  # "welcome", "hi": one voice greets another by name
    own_past: tuple[str, ...] = ()  # "at my last", "in my previous": the speaker's own past
    focus_cues: tuple[str, ...] = ()  # "the big piece of work", "headache": what they work on
    prompt_cues: tuple[str, ...] = ()  # "tell us about", "walk me through": a question
    remit_cues: tuple[str, ...] = ()  # "I run", "I look after": a speaker's own remit
    tool_cues: tuple[str, ...] = ()  # "we use", "moving to": a tool's name follows
    heading_cues: tuple[str, ...] = ()  # "what about", "ask about": the next subject follows
    list_openers: tuple[str, ...] = ()  # "then", "and finally": a list's next item follows
    interruptions: tuple[str, ...] = ()  # "sorry", "excuse me": someone breaking in
    weak_tool_cues: frozenset[str] = frozenset()  # "mostly": a tool only with a product's shape
    past_forms: frozenset[str] = frozenset()  # "rewrote", "oversaw": irregular pasts
    greetings: tuple[str, ...] = ()  # "boa tarde", "kia ora": a greeting, in any language
    role_heads: frozenset[str] = frozenset()  # "role", "position": the job itself, no topic
    vague_modifiers: frozenset[str] = frozenset()  # "difficult", "take-home": with a weak head
    languages: frozenset[str] = frozenset()  # "spanish", "mandarin": a language's name
    evaluative: frozenset[str] = frozenset()  # "difficult", "angry": judge, name no kind
    exercise_heads: tuple[str, ...] = ()  # "case study", "take-home task": the candidate's work
    exercise_verbs: tuple[str, ...] = ()  # "did", "sent": "the case study you did"
    exercise_given: tuple[str, ...] = ()  # "sent", "set": "the case study we sent you"
    exercise_own_heads: frozenset[str] = frozenset()  # "case study": the candidate's alone
    exercise_objects: tuple[str, ...] = ()  # "for us": "the case study you did for us"
    exercise_prepositions: tuple[str, ...] = ()  # "on": "the task you prepared on demurrage"
    exercise_when: tuple[str, ...] = ()  # "this morning": "the task you did this morning, …"
    challenge_cues: tuple[str, ...] = ()  # "headache": what follows is their challenge
    plan_cues: tuple[str, ...] = ()  # "migrating": what follows is their plan
    call_kit: frozenset[str] = frozenset()  # "camera", "headset": the call's own kit
    call_kit_names: frozenset[str] = frozenset()  # "name": "my iPad name"
    call_kit_after: frozenset[str] = frozenset()  # "froze": "your camera froze"
    gate: GateWords | None = None  # [gate]: what every proposal passes (core.proposal_gate)
    personal_nouns: frozenset[str] = frozenset()  # "feet", "plate": "our feet" is the team's
    doer_heads: frozenset[str] = frozenset()  # "clinic", "depot": "the depot is moving to …"
    not_work: frozenset[str] = frozenset()  # "seeing", "hoping": a gerund that names no work
    setting_verbs: frozenset[str] = frozenset()  # "had", "was": a past job's setting, no deed
    # "senior", "lead", "staff": a rank before a job's word (job_titles.toml modifiers, laid in
    # by the service that reads the data)
    title_modifiers: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, words: Mapping[str, Any]) -> DebriefWords:
        def strings(key: str) -> list[str]:
            return word_list(words, key, "debrief data")

        def lowered(key: str, optional: bool = False) -> tuple[str, ...]:
            """The list at `key` in lower case; () when it is optional and absent."""
            if optional and key not in words:
                return ()
            return tuple(p.lower() for p in strings(key))

        return cls(
            fillers=frozenset(strings("fillers")),
            filler_phrases=tuple(strings("filler_phrases")),
            small_talk=tuple(strings("small_talk")),
            project_words=frozenset(strings("project_words")),
            generic=frozenset(strings("generic")),
            stopwords=frozenset(strings("stopwords")),
            number_words=frozenset(strings("number_words")),
            verbs=frozenset(strings("verbs")),
            boilerplate_words=frozenset(strings("boilerplate_words")),
            kit_places=frozenset(lowered("kit_places", optional=True)),
            job_kit=frozenset(lowered("job_kit", optional=True)),
            kit_compounds=frozenset(lowered("kit_compounds", optional=True)),
            decision_phrases=tuple(strings("decision_phrases")),
            candidate_phrases=lowered("candidate_phrases"),
            addressing=lowered("addressing", optional=True),
            own_past=lowered("own_past"),
            focus_cues=lowered("focus_cues"),
            prompt_cues=lowered("prompt_cues", optional=True),
            remit_cues=lowered("remit_cues"),
            tool_cues=lowered("tool_cues"),
            heading_cues=lowered("heading_cues", optional=True),
            list_openers=lowered("list_openers", optional=True),
            interruptions=lowered("interruptions", optional=True),
            weak_tool_cues=frozenset(lowered("weak_tool_cues", optional=True)),
            past_forms=frozenset(strings("past_forms")) if "past_forms" in words else frozenset(),
            greetings=lowered("greetings"),
            role_heads=frozenset(lowered("role_heads")),
            vague_modifiers=frozenset(lowered("vague_modifiers")),
            languages=frozenset(strings("languages")),
            evaluative=frozenset(strings("evaluative")),
            exercise_heads=lowered("exercise_heads", optional=True),
            exercise_verbs=lowered("exercise_verbs", optional=True),
            exercise_given=lowered("exercise_given", optional=True),
            exercise_own_heads=frozenset(lowered("exercise_own_heads", optional=True)),
            exercise_objects=lowered("exercise_objects", optional=True),
            exercise_prepositions=lowered("exercise_prepositions", optional=True),
            exercise_when=lowered("exercise_when", optional=True),
            challenge_cues=lowered("challenge_cues", optional=True),
            plan_cues=lowered("plan_cues", optional=True),
            call_kit=frozenset(lowered("call_kit", optional=True)),
            call_kit_names=frozenset(lowered("call_kit_names", optional=True)),
            call_kit_after=frozenset(lowered("call_kit_after", optional=True)),
            personal_nouns=frozenset(lowered("personal_nouns", optional=True)),
            doer_heads=frozenset(lowered("doer_heads", optional=True)),
            not_work=frozenset(lowered("not_work", optional=True)),
            setting_verbs=frozenset(lowered("setting_verbs", optional=True)),
        )

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DebriefWords:
        """From the whole of data/debrief.toml: [words] and [decision] (whose cues gain the
        older `words.decision_phrases`)."""
        words = cls.from_mapping(data.get("words", {}))
        decision = DecisionWords.from_mapping(data.get("decision", {}))
        cues = decision.cues + tuple(p.lower() for p in words.decision_phrases)
        grammar = Grammar.from_mapping(data["grammar"]) if "grammar" in data else None
        gate = GateWords.from_mapping(data["gate"]) if "gate" in data else None
        return replace(words, decision=replace(decision, cues=cues), grammar=grammar, gate=gate)


@dataclass(frozen=True)
class Limits:
    """How much a debrief proposes; the defaults are data/debrief.toml [proposals]'s."""

    max_topics: int = 8
    max_details: int = 5
    max_stories: int = 2  # the candidate's stories the interviewers took up, after the topics
    max_exercises: int = 2  # the candidate's exercises the interviewers discussed, before them
    max_framed: int = 2  # the work the interviewers framed in a gerund clause, first of them
    keyphrase_words: int = 3
    min_detail_words: int = 4
    max_detail_words: int = 16
    min_sentence_words: int = 5
    long_talk_words: int = 600  # a talk longer than this many spoken words (0: none) ...
    topic_words: int = 150  # ... gets one more topic for each this many words more ...
    most_topics: int = 12  # ... up to this many

    def topics_for(self, spoken: int) -> int:
        """How many topics a talk of `spoken` words may have: max_topics, one more for each
        `topic_words` beyond `long_talk_words`, at most `most_topics`."""
        if self.long_talk_words <= 0 or self.topic_words <= 0 or spoken <= self.long_talk_words:
            return self.max_topics
        more = (spoken - self.long_talk_words) // self.topic_words
        return max(self.max_topics, min(self.most_topics, self.max_topics + more))


@dataclass(frozen=True)
class Sentence:
    text: str
    speaker: str | None
    at: str | None
    line: int


Day = date  # the name the proposal's `date` field hides inside its class


@dataclass(frozen=True)
class Proposal:
    """A topic or detail to add to the round, with where it came from."""

    kind: str  # topic or detail
    text: str
    why: str
    source: str
    speaker: str | None = None
    at: str | None = None
    line: int = 0
    date: date | None = None  # a decision_date proposal's day
    topic_kind: str | None = None  # "your story": the candidate's own, taken up by them

    @classmethod
    def said(
        cls, kind: str, text: str, why: str, sentence: Sentence, day: Day | None = None
    ) -> Proposal:
        """A proposal taken from `sentence`: its words, speaker, time and line as the source."""
        return cls(
            kind, text, why, sentence.text, sentence.speaker, sentence.at, sentence.line, day
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "why": self.why,
            "source": self.source,
            "speaker": self.speaker,
            "at": self.at,
            "line": self.line,
        }
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if self.topic_kind is not None:
            out["topic_kind"] = self.topic_kind
        return out


# what a proposal becomes at the gate every one passes (`gatekeeper`): None when it is dropped
Passes = Callable[[Proposal], "Proposal | None"]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def spoken_length(text: str) -> int:
    """How many words a sentence says: its words, and in a script written without spaces
    (Japanese, Chinese) one for every two of its letters, as a word there is mostly two."""
    return len(words_of(text)) + len(_SPACELESS_LETTERS.findall(text)) // 2


_SPACELESS_LETTERS = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`; a stop after an abbreviation ("Dr.") or after a day's number
    before its month ("am Freitag, 19. März", "le 3. mai") ends none."""
    parts: list[str] = []
    for piece in _SENTENCE.split(text):
        if parts and (
            not _starts(piece) or _ABBREV.search(parts[-1]) or _day_before_month(parts[-1], piece)
        ):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


def _starts(piece: str) -> bool:
    """The piece opens a sentence: its first letter or figure is a capital or a figure."""
    first = next((c for c in piece if c.isalnum()), "")
    return first.isdigit() or first.isupper()


_DOTTED_DAY_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_WORD = re.compile(MONTH)


def _day_before_month(before: str, after: str) -> bool:
    """ "… am Freitag, 19." then "März …": a day's number written with a stop (as German,
    Polish and Scandinavian languages write a day) and its month."""
    if not _DOTTED_DAY_END.search(before):
        return False
    first = after.split(maxsplit=1)[0].strip(",.").lower() if after.split() else ""
    return first in FOREIGN_MONTHS or _MONTH_WORD.fullmatch(first) is not None


def strip_fillers(text: str, words: DebriefWords) -> str:
    """'So, yeah, I think we are …' -> 'we are …'."""
    out = text.strip()
    changed = True
    while changed and out:
        changed = False
        low = out.lower()
        for phrase in words.filler_phrases:
            if low.startswith(phrase + " ") or low.startswith(phrase + ","):
                out = out[len(phrase) :].lstrip(" ,")
                changed = True
                break
        else:
            first = re.match(r"[\w']+", out)
            if first and first.group().lower() in words.fillers:
                rest = out[first.end() :]
                if rest[:1] in (",", " ", "") and rest.strip():
                    out = rest.lstrip(" ,")
                    changed = True
    return out


def is_small_talk(sentence: str, words: DebriefWords) -> bool:
    low = sentence.lower()
    return any(phrase in low for phrase in words.small_talk) or about_the_call(low, words)


def about_the_call(low: str, words: DebriefWords) -> bool:
    """The lower-cased sentence speaks of the call's own kit: "my" or "your" before a device
    or a word of [words] call_kit ("it shows my iPad name", "sorry, my headset is dying",
    "your camera froze"), not a thing of the job ("your phone number", "my camera app")."""
    if not words.call_kit or ("my " not in low and "your " not in low):
        return False
    return bool(
        _call_pattern(words.call_kit, words.call_kit_names, words.call_kit_after).search(
            low.replace("’", "'")
        )
    )


@lru_cache(maxsize=4)
def _call_pattern(
    kit: frozenset[str], names: frozenset[str], after: frozenset[str]
) -> re.Pattern[str]:
    def either(options: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(options, key=len, reverse=True))

    things = either(kit | transcript_words().devices)
    ends = either(w.replace("’", "'") for w in after)
    return re.compile(
        rf"\b(?:my|your)\s+(?:[\w'-]+\s+){{0,2}}?(?:{things})(?:\s+(?:{either(names)}))?"
        rf"(?=\s*(?:[.,;:!?)]|$)|\s*(?:{ends})(?![\w']))"
    )


def sentences_of(
    transcript: Transcript, words: DebriefWords, limits: Limits | None = None
) -> list[Sentence]:
    """The sentences worth reading: no small talk, no two-word answers (`spoken_length`)."""
    shortest = (limits or Limits()).min_sentence_words
    out = []
    for turn in transcript.turns():
        for raw in split_sentences(turn.text):
            if is_small_talk(raw, words) or spoken_length(raw) < shortest:
                continue
            out.append(Sentence(raw, turn.speaker, turn.at, turn.line))
    return out


def own_past(sentence: str, words: DebriefWords) -> bool:
    """The sentence is about the speaker's own past job ("At my last kitchen we moved costing
    into the stock system"): the candidate's, even in a transcript with no speaker names."""
    low = sentence.lower().replace("’", "'")
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in words.own_past)


# --- who is who ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """Names a proposal must not be about: people, the company, the role, the candidate."""

    name_words: frozenset[str]
    company_words: frozenset[str]
    role_words: frozenset[str]
    company: str
    role: str
    candidate_speaker: str | None
    existing: tuple[str, ...]
    decisions: frozenset[str] = frozenset()  # sentences that gave the decision date
    places: frozenset[str] = frozenset()  # places named, as written ("Reading", "Tucson")
    place: Callable[[str], bool] | None = None  # ... or a lookup of one word, as written

    def is_place(self, word: str) -> bool:
        return word in self.places or (self.place is not None and self.place(word))


def _only_languages(words: Sequence[str], languages: frozenset[str]) -> bool:
    """Every word but "and" is a capitalised language's name of `languages` (lower case):
    "Spanish", "English and Spanish", what someone speaks, no topic."""
    named = [w for w in words if w.lower() not in ("and", "or", "&")]
    return bool(named) and all(w[:1].isupper() and w.lower() in languages for w in named)


def _stem(word: str) -> str:
    low = word.lower().strip(".")
    for suffix in ("'s", "’s", "ies", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return low


def _name_parts(name: str) -> set[str]:
    return {w.lower().strip(".") for w in name.split() if len(w.strip(".")) > 1}


def candidate_speaker(
    transcript: Transcript,
    candidate: str,
    phrases: Sequence[str] = (),
    addressing: Sequence[str] = (),
    interviewers: Sequence[str] = (),
) -> str | None:
    """The speaker label that is the candidate (by full name, else by first name; when no
    label names them: the one speaker who is none of the round's `interviewers` while the
    others are, as "Seun A." beside Ingrid Solberg and Rafael Ortiz; as with "Speaker 1" and
    "Speaker 2": the voice another greets by the candidate's first name ("Welcome, Sam",
    `addressing`), else the one speaker who says most of the candidate's `phrases`, "thanks
    for having me", "in my last role")."""
    found = _named_candidate(transcript, candidate)
    if found is None and interviewers:
        found = _not_interviewing(transcript, interviewers)
    if found is None and addressing and len(transcript.speakers) >= 2:
        found = _greeted_candidate(transcript, candidate, addressing)
    if found is not None or not phrases or len(transcript.speakers) < 2:
        return found
    said: dict[str, int] = {}
    for cue in transcript.cues[:2000]:
        low = cue.text.lower().replace("’", "'")
        if cue.speaker and any(p in low for p in phrases):
            said[cue.speaker] = said.get(cue.speaker, 0) + 1
    ranked = sorted(said.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _not_interviewing(transcript: Transcript, interviewers: Sequence[str]) -> str | None:
    """The one named speaker none of whose name's words is a word of an interviewer's name,
    beside at least one speaker who is an interviewer; a voice that names nobody ("Speaker
    2", a device) is never it."""
    theirs = {_folded(w) for name in interviewers for w in _name_parts(name)}
    outside = []
    inside = 0
    for speaker in transcript.speakers:
        if unnamed(speaker):
            continue
        if {_folded(w) for w in _name_parts(speaker)} & theirs:
            inside += 1
        else:
            outside.append(speaker)
    return outside[0] if len(outside) == 1 and inside else None


def _folded(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def _greeted_candidate(
    transcript: Transcript, candidate: str, addressing: Sequence[str]
) -> str | None:
    """The voice that answers when another greets the candidate by first name ("Welcome, Sam",
    "Hi Daniel, good afternoon", "Sam, welcome"): of the voices no label names ("Speaker 2",
    a device) and that never greet them so, the only one, else the one that speaks next. None
    when the greeters disagree or no one greets them."""
    first = candidate.split()[0] if candidate.split() else ""
    if len(first) < 2:
        return None
    words = "|".join(re.escape(a) for a in sorted(addressing, key=len, reverse=True))
    name = re.escape(first)
    greeting = re.compile(
        rf"(?i)^\W*(?:{words})\W+(?:(?:again|everyone|both)\W+)?{name}\b(?![\w'’-])"
        rf"|^\W*{name}\s*[,!]\s*(?:{words})\b"
    )
    cues = [c for c in transcript.cues[:400] if c.speaker]
    greeters = {c.speaker for c in cues if greeting.search(c.text)}
    if not greeters:
        return None
    # a label with a person's name that is not the candidate's is someone else's
    others = [s for s in transcript.speakers if s not in greeters and unnamed(s)]
    if len(others) == 1:
        return others[0]
    answers = []
    for at, cue in enumerate(cues):
        if cue.speaker in greeters and greeting.search(cue.text):
            answer = next((c.speaker for c in cues[at + 1 :] if c.speaker in others), None)
            if answer is not None:
                answers.append(answer)
    return answers[0] if answers and len(set(answers)) == 1 else None


def _named_candidate(transcript: Transcript, candidate: str) -> str | None:
    if not candidate.strip():
        return None
    wanted = candidate.strip().lower()
    first = wanted.split()[0]
    speakers = transcript.speakers
    for speaker in speakers:
        if speaker.lower() == wanted:
            return speaker
    for speaker in speakers:
        own = re.sub(r"['’]s$", "", speaker.lower().split()[0])  # "Lena’s iPhone"
        if own == first:
            return speaker
    for speaker in speakers:
        if speaker.lower() in ("me", "myself"):  # "Me: talked about …" in one's own notes
            return speaker
    short = [s for s in speakers if short_form(s, candidate.strip(), speakers)]
    return short[0] if len(short) == 1 else None  # "Sam" for Samira


# "at Lanternfish we're …", "here at Pinecrest", "welcome to Tallgrass", "Pinecrest is …"
_EMPLOYER = re.compile(
    r"\b(?:[Hh]ere at|[Aa]t|[Ww]elcome to|[Jj]oin(?:ing)?|[Ww]ork(?:ing)? at)\s+"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’-]+){0,3})"
    r"(?:,\s+or\s+(?P<short>[A-Z]{2,5})\b[^,.]{0,40},)?\s+(?:we|we're|we've|our|is|has)\b"
)


# "… the director of development at Larkspur Trust, and …", "Welcome to Orchard Lane.", "We
# founded Northgate Tiles in 2009": an organisation named at a clause's end
_EMPLOYER_NAMED = re.compile(
    r"\b(?:[Hh]ere at|at|[Ww]elcome to|[Jj]oin(?:ing)?|[Ww]ork(?:ing)? at|"
    r"(?:I|[Ww]e)\s+(?:own|founded|co-founded))\s+"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+(?:&\s+|of\s+)?[A-Z][\w&'’-]+){0,3})"
    r"(?=\s*[,.;!?]|\s+(?:and|here|in|since|with)\b)"
)  # "… at Larkspur Trust, and …", "I own SmileCare Dental here in Quezon City"
# "I run Kestrelworks, a small machine shop", "we started Harrowgate Dental in 2015": a name
# after run, started or set up, an employer only with a business's shape (_runs_a_business);
# a bare name there is often a tool ("We run Salesforce and HubSpot", "We set up Power BI")
_EMPLOYER_RUN = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:run|started|set up)\s+"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+(?:&\s+|of\s+)?[A-Z][\w&'’-]+){0,3})"
    r"(?P<after>,\s+an?\s|\s+here\s+in\s+[A-Z]|\s+since\s+(?:19|20)\d\d\b)?"
)


def _runs_a_business(match: re.Match[str], heads: frozenset[str]) -> bool:
    """A name after "we run / started / set up" is the employer when it ends in a business's
    word ([transcript] business_heads: "Dental", "Bakery") or a legal form ("Ltd"), or when
    a description, a place or a year follows (", a small machine shop", "here in Leeds",
    "since 2015"); never "and", "with" or "in 2021" alone ("We started Kubernetes in 2021")."""
    last = match.group("name").split()[-1]
    return (
        match.group("after") is not None
        or last.lower() in heads
        or letters(last) in legal_forms().forms
    )


def employer_words(transcript: Transcript, interview: Interview) -> frozenset[str]:
    """Words of the employer's name: the round's company, and a name the interviewers use for
    their own organisation ("at Lanternfish we're …", "at Larkspur Trust, and …"; of a name
    at a clause's end, only the words the transcript never writes in lower case); and its
    short forms: its initials, or an acronym with its first letter said beside it ("Redfern
    Water Authority, or RWA as everyone says")."""
    words = {_stem(w) for w in words_of(interview.company) if len(w) > 2}
    names = [interview.company]
    cues = transcript.cues[:400]
    lowercase = {w for c in cues for w in re.findall(r"\b[a-z][a-z'-]*\b", c.text)}
    for cue in cues:
        for match in _EMPLOYER.finditer(cue.text):
            names.append(match.group("name"))
            words |= {_stem(w) for w in match.group("name").split() if len(w) > 2}
            if match.group("short"):  # "at Hartwell & Pike, or HP as everyone calls it, we …"
                words.add(match.group("short").lower())
        named = list(_EMPLOYER_NAMED.finditer(cue.text))
        named += [
            m
            for m in _EMPLOYER_RUN.finditer(cue.text)
            if _runs_a_business(m, transcript_words().business_heads)
        ]
        for match in named:
            names.append(match.group("name"))  # its short form too: "RWA"
            words |= {
                _stem(w)
                for w in match.group("name").split()
                if len(w) > 2 and w[:1].isupper() and w.lower() not in lowercase
            }
    for name in names:  # its short form: "HP" for Hartwell & Pike
        capitals = [w[0] for w in name.split() if w[:1].isupper()]
        if len(capitals) >= 2:
            words.add("".join(capitals).lower())
    for cue in cues:  # "Bellweather Mutual, we all just say Bellweather or BWM"
        for name in names:
            if len(name) > 2 and name in cue.text:
                words |= {
                    a.lower()
                    for a in re.findall(r"\b[A-Z][A-Z&]{1,5}\b", cue.text)
                    if a[0] == name[0] and a != name
                }
    return frozenset(words)


def interviewers_of(interview: Interview) -> list[str]:
    """The names of the round's interviewers (not its coordinator)."""
    return [p.name for p in interview.people if p.role is PersonRole.INTERVIEWER]


def known_for(
    transcript: Transcript,
    interview: Interview,
    candidate: str,
    candidate_phrases: Sequence[str] = (),
    addressing: Sequence[str] = (),
) -> Known:
    parts: set[str] = set()
    for name in [p.name for p in interview.people] + transcript.speakers + [candidate]:
        parts |= _name_parts(name)
    labels = transcript_words()
    # the job's title as the file's heading writes it ("Position: Senior Quantity Surveyor",
    # "QC Team Lead interview"), and the employer ("Organisation: Halden & Brooke")
    titles = [interview.role, *header_value(transcript, labels.role_labels)]
    titles += title_lines(transcript)
    employer = " ".join(header_value(transcript, labels.employer_labels))
    return Known(
        name_words=frozenset(parts),
        company_words=employer_words(transcript, interview)
        | {_stem(w) for w in words_of(employer) if len(w) > 2},
        role_words=frozenset(_stem(w) for title in titles for w in words_of(title)),
        company=interview.company.lower(),
        role=interview.role.lower(),
        candidate_speaker=candidate_speaker(
            transcript, candidate, candidate_phrases, addressing, interviewers_of(interview)
        ),
        existing=tuple(t.lower() for t in [*interview.topics, *interview.items]),
    )


def _already(text: str, known: Known) -> bool:
    low = text.lower()
    return any(low in e or e in low for e in known.existing)


# --- topics -----------------------------------------------------------------------------------


def _countable(last: str) -> bool:
    mass = ("ion", "ing", "ment", "ity", "ness", "ics", "ance", "ence", "ism", "ship", "ure", "ty")
    return not last.endswith(mass) and not last.endswith("s")


def topic_text(phrase: str) -> str:
    """How a keyphrase reads in a note: 'billing pipeline' -> 'the billing pipeline'."""
    ws = phrase.split()
    if len(ws) > 1 and all(w.islower() for w in ws) and _countable(ws[-1]):
        return "the " + phrase
    return phrase


def clean_keyphrase(phrase: str, words: DebriefWords, known: Known) -> str | None:
    """A keyphrase fit to be a topic, or None (names, fillers, fragments, generic words)."""
    ws = [w for w in phrase.split() if w]
    while ws and ws[0].lower() in words.stopwords:
        ws.pop(0)
    while ws and ws[-1].lower() in words.stopwords:
        ws.pop()
    if not ws:
        return None
    lows = [w.lower() for w in ws]
    if any(w in words.stopwords and w not in ("of", "and") for w in lows[1:-1]):
        return None  # a fragment across a clause ("pipeline to Apache")
    if all(w in words.generic or w in words.stopwords for w in lows):
        return None
    if any(w in known.name_words for w in lows):
        return None
    if any(_stem(w) in known.company_words for w in ws if w[:1].isupper()):
        return None  # the employer's own name ("Mary" of St. Mary's, "Lanternfish")
    if any(w in words.number_words or w in words.boilerplate_words for w in lows):
        return None  # "Fourteen", "the editable transcript", "Presentation"
    if lows[0] in words.verbs or (len(lows) > 1 and lows[-1] in words.verbs):
        return None  # a verb fragment ("built the forecasting", "returns drive")
    if len(ws) == 1 and not _named_thing(ws[0]):
        return None  # a lone capitalised word is a person's or a company's name more often
        # than a topic; an acronym or a product name ("SKU", "REDCap", "dbt") is one
    content = [_stem(w) for w in lows if w not in words.stopwords]
    if content and all(w in known.role_words for w in content):
        return None  # the role itself ("charge nurses" for an ICU Charge Nurse)
    if lows[-1] in words.generic:
        return None  # "models today", "big goal"
    text = " ".join(ws)
    low = text.lower()
    if low in known.company or low in known.role or known.company in low:
        return None
    if len(text) < 3:
        return None
    if not re.search(r"[a-zA-Z]", text):
        return None
    return text


def _proper_name(words: Sequence[str]) -> bool:
    """Two or more capitalised words said mid-sentence ("Larkspur Trust", "Orchard Lane"): an
    organisation's or a place's name, not a topic; an acronym among them ("the ERP rollout")
    makes it a thing."""
    content = [w for w in words if w.lower() not in ("of", "and", "&")]
    return len(content) >= 2 and all(
        w[:1].isupper() and w[1:].islower() and not _named_thing(w) for w in content
    )


def _organisation(phrase: Phrase) -> bool:
    """A name of capitalised words joined by a preposition ("Transport for NSW", "Bank of
    Ireland", "Ministry of Health"): an organisation, not a topic."""
    if not phrase.complement and not any(w.lower() in ("of", "per") for w in phrase.words):
        return False
    small = {"of", "per", "for", "the", "on", "in", "at", "with", "and", "&"}
    content = [w for w in phrase.words if w.lower() not in small]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _ruling_acronym(phrase: Phrase, said: Sequence[str], grammar: Grammar) -> bool:
    """The phrase is an acronym alone, with "the" at most, that the sentences say does what a
    body that rules does ([grammar] body_verbs: "the CBN now asks for it monthly", "the FCA
    requires …"), an adverb perhaps between: a regulator, a central bank, a ministry, never
    a topic on its own; one said as a thing anywhere ("the CRM is slow", "we migrate the
    ERP") is no such body."""
    content = [w for w in phrase.words if w.lower() != "the"]
    if len(content) != 1 or not re.fullmatch(r"[A-Z]{2,6}", content[0]) or not grammar.body_verbs:
        return False
    acronym = re.escape(content[0])
    after = re.compile(
        rf"(?<![\w-]){acronym}(?![\w-])(?:\s+(?P<next>[a-z]+))?(?:\s+(?P<then>[a-z]+))?"
    )
    seen = False
    for sentence in said:
        for match in after.finditer(sentence):
            verb = match.group("next") or ""
            if verb.endswith("ly") or verb in grammar.adverbs:  # "the CBN now asks"
                verb = match.group("then") or ""
            if verb not in grammar.body_verbs:
                return False
            seen = True
    return seen


def _named_thing(word: str) -> bool:
    """An acronym, a product name with inner capitals, or a name with a digit: a topic alone."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and (
        (len(letters) >= 2 and all(c.isupper() for c in letters))
        or any(c.isupper() for c in word[1:])
        or any(c.isdigit() for c in word)
    )


def spoken_proposals(
    sentences: Sequence[Sentence],
    known: Known,
    language: LanguageWords,
    limits: Limits,
    grammar: Grammar | None = None,
) -> list[Proposal]:
    """Topics of a transcript spoken in another language than English: the noun phrases the
    interviewers said in it (core.spoken_phrases), never a name, the employer, a place or
    a number, a body that decides (`is_body`: "le comité de direction"), nor what the round
    records already; the sentence that gave the decision date gives none."""

    def excluded(word: str) -> bool:
        low = word.lower()
        return (
            not word[:1].isalpha()
            or low in known.name_words
            or _stem(low) in known.company_words
            or known.is_place(word)
        )

    sentences = [s for s in sentences if s.text not in known.decisions]
    found = spoken_topics(
        [(s.speaker, s.text) for s in sentences],
        language,
        known.candidate_speaker,
        excluded,
        limits.max_topics + _SPARE_TOPICS,
    )

    def body(text: str) -> bool:
        lows = [w for w in text.lower().split() if w not in language.stopwords]
        return grammar is not None and is_body(lows, grammar)

    return [
        Proposal.said("topic", text, "noun phrase", sentences[at])
        for text, at in found
        if not _already(text, known) and not body(text)
    ][: limits.max_topics]


_SPARE_TOPICS = 3  # phrases read beyond the cap, to stand in for bodies left out


def topic_proposals(
    keyphrases: Sequence[str],
    sentences: Sequence[Sentence],
    words: DebriefWords,
    known: Known,
    limits: Limits,
) -> list[Proposal]:
    chosen: list[Proposal] = []
    taken: list[str] = []

    def theirs(s: Sentence) -> bool:
        return known.candidate_speaker is None or s.speaker != known.candidate_speaker

    # What the interviewers said: a phrase only the candidate used is about the candidate's
    # own past, not a specific of this interview.
    for phrase in keyphrases:
        text = clean_keyphrase(phrase, words, known)
        if text is None or _already(text, known):
            continue
        low = text.lower()
        if any(low in t or t in low for t in taken):
            continue
        source = next((s for s in sentences if low in s.text.lower() and theirs(s)), None)
        if source is None:
            continue
        # The phrase as written in the transcript (its capitals), not as the extractor saw it.
        at = source.text.lower().index(low)
        written = source.text[at : at + len(low)]
        taken.append(low)
        chosen.append(Proposal.said("topic", topic_text(written), "keyphrase", source))
        if len(chosen) >= limits.max_topics:
            break
    return chosen


_ARTICLE = frozenset({"the", "our", "this", "that", "these", "those", "its", "their"})


def is_body(lows: Sequence[str], grammar: Grammar) -> bool:
    """Words of a phrase, in small letters, that name a committee, a board or a council, a body
    that decides, not what was discussed ([grammar] body_heads: "the data monitoring
    committee", "the works council", "le comité de direction", "Betriebsrat", "运营委员会"; its
    head last, as English and German put it, or first, as French and Spanish do); a word of
    [grammar] lone_body_heads ("board", "panel") is one alone or with a word of [grammar]
    body_modifiers before it ("the advisory board", "the architecture review board"; "the
    Kanban board" is a thing)."""
    content = [w for w in lows if w not in grammar.determiners and w not in _ARTICLE]
    if not content:
        return False
    heads = grammar.body_heads
    if content[-1] in heads or content[0] in heads:
        return True
    if any(content[-1].endswith(h) for h in heads if len(h) > 5 or not h.isascii()):
        return True  # a compound of a head: "subcommittee", "prüfungsausschuss", "运营委员会"
    return content[-1] in grammar.lone_body_heads and (
        len(content) == 1 or any(w in grammar.body_modifiers for w in content[:-1])
    )


def _phrase_fit(phrase: Phrase, words: DebriefWords, known: Known) -> bool:
    """A noun phrase fit to be a topic: no name, no number word, no meeting-tool word, no
    greeting, not the role or the company, not a generic word alone; its head and what it is
    about (its complement: "… for corporate borrowers") are each fit."""
    if phrase.complement:
        about = Phrase(phrase.words[phrase.complement + 1 :], None)
        if about.words and about.words[0].lower() in ("the", "a", "an"):
            about = Phrase(about.words[1:], None)
        people = words.grammar.person_heads if words.grammar else frozenset()
        units = words.grammar.unit_heads if words.grammar else frozenset()
        return (
            _phrase_fit(phrase.base, words, known)
            and _words_fit(about, words, known)
            and not _person_head(about.words[-1], people)  # "… with a line training captain"
            # "… for the intensive care team": who it is for; the phrase is its head alone
            and about.words[-1].lower() not in units
        )
    lows = [w.lower() for w in phrase.words]
    content = [w for w in lows if w not in ("of", "per")]
    if not _words_fit(phrase, words, known):
        return False
    grammar = words.grammar
    if grammar is not None and any(
        _person_head(word, grammar.person_heads)
        for at, word in enumerate(lows)
        if at == len(lows) - 1 or lows[at + 1] == "of"
    ):
        return False  # "the line training captain", "VP of marketing": a person's job
    if grammar is not None and content[0] in grammar.leading_person_heads:
        return False  # "kepala gudang", "analis data": a job, its head said first
    if lows[-1] in words.role_heads:
        return False  # "the store operations manager role": the job itself
    if grammar is not None and is_body(lows, grammar):
        return False  # "the ethics committee", "the board", "le comité": who decides, not what
    if grammar is not None and content[-1] in grammar.place_heads:
        return False  # "the surrounding towns", "the city": where, not what was discussed
    if grammar is not None and content[-1] in grammar.event_heads:
        return False  # "the Royal Show long weekend", "the trade fair": when, not what
    if (
        grammar is not None
        and content[-1] in grammar.weak_heads
        and all(
            w in _ORDINALS or w in grammar.weak_modifiers or w in words.vague_modifiers
            for w in content[:-1]
        )
    ):
        return False  # "the first stage", "the second round", "a difficult case"
    if len(content) > 1 and all(w in words.evaluative for w in content[:-1]):
        return False  # "a difficult class", "an angry customer", "extra checks"
    if len(content) > 1 and content[-1] in _ORDINALS:
        return False  # "I do the oldest items first": an adverb after the phrase, no head
    if all(w in words.generic for w in content):
        return False
    named_process = (content[-1] in ("process", "processes") or content[-1] in words.job_kit) and (
        content[-2:-1] != []
    )  # "the escalation process", "the touch screen": a process or a job's kit, named
    if (
        content[-1] in words.generic
        and (len(content) < 3 or content[-2] in words.generic)
        and not (named_process and content[-2] not in words.generic)
    ):
        return False  # "models today", "the hiring process"; not "the escalation process"
    stems = [_stem(w) for w in content]
    if all(w in known.role_words for w in stems):
        return False
    text = " ".join(lows)
    if text in known.company or text in known.role:
        return False
    return bool(re.search(r"[a-z]", text, re.IGNORECASE)) and len(text) >= 3


def distinct_topics(topics: Sequence[Proposal]) -> list[Proposal]:
    """The topics, each said once: a topic that says an earlier one again with or without its
    article or determiner ("the returns process" after "returns process", "our pick paths"
    after "the pick paths") is left out."""
    seen: set[str] = set()
    out = []
    for topic in topics:
        key = " ".join(topic.text.lower().split())
        key = _LEADING_DETERMINER.sub("", key)
        if key in seen:
            continue
        seen.add(key)
        out.append(topic)
    return out


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|our|your|their|its|this|that|these|those)\s+")


def job_title(phrase: Sequence[str], words: DebriefWords, lexicon: Lexicon) -> bool:
    """The words name a job: one or more ranks ([DebriefWords] title_modifiers: "senior",
    "lead", "principal") before a word for a doer ("modeller", "estimator", "analyst":
    `_agent_noun`), perhaps with a word for the job after it ("the senior modeller role")."""
    lows = [w.lower() for w in phrase if w.lower() not in ("the", "a", "an")]
    while lows and lows[-1] in words.role_heads:
        lows.pop()
    return (
        len(lows) >= 2
        and all(w in words.title_modifiers for w in lows[:-1])
        and _agent_noun(lows[-1], lexicon)
    )


def _agent_noun(word: str, lexicon: Lexicon) -> bool:
    """A noun for one who does a thing: a verb with -er or -or ("modeller" of model, "planner"
    of plan, "estimator" of estimate, "inspector" of inspect), or a word in -ist ("analyst"
    is a person head already); never a thing in -er that comes of no verb ("ledger",
    "paper")."""
    if word.endswith("ist") and len(word) > 5:
        return True
    for ending in ("er", "or"):
        if not word.endswith(ending) or len(word) < len(ending) + 3:
            continue
        stem = word[: -len(ending)]
        bases = [stem, stem + "e"]
        if len(stem) > 3 and stem[-1] == stem[-2]:
            bases.append(stem[:-1])  # "modeller" of "model", "planner" of "plan"
        if any("VERB" in lexicon(base) for base in bases):
            return True
    return False


def _apposed(phrase: Phrase, sentence: str, known: Known) -> bool:
    """The phrase follows a person's name and a comma, without a determiner or with an
    article ("I'm Gareth Rhys, senior modeller on the pricing team", "this is Ines, the
    charge nurse"): who that person is, their job, not a topic."""
    names = sorted(known.name_words, key=len, reverse=True)
    if not names:
        return False
    said = r"\s+".join(re.escape(w) for w in phrase.words)
    return (
        re.search(
            rf"(?i)(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in names)}),\s*"
            rf"(?:(?:the|a|an)\s+)?{said}(?![\w'’-])",
            sentence,
        )
        is not None
    )


def _person_head(word: str, heads: frozenset[str]) -> bool:
    """A word that names a person by their job ([grammar] person_heads), singular or plural
    ("technician", "solicitors", "secretaries"), or by an ending only a person's job has
    ("microbiologist", "radiologists", "clinician")."""
    low = word.lower()
    return low in heads or _stem(low) in heads or _stem(low).endswith(_PERSON_ENDINGS)


_PERSON_ENDINGS = ("ologist", "ician")


def _words_fit(phrase: Phrase, words: DebriefWords, known: Known) -> bool:
    """No word of the phrase names a person, the employer or a place, counts, belongs to a
    meeting tool, greets ("Boa tarde", "nau mai") or names a device."""
    lows = [w.lower() for w in phrase.words]
    if not lows:
        return False
    if any(w in known.name_words for w in lows):
        return False
    if any(w.endswith(("'s", "’s")) for w in lows[:-1]):
        return False  # "the customer's system": a clause's subject, not a topic
    if any(_stem(w) in known.company_words for w in lows):
        return False
    numbers = words.number_words - _ORDINALS
    if any(w in numbers for w in lows) or _meeting_words(phrase.words, words):
        return False
    if any(part in numbers for w in lows if "-" in w for part in w.split("-")):
        return False  # "twenty-eight", "a one-hour task"
    if any(known.is_place(w) for w in phrase.words if w[:1].isupper() and w[1:].islower()):
        return False  # "the Reading office": a place, capitalised as the speaker wrote it
    if _device(phrase.words):
        return False  # "iPad", "Galaxy S23": the device someone joined from
    if all(_DATE_WORD.fullmatch(w) or w in words.generic for w in lows):
        return False  # "Q3", "H2", "FY27 … March": a time, not a topic
    return not greets(lows, words)


def _meeting_words(said: Sequence[str], words: DebriefWords) -> bool:
    """The words speak of the meeting itself ("your camera", "my microphone volume", "a
    WhatsApp group", "the warehouse Wi-Fi", "the room camera"): a meeting tool's word
    ([words] boilerplate_words) that is no thing of the job. One of [words] job_kit named by a
    word of the job before it (none of [words] kit_places, where a call's kit is) is the
    job's ("the robot camera", "the touch screen firmware"), and so is one inside a common
    technical compound of [words] kit_compounds ("computer vision", "a screen reader")."""
    lows = [w.lower() for w in said]
    return any(
        w in words.boilerplate_words and not _jobs_kit(lows, at, words) for at, w in enumerate(lows)
    )


def _jobs_kit(lows: Sequence[str], at: int, words: DebriefWords) -> bool:
    """The meeting tool's word lows[at] names a thing of the job (see `_meeting_words`)."""
    pairs = (" ".join(lows[at : at + 2]), " ".join(lows[max(0, at - 1) : at + 1]))
    if any(" " in pair and pair in words.kit_compounds for pair in pairs):
        return True
    before = lows[:at]
    if lows[at] not in words.job_kit or any(w in words.boilerplate_words for w in before):
        return False
    return not all(
        w in words.generic
        or w in _ARTICLE
        or w in _POSSESSIVES
        or w in ("a", "an", "of", "per")
        or w in words.kit_places
        or is_device(w)
        for w in before
    )


def _device(words: Sequence[str]) -> bool:
    """The words name a device someone joined from ("iPad", "Galaxy S23", "the phone"): a
    device's word with nothing but names or numbers beside it; "phone interpreters" and "the
    tablet app" are things of the job."""
    devices = [w for w in words if is_device(w)]
    return bool(devices) and all(
        w in devices or w[:1].isupper() or w[:1].isdigit() or w.lower() in _ARTICLE for w in words
    )


_DATE_WORD = re.compile(r"q[1-4]|h[12]|fy\d{2}(?:\d{2})?|\d+(?:st|nd|rd|th)?|'\d{2}")


def _capitalised_runs(words: Sequence[str]) -> list[str]:
    """Two or more capitalised words in a row ("Cape Town", "Las Palmas"), as written."""
    runs: list[str] = []
    current: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper() and word[1:].islower():
            current.append(word)
            continue
        if len(current) >= 2:
            runs.append(" ".join(current))
        current = []
    return runs


def greets(lows: Sequence[str], words: DebriefWords) -> bool:
    """Words of a greeting or a courtesy, in any language data/debrief.toml [words] greetings
    lists ("boa tarde", "kia ora", "guten morgen")."""
    text = " ".join(w.strip(".,!?") for w in lows)
    return any(re.search(rf"(?<!\w){re.escape(g)}(?!\w)", text) for g in words.greetings)


_ORDINALS = frozenset({"first", "second", "third"})
MAX_PHRASE_CHARS = 200_000  # noun phrases are read from at most this much of a transcript


def noun_phrase_topics(
    transcript: Transcript,
    keyphrases: Sequence[str],
    sentences: Sequence[Sentence],
    words: DebriefWords,
    known: Known,
    limits: Limits,
    lexicon: Lexicon,
    passes: Passes | None = None,
) -> list[Proposal]:
    """Topics as noun phrases the interviewers said, with what they are about ("early warning
    signals for corporate borrowers"), ranked (core.noun_phrases.rank; a phrase YAKE also
    found, or one the interviewers asked about or turned to, ranks a little higher; one only
    the candidate said, in a concrete answer rather than of a past job, ranks lower), never a
    name, a number word, a verb fragment, a greeting, the employer, the role or the meeting
    tool's words; each passes the gate `passes` (`gatekeeper`)."""
    assert words.grammar is not None
    grammar = words.grammar
    passes = passes or (lambda proposal: proposal)
    spoken = any(s.speaker for s in sentences)
    unnamed = unnamed_questions(transcript, words, known.candidate_speaker) if spoken else set()
    usable = [
        s
        for s in sentences
        if (s.speaker is not None or not spoken or _told_by_unnamed(s, unnamed, words))
        and not _interrupts(s, words)  # "Sorry about the wind noise.": the call, no topic
        and s.text not in known.decisions
        and not own_past(s.text, words)
    ]
    theirs = [
        s for s in usable if known.candidate_speaker is None or s.speaker != known.candidate_speaker
    ]
    mine = [
        s
        for s in usable
        if s not in theirs
        and not s.text.rstrip().endswith("?")
        and not _tells_the_past(s.text, words.past_forms)
    ]
    replies = _replies(transcript, known.candidate_speaker, words) if mine else {}
    text = " ".join(c.text for c in transcript.cues[:2000])
    lowercase = frozenset(w for w in re.findall(r"\b[a-z][a-z'-]*\b", text))
    names = known.name_words | {w.lower() for w in known.company_words}
    numbers = frozenset(words.number_words - _ORDINALS)
    found = []
    focused: list[str] = []  # phrases of sentences that say what the team works on
    remits: list[str] = []  # ... and of sentences where a speaker says what they look after
    elsewhere: list[str] = []
    tools: set[str] = set()  # "Jira", "dbt": a tool named after "we use", "moving to"
    asked: list[str] = []  # phrases of the interviewers' questions
    headed: set[str] = set()  # ... that name the next subject ("What about biosecurity?")
    answered: set[str] = set()  # phrases of the candidate's answers
    said: set[str] = set()  # ... and of what the interviewers said
    budget = MAX_PHRASE_CHARS
    announced: str | None = None  # who just said "one more thing." and nothing else
    said_by_them: list[Sentence] = []  # the interviewers' sentences read (`found` starts so)
    for sentence in [*theirs, *mine]:
        budget -= len(sentence.text)
        if budget < 0:
            break  # a very long transcript: its first 200,000 characters
        tokens = tag(sentence.text, grammar, lexicon, names, numbers, lowercase)
        fit = []
        for phrase in phrases(tokens, grammar):
            if _phrase_fit(phrase, words, known):
                fit.append(phrase)
            elif phrase.complement and _phrase_fit(phrase.base, words, known):
                fit.append(phrase.base)  # "the overbooking policy", not "… for Germany"
        fit = [p for p in fit if not _apposed(p, sentence.text, known)]
        keys = {k for p in fit for k in (p.key, p.base.key)}
        if sentence not in mine:
            said_by_them.append(sentence)
        if sentence in mine:
            answered |= keys
            # the candidate's own words give no topic: only what the interviewers said too,
            # or, in an answer to what they asked or raised, the answer's concrete terms
            reply = replies.get(sentence.line)
            found.append(
                [p for p in fit if p.key in said or p.base.key in said or _answers(p, reply)]
            )
            continue
        said |= keys
        if asks(sentence.text, words):
            asked += [p.key for p in fit]
        headed |= headings(sentence.text, fit, words)
        for pair in heading_pairs(sentence.text, fit, words):
            fit.append(pair)  # "Let's talk about demurrage and detention."
            headed.add(pair.key)
        for tool in tools_named(sentence.text, words, known, lexicon):
            if not any(tool.key in p.key for p in fit):
                fit.append(tool)
            tools.add(tool.key)
        found.append(fit)
        low = sentence.text.lower().replace("’", "'")
        if (
            any(cue in low for cue in words.focus_cues)
            or _names_a_focus(low, grammar)
            or announced == sentence.speaker
        ):
            focused += [p.key for p in fit]
        # "One more thing." said alone: the speaker's next sentence names it
        announced = (
            sentence.speaker
            if not fit
            and len(words_of(sentence.text)) <= 6
            and any(cue in low for cue in words.focus_cues)
            else None
        )
        if any(re.search(rf"\b{re.escape(cue)}\b", low) for cue in words.remit_cues) or _introduces(
            low, grammar
        ):
            remits += [p.key for p in fit]
        else:
            elsewhere += [p.key for p in fit]
    yake = [k.lower() for k in keyphrases]

    def remit_only(phrase: Phrase) -> bool:
        """Said only where a speaker says what they look after ("I chair the finance
        committee"): who they are, no topic while there are others."""
        key = phrase.key
        return any(key in r for r in remits) and not any(key in e for e in elsewhere)

    def bonus(phrase: Phrase) -> float:
        key = phrase.key
        score = 0.5 if any(key in k or (k in key and " " in k) for k in yake) else 0.0
        if " " in key and any(key in f for f in focused):
            score += 0.6  # "The other headache for us is the vendor onboarding backlog"
        if any(key in r for r in remits) and not any(key in e for e in elsewhere):
            score -= 1.5  # "I run fleet and field maintenance": who they are, not a topic
        if any(key in a for a in asked):
            score += 0.5  # "How would you document a management overlay?"
        if key in headed and not _common_word(phrase, lexicon):
            score += 0.6  # "What about tooling control?", "Let me ask about biosecurity"
        if key in answered and key not in said and phrase.base.key not in said:
            score -= 0.8  # the candidate's answer: a topic when the slots are not full
        return score

    # an everyday word alone ("the stores", "the client") says little: it comes after every
    # longer phrase, so it never takes the place of one ("store replenishment")
    ranking = sorted(
        rank(found, grammar, bonus),
        key=lambda r: (
            _unit(r.phrase, grammar) or remit_only(r.phrase),
            _common_word(r.phrase, lexicon) and r.phrase.key not in tools,
        ),
    )
    grown: dict[str, Phrase] = {}  # a head's best complement: "the data lineage" -> "… for …"
    for ranked in ranking:
        if ranked.phrase.complement:
            grown.setdefault(ranked.phrase.base.key, ranked.phrase)
    fullest = _fullest_forms([p for fit in found[: len(said_by_them)] for p in fit], grown)
    chosen: list[Proposal] = []
    taken: list[set[str]] = []
    covered: set[str] = set()  # every word of what was chosen, complements too
    # the candidate's exercise, named as the interviewers name it, comes first; a phrase of
    # theirs is the same only when the exercise's name holds all of it
    exercised: list[set[str]] = []
    exercises: list[Proposal] = []  # proposed before the topics, beside the cap as stories are
    for phrase, sentence, stems in exercise_phrases(theirs, words, known, lexicon, lowercase):
        content = {_stem(w) for w in phrase.base.words}
        written = " ".join(_as_written(phrase.words, lowercase, lexicon))
        if any(content <= t for t in exercised) or _already(written, known):
            continue
        exercise = passes(
            replace(
                Proposal.said("topic", "the " + written, _EXERCISE_WHY, sentence),
                topic_kind=EXERCISE,
            )
        )
        if exercise is None:
            continue
        exercised.append(content)
        covered |= stems
        exercises.append(exercise)
        if len(exercises) >= limits.max_exercises:
            break
    # the work the interviewers frame in a gerund clause ("getting the trades to confirm their
    # dates"): a noun phrase it holds is proposed as the clause; one framed by a focus cue
    # that holds none is proposed before the noun phrases
    closed = grammar.determiners | grammar.prepositions | grammar.pronouns | grammar.conjunctions
    framing: list[tuple[Proposal, set[str]]] = []
    for clause, sentence in framed_gerunds(theirs, words, known, lexicon):
        framed = passes(
            replace(
                Proposal.said("topic", clause, _FRAMED_WHY, sentence),
                topic_kind=topic_kind(sentence.text, clause.split()[:1], words),
            )
        )
        if framed is not None and not _already(framed.text, known):
            framing.append((framed, {_stem(w) for w in clause.split() if w.lower() not in closed}))

    def as_framed(topic: Proposal, content: set[str]) -> Proposal:
        """The topic as the gerund clause of its own sentence that holds it, if one does."""
        for at, (framed, stems) in enumerate(framing):
            if framed.source == topic.source and content <= stems:
                del framing[at]
                return replace(framed, topic_kind=topic.topic_kind or framed.topic_kind)
        return topic

    # a phrase that shares a word with a chosen topic waits until every phrase that shares
    # none was tried: then it is another subject when the word is no head of theirs
    deferred: list[Ranked] = []
    for ranked in chain(ranking, deferred):  # `deferred` is read once `ranking` is done
        phrase = grown.get(ranked.phrase.key, ranked.phrase)
        phrase = fullest.get(phrase.base.key, phrase)
        base = phrase.base
        content = {_stem(w) for w in base.words if w.lower() not in ("of", "per")}
        if (
            len(content) == 1
            and ranked.count < (5 if _common_word(phrase, lexicon) else 3)
            and not phrase.complement
            and not _named_thing(phrase.words[0])
            and phrase.key not in tools
            and not (phrase.key in headed and not _common_word(phrase, lexicon))
        ):
            continue  # one word said once or twice ("sensors", "shops") is rarely a topic
        if (
            not phrase.complement
            and remit_only(phrase)
            and base.words[-1].lower() in grammar.own_heads
        ):
            continue  # "I run the automation program": the employer's own, who they are
        if any(_shares_a_word(content, t) for t in taken):
            if ranked not in deferred:
                deferred.append(ranked)
                continue
            if any(_same_subject(content, _head(base), t) for t in taken):
                continue
        if content <= covered:
            continue  # "the filling line" of "cleaning validation for the new filling line"
        if not _phrase_fit(phrase, words, known) or _foreign(phrase, lexicon):
            continue
        if job_title(base.words, words, lexicon):
            continue  # "senior modeller", "the lead estimator role": a job, no topic
        if _only_languages(base.words, words.languages):
            continue  # "Spanish" ("our clients are mostly Spanish"): a language, no topic
        if any(known.is_place(run) for run in _capitalised_runs(phrase.words)):
            continue  # "the Cape Town office": a place of two or more words (looked up only
            # for a phrase about to be chosen: the place names take a second to load)
        # a tool keeps its capital ("Opera", "Snowflake"): only a sentence's first word loses it
        written = " ".join(
            phrase.words if phrase.key in tools else _as_written(phrase.words, lowercase, lexicon)
        )
        if _already(written, known) or _proper_name(base.words) or _organisation(phrase):
            continue
        if _ruling_acronym(phrase, [s.text for s in usable], grammar):
            continue  # "the CBN now asks for it monthly": a regulator, who rules, not what
        said_in = _words_in(" ".join(base.words))
        source = next((s for s in theirs if said_in(s.text)), None)
        source = source or next((s for s in mine if said_in(s.text)), None)
        if source is None:
            continue
        article = _article(phrase)
        topic = passes(
            replace(
                Proposal.said("topic", article + written, "noun phrase", source),
                topic_kind=topic_kind(source.text, base.words, words),
            )
        )
        if topic is None:
            continue  # "adjusters rekey", "whoever joins": no phrase a note-taker writes
        taken.append(content)
        covered |= {_stem(w) for w in phrase.words}
        chosen.append(as_framed(topic, content))
        if len(chosen) >= limits.max_topics:
            break
    cued = [  # the framed work no chosen topic says
        framed
        for framed, stems in framing
        if not any(stems & t and _same_subject(stems, "", t) for t in taken)
    ][: limits.max_framed]
    if cued:  # "The challenge is the subbies, getting the trades to confirm their dates."
        chosen = cued + chosen[: max(0, limits.max_topics - len(cued))]
    stories: list[Proposal] = []
    for phrase, sentence in story_phrases(sentences, words, known, lexicon, lowercase):
        content = {_stem(w) for w in phrase.base.words if w.lower() not in ("of", "per")}
        if len(stories) >= limits.max_stories:
            break
        # a topic of theirs that only says again what the story said first ("the escalation
        # matrix" in their follow-up) is the story: it gives way to it
        echoes = [
            at
            for at, (topic, words_of_topic) in enumerate(zip(chosen, taken, strict=False))
            if words_of_topic <= content and topic.line > sentence.line
        ]
        for at in reversed(echoes):
            del chosen[at], taken[at]
        if echoes:
            covered = {_stem(w) for t in taken for w in t} | covered - content
        if content <= covered:
            continue
        if any(len(content & t) * 2 >= min(len(content), len(t)) for t in taken):
            continue  # the interviewers' own topic already says it
        written = " ".join(_as_written(phrase.words, lowercase, lexicon))
        if (
            _already(written, known)
            or _foreign(phrase, lexicon)
            or any(known.is_place(run) for run in _capitalised_runs(phrase.words))
        ):
            continue
        article = _article(phrase)
        story = passes(
            replace(
                Proposal.said("topic", article + written, _STORY_WHY, sentence),
                topic_kind=YOUR_STORY,
            )
        )
        if story is None:
            continue
        taken.append(content)
        covered |= {_stem(w) for w in phrase.words}
        stories.append(story)
    return exercises + chosen + stories


@dataclass(frozen=True)
class _Reply:
    """What the interviewers' turn before one of the candidate's turns did: asked or raised a
    subject (`raised`), and the words it said (as stems)."""

    raised: bool
    stems: frozenset[str]


def _replies(
    transcript: Transcript, candidate: str | None, words: DebriefWords
) -> dict[int, _Reply]:
    """The candidate's turns (by line) with the interviewers' turn before them: whether it
    asked (a question or a prompt, "Tell us about …") or raised a subject ([words]
    focus_cues, "the other topic is …", "You'd help with the kiln schedules"), and its
    words. A turn that answers nothing of theirs (after "Good, thanks.", after the decision's
    day, before anyone asked) is absent, and so is small talk's question ("How was the
    drive?")."""
    assert words.grammar is not None
    ignore = words.stopwords | words.generic | words.grammar.weak_heads
    out: dict[int, _Reply] = {}
    before: str | None = None  # the interviewers' last turn
    for turn in transcript.turns()[:4000]:
        if turn.speaker is None:
            continue
        if turn.speaker != candidate:
            before = turn.text
            continue
        if before is None:
            continue
        said = [s for s in split_sentences(before) if not is_small_talk(s, words)]
        lows = [s.lower().replace("’", "'") for s in said]
        raised = any(asks(s, words) for s in said) or any(
            any(cue in low for cue in words.focus_cues) or _names_a_focus(low, words.grammar)
            for low in lows
        )
        stems = {_stem(w) for s in said for w in words_of(s) if w.lower() not in ignore}
        out[turn.line] = _Reply(raised, frozenset(stems - {""}))
    return out


def _answers(phrase: Phrase, reply: _Reply | None) -> bool:
    """The candidate's phrase answers what the interviewers asked or raised right before it,
    or shares a word with what they said then ("synthetic test accounts" after "And test
    data. We copy masked production data …")."""
    if reply is None:
        return False
    return reply.raised or bool({_stem(w) for w in phrase.base.words} & reply.stems)


_POSSESSIVES = frozenset({"our", "their", "its", "my", "your"})
# the determiners of one thing or of things known: a topic said with any of them is written
# with "the" ("a pallet audit", "your onboarding plan", "our data model" -> "the ..."), one
# rule for every topic of a noun phrase, an exercise's or a story's
_THE = _ARTICLE | _POSSESSIVES | frozenset({"a", "an", "his", "her", "every", "each"})


def _article(phrase: Phrase) -> str:
    """ "the " before a phrase said with a determiner of one thing or of things known (`_THE`:
    "our data model", "a data model", "the data model" -> "the data model"), except a field
    or an activity ("our growth analytics", "a turnaround planning"): "growth analytics",
    never "the growth analytics"."""
    if phrase.determiner not in _THE:
        return ""
    head = phrase.base.words[-1].lower()
    if phrase.determiner not in ("the", "this", "that") and head.endswith(("ics", "ing")):
        return ""
    return "the "


def _fullest_forms(said: Sequence[Phrase], grown: Mapping[str, Phrase]) -> dict[str, Phrase]:
    """For a phrase the interviewers also said with more words before it, the one longer form
    they said ("the scoring model" -> "the credit scoring model for first-time mobile
    borrowers"), with the complement it was said with (or, from `grown`, its best one): a
    note-taker writes the thing's full name. A phrase said with two different longer forms
    ("the credit scoring model", "the fraud scoring model") keeps its own words."""
    longer: dict[str, dict[str, Phrase]] = {}
    for phrase in said:
        base = phrase.base.words
        lows = [w.lower() for w in base]
        for cut in range(1, len(base)):
            if lows[cut - 1] in ("of", "per", "and", "&") or lows[cut] in ("of", "per"):
                continue  # "the cost | per mile": no tail of a connected phrase
            tail = " ".join(lows[cut:])
            forms = longer.setdefault(tail, {})
            known = forms.get(phrase.base.key)
            if known is None or (phrase.complement and not known.complement):
                forms[phrase.base.key] = phrase
    out: dict[str, Phrase] = {}
    for tail, forms in longer.items():
        if len(forms) != 1:
            continue
        ((key, form),) = forms.items()
        out[tail] = form if form.complement else grown.get(key, form)
    return out


_EXERCISE_WHY = "your exercise, which the interviewers discussed"


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _exercise_pattern(
    heads: tuple[str, ...],
    verbs: tuple[str, ...],
    given: tuple[str, ...],
    objects: tuple[str, ...],
    prepositions: tuple[str, ...],
    when: tuple[str, ...] = (),
) -> re.Pattern[str]:
    """ "the case study we sent you, the fleet sizing exercise", "the costing exercise you did
    for the mock bid", "the take-home task, the menu costing sheet": "you" with any of
    `verbs` (then maybe one of `objects`, "for us"), before the exercise ("you did our written
    exercise") or after it, "we" only with one of `given` and then "you" ("the load test we
    did" is the team's own); maybe when it was done (`when`, "this morning") before a comma
    and what it was; what it was about after one of `prepositions`."""
    head, verb = _alternatives(heads), _alternatives(verbs)
    give = _alternatives(given) if given else "(?!)"
    obj = _alternatives(objects) if objects else "(?!)"
    about = _alternatives(prepositions) if prepositions else "(?!)"
    done = _alternatives(when) if when else "(?!)"
    return re.compile(
        rf"(?P<pre>\byou(?:'ve|\s+have)?(?:\s+(?:also|already|just|kindly))?\s+(?:{verb})"
        r"(?:\s+us)?\s+)?"
        rf"\b(?P<det>the|your|our|this|that)\s+(?P<mods>(?:[\w'-]+\s+){{0,3}}?)"
        rf"(?P<head>{head})\b(?P<rel>\s+(?:that\s+|which\s+)?"
        rf"(?:you(?:'ve|\s+have)?\s+(?:{verb})\b(?:\s+(?:{obj})\b)?"
        rf"|we(?:'ve|\s+have)?\s+(?:{give})(?:\s+(?:for\s+)?you\b|(?=\s*[.!?]|\s*$))))?"
        rf"(?:\s+(?:{done})\b)?"
        r"(?:\s*,\s*(?P<app>(?:the|your|our)\s+[^,.;:?!]+)"
        rf"|(?P<comp>\s+(?:{about})\s+[^,.;:?!]+))?",
        re.IGNORECASE,
    )


def _first_phrase(
    text: str, words: DebriefWords, known: Known, lexicon: Lexicon, lowercase: frozenset[str]
) -> Phrase | None:
    """The noun phrase `text` opens with ("the pricing review for the spa, which …")."""
    assert words.grammar is not None
    names = known.name_words | {w.lower() for w in known.company_words}
    numbers = frozenset(words.number_words - _ORDINALS)
    tokens = tag(text, words.grammar, lexicon, names, numbers, lowercase)
    start = 1 if tokens and tokens[0].tag == "DET" else 0
    if start < len(tokens) and tokens[start].tag == "NUM" and "-" in tokens[start].text:
        start += 1  # "the two-week maintenance campaign": no number word in a topic
    if len(tokens) <= start or tokens[start].tag not in ("ADJ", "NOUN", "GER"):
        return None
    found = phrases(tokens[start:], words.grammar)
    return found[0] if found else None


def _specific(head: str, words: DebriefWords) -> int:
    """How specific an exercise's head is: its place in [words] exercise_heads."""
    return words.exercise_heads.index(head) if head in words.exercise_heads else 99


def _exercise_named(
    match: re.Match[str],
    mods: Sequence[str],
    words: DebriefWords,
    known: Known,
    lexicon: Lexicon,
    lowercase: frozenset[str],
) -> tuple[Phrase, tuple[str, ...]] | None:
    """An exercise and, after a comma, what it was ("the case study we sent you, the fleet
    sizing exercise"): its name, with the more specific of the two heads ([words]
    exercise_heads, most specific first), and the words said of it. When the exercise has a
    name of its own (`mods`, a word not of [words] vague_modifiers: "your root cause analysis
    exercise, the traction motor overheating case"), or what it was is joined by "of" ("your
    take-home case, the scoring of thin-file borrowers"), what it was follows "on": "the root
    cause analysis exercise on traction motor overheating"."""
    what = _first_phrase(match.group("app"), words, known, lexicon, lowercase)
    if what is None:
        return None
    base = list(what.base.words)
    head = match.group("head").split()
    named_head = list(head)
    own_head = False
    for size in (2, 1):
        own = " ".join(base[-size:]).lower()
        if len(base) > size and own in words.exercise_heads:
            if _specific(own, words) < _specific(" ".join(head).lower(), words):
                named_head = base[-size:]
            base = base[:-size]
            own_head = True
            break
    about = what.words[len(what.base.words) :]
    named_itself = any(m.lower() not in words.vague_modifiers for m in mods)
    tail = _appositive_tail(match.group("app"), what, words)
    if tail and not own_head:
        # "our written exercise this morning, the email to the angry consignee": the exercise
        # on all that it was, as said
        name = (*mods, *head)
        return Phrase((*name, "on", *tail), "the", len(name)), what.words
    if named_itself or any(w.lower() == "of" for w in (*base, *about[:1])):
        name = (*mods, *head)
        said = match.group("app").split()[0].lower() in ("the", "our", "your") and not own_head
        return (
            Phrase((*name, "on", *(("the",) if said else ()), *base, *about), "the", len(name)),
            what.words,
        )
    named = (*base, *named_head)
    return Phrase((*named, *about), "the", len(named) if about else 0), what.words


_TAIL_PREPOSITIONS = frozenset(
    {"to", "for", "of", "with", "about", "from", "at", "on", "in", "after"}
)


def _appositive_tail(app: str, what: Phrase, words: DebriefWords) -> tuple[str, ...] | None:
    """What an exercise was, as said after its comma, when it goes on past its first noun
    phrase with a preposition ("the email to the angry consignee", "the rota for the Christmas
    peak"): its words ("our" as "the"), at most nine; None when the noun phrase says it all."""
    numbers = words.number_words - _ORDINALS
    said = [
        w
        for w in app.split()
        if w.lower() not in numbers and not any(p in numbers for p in w.lower().split("-"))
    ]  # "the two-week maintenance campaign for twelve turbines": no number word in a topic
    if not said or len(said) > 9:
        return None
    start = 1 if said[0].lower() in ("the", "our", "your", "a", "an") else 0
    after = start + len(what.words)
    if after >= len(said) or said[after].lower() not in _TAIL_PREPOSITIONS:
        return None
    if [w.lower() for w in said[start:after]] != [w.lower() for w in what.words]:
        return None
    if any(
        w.lower() in words.stopwords and w.lower() not in ("the", "a", "an")
        for w in said[after + 1 :]
    ):
        return None  # "the email to say we'd …": a clause, not a thing
    lead = ("the",) if start else ()
    return (*lead, *said[start:])


# The next sentence says what the exercise was: "You had a three-week lookahead with a late
# pipe delivery.", "It was a bakery chain with falling margins."
_DESCRIBED = re.compile(
    r"^(?:so,?\s+|and\s+)?(?:you\s+had|you\s+got|it\s+was|it's|that\s+was|this\s+was|"
    r"the\s+brief\s+was|the\s+scenario\s+was)\s+(?P<rest>(?:a|an|the)\s+[^.!?;]+?)\s*[.!?]?$",
    re.IGNORECASE,
)


def _described(
    sentence: str, words: DebriefWords, known: Known, lexicon: Lexicon, lowercase: frozenset[str]
) -> tuple[str, ...] | None:
    """What the sentence after an exercise says it was, as said but for its number words ("a
    three-week lookahead with a late pipe delivery" -> "a lookahead with a late pipe
    delivery"): at most ten words with no verb or pronoun, whose first noun phrase is no weak
    word; None for anything else ("It was a long week for us too")."""
    assert words.grammar is not None
    said = _DESCRIBED.match(sentence.replace("’", "'").strip())
    if said is None:
        return None
    rest = said.group("rest").split()
    if len(rest) > 10:
        return None
    names = known.name_words | {w.lower() for w in known.company_words}
    numbers = frozenset(words.number_words - _ORDINALS)
    tokens = tag(" ".join(rest), words.grammar, lexicon, names, numbers, lowercase)
    if any(t.tag in ("VERB", "AUX", "PRON", "NAME") for t in tokens):
        return None
    found = phrases(tokens, words.grammar)
    if not found or not _words_fit(found[0], words, known):
        return None
    if _stem(found[0].base.words[-1]) in {_stem(w) for w in words.grammar.weak_heads}:
        return None
    return tuple(t.text for t in tokens if t.tag != "NUM")  # no number word in a topic


def _exercise_about(
    match: re.Match[str],
    mods: Sequence[str],
    words: DebriefWords,
    known: Known,
    lexicon: Lexicon,
    lowercase: frozenset[str],
) -> tuple[Phrase, tuple[str, ...]] | None:
    """An exercise said as the candidate's to do, with its own words or what it was about
    ("the costing exercise you did for the mock bid"), or with its own words after "your"
    ("Your cycle-life data analysis exercise was good", "Finally, your proofreading test"),
    when its head ends the noun phrase ("your risk assessment process" is a process) and a
    noun among those words says what it was about ("your strongest case" says none); None
    for one said of nothing ("your exercise")."""
    if not (mods or match.group("comp")):
        return None
    if not (match.group("rel") or match.group("pre")):
        if match.group("det").lower() != "your" or not mods or match.group("comp"):
            return None
        head = match.group("head").split()
        said = f"the {' '.join(mods)} {match.group('head')}{match.string[match.end() :][:80]}"
        what = _first_phrase(said, words, known, lexicon, lowercase)
        if what is None or [w.lower() for w in what.base.words[-len(head) :]] != [
            h.lower() for h in head
        ]:
            return None
        assert words.grammar is not None
        tags = tag(said, words.grammar, lexicon, frozenset(), frozenset(), lowercase)
        if not any(t.tag in ("NOUN", "GER") for t in tags[1 : 1 + len(mods)]):
            return None  # "your strongest case", "your final assessment": no subject named
    about: tuple[str, ...] = ()
    if match.group("comp"):
        preposition, rest = match.group("comp").split(maxsplit=1)
        what = _first_phrase(rest, words, known, lexicon, lowercase)
        if what is None or what.complement:
            return None
        article = ("the",) if rest.lower().startswith(("the ", "our ", "your ")) else ()
        about = (preposition.lower(), *article, *what.base.words)
    named = (*mods, *match.group("head").split())
    return Phrase((*named, *about), "the", len(named) if about else 0), ()


def exercise_phrases(
    sentences: Sequence[Sentence],
    words: DebriefWords,
    known: Known,
    lexicon: Lexicon,
    lowercase: frozenset[str] = frozenset(),
) -> list[tuple[Phrase, Sentence, frozenset[str]]]:
    """The candidate's exercise as the interviewers name it, with the sentence and the stems
    of every word they said of it: an exercise said with what it was ("the case study we sent
    you, the fleet sizing exercise" -> "the fleet sizing case study"; "the take-home task, the
    menu costing sheet" -> "the menu costing sheet take-home task"), or said as theirs to do
    with what it was about ("the task you prepared on cutting demurrage"). An
    exercise said of nothing ("your exercise") or yet to come ("a take-home task") is none."""
    assert words.grammar is not None
    grammar = words.grammar
    if not words.exercise_heads:
        return []
    pattern = _exercise_pattern(
        words.exercise_heads,
        words.exercise_verbs,
        words.exercise_given,
        words.exercise_objects,
        words.exercise_prepositions,
        words.exercise_when,
    )
    weak = grammar.weak_modifiers | _ORDINALS  # "the other task", "the first exercise"
    out: list[tuple[Phrase, Sentence, frozenset[str]]] = []
    for at, sentence in enumerate(sentences):
        text = sentence.text.replace("’", "'")
        after = sentences[at + 1] if at + 1 < len(sentences) else None
        if after is not None and after.speaker != sentence.speaker:
            after = None
        for match in pattern.finditer(text):
            head = tuple(match.group("head").lower().split())
            mods = match.group("mods").split()
            while mods and mods[0].lower() in weak:
                mods.pop(0)
            if mods:
                name = " ".join(["the", *mods, *head])
                tokens = tag(name, grammar, lexicon, frozenset(), frozenset(), lowercase)
                if any(t.tag not in ("ADJ", "NOUN", "GER") for t in tokens[1 : 1 + len(mods)]):
                    continue  # "the … we test every batch": no exercise's name
            if match.group("app") and not (
                match.group("rel")
                or match.group("pre")
                or match.group("det").lower() == "your"
                or " ".join(head) in words.exercise_own_heads
            ):
                continue  # "the task, the stock count": the team's, as likely as theirs
            described = (
                _described(after.text, words, known, lexicon, lowercase)
                if after is not None
                and not match.group("app")
                and not match.group("comp")
                and (match.group("rel") or match.group("pre"))
                and not text[match.end() :].strip(" .!?")
                else None
            )
            found = (
                _exercise_named(match, mods, words, known, lexicon, lowercase)
                if match.group("app")
                else (
                    (Phrase((*mods, *head, "on", *described), "the", len(mods) + len(head)), ())
                    if described
                    else _exercise_about(match, mods, words, known, lexicon, lowercase)
                )
            )
            if found is None:
                continue
            phrase, said = found
            if not _words_fit(phrase, words, known) or len(phrase.words) < 2:
                continue
            stems = frozenset(_stem(w) for w in (*phrase.words, *said))
            out.append((phrase, sentence, stems))
    return out


EXERCISE = "exercise"  # a topic's kind: the candidate's exercise, as the drafts name kinds


# Where a new clause starts: "…, and the team builds validation checks", "…; the other …"
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:and|but|so|while|whereas|which|where)\b"
    r"|\b(?:and|but|while|whereas)\s+(?=(?:the|we|we're|our|they|i|i'm|you|he|she|it)\b)"
)


def topic_kind(sentence: str, phrase: Sequence[str], words: DebriefWords) -> str | None:
    """The kind of a topic, from the words of its own clause before it: "challenge" after one
    of [words] challenge_cues ("our biggest headache is late pallet returns"), "plan" after
    one of plan_cues ("we're migrating the depots to a new routing system"); else None ("we
    are migrating the warehouse, and the team builds validation checks": no plan)."""
    low = sentence.lower().replace("’", "'")
    said = re.search(
        r"(?<!\w)" + r"\W+".join(re.escape(w.lower().replace("’", "'")) for w in phrase), low
    )
    if said is None:
        return None
    before = _CLAUSE_BREAK.split(low[: said.start()])[-1]  # the phrase's own clause
    for kind, cues in (("challenge", words.challenge_cues), ("plan", words.plan_cues)):
        if any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", before) for cue in cues):
            return kind
    return None


# A gerund clause the interviewers frame as their work, after a focus cue's "is" ("The
# challenge is the subbies, getting the trades to confirm their dates.")
_GERUND_START = re.compile(r"(?<![\w'’-])(?P<verb>[a-z]+ing)\b(?P<rest>[^,.;:?!]*)")
_GERUND_END = re.compile(
    r"\s(?:because|so|when|while|which|where|but|and then|and we|and you|and they|and it|"
    r"(?:this|next|last) (?:year|quarter|month|week|spring|summer|autumn|fall|winter|term)|"
    r"(?:in|over|by|during|from|until|through) (?:the )?(?:spring|summer|autumn|fall|winter|"
    r"new year|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|here in|in this role|right now|at the moment|for us|for you)\b",
    re.IGNORECASE,
)
_FRAMED_WHY = "what the interviewers framed as the work"


def _gerund_clause(text: str, words: DebriefWords, known: Known, lexicon: Lexicon) -> str | None:
    """The gerund clause that `text` starts with ("getting the trades to confirm their dates
    …"), cut before a new clause, a time or a place, as a note writes it ("our" -> "the");
    None when it has no object of its own ("it", "them"), names a person or the employer, or
    counts."""
    match = _GERUND_START.match(text)
    if match is None or not {"VERB"} <= lexicon(match.group("verb")):
        return None
    grammar = words.grammar
    if grammar is None:
        return None
    if match.group("verb") in words.not_work:
        return None  # "seeing more candidates", "hoping the suite will …", "being rebuilt"
    rest = _GERUND_END.split(match.group("rest"))[0].strip()
    said = rest.split()
    numbers = words.number_words - _ORDINALS
    if said and said[0].lower() in numbers:
        said = said[1:]  # "supervising two newly qualified social workers": how many, no part
    lows = [w.lower().strip("'’") for w in said]
    if not 1 <= len(said) <= 9 or lows[0] in _POINTER or lows[0] in grammar.pronouns:
        return None  # "keeping them fed": what "them" is, the sentence before says
    if lows[0] in grammar.adverbs or lows[-1] in grammar.prepositions | grammar.determiners:
        return None  # "going well", "moving to the": no thing named, or cut short
    if lows[0] in grammar.auxiliaries or lows[0] in ("to", "as", "out", "up", "on", "off"):
        return None  # "hiring is the pilot", "trying to build", "running out of time"
    places = [at for at, w in enumerate(said) if w[:1].isupper() and known.is_place(w)]
    if places:  # "piloting on-demand transit in Martensville": what, not where
        said, lows = said[: places[0] - 1], lows[: places[0] - 1]
        if not said or lows[-1] in grammar.prepositions | grammar.determiners:
            return None
    if any(w in words.number_words or w in known.name_words for w in lows) or any(
        _stem(w) in known.company_words for w in lows
    ):
        return None  # "adding a second line station": a count, or a name, no note's words
    if any(w in ("i", "me", "my", "you", "your", "we", "us") for w in lows):
        return None  # whose work it is, the gerund leaves out
    phrase = match.group("verb") + " " + " ".join(said)
    return re.sub(r"\bour\b", "the", phrase)


def framed_gerunds(
    theirs: Sequence[Sentence], words: DebriefWords, known: Known, lexicon: Lexicon
) -> list[tuple[str, Sentence]]:
    """The work the interviewers frame as a gerund clause after a focus cue's "is" ("The
    challenge keeping me up at night is staffing the overnight ICU shifts", "Our problem is
    keeping the stocked lumpfish fed and healthy"), a noun phrase and a comma between or none
    ("The challenge is the subbies, getting the trades to confirm their dates"), in the order
    said: "staffing the overnight ICU shifts", "getting the trades to confirm their dates"."""
    if words.grammar is None:
        return []
    cues = _alternatives(words.focus_cues + words.challenge_cues)
    after_cue = re.compile(
        rf"(?<![\w'’])(?:{cues})\b[^.?!,]{{0,40}}?(?:\s(?:is|was|are)\s+|'s\s+)"
        r"(?:[^.?!,]{1,40},\s+)?(?:really\s+|mostly\s+|just\s+|probably\s+)?(?=[a-z]+ing\b)"
    )
    out: list[tuple[str, Sentence]] = []
    for sentence in theirs:
        low = sentence.text.replace("’", "'")
        if low.rstrip().endswith("?"):
            continue  # a question asks; it frames no work of theirs
        for match in after_cue.finditer(low.lower()):
            phrase = _gerund_clause(low[match.end() :], words, known, lexicon)
            if phrase is not None and all(phrase != p for p, _ in out):
                out.append((phrase, sentence))
    return out


_STORY_WHY = "your story, which the interviewers took up"
YOUR_STORY = "your story"  # a topic's kind: the candidate's own, stored as their question


def _told_object(
    sentence: str, fit: Sequence[Phrase], setting: frozenset[str] = frozenset()
) -> Phrase | None:
    """Of a story's phrases, the first said after the verb that tells what the candidate did
    ("At Lakeview I rebuilt the reagent ordering workflow": the workflow, not Lakeview's "older
    patients" said before it); a verb of `setting` (data/debrief.toml setting_verbs: "we had a
    customer audit") tells where the story happened: when the candidate tells a deed but no
    phrase follows it, and such a verb tells the setting, None (the setting is no topic); a
    story that tells only what they faced ("We had repeated hydraulic hose bursts") is about
    that; one that tells neither ("In my old job the dam safety panel reviewed every
    spillway", "there was a regulator inspection") gives None."""
    told = list(_TOLD.finditer(sentence))
    if not told:
        return None  # "In my old job the dam safety panel reviewed every spillway": the old
        # place's doings, nothing the candidate did or faced
    deeds = [m for m in told if m.group("verb").lower() not in setting]
    for match in deeds or told[:1]:
        rest = sentence[match.end() :].lower()
        for phrase in fit:
            if _words_in(" ".join(phrase.base.words))(rest):
                return phrase
    return None if deeds and len(deeds) < len(told) else fit[0]


def _taken_up(phrase: Phrase, theirs: set[str]) -> int:
    """How many words of the phrase (as stems) they said again, when those are its head or two
    words or more ("the escalation matrix" of "the alarm escalation matrix"); else 0 (one word
    beside the head, "product" of "a model on product usage events", is a coincidence)."""
    shared = {_stem(w) for w in phrase.words} & theirs
    heads = {_stem(phrase.base.words[-1]), _stem(phrase.words[-1])}  # "… with time bands"
    return len(shared) if heads & shared or len(shared) >= 2 else 0


def story_phrases(
    sentences: Sequence[Sentence],
    words: DebriefWords,
    known: Known,
    lexicon: Lexicon,
    lowercase: frozenset[str] = frozenset(),
) -> list[tuple[Phrase, Sentence]]:
    """The candidate's stories of their own past ("At Nordkyl I rewrote the alarm escalation
    matrix") that the interviewers took up: a phrase of the story that their next turn says
    again (a follow-up question or a comment), or that the question before it asked about,
    or, for a story that opens the answer to their question or prompt ("Walk us through a
    time you …"), its first phrase. An aside nobody picked up ("I also coached the cricket
    team") is none. Each story gives one phrase, the one sharing most words with them; a
    transcript with no candidate's voice has none."""
    assert words.grammar is not None
    grammar = words.grammar
    candidate = known.candidate_speaker
    if candidate is None:
        return []
    turns: list[tuple[str | None, list[Sentence]]] = []
    for sentence in sentences:
        if turns and turns[-1][0] == sentence.speaker:
            turns[-1][1].append(sentence)
        else:
            turns.append((sentence.speaker, [sentence]))
    names = known.name_words | {w.lower() for w in known.company_words}
    numbers = frozenset(words.number_words - _ORDINALS)
    ignore = words.stopwords | words.generic | grammar.weak_heads

    def stems(said: Sequence[Sentence]) -> set[str]:
        return {_stem(w) for s in said for w in words_of(s.text) if w.lower() not in ignore} - {""}

    out: list[tuple[Phrase, Sentence]] = []
    budget = MAX_PHRASE_CHARS  # as for their topics: a very long transcript's first part
    for at, (speaker, said) in enumerate(turns):
        budget -= sum(len(s.text) for s in said)
        if budget < 0:
            break
        if speaker != candidate:
            continue
        before = turns[at - 1][1] if at and turns[at - 1][0] != candidate else []
        after = turns[at + 1][1] if at + 1 < len(turns) and turns[at + 1][0] != candidate else []
        prompted = bool(before) and asks(before[-1].text, words)
        # what they said right after: a question, or the first thing said ("Nice. The other
        # headache is …" takes up nothing of the story but what its first sentence says)
        taken_up = after[:1] + [s for s in after[1:] if asks(s.text, words)]
        theirs = stems(taken_up) | (stems(before[-1:]) if prompted else set())
        for number, sentence in enumerate(said):
            if not (
                own_past(sentence.text, words) or _tells_the_past(sentence.text, words.past_forms)
            ):
                continue
            tokens = tag(sentence.text, grammar, lexicon, names, numbers, lowercase)
            fit = [
                p
                for p in phrases(tokens, grammar)
                if _phrase_fit(p, words, known)
                and (len(content_words(p.base.words, grammar)) >= 2 or _named_thing(p.words[-1]))
                and not _proper_name(p.base.words)
                and not _organisation(p)
            ]
            shared = [(_taken_up(p, theirs), p) for p in fit]
            best = max(shared, key=lambda x: (x[0], len(x[1].words)), default=(0, None))
            if best[1] is not None and best[0] > 0:
                out.append((best[1], sentence))
            elif fit and prompted and number == 0:
                told = _told_object(sentence.text, fit, words.setting_verbs)
                out += [(told, sentence)] if told is not None else []  # their question's
                # answer: what the candidate did ("I rebuilt the reagent ordering workflow")
    return out


def _words_in(phrase: str) -> Callable[[str], bool]:
    """Whether a sentence says `phrase` as whole words ("opera" is not said in "tour
    operators")."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)")
    return lambda text: pattern.search(text.lower()) is not None


def asks(sentence: str, words: DebriefWords) -> bool:
    """The sentence asks: a question mark, or a prompt that opens it or its last clause
    ([words] prompt_cues: "Tell us about lockout procedures on a mine.", "So, walk me through
    the audit.")."""
    if sentence.rstrip().endswith("?"):
        return True
    low = strip_fillers(sentence, words).lower().replace("’", "'")
    clauses = [low, *(part.strip() for part in re.split(r"[,;:]\s|\band\s", low)[1:])]
    return any(c.startswith(cue + " ") for c in clauses for cue in words.prompt_cues)


def unnamed_questions(
    transcript: Transcript, words: DebriefWords, candidate: str | None
) -> set[int]:
    """The lines of turns no label names ("Unknown Speaker" in an Otter export) that are an
    interviewer's question in a transcript whose other voices are named: a turn that asks
    something ("We're about to rewrite our suite bylaw. What's your experience with
    suites?") right before or after one of the candidate's, and not only an interruption
    ("Sorry, is this the room for the budget meeting?", [words] interruptions)."""
    if candidate is None:
        return set()
    turns = transcript.turns()
    out: set[int] = set()
    for at, turn in enumerate(turns):
        if turn.speaker is not None:
            continue
        beside = {t.speaker for t in turns[max(0, at - 1) : at + 2] if t is not turn}
        if candidate not in beside:
            continue
        said = [Sentence(raw, None, turn.at, turn.line) for raw in split_sentences(turn.text)]
        if any(asks(s.text, words) and not _interrupts(s, words) for s in said):
            out.add(turn.line)
    return out


def _told_by_unnamed(sentence: Sentence, unnamed: set[int], words: DebriefWords) -> bool:
    """A sentence of an unnamed interviewer's turn (`unnamed`, from unnamed_questions) that
    tells what the team does ("Our development permit backlog is about four months right
    now."), not the question itself, whose examples are no subject of theirs ("… when a
    merger filing and an urgent investigation hit at the same time?"), nor an interruption."""
    return (
        sentence.speaker is None
        and sentence.line in unnamed
        and not asks(sentence.text, words)
        and not _interrupts(sentence, words)
    )


def _interrupts(sentence: Sentence, words: DebriefWords) -> bool:
    """The sentence opens with an apology of someone who breaks in ([words] interruptions:
    "Sorry, is this the room for …", "Excuse me, the truck is here")."""
    low = sentence.text.lower().lstrip(" ,.-–—'\"")
    return any(re.match(rf"{re.escape(w)}\b", low) for w in words.interruptions)


def headings(sentence: str, fit: Sequence[Phrase], words: DebriefWords) -> set[str]:
    """The phrases of `fit` an interviewer names as the next subject: the whole object of a
    cue of [words] heading_cues ("What about overbooking?", "Let me ask about biosecurity,
    since we move boats between sites", "I want to talk about documentation."), the phrase
    ending its clause; "what about the cost of fuel in winter" names no heading, nor does an
    exercise's word ("talk about your take-home": the exercise is proposed as itself)."""
    if not words.heading_cues or not fit:
        return set()
    low = sentence.lower().replace("’", "'")
    out: set[str] = set(_listed(low, fit, words))
    for cue in words.heading_cues:
        for match in re.finditer(rf"\b{re.escape(cue)}\s+(?:(?:the|our|your)\s+)?", low):
            rest = low[match.end() :]
            for phrase in fit:
                if phrase.key in words.exercise_heads:
                    continue  # "talk about your take-home": the exercise, named on its own
                said = " ".join(w.lower().replace("’", "'") for w in phrase.words)
                if rest.startswith(said) and re.match(r"\s*(?:[,.;:!?]|$)", rest[len(said) :]):
                    out.add(phrase.key)
    return out


def _listed(low: str, fit: Sequence[Phrase], words: DebriefWords) -> Iterable[str]:
    """The phrase of `fit` that a sentence is, alone, after words of [words] list_openers
    ("then provenance research.", "and finally the annual inventory check, which we do in
    january."): the next item of a list the interviewer goes through."""
    if not words.list_openers:
        return
    opener = _list_opener_pattern(words.list_openers).match(low)
    if opener is None:
        return
    rest = low[opener.end() :]
    for phrase in fit:
        said = " ".join(w.lower().replace("’", "'") for w in phrase.words)
        if rest.startswith(said) and _ITEM_END.match(rest, len(said)):
            yield phrase.key


@lru_cache(maxsize=4)
def _list_opener_pattern(openers: tuple[str, ...]) -> re.Pattern[str]:
    """One or more list openers at the sentence's start, with their commas, then a
    determiner the phrase may leave out ("the", "our")."""
    either = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{either})\b[\s,:]*)+(?:(?:the|our|your|their)\s+)?")


# What may end a listed item: the sentence's end, or a comma and a relative word ("the annual
# inventory check, which we always do in January")
_ITEM_END = re.compile(r"\s*(?:[.;:!?]|$|,\s*(?:which|where|that|who|when)\b)")


def heading_pairs(sentence: str, fit: Sequence[Phrase], words: DebriefWords) -> list[Phrase]:
    """Two phrases of `fit` a heading cue names together as the next subject, "X and Y" ending
    the clause ("Let's talk about demurrage and detention.", "What about payroll and
    leave?"): one phrase, the pair."""
    if not words.heading_cues or len(fit) < 2:
        return []
    low = sentence.lower().replace("’", "'")
    out: list[Phrase] = []
    for cue in words.heading_cues:
        for match in re.finditer(rf"\b{re.escape(cue)}\s+(?:(?:the|our|your)\s+)?", low):
            rest = low[match.end() :]
            for first, second in pairwise(fit):
                one, two = (" ".join(p.words).lower().replace("’", "'") for p in (first, second))
                joined = re.match(
                    rf"{re.escape(one)}\s+(?:and|&)\s+(?P<the>the\s+)?{re.escape(two)}"
                    r"\s*(?:[,.;:!?]|$)",
                    rest,
                )
                if joined and not first.complement:
                    the = ("the",) if joined.group("the") else ()
                    pair = (*first.words, "and", *the, *second.words)
                    out.append(Phrase(pair, first.determiner))
    return out


def _unit(phrase: Phrase, grammar: Grammar) -> bool:
    """The phrase names a part of an organisation by its head ([grammar] unit_heads: "the
    asset performance team", "the trading desk")."""
    return phrase.base.words[-1].lower() in grammar.unit_heads


def _common_word(phrase: Phrase, lexicon: Lexicon) -> bool:
    """One everyday English word ("stores", "client"), no acronym or product name."""
    words = [w for w in phrase.words if w.lower() not in ("of", "per")]
    return len(words) == 1 and not _named_thing(words[0]) and bool(lexicon(words[0].lower()))


_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def _foreign(phrase: Phrase, lexicon: Lexicon) -> bool:
    """Words of another language said among English ones ("hoş geldiniz", "raibh maith agat",
    "taksit"): every word is one the English word tables do not know and none is an acronym
    or a product name; a single such word counts only when it has a letter outside English's
    (a greeting in any language, without a list of them)."""
    words = [w for w in phrase.words if w.lower() not in ("of", "per")]
    unknown = [
        w
        for w in words
        if _inflected_acronym(w, lexicon)
        or (not _named_thing(w) and not _english(w.lower(), lexicon))
    ]
    if len(unknown) < len(words) or not words:
        return False
    return len(words) >= 2 or bool(_NON_ASCII_LETTER.search(words[0]))


# an acronym with another language's case ending after a hyphen ("CRM-u", "SAP-u", "KPI-ów",
# "ERP-systemet"): said in that language, not in English
_INFLECTED_ACRONYM = re.compile(r"[A-Z]{2,6}[-‐‑](?P<ending>[^\W\d_A-Z][^\W\d_]*)")


def _inflected_acronym(word: str, lexicon: Lexicon) -> bool:
    """The word is an acronym with an ending English does not write ("SAP-u", "KPI-ów"; not
    "SQL-based", "API-first")."""
    match = _INFLECTED_ACRONYM.fullmatch(word)
    return match is not None and not _english(match.group("ending").lower(), lexicon)


def _english(word: str, lexicon: Lexicon) -> bool:
    """A word the word tables know, or one made of known words ("self-checkout", "rollout",
    "workstream")."""
    word = word.strip("'’")
    if lexicon(word):
        return True
    parts = word.split("-")
    if len(parts) > 1:
        return all(_english(p, lexicon) for p in parts if p)
    for ending in ("ing", "ed", "s"):  # "onboarding", "upskilled"
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 3 and (lexicon(stem) or lexicon(stem + "e")):
            return True
    return any(
        lexicon(word[:cut]) and lexicon(word[cut:]) for cut in range(3, len(word) - 1)
    )  # a first part of three letters or more, a second of two or more


def _as_written(
    words: Sequence[str], lowercase: frozenset[str], lexicon: Lexicon | None = None
) -> list[str]:
    """A phrase's first word in lower case when it was capitalised only for opening a sentence
    ("Blade inspections are …" -> "blade inspections", "Dough waste on the night line …" ->
    "dough waste …"): a word the text also writes in lower case, or one the word tables know,
    in a phrase whose other words are lower case."""
    first = words[0]
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (first.lower() in lowercase or (lexicon is not None and lexicon(first.lower())))
        and all(not w[:1].isupper() for w in words[1:])
    ):
        return [first.lower(), *words[1:]]
    return list(words)


@lru_cache(maxsize=8)
def _longest_first(words: frozenset[str]) -> str:
    """`words` as a regular-expression alternation, the longest first (made once per list,
    not once per sentence)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _introduces(low: str, grammar: Grammar) -> bool:
    """ "I'm the project director on the Westlink upgrade", "Hemi here is our commercial
    manager", "Deepa, who leads our monitoring team": a speaker says who someone is (a
    person's job, [grammar] person_heads), so the phrases of the sentence are their remit."""
    heads = _longest_first(grammar.person_heads)
    return bool(
        re.search(
            rf"\b(?:i'm|i am|is|he's|she's|who's)\s+(?:the|our|a|an|their)\s+"
            rf"(?:[\w'-]+\s+){{0,4}}?(?:{heads})\b",
            low,
        )
    )


_TOLD = re.compile(
    r"(?i)\b(?:I|we|my team|our team)\s+(?:also\s+|then\s+|just\s+|once\s+|later\s+)?"
    r"(?P<verb>[a-z]+)\b"
)


def _tells_the_past(sentence: str, past: frozenset[str] = frozenset()) -> bool:
    """The candidate tells what they did ("At Brantwood I set up a weekly review", "we cut
    waste by nine percent", "I rewrote the matrix": a verb in -ed, or an irregular past of
    _PAST or `past`, [words] past_forms): their past job, no topic of this one."""
    return any(
        m.group("verb").lower() in _PAST
        or m.group("verb").lower() in past
        or m.group("verb").lower().endswith("ed")
        for m in _TOLD.finditer(sentence)
    )


def _names_a_focus(low: str, grammar: Grammar) -> bool:
    """ "The other area is stress testing …", "the thing I'd ask about is …", "our biggest
    worry is …": a weak head ([grammar] weak_heads) as the subject of "is" names what the
    team works on after it."""
    heads = _longest_first(grammar.weak_heads)
    return bool(
        re.search(
            rf"\b(?:the|our|my)\s+(?:[\w'-]+\s+){{0,4}}?(?:{heads})\s+(?:[\w']+\s+){{0,4}}?"
            r"(?:is|are|was|'s)\s",
            low,
        )
    )


def tools_named(sentence: str, words: DebriefWords, known: Known, lexicon: Lexicon) -> list[Phrase]:
    """Tools the sentence names after the words of data/debrief.toml [words] tool_cues ("we
    use Jira and Confluence", "moving everything into Snowflake", "rebuilt in dbt"): a
    capitalised word or two, or a lower-case word the word tables do not know ("dbt"); never
    a person's, the employer's or a place's name, nor a number, a device or a generic word."""
    if not words.tool_cues:
        return []
    cues = "|".join(re.escape(c) for c in sorted(words.tool_cues, key=len, reverse=True))
    found: list[Phrase] = []
    tool = r"[A-Za-z][\w.+#-]*[\w+#](?:[ \t]+[A-Z][\w.+#-]*[\w+#])?"
    moving = (
        r"(?i:\b(?:mov|migrat|switch|port|shift)\w*(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:to|into|onto))"
    )
    for match in re.finditer(
        rf"(?:(?i:\b(?:{cues}))|{moving})[ \t]+(?:(?i:the|our|a|an)[ \t]+)?(?P<a>{tool})"
        rf"(?:,?[ \t]+(?i:and|or|plus)[ \t]+(?P<b>{tool}))?",
        sentence,
    ):
        for name in (match.group("a"), match.group("b")):
            if name is None:
                continue
            parts = name.split()
            if len(parts) == 2 and not parts[1][:1].isupper():
                parts = parts[:1]
            first = parts[0]
            if first[:1].islower() and (lexicon(first.lower()) or not first.isalpha()):
                continue  # an ordinary word ("using spreadsheets")
            weak = match.group(0).lower().split()[0] in words.weak_tool_cues
            if weak and not any(_named_thing(p) for p in parts):
                continue  # "it's mostly Dungarvan": a town, a language, a person as often
                # as a tool ("mostly HubSpot" has a product's inner capital)
            if first.lower() in words.stopwords | words.generic:
                continue  # "… runs on Opera, and the night audit …": "the" is no tool
            phrase = Phrase(tuple(parts), None)
            if phrase.key in {f.key for f in found}:
                continue
            if (
                _phrase_fit(phrase, words, known)
                and not any(
                    _stem(p) in known.company_words or p.lower() in known.name_words for p in parts
                )
                and not _only_languages(parts, words.languages)  # "mostly Spanish"
            ):
                found.append(phrase)
    return found


# --- details ------------------------------------------------------------------------------

_BE_GERUND = re.compile(
    r"\b(?:we're|we are|they're|they are|it's|it is|i'm|i am|you're|you are|you'd be|"
    r"you'll be|you would be|you will be|he's|she's|is|are|was|were|will be|'ll be|be)\s+"
    r"(?:currently\s+|now\s+|also\s+|still\s+|actually\s+|just\s+|really\s+)?"
    r"(?P<verb>[a-z]+ing)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"^(?P<subject>we|our team|the team|our group|our company|we all)\s+"
    r"(?:(?:also|now|currently|just|recently|already|still|only|usually|often|always|never|"
    r"mostly|really|actually|normally|typically|generally)\s+)?"
    r"(?P<verb>[a-z]+(?:n['’]t)?)\b(?!['’])(?P<rest>.*)$",
    re.IGNORECASE,
)
_MODALS = frozenset({"will", "would", "can", "could", "should", "must", "may", "might", "shall"})
_IRREGULAR_3RD = {"have": "has", "are": "is", "do": "does", "go": "goes", "were": "were"}
_AUXILIARIES = frozenset(
    {"are", "were", "is", "was", "will", "would", "have", "has", "had", "can", "could", "do"}
)
_PAST = frozenset(
    {"built", "ran", "made", "led", "drove", "grew", "wrote", "took", "gave", "got", "went",
     "came", "found", "thought", "told", "said", "sent", "brought", "began", "kept", "held",
     "cut", "set", "put", "saw", "knew", "did", "had", "won", "lost", "spent", "paid", "sold",
     "bought", "chose", "rebuilt", "taught", "caught", "fought", "met", "left", "felt", "read",
     "agreed", "freed", "guaranteed"}
)  # fmt: skip


def _third_person(verb: str, past: frozenset[str] = frozenset()) -> str:
    low = verb.lower()
    if low in _MODALS:
        return low  # "they will let me know" -> "the team will …", never "wills"
    if low in _IRREGULAR_3RD:
        return _IRREGULAR_3RD[low]
    if low in past or low.endswith("ed") and not low.endswith("eed"):
        # "we built" → "the team built", never "builts"; "we need" → "the team needs"
        return low
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return low + "es"
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return low[:-1] + "ies"
    return low + "s"


# "and" and a second verb right after a subject's verb ("we design and build cold rooms")
_SECOND_VERB = re.compile(
    r"^(\s+and\s+)(?!the\b|a\b|an\b|our\b|their\b|its\b)([a-z]+)\b(?=\s+[a-z]|$)"
)
# "we" and its verb inside a sentence ("the largest scheme we have", "before we load"), an
# adverb between allowed; a verb in n't whole ("we don't"), never its first letters; "and" and
# a second verb after it ("we buy and sell cars")
_WE_VERB = re.compile(
    r"\b[Ww]e((?:\s+(?:also|just|often|usually|always|never|only|still|really|now|then|"
    r"already|sometimes|normally|mostly))?)\s+([a-z]+(?:n['’]t)?)\b(?!['’])"
    r"(\s+and\s+[a-z]+\b(?=\s+[a-z]))?"
)


def _not_verbs(words: DebriefWords) -> frozenset[str]:
    """Words after "we" that are no verb ([grammar] not_verbs, and number words: "we two")."""
    grammar_words = words.grammar.not_verbs if words.grammar else frozenset()
    return grammar_words | words.number_words


def _agree(verb: str) -> str:
    """`verb` after "the team" instead of "we": "uses", "has", "built"; of a verb in n't, only
    do, have and are change ("doesn't", "hasn't", "isn't"), never "didns't" or "can'ts"."""
    low = verb.lower()
    if low.endswith(("n't", "n’t")):
        base = low[:-3]
        return _IRREGULAR_3RD[base] + low[-3:] if base in _IRREGULAR_3RD else low
    return _third_person(low, _PAST)


def _second_verb(rest: str, words: DebriefWords) -> str:
    """`rest` after a subject's verb, a second verb after "and" agreeing ("we design and build
    …" -> "designs and builds"); a pronoun, adverb or non-verb after "and" stays ("and they")."""
    grammar = words.grammar
    if grammar is None:
        return rest
    keep = grammar.pronouns | grammar.adverbs | grammar.determiners | _not_verbs(words)

    def agree(match: re.Match[str]) -> str:
        verb = match.group(2)
        return match.group(0) if verb in keep else match.group(1) + _agree(verb)

    return _SECOND_VERB.sub(agree, rest)


def _goes_nowhere(verb: str, after: str, words: DebriefWords) -> bool:
    """`verb` (in -ing) takes no object ([grammar] no_object_verbs) and what follows it gives
    it none: the sentence says someone comes or sits, no detail of the work. A word that ends
    the clause ([grammar] clause_ends: "coming back") gives none; a particle ([grammar]
    verb_particles) gives none only when nothing, a comma, a time word, a pronoun or "to" and a
    common verb follows it ("sitting in to take notes"), never before an object ("working on a new
    rostering system", "moving over to Xero")."""
    grammar = words.grammar
    if grammar is None or not takes_no_object(verb, grammar):
        return False
    following = re.match(r"\s*([\w'’-]+|,)?\s*([\w'’-]+|,)?\s*([\w'’-]+)?", after)
    if following is None:
        return True
    word, then = ((following.group(n) or "").lower() for n in (1, 2))
    if word in ("", ",") or word in grammar.clause_ends:
        return True
    if word == "from":
        return then in ("", ",")  # "coming from, in writing"; not "moving from Salesforce to …"
    if word not in grammar.verb_particles:
        return False
    if then in ("", ",") or then in grammar.time_words or then in grammar.pronouns:
        return True  # "coming in next week", "working on it"
    infinitive = (following.group(3) or "").lower()  # "in to take notes", not "over to Xero"
    verbs = grammar.common_verbs | grammar.no_object_verbs | words.verbs
    return then == "to" and infinitive in verbs


def _perspective(text: str, words: DebriefWords) -> str:
    """What the interviewer said, as the candidate would write it back: "we" is the team (its
    verb agreeing), "us" (in lower case: "the US market" stays) the team, "you" the writer."""
    not_verbs = _not_verbs(words)

    def we_verb(match: re.Match[str]) -> str:
        verb = match.group(2)
        if verb.lower() in not_verbs:  # "we all", "we two run it", "we kind of built"
            return "the team" + match.group(0)[2:]
        second = _second_verb(match.group(3) or "", words)
        return "the team" + match.group(1) + " " + _agree(verb) + second

    text = _WE_VERB.sub(we_verb, text)
    if words.personal_nouns:  # "under our feet", "on our plate": the team's, never "the feet"
        owned = "|".join(re.escape(n) for n in sorted(words.personal_nouns, key=len, reverse=True))
        text = re.sub(rf"\bour\s+(?=(?:{owned})(?![\w-]))", "the team's ", text, flags=re.I)
    swaps = [
        (r"\bour\b", "the"),
        (r"\bwe're\b", "the team is"),
        (r"\bwe've\b", "the team has"),
        (r"\bwe\b", "the team"),
        (r"\b(?-i:us)\b", "the team"),
        (r"\byou'd\b", "I would"),
        (r"\byou'll\b", "I will"),
        (r"\byour\b", "my"),
        (r"\byou\b", "I"),
    ]
    for pattern, repl in swaps:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return text


_CLAUSE = re.compile(r",\s|\s(?:and|but|so|because|while|whereas|although)\s")
# A verb that makes a clause: an auxiliary, a past or third-person form ("is", "cut", "ships")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|"
    r"do|did|cut|set|put|run|ran|\w+'s|\w+'re|\w+'ll|[a-z]\w*ed|[a-z]\w*[^s\W]s)\b"
)  # in lower case: inside a sentence "May" is a month and "Cumbres" a name
# A word that points back to what was said before: a detail that starts with one is unclear
# on its own ("merging them into one queue", "how that ties into …")
_POINTER = frozenset(
    {"them", "it", "that", "this", "those", "these", "they", "he", "she", "him", "her"}
)


def _cut(text: str, limits: Limits) -> str | None:
    """The sentence's first clause or clauses, within `max_detail_words` and never cut inside a
    clause ("… and the booking tool doesn't know which ones are" is no detail): None when even
    the first clause is too long."""
    text = re.split(r";|\s[-–—]\s|,\s+(?:and|but|so|which)\s|\.\s", text)[0]
    if len(text.split()) > limits.max_detail_words:
        ends = [m.start() for m in _CLAUSE.finditer(text)]
        fits = [e for e in ends if len(text[:e].split()) <= limits.max_detail_words]
        if not fits or len(text[: fits[-1]].split()) < limits.min_detail_words:
            return None
        text = text[: fits[-1]]
    return text.strip(" ,.;:!?\"'")


_DOERS = frozenset({"we", "i", "you", "they", "he", "she", "who", "team", "everyone", "it", "that"})


def _doer(before: str, be: str, words: DebriefWords) -> bool:
    """The one who does what "is/are … -ing" says is a person, the team or the job: "we're
    moving", "the team is rolling out", "the role is mostly running the rota", "it's
    mostly answering calls"; never a thing ("the data model is moving under our feet",
    "costs are rising"), whose doing is no detail of the team's work."""
    if be.split()[0].lower() not in ("is", "are", "was", "were", "will", "be"):
        return True  # "we're", "you'd be", "it's": the pronoun says who
    clause = re.split(r"[,;:]|\b(?:so|and|but|because)\b", before)[-1]
    said = re.findall(r"[\w'’-]+", clause)
    if not said:
        return True
    grammar = words.grammar
    if grammar is None:
        return True
    people = grammar.person_heads | grammar.weak_heads | grammar.unit_heads | words.doer_heads
    if said[-1][:1].isupper():
        return True  # a name: "Pinecrest is consolidating …"
    return any(
        low in _DOERS or low in people or _stem(low) in people for low in map(str.lower, said)
    )


def condense(sentence: str, words: DebriefWords, limits: Limits) -> str | None:
    """A sentence as a phrase that can follow 'our conversation about'."""
    text = strip_fillers(sentence, words).strip(" .!?")
    text = re.sub(r"^[\w' ]{1,30}:\s+", "", text)  # "a bit of context: we're ..."
    subject = _SUBJECT.match(text)
    gerund = _BE_GERUND.search(text)
    if gerund and not _doer(text[: gerund.start()], gerund.group(0), words):
        gerund = None  # "the data model is moving under our feet": the model moves, not the team
    if subject and subject.group("verb").lower() in _AUXILIARIES and gerund:
        subject = None  # "we are launching X" -> "launching X"
    if subject and subject.group("verb").lower() not in _not_verbs(words):
        verb = subject.group("verb").lower()
        rest = subject.group("rest")
        if subject.group("subject").lower() in ("we", "we all"):
            verb = _agree(verb)  # "we use" -> "the team uses"; "we don't" -> "doesn't"
            # "we design and build …" -> "the team designs and builds …"
            rest = _second_verb(rest, words)
        phrase = f"how the team {verb}{rest}"
    elif gerund and not re.match(r"\s+(?:is|are|was|were)\b", text[gerund.end() :]):
        # not a clause that is the subject ("the main reason we're hiring is the migration")
        verb = gerund.group("verb").lower()
        if verb in words.evaluative:
            return None  # "your background is interesting to us": an adjective, no doing
        if _goes_nowhere(verb, text[gerund.end() :], words):
            return None  # "the auditors are coming back, in person, …": no object, no detail
        phrase = text[gerund.start("verb") :]
    elif re.match(r"^(?:the|our|their|this|that)\s", text, re.IGNORECASE):
        if re.search(r"\b(?:I|I'm|I've|me|my)\b", text):
            return None  # "the part I care about is …": the speaker's own view, not a fact
        if not _FINITE.search(" ".join(text.split()[2:12])):
            return None  # "the carrier invoice audit running every week …": no clause
        weak = words.grammar.weak_heads if words.grammar else frozenset()
        parts = re.split(r"\s(?:is|are|was|were)\s", text, maxsplit=1)
        if len(parts) == 2 and any(w.lower() in weak for w in parts[0].split()[1:6]):
            return None  # "the other piece is …", "the main challenge is …": a topic, said so
        phrase = "how " + text[0].lower() + text[1:]
    else:
        return None
    cut = _cut(_perspective(phrase, words), limits)
    if cut is None or any(w.lower() in _POINTER for w in cut.split()[:5]):
        return None
    phrase = cut
    count = len(phrase.split())
    if count < limits.min_detail_words or count > limits.max_detail_words:
        return None
    return phrase


def _score(sentence: Sentence, words: DebriefWords, known: Known) -> tuple[int, list[str]]:
    why = []
    text = sentence.text
    if _NUMBER.search(text):
        why.append("a number")
    lows = [w.lower().strip(".,") for w in words_of(text)]
    if any(w in words.project_words for w in lows):
        why.append("a product or project")
    names = [
        w
        for i, w in enumerate(words_of(text))
        if i and w[:1].isupper() and w.lower() not in known.name_words and w not in ("I", "I'm")
    ]
    if names:
        why.append("a name")
    score = len(why) * 2
    if sentence.speaker and sentence.speaker != known.candidate_speaker:
        score += 1
    return score, why


def detail_proposals(
    sentences: Sequence[Sentence],
    words: DebriefWords,
    known: Known,
    limits: Limits,
    passes: Passes | None = None,
) -> list[Proposal]:
    """Details, each a sentence of the interviewers' condensed (`condense`), the ones with a
    number, a product or a name first; each passes the gate `passes` (`gatekeeper`)."""
    passes = passes or (lambda proposal: proposal)
    scored = []
    for index, sentence in enumerate(sentences):
        if sentence.text.rstrip().endswith("?"):
            continue
        mine = known.candidate_speaker is not None and sentence.speaker == known.candidate_speaker
        if mine:
            continue  # the candidate's own past ("at Brightmoor we built …"): not a specific
            # of this interview, and their team is not "the team"
        if sentence.text in known.decisions or (
            words.decision is not None and says_decision(sentence.text, words.decision) is not None
        ):
            continue  # the decision date is proposed as itself, never as a detail
        if own_past(sentence.text, words):
            continue  # "At my last kitchen we …": the speaker's own past team is not "the team"
        score, why = _score(sentence, words, known)
        if score < 2:
            continue
        phrase = condense(sentence.text, words, limits)
        if phrase is None or _already(phrase, known):
            continue
        detail = passes(Proposal.said("detail", phrase, "mentions " + " and ".join(why), sentence))
        if detail is None:
            continue
        scored.append((score, index, detail.text, why, sentence))
    best = sorted(scored, key=lambda x: (-x[0], x[1]))[: limits.max_details]
    out = []
    seen: set[str] = set()
    for _, _, phrase, why, sentence in sorted(best, key=lambda x: x[1]):
        if phrase.lower() in seen:
            continue
        seen.add(phrase.lower())
        out.append(Proposal.said("detail", phrase, "mentions " + " and ".join(why), sentence))
    return out


# --- the employer's decision date ----------------------------------------------------------


def decision_proposal(
    transcript: Transcript,
    words: DebriefWords,
    known: Known,
    reference: date,
    holiday: HolidayLookup | None = None,
) -> Proposal | None:
    """An interviewer's sentence that says when the employer decides ("We expect to decide by
    the 9th of March", "you'll hear from us within ten working days"), proposed as the round's
    decision date, resolved against the interview day (`reference`). When the sentence names
    no day, the same speaker's next sentence may ("We'll make a call soon. By Friday, I hope."),
    unless it speaks of the decision itself: then it is read on its own ("usage data decides
    priority. … we'll get back to you with our decision in a fortnight": the fortnight).
    Of several such sentences, the final decision's (`_chosen`); the candidate's own days
    (their notice, their start, another offer) are never the employer's."""
    if words.decision is None:
        return None
    # every sentence, the candidate's too: a sentence is finished only by its speaker's next
    # words, never by what they say after the candidate's answer
    written = [
        Sentence(raw, turn.speaker, turn.at, turn.line)
        for turn in transcript.turns()
        for raw in split_sentences(turn.text)
    ]
    # read in English ("lo decidiremos antes del viernes 23"); proposed as written
    said = [replace(s, text=in_english(s.text, words.decision)) for s in written]
    found: list[tuple[int, date]] = []
    tied: set[int] = set()  # sentences whose day is said after their words of the decision
    for index, sentence in enumerate(said):
        if known.candidate_speaker is not None and sentence.speaker == known.candidate_speaker:
            continue
        at = says_decision(sentence.text, words.decision)
        if at is None:
            continue
        # of two cues, the day after the last one ("we'll wrap up interviews Friday and get
        # back to you early next week": early next week), else after the first
        last = last_decision_cue(sentence.text, words.decision)
        day = day_said(sentence.text, reference, words.decision, holiday, after=last)
        day = day or day_said(sentence.text, reference, words.decision, holiday, after=at)
        if day is not None and day_said(sentence.text[at:], reference, words.decision, holiday):
            tied.add(index)
        for other in _said_around(said, index) if day is None else []:
            if says_decision(other.text, words.decision) is not None:
                continue  # it speaks of the decision itself: read on its own, from its words
            day = day_said(other.text, reference, words.decision, holiday)
            if day is not None:
                break
        if day is not None:
            found.append((index, day))
    if not found:
        return None
    index, day = _chosen(said, found, words.decision, tied)
    # "We'll let you know by Thursday the 12th. Actually, sorry, make that the 19th."
    for other in _said_around(said, index, before=False)[:2]:
        if corrects(other.text, words.decision):
            again = day_said(other.text, reference, words.decision, holiday, anchor=day)
            if again is not None:
                return Proposal.said(
                    "decision_date", again.isoformat(), "the employer's decision date",
                    written[next(i for i, s in enumerate(said) if s is other)], again,
                )  # fmt: skip
    return Proposal.said(
        "decision_date", day.isoformat(), "the employer's decision date", written[index], day
    )


def _chosen(
    said: Sequence[Sentence],
    found: Sequence[tuple[int, date]],
    words: DecisionWords,
    tied: Collection[int] | None = None,
) -> tuple[int, date]:
    """Of the sentences (`found`: index in `said` and day) that say when they decide, the one
    of the employer's final decision: a next round's ("whether you're through to the panel
    round by Monday the 16th") only when no other says a day; the first of the rest, unless a
    later one says the final decision (or the offer) and it does not, or a later one corrects
    it ("Actually, … final answers will be by the end of March"). A later sentence of the final
    decision whose day comes before its words of the decision, when `tied` (the indexes of
    those whose day comes after) leaves it out, is no such sentence: "The final sign-off for
    the offer goes to the board, which meets on the 30th, but you'll hear from us before
    that" leaves "we're aiming to decide Friday week" as it was."""
    # a decision about another matter ("the board decides on the dock investment") only when
    # no other sentence says a day
    found = [f for f in found if not another_matter(said[f[0]].text, words)] or list(found)
    kinds = [decision_kind(said[i].text, words) for i, _day in found]
    pool = [f for f, k in zip(found, kinds, strict=True) if k != "round"] or list(found)
    chosen = pool[0]
    for later in pool[1:]:
        final_now = decision_kind(said[chosen[0]].text, words) == "final"
        final_later = decision_kind(said[later[0]].text, words) == "final" and (
            tied is None or later[0] in tied
        )
        if corrects(said[later[0]].text, words) or (final_later and not final_now):
            chosen = later
    return chosen


def _said_around(
    said: Sequence[Sentence], index: int, reach: int = 3, before: bool = True
) -> list[Sentence]:
    """The same speaker's sentences that may finish what said[index] began, nearest first: the
    next `reach` of theirs ("We'll make a call soon. By Friday, I hope.", a sentence cut by a
    cue break, across short replies of someone else's, "Great." "Thanks."), then the one
    before, when it does not speak of the decision itself ("In about two weeks. That's when
    we'll let you know.")."""
    speaker = said[index].speaker
    out: list[Sentence] = []
    for other in said[index + 1 : index + 1 + 3 * reach]:  # `reach` of the speaker's own
        if other.speaker == speaker:
            out.append(other)
            if len(out) == reach:
                break
        elif len(words_of(other.text)) > 4:
            break  # someone else says something of their own: the thought has ended
    earlier = said[index - 1] if index and before else None
    if earlier is not None and earlier.speaker == speaker and len(words_of(earlier.text)) <= 6:
        out.append(earlier)
    return out


def _head(phrase: Phrase) -> str:
    """The stem of a phrase's last word, its head ("the ability system": system)."""
    return _stem(phrase.words[-1])


def _same_subject(content: set[str], head: str, taken: set[str]) -> bool:
    """A phrase of stems `content` (its head's stem `head`) says what a chosen one (`taken`)
    says: more than half of the shorter one's words are shared, or half with the head among
    them ("the ability system" and "refactor of the gameplay ability system"). Two phrases that
    share only a word before their heads are two subjects ("temperature loggers", "temperature
    breaks"; "medication incident", "closed-loop medication administration")."""
    shared = content & taken
    shortest = min(len(content), len(taken))
    return len(shared) * 2 > shortest or (len(shared) * 2 >= shortest and head in shared)


def _shares_a_word(content: set[str], taken: set[str]) -> bool:
    """Half the shorter phrase's words (as stems) are shared: the same subject, or another one
    that waits until every phrase that shares no word was tried."""
    return len(content & taken) * 2 >= min(len(content), len(taken))


def _restates(detail: str, topics: Sequence[str]) -> bool:
    """The detail only says what a topic names ("how the other headache for the team is the
    vendor onboarding backlog" beside "the vendor onboarding backlog")."""
    low = detail.lower()
    return any(
        re.search(rf"\b(?:is|are|was|were)\s+(?:the\s+)?{re.escape(t.removeprefix('the '))}$", low)
        for t in topics
    )


def gatekeeper(
    words: DebriefWords, tags: Tags | None, gerund: proposal_gate.Gerund | None = None
) -> Passes:
    """The gate every proposal passes (core.proposal_gate, data/debrief.toml [gate]): the
    proposal as a note-taker would write it, or None; `gerund` gives a verb's -ing form (the
    object of "to train" is written "training …"). Without the word tags or the data every
    proposal passes."""
    grammar = words.grammar
    if words.gate is None or tags is None or grammar is None:
        return lambda proposal: proposal
    closed = (
        grammar.determiners
        | grammar.prepositions
        | grammar.pronouns
        | grammar.conjunctions
        | grammar.adverbs
        | grammar.auxiliaries
    )
    kept = (
        words.gate.kept_modifiers
        | words.vague_modifiers
        | words.evaluative
        | words.number_words
        | grammar.weak_modifiers
    )
    gate_words = replace(
        words.gate,
        kept_modifiers=kept,
        plural_modifiers=grammar.plural_modifiers,
        light_heads=words.generic | words.gate.light_heads,
        # counts, not ranks ("nine", not "second", a modifier a note leaves out)
        number_words=words.number_words - words.gate.kept_modifiers - words.gate.term_modifiers,
    )

    def passes(proposal: Proposal) -> Proposal | None:
        text = proposal_gate.gate(
            proposal.text,
            proposal.source,
            tags,
            gate_words,
            closed,
            grammar.determiners,
            proposal.kind,
            gerund,
        )
        return None if text is None else replace(proposal, text=text)

    return passes


def propose(
    transcript: Transcript,
    keyphrases: Sequence[str],
    interview: Interview,
    candidate: str,
    words: DebriefWords,
    limits: Limits,
    holiday: HolidayLookup | None = None,
    lexicon: Lexicon | None = None,
    places: frozenset[str] | Callable[[str], bool] = frozenset(),
    tags: Tags | None = None,
    gerund: proposal_gate.Gerund | None = None,
    language: LanguageWords | None = None,
) -> list[Proposal]:
    """Topics first, then details, then the decision date (business days skip weekends and
    the `holiday` lookup's days); nothing the round already records. In a transcript spoken
    in another `language` the topics are its noun phrases (`spoken_proposals`); with a
    word-class `lexicon` they are English noun phrases (core.noun_phrases), else cleaned
    keyphrases;
    `places` are the place names the transcript writes, or a lookup of one word as written
    (no topic has one). With word `tags` (core.proposal_gate.Tags) every topic and detail
    passes the gate of what a note-taker would write (`gatekeeper`, a verb's -ing form from
    `gerund`)."""
    passes = gatekeeper(words, tags, gerund)
    sentences = sentences_of(transcript, words, limits)
    addressing = words.addressing + words.greetings
    known = known_for(transcript, interview, candidate, words.candidate_phrases, addressing)
    if isinstance(places, frozenset):
        known = replace(known, places=places)
    else:
        known = replace(known, place=places)
    decision = (
        decision_proposal(transcript, words, known, interview.interviewed, holiday)
        if interview.deadline is None
        else None
    )
    if decision is not None:
        known = replace(known, decisions=frozenset({decision.source}))
    spoken = sum(len(words_of(cue.text)) for cue in transcript.cues)
    limits = replace(limits, max_topics=limits.topics_for(spoken))  # a long talk, more topics
    # a short line is read for topics too ("And food cost.")
    short = sentences_of(transcript, words, replace(limits, min_sentence_words=2))
    if language is not None:
        topics = spoken_proposals(short, known, language, limits, words.grammar)
    elif lexicon is not None and words.grammar is not None:
        topics = noun_phrase_topics(
            transcript, keyphrases, short, words, known, limits, lexicon, passes
        )
    else:
        topics = topic_proposals(keyphrases, sentences, words, known, limits)
    topics = distinct_topics(topics)
    details = detail_proposals(sentences, words, known, limits, passes)
    lows = [t.text.lower() for t in topics]
    details = [d for d in details if d.text.lower() not in lows and not _restates(d.text, lows)]
    return topics + details + ([decision] if decision else [])

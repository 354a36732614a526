"""Check a follow-up note (SPEC §5): the rules from data files, the facts from the record.

The shipped rules live in `followup/data/check.toml`; a `check.toml` beside the user's config
file is merged over them (see the top of the shipped file). Sentiment (vaderSentiment) is
loaded on first use; it and the readability grade only ever add advice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followup.config import CHECK_RULES_FILE, Settings
from followup.core import legal_forms as _legal_forms
from followup.core.check import CheckResult, CheckRules, Facts, check, compile_rules
from followup.core.check import lazyre as _lazyre
from followup.core.check import merge_rule_data as merge_rule_data
from followup.core.check import prefilter as _prefilter
from followup.core.check import results as _results
from followup.core.check import rules as _rules
from followup.core.check.lazyre import install_programs, lazy, module_programs, programs_of
from followup.core.check.learned import Model
from followup.core.check.results import facts_for as facts_for
from followup.core.check.words import flesch_kincaid_grade
from followup.core.errors import ConfigError, FollowupError, InvalidInput, NotFound
from followup.core.package_data import DATA_DIR
from followup.delivery.files import read_limited
from followup.store.cache_files import code_seen

RULES_FILE = CHECK_RULES_FILE
LEGAL_FORMS_FILE = "legal_forms.toml"
# The code that builds the saved rules, as this run imported it (store.cache_files).
RULES_CODE = code_seen(_rules, _lazyre, _prefilter, _results, _legal_forms)
KINDS = ("email", "letter", "card")

_rules_cache: dict[tuple[str, int, int], CheckRules] = {}


# --------------------------------------------------------------------------------------
# Rules


def user_rules_path(settings: Settings | None) -> Path:
    """Where a user's own rules go: `check.toml` beside the config file."""
    from followup.config import check_rules_path, config_path

    return check_rules_path(settings.config_file if settings is not None else config_path())


def _read_toml(text: str, where: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"cannot read the check rules {where}: {exc}") from None


def shipped_rule_data() -> dict[str, Any]:
    return _read_toml(_shipped_text(), "shipped with followup")


def load_rules(settings: Settings | None = None) -> CheckRules:
    """The compiled rules: shipped, with the user's file merged over them (cached)."""
    path = user_rules_path(settings)
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = ("", 0, 0)
    if key not in _rules_cache:
        user = ""
        if key[0]:
            try:
                user = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read the check rules {path}: {exc}") from None
        shipped = _shipped_digests()  # None: the texts themselves name the saved rules
        saved = _saved_rules_file(None if shipped else _shipped_text(), user)
        rules = _read_saved_rules(saved)
        if rules is None:
            text = _shipped_text()
            data = _read_toml(text, "shipped with followup")
            if user:
                data = merge_rule_data(data, _read_toml(user, str(path)))
            try:
                rules = compile_rules(data)
            except ConfigError as exc:
                where = f" (with {path})" if key[0] else ""
                raise ConfigError(f"{exc}{where}") from None
            if shipped is None or _shipped_digests() == shipped:  # the files read as named
                _save_rules(saved, rules)
        _rules_cache[key] = rules
    return _rules_cache[key]


# Reading the rule files, expanding and analysing ~200 patterns (the literal strings each
# needs) takes longer than checking a note. The outcome is saved in the cache folder under a
# hash of the rule files' text and of the code that compiles them as this run imported it
# (RULES_CODE), each pattern with the program `re` made of it: a later run
# loads it and starts only the patterns its note can match (see core.check.lazyre.Pattern).
SAVED_FORMAT = 8  # 8: each rule saved on its own, read back when a note needs it


def _shipped_digests() -> tuple[str, str] | None:
    """The content keys of the shipped rule files, check.toml and legal_forms.toml (the
    rules carry the legal forms: CheckRules.legal_forms), read only when a file changed
    since a run last read it (store.cache_files.file_digest); None when they cannot be had
    (a zipped install, a file that cannot be read)."""
    from followup.store.cache_files import file_digest

    found = []
    for name in (RULES_FILE, LEGAL_FORMS_FILE):
        path = _data_file(name)
        known = file_digest(path) if isinstance(path, Path) else None
        if known is None:
            return None
        found.append(known)
    return found[0], found[1]


def _saved_rules_file(shipped: str | None, user: str) -> Path | None:
    """Where the rules are saved: named by the code that compiles them, the shipped rule
    files (their texts, or with `shipped` None their content keys, `_shipped_digests`) and
    the user's rules (store.cache_files.digest)."""
    from followup.config import cache_dir
    from followup.store.cache_files import code_version, digest

    code = code_version(RULES_CODE)
    if code is None:  # the checker changed since this run imported it: no saved rules
        return None
    if shipped is None:
        keys = _shipped_digests()
        if keys is None:
            return None
        files = "\0".join(keys)
    else:
        forms = _data_file(LEGAL_FORMS_FILE).read_text(encoding="utf-8")
        files = f"{shipped}\0{forms}"
    data = f"{SAVED_FORMAT}\0{code}\0{files}\0{user}".encode()
    try:
        return cache_dir() / f"check-rules-{digest(data)}.pickle"
    except OSError:  # pragma: no cover - no cache folder can be named
        return None


def _read_saved_rules(path: Path | None) -> CheckRules | None:
    """The rules saved by an earlier run for the same rule files (None: none usable). The
    file is the user's own cache, written by `_save_rules`."""
    from followup.core import pickles

    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            rules, programs = pickles.load(fh)
    except Exception:  # a missing, partial or stale file: compile afresh
        return None
    if not isinstance(rules, CheckRules) or not isinstance(programs, dict):
        return None
    install_programs(programs)
    return rules


def _save_rules(path: Path | None, rules: CheckRules) -> None:
    """Save the rules for the next run; a cache that cannot be written is simply skipped."""
    import pickle

    from followup.store.cache_files import write_cache

    if path is None:
        return
    from followup.core.check.names import rule_patterns

    for pattern in rules.patterns():
        pattern.freeze()
    # with the module patterns' programs, those of the patterns made from these rules
    programs = {**module_programs(), **programs_of(rule_patterns(rules))}
    try:
        data = pickle.dumps((rules, programs), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a rule set that cannot be pickled is compiled afresh next time
        return
    write_cache(path, data)


def _shipped_text() -> str:
    return _data_file(RULES_FILE).read_text(encoding="utf-8")


def _data_file(name: str) -> Any:
    """A file shipped in followup/data: read from the package folder (importlib.resources,
    which imports zipfile and tempfile, is only needed for a package that is not a folder)."""
    path = DATA_DIR / name
    if path.is_file():
        return path
    from importlib.resources import files  # pragma: no cover - a zipped install

    return files("followup").joinpath("data", name)  # pragma: no cover


# --------------------------------------------------------------------------------------
# Optional scorers (advice only)


class VaderSentiment:
    """VADER's compound score of a sentence (-1 … 1). `triggers` are the words that can make
    a sentence read as strongly negative (valence -1.5 or below in VADER's lexicon); sentences
    without one are not scored (0.0).

    The triggers are read from `data/sentiment_triggers.txt` (written from VADER's lexicon, a
    test checks they agree), so that VADER itself (its lexicon takes a while to load) is only
    loaded for a note that has one.
    """

    def __init__(self) -> None:
        text = _data_file(TRIGGERS_FILE).read_text(encoding="utf-8")
        lines = (line.strip() for line in text.splitlines())
        self.triggers = frozenset(w for w in lines if w and not w.startswith("# "))
        self._analyzer: Any = None

    @staticmethod
    def lexicon() -> dict[str, float]:
        """VADER's word valences (loads vaderSentiment)."""
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return dict(SentimentIntensityAnalyzer().lexicon)

    def __call__(self, sentence: str) -> float:
        if self.triggers.isdisjoint(_LEXICON_WORD.findall(sentence.lower())):
            return 0.0
        if self._analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._analyzer = SentimentIntensityAnalyzer()
        return float(self._analyzer.polarity_scores(sentence)["compound"])


TRIGGERS_FILE = "sentiment_triggers.txt"
TRIGGER_VALENCE = -1.5
_LEXICON_WORD = lazy(r"[a-z']+")
_sentiment: VaderSentiment | None = None


def sentiment_scorer() -> Callable[[str], float] | None:
    """The VADER scorer, loaded once (None when vaderSentiment is not installed)."""
    global _sentiment
    if _sentiment is None:
        try:
            _sentiment = VaderSentiment()
        except ImportError:  # pragma: no cover - a declared dependency
            return None
    return _sentiment


def readability_scorer() -> Callable[[str], float] | None:
    """The Flesch-Kincaid grade of a text.

    Computed here rather than with textstat: textstat 0.7.8 loads the whole CMU dictionary
    (about 1.5 s) on its first call, too slow for a command that checks one note; a vowel-group
    syllable estimate is close enough for advice.
    """
    return flesch_kincaid_grade


_model: Model | None = None


def learned_model() -> Model:
    """The shipped sentence classifiers (check_model.json and .bin), loaded once; the weights
    are the .bin file mapped into memory, read only where a sentence needs them.

    Loading it also freezes what the process holds then (`gc.freeze`: the rules, read
    before it, and the model stay for the process's life), so that the collector's full
    passes, while notes are checked one after another, walk only what the checks made."""
    global _model
    if _model is None:
        import json

        try:
            meta = json.loads(_data_file("check_model.json").read_text(encoding="utf-8"))
            _model = Model.from_data(meta, _mapped(_data_file("check_model.bin")))
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(
                f"cannot read the checker's model shipped with followup: {exc}"
            ) from None
        import gc

        gc.freeze()  # (objects are still freed when no longer referred to)
    return _model


def _mapped(path: Any) -> bytes | memoryview:
    """The bytes of a shipped file, mapped into memory read-only (a file in a zipped
    package, or one that cannot be mapped, is read)."""
    if isinstance(path, Path):
        import mmap

        try:
            with path.open("rb") as fh:
                return memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
        except ValueError:  # an empty file: read, and refused as it always was
            pass
    return bytes(path.read_bytes())


# --------------------------------------------------------------------------------------
# Facts and the check itself


def other_application_names(settings: Settings, round_id: int) -> list[tuple[str, str]]:
    """The companies and people of the user's other applications, each with whose it is
    ("the company of your round 3"): names a note about round `round_id` must not use."""
    from followup.store import db, queries

    with db.read(settings.db_url) as reader:
        rounds = queries.find_rounds(reader, queries.Filters(), None)
    this = next((r for r in rounds if r.interview.id == round_id), None)
    out: dict[str, str] = {}
    for stored in rounds:
        if this is None or stored.application_id == this.application_id:
            continue
        interview = stored.interview
        if interview.company:
            out.setdefault(interview.company, f"the company of your round {interview.id}")
        for person in interview.people:
            if person.name:
                out.setdefault(
                    person.name, f"someone you met in round {interview.id} ({interview.company})"
                )
    return list(out.items())


def facts_from_options(
    settings: Settings,
    company: str | None = None,
    role: str | None = None,
    people: Sequence[str] = (),
    topics: Sequence[str] = (),
    interview_id: int | None = None,
) -> Facts:
    """Facts from `--interview ID` (a stored round), with any hand-given values on top."""
    base = Facts()
    if interview_id is not None:
        from followup.services import records

        base = facts_for(
            records.get_interview(settings, interview_id),
            records.get_profile(settings),
            other_application_names(settings, interview_id),
        )
    clean_people = tuple(p.strip() for p in people if p and p.strip())
    clean_topics = tuple(t.strip() for t in topics if t and t.strip())
    return Facts(
        company=(company or "").strip() or base.company,
        role=(role or "").strip() or base.role,
        people=tuple(dict.fromkeys([*base.people, *clean_people])),
        topics=tuple(dict.fromkeys([*base.topics, *clean_topics])),
        candidate=base.candidate,
        details=base.details,
        own_employers=base.own_employers,
        qualifications=base.qualifications,
        other_names=base.other_names,
    )


def check_text(
    settings: Settings | None, text: str, kind: str = "email", facts: Facts | None = None
) -> CheckResult:
    """Check one note; `kind` is email, letter or card."""
    rules = load_rules(settings)
    if kind not in rules.kinds:
        known = ", ".join(rules.kinds)
        raise InvalidInput(f"--kind: {kind!r} is not one of {known}")
    return check(
        text,
        kind,
        facts or Facts(),
        rules,
        sentiment=sentiment_scorer() if rules.settings.sentiment else None,
        readability=readability_scorer() if rules.settings.readability else None,
        model=learned_model() if rules.learned else None,
    )


# --------------------------------------------------------------------------------------
# Files


@dataclass
class FileCheck:
    """The outcome for one file: a result, or the error that kept it from being checked."""

    file: str
    result: CheckResult | None = None
    error: FollowupError | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        if self.result is None:
            return {"file": self.file, "error": str(self.error)}
        return self.result.to_dict(self.file)


def decode_note(data: bytes, name: str) -> str:
    """The text of a note file (UTF-8, UTF-16 with a BOM, or Windows-1252), or InvalidInput."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name}: not readable text (broken UTF-16)") from None
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{name}: a binary file, not a text note")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name}: not UTF-8 text") from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(text) // 100):
        raise InvalidInput(f"{name}: a binary file, not a text note")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_note(name: str, max_bytes: int, stdin: Callable[[], bytes] | None = None) -> str:
    """Read one note: a path, or `-` for standard input."""
    if name == "-":
        data = stdin() if stdin else _read_stdin(max_bytes + 1)
        if len(data) > max_bytes:
            raise InvalidInput(f"standard input: larger than {max_bytes} bytes; not a note")
        return decode_note(data, "standard input")
    path = Path(name)
    if not os.path.lexists(path):
        raise NotFound(f"{name}: no such file")
    data = read_limited(
        path,
        max_bytes,
        "a note",
        lambda size: f"{name}: {size} bytes is too large for a note (limit {max_bytes})",
    )
    return decode_note(data, name)


def _read_stdin(limit: int) -> bytes:
    """At most `limit` bytes of standard input (a note is small; a stream may never end)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return bytes(buffer.read(limit))
    return sys.stdin.read(limit).encode("utf-8")


def check_files(
    settings: Settings | None,
    names: Sequence[str],
    kind: str = "email",
    facts: Facts | None = None,
    stdin: Callable[[], bytes] | None = None,
) -> list[FileCheck]:
    """Check each file; a file that cannot be read gets its error, the others are still checked."""
    if not names:
        raise InvalidInput("give at least one file to check (or - for standard input)")
    rules = load_rules(settings)
    if kind not in rules.kinds:
        known = ", ".join(rules.kinds)
        raise InvalidInput(f"--kind: {kind!r} is not one of {known}")
    out = []
    for name in names:
        try:
            text = read_note(name, rules.settings.max_file_bytes, stdin)
            out.append(FileCheck(name, check_text(settings, text, kind, facts), text=text))
        except (InvalidInput, NotFound) as exc:
            out.append(FileCheck(name, error=exc))
    return out


def exit_code(outcomes: Sequence[FileCheck]) -> int:
    """0: every note is ready; 1: some note needs revising; else the first file error's code."""
    for outcome in outcomes:
        if outcome.error is not None:
            return outcome.error.exit_code
    return 0 if all(o.result is not None and o.result.ready for o in outcomes) else 1

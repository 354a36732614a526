"""How many facts `followup import` and `followup debrief` read right, field by field.

A set is a folder with `invites/` and `transcripts/`, each holding the files and an
`expected.toml` that gives, per file, the right answers:

- invites: file, company, role, date, time (local HH:MM), tz (IANA), country, format,
  coordinator_name, coordinator_email, interviewers [{name, title}], status
  (confirmed / cancelled / updated), updates (the file it updates: a confirmed or updated
  invite with `updates` must update that stored round, not create a second; an "updated"
  invite without it updates the set's earlier file of the same calendar event UID, when one
  is there);
- transcripts: file, format, candidate, interview_date, country (optional; the employer's,
  for its holidays), speakers, decision_date,
  topics_expected, not_topics.

Each file runs through the installed command in a fresh process and a fresh FOLLOWUP_HOME
(`followup import FILE --dry-run --json`; for an update or a cancellation the file it updates
(`updates`, or for an update the earlier file of its event) is imported first; `followup
debrief ID FILE --json` on a round made for the transcript, with the candidate as the
profile's name). A field counts only when the expected answer gives it.

    .venv/bin/python bench/facts_quality.py [FOLDER] [--verbose] [--only invites|transcripts]

--verbose lists, per file, each wrong field with the expected answer and what was read.

FOLDER defaults to tests/fixtures/facts_heldout.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "fixtures" / "facts_heldout"
FOLLOWUP = Path(sys.executable).parent / "followup"

INVITE_FIELDS = (
    "company",
    "role",
    "date",
    "time",
    "tz",
    "country",
    "format",
    "coordinator_name",
    "coordinator_email",
    "interviewers",
    "interviewer_titles",
    "status",
)
TRANSCRIPT_FIELDS = (
    "format",
    "speakers",
    "interview_date",
    "decision_date",
    "topics_expected",
    "not_topics",
)


# --------------------------------------------------------------------------- expected answers


def load_expected(folder: Path) -> list[dict[str, Any]]:
    """The entries of `folder/expected.toml`, whatever its layout: an array of tables with a
    `file` key (under any name), or one table per file (keyed by the file name)."""
    path = folder / "expected.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    entries: list[dict[str, Any]] = []

    def walk(value: Any, key: str | None) -> None:
        if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            for item in value:
                walk(item, None)
        elif isinstance(value, Mapping):
            if "file" in value and isinstance(value["file"], str):
                entries.append(dict(value))
            elif key and (folder / key).is_file():
                entries.append({"file": key, **value})
            else:
                for k, v in value.items():
                    walk(v, k)

    walk(data, None)
    return entries


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value if value is not None else ""))
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .,;:")


def _same(expected: Any, got: Any) -> bool:
    return _norm(expected) == _norm(got)


_TITLES = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", re.I)


def _person_key(name: Any) -> str:
    return _TITLES.sub("", _norm(name))


# --------------------------------------------------------------------------- running followup


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        try:
            lines = [ln for ln in self.out.splitlines() if ln.strip()]
            return json.loads(self.out) if lines else None
        except json.JSONDecodeError:
            return None


def run(home: Path, *args: str) -> Run:
    env = {**os.environ, "FOLLOWUP_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("FOLLOWUP_CONFIG", None)
    proc = subprocess.run(
        [str(FOLLOWUP), *args], capture_output=True, text=True, env=env, timeout=120
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


# --------------------------------------------------------------------------- invites


@dataclass
class Score:
    """Right and tried, per field; and per file the fields it got wrong."""

    fields: tuple[str, ...]
    right: dict[str, int] = field(default_factory=dict)
    tried: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)
    files: int = 0
    all_right: int = 0
    extra: dict[str, float] = field(default_factory=dict)
    # per file and wrong field: what the answers say and what was read (shown with --verbose)
    details: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, file: str, results: Mapping[str, bool]) -> None:
        self.files += 1
        misses = []
        for key, ok in results.items():
            self.tried[key] = self.tried.get(key, 0) + 1
            self.right[key] = self.right.get(key, 0) + int(ok)
            if not ok:
                misses.append(key)
        self.wrong[file] = misses
        self.all_right += not misses

    def total(self) -> tuple[int, int]:
        return sum(self.right.values()), sum(self.tried.values())

    def lines(self, title: str, verbose: bool = False) -> list[str]:
        right, tried = self.total()
        out = [f"{title}: {self.files} files, {self.all_right} right in every field"]
        out.append(
            f"  fields read right: {right}/{tried}" + (f" ({right / tried:.0%})" if tried else "")
        )
        for key in self.fields:
            if self.tried.get(key):
                out.append(f"  {key:<20} {self.right[key]:>3}/{self.tried[key]}")
        for key, value in self.extra.items():
            out.append(f"  {key:<20} {value:.2f}")
        if verbose:
            for file, misses in self.wrong.items():
                if misses:
                    out.append(f"  wrong in {file}: {', '.join(misses)}")
                for key, text in self.details.get(file, {}).items():
                    if key in misses:
                        out.append(f"      {key}: {text}")
        return out


def _people(record: Mapping[str, Any], role: str) -> list[Mapping[str, Any]]:
    return [p for p in record.get("people") or [] if p.get("role") == role]


def _import(home: Path, file: Path, *, dry_run: bool, fill: bool) -> Run:
    args = ["import", str(file), "--json", "--yes"]  # a day far from today is no question here
    if dry_run:
        args.append("--dry-run")
    result = run(home, *args)
    if result.code != 0 and fill and not dry_run:  # store what the invite lacks with flags
        result = run(home, *args, "--company", "Unknown", "--role", "Unknown", "--format", "video")
    return result


def invite_results(
    folder: Path, entry: Mapping[str, Any], home: Path, details: dict[str, str] | None = None
) -> tuple[dict[str, bool], Run]:
    """The fields of one expected invite, right or not; `details` (when given) gets, per
    field, the expected answer and what was read."""
    details = {} if details is None else details
    file = folder / str(entry["file"])
    updates = entry.get("updates")
    if updates:
        _import(home, folder / str(updates), dry_run=False, fill=True)
    result = _import(home, file, dry_run=True, fill=False)
    record = result.json() if result.code == 0 else None
    record = record if isinstance(record, Mapping) else {}
    source = record.get("source") or {}
    coordinator = next(iter(_people(record, "coordinator")), {})
    interviewers = _people(record, "interviewer")
    results: dict[str, bool] = {}
    simple = {
        "company": record.get("company"),
        "role": record.get("role"),
        "date": record.get("interviewed"),
        "time": record.get("time"),
        "tz": record.get("tz"),
        "country": record.get("country"),
        "format": record.get("format"),
        "coordinator_name": coordinator.get("name"),
        "coordinator_email": coordinator.get("email"),
    }
    status = entry.get("status")
    for key, got in simple.items():
        if key in entry and not (status == "cancelled" and key != "date"):
            results[key] = _same(entry[key], got)
            details[key] = f"want {entry[key]!r}, got {got!r}"
    expected_people = entry.get("interviewers")
    if isinstance(expected_people, list) and status != "cancelled":
        want = {
            _person_key(p.get("name") if isinstance(p, Mapping) else p) for p in expected_people
        }
        have = {_person_key(p.get("name")) for p in interviewers}
        results["interviewers"] = want == have
        details["interviewers"] = f"want {sorted(want)}, got {sorted(have)}"
        titled = [p for p in expected_people if isinstance(p, Mapping) and p.get("title")]
        if titled:
            by_name = {_person_key(p.get("name")): p.get("title") for p in interviewers}
            results["interviewer_titles"] = all(
                _same(p["title"], by_name.get(_person_key(p["name"]))) for p in titled
            )
            details["interviewer_titles"] = "; ".join(
                f"{p['name']}: want {p['title']!r}, got {by_name.get(_person_key(p['name']))!r}"
                for p in titled
                if not _same(p["title"], by_name.get(_person_key(p["name"])))
            )
    if status:
        action = record.get("action")
        invite_status = source.get("status")
        if status == "cancelled":
            ok = action == "cancel" or invite_status == "cancelled"
        elif status == "updated":
            ok = action == "update"
        elif updates:  # a later copy of a stored invite (same UID): it updates that round
            ok = result.code == 0 and action == "update" and invite_status != "cancelled"
        else:
            ok = result.code == 0 and action in (None, "create") and invite_status != "cancelled"
        results["status"] = ok
    return results, result


def event_uids(path: Path) -> set[str]:
    """The UIDs of the calendar events in an .ics file or in an email's calendar parts, read
    with the standard library and icalendar (not the reader under test); none when unreadable."""
    import email
    from email import policy

    from icalendar import Calendar

    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".eml":
            message = email.message_from_bytes(data, policy=policy.default)
            parts = [
                p.get_payload(decode=True) or b""
                for p in message.walk()
                if p.get_content_type() == "text/calendar"
                or (p.get_filename() or "").lower().endswith(".ics")
            ]
        else:
            parts = [data]
        uids: set[str] = set()
        for part in parts:
            for event in Calendar.from_ical(part).walk("VEVENT"):
                if event.get("UID"):
                    uids.add(str(event.get("UID")))
        return uids
    except Exception:  # a file the harness cannot read names no event
        return set()


def with_updates(folder: Path, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries, an "updated" one without `updates` given the set's last file before it (in
    file-name order, as the sets are imported) that holds one of its events' UIDs."""
    out = []
    for entry in entries:
        if entry.get("status") == "updated" and not entry.get("updates"):
            own = event_uids(folder / str(entry["file"]))
            earlier = sorted(str(e["file"]) for e in entries if str(e["file"]) < str(entry["file"]))
            found = [f for f in earlier if own and own & event_uids(folder / f)]
            if found:
                entry = {**entry, "updates": found[-1]}
        out.append(entry)
    return out


def score_invites(folder: Path, verbose: bool = False) -> Score:
    score = Score(INVITE_FIELDS)
    for entry in with_updates(folder, load_expected(folder)):
        details: dict[str, str] = {}
        with tempfile.TemporaryDirectory() as tmp:
            results, result = invite_results(folder, entry, Path(tmp), details)
        score.add(str(entry["file"]), results)
        score.details[str(entry["file"])] = details
        if verbose and result.code != 0:
            score.wrong[str(entry["file"])].append(
                f"exit {result.code}: {result.err.strip()[:120]}"
            )
    return score


def _failure(result: Run) -> str:
    return f"exit {result.code}: {result.err.strip()[:120]}"


# --------------------------------------------------------------------------- transcripts


_SMALL = {"the", "a", "an", "of", "and", "for", "in", "on", "to", "our", "their", "its", "with"}


def _content(text: str) -> set[str]:
    words = re.findall(r"[\w'-]+", _norm(text))
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _SMALL}


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _bare(text: str) -> str:
    """The normalised text without a leading English article: "the NDVI alert" is said inside
    "NDVI alerts for fields under stress" as much as "NDVI alert" is."""
    return _LEADING_ARTICLE.sub("", _norm(text))


def topic_matches(expected: str, proposed: str) -> bool:
    """A proposed topic names the expected one: the same words (a leading article aside), one
    inside the other, or most of the expected content words."""
    want, have = _content(expected), _content(proposed)
    if not want or not have:
        return False
    if _bare(expected) in _bare(proposed) or _bare(proposed) in _bare(expected):
        return True
    return len(want & have) / len(want) >= 0.6


def says(proposal: str, forbidden: str) -> bool:
    """The proposal says the forbidden string as words of its own: "the Spanish team" says
    "Spanish", "stirred-tank bioreactors" does not say "Tan", nor "planned maintenance" "ten"."""
    return bool(re.search(rf"(?<!\w){re.escape(_norm(forbidden))}(?!\w)", _norm(proposal)))


def leaks(proposal: str, forbidden: str, expected: Iterable[str] = ()) -> bool:
    """The proposal says a forbidden string, and is no expected topic that says it too: when
    the answers expect "the credit scoring model for first-time mobile borrowers" and forbid
    "first" (a number word alone), proposing that topic is right, not a leak."""
    if not says(proposal, forbidden):
        return False
    return not any(says(t, forbidden) and topic_matches(t, proposal) for t in expected)


_FORMAT_WORDS = {
    "vtt": "webvtt",
    "webvtt": "webvtt",
    "srt": "srt",
    "subrip": "srt",
    "txt": "text",
    "text": "text",
    "plain": "text",
    "doc": "text",
    "docx": "text",
    "notes": "text",
}


def format_matches(expected: str, debrief: Mapping[str, Any]) -> bool:
    got = {_norm(debrief.get("format")), _norm(debrief.get("tool"))} - {""}
    tokens = [t for t in re.split(r"[^a-z0-9]+", _norm(expected)) if t]
    return any(t in got or _FORMAT_WORDS.get(t) in got for t in tokens)


def transcript_results(
    folder: Path, entry: Mapping[str, Any], home: Path, details: dict[str, str] | None = None
) -> tuple[dict[str, bool], Run, float | None]:
    """The fields of one expected transcript, right or not, and its topic recall; `details`
    (when given) gets, per field, the expected answer and what was read (for the topics: the
    expected ones missed and every topic proposed)."""
    details = {} if details is None else details
    file = folder / str(entry["file"])
    candidate = str(entry.get("candidate") or "")
    if candidate:
        run(home, "profile", "--name", candidate)
    day = str(entry.get("interview_date") or "2026-11-19")
    # The employer's country, when the answers give it, decides whose public holidays a
    # "within ten working days" skips.
    where = ["--country", str(entry["country"])] if entry.get("country") else []
    added = run(
        home, "add", "--company", "Employer", "--role", "Candidate", "--interviewed", day,
        "--format", "video", *where, "--yes", "--json",
    )  # fmt: skip
    record = added.json() if added.code == 0 else None
    round_id = str(record.get("id")) if isinstance(record, Mapping) else "1"
    result = run(home, "debrief", round_id, str(file), "--json")
    data = result.json() if result.code == 0 else None
    data = data if isinstance(data, Mapping) else {}
    proposals = data.get("proposals") or []
    topics = [str(p.get("text")) for p in proposals if p.get("kind") == "topic"]
    decisions = [p for p in proposals if p.get("kind") == "decision_date"]
    results: dict[str, bool] = {}
    if "format" in entry:
        results["format"] = format_matches(str(entry["format"]), data)
    if isinstance(entry.get("speakers"), list):
        want = {_person_key(s) for s in entry["speakers"]}
        results["speakers"] = want == {_person_key(s) for s in data.get("speakers") or []}
        details["speakers"] = f"want {entry['speakers']!r}, got {data.get('speakers')!r}"
    if entry.get("interview_date") and data.get("meeting_date"):
        results["interview_date"] = _same(entry["interview_date"], data.get("meeting_date"))
    if "decision_date" in entry:
        want_date = entry.get("decision_date") or None
        got = decisions[0].get("date") if decisions else None
        results["decision_date"] = _same(want_date, got) if want_date else not decisions
        details["decision_date"] = f"want {want_date!r}, got {got!r}"
    recall = None
    expected_topics = [str(t) for t in entry.get("topics_expected") or []]
    if expected_topics:
        missed = [t for t in expected_topics if not any(topic_matches(t, p) for p in topics)]
        found = len(expected_topics) - len(missed)
        recall = found / len(expected_topics)
        results["topics_expected"] = found * 2 >= len(expected_topics)
        details["topics_expected"] = f"missed {missed!r}; proposed {topics!r}"
    not_topics = [str(t) for t in entry.get("not_topics") or []]
    if not_topics:
        leaked = [
            f"{p!r} says {bad!r}"
            for bad in not_topics
            for p in topics
            if leaks(p, bad, expected_topics)
        ]
        results["not_topics"] = not leaked
        details["not_topics"] = "; ".join(leaked)
    return results, result, recall


def score_transcripts(folder: Path, verbose: bool = False) -> Score:
    score = Score(TRANSCRIPT_FIELDS)
    recalls: list[float] = []
    for entry in load_expected(folder):
        details: dict[str, str] = {}
        with tempfile.TemporaryDirectory() as tmp:
            results, result, recall = transcript_results(folder, entry, Path(tmp), details)
        score.add(str(entry["file"]), results)
        score.details[str(entry["file"])] = details
        if recall is not None:
            recalls.append(recall)
        if verbose and result.code != 0:
            score.wrong[str(entry["file"])].append(
                f"exit {result.code}: {result.err.strip()[:120]}"
            )
    if recalls:
        score.extra["topic recall (mean)"] = sum(recalls) / len(recalls)
    return score


def evaluate(
    folder: Path, verbose: bool = False, parts: tuple[str, ...] = ("invites", "transcripts")
) -> tuple[Score | None, Score | None]:
    invites = folder / "invites"
    transcripts = folder / "transcripts"
    return (
        score_invites(invites, verbose)
        if "invites" in parts and (invites / "expected.toml").is_file()
        else None,
        score_transcripts(transcripts, verbose)
        if "transcripts" in parts and (transcripts / "expected.toml").is_file()
        else None,
    )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "--verbose", action="store_true", help="per file: the wrong fields, wanted and read"
    )
    parser.add_argument(
        "--only", choices=("invites", "transcripts"), help="score one part of the set"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.folder.is_dir():
        print(f"no such folder: {args.folder}", file=sys.stderr)
        return 2
    parts = (args.only,) if args.only else ("invites", "transcripts")
    invites, transcripts = evaluate(args.folder, args.verbose, parts)
    if invites:
        print("\n".join(invites.lines("invites", args.verbose)))
    if transcripts:
        print("\n".join(transcripts.lines("transcripts", args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

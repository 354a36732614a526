"""Write every email followup drafts for a set of jotted rounds, and measure them mechanically.

A set is one TOML file of `[[round]]` tables, written the way people jot an interview down:
id, industry, country, subdiv, tz, company, role, interviewed, time, format, channel,
coordinator, interviewers (people as typed: "Name <email>", "Name, email, phone", "Dr. Name
(Title) <email> +1 617 555 0199"), topics, items, deadline, qualifications (this
application's), notes, and `[round.profile]` name / email / phone / qualifications.

Each round is stored in a fresh FOLLOWUP_HOME through the real services (the same ones the
command line calls), planned, and drafted on the plan's ideal day: the plan's follow-up to its
recipient, and `--each` for the interviewers. Every email goes to OUT/<round id>--<recipient>.txt
and OUT/summary.json holds, per note and in total: the checker's verdict, shorthand or symbols
leaked, titles with a first name, names in lower case, doubled full stops, the company and the
role named more than twice, spellings of the wrong English for the recipient's country,
sentences that point back by a pronoun alone, a role used as a team's name, a singular noun
without its article, places and languages left in lower case,
sentences of 6+ words shared inside a panel, word 3-gram Jaccard of every panel pair, and
sentences of 8+ words shared by the notes of 5+ different users (and of 6+ words by 3+), and
the sentences of the kinds recruiters marked worst (draft_quality.BAD_KINDS: stock tails,
oddly framed or vague topics, empty stock lines).

    .venv/bin/python bench/draft_heldout.py ROUNDS.toml OUT [--today-offset DAYS | --today DATE]

OUT/questions.json holds what `followup draft` would ask the user in a terminal, per round:
the topics it cannot say with confidence (with the sentence each lands in), the
qualifications it cannot put in a sentence, and the people a note goes to (for a line of the
user's own). `--answers FILE` (TOML, per round id: `[r01.topics]` INDEX = "words",
`[r01.qualifications]` "round:N" = "I ...", `[r01.lines]` "Person's Name" = "a line of their
own for that reader") stores a user's answers through the same services as the prompt
before drafting: the drafts as used.

Each file starts with the day it is written (`Date:`): the plan's ideal day by default,
DAYS after the interview, or DATE for every round (a set jotted on one day: its "today").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out" / "drafts"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")
ASIDE_LEADS = frozenset(["on", "from", "at", "in", "with", "by", "via", "didn't", "no"])
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s", re.I)


def person_fields(text: str) -> dict[str, Any]:
    """A person typed in any of the usual shapes, as name, email, phone and title (used only
    when the installed parser refuses the shape)."""
    raw = " ".join(str(text).split())
    email = EMAIL.search(raw)
    phone = PHONE.search(EMAIL.sub(" ", raw))
    rest = EMAIL.sub(" ", raw)
    rest = PHONE.sub(" ", rest) if phone else rest
    title = None
    m = re.search(r"\(([^)]*)\)", rest)
    if m:
        title = m.group(1).strip() or None
        if title and title.split()[0].lower() in ASIDE_LEADS:
            title = None  # '(didn't get last name)': a remark, no title
        rest = rest[: m.start()] + rest[m.end() :]
    parts = [p.strip(" <>,;-") for p in re.split(r"[,;]|\s[-–—]\s|:", rest)]
    parts = [p for p in parts if p]
    # The name is the part that looks like one (two words or more, letters only); a
    # department or title jotted before it ('hr - diane moss') is the title.
    named = [p for p in parts if len(p.split()) >= 2 and re.fullmatch(r"[^\W\d_][\w .'’-]*", p)]
    # one with an honorific is the name ('school secretary - Mrs Noreen Tobin'); a job or a
    # department is not
    titled = [p for p in named if HONORIFIC.match(p)]
    from followup.core.people import is_remark, is_role

    named = titled or [p for p in named if not is_role(p)] or named
    # a remark after the name ('on speaker from Haines Junction') is no name; a single word
    # that is no job is ('Elder advisor - Mary')
    named = [p for p in named if p.split()[0].lower() not in ASIDE_LEADS and not is_remark(p)]
    if not named or all(is_role(p) for p in named):
        single = [p for p in parts if len(p.split()) == 1 and p[:1].isupper() and not is_role(p)]
        named = single or named
    name = named[0] if named else (parts[0] if parts else "")
    if not name:
        name = email.group().split("@")[0] if email else raw
    others = [p for p in parts if p != name]
    if title is None and others:
        title = others[0]
    return {
        "name": name,
        "email": email.group() if email else None,
        "phone": phone.group().strip() if phone else None,
        "title": title,
    }


def people_of(spec: dict[str, Any]) -> list[Any]:
    from followup.core.errors import InvalidInput
    from followup.core.models import Person, PersonRole
    from followup.core.people import no_one_typed
    from followup.services import records

    out: list[Person] = []
    typed = [(spec.get("coordinator"), PersonRole.COORDINATOR)]
    typed += [(p, PersonRole.INTERVIEWER) for p in _list(spec.get("interviewers"))]
    for text, role in typed:
        if not text:
            continue
        if isinstance(text, str) and no_one_typed(text):
            continue  # 'no separate coordinator - bill booked it himself': the user types none
        if isinstance(text, dict):
            out.append(
                Person(role=role, **{k: text.get(k) for k in ("name", "email", "phone", "title")})
            )
            continue
        country = spec.get("country") or "US"  # a number is read as the round's
        # as typed; refused, the user drops the remark in brackets and types it again
        person = None
        for typed_text in dict.fromkeys([str(text), re.sub(r"\s*\([^)]*\)", "", str(text))]):
            try:
                people = (
                    records.people_from(typed_text, [], country)
                    if role is PersonRole.COORDINATOR
                    else records.people_from(None, [typed_text], country)
                )
            except InvalidInput:
                continue
            if not re.search(r"[(),:;\d]|\s[-–—]\s", people[0].name):
                person = people[0]
                break
        out.append(person or Person(role=role, **person_fields(str(text))))
    return out


def _headers(w: Any) -> str:
    """The To: and Cc: lines a user sees with a draft: the address it goes to, and, for a
    note sent through someone as the notes say, whom it is passed on to."""
    d = w.draft
    if "send it through" in (w.purpose or "") and d.to_email:
        to = f"To: {d.to_email} (to pass on to {d.to_name}, as the notes say)"
    else:
        to = f"To: {d.to_name} <{d.to_email}>" if d.to_email else f"To: {d.to_name}"
    cc = ", ".join(f"{c['name']} <{c['email']}>" if c.get("email") else c["name"] for c in w.cc)
    return f"{to}\n" + (f"Cc: {cc}\n" if cc else "")


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def store_round(settings: Any, spec: dict[str, Any]) -> int:
    """Store one jotted round (and its profile) through the services; returns its id."""
    from followup.core.errors import FollowupError
    from followup.core.records import from_record
    from followup.services import records

    profile = dict(spec.get("profile", {}))
    own = [str(q) for q in _list(spec.get("qualifications"))]
    general = [str(q) for q in _list(profile.get("qualifications"))]
    record = {
        "company": spec["company"],
        "role": spec["role"],
        "interviewed": str(spec["interviewed"]),
        "time": str(spec["time"]) if spec.get("time") else None,
        "tz": spec.get("tz") or "UTC",
        "format": spec.get("format", "video"),
        # how the round was arranged; a follow-up medium typed there ('card', 'letter') is
        # refused by the tool, and the user types it again as it says: unknown
        "channel": spec.get("channel") if spec.get("channel") in ("email", "phone") else "unknown",
        "deadline": str(spec["deadline"]) if spec.get("deadline") else None,
        "country": spec.get("country") or "US",
        "subdiv": spec.get("subdiv") or None,
        "people": [],
        "topics": [str(t) for t in _list(spec.get("topics"))],
        "items": [str(t) for t in _list(spec.get("items"))],
        "notes": spec.get("notes") or None,
    }
    try:
        from followup.core import zones

        record["tz"] = zones.resolve_zone(record["tz"], record["country"], record["subdiv"]).name
    except Exception:  # noqa: BLE001 - a zone the resolver cannot place stays as typed
        pass
    try:
        interview = from_record(record)
    except FollowupError as exc:  # a region with no calendar of its own: left blank, as told
        if "subdiv" not in str(exc):
            raise
        print(f"note: {spec.get('id')}: {exc}; drafted without the region", file=sys.stderr)
        interview = from_record({**record, "subdiv": None})
    interview.people = people_of(spec)
    per_application = hasattr(interview, "qualifications")
    if per_application:
        interview.qualifications = own  # type: ignore[attr-defined]

    fields: dict[str, Any] = {
        "name": str(profile.get("name", "Alex Candidate")),
        "email": profile.get("email") or None,
        # none typed: "" clears the number an earlier round of the set stored
        "phone": str(profile["phone"]) if profile.get("phone") else "",
        "qualifications": (general if per_application else own + general) or [],
    }
    home = settings.with_flags({"user.country": record["country"]})  # the candidate lives there
    try:
        records.update_profile(home, **fields)
    except FollowupError as exc:  # an invented number outside the country's plan: no phone
        if not fields["phone"] or "--phone" not in str(exc):
            raise
        print(f"note: {spec.get('id')}: {exc}; drafted without the phone", file=sys.stderr)
        records.update_profile(home, **{**fields, "phone": ""})
    stored = None
    for _ in range(3):  # what the tool refuses, given again as its message says
        try:
            stored = records.add_interview(settings, interview)
            break
        except FollowupError as exc:
            if "phone" in str(exc):  # an invented number outside the plan: without it
                print(
                    f"note: {spec.get('id')}: {exc}; people stored without phones", file=sys.stderr
                )
                for person in interview.people:
                    person.phone = None
            else:
                raise
    assert stored is not None and stored.id is not None
    assert stored.id is not None
    return stored.id


def safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def ask(settings: Any, round_id: int) -> dict[str, Any]:
    """What `followup draft` asks the user of one round in a terminal: the topics it cannot
    say with confidence, the qualifications it cannot put in a sentence, and the people a
    note goes to (for a line of the user's own)."""
    from followup.services import drafting

    return {
        "topics": [
            {"index": q.index, **q.to_dict()} for q in drafting.topic_questions(settings, round_id)
        ],
        "qualifications": [
            {"source": q.source, "index": q.index, "recorded": q.recorded, "doubt": q.doubt}
            for q in drafting.qualification_questions(settings, round_id)
        ],
        "lines": [q.to_dict() for q in drafting.line_questions(settings, round_id)],
    }


def answer(settings: Any, round_id: int, given: dict[str, Any]) -> int:
    """Store a user's answers to those questions, as the terminal prompt stores them:
    `topics` maps a topic's index to the words, `qualifications` maps 'round:N' or
    'profile:N' to a sentence, `lines` a person's name to a line of the user's own for their
    note. Returns how many were stored."""
    from followup.services import drafting

    topics = {int(k): str(v) for k, v in dict(given.get("topics", {})).items() if str(v).strip()}
    if topics:
        drafting.rephrase_topics(settings, round_id, topics)
    quals = {
        (str(k).split(":")[0], int(str(k).split(":")[1])): str(v)
        for k, v in dict(given.get("qualifications", {})).items()
        if str(v).strip()
    }
    lines = {str(k): str(v) for k, v in dict(given.get("lines", {})).items() if str(v).strip()}
    # answers written for another version's questions may name a person this version reads
    # otherwise ('physio team lead' is now 'riaan'): those lines are left out, said on stderr
    named = {
        " ".join(q.name.split()).casefold() for q in drafting.line_questions(settings, round_id)
    }
    for name in [n for n in lines if " ".join(n.split()).casefold() not in named]:
        print(
            f"note: a line for {name!r}: no such reader in this version; left out", file=sys.stderr
        )
        del lines[name]
    stored = drafting.add_lines(settings, round_id, lines) if lines else 0
    return (
        len(topics)
        + (drafting.reword_qualifications(settings, round_id, quals) if quals else 0)
        + stored
    )


def run(
    path: Path,
    out: Path,
    today_offset: int | None,
    today: date | None = None,
    answers: dict[str, Any] | None = None,
) -> dict[str, Any]:
    from followup.config import load_settings
    from followup.core import draft_quality as dq
    from followup.core import phrasing
    from followup.core.errors import FollowupError
    from followup.services import drafting, planning
    from followup.services.proper_names import proper_names

    rounds = tomllib.loads(path.read_text(encoding="utf-8")).get("round", [])
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.txt"), out / "summary.json", out / "questions.json"]:
        old.unlink(missing_ok=True)
    home = tempfile.mkdtemp(prefix="followup-drafts-")
    os.environ["FOLLOWUP_HOME"] = home
    os.environ.pop("FOLLOWUP_CONFIG", None)
    os.environ.pop("FOLLOWUP_DB", None)
    settings = load_settings()
    notes: list[dict[str, Any]] = []
    by_user: dict[str, list[str]] = {}
    panels: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    notices: list[dict[str, str]] = []
    questions: dict[str, Any] = {}
    answered: dict[str, int] = {}
    for spec in rounds:
        rid = str(spec.get("id", len(notes)))
        try:
            round_id = store_round(settings, spec)
            questions[rid] = ask(settings, round_id)
            if answers and rid in answers:
                answered[rid] = answer(settings, round_id, answers[rid])
            interview = drafting.round_context(settings, round_id, date.today())[0]
            plan = planning.Planner(settings, interview.interviewed)(interview)
            if today is not None:
                day = today
            elif today_offset is not None:
                day = interview.interviewed + timedelta(days=today_offset)
            elif plan.window is not None:
                day = plan.window.ideal
            else:
                day = interview.interviewed + timedelta(days=1)
            batches = []
            try:
                # the kind `followup draft ID` writes: the card the notes ask for, else an
                # email (a call is said as a notice: no email is written)
                plan_kind = drafting.default_kind(plan, False, None, None, interview.notes)
                plan_note = drafting.write_drafts(
                    settings,
                    round_id,
                    kind="card" if plan_kind == "card" else "email",
                    save=False,
                    today=day.isoformat(),
                )
                batches.append(("plan", plan_note))
            except FollowupError as exc:  # nobody has an address, or the notes say to
                # reach the recipient another way: no email is written, said so
                if "no email address" not in str(exc) and "your notes say" not in str(exc):
                    raise
                notices.append({"round": rid, "plan": str(exc)})
            try:
                each = drafting.write_drafts(
                    settings, round_id, kind="email", each=True, save=False, today=day.isoformat()
                )
                batches.append(("each", each))
            except FollowupError as exc:  # nobody besides the plan's recipient
                notices.append({"round": rid, "each": str(exc)})
        except FollowupError as exc:
            errors.append({"round": rid, "error": str(exc)})
            continue
        data = drafting.load_data(settings, interview.country)
        lexicon = data.language.lexicon
        locale = data.language.english.locale
        people = [p.name for p in interview.people]
        profile = dict(spec.get("profile", {}))
        quals = [
            str(q)
            for q in [*_list(spec.get("qualifications")), *_list(profile.get("qualifications"))]
        ]
        panel_texts: dict[str, str] = {}
        for mode, batch in batches:
            for w in batch.written:
                d = w.draft
                text = f"Subject: {d.subject or ''}\n\n{d.body}"
                tail = "" if mode == "each" else "--plan"
                name = f"{safe(rid)}--{safe(d.to_name or 'unknown')}{tail}.txt"
                (out / name).write_text(
                    f"Date: {day:%a %d %b %Y}\n{_headers(w)}{text}", encoding="utf-8"
                )
                by_user.setdefault(rid, []).append(text)
                if mode == "each":
                    panel_texts[d.to_name or name] = text
                notes.append(
                    {
                        "file": name,
                        "round": rid,
                        "industry": spec.get("industry"),
                        "country": interview.country,
                        "locale": locale,
                        "to": d.to_name,
                        "to_email": d.to_email,
                        "cc": [c["email"] for c in w.cc],
                        "for": w.purpose,
                        "mode": mode,
                        "verdict": w.verdict,
                        "reasons": w.reasons,
                        "words": len(dq.norm_words(dq.body_of(text))),
                        "shorthand": dq.leaked_shorthand(
                            text, lexicon, [interview.company, *people, *interview.items]
                        ),
                        "titled_first_names": dq.titled_first_names(text, people),
                        "lower_case_names": dq.lower_case_names(
                            EMAIL.sub(" ", text), people, interview.company
                        ),
                        "double_stops": dq.double_stops(text),
                        "company_mentions": dq.mentions(text, interview.company),
                        "role_mentions": dq.mentions(
                            text,
                            phrasing.role_phrase(interview.role, lexicon),
                            [phrasing.qualification(q, lexicon).clause for q in quals],
                        ),
                        "wrong_spelling": dq.wrong_spellings(text, locale, data.english),
                        "dangling": dq.dangling_sentences(text),
                        "role_as_team": dq.role_as_team(text, interview.role),
                        "missing_articles": dq.missing_articles(text),
                        "bad_kinds": dq.bad_kind_sentences(text),
                        "lower_case_places": sorted(
                            proper_names([dq.body_of(text)], set_phrases=lexicon.set_phrases)
                        ),
                        "doubts": w.doubts,
                        "topic": w.topic,
                    }
                )
        if len(panel_texts) > 1:
            report = dq.panel_report(panel_texts)
            panels.append(
                {
                    "round": rid,
                    "notes": len(panel_texts),
                    "pairs": report.pairs,
                    "max_jaccard": report.max_jaccard,
                    "pairs_at_or_over_0.2": report.over_limit,
                    "shared_sentences": [list(s) for s in report.shared],
                }
            )
    stock = dq.stock_sentences(by_user)
    stock6 = dq.stock_sentences(by_user, min_words=6, min_users=3)
    totals = {
        "rounds": len(rounds),
        "rounds_failed": len(errors),
        "notes": len(notes),
        "ready": sum(n["verdict"] == "ready" for n in notes),
        "notes_with_shorthand": sum(bool(n["shorthand"]) for n in notes),
        "titled_first_names": sum(len(n["titled_first_names"]) for n in notes),
        "lower_case_names": sum(len(n["lower_case_names"]) for n in notes),
        "double_stops": sum(len(n["double_stops"]) for n in notes),
        "company_over_twice": sum(n["company_mentions"] > 2 for n in notes),
        "role_over_twice": sum(n["role_mentions"] > 2 for n in notes),
        "notes_with_wrong_spelling": sum(bool(n["wrong_spelling"]) for n in notes),
        "dangling_sentences": sum(len(n["dangling"]) for n in notes),
        "role_as_team": sum(len(n["role_as_team"]) for n in notes),
        "missing_articles": sum(len(n["missing_articles"]) for n in notes),
        "lower_case_places": sum(len(n["lower_case_places"]) for n in notes),
        "stock_sentences_8w_5users": len(stock),
        "stock_sentences_6w_3users": len(stock6),
        **{
            f"bad_{kind}": sum(len(n["bad_kinds"].get(kind, [])) for n in notes)
            for kind in dq.BAD_KINDS
        },
        "panels": len(panels),
        "panel_pairs": sum(p["pairs"] for p in panels),
        "panel_max_jaccard": max((p["max_jaccard"] for p in panels), default=0.0),
        "panel_pairs_at_or_over_0.2": sum(p["pairs_at_or_over_0.2"] for p in panels),
        "panel_shared_sentences_6w": sum(len(p["shared_sentences"]) for p in panels),
        "notes_with_doubts": sum(bool(n["doubts"]) for n in notes),
        "notes_without_topic": sum(not n["topic"] for n in notes),
        "topics_left_out": sum(d["left_out"] for n in notes for d in n["doubts"]),
        "questions_asked": sum(
            len(q["topics"]) + len(q["qualifications"]) for q in questions.values()
        ),
        "answers_stored": sum(answered.values()),
    }
    summary = {
        "set": str(path),
        "out": str(out),
        "totals": totals,
        "stock_sentences": stock,
        "stock_sentences_6w_3users": stock6,
        "panels": panels,
        "notes": notes,
        "errors": errors,
        "notices": notices,
    }
    (out / "questions.json").write_text(json.dumps(questions, indent=2, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", type=Path)
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--today-offset", type=int, default=None, help="draft N days after")
    parser.add_argument(
        "--today", type=date.fromisoformat, default=None, help="draft every round on DATE"
    )
    parser.add_argument(
        "--answers",
        type=Path,
        default=None,
        help="a TOML of the user's answers to the questions (OUT/questions.json), per round id: "
        "[ROUND.topics] INDEX = 'words', [ROUND.qualifications] 'round:N' = 'I ...', "
        "[ROUND.lines] 'Name' = 'a line of your own for them'",
    )
    args = parser.parse_args(argv)
    answers = tomllib.loads(args.answers.read_text(encoding="utf-8")) if args.answers else None
    summary = run(args.rounds, args.out, args.today_offset, args.today, answers)
    for key, value in summary["totals"].items():
        print(f"{key:32} {value}")  # noqa: T201
    for err in summary["errors"]:
        print(f"error in {err['round']}: {err['error']}")  # noqa: T201
    print(f"written to {summary['out']}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())

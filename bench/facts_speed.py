"""What reading facts costs, in one process, as ratios against a baseline.

    .venv/bin/python bench/facts_speed.py [--runs 20]

Invites (tests/fixtures/facts_dev/invites): the median time of `read_invite` against the
parser it starts from alone (icalendar's `Calendar.from_ical` for a calendar file, the
email package's `message_from_bytes` for a mail). Transcripts: the median time of proposing
topics and details (noun phrases read with LemmInflect's word classes and ranked with YAKE's
keyphrases, run locally, no model downloaded; the decision date) against parsing the
transcript. Caches are warm (the second call onwards, as in the
web app); a first call in a fresh process also pays the imports.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "fixtures" / "facts_dev"


def median_time(fn, runs: int) -> float:
    fn()  # warm: imports, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    import email
    import tomllib
    from importlib.resources import files

    from icalendar import Calendar

    from followup.core import debrief
    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript
    from followup.delivery.invites import read_invite
    from followup.services.debrief import keyphrases, word_classes

    print(f"{'invite':<34} {'parser':>10} {'read_invite':>12} {'ratio':>7}")
    for path in sorted((DEV / "invites").glob("*.[ie][cm][sl]")):
        data = path.read_bytes()
        if path.suffix == ".ics":
            base = median_time(lambda d=data: Calendar.from_ical(d), args.runs)
        else:
            base = median_time(lambda d=data: email.message_from_bytes(d), args.runs)
        spent = median_time(lambda p=path: read_invite(p), args.runs)
        print(f"{path.name:<34} {base * 1e3:>8.2f}ms {spent * 1e3:>10.2f}ms {spent / base:>7.0f}x")
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    words = debrief.DebriefWords.from_data(data)
    limits = debrief.Limits()
    interview = Interview("Employer", "Analyst", date(2026, 11, 19), Format.VIDEO)
    print(f"\n{'transcript':<34} {'parse':>10} {'propose':>12} {'ratio':>7}")
    for path in sorted((DEV / "transcripts").glob("*.*")):
        if path.name == "expected.toml":
            continue
        text = path.read_text("utf-8")
        parse = median_time(lambda t=text: parse_transcript(t), args.runs)
        parsed = parse_transcript(text)

        def propose(parsed=parsed) -> None:
            sentences = debrief.sentences_of(parsed, words, limits)
            phrases = keyphrases(" ".join(s.text for s in sentences), 3, limits.max_topics * 6)
            debrief.propose(parsed, phrases, interview, "", words, limits, None, word_classes)

        spent = median_time(propose, max(3, args.runs // 4))
        print(
            f"{path.name:<34} {parse * 1e3:>8.2f}ms {spent * 1e3:>10.2f}ms {spent / parse:>7.0f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

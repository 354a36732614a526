"""A long invite's text is read in bounded time (common.readable_text): a mail whose body
repeats a company's name on thousands of lines costs about what a short mail costs (each line
is read at most MAX_REPEATS times), and past MAX_TEXT characters more text costs nothing more.
Measured as ratios of this process's CPU time, the best of a few runs, so a loaded machine
does not decide."""

from __future__ import annotations

import time
from datetime import date

from followup.delivery.invites import parse_invite
from followup.delivery.invites.common import MAX_REPEATS, MAX_TEXT, readable_text

ME = "kim.vale@example.net"
LINE = (
    "Tallwood Print & Packaging Ltd, Tallwood Print & Packaging Ltd, Tallwood Print & "
    "Packaging Ltd, Tallwood Print & Packaging Ltd, Tallwood Print & Packaging Ltd, Tallwood"
)


def mail(lines: list[str]) -> bytes:
    body = (
        "Dear Kim,\n\nYour interview is on Thursday, November 19, 2026 at 10:00 AM ET with "
        "Jo Lee (Plant Manager).\n\n" + "\n".join(lines) + "\n\nRegards,\nAmy Stone\n"
        "Recruiter, Tallwood Print & Packaging\n"
    )
    return (
        "From: Amy Stone <amy.stone@tallwoodprint.com>\r\nTo: Kim Vale <" + ME + ">\r\n"
        "Subject: Interview\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8"
        "\r\n\r\n" + body
    ).encode()


def cpu(data: bytes, runs: int = 3) -> float:
    """The least CPU time of `runs` reads of the mail."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        invite = parse_invite(data, "long.eml", user_emails=[ME], default_tz="UTC")
        best = min(best, time.process_time() - started)
        assert invite.interview.interviewed == date(2026, 11, 19)
    return best


def test_a_mail_that_repeats_a_company_on_3000_lines_costs_what_a_short_one_does() -> None:
    small, big = mail([LINE] * 3), mail([LINE] * 3_000)
    assert len(big) > 500_000
    cpu(small)  # the word lists are read once, outside the measure
    ratio = cpu(big) / max(cpu(small, 5), 1e-4)
    assert ratio < 10, f"a 3,000-line repeated body costs {ratio:.1f} times a short mail"
    invite = parse_invite(big, "long.eml", user_emails=[ME], default_tz="UTC")
    assert invite.interview.company == "Tallwood Print & Packaging"
    assert any("at most 3 times" in note for note in invite.notes)


def test_past_the_bound_more_text_costs_nothing_more() -> None:
    lines = [f"{n} {LINE}" for n in range(3_000)]  # no line said twice
    at_bound = mail(lines[: MAX_TEXT // len(LINE) + 5])
    far_past = mail(lines)
    assert len(far_past) > 20 * MAX_TEXT
    cpu(at_bound)
    ratio = cpu(far_past) / max(cpu(at_bound), 1e-4)
    assert ratio < 2, f"30 times the bound's text costs {ratio:.1f} times the bound's"


def test_readable_text_keeps_the_first_lines_and_each_line_a_few_times() -> None:
    text = "Hello\n\n" + "Acme Ltd\n" * 10 + "Bye"
    kept, cut = readable_text(text)
    assert cut and kept.count("Acme Ltd") == MAX_REPEATS and kept.endswith("Bye")
    assert readable_text("a\n\n\nb") == ("a\n\n\nb", False)  # blank lines are not counted
    long, cut = readable_text("x" * (MAX_TEXT + 10))
    assert cut and len(long) == MAX_TEXT

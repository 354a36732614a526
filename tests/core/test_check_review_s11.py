"""Review of the checker and claims (s11, findings 1-5): a long run of letters in a Subject
line costs work in proportion to its length; a malformed claims table is one clear error; a
surname in capitals or initials before a surname is no credential; a Western-order name after
a title is right; a number after the employer's name is no list."""

from __future__ import annotations

import time

import pytest

from followup.core.check import Facts, check

BODY = (
    "Dear Ana,\n\nThank you for meeting me about the role at Acme. I enjoyed hearing about"
    " the stock counts, and I would be glad to help the team.\n\nBest regards,\nSam Lee\n"
)
FACTS = Facts("Acme", "Analyst", ("Ana Silva",), ("stock counts",))


def _cpu(rules, text: str) -> float:
    """The least CPU time of checking `text` (three tries)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        check(text, "email", FACTS, rules)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you - Analyst, {run} Globex",
        "Analyst | {run} Globex",
        "Follow-up: Analyst @ {run}x Globex",
        "Thank you – {run} - Globex Bank",
    ],
    ids=["comma", "bar", "at-sign", "dashes"],
)
def test_a_long_run_of_letters_in_the_subject_costs_work_in_proportion(rules, subject) -> None:
    def note(count: int) -> str:
        return f"Subject: {subject.format(run='a' * count)}\n\n{BODY}"

    check(note(100), "email", FACTS, rules)  # caches filled
    short = _cpu(rules, note(400))
    long = _cpu(rules, note(6400))
    # 16 times the letters: linear work is some 16 times the short line's; a search that tries
    # every start in the run and backtracks over it (quadratic) takes some 256 times more
    assert long < 40 * short + 0.05, (long, short)


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Thank you - Analyst, Acme",
        "Subject: Analyst | Acme",
        "Subject: Store Manager - Acme interview",
    ],
)
def test_the_employer_after_a_title_in_the_subject_is_still_no_wrong_name(rules, subject) -> None:
    found = check(f"{subject}\n\n{BODY}", "email", FACTS, rules).issues
    assert not [f for f in found if f.code == "name_mismatch"]


def _credential_findings(rules, greeting: str, person: str) -> list[str]:
    text = f"{greeting}\n\n{BODY.split(chr(10), 2)[2]}"
    facts = Facts("Acme", "Analyst", (person,), ("stock counts",))
    found = check(text, "email", facts, rules).issues
    return [f.excerpt for f in found if f.message.startswith("A credential or initials")]


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        # a recorded surname written in capitals, as is usual in Asia and France
        ("Dear Mr LI,", "Li Wei"),
        ("Dear Mr NG,", "Ng Boon Kiat"),
        ("Dear Ms TAN,", "Tan Mei Ling"),
        ("Dear Mr KIM,", "Kim Min-jun"),
        # initials before the surname
        ("Dear Dr KC Obi,", "KC Obi"),
        ("Dear Dr. JT McAllister,", "JT McAllister"),
        ("Dear Ms AJ O'Neill,", "AJ O'Neill"),
    ],
)
def test_a_surname_in_capitals_or_initials_before_it_is_no_credential(
    rules, greeting, person
) -> None:
    assert _credential_findings(rules, greeting, person) == []


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Mr JT,", "JT McAllister"),
        ("Dear Ms Pr.Eng,", "Thandi Govender"),
        ("Dear Mr LI,", "Sam Lee"),
    ],
)
def test_a_credential_or_initials_alone_after_a_title_still_count(rules, greeting, person) -> None:
    assert _credential_findings(rules, greeting, person)


def _title_slips(rules, greeting: str, person: str) -> list[str]:
    text = f"{greeting}\n\n{BODY.split(chr(10), 2)[2]}"
    facts = Facts("Acme", "Analyst", (person,), ("stock counts",))
    found = check(text, "email", facts, rules).issues
    return [f.suggestion for f in found if f.message.startswith("A title goes with the family")]


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        # the full name in Western order, of a name recorded family name first
        ("Dear Mr. Kenji Takahashi,", "Takahashi Kenji"),
        ("Dear Ms Jia Hui Chen,", "Chen Jia Hui"),
        ("Dear Dr. Yuki Tanaka,", "Tanaka Yuki"),
        # a Western-order name whose given name is also a Chinese surname
        ("Dear Ms Smith,", "Fang Smith"),
        ("Dear Mr. Jones,", "Wei Jones"),
        ("Dear Dr Hartley,", "Ding Hartley"),
    ],
)
def test_a_right_title_and_name_in_either_order_is_no_slip(rules, greeting, person) -> None:
    assert _title_slips(rules, greeting, person) == []


@pytest.mark.parametrize(
    ("greeting", "person", "expected"),
    [
        ("Dear Mr. Kenji,", "Takahashi Kenji", "Mr. Takahashi"),
        ("Dear Ms Jia Hui,", "Chen Jia Hui", "Ms Chen"),
        ("Dear Dr. Karen,", "Karen Osei", "Dr. Osei"),
    ],
)
def test_a_title_before_the_given_name_is_still_a_slip(rules, greeting, person, expected) -> None:
    assert any(expected in s for s in _title_slips(rules, greeting, person))


def _other_names(rules, line: str) -> list[str]:
    text = f"Dear Ana,\n\n{line} {BODY.split(chr(10), 2)[2]}"
    found = check(text, "email", FACTS, rules).issues
    return [f.excerpt for f in found if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    "line",
    [
        "I would love to thrive at Globex 30 days from now.",
        "I would be glad to work at Globex 40 hours a week.",
        "I look forward to joining Globex 10 weeks from today.",
        "I am excited to join Globex 100% committed to the stock counts.",
        "I hope to grow with Globex 20 years from now.",
    ],
)
def test_a_count_after_a_wrong_name_is_no_list(rules, line) -> None:
    assert "Globex" in _other_names(rules, line)

"""What the checker works out once per record, and the shortcuts it takes with it: the same
findings as working everything out for each note (issue 8, speed)."""

from __future__ import annotations

import itertools

from followup.core.check import Facts, check
from followup.core.check.names import _stem_match

# words of topics and notes, with the endings a note puts on them
STEMS = (
    "audit", "care", "date", "branch", "process", "ask", "news", "roster", "rota", "shift",
    "plan", "scan", "staff", "cater", "wound", "dress", "bus", "gas", "car", "cart", "carpet",
    "inventory", "invent", "handle", "handover", "berth", "birth", "pilot", "pile", "quality",
    "quota", "quote", "train", "trail", "tariff", "tarmac", "ledger", "led", "lead", "read",
    "ready", "reach", "ax", "on", "go", "use", "used", "box", "fix", "wish", "church", "lens",
)  # fmt: skip
ENDINGS = ("", "s", "es", "ed", "ing", "e", "er", "ers", "'s", "d", "ies", "y")


def test_two_words_a_topic_matches_start_alike() -> None:
    """A topic's word and a note's word that are not the same word match only when their
    first three letters are the same (so a sentence's words are compared with a topic's word
    only among those that start like it)."""
    words = sorted({stem + end for stem in STEMS for end in ENDINGS})
    for a, b in itertools.product(words, repeat=2):
        if a != b and _stem_match(a, b):
            assert len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3], (a, b)


def test_a_topic_said_in_other_forms_is_a_specific_for_each_record(rules, model) -> None:
    """A recorded topic said with other endings ("rosters" for "roster planning", "dated"
    for "dates") counts as a specific, and one word of a topic of two is not enough; the
    same with the record's tables worked out before (the same record, again)."""
    opening = "Dear Dana,\n\nThank you for your time yesterday. "
    closing = (
        " I remain interested in the position and would be glad to join the team. I have"
        " five years of warehouse experience. I would be happy to discuss next steps.\n\n"
        "Best regards,\nSam\n"
    )
    facts = Facts(
        company="Keel & Tide Freight",
        role="Shift Supervisor",
        people=("Dana Ortiz",),
        topics=("roster planning for the night shifts", "delivery dates"),
    )
    said = {
        "I enjoyed hearing how your rosters get planned.": True,
        "It was good to hear how deliveries are dated.": True,
        "It was a good day for a delivery.": False,  # one word of two
        "The rostrum was good.": False,  # (a word like 'roster': one of two)
        "It was a good day for a rostrum and a plan.": True,  # ('planning')
    }
    for _ in range(2):
        for sentence, specific in said.items():
            result = check(opening + sentence + closing, "email", facts, rules, model=model)
            assert result.elements["specifics"] is specific, sentence


def test_the_record_names_in_lower_case_are_found_as_the_pattern_finds_them() -> None:
    """The record's names written in lower case are found with `str.find` where the pattern
    made of them finds them: the same spans, the same "'s", the longest name first, and what
    stands just before the part of the text searched counts as it does for the pattern."""
    import random
    import re

    from followup.core.check.names import _names_in_lower

    draw = random.Random(8)
    pieces = ["summit", "summit logistics", "ana", "anna", "o'neil", "é", "ß", "²", "_", "@"]
    pieces += [".", "/", "-", "'s", "'", " ", " ", " ", "x", "\n", "’s"]
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 14)))
        words = sorted(
            {draw.choice(["summit", "summit logistics", "ana", "anna", "o'neil", "s", "an"])
             for _ in range(draw.randint(1, 4))},
            key=len,
            reverse=True,
        )  # fmt: skip
        lo = draw.randint(0, len(text))
        hi = draw.randint(lo, len(text))
        pattern = re.compile(
            rf"(?<![\w@./-])(?:{'|'.join(map(re.escape, words))})(?P<tail>'s)?(?![\w@-])"
        )
        expected = [
            (m.start(), m.end() - len(m.group("tail") or ""), bool(m.group("tail")))
            for m in pattern.finditer(text, lo, hi)
        ]
        assert _names_in_lower(text, words, lo, hi) == expected, (text, words, lo, hi)


def test_a_name_is_allowed_as_when_the_company_is_compared_first(rules) -> None:
    """Whether a capitalised name is allowed (`Names._allowed`): the same answer as comparing
    it with the company first and then its words with the record's and the rules' (what the
    rules alone say of a name's words is kept once per name, for every record), for names
    drawn from the words of several records, the rules' ordinary words, legal forms,
    organisations' words, regions, posts and words joined by a hyphen, with '&' and '/'
    between letters too."""
    import random

    from followup.core.check.names import (
        _COMPANY_SUFFIXES,
        _TOKEN,
        Names,
        _compound_head,
        _tokens,
    )

    def reference(names: Names, name: str) -> bool:
        if names.is_company(name):
            return True
        words = _tokens(name)
        if len(words) > 1 and all(w in rules.compass or w in rules.places for w in words):
            return True
        written = _TOKEN.findall(name) if "-" in name else ()
        if len(written) == len(words):
            words = [_compound_head(w, t) for w, t in zip(words, written, strict=True)]
        joined = names._joined_initials(name) if "&" in name or "/" in name else set()
        plain = [
            w
            for w in words
            if w not in _COMPANY_SUFFIXES
            and w not in rules.org_words
            and not (len(w) == 1 and w in joined)
        ]
        if not plain:
            return True
        if plain[0] in names.company_tokens:
            return False
        return all(w in names.allowed_tokens or Names._rule_word(w, rules) for w in plain)

    records = [
        Facts(
            company="Crestview Health",
            role="Food & Beverage Supervisor",
            people=("Dana Ortiz",),
            topics=("the Monday rota",),
        ),
        Facts(
            company="Harbor Analytics Group Ltd",
            role="Senior Data Analyst",
            people=("Sarah Kim", "Tom Reed"),
            topics=("churn dashboard",),
            own_employers=("Globex",),
        ),
        Facts(company="Monday Team", role="Manager", people=("Lee",)),
    ]
    pool = [
        "Crestview", "Health", "Bayside", "Harbor", "Analytics", "Group", "Ltd", "Inc",
        "Monday", "Team", "Manager", "Senior", "Data", "Analyst", "Dana", "Sarah", "Globex",
        "Food", "Beverage", "Bank", "Summit", "Logistics", "Thank", "You", "Dear", "The",
        "F&B", "L/D", "F", "B", "&", "Churn", "Dashboard", "Rota", "Supervisor", "North",
        "America", "Western", "Canada", "Spanish-language", "Crestview-based", "Lectureship",
        "Readership", "Health-wide",
    ]  # fmt: skip
    draw = random.Random(8)
    for _ in range(3000):
        name = " ".join(draw.choice(pool) for _ in range(draw.randint(1, 4)))
        if not _tokens(name):
            continue
        for facts in records:
            names = Names(facts, rules)  # (its own answers, none kept from another name)
            assert names._allowed(name, _tokens(name)) is reference(names, name), (name, facts)

"""A rule is searched for only where its strings are (core.check.matching): in the sentences
that hold them, or tried where its leading strings stand. On every development note each
shipped rule (the phrase rules, the elements' rules, the name cues) finds there exactly the
matches a search of the whole note finds: a rule whose match can run on from one sentence into
the next would show up here (found by one search and not by the other) before it changed a
finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.core.check import compile_rules, matching
from followup.core.check.document import Document
from followup.services import checking

ROOT = Path(__file__).resolve().parent.parent.parent
# every labelled development set (the held-out sets are not read here)
NOTES = sorted((ROOT / "tests").glob("check_dev*/**/*.txt"))


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def test_there_are_development_notes() -> None:
    assert len(NOTES) > 500


def test_each_rule_finds_in_its_sentences_what_a_search_of_the_whole_note_finds(rules) -> None:
    every = [
        (f"{name}[{i}]", rule)
        for name, owner in [*rules.codes.items(), *rules.elements.items()]
        for i, rule in enumerate(owner.rules)
    ]
    every += [(f"person_cues[{i}]", r) for i, r in enumerate(rules.person_cues)]
    every += [(f"role_cues[{i}]", r) for i, r in enumerate(rules.role_cues)]
    differ = []
    for path in NOTES:
        doc = Document(path.read_text(encoding="utf-8"), rules)
        windows = {(0, len(doc.text)), (doc.body.start, doc.body.end)}
        for name, rule in every:
            if not matching._admits(rule, doc):
                continue  # its strings are not all in the note: not searched at all
            text = doc.lower if rule.lowered else doc.norm
            for lo, hi in windows:
                # (a match may be found twice where two searched stretches share a line)
                local = {m.span() for m in matching.finditer(rule, doc, lo, hi)}
                whole = {m.span() for m in rule.pattern.finditer(text, lo, hi)}
                if local != whole:
                    spans = sorted(local ^ whole)[:2]
                    differ.append((path.name, name, [text[a:b] for a, b in spans]))
    assert not differ, differ[:5]

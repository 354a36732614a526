"""The check of one note: every pass, then the score and the verdict (SPEC §5)."""

from __future__ import annotations

from collections.abc import Callable

from followup.core.check.checker import Checker
from followup.core.check.language import EMPTY, cannot_judge
from followup.core.check.learned import Model
from followup.core.check.results import CheckResult, Facts
from followup.core.check.rules import CheckRules


def check(
    text: str,
    kind: str,
    facts: Facts,
    rules: CheckRules,
    *,
    sentiment: Callable[[str], float] | None = None,
    readability: Callable[[str], float] | None = None,
    model: Model | None = None,
) -> CheckResult:
    """Check one note of the given kind against the interview facts.

    `sentiment` scores a sentence from -1 (negative) to 1; `readability` grades a text (US
    school grade). Both are optional and only ever produce advice. `model` is the learned
    layer (sentence classifiers, `learned.Model`): without it only the rules judge.
    """
    checker = Checker(text, kind, facts, rules)
    reason = cannot_judge(text, rules.language, checker.doc.word_set)
    if reason:
        if reason == EMPTY:
            checker.empty()  # nothing written: too short for any kind of note
        return CheckResult(
            kind=checker.kind.name,
            verdict="revise",
            score=0,
            words=checker.doc.words,
            elements=dict.fromkeys(checker.kind.required, False),
            issues=tuple(checker.found),
            cannot_check=reason,
        )
    checker.phrase_rules(model)
    checker.typography()
    checker.length()
    checker.names_check()
    checker.draft_slips()
    checker.learned(model)
    checker.advice(sentiment, readability)
    issues, advice = checker.findings()
    elements = checker.elements(issues)
    settings = rules.settings
    score = 100 - settings.score_missing_element * sum(1 for v in elements.values() if not v)
    counted: dict[str, int] = {}
    for f in issues:
        counted[f.code] = counted.get(f.code, 0) + 1
        score -= settings.score_issue if counted[f.code] == 1 else settings.score_repeat
    score -= settings.score_advice * len(advice)
    verdict = "ready" if not issues and all(elements.values()) else "revise"
    suggestions = {
        name: rules.elements[name].suggestion for name, present in elements.items() if not present
    }
    return CheckResult(
        kind=checker.kind.name,
        verdict=verdict,
        score=max(0, min(100, score)),
        words=checker.doc.words,
        elements=elements,
        issues=tuple(issues),
        advice=tuple(advice),
        suggestions=suggestions,
    )

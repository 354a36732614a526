"""The tone and content check of a follow-up note (SPEC §5). Pure: text and rules in, result out.

The rules (phrase patterns, name lists, thresholds) come in as data, compiled once by
`compile_rules`; `check` reads one note against them and reports every finding with
character offsets into the text it was given (`text[start:end] == excerpt`).

Where each part lives:

- `results`   the facts of the record going in, findings and the result coming out
- `rules`     the rule data (check.toml) compiled: codes, elements, kinds, names, settings
- `prefilter` the literal strings each regex rule needs (to skip rules that cannot match)
- `document`  the note read once: subject, greeting, body, signature, sentences, words
- `matching`  running one compiled rule over a note
- `names`     people, company and role names against the record (`name_mismatch`)
- `learned`   the learned layer: sentence classifiers over hashed n-grams (data/check_model.*)
- `language`  notes it cannot judge: empty, or not in English (one line instead of a verdict)
- `words`     the everyday English words (data/english_words.txt), looked up without a set
- `lazyre`    regular expressions compiled on first use
- `checker`   one pass per kind of finding (phrases, typography, length, names, advice, elements)
- `verdict`   `check`: every pass, then the score and the verdict
- `native`    which modules are compiled with mypyc at install, and loading them (or the sources)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from followup.core.check import native

native.install()  # the modules mypyc compiled, loaded compiled where the build is current

if TYPE_CHECKING:
    from followup.core.check.results import (
        ADVICE,
        ELEMENTS,
        ISSUE,
        CheckResult,
        Facts,
        Finding,
    )
    from followup.core.check.rules import CheckRules, compile_rules, merge_rule_data
    from followup.core.check.verdict import check

# each name of the package and the module it comes from: read from it when first asked for,
# so that a command that only needs a part (`words`, the everyday words a draft looks up)
# does not load the whole checker (rules, names, the learned layer)
_FROM = {
    **dict.fromkeys(("ADVICE", "ELEMENTS", "ISSUE", "CheckResult", "Facts", "Finding"), "results"),
    **dict.fromkeys(("CheckRules", "compile_rules", "merge_rule_data"), "rules"),
    "check": "verdict",
}


def __getattr__(name: str) -> Any:
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ADVICE",
    "ELEMENTS",
    "ISSUE",
    "CheckResult",
    "CheckRules",
    "Facts",
    "Finding",
    "check",
    "compile_rules",
    "merge_rule_data",
]

"""The checker's results on the notes it has read, kept in the cache folder between runs.

A draft is checked every time it is written or shown, and a user's second `followup draft ID`
(or `card`, `draft list`) checks the very same text against the very same record: loading
the rules and the learned layer and reading the note is about a sixth of such a run.
`checked` gives the result an earlier run of the `followup` program kept for the same
question (services/kept.py), else checks the note (services.checking.check_text) and keeps
its result.

The question, the key: the note's text, its kind, every field of the record's facts
(core.check.results.Facts), the interpreter's version and the place of the user's own rules
(config.check_rules_path). A kept result is used while the code and the shipped data are as
they were (services/kept.py) and so is the user's rules file. Each is kept in
`cache/verdicts/` as the result's fields (marshal).
"""

from __future__ import annotations

import marshal
import sys
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from followup.services import kept

if TYPE_CHECKING:  # the program loads this at every start: the checker's types load later
    from followup.config import Settings
    from followup.core.check.results import CheckResult, Facts

FORMAT = 1  # the layout of a kept result
FOLDER = "verdicts"  # in the cache folder


def checked(settings: Settings | None, text: str, kind: str, facts: Facts) -> CheckResult:
    """services.checking.check_text(settings, text, kind, facts): the result kept by an
    earlier run for the same question, code and data (see the module), else checked now
    (and kept, when services.kept is installed). Raises what check_text raises."""
    if not kept.installed():
        from followup.services import checking

        return checking.check_text(settings, text, kind, facts)
    rules = _rules_path(settings)
    key = _key(text, kind, facts, rules)
    path = kept.path(FOLDER, key)
    found = kept.read(path, key, _result) if path is not None else None
    if found is not None:
        return found
    from followup.services import checking

    result = checking.check_text(settings, text, kind, facts)
    if path is not None:
        kept.keep(path, key, _values(result), [rules])
    return result


def _rules_path(settings: Settings | None) -> str:
    from followup.config import check_rules_path, config_path

    return str(check_rules_path(settings.config_file if settings is not None else config_path()))


def _key(text: str, kind: str, facts: Facts, rules: str) -> bytes:
    """The question as bytes: the same bytes for the same question, in any process."""
    given = tuple((f.name, getattr(facts, f.name)) for f in fields(facts))
    return marshal.dumps((FORMAT, sys.version, sys.hexversion, kind, text, given, rules))


def _result(values: Any) -> CheckResult:
    """A CheckResult from its kept fields (TypeError, ValueError when they do not fit)."""
    from followup.core.check.results import CheckResult, Finding

    given = dict(zip([f.name for f in fields(CheckResult)], values, strict=True))
    for name in ("issues", "advice"):
        given[name] = tuple(Finding(*finding) for finding in given[name])
    result = CheckResult(**given)
    if type(result.verdict) is not str or type(result.elements) is not dict:
        raise TypeError("not a kept result")
    return result


def _values(result: CheckResult) -> tuple[Any, ...]:
    """The fields of `result` as marshal keeps them, each finding as its fields."""
    out = []
    for f in fields(result):
        value = getattr(result, f.name)
        if f.name in ("issues", "advice"):
            value = tuple(tuple(getattr(g, h.name) for h in fields(g)) for g in value)
        out.append(value)
    return tuple(out)

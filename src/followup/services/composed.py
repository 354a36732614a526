"""The facts and sentences of a round's notes (core.compose.compose), kept in the cache folder
between runs of the program.

`compose` is pure: what it writes follows from its arguments, the drafting data it is given
(data files shipped and the user's, the settings, the English words worked out before) and
the code. A user's second `followup draft ID`, `call ID` or `video plan ID` of an unchanged
round asks it the very same question, and working the notes out again is about a tenth of
such a run. `notes` gives what an earlier run of the `followup` program kept for the same
question (services/kept.py), else composes them and keeps them.

The question, the key (pickled, protocol 5): every argument of `compose` but the drafting
data, the interpreter's version, every setting's value, the config file's place and the
recipient's English. A kept result is used while the code and the shipped data are as they
were (services/kept.py) and so are the user's own files beside config.toml (*.toml: their
data files and settings) and the English words kept in the cache folder (cache/words, which
the data's word tests read). Arguments that cannot be pickled, or a result, are simply not
kept. Each result is kept in `cache/composed/` (pickle).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from followup.services import kept

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.core.compose import Language, NoteFacts
    from followup.core.models import Interview, Person, Profile
    from followup.core.plan import Plan

FORMAT = 1  # the layout of a kept result
FOLDER = "composed"  # in the cache folder


def notes(
    settings: Settings,
    interview: Interview,
    profile: Profile,
    plan: Plan | None,
    kind: str,
    recipients: Sequence[Person],
    on: date,
    language: Language,
    *,
    late: bool = False,
    each: bool = False,
    names: Sequence[str] = (),
    drafted: date | None = None,
) -> list[NoteFacts]:
    """core.compose.compose(interview, profile, plan, kind, recipients, on, language, late=,
    each=, names=, drafted=), `language` made from `settings` (services.drafting.load_data):
    the notes an earlier run kept for the same question, code and data (see the module), else
    composed now (and kept, when services.kept is installed). Raises what compose raises."""
    from followup.core import compose

    def composed() -> list[NoteFacts]:
        return compose.compose(
            interview, profile, plan, kind, recipients, on, language,
            late=late, each=each, names=names, drafted=drafted,
        )  # fmt: skip

    if not kept.installed():
        return composed()
    from _pickle import dumps

    files = _user_files(settings)
    try:
        key = dumps(
            (FORMAT, sys.version, interview, profile, plan, kind, list(recipients), on, drafted,
             late, each, list(names), sorted(settings.values.items()), str(settings.config_file),
             language.english.locale, files),
            protocol=5,
        )  # fmt: skip
    except Exception:  # noqa: BLE001 - arguments that cannot be pickled: not kept
        return composed()
    path = kept.path(FOLDER, key)
    found = kept.read(path, key, _loaded) if path is not None else None
    if found is not None:
        return found
    result = composed()
    if path is not None:
        try:
            payload = dumps(result, protocol=5)
        except Exception:  # noqa: BLE001 - a result that cannot be pickled: not kept
            return result
        kept.keep(path, key, payload, files)
    return result


def _loaded(payload: Any) -> list[NoteFacts]:
    """The kept notes (TypeError, ValueError when the payload is not such a list)."""
    from followup.core import pickles
    from followup.core.compose import NoteFacts

    try:
        result = pickles.loads(payload)
    except Exception as exc:  # noqa: BLE001 - damaged, or of classes no longer there
        raise ValueError("not kept notes") from exc
    if type(result) is not list or not all(type(n) is NoteFacts for n in result):
        raise TypeError("not kept notes")
    return result


def _user_files(settings: Settings) -> list[str]:
    """The user's TOML files beside config.toml and the English words kept in the cache
    folder, sorted: what the drafting data is made from besides the shipped files (named in
    the key, so that a file added or removed asks another question)."""
    from followup.config import cache_dir

    found: list[str] = []
    for folder, suffix in ((str(settings.config_file.parent), ".toml"),
                           (os.path.join(cache_dir(settings.env), "words"), "")):  # fmt: skip
        try:
            with os.scandir(folder) as entries:
                found += [e.path for e in entries if e.name.endswith(suffix)]
        except OSError:  # no such folder: nothing of the user's
            pass
    return sorted(found)

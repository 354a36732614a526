"""Importing a library while a module it imports is lent in part: the one home of the
stand-ins that let Jinja2 (services/templates.py) and reportlab (delivery/card.py) load
without what they take from a module only for a path a command never runs (OpenSSL through
`hashlib`, `pickle.py`, `random` seeding itself).

Inside `lent({name: {attr: value}}, importers)`, an `import name` (or `from name import …`)
written in a module of one of the `importers` packages gives a stand-in module holding the
values given; any other attribute read from it is the real module's (imported then), and
dunder names are not lent (the import system asking what a module is). The stand-ins are
never entered in `sys.modules`: every other importer, on this thread or another, inside the
block or after it, gets the real module as usual (the block only passes the `import`
statements of the named packages through `builtins.__import__`, which it restores when it
ends). A library that kept a stand-in still reads the real module through it for anything
not lent. A module imported already is not lent (the library takes the real one), nor is a
dotted name imported without `from` (`import a.b` binds the package `a`: it is left to the
import system). `later(name, attr)` is a callable that imports the real module when first
called.
"""

from __future__ import annotations

import builtins
import importlib
import sys
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any


def real(name: str) -> Any:
    """The real module `name` (imported now when it is not yet)."""
    module = sys.modules.get(name)
    return module if module is not None else importlib.import_module(name)


def later(name: str, attr: str) -> Callable[..., Any]:
    """A callable that calls `attr` of the real module `name`, imported on the first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(real(name), attr)(*args, **kwargs)

    return call


def _stand_in(name: str, attrs: Mapping[str, Any]) -> types.ModuleType:
    """A module `name` holding `attrs`; any other name but a dunder is the real module's."""
    module = types.ModuleType(name)

    def other(attr: str) -> Any:
        if attr.startswith("__"):  # the import system asking what a module is
            raise AttributeError(attr)
        return getattr(real(name), attr)

    for attr, value in attrs.items():
        setattr(module, attr, value)
    module.__getattr__ = other  # type: ignore[method-assign]
    return module


def _absolute(name: str, importer: Mapping[str, Any], level: int) -> str | None:
    """The absolute name an `import` of `name` at `level` in module `importer` means."""
    if level == 0:
        return name
    package = importer.get("__package__")
    if not isinstance(package, str) or not package:
        return None
    parts = package.rsplit(".", level - 1)
    if len(parts) < level:
        return None
    return f"{parts[0]}.{name}" if name else parts[0]


Loan = tuple[frozenset[str], dict[str, types.ModuleType]]  # (importers, stand-ins by name)
_loans: list[Loan] = []  # of the blocks running, on any thread
_lock = threading.Lock()
_original: Any = None  # `builtins.__import__` as the first running block found it


def _import(
    name: str,
    globals: Mapping[str, Any] | None = None,  # noqa: A002 - __import__'s own names
    locals: Any = None,  # noqa: A002
    fromlist: Any = (),
    level: int = 0,
) -> Any:
    """`builtins.__import__` while a block runs: a stand-in for an import it lends."""
    if globals is not None and _loans:
        importer = globals.get("__name__")
        top = importer.partition(".")[0] if isinstance(importer, str) else None
        for scope, made in list(_loans):
            if top not in scope:
                continue
            full = _absolute(name, globals, level)
            stand_in = made.get(full) if full is not None else None
            if stand_in is not None and (fromlist or "." not in name) and full not in sys.modules:
                return stand_in  # (a module imported for real meanwhile is the real one)
    return _original(name, globals, locals, fromlist, level)


@contextmanager
def lent(modules: Mapping[str, Mapping[str, Any]], importers: tuple[str, ...]) -> Iterator[None]:
    """While the block runs, an import of a module of `modules` not yet imported, written in
    a module of a package of `importers` (top-level names: "jinja2"), gives a stand-in
    holding the attributes given (see the module's docstring). Blocks may run at once, on
    one thread or several: `builtins.__import__` is put back when the last one ends."""
    global _original
    made = {
        name: _stand_in(name, attrs) for name, attrs in modules.items() if name not in sys.modules
    }
    if not made:
        yield
        return
    loan: Loan = (frozenset(importers), made)
    with _lock:
        if not _loans:
            _original = builtins.__import__
            builtins.__import__ = _import
        _loans.append(loan)
    try:
        yield
    finally:
        with _lock:
            _loans.remove(loan)
            if not _loans and builtins.__import__ is _import:
                builtins.__import__ = _original

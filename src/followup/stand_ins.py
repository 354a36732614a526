"""Importing a library while a module it imports is lent in part: the one home of the
stand-ins that let Jinja2 (services/templates.py) and reportlab (delivery/card.py) load
without what they take from a module only for a path a command never runs (OpenSSL through
`hashlib`, `pickle.py`, `random` seeding itself).

Inside `lent({name: {attr: value}})`, `import name` gives a stand-in module holding the
values given; any other attribute read from it is the real module's (imported then), and
dunder names are not lent (the import system asking what a module is). When the block ends,
the stand-ins leave `sys.modules`: a later `import name` gives the real module as usual, and
a library that kept the stand-in still reads the real module through it for anything not
lent. A module imported already is not lent (the library takes the real one).
`later(name, attr)` is a callable that imports the real module when first called.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

_made: dict[str, types.ModuleType] = {}  # the stand-ins of the running block, by name


def real(name: str) -> Any:
    """The real module `name` (imported now when only its stand-in is loaded)."""
    if name in _made and sys.modules.get(name) is _made[name]:
        del sys.modules[name]
    return importlib.import_module(name)


def later(name: str, attr: str) -> Callable[..., Any]:
    """A callable that calls `attr` of the real module `name`, imported on the first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(real(name), attr)(*args, **kwargs)

    return call


@contextmanager
def lent(modules: Mapping[str, Mapping[str, Any]]) -> Iterator[None]:
    """While the block runs, each module of `modules` not yet imported is a stand-in holding
    the attributes given (see the module's docstring)."""
    made: dict[str, types.ModuleType] = {}
    for name, attrs in modules.items():
        if name in sys.modules:
            continue
        module = made[name] = _made[name] = types.ModuleType(name)

        def other(attr: str, name: str = name) -> Any:
            if attr.startswith("__"):  # the import system asking what a module is
                raise AttributeError(attr)
            return getattr(real(name), attr)

        for attr, value in attrs.items():
            setattr(module, attr, value)
        module.__getattr__ = other  # type: ignore[method-assign]
        sys.modules[name] = module
    try:
        yield
    finally:
        for name, module in made.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]

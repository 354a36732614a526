"""Reading back what followup keeps pickled in its cache folder, without the `pickle` module.

`pickle.load` and `pickle.loads` are the C unpickler of `_pickle`; importing `pickle` runs
pickle.py (its pure-Python pickler and tables, about a millisecond of CPU at start-up) only to
hand them on, and a command that reads its caches back never pickles anything. A Python
without `_pickle` reads them through `pickle` as usual. Writing a cache imports `pickle`."""

from __future__ import annotations

try:
    from _pickle import load, loads
except ImportError:  # pragma: no cover - CPython always has _pickle
    from pickle import load, loads

__all__ = ["load", "loads"]

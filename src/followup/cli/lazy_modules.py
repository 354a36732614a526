"""Standard-library modules that libraries import at their top but a command rarely uses,
run only when first used (the standard library's `importlib.util.LazyLoader`).

Jinja2 imports `tempfile` (which loads `shutil`, `random` and the compression modules) for
a bytecode cache folder it is never asked to pick; `smtplib` imports `ssl` and `hmac` (and
through them OpenSSL) for TLS and CRAM-MD5 that a server on `smtp.tls = none` never needs;
`urllib.parse` (under `pathlib`) imports `ipaddress` for bracketed hosts; `inspect` imports
`ast`, `linecache` and `tokenize` for reading source code; reportlab imports `pickle`, `textwrap`
and `traceback` for what a card never does. `install()` puts a finder first on
`sys.meta_path` that gives each module of `LAZY` the spec Python would give it, with its
loader wrapped in `LazyLoader`: the `import` statement binds a module object at once, and
the module's code runs when an attribute of it is first read (by the library or by us), so
what the module does is unchanged, only when. Another `import ssl` statement reads the
module's `__spec__`, which runs it too: code that needs a module only sometimes imports it
where it is needed (delivery/smtp.py imports `ssl` only when the server uses TLS).

Only the `followup` program installs it (cli.main), never a library caller, the tests'
in-process runs, or the commands that keep running with threads (`serve`, `worker`:
LazyLoader of Python 3.11 lets two threads that first touch the same module at once see it
half made). A module that is built in, frozen or not a plain Python file is left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader, SourcelessFileLoader
from importlib.util import LazyLoader
from types import ModuleType
from typing import Any

LAZY = frozenset({
    "ast",  # inspect, for reading source and text signatures
    "bz2",  # shutil, for archives
    "calendar",  # email._parseaddr, for dates in headers
    "fnmatch",  # pathlib, for Path.match and glob
    "hmac",  # smtplib, for CRAM-MD5 logins
    "ipaddress",  # urllib.parse, for bracketed hosts in URLs
    "linecache",  # inspect and traceback, for source lines
    "lzma",  # shutil, for archives
    "pickle",  # reportlab and jinja2.bccache
    "selectors",  # socket, for sendfile
    "ssl",  # smtplib, for TLS
    "stringprep",  # encodings.idna, for host names beyond ASCII
    "tempfile",  # jinja2.bccache, for a default cache folder
    "textwrap",  # reportlab
    "token",  # tokenize
    "tokenize",  # linecache and inspect
    "traceback",  # reportlab
})  # fmt: skip
THREADED = frozenset({"serve", "worker"})  # commands that keep running with threads


class LazyFinder:
    """Finds the modules of `names` as the path finder does, to be run on first use."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(
        self, name: str, path: Any = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name not in self.names:
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is None or not isinstance(spec.loader, SourceFileLoader | SourcelessFileLoader):
            return None  # the other finders look for it as usual
        spec.loader = LazyLoader(spec.loader)
        return spec

    def invalidate_caches(self) -> None:
        """Nothing kept (importlib.invalidate_caches calls this on every finder)."""


def install(args: Sequence[str] = ()) -> None:
    """Run the modules of LAZY on first use from now on, unless the command line `args`
    names a command that keeps threads running; once per process."""
    if THREADED.intersection(args) or any(isinstance(f, LazyFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, LazyFinder(LAZY - sys.modules.keys()))


def uninstall() -> None:
    """Take the finder off again (for tests); modules bound already stay as they are."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, LazyFinder)]

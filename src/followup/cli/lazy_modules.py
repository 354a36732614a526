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
in-process runs, or the commands that keep running with threads (`serve`, `worker`). A
command may still touch a lazy module from two threads at once (`followup send` logs in to
IMAP on a thread of its own while it hands the message to SMTP: both load `ssl`), and
`LazyLoader` before Python 3.12.3 lets the second thread see the module half made ("module
'ssl' has no attribute 'SSLContext'", CPython gh-114763). There the loader is `SafeLazyLoader`,
the fix CPython 3.12.3 made: the first thread to touch the module runs it under a lock the
others wait on, and a touch from the running module itself (an import of it while it runs)
reads what is made so far, as a plain import would. A module that is built in, frozen or not
a plain Python file is left alone.
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


class _LazyModule(ModuleType):
    """A module whose code runs when an attribute is first read, once, whichever threads
    read it (CPython 3.12.3's `importlib.util._LazyModule`)."""

    def __getattribute__(self, attr: str) -> Any:
        spec = object.__getattribute__(self, "__spec__")
        state = spec.loader_state
        with state["lock"]:
            # the first thread to take the lock runs the module; the others find it made
            if object.__getattribute__(self, "__class__") is _LazyModule:
                made_class = state["__class__"]
                if state["is_loading"]:  # read by the module's own code as it runs
                    return made_class.__getattribute__(self, attr)
                state["is_loading"] = True
                now = made_class.__getattribute__(self, "__dict__")
                then = state["__dict__"]
                # what was set on the module before it ran (by whoever kept a reference)
                updated = {k: v for k, v in now.items() if k not in then or then[k] is not v}
                spec.loader.exec_module(self)
                if spec.name in sys.modules and sys.modules[spec.name] is not self:
                    raise ValueError(
                        f"module object for {spec.name!r} substituted in sys.modules "
                        "during a lazy load"
                    )
                now.update(updated)
                self.__class__ = made_class
        return getattr(self, attr)

    def __delattr__(self, attr: str) -> None:
        self.__getattribute__(attr)  # run the module first, as an attribute read does
        delattr(self, attr)


class SafeLazyLoader(LazyLoader):
    """`importlib.util.LazyLoader` whose module runs once even when threads first read it at
    the same time (CPython 3.12.3's; used where the running Python's is older)."""

    def exec_module(self, module: ModuleType) -> None:
        import _thread

        loader = self.loader  # type: ignore[attr-defined]
        assert module.__spec__ is not None
        module.__spec__.loader = loader
        module.__loader__ = loader
        module.__spec__.loader_state = {
            "__dict__": module.__dict__.copy(),
            "__class__": module.__class__,
            "lock": _thread.RLock(),
            "is_loading": False,
        }
        module.__class__ = _LazyModule


# CPython's own is safe with threads from 3.12.3 on (gh-114763)
Lazy = LazyLoader if sys.version_info >= (3, 12, 3) else SafeLazyLoader


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
        spec.loader = Lazy(spec.loader)
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

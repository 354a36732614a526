"""The checker's modules compiled to C with mypyc, where the install could build them.

`setup.py` compiles the modules of COMPILED (plain, typed Python: mypyc turns each into a C
extension beside its source) when followup is installed, with one more it writes first,
`_native_build.py`, whose DIGEST is the digest of this package's sources then. No compiler, no
mypy, or FOLLOWUP_NO_COMPILE=1 at install: nothing is built, and the sources run (the results
are the same, only slower).

`install` (called by the package's `__init__`) puts a finder first in `sys.meta_path` that
loads each module of COMPILED either compiled or from its source, the same for all of them:
compiled only when FOLLOWUP_NO_COMPILE is not set, every extension is there, and the DIGEST
built into them is the digest of the sources now. A source edited since the build (or a
checkout that changed one) makes the build stale: the sources run until `pip install -e .`
builds again, so an edit is never hidden by an old build. `status` says which it is.
"""

from __future__ import annotations

import os
import sys
import zlib
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

# the modules setup.py compiles (each a plain-Python module of this package)
COMPILED = ("learned", "words", "document", "names", "checker", "matching", "prefilter")
# the name of the library the compiled modules share (mypyc's group), in this package
GROUP = "followup.core.check.compiled"
# the module setup.py writes and compiles with them: DIGEST, the sources' digest at the build
BUILD = "_native_build"
HERE = Path(__file__).resolve().parent
_PACKAGE = __name__.rpartition(".")[0]


def digest(folder: Path = HERE) -> str:
    """The digest of the package's sources (every .py file, by name and content, but BUILD's)."""
    crc, size = 0, 0
    for path in sorted(folder.glob("*.py")):
        if path.stem == BUILD:
            continue
        data = path.read_bytes()
        crc = zlib.crc32(data, zlib.crc32(path.name.encode(), crc))
        size += len(data)
    return f"{crc:08x}-{size}"


def _extension(name: str) -> Path | None:
    """The built extension of a module of this package (its last name), if there is one."""
    for suffix in EXTENSION_SUFFIXES:
        path = HERE / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def status() -> str:
    """'compiled', or why the sources run: 'switched off' (FOLLOWUP_NO_COMPILE), 'not built'
    or 'stale' (sources changed since the build)."""
    if os.environ.get("FOLLOWUP_NO_COMPILE"):
        return "switched off"
    group = GROUP.rpartition(".")[2] + "__mypyc"
    built = _extension(BUILD)
    if built is None or any(_extension(name) is None for name in (*COMPILED, group)):
        return "not built"
    try:  # the digest compiled into the build (loading the library the modules share)
        loader = ExtensionFileLoader(f"{_PACKAGE}.{BUILD}", str(built))
        spec = spec_from_file_location(loader.name, loader.path, loader=loader)
        assert spec is not None
        made = module_from_spec(spec)
        loader.exec_module(made)
    except (ImportError, AssertionError, OSError):
        return "not built"
    return "compiled" if getattr(made, "DIGEST", None) == digest() else "stale"


class _Finder:
    """Finds the modules of COMPILED: all compiled, or all from their sources."""

    def __init__(self) -> None:
        self.compiled: bool | None = None  # decided at the first module asked for

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != _PACKAGE or name not in COMPILED:
            return None
        if self.compiled is None:
            self.compiled = status() == "compiled"
        extension = _extension(name) if self.compiled else None
        if extension is not None:
            where = str(extension)
            return spec_from_file_location(
                fullname, where, loader=ExtensionFileLoader(fullname, where)
            )
        # (a path as a string: the loader writes and reads the byte-code cache)
        return spec_from_file_location(fullname, str(HERE / f"{name}.py"))


_FINDER = _Finder()


def install() -> None:
    """Put the finder first in `sys.meta_path` (once)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def in_use() -> bool:
    """Whether the compiled modules are the ones loaded (or would be)."""
    if _FINDER.compiled is None:
        _FINDER.compiled = status() == "compiled"
    return _FINDER.compiled

"""Builds followup; the checker's hot modules are compiled to C with mypyc where possible.

The modules of followup.core.check.native.COMPILED are compiled when the install builds
(`pip install -e .`, a wheel): mypy (with mypyc) is a build requirement, and a C compiler is
needed. Without one (or with FOLLOWUP_NO_COMPILE=1 set) nothing is compiled and the install
still succeeds: the same modules run from their sources. The digest of the sources the build
is made from is compiled into it (the module _native_build.py, written here), so that an edit
made after it is never hidden by the old build (see native.py).
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "src" / "followup" / "core" / "check"
# the commands that build extensions (not those that only read the metadata, egg_info)
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def compiled_modules() -> list:
    """The mypyc extensions, or none (switched off, mypyc missing, or it cannot compile)."""
    if os.environ.get("FOLLOWUP_NO_COMPILE") or not BUILDS.intersection(sys.argv[1:]):
        return []
    native = runpy.run_path(str(PACKAGE / "native.py"))
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.stderr.write("followup: mypyc is missing; the checker runs from its sources\n")
        return []
    build = PACKAGE / f"{native['BUILD']}.py"
    build.write_text(
        '"""Written by setup.py: the digest of the sources this build was made from."""\n\n'
        f"DIGEST = {native['digest'](PACKAGE)!r}\n",
        encoding="utf-8",
    )
    paths = [
        str((PACKAGE / f"{name}.py").relative_to(ROOT))
        for name in (*native["COMPILED"], native["BUILD"])
    ]
    try:
        extensions = mypycify(paths, opt_level="3", group_name=native["GROUP"])
    except (Exception, SystemExit) as error:  # mypy's type errors end in SystemExit
        sys.stderr.write(f"followup: mypyc could not compile the checker ({error})\n")
        return []
    for extension in extensions:
        extension.optional = True  # no compiler: the install succeeds, the sources run
    return extensions


setup(ext_modules=compiled_modules())

"""A module run on first use (cli/lazy_modules.py) is whole for every thread: while one thread
runs it, another that reads it waits and finds it made (`followup send` logs in to IMAP on a
thread of its own while the main thread talks to SMTP, and both load `ssl`: a half-made
module gave "module 'ssl' has no attribute 'SSLContext'")."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.cli import lazy_modules

NAME = "s24_slow_module"


@pytest.fixture
def slow_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module whose code takes a while (as ssl's does: OpenSSL, enums made from it), run on
    first use through the program's finder."""
    (tmp_path / f"{NAME}.py").write_text(
        "import time\nRUNS = []\nRUNS.append(1)\ntime.sleep(0.3)\n"
        "class Context:\n    pass\n\ndef context():\n    return Context()\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    finder = lazy_modules.LazyFinder(frozenset({NAME}))
    sys.meta_path.insert(0, finder)
    yield NAME
    sys.meta_path.remove(finder)
    sys.modules.pop(NAME, None)


def test_a_second_thread_waits_for_the_module_the_first_is_running(slow_module: str) -> None:
    import s24_slow_module as module  # type: ignore[import-not-found]

    found: dict[str, object] = {}

    def read(who: str) -> None:
        try:
            found[who] = module.Context
        except Exception as exc:  # noqa: BLE001 - what the other thread saw
            found[who] = exc

    first = threading.Thread(target=read, args=("first",))
    first.start()
    time.sleep(0.1)  # the first thread is running the module's code
    second = threading.Thread(target=read, args=("second",))
    second.start()
    first.join()
    second.join()
    assert found["first"] is found["second"] is module.Context
    assert module.RUNS == [1]  # run once
    assert type(module).__name__ == "module"  # then the module itself


def test_an_import_of_ssl_on_two_threads_of_the_program_gets_the_whole_module() -> None:
    """As `followup send` does: smtplib imported (ssl bound, not yet run), then the IMAP
    thread and the main thread reach for ssl's SSLContext at once; repeated, as the race is
    one of timing."""
    code = (
        "from followup.cli import lazy_modules\n"
        "lazy_modules.install([])\n"
        "import smtplib, threading\n"
        "errors = []\n"
        "def go():\n"
        "    try:\n"
        "        import ssl\n"
        "        ssl.SSLContext\n"
        "    except Exception as exc:\n"
        "        errors.append(repr(exc))\n"
        "threads = [threading.Thread(target=go) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(errors)\n"
    )
    for _ in range(5):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=60)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "[]"

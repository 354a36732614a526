"""Running one piece of untrusted work (a user's template) in a child process with hard limits.

The child is forked from the running process, so nothing is imported again: it shares
everything already loaded (compiled templates included) and starts in a few milliseconds.
Before it runs the work it sets RLIMIT_AS (its address space may grow by `memory_mb` beyond
what the parent uses) and RLIMIT_CPU; the parent waits at most `seconds` of wall-clock time
and then kills it. A limit that is hit ends the work with one `ConfigError` line; nothing of
the child's state comes back but its text.

POSIX only (fork, resource); elsewhere `available()` is False and callers run in-process.
"""

from __future__ import annotations

import contextlib
import math
import os
import select
import signal
import time
from collections.abc import Callable

from followup.core.errors import ConfigError, FollowupError

_OK, _FAILED = b"R", b"E"


def available() -> bool:
    """Whether limited children can be made here (fork and resource limits exist)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, "fork")


def _address_space() -> int | None:
    """Bytes of address space this process uses now (Linux /proc), None when unknown."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def run_limited(work: Callable[[], str], *, seconds: float, memory_mb: int, what: str) -> str:
    """The text `work()` returns, computed in a child process limited to `seconds` (wall
    clock and CPU) and `memory_mb` MB of memory beyond the parent's. A FollowupError raised
    by `work` comes back as a ConfigError with its message; a limit that is hit, or a child
    that dies, is a ConfigError naming `what` ("template email.j2")."""
    read_fd, write_fd = os.pipe()
    base = _address_space()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers
        os.close(read_fd)
        _child(work, write_fd, seconds, memory_mb, base)
    os.close(write_fd)
    data = None
    try:
        data = _collect(read_fd, pid, seconds, what)
    finally:
        os.close(read_fd)
        if data is None:  # late, interrupted or failed: it may still run
            _kill(pid)
        status = _reap(pid)
    if data[:1] == _OK:
        return data[1:].decode("utf-8")
    if data[:1] == _FAILED:
        raise ConfigError(data[1:].decode("utf-8", "replace"))
    if status is not None and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        raise ConfigError(f"{what}: rendering takes longer than {seconds:g} s; stopped")
    raise ConfigError(
        f"{what}: rendering stopped before it ended (more than {memory_mb} MB of memory?)"
    )


def _child(
    work: Callable[[], str], fd: int, seconds: float, memory_mb: int, base: int | None
) -> None:
    code = 0
    try:
        import resource

        cpu = math.ceil(seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        if base is not None:
            limit = base + memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            out = _OK + work().encode("utf-8")
        except FollowupError as exc:
            out = _FAILED + exc.message.encode("utf-8")
        except MemoryError:
            out = _FAILED + f"needs more than {memory_mb} MB of memory; stopped".encode()
        view = memoryview(out)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _collect(fd: int, pid: int, seconds: float, what: str) -> bytes:
    """Everything the child writes, within `seconds`; kills it and says so when it is late."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    # poll, not select: select() refuses a descriptor numbered 1024 or more, which a busy
    # process (a server, a long test run) reaches.
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not poller.poll(max(1, int(left * 1000))):
            _kill(pid)
            raise ConfigError(f"{what}: rendering takes longer than {seconds:g} s; stopped")
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> int | None:
    """Wait for the child to end (its pipe is closed: it has exited or been killed), so no
    zombie is left; its wait status, or None when it was reaped already."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None

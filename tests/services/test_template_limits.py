"""User templates are bounded in memory and time, not only between output chunks.

Each filter, method and operator that can multiply a text, a list or a number refuses a
size past its cap before building it; what no cap can see (loops with no output, `~` and
block captures doubling a text) is stopped by the real limits of the child process a user
template renders in: wall clock, CPU and address space. Every case fails with one line,
quickly, and the process that asked is unharmed."""

from __future__ import annotations

import json
import resource
from datetime import timedelta
from pathlib import Path

import pytest

from followup.config import load_settings
from followup.core.errors import ConfigError
from followup.core.models import Profile
from followup.core.records import from_record
from followup.services import drafting, planning, templates

ROUNDS = Path(__file__).resolve().parent.parent / "fixtures" / "rounds"
ROUND = ROUNDS / "northwind_video_panel.json"

# What a user template may try, each refused by a cap before anything large is built.
CAPPED = {
    "center three times": "{{ 'x'|center(10**9) }}{{ 'x'|center(10**9) }}{{ 'x'|center(10**9) }}",
    "printf width in format": "{{ '%01000000000d'|format(1) }}",
    "printf precision with %": "{{ '%.999999999f' % 1.5 }}",
    "join of a huge list": "{{ (['x' * 100000] * 1000)|join }}",
    "join method": "{{ ''.join(['x' * 100000] * 1000) }}",
    "indent width": "{{ 'a\nb'|indent(10**9) }}",
    "indent of many lines": "{{ ('x\n' * 50000)|indent(1000) }}",
    "replace chain": "{% set a = 'x' * 1000 %}{{ a|replace('x', a)|replace('x', a) }}",
    "replace method": "{% set a = 'x' * 1000 %}{{ a.replace('x', a) }}",
    "str.format width": "{{ '{:1000000000}'.format(1) }}",
    "str.format nested width": "{{ '{:{w}}'.format(1, w=10**9) }}",
    "format_map width": "{{ '{a:>999999999}'.format_map({'a': 1}) }}",
    "center method": "{{ 'x'.center(10**9) }}",
    "ljust, rjust, zfill": "{{ 'x'.ljust(10**9) }}{{ 'x'.rjust(10**9) }}{{ '1'.zfill(10**9) }}",
    "expandtabs": "{{ ('\t' * 1000).expandtabs(10**6) }}",
    "string times a number": "{{ 'x' * 100000000 }}",
    "list times a number": "{{ ([1] * 100000000)|length }}",
    "adding long texts": "{% set a = 'x' * 90000 %}{{ a + a }}",
    "power of a large base": "{{ (2 ** 64) ** 64 }}",
    "a huge exponent": "{{ 9 ** 99999999 }}",
    "squaring in a namespace": (
        "{% set ns = namespace(x=3) %}{% for i in range(1000) %}"
        "{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x }}"
    ),
    "range size": "{{ range(10**9)|list|length }}",
    "batch fill": "{{ [1]|batch(10**9, 0)|list|length }}",
    "slice fill": "{{ [1]|slice(10**9, 0)|list|length }}",
    "lipsum": "{{ lipsum(10**6) }}",
    "wordwrap string": "{{ ('x ' * 50000)|wordwrap(1, wrapstring='y' * 1000) }}",
}

# A capped case may take at most this many times the work of a harmless draft (an uncapped
# one builds gigabytes: hundreds of times more, or is stopped by the limits).
MAX_WORK_RATIO = 4

# What no cap sees: stopped by the child's limits (settings lowered for a quick test).
LIMIT_SECONDS = 1
UNCAPPED = {
    "a triple loop with no output": (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        "takes longer than 1 s",
    ),
    "doubling with ~": (
        "{% set ns = namespace(s='x' * 90000) %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "memory",
    ),
    "doubling a block capture": (
        "{% set ns = namespace(s='x' * 90000) %}{% for i in range(40) %}"
        "{% set s %}{{ ns.s }}{{ ns.s }}{% endset %}{% set ns.s = s %}{% endfor %}",
        "memory",
    ),
}


@pytest.fixture
def settings():
    return load_settings()


@pytest.fixture
def limited(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FOLLOWUP_TEMPLATES_MAX_SECONDS", str(LIMIT_SECONDS))
    monkeypatch.setenv("FOLLOWUP_TEMPLATES_MAX_MEMORY_MB", "128")
    return load_settings()


def write_email(home: Path, payload: str) -> None:
    mine = home / "templates"
    mine.mkdir(exist_ok=True)
    (mine / "email.j2").write_text("Subject: hi\n\nDear {{ f.to_first }},\n" + payload + "\n")


def draft(settings) -> drafting.Batch:
    data = json.loads(ROUND.read_text(encoding="utf-8"))
    interview, profile = from_record(data["round"]), Profile(**data["profile"])
    today = interview.interviewed + timedelta(days=1)
    plan = planning.Planner(settings, today)(interview)
    return drafting.compose_drafts(settings, interview, profile, plan, today=today, kind="email")


def refused(settings, home: Path, payload: str) -> tuple[str, float]:
    """The one-line message a draft with `payload` in the user's email.j2 fails with, and
    the work it took (`work_done`)."""
    write_email(home, payload)
    started = work_done()
    with pytest.raises(ConfigError) as caught:
        draft(settings)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400 and "email.j2" in message, message
    return message, work_done() - started


def work_done() -> float:
    """CPU seconds used so far by this process and its children that ended (each render of a
    user template runs in one): the work done, which the machine's load does not stretch."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def baseline_draft(settings, home: Path) -> float:
    """The work of one draft with a user template that is harmless (the same child process,
    the same compile), measured after a first such draft has loaded everything a draft
    loads; the yardstick of the tests here, taken in each test."""
    write_email(home, "{{ 'x'|center(10) }} {{ ['x', 'y']|join }}")
    draft(settings)
    started = work_done()
    draft(settings)
    return work_done() - started


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("case", list(CAPPED))
def test_size_multipliers_are_capped(limited, followup_home, case) -> None:
    """Refused by a cap before anything large is built: no more work than a few harmless
    drafts (a ratio to one measured here, never a time) and no memory to speak of."""
    baseline = baseline_draft(limited, followup_home)
    before = rss_mb()
    message, work = refused(limited, followup_home, CAPPED[case])
    assert "may not do" in message, message
    if work >= MAX_WORK_RATIO * baseline:
        # RUSAGE_CHILDREN also counts any earlier test's child that is reaped in this window
        # (subprocess reaps finished children when it starts a new one): one more try tells
        # such a one-off from a cap that does not hold, which costs hundreds of times more.
        work = min(work, refused(limited, followup_home, CAPPED[case])[1])
    assert work < MAX_WORK_RATIO * baseline, (work, baseline)
    assert rss_mb() - before < 100  # nothing large was built, here or in a child


@pytest.mark.parametrize("case", list(UNCAPPED))
def test_real_limits_stop_what_the_caps_cannot_see(limited, followup_home, case) -> None:
    payload, expected = UNCAPPED[case]
    baseline = baseline_draft(limited, followup_home)
    message, work = refused(limited, followup_home, payload)
    assert expected in message, message
    # the child's CPU limit is the setting (1 s) rounded up, plus one: no more is spent
    assert work < 2 * (LIMIT_SECONDS + 1) + MAX_WORK_RATIO * baseline, (work, baseline)


def test_a_user_template_that_only_prints_renders_as_before(settings, followup_home) -> None:
    builtin = [w.draft.body for w in draft(settings).written]
    source = templates.builtin_dir() / "email.j2"
    (followup_home / "templates").mkdir()
    (followup_home / "templates" / "email.j2").write_text(source.read_text())
    assert templates.users_templates(settings)
    assert [w.draft.body for w in draft(settings).written] == builtin


def test_a_users_shared_template_puts_the_built_in_ones_in_the_child_too(
    limited, followup_home
) -> None:
    """The built-in email.j2 includes _signature.j2: the user's copy of that is user code."""
    mine = followup_home / "templates"
    mine.mkdir()
    slow = "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}"
    (mine / "_signature.j2").write_text(slow * 1000)
    with pytest.raises(ConfigError, match="takes longer than 1 s"):
        draft(limited)


def test_limits_are_settings(monkeypatch, followup_home) -> None:
    monkeypatch.setenv("FOLLOWUP_TEMPLATES_MAX_SECONDS", "0")
    write_email(followup_home, "hello")
    with pytest.raises(ConfigError, match="templates.max_seconds"):
        draft(load_settings())


def test_a_template_file_too_large_is_refused(settings, followup_home) -> None:
    message, _ = refused(settings, followup_home, "x" * (templates.MAX_TEMPLATE_BYTES + 1))
    assert "larger than" in message


def test_the_command_line_says_one_line(cli, followup_home, limited) -> None:
    res = cli("add", "--company", "Acme", "--role", "Analyst", "--interviewed", "2026-11-19",
              "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>")  # fmt: skip
    assert res.code == 0, res.err
    assert cli("profile", "--name", "Sam Lee").code == 0
    write_email(followup_home, UNCAPPED["a triple loop with no output"][0])
    res = cli("draft", "1", "--kind", "email", "--today", "2026-11-20")
    assert res.code == 2 and res.out == "", (res.code, res.out)
    assert res.err.startswith("followup: error: template ") and res.err.count("\n") == 1
    assert "takes longer than 1 s" in res.err
    assert cli("draft", "list", "1").out.startswith("No drafts")  # nothing was stored


def test_a_render_waits_on_a_descriptor_above_1024(tmp_path) -> None:
    """select() cannot watch a descriptor numbered 1024 or more; a long-running process
    (a server, a test run) gets there, and the bounded render must still work."""
    import os
    import resource

    from followup.delivery import child

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1100:
        import pytest

        pytest.skip(f"the descriptor limit here is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1100), hard))
    filler = [os.open(os.devnull, os.O_RDONLY) for _ in range(1030)]
    try:
        read, write = os.pipe()
        assert read >= 1024
        os.write(write, b"rendered")
        os.close(write)
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        assert child._collect(read, pid, 5, "test") == b"rendered"
        child._reap(pid)
        os.close(read)
    finally:
        for fd in filler:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

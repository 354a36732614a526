"""The standard-library modules the `followup` program runs on first use (cli/lazy_modules.py):
a command that never uses one never runs it; one that does gets the whole module, and the
program's answers are the same as without the finder."""

from __future__ import annotations

import subprocess
import sys

from mail_servers import add_round, mail_settings

PROBE = (
    "import sys\n"
    "from followup.cli import lazy_modules\n"
    "lazy_modules.install(sys.argv[1:])\n"
    "{body}\n"
)


def probe(body: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(body=body), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_lazy_module_runs_when_first_used_and_is_then_the_whole_module() -> None:
    out = probe(
        "import tempfile, types\n"
        "print('shutil' in sys.modules, type(tempfile).__name__)\n"
        "with tempfile.TemporaryDirectory() as d:\n"
        "    print(type(tempfile) is types.ModuleType, 'shutil' in sys.modules, bool(d))\n"
    )
    assert out.split() == ["False", "_LazyModule", "True", "True", "True"]


def test_from_imports_and_builtin_modules_behave_as_without_the_finder() -> None:
    out = probe(
        "from hmac import compare_digest\n"
        "import _ssl, pickle\n"
        "print(compare_digest(b'a', b'a'), type(_ssl).__name__, pickle.loads(pickle.dumps(3)))\n"
    )
    assert out.split() == ["True", "module", "3"]


def test_commands_that_keep_threads_running_load_every_module_at_once() -> None:
    body = "import tempfile\nprint(type(tempfile).__name__)"
    assert probe(body, "serve").strip() == "module"
    assert probe(body, "--db", "x.db", "worker", "--once").strip() == "module"
    assert probe(body, "draft", "1").strip() == "_LazyModule"


def test_the_program_installs_the_finder_before_its_caches_import_pathlib(tmp_path) -> None:
    """`main()` as the program runs it: the regex and code caches import pathlib (and so
    urllib.parse, which imports ipaddress) after the finder is in place, so a plan does not
    run ipaddress."""
    body = (
        "import os, sys\n"
        "os.environ['FOLLOWUP_HOME'] = sys.argv[-1]\n"
        "sys.argv = ['followup', 'plan', '--interviewed', '2026-11-19', '--format', 'video',"
        " '--tz', 'America/New_York', '--json']\n"
        "from followup.cli import main\n"
        "code = main()\n"
        "print(code, *(type(sys.modules[m]).__name__ for m in ('pathlib', 'ipaddress')),"
        " file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", body, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.split()[-3:] == ["0", "module", "_LazyModule"]


def test_the_program_sends_over_starttls_with_ssl_loaded_on_use(
    smtp_server, monkeypatch, tmp_path, run_followup
) -> None:
    """`ssl` is run only where TLS is used: STARTTLS still verifies the server (refused
    without smtp.ca_file, sent with it), from the installed program."""
    ca = smtp_server.restart_with_tls("starttls", tmp_path)
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = str(add_round(settings))
    monkeypatch.setenv("FOLLOWUP_SMTP_TLS", "starttls")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    refused = run_followup("send", rid, "--force")
    assert refused.code != 0 and "cannot be verified" in refused.err, refused.err
    assert "Traceback" not in refused.err and smtp_server.messages() == []
    sent = run_followup("send", rid, "--force", env={"FOLLOWUP_SMTP_CA_FILE": str(ca)})
    assert sent.code == 0, sent.err
    assert len(smtp_server.messages()) == 1

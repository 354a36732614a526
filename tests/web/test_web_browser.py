"""The web app in a real browser: Debian's Chromium driven by Playwright against a real
`followup serve` process and a real SMTP server on loopback.

One walk through, as a new user would: the welcome page, the profile, an interview added
through the form (by its labels), an invite dropped on the import page, a draft edited until
the checker says ready, the mail set-up with a test message, the follow-up scheduled and sent
by the worker inside the app, seen in the outbox and received by the SMTP server. On the way:
screenshots of every page at desktop and phone widths (test-artifacts/screenshots/), axe-core
on every page, keyboard use, no console error (a Content-Security-Policy violation is one) and
no script run from user text.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS = ROOT / "test-artifacts" / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures"
FOLLOWUP = Path(sys.executable).parent / "followup"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
TODAY = "2026-11-24"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make system)"
)


@pytest.fixture
def served(followup_home: Path) -> Iterator[str]:
    """`followup serve` in its own process; yields the start link."""
    env = {
        **os.environ,
        "FOLLOWUP_HOME": str(followup_home),
        "FOLLOWUP_OUTBOX_POLL_SECONDS": "1",
    }
    env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [str(FOLLOWUP), "serve", "--port", "0", "--no-browser", "--today", TODAY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert " at http://127.0.0.1:" in line, (line, proc.stderr.read() if proc.poll() else "")
    try:
        yield line.split(" at ", 1)[1].strip()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


class Watch:
    """Console errors, page errors and dialogs of a page (a dialog nobody asked for is a
    script run from user text)."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.alerts: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        if dialog.type == "confirm":
            dialog.accept()
        else:
            self.alerts.append(dialog.message)
            dialog.dismiss()


def shoot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def axe_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def test_a_new_user_from_welcome_to_a_sent_follow_up(
    served: str, browser: Any, smtp_server: Any, tmp_path: Path
) -> None:
    context = browser.new_context(viewport=WIDTHS["desktop"])
    page = context.new_page()
    watch = Watch(page)
    page.set_default_timeout(15_000)
    base = served.split("/?")[0]

    # the start link signs in and leaves the address bar
    page.goto(served)
    assert page.url == base + "/"
    assert "Welcome" in page.inner_text("main")
    shoot(page, "today-empty-desktop")

    # keyboard: the first Tab reaches the skip link, which moves focus to the content
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # profile, by its labels
    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_label("Name").fill("Sam Rivera")
    page.get_by_label("Email").fill("sam@example.org")
    page.get_by_label("Qualifications and strengths").fill("six years of SQL and Python analytics")
    page.get_by_role("button", name="Save the profile").click()
    page.get_by_text("Saved.").wait_for()

    # an interview through the form; a bad date first, answered in the command line's words
    page.goto(base + "/interviews/new")
    page.get_by_label("Company").fill("Acme Analytics")
    page.get_by_label(re.compile(r"^Role")).fill("Data Analyst")
    page.get_by_label("Interview date").fill("2026-13-45")
    page.get_by_label("Format").select_option("video")
    page.get_by_label("Recruiter or coordinator").fill("Maria Gonzalez <maria@acme.example>")
    page.get_by_label("Interviewers").fill("Tom Becker <tom@acme.example>")
    page.get_by_label("Topics and details discussed").fill("the dashboard migration to dbt")
    page.get_by_label("Notes").fill('<script>alert(1)</script><img src=x onerror="alert(2)">')
    page.get_by_role("button", name="Save the interview").click()
    error = page.locator("#form-error")
    error.wait_for()
    assert "2026-13-45" in error.inner_text()
    # the page's script moves the focus to the message once it is shown
    page.wait_for_function("document.activeElement && document.activeElement.id === 'form-error'")
    shoot(page, "interview-form-error-desktop")
    page.get_by_label("Interview date").fill("2026-11-19")
    page.get_by_role("button", name="Save the interview").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    round_url = page.url
    assert "<script>alert(1)</script><img src=x" in page.inner_text("section.people")  # as text
    assert page.locator("svg.timeline g.ideal").count() == 1
    assert "Thanksgiving" in page.inner_text("section.plan")

    # an invite dropped on the import page: what was read and what was not, then saved
    page.goto(base + "/import")
    invite = (FIXTURES / "invites" / "zoom.ics").read_text(encoding="utf-8")
    page.evaluate(
        """([text]) => {
            const data = new DataTransfer();
            data.items.add(new File([text], "zoom.ics", {type: "text/calendar"}));
            const zone = document.querySelector(".dropzone");
            zone.dispatchEvent(new DragEvent("dragenter", {dataTransfer: data, bubbles: true}));
            zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
        }""",
        [invite],
    )
    page.locator("#preview h2").wait_for()
    assert "zoom.ics" in page.inner_text("#preview h2")
    shoot(page, "import-preview-desktop")
    for name in ("Company", "Role"):
        field = page.locator(f"#preview #s-{name.lower()}")
        if field.count():
            field.fill(f"Imported {name}")
    page.get_by_role("button", name="Save this interview").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    assert page.url != round_url

    # say it your way: a line of one's own for the coordinator, found by its label
    page.goto(round_url)
    page.get_by_role("link", name="Say it your way").click()
    page.wait_for_url(re.compile(r"/rounds/\d+/words$"))
    words_url = page.url
    page.get_by_label(re.compile(r"^For Maria Gonzalez")).fill(
        "Thank you for keeping the day so well organised."
    )
    page.get_by_role("button", name="Save my words").click()
    page.get_by_role("status").filter(has_text="Stored your words: 1 line").wait_for()

    # the draft editor: a bad note is flagged as it is typed, then edited until ready
    page.goto(round_url)
    page.get_by_role("button", name="Write the draft").click()
    page.wait_for_url(re.compile(r"/rounds/\d+\?draft=\d+"))
    editor = page.get_by_label(re.compile(r"^Draft #\d+"))
    written = editor.input_value()
    assert "Thank you for keeping the day so well organised." in written  # the line, as typed
    page.locator("#findings .verdict").wait_for()
    editor.fill("")
    editor.type("Subject: hi\n\nI really need this job!!! Tell me by Friday.", delay=5)
    page.locator("#findings", has_text="desperation").wait_for()
    findings = page.inner_text("#findings")
    assert "desperation" in findings and "pushy" in findings and "Try:" in findings
    # a finding's button, reached by keyboard, selects its words in the draft
    button = page.locator("button.finding", has_text="desperation")
    button.focus()
    page.keyboard.press("Enter")
    selected = page.evaluate(
        "(() => { const a = document.getElementById('draft-text');"
        " return a.value.slice(a.selectionStart, a.selectionEnd); })()"
    )
    assert selected == "I really need this job"
    shoot(page, "round-revise-desktop")
    editor.fill(written)
    editor.press("End")
    editor.type(" ")
    page.locator("#findings .verdict-ready").wait_for()
    page.get_by_role("button", name="Save the draft").click()
    page.locator("#saved .badge-ready").wait_for()
    shoot(page, "round-ready-desktop")

    # mail set-up and a test message, to the loopback SMTP server
    page.goto(base + "/settings")
    page.get_by_label("Server").first.fill("127.0.0.1")
    page.get_by_label("Port").first.fill(str(smtp_server.port))
    page.get_by_label("Encryption").first.select_option("none")
    page.get_by_label("From address").fill("sam@example.org")
    page.get_by_role("button", name="Save mail settings").click()
    page.locator("button:enabled", has_text="Send me a test").wait_for()
    page.get_by_role("button", name="Send me a test").click()
    page.get_by_text("Sent a test message to sam@example.org").wait_for()
    assert len(smtp_server.messages()) == 1

    # schedule it a few seconds ahead; the worker inside the app sends it once
    page.goto(round_url)
    # (beside it, the link `followup mailto` prints, for a mail program or webmail)
    mailto = page.get_by_role("link", name="Write it in your mail program")
    assert (mailto.get_attribute("href") or "").startswith("mailto:maria@acme.example?subject=")
    soon = (datetime.now(UTC) + timedelta(seconds=3)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    page.get_by_label("Send at").fill(soon)
    page.get_by_label("even outside the window").check()
    page.get_by_role("button", name=re.compile(r"^Schedule draft")).click()
    page.locator("#delivery .badge-scheduled, #delivery .badge-sent").first.wait_for()
    page.goto(base + "/outbox")
    deadline = time.monotonic() + 40
    while "badge-sent" not in page.content() and time.monotonic() < deadline:
        time.sleep(1)
        page.reload()
    assert page.locator("td .badge-sent").count() == 1
    shoot(page, "outbox-desktop")
    follow_ups = [m for m in smtp_server.messages() if m.rcpt_tos == ["maria@acme.example"]]
    assert len(follow_ups) == 1
    sent = message_from_bytes(follow_ups[0].data, policy=policy.default)
    body = sent.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.strip() == written.split("\n\n", 1)[1].strip()  # the draft as saved, sent

    # every page at both widths, each checked by axe-core
    pages = {
        "today": "/",
        "interviews": "/interviews",
        "interview-form": "/interviews/new",
        "import": "/import",
        "round": round_url.replace(base, ""),
        "words": words_url.replace(base, ""),
        "outbox": "/outbox",
        "profile": "/profile",
        "settings": "/settings",
    }
    problems: dict[str, list[str]] = {}
    for width, size in WIDTHS.items():
        page.set_viewport_size(size)
        for name, path in pages.items():
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            shoot(page, f"{name}-{width}")
            if width == "phone":  # the first screen, as a phone shows it
                page.screenshot(path=str(SHOTS / f"{name}-phone-top.png"))
            if width == "desktop":
                found = axe_violations(page)
                if found:
                    problems[name] = found
            if width == "phone":
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth > window.innerWidth + 1"
                )
                assert not overflow, f"{name} is wider than a phone"
            if width == "phone" and name == "round":  # a week's timeline is seen whole
                fits = page.evaluate(
                    "(() => { const s = document.querySelector('svg.timeline');"
                    " const room = s.parentElement.clientWidth + 1;"
                    " return s.getBoundingClientRect().width <= room; })()"
                )
                assert fits, "the round's timeline is cut on a phone"
    assert problems == {}
    assert watch.alerts == []
    assert watch.errors == []
    context.close()


def test_forms_work_without_javascript(served: str, browser: Any) -> None:
    """Progressive enhancement: with JavaScript off, a form posts its hidden CSRF field and
    the server answers with a page (or a 303 to one) instead of an htmx fragment."""
    context = browser.new_context(viewport=WIDTHS["desktop"], java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    base = served.split("/?")[0]
    page.goto(served)
    assert page.url == base + "/"

    page.goto(base + "/profile")
    page.get_by_label("Name").fill("Sam Rivera")
    page.get_by_label("Email").fill("sam@example.org")
    page.get_by_role("button", name="Save the profile").click()
    page.get_by_text("Saved.").wait_for()
    assert page.url == base + "/profile"
    page.goto(base + "/profile")
    assert page.get_by_label("Name").input_value() == "Sam Rivera"

    page.goto(base + "/interviews/new")
    page.get_by_label("Company").fill("Acme Analytics")
    page.get_by_label(re.compile(r"^Role")).fill("Data Analyst")
    page.get_by_label("Interview date").fill("2026-11-19")
    page.get_by_label("Recruiter or coordinator").fill("Maria Gonzalez <maria@acme.example>")
    page.get_by_role("button", name="Save the interview").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    page.get_by_role("button", name="Mark done").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    assert "Follow-ups recorded" in page.inner_text("main")
    shoot(page, "round-without-javascript-desktop")
    context.close()

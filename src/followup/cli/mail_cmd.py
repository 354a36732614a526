"""The email commands: send, eml, mailto, schedule, outbox, cancel, worker, replies, reply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

F = TypeVar("F", bound=Callable[..., Any])
NOT_SENT_EXIT = 5  # the message did not (certainly) reach the server


def draft_option(f: F) -> F:
    return click.option(
        "--draft",
        "draft_id",
        type=options.DRAFT_ID,
        metavar="N",
        help="Use saved draft N (e.g. one of an --each panel) instead of the round's current "
        "email draft for the plan's recipient.",
    )(f)


def force_option(what: str) -> Callable[[F], F]:
    return click.option(
        "--force",
        is_flag=True,
        help=f"{what} even outside the plan's window (the interview day, before it opens, "
        "after it closes, on or after the employer's deadline).",
    )


def _addressed(item: dict[str, Any]) -> str:
    """`message #N to Name <address> (subject)`, as send and schedule say it."""
    name, email = item["to"]["name"], item["to"]["email"]
    to = f"{name} <{email}>" if name else email
    copied = ", ".join(f"{c['name']} <{c['email']}>" for c in item.get("cc", []))
    cc = f", cc {copied}" if copied else ""
    return f"message #{item['id']} to {to}{cc} ({item['subject'] or '(no subject)'})"


@click.command("send")
@options.round_id_argument()
@draft_option
@force_option("Send")
@options.json_option("Print the outbox message as JSON.")
@pass_app
def send_command(
    app: AppContext, round_id: int, draft_id: int | None, force: bool, json_out: bool
) -> int:
    """Send the round's follow-up email now over SMTP (smtp.* settings), exactly once.

    It goes to the draft's recipient, or to whom the round's notes say to write to, with the
    people they say to copy; where the notes say to phone, an email is refused unless
    --draft names one. The message is in the outbox before it goes out; if the connection
    breaks after the server may have taken it, it is marked unknown: look in your Sent
    folder before sending again."""
    from followup.services import sending

    result = sending.send_now(app.settings, round_id, draft_id, force)
    if json_out:
        app.renderer.json(result)
    elif result["state"] == "sent":
        filed = f", filed in {result['filed']}" if result.get("filed") else ""
        app.renderer.text(f"Sent {_addressed(result)}{filed}.")
        if result.get("route"):
            app.renderer.text(result["route"])
    if result.get("warning"):
        app.renderer.warn(f"sent outside the window: {result['warning']}")
    if result.get("filed_warning"):
        app.renderer.warn(f"not filed in Sent: {result['filed_warning']}")
    if result["state"] == "sent":
        return 0
    if result["state"] == "scheduled":
        app.renderer.warn(
            f"message #{result['id']} not sent yet ({result['error']}); it stays in the "
            f"outbox and 'followup worker' tries again from {result['next_try_at']}"
        )
    else:
        advice = f"; {result['advice']}" if result.get("advice") else ""
        from followup.cli.mail_views import error

        error(f"message #{result['id']} {result['state']}: {result['error']}{advice}")
    return NOT_SENT_EXIT


@click.command("eml")
@options.round_id_argument()
@draft_option
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Where to write the .eml (default: followup-ID.eml here; - prints it).",
)
@options.json_option("Print where it was written as JSON.")
@pass_app
def eml_command(
    app: AppContext, round_id: int, draft_id: int | None, output: str | None, json_out: bool
) -> None:
    """Write the follow-up as an unsent .eml that Outlook, Thunderbird and Apple Mail open
    ready to edit and send."""
    from followup.services import sending

    result = sending.eml(app.settings, round_id, draft_id, output)
    if json_out:
        app.renderer.json(result)
    elif result["path"] is None:
        app.renderer.text(result["text"].replace("\r\n", "\n").rstrip("\n"))
    else:
        app.renderer.text(f"Wrote {result['path']}: open it in your mail program to send.")


@click.command("mailto")
@options.round_id_argument()
@draft_option
@options.json_option("Print the link and the text as JSON.")
@pass_app
def mailto_command(app: AppContext, round_id: int, draft_id: int | None, json_out: bool) -> None:
    """Print a mailto: link for webmail, and the text to paste."""
    from followup.services import sending

    result = sending.mailto_link(app.settings, round_id, draft_id)
    if json_out:
        app.renderer.json(result)
        return
    app.renderer.text(result["link"])
    app.renderer.text(f"\nTo: {result['to_name']} <{result['to']}>")
    app.renderer.text(f"Subject: {result['subject']}\n")
    app.renderer.text(result["body"].rstrip("\n"))


@click.command("schedule")
@options.round_id_argument()
@draft_option
@click.option(
    "--at",
    metavar="ISO-DATETIME",
    help="When to send, e.g. 2026-11-23T10:00 (the recipient's time when no offset is "
    "given). Default: the plan's send_at.",
)
@force_option("Schedule")
@options.today_option
@options.json_option("Print the outbox message as JSON.")
@pass_app
def schedule_command(
    app: AppContext, round_id: int, draft_id: int | None, at: str | None, force: bool,
    today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Put the follow-up in the outbox for the plan's send time (or --at); 'followup
    worker' sends it. Confirms a held message of the round with the new time."""
    from followup.services import sending

    result = sending.schedule(app.settings, round_id, draft_id, at, force, today)
    if json_out:
        app.renderer.json(result)
    else:
        app.renderer.text(f"Scheduled {_addressed(result)} for {result['local_time']}.")
    if result.get("warning"):
        app.renderer.warn(f"scheduled outside the window: {result['warning']}")
    if result.get("note"):
        app.renderer.warn(result["note"])


@click.command("outbox")
@click.option(
    "--state",
    "states",
    multiple=True,
    metavar="STATE",
    help="Only messages in this state: scheduled, sending, sent, failed, cancelled, unknown "
    "(repeat for several).",
)
@options.json_option("Print the messages as JSON.")
@pass_app
def outbox_command(app: AppContext, states: tuple[str, ...], json_out: bool) -> None:
    """List the outbox: every message with its state, and what to do where needed."""
    from followup.services import sending

    items = sending.outbox(app.settings, options.listed(states) or ())
    if json_out:
        app.renderer.json(items)
        return
    from followup.cli.mail_views import show_outbox

    show_outbox(app.renderer, items)


@click.command("cancel")
@click.argument(
    "round_id",
    metavar="[ID]",
    required=False,
    type=options.ROUND_ID,
    help="The round whose scheduled messages to cancel (see followup outbox).",
)
@click.option("--message", type=int, metavar="N", help="Cancel only outbox message N.")
@options.json_option("Print the ids cancelled as JSON.")
@pass_app
def cancel_command(
    app: AppContext, round_id: int | None, message: int | None, json_out: bool
) -> None:
    """Take the scheduled messages of round ID (or message N) out of the outbox."""
    from followup.services import sending

    cancelled = sending.cancel(app.settings, round_id, message)
    if json_out:
        app.renderer.json({"cancelled": cancelled})
    elif cancelled:
        app.renderer.text(f"Cancelled {', '.join(f'#{i}' for i in cancelled)}.")
    else:
        app.renderer.text("Nothing was scheduled for that round.")


@click.command("worker")
@click.option("--once", is_flag=True, help="Send what is due now, then exit.")
@options.json_option("Print what each pass did as JSON (one line per pass).")
@pass_app
def worker_command(app: AppContext, once: bool, json_out: bool) -> int:
    """Send due messages from the outbox, and read replies every few minutes when IMAP is
    set up (outbox.* settings); keeps running until stopped. Several may run at once."""
    from followup.cli.mail_views import pass_report, run_forever
    from followup.services import sending

    if once:
        done = sending.work_once(app.settings)
        pass_report(app.renderer, done.to_dict(), json_out, quiet=False)
        return 1 if done.errors else 0
    return run_forever(app, json_out)


@click.command("replies")
@options.json_option("Print what was found as JSON.")
@pass_app
def replies_command(app: AppContext, json_out: bool) -> None:
    """Read your mailbox (imap.* settings) for replies to sent follow-ups: a reply ends the
    waiting and cancels what is still scheduled; automatic replies are shown, not counted."""
    from followup.services import replies

    found = replies.poll(app.settings)
    if json_out:
        app.renderer.json(found)
        return
    from followup.cli.mail_views import show_replies

    show_replies(app.renderer, found)


@click.command("reply")
@options.round_id_argument()
@click.option(
    "--outcome",
    type=click.Choice(["next-round", "offer", "rejected", "other"]),
    help="What they said: next-round, offer, rejected or other (offer and rejected set the "
    "application's status).",
)
@click.option("--note", metavar="TEXT", help="A note about the reply.")
@options.today_option
@options.json_option("Print the recorded reply as JSON.")
@pass_app
def reply_command(
    app: AppContext, round_id: int, outcome: str | None, note: str | None, today: str | None,
    json_out: bool,
) -> None:  # fmt: skip
    """Record that the employer replied: the round stops waiting and anything scheduled for
    it is cancelled."""
    from followup.services import replies

    result = replies.record_reply(app.settings, round_id, outcome, note, today)
    if json_out:
        app.renderer.json(result)
        return
    from followup.cli.mail_views import show_reply

    show_reply(app.renderer, result)

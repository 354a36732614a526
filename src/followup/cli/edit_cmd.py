"""`followup edit ID`: change what was recorded about a round."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("edit")
@options.round_id_argument()
@click.option("--company", metavar="TEXT", help="Move the round to this employer.")
@click.option("--role", metavar="TEXT", help="Move it to this position.")
@options.interviewed_option
@options.time_option
@click.option("--tz", metavar="ZONE", help=f"{options.TZ_HELP}.")
@options.format_option
@click.option("--channel", metavar="CHANNEL", help=options.CHANNEL_HELP)
@options.deadline_option
@click.option("--country", metavar="COUNTRY", help="Country, name or code: Germany, DE.")
@click.option("--subdiv", metavar="REGION", help="State or region, name or code: Ontario, ON.")
@click.option(
    "--coordinator",
    "--contact",
    metavar="PERSON",
    help=f"Replace who arranged the interview or handled the calls: {options.PERSON_FORMS}.",
)
@click.option(
    "--interviewer",
    multiple=True,
    metavar="PERSON",
    help=f"Replace the interviewers with these (repeat): {options.PERSON_FORMS}.",
)
@click.option("--topic", multiple=True, metavar="TEXT", help="Replace the topics (repeat).")
@click.option("--item", multiple=True, metavar="TEXT", help="Replace the items (repeat).")
@click.option("--note", metavar="TEXT", help="Replace the notes.")
@click.option(
    "--reword",
    nargs=2,
    multiple=True,
    metavar="TOPIC WORDS",
    help="Say one topic or item in your own words, as you would say it to them: the topic "
    "as recorded (or enough of its start), then the words (repeat).",
)
@click.option(
    "--line",
    nargs=2,
    multiple=True,
    metavar="PERSON WORDS",
    help="One line of your own for one reader's note (what stayed with you, what you would "
    "add), said as you type it in their note only: their name (or a unique start of it), then "
    "the words; empty words take the line away (repeat).",
)
@click.option(
    "--topic-kind",
    nargs=2,
    multiple=True,
    metavar="TOPIC KIND",
    help="Say what kind of thing a topic is, where the draft reads it wrong: the topic as "
    "recorded (or enough of its start), then plan, challenge, process, exercise (your own "
    "task, test or presentation), question (theirs to you), story, item, event or topic "
    "(unclear) (repeat).",
)
@click.option(
    "--status",
    metavar="STATUS",
    help="The application's state: active, offer, rejected, withdrawn, ghosted.",
)
@options.job_url_option
@options.address_option
@options.person_address_option
@click.option(
    "--qualification",
    multiple=True,
    metavar="TEXT",
    help="Replace this application's qualifications with these (repeat).",
)
@click.option(
    "--clear",
    multiple=True,
    metavar="FIELD",
    help="Empty a field: time, tz, deadline, subdiv, coordinator, "
    "interviewers, topics, items, notes, job_url, address, qualifications (repeat).",
)
@options.yes_option
@options.today_option
@options.json_option(options.JSON_RECORD)
@pass_app
def edit_command(
    app: AppContext, round_id: int, company: str | None, role: str | None,
    interviewed: str | None, time: str | None, tz: str | None, format: str | None,
    channel: str | None, deadline: str | None, country: str | None, subdiv: str | None,
    coordinator: str | None, interviewer: tuple[str, ...], topic: tuple[str, ...],
    item: tuple[str, ...], note: str | None, reword: tuple[tuple[str, str], ...],
    line: tuple[tuple[str, str], ...], topic_kind: tuple[tuple[str, str], ...],
    status: str | None, job_url: str | None,
    address: str | None, person_address: tuple[tuple[str, str], ...],
    qualification: tuple[str, ...], clear: tuple[str, ...], yes: bool, today: str | None,
    json_out: bool,
) -> None:  # fmt: skip
    """Change a recorded round: only the options given change."""
    from followup.cli.asking import settle
    from followup.services import records

    changes = records.RoundChanges(
        company, role, interviewed, time, tz, format, channel, deadline, country, subdiv,
        coordinator, options.listed(interviewer), options.listed(topic), options.listed(item),
        note, status, job_url, address, options.listed(qualification), list(person_address),
        list(clear), yes, list(reword), list(topic_kind),
    )  # fmt: skip
    if line:  # stored first: the record shown below holds the lines
        from followup.services import drafting

        drafting.add_lines(app.settings, round_id, dict(line))
    record = settle(lambda c: records.edit_round(app.settings, round_id, c, today), changes)
    app.renderer.stored(f"round #{round_id} is changed")
    typed = {"coordinator"} if coordinator else set()  # people typed now
    typed |= {"interviewer"} if interviewer else set()
    for notice in records.phone_notices([p for p in record["people"] if p["role"] in typed]):
        app.renderer.warn(notice)
    if json_out:
        app.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        show_record(app.renderer, record)

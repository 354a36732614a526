"""Human views of drafts, in plain text (cli/layout.py): imported only when a person reads
the output. Stored text is printed as it is, through `Renderer.text`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.cli import layout
from followup.cli.render import Renderer
from followup.core.plan import fmt_day

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.services.drafting import Batch, Written


def _verdict(w: Written) -> str:
    return "not checked" if w.verdict is None else w.verdict


def _jot_start(recorded: str, words: int = 4) -> str:
    said = recorded.split()
    return "'" + " ".join(said[:words]) + ("…'" if len(said) > words else "'")


def _lines(out: Renderer, lines: Sequence[str]) -> None:
    for line in lines:
        out.text(line)


def show_written(out: Renderer, w: Written, said: set[str] | None = None) -> None:
    """One draft: whom it is for, its subject, the text between two rules (wrapped at
    spaces to the terminal), then timings, reasons, warnings and the checker's issues. A
    warning or question already in `said` (shown with another note of the same batch) is
    not shown again; those shown are added to it."""
    from followup.core.text import with_round

    said = set() if said is None else said
    d = w.draft
    size = layout.width()
    from followup.core.phrasing import person_name  # 'wen-li o'hara' is Wen-Li O'Hara

    to = person_name(d.to_name) if d.to_name else "unknown"
    head = [f"{d.kind} to {to}" + (f" <{d.to_email}>" if d.to_email else "")]
    if d.id is not None:
        head.append(f"draft #{d.id}")
    head.append(_verdict(w))
    _lines(out, layout.flow(head, size, sep="   "))
    if w.purpose:
        _lines(out, layout.wrap(f"{w.purpose}.", size, "For: "))
    if w.topic:
        start = " ".join(w.topic.get("recorded", w.topic["phrase"]).split()[:2]).rstrip(":,;")
        about = (
            f"{w.topic['phrase']} ({w.topic['kind_label']}; another kind: followup edit "
            f"{d.round_id or 'ID'} --topic-kind '{start}' KIND)"
        )
        _lines(out, layout.wrap(about, size, "About: "))
    if d.subject:
        _lines(out, layout.wrap(d.subject, size, "Subject: "))
    out.text(layout.rule(size))
    _lines(out, layout.wrap(d.body.strip("\n"), size))
    out.text(layout.rule(size))
    if w.speaking_seconds is not None:
        out.text(f"Speaking time: about {w.speaking_seconds} s")
    if w.voicemail is not None:
        out.text(
            f"Voicemail: {w.voicemail['words']} words, about {w.voicemail['speaking_seconds']} s"
        )
    if d.kind == "card" and w.mail_by is not None and not w.post_late:
        out.text(f"Post the card by {fmt_day(w.post_by or w.mail_by)}.")
    for reason in w.reasons:
        _lines(out, layout.wrap(reason, size, "- "))
    for warning in w.warnings:
        if warning not in said:
            said.add(warning)
            _lines(out, layout.wrap(with_round(warning, d.round_id), size, "! "))
    for doubt in w.doubts:
        why = "; ".join(doubt["doubts"])
        reword = (
            "followup edit ID --reword "
            f"{_quoted(doubt['recorded'])} '…' (or draft in a terminal, which asks)"
        )
        if not doubt.get("ask", True):
            text = f"left out: '{doubt['recorded']}' ({why})"
        elif doubt.get("left_out"):
            text = (
                f"left out: '{doubt['recorded']}' ({why}); to have a note say it, give the "
                f"words as you would say them to them: {reword}"
            )
        else:
            text = (
                f"'{doubt['recorded']}' is said only as '{doubt['phrase']}' ({why}); to say "
                f"more, give your own words: {reword}"
            )
        if text not in said:
            said.add(text)
            _lines(out, layout.wrap(with_round(text, d.round_id), size, "? "))
    if w.check is not None:
        for issue in w.check.get("issues", []):
            text = f"{issue.get('code')}: {issue.get('message', '')} ({issue.get('excerpt', '')!r})"
            _lines(out, layout.wrap(text, size, "  ", "    "))


def show_batch(out: Renderer, batch: Batch) -> None:
    size = layout.width()
    said: set[str] = set()  # a warning the notes share is shown once, with the first
    for index, w in enumerate(batch.written):
        if index:
            out.text()
        show_written(out, w, said)
    if len(batch.written) > 1:
        worst = max((p["jaccard"] for p in batch.similarity), default=0.0)
        copies = sum(1 for p in batch.similarity if p["near_copy"])
        text = (
            f"Personal notes: highest word 3-gram similarity {worst:.2f} "
            f"(limit {batch.measure.get('max_jaccard', 0):.2f}); "
            f"{copies} near-cop{'y' if copies == 1 else 'ies'}."
        )
        _lines(out, layout.wrap(text, size))
    said_topics = [t for t in batch.topics if t["said"] and t["kind"] != "item"]
    if said_topics and batch.written:
        read = "; ".join(f"{_jot_start(t['recorded'])}: {t['kind_label']}" for t in said_topics)
        first = " ".join(said_topics[0]["recorded"].split()[:2]).rstrip(":,;")
        rid = batch.written[0].draft.round_id or "ID"
        text = (
            f"Topics read as: {read}. If one is wrong: followup edit {rid} --topic-kind "
            f"'{first}' KIND (plan, challenge, process, exercise, question, story, event, topic)."
        )
        _lines(out, layout.wrap(text, size))
    saved = [w.draft.id for w in batch.written if w.draft.id is not None]
    if saved:
        if len(saved) == 1:
            text = f"Saved as draft #{saved[0]}; edit it with 'followup draft edit {saved[0]}'."
        else:
            ids = ", ".join(f"#{i}" for i in saved)
            others = ", ".join(str(i) for i in saved[1:])
            text = (
                f"Saved as drafts {ids}; edit one with 'followup draft edit {saved[0]}' "
                f"(or {others})."
            )
        _lines(out, layout.wrap(text, size))


LIST_COLUMNS = ("id", "kind", "to", "subject / first line", "words", "verdict")


def show_list(out: Renderer, batch: Batch) -> None:
    if not batch.written:
        out.text("No drafts for this round yet; write one with 'followup draft ID'.")
        return
    rows = []
    for w in batch.written:
        d = w.draft
        first = d.subject or next((ln for ln in d.body.splitlines() if ln.strip()), "")
        first = first if len(first) <= 60 else first[:59].rstrip() + "…"
        rows.append(
            (str(d.id), d.kind, d.to_name or "", first, str(len(d.body.split())), _verdict(w))
        )
    _lines(out, layout.table(LIST_COLUMNS, rows, wraps=(2, 3), right=(0, 4)))


def show_templates(out: Renderer, settings: Settings, json_out: bool) -> None:
    from followup.services import drafting

    report = drafting.template_report(settings)
    if json_out:
        out.json(report)
        return
    size = layout.width()
    _lines(out, layout.pairs([
        ("Built-in templates:", str(report["builtin"])),
        ("Your templates:", f"{report['user']}  (a file here replaces the built-in one)"),
        ("Drafting data:", f"{report['data']}  (overrides data/drafting.toml)"),
    ], size))  # fmt: skip
    rows = [
        (t["name"], str(t["path"]), "yes" if t["overridden"] else "") for t in report["templates"]
    ]
    _lines(out, layout.table(("template", "used file", "yours"), rows, size=size))
    out.text("Fields a template can use (f.<name>):")
    for field in report["fields"]:
        _lines(
            out,
            layout.wrap(
                f"f.{field['name']}: {field['description']}".rstrip(": "), size, "  ", "    "
            ),
        )
    _lines(out, layout.wrap(
        "Copy a template to your folder and edit it; user templates run in a sandbox "
        "(no Python attributes or code).",
        size,
    ))  # fmt: skip


def _quoted(text: str) -> str:
    """A recorded topic as the shell takes it back (quoted, with its own quotes escaped)."""
    return "'" + text.replace("'", "'\\''") + "'"

"""Human views of drafts (Rich). Imported only when a person reads the output."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from followup.cli.render import Renderer
from followup.core.plan import fmt_day

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.services.drafting import Batch, Written

VERDICT_STYLE = {"ready": "bold green", "revise": "bold yellow"}


def _verdict(w: Written) -> Text:
    if w.verdict is None:
        return Text("not checked", style="dim")
    return Text(w.verdict, style=VERDICT_STYLE.get(w.verdict, ""))


def show_written(out: Renderer, w: Written) -> None:
    d = w.draft
    head = Text()
    head.append(d.kind, style="bold cyan")
    head.append(f" to {d.to_name or 'unknown'}")
    if d.to_email:
        head.append(f" <{d.to_email}>")
    if d.id is not None:
        head.append(f"   draft #{d.id}", style="dim")
    head.append("   ")
    head.append_text(_verdict(w))
    out.print(head)
    if w.purpose:
        out.print(Text(f"For: {w.purpose}.", style="dim"))
    if w.topic:
        out.print(
            Text(
                f"About: {w.topic['phrase']} ({w.topic['kind_label']}; another kind: write the "
                "topic as 'challenge: …', 'plan: …', 'process: …', 'exercise: …' or 'story: …')",
                style="dim",
            )
        )
    if d.subject:
        out.print(Text(f"Subject: {d.subject}", style="bold"))
    out.print(Panel(Text(d.body.rstrip("\n")), expand=False))
    if w.speaking_seconds is not None:
        out.print(f"Speaking time: about {w.speaking_seconds} s")
    if w.voicemail is not None:
        out.print(
            f"Voicemail: {w.voicemail['words']} words, about {w.voicemail['speaking_seconds']} s"
        )
    if d.kind == "card" and w.mail_by is not None:
        out.print(Text(f"Post the card by {fmt_day(w.mail_by)}.", style="bold"))
    for reason in w.reasons:
        out.print(Text(f"- {reason}", style="yellow"))
    for warning in w.warnings:
        out.print(Text(f"! {warning}", style="yellow"))
    for doubt in w.doubts:
        out.print(
            Text(
                f"? '{doubt['recorded']}' was written as '{doubt['phrase']}' "
                f"({'; '.join(doubt['doubts'])}): say it your way with 'followup edit ID "
                "--topic …' or in a terminal when drafting",
                style="yellow",
            )
        )
    if w.check is not None:
        for issue in w.check.get("issues", []):
            out.print(
                Text(
                    f"  {issue.get('code')}: {issue.get('message', '')} "
                    f"({issue.get('excerpt', '')!r})",
                    style="yellow",
                )
            )


def show_batch(out: Renderer, batch: Batch) -> None:
    for index, w in enumerate(batch.written):
        if index:
            out.print("")
        show_written(out, w)
    if len(batch.written) > 1:
        worst = max((p["jaccard"] for p in batch.similarity), default=0.0)
        copies = sum(1 for p in batch.similarity if p["near_copy"])
        out.print(
            Text(
                f"Personal notes: highest word 3-gram similarity {worst:.2f} "
                f"(limit {batch.measure.get('max_jaccard', 0):.2f}); "
                f"{copies} near-cop{'y' if copies == 1 else 'ies'}.",
                style="dim" if not copies else "yellow",
            )
        )
    saved = [w.draft.id for w in batch.written if w.draft.id is not None]
    if saved:
        ids = ", ".join(f"#{i}" for i in saved)
        out.print(Text(f"Saved as draft {ids}; edit with 'followup draft edit ID'.", style="dim"))


def show_list(out: Renderer, batch: Batch) -> None:
    if not batch.written:
        out.text("No drafts for this round yet; write one with 'followup draft ID'.")
        return
    table = Table("id", "kind", "to", "subject / first line", "words", "verdict")
    for w in batch.written:
        d = w.draft
        first = d.subject or next((ln for ln in d.body.splitlines() if ln.strip()), "")
        table.add_row(
            str(d.id),
            d.kind,
            d.to_name or "",
            Text(first[:60]),
            str(len(d.body.split())),
            _verdict(w),
        )
    out.print(table)


def show_templates(out: Renderer, settings: Settings, json_out: bool) -> None:
    from followup.services import drafting

    report = drafting.template_report(settings)
    if json_out:
        out.json(report)
        return
    # Paths are shown as plain text (a "[" in a folder name is not markup).
    out.print(Text(f"Built-in templates: {report['builtin']}"))
    out.print(
        Text(f"Your templates:     {report['user']}  (a file here replaces the built-in one)")
    )
    out.print(Text(f"Drafting data:      {report['data']}  (overrides data/drafting.toml)"))
    table = Table("template", "used file", "yours")
    for t in report["templates"]:
        table.add_row(t["name"], Text(t["path"]), "yes" if t["overridden"] else "")
    out.print(table)
    out.print(Text("Fields a template can use (f.<name>):"))
    for field in report["fields"]:
        out.print(Text(f"  f.{field['name']}: {field['description']}".rstrip(": ")))
    out.print(
        "Copy a template to your folder and edit it; user templates run in a sandbox "
        "(no Python attributes or code)."
    )

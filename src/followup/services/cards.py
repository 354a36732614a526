"""`followup card ID`: the thank-you card as a PDF to copy by hand, with its envelope.

The cards are for the plan's recipient, or with --each one per interviewer; the words are
the newest card draft to that person (as the user edited it; written now when there is
none); the envelope carries the recipient's name, title, company and postal
address (the person's own, else the company's) and the candidate's name and address; the
post-by date is the plan's `mail_by` (SPEC §2), moved earlier past a Sunday or a public
holiday of the recipient's country, when no post is collected.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core.errors import Conflict, FollowupError, InvalidInput
from followup.core.models import Draft, Interview, Person, Profile
from followup.core.person_names import person_name
from followup.core.plan import recipient_for
from followup.delivery.card import CardSheet, card_pdf
from followup.delivery.files import write_atomic
from followup.services import planning, records
from followup.store import db


def post_by(settings: Settings, interview: Interview, mail_by: date | None) -> date | None:
    """The last day to post the card: `mail_by`, or the day before it when it is a Sunday
    or a public holiday where the card is posted (planning.posting_day)."""
    return planning.posting_day(interview, mail_by)


def _lines(address: str | None) -> list[str]:
    return [line.strip() for line in (address or "").splitlines() if line.strip()]


def _person(interview: Interview, draft: Draft) -> Person | None:
    name = (draft.to_name or "").casefold()
    return next((p for p in interview.people if p.name.casefold() == name), None)


def sheet_for(
    interview: Interview, profile: Profile, draft: Draft, day: date | None, round_id: int
) -> CardSheet:
    """The card's words and envelope for one card draft."""
    person = _person(interview, draft)
    warnings: list[str] = []
    # the envelope writes the name as a name ('pieter van der berg' -> 'Pieter van der Berg')
    to_lines = [person_name(draft.to_name or (person.name if person else ""))]
    if person is not None and person.title:
        to_lines.append(person.title)
    to_lines.append(interview.company)
    address = _lines(person.address if person and person.address else interview.address)
    if not address:
        warnings.append(
            f"no postal address for {interview.company}: the envelope leaves room to write it "
            f"(or add it: followup edit {round_id} --address '…')"
        )
    from_address = _lines(profile.address)
    if not from_address:
        warnings.append(
            "your own address is not recorded: the envelope shows your name only "
            "(add it: followup profile --address '…')"
        )
    return CardSheet(
        text=draft.body,
        envelope_to=tuple([*to_lines, *address]),
        envelope_from=tuple([profile.name, *from_address]),
        post_by=day,
        warnings=tuple(warnings),
    )


def _card_drafts(
    settings: Settings,
    round_id: int,
    to: str | None,
    each: bool,
    today: str | None,
    save: bool = True,
) -> list[Draft]:
    """One card draft per person the cards are for (--to that person, --each every
    interviewer, else the plan's recipient), in the record's order: the newest stored card
    draft to that person (as the user edited it), else one written now (stored unless `save`
    is False). Which drafts are stored never changes who gets a card."""
    interview = records.get_interview(settings, round_id)
    if each and to is not None:
        raise InvalidInput("give either --each or --to, not both")
    if each:
        if not interview.interviewers:
            raise InvalidInput("no interviewers are recorded for this round, so --each has no one")
        people = list(interview.interviewers)  # the plan's recipient among them
    elif to is not None:
        from followup.core.compose import find_person

        people = [find_person(interview, to)]
    else:
        plan = planning.Planner(settings, planning.today_for(settings, today))(interview)
        if plan is None:
            raise InvalidInput("no plan for this round")
        people = [recipient_for(plan, interview)]  # as drafting.recipients picks a card's
    newest: dict[str, Draft] = {}
    for draft in records.list_drafts(settings, round_id):  # oldest first: the last one wins
        if draft.kind == "card":
            newest[(draft.to_name or "").casefold()] = draft

    def missing() -> list[Person]:
        return [p for p in people if p.name.casefold() not in newest]

    def keep(batch: Any) -> None:
        for w in batch.written:
            key = (w.draft.to_name or "").casefold()
            if key not in newest:
                newest[key] = records.save_draft(settings, w.draft) if save else w.draft

    if not missing():
        return [newest[p.name.casefold()] for p in people]
    from followup.services import drafting  # the drafting stack, only when a card is written

    if each:  # the panel's notes are written together, as `draft --each` does
        with suppress(InvalidInput):  # the only interviewer is the plan's recipient: below
            keep(drafting.write_drafts(settings, round_id, kind="card", each=True, today=today,
                                       save=False))  # fmt: skip
    for person in missing():  # the plan's recipient's card, or the one asked for (--to)
        keep(drafting.write_drafts(settings, round_id, kind="card", to=person.name,
                                   today=today, save=False))  # fmt: skip
    return [newest[p.name.casefold()] for p in people if p.name.casefold() in newest]


def default_name(interview: Interview) -> Path:
    """thank-you-card-COMPANY.pdf: the company's name in lower case, its Latin letters
    without accents ('Société Générale' -> societe-generale, 'Tōkyō' -> tokyo, 'Øresund' ->
    oresund), letters of other scripts kept as they are ('東京データ'), anything else a dash;
    at most 40 characters, cut at a dash where it can be."""
    slug = re.sub(r"[\W_]+", "-", latin_ascii(interview.company).casefold()).strip("-")
    if len(slug) > 40:
        cut = slug[:41].rfind("-")
        slug = slug[: cut if cut >= 20 else 40].strip("-")
    return Path(f"thank-you-card-{slug or 'card'}.pdf")


def latin_ascii(text: str) -> str:
    """`text` with each accented Latin letter written in plain ASCII (é -> e, ō -> o, ß ->
    ss, ø -> o, Ł -> L); other characters as they are. Unicode decomposition (NFKD) does
    most; the letters it leaves (ß, ø, æ, ł, đ, þ, …) are transliterated by anyascii."""
    import unicodedata

    def decomposed(char: str) -> str:  # é -> e; a kana's voicing mark stays on it
        if char.isascii():
            return char
        base = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in base if not unicodedata.combining(c))
        return base if base.isascii() else char

    plain = "".join(decomposed(c) for c in text)
    if plain.isascii():
        return plain

    def latin(char: str) -> bool:
        return not char.isascii() and unicodedata.name(char, "").startswith("LATIN")

    if not any(latin(c) for c in plain):
        return plain
    from anyascii import anyascii

    return "".join(anyascii(c) if latin(c) else c for c in plain)


def card_document(
    settings: Settings,
    round_id: int,
    size: str = "a6",
    to: str | None = None,
    each: bool = False,
    today: str | None = None,
    save: bool = True,
) -> tuple[bytes, dict[str, Any]]:
    """The card PDF's bytes and {"size", "pages", "fonts", "cards": [{"draft_id", "to",
    "post_by", "warnings"}]}. A card draft is written when the round has none (and stored
    unless `save` is False). InvalidInput for a bad size or text no font can show."""
    size = size.lower()
    if size not in ("a6", "a2"):
        raise InvalidInput(f"--size: {size!r} is not one of a6, a2")
    interview = records.get_interview(settings, round_id)
    profile = records.get_profile(settings)
    try:
        plan = planning.plan_stored(settings, round_id, planning.today_for(settings, today))
        mail_by = next((e.mail_by for e in plan.extras if e.kind == "card"), None)
    except FollowupError:
        mail_by = None
    day = post_by(settings, interview, mail_by)
    drafts = _card_drafts(settings, round_id, to, each, today, save)
    sheets = [sheet_for(interview, profile, d, day, round_id) for d in drafts]
    data, fonts = card_pdf(sheets, size)
    return data, {
        "size": size,
        "pages": 2 * len(sheets),
        "fonts": fonts,
        "cards": [
            {
                "draft_id": d.id,
                "to": d.to_name,
                "post_by": day.isoformat() if day else None,
                "warnings": list(s.warnings),
            }
            for d, s in zip(drafts, sheets, strict=True)
        ],
    }


def output_path(settings: Settings, round_id: int, output: Path | None) -> Path:
    """Where `card_file` writes: `output`, else thank-you-card-COMPANY.pdf here."""
    return output or default_name(records.get_interview(settings, round_id))


def card_file(
    settings: Settings,
    round_id: int,
    output: Path | None = None,
    size: str = "a6",
    to: str | None = None,
    each: bool = False,
    today: str | None = None,
    replace: bool = False,
) -> dict[str, Any]:
    """Write the card PDF (atomically, 0600) to `output_path(…)`; {"path", "size", "pages",
    "fonts", "cards"}. Conflict (nothing written) when the file exists and `replace` is
    False; InvalidInput when it is the database or a folder."""
    path = output_path(settings, round_id, output)
    db.refuse_overwrite(settings.db_url, path)
    if path.is_dir():
        raise InvalidInput(f"--output: {path} is a folder; give a file name")
    if path.is_file() and not replace:
        raise Conflict(f"{path} already exists: give --force to write over it, or -o another file")
    data, info = card_document(settings, round_id, size, to, each, today)
    write_atomic(path, data)
    return {"path": str(path), **info}

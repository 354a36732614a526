"""A note names only people (issue 10, point 2): in a roll-call of the panel ('I was glad to meet
you alongside …'), someone the record knows only by a job or a department ('tyrell -
development associate' typed so that only the job survived) is never named as if it were a
first name ('Nadia, Development and the others'); the roll-call names the people it can. New
wording: a library's panel of six."""

from __future__ import annotations

from followup.core import compose
from followup.core.models import Person


def _panel() -> list[Person]:
    return [
        Person("Ingrid Solberg", "ingrid@library.example", title="Head of Libraries"),
        Person("Paul Ferreira", "paul@library.example", title="Finance Lead"),
        Person("Outreach Coordinator", "", title="would be my deputy"),
        Person("Yusuf Adeyinka", "yusuf@library.example", title="Digital Services"),
        Person("Collections Manager", "", title="sat in"),
        Person("Mei Chen", "mei@library.example", title="Trustee"),
    ]


def test_a_job_title_is_never_named_in_a_roll_call() -> None:
    panel = _panel()
    for reader in panel:
        said = compose._met_with(panel, reader, True) or ""
        assert "Outreach" not in said and "Collections" not in said, (reader.name, said)

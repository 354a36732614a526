"""`followup draft` names each recipient as a name in its header line, whatever case it was
typed in ('ines da silva' -> Ines da Silva), as the For: line and the letter do (s15)."""

from __future__ import annotations


def test_the_draft_header_writes_a_lower_case_name_as_a_name(cli) -> None:
    res = cli(
        "profile", "--name", "Tamsin Achebe", "--email", "tamsin@post.example",
        "--qualification", "Four years dispatching for a regional courier",
    )  # fmt: skip
    assert res.code == 0, res.err
    res = cli(
        "add", "--company", "Orchard Lane Couriers", "--role", "Dispatcher",
        "--interviewed", "2026-11-16", "--format", "in-person", "--channel", "email",
        "--country", "US", "--tz", "America/Chicago",
        "--interviewer", "ines da silva <ines@orchardlane.example>",
        "--interviewer", "rory mcbride <rory@orchardlane.example>",
        "--topic", "the new route board", "--today", "2026-11-18",
    )  # fmt: skip
    assert res.code == 0, res.err
    res = cli("draft", "1", "--each", "--no-save", "--today", "2026-11-19")
    assert res.code == 0, res.err
    assert "email to Rory McBride <rory@orchardlane.example>" in res.out, res.out
    assert "rory mcbride" not in res.out.split("────")[0]

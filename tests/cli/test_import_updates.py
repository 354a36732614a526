"""One invite, one round: importing it again or a later SEQUENCE updates the round it made;
a cancellation offers to delete that round and never records one (a real SQLite file)."""

from __future__ import annotations

from pathlib import Path

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "invites"
TODAY = ("--today", "2026-11-30")


def dev(name: str) -> str:
    return str(DEV / name)


def rounds(cli) -> list[dict]:
    return cli("list", "--json", *TODAY).json()


def test_the_same_invite_twice_is_one_round(cli):
    first = cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json")
    assert first.code == 0, first.err
    assert first.json()["action"] == "create"
    again = cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json")
    assert again.code == 0, again.err
    assert (again.json()["action"], again.json()["id"]) == ("update", first.json()["id"])
    assert len(rounds(cli)) == 1


def test_a_later_sequence_updates_the_stored_round_and_keeps_what_the_user_added(cli):
    first = cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json").json()
    round_id = str(first["id"])
    assert cli("edit", round_id, "--topic", "the churn dashboard", *TODAY).code == 0
    preview = cli("import", dev("update_weurope_nl.ics"), "--dry-run", *TODAY, "--json").json()
    assert (preview["action"], preview["round_id"]) == ("update", first["id"])
    update = cli("import", dev("update_weurope_nl.ics"), *TODAY, "--json")
    assert update.code == 0, update.err
    record = cli("show", round_id, "--json", *TODAY).json()
    assert (record["time"], record["tz"]) == ("15:00", "Europe/Amsterdam")
    assert record["topics"] == ["the churn dashboard"]
    assert len(rounds(cli)) == 1
    # the older invite again changes nothing
    older = cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json").json()
    assert older["action"] == "unchanged"
    assert cli("show", round_id, "--json", *TODAY).json()["time"] == "15:00"


def test_a_cancellation_offers_to_delete_and_never_records_a_round(cli):
    # nothing stored: a cancellation records nothing
    alone = cli("import", dev("cancel_weurope_nl.ics"), *TODAY, "--json")
    assert alone.code == 0, alone.err
    assert (alone.json()["action"], alone.json()["source"]["status"]) == ("none", "cancelled")
    assert rounds(cli) == []
    round_id = cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json").json()["id"]
    # without a terminal and without --yes: offered, not done
    kept = cli("import", dev("cancel_weurope_nl.ics"), *TODAY, "--json").json()
    assert (kept["action"], kept["round_id"], kept["deleted"]) == ("cancel", round_id, False)
    assert any("--yes" in note for note in kept["source"]["notes"])
    assert len(rounds(cli)) == 1
    human = cli("import", dev("cancel_weurope_nl.ics"), *TODAY)
    assert human.code == 0 and "cancels" in human.out
    done = cli("import", dev("cancel_weurope_nl.ics"), "--yes", *TODAY, "--json").json()
    assert (done["action"], done["deleted"]) == ("cancel", True)
    assert rounds(cli) == []


def test_an_older_copy_says_unchanged_in_words_as_in_json(cli):
    cli("import", dev("outlook_weurope_nl.ics"), *TODAY, "--json")
    cli("import", dev("update_weurope_nl.ics"), *TODAY, "--json")
    older = cli("import", dev("outlook_weurope_nl.ics"), *TODAY)
    assert older.code == 0, older.err
    assert "Unchanged" in older.out and "Updated" not in older.out
    newer = cli("import", dev("update_weurope_nl.ics"), *TODAY)
    assert "Updated" in newer.out

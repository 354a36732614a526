"""What a follow-up needs, held by the record on a real SQLite file: people with phone and
title, postal addresses, qualifications per application; carried by export and restore."""

from __future__ import annotations

import json

import pytest

from followup.config import load_settings
from followup.core.errors import InvalidInput
from followup.services import records as R


@pytest.fixture
def settings():
    return load_settings()


def typed(**changes):
    given = R.RoundInput(
        company="Acme",
        role="Data Analyst",
        interviewed="2026-11-19",
        format="in-person",
        channel="phone",
        coordinator="Maria Gonzalez (Recruiter), maria@acme.example, 617 555 0199",
        interviewers=["Dr. Helen Moss (Head of Research) <helen@acme.example> +1 617 555 0100"],
        address="Acme Corp\n100 Main Street\nBoston, MA 02110",
        qualifications=["Built the churn dashboard used by 40 account managers"],
        person_addresses=[("Dr. Helen Moss", "Acme Research\n1 Lab Way\nCambridge, MA 02139")],
    )
    for key, value in changes.items():
        setattr(given, key, value)
    return given


def test_add_keeps_people_addresses_and_qualifications(settings):
    record = R.add_round(settings, typed(), today="2026-11-20")
    maria, helen = record["people"]
    assert (maria["name"], maria["title"], maria["email"], maria["phone"], maria["role"]) == (
        "Maria Gonzalez",
        "Recruiter",
        "maria@acme.example",
        "+16175550199",
        "coordinator",
    )
    assert (helen["name"], helen["title"], helen["phone"]) == (
        "Dr. Helen Moss",
        "Head of Research",
        "+16175550100",
    )
    assert helen["address"] == "Acme Research\n1 Lab Way\nCambridge, MA 02139"
    assert maria["address"] is None
    assert record["address"] == "Acme Corp\n100 Main Street\nBoston, MA 02110"
    assert record["qualifications"] == ["Built the churn dashboard used by 40 account managers"]
    # the same record shape from show and list
    shown = R.show_round(settings, record["id"], "2026-11-20")
    listed = R.list_rounds(settings, today="2026-11-20").records[0]
    for key in ("address", "qualifications", "people"):
        assert shown[key] == listed[key] == record[key]


def test_call_plan_names_the_person_and_gives_the_number(settings):
    record = R.add_round(settings, typed(), today="2026-11-20")
    plan = R.plan_of(settings, record["id"], "2026-11-20")
    assert plan["method"] == "phone"
    assert plan["recipient"] == {
        "role": "contact",
        "name": "Maria Gonzalez",
        "title": "Recruiter",
        "email": "maria@acme.example",
        "phone": "+16175550199",
        "phone_national": "(617) 555-0199",
        "phone_dial": "+1 617-555-0199",
    }
    assert record["plan"]["recipient"]["phone_national"] == "(617) 555-0199"
    agenda = R.agenda(settings, today="2026-11-20")
    item = (agenda["upcoming"] + agenda["due"])[0]
    assert item["recipient"]["phone_dial"] == "+1 617-555-0199"


def test_qualifications_belong_to_the_application(settings):
    first = R.add_round(settings, typed(), today="2026-11-20")
    second = R.add_round(
        settings,
        typed(interviewed="2026-11-26", qualifications=["SQL certified"], person_addresses=[]),
        today="2026-11-27",
    )
    assert second["application_id"] == first["application_id"]
    both = ["Built the churn dashboard used by 40 account managers", "SQL certified"]
    assert second["qualifications"] == both
    assert R.show_round(settings, first["id"])["qualifications"] == both
    edited = R.edit_round(settings, first["id"], R.RoundChanges(qualifications=["Tableau"]))
    assert edited["qualifications"] == ["Tableau"]
    cleared = R.edit_round(settings, first["id"], R.RoundChanges(clear=["qualifications"]))
    assert cleared["qualifications"] == []
    other = R.add_round(settings, typed(company="Globex", qualifications=[]), today="2026-11-20")
    assert other["qualifications"] == []


def test_edit_changes_people_and_addresses(settings):
    record = R.add_round(settings, typed(), today="2026-11-20")
    edited = R.edit_round(
        settings,
        record["id"],
        R.RoundChanges(
            coordinator="Maria Gonzalez, Talent Partner, +44 20 7946 0018",
            address="Acme Corp\n200 State Street\nBoston, MA 02109",
            person_addresses=[("maria gonzalez", "Acme London\n1 Strand\nLondon WC2N 5HR")],
        ),
    )
    maria = edited["people"][0]
    assert (maria["title"], maria["phone"], maria["email"]) == (
        "Talent Partner",
        "+442079460018",
        None,
    )
    assert maria["address"] == "Acme London\n1 Strand\nLondon WC2N 5HR"
    assert edited["address"].splitlines()[1] == "200 State Street"
    assert edited["people"][1]["address"].startswith("Acme Research")  # untouched
    with pytest.raises(InvalidInput, match="no one named 'Zed'"):
        R.edit_round(settings, record["id"], R.RoundChanges(person_addresses=[("Zed", "x")]))
    cleared = R.edit_round(settings, record["id"], R.RoundChanges(clear=["address"]))
    assert cleared["address"] is None


def test_a_person_nobody_can_place_is_refused_and_nothing_is_stored(settings):
    with pytest.raises(InvalidInput, match=r"^--coordinator: 'maria@…' is not an email"):
        R.add_round(settings, typed(coordinator="Maria Gonzalez, maria@…"))
    assert R.list_rounds(settings).stored == 0


def test_profile_phone_and_address(settings):
    profile = R.update_profile(
        settings, name="Sam Doe", phone="(617) 555-0142", address="Sam Doe\n5 Elm St\nSomerville"
    )
    assert profile.phone == "+16175550142"
    assert R.profile_dict(profile)["phone_national"] == "(617) 555-0142"
    assert R.get_profile(settings).address == "Sam Doe\n5 Elm St\nSomerville"
    with pytest.raises(InvalidInput, match=r"^--phone: '555-0100' is not a valid phone number"):
        R.update_profile(settings, phone="555-0100")


def test_export_and_restore_carry_the_new_fields(settings, tmp_path):
    R.update_profile(settings, name="Sam Doe", address="Sam Doe\n5 Elm St")
    record = R.add_round(settings, typed(), today="2026-11-20")
    path = tmp_path / "all.json"
    R.export_to(settings, "json", path)
    tables = json.loads(path.read_text())["tables"]
    assert tables["rounds"][0]["address"] == record["address"]
    assert tables["applications"][0]["qualifications"] == record["qualifications"]
    assert tables["people"][1]["address"].startswith("Acme Research")
    assert tables["profile"][0]["address"] == "Sam Doe\n5 Elm St"
    R.restore(settings, path, replace=True)
    again = R.show_round(settings, record["id"], "2026-11-20")
    for key in ("address", "qualifications", "people"):
        assert again[key] == record[key]
    assert R.get_profile(settings).address == "Sam Doe\n5 Elm St"

"""Issue 9 (session 36), invented invites: one interviewer named in two grammatical cases
(Polish "z Tomaszem Nowickim" and "Tomasz Nowicki") is one person, named in the
nominative."""

from __future__ import annotations

import pytest

from followup.delivery.invites.name_lists import _same_person, oblique_words
from helpers_invites import interviewers, mail, outlook, read

# ------------------------------------------------------ 4. a name in two grammatical cases


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Tomaszem Nowickim", "Tomasz Nowicki", True),
        ("Marią Kowalczyk-Lis", "Maria Kowalczyk-Lis", True),
        ("Ewą Dąbrowską", "Ewa Dąbrowska", True),
        ("Markiem Zielińskim", "Marek Zieliński", True),
        ("Janiny Wróblewskiej", "Janina Wróblewska", True),
        ("Piotra Lewandowskiego", "Piotr Lewandowski", True),
        ("Jiřím Novákem", "Jiří Novák", True),
        # other people
        ("Maria Rossi", "Mario Rossi", False),
        ("Tomasz Nowicki", "Tomasz Nowak", False),
        ("Anna Berg", "Hanna Berg", False),
    ],
)  # fmt: skip
def test_a_name_in_another_case_is_the_same_person(a: str, b: str, same: bool) -> None:
    assert _same_person(a, b) is same
    assert _same_person(b, a) is same


def test_the_nominative_has_fewer_oblique_words() -> None:
    assert oblique_words("Tomaszem Nowickim") > oblique_words("Tomasz Nowicki")
    assert oblique_words("Ewą Dąbrowską") > oblique_words("Ewa Dąbrowska")


def test_an_interviewer_in_the_instrumental_is_not_listed_twice() -> None:
    description = (
        "Rozmowa kwalifikacyjna – Inżynier Jakości\n"
        "Prowadzący: Tomasz Nowicki (Kierownik Działu Jakości), Ewa Dąbrowska (HR Business "
        "Partner)"
    )
    attendees = (
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ewa Dąbrowska:mailto:ewa.dabrowska@odra-stal.example\r\n"
    )
    cal = outlook(
        "CN=Zofia Mazur:mailto:zofia.mazur@odra-stal.example",
        "Rozmowa – Inżynier Jakości",
        description,
        attendees,
    )
    text = (
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną na stanowisko Inżynier Jakości. "
        "Spotka się Pan z Panią Ewą Dąbrowską (HR Business Partner) oraz Panem Tomaszem "
        "Nowickim (Kierownik Działu Jakości).\n\nZ poważaniem\nZofia Mazur\nRekruterka"
    )
    sender = "Zofia Mazur <zofia.mazur@odra-stal.example>"
    invite = read(mail(sender, "Zaproszenie na rozmowę – Inżynier Jakości", text, cal), "pl.eml")
    assert set(interviewers(invite)) == {"Tomasz Nowicki", "Ewa Dąbrowska"}


def test_the_nominative_said_later_names_the_person() -> None:
    text = (
        "Dzień dobry,\n\nspotka się Pan z Panem Tomaszem Nowickim (Kierownik Działu Jakości).\n\n"
        "Uczestnicy:\n- Tomasz Nowicki, Kierownik Działu Jakości\n\nZ poważaniem\nZofia Mazur"
    )
    cal = outlook("CN=Zofia Mazur:mailto:zofia.mazur@odra-stal.example", "Rozmowa", "")
    sender = "Zofia Mazur <zofia.mazur@odra-stal.example>"
    invite = read(mail(sender, "Zaproszenie na rozmowę", text, cal), "pl2.eml")
    assert list(interviewers(invite)) == ["Tomasz Nowicki"]

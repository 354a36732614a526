"""Issue 9 (session 24): facts from invites in shapes the reader had not read, with invented
names:

- kind 1, a country of several zones, its zone's local word said after the time: Indonesia's
  "pukul 10.00 WITA" (WIB, WITA, WIT), Russia's and Kazakhstan's "по московскому времени" and
  "по времени Актобе", Brazil's "horário de Brasília", Australia's "AWST" and "ACST": the time
  is read and the zone is the one the word names;
- kind 2, the interviewers listed on the lines under a label in a language other than
  English, names alone or one person ("Az interjún részt vesz:", "Na pohovoru budou:",
  "W rozmowie wezmą udział:", "Deltagare:", "Teilnehmende:"): the labels are data.
"""

from __future__ import annotations

from datetime import time

import pytest

from helpers_invites import interviewers, mail, read

# ---------------------------------------------------------------- kind 1: local zone words


def when(sender: str, subject: str, sentence: str) -> tuple[time | None, str | None]:
    """The time and zone read from a plain mail whose text gives the day and time."""
    invite = read(mail(sender, subject, f"{sentence}\n\nSalam / Regards,\nDewi Anggraini"))
    return invite.interview.time, invite.interview.tz


@pytest.mark.parametrize(
    ("sentence", "clock", "zone"),
    [
        (
            "Kami mengundang Anda wawancara pada Selasa, 19 Januari 2027 pukul 10.00 WITA.",
            time(10, 0),
            "Asia/Makassar",
        ),
        (
            "Kami mengundang Anda wawancara pada Selasa, 19 Januari 2027 pukul 14.30 WIT.",
            time(14, 30),
            "Asia/Jayapura",
        ),
        (
            "Kami mengundang Anda wawancara pada Selasa, 19 Januari 2027 pukul 09.00 WIB.",
            time(9, 0),
            "Asia/Jakarta",
        ),
        (
            "Wawancara dijadwalkan pada 19 Januari 2027, jam 13.15 WITA, secara daring.",
            time(13, 15),
            "Asia/Makassar",
        ),
    ],
)
def test_indonesian_zone_words_after_the_time(sentence: str, clock: time, zone: str) -> None:
    got = when("HRD <rekrutmen@lautbiru-logistik.co.id>", "Undangan Wawancara: Analis", sentence)
    assert got == (clock, zone)


@pytest.mark.parametrize(
    ("sentence", "clock", "zone"),
    [
        (
            "Приглашаем вас на собеседование 19 января 2027 года в 15:00 по московскому времени.",
            time(15, 0),
            "Europe/Moscow",
        ),
        (
            "Приглашаем вас на собеседование 19 января 2027 года в 11:30 (МСК).",
            time(11, 30),
            "Europe/Moscow",
        ),
        (
            "Приглашаем вас на собеседование 19 января 2027 года в 10:00 по времени Актобе.",
            time(10, 0),
            "Asia/Aqtobe",
        ),
        (
            "Приглашаем вас на собеседование 19 января 2027 года в 16:00 по времени Новосибирска.",
            time(16, 0),
            "Asia/Novosibirsk",
        ),
    ],
)
def test_russian_zone_words_after_the_time(sentence: str, clock: time, zone: str) -> None:
    got = when("HR <hr@stepnaya-neft.kz>", "Собеседование: Инженер-технолог", sentence)
    assert got == (clock, zone)


@pytest.mark.parametrize(
    ("sentence", "clock", "zone"),
    [
        ("Sua entrevista será em 19 de janeiro de 2027, às 14h (horário de Brasília).",
         time(14, 0), "America/Sao_Paulo"),
        ("Sua entrevista será em 19 de janeiro de 2027, às 14h30, horário de Brasília.",
         time(14, 30), "America/Sao_Paulo"),
        ("Your interview is on Tuesday 19 January 2027 at 10:00 AM AWST.",
         time(10, 0), "Australia/Perth"),
        ("Your interview is on Tuesday 19 January 2027 at 2:30pm (ACST).",
         time(14, 30), "Australia/Adelaide"),
    ],
)  # fmt: skip
def test_brazilian_and_australian_zone_words(sentence: str, clock: time, zone: str) -> None:
    assert when("Talent <talent@serra-verde.com.br>", "Interview: Analyst", sentence) == (
        clock,
        zone,
    )


# ---------------------------------------------------------------- kind 2: labels of a list


def listed(label: str, lines: str) -> dict[str, str | None]:
    text = (
        "Hello Rowan,\n\nYour interview is on Tuesday 19 January 2027 at 10:00.\n\n"
        f"{label}\n{lines}\n\nBest regards,\nMaja Horvat\nRecruiter"
    )
    return interviewers(read(mail("Talent <jobs@novatek-systems.eu>", "Interview", text), "x.eml"))


@pytest.mark.parametrize(
    ("label", "lines", "people"),
    [
        ("Az interjún részt vesz:", "Kovács Péter\nSzabó Anna", ["Kovács Péter", "Szabó Anna"]),
        ("Az interjún részt vesznek:", "Tóth Gergely", ["Tóth Gergely"]),
        ("Na pohovoru budou:", "Ing. Tomáš Dvořák\nPetra Nová", ["Tomáš Dvořák", "Petra Nová"]),
        ("Na pohovoru bude:", "Tomáš Dvořák – vedoucí vývoje", ["Tomáš Dvořák"]),
        ("Na pohovore budú:", "Marián Kováč\nZuzana Hrušková", ["Marián Kováč", "Zuzana Hrušková"]),
        ("W rozmowie wezmą udział:", "Marek Zieliński", ["Marek Zieliński"]),
        ("Deltagare:", "Erik Lindqvist\nSara Holm", ["Erik Lindqvist", "Sara Holm"]),
        ("Deltakere:", "Ingrid Solberg", ["Ingrid Solberg"]),
        ("Osallistujat:", "Mikko Virtanen\nAino Laine", ["Mikko Virtanen", "Aino Laine"]),
        ("Teilnehmende:", "Jonas Becker", ["Jonas Becker"]),
        ("Uczestnicy:", "Marek Zieliński\nAnna Kowalczyk", ["Marek Zieliński", "Anna Kowalczyk"]),
    ],
)  # fmt: skip
def test_people_listed_under_a_label_of_another_language(
    label: str, lines: str, people: list[str]
) -> None:
    assert sorted(listed(label, lines)) == sorted(people)


def test_a_listed_title_is_kept() -> None:
    assert listed("Na pohovoru bude:", "Tomáš Dvořák – vedoucí vývoje") == {
        "Tomáš Dvořák": "vedoucí vývoje"
    }

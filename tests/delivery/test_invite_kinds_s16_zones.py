"""Issue 9's time and zone kinds the s15 final audit still found wrong, in new wording, new
senders and new countries (not the audit's files):

- a zone the text names by a word leaves the zone's country, chosen by the strongest place
  clue when several countries keep that word's clock (a town in Sweden or Finland, a phone
  in Poland or Nigeria, an address in Austria or British Columbia), a guess said to be one
  when no clue says which, the zone's own country when one country owns the word ("Irish
  time");
- the times of day people write in their languages are read, by one reader of times
  ("às 15h", "2.30pm", "14.30 Uhr", "alle ore 11", "godz. 12.15"), and what only looks like
  one is not ("(2h)", "9 Pine Street", "alle 14 Tage");
- a mail's lines end in CRLF as often as in LF: an address at a line's end is read either way.
"""

from __future__ import annotations

from datetime import time

import pytest
from test_invite_kinds_s13_invites import USER, calendar, event, interviewers, mail, read

from followup.delivery.invites import ImportedInvite, parse_invite


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _zone(invite: ImportedInvite) -> tuple[time | None, str | None, str | None]:
    return invite.interview.time, invite.interview.tz, invite.country


# ------------------------------------------------ a zone word's country, from the place clues


@pytest.mark.parametrize(
    ("sender", "text", "when", "zone", "country"),
    [
        # a word one country owns: its country, whatever the mail domain
        ("Niamh Kehoe <niamh@bracken.example>",
         "Could we talk on Thursday 11 March 2027 at 11:00 (Irish time)?",
         time(11), "Europe/Dublin", "IE"),
        # CET is kept from Spain to Poland: the town the office is in says which
        ("Elin Sjöberg <elin@kustlinjen.example>",
         "We'd like to meet you on 9 March 2027 at 14:00 CET at our office in Göteborg.",
         time(14), "Europe/Stockholm", "SE"),
        ("Aino Virtanen <aino@kalevaworks.example>",
         "See you on 9 March 2027 at 13:00 EET in our Tampere office.",
         time(13), "Europe/Helsinki", "FI"),
        # a phone number's country code
        ("Piotr Zieliński <piotr@wislatech.example>",
         "Your interview is on 12 May 2027 at 15:00 CEST.\n\nPiotr Z.\nTel. +48 22 555 01 23",
         time(15), "Europe/Warsaw", "PL"),
        ("Ada Obi <ada@ikorodu.example>",
         "The call is on 9 March 2027 at 14:00 (GMT+1).\n\nAda Obi\n+234 803 555 0199",
         time(14), "Africa/Lagos", "NG"),
        # an address whose postcode comes before its town, by the town's own name
        ("Ute Rainer <ute@murtalbau.example>",
         "wir erwarten Sie am 9. März 2027 um 10:00 Uhr (MEZ).\nAdresse: Annenstraße 5, 8010 Graz",
         time(10), "Europe/Vienna", "AT"),
        ("Lena Huber <lena@donaustahl.example>",
         "wir laden Sie am 9. März 2027 um 14:30 Uhr (MEZ) ein.\nWiedner Hauptstraße 12, 1040 Wien",
         time(14, 30), "Europe/Vienna", "AT"),
        # a phrase several countries keep, and a town named as the place
        ("Sune Dahl <sune@kornmod.example>",
         "See you on 9 March 2027 at 14:00 Central European Time at our office in Aarhus.",
         time(14), "Europe/Copenhagen", "DK"),
        ("Joe Tremblay <joe@lakeshoremills.example>",
         "See you on 9 March 2027 at 10:00 Eastern at our Toronto office.",
         time(10), "America/Toronto", "CA"),
        # a city's clock by its name in its own language
        ("Ana Ruiz <ana@tlalocenvases.example>",
         "Nos vemos el 9 de marzo de 2027 a las 10:00 (hora de Ciudad de México).",
         time(10), "America/Mexico_City", "MX"),
        # a word of several meanings ("IST": India, Israel, Ireland): the one a clue says
        ("Noa Peretz <noa@carmelgrid.example>",
         "The interview is on 9 March 2027 at 10:00 IST.\n\nNoa Peretz\n+972 3 555 0142",
         time(10), "Asia/Jerusalem", "IL"),
        # a word a region of two countries keeps, and an address in the other one
        ("Jen Okafor <jen@harbourline.example>",
         "Pacific Time: 9 March 2027 at 10:00 a.m.\n\nHarbourline Ltd\n800 Granville Street, "
         "Vancouver, BC V6Z 1K3", time(10), "America/Vancouver", "CA"),
    ],
)  # fmt: skip
def test_a_zone_word_takes_the_country_of_the_strongest_place_clue(
    sender: str, text: str, when: time, zone: str, country: str
) -> None:
    body = _crlf(f"Hi Rowan,\n\n{text}\n\nBest regards\n")
    invite = read(mail(sender, "Interview", body))
    assert _zone(invite) == (when, zone, country)
    assert not invite.country_guessed


@pytest.mark.parametrize("word", ["CET", "Central European Time"])
def test_a_zone_word_many_countries_keep_with_no_clue_is_a_guess_said_to_be_one(
    word: str,
) -> None:
    body = f"Hi Rowan,\n\nThe interview is on 9 March 2027 at 14:00 {word}.\n\nMax\n"
    invite = read(mail("Max Brandt <max@bergwerk.example>", "Interview", body))
    assert _zone(invite) == (time(14), "Europe/Berlin", "DE")
    assert invite.country_guessed
    assert any("is a guess" in note for note in invite.notes)


def test_a_calendar_start_in_utc_with_a_zone_word_and_a_town_in_the_text() -> None:
    cal = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:s16-zone@x\r\nDTSTAMP:20270201T090000Z\r\nDTSTART:20270309T130000Z\r\n"
        "SUMMARY:Interview - Terminal Planner\r\n"
        "DESCRIPTION:Welcome at 14:00 CET at our office in Göteborg.\r\n"
        "ORGANIZER;CN=Elin Sjöberg:mailto:elin@kustlinjen.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    invite = parse_invite(cal.encode(), "s16.ics", default_tz="UTC", user_emails=[USER])
    assert _zone(invite) == (time(14), "Europe/Stockholm", "SE")


# ------------------------------------------------------------- times of day, one reader


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("A entrevista será no dia 9 de março de 2027, às 15h (horário de Brasília).", time(15)),
        ("Rendez-vous le mardi 9 mars 2027 à 9h, à l'accueil.", time(9)),
        ("Could you come in on Tuesday 9 March 2027 at 2.30pm?", time(14, 30)),
        ("We will call you on 9 March 2027 at 10.15 a.m. sharp.", time(10, 15)),
        ("Wir sehen uns am 9. März 2027 um 14.30 Uhr.", time(14, 30)),
        ("Wir sehen uns am 9. März 2027 um 9 Uhr im Werk.", time(9)),
        ("Het gesprek is op 9 maart 2027 om 14.00 uur.", time(14)),
        ("Il colloquio è il 9 marzo 2027 alle ore 11 in sede.", time(11)),
        ("Vi ses den 9 mars 2027 kl. 10 i receptionen.", time(10)),
        ("Zapraszamy na rozmowę 9 marca 2027, godz. 12.15.", time(12, 15)),
        ("면접은 2027년 3월 9일 오후 2시 30분입니다.", time(14, 30)),
    ],
)
def test_a_time_of_day_in_the_shapes_people_write_it(text: str, when: time) -> None:
    invite = read(mail("Jo Marsh <jo@harrowfield.example>", "Interview", f"Hello,\n\n{text}\n"))
    assert (invite.interview.interviewed.isoformat(), invite.interview.time) == (
        "2027-03-09",
        when,
    )


@pytest.mark.parametrize(
    "text",
    [
        "A panel interview (2h) on 9 March 2027; we will confirm the start.",
        "On 9 March 2027, please come to 9 Pine Street, second floor.",
        "Am 9. März 2027 – wir treffen uns alle 14 Tage mit neuen Bewerbern.",
    ],
)
def test_what_only_looks_like_a_time_is_none(text: str) -> None:
    invite = read(mail("Jo Marsh <jo@harrowfield.example>", "Interview", f"Hello,\n\n{text}\n"))
    assert invite.interview.time is None


def test_a_schedule_written_with_full_stops_gives_its_people() -> None:
    body = _crlf(
        "Hi Rowan,\n\nOn 9 March 2027 the panel is:\n\n"
        "10.00 – 10.45  Harriet Quayle, Head of Operations\n"
        "10.45 – 11.30  Deepak Suri, Finance Lead\n\nThanks\n"
    )
    invite = read(mail("Jo Marsh <jo@harrowfield.example>", "Interview", body))
    assert interviewers(invite) == {
        "Harriet Quayle": "Head of Operations",
        "Deepak Suri": "Finance Lead",
    }
    assert invite.interview.time == time(10)


@pytest.mark.parametrize(
    ("tzid", "text", "zone", "country"),
    [
        ("Romance Standard Time", "The interview is at our site in Liège.", "Europe/Brussels",
         "BE"),
        ("GMT Standard Time", "See you at our Cork office.", "Europe/Dublin", "IE"),
        ("W. Europe Standard Time", "Meet us at our office in Innsbruck.", "Europe/Vienna", "AT"),
    ],
)  # fmt: skip
def test_a_windows_zone_takes_the_country_of_the_town_named_as_the_place(
    tzid: str, text: str, zone: str, country: str
) -> None:
    cal = calendar(
        event("20270309T100000", "Interview – Planner", text, zone=tzid,
              organizer="CN=Jo Marsh:mailto:jo@harrowfield.example"),
    )  # fmt: skip
    invite = read(cal.encode(), "s16.ics")
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (zone, country, False)


@pytest.mark.parametrize(
    ("text", "zone", "country"),
    [
        ("See you on 9 March 2027 at 10:00 at our office in Göteborg.", "Europe/Stockholm", "SE"),
        ("See you on 9 March 2027 at 10:00 at our depot in Nürnberg.", "Europe/Berlin", "DE"),
    ],
)
def test_a_town_named_as_the_place_by_its_own_name_gives_the_zone(
    text: str, zone: str, country: str
) -> None:
    body = _crlf(f"Hi Rowan,\n\n{text}\n\nBest\n")
    invite = read(mail("Anna Lind <anna@kustlinjen.example>", "Interview", body))
    assert (invite.interview.tz, invite.country) == (zone, country)

"""`followup debrief` on transcripts it has not seen (issue 9, kinds 11 and 12, session 34), each
kind in general, with invented people and employers:

1. a speaker labelled by a form of address and a given name ("Bu Ratna", "Encik Faizal",
   "Khun Nattapong", "Fujiwara-san", "Kemal Bey", "Doña Remedios", "서연님") is the person whose
   full name the transcript gives elsewhere, else the name without the form; a form that is
   also a name ("Don", "Tuan") stays when no full name is given;
2. Indonesian and Malay words of the decision and of days ("kami akan mengabari … paling
   lambat hari Selasa, 23 Maret", "keputusan akan kami sampaikan …", "dalam lima hari kerja");
3. a day of the month with its weekday said after it ("18 Mart Perşembe", "19 Maret, hari
   Jumat") is that day, never the next such weekday, wherever the words of the decision stand;
4. a number phrase ("dua tahun", "enam orang") and a job said head first ("manajer gudang",
   "kepala logistik") are never topics, nor the candidate's own past ("… tahun di sana");
5. a bare acronym with "the" that rules ("the FCA now requires it quarterly") is no topic.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.core.transcript import parse_transcript
from helpers_debrief import debriefed, decided, srt, topics, zoom

WED = date(2032, 3, 10)  # a Wednesday; the 11th is Thursday, the 18th the next


# --- 1. a form of address and a given name ---------------------------------------------------


def _speakers(*turns: tuple[str, str]) -> list[str]:
    return parse_transcript(srt(*turns)).speakers


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        # Indonesian: the full name in an introduction ("Saya …") and after "Ibu"
        (
            (
                (
                    "Bu Ratna",
                    "Selamat siang. Saya Ratna Wulandari, dan ini Bapak Agus Prasetyo dari keuangan.",
                ),
                ("Dimas", "Selamat siang, Bu. Saya Dimas Saputra."),
                ("Pak Agus", "Silakan ceritakan pengalaman Anda."),
            ),
            ["Ratna Wulandari", "Dimas Saputra", "Agus Prasetyo"],
        ),
        # Malay: "Encik" and "Puan", the full names in an attendee line
        (
            (
                (
                    "Encik Faizal",
                    "Terima kasih kerana hadir. Yang hadir hari ini Faizal Hakim dan Zarina Osman.",
                ),
                ("Puan Zarina", "Boleh terangkan sedikit tentang diri anda?"),
                ("Nurul Izzah", "Baik, Puan."),
            ),
            ["Faizal Hakim", "Zarina Osman", "Nurul Izzah"],
        ),
        # Thai "Khun", the full name in English
        (
            (
                ("Khun Nattapong", "Good morning, I'm Nattapong Srisai, I run the cold store."),
                ("Arjun Mehta", "Good morning, Khun Nattapong."),
            ),
            ["Nattapong Srisai", "Arjun Mehta"],
        ),
        # Japanese "-san" with a family name
        (
            (
                (
                    "Fujiwara-san",
                    "Thanks for joining. My name is Haruka Fujiwara, I lead the plant's quality team.",
                ),
                ("Leon Baptiste", "Thank you, Fujiwara-san."),
            ),
            ["Haruka Fujiwara", "Leon Baptiste"],
        ),
        # Turkish "Bey" after the given name
        (
            (
                ("Kemal Bey", "Hoş geldiniz. Bugün Kemal Yurtsever ve Deniz Aksoy görüşmede."),
                ("Deniz Aksoy", "Merhaba."),
                ("Canan Erdem", "Merhaba, Kemal Bey."),
            ),
            ["Kemal Yurtsever", "Deniz Aksoy", "Canan Erdem"],
        ),
        # Spanish "Don" with a full name given, "Doña" without one
        (
            (
                ("Don Aurelio", "Buenos días. Soy Aurelio Castañeda, jefe de bodega."),
                ("Doña Remedios", "Encantada."),
                ("Tomás Ibarra", "Buenos días."),
            ),
            ["Aurelio Castañeda", "Remedios", "Tomás Ibarra"],
        ),
        # no full name anywhere: the name without the form
        (
            (("Bu Sinta", "Silakan."), ("Khun Pim", "Thank you."), ("서연님", "네.")),
            ["Sinta", "Pim", "서연"],
        ),
    ],
)
def test_a_form_of_address_and_a_given_name(
    turns: tuple[tuple[str, str], ...], want: list[str]
) -> None:
    assert _speakers(*turns) == want


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        # a form that is also a name, with no full name of the rest: as labelled
        (
            (("Don Whitaker", "Let's begin."), ("Priya Raman", "Sure.")),
            ["Don Whitaker", "Priya Raman"],
        ),
        (
            (("Tuan Nguyen", "Hello everyone."), ("Mara Lindqvist", "Hi.")),
            ["Tuan Nguyen", "Mara Lindqvist"],
        ),
        # titles and plain names, as they were
        (
            (("Dr Imogen Falk", "Welcome."), ("Samir Haddad", "Thank you.")),
            ["Imogen Falk", "Samir Haddad"],
        ),
    ],
)
def test_names_that_are_no_form_of_address_stay(
    turns: tuple[tuple[str, str], ...], want: list[str]
) -> None:
    assert _speakers(*turns) == want


# --- 2 and 3. Indonesian and Malay decision dates; a date with its weekday after it ----------


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        ("Kami akan mengabari Anda paling lambat hari Selasa, 16 Maret.", "2032-03-16", "ID"),
        ("Keputusan akan kami sampaikan sebelum tanggal 22 Maret.", "2032-03-22", "ID"),
        # five working days: the 12th is Nyepi, a day off in Indonesia
        ("Kami akan menghubungi Anda dalam lima hari kerja.", "2032-03-18", "ID"),
        ("Hasilnya akan kami kabari minggu depan, hari Kamis.", "2032-03-18", "ID"),
        ("Kami akan memaklumkan keputusan selewat-lewatnya 19 Mac.", "2032-03-19", "MY"),
        ("Keputusan akhir akan kami informasikan akhir bulan ini.", "2032-03-31", "ID"),
    ],
)
def test_indonesian_and_malay_decision_dates(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    assert decided(tmp_path, said, WED, country) == day


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        # the day's date first, its weekday after it, the words of the decision last
        ("Kararımızı en geç 18 Mart Perşembe günü size bildireceğiz.", "2032-03-18", "TR"),
        ("Keputusan akan kami sampaikan 19 Maret, hari Jumat.", "2032-03-19", "ID"),
        ("On 18 March, Thursday, we will make our decision.", "2032-03-18", "GB"),
        ("By 22 March (Monday) you will hear from us.", "2032-03-22", "GB"),
        # a weekday alone, as before: the coming one
        ("By Thursday we will make our decision.", "2032-03-11", "GB"),
        ("Kararımızı Perşembe gününe kadar bildireceğiz.", "2032-03-11", "TR"),
    ],
)
def test_a_date_with_its_weekday_after_it(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    assert decided(tmp_path, said, WED, country) == day


# --- 4. number phrases, jobs said head first, the candidate's past ----------------------------


def test_indonesian_numbers_jobs_and_the_candidates_past_are_no_topics(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "wawancara.srt",
        srt(
            (
                "Bu Lestari",
                "Selamat pagi. Saya Lestari Handayani, manajer gudang, dan ini Pak Bayu, kepala logistik.",
            ),
            ("Rizky Ramadhan", "Selamat pagi, Bu. Saya Rizky Ramadhan."),
            ("Pak Bayu", "Ceritakan pengalaman Anda di Toko Makmur."),
            (
                "Rizky Ramadhan",
                "Saya dua tahun di sana sebagai staf administrasi persediaan, terutama untuk barang impor.",
            ),
            (
                "Bu Lestari",
                "Di sini tantangan utama kami adalah penjadwalan ulang pengiriman barang dingin ke gerai.",
            ),
            (
                "Pak Bayu",
                "Tim kami ada enam orang. Yang kedua, pemeliharaan armada truk pendingin.",
            ),
            ("Rizky Ramadhan", "Menarik sekali."),
        ),
        WED,
        "Rizky Ramadhan",
        "ID",
    )
    said = topics(result)
    assert said, "no topics at all"
    for bad in (
        "dua tahun",
        "enam orang",
        "manajer gudang",
        "kepala logistik",
        "staf administrasi",
        "di sana",
    ):
        assert not any(bad in t for t in said), (bad, said)
    assert result.speakers == ["Lestari Handayani", "Bayu", "Rizky Ramadhan"]


# --- 5. an acronym that rules ------------------------------------------------------------------


def _english_topics(tmp_path: Path, said: str) -> list[str]:
    return topics(
        debriefed(
            tmp_path,
            "interview.vtt",
            zoom(
                (
                    "Chiamaka Obi",
                    "First, we are rebuilding the settlement reconciliation for the branches.",
                ),
                ("Tunde Bakare", "That sounds interesting."),
                ("Chiamaka Obi", said),
                ("Tunde Bakare", "I have done similar reporting before."),
                ("Chiamaka Obi", "Second, the daily cash forecasting for the regions."),
            ),
            WED,
            "Tunde Bakare",
            "NG",
        )
    )


@pytest.mark.parametrize(
    "said",
    [
        "Third, a liquidity dashboard, because the FCA now requires it quarterly.",
        "Third, a liquidity dashboard, since the SEC asked for it last year.",
        "Third, a liquidity dashboard; the PRA expects one every month.",
    ],
)
def test_an_acronym_that_rules_is_no_topic(tmp_path: Path, said: str) -> None:
    said_topics = _english_topics(tmp_path, said)
    acronym = said.split("the ")[-1].split()[0].lower()
    assert f"the {acronym}" not in said_topics, said_topics
    assert acronym not in said_topics, said_topics


def test_an_acronym_that_is_a_thing_stays(tmp_path: Path) -> None:
    said_topics = _english_topics(
        tmp_path, "Third, we are replacing the CRM, and the CRM is slow, so the CRM matters."
    )
    assert any("crm" in t for t in said_topics), said_topics

"""A Turkish or Indonesian interview gets topics of its own language (issue 9, kind 12,
session 34; invented people, businesses and talk, in the shapes the meeting tools write):

- a Turkish topic is a noun phrase as said: a chain of nouns with their endings ("sipariş toplama
  hatalarının azaltılması"), joined by a postposition ("poliklinikler için randevu hatırlatma sistemi"),
  ended before the verb;
- an Indonesian topic is a run of nouns said head first ("pengurangan stok mati"), its
  complement after "untuk";
- the speaker's own past work said in the first person past ("… yönettim", "… devreye
  aldık") is no topic, nor a greeting or a courtesy ("iyi günler", "memnun oldum"), a number
  ("yüzde on"), a name, a job ("lojistik operasyon müdürü") or a body that decides.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Any

import pytest

from helpers_debrief import debriefed_by_cli, topic_texts

ZOOM_TR_LOGISTICS = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
Deniz Karaca: Merhaba Can Bey, hoş geldiniz. Ben Deniz Karaca, lojistik operasyon müdürüyüm.

2
00:00:05.500 --> 00:00:09.000
Can Erdem: Merhaba, memnun oldum. Teşekkür ederim.

3
00:00:09.500 --> 00:00:16.000
Deniz Karaca: Bizim için ilk konu, soğuk zincir depolarındaki sıcaklık izleme sistemi. Şu an kayıtlar elle tutuluyor.

4
00:00:16.500 --> 00:00:22.000
Can Erdem: Önceki işimde rota planlama yazılımının kurulumunu yönettim ve araç takip cihazlarını devreye aldık.

5
00:00:22.500 --> 00:00:29.000
Deniz Karaca: Güzel. İkinci konu, sipariş toplama hatalarının azaltılması. Her ay yüzde on iade geliyor.

6
00:00:29.500 --> 00:00:33.000
Deniz Karaca: Bir de gümrük evraklarının dijitalleştirilmesi var.

7
00:00:33.500 --> 00:00:38.000
Deniz Karaca: İki hafta içinde size dönüş yapacağız. İyi günler.

8
00:00:38.500 --> 00:00:41.000
Can Erdem: Size de iyi günler.
"""

SRT_TR_HOSPITAL = """1
00:00:01,000 --> 00:00:05,000
Ayşe Korkmaz: Günaydın Elif Hanım. Ben Ayşe Korkmaz, hasta hizmetleri sorumlusuyum.

2
00:00:05,500 --> 00:00:09,000
Elif Tunç: Günaydın, davetiniz için teşekkürler.

3
00:00:09,500 --> 00:00:16,000
Ayşe Korkmaz: Önceliğimiz acil serviste bekleme sürelerinin kısaltılması. Hastalar bazen üç saat bekliyor.

4
00:00:16,500 --> 00:00:21,000
Elif Tunç: Eski hastanemde triyaj ekranlarını ben tasarladım.

5
00:00:21,500 --> 00:00:28,000
Ayşe Korkmaz: Çok iyi. Ayrıca poliklinikler için randevu hatırlatma sistemi de bekliyor. Yönetim kurulu bütçeyi mart ayında onaylayacak.

6
00:00:28,500 --> 00:00:32,000
Ayşe Korkmaz: Kararımızı cuma günü bildireceğiz. Kolay gelsin.
"""

TEAMS_TR_SOFTWARE = """WEBVTT

a1f0c2d4-1111-4a5b-9c8d-000000000001/10-0
00:00:01.000 --> 00:00:06.000
<v Burak Aslan>Merhaba Zeynep, ben Burak, yazılım geliştirme şefiyim.</v>

a1f0c2d4-1111-4a5b-9c8d-000000000001/11-0
00:00:06.500 --> 00:00:10.000
<v Zeynep Uçar>Merhaba Burak Bey, tanıştığımıza memnun oldum.</v>

a1f0c2d4-1111-4a5b-9c8d-000000000001/12-0
00:00:10.500 --> 00:00:18.000
<v Burak Aslan>Ekipte şu an en çok mobil bankacılık uygulamasının test otomasyonu konuşuluyor. Ayrıca kredi başvuru formlarının sadeleştirilmesi de masada.</v>

a1f0c2d4-1111-4a5b-9c8d-000000000001/13-0
00:00:18.500 --> 00:00:24.000
<v Zeynep Uçar>Önceki şirketimde ödeme servislerinin mikroservislere taşınmasını ben yürüttüm.</v>

a1f0c2d4-1111-4a5b-9c8d-000000000001/14-0
00:00:24.500 --> 00:00:30.000
<v Burak Aslan>Harika. Bir de dolandırıcılık tespiti için anlık uyarı altyapısı kuracağız. İki hafta içinde dönüş yaparız.</v>
"""


def _no_topic_says(topics: list[str], *words: str) -> None:
    low = " | ".join(topics).lower()
    for word in words:
        assert word.lower() not in low, (word, topics)


def test_a_turkish_logistics_interview_gets_its_noun_phrases(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "GMT20310304-090000_Recording.transcript.vtt", ZOOM_TR_LOGISTICS,
        "Can Erdem", "2031-03-04", "TR",
    )  # fmt: skip
    topics = topic_texts(data)
    decision = [p.get("date") for p in data["proposals"] if p["kind"] == "decision_date"]
    assert decision == ["2031-03-18"], data["proposals"]  # "İki hafta içinde", a sentence apart
    assert "soğuk zincir depolarındaki sıcaklık izleme sistemi" in topics, topics
    assert "sipariş toplama hatalarının azaltılması" in topics, topics
    assert "gümrük evraklarının dijitalleştirilmesi" in topics, topics
    # the candidate's own past, a greeting, a job, a number, a name: none
    _no_topic_says(
        topics, "rota planlama", "araç takip", "iyi günler", "memnun", "hoş geldiniz",
        "müdür", "lojistik operasyon", "yüzde", "hafta", "Deniz", "Karaca", "Can",
    )  # fmt: skip


def test_a_turkish_hospital_interview_gets_its_noun_phrases(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli,
        tmp_path,
        "mulakat_hasta_hizmetleri.srt",
        SRT_TR_HOSPITAL,
        "Elif Tunç",
        "2031-05-06",
        "TR",
    )
    topics = topic_texts(data)
    assert any("bekleme sürelerinin kısaltılması" in t for t in topics), topics
    assert "poliklinikler için randevu hatırlatma sistemi" in topics, topics
    _no_topic_says(
        topics, "triyaj", "yönetim kurulu", "sorumlu", "hasta hizmetleri", "günaydın",
        "kolay gelsin", "üç saat", "Ayşe", "Korkmaz", "Elif",
    )  # fmt: skip


def test_a_turkish_software_interview_gets_its_noun_phrases(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "Mülakat Mobil Geliştirici-20310912_140000-Meeting Transcript.vtt",
        TEAMS_TR_SOFTWARE, "Zeynep Uçar", "2031-09-12", "TR",
    )  # fmt: skip
    topics = topic_texts(data)
    assert any("mobil bankacılık uygulamasının test otomasyonu" in t for t in topics), topics
    assert any("kredi başvuru formlarının sadeleştirilmesi" in t for t in topics), topics
    _no_topic_says(
        topics, "mikroservis", "ödeme servisleri", "şef", "yazılım geliştirme", "memnun",
        "Burak", "Zeynep", "iki hafta",
    )  # fmt: skip


@pytest.fixture(scope="module")
def turkish() -> Any:
    from followup.services.debrief import spoken_language

    said = " ".join(
        line.split(":", 1)[-1]
        for line in ZOOM_TR_LOGISTICS.splitlines() + SRT_TR_HOSPITAL.splitlines()
        if ":" in line and "-->" not in line
    )
    language = spoken_language(said)
    assert language is not None and language.code == "tr"
    return language


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Bu yıl en büyük iş, şube ağındaki nakit yönetimi süreçleri.",
            "şube ağındaki nakit yönetimi süreçleri",
        ),
        (
            "Mağazalar için stok sayım uygulaması hazırlıyoruz.",
            "mağazalar için stok sayım uygulaması",
        ),
        ("Kasa önü bekleme süresi çok uzun.", "kasa önü bekleme süresi"),
        (
            "Tedarikçi faturalarının otomatik eşleştirilmesi gerekiyor.",
            "tedarikçi faturalarının otomatik eşleştirilmesi",
        ),
        (
            "Müşteri sadakat programının tasarlanmasını konuşalım.",
            "müşteri sadakat programının tasarlanması",
        ),
        ("Bulut geçişi de var.", "bulut geçişi"),
    ],
)
def test_a_turkish_noun_phrase_ends_before_its_verb(
    turkish: Any, sentence: str, phrase: str
) -> None:
    from followup.core.spoken_phrases import phrases_of

    assert phrase in [p.text for p in phrases_of(sentence, 0, turkish)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Geçen yıl depo yönetim sistemini devreye aldık.",
        "Orada dört yıl kredi risk modelleri üzerinde çalıştım.",
        "Önceki işimde fatura onay sürecini ben yönettim.",
        "Teşekkür ederim, iyi günler.",
        "Tanıştığıma çok memnun oldum.",
        "Ekipte yüzde yirmi beş kişi yeni.",
        "Ben satın alma müdürüyüm, yanımda muhasebe şefimiz var.",
    ],
)
def test_no_turkish_topic_in_past_work_courtesy_numbers_or_jobs(
    turkish: Any, sentence: str
) -> None:
    from followup.core.spoken_phrases import phrases_of

    assert [p.text for p in phrases_of(sentence, 0, turkish)] == []


SRT_ID_RETAIL = """1
00:00:01,000 --> 00:00:05,000
Pak Rudi: Selamat siang, Mbak Dewi. Saya Rudi Hartono, manajer operasional toko.

2
00:00:05,500 --> 00:00:09,000
Dewi: Selamat siang, Pak. Terima kasih atas undangannya.

3
00:00:09,500 --> 00:00:16,000
Pak Rudi: Fokus kami tahun ini adalah analisis permintaan musiman untuk toko di luar Jawa, karena stok sering habis.

4
00:00:16,500 --> 00:00:21,000
Dewi: Di kantor lama saya membangun dasbor penjualan harian.

5
00:00:21,500 --> 00:00:28,000
Pak Rudi: Bagus. Yang kedua, pengurangan stok mati di gudang pusat. Ada tiga ribu barang yang tidak bergerak.

6
00:00:28,500 --> 00:00:32,000
Pak Rudi: Kami akan memberi kabar dalam dua minggu. Terima kasih, sampai jumpa.
"""


def test_an_indonesian_retail_interview_gets_its_noun_phrases(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "wawancara_analis_persediaan.srt", SRT_ID_RETAIL, "Dewi Lestari",
        "2031-07-08", "ID",
    )  # fmt: skip
    topics = topic_texts(data)
    assert any(t.startswith("analisis permintaan musiman") for t in topics), topics
    assert any(t.startswith("pengurangan stok mati") for t in topics), topics
    _no_topic_says(
        topics, "selamat", "terima kasih", "manajer", "Rudi", "Dewi", "tiga ribu",
        "dua minggu", "sampai jumpa", "dasbor penjualan",
    )  # fmt: skip

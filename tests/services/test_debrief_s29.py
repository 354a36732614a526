"""`followup debrief` on transcripts it has not seen (issue 9, kinds 11 and 12, session 29), each
kind in general, with invented people and employers:

1. a decision date said as a weekday with its day of the month in the ways other languages
   put it ("vrijdag de 19e", "Freitag, den 19.", "vendredi le 19"), or as a weekday of next
   week said with the language's "of" ("sexta-feira da próxima semana, dia 19", "el viernes de
   la semana que viene"), and the informal "you" of Dutch and German answers ("hoor je van
   ons", "du hörst von uns"), resolved against the interview day;
2. a numbered voice that opens a turn with its own full name and a job ("Name Surname, je
   suis …", "main Name Surname, … lead") is named;
3. talk that mixes English with romanised Hindi proposes the English noun phrases said inside
   it, never one with a Hindi word ("hai", "ka", "mein", …) in it or at its head.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, decided, topics, zoom

WED = date(2032, 3, 10)  # a Wednesday; that week's Friday is the 12th, next week's the 19th


# --- 1. a weekday with its day of the month, a weekday of next week, the informal "you" --------


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        # Dutch, informal: "je" where the polite form says "u"
        ("Uiterlijk dinsdag 16 maart hoor je van ons.", "2032-03-16", "NL"),
        ("We laten het je weten op vrijdag de 19e.", "2032-03-19", "NL"),
        ("Je hoort uiterlijk donderdag de 18e van ons.", "2032-03-18", "NL"),
        # German: "den" and a day with its full stop
        ("Sie hören bis Freitag, den 19., von uns.", "2032-03-19", "DE"),
        ("Du hörst spätestens am Donnerstag, den 18. von uns.", "2032-03-18", "DE"),
        # French: "le" between the weekday and its day
        ("Nous vous donnerons une réponse d'ici jeudi le 18.", "2032-03-18", "FR"),
        # a weekday of next week said with the language's "of"
        ("Damos-lhe uma resposta até sexta-feira da próxima semana, dia 19.", "2032-03-19", "PT"),
        ("Te daremos una respuesta el viernes de la semana que viene.", "2032-03-19", "ES"),
        ("Vi faremo sapere entro venerdì della prossima settimana.", "2032-03-19", "IT"),
        ("Nous vous donnerons une réponse vendredi de la semaine prochaine.", "2032-03-19", "FR"),
        # English, as it was
        ("We'll let you know by Friday the 19th.", "2032-03-19", "GB"),
        ("We'll let you know by Friday.", "2032-03-12", "GB"),
    ],
)
def test_a_weekday_with_its_day_in_other_languages(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    assert decided(tmp_path, said, WED, country) == day


# --- 2. a numbered voice that opens a turn with its own name and its job -----------------------


def _otter(*blocks: tuple[str, str]) -> str:
    """An Otter text export: "Name  M:SS" headers, the footer."""
    body = "\n\n".join(
        f"{who}  0:{n * 7:02d}\n{text}" for n, (who, text) in enumerate(blocks, start=1)
    )
    return f"Entrevue répartition\n\n{body}\n\nTranscribed by https://otter.ai\n"


@pytest.mark.parametrize(
    ("opening", "second", "named"),
    [
        (
            "Bonjour. Moi, c'est Solange Bérubé-Tanaka, je dirige l'entretien. Et à côté de moi…",
            "Anselme Gagnon-Okoro, je suis contremaître pour les ponts roulants. Enchanté.",
            "Anselme Gagnon-Okoro",
        ),
        (
            "Hallo, ich bin Solange Bérubé-Tanaka. Neben mir sitzt…",
            "Ja, Anselme Gagnon-Okoro, ich bin Schichtleiter in der Halle drei.",
            "Anselme Gagnon-Okoro",
        ),
        (
            "Hi, main Solange Bérubé-Tanaka hoon, aur mere saath…",
            "Haan, main Anselme Gagnon-Okoro, crane maintenance lead. Namaste.",
            "Anselme Gagnon-Okoro",
        ),
        (
            "Hi, I'm Solange Bérubé-Tanaka. And next to me…",
            "Anselme Gagnon-Okoro, I'm the foreman for the overhead cranes.",
            "Anselme Gagnon-Okoro",
        ),
    ],
)
def test_a_numbered_voice_that_opens_with_its_name_and_job_is_named(
    tmp_path: Path, opening: str, second: str, named: str
) -> None:
    blocks = (
        ("Solange Bérubé-Tanaka", opening),
        ("Speaker 2", second),
        ("Ilario Mbeki-Sorensen", "Bonjour, merci de me recevoir."),
        ("Speaker 2", "On parle de la maintenance des ponts roulants."),
    )
    result = debriefed(
        tmp_path, "entrevue_otter_ai.txt", _otter(*blocks), WED, "Ilario Mbeki-Sorensen", "CA"
    )
    assert result.speakers == ["Solange Bérubé-Tanaka", named, "Ilario Mbeki-Sorensen"]


def test_a_voice_greeting_someone_by_name_is_not_named_so(tmp_path: Path) -> None:
    blocks = (
        ("Solange Bérubé-Tanaka", "Hi, I'm Solange Bérubé-Tanaka."),
        ("Speaker 2", "Ilario Mbeki-Sorensen, welcome, we are glad you could come."),
        ("Ilario Mbeki-Sorensen", "Thank you."),
    )
    result = debriefed(
        tmp_path, "crane_otter_ai.txt", _otter(*blocks), WED, "Ilario Mbeki-Sorensen", "CA"
    )
    assert result.speakers.count("Ilario Mbeki-Sorensen") == 1


# --- 3. Hindi-English talk: the English noun phrases said inside it ----------------------------

_HINDI = frozenset(
    [
        "hai",
        "hain",
        "ka",
        "ki",
        "ke",
        "ko",
        "mein",
        "se",
        "par",
        "pe",
        "aur",
        "toh",
        "bhi",
        "nahi",
        "kya",
        "ho",
        "hoon",
        "raha",
        "rahe",
        "karna",
        "kar",
        "wala",
        "wale",
        "liye",
        "saath",
        "abhi",
        "humara",
        "humare",
        "yeh",
        "woh",
    ]
)


def test_hindi_english_talk_proposes_its_english_noun_phrases(tmp_path: Path) -> None:
    interviewer, second, candidate = "Shalini Venkatraman", "Kabir Oyelaran-Bose", "Tarun Mehlotra"
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (interviewer, "Namaste Tarun. Toh pehle thoda context de deti hoon."),
            (
                interviewer,
                "Humare paas abhi Pune mein teen cold storage warehouses hain, aur is saal hum "
                "temperature logging ke automation pe kaam kar rahe hain.",
            ),
            (candidate, "Achha, temperature logging abhi manual hai kya?"),
            (
                second,
                "Haan, bilkul manual hai. Aur doosra bada issue hai dock scheduling for "
                "reefer trucks, trucks ghanton tak wait karte hain.",
            ),
            (candidate, "Dock scheduling ke liye koi system hai ya sab phone pe hota hai?"),
            (
                second,
                "Sab phone pe. Teesra topic hai vaccine cold chain audits, jo har quarter "
                "mein hote hain aur unka paperwork bahut heavy hai.",
            ),
            (interviewer, "Temperature logging aur dock scheduling dono hi priority hain."),
            (candidate, "Samajh gaya, thank you ma'am."),
        ),
        WED,
        candidate,
        "IN",
    )
    found = topics(result)
    assert any("temperature logging" in t for t in found), found
    assert any("dock scheduling" in t for t in found), found
    assert any("cold chain audits" in t for t in found), found
    for topic in found:
        words = topic.replace("'", " ").split()
        assert not _HINDI & set(words), found
        assert "ma" not in words and "pune" not in words, found

"""The topics `followup debrief` proposes (issue 9, kind 12, session 24), each kind in
general, in the shapes the tools write, with invented people and employers:

1. speakers labelled in a script without small letters (Chinese, Korean, Japanese) while the
   talk is in English: their lines are speech, and give the topics an English talk gives;
2. a transcript spoken wholly in Italian, Portuguese, German, French or Spanish: its topics
   are the noun phrases said in that language, whole ("la manutenzione predittiva dei
   compressori"), never a job title, a name, the decision date's sentence or a phrase
   that stops at a verb;
3. a thing of the job named with a meeting tool's word as its head ("the hand-eye calibration
   of the robot camera") is named whole; the meeting's own words ("your camera") are none;
4. a job said after a person's name and a comma ("I'm Tomasz Wrona, senior cost modeller on
   the bids team", "this is Ines, the charge nurse") is no topic.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import helpers_debrief
from followup.services import debrief
from helpers_debrief import srt, teams, topics, zoom


def debriefed(tmp_path: Path, name: str, text: str, candidate: str) -> debrief.Debrief:
    """The debrief of `text`, saved as `name`, for a round held on 6 May 2031 that records no
    people, with `candidate` as the profile's name."""
    return helpers_debrief.debriefed(tmp_path, name, text, date(2031, 5, 6), candidate)


def found(expected: str, proposed: list[str]) -> bool:
    return any(expected.lower() in p or p in expected.lower() for p in proposed)


# --- 1. labels in a script without small letters, talk in English ---------------------------


def test_zoom_labels_in_chinese_give_the_english_talks_topics(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310506-020000_Recording.transcript.vtt",
        zoom(
            (
                "王伟",
                "Hi Grace, thanks for joining. I'm Wei Wang, I run the cold chain team in Shenzhen.",
            ),
            ("Grace Mensah", "Thanks Wei, happy to be here."),
            (
                "王伟",
                "The main project is the cold storage temperature logging. The cold storage temperature logging is still done on paper twice a shift.",
            ),
            (
                "陈静",
                "I'm Jing Chen from quality. For me it's the recall traceability for frozen seafood. The recall traceability takes us two days today.",
            ),
            ("Grace Mensah", "How many warehouses are in scope?"),
            ("陈静", "Three, and the supplier audit schedule for them is behind."),
        ),
        "Grace Mensah",
    )
    assert "王伟" in result.speakers and "陈静" in result.speakers
    proposed = topics(result)
    assert found("the cold storage temperature logging", proposed), proposed
    assert found("the recall traceability", proposed), proposed


def test_otter_labels_in_korean_are_speakers(tmp_path: Path) -> None:
    text = (
        "Battery Test Engineer interview\n\n"
        "박지훈  0:00\nHi Sam, I'm Jihoon Park. The role owns the cell cycling test rig. "
        "The cell cycling test rig runs about forty channels.\n\n"
        "Sam Adeyemi  0:14\nThanks Jihoon. What limits the rig today?\n\n"
        "박지훈  0:20\nThe thermal chamber scheduling. Everyone books the thermal chamber "
        "scheduling sheet by hand, and the test data pipeline into the lab database breaks.\n"
    )
    result = debriefed(tmp_path, "battery_test_engineer_otter_ai.txt", text, "Sam Adeyemi")
    assert "박지훈" in result.speakers
    proposed = topics(result)
    assert found("the cell cycling test rig", proposed), proposed
    assert found("the thermal chamber scheduling", proposed), proposed


# --- 2. a transcript spoken in another language ------------------------------------------------


def test_italian_teams_talk_gives_italian_noun_phrases(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "Colloquio Tecnico Manutenzione-20310506_080000-Meeting Transcript.vtt",
        teams(
            (
                "Ferrari, Giulia",
                "Buongiorno Luca, grazie di essere qui. Sono Giulia Ferrari, responsabile di stabilimento.",
            ),
            ("Bianchi, Luca", "Buongiorno, grazie a voi per l'invito."),
            (
                "Ferrari, Giulia",
                "Il progetto principale è la manutenzione predittiva dei compressori. La manutenzione predittiva dei compressori ci farebbe risparmiare molti fermi.",
            ),
            (
                "Romano, Marco",
                "Sono Marco Romano, direttore tecnico. Per me conta il piano di formazione per gli operatori del turno di notte.",
            ),
            ("Bianchi, Luca", "Nel mio lavoro precedente ho usato sensori di vibrazione."),
            (
                "Romano, Marco",
                "Poi c'è la gestione dei ricambi in magazzino, che oggi è un disastro.",
            ),
            ("Ferrari, Giulia", "Vi daremo una risposta entro venerdì prossimo."),
        ),
        "Luca Bianchi",
    )
    proposed = topics(result)
    assert found("la manutenzione predittiva dei compressori", proposed), proposed
    assert found("il piano di formazione per gli operatori", proposed), proposed
    assert found("la gestione dei ricambi", proposed), proposed
    for wrong in ("responsabile di stabilimento", "direttore tecnico", "giulia", "venerdì"):
        assert not any(wrong in p for p in proposed), (wrong, proposed)


def test_portuguese_srt_gives_portuguese_noun_phrases(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "entrevista_coordenador_frota.srt",
        srt(
            ("Beatriz Lima", "Boa tarde, Rui. Eu sou a Beatriz Lima, diretora de operações."),
            ("Rui Carvalho", "Boa tarde, Beatriz. Obrigado pela oportunidade."),
            (
                "Beatriz Lima",
                "O maior desafio é a gestão da frota de entregas. A gestão da frota ainda é feita em planilhas.",
            ),
            (
                "Tiago Sousa",
                "Eu sou o Tiago, da manutenção. Para nós importa o consumo de combustível por rota. O consumo de combustível subiu muito este ano.",
            ),
            ("Rui Carvalho", "No meu emprego anterior implantei rastreamento por GPS."),
            ("Tiago Sousa", "Também queremos renovar o contrato de manutenção dos caminhões."),
        ),
        "Rui Carvalho",
    )
    proposed = topics(result)
    assert found("a gestão da frota de entregas", proposed), proposed
    assert found("o consumo de combustível por rota", proposed), proposed
    assert found("o contrato de manutenção dos caminhões", proposed), proposed
    assert not any("diretora" in p or "beatriz" in p for p in proposed), proposed


def test_german_zoom_talk_keeps_adjectives_and_complements(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310506-070000_Recording.transcript.vtt",
        zoom(
            (
                "Sabine Krüger",
                "Guten Morgen, Herr Yilmaz. Ich bin Sabine Krüger, Leiterin Controlling.",
            ),
            ("Emre Yilmaz", "Guten Morgen, danke für die Einladung."),
            (
                "Sabine Krüger",
                "Es geht vor allem um die Einführung des neuen Planungstools. Die Einführung soll im Januar starten.",
            ),
            (
                "Florian Weber",
                "Ich bin Florian Weber aus der IT. Wichtig ist uns die Anbindung an das bestehende Data Warehouse.",
            ),
            (
                "Sabine Krüger",
                "Und die monatliche Kostenstellenrechnung für die Werke dauert zu lange. Die Kostenstellenrechnung machen zwei Kolleginnen.",
            ),
        ),
        "Emre Yilmaz",
    )
    proposed = topics(result)
    assert any("kostenstellenrechnung für die werke" in p for p in proposed), proposed
    assert found("die Anbindung an das bestehende Data Warehouse", proposed), proposed
    assert not any("leiterin" in p or "krüger" in p for p in proposed), proposed


def test_french_and_spanish_phrases_stop_before_a_verb_said_after_them(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "Entretien Acheteur Projet-20310506_090000-Meeting Transcript.vtt",
        teams(
            ("Moreau, Élodie", "Bonjour Hugo, je suis Élodie Moreau, responsable achats."),
            ("Petit, Hugo", "Bonjour, merci de me recevoir."),
            (
                "Moreau, Élodie",
                "Le sujet principal, ce sont les appels d'offres pour les emballages. Les appels d'offres pour les emballages prennent trois mois.",
            ),
            (
                "Garnier, Luc",
                "Je suis Luc Garnier. Les appels d'offres pour le transport arrivent ensuite, et la négociation des contrats cadres aussi.",
            ),
            ("Moreau, Élodie", "Nous vous répondrons avant la fin du mois."),
        ),
        "Hugo Petit",
    )
    proposed = topics(result)
    assert found("les appels d'offres pour les emballages", proposed) or found(
        "les appels d'offres", proposed
    ), proposed
    assert found("la négociation des contrats cadres", proposed), proposed
    assert not any("prennent" in p or "arrivent" in p or "fin du mois" in p for p in proposed), (
        proposed
    )


# --- 3. a meeting tool's word inside a thing of the job -------------------------------------


def test_a_phrase_with_a_meeting_tools_word_is_named_whole(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310506-090000_Recording.transcript.vtt",
        zoom(
            ("Hemi Walker", "Hi Ana, can you hear me? Your camera is a bit dark but that's fine."),
            ("Ana Souza", "Hi Hemi, yes, I can hear you."),
            (
                "Hemi Walker",
                "Great. So the hand-eye calibration of the robot camera drifts after every nozzle change, and the computer vision model for weld seams misses short gaps.",
            ),
            (
                "Hemi Walker",
                "The other big one is the touch screen on the powder hopper: the operators cannot read the batch codes on it.",
            ),
            ("Ana Souza", "How do you re-calibrate today?"),
            (
                "Hemi Walker",
                "By hand, with a checkerboard. The hand-eye calibration takes an hour each time.",
            ),
        ),
        "Ana Souza",
    )
    proposed = topics(result)
    assert found("the hand-eye calibration of the robot camera", proposed), proposed
    assert not any(p in ("your camera", "camera", "the camera") for p in proposed), proposed


# --- 4. a job said after a name is no topic ----------------------------------------------------


def test_a_job_after_a_name_and_a_comma_is_no_topic(tmp_path: Path) -> None:
    text = (
        "Quantity Surveyor interview\n\n"
        "Tomasz Wrona  0:00\nMorning Keri, I'm Tomasz Wrona, senior cost modeller on the bids "
        "team. Thanks for coming in.\n\n"
        "Keri Hohaia  0:07\nThanks Tomasz, good to meet you.\n\n"
        "Tomasz Wrona  0:12\nSo the first thing is the cost plan for the hospital extension. "
        "The cost plan for the hospital extension is due in March.\n\n"
        "Ines Duarte  0:30\nAnd I'm Ines Duarte, head of commercial. For me "
        "it's the variation register on the school job, because the variation register is a "
        "mess.\n\n"
        "Keri Hohaia  0:48\nHow many variations are open?\n\n"
        "Tomasz Wrona  0:52\nAbout sixty, and the subcontractor claims keep coming in late.\n"
    )
    result = debriefed(tmp_path, "qs_interview_otter_ai.txt", text, "Keri Hohaia")
    proposed = topics(result)
    assert found("the cost plan for the hospital extension", proposed), proposed
    assert found("the variation register", proposed), proposed
    for title in ("cost modeller", "head of commercial"):
        assert not any(title in p for p in proposed), (title, proposed)

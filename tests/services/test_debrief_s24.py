"""`followup debrief` on transcripts in the shapes the tools write in other languages (issue 9,
session 24), each kind in general, with invented people and employers:

1. a Google Meet transcript document written in the meeting owner's language: its header (the
   title, "Asistentes" / "Participants" / "Teilnehmer" / "参加者" / "참석자" and the attendee
   list, "Transcripción" / "Transcrição" / "Transkript" / "文字起こし"), the editable
   transcript's notice and its footer ("La reunión finalizó después de 00:31:07 👋") are the
   tool's words: never a speaker, a topic or a detail;
2. the employer's decision date said in Spanish, Portuguese, French, German or Italian,
   relative to the interview day ("lo decidiremos antes del viernes 23", "vamos dar uma
   resposta até dia 16", "wir melden uns bis Ende nächster Woche"), where a start date, a next
   round or a probation said in the same language is no decision date, and an English
   sentence is read as it is; and English ways the transcript says it ("the week after next,
   by the Friday", "decision by end of next week");
3. speakers written in Chinese characters, kana or Hangul ("松本 拓也:", "林 亜紀：" with a
   full-width colon, "김민준:"), and the topics of such a transcript whose talk is English; a
   job title ("the senior modeller role") is no topic, and a topic said with and without its
   article is proposed once.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.config import load_settings
from followup.core.debrief import Proposal, distinct_topics
from followup.core.decision_dates import in_english
from followup.services.debrief import load_data
from helpers_debrief import debriefed, decision, topics, zoom

# --- 1. a Meet transcript document in the owner's language ------------------------------------

# (language, title's last word, attendees' label, transcript's label, the notice, the footer)
MEET_DOCUMENTS = [
    (
        "es",
        "Transcripción",
        "Asistentes",
        "Transcripción",
        "Esta transcripción editable se generó automáticamente y puede contener errores. Los usuarios también pueden cambiar el texto después de que se haya creado.",
        "La reunión finalizó después de 00:31:07 👋",
    ),
    (
        "pt",
        "Transcrição",
        "Participantes",
        "Transcrição",
        "Esta transcrição editável foi gerada por computador e pode conter erros. As pessoas também podem mudar o texto depois que ele foi criado.",
        "A reunião terminou após 00:31:07 👋",
    ),
    (
        "fr",
        "Transcription",
        "Participants",
        "Transcription",
        "Cette transcription modifiable a été générée par ordinateur et peut contenir des erreurs. Les participants peuvent aussi modifier le texte après sa création.",
        "La réunion s'est terminée après 00:31:07 👋",
    ),
    (
        "de",
        "Transkript",
        "Teilnehmer",
        "Transkript",
        "Dieses bearbeitbare Transkript wurde computergeneriert und kann Fehler enthalten. Nutzer können den Text auch nach der Erstellung ändern.",
        "Die Besprechung wurde nach 00:31:07 beendet 👋",
    ),
    (
        "it",
        "Trascrizione",
        "Partecipanti",
        "Trascrizione",
        "Questa trascrizione modificabile è stata generata dal computer e potrebbe contenere errori. Gli utenti possono anche modificare il testo dopo la sua creazione.",
        "La riunione è terminata dopo 00:31:07 👋",
    ),
    (
        "nl",
        "Transcript",
        "Deelnemers",
        "Transcript",
        "Dit bewerkbare transcript is door een computer gegenereerd en kan fouten bevatten. Mensen kunnen de tekst ook wijzigen nadat deze is gemaakt.",
        "De vergadering is beëindigd na 00:31:07 👋",
    ),
    (
        "ja",
        "文字起こし",
        "参加者",
        "文字起こし",
        "この編集可能な文字起こしはコンピュータによって生成されたもので、誤りが含まれている可能性があります。",
        "会議は 00:31:07 後に終了しました 👋",
    ),
    (
        "ko",
        "스크립트",
        "참석자",
        "회의록",
        "이 수정 가능한 스크립트는 컴퓨터로 생성되었으며 오류가 있을 수 있습니다.",
        "회의가 00:31:07 후에 종료됨 👋",
    ),
    (
        "zh",
        "转录",
        "参会者",
        "转录",
        "此可修改的转录内容由计算机生成，可能包含错误。",
        "会议在 00:31:07 后结束 👋",
    ),
]

MEET_TALK = [
    (
        "Ingrid Solberg",
        "Thanks for joining, Rafael. I'd like to start with the cold storage expansion at our Drammen site.",
    ),
    (
        "Rafael Quintero",
        "Thank you for having me. At my last job I ran the warehouse slotting project for frozen goods.",
    ),
    (
        "Ingrid Solberg",
        "Good. The other big piece is the returns process, which we measure per SKU.",
    ),
    (
        "Rafael Quintero",
        "I'd start by mapping the returns process and the pick paths before changing anything.",
    ),
]


def meet_document(
    title_word: str, attendees: str, transcript: str, notice: str, footer: str, markdown: bool
) -> str:
    """A Meet transcript document exported as text (or, `markdown`, as Docs' Markdown export
    writes it: headings and the notice in italics), as the tool writes it in a language."""
    heading = "## **" if markdown else ""
    close = "**" if markdown else ""
    section = "# **" if markdown else ""
    stamp = "### " if markdown else ""
    lines = [
        f"{heading}Warehouse Operations Lead (2031-05-13 10:02 CEST) - {title_word}{close}",
        f"{section}{attendees}{close}",
        "Ingrid Solberg, Rafael Quintero",
        f"{section}{transcript}{close}",
        f"*{notice}*" if markdown else notice,
        f"{stamp}00:00:00",
    ]
    for n, (who, said) in enumerate(MEET_TALK):
        if n == 2:
            lines.append(f"{stamp}00:05:00")
        lines.append(f"{who}: {said}")
    lines.append(f"{stamp}{footer}")
    if markdown:  # the Markdown export repeats the notice under the footer
        lines.append(f"*{notice}*")
    return ("\n\n" if markdown else "\n").join(lines) + "\n"


BOILERPLATE_WORDS = (
    "transcri", "transkript", "trascri", "asistentes", "participa", "teilnehmer", "deelnemer",
    "reunión", "reunião", "réunion", "besprechung", "riunione", "vergadering", "editable",
    "editável", "modifiable", "bearbeitbare", "modificabile", "bewerkbare", "文字起こし", "参加者",
    "참석자", "회의", "转录", "参会者", "会議", "会议", "computer", "ordinateur", "automáticamente",
)  # fmt: skip


@pytest.mark.parametrize("markdown", [False, True], ids=["text", "markdown"])
@pytest.mark.parametrize(
    ("language", "title_word", "attendees", "label", "notice", "footer"),
    MEET_DOCUMENTS,
    ids=[m[0] for m in MEET_DOCUMENTS],
)
def test_a_meet_document_in_any_language_names_only_its_people(
    tmp_path: Path,
    language: str,
    title_word: str,
    attendees: str,
    label: str,
    notice: str,
    footer: str,
    markdown: bool,
) -> None:
    text = meet_document(title_word, attendees, label, notice, footer, markdown)
    result = debriefed(
        tmp_path,
        f"Warehouse Operations Lead (2031-05-13 10_02 CEST) - {title_word}.txt",
        text,
        date(2031, 5, 13),
        "Rafael Quintero",
        "NO",
    )
    assert sorted(result.speakers) == ["Ingrid Solberg", "Rafael Quintero"]
    assert result.tool == "meet"
    said = [p.text.lower() for p in result.proposals]
    for word in BOILERPLATE_WORDS:
        assert not any(word in s for s in said), (word, said)
    assert any("cold storage" in t for t in topics(result)), topics(result)


@pytest.mark.parametrize(
    ("label", "footer"),
    [
        ("Participants", "Meeting ended after 00:42:10 👋"),
        ("Teilnehmer", "Besprechung beendet nach 00:42:10"),
        ("Partecipanti", "La riunione è terminata dopo 00:42:10"),
        ("Participantes", "A reunião terminou depois de 00:42:10"),
    ],
)
def test_a_labelled_attendee_line_and_an_ending_line_are_no_speech(
    tmp_path: Path, label: str, footer: str
) -> None:
    """Typed or pasted notes with "Teilnehmer: A, B" in their header and the tool's ending line
    in any language below the talk: no speaker, topic or detail comes of either."""
    text = (
        "Interview - Quality Engineer - 13.05.2031\n"
        f"{label}: Jonas Wehrli, Amélie Fournier\n\n"
        "Jonas Wehrli: We're rebuilding the supplier audit programme for the injection moulding lines.\n"
        "Amélie Fournier: In my current role I cut the scrap rate on the moulding lines by a third.\n"
        "Jonas Wehrli: The audit programme is the first thing you would own.\n"
        f"{footer}\n"
    )
    result = debriefed(
        tmp_path, "quality-engineer-notes.txt", text, date(2031, 5, 13), "Amélie Fournier", "CH"
    )
    assert sorted(result.speakers) == ["Amélie Fournier", "Jonas Wehrli"]
    said = " | ".join(p.text.lower() for p in result.proposals)
    assert label.lower() not in said
    assert "00:42" not in said and "beendet" not in said and "terminata" not in said
    assert "terminou" not in said and "ended" not in said


TUE = date(2031, 5, 13)


TEAMS_EVENTS = [
    ("hat die Transkription gestartet", "hat die Transkription beendet"),
    ("a démarré la transcription", "a arrêté la transcription"),
    ("inició la transcripción", "detuvo la transcripción"),
    ("iniciou a transcrição", "parou a transcrição"),
    ("ha avviato la trascrizione", "ha interrotto la trascrizione"),
    ("is begonnen met transcriberen", "is gestopt met transcriberen"),
]


@pytest.mark.parametrize(("started", "stopped"), TEAMS_EVENTS, ids=[e[0] for e in TEAMS_EVENTS])
def test_a_teams_event_line_in_any_language_is_no_speech(
    tmp_path: Path, started: str, stopped: str
) -> None:
    """A Teams transcript downloaded as a document and saved as text, in the owner's language:
    "Jonas Wehrli hat die Transkription gestartet" is the tool's line, not Jonas's speech."""
    text = (
        "Quality Engineer interview-20310513_090312-Meeting Recording\n"
        "May 13, 2031, 9:03AM\n"
        "32m 10s\n\n"
        f"Jonas Wehrli {started}\n\n"
        "Jonas Wehrli   0:05\n"
        "We're rebuilding the supplier audit programme for the injection moulding lines.\n\n"
        "Amélie Fournier   0:12\n"
        "In my current role I cut the scrap rate on the moulding lines by a third.\n\n"
        "Jonas Wehrli   0:20\n"
        "The supplier audit programme is the first thing you would own.\n\n"
        f"Jonas Wehrli {stopped}\n"
    )
    result = debriefed(
        tmp_path,
        "Quality Engineer interview-20310513_090312-Meeting Transcript.txt",
        text,
        date(2031, 5, 13),
        "Amélie Fournier",
        "CH",
    )
    assert sorted(result.speakers) == ["Amélie Fournier", "Jonas Wehrli"]
    said = " | ".join(p.text.lower() for p in result.proposals)
    for word in ("transkription", "transcri", "trascrizione", "gestartet", "démarré"):
        assert word not in said, said
    assert any("supplier audit programme" in t for t in topics(result)), topics(result)


# --- 2. the decision date in other languages --------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "answer", "said", "day", "country"),
    [
        # Spanish
        (
            "Gracias por venir, Lucía. Hablemos del inventario de repuestos.",
            "Gracias a usted.",
            "Lo decidiremos antes del viernes 23 y le escribiremos.",
            "2031-05-23",
            "ES",
        ),
        (
            "Hablemos del inventario de repuestos.",
            "Claro.",
            "Le daremos una respuesta la semana que viene, como muy tarde el viernes.",
            "2031-05-23",
            "ES",
        ),
        (
            "Hablemos del inventario de repuestos.",
            "Claro.",
            "Tendrá noticias nuestras antes de fin de mes.",
            "2031-05-31",
            "ES",
        ),
        (
            "Hablemos del inventario de repuestos.",
            "Claro.",
            "Le daremos una respuesta en un plazo de diez días hábiles.",
            "2031-05-27",
            "ES",
        ),
        # Portuguese
        (
            "Obrigada por vir, Lucía. Vamos falar do inventário de peças.",
            "Obrigada.",
            "Vamos dar uma resposta até dia 16.",
            "2031-05-16",
            "PT",
        ),
        (
            "Vamos falar do inventário de peças.",
            "Claro.",
            "Entraremos em contato até o final da semana que vem.",
            "2031-05-23",
            "BR",
        ),
        (
            "Vamos falar do inventário de peças.",
            "Claro.",
            "A decisão sai até sexta-feira, dia 16.",
            "2031-05-16",
            "BR",
        ),
        # French
        (
            "Merci d'être venue, Lucía. Parlons du stock de pièces détachées.",
            "Merci à vous.",
            "Nous reviendrons vers vous d'ici le 3 juin.",
            "2031-06-03",
            "FR",
        ),
        (
            "Parlons du stock de pièces détachées.",
            "Bien sûr.",
            "Nous vous donnerons une réponse avant la fin du mois.",
            "2031-05-31",
            "FR",
        ),
        (
            "Parlons du stock de pièces détachées.",
            "Bien sûr.",
            "Nous prendrons notre décision vendredi prochain.",
            "2031-05-23",
            "BE",
        ),
        # German
        (
            "Danke, dass Sie da sind, Frau Ortega. Reden wir über das Ersatzteillager.",
            "Gern.",
            "Wir melden uns bis Ende nächster Woche.",
            "2031-05-23",
            "DE",
        ),
        (
            "Reden wir über das Ersatzteillager.",
            "Gern.",
            "Unsere Entscheidung bekommen Sie bis zum 28. Mai.",
            "2031-05-28",
            "AT",
        ),
        (
            "Reden wir über das Ersatzteillager.",
            "Gern.",
            "Wir geben Ihnen bis Freitag Bescheid.",
            "2031-05-16",
            "DE",
        ),
        # Italian
        (
            "Grazie di essere venuta, Lucía. Parliamo del magazzino ricambi.",
            "Grazie a voi.",
            "Vi faremo sapere entro venerdì prossimo.",
            "2031-05-23",
            "IT",
        ),
        (
            "Parliamo del magazzino ricambi.",
            "Certo.",
            "Prenderemo una decisione entro la fine della prossima settimana.",
            "2031-05-23",
            "IT",
        ),
        (
            "Parliamo del magazzino ricambi.",
            "Certo.",
            "Le daremo una risposta entro il 20 maggio.",
            "2031-05-20",
            "IT",
        ),
    ],
)
def test_the_decision_said_in_other_languages(
    tmp_path: Path, opening: str, answer: str, said: str, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Beatriz Lozano", opening),
            ("Lucía Ortega", answer),
            ("Beatriz Lozano", said),
            ("Lucía Ortega", "Muchas gracias."),
        ),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("other", "said", "day", "country"),
    [
        # a start date, a next round, a probation said first: the decision's day is the one
        (
            "La fecha de incorporación sería el lunes 2 de junio.",
            "Lo decidiremos antes del viernes 23.",
            "2031-05-23",
            "ES",
        ),
        (
            "A segunda etapa seria na segunda-feira, dia 19.",
            "Damos uma resposta até sexta-feira.",
            "2031-05-16",
            "PT",
        ),
        (
            "La période d'essai est de trois mois, et la prise de poste serait le 2 juin.",
            "Nous reviendrons vers vous d'ici le 27 mai.",
            "2031-05-27",
            "FR",
        ),
        (
            "Die zweite Runde wäre am Montag, dem 19. Mai.",
            "Wir melden uns bis Ende nächster Woche.",
            "2031-05-23",
            "DE",
        ),
        (
            "Il periodo di prova dura sei mesi e la data di inizio sarebbe il 2 giugno.",
            "Vi faremo sapere entro il 20 maggio.",
            "2031-05-20",
            "IT",
        ),
    ],
)
def test_a_start_round_or_probation_is_no_decision_in_other_languages(
    tmp_path: Path, other: str, said: str, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Beatriz Lozano", "Hablemos del inventario de repuestos."),
            ("Lucía Ortega", "Claro."),
            ("Beatriz Lozano", other),
            ("Lucía Ortega", "Perfecto."),
            ("Beatriz Lozano", said),
        ),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("other", "country"),
    [
        ("La fecha de incorporación sería el lunes 2 de junio.", "ES"),
        ("A segunda etapa seria na segunda-feira, dia 19.", "PT"),
        ("Die Probezeit endet am 13. November.", "DE"),
    ],
)
def test_only_a_start_round_or_probation_gives_no_decision(
    tmp_path: Path, other: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Beatriz Lozano", "Hablemos del inventario de repuestos."),
            ("Lucía Ortega", "Claro."),
            ("Beatriz Lozano", other),
        ),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) is None


THU = date(2031, 9, 25)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("We'll get back to you the week after next, by the Friday.", "2031-10-10"),
        ("So, decision by end of next week.", "2031-10-03"),
        ("We should have a decision by end of next week, and we'll call you then.", "2031-10-03"),
        ("You'll hear from us the week after next, probably by the Friday.", "2031-10-10"),
    ],
)
def test_english_ways_said_after_a_thursday_interview(tmp_path: Path, said: str, day: str) -> None:
    result = debriefed(
        tmp_path,
        "Fleet Planner interview-20310925_140012-Meeting Transcript.vtt",
        "WEBVTT\n\n"
        "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/11-0\n00:00:03.120 --> 00:00:07.880\n"
        "<v Moira Delacroix>We're electrifying the depot fleet over the next two years.</v>\n\n"
        "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/12-0\n00:00:08.120 --> 00:00:11.880\n"
        "<v Tobiah Renner (Guest)>I planned the charger roll-out for a bus depot before.</v>\n\n"
        "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/13-0\n00:00:12.120 --> 00:00:15.880\n"
        f"<v Moira Delacroix>Thanks, Tobiah. {said}</v>\n",
        THU,
        "Tobiah Renner",
        "US",
    )
    assert decision(result) == day


# --- 3. speakers in Chinese characters, kana and Hangul --------------------------------------


@pytest.mark.parametrize(
    ("interviewer", "colon"),
    [
        ("松本 拓也", ": "),
        ("林 亜紀", "："),
        ("김민준", ": "),
        ("박서연", "："),
        ("王芳", "："),
        ("たなか ゆい", ": "),
    ],
)
def test_speakers_written_in_cjk_scripts(tmp_path: Path, interviewer: str, colon: str) -> None:
    text = (
        f"{interviewer}{colon}Thanks for joining today, Hannah. Let's talk about the cold storage expansion project.\n"
        f"Hannah Reid{colon}Thank you. At my last job I led the warehouse slotting project.\n"
        f"{interviewer}{colon}The cold storage expansion needs someone to plan the racking layout.\n"
        f"Hannah Reid{colon}I'd begin with the racking layout and the forklift routes.\n"
    )
    result = debriefed(
        tmp_path, "interview-notes.txt", text, date(2031, 5, 13), "Hannah Reid", "JP"
    )
    assert sorted(result.speakers) == sorted([interviewer, "Hannah Reid"])
    assert any("cold storage expansion" in t for t in topics(result)), topics(result)
    assert not any(interviewer.split()[0] in p.text for p in result.proposals)


def test_a_zoom_file_with_cjk_speakers_and_english_talk(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-010000_Recording.transcript.vtt",
        zoom(
            (
                "松本 拓也",
                "Welcome, Hannah. Today I want to cover the cold storage expansion in Chiba.",
            ),
            ("Hannah Reid", "Thanks. I ran the warehouse slotting project at my last company."),
            ("松本 拓也", "We measure the returns process per SKU, which is new for us."),
            ("Hannah Reid", "That's something I enjoyed building before."),
            ("松本 拓也", "We'll let you know by Friday the 23rd."),
        ),
        TUE,
        "Hannah Reid",
        "JP",
    )
    assert sorted(result.speakers) == ["Hannah Reid", "松本 拓也"]
    assert decision(result) == "2031-05-23"
    assert any("cold storage expansion" in t for t in topics(result)), topics(result)


def test_an_otter_export_with_cjk_speakers(tmp_path: Path) -> None:
    text = (
        "Logistics interview\n"
        "Tue, May 13, 2031 10:02AM \u2022 24:51\n\n"
        "松本 拓也  0:02\n"
        "Welcome, Hannah. Today I want to cover the cold storage expansion.\n\n"
        "Hannah Reid  0:09\n"
        "Thanks. I ran the warehouse slotting project at my last company.\n\n"
        "김민준  0:20\n"
        "The cold storage expansion needs a new racking layout, and we measure the returns process per SKU.\n\n"
        "Hannah Reid  0:31\n"
        "I'd map the returns process first.\n\n"
        "Transcribed by https://otter.ai\n"
    )
    result = debriefed(tmp_path, "logistics_interview_otter_ai.txt", text, TUE, "Hannah Reid", "JP")
    assert sorted(result.speakers) == sorted(["松本 拓也", "김민준", "Hannah Reid"])
    assert any("cold storage expansion" in t for t in topics(result)), topics(result)


def test_a_japanese_meet_document_with_english_talk(tmp_path: Path) -> None:
    text = (
        "物流 面接 (2031-05-13 10:02 JST) - 文字起こし\n"
        "参加者\n松本 拓也, 林 亜紀, Hannah Reid\n"
        "文字起こし\n"
        "この編集可能な文字起こしはコンピュータによって生成されたもので、誤りが含まれている可能性があります。\n"
        "00:00:00\n"
        "松本 拓也: Welcome, Hannah. Today I want to cover the cold storage expansion.\n"
        "Hannah Reid: Thanks. I ran the warehouse slotting project at my last company.\n"
        "林 亜紀: The returns process is measured per SKU here.\n"
        "Hannah Reid: I'd map the returns process before changing anything.\n"
        "会議は 00:24:51 後に終了しました 👋\n"
    )
    result = debriefed(
        tmp_path,
        "物流 面接 (2031-05-13 10_02 JST) - 文字起こし.txt",
        text,
        TUE,
        "Hannah Reid",
        "JP",
    )
    assert sorted(result.speakers) == sorted(["松本 拓也", "林 亜紀", "Hannah Reid"])
    found = topics(result)
    assert any("cold storage expansion" in t for t in found), found
    assert not any("文字起こし" in p.text or "会議" in p.text for p in result.proposals)


# --- 3. job titles and a topic said with and without its article ------------------------------


def test_a_job_title_is_no_topic_and_a_topic_is_proposed_once(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            (
                "Oluwaseun Adeyemi",
                "Thanks for coming in, Priya. The senior modeller role sits in our catastrophe modelling team.",
            ),
            ("Priya Raghunathan", "Thanks. I've spent four years on flood model validation."),
            (
                "Oluwaseun Adeyemi",
                "As senior modeller you'd own the flood model validation for the European book.",
            ),
            ("Priya Raghunathan", "I'd start with the vendor model comparison we ran last year."),
            (
                "Oluwaseun Adeyemi",
                "Good. Flood model validation is where most of the work is this year, and the vendor model comparison feeds it.",
            ),
        ),
        TUE,
        "Priya Raghunathan",
    )
    found = topics(result)
    assert not any("senior modeller" in t for t in found), found
    bare = [t.removeprefix("the ").removeprefix("a ") for t in found]
    assert len(bare) == len(set(bare)), found


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("the senior modeller role", "flood model validation"),
        ("our lead estimator position", "the tender pipeline"),
        ("the principal planner job", "the depot relocation"),
        ("a junior surveyor", "the drainage survey backlog"),
    ],
)
def test_a_job_title_said_by_the_interviewer_is_no_topic(
    tmp_path: Path, title: str, topic: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            (
                "Oluwaseun Adeyemi",
                f"Thanks for coming in, Priya. We're hiring for {title} because of {topic}.",
            ),
            ("Priya Raghunathan", "Thanks, I've read about it."),
            (
                "Oluwaseun Adeyemi",
                f"Most of the first year goes on {topic}, so tell me how you'd start.",
            ),
        ),
        TUE,
        "Priya Raghunathan",
    )
    found = topics(result)
    head = (
        title.split()[-2] if title.split()[-1] in ("role", "position", "job") else title.split()[-1]
    )
    assert not any(head in t for t in found), found
    assert any(topic.removeprefix("the ") in t for t in found), found


def test_a_topic_said_with_and_without_its_article_is_kept_once() -> None:
    said = [
        Proposal("topic", "returns process", "noun phrase", "The returns process is new."),
        Proposal("topic", "the pick paths", "noun phrase", "We redid the pick paths."),
        Proposal("topic", "the returns process", "keyphrase", "We measure the returns process."),
        Proposal("topic", "our pick paths", "noun phrase", "Our pick paths are long."),
        Proposal("topic", "the pick path survey", "noun phrase", "The pick path survey."),
    ]
    assert [p.text for p in distinct_topics(said)] == [
        "returns process",
        "the pick paths",
        "the pick path survey",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll decide by the 14th, when the audit is due.",
        "You'll hear from us before the end of next week, once the panel has met.",
        "Mei and I will make a call by Friday; the tre-layer design is due in May.",
        "The start date would be the 2nd of June, and we'll let you know by the 23rd.",
    ],
)
def test_an_english_sentence_is_read_as_it_is(sentence: str) -> None:
    words, _limits = load_data(load_settings())
    assert words.decision is not None
    assert in_english(sentence, words.decision) == sentence

"""Speakers' names as real exports write them (issue 9, kind 11; s11): letters beyond Latin-1
(Ł, ś, ı, Ř), a Teams "Last, First" whose surname has a particle ("Ó Murchú, Siobhán"), SRT
voices labelled by surname in capitals and named in full by the introductions, a device's
owner whose surname is said with a possessive ("Maren Solberg's interview"), and a candidate
labelled by a short form of their first name ("Sam" for Samira)."""

from __future__ import annotations

import pytest

from followup.core.transcript import listed_speakers, parse_transcript, with_candidate


def _teams(*voices: tuple[str, str]) -> str:
    cues = [
        f"a1b2c3d4-0000-4000-8000-00000000000{n}/{n}-0\n00:00:0{n}.000 --> 00:00:0{n}.900\n"
        f"<v {who}>{text}</v>\n"
        for n, (who, text) in enumerate(voices, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Ó Murchú, Siobhán", "Siobhán Ó Murchú"),
        ("Ní Dhonnchadha, Aoife", "Aoife Ní Dhonnchadha"),
        ("Mac Giolla, Ciarán", "Ciarán Mac Giolla"),
        ("Wiśniewska, Łucja", "Łucja Wiśniewska"),
        ("Yılmaz, Oğuz", "Oğuz Yılmaz"),
    ],
)
def test_teams_last_first_with_a_particle_or_letters_beyond_latin_1(label: str, name: str) -> None:
    t = parse_transcript(_teams((label, "Thanks for joining us today."), ("Ana Ruiz", "Hello.")))
    assert t.speakers == [name, "Ana Ruiz"]


@pytest.mark.parametrize(
    ("device", "said", "name"),
    [
        (
            "Łukasz’s iPad",
            "Hi, it's me. I'm Łukasz Dąbrowski, sorry, I'm on the tablet.",
            "Łukasz Dąbrowski",
        ),
        ("Žofia’s iPhone", "Hello, this is Žofia Horváthová, can you hear me?", "Žofia Horváthová"),
        ("Şebnem’s Galaxy S23", "Yes, I'm Şebnem Öztürk, thank you.", "Şebnem Öztürk"),
    ],
)
def test_a_device_owner_beyond_latin_1_is_named_by_the_introduction(
    device: str, said: str, name: str
) -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n"
        "Ruth Okafor: Good morning, can you hear us?\n\n"
        f"2\n00:00:03.000 --> 00:00:04.000\n{device}: {said}\n"
    )
    assert parse_transcript(text).speakers == ["Ruth Okafor", name]


def test_a_device_owner_completed_by_a_name_said_with_a_possessive() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n"
        "Ruth Okafor: Right, this is Ingrid Halvorsen's interview for the analyst post.\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\nIngrid’s iPhone: Yes, sorry, I'm on my phone today.\n"
    )
    assert parse_transcript(text).speakers == ["Ruth Okafor", "Ingrid Halvorsen"]


def _srt(*cues: tuple[str, str]) -> str:
    return "\n".join(
        f'{n}\n00:00:0{n},000 --> 00:00:0{n},900\n<font color="{colour}">{text}</font>\n'
        for n, (colour, text) in enumerate(cues, start=1)
    )


@pytest.mark.parametrize(
    ("cues", "speakers"),
    [
        (
            [
                ("#FFFFFF", "KELLER: Good morning, please sit down."),
                ("#FFFFFF", "I'm Johanna Keller, and this is Emre Yıldız, our process lead."),
                ("#FFFF00", "YILDIZ: Good morning, welcome."),
                ("#00FFFF", "ADEYEMI: Good morning. I'm Tunde Adeyemi."),
            ],
            ["Johanna Keller", "Emre Yıldız", "Tunde Adeyemi"],
        ),
        (
            [
                ("#FFFFFF", "NAKAMURA: Welcome. My name is Aiko Nakamura."),
                ("#00FF00", "SILVA: Thank you. I'm Bruno Silva, nice to meet you."),
            ],
            ["Aiko Nakamura", "Bruno Silva"],
        ),
        (  # a surname two people share names nobody
            [
                ("#FFFFFF", "PATEL: Hello, I'm Ravi Patel, and this is Nisha Patel."),
                ("#00FF00", "OKAFOR: Hello, I'm Chidi Okafor."),
            ],
            ["Patel", "Chidi Okafor"],
        ),
    ],
)
def test_srt_voices_labelled_by_surname_take_the_introduced_full_name(
    cues: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert parse_transcript(_srt(*cues)).speakers == speakers


@pytest.mark.parametrize(
    ("label", "candidate"),
    [("Sam", "Samira Haddou"), ("Alex", "Alexandra Petrova"), ("Tom", "Tomasz Wiśniewski")],
)
def test_a_candidate_labelled_by_a_short_first_name(label: str, candidate: str) -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nRuth Okafor: Welcome, thanks for joining.\n\n"
        f"2\n00:00:03.000 --> 00:00:04.000\n{label}: Thanks for having me.\n"
    )
    t = with_candidate(parse_transcript(text), label, candidate)
    assert listed_speakers(t, candidate) == ["Ruth Okafor", candidate]


def test_a_short_name_of_someone_else_is_not_the_candidate() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nRuth Okafor: Welcome, thanks for joining.\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\nSa: Thanks for having me.\n"
    )
    t = with_candidate(parse_transcript(text), "Sa", "Samira Haddou")
    assert "Samira Haddou" not in t.speakers


def test_the_candidates_voice_is_found_by_a_short_first_name() -> None:
    from followup.core.debrief import candidate_speaker

    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nRuth Okafor: Hi Samira, can you hear us?\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\nSam’s iPad: Yes, it's me, I'm on the iPad.\n"
    )
    t = parse_transcript(text)
    assert candidate_speaker(t, "Samira Haddou") == "Sam"
    assert candidate_speaker(t, "Samuel Okoro") == "Sam"
    assert candidate_speaker(t, "Dana Whitfield") is None


def _vtt(*cues: tuple[str, str]) -> str:
    return "WEBVTT\n\n" + "\n".join(
        f"{n}\n00:00:0{n}.000 --> 00:00:0{n}.900\n{who}: {text}\n"
        for n, (who, text) in enumerate(cues, start=1)
    )


@pytest.mark.parametrize(
    ("short", "candidate"), [("Rob", "Roberta Silva"), ("Fran", "Francesca Moretti")]
)
def test_a_short_form_is_not_the_candidate_beside_an_unnamed_voice(short, candidate) -> None:
    """Beside a voice that names nobody ("Speaker 2"), the one whose label opens the
    candidate's first name is as likely an interviewer ("Rob" beside Roberta's "Speaker 2")."""
    from followup.core.debrief import candidate_speaker

    t = parse_transcript(
        f"{short}  0:03\nWelcome, thanks for making the time today.\n\n"
        "Speaker 2  0:07\nThanks for having me, glad to be here.\n\n"
        f"{short}  0:12\nLet's start with your current role.\n"
    )
    assert "Speaker 2" in t.speakers
    assert candidate_speaker(t, candidate) != short
    assert candidate not in with_candidate(t, short, candidate).speakers


@pytest.mark.parametrize(
    ("short", "own", "candidate"),
    [("Max", "Max Turner", "Maxine Cole"), ("Ben", "Ben Adeyemi", "Benedikt Vogel")],
)
def test_a_short_form_introduced_as_someone_else_is_not_the_candidate(
    short, own, candidate
) -> None:
    from followup.core.debrief import candidate_speaker

    t = parse_transcript(
        _vtt(
            (short, f"Hi, I'm {own}, I run the analytics team here."),
            ("Ruth Okafor", "And I look after hiring for the group."),
        )
    )
    assert candidate_speaker(t, candidate) != short
    assert candidate not in with_candidate(t, short, candidate).speakers

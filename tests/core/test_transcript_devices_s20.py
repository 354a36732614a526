"""Device names as speakers, in any locale (issue 9, kind 11): "iPhone de Rodrigo", "iPad von
Jonas", "Galaxy S21 de Ana", "Kiri's MacBook Pro", "DESKTOP-7FQ2K1", "Android" are never a
person; the person is named by the device's owner as the file writes their full name, or by
what the voice says of itself."""

from __future__ import annotations

import pytest

from followup.core.transcript import device_owner, is_device, parse_transcript
from helpers_debrief import zoom_vtt


@pytest.mark.parametrize(
    ("label", "owner"),
    [
        ("iPhone de Rodrigo", "Rodrigo"),
        ("iPad de Lucía", "Lucía"),
        ("iPhone von Jonas", "Jonas"),
        ("Galaxy S21 de Ana", "Ana"),
        ("iPhone di Marco", "Marco"),
        ("iPhone van Sanne", "Sanne"),
        ("iPhone de João (2)", "João"),
        ("Kiri's MacBook Pro", "Kiri"),
        ("Lena’s iPhone", "Lena"),
        ("DESKTOP-7FQ2K1", None),
        ("LAPTOP-QH3V9ZP", None),
        ("WIN-8KD2L0Q", None),
        ("Android", None),
        ("iPad (2)", None),
    ],
)
def test_a_device_in_any_locale_and_its_owner(label: str, owner: str | None) -> None:
    assert is_device(label)
    assert device_owner(label) == owner


@pytest.mark.parametrize(
    "label", ["Rodrigo Fuentes", "Ana de Souza", "Jonas von Berg", "Marco Di Stefano", "HR-Team"]
)
def test_a_person_is_no_device(label: str) -> None:
    assert not is_device(label)
    assert device_owner(label) is None


def test_the_owner_of_a_device_in_another_locale_is_the_speaker() -> None:
    t = parse_transcript(
        zoom_vtt(
            ("Ines Duarte (she/her)", "Good morning, I'm Ines Duarte, head of quality."),
            ("iPad von Jonas", "Hello, sorry, I'm on the shop floor. Jonas Becker, plant lead."),
            ("Galaxy S21 de Ana", "Hi everyone."),
            ("Ines Duarte (she/her)", "Ana Souza is with us from Porto. Welcome, Ana."),
            ("Galaxy S21 de Ana", "Thank you, glad to be here."),
        )
    )
    assert "Jonas Becker" in t.speakers
    assert "Ana Souza" in t.speakers
    assert not any(is_device(s) for s in t.speakers)


def test_a_computers_name_is_the_person_who_says_who_they_are() -> None:
    t = parse_transcript(
        zoom_vtt(
            ("Ines Duarte", "Welcome everyone."),
            ("DESKTOP-7FQ2K1", "Hi, this is Priya Raman from the finance side."),
            ("Android", "Hello."),
        )
    )
    assert "Priya Raman" in t.speakers
    assert not any(is_device(s) for s in t.speakers if s != "Android")


def test_a_device_is_named_by_a_name_and_a_job_said_alone() -> None:
    # "Rodrigo Fuentes, vineyard manager.": a name and a job, the voice's own introduction
    t = parse_transcript(
        zoom_vtt(
            ("Catalina Reyes", "Good morning, I'm Catalina Reyes, technical director."),
            ("iPad", "Yes, sorry, I'm out in the blocks. Rodrigo Fuentes, vineyard manager."),
            ("Android", "Priya Raman here, from the finance side."),
            ("Catalina Reyes", "Thank you both."),
        )
    )
    assert "Rodrigo Fuentes" in t.speakers
    assert "Priya Raman" in t.speakers


def test_a_place_and_a_word_is_no_introduction() -> None:
    t = parse_transcript(
        zoom_vtt(
            ("Catalina Reyes", "Where are you joining from today?"),
            ("iPad", "Cape Town, actually."),
            ("Catalina Reyes", "Lovely."),
        )
    )
    assert "Cape Town" not in t.speakers

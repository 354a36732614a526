"""Names and honorifics for the reader's culture (drafts C, session 12). A name typed family
name first in Japan, Korea, China or Taiwan is never greeted by the family name alone ('Dear
Fujita,') nor by the given name alone: 'Fujita-san' in Japan (the honorific in lower case,
never 'Fujita-San'), the whole name elsewhere ('Choi Min-jun'). In Kenya, Nigeria and Ghana
a senior reader is greeted by the title the record gives and the surname ('Engr. Obi'), or
by the whole name when it gives none (no title is guessed). A Malay or Indian honorific the
record writes stays ('Encik Hafiz', 'Shri Iyer'); a professional prefix is never a name
('C.P.'); one list of names keeps one level of formality."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

PROFILE = Profile(
    name="Robin Ashby", email="robin@example.com", qualifications=["Ran 40 vendor audits"]
)
TODAY = date(2027, 3, 5)


def interview(country: str, people: list[Person], notes: str | None = None) -> Interview:
    return Interview(
        company="Harbourline Trading",
        role="Supply Planner",
        interviewed=date(2027, 3, 3),
        format=Format.VIDEO,
        channel=Channel.EMAIL,
        country=country,
        people=people,
        topics=["the quarterly supplier scorecard"],
        notes=notes,
    )


def drafts(i: Interview) -> dict[str, str]:
    settings = load_settings(env={})
    plan = planning.Planner(settings, TODAY)(i)
    out = {}
    for each in (False, True):
        try:
            batch = drafting.compose_drafts(
                settings, i, PROFILE, plan, kind="email", each=each, today=TODAY
            )
        except Exception:  # noqa: BLE001 - a panel with no other addressed interviewer
            continue
        for w in batch.written:
            out[w.draft.to_name or ""] = w.draft.body
    return out


def greeting(body: str) -> str:
    m = re.search(r"^Dear ([^,:\n]+)[,:]", body, re.M)
    assert m, body
    return m.group(1)


def coordinator(text: str, email: str, title: str = "recruiting") -> Person:
    return Person(text, email, title=title, role=PersonRole.COORDINATOR)


def interviewer(text: str, email: str | None, title: str | None = None) -> Person:
    return Person(text, email, title=title, role=PersonRole.INTERVIEWER)


def test_japan_greets_a_family_first_name_with_san_in_lower_case():
    i = interview(
        "JP",
        [
            coordinator("Fujita Kana 藤田", "k.fujita@harbourline.example"),
            interviewer("Morimoto Takeshi 森本", "t.morimoto@harbourline.example", "Studio Head"),
            interviewer("nakamura-san", None, "art lead"),
            interviewer("Ellen Brooks", "e.brooks@harbourline.example", "producer"),
        ],
    )
    out = drafts(i)
    said = {greeting(b) for b in out.values()}
    assert "Fujita-san" in said and "Morimoto-san" in said, said
    assert "Ellen" in said or "Ellen Brooks" in said, said
    text = "\n".join(out.values())
    assert "-San" not in text, text
    assert not re.search(r"Dear (?:Fujita|Morimoto|Kana|Takeshi),", text), text
    assert "Nakamura-san" in text, text  # thanked through the coordinator, as typed


@pytest.mark.parametrize(
    ("country", "typed", "greeted"),
    [
        ("KR", "Choi Min-jun 최민준", "Choi Min-jun"),
        ("KR", "Han Seo-yeon", "Han Seo-yeon"),
        ("TW", "Wang Jia-hui", "Wang Jia-hui"),
        ("CN", "Zhou Xiao Ming", "Zhou Xiao Ming"),
    ],
)
def test_a_family_first_name_is_greeted_whole(country, typed, greeted):
    i = interview(
        country,
        [
            coordinator("Paula Grant", "p.grant@harbourline.example"),
            interviewer(typed, "reader@harbourline.example", "Head of Finance"),
            interviewer("Tom Rees", "t.rees@harbourline.example", "planner"),
        ],
    )
    out = drafts(i)
    note = next(b for b in out.values() if greeting(b) not in ("Paula", "Tom"))
    assert greeting(note) == greeted, note


@pytest.mark.parametrize(
    ("country", "typed", "title", "greeted"),
    [
        ("NG", "Engr. Chukwuemeka Obi", "Managing Director", "Engr. Obi"),
        ("KE", "Wambui Njoroge", "Managing Director, Eng.", "Eng. Njoroge"),
        ("GH", "Kwabena Mensah", "Chief Executive", "Kwabena Mensah"),
        ("KE", "Akinyi Were", "HR assistant", "Akinyi"),
    ],
)
def test_a_senior_reader_in_east_or_west_africa_by_title_and_surname(
    country, typed, title, greeted
):
    i = interview(
        country,
        [
            coordinator("Paula Grant", "p.grant@harbourline.example"),
            interviewer(typed, "reader@harbourline.example", title),
            interviewer("Tom Rees", "t.rees@harbourline.example", "planner"),
        ],
    )
    out = drafts(i)
    note = next(b for b in out.values() if greeting(b) not in ("Paula", "Tom"))
    assert greeting(note) == greeted, note


@pytest.mark.parametrize(
    ("typed", "greeted"),
    [
        ("Encik Hafiz Rahman", "Encik Hafiz"),
        ("Datin Siti Aminah binti Yusof", "Datin Siti Aminah"),
        ("Shri Ramesh Iyer", "Shri Iyer"),
    ],
)
def test_an_honorific_the_record_writes_is_kept(typed, greeted):
    i = interview(
        "MY" if "Shri" not in typed else "IN",
        [
            coordinator("Paula Grant", "p.grant@harbourline.example"),
            interviewer(typed, "reader@harbourline.example", "Plant Manager"),
            interviewer("Tom Rees", "t.rees@harbourline.example", "planner"),
        ],
    )
    out = drafts(i)
    note = next(b for b in out.values() if greeting(b) not in ("Paula", "Tom"))
    assert greeting(note) == greeted, note


def test_a_professional_prefix_is_never_a_name():
    i = interview(
        "MX",
        [
            coordinator("Paula Grant", "p.grant@harbourline.example"),
            interviewer("C.P. Lucía Herrera", None, "Controller"),
            interviewer("Arq. Diego Fuentes", None, "Facilities"),
            interviewer("Tom Rees", None, "planner"),
        ],
    )
    text = "\n".join(drafts(i).values())
    assert "C.P." not in text and "Arq." not in text, text
    assert "Lucía" in text, text


def test_a_name_typed_with_its_own_script_beside_it():
    assert phrasing.bare_name("Okubo Rie 大久保") == "Okubo Rie"
    assert phrasing.bare_name("Seo Yun-ah 서윤아") == "Seo Yun-ah"
    assert phrasing.bare_name("大久保理恵") == "大久保理恵"  # nothing else to call them


def test_a_kept_honorific_after_a_lower_case_name_stays_lower_case():
    assert phrasing.person_name("ishikawa-san") == "Ishikawa-san"
    assert phrasing.person_name("mehta-ji") == "Mehta-ji"
    assert phrasing.person_name("anna-lena berg") == "Anna-Lena Berg"


@pytest.mark.parametrize(
    ("notes", "typed", "called"),
    [
        ("Bernadette asked me to call her Auntie Bernie when we wrapped up.", "Bernadette Cook",
         "Auntie Bernie"),
        ("at the end joseph asked us to call him uncle joe", "Joseph Tallman", "Uncle Joe"),
        ("Wiremu said to call him Matua Wiremu", "Wiremu Tane", "Matua Wiremu"),
    ],
)  # fmt: skip
def test_the_name_someone_asked_to_be_called_is_used_as_written(notes, typed, called):
    i = interview(
        "CA",
        [
            coordinator("Paula Grant", "p.grant@harbourline.example"),
            interviewer(typed, "reader@harbourline.example", "Elder advisor"),
            interviewer("Tom Rees", "t.rees@harbourline.example", "planner"),
        ],
        notes=notes,
    )
    out = drafts(i)
    note = next(b for b in out.values() if greeting(b) not in ("Paula", "Tom"))
    assert greeting(note) == called, note
    plan_note = next(b for b in out.values() if greeting(b) == "Paula")
    assert called in plan_note and "Tom Rees" not in plan_note, plan_note  # no more formal

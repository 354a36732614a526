"""A person's title read where the text names them with one (delivery/invites/titles.py): the
span next to the name in its line, cell or block, whatever the sender and the language, with
the job words as data (data/job_titles.toml). Fresh wording, not the fixtures'."""

from __future__ import annotations

import pytest

from followup.delivery.invites.titles import is_title, title_near


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        # after the name: a bracket, a comma, a dash, a schedule row's column, a table cell
        ("Oona Berg", "You'll meet Oona Berg (Head of Claims) first.", "Head of Claims"),
        ("Ravi Das", "Panel: Ravi Das, Principal Engineer; Mo Li", "Principal Engineer"),
        ("Ines Roth", "- Ines Roth – Leiterin Einkauf", "Leiterin Einkauf"),
        ("Pau Vidal", "11:00 · Deep dive · Pau Vidal · Staff Engineer", "Staff Engineer"),
        ("Ana Sousa", "14:00 – 14:45\tAna Sousa\tgerente de logística\t", "gerente de logística"),
        ("Ewa Lis", "- Ewa Lis, starsza specjalistka ds. HR\n", "starsza specjalistka ds. HR"),
        # a title with a department after a comma; an employer after it is no part of it
        (
            "Kai Moss",
            "Kai Moss, Engineering Manager, Data Platform",
            "Engineering Manager, Data Platform",
        ),
        ("Kai Moss", "Kai Moss, Design Lead at Fernhill, and Bo Ek", "Design Lead"),
        ("Kai Moss", "Kai Moss, Talent Partner, Brixworth Holdings", "Talent Partner"),
        # before the name, joined to it, in the sender's case
        ("Lars Holm", "You'll speak with our VP of Sales Lars Holm tomorrow.", "VP of Sales"),
        ("Lars Holm", "then with Senior Field Engineer Lars Holm.", "Senior Field Engineer"),
        ("Jan Kos", "W rozmowie udział weźmie kierownik magazynu Jan Kos.", "kierownik magazynu"),
        ("Jan Kos", "Frau Dr. Jan Kos, Leiterin Personal", "Leiterin Personal"),
        # below the name: a signature, an HTML cell "<b>Name</b><br>Title", a wrapped line
        ("Mia Vos", "Groet,\n\nMia Vos\nteamleider planning\nVosbouw", "teamleider planning"),
        ("Mia Vos", "\tMia Vos\nstaff designer\t\n", "staff designer"),
        ("Mia Vos", "with Dr. Al Kerr, Chief Nurse, and Mia Vos,\nWard Manager.", "Ward Manager"),
        # Korean, Japanese: the words around the name that end as a title or department does
        ("박서연", "면접관: 박서연 영업팀장, 이준 책임", "영업팀장"),
        ("이준", "면접관: 박서연 영업팀장, 이준 마케팅팀 책임", "마케팅팀 책임"),
        ("木村 拓", "面接官：営業本部 課長 木村 拓、総務部 主任 林 花", "営業本部 課長"),
        ("林 花", "09:30〜10:00　総務部 主任　林 花", "総務部 主任"),
    ],
)
def test_the_title_next_to_a_name(name: str, text: str, title: str) -> None:
    assert title_near(name, text, ["Mo Li", "Bo Ek", "Al Kerr"]) == title


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Oona Berg", "Hi Oona Berg, thanks for your time."),  # a greeting
        ("Oona Berg", "Research deep dive with Oona Berg"),  # a session's name before "with"
        ("Oona Berg", "Oona Berg (she/her)"),  # pronouns
        ("Oona Berg", "Oona Berg\noona.berg@fernhill.com"),  # an address under a name
        ("Oona Berg", "Oona Berg, Ravi Das (Principal Engineer)"),  # another person's title
        ("Oona Berg", "Director of Finance, and Oona Berg"),  # the last person's title
    ],
)
def test_no_title_where_none_is_given(name: str, text: str) -> None:
    assert title_near(name, text, ["Ravi Das"]) is None


@pytest.mark.parametrize(
    "span",
    ["Staff Data Engineer", "hr-adviseur", "Leiter Vertrieb", "responsable de calidad",
     "kierownik działu zakupów", "CTO", "물류기획팀장", "人事部 マネージャー",
     "Teamleiter Backend"],
)  # fmt: skip
def test_titles_in_many_languages(span: str) -> None:
    assert is_title(span)


@pytest.mark.parametrize(
    "span",
    ["Research deep dive with", "Zoom", "Thursday 10:00", "Cedarline Health",
     "jane@acme.com", "Best regards", "인사팀 정하은"],
)  # fmt: skip
def test_not_titles(span: str) -> None:
    assert not is_title(span)

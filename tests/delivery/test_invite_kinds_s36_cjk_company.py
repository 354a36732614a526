"""Issue 9 (session 36), invented invites: a Japanese company written after its legal form in
hiragana and kanji ("株式会社さくら電子") is the company, never the family name of an interviewer
("鈴木" of "鈴木 一郎")."""

from __future__ import annotations

import pytest

from followup.delivery.invites.company_text import native_company
from helpers_invites import interviewers, mail, outlook, read

# ------------------------------------------------------ 2. a Japanese company in kana


def test_a_japanese_company_after_its_legal_form_is_the_company_not_a_family_name() -> None:
    text = (
        "Rowan Adeyemi 様\n\n"
        "株式会社さくら電子 総務部の山本です。\n"
        "このたびは品質管理スタッフ職にご応募いただき、ありがとうございます。\n\n"
        "面接官：品質管理部 部長 鈴木 一郎、総務部 課長 田中 花子\n\n"
        "株式会社さくら電子 総務部 採用担当\n山本 直子"
    )
    cal = outlook(
        "CN=山本 直子:mailto:yamamoto.naoko@sakura-denshi.example",
        "【面接】品質管理スタッフ／Rowan Adeyemi 様",
        "面接官：品質管理部 部長 鈴木 一郎、総務部 課長 田中 花子",
    )
    subject = "【面接のご案内】品質管理スタッフ／株式会社さくら電子"
    sender = "山本 直子 <yamamoto.naoko@sakura-denshi.example>"
    invite = read(mail(sender, subject, text, cal), "jp.eml")
    assert invite.interview.company == "さくら電子"
    assert set(interviewers(invite)) == {"鈴木 一郎", "田中 花子"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("株式会社ひまわり物産 人事部の木村です。", "ひまわり物産"),
        ("【ご案内】株式会社みどり化成の面接について", "みどり化成"),
        ("株式会社ミドリ精工 人事部", "ミドリ精工"),
    ],
)  # fmt: skip
def test_a_name_after_a_legal_form_may_start_with_hiragana(text: str, company: str) -> None:
    assert native_company([text]) == company


def test_an_interviewer_s_family_name_is_no_company() -> None:
    text = (
        "Rowan Adeyemi 様\n\n面接官：品質管理部 部長 鈴木 一郎、総務部 課長 田中 花子\n\n山本 直子"
    )
    cal = outlook("CN=山本 直子:mailto:yamamoto.naoko@sakura-denshi.example", "【面接】", text)
    sender = "山本 直子 <yamamoto.naoko@sakura-denshi.example>"
    invite = read(mail(sender, "【面接のご案内】品質管理スタッフ", text, cal), "jp2.eml")
    assert invite.interview.company not in {"鈴木", "田中", "鈴木 一郎"}
    assert set(interviewers(invite)) == {"鈴木 一郎", "田中 花子"}

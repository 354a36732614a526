"""Issue 9 (session 25): four kinds the invite reader had left, with invented names:

- kind 1, a title with a comma inside a running sentence ("you will meet Dana Whitfield,
  Director, Clinical Analytics, and Omar Haddad, Senior Data Engineer"): two people, each
  with their whole title, never a person named after a title's field;
- kind 2, a title with "&" or "and" after its comma ("Director, Informatics & Data
  Science", "Head, Research and Development") kept whole, in a sentence or a list;
- kind 3, a coordinator the mail names only in its text, sent from an applicant-tracking
  system's no-reply address with a person's Reply-To: the Reply-To is the coordinator's;
- kind 4, a day and time written only in the text in Hebrew or Arabic, with month names and
  Arabic-Indic digits, read as the other languages' text dates are.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from helpers_invites import interviewers, mail, read

WHEN = "Your interview is on Tuesday 19 January 2027 at 10:00.\n\n"
SENDER = "Talent <talent@brightpath-health.com>"


def people_in(text: str, sender: str = SENDER) -> dict[str, str | None]:
    return interviewers(read(mail(sender, "Interview: Data Analyst", text), "invite.eml"))


# ---------------------------------------------------------- kinds 1 and 2: titles in sentences


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("On the day you will meet Dana Whitfield, Director, Clinical Analytics, and Omar "
         "Haddad, Senior Data Engineer, for about an hour.",
         {"Dana Whitfield": "Director, Clinical Analytics",
          "Omar Haddad": "Senior Data Engineer"}),
        ("You will be meeting with Keanu Whitman, VP, Product Management, and Ines Carvalho, "
         "Principal, Strategy.",
         {"Keanu Whitman": "VP, Product Management", "Ines Carvalho": "Principal, Strategy"}),
        ("You'll speak with Tomasz Wierzbicki, Senior Manager, Supply Chain Planning, and "
         "Aoife Gallagher, Head of People.",
         {"Tomasz Wierzbicki": "Senior Manager, Supply Chain Planning",
          "Aoife Gallagher": "Head of People"}),
        ("You will meet Dana Whitfield, Director, Informatics & Data Science, and Omar Haddad, "
         "Head, Research and Development.",
         {"Dana Whitfield": "Director, Informatics & Data Science",
          "Omar Haddad": "Head, Research and Development"}),
        ("Your interviewers will be Liesel Brandt, Manager, Audit and Assurance, and Femi "
         "Adebayo, Lead, Risk & Compliance.",
         {"Liesel Brandt": "Manager, Audit and Assurance",
          "Femi Adebayo": "Lead, Risk & Compliance"}),
    ],
)  # fmt: skip
def test_a_sentences_titles_with_commas_are_each_one_persons(
    sentence: str, people: dict[str, str]
) -> None:
    text = f"Hi Rowan,\n\n{WHEN}{sentence}\n\nBest,\nLena Moss\nRecruiting Coordinator"
    assert people_in(text) == people


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        ("Dana Whitfield, Director, Informatics & Data Science\n"
         "Omar Haddad, Head, Research and Development",
         {"Dana Whitfield": "Director, Informatics & Data Science",
          "Omar Haddad": "Head, Research and Development"}),
        ("- Liesel Brandt – Manager, Audit and Assurance\n- Femi Adebayo (Lead, Risk & Compliance)",
         {"Liesel Brandt": "Manager, Audit and Assurance",
          "Femi Adebayo": "Lead, Risk & Compliance"}),
    ],
)  # fmt: skip
def test_a_lists_title_with_and_after_its_comma_is_whole(
    lines: str, people: dict[str, str]
) -> None:
    text = f"Hi Rowan,\n\n{WHEN}You will meet:\n{lines}\n\nBest,\nLena Moss\nRecruiting Coordinator"
    assert people_in(text) == people


@pytest.mark.parametrize(
    ("row", "name", "title"),
    [
        ("Interviewer: Dana Whitfield, Director, Informatics & Data Science", "Dana Whitfield",
         "Director, Informatics & Data Science"),
        ("Interviewer: Omar Haddad, Head, Research and Development", "Omar Haddad",
         "Head, Research and Development"),
    ],
)  # fmt: skip
def test_a_labelled_rows_title_with_and_after_its_comma_is_whole(
    row: str, name: str, title: str
) -> None:
    text = f"Hi Rowan,\n\n{WHEN}{row}\n\nKind regards,\nLena Moss\nRecruiting Coordinator"
    assert people_in(text) == {name: title}


# ---------------------------------------------------------- kind 3: coordinator via Reply-To


def coordinator_of(sender: str, reply_to: str, text: str) -> tuple[str | None, str | None]:
    invite = read(mail(sender, "Interview invitation", text, headers=f"Reply-To: {reply_to}\r\n"),
                  "invite.eml")  # fmt: skip
    found = [p for p in invite.interview.people if p.role.value == "coordinator"]
    return (found[0].name, found[0].email) if found else (None, None)


@pytest.mark.parametrize(
    ("sender", "reply_to", "text", "expected"),
    [
        ("Brightpath Health <no-reply@greenhouse.io>", "jamie.ortiz@brightpath-health.com",
         f"Hi Rowan,\n\n{WHEN}Your recruiting coordinator, Jamie Ortiz, will send the "
         "agenda the day before.\n\nBest,\nBrightpath Health Recruiting",
         ("Jamie Ortiz", "jamie.ortiz@brightpath-health.com")),
        ("Kranich Energie <noreply@lever.co>", "Talent <m.keller@kranich-energie.de>",
         f"Hi Rowan,\n\n{WHEN}Please let me know if you need anything.\n\nBest regards,\n"
         "Mara Keller\nTalent Acquisition\nKranich Energie",
         ("Mara Keller", "m.keller@kranich-energie.de")),
        ("Brightpath Health <no-reply@greenhouse.io>",
         "Recruiting Team <jamie.ortiz@brightpath-health.com>",
         f"Hi Rowan,\n\n{WHEN}Your recruiting coordinator, Jamie Ortiz, will send the "
         "agenda the day before.\n\nBest,\nBrightpath Health Recruiting",
         ("Jamie Ortiz", "jamie.ortiz@brightpath-health.com")),
        ("Nordlys Analytics <donotreply@myworkday.com>", "sofie.lind@nordlys-analytics.no",
         f"Hi Rowan,\n\n{WHEN}Kind regards,\nSofie Lind\nTalent Acquisition Partner\n"
         "Nordlys Analytics", ("Sofie Lind", "sofie.lind@nordlys-analytics.no")),
        ("Kranich Energie Recruiting <noreply@personio.de>", "lea.brandt@kranich-energie.de",
         "Hallo Rowan,\n\nIhr Vorstellungsgespräch findet am 19.01.2027 um 10:00 Uhr statt.\n"
         "Ihre Ansprechpartnerin, Lea Brandt, meldet sich vorab bei Ihnen.\n\nViele Grüße\n"
         "Kranich Energie", ("Lea Brandt", "lea.brandt@kranich-energie.de")),
    ],
)  # fmt: skip
def test_a_coordinator_named_in_the_text_takes_a_persons_reply_to(
    sender: str, reply_to: str, text: str, expected: tuple[str, str]
) -> None:
    assert coordinator_of(sender, reply_to, text) == expected


def test_a_shared_reply_to_is_no_persons_address() -> None:
    text = (f"Hi Rowan,\n\n{WHEN}Your recruiting coordinator, Jamie Ortiz, will send the "
            "agenda.\n\nBest,\nBrightpath Health Recruiting")  # fmt: skip
    name, email = coordinator_of(
        "Brightpath Health <no-reply@greenhouse.io>", "recruiting@brightpath-health.com", text
    )
    assert name == "Jamie Ortiz"
    assert email != "recruiting@brightpath-health.com"


# ---------------------------------------------------------- kind 4: Hebrew and Arabic dates


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("שלום רואן,\n\nנשמח לפגוש אותך לראיון ביום שלישי, 14 באוקטובר 2033 בשעה 10:00 "
         "במשרדינו בתל אביב.\n\nבברכה,\nנועה כהן", date(2033, 10, 14), time(10, 0)),
        ("שלום רואן,\n\nהראיון ייערך ב-3 במרץ 2033 בשעה 14:30.\n\nבברכה,\nצוות הגיוס",
         date(2033, 3, 3), time(14, 30)),
        ("مرحباً روان،\n\nيسعدنا دعوتك لمقابلة يوم الثلاثاء، ١٤ أكتوبر ٢٠٣٣ الساعة ١٠:٠٠ "
         "صباحاً.\n\nمع التحية،\nفريق التوظيف", date(2033, 10, 14), time(10, 0)),
        ("مرحباً روان،\n\nموعد المقابلة: ٣ مارس ٢٠٣٣ الساعة ٢:٣٠ مساءً\n\nمع التحية،\nليلى",
         date(2033, 3, 3), time(14, 30)),
        ("مرحباً روان،\n\nموعد المقابلة: 5 كانون الثاني 2033 الساعة 11:00\n\nمع التحية،\nليلى",
         date(2033, 1, 5), time(11, 0)),
        ("مرحباً روان،\n\nموعد المقابلة: ٢٠ تشرين الأول ٢٠٣٣ الساعة ٠٩:٣٠\n\nمع التحية،\nليلى",
         date(2033, 10, 20), time(9, 30)),
        ("مرحباً روان،\n\nموعد المقابلة: 12 فيفري 2033 على الساعة 15:00\n\nمع التحية،\nليلى",
         date(2033, 2, 12), time(15, 0)),
        ("سلام روان،\n\nمصاحبه در تاریخ ۱۴ اکتبر ۲۰۳۳ ساعت ۱۰:۰۰ برگزار می‌شود.\n\nمریم",
         date(2033, 10, 14), time(10, 0)),
    ],
)  # fmt: skip
def test_a_day_and_time_written_in_hebrew_or_arabic(text: str, day: date, clock: time) -> None:
    invite = read(mail("HR <hr@galil-tech.co.il>", "Interview", text), "invite.eml")
    assert (invite.interview.interviewed, invite.interview.time) == (day, clock)

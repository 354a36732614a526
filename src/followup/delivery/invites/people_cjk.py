"""Names in Chinese, Japanese and Korean text, written without spaces: labelled lists
("面接官：…"), bracketed titles, schedules, and a Japanese name's kana reading."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.core.models import Person
from followup.delivery.invites.common import _clip, _Vocab
from followup.delivery.invites.schedule import MAX_SCHEDULE_LINES
from followup.delivery.invites.titles import cjk_titled

_CJK_NAME_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# The interviewers of a Korean, Japanese or Chinese invite: after a label ("面接官：小林 誠
# 物流企画部 部長", "면접관: 김도윤 물류기획팀장, 최유나 데이터분석팀 책임"), on the lines under a
# label alone on its line ("■ 면접관" then "· 한지민 품질보증팀 부장"), or on a schedule's lines
# ("10:00〜10:30　品質保証課 課長　森田 健一"); a table's row of two cells, the label's and
# the list's, reads as a label with its colon ("면접관\t박지훈 (품질팀 팀장)")
_CJK_LABEL_TEXT = (
    r"(?m)^[ \t\u3000]*(?:(?:[-–•·・■□●◆▶*]|\d{1,2}[.)．])[ \t\u3000]*)?[【\[]?[ \t\u3000]*"
    r"(?:{labels})[ \t\u3000]*[】\]]?[ \t\u3000]*"
    r"(?:(?:[:：]|(?<=\t))[ \t\u3000]*(?P<list>[^\n]*)"
    r"|(?P<block>(?:\n[ \t\u3000]*[-–•·・*▪◦][^\n]+){1,12})|(?=\n))"
)


@lru_cache(maxsize=4)
def _cjk_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """The labels of [introductions] labels written in Korean, Japanese or Chinese."""
    cjk = [re.escape(w) for w in labels if _CJK_NAME_CHAR.search(w)]
    if not cjk:
        return re.compile(r"(?!x)x")  # no label in these languages: no list after one
    return re.compile(_CJK_LABEL_TEXT.replace("{labels}", "|".join(cjk)))


_CJK_SCHEDULE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[-–•·・■□●◆▶*][ \t\u3000]*)?\d{1,2}[:：]\d{2}[ \t\u3000]*"
    r"[〜~～\-–—][ \t\u3000]*\d{1,2}[:：]\d{2}"
    r"[ \t\u3000]+(?P<list>[^\n]*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][^\n]*)$"
)


# A name with its title in brackets after it, as Korean, Japanese and Chinese lists write it
# ("박서연 (품질관리팀장)", "高橋健一（デザイン部部長）", "周浩然（供应链总监）"): a Korean name
# of one word, a Japanese or Chinese one of one or two words
_CJK_BRACKETED = re.compile(
    r"(?P<name>[가-힣]{2,4}|[\u3005\u4e00-\u9fff\u30a0-\u30ff]{1,4}"
    r"(?:[ \u3000][\u3005\u4e00-\u9fff\u3040-\u30ff]{1,4})?)"
    r"[ \t\u3000]*[（(](?P<title>[^()（）\n]{1,30})[)）]"
)


# … or after a dash between spaces ("王建国 – 技术总监", "김도윤 - 물류기획팀장")
_CJK_DASHED = re.compile(
    r"(?P<name>[^\s\-–—]{1,4}(?:[ \u3000][^\s\-–—]{1,4})?)[ \t\u3000]+[-–—][ \t\u3000]+"
    r"(?P<title>[^\n]{1,40})"
)


_JA_READING = re.compile(r"[（(][\u3040-\u30ff\s・]+[）)]")  # a kana reading in brackets


_CJK_TOKEN = re.compile(r"^[\u3005\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,4}$")


_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")


def _reading_left_out(match: re.Match[str]) -> str:
    """A name's kana reading in brackets, left out; a title in katakana in brackets
    ("（エンジニアリングマネージャー）") kept."""
    return match.group(0) if cjk_titled(match.group(0)[1:-1].strip()) else " "


# a list's separators outside brackets: "（人事部／採用担当）" is one person's one title
_CJK_LIST_SEP = re.compile(r"[、,，/／](?![^（()）]*[）)])")


def _cjk_person(part: str, need_title: bool, vocab: _Vocab) -> Person | None:
    """The person one part of a list names: a title's and a department's words (as the
    lexicon of titles knows their endings) and a name of one Korean word ("김도윤") or two
    Japanese or Chinese words ("小林 誠")."""
    part = _JA_READING.sub(_reading_left_out, part).strip(" \t\u3000-–•·・*▪◦")
    # "山田太郎様（製造部長）", "佐藤花子さん", "김민준님": the words of respect after a name
    # are none of it; "팀장: 박지훈": a title, a colon, the name
    part = _respect(vocab).sub("", part).replace("：", " ").replace(":", " ").strip()
    dashed = _CJK_DASHED.fullmatch(part)
    if dashed:  # "王建国 – 技术总监": the name, a dash between spaces, the title
        who = dashed.group("name").replace("\u3000", " ")
        if _HANGUL_NAME.match(who) or all(_CJK_TOKEN.match(w) for w in who.split()):
            return Person(name=who, title=_clip(" ".join(dashed.group("title").split()), 120))
    bracketed = _CJK_BRACKETED.fullmatch(part)
    if bracketed:  # "박서연 (품질관리팀장)": the bracket holds the title, whatever its words
        who = bracketed.group("name").replace("\u3000", " ")
        if len(who.split()) == 2 and vocab.round_word.search(who.split()[0]):
            who = who.split()[1]  # "第一轮 周浩然": the round's words, then the person
        if _HANGUL_NAME.match(who) or all(_CJK_TOKEN.match(w) for w in who.split()):
            said = " ".join(bracketed.group("title").split())
            return Person(name=who, title=_clip(said, 120))
    words = part.split()
    if not 1 <= len(words) <= 6:
        return None
    title = [w for w in words if cjk_titled(w)]
    name = [w for w in words if not cjk_titled(w)]
    if need_title and not title:
        return None
    korean = len(name) == 1 and _HANGUL_NAME.match(name[0])
    other = len(name) == 2 and all(_CJK_TOKEN.match(w) for w in name)
    # "製造部長 山田太郎": a Japanese or Chinese name written without its space, beside a title
    other = other or bool(
        title and len(name) == 1 and _CJK_TOKEN.match(name[0]) and len(name[0]) >= 2
    )
    if not (korean or other) or " ".join(name) not in " ".join(words):
        return None
    return Person(name=" ".join(name), title=_clip(" ".join(title), 120) if title else None)


@lru_cache(maxsize=4)
def _respect_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # after a name's letters (or a space after them: "정다은 님 (팀장)"), before a bracket, a
    # separator, a space or the end
    return re.compile(
        rf"(?<=[\u3005\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])[ \t\u3000]?(?:{alternatives})"
        r"(?=[ \t\u3000]*(?:[（(、,，/／]|$))"
    )


def _respect(vocab: _Vocab) -> re.Pattern[str]:
    """Words of respect after a name ([people] cjk_after_name: "様", "さん", "님")."""
    return _respect_words(vocab.cjk_after_name or ("님",))


def _header_row(cells: str, vocab: _Vocab) -> bool:
    """The cells after a label's are a table's headers ("직책", "役職"), no one's name."""
    headers = vocab.table_title_headers | vocab.table_people_headers
    return any(cell.strip().lower() in headers for cell in cells.split("\t") if cell.strip())


def _cjk_people(text: str, vocab: _Vocab) -> list[Person]:
    """The people a Korean, Japanese or Chinese invite lists as its interviewers."""
    out: list[Person] = []
    for seen, match in enumerate(_cjk_label(vocab.interviewer_labels).finditer(text)):
        if seen >= 20:
            break
        lines = (match.group("list") or "").strip() or match.group("block") or ""
        if "\t" in text[match.start() : match.start("list")] and _header_row(lines, vocab):
            continue  # "면접관\t직책": a table's header row, its people in the rows below
        if not lines:  # "■面接官：" or "【面接官】" alone, the people on the indented lines below
            below = []
            for line in text[match.end() :].split("\n")[1:13]:
                if not line.strip():
                    break
                marked = line[:1].isspace() or line[:1] in "-–•·・*▪◦"
                if not marked and _cjk_person(line, need_title=True, vocab=vocab) is None:
                    break  # unmarked lines only while each is a title and a name ("팀장: 박지훈")
                below.append(line.replace("\u3000", " "))
            lines = "\n".join(below)
        for line in lines.splitlines():
            for part in _CJK_LIST_SEP.split(line):
                person = _cjk_person(part, need_title=False, vocab=vocab)
                if person is not None:
                    out.append(person)
    for seen, match in enumerate(_CJK_SCHEDULE.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        line = match.group("list").replace("\u3000", " ")
        person = _cjk_person(line, need_title=True, vocab=vocab)
        # "第一轮 周浩然（供应链总监）", "실무 면접: 정하늘 (설비기술팀장)": a session's words
        # before the person, who is named with their title in brackets
        named = list(_CJK_BRACKETED.finditer(line))
        if person is None and named:
            person = _cjk_person(named[-1].group(0), need_title=True, vocab=vocab)
        if person is not None:
            out.append(person)
    return out

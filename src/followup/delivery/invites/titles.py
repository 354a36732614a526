"""A person's job title, read where the text names them with one.

One association for every sender and language, rather than one pattern per sender: the
person's name is found in the text (an HTML table is read as text, its cells apart), and the
title is the span next to it in the same line, cell or block:

- after it, in brackets or past a separator: "Name (Title)", "Name, Title", "Name – Title",
  a schedule row "10:00–10:45 · Name · Title", a table's next cell "Name<TAB>Title";
- before it, joined to it: "Title Name" ("our VP of Engineering Marek Novák", "dyrektor
  finansowy Krzysztof Mazur");
- on the next line when the name ends its line or cell: a signature (name line, then title
  line), an HTML cell "<b>Name</b><br>Title";
- in Korean, Japanese and Chinese, the words around the name that end as a title or a
  department does ("김도윤 물류기획팀장", "人事部 マネージャー 高橋 由美").

A span is a title when one of its words is a job word of some language, in the sender's case
and words ("kierownik działu zakupów", "Leiter Tiefbau", "staff designer"). The words are data:
src/followup/data/job_titles.toml (a user's copy beside config.toml is laid over it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from followup.core.legal_forms import without_legal_form
from followup.core.models import Person
from followup.delivery.invites.common import MAX_TITLE, _clip, _load_data, _user_copy

MAX_MENTIONS = 20  # places a name is looked for in one text
MAX_TITLE_WORDS = 8
NEAR = 300  # characters read on either side of a name, and of the line under it


@dataclass(frozen=True)
class Lexicon:
    """The job words of every language in job_titles.toml, lower case."""

    heads: frozenset[str]
    endings: tuple[str, ...]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    stops: frozenset[str]
    suffixes: tuple[str, ...]  # Korean, Japanese, Chinese: a title's last characters
    departments: tuple[str, ...]  # … and a department's
    field_endings: tuple[str, ...]  # a field's or a unit's word ends so ("Analytics", "DevOps")
    label: re.Pattern[str]  # "Title:" before a title on its own line


def lexicon() -> Lexicon:
    """The lexicon, read once (again when the user's copy changes)."""
    return _build_lexicon(_user_copy("job_titles.toml"))


@lru_cache(maxsize=4)
def _build_lexicon(copy: tuple[str | None, int | None]) -> Lexicon:
    data = _load_data("job_titles.toml", *copy)

    def union(key: str) -> list[str]:
        out: list[str] = []
        for table in data.values():
            value = table.get(key, []) if isinstance(table, dict) else []
            out += [str(v).casefold() for v in value] if isinstance(value, list) else []
        return out

    by_length = lambda words: tuple(sorted(set(words), key=len, reverse=True))  # noqa: E731
    return Lexicon(
        heads=frozenset(union("heads")),
        endings=by_length(union("endings")),
        modifiers=frozenset(union("modifiers")),
        connectors=frozenset(union("connectors")),
        stops=frozenset(union("stops")),
        suffixes=by_length(union("suffixes")),
        departments=by_length(union("departments")),
        field_endings=by_length(union("field_endings")),
        label=re.compile(
            r"(?i)^(?:"
            + "|".join(re.escape(w) for w in by_length(union("title")))
            + r")\s*[:：]\s*"
        ),
    )


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_EDGE = " \t.,;:–—-|·•*・／"
_WORD_EDGE = ".,;:!?()[]\"'“”«»"


def _word(token: str) -> str:
    return token.casefold().strip(_WORD_EDGE)


def _is_head(word: str, lex: Lexicon) -> bool:
    if word in lex.heads:
        return True
    if "-" in word and word.rsplit("-", 1)[-1] in lex.heads:  # "hr-adviseur", "co-founder"
        return True
    if word.startswith("co") and word[2:] in lex.heads:  # "cofondateur", "cofundadora"
        return True
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in lex.endings)


def cjk_titled(token: str, lex: Lexicon | None = None) -> bool:
    """A Korean, Japanese or Chinese word that is a title or a department ("물류기획팀장",
    "데이터분석팀", "部長", "QC팀")."""
    lex = lex or lexicon()
    token = token.removesuffix("님")  # Korean's polite ending
    return bool(_CJK.search(token)) and token.endswith(lex.suffixes + lex.departments)


def is_title(span: str, lex: Lexicon | None = None, also: re.Pattern[str] | None = None) -> bool:
    """`span` reads as a job title: a few words, no address or number, no word of a sentence
    around a name ("with", "our"), one of them a job word of some language (or found by
    `also`, more job words: an invite vocabulary's role words and coordinators' titles)."""
    lex = lex or lexicon()
    span = span.strip(_EDGE)
    if not span or len(span) > MAX_TITLE or re.search(r"@|://|www\.|\d{3}|\d{1,2}:\d{2}", span):
        return False
    tokens = span.split()
    if _CJK.search(span):
        return len(tokens) <= 4 and all(cjk_titled(t, lex) for t in tokens)
    if len(tokens) > MAX_TITLE_WORDS:
        return False
    words = [_word(t) for t in tokens]
    if any(w in lex.stops for w in words):
        return False
    # a rank before a job's word the lexicon does not hold, in lower case as a sentence says
    # it ("senior actuaris", "starszy technolog"): a title of two or three words
    ranked = words[0] in lex.modifiers and 2 <= len(words) <= 3 and span == span.lower()
    return ranked or any(_is_head(w, lex) for w in words) or bool(also and also.search(span))


def headed_title(span: str, lex: Lexicon | None = None) -> bool:
    """`span` is a job's word, a connector, then its field ("Arquitecto de Datos", "Jefa de
    Analítica", "Leiter der Logistik", "Head of Data"): a title, though each word has a capital
    and "de" or "der" sits between them as in "Ana de la Cruz"."""
    lex = lex or lexicon()
    words = [_word(t) for t in span.split()]
    return (
        len(words) >= 3
        and words[0] in lex.heads
        and words[1] in lex.connectors
        and is_title(span, lex)
    )


def title_by_place(span: str, lex: Lexicon | None = None, people: Sequence[str] = ()) -> bool:
    """`span`, found where a title is written (after a person's name and a separator at a
    list's or a schedule's line, in brackets after the name, between commas after it in a
    sentence), reads as one by its shape, in any language and script, job word or not: a few
    words, a letter first, no digit, address, link or clock, no sentence inside it and no word
    of one around a name (the lexicon's stops), no person's name, no employer (a legal form)
    and no city."""
    from followup.delivery.invites.zones.tables import city_people

    lex = lex or lexicon()
    span = span.strip(_EDGE)
    words = span.split()
    if not span or len(span) > MAX_TITLE or not 0 < len(words) <= MAX_TITLE_WORDS:
        return False
    if not span[0].isalpha() or re.search(r"[\d@:;!?¿¡\"“”«»<>=]|://|www\.|\.\s+\S|/\w+/", span):
        return False
    if any(_word(w) in lex.stops for w in words) or _named(span, people):
        return False
    if _PRONOUN_PAIR.fullmatch(span) or without_legal_form(span) != span:
        return False
    return city_people(span) == 0


# "she/her", "they/them": pronouns in brackets after a name, no title
_PRONOUN_PAIR = re.compile(r"(?i)[^\W\d_]{1,5}\s*/\s*[^\W\d_]{1,6}(?:\s*/\s*[^\W\d_]{1,6})?")


# where a title after a name ends: the next cell or column, a bracket, a sentence's end,
# the next person ("… and Kenji Mori"), the employer ("Design Lead at Lumora")
_RIGHT_END = re.compile(
    r"\t|\s*\|\s*|\s[·•]\s|[·•]|;|\(|\)|\s[-–—]\s|(?<=[^\W\d_]{3})[.!?](?:\s|$)|[!?]|\n"
    r"|\s+(?:and|und|et|y|e|en|och|og|oraz|i|ainsi\s+que|sowie|as\s+well\s+as|along\s+with|"
    r"together\s+with|samen\s+met|then)\s+"
    r"|\s(?:at|@|bei|chez|presso|en|w)\s(?=[A-ZÀ-Þ])"
    r"|\s(?:at|in|for)\s(?:our|the)\s"  # "Branch Manager at our Ingersoll Avenue branch"
)
# between a name and a title after it
_RIGHT_SEP = re.compile(r"[ \t]*(?:[,،]|:|\||·|•|\t|[-–—](?=\s))[ \t]*|\t")
# words before a title after a name that are no part of it ("Ben Adeyemi, our Clinical Lead")
_OWNER = re.compile(
    r"(?i)^(?:our|the|your|their|my|notre|votre|nuestro|nuestra|unser|unsere|onze|nostro|"
    r"nostra|nosso|nossa|nasz|nasza)\s+"
)
# Honorifics and forms of address before a name, of every language invites are written in:
# no part of the name, nor of the person's job title. The one list (job_titles.toml
# [honorifics] before_name): the name patterns of `text`, a mail's display names and the title
# read before a name here are all made from it.
HONORIFICS: tuple[str, ...] = tuple(
    str(w) for w in _load_data("job_titles.toml", None, None)["honorifics"]["before_name"]
)


def honorifics_pattern() -> str:
    """A regex of one honorific, as written (case kept), its full stop included, starting
    where a word starts ("Gordon. " holds none). One the list writes with its full stop ("M.",
    "D.": a name's initial without it) needs it."""
    words = sorted(set(HONORIFICS), key=len, reverse=True)
    alternatives = "|".join(
        re.escape(w) + ("" if w.endswith((".", "ª")) else r"\.?") for w in words
    )
    return rf"(?<![\w.])(?:{alternatives})"


# a name's honorifics before it ("Frau Dr.", "M.", "Pan"), no part of a title said before it
_HONORIFIC_TAIL = re.compile(rf"(?i)(?:\s|^)(?:{honorifics_pattern()}|m)\s*$")
_LEFT_START = re.compile(
    r".*(?:\t|\||·|•|;|:|\(|\)|\s[-–—]\s|(?<=[^\W\d_]{3})[.!?]\s|[!?]\s)", re.S
)


def continues(
    part: str,
    lex: Lexicon | None = None,
    people: Sequence[str] = (),
    also: re.Pattern[str] | None = None,
    closing: bool = False,
    listed: bool = False,
) -> bool:
    """A title's second half after a comma ("Engineering Manager, Data Platform", "Manager,
    Market Analytics", "Senior CSM, EMEA"): a few words of a department or a region's
    letters, no person, no sentence, no employer. With `closing` (the part ends its line, as
    "Director, Clinical Analytics" does a list's line): one word or more, each a field's
    (`_field_word`: "Biostatistics", "Informatics & Data Science"), no person's name; with
    `listed` too (the name starts a list's line, "Lina Berg – Project Manager, Newbuilds"):
    one word made of two everyday ones, no part of the `people`'s names (an employer's among
    them)."""
    lex = lex or lexicon()
    words = part.split()
    if not 0 < len(words) <= 4 or re.search(r"[\d@()]", part) or _named(part, people):
        return False
    if re.fullmatch(r"[A-Z]{2,5}", part.strip()):  # "Senior CSM, EMEA": a region's letters
        return True
    if any(_word(w) in lex.stops for w in words):
        return False
    if any(_is_head(_word(w), lex) for w in words) or (also and also.search(part)):
        return part[:1].isupper() or part.islower()
    if closing and part[:1].isupper() and all(_field_word(w, lex) for w in words):
        return True
    if closing and listed and len(words) == 1 and part[:1].isupper() and _compound(part):
        return not any(part.casefold() in p.casefold() for p in people if p)
    return part[:1].isupper() and everyday_words(part)


def _compound(word: str) -> bool:
    """A word written as two everyday words of three letters or more ("Newbuilds",
    "Aftersales", "Powertrain"): a unit's name, where a place says it is one."""
    import lemminflect

    low = word.lower()
    return low.isalpha() and any(
        lemminflect.getAllLemmas(low[:cut]) and lemminflect.getAllLemmas(low[cut:])
        for cut in range(3, len(low) - 2)
    )


def _field_word(word: str, lex: Lexicon) -> bool:
    """A word of a department's or a field's name: an everyday word, a joining one, or one
    that ends as fields do ("Biostatistics", "Informatics", "DevOps")."""
    low = _word(word)
    return (
        low in lex.connectors
        or any(low.endswith(e) and len(low) > len(e) + 2 for e in lex.field_endings)
        or everyday_words(word)
    )


def everyday_words(text: str) -> bool:
    """Every word is an English word (LemmInflect's lexicon): a department ("Data
    Platform"), not a name ("Cedarline Health")."""
    import lemminflect

    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(
        w.lower() in ("and", "of", "&") or lemminflect.getAllLemmas(w.lower()) for w in words
    )


def _named(text: str, people: Sequence[str]) -> bool:
    low = text.casefold()
    return any(p and p.casefold() in low for p in people)


def _after(rest: str, lex: Lexicon, people: Sequence[str], listed: bool = False) -> str | None:
    """The title right after a name: "(Title)", ", Title", " – Title", "<TAB>Title". A title
    of words no list holds is read by its place (`title_by_place`): in brackets, the rest of
    a list's line the name starts (`listed`), or between commas after the name in a sentence
    when written as a name is, each word capitalised ("…, Duomenų Analitikas."). Degrees
    between the name and its title are none of it ("Ing. Marek Kováč, PhD. (vedúci vývoja)")."""
    rest = _without_degrees(rest)
    bracket = re.match(r"[ \t]*[(（]([^()（）\n]{2,100})[)）]", rest)
    if bracket:
        inside = _OWNER.sub("", bracket.group(1).strip(_EDGE))
        head = inside.split(",")[0]
        if is_title(inside, lex):
            return inside
        if is_title(head, lex):
            return head
        # one word alone in brackets may be a mark ("(Guest)", "(optional)"); a compound
        # of two ("vinificator-șef") or more words is a title where it stands
        placed = len(inside.split()) >= 2 or "-" in inside.strip("-")
        return inside if placed and title_by_place(inside, lex, people) else None
    sep = _RIGHT_SEP.match(rest)
    if sep is None or not sep.group(0).strip(" "):
        return None
    seg = _RIGHT_END.split(rest[sep.end() :], maxsplit=1)[0]
    parts = [p.strip() for p in seg.split(",")]
    title = _OWNER.sub("", parts[0]).strip(_EDGE)
    if not is_title(title, lex) or _named(title, people):
        return _placed(rest[sep.end() :], parts, sep.group(0).strip(), lex, people, listed)
    following = rest[sep.end() + len(seg) :]
    title, joined = _with_halves(title, parts[1:], lex, people, _ends_line(following), listed)
    if joined == len(parts) - 1:  # "VP, Engineering – Payments": the unit after all of it
        if len(parts) == 1:
            title += _joined_half(following, lex, people)
        else:  # "Head, Research and Development": the field goes on past "and"
            title += _field_goes_on(parts[-1], following, lex, people)
        title += _dashed_unit(following, lex, people)
    return title


_DEGREE_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<word>[^\s,()（）]{2,12})(?=[ \t]*[(（,])")


def _without_degrees(rest: str) -> str:
    """What follows a name past the post-nominal letters after a comma (", PhD. (Head)" ->
    " (Head)", ", CPA, Controller" -> ", Controller"); as it is when none follow."""
    from followup.core.person_names import is_post_nominal

    for _ in range(3):
        match = _DEGREE_AFTER.match(rest)
        if match is None or not is_post_nominal(match.group("word")):
            break
        rest = rest[match.end() :]
    return rest


def _ends_line(following: str) -> bool:
    """What follows a title's words is a line's end, or a dash and a unit up to it."""
    return not following.split("\n", 1)[0].strip() or bool(_DASHED.match(following))


def _with_halves(
    title: str,
    parts: Sequence[str],
    lex: Lexicon,
    people: Sequence[str],
    closing: bool,
    listed: bool = False,
) -> tuple[str, int]:
    """`title` with the parts after it that continue it ("Manager", "Market Analytics" ->
    "Manager, Market Analytics"), up to the first that does not; `closing`: the last part
    ends its line, `listed`: a list's line the name starts (see `continues`). Returns the
    title and how many parts it took."""
    taken = 0
    for index, part in enumerate(parts):
        last = closing and index == len(parts) - 1
        if not continues(part, lex, people, closing=last, listed=listed):
            break
        title = f"{title}, {part}"
        taken += 1
    return title, taken


# a table's or a list line's next cell
_CELL_END = re.compile(r"\t|\s\|\s|\s[·•]\s|[·•]|[ ]{3,}|\n")


# letters after a name before its title, by their shape: one short word of two capitals or
# more, then a comma or a dash ("PharmD, RPh – Pharmacy Manager", "BVSc - Clinical Director")
_CREDENTIALS = re.compile(
    r"^(?:(?=[^\s,]*[A-Z][^\s,]*[A-Z])[^\W\d_]{2,7}\.?[ \t]*(?:,|[-–—])[ \t]*)+"
)


def _placed(
    after: str,
    parts: Sequence[str],
    sep: str,
    lex: Lexicon,
    people: Sequence[str],
    listed: bool,
) -> str | None:
    """The title of words no list holds, by its place after a name and `sep`: the rest of the
    line's cell when the name starts a list's line ("- Dr. Elif Aydın, Yazılım Mimarı",
    "09.30–10.15  Mette Kjær – Seniorudvikler"), or in a sentence, between commas written as a
    name is ("…, Vyriausioji Inžinierė, ir …", "…, Responsável de Segurança Alimentar.");
    else None."""
    if listed:
        raw_cell = _CELL_END.split(after, maxsplit=1)[0]
        cell = _CREDENTIALS.sub("", raw_cell)
        pieces = [p.strip() for p in cell.split(",")]
        title = _OWNER.sub("", pieces[0]).strip(_EDGE)
        if not title_by_place(title, lex, people):
            return None
        return _with_halves(title, pieces[1:], lex, people, _ends_line(after[len(raw_cell) :]))[0]
    title = parts[0].strip(_EDGE)
    if sep not in (",", "،") or len(title.split()) < 2 or not _capitalised(title):
        return None  # (one word may be letters after the name: "Dr. Maya Okoro, DDS (…)")
    # a sentence's end after it, or a comma and a conjunction ("…, ir Tomas …"); not a list
    # of names ("Deltagere: A (arrangør), B, C") nor a line's end
    tail = after[after.find(title) + len(title) :]
    if not re.match(r"[.!?](?:\s|$)|[ \t]*[,،][ \t]+[^\W\d_A-Z]", tail):
        return None
    return title if title_by_place(title, lex, people) else None


def _capitalised(span: str) -> bool:
    """Each word of `span` starts with a capital, bar short words between them ("de", "of"),
    as a title written like a name is; a script without capitals has none."""
    words = span.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
    )


# a title's second half after a conjunction, in lower case up to a clause's end ("enólogo y
# director de producción,", "enólogo en jefe")
_JOINED = re.compile(
    r"^(?P<join>[ \t]+(?:and|y|e|et|und|en|och|og|i)[ \t]+)"
    r"(?P<half>[^\W\d_A-ZÀ-Þ][^,;.()\n\t|A-ZÀ-Þ]{0,60}?)(?=[ \t]*(?:[,;.)\n\t|]|$))"
)


# "and" and a field's words after a title's comma, up to a clause's or an entry's end ("Head,
# Research and Development.", "Manager, Audit and Assurance, and Femi …")
_FIELD_JOINED = re.compile(
    r"^(?P<join>[ \t]+(?:and|&)[ \t]+)(?P<half>[A-ZÀ-Þ][^,;.()\n\t|]{0,40}?)"
    r"(?=[ \t]*(?:[;.)\n\t|]|$|,[ \t]*(?:and|&)[ \t]))"
)


def _field_goes_on(field: str, rest: str, lex: Lexicon, people: Sequence[str]) -> str:
    """ " and Development" when `rest` (what follows a title's field after its comma,
    `field`) is "and" and more of the field up to its end, the whole still a field
    (`continues`); else ""."""
    match = _FIELD_JOINED.match(rest)
    if match is None:
        return ""
    whole = f"{field}{match.group('join')}{match.group('half').strip()}"
    if not continues(whole, lex, people, closing=True):
        return ""
    return f"{match.group('join')}{match.group('half').strip()}"


def _joined_half(rest: str, lex: Lexicon, people: Sequence[str]) -> str:
    """ " y director de producción" when `rest` (what follows a title) is a conjunction and a
    title of its own in lower case, no person's name, up to a clause's end; else ""."""
    match = _JOINED.match(rest)
    if match is None:
        return ""
    half = match.group("half").strip()
    if len(half.split()) > 5 or _named(half, people) or not is_title(half, lex):
        return ""
    return f"{match.group('join')}{half}"


# a title's team or unit after a dash, up to a clause's end ("Operations Manager - Linehaul,
# who …", "Coordenadora de Enfermagem – UTI Adulto.")
_DASHED = re.compile(
    r"^(?P<dash>[ \t][-–—][ \t])(?P<unit>[^\W\d_][^,;.()\n\t|]{0,40}?)(?=[ \t]*(?:[,;.)\n\t|]|$))"
)


def _dashed_unit(rest: str, lex: Lexicon, people: Sequence[str]) -> str:
    """ " - Unit" when `rest` (what follows a title) is a dash and a short unit's name that
    ends its clause, no person, no sentence, no other title; else ""."""
    match = _DASHED.match(rest)
    if match is None:
        return ""
    unit = match.group("unit").strip()
    words = unit.split()
    if not 1 <= len(words) <= 3 or _named(unit, people) or is_title(unit, lex):
        return ""
    if not unit[:1].isupper() or any(_word(w) in lex.stops for w in words):
        return ""
    if without_legal_form(unit) != unit:
        return ""  # "Recruiter - Acme Corp": the employer
    return f"{match.group('dash')}{unit}"


_CLOCK_TAIL = re.compile(r"(?i)\d[ \t]*[ap]\.?[ \t]?m\.?[ \t]*$")
# a title that starts its line (a bullet before it maybe) and a dash or a colon before the
# name, as a tracker's template or a mail lists a panel title first ("Head of Platform – Orla
# Brennan", "Diretora Fabril: Graça Monteiro")
_TITLE_DASH = re.compile(
    r"[ \t]*(?:[-–—•*·▪][ \t]+)?(?P<title>[^\W\d_][^\t|·•;:()\n\d@]{1,80}?)"
    r"(?:[ \t]+[-–—]|[ \t]*[:：])[ \t]+"
)


def _before(left: str, lex: Lexicon, people: Sequence[str] = ()) -> str | None:
    """The title said right before a name, joined to it: "Senior Controls Engineer Joanna
    Pierce", "our VP of Engineering Marek Novák", "dyrektor finansowy Krzysztof Mazur"."""
    left = _HONORIFIC_TAIL.sub("", _HONORIFIC_TAIL.sub("", left))
    if _CLOCK_TAIL.search(left):  # "1:00 PM - 1:45 PM | Kate Morrison": a time, no "PM"
        return None
    line = _TITLE_DASH.fullmatch(left)  # "Gerente de Produção – Thiago Bastos" on its line
    if line and is_title(line.group("title"), lex) and not _named(line.group("title"), people):
        return line.group("title")
    left = _LEFT_START.sub("", left).rsplit(",", 1)[-1]  # "…, Director, and | Mark Chen"
    tokens = left.split()[-MAX_TITLE_WORDS:]
    if not tokens or _word(tokens[-1]) in lex.connectors | lex.stops:
        return None
    best = None
    for size in range(1, len(tokens) + 1):
        span = tokens[-size:]
        first = _word(span[0])
        if first in lex.stops:
            break
        if first in lex.connectors:
            continue
        capitalised = all(t[:1].isupper() or _word(t) in lex.connectors for t in span)
        if _named(" ".join(span), people):
            break  # "platschef Åsa Öhman och regionchef": another person's title before theirs
        if (_is_head(first, lex) or first in lex.modifiers or capitalised) and is_title(
            " ".join(span), lex
        ):
            best = " ".join(span)
    return best


# "… with our Ops Director, | Janelle Brooks, about …": an owner's word and a title, then
# the comma that opens the apposition of the name
_APPOSED = re.compile(
    r"(?i)(?:^|[\s(:;])(?:our|the|your|their|my|notre|votre|nuestro|nuestra|unser|unsere|"
    r"onze|nostro|nostra|nosso|nossa|nasz|nasza)\s+(?P<title>[^,;:.()\n]{2,80}?)[ \t]*,[ \t]*$"
)


def _apposed(left: str, lex: Lexicon, people: Sequence[str]) -> str | None:
    """The title of a name in apposition ("our Ops Director, Janelle Brooks, about the …"):
    what the sentence says after the name is no title of theirs."""
    match = _APPOSED.search(left[-NEAR:])
    if match is None:
        return None
    title = match.group("title").strip(_EDGE)
    return title if is_title(title, lex) and not _named(title, people) else None


def title_before(left: str, people: Sequence[str] = ()) -> str | None:
    """The title said right before a name (`left` ends where the name starts), or None."""
    return _before(left, lexicon(), people)


def title_under(name: str, text: str, people: Sequence[str] = ()) -> str | None:
    """The title on the line under a line that is `name` alone (a signature), or after a bar
    or a dash on the name's own line ("Irene Walsh | Head of FP&A | Harrowgate"), or None."""
    lex = lexicon()
    for match in _mentions(name, text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].strip():
            continue
        title = _below(text, match.end(), lex, people) or _beside(text, match.end(), lex, people)
        if title:
            return _clip(title.strip(_EDGE), MAX_TITLE)
    return None


_SIGNED_SEP = re.compile(r"[ \t]*(?:\||·|•|\t|\s[-–—]\s)[ \t]*")


def _beside(text: str, end: int, lex: Lexicon, people: Sequence[str]) -> str | None:
    """The title after a bar, a dot or a dash right after a name that starts its line (a
    signature's one line: "Irene Walsh | Head of FP&A | Harrowgate")."""
    line = text[end : end + NEAR].split("\n", 1)[0]
    sep = _SIGNED_SEP.match(line)
    if sep is None:
        return None
    part = _SIGNED_SEP.split(line[sep.end() :], maxsplit=1)[0].strip(_EDGE)
    if not part or not is_title(part, lex) or _named(part, people):
        return None
    return part


def _below(text: str, end: int, lex: Lexicon, people: Sequence[str]) -> str | None:
    """The title on the line under a name that ends its line or cell (a signature, an HTML
    cell "<b>Name</b><br>Title")."""
    newline = text.find("\n", end, end + NEAR)
    if newline < 0 or text[end:newline].strip(" \t,"):
        return None
    line = text[newline + 1 : newline + 1 + NEAR].split("\n", 1)[0]
    first = re.split(r"\t|\s\|\s|\s[-–—]\s|[|·•]", line.strip(), maxsplit=1)[0]
    first = lex.label.sub("", first)  # "Title: Chief Medical Officer"
    title = _OWNER.sub("", first.strip(_EDGE))
    parts = [p.strip() for p in title.split(",")]
    if not is_title(parts[0], lex) or _named(title, people):
        return None
    whole = first.strip() == line.strip()  # the title is all of its line
    return _with_halves(parts[0], parts[1:], lex, people, whole)[0]


def _cjk_near(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The title and department words around a Korean, Japanese or Chinese name in its part
    of the line: after it ("김도윤 물류기획팀장"), else before it ("製造本部 部長 中村 隆")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - NEAR)
    line_end = text.find("\n", end, end + NEAR)
    line_end = min(len(text), end + NEAR) if line_end < 0 else line_end
    cut = re.compile(r"[、,，/／：|\t()（）【】]|:\s|\s-\s")
    # a bullet's or a separator's "・" at a part's edge is no part of the title; "・" or "／"
    # between two titles joins them into one ("部長・UXリード"); a separator right after the
    # name starts its title ("山田 太郎／デザイン部 部長")
    before = [t.strip("・") for t in cut.split(text[line_start:start])[-1].split()]
    following = re.sub(r"^[ \t\u3000]*[/／:：|・–—-][ \t\u3000]*", "", text[end:line_end])
    after = [t.strip("・") for t in cut.split(following, maxsplit=1)[0].split()]
    before, after = [t for t in before if t], [t for t in after if t]
    taken = []
    for token in after:
        if not cjk_titled(token, lex):
            break
        taken.append(token.removesuffix("님"))
    if taken and is_title(" ".join(taken), lex):
        return " ".join(taken)
    taken = []
    for token in reversed(before):
        if not cjk_titled(token, lex):
            break
        taken.insert(0, token)
    return " ".join(taken) if taken and is_title(" ".join(taken), lex) else None


def _mentions(name: str, text: str) -> Iterable[re.Match[str]]:
    """Where the text names the person: their words in order, a middle initial between them
    ("Joanna K. Pierce" for Joanna Pierce), at most MAX_MENTIONS times."""
    words = name.split()
    if not words:
        return iter(())
    if _CJK.search(name):
        pattern = r"[ \t\u3000]*".join(re.escape(w) for w in words)
    else:
        gap = r"[ \t]+(?:[A-Z]\.[ \t]+)?"
        pattern = rf"(?<![\w]){gap.join(re.escape(w) for w in words)}(?![\w])"
    if len(words) == 2 and not _CJK.search(name):  # "Kowalczyk, Piotr – Kierownik …"
        flipped = rf"(?<![\w]){re.escape(words[1])},?[ \t]+{re.escape(words[0])}(?![\w])"
        pattern = f"{pattern}|{flipped}"
    found = re.finditer(pattern, text)
    return (m for _, m in zip(range(MAX_MENTIONS), found, strict=False))


MIN_WRAPPED = 40  # the shortest line of a paragraph wrapped in the middle of a sentence


def _wrapped(text: str, line_start: int) -> str:
    """The line before, when a paragraph's sentence runs on over the line break ("… and our
    Chief" then "Engineer Agnes Moyo."): a long line that ends inside a sentence; "" else."""
    if line_start < 2:
        return ""
    before = text[max(0, line_start - NEAR) : line_start - 1].rsplit("\n", 1)[-1]
    if (
        len(before.strip()) < MIN_WRAPPED
        or re.search(r"[.:;!?,)\t|]\s*$", before)
        or len(re.findall(r"(?<!\S)[a-z]+(?!\S)", before)) < 3  # a sentence's small words
    ):
        return ""
    return before.strip() + " "


# a form of address before a name on a list's line, by its shape: a short word with its full
# stop ("Δρ.", "Ing.", "Lic."), an abbreviation with a quotation mark inside ("ד\"ר"), a
# short capitalised word ("Ông", "Bà")
_ADDRESS_SHAPE = re.compile(
    r"(?:^|\s)(?:[^\W\d_]{1,5}\.|[^\W\d_]{1,3}[\"'״׳][^\W\d_]{1,2}\.?|[^\W\d_]{1,3})\s*$"
)
# a time of a schedule's line ("09.30–10.15", "10:00 AM -", "14h30")
_CLOCK_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:\d{1,2}[:.h]\d{2}|\d{1,2})\s*(?:[ap]\.?\s?m\.?|h)?(?![^\W\d_])"
)


def _starts_line(left: str, labels: bool = True) -> bool:
    """The name starts its line, as on a list's or a schedule's line: before it only bullets,
    numbers or times, a label and its colon ("Interviewer:"; not with `labels` False), and
    forms of address ("Dr.", "Δρ.", "Ông")."""
    left = _HONORIFIC_TAIL.sub("", _HONORIFIC_TAIL.sub("", left))
    for _ in range(2):
        left = _ADDRESS_SHAPE.sub("", left)
    left = _CLOCK_WORDS.sub("", left)
    if not re.search(r"[^\W\d_]", left):
        return True
    if not labels:
        return False
    label = re.fullmatch(r"[\W\d_]*[^\W\d_][^:：\n]{0,40}[:：][\W\d_]*", left)
    return label is not None


def title_near(
    name: str, text: str, people: Sequence[str] = (), lex: Lexicon | None = None
) -> str | None:
    """The title the text gives `name` where it names them, or None. `people` are the other
    people's names (never part of a title)."""
    lex = lex or lexicon()
    others = [p for p in people if p and p.casefold() != name.casefold()]
    for match in _mentions(name, text):
        start, end = match.span()
        if _CJK.search(name):
            title = _cjk_near(text, start, end, lex)
        else:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            rest = text[end : min(line_end, end + NEAR)]
            left = text[max(line_start, start - NEAR) : start]
            # a name in apposition after its title ("our Ops Director, Janelle Brooks, about
            # the … opening"): the words after it are the sentence's, unless they are a title
            # written as one ("our hiring manager, Wade Collins, Maintenance Superintendent")
            # (a label's line lists people: "Invitees: A (organiser), B, C")
            entry = _starts_line(text[line_start:start], labels=False)
            after = _after(rest, lex, others, entry)
            apposed = _apposed(left, lex, others)
            if apposed and after and not after[:1].isupper():
                after = None
            title = (
                after
                or apposed
                or _before((_wrapped(text, line_start) if left.strip() else "") + left, lex, others)
                or _below(text, end, lex, others)
            )
        if title:
            return _clip(title.strip(_EDGE), MAX_TITLE)
    return None


def said_after(name: str, span: str, text: str, known: Sequence[str] = ()) -> bool:
    """The text writes `span` where the person's title stands, so `span` is theirs, not a
    person of its own: in brackets right after `name` ("Jana Dvořáková (hlavní architektka)"),
    or past a separator to the end of an entry's line that the name starts, bar a label ("-
    Δρ. Μαρία Σταθοπούλου, Αρχιτέκτονας Λογισμικού"; "Interviewers: A, B" lists two people),
    or to a sentence's end ("…, e a Dra. Helena Sousa, Responsável de Segurança Alimentar."),
    or to a comma and a conjunction before another of the `known` people ("Adam Lis, Opiekun
    Klientów Kluczowych, oraz Ewa Kowal")."""
    for match in _mentions(name, text):
        rest = text[match.end() : match.end() + NEAR]
        if re.match(rf"[ \t]*[(（][ \t]*{re.escape(span)}[ \t]*[)）]", rest):
            return True
        sep = _RIGHT_SEP.match(rest)
        if sep is None or not sep.group(0).strip(" ") or not rest[sep.end() :].startswith(span):
            continue
        tail = rest[sep.end() + len(span) :]
        line_start = text.rfind("\n", 0, match.start()) + 1
        entry = _starts_line(text[line_start : match.start()], labels=False)
        if (entry and re.match(r"[ \t]*(?:\n|$)", tail)) or re.match(r"[.!?](?:\s|$)", tail):
            return True
        if any(k and re.match(_JOINED_TO + re.escape(k), tail) for k in known):
            return True
    return False


# a comma, a conjunction in lower case, and an article or a form of address before the next
# person's name (", oraz ", ", e a Dra. ", ", ir ")
_JOINED_TO = r"[ \t]*[,،][ \t]+[^\W\d_A-Z][\w'’]{0,5}(?:[ \t]+[^\W\d_][\w'’]{0,4}\.?){0,2}[ \t]+"


def assign_titles(people: Sequence[Person], text: str, names: Iterable[str] = ()) -> None:
    """Each person's title from where `text` names them with one (kept when it does not).
    `names` are more people's names the text may hold (the coordinator's, the candidate's)."""
    lex = lexicon()
    everyone = [p.name for p in people] + [n for n in names if n]
    firsts = [n.split()[0].casefold() for n in everyone if n.split()]
    for person in people:
        title = title_near(person.name, text, everyone, lex)
        words = person.name.split()
        if not title and len(words) >= 2 and firsts.count(words[0].casefold()) == 1:
            title = _first_name_bracket(words[0], text, lex)
        # (a title read already that goes on past this one is kept: "Senior Manager,
        # Strategy" from a table's column, not "Senior Manager")
        if title and not (person.title and person.title.startswith(title + ",")):
            person.title = title


def _first_name_bracket(first: str, text: str, lex: Lexicon) -> str | None:
    """The title in brackets after a person's first name alone ("Hamish (co-owner & head of
    pastry) will run …"), when the text names them so and no one else has that first name."""
    if _CJK.search(first) or len(first) < 3:
        return None
    pattern = rf"(?<![\w]){re.escape(first)}[ \t]*[(（]([^()（）\n]{{2,100}})[)）]"
    for match in re.finditer(pattern, text[: MAX_MENTIONS * NEAR * 10]):
        inside = _OWNER.sub("", match.group(1).strip(_EDGE))
        if is_title(inside, lex):
            return _clip(inside, MAX_TITLE)
    return None

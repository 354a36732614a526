"""The interviewers and coordinator named in an invite's text: "You will meet …", "with
… (Head of Research)", "… will call you", introductions, schedules and tables; and the
words that look like a name but are no person (a street, a city and state, a greeting, the
employer)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from followup.core.legal_forms import ends_in_legal_form
from followup.core.models import Person, PersonRole
from followup.core.name_lists import person_words
from followup.core.text import without_accents
from followup.delivery.invites.arrangers import (
    hiring_manager_meets,
    introducers_arrange,
    organizer_meets_alone,
)
from followup.delivery.invites.common import (
    LOWER,
    MAX_NAME,
    MAX_PEOPLE,
    MAX_SCAN,
    UPPER,
    _clip,
    _Ctx,
    _Found,
    _Vocab,
)
from followup.delivery.invites.common import STREET_WORDS as _STREET_WORDS
from followup.delivery.invites.company_names import fold_words, squeezes, written_with_legal_form
from followup.delivery.invites.company_text import MEETING_BLOCK
from followup.delivery.invites.coordinator_text import _coordinator_in_text
from followup.delivery.invites.listed_lines import caseless_entries, listed_under_label
from followup.delivery.invites.name_lists import (
    _BARE_NAME,
    _HONORIFIC,
    _HONORIFICS,
    _LIST_TEXT,
    _NAME,
    _PARTICLE,
    _TIME,
    _TITLE_LINE,
    _and_before,
    _continues_title,
    _labelled,
    _looks_like_title,
    _masked,
    _persons_in_list,
    _same_person,
    _unmasked,
    oblique_words,
)
from followup.delivery.invites.native_names import (
    _consonants,
    in_own_script,
    one_each,
    signs_in_latin,
)
from followup.delivery.invites.native_names import same_across_scripts as _across
from followup.delivery.invites.people import _domain, _in_domains
from followup.delivery.invites.people_cjk import _CJK_NAME_CHAR, _cjk_people
from followup.delivery.invites.schedule import (
    _SCHEDULE,
    MAX_SCHEDULE_LINES,
    _block,
    _block_people,
    _scheduled_person,
    _table_people,
    _under_row,
)
from followup.delivery.invites.titles import (
    assign_titles,
    lexicon,
    said_after,
    title_by_place,
    title_under,
)
from followup.delivery.invites.titles import everyday_words as _common_words
from followup.delivery.invites.zones.tables import city_countries, region_names

# "You will meet Dr. Helen Moss (Head of Research) and Kenji Mori (Lab Manager).", "You will
# be interviewed by our Registered Manager, Olivia Grant", "meeting with me and with …"
_MEET = re.compile(
    r"\b(?i:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview(?:ed|ing)?|"
    r"interview[ \t]+(?:is|will[ \t]+be)|"
    r"call|session|conversation|rencontrerez|rencontrer|treffen|sprechen|spreekt|spreek|"
    r"will\s+be)"
    r"(?:\s+(?i:with|by|avec|mit|met|con))?:?[ \t]*\n?[ \t]*(?<=\s)"
    r"(?P<me>(?i:(?:me|mij|mir|moi|mí)\s+(?:and|&|en|und|et|y)\s+(?:(?:with|met|mit|avec|con)\s+)?))?"
    rf"(?P<list>(?:(?i:our|the)\s+)?(?:{_HONORIFICS}\s+)?[{UPPER}]{_LIST_TEXT})"
)


# "entrevista con Rocío Márquez (Directora …)", "mit Frau Dr. Katrin Vogel, Leiterin …",
# "avec Mme Hélène Garnier, Directrice …", "Incontrerà l'Ing. Paolo Leone", "Ihre
# Gesprächspartner sind …", "La llamada la realizará …": the people an invite in another
# language names; German's capitalised nouns and "Ihnen" need an honorific after "mit"
# The writer who interviews, named after "me" ("your interview with me, Chidi Okoro (Head of
# Credit Risk)", "mit mir, Oliver Brandt", "avec moi, Camille Lefèvre", "conmigo, Ana Ruiz")
_ME_NAMED = re.compile(
    r"(?:\b(?i:with|call|meet)[ \t]+me|\b(?i:mit[ \t]+mir|avec[ \t]+moi|conmigo|comigo|"
    r"con[ \t]+me))[ \t]*[,(–—-][ \t]*(?P<list>[^.;\n]{3,120})"
)


_WITH = re.compile(
    r"(?:\b(?:con|com|avec|met|Con|Com|Avec|Met)[ \t]+(?:(?:il|la|lo|el|o|a)[ \t]+|l['’][ \t]*)?"
    rf"(?=(?:{_HONORIFICS}\s+)?[{UPPER}][{LOWER}])"
    rf"|\b(?:mit|Mit)[ \t]+(?:(?:der|dem|den)[ \t]+)?(?={_HONORIFICS}\s)"
    r"|\b(?i:gesprächspartner(?:in|innen)?[ \t]+(?:sind|ist|werden[ \t]+sein)|realizará|"
    r"realizarán|llevará[ \t]+a[ \t]+cabo|entrevistará|entrevistarán|incontrerà|incontrerai|"
    r"incontrerete|échangerez|échangeras|conocerás|conocerá|conhecerá|conversará|"
    r"rencontreras|rencontrerez|rencontrera|(?:vas|allez|va)[ \t]+rencontrer|"
    r"wordt[ \t]+(?:gebeld|gevoerd)[ \t]+door|gesprek[ \t]+met|reçu(?:e|\(e\))?[ \t]+par|"
    r"recebid[oa][ \t]+pel[oa]|conduzid[oa][ \t]+pel[oa]|conducid[oa][ \t]+por|"
    r"realizad[oa][ \t]+por|deltager|deltar|nehmen|nimmt|"
    r"condott[oa][ \t]+(?:dall['’][ \t]*|dalla|dallo|dal|dagli|da)|"
    r"(?:poprowadzi|przeprowadzi|poprowadzą|przeprowadzą)|"
    r"incontrerà|incontrerete|participarán|participará|participarão|participará|"
    r"parteciperanno|parteciperà|participeront|participera|prendront[ \t]+part|"
    r"(?:wezmą|weźmie)[ \t]+udział|nemen[ \t]+deel|neemt[ \t]+deel|nehmen[ \t]+teil)"
    r"(?:[ \t]+|(?<=['’]))(?:(?:il|la|lo|el|o|a|der|die|den|dem|unser|unsere|unserem|unseren)[ \t]+"
    r"|l['’][ \t]*)?)"
    rf"(?P<list>(?:{_HONORIFICS}\s+)*[{UPPER}]{_LIST_TEXT}"
    # "participarán el director comercial Andrés Vidal y …": a lower-case title first
    # (not "avec M. …", "con la Sra. …": the branch for those words reads them)
    r"|(?!(?:avec|con|com|mit|met|with)\b)"
    rf"(?:[{LOWER}][\w'’.-]*,?[ \t]+){{1,7}}[{UPPER}]{_LIST_TEXT})"
)


# "interview for Yard Operations Supervisor with Marcus Delgado (Yard Manager)": after English
# "with", a person only when their title in brackets follows the name (a company may follow
# "with" too); more of them joined by "and" or commas
_WITH_TITLED_ONE = rf"(?:{_HONORIFICS}\s+)?{_BARE_NAME}[ \t]*\([^()\n]{{2,80}}\)"


_WITH_TITLED = re.compile(
    rf"\b(?i:with)[ \t]+(?P<list>{_WITH_TITLED_ONE}"
    rf"(?:[ \t]*(?:,|,?[ \t]+and)[ \t]+{_WITH_TITLED_ONE}){{0,5}})"
)


# "Veți discuta cu dl. Ion Ceban (vinificator-șef) și …", "Sizinle Sn. Elif Aydın (Yazılım
# Mimarı) ve …": a name with a title in brackets after it, whatever words introduce it
_BRACKETED = re.compile(rf"(?<![\w.])(?P<name>{_BARE_NAME})[ \t]*\((?P<title>[^()\n]{{2,80}})\)")


def _bracketed(text: str, vocab: _Vocab, known: set[tuple[str, ...]]) -> list[Person]:
    """The people a sentence names with a title in brackets after each, in any language: a
    title by its words or by its place (`titles.title_by_place`, two words or more, or a
    compound: "(vinificator-șef)"). A title by its place alone needs more to say a person is
    named: a form of address before the name ("dl. Ion Ceban", "Sn. Elif Aydın"), a name
    the headers give (`known`, folded words), or another such person in the sentence;
    "Ihren Kälteschein (Sachkundenachweis Kategorie I)" is none."""
    found: list[tuple[Person, bool, int]] = []  # (person, said to be one, sentence)
    for seen, match in enumerate(_BRACKETED.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        title = " ".join(match.group("title").split())
        shaped = len(title.split()) >= 2 or "-" in title.strip("-")
        worded = _looks_like_title(title, vocab)
        if not (worded or (shaped and title_by_place(title))):
            continue
        name = _HONORIFIC.sub("", " ".join(match.group("name").split()))  # "Ms Ruth Okafor"
        if len(name.split()) < 2 or vocab.role_words.search(name) or _common_words(name):
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        addressed = re.search(r"(?:^|\s)(?:[^\W\d_]{1,4}\.|[^\W\d_]{1,3})[ \t]+$", before)
        said = worded or bool(addressed) or fold_words(name) in known
        sentence = len(re.findall(r"[.!?](?:\s|$)|\n", text[: match.start()]))
        found.append((Person(name=_clip(name, MAX_NAME), title=_clip(title, 120)), said, sentence))
    many = {n for _, _, n in found if sum(1 for _, _, m in found if m == n) >= 2}
    return [person for person, said, n in found if said or n in many]


# "… at 11:30 AM Central with Rosario Benítez, Plant Quality Manager.": after English "with",
# a person and their title after a comma that closes the sentence (or its line)
_WITH_COMMA_TITLE = re.compile(
    rf"\b(?i:with)[ \t]+(?P<name>(?:{_HONORIFICS}\s+)?{_BARE_NAME}),[ \t]+"
    r"(?P<title>[^.;!?\n()]{2,80}?)[ \t]*(?=[.;!?]?[ \t]*(?:\n|$)|[.;!?][ \t])"
)


# "over coffee with me (Creative Director) and Saoirse Whelan from our strategy team", "sit
# down with me and our plant manager, Ezekiel Hartigan": the writer interviews with them
_WITH_ME = re.compile(
    r"\b(?i:with|for|by)[ \t]+(?i:me)(?:[ \t]*\((?P<my_title>[^()\n]{2,60})\))?[ \t]*,?[ \t]+"
    r"(?:and|&)[ \t]+(?:with[ \t]+)?"
    rf"(?P<list>(?:(?:our|the)[ \t]+[a-z][\w'’ -]{{2,40}}?,[ \t]+)?(?:{_HONORIFICS}\s+)?"
    rf"[{UPPER}]{_LIST_TEXT})"
)


# "… and me", "… & me" after the names: the writer interviews too
_AND_ME = re.compile(r"(?i)\s*(?:,\s*)?\b(?:and|&)\s+(?:with\s+)?me\b.*$")


# "Carla Diaz, our Retail Operations Manager, will call you.", "Kavya Iyer (Senior Android
# Engineer) will join me."
MAX_CALLERS = 6  # people joined by "and" before "will call you": a bound, so a text of


# names joined by "&" is read in linear time
_CALLER_ONE = rf"(?:{_NAME})(?:\s*\([^()\n]{{2,80}}\))?(?:,[^,\n]{{3,60}},)?"


_CALLER = re.compile(
    r"(?P<list>(?:(?:[Oo]ur|[Tt]he|[Yy]our)\s+[A-Z][\w&'’ -]{2,60}?,\s+)?"
    rf"{_CALLER_ONE}(?:,?\s+(?:and|&)\s+{_CALLER_ONE}){{0,{MAX_CALLERS}}}),?\s+will\s+"
    r"(?:(?:call|phone|ring|interview|join|meet)\s+|be\s+(?:joining|interviewing|on\s+the\s+"
    r"call\s+with|in\s+the\s+(?:room|interview)\s+with|with)\s+"
    r"|(?:lead|run|host|conduct|chair)\s+(?:the|your|this)\s+)"
    r"(?P<who>you|me|us|interview|conversation|call|session|meeting|discussion"
    r"|the\s+(?:invitee|candidate|applicant))\b"  # Calendly: "… will call the invitee at …"
    r"(?P<with_me>\s+(?:with|and)\s+me\b)?"
)


# "Lucía Ferrer (Senior Statistician) may also join for the last twenty minutes.", "Omar
# Haddad will also sit in": people named at a sentence's start who will or may join
_MAY_JOIN = re.compile(
    r"(?:^|(?<=[.!?:\n])|(?<=,)[ \t]+(?:and|&)|(?<=[ \t])(?:and|&))[ \t]*"
    rf"(?P<list>{_CALLER_ONE}(?:,?\s+(?:and|&)\s+{_CALLER_ONE})"
    rf"{{0,{MAX_CALLERS}}}),?\s+(?:will|may|might|could|would)\s+(?:also\s+)?"
    r"(?:join|sit\s+in|drop\s+in|attend|be\s+(?:joining|sitting\s+in|attending|present))\b",
    re.MULTILINE,
)


_AFTER_NAMES = re.compile(
    r"\s+(?:on|at|in|from|for|who|to|this|next|tomorrow|today|via|over|about|during|between|"
    r"by|when|where|while|later|soon|first|then|as|so|if|will|would|is|are|à|le|am|um|aus|teil|"
    r"på|hos|bij|presso|chez|dans|durante|während)\b"
)


def _signed_title(name: str, text: str) -> str | None:
    """The title on the line under the person's name in a signature ("Priya Shah" then
    "Credit Risk Manager"): `titles.title_under`, the one reading of it."""
    return title_under(name, text)


# "Design Lead at Lumora," / "Senior Associate at Finchley & Rowe and": the employer after a
# title in a sentence, no part of the title and no end of the list of people
_AT_EMPLOYER = re.compile(
    r"(?<=[a-z])[ \t]+(?:at|@)[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,4}"
    r"(?=[ \t]*(?:,|;|\)|$|[ \t]and\b|[ \t]will\b))"
)


def _without_employer(text: str) -> str:
    """A list of people without the employer after their titles ("Elliot Marsh, Design Lead
    at Lumora, and …" -> "Elliot Marsh, Design Lead, and …")."""
    return _AT_EMPLOYER.sub("", text)


# "Recruiter at Kestrel Robotics" on a signature's line: the employer ends the line
_LINE_EMPLOYER = re.compile(
    r"(?<=[a-z])[ \t]+(?:at|@)[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*)"
    r"{0,4}[ \t]*$",
    re.MULTILINE,
)


def _own_title(title: str | None, found: _Found, vocab: _Vocab) -> str | None:
    """A signature's title without the employer after a comma ("HR Manager, Ozark Grain
    Cooperative" from …@ozarkgrain…, "Recruiter, Fenwick Ltd" -> the title; "VP, Store
    Operations" stays whole)."""
    if not title or "," not in title:
        return title
    head, rest = (part.strip() for part in title.rsplit(",", 1))
    people = [found.coordinator, *found.interviewers]
    boxes = found.emails + [p.email for p in people if p is not None and p.email]
    labels = {e.rsplit("@", 1)[-1].split(".")[0].lower() for e in boxes if "@" in e}
    said = squeezes(rest)
    employer = any(w.startswith(x) for w in said for x in labels if len(x) >= 4)
    employer = employer or ends_in_legal_form(rest)
    return head if employer or not _continues_title(rest, vocab) else title


def _writer(found: _Found, text: str, vocab: _Vocab) -> Person | None:
    """The coordinator as an interviewer ("you will meet Tomasz and me"), titled by their
    signature."""
    if found.coordinator is None:
        return None
    name = found.coordinator.name
    return Person(name=name, email=found.coordinator.email, title=_signed_title(name, text))


# An interviewer's introduction: "Jane Doe is a Senior Software Engineer on the Payments
# team", "Tomás Reyes is our Engineering Manager for Platform."
_BIO = re.compile(
    rf"(?:^|(?<=[.!?:\n])[ \t]*)(?P<name>{_NAME})[ \t]+(?:is|will[ \t]+be)[ \t]+(?:a|an|our|the)"
    r"[ \t]+(?P<title>[A-ZÀ-Þ][\w&'’/-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-ZÀ-Þ][\w&'’/-]*)"
    r"{0,5})(?=[ \t]*(?:[,.;]|$|[ \t](?:on|in|for|at|with|and|who|here|based)\b))",
    re.MULTILINE,
)


# The writer interviews with others: "I'll be joined by …", "Het gesprek voer ik samen met …",
# "ich führe das Gespräch gemeinsam mit …", "je serai accompagnée de …"
_TOGETHER = re.compile(
    r"(?:\b(?:I|ik|ich|je|io|jag|jeg|ja|yo)\b|\bj['’])[^.!?\n]{0,60}?"
    r"\b(?:together[ \t]+with|along[ \t]+with|alongside|joined[ \t]+by|samen[ \t]+met|"
    r"gemeinsam[ \t]+mit|zusammen[ \t]+mit|accompagnée?[ \t]+de|insieme[ \t]+a|"
    r"junto[ \t]+(?:a|con)|tillsammans[ \t]+med|sammen[ \t]+med|wraz[ \t]+z|razem[ \t]+z)"
    rf"[ \t]+(?P<list>(?:{_HONORIFICS}\s+)*[{UPPER}]{_LIST_TEXT})"
)


# "You'll meet with our production manager, Luis Ferreira, in the bakery", "speak with our
# cellar master, Pieter Swanepoel", "start with our operations manager, …", "with our CTO,
# Ravi Shankar": a title in lower case (or an acronym), then the name between commas
_OUR_TITLE = re.compile(
    r"(?:\b(?:(?i:meet|meeting|speak|speaking|talk|talking|chat|chatting)(?:[ \t]+(?i:with))?|"
    r"(?i:with|by|and|&|be|is|are))[ \t]+"
    # "Our executive pastry chef, Marguerite Okonjo, will run it.", "Joining us: our quality
    # lead, …": an apposition that starts a sentence or follows a colon; "our" in the
    # languages invites are written in ("Notre directeur des opérations, …", "Unser
    # Betriebsleiter, …", "Nuestro jefe de planta, …")
    r"|(?m:^)[ \t]*|(?<=[.!?:][ \t]))"
    r"(?i:our|the|notre|unser|unsere|nuestro|nuestra|nostro|nostra|onze|nosso|nossa|vår|vårt|"
    r"vores|nasz|nasza)[ \t]+(?P<title>[A-Za-z][\w'’&-]*(?:[ \t]+[a-z][\w'’&-]*){0,4}),[ \t]+"
    rf"(?P<name>{_BARE_NAME})(?=[ \t]*[,.;)]|[ \t]+(?:in|at|on|about|who|and)\b)"
)


MAX_INTRO = 400  # characters read after an introduction's words: one sentence's list


# after an introduction's words, a colon at the line's end: the people on the lines below,
# up to a blank line
_LINES_BELOW = re.compile(
    r"[ \t]*:[ \t]*\n(?:[ \t]*\n)?(?P<lines>(?:[ \t]*\S[^\n]{0,300}\n?){1,20})"
)


# a list's "and" (or a comma) before a preposition that leads to the next person


def _introduced(text: str, vocab: _Vocab) -> list[Person]:
    """The people an introduction in prose names, in any of the invite languages ("Ti
    chiameranno la responsabile della qualità Serena Lodi e il direttore di stabilimento,
    Fabio Carretta", "Im Gespräch lernen Sie Frau Dr. Anja Seibold, Leiterin
    Qualitätssicherung, und Herrn Tobias Kern kennen", "you'll sit down with …, and
    afterwards with …"): the words that introduce them, the words between them and the
    words that close the list are data (invites.toml [introductions]); the list runs to the
    sentence's end, and is read as every list of people is (titles before or after names)."""
    out: list[Person] = []
    for seen, match in enumerate(vocab.introductions.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        below = _LINES_BELOW.match(text, match.end())
        if below is not None:  # "Estarán presentes:" and the people one a line below it
            out += _block_people(below.group("lines"), vocab)
            continue
        upto = re.match(_LIST_TEXT, text[match.end() : match.end() + MAX_INTRO])
        said = upto.group(0) if upto else ""
        closer = vocab.intro_closers.search(said)
        said = vocab.intro_fillers.sub(" ", said[: closer.start()] if closer else said)

        def drop(found: re.Match[str], said: str = said) -> str:
            before = _and_before(vocab.and_words)
            return "" if before.search(said[: found.start()]) else found.group(0)

        said = vocab.list_prepositions.sub(drop, said).strip(" \t:")
        said = _masked(_without_employer(said))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        out += _persons_in_list(names, vocab, loose=True)
    return out


# the rest of a label's line after its colon
# (or its table cell's: "Du skal møte" then a tab, as an HTML table's row is read)
_LABEL_LINE = re.compile(r"(?:[ \t]*[:：]|[ \t]*\t)[ \t]*(?P<list>[^\n]{4,200})$", re.M)
# a line under a labelled list's first line, indented or not, no label of its own
_NEXT_LINE = re.compile(r"\n(?P<line>[^\n:：]{4,160})(?=\n|$)")


def _list_goes_on(text: str, end: int, vocab: _Vocab) -> list[Person]:
    """The people on the lines under a labelled list's line, one a line in the first's shape
    ("Spotkasz się z: mgr inż. A – Kierownik Zakupów" then "B – Dyrektor …", as a table's
    cell or a mail's text breaks it): each line one person with a title, up to a line that
    is none."""
    out: list[Person] = []
    at = end
    for _seen in range(MAX_PEOPLE):
        line = _NEXT_LINE.match(text, at)
        if line is None:
            break
        people = _persons_in_list(line.group("line").strip(" \t"), vocab)
        if len(people) != 1 or not people[0].title:
            break
        out += people
        at = line.end()
    return out


def _people_in_text(found: _Found, body: str, ctx: _Ctx) -> None:
    """Interviewers the text names ("Interviewers: A, B", "Interviewer: Omar Reyes, Regional
    Director", "You will meet Dr. Helen Moss (Head of Research) and Kenji Mori", "interviewed
    by our Clinical Lead, Ben Adeyemi", "Kavya Iyer will join me", schedule lines and table
    rows "11:15–12:00  Irene Walsh, Principal Engineer"), with their titles; a title given for
    an attendee already read goes to that attendee. The coordinator is an interviewer too when
    the text says so ("… and me") or lists them in a schedule or panel with a title."""
    vocab = ctx.vocab
    # (a meeting service's block between rules names nobody, in whatever language it is)
    text = MEETING_BLOCK.sub("\n", body[:MAX_SCAN].replace("\r\n", "\n"))
    text = _after_name().sub(r"\g<name>", text)  # "Meena Iyer ji (HR Head)": name, then title
    _in_text_order([found.coordinator, *found.interviewers], text)
    # in a list, a schedule or a table; a plain-text table's first, as its columns tell a
    # title from a name ("| 10:00 AM | Hiring manager | Ana Ruiz | VP, Planning |")
    listed: list[Person] = _table_people(text, vocab)
    strong: list[Person] = []  # said to interview ("you will meet …"): the coordinator too
    for match in _labelled(vocab.interviewer_labels).finditer(text):
        upto = re.match(_LIST_TEXT, match.group("list"))  # up to the sentence's end
        people = _persons_in_list(upto.group(0) if upto else match.group("list"), vocab)
        if not people:  # "المقابلة مع: أحمد الخطيب (مدير الهندسة)": a script without case
            people = caseless_entries(match.group("list"))
        titled = _TITLE_LINE.match(text, match.end() + 1)
        if len(people) == 1 and people[0].title is None and titled:
            people[0].title = _clip(titled.group("title").strip(" .,"), 120)
        listed += people
        if people and all(p.title for p in people) and not titled:
            listed += _list_goes_on(text, match.end(), vocab)
    for seen, match in enumerate(vocab.introductions.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        # an introduction used as a label ("Spotkasz się z:", "Vous rencontrerez :"), one
        # person with a title on its line and more under it
        line = _LABEL_LINE.match(text, match.end())
        people = _persons_in_list(line.group("list"), vocab) if line else []
        if line and people and all(p.title for p in people):
            # the label line's people first, so the list keeps the text's order
            listed += people + _list_goes_on(text, line.end(), vocab)
    # sentences over lines; a labelled line ("Coordinator: Alyssa Romero", "Location: …")
    # starts a sentence of its own
    joined = re.sub(
        r"(?<=[^\s.:;])[ \t]*\n(?=[ \t]*[A-Za-zÀ-Þ(])"
        r"(?![ \t]*[^\W\d_][\w'’-]*(?:[ \t][\w'’-]+)?[ \t]*:)",
        " ",
        text,
    )
    at = 0
    for _seen in range(MAX_SCHEDULE_LINES):
        meeting = _MEET.search(joined, at)
        if meeting is None:
            break
        match = meeting
        # the names, not the sentence after them ("… and Sam Lee on 2026-11-19 at 15:00"); the
        # list is searched again ("…, followed by a short chat with Ben Castellanos")
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        at = match.start("list") + 1
        me = match.group("me") or _AND_ME.search(names)
        names = _AND_ME.sub("", names)
        people = _persons_in_list(names, vocab, loose=True)
        strong += people
        writer = _writer(found, text, vocab) if me and (people or match.group("me")) else None
        if writer is not None:
            strong.append(writer)
    for seen, match in enumerate(_ME_NAMED.finditer(joined)):  # "… with me, Chidi Okoro (…)"
        if seen >= MAX_SCHEDULE_LINES:
            break
        strong += _persons_in_list(match.group("list"), vocab, loose=True)[:1]
    spoken: list[Person] = []  # "com a Juliana Prado": an interviewer unless the coordinator
    for seen, match in enumerate(_WITH.finditer(joined)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        spoken += _persons_in_list(names, vocab, loose=True)
    strong += _introduced(joined, vocab)  # "Ti chiameranno …", "Sie lernen … kennen"
    spoken += _bracketed(joined, vocab, found.person_names)  # "… dl. Ion Ceban (…) și …"
    for seen, match in enumerate(_WITH_TITLED.finditer(joined)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        bracketed = _persons_in_list(match.group("list"), vocab, loose=True)
        strong += [
            p  # "Intro with Gwen Ortiz (Recruiter)" from Gwen: the coordinator's own part
            for p in bracketed
            if p.title
            and _looks_like_title(p.title, vocab)
            and not (
                vocab.coordinator_titles.search(p.title)
                and found.coordinator is not None
                and _same_person(p.name, found.coordinator.name)
            )
        ]
    for seen, match in enumerate(_WITH_ME.finditer(joined)):  # "with me (Title) and …"
        if seen >= MAX_SCHEDULE_LINES:
            break
        said = _masked(_without_employer(match.group("list")))
        people = _persons_in_list(_unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0]), vocab)
        writer = _writer(found, text, vocab) if people else None
        if writer is not None:
            own = match.group("my_title")
            if own and _looks_like_title(own, vocab):
                writer.title = _clip(own, 120)
            strong += [*people, writer]
    for seen, match in enumerate(_WITH_COMMA_TITLE.finditer(joined)):  # "… with A, Title."
        if seen >= MAX_SCHEDULE_LINES:
            break
        title = " ".join(match.group("title").split())
        if _looks_like_title(title, vocab) and not vocab.coordinator_titles.search(title):
            name = _HONORIFIC.sub("", " ".join(match.group("name").split()))
            strong.append(Person(name=_clip(name, MAX_NAME), title=_clip(title, 120)))
    for seen, match in enumerate(_TOGETHER.finditer(joined)):  # "I'll be joined by …"
        if seen >= MAX_SCHEDULE_LINES:
            break
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        people = _persons_in_list(names, vocab, loose=True)
        writer = _writer(found, text, vocab) if people else None
        strong += people + ([writer] if writer is not None else [])
    for seen, match in enumerate(_MAY_JOIN.finditer(joined)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        strong += _persons_in_list(_without_employer(match.group("list")), vocab)
    for match in _CALLER.finditer(joined):
        strong += _persons_in_list(_without_employer(match.group("list")), vocab)
        with_me = match.group("who") in ("me", "us") or match.group("with_me")
        writer = _writer(found, text, vocab) if with_me else None
        if writer is not None:
            strong.append(writer)
    for seen, match in enumerate(_OUR_TITLE.finditer(joined)):  # "… with our cellar master, …"
        if seen >= MAX_SCHEDULE_LINES:
            break
        title = " ".join(match.group("title").split())
        if _looks_like_title(title, vocab):
            strong.append(Person(name=_clip(match.group("name"), MAX_NAME), title=title))
    for seen, match in enumerate(_BIO.finditer(joined)):  # "Jane Doe is a Senior Engineer …"
        if seen >= MAX_SCHEDULE_LINES:
            break
        title = match.group("title").strip(" ,.")
        if _looks_like_title(title, vocab) and not vocab.coordinator_titles.search(title):
            name = _HONORIFIC.sub("", " ".join(match.group("name").split()))
            if not (vocab.role_words.search(name) or _common_words(name)):
                strong.append(Person(name=_clip(name, MAX_NAME), title=_clip(title, 120)))
    for seen, match in enumerate(_SCHEDULE.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        people = _scheduled_person(match.group("list"), vocab)
        ranged = re.match(rf"(?i)[ \t]*{_TIME}[ \t]*(?:[-–—]|to)[ \t]*\d", match.group(0))
        under = _under_row(text, match.end(), people, bool(ranged), vocab)  # may drop a session
        listed += people + under
    for match in _block(vocab.interviewer_labels + vocab.listed_labels).finditer(text):
        listed += _block_people(match.group("lines"), vocab)
    listed += _cjk_people(text, vocab)
    listed += listed_under_label(text)  # "Pohovor povedú:" then "Name, title" lines
    for person in listed:  # "Léa Fontanel (organisatrice)": the organizer, no job title
        if person.title and vocab.organizer_marks.fullmatch(person.title.strip(" .")):
            person.title = None
    # the coordinator listed with a job title of their own ("Grace Okafor | Engineering
    # Manager" in the schedule) interviews; listed as the coordinator, they do not
    strong += [p for p in listed if p.title and not vocab.coordinator_titles.search(p.title)]
    booked = any(_in_domains(_domain(e), vocab.booking_domains) for e in found.emails)
    strong = _without_arrangers(strong, listed, joined, found.coordinator, vocab, booked)
    named = listed + strong + spoken
    coordinator = found.coordinator.name.lower() if found.coordinator else None
    companies = {c.lower() for c in (found.company, found.sender_company) if c}
    labels = {e.split("@")[-1].split(".")[0].replace("-", "") for e in found.emails if "@" in e}
    for person in named:
        low = person.name.lower()
        if (
            (low == coordinator and not any(p is person for p in strong))
            or low in companies
            or _spells_a_label(low, labels)
            or low in ctx.user_names
            or " ".join(low.split()) in found.user_names
            or vocab.video_words.search(person.name)
            or ends_in_legal_form(person.name)
            or written_with_legal_form(person.name, text)  # "Acme Timber Co." elsewhere
            or vocab.interview_words.search(person.name)
            or vocab.departments.search(person.name)
            or vocab.closings.fullmatch(person.name)
            or _a_street(person.name, text)
            or _not_a_person(person.name, found, text, vocab)
        ):
            continue
        by_address = next(
            (p for p in found.interviewers if person.email and p.email == person.email), None
        ) or next(
            (
                p  # "Анна Смирнова" of the text, anna.smirnova@… of the calendar
                for p in found.interviewers
                if person.email is None
                and p.email
                and _spelled_from_address(p.name, p.email)
                and _written_alike(person.name, p.email)
            ),
            None,
        )
        if by_address is not None:  # "נועה כהן – ראש צוות (noa.cohen@…)" for the attendee
            # Google wrote as noa.cohen@…: the name as the text writes it, not one spelled
            # from the address
            if _spelled_from_address(by_address.name, by_address.email or ""):
                by_address.name = person.name
            by_address.title = by_address.title or person.title
            continue
        across = next((p for p in found.interviewers if _across(p.name, person.name, vocab)), None)
        if across is not None:  # "سالم الحارثي – مدير العمليات" and "Salim Al-Harthi": one
            # person, named and titled as the text writes them in its own script
            if not without_accents(person.name).isascii():
                across.name, across.title = person.name, person.title or across.title
            across.title = across.title or person.title
            continue
        same = next((p for p in found.interviewers if _same_person(p.name, person.name)), None)
        if same is not None:
            same.title = same.title or person.title
            if oblique_words(same.name) > oblique_words(person.name):
                same.name = person.name  # "Ewą Dąbrowską" read first: "Ewa Dąbrowska"
            if (
                same.name == without_accents(same.name) != person.name
                and _same_person(same.name, person.name)
                and len(same.name.split()) == len(person.name.split())
                and oblique_words(person.name) <= oblique_words(same.name)
            ):
                same.name = person.name  # the text spells it with its accents ("Lucía")
            continue
        if len(found.interviewers) >= MAX_PEOPLE:
            break
        found.interviewers.append(person)
    found.interviewers = _without_titles(_without_first_names(found.interviewers), text)
    # one person named in Latin letters and in the text's own script: once, as the text
    # writes them ("Μαρία Κωνσταντίνου" of the signature for the CN "Maria Konstantinou")
    found.interviewers = one_each(found.interviewers, vocab)
    in_script: list[Person | None] = [found.coordinator, *found.interviewers]
    if signs_in_latin(found.coordinator, found.interviewers, text):  # "منى السيد - Mona El-Sayed"
        in_script = in_script[1:]
    found.notes += in_own_script(in_script, text, vocab)
    organizer = found.coordinator
    if organizer is not None and any(_same_person(p.name, organizer.name) for p in strong):
        # the organizer interviews ("Dale Rasmussen … will call you")
        _coordinator_beside(found, organizer, text, ctx, [p.name for p in strong])
    found.interviewers = _without_lead_words(found.interviewers, found.coordinator)
    others = [found.coordinator.name] if found.coordinator else []
    # (the employer's name is no unit of a title: "Lina Berg – Recruiter, Ostvik Marin")
    others += [c for c in (found.company, found.sender_company) if c]
    assign_titles(found.interviewers, text, others + sorted(ctx.user_names))
    coordinator_person = found.coordinator
    if coordinator_person is not None and coordinator_person.title is None:
        # the coordinator's title in their signature ("Renata Solis" then "Talent
        # Acquisition Specialist"), as the record keeps every person's title
        signed = _signed_title(coordinator_person.name, _LINE_EMPLOYER.sub("", text))
        own = _own_title(signed, found, vocab)
        if own and not any(_same_person(p.name, coordinator_person.name) for p in strong):
            coordinator_person.title = _clip(own, 120)
    # who only arranges and who meets the candidate, now that every person is read
    introducers_arrange(found, joined, vocab)
    hiring_manager_meets(found, text)
    if found.coordinator is not None and not found.interviewers:
        signed = _signed_title(found.coordinator.name, _LINE_EMPLOYER.sub("", text))
        own = _own_title(signed, found, vocab)
        organizer = found.coordinator
        organizer_meets_alone(found, text, vocab, _clip(own, 120) if own else None)
        if found.interviewers:  # the organizer meets the candidate: a coordinator the text
            # names ("Coordinator: Priya Nair", "Ihre Ansprechpartnerin … ist Frau Sabine
            # Keller, Recruiting") arranges it, the organizer still interviews
            _coordinator_beside(found, organizer, text, ctx, [organizer.name])


def _spelled_from_address(name: str, email: str) -> bool:
    """`name` is only the letters of the address's local part ("Noa Cohen" of
    noa.cohen@…), as a calendar writes an attendee it knows no name for, or the address."""
    local = email.split("@", 1)[0]
    letters = [re.sub(r"[\W\d_]", "", t).lower() for t in (name.split("@", 1)[0], local)]
    return bool(letters[0]) and letters[0] == letters[1]


def _written_alike(name: str, email: str) -> bool:
    """`name`, written in another script ("Анна Смирнова", "अनिल शर्मा", "خالد العتيبي"),
    is the one the address spells (anna.smirnova@, anil.sharma@, khalid.alotaibi@): each
    word of the address's local part reads like one of the name's words in Latin letters
    (anyascii's), their consonants compared, as scripts that write few vowels give few."""
    from difflib import SequenceMatcher

    from anyascii import anyascii

    if name.isascii():
        return False
    spoken = [_consonants(w) for w in anyascii(name).split()]
    tokens = [_consonants(t) for t in re.split(r"[._-]+", email.split("@", 1)[0]) if t]
    if not tokens or not spoken or len(tokens) > len(spoken):
        return False
    return all(
        t and any(w and SequenceMatcher(None, t, w).ratio() >= 0.75 for w in spoken)
        for t in tokens
        if len(t) > 1
    ) and any(len(t) > 1 for t in tokens)


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    """An honorific written after a capitalised name, in lower case, before a bracket, a
    comma, "and" or the line's end ("Meena Iyer ji (HR Head)", "Sharma-ji,"; person_words.txt
    after_kept): no part of the name, and in the way of reading its title."""
    words = "|".join(sorted(person_words()["after_kept"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]{{1,30}})(?:-|[ \t])(?:{words})\b"
        rf"(?=[ \t]*(?:[(,;.]|and\b|und\b|et\b|y\b|e\b|$))",
        re.MULTILINE,
    )


def _coordinator_beside(
    found: _Found, organizer: Person, text: str, ctx: _Ctx, interviewing: list[str]
) -> None:
    """The organizer interviews (one of `interviewing`): a recruiter the text names with their
    title ("Contact Kristin Halvorsen (Talent Acquisition)") or gives with their own address
    arranged it and is the coordinator, the organizer an interviewer with the address they
    write from; with nobody of that kind, the organizer stays the coordinator."""
    found.coordinator = None
    _coordinator_in_text(found, text, ctx, interviewing)
    if found.coordinator is None:
        found.coordinator = organizer
        return
    if _same_person(found.coordinator.name, organizer.name):
        # the text names the organizer again: with the address they write from
        found.coordinator.email = found.coordinator.email or organizer.email
    listed_too = [p for p in found.interviewers if _same_person(p.name, organizer.name)]
    for person in listed_too:  # the list named them: their address is the organizer's
        person.email = person.email or organizer.email
    if not listed_too:
        found.interviewers.append(replace(organizer, role=PersonRole.INTERVIEWER))


# "Jordan Whitaker (Talent Acquisition) booked this call on Elaine's behalf", "Desmond
# Achterberg, our recruiting coordinator": a person the text gives a coordinator's title, or
# says arranged the meeting for someone else
_ARRANGER = re.compile(
    rf"(?P<name>{_BARE_NAME})(?:[ \t]*\((?P<bracket>[^()\n]{{2,60}})\)|,[ \t]+(?:(?i:our|the)"
    r"[ \t]+)?(?P<comma>[^,.;\n()]{2,60}?)(?=[ \t]*[,.;\n]))?"
    r"(?P<behalf>[^.\n]{0,60}?\b(?i:on[ \t]+(?:\w+['’]s|his|her|their)[ \t]+behalf|"
    r"on[ \t]+behalf[ \t]+of))?"
)


def _without_arrangers(
    strong: list[Person],
    listed: list[Person],
    text: str,
    coordinator: Person | None,
    vocab: _Vocab,
    booked: bool = False,
) -> list[Person]:
    """`strong` without the people the text says arranged the interview ("booked this call on
    Elaine's behalf"; the coordinator, with a coordinator's title beside their name) when
    someone else is named to interview: a scheduler's "Phone Interview with Jordan Whitaker"
    names whose calendar it is (`booked`: a booking page's mail, whose host is the
    coordinator). One listed with a job title of their own still interviews."""
    arrangers: list[str] = [coordinator.name] if booked and coordinator is not None else []
    for seen, match in enumerate(_ARRANGER.finditer(text)):
        if seen >= MAX_SCHEDULE_LINES * 4:
            break
        name = match.group("name")
        title = match.group("bracket") or match.group("comma") or ""
        coordinating = bool(title and vocab.coordinator_titles.search(title)) and (
            coordinator is not None and _same_person(name, coordinator.name)
        )
        if match.group("behalf") or coordinating:
            arrangers.append(name)

    def arranges(person: Person) -> bool:
        if person.title and not vocab.coordinator_titles.search(person.title):
            return False
        return any(_same_person(person.name, name) for name in arrangers)

    if not arrangers or not any(not arranges(p) for p in [*strong, *listed]):
        return strong
    return [p for p in strong if not arranges(p)]


def _spells_a_label(name: str, labels: set[str]) -> bool:
    """A lower-case name that is a mail domain's label ("hollowbrook"), or that label and more
    words after it: a company ("Your interview with Hollowbrook Games is set for …" from
    nell@hollowbrook.example), never a person."""
    squeezed = re.sub(r"[\W_]", "", name)
    return squeezed in labels or (
        " " in name.strip()
        and any(len(label) >= 4 and squeezed.startswith(label) for label in labels)
    )


_GREETING_WORD = re.compile(r"(?i)^(?:hi|hello|hey|dear|good\s+\w+|bonjour|hallo|hola|ciao|olá)\b")


_CITY_STATE = re.compile(r"[ \t]*,[ \t]*(?P<state>[A-Z]{2})\b")


# the last part of an address line: a town and its postcode, not a year ("Bengaluru 560102",
# "Auckland 1010", "4001 Durban")
_TOWN_POSTCODE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}\d{4,6}(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"
)


# a house's, a floor's or a unit's number at an address line's start ("12F", "4/F", "221B"),
# not a time's ("10:00, …") nor a list's ("1. …")
_NUMBERED = re.compile(r"\d{1,5}(?:[A-Za-z]{1,2}|/[A-Za-z])?(?![\d:.)])\b")


_AFTER_ADDRESS = re.compile(r"[ \t]+[-–—|·•][ \t]+(?=\S)")


def _not_a_person(name: str, found: _Found, text: str, vocab: _Vocab) -> bool:
    """Words read as a name that name nobody: a greeting ("Hi Rowan Adeyemi"), a team
    ("Ihr Recruiting-Team"), a part of the company's name ("Kessler Medizintechnik" of "Brandt &
    Kessler Medizintechnik"), a city with its state after it ("Kansas City, MO")."""
    if _GREETING_WORD.match(name) or vocab.sender_noise.search(name.replace("-", " ")):
        return True
    if len(name.split()) >= 2 and name in city_countries():
        return True  # "Eastern Time - New York": a city a zone is named after
    if len(name.split()) >= 2 and name in region_names():
        return True  # "Halifax, Nova Scotia", "Cape Town, Western Cape": a province
    first = name.split()[0].casefold() if name.split() else ""
    if first in lexicon().connectors and not re.fullmatch(_PARTICLE, first):
        return True  # "Działu Jakości" of "Kierownik Działu Jakości": a title's department
    words = set(name.lower().split())
    for company in (found.company, found.sender_company):
        if company and len(words) >= 2 and words <= set(company.lower().replace("&", " ").split()):
            return True
    states = {code for codes in vocab.state_zones.values() for code in codes}
    for seen, at in enumerate(re.finditer(re.escape(name), text[:MAX_SCAN])):
        state = _CITY_STATE.match(text, at.end())
        if state and state.group("state") in states:
            return True
        # a part of an address line ("3rd Floor, Jamun Tech Park, 17th Cross, HSR Layout,
        # Bengaluru 560102"): three parts or more between commas, a postcode among them
        end = text.find("\n", at.end())
        start = text.rfind("\n", 0, at.start()) + 1
        line = text[start : end if end >= 0 else len(text)]
        # (the line's phone or mail after a dash or a bar is no part of the address: "…,
        # Bengaluru 560038 - +91 80 5550 2194", "… | Tel. …")
        address = _AFTER_ADDRESS.split(line, maxsplit=1)[0]
        parts = [p.strip(" \t.") for p in address.split(",")]
        if len(parts) >= 3 and name in parts[:-1] and _TOWN_POSTCODE.fullmatch(parts[-1]):
            return True
        # a line that starts with a house's or a floor's number ("12F Ayala Triangle Tower,
        # Makati City", "4 Hanover Quay, Dublin"): its later parts are places, not people
        if len(parts) >= 2 and name in parts[1:] and _NUMBERED.match(parts[0]):
            return True
        # a line an address's label starts ("Venue: …, Narita International Airport, Chiba")
        label = vocab.address_label.match(line)
        if label and at.start() - start >= label.start("value"):
            return True
        if seen >= 20:
            break
    return False


def _without_first_names(people: list[Person]) -> list[Person]:
    """The people without one named only by a first name (a guest's "helene@…") when another
    has that first name and a surname ("Hélène Arsenault"); the address goes to them."""
    out: list[Person] = []
    for person in people:
        words = fold_words(person.name)
        full = next(
            (
                p
                for p in people
                if p is not person
                and len(fold_words(p.name)) >= 2
                and fold_words(p.name)[:1] == words
            ),
            None,
        )
        if len(words) == 1 and len(person.name.split()) == 1 and full is not None:
            full.email = full.email or person.email
            continue
        out.append(person)
    return out


def _without_lead_words(people: list[Person], coordinator: Person | None) -> list[Person]:
    """The people without one whose name is another's (or the coordinator's) with capitalised
    words before it ("Participarão Rafael Moura", "Systems Design Noor Haddad", "Contact
    Kristin Halvorsen": a sentence's first word, a session's name), and no address of its
    own; their title goes to the other interviewer."""
    out: list[Person] = []
    for person in people:
        words = person.name.casefold().split()
        other = next(
            (
                p
                for p in [*people, *([coordinator] if coordinator else [])]
                if p is not person
                and 2 <= len(p.name.split()) < len(words)
                and words[-len(p.name.split()) :] == p.name.casefold().split()
            ),
            None,
        )
        if other is not None and person.email is None:
            if other is not coordinator:
                other.title = other.title or person.title
            continue
        out.append(person)
    return out


def _without_titles(people: list[Person], text: str) -> list[Person]:
    """The people without one the text named only where another's title stands: another's
    title as read ("Superintendente de Planeamiento" of a table's row), or the words right
    after an attendee's name and a separator ("- Δρ. Μαρία Σταθοπούλου, Αρχιτέκτονας
    Λογισμικού"), whatever the language; one with an address of their own is a person."""

    known = [p.name for p in people if p.email]

    def a_title(person: Person) -> bool:
        if person.email:
            return False
        low = person.name.casefold()
        return any(
            other is not person
            and (
                (other.title or "").casefold() == low
                or (other.email is not None and said_after(other.name, person.name, text, known))
            )
            for other in people
        )

    return [p for p in people if not a_title(p)]


def _a_street(name: str, text: str) -> bool:
    """`name` is a street's ("Hanover Quay" in "4 Hanover Quay, Dublin 2", "Water St"): its
    last word a street's, or a house number before it in the text."""
    if re.search(rf"(?i)(?:^|\s)(?:{_STREET_WORDS})\.?$", name):
        return True
    words = r"[ \t]+".join(re.escape(w) for w in name.split())
    number = r"(?<![\d:.,/–-])\b\d{1,5}[A-Za-z]?,?"  # a house's, not a time's ("11:15")
    return re.search(rf"{number}[ \t]+{words}\b", text[:MAX_SCAN]) is not None


def _in_text_order(people: list[Person | None], text: str) -> None:
    """Each person's name as the text writes it, when a calendar or a mail header gives it
    surname first ("Pichler Theresa", as Outlook does in Austria and Poland) and the text the
    other way round ("Mag. Theresa Pichler"), never the order the header gives."""
    for person in people:
        if person is None or _CJK_NAME_CHAR.search(person.name):
            continue  # Korean, Japanese and Chinese names are written surname first
        words = person.name.split()
        if len(words) != 2 or "," in person.name:
            continue
        flipped = f"{words[1]} {words[0]}"

        def said(name: str) -> bool:
            gap = r"[ \t]+"
            pattern = gap.join(re.escape(w) for w in name.split())
            return re.search(rf"(?<![\w]){pattern}(?![\w])", text) is not None

        if said(flipped) and not said(person.name):
            person.name = flipped

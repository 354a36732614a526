"""A person as typed on one line → name, title, email and phone.

    "Dana Reyes <dana@acme.example>"
    "Maria Gonzalez, maria@acme.example, 617 555 0199"
    "Dr. Helen Moss (Head of Research) <helen@acme.example> +1 617 555 0199"
    "Omar Reyes, Regional Director, +44 20 7946 0018, omar@acme.example"

The email (bare or in <>) and the phone number (read with libphonenumber for the person's
country) are recognised wherever they stand; what is left is the name, then the title (in
parentheses, or the part after the first comma). Anything else is refused with a line that
names it: a half-typed address ("maria@"), digits that are no phone number, a third part.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from followup.core.errors import InvalidInput, quote
from followup.core.name_lists import family_first_surnames
from followup.core.name_lists import person_words as person_words  # the one home of the lists
from followup.core.person_names import (
    TITLES,
    is_post_nominal,
    name_parts,
    person_name,
    without_post_nominals,
)
from followup.core.phones import find_phones
from followup.core.text import latin_script, without_accents

EMAIL = re.compile(r"^[^@\s<>,;()]+@[^@\s<>,;()]+\.[^@\s<>,;()]+$")
_ANGLE = re.compile(r"<([^<>]*)>")
_AT_TOKEN = re.compile(r"[^\s<>,;()]*@[^\s<>,;()]*")
# Labels people put before a value ("tel: …", "Email: …"): syntax, not wording.
_LABEL = re.compile(r"(?i)\b(?:tel|phone|mobile|cell|e-?mail|mail)\s*:\s*")
_LABEL_WORDS = frozenset(
    ["tel", "ph", "phone", "mobile", "mob", "cell", "m", "t", "email", "e-mail"]
)
_PARENS = re.compile(r"\(([^()]*)\)")
_SEPARATORS = re.compile(r"\s*(?:[,|]|\s[-–—]\s|:\s)\s*")
# An honorific typed in brackets inside the name ('Dr (Mrs) Funmi Olatunji'): part of the
# name, never its title.
_BRACKET_HONORIFIC = re.compile(r"\(\s*(?:mrs|mr|ms|miss|mx|dr)\.?\s*\)", re.I)
_QUOTED = re.compile(r'^\s*"([^"]*)"')  # only a display name that starts the value
_DIGITS = re.compile(r"\+?\d[\d\s().\-]{2,}\d")


@dataclass(frozen=True)
class TypedPerson:
    """What one typed line says about a person (each part None when not given)."""

    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None  # E.164
    called: str | None = None  # the name they asked to be called ('call me mike'): `asked_name`
    # what the line says after the person of how to write to them or through them ("…
    # 0116. said: 'send any thank-you mails to me, I will forward'"): `routing_remark`
    remark: str | None = None


def _unquoted(part: str) -> str:
    """A part without the quotes around it ("Dana Reyes" or 'Dana Reyes'), kept inside."""
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1].strip()
    return part


def _blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) replaced by a separator (so the parts on each side stay apart)."""
    return text[:start] + " , " + text[end:]


DEPARTMENTS = frozenset(
    [
        "hr",
        "recruiter",
        "recruiting",
        "recruitment",
        "desk",
        "bookings",
        "enquiries",
        "switchboard",
        "talent",
        "people",
        "admin",
        "hiring",
        "ta",
        "office",
        "reception",
        "principal",
        "manager",
        "supervisor",
        "coordinator",
        "personnel",
        "careers",
        "jobs",
        "team",
        "hiring team",
        "talent team",
        "hr team",
        "recruiting team",
        "human resources",
        "acquisition",
        "talent acquisition",
    ]
)


# the last word of a part of an organisation, which no name ends on ('Wildland Division')
_UNITS = frozenset(["division", "department", "dept", "unit", "section", "directorate",
                    "bureau", "team", "office"])  # fmt: skip


def _is_department(part: str) -> bool:
    """A jotted department or job word before a name ('hr', 'Recruiter', 'TA')."""
    return part.lower() in DEPARTMENTS or (
        part.isupper() and len(part) <= 3 and not re.fullmatch(r"[A-Z]\.", part)
    )  # an initial ("J.") is no department


def _looks_named(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words)


def _key(word: str) -> str:
    return word.lower().strip(".,;:()")


def _role_word(word: str, nxt: str | None = None) -> bool:
    """A word of a job title or a department ('Director', 'mgr', 'HR', 'of'); 'Sr' only
    before another such word ('Sr Manager'), since alone it is Señor."""
    key = _key(word)
    words = person_words()
    if key in ("sr", "sra") and (nxt is None or not _role_word(nxt)):
        return False
    return key in words["heads"] or key in words["modifiers"] or key in DEPARTMENTS


def _plain_word(word: str) -> bool:
    """An everyday English word or a verb's -ing form typed in lower case ('youth',
    'dispensing'): part of a job typed around a job word, never a name (a name typed so,
    'anjali', is no such word)."""
    from followup.core.check.words import everyday

    return word.islower() and (everyday(word) or (len(word) >= 7 and word.endswith("ing")))


def _has_head(words: list[str]) -> bool:
    heads = person_words()["heads"]
    return any(_key(w) in heads or _key(w) in DEPARTMENTS or _is_department(w) for w in words)


def has_body(text: str) -> bool:
    """Whether typed words name a public body or a group ('Harbour board liaison', 'Board of
    Selectmen'; data/person_words.txt bodies): a title, never a person's name."""
    return any(_key(w) in person_words()["bodies"] for w in text.split())


def is_role(text: str) -> bool:
    """Whether typed words are a job title or a department and no name: 'Team Manager',
    'deputy dir of development', 'the CFO', 'Site GM', 'front office', and a job typed in
    everyday lower-case words around a job word ('youth worker rep', 'council liaison officer')."""
    words = text.split()
    return (
        bool(words)
        and all(
            _role_word(w, words[i + 1] if i + 1 < len(words) else None)
            or (_is_department(w) and not _is_honorific(w))
            or _plain_word(w)  # 'youth worker rep': a job in plain words
            for i, w in enumerate(words)
        )
        and _has_head(words)
    )


def _is_honorific(word: str) -> bool:
    key = _key(word)
    return key in ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame")


def _looks_like_name(part: str) -> bool:
    """A part that may be a person's name: one to four words of letters, not a title."""
    words = part.split()
    return (
        1 <= len(words) <= 5
        and all(re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words)
        and not all(_role_word(w) or _is_department(w) for w in words)
    )


# Where a person is from or works, typed after the name ('Oskar from the council', 'Dana in
# HR called to book it', 'Kelsey at crew scheduling'): never part of the name.
_FROM = re.compile(r"\s+(?:from|in|at|@)\s+\S.*$", re.I)
_LONE_AT = re.compile(r"(?<=\s)@(?=\s)")  # 'Kelsey @ crew scheduling': 'at', no address


def _is_aside(part: str) -> bool:
    """Whether a bracket or a separated part is a comment about the person ('rang from
    reception', "didn't catch surname", 'no surname', 'surname?'), never a name or title."""
    words = person_words()
    # pronouns typed after a name are a remark too ('they/them', 'she/her')
    keys = [w.lower().strip(".,;:()") for w in re.split(r"[\s/]+", part) if w]
    if not keys:
        return False
    typed = part.split()
    if (
        keys[0] in words["label_names"]
        and typed[0].istitle()
        and all(w[:1].isupper() for w in typed)
    ):
        return False  # 'Per Jensen': a given name, not 'per' ('as per')
    return (
        keys[0] in words["aside_starts"]
        or "?" in part
        or any(k in words["aside_marks"] for k in keys)
        or is_remark(part)
    )


_REMARK_PREPOSITIONS = frozenset(["in", "from", "on", "at", "via", "by", "over", "through", "for"])


def is_remark(part: str) -> bool:
    """Whether a part is a remark about the person, never a name: what they did, typed in lower
    case and led by a verb's past or -ing form ('dialled in from site', 'joining by phone from
    the depot', 'took minutes', 'sat in', 'ran the timer', 'observed the exercise'), or a
    count ('round 3', 'bay 4', '2nd panel': no name holds a digit). A part that holds a job's
    head word is a title, never a remark ('acting director', 'charge nurse, nights 2x wk')."""
    words = part.split()
    lower = len(words) >= 2 and part == part.lower()
    if (
        lower
        and len(words[0]) >= 5
        and words[0].endswith(("ed", "ing"))
        and any(w in _REMARK_PREPOSITIONS for w in words[1:4])
    ):
        return True  # 'dialled in from site'
    from followup.core.check.words import everyday

    keys = [_key(w) for w in words]
    # what follows the verb is everyday words ('took notes'); a word no dictionary holds is
    # a surname ('drew okonkwo', 'rose abernathy')
    plain = lower and all(everyday(w) or w in _REMARK_PREPOSITIONS for w in keys[1:])
    if plain and keys[0] in person_words()["did"]:
        return True  # 'led the panel': a job word after such a verb is what they did
    word = part.strip(".,;:")
    if (
        len(words) == 1
        and word.islower()
        and len(word) >= 5
        and word.endswith("ed")
        and (everyday(word[:-2]) or everyday(word[:-1]))
    ):
        return True  # 'chaired', 'interviewed': what they did, no name ('alfred' is one)
    if not words or _has_head(words):
        return False  # 'registered nurse', 'acting head', 'head teacher under 2s': a title
    if any(c.isdigit() for c in part):
        return True  # a count ('coding round 2'): never a name
    said = person_words()
    if (
        lower
        and keys[0] not in _REMARK_PREPOSITIONS
        and everyday(keys[0])
        and keys[1] not in said["aside_starts"] | said["did"]
        and not keys[1].endswith("ed")
        and any(k in said["not_in_names"] for k in keys[1:])
    ):  # 'read the qs out', 'bring my portfolio': a jotted note, no name ('grace sent the
        return True  # invite' is Grace and what she did)
    return plain and len(keys[0]) >= 5 and keys[0].endswith(("ed", "ing")) and everyday(keys[0])


def _guessed(head: str) -> str | None:
    """The name a part ending in a question mark guesses at ('Ruben?', 'mr osei?', 'Gord?'),
    or None where the part is a remark ('surname?', 'sp?', 'rang?') or a job ('lead?')."""
    words = person_words()
    keys = [_key(w) for w in head.split()]
    if (
        not keys
        or not _looks_like_name(head)
        or is_role(head)
        or keys[0] in words["aside_starts"]
        or any(k in words["aside_marks"] or k + "?" in words["aside_marks"] for k in keys)
        or len(keys) > 3
    ):
        return None
    return head


def _after_guess(part: str) -> str:
    """The name typed after a guess at it: 'tessa? tess nygaard' -> 'tess nygaard', 'kit?
    kitty marsh' -> 'kitty marsh'; a name guessed at alone is the name ('Ruben?' -> 'Ruben',
    see `_guessed`); any other part as it is ('surname?', 'sp?': an aside)."""
    head, mark, rest = part.rpartition("?")
    rest = rest.strip(" ,-–—")
    if mark and not rest:
        return _guessed(head.rstrip("?")) or part
    if not mark or len(head.split()) > 2:
        return part
    return rest if _looks_like_name(rest) and not is_role(rest) and not _is_aside(rest) else part


# a guess the jot takes back ('priya? no', 'lena? nope', 'rizwan? wrong')
_TAKEN_BACK = re.compile(r"\?\s*(?:no|nope|not|wrong|actually)\b", re.I)


def _taken_back_alone(parts: list[str]) -> list[str]:
    """Parts with a guess's taking back typed as a part of its own joined to the guess
    ('annelies?', 'no', 'Anneloes Verbeek' -> 'annelies? no', 'Anneloes Verbeek'), so that
    what follows is read as the name put right."""
    out: list[str] = []
    for part in parts:
        alone = not part.strip(" ,-–—").split()[1:]
        if alone and out and out[-1].rstrip().endswith("?") and _TAKEN_BACK.match("?" + part):
            out[-1] = f"{out[-1]} {part.strip()}"
            continue
        out.append(part)
    return out


def _corrections_said_plainly(parts: list[str]) -> list[str]:
    """The name a jot puts right after a guess it takes back, typed in capitals for emphasis
    ('priya? no - PREETI Sharma', 'lena? no - LEA Hoffmann'), with those words written as a
    name is ('Preeti Sharma'); a family name written first in capitals ('WANG Fang') is no
    emphasis and is kept."""
    out = list(parts)
    for i in range(1, len(out)):
        if not _TAKEN_BACK.search(out[i - 1] or ""):
            continue
        out[i] = _put_right(out[i - 1], out[i])
        words = out[i].split()
        shouted = [
            w.isupper() and len(w) >= 3 and w.lower() not in family_first_surnames() for w in words
        ]
        if any(shouted) and not all(shouted):
            out[i] = " ".join(
                person_name(w.lower()) if loud else w
                for w, loud in zip(words, shouted, strict=True)
            )
    return out


def _put_right(guess: str, correction: str) -> str:
    """The name a guess taken back is put right to: the correction whole where it says as
    many name words as the guess ('priya? no - PREETI Sharma'), else the guess with the words
    the correction stands for replaced, those at its end or its start, whichever the
    correction is more like ('Capt. Omar Al Rashidi? no - Al Rashedi' -> 'Capt. Omar Al
    Rashedi'; 'Jon Barker? no - Jonas' -> 'Jonas Barker'). An honorific or rank before the
    guess is kept. A correction that is no name ('surname?', a job) is left as typed."""
    from difflib import SequenceMatcher

    said = _TAKEN_BACK.split(guess)[0].strip(" ,-–—")
    words = said.split()
    lead = 0
    while lead < len(words) - 1 and _key(words[lead]) in TITLES:
        lead += 1
    named, fixed = words[lead:], correction.split()
    if (
        not named
        or not fixed
        or len(fixed) >= len(named)
        or not _looks_like_name(said)
        or not _looks_like_name(correction)
        or is_role(correction)
        or _is_honorific(fixed[0])
    ):
        return correction
    n = len(fixed)

    def like(part: list[str]) -> float:
        return SequenceMatcher(None, " ".join(part).lower(), correction.lower()).ratio()

    if like(named[-n:]) >= like(named[:n]):
        return " ".join([*words[:lead], *named[:-n], *fixed])
    return " ".join([*words[:lead], *fixed, *named[n:]])


def _before_from(part: str) -> str:
    """A name with where it is from, or what they did, cut off: 'Oskar from the council' ->
    'Oskar', 'Dana in HR called to book it' -> 'Dana', 'lorraine booked it' -> 'lorraine'
    (a lower-case word that opens an aside, [person_words] aside_starts: a verb of what
    they did, a pronoun, never part of a name); a part that does not start as a name is
    kept whole."""
    cut = _FROM.sub("", part).strip()
    words = cut.split()
    starts = person_words()["aside_starts"]
    aside = next(
        (k for k in range(1, len(words)) if words[k].islower() and _key(words[k]) in starts), None
    )
    if aside is not None:
        cut = " ".join(words[:aside])
    # ... and a job said with where they are from ('the quality lady from Quality & Patient
    # Safety' -> 'the quality lady'): the job, no name
    job = len(cut.split()) >= 2 and is_role(re.sub(r"(?i)^an?\s+", "", cut))  # 'a bloke'
    return cut if cut and cut != part and (_looks_like_name(cut) or job) else part


def name_and_title(name: str, title: str | None) -> tuple[str, str | None]:
    """The name alone, and the title, of a name typed with its job title, nickname or an
    honorific around it: 'Executive Director Maureen Okafor' -> ('Maureen Okafor',
    'Executive Director'); 'Jen Park ops director' -> ('Jen Park', 'ops director'); 'store
    mgr Bev' -> ('Bev', 'store mgr'); 'big mike' -> 'mike'; 'Venkat sir' -> 'Mr Venkat';
    'Lakshmi madam' -> 'Ms Lakshmi'. A title a person is greeted by stays before a single name
    ('Principal Okoro', 'Matron Adebayo'); 'Agarwal ji' and 'Tanaka-san' stay as typed."""
    words = person_words()
    parts = name.split()
    found: list[str] = []
    if not _looks_like_name(name) or is_role(name):
        return name, title  # 'HR Dept', 'youth worker rep': no name to take apart
    # a title typed before the name
    end = 0
    while end < len(parts) - 1 and (
        _role_word(parts[end], parts[end + 1])
        or _plain_word(parts[end])
        # a word before a head with a name of two words after it ('Battalion Chief Dolores
        # Archuleta'): the rank's first word
        or (end + 3 < len(parts) and _has_head([parts[end + 1]]))
    ):
        end += 1  # 'lead dispensing tech wanjiru': everyday words belong to the title
    if end and _has_head(parts[:end]) and _key(parts[end]) not in ("of", "and", "&", "the"):
        rest = parts[end:]
        if end == 1 and (
            _key(parts[0]) in words["address"]
            or (parts[0].endswith(".") and _key(parts[0]) in words["honour_family"])
        ):  # 'Hr. Jensen': Herr, never the HR department
            pass  # 'Principal Okoro', 'Chef Antoine Marchetti': greeted so
        elif _looks_like_name(" ".join(rest)):
            found.append(" ".join(parts[:end]))
            parts = rest
    # a title typed after a name of two words or more
    start = len(parts)
    while start > 0 and _role_word(parts[start - 1]):
        start -= 1
    if start >= 2 and start < len(parts) and _has_head(parts[start:]):
        found.append(" ".join(parts[start:]))
        parts = parts[:start]
    # a nickname's adjective ('big mike', 'Old Joe')
    if len(parts) >= 2 and _key(parts[0]) in words["nicknames"] and parts[1][:1].isalpha():
        parts = parts[1:]
    # an honorific after the name ('Venkat sir', 'Lakshmi madam')
    if len(parts) >= 2 and not _is_honorific(parts[0]):
        last = _key(parts[-1])
        if last in words["after_mr"]:
            parts = ["Mr", *parts[:-1]]
        elif last in words["after_ms"]:
            parts = ["Ms", *parts[:-1]]
    if not parts:
        return name, title
    titles = [t for t in (title, *found) if t]
    return " ".join(parts), (", ".join(dict.fromkeys(titles)) if titles else None)


def _letters(after: list[str]) -> list[str]:
    """The parts after a name that are post-nominal letters ('PharmD', 'BCPS', 'APRN-BC'):
    any all-capitals word in those right after the name ('Sven Lund, CPHQ'), later only
    letters that are known ('Ana Lima, Head of Cardiology, MBA'; never 'head of year, KS3')."""
    found = []
    run = True
    for part in after:
        words = part.split()
        run = run and bool(words) and all(is_post_nominal(w, True) for w in words)
        if run or (words and all(is_post_nominal(w) for w in words)):
            found.append(part)
    return found


@cache
def _label_words() -> str:
    return "|".join(re.escape(w) for w in sorted(person_words()["labels"], key=len, reverse=True))


def _cut_labels(work: str) -> str:
    """`work` without the labels it starts with ('cc: Dana Reyes' -> 'Dana Reyes'; "signed
    'Talent Team'" -> "'Talent Team'"): a label with a colon in any case, or typed in lower
    case before a capitalised word or a quoted one."""
    labels = _label_words()
    while True:
        cut = re.sub(
            rf"^(?i:{labels})\.?\s*:\s*|^(?:{labels})\s+(?=['\"‘“]?[A-Z])"
            # who signs for another in a signature ('i.A. Sabine Oberhuber', 'pp. Tom Reid')
            r"|^(?:i\.\s?[AV]\.|p\.\s?p\.|pp\.?)\s+(?=[A-Z])",
            "",
            work,
            count=1,
        )
        if cut == work:
            return work
        work = cut


def _without_label(work: str, text: str, what: str) -> str:
    """A typed line without the label before the person ('signed: Recruitment Team', 'From:
    HR', 'cc: hiring panel', 'Attn: Maria Lopez', 'per Jo Marsh'; [person_words] labels):
    with a colon in any case, or typed in lower case before a capitalised word ('Per Jensen'
    is a name). A line led by a note's label ('note: bring portfolio') is no person:
    InvalidInput."""
    notes = "|".join(re.escape(w) for w in person_words()["note_labels"])
    if re.match(rf"(?i)(?:{notes})\s*(?::|\s-\s|$)", work):
        raise InvalidInput(
            f"{what}: {quote(text)} is a note, not a person; put it in the round's notes"
        )
    labels = _label_words()
    work = _cut_labels(work)
    alone = re.fullmatch(rf"(?i:{labels})\.?:?", work)
    if alone and not (work.istitle() and work.lower() in person_words()["label_names"]):
        return ""  # 'signed', 'cc:' alone: no one ('Per' is a name)
    return work


def _short_for(short: str, full: str) -> bool:
    """Whether a part typed before a full name in brackets is the short name the person goes
    by: one lower-case word that is no job ('bazza' before 'Barry Doyle'), or words sharing
    a name word with the full name ('Skipper Ned' and 'engr ifeoma' before 'Ned Ashgrove'
    and 'Engr. Ifeoma Obi')."""
    words = short.split()
    if len(words) == 1 and short.islower() and not is_role(short):
        return True
    if len(words) > 3 or is_role(short):
        return False
    own = {_key(w) for w in full.split()} - {"", *person_words()["address"]}
    return any(_key(w) in own and len(_key(w)) > 1 for w in words)


# A name typed in quotes, as a mail signs it ("'Kaiah Morrow, Talent Partner'"): quotes at
# the edges of words (an apostrophe inside one, O'Rourke, is no quote), the words inside held
# whole even where a comma parts the name from its title.
_SIGNED = re.compile(
    r"(?<![\w'’])['‘\"“](?P<body>(?:[^'‘’\"“”]|(?<=\w)['’](?=\w))+?)['’\"”](?![\w'’])"
)
# what may stand between a quoted signature and the next part: nothing, or a separator
_PART_END = re.compile(r"\s*(?:$|[,;|]|\s[-–—]\s)")


def _a_lead(lead: str) -> bool:
    """Whether lower-case words before a name tell how a message came ('the email came',
    'invite was sent', 'signed'): no name of their own, and a verb or a little word in them
    ('tama from recruitment' is Tama)."""
    words = person_words()
    keys = [_key(w) for w in lead.split()]
    if not keys or lead != lead.lower():
        return False
    told = words["did"] | words["aside_starts"] | words["not_in_names"] | words["not_people"]
    return all(k in told or k in words["labels"] for k in keys) or (
        any(k in told for k in keys) and any(k.endswith("ed") or k in words["did"] for k in keys)
    )


def _signature(work: str) -> str:
    """A line with the name a mail is signed by, or came from, said as its own parts:
    "… - the email came from 'Kaiah Morrow, Talent Partner'" -> '… , Kaiah Morrow, Talent
    Partner , ' (the lead left out, the comma inside the quotes parting name and title);
    "'Oluchi, People Ops', sent the brief" -> ' , Oluchi, People Ops , , sent the brief';
    'invite sent by Ottoline Brisk' -> ' , Ottoline Brisk'. A nickname in quotes inside a
    name ("Rosalind 'roz' Achterberg") is left as typed."""
    follows = person_words()["name_follows"]
    for m in reversed(list(_SIGNED.finditer(work))):
        body = m.group("body").strip()
        head = _SEPARATORS.split(body)[0].strip()
        if not (head[:1].isupper() and _looks_like_name(head)):
            continue
        if not _PART_END.match(work, m.end()):
            continue  # "Kwabena 'KB' Owusu": a nickname inside a name
        before = _SEPARATORS.split(work[: m.start()])[-1]
        lead = before.strip(" ,-–—")
        start = m.start() - len(before)
        if lead:
            words = lead.split()
            if _key(words[-1]) not in follows or not _a_lead(" ".join(words[:-1]) or words[-1]):
                continue  # 'Kunle 'KB'': a name before the quotes
        work = work[:start] + " , " + body + " , " + work[m.end() :]
    parts = _SEPARATORS.split(work)
    changed = False
    for k, part in enumerate(parts):
        words = part.strip(" ,-–—").split()
        at = next((i for i in range(1, len(words) - 1) if words[i] in follows), None)
        who = " ".join(words[at + 1 :]) if at else ""
        if (
            at
            and _a_lead(" ".join(words[:at]))
            and who[:1].isupper()
            and (_looks_like_name(who) or _looks_named(who) or is_role(who))
        ):  # 'invite sent by Ottoline Brisk', 'by Talent Desk'; never 'Oskar from the council'
            parts[k], changed = who, True
    return " , ".join(parts) if changed else work


_NO_ONE = re.compile(
    r"(?i)\s*(?:none|nobody|no\s*one|noone|n/a|no\s+(?:separate\s+|real\s+)?coordinator)"
    r"(?:\s+(?:really|as such|in particular|specific))?(?=\s*(?:$|[-–—,;:.(]))"
)


# a line that opens on the name someone was shown by, said to be a person ("'Tunde OC' (Zoom
# tile) = Arc. Babatunde Oyelaran-Cole, FNIA - …", "J. Ruiz (badge) = Javier Ruiz Ortega")
_SHOWN_EQUALS = re.compile(
    r"\s*(?P<shown>['‘\"“][^'’\"”=]{1,40}['’\"”]|[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2})"
    r"\s*(?:\([^()=]{1,40}\)\s*)?=\s*(?=(?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w'’-]+)"
)


# a whole name a line quotes for a person typed by a first name ("'Hazel Elliott' - Elaine
# said after"): the given name, then one or two capitalised words
_FULLER = re.compile(
    r"['‘\"“](?P<given>[A-Z][\w'’-]+)\s+(?P<family>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)['’\"”]"
)


# words of address a workplace says with a given name ('Chef Ron', 'Coach Mike', 'Pastor Dan')
_WORK_FORMS = frozenset(["chef", "coach", "pastor", "father", "sister", "brother", "skipper"])


def _headed_by(text: str, name: str) -> str | None:
    """The form a line opens on where the name comes from elsewhere in it: a word of address
    with the short of their given name ("Chef Ron - … card: 'Ronaldo M. Dimaculangan | …'" ->
    'Chef Ron'); None otherwise."""
    m = re.match(
        r"\s*(?P<word>[^\W\d_]+\.?)\s+(?P<short>[A-Z][\w'’]{2,})(?![\w'’-])"
        r"(?=\s+[-–—]|\s*[,(]|\s*$)",
        text,
    )
    given = name_parts(name).first or ""
    if m is None or not given:
        return None
    word = m.group("word")
    if not (_is_honorific(word) or _key(word) in person_words()["honour_given"] | _WORK_FORMS):
        return None
    short, first = _folded(m.group("short")), _folded(given.split()[0])
    if short == first or not first.startswith(short):
        return None
    return f"{m.group('word')} {m.group('short')}"


def no_one_typed(text: str | None) -> bool:
    """Whether a value typed where a person goes says there was none ('none', 'nobody really
    - the post in a dairy jobs group said ring Hēmi', 'no separate coordinator - bill booked
    it himself', 'n/a'): its head, before a dash, comma, stop or bracket, says no one."""
    return bool(text and _NO_ONE.match(text))


def split_person(text: str, country: str | None = None, what: str = "person") -> TypedPerson:
    """Name, title, email and phone of one person typed on one line (see the module doc).

    `country` (ISO 3166-1 alpha-2) is where a number without a country code is dialled.
    A line the strict reading refuses is read once more as people copy a person from a
    business card, an invite or a signature (`_read_person` with `lenient`): fields parted by
    '|', a remark after the person (a sentence of its own, or a part in lower case that is
    no job), a shared mailbox beside the person's own address. InvalidInput, naming the part
    it cannot place (the strict reading's message), where that reading fails too.
    """
    shown = _SHOWN_EQUALS.match(text or "")
    if shown and _a_name_read(shown.group("shown").strip("'‘’\"“” ")):
        # "'Tunde OC' (Zoom tile) = Arc. Babatunde Oyelaran-Cole, FNIA - Principal Partner":
        # the name they were shown by, then the person; read from the person on
        text = text[shown.end() :]
    try:
        typed = _read_person(text, country, what, lenient=False)
    except InvalidInput as refused:
        try:
            typed = _read_person(text, country, what, lenient=True)
        except InvalidInput:
            salvaged = _salvaged(text, country, what) or _from_card(text, country, what)
            if salvaged is None:
                raise refused from None
            typed = salvaged
    lead = re.match(r"\s*(\S+)\s+(\S+)", text or "")
    signer = _SIGNER.search(text or "")
    if (
        signer
        and lead
        and _is_department(lead.group(1))
        and _key(lead.group(2)) == _key(typed.name)
    ):
        # 'HR Kolkata - call letter from careers@… (signed Tanushree Dasgupta, Sr. Manager
        # HR)': a department and its place, the person the one who signed
        typed = replace(typed, name=signer.group("name"), title=f"{lead.group(1)} {typed.name}")
    if not _a_name_read(typed.name) or not latin_script(typed.name):
        # "card: 'ONG Boon Keat, Eugene | Head of …'", "calendar invite: 'Kemi A-B <…>'",
        # "נועה בן-עמי - Teams invite: 'Noa Ben-Ami (TL DV)'": the person is the card or the
        # invite the line quotes, in the script of a note in English where it has it
        card = _from_card(text, country, what)
        if card is not None and (latin_script(card.name) or not _a_name_read(typed.name)):
            typed = card
    elif typed.title and _shown_only(typed.title):
        typed = replace(typed, title=None)  # 'Teams invite': where they were shown, no job
    elif typed.title and _OPEN_QUOTE.search(typed.title):
        # "Leiter Instandhaltung. Namensschild 'T. STRASSER'": the job, before the sentence
        # of a remark that quotes something; kept whole where no sentence ends before it
        job = re.split(r"(?<=[a-z]{2})[.;]\s", typed.title, maxsplit=1)[0].strip(" ,")
        if job != typed.title and not _OPEN_QUOTE.search(job):
            typed = replace(typed, title=job)
    written = _name_as_written(typed, text)
    fuller = _FULLER.search(text or "") if len(written.split()) == 1 else None
    after = (text or "")[fuller.end() : fuller.end() + 30] if fuller else ""
    if (
        fuller
        and fuller.group("given") == written
        and not _NOT_BEFORE.search((text or "")[max(0, fuller.start() - 14) : fuller.start()])
        # "'Grace Hwang'? or Hwong - check w/ wil": a guess, no name
        and not re.match(r"\s*(?:\?|or\b)", after)
        and not _DOUBT.search(after)
    ):
        # "Hazel - governor … 'Hazel Elliott' - Elaine said after": the whole name, quoted
        written = f"{fuller.group('given')} {fuller.group('family')}"
        typed = replace(typed, name=written)
    called = (
        asked_name(text) or address_form(text, written, typed.email) or _headed_by(text, written)
    )
    called = called.strip("'‘’\"“”") if called else None
    if called and not _of_the_name(called, written):
        called = None  # "'Vážený pane inženýre' in writing": a salutation, no name of theirs
    remark = routing_remark(text)
    if observed_only(text) and not (remark and observed_only(remark)):
        said = remark if not remark or remark[-1] in ".!?" else f"{remark}."
        remark = " ".join(filter(None, [said, "observed only, asked nothing."]))
    typed = replace(typed, name=_family_told(written, text), remark=remark)
    never = _NOT_TO_WRITE.search(text or "")
    if (
        never
        and typed.title
        and len(typed.name.split()) == 1
        and _key(never.group("name")) == _key(typed.name)
    ):
        # "mags - senior cabin crew … margaret? dont write mags": the only name known is one
        # the line says not to write; the job names them ('senior cabin crew')
        typed = replace(typed, name=typed.title, title=None)
    return replace(typed, called=called) if called else typed


# A card, a signature or an invite quoted inside a typed line ("Mr S.K. Naidoo - card:
# 'Sugendran K. Naidoo | Director | sugen@… | +27 …'. staff 'Mr Naidoo'", "calendar invite:
# 'Kemi Adeyemi-Bakare <kemi.ab@…>'"): fields parted by '|', or a name and its address
_QUOTED_CARD = re.compile(
    r"(?:^|(?<=[\s:(]))['‘\"“](?P<card>[^'’\"”|]+(?:\|[^'’\"”|]*)+|[^'’\"”<>]+<[^<>\s]+@[^<>\s]+>)"
    r"['’\"”](?=\W|$)"
    # or the name an invite showed, quoted at the line's start ("'Villaruel-Tan, Kristine
    # Joy (HSCC-CEB)' in the Teams invite - Operations Manager")
    # or after where it was shown ("name plate 'T. Nakamura-Lucero, HR Analyst'", "Teams
    # invite: 'Noa Ben-Ami (TL DV)'")
    r"|(?:^|(?<=\s))(?:(?:[A-Za-z]+\s+){0,2}(?:plate|nameplate|tag|badge|card|sig|signature|"
    r"invite|tile|window|door|lanyard)\s*:?\s*|^)['‘\"“](?P<shown>[^'’\"”]+)['’\"”](?=[\s,.;]|$)"
)
# who signed what a line is about ('… call letter (signed Tanushree Dasgupta, Sr. Manager HR)')
_SIGNER = re.compile(r"\bsigned\s+(?:by\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")
# what a line shows where a name would be when its person was read wrong: a label or the
# source it was copied from ('card', 'calendar invite', 'email sig'), a quote or a field mark
_SOURCE_WORDS = frozenset(
    ["calendar", "email", "e-mail", "mail", "teams", "zoom", "outlook", "meet", "webex",
     "linkedin", "whatsapp", "tile", "window", "name"]
)  # fmt: skip


_OPEN_QUOTE = re.compile(r"(?:^|\s)['‘\"“](?=\w)")  # a quotation opening, never "Workers'"


def _a_name_read(name: str) -> bool:
    """Whether `name`, as a reading of a typed line gave it, reads as a person's name: no
    quote opening or closing it or a word of it, no field mark ('|', ':', '<', ' - '), and
    not only the words of a label or of where it was copied from ('card', 'email sig')."""
    if not name:
        return True  # no name is a reading of its own (a role, an address)
    # (a particle with an apostrophe is no quote: "Willemijn van 't Hek")
    if re.search(r"^['‘’\"“”]|['‘’\"“”]$|\s['‘\"“](?!t\s|s-)|[^t]['’\"”]\s|[|:<>]|\s[-–—]\s", name):
        return False
    return not _shown_only(name)


def _shown_only(text: str) -> bool:
    """Whether `text` is only the words of a label or of where a person was shown ('card',
    'calendar invite', 'email sig', 'Teams invite'): no name, no job."""
    words = {_key(w) for w in text.split()}
    return bool(words) and words <= (_SOURCE_WORDS | {_key(w) for w in person_words()["labels"]})


def _line_address(text: str, name: str) -> str | None:
    """The one whole address a line holds, or the one it says to use (`_named_address`) or
    that is the person's (`_own_address`); half addresses ('planning@') are none."""
    whole = [
        token
        for token in (
            m.group(0).removeprefix("mailto:").strip(".'’\"”?") for m in _AT_TOKEN.finditer(text)
        )
        if EMAIL.match(token)
    ]
    if not whole:
        return None
    if len(set(whole)) == 1:
        return whole[0]
    return _named_address(whole, text) or _own_address(whole, name)


def _line_phone(text: str, country: str | None) -> str | None:
    """The one phone number a line holds (E.164), else None (none, or two)."""
    try:
        numbers = {p.e164 for p in find_phones(text, country)}
    except InvalidInput:
        return None
    return next(iter(numbers)) if len(numbers) == 1 else None


def _from_card(text: str, country: str | None, what: str) -> TypedPerson | None:
    """The person of a card, a signature or an invite the line quotes (`_QUOTED_CARD`; one
    of '|' fields first), read leniently, where it reads as a named person: the address and
    the phone the card lacks are the line's own (`_line_address`, `_line_phone`). None where
    the line quotes no card or none reads as a person. Sources: the held-out sets v33b–v35,
    where 'card', 'calendar invite' and 'email sig' were read as names ('Dear Email,')."""
    cards = sorted(
        (m.group("card") or m.group("shown") for m in _QUOTED_CARD.finditer(text or "")),
        key=lambda card: "|" not in card,
    )
    for card in cards:
        line_address = _line_address(text, "") if "@" not in card else None
        if line_address:  # the address shows the name's order ('Villaruel-Tan, Kristine Joy')
            card = f"{card} <{line_address}>"
        try:
            typed = _read_person(card, country, what, lenient=True)
        except InvalidInput:
            continue
        whole, comma, western = typed.name.partition(", ")
        if comma and len(whole.split()) >= 2 and re.fullmatch(r"[A-Z][a-z]+", western):
            # 'ONG Boon Keat, Eugene': the name in its own order, the Western name after it
            typed = replace(typed, name=f"{western} {whole}")
        if not (
            typed.name
            and _a_name_read(typed.name)
            and _looks_like_name(typed.name)
            and not is_role(typed.name)
        ):
            continue
        email = typed.email or _line_address(text, typed.name)
        return replace(typed, email=email, phone=typed.phone or _line_phone(text, country))
    return None


# Where a line both readings refuse may be cut (`_salvaged`): a sentence's end, a dash
# between parts, a comma, a semicolon, or before a bracket or a quote opens.
_CUTS = re.compile(r"[.!?](?=\s)|\s[-–—]\s|[,;]|\s(?=[(\[<'‘\"“])")


def _salvaged(text: str, country: str | None, what: str) -> TypedPerson | None:
    """The person at the head of a line that both readings refuse, read as a user told to
    write "Name (Title) <email> phone" would cut it down: the longest head, cut where
    `_CUTS` allows, that the lenient reading takes with a name (never a job, a remark or
    what someone wore), leaving a remark: three words or more, one in lower case (never a
    field typed wrong: 'Dana (Recruiter', 'Dana, Recruiter, Acme, Boston'). The rest of
    the line is left to the remarks (`routing_remark`).

    Half addresses ('planning@', "i guessed ren.fujimoto@") are no address. The address is
    the head's own; else the line's (`_line_address`); else none. The phone is
    the head's, or the line's one valid number. None where no head reads as a person, or
    the line holds two numbers.
    Sources: the 36 of 1,258 interviewer lines of the held-out sets v2–v34 both readings
    refused ('Papadimitriou, Konstantinos <k.papadimitriou@…> - Planning Manager. that's how
    the outlook invite had it. … NOT planning@')."""
    work = " ".join((text or "").split())
    whole: list[str] = []
    for match in reversed(list(_AT_TOKEN.finditer(work))):
        token = match.group(0).removeprefix("mailto:").strip(".'’\"”?")
        if EMAIL.match(token):
            whole.insert(0, token)
        else:  # 'NOT planning@', "hr@.": a mailbox named, not an address
            work = _blank(work, match.start(), match.end())
    work = " ".join(re.sub(r"<\s*>", " ", work).split())
    try:
        numbers = {p.e164 for p in find_phones(work, country)}
    except InvalidInput:
        numbers = set()
    if len(numbers) > 1:
        return None  # two numbers: which is theirs is the user's to say
    cuts = sorted(
        {
            m.start()
            for m in _CUTS.finditer(work)
            if m.start() > 0
            # never after a title's or an initial's stop ('Dr. Nouf', 'Dra.', 'C.P. Zambrano')
            and not (
                m.group(0) == "."
                and re.search(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)$", work[: m.start()])
            )
        },
        reverse=True,
    )
    for cut in cuts:
        head = work[:cut].strip(" ,;-–—")
        tail = _AT_TOKEN.sub(" ", re.sub(r"<[^<>]*>", " ", work[cut:]))
        words = re.findall(r"[^\W\d_]{2,}", tail)
        if len(words) < 3 or not any(w.islower() for w in words):
            continue  # what is cut off is a field typed wrong ('Dana (Recruiter'), no remark
        if "@" not in head and len(set(whole)) == 1:
            # the line's one address, which shows the name's order ('Tecson, Ian Paolo …
            # -> ian.tecson@…')
            head = f"{head} <{whole[0]}>"
        try:
            typed = _read_person(head, country, what, lenient=True)
        except InvalidInput:
            continue
        name = typed.name
        said = " ".join(filter(None, [name, typed.title]))
        if not (
            name
            and _looks_like_name(name)
            # no quote left open, no sentence's stop but a title's ('Dr. ', 'Capt. ')
            and not re.search(
                r"['‘’\"“”]\W|^['‘’\"“”]|['‘’\"“”]$|(?:^|\s)(?![A-Z][a-z]{0,4}\.)\S+[.!?]\s", said
            )
            and not re.match(r"an?\s", name)  # 'a bloke from security': no name
            and not is_role(name)
            and not _no_name(name)
            and not _a_remark(name)
        ):
            continue
        email = typed.email or _line_address(text, name)
        return replace(typed, email=email, phone=typed.phone or next(iter(numbers), None))
    return None


# a name typed in two scripts ('Веселин Стоянов / Veselin Stoyanov'): the halves
_SCRIPTS = re.compile(r"\s+/\s+")
# the name a video call or a badge showed ("Teams name 'Babatunde O.'", 'badge said Ama K.')
_SHOWN_AS = re.compile(
    r"(?i)^(?:on\s+)?(?:the\s+)?(?:teams|zoom|meet|webex|skype|slack|whatsapp|chat|screen|display|"
    r"badge|lanyard|name\s*tag|nameplate|invite|calendar)\s+(?:name|said|says|showed|shows|had)"
    r"\s*:?\s*['‘\"“]?(?P<name>[^'’\"”]+?)['’\"”]?$"
)


def _of_the_name(called: str, name: str) -> bool:
    """Whether a name someone asked for or a line says to write holds a word of their own
    name, or of its start ('Kip' of 'Kiprono'): any one word does ('Mike', a nickname); a
    form of several words only with one of theirs ('Tuan Haji Azlan'), never a salutation
    ("Vážený pane inženýre")."""
    said = [_folded(w) for w in called.split() if _folded(w)]
    if len(said) <= 1:
        return True
    own = [_folded(w) for w in name.split() if _folded(w)]
    return any(w == o or (len(w) >= 3 and o.startswith(w)) for w in said for o in own)


def _shown_as(part: str) -> str:
    """A part of a typed person that gives the name a call or a badge showed, as that name
    ("Teams name 'Babatunde O.'" -> 'Babatunde O.'); any other part as it is."""
    shown = _SHOWN_AS.match(part)
    return shown.group("name").strip() if shown and shown.group("name").strip() else part


# a display name family name first with a comma, as Outlook and Teams show it ('Petersen,
# Jens (NWS)', 'Brandl, Matthias Dr.', 'Treviño Salinas, Mónica'), a title after the given name
_COMMA_FIRST = re.compile(
    r"^(?P<family>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?),\s+"
    r"(?P<given>[A-Z][\w'’-]*(?:\.?\s+(?!(?:Dr|Prof|Mag|Ing)\b)[A-Z][\w'’-]+)?\.?(?:\s+[A-Z]\.)?)"
    # the title after the given name, bare or in brackets ('Brandl, Matthias Dr.',
    # 'Batiste-LeBlanc, Antoinette (Dr.)')
    r"(?:\s+(?P<open>\()?(?P<title>(?:Dr|Prof|Mag|Ing)\.?(?:\s+(?:Dr|Ing)\.?)?)(?(open)\)))?"
    r"(?=\s|$|[(<,;])"
)
_ORDER_SAID = re.compile(
    r"(?i)\b(?:surname|last\s+name|family\s+name)\s+first\b"
    # the line says the name is as an invite or a directory lists people ('Begay, Raymond
    # (Capt.) - that's how the invite listed him'): 'Surname, Given'
    r"|\bhow\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:outlook\s+|teams\s+|calendar\s+)?"
    r"(?:invite|invitation|calendar|outlook|directory|list)\s+(?:listed|lists|had|has|showed|shows)\b"
)


_LONE_TITLE = re.compile(
    r"(?:Ing|Eng|Engr|Lic|Arq|Arch|Dr|Dra|Prof|Mag|Dott|Avv|Abog|Mtro|Mtra)\.?"
)
_DOUBT = re.compile(r"(?i)\b(?:prob|probably|maybe|not\s+sure|unsure|i\s+think|guess|pattern)\b")


def _surname_comma_first(work: str) -> str:
    """`work` with a display name typed family name first and a comma put given name first
    ('Brandl, Matthias Dr. <matthias.brandl@…>' -> 'Dr. Matthias Brandl <…>'), where an
    address of the line holds the given name or its initial with the family name, or the
    line says the order ('surname first'); as typed otherwise ('Dana, Recruiter')."""
    m = _COMMA_FIRST.match(work)
    if m is None:
        return work
    family, given = m.group("family"), m.group("given")
    local = [t.split("@")[0] for t in _AT_TOKEN.findall(work) if "@" in t]
    # the first given name, where there are two ('Tecson, Ian Paolo' with ian.tecson@)
    key, first = _folded(family.split()[0]), _folded(given.split()[0].rstrip("."))
    told = any(first in _folded(x) and key in _folded(x) for x in local) or any(
        _folded(x).startswith(first[:1] + key) for x in local
    )
    # a family name in capitals is one ('DELA CRUZ, Ma. Teresa', as lists and cards write it),
    # and so is one opening on a particle in lower case ('vd Westhuizen, Jacobus P.')
    lead = family.split()[0]
    particle = lead.islower() and len(family.split()) > 1 and lead in _INNER
    if not (told or particle or family.isupper() or _ORDER_SAID.search(work)):
        return work
    title = f"{m.group('title')} " if m.group("title") else ""
    return f"{title}{given} {family}{work[m.end() :]}"


def _name_as_written(typed: TypedPerson, text: str) -> str:
    """The name of `typed` as a note in English writes it, where the line shows more of it:
    the Latin half of a name typed in two scripts ('Веселин Стоянов / Veselin Stoyanov' ->
    'Veselin Stoyanov'); the name a call or a badge showed, without the label ("Teams name
    'Babatunde O.'" -> 'Babatunde O.'); a name shown family name first, as Outlook and
    many invites do, put given name first where the address says so ('Lehtinen Aino' with
    aino.lehtinen@… -> 'Aino Lehtinen', 'ADEYEMI-OKON Folasade' with folasade.adeyemi-okon@…
    -> 'Folasade ADEYEMI-OKON'); an initial the line writes out with the same surname
    ('D. Lafleur' … "it's Donna Lafleur" -> 'Donna Lafleur'). As typed otherwise."""
    name = typed.name
    halves = _SCRIPTS.split(name)
    if len(halves) == 2 and latin_script(halves[0]) != latin_script(halves[1]):
        name = halves[0] if latin_script(halves[0]) else halves[1]
    name = _shown_as(name)
    mixed = [
        w
        for w in name.split()
        if not latin_script(w) and any(latin_script(c) for c in w if c.isalpha())
    ]
    if mixed:  # 'Ivy周' from a call window: the Latin letters, as a note in English writes it
        name = " ".join(
            "".join(c for c in w if not c.isalpha() or latin_script(c)) if w in mixed else w
            for w in name.split()
        ).strip()
    words = name.split()
    if (
        len(words) == 2
        and typed.email
        and not any(_is_honorific(w) for w in words)
        # a name of the family-first cultures stays in its order ('Chen Yi-ting', never
        # 'Yi-ting Chen' for yiting.chen@…): its greeting is the whole name or by family
        and _folded(words[0]) not in family_first_surnames()
    ):
        local = [_folded(w) for w in re.split(r"[._]", typed.email.split("@")[0]) if w]
        if [_folded(w) for w in reversed(words)] == local:
            name = f"{words[1]} {words[0]}"
            words = name.split()
    if len(words) == 2 and re.fullmatch(r"[^\W\d_]\.?", words[0]):
        full = re.search(
            rf"\b({re.escape(words[0][0])}[^\W\d_]{{2,}})\s+{re.escape(words[1])}\b", text or ""
        )
        if full:
            name = f"{full.group(1)} {words[1]}"
    return name


# forms of address a line may give for its person ('-> Mr Stoyanov', "'Ato Girma' - NOT 'Mr.
# Bekele'", 'W/ro Meseret in the room', "he's Mr. Tan"): a courtesy title said with the
# family name, or a title said with a given name where the country so writes it
_COURTESY_FORMS = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|Herr|Frau|Sig|Sig\.ra|Dott|Dott\.ssa"
)
_GIVEN_FORMS = (
    r"Tuan\s+Haji|Puan\s+Hajah|Puan|Encik|Cik|Tuan|Haji|Hajah|Datuk|Dato['’]?|Datin|Ato|W/ro|W/t|"
    r"Woizero|Woizerit|Weyzero|Weyzerit|Khun|Chef|Whaea|Matua|Mwalimu|Alhaji|Alhaja|Hajia|"
    r"Eng|Engr|Rev|Pastor|Sheikh|Ustaz|Ustazah|Ibu|Bu|Bapak|Pak|Mama|Mzee|Seu|Dona|"
    # the Philippines: 'Sir Harold', 'Ma'am Tess', as the office writes to a senior
    r"Sir|Ma['’]am"
)
# a form said only aloud ("'Ma'am Tin' daw sa floor - not in writing", 'only in person')
_SPOKEN_ONLY = re.compile(
    r"(?i)^[^.;]{0,30}?\b(?:(?:not|never|no)\s+(?:\w+\s+)?(?:in\s+)?writ\w*|only\s+in\s+person|"
    r"in\s+person\s+only|(?:on\s+the\s+)?floor\s+only|spoken\s+only)"
)
_FORM = re.compile(
    rf"(?<![\w/])(?P<title>(?:{_COURTESY_FORMS}|{_GIVEN_FORMS})\.?)\s+"
    r"(?P<words>[^\W\d_][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_QUOTE_MARKS = "'‘’\"“”"
_SAN = re.compile(r"(?<![\w-])(?P<family>[A-Z][\w'’]*)-(?:san|sama|sensei)\b")
# a form the words before it bar, in English or as a jot in another language says it
# ('jamais', 'nunca', 'nigdy', 'niemals', 'nooit', 'aldrig')
_NOT_BEFORE = re.compile(
    r"(?i)\b(?:not|never|no|nobody|don['’]?t|instead\s+of|jamais|pas|nunca|nigdy|nie|niemals|"
    r"nicht|nooit|aldrig|ikke)\W*$"
)


def address_form(text: str, name: str, email: str | None = None) -> str | None:
    """The form of address a typed person's line gives for them after their details: a
    courtesy title with their family name ('г-н Стоянов / Mr Stoyanov' -> 'Mr Stoyanov';
    "he's Mr. Tan, family name first" -> 'Mr. Tan'), or a title of the country with one of
    their names ("'Ato Girma' - NOT 'Mr. Bekele'" -> 'Ato Girma'; '-> Puan Hidayah (not
    Puan Ismail)' -> 'Puan Hidayah'; 'W/ro Meseret in the room' -> 'W/ro Meseret'). A form
    the line says not to use is none; so is one of a word not of the name, one the name
    itself starts with, and a line that gives two different forms. None when none is given."""
    line = " ".join((text or "").split())
    words = [_folded(w) for w in person_name(name).split() if not _is_honorific(w)]
    if len(words) == 1 and email:
        # one name typed ('Ivy'): the address may hold the family name ('ivy.zhou@…')
        local = [_folded(w) for w in re.split(r"[._-]", email.split("@")[0]) if len(w) > 1]
        words += [w for w in local if w not in words]
    if len(words) < 2:
        return None
    # what the line says after the name (its last word, as first typed there)
    end = re.search(rf"(?i){re.escape(person_name(name).split()[-1])}", line)
    head = line[: end.end()] if end else _before_remark(line)
    # the family name, each word of it ('Sra. Valdés' of 'Camila Valdés Ortega'), never a
    # given name ('Dr. Kwabena' of 'Ing. Dr. Kwabena Owusu-Ansah')
    given = [_folded(w) for w in (name_parts(name).first or "").split()]
    family = (set(words) - set(given)) or {words[-1]}
    # an initial is never the family name; a name of a given name and initials ('Sreelatha
    # K P', a house name and a father's initial) is said by its given name: 'Dr. Sreelatha'
    family = {w for w in family if len(w) > 1} or {w for w in words if len(w) > 1}
    capitals = {_folded(w) for w in name.split() if len(w) > 1 and w.isupper()}
    if capitals and not name.isupper():
        family |= capitals  # 'Eugene ONG Boon Keat': the family name in capitals
    if words[0] in family_first_surnames():
        family.add(words[0])  # 'Wee Kah Huat' … -> 'Mr Wee': a family name written first
    found: list[str] = []
    barred_to = -1  # where the last form the line bars ends
    for m in _FORM.finditer(line, len(head)):
        title, after = m.group("title"), m.group("words").split()
        if _NOT_BEFORE.search(line[max(0, m.start() - 16) : m.start()]) or (
            # "NEVER 'Mr Keat' / 'Mr Boon'": each of a list the line bars
            barred_to >= 0
            and re.fullmatch(r"[\s'‘’\"“”]*(?:/|,|or|nor)[\s'‘’\"“”]*", line[barred_to : m.start()])
        ):
            barred_to = m.end()
            continue
        barred_to = -1
        if _SPOKEN_ONLY.match(line[m.end() :]):
            continue  # "'Ma'am Tin' daw sa floor - not in writing"
        if re.fullmatch(rf"(?:{_COURTESY_FORMS})\.?", title):
            # 'Mr Stoyanov', 'Mrs. Folasade Adeyemi-Okon': the title with the family name,
            # each word of it ('Ms Ní Bhriain', never 'Ms Ní')
            at = next((i for i, w in enumerate(after) if _folded(w) in family), None)
            if at is not None:
                run = list(itertools.takewhile(lambda w: _folded(w) in family, after[at:]))
                found.append(f"{title} {' '.join(run).strip(_QUOTE_MARKS)}")
        elif _folded(after[0]) in words and (len(after) == 1 or _folded(after[1]) not in words):
            # 'Ato Girma'; never a whole name after it
            found.append(f"{title} {after[0].strip(_QUOTE_MARKS)}")
    for m in _SAN.finditer(line, len(head)):  # 'everyone says Yamamoto-san'
        if _folded(m.group("family")) in family and not _NOT_BEFORE.search(
            line[max(0, m.start() - 16) : m.start()]
        ):
            found.append(m.group(0))
    forms = {_folded(f) for f in found}
    return found[0] if len(forms) == 1 else None


# the words of a remark that says how to write to someone or through them: what is sent, a
# verb of sending or passing on, a way through, the subject line
_ROUTING = re.compile(
    r"(?i)\b(?:thank[- ]?yous?|thanks|follow[- ]?ups?|mails?|emails?|correspondence|"
    r"send|forward|forwards|pass|passes|repasso|through|thru|via|directly|direct|"
    r"subject|ref(?:erence)?|candidate\s+id)\b"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Za-z'‘\"“(])")


def routing_remark(text: str) -> str | None:
    """The sentences typed after a person's details that say how to write to them or through
    them ("Ms. Shalini Gowda, HR - campushiring@…, +91 80 5555 0116. in the room for the
    last 10 min. said: 'any thank-you mails, send to me with your candidate ID in the
    subject, I will forward - please don't mail the panel directly'" -> "said: 'any thank-you
    mails, …'"), joined; None when the line has no such remark."""
    line = " ".join((text or "").split())
    head = _before_remark(line)
    if head == line:
        return None
    said = [
        part.strip()
        for part in _SENTENCES.split(line[len(head) :].strip(" .;"))
        if _ROUTING.search(part) and not _AT_TOKEN.fullmatch(part.strip(" .,;"))
    ]
    return " ".join(said) or None


# a remark that says someone only watched ('here to observe the process', 'observer only',
# 'asked nothing', "didn't ask anything", 'said nothing but good morning'); never an assessor
# who observed the candidate's own exercise ('observed my lesson'), nor one who asked a
# question after all ('observing for the client, asked 1 question')
_OBSERVED = re.compile(
    r"(?i)\b(?:here\s+to\s+observe|observer|observing|only\s+observed|observed\s+only"
    r"|just\s+observed|asked\s+nothing|said\s+nothing|silent\s+throughout"
    r"|didn['’]?t\s+(?:ask|say)\s+(?:anything|a\s+thing|a\s+word|any\s+questions?))"
)
_ASKED_AFTER_ALL = re.compile(
    r"(?i)\basked\s+(?:\d+|one|a|an|two|some|about|me|if|whether|why|how|what|the)\b"
    r"|\bobserv\w*\s+(?:my|the|our)\s+(?:exercise|lesson|task|role[- ]?play|presentation|demo|"
    r"practical|session|class)"
)


def observed_only(text: str) -> bool:
    """Whether a typed person's line says they only watched the interview ('Deborah Ancelet,
    Office of Faculty Affairs - … - 'here to observe the process', asked nothing', 'Mr Jacobs -
    observer only, said nothing but good morning'): a note to them thanks them for their time
    and names no topic of the day as theirs (core.compose.distribute)."""
    line = text or ""
    return bool(_OBSERVED.search(line)) and not _ASKED_AFTER_ALL.search(line)


# the name a line says not to write ('dont write mags', "don't use 'Bazza'")
_NOT_TO_WRITE = re.compile(
    r"(?i)\b(?:don['’]?t|dont|do\s+not|never|not\s+to)\s+(?:write|use|put)\s+['‘\"“]?(?P<name>[^\W\d_][\w'’-]*)"
)
# what a line says of a name's order: 'Zhang = family name', 'Park is the family name',
# 'Réka is the first name', 'surname first'
_FAMILY_TOLD = re.compile(
    r"(?i)\b(?P<family>[^\W\d_][\w'’-]*)\s*(?:=|is)\s*(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:family\s+name|surname|last\s+name)\b"
)
_SURNAME_TOLD = re.compile(
    r"(?i)\b(?:family\s+name|surname|last\s+name)\s*(?:=|is|:)\s*['‘\"“]?"
    r"(?P<family>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2})"
)
_GIVEN_TOLD = re.compile(
    r"(?i)\b(?P<given>[^\W\d_][\w'’-]*)\s*(?:=|is)\s*(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:first|given)\s+name\b"
)


def _family_told(name: str, text: str) -> str:
    """`name` with its family name in capitals where the line says which word it is and the
    name is typed family name first ('Zhang Mingyu … Zhang = family name' -> 'ZHANG Mingyu',
    as cards write it; 'Kovács Réka … Réka is the first name'); as typed otherwise, and where
    the name already reads so."""
    words = name.split()
    if len(words) < 2:
        return name
    told = _SURNAME_TOLD.search(text or "")
    if told:  # 'surname = ABOU EL-NAGA': a family name of two words or more, at the end
        said = [_folded(w) for w in told.group("family").split()]
        for k in range(min(len(said), len(words) - 1), 1, -1):
            if [_folded(w) for w in words[-k:]] == said[:k]:
                return " ".join([*words[:-k], *(w.upper() for w in words[-k:])])
    lead = 0  # a title before the name ('Ir. Ting Siew Ming … Ting = surname')
    while lead < len(words) - 2 and (
        _key(words[lead]) in TITLES or re.fullmatch(r"[A-Z][a-z]{0,4}\.", words[lead])
    ):
        lead += 1
    titles, words = words[:lead], words[lead:]
    family = _FAMILY_TOLD.search(text or "")
    given = _GIVEN_TOLD.search(text or "")
    first_is_family = (family is not None and _key(family.group("family")) == _key(words[0])) or (
        given is not None and _key(given.group("given")) == _key(words[-1])
    )
    if not first_is_family or _key(name_parts(" ".join(words)).last) == _key(words[0]):
        return name
    return " ".join([*titles, words[0].upper(), *words[1:]])


_QUOTE_OPEN, _QUOTE_SHUT = "['‘\"“]", "['’\"”]"
# the name someone asked to be called, typed with them: "'call me mike'", "'just aoife,
# please'", "'ken is fine'", "'manpreet, please'", 'goes by Bill'
_ASKED = (
    re.compile(r"(?i)\b(?:calls?\s+me|(?:said|asked|prefers|likes)\s+(?:to\s+)?(?:we\s+)?call\s+(?:him|her|them)|goes\s+by)\s+['‘\"“]?(?P<name>[^\W\d_][\w'’-]*)"),
    re.compile(rf"(?i){_QUOTE_OPEN}\s*just\s+(?P<name>[^\W\d_][\w'’-]*)(?:\s*,?\s*please)?\s*{_QUOTE_SHUT}"),
    re.compile(rf"{_QUOTE_OPEN}\s*(?i:it['’]?s)\s+(?P<name>[A-Z][\w'’-]*)\s*[,.;!]"),  # 'it's Bill
    re.compile(rf"(?i){_QUOTE_OPEN}(?P<name>[^\W\d_][\w'’-]*)\s+is\s+fine\s*{_QUOTE_SHUT}"),
    re.compile(rf"(?i){_QUOTE_OPEN}(?P<name>[^\W\d_][\w'’-]*)\s*,?\s+please\s*{_QUOTE_SHUT}"),
)  # fmt: skip


# the form of a name the line says to write ('Park-san in writing', 'Mr. Al-Mahroos in writing')
_IN_WRITING = re.compile(
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof|Mx)\.?\s+)?[^\W\d_][\w'’]*(?:-[\w'’]+)*)\s+in\s+writing\b"
)
# the same, a name of several words in quotes ("'Tuan Haji Azlan' in writing") or after the
# words ('in writing just Mere', 'in writing: Dr. Okafor')
_IN_WRITING_QUOTED = re.compile(
    r"['‘\"“](?P<name>[^\W\d_][^'’\"”]{0,40}?)['’\"”]\s+in\s+writing\b"
    r"|\bin\s+writing\s*[:,]?\s+(?:(?:just|only|always)\s+)?['‘\"“]?"
    r"(?P<after>(?:(?:Mr|Ms|Mrs|Dr|Prof|Mx)\.?\s+)?[A-Z][\w'’-]*)(?![\w'’.-]*\s+[A-Z])"
)


# the greeting a line or the notes quote whole, to write as it stands ("'Dear Er. Senthil Kumar'
# - no Mr", "from me 'Tēnā koe Huia'", "'Estimado Sr. Millalén' (NO 'Pato')"): the name after
# the word of greeting; one the text says not to use ("NOT 'Dear Sir'") is none
_SALUTED = re.compile(
    r"['‘\"“](?P<word>(?i:dear|hi|hello|t[eē]n[aā]\s+koe|kia\s+ora|g['’]day|estimad[oa]|querid[oa]|"
    r"sayın))\s+(?P<name>[^\W\d_](?:[^'’\"”,!]|(?<=\w)['’](?=\w)){0,40}?)\s*[,!]?['’\"”]"
)
# the words of greeting a note in English may open on as the notes quote them (followup
# check reads each as a salutation); any other ('Estimado') is said as 'Dear'
_GREETING_WORDS = re.compile(r"(?i)hi|hello|dear|t[eē]n[aā]\s+koe|kia\s+ora|g['’]day")
# what makes a quoted greeting everyone's: "'Kia ora Helen' etc is normal here", "'Hi Sam' -
# same for all", "'Hello Ana' for everyone"
_FOR_ALL = re.compile(
    r"(?i)^\W{0,3}(?:etc\b|…|\.\.\.|(?:[\w'’-]+\s+){0,3}?(?:for|to|with)\s+(?:all|everyone|each|"
    r"every\s*one|them\s+all|all\s+of\s+them|both)\b|(?:is|'s|are)\s+(?:normal|usual|the\s+norm|"
    r"standard|how\s+(?:they|it)\s+(?:do|does|is)\s+it)\s+here\b)"
)


@dataclass(frozen=True)
class Salutation:
    """A greeting the notes quote ("'Hi Rob', not Roberto" -> word 'Hi', name 'Rob'):
    `everyone` when the notes say it is the form for all ("'Kia ora Helen' etc is normal
    here")."""

    word: str
    name: str
    everyone: bool = False


# a sign-off the notes quote: after the words that ask for one ("sign off with 'Cheers'",
# "sign 'Kind regards, Josh Kennedy'", "end with 'Warm regards'") or before them ("'Ngā mihi'
# to sign off is fine", "'Best' as the sign-off")
_SIGN_OFF = re.compile(
    r"(?i)\b(?:sign(?:ed|ing)?(?:[\s-]*off)?|end(?:ing)?|clos(?:e|ing))\s*(?:(?:it|them|each|all|"
    r"every|one|the|emails?|notes?|cards?)\s+){0,3}(?:with|as|in|on|:|-|–|=)?\s*"
    r"['‘\"“](?P<after>[^'’\"”]{2,50})['’\"”]"
    r"|['‘\"“](?P<before>[^'’\"”]{2,50})['’\"”]\s*(?:is\s+|as\s+(?:the\s+|a\s+|my\s+)?|to\s+|for\s+(?:the\s+)?)?"
    r"(?:sign[\s-]*off|sign-?off|closing|close)\b"
)


def asked_sign_off(text: str | None) -> str | None:
    """The sign-off `text` quotes, without its comma or the name after it ("sign 'Kind
    regards, Josh Kennedy'" -> 'Kind regards'; "'Ngā mihi' to sign off is fine" -> 'Ngā
    mihi'); None where it quotes none, or only after a negation ("not 'Cheers'")."""
    for m in _SIGN_OFF.finditer(text or ""):
        quoted = m.group("after") or m.group("before") or ""
        # "don't sign off with 'Cheers'", "not 'Cheers' as the sign-off": a form never to write
        if _NOT_BEFORE.search((text or "")[max(0, m.start() - 15) : m.start()]):
            continue
        said = quoted.split(",")[0].strip(" .!-–")
        if said[:1].isalpha() and 1 <= len(said.split()) <= 4:
            return said[:1].upper() + said[1:]
    return None


def asked_salutations(text: str | None) -> list[Salutation]:
    """The greetings `text` quotes, in order, each with its word of greeting as written
    ('Hi', 'Kia ora', "G'day"; any word followup check does not read as a salutation is
    'Dear'); one after a negation ("NOT 'Hi Bob'") is left out."""
    found = []
    for m in _SALUTED.finditer(text or ""):
        if _NOT_BEFORE.search((text or "")[max(0, m.start() - 14) : m.start()]):
            continue
        word = " ".join(m.group("word").split())
        word = word[:1].upper() + word[1:] if _GREETING_WORDS.fullmatch(word) else "Dear"
        everyone = bool(_FOR_ALL.search((text or "")[m.end() : m.end() + 60]))
        found.append(Salutation(word, m.group("name").strip(), everyone))
    return found


def saluted_names(text: str | None) -> list[str]:
    """The names quoted greetings in `text` give, in order ("'Dear Arc. Oyelaran-Cole' (NOT
    Sir)" -> ['Arc. Oyelaran-Cole']); a greeting after 'not', 'never' or 'no' is left out,
    and so is one that names no one ('Dear Sir', 'Dear Hiring Team')."""
    found = []
    for saluted in asked_salutations(text):
        name = saluted.name
        words = {w.rstrip(".").lower() for w in name.split()}
        if not name[:1].isupper() or words <= {"sir", "madam", "sir/madam", "all"}:
            continue
        if words & {"team", "committee", "panel", "colleagues", "everyone", "hiring"}:
            continue
        found.append(name)
    return found


# a form in quotes; one after a negation (_NOT_BEFORE) is a form never to write ("NOT 'Ms
# Krishnan', not 'Selvi' in writing", "nunca 'Sr. Catrileo'", "NIGDY 'Pani Prezesowa'")
_QUOTED_FORM = re.compile(r"['‘\"“](?P<form>[^\W\d_](?:[^'’\"”]|(?<=\w)['’](?=\w)){1,30}?)['’\"”]")


def form_key(form: str) -> str:
    """A form of address as compared, whatever its stops, spaces and case ('Ms. Krishnan'
    and 'ms krishnan' are one)."""
    return " ".join(form.lower().replace(".", " ").split())


def forms_not_to_write(text: str | None) -> list[str]:
    """The forms of address `text` says never to write ("NOT 'Ms Krishnan', not 'Selvi' in
    writing" -> ['Ms Krishnan', 'Selvi']): quoted after a negation, a capital first, a word
    of three letters or more in them (a title alone, 'Arc.', says more of the writer's own
    name than of a reader's)."""
    found = []
    for m in _QUOTED_FORM.finditer(text or ""):
        if not _NOT_BEFORE.search((text or "")[max(0, m.start() - 14) : m.start()]):
            continue  # a form said, not barred
        form = m.group("form").strip(" .,")
        after = (text or "")[m.end() : m.end() + 40]
        if re.match(
            r"(?i)[\s,]*(?:\w+\s+){0,3}(?:my\s+(?:own\s+)?name|myself|sign|after\s+me)", after
        ):
            continue  # "no 'CPA' in front of my own name": the writer's, no reader's
        if form.isupper() and len(form) <= 5:
            continue  # letters after a name or before it ('CPA', 'MRICS')
        if form[:1].isupper() and re.search(r"[^\W\d_]{3,}(?![.\w])", form):
            found.append(form)
    return found


def asked_name(text: str) -> str | None:
    """The name a person asked to be called, as a typed line of them says it ("Capt. Mike
    Hēnare-Gill - ops manager, 'call me mike'" -> 'Mike'; "'just aoife, please'" -> 'Aoife';
    "'ken is fine'" -> 'Ken'; 'everyone calls me Raj' -> 'Raj'), or the form the line says to
    write ("'Sunny' in the room, but senior -> Park-san in writing" -> 'Park-san'), written
    as a name is; None when the line says none, or says not to write it ('NOT Tomek in
    writing'); first of all, the name of the one greeting the line quotes whole ("from me
    'Tēnā koe Huia'" -> 'Huia'; `saluted_names`)."""
    saluted = saluted_names(text)
    if len(saluted) == 1:
        return saluted[0]
    for quoted in _IN_WRITING_QUOTED.finditer(text or ""):
        said = (quoted.group("name") or quoted.group("after") or "").strip()
        if (
            said[:1].isupper()
            and not re.search(
                r"(?i)\b(?:not|never|no|don['’]?t)\W*$",
                (text or "")[max(0, quoted.start() - 12) : quoted.start()],
            )
            and not re.match(r"(?i)(?:not|never|no)\b", said)
        ):
            return said
    low = re.search(
        r"\bin\s+writing\s*[:,]?\s+(?P<word>[a-z]+)\s+(?P<name>[a-z][\w'’-]+)\b", text or ""
    )
    if low and _key(low.group("word")) in person_words()["honour_given"]:
        # '-> in writing khun pimchanok': a word of address with the name, typed in lower case
        return person_name(f"{low.group('word')} {low.group('name')}")
    for written in _IN_WRITING.finditer(text or ""):
        said = written.group("name").strip("'’")
        if said.lower() in ("not", "never", "no", "nothing", "only", "also", "but", "and"):
            continue  # "'Auntie Lindi' - NOT in writing"
        if (
            said[:1].isupper()
            and not said.isupper()
            and not re.search(
                r"(?i)\b(?:not|never|no|don['’]?t)\W*$",
                text[max(0, written.start() - 12) : written.start()],
            )
        ):
            return said
    for pattern in _ASKED:
        m = pattern.search(text or "")
        if m is None:
            continue
        if re.search(
            r"(?i)\b(?:not|never|no|don['’]?t)\s+"
            r"(?:[\w'’]+\s+){0,2}?(?:in\s+writing|to\s+write|write|written|on\s+paper|in\s+e-?mails?)",
            text[m.end() : m.end() + 40],
        ):
            continue  # "'Auntie Beulah' - NOT in writing": what others say, never to write
        if re.search(r"(?i)\b(?:nobody|no\s+one|never|not|doesn['’]?t|don['’]?t)\W*$",
                     text[max(0, m.start() - 16) : m.start()]):  # fmt: skip
            continue  # "'it's Bill, nobody calls me William'": the name never to use
        name = m.group("name").strip("'’-")
        after = re.match(r"\s+([^\W\d_][\w'’-]*)", text[m.end() :])
        if after and _key(name) in person_words()["honour_given"]:
            name = (
                f"{name} {after.group(1).strip(chr(39) + '’-')}"  # 'Auntie Reeve', never 'Auntie'
            )
        if not name or _key(name) in person_words()["remark_leads"] or _is_honorific(name):
            continue  # 'call me back', 'call him Mr …': no name of theirs
        if name.lower() in ("back", "anytime", "tomorrow", "later", "first", "any"):
            continue
        return person_name(name.lower()) if name.islower() else name
    return None


# the end of a sentence inside a typed person, before a remark in lower case ('… 0117 496
# 0214. not in the room'); a stop after a title or an initial ('Dr. anna', 'K. mensah') is none
_SENTENCE_END = re.compile(r"\.\s+(?=[a-z'‘\"“(])")
_REMARK_FIGURES = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\b"  # a time, or two
    r"|\b\d[\d,.]*\s+(?=[a-z])"  # a count before a word ('120 cows', '30 min')
    r"|(?<=\bin )(?:19|20)\d{2}\b"  # a year ('had her hip done in 2024')
    r"|\b[\w-]*(?:\d[A-Za-z]|[A-Za-z]-?\d)[\w-]*"  # a reference of letters and figures
)
_TOLD = re.compile(r"^(?:she|he|they|it|that)(?:['’]s|['’]re| is| are)\s+(?=[A-Z])", re.I)
_CARD_FIELDS = re.compile(r"\s*\|\s*")
_JOINERS = frozenset(["&", "and", "of", "/", "-", "for"])


def _address_before(word: str) -> bool:
    """Whether a word typed before a given name is how its owner is addressed ('Ma'am',
    'Dr', 'Khun', 'Bapak'): a title, a spoken 'sir'/'ma'am' (person_words after_mr,
    after_ms), or a form of address kept with the given name (honour_given)."""
    said = person_words()
    key = _key(word)
    return (
        key in TITLES
        or key in said["after_mr"] | said["after_ms"] | said["honour_given"]
        or key in _MALAY_ADDRESS
    )


# Malay and Indonesian words of address ('Puan Rosnah', 'Pak Budi'): the greeting keeps them
# by drafting.toml [address] before_given, so they are not of person_words honour_given
_MALAY_ADDRESS = frozenset(["puan", "encik", "pak", "bu"])


def _remark_led(part: str) -> bool:
    """Whether a part typed after a person's name opens as a remark about them: led by a
    preposition, a pronoun or a verb of what they did ('on teams', 'see coordinator', 'her
    flight', 'took the test'), or holding a symbol of a note ("'friendly chat' = fit")."""
    words = part.split()
    if not words:
        return True
    lead = _key(words[0])
    said = person_words()
    if lead in said["remark_leads"] | said["aside_starts"] or lead in _REMARK_PREPOSITIONS:
        return True
    if lead in said["did"] or is_remark(part) or _is_aside(part):
        return True
    return bool(re.search(r"[=!]|\blol\b", part)) or (len(words) > 8 and part[:1].islower())


def _remark_part(part: str) -> bool:
    """Whether a part typed after a person's name is a remark about them, never their title
    (lenient reading): led as one (`_remark_led`), or, holding no job word, typed in lower
    case or quoted or with a digit in it ('the numbers grilling', 'mid-level')."""
    if _remark_led(part):
        return True
    if _job_words(part) or has_body(part):
        return False
    return not part[:1].isupper() or bool(re.search(r"[+\d]", part))


def _job_words(part: str) -> bool:
    """Whether a part holds a job's head word or a department by name ('manager', 'HR'), or
    ends in a word of a job ('senior backend dev'); not only capitals that might be one
    ('SQL', 'NUM')."""
    said = person_words()
    words = part.split()
    last = _key(words[-1]) if words else ""
    return any(_key(w) in said["heads"] or _key(w) in DEPARTMENTS for w in words) or (
        last in said["modifiers"] and last not in _JOINERS and last != "the"
    )  # 'senior backend dev': a job ends in one of its words


def _a_second_name(part: str) -> bool:
    """Whether a later part of a typed person is another person's name ('Bruno Costa'):
    two to four capitalised words of letters, none a job's."""
    from followup.core.check.words import everyday

    words = part.split()
    inner = person_words()["particles"]  # 'Denise Flor da Costa', 'Anna van der Berg'
    return (
        2 <= len(words) <= 5
        and all(
            w[:1].isupper() or (0 < i < len(words) - 1 and w in inner) for i, w in enumerate(words)
        )
        and sum(w[:1].isupper() for w in words) <= 4
        and _looks_like_name(part)
        and not any(_role_word(w) or _is_department(w) for w in words)
        # 'Lonestar Flex Staffing', 'Middle East': words of a firm or a place, no one's name
        and not sum(everyday(w.lower()) for w in words) >= max(2, len(words) - 1)
        and _key(words[-1]) not in person_words()["firm_words"]
    )


def _title_qualifier(part: str) -> bool:
    """Whether a capitalised part after a title says which part of the firm it is ('Customer
    Operations', 'Onboarding & Implementation', 'Agronomy & IPM'): words of a department or
    joined by '&'/'of', each capitalised; never a second name ('Bruno Costa')."""
    words = part.split()
    if not words or not all(w[:1].isupper() or w.lower() in _JOINERS for w in words):
        return False
    return any(w.lower() in _JOINERS for w in words) or any(
        _key(w) in person_words()["modifiers"] or _key(w) in DEPARTMENTS for w in words
    )


def _folded(text: str) -> str:
    """Letters and figures of `text`, in lower case without accents ('Wójcik' -> 'wojcik')."""
    return "".join(c for c in without_accents(text.lower()) if c.isalnum())


def _own_address(emails: list[str], name: str) -> str | None:
    """Of several addresses typed for one person, the one in their own name ('jobs@…' beside
    'anika.roy@…'; 'hr@…' beside 'l.brandt@…'): the only one whose local part holds a word of
    the name (three letters or more, accents and case aside), else None."""
    words = [_folded(w) for w in name.split() if not _is_honorific(w)]
    words = [w for w in words if len(w) >= 3]
    own = [e for e in dict.fromkeys(emails) if any(w in _folded(e.split("@")[0]) for w in words)]
    return own[0] if len(own) == 1 else None


# an address named by its local part alone as the one to use ('she said ceo@ is the one she
# reads', 'use gm.cairo@', 'prefers jk@')
_NAMED_LOCAL = re.compile(
    r"(?i)(?:\b(?:use|prefers?|reads|checks?|write\s+to|send\s+to|mail\s+to)\s+(?:the\s+)?"
    r"['‘\"“]?(?P<used>[\w.+-]+)@(?:[\w-]+(?:\.[\w-]+)+)?(?![\w-]))"
    r"|(?:(?P<one>[\w.+-]+)@(?:[\w-]+(?:\.[\w-]+)+)?(?![\w-])['’\"”]?,?\s+"
    r"(?:is|that['’]s)\s+the\s+one)"
)


def _named_address(emails: list[str], text: str) -> str | None:
    """Of several addresses typed for one person, the one the line names by its local part
    as the one to use ("… ceo@… | … the invite had 'wgmbugua@…' - she said ceo@ is the one
    she reads" -> 'ceo@…'); None when the line names none, or none of `emails`."""
    for m in _NAMED_LOCAL.finditer(text or ""):
        local = (m.group("used") or m.group("one") or "").lower()
        named = [e for e in dict.fromkeys(emails) if e.split("@")[0].lower() == local]
        if len(named) == 1:
            return named[0]
    return None


def _aside_gap(match: re.Match[str], lenient: bool) -> str:
    """What an aside in brackets leaves: a part's end (' , '), or, read leniently, nothing
    between two words of a name ('jas (jasmeet?) grewal' -> 'jas grewal')."""
    text = match.string
    inside = (
        lenient
        and text[: match.start()].rstrip()[-1:].isalpha()
        and text[match.end() :].lstrip()[:1].isalpha()
    )
    return " " if inside else " , "


def _before_remark(work: str) -> str:
    """A typed person without the sentence that follows its details ('Pieter Botha - site
    manager, … 021 555 0100. walked me round the plant' -> 'Pieter Botha - site manager, …'):
    cut at the first stop before a word in lower case that ends no title or initial."""
    for m in _SENTENCE_END.finditer(work):
        before = work[: m.start()].split()
        if not before:
            continue
        word = before[-1]
        if any(c.isalnum() for c in word) and (
            _key(word) in TITLES
            or len(word.strip(".")) <= 1
            or (len(before) == 1 and word[:1].isupper())  # 'Adv. pieter van der berg'
        ):
            continue
        return work[: m.start()]
    return work


def _title_of(rest: list[str], titles: list[str], name: str = "") -> list[str]:
    """The parts after a name, read leniently as people type them ('Name - title - remark'):
    a remark is left out (`_remark_part`: 'on teams', 'coding round', 'her flight'); the
    first part left is the title, unless a title is in brackets; after the title a
    capitalised qualifier stays with it ('VP', 'Customer Operations' -> 'VP, Customer
    Operations') and a job beside a bracketed team takes it ('Managing Director (TMT)').
    A second name or a lone capitalised word is kept, to be refused ('Bruno Costa', 'Acme');
    anything else is a remark ('API qs')."""
    out: list[str] = []
    swapped = remarked = False
    for part in rest:
        if not any(c.isalnum() for c in part) or _remark_part(part) or _called(part):
            remarked = True
            continue
        # a full name in brackets after a short one ('hank (Henry Szymanski)') is the name,
        # no title; a firm's name after a whole one ('… (Qurm Bay Holdings)') is the title's
        bracketed = bool(titles) and not (
            _a_second_name(titles[-1]) and (not name or _short_for(name, titles[-1]))
        )
        if not (out or bracketed):
            out.append(part)
            continue
        headed = _job_words(part)
        if headed and not out and not swapped:
            # 'Managing Director (TMT)', 'eng manager (hiring manager)'
            titles[-1], swapped = f"{part} ({titles[-1]})", True
        elif _title_qualifier(part):
            if out:
                out[-1] = f"{out[-1]}, {part}"
            else:
                titles[-1] = f"{titles[-1]}, {part}"
        elif remarked and out:
            continue  # a name inside the remark after the title ("I thought Dan or Dave -
            # it's Donna Lafleur", '-> no email, via Ifeoma'): no second person
        elif _a_second_name(part) or (len(part.split()) == 1 and part[:1].isupper()):
            out.append(part)  # 'Bruno Costa', 'Acme': who or what, it cannot tell
        else:
            remarked = True
    return out


def _no_name(part: str) -> bool:
    """Whether a part read as a name is words of a remark typed in lower case ('address
    only', 'grey suit. ask faith', 'no surname'): a stop inside it before more words, or a
    word that says no name is known ('only', 'no', 'unknown'); never a name or a job typed in
    lower case ('grace kelly', 'the hiring manager')."""
    if not part.islower() or is_role(part):
        return False
    if _before_remark(part) != part:  # a sentence's stop, never a title's ('prof. james')
        return True
    if re.match(r"(?:an?|some|one|the)\s", part):  # 'a guy', 'the post': who or what, no name
        return True
    return bool(set(re.findall(r"[a-z/]+", part)) & _NO_NAME_WORDS)


_INNER = person_words()["particles"] | person_words()["patronyms"]
_NO_NAME_WORDS = frozenset(
    ["only", "no", "unknown", "n/a", "none", "tbc", "tbd", "unsure", "nobody", "noone",
     # what someone wore, said where a name would be ('grey lanyard', 'blue suit')
     "lanyard", "badge", "suit", "shirt", "jacket", "blazer", "tie", "glasses", "hijab",
     "cardigan", "jumper", "hoodie", "uniform"]
)  # fmt: skip


def _a_remark(part: str) -> bool:
    """Whether a part read as a name is a remark typed in lower case ('ran the huddle
    scenario', 'came back for the last Q', 'watched my lesson'), or a nickname told and a
    remark ("'Sunny' in the room")."""
    told = re.match(r"['‘\"“][^'’\"”]{1,30}['’\"”]\s+(?=[a-z])", part)  # "'Sunny' in the room"
    if told:
        return _remark_led(part[told.end() :])
    # led as a remark ('ran the huddle scenario', 'came back for the last Q'), never a name
    # typed in lower case ('ms fiona ng', 'dave smith')
    if bool(part) and part.islower() and len(part.split()) == 1:
        # one word of a remark cut short ('came' of 'came in at 9:30 after a call'): a verb
        # of what they did (person_words did), never a name typed in lower case ('grace')
        return _key(part) in person_words()["did"]
    return bool(part) and part[:1].islower() and len(part.split()) >= 2 and _remark_led(part)


def _owner_named(bracket: str) -> bool:
    """Whether a bracket after an address opens on its owner's name ('Rajinder Bhullar RN,
    MN - educator', 'Pieter-Jan le Roux, Manager'): two to five words before the first comma
    or dash, capitalised as a name is, no job's."""
    head = re.split(r",|\s[-–—]\s", bracket, maxsplit=1)[0].split()
    head = without_post_nominals(head)
    return 2 <= len(head) <= 5 and _looks_like_name(" ".join(head)) and not is_role(" ".join(head))


def _called(part: str) -> bool:
    """Whether a part says what a person is called, not who they are ('Venkat sir', 'just
    shane', 'call me mike'): a name with an honorific after it, or a nickname told."""
    words = part.split()
    said = person_words()
    return len(words) == 2 and (
        _key(words[-1]) in said["after_mr"] | said["after_ms"] | said["after_kept"]
    )


def _read_person(text: str, country: str | None, what: str, lenient: bool) -> TypedPerson:
    """`split_person`'s two readings: strict, or `lenient` (a card, a remark, a mailbox)."""
    work = " ".join((text or "").split())
    if not work:
        raise InvalidInput(f'{what}: empty; give a name, e.g. "Dana Reyes <dana@acme.example>"')
    work = _LONE_AT.sub("at", work)
    work = _surname_comma_first(work)
    if lenient:  # 'bec lanigan? -> no, Bec FLANAGAN': an arrow is a dash, never a bracket
        work = re.sub(r"\s*(?:->|=>|→)\s*", " - ", work)
    work = _without_label(work, text, what)
    emails: list[str] = []
    for match in reversed(list(_ANGLE.finditer(work))):
        inner = match.group(1).strip().removeprefix("mailto:")
        if not EMAIL.match(inner):
            raise InvalidInput(f"{what}: {quote(match.group(0))} is not an email address")
        emails.append(inner)
        work = _blank(work, match.start(), match.end())
    for match in reversed(list(_AT_TOKEN.finditer(work))):
        # the quote a card or a signature was typed in is no part of the address
        # ("card = '… | k.yamamoto@siamkurogane.example'")
        token = match.group(0).removeprefix("mailto:").strip(".'’\"”").removesuffix("?")
        if not EMAIL.match(token):
            # half typed beside a whole address ('his own address is d.raichura@'), or with a
            # doubt ('deepa.menon@? not sure', 'prob rory.f@ by the pattern but NOT sure'): a
            # remark; alone, still refused ('maria@')
            doubted = "?" in work[match.start() : match.end() + 2] or bool(
                _DOUBT.search(work[max(0, match.start() - 20) : match.end() + 40])
            )
            whole = any(EMAIL.match(t.strip(".?")) for t in _AT_TOKEN.findall(work))
            if lenient and (doubted or whole):
                work = _blank(work, match.start(), match.end())
                continue
            raise InvalidInput(f"{what}: {quote(match.group(0))} is not an email address")
        emails.append(token)
        work = _blank(work, match.start(), match.end())
    if len(set(emails)) > 1 and not lenient:
        raise InvalidInput(
            f"{what}: {quote(text)} holds {len(emails)} email addresses; give one person per value"
        )
    work = _LABEL.sub(" , ", work)
    phones = find_phones(work, country)
    if (
        lenient
        and len(phones) == 2
        and re.fullmatch(r"\s*(?:/|\bor\b)\s*", work[phones[0].end : phones[1].start])
    ):
        # a card's office and mobile lines ('+20 2 2555 0131 / +20 100 555 0131'): the first
        # is the person's number, the other is left out
        work = _blank(work, phones[1].start, phones[1].end)
        phones = phones[:1]
    if len({p.e164 for p in phones}) > 1:
        raise InvalidInput(
            f"{what}: {quote(text)} holds {len(phones)} phone numbers; give one per person"
        )
    for found in reversed(phones):
        work = _blank(work, found.start, found.end)
    if lenient:  # the sentence of a remark cut off, and a time, a count or a reference in
        # one ('on video 11:00-11:40', '120 cows', 'ref 287-RAD-1142'); a number typed as a
        # phone is still refused ('555-01')
        work = _REMARK_FIGURES.sub(" ", _before_remark(work))
    stray = _DIGITS.search(work)
    if stray:
        raise InvalidInput(
            f"{what}: {quote(stray.group(0).strip())} is not a valid phone number"
            + (f" in {country.upper()}" if country else "")
            + "; give it as it is dialled, with the country code when it is abroad"
        )
    quoted = _QUOTED.search(work)  # an RFC 5322 display name: "Reyes, Dana" <dana@…>
    if quoted:
        work = _blank(work, quoted.start(), quoted.end())
    work = _BRACKET_HONORIFIC.sub(" ", work)
    card = lenient and "|" in work
    if card:  # a card's fields: a bracket in one is part of it ('Clinical Lead (Respiratory)')
        work = _PARENS.sub(lambda m: " " if _remark_part(m.group(1)) else m.group(0), work)
        titles = []
    else:
        work = _PARENS.sub(
            lambda m: _aside_gap(m, lenient) if _is_aside(m.group(1)) else m.group(0), work
        )
        titles = [m.group(1).strip() for m in _PARENS.finditer(work) if m.group(1).strip(" ,")]
        if lenient:
            titles = [t for t in titles if not _remark_part(t)]
        work = _PARENS.sub(" , ", work)
    work = _signature(work)
    if not card and ("(" in work or ")" in work or "<" in work or ">" in work):
        raise InvalidInput(f"{what}: {quote(text)} has an unmatched bracket")
    # a label inside the line ("jobs@… - signed 'Talent Team'"): what follows it is the name
    fields = _CARD_FIELDS.split(work) if card else _SEPARATORS.split(work)
    if lenient:  # '-> no email, via Ifeoma': the way a note goes, a remark (routing_remark)
        fields = [f for f in fields if not re.match(r"(?i)\s*(?:via|thru|through)\s+[^\s:]", f)]
    parts = [_unquoted(_cut_labels(p.strip(" ,-–—"))) for p in fields]
    # "Tunde? - Teams name 'Babatunde O.'": the name shown, where a name is typed
    parts = [_shown_as(p) if i < 2 else p for i, p in enumerate(parts)]
    parts = _corrections_said_plainly(_taken_back_alone(parts))
    parts = [_after_guess(p) for p in parts if p]
    # what the line says of the name's order ('Réka is the first name'; _family_told), and,
    # read leniently, how to write it ('-> Park-san in writing'; asked_name): no part
    parts = [p for p in parts if not (_FAMILY_TOLD.match(p) or _GIVEN_TOLD.match(p))]
    if lenient:
        parts = [p for p in parts if not _IN_WRITING.fullmatch(p)]
    parts = [_before_from(p) for p in parts if p and not _is_aside(p)]
    parts = [p for p in parts if not _is_aside(p)]  # 'chaired. everyone calls him …' cut short
    parts = [p for p in parts if any(c.isalnum() for c in p)]  # never a lone "/" or "+"
    if lenient:  # "she's Marcia Bennett": the name told
        parts = [_TOLD.sub("", p) for p in parts]
    if len(titles) > 1:
        raise InvalidInput(f"{what}: {quote(text)} has two titles in brackets; keep one")
    if quoted and quoted.group(1).strip():
        parts.insert(0, quoted.group(1).strip())
    # post-nominal letters in parts of their own ('Dr. Amara Osei, PharmD, BCPS'): never a
    # name, nor the title that a name is told from
    letters = _letters(parts[1:])
    parts = parts[:1] + [p for p in parts[1:] if p not in letters]
    if lenient and parts and (is_role(parts[0]) or _is_department(parts[0]) or has_body(parts[0])):
        # 'HR office - Mrs. Wambui Kariuki (HR officer)': the titled name is the name
        titled = next(
            (
                p
                for p in parts[1:]
                if p.split() and _is_honorific(p.split()[0]) and _looks_like_name(p)
            ),
            None,
        )
        if titled is not None:
            parts = [titled, *(p for p in parts if p is not titled)]
    pointer = (
        re.match(r"(?i)(?:the\s+)?(?:other|another|second|2nd|older|younger)\s+(?=\S+$)", parts[0])
        if parts
        else None
    )
    if pointer and any(
        _a_second_name(p) and _key(p.split()[0]) == _key(parts[0].split()[-1]) for p in parts[1:]
    ):  # 'the other Tomasz - Tomasz Mróz, QA lead': the whole name, not the pointer
        parts = [parts[0][pointer.end() :], *parts[1:]]
    if parts and 1 <= len(parts[0].split()) <= 2:
        # "ffion - ATCO - 'Ffion Rees-McAllister'", "Ma'am Cherry - Cherry Dizon-Lacson, HR":
        # the whole name typed later, with the word of address typed before the given name
        lead, given = parts[0].split()[:-1], parts[0].split()[-1]
        # the given name, or the one it is short for ('Dao' of 'Daorung'), without a word
        # of address joined to it ('Kurokawa-san')
        short = re.sub(r"[-‐](?:san|sama|ji|sensei|kun|chan)$", "", _key(given))
        full = next(
            (
                p
                for p in parts[1:]
                if _a_second_name(p)
                and (
                    _key(p.split()[0]) == short
                    or (len(short) >= 3 and _key(p.split()[0]).startswith(short))
                    or (len(short) >= 4 and _key(p.split()[0]).endswith(short))  # 'Tunde'
                    or short in {_key(w) for w in p.split()}
                )
            ),
            None,
        )
        if full is not None and (not lead or _address_before(lead[0])):
            if [_key(w) for w in full.split()[: len(lead)]] == [_key(w) for w in lead]:
                lead = []  # 'Dr. Yonas - … his card: Dr. Yonas Tafesse': the title once
            parts = [" ".join([*lead, full]), *(p for p in parts[1:] if p is not full)]
    if lenient and len(parts) > 1:
        # a professional title typed as a part of its own after the name ('Mónica Treviño
        # Salinas - Ing., Gerente de Materiales'): said before the name, as it is written
        lone = [p for p in parts[1:] if _LONE_TITLE.fullmatch(p)]
        if len(lone) == 1 and not parts[0].lower().startswith(lone[0].lower().rstrip(".")):
            prefix = lone[0] if lone[0].endswith(".") else f"{lone[0]}."
            parts = [f"{prefix} {parts[0]}", *(p for p in parts[1:] if p is not lone[0])]
    if lenient and (len(parts) > 2 or (titles and len(parts) > 1)):
        parts = [parts[0], *_title_of(parts[1:], titles, parts[0])]
    if len(parts) == 2 and not titles and _is_department(parts[0]) and _looks_named(parts[1]):
        parts.reverse()  # 'hr - diane moss': the department jotted before the name
    elif (
        len(parts) == 2
        and not titles
        and is_role(parts[0])
        and _looks_like_name(parts[1])
        and not _no_name(parts[1])  # 'a bloke - grey lanyard': what he wore, no name
    ):
        parts.reverse()  # 'Team Manager - Gareth Pryce', 'CNO: Mrs Grace Ikpe'
    elif (
        len(parts) == 2
        and not titles
        and (_has_head(parts[0].split()) or has_body(parts[0]))
        and not (_has_head(parts[1].split()) or has_body(parts[1]))
        and _looks_like_name(parts[1])
        and _key(parts[1].split()[-1]) not in _UNITS  # 'Battalion Chief … - Wildland Division'
    ):
        parts.reverse()  # 'youth worker rep - Oskar', 'Board of Selectmen - pete lindahl': a
        # title with a job word or a public body, then the name
    elif (
        len(parts) == 2
        and not titles
        and parts[1].split()
        and _is_honorific(parts[1].split()[0])
        and not _is_honorific(parts[0].split()[0])
        and _looks_like_name(parts[1])
    ):
        parts.reverse()  # 'school secretary - Mrs Noreen Tobin': the honorific marks the name
    elif len(parts) == 1 and len(titles) == 1 and is_role(parts[0]) and _looks_like_name(titles[0]):
        # 'the CFO (Graham)'; 'school office (lorraine booked it)': the name alone
        parts, titles = [_before_from(titles[0])], [parts[0]]
    elif (
        len(parts) in (1, 2)
        and len(titles) == 1
        and _short_for(parts[0], titles[0])
        and len(titles[0].split()) >= 2
        and all(
            w[:1].isupper() or (0 < i < len(titles[0].split()) - 1 and w in _INNER)
            for i, w in enumerate(titles[0].split())
        )  # 'Faizal bin Hashim': a particle or a patronym inside the name
        and _looks_like_name(titles[0])
        and not is_role(titles[0])
    ):  # 'bazza (Barry Doyle) - site super', "'Skipper Ned' (Ned Ashgrove) - coach", 'engr
        # ifeoma (Engr. Ifeoma Obi) metering lead': a short name, the full name, then the job
        # a word of address before the short name stays with the whole one ('Encik
        # Faizal (Faizal bin Hashim)' -> 'Encik Faizal bin Hashim')
        lead = parts[0].split()[:-1]
        said = lead if lead and all(_address_before(w) for w in lead) else []
        if said and _address_before(titles[0].split()[0]):
            said = []  # 'engr ifeoma (Engr. Ifeoma Obi)': the whole name has its title
        parts, titles = [" ".join([*said, titles[0]]), *parts[1:]], []

    # a label left where its number was taken out ('cell 503-555-0142', 'ph 021 555 0193')
    parts = [p for p in parts if p.lower().strip(".:") not in _LABEL_WORDS]
    name = parts[0] if parts else ""
    rest = parts[1:]
    if emails and len(titles) == 1 and _a_remark(name) and _owner_named(titles[0]):
        # 'rbhullar@… (Rajinder Bhullar RN, MN - educator) - ran the huddle scenario': a
        # remark after an address whose owner is in brackets is no name; the owner is
        name, rest = "", [p for p in rest if not _remark_part(p)]
    # post-nominal letters, after the name ('Lena Fischer RN, BSN') or parts of their own
    # ('Dr. Amara Osei, PharmD, BCPS'), are never the name: kept with the title
    named = name.split()
    kept = without_post_nominals(named)
    letters = [" ".join(named[len(kept) :]), *letters] if len(kept) < len(named) else letters
    name = " ".join(kept)
    if (
        not titles
        and len(rest) == 2
        and _has_head(rest[0].split())
        and all(w.isupper() or w.islower() or _role_word(w) for w in rest[1].split())
        and (rest[1].isupper() or not _remark_part(rest[1]))  # never 'Lead, on zoom'
    ):
        rest = [", ".join(rest)]  # 'ms fenwick - deputy head, T&L': one title in two parts
    if lenient and (titles and rest or len(rest) > 1):
        rest = _title_of(rest, titles, name)
    if titles and rest or len(rest) > 1:
        extra = rest[1:] if not titles else rest
        raise InvalidInput(
            f"{what}: cannot tell what {quote(', '.join(extra))} is in {quote(text)}; "
            'write "Name (Title) <email> phone"'
        )
    title = titles[0] if titles else (rest[0] if rest else None)
    if letters:
        title = ", ".join([*letters, *([title] if title else [])])
    if name and not any(c.isalpha() for c in name):
        raise InvalidInput(f"{what}: {quote(name)} is not a name")
    if name and _no_name(name):
        # 'address only', 'grey suit. ask faith': a remark where the name would be; the
        # job is what they are known by ('the ops director'), else the address
        name, title = (title, None) if title and is_role(title) else ("", title)
    if name:
        name, title = name_and_title(name, title)
    email = emails[0] if emails else None
    if len(set(emails)) > 1:
        email = _named_address(emails, text) or _own_address(emails, name)
        if email is None:
            raise InvalidInput(
                f"{what}: {quote(text)} holds {len(emails)} email addresses; give one person"
                " per value"
            )
    if not name and title and email is not None:
        # 'presiding@school.example (Moana Te Rangi-Whitfield, presiding member)': an address
        # with its owner in brackets after it (the comment of RFC 5322's older form)
        head, _, tail = title.partition(",")
        if len(head.split()) >= 2 and _looks_like_name(head.strip()) and not is_role(head):
            # post-nominal letters after the name ('Thabo Mokoena RN, MN - educator') go
            # with the title
            kept = without_post_nominals(head.split())
            after = " ".join(head.split()[len(kept) :])
            tail = ", ".join(t for t in (after, tail.strip()) if t)
            name, title = name_and_title(" ".join(kept), tail or None)
    if not name:
        if email is None:
            raise InvalidInput(f'{what}: {quote(text)} has no name; give one, e.g. "Dana Reyes"')
        name = email.split("@")[0]
    return TypedPerson(
        name=name,
        title=title,
        email=email,
        phone=phones[0].e164 if phones else None,
    )

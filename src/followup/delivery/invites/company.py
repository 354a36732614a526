"""Who the employer is and what the role is: the clues an invite gives, and the names that
can never be the company.

A company is read from, best first: a "Company:" line; the name an applicant-tracking system
sends under; the subject's "… at Acme" / "… with Acme"; the text ("Welcome to Acme", "interest
in Acme", "Design Lead at Acme,"); a bare word of the subject; the signature; the text's
spelling of the mail domain; the tenant in a tracking system's link ("acme.wd5.myworkdayjobs.com",
"jobs.lever.co/acme"); the mail domain itself. A name that is a person's (an attendee, the
organizer, a mail's sender or recipient, the profile's), a place ("Boston, MA", "Remote") or a
meeting program ("Teams") is never the company, whichever clue gives it.

The role comes from a "Position:" line, the subject's words around the interview's ("Interview
- Data Engineer (Noor Haddad)" -> "Data Engineer"; requisition codes, "(m/w/d)", the
candidate's name and a place after a comma left out) and "for the … position" in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from followup.core.legal_forms import legal_forms, letters, without_legal_form
from followup.delivery.invites.common import (
    MAX_NAME,
    MAX_SCAN,
    _clip,
    _Ctx,
    _Found,
    _Vocab,
)
from followup.delivery.invites.people import _company_from_domain
from followup.delivery.invites.titles import is_title
from followup.delivery.invites.zones import city_zone, country_names


def fold_words(text: str) -> tuple[str, ...]:
    """The words of a name, lower case and without accents ("Tomasz Wójcik" -> ("tomasz",
    "wojcik")); the parts of a mail address's local part count as words too."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return tuple(w for w in _NOT_A_LETTER.split(plain.translate(_UNDECOMPOSED)) if w)


# Latin, Greek, Cyrillic, Hebrew and Arabic letters make a name's words (Chinese, Japanese and
# Korean names are compared as they are written)
_NOT_A_LETTER = re.compile(r"[^a-z\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]+")


# letters no accent folding takes apart ("Yazılım" is yazilim.com.tr, "Đorđe" dorde)
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "ı": "i",
        "đ": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŧ": "t",
        "ð": "d",
        "þ": "th",
    }
)


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)
# how "&" and the joining words of a name are written in a domain's label ("fernleafandcopper",
# "conceicaoemoura", "hernandezyolmos", "kruegerundsoehne", or left out)
_LABEL_JOINERS = ("", "and", "e", "y", "und", "et", "n")
_JOINER_WORDS = {"&", "and", "e", "y", "und", "et", "+"}


def squeezes(text: str) -> set[str]:
    """The ways a name is squeezed into a mail domain's label: its letters and digits, lower
    case, accents folded ("Conceição & Moura" -> "conceicaoemoura") or German umlauts
    written out ("Falkenried Kältetechnik" -> "falkenriedkaeltetechnik"), "&" and a joining
    word written as any joining word or left out ("Fernleaf & Copper" -> "fernleafandcopper",
    "fernleafcopper")."""
    out: set[str] = set()
    for spelled in {text, text.translate(_UMLAUTS)}:
        words = [w for w in re.split(r"\s+", spelled.strip()) if w]
        parts = ["".join(fold_words(w)) if w.lower() not in _JOINER_WORDS else None for w in words]
        for joiner in _LABEL_JOINERS:
            out.add("".join(p if p is not None else joiner for p in parts))
        if not any(p is None for p in parts):
            out.add("".join(p or "" for p in parts))
    return {re.sub(r"[^a-z0-9]", "", s) for s in out} - {""}


def remember_name(
    names: set[tuple[str, ...]], name: str | None, email: str | None, vocab: _Vocab
) -> None:
    """Keep a person's name (and the words of their address) as a name no company has; not
    a team's ("Acme Recruiting", careers@…)."""
    for value in (name or "", (email or "").split("@", 1)[0]):
        if vocab.sender_noise.search(value.replace(".", " ")):
            continue
        words = fold_words(value)
        if words and len(names) < 400:
            names.add(words)


def known_people(found: _Found, ctx: _Ctx) -> set[tuple[str, ...]]:
    """Every person's name the invite and the profile give, as folded words."""
    names = set(found.person_names)
    people = [*found.interviewers, *([found.coordinator] if found.coordinator else [])]
    for person in people:
        if ctx.vocab.departments.search(person.name):
            continue  # "Service RH – Ardennes Bois": a team, named after the company
        names.add(fold_words(person.name))
        if person.email:
            names.add(fold_words(person.email.split("@", 1)[0]))
    names |= {fold_words(n) for n in ctx.user_names}
    names |= {fold_words(e.split("@", 1)[0]) for e in ctx.user_emails}
    return {n for n in names if n}


def names_a_person(text: str, people: Iterable[tuple[str, ...]]) -> bool:
    """`text` is a person's name: all its words (two at least, or the whole name) are the
    words of one known name ("Noor Haddad", "Tomasz Wójcik" for tomasz.wojcik.ux@…)."""
    words = fold_words(text)
    if not words:
        return False
    return any(words == name or (len(words) >= 2 and set(words) <= set(name)) for name in people)


def calls_a_person(text: str, people: Iterable[tuple[str, ...]]) -> bool:
    """`text` calls a known person as a title's brackets do ("(Rowan)", "(R. Adeyemi)",
    "(Adeyemi, R.)"): every word a word of one person's name of two words or more, or an
    initial of one, and one word at least written whole."""
    words = fold_words(text)
    if not words:
        return False
    for name in people:
        if len(name) < 2:
            continue
        whole = [w for w in words if w in name]
        initials = [w for w in words if len(w) == 1 and any(n.startswith(w) for n in name)]
        if whole and len(whole) + len(initials) == len(words):
            return True
    return False


_US_STATE = re.compile(r"^[A-Z]{2}$")


def names_a_place(text: str) -> bool:
    """`text` is a place or a work arrangement, not an employer: "Boston, MA", "Munich",
    "Remote - US", "Tulsa, OK"."""
    value = " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,.-–—")
    if not value:
        return False
    if re.match(r"(?i)^(?:remote|hybrid|on-?site|anywhere)\b", value):
        return True
    parts = [p.strip() for p in re.split(r"\s*,\s*", value) if p.strip()]
    if not parts or len(parts) > 3:
        return False
    countries = country_names()
    head, rest = parts[0], parts[1:]
    if not all(_US_STATE.match(p) or p in countries for p in rest):
        return False
    return head in countries or city_zone(head) is not None


def is_platform(text: str, ctx: _Ctx) -> bool:
    """A meeting program or a tracking system's own name ("Teams", "Zoom", "Greenhouse")."""
    value = " ".join(text.lower().split())
    if value in ctx.vocab.not_company_names or value in ctx.vocab.tracking_systems:
        return True
    # "Microsoft Teams Meeting", "Zoom Meeting ID": a program's name and more words
    return any(value.startswith(name + " ") for name in ctx.vocab.program_names)


def acceptable(text: str | None, people: set[tuple[str, ...]], ctx: _Ctx) -> bool:
    """A company clue that names no person, place, program or kind of job ("Part-time",
    "Night Shift")."""
    if not text or not text.strip():
        return False
    kind = " ".join(text.lower().split())
    if ctx.vocab.not_company.fullmatch(kind) or re.search(r"\bshifts?$", kind):
        return False
    return not (names_a_person(text, people) or is_platform(text, ctx) or names_a_place(text))


_EDGE_JOINERS = {"&", "and", "und", "et", "y", "e", "+", "-", "–", "—", "/"}


def name_shaped(text: str, vocab: _Vocab) -> bool:
    """`text` is shaped like a company's name: capitalised words (or words without letter
    case, "ミドリ精工"), with only connecting words in lower case between them ("Bank of
    America"), brackets balanced, no "&" at either end, not a department ("Human Resources")
    and not an interview's own words ("Convocazione colloquio telefonico", "telefónica")."""
    words = text.split()
    if not words or len(words) > 8:
        return False
    if words[0].lower() in _EDGE_JOINERS or words[-1].lower() in _EDGE_JOINERS:
        return False
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    if vocab.departments.fullmatch(text.strip()) or vocab.departments.match(text.strip()):
        return False
    if vocab.interview_words.match(text.strip()) or vocab.noise_words.match(text.strip()):
        return False
    for index, word in enumerate(words):
        core = word.strip("\"'“”‘’.,;:!?()[]")
        if not core or not any(c.isalpha() for c in core):
            continue  # "&", "3M", "24/7"
        if any(c.isupper() for c in core) or not any(c.islower() for c in core):
            continue  # "Hudson", "eBay", "IBM", "精工"
        if index == 0 or core.lower() not in vocab.name_connectors:
            return False
    return True


def split_label(label: str, texts: Iterable[str]) -> str | None:
    """A domain's label written run together ("hudsonbendliving") split into the words the
    text uses ("… our Hudson Bend assisted living community" -> "Hudson Bend Living"), each
    spelled as the text first writes it with a capital (accents kept), None when the text's
    words do not make up the whole label in two words or more."""
    words = label_words(label, texts)
    if not words:
        return None
    return " ".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words)


def label_words(label: str, texts: Iterable[str]) -> list[str]:
    """The words of the text, as it spells them, that make up a domain's label written run
    together, fewest first (["Hudson", "Bend", "living"] for "hudsonbendliving"); [] when
    they do not make it up in two words or more."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 6:
        return []
    spelled: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_][\w'’-]*", text[:MAX_SCAN]):
            folded = "".join(fold_words(word))
            if len(folded) < 2 or folded not in label:
                continue
            if folded not in spelled or (word[:1].isupper() and not spelled[folded][:1].isupper()):
                spelled[folded] = word.strip("'’-")
    # the fewest words that make up the label: best[i] = words of label[:i]
    best: list[list[str] | None] = [[]] + [None] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 30), end):
            head, piece = best[start], label[start:end]
            if (
                head is not None
                and piece in spelled
                and len(piece) >= 2
                and (best[end] is None or len(head) + 1 < len(best[end] or []))
            ):
                best[end] = [*head, piece]
    words = best[len(label)]
    if not words or len(words) < 2:
        return []
    return [spelled[w] for w in words]


# a link or an address: a word with a dot inside, starting where a word starts, its parts of
# bounded length (a run of letters without a dot is passed in linear time)
_LINKISH = re.compile(r"(?<![\w@/:.-])[\w@/:-]{0,300}[\w-]\.[\w][\w.@/:-]{0,500}")


def tenant_labels(texts: Iterable[str], ctx: _Ctx) -> list[str]:
    """The customer's label in an applicant-tracking system's links and addresses, first
    seen first: "marrowgate" for marrowgate.wd5.myworkdayjobs.com, "quillora" for
    jobs.lever.co/quillora, "redbudmidstream" for careers-redbudmidstream.icims.com."""
    out: list[str] = []
    for text in texts:
        # the links and addresses only (words with a dot inside), a few hundred at most
        links = " ".join(_LINKISH.findall(text[:MAX_SCAN], 0)[:500])
        for pattern in ctx.vocab.tenant_links:
            for match in pattern.finditer(links):
                label = match.group("tenant").lower()
                if label not in ctx.vocab.tenant_not and label not in out and len(label) >= 3:
                    out.append(label)
    return out


def spelled_label(label: str, texts: Iterable[str]) -> str | None:
    """How the text writes a name squeezed into `label` ("Redbud Midstream" for
    "redbudmidstream"), None when it does not."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 3:
        return None
    for text in texts:
        for match in re.finditer(_NAME_SPAN, text[:MAX_SCAN]):
            words = match.group(0).split()
            if not any(w[:1].lower() == label[0] or ord(w[0]) > 127 for w in words):
                continue  # no word starts as the label does
            joiner = [w.lower() in _JOINER_WORDS for w in words]
            spelled = [
                frozenset() if j else _word_squeezes(w) for w, j in zip(words, joiner, strict=True)
            ]
            # a part can spell the label only from a word the label starts with, and only
            # when its letters are about as many as the label's
            short = [min(map(len, s), default=0) for s in spelled]
            long = [max(map(len, s), default=3) for s in spelled]
            starts = [
                start
                for start in range(len(words))
                if not joiner[start] and any(label.startswith(s) for s in spelled[start])
            ]
            for size in range(len(words), 0, -1):
                for start in starts:
                    end = start + size
                    if end > len(words) or joiner[end - 1]:
                        continue
                    if not sum(short[start:end]) <= len(label) <= sum(long[start:end]):
                        continue
                    part = " ".join(words[start:end])
                    if label in squeezes(part):
                        return re.sub(r"['’]s$", "", part).strip(".")
    return None


@lru_cache(maxsize=4096)
def _word_squeezes(word: str) -> frozenset[str]:
    """One word's letters as a domain's label has them: accents folded or umlauts written
    out ("Jäger" -> "jager", "jaeger")."""
    spelled = {"".join(fold_words(word)), "".join(fold_words(word.translate(_UMLAUTS)))}
    return frozenset(spelled - {""})


# A name as a text writes it: capitalised words, "&" or a joining word between them
_NAME_SPAN = r"[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:(?:&|and|e|y|und|et)[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,4}"


def tenant_company(texts: list[str], ctx: _Ctx) -> str | None:
    """The employer a tracking system's link names, as the text spells it, else the label."""
    for label in tenant_labels(texts, ctx):
        spelled = spelled_label(label, texts)
        if spelled:
            return spelled
        words = [w for w in label.split("-") if w]
        return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words)
    return None


# "Welcome to Acme!", "interest in Acme Labs", "the team at Acme", "Design Lead at Acme,"
_BODY_CLUES = (
    re.compile(
        r"(?i:\bwelcome\s+to|\binterest\s+in|\bapplying\s+to|\bapplied\s+to|"
        r"\bapplication\s+(?:to|with)|\bthe\s+team\s+at|\bhere\s+at|\bjoin(?:ing)?)\s+"
        r"(?P<company>[A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,3})"
    ),
    re.compile(
        r"\b(?P<title>[A-Za-z]+)\s+at\s+"
        r"(?P<company>[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’-]*){0,3})\s*[,.;]"
    ),
)


def body_company(text: str, people: set[tuple[str, ...]], ctx: _Ctx) -> str | None:
    """The employer the text names in a sentence ("Welcome to Bright Harbor!", "Thanks for
    your interest in Tidewell Analytics", "Felix Brandt, Head of Customer Success at
    Quillora,")."""
    for index, pattern in enumerate(_BODY_CLUES):
        for match in pattern.finditer(text[:MAX_SCAN]):
            if index == 1 and not ctx.vocab.role_words.search(match.group("title")):
                continue  # "… at Quillora," after a job title only
            company = re.sub(r"(?:['’]s)$", "", match.group("company")).strip(" .,!")
            if company.split()[0].lower() in {"the", "our", "your", "us", "a", "an", "my"}:
                continue
            if acceptable(company, people, ctx):
                return company
    return None


# ------------------------------------------------------------------ company and role


_SEPARATORS = re.compile(r"\s+[|–—:/-]+\s+|\s*[|–—]\s*|:\s+|\s+<>\s+|\s+x\s+|\s+//\s+")


# "… at Acme" and its other languages' words: "chez", "bei", "presso", "bij", "en", "em",
# "na", "w", "på", "hos"
_AT_RE = re.compile(
    r"^(?P<role>.+?)\s+(?:(?:position|role|job|opening)\s+)?"
    r"(?:at|@|chez|bei|presso|bij|en|em|na|w|på|hos)\s+(?P<company>.+)$",
    re.I,
)


_WITH_TEXT = (
    r"^(?P<pre>.*?)\b(?:{with}|w/|from)\s*(?P<who>.+?)(?:\s+for\s+(?:the\s+)?(?P<role>.+?))?$"
)


@lru_cache(maxsize=4)
def _with_re(words: str) -> re.Pattern[str]:
    """ "… with Acme", "… med Nordvik Bygg", "… mit Acme": `words` the alternatives of "with"."""
    return re.compile(_WITH_TEXT.replace("{with}", rf"(?:{words})(?=\s)"), re.I)


_FOR_RE = re.compile(r"^(?P<pre>.*?)\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<role>.+?)$", re.I)
# "for" in the other languages a subject is written in ("Entrevista para …", "Colloquio per
# …", "Sollicitatiegesprek voor …", "Vorstellungsgespräch als …", "Entretien pour le poste de …")
_FOR_ABROAD = re.compile(
    r"(?i)^(?P<pre>.*?)\b(?:para|pour|per|voor|für|för|als|na\s+stanowisko|z\s+okazji)\s+"
    r"(?:(?:el|la|le|il|lo|de|het|die|den|das|der|o|a|a\s+vaga\s+de)\s+)?(?P<role>.+?)$"
)


# "Staff Engineer (Linear)": a role with the company in brackets after it
_PAREN_TAIL = re.compile(r"^(?P<main>.+?)\s*\((?P<paren>[^()]+)\)$")


# "Alex Morgan and Ben Ortiz" (Calendly's titles): people, not a company
_NAME_JOIN = re.compile(r"(?i)\s+(?:and|&|<>|x)\s+|\s*,\s*")


_COMPANY_SUFFIX = re.compile(
    r"(?i)\b(?:inc|llc|ltd|gmbh|ag|corp|corporation|co|company|plc|sa|sas|bv|nv|ab|oy|srl|pty)\b\.?$"
)


_LEAD_AGAIN = re.compile(r"(?i)\b(?:for|about)\s+(?:the|our|a|an)\s+")
_BODY_ROLE = re.compile(
    r"(?i)(?:\b(?:for|about|in)\s+(?:the|our|a|an|this)\s+|(?:^|(?<=[.!?]\s))(?-i:The)\s+)"
    r"(?P<role>[A-Za-zÀ-ÿ0-9,/&()' +.–—-]{3,70}?)\s+"
    r"(?:position|role|opening|job|vacancy|interview|onsite|on-site|loop)\b(?:\s+(?:at|with)\s+(?P<company>[A-Z0-9][\w&.'’-]*"
    r"(?:\s+(?:&\s+)?[A-Z0-9][\w&.'’-]*){0,3}))?"
)


# "Your interview loop for Senior Gameplay Programmer (Unreal) is confirmed": the role after
# the interview's "for", up to a verb or a sentence's end
_INTERVIEW_FOR = re.compile(
    r"(?i:\binterview(?:s|\s+loop)?\s+for\s+(?:the\s+|a\s+|an\s+)?)"
    r"(?P<role>[A-ZÀ-Þ][^\n.;:!?]{2,70}?)"
    r"(?=\s+(?:is|are|has|have|will|was|on|at|with|position|role|post|job|opening|vacancy)\b"
    r"|[.;:!?\n])"
)
# A calendar scheduler's event name on its own line ("Event Name:\nBakery Shift Lead interview")
_EVENT_NAME = re.compile(
    r"(?im)^[ \t]*Event[ \t]+(?:Name|Type)[ \t]*:[ \t]*\n?[ \t]*(?P<value>[^\n]{2,120}?)[ \t]*$"
)


# "Company: Pinewood Studios", "Position: Junior Animator" on lines of their own
# … and in the other languages invites are written in ("Poste :", "Stelle:", "Stanowisko:",
# "Puesto:", "Functie:", "직무:", "募集職種："), a bullet before them
_COMPANY_KEYS = (
    "company", "employer", "organisation", "organization", "entreprise", "société",
    "unternehmen", "firma", "arbeitgeber", "empresa", "azienda", "bedrijf", "werkgever",
    "organizacja", "pracodawca", "företag", "회사", "회사명", "会社", "会社名", "企業", "公司",
)  # fmt: skip
_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[-–•·■□▪◦*][ \t]*)?(?P<key>"
    + "|".join(_COMPANY_KEYS)
    + r"|position|role|job[ \t]+title|job|vacancy|position[ \t]+title|poste|intitulé[ \t]+du"
    r"[ \t]+poste|stelle|position|stellenbezeichnung|puesto|vacante|cargo|vaga|functie|vacature|"
    r"ruolo|posizione|stanowisko|tjänst|befattning|stilling|직무|모집[ \t]*직무|지원[ \t]*직무|"
    r"모집[ \t]*분야|포지션|職種|募集職種|応募職種|ポジション|职位|岗位)"
    r"[ \t]*[:：][ \t]*(?P<value>[^\n]{2,80}?)[ \t]*$"
)
_BODY_COMPANY = re.compile(
    r"\b(?:[Ii]nterview(?:ing)?|position|role|opportunity|team)\s+(?:at|with)\s+"
    r"(?P<company>[A-Z0-9][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'’-]*){0,3})"
)


# A job requisition's number after a role: "(R-20417)", "[Req #4411]", "Req ID: 55120", "JR-1093"
_REQUISITION = re.compile(
    r"(?i)\s*(?:[(\[]\s*(?:req(?:uisition)?\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*)?"
    r"(?:[a-z]{1,4}[-_]?)?(?:\d{3,}|\d{2}-\d{3,})[\w-]*\s*[)\]]"
    r"|[-–—|,]?\s*\breq(?:uisition)?\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[a-z]{0,4}[-_]?\d{3,}\b"
    r"|[-–—|,]?\s*\b(?:jr|job\s*id|job\s*#)\s*[:#-]?\s*\d{3,}\b"
    r"|\s*[(\[]\s*(?:job|posting|vacancy|ref)\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[\w-]*\d{3,}[\w-]*\s*[)\]])"
)


_SENDER_PARTS = re.compile(r"\s*\|\s*|\s+[–—-]\s+|\s+(?:from|at)\s+")
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{1,14}")


def sender_company(display: str, people: set[str], vocab: _Vocab) -> str | None:
    """The company in an applicant-tracking sender's display name ("Harbourline Energy via
    Greenhouse" -> "Harbourline Energy", "Bramblewood Foods Careers" -> "Bramblewood Foods"),
    None when it names a person (one of `people`, lower case), a tracking system or nothing."""
    text = re.split(r"(?i)\s+(?:via|through|powered by|using)\s+|\s+\(via\s", display)[0]
    # an assistant's one name before the company's ("Olivia | Mercado Jabuticaba", "Mya –
    # Brightwater Logistics", "Olivia from Kestrel Foods"), as chat schedulers send: its name
    # is nobody's company
    text = vocab.sender_noise.sub(" ", text)
    parts = [p for p in _SENDER_PARTS.split(text.strip()) if p.strip()]
    if len(parts) == 2:
        one = [p for p in parts if _ONE_NAME.fullmatch(p.strip())]
        if len(one) == 1:
            text = next(p for p in parts if p is not one[0])
    text = " ".join(text.split()).strip(" -–—|:,.'\"")
    if not text or text.lower() in people or text.lower() in vocab.tracking_systems:
        return None
    if "@" in text or not _plausible_company(text) or vocab.role_words.search(text):
        return None
    return text


# A Japanese name's reading in kana, in brackets after it ("アオサギ物流（アオサギブツリュウ）")
_KANA_READING = re.compile(r"[（(][\u3040-\u30ff・\s]+[）)]")


_MEETING_RULE = re.compile(r"(?m)^[ \t]*_{20,}[ \t]*$")


def _signature_company(body: str, found: _Found, vocab: _Vocab) -> str | None:
    """The company a mail's signature names: a line that spells the sender's domain ("Lumina
    Labs" for lumina-labs.com), or "Title | Company" / "Title, Company" after the name."""
    # the meeting's block a calendar adds below the mail (Teams: between lines of "_") is no
    # part of the signature
    rule = _MEETING_RULE.search(body)
    if rule and body[: rule.start()].strip():
        body = body[: rule.start()]
    lines = [ln.strip() for ln in body[-3000:].splitlines() if ln.strip()][-12:]
    label = (found.domain_hint or "").split(".")[0].replace("-", "").lower()
    for line in reversed(lines):  # "株式会社カワセミ電工": a legal form written into the name
        name = _KANA_READING.sub("", line).strip()  # and its reading in brackets left out
        if (
            len(name) <= 40
            and re.fullmatch(r"[\w\u3005・ー&]+", name)
            and any(form in name for form in legal_forms().joined)
        ):
            return without_legal_form(name)
    for line in lines:
        for part in re.split(r"\s*(?:\||,|\s[-–—·•]\s|[·•]|\bat\b)\s*", line):
            squeezed = re.sub(r"[^a-z0-9]", "", part.lower())
            if (
                label
                and len(label) >= 3
                and (label in squeezes(without_legal_form(part)) or squeezed.startswith(label))
                and (
                    label in squeezes(without_legal_form(part))
                    or _COMPANY_SUFFIX.search(part)
                    or without_legal_form(part) != part.strip()
                    # "Fraser Delta Port Services" for fraserdeltaport.ca: a word or two more
                    or (len(label) >= 8 and name_shaped(part.strip(" ."), vocab))
                )
                and _plausible_company(part)
            ):
                return part.strip(" .")
    for line in lines:
        match = re.match(
            r"^(?P<title>[^|,]{2,60}?)\s*(?:\||,|\s[-–—]\s)\s*(?P<company>[^|,]{2,60})$", line
        )
        if not match or len(match.group("title").split()) > 6 or line.endswith((".", "!", "?")):
            continue  # a sentence, not a signature's "Title | Company"
        title, company = match.group("title"), match.group("company").strip(" .")
        if (
            (vocab.coordinator_titles.search(title) or vocab.role_words.search(title))
            and company[:1].isupper()
            and not vocab.role_words.search(company)
            and not vocab.coordinator_titles.search(company)
            and _plausible_company(company)
            and not re.search(r"\d{3}", company)
        ):
            return company
    return None


def _spells_label(name: str, label: str) -> bool:
    """`name` is the name a domain's label squeezes, with a word or two more before or after
    it ("Tealbyte Technologies" for tealbyte.com, "Cafés Brûlerie Ormeau" for
    brulerieormeau.fr), or shortens ("Holloway Bridge Marine Repairs" for hbmr.co.uk)."""
    return any(
        squeezed == label
        or (len(label) >= 4 and squeezed.startswith(label))
        or (len(label) >= 6 and squeezed.endswith(label))
        for squeezed in squeezes(name)
    ) or abbreviates(name, label)


# words of a name a domain's shortening may leave out ("Bank of the West" -> "botw", "bw")
_SKIPPABLE = frozenset(
    {"of", "the", "and", "&", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
     "des", "la", "le", "les", "los", "las", "el", "van", "von", "der", "den", "het", "y",
     "e", "et", "und", "für", "zu"}
)  # fmt: skip


def abbreviates(name: str, label: str) -> bool:
    """A domain's label shortens `name`, in order, every word of two words or more giving its
    first letter and maybe more ("hbmr" for Holloway Bridge Marine Repairs, "loughmahonmd"
    for Lough Mahon Medical Devices, "tsverde" for Transportadora Serra Verde, "nwcu" for
    Northwind Credit Union: a second letter of a word may come from inside it); connecting
    words may be left out. One word at least is shortened."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    words = [w for w in (("".join(fold_words(t)), t.lower()) for t in name.split()) if w[0]]
    if len(words) < 2 or not 3 <= len(label) <= 30 or len(words) > 8:
        return False

    @cache
    def fits(i: int, j: int, shortened: bool) -> bool:
        if i == len(words):
            return j == len(label) and shortened
        word, raw = words[i]
        if raw in _SKIPPABLE and fits(i + 1, j, shortened):
            return True
        if j >= len(label) or label[j] != word[0]:
            return False
        for size in range(len(word), 0, -1):  # a prefix of the word
            if label.startswith(word[:size], j) and fits(
                i + 1, j + size, shortened or size < len(word)
            ):
                return True
        # its first letter and one more from inside it ("nw" for Northwind)
        return j + 1 < len(label) and label[j + 1] in word[2:] and fits(i + 1, j + 2, True)

    return fits(0, 0, False)


MAX_NAME_LINES = 500  # lines shaped like a name compared with the mail domain, at most


def _domain_spelled(found: _Found, texts: list[str]) -> str | None:
    """The employer's name as the text writes it when it spells the mail domain ("Saguaro
    Health" for saguarohealth.org, "Harrowgate Bio" for harrowgatebio.com)."""
    label = (found.domain_hint or "").split(".")[0].replace("-", "").lower()
    if len(label) < 4:
        return None
    tried = 0
    for text in texts:  # a line that is the name, more words before or after it
        for line in text[:MAX_SCAN].splitlines():  # ("Tealbyte Technologies", "Cafés Ormeau")
            line = line.strip(" \t,.")
            if len(line) > MAX_NAME or not re.fullmatch(_NAME_SPAN, line):
                continue
            plain = "".join(fold_words(line)), "".join(fold_words(line.translate(_UMLAUTS)))
            first = _word_squeezes(line.split()[0])
            if (
                not any(label in p for p in plain)
                and not any(w in label for w in first)
                and plain[0][:1] != label[:1]
            ):
                continue  # no use squeezing it every way
            tried += 1
            if tried > MAX_NAME_LINES:
                break
            line = without_legal_form(line)
            if _spells_label(line, label) and _plausible_company(line):
                return line
    return spelled_label(label, texts) or split_label(label, texts)


def _strip_prefixes(title: str, vocab: _Vocab) -> str:
    text = " ".join(vocab.gender_tag.sub("", title).split())
    # a mail system's tag before the subject: "[External]", "[EXT]", "(External)"
    text = re.sub(
        r"^(?:[\[(](?:external|ext|extern|caution|warning)[\])]\s*)+", "", text, flags=re.I
    )
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        for prefix in vocab.prefixes:
            if low.startswith(prefix):
                text = text[len(prefix) :].strip()
                changed = True
                break
    # Google's mail subjects end with " @ Thu Nov 19, 2026 2pm - 3pm (EST) (you@example.com)"
    text = re.sub(r"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b.*$", "", text, flags=re.I)
    text = _REQUISITION.sub("", text)  # "(R-20417)", "Req #4411", "JR-1093"
    return text.strip(" -–—|:")


def _strip_noise(segment: str, vocab: _Vocab) -> str:
    """A subject's segment without an interview's words ("Senior Engineer interview"), its
    brackets kept when they hold more than those words ("Analyst (Contract, 6 months)",
    "Engenheiro(a)"); an unbalanced or emptied bracket goes."""
    text = vocab.noise_words.sub(" ", segment)
    text = re.sub(r"\(\s*\)|（\s*）", " ", text)  # a bracket the noise words emptied
    if text.count("(") != text.count(")") or text.startswith("("):
        text = text.replace("(", " ").replace(")", " ")
    words = text.split()
    while words and words[0].lower().strip(".,:;!()") in vocab.edge_noise:
        words.pop(0)
    while words and words[-1].lower().strip(".,:;!()") in vocab.edge_noise:
        words.pop()
    out = " ".join(words).strip(" -–—|:,.;!")
    if out.count("(") != out.count(")"):
        out = " ".join(out.replace("(", " ").replace(")", " ").split())
    return out


def _plausible_company(text: str) -> bool:
    if not text or len(text) > 60 or not re.search(r"[^\W\d_]", text):
        return False
    if re.match(r"^\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b", text, re.I):
        return False
    if "@" in text or "://" in text:
        return False
    return not re.search(
        r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*\d|\b\d{4}-\d{2}-\d{2}\b", text
    )


# "Thanks for applying to Lumenfield!", "your application with Lumenfield"
_APPLIED = re.compile(
    r"(?i:\b(?:applying|applied|application|interest)\s+(?:to|at|with|in)\s+)"
    r"(?P<company>[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w&'’.-]*){0,3})"
)


_INITIALED = re.compile(r"[A-ZÀ-Þ]\.[ \t]*[A-ZÀ-Þ][\w'’-]+")


def _drop_brackets(text: str, people: set[tuple[str, ...]], vocab: _Vocab) -> str:
    """A title without the brackets that name a person, a place, a work arrangement or the
    meeting's program ("Interview - Data Engineer (Noor Haddad)", "… Mid-Market (Remote -
    US)", "… (Teams)")."""

    def keep(match: re.Match[str]) -> str:
        inside = match.group(1).strip()
        if (
            names_a_person(inside, people)
            or calls_a_person(inside, people)
            or _INITIALED.fullmatch(inside)  # "(R. Adeyemi)": a person, whoever it is
            or names_a_place(inside)
            or vocab.not_company.fullmatch(inside.lower())
            or inside.lower() in vocab.program_names  # "… – Nordhavn Wind (Teams)": the call's
        ):
            return ""
        return match.group(0)

    return re.sub(r"\s*\(([^()]{1,80})\)", keep, text)


def _role_of(text: str | None) -> str | None:
    """A role without a place after a comma ("Logistics Coordinator, Rotterdam")."""
    if not text:
        return None
    match = re.match(r"^(?P<role>.+?),\s*(?P<place>[^,]+(?:,\s*[A-Z]{2})?)$", text)
    if match and names_a_place(match.group("place")):
        return match.group("role").strip()
    return text


def _job_words(text: str, vocab: _Vocab) -> bool:
    """`text` names a job: one of the role words, or a title the lexicon of job titles knows
    in any language ("Młodszy Księgowy", "Enólogo Adjunto" does not)."""
    return bool(vocab.role_words.search(text)) or is_title(text)


def _title_company_role(
    title: str, people: set[tuple[str, ...]], domain_label: str | None, vocab: _Vocab
) -> tuple[str | None, str | None, list[str], str | None]:
    """(company, role, other words, bracket) of an event's title or a mail's subject: the
    company when a pattern names it ("… at Acme", "… with Acme", "applying to Acme"), the
    bare words that might name it, best first, for when nothing better does, and the words in
    brackets after the role ("Staff Engineer (Linear)", "Data Platform Engineer (Streaming)"):
    the company when another clue names it too, else part of the role."""
    bracket: str | None = None
    text = _drop_brackets(_strip_prefixes(title, vocab), people, vocab)
    applied = _APPLIED.search(text)
    company: str | None = None
    if applied and _plausible_company(applied.group("company")):
        company = applied.group("company").strip(" .,!")
        rest = text[applied.end() :]
        said = re.split(r"[!?.]\s+", rest, maxsplit=1)  # "… to Lumenfield! Let's schedule …"
        text = said[1] if len(said) == 2 else text[: applied.start()] + rest
    role: str | None = None
    candidates: list[str] = []
    for raw in _SEPARATORS.split(text):
        segment = raw.strip()
        if not segment:
            continue
        at = _AT_RE.match(segment)
        if at and _plausible_company(at.group("company").strip()):
            left = at.group("role")
            # "Interview with Jane Doe for Senior Designer at Acme": the role follows "for"
            for_ = _FOR_RE.match(left) or _FOR_ABROAD.match(left)
            # "Colloquio per Magazziniere presso …": after an interview's word and "for", the
            # role, whatever its words
            asked = bool(for_ and vocab.interview_words.search(for_.group("pre") or "x"))
            if for_ and (asked or _job_words(for_.group("role"), vocab)):
                left = _without_lead(for_.group("role"), vocab) or left
            left = _strip_noise(left, vocab)
            # "… at Lumenfield on Feb 9": the company, not the words after it
            named = vocab.subject_tail.split(at.group("company"), maxsplit=1)[0].strip(" .,")
            if left and (asked or _job_words(left, vocab)):
                role = role or left
                company = company or named
                continue
            if (  # "your upcoming interview at Oakvale Dental Partners tomorrow": only the
                # interview's words before "at", the company after it
                not left
                and vocab.interview_words.search(at.group("role"))
                and named
                and name_shaped(named, vocab)
                and not names_a_person(named, people)
            ):
                company = company or named
                continue
        with_ = _with_re(vocab.with_words).match(segment)
        if with_:
            # "Your interview with Tallgrass is confirmed": the company, not the clause after it
            who = vocab.subject_tail.split(with_.group("who"), maxsplit=1)[0].strip(" .,")
            if with_.group("role"):
                role = role or (_strip_noise(with_.group("role"), vocab) or None)
            if not names_a_person(who, people) and _plausible_company(who):
                candidates.append(who)
            pre = _strip_noise(with_.group("pre"), vocab)
            if pre and vocab.role_words.search(pre):
                role = role or pre
            continue
        for_ = _FOR_RE.match(segment)
        if for_ and (
            vocab.interview_words.search(for_.group("pre") or "x")
            or names_a_person(for_.group("pre"), people)  # "Jordan Blake for Account Executive"
        ):
            wanted = _strip_noise(for_.group("role"), vocab)
            if wanted:
                role = role or wanted
                continue
        paren = _PAREN_TAIL.match(segment)
        if paren:
            main = _strip_noise(paren.group("main"), vocab)
            inside = paren.group("paren").strip()
            if main and vocab.role_words.search(main) and not vocab.role_words.search(inside):
                if (
                    not (
                        vocab.noise_words.search(inside)
                        or vocab.interview_words.search(inside)
                        or vocab.not_company.search(inside)
                        or _strip_noise(inside, vocab).lower() != inside.lower()
                    )
                    and _plausible_company(inside)
                    and not re.search(r"\d", inside)
                ):
                    bracket = bracket or inside
                    role = role or f"{main} ({inside})"
                elif _strip_noise(inside, vocab) and not vocab.interview_words.search(inside):
                    # the role's own words ("(Contract, 6 months)", "(Level 2)", "(Locum)")
                    role = role or f"{main} ({_strip_noise(inside, vocab)})"
                else:
                    role = role or main  # the interview's words ("(Round 2)", "(Video Call)")
                continue
        cleaned = _strip_noise(segment, vocab)
        if not cleaned or names_a_person(cleaned, people):
            continue
        if any(names_a_person(part, people) for part in _NAME_JOIN.split(cleaned)):
            continue
        if _job_words(cleaned, vocab):
            role = role or cleaned
        elif (
            vocab.interview_words.search(text)
            and not vocab.interview_words.search(segment)  # "Horaire de votre entrevue"
            and cleaned[:1].isupper()
            and len(cleaned.split()) <= 8
            and not name_shaped(cleaned, vocab)
        ):  # "Entrevue – Boulanger(ère) de nuit": words of a sentence's case, no name's
            role = role or cleaned
        elif _plausible_company(cleaned):
            candidates.append(cleaned)
    others: list[str] = []
    if company is None and candidates:
        if domain_label:
            squeeze = domain_label.replace(" ", "").lower()
            company = next(
                (c for c in candidates if c.replace(" ", "").lower().startswith(squeeze)), None
            )
        # A bare title ("Dentist", "Team lunch") names no company: only an interview's does.
        folded = " ".join(fold_words(text))
        named = any(name and " ".join(name) in folded for name in people if len(name) >= 2)
        if company is None and (role or vocab.interview_words.search(text) or named):
            others = candidates  # "Lumenfield x Jordan Lee – Design Challenge Review"
        elif company is not None and role is None and vocab.interview_words.search(text):
            # "Interview - Resource Geologist - Karri Ridge Minerals" from karriridge…: the
            # other part may be the role (`_role_left`)
            others = [c for c in candidates if c != company]
    return company, _role_of(role), others, bracket


# Where a role said after its lead word ends: a bracket ("(m/w/d)"), a sentence's punctuation,
# or a word that starts what follows it ("… Técnico de Calidad en Bodegas Valdemoro")
_ROLE_END = re.compile(
    r"[(\[.,;:!?\n|]|\s[-–—]\s|\s(?i:at|bei|in|im|presso|chez|bij|na|em|en|à|with|con|com|"
    r"avec|mit|met|for|per|para|pour|voor|für|und|and|y|et|on|am|we|wir|nous|que|che|dass|the|"
    r"il|el|le|la|der|die|das|het|o|a|ist|is|è|es|é|est|bei|starting|from|ab|dal|desde|no|hos|"
    r"ved|på)\b"
)


def _led_role(text: str, vocab: _Vocab, known: str | None = None) -> str | None:
    """The role after a lead word in the text ("for the position of Marine Electrician",
    "per la posizione di Progettista Meccanico", "Bewerbung als Disponent (w/m/d)"): its
    words up to a bracket, the sentence's end or the next clause, when one is a job title."""
    for seen, match in enumerate(vocab.role_leads.finditer(text[:MAX_SCAN])):
        if seen >= 50:
            break
        rest = vocab.gender_tag.sub("", text[match.end() : match.end() + 160])
        role = _ROLE_END.split(rest, maxsplit=1)[0]
        words = role.split()
        role = role.strip(" '\"“”«»")
        if not (1 <= len(words) <= 6) or not (role[:1].isupper() or extends(role, known)):
            continue
        if _job_words(role, vocab) or _POST_WORD.search(match.group(0)):
            # the role's own words in brackets after it ("Kierownik zmiany (magazyn …)")
            return role + _bracket_after(rest[len(_ROLE_END.split(rest, maxsplit=1)[0]) :], vocab)
    return None


def without_company_first(role: str, company: str) -> str:
    """A CJK role without the company's name before it ("澜舟物流 高级供应链分析师" at 澜舟物流
    is "高级供应链分析师"); a company that is only the start of a word ("澜舟" of "澜舟物流")
    is left in place."""
    if not role.startswith(company) or role == company:
        return role
    after = role[len(company)]
    if not (after.isspace() or after in _CJK_EDGES):
        return role
    return role[len(company) :].strip(_CJK_EDGES) or role


def _led_in(words: str, text: str, vocab: _Vocab) -> bool:
    """The text says `words` right after a role's lead word ("poste d'", "position of"), in
    any case."""
    low = words.casefold()
    for seen, match in enumerate(vocab.role_leads.finditer(text[:MAX_SCAN])):
        if seen >= 50:
            break
        rest = text[match.end() : match.end() + len(words) + 2].lstrip(" '’").casefold()
        if rest.startswith(low) and not rest[len(low) : len(low) + 1].isalnum():
            return True
    return False


def _bracket_after(rest: str, vocab: _Vocab) -> str:
    """ " (words)" when `rest` starts with a bracket of the role's own words ("(Locum)",
    "(Júnior)"), not of an interview's ("(video call)"); else ""."""
    bracket = re.match(r"[ \t]*[(（]([^()（）\n]{1,60})[)）]", rest)
    if bracket is None:
        return ""
    inside = bracket.group(1).strip()
    if (
        not inside
        or vocab.interview_words.search(inside)
        or _strip_noise(inside, vocab) != inside
        or _REQUISITION.fullmatch(f" ({inside})")  # "(R-118204)"
    ):
        return ""
    return f" ({inside})"


def _body_role(text: str, vocab: _Vocab, known: str | None = None) -> str | None:
    """The role the text says it is about: "for the Registered Physiotherapist (Locum)
    position", "für die Position Konstrukteur Sondermaschinenbau", "na stanowisko …", "Your
    interview loop for Senior Gameplay Programmer (Unreal) is confirmed". A role in lower
    case counts when it starts with the one the subject gave (`known`: "poste de chef
    boulanger / cheffe boulangère (quart de nuit)")."""
    for match in _BODY_ROLE.finditer(text[:MAX_SCAN]):
        role = _strip_noise(_LEAD_AGAIN.split(match.group("role"))[-1], vocab)
        post = match.group(0).rsplit(None, 1)[-1].lower()
        if (
            role
            and (role[:1].isupper() or extends(role, known))
            and (
                vocab.role_words.search(role) or post in ("position", "role", "opening", "vacancy")
            )
        ):
            return role
    for match in _INTERVIEW_FOR.finditer(text[:MAX_SCAN]):
        role = _strip_noise(match.group("role"), vocab)
        if role and (_job_words(role, vocab) or extends(role, known)):
            return role
    return _led_role(text, vocab, known)


def extends(longer: str | None, shorter: str | None) -> bool:
    """`longer` says `shorter` and more after it: "Clinical Nurse – Mental Health (Level 2)"
    extends "Clinical Nurse"; "Designer (Contract)" extends "designer"."""
    if not longer or not shorter:
        return False
    long_words, short_words = fold_words(longer), fold_words(shorter)
    size = len(short_words)
    if not (len(long_words) > size >= 1 and long_words[:size] == short_words):
        return False
    # what follows the shorter one's words is a bracket, a dash, a slash or a comma's clause
    last = re.escape(shorter.split()[-1])
    tail = re.search(rf"(?i){last}(?P<rest>.*)$", longer)
    return bool(tail and re.match(r"\s*[(（–—/,-]", tail.group("rest")))


_ROLE_HEAD = re.compile(r"\s*,\s*|\s+[-–—]\s+|\s*\(")
_AFTER_HEAD = re.compile(r"[ \t]*(?P<sep>,|[-–—])[ \t]*(?P<rest>[^\n(\[.,;:!?|<>]{1,80})")


def _dashed_role(role: str, titles: list[str], text: str) -> str | None:
    """The role as the text writes it after a dash, when a title says the same words after it
    too: "Processtekniker – cellproduktion" in the text and "Processtekniker, cellproduktion"
    in the subject; "Graduate Civil Engineer – Water Infrastructure program" in the text and
    "… – Graduate Civil Engineer – Water Infrastructure" in the subject. The words both say
    after the role's head are the role's; the text's dash joins them."""
    head = _ROLE_HEAD.split(role, maxsplit=1)[0].strip()
    if len(head) < 3 or not text:
        return None
    after = re.compile(re.escape(head) + _AFTER_HEAD.pattern, re.I)
    said = [m.group("rest").split() for t in titles for m in after.finditer(t[:MAX_SCAN])]
    # a copy of a title in the text (a calendar's description repeats it) says no more
    copies = [
        (at.start(), at.end())
        for t in titles
        if len(t.strip()) > len(head)
        for at in re.finditer(re.escape(t.strip()), text[:MAX_SCAN])
    ]
    for match in after.finditer(text[:MAX_SCAN]):
        if match.group("sep") == "," or any(a <= match.start() < b for a, b in copies):
            continue
        words = match.group("rest").split()
        for other in said:
            size = 0
            while (
                size < min(len(words), len(other), 6) and words[size].lower() == other[size].lower()
            ):
                size += 1
            if size:
                return f"{head} {match.group('sep')} {' '.join(words[:size])}"
    return None


def _role_words_only(
    dashed: str, found: _Found, people: set[tuple[str, ...]], vocab: _Vocab
) -> bool:
    """`dashed` may stand for the role read: it says the same words, or those and more that
    name no person, no part of the company and not the interview ("– Rowan Adeyemi", "–
    Kloofnek", "- Technical Interview")."""
    role = found.role or ""
    if fold_words(dashed) == fold_words(role):
        return True
    head = _ROLE_HEAD.split(role, maxsplit=1)[0].strip()
    if head != role.strip():
        return False  # "Registered Nurse – Emergency Department (Casual)" says more already
    more = dashed[len(head) :].strip(" -–—")
    named = {w for name in people for w in name} | set(fold_words(found.company or ""))
    return not (
        vocab.interview_words.search(more)
        or vocab.video_words.search(more)
        or set(fold_words(more)) & named
    )


def _same_name(one: str, other: str) -> bool:
    """The same name, legal forms aside, in letters that fold to Latin ones."""
    words = fold_words(without_legal_form(one))
    return bool(words) and words == fold_words(without_legal_form(other))


def _event_name_role(text: str, people: set[tuple[str, ...]], vocab: _Vocab) -> str | None:
    """The role a scheduler's "Event Name:" line names: its words without the interview's
    ("Cellar Hand (Harvest 2027) - phone interview" -> "Cellar Hand (Harvest 2027)")."""
    match = _EVENT_NAME.search(text[:MAX_SCAN])
    if match is None:
        return None
    # "Northstar Grain Cooperative – Commodity Merchandiser (Entry Level)": the part a title's
    # reading takes for the role, else the first part that is no interview's words
    role = _title_company_role(match.group("value"), people, None, vocab)[1]
    if role:
        return role
    for raw in _SEPARATORS.split(match.group("value")):
        segment = _strip_noise(raw.strip(), vocab)
        if (
            segment
            and not names_a_person(segment, people)
            and not vocab.interview_words.fullmatch(segment)
            and _plausible_company(segment)
        ):
            return segment
    return None


# A lead word that names the post itself ("position of", "puesto de", "Stelle als"): the
# capitalised words after it are the role even when no job word is among them ("Enólogo")
_POST_WORD = re.compile(
    r"(?i)position|role|post|vacan|job|posizion|ruolo|puesto|cargo|plaza|vaga|função|poste|posição|"
    r"fonction|functie|vacature|\brol\b|stelle|tjänst|rollen|jobbet|stilling|stanowisk|"
    r"вакан|должност|позици|посад|radno[ \t]+mjesto|pozicij|pozisyon|وظيفة|θέση"
)


# before a company named after a role: a separator, or a short word of "at"
_BEFORE_COMPANY = re.compile(r"(?:[ \t]*[,|–—-]|[ \t]+[^\W\d_A-ZÀ-Þ]{1,6})[ \t]*$")


def _without_company(role: str, company: str | None) -> str:
    """A role without the company said after it ("Konstrukteur Vorrichtungsbau bei Müller &
    Söhne Präzisionstechnik GmbH", "Specjalista ds. Kontroli Jakości (laboratorium), Browar
    Stara Kuźnia"), when what is left is a role of its own."""
    if not company:
        return role
    first = company.split()[0].lower()
    start = role.lower().rfind(first)
    if start <= 0:
        return role
    tail = without_legal_form(role[start:].strip(" .,")).strip(" .,")
    head = role[:start]
    before = _BEFORE_COMPANY.search(head)
    if fold_words(tail) != fold_words(company) or before is None:
        return role
    kept = head[: before.start()].strip(" ,|–—-")
    return kept if len(kept) >= 3 else role


MAX_ROLE_WORDS = 6  # words of a role read from a title's other part


def _role_left(
    others: list[str], company: str, people: set[tuple[str, ...]], vocab: _Vocab
) -> str | None:
    """The role an interview's title says beside its company in words no job list knows
    ("Interview - Resource Geologist - Karri Ridge Minerals", "Interview invitation - Print
    Finisher" from Harbourside Print Works): once the company is known, the one other part
    of the title that names no company, person or place."""
    own = set(fold_words(company))
    left = [
        o
        for o in dict.fromkeys(others)
        if not set(fold_words(o)) <= own
        and not set(fold_words(o)) >= own
        and not names_a_person(o, people)
        and not names_a_place(o)
        and not _COMPANY_SUFFIX.search(o)
        and not vocab.not_company.search(o)
        and len(o.split()) <= MAX_ROLE_WORDS
        and not re.search(r"\d", o)
    ]
    return left[0] if len(left) == 1 else None


def _without_lead(role: str | None, vocab: _Vocab) -> str | None:
    """A role without a lead word before it ("als Disponent Strassentransport" ->
    "Disponent Strassentransport")."""
    if not role:
        return role
    match = vocab.role_leads.match(role)
    rest = role[match.end() :].strip() if match else role
    return rest or role


# The end of a sentence inside a clue: a full stop after a word of three letters or more, not
# an abbreviation's ("St. Luke's", "Inc. Careers")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})[.!?]\s+")


def _sentence_head(text: str) -> str:
    """The name up to the end of its sentence: "Northgate Bank. I'd like" -> "Northgate Bank"."""
    return re.split(r"[.!?]\s+", text, maxsplit=1)[0].strip(" .,")


# How much each clue to the company weighs, best first; a clue that spells the mail domain
# and one that other clues repeat (or lie inside) weigh more (see `_choose_company`).
# A Korean, Japanese or Chinese subject's first bracket names the sender's company
# ("【みなと精機】二次面接のご案内", "[누리물류] 1차 면접 안내")
_SUBJECT_TAG = re.compile(r"^\s*(?:【(?P<tag>[^】\n]{2,30})】|\[(?P<bracket>[^\]\n]{2,30})\])")
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# "This email was sent on behalf of Harlow & Reed Architects", "im Auftrag von …", "au nom
# de …", "en nombre de …", "per conto di …", "namens …", "w imieniu …"
_ON_BEHALF = re.compile(
    r"(?i:\b(?:on\s+behalf\s+of|im\s+auftrag\s+von|au\s+nom\s+de|en\s+nombre\s+de|"
    r"per\s+conto\s+di|namens|w\s+imieniu|em\s+nome\s+de|på\s+vegne\s+av|på\s+uppdrag\s+av)\s+)"
    r"(?P<company>[A-ZÀ-Þ0-9][\w&'’.-]*(?:[ \t]+(?:&[ \t]+|"
    r"(?:de|del|la|of|the|and|und|et|y|e|di|van|von)[ \t]+)?[A-ZÀ-Þ0-9][\w&'’.-]*){0,5})"
)


_CJK_QUOTED = re.compile(r"[「『]([^「」『』\n]{2,40})[」』]")
_CJK_BRACKET = re.compile(r"[(（]([^()（）\n]{1,40})[)）]")
_CJK_EDGES = " \t\u3000の・、。,:：-–—|/"
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _about_the_interview(inside: str, vocab: _Vocab) -> bool:
    """A bracket in a Japanese, Korean or Chinese subject that says which interview it is or
    whom it is for ("（第一轮：业务面试）", "（Rowan Adeyemi様）"), not the role."""
    return any(w in inside for w in vocab.cjk_interview_words + vocab.cjk_honorifics)


def _cjk_leftover(segment: str, vocab: _Vocab) -> str:
    segment = _CJK_BRACKET.sub(
        lambda m: " " if _about_the_interview(m.group(1), vocab) else m.group(0), segment
    )
    for word in vocab.cjk_interview_words:
        segment = segment.replace(word, " ")
    segment = re.sub(r"[(（]\s*[)）]", " ", segment)
    return " ".join(segment.split()).strip(_CJK_EDGES)


def _cjk_subject_role(subject: str, vocab: _Vocab) -> str | None:
    """The role a Japanese, Korean or Chinese subject names after the company's tag: a quoted
    「role」, the words left when the invitation's are taken out ("QC 분석 연구원 (경력직)"), or
    what a bracket holds when nothing else is left ("一次面接のご案内（生産技術エンジニア）")."""
    if not _CJK_TEXT.search(subject):
        return None
    tag = _SUBJECT_TAG.match(subject)
    text = subject[tag.end() :] if tag else subject
    quoted = _CJK_QUOTED.search(text)
    if quoted and _cjk_leftover(quoted.group(1), vocab):
        return quoted.group(1).strip()
    for segment in re.split(r"\s+[-–—|/]\s+|[|｜／]", text):
        left = _cjk_leftover(segment, vocab)
        outside = _cjk_leftover(_CJK_BRACKET.sub(" ", left), vocab)
        if outside:
            return left if len(left) <= 40 else None
        for inside in _CJK_BRACKET.findall(left):
            if _cjk_leftover(inside, vocab) == inside.strip():
                return inside.strip()
    return None


def _cjk_body_role(text: str, vocab: _Vocab) -> str | None:
    """The role a Japanese or Korean text says the candidate applied for, before one of the
    cue words ("…の生産技術エンジニア（中途採用）にご応募", "물류 운영 매니저 (경력) 직무에 지원"):
    its words back to the sentence's start (Korean) or to the particle before them (Japanese),
    with a bracket of its own."""
    for cue in vocab.cjk_role_cues:
        at = text.find(cue, 0, MAX_SCAN)
        if at <= 0:
            continue
        before = text[:at].rsplit("\n", 1)[-1].rstrip(" \u3000")
        bracket = ""
        own = re.search(r"[(（][^()（）\n]{1,20}[)）]$", before)
        quoted = re.search(r"[「『]([^「」『』\n]{2,40})[」』]$", before)
        if quoted:
            return quoted.group(1).strip()
        if own:
            bracket, before = own.group(0), before[: own.start()].rstrip(" \u3000")
        if _HANGUL.search(before):
            role = re.split(r"[.!?,]\s+|니다\.?\s*", before)[-1].strip()
            words = role.split()
            while words and words[0].endswith(("신", "는", "한", "은")):  # "지원해 주신 …"
                words.pop(0)
            role = " ".join(words)
            if not 1 <= len(words) <= 6:
                continue
        else:
            role = re.split(r"[\s\u3000、。,はをのが「」]", before)[-1]
        role = role.strip(_CJK_EDGES)
        for word in vocab.cjk_post_words:
            if role.endswith(word) and len(role) - len(word) >= 2:
                role = role[: -len(word)].rstrip()
        if len(role) >= 2 and _CJK_TEXT.search(role) and _cjk_leftover(role, vocab) == role:
            return role + (" " if bracket and " " in role else "") + bracket
    return None


def _cjk_role(subject: str, body: str, vocab: _Vocab) -> str | None:
    """The role of a Japanese, Korean or Chinese invite: the subject's, with the bracket of
    its own words the text adds ("生産技術エンジニア" -> "生産技術エンジニア（中途採用）"), else the
    text's (`_cjk_body_role`); a word for "position" after it left out ("物流企画職")."""
    role = _cjk_subject_role(subject, vocab)
    if role:
        for word in vocab.cjk_post_words:
            if role.endswith(word) and len(role) - len(word) >= 2:
                role = role[: -len(word)].rstrip()
    if role is None:
        return _cjk_body_role(body, vocab) if _CJK_TEXT.search(body[:2000]) else None
    at = body.find(role, 0, MAX_SCAN)
    if at >= 0:
        more = re.match(r"[ \t]?([(（][^()（）\n]{1,20}[)）])", body[at + len(role) :])
        inner = more.group(1)[1:-1].strip() if more else ""
        if more and _cjk_leftover(inner, vocab) == inner:
            return role + more.group(0)
    return role


# The client's name after a recruiter's "our client" (`_Vocab.client_leads`), an article or a
# comma between: capitalised words, joining words inside
_CLIENT_NAME = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:the|die|der|das|la|il|lo|el|le|o|a|de)[ \t]+)?"
    r"(?P<company>[A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+(?:(?:&|and|e|y|und|et|de|del|della|di|du|des|do|da|"
    r"of|the|van|von)[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,5})"
)


def client_company(text: str, vocab: _Vocab) -> str | None:
    """The employer a recruiter writes for: the name after "our client" in any language ("my
    client, Harrowgate Foods Group, would like…", "il nostro cliente Gruppo Ristorazione Borgo
    Antico è…", "unser Kunde, die Isartal Energie Gruppe, …")."""
    for seen, lead in enumerate(vocab.client_leads.finditer(text[:MAX_SCAN])):
        if seen >= 20:
            break
        match = _CLIENT_NAME.match(text, lead.end())
        if match and _is_agency_word(lead):
            return match.group("company").strip(" .,")
    return None


def _is_agency_word(lead: re.Match[str]) -> bool:
    """A recruiter's "client", not a title's capitalised "Client" ("the Client Services
    Manager role"); German writes its "Kunde" capitalised."""
    words = lead.group(0).split()
    return not (words[-1].lower() == "client" and words[-1][:1].isupper())


def for_a_client(text: str, vocab: _Vocab) -> bool:
    """The text is a recruiter's for a client ("the client would love to meet you")."""
    return any(
        _is_agency_word(lead)
        for seen, lead in enumerate(vocab.client_leads.finditer(text[:MAX_SCAN]))
        if seen < 20
    )


def legal_names(texts: Iterable[str]) -> list[str]:
    """Names written with a legal form after them, each on a line or between a line's
    separators of its own ("Rheinauen Kältetechnik GmbH" in a signature, "Mazowieckie Zakłady
    Opakowań S.A.", "Transportadora Serra Verde Ltda."): a company's, as people say it
    (without the form), first seen first."""
    out: list[str] = []
    tried: set[str] = set()
    for text in texts:
        for line in text[:MAX_SCAN].splitlines()[:2000]:
            if len(line) > 200:
                continue
            # "Ort: Nordhafen Logistik Netzwerk e.V., Am Sandtorkai 44": a label's word is not
            # part of the name
            for part in re.split(r"\s*(?:[|·•,;]|:\s|\s[-–—]\s)\s*(?=\S)", line.strip()):
                if part in tried:
                    continue  # a part said again is read once
                tried.add(part)
                part = " ".join(part.split()).strip(" .,:!")
                if not 2 <= len(part) <= MAX_NAME or not re.search(r"[^\W\d_]", part):
                    continue
                if _CJK_TEXT.search(part):
                    continue  # "株式会社カワセミ電工": read by _signature_company
                bare = without_legal_form(part).strip(" ,.")
                if bare and bare != part and bare not in out:
                    out.append(bare)
                if len(out) >= 10:
                    return out
    return out


def venue_names(location: str, text: str) -> list[str]:
    """The place's name said before its address: in the location ("Boulangerie Les Deux
    Moulins, 88 rue Ontario Est, …", "Donauland Getränke, Hafenstraße 22, 4020 Linz"), on a
    text's line above the address's line ("Bistro Le Petit Héron" over "230 rue Principale,
    Sherbrooke QC J1H 1B2") or before the address on a place's line ("Location: Saltmarsh
    Robotics, 12 Harbor Loop Road, …")."""
    from followup.delivery.invites.text import _ADDRESS_RES, _has_address

    out: list[str] = []

    def take(head: str) -> None:
        head = re.sub(r"(?i)^[ \t]*[^\W\d_]{2,12}[ \t]*:[ \t]*", "", head)  # "Location:"
        head = head.split("\n")[-1].strip(" \t,.-–—|")
        if head and len(head) <= MAX_NAME and not re.search(r"\d", head) and head not in out:
            out.append(head)

    def before_address(line: str) -> str | None:
        starts = [m.start() for p in _ADDRESS_RES if (m := p.search(line[:1000])) is not None]
        at = min(starts, default=-1)  # where the first of its address's parts starts
        return line[:at] if at > 0 else None

    head = before_address(location or "")
    if head is not None:
        take(head.split(",")[0])
    lines = text[:MAX_SCAN].splitlines()[:2000]
    for index, line in enumerate(lines):
        if len(out) >= 6:
            break
        line = line.strip()
        if not line or len(line) > 200:
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if len(line) <= MAX_NAME and re.match(r"\d", following) and _has_address(following):
            take(line)  # a name's line, the address's line under it
        elif re.match(r"(?i)^[^\W\d_]{2,12}[ \t]*:", line):  # "Location: Acme, 12 Main St"
            head = before_address(line)
            if head is not None and "," in head:
                take(head.split(",")[0])
    return out


_WEIGHTS = {
    "client": 150,  # a recruiter's "our client, Harrowgate Foods Group": the employer
    "field": 100,  # "Company: Pinewood Studios"
    "legal form": 75,  # "Rheinauen Kältetechnik GmbH": a name said with its legal form
    "venue": 50,  # the place's name before its address ("Bistro Le Petit Héron, 230 rue …")
    "on behalf": 95,  # "sent on behalf of Acme" in a tracking system's footer
    "subject tag": 85,  # "【みなと精機】…", "[누리물류] …"
    "sender": 90,  # the name an applicant-tracking system or a department sends under
    "title": 80,  # the subject's or the event's "… at Acme", "… with Acme"
    "body role": 70,  # "for the Designer position at Acme"
    "body": 65,  # "Welcome to Acme", "interest in Acme", "Design Lead at Acme,"
    "body team": 60,  # "the team at Acme"
    "signature": 55,  # "Recruiter | Acme Corp" at the end of the mail
    "subject word": 40,  # a bare word of the subject
    "domain text": 35,  # the text's spelling of the mail domain ("Hudson Bend Living")
    "tenant": 30,  # a tracking system's link ("acme.wd5.myworkdayjobs.com")
    "domain": 10,  # the mail domain itself ("Acme" for acme.com)
    "bracket": 5,  # a role's brackets ("Staff Engineer (Linear)"), unless other clues agree
}
_DOMAIN_BONUS = 40  # the clue spells the mail domain ("Bodegas Valdemoro", bodegasvaldemoro.es)
_AGREE_BONUS = 15  # for each other kind of clue that gives the name, or a part of it


def _choose_company(
    offers: list[tuple[str, str]], domain_label: str | None, domain_words: Iterable[str] = ()
) -> tuple[str, str] | None:
    """The best (name, source) of the names the clues offer: the source's weight, more when
    the name spells the mail domain's label (or has all its words, `domain_words`: "Grupo
    Industrial Tláloc" for tlalocindustrial.mx), more for each other source that gives the
    same name or a part of it ("Serra Azul" inside "Transportes Serra Azul"); the first
    offered wins a tie."""
    label = re.sub(r"[^a-z0-9]", "", (domain_label or "").lower())
    in_label = {"".join(fold_words(w)) for w in domain_words}
    best: tuple[int, int, str, str] | None = None
    folded = [(" ".join(fold_words(name)), source) for name, source in offers]
    for index, (name, source) in enumerate(offers):
        score = _WEIGHTS[source]
        for squeezed in {folded[index][0].replace(" ", ""), letters(name.replace("&", "and"))}:
            if source == "domain" or not label or len(squeezed) < 3:
                break
            if _spells_label(name, label):
                score += _DOMAIN_BONUS
                break
            if len(in_label) >= 2 and in_label <= set(fold_words(name)):
                score += _DOMAIN_BONUS
                break
            if len(squeezed) >= 4 and label.startswith(squeezed):
                score += 10
                break
        words = f" {folded[index][0]} "
        agreeing = {s for (other, s) in folded if s != source and other and f" {other} " in words}
        score += _AGREE_BONUS * len(agreeing)
        if source == "venue" and any(
            other and other != folded[index][0] and words.startswith(f" {other} ")
            for other, _ in folded
        ):
            score = 0  # "Tallow Freight DC" where another clue says "Tallow Freight": a site
        if best is None or (score, -index) > (best[0], best[1]):
            best = (score, -index, name, source)
    return (best[2], best[3]) if best else None


def _with_business_noun(
    chosen: tuple[str, str] | None, offers: list[tuple[str, str]], vocab: _Vocab
) -> tuple[str, str] | None:
    """The chosen name, or another clue's that is the same name and a common noun of a
    company's name after it ("Fjällbrink" spelled from fjallbrink.se, "Fjällbrink Logistik"
    in the subject; "Nordvik", "Nordvik Bygg")."""
    short = fold_words(chosen[0]) if chosen else []
    if chosen is None or not short or len(short) != len(chosen[0].split()):
        return chosen
    for name, source in offers:
        words = fold_words(name)
        extra = name.split()[len(chosen[0].split()) :]
        if (
            len(words) > len(short)
            and words[: len(short)] == short
            and extra
            and all(w.lower() in vocab.business_nouns for w in extra)
            and all(w[:1].isupper() for w in extra)
        ):
            return name, source
    return chosen


MAX_WIDER_WORDS = 3  # words a name's full form may say more than its short one


def _full_name(name: str, texts: Iterable[str], ctx: _Ctx) -> str:
    """The company's name as it is written in full on a line, or between a line's separators,
    of its own, when the clue gave a short form inside it: "Tidewater Literacy" -> "Tidewater
    Literacy Network" (a signature's "Operations & HR Lead, Tidewater Literacy Network"),
    "Viñas del Cierzo" -> "Bodega Viñas del Cierzo", "Estúdio Maré" -> "Estúdio Maré Design"
    ("Estúdio Maré Design, Lda."). The words it adds are a name's: capitalised or joining
    words, no team's ("Talent Team"), no job's, no site's letters ("DC")."""
    vocab = ctx.vocab
    short = fold_words(name)
    if not short:
        return name
    best = name
    tried: set[str] = set()  # a part said again is read once
    for text in texts:
        for line in text[:MAX_SCAN].splitlines()[:2000]:
            if len(line) > 200 or name.split()[0].lower() not in line.lower():
                continue
            for part in re.split(r"[ \t]*(?:[|·•,;:()\t]|\s[-–—/]\s|[ ]{2,})[ \t]*", line.strip()):
                if part in tried:
                    continue
                tried.add(part)
                part = without_legal_form(" ".join(part.split()).strip(" .,:!")).strip(" .,")
                if re.search(r"\d", part):
                    continue  # an address's words ("Unit 4", "212 Cuba Street")
                words = part.split()
                folded = fold_words(part)
                if (
                    len(folded) <= len(short)
                    or len(folded) > len(short) + MAX_WIDER_WORDS
                    or len(part) > MAX_NAME
                    or len(part) <= len(best)
                ):
                    continue
                at = next(
                    (i for i in range(len(folded)) if folded[i : i + len(short)] == short), None
                )
                if at is None:
                    continue
                extra = [w for w in words if fold_words(w) and fold_words(w)[0] not in short]
                if not all(
                    w.lower() in vocab.name_connectors
                    or (w[:1].isupper() and not (w.isupper() and len(w) <= 3))
                    for w in extra
                ):
                    continue
                joined = " ".join(extra)
                if (
                    vocab.sender_noise.search(joined)
                    or vocab.departments.search(joined)
                    or vocab.role_words.search(joined)
                    or names_a_place(joined)
                    or not name_shaped(part, vocab)
                ):
                    continue
                best = part
    return best


def _read_company_role(found: _Found, body: str, ctx: _Ctx, subject: str = "") -> None:
    """The company and the role: every clue's name, as people write it (legal forms left out,
    only names shaped like one), then the best of them by `_choose_company`."""
    vocab = ctx.vocab
    people = known_people(found, ctx)
    domain_company = _company_from_domain(found.domain_hint, vocab) if found.domain_hint else None
    offers: list[tuple[str, str]] = []
    reasons = {
        "sender": "the name the email was sent under",
        "signature": "the signature of the email",
        "domain text": "the text spells the mail domain",
        "tenant": "the applicant-tracking system's link names it",
    }

    def offer(value: str | None, source: str) -> None:
        if not value or len(offers) >= 40:
            return
        value = _SENTENCE_END.split(value, maxsplit=1)[0]  # "Harbor Lane Foundry. We would"
        value = without_legal_form(value.strip(" .,;:!")).strip(" .,;:!")
        if (
            _plausible_company(value)
            and name_shaped(value, vocab)
            and acceptable(value, people, ctx)
        ):
            offers.append((_clip(value, MAX_NAME), source))

    for label in _FIELD.finditer(body[:MAX_SCAN]):  # "Company: Pinewood Studios", "Position: …"
        value = _clip(label.group("value").strip(" .,;"), MAX_NAME)
        if label.group("key").lower() in _COMPANY_KEYS:
            offer(value, "field")
        elif value and not found.role and len(value.split()) <= 8:
            # "Bauleiter (m/w/d)", "Signal Technician II (Job #2027-0148)"
            found.role = _REQUISITION.sub("", vocab.gender_tag.sub("", value)).strip() or None
    offer(found.sender_company, "sender")
    tag = _SUBJECT_TAG.match(subject or found.title or "")
    tagged = (tag.group("tag") or tag.group("bracket") or "") if tag else ""
    if _CJK_TEXT.search(tagged):  # "【みなと精機】二次面接のご案内"
        offer(tagged, "subject tag")
    fielded = found.role is not None  # a "Position:" line says it best
    cjk = None if fielded else _cjk_role(subject or found.title or "", body, vocab)
    found.role = found.role or cjk or _event_name_role(body, people, vocab)
    others: list[str] = []
    brackets: list[str] = []  # "(Streaming)" after a role: its qualifier, or the company
    for title in (found.title or "", subject):
        if title:
            company, role, more, inside = _title_company_role(title, people, domain_company, vocab)
            offer(company, "title")
            found.role = found.role or role
            others += more
            if inside and inside not in brackets:
                brackets.append(inside)
    text = body[:MAX_SCAN]
    said: str | None = None
    if text:
        match = _BODY_ROLE.search(text)
        if match:
            offer(_sentence_head(match.group("company") or ""), "body role")
        # "for the Registered Physiotherapist (Locum) position", "na stanowisko …": the role,
        # whatever its words, and no company when the subject says it too
        said = _body_role(text, vocab, found.role)
        if said:  # without a requisition's number ("Store Manager (Req #4471)")
            said = _clip(_REQUISITION.sub("", said).strip(), MAX_NAME) or None
        if said and (not found.role or extends(said, found.role)):
            # "Kierownik zmiany (magazyn wysokiego składowania)": the text says more
            found.role = said
        offer(body_company(text, people, ctx), "body")
        match = _BODY_COMPANY.search(text)
        offer(_sentence_head(match.group("company")) if match else None, "body team")
    offer(client_company(text, vocab), "client")
    behalf = _ON_BEHALF.search(text)  # a tracking system's footer: "sent on behalf of Acme"
    offer(_sentence_head(behalf.group("company")) if behalf else None, "on behalf")
    if body:  # a signature's "Recruiter, Acme Corp" says more than a subject's bare words
        offer(_signature_company(body, found, vocab), "signature")
    for name in legal_names([found.location or "", body]):
        offer(name, "legal form")
    for name in venue_names(found.location or "", body):
        offer(name, "venue")
    if not found.role:  # a subject's words the text names after a role's lead ("au poste
        # d'ébéniste-finisseur(e)", "na stanowisko magazyniera") are the role, in any case
        found.role = next((o for o in others if _led_in(o, text, vocab)), None)
    if found.role:  # the role's words are no company ("Cellar Hand (Harvest 2027)")
        plain = fold_words(re.sub(r"\([^()]*\)", " ", found.role))
        others = [o for o in others if fold_words(re.sub(r"\([^()]*\)", " ", o)) != plain]
    for other in others:
        offer(other, "subject word")
    for inside in brackets:
        offer(inside, "bracket")
    texts = [found.location or "", found.title or "", subject, body]
    offer(_domain_spelled(found, texts), "domain text")
    offer(tenant_company([body, subject, " ".join(found.emails)], ctx), "tenant")
    offer(domain_company, "domain")
    if for_a_client(text, vocab):
        # a recruiter's mail: the names that spell its own domain are the agency's, and the
        # subject's other name ("your interview with Ilanga Coast Hospitality Group") the client's
        own = letters(domain_company or "")
        offers = [
            (name, source)
            for name, source in offers
            if source == "client" or not own or not _spells_label(name, own)
        ]
        if all(source != "client" for _, source in offers):
            offers = [(n, "client" if s == "subject word" else s) for n, s in offers]
    found.role = _without_lead(found.role, vocab)
    domain_label = domain_company.replace(" ", "") if domain_company else None
    chosen = None
    if not found.company:
        chosen = _choose_company(offers, domain_label, label_words(domain_label or "", texts))
        chosen = _with_business_noun(chosen, offers, vocab)
        found.company = chosen[0] if chosen else None
        if chosen and chosen[1] not in ("field", "legal form"):
            found.company = _full_name(chosen[0], [body, found.location or ""], ctx)
    # "Staff Engineer (Linear)" at Linear: the role is "Staff Engineer", whichever clue gave it
    tail = _PAREN_TAIL.match(found.role or "")
    # — and "Boulangerie Saint-Éloi (Operations Manager)" is the role in brackets
    folded = fold_words(found.company or "")
    if tail and folded and fold_words(tail.group("paren")) == folded:
        found.role = tail.group("main").strip() or found.role
    elif tail and folded and fold_words(tail.group("main")) == folded:
        found.role = tail.group("paren").strip() or found.role
    if not found.role and found.company:
        found.role = _role_left(others, found.company, people, vocab)
    if found.role:
        found.role = _without_company(vocab.gender_tag.sub("", found.role), found.company)
    if found.role and found.company and _same_name(found.role, found.company):
        found.role = said  # the subject's "Interview – LAME (B1) – Kurrajong Aero Engineering"
    elif said and extends(said, found.role):  # "… (Tidewater Literacy Network)" left out
        found.role = said
    if found.role:  # whichever clue gave it: "for the QA Manager (m/v/x) position"
        found.role = vocab.gender_tag.sub("", found.role).strip() or found.role
        titles = [found.title or "", subject]
        dashed = _dashed_role(found.role, titles, text)
        if dashed and _role_words_only(dashed, found, people, vocab):
            found.role = dashed
    if found.role and found.company and _CJK_TEXT.search(found.role):
        found.role = without_company_first(found.role, found.company)
    if chosen is None:
        return
    source = chosen[1]
    if source == "domain":
        found.notes.append(
            f"company guessed from the mail domain {found.domain_hint}: {found.company}"
        )
    elif source in reasons:
        found.notes.append(f"company {found.company}: {reasons[source]}")

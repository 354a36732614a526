"""Clues in free text (a subject, a title, a description, a mail body): the format (links,
addresses, phone numbers, words), coordinator and interviewers named in the text, the date
and time of a plain invitation, and the zone and country clues. The company and the role
are read in `company`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time
from functools import lru_cache

from followup.core.errors import InvalidInput
from followup.core.models import Format, Person, PersonRole
from followup.core.textdates import DATE_RES, date_of
from followup.delivery.invites.common import (
    LOWER,
    MAX_DATE_SCAN,
    MAX_NAME,
    MAX_PEOPLE,
    MAX_SCAN,
    UPPER,
    _check_year,
    _clip,
    _Ctx,
    _Found,
    _Vocab,
)
from followup.delivery.invites.common import (
    STREET_WORDS as _STREET_WORDS,
)
from followup.delivery.invites.company import _COMPANY_SUFFIX, fold_words, squeezes
from followup.delivery.invites.people import (
    _address,
    _domain,
    _domain_hint,
    _in_domains,
    _is_machine,
    _is_user,
    _team_box,
)
from followup.delivery.invites.titles import (
    assign_titles,
    cjk_titled,
    continues,
    honorifics_pattern,
    is_title,
    lexicon,
    title_before,
    title_under,
)
from followup.delivery.invites.titles import everyday_words as _common_words
from followup.delivery.invites.zones import (
    Clue,
    _in_zone,
    _zone_countries,
    _zone_in_text,
    city_countries,
    city_zone,
    country_names,
    main_zone,
    region_names,
    zone_choices_in_text,
)


def _tel(value: str) -> bool:
    return value.strip().lower().startswith("tel:")


# an address in the text, from where a word starts (a long run of letters without "@" is
# passed in linear time)
_EMAIL_IN_TEXT = re.compile(r"(?<![\w.+'-])[\w.+'-]{1,200}@[\w-]{1,200}(?:\.[\w-]{1,200}){1,10}")


def _email_of(name: str, text: str, ctx: _Ctx) -> str | None:
    """An address in the text made of the person's name ("tasha.green@…", "tgreen@…" for
    Tasha Green), not the user's and not a machine's."""
    words = [w for w in re.findall(r"[^\W\d_]+", name.lower()) if len(w) > 1]
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    for match in _EMAIL_IN_TEXT.finditer(text[:MAX_SCAN]):
        email = _address(match.group(0).rstrip("."))
        if email is None or _is_user(email, name, ctx) or _is_machine(email, ctx.vocab):
            continue
        local = re.sub(r"[^a-z]", "", email.split("@")[0].lower())
        if local in (first + last, first[0] + last, first + last[0], last + first, first):
            return email
    return None


def _coordinator_in_text(found: _Found, text: str, ctx: _Ctx) -> None:
    """When no real organizer is the coordinator: a recruiter or coordinator the invite's text
    names with their title ("Recruiter: Amy Santiago (amy@acme.com)", a signature)."""
    vocab = ctx.vocab
    known = found.coordinator
    if known is not None and known.email is None and text:
        # named before without an address (one calendar of a mail's several): this text's
        # address of theirs ("Coordinator: Chloe Ashdown (chloe.ashdown@…)")
        known.email = _email_of(known.name, text, ctx)
        if known.email:
            found.notes.append(f"coordinator's address {known.email}: the invite's text")
            _domain_hint(found, known.email, ctx)
    team = found.coordinator is not None and is_team(found.coordinator, vocab)
    if (found.coordinator is not None and not team) or not text:
        return  # a person organized it; a team's mailbox gives way to a person the text names
    text = text[:MAX_SCAN].replace("\r\n", "\n")
    # the people of a labelled list of interviewers ("Pewawancara: A (Manajer), B (HR Business
    # Partner)") interview, whatever their titles
    listed = [m.span("list") for m in _labelled(vocab.interviewer_labels).finditer(text)]
    # "Chargée de recrutement – Maison Vellard" signed from …@maisonvellard.fr: the company
    people = [found.coordinator, *found.interviewers]
    boxes = found.emails + [p.email for p in people if p is not None and p.email]
    labels = {e.rsplit("@", 1)[-1].split(".")[0].lower() for e in boxes if "@" in e}
    for pattern in vocab.titled_people:
        for match in pattern.finditer(text):
            if any(start <= match.start("name") < end for start, end in listed):
                continue
            name = _ASKED.sub("", " ".join(match.group("name").split()))
            if (
                vocab.coordinator_titles.search(name)
                or vocab.role_words.search(name)
                or vocab.video_words.search(name)
                or _COMPANY_SUFFIX.search(name)
                or _is_user(None, name, ctx)
                or squeezes(name) & labels
            ):
                continue
            found_email = _EMAIL_IN_TEXT.search(match.group("tail"))
            email = _address(found_email.group(0).rstrip(".")) if found_email else None
            if email and (_is_user(email, name, ctx) or _is_machine(email, vocab)):
                continue
            same = [
                p
                for p in found.interviewers
                if p.name.lower() == name.lower() or (email is not None and p.email == email)
            ]
            if same:
                email = email or same[0].email
                found.interviewers = [p for p in found.interviewers if p not in same]
            email = email or _email_of(name, text, ctx)
            if team and email is None:
                continue  # a team's box stays, unless the text gives the person's address
            found.coordinator = Person(
                name=_clip(name, MAX_NAME), email=email, role=PersonRole.COORDINATOR
            )
            found.notes.append(f"coordinator {name} named with their title in the invite's text")
            if email:
                _domain_hint(found, email, ctx)
            return


# a verb before a name that says whom to write to ("Contact Kristin Halvorsen (Talent
# Acquisition)"): no part of the name
_ASKED = re.compile(
    r"(?i)^(?:contact|reach|e-?mail|call|ask[ \t]+for|write[ \t]+to|speak[ \t]+to|contactez|"
    r"contacte|contacta|contatta|kontakt|kontakta)[ \t]+(?=\S+[ \t]+\S)"
)


def is_team(person: Person, vocab: _Vocab) -> bool:
    """A coordinator that is a team, nobody's own: a team's mailbox, or a team's or a
    department's name ("Graduate Recruitment <graduates@…>", "Recursos Humanos <rh@…>",
    "Tramuntana Recruiting")."""
    return _team_box(person.email, vocab) or bool(
        vocab.sender_noise.search(person.name) or vocab.departments.search(person.name)
    )


_PARTICLE = r"(?:van|von|de|der|den|del|della|da|di|du|dos|das|le|la|bin|ibn|al|el|ter|ten)"
# a name's word: "Walsh", "Durand-Okafor", "O'Neil", and a capital inside one ("MacRae",
# "McAllister", "DeShawn")
_WORD = (
    rf"[{UPPER}][{LOWER}ß'’]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}{LOWER}][{LOWER}ß'’]+)?"
    rf"|[{UPPER}]'[{UPPER}][{LOWER}]+"
)
# Honorifics before a name ("Dr.", "Mag.", "Mme", "M.", "Herr"): the one list, titles.HONORIFICS
_HONORIFICS = honorifics_pattern()
# … and a second surname joined by "i", "y" or "e" at its end ("Pau Ferrer i Soler", "José
# Ortega y Gasset"), not the next person's first name ("Anna Nowak i Jan Kowalski")
_BARE_NAME = (
    rf"(?:{_WORD})(?:\s+(?:{_PARTICLE}\s+)*(?:{_WORD})){{1,3}}"
    rf"(?:[ \t]+[iye][ \t]+(?:{_WORD})(?![ \t]+[{UPPER}]))?"
)
# A person's name: two to four capitalised words (particles between them), honorifics before
_NAME = rf"(?:{_HONORIFICS}\s+){{0,2}}{_BARE_NAME}"
_HONORIFIC = re.compile(rf"^(?:{_HONORIFICS}\s+)+")
_PERSON = re.compile(rf"(?P<name>{_NAME})(?:\s*\((?P<title>[^()\n]{{2,80}})\))?")
# "Senior Accountant Tomas Ibarra", "Director of Nursing Olivia Grant (RN)": a title first
_TITLED = re.compile(
    rf"^(?P<title>.+?)\s+(?:{_HONORIFICS}\s+)?(?P<name>{_BARE_NAME})"
    r"(?:\s*\((?P<paren>[^()\n]{2,80})\))?$"
)
# "10:00", "9:30 AM", "09h30", "13 h 30" (French, Quebec)
_TIME = r"\d{1,2}(?::\d{2}|[ \t]?h[ \t]?\d{2}|[ \t]?h\b)?\s*(?:[ap]\.?\s?m\.?)?"
# "Interviewers: A, B", "Interviewer: Omar Reyes, Regional Director", "Panel - …"; the labels
# of other languages are data ([introductions] labels: "Rozmowę poprowadzą:", "면접관:",
# "Haastattelijat:", "Pewawancara:")
_LABELLED_TEXT = (
    r"(?im)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:[-–•·■□●◆▶*][ \t]*)?(?:your[ \t]+|ihre[ \t]+|vos[ \t]+)?"
    r"(?:interviewers?|interview[ \t]+panel|"
    r"panel(?:ists)?|gesprächspartner(?:in|innen)?|interviewpartner(?:in|innen)?|"
    r"(?:te|le|les)[ \t]+entrevistar(?:á|án)|entrevistador(?:a|es|as)?|gesprekspartners?|"
    r"panel[ \t]+members|interview[ \t]+(?:team|panel[ \t]+will[ \t]+be)|meeting[ \t]+with|"
    r"interviewing[ \t]+with|interlocuteurs?|{more}"
    r"you(?:'ll|[ \t]+will)[ \t]+(?:be[ \t]+)?(?:meet(?:ing)?|speak(?:ing)?)"
    r"(?:[ \t]+with)?)[ \t]*{ending}[ \t]*[:：–—-][ \t]*(?P<list>[^\n]+)$"
)


# a label's plural or other gender written after it ("Interviewer(s)", "Entrevistador(a)",
# "Entrevistador/a", "Gesprächspartner*innen", "Interviewer:innen")
_LABEL_ENDING = (
    r"(?:\((?:s|a|as|es|os|e|in|innen|r|n|ne|ka|ki|ová|é)\)|/(?:a|as|es|in|innen|e|r|ka)"
    r"|\*(?:in|innen)|_(?:in|innen))?"
)


@lru_cache(maxsize=4)
def _labelled(labels: tuple[str, ...]) -> re.Pattern[str]:
    more = "".join(re.escape(w).replace(r"\ ", r"[ \t]+") + "|" for w in labels)
    return re.compile(_LABELLED_TEXT.replace("{more}", more).replace("{ending}", _LABEL_ENDING))


# A full stop that does not end a sentence: an honorific's ("Dr. Ines Lechner")
_LIST_TEXT = rf"(?:{_HONORIFICS}\s|[^\n.]|\.(?=\S))*"
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
# before a person in a list: "con il Sig. Davide Greco", "com Patrícia Lins"
_LEAD = re.compile(
    rf"^(?:(?:con|com|avec|mit|met|with|da|dal|dalla|dallo|par|por|by)[ \t]+|dall['’][ \t]*)?"
    rf"(?:(?:il|la|lo|el|o|a|der|die|den|dem)[ \t]+|l['’][ \t]*)?(?=(?:{_HONORIFICS})\s|[{UPPER}])"
)
# "… and me", "… & me" after the names: the writer interviews too
_AND_ME = re.compile(r"(?i)\s*(?:,\s*)?\b(?:and|&)\s+(?:with\s+)?me\b.*$")
# a schedule line or table row: "11:15–12:00  Irene Walsh, Principal Engineer"
_SCHEDULE = re.compile(
    rf"(?im)^[ \t]*{_TIME}(?:[ \t]*(?:[-–—]|to)[ \t]*{_TIME})?(?:[ \t]*(?-i:[A-Z]{{2,5}})\b)?"
    r"[ \t]*[|:\t–—-]*[ \t]*(?P<list>[^\n]+)$"
)
# A label alone on its line, the people on the lines below it ("Panel:", "You'll be meeting
# with:", "Schedule", "Ihre Gesprächspartner:") up to a blank line
_BLOCK_TEXT = (
    r"(?im)^[ \t]*(?:here(?:'s|’s|[ \t]+is|[ \t]+are)[ \t]+|meet[ \t]+)?"
    r"(?:your[ \t]+|ihre[ \t]+|vos[ \t]+|the[ \t]+)?(?:interviewers?|interview[ \t]+"
    r"(?:panel|schedule)|panel(?:ists)?|schedule|agenda|itinerary|gesprächspartner(?:in|innen)?|"
    r"interviewpartner(?:in|innen)?|interlocuteurs?|who[ \t]+you(?:'ll|’ll|[ \t]+will)[ \t]+"
    r"(?:meet|speak[ \t]+with|be[ \t]+meeting)|"
    r"(?:te|le|les)[ \t]+entrevistar(?:á|án)|entrevistador(?:a|es|as)?|gesprekspartners?|"
    r"intervistatori|vous[ \t]+rencontrerez|je[ \t]+spreekt[ \t]+met|panel[ \t]+members|"
    r"(?:je|u)[ \t]+wordt[ \t]+gebeld[ \t]+door|gesprächsteilnehmer(?:in|innen)?|"
    r"gesprächsteilnehmende|teilnehmende|entrevistadores|面接官|attendees|participants|"
    r"deelnemers|teilnehmer(?:innen)?|participantes|partecipanti|deltagere|"
    r"interview[ \t]+(?:team|panel[ \t]+will[ \t]+be)|meeting[ \t]+with|interviewing[ \t]+with|"
    r"{more}|you(?:'ll|[ \t]+will)[ \t]+(?:be[ \t]+)?(?:meet(?:ing)?|speak(?:ing)?)(?:[ \t]+with)?)"
    r"[ \t]*{ending}(?:[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,4}|[ \t]*:?\t)"
    r"(?P<lines>(?:[ \t]*\S[^\n]*(?:\n[ \t]*){0,4}(?:\n|$)){1,20})"
)


@lru_cache(maxsize=4)
def _block(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label alone on its line (or before a tab), the people on the lines under it."""
    more = "".join(re.escape(w).replace(r"\ ", r"[ \t]+") + "|" for w in labels)
    return re.compile(_BLOCK_TEXT.replace("{more}|", more).replace("{ending}", _LABEL_ENDING))


_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])[ \t]+")
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
    r"(?P<who>you|me|us|interview|conversation|call|session|meeting|discussion)\b"
    r"(?P<with_me>\s+(?:with|and)\s+me\b)?"
)
_AFTER_NAMES = re.compile(
    r"\s+(?:on|at|in|from|for|who|to|this|next|tomorrow|today|via|over|about|during|between|"
    r"by|when|where|while|later|soon|first|then|as|so|if|will|would|is|are|à|le|am|um|aus|teil|"
    r"på|hos|bij|presso|chez|dans|durante|während)\b"
)
_OWNER = re.compile(
    r"(?i)^(?:our|the|their|my|your|notre|unsere[nr]?|nuestr[oa]|noss[oa]|nostr[oa]|"
    r"el|la|il|lo|le|o|a|der|die|het|de)\s+"
)


@lru_cache(maxsize=4)
def _list_sep(and_words: str) -> re.Pattern[str]:
    """Between the people of a list: a semicolon, a comma, "and" in any language ([introductions]
    and_words), a tab, a bar, a dash or a bullet between spaces, a wide gap."""
    return re.compile(
        rf"(\s*(?:;|,|{and_words}|\t|\s\|\s|\s[-–—·•]\s|[ ]{{3,}})\s*)"
    )  # in lower case only: "I", "E", "Y" may be a name's initial


@lru_cache(maxsize=4)
def _and_alone(and_words: str) -> re.Pattern[str]:
    """ "And" alone between two halves of one title ("enólogo y director de producción")."""
    return re.compile(rf"^[ \t]*(?:{and_words})[ \t]*$")


@lru_cache(maxsize=4)
def _and_before(and_words: str) -> re.Pattern[str]:
    """ "And" or a comma ending a text ("… Serena Lodi e"): a list's next person follows."""
    return re.compile(rf"(?:{and_words}|,)[ \t]*$", re.IGNORECASE)


# "Interviewer: Maria Lopez" then "Title: Chief Medical Officer" on the next line
_TITLE_LINE = re.compile(
    r"(?i)[ \t]*(?:title|job[ \t]+title|titel|poste)[ \t]*:[ \t]*(?P<title>[^\n]{2,80})"
)


def _looks_like_title(text: str, vocab: _Vocab) -> bool:
    """`text` reads as a job title: the one test (`titles.is_title`), with the invite
    vocabulary's role words and coordinators' titles as job words too."""
    return is_title(text, also=vocab.job_words)


def _continues_title(part: str, vocab: _Vocab) -> bool:
    """A title's second half after a comma ("VP, Store Operations", "Senior Manager, Revenue
    Operations"): `titles.continues`, the one test."""
    return continues(part, people=(), also=vocab.job_words)


def _masked(text: str) -> str:
    """`text` with the separators inside brackets hidden, so "(Associate Director, Protein
    Sciences)" stays one part of a list."""

    def hide(match: re.Match[str]) -> str:
        inner = match.group(0)
        for sep, mark in _MASKS:
            inner = inner.replace(sep, mark)
        return inner

    return re.sub(r"\([^()\n]*\)", hide, text)


def _unmasked(text: str) -> str:
    for sep, mark in _MASKS:
        text = text.replace(mark, sep)
    return text


# the separators of a list hidden inside brackets, each by a control character
_MASKS = (
    (",", "\x1f"),
    (";", "\x1e"),
    ("&", "\x1d"),
    (" and ", "\x1c"),
    (" y ", "\x1b"),
    (" e ", "\x1a"),
    (" et ", "\x19"),
    (" und ", "\x18"),
    (" en ", "\x17"),
    (" – ", "\x16"),  # "(Workshop Manager – Dry Dock)"
    (" - ", "\x15"),
    (" — ", "\x14"),
)


# Pronouns after a name ("Aisha Bello (she/her)"): no title
_PRONOUNS = re.compile(
    r"(?i)\s*\((?:she|he|they|ze|xe|sie|elle|il)\s*/\s*(?:her|hers|him|his|them|theirs|zir|xem|"
    r"ihr|elle|lui|they|she|he)(?:\s*/\s*\w+)?\)"
)


_TITLE_SEPS = (",", "-", "–", "—", "·", "•")  # between a name and its title


# "and" between two surnames of one name (Catalan "i", Spanish "y", Portuguese "e"): a list's
# part of one capitalised word after it is no person of its own
_SURNAME_JOINS = frozenset({"i", "y", "e"})
_ONE_NAME = re.compile(rf"[{UPPER}][{LOWER}'’-]+(?:[ \t]*\([^()\n]{{2,80}}\))?")


def _list_parts(text: str, vocab: _Vocab) -> list[tuple[str, str, bool, str]]:
    """The parts of a list, each with the comma or dash ("Name – Title") that alone comes
    before it ("" when none does), whether a comma alone comes after it ("our Clinical
    Lead, Ben …"), and the separators before it as written (" y ", ", and ")."""
    between = _list_sep(vocab.and_words)
    pieces = between.split(_masked(_PRONOUNS.sub("", text).strip().rstrip(".")))
    parts: list[tuple[str, str]] = []  # (part, separators before it)
    gap = ""
    for index, piece in enumerate(pieces):
        if index % 2:
            gap += piece
            continue
        part = _unmasked(piece).strip(" .:")
        if part and parts and gap.strip() in _SURNAME_JOINS and _ONE_NAME.fullmatch(part):
            # "Pau Ferrer i Soler", "José Ortega y Gasset": one person's two surnames
            parts[-1] = (f"{parts[-1][0]}{gap}{part}", parts[-1][1])
            gap = ""
        elif part:
            parts.append((part, gap))
            gap = ""
    out = []
    for index, (part, before) in enumerate(parts):
        after = parts[index + 1][1] if index + 1 < len(parts) else ""
        sep = before.strip()
        out.append((part, sep if sep in _TITLE_SEPS else "", after.strip() == ",", before))
    return out


def _person_of(part: str, vocab: _Vocab, loose: bool) -> Person | None:
    """The person a list's part names: "Helen Moss", "Dr. Helen Moss (Head of Research)",
    "Senior Accountant Tomas Ibarra"; with `loose`, never words that are all English words
    ("Product Sense", a session's name)."""
    match = _PERSON.fullmatch(part)
    if match is not None and not vocab.role_words.search(match.group("name")):
        name = _HONORIFIC.sub("", " ".join(match.group("name").split()))
        if loose and _common_words(name):
            return None
        title = match.group("title")
        return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120) if title else None)
    titled = _TITLED.fullmatch(part)
    if titled is None:
        return None
    words = titled.group("name").split()
    lead = [w for w in titled.group("title").split()]
    if len(words) > 2 and (vocab.role_words.search(words[0]) or _common_words(words[0])):
        lead, words = lead + words[:-2], words[-2:]  # "Head of Finance Priya Raman"
    title = _OWNER.sub("", " ".join(lead))
    if not _looks_like_title(title, vocab):  # "da conversa a diretora de pessoas Luana Reis"
        title = title_before(" ".join(lead) + " ") or title
    name = " ".join(words)
    if (
        not _looks_like_title(title, vocab)
        # "Director of | Clinical Informatics"; a title in lower case is said whole
        or not (title.split()[-1][:1].isupper() or title.islower())
        or vocab.role_words.search(name)
        or _common_words(name)
    ):
        return None
    paren = titled.group("paren")
    if paren and not _looks_like_title(title, vocab):
        title = paren
    return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120))


# a credential and the title in brackets after it: "Renata Kowalczyk, DDS (Owner & Lead Dentist)"
_CREDENTIAL_BRACKET = re.compile(r"(?P<credential>[^()]{2,12}?)[ \t]*\((?P<title>[^()]{2,80})\)")


def _persons_in_list(
    text: str, vocab: _Vocab, first_only: bool = False, loose: bool = False
) -> list[Person]:
    """The people a list names, with their titles: "A, Title; B (Title) and C", "Title A",
    "our Title, A", "A - Title, Department"; a credential ("RN", "PhD") is left out. With
    `first_only` the one person of a schedule line, past a session's name before it."""
    out: list[Person] = []
    pending: str | None = None  # a title said before its person ("our Clinical Lead, Ben …")
    said_before: str | None = None  # the last person's title, when it was said before them
    last = ""  # what the part before was: "person", "title"
    parts = _list_parts(text, vocab)
    for index, (raw, comma_before, comma_after, gap) in enumerate(parts):
        part = _LEAD.sub("", raw)
        bare = _OWNER.sub("", part)
        if vocab.credentials.fullmatch(bare):
            continue
        degree = _CREDENTIAL_BRACKET.fullmatch(bare)
        if degree and vocab.credentials.fullmatch(degree.group("credential")):
            raw = part = bare = degree.group("title")  # "DDS (Owner & Lead Dentist)"
        if (
            last == "title"
            and out
            and out[-1].title
            and _and_alone(vocab.and_words).match(gap)  # one title's halves
            and bare == raw
            and raw == raw.lower()
            and not comma_after
            and len(raw.split()) <= 5
        ):
            # "Ramiro Castañeda, enólogo y director de producción, y con …": one title, its
            # halves joined by a conjunction, in lower case and with no article of its own
            out[-1].title = _clip(f"{out[-1].title}{gap}{raw}", 120)
            continue
        if last == "title" and comma_before and out and _continues_title(bare, vocab):
            # "Senior Manager – Logistics", "VP, Store Operations": joined as written
            joint = ", " if comma_before == "," else f" {comma_before} "
            out[-1].title = _clip(f"{out[-1].title}{joint}{bare}", 120)
            continue
        if first_only and out and last == "person" and not comma_before:
            # "Grace Okafor <tab> Engineering Manager": a table's next column
            if _looks_like_title(bare, vocab) and out[-1].title is None:
                out[-1].title = _clip(bare, 120)
                last = "title"
                continue
            break
        titled = _looks_like_title(bare, vocab)
        if (
            titled
            and out
            and last == "person"
            and comma_before
            and (out[-1].title is None or out[-1].title == said_before)
        ):
            # "Javier Soto, Responsable de Control de Gestión"; "our hiring manager, Wade
            # Collins, Maintenance Superintendent": the title after the name says more
            out[-1].title = _clip(bare, 120)
            last = "title"
            continue
        person = _person_of(part, vocab, loose or first_only)
        after = parts[index + 1] if index + 1 < len(parts) else None
        if (
            person is None
            and after
            and after[1]
            and _looks_like_title(after[0], vocab)
            and _person_of(after[0], vocab, True) is None  # "Systems Design - Noor Haddad (…)"
        ):
            # "Tom Hale, Operations Lead": words of the language, but a title follows them
            person = _person_of(part, vocab, False)
        if person is None:
            if titled and (comma_after or bare != part):
                pending, last = _clip(bare, 120), "pending"  # "our Clinical Lead, Ben …"
                continue
            last = ""
            if (first_only and not out) or len(part.split()) <= 5:
                continue  # a session's name ("Product Sense | …"), a role ("Senior Engineer")
            break
        if first_only and out:
            break
        said_before = None
        if pending and person.title is None:
            person.title = said_before = pending
        pending = None
        out.append(person)
        last = "person"
    return out[:1] if first_only else out


def _signed_title(name: str, text: str) -> str | None:
    """The title on the line under the person's name in a signature ("Priya Shah" then
    "Credit Risk Manager"): `titles.title_under`, the one reading of it."""
    return title_under(name, text)


def _scheduled_person(text: str, vocab: _Vocab, timed: bool = True) -> list[Person]:
    """The person of a schedule line ("Ravi Menon, Senior SRE"), past the session's name
    when one comes first ("Coding — Ravi Menon, Senior SRE", "Product Sense | Nadia Farouk,
    Director of Product"); every person after a label inside the line ("Interviewers: Ines
    Duarte, Paul Becker", "System Design — Panel: Hana Sato, Oliver Grant")."""
    label = _row_label(vocab.interviewer_labels).match(text)
    if label is not None:
        return _persons_in_list(text[label.end() :], vocab)
    session = _SESSION_WITH.match(text)
    if session is not None:  # "Research deep dive with Tomasz Wójcik (Research Lead)"
        people = _persons_in_list(text[session.end() :], vocab, first_only=True)
        if people:
            return people
    # "Safety and site culture: Tom Achterberg, HSE Manager": the session's name, a colon
    # (not a coordinator's label: "Coordinator: Chloe Ashdown" arranges, never interviews)
    # — on a line with a time only: a block's untimed "Location: …" is no session
    session = _SESSION_COLON.match(text) if timed else None
    if session is not None and not vocab.coordinator_titles.search(text[: session.end()]):
        people = _persons_in_list(text[session.end() :], vocab, first_only=True)
        if people:
            return people
    return _persons_in_list(text, vocab, first_only=True)


@lru_cache(maxsize=4)
def _row_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """An interviewers' label with its colon at a schedule row's start or after the session's
    name and a separator ("Interviewers: …", "Case study — Panel: …", "| Interviewer: …")."""
    more = "".join("|" + re.escape(w).replace(r"\ ", r"[ \t]+") for w in labels)
    return re.compile(
        r"(?i)^(?:[^\n:]{0,80}?[ \t]+[-–—|·•][ \t]+|[|·•][ \t]*)?"
        r"(?:your[ \t]+)?(?:interviewers?|interview[ \t]+panel|panel(?:ists)?|panel[ \t]+members"
        rf"{more})[ \t]*(?:\(s\))?[ \t]*[:：][ \t]*"
    )


_SESSION_COLON = re.compile(rf"^[^\n:]{{2,60}}?:[ \t]+(?=(?:{_HONORIFICS}\s+)?[{UPPER}])")
# A session's name before its interviewer in a schedule row: "Coding with …", "Fallstudie
# mit …", "Étude de cas avec …"
_SESSION_WITH = re.compile(
    r"^[^\n]{0,80}?\b(?:with|w/|mit|avec|con|com|met|med|z|ze|con\s+il|con\s+la)[ \t]+"
    rf"(?=(?:{_HONORIFICS}\s+)?[{UPPER}])"
)


def _block_people(lines: str, vocab: _Vocab) -> list[Person]:
    """The people of the lines under a label ("Your interviewers"): one a line, or a line of
    their title under a name's (an HTML table's cell "<b>Name</b><br>Title"); past a blank
    line only while the next paragraph starts with a person."""
    out: list[Person] = []
    paragraphs = re.split(r"\n[ \t]*\n", lines)
    for number, paragraph in enumerate(paragraphs):
        last: Person | None = None
        for index, raw in enumerate(paragraph.splitlines()):
            line = _BULLET.sub("", raw).strip()
            if not line:
                continue
            timed = _SCHEDULE.match(line)
            said = timed.group("list") if timed else line
            people = _scheduled_person(said, vocab, timed=timed is not None)
            many = _persons_in_list(said, vocab, loose=True) if people else []
            if len(many) > len(people) and _same_person(many[0].name, people[0].name):
                people = many  # "Ilse Verhoeven (teamleider) en Ruben Smits, praktijkopleider"
            if number and index == 0 and not people:
                return out  # the block has ended ("Warm regards,")
            if people:
                out += people
                last = people[-1]
            elif last is not None and last.title is None and _looks_like_title(line, vocab):
                last.title = _clip(line.rstrip(" ,."), 120)
    return out


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
MAX_SCHEDULE_LINES = 300  # lines that start with a time, read for people (a day has far fewer)
# "You'll meet with our production manager, Luis Ferreira, in the bakery", "speak with our
# cellar master, Pieter Swanepoel": a title in lower case, then the name between commas
_OUR_TITLE = re.compile(
    r"\b(?i:meet|meeting|speak|speaking|talk|talking|chat|chatting)(?:[ \t]+(?i:with))?[ \t]+"
    r"(?i:our|the)[ \t]+(?P<title>[a-z][\w'’&-]*(?:[ \t]+[a-z][\w'’&-]*){0,4}),[ \t]+"
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


def _people_in_text(found: _Found, body: str, ctx: _Ctx) -> None:
    """Interviewers the text names ("Interviewers: A, B", "Interviewer: Omar Reyes, Regional
    Director", "You will meet Dr. Helen Moss (Head of Research) and Kenji Mori", "interviewed
    by our Clinical Lead, Ben Adeyemi", "Kavya Iyer will join me", schedule lines and table
    rows "11:15–12:00  Irene Walsh, Principal Engineer"), with their titles; a title given for
    an attendee already read goes to that attendee. The coordinator is an interviewer too when
    the text says so ("… and me") or lists them in a schedule or panel with a title."""
    vocab = ctx.vocab
    text = body[:MAX_SCAN].replace("\r\n", "\n")
    _in_text_order([found.coordinator, *found.interviewers], text)
    listed: list[Person] = []  # in a list, a schedule or a table
    strong: list[Person] = []  # said to interview ("you will meet …"): the coordinator too
    for match in _labelled(vocab.interviewer_labels).finditer(text):
        upto = re.match(_LIST_TEXT, match.group("list"))  # up to the sentence's end
        people = _persons_in_list(upto.group(0) if upto else match.group("list"), vocab)
        titled = _TITLE_LINE.match(text, match.end() + 1)
        if len(people) == 1 and people[0].title is None and titled:
            people[0].title = _clip(titled.group("title").strip(" .,"), 120)
        listed += people
    joined = re.sub(r"(?<=[^\s.:;])[ \t]*\n(?=[ \t]*[A-Za-zÀ-Þ(])", " ", text)  # over lines
    for match in _MEET.finditer(joined):
        # the names, not the sentence after them ("… and Sam Lee on 2026-11-19 at 15:00")
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        me = match.group("me") or _AND_ME.search(names)
        names = _AND_ME.sub("", names)
        people = _persons_in_list(names, vocab, loose=True)
        strong += people
        writer = _writer(found, text, vocab) if me and (people or match.group("me")) else None
        if writer is not None:
            strong.append(writer)
    spoken: list[Person] = []  # "com a Juliana Prado": an interviewer unless the coordinator
    for seen, match in enumerate(_WITH.finditer(joined)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        spoken += _persons_in_list(names, vocab, loose=True)
    strong += _introduced(joined, vocab)  # "Ti chiameranno …", "Sie lernen … kennen"
    for seen, match in enumerate(_WITH_TITLED.finditer(joined)):
        if seen >= MAX_SCHEDULE_LINES:
            break
        bracketed = _persons_in_list(match.group("list"), vocab, loose=True)
        strong += [p for p in bracketed if p.title and _looks_like_title(p.title, vocab)]
    for seen, match in enumerate(_TOGETHER.finditer(joined)):  # "I'll be joined by …"
        if seen >= MAX_SCHEDULE_LINES:
            break
        said = _masked(_without_employer(match.group("list")))
        names = _unmasked(_AFTER_NAMES.split(said, maxsplit=1)[0])
        people = _persons_in_list(names, vocab, loose=True)
        writer = _writer(found, text, vocab) if people else None
        strong += people + ([writer] if writer is not None else [])
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
        listed += people + _under_row(text, match.end(), people, bool(ranged), vocab)
    for match in _block(vocab.interviewer_labels).finditer(text):
        listed += _block_people(match.group("lines"), vocab)
    listed += _cjk_people(text, vocab)
    for person in listed:  # "Léa Fontanel (organisatrice)": the organizer, no job title
        if person.title and vocab.organizer_marks.fullmatch(person.title.strip(" .")):
            person.title = None
    # the coordinator listed with a job title of their own ("Grace Okafor | Engineering
    # Manager" in the schedule) interviews; listed as the coordinator, they do not
    strong += [p for p in listed if p.title and not vocab.coordinator_titles.search(p.title)]
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
            or _COMPANY_SUFFIX.search(person.name)
            or vocab.interview_words.search(person.name)
            or vocab.departments.search(person.name)
            or vocab.closings.fullmatch(person.name)
            or _a_street(person.name, text)
            or _not_a_person(person.name, found, text, vocab)
        ):
            continue
        same = next((p for p in found.interviewers if _same_person(p.name, person.name)), None)
        if same is not None:
            same.title = same.title or person.title
            continue
        if len(found.interviewers) >= MAX_PEOPLE:
            break
        found.interviewers.append(person)
    found.interviewers = _without_first_names(found.interviewers)
    organizer = found.coordinator
    if organizer is not None and any(_same_person(p.name, organizer.name) for p in strong):
        # the organizer interviews ("Dale Rasmussen … will call you"): a recruiter the text
        # names with their title ("Contact Kristin Halvorsen (Talent Acquisition)") arranged it
        found.coordinator = None
        _coordinator_in_text(found, text, ctx)
        if found.coordinator is None:
            found.coordinator = organizer
        elif not any(_same_person(p.name, organizer.name) for p in found.interviewers):
            found.interviewers.append(replace(organizer, role=PersonRole.INTERVIEWER))
    others = [found.coordinator.name] if found.coordinator else []
    assign_titles(found.interviewers, text, others + sorted(ctx.user_names))


def _spells_a_label(name: str, labels: set[str]) -> bool:
    """A lower-case name that is a mail domain's label ("hollowbrook"), or that label and more
    words after it: a company ("Your interview with Hollowbrook Games is set for …" from
    nell@hollowbrook.example), never a person."""
    squeezed = re.sub(r"[\W_]", "", name)
    return squeezed in labels or (
        " " in name.strip()
        and any(len(label) >= 4 and squeezed.startswith(label) for label in labels)
    )


MAX_CELL_LINES = 6  # lines of one schedule row's cell under its time's line


def _under_row(
    text: str, end: int, people: list[Person], ranged: bool, vocab: _Vocab
) -> list[Person]:
    """The rest of a schedule row's cell on the lines under its time's line, up to a blank
    line or the next row: more people, one a line ("Eitan Brodsky – Senior Software
    Engineer" then "Claire Dumont – Data Engineer II"), the person of a row whose time's line
    names only its session ("9:30 AM - 10:15 AM  Systems walkthrough" then "Desmond Achebe,
    Inventory Control Manager"), and a person's title on the line under their name (an HTML
    cell "<b>Case study</b><br>Lena Fischer<br>Head of Credit Risk"). Returns the people
    the lines add; a title goes to its person in `people` or in what is returned."""
    more: list[Person] = []
    for line in text[end + 1 : end + 1200].split("\n")[:MAX_CELL_LINES]:
        bare = _BULLET.sub("", line).strip(" \t|")
        last = (people + more)[-1] if people or more else None
        if not bare or _SCHEDULE.match(line) or _TIME_RE.match(bare):
            break
        if last is not None and last.title is None and _looks_like_title(bare, vocab):
            last.title = _clip(bare.split("\t")[0].rstrip(" ,."), 120)
            continue
        if not ranged or bare.endswith(",") or vocab.greeting.match(bare):  # "Dear Rowan,"
            break
        named = _persons_in_list(bare, vocab, first_only=True, loose=True)
        if not named:
            break
        more += named
    return more


_GREETING_WORD = re.compile(r"(?i)^(?:hi|hello|hey|dear|good\s+\w+|bonjour|hallo|hola|ciao|olá)\b")
_CITY_STATE = re.compile(r"[ \t]*,[ \t]*(?P<state>[A-Z]{2})\b")


# the last part of an address line: a town and its postcode, not a year ("Bengaluru 560102",
# "Auckland 1010", "4001 Durban")
_TOWN_POSTCODE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}\d{4,6}(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"
)


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


_CJK_NAME_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# The interviewers of a Korean, Japanese or Chinese invite: after a label ("面接官：小林 誠
# 物流企画部 部長", "면접관: 김도윤 물류기획팀장, 최유나 데이터분석팀 책임"), on the lines under a
# label alone on its line ("■ 면접관" then "· 한지민 품질보증팀 부장"), or on a schedule's lines
# ("10:00〜10:30　品質保証課 課長　森田 健一")
_CJK_LABEL_TEXT = (
    r"(?m)^[ \t\u3000]*(?:(?:[-–•·・■□●◆▶*]|\d{1,2}[.)．])[ \t\u3000]*)?[【\[]?[ \t\u3000]*"
    r"(?:{labels})[ \t\u3000]*[】\]]?[ \t\u3000]*"
    r"(?:[:：][ \t\u3000]*(?P<list>[^\n]*)"
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
_JA_READING = re.compile(r"[（(][\u3040-\u30ff\s・]+[）)]")  # a kana reading in brackets
_CJK_TOKEN = re.compile(r"^[\u3005\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,4}$")
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")


def _cjk_person(part: str, need_title: bool, vocab: _Vocab) -> Person | None:
    """The person one part of a list names: a title's and a department's words (as the
    lexicon of titles knows their endings) and a name of one Korean word ("김도윤") or two
    Japanese or Chinese words ("小林 誠")."""
    part = _JA_READING.sub(" ", part).strip(" \t\u3000-–•·・*▪◦")
    bracketed = _CJK_BRACKETED.fullmatch(part)
    if bracketed:  # "박서연 (품질관리팀장)": the bracket holds the title, whatever its words
        who = bracketed.group("name").replace("\u3000", " ").removesuffix("님")
        if len(who.split()) == 2 and vocab.round_word.search(who.split()[0]):
            who = who.split()[1]  # "第一轮 周浩然": the round's words, then the person
        if _HANGUL_NAME.match(who) or all(_CJK_TOKEN.match(w) for w in who.split()):
            said = " ".join(bracketed.group("title").split())
            return Person(name=who, title=_clip(said, 120))
    words = [w.removesuffix("님") for w in part.split()]
    if not 1 <= len(words) <= 6:
        return None
    title = [w for w in words if cjk_titled(w)]
    name = [w for w in words if not cjk_titled(w)]
    if need_title and not title:
        return None
    korean = len(name) == 1 and _HANGUL_NAME.match(name[0])
    other = len(name) == 2 and all(_CJK_TOKEN.match(w) for w in name)
    if not (korean or other) or " ".join(name) not in " ".join(words):
        return None
    return Person(name=" ".join(name), title=_clip(" ".join(title), 120) if title else None)


def _cjk_people(text: str, vocab: _Vocab) -> list[Person]:
    """The people a Korean, Japanese or Chinese invite lists as its interviewers."""
    out: list[Person] = []
    for seen, match in enumerate(_cjk_label(vocab.interviewer_labels).finditer(text)):
        if seen >= 20:
            break
        lines = (match.group("list") or "").strip() or match.group("block") or ""
        if not lines:  # "■面接官：" or "【面接官】" alone, the people on the indented lines below
            below = []
            for line in text[match.end() :].split("\n")[1:13]:
                if not line.strip() or not line[:1].isspace() and line[:1] not in "-–•·・*▪◦":
                    break
                below.append(line.replace("\u3000", " "))
            lines = "\n".join(below)
        for line in lines.splitlines():
            for part in re.split(r"[、,，/／]", line):
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


def _same_person(a: str, b: str) -> bool:
    """The same name, or one the other's first and last words ("Dr. Helen Moss", "Helen Moss")."""
    x, y = a.lower().split(), b.lower().split()
    return x == y or (len(x) >= 2 and len(y) >= 2 and (x[0], x[-1]) == (y[0], y[-1]))


_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+")


# the words a street's name ends with in English addresses ("Water Street", "Hanover Quay")
_ADDRESS_RES = (
    # 1600 Amphitheatre Parkway / 221B Baker Street / 500 W. Madison St.
    re.compile(
        r"(?i)\b\d{1,6}[A-Z]?\s+(?:[A-Za-zÀ-ÿ0-9.'’-]+\s+){0,5}?(?:" + _STREET_WORDS + r")\b\.?"
    ),
    # Hauptstraße 5 / Keizersgracht 123 / Drottninggatan 7
    re.compile(
        r"(?i)\b[\wÀ-ÿ-]+(?:\s(?=stra(?:ß|ss)e\b|gasse\b|platz\b|allee\b|weg\b))?(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring|ufer|laan|"
        r"gracht|straat|plein|vej|gade|gatan|vägen|väg|katu|tie)\s+\d{1,5}[a-z]?\b"
    ),
    # 10 rue de Rivoli / Via Roma 12 / Calle Mayor 5 / Rua Augusta 10
    re.compile(
        r"(?i)\b(?:\d{1,5},?\s+)?(?:rue|avenue|boulevard|bd|place|quai|via|viale|piazza|"
        r"corso|calle|avenida|paseo|plaza|rua|praça|camino|carretera|ronda|carrer|avinguda|"
        r"chemin|allée|impasse|cours|strada|estrada|largo)\s+[\wÀ-ÿ' -]{2,40}?(?:\s+\d{1,5})?\b"
        r"(?=[^\n]{0,80}(?:\b\d{4,5}\b|\b[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d\b))"
    ),
    # ul. Grunwaldzka 82 / al. Jerozolimskie 100 (Polish), nám. Míru 9 (Czech)
    re.compile(
        r"\b(?:ul|al|pl|os|nám|tř)\.[ \t]*[\wÀ-ž.-]+(?:[ \t]+[\wÀ-ž.-]+){0,3}[ \t]+\d{1,4}[a-z]?\b"
    ),
    # 테헤란로 152 (a Korean road and number), 静岡県浜松市 (a Japanese prefecture and city)
    re.compile(r"[가-힣0-9]{1,10}(?:로|길)[ \t]?\d{1,4}(?:-\d{1,4})?"),
    re.compile(r"[\u4e00-\u9fff]{1,4}[都道府県][\u4e00-\u9fff]{1,6}[市区郡町村]"),
    # a postcode and a town after a comma, as European and Latin American addresses end
    # (", 68219 Mannheim", ", 05-800 Pruszków", ", 4020 Linz"), not a year (", 2027 Berlin")
    re.compile(
        r",[ \t]*(?!(?:19|20)\d{2}\b)(?:\d{4,5}|\d{2}-\d{3}|\d{5}-\d{3})[ \t]+"
        r"[A-ZÀ-ÞŁŚŻŹĆ][\wÀ-ž-]+"
    ),
    # a US state and ZIP code, a Canadian postcode, a UK postcode
    re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"),
    re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d\b"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),
)


# a telephone number on one line: an address's house number and the postcode on the line
# under it ("Avenida da Liberdade 110" then "1269-046 Lisboa") are none
_PHONE_RE = re.compile(
    r"(?<![\w/=#.+-])(?:\+[ \t]?\d{1,3}[ \t.\-]?)?(?:\(\d{1,4}\)[ \t.\-]?)?\d{2,4}"
    r"(?:[ \t.\-]\d{2,4}){1,4}(?![\w/-])"
)


def _unwrap(url: str) -> str:
    """The real address behind an Outlook safe link or a Google redirect."""
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host.endswith("safelinks.protection.outlook.com") or (
            host.startswith(("www.google.", "google.")) and parts.path == "/url"
        ):
            query = parse_qs(parts.query)
            inner = (query.get("url") or query.get("q") or [""])[0]
            if inner.startswith(("http://", "https://")):
                return inner
    except ValueError:
        pass
    return url


def _video_link(text: str, vocab: _Vocab) -> str | None:
    from urllib.parse import urlsplit

    for match in _URL_RE.finditer(text[:MAX_SCAN]):
        url = _unwrap(match.group(0).rstrip(".,;:!?)>'\""))
        try:
            host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()
        except ValueError:
            continue
        if _in_domains(host, vocab.video_hosts):
            return url
    return None


def _has_address(text: str) -> str | None:
    for pattern in _ADDRESS_RES:
        match = pattern.search(text[:MAX_SCAN])
        if match:
            return match.group(0)
    return None


def _looks_like_address(location: str, vocab: _Vocab) -> bool:
    """A place written the way addresses are, in any language: parts between commas, one with
    a house number or postal code ("Brasserie Gérard, Náměstí Míru 9, 120 00 Praha 2")."""
    if _URL_RE.search(location) or vocab.video_words.search(location) or _tel(location):
        return False
    parts = [p.strip() for p in re.split(r",|\n", location) if p.strip()]
    return len(parts) >= 2 and any(re.search(r"\b\d{1,5}[A-Za-z]?\b", p) for p in parts[1:])


def _phone_number(text: str, vocab: _Vocab) -> str | None:
    text = text[:MAX_SCAN]
    for match in _PHONE_RE.finditer(text):
        number = match.group(0)
        digits = sum(c.isdigit() for c in number)
        if not 9 <= digits <= 15:
            continue
        if re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}", number.strip()):
            continue
        if vocab.not_number_after.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        return number.strip()
    return None


# "… at 11:00 AM PT over Zoom", "on Microsoft Teams", "via Google Meet": a video meeting
_OVER_VIDEO = re.compile(
    r"(?i)\b(?:over|on|via|using|through|by)[ \t]+(?:a[ \t]+)?(?:zoom|microsoft[ \t]+teams|"
    r"ms[ \t]+teams|teams|google[ \t]+meet|webex|skype|whereby|bluejeans)\b"
)


def _decide_format(
    found: _Found,
    location: str,
    title: str,
    conference: list[tuple[str, str]],
    body: str,
    vocab: _Vocab,
) -> None:
    """Location first, then the title's words, then conference links, then the description."""
    decision = _format_evidence(location, title, conference, body, vocab)
    if decision is not None:
        fmt, why, link = decision
        found.format = fmt
        found.link = link or found.link
        found.notes.append(f"format {fmt}: {why}")


def _named_kind(text: str, vocab: _Vocab) -> Format | None:
    """The format the text first names the interview by ("colloquio telefonico",
    "Videointerview", "entrevista presencial"), None when it names none."""
    first: tuple[int, Format] | None = None
    for fmt, pattern in vocab.format_kinds:
        match = pattern.search(text)
        if match is not None and (first is None or match.start() < first[0]):
            first = (match.start(), fmt)
    return first[1] if first else None


def _format_evidence(
    location: str, title: str, conference: list[tuple[str, str]], body: str, vocab: _Vocab
) -> tuple[Format, str, str | None] | None:
    if location:
        link = _video_link(location, vocab)
        if link:
            return Format.VIDEO, "a video-meeting link in the location", link
        if _has_address(location) or vocab.in_person_words.search(location):
            return Format.IN_PERSON, "the location is a place", None
        if _looks_like_address(location, vocab):
            return Format.IN_PERSON, "the location is an address", None
        if vocab.video_words.search(location):
            links = (_video_link(v, vocab) for v in [*(v for _, v in conference), body])
            return (
                Format.VIDEO,
                "the location names a video service",
                next(filter(None, links), None),
            )
        if _tel(location) or _phone_number(location, vocab) or vocab.phone_words.search(location):
            return Format.PHONE, "the location is a telephone number", None
    if title:
        kind = _named_kind(title, vocab)
        if kind is not None:
            return kind, f"the title calls it a {kind} interview", None
        if vocab.in_person_phrases.search(title):
            return Format.IN_PERSON, "the title says in person", None
        if vocab.phone_words.search(title):
            return Format.PHONE, "the title says phone", None
        if vocab.video_words.search(title):
            return Format.VIDEO, "the title says video", None
    kind = _named_kind(body[:MAX_SCAN], vocab)
    # "entrevista telefónica", "Gespräch vor Ort": before a signature's street address
    if kind is not None:
        links = (_video_link(v, vocab) for v in [*(v for _, v in conference), body[:MAX_SCAN]])
        link = next(filter(None, links), None) if kind is Format.VIDEO else None
        return kind, f"the text calls it a {kind} interview", link
    for key, value in conference:
        link = _video_link(value, vocab)
        if link:
            return Format.VIDEO, f"a video-meeting link ({key})", link
    body = body[:MAX_SCAN]
    link = _video_link(body, vocab)
    if link:
        return Format.VIDEO, "a video-meeting link in the description", link
    if _has_address(body):
        return Format.IN_PERSON, "a street address in the description", None
    if vocab.in_person_phrases.search(body):
        return Format.IN_PERSON, "the description says in person", None
    if vocab.phone_phrases.search(body):
        return Format.PHONE, "the description says phone", None
    if vocab.video_phrases.search(body) or _OVER_VIDEO.search(body):
        return Format.VIDEO, "the description says video", None
    if _labelled_address(body, vocab):
        return Format.IN_PERSON, "the text gives the place's address", None
    if any(_tel(v) for _, v in conference) or _phone_number(body, vocab):
        return Format.PHONE, "a telephone number and no meeting link", None
    return None


def _labelled_address(body: str, vocab: _Vocab) -> bool:
    """A line that gives a place's address under its label ("Endereço: Rodovia Anhanguera, km
    104, Campinas - SP", "Venue: Unit 7, Lakeside Estate, Kilkenny"): words and a number, no
    meeting program's or telephone's words."""
    for seen, match in enumerate(vocab.address_label.finditer(body)):
        value = match.group("value")
        if (
            re.search(r"\d", value)
            and re.search(r"[^\W\d_]{3}", value)
            and not vocab.video_words.search(value)
            and not vocab.phone_words.search(value)
            and not _URL_RE.search(value)
            and "@" not in value
        ):
            return True
        if seen >= 10:
            break
    return False


# (a zone's offset is no time: "(GMT-06:00) Central America", "UTC+02:00")
_TIME_RE = re.compile(
    r"(?i)(?<![\d:])(?<!(?:gmt|utc)[+\-−])(?<!(?:gmt|utc)[ \t][+\-−])"
    r"(?:at\s+|@\s*|from\s+)?(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d))"
)


# "kl. 10.00", "klo 14.30": a time with a full stop after the Danish, Norwegian, Swedish or
# Finnish word for o'clock, read as "10:00"
_CLOCK_WORD_TIME = re.compile(r"(?i)\b(?:kl|klo|kello)\.?[ \t]*\d{1,2}(?P<dot>\.)[0-5]\d\b")


_SPACED_H = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[ \t]h[ \t]([0-5]\d)(?!\d)")


def _colon_clock(match: re.Match[str]) -> str:
    at = match.start("dot") - match.start()
    return match.group(0)[:at] + ":" + match.group(0)[at + 1 :]


# "오후 2시", "오전 10시 30분", "午後2時", "14時30分": a Korean, Japanese or Chinese clock, read
# as "2:00 PM", "10:30 AM", "14:30"
_CJK_CLOCK = re.compile(
    r"(?P<half>오전|오후|午前|午後|上午|下午)?[ \t]*(?P<hour>\d{1,2})[ \t]*[시時时](?![간間间])"
    r"(?:[ \t]*(?P<minute>\d{1,2})[ \t]*[분分]|[ \t]*(?P<half_hour>반|半))?"
)


def _cjk_clock(match: re.Match[str]) -> str:
    hour = int(match.group("hour"))
    minute = 30 if match.group("half_hour") else int(match.group("minute") or 0)
    half = match.group("half")
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return match.group(0)
    if half:
        return f"{hour}:{minute:02d} {'PM' if half in ('오후', '午後', '下午') else 'AM'}"
    return f"{hour}:{minute:02d}"


def _window(text: str, start: int, size: int) -> str:
    """`size` characters of `text` from `start`, and the rest of the word or time they end
    in (a few more characters, up to a space that is no time's): a window never cuts "2:30 PM"
    into "2:30"."""
    end = start + size
    more = re.match(r"\S*(?:[ \t]?(?i:[ap]\.?m\.?)(?![a-z]))?", text[end : end + 12])
    return text[start : end + (more.end() if more else 0)]


def _read_when(found: _Found, text: str, sent: date | None, ctx: _Ctx) -> None:
    text = _CLOCK_WORD_TIME.sub(_colon_clock, text[:MAX_SCAN])
    text = _SPACED_H.sub(r"\g<1>h\g<2>", text)  # "13 h 30" -> "13h30"
    text = _CJK_CLOCK.sub(_cjk_clock, text)
    reference = sent or ctx.today or date.today()
    # The first date with a time next to it, else the first date.
    best: tuple[tuple[int, int], date, int] | None = None
    for pattern in DATE_RES:
        for seen, match in enumerate(pattern.finditer(text[:MAX_DATE_SCAN])):
            if seen >= 500 or (best is not None and (0, match.start()) > best[0]):
                break
            day = date_of(match, reference)
            if day is None:
                continue
            near = _TIME_RE.search(_window(text, match.end(), 60))
            rank = (0 if near else 1, match.start())
            if best is None or rank < best[0]:
                best = (rank, day, match.end())
    if best is None:
        raise InvalidInput(
            f"{ctx.name}: no interview date found (no calendar invitation in the email, and no "
            "date in its subject or text)"
        )
    _, day, end = best
    _check_year(day, ctx)
    found.day = day
    window = _window(text, end, 60)
    clock = _TIME_RE.search(window)
    if clock is None:
        before = text[max(0, end - 120) : end]
        clock = None
        for m in _TIME_RE.finditer(before):
            clock = m
        window = before
    if clock is None:  # a schedule below the date: its first start ("1:00 PM - 1:45 PM  Name")
        window = text[end : end + 3000]
        clock = _LINE_START_TIME.search(window)
    if clock is None:
        return
    found.clock = _clock_of(clock)
    after = _after_range(window[clock.end() : clock.end() + 60])
    found.tz = _zone_in_text(after[:50], ctx)
    found.zone_direct = found.tz is not None and found.tz in after[:50]
    if found.tz is None:  # "Time zone: Eastern Time (US & Canada)", "(Pacific Time)"
        alone = _zone_in_text(text[:MAX_DATE_SCAN], ctx)
        found.tz = alone if alone and not alone.startswith("Etc/") and alone != "UTC" else None
    city = _city_after_offset(found.tz, after[:80], found.day)
    if city != found.tz:
        found.tz, found.zone_direct = city, True


# "Columbus, OH 43215", "Toronto, ON M5V 2T6", "Fitzroy VIC 3065": a state and its postcode
_STATE_POSTCODE = re.compile(
    r"(?:,|\b[A-Z][a-z]+)[ \t]+(?P<state>[A-Z]{2,3})[ \t]+(?P<code>\d{5}(?:-\d{4})?|"
    r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4})\b"
)


def _state_zone(text: str, vocab: _Vocab) -> tuple[str, str, str] | None:
    """(zone, country, state) of the first US, Canadian or Australian address with a state and
    a postcode of that country's shape."""
    for match in _STATE_POSTCODE.finditer(text[:MAX_SCAN]):
        state, code = match.group("state"), match.group("code")
        country = (
            "US" if code[:5].isdigit() and len(code) >= 5 else "AU" if code.isdigit() else "CA"
        )
        zone = vocab.state_zones.get(country, {}).get(state)
        if zone:
            return zone, country, state
    return None


def _same_clock_at_address(found: _Found, ctx: _Ctx, text: str) -> None:
    """A zone named by a clock shared across a border ("Eastern Time" -> America/New_York)
    with an address in the other country ("Laval, QC H7S 1P9"): the address's zone, when it
    keeps the same clock on the day (America/Toronto)."""
    from zoneinfo import ZoneInfo

    state = _state_zone(found.location or text, ctx.vocab)
    if state is None or found.tz is None or found.day is None or found.clock is None:
        return
    zone, country = state[0], state[1]
    if zone == found.tz or _zone_countries().get(found.tz) == country:
        return
    noon = datetime.combine(found.day, found.clock)
    if (
        noon.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        != noon.replace(tzinfo=ZoneInfo(found.tz)).utcoffset()
    ):
        return
    found.notes.append(f"time zone {zone}: the clock named, at the address in {state[2]}")
    found.tz, found.country = zone, country


def zone_from_country(found: _Found, ctx: _Ctx, text: str) -> None:
    """A mail without a calendar whose zone is unknown or only a wide name ("CET"): the zone of
    the country the strongest clue points to (a phone number's code, a city, a domain), when
    that country has one zone (or one at the offset read)."""
    if found.start is not None or found.day is None or found.clock is None:
        return
    if found.tz is not None:
        _same_clock_at_address(found, ctx, text)
    if found.tz is not None and found.zone_direct:
        return
    if found.tz is None:
        state = _state_zone(found.location or text, ctx.vocab)
        if state is not None:
            found.tz, found.zone_direct, found.country = state[0], True, state[1]
            found.notes.append(f"time zone {state[0]}: the address is in {state[2]}")
            return
    clues = country_clues(found, ctx, text)
    if found.tz is None and _city_in_address(found, ctx, text, [c.country for c in clues]):
        return
    if not clues:
        return
    from zoneinfo import ZoneInfo

    country = clues[0].country
    zones = sorted(z for z, c in _zone_countries().items() if c == country)
    noon = datetime.combine(found.day, found.clock)
    if found.tz is not None:
        if _zone_countries().get(found.tz) == country:  # "UK time" and a .co.uk sender
            found.country, found.zone_direct = country, True
            return
        offset = noon.replace(tzinfo=ZoneInfo(found.tz)).utcoffset()
        zones = [z for z in zones if noon.replace(tzinfo=ZoneInfo(z)).utcoffset() == offset]
        if not zones:
            return
    if len(zones) != 1:
        main = main_zone(country, noon) if found.tz is None else None
        if main is None:
            return
        found.tz, found.zone_direct, found.country = main, True, country
        found.notes.append(
            f"time zone {main}: {clues[0].why} points to {country}, and most of its people "
            "keep that clock (a guess: the invite names no zone)"
        )
        return
    found.tz, found.zone_direct, found.country = zones[0], True, country
    found.notes.append(f"time zone {zones[0]}: {clues[0].why} points to {country}")


# A city in an address or named as the place: "75 Binney Street in Boston,", "our Denver
# office", "400 Congress Avenue, Austin" (a line's end), "Location: Tempe"
_CITY_WORDS = r"[A-Z][a-zà-ÿ'’.-]+(?:[ \t]+[A-Z][a-zà-ÿ'’.-]+){0,2}"
_CITY_IN_TEXT = re.compile(
    rf"(?:\b(?:in|at|near)[ \t]+(?:our[ \t]+|the[ \t]+)?(?P<a>{_CITY_WORDS})"
    r"(?=[ \t]+office\b|[ \t]*[,.\n])"
    rf"|,[ \t]*(?P<b>{_CITY_WORDS})[ \t]*(?:$|\n|,[ \t]*(?:USA?|United States)\b)"
    rf"|\b\d{{4,5}}(?:[ \t][A-Z]{{2}})?[ \t]+(?P<c>{_CITY_WORDS})[ \t]*(?=$|\n|,)"
    rf"|\bto[ \t]+our[ \t]+(?P<d>{_CITY_WORDS})[ \t]+office\b"
    # "…, Montréal (Québec) H3B 4W8", "…, Calgary AB T2P 1J9": the city before a postcode
    rf"|,[ \t]*(?P<e>{_CITY_WORDS})[ \t]*(?:\([^()\n]{{2,30}}\)[ \t]*|[A-Z]{{2}}[ \t]+)?"
    r"(?=[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b))",
    re.MULTILINE,
)


def zone_of_place(
    location: str, text: str, vocab: _Vocab, countries: list[str]
) -> tuple[str, str, str] | None:
    """(zone, country, why) of the place the invite names: an address's state and postcode
    ("Columbus, OH 43215"), else a city in the location or an address in the text, in a country
    of several zones too ("Denver" with no state: America/Denver) — the city of that name in
    the country the other clues point to, else the most populous one."""
    state = _state_zone(location or text, vocab)
    if state is not None:
        return state[0], state[1], f"the address is in {state[2]}"
    for source in (location, text[:MAX_SCAN]):
        for match in _CITY_IN_TEXT.finditer(source or ""):
            named = next((g for g in match.group("a", "b", "c", "d", "e") if g), None)
            words = (named or "").split()
            for size in range(len(words), 0, -1):  # "Salt Lake City", then shorter
                for start in range(len(words) - size + 1):
                    name = " ".join(words[start : start + size]).rstrip(".")
                    zone = city_zone(name, countries)
                    if zone is not None:
                        return zone[0], zone[1], f"the address is in {name}"
    return None


def _city_in_address(found: _Found, ctx: _Ctx, text: str, countries: list[str]) -> bool:
    """The zone of the place the invite names (`zone_of_place`), taken; False when none."""
    place = zone_of_place(found.location or "", text, ctx.vocab, countries)
    if place is None:
        return False
    found.tz, found.country, why = place
    found.zone_direct = True
    found.notes.append(f"time zone {place[0]}: {why}")
    return True


_LINE_START_TIME = re.compile(
    r"(?im)^[ \t]*(?:[-•*][ \t]*)?(?P<all>(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d)))"
)


def _city_after_offset(zone: str | None, text: str, day: date | None) -> str | None:
    """'(GMT+00:00) London': the city's zone, when the offset read is the city's on that day;
    else `zone` as it was."""
    if zone is None or day is None or not (zone == "UTC" or zone.startswith("Etc/")):
        return zone
    from zoneinfo import ZoneInfo

    cities = _zone_cities()
    for word in re.findall(r"[A-Z][a-z]+(?:[ _][A-Z][a-z]+)?", text):
        city = cities.get(word.replace(" ", "_").lower())
        if city is None:
            continue
        noon = datetime(day.year, day.month, day.day, 12)
        if (
            noon.replace(tzinfo=ZoneInfo(city)).utcoffset()
            == noon.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        ):
            return city
    return zone


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """IANA zones by their city ("london" -> Europe/London), for the cities one zone names."""
    from zoneinfo import available_timezones

    by_city: dict[str, list[str]] = {}
    for zone in available_timezones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            by_city.setdefault(zone.rsplit("/", 1)[1].lower(), []).append(zone)
    return {city: zones[0] for city, zones in by_city.items() if len(zones) == 1}


def _clock_of(match: re.Match[str]) -> time:
    """The time of day a `_TIME_RE` match says."""
    if match.group("ampm"):
        hour = int(match.group("h12")) % 12 + (12 if match.group("ampm")[0].lower() == "p" else 0)
        return time(hour, int(match.group("m12") or 0))
    return time(int(match.group("h24")), int(match.group("m24")))


_RANGE_END = re.compile(
    r"^(?i:\s*(?:-|–|—|to|until)\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d{2}))"
)


def _after_range(text: str) -> str:
    """What follows a time, past the end of a range ("- 3:00 PM CST" -> " CST")."""
    return _RANGE_END.sub("", text)


def zone_from_text(
    text: str, start: datetime, ctx: _Ctx, country: str | None = None
) -> tuple[str, str, bool, str] | None:
    """The interviewer's zone for a start given in UTC, from the text: a time with a zone after
    it that is the start's time in that zone ("2:00 PM CST": of the zones CST may mean, the one
    where 20:00 UTC is 2 PM), else the first such zone, else a zone named on its own ("Central
    Time"). Returns the zone, how it was found, whether the text's time agrees with the start
    (then the zone's country is taken too), and the word the text names it by ("CET")."""
    text = text[:MAX_SCAN]
    first: str | None = None
    for seen, match in enumerate(_TIME_RE.finditer(text)):
        if seen >= 200:
            break
        after = _after_range(text[match.end() : match.end() + 60])[:40]
        # an offset ("(GMT+1)", "(UTC+01:00)", "GMT") only when it is the start's time there
        choices = zone_choices_in_text(after, ctx, country)
        said = _clock_of(match)
        for zone in choices:
            wall = _in_zone(start, zone)
            if (wall.hour, wall.minute) == (said.hour, said.minute):
                named = ctx.vocab.tz_re.search(after)
                word = named.group(0).strip(" ()") if named else zone
                said_as = f"{match.group(0).strip()}{after[:12].rstrip()}"
                return zone, f"the text gives the time as {said_as}", True, word
        first = first or next((z for z in choices if not z.startswith("Etc/")), None)
    if first is not None:
        return first, "a time zone named next to a time in the text", False, first
    alone = _zone_in_text(text, ctx, country)
    if alone is not None and not alone.startswith("Etc/"):
        return alone, "a time zone named in the text", False, alone
    return None


# ------------------------------------------------------------------ country clues


def country_clues(found: _Found, ctx: _Ctx, text: str) -> list[Clue]:
    """Countries the invite points to, strongest first: phone numbers with a country code, a
    city or country named in the location, then in the text, the mail domains' country codes,
    the invite's language."""
    clues: list[Clue] = []
    text = text[:MAX_SCAN]
    phones = _phone_clues((found.location or "") + "\n" + text, ctx.vocab)
    clues += [clue for clue, dialled in phones if not dialled]
    places = _without_dial_in(text, ctx.vocab)  # "+65 6555 0100 Singapore": the service's
    for source, where in ((found.location or "", "the location"), (places, "the text")):
        clues += _place_clues(source, where, strict=where == "the text", ctx=ctx)
    written = [e.lower() for e in _EMAIL_IN_TEXT.findall(text)[:50]]  # "jo@acme.de" in a signature
    emails = [e for e in [*found.emails, *written] if e not in ctx.user_emails]
    clues += _domain_clues(emails, ctx)
    # a meeting's dial-in number ("+65 6555 0139 … (audio only)") dials the service, wherever
    # the employer is: after the mail domain's country
    clues += [clue for clue, dialled in phones if dialled]
    clues += _language_clues(found.languages, text, ctx)
    return clues


MAX_DIAL_IN_LINES = 6  # the numbers a dial-in block lists under its words


def _dial_in_lines(text: str, vocab: _Vocab) -> set[int]:
    """The numbers of `text`'s lines that are a video meeting's dial-in: a line with a dial-in
    word and the lines of numbers under it ("+65 6555 0100,,123456#   Singapore")."""
    out: set[int] = set()
    if not vocab.dial_in.search(text):
        return out
    under = 0
    for number, line in enumerate(text.splitlines()):
        if vocab.dial_in.search(line):
            under = MAX_DIAL_IN_LINES
            out.add(number)
        elif under and re.search(r"\d{3}", line):
            under -= 1
            out.add(number)
        else:
            under = 0
    return out


def _without_dial_in(text: str, vocab: _Vocab) -> str:
    """`text` without a video meeting's dial-in lines."""
    dialled = _dial_in_lines(text, vocab)
    if not dialled:
        return text
    return "\n".join(line for n, line in enumerate(text.splitlines()) if n not in dialled)


def _phone_clues(text: str, vocab: _Vocab) -> list[tuple[Clue, bool]]:
    """The country of each phone number with a country code (a toll-free number has none),
    and whether it is a video meeting's dial-in."""
    import phonenumbers

    out = []
    text = text[:20_000]
    dialled = _dial_in_lines(text, vocab)
    try:
        matches = phonenumbers.PhoneNumberMatcher(text, None, leniency=1, max_tries=50)
        for match in matches:
            region = phonenumbers.region_code_for_number(match.number)
            kind = phonenumbers.number_type(match.number)
            if not region or region == "ZZ" or kind == phonenumbers.PhoneNumberType.TOLL_FREE:
                continue
            clue = Clue(region, f"the phone number {match.raw_string.strip()}")
            out.append((clue, text.count("\n", 0, match.start) in dialled))
    except Exception:  # a number the library cannot read is no clue
        return out
    return out


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern[str]:
    names = sorted({*city_countries(), *country_names()}, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names if len(n) > 3)
    return re.compile(rf"(?<![\w])(?P<place>{body})(?![\w])")


# a place in running text: followed by a comma, a line end, a postal code or a state code
_PLACE_END = re.compile(
    r"^(?:\s*(?:,|\n|$)|\s+(?:[A-Z]{2,3}\b|\d{3,}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b))"
)  # a comma, a line's end, a state, a postcode ("London EC1N 8AT") after the place
_FIRST_NAME_BEFORE = re.compile(r"(?:^|[\n\t])[ \t]*[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+$")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|office|offices|near|from)\s+$")


# the words before a name that greet its person, in the languages invites are written in
_GREETED = re.compile(
    r"(?i)\b(?:dear|hi|hello|hey|thanks|cheers|regards|hola|estimad[oa]|querid[oa]|bonjour|"
    r"cher|chère|hallo|liebe[r]?|geehrte[rn]?|herr|frau|ciao|gentile|buongiorno|caro|cara|"
    r"olá|ola|prezad[oa]|beste|geachte|beste)[ \t,]+$"
)


def _place_clues(text: str, where: str, strict: bool, ctx: _Ctx) -> list[Clue]:
    out = []
    cities, countries = city_countries(), country_names()
    extra = ctx.vocab.country_aliases
    for seen, match in enumerate(_places_re().finditer(text)):
        if seen >= 100:
            break
        place = " ".join(match.group("place").split())
        before = text[max(0, match.start() - 12) : match.start()]
        if re.search(r"(?i)\bnew\s+$", before):
            continue  # "New Jersey" is not Jersey
        if _GREETED.search(before):
            continue  # "Dear Jordan,", "Hola Casey," greet a person
        if strict and not (
            _PLACE_END.match(text[match.end() : match.end() + 12]) or _PLACE_BEFORE.search(before)
        ):
            continue  # "Sydney Clarke" is a person
        if strict and _FIRST_NAME_BEFORE.search(before) and not _PLACE_BEFORE.search(before):
            continue  # "Renata Lima" signing a mail is a person
        country = countries.get(place) or cities.get(place)
        if country:
            out.append(Clue(country, f"{place} in {where}"))
    for name, code in extra.items():
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text[:MAX_SCAN]):
            out.append(Clue(code, f"{name} in {where}"))
    return out


def _domain_clues(emails: list[str], ctx: _Ctx) -> list[Clue]:
    out = []
    codes = set(country_names().values())
    for email in dict.fromkeys(emails):
        if _in_domains(_domain(email), ctx.vocab.service_domains):
            continue  # a tracking system's own country (jobs.personio.de) is not the employer's
        tld = email.rsplit(".", 1)[-1].lower()
        if tld in ctx.vocab.generic_tlds:
            continue
        code = ctx.vocab.tld_countries.get(tld, tld.upper())
        if code in codes:
            out.append(Clue(code, f"the mail domain of {email}"))
    return out


def _language_clues(languages: list[str], text: str, ctx: _Ctx) -> list[Clue]:
    out = []
    tags = list(dict.fromkeys(languages))
    spoken = _language_of(text, ctx)
    if spoken:
        tags.append(spoken)
    for tag in tags:
        parts = re.split(r"[-_]", tag.strip())
        if len(parts) >= 2 and re.fullmatch(r"[A-Za-z]{2}", parts[-1]):
            out.append(Clue(parts[-1].upper(), f"the language {tag}"))
        for code in ctx.vocab.language_countries.get(parts[0].lower(), ()):
            out.append(Clue(code, f"the language ({parts[0].lower()})"))
    return out


def _language_of(text: str, ctx: _Ctx) -> str | None:
    """The language most of the text's common words belong to (data: invites.toml)."""
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < 5:
        return None
    best, most = None, 0
    for language, common in ctx.vocab.language_words.items():
        count = sum(w in common for w in words)
        if count > most:
            best, most = language, count
    return best if best and most >= 3 and most * 8 >= len(words) else None

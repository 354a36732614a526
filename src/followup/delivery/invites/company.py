"""Who the employer is: the clues an invite gives, and the names that can never be it.

A company is read from, best first: a "Company:" line; the name an applicant-tracking system
sends under; the subject's "… at Acme" / "… with Acme"; the text ("Welcome to Acme", "interest
in Acme", "Design Lead at Acme,"); a bare word of the subject; the signature; the text's
spelling of the mail domain; the tenant in a tracking system's link ("acme.wd5.myworkdayjobs.com",
"jobs.lever.co/acme"); the mail domain itself. A name that is a person's (an attendee, the
organizer, a mail's sender or recipient, the profile's), a place ("Boston, MA", "Remote") or a
meeting program ("Teams") is never the company, whichever clue gives it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from followup.delivery.invites.common import MAX_SCAN, _Ctx, _Found, _Vocab
from followup.delivery.invites.zones import city_zone, country_names


def fold_words(text: str) -> tuple[str, ...]:
    """The words of a name, lower case and without accents ("Tomasz Wójcik" -> ("tomasz",
    "wojcik")); the parts of a mail address's local part count as words too."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return tuple(w for w in re.split(r"[^a-z]+", plain.replace("ł", "l")) if w)


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
    """A company clue that names no person, place or program."""
    if not text or not text.strip():
        return False
    return not (names_a_person(text, people) or is_platform(text, ctx) or names_a_place(text))


_LINKISH = re.compile(r"[\w@/:-]*[\w-]\.[\w][\w.@/:-]*")


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
    name = r"[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,3}"
    for text in texts:
        for match in re.finditer(name, text[:MAX_SCAN]):
            words = match.group(0).split()
            for size in range(len(words), 0, -1):
                for start in range(0, len(words) - size + 1):
                    part = " ".join(words[start : start + size])
                    squeezed = re.sub(r"[^a-z0-9]", "", "".join(fold_words(part)))
                    if squeezed == label:
                        return re.sub(r"['’]s$", "", part).strip(".")
    return None


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

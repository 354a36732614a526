"""People from mail addresses: an address's name, machine and service mailboxes, the user, and
the employer's mail domain."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from followup.core.person_names import without_honorific_after
from followup.core.text import without_accents
from followup.delivery.invites.common import MAX_NAME, _clip, _Ctx, _Found, _text, _Vocab, _vocab
from followup.delivery.invites.titles import cjk_titled, honorifics_pattern

_EMAIL_RE = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[^@\s<>,;:\"]+$")


def _address(value: Any) -> str | None:
    text = _text(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().strip("<>").strip()
    return text.lower() if _EMAIL_RE.match(text) and len(text) <= MAX_NAME else None


def _name_from_email(email: str) -> str:
    local = email.split("@", 1)[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._\-]+", re.sub(r"\d+", "", local)) if w]
    return " ".join(w.capitalize() for w in words) or email


def _clean_name(raw: str, email: str | None) -> str:
    name = " ".join(raw.strip().strip('"').strip("'").split())
    if not name or (email and name.lower() in {email, f"mailto:{email}"}) or "@" in name:
        name = _name_from_email(email) if email else name
    # "Mari Kobayashi/Hokuto", "Jan Novak/CZ/Acme": HCL Notes writes the organization's
    # units after the name
    notes = re.fullmatch(r"(?:CN=)?(?P<name>[^/@]+?\s[^/@]+?)(?:/(?:OU=|O=|C=)?[\w.&-]+)+", name)
    if notes:
        name = notes.group("name").strip()
    # "Leclerc, Simon (Dr.)": an honorific in brackets after the name is none of its words
    name = re.sub(r"\s*\((?:dr|prof|mr|mrs|ms|mx|dra|sr|sra)\.?\)$", "", name, flags=re.I)
    words = name.replace("/", " ").split()
    if len(words) >= 2 and all(_CJK_ONLY.fullmatch(w) for w in words) and cjk_titled(words[-1]):
        # "이서연 채용담당자", "이서연 / 채용담당"; a team's own name ("인사팀 채용담당") is all
        # titled words, and is kept whole
        kept = [w for w in words if not cjk_titled(w)]
        if kept:
            name = " ".join(kept)
    # "Ursula Bärtschi – HR", "Tomás Vidal | Talent Acquisition": a person and their team
    team = re.fullmatch(r"(?P<who>[^–—|]+?)\s+[–—|-]\s+(?P<team>[^–—|]{2,40})", name)
    if team and _vocab().sender_noise.fullmatch(team.group("team").strip()):
        name = team.group("who").strip()
    # "Greg Abernathy, RN", "Ines Duarte, PhD, MBA": the letters after a name are no given
    # name to turn round
    head, *letters = name.split(",")
    if head.strip() and letters and all(_vocab().credentials.fullmatch(w.strip()) for w in letters):
        name = head.strip()
    if "," in name and name.count(",") == 1:  # "Doe, Jane" as Outlook writes it
        name = directory_name(name, email) or name
    # "Mdm Tan Siew Hoon", "Bapak Hendra Wijaya", "Dr. Lena Vogt": a form of address is no
    # part of the name (kept when nothing else is left)
    name = _HONORIFICS_BEFORE.sub("", name) or name
    return _clip(name, MAX_NAME)


def without_address(name: str, vocab: _Vocab) -> str:
    """A person's name without the forms of address written before or after it, in the
    languages invites are written in: "Sir Paolo Reyes", "Ma'am Liza Santos", "chị Trần Thị
    Mai", "Frau Sabine Ott" (job_titles.toml's honorifics, before a name of two words or more);
    "Rajesh Sharma-ji", "Meena Iyer ji" (person_words.txt after_kept); "山田太郎様", "佐藤花子さん",
    "김민준님" ([people] cjk_after_name); "คุณสมชาย ใจดี" ([people] attached_before). What is
    left is at least the name's one word."""
    name = " ".join(name.split())
    name = _HONORIFICS_BEFORE.sub("", name) or name
    name = without_honorific_after(name)
    for word in vocab.attached_before:  # Thai writes "คุณ" joined to the given name
        if name.startswith(word) and name[len(word) : len(word) + 1].isalpha():
            name = name[len(word) :]
    for word in vocab.cjk_after_name:
        last = name.split()[-1] if name.split() else ""
        if last.endswith(word) and _CJK_ONLY.fullmatch(last) and len(last) > len(word) + 1:
            name = name[: -len(word)]
        elif last == word and len(name.split()) > 1:  # "이서연 씨"
            name = name[: -len(word)].rstrip()
    return name


def directory_name(name: str, email: str | None) -> str | None:
    """A corporate directory's "Last, First" display name turned round, a tag after it left
    out ("Doe, Jane (HR)", "Kowalski, Jan [EXT]", "Beek, Joost van"); None when the name is
    not written so ("Acme, Inc", "Jane Doe")."""
    if name.count(",") != 1:
        return None
    untagged = _DIRECTORY_TAG.sub("", " ".join(name.split()))
    if untagged.count(",") != 1:  # the tag held the comma: "['Janssens', ' Pieter']"
        return None
    flipped = _first_name_first(untagged, email)
    return flipped if flipped != untagged else None


_DIRECTORY_TAG = re.compile(r"\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,40}\])$")
_HONORIFICS_BEFORE = re.compile(rf"^(?:{honorifics_pattern()}\s+)+(?=\S+\s+\S)")


_CJK_ONLY = re.compile(r"[\u3005\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
_PARTICLES = {"van", "von", "de", "der", "den", "del", "da", "di", "du", "le", "la", "ter"}
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?$")


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isalpha() and not unicodedata.combining(c))


def _first_name_first(name: str, email: str | None) -> str:
    """A display name written "Last, First" as Outlook and Exchange write it, turned round:
    "Doe, Jane", "de Vries, Anouk" (a particle before the surname), and a surname of two or
    three words ("Villarreal Treviño, Mariana") when the person's address has their first
    name (mariana.villarreal@…). Anything else ("Acme, Inc", "Talent Team, Acme") is kept."""
    last, first = (p.strip() for p in name.split(","))
    words, given = last.split(), first.split()
    # "Beek, Joost van", "Berg, Anna van den": a Dutch or Flemish directory writes the
    # surname's particles after the given name; they go back before the surname
    while len(given) >= 2 and given[-1].lower() in _PARTICLES and given[-1].islower():
        words.insert(0, given.pop())
    first, last = " ".join(given), " ".join(words)
    # a short word in lower case between two surnames joins them ("Puig i Serra", "Ortega y
    # Gasset", "Sousa e Holstein"), whatever the language
    joins = {w for w in words[1:-1] if w.islower() and len(w) <= 3}
    surname = [w for w in words if w.lower() not in _PARTICLES and w not in joins]
    if not surname or not given or len(given) > 2 or len(surname) > 3 or len(words) > 5:
        return name
    if not all(_NAME_WORD.match(w) and w[:1].isupper() for w in given):
        return name
    if not all(
        _NAME_WORD.match(w) and (w[:1].isupper() or w in _PARTICLES or w in joins) for w in words
    ):
        return name
    particles_only = all(w.lower() in _PARTICLES for w in words[:-1])
    local = _plain((email or "").split("@", 1)[0])
    if len(given) == 1 and (len(words) == 1 or particles_only):
        return f"{first} {last}"
    if local and _plain(given[0]) in local and len(_plain(given[0])) >= 2:
        return f"{first} {last}"
    return name


def _domain(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].lower() if email and "@" in email else None


def _in_domains(domain: str | None, domains: Iterable[str]) -> bool:
    if not domain:
        return False
    return any(domain == d or domain.endswith("." + d) for d in domains)


def _is_machine(email: str | None, vocab: _Vocab) -> bool:
    if not email:
        return False
    local = email.split("@", 1)[0].lower()
    return local in vocab.machine_mailboxes or local.startswith(("noreply", "no-reply"))


def _team_box(email: str | None, vocab: _Vocab) -> bool:
    """A team's mailbox ("recruiting@…", "talent@…"), nobody's own."""
    if not email:
        return False
    local, _, domain = str(email).lower().partition("@")
    if local in vocab.team_mailboxes:
        return True
    # the company's name and a team's word in one box ("OlympiaNaftiliakiKariera@olympia-
    # naftiliaki.gr", "careers.harbourline@harbourline.com"): a shared mailbox, nobody's own
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
    # a box of a team's and a machine's words ("interview-calendar@…", "hiring.calendar@…",
    # "recruiting-scheduler@…"), the company's name among them maybe: a scheduling calendar
    words = [w for w in re.split(r"[._+-]+", re.sub(r"\d+", "", local)) if w]
    boxes = vocab.team_mailboxes | vocab.machine_mailboxes
    if len(words) >= 2 and all(w in boxes or w == label for w in words):
        return any(w in boxes for w in words)
    squeezed = re.sub(r"[^a-z0-9]", "", local)
    if len(label) < 3 or label not in squeezed:
        return False
    rest = squeezed.replace(label, "", 1)
    return rest in vocab.team_mailboxes


def company_named_box(name: str, email: str | None) -> bool:
    """A mailbox whose display name starts with the company's own name, as its address's
    domain spells it, and one word or more after it ("Kauppahalli Rekry" at rekry@kauppahalli.
    example, "Harrowfield Toborzás" at toborzas@harrowfield.example): a team's box, nobody's
    own; a person's address has a dot or their name in it."""
    if not email or "@" not in email:
        return False
    local, _, domain = email.lower().partition("@")
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
    words = without_accents(name).casefold().split()
    if len(label) < 4 or len(words) < 2 or "." in local:
        return False
    return re.sub(r"[^a-z0-9]", "", words[0]) == label


def _is_user(email: str | None, name: str, ctx: _Ctx) -> bool:
    if email:
        return email.lower() in ctx.user_emails
    return bool(name) and " ".join(name.split()).lower() in ctx.user_names


def _domain_hint(found: _Found, email: str, ctx: _Ctx) -> None:
    """Remember the first employer-looking mail domain (not free mail, a service or the user's)."""
    if found.domain_hint:
        return
    domain = _domain(email)
    vocab = ctx.vocab
    if not domain or domain in vocab.free_mail or _in_domains(domain, vocab.service_domains):
        return
    if any(_domain(u) == domain for u in ctx.user_emails):
        return
    found.domain_hint = domain


def _company_from_domain(domain: str, vocab: _Vocab) -> str | None:
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return None
    second = ".".join(labels[-2:]) in vocab.suffixes or (
        len(labels[-1]) == 2 and labels[-2] in vocab.second_levels  # "mzo.com.pl"
    )
    cut = 2 if second and len(labels) >= 3 else 1
    label = labels[-cut - 1]
    if not re.fullmatch(r"[a-z0-9-]{2,63}", label) or label.isdigit():
        return None
    words = [w for w in label.split("-") if w]
    return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words) or None


def _leave_out_likely_user(found: _Found, ctx: _Ctx) -> None:
    """Without the user's address (no profile email, no mail recipient): an attendee with a
    personal address (free mail) among people of the employer's domain is most likely the
    candidate, not an interviewer; left out, with a note."""
    if ctx.user_emails:
        return
    vocab = ctx.vocab
    personal = [p for p in found.interviewers if _domain(p.email) in vocab.free_mail]
    people = found.interviewers + ([found.coordinator] if found.coordinator else [])
    employer = [
        p
        for p in people
        if p.email
        and _domain(p.email) not in vocab.free_mail
        and not _in_domains(_domain(p.email), vocab.service_domains)
    ]
    if not personal and found.coordinator is not None:
        home = _domain(found.coordinator.email)
        if home and home not in vocab.free_mail and not _in_domains(home, vocab.service_domains):
            outside = [p for p in found.interviewers if p.email and _domain(p.email) != home]
            # the employer's people: of its domain, or named by its text (no address)
            inside = [p for p in found.interviewers if not p.email or _domain(p.email) == home]
            personal = outside if len(outside) == 1 and inside else []
    if len(personal) != 1 or not employer:
        _leave_out_greeted(found, vocab)
        return
    (you,) = personal
    found.interviewers.remove(you)
    found.notes.append(
        f"{you.name} <{you.email}> looks like you (the one address outside the employer's "
        "among the employer's people): not listed as an interviewer"
    )


# a text that opens with the name alone ("Rowan, thank you for your interest …")
_NAME_ALONE = re.compile(r"\A\W*(?P<alone>[^\W\d_][\w'’-]*),[ \t]+(?=[a-z])")


def _greeted_names(text: str, vocab: _Vocab) -> list[str]:
    """The names the text's greeting may give, lower case, best first: "Dear Dev," -> "dev";
    in the languages of [people] greetings ("Merhaba Rowan,", "Αγαπητέ κύριε Adeyemi,"); a
    whole name before a word of respect ("Rowan Adeyemi 님", "Rowan Adeyemi様")."""
    names = [m.group("first").lower() for m in vocab.greeting.finditer(text)]  # lines' starts
    alone = _NAME_ALONE.search(text)
    if alone is not None:
        names.append(alone.group("alone").lower())
    for line in text.splitlines()[:4]:
        line = line.strip(" \t\u3000")
        for honorific in vocab.cjk_honorifics + vocab.cjk_greetings_after:
            at = line.find(honorific)
            if at <= 0:
                continue
            # the name's words just before it ("…, Rowan Adeyemi 님"), in one script: a word in
            # another ("안녕하세요 Rowan Adeyemi 님", "株式会社さくら Rowan Adeyemi様") is the
            # greeting or the company, not the name
            words: list[str] = []
            for token in reversed(line[:at].split()[-3:]):
                if not re.fullmatch(r"[^\W\d_][\w'’-]*", token):
                    break
                if words and bool(_CJK_ONLY.search(token)) != bool(_CJK_ONLY.search(words[0])):
                    break
                words.insert(0, token)
            names.extend(word.lower() for word in words[-2:])  # either may be the first name
    return names


def _leave_out_greeted(found: _Found, vocab: _Vocab) -> None:
    """The invite's text greets the candidate on a line of its own ("Dear Dev,", "Salut
    Morgan,", "Guten Tag Herr Adeyemi,", "Rowan Adeyemi 님"): the one attendee of that first
    name (or surname), outside the organizer's domain, is the candidate, not an interviewer."""
    for first in _greeted_names(found.description[:600], vocab):
        if _leave_out_one_greeted(found, first):
            return


def _leave_out_one_greeted(found: _Found, first: str) -> bool:
    home = _domain(found.coordinator.email) if found.coordinator else None
    greeted = [
        p
        for p in found.interviewers
        if len(p.name.split()) >= 2
        and first in (p.name.split()[0].lower(), p.name.split()[-1].lower())  # "Herr Adeyemi"
        and not p.title
        and (home is None or _domain(p.email) != home)
    ]
    if len(greeted) != 1:
        return False
    (you,) = greeted
    found.interviewers.remove(you)
    found.notes.append(
        f"{you.name} looks like you (the invite greets {first.capitalize()}): "
        "not listed as an interviewer"
    )
    return True

"""The coordinator named in the text ("Coordinator: Priya Nair", "please contact Noor
Haddad at noor@…", a signature under "Best,"), and the team mailboxes that are nobody."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from followup.core.legal_forms import MAX_FORM_WORDS, ends_in_legal_form, legal_form_at
from followup.core.models import Person, PersonRole
from followup.core.text import without_accents
from followup.delivery.invites.common import (
    LOWER,
    MAX_NAME,
    MAX_SCAN,
    MAX_TITLE,
    UPPER,
    _clip,
    _Ctx,
    _Found,
    _Vocab,
)
from followup.delivery.invites.company_names import fold_words, squeezes
from followup.delivery.invites.name_lists import (
    _LABEL_ENDING,
    FAMILY_PARTICLE,
    NOT_PATRONYM,
    _labelled,
    _looks_like_title,
    _same_person,
    patronym_tail,
)
from followup.delivery.invites.people import (
    _address,
    _domain_hint,
    _is_machine,
    _is_user,
    _team_box,
)
from followup.delivery.invites.titles import MAX_TITLE_WORDS, honorifics_pattern

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


def _coordinator_in_text(
    found: _Found, text: str, ctx: _Ctx, interviewing: Sequence[str] | None = None
) -> None:
    """When no real organizer is the coordinator: a recruiter or coordinator the invite's text
    names with their title ("Recruiter: Amy Santiago (amy@acme.com)", a signature). A
    contact label's person ("Referente: Chiara Bianchi") is the coordinator whoever sent it.
    `interviewing`: the people the text says interview, when the organizer is one of them;
    then, as for a team's mailbox, a person the text gives with their own address after
    their name who is none of them is the coordinator (`_addressed`)."""
    vocab = ctx.vocab
    _labelled_contact(found, text, ctx)
    known = found.coordinator
    if known is not None and known.email is None and text:
        # named before without an address (one calendar of a mail's several): this text's
        # address of theirs ("Coordinator: Chloe Ashdown (chloe.ashdown@…)")
        known.email = _email_of(known.name, text, ctx)
        if known.email:
            found.notes.append(f"coordinator's address {known.email}: the invite's text")
            _domain_hint(found, known.email, ctx)
    team = found.coordinator is not None and is_team(found.coordinator, vocab)
    if found.coordinator is not None and not team and text:
        _named_over_organizer(found, text[:MAX_SCAN], ctx)
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
    # the verbs that ask to contact someone, and a contact's label after "your" ("erreichen
    # Sie Ihre Ansprechpartnerin Anne Roth unter …", "your contact Jo Lee at …")
    asking = vocab.contact_verbs
    if vocab.contact_labels:
        asking = f"{asking}|{_POSSESSIVE}[ \t]+(?:{vocab.contact_labels})"
    for pattern in _titled_people(vocab.coordinator_titles_body, asking):
        for match in pattern.finditer(text):
            if any(start <= match.start("name") < end for start, end in listed):
                continue
            if _company_after_signed_title(match, text) or _legal_form_after(match):
                continue
            name = _ASKED.sub("", " ".join(match.group("name").split()))
            if (
                vocab.coordinator_titles.search(name)
                or vocab.role_words.search(name)
                or vocab.video_words.search(name)
                or ends_in_legal_form(name)
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
            # (or the headers' address of theirs: "Talent <m.keller@…>" as the Reply-To of a
            # tracking system's no-reply mail signed "Mara Keller, Talent Acquisition")
            email = email or _email_of(name, "\n".join([*found.emails, text]), ctx)
            phone = None if email else _phone_in(match.group("tail"))
            if team and email is None and phone is None:
                # a team's box stays, unless the text gives the person's address; "Desmond
                # Achterberg, our recruiting coordinator" is still the person, reached at the
                # box, when nothing else names one (`named_coordinator`)
                if found.named_coordinator is None and not vocab.departments.search(name):
                    found.named_coordinator = Person(
                        name=_clip(name, MAX_NAME),
                        email=found.coordinator.email if found.coordinator else None,
                        title=_coordinator_title(match),
                        role=PersonRole.COORDINATOR,
                    )
                continue
            title = _coordinator_title(match)
            found.coordinator = Person(
                name=_clip(name, MAX_NAME),
                email=email,
                phone=phone,
                title=title,
                role=PersonRole.COORDINATOR,
            )
            how = "with their title" if title else "as the one to contact"
            found.notes.append(f"coordinator {name} named {how} in the invite's text")
            if email:
                _domain_hint(found, email, ctx)
            return
    if interviewing is not None:
        addressed = _addressed(found, text, ctx, interviewing)
    else:
        addressed = (
            _addressed(found, text, ctx, [p.name for p in found.interviewers]) if team else None
        )
    contact = _contact_person(found, text, ctx) or _presented(found, text, ctx) or addressed
    if contact is not None:
        found.interviewers = [p for p in found.interviewers if p.name != contact.name]
        found.coordinator = contact
        found.notes.append(f"coordinator {contact.name}: the text says to contact them")
        _domain_hint(found, contact.email or "", ctx)


def _legal_form_after(match: re.Match[str]) -> bool:
    """Whether a legal form follows the name a match read ("Equipe de Talentos – Sertã Solar
    S.A."): a company's name, a team signing for it, nobody's."""
    rest = match.group("tail").split("\n", 1)[0].split()[:MAX_FORM_WORDS]
    return bool(rest) and legal_form_at(rest, 0) > 0


def _company_after_signed_title(match: re.Match[str], text: str) -> bool:
    """Whether a title and a dash before two capitalised words ("Chargée de recrutement –
    Ardennes Mobilité") follow a name alone on the line above: a signature, its title line
    naming the employer after the dash, not a person."""
    if "title" not in match.groupdict() or match.start("title") > match.start("name"):
        return False
    between = text[match.end("title") : match.start("name")]
    if not re.fullmatch(r"[ \t]*[–—-][ \t]*", between):
        return False
    line_start = text.rfind("\n", 0, match.start("title")) + 1
    if text[line_start : match.start("title")].strip():
        return False
    return _SIGNED_NAME.search(text[max(0, line_start - 120) : line_start]) is not None


# a title that says its holder arranges the interview, in the languages invites are written
# in ("Recruiting Coordinator", "Recruiting-Koordinatorin", "kontaktperson"); a recruiter
# may not ("Recruiter: …" beside a real organizer)
_ARRANGES = re.compile(r"(?i)coordinat|koordin|coördin|kontaktperson")


def _named_over_organizer(found: _Found, text: str, ctx: _Ctx) -> None:
    """A person who organized or sent the invite (a hiring manager, a Webex or Teams host) is
    no coordinator when the text names another with a coordinator's title, explicitly
    ("Coordinator: Maija Korhonen", "Your recruiting coordinator, Lena Fischer, will …", "our
    coordinator Priya Nair", "Din kontaktperson på rekryteringen är Elin Lindqvist"): that
    person is, their address from the text (or the mail's Reply-To when it spells their
    name), and the organizer interviews."""
    organizer = found.coordinator
    assert organizer is not None
    for pattern in _titled_people(ctx.vocab.coordinator_titles_body)[:2]:
        for match in pattern.finditer(text):
            name = _ASKED.sub("", " ".join(match.group("name").split()))
            if (
                not _ARRANGES.search(text[match.start() : match.start("name")])
                or _same_person(name, organizer.name)
                or _is_user(None, name, ctx)
                or ctx.vocab.coordinator_titles.search(name)
                or ctx.vocab.role_words.search(name)
                or ctx.vocab.departments.search(name)
                or ends_in_legal_form(name)
                or len(name.split()) < 2
            ):
                continue
            found_email = _EMAIL_IN_TEXT.search(match.group("tail"))
            email = _address(found_email.group(0).rstrip(".")) if found_email else None
            if email and (_is_user(email, name, ctx) or _is_machine(email, ctx.vocab)):
                continue
            boxes = "\n".join([text, *found.emails])
            email = email or _email_of(name, boxes, ctx)
            found.interviewers = [p for p in found.interviewers if not _same_person(p.name, name)]
            if not any(_same_person(p.name, organizer.name) for p in found.interviewers):
                organizer.role = PersonRole.INTERVIEWER
                found.interviewers.append(organizer)
            found.coordinator = Person(
                name=_clip(name, MAX_NAME),
                email=email,
                title=_coordinator_title(match),
                role=PersonRole.COORDINATOR,
            )
            found.notes.append(
                f"coordinator {name}: the invite's text names them so; {organizer.name} "
                "organized it"
            )
            return


@lru_cache(maxsize=4)
def _contact_label(labels: str) -> re.Pattern[str]:
    """A contact label at a line's start, a possessive and a gender's ending maybe ("Ihre
    Ansprechpartner:in:", "Persona de contacto:"), the person's name after it (honorifics
    before it are none of it: "Lic.", "Frau Dr."), and the rest of the line (their title,
    address or number)."""
    return re.compile(
        r"(?im)^[ \t]*(?:[-–•·■□▪*][ \t]*)?(?:(?:your|ihre?|votre|vos|tu|su|sua|seu|uw|je|"
        r"il[ \t]+tuo|la[ \t]+sua|il[ \t]+suo)[ \t]+)?"
        rf"(?:{labels}){_LABEL_ENDING}[ \t]*[:：–—-][ \t]*"
        rf"(?:(?:{honorifics_pattern()})[ \t]+){{0,2}}"
        rf"(?P<name>{_LINE_NAME})(?![\w])"
        r"(?P<tail>[^\n]{0,160})"
    )


# a title after a contact's name: after a comma, a dash or in brackets, up to the next one
_AFTER_NAME = re.compile(
    r"^[ \t]*(?:,|[–—-]|\()[ \t]*(?P<title>[^,()<>\[\]\n@\d|;]{2,80}?)[ \t]*"
    r"(?:[,()<>|;]|[ \t][–—-][ \t]|$)"
)


def _labelled_contact(found: _Found, text: str, ctx: _Ctx) -> None:
    """The person a contact label names ("Referente: Chiara Bianchi, Talent Acquisition
    Specialist", "Contato: Fernanda Lima – Analista de Atração (fernanda@…)") is the
    coordinator: their title and address from the rest of the line."""
    vocab = ctx.vocab
    if not vocab.contact_labels or not text:
        return
    for seen, match in enumerate(_contact_label(vocab.contact_labels).finditer(text[:MAX_SCAN])):
        if seen >= 10:
            return
        name = " ".join(match.group("name").split())
        tail = match.group("tail")
        found_email = _EMAIL_IN_TEXT.search(tail)
        email = _address(found_email.group(0).rstrip(".")) if found_email else None
        if email and (_is_machine(email, vocab) or _team_box(email, vocab)):
            email = None
        if (
            _is_user(email, name, ctx)
            or vocab.coordinator_titles.search(name)
            or vocab.departments.search(name)
            or vocab.sender_noise.search(name)
            or ends_in_legal_form(name)
        ):
            continue
        after = _AFTER_NAME.match(tail)
        title = " ".join(after.group("title").split()) if after else None
        if title and not _looks_like_title(title, vocab):
            title = None
        known = found.coordinator
        if known is not None and " ".join(known.name.lower().split()) == name.lower():
            known.email = known.email or email or _email_of(name, text, ctx)
            known.title = known.title or title
            return
        if email is None and known is not None and known.email and _team_box(known.email, vocab):
            email = known.email  # a team's box sent it: replies reach the person there
        email = email or _email_of(name, text, ctx)
        found.interviewers = [p for p in found.interviewers if p.name.lower() != name.lower()]
        found.coordinator = Person(
            name=_clip(name, MAX_NAME),
            email=email,
            phone=None if email else _phone_in(tail.lstrip(" \t,:(")),
            title=_clip(title, MAX_TITLE) if title else None,
            role=PersonRole.COORDINATOR,
        )
        found.notes.append(f"coordinator {name}: the invite's text names them as the contact")
        if email:
            _domain_hint(found, email, ctx)
        return


# "Questions? Contact Wren Halloway (wren@…)", "reach out to Tobias Kerr at tobias.kerr@…",
# "email Maren Solberg <maren@…>", "reach out to Teodora Vasić (Talent Partner) at …", "get in
# touch with Teodora Vasić, Talent Partner, on +44 …": the person to write to or call, their
# title beside the name, and their address or number after it
_CONTACT = re.compile(
    r"(?i:\b(?:contact|reach[ \t]+out[ \t]+to|reach|e-?mail|write[ \t]+to|get[ \t]+in[ \t]+touch"
    r"[ \t]+with|speak[ \t]+to|ask[ \t]+for|call|ring|drop[ \t]+a[ \t]+line[ \t]+to|contactez|"
    r"contacta(?:[ \t]+con)?|contatta|kontakt|kontakta|contact[ \t]+op[ \t]+met|"
    # "wenden Sie sich bitte an …", "escribe a …", "scrivi a …", "entre em contato com …"
    r"wenden[ \t]+sie[ \t]+sich(?:[ \t]+bitte)?[ \t]+an|wende[ \t]+dich(?:[ \t]+bitte)?[ \t]+an|"
    r"escrib[ea][ \t]+a|escr[ií]banos[ \t]+a|scriv[ie][ \t]+a|entre[ \t]+em[ \t]+contato[ \t]+com|"
    r"fale[ \t]+com))"
    r"[ \t]+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})[ \t]*"
    r"(?:\((?P<bracket>[^()@\n\d]{2,60})\)[ \t]*|,[ \t]*(?:(?i:our|the)[ \t]+)?"
    r"(?P<comma>[^,()@\n\d]{2,60}),[ \t]*)?"
    r"(?:\(|<|,|:|(?i:at|on|via|by|unter|au|en|al|all['’]indirizzo|per|op))?[ \t]*"
    r"(?:(?P<email>[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})"
    r"|(?P<phone>\+?\(?\d[\d ().-]{6,18}\d))"
)


def _contact_person(found: _Found, text: str, ctx: _Ctx) -> Person | None:
    """The person a contact line names with their own address ("Questions? Contact Wren
    Halloway (wren@larchmont.example)"): not the user, a machine's or a team's box, nor an
    interviewer's name."""
    for seen, match in enumerate(_CONTACT.finditer(text)):
        if seen >= 20:
            break
        name = " ".join(match.group("name").split())
        email = _address(match.group("email").rstrip(".")) if match.group("email") else None
        phone = _phone_in(match.group("phone")) if match.group("phone") else None
        title = " ".join((match.group("bracket") or match.group("comma") or "").split())
        if title and not _looks_like_title(title, ctx.vocab):
            continue  # "Contact Wren Halloway, Monday to Friday, on …"
        if (
            (email is None and phone is None)
            or (email is not None and _is_user(email, name, ctx))
            or (email is not None and _is_machine(email, ctx.vocab))
            or (email is not None and _team_box(email, ctx.vocab))
            or _is_user(None, name, ctx)
            or ctx.vocab.sender_noise.search(name)
            or ctx.vocab.departments.search(name)
            or ctx.vocab.role_words.search(name)
        ):
            continue
        return Person(
            name=_clip(name, MAX_NAME),
            email=email or _email_of(name, text, ctx),
            phone=phone,
            title=_clip(title, MAX_TITLE) if title else None,
            role=PersonRole.COORDINATOR,
        )
    return None


# the words of a title after "our" or "your", up to a comma: "Talent Acquisition Partner",
# "líder de selección", "Analista de Talento"
_OWN_TITLE = r"(?P<title>[^\W\d_][^\W\d_&/'’ \t-]*(?:[ \t]+(?:&[ \t]+)?[^\W\d_][^\W\d_'’-]*){0,5})"
_MAILED = r"(?P<email>[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})"


@lru_cache(maxsize=1)
def _presenting() -> tuple[re.Pattern[str], ...]:
    """A person the text presents as the company's own, by title, with their address: "our
    Talent Acquisition Partner, Ines Okafor (ines.okafor@…)", "nuestra Analista de Talento,
    Camila Ríos <camila.rios@…>", and the name first: "escríbele a Camila Ríos, nuestra líder
    de selección, a camila.rios@…", "Ines Okafor, our People Partner, at ines@…"."""
    name = rf"(?P<name>{_LINE_NAME})(?![\w])"
    own = rf"(?i:\b{_POSSESSIVE})[ \t]+{_OWN_TITLE}"
    return (
        re.compile(
            rf"{own}[ \t]*,[ \t]*{name}[ \t]*(?:[(<][ \t]*|,?[ \t]*{_BY_MAIL})[ \t]*{_MAILED}"
        ),
        re.compile(
            rf"{name}[ \t]*,[ \t]*{own}[ \t]*,?[ \t]*(?:[(<][ \t]*|{_BY_MAIL})[ \t]*{_MAILED}"
        ),
    )


def _presented(found: _Found, text: str, ctx: _Ctx) -> Person | None:
    """The person the text presents as one of the company's by a title after "our" ("our
    Talent Acquisition Partner, Ines Okafor (ines.okafor@…)", "Camila Ríos, nuestra líder de
    selección, a camila.rios@…"), their own address after the name (it spells a word of it):
    the coordinator, unless the title says they interview or they are on the panel."""
    vocab = ctx.vocab
    for pattern in _presenting():
        for seen, match in enumerate(pattern.finditer(text)):
            if seen >= 20:
                break
            name = " ".join(match.group("name").split())
            title = " ".join(match.group("title").split())
            email = _address(match.group("email").rstrip("."))
            local = without_accents(email.split("@", 1)[0]).lower() if email else ""
            if (
                email is None
                or not any(len(w) >= 3 and w in local for w in fold_words(name))
                or vocab.interview_words.search(title)
                or vocab.role_words.search(name)
                or vocab.departments.search(name)
                or _is_user(email, name, ctx)
                or _is_machine(email, vocab)
                or _team_box(email, vocab)
                or any(_same_person(p.name, name) or p.email == email for p in found.interviewers)
            ):
                continue
            return Person(
                name=_clip(name, MAX_NAME),
                email=email,
                title=_clip(title, MAX_TITLE) if _looks_like_title(title, vocab) else None,
                role=PersonRole.COORDINATOR,
            )
    return None


# a name and, right after it, an address ("Nanna Berg (nanna.berg@…", "Dewi Anggraini <dewi…")
_ADDRESSED = re.compile(
    r"(?<![\w.@])(?P<name>[^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){1,3})"
    # a short title between them ("Frau Sabine Keller, Recruiting (sabine.keller@…")
    r"(?:,[ \t]*[^\W\d_][^,()<>@\n]{1,40}?)?"
    r"[ \t]*[(<,][ \t]*(?P<email>[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})"
)


def _addressed(found: _Found, text: str, ctx: _Ctx, interviewing: Sequence[str]) -> Person | None:
    """For an invite a team's or the company's mailbox sent: the person the text gives with
    their own address right after their name, in any language ("Skriv til vores koordinator,
    Nanna Berg (nanna.berg@…)"): the address spells a word of the name; not the user, a
    machine's or a team's box, nor one of the people `interviewing`."""
    for seen, match in enumerate(_ADDRESSED.finditer(text)):
        if seen >= 20:
            break
        email = _address(match.group("email").rstrip("."))
        local = without_accents(email.split("@", 1)[0]).lower() if email else ""
        # the name from its first word the address spells ("unsere Recruiterin Frau Verena
        # Hofbauer (verena.hofbauer@…)": a title and a form of address before it)
        words = match.group("name").split()
        spelled = [
            i for i, w in enumerate(words) if any(len(f) >= 3 and f in local for f in fold_words(w))
        ]
        name = " ".join(words[min(spelled[0], len(words) - 2) :] if spelled else words)
        if (
            email is None
            or not any(len(w) >= 3 and w in local for w in fold_words(name))
            or _is_user(email, name, ctx)
            or _is_machine(email, ctx.vocab)
            or _team_box(email, ctx.vocab)
            or any(_same_person(n, name) for n in interviewing)
        ):
            continue
        return Person(name=_clip(name, MAX_NAME), email=email, role=PersonRole.COORDINATOR)
    return None


# a telephone number right after a name ("at 412-555-0177", "on +44 131 555 0192")
_PHONE_AFTER = re.compile(
    r"^[ \t]*[),]?[ \t]*(?i:at|on|via|by|under|:)?[ \t]*(\+?\(?\d[\d ().-]{6,18}\d)"
)  # (after a title in brackets too: "Imke Harms (Recruiter) on +31 20 555 0199")


def _phone_in(tail: str) -> str | None:
    """The telephone number that starts a name's tail, with 9 to 15 digits."""
    match = _PHONE_AFTER.match(tail)
    digits = sum(c.isdigit() for c in match.group(1)) if match else 0
    return match.group(1) if match and 9 <= digits <= 15 else None


def _coordinator_title(match: re.Match[str]) -> str | None:
    """The coordinator's title as the text writes it: after their name, the title's words
    and the rest of its line up to a separator ("Talent Acquisition Specialist, EMEA" ->
    "Talent Acquisition Specialist"; a department alone, "People & Culture", as their
    signature says it); before their name ("Recruiter: Amy Santiago"), the label's words."""
    title = match.group("title")
    line = title
    if match.end("title") == match.start("tail"):
        line += match.group("tail").split("\n", 1)[0]
    said = _TITLE_END.split(line, maxsplit=1)[0].strip(" \t.,;:")
    if not said or len(said.split()) > MAX_TITLE_WORDS:
        said = title.strip(" \t.,;:")
    return _clip(said, MAX_TITLE) if said else None


# where a title on a signature's line ends: a separator, a bracket, an address, a number
_TITLE_END = re.compile(r"[ \t]*(?:[,|;()<>\[\]]|[ \t][-–—·•][ \t]|\d|\S+@)")


# a verb before a name that says whom to write to ("Contact Kristin Halvorsen (Talent
# Acquisition)"): no part of the name
_ASKED = re.compile(
    r"(?i)^(?:contact|reach|e-?mail|call|ask[ \t]+for|write[ \t]+to|speak[ \t]+to|contactez|"
    r"contacte|contacta|contatta|kontakt|kontakta|contacteer|contacteert|contate|"
    r"contatte|kontaktieren|kontaktieren[ \t]+sie|kontaktiere|skontaktuj[ \t]+się[ \t]+z|"
    r"kontaktujte|ota[ \t]+yhteyttä)[ \t]+(?=\S+[ \t]+\S)"
)


def is_team(person: Person, vocab: _Vocab) -> bool:
    """A coordinator that is a team, nobody's own: a team's mailbox, or a team's or a
    department's name ("Graduate Recruitment <graduates@…>", "Recursos Humanos <rh@…>",
    "Tramuntana Recruiting")."""
    return (
        _team_box(person.email, vocab)
        or bool(vocab.sender_noise.search(person.name) or vocab.departments.search(person.name))
        or company_box(person.name, person.email)
    )


def company_box(name: str, address: str | None) -> bool:
    """A shared mailbox named after the company, in any language: its display name holds the
    mail domain's label spelled over two words or more, and more words ("Rekrutmen Nusantara
    Pangan <RekrutmenNusantaraPangan@nusantarapangan…>"): no person's name spells their
    employer's."""
    if not address or "@" not in address:
        return False
    label = re.sub(r"[\W_]", "", address.rsplit("@", 1)[1].split(".")[0].lower())
    words = name.split()
    if len(label) < 4 or len(words) < 3:
        return False
    for size in range(2, len(words)):
        for start in range(len(words) - size + 1):
            if label in squeezes(" ".join(words[start : start + size])):
                return True
    return False


# A person's name on one line: two or three capitalised words.
# a name on a line: two or three capitalised words, a particle before the last ones ("Pieter
# van Wyk", "Ana de la Cruz")
_NAME_PARTICLE = (
    rf"(?:van|von|dela|delos|delas|de|der|den|del|della|da|di|du|dos|das|la|le|los|las|ter|ten|"
    rf"binti|bin|al|{FAMILY_PARTICLE})"
)
# (a double surname joined by a hyphen keeps its capital: "Jasmine Reyes-Tolentino")
_LINE_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]+)*-?"
_LINE_NAME = (
    rf"{_LINE_WORD}"
    rf"(?:[ \t]+(?:{_NAME_PARTICLE}[ \t]+){{0,2}}{NOT_PATRONYM}{_LINE_WORD}){{1,2}}"
    rf"{patronym_tail(_LINE_WORD)}"
)


# a signature's name alone on its line, just before the line of the title
_SIGNED_NAME = re.compile(rf"(?:^|\n)[ \t]*{_LINE_NAME}[ \t]*\n[ \t]*$")


# A Japanese (or Chinese) name as a signature or a list writes it: the family name, a space
# (ASCII or ideographic), the given name, in kanji or kana ("高橋 由美", "中島 さくら")
CJK_NAME = (
    r"[\u3005\u4e00-\u9fff\u30a0-\u30ff]{1,4}[ \u3000][\u3005\u4e00-\u9fff\u3040-\u30ff]{1,4}"
)
# … or written in one word, as Chinese names and Korean ones are ("陈思雨", "윤지아")
CJK_ONE_NAME = rf"(?:{CJK_NAME}|[\u3005\u4e00-\u9fff]{{2,4}}|[가-힣]{{2,4}})"


# "your" and "our" before a coordinator's title, in the languages invites are written in
_POSSESSIVE = (
    r"(?:your|our|din|ditt|dina|vår|vores|deres|jeres|dein|deine|ihr|ihre|unser|unsere|"
    r"votre|notre|tu|su|nuestro|nuestra|vostro|vostra|nostro|nostra|seu|sua|nosso|nossa|"
    r"uw|onze|jouw|sinun|teidän|meidän)"
)


# the words between a name and their address or number: "at", "unter", "pelo e-mail", "per
# E-Mail", "by phone on", a colon
_BY_MAIL = (
    r"(?:at|on|via|by|under|unter|au|à|en|al|a|per|pelo|pela|por|par|op|na|:)?[ \t]*"
    r"(?:(?:e-?mail|mail|e-post|correo(?:[ \t]+electr[óo]nico)?|telefone?|phone|tel\.?)"
    r"[ \t]*:?[ \t]*(?:(?:at|on)[ \t]+)?)?"
)


@lru_cache(maxsize=8)
def _titled_people(titles: str, contact: str = "contact") -> tuple[re.Pattern[str], ...]:
    """Patterns for a coordinator named in the text, most explicit first; each has the
    groups `name`, `title` and `tail` (the rest of the line, and for a signature the next two
    lines, where an address may follow). The last ones name a coordinator without a title
    (group `title` empty): the words say that they arrange it, or ask to contact them at an
    address or a number ("please email Ines Barros at ines@…", "call me, Paloma Iturbe, at
    412-555-0177")."""
    if not titles:
        return ()
    bare_title = rf"(?i:(?:{titles}))(?![\w])"
    title = rf"(?P<title>{bare_title})"
    # a title with up to two words before it: "Senior Technical Recruiter", "People &
    # Culture Coordinator"
    long_title = rf"(?P<title>(?:[A-ZÀ-Þ][\w'’-]*[ \t]+(?:&[ \t]+)?){{0,2}}{bare_title})"
    name = rf"(?P<name>{_LINE_NAME})(?![\w])"
    tail = r"(?P<tail>[^\n]{0,120})"
    signature_tail = r"(?P<tail>[^\n]{0,120}(?:\n[^\n]{0,120}){0,2})"  # and two more lines
    return (
        # "Recruiter: Amy Santiago (amy@acme.com)"
        re.compile(rf"(?m)^[ \t]*(?i:your[ \t]+)?{title}[ \t]*[:–—-][ \t]*{name}{tail}"),
        # "Your recruiter, Jo Lee <jo@acme.com>", "your recruiter is Jo Lee", "Your
        # coordinator on the day is Morag Quigley", "your recruiter for this role will be …",
        # "Your recruiting coordinator for the day, Desmond Achterberg, …"
        # … "our" and "your" of other languages ("Din kontaktperson på rekryteringen är Elin
        # Lindqvist", "an unsere Recruiting-Koordinatorin Julia Brenner (…)")
        re.compile(
            rf"(?i:\b{_POSSESSIVE}[ \t]+){title}(?:-\w+)?(?:(?:[ \t]+[a-zà-ÿ]+){{1,4}}?[ \t]+"
            rf"(?i:is|will[ \t]+be|är|er|ist|est|es|é|on)"
            rf"[ \t]+|(?:[ \t]+[a-z]+){{0,4}}?[ \t]*,?[ \t]+(?:(?i:is)[ \t]+)?){name}{tail}"
        ),
        # "Priya Raman, Recruiting Coordinator", "Helen Park | Talent Acquisition", "Desmond
        # Achterberg, our recruiting coordinator, …": the name starts its line or follows
        # punctuation, not a word of a sentence
        re.compile(
            rf"(?m)(?:^|(?<=[:;,.!?()|>]))[ \t]*{name}[ \t]*[,(|–—-][ \t]*"
            rf"(?:(?i:our|the)[ \t]+)?{long_title}" + signature_tail
        ),
        # a signature: the name alone on its line ("i. A." before it in German: on behalf
        # of), the title starting the next one
        re.compile(
            rf"(?m)^[ \t]*(?:(?:i\.[ \t]?A\.|i\.[ \t]?V\.|p\.[ \t]?p\.|pp\.)[ \t]*)?{name}[ \t]*\n"
            rf"[ \t]*{long_title}{signature_tail}"
        ),
        # a Korean signature: the department or title, the name, a title or "드림" after it
        # ("누리물류 인사팀 정하은 매니저", "채용담당 윤서아 드림"), the address below, or on
        # its line in brackets or after a comma or a bar ("문의: 채용담당 정하늘 매니저
        # (haneul@…, 02-…)", "인사팀 김하은 과장 / 02-555-0182"), an address or a number in them
        re.compile(
            rf"{title}[ \t]+(?P<name>[가-힣]{{2,4}})(?:[ \t]+[가-힣]{{1,5}})?[ \t]*"
            r"(?P<tail>[(（,/|·](?=[^\n]{0,80}(?:@|\d{2,4}[-.)][ \t]?\d{3,4}))[^\n]{0,120}"
            r"(?:\n[^\n]{0,120}){0,2}|(?:\n[^\n]{0,120}){1,2})"
        ),
        # a Korean, Japanese or Chinese name with a coordinator's title in brackets after it,
        # or after the title as its label ("陈思雨（招聘专员），邮箱 …", "문의: 윤지아 (채용담당) /
        # …", "协调人：陈思雨"), the address on the line
        re.compile(
            rf"(?<![\u3005\u4e00-\u9fff가-힣])(?P<name>{CJK_ONE_NAME})[ \t\u3000]*[（(][ \t]*"
            rf"{title}[ \t]*[)）](?P<tail>[^\n]{{0,120}})"
        ),
        re.compile(
            rf"(?m)^[ \t\u3000]*(?:[-–•·・■□●◆▶*][ \t\u3000]*)?{title}[ \t\u3000]*[:：][ \t\u3000]*"
            rf"(?P<name>{CJK_ONE_NAME})(?![가-힣\u3005\u4e00-\u9fff])(?P<tail>[^\n]{{0,120}})"
        ),
        # a Japanese signature: the department on its line, the name (family and given name
        # in kanji or kana) on the next ("人事総務部" then "高橋 由美")
        # (the company's name and the department may come before the title on its line:
        # "さくら食品 総務部 採用担当" then "青木 真理", the address on the line below)
        re.compile(
            rf"(?m)^(?:[^\n@]{{0,30}}[ \t\u3000])?{title}[ \t]*\n[ \t]*(?P<name>{CJK_NAME})[ \t]*"
            r"(?P<tail>$(?:\n[^\n]{0,120})?)"
        ),
        # "contact Gemma Hart, Recruitment Coordinator, on 0161 …"
        # (the verbs of every language: [people] contact_verbs)
        re.compile(rf"(?i:\b(?:{contact}))[ \t]+{name}[ \t]*,[ \t]*{long_title}{tail}"),
        # no title: "please email Ines Barros-Whitfield at ines@…", "call me, Paloma Iturbe,
        # at 412-555-0177", "reach Tom Kerr on 07700 900123": an address or a number follows;
        # a title in brackets maybe ("fale com Ana Reis (Analista de RH) pelo e-mail ana@…",
        # "erreichen Sie Ihre Ansprechpartnerin Anne Roth (HR) unter anne@…")
        re.compile(
            rf"(?i:\b(?:{contact}))[ \t]+(?:(?i:me)[ \t]*,[ \t]*)?{name}[ \t]*"
            r"(?:\((?=[^()@\n\d]{2,60}\)))?(?P<title>(?<=\()[^()@\n\d]{2,60}|)\)?[ \t]*,?"
            rf"(?=[ \t]*(?i:{_BY_MAIL})[ \t]*(?:<?[\w.+-]+@|\+?\(?\d))"
            r"(?P<tail>[^\n]{0,120})"
        ),
    )

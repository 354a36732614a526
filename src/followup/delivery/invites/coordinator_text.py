"""The coordinator named in the text ("Coordinator: Priya Nair", "please contact Noor
Haddad at noor@…", a signature under "Best,"), and the team mailboxes that are nobody."""

from __future__ import annotations

import re

from followup.core.models import Person, PersonRole
from followup.delivery.invites.common import (
    MAX_NAME,
    MAX_SCAN,
    MAX_TITLE,
    _clip,
    _Ctx,
    _Found,
    _Vocab,
)
from followup.delivery.invites.company_names import squeezes
from followup.delivery.invites.name_lists import _labelled
from followup.delivery.invites.people import (
    _address,
    _domain_hint,
    _is_machine,
    _is_user,
    _team_box,
)
from followup.delivery.invites.roles import _COMPANY_SUFFIX
from followup.delivery.invites.titles import MAX_TITLE_WORDS

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
                name=_clip(name, MAX_NAME),
                email=email,
                title=_coordinator_title(match),
                role=PersonRole.COORDINATOR,
            )
            found.notes.append(f"coordinator {name} named with their title in the invite's text")
            if email:
                _domain_hint(found, email, ctx)
            return
    contact = _contact_person(found, text, ctx)
    if contact is not None:
        found.interviewers = [p for p in found.interviewers if p.name != contact.name]
        found.coordinator = contact
        found.notes.append(f"coordinator {contact.name}: the text says to contact them")
        _domain_hint(found, contact.email or "", ctx)


# "Questions? Contact Wren Halloway (wren@…)", "reach out to Tobias Kerr at tobias.kerr@…",
# "email Maren Solberg <maren@…>": the person to write to, and their address next to the name
_CONTACT = re.compile(
    r"(?i:\b(?:contact|reach[ \t]+out[ \t]+to|reach|e-?mail|write[ \t]+to|get[ \t]+in[ \t]+touch"
    r"[ \t]+with|speak[ \t]+to|ask[ \t]+for|contactez|contacta|contatta|kontakt|kontakta))"
    r"[ \t]+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})[ \t]*"
    r"(?:\(|<|,|(?i:at|on|via))?[ \t]*(?P<email>[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})"
)


def _contact_person(found: _Found, text: str, ctx: _Ctx) -> Person | None:
    """The person a contact line names with their own address ("Questions? Contact Wren
    Halloway (wren@larchmont.example)"): not the user, a machine's or a team's box, nor an
    interviewer's name."""
    for seen, match in enumerate(_CONTACT.finditer(text)):
        if seen >= 20:
            break
        name = " ".join(match.group("name").split())
        email = _address(match.group("email").rstrip("."))
        if (
            email is None
            or _is_user(email, name, ctx)
            or _is_machine(email, ctx.vocab)
            or _team_box(email, ctx.vocab)
            or ctx.vocab.sender_noise.search(name)
            or ctx.vocab.departments.search(name)
            or ctx.vocab.role_words.search(name)
        ):
            continue
        return Person(name=_clip(name, MAX_NAME), email=email, role=PersonRole.COORDINATOR)
    return None


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
    r"contacte|contacta|contatta|kontakt|kontakta)[ \t]+(?=\S+[ \t]+\S)"
)


def is_team(person: Person, vocab: _Vocab) -> bool:
    """A coordinator that is a team, nobody's own: a team's mailbox, or a team's or a
    department's name ("Graduate Recruitment <graduates@…>", "Recursos Humanos <rh@…>",
    "Tramuntana Recruiting")."""
    return _team_box(person.email, vocab) or bool(
        vocab.sender_noise.search(person.name) or vocab.departments.search(person.name)
    )

"""Who arranges a round and who interviews, once every person of the invite is read: the
organizer who meets the candidate alone (a hiring manager sending their own invite, a
recruiter's own phone screen) is an interviewer too; a recruiter who attends only to
introduce the candidate is the coordinator, not an interviewer."""

from __future__ import annotations

import re

from followup.core.models import Person, PersonRole
from followup.core.text import without_accents
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, _clip, _Found, _Vocab
from followup.delivery.invites.coordinator_text import _LINE_NAME, is_team

# The writer says they meet the candidate themselves, in the languages invites are written
# in: "I'll call you", "looking forward to our conversation", "ich freue mich auf unser
# Gespräch", "Vamos conversar", "Ik kijk ernaar uit om kennis met je te maken"; never "we" of
# the company ("We look forward to meeting you") nor the writer arranging ("I've booked your
# interview").
_WRITER_MEETS = re.compile(
    r"(?i)(?:\bI(?:['’]ll|[ \t]+will|['’]d[ \t]+(?:like|love)[ \t]+to|[ \t]+would[ \t]+(?:like|"
    r"love)[ \t]+to)[ \t]+(?:give[ \t]+you[ \t]+a[ \t]+)?(?:call|ring|phone|speak|talk|chat|meet"
    r"|interview|walk[ \t]+you[ \t]+through)\b"
    r"|\b(?:I['’]m|I[ \t]+am|I)[ \t]+(?:really[ \t]+)?look(?:ing)?[ \t]+forward[ \t]+to[ \t]+"
    r"(?:speaking|talking|chatting|meeting|our)\b"
    r"|^[ \t]*(?:really[ \t]+)?looking[ \t]+forward[ \t]+to[ \t]+(?:speaking|talking|chatting)"
    r"[ \t]+(?:with|to)[ \t]+you\b"
    r"|\b(?:looking[ \t]+forward[ \t]+to|before)[ \t]+our[ \t]+(?:conversation|chat|call|talk|"
    r"meeting|interview)\b"
    r"|\b(?:with|call|meet)[ \t]+me\b"
    r"|\bI(?:['’]ll|[ \t]+will)[ \t]+be[ \t]+(?:interviewing|conducting|leading|running|your"
    r"[ \t]+interviewer)\b"
    # German, French, Spanish, Portuguese, Italian, Dutch
    r"|\bich[ \t]+freue[ \t]+mich[ \t]+(?:sehr[ \t]+)?(?:auf[ \t]+(?:unser|das)[ \t]+(?:Gespräch|"
    r"Telefonat|Kennenlernen)|(?:darauf,?[ \t]+)?Sie[ \t]+kennenzulernen|auf[ \t]+Sie)"
    r"|\bich[ \t]+(?:rufe|werde)[ \t]+Sie\b"
    r"|\bj['’]ai[ \t]+hâte[ \t]+de[ \t]+(?:vous|te)[ \t]+(?:rencontrer|parler)"
    r"|\bje[ \t]+(?:vous|t['’])[ \t]*(?:appellerai|rencontrerai)"
    r"|\b(?:te|le)[ \t]+llamaré\b|\btengo[ \t]+ganas[ \t]+de[ \t]+conocert[ea]"
    r"|\b(?:nuestra|nossa|la[ \t]+nostra)[ \t]+(?:conversación|conversa|llamada|charla|"
    r"chiacchierata|conversazione)\b"
    r"|\bvamos[ \t]+conversar\b|\bconversaremos\b|\b(?:te|lhe)[ \t]+ligarei\b"
    r"|\bnon[ \t]+vedo[ \t]+l['’]ora[ \t]+di[ \t]+conoscert[ie]|\bti[ \t]+chiamerò\b"
    r"|\bik[ \t]+kijk[ \t]+(?:ernaar[ \t]+)?uit[ \t]+(?:naar[ \t]+ons[ \t]+gesprek|om[ \t]+"
    r"(?:kennis[ \t]+met[ \t]+(?:je|u)[ \t]+te[ \t]+maken|(?:je|u)[ \t]+te[ \t]+spreken))"
    r"|\bik[ \t]+bel[ \t]+(?:je|u)\b"
    # the writer leads the interview: "Je mènerai l'entretien", "Das Gespräch führe ich",
    # "Realizaré la entrevista", "Conduzirei a entrevista", "Condurrò il colloquio"
    r"|\bje[ \t]+(?:mènerai|conduirai|ferai|animerai)[ \t]+(?:l['’][ \t]*|cet[ \t]+)entretien"
    r"|\b(?:das|dieses)[ \t]+Gespräch[ \t]+führe[ \t]+ich\b|\bich[ \t]+(?:führe|werde)[ \t]+"
    r"(?:das|Ihr|dein)[ \t]+(?:Vorstellungs)?gespräch\b"
    r"|\b(?:realizaré|llevaré|conduciré|haré)[ \t]+(?:a[ \t]+cabo[ \t]+)?(?:la|tu|su)[ \t]+"
    r"entrevista|\b(?:te|le)[ \t]+entrevistaré\b"
    r"|\b(?:conduzirei|farei|realizarei)[ \t]+a[ \t]+(?:sua[ \t]+)?entrevista"
    r"|\b(?:condurrò|farò)[ \t]+(?:il|il[ \t]+tuo|il[ \t]+suo)[ \t]+colloquio"
    r"|\bik[ \t]+(?:voer|leid)[ \t]+het[ \t]+gesprek\b)",
    re.MULTILINE,
)


# Others the text says interview without naming them ("A member of our engineering team will
# call you", "you'll meet the hiring manager", "the panel will …"): the organizer arranges
_OTHERS_MEET = re.compile(
    r"(?i)\b(?:(?:a[ \t]+)?members?[ \t]+of[ \t]+(?:our|the)|(?:the|our)[ \t]+(?:hiring[ \t]+"
    r"manager|panel|interviewers?|interview[ \t]+panel|(?:[\w-]+[ \t]+)?team))\b"
    r"[^.!?\n]{0,40}?\b(?:will|would|is[ \t]+going[ \t]+to)\b"
    r"|\b(?:meet|meeting|speak|speaking|talk|talking)[ \t]+(?:with[ \t]+)?(?:the|our|a[ \t]+few|"
    r"several|some)[ \t]+(?:of[ \t]+(?:the|our)[ \t]+)?(?:[\w-]+[ \t]+)?(?:team|panel|"
    r"hiring[ \t]+manager|interviewers|engineers|colleagues|members)\b"
)


def organizer_meets_alone(found: _Found, text: str, vocab: _Vocab, titled: str | None) -> None:
    """The organizer (or the mail's sender) is an interviewer too when nobody else is named to
    interview and they meet the candidate themselves: the text says so in the first person
    ("I'll call you", "looking forward to our conversation"), or the event's title names them
    (a booking's "Intro call between <host> and <invitee>") and their signature gives no
    recruiter's title. `titled`: their title as
    their signature gives it."""
    person = found.coordinator
    if found.interviewers or person is None or found.cancelled:
        return
    if is_team(person, vocab) or not person.email or person.email not in found.emails:
        return  # a team's box, or a person the text named: not the one who writes
    said = text[:MAX_SCAN]
    if _OTHERS_MEET.search(said):
        return
    first_person = _WRITER_MEETS.search(said) is not None
    recruiter = bool(titled and vocab.coordinator_titles.search(titled))
    if not first_person and (recruiter or not _names(found.title or "", person.name)):
        return
    found.interviewers.append(
        Person(name=person.name, email=person.email, title=titled, role=PersonRole.INTERVIEWER)
    )
    found.notes.append(
        f"{person.name} organised the meeting and meets you themselves: an interviewer too"
    )


def _names(title: str, name: str) -> bool:
    """Whether an event's title names the person: their whole name, or their first name
    beside another's ("Rowan / Marcus", "Marcus <> Rowan")."""
    folded = without_accents(title).casefold()
    words = without_accents(name).casefold().split()
    if not words:
        return False
    if re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", folded):
        return True
    pair = r"[ \t]*(?:/|<>|&|\+|x|and|und|et|y|e)[ \t]*"
    first = re.escape(words[0])
    return re.search(rf"(?<!\w)(?:\w+{pair}{first}|{first}{pair}\w+)(?!\w)", folded) is not None


# The words of a person who introduces the candidate to who interviews: "will join for the
# first five minutes to introduce you to …", "se unirá al principio para presentarte a …",
# "pour vous présenter à …"
_INTRODUCES = re.compile(
    r"(?i)\b(?:(?:to[ \t]+)?introduce[ \t]+you(?:[ \t]+to)?|do[ \t]+(?:the[ \t]+)?introductions"
    r"|presentart[ea][ \t]+a|para[ \t]+presentart[ea]|para[ \t]+presentarl[ea]"
    r"|(?:pour[ \t]+)?(?:vous|te)[ \t]+présenter[ \t]+à|per[ \t]+presentarti|presentarti[ \t]+a"
    r"|para[ \t]+(?:te|lhe)[ \t]+apresentar|apresentá-l[oa][ \t]+a"
    r"|om[ \t]+(?:je|u)[ \t]+voor[ \t]+te[ \t]+stellen|um[ \t]+Sie[ \t]+(?:\w+[ \t]+)?vorzustellen)"
)


# … and only for a while: "for the first five minutes", "briefly", "at the start", "al
# principio", "au début", "zu Beginn", "all'inizio", "no início", "aan het begin"
_BRIEFLY = re.compile(
    r"(?i)\b(?:first|opening)[ \t]+(?:(?:few|couple[ \t]+of|\d+|two|three|five|ten|fifteen)"
    r"[ \t]+)?minutes|\bbriefly\b|\bquick(?:ly)?\b|\bat[ \t]+the[ \t]+(?:start|beginning)\b"
    r"|\bonly\b|\bal[ \t]+(?:principio|inicio)\b|\bau[ \t]+début\b|\bzu[ \t]+Beginn\b"
    r"|\ball['’]inizio\b|\bno[ \t]+início\b|\baan[ \t]+het[ \t]+begin\b|\bbrevemente\b"
    r"|\bkurz\b"
)


# the writer as the one who introduces ("I'll join for a few minutes to introduce you")
_WRITER = re.compile(r"(?i)(?:^|[^\w])(?:I|I['’]ll|I['’]m|je|j['’]|ich|yo|io|ik|eu)(?:\s|$)")


def introducers_arrange(found: _Found, text: str, vocab: _Vocab) -> None:
    """A person who attends only to introduce the candidate to the one who interviews ("Dana
    Whitfield (Recruiter) will join for the first five minutes to introduce you to Omar
    Haddad") is no interviewer when someone else interviews; with no coordinator of their own
    (a tracking system's no-reply sent it), they are the coordinator."""
    said = text[:MAX_SCAN]
    introducers: list[Person] = []
    for seen, match in enumerate(_INTRODUCES.finditer(said)):
        if seen >= 10:
            break
        start = max(said.rfind(c, 0, match.start()) for c in ".!?\n;") + 1
        before = said[start : match.start()]
        people = [p for p in found.interviewers if _said_in(p.name, before)]
        if not people and _WRITER.search(before) and found.coordinator is not None:
            people = [found.coordinator]
        # one who is there a while only, or a recruiter: an interviewer who introduces a
        # colleague ("Omar Haddad (Design Director) will introduce you to Kenji") interviews
        end = min((i for i in (said.find(c, match.end()) for c in ".!?\n;") if i >= 0), default=-1)
        sentence = said[start : end if end >= 0 else len(said)]
        brief = _BRIEFLY.search(sentence) is not None
        people = [
            p
            for p in people
            if brief
            or (p.title and vocab.coordinator_titles.search(p.title))
            or (found.coordinator is not None and _same(p, found.coordinator))
            or vocab.coordinator_titles.search(before)
        ]
        introducers += [p for p in people if p not in introducers]
    if not introducers:
        return
    others = [p for p in found.interviewers if not any(_same(p, i) for i in introducers)]
    if not others:
        return  # they introduce and interview: nobody else is named
    coordinator = found.coordinator
    for person in introducers:
        if coordinator is None or is_team(coordinator, vocab):
            coordinator = Person(
                name=person.name,
                email=person.email or (coordinator.email if coordinator else None),
                title=person.title,
                role=PersonRole.COORDINATOR,
            )
            found.notes.append(
                f"coordinator {person.name}: the invite says they only introduce you"
            )
        elif _same(person, coordinator):
            coordinator.title = coordinator.title or person.title
    found.coordinator = coordinator
    found.interviewers = others


def _said_in(name: str, text: str) -> bool:
    """The person's whole name, or their first name alone, in the text."""
    words = name.split()
    if not words:
        return False
    whole = r"[ \t]+".join(re.escape(w) for w in words)
    if re.search(rf"(?<!\w){whole}(?!\w)", text):
        return True
    return len(words) >= 2 and re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", text) is not None


def _same(a: Person, b: Person) -> bool:
    if a.email and b.email:
        return a.email.lower() == b.email.lower()
    return " ".join(a.name.casefold().split()) == " ".join(b.name.casefold().split())


# A tracking system's field for the hiring manager ("Hiring Manager: Omar Haddad", as iCIMS
# and Workday confirmations list it beside "Recruiter: …")
_HIRING_MANAGER = re.compile(
    r"(?im)^[ \t]*(?:[-–•·*][ \t]*)?(?:hiring[ \t]+manager|hiring[ \t]+lead)[ \t]*[:：][ \t]*"
    rf"(?P<name>{_LINE_NAME})[ \t]*$"
)


def hiring_manager_meets(found: _Found, text: str) -> None:
    """With nobody else named to interview, the hiring manager a confirmation's field names
    is who the candidate meets (not the coordinator, who only arranged it)."""
    if found.interviewers:
        return
    match = _HIRING_MANAGER.search(text[:MAX_SCAN])
    if match is None:
        return
    name = " ".join(match.group("name").split())
    if found.coordinator is not None and _said_in(found.coordinator.name, name):
        return
    found.interviewers.append(Person(name=_clip(name, MAX_NAME), role=PersonRole.INTERVIEWER))
    found.notes.append(f"{name} interviews: the invite names them as the hiring manager")

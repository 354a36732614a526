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
from collections.abc import Iterable

from followup.core.legal_forms import (
    letters,
    short_of_legal_form,
    through_legal_form,
    without_legal_form,
)
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, _clip, _Ctx, _Found, _Vocab
from followup.delivery.invites.company_domain import (
    _domain_spelled,
    _spells_label,
    abbreviates,
    label_words,
    tenant_company,
    written_in_full,
)
from followup.delivery.invites.company_names import (
    NAME_IN_TEXT,
    _plausible_company,
    _same_name,
    acceptable,
    company_shaped,
    extends,
    fold_words,
    known_people,
    name_shaped,
    name_words_only,
    names_a_person,
    spells_out,
    without_town,
    without_when,
)
from followup.delivery.invites.company_text import (
    _full_name,
    _signature_company,
    _with_business_noun,
    body_company,
    client_company,
    for_a_client,
    legal_names,
    native_company,
    titled_company,
    venue_names,
    without_team,
)
from followup.delivery.invites.people import _company_from_domain
from followup.delivery.invites.roles import (
    _BODY_ROLE,
    _CJK_TEXT,
    _ON_BEHALF,
    _body_role,
    _cjk_role,
    _dashed_role,
    _led_in,
    _role_left,
    _role_words_only,
    _without_company,
    says_more,
    subject_tag,
    without_company_first,
    without_enclosing_brackets,
    without_terms,
)
from followup.delivery.invites.subject import (
    _PAREN_TAIL,
    _REQUISITION,
    _SEPARATORS,
    _event_name_role,
    _job_shaped,
    _title_company_role,
    _without_lead,
)
from followup.delivery.invites.titles import continues

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
    r"(?P<company>" + NAME_IN_TEXT + ")"
)


# The end of a sentence inside a clue: a full stop after a word of three letters or more, not
# an abbreviation's ("St. Luke's", "Inc. Careers")
# a sentence ends after a word of three small letters, or of two before a capitalised word
# ("Wattle & Gum. We would like …"); "St. Kilda", "Co. Ltd" go on
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})[.!?]\s+|(?<=[a-zà-ÿ]{2})[.!?]\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _sentence_head(text: str) -> str:
    """The name up to the end of its sentence: "Northgate Bank. I'd like" -> "Northgate Bank"."""
    return re.split(r"[.!?]\s+", text, maxsplit=1)[0].strip(" .,")


_WEIGHTS = {
    "client": 150,  # a recruiter's "our client, Harrowgate Foods Group": the employer
    "field": 100,  # "Company: Pinewood Studios"
    "legal form": 75,  # "Rheinauen Kältetechnik GmbH": a name said with its legal form
    "venue": 50,  # the place's name before its address ("Bistro Le Petit Héron, 230 rue …")
    "on behalf": 95,  # "sent on behalf of Acme" in a tracking system's footer
    "subject tag": 85,  # "【みなと精機】…", "[누리물류] …"
    "native name": 75,  # "有明バイオテック株式会社", "东海科技 人力资源部": in its own script
    "sender": 90,  # the name an applicant-tracking system or a department sends under
    "title": 80,  # the subject's or the event's "… at Acme", "… with Acme"
    "body role": 70,  # "for the Designer position at Acme"
    "body": 65,  # "Welcome to Acme", "interest in Acme", "Design Lead at Acme,"
    "body team": 60,  # "the team at Acme"
    "signature": 55,  # "Recruiter | Acme Corp" at the end of the mail
    "person's title": 55,  # "Dr. Ethan Cole, Medical Director, Sunset Ridge Animal Hospital"
    "subject word": 40,  # a bare word of the subject
    "domain text": 35,  # the text's spelling of the mail domain ("Hudson Bend Living")
    "tenant": 30,  # a tracking system's link ("acme.wd5.myworkdayjobs.com")
    "domain": 10,  # the mail domain itself ("Acme" for acme.com)
    "bracket said": 45,  # a role's brackets that the text writes again, as a name is written
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


# the word that says where a job is, before the employer's name: "Pegawai Akaun di Bumi Hijau
# Sdn Bhd", "Analyst at Corran Civil Ltd", "Técnico en Vidrios Andinos S.A.", "Kỹ sư tại …"
_AT_EMPLOYER = re.compile(
    r"\s(?:di|at|bei|en|tại|chez|presso|bij|hos|på|em|na|w|à|ở)\s+(?=[^\W\d_])", re.IGNORECASE
)


def _after_a_job(name: str, vocab: _Vocab) -> str:
    """A name a legal form follows, without a job's words and the word that says where before
    it ("Pegawai Akaun Kanan di Bumi Hijau" -> "Bumi Hijau"); "Banca di Cividale" (no job's
    words before "di") stays whole."""
    for match in reversed(list(_AT_EMPLOYER.finditer(name))):
        head, tail = name[: match.start()], name[match.end() :]
        if tail[:1].isupper() and vocab.role_words.search(head):
            return tail
    return name


def _subject_agrees(said: str, read: list[str | None], role: str | None, vocab: _Vocab) -> bool:
    """The text's role `said` is the one the mail's subject gives too (the last of `read`,
    gender tags left out) and another than the event title's `role`: two clues written
    alike over the calendar's other wording."""

    def plain(value: str | None) -> str:
        return " ".join(vocab.gender_tag.sub("", value or "").casefold().split())

    return (
        len(read) == 2
        and role is not None
        and plain(read[0]) == plain(role)
        and plain(read[1]) == plain(said)
        and plain(said) != plain(role)
    )


def _without_company_people(found: _Found, name: str) -> None:
    """The company's `name` is no interviewer, and no part of a person's title after a comma
    ("Medical Director, Sunset Ridge Animal Hospital" -> "Medical Director")."""
    company = fold_words(name)
    if not company:  # a name in a script `fold_words` keeps no letter of ("みなと精機")
        return
    found.interviewers = [p for p in found.interviewers if fold_words(p.name) != company]
    for person in [found.coordinator, *found.interviewers]:
        if person is None or not person.title or "," not in person.title:
            continue
        head, _, tail = person.title.rpartition(",")
        if head.strip() and fold_words(tail) == company:
            person.title = head.strip()


MAX_ROLE_WORDS = 8


def _without_last_when(title: str) -> str:
    """A title without the day said at its end, after its last separator: "Entretien : Chef
    de projet (Atelier Sorelle), le 4 juin" -> "Entretien : Chef de projet (Atelier
    Sorelle)"; a day between its parts ("Interview 3 June – Data Analyst") stays."""
    cut = without_when(title)
    return cut if cut and not re.search(r"[|:–—]|\s-\s", title[len(cut) :]) else title


def _unsaid_word(word: str, text: str, label: str, vocab: _Vocab) -> bool:
    """A subject's one bare word beside the interview's, shaped like a job's (an agent's
    ending: "Atvinnuviðtal: Bakendaforritari", "Entrevista: Geólogo", "Állásinterjú –
    Szoftverfejlesztő"), that the text never writes and the mail domain's `label` does not
    spell: the job's name, no company's (a company is named again in the mail, or is its
    domain's; "Interview: Acme" stays a company)."""
    return (
        len(word.split()) == 1
        and _job_shaped(word, vocab)
        and not _says(word, text)
        and not (label and _spells_label(word, label))
        and not (label and letters(word) in label)
    )


def _says_name(name: str, text: str) -> bool:
    """`text` writes `name` as it is written (letter case kept), as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _says(part: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(part)}(?![\w])", text, re.IGNORECASE) is not None


def _bracket_the_text_says(role: str | None, text: str) -> str | None:
    """A role read as "word (Role)" is the role in brackets when the text says it whole and
    never the one word in lower case before it ("confirmação (Engenheiro/a de Qualidade
    Alimentar)", "potvrzení (Technik kvality)": the subject's word for the mail, not the
    job's); "Senior Physiotherapist (Musculoskeletal)" stays whole."""
    bracketed = re.fullmatch(r"(?P<words>[^()]+?)[ \t]*\((?P<role>[^()]{3,})\)", role or "")
    if bracketed is None:
        return role
    words, inside = bracketed.group("words").strip(), bracketed.group("role").strip()
    if len(words.split()) > 1 or not words.islower():  # "Senior Physiotherapist (MSK)"
        return role
    return inside if _says(inside, text) and not _says(words, text) else role


def _role_repeated(title: str, company: str, text: str, people: set[tuple[str, ...]]) -> str | None:
    """The role by its place, in any language: the one part of the subject (between its
    separators, the company in brackets after it left out) that names neither the company,
    a person nor a day or a number, and that the text says again whole ("Interviul dvs. la
    Vinăria Dealul Cucului – Tehnolog vinificație" and "… pentru postul de Tehnolog
    vinificație"); a first part of one word is the event's name ("ראיון: …"). None unless
    exactly one part is so."""
    company_words = set(fold_words(company))
    said: list[str] = []
    for number, raw in enumerate(_SEPARATORS.split(title)):
        part = re.sub(
            r"\s*\(([^()]*)\)",
            lambda m: "" if set(fold_words(m.group(1))) == company_words else m.group(0),
            raw,
        ).strip(" .,;!?")
        words = fold_words(part)
        if (
            not words
            or len(part.split()) > MAX_ROLE_WORDS
            or (company_words and company_words <= set(words))
            or re.search(r"\d|@", part)
            or names_a_person(part, people)
        ):
            continue
        if number == 0 and len(part.split()) == 1:
            continue  # "ראיון: …", "Intervju: …": one word first, the event's name
        elif _says(part, text):
            said.append(part)
    return said[0] if len(set(said)) == 1 else None


def _without_names(text: str, names: Iterable[str]) -> str:
    """`text` without the lines that repeat one of `names` with at most two words after it
    (a guest list's "Lakeshore Freight Candidate Calendar - organizer": the mailbox's name
    again, no clue of its own; "Talent Acquisition, Saffronleaf Technologies" stays)."""
    names = [n.casefold() for n in names if n]
    if not names:
        return text

    def repeats(line: str) -> bool:
        low = line.strip().casefold()
        return any(low.startswith(n) and len(low[len(n) :].split()) <= 2 for n in names)

    return "\n".join(line for line in text.split("\n") if not repeats(line))


def _as_the_text_says(name: str | None, text: str) -> str | None:
    """A sender's display name as the invite's text names the company: the longest run of
    its first words (two or more) that the text says whole, when it never says the whole
    name ("Lakeshore Freight Candidate Calendar", "Fjordlys Energi Kandidatkalender": a
    calendar's or a mailbox's words after the company's, in any language); else the name."""
    if not name:
        return name
    words = name.split()

    def says(part: str) -> bool:
        return re.search(rf"(?<![\w]){re.escape(part)}(?![\w])", text, re.IGNORECASE) is not None

    if len(words) < 2 or says(name):
        return name
    for size in range(len(words) - 1, 1, -1):  # two words at least: "Harbor" is no company
        head = " ".join(words[:size])  # of "Harbor Lane Foundry" a text says "Harbor" of
        if says(head):
            return head
    return name


# a role and a bracket of full-width brackets after it ("供应链经理（云帆物流）")
_WIDE_PAREN_TAIL = re.compile(r"^(?P<main>.+?)\s*（(?P<paren>[^()（）]+)）$")

MAX_SENTENCE_CASE_WORDS = 4


def _sentence_case(name: str) -> bool:
    """A name written in sentence case, as a legal form after it shows it is one ("Baltijos
    duomenys, UAB", "Skånska byggvaror AB"): a capital first, a few words of letters only."""
    words = name.split()
    return (
        0 < len(words) <= MAX_SENTENCE_CASE_WORDS
        and words[0][:1].isupper()
        and all(w.replace("-", "").isalpha() for w in words)
    )


def _a_cjk_person_s(value: str, found: _Found) -> bool:
    """`value`, in a script written without spaces, is a person's name or a word of one ("鈴木"
    of the interviewer "鈴木 一郎"): no company ("known_people" keeps no such name's words)."""
    if not _CJK_TEXT.search(value):
        return False
    for person in [found.coordinator, *found.interviewers]:
        if person and (value in person.name.split() or value == person.name.replace(" ", "")):
            return True
    return False


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
        "person's title": "the text names it after a person's title",
        "domain text": "the text spells the mail domain",
        "tenant": "the applicant-tracking system's link names it",
    }

    said_all = f"{subject}\n{found.title or ''}\n{found.location or ''}\n{body[:MAX_SCAN]}"

    def offer(value: str | None, source: str) -> None:
        if not value or len(offers) >= 40:
            return
        value = _SENTENCE_END.split(value, maxsplit=1)[0]  # "Harbor Lane Foundry. We would"
        value = through_legal_form(value)  # "Muscat Petrochemicals SAOC. Your interview"
        value = short_of_legal_form(value, said_all)  # "Wisła Tech Sp" of "… Sp. z o.o."
        value = without_when(value)  # "Marrowbone Robotics for Thursday, February 25"
        value = without_legal_form(value.strip(" .,;:!")).strip(" .,;:!")
        value = without_team(value, vocab)  # "Siam Pack HR", "Reclutamiento Grupo Tulum"
        if value.startswith("[") and value.endswith("]") and "[" not in value[1:]:
            value = value[1:-1].strip()  # "[Kestrel Aviation] Interview …": a subject's tag
        if (
            _plausible_company(value)
            and (name_shaped(value, vocab) or (source == "legal form" and _sentence_case(value)))
            and acceptable(value, people, ctx)
            and not _a_cjk_person_s(value, found)
        ):
            offers.append((_clip(value, MAX_NAME), source))

    for label in _FIELD.finditer(body[:MAX_SCAN]):  # "Company: Pinewood Studios", "Position: …"
        value = _clip(label.group("value").strip(" .,;"), MAX_NAME)
        if label.group("key").lower() in _COMPANY_KEYS:
            offer(value, "field")
        elif value and not found.role and len(value.split()) <= 8:
            # "Bauleiter (m/w/d)", "Signal Technician II (Job #2027-0148)"
            found.role = _REQUISITION.sub("", vocab.gender_tag.sub("", value)).strip() or None
    # a sender's name that only says its own domain's name tells no more than the domain
    unboxed = _without_names(body[:MAX_SCAN], found.box_names)
    whole = "\n".join([subject, found.title or "", unboxed])
    sender = _as_the_text_says(found.sender_company, whole)
    offer(sender, "domain text" if found.sender_says_domain else "sender")
    tagged = subject_tag(subject or found.title or "")
    if _CJK_TEXT.search(tagged) and not any(  # "【みなと精機】二次面接のご案内", but
        word in tagged
        for word in vocab.cjk_interview_events  # "【一次面接】" is no company
    ):
        offer(tagged, "subject tag")
    fielded = found.role is not None  # a "Position:" line says it best
    cjk = None if fielded else _cjk_role(subject or found.title or "", body, vocab)
    found.role = found.role or cjk or _event_name_role(body, people, vocab)
    others: list[str] = []
    brackets: list[str] = []  # "(Streaming)" after a role: its qualifier, or the company
    given = found.role  # a "Position:" line's, a CJK subject's, an event name's
    read: list[str | None] = []  # the event title's role, then the subject's
    for title in (found.title or "", subject):
        if title:
            title = _without_last_when(title)
            company, role, more, inside = _title_company_role(title, people, domain_company, vocab)
            offer(company, "title")
            found.role = found.role or role
            read.append(role)
            others += more
            if inside and inside not in brackets:
                brackets.append(inside)
    text = body[:MAX_SCAN]
    said: str | None = None
    if text:
        match = _BODY_ROLE.search(text)
        if match:
            offer(name_words_only(_sentence_head(match.group("company") or ""), vocab), "body role")
        # "for the Registered Physiotherapist (Locum) position", "na stanowisko …": the role,
        # whatever its words, and no company when the subject says it too
        said = _body_role(text, vocab, found.role)
        if said:  # without a requisition's number ("Store Manager (Req #4471)")
            said = _clip(_REQUISITION.sub("", said).strip(), MAX_NAME) or None
        if said and given is None and _subject_agrees(said, read, found.role, vocab):
            # "Teamleiter/in Lagerplanung" of the subject and the text over the event's
            # "Teamleitung Lagerplanung": the role as the mail writes it twice
            found.role = said
        if said and (
            not found.role
            or extends(said, found.role)
            or spells_out(said, found.role)
            or says_more(said, found.role, found.company, vocab)
        ):
            # "Kierownik zmiany (magazyn wysokiego składowania)": the text says more; "Site
            # Reliability Engineer II" for the subject's "SRE II": the text says it in full
            found.role = said
        offer(body_company(text, people, ctx), "body")
        match = _BODY_COMPANY.search(text)
        team = _sentence_head(match.group("company")) if match else ""
        offer(name_words_only(team, vocab), "body team")
    offer(client_company(text, vocab), "client")
    behalf = _ON_BEHALF.search(text)  # a tracking system's footer: "sent on behalf of Acme"
    behalf_name = _sentence_head(behalf.group("company")) if behalf else ""
    offer(name_words_only(behalf_name, vocab), "on behalf")
    own_label = re.sub(r"[^a-z0-9]", "", (domain_company or "").lower())
    if body:  # a signature's "Recruiter, Acme Corp" says more than a subject's bare words
        offer(_signature_company(body, found, vocab), "signature")
        titled = titled_company(body, found, vocab)
        if (
            titled
            and own_label
            and not _spells_label(titled, own_label)
            and not company_shaped(titled, vocab)
            and continues(titled, closing=True)
        ):  # "Dana Whitfield, Director, Clinical Analytics" from brightpath-health.com: the
            titled = None  # department the title goes on with, not the employer
        if titled and (len(titled.split()) >= 3 or _spells_label(titled, own_label)):
            # "Ana Lopes, Executive Chef, Harbor Table Bistro": a list's last part that names
            # a business is the company, not one more person
            _without_company_people(found, titled)
            people = known_people(found, ctx)
        offer(titled, "person's title")
    for name in legal_names([found.location or "", body]):
        offer(_after_a_job(name, vocab), "legal form")
    native = native_company([subject, found.title or "", body])
    if not (
        native
        and found.role
        and native != found.role
        and native in found.role.split()
        and native not in body[:MAX_SCAN]
    ):  # "데이터" of the subject's role "데이터 엔지니어", said nowhere else, is no company
        offer(native, "native name")
    for name in venue_names(found.location or "", body):
        offer(name, "venue")
    if not found.role:  # a subject's words the text names after a role's lead ("au poste
        # d'ébéniste-finisseur(e)", "na stanowisko magazyniera") are the role, in any case
        found.role = next((o for o in others if _led_in(o, text, vocab)), None)
    if found.role:  # the role's words are no company ("Cellar Hand (Harvest 2027)")
        plain = fold_words(re.sub(r"\([^()]*\)", " ", found.role))
        others = [o for o in others if fold_words(re.sub(r"\([^()]*\)", " ", o)) != plain]
        # "Process Engineer – Welding": a part of the role after its dash is no company
        parts = [fold_words(p) for p in re.split(r"\s+[-–—]\s+", found.role)[1:]]
        others = [o for o in others if fold_words(o) not in parts]
    for other in others:
        if not found.role and _unsaid_word(other, text, own_label, vocab):
            continue  # "Atvinnuviðtal: Bakendaforritari": the role
        offer(other, "subject word")
    for inside in brackets:  # "Analista de Dados (Maré Digital)" and "… na Maré Digital"
        offer(inside, "bracket said" if _says_name(inside, text) else "bracket")
    texts = [found.location or "", found.title or "", subject, body]
    # "Tatrzańska Spółdzielnia Piekarni" of tatrzanska-piekarnie.pl: the text's name, as it
    # writes it, not the domain's words put back together ("Tatrzańska Piekarnie")
    in_full = written_in_full(domain_company, texts)
    offer(in_full, "domain text")
    spelled = _domain_spelled(found, texts)
    if not (in_full and spelled and set(fold_words(spelled)) <= set(fold_words(in_full))):
        offer(spelled, "domain text")
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
            written = [_without_names(body, found.box_names), found.location or ""]
            found.company = short_of_legal_form(_full_name(chosen[0], written, ctx), said_all)
        own = (domain_label or "").lower()
        if (
            found.company
            and chosen
            and chosen[1] != "field"  # "Fjordkaffe Ærøskøbing", but "Vidrios Santa Catarina"
            and not abbreviates(found.company, own)  # of vidrios-sc.com.mx keeps its town
        ):
            places = f"{found.location or ''}\n{body[:MAX_SCAN]}"
            found.company = without_town(found.company, places, own, vocab)
    # "Staff Engineer (Linear)" at Linear: the role is "Staff Engineer", whichever clue gave it
    tail = _PAREN_TAIL.match(found.role or "") or _WIDE_PAREN_TAIL.match(found.role or "")
    # — and "Boulangerie Saint-Éloi (Operations Manager)" is the role in brackets
    folded = fold_words(found.company or "")
    if tail and (
        (folded and fold_words(tail.group("paren")) == folded)
        or tail.group("paren").strip() == (found.company or "")  # "供应链经理（云帆物流）"
    ):
        found.role = tail.group("main").strip() or found.role
    elif tail and folded and fold_words(without_legal_form(tail.group("main"))) == folded:
        found.role = tail.group("paren").strip() or found.role  # "Marlowe & Finch LLP (…)"
    if found.role:  # "(Junior Architect)", "（生産技術エンジニア（協働ロボット））"
        found.role = without_enclosing_brackets(found.role) or None
    found.role = _bracket_the_text_says(found.role, text)
    if not found.role and found.company:
        found.role = _role_left(others, found.company, people, vocab)
    if not found.role and found.company:  # "Interviul dvs. la … – Tehnolog vinificație"
        found.role = _role_repeated(subject or found.title or "", found.company, text, people)
    if found.role:
        found.role = _without_company(vocab.gender_tag.sub("", found.role), found.company)
    if found.role and found.company == found.role and _CJK_TEXT.search(found.role):
        # "【面试邀请】东海科技 - 前端开发工程师": the subject's company is no role; its
        # other words are
        heading = (subject or found.title or "").replace(found.role, " ")
        found.role = _cjk_role(heading, body, vocab)
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
    if found.role:  # "… (full time, East Tucson office)": the job's terms, not its name;
        # "Specjalista ds. zakupów, 3 czerwca": the day said after it, in any language
        found.role = without_when(without_terms(found.role, vocab)) or found.role
    role = found.role or ""  # "puesto de recepcionista": a lead of two words or more is no
    lead = vocab.role_leads.match(role)  # part of the role ("Position Manager" stays)
    if lead and re.search(r"[ '’]", lead.group(0).strip()) and role[lead.end() :].strip():
        found.role = role[lead.end() :].strip(" '’")
    if found.company:  # "Ana Lopes, Executive Chef, Harbor Table Bistro": the company is
        _without_company_people(found, found.company)  # nobody, and no part of a title
    if chosen is None:
        return
    source = chosen[1]
    if source == "domain":
        found.notes.append(
            f"company guessed from the mail domain {found.domain_hint}: {found.company}"
        )
    elif source in reasons:
        found.notes.append(f"company {found.company}: {reasons[source]}")

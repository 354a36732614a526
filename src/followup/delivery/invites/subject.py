"""Company and role from a subject or an event's title: "… at Acme", "… with Acme", "Acme:
Data Engineer Interview", "Interview - Data Engineer (Noor Haddad)"; requisition codes,
"(m/w/d)", the candidate's name and a place left out."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.delivery.invites.common import MAX_SCAN, _Vocab
from followup.delivery.invites.company_names import (
    NAME_IN_TEXT,
    _plausible_company,
    begins_label,
    calls_a_person,
    company_shaped,
    fold_words,
    name_shaped,
    name_words_only,
    names_a_person,
    names_a_place,
)
from followup.delivery.invites.titles import is_title

# ------------------------------------------------------------------ company and role


_SEPARATORS = re.compile(r"\s+[|–—:/·•-]+\s+|\s*[|–—]\s*|:\s+|\s+<>\s+|\s+x\s+|\s+//\s+")


# "… at Acme" and its other languages' words: "chez", "bei", "presso", "bij", "en", "em",
# "na", "w", "på", "hos"
_AT_RE = re.compile(
    r"^(?P<role>.+?)\s+(?:(?:position|role|job|opening)\s+)?"
    r"(?:at|@|chez|bei|presso|bij|en|em|na|w|på|hos)\s+(?P<company>.+)$",
    re.I,
)


_WITH_TEXT = (
    r"^(?P<pre>.*?)\b(?:{with}|w/|from(?=\s))\s*(?P<who>.+?)(?:\s+for\s+(?:the\s+)?(?P<role>.+?))?$"
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


# A calendar scheduler's event name on its own line ("Event Name:\nBakery Shift Lead interview")
_EVENT_NAME = re.compile(
    r"(?im)^[ \t]*Event[ \t]+(?:Name|Type)[ \t]*:[ \t]*\n?[ \t]*(?P<value>[^\n]{2,120}?)[ \t]*$"
)


# A job requisition's number beside a role: "(R-20417)", "[Req #4411]", "Req ID: 55120",
# "JR-1093", "R-0031877 Demand Planner"
_REQUISITION = re.compile(
    r"(?i)\s*(?:[(\[]\s*(?:req(?:uisition)?\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*)?"
    r"(?:[a-z]{1,4}[-_]?)?(?:\d{3,}|\d{2}-\d{3,})[\w-]*\s*[)\]]"
    r"|[-–—|,]?\s*\breq(?:uisition)?\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[a-z]{0,4}[-_]?\d{3,}\b"
    r"|[-–—|,]?\s*\b(?:jr|job\s*id|job\s*#)\s*[:#-]?\s*\d{3,}\b"
    r"|\s*[(\[]\s*(?:job|posting|vacancy|ref)\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[\w-]*\d{3,}[\w-]*\s*[)\]]"
    # a code in brackets led by a word or three of any language ("(Ref. br. MF-2030-112)",
    # "(código 58231)", "(Kennziffer 2031/118)"): a label, then three digits or more — not a
    # standard's name in capitals and its number ("(ISO 17025)", "(EN 1090)"), nor a season
    # and its year alone ("(vendemmia 2027)", "(winter 2030)")
    r"|\s*[(\[（]\s*(?!(?-i:(?!ID\b|NO\b|NR\b)[A-Z]{2,5})[ \t]+[\d/-]+\s*[)\]）])"
    r"(?:[^\W\d_][^\W\d_.]*\.?[ \t]*){1,3}[:#№]?[ \t]*"
    r"(?!(?:19|20)\d\d\s*[)\]）])[\w/-]*\d{3,}[\w/-]*\s*[)\]）]"
    # a bare code before or after the role, as Workday and iCIMS write it ("R-0031877 Demand
    # Planner", "2031-11842 Clinical Data Manager"): capitals, then four digits or more
    r"|[-–—|,]?\s*(?<![\w-])(?:(?-i:[A-Z]{1,4})[-_]?\d{4,}|\d{4}-\d{4,})(?![\w-]))"
)


_LEADING_TAG = re.compile(r"^[\[(](?P<inside>[^\[\]()\n]{1,40})[\])]\s*:?\s*")


def _strip_prefixes(title: str, vocab: _Vocab, tags: bool = False) -> str:
    text = " ".join(vocab.gender_tag.sub("", title).split())
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        for prefix in vocab.prefixes:
            if low.startswith(prefix):
                text = text[len(prefix) :].strip()
                changed = True
                break
        # a mail system's tag ("[External]", "(EXT)") before the subject, among "RE:" and
        # "Reminder:"; with `tags`, the interview's own words in brackets too ("[Interview]",
        # "[Phone Screen]": the title keeps them, the role does not)
        tag = _LEADING_TAG.match(text)
        if not changed and tag:
            inside = tag.group("inside").strip()
            if vocab.mail_tags.fullmatch(inside) or (tags and not _strip_noise(inside, vocab)):
                text = text[tag.end() :].strip()
                changed = True
    # Google's mail subjects end with " @ Thu Nov 19, 2026 2pm - 3pm (EST) (you@example.com)",
    # in its other languages with a date and a time of their own (" @ 2030 m. rugsėjo 25 d.,
    # trečiadienis 10:00–11:00 (EEST) (…)", " @ lun. 9 juin 2027 10:00 - 11:00 (CEST)")
    text = re.sub(
        r"\s+@\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|[^@\n]{0,60}?\d{1,2}[:.]\d{2}).*$",
        "",
        text,
        flags=re.I,
    )
    text = _REQUISITION.sub("", text)  # "(R-20417)", "Req #4411", "JR-1093"
    return text.strip(" -–—|:")


def _after_article(name: str, vocab: _Vocab) -> str:
    """A subject's company without the article or the word for a firm before it ("der
    Lindqvist Maschinenbau GmbH", "la empresa Hormigones Lezama S.A.", "de firma Bosman
    Bouw"), when a capital starts what follows them."""
    lead = vocab.company_lead.match(name)
    rest = name[lead.end() :] if lead else name
    return rest if rest[:1].isupper() or rest[:1].isdigit() else name


def _strip_noise(segment: str, vocab: _Vocab) -> str:
    """A subject's segment without an interview's words ("Senior Engineer interview"), its
    brackets kept when they hold more than those words ("Analyst (Contract, 6 months)",
    "Engenheiro(a)"); an unbalanced or emptied bracket goes."""
    text = vocab.noise_words.sub(" ", segment)
    text = re.sub(r"\(\s*\)|（\s*）|\[\s*\]", " ", text)  # a bracket the noise words emptied
    if text.count("(") != text.count(")") or text.startswith("("):
        text = text.replace("(", " ").replace(")", " ")
    words = text.split()

    def noise(word: str) -> bool:
        bare = word.lower().strip(".,:;!()")
        return bare in vocab.edge_noise or bool(vocab.interview_compound.fullmatch(bare))

    while words and noise(words[0]):
        words.pop(0)
    while words and noise(words[-1]):
        words.pop()
    out = " ".join(words).strip(" -–—|:,.;!")
    if out.count("(") != out.count(")"):
        out = " ".join(out.replace("(", " ").replace(")", " ").split())
    if re.fullmatch(r"\([^()]+\)", out):  # "interview (Logistics Specialist)"
        out = out[1:-1].strip()
    if out and all(w.lower().strip(".,:;!()") in vocab.stage_words for w in out.split()):
        return ""  # "Final interviews", "Technical round": the interview's stage, no role
    return out


# "Thanks for applying to Lumenfield!", "your application with Lumenfield"
_APPLIED = re.compile(
    r"(?i:\b(?:applying|applied|application|interest)\s+(?:to|at|with|in)\s+)"
    r"(?P<company>" + NAME_IN_TEXT + ")"
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


def _cjk_interview_only(text: str, vocab: _Vocab) -> bool:
    """`text` is only an invitation's words in Chinese, Japanese or Korean ("面試邀請",
    "【面接のご案内】", "면접 안내"): no company, no role."""
    rest = text
    for word in vocab.cjk_interview_words:
        rest = rest.replace(word, " ")
    return rest != text and not rest.strip(" \t\u3000の・、。,:：-–—|/【】〔〕[]()（）")


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


# the ending of a word for one who does a job ("Beekeeper", "Groundsperson", "Arborist",
# "Poissonnier", "Magazynier", "Camarero", "Magazziniere", "Carpinteiro"): a role's last word,
# seldom a company's
# … and in Icelandic ("Bakendaforritari", "Verkstjóri", "Verkfræðingur"), Hungarian
# ("Szoftverfejlesztő", "Programozó"), Spanish ("Geólogo"), Russian ("Инженер-технолог",
# "Программист", "Преподаватель", "Наладчик")
_AGENT_ENDING = re.compile(
    r"(?i)(?:er|or|ist|ian|man|woman|person|eur|euse|ier|ière|iere|ero|era|eiro|eira|ista|"
    r"tore|trice|ant|ent|ari|stjóri|fræðingur|ő|zó|ólogo|óloga|ер|ист|олог|тель|щик|чик|ник)"
    r"(?:\([^()]{1,6}\))?$"
)


def _job_shaped(text: str, vocab: _Vocab) -> bool:
    """`text` is shaped like a job: a job's words, the terms of one in brackets after it
    ("(Maternity Cover)", "(Seasonal)"), or a last word for one who does a job ("Beekeeper",
    "Groundsperson"), short and with no business's noun."""
    if _job_words(text, vocab):
        return True
    bracket = _PAREN_TAIL.match(text)
    if bracket and bracket.group("paren").strip().lower() in vocab.employment_terms:
        return True
    words = re.sub(r"\s*\([^()]*\)$", "", text).split()
    return (
        0 < len(words) <= 3
        and bool(_AGENT_ENDING.search(words[-1]))
        and words[-1].lower() not in vocab.business_nouns
    )


# a title's part of two halves between a comma ("Projektingenieurin, Brennerei Wolkenstein")
_COMMA_HALVES = re.compile(r"^(?P<first>[^,]{2,80}?)\s*,\s*(?P<second>[^,]{2,80})$")


def _role_then_company(
    segment: str, people: set[tuple[str, ...]], domain_label: str | None, vocab: _Vocab
) -> tuple[str, str] | None:
    """(role, company) of a title's part that is a job's title, a comma, then a business's
    name, in any language ("Jefa de Producción, Conservas Arraiz", "Kvalitetsanalytiker,
    Skagen Tangbrug"): the role never stays in the company. None when the second half is a
    place ("Logistics Coordinator, Rotterdam"), a person, more of the job's words, or a
    single bare word that might be the job's field ("Engineer, Platform")."""
    halves = _COMMA_HALVES.match(segment)
    if halves is None:
        return None
    first, second = halves.group("first").strip(), halves.group("second").strip()
    if not (_job_words(first, vocab) or _job_shaped(first, vocab)) or names_a_person(first, people):
        return None
    if (
        _job_words(second, vocab)
        or names_a_place(second)
        or names_a_person(second, people)
        or not _plausible_company(second)
        or not name_shaped(second, vocab)
    ):
        return None
    label = re.sub(r"[^a-z0-9]", "", (domain_label or "").lower())
    squeezed = "".join(fold_words(second))
    spelled = len(label) >= 4 and (squeezed.startswith(label) or label.startswith(squeezed))
    if len(second.split()) < 2 and not (company_shaped(second, vocab) or spelled):
        return None
    return first, second


def _spells_domain(name: str, domain_label: str) -> bool:
    """`name` squeezed is the mail domain's label, or starts it ("Kopi Selasih" of
    kopiselasih.example, "Bumi Hijau" of bumihijaugroup.my)."""
    label = re.sub(r"[^a-z0-9]", "", domain_label.lower())
    return len(label) >= 4 and begins_label(name, label)


def _title_company_role(
    title: str, people: set[tuple[str, ...]], domain_label: str | None, vocab: _Vocab
) -> tuple[str | None, str | None, list[str], str | None]:
    """(company, role, other words, bracket) of an event's title or a mail's subject: the
    company when a pattern names it ("… at Acme", "… with Acme", "applying to Acme"), the
    bare words that might name it, best first, for when nothing better does, and the words in
    brackets after the role ("Staff Engineer (Linear)", "Data Platform Engineer (Streaming)"):
    the company when another clue names it too, else part of the role."""
    bracket: str | None = None
    text = _drop_brackets(_strip_prefixes(title, vocab, tags=True), people, vocab)
    applied = _APPLIED.search(text)
    company: str | None = None
    if applied and _plausible_company(applied.group("company")):
        company = name_words_only(applied.group("company"), vocab).strip(" .,!")
        rest = text[applied.end() :]
        said = re.split(r"[!?.]\s+", rest, maxsplit=1)  # "… to Lumenfield! Let's schedule …"
        text = said[1] if len(said) == 2 else text[: applied.start()] + rest
    role: str | None = None
    candidates: list[str] = []
    met: list[str] = []  # the names an interview is "with" ("Entrevista com a …")
    parts = [raw.strip() for raw in _SEPARATORS.split(text)]
    for number, segment in enumerate(parts):
        if not segment:
            continue
        # "Interview invitation: Warehouse Team Leader at …": another part of the title says
        # it is an interview, so what is before "at" is the role, whatever its words
        told = any(
            n != number and p and not _strip_noise(p, vocab) and vocab.interview_words.search(p)
            for n, p in enumerate(parts)
        )
        at = _AT_RE.match(segment)
        # "… at Lumenfield on Feb 9", "… bei der Lindqvist Maschinenbau GmbH", "… at Corran
        # Civil in Galway", "… at Pellow Marine Tuesday 16 March": the company's name only
        named = vocab.subject_tail.split(at.group("company"), maxsplit=1)[0] if at else ""
        named = name_words_only(_after_article(named.strip(" .,"), vocab), vocab).strip(" .,")
        # "Analyste en logistique": a word in small letters after "en" is no company's name
        if at and _plausible_company(named) and not named[:1].islower():
            left = at.group("role")
            # "Interview with Jane Doe for Senior Designer at Acme": the role follows "for"
            for_ = _FOR_RE.match(left) or _FOR_ABROAD.match(left)
            # "Colloquio per Magazziniere presso …": after an interview's word and "for", the
            # role, whatever its words
            asked = bool(for_ and vocab.interview_words.search(for_.group("pre") or "x"))
            if for_ and (asked or _job_words(for_.group("role"), vocab)):
                left = _without_lead(for_.group("role"), vocab) or left
            left = _strip_noise(left, vocab)
            # "Sollicitatiegesprek Heftruckchauffeur bij …": the interview's word before the role
            told = told or (
                bool(vocab.interview_words.search(at.group("role")))
                and _strip_noise(at.group("role"), vocab) != at.group("role").strip()
            )
            told = told and name_shaped(named, vocab)  # "… de laboratoire en microbiologie"
            if (
                left
                and (asked or told or _job_words(left, vocab))
                and not (names_a_person(left, people) or names_a_place(left))
            ):
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
            # "Entrevista com a Sabiá Pagamentos", "Colloquio con la …": without the article
            who = name_words_only(_after_article(who, vocab), vocab).strip(" .,")
            if with_.group("role"):
                role = role or (_strip_noise(with_.group("role"), vocab) or None)
            if not names_a_person(who, people) and _plausible_company(who):
                candidates.append(who)
                met.append(who)
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
            if (  # "Northsound Ferries (Deck Officer)": the company, the role in brackets
                main
                and _job_words(inside, vocab)
                and not _job_words(main, vocab)
                and name_shaped(main, vocab)
                and not names_a_person(main, people)
                and not vocab.interview_words.search(inside)
            ):
                role = role or _strip_noise(inside, vocab) or None
                candidates.append(main)
                continue
            # "Temuduga – Eksekutif Pemasaran Digital (Kopi Selasih)" from kopiselasih.example:
            # after an interview's word, the bracket that spells the mail domain is the
            # company, whatever the role's words are
            spelled = bool(
                domain_label
                and vocab.interview_words.search(text)
                and _spells_domain(inside, domain_label)
                and not names_a_person(main, people)
            )
            if (
                main
                and (spelled or vocab.role_words.search(main))
                and not vocab.role_words.search(inside)
            ):
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
        if (
            not cleaned
            or names_a_person(cleaned, people)
            or cleaned.lower() in vocab.program_names
            or _cjk_interview_only(cleaned, vocab)  # "Interview Invitation 面試邀請 - …"
        ):
            continue  # "Zoom interview: …": the call's program, no company
        split = _role_then_company(cleaned, people, domain_label, vocab)
        if split:  # "Kvalitetsanalytiker, Skagen Tangbrug": the role, then the company
            role = role or split[0]
            candidates.append(split[1])
            continue
        if company_shaped(cleaned, vocab):  # "Młyn Zbożowy Sp. z o.o.", "… Freight Lines"
            candidates.append(cleaned)
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
    if role is None and company is None and len(candidates) == 2:
        # "Zoom interview: Oyster Shucker - Tidewrack Seafood Bar": of two bare parts, the one
        # shaped like a company's name is the company, the other the role; else the one
        # shaped like a job ("Groundsperson (Maternity Cover)", "Beekeeper") is the role
        # (the one an interview is "with" first: "Entrevista com a Cooperativa Guaraíba -
        # Assistente de Logística")
        shaped = [c for c in candidates if c in met]
        if len(shaped) != 1:
            shaped = [c for c in candidates if company_shaped(c, vocab)]
        if len(shaped) != 1:
            jobs = [c for c in candidates if _job_shaped(c, vocab)]
            shaped = [c for c in candidates if c not in jobs] if len(jobs) == 1 else []
        if len(shaped) == 1 and vocab.interview_words.search(text):
            other = next(c for c in candidates if c != shaped[0])
            if not (names_a_person(other, people) or names_a_place(other)):
                # the other part is the role when no clue says more (`_role_left`)
                return shaped[0], None, [other], bracket
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


def _without_lead(role: str | None, vocab: _Vocab) -> str | None:
    """A role without a lead word before it ("als Disponent Strassentransport" ->
    "Disponent Strassentransport")."""
    if not role:
        return role
    match = vocab.role_leads.match(role)
    rest = role[match.end() :].strip() if match else role
    return rest or role

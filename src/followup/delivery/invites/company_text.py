"""The company from the mail and its text: the name an applicant-tracking system sends
under, "Welcome to Acme" and the like in the body, the signature, an agency's client, legal
names ("Acme GmbH"), the venue of an in-person interview, and a name's full form."""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup.core.legal_forms import (
    ends_in_legal_form,
    legal_form_at,
    legal_forms,
    letters,
    without_legal_form,
)
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, _Ctx, _Found, _Vocab
from followup.delivery.invites.company_domain import _spells_label
from followup.delivery.invites.company_names import (
    _plausible_company,
    acceptable,
    begins_label,
    fold_words,
    name_shaped,
    name_words_only,
    names_a_place,
    squeezes,
)
from followup.delivery.invites.roles import _CJK_TEXT
from followup.delivery.invites.titles import is_title

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


_SENDER_PARTS = re.compile(r"\s*\|\s*|\s+[–—-]\s+|\s+(?:from|at)\s+")


_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{1,14}")


_PERSON_BRACKET = re.compile(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)")


def names_its_own_domain(name: str, address: str | None) -> bool:
    """A sender's display name that only says the name of its own address's domain
    ("Gupy <naoresponda@gupy.io>", "Myworkday Mail <…@myworkday.com>", "Kestrel Foods
    <noreply@kestrelfoods.com>"): it tells no more than the domain does, and at a tool's
    domain it is the tool's name, never the employer's."""
    domain = (address or "").rpartition("@")[2].lower()
    labels = [label for label in domain.split(".") if label]
    if len(labels) < 2:
        return False
    for label in labels[:-1]:
        squeezed = re.sub(r"[^a-z0-9]", "", label)
        if len(squeezed) < 3:
            continue
        if _spells_label(name, squeezed):
            return True
        # "Vagalume" for vagalume-rh.com.br: the label's first part
        if begins_label(name, squeezed):
            return True
    return False


def sender_company(display: str, people: set[str], vocab: _Vocab) -> str | None:
    """The company in an applicant-tracking sender's display name ("Harbourline Energy via
    Greenhouse" -> "Harbourline Energy", "Bramblewood Foods Careers" -> "Bramblewood Foods"),
    None when it names a person (one of `people`, lower case), a tracking system or nothing."""
    text = re.split(r"(?i)\s+(?:via|through|powered by|using)\s+|\s+\(via\s", display)[0]
    # "Mélodie Tremblay-Roy (Atelier Boréal)", "Atelier Boréal (Mélodie Tremblay-Roy)": a
    # person whom the mail names elsewhere and their company in brackets
    bracket = _PERSON_BRACKET.fullmatch(text.strip())
    if bracket:
        outer, inner = bracket.group("outer").strip(), bracket.group("inner").strip()
        if outer.lower() in people:
            text = inner
        elif inner.lower() in people:
            text = outer
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
# the meeting's block a calendar adds to the text, between two such rules (Teams' join
# instructions in the sender's language: "Nehmen Sie von Ihrem Computer … aus teil")
MEETING_BLOCK = re.compile(r"(?ms)^[ \t]*_{20,}[ \t]*$.{0,3000}?^[ \t]*_{20,}[ \t]*$")


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
                    or ends_in_legal_form(part)
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
        if found.title and found.title in line:
            continue  # the event's title ("Topic: Line Cook Interview - Priya Raman")
        title, company = match.group("title"), match.group("company").strip(" .")
        if any(p.name in title for p in found.interviewers):
            continue  # "- Keanu Whitman - Director, Product Management": a panel's line
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


def _with_forms_after_commas(parts: list[str]) -> list[str]:
    """A line's parts, a legal form after a comma joined to the name before it again
    ("Baltijos duomenys, UAB", "Agroindustrias Tapatías, S.A. de C.V.", and in a sentence
    that goes on: "… en Vidrios Santa Catarina, S.A.P.I. de C.V. Te esperamos …")."""
    out: list[str] = []
    for part in parts:
        words = part.strip(" .").split()
        size = legal_form_at(words, 0) if words else 0
        if out and size and (size == len(words) or not words[0].islower()):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# words that join a name's capitalised words ("Kalastus ja Retkeily Oy", "Viñas del Cierzo")
_NAME_JOINERS = frozenset(
    {"&", "and", "und", "y", "e", "et", "ja", "och", "og", "i", "a", "de", "del", "della",
     "di", "da", "do", "dos", "das", "du", "des", "la", "las", "los", "le", "les", "of", "the",
     "van", "von", "der", "den", "het", "en"}
)  # fmt: skip


def named_before_form(sentence: str) -> str | None:
    """The capitalised words a sentence writes just before a legal form, joining words
    between them ("Gracias por tu interés en Vidrios Santa Catarina, S.A.P.I. de C.V. Te …" ->
    "Vidrios Santa Catarina", "Kalastus ja Retkeily Oy kutsuu sinut" -> "Kalastus ja
    Retkeily"): the company as people say it; None when no form follows a capitalised word. A
    form of one word in small letters without a stop ("as", "co") is taken for a word."""
    words = sentence.split()
    for start in range(1, len(words)):
        size = legal_form_at(words, start)
        first = words[start]
        if not size or (size == 1 and first.islower() and "." not in first):
            continue
        if first[:1] == "(" and letters(first) not in legal_forms().forms:
            continue  # "Senior Engineer (SE)": a short form of the words before it
        taken: list[str] = []
        for index in range(start - 1, -1, -1):
            word = words[index].rstrip(",") if index == start - 1 else words[index]
            if not word or not (word[:1].isupper() or word.lower() in _NAME_JOINERS):
                break
            if not re.fullmatch(r"[^\W\d_][\w&'’-]*|&", word):
                break  # "hakemuksestasi." ends the sentence before the name
            taken.insert(0, word)
        while taken and taken[0].lower() in _NAME_JOINERS:
            taken.pop(0)
        said = " ".join([*taken, *words[start : start + size]]).strip(" ,.")
        bare = without_legal_form(said).strip(" ,")
        if taken and bare != said:  # "Smith & Co" keeps its "Co": no form left out
            return bare
    return None


# a name in Japanese, Chinese or Korean script: kanji/hanzi, katakana, hangul (no hiragana,
# whose particles end a name: "この度は|有明バイオテック|株式会社|の…")
_NATIVE = r"[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af\u3005]"
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_NATIVE_RUN = re.compile(rf"{_NATIVE}{{2,30}}")
_RUN_BEFORE = re.compile(rf"{_NATIVE}{{2,30}}$")
# … and after a legal form written first, with the hiragana a name may start with
# ("株式会社さくら電子", "株式会社ひまわり物産"), never a particle ("株式会社の…")
_RUN_AFTER_FORM = re.compile(rf"(?![のはがをにでへもや])[\u3040-\u309f]{{0,10}}{_NATIVE}{{1,30}}")
MAX_NATIVE = 8  # characters of a name in its own script taken without another clue


def _said_alone(name: str, text: str) -> bool:
    """`text` writes `name` as a word of its own somewhere: no character of a name's script
    touching it ("【面试邀请】东海科技 - …", "东海科技 人力资源部")."""
    return bool(re.search(rf"(?<!{_NATIVE}){re.escape(name)}(?!{_NATIVE})", text))


def native_company(texts: Iterable[str]) -> str | None:
    """The company a Japanese, Chinese or Korean text writes in its own script: the name a
    legal form is written into ("この度は有明バイオテック株式会社の…" -> "有明バイオテック",
    "感谢您应聘东海科技有限公司的…" -> "东海科技" where the text also writes it alone,
    "㈜한빛소프트"), else the word before a department on a line ("东海科技 人力资源部",
    "한빛소프트 인사팀 김민지", "有明バイオテック 人事部"). None when there is none."""
    from followup.delivery.invites.titles import cjk_titled

    text = "\n".join(t[:MAX_SCAN] for t in texts)
    if not _CJK_TEXT.search(text):
        return None
    for form in legal_forms().joined:
        for at in (m.start() for m in re.finditer(re.escape(form), text)):
            before = _RUN_BEFORE.search(text, max(0, at - 30), at)
            after = _NATIVE_RUN.match(text, at + len(form))
            run = ""
            if before is not None:  # "…有明バイオテック株式会社", "感谢您应聘东海科技有限公司"
                whole = before.group(0)
                # the longest end of it the text writes alone, else all of it after a
                # particle ("この度は") or when short
                run = next(
                    (whole[i:] for i in range(len(whole) - 1) if _said_alone(whole[i:], text)),
                    "",
                ) or (
                    whole
                    if _HIRAGANA.match(text, before.start() - 1) or len(whole) <= MAX_NATIVE
                    else ""
                )
            elif after is not None:  # "株式会社ミドリ精工", "㈜한빛소프트"
                run = after.group(0)
            elif (kana := _RUN_AFTER_FORM.match(text, at + len(form))) is not None:
                run = kana.group(0)  # "株式会社さくら電子"
            if len(run) >= 2 and not cjk_titled(run):
                return run
    for line in text.splitlines()[:2000]:
        words = line.split()
        for word, following in zip(words, words[1:], strict=False):
            if (
                re.fullmatch(rf"{_NATIVE}{{2,20}}", word)
                and cjk_titled(following)
                and not cjk_titled(word)
            ):
                return word
    return None


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
            parts = re.split(r"\s*(?:[|·•,;]|:\s|\s[-–—]\s)\s*(?=\S)", line.strip())
            for part in _with_forms_after_commas(parts):
                if part in tried:
                    continue  # a part said again is read once
                tried.add(part)
                part = " ".join(part.split()).strip(" .,:!")
                if not 2 <= len(part) <= MAX_NAME or not re.search(r"[^\W\d_]", part):
                    continue
                if _CJK_TEXT.search(part):
                    continue  # "株式会社カワセミ電工": read by _signature_company
                bare = without_legal_form(part).strip(" ,.")
                if bare == part:  # "… en Vidrios Santa Catarina, S.A.P.I. de C.V. Te …"
                    bare = named_before_form(part) or part
                if re.search(r"(?<!\S)\d+(?!\S)", bare):
                    continue  # "Av. Constitución 400 Pte.": an address's number ("Poniente")
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
    from followup.delivery.invites.meeting_format import _ADDRESS_RES, _has_address

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
            parts = re.split(r"[ \t]*(?:[|·•,;:()\t]|\s[-–—/]\s|[ ]{2,})[ \t]*", line.strip())
            # … and the name's words where the line says it, in a sentence ("Your interview
            # with Hollowtree Living Goods for …") or before a team's word ("Hollowtree Living
            # Goods Recruiting")
            for said in re.finditer(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", line):
                # up to a clause's end or a possessive ("Redbud Midstream's hiring process")
                # or a spaced dash ("Azahar Robótica – Parc Tecnològic": the site after it)
                clause = re.split(
                    r"[!?;:,()|·•]|\.(?=\s|$)|['’]s\b|\s[-–—/]\s", line[said.start() :], maxsplit=1
                )[0]
                said_name = without_team(name_words_only(clause, vocab), vocab)
                # words in small letters past the name's own ("Mercado Jabuticaba Comércio de
                # Alimentos"): a registered name's description, not the name people use
                if not any(w[:1].islower() for w in said_name.split()[len(name.split()) :]):
                    parts.append(said_name)
            for part in parts:
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
                    or vocab.interview_words.search(joined)
                    or vocab.departments.search(joined)
                    or vocab.role_words.search(joined)
                    or names_a_place(joined)
                    or not name_shaped(part, vocab)
                ):
                    continue
                best = part
    return best


def without_team(name: str, vocab: _Vocab) -> str:
    """A name without a team's or a department's words after or before it ("Hollowtree
    Living Goods Recruiting", "Siam Pack HR", "Reclutamiento Grupo Tulum" -> the company's
    words); a name that is only such words is kept."""
    words = name.split()

    def team(part: list[str]) -> bool:
        said = " ".join(part)
        return bool(vocab.sender_noise.fullmatch(said)) and said.lower() not in _NAME_WORDS_TOO

    for cut in range(min(len(words) - 1, 3), 0, -1):
        if team(words[-cut:]):
            words = words[:-cut]
            break
    for cut in range(min(len(words) - 1, 3), 0, -1):
        if team(words[:cut]):
            words = words[cut:]
            break
    return " ".join(words)


# words of a team's name that start or end a company's too ("The Hive", "Northwind Talent")
_NAME_WORDS_TOO = frozenset({"the", "people", "talent", "team", "job", "jobs"})


# ", Medical Director, Sunset Ridge Animal Hospital" after a person's name: their title, then
# the company, up to the line's end, a dash, a bracket or a sentence's end
_TITLE_THEN_COMPANY = re.compile(
    r"[ \t]*,[ \t]*(?P<title>[^,\n]{2,60}?)[ \t]*,[ \t]*"
    r"(?P<company>[^,\n]{2,80}?)[ \t]*(?:$|\n|[ \t][-–—|][ \t]|[ \t]*[(<]|[.;](?:\s|$))"
)


def titled_company(text: str, found: _Found, vocab: _Vocab) -> str | None:
    """The company the text names after one of the invite's people and their title: "Dr. Ethan
    Cole, Medical Director, Sunset Ridge Animal Hospital", "Jenna Ortiz, Talent Acquisition
    Specialist, Pinecrest Credit Union - jenna.ortiz@…"."""
    people = [p for p in [found.coordinator, *found.interviewers] if p is not None and p.name]
    for person in people:
        for mention in re.finditer(re.escape(person.name), text[:MAX_SCAN]):
            match = _TITLE_THEN_COMPANY.match(text, mention.end())
            if match is None:
                continue
            title, company = match.group("title"), match.group("company").strip(" .")
            if (
                is_title(title, also=vocab.job_words)
                and company[:1].isupper()
                and not is_title(company, also=vocab.job_words)
                and not names_a_place(company)
                and name_shaped(company, vocab)
                and _plausible_company(company)
            ):
                return company
    return None

"""The format of the interview from its text and location: a video meeting's link, a street
address, a phone number (and whose it is), and the words that name a format ("phone
screen", "on site", "over Zoom")."""

from __future__ import annotations

import re

from followup.core.models import Format
from followup.delivery.invites.common import MAX_SCAN, UPPER, _Found, _Vocab
from followup.delivery.invites.common import STREET_WORDS as _STREET_WORDS
from followup.delivery.invites.people import _in_domains


def _tel(value: str) -> bool:
    return value.strip().lower().startswith("tel:")


_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+")


# the words a street's name ends with in English addresses ("Water Street", "Hanover Quay")
_ADDRESS_RES = (
    # 1600 Amphitheatre Parkway / 221B Baker Street / 500 W. Madison St. (a time's minutes
    # are no house number: "10:00 GMT. The conversation will take place …")
    re.compile(
        r"(?i)(?<!:)\b\d{1,6}[A-Z]?\s+(?:[A-Za-zÀ-ÿ0-9.'’-]+\s+){0,5}?(?:"
        + _STREET_WORDS
        + r")\b\.?"
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
    # (", 68219 Mannheim", ", 05-800 Pruszków", ", 4020 Linz", ", 570 01 Θεσσαλονίκη", ",
    # 417 55 Göteborg"), not a year (", 2027 Berlin")
    re.compile(
        r",[ \t]*(?!(?:19|20)\d{2}\b)(?:\d{4,5}|\d{2}-\d{3}|\d{5}-\d{3}|\d{3}[ \t]\d{2})[ \t]+"
        rf"[{UPPER}][\w-]+"
    ),
    # a postcode with its country's letters ending the address's line (", Rīga, LV-1005")
    re.compile(r"(?m),[ \t]*[A-Z]{1,2}-\d{4,5}[ \t]*$"),
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
    """The first link of `text` to a video meeting: to a host of [video] hosts or one of its
    subdomains ("acme.webex.com", "meeting.tencent.com"), or to a host whose first label is
    one of [video] host_labels (a company's own "meet.example.org"); None when none is."""
    from urllib.parse import urlsplit

    for match in _URL_RE.finditer(text[:MAX_SCAN]):
        url = _unwrap(match.group(0).rstrip(".,;:!?)>'\""))
        try:
            host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()
        except ValueError:
            continue
        if _in_domains(host, vocab.video_hosts) or (
            host.count(".") >= 2 and host.split(".", 1)[0] in vocab.video_host_labels
        ):
            return url
    return None


def _has_address(text: str) -> str | None:
    match = _address_match(text)
    return match.group(0) if match else None


def _address_match(text: str) -> re.Match[str] | None:
    """The first street address of `text` the first pattern that finds one finds."""
    for pattern in _ADDRESS_RES:
        match = pattern.search(text[:MAX_SCAN])
        if match:
            return match
    return None


def _said_video_first(before: str, vocab: _Vocab) -> bool:
    """The invitation's own words name a video meeting ("by Microsoft Teams", "via Zoom")
    before the first street address (a signature's, as a mail sent from an office has), and
    no words of meeting in person come before it: the words outrank the signature."""
    return bool(_OVER_VIDEO.search(before)) and not vocab.in_person_phrases.search(before)


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


# "… at 11:00 AM PT over Zoom", "on Microsoft Teams", "via Google Meet", "by video (Teams link
# to follow)": a video meeting
_OVER_VIDEO = re.compile(
    r"(?i)\b(?:over|on|via|using|through|by)[ \t]+(?:a[ \t]+)?(?:video(?![ \t-]?(?:clip|"
    r"recording|message|thank))|zoom|microsoft[ \t]+teams|"
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
            return kind, f"the title calls it {_a(kind)} interview", None
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
        return kind, f"the text calls it {_a(kind)} interview", link
    for key, value in conference:
        link = _video_link(value, vocab)
        if link:
            return Format.VIDEO, f"a video-meeting link ({key})", link
    body = body[:MAX_SCAN]
    link = _video_link(body, vocab)
    if link:
        return Format.VIDEO, "a video-meeting link in the description", link
    address = _address_match(body)
    if address is not None and not _said_video_first(body[: address.start()], vocab):
        return Format.IN_PERSON, "a street address in the description", None
    if vocab.in_person_phrases.search(body):
        return Format.IN_PERSON, "the description says in person", None
    if vocab.phone_phrases.search(body):
        return Format.PHONE, "the description says phone", None
    if vocab.video_phrases.search(body) or _OVER_VIDEO.search(body):
        return Format.VIDEO, "the description says video", None
    if _labelled_address(body, vocab):
        return Format.IN_PERSON, "the text gives the place's address", None
    if location and _place_by_shape(location, vocab):
        return Format.IN_PERSON, "the location is a place", None
    if vocab.video_words.search(body):  # "面接方法：Zoom", "Zoom üzerinden": a video service's
        # name outranks a telephone number to call with questions
        return Format.VIDEO, "the text names a video meeting's service", None
    if any(_tel(v) for _, v in conference) or _phone_number(body, vocab):
        return Format.PHONE, "a telephone number and no meeting link", None
    return None


def _place_by_shape(location: str, vocab: _Vocab) -> bool:
    """A location written as a place is, in any language and script, and no meeting program,
    link or telephone: words with a house or floor number ("Váci út 47, Budapest", "Λεωφόρος
    Κηφισίας 44 Αθήνα", "力行路 12 號 3 樓"), or three parts between commas ("Gedung Sentra
    Niaga, Jalan Sudirman, Jakarta Selatan"). A text's telephone number to call with
    questions does not outrank it."""
    if (
        _URL_RE.search(location)
        or "@" in location
        or vocab.video_words.search(location)
        or _named_kind(location, vocab) is not None
        or _tel(location)
        or _phone_number(location, vocab)
        or vocab.phone_words.search(location)
    ):
        return False
    words = re.findall(r"[^\W\d_]{2,}", location)
    if re.search(r"(?<![\d:+])\b\d{1,4}(?:[/-]\d{1,4})?[a-zA-Z]?\b(?![\d:])", location):
        return len(words) >= 2 or any(len(w) >= 3 for w in words)
    parts = [p for p in re.split(r"[,，、\n]", location) if re.search(r"[^\W\d_]{2}", p)]
    return len(parts) >= 3


def _a(kind: Format) -> str:
    """The format with its article, as a note says it ("an in-person", "a video")."""
    return f"{'an' if str(kind)[:1] in 'aeiou' else 'a'} {kind}"


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

"""What every reader of an invite shares: the limits, the round being read (`_Found`), the
reading context (`_Ctx`), the word lists and tables from the data files (`invites.toml`,
`windows_zones.toml`; `job_titles.toml` is read by `titles`), each with the user's copy laid
over it, and small text helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.config import config_path
from followup.core.errors import ConfigError, InvalidInput
from followup.core.models import Channel, Format, Interview, Person
from followup.core.scripts import without_direction_marks
from followup.delivery.invites.zones.tables import zone_words_re

# What `not_inferred` can list, in this order.
FIELDS = ("company", "role", "time", "tz", "format", "coordinator", "interviewers")


MAX_PEOPLE = 50  # attendees kept from one invite; a stored round takes at most 100 people


MAX_NAME = 200


MAX_TITLE = 120


MAX_SCAN = 200_000  # characters of an email body searched for links and numbers


MAX_DATE_SCAN = 50_000  # characters of an email's text searched for the interview's date


MAX_TEXT = 20_000  # characters of an invite's text read for its clues (an invitation says
# what it says in far fewer: the rest is a quoted thread, a footer, or a block said again)
MAX_REPEATS = 3  # times one line of the text is read; the same line again says nothing new


def readable_text(text: str) -> tuple[str, bool]:
    """The part of an invite's text its clues are read in: its first MAX_TEXT characters,
    each line at most MAX_REPEATS times (a body that repeats a company's name on thousands
    of lines is read as the few lines it says). Returns the text and whether any was left
    out. Lines end in "\n" whatever the mail wrote (CRLF, CR): a line's end is one thing to
    every reader; Unicode's direction marks, which right-to-left mail writes around names and
    addresses, are left out (`core.scripts.without_direction_marks`). Linear in the text's
    length."""
    text = without_direction_marks(text.replace("\r\n", "\n").replace("\r", "\n"))
    cut = len(text) > MAX_TEXT
    head = text[:MAX_TEXT]
    counts: dict[str, int] = {}
    kept: list[str] = []
    for line in head.split("\n"):
        key = line.strip()
        if key:
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > MAX_REPEATS:
                cut = True
                continue
        kept.append(line)
    return "\n".join(kept), cut


@dataclass(frozen=True)
class Limits:
    """What a file may be before it is refused (settings import.max_*)."""

    max_bytes: int = 5_000_000
    max_lines: int = 10_000
    max_depth: int = 20


@dataclass
class ImportedInvite:
    """The round an invite describes. `company`/`role` are "" and `format` is a placeholder
    (video) when they are listed in `not_inferred`: the caller must fill them in."""

    interview: Interview
    not_inferred: list[str]
    notes: list[str]
    kind: str  # "ics", "eml+ics" or "eml"
    title: str | None = None
    country: str | None = None  # the country of the invite's time zone (see country_guessed)
    country_guessed: bool = False  # the zone is used in several countries; no clue said which
    uid: str | None = None  # the event's UID (RFC 5545), when the invite is a calendar event
    sequence: int = 0  # its SEQUENCE: a later one updates an earlier one
    cancelled: bool = False  # METHOD:CANCEL or STATUS:CANCELLED: it cancels the event
    # the UIDs of a loop's other parts: an update may bring them in another order
    other_uids: tuple[str, ...] = ()


COPY_TTL = 1.0  # seconds a look for the user's copy of a data file is trusted


# (name, FOLLOWUP_CONFIG, FOLLOWUP_HOME) -> (when looked, what was found)
_COPIES: dict[tuple[str, str | None, str | None], tuple[float, tuple[str | None, int | None]]] = {}


def _user_copy(name: str) -> tuple[str | None, int | None]:
    """The user's copy of a data file beside config.toml (path and change time), if any.
    Looked for at most once a second per file and home: a title is tested thousands of
    times in one long invite, and each test asks for the word lists."""
    import os
    import time

    key = (name, os.environ.get("FOLLOWUP_CONFIG"), os.environ.get("FOLLOWUP_HOME"))
    now = time.monotonic()
    seen = _COPIES.get(key)
    if seen is not None and now - seen[0] < COPY_TTL:
        return seen[1]
    user = config_path().parent / name
    try:
        found = (str(user), user.stat().st_mtime_ns) if user.is_file() else (None, None)
    except OSError:
        found = (None, None)
    if len(_COPIES) > 64:
        _COPIES.clear()
    _COPIES[key] = (now, found)
    return found


def _load_data(name: str, user: str | None, mtime: int | None) -> dict[str, Any]:
    """A data file of the package, with the user's copy laid over it table by table."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", name).read_text("utf-8"))
    if user is not None:
        try:
            mine = tomllib.loads(Path(user).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {user}: {exc}") from None
        for table, values in mine.items():
            if isinstance(values, dict) and isinstance(data.get(table), dict):
                data[table] = {**data[table], **values}
            else:
                data[table] = values
    return data


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """`words` in small letters, the longest first (a label is tried before a shorter one it
    starts with)."""
    return tuple(sorted((w.lower() for w in words), key=len, reverse=True))


def _words_re(
    words: Iterable[str], ignore_case: bool = True, particles: bool = False
) -> re.Pattern[str]:
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in alternatives)
    # Chinese, Japanese and Thai write no spaces between words: a phrase in them stands
    # anywhere ("ご来社ください"); with `particles`, a Hangul letter may follow a phrase, as
    # Korean writes its particles on the word before them ("전화 면접을"; not for names and
    # titles: "채용담당자" is no "채용담당"); any other letter next to a phrase makes it part of
    # another word
    before = r"[^\W\u0e00-\u0e7f\u3005\u3040-\u30ff\u4e00-\u9fff]"
    after = r"[^\W\u0e00-\u0e7f\u3005\u3040-\u30ff\u4e00-\u9fff" + (
        r"\uac00-\ud7af]" if particles else "]"
    )
    return re.compile(rf"(?<!{before})(?:{body})(?!{after})", re.I if ignore_case else 0)


def _role_words_re(words: Iterable[str], endings: Iterable[str]) -> re.Pattern[str]:
    """Job titles: one of `words`, or a word that ends in one of `endings`, a compound
    ("Projektingenieur", "Servicemonteur") or the ending alone ("Elektroniker"), in any
    case."""
    whole = _words_re(words).pattern
    tails = _alternatives(endings)
    if not tails:
        return re.compile(whole, re.I)
    return re.compile(rf"{whole}|(?<![\w])[^\W\d_]*(?:{tails})(?![\w])", re.I)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any white space between words."""
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)


def _greeting_re(greetings: Iterable[str], forms: Iterable[str]) -> re.Pattern[str]:
    """A greeting at a line's start, maybe with its other gender's ending ("Estimado/a",
    "Prezado(a)", "Liebe/r"), a form of address maybe ("Herr", "κύριε", "Mme."), and the
    name greeted (group "first")."""
    said = _alternatives(greetings)
    if not said:
        return re.compile(r"(?!x)x")
    form = _alternatives(forms)
    letter = r"[^\W\d_]"
    return re.compile(
        rf"^[^\w\n]*(?:{said})(?!{letter})(?:[ \t]*/[ \t]*{letter}{{1,6}}|\({letter}{{1,2}}\))?"
        rf"[ \t,.:]*(?:(?:{form})\.?[ \t]+)?(?P<first>{letter}[\w'’-]*)"
        if form
        else rf"^[^\w\n]*(?:{said})(?!{letter})[ \t,.:]*(?P<first>{letter}[\w'’-]*)",
        re.IGNORECASE | re.MULTILINE,
    )


def _gender_tag(letters: Iterable[str]) -> re.Pattern[str]:
    """A gender tag after a role, any case: single letters of `letters` between slashes in
    brackets, each maybe starred ("(m/w/d)", "(m/w/d*)", "(E/K)"), or "(all genders)"."""
    one = "".join(re.escape(c) for c in sorted({w.strip() for w in letters if len(w.strip()) == 1}))
    if not one:
        return re.compile(r"(?i)\s*\(all genders\)")
    letter = rf"[{one}]\*?"
    return re.compile(rf"(?i)\s*[(（](?:{letter}\s*/\s*){{1,3}}{letter}[)）]|\s*\(all genders\)")


@dataclass
class _Vocab:
    video_hosts: tuple[str, ...]
    video_host_labels: frozenset[str]
    video_words: re.Pattern[str]
    video_phrases: re.Pattern[str]
    in_person_words: re.Pattern[str]
    in_person_phrases: re.Pattern[str]
    phone_words: re.Pattern[str]
    phone_phrases: re.Pattern[str]
    not_number_after: re.Pattern[str]
    free_mail: frozenset[str]
    service_domains: tuple[str, ...]
    # booking pages whose mails name the host's calendar ("Phone Interview with Jordan")
    booking_domains: tuple[str, ...]
    machine_mailboxes: frozenset[str]
    team_mailboxes: frozenset[str]
    coordinator_titles: re.Pattern[str]
    # a coordinator's titles and the verbs that ask to contact someone, as regex alternations
    # (coordinator_text builds its patterns of them)
    coordinator_titles_body: str
    contact_verbs: str
    contact_labels: str  # "Referente", "Ansprechpartner": before the one to contact
    room_domains: tuple[str, ...]
    room_words: re.Pattern[str]  # a meeting room's name ("Boardroom", "Salle de réunion")
    suffixes: frozenset[str]
    second_levels: frozenset[str]
    interview_words: re.Pattern[str]
    role_words: re.Pattern[str]
    job_words: re.Pattern[str]  # role words, coordinators' titles and executives' letters
    noise_words: re.Pattern[str]
    edge_noise: frozenset[str]
    # a word that is an interview's by its ending ("Zweitgespräch", "Telefoninterview")
    interview_compound: re.Pattern[str]
    not_company: re.Pattern[str]
    prefixes: tuple[str, ...]
    mail_tags: re.Pattern[str]  # "External", "Caution": a mail system's tag before a subject
    subject_tail: re.Pattern[str]
    company_lead: re.Pattern[str]  # "der ", "la société ", "de firma " before a company's name
    tz_re: re.Pattern[str]
    windows: dict[str, str]
    country_aliases: dict[str, str]
    generic_tlds: frozenset[str]
    tld_countries: dict[str, str]
    language_countries: dict[str, tuple[str, ...]]
    language_words: dict[str, frozenset[str]]
    sender_noise: re.Pattern[str] = re.compile(r"(?!x)x")
    # a gender tag after a role: "(m/w/d)", "(E/K)", "(all genders)" ([titles] gender_letters)
    gender_tag: re.Pattern[str] = re.compile(r"(?!x)x")
    tracking_systems: frozenset[str] = frozenset()
    state_zones: dict[str, dict[str, str]] = field(default_factory=dict)
    postcodes: tuple[tuple[str, re.Pattern[str]], ...] = ()  # a country's postcode shape
    # a street's word typed before its name ("Bv.", "Avenida", "Rue"), at a text's end
    street_before: re.Pattern[str] = re.compile(r"(?!x)x")
    windows_also: dict[str, dict[str, str]] = field(default_factory=dict)  # name -> {CC: zone}
    shared_zone_words: frozenset[str] = frozenset()  # "CET", "GMT": kept in several countries
    offset_guesses: tuple[str, ...] = ()  # the zones guessed for a bare offset ("GMT+1")
    postcode_first: frozenset[str] = frozenset()  # "1040 Bruxelles": countries that write so
    clock_words: tuple[str, ...] = ()  # "ora", "saati", "เวลา": a clock's "time", any language
    clock_country_aliases: dict[str, str] = field(default_factory=dict)  # "한국": KR
    credentials: re.Pattern[str] = re.compile(r"(?!x)x")  # "RN", "PhD" after a name
    not_company_names: frozenset[str] = frozenset()  # "teams", "zoom": never an employer
    program_names: tuple[str, ...] = ()  # "zoom": "Zoom Meeting ID" is no employer either
    tenant_links: tuple[re.Pattern[str], ...] = ()  # a tracking system's customer in a link
    tenant_not: frozenset[str] = frozenset()  # labels in those places that name nobody
    dial_in: re.Pattern[str] = re.compile(r"(?!x)x")  # "(audio only)": a meeting's dial-in
    role_leads: re.Pattern[str] = re.compile(r"(?!x)x")  # "position of ", "Stelle als "
    # how the text names the interview's kind ("entrevista telefónica", "vor Ort"), by format
    format_kinds: tuple[tuple[Format, re.Pattern[str]], ...] = ()
    departments: re.Pattern[str] = re.compile(r"(?!x)x")  # "Recursos Humanos": a team's name
    closings: re.Pattern[str] = re.compile(r"(?!x)x")  # "Freundliche Grüsse": no one's name
    organizer_marks: re.Pattern[str] = re.compile(r"(?!x)x")  # "(organisatrice)": no title
    name_connectors: frozenset[str] = frozenset()  # "of", "de": lower-case words in a name
    name_joiners: frozenset[str] = frozenset()  # … and in running text: no "on", "at", "in"
    cjk_interview_words: tuple[str, ...] = ()  # "二次面接", "면접": longest first
    cjk_interview_events: tuple[str, ...] = ()  # "面接", "면접": an event is an interview
    cjk_role_cues: tuple[str, ...] = ()  # "にご応募", "포지션에 지원": longest first
    cjk_post_words: tuple[str, ...] = ()  # "職" after a Japanese role: "position"
    cjk_honorifics: tuple[str, ...] = ()  # "様", "님", "先生": after the candidate's name
    cjk_after_name: tuple[str, ...] = ()  # "様", "さん", "님": after anyone's name
    attached_before: tuple[str, ...] = ()  # "คุณ": joined to the name after it
    cjk_greetings_after: tuple[str, ...] = ()  # "您好": after the candidate's name too
    # a greeting at a line's start and the name it greets ("Dear Dev,", "Estimado/a Rowan:",
    # "Guten Tag Herr Adeyemi,"): the name is group "first"
    greeting: re.Pattern[str] = re.compile(r"(?!x)x")
    interviewer_labels: tuple[str, ...] = ()  # "Haastattelijat", "면접관": before a list
    stage_words: frozenset[str] = frozenset()  # "final", "technical": an interview's stage
    listed_labels: tuple[str, ...] = ()  # "Deltagare", "Na pohovoru budou": a list below only
    with_words: str = "with"  # "with", "med", "mit": before the company in a subject
    business_nouns: frozenset[str] = frozenset()  # "Logistik", "Bygg": a name's last word
    # "Endereço: …", "Venue: …" at a line's start: the place's address follows
    address_label: re.Pattern[str] = re.compile(r"(?!x)x")
    client_leads: re.Pattern[str] = re.compile(r"(?!x)x")  # "our client", "il nostro cliente"
    # the people the candidate will meet, introduced in prose ("Ti chiameranno …", "Sie
    # lernen … kennen"): the introducing words, words between the people, words after them
    introductions: re.Pattern[str] = re.compile(r"(?!x)x")
    intro_fillers: re.Pattern[str] = re.compile(r"(?!x)x")
    intro_closers: re.Pattern[str] = re.compile(r"(?!x)x")
    list_prepositions: re.Pattern[str] = re.compile(r"(?!x)x")
    # a round's word before a CJK schedule's person ("第一轮", "1차 면접"): its start or end
    round_word: re.Pattern[str] = re.compile(r"(?!x)x")
    and_words: str = "and|&"  # a regex of "and" in every language, words' edges checked
    # a bracket after a role of the job's terms and its workplace ("(full time, East Tucson
    # office)"): the terms ([titles] employment_terms) and the workplaces' words
    employment_terms: frozenset[str] = frozenset()
    workplace_words: frozenset[str] = frozenset()
    # a plain-text table's header cells over its people and over their titles, lower case
    table_people_headers: frozenset[str] = frozenset()
    table_title_headers: frozenset[str] = frozenset()


def _vocab() -> _Vocab:
    """The word lists and tables, read once (again when the user's copies change)."""
    return _build_vocab(_user_copy("invites.toml"), _user_copy("windows_zones.toml"))


@lru_cache(maxsize=4)
def _build_vocab(
    invites_copy: tuple[str | None, int | None], zones_copy: tuple[str | None, int | None]
) -> _Vocab:
    invites = _load_data("invites.toml", *invites_copy)
    zones = _load_data("windows_zones.toml", *zones_copy)

    def table(name: str) -> Mapping[str, Any]:
        value = invites.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def words(section: str, name: str) -> list[str]:
        value = table(section).get(name, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def phrases(section: str) -> list[str]:
        return [w for w in words(section, "words") if " " in w or "-" in w]

    titles = words("titles", "noise_words")
    kind_phrases = [w for w in titles if " " in w]
    tz_re = zone_words_re()
    windows: dict[str, str] = {}
    for section in ("zones", "aliases", "display"):
        value = zones.get(section, {})
        if isinstance(value, Mapping):
            windows.update({str(k).strip().lower(): str(v) for k, v in value.items()})
    people = table("people")
    countries = table("countries")
    titles_body = _alternatives(words("people", "coordinator_titles"))
    spaceless = words("titles", "spaceless_role_leads")
    vocab = _Vocab(
        video_hosts=tuple(h.lower() for h in words("video", "hosts")),
        video_host_labels=frozenset(h.lower() for h in words("video", "host_labels")),
        video_words=_words_re(words("video", "words"), particles=True),
        dial_in=_words_re(words("phone", "dial_in_words")),
        video_phrases=_words_re(phrases("video"), particles=True),
        in_person_words=_words_re(words("in_person", "words"), particles=True),
        in_person_phrases=_words_re(phrases("in_person") + ["onsite"], particles=True),
        phone_words=_words_re(words("phone", "words"), particles=True),
        phone_phrases=_words_re(phrases("phone"), particles=True),
        not_number_after=re.compile(
            r"(?:"
            + "|".join(re.escape(w) for w in words("phone", "not_numbers_after"))
            + r")\s*(?:#|no\.?|number)?\s*[:=]?\s*$",
            re.I,
        )
        if words("phone", "not_numbers_after")
        else re.compile(r"(?!x)x"),
        free_mail=frozenset(str(d).lower() for d in people.get("free_mail_domains", [])),
        service_domains=tuple(str(d).lower() for d in people.get("service_domains", [])),
        booking_domains=tuple(str(d).lower() for d in people.get("booking_domains", [])),
        machine_mailboxes=frozenset(str(d).lower() for d in people.get("machine_mailboxes", [])),
        team_mailboxes=frozenset(str(d).lower() for d in people.get("team_mailboxes", [])),
        coordinator_titles=_words_re(words("people", "coordinator_titles")),
        coordinator_titles_body=titles_body,
        contact_verbs=_alternatives(words("people", "contact_verbs")),
        contact_labels=_alternatives(words("people", "contact_labels")),
        room_domains=tuple(str(d).lower() for d in people.get("room_domains", [])),
        room_words=_words_re(words("people", "room_words")),
        suffixes=frozenset(str(s).lower() for s in table("company").get("suffixes", [])),
        second_levels=frozenset(str(s).lower() for s in table("company").get("second_levels", [])),
        interview_words=_role_words_re(
            words("titles", "interview_words"), words("titles", "interview_endings")
        ),
        interview_compound=re.compile(
            rf"(?i)[^\W\d_]*(?:{_alternatives(words('titles', 'interview_endings'))})"
        ),
        role_words=_role_words_re(words("titles", "role_words"), words("titles", "role_endings")),
        job_words=re.compile(
            "|".join(
                f"(?:{p.pattern})"
                for p in (
                    _role_words_re(words("titles", "role_words"), words("titles", "role_endings")),
                    _words_re(words("people", "coordinator_titles")),
                    _words_re(words("titles", "executives")),
                )
            ),
            re.I,
        ),
        role_leads=re.compile(
            # "poste d'ébéniste", "poste d’ébéniste": no space after an apostrophe; a lead of a
            # script that writes no spaces ("ในตำแหน่งนักวิเคราะห์") inside the words around it
            r"(?i)(?:(?<![\w])(?:"
            + _alternatives(words("titles", "role_leads")).replace("'", "['’]")
            + r")(?:[ \t]+|(?<=['’]))"
            + (f"|(?:{_alternatives(spaceless)})[ \t]*" if spaceless else "")
            + ")"
            if words("titles", "role_leads")
            else r"(?!x)x"
        ),
        format_kinds=tuple(
            (fmt, _words_re(words(section, "kinds"), particles=True))
            for section, fmt in (
                ("phone", Format.PHONE),
                ("video", Format.VIDEO),
                ("in_person", Format.IN_PERSON),
            )
            if words(section, "kinds")
        ),
        credentials=re.compile(
            r"(?:" + _alternatives(words("titles", "credentials")) + r")\.?",
        )
        if words("titles", "credentials")
        else re.compile(r"(?!x)x"),
        noise_words=_words_re(kind_phrases),
        edge_noise=frozenset(w.lower() for w in titles if " " not in w),
        stage_words=frozenset(w.lower() for w in words("titles", "stage_words")),
        employment_terms=frozenset(w.lower() for w in words("titles", "employment_terms")),
        workplace_words=frozenset(w.lower() for w in words("titles", "workplace_words")),
        not_company=_words_re(words("titles", "not_company")),
        prefixes=tuple(p.lower() for p in words("titles", "prefixes")),
        mail_tags=_words_re(words("titles", "mail_tags")),
        # an article, then a word for a firm in any case ("der Firma"), or that word in lower
        # case alone ("empresa"; "Société Générale" is a name)
        company_lead=re.compile(
            r"^(?:(?:{a})\s+(?:(?i:{n})\s+)?|(?:{n})\s+)?".format(
                a=_alternatives(words("titles", "company_articles")),
                n=_alternatives(words("titles", "company_nouns")),
            )
        ),
        subject_tail=re.compile(
            r"(?i)\s+(?:" + _alternatives(words("titles", "subject_tails")) + r")(?![\w])"
            if words("titles", "subject_tails")
            else r"(?!x)x"
        ),
        tz_re=tz_re,
        windows=windows,
        country_aliases={str(k): str(v).upper() for k, v in countries.get("names", {}).items()},
        generic_tlds=frozenset(str(d).lower() for d in countries.get("generic_tlds", [])),
        shared_zone_words=frozenset(w.upper() for w in words("countries", "shared_zone_words")),
        offset_guesses=tuple(words("countries", "offset_guesses")),
        postcode_first=frozenset(words("countries", "postcode_first")),
        clock_words=tuple(words("countries", "clock_words")),
        clock_country_aliases={
            str(k): str(v) for k, v in dict(countries.get("clock_country_aliases", {})).items()
        },
        tld_countries={
            str(k).lower(): str(v).upper() for k, v in countries.get("tlds", {}).items()
        },
        language_countries={
            str(k).lower(): tuple(str(c).upper() for c in v)
            for k, v in countries.get("languages", {}).items()
            if isinstance(v, list)
        },
        sender_noise=_words_re(words("company", "sender_noise") + words("people", "departments")),
        gender_tag=_gender_tag(words("titles", "gender_letters")),
        departments=_words_re(words("people", "departments")),
        closings=_words_re(words("people", "closings")),
        organizer_marks=_words_re(words("people", "organizer_marks")),
        name_connectors=frozenset(w.lower() for w in words("company", "name_connectors")),
        name_joiners=frozenset(w.lower() for w in words("company", "name_connectors"))
        - frozenset(w.lower() for w in words("company", "after_a_name")),
        cjk_interview_words=tuple(sorted(words("titles", "cjk_interview_words"), key=len)[::-1]),
        cjk_interview_events=tuple(words("titles", "cjk_interview_events")),
        cjk_role_cues=tuple(sorted(words("titles", "cjk_role_cues"), key=len)[::-1]),
        cjk_post_words=tuple(words("titles", "cjk_post_words")),
        cjk_honorifics=tuple(words("people", "cjk_honorifics")),
        cjk_after_name=tuple(words("people", "cjk_after_name")),
        attached_before=tuple(words("people", "attached_before")),
        cjk_greetings_after=tuple(words("people", "cjk_greetings_after")),
        greeting=_greeting_re(words("people", "greetings"), words("people", "address_forms")),
        with_words=_alternatives(["with", *words("titles", "with_words")]),
        business_nouns=frozenset(w.lower() for w in words("company", "business_nouns")),
        address_label=re.compile(
            r"(?im)^[ \t]*(?:[-–•·*][ \t]*)?(?:"
            + _alternatives(words("in_person", "address_labels"))
            + r")[ \t]*[:：][ \t]*(?P<value>[^\n]{6,200})$"
        )
        if words("in_person", "address_labels")
        else re.compile(r"(?!x)x"),
        interviewer_labels=_longest_first(words("introductions", "labels")),
        listed_labels=_longest_first(words("introductions", "listed_labels")),
        client_leads=_words_re(words("titles", "client_leads")),
        table_people_headers=frozenset(
            w.lower() for w in words("introductions", "table_people_headers")
        ),
        table_title_headers=frozenset(
            w.lower() for w in words("introductions", "table_title_headers")
        ),
        introductions=_words_re(words("introductions", "phrases")),
        intro_fillers=_words_re(words("introductions", "fillers")),
        intro_closers=_words_re(words("introductions", "closers")),
        list_prepositions=_words_re(words("introductions", "list_prepositions")),
        round_word=re.compile(
            "|".join(
                [f"^(?:{_alternatives(words('introductions', 'round_starts'))})"]
                * bool(words("introductions", "round_starts"))
                + [f"(?:{_alternatives(words('introductions', 'round_ends'))})$"]
                * bool(words("introductions", "round_ends"))
            )
            or r"(?!x)x"
        ),
        and_words=_words_re(words("introductions", "and_words") or ["and", "&"]).pattern,
        state_zones={
            str(country).upper(): {str(k).upper(): str(v) for k, v in states.items()}
            for country, states in table("state_zones").items()
            if isinstance(states, Mapping)
        },
        postcodes=tuple(
            (str(code).upper(), re.compile(str(shape)))
            for code, shape in countries.get("postcodes", {}).items()
        ),
        street_before=re.compile(
            rf"(?<![\w.])(?:{_alternatives(countries.get('street_before', []))})[ \t]*$",
            re.I,
        )
        if countries.get("street_before")
        else re.compile(r"(?!x)x"),
        windows_also={
            str(name).lower(): {str(k).upper(): str(v) for k, v in zones.items()}
            for name, zones in countries.get("windows_also", {}).items()
            if isinstance(zones, Mapping)
        },
        tracking_systems=frozenset(w.lower() for w in words("company", "tracking_systems")),
        not_company_names=frozenset(w.lower() for w in words("company", "not_names")),
        program_names=tuple(w.lower() for w in words("company", "programs")),
        tenant_links=tuple(re.compile(p, re.I) for p in words("company", "tenant_links")),
        tenant_not=frozenset(w.lower() for w in words("company", "tenant_not")),
        language_words={
            str(k).lower(): frozenset(str(w).lower() for w in v)
            for k, v in countries.get("language_words", {}).items()
            if isinstance(v, list)
        },
    )
    return vocab


@dataclass
class _Ctx:
    name: str
    user_emails: frozenset[str]
    user_names: frozenset[str]
    default_tz: str
    limits: Limits
    vocab: _Vocab
    today: date | None


@dataclass
class _Found:
    """What has been read so far; None means not known yet."""

    company: str | None = None
    role: str | None = None
    day: date | None = None
    clock: time | None = None
    tz: str | None = None
    format: Format | None = None
    coordinator: Person | None = None
    interviewers: list[Person] = field(default_factory=list)
    channel: Channel = Channel.UNKNOWN
    title: str | None = None
    location: str | None = None
    link: str | None = None
    rooms: int = 0  # meeting rooms booked as attendees (CUTYPE=ROOM)
    domain_hint: str | None = None
    sender_company: str | None = None  # the company an applicant-tracking sender's name gives
    sender_says_domain: bool = False  # that name only says the sending domain's name
    # the display names of mailboxes nobody reads (a tracking system's, a team's, a shared
    # calendar's): a guest list that repeats them names no company
    box_names: list[str] = field(default_factory=list)
    zone_direct: bool = False  # tz is an IANA name the invite gave, not one read from another
    zone_word: str | None = None  # the word the text gave tz by ("CET", "Irish time", "GMT+1")
    description: str = ""
    # a loop's events as schedule lines ("12:30  Hiring manager – Marguerite Osei, Director"):
    # each event's own part of its title, at its start, where the people read in the text look
    loop_lines: str = ""
    notes: list[str] = field(default_factory=list)
    # the start as the calendar gives it (read into day/clock/tz once every clue is in)
    start: datetime | None = None
    tzid: str = ""
    vtimezones: dict[str, Any] = field(default_factory=dict)
    wr_zone: str = ""
    languages: list[str] = field(default_factory=list)  # LANGUAGE parameters, Content-Language
    emails: list[str] = field(default_factory=list)  # every address seen, for country domains
    # every person's name seen (attendees, organizer, senders, recipients), as folded words
    person_names: set[tuple[str, ...]] = field(default_factory=set)
    # the names the user goes by here (an attendee of the user's address), lower case
    user_names: set[str] = field(default_factory=set)
    # a person the text names as the coordinator, without an address of their own, while a
    # team's box is the coordinator: they are, at the box, when nothing names another
    named_coordinator: Person | None = None
    # the organizers of a loop's parts (several organizers) who attend their own part: panel
    # members, whoever the coordinator turns out to be
    panel_organizers: list[Person] = field(default_factory=list)
    loop_size: int = 1  # how many events of a calendar make the round (a loop: two or more)
    country: str | None = None
    country_guessed: bool = False
    subdiv: tuple[str, str] | None = None  # (country, state) an address names: OH, VIC, ON
    # the event's identity (RFC 5545 UID and SEQUENCE) and whether it cancels the event
    uid: str | None = None
    sequence: int = 0
    cancelled: bool = False
    other_uids: list[str] = field(default_factory=list)  # a loop's other parts' UIDs


def _short(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".") + " MB"


def _too_big(name: str, size: int, limits: Limits) -> str:
    return (
        f"{name}: the file is {_mb(size)}, more than the {_mb(limits.max_bytes)} an invite "
        "may be (setting import.max_bytes)"
    )


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise InvalidInput(_too_big(name, size, limits))


# the labels of ISO-8859-1, whose control characters 0x80-0x9F no sender means: Windows-1252's
# punctuation was written (the WHATWG Encoding Standard reads these labels as windows-1252)
_LATIN_1 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso-ir-100", "cp819"})


def _decode(data: bytes, charset: str | None = None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if charset and charset.strip().lower().replace("_", "-") in _LATIN_1:
        charset = "cp1252"  # as mail readers do: "ISO-8859-1" mail holds Windows' ’ and –
    for encoding in (charset, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


_FOLD = re.compile(rb"\r\n[ \t]|\n[ \t]|\r[ \t]")


def _decode_calendar(data: bytes, charset: str | None = None) -> str:
    """A calendar's text: lines unfolded before decoding, so that a fold a sender put inside a
    multi-byte UTF-8 character (RFC 5545 forbids it; senders do it) still decodes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, charset)
    # a file whose line ends were converted twice ("\r\r\n") is read as its sender wrote it
    return _decode(_FOLD.sub(b"", _DOUBLE_CR.sub(b"\r\n", data)), charset)


_DOUBLE_CR = re.compile(rb"\r+\r\n")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(value: Any) -> str:
    """The text of a property (the first one when repeated), or ""."""
    if value is None:
        return ""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    try:
        return str(value)
    except Exception:  # a broken value that cannot even print itself
        return ""


def _check_year(day: date, ctx: _Ctx) -> None:
    if not 1900 <= day.year <= 2200:
        raise InvalidInput(
            f"{ctx.name}: the date {day.isoformat()} is not a plausible interview date"
        )


def _letter_class(categories: tuple[str, ...], upto: int = 0x2000) -> str:
    """A regex class's ranges (without brackets) of every letter of Unicode's `categories`
    ("Lu", "Ll") below `upto`: the alphabets with letter case (Latin with all its extensions,
    Greek, Cyrillic, Armenian, Georgian), from the Unicode database, not a hand-made list."""
    import unicodedata

    ranges: list[tuple[int, int]] = []
    for code in range(0x41, upto):
        if unicodedata.category(chr(code)) in categories:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


# The letters a name is written in, for a regex's class: capitals, then small letters, of
# every alphabet with letter case ("Łukasz Wróbel", "Ștefan Mărgineanu", "Nguyễn", "Трần",
# "Γιώργος Παπαδόπουλος", "Ирина Смирнова", "Ґалина"); the small letters' class also holds
# Latin Extended-A's and Vietnamese capitals, as a word's letters after its first
UPPER = _letter_class(("Lu", "Lt"))
LOWER = "\u0100-\u017f\u1e00-\u1eff" + _letter_class(("Ll",))
# The last word of a street's name ("Hanover Quay", "88 Macquarie Lane"), in a regex
STREET_WORDS = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"square|sq|parkway|pkwy|highway|hwy|terrace|plaza|circle|broadway|row|crescent|close|"
    r"walk|quay|wharf"
)

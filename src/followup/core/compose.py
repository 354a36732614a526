"""What each follow-up draft says (SPEC §4): the facts and sentences of one note.

Pure: an Interview, the Profile and the Plan come in; `NoteFacts` (everything a template needs,
with the note's subject, paragraphs and sign-off already written) go out. Topics are turned
into prose and given a kind by core.phrasing; each interviewer gets their own topics and a
qualification paired with one of them by meaning; the sentences come from the sentence bank
through core.writer, chosen by the recipient's name, so a draft is the same on every run and
the notes of one panel never share a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from followup.core import (
    clauses,
    closes,
    digests,
    etiquette,
    exact,
    greetings,
    moments,
    phrasing,
    slot_grammar,
    writer,
)
from followup.core.clauses import Clause, ClauseWords
from followup.core.errors import InvalidInput, NotFound
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.core.name_lists import person_words
from followup.core.parse import word_list
from followup.core.people import DEPARTMENTS, asked_salutations, has_body, is_remark, is_role
from followup.core.person_names import without_strays
from followup.core.plan import Plan
from followup.core.plan import recipient_for as recipient_for
from followup.core.regex_programs import shipped

if TYPE_CHECKING:  # imported where a claim is made: a round with no qualification makes none
    from followup.core.claims import Background as ClaimBackground
    from followup.core.claims import Choice as ClaimChoice
    from followup.core.claims import Table as ClaimTable

KINDS = ("email", "letter", "card", "phone", "video", "check-in")
_EMAILED = ("email", "check-in", "video")  # kinds written only to people with an address
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+#.-]*")


@dataclass(frozen=True)
class Wording:
    """Word lists from the drafting data file (see data/drafting.toml)."""

    stopwords: frozenset[str] = frozenset()
    lowercase_leads: frozenset[str] = frozenset()
    adjective_leads: frozenset[str] = frozenset()
    past_participles: Mapping[str, str] = field(default_factory=dict)
    closings: tuple[str, ...] = ()
    singular_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    degree_leads: frozenset[str] = frozenset()
    mass_nouns: frozenset[str] = frozenset()
    ing_nouns: frozenset[str] = frozenset()
    generic_words: frozenset[str] = frozenset()  # 'job', 'discussion': name nothing alone
    vague_words: frozenset[str] = frozenset()  # 'the big push': nothing named at all
    need_cues: tuple[str, ...] = ()  # 'needs', 'looking for': a stated need follows
    need_people: frozenset[str] = frozenset()  # 'someone': who a need is for
    need_never: frozenset[str] = frozenset()  # 'it', 'both': a need that points elsewhere
    show_verbs: tuple[str, ...] = ()  # 'showed me', 'demoed': an interviewer showed an item
    show_pronouns: frozenset[str] = frozenset()  # 'she showed me': the person named before
    help_given: Mapping[str, str] = field(default_factory=dict)  # 'sched' -> 'the schedule'
    help_verbs: tuple[str, ...] = ()  # 'sent', 'arranged': help given follows
    help_not_given: tuple[str, ...] = ()  # 'never', 'will': the help was not given (yet)
    ahead_cues: tuple[str, ...] = ()  # 'if hired', 'once an offer': it has not happened yet
    ahead_if_event: tuple[str, ...] = ()  # 'final round', 'TBC': so only beside an event
    ahead_events: tuple[str, ...] = ()  # 'visit', 'tour', 'interview': such an event
    own_answer_leads: tuple[str, ...] = ()  # '-> I offered', 'A: ...': the candidate's part
    private_cues: tuple[str, ...] = ()  # 'foster care', 'lost her': a story kept private
    format_leads: tuple[str, ...] = ()  # 'standard panel': how the interview was run
    work_gerunds: Mapping[str, str] = field(default_factory=dict)  # 'led' -> 'leading'

    @classmethod
    def from_mapping(cls, words: Mapping[str, Any]) -> Wording:
        def strings(key: str) -> list[str]:
            return word_list(words, key, "drafting data")

        participles = words.get("past_participles", {})
        if not isinstance(participles, Mapping):
            raise InvalidInput("drafting data: words.past_participles must be a table")
        helped = words.get("help_given", {})
        gerunds = words.get("work_gerunds", {})
        if not isinstance(gerunds, Mapping) or not all(
            isinstance(v, str) for v in gerunds.values()
        ):
            raise InvalidInput("drafting data: words.work_gerunds must be a table of strings")
        if not isinstance(helped, Mapping) or not all(isinstance(v, str) for v in helped.values()):
            raise InvalidInput("drafting data: words.help_given must be a table of strings")
        return cls(
            stopwords=frozenset(strings("stopwords")),
            lowercase_leads=frozenset(strings("lowercase_leads")),
            adjective_leads=frozenset(strings("adjective_leads")),
            past_participles={str(k).lower(): str(v) for k, v in participles.items()},
            closings=tuple(strings("closings")),
            singular_nouns=frozenset(strings("singular_nouns")),
            person_nouns=frozenset(strings("person_nouns")),
            degree_leads=frozenset(strings("degree_leads")),
            mass_nouns=frozenset(strings("mass_nouns")),
            ing_nouns=frozenset(strings("ing_nouns")),
            generic_words=frozenset(strings("generic_words")),
            vague_words=frozenset(strings("vague_words")),
            need_cues=tuple(strings("need_cues")),
            need_people=frozenset(strings("need_people")),
            need_never=frozenset(strings("need_never")),
            show_verbs=tuple(sorted(strings("show_verbs"), key=len, reverse=True)),
            show_pronouns=frozenset(strings("show_pronouns")),
            help_given={str(k).lower(): str(v) for k, v in helped.items()},
            help_verbs=tuple(strings("help_verbs")),
            help_not_given=tuple(strings("help_not_given")),
            ahead_cues=tuple(strings("ahead_cues")),
            ahead_if_event=tuple(strings("ahead_if_event")),
            ahead_events=tuple(strings("ahead_events")),
            own_answer_leads=tuple(sorted(strings("own_answer_leads"), key=len, reverse=True)),
            private_cues=tuple(strings("private_cues")),
            format_leads=tuple(strings("format_leads")),
            work_gerunds={str(k).lower(): str(v) for k, v in gerunds.items()},
        )


# --- words -------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a text, as a reader counts them."""
    return _WORD.findall(text)


def join_names(names: Sequence[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def item_phrase(item: str, name_tails: Collection[str] = ()) -> str:
    """An item as it reads in a sentence: 'Atlas analytics dashboard' -> 'the Atlas analytics
    dashboard'; a bare name ('Atlas', 'Kafka Connect', 'memoQ') stays as it is, but for a
    name ending in a word of `name_tails` (data/phrasing.toml [articles] name_tails: 'the
    Salesforce Nonprofit Success Pack'; phrasing.name_takes_the)."""
    text = " ".join(item.split()).rstrip(".;:")
    ws = text.split()
    if not ws or ws[0].lower() in ("the", "a", "an", "our", "your", "their", "its", "this", "my"):
        return text
    if phrasing.name_takes_the(ws, name_tails):
        return "the " + text
    if len(ws) == 1 and re.fullmatch(r"[a-z]+[A-Z][\w-]*", ws[0]):
        return text  # a product spelt in its own capitals: 'memoQ', 'iPad', 'eBay'
    if ws[0][:1].islower() or (len(ws) > 1 and ws[-1].islower()):
        return "the " + text
    if len(ws) > 1 and len(ws[-1]) > 1 and ws[-1].isupper():  # 'the Opera Cloud PMS'
        return "the " + text
    if re.fullmatch(r"[A-Z]{2,}[a-z]?(?:-[A-Za-z0-9]+)+", ws[0]):  # an instrument: 'the GC-MS'
        return "the " + text
    return text


def takes_them(phrase: str, wording: Wording) -> bool:
    """Whether a specific is referred back to as 'them': plural, and neither a gerund ('building
    dashboards' is one activity) nor a name ('Atlas')."""
    ws = phrase.split()
    if not ws or (ws[0].endswith("ing") and ws[0].islower() and ws[0] not in wording.ing_nouns):
        return False
    head = re.split(r"\s(?:in|on|at|for|from|to|with|by|about|of|since|during)\s", phrase)[0]
    if re.search(r"\s(?:and|&)\s", head) and not all(w[:1].isupper() for w in head.split()):
        return True  # 'SEN support and EHCP reviews'
    return phrasing.is_plural(phrase)


# --- deterministic choice ----------------------------------------------------------------


def _hash(slot: str, name: str) -> int:
    digest = digests.sha256(f"{slot}\x00{name.strip().lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def choose(slot: str, n: int, name: str, panel: Iterable[str] = ()) -> int:
    """Which of n variants of `slot` the note to `name` uses.

    Seeded by the name (stable between runs); among the names of one panel the indexes are
    all different while there are at least as many variants as people.
    """
    if n <= 1:
        return 0
    everyone = {p.strip().lower() for p in panel} | {name.strip().lower()}
    taken: set[int] = set()
    for person in sorted(everyone, key=lambda p: (_hash(slot, p), p)):
        index = _hash(slot, person) % n
        if len(taken) < n:
            while index in taken:
                index = (index + 1) % n
        taken.add(index)
        if person == name.strip().lower():
            return index
    return _hash(slot, name) % n  # not reached


# --- who the note is for (recipient_for: core.plan) ----------------------------------------


def find_person(interview: Interview, name: str) -> Person:
    """A person of the round by name (case-insensitive; a unique prefix is enough)."""
    wanted = " ".join(name.split()).lower()
    if not wanted:
        raise InvalidInput("--to: give a person's name")
    exact = [p for p in interview.people if p.name.lower() == wanted]
    if exact:
        return exact[0]
    matches: list[Person] = []
    for p in interview.people:
        if not (
            p.name.lower().startswith(wanted)
            or any(part.lower().startswith(wanted) for part in p.name.split())
        ):
            continue
        # one person recorded twice (the contact who also interviewed you) is one match:
        # the entry with an address
        twin = next((i for i, q in enumerate(matches) if same_person(p, q)), None)
        if twin is None:
            matches.append(p)
        elif p.email and not matches[twin].email:
            matches[twin] = p
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(p.name for p in interview.people) or "nobody"
    if not matches:
        raise NotFound(f"no one called {name!r} in this round (recorded: {known})")
    names = ", ".join(p.name for p in matches)
    raise InvalidInput(f"--to {name!r} matches several people ({names}); give more of the name")


def plans_note(person: Person, plan: Plan | None, each: bool, interview: Interview) -> bool:
    """Whether a note is the plan's follow-up: to the coordinator, or (not --each) to the
    plan's recipient, the main contact or, with no coordinator for a remote interview, the
    interviewer the plan falls back on."""
    if person.role is PersonRole.COORDINATOR:
        return True
    if plan is None or each:
        return False
    if plan.recipient_role == "contact":
        return True
    try:
        return same_person(person, recipient_for(plan, interview))
    except InvalidInput:
        return False


def purpose(
    person: Person, plan: Plan | None, each: bool, interview: Interview, kind: str = "email"
) -> str:
    """Who a note is for, and how it goes out (said with every draft): a call is made, a
    card posted, a letter or an email sent; names as they are written ('Pieter van der
    Berg' for 'pieter van der berg')."""
    name = phrasing.person_name(person.name)
    mine = person.role is PersonRole.COORDINATOR or plans_note(person, plan, each, interview)
    if kind == "card":
        who = "" if mine else ", who interviewed you"
        return f"a card to {name}{who}; post it to them at the company"
    if kind == "phone":
        if person.role is PersonRole.COORDINATOR:
            who = "who arranged the interview"
        else:
            who = "your main contact" if mine else "who interviewed you"
        planned = mine and plan is not None and plan.method == "phone"
        return ("the plan's follow-up, " if planned else "") + f"a call to {name}, {who}"
    if kind == "check-in":
        if person.role is PersonRole.COORDINATOR:
            return f"a check-in to {name}, who arranged the interview"
        return f"a check-in to {name}, " + ("your main contact" if mine else "who interviewed you")
    if person.role is PersonRole.COORDINATOR:
        return f"the plan's follow-up, to {name}, who arranged the interview; send it first"
    if plans_note(person, plan, each, interview):
        return f"the plan's follow-up, to {name}, your main contact"
    how = "post it with" if kind == "letter" else "send it alongside"
    return (
        f"a personal note to {name}, who interviewed you; {how} the plan's follow-up, or ask "
        "the coordinator to pass it on"
    )


# --- specifics and qualifications -----------------------------------------------------------


@dataclass(frozen=True)
class Specific:
    """Something really discussed: a topic or detail, or an item/product."""

    text: str  # as it reads in a sentence to the person who discussed it
    kind: str  # plan, challenge, process, exercise, story, item or topic
    recorded: str  # as recorded
    about: str = ""  # as it reads in a note to somebody else
    doubts: tuple[str, ...] = ()  # why the recorded words could not be said whole
    usable: bool = True  # False: nothing of it reads right, so no note says it
    owner: str = ""  # the interviewer it belongs to (the note names them), as recorded
    # what the owner said of the candidate's own exercise: ('point', 'the sauce needed acid'),
    # ('advice', 'slow down the transitions') or ('about', 'my limitation clause')
    feedback: tuple[str, str] | None = None
    # the jot read as a whole thought ('the ward is short four RNs on nights'), when it reads
    # as one (core.clauses): the hook says it so, in a frame that takes a clause
    clause: Clause | None = None
    # said only as that clause: the jot does not read as a noun phrase (`text` is the clause,
    # never said in a frame that wants a thing)
    clause_only: bool = False
    # the jot's own words the phrase was made from, without the cue naming its owner
    # ('deirdre big on …'): what the one gate (core.exact) holds the phrase to
    jot: str = ""


def name_keys(person: Person) -> list[str]:
    """How a note may name a person inside a topic: first name, surname, the whole name,
    the first name with the surname's initial and initials ('fintan', 'byrne', 'fintan
    byrne', 'fintan b', 'fb')."""
    parts = phrasing.name_parts(person.name)
    bare = phrasing.bare_name(person.name)
    keys = [parts.first, parts.last, bare, bare.replace(".", "")]  # 'Sgt ortiz asked …'
    if parts.first and parts.last:
        # the given name and the family name's initial, as a jot tells two Priyas apart
        # ('priya R: …' of Priya Raghunathan)
        keys.append(f"{parts.first} {parts.last.split()[-1][0]}")
    given = parts.first.split()
    if len(given) > 1 and given[0].lower() in person_words()["honour_given"]:
        keys.append(" ".join(given[1:]))  # 'nattaya' of Khun Nattaya Srisuk
    from followup.core.people import is_role

    if is_role(bare) and bare.split():
        # one known by a job alone ("the owner's CFO"): 'the CFO: …' is theirs
        head = bare.split()[-1]
        keys += [head, f"the {head}"]
    words = bare.split()
    if len(words) >= 2:
        keys.append("".join(w[0] for w in words if w[:1].isalpha()))
    family = parts.last.split()[-1] if parts.last else ""
    if family.count("-") == 1 and all(family.split("-")):
        # a double-barrelled family name written short ('J-Sy' of Jalandoni-Sy, 'N-A' of
        # Nwachukwu-Abba), as a jot writes it again and again
        one, two = family.split("-")
        keys += [f"{one[0]}-{two}", f"{one[0]}-{two[0]}"]
    untitled = phrasing.untitled_name(bare).split()
    if len(untitled) >= 3:
        # the given names before two family names ('luz adriana' of Luz Adriana Muñoz
        # Cárdenas), and each name of a name typed after a word of address ('francisco' of
        # Don Francisco Arango Villegas)
        keys.append(" ".join(untitled[:2]))
        keys += [w for w in untitled if len(w) >= 3 and w[:1].isupper()]
    keys += _nicknames(person.name)
    if person.called and len(person.called.split()) == 1:
        keys.append(person.called)  # the name they asked for ('Raj' of Rajinder Bhullar)
    keys += [_folded(k) for k in keys if k]  # 'tomas' for Tomás, as people type it
    return list(dict.fromkeys(k.lower() for k in keys if k and len(k) > 1))


# what tells a decision to come ('we'll make a decision by …', "you'll hear in the new year")
_DECISION = re.compile(r"(?i)\bdecid|\bdecision|\byou['’]?ll hear\b|\bhear (?:back|by|from)\b")
# whose words a part of the notes is: a name before a colon or a verb of saying
_SAID_BY = re.compile(r"(?i)^\s*([^\W\d_][\w'’. -]{1,40}?)\s*(?::|\bsaid\b|\bsays\b|\btold me\b)")


def said_the_decision(person: Person, notes: str | None) -> bool:
    """Whether the notes give the decision to come in `person`'s words ("patrice: 'we'll
    make a decision by wednesday the 23rd'"): the one who decides, as the record tells it."""
    keys = set(name_keys(person))
    for part in re.split(r"(?<=[.;!?])\s+|\n+|\s[-–—]\s", notes or ""):
        said = _SAID_BY.match(part)
        if said and _DECISION.search(part) and said.group(1).strip().lower() in keys:
            return True
    return False


def owner_label(person: Person, people: Sequence[Person]) -> str:
    """The shortest way a jot can name `person` as a topic's owner that no one else of
    `people` answers to (name_keys): the first name ('Fintan'), else with the surname's
    initial ('Priya R' beside Priya V.), else the whole name."""
    parts = phrasing.name_parts(person.name)
    others = [p for p in people if not same_person(p, person)]
    taken = {k for p in others for k in name_keys(p)}
    forms = [parts.first, f"{parts.first} {parts.last.split()[-1][0]}" if parts.last else ""]
    for form in forms:
        if form and form.lower() not in taken:
            return form
    return phrasing.bare_name(person.name) or person.name


def _nicknames(name: str) -> list[str]:
    """The name a person goes by, typed in quotes: "Patricia 'Trish' O'Connell"
    (person_names.nicknames)."""
    return phrasing.nicknames(name)


def _title_keys(person: Person) -> list[str]:
    """The words a jot may name `person` by alone, from the title typed before their name
    ('Sr. Maria Lacson' -> 'sr', 'sister'; 'Dr. Ade Bello' -> 'dr', 'doctor'; data/
    person_words.txt title_said); none for a courtesy title (Mr, Ms)."""
    typed = phrasing.bare_name(person.name).split()
    if len(typed) < 2:
        return []
    key = typed[0].lower().rstrip(".")
    said = dict(w.split("=", 1) for w in person_words()["title_said"] if "=" in w)
    return list(dict.fromkeys([key, said[key]])) if key in said else []


def owner_of(
    raw: str, people: Sequence[Person], lexicon: phrasing.Lexicon
) -> tuple[Person | None, phrasing.Owned | None]:
    """The interviewer a jotted topic says is its owner ('fintan asked re: ...'), if exactly
    one of them answers to the name."""
    interviewers = [p for p in people if p.role is not PersonRole.COORDINATOR]
    keys: dict[str, list[Person]] = {}
    for p in interviewers:
        for k in dict.fromkeys(name_keys(p)):
            keys.setdefault(k, []).append(p)
        # a jot headed by the title the record gives them ('board chair: gala net down 18%')
        title = " ".join(re.findall(r"[^\W\d_][\w'’&-]*", (p.title or "").lower()))
        if len(title.split()) >= 2 and title not in keys:
            keys.setdefault(title, []).append(p)
        for said in _title_keys(p):  # 'sister asked …' of the one Sister of the panel
            keys.setdefault(said, []).append(p)
    # a given name written short ('olu' of Olumide, 'kat' of Katharina): its first three
    # letters or more, where no one else's name starts so and it is no everyday word
    from followup.core.check.words import everyday

    lead = re.match(r"^\s*(?:[^\W\d_]+\.?\s+)?([^\W\d_]{3,})(?=[\s:(,–—-])", raw.lower())
    if lead and lead.group(1) not in keys and not everyday(lead.group(1)):
        short = lead.group(1)
        firsts = [
            p
            for p in interviewers
            if _folded(phrasing.name_parts(p.name).first or "").lower().startswith(short)
        ]
        if len(firsts) == 1:
            keys[short] = firsts
    owned = phrasing.owned_topic(raw, [k for k, ps in keys.items() if len(ps) == 1], lexicon)
    if owned is None:
        return None, None
    return keys[owned.who.lower()][0], owned


def public_words(interview: Interview) -> set[str]:
    """Words no confidence of the notes can own: the round's role and its initials ('FOM' of
    Front Office Manager, 'TLs' of Team Leader), the company and the people's names."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", " ".join(
        [interview.role, interview.company, *(p.name for p in interview.people)]
    ))}  # fmt: skip
    # the initials of every run of two to four of the role's words ('Night Team Leader':
    # 'NTL', 'TL'), and their plurals
    out = set(words)
    for part in re.split(r"\s[-–—/|]\s|[,(]", interview.role):
        role = [w for w in re.findall(r"[A-Za-z]+", part) if len(w) > 2]
        for a in range(len(role)):
            for b in range(a + 2, min(len(role), a + 4) + 1):
                initials = "".join(w[0] for w in role[a:b]).lower()
                out |= {initials, f"{initials}s"}
    return out


def confided(text: str, lexicon: phrasing.Lexicon, interview: Interview) -> bool:
    """Whether a topic or item tells what the round's notes say in confidence (phrasing.
    confidential, clause by clause, the round's public words aside)."""
    return phrasing.confidential(text, lexicon, interview.notes, public_words(interview))


def unshouted_round(interview: Interview, lexicon: phrasing.Lexicon) -> Interview:
    """The round with each topic, item and line of notes typed in capitals ('HANGAR WALK') in
    normal case (phrasing.unshouted), and a common noun typed with a capital ('the Team') in
    lower case (phrasing.uncapitalised), so no note repeats caps lock; the stored round is not
    changed."""
    names = record_names(interview)
    # the names typed as names (not a capital a jot gives a word: 'the Team is moving …')
    typed = [interview.company, *(p.name for p in interview.people), *interview.items]

    def said(text: str) -> str:
        return phrasing.uncapitalised(phrasing.unshouted(text, lexicon, names), lexicon, typed)

    notes = interview.notes
    if notes:
        notes = "\n".join(said(line) for line in notes.split("\n"))
    return replace(
        interview,
        topics=[said(t) for t in interview.topics],
        items=[said(t) for t in interview.items],
        notes=notes,
    )


_BULLET = re.compile(r"^\s*(?:[-–—•*·>→➔➜▪◦‣⁃]+|\d{1,2}[.)])\s+")


def unbulleted(text: str) -> str:
    """A jot without the bullet it was typed with ('→ Marcus: …', '• the cold store tour')."""
    return _BULLET.sub("", text, count=1)


def unbulleted_round(interview: Interview) -> Interview:
    """The round with the bullet each topic or item was typed with ('→ Marcus: …', '• the
    cold store tour', '2) …') taken off, so that who a jot opens on is read as its owner;
    the stored round is not changed."""
    bare = unbulleted
    return replace(
        interview,
        topics=[bare(t) for t in interview.topics],
        items=[bare(t) for t in interview.items],
    )


def _address_words(address: greetings.Address) -> tuple[str, str]:
    """The words of spoken address a jot types before a name ('sir nestor', "ma'am joy",
    'kuya ben') and after one ('suresh sir', "ananya ma'am", 'sharma ji', 'imran bhai'), as
    two regex alternations (data/person_words.txt and drafting.toml [address])."""
    words = person_words()
    before = {*address.register_titles, *address.familiar, *words["honour_given"], "sir"}
    after = {*words["after_mr"], *words["after_ms"], *words["after_kept"], *address.register_titles}
    after |= {w for w in address.familiar if w not in ("ate", "aunt", "uncle")}  # 'ben ate'

    def alternation(found: set[str]) -> str:
        forms = {w.replace("’", "'") for w in found} | {w.replace("'", "’") for w in found}
        # longest first, then by letters (never the set's order, which follows the hash
        # seed): the same text in every run, so that a pattern of these words alone is kept
        # between runs (cli/regex_cache.py)
        ordered = sorted(forms, key=lambda w: (len(w), w), reverse=True)
        return "|".join(re.escape(w) for w in ordered)

    return alternation(before), alternation(after)


# where a jot's clauses meet: a comma (not between figures), a semicolon, a dash, an arrow,
# brackets (core/compose._JOINTS), kept so that the clauses left read as typed
_CLAUSE_JOINTS = re.compile(r"(\s*(?:(?<!\d),|,(?!\d)|;|\s[-–—]+\s|–|—|->|=>|→|⇒|➡|\(|\))\s*)")


def unconfided(jot: str, lexicon: phrasing.Lexicon, interview: Interview) -> tuple[str, list[str]]:
    """A jot without its clauses told in confidence, judged clause by clause: one that carries
    a marker of data/phrasing.toml `confidential` ('(between us) the budget was cut'; a
    marker standing alone marks the clause after it, or before it at the end), or that tells
    what the notes say in confidence (confided). The rest of the jot is kept as typed; a jot
    with nothing left, or with nothing private, is returned whole. Also the clauses left out."""
    pieces = _CLAUSE_JOINTS.split(jot)
    texts = pieces[0::2]
    if len(texts) < 2:
        return jot, []
    private = [bool(t.strip()) and confided(t, lexicon, interview) for t in texts]
    marked = list(private)
    for at, t in enumerate(texts):
        # a marker with little else ('between us', 'confidencial por ahora', 'keep quiet'):
        # the clause it stands beside is the one told in confidence, the one after it when
        # it opens the jot, else the one before it
        if marked[at] and len(phrasing.secret_stems(t, lexicon)) < 3:
            first = not any(x.strip() for x in texts[:at])
            order = (at + 1, at - 1) if first else (at - 1, at + 1)
            near = next((k for k in order if 0 <= k < len(texts) and texts[k].strip()), None)
            if near is not None:
                private[near] = True
    for at in range(1, len(texts)):
        # an aside in brackets goes with the clause it follows ('… hostel in Ibadan (my
        # lead), a clinic …' without its first clause: never 'my lead, a clinic')
        if private[at - 1] and "(" in pieces[2 * at - 1] and not private[at]:
            private[at] = bool(texts[at].strip())
    if not any(private) or all(p or not t.strip() for p, t in zip(private, texts, strict=True)):
        return jot, []
    kept: list[str] = []
    for at, t in enumerate(texts):
        if private[at] or not t.strip():
            continue
        if kept:
            kept.append(pieces[2 * at - 1])
        kept.append(t)
    said = "".join(kept).strip(" ,;-–—()")
    told = [
        t.strip(" ()")
        for p, t in zip(private, texts, strict=True)
        if p and phrasing.secret_stems(t, lexicon)  # a marker alone is nothing told
    ]
    return said, told


def unconfided_round(
    interview: Interview, lexicon: phrasing.Lexicon
) -> tuple[Interview, list[str]]:
    """The round with each topic's and item's clauses told in confidence taken out (see
    unconfided), and those clauses."""
    left: list[str] = []

    def kept(jots: Sequence[str]) -> list[str]:
        out = []
        for jot in jots:
            said, out_of = unconfided(jot, lexicon, interview)
            out.append(said)
            left.extend(out_of)
        return out

    topics, items = kept(interview.topics), kept(interview.items)
    if not left:
        return interview, []
    return replace(interview, topics=topics, items=items), left


def unhonoured_round(interview: Interview, address: greetings.Address) -> Interview:
    """The round with each word of spoken address typed beside a recorded person's name in
    its topics, items and notes taken off ('suresh sir: close = 9 days' -> 'suresh: …', "→
    ma'am joy wants …" -> '→ joy wants …', 'kuya ben showed the forklift'), so the jot's
    person is read as the person, never as 'the sir'; the stored round is not changed."""
    keys = {k for p in interview.people for k in name_keys(p) if len(k) > 1 and " " not in k}
    if not keys:
        return interview
    before, after = _address_words(address)
    texts = [*interview.topics, *interview.items, interview.notes or ""]
    # no word of address anywhere: nothing to take off, and the pattern of the round's names
    # (new text for every round, compiled afresh) is not made
    if not any(re.search(shipped(rf"(?i)(?:{before}|{after})"), t) for t in texts):
        return interview
    names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    pattern = re.compile(
        rf"(?i)(?<![\w'’])(?:(?:{before})\.?\s+(?P<a>{names})(?![\w'’-])"
        rf"|(?P<b>{names})(?:\s+|-)(?:{after})\.?(?![\w'’]))"
    )

    def bare(text: str) -> str:
        return pattern.sub(lambda m: m.group("a") or m.group("b"), text)

    return replace(
        interview,
        topics=[bare(t) for t in interview.topics],
        items=[bare(t) for t in interview.items],
        notes=bare(interview.notes) if interview.notes else interview.notes,
    )


def record_names(interview: Interview) -> list[str]:
    """Names the record writes with capitals: company, people, items, and capitalised words
    inside the topics and items (so 'atlas' in one topic reads 'Atlas' as recorded elsewhere,
    'epic rover phones' as the item 'Epic Rover phones' writes it)."""
    names = [interview.company, *interview.items]
    for p in interview.people:
        bare = phrasing.person_name(phrasing.bare_name(p.name))
        parts = bare.split()
        names += [bare, *parts[1:]]
        if parts and parts[0].lower() not in _COMMON_FIRST_NAMES:
            names.append(parts[0])
    for text in [*interview.topics, *interview.items]:  # 'Rover' of 'Epic Rover phones'
        names += [w.strip(",.;:()") for w in text.split()[1:] if w[:1].isupper()]
    for item in interview.items:
        # an item's first word is a name too when the item is written as one ('Yardi
        # Voyager', 'Henny Penny pressure fryer'): 'yardi' in a topic reads 'Yardi'
        ws = [w.strip(",.;:()") for w in item.split()]
        if len(ws) > 1 and ws[0][:1].isupper() and any(w[:1].isupper() for w in ws[1:]):
            names.append(ws[0])
    return [n for n in names if n and len(n) > 1]


# First names that are also everyday words: never capitalised inside a topic.
_COMMON_FIRST_NAMES = frozenset(
    [
        "will",
        "may",
        "mark",
        "bill",
        "rose",
        "hope",
        "joy",
        "faith",
        "pat",
        "sue",
        "dawn",
        "june",
        "april",
        "august",
        "summer",
        "art",
        "sky",
        "grant",
        "chase",
        "hunter",
        "page",
        "drew",
        "lane",
        "read",
        "frank",
        "max",
        "victor",
    ]
)


# A topic in the user's own words: its kind named, then the words in double quotes
# ('challenge: "the gap on nights since the summer"', 'pruitt: exercise: "the carboplatin
# case"'), as `draft` stores an answer to "as you would say it to them".
_WORDED = re.compile(r'^\s*["“](?P<words>[^"“”]+)["”]\s*\.?\s*$')


# An exercise the candidate did before the interview day: a take-home, pre-work, an
# assignment sent ahead ('take-home (sent last wk)', 'pre-read + case sent friday').
_BEFORE_THE_DAY = re.compile(
    r"(?i)\btake[- ]?homes?\b|\bpre[- ]?(?:work|read|task|assignment)s?\b|\bhome ?work\b|"
    r"\bsent (?:in )?(?:last|the|on)\b|\bin advance\b|\bbeforehand\b"
    r"|\bahead of the (?:day|interview)\b"
)


def is_worded(s: Specific) -> bool:
    """Whether a specific is the user's own words (`worded`): its figures are said as typed
    ('the Switch 2 frame budget', '9 minutes 40'), never respelt."""
    return bool(_WORDED_TAIL.search(s.recorded)) and s.text == s.jot


_WORDED_TAIL = re.compile(r':\s*["“][^"“”]+["”]\s*\.?\s*$')


# A line of the user's own for one reader ('Karine: line: "I've started the ePCR module on
# the college site"'), stored among the round's topics by services.drafting.add_lines: said
# as typed, in that reader's note only, never read as a topic.
OWN_LINE = re.compile(r'^\s*(?P<who>[^:"“”]{1,80}):\s*line:\s*["“](?P<words>[^"“”]+)["”]\s*$')


def own_line(text: str) -> tuple[str, str] | None:
    """(whose name as stored, the words) of a stored line of the user's own; None for a topic."""
    m = OWN_LINE.match(text)
    return (m["who"].strip(), " ".join(m["words"].split())) if m else None


def without_own_lines(interview: Interview) -> tuple[Interview, dict[str, str]]:
    """The round without the user's own lines among its topics, and the lines by the name of
    the person each is for (as the record names them; a line whose name answers to nobody is
    kept for nobody)."""
    lines: dict[str, str] = {}
    topics = []
    for t in interview.topics:
        found = own_line(t)
        if found is None:
            topics.append(t)
            continue
        who = next((p for p in interview.people if p.name == found[0]), None)
        if who is not None and found[1]:
            lines[who.name] = found[1]
    if len(topics) == len(interview.topics):
        return interview, lines
    return replace(interview, topics=topics), lines


# 'thank kuya ben … via ma'am joy', 'thank thabo too - no card, via candice', 'want to thank
# maya - …, ask joanne to pass it on': whom to thank, and through whom
_THANK_WHO = re.compile(
    r"(?i)\bthank\s+(?P<who>(?:(?:kuya|ate|tito|tita|auntie|aunty|uncle|sir|ma'?am|mr\.?|"
    r"mrs\.?|ms\.?|dr\.?)\s+)?[a-z][\w'’-]+)"
)
_THANK_VIA = re.compile(
    r"(?i)\b(?:via|through|thru)\s+(?:(?:kuya|ate|sir|ma'?am|mr\.?|mrs\.?|ms\.?|dr\.?)\s+)?"
    r"(?P<via>[a-z][\w'’-]+)"
    r"|\bask\s+(?P<asked>[a-z][\w'’-]+)\s+to\s+(?:pass|forward|relay|thank|say)"
)
_KIN_WORDS = frozenset(["kuya", "ate", "tito", "tita", "auntie", "aunty", "uncle"])
_NOT_THANKED = frozenset(
    ["you", "yous", "them", "him", "her", "everyone", "everybody", "all", "the", "each", "both"]
)
_THANKS_CLAUSES = re.compile(r"(?<=[.!?;])\s+|\n+")


def _called(person: Person, names: Iterable[str]) -> bool:
    """Whether one of `names` ('Thabo', from thanks_through) is a word of the person's name."""
    words = person.name.lower().split()
    return any(n.lower() in words for n in names)


def _thanked_as(person: Person | None, typed: str) -> str:
    """How a note names one it asks to be thanked: the round's first name for them
    (capitalised where typed in lower case), else the words typed, capitalised, without a
    word of kinship said with a name ('kuya ben' -> 'Ben': spoken, not written; the checker
    reads it as slang)."""
    if person is not None:
        first = person.name.split()[0]
        return phrasing.person_name(first) if first.islower() else first
    words = typed.split()
    return " ".join(
        w if w[:1].isupper() else w.capitalize()
        for w in words
        if w.lower() not in _KIN_WORDS or len(words) == 1
    )


def thanks_through(notes: str | None, people: Sequence[Person]) -> dict[str, list[str]]:
    """Whom the notes ask to be thanked through whom, by the name of the person passing the
    thanks on ('thank kuya ben (bell captain) - via ma'am joy' -> {'Ma'am Joy …': ['Kuya
    Ben']}; 'want to thank maya - can't email a 16 y/o, ask joanne to pass it on' ->
    {'Joanne Lindgren': ['Maya']}); the one thanked as the round names them, else as typed
    with capitals. Session 45: recruiters marked a note to the go-between that never passed
    on the thanks the candidate asked for."""
    if not notes:
        return {}

    def person_of(word: str) -> Person | None:
        word = word.lower().strip("'’")
        found = [
            p
            for p in people
            if word in {w.lower() for w in re.findall(r"[\w'’-]+", p.name)}
            or (p.called or "").lower() == word
        ]
        # one person, though typed twice (the coordinator who also sat on the panel: the
        # one with an address)
        if found and all(same_person(found[0], q) for q in found):
            return found[0]
        mailed = [p for p in found if p.email]
        return mailed[0] if len(mailed) == 1 else None

    out: dict[str, list[str]] = {}
    for clause in _THANKS_CLAUSES.split(notes):
        who = _THANK_WHO.search(clause)
        via = _THANK_VIA.search(clause, who.end()) if who else None
        if who is None or via is None:
            continue
        typed = who["who"]
        if typed.split()[-1].lower() in _NOT_THANKED:
            continue
        through = person_of(via["via"] or via["asked"])
        thanked_one = person_of(typed.split()[-1])
        if through is None or (thanked_one is not None and same_person(thanked_one, through)):
            continue
        if thanked_one is not None and thanked_one.email:
            continue  # they have a note of their own
        shown = _thanked_as(thanked_one, typed)
        if shown not in out.setdefault(through.name, []):
            out[through.name].append(shown)
    return out


def restates(line: str | None, claim: str | None) -> bool:
    """Whether a line of the user's own says a claim already: most of the claim's words of
    substance (four letters or more; at least two) are in the line."""
    if not line or not claim:
        return False
    words = {w for w in re.findall(r"[a-z0-9][a-z0-9'’-]{3,}", claim.lower())} - _CLAIM_COMMON
    said = set(re.findall(r"[a-z0-9][a-z0-9'’-]{3,}", line.lower()))
    return len(words) >= 2 and len(words & said) >= 0.6 * len(words)


# words of a claim that say nothing of its substance
_CLAIM_COMMON = frozenset(
    ["have", "with", "from", "that", "this", "years", "year", "experience", "been", "also"]
)


_CLOSERS = "'’\"”)"  # what may close a sentence after its stop
# the pronoun 'I' typed in lower case, alone or with its contraction ('i', "i've", "i'll")
_LOWER_I = re.compile(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|ll|d))?(?![\w'’.-]))")


def capital_i(text: str) -> str:
    """`text` with the pronoun 'I' written as a capital where it was typed in lower case ("i've
    got my coxswain ticket and i'll email it" -> "I've got … and I'll email it")."""
    return _LOWER_I.sub("I", text)


def said_line(words: str) -> str:
    """A line of the user's own as a sentence: its first letter a capital, a full stop at the
    end where none is typed (none after a stop of another script: 'ありがとうございました。',
    '谢谢！', or a closing quote or bracket after a stop)."""
    words = writer.capfirst(capital_i(words.strip()))
    ends = ".!?。！？…"
    if not words or words[-1] in ends or (words[-1] in _CLOSERS and words[-2:-1] in ends):
        return words
    return f"{words}."


# a title or a professional prefix written short before a name ('Pharm.', 'Engr.', 'Arq.')
_TITLE_SHORT = re.compile(
    r"(?:Pharm|Engr|Eng|Arc|Arch|Barr|Lic|Arq|Avv|Dott|Ing|Adv|Hon|Cmte|Cmdt|Tmt|Smt|Thiru|"
    r"Sra|Srta|Mme|Mlle|Dipl|Mag|Ir|Er|Atty|Esq)\."
)


def sentences_of(paragraph: str) -> list[str]:
    """A paragraph's sentences: parted after a stop, never after a title's or an initial's
    ('Please thank Dr. Côté-Hébert, Raj and everyone else' is one sentence; 'J. M. Reyes';
    'Pharm. Okonkwo-Bello')."""
    pieces = re.split(r"(?<=[.!?])\s+", paragraph)
    out: list[str] = []
    for piece in pieces:
        last = out[-1].split()[-1] if out and out[-1].split() else ""
        if (
            out
            and last.endswith(".")
            and (
                last.rstrip(".").lower() in phrasing.TITLES
                or len(last.rstrip(".")) == 1
                or _TITLE_SHORT.fullmatch(last) is not None
            )
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def with_own_line(paragraphs: Sequence[str], line: str, topic: str | None) -> list[str]:
    """A note's paragraphs with the user's own line for its reader: right after the sentence
    that names the note's topic (after the claim that points back to it, when one follows:
    'so that work is familiar to me' then still points at the topic), or in its place when
    the line says the topic itself and that sentence is not the note's first; else at the end
    of its first paragraph (never after the close)."""
    out = [sentences_of(para) for para in paragraphs]
    said = said_line(line)
    if not said or not out:
        return list(paragraphs)
    low = (topic or "").lower()[:40]
    at = next(
        (
            (i, j)
            for i, para in enumerate(out)
            for j, x in enumerate(para)
            if low and low in x.lower()
        ),
        None,
    )
    if at is None:
        first = 0 if len(out) == 1 else min(1, len(out) - 2)
        at = (first, len(out[first]) - 1)
    else:
        i, j = at
        echoes = restates_topic(line, topic) and not _POINTS_BACK.search(
            out[i][j + 1] if j + 1 < len(out[i]) else ""
        )
        if echoes and (i, j) != (0, 0):
            # the line says the topic itself ('I've been thinking about the croissant volume
            # varying between shifts, and I'd start by …'): it stands in for the sentence that
            # names it, never beside it (the opening thanks stays)
            out[i][j] = said
            return [" ".join(para) for para in out]
        if echoes and (thanks := _thanks_before(out[i][j], topic or "")) is not None:
            # the opening thanks name the topic ('Thank you for meeting me on Tuesday and for
            # talking about …'): they keep their first part, and the line says the topic
            out[i][j : j + 1] = [thanks, said]
            return [" ".join(para) for para in out]
        following = (i, j + 1) if j + 1 < len(out[i]) else (i + 1, 0)
        if following[0] < len(out) - 1 or len(out) == 1:  # never past the close's paragraph
            nxt = out[following[0]][following[1]] if following[0] < len(out) else ""
            if _POINTS_BACK.search(nxt):
                at = following
    out[at[0]].insert(at[1] + 1, said)
    return [" ".join(para) for para in _without_echoes(out, line, said)]


def _without_echoes(out: list[list[str]], line: str, said: str) -> list[list[str]]:
    """Paragraphs (as sentences) without any other sentence of the body that the user's own
    line says again ('I appreciated the time you gave the written vignette, and your point
    that … the response has to be the same day' beside the line 'Your point about responding
    the same day … has really stayed with me': session 39's dev recruiters read the pair as
    copied). The opening thanks keep their first part; the close is never touched, but for
    a request to pass thanks on where the line makes one ('Please also pass my thanks on to
    Ms. Priya V.' beside 'Do thank Dr Rao and Anthony for me, if you would': the v30 graders'
    'second pass-on request')."""
    if _PASS_ON.search(line):
        out = [[x for x in para if x == said or not _PASS_ON.search(x)] or para for para in out]
    body = len(out) - 1 if len(out) > 1 else len(out)
    for i in range(body):
        kept = []
        for j, x in enumerate(out[i]):
            if x == said or not restates_topic(line, x):
                kept.append(x)
                continue
            if i == 0 and j == 0:  # the opening: its thanks, if they stand alone
                cuts = list(_THANKS_CUT.finditer(x))
                first = x[: cuts[0].start()].rstrip(" ,;") if cuts else ""
                kept.append(f"{first}." if _THANKS.match(x) and len(first.split()) >= 4 else x)
        out[i] = kept
    return [para for para in out if para]


# a request to pass thanks on ('Please pass my thanks on to …', 'Do thank Jo for me', 'pass
# these on to the panel')
_PASS_ON = re.compile(
    r"(?i)\bpass(?:ing)?\s+(?:my|our|these|the|this|them)?\s*(?:thanks|thank-yous|on)\b"
    r"|\bpass(?:ing)?\s+(?:[\w'’-]+\s+){0,3}on\s+to\b"  # 'passing these notes on to the panel'
    r"|\bthank\s+[^.!?]{1,80}?\s+for\s+me\b|\bforward(?:ing)?\s+my\s+thanks\b"
)


# the words a reader does not count when two sentences say the same thing
_TOPIC_COMMON = frozenset(
    ["with", "that", "this", "from", "have", "been", "about", "your", "their", "they", "them",
     "there", "these", "those", "into", "each", "what", "which", "where", "when", "also",
     "more", "most", "some", "than", "then", "just", "like", "would", "could", "should",
     "will", "make", "made", "gave", "give", "said", "stayed", "stay", "think", "thinking",
     "thought", "since", "really", "part", "love", "help", "glad", "good", "great", "here",
     "very", "much", "every", "time", "today", "well"]
)  # fmt: skip


def _substance(text: str) -> set[str]:
    """The words of substance of a text as a reader compares them: a count in words or
    figures alike ('thirty', '30'; 'percent', '%': phrasing.COUNT_NAMES), each word by its
    stem ('ETAs' as 'eta', phrasing.stem), no little word (_TOPIC_COMMON)."""
    low = re.sub(r"\bper ?cent\b", "%", text.lower())
    out = set()
    for word in re.findall(r"[a-z0-9%]+", low):
        word = phrasing.COUNT_NAMES.get(word, word)
        if word.isdigit() or word == "%":
            out.add(word)
        elif len(word) >= 4 and word not in _TOPIC_COMMON:
            out.add(phrasing.stem(word))
    return out


def restates_topic(line: str | None, topic: str | None) -> bool:
    """Whether a line of the user's own says a note's topic again: at least three of the
    topic's words of substance (`_substance`), and over a third of them ('The three weeks
    legal needs for each study stayed with me' after '… the three weeks legal review takes
    per study'; the line may take up one part of a long topic)."""
    if not line or not topic:
        return False
    words = _substance(topic)
    shared = words & _substance(line)
    return len(shared) >= 3 and len(shared) >= 0.35 * len(words)


# where opening thanks that name the topic end their first part: ', and for …', ' and for
# …', '; I was glad …', ', and the chance …'
_THANKS_CUT = re.compile(r",?\s+and\s+(?=for\b|the\b)|;\s+|,\s+(?=for\b|and\b|I\b)")
_THANKS = re.compile(r"^(?:thank|thanks|many thanks|i'm grateful|i appreciated|i appreciate)", re.I)


def _thanks_before(sentence: str, topic: str) -> str | None:
    """The first part of opening thanks that go on to name `topic` ('Thank you for meeting
    me on Tuesday and for talking openly about …' -> 'Thank you for meeting me on
    Tuesday.'), None when the sentence is no thanks or has no such part."""
    at = sentence.lower().find(topic.lower()[:40]) if topic else -1
    if at <= 0 or not _THANKS.match(sentence):
        return None
    cuts = list(_THANKS_CUT.finditer(sentence[:at]))
    if not cuts:
        return None
    kept = sentence[: cuts[-1].start()].rstrip(" ,;")
    return f"{kept}." if len(kept.split()) >= 4 else None


# a claim said right after the topic that points back at it ('… so that work is familiar to
# me', 'I know that ground from my own work; …', '…, which should help with that')
_POINTS_BACK = re.compile(
    r"\bthat (?:ground|work)\b|\bwith that\b|\bthat here\b|\bit may help that\b"
    r"|\bthat first-hand\b|\bcome to it\b|\bclose to my own experience\b|^In my own experience\b",
    re.I,
)


# 'you' as the object of a preposition or a verb ('with you supervising', 'set by you',
# 'helped you'), said 'them' of someone else
_YOU_AS_OBJECT = re.compile(
    r"(?i)\b(with|to|for|from|by|about|at|of|on|like|than|without|after|before|behind|beside"
    r"|between|among|towards?|into|onto|upon|under|over|through|around|near|\w+ed)\s+you\b"
)


def worded(text: str, interview: Interview, lexicon: phrasing.Lexicon) -> Specific | None:
    """A jot the user has worded themselves (`_WORDED`): said as typed, to its owner if one is
    named first, 'your' said 'the' to anybody else; None for any other jot."""
    person, owned = owner_of(text, interview.people, lexicon)
    rest = owned.rest if owned else text
    given, body = phrasing.split_kind(rest, lexicon)
    given = given or (owned.kind if owned else None)
    m = _WORDED.match(body)
    if given is None or m is None:
        return None
    words = re.sub(r"(?<![\w/])w/(?=\s)", "with", " ".join(m["words"].split())).strip(" .;,")
    words = capital_i(words)  # 'whether i had a boat ticket': 'I', as it is written
    if not words:
        return None
    about = re.sub(r"(?i)\byour\b", "the", words)
    # 'with you supervising', 'set by you': 'them' after a preposition or a verb's -ed
    about = re.sub(_YOU_AS_OBJECT, r"\1 them", about)
    about = re.sub(r"(?i)\byou\b", "they", about)
    own = Specific(words, given, text, about, (), True, person.name if person else "", jot=words)
    # a question named by what it asked ('your question on adjusted weight'): the notes'
    # own frame says it was a question (asked_about)
    return asked_about(own) if given == "question" else own


# a figure as a note jots it ('9 minutes 40', '71 per cent', '58%', '$40M', '2027')
_JOTTED_FIGURE = re.compile(r"(?<![\w.])[$£€]?\d[\d.,:]*(?:%|[kKmM]\b)?")
# where a phrase turns from what it is about to its figures: a clause's comma or dash, or a
# preposition just before the first figure ('average handle time of 9 minutes 40 …')
_CLAUSE_TURN = re.compile(r",\s|\s[-–—]\s|\s\(|;\s")
_FIGURE_LEAD = re.compile(
    r"\s(?:of|at|from|around|about|against|to|with|by|on|in|over|under|below|above|near)"
    r"(?:\s(?:about|around|roughly|nearly|almost|just|only|over|under))?\s*$"
)


def _told(topic: Specific, phrase: str) -> str:
    """A topic said to a reader without its list of figures: a jotted phrase of nine words or
    more with two figures or more says only what it is about, up to the clause (or the
    preposition) where the figures begin ('average handle time of 9 minutes 40 against a
    target of 7 minutes 30, CSAT at 71 per cent …' -> 'average handle time'; session 45:
    recruiters read the reader's own figures recited back as the jot, not a thank-you). The
    user's own words are said as they are; '' or a head of fewer than two words keeps it."""
    if is_worded(topic) or len(phrase.split()) < 9:
        return phrase
    figures = [m for m in _JOTTED_FIGURE.finditer(phrase) if any(c.isdigit() for c in m.group())]
    if len(figures) < 2:
        return phrase
    before = phrase[: figures[0].start()]
    turns = list(_CLAUSE_TURN.finditer(before))
    if turns:
        head = before[: turns[-1].start()]
    elif lead := _FIGURE_LEAD.search(before):
        head = before[: lead.start()]
    else:
        return phrase
    head = head.rstrip(" ,;:-–—(")
    words = head.split()
    if len(words) < 2 or words[-1].lower() in ("the", "a", "an", "and", "or", "your", "my", "of"):
        return phrase
    return head


def _content_stems(text: str, wording: Wording) -> set[str]:
    """The stems of a text's words of substance (no stopword, three letters or more)."""
    return {
        phrasing.stem(w.lower())
        for w in re.findall(r"[A-Za-z][\w'’-]*", text)
        if len(w) > 2 and w.lower() not in wording.stopwords
    }


def _item_owner(phrase: str, topics: Sequence[Specific], wording: Wording) -> str:
    """Whose an item listed on its own is ('shell content in nibs'): the one person whose
    own jots speak of it ('Ms. Kouadio: … shell in the nib - she wants < 1.5%'), by two
    words of substance in common (or its one word); '' when no one's or several people's
    do (session 38: an item nobody was named beside went to the chair, who never raised it)."""
    said = _content_stems(phrase, wording)
    if not said:
        return ""
    need = min(2, len(said))
    owners = {
        s.owner
        for s in topics
        if s.owner and len(said & _content_stems(s.recorded, wording)) >= need
    }
    return owners.pop() if len(owners) == 1 else ""


def specifics_of(
    interview: Interview, language: Language, extra_names: Sequence[str] = ()
) -> list[Specific]:
    out: list[Specific] = []
    seen: set[str] = set()
    withheld: dict[str, Specific] = {}  # never said, whatever else reads of it: said why
    names = [*record_names(interview), *extra_names]
    context = f"{interview.role} {interview.company}"
    lexicon = language.lexicon
    for kind, values in (
        ("topic", interview.topics),
        ("topic", list(getattr(interview, "details", []) or [])),
        ("item", interview.items),
    ):
        for raw in values:
            text = " ".join(str(raw).split())
            if not text or text.lower() in seen:
                continue
            seen.add(text.lower())
            own = worded(text, interview, lexicon) if kind == "topic" else None
            if own is not None:  # the user's own words for it: said as they are
                out.append(own)
                continue
            if confided(text, lexicon, interview):
                continue  # shown in confidence: no note repeats it (compose says so)
            if interview_format(text, language.wording):  # 'standard panel, 8 qs, scored'
                withheld[text] = Specific(text, "event", text, text, (FORMAT,), False)
                continue
            if _OWN_SLIP.match(text):  # 'MY SLIP in the pres: …': no note brings it up
                withheld[text] = Specific(text, "exercise", text, text, (OWN_SLIP,), False)
                continue
            if private(text, language.wording) and (
                _PERSONAL.search(text) or any(_names_in(text, p) for p in interview.people)
            ):  # 'tomasz went through a divorce last year': theirs to tell, never 'covered'
                withheld[text] = Specific(text, "story", text, text, (PRIVATE,), False)
                continue
            if kind == "item":
                # an aside after the item says where it was or who showed it ('the pick-to-light
                # rack (Dana showed it)'): never said, but the one person it names is its owner
                aside = re.match(r"^(?P<item>.*?\S)\s*\((?P<aside>[^()]*)\)$", text)
                named = [
                    p for p in interview.interviewers if aside and _names_in(aside["aside"], p)
                ]
                phrase = item_phrase(aside["item"] if aside else text, lexicon.name_tails)
                mine = re.search(r"(?i)\bmy\b", text) is not None  # 'the deck from my pitch'
                owner = named[0].name if len(named) == 1 else ""
                out.append(
                    Specific(
                        phrase,
                        "exercise" if mine else "item",
                        text,
                        phrase,
                        owner=owner or _item_owner(phrase, out, language.wording),
                    )
                )
                continue
            exercise = exercise_of(_as_mine(text), interview, lexicon)
            if exercise is not None:  # the candidate's own work, and who said what of it
                out.append(replace(exercise, recorded=text))
                continue
            person, owned = owner_of(text, interview.people, lexicon)
            labelled = _STORY_LABEL.match(text.strip())
            story = (
                story_of(text, interview, lexicon)
                if not owned or _a_story_label(labelled)
                else None
            )
            if story is not None:  # 'Imogen set up the practice': how you set it up
                about = phrasing.known_names(story.about, names)  # 'how Darnell started'
                out.append(Specific(story.to_them, "story", text, about, (), True, story.who))
                continue
            said = owned.rest if owned else text
            p = gated(
                phrasing.phrase_topic(said, lexicon, names, interview.items, context), lexicon
            )
            if owned and p.sure and _stated(p.to_them, said, lexicon):
                # 'ravi: ledger lives in a rails monolith': what they said, a sentence, never
                # a thing the interview covered ('covered ledger lives in a rails monolith')
                p = replace(p, doubts=(*p.doubts, slot_grammar.SENTENCE))
            if owned and p.short_them and _stated(p.short_them, said, lexicon):
                p = replace(p, short_them="", short_about="")  # its head is the sentence too
            subject = _COPULAR.match(said)
            clause = None if p.sure else how_clause(p, said, lexicon)
            if clause is not None:  # 'the ETL falls over every month end': how it does
                p, subject = clause, None
            if not p.sure and subject and not p.short_them:
                # 'kafka lag is their biggest pain': the note is about what the sentence is
                # about (its subject), of the kind the whole sentence says ('pain': a challenge)
                kind = phrasing.infer_kind(said, lexicon, interview.items)
                short = gated(
                    phrasing.phrase_topic(subject.group(1), lexicon, names, interview.items),
                    lexicon,
                )
                if short.sure and _says_enough(short.about):
                    p = replace(
                        p, short_them=short.to_them, short_about=short.about, short_kind=kind
                    )
            given = owned.kind if owned and owned.kind and not p.kind_given else None
            # what the whole jot says of its kind ('sql test, 3 qs' is your own test, 'SAPC
            # inspection … flagged …' a finding against them), over what its head suggests
            if given is None and not p.kind_given:
                given = phrasing.jot_kind(said, lexicon)
            if person is None and given in ("exercise", "event", "question"):
                person = _done_with(said, interview)  # 'coding w/ deepak: …' was Deepak's
            whose = person.name if person else ""
            if given == "priority" and not said.lower().startswith("the "):
                # what someone cares about is a practice, not one thing: 'your focus on
                # community consultation', never 'on the community consultation'
                p = replace(
                    p,
                    to_them=p.to_them.removeprefix("the "),
                    about=p.about.removeprefix("the "),
                )
            if not p.sure and p.short_them and _says_enough(p.short_about):  # its head reads right
                kind = given or (p.kind if p.kind_given else p.short_kind)
                out.append(Specific(p.short_them, kind, text, p.short_about, p.doubts, True, whose,
                                    jot=said))  # fmt: skip
            else:
                out.append(
                    Specific(
                        p.to_them, given or p.kind, text, p.about, p.doubts, p.sure, whose, jot=said
                    )  # fmt: skip
                )
    people = frozenset(
        w.lower()
        for p in interview.people
        for w in [*phrasing.bare_name(p.name).replace(".", " ").split(), *_nicknames(p.name)]
        if len(w) > 2 and w.lower() not in _COMMON_FIRST_NAMES
    )
    company = set(interview.company.lower().split())
    written = frozenset(
        n for n in names if n[:1].isupper() and not set(n.lower().split()) <= company
    )  # the company's own words ('Food Bank') are everyday words in a topic
    return [
        credited(polite(salvaged(standalone(sure_of(s, language, people), language, people,
                                            written), language, people, written), language,
                        people), language)
        for s in out
    ] + list(withheld.values())  # fmt: skip


def _stated(phrase: str, said: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a phrase kept of what a person said is their sentence typed bare: no article,
    and within its first three words one that is a verb agreeing with the bare word before
    it, followed by a preposition or an article ('ledger lives in a rails monolith', 'payroll
    sits on a spreadsheet', 'dispatch runs off the whiteboard')."""
    if lexicon.word_classes is None or not said.lower().startswith(phrase.lower()):
        return False
    toks = slot_grammar.tag(phrase, lexicon.slots, lexicon.word_classes)
    if len(toks) < 4 or toks[0].is_("DET", "PRON", "NUM") or toks[0].text[:1].isupper():
        return False
    for i in (1, 2):
        verb, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_("PREP", "DET") or nxt.is_("NOUN"):
            continue
        if verb.is_("VBZ") and not toks[i - 1].text.lower().endswith("s"):
            return all(t.is_("NOUN", "ADJ") for t in toks[:i])
    return False


_QUESTIONS_ON = re.compile(
    r"^(?:the\s+|your\s+|their\s+)?(?:[\w&-]+\s+){0,2}questions?\s+(?:on|about|re|around)\s+(?=\S)",
    re.I,
)


_SHOWN_LEAD = re.compile(r"^(?:the\s+)?(?:shown|showed|show)(?:\s+(?:me|us))?\s+(?=\S)", re.I)


def asked_about(s: Specific) -> Specific:
    """A question named by what it was about: 'technical questions on the A320 family' is
    said as 'the A320 family' in the frames that say it was a question; a thing shown by the
    thing ('shown the resistivity meter in the store' -> 'the resistivity meter in the
    store')."""
    if s.kind == "item" and s.usable and _SHOWN_LEAD.match(s.text):
        text = _SHOWN_LEAD.sub("", s.text, count=1)
        about = _SHOWN_LEAD.sub("", s.about, count=1)
        if not re.match(r"(?i)(?:the|a|an|their|your|my)\b", text):
            text, about = f"the {text}", f"the {about}"
        return replace(s, text=text, about=about)
    if s.kind != "question" or not s.usable:
        return s
    text, about = _QUESTIONS_ON.sub("", s.text, count=1), _QUESTIONS_ON.sub("", s.about, count=1)
    if text == s.text or len(text.split()) < 2:
        return s
    return replace(s, text=text, about=about)


# Why a jot is left out for good: no wording would let a note say it.
OWN_SLIP = (
    "it is a slip of your own: a thank-you note does not bring it up (add a line of your own "
    "if you want to)"
)
# a jot headed by the candidate's own slip ('MY SLIP in the pres: …', 'my mistake: I said
# 90 days', 'slip - quoted the old rate'): never a topic of a note
_OWN_SLIP = re.compile(
    r"(?i)\s*(?:(?:my|own)\s+(?:big\s+|one\s+|small\s+)?(?:slip|slips|mistake|mistakes|error|"
    r"errors|blunder|gaffe|goof|fumble|howler|bad)|(?:slip|mistake|blunder|gaffe)\s*[:=-])(?!\w)"
)
_FOR_GOOD = (phrasing.NOT_IN_NOTES, phrasing.CONFIDENTIAL, slot_grammar.CONDITION, OWN_SLIP)


def _jot_start(recorded: str, words: int = 4) -> str:
    said = recorded.split()
    return " ".join(said[:words]) + ("…" if len(said) > words else "")


def left_out_line(everything: Sequence[Specific]) -> str:
    """One line on what no note says because followup cannot say it exactly (core.exact),
    each jot by its start, and how to add one in the user's own words."""
    left = [
        s.recorded for s in everything
        if not s.usable and not any(d in _FOR_GOOD or d in (AHEAD, OWN_ANSWER) for d in s.doubts)
    ]  # fmt: skip
    if not left:
        return (
            "some jotted topics are said only in part, as followup cannot say them whole "
            "exactly (see doubts); to say more, reword them: followup edit ID --reword"
        )
    starts = "; ".join(f"'{_jot_start(r)}'" for r in left)
    first = " ".join(left[0].split()[:2]).rstrip(":,;")
    return (
        f"left out, as followup cannot say {'them' if len(left) > 1 else 'it'} exactly: "
        f"{starts}. To add one, say it as you would to them: followup edit ID --reword "
        f"'{first}' '…' (draft in a terminal asks for each)"
    )


def written_names(interview: Interview, extra_names: Sequence[str] = ()) -> list[str]:
    """Names as the record writes them, also a word of an item ('the ResDiary tablet')."""
    return [
        *record_names(interview),
        *extra_names,
        *(w.strip(",.;:()") for i in interview.items for w in i.split() if w[:1].isupper()),
    ]


def said_specifics(
    interview: Interview, language: Language, extra_names: Sequence[str] = ()
) -> list[Specific]:
    """Every topic, detail and item of the round as the notes will say it, after the one gate
    (`said_exactly`): what drafts write and what `draft` asks the user about. `extra_names`:
    names the record types elsewhere (qualifications, places), kept as written."""
    interview, _lines = without_own_lines(interview)
    everything = _said_whole(interview, language, extra_names)
    firsts = frozenset(
        phrasing.name_parts(p.name).first.lower() for p in interview.people if p.name
    )
    said = [
        with_reader(uncut(s, language, firsts), interview, language.lexicon)
        for s in by_parts(everything, interview, language, extra_names)
    ]
    # the user's own words for a topic pass no gate: said as they typed them
    own = {
        w.recorded: w
        for w in (
            worded(" ".join(t.split()), interview, language.lexicon) for t in interview.topics
        )
        if w is not None
    }
    if not own:
        return said
    out: list[Specific] = []
    for s in said:
        w = own.pop(s.recorded, None) if s.recorded in own else None
        if w is not None:
            out.append(w)
        elif not any(o.recorded == s.recorded for o in out if o.jot == o.text):
            out.append(s)
    return out + list(own.values())


_COUNTED = ("exercise", "item", "event")  # kinds that are one countable thing


def _with_article(s: Specific, lexicon: phrasing.Lexicon) -> Specific:
    """A test, an item or an event named by a bare singular noun ('proofreading test') said
    with its article ('the proofreading test', core.slot_grammar.needs_article); any other
    topic as it is (a bare 'stock control' is a practice, and takes none)."""
    if s.clause_only or s.kind not in _COUNTED or lexicon.word_classes is None:
        return s
    classes = lexicon.word_classes

    def said(value: str) -> str:
        bare = value and slot_grammar.needs_article(
            value, lexicon.slots, classes, lexicon.mass_nouns
        )
        return f"the {value}" if bare else value

    return replace(s, text=said(s.text), about=said(s.about))


HALF_A_MOVE = "it says where '{word}' was from but not where it went ('from … to …')"


def _half_a_move(phrase: str, recorded: str) -> str | None:
    """Why a phrase that ends on 'from X' is half of the jot's 'from X to Y' ('their switch
    from prolog to procore' said 'your switch from prolog'); None when it is not."""
    m = re.search(r"\bfrom\s+(\S+)$", phrase.strip(), re.I)
    if m is None:
        return None
    word = m.group(1).lower()
    toks = re.findall(r"[\w'’-]+|→|->", recorded.lower())
    for i, tok in enumerate(toks[:-1]):
        if tok == word and toks[i + 1] in ("to", "into", "→", "->"):
            return HALF_A_MOVE.format(word=m.group(1))
    return None


CUT_AIM = "it ends on what someone wants to '{word}' but leaves out what ('… to {word} from …')"


def _cut_aim(phrase: str, recorded: str, lexicon: phrasing.Lexicon) -> str | None:
    """Why a phrase that ends on 'to' and a verb is cut from the jot's longer aim ('tokens to
    sync' of 'wants tokens to sync from Figma variables'); None when the jot ends there too or
    the word is a noun alone ('a move to Leeds')."""
    m = re.search(r"\bto\s+([a-z][\w'’-]*)$", phrase.strip())
    if m is None:
        return None
    word = m.group(1)
    classes = lexicon.word_classes(word) if lexicon.word_classes is not None else frozenset()
    if classes and "VB" not in classes:
        return None
    after = re.search(rf"\bto\s+{re.escape(word)}\s+[\w(]", recorded, re.I)
    return CUT_AIM.format(word=word) if after else None


def uncut(s: Specific, language: Language, firsts: frozenset[str] = frozenset()) -> Specific:
    """A specific whose words a note would say as a piece of the jot's own sentence, cut where
    it does not read (core.slot_grammar.remnant_fault: 'the parade goes', 'the still needs a
    sponsor', "a teacher who'll go"), or with a person's name read as shorthand ('dev story'
    said 'the development story' when Dev is on the panel; `firsts`: the record's first
    names, lower case), left out with why among its doubts; its clause alone is dropped when
    only the clause is cut. Every other specific as it is, a test or an item with its article
    (`_with_article`). This is the last gate every path of phrasing a jot passes (whole, by
    its parts, salvaged)."""
    lexicon = language.lexicon
    if not s.usable or lexicon.word_classes is None:
        return s
    said = f" {s.text.lower()} {s.about.lower()} "
    for word in re.findall(r"[a-z]+", s.recorded.lower()):
        spelt = lexicon.shorthand.get(word)
        if word in firsts and spelt and f" {spelt.lower()} " in said and f" {word} " not in said:
            named = A_PERSON.format(word=word)
            return replace(s, usable=False, clause=None, clause_only=False,
                           doubts=tuple(dict.fromkeys([*s.doubts, named])))  # fmt: skip

    def fault(text: str) -> str | None:
        if not text:
            return None
        return slot_grammar.remnant_fault(
            text, lexicon.slots, lexicon.word_classes or (lambda w: frozenset()),
            lexicon.mass_nouns,
        )  # fmt: skip

    if s.clause is not None and not s.clause_only and fault(s.clause.said()):
        s = replace(s, clause=None)
    why = next((f for f in (fault(s.text), fault(s.about)) if f), None)
    why = why or _half_a_move(s.text, s.recorded) or _cut_aim(s.text, s.recorded, lexicon)
    if why is None:
        return _with_article(s, lexicon)
    return replace(s, usable=False, clause=None, clause_only=False,
                   doubts=tuple(dict.fromkeys([*s.doubts, why])))  # fmt: skip


def _said_whole(
    interview: Interview, language: Language, extra_names: Sequence[str] = ()
) -> list[Specific]:
    known = written_names(interview, extra_names)
    everything = specifics_of(interview, language, extra_names)
    everything = [by_its_kind(s, language.lexicon) for s in everything]
    everything = with_clauses(everything, interview, language, known)
    return [asked_about(said_exactly(s, language, known)) for s in everything]


BY_PART = "the whole note does not read as one phrase, so the note says one part of it"
# Where a jot joins two notes: a comma or semicolon, a spaced dash, an arrow, brackets; a
# comma between figures ('1,200') is no joint. Inside a note '+', '=' and 'w/' join a thing
# to what goes with it: the thing before them may stand alone, never what follows.
_JOINTS = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|;|\s[-–—]+\s|–|—|->|=>|→|⇒|➡|\(|\)|\[|\])\s*")
_WITH = re.compile(r"(?i)\s*(?:\+|=|\bw/)\s*")


def jot_parts(jot: str) -> list[str]:
    """A jot said by its parts: split at its joints (`_JOINTS`), and each part followed by
    what stands before a '+', '=' or 'w/' in it ('ride-along w/ hector -> diag'd a condenser'
    -> 'ride-along w/ hector', 'ride-along', "diag'd a condenser"). One part alone is no
    split: []."""
    pieces = [p.strip(" .!?:") for p in _JOINTS.split(jot)]
    out: list[str] = []
    for piece in (p for p in pieces if p):
        out.append(piece)
        head = _WITH.split(piece, maxsplit=1)[0].strip(" .")
        if head and head != piece:
            out.append(head)
    return out if len(out) > 1 else []


_PART_DETERMINERS = frozenset(["the", "a", "an", "your", "my", "our", "their"])
_PART_PRONOUNS = frozenset(
    ["i", "me", "we", "us", "they", "them", "he", "him", "she", "her", "his", "it", "you",
     "i'd", "i'm", "they'd", "they're", "you'd", "we'd", "he'd", "she'd", "it's"]
)  # fmt: skip


def _part_reads(x: Specific, part: str, language: Language) -> bool:
    """Whether a part of a jot, said alone (`by_parts`), names a thing by its own words: a
    noun phrase (no clause, no salvage of a smaller phrase inside it), of two words or more
    besides its article, no pronoun, every word its own or its shorthand written out ('med'
    -> 'medication', 'w/' -> 'with'), ending on a noun that names no other part of the jot
    ([standalone] pointing_heads: 'their big selling point'), and not a sentence typed
    bare ('pickers clash', 'EA takes minutes')."""
    lexicon = language.lexicon
    if not x.usable or x.clause_only or SALVAGED in x.doubts or x.kind == "item":
        return False
    words = [w.strip(",.;:'’\"") for w in x.text.split()]
    words = [w for w in words if w]
    if not words or words[0].lower() in _WH:
        return False
    body = words[1:] if words[0].lower() in _PART_DETERMINERS else words
    if len(body) < 2 or any(w.lower() in _PART_PRONOUNS for w in body):
        return False
    if body[-1].lower() in lexicon.standalone.get("pointing_heads", frozenset()):
        return False
    bare = words[0].lower() not in _PART_DETERMINERS
    said = [w.lower() for w in re.findall(r"[\w'’&.-]+", part.replace("w/", "with"))]
    for w in body:
        low = w.lower()
        if low in said or low in ("with", "of", "and", "for", "a", "the"):
            continue
        if not any(len(s) >= 2 and low.startswith(s.strip(".")) for s in said):
            return False  # a word the part does not say: a guess, never its words
    if lexicon.word_classes is None:
        return True
    toks = slot_grammar.tag(" ".join(body), lexicon.slots, lexicon.word_classes)
    if toks[-1].is_("ADV") or not toks[-1].is_("NOUN", "PROPN", "ACRO"):
        return False  # 'the generator now'
    names = [t for t in toks if t.low not in ("and", "&", "or")]
    if not bare and all(t.is_("PROPN") and not t.is_("NOUN") for t in names):
        return False  # 'the Canva and Mailchimp': names take no article
    if bare and toks[0].is_("VB", "VBZ", "VBD", "VBG"):
        return False  # 'flag dupes', 'fix thresholds': what someone does, not a thing'
    for a, b in zip(toks, toks[1:], strict=False):
        plural = a.low.endswith("s") and not a.low.endswith("ss") and not a.is_("VBZ")
        if plural and b.is_("VB") and not b.low.endswith("s"):
            return False  # 'pickers clash': a plural and its verb
    for a, b in zip(toks[1:], toks[2:], strict=False):
        if a.is_("VBZ") and (b.is_("DET", "NUM") or b.low.endswith("s")):
            return False  # 'EA takes minutes': a verb and its object
    return True


def _asks(text: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a piece of a jot is a question put to the candidate ('Q: biggest deal lost',
    'he asked what …', 'how would you …?'): what follows it is their answer."""
    low = " ".join(text.lower().split())
    cues = lexicon.standalone.get("asked_of_me", frozenset())
    return (
        "?" in low
        or re.match(r"^q\d*\s*[:.-]", low) is not None
        or re.search(r"\b(?:asked|asks|asking|quizzed|probed|grilled)\b", low) is not None
        or any(re.search(shipped(rf"\b{re.escape(c)}\b"), low) for c in cues)
    )


def by_parts(
    everything: Sequence[Specific],
    interview: Interview,
    language: Language,
    extra_names: Sequence[str] = (),
) -> list[Specific]:
    """Each jot no note can say whole said by a part of it that reads right (`jot_parts`),
    through the same path as a whole jot: the first part, in the jot's order, that the notes
    can say. A part keeps the jot's owner (the name or cue before it: 'rick: 3 trucks short,
    last yr …' -> 'rick: last yr …'), and the jot as recorded (whose it is, what the user is
    asked about). A jot that is never said (a condition of the job, something private, yet to
    come, your own answer) is never said by a part either."""
    lexicon = language.lexicon
    never = (*_FOR_GOOD, AHEAD, OWN_ANSWER, FORMAT, PRIVATE)  # the whole is, so is a part
    wanted: dict[str, list[str]] = {}
    for s in everything:
        if s.usable or any(d in never for d in s.doubts) or s.kind == "item":
            continue
        person, owned = owner_of(s.recorded, interview.people, lexicon)
        given, _ = phrasing.split_kind(s.recorded, lexicon)
        body, lead = s.recorded, ""
        if owned is not None and s.recorded.endswith(owned.rest):
            lead, body = s.recorded[: len(s.recorded) - len(owned.rest)], owned.rest
        elif owned is not None:
            lead, body = f"{owned.who}: ", owned.rest
        elif given is not None:  # what a tour showed is no tour: said as a topic
            lead = f"{given}: " if given != "event" else ""
            body = phrasing.split_kind(s.recorded, lexicon)[1]
        if _asks(lead, lexicon):
            continue  # 'aoife asked how I'd …, said start w/ …': the question and your answer
        pieces = jot_parts(body)
        asking = next((i for i, p in enumerate(pieces) if _asks(p, lexicon)), len(pieces))
        parts = [f"{lead}{p}" for p in pieces[:asking]]  # what follows a question answers it
        if parts:
            wanted[s.recorded] = parts
    if not wanted:
        return list(everything)
    asked = list(dict.fromkeys(p for ps in wanted.values() for p in ps))
    sub = replace(interview, topics=asked)
    said = {x.recorded: x for x in _said_whole(sub, language, extra_names) if x.kind != "item"}
    said = {k: x for k, x in said.items() if _part_reads(x, k, language)}
    out = []
    for s in everything:
        part = next(
            (said[p] for p in wanted.get(s.recorded, ()) if p in said and said[p].usable
             and (said[p].kind == "exercise" or not own_part(s.recorded, said[p].text, lexicon))),
            None,
        )  # fmt: skip
        if part is None:
            out.append(s)
            continue
        out.append(
            replace(
                part,
                recorded=s.recorded,
                owner=part.owner or s.owner,
                doubts=tuple(dict.fromkeys([*s.doubts, BY_PART])),
            )
        )
    return out


def said_exactly(s: Specific, language: Language, names: Sequence[str] = ()) -> Specific:
    """A specific after the one gate (core.exact): said only when the note can say it
    exactly; its clause only when the clause adds no word of its own; otherwise left out,
    with the reason among its doubts (the draft lists it, and how to add it in your words)."""
    if not s.usable:
        return s
    lexicon = language.lexicon
    clause = s.clause
    if clause is not None:
        verdict = exact.judge_clause(s.jot or s.recorded, clause.said(), lexicon, names)
        if not verdict.said:
            if s.clause_only:
                return replace(s, usable=False, clause=None, clause_only=False,
                               doubts=tuple(dict.fromkeys([*s.doubts, verdict.why])))  # fmt: skip
            clause = None
    if s.clause_only:
        return replace(s, clause=clause)
    verdict = exact.judge(
        s.jot or s.recorded, s.text, lexicon, kind=s.kind, names=names,
        guessed=SALVAGED in s.doubts,
    )  # fmt: skip
    if not verdict.said and clause is not None and s.kind not in _NO_CLAUSE:
        said = clause.said()  # the words as a thing are not sure, the whole thought is
        return replace(s, text=said, about=said, clause=clause, clause_only=True)
    if not verdict.said:
        return replace(s, usable=False, clause=None,
                       doubts=tuple(dict.fromkeys([*s.doubts, verdict.why])))  # fmt: skip
    return replace(s, clause=clause)


AHEAD = "it has not happened yet: a note thanks them only for what was done"
FORMAT = "it is how the interview was run, not something you talked about"
PRIVATE = (
    "it is a personal story of hardship, theirs to tell: no note says it (thank them for "
    "sharing it in your own words, if at all)"
)
OWN_ANSWER = "it is what you said or did there, not something they told you"

_ARROW_PARTS = re.compile(r"(\s*(?:->|→|=>|⇒|➡)\s*|(?<![\w'’])A:\s+)")
_MINE = re.compile(r"(?i)^(?:me|myself|mine)\s*[|:–—-]+\s*(?:my\s+)?")


def _as_mine(text: str) -> str:
    """A jot headed 'me | …' or 'me: …' (a who-what table) as the candidate's own: 'my …'."""
    return _MINE.sub("my ", text, count=1)


def their_part(text: str, wording: Wording) -> str:
    """A jot without what the candidate said or did in it: a part after an arrow that opens on
    'I', 'my', 'told her' … (data/drafting.toml own_answer_leads), and anything after 'A:'
    ('Q: a late lorry at 5am? A: call the agency pool first' -> 'Q: a late lorry at 5am?')."""
    pieces = _ARROW_PARTS.split(text)
    kept = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        low = piece.lower().strip(" '\"‘“")
        mine = sep.strip() == "A:" or any(
            low == lead or low.startswith((f"{lead} ", f"{lead}:"))
            for lead in wording.own_answer_leads
        )
        if not mine:
            kept.append(f"{sep}{piece}")
    return "".join(kept)


def _word_set(text: str, wording: Wording) -> set[str]:
    """The words of a text that name something (no 'the', 'and', 'with' …)."""
    found = re.findall(r"[a-z0-9'’-]+", text.lower())
    return {w for w in found if len(w) > 2 and w not in wording.stopwords}


def _said_as_mine(s: Specific, wording: Wording) -> bool:
    """Whether the topic's words come from the candidate's own part of the jot: a word of it
    found there and nowhere in the reader's part ('-> I went to TCO + service contract':
    'the service contract')."""
    theirs = their_part(s.recorded, wording)
    if theirs == s.recorded:
        return False
    own = _word_set(s.recorded, wording) - _word_set(theirs, wording)
    return bool(_word_set(s.text, wording) & own)


def _ahead(text: str, wording: Wording) -> bool:
    """Whether a jot says something still to come in the hiring process: a cue of
    data/drafting.toml ahead_cues anywhere ('if hired'), or one of ahead_if_event ('next
    stage', 'TBC') beside one of ahead_events ('plant tour at the next stage') in its part, or
    anywhere in the jot when the cue is its part alone ('shadowing a shift - final round')."""

    def padded(words: str) -> str:
        return " " + " ".join(re.findall(r"[a-z0-9'’]+", words)) + " "

    whole = padded(text.lower())
    for part in re.split(r"[,;:.!?()|/+=→<>]|\s[-–—]\s|->", text.lower()):
        low = padded(part)
        if any(f" {cue} " in low for cue in wording.ahead_cues):
            return True
        for cue in wording.ahead_if_event:
            if f" {cue} " not in low:
                continue
            rest = low.replace(f" {cue} ", " ") if low.strip() != cue else whole
            if any(f" {event} " in rest for event in wording.ahead_events):
                return True
    return False


def private(text: str, wording: Wording) -> bool:
    """Whether a jot tells of a hardship or a private matter (data/drafting.toml
    private_cues: 'grew up in foster care', 'lost her husband in 2019'); a hyphened word is
    one word ('trauma-informed training' is the work, no one's trauma)."""
    low = " " + " ".join(re.findall(r"[a-z0-9'’-]+", text.lower())) + " "
    return any(f" {cue} " in low for cue in wording.private_cues)


def interview_format(text: str, wording: Wording) -> bool:
    """Whether a jot opens on how the interview itself was run (data/drafting.toml
    format_leads: 'standard panel, 8 qs, same for everyone', 'structured interview - …')."""
    low = " ".join(re.findall(r"[a-z0-9'’-]+", text.lower()))
    return any(low == cue or low.startswith(cue + " ") for cue in wording.format_leads)


# a person in a jot: someone's own story, not the work ('he went through a divorce')
_PERSONAL = re.compile(r"(?i)\b(?:he|she|his|her|him|hers|himself|herself)\b")


def _troubled(text: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a jot names a problem anywhere (a challenge cue of data/phrasing.toml [kinds]:
    'behind', 'backlog', 'slipping', 'too high')."""
    low = " " + " ".join(re.findall(r"[a-z0-9'’&-]+", text.lower())) + " "
    return any(f" {cue} " in low for cue in lexicon.kind_cues.get("challenge", ()))


# Kinds a note may say in a pleasant frame ('I enjoyed hearing about …'): a jot of one of them
# that names a problem is said as the problem it is.
_PLEASANT_KINDS = ("topic", "process")


def credited(s: Specific, language: Language) -> Specific:
    """A topic as the reader's own part of the day: never a visit or trial still to come (it is
    left out: no note thanks for it as done), never what the candidate said or did (left out:
    it is not what they told them), and a thing the jot says is going wrong is a challenge
    (never praised, whatever the phrase kept of it: 'the DPM sampling programme' of '… is
    behind')."""
    wording = language.wording
    if s.kind == "story" and private(s.recorded, wording):
        return replace(s, usable=False, doubts=(*s.doubts, PRIVATE))
    if s.kind not in ("exercise", "story") and _ahead(s.recorded, wording):
        return replace(s, usable=False, doubts=(*s.doubts, AHEAD))
    if not s.usable or s.kind in ("exercise", "story", "item"):
        return s
    if _said_as_mine(s, wording):
        return replace(s, usable=False, doubts=(*s.doubts, OWN_ANSWER))
    theirs = their_part(s.recorded, wording)
    pleasant = s.kind in _PLEASANT_KINDS or (
        s.kind == "plan" and not s.text.startswith("replacing ")  # polite(): a change they plan
    )
    if pleasant and (_troubled(theirs, language.lexicon) or _GAP.search(theirs)):
        if _cut_from(s, wording):  # 'analysts wait days for new tables': not 'the new tables'
            return replace(s, usable=False, doubts=(*s.doubts, PROBLEM_LOST))
        return replace(s, kind="challenge")
    return s


# A figure now and the one they want ('82% vs target 95%', 'rate 64%, aiming for 80'): a gap.
_GAP = re.compile(
    r"(?i)\d[\d.,]*\s*%?[^\d]{0,40}?\b(?:wants?|target(?:s|ing)?|aim(?:s|ing)?(?: for)?|goal"
    r"|hoping for)\b[^\d]{0,20}\d"
)
PROBLEM_LOST = "what it says went wrong is lost from the words a note could keep: say it whole"


def _cut_from(s: Specific, wording: Wording) -> bool:
    """Whether a topic keeps too little of the note it heads: three words or more of the jot's
    first part (before a comma, dash or semicolon) that name something, besides figures, are
    not in it ('the new tables' of 'analysts wait days for new tables')."""
    head = re.split(r",\s|;|\s[-–—]\s|:\s", s.recorded, maxsplit=1)[0]
    kept = _word_set(s.text, wording)
    lost = [w for w in _word_set(head, wording) - kept if not re.search(r"\d", w)]
    return len(lost) >= 3


# Kinds a jot is never said as a clause of: the candidate's own work, a person's story, an
# item, a question they asked, something done in the room.
_NO_CLAUSE = ("exercise", "story", "item", "question", "event")


def clause_people(interview: Interview) -> dict[str, str]:
    """How a jot may name each panel member (first name, surname, initials; lower case) ->
    their name as recorded, for core.clauses.read; a key two people share names neither."""
    keys: dict[str, list[str]] = {}
    for p in interview.interviewers:
        # a short job title names them too ('CNO: … he wants 80%+'), when it is theirs alone
        title = " ".join((p.title or "").lower().split())
        titled = [title] if title and len(title.split()) <= 3 and title[:1].isalpha() else []
        for k in dict.fromkeys([*name_keys(p), *titled]):
            keys.setdefault(k, []).append(p.name)
    return {k: names[0] for k, names in keys.items() if len(names) == 1}


def with_clauses(
    found: Sequence[Specific],
    interview: Interview,
    language: Language,
    known: Sequence[str] = (),
) -> list[Specific]:
    """Each topic with the clause its jot reads as, when it reads as one (core.clauses.read):
    who (a panel member by any name a note may call them, 'we'/'they' as the team, or what
    the jot names), the verb and what it acts on; names the record writes elsewhere (`known`:
    'ResDiary') as it writes them. A jot no noun phrase reads right in, but whose clause
    does, is said only as that clause (`clause_only`)."""
    people = clause_people(interview)
    out = []
    for s in found:
        clause = (
            clauses.read(
                phrasing.known_names(s.recorded, known),
                language.clauses,
                language.lexicon,
                people,
            )
            if s.kind not in _NO_CLAUSE
            and s.doubts != (TOO_LITTLE,)
            and not {AHEAD, OWN_ANSWER} & set(s.doubts)
            else None
        )
        if clause is not None and (
            _judging(clause.said(), language.lexicon.standalone, frozenset())
            or _blunt(s.recorded, language.lexicon.standalone)
        ):  # the user's own judging word ('chaos', 'a mess'), or a blunt one put in the
            # reader's mouth ('kill the annual budget "theatre"'): never said back as told
            clause = None
        if s.usable:
            out.append(replace(s, clause=clause))
        elif clause is not None:  # no noun phrase reads right, but the whole thought does
            said = clause.said()
            out.append(replace(s, text=said, about=said, usable=True, clause=clause,
                               clause_only=True))  # fmt: skip
        else:
            out.append(s)
    return out


THEIR_WORK = "'{word}' is your word for it, not one to send to the people whose work it is"


def polite(s: Specific, language: Language, people: frozenset[str] = frozenset()) -> Specific:
    """A usable topic as a note may say it to the people whose work it is: one the note says
    they mean to leave ('drone thermography instead of manual IV-curve tracing') is said as
    replacing it, a plan ('replacing the manual IV-curve tracing'), never a thing to help with;
    the user's own judging word ('bug triage chaos', data/phrasing.toml [standalone]
    disparaging, `_judging`) is left out where the rest still names the thing ('bug triage',
    a challenge when the word was what it said of it), else the topic is. A word that names
    the thing is kept ('mess hall redesign', 'chaos engineering'). Exercises are the
    candidate's own: as they were."""
    if not s.usable or s.kind == "exercise":
        return s
    words = language.lexicon.standalone
    slots = language.lexicon.slots
    after = (
        slots.prepositions | slots.conjunctions | _JOINERS | words.get("disparaging_after", set())
    )
    said = [s.text, s.about or s.text]
    rough = [
        w for t in said for w in t.lower().split() if w.strip(",;:.!?()") in words.get("blunt", ())
    ]
    if rough:  # 'killing the annual budget': blunt in their mouth, no phrase to send them
        fault = THEIR_WORK.format(word=rough[0].strip(",;:.!?()"))
        return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, fault])))
    found = [_judging(t, words, after) for t in said]
    if any(found):
        kept = [_without_at(t, [i for i, _ in f]) for t, f in zip(said, found, strict=True)]
        if all(kept) and all(
            not plain_fault(k, language.lexicon) and _says_enough(k) for k in kept
        ):
            headed = any(head for f in found for _, head in f)
            s = replace(s, text=kept[0], about=kept[1], kind="challenge" if headed else s.kind)
        else:
            hit = next(f for f in found if f)[0][0]
            word = next(t for t, f in zip(said, found, strict=True) if f).split()[hit]
            fault = THEIR_WORK.format(word=word.lower().strip(",;:.!?()"))
            return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, fault])))
    if s.kind not in ("item", "story") and _left_behind(s.recorded, s.text, words):
        bare = re.sub(r"^(?:your|their|our)\s+", "the ", s.text)
        about = re.sub(r"^(?:your|their|our)\s+", "the ", s.about or s.text)
        s = replace(s, text=f"replacing {bare}", about=f"replacing {about}", kind="plan")
    return s


def _judging(
    text: str, words: Mapping[str, frozenset[str]], after: Collection[str]
) -> list[tuple[int, bool]]:
    """Where a phrase holds the user's judging words, by word index, each with whether it is
    what the phrase says of a thing (its last word, or before a preposition, a joiner or a
    word of [standalone] disparaging_after: 'rota chaos', 'a zoo on mondays') rather than a
    word before the thing's name. A word of disparaging_heads judges only there ('mess hall'
    names a hall); a term of disparaging_terms never does ('ancient history')."""
    rude = words.get("disparaging", frozenset())
    heads = words.get("disparaging_heads", frozenset())
    terms = words.get("disparaging_terms", frozenset())
    toks = [w.lower().strip(",;:.!?()") for w in text.split()]
    out: list[tuple[int, bool]] = []
    for i, w in enumerate(toks):
        if w not in rude and w not in heads:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and f"{w} {nxt}" in terms:
            continue
        head = nxt is None or nxt in after
        if head or w in rude:
            out.append((i, head))
    return out


# a word or two in quotes inside a jot ('the budget "theatre"', "their 'agile'"): someone's
# irony, as typed
_SCARE_QUOTES = re.compile(r"(?<![\w'’])['‘\"“]([^'’\"”\s]+(?:\s[^'’\"”\s]+)?)['’\"”](?![\w'’])")


def _blunt(recorded: str, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether a jot says its thought in words too blunt or slangy to put back in the mouth
    of the person it came from: a word of [standalone] blunt ('kill', 'ditch', 'lol'), or a
    word or two in scare quotes ('the annual budget "theatre"')."""
    blunt = words.get("blunt", frozenset())
    toks = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", recorded)}
    return bool(toks & blunt) or _SCARE_QUOTES.search(recorded) is not None


def _without_at(text: str, drop: Collection[int]) -> str:
    """The phrase without the words at `drop`; empty when what is left ends on a word that
    needs more ('the', 'a', 'of')."""
    kept = [w for i, w in enumerate(text.split()) if i not in drop]
    if kept and kept[-1].lower() in ("the", "a", "an", "your", "of", "and"):
        return ""
    return " ".join(kept)


def _left_behind(recorded: str, phrase: str, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether the note says the thing `phrase` names is what they mean to leave: a cue of
    [standalone] leaving_cues right before its words ('instead of manual IV-curve tracing')."""
    body = re.sub(r"^(?:the|your|their|our|a|an)\s+", "", phrase.strip(), flags=re.I)
    if not body:
        return False
    low = " ".join(recorded.lower().split())
    at = low.find(body.lower())
    if at <= 0:
        return False
    before = re.sub(r"\s+(?:the|their|our|its|a|an|this|that)$", "", low[:at].rstrip())
    return any(before.endswith(cue) for cue in words.get("leaving_cues", ()))


SALVAGED = (
    "the whole note does not read as a phrase, so the note names only the thing it seems to "
    "be about"
)
_SALVAGE_KINDS = frozenset(
    ["topic", "plan", "challenge", "process", "priority", "event", "question"]
)


def salvaged(
    s: Specific,
    language: Language,
    people: frozenset[str],
    names: frozenset[str] = frozenset(),
) -> Specific:
    """A topic left out because the whole note is no phrase, said by the one noun phrase it
    is about (core.slot_grammar.salvage_topic: "mia: the night crew loses two hours to paper
    rotas" -> "the paper rotas"), when that phrase passes the same gate (`sure_of`) and is no
    person ('jt = ex-army medic' is no 'the ex-army medic'). It is
    said in frames that fit any kind (kind 'topic'), and the phrase chosen goes among its
    doubts with SALVAGED so the user sees it (`edit --reword` gives other words). A note
    that says nothing of the kind, a condition of the job or something shown in confidence,
    or one that is usable already, comes back as it was."""
    lexicon = language.lexicon
    if s.usable or s.kind not in _SALVAGE_KINDS or lexicon.word_classes is None:
        return s
    if any(d in (slot_grammar.CONDITION, phrasing.NOT_IN_NOTES, phrasing.CONFIDENTIAL)
           for d in s.doubts):  # fmt: skip
        return s
    jot = " ".join(s.recorded.lower().split())
    marks = lexicon.standalone.get("frequency_marks", ())
    if any(
        re.search(("(?<!\\w)" if m[:1].isalnum() else "") + rf"{re.escape(m)}(?!\w)", jot)
        for m in marks
    ):
        return s  # how often ('3 days/wk'): a condition of the job, nothing to thank for
    refused: list[str] = []  # why a phrase it is about does not stand alone
    closed = lexicon.slots.determiners | lexicon.slots.prepositions | lexicon.slots.conjunctions
    known = lexicon.known_word or (lambda w: True)
    # a name that is no everyday word ('NetSuite', 'Port of Tacoma'); never 'Windows'
    proper = [n for n in names if n.lower() not in closed and (" " in n or not known(n.lower()))]
    nouns = _noun_shorthand(lexicon)  # 'regs': a word of the name, said in full

    def ends_phrase(word: str) -> bool:
        return word in nouns or (lexicon.known_word is not None and lexicon.known_word(word))

    for found in slot_grammar.salvage_topic(
        s.recorded, lexicon.slots, lexicon.word_classes, people, ends_phrase,
        frozenset(lexicon.shorthand) - nouns,
    ):  # fmt: skip
        # names and acronyms as the record and data/phrasing.toml write them ('NetSuite')
        cleaned = (phrasing.clean_words(found, lexicon) or found).split()
        if len(cleaned) == len(found.split()):  # acronyms in capitals ('ERP'), never 'Windows'
            cleaned = [
                c if c.isupper() or f.lower() in nouns else f
                for c, f in zip(cleaned, found.split(), strict=True)
            ]
        phrase = phrasing.known_names(" ".join(cleaned), proper)
        head = phrase.split()[-1].lower() if phrase.split() else ""
        if head in lexicon.person_credentials or head in lexicon.slots.person_heads:
            refused.append(A_PERSON.format(word=head))  # 'jt = ex-army medic': a person
            continue
        # a problem named by its own words ('the staff turnover') is said as one, never as
        # a highlight; any other phrase in frames that fit any kind
        kind = "challenge" if phrasing.infer_kind(phrase, lexicon) == "challenge" else "topic"
        if s.kind == phrasing.jot_kind(s.jot or s.recorded, lexicon) and (
            s.kind != "event" or phrasing.infer_kind(phrase, lexicon) == "event"
        ):  # the whole jot says its kind: 'the SAPC inspection' is a finding; a thing seen
            kind = s.kind  # on a tour is no tour ('tour: new hybrid OR' -> 'the new hybrid')
        said = sure_of(
            replace(s, text=phrase, about=phrase, kind=kind, doubts=(), usable=True),
            language,
            people,
        )
        if said.usable and said.text == phrase and own_part(s.recorded, phrase, lexicon):
            said = replace(said, usable=False, doubts=(OWN_PART,))  # it would credit them
            refused.append(OWN_PART)
        if said.usable and said.text == phrase:
            said = standalone(said, language, people, names)
            refused += [] if said.usable else said.doubts[-1:]
        if said.usable and said.text == phrase:
            return replace(said, doubts=tuple(dict.fromkeys([*s.doubts, SALVAGED])))
    return replace(s, doubts=tuple(dict.fromkeys([*s.doubts, *refused[:1]])))


def _noun_shorthand(lexicon: phrasing.Lexicon) -> frozenset[str]:
    """Shorthand for one noun ('regs' for regulations, 'reqs' for requirements): a word of a
    name or term like any other, so a phrase takes it whole and says it in full ('the new
    ballast water regulations', never 'the new ballast water'); never one for a word of
    grammar ('w' for with, 'abt' for about)."""
    classes = lexicon.word_classes
    if classes is None:
        return frozenset()
    return frozenset(
        k
        for k, v in lexicon.shorthand.items()
        if " " not in v.strip() and classes(v.strip().lower()) == frozenset(["NOUN"])
    )


POINTS_BACK = "'{word}' points back at the rest of the note: the phrase does not stand alone"
CUT_CLAUSE = "'{word}' only reads inside the note's own sentence"
A_TIME = "it names a time, not something you discussed"
A_PERSON = "'{word}' is a person or a form of address, not what you discussed"
CUT_UNIT = "'{word}' is a unit whose figure the phrase leaves out"
CUT_NAME = "the phrase cuts '{word}' off a longer name or term"
CUT_VERB = "the phrase ends on '{word}', the verb of the note's sentence"
SHORT_WORDS = "every word of it is short enough to be shorthand"
LOWER_NAME = "'{word}' is written with a capital elsewhere in the record"
OWN_PART = (
    "the note is about your own part (your answer, test or story): a phrase cut from it would "
    "thank them for it"
)
_JOINERS = frozenset(["re", "w/", "w", "abt", "bc", "b/c", "thru", "via", "vs", "@", "per", "incl"])
_VERB_CLASSES = frozenset(["VB", "VBD", "VBZ", "VBG", "VBP", "VBN", "VERB", "MD"])
_TOKEN = re.compile(r"[\w'’./&+-]*\w[\w'’/&+-]*|[^\w\s]")
_FIGURE = re.compile(r"^[~≈<>]?\d[\d.,]*[kKmM%]?$")


def own_part(recorded: str, phrase: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether the part of a jotted note that `phrase` comes from is about the candidate's own
    part: it speaks in the first person ('my 2023 outage', "how i'd explain a GM miss"), says
    they had the candidate do it ('had me walk thru'), or a piece of it opens on something the
    candidate did ('taught yr 9 lesson - …', '… → used the consultation example'). A '+'
    joins two things: only the one the phrase is in counts ('dr a showed me the setup + asked
    my numbers'). Word lists: data/phrasing.toml [standalone] first_person, own_acts."""
    words = lexicon.standalone
    low = recorded.lower().replace("’", "'")
    parts = re.split(r"\s*\+\s*", low)
    first = next((w for w in phrase.lower().split() if w not in ("the", "your", "a", "an")), "")
    part = next((p for p in parts if re.search(rf"(?<![\w-]){re.escape(first)}", p)), low)
    asked = words.get("their_asks", frozenset())
    for piece in re.split(r"\s*(?:->|=>|→|⇒|:|;|\s[-–—]\s|,|\(|\))\s*", part):
        said = re.findall(r"[a-z]+(?:'[a-z]+)?", piece)
        if said and said[0] in asked and not re.search(rf"(?<![\w-]){re.escape(first)}", piece):
            continue  # 'asked if i'd done TF': their question, not what the phrase is from
        if any(w in words.get("first_person", ()) for w in said):
            return True
    if any(re.search(shipped(rf"\b{re.escape(w)}\b"), low) for w in words.get("asked_of_me", ())):
        return True  # 'worst paperwork mistake → …': their question, your answer
    if re.search(r"\b(?:had|got|made|let|asked|wanted) me\b", part):
        return True
    acts = words.get("own_acts", frozenset())
    for piece in re.split(r"\s*(?:->|=>|→|⇒|:|;|\s[-–—]\s|,|\()\s*", part):
        lead = piece.strip().split()[0] if piece.strip() else ""
        if lead in acts:
            return True
    return False


def standalone_fault(
    phrase: str, recorded: str, lexicon: phrasing.Lexicon, names: Iterable[str] = ()
) -> str | None:
    """Why a phrase taken from a jotted note does not stand alone in a sentence, by kind;
    None when it does. `recorded` is the note as typed, `names` the record's names as it
    writes them ('Cook County'). Kinds (word lists in data/phrasing.toml [standalone]):
    a word that points back ('the same platform'), a word that reads only inside the note's
    clause ('the cab sub due March', 'the mid season'), a time for a thing ('the season'),
    a person or an honorific ('the Hegde sir'), a unit whose figure was cut ('2.1 GW pipeline'
    -> 'the GW pipeline', '4-pg brief' -> 'the pg brief'), a name or compound cut short
    ('Safe & Together rollout' -> 'the Together rollout', 'planning tool rollout' -> 'the tool
    rollout', '3 housing jobs' -> 'the housing'), the note's verb ('the funding cycle ends',
    'the MC wants', 'the night cover thin': data predicate_ends),
    a participle after a noun ('the PMS moving old desktop system'), and a word the record
    writes with a capital typed in lower case ('the cook county')."""
    words = lexicon.standalone
    classes = lexicon.word_classes or (lambda w: frozenset())
    body = phrase.split()
    if body and body[0].lower() in ("the", "your", "a", "an", "their", "our"):
        body = body[1:]
    lows = [w.lower().strip(",;:") for w in body]
    if not lows:
        return None
    if len(lows) >= 2 and lows[-1] in words.get("predicate_ends", ()):
        return CUT_VERB.format(word=body[-1])  # 'the MC wants', 'the night cover thin'
    ing_tail = False
    for i, low in enumerate(lows):
        if low in words.get("points_back", ()):
            return POINTS_BACK.format(word=body[i])
        if low in words.get("clause_words", ()) and (i > 0 or low in words.get("cut_leads", ())):
            return CUT_CLAUSE.format(word=body[i])  # after its noun: 'the cab sub due March'
        if low in words.get("honorifics", ()):
            return A_PERSON.format(word=body[i])
        if (
            i > 0
            and low.endswith("ing")
            and low not in lexicon.ing_nouns
            and "VBG" in classes(low)
            and "NOUN" not in classes(low)
            and (i == len(lows) - 1 or bool(classes(lows[i + 1]) & {"ADJ", "DET"}))
        ):  # 'the cabinet submission running', 'the PMS moving old desktop system'
            return CUT_VERB.format(word=body[i])
        if (
            i > 0
            and i == len(lows) - 1
            and low.endswith("ing")
            and low not in lexicon.ing_nouns
            and "VBG" in classes(low)
        ):
            ing_tail = True  # 'event streaming' is a thing, 'mix shifting to e-com' a clause
    timed = words.get("time_leads", frozenset()) | words.get("time_heads", frozenset())
    if lows[-1] in words.get("time_heads", ()) and all(w in timed or w[:1].isdigit() for w in lows):
        return A_TIME  # 'the next quarter'; 'the calving season' is a thing
    if all(len(w) <= 3 and w.isalpha() and w.islower() for w in body):
        return SHORT_WORDS  # 'the cab sub' (a cabinet submission): shorthand the words hide
    capitals = {w.lower(): w for n in names for w in n.split() if w[:1].isupper()}
    if len(body) > 1 and all(w.islower() and w in capitals for w in body):
        return LOWER_NAME.format(word=" ".join(capitals[w] for w in body))  # 'the cook county'
    toks = _TOKEN.findall(recorded)
    low_toks = [t.lower() for t in toks]
    starts = [
        k
        for k, t in enumerate(low_toks)
        if t == lows[0] or re.fullmatch(rf"\d[\d.,]*-?{re.escape(lows[0])}", t)
    ]
    if not starts:
        return None
    k = max(starts, key=lambda j: sum(
        1 for n, w in enumerate(lows) if j + n < len(low_toks) and low_toks[j + n] == w
    ))  # fmt: skip
    if low_toks[k] != lows[0]:
        return CUT_UNIT.format(word=body[0])
    slots = lexicon.slots
    closed = slots.determiners | slots.prepositions | slots.conjunctions | _JOINERS
    closed = closed | words.get("quantifiers", frozenset())

    def verbish(word: str) -> bool:  # a verb, never read as what names a thing
        c = classes(word)
        return bool(c & _VERB_CLASSES) and word not in lexicon.ing_nouns

    lost = _point_lost(low_toks, k, len(lows), lows[-1], lexicon, closed)
    if lost:
        return lost
    if k > 0:
        prev = low_toks[k - 1]
        if _FIGURE.match(prev) and lows[0] in words.get("units", ()):
            return CUT_UNIT.format(word=body[0])
        if (
            prev in ("&", "+", "and", "n")
            and k > 1
            and toks[k - 2][:1].isupper()
            and body[0][:1].isupper()
        ):
            return CUT_NAME.format(word=f"{toks[k - 2]} {toks[k - 1]} {body[0]}")
        if re.fullmatch(r"[a-z][a-z-]*", prev) and prev not in closed:
            c = classes(prev)
            if prev in words.get("first_person", ()):
                return OWN_PART
            if not verbish(prev) and not ("ADV" in c and "NOUN" not in c):
                return CUT_NAME.format(word=f"{toks[k - 1]} {body[0]}")
    end = k + len(lows) - 1
    if end < len(low_toks) and low_toks[end] == lows[-1] and end + 1 < len(low_toks):
        nxt = low_toks[end + 1]
        after = low_toks[end + 2] if end + 2 < len(low_toks) else ""
        stops = (",", ";", ".", ")", "(", "-", "–", "—", ":")
        if nxt in _noun_shorthand(lexicon) and lows[-1] not in closed:
            return CUT_NAME.format(word=f"{body[-1]} {toks[end + 1]}")  # 'the water' of '… regs'
        if ing_tail and nxt not in stops:
            return CUT_VERB.format(word=body[-1])
        if nxt == "/":  # 'rotations birth suite / postnatal / SCN': one of a list
            return CUT_NAME.format(word=f"{body[-1]} / {toks[end + 2] if after else ''}".strip())
        tail = classes(lows[-1])
        if (
            "ADJ" in tail
            and lexicon.is_noun is not None
            and not lexicon.is_noun(lows[-1])
            and re.match(r"[a-z0-9]", nxt)
            and not verbish(nxt)
            and nxt not in closed
        ):  # 'the barrier serum clinical (n=64)': the adjective's noun is cut off
            return CUT_NAME.format(word=f"{body[-1]} {toks[end + 1]}")
        last = classes(lows[-1])
        if (
            last & {"VBZ", "VBD", "VBP"}
            and nxt not in closed
            and re.match(r"[\w~]", nxt)
            and not verbish(nxt)
        ):
            return CUT_VERB.format(word=body[-1])  # 'the EU funding cycle ends (2028)'
        if (
            "VB" in last
            and lows[-2:-1]
            and phrasing.is_plural(lows[-2])
            and (classes(nxt) & {"ADV", "ADJ"} and "NOUN" not in classes(nxt) or nxt.isdigit())
        ):
            return CUT_VERB.format(word=body[-1])  # 'the prometheus runs take (too long)'
        c = classes(nxt)
        if (
            re.fullmatch(r"[a-z][a-z-]*", nxt)
            and nxt not in closed
            and "NOUN" in c
            and not c & {"ADJ", "VBG", "VBD", "ADV"}
            and (
                not after
                or not re.match(r"\w", after)
                or after in closed
                and after not in words.get("particles", ())
            )
        ):
            return CUT_NAME.format(word=f"{body[-1]} {toks[end + 1]}")  # '… housing jobs in'
    return None


def _cleft_lost(text: str, recorded: str) -> str | None:
    """Why a wh-phrase taken from a jot leaves its point behind: the jot goes on 'is …' after
    it ('what tenants hate most is chasing repairs': what they hate is the point), so a note
    saying 'what tenants hate most' says nothing. None when it does not."""
    toks = re.findall(r"[\w'’-]+", recorded.lower())
    words = re.findall(r"[\w'’-]+", text.lower())
    for k in range(len(toks) - len(words)):
        if toks[k : k + len(words)] == words and toks[k + len(words)] in _COPULAS:
            after = " ".join(toks[k + len(words) : k + len(words) + 3])
            return POINT_AFTER.format(word=" ".join(words), after=after)
    return None


_COPULAS = frozenset(["is", "are", "was", "were", "'s"])
POINT_AFTER = (
    "the note's point is what it says of '{word}' ('{after}'): say it whole, as you would to them"
)
_PREDICATE_AFTER = frozenset(["short", "behind", "late"])  # not "due": a date follows a thing


def _point_lost(
    toks: Sequence[str],
    k: int,
    n: int,
    last: str,
    lexicon: phrasing.Lexicon,
    closed: Collection[str],
) -> str | None:
    """Why a phrase cut from a jotted note leaves its point behind (None when it does not):
    the note goes on with what the thing did or how it stands ('audit partner rotated', 'loan
    section buried 3 taps deep', 'line station short 5 techs', 'agency contract up for
    renewal'), so a note saying 'the audit partner' names a thing without what was said of
    it. A figure after it keeps the thing ('food cost 34%': the food cost). `toks`: the
    note's tokens in lower case; the phrase starts at toks[k], has n words once its shorthand
    is expanded ('hs' -> 'high school') and ends on `last`, found in the note; punctuation
    after it ends the phrase's part."""
    classes = lexicon.word_classes or (lambda w: frozenset())
    ends = [j for j in range(k, min(k + n, len(toks))) if toks[j] == last]
    if not ends:
        return None
    end = ends[-1] + 1
    if end >= len(toks) or not any(ch.isalnum() for ch in toks[end]):
        return None
    nxt = toks[end]
    c = classes(nxt)
    finite = bool(c & {"VBD", "VBZ"}) and not c & {"NOUN", "ADJ"} and nxt not in closed
    judged = (nxt in lexicon.slots.topic_predicates and not nxt.endswith("ing")) or (
        nxt in _PREDICATE_AFTER
    )  # 'line station short 5 techs'; a project 'slipping' is still the project
    if finite or judged:
        word = " ".join(toks[k:end])
        return POINT_AFTER.format(word=word, after=" ".join(toks[end : end + 3]))
    return None


def standalone(
    s: Specific, language: Language, people: frozenset[str], names: Iterable[str] = ()
) -> Specific:
    """A usable topic whose phrase does not stand alone (`standalone_fault`, on the phrase to
    its owner and to anyone else) left out, with why among its doubts; a person of the
    record inside the phrase leaves it out too. Exercises, stories and items keep their own
    gates."""
    if not s.usable or s.kind in ("exercise", "story", "item"):
        return s
    if s.kind != "question" and re.search(r"\b(?:my|mine|I)\b", s.text):
        # 'my route review' said as their process: the candidate's own, credited to them
        return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, OWN_PART])))
    for text in dict.fromkeys([s.text, s.about or s.text]):
        if text.split()[0].lower() in _WH:
            lost = _cleft_lost(text, s.recorded)
            if lost:  # 'what tenants hate most (is chasing repairs)': the point is after it
                return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, lost])))
            continue  # a clause ('how the brokers miss the cutoff') has its own gate
        closed = language.lexicon.slots.determiners | language.lexicon.slots.prepositions
        hit = next(
            (w for w in re.findall(r"[\w'’-]+", text.lower()) if w in people and w not in closed),
            None,
        )
        fault = (
            A_PERSON.format(word=hit)
            if hit
            else standalone_fault(text, s.recorded, language.lexicon, names)
        )
        if fault:
            return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, fault])))
    return s


_PARTS = re.compile(r"\s+[-–—]\s+|:\s+|,\s+|;\s+|\s*\(|\)\s*")
_HONORIFIC_WORDS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
                              "ma'am", "maam", "ji", "san", "herr", "frau"])  # fmt: skip
_CLAUSE_LEADS = frozenset(["i", "the", "my", "a", "an", "it", "this", "that", "we", "our", "there",
                           "they", "you", "your", "some", "more", "less", "too"])  # fmt: skip


def _exercise_phrase(head: str, lexicon: phrasing.Lexicon, whole_only: bool = False) -> str | None:
    """The candidate's exercise as a note names it: 'my tasting plate', 'the written exercise',
    'my demo lesson on equivalent fractions'; the cue alone ('my take-home') when the words
    around it do not read; None when even that does not."""
    said = phrasing.clean_words(head, lexicon)
    cues = lexicon.kind_cues.get("exercise", ())
    low = head.lower()
    cue = next((c for c in sorted(cues, key=len, reverse=True) if c in low), None)
    fallback = None
    if cue:
        bare = cue.removeprefix("my ")
        fallback = f"my {bare}" if low.startswith("my ") or "my " + bare in low else f"the {bare}"
    if said and len(said.split()) <= 10 and not any(ch.isdigit() for ch in said):
        if not re.match(r"(?i)(my|the|a|an|your)\b", said):
            said = f"the {said}"
        if (
            slot_fault(said, lexicon) is None
            and phrasing.unknown_word(said, lexicon) is None
            and plain_fault(said, lexicon) is None
        ):
            return said
    return None if whole_only else fallback


def by_its_kind(s: Specific, lexicon: phrasing.Lexicon) -> Specific:
    """The candidate's own test whose jotted words do not read ('trial shift 3-9pm on larder,
    plated ...', 'my 10-min presentation: applying ...'), said by the kind of test it is
    ('the trial shift', 'my presentation') when that is one data/phrasing.toml [standalone]
    `tests` names; the note says it shortened it (its doubts stay). Anything else as it is."""
    if s.usable or s.kind != "exercise":
        return s
    head = next((p for p in _PARTS.split(s.recorded) if p and p.strip()), "")
    phrase = _exercise_phrase(head, lexicon)
    tests = lexicon.standalone.get("tests", frozenset())
    if not phrase:  # 'coding w/ deepak: …': the test by the name its head gives it
        low = f" {' '.join(phrasing.jot_words(head))} "
        named = lexicon.exercise_names
        phrase = next((f"the {named[k]}" for k in named if f" {k} " in low), None)
        if phrase is None:
            return s
        return replace(s, text=phrase, about=phrase, usable=True, owner=s.owner, feedback=None)
    if phrase.split(maxsplit=1)[-1].lower() not in tests:
        return s
    return replace(s, text=phrase, about=phrase, usable=True, owner=s.owner, feedback=None)


def presented(phrase: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether the candidate's own exercise was one they presented or talked the panel through
    ('my case', 'the pitch', 'my demo lesson'), not one they sat or did with them ('the SQL
    test', 'the role play'): data/phrasing.toml [jot_kinds] presented."""
    low = f" {' '.join(phrasing.jot_words(phrase))} "
    return any(f" {w} " in low for w in lexicon.jot_cues.get("presented", ()))


_DONE_WITH = re.compile(r"(?i)\b(?:w/|with|from|by)\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’-]*)?)")
# whom the jot says the candidate answered: 'tech qs on X … told declan about …'
_TOLD = re.compile(
    r"(?i)\b(?:told|showed|asked)\s+([^\W\d_][\w'’-]*)\s+(?:about|abt|re|how|why|what|that)\b"
)


def _done_with(jot: str, interview: Interview) -> Person | None:
    """The interviewer a test or question was done with, as the jot's first part names them
    ('coding w/ deepak: …', 'scenario q from denise', 'site walk with craig'), when exactly
    one answers to the name."""
    first = re.split(r"[:;,(]|\s[-–—→]\s", jot, maxsplit=1)[0]
    m = _DONE_WITH.search(first) or _TOLD.search(jot)
    if m is None:
        return None
    for words in (m.group(1), m.group(1).split()[0]):
        found = _panel_member(words, interview)
        if found is not None:
            return found
    return None


def panel_member(who: str, interview: Interview) -> Person | None:
    """The interviewer a jotted word or two names ('joe', 'ms marsh'), when exactly one
    answers to it (_panel_member), else the one with a name that begins with its first three
    letters (a short form: 'randy' of Randall, 'kat' of Katarzyna); None when no one, or
    more than one, answers."""
    found = _panel_member(who, interview)
    if found is not None:
        return found
    low = who.strip().lower()
    starts = [
        p
        for p in interview.interviewers
        if len(low) >= 3 and any(w.lower().startswith(low[:3]) for w in p.name.split())
    ]
    return starts[0] if len(starts) == 1 else None


def _panel_member(who: str, interview: Interview) -> Person | None:
    """The interviewer a jotted remark names ('joe', 'ms marsh', 'lakshmi madam',
    'tanaka-san', 'matron'), when exactly one answers to it."""
    words = [w for w in re.split(r"[\s-]+", who.lower().strip(".,")) if w]
    words = [w for w in words if w not in _HONORIFIC_WORDS] or words
    found = []
    for p in interview.interviewers:
        keys = set(name_keys(p))
        title = phrasing.name_parts(p.name).title
        if title:
            keys.add(title.lower())
        keys |= {w.lower() for w in re.split(r"[\s-]+", phrasing.bare_name(p.name))}
        if words and all(w in keys for w in words[-1:]):
            found.append(p)
    return found[0] if len(found) == 1 else None


def _feedback(verb_form: str, rest: str, lexicon: phrasing.Lexicon) -> tuple[str, str] | None:
    """What a panel member said of the exercise, in a form a sentence takes: a clause, a piece
    of advice (an imperative) or what they questioned; None when it does not read."""
    said = phrasing.clean_words(rest.strip(" ."), lexicon)
    if not said or len(said.split()) > 12 or re.search(r"[\d+=/→&%$@#]", said):
        return None
    if phrasing.unknown_word(said, lexicon) is not None:
        return None
    first = said.split()[0].lower()
    if verb_form == "about":
        return ("about", said) if slot_fault(said, lexicon) is None else None
    if verb_form != "point":
        return None
    said = re.sub(r"^to\s+", "", said) if first == "to" else said
    first = said.split()[0].lower()
    classes = lexicon.word_classes
    finite = classes is not None and any(
        classes(w.lower()) & {"VBD", "VBZ", "VBP", "MD"} for w in said.split()[1:]
    )
    if first in _CLAUSE_LEADS and finite:  # 'the sauce needed more acid', 'I rushed the end'
        return ("point", said[0].lower() + said[1:] if first != "i" else said)
    if classes is not None and "VB" in classes(first) and "NN" not in classes(first):
        return ("advice", said)
    return None


def exercise_of(text: str, interview: Interview, lexicon: phrasing.Lexicon) -> Specific | None:
    """A topic that is the candidate's own exercise, presentation, tasting dish or demo
    lesson ('my tasting plate - halibut, joe said the sauce needed acid'): said as the
    exercise alone, owned by the panel member the note says remarked on it, with what they
    said when it reads ('the sauce needed acid'). None for any other topic."""
    parts = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
    if not parts:
        return None
    set_by = _set_exercise(parts[0], interview, lexicon, text)
    if set_by is not None:  # 'hector had me diagnose the trainer board', "jonah's test"
        return replace(set_by, recorded=text)
    marked = any(p.lower() in ("my exercise", "my task", "my test", "mine") for p in parts)
    head_kind = phrasing.infer_kind(parts[0], lexicon, interview.items)
    done = _done_by_me(parts[0], lexicon)
    if head_kind != "exercise" and not marked and done is None:
        return None
    phrase = done or _exercise_phrase(parts[0], lexicon)
    if phrase is None:
        return Specific(text, "exercise", text, text, (_NEEDS_WORDS,), False)
    subject = re.match(r"[^:]+:\s+([^,;()]+)$", text)  # 'my take-home: pathfinding on a grid'
    said = phrasing.clean_words(subject.group(1), lexicon) if subject else None
    if said and plain_fault(f"{phrase} on {said}", lexicon):
        said = _without_tail(said, lexicon)  # 'my take-home on pathfinding'
    if (
        said
        and len(said.split()) <= 7
        and not any(ch.isdigit() for ch in said)
        and slot_fault(said, lexicon) is None
        and phrasing.unknown_word(said, lexicon) is None
        and len(phrase.split()) <= 3
        and plain_fault(f"{phrase} on {said}", lexicon) is None
    ):
        phrase = f"{phrase} on {said}"
    forms = {verb: form for form, verbs in lexicon.feedback_verbs.items() for verb in verbs}
    verbs = "|".join(re.escape(v) for v in sorted(forms, key=len, reverse=True))
    remark = re.compile(
        rf"^(?:(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+)?(?P<verb>{verbs})\b\s*(?P<rest>.*)$", re.I
    )
    # 'whiteboard round (jose): …': the head names, in brackets, whose part of the day it
    # was; no other reader is thanked for it
    bracket = re.match(r"^[^():]+\(([^()]+)\)", text)
    owner: Person | None = _panel_member(bracket.group(1), interview) if bracket else None
    feedback: tuple[str, str] | None = None
    waiting = False  # a remark whose words did not read: its next part may be what was said
    for part in parts[1:]:
        part = part.strip(" -–—")  # ') - adaeze had read it': the dash after a bracket
        m = remark.match(part)
        named = part.split()
        if not m and owner is None and len(named) > 1 and re.fullmatch(r"[\w'’.-]+", named[0]):
            # 'adaeze had read it': the one who read or saw it is who it was for
            owner = _panel_member(named[0], interview)
        if not m:
            if waiting and owner is not None and feedback is None:
                feedback = _feedback("point", part, lexicon)
            waiting = False
            continue
        who = (
            _panel_member(m.group("who"), interview)
            or _panel_member(m.group("who").split()[0], interview)  # 'adaeze had' read it
            if m.group("who")
            else owner
        )
        if who is None or (owner is not None and who is not owner):
            continue
        owner = who
        if feedback is None and m.group("rest"):
            feedback = _feedback(forms[m.group("verb").lower()], m.group("rest"), lexicon)
            waiting = feedback is None and forms[m.group("verb").lower()] == "point"
    if owner is None and done is None and _exercise_phrase(parts[0], lexicon, True) is None:
        return None  # no one remarked on it and its words need the usual reading
    return Specific(
        phrase, "exercise", text, phrase, (), True, owner.name if owner else "", feedback
    )


def with_reader(s: Specific, interview: Interview, lexicon: phrasing.Lexicon) -> Specific:
    """An exercise no remark ties to anyone, given to who it was done for (exercise_reader);
    any other specific as it is."""
    if s.kind != "exercise" or s.owner or len(interview.interviewers) < 2:
        return s
    who = exercise_reader(s.recorded, interview, lexicon)
    return replace(s, owner=who.name) if who is not None else s


def exercise_reader(text: str, interview: Interview, lexicon: phrasing.Lexicon) -> Person | None:
    """Who an exercise was done for when no remark says so: the one interviewer the jot
    names anywhere ('… anouk didn't like my prediction handling'), else the one whose title
    in the record names the exercise ('anouk - lead gameplay (take-home review)'); None when
    no one, or more than one, answers."""
    head = next((p for p in _PARTS.split(text) if p and p.strip()), text)
    named = [p for p in interview.interviewers if _names_in(text, p)]
    if len(named) == 1:
        return named[0]
    if named:
        return None

    def says(cue: str, words: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", words, re.I) is not None

    cues = [c for c in lexicon.kind_cues.get("exercise", ()) if not c.startswith("my ")]
    cues = [c for c in cues if says(c, head)]
    titled = [p for p in interview.interviewers if any(says(c, p.title or "") for c in cues)]
    return titled[0] if len(titled) == 1 else None


_SET_BY = re.compile(
    r"^(?P<who>[\w'’. -]+?)\s+(?:had|got|made|asked) me(?: to)?\s+(?P<verb>[a-z-]+)"
    r"(?:\s+(?:thru|through|over|on|up))?\s+(?P<what>.+)$",
    re.I,
)
# 'ines handed me the suture kit': a thing put in the candidate's hands to work on
_HANDED = re.compile(
    r"^(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+(?:handed|passed)\s+me\s+(?P<what>.+)$", re.I
)
_WITH_THEM = re.compile(
    r"^(?P<what>[\w'’ -]+?)\s+(?:w/|with)\s+(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+)?)$", re.I
)
_THEIR_TEST = re.compile(r"^(?P<who>[\w.-]+)['’]s\s+(?P<what>[a-z -]+)$", re.I)
_NEEDS_WORDS = "the exercise needs words"


def _set_exercise(
    head: str, interview: Interview, lexicon: phrasing.Lexicon, text: str = ""
) -> Specific | None:
    """The candidate's own exercise as an interviewer set it: 'matthias had me walk thru my
    FMEDA' (my FMEDA, Matthias's), 'hector had me diagnose the trainer board' (the trainer
    board), 'ines handed me the suture kit' (the suture kit, hers), "jonah's test" (the test,
    Jonah's). The thing worked on is said only when it
    reads as a short plain phrase; otherwise the topic is left out for the user to word.
    None when the head is no such note."""
    m = _SET_BY.match(head) or _HANDED.match(head)
    if m:
        who = _panel_member(m.group("who"), interview)
        what = re.split(r"\s*(?:->|=>|→|⇒)\s*", m.group("what"))[0]
        said = phrasing.clean_words(what.strip(" ."), lexicon)
        if said and not re.match(r"(?i)(my|the|a|an|your)\b", said):
            said = f"the {said}"
        phrase = said and _short_exercise(said, lexicon)
        if not phrase:
            return Specific(head, "exercise", head, head, (_NEEDS_WORDS,), False)
        return Specific(phrase, "exercise", head, phrase, (), True, who.name if who else "")
    m = _WITH_THEM.match(head)
    who = _panel_member(m.group("who"), interview) if m else None
    if m and who is not None and phrasing.infer_kind(head, lexicon, interview.items) == "exercise":
        said = phrasing.clean_words(m.group("what").strip(" ."), lexicon)
        phrase = said and _short_exercise(
            said if said.lower().startswith(("my ", "the ")) else f"the {said}", lexicon
        )
        if phrase:  # 'system design w/ marc-andré: ...': the system design, his
            return Specific(phrase, "exercise", head, phrase, (), True, who.name)
    m = _THEIR_TEST.match(head)
    tests = lexicon.standalone.get("their_tests", frozenset())
    if m and m.group("what").lower() in tests:
        who = _panel_member(m.group("who"), interview)
        if who is not None:
            phrase = f"the {m.group('what').lower()}"
            told = re.match(r"[^:]+:\s+([^,;()→]+)", text)  # "jonah's test: cite check on …"
            named = phrasing.clean_words(told.group(1).strip(" ."), lexicon) if told else None
            phrase = (named and _short_exercise(f"the {named}", lexicon)) or phrase
            return Specific(phrase, "exercise", head, phrase, (), True, who.name)
    return None


def _short_exercise(said: str, lexicon: phrasing.Lexicon) -> str | None:
    """An exercise's words as a note may place them: at most six words, no figure, known
    words, a plain noun phrase (cut before its last 'in/for/on …' when that is what does
    not read); None when they do not read."""
    for text in (said, _without_tail(said, lexicon)):
        if (
            text
            and len(text.split()) <= 6
            and not re.search(r"\d", text)
            and slot_fault(text, lexicon) is None
            and phrasing.unknown_word(text, lexicon) is None
            and plain_fault(text, lexicon) is None
        ):
            return text
    return None


def _done_by_me(head: str, lexicon: phrasing.Lexicon) -> str | None:
    """The candidate's own exercise jotted as what they did, with no 'I': 'taught yr 9 lesson'
    (my lesson), 'gave my talk on 2023 spread rates' (my talk), 'did the in-tray' (my
    in-tray): an act of data/phrasing.toml [standalone] own_acts on one of its `tests`. None
    for any other head."""
    words = lexicon.standalone
    first, _, rest = head.strip().partition(" ")
    if first.lower() not in words.get("own_acts", ()) or not rest:
        return None
    tests = words.get("tests", frozenset())
    found = [
        t for t in sorted(tests, key=len, reverse=True)
        if re.search(rf"\b{re.escape(t)}\b", rest.lower())
    ]  # fmt: skip
    mine = rest.lower().startswith("my ")  # 'presented my route review'
    if not found and not mine:
        return None
    bare = re.sub(r"(?i)^(?:my|the|a|an)\s+", "", rest.strip())
    said = phrasing.clean_words(bare, lexicon)
    whole = _short_exercise(f"my {said}", lexicon) if said else None
    return whole or (f"my {found[0]}" if found else None)


def sure_of(s: Specific, language: Language, people: frozenset[str] = frozenset()) -> Specific:
    """A specific a note may say only when it is known to read right in the sentence it lands
    in: a topic is placed only as a plain noun phrase (core.slot_grammar.plain_topic_fault:
    a known noun, the words that describe it, at most one 'of'/'for'/'on' phrase), a
    person's story only as a short clause of known words (`plain_clause_fault`), and neither
    may fail core.slot_grammar.jotted_fault, on both the phrase said to its owner and the one
    said to anyone else. Otherwise it is left out, with why among its doubts (the user is
    asked for the words, or told how to give them). `people`: the record's people's names,
    in lower case (a name inside a topic makes it someone's doing, not a topic)."""
    lexicon = language.lexicon
    if lexicon.word_classes is None:
        return s
    ing = language.wording.ing_nouns

    def plain(text: str) -> str | None:
        if text.split()[0].lower() in _WH:
            return plain_clause_fault(text, lexicon)
        return slot_grammar.plain_topic_fault(
            text, lexicon.slots, lexicon.word_classes or (lambda w: frozenset()), people, ing,
            lexicon.known_word, language.wording.mass_nouns,
        )  # fmt: skip

    tests = lexicon.standalone.get("their_tests", frozenset())
    heads = {t.split()[-1] for t in tests}
    said = s.text.lower().split()
    if (
        s.kind == "exercise"
        and s.usable
        and 2 <= len(said) <= 4
        and said[0] in ("the", "my")
        and (" ".join(said[1:]) in tests or (said[-1] in heads and len(said) == 3))
        and phrasing.unknown_word(s.text, lexicon) is None
    ):
        return s  # 'the coding round', 'the whiteboard round': a test by the name of its kind
    if s.kind == "story" and s.about and s.about != s.text and plain(s.about):
        # 'how the team started in QA here': a story is said to its person alone
        s = replace(s, about="") if not plain(s.text) else s
    named = _names_enough if s.kind not in ("exercise", "story", "item") else None
    if s.usable and s.kind != "item" and s.text and (plain(s.text) or plain(s.about or s.text)):
        them, about = _without_tail(s.text, lexicon), _without_tail(s.about or s.text, lexicon)
        if them and about and not plain(them) and not plain(about) and _says_enough(about):
            s = replace(s, text=them, about=about)  # 'the fab tour in bunny suit': the tour
    if s.usable and named is not None and not named(s.about or s.text, language):
        return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, TOO_LITTLE])))
    for text in dict.fromkeys([s.text, s.about or s.text]):
        fault = slot_grammar.jotted_fault(text, lexicon.slots, lexicon.word_classes, ing)
        if not fault and s.usable and s.kind != "item":
            fault = plain(text)
        if not s.usable:  # left out already: say so if it is a condition of the job
            if fault == slot_grammar.CONDITION:
                return replace(s, doubts=tuple(dict.fromkeys([*s.doubts, fault])))
            continue
        unknown = None if fault else phrasing.unknown_word(text, lexicon)
        if unknown:  # a place or a product in lower case ('kulin'), or shorthand ('mispick')
            fault = f"'{unknown}' may be a name or shorthand written in lower case"
        if fault:
            return replace(s, usable=False, doubts=tuple(dict.fromkeys([*s.doubts, fault])))
    return s


_WH = frozenset(["how", "why", "what", "where", "when", "whether", "who"])
_CLAUSE_MAX_WORDS = 12


def _without_tail(text: str, lexicon: phrasing.Lexicon) -> str | None:
    """A phrase without its last prepositional phrase ('the fab tour in bunny suit' -> 'the
    fab tour'), when what is left ends on a noun that cannot be read as a verb ('the CD
    uniformity drifts' might be a sentence); None when there is no such cut."""
    words = text.split()
    classes = lexicon.word_classes
    if classes is None or words[0].lower() in _WH:
        return None
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() not in lexicon.slots.prepositions:
            continue
        head = words[i - 1].lower()
        if classes(head) & {"VBZ", "VBD", "VBG", "VERB"} and "NOUN" not in classes(head):
            return None
        if "VBZ" in classes(head) or head.endswith("s") and "VBZ" in classes(head[:-1] + "s"):
            return None
        return " ".join(words[:i])
    return None


_YEAR_IN = re.compile(r" (?:in|since) (?:19|20)\d\d\b")


def plain_clause_fault(text: str, lexicon: phrasing.Lexicon) -> str | None:
    """Why a 'how …' clause (a person's story, how something is) cannot be placed as it
    is: longer than twelve words, a number other than a year ('in 2009'), a symbol, a
    word no dictionary or record knows, or 'the team' standing in for a person. None when it
    reads."""
    body = _YEAR_IN.sub("", text.strip())
    words = body.split()
    if len(words) > _CLAUSE_MAX_WORDS:
        return slot_grammar.PLAIN
    if re.search(r"\d|[^\w\s'’-]", body) or re.match(r"^\w+ the team\b", body):
        return slot_grammar.PLAIN
    unknown = phrasing.unknown_word(body, lexicon)
    if unknown:
        return f"'{unknown}' may be a name or shorthand written in lower case"
    return None


_SENTENCE_DOUBTS = frozenset([slot_grammar.SENTENCE, phrasing.JOTTED_SENTENCE])
_HOW_KINDS = ("challenge", "process", "topic")  # how a plan 'opens next year' reads wrong
_AHEAD = re.compile(
    r"\b(?:next|will|soon|upcoming|planned|plans? to|going to|from (?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)\w*|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"20[2-9]\d)\b",
    re.I,
)
_LINKED = re.compile(r"^(?:their|the|our|my|a|an|your|his|her|its|one|what)\b", re.I)


def how_clause(p: phrasing.Phrase, said: str, lexicon: phrasing.Lexicon) -> phrasing.Phrase | None:
    """A topic jotted as a sentence about how things are ('drivers drop pooled orders when
    the signal dies', 'the ETL falls over every month end', 'batch records are still on
    paper'), said as how they are: 'how drivers drop pooled orders when the signal dies'. Only
    for a challenge, a process or a plain topic, said in the present or past (a plan that
    'opens next year' is no 'how'), when the sentence is the only doubt; None otherwise. A
    sentence that names what something is ('kafka lag is their biggest pain') is said by its
    subject instead (specifics_of)."""
    if not p.doubts or any(d not in _SENTENCE_DOUBTS for d in p.doubts):
        return None
    if p.kind not in _HOW_KINDS or _AHEAD.search(said) or p.to_them.split()[0].lower() in _WH:
        return None
    if re.search(r"\b(?:my|me|I|we|our|us)\b", said):
        return None  # the candidate's own part: asked for, never guessed
    first = re.sub(r"^(?:the|their|your|our)\s+", "", said.strip(), flags=re.I).split()[0]
    low = first.lower()
    if "'" in said or "’" in said or first[:1].isupper() and not first.isupper():
        return None  # "Bo's dad founded …", 'Darren started …': a person's story, not a how
    if low in lexicon.slots.topic_verbs:
        return None  # 'want agency nurses gone': their wish, whose subject the note leaves out
    if low in lexicon.slots.kin or (
        lexicon.known_word is not None and not lexicon.known_word(low) and not low.endswith("s")
    ):
        return None  # a name in lower case
    if re.match(r"^(?:the\s+)?[a-z]+\s+[a-z]+ed\b", said.strip()) and not low.endswith("s"):
        return None  # 'darren started the business': one someone did, a story
    if slot_fault(p.to_them, lexicon) != slot_grammar.SENTENCE or lexicon.word_classes is None:
        return None
    if not slot_grammar.plain_clause(p.to_them, lexicon.slots, lexicon.word_classes):
        return None  # 'HSE toolbox talks every morning': 'talks' may be the noun
    linked = _COPULAR.match(said)
    if linked and _LINKED.match(linked.group(2)):
        return None
    to_them, about = f"how {_the_subject(p.to_them)}", f"how {_the_subject(p.about)}"
    if (
        phrasing.leaked(to_them, lexicon)
        or slot_fault(to_them, lexicon)
        or slot_fault(about, lexicon)
    ):
        return None
    return replace(p, to_them=to_them, about=about, doubts=(), short_them="", short_about="")


_SINGULAR_SUBJECT = re.compile(
    r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*[^s\W]) (is|was|has|keeps|needs|runs|takes|gets|goes)\b"
)
_DETERMINED = re.compile(
    r"^(?:the|a|an|their|your|our|my|his|her|its|this|that|these|those|every|each|no|some|"
    r"most|all|any|much|more|less)\b"
)


def _the_subject(clause: str) -> str:
    """A jotted clause whose subject is one bare thing takes its article: 'docent program is
    mostly retirees' -> 'the docent program is mostly retirees' (never 'how docent program
    is'); a plural, a name or a subject with its own determiner stays as it is."""
    m = _SINGULAR_SUBJECT.match(clause)
    if m is None or _DETERMINED.match(clause) or m.group(1).split()[-1].endswith("'s"):
        return clause
    return "the " + clause


def slot_fault(text: str, lexicon: phrasing.Lexicon) -> str | None:
    """Why a topic does not read as a noun phrase in a sentence frame (core.slot_grammar);
    None when it does, or when no word-class lexicon is set."""
    if lexicon.word_classes is None:
        return None
    return slot_grammar.noun_phrase_fault(text, lexicon.slots, lexicon.word_classes)


def plain_fault(text: str, lexicon: phrasing.Lexicon) -> str | None:
    """Why a phrase is no plain noun phrase a note can place (core.slot_grammar.
    plain_topic_fault); None when it is one, or when no word-class lexicon is set."""
    if lexicon.word_classes is None:
        return None
    return slot_grammar.plain_topic_fault(
        text,
        lexicon.slots,
        lexicon.word_classes,
        ing_nouns=lexicon.ing_nouns,
        known=lexicon.known_word,
        mass_nouns=lexicon.mass_nouns,
    )


def gated(p: phrasing.Phrase, lexicon: phrasing.Lexicon) -> phrasing.Phrase:
    """A phrased topic after the slot grammar: one that does not read as a noun phrase is not
    sure (asked for, or left out), and neither is its shortened head."""
    if p.short_them and (slot_fault(p.short_them, lexicon) or slot_fault(p.short_about, lexicon)):
        p = replace(p, short_them="", short_about="", short_kind="")
    if not p.sure:
        return p
    fault = slot_fault(p.to_them, lexicon) or slot_fault(p.about, lexicon)
    return replace(p, doubts=(fault,)) if fault else p


_STORY_HONORIFICS = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof")
# A story jotted under a label: "<who>'s story - …", '<who> story: …'.
_STORY_LABEL = re.compile(
    r"(?i)^(?P<who>[^\W\d_][\w.'’ -]{0,30}?)(?:(?:['’]s)?\s+story\s*(?:[-–—:]|->|→)|\s*:)"
    r"\s*(?P<rest>\S.*)$"
)
# A year said after the thing it dates with no preposition ('opened the bakery 1998 w/ …'),
# and a small count of what it began with ('w/ 1 oven').
_BARE_YEAR = re.compile(
    r"\b(?P<thing>(?:the|a|an|her|his|their|our|your) [a-z]+) (?P<year>(?:19|20)\d\d)(?= with\b|$)"
)
_WITH_COUNT = re.compile(r"\bwith (?P<n>[1-9]) (?=[a-z])")


def _a_story_label(m: re.Match[str] | None) -> bool:
    """Whether a jot's label says it is a story ("ruth's story - …"), not only whose it is."""
    return m is not None and " story" in m.string[: m.start("rest")].lower()


def story_of(
    text: str, interview: Interview, lexicon: phrasing.Lexicon
) -> slot_grammar.Story | None:
    """A topic jotted as a sentence about one of the record's people ('Imogen set up the
    practice in 2009', "Bo's dad founded the company"), as core.slot_grammar.person_story
    says it; shorthand is expanded first, and a second note after a comma or dash is dropped.
    None when it is no such sentence."""
    if lexicon.word_classes is None:
        return None
    names: dict[str, str] = {}
    initials: dict[str, list[str]] = {}
    for person in interview.people:
        parts = phrasing.name_parts(person.name)
        keys = [parts.first, parts.last, phrasing.bare_name(person.name)]
        if parts.title and parts.last:
            keys.append(f"{parts.title} {parts.last}".replace(".", ""))
        for key in keys:
            if key and len(key) > 1:
                names.setdefault(key.lower(), person.name)
        if parts.last:  # 'dr o', 'mr v': an honorific and the family name's initial
            for honorific in _STORY_HONORIFICS:
                initials.setdefault(f"{honorific} {parts.last[0].lower()}", []).append(person.name)
    for key, who in initials.items():
        if len(who) == 1:
            names.setdefault(key, who[0])
    labelled = _STORY_LABEL.match(text.strip())
    if labelled:  # "ruth's story - opened the bakery …", 'dr o: started the clinic …'
        text = f"{labelled['who']} {labelled['rest']}"
    head = re.split(r",\s+|\s+[-–—]\s+|\s*;\s*|\s*\(", text.strip(), maxsplit=1)[0]
    said = phrasing.clean_words(head, lexicon)
    if said is None:
        return None
    said = _BARE_YEAR.sub(r"\g<thing> in \g<year>", said)  # 'the bakery in 1998'
    said = _WITH_COUNT.sub(lambda m: f"with {slot_grammar.count_words(int(m['n']))} ", said)
    story = slot_grammar.person_story(said, names, lexicon.slots, lexicon.word_classes)
    if story is None or story.to_them.split()[2].lower() in phrasing.TOLD_CUES:
        return None
    short = next((k for k in initials if story.about.lower().startswith(f"how {k} ")), None)
    if short is not None:  # 'how dr o started …' is said of the person by name
        story = replace(story, about=f"how {story.who} {story.about[len(short) + 5 :]}")
    return story


def phrases_of(interview: Interview, language: Language) -> list[phrasing.Phrase]:
    """Every recorded topic as followup will write it (for asking the user, and --json); a
    topic that names its owner ('fintan asked re: my audit') is phrased without the cue."""
    names = record_names(interview)
    context = f"{interview.role} {interview.company}"
    out = []
    for t in interview.topics:
        _person, owned = owner_of(t, interview.people, language.lexicon)
        labelled = _STORY_LABEL.match(t.strip())
        story = (
            story_of(t, interview, language.lexicon)
            if not owned or _a_story_label(labelled)
            else None
        )
        if story is not None:
            out.append(phrasing.Phrase(t, story.to_them, story.about, "story"))
            continue
        said = owned.rest if owned else t
        p = phrasing.phrase_topic(said, language.lexicon, names, interview.items, context)
        p = gated(p, language.lexicon)
        if owned and owned.kind and not p.kind_given:
            p = replace(p, kind=owned.kind)
        out.append(replace(p, raw=t))
    return out


def distribute(
    people: Sequence[Person],
    specifics: Sequence[Specific],
    language: Language,
    spoken_for: Collection[str] = (),
    watched: Collection[str] = (),
) -> list[list[Specific]]:
    """Give each person their own specifics: a topic the record ties to them (its owner, their
    name, their title), then the rest in order, each to one person only, people with an
    address first (a note is written to them); a second topic only to someone with none of
    their own (never another's point beside the reader's own). When there are fewer topics
    than people, some get none: one topic is never credited to several people. The
    candidate's own exercise, test or presentation, when no one's remark is tied to it, was
    the whole panel's: whoever has nothing else of their own is thanked for their part in it
    (else their note speaks of meeting the panel). `spoken_for`: the names of people a jot of
    the round names (their own part of the day, said or not): when none of theirs reads, their
    note names nothing rather than a topic the record does not tie to them. `watched`: the
    names of people the notes say only watched (observers): only a topic that names them is
    theirs, never one handed out, their job's field, nor the candidate's own presentation
    (session 40's recruiters: 'invented: observer only')."""
    assigned: list[list[Specific]] = [[] for _ in people]
    if not specifics:
        return assigned

    def shown(s: Specific) -> bool:  # a thing someone showed ('inez showed me the freezer')
        return s.kind == "item" or phrasing.jot_kind(s.recorded, language.lexicon) == "item"

    free = list(range(len(specifics)))
    owned: set[int] = set()
    own = [False] * len(people)  # whether the record ties a topic to them
    for i, person in enumerate(people):  # a topic whose note says whose it is: theirs alone
        for j in list(free):
            if specifics[j].owner and specifics[j].owner == person.name:
                if len(assigned[i]) < 2:
                    assigned[i].append(specifics[j])
                else:
                    _point_over_shown(assigned[i], specifics[j], shown)
                free.remove(j)
                owned.add(j)
                own[i] = True
    for i, person in enumerate(people):  # a topic that names a person is theirs alone

        def theirs(s: Specific, person: Person = person) -> bool:
            return _names_in(s.recorded, person) or _short_lead(s.recorded, people) is person

        for j in list(free):
            if theirs(specifics[j]):
                if not assigned[i]:
                    assigned[i].append(specifics[j])
                else:
                    _point_over_shown(assigned[i], specifics[j], shown)
                free.remove(j)
                owned.add(j)
                own[i] = True
    pairs = []
    for i, person in enumerate(people):
        if not person.title:
            continue
        for j, spec in enumerate(specifics):
            if j in owned:
                continue
            score = phrasing.relatedness(person.title, spec.recorded, language.lexicon)
            if score:
                pairs.append((-score, i, j))
    # someone a jot names has their own part of the day: nothing else stands in for it but a
    # topic of their field ('yard planning lead': the yard system upgrade), never a thing
    # shown or done with the panel ('finance partner for surgical services': not the robot)
    idle = [len(people) > 1 and p.name in spoken_for and not assigned[i]
            for i, p in enumerate(people)]  # fmt: skip
    quiet = [len(people) > 1 and p.name in watched and not assigned[i]
             for i, p in enumerate(people)]  # fmt: skip
    for _, i, j in sorted(pairs):
        if quiet[i]:
            continue
        if idle[i] and specifics[j].kind in ("item", "event"):
            continue
        if not assigned[i] and j in free:
            assigned[i].append(specifics[j])
            free.remove(j)
    mute = [idle[i] and not assigned[i] for i in range(len(people))]
    order = sorted(free, key=lambda j: (specifics[j].kind == "item", j))
    if any(mute):  # a need nobody's name is on ('they want someone to …') is the team's: said
        # only where a claim answers it (needs_for), never as a hook in its stead
        order = [j for j in order if stated_need(specifics[j].recorded, language) is None]
    written_to = sorted(range(len(people)), key=lambda i: not people[i].email)
    written_to = [i for i in written_to if not mute[i] and not quiet[i]]
    for i in written_to:
        if not assigned[i] and order:
            j = order.pop(0)
            assigned[i].append(specifics[j])
            free.remove(j)
    for i in written_to:
        if order and not own[i]:
            j = order.pop(0)  # a second topic, only to who has none of their own
            assigned[i].append(specifics[j])
            free.remove(j)
    # the candidate's own presentation was given to the whole panel, whoever asked about it;
    # a test, a take-home or a pair-coding session was not (never credited to who was not there)
    seen = next(
        (
            s
            for s in specifics
            if s.kind == "exercise"
            and (not s.owner or s.text.lower().startswith("my "))
            and presented(s.text, language.lexicon)
        ),
        None,
    )
    if seen is not None:
        # ... unless the jot names whom it was given to ('my presentation (45 min to marcus,
        # renata, PK, dana)'): only they (session 39: 'take you through my presentation' to
        # someone who was not there read as a slip)
        audience = [p for p in people if _names_in(seen.recorded, p)]
        for person, share, still in zip(people, assigned, quiet, strict=True):
            if still and person not in audience:
                continue
            if not share and (len(audience) < 2 or person in audience):
                share.append(seen)
    return assigned


def _jot_names(person: Person) -> list[str]:
    """The names a jot may call a person by, as words to find in it: first name, surname, the
    name they go by ("Oluwaseun 'Seun' Adeyemi": 'Seun'), initials they go by ('JT'); never a
    first name that is also an everyday word ('Will', 'Grant')."""
    parts = phrasing.person_name(phrasing.bare_name(person.name)).split()
    parts = [p.strip("'‘’\"“”") for p in [*parts, *_nicknames(person.name)]]
    return list(
        dict.fromkeys(
            p
            for p in parts
            if (len(p) > 2 or re.fullmatch(r"[A-Z]{2,3}", p))  # initials they go by: 'JT'
            and p.lower() not in _COMMON_FIRST_NAMES
        )
    )


def _folded(text: str) -> str:
    """A text without accents, as names are often typed ('marc-andre' for Marc-André)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _names_in(text: str, person: Person) -> bool:
    """Whether a jot names `person` by any name _jot_names gives, accents or none."""
    said = _folded(text)
    return any(re.search(rf"\b{re.escape(_folded(n))}\b", said, re.I) for n in _jot_names(person))


def _short_lead(text: str, people: Sequence[Person]) -> Person | None:
    """The one person a jot's first word, followed by ':', '|' or a dash, is a short form of
    ('fen: …' for Fenella, 'kat - …' for Katarzyna): three letters or more, the start of
    exactly one first name."""
    m = re.match(r"\s*([^\W\d_]{3,})\s*(?::|\||\s[-–—])", text)
    if m is None:
        return None
    head = m.group(1).lower()
    found = [p for p in people if phrasing.name_parts(p.name).first.lower().startswith(head)]
    return found[0] if len(found) == 1 else None


# the kinds of topic that say what the interviewers stressed (their plan, need, challenge,
# project, process): the main memory of a note, before a thing shown or an aside
_STRESSED_KINDS = frozenset(
    ["plan", "challenge", "project", "need", "priority", "process", "question"]
)


def _point_over_shown(
    share: list[Specific], s: Specific, shown: Callable[[Specific], bool]
) -> None:
    """A point of theirs that reads as a clause ('inez: food cost 36%, wants <30') takes the
    place of a thing they showed in a note that has no room left for it: what they said
    before what they showed. So does a plan, need or project of theirs a jot names them with
    ('their move off yardi to entrata - gabriela asked …'): what they stressed, never the
    product it mentions."""
    if s.clause is None and (shown(s) or s.kind not in _STRESSED_KINDS):
        return
    at = next((k for k, x in enumerate(share) if shown(x)), None)
    if at is not None:
        share[at] = s


_NOTE_PARTS = re.compile(r"(?<=[.!?;])\s+|\n+")


def observers(interview: Interview) -> set[str]:
    """The interviewers the round's notes say only watched ('Deborah: observed only, asked
    nothing.', kept there from their line by services.records, or typed so: 'mr jacobs was
    observer only'): a sentence of the notes that names them and says so
    (core.people.observed_only)."""
    from followup.core.people import observed_only

    parts = [p for p in _NOTE_PARTS.split(interview.notes or "") if observed_only(p)]
    return {p.name for p in interview.interviewers for part in parts if _names_in(part, p)}


def spoken_for(interview: Interview, lexicon: phrasing.Lexicon) -> set[str]:
    """The interviewers a jot of the round names (its owner, or a name in it), whether or not
    a note can say that jot (one said in confidence too): their own part of the day."""
    out: set[str] = set()
    for raw in interview.topics:
        person, _owned = owner_of(raw, interview.people, lexicon)
        if person is not None:
            out.add(person.name)
        out |= {p.name for p in interview.interviewers if _names_in(raw, p)}
        short = _short_lead(raw, interview.interviewers)
        if short is not None:
            out.add(short.name)
    return out


def _item_jot_owner(
    item: str, interview: Interview, lexicon: phrasing.Lexicon
) -> tuple[Person, str] | None:
    """The one interviewer the jot that speaks most of the item names ('lukas - LED wall
    rental up 30%' for 'LED wall rental quote', not 'ck lim: … copper wire' for 'K&S wire
    bonders' when 'hafiz: 40 new bonders (K&S)' says more of it), with that jot; None when no
    jot speaks of it, two speak of it as much, or the jot names no one or several."""
    core = " ".join(re.sub(r"\([^)]*\)", " ", item).split())
    keys = {w for w in re.findall(r"[\w'’&-]+", core.lower()) if len(w) > 2 or "&" in w}
    scored = []
    for raw in interview.topics:
        if _item_named(raw, [item]) is None:
            continue
        found = set(re.findall(r"[\w'’&-]+", re.sub(r"[()]", " ", raw.lower())))
        scored.append((len(keys & found), raw))
    best = max((n for n, _ in scored), default=0)
    top = [raw for n, raw in scored if n == best]
    if not best or len(top) != 1:
        return None
    named = [p for p in interview.interviewers if _names_in(top[0], p)]
    return (named[0], top[0]) if len(named) == 1 else None


# --- what happened in the room, and the thanks a plan's note passes on ----------------------


def _leading_person(text: str, people: Sequence[Person]) -> Person | None:
    """The person a jotted line opens on ('kelsey: 45-min evals', "greg's bottleneck",
    'mrs holroyd did the emails'), when exactly one of `people` answers to its first name word
    (honorifics skipped)."""
    words = [w for w in re.findall(r"[\w'’.-]+", text.lower())[:3] if w not in _HONORIFIC_WORDS]
    if not words:
        return None
    head = re.sub(r"['’]s$", "", words[0]).strip(".-")
    found = [p for p in people if head and head in name_keys(p)]
    return found[0] if len(found) == 1 else None


def _item_named(
    text: str, items: Sequence[str], name_tails: Collection[str] = ()
) -> tuple[str, str] | None:
    """The recorded item a jotted line speaks of (half its words or more, outside brackets),
    as recorded and as a note names it ('Spree 2 runner (recycled knit upper)' -> 'the Spree 2
    runner'); the one named earliest when several are; None when none is or its name does not
    read as a plain name (a symbol or a figure joined to a unit)."""
    low = text.lower()
    best: tuple[int, int, str] | None = None
    for raw in items:
        core = " ".join(re.sub(r"\([^)]*\)", " ", raw).split()).strip(" -,;:")
        keys = [w for w in re.findall(r"[\w'’-]+", core.lower()) if len(w) > 2]
        keys = [w for w in keys if w not in ("the", "and", "for", "with", "our", "their")]
        at = [m.start() for w in keys for m in [re.search(rf"\b{re.escape(w)}\b", low)] if m]
        if not keys or 2 * len(at) < len(keys):
            continue
        if re.search(r"[+=/→<>@#]|\d+[a-z]", core.lower()):
            continue
        score = (-len(at) * 100 // len(keys), min(at))
        if best is None or score < best[:2]:
            best = (*score, raw)
    if best is None:
        return None
    raw = best[2]
    return raw, item_phrase(" ".join(re.sub(r"\([^)]*\)", " ", raw).split()), name_tails)


def shown_by(interview: Interview, language: Language) -> dict[str, tuple[str, str, str]]:
    """What each interviewer showed the candidate, by the interviewer's recorded name: an item
    of the round the jots say they showed ('freya showed the spring drop - Spree 2 runner',
    'she showed me their treadmill' after a line on Kelsey, 'thandeka: wants drone
    thermography, showed sample thermal images'), as recorded, as a note names it, and the jot
    that says so. Items
    shown in confidence, and showings the jots credit to nobody ('they screen-shared ...',
    'lab tour - ...'), are nobody's."""
    wording, lexicon = language.wording, language.lexicon
    if not wording.show_verbs or not interview.items:
        return {}
    items = [i for i in interview.items if not confided(i, lexicon, interview)]
    verbs = "|".join(re.escape(v) for v in wording.show_verbs)
    act = re.compile(shipped(rf"^(?:(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+)?(?:{verbs})\b"), re.I)
    people = interview.interviewers
    out: dict[str, tuple[str, str, str]] = {}
    before: Person | None = None  # the person the line before opens on
    for raw in interview.topics:
        text = " ".join(str(raw).split())
        lead = _leading_person(text, people)
        parts = [p.strip() for p in re.split(r"\s+[+&]\s+|\s+and\s+(?=showed\b)", text)]
        parts = [q.strip(" -–—:,;") for p in parts for q in _PARTS.split(p)]
        parts = [q for q in parts if q]
        for i, part in enumerate(parts):
            m = act.match(part)
            if not m or confided(text, lexicon, interview):
                continue
            who = m.group("who")
            if who is None:  # 'showed sample images' after 'thandeka: ...': hers
                person = lead if i > 0 else None
            elif who.lower() in wording.show_pronouns:
                person = lead if i > 0 and lead is not None else before
            else:
                person = _panel_member(who, interview)
            thing = _item_named(text, items, lexicon.name_tails) if person is not None else None
            if (
                thing is not None
                and not exact.judge(
                    thing[0], thing[1], lexicon, kind="item", names=record_names(interview)
                ).said
            ):
                thing = None  # the one gate: an item no note can say exactly is thanked by none
            if person is not None and thing is not None and person.name not in out:
                out[person.name] = (*thing, str(raw))
            break
        before = lead
    return out


_NOTE_SENTENCES = re.compile(
    r"(?<!\bincl)(?<!\bapprox)(?<!\besp)(?<!\be\.g)(?<!\bi\.e)[.;!?]+(?:\s+|$)|\n+"
)


@lru_cache(maxsize=64)
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of these words or phrases, standing as words ("'ll" also at a word's end)."""
    if not phrases:
        return re.compile(r"(?!)")
    edge = [
        ("" if p[:1] in "'’" else r"(?<![\w'’-])") + re.escape(p) + r"(?![\w'’-])"
        for p in sorted(phrases, key=len, reverse=True)
    ]
    return re.compile("|".join(edge), re.I)


def help_given(
    person: Person,
    notes: str | None,
    wording: Wording,
    word_classes: Callable[[str], frozenset[str]] | None = None,
) -> str | None:
    """What the round's notes say `person` did to help with the day, as a note thanks them for
    it ('the schedule and the drug-test paperwork'), from the parts of a line that open on them
    ('brenda emailed the schedule + did the drug test paperwork') or on 'she'/'he' after a
    part that names them ('emailing w/ siobhán since the start, she sent directions + visitor
    pass'); only what a verb of giving says they did (data/drafting.toml [words] help_verbs),
    never what they did not or will do ('brenda never sent the zoom link', 'joy will email
    the sched': help_not_given). A surname that is also a word (`word_classes` knows it:
    'hall parking pass') opens on them only after a title ('ms hall sorted …'). At most two
    things; None when the notes name none."""
    if not notes or not wording.help_given:
        return None
    keys = set(name_keys(person))
    parts = phrasing.name_parts(person.name)
    first, surname = parts.first.lower(), parts.last.lower()
    cues = sorted(wording.help_given, key=len, reverse=True)
    given = _any_of(wording.help_verbs)
    not_given = _any_of(wording.help_not_given)
    found: list[str] = []
    for line in _NOTE_SENTENCES.split(notes):
        named = False
        for part in re.split(r",\s+|\s+[-–—]\s+|\s*\(\s*", line or ""):
            words = [w.strip(".-") for w in re.findall(r"[\w'’.-]+", part.lower())]
            lead = [w for w in words[:3] if w not in _HONORIFIC_WORDS]
            head = re.sub(r"['’]s$", "", lead[0]) if lead else ""
            # a surname that is a word ('hall parking pass') is theirs after a title only
            titled = bool(words) and words[0] in _HONORIFIC_WORDS
            plain = head == surname != first and not titled
            if plain and (word_classes is None or word_classes(head)):
                head = ""
            theirs = head in keys or (named and head in wording.show_pronouns)
            named = named or any(w in keys for w in words)
            if not theirs or not_given.search(part):
                continue
            low = " ".join(words)
            verb = given.search(low)
            if verb is None:
                continue
            taken: list[tuple[int, int, str]] = []  # the longest cue wins where cues overlap
            for cue in cues:
                for m in re.finditer(shipped(rf"(?<![\w-]){re.escape(cue)}(?![\w-])"), low):
                    if m.start() < verb.end():
                        continue  # help is what they gave: after the verb that says so
                    if not any(a < m.end() and m.start() < b for a, b, _ in taken):
                        taken.append((m.start(), m.end(), wording.help_given[cue]))
            found += [phrase for _, _, phrase in sorted(taken)]  # in the order jotted
    said = list(dict.fromkeys(found))[:2]
    return join_names(said) if said else None


def room_part(
    person: Person,
    specifics: Sequence[Specific],
    shown: Mapping[str, tuple[str, str, str]],
    said: Sequence[Specific | None],
    present: bool = False,
) -> tuple[str, str] | None:
    """What `person` did with the candidate in the room, for a sentence of its own in the note
    to them, when the note does not already say it (`said`: its topic and detail): the
    candidate's own exercise the record ties to them ('mine': 'my seminar', which they asked
    about), an exercise they set ('set': 'the coding round'), else the item they showed
    ('item': 'the Spree 2 runner'); for a reader `present` at the candidate's exercise (the
    only interviewer, or the main contact whose note is the only one sent), an exercise the
    record ties to nobody ('panel': 'my case presentation'). None when there is none."""
    spoken = [s for s in said if s is not None]
    for s in specifics:
        if s.kind != "exercise" or not s.usable or s.owner != person.name:
            continue
        if any(x.recorded == s.recorded or x.text == s.text for x in spoken):
            return None  # the note's own topic: said there
        return (s.text, "mine" if s.text.lower().startswith("my ") else "set")
    thing = shown.get(person.name)
    if thing is not None:
        raw, phrase, jot = thing
        if any(
            x.recorded == raw
            or (x.recorded == jot and x.kind == "item")
            or phrase.lower() in x.text.lower()
            for x in spoken
        ):
            return None  # the item, or the jot that says they showed it, is the note's own topic
        return phrase, "item"
    if any(x.kind == "exercise" for x in spoken):
        return None
    shared = next((s for s in specifics if s.kind == "exercise" and s.usable and not s.owner), None)
    return (shared.text, "panel") if present and shared is not None else None


def _moment_person(words: str, interview: Interview) -> Person | None:
    """The interviewer a jot's first word or two name ('stu', 'dr chua', 'priya narayan');
    never a word before a name ('asked priya')."""
    said = [w for w in re.split(r"\s+", words.lower().strip(" .,:")) if w]
    if len(said) == 2 and said[0].rstrip(".") not in _HONORIFIC_WORDS:
        who = _panel_member(said[1], interview)
        if who is None or _panel_member(said[0], interview) is not who:
            return None
        return who
    return _panel_member(words, interview)


_LOWER_I = re.compile(r"(?<![\w'’.-])i(?=['’](?:m|d|ve|ll)\b|[\s,;:!?]|$)")
_JOT_MARKS = re.compile(r"[+=/→&%$@#<>~|\[\]{}]|\b\w/|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _moment_reads(
    text: str, form: str, lexicon: phrasing.Lexicon, known: Sequence[str]
) -> str | None:
    """A moment's words as a note may say them, or None: a quote as typed (English words
    only, nothing jotted); anything else with its shorthand expanded, no jotting symbol, no
    word followup does not know, and in its form: a plain noun phrase ('np'), a verb and its
    noun phrase ('vp': 'talk through a hot section inspection'), a short clause ('clause')."""
    text = " ".join(text.split()).strip(" .,;:")
    if not text or _JOT_MARKS.search(text):
        return None
    if form == "quote":  # as typed, but never jotted shorthand ('our mgrs do a yr'), and
        # the pronoun 'i' the jotter typed in lower case is written 'I' ('i need people …')
        if phrasing.unknown_word(text, lexicon) is not None or phrasing.leaked(text, lexicon):
            return None
        return _LOWER_I.sub("I", text)
    said = phrasing.clean_words(text, lexicon)
    if said is None or phrasing.unknown_word(said, lexicon) is not None:
        return None
    words = said.split()
    if form == "np":
        if len(words) > 8 or plain_fault(said, lexicon) is not None:
            return None
    elif form == "vp":
        classes = lexicon.word_classes
        rest = " ".join(words[1:])
        if len(words) > 10 or (classes is not None and "VB" not in classes(words[0].lower())):
            return None
        tail = re.fullmatch(r"(?:(?:through|over|on|up|out)\s+)?(.+)", rest)
        if tail is None or plain_fault(tail.group(1), lexicon) is not None:
            return None
    elif form == "clause" and (len(words) > 12 or re.search(r"\d", said)):
        return None
    return phrasing.known_names(said, known)


def _said_in(x: Specific, moment: moments.Moment) -> bool:
    """Whether a topic of the moment's jot names what the moment says ('the borescope kit' in
    'getting the borescope kit out')."""
    bare = re.sub(r"^(?:the|a|an|my|your)\s+", "", x.text.lower())
    return x.recorded == moment.recorded and bare in moment.said.lower()


def _by_role(person: Person, plans: bool) -> str:
    """How a personal note greets a reader the record knows by no name: by the role it
    gives them, in capitals as a greeting writes it ('Dear Marketing Manager,', 'Dear M&E
    Lead,'), when that is a short job title; else, and in the plan's note, 'Hiring Team'."""
    from followup.core.people import is_role

    role = phrasing.bare_name(person.name).strip()
    words = role.split()
    if plans or not words or len(words) > 4 or not is_role(role):
        return "Hiring Team"
    if any(w.lower() in ("the", "a", "an", "my", "their", "of") for w in words[:1]):
        return "Hiring Team"
    if not any(w.lower().strip(".,") in person_words()["heads"] for w in words):
        return "Hiring Team"  # a department or a group ('HR', 'student panel'): no one's role
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)


def _quoted_in(x: Specific, moment: moments.Moment) -> bool:
    """Whether a topic comes from the jot whose quotation is the moment ("van 't hek: 'we
    hire people who document properly' - …"): the quote is in the topic's jot."""
    quote = " ".join(moment.said.lower().split())[:40]
    return bool(quote) and quote in " ".join(x.recorded.lower().split())


def _moment_values(
    moment: moments.Moment | None, on: date, english: English
) -> dict[str, str | None]:
    """What a note's moment sentence is filled with: the moment's words (a quote as typed,
    anything else in the reader's English), its kind, and for a request the weekday two
    working days after the note is written, by which the thing asked for is sent."""
    if moment is None:
        return {"moment": None, "moment_kind": None, "moment_by": None}
    said = moment.said
    if moment.kind != "quote":
        said = _spelled(said, moment.recorded, english.spelling)
    by = on
    for _ in range(2):
        by += timedelta(days=1)
        while by.weekday() >= 5:
            by += timedelta(days=1)
    return {
        "moment": said,
        "moment_kind": moment.kind,
        "moment_by": f"{by:%A}" if moment.kind == "request" else None,
    }


def moments_for(
    interview: Interview, language: Language, known: Sequence[str] = ()
) -> dict[str, moments.Moment]:
    """Each interviewer's moment from the round's jots (core.moments), by recorded name; jots
    said in confidence are never read for one."""
    lexicon = language.lexicon
    topics = [
        t
        for t in interview.topics
        if not confided(t, lexicon, interview) and worded(t, interview, lexicon) is None
    ]  # the user's own words for a topic are no quote of anybody's
    people = interview.interviewers

    def lead(jot: str) -> Person | None:
        found = owner_of(jot, interview.people, lexicon)[0]
        return (
            found
            or _leading_person(_JOT_LEAD.sub("", jot), people)
            or _short_lead(_JOT_LEAD.sub("", jot), people)
        )

    return moments.moments_of(
        topics,
        lambda words: _moment_person(words, interview),
        lead,
        lambda text, form: _moment_reads(text, form, lexicon, known),
        language.moments,
    )


_JOT_LEAD = re.compile(r"^\s*(?:\[[^\]]*\]\s*|\d+[.)]\s*|\([+?!-]\)\s*|[→•*-]\s*|nb:?\s*)+", re.I)


def _pass_shown(
    interviewers: Sequence[Person],
    person: Person,
    shown: Mapping[str, tuple[str, str, str]],
    title_stop: bool,
) -> dict[str, str | None]:
    """For a plan's note to `person`: the first of the others who showed the candidate an item
    ('pass_shower', by name, and 'pass_item'), and everyone else it thanks ('pass_rest');
    nothing when none of the others showed anything."""
    others = [p for p in interviewers if not same_person(p, person) and _named(p, title_stop)]
    shower = next((p for p in others if p.name in shown), None)
    if shower is None or len(others) > 5:
        return {}
    rest = [p for p in others if p is not shower]
    names = listed_names([*rest, shower], title_stop, person, interviewers)
    said_rest = join_names(names[:-1])
    if len(rest) > _NAMED_MAX:  # never a roll-call: one or two, and the rest as a group
        pair = listed_names(panel_pair(rest, title_stop), title_stop, person, interviewers)
        said_rest = f"{join_names(pair)} and {_UNNAMED_REST}"
    return {
        "pass_shower": names[-1],
        "pass_item": shown[shower.name][1],
        "pass_rest": said_rest or None,
    }


# a plan's note names every interviewer it asks its reader to thank, up to this many (eight
# is a normal onsite loop); past it, one of data/sentences.toml 'people.many'
_ROLL_CALL_MAX = 8
_UNNAMED_REST = "the others I spoke with"  # those the record gives no name, after the names


def _named_in(text: str, person: Person) -> bool:
    """Whether a text names a person by a name of theirs written as a name ('Sue', 'Dr.
    Haddad'): their first name or their family name, as a word with its capital. Unlike
    `_names_them` (a jot, typed in lower case), the user's prose marks a name by its
    capital, so a name that is also a word ('Sue', 'Will') still counts."""
    if not text:
        return False
    parts = phrasing.name_parts(person.name)
    names = {n for n in (parts.first, parts.last) if n and n[:1].isupper() and len(n) > 1}
    return any(re.search(rf"(?<![\w'’-]){re.escape(n)}(?![\w'’-])", text) for n in names)


def thanked(
    interviewers: Sequence[Person],
    person: Person | None,
    title_stop: bool,
    many: Sequence[str] = (),
    seed: str = "",
    lead: bool = False,
    rest: Sequence[str] = (),
    asked: Collection[str] = (),
) -> str | None:
    """Everyone a plan's note asks its reader to thank: every interviewer other than the reader.
    Those the notes ask to be thanked through this reader (`asked`, by a name of theirs) are
    named first.
    One or two are named ('Gabriela and Dwayne'); from three up, a list of names reads like a
    form, so the note names two of one form of address (panel_pair: 'Dr. Whitebird, Mr.
    Kowalczyk') and the rest as a group, one of `rest` (data/sentences.toml 'people.rest':
    'everyone else I met'); those the record names by no name ('student panel', 'HR') are
    'the others I spoke with' after the names; past _ROLL_CALL_MAX of them, one of `many`
    ('everyone I met'), never 'the panel' for what may have been separate rounds. The reader
    is never in the list, nor the person whose name they are greeted by (a team's mailbox
    Rhian writes from)."""
    everyone = [
        p
        for p in interviewers
        if (person is None or not (same_person(p, person) or _greeted_as(p, person, title_stop)))
    ]
    others = [p for p in everyone if _named(p, title_stop)]
    if not others:
        return None
    if len(others) > _ROLL_CALL_MAX and many and not lead:
        return many[choose("people.many", len(many), seed)]
    if len(others) <= _NAMED_MAX:
        names = listed_names(others, title_stop, person, interviewers)
        return join_names([*names, _UNNAMED_REST] if len(others) < len(everyone) else names)
    tail = rest[choose("people.rest", len(rest), seed)] if rest else _UNNAMED_REST
    wanted = [p for p in others if _called(p, asked)]
    left = [p for p in others if p not in wanted]
    chosen = [*wanted, *panel_pair(left, title_stop)][:_NAMED_MAX]
    pair = listed_names(chosen, title_stop, person, interviewers)
    return join_names([*pair, tail])


# a note names at most this many of the people it thanks or met; the rest are a group
_NAMED_MAX = 2


def panel_pair(others: Sequence[Person], title_stop: bool) -> list[Person]:
    """The one or two of `others` a note names before 'everyone else I met': the first in the
    record's order (those with no address first: no note of their own thanks them), with a
    name a reader knows them by (a bare 'nguyen' or 'tom' of a
    panel goes unnamed when anyone else has a whole name or a title), and the next named by
    the same form of address (a title, or a given name), so that a list never mixes 'Capt.
    Lindqvist' with a bare first name; one alone when no other shares its form."""

    def titled(p: Person) -> bool:
        return _by_title(greeting_name(p, title_stop)) or bool(p.greeting or p.called)

    def whole(p: Person) -> bool:
        parts = phrasing.name_parts(p.name)
        return titled(p) or bool(parts.first and parts.last)

    ranked = [p for p in others if whole(p)] or list(others)
    # those with no address first: they have no note of their own, so this one names them
    # ('Mr Mróz', who has no email, never lost in 'the others I spoke with')
    ranked = sorted(ranked, key=lambda p: bool(p.email))
    first = ranked[0]
    second = next((p for p in ranked[1:] if titled(p) == titled(first)), None)
    return [first] if second is None else [first, second]


def _greeted_as(p: Person, reader: Person, title_stop: bool) -> bool:
    """Whether `p` is the one a team's mailbox is greeted as (`reader.called`: 'Rhian' of
    'People team (Rhian, HR adviser)'), by the first name or the whole greeting."""
    if not reader.called:
        return False
    said = _folded(reader.called).lower()
    first = _folded(phrasing.name_parts(p.name).first or "").lower()
    return said in (first, _folded(greeting_name(p, title_stop)).lower())


def qualifications_for(interview: Interview, profile: Profile, language: Language) -> list[str]:
    """The application's own qualifications first (`add`/`edit --qualification`); the
    profile's only where they fit the role: related in meaning to the role or a topic.
    A profile is written once for every application; only these are said to this employer."""
    lexicon = language.lexicon
    about = " ".join([interview.role, *interview.topics])

    def fits(q: str) -> bool:
        return phrasing.relatedness(q, about, lexicon) >= lexicon.min_related

    def incidental(q: str) -> bool:  # 'full clean licence', 'own car', a language spoken:
        low = " " + re.sub(r"[^a-z0-9']+", " ", q.lower()) + " "  # only where it matters
        spoken = phrasing.spoken_languages(q, lexicon)
        return (spoken or any(f" {w} " in low for w in lexicon.incidental)) and not fits(q)

    def sure(q: str) -> bool:  # a line said as typed never carries shorthand ('2x/wk')
        said = phrasing.qualification(q, lexicon)
        return said.sure and not phrasing.leaked(said.clause, lexicon)

    # A line jotted for this application that the profile says with care ('handled team of
    # 4' and 'Led a team of four regulatory associates') is said in the profile's words.
    written = [q for line in profile.qualifications for q in claims_in(line) if sure(q)]
    own: list[str] = []
    for q in (q for line in interview.qualifications for q in claims_in(line)):
        left = [w for w in written if w not in own]
        twin = phrasing.same_claim(q, left, lexicon)
        if twin is None and not sure(q):  # '6 yrs resi + 2 light comm': the profile's prose
            twin = phrasing.same_claim(q, left, lexicon, loose=True)
        said = twin or q
        if sure(said) and not incidental(said) and said not in own:
            own.append(said)
    general = [q for q in written if q not in own and not incidental(q)]
    out = own + [q for q in general if fits(q)]
    if _FIGURES_BARRED.search(interview.notes or ""):
        # "DON'T put any of my current employer's numbers in writing": no claim with a
        # figure of theirs ('I cut trade spend from 13% to 10.5% of revenue' was graded 1)
        out = [q for q in out if not _CLAIMED_FIGURE.search(q)]
    # a fact of one's life ('grew up on a grain farm') is no qualification to the reader
    return [q for q in out if phrasing.qualification(q, lexicon).form != "life"]


# the notes bar the figures of the candidate's work ("DON'T put any of my current employer's
# numbers in writing", 'no numbers from my current job', 'keep the figures out')
_FIGURES_BARRED = re.compile(
    r"(?i)\b(?:don['’]?t|do\s+not|never|no|not|nothing|keep|leave|without)\b[^.;!?\n]{0,60}?"
    r"\b(?:numbers|figures|stats|statistics|metrics|financials|kpis)\b"
)
# a figure in a claim: a percentage, a sum of money, a change 'from 14 to 9'
_CLAIMED_FIGURE = re.compile(
    r"\d\s*%|\d\s*(?:per\s*cent|percent)\b|[$£€₹¥]\s?\d|\b(?:R|USD|EUR|GBP|INR|ZAR)\s?\d"
    r"|\b\d[\d,.]*\s*(?:k|m|bn|million|billion|lakh|crore)\b|\bfrom\s+[\d.,]+\b[^.;]{0,20}?\bto\s+[\d.,]+"
)


_TWO_CLAIMS = re.compile(r"(?:,\s+and|;)\s+(?=I(?:'m|'ve|'d)?\s)")


# what a qualification line says when it is not held ('MSc Crop Protection - thesis NOT
# submitted -> don't write MSc', 'first aid - expired 2025', 'spray training, never renewed',
# 'CM2 - failed', 'PMP (results pending)')
_NOT_HELD = re.compile(
    r"(?i)\bnot\s+(?:held|submitted|finished|completed|awarded|renewed|current|valid|yet\s+"
    r"(?:held|awarded|passed))\b|\b(?:don['’]?t|do\s+not|never)\s+(?:write|mention|claim|say)\b"
    r"|\bnever\s+(?:renewed|finished|completed|submitted|awarded|held|got)\b|\bexpired\b"
    r"|\blapsed\b|\bwithdrawn\b|\bno\s+longer\s+(?:valid|held|current)\b"
    r"|[-–(,:]\s*(?:failed|pending)\b|\bfailed\s+(?:it|twice|once|\d)|\bresults?\s+pending\b"
)


def not_held(line: str) -> bool:
    """Whether a qualification line says it is not held (lapsed, expired, failed, pending,
    unfinished, or not to be written): never claimed in a note, nor asked about."""
    return _NOT_HELD.search(line) is not None


def claims_in(line: str) -> list[str]:
    """A sentence of the user's that makes two claims ('I use ArcGIS Pro and StoryMaps, and I
    speak fluent Spanish'), as two, each said (or left out) on its own; any other line as it
    is; none of a line that says it is not held (`not_held`)."""
    if not_held(line):
        return []
    if not re.match(r"I(?:'m|'ve|'d)?\s", line):
        return [line]
    return [part.strip() for part in _TWO_CLAIMS.split(line) if part.strip()]


_LONG_CLAIM = 60  # characters: a claim this long, said twice in a panel, makes notes alike
_MAX_SAME_QUALIFICATION = 2  # notes of one panel that may offer the same qualification
_MAX_SAME_FIT = 1  # notes of one panel that may say the same untied line as a statement of fit


@dataclass(frozen=True)
class Pairing:
    """A person's qualification, and the topic of theirs it answers (None when unrelated)."""

    qualification: str | None
    topic: Specific | None  # the topic it answers, when related in meaning
    concept: str | None = None  # else what of theirs it answers, as a note names it ('costs')
    point: str | None = None  # or their point it answers, said to them as a clause


def pair_qualifications(
    shares: Sequence[Sequence[Specific]],
    quals: Sequence[str],
    language: Language,
    prose: Collection[str] = (),
    unwritten: Collection[int] = (),
) -> list[Pairing]:
    """Each person's bridge: the qualification closest in meaning to one of their topics.
    Pairs are handed out best first, each qualification to one person while others are left
    (so a panel hears different pairs where the record allows); a person none fits gets no
    claimed link, only a qualification not used yet where possible, said plainly, a line of
    `prose` (the profile's, written with care) before one jotted for this application.
    The people at `unwritten` (no address: no email goes to them) are served last, so a
    claim they would take is not missing from the notes that are sent."""
    lexicon = language.lexicon
    late = frozenset(unwritten)
    scored = []
    for person, share in enumerate(shares):
        for t_index, spec in enumerate(share[:2]):
            if spec.kind in ("story", "exercise"):
                continue  # a person's story, your own test: nothing of theirs to answer
            for q_index, qual in enumerate(quals):
                score = phrasing.relatedness(spec.recorded, qual, lexicon)
                if score >= lexicon.min_bridge:
                    scored.append((-(score * 2 - t_index), person, q_index, spec))
    scored.sort(key=lambda x: (x[1] in late, x[0], x[1], x[2]))
    chosen: dict[int, Pairing] = {}
    used: dict[str, int] = dict.fromkeys(quals, 0)
    pairs: set[tuple[str, str]] = set()
    for rounds in (0, 1):  # first one qualification per person, then reuse where needed
        for _, person, q_index, spec in scored:
            qual = quals[q_index]
            if person in chosen or (used[qual] and (rounds == 0 or len(qual) > _LONG_CLAIM)):
                continue  # a long claim said twice in a panel makes two notes alike
            if (spec.recorded, qual) in pairs:
                continue
            chosen[person] = Pairing(qual, spec)
            used[qual] += 1
            pairs.add((spec.recorded, qual))
    out: dict[int, Pairing] = {}
    for person in sorted(range(len(shares)), key=lambda i: i in late):
        if person in chosen:
            out[person] = chosen[person]
        elif fresh := [
            q
            for q in quals
            if used[q] < _MAX_SAME_QUALIFICATION
            and (shares[person][0].recorded if shares[person] else "", q) not in pairs
            and (not used[q] or len(q) <= _LONG_CLAIM)
        ]:
            # the least used, and never beside a topic it was already said with (nor in two
            # notes with no topic of their own): two short notes with the same topic and the
            # same qualification read as copies. A claim said already is a short one, never
            # a long one: a long claim said in two notes makes them alike (the note claims
            # none, and its close says what the candidate would bring).
            qual = min(
                fresh,
                key=lambda q: (
                    used[q],
                    used[q] > 0 and len(q) > _LONG_CLAIM,
                    bool(prose) and q not in prose,
                    quals.index(q),
                ),
            )
            used[qual] += 1
            pairs.add((shares[person][0].recorded if shares[person] else "", qual))
            out[person] = Pairing(qual, None)
        else:  # the same line in a fourth note of one panel reads as a copy: none claimed
            out[person] = Pairing(None, None)
    return [out[person] for person in range(len(shares))]


# --- the claim that answers each reader's need (core.claims) -------------------------------

_TIME_LEAD = re.compile(
    r"^\s*(?:\d{1,2}[:.]?\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\s*[-:]?\s*", re.I
)


def jots_of(
    interview: Interview, panel: Sequence[Person], lexicon: phrasing.Lexicon
) -> list[list[str]]:
    """The jotted notes that are each panel member's own: the ones the record ties to them
    (their name leads the note, 'kevin: supply cost up 11%', or the note says it is theirs),
    or every note when they were the only interviewer. Nothing marked as shown in confidence
    ('under NDA'); a note a confidential remark shares a word with is still theirs: a claim is
    the candidate's own fact and says nothing of it (`claimed_pairings` names no concept from
    it)."""
    topics = [t for t in interview.topics if not phrasing.confidential(t, lexicon)]
    interviewers = [p for p in panel if p.role is not PersonRole.COORDINATOR]
    out: list[list[str]] = [[] for _ in panel]
    for raw in topics:
        if re.match(r"(?i)\s*(?:my|i|i'm|i've)\b", raw):
            continue  # the candidate's own ('my pres: …'), never a reader's need
        person, _owned = owner_of(raw, interviewers, lexicon)
        lead = _TIME_LEAD.sub("", raw)
        person = person or _leading_person(lead, interviewers)
        if person is None:  # 'CNO: OR utilization 64%': a title leads the note
            word = re.match(r"([A-Za-z][\w&-]+)\s*[:(–—-]", lead)
            titled = [
                p
                for p in interviewers
                if word
                and len(word.group(1)) > 1
                and word.group(1).lower() in re.findall(r"[\w&-]+", (p.title or "").lower())
            ]
            person = titled[0] if len(titled) == 1 else None
        if person is None and len(interviewers) == 1:
            person = interviewers[0]
        if person is not None:
            out[_index(panel, person)].append(raw)
    return out


def claimed_pairings(
    interview: Interview,
    panel: Sequence[Person],
    shares: Sequence[Sequence[Specific]],
    quals: Sequence[str],
    language: Language,
    unwritten: Collection[int] = (),
    prose: Collection[str] = (),
) -> tuple[list[Pairing], list[ClaimChoice | None]]:
    """Each reader's claim: the qualification that answers what their own notes (and their
    title) say they need, best pairs first across the panel (claims.assign); bridged to the
    note's topic when the topic itself is what it answers, else naming what of theirs it
    answers by its concept ('costs'). A reader nothing answers hears the most substantial
    claim left, said plainly, never a thin one (a driving licence, a language alone); no
    claim when none is left (and compose says it only where it fits alone: see `fits_alone`
    there)."""
    if not quals:  # nothing to claim: core.claims is not needed
        return [Pairing(None, None) for _ in panel], [None for _ in panel]
    from followup.core import claims

    lexicon = language.lexicon
    own = jots_of(interview, panel, lexicon)
    needs = []
    for i, person in enumerate(panel):
        # a story (theirs or the candidate's) and the candidate's own exercise say no need of
        # theirs: a claim paired with one is a false bridge
        mine = [j for j in own[i] if phrasing.infer_kind(j, lexicon) not in ("story", "exercise")]
        jots = [*mine, *(s.recorded for s in shares[i] if s.kind not in ("story", "exercise"))]
        needs.append(" ; ".join([*dict.fromkeys(jots), person.title or ""]).strip(" ;"))
    shared = claims.background(interview.role, quals, language)
    choices = claims.assign(
        needs, quals, language, unwritten, _MAX_SAME_QUALIFICATION, _LONG_CLAIM, shared
    )
    used = {q: sum(c is not None and c.qualification == q for c in choices) for q in quals}
    ranks = {q: claims.RANKS.index(claims.substance_rank(q, language)) for q in quals}
    beside: set[tuple[str, str]] = set()  # (the note's topic, its claim)
    out: dict[int, Pairing] = {}
    late = frozenset(unwritten)  # whoever gets no email is served last
    for i in sorted(range(len(choices)), key=lambda i: i in late):
        choice = choices[i]
        head = shares[i][0].recorded if shares[i] else ""
        if choice is None:  # nothing of theirs it answers: the most substantial claim left,
            # said plainly; never a thin one, one said in two notes already, a long one said
            # already, nor one said beside the same topic (two such notes read as copies)
            left = [
                q
                for q in quals
                if ranks[q] > 0
                and used[q] < _MAX_SAME_QUALIFICATION
                and not (used[q] and len(q) > _LONG_CLAIM)
                and (head, q) not in beside
            ]
            qual = min(
                left,
                key=lambda q: (used[q], -ranks[q], bool(prose) and q not in prose, quals.index(q)),
                default=None,
            )  # the profile's prose (written with care) before a line jotted for this round
            if qual is not None:
                used[qual] += 1
                beside.add((head, qual))
            out[i] = Pairing(qual, None)
            continue
        beside.add((head, choice.qualification))
        claim = claims.said(choice.qualification, language)
        topic = next(
            (
                s
                for s in shares[i][:2]
                if s.kind not in ("story", "exercise")
                and claims.fit(s.recorded, claim, language, shared)[0] >= language.claims.min_fit
            ),
            None,
        )
        # the reason, named by a concept of their own notes no confidential remark shares a
        # word with
        concept = claims.fit(" ; ".join(own[i]), claim, language, shared)[1]  # their words only
        if concept and confided(concept, lexicon, interview):
            concept = None
        if concept and phrasing.content_stems(concept, lexicon) <= phrasing.content_stems(
            claim, lexicon
        ):
            concept = None  # 'On fundraising, I have spent 12 years fundraising'
        point = (
            None if topic else _answered_point(interview, panel[i], own[i], claim, language, shared)
        )
        out[i] = Pairing(choice.qualification, topic, None if topic else concept, point)
    return [out[i] for i in range(len(choices))], choices


def _point_of(
    answered: Specific | None,
    topic: Specific | None,
    person: Person,
    claim: str,
    lexicon: phrasing.Lexicon,
    english: English,
) -> str | None:
    """The point a claim answers, said whole in its bridge, when it is a topic of the note
    other than the one the note opens on (its detail: 'I also enjoyed hearing about the food
    cost' names it, the bridge says it: 'Since food cost is running at 36%, …')."""
    if answered is None or answered is topic or answered.clause is None:
        return None
    clause = answered.clause
    if answered.kind in _NO_CLAUSE or (clause.owner and clause.owner != person.name):
        return None
    if _echoes(clause.said(person.name), claim, lexicon):
        return None
    return _spelled(clause.said(person.name), answered.recorded, english.spelling)


def _answered_point(
    interview: Interview,
    person: Person,
    own: Sequence[str],
    claim: str,
    language: Language,
    shared: ClaimBackground | None = None,
) -> str | None:
    """The reader's own point a claim answers, said to them as a whole thought ('supply cost
    per case is up 11%', 'you want agency use under 10%'), when the note's topic is not it:
    the jot of theirs closest to the claim in meaning that reads as a clause
    (core.clauses.read) and that no confidential remark shares a word with."""
    from followup.core import claims

    lexicon = language.lexicon
    scored = [(claims.fit(jot, claim, language, shared)[0], -n, jot) for n, jot in enumerate(own)]
    for points, _, jot in sorted(scored, reverse=True):
        if points < language.claims.min_fit:
            break
        if confided(jot, lexicon, interview) or _blunt(jot, lexicon.standalone):
            continue  # a confidence, or words too blunt to say back to them
        clause = clauses.read(jot, language.clauses, lexicon, clause_people(interview))
        if clause is None or (clause.owner and clause.owner != person.name):
            continue  # someone else's point is not theirs to be answered
        said = clause.said(person.name)
        if _echoes(said, claim, lexicon):
            return None
        return _spelled(said, jot, language.english.spelling)
    return None


def _echoes(point: str, claim: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a point says mostly what the claim says ('you want an IV to oral switch
    audit' beside 'I have led an IV-to-oral switch audit'): said together, they echo. A point
    with a figure never does: the claim answers it."""
    if re.search(r"\d", point):
        return False  # a figure of theirs ('food cost is up to 38%') is what a claim answers
    said = phrasing.content_stems(point, lexicon) - {"want", "need", "you"}
    return bool(said) and len(said & phrasing.content_stems(claim, lexicon)) * 3 >= len(said) * 2


# --- what they said they need -------------------------------------------------------------

_NEED_CUT = re.compile(r"\s+[-–—]\s+|[,;:()\[\]→=!?]|\s->\s|\.\s|\.$")
_NEED_REL = ("who can", "who will", "that can", "who", "to", "for")


def stated_need(text: str, language: Language) -> str | None:
    """What a jotted note says someone is looking for, as a clause a note can say after
    "you're looking for": 'glen: 2 retiring, needs someone who can cover nights on their own'
    -> 'someone who can cover nights on their own'; 'wants a room leader who can lift the
    documentation' -> 'a room leader who can lift the documentation'. Shorthand is expanded
    ('w/', 'mgr'); None when there is no such clause, or when it holds a number, a symbol, a
    word followup cannot be sure of, or a word that points at something the note does not
    say ('wants designers to join them', 'someone who knows both')."""
    wording, lexicon = language.wording, language.lexicon
    if not wording.need_cues:
        return None
    cues = "|".join(re.escape(c) for c in sorted(wording.need_cues, key=len, reverse=True))
    rel = "|".join(re.escape(r) for r in _NEED_REL)
    m = re.search(
        shipped(
            rf"(?i)(?<![\w'])(?:{cues})\s+(?P<who>(?:an?\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
            rf"\s+(?P<rel>{rel})\s+(?P<what>.+)"
        ),
        text,
    )
    if m is None:
        return None
    who, what = " ".join(m.group("who").split()), _NEED_CUT.split(m.group("what"))[0]
    head = who.lower().removeprefix("a ").removeprefix("an ")
    if who.lower() not in wording.need_people and not (
        who.lower().startswith(("a ", "an ")) or (" " not in who and head.endswith("s"))
    ):
        return None  # 'wants staff to ...': not who they are looking for
    what = re.sub(r"\s+[+&]\s+", " and ", what.strip())
    said = phrasing.clean_words(f"{who} {m.group('rel').lower()} {what}", lexicon)
    if said is None or re.search(r"[\d+&/@#%=<>~*]", said):
        return None
    ws = said.split()
    lows = [w.lower().strip("'") for w in ws]
    closed = lexicon.slots.prepositions | lexicon.slots.determiners | lexicon.slots.conjunctions
    closed = closed - {"own"}  # 'someone who can cover nights on their own'
    if not 4 <= len(ws) <= 14 or set(lows) & wording.need_never or lows[-1] in closed:
        return None
    if phrasing.unknown_word(said, lexicon) is not None:
        return None
    rel_words = len(m.group("rel").split())
    if not _object_reads(ws[len(who.split()) + rel_words :], m.group("rel"), language):
        return None  # 'someone to lead front desk side': a noun with no article
    return said


def _object_reads(words: Sequence[str], rel: str, language: Language) -> bool:
    """Whether what a need's verb acts on reads as English: with an article or a possessive,
    a name, or a plural, mass or -ing noun ('lift the documentation', 'handle CAT claims',
    'help with in-service training'); not 'lead front desk side'."""
    slots = language.lexicon.slots
    i = 0 if rel.lower() == "for" else 1  # after 'for' comes the thing; else a verb first
    while i < len(words) and words[i].lower() in slots.prepositions | {"up", "out", "off"}:
        i += 1
    run: list[str] = []
    for w in words[i:]:
        if w.lower() in slots.prepositions | slots.conjunctions:
            break
        run.append(w)
    if not run or run[0].lower() in slots.determiners or run[0][:1].isupper():
        return True
    last = run[-1].lower()
    return last.endswith(("s", "ing")) or last in language.wording.mass_nouns


_NEED_WORDS = frozenset(["can", "who", "will", "someon", "somebody", "need", "want", "own", "may"])


def _answers(
    raw: str, need: str, qual: str, language: Language, background: ClaimBackground | None = None
) -> int:
    """How well a qualification answers a stated need (0: not at all): close in meaning
    (core.claims.fit, less what the whole round shares: its `background`), or two words of
    substance in common ('the required practicals'), or a name or term of the trade in both
    ('Revit'); never by the role's own words ('brand' for a brand director)."""
    from followup.core import claims

    lexicon = language.lexicon
    claim = claims.said(qual, language)
    score = max(
        claims.fit(raw, claim, language, background)[0],
        claims.fit(need, claim, language, background)[0],
    )
    if score >= language.claims.min_fit:
        return score
    known = background.stems if background is not None else frozenset()
    mine = phrasing.content_stems(qual, lexicon) - _NEED_WORDS - known
    shared = {  # 'run' and 'running' ('runn') are one word
        a
        for a in phrasing.content_stems(raw, lexicon) - _NEED_WORDS - known
        if any(a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
               for b in mine)
    }  # fmt: skip
    terms = {w.lower() for w in re.findall(r"\b\w*[A-Z]\w*\b", qual.split(" ", 1)[-1])}
    said = {w.lower() for w in re.findall(r"\w+", raw)}
    if len(shared) >= 2 or any(len(t) > 2 and t in said for t in terms):
        return max(score, 1)
    return 0


@dataclass(frozen=True)
class Need:
    """A need the record states, the qualification that answers it, and whether the person
    it goes to is the one who said it."""

    text: str
    qualification: str
    theirs: bool
    recorded: str = ""  # the jotted note it was read from


def needs_for(
    interview: Interview,
    panel: Sequence[Person],
    pairings: Sequence[Pairing],
    quals: Sequence[str],
    language: Language,
    prose: Collection[str] = (),
) -> dict[int, Need]:
    """The bridge for people whose own topics none of the qualifications answers (or whose
    bridged topic is only the head of the note the need is read from): a need the
    record states (`stated_need`) that a qualification answers in meaning, said to the person
    who stated it, or (a need nobody's name is on) to one member of the panel, people with an
    address first. Each need to one person; the qualification least used in the panel so far,
    the profile's prose first, among those closest in meaning. No need, no claimed link."""
    lexicon = language.lexicon
    found: list[tuple[str, str, str]] = []  # (need, recorded, owner's name or '')
    for raw in interview.topics:
        if confided(raw, lexicon, interview):
            continue
        need = stated_need(raw, language)
        if need is not None:
            person, _owned = owner_of(raw, interview.people, lexicon)
            if person is None and any(_names_in(raw, p) for p in interview.interviewers):
                # 'kiara has been acting lead → wants a manager who …': a wish of someone
                # named, never passed on as the team's (to her manager); her own note says it
                # as her point, not as a need a claim answers
                continue
            found.append((need, raw, person.name if person else ""))
    if not found or not quals:
        return {}
    from followup.core import claims

    shared = claims.background(interview.role, quals, language)
    used = {q: sum(p.qualification == q for p in pairings) for q in quals}
    out: dict[int, Need] = {}
    taken: set[str] = set()
    order = sorted(range(len(panel)), key=lambda i: not panel[i].email)
    for mine in (True, False):  # the person who said it first, then anyone's
        for i in order:
            if i in out:
                continue
            if panel[i].role is PersonRole.COORDINATOR:
                continue
            for need, raw, owner in found:
                if raw in taken or (owner == panel[i].name) is not mine or (owner and not mine):
                    continue
                bridged = pairings[i].topic
                if bridged is not None and bridged.recorded != raw:
                    continue  # a topic of theirs has its bridge; the need says its own note

                scored = [(_answers(raw, need, q, language, shared), q) for q in quals]
                fits = [(s, q) for s, q in scored if s > 0]
                if not fits:
                    continue
                best = max(s for s, _ in fits)
                qual = min(
                    (q for s, q in fits if s == best),
                    key=lambda q: (used[q], bool(prose) and q not in prose, quals.index(q)),
                )
                used[qual] += 1
                taken.add(raw)
                out[i] = Need(need, qual, mine, raw)
                break
    return out


# --- the facts of one note -----------------------------------------------------------------


@dataclass(frozen=True)
class English:
    """The recipient's English (data/english.toml)."""

    locale: str = "en-US"
    spelling: writer.Spelling = field(default_factory=writer.Spelling)
    day_format: str = "{weekday}, {month} {d}"
    letter_format: str = "{month} {d}, {year}"
    salutation_end: str = ":"
    title_stop: bool = True
    sign_off: str = "Sincerely,"

    def day(self, day: date) -> str:
        return self.day_format.format(
            weekday=f"{day:%A}", month=f"{day:%B}", d=day.day, year=day.year
        )

    def plain_date(self, day: date) -> str:
        """The day without its weekday: 'November 16' (en-US), '16 November' (en-GB)."""
        fmt = re.sub(r"\{weekday\},?\s*", "", self.day_format)
        return fmt.format(month=f"{day:%B}", d=day.day, year=day.year)

    def letter_date(self, day: date) -> str:
        return self.letter_format.format(
            weekday=f"{day:%A}", month=f"{day:%B}", d=day.day, year=day.year
        )


def _no_claims() -> ClaimTable:
    """An empty claims table (a Language made without data/claims.toml)."""
    from followup.core.claims import Table

    return Table()


@dataclass(frozen=True)
class Language:
    """Everything drafting reads from data files: word lists, phrasing, sentences, English."""

    wording: Wording
    lexicon: phrasing.Lexicon
    bank: writer.Bank
    english: English = field(default_factory=English)
    clauses: ClauseWords = field(default_factory=ClauseWords)  # data/clauses.toml
    # data/claims.toml's table, made by this the first time a note claims a qualification
    claim_table: Callable[[], ClaimTable] = _no_claims
    address: greetings.Address = field(default_factory=greetings.Address)  # [address]
    moments: moments.Words = field(default_factory=moments.Words)  # data/moments.toml
    closes: closes.Words = field(default_factory=closes.Words)  # [closes]: what a close follows

    @cached_property
    def claims(self) -> ClaimTable:
        """data/claims.toml's table (`claim_table`), made when first asked for: a round with
        no qualification to claim never asks, and never imports core.claims."""
        return self.claim_table()


def _background(role: str, quals: Sequence[str], language: Language) -> ClaimBackground | None:
    """claims.background of a round; None, without core.claims, when there is no claim."""
    if not quals:
        return None
    from followup.core import claims

    return claims.background(role, quals, language)


def _choose(
    need: str, quals: Sequence[str], language: Language, role: str = ""
) -> ClaimChoice | None:
    """claims.choose of `need` among `quals`; None, without core.claims, when there are none."""
    if not quals:
        return None
    from followup.core import claims

    return claims.choose(need, quals, language, background=_background(role, quals, language))


@dataclass(frozen=True)
class NoteFacts:
    """Everything a template can say about one note (names are as recorded)."""

    kind: str
    to_name: str
    to_first: str
    to_title: str | None
    to_email: str | None
    to_phone: str | None
    to_is_coordinator: bool
    interviewers: tuple[str, ...]
    interviewer_firsts: tuple[str, ...]
    company: str
    role: str
    format: str
    meeting: str
    interview_day: date
    day_name: str
    date_text: str
    letter_date: str
    topic: str | None
    topic_is_item: bool
    detail: str | None
    item: str | None
    topics: tuple[str, ...]
    qualification: str | None
    qual_clause: str | None
    qual_topic: str | None
    other_qualification: str | None
    other_qual_clause: str | None
    candidate_name: str
    candidate_first: str
    candidate_email: str | None
    candidate_phone: str | None
    mail_by: date | None
    mail_by_text: str | None
    seed: str
    panel: tuple[str, ...]
    fit: int = 0
    warnings: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()  # the specifics above that are plural ('data pipelines')
    video_url: str | None = None  # a recorded video thank-you to link (`draft --video-url`)
    # The written note (from data/sentences.toml): subject, greeting, paragraphs, sign-off.
    subject: str = ""
    greeting: str = ""
    paragraphs: tuple[str, ...] = ()
    closing: str = "Best regards,"
    speech: Mapping[str, str] = field(default_factory=dict)
    topic_kind: str | None = None
    locale: str = "en-US"
    purpose: str = ""
    late: bool = False
    # when you met, in words true on the day the note is read ('yesterday', 'last Friday',
    # 'on November 19'): what a call and its voicemail say, as the opener does
    when: str = ""
    # the recipient's name as it is written ('pieter van der berg' -> 'Pieter van der Berg'):
    # what a letter's inside address, a call sheet and an envelope say
    to_written: str = ""
    letter_greeting: str = ""
    sign_off: str = "Sincerely,"
    candidate_address: tuple[str, ...] = ()
    recipient_address: tuple[str, ...] = ()
    company_name: str = ""  # the company as it reads in a sentence ('the Port of Tacoma')
    # (recorded, phrase, why, left out): what followup could not say whole, and whether the
    # note leaves it out (True) or says a shortened phrase (False)
    doubts: tuple[tuple[str, str, tuple[str, ...], bool], ...] = ()
    # (recorded, phrase, kind, said): every topic of the round and the kind followup read
    # it as (core.phrasing.jot_kind / infer_kind), so the user can correct it
    topic_kinds: tuple[tuple[str, str, str, bool], ...] = ()
    # (phrase, recorded): what this note says of a jot that followup guessed, the one thing
    # the whole jot seemed to be about (SALVAGED): the note is not ready until the user has
    # read it (services.drafting marks it 'revise')
    guessed: tuple[tuple[str, str], ...] = ()

    def it(self, phrase: str | None) -> str:
        """The pronoun that refers back to a specific: 'it', or 'them' for a plural one."""
        return "them" if phrase in self.plural else "it"

    def variant(self, slot: str, n: int) -> int:
        """The variant of `slot` (out of n) this note uses."""
        return choose(slot, n, self.seed, self.panel)

    def more(self, piece: int) -> bool:
        """Whether optional piece `piece` (0-3) of a script is switched on in this rendering.

        Scripts with a target length (voicemail, video) are rendered with every combination
        of their optional pieces; the one closest to the target is kept.
        """
        return bool((self.fit >> piece) & 1)


MEETING = {
    Format.VIDEO: "our video call",
    Format.PHONE: "our phone conversation",
    Format.IN_PERSON: "our meeting",
}

SHAPES = {"email": "email", "letter": "email", "phone": "email", "video": "email",
          "card": "card", "check-in": "check_in"}  # fmt: skip


def _lines(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(ln.strip() for ln in value.replace(";", "\n").splitlines() if ln.strip())
    return tuple(str(v) for v in value)


def compose(
    interview: Interview,
    profile: Profile,
    plan: Plan | None,
    kind: str,
    recipients: Sequence[Person],
    on: date,
    language: Language,
    *,
    late: bool = False,
    each: bool = False,
    names: Sequence[str] = (),
    drafted: date | None = None,
) -> list[NoteFacts]:
    """The facts and sentences of one note per recipient; recipients of one call form one
    panel. The whole panel is always written together (in the record's order), so a person's
    note is the same whether it is written alone (--to) or with the others (--each). `on`:
    the day the note goes out (a letter's date); `drafted`: the day it is written, when
    earlier (its words of when you met are true on both days).
    `names`: places and other names the record types, as they are written ('Gdansk'), kept
    with their capitals wherever a topic says them."""
    if kind not in KINDS:
        raise InvalidInput(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    if not recipients:
        raise InvalidInput("no recipient for this draft")
    if not profile.name.strip():
        raise InvalidInput(
            "your name is not recorded yet: set it with 'followup profile --name \"Your Name\"'"
        )
    warnings: list[str] = []
    interview, own_lines = without_own_lines(interview)
    thanks_on = thanks_through(interview.notes, interview.people)
    interview = unhonoured_round(unbulleted_round(interview), language.address)
    # a clause told in confidence is taken out of its jot; the rest of the jot is said
    interview, confided_parts = unconfided_round(interview, language.lexicon)
    english = language.english
    quals = qualifications_for(interview, profile, language)
    qual_names = [w.strip(",.;:()") for q in quals for w in q.split()[1:] if w[:1].isupper()]
    everything = said_specifics(interview, language, [*qual_names, *names])
    known = written_names(interview, [*qual_names, *names])
    remembered = moments_for(interview, language, known)
    # A note says only what followup is sure reads right; a jotted topic it cannot turn into
    # prose is left out (and reported in `doubts`, for the user to reword).
    specifics = [s for s in everything if s.usable and not s.clause_only]
    # a jot said only as a clause is its owner's (or the only interviewer's), added to their
    # share once the rest is handed out and paired: it moves nobody else's topic or claim
    said_whole = [s for s in everything if s.clause_only]
    lexicon = language.lexicon
    secret = [t for t in [*interview.topics, *interview.items] if confided(t, lexicon, interview)]
    secret += confided_parts
    if secret:
        warnings.append(f"left out of every note, as shown in confidence: {'; '.join(secret)}")
    if not everything:
        warnings.append(
            "no topics or details are recorded for this interview, so the note cannot mention "
            "what was discussed; add some (followup debrief, or --topic) for a better note"
        )
    elif any(s.doubts for s in everything):
        warnings.append(left_out_line(everything))
    if not quals and profile.qualifications:
        warnings.append(
            f"none of your profile's qualifications fits the {interview.role} role, so the note "
            "offers none; add one for this application with 'followup edit ID --qualification'"
        )
    elif not quals:
        warnings.append(
            "no qualifications recorded; add some with 'followup profile --qualification' "
            "(or 'followup edit ID --qualification' for this application)"
        )
    interviewers = interview.interviewers
    # One person recorded twice (the contact who also interviewed you, the second time with
    # no address) is one member of the panel, with the address the note goes to: the plan's
    # note to them says what was discussed with them, never a twin's share no note says.
    panel = [_with_address(p, interview.people) for p in interviewers]
    panel += [p for p in recipients if not any(same_person(p, q) for q in panel)]
    # An item someone showed is theirs: only the note to them thanks them for showing it.
    # The jot that says so is said as the item they showed ('thank you for showing me ...'),
    # and the recorded item with it is not said again.
    showings = shown_by(interview, language)
    showers = {raw: name for name, (raw, _, _) in showings.items()}
    jots = {jot: name for name, (_, _, jot) in showings.items()}

    def names_it(s: Specific) -> bool:  # the jot's phrase is the item ('the new kiln')
        raw = showings[jots[s.recorded]][0] if s.recorded in jots else ""
        return bool(raw) and _item_named(s.text, [raw]) is not None

    said_by_jot = {showings[jots[s.recorded]][0] for s in specifics if names_it(s)}
    specifics = [
        replace(s, kind="item", owner=jots[s.recorded])
        if names_it(s)
        else replace(s, owner=showers[s.recorded])
        if s.kind == "item" and not s.owner and s.recorded in showers
        else s
        for s in specifics
        if not (s.kind == "item" and s.recorded in said_by_jot)
    ]
    # an item a jot about one person speaks of is theirs; said only when that jot names no
    # problem (a rental quote in 'LED wall rental up 30%' is no showpiece)
    tied = {
        s.recorded: found
        for s in specifics
        if s.kind == "item" and not s.owner
        for found in [_item_jot_owner(s.recorded, interview, lexicon)]
        if found is not None and len(interviewers) > 1
    }
    specifics = [
        s if s.recorded not in tied else replace(s, owner=tied[s.recorded][0].name)
        for s in specifics
        if s.recorded not in tied
        or not _troubled(their_part(tied[s.recorded][1], language.wording), lexicon)
    ]
    watched = observers(interview)
    shares = distribute(panel, specifics, language, spoken_for(interview, lexicon), watched)
    # whoever has no address gets no email: their claim is handed out last
    unwritten = [i for i, p in enumerate(panel) if not p.email] if kind in _EMAILED else []
    pairings, _ = claimed_pairings(
        interview, panel, shares, quals, language, unwritten, profile.qualifications
    )
    needs = needs_for(interview, panel, pairings, quals, language, profile.qualifications)
    # a jot said whole that is the reader's own comes before a topic the record ties to
    # nobody, which their note only happened to be handed: what they raised is said first
    shares = [
        _own_first(
            [*share, *(x for x in said_whole if _is_theirs(x, p, interviewers))], p, interviewers
        )
        for p, share in zip(panel, shares, strict=True)
    ]
    # The coordinator was not in the room: what the interview covered, never the candidate's
    # own exercise or someone's story.
    told = [
        s
        for s in specifics
        if s.kind not in ("exercise", "story", "question", "priority", "event")
        # a failure, incident or finding against them, or a problem in the user's own words,
        # is never put in writing to someone who was not in the room (a goal said as one is:
        # 'Dr. Varma wants to bring the no-show rate down')
        and not (
            s.kind == "challenge"
            and (phrasing.jot_kind(s.jot or s.recorded, lexicon) or is_worded(s))
        )
        # nor a problem of theirs as news ('Hearing that the grid supply is unreliable …')
        and not (s.clause is not None and s.clause.kind == "problem")
        and s.recorded not in showers  # the item someone showed, or the jot that says so:
        and s.recorded not in jots  # thanked for in the pass line
        and _says_enough(s.about)
    ]
    # ... and where the note names someone they met (which says the day, and is a specific
    # of the interview: SPEC §4), no topic in an email (session 38 kept one of a few words;
    # session 39's dev recruiters still read 'It was good to talk about the liveness probe
    # in the interview', to a recruiter who was not on the panel, as telling her of a round
    # she never saw); a card, short, keeps one of a few words that is no item
    short = [
        s for s in told if s.kind != "item" and len(s.about.split()) <= _COORDINATOR_TOPIC_WORDS
    ]
    met = any(phrasing.name_parts(p.name).first for p in interviewers if p.name)
    coordinator_share = (short if kind == "card" else [])[:2] if met else told[:2]
    mail_by = None
    if plan is not None:
        mail_by = next((e.mail_by for e in plan.extras if e.kind == "card"), None)
    shown = [i for i in interview.items if not confided(i, lexicon, interview)]
    item = item_phrase(shown[0], language.lexicon.name_tails) if shown else None
    # everyone of the round seeds the choice of sentences, whoever this call writes to: the
    # plan's note to the coordinator and the interviewers' notes (--each) are two calls, and
    # their notes are sent alike (no two cards of a panel open on the same thanks)
    names = tuple(p.name for p in panel)
    names += tuple(
        p.name for p in interview.people if p.name and not any(same_person(p, q) for q in panel)
    )
    written = writer.Panel()
    company = phrasing.company_phrase(interview.company, language.lexicon, english.locale)
    role = phrasing.role_phrase(interview.role, language.lexicon)
    day = interview.interviewed
    # a letter carries its date (`on`) and a call is made that day; any other note may be
    # sent any day from `drafted` on
    when, day_word = when_words(day, on, english, None if kind in ("letter", "phone") else drafted)
    decision = decision_words(interview.deadline, on, english)
    decided = decided_words(interview.deadline, on, english)
    awaited = kind != "check-in" and closes.awaited(interview.notes, language.closes)
    round_final = closes.final_round(interview.notes, language.closes)
    step = next_step_words(interview.notes, interview, language) if kind != "check-in" else None
    asked_for = (
        closes.asked([*interview.topics, interview.notes or ""], language.closes)
        if kind != "check-in"
        else []
    )
    firsts = tuple(greeting_name(p, english.title_stop) for p in interviewers)
    doubts = tuple((s.recorded, s.text, s.doubts, not s.usable) for s in everything if s.doubts)
    topic_kinds = tuple((s.recorded, s.text, s.kind, s.usable) for s in everything)
    candidate = phrasing.person_name(profile.name.strip())
    # the greeting and the sign-off the notes quote ("'Hi Rob'", "'Kia ora Helen' etc is
    # normal here", "'Ngā mihi' to sign off is fine"): written as they ask
    saluted = asked_salutations(interview.notes)
    signed_off = greetings.asked_closing(interview.notes, candidate)
    own_notes = etiquette.notes_counted(interview.notes, len(interviewers))
    separate = separate_sessions(interview)
    facts: dict[int, NoteFacts] = {}
    order = [p for p in panel if p.role is not PersonRole.COORDINATOR]
    # then the coordinator, and anyone recorded twice whose panel entry took their address
    order += [p for p in recipients if all(p is not q for q in order)]
    # the untied claims said as statements of fit: how many notes say each (one at most,
    # _MAX_SAME_FIT)
    fit_said: Counter[str] = Counter()
    fit_beside: set[tuple[str, str]] = set()  # (a note's topic, the line said so in it)
    for person in order:
        # Whoever also interviewed you is written to as an interviewer.
        is_coordinator = person.role is PersonRole.COORDINATOR and not any(
            same_person(person, p) for p in interviewers
        )
        if is_coordinator:
            mine = coordinator_share
            # what the round needs, answered by the claim with the most substance
            # (every jot counts, said or not: the claim says nothing of them)
            jotted = [t for t in interview.topics if not phrasing.confidential(t, lexicon)]
            best = _choose(" ; ".join(jotted), quals, language, interview.role)
            pairing = pair_qualifications([mine], quals, language, profile.qualifications)[0]
            if pairing.qualification and pairing.topic is not None:
                # a pair by words alone ('installs' and 'inside sales') answers nothing: the
                # topic the claim answers in meaning (claims.fit, less the round's own
                # words), or none
                answered = _answered(mine, pairing.qualification, language, quals, interview.role)
                pairing = Pairing(pairing.qualification, answered)
            if best is not None and best.qualification != pairing.qualification:
                # said beside the topic it answers, when the note names one: the team's
                # need and the proof, one line the coordinator can forward to the panel
                answered = _answered(mine, best.qualification, language, quals, interview.role)
                pairing = Pairing(best.qualification, answered)
            elif best is None and pairing.topic is None and pairing.qualification:
                # nothing of the day it answers: the claim with the most substance, a result
                # before a scope of work before a credential ('an AI technician certificate')
                pairing = Pairing(_strongest(quals, language, profile.qualifications), None)
        else:
            twin = next((p for p in panel if same_person(p, person)), person)
            at = _index(panel, twin)
            mine, pairing = shares[at], pairings[at]
        need = None if is_coordinator else needs.get(at)
        if (
            need is not None
            and pairing.qualification
            and _answers(
                need.recorded,
                need.text,
                pairing.qualification,
                language,
                _background(interview.role, quals, language),
            )
        ):  # the claim chosen for them answers the need they stated: that one
            need = replace(need, qualification=pairing.qualification)
        if need is not None:  # what they said they need, answered by a qualification
            pairing = Pairing(need.qualification, None)
            mine = [x for x in mine if x.recorded != need.recorded]  # said whole, not its head
        if (
            pairing.topic is not None
            and mine
            and pairing.topic is not mine[0]
            and mine[0].owner != person.name  # what they raised comes first
        ):
            mine = [pairing.topic, *(x for x in mine if x is not pairing.topic)]
        mine = _point_first(mine, person, pairing, interviewers)
        moment = None if is_coordinator or kind == "check-in" else remembered.get(person.name)
        if moment is not None and moment.kind == "did":
            # what the moment says is not said again as the hook ('the borescope kit')
            mine = [x for x in mine if not _said_in(x, moment)]
        if moment is not None and moment.kind == "quote":
            # a jot that is their words in quotes is never a topic made of it ("we hire
            # people who …" as 'the hire people'), and never given back to them in quotes
            # either: recruiters graded the 26 notes of v33–v35 that did so 1.65 on average,
            # the quote their worst sentence in 14 (a scripted question, a joke about a car,
            # a correction in capitals, a private aside); a note says what they did instead
            mine = [x for x in mine if not _quoted_in(x, moment)]
            moment = None
        topic = mine[0] if mine else None
        # A second topic is said as 'also ... {detail}': only one of theirs or the team's.
        detail = next((x for x in mine[1:2] if x.kind in _DETAIL_KINDS and not x.clause_only), None)
        if pairing.topic is not None and all(pairing.topic is not x for x in (topic, detail)):
            # the claim answers a topic this note does not name: never tied to it ('…, and
            # I'd like to put that to work on X' with X said nowhere else)
            pairing = replace(pairing, topic=None)
        theirs = bool(topic) and (
            is_coordinator
            or len(interviewers) <= 1
            or topic.owner == person.name  # type: ignore[union-attr]
            or _names_them(topic.recorded, person)  # type: ignore[union-attr]
            or (topic.clause is not None and topic.clause.owner == person.name)  # type: ignore[union-attr]
        )
        first = panel_greeting(person, interviewers, english.title_stop, interview.country)
        named = is_a_person(person, first)  # 'HR', 'Recruiting', 'CA' are no one by name
        # a mailbox named after the company ('Desert Bloom' at Desert Bloom Home & Garden)
        named = named and not _company_words(person.name, interview.company)
        # a team's mailbox the record says someone writes from ('Mereana signs the emails',
        # core/greetings.signer) greets them by that name
        named = named or bool(person.called and is_a_name(person.called.split()[-1]))
        own = phrasing.name_parts(person.name).first
        # the plan's note (to the coordinator, or to the main contact when there is none)
        # passes thanks to every interviewer and thanks its reader for the help they gave;
        # a check-in, a week or more later, is about the decision: neither, nor the room
        plans = kind != "check-in" and (is_coordinator or plans_note(person, plan, each, interview))
        room = None
        if not is_coordinator and kind != "check-in":
            # an exercise tied to nobody is the reader's too when theirs is the only note
            alone = not any(p.email for p in interviewers if not same_person(p, person))
            room = room_part(person, specifics, showings, [topic, detail], alone)
            if moment is not None and moment.kind == "did":
                room = None  # what they did with the candidate is the moment's to say
        claim = (
            phrasing.qualification(pairing.qualification, language.lexicon)
            if pairing.qualification
            else None
        )
        # A claim answers something this reader raised (their topic, a point or concept of
        # theirs, a need they stated), said as such. A claim that answers nothing of theirs
        # (the one closest to their note in meaning, chosen per reader) is said once, as a
        # plain statement of fit in the close ('qual.fit', 'qual.fit.held' for a degree, a
        # credential or a language), rather than a generic offer to go through one's
        # background; one no other reader's note says so (_MAX_SAME_FIT: two notes with
        # the same line in the same frame-slot read alike; the plan's note, to someone
        # else, keeps its own), never one that is neither work done nor held (a fact of
        # one's life). Every note of the round is written here, sent or not, so a note
        # is the same drafted alone or with its panel.
        # a line said so already is never said again beside the same topic: two short notes
        # alike but for their greeting read as copies
        head = topic.recorded if topic else f"\x00{person.name}"
        avoid = frozenset(q for h, q in fit_beside if h == head)
        # no two notes of a panel say one untied line, with a topic or without (a roll-call
        # of the people met): said alike, they read as copies, and a lead that only keeps
        # them apart ('As my application sets out, …') is filler; a note left none makes
        # an offer of its own instead
        cap = _MAX_SAME_FIT
        # a claim that answers nothing is said in a personal note only when it names no topic
        # of its own (session 37: recruiters read 'I hold a white card.' beside a topic it
        # does not answer as a non-sequitur; such a note claims nothing, and its close says
        # what the candidate would bring); the plan's note (SPEC §4: relevant qualifications
        # are one of its six elements, and a qualification the user put in words for `draft`
        # is said there) and a call's points say it as before
        fits_alone = topic is None or plans or kind == "phone"
        # ... and in an email or letter whose topic no claim answers, inside its close, as what
        # the candidate would bring ('I'd be glad to bring my nine years in frontline
        # fundraising to …'), never as a sentence of its own: the close then says something
        # of this candidate, not 'bring my skills to the team' in note after note (session
        # 40's recruiters read that stock close as the template in most notes)
        asked_here = closes.asked_of(asked_for, person, is_coordinator)
        if asked_here and _sends(own_lines.get(person.name), asked_here):
            asked_here = None
        in_close = (
            not fits_alone
            and not is_coordinator
            and kind in ("email", "letter")
            and not asked_here
            and not decided
        )
        if (
            (fits_alone or in_close)
            and claim is None
            and need is None
            and not plans
            and not is_coordinator
        ):
            # the pairing left this reader none (a bigger panel than the list): the closest
            # line no other note says, if any is left (a line said twice more would make two
            # short notes alike)
            other = _fresh_fit(mine, quals, fit_said, language, cap, avoid)
            if other is not None and fit_said[other] < cap:
                pairing, claim = Pairing(other, None), phrasing.qualification(other, lexicon)
        untied = claim is not None and not (
            need is not None or pairing.topic is not None or pairing.concept or pairing.point
        )
        said_so = fit_said[pairing.qualification] if pairing.qualification else 0
        if untied and not plans and said_so:
            # said so in another note of the panel: the closest one said less, if any
            other = _fresh_fit(mine, quals, fit_said, language, cap, avoid)
            if other is not None and fit_said[other] < said_so:
                pairing, claim = Pairing(other, None), phrasing.qualification(other, lexicon)
        if (
            not plans
            and not is_coordinator
            and person.name in watched
            and kind in ("email", "letter")
            and claim is not None
            and untied
            and _held(claim)
        ):
            # a credential held that answers nothing of a reader who only watched, said
            # beside the thanks, reads as a random drop (session 42: 'I hold a BCom in
            # Finance from …' to an observer who asked nothing): left out
            pairing, claim = Pairing(None, None), None
        close_claim: tuple[str, bool] | None = None
        if in_close and claim is not None and untied:
            # years of work or work done only ('my nine years as a chief engineer', 'my
            # experience leading the move to Xero'): a degree or a credential brought to a
            # firm ('bring my English B1-B2 to …') reads oddly
            close_claim = claim_in_close(claim, language.wording)
            if close_claim is None:
                # the line closest to this reader reads only as a sentence of its own: the
                # closest of work done that no other note says, if any (session 45: most
                # notes of a panel closed on 'bring my skills to the team at …', graded the
                # template in notes recruiters gave 3)
                # (work done before a licence held: 'my forklift licence' says less)
                # a panel of more readers than such lines says one again, in another close
                # (session 45: recruiters read 'bring my skills to the team at …' as the
                # template in note after note; one line said twice in other words is not)
                other = _fresh_in_close(mine, quals, fit_said, language, (cap, cap + 1), avoid)
                if other is not None:
                    pairing, claim = Pairing(other, None), phrasing.qualification(other, lexicon)
                    close_claim = claim_in_close(claim, language.wording)
            in_close = close_claim is not None and role.lower() not in close_claim[0].lower()
        fit_close = (
            (fits_alone or in_close)
            and untied
            and claim is not None
            and (_fits(claim, lexicon) or claim_in_close(claim, language.wording) is not None)
            and (
                plans
                or (
                    fit_said[pairing.qualification or ""] < cap
                    and pairing.qualification not in avoid
                )
            )
        )
        # what this reader asked for, unless the user's own line for them sends it already
        # ("I've attached my presentation slides for Síle": never 'I can send my slides'):
        # asked_here, above
        if (
            fit_close
            and plans
            and interviewers
            and claim is not None
            and not claim_as_mine(claim)
            # ... where the close says what the candidate would bring (not one that offers
            # what was asked for, or says the decision date has passed)
            and not asked_here
            and not decided
            # ... as years of work, work done or a licence held ('With my experience leading
            # …, I'd be glad to join …': 'wrap.done')
            and (close_claim := claim_in_close(claim, language.wording)) is None
        ):
            # the plan's note says an untied claim only as what the candidate would bring,
            # inside its close ('wrap.fit'); one that reads only as a sentence of its own ('I
            # did my final placement at …', 'I'm a power user of CCS Candy.') is left out and
            # the close says what the candidate would bring (session 39: 'a CV fact dropped
            # on HR out of nowhere' was nine of the 26 notes dev recruiters graded 2); the
            # closest line that reads as what the candidate has is said instead, if any
            other = _fresh_in_close(mine, quals, fit_said, language, (cap + 1,), avoid)
            if other is None:
                fit_close = False
            else:
                pairing, claim = Pairing(other, None), phrasing.qualification(other, lexicon)
                close_claim = claim_in_close(claim, language.wording)
        if fit_close and claim is not None and close_claim is None and not claim_as_mine(claim):
            # a note with no topic of its own says its line inside the close too, where it
            # reads as what the candidate has
            close_claim = claim_in_close(claim, language.wording)
        if untied and not fit_close:
            pairing, claim = Pairing(None, None), None
        if claim is not None and restates(own_lines.get(person.name), pairing.qualification):
            # the user's own line for them says it already ('I have completed the course and
            # will sit the exam in February' twice): the line says it, once
            pairing, claim, need = Pairing(None, None), None, None
        if fit_close and pairing.qualification:
            fit_said[pairing.qualification] += 1
            if not plans:
                fit_beside.add((head, pairing.qualification))
        # whoever the user's own line for this reader speaks of already ('Could you let Sue
        # know …') is not asked to be thanked again after it
        said_line = own_lines.get(person.name)
        # thanks the notes ask this reader to pass on ('thank thabo too - via candice'):
        # asked in a line of its own, unless the user's line says it already
        passing = [
            n for n in thanks_on.get(person.name, []) if n.lower() not in (said_line or "").lower()
        ]
        # ... the plan's note names a panellist among those it passes thanks to, first
        on_panel = [n for n in passing if any(n.lower() in p.name.lower() for p in interviewers)]
        named_first = on_panel if plans else []
        passing = [n for n in passing if n not in named_first]
        if passing:
            ask = f"Please also thank {join_names(passing)} for me."
            said_line = f"{said_line} {ask}" if said_line else ask
        line = said_line or ""
        people = thanked(
            [
                p
                for p in interviewers
                if not _named_in(line, p)
                and not _called(p, passing)
                # the notes give each interviewer an email of their own ('3 short emails'):
                # the plan's note thanks only those without an address
                and not (own_notes and p.email and kind in _EMAILED)
            ],
            person,
            english.title_stop,
            language.bank.slots.get("people.many", ()),
            f"{interview.company}\x00{profile.name}",
            lead=is_coordinator and topic is None and item is None,
            rest=language.bank.slots.get("people.rest", ()),
            asked=named_first,
        )
        point = _point(topic, person, theirs, is_coordinator, interviewers, english, known, lexicon)
        values: dict[str, str | None] = {
            # an interview by phone: no frame thanks them for seeing or meeting the candidate
            "by_phone": "yes" if interview.format is Format.PHONE else None,
            # the notes say this round was the last: no close offers 'a next step'
            "round_final": "yes" if round_final else None,
            # a personal note to someone the notes say only watched: its close asks them for
            # nothing they do not decide ('wrap.observer'; session 43: 'asks an observing
            # nurse educator about next steps', graded 2)
            "observer": "yes"
            if not plans and not is_coordinator and person.name in watched
            else None,
            "own_line": said_line,
            # a whole name in the greeting ('Goh Mei Xian') is never said again in the body
            "first": first
            if named and first == greeting_name(person, english.title_stop, own=True)
            else None,
            "formal": "yes" if named and (_by_title(first) or person.greeting) else None,
            "topic": _spelled(
                _told(topic, topic.about if is_coordinator else _yours(topic.text, own)),
                topic.recorded,
                english.spelling,
                figures=not is_worded(topic),
            )
            if topic and not topic.clause_only
            else None,
            "topic_about": _spelled(
                _told(topic, topic.about),
                topic.recorded,
                english.spelling,
                figures=not is_worded(topic),
            )
            if topic and not topic.clause_only
            else None,
            "topic_by": _topic_by(topic, interviewers, english.title_stop),
            "feedback_point": _said(topic, person, "point"),
            "feedback_advice": _said(topic, person, "advice"),
            "feedback_about": _said(topic, person, "about"),
            "topic_owned": "yes" if theirs else None,
            # your own test, task or role play (done, not presented): never 'talk you through'
            "topic_sat": "yes"
            if topic and topic.kind == "exercise" and not presented(topic.text, language.lexicon)
            else None,
            # an exercise done before the day (a take-home, pre-work): never 'part of the day'
            "topic_before": "yes"
            if topic and topic.kind == "exercise" and _BEFORE_THE_DAY.search(topic.recorded)
            else None,
            "topic_plural": "yes"
            if topic and not topic.clause_only and takes_them(topic.text, language.wording)
            else None,
            "topic_about_plural": "yes"
            if topic and not topic.clause_only and takes_them(topic.about, language.wording)
            else None,
            "detail_plural": "yes"
            if detail and takes_them(detail.text, language.wording)
            else None,
            "detail": _spelled(
                _told(detail, detail.about if is_coordinator else _yours(detail.text, own)),
                detail.recorded,
                english.spelling,
            )
            if detail
            else None,
            "item": item,
            "when": when,
            # the employer's decision date is said to whom the plan writes (the coordinator,
            # or the main contact) and to the one the record marks as deciding (the hiring
            # manager, whom the job reports to, who chaired: closes.decides): a personal note
            # to a peer on the panel, a future report or the comms manager does not press
            # them for it
            "decision": decision
            if plans
            or kind == "check-in"
            or closes.decides(person.title, language.closes)
            or said_the_decision(person, interview.notes)
            else None,
            "decided": decided,
            "day": day_word,
            "company": company,
            "role": role,
            "qual": _mid_sentence(_spelled(claim.clause, pairing.qualification, english.spelling))
            if claim and pairing.qualification
            else None,
            # a course or a credential earned is held, never work done ('I've done that kind
            # of work before, since I have completed a GMP course')
            "qual_held": "yes" if claim and (claim.form == "life" or _held(claim)) else None,
            # a fact of one's life or the user's own sentence: said as it is, never as
            # experience to put to use
            "qual_plain": "yes" if claim and claim.form in ("life", "sentence") else None,
            # an untied claim in the plan's note: said in its close as a plain statement of fit
            "qual_fit": "yes" if fit_close else None,
            # ... said only inside the close, never as a sentence of its own before it (a
            # personal note with a topic: a CV line there reads as a non sequitur)
            "qual_close_only": "yes" if fit_close and in_close and not fits_alone else None,
            # ... said as what the candidate would bring, inside the close ('wrap.fit': 'I'd
            # be glad to bring my eight years as a barista to …'), where it reads so
            "qual_mine": _spelled(
                owned_claim,
                pairing.qualification or "",
                english.spelling,
                # a licence's name keeps its figures ('Part-66 B1.1 Aircraft Maintenance')
                figures=not _HELD_LINE.match(claim.clause),
            )
            if fit_close
            and claim
            and (owned_claim := close_claim[0] if close_claim else claim_as_mine(claim))
            else None,
            # ... work done, said with its gerund ('my experience leading …'): in a close
            # where it ends before a comma or a verb ('wrap.done'), never before 'to {company}'
            "qual_done": "yes" if fit_close and close_claim and close_claim[1] else None,
            # what of theirs the claim answers, named in its bridge ('When it comes to the
            # core funding application, I have written …'): never 'On that' after another line
            "tied": _spelled(
                pairing.topic.about if is_coordinator else _yours(pairing.topic.text, own),
                pairing.topic.recorded,
                english.spelling,
                figures=not is_worded(pairing.topic),
            )
            if claim and pairing.topic is not None and not pairing.topic.clause_only
            else None,
            # the user's own paragraph: said whole, after what ties it ('bridge.long')
            "qual_long": "yes" if claim and re.search(r"[.!?]\s", claim.clause) else None,
            "people": people,
            # a roll-call of five names or more takes only the frames that carry it well
            # (data/sentences.toml "c_pass.many", "pass.many")
            "people_many": "yes" if people and people.count(", ") >= 3 else None,
            "awaited": "yes" if awaited else None,
            # the next step the notes name: in the plan's note and the coordinator's, and in
            # the note to whoever the step is with ('a store visit with Brendan'); a panel's
            # notes do not all close on the same step
            "next_step": step
            if step and (plans or is_coordinator or _names_them(step, person))
            else None,
            "asked": asked_here,
            "pass_people": people if plans and not is_coordinator else None,
            # a team's mailbox is asked to pass nothing on: the thanks are said, not asked for
            "inbox": None if named else "yes",
            **(_pass_shown(interviewers, person, showings, english.title_stop) if plans else {}),
            "help": help_given(
                person, interview.notes, language.wording, language.lexicon.word_classes
            )
            if plans
            else None,
            "room_mine": room[0] if room and room[1] == "mine" else None,
            "room_set": room[0] if room and room[1] == "set" else None,
            "room_item": room[0] if room and room[1] == "item" else None,
            "room_panel": room[0] if room and room[1] == "panel" else None,
            # never 'met you along with Mark and Tyler' after a loop of separate sessions
            "panel_people": _met_with(interviewers, person, english.title_stop)
            if not is_coordinator and not separate
            else None,
            # a card to the coordinator with nothing of the day to name: the people the
            # candidate met, by name ('card_spec.met'), never a topic they were not there for
            "card_met": _met_with(interviewers, person, english.title_stop)
            if kind == "card" and is_coordinator and topic is None
            else None,
            # a jot whose words had to be guessed at ('penalty + interest', 'new stats pkg'):
            # said in a frame safe for any noun phrase (core/writer.py _SAFE_FRAME)
            "topic_unsure": "yes"
            if topic
            and topic.doubts
            and not topic.clause_only
            and topic.kind not in ("exercise", "story", "question", "event")
            else None,
            "topic_thin": "yes"
            if topic and not point and not _names_enough(topic.about, language, names_count=False)
            else None,
            **point,
            "name": candidate,
            "number": phone_for(profile.phone, interview.country),
            "need": need.text if need else None,
            "concept": pairing.concept if claim else None,
            "claim_point": (
                pairing.point
                or _point_of(pairing.topic, topic, person, claim.clause, lexicon, english)
            )
            if claim
            else None,
            "need_theirs": "yes" if need and need.theirs else None,
            # their plan or challenge and the claim that answers it, said in one sentence
            "bridge_hook": "yes"
            if claim
            and not is_coordinator
            and need is None
            and topic is not None
            and pairing.topic is topic
            and not topic.clause_only
            and topic.kind in ("plan", "challenge")
            else None,
            **_moment_values(moment, on, english),
        }
        if _same_point(values.get("point"), values.get("claim_point")):
            # the bridge says their point whole ('Since you want …, it may help that I …'):
            # the hook does not say it first as well
            values.update(dict.fromkeys(("point", "point_other", "point_ing", "point_kind")))
        seed = person.name

        def pick(slot: str, n: int, seed: str = seed) -> int:
            return choose(slot, n, seed, names)

        w = writer.Writer(language.bank, values, pick, written, english.spelling)
        w.feel(values.get("own_line"))  # the user's own line says its words of feeling too
        # every note written after the window says so, once and briefly, each in its own
        # words (a panel's notes never share the apology): none pretends to be on time
        late_here = late
        text = _write_note(w, kind, language.bank, is_coordinator, topic, pairing, late_here, pick)
        other = next((q for q in quals if q != pairing.qualification), None)
        facts[id(person)] = NoteFacts(
            kind=kind,
            to_name=person.name,
            to_first=first,
            to_title=person.title or None,
            to_email=person.email or None,
            to_phone=phone_for(person.phone, interview.country),
            to_is_coordinator=is_coordinator,
            interviewers=tuple(p.name for p in interviewers),
            interviewer_firsts=firsts,
            company=phrasing.company_name(interview.company, language.lexicon, english.locale),
            role=interview.role,
            format=interview.format.value,
            meeting=MEETING[interview.format],
            interview_day=day,
            day_name=f"{day:%A}",
            date_text=english.day(day),
            letter_date=english.letter_date(on),
            topic=values["topic"],
            topic_is_item=bool(topic and topic.kind == "item"),
            detail=values["detail"],
            item=item,
            topics=tuple(s.text for s in specifics),
            qualification=pairing.qualification,
            qual_clause=values["qual"],
            qual_topic=pairing.topic.text if pairing.topic else None,
            other_qualification=other,
            other_qual_clause=phrasing.qualification(other, language.lexicon).clause
            if other
            else None,
            candidate_name=candidate,
            candidate_first=phrasing.name_parts(candidate).first,
            candidate_email=profile.email or None,
            candidate_phone=phone_for(profile.phone, interview.country),
            mail_by=mail_by,
            mail_by_text=f"{mail_by:%A} {english.letter_date(mail_by)}" if mail_by else None,
            seed=seed,
            plural=tuple(x.text for x in specifics if takes_them(x.text, language.wording)),
            panel=names,
            warnings=tuple(warnings),
            subject=text["subject"],
            greeting=f"{greetings.salutation_word(person, first, saluted)} {first},"
            if named
            else f"Dear {_by_role(person, plans)},",
            paragraphs=tuple(text["paragraphs"]),
            closing=signed_off or text["closing"],
            speech=text["speech"],
            topic_kind=topic.kind if topic else None,
            locale=english.locale,
            purpose=purpose(person, plan, each, interview, kind),
            late=late_here,
            when=when,
            to_written=phrasing.person_name(person.name),
            letter_greeting=(
                f"Dear {person.greeting or phrasing.formal_name(person.name, english.title_stop)}"
                if named
                else "Dear Hiring Team"
            )
            + english.salutation_end,
            sign_off=english.sign_off,
            candidate_address=_lines(getattr(profile, "address", None)),
            recipient_address=_lines(
                getattr(person, "address", None) or getattr(interview, "address", None)
            ),
            company_name=company,
            doubts=doubts,
            topic_kinds=topic_kinds,
            guessed=guessed_in(text["paragraphs"], [topic, detail, pairing.topic], lexicon),
        )
    return [facts[id(p)] for p in recipients]


def guessed_in(
    paragraphs: Sequence[str], said: Sequence[Specific | None], lexicon: phrasing.Lexicon
) -> tuple[tuple[str, str], ...]:
    """(phrase, recorded) of each specific a note's `paragraphs` say by a phrase followup
    guessed (SALVAGED: the one thing a jot that reads as no phrase seemed to be about) whose
    jot goes on to say what that thing did or how it stands ('front desk scores dropping',
    'CARO reporting takes forever'): the note names the thing without what was said of it,
    so the draft's own check has the user read it before it is called ready. A guess whose
    jot goes on with where or when ('the SQF audit in May') loses nothing of the point."""
    body = " ".join(paragraphs).lower()
    out = []
    for s in said:
        if s is None or SALVAGED not in s.doubts or s.clause_only:
            continue  # a whole thought read from the jot ('merchants want …') is no guess
        if not any(p and p.lower() in body for p in (s.text, s.about)):
            continue
        if _judged_after(s.text, s.recorded, lexicon):
            out.append((s.text, s.recorded))
    return tuple(dict.fromkeys(out))


def _judged_after(phrase: str, recorded: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether the jot goes on, right after the phrase's last word, with what the thing did or
    how it stands: a verb ('dropping', 'takes', 'was') or a judging word ('slow'), an adverb
    ('still') first allowed."""
    classes = lexicon.word_classes
    words = phrase.lower().split()
    toks = re.findall(r"[\w'’-]+|[^\w\s]", recorded.lower())
    if classes is None or not words or words[-1] not in toks:
        return False
    at = len(toks) - 1 - toks[::-1].index(words[-1])
    rest = toks[at + 1 : at + 3]
    if rest and rest[0] in lexicon.slots.topic_never | {"still", "now", "often"}:
        rest = rest[1:]  # 'appeal still printed'
    if not rest:
        return False
    nxt = rest[0]
    if nxt in lexicon.slots.topic_predicates or nxt in lexicon.slots.auxiliaries:
        return True
    tags = classes(nxt)
    return bool(tags & {"VBG", "VBZ", "VBD"}) and "NOUN" not in tags


# the forms of a line of experience ('I have spent …', 'I have led …', the user's own
# sentence), and a post held ('I have served as …'): what a statement of fit can say it
# would bring as experience; a credential or a title held ('I am an Ontario Certified
# Teacher') is said as held instead (_HELD_FIT_FORMS)
_FIT_FORMS = frozenset(["years", "achievement", "sentence"])
# the forms of a qualification held (a degree, a credential, a language): a statement of fit
# says them as held ('qual.fit.held': 'I hold …'), never as experience; a first degree the
# role takes for granted never (_entry_degree)
_HELD_FIT_FORMS = frozenset(["credential", "degree", "adjective"])


# what says a credential earned or to come, not work done ('cleared CA Foundation', 'will be
# awarded QTS'): no experience to bring
_NOT_WORK = re.compile(
    r"\b(?:will|cleared|passed|earned|obtained|awarded|completed|certified|licensed|qualified|"
    r"trained|studying|sit|sitting)\b",
    re.I,
)


# a course or a credential begun and not finished ('I have started the CPA core 1 module',
# 'I began a Level 5 diploma'): something under way, no experience to bring
_BEGUN = re.compile(r"\b(?:started|starting|began|begun|enrolled|enrolling|pursuing)\b", re.I)
_COURSE = re.compile(
    r"\b(?:course|module|core|program|programme|exam|exams|diploma|degree|certificate|"
    r"certification|qualification|apprenticeship|studies|paper|units?|levels?|licen[cs]e)\b"
    # a degree by its letters ('I hold a BCom in Finance', 'I have an MSc'), as typed
    r"|\b(?-i:B\.?(?:A|Sc|Com|Ed|Eng|Tech|Pharm|Arch|Acc|BA|S|N|SN|SW)|M\.?(?:A|Sc|Com|Ed|Eng|"
    r"Phil|Pharm|BA|PH|S|SW|N)|Ph\.?D|D\.?Phil|LL\.?[BM]|HND|HNC|BTEC)\b",
    re.I,
)


def _fits(claim: phrasing.Qualification, lexicon: phrasing.Lexicon) -> bool:
    """Whether a claim can be said as a statement of fit: a line of experience (_says_work)
    or a degree, a credential or a language held (_HELD_FIT_FORMS), never a first degree the
    role takes for granted (_entry_degree)."""
    if _entry_degree(claim, lexicon):
        return False
    return _says_work(claim, lexicon) or claim.form in _HELD_FIT_FORMS


def _entry_degree(claim: phrasing.Qualification, lexicon: phrasing.Lexicon) -> bool:
    """Whether a claim says only a first degree ('I hold a JD', 'I hold a BS in Computer
    Science'; data/phrasing.toml entry_degrees): said untied, it answers nobody's concern."""
    held = re.match(r"I hold an? ([\w.'’]+)", claim.clause)
    return (
        claim.form == "degree"
        and held is not None
        and held.group(1).lower().rstrip(".") in lexicon.entry_degrees
    )


def _fit_sayable(q: str, lexicon: phrasing.Lexicon) -> bool:
    """Whether a qualification can be said with confidence as a statement of fit."""
    claim = phrasing.qualification(q, lexicon)
    return claim.sure and _fits(claim, lexicon)


def _fresh_fit(
    share: Sequence[Specific],
    quals: Sequence[str],
    said: Mapping[str, int],
    language: Language,
    cap: int = _MAX_SAME_FIT,
    avoid: Collection[str] = (),
    keep: Callable[[str], bool] | None = None,
) -> str | None:
    """Of `quals`, the one the panel's other notes say least as a statement of fit (`said`:
    how many say each), then the closest in meaning to a note's topics (phrasing.relatedness;
    the record's order breaks ties), that fewer than `cap` notes say, none of `avoid`, that
    can be said so with confidence and that `keep` keeps; None when none is left."""
    lexicon = language.lexicon
    left = [
        q
        for q in quals
        if said.get(q, 0) < cap
        and q not in avoid
        and _fit_sayable(q, lexicon)
        and (keep is None or keep(q))
    ]
    if not left:
        return None

    def rank(q: str) -> tuple[int, int, int]:
        near = max((phrasing.relatedness(s.recorded, q, lexicon) for s in share), default=0)
        return (-said.get(q, 0), near, -quals.index(q))

    return max(left, key=rank)


def _held(claim: phrasing.Qualification) -> bool:
    """Whether a claim says something held (a credential, a degree, a state or role one is
    in, a course completed), never work done."""
    return claim.form in ("credential", "degree", "adjective", "person") or _course_done(claim)


def _course_done(claim: phrasing.Qualification) -> bool:
    """Whether a claim says a course, a certificate or training completed or earned ('I have
    completed an introductory GMP course', 'I have passed the CIMA exams'): something held,
    said as such, never as work done."""
    verb = _NOT_WORK.search(claim.clause)
    if verb is not None and _COURSE.search(claim.clause[verb.end() :]) is not None:
        return True
    # 'I hold an ICH GCP certificate from 2024', 'I have a CPC licence': held, no work done
    held = _HOLDS.match(claim.clause)
    return held is not None and _COURSE.search(claim.clause[held.end() :]) is not None


_HOLDS = re.compile(r"(?i)\s*I\s+(?:hold|have|own|got|carry)\b")


def _says_work(claim: phrasing.Qualification, lexicon: phrasing.Lexicon) -> bool:
    """Whether a claim says work done (a line of experience), as a statement of fit can:
    never a credential earned or to come, nor a course or credential begun."""
    work = claim.form in _FIT_FORMS or claim.clause.startswith(
        ("I have served as ", "I have worked as ")
    )
    begun = _BEGUN.search(claim.clause)
    if begun:
        after = claim.clause[begun.end() :]
        credentials = lexicon.person_credentials | lexicon.held_credentials | lexicon.degrees
        named = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", after)}
        if _COURSE.search(after) or named & credentials:
            return False
    return work and not _NOT_WORK.search(claim.clause)


_COPULAR = re.compile(r"^(?!(?:i|we|it|this|that|there)\b)(\w[\w' -]*?) (?:is|are)\b (.+)$", re.I)
_DETAIL_KINDS = ("plan", "process", "topic")  # 'I also enjoyed hearing about': no problems


TOO_LITTLE = "it says too little to name what you discussed: say a little more"


def _names_enough(text: str, language: Language, names_count: bool = True) -> bool:
    """Whether a topic names something in particular: two words besides closed-class and
    generic words ('the bench tour', 'the new depot'; not 'the hospital job' or 'the case
    discussion'), or (`names_count`) a name ('the Atlas dashboard'); never words that only
    stand for something unsaid ('the big push', 'the whole thing': `Wording.vague_words`)."""
    slots = language.lexicon.slots
    skip = slots.determiners | slots.prepositions | slots.conjunctions
    skip = skip | language.wording.generic_words
    kept = [w for w in re.findall(r"[\w'’&-]+", text) if w.lower() not in skip]
    if all(w.lower() in language.wording.vague_words for w in kept):
        return False  # 'the big push', 'the main change': a name for something unsaid
    return len(kept) >= 2 or (names_count and any(w[:1].isupper() for w in kept))


_HAS = re.compile(
    r"^I (?:have spent |hold (?:an?|the) "
    r"|have (?=(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years?|months?) of\b))(?P<rest>.+)$"
)


def claim_as_mine(claim: phrasing.Qualification) -> str | None:
    """A claim of years of work or a degree or credential held, as what the candidate has
    ('I have spent eight years as a barista' -> 'my eight years as a barista', 'I hold an
    MBA' -> 'my MBA'); None for any other (an achievement, a sentence of the user's own)."""
    if claim.form not in ("years", "degree", "credential"):
        return None
    m = _HAS.match(claim.clause)
    rest = m["rest"] if m else ""
    if not rest or len(rest.split()) > 12 or re.search(r"[,;]| and I\b", rest):
        return None  # a long or two-part claim reads best as its own sentence
    if claim.form != "years" and _EVERYDAY_HELD.search(rest):
        return None  # 'bring my Ohio driver's license to …' says nothing of the work
    return f"my {rest}"


_YEARS_OF = re.compile(
    r"^I(?: have|'ve)(?: spent| worked)? "
    r"(?P<rest>(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years?|months?)\b.+)$"
)
_DONE = re.compile(r"^I(?: have|'ve)? (?P<verb>[a-z]+)(?P<rest> .+)$")
# a licence, a ticket, a card or a certificate held ('I hold an unrestricted electrical
# licence', 'I have my white card')
_HELD_LINE = re.compile(
    r"^I (?:hold|have) (?:an?|my|the) (?P<rest>[^,;]*?\b(?:licen[cs]e|ticket|certificate|"
    r"certification|accreditation|registration|rating|endorsement)s?\b.*)$",
    re.I,
)
# ... never the licence everyone has for a car ('my UAE driving licence would help' says
# nothing of the work), and never a right to work
_EVERYDAY_HELD = re.compile(
    r"(?i)\b(?:driving|driver'?s|two-wheeler|four-wheeler|car|motorbike|learner'?s|visa|permit"
    r"|blue card|work rights|residency|citizenship)\b"
)
# where a line of work done turns to a second thought ('…, the last six as …', '… which
# cut …', '… - and I …'): a close says only what comes before
_SECOND_THOUGHT = re.compile(
    r",|;|:|\(|\s[-–—]\s|\s(?:which|so|where|while|because|including|then|and I)\b"
)


def claim_in_close(claim: phrasing.Qualification, wording: Wording) -> tuple[str, bool] | None:
    """A claim said inside a close as what the candidate has: years of work ('I have 13
    years in radio, the last six as …' -> ('my 13 years in radio', False)) or work done,
    with its gerund (data/drafting.toml work_gerunds: 'I led the move to Xero in 2024' ->
    ('my experience leading the move to Xero in 2024', True)), or a licence, ticket or
    certificate held ('I hold an unrestricted electrical licence' -> ('my unrestricted
    electrical licence', True)); only its first thought, of 2 to 12 words. True: said only
    where it ends before a comma or a verb ('wrap.done'). None for anything else (a degree,
    a course passed, a fact of one's life, a long line)."""
    if claim.form == "years" and (mine := claim_as_mine(claim)):
        return mine, False
    if claim.form not in ("years", "sentence", "achievement"):
        return None
    clause = claim.clause.strip().rstrip(".")
    if m := _YEARS_OF.match(clause):
        rest = _SECOND_THOUGHT.split(m["rest"], maxsplit=1)[0].strip()
        return (f"my {rest}", False) if 3 <= len(rest.split()) <= 12 else None
    if held := _HELD_LINE.match(clause):
        # a licence, a ticket or a certificate held (never a degree: 'my BSc' brought to a
        # firm reads as the CV's first line)
        rest = _SECOND_THOUGHT.split(held["rest"], maxsplit=1)[0].strip()
        # a second thing held, never a second clause ('… licence and speak Urdu')
        rest = re.split(r"\s+and\s+(?![A-Z0-9]|(?:an?|my|the|full|current)\b)", rest)[0]
        first = rest.split()[0].lower().strip(".'’s") if rest else ""
        if (
            first in wording.degree_leads
            or not 2 <= len(rest.split()) <= 10
            or _EVERYDAY_HELD.search(rest)
        ):
            return None
        return f"my {rest}", True
    m = _DONE.match(clause)
    if m is None:
        return None
    verb, rest = m["verb"].lower(), m["rest"]
    gerund = None
    two = rest.split(maxsplit=1)
    if two and (phrasal := wording.work_gerunds.get(f"{verb} {two[0].lower()}")):
        gerund, rest = phrasal, f" {two[1]}" if len(two) > 1 else ""
    gerund = gerund or wording.work_gerunds.get(verb)
    if gerund is None:
        return None
    rest = _SECOND_THOUGHT.split(rest, maxsplit=1)[0].strip()
    if rest.split()[:1] in (["and"], ["or"]):
        return None  # 'I trained and mentored …': two verbs, no one gerund says them
    # a second deed ('… checklist and ran our year-end close'): the first only
    deeds = rest.split(" and ")
    for at in range(1, len(deeds)):
        verb_after = deeds[at].split()[0].lower() if deeds[at].split() else ""
        if verb_after in wording.work_gerunds or verb_after.endswith("ed"):
            rest = " and ".join(deeds[:at]).strip()
            break
    if len(rest.split()) > 10 and " and " in rest:
        rest = rest.split(" and ", 1)[0].strip()
    if not 2 <= len(rest.split()) <= 12 or re.search(r"\b(?:I|me|we|us)\b", rest):
        return None
    # 'our' was the old team's: to a new employer it reads as theirs
    rest = re.sub(r"\b[Oo]ur\b", "my team's", rest)
    return f"my experience {gerund} {rest}", True


def _fresh_in_close(
    share: Sequence[Specific],
    quals: Sequence[str],
    said: Mapping[str, int],
    language: Language,
    caps: Sequence[int],
    avoid: Collection[str],
) -> str | None:
    """`_fresh_fit` of the lines a close can say as what the candidate has (claim_in_close):
    under each of `caps` in turn, work done or years of work before a licence held."""
    for cap in caps:
        for done_only in (True, False):
            keep = _in_close_sayable(language, done_only)
            if (q := _fresh_fit(share, quals, said, language, cap, avoid, keep=keep)) is not None:
                return q
    return None


def _in_close_sayable(language: Language, done_only: bool = False) -> Callable[[str], bool]:
    """Whether a qualification can be said inside a close (claim_in_close); with `done_only`,
    only work done or years of work, never a licence held."""
    lexicon, wording = language.lexicon, language.wording

    def sayable(q: str) -> bool:
        claim = phrasing.qualification(q, lexicon)
        said = claim_in_close(claim, wording)
        return said is not None and not (done_only and _HELD_LINE.match(claim.clause))

    return sayable


def _says_enough(about: str) -> bool:
    """Whether a topic said to someone else names something ('the team', from "dana's team
    = ...", does not)."""
    return len([w for w in about.split() if w.lower() not in ("the", "a", "an", "your")]) >= 2


def _names_them(recorded: str, person: Person) -> bool:
    """Whether a jotted topic names the person ('kwame's story', 'victor's plan')."""
    names = [k for k in name_keys(person) if len(k) > 2 and k not in _COMMON_FIRST_NAMES]
    said = _folded(recorded)  # 'marc-andre' names Marc-André
    return any(re.search(rf"\b{re.escape(_folded(n))}\b", said, re.I) for n in names)


_SENT = re.compile(
    r"(?i)\b(?:attached|attaching|enclosed|enclosing|sent|sending|here (?:is|are))\b"
)


def _sends(line: str | None, asked: str) -> bool:
    """Whether a line of the user's own sends what was asked for ("I've attached my slides",
    'I've sent the writing sample'): it says so and names a word of substance of it
    (`_substance`, as a reader compares two sentences)."""
    return bool(line and _SENT.search(line) and _substance(asked) & _substance(line))


# the most words a topic of the day takes in a card to a coordinator who was not there
_COORDINATOR_TOPIC_WORDS = 12


_PREFIX_GIVEN = frozenset(
    ["mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohd", "md", "mohamad"]
)


def _called_by_second(person: Person) -> str | None:
    """A name of two words whose address opens on the second, then the first's initial or
    nothing ('Mohammed Irfan' with irfan.m@…): the name they go by is the second ('Dear
    Irfan,'; session 45: 'Dear Mohammed,' to a man whose colleagues call him Irfan)."""
    words = phrasing.untitled_name(phrasing.bare_name(person.name)).split()
    if len(words) != 2 or not person.email:
        return None
    tokens = [t for t in re.split(r"[._+-]", person.email.split("@")[0].lower()) if t]
    first, second = (_folded(w).lower() for w in words)
    # only after a first name many men carry before the one they go by: 'lee.a@' for Anna
    # Lee is her family name and initial
    if first not in _PREFIX_GIVEN or not tokens or tokens[0] != second:
        return None
    if len(tokens) > 1 and tokens[1] not in (first[:1], first):
        return None
    return words[1] if words[1][:1].isupper() else phrasing.person_name(words[1])


def _one_given_name(person: Person) -> str | None:
    """Two words typed as a name that the person's address writes as one, before a family
    name ('wei jie' with weijie.lim@…, 'Mei Ling' with meiling.tan@…): one given name of two
    words, said whole ('Wei Jie'), never its first half ('Dear Wei,')."""
    words = phrasing.untitled_name(phrasing.bare_name(person.name)).split()
    if len(words) != 2 or not person.email:
        return None
    tokens = [t for t in re.split(r"[._+-]", person.email.split("@")[0].lower()) if t]
    if len(tokens) < 2 or tokens[0] != _folded("".join(words)).lower():
        return None
    return " ".join(phrasing.person_name(w) if w.islower() else w for w in words)


def greeting_name(person: Person, title_stop: bool = True, own: bool = False) -> str:
    """How a note names `person` (phrasing.salutation), except that a title before a lone
    first name ('Dr. Karen' with karen@… or karen.holt@…) is never said: 'Karen'. A greeting
    the record or the reader's culture fixes (Person.greeting: 'Okada-san') comes first. A
    nickname typed in quotes beside the first name ("Patricia 'trish' O'Connell") greets
    them in their `own` note, capitalised ('Dear Trish,': the name they asked to be called;
    a user's report of s12), but names them to anyone else by the first name ('Patricia'):
    a coordinator or another reader may never have heard it. A quote, bracket or stop a jot
    left at the edges of a name is never said (person_names.without_strays)."""
    return without_strays(_greeting_name(person, title_stop, own))


# the courtesy titles of a form of address said as English writes them, in the recipient's
# style ('Sra. Iturriaga' -> 'Ms Iturriaga' in British use, 'Mrs Fairclough' -> 'Mrs.
# Fairclough' in American): the titles of phrasing.TITLES that stand for these
_RESTYLED = frozenset(
    ["mr", "mrs", "ms", "mx", "dr", "prof", "rev", "sra", "srta", "frau", "herr", "mme",
     "madame", "monsieur", "dott", "dra", "doña", "dña"]
)  # fmt: skip


def _styled(form: str, title_stop: bool) -> str:
    """A form of address the record or the line fixes ('Mrs. Adeyemi-Okon', 'Sra. Valdés'),
    its courtesy title in English and in the recipient's style of stops; as it is otherwise
    ('Ato Girma', 'Tuan Haji Azlan', 'M. Vuille')."""
    head, _, rest = form.partition(" ")
    key = head.lower().rstrip(".")
    if not rest or key not in _RESTYLED:
        return form
    title = phrasing.TITLES[key]
    stop = "." if title_stop and title in ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev") else ""
    return f"{title}{stop} {rest}"


def _greeting_name(person: Person, title_stop: bool, own: bool) -> str:
    if person.called or person.greeting:
        return _styled(person.called or person.greeting or "", title_stop)
    joined = _one_given_name(person) or _called_by_second(person)
    if joined:
        return joined
    parts = phrasing.name_parts(person.name)
    # 'Mr', 'Ms', 'Mrs' go before a surname ('Ms Hollis'); 'Dr. Karen' may be a first name
    if parts.title in ("Dr", "Prof", "Professor") and not parts.first and person.email:
        local = person.email.split("@")[0].lower()
        name = parts.last.lower()
        if local == name or local.startswith((f"{name}.", f"{name}_", f"{name}-")):
            return parts.last
    said = phrasing.salutation(person.name, title_stop)
    goes_by = _nicknames(person.name)
    # a name typed whole in quotes ("'Skipper Dunne'") is the only name known: said whole; a
    # nickname beside a first name ("Rebecca 'bex' Lindqvist") greets its owner only
    if goes_by and said == parts.first:
        if goes_by[0] == phrasing.bare_name(person.name):
            return goes_by[0]
        if own:
            return phrasing.person_name(goes_by[0])  # 'bex' -> 'Bex', as names are
    return said


_COURTESY = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"])


def panel_greeting(
    person: Person, panel: Sequence[Person], title_stop: bool = True, country: str | None = None
) -> str:
    """How a note greets `person` beside the rest of the panel: a name typed family name first
    with no title ('Lim Hui Min') is greeted by the whole name when another of the panel is
    greeted by a title ('Mr Menon'): never 'Dear Hui Min' beside 'Dear Mr Menon' (no title is
    guessed). A Hungarian name so typed is said given name first outside Hungary ('Kovács
    Réka' in Poland: 'Réka Kovács'), as Hungarians write it abroad. Any other name as
    greeting_name says."""
    said = greeting_name(person, title_stop, own=True)
    parts = phrasing.name_parts(person.name)
    typed = phrasing.person_name(phrasing.bare_name(person.name)).split()
    if (
        person.called
        or person.greeting
        or parts.title
        or not (parts.first and parts.last)
        or not typed
    ):
        return said
    if typed[0].lower() != parts.last.split()[0].lower():
        return said  # the given name first ('Mei Xian Goh', 'Ollie Brandt')
    titled = any(
        p.greeting or greeting_name(p, title_stop).split()[0].rstrip(".") in _COURTESY
        for p in panel
        if not same_person(p, person) and greeting_name(p, title_stop).split()
    )
    if not titled:
        return said
    if (country or "").upper() != "HU" and typed[0].lower() in person_words()["hungarian_surnames"]:
        return " ".join([*typed[1:], typed[0]])
    return " ".join(typed)


def is_a_name(word: str) -> bool:
    """Whether a greeting's word is a person's name, not a department, a title or a
    credential ('HR', 'Recruiting', 'Talent team', 'Dr.', 'CA')."""
    low = word.lower().strip(". ")
    if not low or low in phrasing.TITLES or low in phrasing.PREFIXES or low in DEPARTMENTS:
        return False
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", word):
        return True  # initials a person goes by ('J.R.'), not a department ('HR')
    return not (word.isupper() and len(word) <= 4) and not any(c.isdigit() for c in word)


def _company_words(name: str, company: str) -> bool:
    """Whether a recorded name is the first words of the company's name ('Desert Bloom' at
    'Desert Bloom Home & Garden'): the company's mailbox, greeted as a team."""
    said = _folded(phrasing.bare_name(name)).lower().split()
    return bool(said) and _folded(company).lower().split()[: len(said)] == said


def _own_address(person: Person) -> bool:
    """Whether a recorded address is the person's own: its local part holds their first name
    ('ravi.s@…' of Ravi Subramaniam, titled 'eng manager, ledger team'), never a team's
    ('talent@…')."""
    local = _folded((person.email or "").split("@")[0]).lower()
    first = _folded(phrasing.name_parts(person.name).first).lower()
    return len(first) > 2 and first in local


def _a_label(bare: str) -> bool:
    """Whether a recorded name is a label alone ('signed', 'From:', 'cc', 'Notes'; data
    person_words labels and note_labels), never 'Per' (a given name typed with a capital)."""
    words = person_words()
    key = bare.strip().rstrip(":.").lower()
    if len(bare.split()) != 1 or key not in words["labels"] | words["note_labels"]:
        return False
    return not (bare[:1].isupper() and bare[1:].islower() and key in words["label_names"])


def _brand_words(bare: str) -> bool:
    """Whether a recorded name is everyday words, as a brand's mailbox is named ('Desert
    Bloom'), never a name no dictionary holds ('Adaeze')."""
    from followup.core.check.words import everyday

    words = phrasing.untitled_name(bare).split()
    return bool(words) and all(everyday(w) for w in words)


def _a_thing(bare: str) -> bool:
    """Whether a recorded name is only words that name a message or a thing, articles and what
    someone did ('the email came', 'calendar invite', 'an email'; data person_words
    not_people, not_in_names, did), never anyone's name ('Grace', 'Mark')."""
    words = person_words()
    keys = [w.lower().strip(".,'’") for w in bare.split()]
    known = words["not_people"] | words["not_in_names"] | words["did"]
    return bool(keys) and all(k in known for k in keys)


def is_a_person(person: Person, greeting: str) -> bool:
    """Whether a recipient is someone to greet by name: the greeting's word is a name, and the
    recorded name is not a team ('Academic Recruitment', 'Office - Jo' is Jo)."""
    parts = phrasing.name_parts(person.name)
    initials = (
        re.fullmatch(r"[A-Z]{2,3}", greeting) is not None
        and parts.first == greeting
        and parts.last[:1].isupper()
        and not parts.last.isupper()
        and parts.last.lower() not in DEPARTMENTS
    )  # 'JT McAllister' is greeted 'JT'; 'HR Dept' is no one
    bare = phrasing.bare_name(person.name)
    # the letters someone goes by, typed as their nickname ("Prakash 'PK' Venugopal") or as
    # their whole name ('KK'), when they are no department ('HR', 'TA')
    if (
        re.fullmatch(r"[A-Z]{2,3}", greeting) is not None
        and (greeting in _nicknames(person.name) or bare == greeting)
        and greeting.lower() not in DEPARTMENTS | person_words()["heads"]
    ):
        return True
    if not (is_a_name(greeting) or initials) or is_role(bare) or is_remark(bare):
        return False  # 'store mgr', 'Team Manager': a job; 'took minutes': a remark
    if has_body(bare):
        return False  # 'Shire Council', 'Track safety committee': a body, never one person
    if parts.title and is_role(phrasing.untitled_name(person.name)):
        return False  # 'Engr. Lead', 'Ms. Supervisor': a title before a job is no one's name
    if any(c.isdigit() for c in bare):
        return False  # 'charge nurse bay 4', 'round 2': a count is in no one's name
    if _a_label(bare):
        return False  # 'signed', 'cc', 'Note:': a line's label, no one's name
    if _a_thing(bare):
        return False  # 'the email came', 'calendar invite': what a line said, no one's name
    title = (person.title or "").lower().split()
    if (
        title
        and title[-1] in ("team", "inbox", "mailbox")
        and not _own_address(person)
        and _brand_words(bare)
    ):  # 'Desert Bloom' titled 'Talent Team': a team's mailbox, nobody's name ('Adaeze' of
        return False  # the People Team signs it: greeted by her name)
    if parts.title:
        return True
    words = [w.lower().strip(".,") for w in phrasing.bare_name(person.name).split()]
    # 'Staffing Services mailbox', 'Careers inbox': a team's mailbox, no one's name
    return not (words and (words[-1] in DEPARTMENTS or words[-1] in ("mailbox", "inbox")))


def when_words(
    day: date, on: date, english: English, written: date | None = None
) -> tuple[str, str | None]:
    """How a note sent on `on` says when the interview (on `day`) was, in words true on
    that day, and the weekday word for '{day}' sentences ('Tuesday's interview'), None where
    a bare weekday would mislead: 'today'; 'yesterday'; 'on Tuesday' earlier the same week;
    'last Thursday' in the week before when this week's Thursday is still to come (on a
    Tuesday, a bare 'Thursday' reads as the coming one); else the date ('on November 16',
    'on 16 November'). A note drafted earlier (`written`, before `on`) says what is true on
    both days: never 'last Wednesday' on the Thursday it is written for Wednesday's
    interview, nor 'yesterday' on a later day it is sent; the date where the words differ."""
    if written is not None and day <= written < on:
        now, then = when_words(day, written, english), when_words(day, on, english)
        return now if now == then else (f"on {english.plain_date(day)}", None)
    gap = (on - day).days
    if gap == 0:
        return "today", None
    if gap == 1:
        return "yesterday", None
    if 0 < gap <= 6 and day.weekday() < on.weekday():
        return f"on {day:%A}", f"{day:%A}"
    if 0 < gap <= 7 and day.weekday() > on.weekday():
        return f"last {day:%A}", None
    return f"on {english.plain_date(day)}", None


def _answered(
    share: Sequence[Specific],
    qualification: str,
    language: Language,
    quals: Sequence[str] = (),
    role: str = "",
) -> Specific | None:
    """The first of a note's topics that a qualification answers (claims.fit, less what the
    role itself names), never a person's story or the candidate's own exercise; None when it
    answers none."""
    from followup.core import claims

    claim = claims.said(qualification, language)
    shared = claims.background(role, quals, language)
    return next(
        (
            s
            for s in share
            if s.kind not in ("story", "exercise")
            and claims.fit(s.recorded, claim, language, shared)[0] >= language.claims.min_fit
        ),
        None,
    )


def _strongest(quals: Sequence[str], language: Language, prose: Collection[str]) -> str:
    """The qualification with the most substance (claims.RANKS), the profile's prose before a
    line jotted for this round, then the first."""
    from followup.core import claims

    return max(
        quals,
        key=lambda q: (
            claims.RANKS.index(claims.substance_rank(q, language)),
            q in prose,
            -quals.index(q),
        ),
    )


def _mid_sentence(clause: str) -> str:
    """A claim as it reads inside a sentence ('On that, as on-call lead, I wrote …', 'On
    that, my redesign …'): the user's sentence led by a capitalised little word takes it
    in lower case ('{Qual}' capitalises it again at a sentence's start)."""
    first = clause.split(" ", 1)[0]
    if first in ("As", "At", "In", "While", "During", "Since", "Over", "After", "My"):
        return first.lower() + clause[len(first) :]
    return clause


def decision_words(deadline: date | None, on: date, english: English) -> str | None:
    """The employer's decision date as a close says it ('Friday, February 19'), when the
    record holds one still ahead of the day the note is written (`on`); None otherwise (a
    date gone by, or on that very day, is no use to the reader)."""
    if deadline is None or deadline <= on:
        return None
    return english.day(deadline)


# a step that comes only for those chosen ('the shortlist back for an underground visit',
# 'an offer to the successful candidate'): never one a note says the writer is ready for
_SELECTION = re.compile(r"(?i)\b(?:shortlist\w*|short-list\w*|successful|selected|offers?)\b")


def next_step_words(notes: str | None, interview: Interview, language: Language) -> str | None:
    """The next step of the process the user's notes name (closes.next_step), as a close says
    it to anyone ('2nd round w/ plant mgr' -> 'a second round with the plant manager', 'final
    step is a store visit w/ brendan' -> 'a store visit with Brendan'); None when the notes
    name none, or when followup is not sure the words read right."""
    words = language.closes
    step = closes.next_step(notes, words)
    if not step:
        return None
    for short, said in words.ordinals.items():
        step = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", said, step, flags=re.I)
    names = [p.name for p in interview.people if p.name]
    names += [n.split()[0] for n in names if len(n.split()) > 1]
    phrase = phrasing.phrase_topic(step, language.lexicon, names=names)
    if not phrase.sure or phrase.kind == "question":
        return None
    text = phrase.about
    if phrasing.shorthand_words(text, language.lexicon):  # 'a rec exercise': which one?
        return None
    if _SELECTION.search(text):
        return None  # 'the shortlist back for an underground visit': theirs to decide first
    text = language.english.spelling.figures(text)
    # 'with plant manager': a job named without its article
    text = re.sub(
        r"\bwith (?!(?:the|a|an|your|my|our|their|his|her)\b)(?=[a-z])", "with the ", text
    )
    first = text.split()[0].lower()
    ranked = {*words.ordinals.values(), "final", "last", "next"}
    if first == "the" and len(text.split()) > 1 and text.split()[1].lower() in ranked:
        return "a " + text.split(" ", 1)[1]  # 'a second round': one of the process's rounds
    if first in ranked:
        return f"a {text}"
    return text


def decided_words(deadline: date | None, on: date, english: English) -> str | None:
    """The employer's decision date as a close says it, when it has gone by on the day the
    note is written (`on`): the note says so ('I know you hoped to decide by Monday,
    October 15') instead of asking about it as if it were still ahead; None otherwise."""
    if deadline is None or deadline >= on:
        return None
    return english.day(deadline)


def same_person(a: Person, b: Person) -> bool:
    """One person recorded twice (as the coordinator and an interviewer): the same address,
    else the same name, accents aside; a name typed as a first name alone ('siobhan (HR, sat
    in)') is the one whose first name it is ('Siobhán Geraghty'), and one typed with an
    initial ('Mrs. F. Adeyemi') the one whose first name that initial begins. Two addresses
    (the invite's sender and the calendar's attendee) are one person when the names are the
    same whole name, titles, middle initials and accents aside ('Dr. Stacey A. Kim' and
    'stacey kim'), or when one is a first name alone whose address names the other's surname
    ('Stacey' <stacey.kim@…> and 'Stacey Kim'); one typed as a title and a surname alone
    ('Mrs Mokoena') is the one of that surname ('Mrs. Refilwe Mokoena')."""
    if a.email and b.email:
        return a.email.lower() == b.email.lower() or _same_name_elsewhere(a, b)
    one, two = (_folded(phrasing.bare_name(p.name)).lower().split() for p in (a, b))
    if one == two:
        return True
    bare = [_folded(phrasing.untitled_name(p.name)).lower().split() for p in (a, b)]
    if len(bare[0]) >= 2 and bare[0] == bare[1]:
        return True  # 'Faith Chebet Rotich' and 'Ms. Faith Chebet Rotich': titles aside
    if len(bare[0]) == len(bare[1]) >= 2 and bare[0][1:] == bare[1][1:]:  # 'F. Adeyemi'
        short, full = sorted((bare[0][0], bare[1][0]), key=len)
        if re.fullmatch(r"[^\W\d_]\.?", short) and full[:1] == short[:1]:
            return True
    if bool(one and two) and min(len(one), len(two)) == 1 and one[0] == two[0]:
        return True
    # 'Mrs Mokoena' (a title and a surname alone) is 'Mrs. Refilwe Mokoena'
    titled = [p for p in (a, b) if phrasing.name_parts(p.name).title]
    if titled and len(bare[0]) != len(bare[1]) and min(len(bare[0]), len(bare[1])) == 1:
        alone, whole = sorted(bare, key=len)
        return alone[0] == whole[-1] and len(alone[0]) > 1
    return False


def _same_name_elsewhere(a: Person, b: Person) -> bool:
    """Whether two people at two addresses are one by their names (see `same_person`)."""
    one, two = (
        [w for w in _folded(phrasing.untitled_name(p.name)).lower().split()
         if not re.fullmatch(r"[^\W\d_]\.?", w)]
        for p in (a, b)
    )  # fmt: skip
    if len(one) >= 2 and len(two) >= 2:
        return one[0] == two[0] and one[-1] == two[-1]
    for alone, whole, person in ((one, two, a), (two, one, b)):
        if len(alone) == 1 and len(whole) >= 2 and alone[0] == whole[0] and person.email:
            local = _folded(person.email.split("@")[0]).lower()
            if whole[-1] in re.split(r"[^a-z]+", local):
                return True
    return False


def _topic_by(
    topic: Specific | None, interviewers: Sequence[Person], title_stop: bool
) -> str | None:
    """Who the record says raised a topic, as a note names them; None when it does not say
    (a note to the coordinator then credits it to nobody)."""
    if topic is None or not topic.owner:
        return None
    owner = next((p for p in interviewers if p.name == topic.owner), None)
    return greeting_name(owner, title_stop) if owner else None


def _said(topic: Specific | None, person: Person, form: str) -> str | None:
    """What `person` said of the candidate's exercise, in `form`, for the note to them."""
    if topic is None or topic.feedback is None or topic.owner != person.name:
        return None
    return topic.feedback[1] if topic.feedback[0] == form else None


def listed_names(
    people: Sequence[Person],
    title_stop: bool,
    reader: Person | None = None,
    among: Sequence[Person] = (),
) -> list[str]:
    """People named in one list of a note, each as a greeting names them ('Mr Joshi, Ms Patil'),
    at one level of formality: where some of the list have a Mr or Ms and others would be
    named by a first name alone, those others are named in full ('Mr Joshi, Ms Patil and
    Nikhil Rane'), never 'Mr Joshi, Ms Patil and Nikhil'; a name with no surname stays as
    typed; a Dr among first names stays so ('Mel, Dr Ngata and Sam'). No title is guessed.
    One named as the note's `reader` is greeted, or as another of the list, is named in full
    ('Dear Jo, … Do thank Jo Nguyen and Shauna', never 'thank Jo' to another Jo), and so is
    one whose first name another of the round (`among`) shares ('Tomasz Mróz' where Dr
    Tomasz Zieliński sat on the panel too)."""
    names = _listed(people, title_stop)
    said = [greeting_name(reader, title_stop)] if reader is not None else []
    firsts = [
        phrasing.name_parts(q.name).first.lower()
        for q in among
        if phrasing.name_parts(q.name).first
    ]

    def shared(n: str, p: Person) -> bool:
        first = phrasing.name_parts(p.name).first.lower()
        return n.lower() == first and firsts.count(first) > 1

    return [
        _UNSUFFIXED.sub("", phrasing.untitled_name(p.name))
        if (n in said or names.count(n) > 1 or shared(n, p))
        and len(phrasing.untitled_name(p.name).split()) > 1
        else n
        for n, p in zip(names, people, strict=True)
    ]


def _listed(people: Sequence[Person], title_stop: bool) -> list[str]:
    """`listed_names` before names the reader shares are said in full."""
    names = [greeting_name(p, title_stop) for p in people]
    parts = [phrasing.name_parts(p.name) for p in people]
    # a greeting the culture fixes ('Hayashi-san', 'Puan Rosnah') is as formal as 'Mr Goh';
    # a name someone asked for ('Auntie Mary') is said as asked in any list
    titled = [
        _by_title(n) or bool(p.greeting or p.called) for n, p in zip(names, people, strict=True)
    ]
    courtesy = any(p.greeting for p in people) or any(
        n.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Mx") for n in names
    )
    if not courtesy or all(titled):
        return names  # 'Mel, Dr Ngata and Sam': a doctor among first names reads well
    return [
        name
        if titled[i] or not (x.first and x.last)
        else (x.first if x.by_given else _UNSUFFIXED.sub("", phrasing.untitled_name(p.name)))
        for i, (name, x, p) in enumerate(zip(names, parts, people, strict=True))
    ]


# a word of address typed after a name ('Arvind sir', 'Raghavendra Kulkarni ji'): the note's
# greeting leaves it out, and so does a list of names
_UNSUFFIXED = re.compile(r"(?i)\s+(?:sir|ji|saab|sahab|sahib|madam|ma'am|maam|po)\.?$")


def _by_title(greeting: str) -> bool:
    """Whether a greeting names its reader by a title ('Mr Okafor', 'Dr. Holt'), or by a form
    of address another language or a church gives ('Fr Okonjo', 'Me Gagnon'; data
    person_words honour_family, religious_titles)."""
    head = greeting.split()[0].rstrip(".").lower() if greeting.split() else ""
    words = person_words()
    return head in phrasing.TITLES or head in words["honour_family"] | words["religious_titles"]


def _named(person: Person, title_stop: bool) -> bool:
    """Whether a list of people may name `person` ('student panel', 'HR' are no one by name)."""
    return is_a_person(person, greeting_name(person, title_stop))


# never 'the panel', for what may have been separate rounds
_THE_REST = ("the others I spoke with", "everyone else I met", "the other interviewers")


# a day of separate sessions, each with its own interviewer ('loop 8:30 - 2, 6 sessions',
# '3 rounds in one day', 'back-to-back 1:1s'): no one was met 'along with' the others
_SEPARATE = re.compile(
    r"(?i)\b(?:loop|one[- ]to[- ]ones?|1[:-]1s|back[- ]to[- ]back|separate\s+(?:sessions|rounds|"
    r"interviews|calls|meetings)|(?:two|three|four|five|six|seven|eight|[2-9])\s+(?:rounds|sessions|"
    r"interviews|calls)\b(?!\s+(?:of\s+)?(?:questions|qs))|rounds?\s+in\s+one\s+day)\b"
)


def separate_sessions(interview: Interview) -> bool:
    """Whether the round was separate sessions, one interviewer or two at a time, as the
    notes or the topics say ('loop', '6 sessions', '3 rounds in one day', '1:1s')."""
    return len(interview.interviewers) > 1 and any(
        _SEPARATE.search(text) for text in [interview.notes or "", *interview.topics]
    )


def _met_with(interviewers: Sequence[Person], person: Person, title_stop: bool) -> str | None:
    """The others of a panel as a note to one of them says it met them ('Claire and Omar';
    from three up, one or two of one form of address after them in the record's order and
    the rest, 'everyone else I met'), so that notes to different people name different
    people; None for a panel of one."""
    others = [p for p in interviewers if not same_person(p, person)]
    if not others:
        return None
    others = [p for p in others if _named(p, title_stop)] or others
    if len(others) > _NAMED_MAX:
        at = next((i for i, p in enumerate(interviewers) if same_person(p, person)), -1)
        after = [interviewers[(at + k) % len(interviewers)] for k in range(1, len(interviewers))]
        # the ones after them that a list may name ('development associate' is no one)
        pair = panel_pair([p for p in after if any(p is o for o in others)], title_stop)
        # the rest said three ways in turn: notes of one panel that name no topic of the
        # reader's own are short, and one tail in every roll-call makes them alike
        said = listed_names(pair, title_stop, person, interviewers)
        return join_names([*said, _THE_REST[at % len(_THE_REST)]])
    return join_names(listed_names(others, title_stop, person, interviewers))


def _is_theirs(x: Specific, person: Person, interviewers: Sequence[Person]) -> bool:
    """Whether a topic is the reader's own to be told about: theirs by the record, naming
    them, or the only interviewer's."""
    return (
        x.owner == person.name
        or (x.clause is not None and x.clause.owner == person.name)  # 'CNO: … he wants'
        or _names_them(x.recorded, person)
        or len(interviewers) <= 1
    )


def _own_first(
    share: list[Specific], person: Person, interviewers: Sequence[Person]
) -> list[Specific]:
    """`share` with the reader's own specifics (the record ties them to the reader) before
    the ones it ties to nobody, each group in its order; one interviewer's share unchanged."""
    if len(interviewers) <= 1:
        return share
    own = [x for x in share if _is_theirs(x, person, interviewers)]
    return [*own, *(x for x in share if not any(x is y for y in own))]


def _same_point(hook: str | None, bridge: str | None) -> bool:
    """Whether the hook's point and the bridge's are one thought (said twice, they echo)."""
    if not hook or not bridge:
        return False
    return " ".join(hook.lower().split()) == " ".join(bridge.lower().split())


def _point_first(
    mine: list[Specific], person: Person, pairing: Pairing, interviewers: Sequence[Person]
) -> list[Specific]:
    """The reader's own point first: when the note's first topic does not read as a clause
    and a later one of theirs does ('dee: wants a triage nurse who can run the phones'), that
    one leads, unless the claim is tied to the first."""
    if not mine or mine[0].clause is not None or pairing.topic is mine[0]:
        return mine
    alone = len(interviewers) <= 1
    for x in mine[1:]:
        if (
            x.clause is not None
            and x.kind not in _NO_CLAUSE
            and (
                x.owner == person.name
                or (x.clause.owner == person.name)
                or _names_them(x.recorded, person)
                or (alone and not x.owner)
            )
        ):
            return [x, *(y for y in mine if y is not x)]
    return mine


def _point(
    topic: Specific | None,
    person: Person,
    theirs: bool,
    is_coordinator: bool,
    interviewers: Sequence[Person],
    english: English,
    known: Sequence[str] = (),
    english_lexicon: phrasing.Lexicon | None = None,
) -> dict[str, str | None]:
    """The hook as a whole thought, for a note whose topic is the reader's own and reads as a
    clause: 'point' said to them ('you want …', 'the ward is short …'), 'point_other' the
    same when its subject is not 'you' (for 'your point that …'), 'point_ing' what 'what you
    said about …' takes (their own doing only), and 'point_kind' (goal, plan, problem, fact,
    change: which frames say it; a problem is never praised). To the coordinator, who was not
    in the room, 'point_about': the same said of the panel member by the name the notes call
    them ('Dr. Fitzgerald wants …')."""
    clause = topic.clause if topic is not None and topic.kind not in _NO_CLAUSE else None
    if clause is None or topic is None:
        return {}
    spelling = english.spelling
    owner = next((p for p in interviewers if p.name == clause.owner), None)
    name = greeting_name(owner, english.title_stop) if owner is not None else None
    # one person recorded twice (the coordinator who sat in: 'jen: wants assistants who …')
    # hears their point as their own ('you want …'), never by their own name
    own = owner is not None and same_person(owner, person)
    if is_coordinator:
        if owner is not None and not is_a_person(owner, name or ""):
            return {}
        about = phrasing.known_names(
            _spelled(clause.said(clause.owner if own else None, name), topic.recorded, spelling),
            known,
        )
        return {"point_about": about, "point_kind": clause.kind}
    if not theirs:
        return {}
    said = phrasing.known_names(
        _spelled(clause.said(clause.owner if own else person.name, name), topic.recorded, spelling),
        known,
    )
    said = _unstressed(said, english_lexicon) if english_lexicon is not None else said
    ing = clause.gerund() if clause.owner == person.name or own else None
    ing = phrasing.known_names(ing, known) if ing else None
    return {
        "point": said,
        "point_other": None if said.startswith("you ") else said,
        "point_ing": _spelled(ing, topic.recorded, spelling) if ing else None,
        "point_kind": clause.kind,
    }


def _unstressed(text: str, lexicon: phrasing.Lexicon) -> str:
    """A word jotted in capitals for stress ('she wants ONE definition') said in lower case
    when it is an everyday word, never an acronym the lexicon knows ('SAP', 'ERP')."""

    def said(m: re.Match[str]) -> str:
        low = m.group().lower()
        known = lexicon.known_word is not None and lexicon.known_word(low)
        return low if known and low not in lexicon.upper else m.group()

    return re.sub(r"\b[A-Z]{3,}\b", said, text)


def _spelled(clause: str, raw: str, spelling: writer.Spelling, figures: bool = True) -> str:
    """A clause in the recipient's English: shorthand followup expanded ('lic' -> 'license',
    'licence' in British use), words typed in another English ('organisation' in a note to
    the US) and figures typed in note style ('~40%', '3x', 'for 3 plants'; not with
    `figures` False: the user's own words); a word typed with a capital inside the line is
    kept as typed (it may be a name)."""
    typed = {
        m.group().lower()
        for m in re.finditer(r"[A-Za-z]+", raw)
        if m.group()[:1].isupper() and m.start() > 0
    }  # a word typed with a capital inside the line may be a name ('Centre for Ageing')
    return re.sub(
        r"[A-Za-z]+",
        lambda m: m.group() if m.group().lower() in typed else spelling(m.group()),
        spelling.figures(clause) if figures else clause,
    )


def _yours(text: str, first: str) -> str:
    """A topic about the recipient, said to them: "Grace's story" -> 'your story', 'how Grace
    started' -> 'how you started'."""
    if len(first) < 2:
        return text
    # the name as the jot typed it, accents or none ('Thảo' for a reader recorded as Thao)
    key = _folded(first).lower()
    typed = {w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if _folded(w).lower() == key}
    for form in sorted(typed - {first}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(form)}\b", first, text)
    text = re.sub(rf"\b(?:the\s+)?{re.escape(first)}['’]s\b", "your", text, flags=re.I)
    # 'the new graduate doing caesareans with Kirsty at first' to Kirsty: 'with you'
    by_name = rf"(?i:{re.escape(first)})(?:\s+[A-Z][\w'’-]+)?"  # and a surname typed with it
    text = re.sub(
        rf"\b((?i:with|to|for|from|by|alongside|under|beside|and))\s+{by_name}\b", r"\1 you", text
    )
    return re.sub(rf"\bhow {re.escape(first)}\b", "how you", text, flags=re.I)


def _write_note(
    w: writer.Writer,
    kind: str,
    bank: writer.Bank,
    is_coordinator: bool,
    topic: Specific | None,
    pairing: Pairing,
    late: bool,
    pick: Any,
) -> dict[str, Any]:
    """Subject, paragraphs, sign-off and (for a call) the spoken lines of one note."""
    if kind == "check-in":
        subject_slot = "subject.check_in"
    elif late:
        subject_slot = "subject.late"
    elif is_coordinator:
        subject_slot = "subject.coordinator"
    else:
        subject_slot = "subject"
    subject = ""
    if kind in ("email", "phone", "check-in"):
        subject = w.sentence(subject_slot, shared_ok=True) or ""
        subject = subject.rstrip(".")
        w.budget["first"] = 0  # the subject line does not count against the body's name
    shape_kind = SHAPES[kind]
    if is_coordinator and shape_kind == "email":
        shape_kind = "coordinator"
    elif is_coordinator and f"{shape_kind}.coordinator" in bank.shapes:
        shape_kind = f"{shape_kind}.coordinator"  # a check-in: they arranged it, not met you
    elif shape_kind == "email":
        # The shape follows what the record holds for this reader: a topic of theirs, one the
        # panel discussed (no claim of who raised it: a shorter note), or nothing at all.
        if topic is None:
            situation = "email.none"
        elif w.values.get("topic_owned"):
            situation = "email.own"
        else:
            situation = "email.shared"
        shape_kind = situation if situation in bank.shapes else shape_kind
    shapes = bank.shapes.get(shape_kind) or bank.shapes.get("email") or ((("open",),),)
    if late or topic is None or not w.values.get("qual") or any(w.values.get(k) for k in _ROOM):
        # a late note says so as it opens, one with no topic of its own opens on nothing else,
        # and thanks for what happened in the room follow the opening thanks: only the shapes
        # that open with thanks
        shapes = tuple(s for s in shapes if s and s[0] and _OPENS.match(s[0][0])) or shapes
    shape = shapes[pick(f"shape.{shape_kind}", len(shapes))]
    paragraphs = writer.write_shape(
        w,
        shape,
        topic_kind=topic.kind if topic else None,
        has_topic=topic is not None,
        related=pairing.topic is not None and not w.values.get("claim_point"),
        late=late,
    )
    line = w.values.get("own_line")
    if line and kind in ("email", "letter", "card", "check-in"):
        paragraphs = with_own_line(paragraphs, line, w.values.get("topic"))
    base = "closing.card" if kind == "card" else "closing"
    locale = w.spelling.locale
    # a note that greets its reader by title closes formally; British English never closes
    # on a bare 'Sincerely,' (data/sentences.toml closing.en-GB, closing.formal)
    slots = [f"{base}.formal.{locale}", f"{base}.formal"] if w.values.get("formal") else []
    slot = next((s for s in [*slots, f"{base}.{locale}"] if s in bank.slots), base)
    closing = w.sentence(slot, shared_ok=True)
    speech: dict[str, str] = {}
    if kind == "phone":
        # A call opens with the name ('Hi Dana, it's Sam'): the opener is its greeting, so
        # the rule that keeps a name out of an email's first sentence does not hold here.
        w = writer.Writer(w.bank, w.values, w.choose, w.panel, w.spelling, said=1)
        role = "coordinator" if is_coordinator else ""
        for part, slot in (
            ("opener", "phone_opener"),
            ("thanks", "phone_thanks"),
            ("topic", "phone_topic"),
            ("qualification", "phone_qual"),
            ("extra", "phone_extra"),
            ("question", "phone_question"),
            ("close", "phone_close"),
        ):
            if part == "extra" and (speech["topic"] or speech["qualification"]):
                speech[part] = ""  # the second point is already made
                continue
            if part == "thanks" and late:
                slot = "phone_thanks.late"  # after the window: the thanks says so, once
            if part == "close" and w.values.get("decided") and "phone_close.decided" in bank.slots:
                slot = "phone_close.decided"  # the decision date has gone by: said plainly
            if part == "qualification":
                # 'It fits my background, too' only right after the topic it answers
                linked = bool(speech["topic"]) and topic is not None and pairing.topic is topic
                speech["linked"] = "yes" if linked else ""
                slot = slot if linked else f"{slot}.alone"
            speech[part] = spoken(_spoken_sentence(w, bank, slot, role, topic) or "")
    return {
        "subject": subject,
        "paragraphs": paragraphs,
        "closing": closing or "Best regards,",
        "speech": speech,
    }


def _spoken_sentence(
    w: writer.Writer, bank: Any, slot: str, role: str, topic: Specific | None
) -> str | None:
    """One line of a call from the most particular slot the bank has: by whom it is said to
    and the topic's kind ('phone_topic.coordinator.challenge', 'phone_topic.exercise': thanks
    for the chance at your own demo, an offer to help with their problem, never praise for
    it), then by whom, then the slot itself."""
    kind = topic.kind if topic is not None else None
    names = [f"{slot}.{role}.{kind}" if role and kind else "", f"{slot}.{role}" if role else ""]
    names += [f"{slot}.{kind}" if kind and not role else "", slot]
    for name in (n for n in names if n and n in bank.slots):
        text = w.sentence(name, shared_ok=True)
        if text:
            return text
    return None


_OPENS = re.compile(r"^(?:c_)?open")  # the slots a note's thanks opens with
_ROOM = ("room_mine", "room_set", "room_item", "room_panel", "help")  # said after the opening

# 'I have' is said 'I've' only before what follows an auxiliary ('I've spent', 'I've also
# led'); 'I have two years' stays whole ('I've two years' is no American speech)
_HAVE_AUX = (
    r"\bI have(?= (?:also |always |already |just |never |recently |since |now )?"
    r"(?!(?:seven|eleven|ten|dozen|children|women|men|garden|kitchen)\b)(?:been|\w+ed|\w+en|spent|led|built|run|got|had|done|made|kept|taught|brought|thought|"
    r"found|won|held|met|seen|grown|gone|known|shown|written|given|taken|read|set|put|cut|"
    r"sold|won|learnt|learned|worked|begun|become)\b)"
)
_CONTRACTIONS = (
    (_HAVE_AUX, "I've"), (r"\bI am\b", "I'm"), (r"\bI would\b", "I'd"),
    (r"\bI will\b", "I'll"), (r"\bit is\b", "it's"), (r"\bthat is\b", "that's"),
    (r"\bdo not\b", "don't"), (r"\bcannot\b", "can't"), (r"\byou are\b", "you're"),
    (r"\bwe are\b", "we're"), (r"\bthere is\b", "there's"),
)  # fmt: skip


@lru_cache(maxsize=1)
def _contraction_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """_CONTRACTIONS compiled (case-insensitive) on first use; written in the code, so
    their compiled form is kept between runs (core.regex_programs.shipped)."""
    return tuple((re.compile(shipped(p), re.IGNORECASE), short) for p, short in _CONTRACTIONS)


def spoken(text: str) -> str:
    """A line as people say it: with contractions ('I have' -> 'I've')."""

    def swap(short: str) -> Any:
        def one(m: re.Match[str]) -> str:
            return short[:1].upper() + short[1:] if m.group()[:1].isupper() else short

        return one

    for pattern, short in _contraction_patterns():
        text = pattern.sub(swap(short), text)
    return text


def spoken_script(text: str, section: str = "Script") -> str:
    """A rendered script with its spoken section ('## Script') as people say it (spoken);
    the other sections (the checklist) as written."""
    parts = re.split(r"(?m)^(?=## )", text)
    return "".join(spoken(p) if p.startswith(f"## {section}\n") else p for p in parts)


def phone_for(stored: str | None, country: str) -> str | None:
    """A number as a note gives it to someone in `country`: the national form when the
    number is of that country ("(617) 555-0199"), else the international one."""
    from followup.core.phones import international, national, phone_country

    if not stored:
        return None
    return national(stored) if phone_country(stored) == country else international(stored)


def _with_address(person: Person, people: Sequence[Person]) -> Person:
    """An interviewer recorded with no address, with the address the round records for them
    elsewhere (as its contact: same_person); else the interviewer as recorded."""
    if person.email:
        return person
    twin = next((r for r in people if r.email and same_person(person, r)), None)
    return replace(person, email=twin.email) if twin is not None else person


def _index(people: Sequence[Person], person: Person) -> int:
    return next(i for i, p in enumerate(people) if p is person)


# --- comparing notes and timing speech -----------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def note_core(text: str, wording: Wording) -> str:
    """A note without its header, greeting and sign-off: the part that must be personal."""
    lines = text.strip().splitlines()
    if lines and lines[0].lower().startswith("subject:"):
        lines = lines[1:]
    for i, line in enumerate(lines):  # the greeting and anything above it (letter header)
        low = line.strip().lower()
        if re.match(r"^(dear|hi|hello|good (morning|afternoon))\b.*[,:]$", low):
            lines = lines[i + 1 :]
            break
    for i in range(len(lines) - 1, -1, -1):  # the sign-off and everything after it
        low = lines[i].strip().lower().rstrip(",.!")
        if low in wording.closings:
            lines = lines[:i]
            break
    return "\n".join(lines).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _norm(sentence: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words(sentence))


def trigrams(text: str) -> set[tuple[str, ...]]:
    ws = [w.lower() for w in words(text)]
    return {tuple(ws[i : i + 3]) for i in range(len(ws) - 2)}


@dataclass(frozen=True)
class Similarity:
    """How alike two notes are: word 3-gram Jaccard (0-1) and the sentences both contain."""

    jaccard: float
    shared: tuple[str, ...]  # sentences found in both notes

    def near_copy(self, max_jaccard: float) -> bool:
        return self.jaccard > max_jaccard or bool(self.shared)


def similarity(a: str, b: str, wording: Wording, min_sentence_words: int = 5) -> Similarity:
    """Word 3-gram Jaccard similarity and shared sentences of two notes (greeting and sign-off
    left out)."""
    core_a, core_b = note_core(a, wording), note_core(b, wording)
    ga, gb = trigrams(core_a), trigrams(core_b)
    jaccard = len(ga & gb) / len(ga | gb) if ga | gb else 0.0
    in_b = {_norm(s) for s in sentences(core_b)}
    shared = tuple(
        s for s in sentences(core_a) if len(_norm(s)) >= min_sentence_words and _norm(s) in in_b
    )
    return Similarity(round(jaccard, 4), shared)


_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")


def spoken_words(text: str) -> int:
    """Words as they are spoken: a phone number counts one word per group of digits."""
    count = 0
    for match in _PHONE.finditer(text):
        count += len(re.findall(r"\d+", match.group()))
    rest = _PHONE.sub(" ", text)
    return count + len(words(rest))


def speaking_seconds(text: str, words_per_minute: int) -> int:
    return round(spoken_words(text) * 60 / max(1, words_per_minute))


def sections(text: str) -> dict[str, str]:
    """Named parts of a script: lines '## Name' open a section."""
    out: dict[str, str] = {}
    name: str | None = None
    buf: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            if name is not None:
                out[name] = "\n".join(buf).strip()
            name, buf = line[3:].strip().lower(), []
        elif name is not None:
            buf.append(line)
    if name is not None:
        out[name] = "\n".join(buf).strip()
    return out

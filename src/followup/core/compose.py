"""What each follow-up draft says (SPEC §4): the facts of one note, chosen deterministically.

Pure: an Interview, the Profile and the Plan come in; `NoteFacts` (everything a template needs)
go out. Wording variants are picked by `choose`, seeded by the recipient's name, so a draft is
the same on every run and notes to several people on one panel never share a variant.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from followup.core.errors import InvalidInput, NotFound
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.core.parse import word_list
from followup.core.plan import Plan

KINDS = ("email", "letter", "card", "phone", "video")

_PERSONA = ("er", "or", "ist", "ian", "ant", "player", "starter", "learner")
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

    @classmethod
    def from_mapping(cls, words: Mapping[str, Any]) -> Wording:
        def strings(key: str) -> list[str]:
            return word_list(words, key, "drafting data")

        participles = words.get("past_participles", {})
        if not isinstance(participles, Mapping):
            raise InvalidInput("drafting data: words.past_participles must be a table")
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
        )


# --- words -------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a text, as a reader counts them."""
    return _WORD.findall(text)


def stem(word: str) -> str:
    """A crude English stem, enough to see that 'migrating' and 'migration' overlap."""
    w = word.lower().strip(".'")
    for suffix, repl in (
        ("ations", "ate"),
        ("ation", "ate"),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ments", ""),
        ("ment", ""),
        ("ers", ""),
        ("er", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def stems(text: str, wording: Wording) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in wording.stopwords and len(w) > 1}


def overlap(a: str, b: str, wording: Wording) -> int:
    """How many content-word stems two phrases share."""
    return len(stems(a, wording) & stems(b, wording))


_DETERMINERS = frozenset(
    {
        "the", "a", "an", "our", "your", "their", "its", "this", "that", "these", "those", "my",
        "his", "her", "some", "any", "each", "every", "all", "both", "how", "why", "what",
        "when", "where", "which", "who", "whether",
    }
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {
        "in", "with", "at", "on", "for", "of", "and", "to", "from", "about", "across", "into",
        "by", "vs", "versus",
    }
)  # fmt: skip


def in_sentence(topic: str, wording: Wording) -> str:
    """A recorded topic as it reads inside a sentence, whatever was typed: 'Scaling X' ->
    'scaling X', 'design system' -> 'the design system'; plurals ('data pipelines'), gerunds
    ('building dashboards'), uncountable heads ('data quality') and names ('Kafka Connect')
    stay bare, and a phrase with its own article keeps it."""
    text = " ".join(topic.split()).rstrip(".;:")
    first, _, rest = text.partition(" ")
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (first.lower() in wording.lowercase_leads or first.lower().endswith("ing"))
    ):
        text = first.lower() + (" " + rest if rest else "")
    return "the " + text if _needs_article(text, wording) else text


def _needs_article(text: str, wording: Wording) -> bool:
    """Whether a noun phrase is a bare singular count noun ('design system', 'Q3 roadmap')."""
    ws = text.split()
    if not ws:
        return False
    first = ws[0].lower()
    if first in _DETERMINERS or ws[0][:1].isdigit():
        return False
    if all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        return False  # a name: 'Kafka Connect', 'Atlas', 'SOC 2'
    if first.endswith("ing") and first not in wording.ing_nouns and ws[0].islower():
        return False  # a gerund: 'building dashboards', 'scaling the platform'
    head = _phrase_head(ws)
    if head.endswith("ing") or head in wording.mass_nouns:
        return False  # 'machine learning', 'data quality'
    return not is_plural(text)


def _phrase_head(ws: Sequence[str]) -> str:
    """The word a noun phrase is about: the last one before a preposition ('plans for Q3')."""
    for i, w in enumerate(ws):
        if i and w.lower() in _PREPOSITIONS:
            return ws[i - 1].lower().strip(",")
    return ws[-1].lower().strip(",") if ws else ""


def takes_them(phrase: str, wording: Wording) -> bool:
    """Whether a specific is referred back to as 'them': plural, and neither a gerund ('building
    dashboards' is one activity) nor a name ('Atlas')."""
    ws = phrase.split()
    if not ws or (ws[0].endswith("ing") and ws[0].islower() and ws[0] not in wording.ing_nouns):
        return False
    return is_plural(phrase)


def is_plural(phrase: str) -> bool:
    """Whether a noun phrase is plural ('data pipelines', 'plans for Q3'; not 'hiring process',
    'status', 'analysis'): its head word ends in -s."""
    ws = phrase.split()
    for i, w in enumerate(ws):
        if i and w.lower() in _PREPOSITIONS:
            ws = ws[:i]
            break
    raw = ws[-1].strip(",") if ws else ""
    if re.fullmatch(r"[A-Z0-9]{2,}s", raw):
        return True  # 'APIs', 'KPIs'
    if raw[:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        return False  # a name: 'Atlas', 'Kubernetes'
    head = raw.lower()
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "'s"))


def _head_noun(ws: Sequence[str]) -> str:
    """The last word before the first preposition ('nurse' in 'Registered nurse with ...')."""
    for i, w in enumerate(ws):
        if i and w.lower() in ("in", "with", "at", "on", "for", "of", "and", "who", "from"):
            return ws[i - 1].strip(",")
    return ws[-1].strip(",") if ws else ""


def _is_person(word: str, wording: Wording) -> bool:
    low = word.lower()
    return low in wording.person_nouns or (low.endswith(_PERSONA) and len(low) > 3)


def item_phrase(item: str) -> str:
    """An item as it reads in a sentence: 'Atlas analytics dashboard' -> 'the Atlas analytics
    dashboard'; a bare name ('Atlas', 'Kafka Connect') stays as it is."""
    text = " ".join(item.split()).rstrip(".;:")
    ws = text.split()
    if not ws or ws[0].lower() in ("the", "a", "an", "our", "your", "their", "its", "this"):
        return text
    if ws[0][:1].islower() or (len(ws) > 1 and ws[-1].islower()):
        return "the " + text
    return text


def qualification_clause(qualification: str, wording: Wording) -> str:
    """A profile line as a clause with a subject: 'Led a team of 5' -> 'I have led a team of 5'."""
    text = " ".join(qualification.split()).rstrip(".;")
    first, _, rest = text.partition(" ")
    low = first.lower()
    tail = (" " + rest) if rest else ""
    if low in ("i", "i'm", "i've"):
        return text[0].upper() + text[1:]
    ws = text.split()
    if low.strip(".") in wording.degree_leads:
        article = "an" if low[:1] in "aeiou" or low in ("mba", "ms", "msc", "ma") else "a"
        return f"I hold {article} {text}"
    nxt = ws[1].lower() if len(ws) > 1 else ""
    as_verb = nxt == "and" or nxt[:1].isdigit() or nxt in ("a", "an", "the", "over", "more")
    if low in wording.adjective_leads and not (low.endswith("ed") and as_verb):
        if not nxt or nxt in ("in", "with", "at", "on", "to", "for", "and"):
            return f"I am {low}{tail}"
        head = _head_noun(ws)
        if _is_person(head, wording) or head.isupper() or head[:1].isupper():
            article = "an" if low[:1] in "aeiou" else "a"
            return f"I am {article} {low}{tail}"
        return f"I bring {low}{tail}"
    if low in wording.past_participles:
        return f"I have {wording.past_participles[low]}{tail}"
    if low.endswith("ed") and len(low) > 4:
        return f"I have {low}{tail}"
    second, _, after = rest.partition(" ")
    if first.isdigit() and second.lower() in ("years", "year") and after:
        if not after.lower().startswith(("of ", "experience")):
            return f"I have {first} {second} of experience {after}"
        return f"I have {text[0].lower() + text[1:] if not first.isdigit() else text}"
    plain = not any(w.lower() in ("in", "with", "of", "at", "for", "on") for w in ws)
    if len(ws) <= 4 and _is_person(_head_noun(ws), wording) and (plain or len(ws) > 1):
        lead = low if low in wording.lowercase_leads or low in wording.adjective_leads else first
        article = "an" if lead[:1].lower() in "aeiou" else "a"
        return f"I am {article} {lead}{tail}"
    if low.endswith("ing") and len(low) > 4:
        return f"I have experience {low}{tail}"
    lead = low if low in wording.lowercase_leads else first
    if len(ws) > 1 and ws[1].lower() in wording.singular_nouns:
        return f"I bring a {lead}{tail}"
    return f"I bring {lead}{tail}"


def first_name(name: str) -> str:
    parts = name.split()
    titles = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof."}
    if len(parts) > 1 and parts[0].lower() in titles:
        return " ".join(parts[:2])
    return parts[0] if parts else name


def join_names(names: Sequence[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- deterministic choice ----------------------------------------------------------------


def _hash(slot: str, name: str) -> int:
    digest = hashlib.sha256(f"{slot}\x00{name.strip().lower()}".encode()).digest()
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


# --- who the note is for ----------------------------------------------------------------


def recipient_for(plan: Plan, interview: Interview) -> Person:
    """The plan's recipient: the coordinator (remote) or the main contact (in person).

    The main contact is the person who arranged the interview when one is recorded, else the
    first interviewer. With no coordinator for a remote interview, the first interviewer with
    an email address.
    """
    coordinator = interview.coordinator
    if coordinator is not None:
        return coordinator
    people = interview.interviewers
    if not people:
        raise InvalidInput(
            "nobody is recorded for this interview: add the coordinator or an interviewer first"
        )
    if plan.recipient_role == "coordinator":
        return next((p for p in people if p.email), people[0])
    return people[0]


def find_person(interview: Interview, name: str) -> Person:
    """A person of the round by name (case-insensitive; a unique prefix is enough)."""
    wanted = " ".join(name.split()).lower()
    if not wanted:
        raise InvalidInput("--to: give a person's name")
    exact = [p for p in interview.people if p.name.lower() == wanted]
    if exact:
        return exact[0]
    matches = [
        p
        for p in interview.people
        if p.name.lower().startswith(wanted)
        or any(part.lower().startswith(wanted) for part in p.name.split())
    ]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(p.name for p in interview.people) or "nobody"
    if not matches:
        raise NotFound(f"no one called {name!r} in this round (recorded: {known})")
    names = ", ".join(p.name for p in matches)
    raise InvalidInput(f"--to {name!r} matches several people ({names}); give more of the name")


# --- specifics and qualifications -----------------------------------------------------------


@dataclass(frozen=True)
class Specific:
    """Something really discussed: a topic or detail, or an item/product."""

    text: str  # as it reads in a sentence
    kind: str  # "topic" or "item"
    recorded: str  # as recorded


def specifics_of(interview: Interview, wording: Wording) -> list[Specific]:
    out: list[Specific] = []
    seen: set[str] = set()
    for kind, values in (
        ("topic", interview.topics),
        ("topic", list(getattr(interview, "details", []) or [])),
        ("item", interview.items),
    ):
        for raw in values:
            text = " ".join(str(raw).split())
            if text and text.lower() not in seen:
                seen.add(text.lower())
                phrase = item_phrase(text) if kind == "item" else in_sentence(text, wording)
                out.append(Specific(phrase, kind, text))
    return out


def distribute(
    people: Sequence[Person], specifics: Sequence[Specific], wording: Wording
) -> list[list[Specific]]:
    """Give each person their own specifics: a topic matching their title first, then the rest
    in order; when there are fewer topics than people, topics are reused as little as possible.
    """
    assigned: list[list[Specific]] = [[] for _ in people]
    if not specifics:
        return assigned
    free = list(range(len(specifics)))
    # 1. the person's own topic: best overlap between their title and a topic
    pairs = []
    for i, person in enumerate(people):
        if not person.title:
            continue
        for j, spec in enumerate(specifics):
            score = overlap(person.title, spec.recorded, wording)
            if score:
                pairs.append((-score, i, j))
    for _, i, j in sorted(pairs):
        if not assigned[i] and j in free:
            assigned[i].append(specifics[j])
            free.remove(j)
    # 2. everyone else, in order, from what is left (topics before items)
    order = sorted(free, key=lambda j: (specifics[j].kind != "topic", j))
    for i in range(len(people)):
        if not assigned[i] and order:
            j = order.pop(0)
            assigned[i].append(specifics[j])
            free.remove(j)
    # 3. a second detail for whoever can have one, while topics last
    for i in range(len(people)):
        if order:
            j = order.pop(0)
            assigned[i].append(specifics[j])
            free.remove(j)
    # 4. fewer topics than people: reuse, least-used first, never the same as a neighbour's
    uses = {s.recorded: sum(s in a for a in assigned) for s in specifics}
    for i in range(len(people)):
        if not assigned[i]:
            spec = min(specifics, key=lambda s: (uses[s.recorded], specifics.index(s)))
            uses[spec.recorded] += 1
            assigned[i].append(spec)
    return assigned


def best_qualifications(
    qualifications: Sequence[str], topics: Sequence[str], wording: Wording
) -> list[tuple[str, str | None]]:
    """Every qualification with the topic it overlaps most (or None), best matches first."""
    scored = []
    for index, qual in enumerate(qualifications):
        best = max(topics, key=lambda t: overlap(qual, t, wording), default=None)
        score = overlap(qual, best, wording) if best is not None else 0
        scored.append((-score, index, qual, best if score else None))
    return [(qual, topic) for _, _, qual, topic in sorted(scored)]


# --- the facts of one note -----------------------------------------------------------------


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


def _long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


MEETING = {
    Format.VIDEO: "our video call",
    Format.PHONE: "our phone conversation",
    Format.IN_PERSON: "our meeting",
}


def compose(
    interview: Interview,
    profile: Profile,
    plan: Plan | None,
    kind: str,
    recipients: Sequence[Person],
    on: date,
    wording: Wording,
) -> list[NoteFacts]:
    """The facts of one note per recipient; recipients of one call form one panel."""
    if kind not in KINDS:
        raise InvalidInput(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    if not recipients:
        raise InvalidInput("no recipient for this draft")
    warnings: list[str] = []
    if not profile.name.strip():
        raise InvalidInput(
            "your name is not recorded yet: set it with 'followup profile --name \"Your Name\"'"
        )
    specifics = specifics_of(interview, wording)
    if not specifics:
        warnings.append(
            "no topics or details are recorded for this interview, so the note cannot mention "
            "what was discussed; add some (followup debrief, or --topic) for a better note"
        )
    if not profile.qualifications:
        warnings.append(
            "no qualifications in your profile; add some with 'followup profile --qualification'"
        )
    interviewers = interview.interviewers
    # Topics are shared out over the whole panel, so a person's note is the same whether it
    # is written alone (--to) or with the others (--each).
    panel = [p for p in interviewers]
    panel += [p for p in recipients if all(p is not q for q in panel)]
    everyone = distribute(panel, specifics, wording)
    quals = best_qualifications(profile.qualifications, [s.recorded for s in specifics], wording)
    # Qualifications too: each panel member's note leads with a different one where possible.
    chosen: list[tuple[str | None, str | None]] = []
    for share in everyone:
        used = [q for q, _ in chosen if q]
        chosen.append(_pick_qualification(quals, share[0] if share else None, used, wording))
    shares: list[tuple[list[Specific], tuple[str | None, str | None]]] = []
    for person in recipients:
        if person.role is PersonRole.COORDINATOR:
            mine = specifics[:2]
            shares.append(
                (mine, _pick_qualification(quals, mine[0] if mine else None, [], wording))
            )
        else:
            at = _index(panel, person)
            shares.append((everyone[at], chosen[at]))
    mail_by = None
    if plan is not None:
        mail_by = next((e.mail_by for e in plan.extras if e.kind == "card"), None)
    item = item_phrase(interview.items[0]) if interview.items else None
    names = tuple(p.name for p in panel)
    out = []
    for person, (mine, (qual, qual_topic)) in zip(recipients, shares, strict=True):
        topic = mine[0] if mine else None
        other = next((q for q, _ in quals if q != qual), None)
        out.append(
            NoteFacts(
                kind=kind,
                to_name=person.name,
                to_first=first_name(person.name),
                to_title=person.title or None,
                to_email=person.email or None,
                to_phone=person.phone or None,
                to_is_coordinator=person.role is PersonRole.COORDINATOR,
                interviewers=tuple(p.name for p in interviewers),
                interviewer_firsts=tuple(first_name(p.name) for p in interviewers),
                company=interview.company,
                role=interview.role,
                format=interview.format.value,
                meeting=MEETING[interview.format],
                interview_day=interview.interviewed,
                day_name=f"{interview.interviewed:%A}",
                date_text=f"{interview.interviewed:%A}, {interview.interviewed:%B} "
                f"{interview.interviewed.day}",
                letter_date=_long_date(on),
                topic=topic.text if topic else None,
                topic_is_item=bool(topic and topic.kind == "item"),
                detail=mine[1].text if len(mine) > 1 else None,
                item=item,
                topics=tuple(s.text for s in specifics),
                qualification=qual,
                qual_clause=qualification_clause(qual, wording) if qual else None,
                qual_topic=in_sentence(qual_topic, wording) if qual_topic else None,
                other_qualification=other,
                other_qual_clause=qualification_clause(other, wording) if other else None,
                candidate_name=profile.name.strip(),
                candidate_first=first_name(profile.name.strip()),
                candidate_email=profile.email or None,
                candidate_phone=profile.phone or None,
                mail_by=mail_by,
                mail_by_text=f"{mail_by:%A} {_long_date(mail_by)}" if mail_by else None,
                seed=person.name,
                plural=tuple(x.text for x in specifics if takes_them(x.text, wording)),
                panel=names,
                warnings=tuple(warnings),
            )
        )
    return out


def _index(people: Sequence[Person], person: Person) -> int:
    return next(i for i, p in enumerate(people) if p is person)


def _pick_qualification(
    quals: Sequence[tuple[str, str | None]],
    topic: Specific | None,
    used: Sequence[str],
    wording: Wording,
) -> tuple[str | None, str | None]:
    if not quals:
        return None, None
    if topic is not None:
        ranked = sorted(
            quals,
            key=lambda q: (q[0] in used, -overlap(q[0], topic.recorded, wording)),
        )
        best = ranked[0][0]
        if overlap(best, topic.recorded, wording):
            return best, topic.recorded
    # No overlap with this note's topic: a qualification that matches some other topic (not
    # yet used, else used), else one not yet used, else the first.
    for pool in (
        [q for q in quals if q[1] and q[0] not in used],
        [q for q in quals if q[1]],
        [q for q in quals if q[0] not in used],
    ):
        if pool:
            return pool[0][0], None
    return quals[0][0], None


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

"""What the user's own notes say about whom to write to and how (data/drafting.toml
[etiquette]): the person to go through ('go thru liam not craig', 'hui min handles all comms'),
the people not to write to directly ('don't email craig directly'), the people to copy ('cc
the recruiter'), and an inbox to write to ('she said to email the team inbox'). Each is read
from one clause of the notes and tied to a person of the round by the name or the role the
clause writes ('the recruiter', 'hr', 'the agency': whoever arranged the interview); a clause
that names nobody of the round is not followed. The names people asked to be called are read
in core/greetings.py; things not to mention in core/phrasing.confidential."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Person, PersonRole
from followup.core.person_names import bare_name, name_parts, person_name, untitled_name
from followup.core.plan import Route
from followup.core.regex_programs import shipped

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# one clause of the notes: a sentence, or a part after a dash, a plus or a semicolon
_CLAUSES = re.compile(
    # never a title's full stop ('with dr. whitebird cc'd', 'mr. wren')
    r"(?<!\b[Dd]r)(?<!\b[Mm][rs])(?<!\b[Mm]rs)(?<!\b[Pp]rof)(?<!\b[Rr]ev)(?<!\b[Cc]apt)"
    r"(?<!\w\.\w)[.!?](?:\s+|$)|\n+|;\s*|\s+[-–—+]\s+|\s*[–—]\s*|,\s+(?=but\b)"
    r"|\s*(?:->|=>|→)\s*"  # 'marta has no email -> via tatiane': what follows an arrow
)
# a person without an address, said as a fact ('bev has no email', 'no hospital email', 'w/o
# an email address'): nothing of whom to write to, and no bar on whom the clause names next
_NO_ADDRESS = re.compile(
    r"(?i)\b(?:no|without|w/o)\s+(?:an?\s+|(?:her|his|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:e-?mails?|e-?mail\s+address(?:es)?|address(?:es)?|contact\s+details)\b"
    # ... or one the candidate cannot write to ("can't email a 16 y/o")
    r"|\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:really\s+)?e-?mail\b"
)
# words of every note, before whom a route names ('everything goes via shalini', 'all
# thank-yous through zintle'): a route of them all, never of one person's note
_EVERY = frozenset(["all", "everything", "every", "everyone", "anything", "any"])


@dataclass(frozen=True)
class Words:
    """The [etiquette] table of data/drafting.toml."""

    via: tuple[str, ...] = ()  # 'go thru': the person to go through follows
    via_after: tuple[str, ...] = ()  # 'handles all comms': the person comes before
    not_direct: tuple[str, ...] = ()  # "don't email": a person not to write to follows
    not_after_via: tuple[str, ...] = ()  # 'not', 'rather than': after a via cue, same
    cc: tuple[str, ...] = ()  # 'cc', 'copy in': the person to copy follows
    cc_after: tuple[str, ...] = ()  # 'in the loop', 'on cc': the person comes before
    inbox: tuple[str, ...] = ()  # 'inbox', 'mailbox': an inbox the notes say to write to
    inbox_verbs: tuple[str, ...] = ()  # 'email', 'send': how the notes say to write to it
    group: tuple[str, ...] = ()  # 'the team', 'the ward': everyone who interviewed you
    coordinator_words: frozenset[str] = frozenset()  # 'recruiter', 'hr': who arranged it
    # the shape of a routing instruction in any wording (read.route_of): words, lower case
    routed: frozenset[str] = frozenset()  # 'thank-yous', 'everything': what is being sent
    route_verbs: frozenset[str] = frozenset()  # 'send', 'address': sent to/via someone
    contact_verbs: frozenset[str] = frozenset()  # 'email', 'ring': the person follows
    toward: frozenset[str] = frozenset()  # 'to', 'via', 'through': the person follows
    onward: frozenset[str] = frozenset()  # 'forward', 'relay': the intermediary's own verbs
    negation: frozenset[str] = frozenset()  # 'not', "don't", 'never', 'instead'
    allowed: frozenset[str] = frozenset()  # 'ok', 'fine': permission, never a route
    naming_verbs: frozenset[str] = frozenset()  # 'call': also 'call him Uncle Joe'
    after_contact: frozenset[str] = frozenset()  # 'back', 'on', 'about': still a call
    channels: Mapping[str, frozenset[str]] = field(default_factory=dict)  # 'phone': 'ring'…
    # one message only (Etiquette.single): 'one'/'single' before what is sent, 'only' in a
    # clause that routes, 'separately' after a negation, a negated 'receive'
    single: frozenset[str] = frozenset()  # 'one', 'single', 'consolidated'
    only: frozenset[str] = frozenset()  # 'only', 'alone', 'solely'
    separately: frozenset[str] = frozenset()  # 'individually', 'separate', 'each'
    receive: frozenset[str] = frozenset()  # 'receive', 'accept': 'the panel can't receive'
    # the subject line (subject_rule): a reference's words ('ref', 'req', 'competition'),
    # the verbs that ask to quote one ('quoting', 'cite'), the words a subject form writes the
    # candidate's name with ('<my name>', '[your name]')
    reference: tuple[str, ...] = ()
    quote_verbs: tuple[str, ...] = ()
    name_slots: tuple[str, ...] = ()
    # a reply in a thread already open (thread_of): the verbs of replying ('reply', 'answer',
    # 'respond'), what a thread is ('thread', 'chain', 'invite'), a message that is one only
    # when it is theirs ('her email', 'the scheduling email'), the words that make it theirs,
    # and the words of a new one ("don't start a new thread")
    reply: frozenset[str] = frozenset()
    threads: frozenset[str] = frozenset()
    messages: frozenset[str] = frozenset()
    theirs: frozenset[str] = frozenset()
    fresh: frozenset[str] = frozenset()
    # languages a note is written in ('thank-you to kuroda in japanese'): how to write it,
    # never whom to send it to
    languages: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Words:
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"drafting data: etiquette.{key} must be a list of strings")
            # longest first, so 'go through' is read before 'go'; then in letter order, so a
            # pattern made of them is the same text under any hash seed (kept between runs)
            words = {v.strip().lower() for v in value if v.strip()}
            return tuple(sorted(words, key=lambda v: (-len(v), v)))

        return cls(
            via=strings("via"),
            via_after=strings("via_after"),
            not_direct=strings("not_direct"),
            not_after_via=strings("not_after_via"),
            cc=strings("cc"),
            cc_after=strings("cc_after"),
            inbox=strings("inbox"),
            inbox_verbs=strings("inbox_verbs"),
            group=strings("group"),
            coordinator_words=frozenset(strings("coordinator_words")),
            routed=frozenset(strings("routed")),
            route_verbs=frozenset(strings("route_verbs")),
            contact_verbs=frozenset(strings("contact_verbs")),
            toward=frozenset(strings("toward")),
            onward=frozenset(strings("onward")),
            negation=frozenset(strings("negation")),
            allowed=frozenset(strings("allowed")),
            naming_verbs=frozenset(strings("naming_verbs")),
            after_contact=frozenset(strings("after_contact")),
            channels=_channels(data.get("channels", {})),
            single=frozenset(strings("single")),
            only=frozenset(strings("only")),
            separately=frozenset(strings("separately")),
            receive=frozenset(strings("receive")),
            reference=strings("reference"),
            quote_verbs=strings("quote_verbs"),
            name_slots=strings("name_slots"),
            reply=frozenset(strings("reply")),
            threads=frozenset(strings("threads")),
            messages=frozenset(strings("messages")),
            theirs=frozenset(strings("theirs")),
            fresh=frozenset(strings("fresh")),
            languages=frozenset(strings("languages")),
        )


def _channels(data: Any) -> dict[str, frozenset[str]]:
    """[etiquette.channels]: each way of sending ('phone', 'email', 'portal', 'thread',
    'post') and the words the notes say it with."""
    if not isinstance(data, Mapping) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in data.values()
    ):
        raise InvalidInput("drafting data: etiquette.channels must map a channel to words")
    return {str(k): frozenset(w.strip().lower() for w in v if w.strip()) for k, v in data.items()}


# the ways of sending that are an email: one the notes do not name, an email, or a reply in a
# thread already open
MAILED = (None, "email", "thread")


@dataclass(frozen=True)
class Etiquette:
    """What the notes ask for, person by person (people as the round records them)."""

    via: Person | None = None  # write to them (the plan's note; others through them)
    not_direct: tuple[Person, ...] = ()  # never emailed directly
    cc: tuple[Person, ...] = ()  # copied on every note
    inbox: str | None = None  # the address the notes say to write to
    inbox_said: str | None = None  # 'the team inbox', as the notes say it (no address)
    clauses: Mapping[str, str] | None = None  # what of the notes each rule was read from
    # how the notes say to reach `via` ('phone', 'email', 'portal', 'thread', 'post'), when
    # they say it ('ring tash, not lachie'; 'wade lives on the phone, not email')
    how: str | None = None
    # the notes ask for one message only, to `via` ('one email to the hr box, not eight';
    # 'thanks to her only'; 'the panel is not to be contacted individually'): no personal
    # note is written to anyone else, not even through them
    single: bool = False
    # the notes ask for a reply in a thread already open ('reply to her teams invite email',
    # 'just hit reply on the scheduling email', "don't start a new thread"): `thread` is that
    # email as the notes name it ('' when they name none), `thread_subject` its subject when
    # the notes quote it ("reply to 'Interview: Sous Chef' email")
    thread: str | None = None
    thread_subject: str | None = None
    # written to directly, as the notes say, whoever else notes go through ('thank-yous:
    # patrice + tammy direct (invite emails)'): `direct_said`
    direct_ok: tuple[Person, ...] = ()
    # thanked inside another's note, with no note of their own ('thank carmel in it too (no
    # separate email)'): `thanked_inside`
    inside: tuple[Person, ...] = ()

    def direct(self, person: Person) -> bool:
        """Whether a note may be emailed to `person` directly."""
        return not any(same(person, p) for p in self.not_direct)

    def through(self, person: Person) -> bool:
        """Whether a note to `person` goes through the person the notes name, to pass on
        (never when the notes ask to copy that person instead: 'yvette is the contact, cc
        her'; never by phone: a call passes on no letter)."""
        via = self.via
        return (
            via is not None
            and not same(via, person)
            and not any(same(person, p) for p in self.direct_ok)
            and not any(same(via, p) for p in self.cc)
            and self.how in MAILED
            and bool(via.email)
        )

    def written(self, person: Person) -> bool:
        """Whether a personal note to `person` may be written: emailed to them, or sent
        through the person the notes name."""
        if self.is_inside(person):
            return False
        return self.direct(person) or self.through(person)

    def is_inside(self, person: Person) -> bool:
        """Whether the notes thank `person` inside another's note, with none of their own."""
        return any(same(person, p) for p in self.inside)

    def copied(self, person: Person) -> list[Person]:
        """The people to copy on a note to `person` (never themselves)."""
        return [p for p in self.cc if not same(p, person)]


def same(a: Person, b: Person) -> bool:
    """Whether two records are one person of the round (the same name and address)."""
    return a.name == b.name and (a.email or "") == (b.email or "")


# a word of the notes: letters first, then letters, digits, apostrophes and hyphens
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _lower_words(text: str) -> str:
    """`text`'s words in lower case, one space apart ('The Finance-Manager!' -> 'the
    finance-manager')."""
    return " ".join(_WORD.findall(text.lower()))


def _cue(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


def _keys(person: Person) -> set[str]:
    """The words a clause may name `person` by: the names (first, last, whole, as typed), with
    the form of address they are greeted by ('Aunty Maree')."""
    typed = untitled_name(bare_name(person.name)).lower()
    words = set(_WORD.findall(typed))
    parts = name_parts(person.name)
    keys = {typed, *words}
    for part in (parts.first, parts.last, person.called, person.greeting):
        if part:
            keys.add(part.lower())
    return {k for k in keys if len(k) > 1}


def _title_keys(person: Person) -> set[str]:
    """The words a clause may name `person` by their job: the title as recorded ('finance
    manager'), and a title the name opens with ('Principal' of 'Principal Marcy Delorme')."""
    keys = set()
    title = _lower_words(person.title or "")
    if title and len(title) > 2:
        keys.add(title)
    typed = bare_name(person.name).split()
    untitled = untitled_name(bare_name(person.name)).split()
    if typed and untitled and len(typed) > len(untitled) and len(typed[0]) > 3:
        keys.add(typed[0].lower().strip("."))
    return keys


def _everyone(text: str, people: Sequence[Person], words: Words) -> list[Person]:
    """Every interviewer, when `text` opens on a word for all of them ('the team', 'the
    ward', 'the panel'; [etiquette] group), never an inbox or an address of theirs."""
    low = _lower_words(text)
    if not words.group or not re.match(
        shipped(rf"(?:{_cue(words.group)})\b(?!\s+(?:inbox|mailbox|address|email|account|lead))"),
        low,
    ):
        return []
    return [p for p in people if p.role is PersonRole.INTERVIEWER]


def who(
    text: str, people: Sequence[Person], words: Words, first_only: bool = True
) -> Person | None:
    """The person of the round `text` starts by naming ('liam', 'Liam O'Rourke', 'the
    recruiter', 'hr'); with `first_only` False, the one it names anywhere, when it names one
    only. None when it names nobody of the round, or several."""
    low = _lower_words(text)
    if re.match(r"(?:her|him|them)\b", low):
        return None  # a pronoun: read.who ties it to the person the clause starts with
    low = re.sub(r"^(?:the|my|our|their|his)\s+", "", low)
    if not low:
        return None
    found = _named_by(people, _keys, low, first_only)
    if not found:  # by the title the record gives them ('the principal', 'the finance manager')
        found = _named_by(people, _title_keys, low, first_only)
    if not found:
        first = low.split()[0] if first_only else None
        role_words = [first] if first else low.split()
        if any(w in words.coordinator_words for w in role_words):
            found = [p for p in people if p.role is PersonRole.COORDINATOR]
    if len(found) > 1:
        from followup.core.compose import same_person

        if all(same_person(found[0], p) for p in found[1:]):
            # one person recorded twice (the coordinator who also interviewed you, 'orla'
            # and 'orla mcgrath'): the entry with an address, else the coordinator's
            found = [next((p for p in found if p.email), found[0])]
        elif all(same_person(replace(found[0], email=None), replace(p, email=None)) for p in found):
            # one name recorded twice with two addresses ('aroha' with the office inbox,
            # 'Aroha Te Huia <aroha@…>'): the person is the one whose own address it is
            own = [p for p in found if p.email and p.email.split("@")[0].lower() in _keys(p)]
            found = own if len(own) == 1 else found
    return found[0] if len(found) == 1 else None


def _named_by(
    people: Sequence[Person], keys: Callable[[Person], Iterable[str]], low: str, first_only: bool
) -> list[Person]:
    """The people of `people` one of whose `keys` (longest first) is a whole word of `low`
    (lower case), or its first words when `first_only`."""
    found: list[Person] = []
    for p in people:
        for key in sorted(keys(p), key=len, reverse=True):
            pattern = rf"^{re.escape(key)}\b" if first_only else rf"\b{re.escape(key)}\b"
            if re.search(pattern, low):
                found.append(p)
                break
    return found


def _after(cues: Sequence[str], clause: str) -> list[str]:
    """The text after each cue of `cues` in `clause` (lower case)."""
    if not cues:
        return []
    return [
        clause[m.end() :].strip(" :,'\"")
        for m in re.finditer(shipped(rf"(?:^|\b|\s)(?:{_cue(cues)})\b"), clause, re.I)
    ]


def _before(cues: Sequence[str], clause: str) -> list[str]:
    """The last words before each cue of `cues` in `clause`."""
    if not cues:
        return []
    out: list[str] = []
    for m in re.finditer(shipped(rf"\b(?:{_cue(cues)})\b"), clause, re.I):
        head = clause[: m.start()].strip(" :,")
        names = _WORD.findall(head)
        out.extend(" ".join(names[i:]) for i in range(max(0, len(names) - 3), len(names)))
    return out


# a token of a clause: an address or part of one ('careers@'), else a word
_TOKEN = re.compile(r"[\w.+'’-]*@[\w.-]*|[^\W\d_][\w'’-]*|[,()]")
_ARTICLES = frozenset(["the", "my", "our", "their", "his", "a", "an", "your"])
_OBJECTS = frozenset(["her", "him"])  # a pronoun a note is sent to
_SUBJECTS = frozenset(["she", "he"])  # one who passes it on
# a quotation: opened after a space (never the apostrophe of "she'd"), closed before no letter
_QUOTED = re.compile(r"(?:^|(?<=\s))['‘\"“](.+?)['’\"”](?!\w)")


@dataclass
class _Found:
    """What the shape of one clause says (route_of)."""

    via: list[tuple[Person, str | None]] = field(default_factory=list)  # (person, how)
    not_direct: list[Person] = field(default_factory=list)
    cc: list[Person] = field(default_factory=list)
    speaker: Person | None = None


def _pronoun(token: str, subject: bool = False) -> bool:
    """'her', 'him' (`subject`: 'she', "she'll", "he's"): a pronoun for a person of the
    round."""
    if subject:
        return token in _SUBJECTS or bool(re.fullmatch(r"(?:she|he)['’](?:ll|s|d)", token))
    return token in _OBJECTS


def _negated(token: str, words: Words) -> bool:
    return token in words.negation or token.endswith(("n't", "n’t"))


def _mention(
    tokens: list[str],
    i: int,
    people: Sequence[Person],
    words: Words,
    speaker: Person | None,
    quoted: bool,
    subject: bool = False,
) -> list[Person] | None:
    """The people token `i` of a clause names (a name, a title, a role word of whoever
    arranged the interview, an address or its first part, a pronoun for the clause's speaker,
    a word for the whole panel); None when it names nobody."""
    token = tokens[i]
    if token in ",()":
        return None
    if "@" in token:
        local = token.split("@")[0]
        return [p for p in people if p.email and p.email.lower().split("@")[0] == local] or None
    if _pronoun(token, subject) or (token == "me" and quoted):
        return [speaker] if speaker is not None else None
    rest = " ".join(t for t in tokens[i:] if t not in ",()")
    if token in _ARTICLES:
        return _everyone(rest, people, words) or None
    group = _everyone(rest, people, words)
    if group:
        return group
    person = who(re.sub(r"['’]s\b", "", rest), people, words)
    if person is not None:
        return [person]
    # 'the residency inbox', 'the talent mailbox': the person whose name, title or address
    # holds the word before the inbox word
    if i + 1 < len(tokens) and tokens[i + 1] in words.inbox and len(token) > 2:
        owners = [p for p in people if token in f"{p.name} {p.email or ''} {p.title or ''}".lower()]
        return owners[:1] if len(owners) == 1 else None
    return None


def _channel(tokens: Sequence[str], words: Words) -> str | None:
    """The way of sending the words name ('ring' -> 'phone'), the first one named."""
    for t in tokens:
        for how, said in words.channels.items():
            if t in said:
                return how
    return None


def route_of(
    clause: str,
    people: Sequence[Person],
    words: Words,
    speaker: Person | None,
    after_fact: bool = False,
) -> _Found:
    """What one clause of the notes says of whom to write to, read from its shape rather
    than from set phrases: a person named after a verb of contact ('ring tash', 'email
    her') or after a word of direction that follows what is sent or a verb of sending
    ('thank-yous to her', 'send anything via the recruitment mailbox') is the one to write
    to; one named after a negation ('not him', "don't approach the interviewers", 'nothing
    to tobias') is not written to directly; one after 'cc'/'copy' is copied; the subject of
    an onward verb ('nkechi will relay anything', "she'll pass them on") is the one to write
    to, and the people named after it are not (they get it from them); a person who does
    not do email ('andrew doesn't really do email', 'prefers a call back not email') is
    reached another way. Pronouns stand for the clause's speaker ('lachie said call tash
    not him'). Permission ('ok to email greg directly') and a source ('came from
    careers@') route nothing. A person without an address said as a fact ('bev has no
    email', `_NO_ADDRESS`) bars no one else, and a route after it in the clause, or in the
    next one (`after_fact`: 'marta has no email -> via tatiane'), is for that person's note
    alone ('her thank-you to kayla', 'thank him via kiran'): it routes no one else's, unless
    it routes everything ('everything goes via shalini anyway')."""
    found = _Found(speaker=speaker)
    matches = list(_TOKEN.finditer(clause))
    tokens = [m.group(0).lower().rstrip(".") for m in matches]
    if not tokens:
        return found
    fact = _NO_ADDRESS.search(clause)
    # the words of the fact ('no email'): no negation of what follows
    in_fact = {k for k, m in enumerate(matches) if fact and fact.start() <= m.start() < fact.end()}
    one_note = fact is not None or after_fact
    since = next((k for k, m in enumerate(matches) if fact and m.start() >= fact.end()), 0)

    def of_one(i: int) -> bool:
        """Whether a route to the person at token `i` is for one person's note only."""
        return one_note and not any(t in _EVERY for t in tokens[since:i])

    # the words inside quotation marks: the speaker's own ('just reply to me')
    spans = [m.span(1) for m in _QUOTED.finditer(clause)]
    # a quotation the clause opens and the next one closes ("said: 'send them to me, I'll
    # forward - please don't …'"): quoted to the clause's end
    opened = re.search(r"(?:^|(?<=[\s:]))['‘\"“](?=\w)", clause)
    if opened and not any(a <= opened.end() < b for a, b in spans):
        spans.append((opened.end(), len(clause)))
    quoted = [any(a <= m.start() < b for a, b in spans) for m in matches]
    # the speaker: a person the clause opens on ('lachie said …', 'kim: …', 'wade lives …')
    head = _mention(tokens, 0, people, words, speaker, False, subject=True)
    if head is None and tokens[0] in _ARTICLES and len(tokens) > 1:
        head = _mention(tokens, 1, people, words, speaker, False)
    subject = head[0] if head and len(head) == 1 else None
    if subject is not None:
        found.speaker = subject
        speaker = subject
    last = 0  # where the words before the next mention start
    sending = False  # a word of what is sent, or a verb of sending, came before
    # 'don't call it the merger to gwen', 'call that a restructure with him': what to call
    # a thing before someone, never a way to reach them
    naming = next(
        (
            k
            for k, t in enumerate(tokens[:-1])
            if t in words.naming_verbs and tokens[k + 1] in ("it", "that", "this")
        ),
        len(tokens),
    )
    post = words.channels.get("post", frozenset())
    spelt: list[Person] = []  # named after 'write' ('write Eluned'): how to write the name
    for i, token in enumerate(tokens):
        if tokens[i + 1 : i + 2] == ["as"] and token in words.route_verbs:
            continue  # 'prefers to be addressed as Mr. Al-Mannai': a name, nothing sent
        if (
            token in words.routed
            or token in words.route_verbs
            # 'the zoom call with tariq': a call that was, nothing sent
            or (token in words.contact_verbs and not _a_thing(tokens, i))
        ):
            sending = True
        if token in _ARTICLES:
            continue
        named = _mention(tokens, i, people, words, speaker, quoted[i])
        if named is None:
            continue
        if len(named) == 1:
            found.speaker = named[0]  # whom a pronoun of the next clause stands for
        before = tokens[max(last, i - 5) : i]
        if "," in before:  # 'lorraine is the one to email, aroha reads the admin inbox'
            before = before[len(before) - before[::-1].index(",") :]
        last = i + 1
        if before[-1:] == ["write"]:
            spelt.extend(named)  # 'write Eluned on the card': how to write the name
        ahead = tokens[i + 1 : i + 7]
        ahead = ahead[: ahead.index(",")] if "," in ahead else ahead
        no = next((k for k, t in enumerate(ahead) if _negated(t, words)), None)
        if no is not None and any(
            (t in words.contact_verbs and t.endswith(("ed", "ung"))) or t in words.receive
            for t in ahead[no:]
        ):
            # 'panel members are not to be contacted', 'the panel can't receive mail'
            found.not_direct.extend(named)
            continue
        if i == 0 or (i == 1 and tokens[0] in _ARTICLES):
            continue  # the clause's subject
        if i > naming:
            continue  # what to call a thing in front of them ('call it … to gwen')
        if before[-1:] in (["from"], ["by"]) or any(t in words.allowed for t in before):
            continue  # a source ('came from careers@'), or leave to write ('ok to email greg')
        if any(t in words.onward for t in before):
            continue  # whom the intermediary passes it on to
        if any(t in post for t in [*before, *ahead]):
            continue  # a card or a letter to them: an extra, not the way notes go
        after = tokens[i + 1 : i + 3]
        # the cue after the person is a participle ('dana copied', "whitebird cc'd"), never
        # the verb of the next part ('to her at careers@ and cc lee')
        copied = any(t in words.cc and t.endswith("d") for t in after)
        plain = [t for t in before if t not in _ARTICLES]  # 'cc the kiaora@ inbox'
        if plain[-1:] and plain[-1] in words.cc and any(_negated(t, words) for t in plain[-3:-1]):
            continue  # "don't cc her, just tell her": no copy
        if plain[-1:] and plain[-1] in words.cc or copied:
            found.cc.extend(named)
            continue
        if "in" in after[:1] and tokens[i + 2 : i + 3] and tokens[i + 2] in words.languages:
            continue  # 'thank-you to kuroda in japanese': how their note is written
        at = next((k for k, t in enumerate(before) if t in words.contact_verbs), None)
        contact = before[at] if at is not None else None
        if contact == "write" and before[-1:] == ["write"]:
            continue  # 'write Marc-André, not MA', 'write Tatiane': how to write a name
        if at is not None and _a_thing(before, at):
            contact = None  # 'a teams call w/ him', 'phone screen w/ wil': what was, no way
        if (
            contact in words.naming_verbs
            and after
            and after[0] not in words.after_contact
            and after[0] not in words.negation
            and after[0] not in ",()"
        ):
            continue  # 'call him uncle joe': a name they asked for, no call
        if contact in words.naming_verbs and any(
            t in _OBJECTS or t in ("me", "them") for t in before[before.index(contact) + 1 :]
        ):
            continue  # 'call him Dr. Lim': the name, after a pronoun, is what to call them
        toward = any(t in words.toward for t in before) and sending
        negated = any(
            _negated(t, words)
            for k, t in enumerate(before, start=i - len(before))
            if k not in in_fact
        )
        if negated and any(same(p, q) for p in named for q in spelt):
            continue  # 'write Eluned on the card, not luned': the name not to write
        if negated and (contact or toward or sending):
            found.not_direct.extend(named)
        elif (
            (contact or toward)
            and len(named) == 1
            and not _everyone(" ".join(tokens[i:]), people, words)
            and not of_one(i)
        ):
            # the way that follows the person, up to what the go-between does with it ('she
            # relays them in her catch-up call': her call, not how to reach her)
            rest_of = []
            for j in range(i + 1, len(tokens)):
                if tokens[j] in words.onward:
                    break
                if not _negated(tokens[j - 1], words):
                    rest_of.append(tokens[j])
            how = _channel([contact] if contact else [], words) or _channel(rest_of, words)
            found.via.append((named[0], how if how != "email" or contact else None))
    # the subject of an onward verb is the one to write to ('greta passes them on')
    for k, token in enumerate(tokens):
        if token not in words.onward or not any(t in words.routed for t in tokens) or of_one(k):
            continue
        for j in range(k - 1, max(-1, k - 3), -1):
            named = _mention(tokens, j, people, words, speaker, False, subject=True)
            if named is not None and len(named) == 1:
                found.via.append((named[0], None))
                break
    # one who does not do email: reached another way, never emailed ('not email', "doesn't
    # really do email", 'never opens email')
    email_words = words.channels.get("email", frozenset())
    for j, t in enumerate(tokens):
        if t not in email_words or not any(_negated(x, words) for x in tokens[max(0, j - 3) : j]):
            continue
        # whose refusal: the person the part of the clause it is in opens on
        start = max((k + 1 for k in range(j) if tokens[k] == ","), default=0)
        whose = _mention(tokens, start, people, words, speaker, False, subject=True)
        them = whose[0] if whose and len(whose) == 1 else subject
        if them is None and _channel(tokens[:1], words) is not None:
            them = speaker  # "mike said 'give me a bell' -> phone, not email": his way
        if them is None:
            continue
        part = [x for x in (tokens[start:] if whose else tokens) if x not in email_words]
        if _channel(part, words) == "phone":
            found.via.append((them, "phone"))
        elif not any(same(them, p) for p, _ in found.via):
            found.not_direct.append(them)
    return found


# words before 'call', 'email' or 'text' that make it a thing, never how to reach someone ('a
# teams call w/ him', 'the zoom call with her', 'my email to jo')
_NOUN_BEFORE = frozenset(
    ["a", "an", "the", "our", "my", "his", "her", "their", "teams", "zoom", "video", "phone",
     "intro", "screening", "quick", "short", "first", "1st", "second", "2nd", "meet", "skype"]
)  # fmt: skip


_NOUN_AFTER = frozenset(["screen", "screening", "interview", "round", "chat", "number", "call"])


def _a_thing(tokens: Sequence[str], k: int) -> bool:
    """Whether the word of contact at `k` ('call', 'phone') names a thing, not a way to reach
    someone: after an article or a platform ('a teams call'), or before what it is ('phone
    screen'); never before 'to' and whom it goes to ('one short email to pooja only')."""
    if tokens[k + 1 : k + 2] == ["to"]:
        return False
    return (tokens[k - 1] if k else "") in _NOUN_BEFORE or (
        tokens[k + 1] if k + 1 < len(tokens) else ""
    ) in _NOUN_AFTER


def _outsider(text: str, people: Sequence[Person]) -> Person | None:
    """Someone the round does not record, to copy at the address the notes give right after
    their name ('maya brandt (his PA, mbrandt@acme.example)'): the words before the first
    bracket or comma are the name."""
    address = _EMAIL.search(text[:120])
    if address is None or any((p.email or "").lower() == address.group(0).lower() for p in people):
        return None
    head = re.split(r"[(,@:;]|\s[-–—]\s", text, maxsplit=1)[0]
    named = [w for w in _WORD.findall(head) if w.lower() not in _ARTICLES]
    if not named or len(named) > 4:
        return None
    name = " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in named)
    return Person(name, address.group(0), role=PersonRole.INTERVIEWER)


def _single(clause: str, words: Words, routes: bool, bars: bool) -> bool:
    """Whether a clause asks for one message only: in a clause that says whom to write to
    (`routes`), 'one'/'single'/'consolidated' before what is sent ('ONE thank-you email',
    'just the one note') or 'only'/'alone' ('thanks to her only'); in one that routes or bars
    someone (`bars`), 'separately'/'individually' after a negation ('not 8 separate emails',
    'not to be contacted individually') or a negated verb of receiving ('the panel can't
    receive anything')."""
    tokens = [m.group(0).lower().rstrip(".") for m in _TOKEN.finditer(clause)]
    sent = words.routed | words.channels.get("email", frozenset())
    for i, t in enumerate(tokens):
        # what is sent follows the number itself, not a phrase ('the one to email')
        following = []
        for x in tokens[i + 1 : i + 4]:
            if x in words.toward or x in ("who", "that", "of", "which", "for", ","):
                break
            following.append(x)
        if routes and t in words.single and any(x in sent for x in following):
            return True
        if routes and t in words.only:
            return True
        if not (routes or bars):
            continue
        if t in words.separately and any(_negated(x, words) for x in tokens[:i]):
            return True
        if t in words.receive and any(_negated(x, words) for x in tokens[max(0, i - 3) : i]):
            return True
    return False


def thread_of(clause: str, words: Words) -> str | None:
    """The thread a clause asks the note to go out in, read from its shape: a verb of replying
    followed by a thread ('reply to her teams invite email', 'hit reply on the scheduling
    email', 'answer in the same chain') or by a message that is theirs ('respond to keisha's
    email'); a thread that is theirs or the same one ('keep it on her thread'); a new one
    negated ("don't start a new thread", 'no fresh email'). The words that name it ('her
    teams invite email'; '' when the clause names none), or None when it asks no such thing.
    A reply negated ('no need to reply to the invite') asks nothing."""
    matches = [m for m in _TOKEN.finditer(clause) if m.group(0) not in "(),"]
    tokens = [m.group(0).lower().rstrip(".") for m in matches]

    def said(i: int, j: int) -> str:
        return clause[matches[i].start() : matches[j].end()].strip(" .,")

    for i, t in enumerate(tokens):
        if t in words.fresh and any(_negated(x, words) for x in tokens[max(0, i - 4) : i]):
            ahead = tokens[i + 1 : i + 3]
            if any(x in words.threads or x in words.messages or x == "one" for x in ahead):
                return ""
        if t in words.reply:
            if any(_negated(x, words) or x == "need" for x in tokens[max(0, i - 3) : i]):
                continue
            ahead = tokens[i + 1 : i + 9]
            for k, x in enumerate(ahead):
                j = i + 1 + k
                mine = any(y in words.theirs or y.endswith(("'s", "’s")) for y in ahead[:k])
                if x in words.threads or (x in words.messages and mine):
                    # the name runs from the first word after the verb's own particle
                    start = i + 1
                    while start < j and tokens[start] in ("to", "on", "in", "within", "all"):
                        start += 1
                    end = j + 1 if j + 1 < len(tokens) and tokens[j + 1] in words.messages else j
                    return said(start, end)
        if (
            t in words.threads
            and i > 0
            and (tokens[i - 1] in words.theirs or tokens[i - 1].endswith(("'s", "’s")))
        ):
            return said(i - 1, i)
    return None


def _thread_subject(notes: str, clause: str) -> str | None:
    """The subject of the thread a clause names, when the notes quote it ("reply to the
    'Interview: Sous Chef, East Nashville' email"): the quotation that opens inside it."""
    at = notes.find(clause)
    if at < 0:
        return None
    for m in re.finditer(_QUOTE, notes):
        if at <= m.start() < at + len(clause) and not re.search(r"\bsubject\b", clause, re.I):
            return m.group(1).strip()
    return None


def _quoted_thread(
    notes: str, people: Sequence[Person], words: Words
) -> tuple[str | None, str | None, Person | None]:
    """A thread the notes name by its quoted subject ("reply to the 'Interview: ACM - Bayshore'
    email from keisha", whose dash would cut a clause): (how to name it, its subject, whose
    it is), or (None, None, None)."""
    verbs = words.reply - {"keep", "stay", "stays"}
    for m in re.finditer(_QUOTE, notes):
        before = _lower_words(notes[max(0, m.start() - 40) : m.start()]).split()[-6:]
        after = _lower_words(notes[m.end() : m.end() + 40]).split()
        if not any(w in verbs for w in before) or any(_negated(w, words) for w in before):
            continue
        if not (after[:1] and (after[0] in words.threads or after[0] in words.messages)):
            continue
        near = " ".join([*before, *after[:6]])
        owner = who(near, people, words, False) or next(
            (p for p in people if p.role is PersonRole.COORDINATOR), None
        )
        subject = m.group(1).strip()
        return f"the “{subject}” {after[0]}", subject, owner
    return None, None, None


# the notes ask for emails ('thank-yous by email', 'emails to the panel')
_BY_EMAIL = re.compile(r"(?i)\bby\s+e-?mail\b|\be-?mails\s+(?:to|for)\b")
# the notes want no email at all ('no email needed', 'no emails'): with a call, the one message
_NO_EMAILS = re.compile(
    r"(?i)\bno\s+(?:separate\s+)?e-?mails?\s+(?:needed|necessary|required|at\s+all)\b"
    r"|\bno\s+e-?mails\b|\bno\s+need\s+(?:for|to)\s+e-?mail\s+(?:anyone|anybody|them)\b"
)


# a thought the notes take back at once ('cc alyssa? no - separate 2-line note to alyssa',
# "thank fiona in one line in ally's? or no - just the 2"): from the start of its sentence (or
# after a name and a colon) to the 'no' that takes it back
_TAKEN_BACK = re.compile(
    r"(?i)(?:(?<=[.;!?\n:])|^)[^.;!?\n:]*\?\s*(?:or\s+)?(?:no|nah|actually)\b\s*(?:[-–—,:.]+\s*|$)"
)


def settled(notes: str) -> str:
    """The notes without the thoughts they take back at once ('cc alyssa? no - separate note
    to alyssa' -> 'separate note to alyssa')."""
    return _TAKEN_BACK.sub(" ", notes)


def read(notes: str | None, people: Sequence[Person], words: Words) -> Etiquette:
    """What the round's notes ask of whom a note goes to, who is copied and who is not
    written to directly (a thought they take back at once is no ask: `settled`)."""
    if not notes:
        return Etiquette()
    notes = settled(notes)
    via: Person | None = None
    not_direct: list[Person] = []
    cc: list[Person] = []
    inbox: str | None = None
    inbox_said: str | None = None
    how: str | None = None
    single = False
    thread: str | None = None
    thread_subject: str | None = None
    thread_to: Person | None = None
    said: dict[str, str] = {}
    speaker: Person | None = None
    fact = False  # the clause before says someone has no address ('bev has no email ->')
    for clause in (c.strip() for c in _CLAUSES.split(notes)):
        if not clause:
            continue
        before_speaker = speaker
        shape = route_of(clause, people, words, speaker, after_fact=fact)
        fact = bool(_NO_ADDRESS.search(clause))
        speaker = shape.speaker
        routed_here = bool(shape.via)
        for routed, way in shape.via:
            if via is None or (same(routed, via) and how is None):
                via, how = routed, way
                said.setdefault("via", clause)
        named_thread = thread_of(clause, words) if thread is None else None
        if named_thread is not None:
            # whose thread: whom the clause routes to, the one it names or speaks of ('her
            # invite': its speaker), else whoever arranged the interview (who sent it)
            owner = shape.via[0][0] if shape.via else who(clause, people, words, False)
            if owner is None and re.search(r"\b(?:her|his|she|he)\b", clause, re.I):
                owner = shape.speaker or before_speaker
            if owner is None:
                owner = next((p for p in people if p.role is PersonRole.COORDINATOR), None)
            thread, thread_to = named_thread, owner
            thread_subject = _thread_subject(notes, clause)
            said.setdefault("thread", clause)
        for barred in shape.not_direct:
            not_direct.append(barred)
            said.setdefault("not_direct", clause)
        for copied in shape.cc:
            cc.append(copied)
            said.setdefault("cc", clause)
        for rest in _after(words.via, clause):
            person = who(rest, people, words)
            if person is None and re.match(r"(?:her|him|them)\b", rest, re.I):
                person = who(clause, people, words)  # 'priya: all comms to her'
            if person is None:
                continue
            via = via or person
            routed_here = True
            said.setdefault("via", clause)
            for other in _after(words.not_after_via, rest):
                named = who(other, people, words)
                for them in [named] if named is not None else _everyone(other, people, words):
                    if not same(them, person):
                        not_direct.append(them)
                        said.setdefault("not_direct", clause)
        for head in _before(words.via_after, clause):
            person = who(head, people, words)
            if person is not None:
                via = via or person
                routed_here = True
                said.setdefault("via", clause)
        for rest in _after(words.not_direct, clause):
            named = who(rest, people, words)
            for them in [named] if named is not None else _everyone(rest, people, words):
                if via is None or not same(them, via):
                    not_direct.append(them)
                    said.setdefault("not_direct", clause)
        for rest in _after(words.cc, clause):
            before_cue = clause[: len(clause) - len(rest)].lower()
            if re.search(
                r"\b(?:don['’]?t|do\s+not|not|never|no\s+need\s+to)\s+\W*\w*\W*$", before_cue
            ):
                continue  # "rachel said don't cc her, just tell her": no copy
            person = who(rest, people, words)
            if person is None and re.match(r"(?:her|him|them)\b", rest, re.I):
                person = who(clause, people, words)  # 'yvette is the contact, cc her'
            if person is None:
                person = _outsider(rest, people)  # 'cc sharon tulloch (his PA, st@…)'
            if person is not None:
                cc.append(person)
                said.setdefault("cc", clause)
        for head in _before(words.cc_after, clause):
            person = who(head, people, words)
            if person is not None:
                cc.append(person)
                said.setdefault("cc", clause)
        if (
            words.inbox
            and re.search(shipped(rf"\b(?:{_cue(words.inbox)})\b"), clause, re.I)
            and re.search(shipped(rf"\b(?:{_cue(words.inbox_verbs)})\b"), clause, re.I)
        ):
            address = _EMAIL.search(clause)
            theirs = {(p.email or "").lower() for p in people}
            if address and address.group(0).lower() not in theirs:
                inbox = inbox or address.group(0)
            m = re.search(
                shipped(rf"\b(?:the|their|a)\s+(?:[\w-]+\s+){{0,2}}(?:{_cue(words.inbox)})\b"),
                clause,
                re.I,
            )
            if m:
                inbox_said = inbox_said or m.group(0).lower()
            said.setdefault("inbox", clause)
        if _single(clause, words, routed_here, bool(shape.not_direct)):
            single = True
            said.setdefault("single", clause)
    no_emails = _NO_EMAILS.search(notes)
    interviewers = [p for p in people if p.role is PersonRole.INTERVIEWER]
    if (
        how == "phone"
        and no_emails
        and via is not None
        and via.role is PersonRole.INTERVIEWER
        and not notes_counted(notes, len(interviewers))
        and not _BY_EMAIL.search(notes)
    ):
        # 'ring shane (an interviewer) … say thanks to craig, tina + paul through him … no
        # email needed': the call is the one message; no one is emailed (never where the
        # notes ask for emails: 'thank-yous by email, one each … jacqui: I ring her')
        single = True
        said.setdefault("single", no_emails.group(0))
    if thread is None:
        thread, thread_subject, thread_to = _quoted_thread(notes, people, words)
        if thread is not None:
            said["thread"] = thread
    if thread is not None and thread_to is not None:
        # a reply in the thread they opened: to them, unless the notes route it elsewhere
        if via is None:
            via = thread_to
            said.setdefault("via", said["thread"])
        if same(via, thread_to) and how in MAILED:
            how = "thread"
    elif thread is not None:
        thread = None  # no one to reply to: no thread followed
    if (
        via is not None
        and via.email
        and any((p.email or "").lower() == via.email.lower() for p in cc)
    ):
        # the address to copy is never the one the note goes to ('email her and cc the
        # office inbox', her record giving that inbox): her own address, when recorded
        from followup.core.compose import same_person

        own = next(
            (p for p in people if p.email and p.email != via.email and same_person(p, via)),
            None,
        )
        if own is not None:
            via = own
    direct_ok = direct_said(notes, people, words)
    not_direct = [p for p in not_direct if not any(same(p, q) for q in direct_ok)]
    if via is not None and any(same(via, q) for q in direct_ok) and how in MAILED:
        via = None  # 'email kuroda-san + bethany directly': each written to, through no one
    if (
        via is not None
        and how in MAILED
        and _listed_after(notes, said.get("via"), via, people, words)
    ):
        via = None  # 'email to Mrs. Adeyemi-Okon + Alhaji Sani': each written to, by no one
    if via is not None and _own_route(said.get("via"), via, people, words):
        via = None  # "Datin via ed.office@ (her PA prints for her), Mr. Lim, …": her own inbox
    unique_not = tuple({p.name: p for p in not_direct if via is None or not same(p, via)}.values())
    unique_cc = tuple({p.name: p for p in cc if not any(same(p, q) for q in unique_not)}.values())
    return Etiquette(
        via=via,
        not_direct=unique_not,
        cc=unique_cc,
        inbox=inbox,
        inbox_said=inbox_said if (inbox or inbox_said) else None,
        clauses=said,
        how=how,
        single=single and via is not None,
        thread=thread if how == "thread" else None,
        thread_subject=thread_subject if how == "thread" else None,
        direct_ok=direct_ok,
        inside=thanked_inside(notes, people, words),
    )


# --- the notes' own list of whom to write to ------------------------------------------------


def _sentences(notes: str) -> list[str]:
    """The notes' sentences (after a full stop, '!' or ';', or a line break), stripped."""
    return [s.strip() for s in re.split(r"(?<=[.!;])\s+|\n+", notes) if s.strip()]


def _mentions(person: Person, text: str) -> list[re.Match[str]]:
    """Where `text` (lower case) names `person` by one of their names (`_keys`), as whole
    words."""
    return [m for k in _keys(person) for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", text)]


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# the notes count the notes to write ('3 short emails', 'two thank-you notes', 'email both',
# 'email all four', 'one each', 'just the 2'): the interviewers, when the count is theirs
_COUNTED = re.compile(
    rf"(?i)\b(?:(?P<n>{_NUMBER})\s+(?:(?:short|quick|separate|personal|brief|individual|"
    r"thank[- ]?you|thanks?|follow[- ]?up|tailored|different)\s+)*(?:e-?mails|notes|thank[- ]?yous|"
    r"messages|cards)\b"
    rf"|\b(?:e-?mail|write\s+to|thank|message)\s+(?:them\s+)?(?:(?P<both>both)|all\s+(?:(?P<all>{_NUMBER})|"
    r"of\s+them|(?P<three>three)))\b"
    r"|\b(?P<each>one\s+(?:each|per\s+(?:person|interviewer)))\b"
    rf"|\b(?:just|only)\s+the\s+(?P<just>{_NUMBER})\b)"
)
# what a sentence naming someone says of a note to them: none ('priyanka: no need', 'chloe -
# no need', 'jacqui: no email needed', 'a line in the head's is fine', 'not a separate
# email', "jess: cc not needed", 'nothing for megan'; never 'ask nothing')...
_NO_OWN_NOTE = re.compile(
    r"(?i)\bno\s+need\b|\bnot\s+needed\b|\bno\s+(?:separate\s+)?(?:e-?mail|note|message|card)s?\b|"
    r"\bnot\s+(?:a\s+)?separate\b|\bin\s+(?:the\s+)?[\w'’-]+['’]s\b|\bskip\b|\bnothing\s+(?:for|to)\b"
)
# ... or one of their own ('separate short note to tasha', 'lisa: separate thanks for
# organizing', 'quick email to the recruiter')
_OWN_NOTE = re.compile(
    r"(?i)\b(?:separate|seperate|own)\b"
    r"|\b(?:note|e-?mail|message|card|line|thanks|thank[- ]?you)\s+to\b"
    r"|\b(?:e-?mail|thank|message|write\s+to)\s+(?!both\b|all\b|them\b)\w"
)
# a second thought in one sentence ('one line in wei ling's? no - short separate thanks'):
# what follows it is what the notes mean
_SECOND_THOUGHT = re.compile(r"(?i)\?\s*(?:or\s+)?no\b\W*|\bactually\b\W*|\bscratch\s+that\b\W*")


def _counted(sentence: str, panel: int) -> bool:
    """Whether `sentence` counts the notes to write as one to each of `panel` interviewers."""
    for m in _COUNTED.finditer(sentence):
        if m.group("each"):
            return True
        said = m.group("n") or m.group("all") or m.group("just") or m.group("three")
        n = 2 if m.group("both") else None
        if said:
            n = int(said) if said.isdigit() else _COUNT_WORDS.get(said.lower())
        if m.group("all") is None and m.group("both") is None and "all" in m.group(0).lower():
            return True  # 'email all of them'
        if n == panel:
            return True
    return False


# a thank-you inside another's note ('thank carmel in it too', 'thank leanne in the card too',
# "thank fiona in ally's"), and the words that say there is no note of their own
_THANKED_IN = re.compile(
    r"(?i)\bthank(?:s|\s+you)?\s+(?:to\s+)?(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)"
    r"\s+(?:in|inside|within)\s+(?:it|the\s+(?:card|email|note|letter)|[\w'’-]+['’]s|his|hers|theirs)\b"
)
_NO_SEPARATE = re.compile(
    r"(?i)\bno\s+separate\b|\bnot\s+(?:a\s+)?separate\b|\bno\s+(?:e-?mail|note)s?\s+(?:needed|of\s+(?:his|her|their)\s+own)\b"
)


def thanked_inside(notes: str | None, people: Sequence[Person], words: Words) -> tuple[Person, ...]:
    """The people the notes thank inside another's note and say get none of their own ('thank
    Carmel in it too (no separate email)', "thank leanne in the card too … - no separate
    email"): in one sentence, the thanks inside and the words that say so."""
    out: list[Person] = []
    for sentence in _sentences(settled(notes or "")):
        if not _NO_SEPARATE.search(sentence):
            continue
        for m in _THANKED_IN.finditer(sentence):
            person = who(m.group("who"), people, words)
            if person is not None and not any(same(person, p) for p in out):
                out.append(person)
    return tuple(out)


# the notes ask for the thanks as a card ('ONE handwritten card to Graham', 'a thank-you card
# posted tmrw', 'send a card to Dr. Murphy'); never one they turn down ('no card', 'card? no')
_CARD_ASKED = re.compile(
    r"(?i)\b(?:one|handwritten|hand-written|thank[- ]?you|posted|proper)\s+"
    r"(?:[\w-]+\s+){0,2}?cards?\b"
    r"|\b(?:send|write|post|drop\s+off|leave)\s+(?:her|him|them|[\w'’-]+\s+)?an?\s+(?:[\w-]+\s+)?card\b"
)


def card_asked(notes: str | None) -> bool:
    """Whether the notes ask for the thanks as a card, written by hand."""
    text = settled(notes or "")
    for m in _CARD_ASKED.finditer(text):
        before = text[max(0, m.start() - 14) : m.start()]
        if re.search(r"(?i)\b(?:no|not|never|don['’]?t|without)\W*(?:\w+\W+)?$", before):
            continue
        return True
    return False


def inside_reason(person: Person) -> str:
    """Why no note is written to `person`: the notes thank them inside another's."""
    return (
        f"no note is written to {_named(person)}: your notes thank them inside another note, "
        "with none of their own"
    )


def notes_counted(notes: str | None, panel: int) -> bool:
    """Whether the notes count the notes to write as one to each of `panel` interviewers ('3
    short emails', 'email both', 'one each', 'just the 2'): each gets a note of their own."""
    return any(_counted(s, panel) for s in _sentences(notes or ""))


def unnoted(notes: str | None, people: Sequence[Person], words: Words) -> tuple[Person, ...]:
    """The coordinators (who arranged the round, not on the panel) the notes give no note of
    their own: one a sentence says needs none ('Priyanka: no need, she'll hear from them',
    'Chloe - no need'), or, where the notes count the notes to write as the interviewers'
    ('3 short emails', 'email both', 'one each', 'just the 2'), one no sentence asks a note
    for ('separate quick note to Niamh', 'Lisa: separate thanks for organizing'). A thank-you
    inside another's note ('thank Kelly in one line, not a separate email') is no note of
    their own."""
    return tuple(p for p, _ in _unnoted(notes, people))


def unnoted_said(notes: str | None, person: Person, people: Sequence[Person]) -> str:
    """The sentence of the notes that gives `person` no note of their own ('' if none)."""
    return next((said for p, said in _unnoted(notes, people) if p is person), "")


def _unnoted(notes: str | None, people: Sequence[Person]) -> list[tuple[Person, str]]:
    if not notes:
        return []
    from followup.core.compose import same_person

    interviewers = [p for p in people if p.role is PersonRole.INTERVIEWER]
    sentences = _sentences(notes)
    counting = next((s for s in sentences if _counted(s, len(interviewers))), None)
    out = []
    for person in people:
        if person.role is not PersonRole.COORDINATOR or any(
            same_person(person, q) for q in interviewers
        ):
            continue
        keys = _keys(person)
        asked = False
        barred: str | None = None
        for sentence in sentences:
            if not _mentions(person, _lower_words(sentence)):
                continue
            tail = _SECOND_THOUGHT.split(sentence)[-1]
            # 'melissa nothing', 'jordan: none' (never 'ask nothing')
            nothing = any(
                re.search(
                    rf"(?<!\w){re.escape(k)}\W{{0,3}}(?:nothing|none)(?!\w)", _lower_words(tail)
                )
                for k in keys
            )
            if nothing or _NO_OWN_NOTE.search(tail):
                barred = barred or sentence
            elif _OWN_NOTE.search(tail):
                asked = True
        if not asked and (barred or counting):
            out.append((person, barred or counting or ""))
    return out


# 'dan (the main one)', 'email to kerry-anne today = the main one', 'main contact'
_MAIN = re.compile(r"(?i)\b(?:the\s+)?main\s+(?:one|email|note|contact|thank[- ]?you)\b")


def main_interviewer(notes: str | None, people: Sequence[Person], words: Words) -> Person | None:
    """The interviewer the notes' own list of notes starts with, for the plan's note when its
    reader gets none ('unnoted'): the one they call the main one ('Mark (the main one)'),
    else the first the notes name, else the first; one with an address first."""
    interviewers = [p for p in people if p.role is PersonRole.INTERVIEWER]
    mailed = [p for p in interviewers if p.email] or interviewers
    if not mailed:
        return None
    text = notes or ""
    for m in _MAIN.finditer(text):
        # the person named just before it, in its own part of the sentence
        before = re.split(r"[.;!?\n]|\)\s*,|,\s+(?=\w+\s*[:(])", text[: m.start()])[-1].lower()
        last = {id(p): max((x.end() for x in _mentions(p, before)), default=-1) for p in mailed}
        named = [p for p in mailed if last[id(p)] >= 0]
        if named:
            return max(named, key=lambda p: last[id(p)])
    low = text.lower()
    first = {id(p): min((x.start() for x in _mentions(p, low)), default=-1) for p in mailed}
    named = [p for p in mailed if first[id(p)] >= 0]
    return min(named, key=lambda p: first[id(p)]) if named else mailed[0]


_JOINS = frozenset(["+", ",", "and", "&", "/"])

# what is written, in a clause that names a language: the thank-yous, a line, a note
_WRITTEN = re.compile(
    r"(?i)\b(?:thank[- ]?you\w*|thanks|e-?mails?|mails?|notes?|cards?|letters?|lines?|write|"
    r"written|reply|message|msg|schreiben|escribir|escribe|skriv|scrie|remerciements?|"
    r"agradecimientos?|merci|gracias|danke|obrigad[oa]|podziękowani\w*)\b"
)
_NOT_ASKED = re.compile(r"(?i)\b(?:not|no need|don['’]?t|never|english is fine|english ok)\b")


def _asked_language(languages: frozenset[str]) -> re.Pattern[str]:
    """One pattern of the languages a note may be asked in ('in german', 'auf deutsch', 'på
    nynorsk', 'a line in vietnamese', 'one finnish line'), never a language's adjective
    ('danish tax card'); made from the data's words, the same run after run (shipped)."""
    names = "|".join(
        re.escape(w) for w in sorted(languages - {"english", "keigo"}, key=lambda w: (-len(w), w))
    )
    return re.compile(
        shipped(
            rf"\b(?:in|auf|en|em|på|pa|în|na|into)\s+(?P<lang>{names})(?![\w-])"
            rf"|(?<![\w-])(?P<line>{names})\s+(?:lines?|version|sentence|greeting)\b"
        )
    )


def asked_languages(
    notes: str | None, people: Sequence[Person], words: Words
) -> list[tuple[str, Person | None, str]]:
    """The languages the notes ask the follow-up to be written in, other than English
    ('THANK-YOU: email in german, Sie', 'thank-yous in spanish pls', 'write to Eirik på
    nynorsk', '1 line in vietnamese for chef hạnh'): (the language as the notes write it, the
    one person the clause names or None for every note, the clause). A clause that says not
    to ('no need for german') asks none; a language's adjective ('danish tax card') is none."""
    found: list[tuple[str, Person | None, str]] = []
    asked = _asked_language(words.languages)
    clauses = [c.strip() for c in _CLAUSES.split(notes or "")]
    # each part of a clause on its own ('write to jens in german, aylin is fine with english'),
    # with whether the clause before it says what is written ('REMERCIEMENTS par mail : A-S
    # + Karima en français': the list goes on after the '+')
    parts = [
        (p.strip(), c, clauses[at - 1] if at and _WRITTEN.search(clauses[at - 1]) else "")
        for at, c in enumerate(clauses)
        for p in re.split(r",\s+|\s+but\s+", c)
    ]
    for clause, whole, before in parts:
        low = clause.lower()
        m = asked.search(low)
        said = (m.group("lang") or m.group("line")) if m else None
        written = _WRITTEN.search(clause) or _WRITTEN.search(whole) or before
        if said is None or not written or _NOT_ASKED.search(clause):
            continue
        person = who(clause, people, words, False)
        found.append((said, person, clause))
        # the name the clause before ends on, joined to this one by '+' ('… : Anne-Sophie +
        # Karima en français'): asked of both
        if not before or person is None:
            continue
        named = who(before.rsplit(":", 1)[-1], people, words, False)
        if named is not None and not same(named, person):
            found.append((said, named, clause))
    return found


def _own_route(clause: str | None, via: Person, people: Sequence[Person], words: Words) -> bool:
    """Whether the clause that routes the notes through `via` says only how one person is
    written to: it names them just before 'via' and the way is theirs ('Datin via
    ed.office@', her office inbox), or it is headed by their name ('Syafiqah: short thanks to
    careers@ for arranging'): no route for anyone else."""
    m = re.search(
        r"(?i)(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s+via\s", clause or ""
    ) or re.match(
        r"(?i)\s*(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})\s*:\s*"
        r"(?:an?\s+|one\s+)?(?:short|quick|brief|small)?\s*"
        r"(?:thanks|thank[- ]you|note|line|e?-?mail)(?![\w-])"
        r"(?![^.;]*\b(?:all|every\w*|thank[- ]?yous|correspondence|others)\b)",
        clause or "",
    )
    if m is None:
        return False
    named = who(m.group("who"), people, words) or who(m.group("who").split()[-1], people, words)
    return named is not None and same(named, via)


def _listed_after(
    notes: str, clause: str | None, via: Person, people: Sequence[Person], words: Words
) -> bool:
    """Whether the clause that routes the notes through `via` ends on them and the notes go
    on with another person of the round joined by '+', '&' or 'and' ('THANK-YOU: email to
    Mrs. Adeyemi-Okon + Alhaji Sani, cc Ifeoma'): a list of whom to write to, each
    directly, no one to go through."""
    at = notes.find(clause) if clause else -1
    if not clause or at < 0:
        return False
    # 'send to bisola and alhaji musa', 'email Niamh, Finn, Cathal, Priya'
    inside = [p for p in re.split(r"\s*(?:,|&|\+|\band\b)\s*", clause) if p.strip()]
    if len(inside) >= 2:
        tail = inside[0].split()[-2:]  # the name the first part ends on ('… to bisola')
        one = who(" ".join(tail), people, words) or who(tail[-1], people, words)
        others = [who(p, people, words) for p in inside[1:]]
        named = [
            o
            for o, p in zip(others, inside[1:], strict=True)
            if o is not None and not same(o, via) and len(p.split()) <= 3
        ]
        # names alone after them, one of the round among them, make a list, whatever the
        # short names left unread ('email Niamh, Finn, Cathal, Priya, Jide, Hannah'); a
        # part that says more ('and kelechi has no email') is no name of a list
        names_only = all(len(p.split()) <= 3 for p in inside[1:])
        if (
            one is not None
            and same(one, via)
            and named
            and (names_only or len(named) >= len(others) - 1)
        ):
            return True
    rest = re.match(r"\s*(?:\+|&|\band\b)\s*(?P<next>[^,;.\n]{1,60})", notes[at + len(clause) :])
    if rest is None:
        return False
    other = who(rest.group("next"), people, words)
    return other is not None and not same(other, via)


def direct_said(notes: str | None, people: Sequence[Person], words: Words) -> tuple[Person, ...]:
    """The people the notes say to write to directly ('patrice + tammy direct', 'ok to email
    greg directly', 'thank-you mails direct to rodrigo, xóchitl'): the names, joined by '+',
    ',', 'and' or '&', just before 'direct' or 'directly' with no negation before them
    ("don't email craig directly" is a bar), or after 'direct to'."""
    found: list[Person] = []
    for sentence in re.split(r"(?<=[.;!?])\s+|\n+", notes or ""):
        tokens = [t.lower().rstrip(".") for t in re.findall(r"[^\W\d_][\w'’.-]*|[+,&/]", sentence)]
        for k, t in enumerate(tokens):
            if t not in ("direct", "directly"):
                continue
            if tokens[k + 1 : k + 2] == ["to"]:
                # 'thank-you mails direct to rodrigo, xóchitl + dietmar': each of them
                j = k + 2
                while j < len(tokens):
                    if tokens[j] in _JOINS:
                        j += 1
                        continue
                    person = who(tokens[j], people, words)
                    if person is None:
                        break
                    found.append(person)
                    j += 1
            group: list[Person] = []
            j = k - 1
            while j >= 0:
                if tokens[j] in _JOINS:
                    j -= 1
                    continue
                person = who(tokens[j], people, words)
                if person is None:
                    break
                group.append(person)
                j -= 1
            if group and not any(_negated(x, words) for x in tokens[max(0, j - 3) : j + 1]):
                found.extend(group)
    return tuple({p.name: p for p in found}.values())


_HOW = {
    "phone": "phone {name}",
    "email": "email {name}",
    "portal": "send it through the portal, addressed to {name}",
    "thread": "reply to {name} on the same thread",
    "post": "post it to {name}",
}


def reply_words(thread: str | None, name: str, subject: str | None = None) -> str:
    """How to send a note as a reply in a thread already open: 'send it as a reply to her
    teams invite email (hit Reply on it, so it stays in that thread)'."""
    what = (thread or "").strip()
    if re.match(r"(?:her|his|their)\b", what, re.I):
        what = f"{name}'s {what.split(None, 1)[1]}" if " " in what else f"{name}'s email"
    elif not what or what.lower() in ("thread", "chain", "one"):
        what = f"{name}'s last email"
    elif not re.match(r"(?:the|that|this|a|an|[\w-]+['’]s)\b", what, re.I):
        what = f"the {what}"
    if re.fullmatch(r"(?:the|that)\s+(?:same\s+)?(?:thread|chain)", what, re.I):
        what = f"{name}'s email"
    # the meeting tools write their names with a capital ('her teams invite' -> 'Teams')
    what = re.sub(
        r"\b(teams|zoom|webex|skype)\b", lambda m: m.group(1).capitalize(), what, flags=re.I
    )
    subject_line = f", keeping its subject “Re: {subject}”" if subject else ""
    return (
        f"send it as a reply to {what} (hit Reply on it{subject_line}, so it stays in that thread)"
    )


def inbox_person(address: str, said: str | None) -> Person:
    """The team mailbox the notes give the address of, as a recipient: named as the notes
    name it ('the careers inbox' -> 'Careers inbox'), else 'Inbox'."""
    name = re.sub(r"^(?:the|their|a)\s+", "", (said or "").strip(), flags=re.I) or "inbox"
    return Person(name[:1].upper() + name[1:], address)


def route_reason(route: Route) -> str:
    """The plan's reason for a route the notes give: 'Your notes say to phone Wade Pruitt
    (call him not email): the follow-up goes to them that way.'"""
    if route.inbox:
        cc = f", copying {', '.join(_named(p) for p in route.cc)}" if route.cc else ""
        return (
            f"Your notes say to email the {route.to.name[:1].lower()}{route.to.name[1:]}, "
            f"{route.to.email}{cc} ({route.said}): the follow-up goes there."
        )
    if route.how == "thread":
        cc = f", copying {', '.join(_named(p) for p in route.cc)}" if route.cc else ""
        how = reply_words(route.thread, _named(route.to), route.thread_subject)
        return (
            f"Your notes say to reply in {_named(route.to)}'s thread ({route.said}): {how}"
            f"{cc}, not as a new email."
        )
    how = _HOW.get(route.how or "", "write to {name}").format(name=_named(route.to))
    cc = f", copying {', '.join(_named(p) for p in route.cc)}" if route.cc else ""
    return f"Your notes say to {how}{cc} ({route.said}): the follow-up goes there."


def _named(person: Person) -> str:
    return person_name(untitled_name(bare_name(person.name)))


def followed(rules: Etiquette, person: Person, plans_note: bool) -> list[str]:
    """What of the notes a note to `person` follows, said to the user ('addressed to Liam
    O'Rourke, as your notes say (go thru liam not craig)')."""
    out: list[str] = []
    said = rules.clauses or {}
    thread = ""
    if rules.via is not None and rules.how == "thread":
        thread = "; " + reply_words(rules.thread, _named(rules.via), rules.thread_subject)
    if plans_note and rules.via is not None and same(rules.via, person):
        out.append(
            f"addressed to {_named(person)}, as your notes say ({said.get('via', '')}){thread}"
        )
    elif rules.via is not None and rules.through(person):
        at = f" ({rules.via.email})" if rules.via.email else ""
        out.append(
            f"send it through {_named(rules.via)}{at}, as your notes say "
            f"({said.get('via', '')}), not to {_named(person)} directly{thread}"
        )
    if rules.inbox:
        out.append(f"to {rules.inbox}, as your notes say ({said.get('inbox', '')})")
    elif rules.inbox_said and plans_note and not _is_inbox(rules.via, rules.inbox_said):
        out.append(
            f"your notes say to email {rules.inbox_said} ({said.get('inbox', '')}) and no "
            "address for it is recorded: send it there (add it with 'followup edit')"
        )
    copied = rules.copied(person)
    if copied:
        # an inbox recorded under the name of the one written to ('aroha' for the office
        # inbox, the note to Aroha Te Huia) is named by its address
        first = _named(person).split()[:1]
        names = ", ".join(
            p.email if p.email and _named(p).split()[:1] == first else _named(p) for p in copied
        )
        out.append(f"copy {names}, as your notes say ({said.get('cc', '')})")
    return out


def _is_inbox(person: Person | None, said: str) -> bool:
    """Whether the inbox the notes name ('the talent inbox') is `person`'s, recorded with its
    address ('talent mailbox <talent@…>'): a word of it in their name or address."""
    if person is None or not person.email:
        return False
    named = f"{person.name} {person.email} {person.title or ''}".lower()
    words = [w for w in re.findall(r"[a-z]+", said.lower()) if w not in ("the", "their", "a")]
    return any(w in named for w in words if w not in ("inbox", "mailbox", "shared", "team"))


def not_written(rules: Etiquette, person: Person) -> str:
    """Why no note is emailed to `person` directly (the notes say not to), and where their
    note goes instead."""
    said = (rules.clauses or {}).get("not_direct", "")
    if rules.via is not None and rules.through(person):
        at = f" ({rules.via.email})" if rules.via.email else ""
        through = f"; the note to them goes to {_named(rules.via)}{at} to pass on"
    elif rules.via is not None:
        through = f"; the note to {_named(rules.via)} thanks them"
    else:
        through = ""
    return (
        f"no note is emailed to {_named(person)} directly: your notes say not to ({said}){through}"
    )


@dataclass(frozen=True)
class SubjectRule:
    """What the notes ask of the subject line: a whole subject (`form`, the candidate's name
    in its slot) or something it must carry (`carry`: 'req R-20931', 'réf. 2030-114')."""

    form: str | None = None
    carry: str | None = None
    said: str = ""
    slots: tuple[str, ...] = ()

    def apply(self, subject: str | None, name: str) -> str:
        if self.form:
            out = self.form
            for slot in self.slots:
                out = re.sub(re.escape(slot), name, out, flags=re.I)
            return out
        subject = subject or "Thank you"
        if self.carry and self.carry.lower() not in subject.lower():
            return f"{subject} ({self.carry})"
        return subject


# a quotation: never an apostrophe inside a word ("that's what she asked … may open
# 'Annwyl'" quotes only 'Annwyl')
_QUOTE = shipped(r"(?<!\w)['‘\"“]([^'’\"”]{2,80})['’\"”](?!\w)")  # also a pattern on its own
# a code: a letter or '#' then digits ('R-20931', '#2030-57', 'HX/2231'), or digits with a
# joiner ('2030-114'), or digits alone after a reference word
# a reference's code: 'R-20931', '#2030-57', and one of letter groups before its figures
# ('VRS-GET-0319', 'EBW/ENG/2026/041')
_CODE = shipped(r"#?\s?(?:[A-Z][\w]*(?:[-/][A-Z][A-Za-z]*)*[-/]?\d[\w/-]*|\d[\d/-]*[\w-]*)")


def subject_rule(notes: str | None, people: Sequence[Person], words: Words) -> SubjectRule | None:
    """The subject line the notes ask for, read from their shape: a quotation after the word
    'subject' ("subject 'QA Exec - Aroor - <my name>'") is the whole subject; a quotation
    before 'in the subject' ("keep 'réf. 2030-114' in the subject") is carried; a reference
    word with its code ('req R-20931', 'competition #2030-57') or a code after a verb of
    quoting ('quoting TFC-4471') is carried too; where the notes ask for the reference without
    its code ('the competition # in the subject line'), it is taken from the round's people
    as recorded ('Kim Sawatzky … (competition #2030-57)'). None when the notes ask nothing of
    the subject line."""
    if not notes:
        return None
    slots = words.name_slots
    form = re.search(
        shipped(
            rf"\bsubject(?:\s+line)?\s*(?:should|must|to|has to|needs? to)?\s*"
            rf"(?:be|read|say|is|as|=|:)?\s*:?\s*{_QUOTE}"
        ),
        notes,
        re.I,
    )
    if form and any(s.lower() in form.group(1).lower() for s in slots):
        return SubjectRule(form=form.group(1).strip(), said=form.group(0), slots=slots)
    carried = re.search(
        shipped(rf"{_QUOTE}\s+(?:in|on|into)\s+(?:the|your|my)\s+subject"), notes, re.I
    )
    if carried:
        return SubjectRule(carry=carried.group(1).strip(), said=carried.group(0))
    if form:
        return SubjectRule(form=form.group(1).strip(), said=form.group(0), slots=slots)
    refs = _cue(words.reference)
    coded = (
        re.compile(
            shipped(
                rf"\b(?:{refs})\.?(?:\s+(?:no\.?|number|num|id|ref\.?|#))?\s*[:#]?\s*"
                rf"(?={_CODE})(?:{_CODE})"
            ),
            re.I,
        )
        if refs
        else None
    )
    verbs = _cue(words.quote_verbs)
    asked = bool(re.search(shipped(rf"\bsubject\b|\b(?:{verbs or 'subject'})\b"), notes, re.I))
    for m in coded.finditer(notes) if coded else ():
        code = re.search(_CODE, m.group(0)[len(m.group(0).split()[0]) :])
        # a number alone ('job 100k', 'position 3') only where the notes ask for the subject
        weak = code is None or re.fullmatch(r"\s*\d+[a-z]*", code.group(0), re.I) is not None
        if re.search(r"\d", m.group(0)) and (asked or not weak):
            return SubjectRule(carry=m.group(0).strip(" :"), said=m.group(0))
    quoted = re.search(shipped(rf"\b(?:{verbs})\s+(?:the\s+)?({_CODE})"), notes) if verbs else None
    if quoted and re.search(r"\d", quoted.group(1)):
        return SubjectRule(carry=quoted.group(1).strip(), said=quoted.group(0))
    # 'the competition # in the subject line': the reference as the round records it
    if (
        refs
        and re.search(r"\bsubject\b", notes, re.I)
        and re.search(rf"\b(?:{refs})\b", notes, re.I)
    ):
        for p in people:
            for field_text in (p.title or "", p.name):
                hit = coded.search(field_text) if coded else None
                if hit and re.search(r"\d", hit.group(0)):
                    return SubjectRule(carry=hit.group(0).strip(" :"), said=notes)
    return None


def one_message(rules: Etiquette) -> str:
    """Why 'draft --each' writes no personal note: the notes ask for one message only, to
    the person they name."""
    said = (rules.clauses or {}).get("single", "")
    to = _named(rules.via) if rules.via is not None else "the person they name"
    at = f" ({rules.via.email})" if rules.via is not None and rules.via.email else ""
    return (
        f"your notes ask for one message only, to {to}{at} ({said}): no personal note is "
        "written to anyone else, not even through them; the plan's note (followup draft ID) "
        "is the one to send, and it may thank the others by name"
    )


def unmailable(route: Route, kind: str) -> str:
    """Why no email is written to anyone: the notes name whom to write to, and an email
    cannot reach them (no address, or the notes say another way)."""
    who = _named(route.to)
    if route.how == "phone" or (route.how is None and route.to.phone and not route.to.email):
        return (
            f"your notes say to phone {who} ({route.said}), so no {kind} is written to "
            f"anyone else: draft the call with --kind phone"
        )
    if route.how not in MAILED:
        return (
            f"your notes say the follow-up goes to {who} by {route.how} ({route.said}), so "
            f"no {kind} is written: draft it with --to NAME to write one anyway"
        )
    return (
        f"your notes say to write to {who} ({route.said}) and no email address is recorded "
        f"for them, so no {kind} is written to anyone else; add one with 'followup edit'"
    )

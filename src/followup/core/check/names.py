"""Names in a note against the record: people, company and role (SPEC §5 `name_mismatch`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.check.document import NORMALISE, Document, Span
from followup.core.check.matching import finditer
from followup.core.check.results import Facts
from followup.core.check.rules import CheckRules

CAP_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s)?(?![\w-])")
_PERSON_CONTEXT = re.compile(
    r"\s*(?:'s\b|,|\s(?:and|mentioned|said|explained|described|shared|showed|asked|told|"
    r"walked|gave|introduced|noted|pointed|made|took|led|offered|spoke|talked))"
)
_COMPANY_SUFFIXES = frozenset(
    (
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "holdings",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "the",
        "and",
        "of",
        "labs",
        "technologies",
        "technology",
        "systems",
        "solutions",
        "partners",
        "international",
    )
)


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions (optimal string alignment), cut off above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _may_be_close(word: str, letters: set[str], token: str) -> bool:
    """A cheap necessary condition for an edit distance within the token's tolerance: each
    edit changes the length by one at most, and the set of letters by two at most."""
    limit = _tolerance(token)
    return abs(len(word) - len(token)) <= limit and len(letters ^ set(token)) <= 2 * limit


def _tolerance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[^\W_]+(?:['-][^\W_]+)*", text.lower()) if t]


def _name_tokens(text: str) -> set[str]:
    """The words of a recorded name, with their parts and without a possessive:
    "St. Mary's Hospital" gives st, mary's, mary, s, hospital."""
    out: set[str] = set()
    for token in _tokens(text.translate(NORMALISE)):
        out.add(token)
        out.add(token.removesuffix("'s"))
        out.update(p for p in re.split(r"['-]", token) if p)
    return out


def _stem_match(a: str, b: str) -> bool:
    """Two words are the same for topic matching: equal, or sharing most of a long prefix."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shortest - 3) and common >= min(len(a), len(b)) - 3


class Names:
    def __init__(self, facts: Facts, rules: CheckRules) -> None:
        self.facts = facts
        self.rules = rules
        titles = rules.generic_greeting
        self.people: list[tuple[str, list[str]]] = []
        for person in facts.people:
            tokens = [t.strip("'") for t in _tokens(person.translate(NORMALISE).replace(".", " "))]
            tokens = [t for t in tokens if t not in titles and len(t) >= 2]
            if tokens:
                self.people.append((person.strip(), tokens))
        self.person_tokens = {t for _, tokens in self.people for t in tokens}
        self.person_aliases = set(self.person_tokens)
        for token in self.person_tokens:
            self.person_aliases |= rules.nicknames.get(token, frozenset())
        company_tokens = _tokens(facts.company.translate(NORMALISE))
        names = _name_tokens(facts.company)
        self.company_tokens = {t for t in names if t not in _COMPANY_SUFFIXES} or names
        self.company_joined = re.sub(r"[^a-z0-9]", "", facts.company.lower())
        self.company_initials = "".join(
            t[0] for t in company_tokens if t not in {"the", "of", "and"}
        )
        self.role_tokens = _name_tokens(facts.role)
        self.topic_tokens = {t for topic in facts.topics for t in _name_tokens(topic)}
        self.all_fact_tokens = (
            self.person_aliases
            | self.company_tokens
            | self.role_tokens
            | self.topic_tokens
            | _name_tokens(facts.candidate)
        )
        # near-miss answers by word: a note names the same people and words again and again
        self._closest: dict[str, str | None] = {}
        self._close_company: dict[str, bool] = {}

    # -- helpers
    def closest_person(self, word: str) -> str | None:
        if word in self._closest:
            return self._closest[word]
        found = self._closest[word] = self._closest_person(word)
        return found

    def _closest_person(self, word: str) -> str | None:
        best: tuple[int, str] | None = None
        letters = set(word)
        for full, tokens in self.people:
            for token in tokens:
                if len(token) < 3 or token == word or not _may_be_close(word, letters, token):
                    continue
                d = _distance(word, token, _tolerance(token))
                if 0 < d <= _tolerance(token) and (best is None or d < best[0]):
                    best = (d, full)
        return best[1] if best else None

    def close_to_company(self, word: str) -> bool:
        found = self._close_company.get(word)
        if found is None:
            found = self._close_company[word] = self._close_to_company(word)
        return found

    def _close_to_company(self, word: str) -> bool:
        letters = set(word)
        for token in self.company_tokens:
            if len(token) >= 4 and word != token and _may_be_close(word, letters, token):
                d = _distance(word, token, _tolerance(token))
                if 0 < d <= _tolerance(token):
                    return True
        return False

    def is_company(self, name: str) -> bool:
        joined = re.sub(r"[^a-z0-9]", "", name.lower())
        if not joined or not self.company_joined:
            return False
        if joined == self.company_joined or joined == self.company_initials:
            return True
        if len(joined) >= 3 and (joined in self.company_joined or self.company_joined in joined):
            return True
        return any(t in self.company_tokens for t in _tokens(name) if t not in _COMPANY_SUFFIXES)

    def known(self, word: str) -> bool:
        return (
            word in self.all_fact_tokens
            or word in self.rules.not_names
            or word in self.rules.generic_greeting
        )

    # -- mismatches
    def mismatches(self, doc: Document) -> Iterator[tuple[Span, str, str, str, str]]:
        people = ", ".join(full for full, _ in self.people)
        company = self.facts.company.strip()
        seen: set[int] = set()
        if doc.greeting:
            for item in self.greeting(doc, people, company):
                seen.add(item[0].start)
                yield item
        # near-misses of a recorded name anywhere in the body
        for m in CAP_WORD.finditer(doc.norm, doc.body_start, doc.signature_start):
            if m.start() in seen or (
                doc.greeting and doc.greeting.start <= m.start() < doc.greeting.end
            ):
                continue
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = word.lower()
            if self.known(lower):
                continue
            span = Span(m.start(), m.start() + len(word))
            at_start = doc.is_sentence_start(m.start())
            context = bool(_PERSON_CONTEXT.match(doc.norm, m.end() - (len(raw) - len(word))))
            if self.people and (not at_start or context):
                person = self.closest_person(lower)
                if person:
                    seen.add(span.start)
                    yield span, "person_close", word, person, "suggestion_person"
                    continue
            if company and not at_start and self.close_to_company(lower):
                seen.add(span.start)
                yield span, "company_close", word, company, "suggestion_company"
        if self.people:
            yield from self.other_person(doc, people, company, seen)
        if company:
            yield from self.other_company(doc, company, seen)
        if self.facts.role.strip():
            yield from self.other_role(doc)

    def greeting(
        self, doc: Document, people: str, company: str
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        assert doc.greeting is not None
        line = doc.norm[doc.greeting.start : doc.greeting.end]
        opener = self.rules.greeting.match(line)
        rest_at = opener.end() if opener else 0
        rest = line[rest_at:]
        if len(rest.split()) > 10:
            cut = re.search(r"[,:;!]", rest)
            rest = rest[: cut.start()] if cut else rest
        words = _tokens(rest)
        group = any(
            w
            in {
                "team",
                "teams",
                "committee",
                "hiring",
                "recruiting",
                "panel",
                "talent",
                "department",
                "staff",
                "recruitment",
            }
            for w in words
        )
        base = doc.greeting.start + rest_at
        for m in re.finditer(r"(?<![\w'-])[A-Z][\w'-]*", rest):
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = word.lower()
            if lower in self.rules.generic_greeting or lower in self.rules.not_names:
                continue
            span = Span(base + m.start(), base + m.start() + len(word))
            if group:
                if not company or self.is_company(word) or lower in self.person_aliases:
                    continue
                if self.close_to_company(lower):
                    yield span, "company_close", word, company, "suggestion_company"
                else:
                    yield span, "company_other", word, company, "suggestion_company"
                continue
            if not self.people or lower in self.person_aliases:
                continue
            if company and self.is_company(word):
                continue
            person = self.closest_person(lower)
            if person:
                yield span, "greeting_close", word, person, "suggestion_person"
            else:
                yield span, "greeting_unknown", word, people, "suggestion_person"

    def other_person(
        self, doc: Document, people: str, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """A first name the note says it met, spoke with or thanks ("meet Karen", "Karen's
        insight") that is nobody on the record: only asked when the record names people."""
        signed = set(_tokens(doc.norm[doc.signature_start :]))
        for cue in self.rules.person_cues:
            for m in finditer(cue, doc, doc.body.start, doc.body.end):
                name, start = m.group("name"), m.start("name")
                lower = name.lower()
                if (
                    start in seen
                    or self.known(lower)
                    or lower in self.rules.not_people
                    or lower in signed
                    or lower in self.rules.title_heads
                    or (company and self.is_company(name))
                    or self.closest_person(lower)
                ):
                    continue
                seen.add(start)
                yield (
                    Span(start, start + len(name)),
                    "person_unknown",
                    name,
                    people,
                    "suggestion_person",
                )

    def other_company(
        self, doc: Document, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        reported: set[tuple[int, int]] = set()
        for cue in self.rules.company_cues:
            for m in finditer(cue, doc, doc.body.start, doc.body.end):
                name = m.group("name")
                start = m.start("name")
                if name.endswith("'s"):
                    name = name[:-2]
                name = name.rstrip(".'-")
                tokens = _tokens(name)
                if not tokens or start in seen or self.is_company(name):
                    continue
                if any(
                    t in self.person_aliases
                    or t in self.role_tokens
                    or t in self.topic_tokens
                    or t in self.rules.not_names
                    or t in self.rules.generic_greeting
                    for t in tokens[:1]
                ):
                    continue
                if any(self.close_to_company(t) for t in tokens):
                    continue  # a misspelling: reported as such by the near-miss scan
                key = (start, start + len(name))
                if key in reported:
                    continue
                reported.add(key)
                yield Span(*key), "company_other", name, company, "suggestion_company"

    def other_role(self, doc: Document) -> Iterator[tuple[Span, str, str, str, str]]:
        role_words = set(_tokens(self.facts.role))
        heads = [w for w in role_words if w in self.rules.title_heads]
        if not heads:
            return
        allowed = set(role_words)
        for head in heads:
            allowed |= self.rules.title_synonyms.get(head, frozenset())
        role_seniority = role_words & self.rules.seniority
        for cue in self.rules.role_cues:
            for m in finditer(cue, doc, doc.body.start, doc.body.end):
                title = doc.text[m.start("title") : m.end("title")]
                words = _tokens(title)
                if not words or words[-1] not in self.rules.title_heads:
                    continue
                start = m.start("title")
                span = Span(start, start + len(title))
                mismatch = words[-1] not in allowed
                modifiers = [w for w in words[:-1] if w not in self.rules.seniority]
                role_modifiers = role_words - set(heads) - self.rules.seniority
                if modifiers and role_modifiers and modifiers[-1] not in role_modifiers:
                    mismatch = True  # "Marketing Manager" for a "Product Manager"
                seniority = (set(words[:-1]) & self.rules.seniority) - role_words
                if seniority and role_seniority and seniority.isdisjoint(role_seniority):
                    mismatch = True
                if mismatch:
                    yield span, "role_other", title, self.facts.role.strip(), "suggestion_role"

    # -- specifics from the record
    def specific_from_facts(self, doc: Document) -> bool:
        lo, hi = doc.body.start, doc.body.end
        addressed: set[str] = set()
        if doc.greeting:
            addressed = set(_tokens(doc.norm[doc.greeting.start : doc.greeting.end]))
        for m in CAP_WORD.finditer(doc.norm, lo, hi):
            word = m.group().lower().removesuffix("'s")
            if word in self.person_aliases and word not in addressed:
                for _full, tokens in self.people:
                    family = set(tokens)
                    for t in tokens:
                        family |= self.rules.nicknames.get(t, frozenset())
                    if word in family and not (family & addressed):
                        return True
        stop = self.rules.topic_stopwords
        topics = []
        for topic in self.facts.topics:
            words = [w for w in _tokens(topic) if w not in stop and len(w) >= 2]
            if words:
                topics.append((words, len(words) if len(words) <= 2 else 2))
        if not topics:
            return False
        for s in doc.sentences:
            if s.end <= lo or s.start >= hi:
                continue
            words = _tokens(doc.norm[s.start : s.end])
            for topic_words, need in topics:
                hits = sum(1 for t in topic_words if any(_stem_match(t, w) for w in words))
                if hits >= need:
                    return True
        return False

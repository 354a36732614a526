"""One pass over a note per kind of finding: phrase rules, typography, length, names, advice,
elements; then overlapping findings are merged."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from followup.core.check.document import WORD, Document, Span
from followup.core.check.lazyre import lazy
from followup.core.check.learned import Model
from followup.core.check.matching import fill, gated_matches
from followup.core.check.names import Names
from followup.core.check.results import ADVICE, ISSUE, Facts, Finding
from followup.core.check.rules import CheckRules, CodeSpec, ElementSpec, Rule
from followup.core.check.words import everyday, is_word_char, lowercase
from followup.core.errors import InvalidInput

# words a finished sentence does not end on
_DANGLING = frozenset(["the", "a", "an", "and", "or", "my", "your", "our", "their"])
_CAPS_TOKEN = lazy(r"[A-Z](?<![\w'&][A-Z])[A-Z'&]*(?![\w'&])")
# the most words of a line above a letter's heading (an address block's, a date's, the salutation)
_HEADING_ABOVE_WORDS = 8
# the learned issue codes a polite finding of a rule answers for its sentence and the next two
_POLITE_JUDGED = ("pushy", "desperation")
# pairs of learned issue codes of which one sentence is reported under one only: a plea that
# mentions the silence reads a little like a complaint, and a demand that gives its reason
# ("kindly confirm the day you will decide, as I have already told my landlord I am moving") a
# little like a plea
_ONE_OF = (frozenset(("desperation", "negativity")), frozenset(("desperation", "pushy")))
# a word of three to six capitals, and what the classifiers read for one that spells a word
_CAPS_WORD = lazy(r"(?<![\w'-])[A-Z]{3,6}(?![\w'-])")
_ACRONYM_WORD = "ACRONYM"
# the fewest words of a sentence the issue classifiers judge
_LEARNED_MIN_WORDS = 3
_SHOUT_GAP = lazy(r"[ \t,!?.;:-]{1,4}")
# a "!" not after another "!" or "?" (the look-behind comes after the "!" so that the regex
# engine can jump from one "!" to the next)
_EXCLAMATION = lazy(r"!(?<![!?]!)[^!?]")


class Checker:
    def __init__(self, text: str, kind: str, facts: Facts, rules: CheckRules) -> None:
        if kind not in rules.kinds:
            known = ", ".join(rules.kinds)
            raise InvalidInput(f"unknown kind of note {kind!r} (known: {known})")
        self.kind = rules.kinds[kind]
        self.rules = rules
        self.facts = facts
        self.doc = Document(text, rules)
        self.found: list[Finding] = []
        self.names = Names.for_facts(facts, rules)
        self.model: Model | None = None
        self._body: list[int] | None = None
        self._learned_texts: dict[int, str] = {}
        self._quotes: list[Span] | None = None
        self._open: tuple[list[tuple[CodeSpec, Rule]], dict[str, list[Rule]]] | None = None

    def add(self, code: str, span: Span, message: str = "", suggestion: str = "") -> None:
        spec = self.rules.code(code)
        if spec is None:
            return
        text = self.doc.text
        self.found.append(
            Finding(
                code,
                span.start,
                span.end,
                text[span.start : span.end],
                message or spec.message,
                suggestion or spec.suggestion,
                spec.severity,
            )
        )

    # -- phrase rules
    def phrase_rules(self, model: Model | None = None) -> None:
        """Every phrase rule's findings; a rule that is a fuzzy guess (`confirm`) stands only
        where `model` gives its code at least that probability for the sentence."""
        facts = self.facts
        fact_text = lowercase(" ".join((facts.role, *facts.topics)))
        record = "\n".join((facts.role, *facts.topics, *facts.details, *facts.qualifications))
        model = model if self.rules.learned else None
        for spec, rule in self.open_rules()[0]:
            for span in gated_matches(rule, self.doc):
                if rule.body and not self.doc.in_body(span.start):
                    continue
                excerpt = lowercase(self.doc.norm[span.start : span.end])
                if spec.skip_if_in_facts and fact_text and _mentions(fact_text, excerpt):
                    continue
                if spec.skip_if_in_record and (
                    _written_in(record, self.doc.text[span.start : span.end])
                    or _in_code_span(self.doc.text, span.start, span.end)
                ):
                    continue
                if rule.unless_person and _recorded_name(self.facts.people, excerpt):
                    continue
                if rule.unless_surname and _surname_after(
                    self.facts.people, self.doc.norm, span.end
                ):
                    continue
                if rule.confirm and model is not None and spec.code in model.classes:
                    sentence = self._learned_text(self.doc.sentence_index(span.start))
                    if model.cached_scores(sentence, (spec.code,))[spec.code] < rule.confirm:
                        continue
                if rule.polite is not None and self._polite(rule, span):
                    self.add(rule.polite_code, span)
                    continue
                if rule.swap:
                    found = self.doc.text[span.start : span.end]
                    expected = rule.swap.get(lowercase(found), "")
                    self.add(
                        spec.code,
                        span,
                        fill(rule.message, found=found, expected=expected),
                        fill(rule.suggestion, found=found, expected=expected),
                    )
                    continue
                self.add(spec.code, span, rule.message, rule.suggestion)

    def open_rules(self) -> tuple[list[tuple[CodeSpec, Rule]], dict[str, list[Rule]]]:
        """The phrase rules (each with its code) and each element's rules whose words the note
        holds, in rule order: one pass over the note's words for all (CheckRules.gates). Only
        these are read back from saved rules (rules.RuleList) and run."""
        if self._open is None:
            rules = self.rules
            table = _gated_table(rules)
            phrase: list[tuple[CodeSpec, Rule]] = []
            elements: dict[str, list[Rule]] = {}
            for index in rules.gates.opened(self.doc):
                entry = table[index]
                if entry is None:
                    entry = table[index] = rules.gated_rule(index)
                spec, rule = entry
                if isinstance(spec, CodeSpec):
                    phrase.append((spec, rule))
                else:
                    elements.setdefault(spec.name, []).append(rule)
            self._open = phrase, elements
        return self._open

    def _polite(self, rule: Rule, span: Span) -> bool:
        """Whether the sentence of span or one of the two after it says it politely."""
        assert rule.polite is not None
        doc = self.doc
        index = doc.sentence_index(span.start)
        last = doc.sentences[min(index + 2, len(doc.sentences) - 1)]
        text = doc.lower if rule.lowered else doc.norm
        return bool(rule.polite.search(text, doc.sentences[index].start, last.end))

    # -- unprofessional: emoji, emoticons, shouting, runs of "!"
    def typography(self) -> None:
        spec = self.rules.code("unprofessional")
        if spec is None:
            return
        msg = spec.messages
        doc, rules = self.doc, self.rules
        scans = [(rules.emoticons, "emoticon")]
        if not doc.norm.isascii():
            scans.append((rules.emoji, "emoji"))
        for pattern, key in scans:
            for span in _merge_adjacent(pattern.finditer(doc.norm), doc.norm):
                self.add("unprofessional", span, msg.get(key, ""), msg.get("emoji_suggestion", ""))
        for m in rules.exclamations.finditer(doc.norm):
            self.add(
                "unprofessional",
                Span(*m.span()),
                msg.get("exclamations", ""),
                msg.get("exclamations_suggestion", ""),
            )
        for span in self.shouting():
            self.add(
                "unprofessional", span, msg.get("shouting", ""), msg.get("shouting_suggestion", "")
            )

    def shouting(self) -> Iterator[Span]:
        rules, text = self.rules, self.doc.norm
        # the record's words in capitals ("SQL" of a topic) are no shouting either (the
        # set made once per record)
        acronyms, recorded = rules.acronyms, self.names.upper_tokens
        groups: list[list[re.Match[str]]] = []
        for m in _CAPS_TOKEN.finditer(text, 0, self.doc.signature_start):
            if groups and _SHOUT_GAP.fullmatch(text[groups[-1][-1].end() : m.start()]):
                groups[-1].append(m)
            else:
                groups.append([m])
        for group in groups:
            words = [m.group().strip("'") for m in group]
            loud = [w for w in words if len(w) >= 2 and w not in acronyms and w not in recorded]
            if loud:
                # an everyday word in capitals is emphasis; an acronym or a product's name
                # ("HAZWOPER", "VLOOKUP") is not
                loud = [w for w in loud if w in rules.shout_words or everyday(w)]
            if not loud:
                continue  # (asked first: most groups are "I", "SQL", "A/B")
            if self._heading(group[0].start(), group[-1].end()):
                continue
            if (
                not any(w in rules.shout_words for w in words)
                and not any(lowercase(w) in rules.shout_adjectives for w in words)
                and self._names_a_scheme(group, words)
            ):
                continue  # "two INSPIRE award projects", "the HERITAGE FUND", "ECO-SCHOOLS":
                # the name of a scheme or an organisation, not emphasis (but "the FANTASTIC
                # project" is: check.toml names.shout_adjectives)
            letters = sum(len(w) for w in loud)
            if (
                any(w in rules.shout_words for w in loud)
                or len(loud) >= rules.shout_run
                or (len(loud) >= 2 and letters >= rules.shout_run_letters)
                or any(len(w) >= rules.shout_long_word for w in loud)
            ):
                yield Span(group[0].start(), group[-1].end())

    def _names_a_scheme(self, group: list[re.Match[str]], words: list[str]) -> bool:
        """Whether capitalised `words` (the group's) are a name: the word after them says so
        ("INSPIRE award", "THIRD SECTOR magazine"), or their last word names an organisation
        or a scheme ("HERITAGE FUND", "ECO-SCHOOLS": names.name_nouns, names.org_words)."""
        rules = self.rules
        after = self.doc.norm[group[-1].end() : group[-1].end() + 30].split(None, 1)
        if after and lowercase(after[0].strip(".,;:!?")) in rules.name_nouns:
            return True
        words = [w for w in words if len(w) >= 2]  # (not "I" of the next sentence)
        if not words or len(words) > _NAME_IN_CAPITALS:
            return False
        # (a name in capitals holds no words of a sentence: "I WOULD BE THRILLED TO JOIN YOUR
        # TRUST" is shouting)
        if any(lowercase(w) in rules.not_names and w not in _NAME_JOINERS for w in words):
            return False
        last = lowercase(words[-1].rsplit("-", 1)[-1])
        return len(words) + words[-1].count("-") >= 2 and (
            last in rules.name_nouns or last in rules.org_words
        )

    def _heading(self, start: int, end: int) -> bool:
        """Whether capitals at start..end are a formal letter's heading: a line of its own in
        capitals ("RE: THANK YOU FOR THE INTERVIEW - LAB SCIENTIST", "LETTER OF APPRECIATION"),
        with no stop, "!" or "?" at its end and no word of emphasis, standing before the body's
        first paragraph (under the salutation, or above it in the address block)."""
        text = self.doc.norm
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if (
            not line
            or any(c.islower() for c in line)
            or line[-1] in ".!?"
            or len(line.split()) > self.rules.heading_max_words
            or not self.rules.heading_plain.issuperset(
                w for w in line.split() if w in self.rules.shout_words
            )
        ):
            return False
        # only short lines above it: address blocks, a date, the salutation
        return all(
            len(above.split()) <= _HEADING_ABOVE_WORDS
            for above in text[self.doc.body_start : line_start].splitlines()
        )

    def empty(self) -> None:
        """The one issue of an empty note (only white space, or nothing): it is too short,
        whatever its kind (the span is the whole text; a text of no characters at all has no
        span to show, and so no finding)."""
        spec = self.rules.code("length")
        if spec is None or not self.doc.text:
            return
        kind = self.kind
        self.add(
            "length",
            Span(0, len(self.doc.text)),
            fill(
                spec.messages.get("too_short", spec.message),
                found=0,
                expected=kind.name,
                min=max(kind.min_words, 1),
                max=kind.max_words,
            ),
            spec.messages.get("suggestion_short", spec.suggestion),
        )

    # -- length for the kind
    def length(self) -> None:
        spec = self.rules.code("length")
        if spec is None:
            return
        doc, kind = self.doc, self.kind
        n = doc.words
        # too short: counted without the greeting and the sign-off, which say none of its piece
        body_words = doc.words_in(doc.body)
        if kind.min_words and body_words < kind.min_words:
            n = body_words
            body = doc.text[doc.body_start :]
            lead = len(body) - len(body.lstrip())
            start, end = doc.body_start + lead, doc.body_start + len(body.rstrip())
            if end <= start:
                start, end = 0, len(doc.text)
            if end <= start:
                return
            message_key, suggestion_key = "too_short", "suggestion_short"
        elif kind.max_words and n > kind.max_words:
            start = doc.word_start(kind.max_words)
            end = len(doc.text.rstrip())
            message_key, suggestion_key = "too_long", "suggestion_long"
        else:
            return
        self.add(
            "length",
            Span(start, end),
            fill(
                spec.messages.get(message_key, spec.message),
                found=n,
                expected=kind.name,
                min=kind.min_words,
                max=kind.max_words,
            ),
            spec.messages.get(suggestion_key, spec.suggestion),
        )

    # -- names that do not match the record
    def names_check(self) -> None:
        spec = self.rules.code("name_mismatch")
        if spec is None or not (self.facts.people or self.facts.company or self.facts.role):
            return
        unprofessional = self.rules.code("unprofessional")
        if unprofessional is not None:
            msg = unprofessional.messages
            # a title before a first name ("Dear Dr. Karen"), an initial for a known first
            # name ("Dear D. Blanco"): each with the form to write instead
            for key, spans in (
                ("title_first_name", self.names.title_first_names(self.doc)),
                ("initial_name", self.names.initial_names(self.doc)),
            ):
                for span, instead in spans:
                    self.add(
                        "unprofessional",
                        span,
                        msg.get(key, ""),
                        fill(msg.get(key + "_suggestion", ""), expected=instead),
                    )
            for span in self.names.title_roles(self.doc):
                self.add(
                    "unprofessional",
                    span,
                    msg.get("title_role", ""),
                    msg.get("title_role_suggestion", ""),
                )
        placeholders = [f for f in self.found if f.code == "placeholder"]
        for span, key, found, expected, sugg_key in self.names.mismatches(self.doc):
            if any(p.start <= span.start < p.end for p in placeholders):
                continue  # reported as a placeholder already
            self.add(
                "name_mismatch",
                span,
                fill(spec.messages.get(key, spec.message), found=found, expected=expected),
                fill(spec.messages.get(sugg_key, spec.suggestion), expected=expected),
            )

    # -- slips of a draft: the record's names in lower case, the reader in the third person,
    # the same sentence twice
    def draft_slips(self) -> None:
        spec = self.rules.code("unprofessional")
        if spec is None:
            return
        msg = spec.messages
        for span, key, expected in self.names.slips(self.doc):
            found = self.doc.text[span.start : span.end]
            self.add(
                "unprofessional",
                span,
                fill(msg.get(key, ""), found=found, expected=expected),
                fill(msg.get(key + "_suggestion", ""), found=found, expected=expected),
            )
        doc = self.doc
        seen: dict[str, int] = {}
        for index in self._body_sentences():
            # a sentence that stops on "the", "and", "my" … (a fragment pasted in)
            tokens, s = doc.sentence_tokens[index], doc.sentences[index]
            if len(tokens) >= 3 and tokens[-1] in _DANGLING and doc.norm[s.end - 1] in ".!?":
                at = doc.norm.rfind(tokens[-1], s.start, s.end)
                before = doc.norm[at - 2 : at]
                if before[-1:].isspace() and (before[:1].islower() or before[:1] == ","):
                    self.add(
                        "unprofessional",
                        Span(at, at + len(tokens[-1])),
                        msg.get("unfinished", ""),
                        msg.get("unfinished_suggestion", ""),
                    )
            if doc.sentence_words[index] < self.rules.settings.repeat_min_words:
                continue
            words = lowercase(" ".join(doc.sentence_tokens[index]))
            if words in seen:
                self.add(
                    "unprofessional",
                    doc.sentences[index],
                    msg.get("repeated", ""),
                    msg.get("repeated_suggestion", ""),
                )
            else:
                seen[words] = index

    # -- advice
    def advice(
        self,
        sentiment: Callable[[str], float] | None,
        readability: Callable[[str], float] | None,
    ) -> None:
        doc, settings = self.doc, self.rules.settings
        spec = self.rules.code("long_sentence")
        if spec is not None and settings.long_sentence_words:
            for s, n in zip(doc.sentences, doc.sentence_words, strict=True):
                if n > settings.long_sentence_words:
                    self.add("long_sentence", s, fill(spec.message, found=n))
        spec = self.rules.code("exclamation")
        marks = [m.start() for m in _EXCLAMATION.finditer(doc.norm + " ")]
        if (
            spec is not None
            and settings.exclamation_advice
            and len(marks) >= settings.exclamation_advice
        ):
            last = marks[-1]
            self.add("exclamation", Span(last, last + 1), fill(spec.message, found=len(marks)))
        # a scorer may say which words can make a sentence negative: others are skipped (and
        # a note holding none of them anywhere is not read sentence by sentence at all)
        triggers: frozenset[str] | None = getattr(sentiment, "triggers", None)
        if (
            sentiment is not None
            and settings.sentiment
            and self.rules.code("tone")
            and (triggers is None or not triggers.isdisjoint(doc.word_set))
        ):
            flagged = {doc.sentence_index(f.start) for f in self.found if f.severity == ISSUE}
            for index, s in enumerate(doc.sentences):
                if not doc.in_body(s.start) or index in flagged:
                    continue
                if triggers is not None and triggers.isdisjoint(
                    map(str.lower, doc.sentence_tokens[index])
                ):
                    continue
                if sentiment(doc.norm[s.start : s.end]) <= settings.sentiment_threshold:
                    self.add("tone", s)
        spec = self.rules.code("readability")
        if readability is not None and settings.readability and spec is not None:
            body = doc.body
            count = doc.words_in(body)
            sentences = sum(1 for s in doc.sentences if body.start <= s.start < body.end)
            # a high grade needs long sentences: notes with short ones are not graded
            average = count / max(sentences, 1)
            if count >= 60 and average >= settings.readability_min_sentence_words:
                grade = readability(doc.norm[body.start : body.end])
                if grade > settings.readability_max_grade:
                    chunk = doc.text[body.start : body.end]
                    lead = len(chunk) - len(chunk.lstrip())
                    span = Span(body.start + lead, body.start + len(chunk.rstrip()))
                    self.add("readability", span, fill(spec.message, found=f"{grade:.0f}"))

    # -- the learned layer
    def learned(self, model: Model | None) -> None:
        """Score each sentence of the body with the issue classifiers: a class over its
        threshold is a finding of that code (unless a rule already found that code there).
        The element classifiers are asked later, only for elements the rules did not find."""
        self.model = model if self.rules.learned else None
        if self.model is None:
            return
        doc, thresholds = self.doc, self.rules.learned
        wanted = [
            name
            for name in thresholds
            if name not in self.rules.elements and self.rules.code(name) is not None
        ]
        ruled: set[tuple[int, str]] = {(doc.sentence_index(f.start), f.code) for f in self.found}
        # where a rule found something said politely (another offer's deadline with "if not, I
        # completely understand": advice), that sentence and the two after it, which the rule
        # read for its polite words, are judged already: neither pushy nor desperate
        for i, code in list(ruled):
            if code in self.rules.polite_codes:
                ruled |= {(j, name) for j in range(i, i + 3) for name in _POLITE_JUDGED}
        for index in self._body_sentences():
            if doc.sentence_words[index] < _LEARNED_MIN_WORDS:
                continue  # a line of an address block ("Technical Recruiter") says no tone
            scores = self.model.cached_scores(self._issue_text(index), wanted)
            over = {name for name, p in scores.items() if p >= thresholds[name]}
            for pair in _ONE_OF:
                if over >= pair:
                    # ("every other lead has gone quiet, so your answer matters so much": a plea)
                    # one sentence is reported under the class it is further over the threshold of
                    weaker = min(pair, key=lambda n: scores[n] - thresholds[n])
                    over.discard(weaker)
            for name in wanted:
                if name in over and (index, name) not in ruled:
                    self.add(name, doc.sentences[index])

    def reported_quotes(self) -> list[Span]:
        """The quotations of someone else's words in the body: text in double quotes whose
        sentence says before it who said it ([quotes] said_by: "you said", "in your words")."""
        if self._quotes is None:
            doc, said_by = self.doc, self.rules.quote_said_by
            self._quotes = []
            if said_by is not None and '"' in doc.norm:  # curly quotes are '"' in norm
                for m in _QUOTED.finditer(doc.norm, doc.body.start, doc.body.end):
                    sentence = doc.sentence_at(m.start())
                    if said_by.search(doc.norm, sentence.start, m.start()):
                        self._quotes.append(Span(m.start(), m.end()))
        return self._quotes

    def _issue_text(self, index: int) -> str:
        """The sentence as the issue classifiers read it: someone else's words quoted in it
        (reported_quotes) and code written in it (_CODE) are not the writer's tone, and are
        read as "it"."""
        text = self._learned_text(index)
        s = self.doc.sentences[index]
        inside = [q for q in self.reported_quotes() if s.start <= q.start and q.end <= s.end]
        if inside and len(text) == s.end - s.start:
            for q in reversed(inside):
                text = text[: q.start - s.start] + "it" + text[q.end - s.start :]
        # code in a sentence (a query, a path, a config key) is the system's words, not the
        # writer's: 'a Loki query such as {job="payments"} |= "timeout"' says no "timeout"
        if "{" in text or "`" in text or '"' in text:
            text = _CODE.sub("it", text)
        return text

    def _learned_text(self, index: int) -> str:
        """The sentence as the classifiers read it: an acronym in capitals that spells an
        everyday word ("MOM work pass applications", "the CAT exam", "AIM listing") inside a
        sentence in ordinary case is read as an acronym, not as the word ("mom")."""
        found = self._learned_texts.get(index)
        if found is not None:
            return found
        s = self.doc.sentences[index]
        text = self.doc.norm[s.start : s.end]
        if any(c.islower() for c in text) and _CAPS_WORD.search(text) is not None:
            shout = self.rules.shout_words
            text = _CAPS_WORD.sub(
                lambda m: _ACRONYM_WORD if m[0] not in shout and everyday(m[0]) else m[0], text
            )
        self._learned_texts[index] = text
        return text

    def _body_sentences(self) -> list[int]:
        """The indexes of the body's sentences (worked out once: several passes ask)."""
        if self._body is None:
            lo, hi = self._body_bounds()
            self._body = [i for i, s in enumerate(self.doc.sentences) if lo <= s.start < hi]
        return self._body

    def learned_element(self, name: str) -> Iterator[Span]:
        """The body sentences the element's classifier finds it in (none without a model)."""
        limit = self.rules.learned.get(name)
        if self.model is None or limit is None:
            return
        plain = self.rules.elements[name].plain_words
        for index in self._body_sentences():
            s = self.doc.sentences[index]
            if plain and self._plain(index, plain):
                continue  # generic words only: "how the team works day to day"
            if self.model.cached_scores(self._learned_text(index), (name,))[name] >= limit:
                yield s

    def _plain(self, index: int, plain: frozenset[str], clause: Span | None = None) -> bool:
        """Whether the sentence at `index` (or only its `clause`) says only words of `plain`
        (an element's words that name nothing in particular) and the words of the company's
        name and the role (naming the employer or the job is no detail of the interview)."""
        names = self.names
        tokens = self.doc.sentence_tokens[index]
        if clause is not None and clause != self.doc.sentences[index]:
            tokens = WORD.findall(self.doc.norm, clause.start, clause.end)
        return all(
            w in plain or w in names.company_tokens or w in names.role_tokens
            for w in (lowercase(t).removesuffix("'s") for t in tokens)
        )

    # -- elements
    def elements(self, issues: Iterable[Finding] = ()) -> dict[str, bool]:
        doc = self.doc
        voiding = [f for f in issues if self.rules.codes[f.code].voids_elements]

        def clauses(found: Iterable[Finding], name: str = "") -> dict[int, list[Span]]:
            """Clauses whose words count for nothing, by sentence (for the element `name`, a
            code that voids it only from its finding on voids the rest of the clause)."""
            void: dict[int, list[Span]] = {}
            for f in found:
                clause = doc.clause_at(f.start)
                if name in self.rules.codes[f.code].voids_from_match:
                    clause = Span(max(clause.start, f.start), clause.end)
                void.setdefault(doc.sentence_index(f.start), []).append(clause)
            return void

        out = {}
        voided = clauses(voiding)  # the same for every element without voiding codes of its own
        for name in self.kind.required:
            spec = self.rules.elements[name]
            # an element's own voiding codes (a template slot is no specific) add their clauses
            whole = (
                clauses([*voiding, *(f for f in self.found if f.code in spec.voided_by)])
                if spec.voided_by
                else voided
            )
            # a code may void an element's rules only from its finding on (next steps offered
            # before a demand); a sentence the classifier reads whole is voided as before
            void = whole
            if any(name in self.rules.codes[f.code].voids_from_match for f in voiding):
                void = clauses(
                    [*voiding, *(f for f in self.found if f.code in spec.voided_by)], name
                )

            def counts(
                span: Span, void: dict[int, list[Span]] = void, plain: frozenset[str] = frozenset()
            ) -> bool:
                index = doc.sentence_index(span.start)
                if plain and self._plain(index, plain, doc.clause_at(span.start)):
                    # a cue before generic words: "learning about how things work" (its clause
                    # only: "..., and I came away smiling" names nothing either)
                    return False
                return not any(c.start <= span.start < c.end for c in void.get(index, ()))

            # the rules whose words the note holds (`open_rules`), in order
            present = any(
                counts(span, plain=spec.plain_words)
                for rule in self.open_rules()[1].get(name, ())
                for span in gated_matches(rule, doc, *self._body_bounds())
            )
            if not present:
                present = any(counts(span, whole) for span in self.learned_element(name))
            if not present and name == "specifics":
                slots = [Span(f.start, f.end) for f in self.found if f.code in spec.voided_by]
                present = self.names.specific_from_facts(doc, slots)
            out[name] = present
        return out

    def _body_bounds(self) -> tuple[int, int]:
        return self.doc.body.start, self.doc.body.end

    # -- all together
    def findings(self) -> tuple[list[Finding], list[Finding]]:
        slots = [(f.start, f.end) for f in self.found if f.code == "placeholder"]
        found = sorted(
            (
                f
                for f in self.found
                # a template slot in capitals is a placeholder, not shouting or a wrong name
                # (the length of the whole note is a finding of its own, whatever it holds)
                if f.code in _WHOLE_NOTE or not any(a < f.end and f.start < b for a, b in slots)
            ),
            key=lambda f: (f.start, -(f.end - f.start), f.code),
        )
        quotes = self.reported_quotes() if any(f.code in _QUOTED_OK for f in found) else []
        found = [
            f
            for f in found
            # a complaint inside someone else's words said back ("a box-ticking exercise")
            if f.code not in _QUOTED_OK or not any(q.start <= f.start < q.end for q in quotes)
        ]
        kept: list[Finding] = []
        reach: dict[str, int] = {}  # for each code, the end of its furthest finding so far
        for f in found:
            if f.start < reach.get(f.code, -1):
                continue  # overlaps a finding of the same code
            kept.append(f)
            reach[f.code] = max(reach.get(f.code, -1), f.end)
        codes_in: dict[int, set[str]] = {}
        for k in kept:
            codes_in.setdefault(self.doc.sentence_index(k.start), set()).add(k.code)
        final = [
            f
            for f in kept
            if not codes_in[self.doc.sentence_index(f.start)].intersection(
                self.rules.codes[f.code].suppressed_by
            )
        ]
        issues = [f for f in final if f.severity == ISSUE]
        advice = [f for f in final if f.severity == ADVICE]
        return issues, advice


# the most words of a name in capitals ("THE HERITAGE FUND"), and the small words it may hold
_NAME_IN_CAPITALS = 4
_NAME_JOINERS = frozenset(("OF", "AND", "THE", "FOR"))
# text in double quotes, straight or curly, on one line
# code in running text: a span in backticks, a group in braces ('{job="payments"}',
# '{region}/{year}'), a string in quotes after an operator or a call's bracket ('|= "timeout"',
# '== "FAILED"', 'grep("error")'; not after a comma: 'she said, "…"' is someone's words)
_CODE = lazy(r"`[^`\n]+`|\{[^{}\n]*\}|(?:[|!=~<>:]=|=~|!~|=>|->|=|\w\()[ \t]*\"[^\"\n]*\"")
_QUOTED = lazy(r'"[^"\n]{1,200}"')  # in Document.norm, where curly double quotes are '"'
# codes a finding of which inside someone else's quoted words is theirs, not the writer's
_QUOTED_OK = frozenset(("negativity",))
# findings about the note as a whole, never dropped for a template slot inside their span
_WHOLE_NOTE = frozenset(("placeholder", "length"))

# for each set of rules, the rules of its gates as they are read back (None: not yet)
_Gated = tuple[CodeSpec | ElementSpec, Rule]
_gated_tables: dict[int, tuple[CheckRules, list[_Gated | None]]] = {}


def _gated_table(rules: CheckRules) -> list[_Gated | None]:
    found = _gated_tables.get(id(rules))
    if found is None or found[0] is not rules:
        if len(_gated_tables) > 8:
            _gated_tables.clear()
        found = _gated_tables[id(rules)] = (rules, [None] * len(rules.gated))
    return found[1]


def _recorded_name(people: Iterable[str], excerpt: str) -> bool:
    """Whether `excerpt` (lower case) is a word of a recorded person's name that the record
    writes otherwise than in capitals: "LI" of Li Wei is his surname in capitals; "JT" of
    JT McAllister is initials."""
    return any(
        lowercase(word) == excerpt and not word.isupper()
        for person in people
        for word in re.split(r"[\s-]+", person)
    )


def _surname_after(people: Iterable[str], text: str, end: int) -> bool:
    """Whether the word after `end` in `text` is the surname (the last word) of a recorded
    person named by more than one word: "Ma'am Villanueva" to Teresa Villanueva."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = lowercase(found.group(1))
    return any(
        len(parts) > 1 and lowercase(parts[-1]) == word
        for parts in (person.split() for person in people)
    )


_NEXT_WORD = lazy(r"[ \t]+([A-Za-z][\w'-]*)")


def _written_in(record: str, excerpt: str) -> bool:
    """Whether the record writes `excerpt` itself, case kept, not inside a longer word (no
    word character, `is_word_char`, right before or after it): each place it stands is
    looked at, without a pattern made for each excerpt."""
    excerpt = excerpt.strip()
    if not excerpt:
        return False
    at = record.find(excerpt)
    while at >= 0:
        end = at + len(excerpt)
        if not (at and is_word_char(record[at - 1])) and not (
            end < len(record) and is_word_char(record[end])
        ):
            return True
        at = record.find(excerpt, at + 1)
    return False


def _in_code_span(text: str, start: int, end: int) -> bool:
    """Whether start..end stands inside a span of code on its line (`orders.FIRST_NAME`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text.count("`", line_start, start) % 2 == 1 and "`" in text[end:line_end]


def _mentions(haystack: str, needle: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]+", needle) if len(w) > 2]
    return bool(words) and any(w in haystack for w in words)


def _merge_adjacent(matches: Iterable[re.Match[str]], text: str) -> Iterator[Span]:
    current: Span | None = None
    for m in matches:
        if current and not text[current.end : m.start()].strip(" \u200d"):
            current = Span(current.start, m.end())
            continue
        if current:
            yield current
        current = Span(m.start(), m.end())
    if current:
        yield current

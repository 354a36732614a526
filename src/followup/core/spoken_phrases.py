"""Topics of a transcript spoken in another language than English (French, Spanish,
Portuguese, Italian, German): the noun phrases the interviewers said, in the language they
said them ("la maintenance préventive des presses hydrauliques", "die Tourenplanung für die
Filialbelieferung", "o modelo de risco de crédito para pequenas empresas").

A phrase opens with a determiner ("la", "los", "o", "die") and holds up to three content
words (no stop word of the language), joined to more by a connector ("de", "des", "para",
"für", "auf") and an optional determiner; in German, whose nouns are written with a capital,
the content words of a part end at its first capitalised word. Phrases are ranked by how
often their head (the part before any connector) was said, by how many speakers said it,
and by their length; a head said once by one speaker only counts after every repeated one.
Never a name, the employer, a place or a number. Pure: the word lists are passed in.

In a language without articles a phrase is a run of content words (`run_phrases`): said
head first in Indonesian ("pengurangan stok mati"), its complement after a connector; in
Turkish, which puts its endings on the word and its verb last, ended before the verb ("yedek
parça stoğunun azaltılması"), its parts joined by a postposition ("kestirimci bakım için
titreşim sensörleri").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from followup.core.textdates import FOREIGN_MONTHS

# the months of any language core.textdates reads ("février", "März", "agosto")
_MONTH_WORDS = frozenset(FOREIGN_MONTHS)

# a word of any script, with an elided article or preposition split off ("l'usine", "d'arrêts")
_TOKEN = re.compile(r"[^\W\d_]+['’]|[^\W\d_]+(?:-[^\W\d_]+)*|\d[\d.,]*|[^\s\w]")
MAX_PART_WORDS = 3  # content words of one part of a phrase ("maintenance préventive")
MAX_PHRASE_WORDS = 8  # content words of a whole phrase, its complements too


@dataclass(frozen=True)
class LanguageWords:
    """The closed-class words of one language: `determiners` open a phrase, `connectors`
    join its parts; `stopwords` (YAKE's list for the language) end a part; `capital_nouns`
    when the language writes every noun with a capital (German)."""

    code: str  # ISO 639-1: "fr", "es", "pt", "it", "de"
    determiners: frozenset[str]
    connectors: frozenset[str]
    stopwords: frozenset[str]
    capital_nouns: bool = False
    not_heads: frozenset[str] = frozenset()  # "fin", "mois", "réponse": a time or a reply
    # a language written without spaces between words (Japanese, Chinese) or with its
    # particles on the word before them (Korean): phrases are runs of its nouns
    # (`spaceless_phrases`), ended by its `particles`, joined by its `connectors`
    spaceless: bool = False
    particles: tuple[str, ...] = ()  # longest first
    min_chars: int = 4  # a phrase of a spaceless script has at least this many letters
    endings: tuple[str, ...] = ()  # a Korean word ending so is a verb's or an adverb's
    not_tails: tuple[str, ...] = ()  # "팀", "チーム": a phrase with a word ending so names a team
    # a noun said without an article opens a phrase when a connector and its complement
    # follow (German "Schichtplanung mit Wunschdiensten")
    bare_nouns: bool = False
    # a phrase whose last word ends so names a site ("울산 공장", "枚方工場"), never a topic
    place_tails: tuple[str, ...] = ()
    # prepositions of place ("in", "aus"): before a name said without an article ("in
    # Kindberg") they open no complement; a noun so ending ("in Betreuung") is no name
    place_connectors: frozenset[str] = frozenset()
    noun_endings: tuple[str, ...] = ()
    months: frozenset[str] = frozenset()  # a complement that is a month ("en février") ends
    # a language that puts its endings on the word and its verb last (Turkish): a phrase is a
    # run of content words, ended by a word of `verb_endings` (anywhere), of `clause_endings`
    # (last in its clause), by a case ending (`case_forms`: the last word, as it is named); a
    # clause with a word of `own_endings` (the first person past) is the speaker's own past
    suffixing: bool = False
    verb_endings: tuple[str, ...] = ()
    clause_endings: tuple[str, ...] = ()
    own_endings: tuple[str, ...] = ()
    case_forms: tuple[tuple[str, str], ...] = ()  # (ending, as named), longest first
    # endings after which a word is a place or a time (locative, ablative): it ends a phrase
    # that is then no topic ("depolarda")
    adverbial_endings: tuple[str, ...] = ()
    not_cased: frozenset[str] = frozenset()  # nouns that only look cased ("makine", "dünya")
    title_stems: tuple[str, ...] = ()  # a phrase with a word so begun names a job ("müdürü")
    number_stems: tuple[str, ...] = ()  # a word so begun is a number ("üçüncüsü", "yüzde")
    dotless_i: bool = False  # "I" is the capital of "ı", "İ" of "i" (Turkish)
    not_verbs: tuple[str, ...] = ()  # nouns that end like a verb ("üretim", "lojistik")
    # endings of a word that says where or to what ("hattında", "sürelerine"): inside a run
    # it goes on ("teslim sürelerine etkisi"); as a run's last word it is no part of a topic
    oblique_endings: tuple[str, ...] = ()
    # a phrase of two words whose last ends so is a compound noun ("bulut geçişi"): a topic
    # when said once
    compound_endings: tuple[str, ...] = ()
    stem_letters: int = 0  # words alike in as many first letters are one word (0: whole)
    # a language without articles that says its head first (Indonesian, Malay): a phrase is
    # a run of content words too ("pengurangan stok mati"), its complement after a connector
    # ("sistem pemesanan untuk pemasok kecil"), the complement going when it is too long
    head_first: bool = False
    # a complement that is a stretch of time ("van dit jaar", "de l'année", "des Jahres") says
    # when, no part of what was worked on: it ends a phrase, as a month does
    times: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(
        cls, code: str, table: Mapping[str, Any], stopwords: frozenset[str]
    ) -> LanguageWords:
        """From a data/debrief.toml [spoken.CODE] table (lists `determiners`, `connectors`,
        `not_heads`, `not_tails`, `place_tails`, `place_connectors`, `noun_endings`,
        `particles`, `endings`, booleans `capital_nouns`, `bare_nouns` and `spaceless`, a number
        `min_chars`) and the language's stop words; the months are core.textdates' (any
        language's)."""
        determiners = frozenset(str(w).lower() for w in table.get("determiners", ()))
        connectors = frozenset(str(w).lower() for w in table.get("connectors", ()))
        particles = sorted({str(w) for w in table.get("particles", ())}, key=len, reverse=True)
        more = frozenset(str(w).lower() for w in table.get("stopwords", ()))
        return cls(
            code,
            determiners,
            connectors,
            frozenset(w.lower() for w in stopwords) | more | determiners | connectors,
            bool(table.get("capital_nouns", False)),
            frozenset(str(w).lower() for w in table.get("not_heads", ())),
            bool(table.get("spaceless", False)),
            tuple(particles),
            int(table.get("min_chars", 4)),
            tuple(str(w) for w in table.get("endings", ())),
            tuple(str(w) for w in table.get("not_tails", ())),
            bool(table.get("bare_nouns", False)),
            tuple(str(w) for w in table.get("place_tails", ())),
            frozenset(str(w).lower() for w in table.get("place_connectors", ())),
            tuple(str(w).lower() for w in table.get("noun_endings", ())),
            _MONTH_WORDS,
            bool(table.get("suffixing", False)),
            _longest(table.get("verb_endings", ())),
            _longest(table.get("clause_endings", ())),
            _longest(table.get("own_endings", ())),
            tuple(
                sorted(
                    ((str(a), str(b)) for a, b in table.get("case_forms", ())),
                    key=lambda pair: len(pair[0]),
                    reverse=True,
                )
            ),
            _longest(table.get("adverbial_endings", ())),
            frozenset(str(w) for w in table.get("not_cased", ())),
            tuple(str(w) for w in table.get("title_stems", ())),
            tuple(str(w) for w in table.get("number_stems", ())),
            bool(table.get("dotless_i", False)),
            tuple(str(w) for w in table.get("not_verbs", ())),
            _longest(table.get("oblique_endings", ())),
            tuple(str(w) for w in table.get("compound_endings", ())),
            int(table.get("stem_letters", 0)),
            bool(table.get("head_first", False)),
            times=frozenset(str(w).lower() for w in table.get("times", ())),
        )


def _longest(words: Any) -> tuple[str, ...]:
    return tuple(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class SpokenPhrase:
    """A noun phrase as said: its words as written, the index where its head ends (the
    first connector), and the sentence's index."""

    words: tuple[str, ...]
    head_end: int
    sentence: int
    joiner: str = " "  # "" in a script written without spaces

    @property
    def text(self) -> str:
        """As said, its determiner in small letters ("la formation", not "La formation");
        a phrase of a spaceless script has none ("配送ルートの最適化")."""
        said = self.joiner.join(w for w in (self.words[0].lower(), *self.words[1:]) if w)
        return re.sub(r"(['’]) ", r"\1", said)

    @property
    def head(self) -> str:
        """The content words of the part before any connector, in small letters."""
        return " ".join(w.lower() for w in self.words[1 : self.head_end])


def tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence)


def _low(word: str) -> str:
    return word.lower().replace("’", "'")


def _content(word: str, language: LanguageWords) -> bool:
    low = _low(word).rstrip("'")
    return word[:1].isalpha() and low not in language.stopwords and len(low) > 1


def _part(words: Sequence[str], at: int, language: LanguageWords) -> int:
    """Where the part of content words that starts at `at` ends (`at` when none starts). In
    German a part is up to two small-letter words (adjectives: "das neue
    Lagerverwaltungssystem") and the noun, with its capital, that ends it."""
    end = at
    if language.capital_nouns:
        closed = language.determiners | language.connectors
        while end < len(words) and end - at < MAX_PART_WORDS:
            word = words[end]
            if not word[0].isalpha() or _low(word) in closed:
                return at
            if word[0].isupper():
                end += 1  # and the capitalised words after it ("das bestehende Data Warehouse")
                while (
                    end < len(words)
                    and end - at < MAX_PART_WORDS
                    and words[end][0].isupper()
                    and words[end].isalpha()
                    and _low(words[end]) not in closed
                ):
                    end += 1
                return end
            end += 1
        return at
    while end < len(words) and end - at < MAX_PART_WORDS and _content(words[end], language):
        end += 1
    return end


# the letters a noun of a spaceless script is written in: Han (and 々), katakana (and ー);
# Hangul, whose words stand between spaces
_NOUN_RUN = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ff]+")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]+")
MAX_RUNS = 3  # runs of nouns joined by a connector in one phrase ("店舗別の欠品率の分析")


def spaceless_phrases(sentence: str, index: int, language: LanguageWords) -> list[SpokenPhrase]:
    """The noun phrases of a sentence in Japanese or Chinese (runs of Han and katakana
    letters, cut at the language's `particles`, joined by a connector: "需要予測モデルの
    再学習", "仓库的补货流程") or in Korean (words of Hangul, every one but the last bare, the
    last with a particle after it that is cut off: "배송 경로 최적화를" -> "배송 경로 최적화";
    a word ending in a connector, "고객의", goes on). A phrase holds at least
    `language.min_chars` letters; a part said in `language.not_heads` opens none."""
    if _HANGUL_WORD.search(sentence):
        return _spaced_nouns(sentence, index, language)
    cut = _particle_pattern(language.particles, language.connectors)
    parts: list[str] = []  # noun runs and connectors, "" where a phrase must end
    for piece in re.split(r"(\W)", sentence):
        for run_or_not in re.split(f"({_NOUN_RUN.pattern})", piece):
            if not run_or_not:
                continue
            if not _NOUN_RUN.fullmatch(run_or_not):
                parts.append(run_or_not if run_or_not in language.connectors else "")
                continue
            for bit in cut.split(run_or_not):
                parts.append(bit if bit in language.connectors else bit if bit else "")
    return _joined_runs(parts, index, language, "")


@lru_cache(maxsize=8)
def _particle_pattern(particles: tuple[str, ...], connectors: frozenset[str]) -> re.Pattern[str]:
    """A pattern that splits a run of Han letters at the language's particles (kept apart as
    "" unless a connector, which is kept)."""
    words = sorted(set(particles) | set(connectors), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words) or "(?!)"
    kept = "|".join(re.escape(w) for w in sorted(connectors, key=len, reverse=True)) or "(?!)"
    return re.compile(f"({kept})|(?:{body})")


def _joined_runs(
    parts: Sequence[str | None], index: int, language: LanguageWords, joiner: str
) -> list[SpokenPhrase]:
    """Phrases of noun runs joined by connectors, from `parts` (a run, a connector, or ""
    or None where a phrase ends)."""
    found: list[SpokenPhrase] = []
    at = 0
    items = [p or "" for p in parts]
    while at < len(items):
        if not items[at] or items[at] in language.connectors:
            at += 1
            continue
        end = at + 1
        runs = 1
        while (
            runs < MAX_RUNS
            and end + 1 < len(items)
            and items[end] in language.connectors
            and items[end + 1]
            and items[end + 1] not in language.connectors
        ):
            end += 2
            runs += 1
        words = ("", *items[at:end])
        letters = sum(len(w) for w in words if w not in language.connectors)
        if letters >= language.min_chars and items[at].lower() not in language.not_heads:
            found.append(SpokenPhrase(words, 2, index, joiner))
        at = end
    return found


def _spaced_nouns(sentence: str, index: int, language: LanguageWords) -> list[SpokenPhrase]:
    """Korean: nouns before their particles, bare nouns before them, joined by "의"."""
    found: list[SpokenPhrase] = []
    run: list[str] = []

    def close(last: str | None) -> None:
        if last:
            run.append(last)
            letters = sum(len(w) for w in run)
            if len(run) >= 2 and letters >= language.min_chars and run[0] not in language.not_heads:
                found.append(SpokenPhrase(("", *run), 2, index))
        run.clear()

    for said in re.split(r"\s+", sentence):
        hangul = _HANGUL_WORD.fullmatch(said.strip(".,!?;:"))
        if hangul is None:
            run.clear()
            continue
        word = hangul.group(0)
        if word in language.stopwords or word.endswith(language.endings):
            run.clear()  # "이야기해", "봅시다": a verb's ending, no noun
            continue
        cut = next(
            (p for p in language.particles if word.endswith(p) and len(word) - len(p) >= 2),
            None,
        )  # a noun of two syllables or more before it ("최적화를"; "경로" is a noun)
        if word.endswith(tuple(language.connectors)) and len(word) > 2:
            run.append(word)  # "고객의": the phrase goes on
        elif cut is not None:
            close(word[: -len(cut)])
        else:
            run.append(word)
            if len(run) > MAX_PART_WORDS + 2:
                run.pop(0)
        if said != said.rstrip(".,!?;:"):
            run.clear()  # a sentence or clause ends
    return found


def phrases_of(sentence: str, index: int, language: LanguageWords) -> list[SpokenPhrase]:
    """The noun phrases of one sentence, each opened by its determiner, longest first at
    each determiner (`index` is the sentence's, for `SpokenPhrase.sentence`)."""
    if language.spaceless:
        return spaceless_phrases(sentence, index, language)
    if language.suffixing or language.head_first:
        return run_phrases(sentence, index, language)
    words = tokens(sentence)
    found: list[SpokenPhrase] = []
    at = 0
    while at < len(words):
        if _low(words[at]) not in language.determiners:
            bare = _bare_noun(words, at, language)
            if bare is not None:
                found.append(SpokenPhrase(("", *words[at:bare]), 2, index))
                at = bare
                continue
            at += 1
            continue
        end = _part(words, at + 1, language)
        if end == at + 1:
            at += 1
            continue
        head_end = end
        end = _complements(words, end, end - at - 1, language)
        found.append(SpokenPhrase(tuple(words[at:end]), head_end - at, index))
        at = end
    return found


# a word with the ending a name takes after an apostrophe ("Döküm'deki", "SAP'ye"), or with
# hyphens ("asal-usul"), is one word
_SUFFIXED_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’][^\W\d_]+)?|\d[\d.,]*|[^\s\w]")
MAX_RUN_WORDS = 6  # content words of one run ("pres hattındaki kalıp değişim süreleri")


def lower(word: str, language: LanguageWords) -> str:
    """In small letters, Turkish's "I" as "ı" and "İ" as "i" where the language writes them."""
    if language.dotless_i:
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower()


def _ends(word: str, endings: Sequence[str], stem: int = 2) -> bool:
    """The word ends in one of `endings` after at least `stem` letters."""
    return any(word.endswith(e) and len(word) - len(e) >= stem for e in endings)


def _verb(word: str, endings: Sequence[str], language: LanguageWords) -> bool:
    """The word ends as a verb does, and is no noun that only looks so ("üretim")."""
    return _ends(word, endings) and not word.endswith(language.not_verbs)


def run_phrases(sentence: str, index: int, language: LanguageWords) -> list[SpokenPhrase]:
    """The noun phrases of a sentence in a language without articles: runs of content words
    ("pengurangan stok mati", "sistem pemesanan untuk pemasok kecil"), each ended by a stop
    word, a number, a name said inside the sentence or a stop. In a language that puts its
    endings on the word and its verb last (Turkish: "kestirimci bakım için titreşim
    sensörleri", "yedek parça stoğunun azaltılması") a verb ends a run too; a word with a case
    ending is the last of its phrase, and is named as the phrase's subject would be
    ("projesini" -> "projesi"). A clause whose verb is in the first person past ("… devreye
    aldık") tells the speaker's own past: none of its phrases is a topic; nor a phrase that
    names a job ("üretim planlama müdürü")."""
    said = _SUFFIXED_TOKEN.findall(sentence)
    found: list[SpokenPhrase] = []
    clause: list[tuple[int, str]] = []
    for at, word in enumerate([*said, "."]):
        if word[:1].isalnum():
            clause.append((at, word))
            continue
        if not any(_verb(lower(w, language), language.own_endings, language) for _, w in clause):
            found.extend(_clause_phrases(clause, index, language))
        clause = []
    return found


def _clause_phrases(
    clause: Sequence[tuple[int, str]], index: int, language: LanguageWords
) -> list[SpokenPhrase]:
    found: list[SpokenPhrase] = []
    parts: list[list[str]] = []  # runs, each but the last followed by a connector
    joins: list[str] = []
    run: list[str] = []

    def close(kept: bool = True) -> None:
        if run:
            parts.append(list(run))
        elif joins:
            joins.pop()  # a connector with nothing after it ("… için"): no part of a phrase
            if parts and not language.head_first:
                parts.pop()  # what it joined is an adverbial ("bakım için"): none either
        run.clear()
        if kept and parts:
            phrase = _phrase(parts, joins, index, language)
            if phrase is not None:
                found.append(phrase)
        parts.clear()
        joins.clear()

    for position, (at, word) in enumerate(clause):
        low = lower(word, language)
        last = position == len(clause) - 1
        if low in language.connectors and run:
            parts.append(list(run))
            joins.append(word)
            run.clear()
            continue
        if _breaks(word, low, at, last, language):
            close()
            continue
        run.append(low if at == 0 and not word.isupper() else word)
        if low in language.not_cased:
            continue
        if any(_ends(low, (ending,)) for ending, _ in language.case_forms):
            close()  # "projesini": the run's last word
        elif _ends(low, language.adverbial_endings):
            close(kept=False)  # "depolarda": where, no topic
        elif last or _breaks(*_next(clause, position, language), language):
            while run and _oblique(run[-1], language):
                run.pop()  # "… hattında [çalışıyor]": where, no part of the topic
    close()
    return found


def _next(
    clause: Sequence[tuple[int, str]], position: int, language: LanguageWords
) -> tuple[str, str, int, bool]:
    """The word after `position` as `_breaks` reads it: as said, in small letters, where in
    the sentence, and whether it is the clause's last."""
    at, word = clause[position + 1]
    return word, lower(word, language), at, position + 2 == len(clause)


def _oblique(word: str, language: LanguageWords) -> bool:
    low = lower(word, language)
    return low not in language.not_cased and _ends(low, language.oblique_endings)


def _breaks(word: str, low: str, at: int, last: bool, language: LanguageWords) -> bool:
    """The word ends a run of content words and is no part of one: a stop word, a number, a
    verb, a name (said with its ending after an apostrophe, or written with a capital inside
    the sentence)."""
    return (
        not word[:1].isalpha()
        or "'" in word
        or "’" in word
        or low in language.stopwords
        or len(low) < 2
        or (at > 0 and _proper(word))
        or low.startswith(language.number_stems)
        or low in language.months
        or _verb(low, language.verb_endings, language)
        or (last and _verb(low, language.clause_endings, language))
    )


def _phrase(
    parts: Sequence[Sequence[str]], joins: Sequence[str], index: int, language: LanguageWords
) -> SpokenPhrase | None:
    """One phrase of runs joined by connectors, its last word named as a subject; the part
    said first goes when the whole is longer than MAX_PHRASE_WORDS (the head comes last), or
    the part said last in a language that says its head first."""
    drop = -1 if language.head_first else 0  # the complement, where the language says it
    kept = [list(p[:MAX_RUN_WORDS] if language.head_first else p[-MAX_RUN_WORDS:]) for p in parts]
    links = list(joins)
    while len(kept) > 1 and sum(len(p) for p in kept) > MAX_PHRASE_WORDS:
        kept.pop(drop)
        links.pop(drop)
    if any(lower(w, language).startswith(language.title_stems) for p in kept for w in p):
        return None  # "bakım şefimiz", "üretim planlama müdürüyüm": a job, no topic
    content = sum(len(p) for p in kept)
    if content < 2:
        return None
    last = kept[-1][-1]
    for ending, named in language.case_forms:
        if _ends(last, (ending,)) and last not in language.not_cased:
            kept[-1][-1] = last[: len(last) - len(ending)] + named
            break
    words: list[str] = [""]
    for i, part in enumerate(kept):
        words.extend(part)
        if i < len(links):
            words.append(links[i])
    # a phrase of two words says what it is of only when said again, or when it is a compound
    # noun ("bulut geçişi"); a longer one, always
    compound = _ends(lower(words[-1], language), language.compound_endings, 3)
    head_end = len(words) if content == 2 and not compound else len(words) - 1
    return SpokenPhrase(tuple(words), head_end, index)


def _complements(words: Sequence[str], end: int, content: int, language: LanguageWords) -> int:
    """Where a phrase whose head ends at `end` (with `content` content words) ends: after its
    complements, each a connector, an optional determiner and a part ("… des gammes de
    maintenance"); never at a proper name after a connector in a language that writes its
    nouns in small letters ("la planta de Saltillo", "le terminal de Ponta Grossa": a site,
    a person or a company, no part of what was worked on)."""
    while end < len(words) and _low(words[end]) in language.connectors:
        nxt = end + 1
        if nxt < len(words) and _low(words[nxt]) in language.determiners:
            nxt += 1
        if not language.capital_nouns and nxt < len(words) and _proper(words[nxt]):
            break
        if nxt < len(words) and _low(words[nxt]) in language.months | language.times:
            break  # "en février", "im März", "van dit jaar": when, no part of what was worked on
        if nxt == end + 1 and _placed(words, end, language):
            break  # "die Monteure in Kindberg": a town, no part of what was worked on
        tail = _part(words, nxt, language)
        if tail == nxt or content + tail - nxt > MAX_PHRASE_WORDS:
            break
        content += tail - nxt
        end = tail
    return end


def _placed(words: Sequence[str], at: int, language: LanguageWords) -> bool:
    """The connector at `at` is a preposition of place and the word after it, with no article
    between, is written as a name ("in Kindberg", "aus Trofaiach"), not as a noun of the
    language ("in Betreuung")."""
    if _low(words[at]) not in language.place_connectors or at + 1 >= len(words):
        return False
    name = words[at + 1]
    return _proper(name) and not _low(name).endswith(language.noun_endings)


def _proper(word: str) -> bool:
    """A word written as a name is: a capital, then small letters ("Saltillo"; not "MES", nor
    a compound opened by an acronym, "WMS-platform", "ERP-Projekt")."""
    first = re.split(r"[-‐‑]", word, maxsplit=1)[0]
    return word[:1].isupper() and any(c.islower() for c in first[1:])


def _bare_noun(words: Sequence[str], at: int, language: LanguageWords) -> int | None:
    """Where a phrase opened by a noun said without an article ends (`bare_nouns` languages:
    "Schichtplanung mit Wunschdiensten"): a capitalised word inside the sentence, after a
    word that is no determiner, followed by a connector and its complement; None when no
    such phrase starts at `at`."""
    if not language.bare_nouns or at == 0 or not words[at][:1].isupper():
        return None
    if not _content(words[at], language) or _low(words[at]) in language.not_heads:
        return None
    if not words[at - 1][:1].isalpha() or _low(words[at - 1]) in language.connectors:
        return None  # after a stop or a connector: a sentence's first word, or a complement
    end = _complements(words, at + 1, 1, language)
    return end if end > at + 1 else None


def spoken_topics(
    sentences: Sequence[tuple[str | None, str]],
    language: LanguageWords,
    candidate: str | None,
    excluded: Callable[[str], bool],
    most: int,
) -> list[tuple[str, int]]:
    """Up to `most` topics of the (speaker, text) `sentences`, best first, each as (text as
    said, index of the sentence that says it): the noun phrases the interviewers (every
    speaker but `candidate`) said; one whose word `excluded` says is a name, the employer or
    a place is never one."""
    said: dict[str, list[SpokenPhrase]] = {}
    speakers: dict[str, set[str | None]] = {}
    closed = language.determiners | language.connectors
    for index, (speaker, text) in enumerate(sentences):
        for phrase in phrases_of(text, index, language):
            # a determiner or a connector is no word of a name, though a name holds it ("de"
            # of "Sanne de Wit", "van" of "Joost van Leeuwen": "de planning van de ritten")
            if any(excluded(w) for w in phrase.words[1:] if _low(w) not in closed):
                continue
            if _low(phrase.words[1]) in language.not_heads | language.months:
                continue  # "la fin du mois", "une réponse d'ici vendredi", "le salon": no topic
            if not language.capital_nouns and not language.spaceless and _proper(phrase.words[1]):
                continue  # "na Régua", "os Estados Unidos", "la Ville": a name, no topic
            if language.not_tails and any(w.endswith(language.not_tails) for w in phrase.words):
                continue  # "물류 기획팀 전체": a team
            if language.place_tails and phrase.words[-1].endswith(language.place_tails):
                continue  # "울산 공장": a site
            speakers.setdefault(phrase.head, set()).add(speaker)
            if speaker != candidate or candidate is None:
                said.setdefault(phrase.head, []).append(phrase)
    counts = {head: len(found) for head, found in said.items()}

    def lone(head: str) -> bool:
        return counts[head] < 2 and len(speakers[head]) < 2

    def score(head: str) -> tuple[bool, float, int]:
        fullest = max(len(p.words) for p in said[head])
        first = min(p.sentence for p in said[head])
        return (lone(head), -(counts[head] + len(speakers[head]) * 0.5 + fullest * 0.1), first)

    chosen: list[tuple[str, int]] = []
    covered: set[str] = set()
    for head in sorted(said, key=score):
        best = _as_said(said[head], language)
        if lone(head) and len(best.words) <= best.head_end:
            continue  # said once, without what it is of ("la partie difficile"): rarely one
        content = {_stem_of(w, language) for w in best.words if _content(w, language)}
        if not content or content <= covered:
            continue
        covered |= content
        chosen.append((best.text, best.sentence))
        if len(chosen) >= most:
            break
    return chosen


def _stem_of(word: str, language: LanguageWords) -> str:
    """The word in small letters, as many of its first letters as the language's stem_letters
    ("değişimi" and "değişim" are one word in Turkish)."""
    low = word.lower()
    return low[: language.stem_letters] if language.stem_letters else low


def _as_said(mentions: Sequence[SpokenPhrase], language: LanguageWords) -> SpokenPhrase:
    """The form of a phrase to propose: said once, as said; said more often, the longest one
    that every form of two parts or more begins with ("les audits de sécurité" of "… avec
    l'inspection du travail" and "… tombent en juin"), or the fullest when they all stop at
    the head."""
    fullest = max(mentions, key=lambda p: (len(p.words), -p.sentence))
    longer = [p for p in mentions if len(p.words) > p.head_end]
    if len(longer) < 2:
        return fullest
    first = longer[0]
    same = first.head_end
    while all(
        len(p.words) > same and _low(p.words[same]) == _low(first.words[same]) for p in longer
    ):
        same += 1
    while (
        same > first.head_end
        and _low(first.words[same - 1]) in language.determiners | language.connectors
    ):
        same -= 1  # no connector or determiner at its end ("les audits de")
    return SpokenPhrase(first.words[:same], first.head_end, first.sentence, first.joiner)

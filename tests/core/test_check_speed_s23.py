"""The check does less work per note for the same findings (issue 8, speed): a rule anchored
on its leading strings is tried only in the sentences that hold its other strings."""

from __future__ import annotations

import pytest

from followup.core.check import compile_rules, matching
from followup.core.check.document import Document
from followup.services import checking

# a follow-up as people write them: "the" in most sentences, the role named in one
NOTE = """Subject: Thank you - Junior Accountant interview

Dear Ms Okafor,

Thank you for taking the time to meet with me on Thursday. I enjoyed hearing about the
month-end close and the move to the new ledger system. The team clearly cares about the
quality of its reporting, and the way you described the review process stood out to me.

I am very interested in the Junior Accountant role and would welcome the chance to support
the audit preparation you mentioned. Please let me know if you need anything else from me.

Kind regards,
Daniel Mensah
"""


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def test_leading_strings_only_in_sentences_holding_the_other_strings(rules) -> None:
    doc = Document(NOTE, rules)
    places = matching.starts_of(doc.lower, ("the", "this", "your"), 0, len(doc.lower))
    kept = matching.in_sentences_holding(sorted(places), doc, doc.lower, ("role", "position"))
    sentences = {doc.sentence_index(at) for at in kept}
    assert len(sentences) == 1
    (only,) = sentences
    assert "Junior Accountant role" in doc.text[doc.sentences[only].start : doc.sentences[only].end]
    assert len(kept) < len(places)


def test_an_anchored_rule_finds_what_a_search_of_the_whole_note_finds(rules) -> None:
    doc = Document(NOTE, rules)
    for rule in rules.role_cues:
        text = doc.lower if rule.lowered else doc.norm
        for lo, hi in ((0, len(text)), (doc.body.start, doc.body.end)):
            local = [m.span() for m in matching.finditer(rule, doc, lo, hi)]
            whole = [m.span() for m in rule.pattern.finditer(text, lo, hi)]
            assert local == whole
    found = [m.group("title") for m in matching.finditer(rules.role_cues[0], doc)]
    assert found == ["junior accountant"]


def test_a_search_per_sentence_skips_sentences_without_a_place(rules) -> None:
    """`_anchored_by_sentence` given the places of one sentence finds that sentence's
    matches only, as a try at each place does."""
    doc = Document(NOTE, rules)
    rule = rules.role_cues[0]
    text = doc.lower
    places = sorted(matching.starts_of(text, ("the", "this", "your"), 0, len(text)))
    kept = matching.in_sentences_holding(places, doc, text, ("role",))
    tried = [m.span() for m in matching._anchored(rule, doc, text, kept, len(text))]
    searched = [m.span() for m in matching._anchored_by_sentence(rule, doc, text, kept, len(text))]
    assert tried == searched
    assert len(tried) == 1


# -- the record's own words: looked for without a pattern made for each excerpt

# records as the intake writes them: a role, topics, details and a profile, in many scripts
RECORD = "\n".join(
    (
        "Senior Data_Engineer (Platform)",
        "migrating the ETL jobs to dbt; Looker dashboards",
        "Zoë Müller-Lüdenscheidt's team, São Paulo office",
        "C++/Rust services, 5+ years",
        "東京 office rollout",
    )
)
EXCERPTS = [
    "Data_Engineer",
    "Data",
    "Engineer",
    "dbt",
    "db",
    "ETL jobs",
    "Müller",
    "Lüdenscheidt",
    "Lüdenscheidt's team",
    "São Paulo",
    "Paulo office",
    "C++",
    "Rust",
    "5+",
    "5+ years",
    "東京",
    "office",
    "  Looker  ",
    "",
    "   ",
    "(Platform)",
    "Platform",
    "years",
    "team,",
]


def test_written_in_is_what_the_word_edge_pattern_finds() -> None:
    import re

    from followup.core.check.checker import _written_in

    for excerpt in EXCERPTS:
        bare = excerpt.strip()
        pattern = rf"(?<!\w){re.escape(bare)}(?!\w)"
        expected = bool(bare) and re.search(pattern, RECORD) is not None
        assert _written_in(RECORD, excerpt) is expected, excerpt


def test_written_in_compiles_no_pattern() -> None:
    import re

    from followup.core.check.checker import _written_in

    re.purge()
    assert _written_in(RECORD, "Looker dashboards")
    assert not _written_in(RECORD, "Tableau")
    assert not re._cache  # type: ignore[attr-defined]


# -- spans: made by the dozen for each note


def test_a_span_is_a_plain_class_compared_and_hashed_by_its_offsets() -> None:
    import dataclasses

    from followup.core.check.document import Span

    assert not dataclasses.is_dataclass(Span)
    one = Span(3, 9)
    assert one == Span(3, 9) and one != Span(3, 10) and one != (3, 9)
    assert hash(one) == hash(Span(3, 9)) and len({one, Span(3, 9), Span(4, 9)}) == 2
    assert repr(one) == "Span(start=3, end=9)"
    assert (one.start, one.end) == (3, 9)


# -- a note's word beginnings


def test_word_beginnings_are_each_words_first_three_to_five_letters(rules) -> None:
    doc = Document(NOTE, rules)
    words = doc.word_set
    expected = {w[:k] for w in words for k in (3, 4, 5)}
    assert doc.prefixes(False) == expected
    assert doc.prefixes(True) == {w[:k] for w in doc.cased_words for k in (3, 4, 5)}
    assert {"acc", "acco", "accou", "me"} <= doc.prefixes(False)  # (a shorter word whole)


# -- tone: only notes holding a word that can make a sentence negative are read for it


def test_tone_advice_is_the_same_with_and_without_trigger_words(rules) -> None:
    from followup.core.check import Facts, check

    sentiment = checking.sentiment_scorer()
    assert sentiment is not None
    facts = Facts(company="Brightwater Ledger", role="Junior Accountant", people=("Ada Okafor",))
    calm = check(NOTE, "email", facts, rules, sentiment=sentiment)
    assert not any(a.code == "tone" for a in calm.advice)
    angry = NOTE.replace(
        "Please let me know if you need anything else from me.",
        "I was sad to hear the old ledger system caused so much pain and misery for the team.",
    )
    found = check(angry, "email", facts, rules, sentiment=sentiment)
    tone = [a for a in found.advice if a.code == "tone"]
    assert tone and "misery" in tone[0].excerpt

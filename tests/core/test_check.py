"""The checker's core (SPEC §5): findings with exact offsets, elements, verdict, rule data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.core.check import (
    ELEMENTS,
    Facts,
    check,
    compile_rules,
    merge_rule_data,
)
from followup.core.check.document import Document
from followup.core.check.matching import finditer
from followup.core.check.rules import lower_pattern
from followup.core.errors import ConfigError, InvalidInput
from followup.services.checking import shipped_rule_data

CORPUS = Path(__file__).resolve().parent.parent / "check_corpus"


FACTS = Facts(
    company="Initech",
    role="Data Analyst",
    people=("Sarah Kim", "Tom Reed"),
    topics=("dbt migration", "churn dashboard"),
)

GOOD = """Dear Sarah,

Thank you for your time on Tuesday and for arranging my interviews. I enjoyed hearing how
the team is moving quarterly reporting onto dbt, and Tom's walkthrough of the churn dashboard.

In my current role I rebuilt our revenue reporting in SQL and cut the monthly close from three
days to one. I remain very interested in the Data Analyst position and would be excited to work
with the analytics team at Initech. I would be glad to discuss next steps.

Best regards,
Maria Lopez
"""


def issue_codes(result) -> set[str]:
    return {f.code for f in result.issues}


def test_a_complete_note_is_ready(rules) -> None:
    result = check(GOOD, "email", FACTS, rules)
    assert result.verdict == "ready", result.issues
    assert result.elements == dict.fromkeys(ELEMENTS, True)
    assert result.issues == ()
    assert 0 <= result.score <= 100
    assert result.words == len(re.findall(r"[^\W_]+(?:['-][^\W_]+)*", GOOD))


def test_result_has_the_spec_shape(rules) -> None:
    text = GOOD.replace("I would be glad to discuss next steps.", "I really need this job.")
    out = check(text, "email", FACTS, rules).to_dict("note.txt")
    assert list(out)[:6] == ["file", "verdict", "score", "words", "elements", "issues"]
    assert out["file"] == "note.txt"
    assert out["verdict"] == "revise"
    assert isinstance(out["score"], int) and isinstance(out["words"], int)
    assert list(out["elements"]) == list(ELEMENTS)
    assert out["elements"]["next_steps"] is False
    (issue,) = out["issues"]
    assert set(issue) == {"code", "start", "end", "excerpt", "message", "suggestion"}
    assert issue["code"] == "desperation"
    assert text[issue["start"] : issue["end"]] == issue["excerpt"] == "I really need this job"
    assert issue["message"] and issue["suggestion"]
    json.dumps(out)  # plain JSON types only


def test_card_needs_three_elements(rules) -> None:
    card = (
        "Dear Claire,\n\nThank you for showing me how you laminate the croissant dough. "
        "I would love to join Sweet Rise.\n\nNadia\n"
    )
    result = check(card, "card", Facts(people=("Claire Dubois",)), rules)
    assert list(result.elements) == ["thanks", "interest", "specifics"]
    assert result.verdict == "ready", result.issues


def test_unknown_kind_is_refused(rules) -> None:
    with pytest.raises(InvalidInput, match="kind"):
        check(GOOD, "memo", FACTS, rules)


@pytest.mark.parametrize(
    ("kind", "words", "flagged"),
    [
        ("email", 24, True),
        ("email", 25, False),
        ("email", 300, False),
        ("email", 301, True),
        ("card", 100, False),
        ("card", 101, True),
    ],
)
def test_length_thresholds(rules, kind, words, flagged) -> None:
    text = " ".join(["word"] * words)
    result = check(text, kind, Facts(), rules)
    assert ("length" in issue_codes(result)) is flagged
    for f in result.issues:
        assert text[f.start : f.end] == f.excerpt


def test_too_long_points_at_the_words_past_the_limit(rules) -> None:
    # English words (a note of made-up tokens is not English, so it would not be checked at all);
    # word 300 is the one the excerpt must start at.
    cycle = [
        "the",
        "team",
        "and",
        "I",
        "talked",
        "about",
        "the",
        "plan",
        "for",
        "the",
        "spring",
        "season",
    ]
    words = [cycle[i % len(cycle)] for i in range(320)]
    words[300] = "harvest"
    text = " ".join(words)
    (f,) = [f for f in check(text, "email", Facts(), rules).issues if f.code == "length"]
    assert f.excerpt.startswith("harvest ")
    assert "320 words" in f.message


def test_subject_line_is_not_counted(rules) -> None:
    body = " ".join(["word"] * 30)
    assert check(f"Subject: a b c d e\n\n{body}", "email", Facts(), rules).words == 30


# -- one example of each issue code, and the precision traps around it --------------------

FLAGGED = [
    ("desperation", "I really need this job, so please consider me."),
    ("desperation", "Please, please hire me."),
    ("desperation", "I still haven't heard back from anyone about the role."),
    ("desperation", "I have emailed you three times since our interview."),
    ("desperation", "Did you get my last email?"),
    ("negativity", "I know I'm not the most qualified candidate."),
    ("negativity", "I totally blew the SQL question."),
    ("negativity", "My current manager is a nightmare to work for."),
    ("negativity", "The interview was disorganized and far too long."),
    ("negativity", "I'm sorry for rambling during the case question."),
    ("negativity", "Forgive me for not having a better answer on the budget question."),
    ("unprofessional", "thx so much for ur time lol"),
    ("unprofessional", "I loved meeting the team 😊"),
    ("unprofessional", "Great talking to you :)"),
    ("unprofessional", "I am SO EXCITED about this role."),
    ("unprofessional", "Thank you!!!"),
    ("unprofessional", "Hey Tom, great chat yesterday."),
    ("pushy", "Please let me know by Friday whether I got the job."),
    ("pushy", "I have another offer and need a decision by Monday."),
    ("pushy", "I look forward to receiving your offer."),
    ("pushy", "Have you made a decision yet?"),
    ("placeholder", "Dear [Interviewer Name], thank you."),
    ("placeholder", "I enjoyed our talk about {topic}."),
    ("placeholder", "It was great to meet XXX and the team."),
    ("placeholder", "Dear <Name>, thank you."),
]

# ordinary courtesy and questions about pay: advice, never a blocking issue (SPEC §5)
ADVISED = [
    ("apology", "Please excuse my nerves during the interview."),
    ("apology", "Sorry again about the camera trouble at the start of our call."),
    ("apology", "My apologies for the delay in sending this note."),
    ("salary", "Could you send the salary range and the benefits package?"),
    ("salary", "I'd like to ask about PTO and the signing bonus."),
]

TRAPS = [
    "I'd really enjoy working with the analytics team.",
    "You explained what the team needs from this role.",
    "Unfortunately we ran out of time to discuss the reporting backlog.",
    "Please feel free to contact my references.",
    "Could you share the expected timeline for next steps?",
    "Do you have a sense of when you expect to make a decision?",
    "I was sorry to hear that Maria was out sick.",
    "I was nervous at first, but you quickly put me at ease.",
    "We talked about the benefits of pair programming.",
    "Our ETL jobs on AWS feed the KPI dashboards and SQL reports.",
    "You described how frustrating the manual reconciliation process is.",
    "The training plan would give me everything I need to succeed.",
    "I can start as soon as possible.",
    "If you need anything else, just let me know and I'll send it right away.",
    "Please don't hesitate to reach out; it is no problem at all.",
    "I can't wait to dig into the numbers with your team.",
    "Thank you!",
    "During my time at Globex I led the reporting team.",
]


@pytest.mark.parametrize(("code", "sentence"), FLAGGED)
def test_each_code_is_found_with_exact_offsets(rules, code, sentence) -> None:
    text = f"Dear Sarah,\n\n{sentence}\n\nBest,\nMaria"
    result = check(text, "email", FACTS, rules)
    found = [f for f in result.issues if f.code == code]
    assert found, [(f.code, f.excerpt) for f in result.issues]
    for f in found:
        assert text[f.start : f.end] == f.excerpt
        assert f.start >= len("Dear Sarah,\n\n") or code == "placeholder"
    assert result.verdict == "revise"


@pytest.mark.parametrize(("code", "sentence"), ADVISED)
def test_courtesy_apologies_and_pay_are_advice(rules, code, sentence) -> None:
    text = GOOD.replace("I remain", f"{sentence} I remain")
    result = check(text, "email", FACTS, rules)
    assert code in {f.code for f in result.advice}
    assert result.verdict == "ready", [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize("sentence", TRAPS)
def test_ordinary_uses_of_trigger_words_are_not_flagged(rules, sentence) -> None:
    text = f"Dear Sarah,\n\n{sentence}\n\nBest,\nMaria"
    result = check(text, "email", FACTS, rules)
    assert issue_codes(result) <= {"length"}, [(f.code, f.excerpt) for f in result.issues]


def test_advice_does_not_block_the_verdict(rules) -> None:
    text = GOOD.replace("I would be glad", "I'm just checking in, and I would be glad")
    result = check(text, "email", FACTS, rules)
    assert {f.code for f in result.advice} == {"check_in"}
    assert result.verdict == "ready"
    assert result.score < check(GOOD, "email", FACTS, rules).score


def test_sentiment_and_readability_only_advise() -> None:
    data = merge_rule_data(shipped_rule_data(), {"settings": {"readability_min_sentence_words": 0}})
    rules = compile_rules(data)
    result = check(GOOD, "email", FACTS, rules, sentiment=lambda s: -0.9, readability=lambda t: 20)
    assert result.verdict == "ready"
    assert {f.code for f in result.advice} == {"tone", "readability"}
    for f in result.advice:
        assert GOOD[f.start : f.end] == f.excerpt


def test_self_criticism_inside_an_apology_is_negativity(rules) -> None:
    text = GOOD.replace("I remain", "I'm sorry I totally blew the SQL question. I remain")
    result = check(text, "email", FACTS, rules)
    assert issue_codes(result) == {"negativity"}
    assert "apology" in {f.code for f in result.advice}


# -- names against the record ----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "excerpt"),
    [
        (("Dear Sarah,", "Dear Sara,"), "Sara"),
        (("Dear Sarah,", "Dear Michael,"), "Michael"),
        (("Tom's walkthrough", "Tomm's walkthrough"), "Tomm"),
        (("with the analytics team at Initech", "to join the Globex team"), "Globex"),
        (("Data Analyst position", "Data Scientist position"), "Data Scientist"),
        (("Data Analyst position", "Marketing Analyst position"), "Marketing Analyst"),
        (("team at Initech", "team at Initek"), "Initek"),
    ],
)
def test_names_that_do_not_match_the_record(rules, change, excerpt) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    found = [f for f in check(text, "email", FACTS, rules).issues if f.code == "name_mismatch"]
    assert [f.excerpt for f in found] == [excerpt]
    assert text[found[0].start : found[0].end] == excerpt


@pytest.mark.parametrize(
    "greeting",
    ["Dear Ms. Kim,", "Dear Sarah and Tom,", "Dear Hiring Committee,", "Hello Initech team,"],
)
def test_greetings_that_match_the_record(rules, greeting) -> None:
    text = GOOD.replace("Dear Sarah,", greeting)
    assert "name_mismatch" not in issue_codes(check(text, "email", FACTS, rules))


def test_nicknames_match_their_long_form(rules) -> None:
    facts = Facts(company="Initech", role="Data Analyst", people=("Michael Torres",))
    text = GOOD.replace("Dear Sarah,", "Dear Mike,").replace("Tom's walkthrough", "the walkthrough")
    assert "name_mismatch" not in issue_codes(check(text, "email", facts, rules))


def test_possessive_company_names_match(rules) -> None:
    facts = Facts(company="St. Mary's Hospital", role="Data Analyst", people=("Sarah Kim",))
    text = GOOD.replace("team at Initech", "team at St. Mary's Hospital and St. Mary's clinics")
    assert "name_mismatch" not in issue_codes(check(text, "email", facts, rules))


def test_without_facts_names_are_not_judged(rules) -> None:
    text = GOOD.replace("Dear Sarah,", "Dear Sara,")
    assert "name_mismatch" not in issue_codes(check(text, "email", Facts(), rules))


def test_a_placeholder_is_not_also_a_wrong_name(rules) -> None:
    text = GOOD.replace("Dear Sarah,", "Dear [Interviewer Name],")
    assert issue_codes(check(text, "email", FACTS, rules)) == {"placeholder"}


def test_specifics_come_from_recorded_topics_or_people(rules) -> None:
    note = (
        "Dear Sarah,\n\nThank you for your time. The dbt migration sounds like a great project. "
        "I remain interested.\n\nBest,\nMaria"
    )
    assert check(note, "card", FACTS, rules).elements["specifics"] is True
    assert check(note, "card", Facts(), rules).elements["specifics"] is False


# -- offsets are exact for any text ------------------------------------------------------


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcXYZ IiuU!?.,'’“”\n\t[]{}<>_:;-",
                "😊",
                "İ",
                "ß",
                "\u00a0",
                "Sarah ",
                "Sara",
                "need this job ",
                "Dear ",
                "Best,\n",
                "THANK YOU ",
                "sorry ",
                "Initek",
            ]
        ),
        max_size=200,
    ).map("".join)
)
def test_any_text_gets_exact_offsets_and_no_error(rules, text) -> None:
    for kind in ("email", "card"):
        result = check(text, kind, FACTS, rules)
        for f in (*result.issues, *result.advice):
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start : f.end] == f.excerpt
        assert result.verdict in {"ready", "revise"}
        assert 0 <= result.score <= 100


def test_curly_quotes_and_emoji_keep_offsets(rules) -> None:
    text = "Dear Sarah,\n\n😊 “Thanks” — I’m sorry I’m late… I really need this job!!\n\nMaria"
    result = check(text, "email", FACTS, rules)
    assert {"desperation", "unprofessional"} <= issue_codes(result)
    assert "apology" in {f.code for f in result.advice}
    for f in result.issues:
        assert text[f.start : f.end] == f.excerpt


# -- the fast paths find what the plain patterns find ------------------------------------


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def test_gates_and_windows_never_hide_a_match(rules) -> None:
    """A pattern is skipped or narrowed to some sentences only when that cannot lose a match:
    every plain match that lies inside one sentence is still found."""
    all_rules = [
        r for spec in (*rules.codes.values(), *rules.elements.values()) for r in spec.rules
    ]
    all_rules += [*rules.person_cues, *rules.role_cues]
    assert sum(1 for r in all_rules if r.needs) > 0.9 * len(all_rules)
    for text in corpus_texts():
        doc = Document(text, rules)
        for rule in all_rules:
            hay = doc.lower if rule.lowered else doc.norm
            plain = [
                m.span()
                for m in rule.pattern.finditer(hay)
                if doc.sentence_at(m.start()) == doc.sentence_at(max(m.end() - 1, m.start()))
            ]
            fast = {m.span() for m in finditer(rule, doc)}
            for span in plain:
                assert any(a <= span[0] < b for a, b in fast), (rule.pattern.pattern, span)


def test_lowered_patterns_keep_escapes_and_group_names() -> None:
    assert lower_pattern(r"\bI\S+(?P<Hit>X)\N{BULLET}[A-Z]") == r"\bi\S+(?P<Hit>x)\N{BULLET}[a-z]"


# -- the rule data -----------------------------------------------------------------------


def test_merge_extends_lists_and_replaces_values() -> None:
    base = {"code": {"x": {"rules": ["a"], "message": "m"}}, "settings": {"n": 1}}
    over = {"code": {"x": {"rules": ["b"], "message": "n"}}, "settings": {"n": 2}}
    assert merge_rule_data(base, over) == {
        "code": {"x": {"rules": ["a", "b"], "message": "n"}},
        "settings": {"n": 2},
    }
    replaced = merge_rule_data(base, {"code": {"x": {"replace": True, "rules": ["c"]}}})
    assert replaced["code"]["x"] == {"rules": ["c"], "message": "m"}


def test_a_user_rule_is_compiled_and_used() -> None:
    data = merge_rule_data(
        shipped_rule_data(),
        {
            "code": {"desperation": {"rules": [r"\bmy landlord\b"]}},
            "kinds": {"email": {"max_words": 50}},
        },
    )
    rules = compile_rules(data)
    result = check(GOOD + "\nMy landlord is waiting.\n", "email", FACTS, rules)
    assert {"desperation", "length"} <= issue_codes(result)


def test_a_disabled_code_is_not_reported() -> None:
    data = merge_rule_data(shipped_rule_data(), {"code": {"unprofessional": {"enabled": False}}})
    result = check(GOOD.replace("Tuesday.", "Tuesday!!!"), "email", FACTS, compile_rules(data))
    assert "unprofessional" not in issue_codes(result)


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"code": {"pushy": {"rules": ["(unclosed"]}}}, "code.pushy.rules"),
        ({"code": {"pushy": {"rules": ["{nosuchfragment}"]}}}, "unknown fragment"),
        ({"settings": {"score_issue": "lots"}}, "settings.score_issue"),
        ({"settings": {"no_such_setting": 1}}, "unknown setting"),
        ({"kinds": {"email": {"required": ["charm"]}}}, "unknown element"),
        ({"code": {"pushy": {"severity": "fatal"}}}, "severity"),
        ({"code": {"pushy": {"rules": [{"pattern": "x", "when": "y"}]}}}, "unknown key"),
        ({"code": {"pushy": {"rules": [{"pattern": "x", "words": "x"}]}}}, "words must be"),
    ],
)
def test_broken_rule_data_is_a_readable_config_error(override, message) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        compile_rules(merge_rule_data(shipped_rule_data(), override))


@pytest.mark.parametrize(
    ("last_lines", "thanks"),
    [
        ("Thank you. I look forward to it.", True),
        ("Thanks again for a wonderful afternoon.", True),
        ("Best regards,\nMaria", False),
        ("Thank you for your time,\nMaria", False),
        ("Thanks — Maria", False),
    ],
)
def test_a_sign_off_is_not_the_body(rules, last_lines, thanks) -> None:
    text = f"Dear Sarah,\n\nI enjoyed our talk about the dbt migration.\n\n{last_lines}\n"
    assert check(text, "card", FACTS, rules).elements["thanks"] is thanks


def test_a_hyphenated_word_cites_a_topic_jotted_with_a_space(rules) -> None:
    """'the on-call load' in a note cites the recorded 'on call load ~1 wk in 6'."""
    note = (
        "Dear Sarah,\n\nThank you for meeting me on Tuesday; I've been thinking about the "
        "on-call load since. I'm keen on the role.\n\nBest,\nMaria"
    )
    facts = Facts(company="Initech", topics=("on call load ~1 wk in 6",))
    assert check(note, "card", facts, rules).elements["specifics"] is True
    assert check(note, "card", Facts(company="Initech"), rules).elements["specifics"] is False

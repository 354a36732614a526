"""The checker's rules saved in the cache folder and read back (services.checking.load_rules):
a command reads back only the rules its note's gates open, and the patterns made from the rules
start from their saved programs; the findings are those of freshly compiled rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.core.check import Facts, check
from followup.core.check import names as names_module
from followup.core.check.rules import RuleList
from followup.services import checking

ROOT = Path(__file__).resolve().parent.parent.parent
FACTS = Facts(company="Harbor Analytics", role="Data Analyst", people=("Dana Reyes", "Tom Okafor"))


def _notes() -> list[str]:
    folder = ROOT / "tests" / "check_corpus"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:40]]


def _read_back(followup_home: Path) -> object:
    """The rules as a later command reads them: saved by a first call, then loaded."""
    checking._rules_cache.clear()
    checking.load_rules(None)  # compiled and saved
    assert list((followup_home / "cache").glob("check-rules-*.pickle"))
    checking._rules_cache.clear()
    return checking.load_rules(None)


def _rule_lists(rules: object) -> list[RuleList]:
    specs = [*rules.codes.values(), *rules.elements.values()]  # type: ignore[attr-defined]
    return [spec.rules for spec in specs if isinstance(spec.rules, RuleList)]


def test_a_note_reads_back_only_the_rules_its_gates_open(followup_home, rules, model) -> None:
    saved = _read_back(followup_home)
    lists = _rule_lists(saved)
    total = sum(len(r) for r in lists)
    assert total >= 200
    assert sum(sum(x is not None for x in r._rules) for r in lists) == 0  # none read yet
    text = _notes()[0]
    result = check(text, "email", FACTS, saved, model=model)  # type: ignore[arg-type]
    read = sum(sum(x is not None for x in r._rules) for r in lists)
    assert 0 < read < total / 3
    assert result == check(text, "email", FACTS, rules, model=model)


def test_saved_rules_find_what_compiled_rules_find(followup_home, rules, model) -> None:
    saved = _read_back(followup_home)
    for text in _notes():
        for kind in ("email", "letter"):
            mine = check(text, kind, FACTS, saved, model=model)  # type: ignore[arg-type]
            assert mine == check(text, kind, FACTS, rules, model=model)


def test_the_title_patterns_start_from_saved_programs(followup_home) -> None:
    saved = _read_back(followup_home)
    names_module._titled_cache.clear()  # as in a new process
    names_module._honorific_after.cache_clear()
    patterns = names_module.rule_patterns(saved)  # type: ignore[arg-type]
    assert patterns and all(p._code is not None for p in patterns)
    assert patterns[0].search("Thanks again, Dr. Osei.") is not None
    # the honorific after a name, which a draft's check looks for, is saved with them
    assert any(p.search("Please thank Yoshida-San for me.") for p in patterns[2:])


@pytest.mark.parametrize("index", [0, -1, slice(0, 2)])
def test_a_rule_list_reads_its_rules_in_any_order(rules, index) -> None:
    import pickle

    original = next(r for r in _rule_lists(rules) if len(r) >= 3)
    copy = pickle.loads(pickle.dumps(original))
    assert isinstance(copy, RuleList) and len(copy) == len(original)
    got = copy[index]
    want = original[index]
    if isinstance(index, slice):
        assert [r.pattern.pattern for r in got] == [r.pattern.pattern for r in want]
    else:
        assert got.pattern.pattern == want.pattern.pattern


def test_saved_rules_are_found_without_reading_unchanged_rule_files(
    followup_home, monkeypatch, tmp_path
) -> None:
    """A later run names the saved rules by the rule files' content keys, kept with the
    source digests: unchanged files are not read (a draft's check read 180 kB of check.toml
    on every start only to name them); an edited file names new rules."""
    from followup.store import cache_files

    data = tmp_path / "data"
    data.mkdir()
    for name in (checking.RULES_FILE, checking.LEGAL_FORMS_FILE):
        (data / name).write_bytes((checking.DATA_DIR / name).read_bytes())
    monkeypatch.setattr(checking, "DATA_DIR", data)
    checking._rules_cache.clear()
    first = checking.load_rules(None)  # compiled and saved
    cache = followup_home / "cache"
    [saved] = cache.glob("check-rules-*.pickle")

    def unread(*args: object) -> str:
        raise AssertionError("the rule files were read")

    cache_files._digests.clear()  # as in a new process
    checking._rules_cache.clear()
    with monkeypatch.context() as patch:
        patch.setattr(checking, "_shipped_text", unread)
        patch.setattr(Path, "read_text", unread)
        again = checking.load_rules(None)
    assert again is not first and again.codes.keys() == first.codes.keys()
    assert list(cache.glob("check-rules-*.pickle")) == [saved]

    rules_file = data / checking.RULES_FILE
    rules_file.write_text(rules_file.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    cache_files._digests.clear()
    checking._rules_cache.clear()
    checking.load_rules(None)
    assert len(list(cache.glob("check-rules-*.pickle"))) == 2  # named by the new text

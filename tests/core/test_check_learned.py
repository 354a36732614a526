"""The learned layer (sentence classifiers shipped as data) and the saved rules.

The shipped weights are what tools/train_check_model.py makes of the sentence bank; rules
saved in the cache folder (patterns kept with the program `re` made of them) check notes
exactly as freshly compiled ones do.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup.core.check import Facts, check, compile_rules
from followup.core.check.lazyre import Pattern
from followup.core.check.learned import features
from followup.services import checking

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "check_corpus"


def test_the_model_scores_sentences() -> None:
    model = checking.learned_model()
    assert {"desperation", "pushy", "negativity", "qualifications", "timeline"} <= set(
        model.classes
    )
    desperate = model.scores("I've been refreshing my inbox all week hoping to hear from you.")
    calm = model.scores("Thank you for your time on Tuesday.")
    assert desperate["desperation"] > 0.9 > calm["desperation"]
    assert calm["thanks"] > 0.9
    assert all(0.0 <= p <= 1.0 for p in desperate.values())


def test_features_are_stable_hashes() -> None:
    one = features("I bring five years of SQL.", 1 << 16)
    assert one == features("I bring five years of SQL.", 1 << 16)
    assert all(0 <= f < 1 << 16 for f in one)
    assert features("I bring 5 years", 1 << 16) == features("I bring 7 years", 1 << 16)


def _plain_features(sentence: str, buckets: int) -> list[int]:
    """`features` as the model defines them, written plainly: the words of the lower-cased
    sentence (digit runs read as 0), each word's bucket and, for a word of more than five
    letters, its beginning's; then each pair's and each triple's (hashes modulo 2**32)."""
    import zlib

    text = re.sub(r"\d+", "0", sentence.lower().replace("\u2019", "'"))
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", text)
    hashes = [zlib.crc32(w.encode()) for w in ["<s>", *words, "</s>"]]
    found = []
    for word in words:
        found.append(zlib.crc32(word.encode()) % buckets)
        if len(word) > 5:
            found.append(zlib.crc32(b"p " + word[:5].encode()) % buckets)
    pairs = [(a * 1000003 ^ b) % 2**32 for a, b in zip(hashes, hashes[1:], strict=False)]
    found += [(p * 7 + 1) % buckets for p in pairs]
    found += [
        ((p * 1000003 ^ c) * 13 + 2) % buckets for p, c in zip(pairs, hashes[2:], strict=False)
    ]
    return found


def test_features_are_the_plain_definition() -> None:
    """The fast `features` (words read a piece between spaces at a time, remembered, small
    sums) gives the buckets of the plain definition, on the sentence bank and odd text."""
    bank = (ROOT / "src/followup/data/check_sentences.tsv").read_text(encoding="utf-8")
    sentences = [line.split("\t", 1)[1] for line in bank.splitlines()[1:2000] if "\t" in line]
    sentences += [
        "It\u2019s 2024\u2014I\u2019d say 3.5x\u00a0faster!! \u0663\u0664 x\u00b2",
        "Caf\u00e9 d\u00e9j\u00e0-vu, na\u00efve co-op; \u03a3\u0391\u03a3 \u03a3",
        "\ufb01ne \u0130stanbul",
        "a\u2028b\u3000c\x1cd 12ab34 x'y 'quoted' don't",
        "",
    ]
    for sentence in sentences:
        for buckets in (1 << 16, 1 << 10):
            assert features(sentence, buckets) == _plain_features(sentence, buckets), sentence


def test_the_bank_is_large_and_covers_every_class() -> None:
    rows = [
        line.split("\t", 1)
        for line in (ROOT / "src/followup/data/check_sentences.tsv").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) >= 3000
    labels = [set(tags.split(",")) for tags, _ in rows]
    for name in checking.learned_model().classes:
        assert sum(name in tags for tags in labels) >= 100, name
    assert sum(tags == {"-"} for tags in labels) >= 300


@pytest.mark.timeout(600)
def test_the_shipped_weights_are_what_the_training_script_makes() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_check_model.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "shipped model matches the bank" in proc.stdout


def test_saved_rules_check_notes_as_fresh_ones_do(followup_home) -> None:
    checking._rules_cache.clear()
    first = checking.load_rules(None)
    saved = list((followup_home / "cache").glob("check-rules-*.pickle"))
    assert len(saved) == 1
    checking._rules_cache.clear()
    loaded = checking.load_rules(None)
    assert loaded is not first
    fresh = compile_rules(checking.shipped_rule_data())
    facts = Facts("Initech", "Data Analyst", ("Sarah Kim",), ("churn dashboard",))
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        a = check(text, "email", facts, loaded).to_dict()
        b = check(text, "email", facts, fresh).to_dict()
        assert a == b, path.name
    checking._rules_cache.clear()


def test_a_saved_pattern_matches_as_re_compiles_it() -> None:
    import pickle

    for source, flags in [
        (r"\b(?P<hit>need)\s+(?:this|the)\s+job\b", re.IGNORECASE | re.MULTILINE),
        (r"(?<![\w'-])[A-Z][a-z]+(?:'s)?(?![\w-])", 0),
        (r"^[ \t]*(?:dear|hi)\b", re.MULTILINE),
    ]:
        pattern = Pattern(source, flags)
        pattern.freeze()
        copy = pickle.loads(pickle.dumps(pattern))
        reference = re.compile(source, flags)
        text = "Dear Sam,\nI need the job. Karen's team\nhi there"
        assert [m.span() for m in copy.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]
        assert copy.groupindex == reference.groupindex
        assert type(copy._code[2]) is bytes  # saved packed, unpacked when first used
        assert copy.compiled == pattern.compiled  # the same program as before saving


def test_a_broken_cache_file_is_ignored(followup_home) -> None:
    checking._rules_cache.clear()
    checking.load_rules(None)
    [saved] = (followup_home / "cache").glob("check-rules-*.pickle")
    saved.write_bytes(b"not a pickle")
    checking._rules_cache.clear()
    assert checking.load_rules(None).kinds
    checking._rules_cache.clear()


def test_packed_weights_score_as_the_tables_do() -> None:
    """After a few notes the classes asked for are scored from packed weights, one sum for
    all of them: the same probabilities as class by class."""
    from followup.core.check.learned import _PACK_AFTER, Model

    shipped = checking.learned_model()
    model = Model(shipped.classes, shipped.buckets, shipped.biases, shipped.scales, shipped.weights)
    bank = (ROOT / "src/followup/data/check_sentences.tsv").read_text(encoding="utf-8")
    sentences = [line.split("\t", 1)[1] for line in bank.splitlines()[1:1500] if "\t" in line]
    for sentence in sentences[:_PACK_AFTER]:
        model.cached_scores(sentence, ("desperation",))
    assert model._packed.get("table")
    for sentence in [*sentences[_PACK_AFTER:], "", "Thanks!"]:
        assert model.cached_scores(sentence, model.classes) == model.scores(sentence)
    # asked as the checker asks (a few classes, then one at a time, each worked out when first
    # asked for): the same probabilities
    model._memo.clear()
    half = model.classes[: len(model.classes) // 2]
    for sentence in sentences[_PACK_AFTER : _PACK_AFTER + 300]:
        got = model.cached_scores(sentence, half)
        for name in reversed(model.classes):
            got.update(model.cached_scores(sentence, (name,)))
        assert got == model.scores(sentence)


def test_only_the_classes_asked_of_every_sentence_are_packed() -> None:
    """The checker asks its issue classes of every sentence and an element's only where the
    rules did not find it: only the classes asked for at least every other sentence are
    packed, and the others are scored from the sentence's features when asked for, with
    the same probabilities as class by class."""
    from followup.core.check.learned import _PACK_AFTER, Model

    shipped = checking.learned_model()
    model = Model(shipped.classes, shipped.buckets, shipped.biases, shipped.scales, shipped.weights)
    bank = (ROOT / "src/followup/data/check_sentences.tsv").read_text(encoding="utf-8")
    sentences = [line.split("\t", 1)[1] for line in bank.splitlines()[1:800] if "\t" in line]
    issues = ("desperation", "negativity", "pushy")
    for i, sentence in enumerate(sentences[:_PACK_AFTER]):
        # (a rule may ask one class of a sentence first, the others being asked after it)
        model.cached_scores(sentence, issues[i % 3 :] if i % 5 else ("specifics",))
        model.cached_scores(sentence, issues)
    assert set(model._packed["table"].field_of) == set(issues)
    for sentence in [*sentences[_PACK_AFTER:], "", "Thanks!", "x" * 20_000]:
        got = model.cached_scores(sentence, issues)
        got.update(model.cached_scores(sentence, ("specifics", "thanks")))
        assert got == model.scores(sentence, (*issues, "specifics", "thanks"))


def _train_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_check_model", ROOT / "tools" / "train_check_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_new_bank_is_filed_without_the_sentences_already_banked(tmp_path) -> None:
    """`--add` keeps a new bank as its own file with its origin; a sentence any bank holds
    (case and spacing aside) is dropped, and so are labels that are no class."""
    tool = _train_tool()
    (tmp_path / "check_sentences.tsv").write_text(
        "# labels\tsentence\n"
        "desperation\tI need this job so badly.\n"
        "thanks,interest\tThank you for the interview.\n"
        "-\tThe office is near the station.\n",
        encoding="utf-8",
    )
    new = tmp_path / "writers bank 1.tsv"
    new.write_text(
        "desperation\tA reply would be a lifeline for me.\n"
        "thanks\t  thank you for the   INTERVIEW.\n"
        "negativity,sarcasm\tMy old firm treats its drivers like furniture.\n"
        "-\tA reply would be a lifeline for me.\n",
        encoding="utf-8",
    )
    classes = {"desperation", "thanks", "interest", "negativity"}
    target, counts = tool.add_bank(new, "written for the test", tmp_path, classes)
    assert target == tmp_path / "check_banks" / "writers-bank-1.tsv"
    assert counts == {"kept": 2, "duplicates": 2, "unknown_labels": 1}
    banks = tool.read_banks(tmp_path)
    assert [b.name for b in banks] == ["check_sentences.tsv", "writers-bank-1.tsv"]
    assert banks[1].origin == "written for the test"
    assert banks[1].labels == [{"desperation"}, {"negativity"}]
    sentences, labels, sources = tool.merged(banks)
    assert len(sentences) == 5
    # the later bank is one held-out source; the first is cut into groups by its first words
    assert sources[-2:] == ["writers-bank-1.tsv", "writers-bank-1.tsv"]
    assert all(s.startswith("check_sentences.tsv#") for s in sources[:3])
    with pytest.raises(SystemExit):
        tool.add_bank(new, "again", tmp_path, classes)


def test_near_twins_of_the_first_bank_are_held_out_together() -> None:
    tool = _train_tool()
    banks = [
        tool.Bank(
            "check_sentences.tsv",
            "",
            ["I'm tired of cleaning up after lazy colleagues.", "I'm tired of cleaning up."],
            [{"negativity"}, {"negativity"}],
        )
    ]
    _, _, sources = tool.merged(banks)
    assert sources[0] == sources[1]


def test_the_shipped_weights_are_read_in_place_and_score_as_a_copy_does() -> None:
    """learned_model maps check_model.bin into memory and each class's weights are a view of
    it (no copy of the 1.3 MB table); a model made from a copy of the bytes scores the same."""
    from array import array

    from followup.core.check.learned import Model

    shipped = checking.learned_model()
    assert all(isinstance(w, memoryview) and w.format == "h" for w in shipped.weights)
    blob = (ROOT / "src/followup/data/check_model.bin").read_bytes()
    copied = array("h")
    copied.frombytes(blob)
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        copied.byteswap()
    size = shipped.buckets
    tables = tuple(copied[i * size : (i + 1) * size] for i in range(len(shipped.classes)))
    model = Model(shipped.classes, shipped.buckets, shipped.biases, shipped.scales, tables)
    for sentence in ("I've been refreshing my inbox all week.", "Thank you for Tuesday.", ""):
        assert model.scores(sentence) == shipped.scores(sentence)

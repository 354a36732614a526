"""Train the checker's sentence classifiers from the labelled sentence banks, and measure them.

The banks (labels TAB sentence; labels are issue codes and elements separated by commas, `-`
for none; lines starting with `#` are comments):

- `src/followup/data/check_sentences.tsv`, the project's first bank;
- every `src/followup/data/check_banks/*.tsv`: banks written later and by other hands, each kept
  as its own file whose `# origin:` comment says where it came from. `--add FILE --origin TEXT`
  files a new one there: its sentences already in a bank (same words, case and spacing aside)
  are dropped, and so are labels that are no class of the model.

Writes `check_model.json` and `check_model.bin` beside the first bank (see
`followup.core.check.learned`): one logistic regression per class over the hashed features of
`learned.features`, trained on all banks together by full-batch gradient descent (Adam) with an
L2 penalty: deterministic, so the same banks always give the same bytes (a test checks the
shipped files). Needs numpy (a development dependency; the checker reads the weights without it).

    .venv/bin/python tools/train_check_model.py              # train and write the model
    .venv/bin/python tools/train_check_model.py --check      # exit 1 if the shipped files differ
    .venv/bin/python tools/train_check_model.py --cv         # cross-validation report
    .venv/bin/python tools/train_check_model.py --add new.tsv --origin "who wrote it, when"

--cv holds out whole sources, never single sentences: each later bank is one source, and the
first bank (written from templates, so sentences share their halves) is cut into four groups by
the first words of its sentences, so no sentence's near-twin is trained on while it is tested.
For each held-out source the model is trained on all the others; the report gives each class's
precision and recall at the thresholds the checker ships (check.toml [learned.thresholds]),
per source and pooled, and the threshold with the best F1 (precision weighted double) on the
pooled held-out probabilities.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup.core.check.learned import features  # noqa: E402

DATA = ROOT / "src" / "followup" / "data"
BANK = DATA / "check_sentences.tsv"
BANKS = DATA / "check_banks"
BUCKETS = 1 << 16
STEPS = 300
RATE = 0.05
L2 = 1e-4
LATER_WEIGHT = 3.0  # each sentence of a later bank counts this many times the first bank's
# (the later banks are fewer and written freely, as notes are; the first is built from templates)
STEM_GROUPS = 4  # the first bank is held out in this many groups of sentences
STEM_WORDS = 3  # sentences starting with the same words share a group


@dataclass
class Bank:
    """One bank file: its name, where it came from, and its labelled sentences."""

    name: str
    origin: str
    sentences: list[str]
    labels: list[set[str]]


def read_bank(path: Path) -> Bank:
    origin = ""
    sentences: list[str] = []
    labels: list[set[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.lower().startswith("# origin:"):
                origin = line.split(":", 1)[1].strip()
            continue
        if not line.strip() or "\t" not in line:
            continue
        tags, sentence = line.split("\t", 1)
        sentence = sentence.strip()
        if not sentence:
            continue
        sentences.append(sentence)
        labels.append({t.strip() for t in tags.split(",") if t.strip() not in ("", "-")})
    return Bank(path.name, origin or "the project's first bank", sentences, labels)


def read_banks(data: Path = DATA) -> list[Bank]:
    """The first bank, then each later bank in file-name order."""
    return [read_bank(data / BANK.name), *map(read_bank, sorted((data / BANKS.name).glob("*.tsv")))]


def key(sentence: str) -> str:
    """What makes two sentences the same one: their words, case and spacing aside."""
    return " ".join(sentence.casefold().replace("\u2019", "'").split())


def add_bank(
    source: Path, origin: str, data: Path = DATA, classes: set[str] | None = None
) -> tuple[Path, dict[str, int]]:
    """File `source` as a new bank under data/check_banks (named after it), without the
    sentences the banks already hold and without labels that are no class. Returns the new
    file and counts: kept, duplicates, unknown labels dropped."""
    banks = read_banks(data)
    known = classes if classes is not None else {c for b in banks for t in b.labels for c in t}
    seen = {key(s) for b in banks for s in b.sentences}
    new = read_bank(source)
    counts = {"kept": 0, "duplicates": 0, "unknown_labels": 0}
    lines = [f"# origin: {origin}", f"# file: {source.name}", "# labels\tsentence"]
    for sentence, tags in zip(new.sentences, new.labels, strict=True):
        k = key(sentence)
        if k in seen:
            counts["duplicates"] += 1
            continue
        seen.add(k)
        unknown = tags - known
        counts["unknown_labels"] += len(unknown)
        kept = sorted(tags & known)
        lines.append(f"{','.join(kept) or '-'}\t{sentence}")
        counts["kept"] += 1
    target = data / BANKS.name / (re.sub(r"[^\w.-]+", "-", source.stem).strip("-") + ".tsv")
    if target.exists():
        raise SystemExit(f"{target} exists already: remove it first to file the bank again")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target, counts


def merged(banks: list[Bank]) -> tuple[list[str], list[set[str]], list[str]]:
    """All sentences, labels and the source of each (a later duplicate is left out)."""
    seen: set[str] = set()
    sentences, labels, sources = [], [], []
    for bank in banks:
        first = bank.name == BANK.name
        for sentence, tags in zip(bank.sentences, bank.labels, strict=True):
            k = key(sentence)
            if k in seen and not first:
                continue
            seen.add(k)
            sentences.append(sentence)
            labels.append(tags)
            if first:
                stem = " ".join(re.findall(r"[a-z']+", k)[:STEM_WORDS])
                sources.append(f"{bank.name}#{zlib.crc32(stem.encode()) % STEM_GROUPS + 1}")
            else:
                sources.append(bank.name)
    return sentences, labels, sources


def weights(sources: list[str]) -> np.ndarray:
    """How much each sentence counts: LATER_WEIGHT for a later bank's, 1 for the first's."""
    return np.array([1.0 if s.startswith(BANK.name) else LATER_WEIGHT for s in sources])


def matrix(sentences: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The feature buckets of every sentence, flat, and the sentence each belongs to."""
    rows, cols = [], []
    for i, sentence in enumerate(sentences):
        found = features(sentence, BUCKETS)
        cols.extend(found)
        rows.extend([i] * len(found))
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def train(
    sentences: list[str], y: np.ndarray, weight: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (buckets x classes) and biases (classes) of one-vs-rest logistic regressions;
    `weight` says how much each sentence counts (all alike by default)."""
    rows, cols = matrix(sentences)
    n, k = y.shape
    share = np.full((n, 1), 1.0 / n) if weight is None else (weight / weight.sum())[:, None]
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])  # every sentence has features
    order = np.argsort(cols, kind="stable")
    buckets, bucket_starts = np.unique(cols[order], return_index=True)
    rows_by_bucket = rows[order]
    w = np.zeros((BUCKETS, k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = np.add.reduceat(w[cols], starts) + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * share
        gw = L2 * w
        gw[buckets] += np.add.reduceat(g[rows_by_bucket], bucket_starts)
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1**step, 1 - beta2**step
        w -= RATE * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= RATE * (mb / c1) / (np.sqrt(vb / c2) + eps)
    return w, b


def predict(w: np.ndarray, b: np.ndarray, sentences: list[str]) -> np.ndarray:
    rows, cols = matrix(sentences)
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    z = np.add.reduceat(w[cols], starts) + b
    return 1.0 / (1.0 + np.exp(-z))


def encode(
    classes: list[str], w: np.ndarray, b: np.ndarray, banks: list[Bank]
) -> tuple[bytes, bytes]:
    """The shipped files: JSON metadata and int16 weights, class by class."""
    scales = [float(np.abs(w[:, i]).max() / 32767) or 1.0 for i in range(len(classes))]
    table = np.stack([np.round(w[:, i] / scales[i]) for i in range(len(classes))])
    blob = table.astype("<i2").tobytes()
    meta = {
        "format": "followup check model 1",
        "features": "learned.features: words, 5-letter word beginnings, word pairs and triples",
        "buckets": BUCKETS,
        "classes": classes,
        "biases": [round(float(x), 6) for x in b],
        "scales": [float(f"{s:.9g}") for s in scales],
        "trained_on": [b.name for b in banks],
    }
    return (json.dumps(meta, indent=1) + "\n").encode(), blob


def shipped_thresholds() -> dict[str, float]:
    with (DATA / "check.toml").open("rb") as fh:
        learned = tomllib.load(fh).get("learned", {})
    return {str(k): float(v) for k, v in learned.get("thresholds", {}).items()}


def _pr(p: np.ndarray, truth: np.ndarray, limit: float) -> tuple[int, int, int]:
    hit = p >= limit
    return int((hit & truth).sum()), int((hit & ~truth).sum()), int((~hit & truth).sum())


def _fmt(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{precision:5.2f} {recall:5.2f} ({tp + fn:4d})"


def cross_validate(banks: list[Bank], classes: list[str], only: str | None = None) -> None:
    """Hold each source out in turn, train on the rest, and print the report (module doc)."""
    sentences, labels, sources = merged(banks)
    y = np.array([[c in tags for c in classes] for tags in labels], dtype=bool)
    names = sorted(set(sources))
    thresholds = shipped_thresholds()
    held = np.zeros((len(sentences), len(classes)))
    for name in names:
        if only and only not in name:
            continue
        test_at = np.array([s == name for s in sources])
        w, b = train(
            [s for s, t in zip(sentences, test_at, strict=True) if not t],
            y[~test_at].astype(float),
            weights(sources)[~test_at],
        )
        held[test_at] = predict(w, b, [s for s, t in zip(sentences, test_at, strict=True) if t])
        print(f"held out {name}: {int(test_at.sum())} sentences", flush=True)
    scored = np.array([only in s for s in sources]) if only else np.ones(len(sentences), dtype=bool)
    print("\nprecision recall (positives) at the shipped threshold, per held-out source")
    header = f"{'class':15} {'limit':>5}  {'pooled':>17}"
    for name in names:
        if only and only not in name:
            continue
        header += f"  {name[-17:]:>17}"
    print(header)
    for i, cls in enumerate(classes):
        limit = thresholds.get(cls, 0.5)
        row = f"{cls:15} {limit:5.2f}  {_fmt(*_pr(held[scored, i], y[scored, i], limit)):>17}"
        for name in names:
            if only and only not in name:
                continue
            at = np.array([s == name for s in sources])
            row += f"  {_fmt(*_pr(held[at, i], y[at, i], limit)):>17}"
        print(row)
    print("\nprecision recall at other thresholds, on the held-out probabilities")
    limits = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    print(f"{'class':15} " + " ".join(f"{x:>11.1f}" for x in limits))
    for i, cls in enumerate(classes):
        cells = []
        for limit in limits:
            tp, fp, fn = _pr(held[scored, i], y[scored, i], limit)
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            cells.append(f"{p:5.2f} {r:5.2f}")
        print(f"{cls:15} " + " ".join(cells))
    print("\nbest threshold on the held-out probabilities (F-beta, beta 0.5: precision first)")
    for i, cls in enumerate(classes):
        best = (0.0, 0.5)
        for limit in np.arange(0.3, 0.96, 0.05):
            tp, fp, fn = _pr(held[scored, i], y[scored, i], float(limit))
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
            if f > best[0] + 1e-9:
                best = (f, float(limit))
        tp, fp, fn = _pr(held[scored, i], y[scored, i], best[1])
        print(f"{cls:15} {best[1]:.2f}  {_fmt(tp, fp, fn)}  F0.5 {best[0]:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Compare with the shipped files.")
    parser.add_argument("--cv", action="store_true", help="Cross-validate by held-out source.")
    parser.add_argument("--only", help="With --cv: hold out only sources whose name has this.")
    parser.add_argument("--add", type=Path, help="File a new bank (TSV) under check_banks.")
    parser.add_argument("--origin", default="", help="With --add: where the bank came from.")
    parser.add_argument("--data", type=Path, default=DATA, help=argparse.SUPPRESS)
    parser.add_argument("--later-weight", type=float, help="With --cv: try another LATER_WEIGHT.")
    args = parser.parse_args(argv)
    if args.later_weight is not None:
        global LATER_WEIGHT
        LATER_WEIGHT = args.later_weight
    if args.add:
        if not args.origin:
            parser.error("--add needs --origin (who wrote the bank, and when)")
        classes = {c for tags in read_bank(args.data / BANK.name).labels for c in tags}
        target, counts = add_bank(args.add, args.origin, args.data, classes)
        print(
            f"filed {target.relative_to(args.data)}: {counts['kept']} sentences kept, "
            f"{counts['duplicates']} already in a bank, "
            f"{counts['unknown_labels']} unknown labels dropped"
        )
        return 0
    banks = read_banks(args.data)
    classes = sorted({c for tags in banks[0].labels for c in tags})
    if args.cv:
        cross_validate(banks, classes, args.only)
        return 0
    sentences, labels, sources = merged(banks)
    y = np.array([[c in tags for c in classes] for tags in labels], dtype=float)
    w, b = train(sentences, y, weights(sources))
    meta, blob = encode(classes, w, b, banks)
    p = predict(w, b, sentences) >= 0.5
    for bank in banks:
        print(f"{bank.name}: {len(bank.sentences)} sentences ({bank.origin})")
    for i, name in enumerate(classes):
        print(
            f"{name:16} {int(y[:, i].sum()):5d} sentences, training accuracy "
            f"{float((p[:, i] == (y[:, i] == 1)).mean()):.3f}"
        )
    targets = (args.data / "check_model.json", args.data / "check_model.bin")
    if args.check:
        same = all(t.exists() for t in targets) and (
            targets[0].read_bytes() == meta and targets[1].read_bytes() == blob
        )
        print("shipped model matches the bank" if same else "shipped model differs from the bank")
        return 0 if same else 1
    targets[0].write_bytes(meta)
    targets[1].write_bytes(blob)
    print(f"wrote {targets[0].name} and {targets[1].name} ({len(blob)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the checker's sentence classifiers from the labelled sentence bank.

Reads `src/followup/data/check_sentences.tsv` (labels TAB sentence; labels are issue codes and
elements separated by commas, `-` for none) and writes `check_model.json` and `check_model.bin`
beside it (see `followup.core.check.learned`). One logistic regression per class over the
hashed features of `learned.features`, trained by full-batch gradient descent (Adam) with an L2
penalty: deterministic, so the same bank always gives the same bytes (a test checks the shipped
files). Needs numpy (a development dependency; the checker itself reads the weights without it).

    .venv/bin/python tools/train_check_model.py [--check]

--check writes nothing and exits 1 when the shipped files differ from what training produces.
Prints the training accuracy of each class and, with --folds K, K-fold cross-validated
precision and recall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup.core.check.learned import features  # noqa: E402

DATA = ROOT / "src" / "followup" / "data"
BANK = DATA / "check_sentences.tsv"
BUCKETS = 1 << 16
STEPS = 300
RATE = 0.05
L2 = 1e-4


def read_bank(path: Path = BANK) -> tuple[list[str], list[set[str]]]:
    sentences, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tags, sentence = line.split("\t", 1)
        sentences.append(sentence)
        labels.append(set() if tags == "-" else set(tags.split(",")))
    return sentences, labels


def matrix(sentences: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The feature buckets of every sentence, flat, and the sentence each belongs to."""
    rows, cols = [], []
    for i, sentence in enumerate(sentences):
        found = features(sentence, BUCKETS)
        cols.extend(found)
        rows.extend([i] * len(found))
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def train(sentences: list[str], y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights (buckets x classes) and biases (classes) of one-vs-rest logistic regressions."""
    rows, cols = matrix(sentences)
    n, k = y.shape
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
        g = (p - y) / n
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


def encode(classes: list[str], w: np.ndarray, b: np.ndarray) -> tuple[bytes, bytes]:
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
        "trained_on": BANK.name,
    }
    return (json.dumps(meta, indent=1) + "\n").encode(), blob


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Compare with the shipped files.")
    parser.add_argument("--folds", type=int, default=0, help="Cross-validate on K folds.")
    args = parser.parse_args(argv)
    sentences, labels = read_bank()
    classes = sorted({c for tags in labels for c in tags})
    y = np.array([[c in tags for c in classes] for tags in labels], dtype=float)
    if args.folds:
        order = np.arange(len(sentences)) % args.folds
        for i, name in enumerate(classes):
            tp = fp = fn = 0
            for fold in range(args.folds):
                train_at, test_at = order != fold, order == fold
                w, b = train(
                    [s for s, t in zip(sentences, train_at, strict=True) if t], y[train_at]
                )
                p = (
                    predict(w, b, [s for s, t in zip(sentences, test_at, strict=True) if t])[:, i]
                    >= 0.5
                )
                truth = y[test_at][:, i] == 1
                tp += int((p & truth).sum())
                fp += int((p & ~truth).sum())
                fn += int((~p & truth).sum())
            precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            print(f"{name:16} precision {precision:.2f} recall {recall:.2f}")
        return 0
    w, b = train(sentences, y)
    meta, blob = encode(classes, w, b)
    p = predict(w, b, sentences) >= 0.5
    for i, name in enumerate(classes):
        print(
            f"{name:16} {int(y[:, i].sum()):5d} sentences, training accuracy "
            f"{float((p[:, i] == (y[:, i] == 1)).mean()):.3f}"
        )
    targets = (DATA / "check_model.json", DATA / "check_model.bin")
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

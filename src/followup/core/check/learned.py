"""The learned layer: linear sentence classifiers for what phrase lists cannot pin down.

Each class (an issue code such as `desperation`, or an element such as `qualifications`) has
a logistic-regression model over hashed features of a sentence: its words, word pairs and
triples, and the four-letter pieces of each word (so that "refreshing" and "refreshed" share
most of their evidence). The weights are trained by `tools/train_check_model.py` on the
labelled sentence banks (`followup/data/check_sentences.tsv` and `followup/data/check_banks/`)
and shipped as data:

- `check_model.json`: the classes, the number of hash buckets, the bias and weight scale of
  each class (the probabilities at which a class counts are settings in check.toml);
- `check_model.bin`: for each class in turn, one little-endian int16 weight per bucket.

Inference is plain Python (no numpy): a sentence's feature buckets are summed per class.
"""

from __future__ import annotations

import math
import sys
import zlib
from array import array
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from followup.core.check.lazyre import lazy
from followup.core.check.words import lowercase

_WORD = lazy(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_DIGITS = lazy(r"\d+")


def features(sentence: str, buckets: int) -> list[int]:
    """The hash buckets of a sentence's features (`buckets` a power of two up to 2**32): each word,
    the first five letters of a longer word, and each pair and triple of neighbouring words.

    The words are those of `_WORD` in the lower-cased sentence, each run of digits read as "0".
    No word (nor run of digits) spans white space, so the sentence is read a piece between
    spaces at a time, and each piece's words and buckets are remembered (a note's pieces,
    "the", "dashboard,", "I'd", recur from sentence to sentence and note to note)."""
    mask = buckets - 1
    memo = _PIECE_HASHES.get(mask)
    if memo is None or len(memo) > 100_000:
        memo = _PIECE_HASHES[mask] = {}
    hashes = [_START & mask]
    times = [_START * 1000003 & mask]  # each word's hash times 1000003 (modulo `buckets`)
    found: list[int] = []
    # (memo.get, not a bound method kept in a name: compiled, that is a generic call)
    for piece in lowercase(sentence).replace("\u2019", "'").split():
        known = memo.get(piece)
        if known is None:
            known = memo[piece] = _piece_hashes(piece, mask)
        hashes += known[0]
        times += known[1]
        found += known[2]
    hashes.append(_END & mask)
    # the pair and triple buckets: the hash of the pair (a, b) is a * 1000003 ^ b, of the
    # triple, pair * 1000003 ^ c (taken modulo 2**32). As `buckets` divides 2**32, a bucket
    # depends only on the hashes modulo `buckets`: the sums stay small numbers
    pairs = [a ^ b for a, b in zip(times, hashes[1:], strict=False)]
    found += [(p * 7 + 1) & mask for p in pairs]
    found += [
        ((p * 1000003 & mask ^ c) * 13 + 2) & mask for p, c in zip(pairs, hashes[2:], strict=False)
    ]
    return found


def _piece_hashes(piece: str, mask: int) -> tuple[tuple[int, ...], ...]:
    """A piece of text without spaces: its words' hashes and the same times 1000003 (both
    modulo `mask` + 1), and the buckets of its words and of their beginnings, in order."""
    if piece.isalpha() and piece.isascii():  # one word of letters a-z (the usual piece)
        h, own = _word_hashes(piece, mask)
        return (h,), (h * 1000003 & mask,), own
    body = piece[:-1]
    if body.isalpha() and body.isascii() and not piece[-1].isalnum():
        # a word of letters a-z and a mark ("dashboard,", "team."): the two words `_WORD`
        # reads (a mark is no digit), without the searches
        h, own = _word_hashes(body, mask)
        m, mark = _word_hashes(piece[-1], mask)
        return (h, m), (h * 1000003 & mask, m * 1000003 & mask), own + mark
    if _DIGITS.search(piece) is not None:
        piece = _DIGITS.sub("0", piece)
    hashes: list[int] = []
    found: list[int] = []
    for word in _WORD.findall(piece):
        h, buckets = _word_hashes(word, mask)
        hashes.append(h)
        found += buckets
    return tuple(hashes), tuple(h * 1000003 & mask for h in hashes), tuple(found)


def _word_hashes(word: str, mask: int) -> tuple[int, tuple[int, ...]]:
    """A word's hash modulo `mask` + 1, and the buckets of the word and of its beginning (a
    word of more than five letters)."""
    h = zlib.crc32(word.encode()) & mask
    if len(word) > 5:
        return h, (h, zlib.crc32(b"p " + word[:5].encode()) & mask)
    return h, (h,)


_START, _END = zlib.crc32(b"<s>"), zlib.crc32(b"</s>")
# for each bucket mask, each piece's words' hashes and buckets, computed once per piece per process
_PIECE_HASHES: dict[int, dict[str, tuple[tuple[int, ...], ...]]] = {}


@dataclass(frozen=True)
class Model:
    """Shipped classifier weights: `weights[c][bucket]` * `scales[c]`, plus `biases[c]`."""

    classes: tuple[str, ...]
    buckets: int
    biases: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[Sequence[int], ...]
    _memo: dict[str, tuple[Sequence[int] | _Sums, dict[str, float]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the weights of all classes packed bucket by bucket (see `_pack`), made once this model
    # has scored a few notes' sentences
    _packed: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_data(cls, meta: Mapping[str, object], blob: bytes | memoryview) -> Model:
        """The model from its JSON metadata and weight bytes (ValueError when they disagree).

        On a little-endian machine each class's weights are a view of `blob` (which may be a
        memory-mapped file): nothing is copied, so a check reads only the pages of the
        buckets its sentences hit (a copy of the 1.3 MB table costs a cold command a
        thousand page faults)."""
        classes = tuple(str(c) for c in meta["classes"])  # type: ignore[attr-defined]
        buckets = int(meta["buckets"])  # type: ignore[call-overload]
        table: Sequence[int]
        if sys.byteorder == "little" and len(blob) % 2 == 0:
            table = memoryview(blob).cast("B").cast("h")
        else:  # pragma: no cover - the file is little-endian
            table = array("h")
            table.frombytes(blob)
            if sys.byteorder != "little":
                table.byteswap()
        if len(table) != buckets * len(classes):
            raise ValueError("check model: the weights do not match the classes and buckets")
        return cls(
            classes=classes,
            buckets=buckets,
            biases=tuple(float(b) for b in meta["biases"]),  # type: ignore[attr-defined]
            scales=tuple(float(s) for s in meta["scales"]),  # type: ignore[attr-defined]
            weights=tuple(table[i * buckets : (i + 1) * buckets] for i in range(len(classes))),
        )

    def scores(self, sentence: str, wanted: Collection[str] | None = None) -> dict[str, float]:
        """The probability of each class (or of each `wanted` class) for one sentence."""
        return self.scores_of(features(sentence, self.buckets), wanted)

    def cached_scores(self, sentence: str, wanted: Sequence[str]) -> dict[str, float]:
        """`scores`, remembered per sentence for the last few thousand sentences: its features
        are computed once and each class is scored once, however the checker asks (the issue
        classes together, then one element at a time); and a note is checked again and again
        while it is written, most of its sentences unchanged."""
        entry = self._memo.get(sentence)
        if entry is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            packed = self._packed_weights()
            if packed is None or len(sentence) > _PACKED_MAX_CHARS:
                entry = self._memo[sentence] = (features(sentence, self.buckets), {})
            else:  # the packed classes' sums at once (the others' when first asked for)
                entry = self._memo[sentence] = (self._packed_sums(sentence, packed), {})
        found, known = entry
        missing = [name for name in wanted if name not in known]
        if missing:
            if "table" not in self._packed:  # (which classes are scored, until packing)
                asked: dict[str, int] = self._packed.setdefault("asked", {})
                for name in missing:
                    asked[name] = asked.get(name, 0) + 1
            if isinstance(found, _Sums):
                known.update(found.scores(missing))
            else:
                known.update(self.scores_of(found, missing))
        return {name: known[name] for name in wanted}

    def _packed_weights(self) -> _Packed | None:
        """The packed weights (None until this model has scored `_PACK_AFTER` sentences: a
        command that checks one note does not pay for packing). Only the classes scored for at
        least every other sentence so far, however they were asked for, are packed (the
        checker asks its issue classes of every sentence, an element's only where the rules
        did not find it): the fewer the classes, the smaller the integers summed."""
        packed = self._packed
        if "table" in packed:
            made: _Packed | None = packed["table"]
            return made
        packed["seen"] = seen = packed.get("seen", 0) + 1
        asked: dict[str, int] = packed.get("asked", {})
        if seen >= _PACK_AFTER:
            chosen = [i for i, c in enumerate(self.classes) if 2 * asked.get(c, 0) >= seen]
            chosen = chosen or list(range(len(self.classes)))
            packed["table"] = _Packed.of(self, chosen)
        return None

    def _packed_sums(self, sentence: str, packed: _Packed) -> _Sums:
        """The packed classes' sums of weights for the sentence, read as `features` reads
        it: each piece between spaces gives its words' hashes and the packed sums of its own
        buckets (its words and word beginnings), worked out once per piece; the buckets of
        the pairs and triples of words are worked out for each sentence, in one loop over its
        words (sums of integers under 2**62, which mypyc adds as native integers)."""
        pieces = packed.pieces
        if len(pieces) > 100_000:
            pieces.clear()
        hashes = [packed.start]
        low = high = count = 0
        for piece in lowercase(sentence).replace("\u2019", "'").split():
            known = pieces.get(piece)
            if known is None:
                known = pieces[piece] = packed.piece(piece)
            hashes += known[0]
            low += known[1]
            high += known[2]
            count += known[3]
        hashes.append(packed.end)
        both, mask = packed.both, packed.mask
        # pair (a, b): a * 1000003 ^ b, its bucket (pair * 7 + 1); triple (a, b, c):
        # pair * 1000003 ^ c, its bucket (triple * 13 + 2) (all modulo `buckets`, as in
        # `features`). `pair` is that of the two words before word i.
        pair = (hashes[0] * 1000003 & mask) ^ hashes[1]
        at = (pair * 7 + 1) & mask
        low += both[2 * at]
        high += both[2 * at + 1]
        for i in range(2, len(hashes)):
            word = hashes[i]
            at = (((pair * 1000003) & mask) ^ word) * 13 + 2 & mask
            low += both[2 * at]
            high += both[2 * at + 1]
            pair = (hashes[i - 1] * 1000003 & mask) ^ word
            at = (pair * 7 + 1) & mask
            low += both[2 * at]
            high += both[2 * at + 1]
        # (a sentence of n hashes, with its start and end, has n - 1 pairs and n - 2 triples)
        offset = _BIAS * (count + 2 * len(hashes) - 3)
        return _Sums(self, sentence, packed, packed.fields(low, high), offset)

    def scores_of(
        self, found: Sequence[int], wanted: Collection[str] | None = None
    ) -> dict[str, float]:
        """The same from a sentence's `features`."""
        # one getter for all classes: fetching the buckets with itemgetter is about twice as
        # fast as a map over the table (a getter of one item returns it bare, not in a tuple)
        pick = itemgetter(*found) if len(found) > 1 else None
        out = {}
        for name, bias, scale, table in zip(
            self.classes, self.biases, self.scales, self.weights, strict=True
        ):
            if wanted is not None and name not in wanted:
                continue
            total = sum(pick(table)) if pick else sum(map(table.__getitem__, found))
            z = bias + scale * total
            out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        return out


# Packed weights: the weights of up to four classes, two to a table ("lane"): for each bucket
# one integer holding each of its two classes' weight plus _BIAS (so that it is never
# negative) in a field of _FIELD bits, the first class in the lower field. The sum of a
# sentence's buckets in a lane holds in each field that class's sum of weights plus _BIAS per
# feature: two sums of small integers (under 2**62 for a sentence of up to 16,000 features,
# which mypyc adds as native integers) instead of one sum per class. The low field never
# overflows: a feature adds at most 65535, and a sentence of at most _PACKED_MAX_CHARS
# characters has fewer than 2**16 features (at most four a character); a longer one is
# scored class by class.
_FIELD, _BIAS = 32, 32768
_PACKED_MAX_CHARS = 16_000
_PACK_AFTER = 100  # sentences scored before the weights are packed (about seven notes)
_LANES = 2  # tables of two classes each: the four classes asked most are packed


class _Sums:
    """A sentence's sum of weights for each packed class (each plus `offset`): a class's
    probability is worked out when it is first asked for (the same integers, and so the same
    floats, as `Model.scores_of`); a class not packed, from the sentence's `features`."""

    __slots__ = ("features", "fields", "model", "offset", "packed", "sentence")

    def __init__(
        self, model: Model, sentence: str, packed: _Packed, fields: tuple[int, ...], offset: int
    ) -> None:
        self.model, self.sentence, self.packed = model, sentence, packed
        self.fields, self.offset = fields, offset
        self.features: list[int] | None = None

    def scores(self, wanted: Sequence[str]) -> dict[str, float]:
        model, offset, fields = self.model, self.offset, self.fields
        field_of = self.packed.field_of
        out = {}
        rest = []
        for name in wanted:
            at = field_of.get(name)
            if at is None:
                rest.append(name)
                continue
            i, field = at
            z = model.biases[i] + model.scales[i] * (fields[field] - offset)
            out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        if rest:
            if self.features is None:
                self.features = features(self.sentence, model.buckets)
            out.update(model.scores_of(self.features, rest))
        return out


class _Packed:
    """A model's packed weights of some of its classes (up to four), with what reading a
    sentence with them needs: `both`, the two lanes' packed weights side by side (bucket b's
    low lane at 2b, its high lane at 2b + 1: one bucket's weights are read from one place in
    memory, not two tables' far apart);
    `field_of`, each packed class's index among the model's classes and its field (0 and 1
    in the low lane, 2 and 3 in the high one); and each piece of text's words' hashes and
    packed sums, remembered."""

    __slots__ = ("both", "end", "field_of", "mask", "pieces", "start")

    def __init__(self, both: list[int], model: Model, chosen: Sequence[int]) -> None:
        mask = self.mask = model.buckets - 1
        self.both = both
        self.start, self.end = _START & mask, _END & mask
        self.pieces: dict[str, tuple[tuple[int, ...], int, int, int]] = {}
        self.field_of = {model.classes[i]: (i, field) for field, i in enumerate(chosen)}

    @staticmethod
    def fields(low: int, high: int) -> tuple[int, int, int, int]:
        """The four fields of the two lanes' sums."""
        full = (1 << _FIELD) - 1
        return low & full, low >> _FIELD, high & full, high >> _FIELD

    @classmethod
    def of(cls, model: Model, chosen: Sequence[int]) -> _Packed | None:
        """The weights of the classes at the indexes `chosen` (the first four), packed (None
        where they cannot be: see `_pack`)."""
        chosen = list(chosen)[: 2 * _LANES]
        both = _pack([model.weights[i] for i in chosen], model.buckets)
        return None if both is None else cls(both, model, chosen)

    def piece(self, piece: str) -> tuple[tuple[int, ...], int, int, int]:
        """A piece's words' hashes, the lanes' sums and the number of its own buckets."""
        memo = _PIECE_HASHES.get(self.mask)
        if memo is None or len(memo) > 100_000:
            memo = _PIECE_HASHES[self.mask] = {}
        words = memo.get(piece)
        if words is None:
            words = memo[piece] = _piece_hashes(piece, self.mask)
        own = words[2]
        both = self.both
        low = high = 0
        for at in own:  # (a loop: compiled, a map over a bound method is a call an item)
            low += both[2 * at]
            high += both[2 * at + 1]
        return words[0], low, high, len(own)


def _pack(weights: Sequence[Sequence[int]], buckets: int) -> list[int] | None:
    """The packed weights of up to four classes (int16 tables) in two lanes, made with byte
    operations: each weight's bytes with the top bit flipped (+ _BIAS), two classes to a
    64-bit word, a lane without classes all zero; bucket by bucket, its two lanes' words side
    by side (the low lane's at 2b, the high lane's at 2b + 1)."""
    if sys.byteorder != "little" or not all(isinstance(t, array | memoryview) for t in weights):
        return None  # pragma: no cover - the tables are little-endian int16 arrays or views
    flip = bytes(b ^ 0x80 for b in range(256))
    width = _FIELD // 8
    step = 2 * _LANES * width  # the bytes of one bucket: its lanes' words
    packed = bytearray(buckets * step)
    for lane in range(_LANES):
        for slot, table in enumerate(weights[2 * lane : 2 * lane + 2]):
            raw = table.tobytes()  # type: ignore[attr-defined]
            at = 2 * width * lane + width * slot
            packed[at::step] = raw[0::2]
            packed[at + 1 :: step] = raw[1::2].translate(flip)
    words = array("Q")
    words.frombytes(packed)
    return words.tolist()

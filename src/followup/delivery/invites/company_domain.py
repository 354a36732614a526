"""The company as the mail domain or a link spells it: the text's spelling of the domain
("Bodegas Valdemoro", bodegasvaldemoro.es), abbreviations of it, and the tenant in a
tracking system's link ("acme.wd5.myworkdayjobs.com", "jobs.lever.co/acme")."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache

from followup.core.legal_forms import without_legal_form
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, _Ctx, _Found
from followup.delivery.invites.company_names import (
    _JOINER_WORDS,
    _UMLAUTS,
    _plausible_company,
    _word_squeezes,
    fold_words,
    squeezes,
)


def split_label(label: str, texts: Iterable[str]) -> str | None:
    """A domain's label written run together ("hudsonbendliving") split into the words the
    text uses ("… our Hudson Bend assisted living community" -> "Hudson Bend Living"), each
    spelled as the text first writes it with a capital (accents kept), None when the text's
    words do not make up the whole label in two words or more."""
    words = label_words(label, texts)
    if not words:
        return None
    return " ".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words)


def label_words(label: str, texts: Iterable[str]) -> list[str]:
    """The words of the text, as it spells them, that make up a domain's label written run
    together, fewest first (["Hudson", "Bend", "living"] for "hudsonbendliving"); [] when
    they do not make it up in two words or more."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 6:
        return []
    spelled: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_][\w'’-]*", text[:MAX_SCAN]):
            folded = "".join(fold_words(word))
            if len(folded) < 2 or folded not in label:
                continue
            if folded not in spelled or (word[:1].isupper() and not spelled[folded][:1].isupper()):
                spelled[folded] = word.strip("'’-")
    # the fewest words that make up the label: best[i] = words of label[:i]
    best: list[list[str] | None] = [[]] + [None] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 30), end):
            head, piece = best[start], label[start:end]
            if (
                head is not None
                and piece in spelled
                and len(piece) >= 2
                and (best[end] is None or len(head) + 1 < len(best[end] or []))
            ):
                best[end] = [*head, piece]
    words = best[len(label)]
    if not words or len(words) < 2:
        return []
    return [spelled[w] for w in words]


# a link or an address: a word with a dot inside, starting where a word starts, its parts of
# bounded length (a run of letters without a dot is passed in linear time)
_LINKISH = re.compile(r"(?<![\w@/:.-])[\w@/:-]{0,300}[\w-]\.[\w][\w.@/:-]{0,500}")


def tenant_labels(texts: Iterable[str], ctx: _Ctx) -> list[str]:
    """The customer's label in an applicant-tracking system's links and addresses, first
    seen first: "marrowgate" for marrowgate.wd5.myworkdayjobs.com, "quillora" for
    jobs.lever.co/quillora, "redbudmidstream" for careers-redbudmidstream.icims.com."""
    out: list[str] = []
    for text in texts:
        # the links and addresses only (words with a dot inside), a few hundred at most
        links = " ".join(_LINKISH.findall(text[:MAX_SCAN], 0)[:500])
        for pattern in ctx.vocab.tenant_links:
            for match in pattern.finditer(links):
                label = match.group("tenant").lower()
                if label not in ctx.vocab.tenant_not and label not in out and len(label) >= 3:
                    out.append(label)
    return out


def spelled_label(label: str, texts: Iterable[str]) -> str | None:
    """How the text writes a name squeezed into `label` ("Redbud Midstream" for
    "redbudmidstream"), None when it does not."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 3:
        return None
    for text in texts:
        for match in re.finditer(_NAME_SPAN, text[:MAX_SCAN]):
            words = match.group(0).split()
            if not any(w[:1].lower() == label[0] or ord(w[0]) > 127 for w in words):
                continue  # no word starts as the label does
            joiner = [w.lower() in _JOINER_WORDS for w in words]
            spelled = [
                frozenset() if j else _word_squeezes(w) for w, j in zip(words, joiner, strict=True)
            ]
            # a part can spell the label only from a word the label starts with, and only
            # when its letters are about as many as the label's
            short = [min(map(len, s), default=0) for s in spelled]
            long = [max(map(len, s), default=3) for s in spelled]
            starts = [
                start
                for start in range(len(words))
                if not joiner[start] and any(label.startswith(s) for s in spelled[start])
            ]
            for size in range(len(words), 0, -1):
                for start in starts:
                    end = start + size
                    if end > len(words) or joiner[end - 1]:
                        continue
                    if not sum(short[start:end]) <= len(label) <= sum(long[start:end]):
                        continue
                    part = " ".join(words[start:end])
                    if label in squeezes(part):
                        return re.sub(r"['’]s$", "", part).strip(".")
            for size in range(len(words), 1, -1):  # "Ridgeway Credit Union" for ridgewaycu
                for start in starts:
                    part = " ".join(words[start : start + size])
                    if start + size <= len(words) and abbreviates(part, label):
                        return re.sub(r"['’]s$", "", part).strip(".")
    return None


def _same_stem(a: str, b: str) -> bool:
    """Two folded words that are one word with another ending ("cukierki", "cukierkow";
    "pekarne", "pekaren"): four letters or more in common at the start, all but two at most
    of the shorter's."""
    common = len(os.path.commonprefix([a, b]))
    return common >= 4 and common >= min(len(a), len(b)) - 2


_MAX_BETWEEN = 2  # words of the written name between the domain's words, at most


def written_in_full(domain_name: str | None, texts: Iterable[str]) -> str | None:
    """The employer's name as the text writes it when a name rebuilt from the mail domain's
    words ("Tatrzanska Piekarnie" of tatrzanska-piekarnie.pl) is its shortening: the text's
    capitalised words start with the domain's first word and end with its last, each of the
    domain's words in order, in any of their endings, a word or two more between them
    ("Tatrzańska Spółdzielnia Piekarni"). None when the text writes no such name, or only the
    domain's words as they are."""
    wanted = [w for w in ("".join(fold_words(t)) for t in (domain_name or "").split()) if w]
    if len(wanted) < 2:
        return None
    for text in texts:
        for match in re.finditer(_NAME_SPAN, text[:MAX_SCAN]):
            words = match.group(0).split()
            folded = ["".join(fold_words(w)) for w in words]
            for start, word in enumerate(folded):
                if not _same_stem(word, wanted[0]):
                    continue
                at, end, between = 1, start, 0
                for index in range(start + 1, len(words)):
                    if at == len(wanted):
                        break
                    if _same_stem(folded[index], wanted[at]):
                        at, end = at + 1, index
                    elif folded[index] and folded[index] not in _JOINER_WORDS:
                        between += 1
                if at < len(wanted) or between > _MAX_BETWEEN:
                    continue
                name = " ".join(words[start : end + 1]).strip(".,")
                if folded[start : end + 1] != wanted and _plausible_company(name):
                    return name
    return None


# A name as a text writes it: capitalised words, "&" or a joining word between them
_NAME_SPAN = r"[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:(?:&|and|e|y|und|et)[ \t]+)?[A-ZÀ-Þ][\w&'’.-]*){0,4}"


def tenant_company(texts: list[str], ctx: _Ctx) -> str | None:
    """The employer a tracking system's link names, as the text spells it, else the label."""
    for label in tenant_labels(texts, ctx):
        spelled = spelled_label(label, texts)
        if spelled:
            return spelled
        words = [w for w in label.split("-") if w]
        return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words)
    return None


def _spells_label(name: str, label: str) -> bool:
    """`name` is the name a domain's label squeezes, with a word or two more before or after
    it ("Tealbyte Technologies" for tealbyte.com, "Cafés Brûlerie Ormeau" for
    brulerieormeau.fr), or shortens ("Holloway Bridge Marine Repairs" for hbmr.co.uk)."""
    return any(
        squeezed == label
        or (len(label) >= 4 and squeezed.startswith(label))
        or (len(label) >= 6 and squeezed.endswith(label))
        for squeezed in squeezes(name)
    ) or abbreviates(name, label)


# words of a name a domain's shortening may leave out ("Bank of the West" -> "botw", "bw")
_SKIPPABLE = frozenset(
    {"of", "the", "and", "&", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
     "des", "la", "le", "les", "los", "las", "el", "van", "von", "der", "den", "het", "y",
     "e", "et", "und", "für", "zu"}
)  # fmt: skip


def abbreviates(name: str, label: str) -> bool:
    """A domain's label shortens `name`, in order, every word of two words or more giving its
    first letter and maybe more ("hbmr" for Holloway Bridge Marine Repairs, "loughmahonmd"
    for Lough Mahon Medical Devices, "tsverde" for Transportadora Serra Verde, "nwcu" for
    Northwind Credit Union: a second letter of a word may come from inside it); connecting
    words may be left out. One word at least is shortened."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    words = [w for w in (("".join(fold_words(t)), t.lower()) for t in name.split()) if w[0]]
    if len(words) < 2 or not 3 <= len(label) <= 30 or len(words) > 8:
        return False

    @cache
    def fits(i: int, j: int, shortened: bool) -> bool:
        if i == len(words):
            return j == len(label) and shortened
        word, raw = words[i]
        if raw in _SKIPPABLE and fits(i + 1, j, shortened):
            return True
        if j >= len(label) or label[j] != word[0]:
            return False
        for size in range(len(word), 0, -1):  # a prefix of the word
            if label.startswith(word[:size], j) and fits(
                i + 1, j + size, shortened or size < len(word)
            ):
                return True
        # its first letter and one more from inside it ("nw" for Northwind)
        return j + 1 < len(label) and label[j + 1] in word[2:] and fits(i + 1, j + 2, True)

    return fits(0, 0, False)


MAX_NAME_LINES = 500  # lines shaped like a name compared with the mail domain, at most


def _domain_spelled(found: _Found, texts: list[str]) -> str | None:
    """The employer's name as the text writes it when it spells the mail domain ("Saguaro
    Health" for saguarohealth.org, "Harrowgate Bio" for harrowgatebio.com)."""
    label = (found.domain_hint or "").split(".")[0].replace("-", "").lower()
    if len(label) < 4:
        return None
    tried = 0
    for text in texts:  # a line that is the name, more words before or after it
        for line in text[:MAX_SCAN].splitlines():  # ("Tealbyte Technologies", "Cafés Ormeau")
            line = line.strip(" \t,.")
            if len(line) > MAX_NAME or not re.fullmatch(_NAME_SPAN, line):
                continue
            plain = "".join(fold_words(line)), "".join(fold_words(line.translate(_UMLAUTS)))
            first = _word_squeezes(line.split()[0])
            if (
                not any(label in p for p in plain)
                and not any(w in label for w in first)
                and plain[0][:1] != label[:1]
            ):
                continue  # no use squeezing it every way
            tried += 1
            if tried > MAX_NAME_LINES:
                break
            line = without_legal_form(line)
            if _spells_label(line, label) and _plausible_company(line):
                return line
    return spelled_label(label, texts) or split_label(label, texts)

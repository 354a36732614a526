"""One person, one name: a name a calendar or a mail header writes in Latin letters ("Maria
Konstantinou", an attendee's CN, "Kanokwan Suksawat" of the From header) and the same name the
invite's text writes in its own script ("Μαρία Κωνσταντίνου", "กนกวรรณ สุขสวัสดิ์", "Анна
Смирнова", "अनिल शर्मा") are one person, named as the text writes them.

Names are paired by reading the other script in Latin letters (anyascii's transliteration)
and comparing the first and last words' consonants, as scripts that write few vowels give
few; Chinese, Japanese and Korean names, which transliteration cannot pair with a romanised
name, are left to their own readers.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from followup.core.models import Person
from followup.core.text import without_accents
from followup.delivery.invites.common import MAX_NAME, _clip, _Vocab
from followup.delivery.invites.name_lists import _HONORIFIC
from followup.delivery.invites.people import without_address
from followup.delivery.invites.people_cjk import _CJK_NAME_CHAR

_TOKEN_EDGE = " \t.,;:()[]{}<>\"'“”«»–—-•·*|/"
MAX_WINDOWS = 4000  # name candidates looked at in one text


def latin(name: str) -> bool:
    """`name` is written in Latin letters, accents and all ("Lucía Benítez")."""
    return without_accents(name).isascii()


def _other_word(word: str) -> bool:
    """`word` is a word of a script other than Latin: a letter first, then letters and their
    marks (Devanagari's and Thai's vowel signs are marks, which no regex class of words
    holds), no Latin letter, no digit."""
    return (
        bool(word)
        and unicodedata.category(word[0]).startswith("L")
        and all(unicodedata.category(c)[0] in "LM" for c in word)
        and not latin(word)
    )


def _consonants(word: str) -> str:
    """A word's letters without its vowels, in small letters ("Smirnova" -> "smrnv"); an "h"
    after a consonant, which romanisations write or not ("Thanakorn", "Suksawat" for
    "สุขสวัสดิ์", "Shcherbakov"), left out, and "j" read as "c" (Thai's จ, "Jaidee" or
    "Chaidee"), on either side alike."""
    letters = re.sub(r"[^a-z]|[aeiouy]", "", word.lower())
    return re.sub(r"(?<=[^aeiouyh])h", "", letters).replace("j", "c")


# a Thai consonant, with its vowel sign, under the silencing mark (thanthakhat, U+0E4C): not
# spoken, so no romanisation writes it ("สวัสดิ์" is "sawat")
_THAI_SILENT = re.compile(r"[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47]?\u0e4c")


def _spoken(name: str) -> str:
    """`name` in Latin letters (anyascii's), letters a script writes but never says left out."""
    from anyascii import anyascii

    return anyascii(_THAI_SILENT.sub("", name))


def across_scripts(a: str, b: str) -> bool:
    """One name in Latin letters, the other in a script without them ("Salim Al-Harthi",
    "سالم بن حمد الحارثي"; "Pimchanok Sriwong", "พิมพ์ชนก ศรีวงศ์"), their first and last
    words reading alike in Latin letters (anyascii's, consonants compared). Forms of address
    are no part of either ("Mr", "คุณ" joined to a Thai name are the caller's to leave out).
    Chinese, Japanese and Korean names never pair (False)."""
    if latin(a) == latin(b):
        return False
    roman, other = (a, b) if latin(a) else (b, a)
    if not re.search(r"[^\W\d_]", other) or _CJK_NAME_CHAR.search(other):
        return False
    ours = [_consonants(w) for w in _HONORIFIC.sub("", roman).split()]
    theirs = [_consonants(w) for w in _spoken(other).split()]
    if len(ours) < 2 or len(theirs) < 2 or not all(ours[::-1][:2]) or not all(theirs[::-1][:2]):
        return False
    return all(
        SequenceMatcher(None, x, y).ratio() >= 0.75
        for x, y in ((ours[0], theirs[0]), (ours[-1], theirs[-1]))
    )


def same_across_scripts(a: str, b: str, vocab: _Vocab) -> bool:
    """`across_scripts` of the two names without their forms of address ("คุณพิมพ์ชนก
    ศรีวงศ์", "श्री अनिल शर्मा")."""
    return across_scripts(without_address(a, vocab), without_address(b, vocab))


def _script_names(text: str, limit: int = MAX_WINDOWS) -> list[str]:
    """Runs of two to four words of a script other than Latin on one line of `text`, as a
    name is written ("Μαρία Κωνσταντίνου" of a signature, "กนกวรรณ สุขสวัสดิ์ (Kanokwan
    Suksawat)"), in the text's order; at most `limit` of them."""
    out: list[str] = []
    for line in text.splitlines():
        words = [t.strip(_TOKEN_EDGE) for t in line.split()]
        run: list[str] = []
        for word in [*words, ""]:
            if _other_word(word):
                run.append(word)
                continue
            for size in (2, 3, 4):
                for start in range(len(run) - size + 1):
                    out.append(" ".join(run[start : start + size]))
                    if len(out) >= limit:
                        return out
            run = []
    return out


def signs_in_latin(person: Person | None, others: list[Person], text: str) -> bool:
    """The coordinator keeps the Latin name the mail's header gives when the text writes it
    too (a signature "منى السيد - Mona El-Sayed", "Ирина Павлова / Irina Pavlova") and names
    nobody else in another script: the name the candidate writes to, in the script the
    invite names its people in. A panel the text names in its own script ("ผู้สัมภาษณ์:
    คุณสมชาย ใจดี") names the coordinator so too."""
    if person is None or not latin(person.name) or len(person.name.split()) < 2:
        return False
    if any(not latin(p.name) for p in others):
        return False
    said = re.search(rf"(?<!\w){re.escape(person.name)}(?!\w)", text, re.IGNORECASE)
    return said is not None


def in_own_script(people: list[Person | None], text: str, vocab: _Vocab) -> list[str]:
    """Each person named in Latin letters whom the text writes in another script takes the
    text's name (its form of address left out): an attendee's CN "Maria Konstantinou" is
    "Μαρία Κωνσταντίνου" of the signature. The first such name in the text is taken. Returns
    notes, one per name changed."""
    romanised = [p for p in people if p is not None and latin(p.name) and len(p.name.split()) > 1]
    if not romanised:
        return []
    notes: list[str] = []
    candidates = _script_names(text)
    for person in romanised:
        for said in candidates:
            bare = without_address(said, vocab)
            if len(bare.split()) >= 2 and across_scripts(person.name, bare):
                notes.append(f"{bare}: {person.name} as the text writes the name")
                person.name = _clip(bare, MAX_NAME)
                break
    return notes


def one_each(people: list[Person], vocab: _Vocab) -> list[Person]:
    """`people` with the same person named twice, once in Latin letters and once in another
    script, kept once: named as the other script writes them (the text's), with that one's
    title (else the other's) and whichever address is known. Order kept (the first seen's
    place)."""
    out: list[Person] = []
    for person in people:
        twin = next((p for p in out if same_across_scripts(p.name, person.name, vocab)), None)
        if twin is None:
            out.append(person)
            continue
        native, roman = (person, twin) if latin(twin.name) else (twin, person)
        twin.name = without_address(native.name, vocab)
        twin.title = native.title or roman.title
        twin.email = twin.email or person.email
        twin.phone = twin.phone or person.phone
    return out

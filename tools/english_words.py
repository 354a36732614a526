"""Write src/followup/data/english_words.txt: the commonest English words, one a line.

The checker tells a word written in capitals for emphasis ("I am VERY EXCITED") from an
acronym or a product's name in capitals ("HAZWOPER", "VLOOKUP", "NEBOSH") by whether it is an
everyday English word. The list is pyspellchecker's English word-frequency list (built from
OpenSubtitles and Wiktionary), its 20,000 commonest words of two letters or more, letters
only; acronyms and product names are rare in it.

    .venv/bin/python tools/english_words.py [--top 20000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "followup" / "data" / "english_words.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=20000)
    args = parser.parse_args(argv)
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en").word_frequency.dictionary
    ranked = sorted(
        (w for w in frequency if len(w) >= 2 and w.isascii() and w.isalpha()),
        key=lambda w: (-frequency[w], w),
    )
    words = sorted(ranked[: args.top])
    header = (
        f"# The {len(words)} commonest English words (pyspellchecker's frequency list);"
        " made by tools/english_words.py\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

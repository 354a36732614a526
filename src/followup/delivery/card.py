"""The thank-you card as a PDF (seed §1: a card shows extra effort): for each card, a page at
card size with the words to copy by hand (or to print inside a blank card), then an envelope
page with the recipient's and the sender's addresses and the post-by date in the stamp corner.

Sizes: `a6` (card 105×148 mm, C6 envelope 162×114 mm) and `a2` (the US A2 card, 4¼×5½ in,
in its 5¾×4⅜ in envelope).

Names in any script: the text is set in a TrueType font found through fontconfig
(`fc-match`, `fc-list :charset=…`) and embedded; a character the main font lacks is set in
another installed TrueType font that has it (e.g. WenQuanYi Zen Hei for Chinese). reportlab
embeds only TrueType outlines (not CFF-flavoured OpenType), so other fonts are passed over.
A character no installed font covers is refused with one line (`InvalidInput`) instead of
being printed as an empty box. reportlab and fontconfig are used only when a card is made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html import escape  # & < > as reportlab's markup needs (xml.sax loads urllib)
from pathlib import Path
from typing import Any

from followup.core.errors import ExternalError, FollowupError, InvalidInput
from followup.core.plan import fmt_day

MM = 72 / 25.4
INCH = 72.0
# size -> ((card width, height), (envelope width, height)) in points
SIZES: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {
    "a6": ((105 * MM, 148 * MM), (162 * MM, 114 * MM)),
    "a2": ((4.25 * INCH, 5.5 * INCH), (5.75 * INCH, 4.375 * INCH)),
}
MAIN_FONTS = ("DejaVu Sans", "Liberation Sans", "sans-serif")


@dataclass(frozen=True)
class CardSheet:
    """One card: its words, the envelope's two address blocks (lines), the post-by date."""

    text: str
    envelope_to: tuple[str, ...]
    envelope_from: tuple[str, ...]
    post_by: date | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class _Font:
    """A font registered with reportlab under `name`: its file, index and characters."""

    name: str
    path: str
    index: int
    glyphs: set[int] = field(default_factory=set)


# fontconfig's answers are kept in the cache folder (fontconfig-<digest>.json): asking
# starts a program that reads every font cache, as long as laying out a card's words. The
# digest names what could change an answer: the program asked, fontconfig's settings, caches
# and font folders (each one's modification time and size: installing or removing fonts
# changes a folder, `fc-cache` rewrites its caches) and the FONTCONFIG_*, XDG_* and HOME
# variables. An answer naming a font file that is gone is asked again.
_FC_PLACES = (
    "/etc/fonts",
    "/etc/fonts/conf.d",
    "/etc/fonts/fonts.conf",
    "/etc/fonts/local.conf",
    "/var/cache/fontconfig",
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.fonts.conf",
)
_FC_VARIABLES = ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME",
                 "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")  # fmt: skip
FcRow = tuple[str, int, str]


def _fc(args: list[str]) -> list[FcRow]:
    """(file, index, format) rows from fontconfig's command line, as an earlier run kept
    them while nothing that changes them has changed (see `_FC_PLACES`)."""
    import json
    import shutil

    exe = shutil.which(args[0])
    if exe is None:
        return _ask_fc(None, args)
    kept_file = _fc_file(exe)
    question = "\0".join(args)
    kept: dict[str, Any] = {}
    if kept_file is not None:
        try:
            loaded = json.loads(Path(kept_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # not kept yet, or damaged
            loaded = None
        kept = loaded if isinstance(loaded, dict) else {}
        rows = _fc_rows(kept.get(question))
        if rows and all(os.path.isfile(row[0]) for row in rows):
            return rows
    rows = _ask_fc(exe, args)
    if kept_file is not None and rows:
        from followup.delivery.files import write_atomic

        kept[question] = rows
        try:
            Path(kept_file).parent.mkdir(mode=0o700, exist_ok=True)
            write_atomic(Path(kept_file), json.dumps(kept))
        except (OSError, FollowupError):  # a cache that cannot be written only costs speed
            pass
    return rows


def _fc_rows(value: Any) -> list[FcRow] | None:
    """Kept rows as `_ask_fc` gives them, or None when `value` is not such a list."""
    if not isinstance(value, list):
        return None
    rows = []
    for row in value:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], str)
                and type(row[1]) is int and isinstance(row[2], str)):  # fmt: skip
            return None
        rows.append((row[0], row[1], row[2]))
    return rows


def _fc_file(exe: str) -> str | None:
    """The file of kept answers for the fontconfig program `exe` as things stand."""
    from followup.core.digests import sha256
    from followup.folders import cache_folder

    tags = [exe, *(f"{name}={os.environ.get(name, '')}" for name in _FC_VARIABLES)]
    home = os.path.expanduser("~")
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    places = [*(os.path.expanduser(p) for p in _FC_PLACES), os.path.join(config, "fontconfig"),
              os.path.join(config, "fontconfig", "fonts.conf"), os.path.join(cache, "fontconfig"),
              os.path.join(data, "fonts"), exe]  # fmt: skip
    for place in places:
        try:
            info = os.stat(place)
            tags.append(f"{place}:{info.st_mtime_ns}:{info.st_size}")
        except OSError:
            tags.append(f"{place}:-")
    digest = sha256("\0".join(tags).encode("utf-8", "surrogatepass")).hexdigest()
    try:
        return os.path.join(cache_folder(), f"fontconfig-{digest[:32]}.json")
    except OSError:  # pragma: no cover - no cache folder can be named
        return None


def _ask_fc(exe: str | None, args: list[str]) -> list[FcRow]:
    """(file, index, format) rows from running fontconfig's `args` (program `exe`)."""
    import subprocess

    if exe is None:
        raise ExternalError(
            "fontconfig is not installed (Debian package fontconfig); it finds the fonts for "
            "the card"
        )
    done = subprocess.run(
        [exe, *args[1:], "--format", "%{file}|%{index}|%{fontformat}\n"],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    rows = []
    for line in done.stdout.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].isdigit():
            rows.append((parts[0], int(parts[1]), parts[2]))
    return rows


def _defer_pillow() -> None:
    """Let reportlab be imported without Pillow's image module: `reportlab.lib.utils` runs
    `from PIL import Image` when it is imported (PIL.Image and its C part are a fifth of
    reportlab's import), but the card draws text only, no bitmap. `PIL.Image` is entered in
    `sys.modules` through `importlib.util.LazyLoader` (the importlib documentation's
    "Implementing lazy imports" recipe), so it is executed the first time anything reads one
    of its attributes (an image drawn, `Image.open`), then behaves as the module itself. Does
    nothing when PIL.Image is already imported or Pillow is not installed (reportlab then
    reports it as it always does). Called before each reportlab import of the card."""
    import sys

    if "PIL.Image" in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec("PIL.Image")
    except ImportError:  # no Pillow: reportlab's own import says so
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    spec.loader.exec_module(module)
    vars(sys.modules["PIL"])["Image"] = module  # as an import sets it on the package


def _defer_platypus_index() -> None:
    """Let the card import the platypus modules it lays text out with (paragraph, flowables,
    frames, and doctemplate for KeepInFrame's error) without the package's `__init__`,
    which imports every other one too (tables, multicol, xpreformatted).
    `reportlab.platypus` is entered in `sys.modules` as the package module the import
    system makes (its `__path__`, so its submodules import as usual) with a module
    `__getattr__` (PEP 562): the first name read from the package itself
    (`from reportlab.platypus import Table`) runs its `__init__` then, and the package is
    from then on what an import would have made. Does nothing when it is imported already
    or not found. Called before each platypus import of the card."""
    import sys

    if "reportlab.platypus" in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec("reportlab.platypus")
    if spec is None or spec.loader is None:  # pragma: no cover - a declared dependency
        return
    loader = spec.loader
    package = importlib.util.module_from_spec(spec)

    def index(name: str) -> Any:
        if vars(package).pop("__getattr__", None) is None:  # pragma: no cover - once only
            raise AttributeError(f"module 'reportlab.platypus' has no attribute {name!r}")
        loader.exec_module(package)
        return getattr(package, name)

    vars(package)["__getattr__"] = index
    sys.modules["reportlab.platypus"] = package
    vars(sys.modules["reportlab"])["platypus"] = package  # as an import sets it


def _canvas_class() -> Any:
    """reportlab's Canvas, imported without OpenSSL: reportlab's canvas, document and
    utilities take `md5` from hashlib as they load (a PDF's document ID, a font's or an
    image's cache name), and hashlib loads and initialises OpenSSL's libcrypto (a fiftieth of
    `followup card`'s start-up). While they load, reportlab's own modules are lent a hashlib
    stand-in (followup.stand_ins; any other module gets the real hashlib) whose `md5` is
    CPython's own (core.digests.md5_constructor: the same digest); anything
    else asked of it is the real module's. Pillow's image module is deferred first
    (`_defer_pillow`)."""
    from followup.core.digests import md5_constructor
    from followup.stand_ins import lent

    _defer_pillow()
    with lent({"hashlib": {"md5": md5_constructor()}}, importers=("reportlab",)):
        from reportlab.pdfgen.canvas import Canvas
    return Canvas


@lru_cache(maxsize=64)
def _load(path: str, index: int) -> _Font | None:
    """A TrueType font reportlab can embed, registered under a name of its own; None when
    reportlab cannot use it (CFF outlines, a damaged file)."""
    _defer_pillow()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = f"followup-font-{len(_registered)}"
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        font = _kept_font(name, path, index, data)
        if font is None:
            font = TTFont(name, path, subfontIndex=index)
            _keep_font(font, index, data)
    except (TTFError, OSError, ValueError):
        return None
    pdfmetrics.registerFont(font)
    loaded = _Font(name, path, index, set(font.face.charToGlyph))
    _registered.append(loaded)
    return loaded


_registered: list[_Font] = []

# What reportlab reads from a font file (its tables, every character's glyph and width) is
# kept in the cache folder, named by the file's contents: reading DejaVu Sans takes longer
# than laying out the whole card. Kept: the parsed face's attributes but the file's bytes
# (read again, and checked against the name) and the one function among them (rebuilt as
# reportlab builds it); names are reportlab's TTFNameBytes, kept as bytes.
_FACE_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_FACE_SKIPPED = ("_ttf_data", "_pdfScale")


def _font_file(index: int, data: bytes) -> str:
    import zlib

    import reportlab

    from followup.folders import cache_folder

    tag = f"{zlib.crc32(data):08x}-{len(data)}-{index}-reportlab-{reportlab.Version}"
    return os.path.join(cache_folder(), "fonts", f"{tag}.marshal")


def _keep_font(font: Any, index: int, data: bytes) -> None:
    """Keep what reportlab read from the font (never a failure: a cache only saves time)."""
    import marshal

    from followup.delivery.files import write_atomic

    state = {k: v for k, v in vars(font.face).items() if k not in _FACE_SKIPPED}
    for key in _FACE_NAMES:
        if isinstance(state.get(key), bytes):
            state[key] = bytes(state[key])
    try:
        blob = marshal.dumps(state)
        path = Path(_font_file(index, data))
        for folder in (path.parent.parent, path.parent):  # the cache folder, then fonts/
            folder.mkdir(mode=0o700, exist_ok=True)
        write_atomic(path, blob)
    except (ValueError, OSError, FollowupError):
        return


def _kept_font(name: str, path: str, index: int, data: bytes) -> Any | None:
    """The TTFont for `path` from what an earlier run kept of the same file, as
    `TTFont(name, path, subfontIndex=index)` makes it; None when nothing usable is kept."""
    import marshal
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    try:
        with open(_font_file(index, data), "rb") as fh:
            state = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(state) is not dict or not isinstance(state.get("unitsPerEm"), int):
        return None
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(state)
    for key in _FACE_NAMES:
        if isinstance(state.get(key), bytes):
            setattr(face, key, TTFNameBytes(state[key]))
    face._ttf_data = data
    units = face.unitsPerEm
    if units == 1000:
        face._pdfScale = lambda x: x
    else:
        scale = 1000 / units
        face._pdfScale = lambda x: x * scale
    font = TTFont.__new__(TTFont)  # what TTFont.__init__ sets, with the kept face
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _main_font() -> _Font:
    for family in MAIN_FONTS:
        for path, index, fmt in _fc(["fc-match", family]):
            if fmt == "TrueType":
                font = _load(path, index)
                if font is not None:
                    return font
    raise ExternalError("no TrueType font found for the card (install Debian's fonts-dejavu-core)")


def _font_for(char: str, chosen: list[_Font]) -> _Font | None:
    code = ord(char)
    for font in chosen:
        if code in font.glyphs:
            return font
    for path, index, fmt in _fc(["fc-list", f":charset={code:x}"]):
        if fmt != "TrueType":
            continue
        found = _load(path, index)
        if found is not None and code in found.glyphs:
            chosen.append(found)
            return found
    return None


def fonts_for(texts: list[str]) -> tuple[list[_Font], dict[str, _Font]]:
    """The fonts that set `texts` (the main font first) and the font of each character;
    InvalidInput naming the characters no installed font covers."""
    chosen = [_main_font()]
    by_char: dict[str, _Font] = {}
    missing: list[str] = []
    for char in sorted({c for text in texts for c in text if not c.isspace()}):
        font = _font_for(char, chosen)
        if font is None:
            missing.append(char)
        else:
            by_char[char] = font
    if missing:
        shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing[:6])
        raise InvalidInput(
            f"no font on this machine has {shown}, so the card would show empty boxes; "
            "change the text or install a font that covers it (e.g. Debian's fonts-noto-core)"
        )
    return chosen, by_char


def _markup(text: str, by_char: dict[str, _Font], main: _Font) -> str:
    """reportlab paragraph markup: each run of characters in its font, text escaped, a line
    break kept as a line break."""
    return "<br/>".join(_runs(line, by_char, main) for line in text.split("\n"))


def _runs(text: str, by_char: dict[str, _Font], main: _Font) -> str:
    out: list[str] = []
    run: list[str] = []
    current = main
    for char in text:
        font = by_char.get(char, current if char.isspace() else main)
        if font is not current and run:
            out.append(f'<font name="{current.name}">{escape("".join(run), quote=False)}</font>')
            run = []
        current = font
        run.append(char)
    if run:
        out.append(f'<font name="{current.name}">{escape("".join(run), quote=False)}</font>')
    return "".join(out)


def _cjk(text: str) -> bool:
    return any(
        0x3000 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF or 0xF900 <= ord(c) <= 0xFAFF
        for c in text
    )


def _paragraph(text: str, by_char: dict[str, _Font], main: _Font, size: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    _defer_platypus_index()
    from reportlab.platypus.paragraph import Paragraph

    style = ParagraphStyle(
        "card",
        fontName=main.name,
        fontSize=size,
        leading=size * 1.35,
        wordWrap="CJK" if _cjk(text) else None,
    )
    return Paragraph(_markup(text, by_char, main), style)


def _fit_card(canvas: Any, sheet: CardSheet, page: tuple[float, float], fonts: Any) -> None:
    """The card's words, as large as fits (9-13 pt), centred on the page."""
    _defer_platypus_index()
    from reportlab.platypus.flowables import KeepInFrame, Spacer
    from reportlab.platypus.frames import Frame

    main, by_char = fonts
    width, height = page
    margin = 12 * MM if width < 5 * INCH else 14 * MM
    for size in (13.0, 12.0, 11.0, 10.0, 9.0):
        blocks = [
            _paragraph(part, by_char, main, size)
            for part in sheet.text.strip().split("\n\n")
            if part.strip()
        ]
        needed = sum(b.wrap(width - 2 * margin, height)[1] + size * 0.6 for b in blocks)
        if needed <= height - 2 * margin:
            break
    top = max(margin, (height - needed) / 2)
    frame = Frame(margin, margin, width - 2 * margin, height - margin - top, showBoundary=0)
    spaced = []
    for block in blocks:
        spaced += [block, Spacer(1, size * 0.6)]
    frame.addFromList([KeepInFrame(width, height, spaced, mode="shrink")], canvas)


def _envelope(canvas: Any, sheet: CardSheet, page: tuple[float, float], fonts: Any) -> None:
    _defer_platypus_index()
    from reportlab.platypus.frames import Frame

    main, by_char = fonts
    width, height = page
    margin = 10 * MM
    sender = [_paragraph(line, by_char, main, 8.5) for line in sheet.envelope_from if line]
    Frame(margin, height / 2, width / 2, height / 2 - margin, showBoundary=0).addFromList(
        sender, canvas
    )
    if sheet.post_by is not None:  # where the stamp goes: the stamp covers the reminder
        note = f"Post by {fmt_day(sheet.post_by)}"
        box = _paragraph(note, by_char, main, 7)
        Frame(
            width - margin - 34 * MM, height - margin - 16 * MM, 34 * MM, 16 * MM, showBoundary=1
        ).addFromList([box], canvas)
    recipient = [_paragraph(line, by_char, main, 11) for line in sheet.envelope_to if line]
    Frame(width * 0.38, margin, width * 0.6 - margin, height * 0.5, showBoundary=0).addFromList(
        recipient, canvas
    )


def card_pdf(sheets: list[CardSheet], size: str = "a6") -> tuple[bytes, list[str]]:
    """The PDF bytes (two pages a card: the words, then the envelope) and the font files
    used. Raises InvalidInput for an unknown size or text no installed font can show."""
    if size not in SIZES:
        raise InvalidInput(f"--size: {size!r} is not one of {', '.join(SIZES)}")
    if not sheets:
        raise InvalidInput("no card to lay out")
    import io

    Canvas = _canvas_class()  # noqa: N806 - reportlab's class
    texts = [s.text for s in sheets] + [line for s in sheets for line in s.envelope_to]
    texts += [line for s in sheets for line in s.envelope_from]
    texts += ["Post by Mon 0123456789 JanFebMarAprMayJunJulAugSepOctNovDec TueWedThuFriSatSun"]
    chosen, by_char = fonts_for(texts)
    fonts = (chosen[0], by_char)
    card, envelope = SIZES[size]
    buffer = io.BytesIO()
    # The page's starting font is ours, so no unembedded standard font is referenced.
    canvas = Canvas(buffer, pagesize=card, pageCompression=1, initialFontName=chosen[0].name)
    canvas.setTitle("Thank-you card")
    canvas.setCreator("followup")
    for sheet in sheets:
        canvas.setPageSize(card)
        _fit_card(canvas, sheet, card, fonts)
        canvas.showPage()
        canvas.setPageSize(envelope)
        _envelope(canvas, sheet, envelope, fonts)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), sorted({f.path for f in chosen})

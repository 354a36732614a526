"""`followup card`: the thank-you card as a PDF (words at card size, then the envelope),
names in any script in embedded TrueType fonts, checked with poppler's tools."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from tests.cli.test_draft_cli import one_line_error

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, Person, PersonRole
from followup.services import cards, records

TODAY = "2026-11-20"
CARD_ADDRESS = "Kestrel Studio\n14 Wharf Road\nBoston, MA 02110"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> str:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return done.stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True, check=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            numbers = line.split("size:")[1].split("pts")[0].split("x")
            sizes.append((round(float(numbers[0])), round(float(numbers[1]))))
    return sizes


@pytest.fixture
def kestrel() -> int:
    settings = load_settings()
    records.update_profile(
        settings,
        name="Zoë Łukasiewicz",
        email="zoe@example.net",
        qualifications=["Six years of brand illustration for children's books"],
        address="Flat 2, 9 Elm Street\nCambridge, MA 02139",
    )
    stored = records.add_interview(
        settings,
        Interview(
            company="Kestrel Studio",
            role="Illustrator",
            interviewed=date(2026, 11, 17),
            format=Format.IN_PERSON,
            channel=Channel.EMAIL,
            tz="America/New_York",
            country="US",
            subdiv="MA",
            address="14 Wharf Road\nBoston, MA 02110",
            people=[
                Person("王伟", "wang.wei@kestrel.example", title="Art Director"),
                Person("Renée Olsen", "renee@kestrel.example", title="Studio Lead"),
                Person(
                    "Ann Porter",
                    "ann@kestrel.example",
                    title="Recruiter",
                    role=PersonRole.COORDINATOR,
                ),
            ],
            topics=["the picture-book series for the spring list"],
        ),
    )
    assert stored.id is not None
    return stored.id


def test_a_card_per_interviewer_with_names_in_any_script(cli, kestrel, tmp_path) -> None:
    out = tmp_path / "cards.pdf"
    res = cli("card", str(kestrel), "--each", "-o", str(out), "--today", TODAY, "--json")
    assert res.code == 0, res.err
    result = json.loads(res.out)
    assert result["pages"] == 4 and len(result["cards"]) == 2
    text = pdf_text(out)
    assert "王伟" in text and "Renée Olsen" in text
    assert "Zoë Łukasiewicz" in text  # the signature and the sender on the envelope
    assert "14 Wharf Road" in text and "Boston, MA 02110" in text
    assert "Flat 2, 9 Elm Street" in text
    assert "Post by" in text
    fonts = pdf_fonts(out)
    assert "DejaVuSans" in fonts and "WenQuanYi" in fonts
    for line in fonts.splitlines()[2:]:
        assert " yes " in line, line  # every font embedded
    assert (out.stat().st_mode & 0o777) == 0o600


def test_markup_characters_are_printed_as_written(cli, kestrel, tmp_path) -> None:
    settings = load_settings()
    records.update_profile(settings, address="Flat <b>2 & 3, 9 Elm Street\nCambridge, MA 02139")
    out = tmp_path / "card.pdf"
    res = cli("card", str(kestrel), "--to", "Renée", "-o", str(out), "--today", TODAY)
    assert res.code == 0, res.err
    assert "Flat <b>2 & 3, 9 Elm Street" in pdf_text(out)


@pytest.mark.parametrize(
    ("size", "card", "envelope"),
    [("a6", (298, 420), (459, 323)), ("a2", (306, 396), (414, 315))],
)
def test_card_and_envelope_sizes(cli, kestrel, tmp_path, size, card, envelope) -> None:
    out = tmp_path / f"{size}.pdf"
    args = ("--to", "Renée", "--size", size, "-o", str(out), "--today", TODAY)
    res = cli("card", str(kestrel), *args)
    assert res.code == 0, res.err
    assert page_sizes(out) == [card, envelope]


def test_post_by_moves_before_a_sunday_or_holiday() -> None:
    interview = Interview(
        "Acme", "Clerk", date(2026, 11, 20), Format.IN_PERSON, country="US", subdiv="MA"
    )
    settings = load_settings()
    assert cards.post_by(settings, interview, date(2026, 11, 22)) == date(2026, 11, 21)  # Sun
    assert cards.post_by(settings, interview, date(2026, 11, 26)) == date(2026, 11, 25)  # Thanksg.
    assert cards.post_by(settings, interview, date(2026, 11, 24)) == date(2026, 11, 24)
    assert cards.post_by(settings, interview, None) is None


def test_no_font_for_a_character_is_said_not_boxed(cli, kestrel, tmp_path) -> None:
    settings = load_settings()
    records.update_profile(settings, name="Nefer 𓀀 Amun")
    out = tmp_path / "card.pdf"
    line = one_line_error(cli("card", str(kestrel), "-o", str(out), "--today", TODAY), 2)
    assert "U+13000" in line
    assert not out.exists()


def test_missing_addresses_are_warnings(cli, tmp_path) -> None:
    settings = load_settings()
    records.update_profile(settings, name="Sam Lee", email="sam@example.net")
    stored = records.add_interview(
        settings,
        Interview(
            "Harbor Bakery", "Baker", date(2026, 11, 17), Format.IN_PERSON, Channel.EMAIL,
            tz="America/New_York", people=[Person("Jo Hart", "jo@harbor.example")],
        ),
    )  # fmt: skip
    out = tmp_path / "card.pdf"
    res = cli("card", str(stored.id), "-o", str(out), "--today", TODAY)
    assert res.code == 0, res.err
    assert "no postal address for Harbor Bakery" in res.err
    assert "your own address is not recorded" in res.err
    assert out.exists()


def test_bad_size_and_output(cli, kestrel, tmp_path) -> None:
    one_line_error(cli("card", str(kestrel), "--size", "a4", "--today", TODAY), 2)
    one_line_error(cli("card", str(kestrel), "-o", "/dev/null", "--today", TODAY), 2)
    one_line_error(cli("card", "99", "--today", TODAY), 3)


def test_fonts_are_read_once_and_kept(kestrel, run_followup, followup_home, tmp_path) -> None:
    """What reportlab reads from each font file is kept in the cache folder under the file's
    contents; a card laid out from the kept fonts is byte for byte the card laid out from
    the files, and a damaged kept file is read from the font again."""
    env = {"RL_invariant": "1"}  # reportlab's fixed dates and ids, so that bytes compare
    made = []
    for number in range(3):
        out = tmp_path / f"cards-{number}.pdf"
        res = run_followup("card", str(kestrel), "--each", "-o", str(out), "--today", TODAY,
                           env=env)  # fmt: skip
        assert res.code == 0, res.err
        made.append(out.read_bytes())
        kept = sorted((followup_home / "cache" / "fonts").iterdir())
        assert len(kept) == 2  # DejaVu Sans and WenQuanYi Zen Hei (a collection's member)
        if number == 1:
            kept[0].write_bytes(b"\x00damaged")
    assert made[0] == made[1] == made[2]
    assert kept[0].stat().st_size > 1000  # written again


def test_a_kept_font_is_the_font_reportlab_reads() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from followup.delivery import card

    for family, fmt in (("DejaVu Sans", "TrueType"), (":lang=zh", "TrueType")):
        listing = ["fc-list", family] if family.startswith(":") else ["fc-match", family]
        path, index, _ = next(row for row in card._fc(listing) if row[2] == fmt)
        data = Path(path).read_bytes()
        fresh = TTFont("followup-font-0", path, subfontIndex=index)
        card._keep_font(fresh, index, data)
        kept = card._kept_font("followup-font-0", path, index, data)
        assert kept is not None
        plain = {"face", "encoding", "state"}
        assert {k: v for k, v in vars(fresh).items() if k not in plain} == {
            k: v for k, v in vars(kept).items() if k not in plain
        }
        assert vars(fresh.encoding) == vars(kept.encoding)
        faces = vars(fresh.face), vars(kept.face)
        assert faces[0].keys() == faces[1].keys()
        for key, value in faces[0].items():
            if key == "_pdfScale":
                assert value(1234) == faces[1][key](1234)
            else:
                assert value == faces[1][key] and type(value) is type(faces[1][key]), key
                assert getattr(value, "ustr", None) == getattr(faces[1][key], "ustr", None)


def test_fontconfigs_answers_are_kept_until_what_changes_them_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, followup_home: Path
) -> None:
    """`fc-match` and `fc-list` are asked once: a later run reads the answer back, and asks
    again when the fontconfig settings or the font folders change, when the file it names is
    gone, or when the kept answers are damaged."""
    from followup.delivery import card

    question = ["fc-match", "DejaVu Sans"]
    asked: list[list[str]] = []
    real = card._ask_fc

    def ask(exe: str | None, args: list[str]) -> list[card.FcRow]:
        asked.append(args)
        return real(exe, args)

    monkeypatch.setattr(card, "_ask_fc", ask)
    first = card._fc(question)
    assert first and first[0][0].endswith(".ttf") and len(asked) == 1
    assert card._fc(question) == first and len(asked) == 1  # read back
    [kept] = (followup_home / "cache").glob("fontconfig-*.json")

    # a font folder fontconfig reads (here one of our own, so that fontconfig itself, which
    # would write a cache for a new folder, is not set to a temporary one)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    places = card._FC_PLACES
    monkeypatch.setattr(card, "_FC_PLACES", (*places, str(fonts)))
    assert card._fc(question) == first and len(asked) == 2
    assert card._fc(question) == first and len(asked) == 2
    (fonts / "new.ttf").write_bytes(b"")  # a font installed: the folder changed
    assert card._fc(question) == first and len(asked) == 3
    assert card._fc(question) == first and len(asked) == 3
    now = card._fc_file("/usr/bin/fc-match")
    monkeypatch.setenv("FONTCONFIG_FILE", str(tmp_path / "fonts.conf"))  # other settings
    assert card._fc_file("/usr/bin/fc-match") not in (now, None)
    monkeypatch.delenv("FONTCONFIG_FILE")
    assert card._fc_file("/usr/bin/fc-match") == now

    monkeypatch.setattr(card, "_FC_PLACES", places)
    count = len(asked)
    assert card._fc(question) == first and len(asked) == count  # the first answers stand
    kept.write_text('{"fc-match\\u0000DejaVu Sans": [["/no/such/font.ttf", 0, "TrueType"]]}')
    assert card._fc(question) == first and len(asked) == count + 1  # a font file that is gone
    kept.write_text("{not json")
    assert card._fc(question) == first and len(asked) == count + 2  # damaged
    assert json.loads(kept.read_text(encoding="utf-8")) == {
        "fc-match\x00DejaVu Sans": [list(row) for row in first]
    }


def test_a_card_loads_no_pillow_and_an_image_still_draws(kestrel, tmp_path) -> None:
    """reportlab imports Pillow's image module when it is imported; the card draws text only,
    so Pillow's image module is entered lazily and is not executed by a card. The card is
    byte for byte the card made with Pillow imported beforehand, and reportlab still draws an
    image afterwards (the lazy module loads the first time it is used)."""
    image = tmp_path / "dot.png"
    code = """
import sys
if sys.argv[1] == "pillow-first":
    import PIL.Image
from followup.cli import main
out, image = sys.argv[2], sys.argv[3]
code = main(["card", sys.argv[4], "--each", "-o", out, "--today", "2026-11-20"])
loaded = "PIL._imaging" in sys.modules or type(sys.modules["PIL.Image"]) is type(sys)
if sys.argv[1] == "lazy":
    from PIL import Image
    Image.new("RGB", (3, 2), (200, 30, 30)).save(image)
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(image + ".pdf")
    canvas.drawImage(image, 10, 10, width=30, height=20)
    canvas.save()
sys.stderr.write(repr((code, loaded)))
"""
    made = {}
    for way, pillow in (("lazy", False), ("pillow-first", True)):
        out = tmp_path / f"{way}.pdf"
        proc = subprocess.run(
            [sys.executable, "-c", code, way, str(out), str(image), str(kestrel)],
            capture_output=True, text=True, timeout=120, env={**os.environ, "RL_invariant": "1"},
        )  # fmt: skip
        assert eval(proc.stderr.splitlines()[-1]) == (0, pillow), proc.stderr  # noqa: S307
        made[way] = out.read_bytes()
    assert made["lazy"] == made["pillow-first"]
    drawn = subprocess.run(["pdfimages", "-list", f"{image}.pdf"], capture_output=True,
                           text=True, check=True).stdout.splitlines()  # fmt: skip
    assert len(drawn) == 3 and drawn[2].split()[3:5] == ["3", "2"], drawn  # one 3×2 image


def test_a_card_imports_only_the_platypus_modules_it_uses(kestrel, tmp_path) -> None:
    """The card lays text out with a few platypus modules; the package's index, which
    imports all the others (tables, multicol, xpreformatted), runs only when a name is read
    from the package itself. The card is byte for byte the card made with `reportlab.platypus`
    imported beforehand, and the whole package still works afterwards."""
    code = """
import sys
if sys.argv[1] == "index-first":
    import reportlab.platypus
from followup.cli import main
code = main(["card", sys.argv[3], "--each", "-o", sys.argv[2], "--today", "2026-11-20"])
loaded = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("reportlab.platypus."))
if sys.argv[1] == "deferred":
    from reportlab.lib.pagesizes import A6
    from reportlab.platypus import SimpleDocTemplate, Table
    SimpleDocTemplate(sys.argv[2] + ".table.pdf", pagesize=A6).build([Table([["a", "b"]])])
sys.stderr.write(repr((code, loaded)))
"""
    made = {}
    for way in ("deferred", "index-first"):
        out = tmp_path / f"{way}.pdf"
        proc = subprocess.run(
            [sys.executable, "-c", code, way, str(out), str(kestrel)],
            capture_output=True, text=True, timeout=120, env={**os.environ, "RL_invariant": "1"},
        )  # fmt: skip
        code_, loaded = eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr
        assert code_ == 0, proc.stderr
        made[way] = (out.read_bytes(), loaded)
    assert "tables" not in made["deferred"][1] and "xpreformatted" not in made["deferred"][1]
    assert {"tables", "xpreformatted"} <= set(made["index-first"][1])
    assert made["deferred"][0] == made["index-first"][0]
    assert (tmp_path / "deferred.pdf.table.pdf").read_bytes().startswith(b"%PDF")

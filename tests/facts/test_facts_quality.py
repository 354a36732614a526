"""Invites and transcripts scored field by field by bench/facts_quality.py: the development
sets (tests/fixtures/facts_dev, facts_dev_v2, facts_dev_v3, the transcripts of facts_dev_talk
and facts_dev_v5 and v6, the invites of facts_dev_v4, v5, v6, facts_dev7/tune and
facts_dev8/tune: every
field right but those KNOWN_WRONG lists) and the held-out set (tests/fixtures/facts_heldout),
written by people who have not read the code.

The held-out test is marked `heldout`: it runs only when asked (`pytest -m heldout`), so a
plain run never shows the set's files or wrong fields, and it is skipped while its folder is
absent. Its figures are printed (they are measured, not a threshold to tune to); it fails only
when a file crashes the reader.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "facts_quality.py"
HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "facts_heldout"
DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev"


def load_bench():
    """bench/facts_quality.py: the one loader and scorer of expected facts."""
    spec = importlib.util.spec_from_file_location("facts_quality", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["facts_quality"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout() -> Path:
    if (
        not (HELDOUT / "invites" / "expected.toml").is_file()
        and not (HELDOUT / "transcripts" / "expected.toml").is_file()
    ):
        pytest.skip(f"the held-out set {HELDOUT} is absent (it is added by its authors)")
    return HELDOUT


@pytest.mark.heldout
def test_heldout_fields(heldout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quality = load_bench()
    invites, transcripts = quality.evaluate(heldout, verbose=True)
    with capsys.disabled():
        for score, title in ((invites, "invites"), (transcripts, "transcripts")):
            if score is not None:
                print("\n" + "\n".join(score.lines(title, verbose=True)))
    for score in (invites, transcripts):
        if score is None:
            continue
        failures = [m for misses in score.wrong.values() for m in misses if m.startswith("exit")]
        # a file may be refused (exit 2, one line); none may crash the reader (exit 70)
        assert not [m for m in failures if "Traceback" in m or m.startswith("exit 70")]
        assert score.total()[1], "no field was scored"


# every development set, with its number of invites and transcripts
DEV_SETS = {
    "facts_dev": (34, 16),
    "facts_dev_v2": (25, 10),
    "facts_dev_v3": (17, 6),
    "facts_dev_talk": (0, 16),  # transcripts only
    "facts_dev_v4": (17, 0),  # invites only
    "facts_dev_v5": (17, 10),
    # transcripts written after the fixes of facts_dev_v5; invites to see whether the fixes of
    # the fifth set carry over
    "facts_dev_v6": (7, 5),
    # the seventh set's tune half (its check half is scored only by bench/facts_quality.py,
    # before and after the fixes, never tuned on)
    "facts_dev7/tune": (22, 0),
    # transcripts of the seventh set that the reading was changed on (its check half is only
    # scored, by bench/facts_quality.py, to see whether the changes carry over)
    "facts_dev7t/tune": (0, 9),
    # the eighth set's tune half: the kinds of fault the sixth and seventh held-out sets
    # showed (its check half is only scored, before and after the fixes)
    "facts_dev8/tune": (8, 0),
    # transcripts of the eighth set the reading was changed on (its check half is only scored)
    "facts_dev8t/tune": (0, 5),
    # the ninth set's tune half: SRT voices told apart by colour and named by their labels,
    # questions asked without a question mark (its check half is only scored)
    "facts_dev9t/tune": (0, 5),
    # the ninth set's tune half: the kinds of fault the sixth to eighth held-out sets showed
    # (its check half is only scored, before and after the fixes)
    "facts_dev9/tune": (8, 0),
    # the tenth set (session 10, invites engineer): written before the fixes of its kinds
    # (people introduced in prose in six languages, ATS coordinators, BST/IST/CST in text,
    # a loop attached out of order, a Swedish subject), 5/14 right in every field then
    "facts_dev10": (14, 0),
    # the eleventh set (session 11, invites engineer): senders and languages no set had
    # (Teamtailor, Personio, Recruitee, Zoho Recruit, Workable, Nextcloud, Zimbra, HCL Notes,
    # Proton; Czech, Turkish, Finnish, Indonesian, Vietnamese, Greek, Arabic, zh-TW …),
    # written before the fixes of its kinds, 1/13 right in every field then
    "facts_dev11": (13, 0),
    # held-out v12's invites, development data since session 13 (16/30 right in every field
    # when it was scored; its kinds fixed in new wording in
    # tests/delivery/test_invite_kinds_s13_invites.py): a floor against a drop
    "facts_heldout_v12": (30, 0),
    # the transcripts of session 21 (s21 transcripts engineer), written before the fixes of
    # their kinds (directory "Last, First" names, given names of several words, a next
    # round's day beside the final decision's and corrected days, sound cues), 1/7 right in
    # every field then; tests/core/test_transcripts_s21.py tests each kind in new words
    "facts_dev21t": (0, 7),
}
# the fields of a development set still read wrong
KNOWN_WRONG: dict[str, dict[str, list[str]]] = {
    # fewer than half the topics: the rapid swabs and the skills matrix are the candidate's
    # own past answers, which are not proposed
    "facts_dev8t/tune": {"meet_bakery_fr.txt": ["topics_expected"]},
    # fewer than half the topics: "temperature loggers" gives way to "temperature breaks …"
    # (they share a word), and the pre-inspection story in the packing house was not taken up
    # by the interviewers, so it is not proposed (teams_physio_au.vtt is right since the
    # candidate's stories that the interviewers take up are proposed)
    "facts_dev9t/tune": {
        "zoom_flowers_co.vtt": ["topics_expected"],
    },
    # the label follows the old policy (the candidate's past is never a topic) and forbids
    # "behavioural score for SME overdrafts", a story the panel asked about, which the current
    # policy proposes as the candidate's story (marked "your story")
    "facts_dev_v5": {"teams_credit_sg.vtt": ["not_topics"]},
    # a French title's department after a second comma ("Responsable RH, Direction des
    # ressources humaines") is left out
    "facts_dev9/tune": {
        "fr_titre_direction.eml": ["interviewer_titles"],
    },
}


def known_wrong(name: str, folder: Path) -> dict[str, list[str]]:
    """The KNOWN_WRONG entries of set `name` whose file is in `folder` (its invites or its
    transcripts: one set may have known-wrong files of one kind only)."""
    return {f: m for f, m in KNOWN_WRONG.get(name, {}).items() if (folder / f).is_file()}


@pytest.mark.parametrize("name", [n for n, (invites, _) in DEV_SETS.items() if invites])
def test_every_development_invite_is_read_right_field_by_field(name: str) -> None:
    folder = DEV.parent / name / "invites"
    score = load_bench().score_invites(folder)
    assert score.files == DEV_SETS[name][0]
    assert {f: m for f, m in score.wrong.items() if m} == known_wrong(name, folder)


@pytest.mark.parametrize("name", [n for n, (_, transcripts) in DEV_SETS.items() if transcripts])
def test_every_development_transcript_is_read_right_field_by_field(name: str) -> None:
    folder = DEV.parent / name / "transcripts"
    score = load_bench().score_transcripts(folder)
    assert score.files == DEV_SETS[name][1]
    assert {f: m for f, m in score.wrong.items() if m} == known_wrong(name, folder)


def test_a_forbidden_string_counts_only_as_words_of_a_proposal() -> None:
    says = load_bench().says
    assert says("the Spanish team", "Spanish") and says("Tan's rota", "Tan")
    assert says("second check", "second")
    assert not says("stirred-tank bioreactors", "Tan")
    assert not says("planned maintenance", "ten") and not says("drones for blades", "one")


def test_an_expected_topic_that_says_a_forbidden_word_is_no_leak() -> None:
    """The answers may forbid a number word alone ("first", "two") and expect a topic that
    has it in a compound ("the credit scoring model for first-time mobile borrowers", "the
    two-week maintenance schedule exercise"): proposing that topic is right. A proposal that
    names no expected topic still leaks."""
    leaks = load_bench().leaks
    expected = ["the credit scoring model for first-time mobile borrowers"]
    assert not leaks("credit scoring model for first-time mobile borrowers", "first", expected)
    assert leaks("first-time borrowers", "first", expected)
    assert leaks("first-time borrowers", "first", [])
    assert not leaks("the loan data pipeline", "first", expected)
    assert leaks("iPad name", "iPad", ["the overnight ICU shifts"])


def test_verbose_lines_name_the_missed_and_the_proposed_topics(tmp_path: Path) -> None:
    """--verbose shows, for a transcript whose topics are wrong, the expected topics missed
    and every topic proposed, and for a leak what said the forbidden word."""
    (tmp_path / "call.txt").write_text(
        "Ilse Marais: Thanks for joining. Our main project is the vineyard irrigation "
        "scheduling tool for the dry months.\n"
        "Kofi Mensah: Happy to talk about irrigation scheduling.\n",
        "utf-8",
    )
    (tmp_path / "expected.toml").write_text(
        '[[transcript]]\nfile = "call.txt"\ncandidate = "Kofi Mensah"\n'
        'topics_expected = ["the cellar door tasting room", "barrel cooperage contracts"]\n'
        'not_topics = ["irrigation"]\n',
        "utf-8",
    )
    score = load_bench().score_transcripts(tmp_path)
    text = "\n".join(score.lines("transcripts", verbose=True))
    assert "missed ['the cellar door tasting room', 'barrel cooperage contracts']" in text
    assert "proposed [" in text and "irrigation scheduling tool" in text
    assert "says 'irrigation'" in text


def test_an_update_without_its_updates_key_updates_the_earlier_file_of_its_event(
    tmp_path: Path,
) -> None:
    quality = load_bench()

    def event(uid: str, sequence: int) -> str:
        return (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nSEQUENCE:{sequence}\r\nDTSTART:20270112T100000Z\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )

    (tmp_path / "01-first.ics").write_text(event("s36-one@bench", 0))
    (tmp_path / "02-other.ics").write_text(event("s36-two@bench", 0))
    (tmp_path / "03-moved.ics").write_text(event("s36-one@bench", 1))
    (tmp_path / "04-said.ics").write_text(event("s36-two@bench", 1))
    entries = [
        {"file": "01-first.ics", "status": "confirmed"},
        {"file": "02-other.ics", "status": "confirmed"},
        {"file": "03-moved.ics", "status": "updated"},
        {"file": "04-said.ics", "status": "updated", "updates": "01-first.ics"},
    ]
    updates = [e.get("updates") for e in quality.with_updates(tmp_path, entries)]
    # an update's own `updates` stands; a file that holds no event names none
    assert updates == [None, None, "01-first.ics", "01-first.ics"]
    assert quality.event_uids(tmp_path / "missing.ics") == set()

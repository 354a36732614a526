"""The voice of a note: a qualification is joined to what it answers or said plainly, never
announced by a sentence whose only job is to introduce it ('A word on my background:', 'My
background may help here:', 'For context,'), and a long claim is not said in two notes of a
panel while another is left. Rounds in fresh wording (a seed bank, a rowing club, a county
archive, a tram depot)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record


@pytest.fixture(scope="module", params=["US", "GB", "CA"])
def language(request: pytest.FixtureRequest) -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), request.param).language


def person(name: str, email: str | None, title: str | None = None) -> dict:
    return {"name": name, "email": email, "title": title, "role": "interviewer"}


def notes(record: dict, language: compose.Language, profile: Profile) -> list:
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    people = [p for p in interview.interviewers if p.email]
    return compose.compose(
        interview, profile, plan, "email", people, date(2027, 4, 20), language, each=True
    )


def a_round(company: str, role: str, people: list[dict], topics: list[str], **more: object):
    return {
        "company": company,
        "role": role,
        "interviewed": "2027-04-14",
        "tz": "America/Chicago",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": people,
        "topics": topics,
        **more,
    }


# A sentence, or the lead of one, that only announces the claim after it.
ANNOUNCED = re.compile(
    r"^[^.;]{0,60}:\s+(?:I|I'm|I've)\b|"  # 'A word on my background: I have ...'
    r"^(?:in terms of|for context|as it happens|as background|to add one detail|"
    r"on the background side|background-wise)\b",
    re.IGNORECASE,
)
CLAIM_SLOTS = ("qual", "bridge", "need")


def test_no_bank_variant_announces_a_claim(language) -> None:
    """Every variant that says a qualification joins it to something (the role, their topic,
    what they need) or says it alone; none leads with a phrase that only introduces it."""
    for slot, variants in language.bank.slots.items():
        if not slot.startswith(CLAIM_SLOTS):
            continue
        for v in variants:
            lead = re.split(r"\{[Qq]ual\}", v)[0]
            assert not lead.rstrip().endswith(":"), (slot, v)
            assert not ANNOUNCED.search(v.replace("{qual}", "I").replace("{Qual}", "I")), (
                slot,
                v,
            )


SEED_BANK = Profile(
    name="Wren Achterberg",
    email="wren.a@post.example",
    phone=None,
    qualifications=[
        "Five years running germination trials for a regional seed library",
        "Certificate in Herbarium Curation",
        "Catalogued 4,000 accessions into a public database",
    ],
)
ROWING = Profile(
    name="Tobiah Quayle",
    email="t.quayle@post.example",
    phone=None,
    qualifications=[
        "British Rowing Level 3 coach",
        "Ran the junior squad's winter training programme for three seasons",
        "First aid at work certificate",
    ],
)
ARCHIVE = Profile(
    name="Maren Oyelaran",
    email="maren.o@post.example",
    phone=None,
    qualifications=[
        "MA in Archives and Records Management",
        "Digitised a parish register collection of 12,000 images",
        "Three years answering public enquiries in a local studies library",
    ],
)

ROUNDS = [
    (
        a_round(
            "Prairie Seed Commons",
            "Collections Technician",
            [
                person("Halvard Renko", "h.renko@prairieseed.example", "Curator"),
                person("Bea Castellanos", "b.castellanos@prairieseed.example"),
                person("Ojas Mehra", "o.mehra@prairieseed.example"),
            ],
            [
                "halvard: backlog of untested accessions in the cold room",
                "bea showed me the new drying cabinets",
                "ojas wants someone to own the germination records",
            ],
        ),
        SEED_BANK,
    ),
    (
        {
            **a_round(
                "Tidewater Rowing Club",
                "Head Coach",
                [
                    person("Fenella Gage", "f.gage@tidewaterrc.example", "Club Captain"),
                    person("Lorcan Ibbotson", "l.ibbotson@tidewaterrc.example"),
                ],
                ["fenella: masters squad growing, few coaches on weekday mornings"],
            ),
            "country": "GB",
            "tz": "Europe/London",
        },
        ROWING,
    ),
    (
        {
            **a_round(
                "Kettering County Archive",
                "Archive Assistant",
                [
                    person("Priyamvada Hale", "p.hale@kcarchive.example", "County Archivist"),
                    person("Stellan Voss", "s.voss@kcarchive.example"),
                    person("Idris Okafor", "i.okafor@kcarchive.example"),
                    person("Josie Lam", "j.lam@kcarchive.example"),
                ],
                [],
            ),
            "country": "CA",
            "tz": "America/Toronto",
        },
        ARCHIVE,
    ),
]


@pytest.mark.parametrize(("record", "profile"), ROUNDS)
def test_no_note_announces_its_claim(language, record, profile) -> None:
    """Three panels (a topic of each person's, one topic for two people, nothing recorded):
    no sentence of any note leads into its qualification with a phrase that only announces
    it, and a claim the note takes is said in it."""
    for note in notes(record, language, profile):
        body = " ".join(note.paragraphs)
        for sentence in compose.sentences(body):
            assert not ANNOUNCED.search(sentence), sentence
        assert note.qual_clause is None or note.qual_clause in body, body


def test_a_long_claim_is_not_said_twice_to_people_written_to(language) -> None:
    """Two claims, one long and one short, and a panel of four of whom one has no address:
    the three notes that are sent never share the long claim (the one left unwritten takes
    what is left over, not the notes that go out)."""
    depot = Profile(
        name="Casimir Olander",
        email="c.olander@post.example",
        phone=None,
        qualifications=[],
    )
    record = a_round(
        "Riverside Tramways",
        "Tram Maintenance Technician",
        [
            person("Ulla Brennan", "u.brennan@riversidetrams.example", "Fleet Engineer"),
            person("Desmond Achebe", None, "Depot Supervisor"),  # no address: no email
            person("Marguerite Sol", "m.sol@riversidetrams.example"),
            person("Teodor Lisk", "t.lisk@riversidetrams.example"),
        ],
        [
            "ulla: wheel lathe replacement this summer",
            "desmond: night shift rota for the depot",
            "marguerite showed me the new pantograph test rig",
            "teodor: spare parts stores move to the east shed",
        ],
        qualifications=[
            "Six years maintaining traction motors and bogies on a light rail fleet of forty trams",
            "I hold an HNC in Electrical Engineering",
        ],
    )
    sent = notes(record, language, depot)
    assert len(sent) == 3
    long_claim = record["qualifications"][0]
    assert sum(note.qualification == long_claim for note in sent) <= 1, [
        note.qualification for note in sent
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "I taught spin classes 3x/wk at my old gym",
        "I ran the parent helpline 5x/wk over the summer",
        "I coached the under-12s 4x/wk in season",
    ],
)
def test_a_claim_typed_as_a_sentence_with_shorthand_is_not_said(language, typed) -> None:
    """The user's own sentence is said as given, so one that still holds shorthand is left
    out (another claim is offered) rather than sent with '3x/wk' in it."""
    record = a_round(
        "Lakeshore Leisure Centre",
        "Fitness Instructor",
        [person("Noor Haddad", "n.haddad@lakeshore.example", "Gym Manager")],
        ["noor: new spin studio opening in june"],
        qualifications=[typed, "Level 3 Personal Trainer certificate"],
    )
    profile = Profile(name="Rafe Ingham", email="rafe.i@post.example", phone=None)
    (note,) = notes(record, language, profile)
    assert note.qualification != typed
    assert "/wk" not in " ".join(note.paragraphs) and "/mo" not in " ".join(note.paragraphs)


# --- the close and the shape of the whole note ------------------------------------------------

STACKED = ("interest", "enthusiasm", "next", "interest_enthusiasm", "enthusiasm_next")


def test_an_email_closes_on_one_line_that_never_names_its_reader(language) -> None:
    """Interest, enthusiasm and next steps are said once, in one closing line ('I'm
    genuinely interested in this role. I'd be thrilled to join …' reads as filler), and that
    line never names the reader ('I'm keen to join you, Jen' reads as a mail merge)."""
    bank = language.bank
    for kind, shapes in bank.shapes.items():
        if not kind.startswith("email"):
            continue
        for shape in shapes:
            slots = [slot.rstrip("?") for para in shape for slot in para]
            assert not set(slots) & set(STACKED), (kind, shape)
            assert slots[-1] in ("wrap", "thanks_wrap", "qual_wrap"), (kind, shape)
    for slot in ("thanks_wrap", "c_close"):
        for v in bank.slots[slot]:
            assert "{first}" not in v and "join you" not in v, (slot, v)


def test_a_note_that_opens_on_its_topic_thanks_them_in_its_close(language) -> None:
    """Some notes open on what the reader said and say their thanks in the closing line;
    a note with nothing of its own, or a late one, always opens with its thanks."""
    record = a_round(
        "Northgate Community Theatre",
        "Production Manager",
        [
            person(name, f"{name.split()[0].lower()}@northgate.example")
            for name in ("Ottilie Branks", "Severin Mowbray", "Jun Takeda", "Amara Kessie")
        ],
        [
            "ottilie: fly system rigging inspection overdue since the winter",
            "severin walked me through the get-in schedule for the spring tour",
            "jun: volunteer crew rota keeps falling apart on show weeks",
            "amara: new accessible seating plan for the studio space",
        ],
        qualifications=[
            "Eight years as a stage manager in touring theatre",
            "IOSH Managing Safely certificate",
            "Ran a volunteer crew of thirty for a summer festival",
        ],
    )
    profile = Profile(name="Kestrel Hanlon", email="k.hanlon@post.example", phone=None)
    written = notes(record, language, profile)
    for note in written:
        first = compose.sentences(" ".join(note.paragraphs))[0]
        if not re.match(r"^(?:Thank|Thanks|Many thanks|I appreciated|I'm grateful)", first):
            assert re.search(r"\bthank", note.paragraphs[-1], re.IGNORECASE), note.paragraphs


EIGHT = [
    ("Rosalind Achterberg", "Head of Platform"),
    ("Kwame Osei-Bonsu", "Staff Engineer"),
    ("Linnea Dahl", "Engineering Manager"),
    ("Tariq Farouk", None),
    ("Beatrix Olowe", "Product Manager"),
    ("Caspian Reyes", None),
    ("Yevgenia Marsh", "Site Reliability Lead"),
    ("Hamish Tolland", "Recruiter"),
]


def test_an_eight_person_panel_reads_as_eight_notes(language) -> None:
    """An eight-person loop, half of it with nothing of its own on record: every pair of
    notes under 0.2 word 3-gram Jaccard and no sentence of six words or more in two notes."""
    from followup.core import draft_quality as dq

    record = a_round(
        "Quillfeather Logistics",
        "Senior Platform Engineer",
        [
            person(name, f"{name.split()[0].lower()}@quillfeather.example", title)
            for name, title in EIGHT
        ],
        [
            "rosalind: kubernetes upgrade backlog, 3 clusters still on old version",
            "kwame asked abt my approach to zero-downtime schema changes",
            "linnea: team doubling this year, wants seniors who can mentor",
            "yevgenia showed me the on-call dashboard they built",
        ],
        qualifications=[
            "Seven years running Kubernetes clusters in production",
            "Led a zero-downtime move of a payments database to Postgres 15",
            "Mentored five junior engineers",
            "Built the incident review process for a 60-person engineering group",
        ],
    )
    profile = Profile(name="Imre Vasquez", email="imre.v@post.example", phone=None)
    written = notes(record, language, profile)
    assert len(written) == 8
    texts = {
        note.to_name: f"{note.greeting}\n\n" + "\n\n".join(note.paragraphs) + "\n\nBest,\nImre"
        for note in written
    }
    report = dq.panel_report(texts)
    assert report.max_jaccard < 0.2, report
    assert not report.shared, report.shared


@pytest.mark.parametrize(
    "exercise",
    [
        "my presentation on the spring membership drive, they asked lots of questions",
        "had me do a mock stock count of the chiller, 20 mins",
        "my sample lesson on fractions with yr 5",
    ],
)
def test_no_two_sentences_running_open_by_thanking(language, exercise) -> None:
    """'Thanks for meeting me. Thank you for the thoughtful questions about …': the second
    thanks is another frame, never a second sentence opening by thanking."""
    record = a_round(
        "Elmhurst Civic Trust",
        "Membership Officer",
        [
            person(name, f"{name.split()[0].lower()}@elmhurst.example")
            for name in ("Perpetua Lisle", "Duncan Achebe", "Sigrid Vale", "Omar Quist")
        ],
        [exercise],
        qualifications=["Four years running membership renewals for a county museum"],
    )
    profile = Profile(name="Greer Halloran", email="g.halloran@post.example", phone=None)
    for note in notes(record, language, profile):
        said = compose.sentences(" ".join(note.paragraphs))
        for a, b in zip(said, said[1:], strict=False):
            assert not (a.startswith("Thank") and b.startswith("Thank")), (a, b)


def test_the_writer_passes_over_a_second_sentence_opening_by_thanking() -> None:
    from followup.core import writer

    bank = writer.Bank.from_mapping(
        {
            "slots": {
                "open": ["Thanks for meeting me on Friday."],
                "spec": [
                    "Thank you for the questions on {topic}.",
                    "Your questions on {topic} were fair ones.",
                ],
            },
            "shapes": {},
        }
    )
    w = writer.Writer(
        bank,
        {"topic": "my tasting menu", "topic_owned": "yes"},
        lambda slot, n: 0,
        writer.Panel(),
        writer.Spelling(),
    )
    assert w.sentence("open") == "Thanks for meeting me on Friday."
    assert w.sentence("spec") == "Your questions on my tasting menu were fair ones."

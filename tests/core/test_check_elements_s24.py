"""The six elements on notes the checker has never seen (issue 8, kind 7; issue 10, each note
ready), session 24, by kind, each with twins the other way:

- qualifications in the shapes people write ('My NEBOSH diploma and six years on site mean …',
  'Fluent in Portuguese, I could …') and in the shapes the drafts' closes say a profile line by
  its form (a degree, a credential or a designation held, a language, what one knows, years or
  experience of some work, a target beaten);
- enthusiasm in the formal registers of business letters (Indian, Kenyan, Nigerian, Filipino,
  British: 'It would be a privilege to serve …', 'I should be honoured to join …', 'I await the
  opportunity to contribute …'), not the same registers' requests and offers;
- a generic line ('meeting you both and learning more about the school and the position') is
  no specific in any sector's words; a line that names a detail is.

And the notes `followup draft` writes, with `--each`, for rounds of several sectors and
countries and for each kind, are ready: none misses an element."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import checked
from followup.config import load_settings
from followup.core.check import Facts
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, email_round

FACTS = Facts(
    "Harrowgate Logistics",
    "Shift Supervisor",
    ("Dana Cole", "Tunde Bakare"),
    ("the new scanner rollout",),
)
OPENING = "Dear Ms. Cole,\n\nThank you for your time on Tuesday and for the tour of the site.\n\n"
# every element but qualifications (and the one under test is said in the line itself)
NO_QUALS_TAIL = (
    "\n\nI enjoyed hearing about the new scanner rollout. I remain very interested in the role"
    " and would be glad to join the team. Please let me know if I can provide anything else."
    "\n\nBest regards,\nSam Reed\n"
)
NO_ENTHUSIASM_TAIL = (
    "\n\nI enjoyed hearing about the new scanner rollout. I have run the night shift at a"
    " parcel hub for four years. I remain very interested in the position. Please let me know"
    " if I can provide anything else.\n\nYours sincerely,\nSam Reed\n"
)
NO_SPECIFICS_TAIL = (
    "\n\nI have run the night shift at a parcel hub for four years. I remain very interested in"
    " the role and would be glad to join the team. Please let me know if I can provide"
    " anything else.\n\nBest regards,\nSam Reed\n"
)


def _element(rules, model, line: str, tail: str, name: str) -> bool:
    return checked(rules, model, OPENING + line + tail, FACTS).elements[name]


# --- 1. qualifications -------------------------------------------------------------------------

# as people write them: a credential and years as the subject, a participle or 'as a …' before
# the clause, a language or a skill said before 'I'
PEOPLE_QUALIFIED = [
    "My NEBOSH diploma and six years on site mean I can take on the safety walk-rounds.",
    "Having run the night shift for four years, I know how to keep a crew moving at 3 a.m.",
    "As a registered nurse with ICU experience, I am at ease with high-acuity patients.",
    "Fluent in Portuguese, I could support your Brazilian customers from the first day.",
    "A chartered accountant by training, I have closed the books for three subsidiaries.",
    "Ten years in hospitality have taught me to stay calm when the floor is full.",
    "I am familiar with HACCP and have written allergen procedures for two kitchens.",
    "I am well versed in IFRS 16 after two years on lease accounting.",
    "I have a working knowledge of Sage 200 and Xero.",
    "I have experience working at heights and hold my IPAF card.",
    "I hit 118% of quota in 2025 selling to independent pharmacies.",
    "I exceeded my sales target by 20 per cent last year.",
    # (found by the learned layer's bank of these shapes, check_banks/project-fault-kinds-11)
    "A native Urdu speaker, I can talk with many of your clinic's patients in their own language.",
]

# the shapes of the drafts' closes (data/sentences.toml qual.fit, qual.fit.held) round a
# profile line said by its form: a designation in letters, a title held, what one knows, the
# experience named by its work, a target beaten, a credential with a figure in its name
DRAFTED_QUALIFIED = [
    "I am an ACCA, which I'd bring to this role.",
    "I am a CPA, and I'd put that to good use in this role.",
    "I am a CIMA, which I'd expect to draw on here.",
    "I am a QuickBooks ProAdvisor, something I'd bring with me to the job.",
    "I am a Mental Health First Aider, which I think would serve this role well.",
    "I am familiar with HACCP, and I'd be glad to put that to use here.",
    "I have knowledge of IFRS 16; I'd hope to draw on that from my first weeks.",
    "I have experience working at heights, experience I'd be glad to put to work in this role.",
    "I hit 118% of quota in 2025, which I'd be glad to build on with your team.",
    "I am HAZWOPER 40-hr certified, which should be useful in this role.",
    "I am IPAF 3a trained, something I'd bring with me to the job.",
]

# the same words that claim nothing: what one is by birth or place, the reader's own things
# known, an experience of the visit, a figure that is no result
NOT_QUALIFIED = [
    "I am a UK citizen and can start after one month's notice.",
    "I am an early riser, so the 6 a.m. start suits me.",
    "I am familiar with your website and read the latest annual report.",
    "I am familiar with the area, as my sister lives nearby.",
    "I have some understanding of the challenges you described.",
    "I had a lovely experience meeting the team on Tuesday.",
    "I have had a great experience visiting your showroom in the past.",
    "I hit traffic on the way, so thank you for waiting 10 minutes.",
    "As a parent, I was pleased to see the pupils' art on the walls.",
    "I am a Mancunian, so I know the area well.",
]


@pytest.mark.parametrize("line", PEOPLE_QUALIFIED + DRAFTED_QUALIFIED)
def test_a_qualification_in_its_usual_shapes_is_found(rules, model, line) -> None:
    assert _element(rules, model, line, NO_QUALS_TAIL, "qualifications") is True


@pytest.mark.parametrize("line", NOT_QUALIFIED)
def test_the_same_words_claiming_nothing_are_no_qualification(rules, model, line) -> None:
    assert _element(rules, model, line, NO_QUALS_TAIL, "qualifications") is False


# --- 2. enthusiasm in formal registers -----------------------------------------------------------

FORMAL_ENTHUSIASM = [
    "It would be a privilege to serve the bank in this capacity.",
    "I should be honoured to join your distinguished team.",
    "I should very much like to be part of your team.",
    "I shall be glad to join the school community.",
    "I would esteem it a privilege to serve in this capacity.",
    "I would be most grateful for the opportunity to serve the Ministry.",
    "I await the opportunity to contribute meaningfully to your organisation.",
    "I look forward with keen interest to joining your esteemed organisation.",
    "I remain at your disposal and hope to be of service to the company.",
    "I would count it a singular honour to work under your leadership.",
    "I should be pleased to serve the hospital in this role.",
    "I await with keen interest the chance to serve the bank.",
    # (found by the learned layer's bank of these shapes, check_banks/project-fault-kinds-11)
    "I would count myself privileged to serve your customers.",
]

# the same registers asking or offering, gladness to work with them not said
FORMAL_NOT_ENTHUSIASM = [
    "I should be grateful for an update when convenient.",
    "I shall await your response.",
    "I would be grateful if you could confirm receipt of this letter.",
    "I await your decision at your convenience.",
    "I should be happy to provide references.",
    "I was grateful for the opportunity to meet the panel.",
    "Thank you for the opportunity to join the call with your director.",
    "I would welcome the opportunity to discuss my application further.",
]


@pytest.mark.parametrize("line", FORMAL_ENTHUSIASM)
def test_enthusiasm_in_a_formal_register_is_found(rules, model, line) -> None:
    assert _element(rules, model, line, NO_ENTHUSIASM_TAIL, "enthusiasm") is True


@pytest.mark.parametrize("line", FORMAL_NOT_ENTHUSIASM)
def test_formal_requests_and_offers_are_no_enthusiasm(rules, model, line) -> None:
    assert _element(rules, model, line, NO_ENTHUSIASM_TAIL, "enthusiasm") is False


# --- 3. specifics ---------------------------------------------------------------------------------

GENERIC_LINES = [
    "I enjoyed meeting you both and learning more about the school and the position.",
    "I enjoyed getting to know the team and the way you work.",
    "It was a pleasure meeting you both and learning more about the practice and the role.",
    "I appreciated the chance to meet the panel and hear about the department's priorities.",
    "Thank you for the insight into the firm and its clients.",
    "I really enjoyed hearing about the role and what a typical shift looks like.",
    "Meeting the whole team and hearing about your plans for the year was a highlight.",
    "It was lovely to meet you all and learn about the nursery and its ethos.",
    "It was good to learn more about the council and the service.",
    "Thank you for telling me more about the agency and its work.",
]

SPECIFIC_LINES = [
    "I enjoyed meeting you both and hearing about the Year 9 residential trip.",
    "It was lovely to hear about the nursery's forest school sessions.",
    "Thank you for telling me about the Saturday farmers' market stall.",
    "The panel's question about handover on the night shift made me think.",
    "I enjoyed learning how the warehouse handles returns during peak season.",
    "Thank you for the insight into the firm's legal aid clients in Leeds.",
]


@pytest.mark.parametrize("line", GENERIC_LINES)
def test_a_generic_line_is_no_specific(rules, model, line) -> None:
    assert _element(rules, model, line, NO_SPECIFICS_TAIL, "specifics") is False


@pytest.mark.parametrize("line", SPECIFIC_LINES)
def test_a_line_naming_a_detail_is_a_specific(rules, model, line) -> None:
    assert _element(rules, model, line, NO_SPECIFICS_TAIL, "specifics") is True


# --- 4. every draft ready ------------------------------------------------------------------------

SETTINGS = load_settings(env={})


def _panel(domain: str, *names: str) -> list[Person]:
    people = [Person("Jo Martin", f"jo@{domain}", role=PersonRole.COORDINATOR)]
    for name in names:
        email = f"{name.split()[-1].lower()}@{domain}"
        people.append(Person(name, email, role=PersonRole.INTERVIEWER))
    return people


# rounds of several sectors and countries, each candidate's one qualification of a form the
# drafts' close says in its own shape
ROUNDS = [
    ("Kalinda Finance", "Accounts Payable Lead", "IN", ["Ritu Menon", "Arjun Rao"],
     ["vendor reconciliation backlog", "arjun: month-end close in 5 days"], "ACCA"),
    ("Brightwater Foods", "Kitchen Supervisor", "GB", ["Sian Hughes", "Mark Dale"],
     ["allergen labelling", "mark: new combi ovens"], "Familiar with HACCP"),
    ("Southern Cross Roofing", "Site Lead", "AU", ["Kylie Moore", "Tom Nguyen"],
     ["tom: fall arrest checks", "new estate in Penrith"], "Experience working at heights"),
    ("Pinecrest Pharma Sales", "Territory Manager", "US", ["Dana Lowe", "Luis Ortega"],
     ["luis: independent pharmacies in the valley", "CRM move to HubSpot"],
     "Hit 118% of quota in 2025"),
    ("Harbourside Books", "Bookkeeper", "GB", ["Alys Pryce", "Ben Carter"],
     ["ben: VAT returns", "moving the shop to Xero"], "QuickBooks ProAdvisor"),
    ("Lakeshore Environmental", "Field Technician", "US", ["Grace Liu", "Omar Haddad"],
     ["omar: soil sampling at the old rail yard", "PPE for site work"],
     "HAZWOPER 40-hr certified"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["email", "letter", "card"])
@pytest.mark.parametrize(("company", "role", "country", "names", "topics", "qualification"), ROUNDS)
def test_every_draft_of_a_round_is_ready(
    kind, company, role, country, names, topics, qualification
) -> None:
    domain = company.split()[0].lower() + ".example"
    i = email_round(
        company, role, _panel(domain, *names), format=Format.IN_PERSON, country=country,
        topics=topics, qualifications=[qualification],  # jotted for this application
    )  # fmt: skip
    profile = Profile("Sam Okafor", "sam@example.com")
    today = DAY + timedelta(days=1)
    plan = planning.Planner(SETTINGS, today)(i)
    written = []
    for each in (False, True):
        batch = drafting.compose_drafts(
            SETTINGS, i, profile, plan, kind=kind, each=each, today=today
        )
        written += batch.written
    assert len(written) >= 2
    for w in written:
        missing = [r for r in w.reasons if r.startswith("missing")]
        assert not missing, (missing, w.draft.body)
        assert w.verdict == "ready", (w.reasons, w.draft.body)

"""What the graders saw, the checker sees (issue 10, s15 drafts-a): every slip that turned a
note graded 3 into a 2 or a 1 is a blocking `unprofessional` finding with its fix, so no such
note is called `ready`. Shorthand read in the wrong sense ('sat' as Saturday, 'med' as medical)
or left in ('high-vol', 'for real', 'recon'), a capital copied mid-sentence, something the
candidate took part in said as news, the reader asked to thank themselves or one named person
called 'their', a greeting cut from the company's name, a claim of fit with nothing behind it,
and an apology for the timing. The right forms raise nothing. Every case is new wording, in
several industries, none from a graded set."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    company="Kestrel Valley Foods",
    role="Production Supervisor",
    people=("Oonagh Brennan", "Tavita Faleolo", "Marguerite Okonkwo", "Ravi Chaudhry"),
    topics=("the night shift changeover", "the new slicing line"),
)
NOTE = (
    "Dear Oonagh,\n\n"
    "Thank you for meeting me on Tuesday and for the conversation about the night shift "
    "changeover. I have run a 40-person packing floor for three years. {slip} "
    "I remain very interested in the role and would be glad to join the team at Kestrel "
    "Valley Foods. I would welcome the chance to discuss next steps.\n\nBest regards,\n"
    "Ciara Lynch\n"
)


def slips(rules, model, text: str, facts: Facts = FACTS) -> list[str]:
    result = checked(rules, model, text, facts)
    found = [f for f in result.issues if f.code == "unprofessional"]
    for f in found:
        assert f.message and f.suggestion, f
    return [f.excerpt for f in found]


SLIPS = [
    # 'sat' read as Saturday where it was the verb
    ("You want a lead who has Saturday on a works council before.", "Saturday"),
    ("I have actually Sunday with growers at the co-op board for two seasons.", "Sunday"),
    ("It was good to hear you need a steward who has Saturday in on grievance panels.", "Saturday"),
    # 'med' read as medical where it was medication
    ("I have run the medical pass on a 28-bed ward.", "medical"),
    ("I have trained staff on barcode medical scanning at two sites.", "medical"),
    ("I was glad to hear about the new medical trolleys for the ward.", "medical"),
    # shorthand or a casual phrase left in
    ("I spent two years at a high-vol distribution centre.", "high-vol"),
    ("I ran the low-vol specialty line through the winter.", "low-vol"),
    ("You need someone who has automated a changeover for real.", "for real"),
    ("I have owned the month-end stock recon for three sites.", "recon"),
    ("I took over a VAT recon that was three months behind.", "recon"),
    # a capital copied into the middle of a sentence
    ("I was glad to hear the plant is moving to A lean daily management system.", "A"),
    ("You mentioned the site is trialling A four-on four-off roster.", "A"),
    ("I introduced a check at Goods-in that cut rejected pallets by a third.", "Goods-in"),
    ("I moved the label check to Pack-off on the bottling line.", "Pack-off"),
    # a word typed in capitals for emphasis
    ("You mentioned the site wants ONE changeover standard by spring.", "ONE"),
    ("You need a supervisor who will NOT skip the allergen checks.", "NOT"),
    ("I was glad to hear that EVERY line is audited weekly.", "EVERY"),
    # what the candidate took part in, said as news or as a subject covered
    ("I enjoyed learning about the line walk with Tavita.", "walk"),
    ("Hearing about the plant tour made the work feel real.", "tour"),
    ("I was glad the interview covered the shadow shift.", "shadow shift"),
    ("I was glad the day covered the freezer store walk.", "walk"),
    # one named person called 'their' in a request to pass thanks on
    ("Do thank Tavita for their time, if you would.", "Tavita for their"),
    ("Please thank Dr Okonkwo for their insight on the audit.", "Dr Okonkwo for their"),
    ("Could you thank Ravi Chaudhry for their help with the paperwork?", "Ravi Chaudhry for their"),
    # a claim of fit with nothing behind it, said as a sentence of its own
    ("I know my background suits this work.", "I know my background suits this work."),
    (
        "I'm confident my experience fits the Production Supervisor role.",
        "I'm confident my experience fits the Production Supervisor role.",
    ),  # fmt: skip
    ("I believe my skills match the role well.", "I believe my skills match the role well."),
    (
        "I know my experience would help in the Production Supervisor role.",
        "I know my experience would help in the Production Supervisor role.",
    ),  # fmt: skip
    # an apology for the timing
    ("I should have written sooner.", "I should have written sooner"),
    ("I ought to have replied earlier, and thank you again.", "I ought to have replied earlier"),
    (
        "I should have been in touch sooner about the references.",
        "I should have been in touch sooner",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("slip", "excerpt"), SLIPS)
def test_each_slip_is_a_blocking_finding(rules, model, slip, excerpt):
    text = NOTE.format(slip=slip)
    assert excerpt in slips(rules, model, text)
    assert checked(rules, model, text, FACTS).verdict != "ready"


RIGHT = [
    "You want a lead who has sat on a works council before.",
    "The line runs Saturday and Sunday mornings in the peak.",
    "I have covered the Saturday night shift for two years.",
    "I have run the medication pass on a 28-bed ward.",
    "I worked alongside the medical team on the occupational health checks.",
    "I spent two years at a high-volume distribution centre.",
    "I have owned the month-end stock reconciliation for three sites.",
    "I have worked in real estate maintenance and on the real-time dashboards.",
    "I was glad to hear the plant is moving to a lean daily management system.",
    "My students earned an A in the unit, and most sat A level maths.",
    "I introduced a check at goods-in that cut rejected pallets by a third.",
    "I have run one changeover standard across all three lines.",
    "I passed the BRC audit first time at two sites.",
    "I rode on Plan A with the Walk-In Freezer Team.",
    "Thank you for the line walk with Tavita.",
    "I enjoyed learning about the changeover plan for the new slicing line.",
    "Do thank Tavita and Ravi for their time, if you would.",
    "Do thank Tavita for me, if you would.",
    "Thank you, Tavita, for your time.",
    "My packing floor background fits the role well, as I ran the same changeover.",
    "I am confident I could help with the changeover, having cut it from 50 to 20 minutes.",
    "Thank you for your time; this note comes a little later than planned.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_the_right_forms_raise_no_slip(rules, model, sentence):
    assert slips(rules, model, NOTE.format(slip=sentence)) == []


def test_the_reader_is_never_asked_to_thank_themselves(rules, model):
    facts = Facts(
        company="Harbourline Hotels",
        role="Front Office Manager",
        people=("Siobhán Geraghty", "Declan Moran", "Zoë Fairweather"),
    )
    body = (
        "Thank you for arranging my interview on Friday. {ask} I have led a property "
        "management system roll-out at a 90-room hotel. I'd welcome the chance to work at "
        "Harbourline Hotels and to discuss next steps.\n\nKind regards,\nAoife\n"
    )
    for greeting, ask, name in [
        ("Dear Siobhán,", "Do thank Declan and Siobhan for me, if you would.", "Siobhan"),
        ("Dear Zoe,", "Please pass my thanks on to Zoë and Declan.", "Zoë"),
        ("Dear Declan,", "My thanks go to Siobhán and declan as well.", "declan"),
    ]:
        text = f"{greeting}\n\n" + body.format(ask=ask)
        assert name in slips(rules, model, text, facts)
    fine = "Dear Siobhán,\n\nThank you, Siobhán, for arranging it. " + body.format(
        ask="Please pass my thanks on to Declan and Zoë."
    )
    assert slips(rules, model, fine, facts) == []


@pytest.mark.parametrize(
    ("company", "greeting"),
    [
        ("Desert Sage Home & Garden", "Dear Desert,"),
        ("Pinecrest Logistics Group", "Dear Pinecrest,"),
        ("Tidewater Community Credit Union", "Hello Tidewater,"),
    ],
)
def test_a_greeting_cut_from_the_company_name_is_a_slip(rules, model, company, greeting):
    facts = Facts(company=company, role="Branch Lead", people=("Marlon Reyes",))
    text = (
        f"{greeting}\n\nThank you for arranging my interview for the Branch Lead role on "
        f"Monday. I have led a team of twelve for four years, and I'd welcome the chance to "
        f"work at {company}. I'd be glad to discuss next steps.\n\nBest regards,\nKim\n"
    )
    found = checked(rules, model, text, facts)
    assert greeting.split()[1].rstrip(",") in [f.excerpt for f in found.issues]
    named = text.replace(greeting, "Dear Marlon,")
    assert slips(rules, model, named, facts) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to see the Grade A cleanroom and the filling line.",
        "I enjoyed learning about the walk-in clinic's triage and intake.",
        "I enjoyed learning about the group tour desk and its late changes.",
        "Hearing about the tour operators you work with was useful.",
        "I enjoyed learning about the Type A inspections and the Class A zones.",
    ],
)
def test_names_and_modifiers_are_no_slip(rules, model, sentence):
    assert slips(rules, model, NOTE.format(slip=sentence)) == []

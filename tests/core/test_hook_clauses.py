"""The hook as a whole thought: a jotted note read as a clause (who, the verb, what it acts on
with its numbers, goals and dates) and said to the reader in a frame that takes a clause
("your point that the depot wants to go fully electric by 2030"), or refused when it does not
read as one. Jots in new wording, across trades and countries (none from a dev set)."""

from __future__ import annotations

import pytest

from followup.core import clauses, compose

PEOPLE = {
    "priya": "Priya Raman",
    "tomás": "Tomás Ferreira",
    "mo": "Mo Haddad",
    "kofi": "Kofi Mensah",
    "harriet": "Harriet Vane",
    "lina": "Lina Sørensen",
    "ana": "Ana Costa",
    "yuna": "Yuna Park",
    "ravi": "Ravi Menon",
    "joe": "Joe Kowalski",
    "dee": "Dee Okafor",
    "sven": "Sven Olsen",
    "wanjiku": "Wanjiku Kamau",
    "bea": "Bea Lindqvist",
}


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def read(jot: str, language: compose.Language) -> clauses.Clause | None:
    return clauses.read(jot, language.clauses, language.lexicon, PEOPLE)


# (jot, who reads the note, the clause as said to them, its kind)
SAID = [
    # the reader's own goal, with its numbers
    ("priya wants the onboarding time ↓ from 6 wks to 3", "Priya Raman",
     "you want the onboarding time down from six weeks to three", "goal"),
    ("tomás: needs a foreman who can read structural drawings", "Tomás Ferreira",
     "you need a foreman who can read structural drawings", "goal"),
    ("mo: plans to launch a night service in oct", "Mo Haddad",
     "you plan to launch a night service in October", "goal"),
    ("kofi needs a deputy who can run the night shift", "Kofi Mensah",
     "you need a deputy who can run the night shift", "goal"),
    ("joe wants every new hire trained on the forklift in their first wk", "Joe Kowalski",
     "you want every new hire trained on the forklift in their first week", "goal"),
    ("sven (ops mgr) wants to cut truck idle time by 20%", "Sven Olsen",
     "you want to cut truck idle time by 20%", "goal"),
    ("dee - hopes to open a second clinic by 2028", "Dee Okafor",
     "you hope to open a second clinic by 2028", "goal"),
    ("bea: aims to get the pass rate from 61% to 70%", "Bea Lindqvist",
     "you aim to get the pass rate from 61% to 70%", "goal"),
    # the reader's plan or a change under way
    ("lina → launching a loyalty app in Q3", "Lina Sørensen",
     "you are launching a loyalty app in Q3", "plan"),
    ("harriet: hiring 3 new planners by summer", "Harriet Vane",
     "you are hiring three new planners by summer", "plan"),
    ("ravi - moving the firm to a hybrid model in sept", "Ravi Menon",
     "you are moving the firm to a hybrid model in September", "plan"),
    ("wanjiku is rolling out mobile data collection to 4 counties", "Wanjiku Kamau",
     "you are rolling out mobile data collection to four counties", "plan"),
    # something of the team's or the place's, said with its own subject
    ("the clinic is moving to electronic referrals in march", "Priya Raman",
     "the clinic is moving to electronic referrals in March", "plan"),
    ("council plans to cut the parks budget by 10%", "Mo Haddad",
     "the council plans to cut the parks budget by 10%", "goal"),
    ("depot wants to go fully electric by 2030", "Sven Olsen",
     "the depot wants to go fully electric by 2030", "goal"),
    ("we're switching the labs to a new LIMS next yr", "Yuna Park",
     "the team is switching the labs to a new LIMS next year", "plan"),
    ("they're opening a second depot next spring", "Joe Kowalski",
     "the team is opening a second depot next spring", "plan"),
    ("piloting a four-day week from jan", "Dee Okafor",
     "the team is piloting a four-day week from January", "plan"),
    ("fleet growing from 40 to 55 trucks this yr", "Sven Olsen",
     "the fleet is growing from 40 to 55 trucks this year", "plan"),
    ("ravi → the firm is moving to a hybrid model in sept", "Ravi Menon",
     "the firm is moving to a hybrid model in September", "plan"),
    ("the school aims to get maths passes from 61% to 70%", "Bea Lindqvist",
     "the school aims to get maths passes from 61% to 70%", "goal"),
    # problems: 'short', 'down', 'up', 'behind' and '→' said as verbs
    ("ward short 4 RNs on nights", "Priya Raman",
     "the ward is short four RNs on nights", "problem"),
    ("the depot is down 3 drivers since the spring", "Sven Olsen",
     "the depot is down three drivers since the spring", "problem"),
    ("pharmacy down 2 FTEs till march", "Priya Raman",
     "the pharmacy is down two FTEs till March", "problem"),
    ("line crew short 6 techs for the winter season", "Joe Kowalski",
     "the line crew is short six technicians for the winter season", "problem"),
    ("reading scores dipped after the new tests", "Bea Lindqvist",
     "reading scores dipped after the new tests", "problem"),
    ("ana: retention down from 92% to 85% this yr", "Ana Costa",
     "retention fell from 92% to 85% this year", "problem"),
    ("wait times up 20% since the flu surge", "Priya Raman",
     "wait times have risen 20% since the flu surge", "problem"),
    ("sales fell 12% last qtr", "Harriet Vane",
     "sales fell 12% last quarter", "problem"),
    ("client complaints rising, mostly abt billing", "Harriet Vane",
     "client complaints are rising", "problem"),
    ("the plant is behind on its safety audits", "Kofi Mensah",
     "the plant is behind on its safety audits", "problem"),
    ("kitchen struggles w/ late supplier deliveries", "Mo Haddad",
     "the kitchen struggles with late supplier deliveries", "problem"),
    ("the co-op is losing members to the big chains", "Dee Okafor",
     "the co-op is losing members to the big chains", "problem"),
    ("yuna: audit scores dropped after the system change", "Yuna Park",
     "audit scores dropped after the system change", "problem"),
    ("project 3 wks behind bc of the rain", "Tomás Ferreira",
     "the project is three weeks behind because of the rain", "problem"),
    ("nurses leaving for agency work", "Priya Raman",
     "nurses are leaving for agency work", "problem"),
    ("yield 12.4 → 10.9 t/ha after the drought", "Wanjiku Kamau",
     None, None),
    ("margin ↓ 3 points since the price war", "Harriet Vane",
     "the margin has fallen three points since the price war", "problem"),
    ("pick errors ↓ 40% since voice picking went live", "Sven Olsen",
     "pick errors have fallen 40% since voice picking went live", "fact"),
    ("member numbers ↑ 15% this yr", "Dee Okafor",
     "member numbers rose 15% this year", "fact"),
    ("exam scores fell last term", "Bea Lindqvist",
     "exam scores fell last term", "problem"),
    ("harriet: tickets backing up on busy nights", "Harriet Vane",
     "tickets are backing up on busy nights", "problem"),
    ("shipments slipping b/c of the port strike", "Sven Olsen",
     "shipments are slipping because of the port strike", "problem"),
    ("joe: test rigs failing on the night shift", "Joe Kowalski",
     "test rigs are failing on the night shift", "problem"),
    ("barcode scans still failing on some pallets", "Joe Kowalski",
     "barcode scans are still failing on some pallets", "problem"),
    ("intake forms now moving to tablets", "Dee Okafor",
     "intake forms are now moving to tablets", "plan"),
    ("deliveries slipping bc the new supplier ships late → kofi would run the vendor calls",
     "Kofi Mensah", "deliveries are slipping because the new supplier ships late", "problem"),
    # how someone stands to something
    ("ana: interested in redesigning the intake process", "Ana Costa",
     "you are interested in redesigning the intake process", "goal"),
    ("yuna - worried about the evidence for the spring audit", "Yuna Park",
     "you are worried about the evidence for the spring audit", "problem"),
    ("the board is keen to cut energy costs", "Ravi Menon",
     "the board is keen to cut energy costs", "goal"),
    ("retiring in june after 30 yrs, mo wants a 4-wk handover", "Mo Haddad",
     "you want a four-week handover", "goal"),
    ("shoppers complaining abt long queues at the tills", "Harriet Vane",
     "shoppers are complaining about long queues at the tills", "problem"),
    # a later part of the jot, after its context
    ("busy spring, 3 sites open, mo wants a planner who can juggle all the crews", "Mo Haddad",
     "you want a planner who can juggle all the crews", "goal"),
    ("dee: intake doubled since covid, wants a triage nurse who can run the phones", "Dee Okafor",
     "you want a triage nurse who can run the phones", "goal"),
    ("school fees frozen; want to add a second language stream", "Bea Lindqvist",
     "the team wants to add a second language stream", "goal"),
    ("kofi: wants an engineer who 'owns the snag list'", "Kofi Mensah",
     "you want an engineer who owns the snag list", "goal"),
    ("sven needs a partnership not a blame game", "Sven Olsen",
     "you need a partnership, not a blame game", "goal"),
    ("the new depot building opens june 2028", "Sven Olsen",
     "the new depot building opens in June 2028", "plan"),
    ("new scanners arriving aug", "Joe Kowalski", "new scanners are arriving in August", "plan"),
    ("marketing moving to the new CRM in early 2027", "Lina Sørensen",
     "marketing is moving to the new CRM in early 2027", "plan"),
    # a measure and the target for it, or where it went
    ("dee: caseloads ~20, aiming for 12", "Dee Okafor",
     "you want to bring caseloads down from about 20 to 12", "goal"),
    ("harriet: stock loss 2.8%, wants <2", "Harriet Vane",
     "you want to bring the stock loss down from 2.8% to under 2%", "goal"),
    ("kofi: on-time delivery 81% this qtr, target 95", "Kofi Mensah",
     "you want to bring the on-time delivery up from 81% to 95%", "goal"),
    ("bea: pass rate sitting ~64%, she wants 75% by 2028", "Bea Lindqvist",
     "you want to bring the pass rate up from about 64% to 75% by 2028", "goal"),
    ("wait time 40 mins now → mo wants 20", "Mo Haddad",
     "you want to bring wait time down from 40 minutes to 20", "goal"),
    ("sven: incidents 9 a month, wants <3 by spring", "Sven Olsen",
     "you want to bring incidents down from nine to under three a month by spring", "goal"),
    ("NPS 41 → 28 after the price rise", "Harriet Vane",
     "NPS went from 41 to 28 after the price rise", "problem"),
    ("ravi: headcount 60 → 85 by next summer", "Ravi Menon",
     "headcount is going from 60 to 85 by next summer", "plan"),
    ("complaints 12 → 30 a month since the move", "Ana Costa",
     "complaints went from 12 to 30 a month since the move", "problem"),
    # what the jot calls their problem
    ("their big headache = night-shift cover", "Priya Raman",
     "night-shift cover is a headache", "problem"),
    ("lina: problem = staff turnover, losing baristas to the chains", "Lina Sørensen",
     "staff turnover is a problem", "problem"),
    ("problem = crew fatigue on the late sailings", "Priya Raman",
     "crew fatigue on the late sailings is a problem", "problem"),
    ("joe's bottleneck: welding inspection", "Joe Kowalski",
     "the welding inspection is the bottleneck", "problem"),
    ("their worry: deliveries slipping before xmas", "Sven Olsen",
     "deliveries are slipping before Christmas", "problem"),
    # what they have just done
    ("wanjiku's just launched a peer-support scheme", "Wanjiku Kamau",
     "you have just launched a peer-support scheme", "plan"),
    ("they've recently opened a second kitchen", "Mo Haddad",
     "the team has recently opened a second kitchen", "plan"),
    ("dee has just started a volunteer befriending scheme", "Dee Okafor",
     "you have just started a volunteer befriending scheme", "plan"),
    # the owner's own point before the rest of the jot
    ("mo: tickets backing up on fri nights, wants a sous who talks to the floor", "Mo Haddad",
     "you want a sous who talks to the floor", "goal"),
    ("need someone to run the press shifts", "Sven Olsen",
     "the team needs someone to run the press shifts", "goal"),
    ("they're opening a 2nd clinic by june", "Dee Okafor",
     "the team is opening a second clinic by June", "plan"),
    ("the new buyer wants 45 day lead times", "Joe Kowalski",
     "the new buyer wants 45-day lead times", "goal"),
    # how something stands, said of what the jot names
    ("dee: team of 7 stretched", "Dee Okafor", "the team of seven is stretched", "problem"),
    ("mo - POS and stock system still siloed", "Mo Haddad",
     "POS and stock system are still siloed", "problem"),
    ("staff scared for their hours", "Harriet Vane",
     "staff are scared for their hours", "problem"),
    ("booking data patchy across the two sites", "Ana Costa",
     "booking data is patchy across the two sites", "problem"),
    # someone else's point keeps their name
    ("priya wants the onboarding time ↓ from 6 wks to 3", "Kofi Mensah",
     "Priya wants the onboarding time down from six weeks to three", "goal"),
    ("kofi needs a deputy who can run the night shift", "Priya Raman",
     "Kofi needs a deputy who can run the night shift", "goal"),
    ("harriet: hiring 3 new planners by summer", "Ana Costa",
     "Harriet is hiring three new planners by summer", "plan"),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "reader", "said", "kind"), SAID)
def test_a_jot_is_said_as_a_clause(jot, reader, said, kind, language) -> None:
    clause = read(jot, language)
    if said is None:
        assert clause is None, clause
        return
    assert clause is not None, jot
    assert clause.said(reader) == said
    assert clause.kind == kind


# (jot, the gerund said to its owner: 'what you said about …')
GERUND = [
    ("priya wants the onboarding time ↓ from 6 wks to 3",
     "getting the onboarding time down from six weeks to three"),
    ("sven (ops mgr) wants to cut truck idle time by 20%", "cutting truck idle time by 20%"),
    ("ravi - moving the firm to a hybrid model in sept",
     "moving the firm to a hybrid model in September"),
    ("harriet: hiring 3 new planners by summer", "hiring three new planners by summer"),
    ("kofi needs a deputy who can run the night shift", None),
    ("the clinic is moving to electronic referrals in march", None),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "gerund"), GERUND)
def test_what_you_said_about(jot, gerund, language) -> None:
    clause = read(jot, language)
    assert clause is not None
    assert clause.gerund() == gerund


# Jots that are no clause a note can say whole: a capacity figure, a meal, a CV fact, a tour,
# praise, the candidate's own work, a clipped or unknown word, a question mark, feedback.
REFUSED = [
    "48k sq ft, 3 docks, 2 shifts",
    "staff lunch at 12:30 every day, non-negotiable",
    "andre was a chef in lyon before joining",
    "walked the site w/ ben",
    "great chat, v friendly",
    "my pres: 30/60/90 plan for the first quarter",
    "salary band 45-50k",
    "priya wants",
    "needs ppl who",
    "lab staffing short",
    "q3 launch tbd",
    "wants the xyzzy thingy asap lol",
    "their ERP → SAP?",
    "interested in redesigning the intake process",
    "he said my close was too soft",
    "I asked about remote work",
    "told the story of the 2019 flood",
    "shown the new lathe",
    "the new hybrid",
    "kofi wants to",
    "mo: wants it done by",
    "bed occupancy at 98% all winter",
    "dee's old boss started the firm in 1990",
    "tomás needs someone who knows both",
    # a noun that looks like a verb, a verb that is no clause's
    "new permit means upgrade by 2027",
    "harriet: app redesign, 3 taps deep",
    "spring range launches 6 june",
    "kofi mentioned a big supplier audits in june",
    "bea wants someone who'll have that conversation",
    "NB priya is leaving in summer",
    "joe wants forklift licence renewal",
    "opens early 2028",
    "launches in may",
    "mo: wants 70",
    "ravi struggles with the new rota",
    "yuna is losing sleep over the audit",
    "wants CIDB 8GB + R500m turnover",
    "needs more unrestricted $ for ops",
    "kofi drove trucks up north 10 yrs",
    "want 12 by easter w/ 2 new posts",
    "they need someone to run front desk side",
    "wants one planner owning the rollout across all three",
    "interested in",
    "stretched",
    "kofi stretched",
    "priya's plan for a year 9 STEM elective",
    "mo's robotics club needs a co-advisor",
    "joe's team plans a new rota",
    "wants IV to oral switch audit",
    "needs PPE refresher training",
    "yield 12.4 → 10.9 t/ha after the drought",
    "2 liability matters → trial sept",
    "OR use 64% of block time, on-time starts 58%, he wants 80%+",
    "board wants CAC -20% by Q3",
    "cases 9 → 14",
    "the ship date slips to october",
    "ROAS 4.1 → 2.7 after iOS changes + consent banner",
    "kofi: looking for preference card cleanup",
]


@pytest.mark.parametrize("jot", REFUSED)
def test_no_clause_is_made_up(jot, language) -> None:
    assert read(jot, language) is None

"""The checker's tone codes on notes it has never seen (session 25, issue 8 kinds 2-4 and 8), in
the shapes people send: a thank-you email, a formal letter, a card and a check-in after
silence, from several countries and sectors, each fault beside a READY twin sharing its words:

1. negativity without stock words: a complaint about a current or past employer, manager,
   colleagues or workplace said in plain, neutral vocabulary;
2. no false alarm inside a long, warm note: the employer's challenges restated with sympathy,
   warmth about nerves; and a complaint is negativity, not desperation;
3. desperation and pushiness said politely, while another offer's deadline mentioned politely
   stays advice, and a pushy line that also states the next steps still counts as next_steps;
4. a qualification slotted in with broken agreement or case ("my strength are White Card") is
   note-style writing: blocking, with the fix as its suggestion."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

DEPOT = Facts(
    "Ridgeway Freight",
    "Transport Planner",
    ("Marisol Quintero", "Devon Achterberg"),
    ("the route optimisation pilot",),
)
WARD = Facts(
    "Fernhill Community Hospital",
    "Band 6 Staff Nurse",
    ("Bronwen Attah",),
    ("the discharge lounge",),
)
CAFE = Facts("Saltbush Kitchen", "Sous Chef", ("Tama Rewiti",), ("the new spring menu",))
DESK = Facts(
    "Kavalam Tech Services",
    "Service Desk Analyst",
    ("Priyanka Menon",),
    ("the ticket triage rota",),
)


def email(sentence: str) -> str:
    """A US thank-you email with `sentence` in its second paragraph."""
    return (
        "Subject: Thank you - Transport Planner interview\n\nDear Ms. Quintero,\n\nThank you for"
        " taking the time to meet with me on Wednesday and for walking me through the route"
        " optimisation pilot. It was great to hear how Devon's team plans the overnight trunking"
        f" runs.\n\n{sentence}\n\nWith four years of experience planning multi-drop routes in"
        " Paragon, I am confident I could contribute from the first week. I remain very"
        " interested in the Transport Planner role and would be excited to join Ridgeway"
        " Freight. Please let me know if there is anything else I can provide as you move"
        " forward.\n\nBest regards,\nJordan Ellery\n"
    )


def letter(sentence: str) -> str:
    """A UK formal letter with an address block and `sentence` in its second paragraph."""
    return (
        "Aisling Moran\n22 Larch Close\nChester CH2 4PL\n\n2 December 2026\n\nMs Bronwen Attah\n"
        "Fernhill Community Hospital\nChester CH1 3RF\n\nDear Ms Attah,\n\nThank you for the"
        " opportunity to interview for the Band 6 Staff Nurse post on Monday, and for showing me"
        f" the discharge lounge afterwards.\n\n{sentence}\n\nI have seven years of acute medical"
        " nursing behind me, including two as a shift coordinator, and I remain keen on the"
        " post. I would be delighted to join the team at Fernhill Community Hospital. I would"
        " welcome the chance to discuss the next steps whenever convenient.\n\nYours"
        " sincerely,\n\nAisling Moran\n"
    )


def card(sentence: str) -> str:
    """An Australian handwritten card's text with `sentence` in it."""
    return (
        "Dear Tama,\n\nThanks so much for the trial shift on Saturday and for talking me through"
        f" the new spring menu. {sentence} I'm still really keen on the Sous Chef role.\n\n"
        "Cheers,\nMia Lindqvist\n"
    )


def check_in(sentence: str) -> str:
    """An Indian check-in after a silence, with `sentence` in it."""
    return (
        "Subject: Following up - Service Desk Analyst\n\nDear Ms. Menon,\n\nI hope you are"
        " well. Thank you again for the interview on 18 November and for explaining the ticket"
        f" triage rota. {sentence} I remain very interested in the Service Desk Analyst role and"
        " wanted to ask whether there is any update on the timeline for a decision.\n\nWarm"
        " regards,\nRahul Iyer\n"
    )


SHAPES = {
    "email": (email, DEPOT, "email"),
    "letter": (letter, WARD, "letter"),
    "card": (card, CAFE, "card"),
    "check-in": (check_in, DESK, "check-in"),
}


def result(rules, model, shape: str, sentence: str):
    build, facts, kind = SHAPES[shape]
    return checked(rules, model, build(sentence), facts, kind)


def codes(rules, model, shape: str, sentence: str) -> set[str]:
    return {f.code for f in result(rules, model, shape, sentence).issues}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_host_note_is_ready_by_itself(rules, model, shape) -> None:
    found = result(rules, model, shape, "")
    assert found.verdict == "ready", (found.issues, found.elements)


# 1. negativity without stock words -------------------------------------------------------------

PLAIN_COMPLAINTS = [
    "At my current depot, decisions get made by whoever is loudest in the room.",
    "After two years I have stopped bothering to suggest anything to my manager.",
    "Nobody at my present company reads the reports we write, so it would be good to do work"
    " that gets used.",
    "I have raised the rota problem at every appraisal and nothing ever changes.",
    "It would be nice to work somewhere people actually answer emails.",
    "My supervisor takes the credit for whatever the night team gets right.",
    "On my current ward the managers only come out of the office when something goes wrong.",
    "Where I am now, training is something we hear about but never get.",
    "My last employer promised a pay review every year and somehow it never happened.",
    "The partners at my firm say they value juniors, but we find out about changes from the"
    " clients.",
    "In my current kitchen the head chef changes the menu on a whim and leaves us to clean up"
    " the mess.",
    "At my present school the leadership team has not set foot in a classroom in years.",
    "Half my colleagues leave at four and the rest of us pick up what they leave behind.",
    "My team lead never reads the tickets before assigning them, so we do everything twice.",
    "I would like to work for a company where the rules apply to the managers as well.",
    "My current employer treats every question from staff as a complaint.",
    "At the call centre where I work now, targets change every week and nobody explains why.",
    "Frankly, the people who run my current branch would not know a good idea if it hit them.",
    pytest.param(
        "I am used to bosses who make promises in meetings and forget them by lunchtime.",
        marks=pytest.mark.xfail(
            reason="the complaint is only in 'forget them by lunchtime' after words a qualification"
            " opens on ('I am used to'): the learned layer reads it at about 0.3",
            strict=True,
        ),
    ),
    "My previous practice manager would cancel our leave with a day's notice and call it"
    " flexibility.",
    "It would be a change to work for people who do what they say they will.",
    "Where I work now the only way to get a day off approved is to ask three times.",
    "I have spent two years covering for a manager who does not turn up to his own meetings.",
    "The warehouse I work in now runs on shouting rather than planning.",
    pytest.param(
        "Since nobody at my current job ever replies to tickets, I really value how quickly your"
        " team responds.",
        marks=pytest.mark.xfail(
            reason="a dig folded into praise of the reader: read at about 0.61 against 0.65",
            strict=False,
        ),
    ),
    "Honestly I'd love to be somewhere the rota isn't a surprise every week.",
    pytest.param(
        "Our ward sister decides the off-duty on a Sunday night and we find out on Monday morning.",
        marks=pytest.mark.xfail(
            reason="no word of it judges: the complaint is only in the timing (the learned layer"
            " reads it at 0.0)",
            strict=True,
        ),
    ),
    pytest.param(
        "It would be good to work for an organisation where you find out about changes before the"
        " clients do.",
        marks=pytest.mark.xfail(
            reason="read at about 0.55 against the threshold of 0.65", strict=False
        ),
    ),
    pytest.param(
        "In my current role, the only time I hear from senior leaders is when they want something"
        " done by yesterday.",
        marks=pytest.mark.xfail(
            reason="read at about 0.54 against the threshold of 0.65", strict=False
        ),
    ),
]

NEGATIVITY_TWINS = [
    "At my current depot, I helped set up a weekly planning huddle so every shift is heard.",
    "After two years I have started leading the suggestions meeting for my manager.",
    "At my present company I write the weekly reports, and I enjoy seeing them used.",
    "I raised the rota question at my appraisal and helped design the new pattern.",
    "I would love to work somewhere as responsive as your team has been by email.",
    "My supervisor gives the night team real credit for what goes right.",
    "On my current ward the managers are on the floor with us during the busy hours.",
    "Where I am now, I have completed the training on the new patient record system.",
    "My last employer ran a pay review every year, which taught me to track my own results.",
    "In my current kitchen the head chef changes the menu each season, and I help cost the"
    " new dishes.",
    "At my present school I have learned a great deal from the leadership team.",
    "I have been grateful for the colleagues who have mentored me over the past two years.",
    "My team lead taught me how to read a ticket properly before assigning it.",
    "At the call centre where I work now, targets are reviewed every week and explained well.",
    "I enjoy working for managers who follow through on what they agree in meetings.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", PLAIN_COMPLAINTS)
def test_a_plain_complaint_about_a_workplace_is_negativity(rules, model, shape, sentence) -> None:
    assert "negativity" in codes(rules, model, shape, sentence)


@pytest.mark.parametrize("sentence", PLAIN_COMPLAINTS[:8])
def test_a_plain_complaint_on_a_card_is_negativity(rules, model, sentence) -> None:
    assert "negativity" in codes(rules, model, "card", sentence)


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", NEGATIVITY_TWINS)
def test_the_kind_twins_are_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert found.verdict == "ready", found.issues


# 2. no false alarm in a long, warm note --------------------------------------------------------

SYMPATHY_AND_NERVES = [
    "I know your planners handle difficult calls from drivers that nobody outside the team"
    " notices, and I admire how calm Devon's desk stayed while we talked.",
    "I know the backlog has been hard on the ward this winter, and it was clear how much the"
    " team cares about getting patients home safely.",
    "It sounds as if the last few months have asked a lot of everyone, with two planners leaving"
    " and the depot move on top, and I would be glad to help carry some of that load.",
    "You were honest that the overnight shift has been short-handed since the summer, and I"
    " appreciated the candour.",
    "I understand the pilot has had its share of false starts, which is exactly the kind of"
    " problem I like working through.",
    "I was more nervous than I expected at the start, and your kindness put me at ease.",
    "I will admit my hands were shaking during the case exercise, but I enjoyed every minute"
    " of the conversation that followed.",
    "I know how stretched the team has been, so I am grateful you made time to see me at all.",
    "It is clear that the staffing gaps have not been easy, and I admired how positively the"
    " nurses I met spoke about one another.",
    "Hearing how the team kept the service running through the system outage, with nobody"
    " outside noticing, made me want to be part of it.",
    "Your nurses clearly go above and beyond on difficult shifts that nobody outside the ward"
    " ever sees.",
    "So much of what your dispatchers do goes unnoticed by the public, and I would be proud to"
    " be one of them.",
]


@pytest.mark.parametrize("shape", ["email", "letter"])
@pytest.mark.parametrize("sentence", SYMPATHY_AND_NERVES)
def test_sympathy_and_nerves_in_a_warm_note_are_no_issue(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert not {f.code for f in found.issues} & {"negativity", "desperation"}, found.issues
    assert found.verdict == "ready", found.issues


COMPLAINTS_NOT_PLEAS = [
    "Where I am now, nothing happens when I raise a safety concern.",
    "At my current job, nothing happens when I raise it, however often I do.",
    "I have asked my manager for feedback for a year and heard nothing back.",
    "My ideas go into a suggestion box that nobody at my current firm ever opens.",
]


@pytest.mark.parametrize("sentence", COMPLAINTS_NOT_PLEAS)
def test_a_complaint_is_negativity_not_desperation(rules, model, sentence) -> None:
    found = codes(rules, model, "email", sentence)
    assert "negativity" in found
    assert "desperation" not in found


# 3. desperation and pushiness said politely --------------------------------------------------

POLITE_DESPERATION = [
    "I would be so grateful for any news, as this role would make a real difference to my"
    " family right now.",
    "I have put my other applications on hold while I wait to hear from you.",
    "I have checked my phone every hour since the interview in case you called.",
    "Getting this position would honestly mean everything to me at the moment.",
    "I have told my landlord I expect to start in January, so a quick answer would help me"
    " enormously.",
    "I would accept any salary or shift pattern you offer, if it means I get the job.",
    "Please consider me for anything at all, even a temporary post, as I am keen to get back"
    " into work quickly.",
    pytest.param(
        "I keep rereading your email from last week for any hint of how I did.",
        marks=pytest.mark.xfail(
            reason="read at about 0.59 against the threshold of 0.6 (rereading is also what a"
            " writer does with their notes, a READY twin)",
            strict=False,
        ),
    ),
    "I cannot stop thinking about the interview and whether I said the right things.",
    "I have been going over every answer I gave, wondering which one cost me the job.",
]

POLITE_PUSHINESS = [
    "I would appreciate confirmation of your decision by close of business on Thursday.",
    "Could you kindly let me know the exact date on which the offer will be made?",
    "I trust you will be in a position to confirm my appointment by the end of the week.",
    "I shall expect to hear the outcome no later than Monday.",
    "Please advise me of your decision within the next three working days.",
    "I would ask that you give me a firm answer before the weekend.",
    "I am happy to discuss next steps at your convenience as long as I have your decision by"
    " Friday.",
    "I can keep Thursday free for you, provided I receive a firm answer by Wednesday.",
]


@pytest.mark.parametrize("shape", ["email", "letter"])
@pytest.mark.parametrize("sentence", POLITE_DESPERATION)
def test_desperation_said_politely(rules, model, shape, sentence) -> None:
    assert "desperation" in codes(rules, model, shape, sentence)


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", POLITE_PUSHINESS)
def test_pushiness_said_politely(rules, model, shape, sentence) -> None:
    assert "pushy" in codes(rules, model, shape, sentence)


POLITE_AND_READY = [
    "I would be grateful for any news when you have it, and I look forward to hearing from you.",
    "I have kept my diary free next week in case a second conversation would be useful.",
    "Please let me know if I can provide anything else, such as references or work samples.",
    "I would welcome the chance to discuss the next steps whenever it suits you.",
    "If it would help your planning, I am available to start from the beginning of January.",
    "If it is helpful, I can confirm my availability for a second interview by Monday.",
    "I will gladly send my references by Friday if you would like them.",
    "I keep thinking about your question on route density, and I have sketched an answer.",
    "I have reread my notes from our conversation and found two more ideas for the pilot.",
    "I cannot stop thinking about the overnight trunking puzzle you described.",
]


@pytest.mark.parametrize("shape", ["email", "letter"])
@pytest.mark.parametrize("sentence", POLITE_AND_READY)
def test_a_polite_line_is_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert found.verdict == "ready", found.issues


OTHER_OFFER_POLITELY = [
    "I have received another offer that needs an answer by 9 December; if you expect to decide"
    " before then I would love to know, and if not, I completely understand.",
    "In the interest of transparency, another employer has asked for my answer by Friday. If a"
    " decision is possible before then, I would be grateful to hear; if not, I completely"
    " understand.",
    "I have been offered a post elsewhere and need to respond by 15 December; you are my first"
    " choice, so any update before then would be welcome, but if not, I completely understand.",
    "I should mention that I hold a written offer from another firm with a deadline of Monday."
    " If you are able to share your timing before then I would be grateful; if not, I completely"
    " understand.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been offered a post elsewhere and need your answer by Monday, or I will accept it.",
        "I hold a written offer from another firm, so I expect your decision by Friday.",
    ],
)
def test_another_offer_used_as_leverage_stays_pushy(rules, model, sentence) -> None:
    assert "pushy" in codes(rules, model, "email", sentence)


@pytest.mark.parametrize("shape", ["email", "check-in"])
@pytest.mark.parametrize("sentence", OTHER_OFFER_POLITELY)
def test_another_offer_mentioned_politely_is_advice(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert not {f.code for f in found.issues} & {"pushy", "desperation"}, found.issues
    assert "offer_deadline" in {f.code for f in found.advice}


PUSHY_WITH_NEXT_STEPS = [
    "I look forward to discussing the next steps and I need your answer by Monday.",
    "I would be happy to come in for a second interview but I must have a final answer by"
    " Thursday.",
    "I welcome a further conversation and expect your decision by the end of the week.",
]
# the next steps as the thing demanded are no offer of them
DEMANDED_NEXT_STEPS = [
    "Please confirm by tomorrow whether I am moving on to the next round.",
    "I expect to hear about the next steps from you by Friday at the latest.",
]


def next_steps_note(sentence: str) -> str:
    return (
        "Dear Ms. Quintero,\n\nThank you for taking the time to meet with me on Wednesday and for"
        " walking me through the route optimisation pilot. With four years of experience"
        " planning multi-drop routes in Paragon, I am confident I could contribute from the"
        " first week. I remain very interested in the Transport Planner role and would be"
        f" excited to join Ridgeway Freight. {sentence}\n\nBest regards,\nJordan Ellery\n"
    )


@pytest.mark.parametrize("sentence", PUSHY_WITH_NEXT_STEPS)
def test_a_pushy_line_still_states_the_next_steps(rules, model, sentence) -> None:
    found = checked(rules, model, next_steps_note(sentence), DEPOT, "email")
    assert "pushy" in {f.code for f in found.issues}
    assert found.elements["next_steps"], found.elements


@pytest.mark.parametrize("sentence", DEMANDED_NEXT_STEPS)
def test_next_steps_only_demanded_are_not_offered(rules, model, sentence) -> None:
    found = checked(rules, model, next_steps_note(sentence), DEPOT, "email")
    assert "pushy" in {f.code for f in found.issues}
    assert not found.elements["next_steps"], found.elements


# 4. a qualification slotted in with broken agreement or case ----------------------------------

SLOTTED = [
    "My strength are White Card and five years on commercial sites.",
    "I am Forklift licence holder with a clean record.",
    "I bring Fluent Spanish to a team that serves many Spanish-speaking drivers.",
    "My experience are three years of dispatch planning at a parcel hub.",
    "My skill are Excel and route planning software.",
    "My qualification are NVQ Level 3 in Logistics Operations.",
    "I am HGV Class 1 licence and ADR certificate.",
    "My strengths is planning under pressure and calm communication.",
    "I am Chartered Member of the Institute of Logistics and Transport.",
    "I am First Aid certificate holder since 2021.",
    "My skills includes route planning and customer service.",
    "My experience include five years of night planning at a parcel hub.",
    "I has five years of experience in transport planning.",
    "I am hold a valid HGV Class 1 licence.",
    "My strength is Fluent Tagalog and English.",
]

SLOTTED_TWINS = [
    "My strengths are my White Card and five years on commercial sites.",
    "I hold a forklift licence and have a clean record.",
    "I bring fluent Spanish to a team that serves many Spanish-speaking drivers.",
    "My experience is three years of dispatch planning at a parcel hub.",
    "My skills are Excel and route planning software.",
    "My qualification is an NVQ Level 3 in Logistics Operations.",
    "I hold an HGV Class 1 licence and an ADR certificate.",
    "My strength is planning under pressure and calm communication.",
    "I am a Chartered Member of the Institute of Logistics and Transport.",
    "I have held a first aid certificate since 2021.",
    "My skills include route planning and customer service.",
    "My experience includes five years of night planning at a parcel hub.",
    "I have five years of experience in transport planning.",
    "I hold a valid HGV Class 1 licence.",
    "My strength is fluent Tagalog and English.",
    "Among the things I learned in my training are patience and planning.",
    "What sets me apart from others with my skills is a calm head on a busy night.",
]


@pytest.mark.parametrize("shape", ["email", "letter"])
@pytest.mark.parametrize("sentence", SLOTTED)
def test_a_slotted_qualification_is_blocking_with_a_fix(rules, model, shape, sentence) -> None:
    found = [f for f in result(rules, model, shape, sentence).issues if f.code == "unprofessional"]
    assert found
    assert all(f.suggestion and f.message for f in found)


@pytest.mark.parametrize("shape", ["email", "letter"])
@pytest.mark.parametrize("sentence", SLOTTED_TWINS)
def test_the_qualification_written_correctly_is_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert found.verdict == "ready", found.issues

"""The forms the jot itself gives for a person win over the tool's guesses (session 44, from
the graded v37 and v37b: "'Dear Er. Senthil Kumar' - no Mr" greeted "Dear Senthil Kumar,",
"'Dear Kobus'" greeted "Dear VD,", "'Dear Chairman' (chairman@)" greeted "Dear Mr Wahome,",
'outlook strips the macron -> it's Rāwiri' greeted "Dear Rawiri,", a coordinator typed as
"nobody really - the post in a dairy jobs group …" greeted "Dear Post,", and "Syafiqah: short
thanks to careers@" sent every note through careers@). Jots in new wording, people invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import etiquette, greetings
from followup.core.errors import InvalidInput
from followup.core.models import Format, Interview, Person, PersonRole
from followup.core.people import no_one_typed, saluted_names, split_person
from followup.services import drafting, records

SETTINGS = load_settings(env={})


@pytest.fixture(scope="module")
def address() -> greetings.Address:
    return drafting.load_data(SETTINGS).language.address


def _round(notes: str, country: str) -> Interview:
    """A round at a civil contractor whose notes say `notes`."""
    return Interview(
        company="Harbourline Civil",
        role="Senior Estimator",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        country=country,
        notes=notes,
    )


def _greeted(people: list[Person], notes: str, address: greetings.Address, country: str) -> dict:
    interview = replace(_round(notes, country), people=people)
    greeted = greetings.greeted_round(interview, address)
    return {p.email: p for p in greeted.people}


# --- a quoted greeting -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("email, formal: 'Dear Ir. Wong Kah Seng' - no Mr", ["Ir. Wong Kah Seng"]),
        ("'Dear Pastor Femi' (NOT Sir), 'Dear Dr. Oduya'", ["Pastor Femi", "Dr. Oduya"]),
        ("from me 'Tēnā koe Mereana', no more", ["Mereana"]),
        ("NOT 'Dear Bongani' - he never offered it", []),
        ("'Dear Sir/Madam' is too cold; 'Dear Hiring Team' for the inbox", []),
        ("'Estimada Sra. Quilapán' - de usted", ["Sra. Quilapán"]),
    ],
)  # fmt: skip
def test_the_names_of_quoted_greetings(text, names):
    assert saluted_names(text) == names


def test_a_quoted_greeting_beats_a_name_asked_in_other_words(address):
    people = [
        Person("LIM KAH WENG", "kw.lim@harbourline.example", title="estimating manager"),
        Person("Er. Pravin Raj s/o Muthu", "pravin.raj@harbourline.example", title="director"),
    ]
    notes = (
        'LIM prefers to be addressed as "Mr Lim".\n'
        "THANK-YOUS: 'Dear Kah Weng' (he said so). 'Dear Er. Pravin Raj' - no Mr, no Muthu."
    )
    got = _greeted(people, notes, address, "SG")
    assert got["kw.lim@harbourline.example"].called == "Kah Weng"
    assert got["pravin.raj@harbourline.example"].called == "Er. Pravin Raj"


def test_a_quoted_greeting_by_the_name_of_the_address_or_the_job(address):
    people = [
        Person("Hendrik J. vd Merwe", "hennie.vdmerwe@harbourline.example", title="site agent"),
        Person("Mr. Daniel Kiprop Ruto", "chair@harbourline.example", title="Chairman, Board"),
        Person("Amos Ruto", "amos.ruto@harbourline.example", title="planner"),
    ]
    notes = "thank-yous: 'Dear Hennie' (everyone does), 'Dear Chairman' (to chair@)."
    got = _greeted(people, notes, address, "ZA")
    assert got["hennie.vdmerwe@harbourline.example"].called == "Hennie"
    assert got["chair@harbourline.example"].called == "Chairman"
    assert got["amos.ruto@harbourline.example"].called in (None, "")


def test_a_name_with_the_marks_the_jot_writes(address):
    people = [Person("Tamati Ngata", "tamati.ngata@harbourline.example", title="CEO")]
    notes = "the invite drops it: Tāmati, long a. Tāmati asked about the bid pipeline."
    got = _greeted(people, notes, address, "NZ")
    assert got["tamati.ngata@harbourline.example"].name == "Tāmati Ngata"
    # a case ending written once is no spelling of the name (Polish 'Panią Nowacką')
    people = [Person("Ewa Nowacka", "e.nowacka@harbourline.example", title="CFO")]
    got = _greeted(people, "podziękować: Panią Prezes Nowacką", address, "PL")
    assert got["e.nowacka@harbourline.example"].name == "Ewa Nowacka"


# --- people as lines give them -----------------------------------------------------------


def test_a_name_shown_then_the_person():
    typed = split_person(
        "'Seun A.' (Teams tile) = Engr. Oluwaseun Adebayo-Martins, MNSE - Head of MEP. on "
        "Teams from site, email from the website: s.adebayo-martins@harbourline.example",
        "NG",
    )
    assert typed.name == "Engr. Oluwaseun Adebayo-Martins"
    assert typed.email == "s.adebayo-martins@harbourline.example"


def test_a_family_name_opening_on_a_particle_goes_last():
    typed = split_person(
        "vd Merwe, Hendrik J. <hennie.vdmerwe@harbourline.example> - Site Agent", "ZA"
    )
    assert typed.name == "Hendrik J. vd Merwe"


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("nobody really - the advert in a builders' group said ring Kobie", True),
        ("none - the foreman rang me himself", True),
        ("no one in particular, the site office set it up", True),
        ("no separate coordinator - the owner booked it", True),
        ("Nomonde from HR - 021 555 0172", False),
        ("not sure - applied through a job board", False),
        ("Nobuhle Dlamini <nobuhle@harbourline.example>", False),
    ],
)
def test_a_coordinator_typed_as_no_one(text, none):
    assert no_one_typed(text) is none


def test_no_one_typed_as_the_coordinator_is_no_person():
    people = records.people_from(
        "nobody really - the post in a farm jobs group said 'ring Wiremu'. the office "
        "emailed the details from office@harbourline.example",
        ["Wiremu Tane <wiremu@harbourline.example>"],
        "NZ",
    )
    assert [p.name for p in people] == ["Wiremu Tane"]


def test_the_post_is_no_name():
    with pytest.raises(InvalidInput):
        split_person("the post", "NZ")


# --- a route only for the person who heads the clause ------------------------------------


def test_a_clause_headed_by_one_person_routes_only_their_note():
    people = [
        Person("Nur Aisyah binte Osman", "careers@harbourline.example", title="HR executive",
               role=PersonRole.COORDINATOR),
        Person("Marcus Teo", "marcus.teo@harbourline.example", title="contracts manager"),
        Person("Er. Pravin Raj", "pravin.raj@harbourline.example", title="director"),
    ]  # fmt: skip
    jot = "THANK-YOUS: email. Marcus + Er. Pravin Raj direct. Aisyah: short thanks to careers@."
    rules = etiquette.read(jot, people, drafting.load_data(SETTINGS).etiquette)
    assert rules.via is None
    jot = "Aisyah: short thanks to careers@ for arranging. the others from their cards"
    rules = etiquette.read(jot, people, drafting.load_data(SETTINGS).etiquette)
    assert rules.via is None


# --- a form the notes say never to write -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("NOT 'Ms Pillai', not 'Devi' in writing", ["Ms Pillai", "Devi"]),
        ("'Dear Mr Ferreira' - never 'Mr Santos' (his mother's name)", ["Mr Santos"]),
        ("no 'Arc.' before my name, no 'MRICS'", []),
        ("no 'PMP' in front of my own name", []),
        ("nunca 'Sr. Paillalef'", ["Sr. Paillalef"]),
    ],
)  # fmt: skip
def test_the_forms_never_to_write(text, forms):
    from followup.core.people import forms_not_to_write

    assert forms_not_to_write(text) == forms


def test_a_form_asked_on_a_line_but_banned_in_the_notes_is_never_greeted(address):
    people = [
        Person("Ms Lakshmi Devi d/o Pillai", "lakshmi.d@harbourline.example", title="HR",
               called="Devi"),
    ]  # fmt: skip
    got = _greeted(people, "thank her - NOT 'Ms Pillai', not 'Devi' in writing", address, "SG")
    assert got["lakshmi.d@harbourline.example"].called is None


def test_a_form_the_notes_bar_is_never_greeted_nor_written_alone():
    from followup.core.models import Profile
    from helpers_drafts import drafts_of, email_round

    people = [
        Person("Moana Rauhihi", "moana@harbourline.example", role=PersonRole.COORDINATOR),
        Person("Hemi Walker", "hemi@harbourline.example", title="operations manager"),
        Person("Judith Kerr", "judith@harbourline.example", title="board chair"),
    ]
    interview = email_round(
        "Harbourline Civil",
        "Senior Estimator",
        people,
        format=Format.IN_PERSON,
        country="NZ",
        interviewed=date(2027, 3, 2),
        topics=["hemi: the tender pipeline for the port works"],
        notes="thank-yous by email, one each. to the chair: formal - NOT 'Judith'.",
    )
    notes = {
        w.draft.to_name: w
        for w in drafts_of(interview, Profile("Ana Tui", "ana@example.com"), today=date(2027, 3, 3))
    }
    assert "Dear Judith Kerr," in notes["Judith Kerr"].draft.body
    assert notes["Judith Kerr"].verdict == "ready"


@pytest.mark.parametrize(
    ("body", "ready"),
    [
        ("Dear Moana,\n\nMy thanks go to Hemi and Judith as well.", False),
        ("Dear Moana,\n\nMy thanks go to Hemi and Judith Kerr as well.", True),
        ("Dear Judith,\n\nThank you for your time.", False),
        ("Dear Ms Kerr,\n\nThank you for your time.", True),
    ],
)
def test_a_note_writing_a_form_the_notes_bar_is_not_ready(body, ready):
    from followup.core.models import Draft

    interview = _round("to the chair: formal - NOT 'Judith'.", "NZ")
    w = drafting.Written(Draft(kind="email", body=body, subject="Thank you"), verdict="ready")
    drafting._forms_never_written([w], interview)
    assert (w.verdict == "ready") is ready
    assert ready or any("'Judith'" in r and "never to write" in r for r in w.reasons)


# --- titles and seniority ----------------------------------------------------------------


def test_a_title_in_brackets_after_a_name_typed_family_name_first():
    typed = split_person(
        "Okonjo-Reyes, Adaeze (Dr.) <aokonjoreyes@harbourline.example> - CEO. that's the invite"
    )
    assert typed.name == "Dr. Adaeze Okonjo-Reyes"


@pytest.mark.parametrize(
    ("title", "senior"),
    [
        ("HR Executive (Recruitment)", False),
        ("Sales Executive", False),
        ("Chief Executive", True),
        ("Executive Director", True),
        ("Executive Chef", True),
        ("Director of Plantations", True),
    ],
)  # fmt: skip
def test_an_executive_grade_is_no_senior(title, senior, address):
    assert greetings._senior(Person("Ritwika Bose", title=title), address) is senior


def test_a_senior_reader_in_india_is_never_greeted_by_a_first_name_alone(address):
    director = Person("Anil Kumar Menon", "anil.menon@harbourline.example", title="Director")
    executive = Person("Rincy Mathew", "rincy@harbourline.example", title="HR Executive")
    assert greetings.greeting_for(director, "IN", address) == "Anil Kumar Menon"
    assert greetings.greeting_for(executive, "IN", address) is None


# --- a jot in another language -----------------------------------------------------------

_ES = (
    "siguiente: la gerente dijo que la otra semana me llaman, lo tiene que ver con el "
    "directorio. sin fecha. agradecimientos por correo, de usted, cortos. no mencionar el "
    "sueldo ni la otra entrevista. el jefe de cancha fue muy amable y me mostró el camarín."
)
_EN_MIXED = (
    "next: Aroha said 'we'll ring you next week, kia kaha'. thank-yous by email, short. the "
    "kaumātua opened with a karakia, then the whānau room tour. Tama asked about the marae "
    "booking system and the kura kaupapa partnership. don't mention the pay talk."
)


@pytest.mark.parametrize(
    ("notes", "language"),
    [
        (_ES, "Spanish"),
        (_ES + " el correo en inglés, ella no habla español", None),
        (_EN_MIXED, None),
    ],
)
def test_the_language_of_a_jot(notes, language):
    interview = Interview(
        company="Club Deportivo Ñielol",
        role="Preparador físico",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        country="CL",
        notes=notes,
    )
    assert drafting._jotted_in(interview) == language


def test_a_note_from_a_jot_in_another_language_is_not_ready():
    from followup.core.models import Profile
    from helpers_drafts import drafts_of, email_round

    interview = email_round(
        "Club Deportivo Ñielol",
        "Preparador físico",
        [
            Person("Marcela Huenchullán", "mhuenchullan@nielol.example", title="gerente"),
            Person("Pedro Catrileo", "pcatrileo@nielol.example", title="jefe de cancha"),
        ],
        format=Format.IN_PERSON,
        country="CL",
        interviewed=date(2027, 3, 2),
        topics=["prevención de lesiones en pretemporada"],
        notes=_ES,
    )
    profile = Profile("Tomás Llanquileo", "tomas@example.com")
    for w in drafts_of(interview, profile, today=date(2027, 3, 3)):
        assert w.verdict != "ready"
        assert any("your notes are in Spanish" in r for r in w.reasons)


# --- a next step only for those chosen ---------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "step"),
    [
        ("next: 'references, then the shortlist back for a site visit + medical'", None),
        ("next round is a case study w/ the CFO", "a case study with the CFO"),
        ("next: an offer to the successful candidate by the 20th", None),
    ],
)
def test_a_step_for_those_chosen_is_none_to_be_ready_for(notes, step):
    from followup.core import compose

    interview = _round(notes, "ZA")
    language = drafting.load_data(SETTINGS, "ZA").language
    assert compose.next_step_words(notes, interview, language) == step


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Maeve - governor (parent rep). 'Maeve Cassidy' - the chair said after. Mrs Cassidy",
         "Maeve Cassidy"),
        ("Joel - night lead. lanyard: 'Joel Tamsin'? or Tamsen - check w/ HR", "Joel"),
        ("Ruth - ops. NOT 'Ruth Ann', she hates it", "Ruth"),
    ],
)  # fmt: skip
def test_a_whole_name_the_line_quotes_for_a_first_name(line, name):
    assert split_person(line, "GB").name == name


def test_a_form_with_a_family_name_written_first():
    line = (
        "Mr Goh Teck Seng - Director. tile 'Teck Seng Goh' = western order -> 'Mr Goh', "
        "never 'Mr Seng'. 2 qs"
    )
    assert split_person(line, "SG").called == "Mr Goh"


def test_the_form_a_line_opens_on_when_a_card_gives_the_name():
    line = (
        "Coach Rob - assistant coach. card at the end: 'Roberto A. Morales | Assistant "
        "Coach'. watched, no qs"
    )
    typed = split_person(line, "PH")
    assert typed.name == "Roberto A. Morales"
    assert typed.called == "Coach Rob"
    # a hyphenated given name is no short form ('Dr. Mei-Ling Soh')
    assert split_person("Dr. Mei-Ling Soh - consultant", "SG").called is None


def test_an_aside_goes_with_the_clause_told_in_confidence():
    from followup.core import compose

    interview = _round("DON'T mention my Warri firm owes us 3 months' salary", "NG")
    lexicon = drafting.load_data(SETTINGS, "NG").language.lexicon
    said, _ = compose.unconfided(
        "deck first: the jetty repair in Warri (my lead), a bridge in Sapele, a school in Uyo",
        lexicon,
        interview,
    )
    assert "my lead" not in said and said.startswith("a bridge in Sapele"), said


# --- thanks the notes say to send as a message -------------------------------------------


@pytest.mark.parametrize(
    ("notes", "way"),
    [
        ("thank-you = a text to Wiremu, short, tonight", "text"),
        ("THANKS: Wiremu - 'flick me a txt, I don't do emails'", "text"),
        ("THANK-YOU: only WhatsApp - a short message to don Aurelio", "WhatsApp message"),
        ("thank-yous by email, one each. he texted me the gate code", None),
        ("thanks by email, not a text", None),
    ],
)
def test_thanks_the_notes_say_to_send_as_a_message(notes, way):
    from followup.core.models import Draft

    w = drafting.Written(Draft(kind="email", body="Dear Wiremu,\n\nThank you."), verdict="ready")
    drafting._message_asked([w], _round(notes, "NZ"), "email")
    assert (w.verdict == "ready") is (way is None)
    assert way is None or any(f"go as a {way}" in r for r in w.reasons), w.reasons


def test_a_quoted_greeting_by_the_initial_the_record_gives(address):
    people = [
        Person("K. T. Ahnaruk", "kahnaruk@harbourline.example", title="chief pilot"),
        Person("Beth Ahnaruk", "beth.a@harbourline.example", title="scheduler"),
    ]
    got = _greeted(people, "THANK-YOUS: 'Dear Kip' (he said so), 'Dear Beth'", address, "US")
    assert got["kahnaruk@harbourline.example"].called == "Kip"
    assert got["beth.a@harbourline.example"].called == "Beth"


# --- after the v38 grading ---------------------------------------------------------------


def test_a_slip_of_ones_own_is_never_a_topic():
    from followup.core import compose

    interview = replace(
        _round("thank-yous by email", "IE"),
        topics=[
            "MY SLIP in the pres: a slide on the old transition rules -> Niamh: 'none of that "
            "applies to us'. one line at most",
            "Niamh: the notified body's reviewers ask the same question three times",
        ],
    )
    language = drafting.load_data(SETTINGS, "IE").language
    said = compose.said_specifics(interview, language)
    slip = next(s for s in said if s.recorded.startswith("MY SLIP"))
    assert not slip.usable and compose.OWN_SLIP in slip.doubts


def test_a_double_barrelled_name_written_short_owns_its_topic():
    from followup.core import compose

    people = [
        Person("Atty. Maria Lourdes Villanueva-Sy", "mlvsy@harbourline.example", title="trustee"),
        Person("Mrs. Corazon Tan", "ctan@harbourline.example", title="chief nurse"),
    ]
    lexicon = drafting.load_data(SETTINGS, "PH").language.lexicon
    person, owned = compose.owner_of("Atty. V-Sy (Zoom): 40 nurses on contracts", people, lexicon)
    assert person is people[0] and owned is not None


@pytest.mark.parametrize(
    ("line", "called"),
    [
        ("Anne-Laure Le Floch <alefloch@harbourline.example> - directrice. 'Madame Le Floch', "
         "jamais 'Mme Floch'", None),
        ("Harold Ong - VP Operations. 2 qs. 'Sir Harold' (Cora). no card", "Sir Harold"),
        ("Kristine Bautista - ops manager. 'Ma'am Tin' on the floor - not in writing", None),
    ],
)  # fmt: skip
def test_forms_a_line_gives_or_bars_in_its_own_words(line, called):
    assert split_person(line, "PH").called == called


@pytest.mark.parametrize(
    ("need", "quals", "expected"),
    [
        # a licence of another trade answers no driving, and a maintenance campaign no
        # fundraising (the v37 and v38 graders: 'On the driving, I hold an EASA licence')
        ("site visits mean a lot of driving on gravel roads",
         ["EASA Part-66 B1.1 licence", "Pharmacist licence"], None),
        ("donor giving is down, the gala and fundraising campaign need a lead",
         ["Two summer offshore maintenance campaigns"], None),
        ("lots of driving between remote sites, must have a licence",
         ["Clean manual licence", "EASA Part-66 B1.1 licence"], "Clean manual licence"),
    ],
)  # fmt: skip
def test_a_word_of_another_trade_is_no_concept(need, quals, expected):
    from followup.core import claims

    choice = claims.choose(need, quals, drafting.load_data(SETTINGS).language)
    assert (choice.qualification if choice else None) == expected


def test_a_place_in_ing_is_no_doing():
    from followup.core import clauses

    assert {"building", "parking"} <= clauses._ING_THINGS
    language = drafting.load_data(SETTINGS, "PH").language
    interview = replace(
        _round("thank-yous by email", "PH"),
        topics=["~2h in the Board Room, 3rd flr, Trinidad Bldg. prayer first"],
    )
    for s in compose_said(interview, language):
        assert "is building" not in (s.clause.said(None, None) if s.clause else "")


def compose_said(interview, language):
    from followup.core import compose

    return compose.said_specifics(interview, language)


@pytest.mark.parametrize(
    ("notes", "body", "ready"),
    [
        ("ONE short email to the office: thanks + please thank the board. no re-pitch",
         "Dear Bernie,\n\nThank you. I'd welcome the chance to bring my experience to the school.",
         False),
        ("the ad says 'Canvassing will disqualify'. thanks to the secretary only",
         "Dear Bernie,\n\nThank you. I'm keen to bring my skills to the school.", False),
        ("no re-pitch", "Dear Bernie,\n\nThank you for organising the day.", True),
        ("thank-yous by email", "Dear Bernie,\n\nI'd welcome the chance to join you.", True),
    ],
)  # fmt: skip
def test_a_pitch_the_notes_bar(notes, body, ready):
    from followup.core.models import Draft

    w = drafting.Written(Draft(kind="email", body=body), verdict="ready")
    drafting._pitch_barred([w], _round(notes, "IE"))
    assert (w.verdict == "ready") is ready


def test_a_language_asked_after_the_clause_that_says_what_is_written():
    people = [
        Person("Camille Royer", "c.royer@harbourline.example", role=PersonRole.COORDINATOR),
        Person("Anne-Laure Le Floch", "alefloch@harbourline.example", title="directrice"),
        Person("Yasmine Haddad", "yhaddad@harbourline.example", title="cheffe de site"),
        Person("Lars Holm", "lholm@harbourline.example", title="O&M lead"),
    ]
    notes = (
        "REMERCIEMENTS par mail, aujourd'hui : Anne-Laure + Yasmine en français, vouvoiement ; "
        "Lars en anglais."
    )
    found = etiquette.asked_languages(notes, people, drafting.load_data(SETTINGS).etiquette)
    assert sorted(p.name for _, p, _ in found if p) == ["Anne-Laure Le Floch", "Yasmine Haddad"]


def test_thanks_by_email_with_texts_said_of_something_else():
    from followup.core.models import Draft

    notes = "THANK-YOUS: email, english (taglish is ok in texts, NOT here)."
    w = drafting.Written(Draft(kind="email", body="Dear Cora,\n\nThank you."), verdict="ready")
    drafting._message_asked([w], _round(notes, "PH"), "email")
    assert w.verdict == "ready"

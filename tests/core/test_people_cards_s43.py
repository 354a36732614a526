"""A card, a signature or an invite quoted inside a typed line gives the person when the line
itself reads wrong (people._from_card): 'card', 'calendar invite' and 'email sig' were read as
names in the graded held-out v33b–v35 ('Dear Email,', 'Dear Hiring Team,' to a named boss).
Lines in those shapes, people invented."""

import pytest

from followup.core.people import split_person


@pytest.mark.parametrize(
    ("line", "country", "name", "email", "called"),
    [
        (
            "Mr P.R. Govender - card: 'Prakash R. Govender PrEng | Director | "
            "prakash@umgeni-struct.example | +27 31 555 0144'. everyone 'Mr Govender'",
            "ZA",
            "Prakash R. Govender",
            "prakash@umgeni-struct.example",
            "Mr Govender",
        ),
        (
            "email sig: 'Siti Hajar Abdul Karim | HR Manager | hajar.karim@lembah.example'. "
            "'call me Hajar'",
            "MY",
            "Siti Hajar Abdul Karim",
            "hajar.karim@lembah.example",
            "Hajar",
        ),
        (
            "calendar invite: 'Tolu Bakare-Smith <tolu.bs@kanoline.example>'. card: "
            "'Mrs. Oluwatoyin Bakare-Smith | Head of Credit'. would be my boss",
            "NG",
            "Mrs. Oluwatoyin Bakare-Smith",
            "tolu.bs@kanoline.example",
            "Mrs. Bakare-Smith",
        ),
        (
            "card: 'TAN Wei Ming, Marcus | Head of Facilities | marcus.tan@harbourdc.example'. "
            "Tan = surname -> Mr Tan, NEVER 'Mr Wei' / 'Mr Ming'",
            "SG",
            "Marcus TAN Wei Ming",
            "marcus.tan@harbourdc.example",
            "Mr Tan",
        ),
        (
            "'Dela Paz-Uy, Maria Cristina (OPS-MNL)' in the Teams invite - Ops Manager. email "
            "from the invite: mariacristina.delapaz-uy@bayshore.example",
            "PH",
            "Maria Cristina Dela Paz-Uy",
            "mariacristina.delapaz-uy@bayshore.example",
            None,
        ),
    ],
)
def test_the_person_of_the_card_the_line_quotes(line, country, name, email, called):
    typed = split_person(line, country)
    assert (typed.name, typed.email, typed.called) == (name, email, called)


def test_a_line_read_well_keeps_its_own_address_over_a_quoted_invite():
    typed = split_person(
        "Dr. Amaka Obi | Medical Director | md@lagoonclinic.example | +234 803 555 0199 (card). "
        "the invite had 'Amaka Obi <a.obi@lagoonclinic.example>' - she said md@ is the one she "
        "reads",
        "NG",
    )
    assert (typed.name, typed.email) == ("Dr. Amaka Obi", "md@lagoonclinic.example")


@pytest.mark.parametrize(
    ("line", "country", "name", "title"),
    [
        # a rank of two words before the name, a unit after it
        (
            "Deputy Chief Rosa Quintana - Prevention Division, chaired. no card",
            "US",
            "Rosa Quintana",
            "Prevention Division, Deputy Chief",
        ),
        # 'Surname, Given' as the invite listed it
        (
            "Tsosie, Marcus (Lt.) - that's how the invite listed him. ran the scenario",
            "US",
            "Marcus Tsosie",
            "Lt.",
        ),
        # where a name was shown, then the name quoted
        (
            "name plate 'R. Okonjo-Bassey, Payroll Analyst' - timed me, scored",
            "NG",
            "R. Okonjo-Bassey",
            "Payroll Analyst",
        ),
        # a name in another script, the Latin one in the invite the line quotes
        (
            "יעל כהן - Teams invite: 'Yael Cohen (PM DV)'. yael.cohen@tavor.example. ran the "
            "design review",
            "IL",
            "Yael Cohen",
            "PM DV",
        ),
        # the job before a sentence of remark that quotes something
        (
            "Herr Weiß - Leiter Logistik. Türschild 'M. WEISS', invite 'Weiss, Markus "
            "<m.weiss@lager.example>'",
            "DE",
            "Herr Weiß",
            "Leiter Logistik",
        ),
    ],
)
def test_names_and_jobs_from_what_a_line_shows(line, country, name, title):
    typed = split_person(line, country)
    assert (typed.name, typed.title) == (name, title)


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [("inż. Marek Nowicki", "Marek"), ("mgr inż. Marek Nowicki", "Marek")],
)
def test_a_polish_degree_is_no_name(typed, greeting):
    from followup.core import compose
    from followup.core.models import Person

    person = split_person(typed, "PL")
    assert compose.greeting_name(Person(name=person.name, title=person.title)) == greeting


@pytest.mark.parametrize(
    ("line", "country", "name", "called"),
    [
        # an Irish family name with its particle, said whole
        (
            "Orla Nic Giolla - QA Specialist, QA. card: 'Orla Nic Giolla | QA Specialist | "
            "orla.nicgiolla@lee-bio.example'. Nic = the daughter-of form -> 'Ms Nic Giolla', "
            "NOT 'Ms Giolla'. GMP qs",
            "IE",
            "Orla Nic Giolla",
            "Ms Nic Giolla",
        ),
        # a given name with a house name and a father's initial after it
        (
            "Meet tile 'Lekshmi R S' = Dr. R. S. Lekshmi, HOD Physiotherapy. invite: 'Dr. R.S. "
            "Lekshmi <lekshmi.rs@periyar.example>'. R S = house name + father's initial -> 'Dr. "
            "Lekshmi', NOT 'Dr. R S'. ran the case",
            "IN",
            "Lekshmi R S",
            "Dr. Lekshmi",
        ),
        # a department and its place, the one who signed the letter
        (
            "HR Guwahati - call letter from careers@brahmaputra-tea.example (signed Moushumi "
            "Baruah, Manager HR). met me at the gate",
            "IN",
            "Moushumi Baruah",
            None,
        ),
    ],
)
def test_forms_of_names_the_line_tells(line, country, name, called):
    typed = split_person(line, country)
    assert (typed.name, typed.called) == (name, called)

"""People typed on one line: name, title, email and phone in any order, or a refusal that
says what could not be placed; phone numbers of several countries through libphonenumber."""

import pytest

from followup.core.errors import InvalidInput
from followup.core.models import PersonRole
from followup.core.people import TypedPerson, split_person
from followup.core.phones import international, national, parse_phone, phone_country
from followup.core.records import parse_person


@pytest.mark.parametrize(
    ("text", "country", "name", "title", "email", "phone"),
    [
        ("Dana Reyes <dana@acme.example>", "US", "Dana Reyes", None, "dana@acme.example", None),
        (
            "Maria Gonzalez, maria@acme.example, 617 555 0199",
            "US",
            "Maria Gonzalez",
            None,
            "maria@acme.example",
            "+16175550199",
        ),
        (
            "Maria Gonzalez, (617) 555-0199, maria@acme.example",
            "US",
            "Maria Gonzalez",
            None,
            "maria@acme.example",
            "+16175550199",
        ),
        (
            "Dr. Helen Moss (Head of Research) <helen@acme.example> +1 617 555 0199",
            "US",
            "Dr. Helen Moss",
            "Head of Research",
            "helen@acme.example",
            "+16175550199",
        ),
        (
            "+1 617 555 0199 helen@acme.example Dr. Helen Moss (Head of Research)",
            "US",
            "Dr. Helen Moss",
            "Head of Research",
            "helen@acme.example",
            "+16175550199",
        ),
        (
            "Omar Reyes, Regional Director, +44 20 7946 0018, omar@acme.example",
            "US",
            "Omar Reyes",
            "Regional Director",
            "omar@acme.example",
            "+442079460018",
        ),
        ("Omar Reyes - Regional Director", "US", "Omar Reyes", "Regional Director", None, None),
        ('"Reyes, Dana" <dana@acme.example>', "US", "Reyes, Dana", None, "dana@acme.example", None),
        ("dana@acme.example", "US", "dana", None, "dana@acme.example", None),
        (
            "Jürgen Weiß <jw@firma.de> 030 1234567",
            "DE",
            "Jürgen Weiß",
            None,
            "jw@firma.de",
            "+49301234567",
        ),  # fmt: skip
        ("Priya Nair, tel: 098765 43210", "IN", "Priya Nair", None, None, "+919876543210"),
        ("Kim Lee, Recruiter/HR", "US", "Kim Lee", "Recruiter/HR", None, None),
        ("Amelia Hart, 020 7946 0018", "GB", "Amelia Hart", None, None, "+442079460018"),
        ("Jack Nguyen 0412 345 678", "AU", "Jack Nguyen", None, None, "+61412345678"),
        (
            "Chloé Roy <chloe@x.ca> 416-555-0123",
            "CA",
            "Chloé Roy",
            None,
            "chloe@x.ca",
            "+14165550123",
        ),  # fmt: skip
    ],
)
def test_people_formats(text, country, name, title, email, phone):
    assert split_person(text, country) == TypedPerson(name, title, email, phone)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Maria Gonzalez, maria@…", "'maria@…' is not an email address"),
        ("Maria Gonzalez, maria@", "'maria@' is not an email address"),
        ("Dana Reyes <dana at acme>", "is not an email address"),
        ("Dana Reyes, 555-01", "'555-01' is not a valid phone number in US"),
        ("Bob, 617-555-01999", "'617-555-01999' is not a valid phone number in US"),  # too long
        ("Dana, Recruiter, Acme, Boston", "cannot tell what 'Acme, Boston' is"),
        ("a@b.co, c@d.co", "holds 2 email addresses"),
        ("Ann +1 617 555 0199, +1 617 555 0100", "holds 2 phone numbers"),
        ("Dana (Recruiter) (Lead)", "two titles"),
        ("Dana (Recruiter", "unmatched bracket"),
        ("+1 617 555 0199", "has no name"),
        ("", "empty"),
    ],
)
def test_what_cannot_be_placed_is_refused_with_a_line(text, says):
    with pytest.raises(InvalidInput) as caught:
        parse_person(text, PersonRole.COORDINATOR, "--coordinator", "US")
    message = str(caught.value)
    assert says in message and "\n" not in message
    assert message.startswith("--coordinator")


def test_parse_person_keeps_role_and_stores_e164():
    person = parse_person("Tom Becker (Store Manager), 617-555-0100", "coordinator", country="US")
    assert (person.name, person.title, person.phone, str(person.role)) == (
        "Tom Becker",
        "Store Manager",
        "+16175550100",
        "coordinator",
    )


@pytest.mark.parametrize(
    ("typed", "country", "e164", "shown", "dialled", "home"),
    [
        ("(617) 555-0199", "US", "+16175550199", "(617) 555-0199", "+1 617-555-0199", "US"),
        ("020 7946 0018", "GB", "+442079460018", "020 7946 0018", "+44 20 7946 0018", "GB"),
        ("030 1234567", "DE", "+49301234567", "030 1234567", "+49 30 1234567", "DE"),
        ("0412 345 678", "AU", "+61412345678", "0412 345 678", "+61 412 345 678", "AU"),
        ("98765 43210", "IN", "+919876543210", "098765 43210", "+91 98765 43210", "IN"),
        ("416-555-0123", "CA", "+14165550123", "(416) 555-0123", "+1 416-555-0123", "CA"),
        ("+33 1 42 68 53 00", "US", "+33142685300", "01 42 68 53 00", "+33 1 42 68 53 00", "FR"),
    ],
)
def test_numbers_of_several_countries(typed, country, e164, shown, dialled, home):
    stored = parse_phone(typed, country)
    assert stored == e164
    assert national(stored) == shown
    assert international(stored) == dialled
    assert phone_country(stored) == home


def test_a_number_stored_before_checks_is_shown_as_typed():
    assert national("ask at reception") == "ask at reception"
    assert international(None) is None


@pytest.mark.parametrize("typed", ["555-0100", "12", "call me", "+1 555 0100", "0" * 60])
def test_invalid_numbers_are_refused(typed):
    with pytest.raises(InvalidInput, match="phone"):
        parse_phone(typed, "US")

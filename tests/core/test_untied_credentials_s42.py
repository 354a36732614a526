"""A note to a reader who only watched never drops a credential beside its thanks (session
42: the v32b recruiters graded 2 'I hold a BCom in Finance from the University of Nairobi.'
to an observer: 'random credential drop'); a form of address the line fixes is said in the
recipient's English ('Sra. Valdés' is 'Ms Valdés' in British use, 'Mrs Fairclough' is 'Mrs.
Fairclough' in American). Rounds and people invented."""

from __future__ import annotations

from datetime import date

from followup.core.compose import greeting_name
from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round

PROFILE = Profile("Wanjiku Muriithi", "wanjiku@example.com")
QUALIFICATIONS = ["I hold a BCom in Finance from Kenyatta University", "I am a CPA (K)"]


def _round():
    return email_round(
        "Jamii Savings Cooperative",
        "Finance Manager",
        [
            Person("Grace Atieno", "grace@jamii.example", role=PersonRole.COORDINATOR),
            Person("Peter Kamau", "peter@jamii.example", title="board chair"),
            Person("Halima Yusuf", "halima@jamii.example", title="supervisory committee"),
        ],
        format=Format.IN_PERSON,
        country="KE",
        interviewed=date(2027, 3, 2),
        topics=["peter: the loan book's arrears and the provisioning policy"],
        notes="Halima: observed only, asked nothing.",
        qualifications=QUALIFICATIONS,
    )


def test_a_note_to_someone_who_only_watched_drops_no_credential():
    notes = {w.draft.to_name: w for w in drafts_of(_round(), PROFILE, today=date(2027, 3, 3))}
    body = notes["Halima Yusuf"].draft.body
    assert "I hold" not in body and "BCom" not in body and "CPA" not in body, body


def test_a_fixed_form_of_address_is_said_in_the_readers_english():
    def said(called: str, stop: bool) -> str:
        return greeting_name(Person("Camila Valdés Ortega", "c@x.example", called=called), stop)

    assert said("Sra. Valdés", False) == "Ms Valdés"
    assert said("Mrs Fairclough", True) == "Mrs. Fairclough"
    assert said("Mr. Petkov", False) == "Mr Petkov"
    # a form of another language's address stays as the line gives it
    assert said("Ato Girma", False) == "Ato Girma"
    assert said("Tuan Haji Azlan", True) == "Tuan Haji Azlan"

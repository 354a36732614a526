"""A reader's words that put the candidate right are never given back as what stayed with
them (session 42: the v32 recruiters graded 2 "What you said, 'not permitted for an MFI',
has stayed with me since." where the jot said 'I was wrong there'). Their words elsewhere
are given back as before. Jots in new wording, people invented."""

from __future__ import annotations

import pytest

from followup.core import compose
from followup.core.records import from_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


def _moments(topic: str, language: compose.Language) -> dict[str, tuple[str, str]]:
    interview = from_record(
        {
            "company": "Larkspur Works Ltd",
            "role": "Finance Lead",
            "interviewed": "2027-06-08",
            "tz": "Europe/London",
            "format": "in-person",
            "channel": "email",
            "country": "GB",
            "people": [
                {
                    "name": "Orla Finnegan",
                    "email": "orla@larkspur.example",
                    "title": None,
                    "role": "interviewer",
                },
            ],  # fmt: skip
            "topics": [topic],
            "items": [],
            "notes": "",
        }
    )
    return {k: (m.kind, m.said) for k, m in compose.moments_for(interview, language).items()}


@pytest.mark.parametrize(
    "topic",
    [
        "orla: hedging - I said forward contracts, she said 'not allowed under our treasury "
        "policy'. I was wrong there",
        "orla - my case: she said 'that changes your whole answer' - should have asked for the "
        "volumes first",
        "orla corrected me: 'the VAT return is quarterly here, not monthly'",
    ],
)
def test_a_correction_is_no_quote_given_back(topic, language):
    assert _moments(topic, language).get("Orla Finnegan", ("", ""))[0] != "quote"


def test_their_words_elsewhere_are_given_back(language):
    said = _moments("orla: 'we close the books on day three, whatever it takes'", language)
    assert said["Orla Finnegan"] == ("quote", "we close the books on day three, whatever it takes")

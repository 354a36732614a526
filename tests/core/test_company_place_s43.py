"""The company as a note says it: without the place or remark typed after a comma, and by
the Latin half of a name typed in two scripts (phrasing._without_place). Invented names in the
shapes users type (a site, a suburb, a road and town, 'near …', a legal form then the town)."""

import pytest

from followup.core.phrasing import company_phrase
from followup.services import drafting


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    import os

    os.environ["FOLLOWUP_HOME"] = str(tmp_path_factory.mktemp("home"))
    from followup.config import load_settings

    return drafting.load_data(load_settings()).language.lexicon


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Marloes Valley Dairies Ltd, Old Creamery Road, Tipperary", "Marloes Valley Dairies"),
        ("St Brigid's Primary School, Ballina", "St Brigid's Primary School"),
        ("Heronsgate Livery Yard, near Chipping Norton", "Heronsgate Livery Yard"),
        ("Sklárna Modrý Vrch s.r.o., Nové Město na Moravě", "Sklárna Modrý Vrch"),
        ("ТОО «Жетысу Агро» / Zhetysu Agro LLP, Taldykorgan office", "Zhetysu Agro"),
        ("Harbourline Freight, Inc.", "Harbourline Freight"),
        # an acronym left at the end once the place is cut; a place with a 'y' in it
        ("Riverina Water Commission (RWC), Wagga Wagga", "the Riverina Water Commission"),
        ("Glanmor Heritage Trust, Heol y Bont, Aberaeron", "the Glanmor Heritage Trust"),
        # a list in the name stays whole
        (
            "Ministry of Fisheries, Oceans, Parks and Heritage",
            "the Ministry of Fisheries, Oceans, Parks and Heritage",
        ),
    ],
)
def test_the_company_as_a_note_says_it(lexicon, typed, said):
    assert company_phrase(typed, lexicon, "en-GB") == said

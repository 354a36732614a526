"""One list of legal forms (data/legal_forms.toml) for the company an invite stores and the
company a draft names: the forms only one of the two readers used to know now leave both."""

from __future__ import annotations

import pytest

from followup.core.legal_forms import (
    ends_in_legal_form,
    legal_form_at,
    legal_forms,
    without_legal_form,
)
from followup.core.phrasing import Lexicon, company_phrase


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # forms the sentence writer did not know before
        ("Ventura Logística Ltda.", "Ventura Logística"),
        ("Meridian Harbour Corporation", "Meridian Harbour"),
        ("Kivijärvi Metsä Oyj", "Kivijärvi Metsä"),
        ("Moravia Glass s.r.o.", "Moravia Glass"),
        ("Wisła Transport Sp. z o.o.", "Wisła Transport"),
        ("Kestrel Analytics Incorporated", "Kestrel Analytics"),
        ("Dunmore Textiles Private Limited", "Dunmore Textiles"),
        ("Aurora Sjukvård ApS", "Aurora Sjukvård"),
        ("Sava Gradnja d.o.o.", "Sava Gradnja"),
        # forms the invite reader did not know before
        ("Tanaka Shoji Co.", "Tanaka Shoji"),
        ("Brightline Dental PLLC", "Brightline Dental"),
        ("Cordova Foods S.A.B. de C.V.", "Cordova Foods"),
        ("Rio Bravo Partes, S. de R.L. de C.V.", "Rio Bravo Partes"),
        ("Harlow Tax Advisers P.C.", "Harlow Tax Advisers"),
        ("Lotus Tech Pvt. Ltd.", "Lotus Tech"),
        ("Kinabalu Trading Sdn. Bhd.", "Kinabalu Trading"),
        # both knew these, and still do
        ("Karoo Fresh (Pty) Ltd", "Karoo Fresh"),
        ("Wayfare Mobility, Inc.", "Wayfare Mobility"),
        ("Hoffmann Kältetechnik GmbH & Co. KG", "Hoffmann Kältetechnik"),
        ("株式会社アオサギ物流", "アオサギ物流"),
        # what is part of the name stays
        ("Smith & Co.", "Smith & Co."),
        ("Quarry and Co", "Quarry and Co"),
        ("Banco de Oro", "Banco de Oro"),
        ("Ltd", "Ltd"),
        ("AB", "AB"),
    ],
)
def test_one_list_strips_every_legal_form(written: str, said: str) -> None:
    assert without_legal_form(written) == said


def test_the_draft_names_the_company_as_the_invite_stores_it() -> None:
    lexicon = Lexicon.from_mapping({}, {})
    for written in ("Ventura Logística Ltda.", "Brightline Dental PLLC", "Kivijärvi Metsä Oyj"):
        assert company_phrase(written, lexicon) == without_legal_form(written)


def test_the_list_is_data() -> None:
    forms = legal_forms()
    assert {"ltd", "gmbh", "spa", "ltda", "pllc", "sabdecv"} <= forms.forms
    assert "株式会社" in forms.joined


def test_a_form_written_before_the_name_is_left_out() -> None:
    assert without_legal_form("PT Kopi Lintas Nusantara") == "Kopi Lintas Nusantara"
    assert without_legal_form("ООО «Тулпар Агро»") == "Тулпар Агро"
    assert without_legal_form("ТОО Көкжиек Майнинг") == "Көкжиек Майнинг"
    assert without_legal_form("شركة النخيل للتجارة ش.م.م") == "النخيل للتجارة"
    assert without_legal_form("Lale Yazılım A.Ş.") == "Lale Yazılım"
    assert without_legal_form("CV Library") == "CV Library"
    assert without_legal_form("PT") == "PT"


@pytest.mark.parametrize(
    ("name", "ends"),
    [
        ("Młyn Zbożowy Sp. z o.o.", True),
        ("Brněnské Sklady s.r.o.", True),
        ("Envases del Bajío S.A. de C.V.", True),
        ("Smith & Co.", True),
        ("Corrow Haulage Ltd", True),
        ("Warehouse Team Leader", False),
        ("Ltd", False),  # a form alone names nothing
    ],
)
def test_a_name_that_ends_in_a_legal_form_of_any_length_and_case(name: str, ends: bool) -> None:
    assert ends_in_legal_form(name) is ends


def test_where_a_legal_form_starts_in_running_words() -> None:
    words = ["at", "Młyn", "Zbożowy", "sp.", "z", "o.o.", "on", "Monday"]
    assert legal_form_at(words, 3) == 3
    assert legal_form_at(words, 1) == 0


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a legal form by its shape, whatever the country: initials with full stops after the
        # name ("T.A.Ş.": Türk Anonim Şirketi; "S.A.A.", "S.A.C." in Peru), or an acronym
        # with a gershayim (Hebrew's "בע\"מ"), whether the list holds it or not
        ("Anadolu Tekstil T.A.Ş.", "Anadolu Tekstil"),
        ("Minera Andina S.A.A", "Minera Andina"),
        ("Pesquera Sur S.A.C.", "Pesquera Sur"),
        ('נתיבי הים בע"מ', "נתיבי הים"),
        ("مصنع النخيل ش.م.ك", "مصنع النخيل"),
        # one initial is no form, and a name of initials alone is kept
        ("Studio K.", "Studio K."),
        ("A.B.C.", "A.B.C."),
    ],
)
def test_a_legal_form_by_its_shape(written: str, said: str) -> None:
    assert without_legal_form(written) == said

"""A user's claims.toml of the wrong shape (s11 review, finding 5): a ConfigError of one
line naming the key, as for the other data files, never a traceback."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.services import drafting


@pytest.mark.parametrize(
    "text",
    [
        "[fit]\nconcept = 'three'\n",
        "[concepts]\ncosts = ['budget']\n",
        "concepts = ['costs']\n",
    ],
)
def test_a_malformed_user_claims_file_is_a_config_error(followup_home, text: str) -> None:
    (followup_home / "claims.toml").write_text(text, encoding="utf-8")
    with pytest.raises(drafting.ConfigError, match=r"^claims data: [^\n]+$"):
        drafting.load_data(load_settings())

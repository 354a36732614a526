"""`followup debrief` names a voice the subtitles label by part of a name after the round's
people (issue 9, kind 6, s18): an SRT whose colours carry "MAKOA:" and "Kealoha:" for a round
stored with "Makoa Kahananui" and "Leilani Kealoha" lists the full names, the candidate last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from followup.config import load_settings
from followup.core.models import Format, Interview, Person
from followup.services import debrief, records

SUBTITLES = """1
00:00:00,800 --> 00:00:05,000
<font color="#ffff00">MAKOA: Aloha, welcome to the roastery.</font>

2
00:00:05,400 --> 00:00:12,000
<font color="#ffff00">We source green coffee from farms on the Kona side, and the cupping lab
is where most of the work happens.</font>

3
00:00:12,500 --> 00:00:16,000
<font color="#00ffff">Kealoha: I run the packing line and the degassing valves.</font>

4
00:00:16,500 --> 00:00:20,000
<font color="#ffffff">NOA: Thanks for having me today.</font>

5
00:00:20,500 --> 00:00:30,000
<font color="#00ffff">Kealoha: Our headache is roast profiles drifting between the two
drum roasters.</font>
"""


def test_subtitle_labels_take_the_rounds_full_names(tmp_path: Path) -> None:
    settings = load_settings()
    stored = records.add_interview(
        settings,
        Interview(
            company="Mauka Roasters",
            role="Roast Technician",
            interviewed=date(2027, 3, 2),
            format=Format.IN_PERSON,
            people=[Person("Makoa Kahananui"), Person("Leilani Kealoha")],
        ),
    )
    records.update_profile(settings, name="Noa Pereira")
    path = tmp_path / "roastery interview.srt"
    path.write_text(SUBTITLES, encoding="utf-8")
    assert stored.id is not None
    result = debrief.propose(settings, stored.id, path)
    assert result.speakers == ["Makoa Kahananui", "Leilani Kealoha", "Noa Pereira"]

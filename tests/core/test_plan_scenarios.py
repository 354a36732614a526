"""Hand-checked scenarios of the seed policy (SPEC §2-§3) with real `holidays` calendars.

Every expected date was worked out by hand from a printed calendar and the public holidays
of the country; the comment above each row shows the reasoning. Rules, for reference:
H1 after d0, H2 <= d0+7, H3 < deadline; S1 >= d0+2, S2 business day. Relax S2, then S1
(keeping S2), then both; for a phone call S2 is hard. Ideal: first window day >= d0+3,
else the last. send_at: ideal at 10:00 recipient time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

import holidays
import pytest

from followup.core.models import Channel, Format, PlanRequest
from followup.core.plan import Plan, plan
from followup.core.policy import Policy, preset

D = date.fromisoformat


@cache
def calendar(country: str, subdiv: str | None) -> holidays.HolidayBase:
    # expand=True (the default): years are added as days are looked up, so a window that
    # crosses New Year sees both years' holidays.
    return holidays.country_holidays(country, subdiv=subdiv)


def run(req: PlanRequest, today: date, policy: Policy | None = None) -> Plan:
    return plan(req, policy or preset("seed"), today, calendar(req.country, req.subdiv).get)


@dataclass(frozen=True)
class Row:
    id: str
    interviewed: str
    format: str = "video"
    channel: str = "unknown"
    deadline: str | None = None
    country: str = "US"
    subdiv: str | None = None
    tz: str = "America/New_York"
    items: tuple[str, ...] = ()
    has_coordinator: bool | None = None
    today: str | None = None  # default: the interview day
    policy: dict[str, Any] = field(default_factory=dict)
    # expectations
    days: tuple[str, ...] | None = None  # every day of the window; None: no window
    ideal: str | None = None
    send_at: str | None = None
    status: str = "wait"
    warnings: tuple[str, ...] = ()
    method: str = "email"
    role: str = "coordinator"
    extras: tuple[dict[str, str], ...] = ()
    reasons: tuple[str, ...] = ()  # fragments some reason must contain

    def request(self) -> PlanRequest:
        return PlanRequest(
            interviewed=D(self.interviewed),
            format=Format(self.format),
            channel=Channel(self.channel),
            deadline=D(self.deadline) if self.deadline else None,
            country=self.country,
            subdiv=self.subdiv,
            tz=self.tz,
            items=self.items,
            has_coordinator=self.has_coordinator,
        )


def card(mail_from: str, mail_by: str) -> dict[str, str]:
    return {"kind": "card", "mail_from": mail_from, "mail_by": mail_by}


ROWS = [
    # --- weekends and holidays, five-plus countries -------------------------------------
    # SPEC worked example. Thu 19 Nov 2026: H1 from Fri 20, S1 from Sat 21, H2 to Thu 26.
    # Sat 21/Sun 22 weekend, Thu 26 Thanksgiving -> Mon 23..Wed 25; ideal >= Sun 22 -> Mon 23.
    # New York is on EST (-05:00) after 1 Nov. Today Fri 20 is before Mon 23: wait.
    Row(
        "us-thanksgiving",
        "2026-11-19",
        today="2026-11-20",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        reasons=("Thanksgiving",),
    ),
    # Fri 5 Jun 2026: S1 from Sun 7, H2 to Fri 12. Sat 6/Sun 7 weekend; Mon 8..Fri 12 are
    # all business days (Juneteenth is the 19th). Ideal >= Mon 8 -> Mon 8, EDT (-04:00).
    # Today = Mon 8 = earliest: due.
    Row(
        "us-weekend-after-friday",
        "2026-06-05",
        today="2026-06-08",
        days=("2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12"),
        ideal="2026-06-08",
        send_at="2026-06-08T10:00:00-04:00",
        status="due",
        reasons=("Sun 7 Jun 2026 is a weekend day",),
    ),
    # Tue 30 Jun 2026: S1 from Thu 2 Jul, H2 to Tue 7 Jul. 4 July is a Saturday, so Fri 3 Jul
    # is Independence Day (observed); Sat 4/Sun 5 weekend -> Thu 2, Mon 6, Tue 7.
    # Ideal >= Fri 3 -> Mon 6. Today Wed 8 Jul is after Tue 7: overdue.
    Row(
        "us-independence-day-observed",
        "2026-06-30",
        today="2026-07-08",
        days=("2026-07-02", "2026-07-06", "2026-07-07"),
        ideal="2026-07-06",
        send_at="2026-07-06T10:00:00-04:00",
        status="overdue",
        reasons=("Independence Day (observed)",),
    ),
    # GB/England, Tue 22 Dec 2026: S1 from Thu 24, H2 to Tue 29. Thu 24 is a working day,
    # Fri 25 Christmas, Sat 26 Boxing Day, Sun 27, Mon 28 Boxing Day (substitute bank
    # holiday) -> Thu 24, Tue 29. Ideal >= Fri 25 -> Tue 29. London is on GMT (+00:00).
    Row(
        "gb-eng-boxing-day",
        "2026-12-22",
        country="GB",
        subdiv="ENG",
        tz="Europe/London",
        days=("2026-12-24", "2026-12-29"),
        ideal="2026-12-29",
        send_at="2026-12-29T10:00:00+00:00",
        reasons=("Boxing Day (observed)", "Christmas Day"),
    ),
    # GB/Scotland, Thu 26 Nov 2026: S1 from Sat 28, H2 to Thu 3 Dec. Sat 28/Sun 29 weekend,
    # Mon 30 Nov St Andrew's Day (a Scottish bank holiday) -> Tue 1..Thu 3 Dec; ideal Tue 1.
    Row(
        "gb-sct-st-andrews-day",
        "2026-11-26",
        country="GB",
        subdiv="SCT",
        tz="Europe/London",
        days=("2026-12-01", "2026-12-02", "2026-12-03"),
        ideal="2026-12-01",
        send_at="2026-12-01T10:00:00+00:00",
        reasons=("Saint Andrew's Day",),
    ),
    # The same interview for England: Mon 30 Nov is a working day there -> Mon 30..Thu 3,
    # ideal >= Sun 29 -> Mon 30.
    Row(
        "gb-eng-no-st-andrews-day",
        "2026-11-26",
        country="GB",
        subdiv="ENG",
        tz="Europe/London",
        days=("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"),
        ideal="2026-11-30",
        send_at="2026-11-30T10:00:00+00:00",
    ),
    # DE/Bavaria, Mon 4 Jan 2027: S1 from Wed 6, H2 to Mon 11. Wed 6 Jan is Epiphany in
    # Bavaria; Sat 9/Sun 10 weekend -> Thu 7, Fri 8, Mon 11; ideal >= Thu 7 -> Thu 7. CET.
    Row(
        "de-by-epiphany",
        "2027-01-04",
        country="DE",
        subdiv="BY",
        tz="Europe/Berlin",
        days=("2027-01-07", "2027-01-08", "2027-01-11"),
        ideal="2027-01-07",
        send_at="2027-01-07T10:00:00+01:00",
        reasons=("Epiphany",),
    ),
    # The same for Germany without a Land: Epiphany is not a national holiday, so Wed 6 is
    # a business day and the window starts on it; the ideal day is still Thu 7.
    Row(
        "de-no-land-no-epiphany",
        "2027-01-04",
        country="DE",
        tz="Europe/Berlin",
        days=("2027-01-06", "2027-01-07", "2027-01-08", "2027-01-11"),
        ideal="2027-01-07",
        send_at="2027-01-07T10:00:00+01:00",
    ),
    # DE/Bavaria, Mon 1 Jun 2026: S1 from Wed 3, H2 to Mon 8. Thu 4 Jun is Corpus Christi
    # (Easter 5 Apr + 60) in Bavaria; Sat 6/Sun 7 weekend -> Wed 3, Fri 5, Mon 8.
    # Ideal >= Thu 4 -> Fri 5. Summer time: CEST (+02:00).
    Row(
        "de-by-corpus-christi",
        "2026-06-01",
        country="DE",
        subdiv="BY",
        tz="Europe/Berlin",
        days=("2026-06-03", "2026-06-05", "2026-06-08"),
        ideal="2026-06-05",
        send_at="2026-06-05T10:00:00+02:00",
        reasons=("Corpus Christi",),
    ),
    # FR, Mon 9 Nov 2026: S1 from Wed 11 = Armistice Day; H2 to Mon 16; Sat 14/Sun 15
    # weekend -> Thu 12, Fri 13, Mon 16; ideal >= Thu 12 -> Thu 12. CET (+01:00).
    Row(
        "fr-armistice",
        "2026-11-09",
        country="FR",
        tz="Europe/Paris",
        days=("2026-11-12", "2026-11-13", "2026-11-16"),
        ideal="2026-11-12",
        send_at="2026-11-12T10:00:00+01:00",
        reasons=("Armistice Day",),
    ),
    # JP Golden Week, Thu 30 Apr 2026, no deadline: S1 from Sat 2 May, H2 to Thu 7 May.
    # Sat 2, Sun 3 (Constitution Day), Mon 4 (Greenery Day), Tue 5 (Children's Day), Wed 6
    # (substitute holiday) -> only Thu 7 May. Ideal Thu 7 (>= Sun 3). JST (+09:00).
    Row(
        "jp-golden-week",
        "2026-04-30",
        country="JP",
        tz="Asia/Tokyo",
        days=("2026-05-07",),
        ideal="2026-05-07",
        send_at="2026-05-07T10:00:00+09:00",
        reasons=("Greenery Day", "Children's Day"),
    ),
    # IN, Tue 29 Sep 2026: S1 from Thu 1 Oct, H2 to Tue 6 Oct. Fri 2 Oct is Gandhi Jayanti
    # (Mahatma Gandhi's Birthday); Sat 3/Sun 4 weekend -> Thu 1, Mon 5, Tue 6.
    # Ideal >= Fri 2 -> Mon 5. IST is +05:30 all year.
    Row(
        "in-gandhi-jayanti",
        "2026-09-29",
        country="IN",
        tz="Asia/Kolkata",
        days=("2026-10-01", "2026-10-05", "2026-10-06"),
        ideal="2026-10-05",
        send_at="2026-10-05T10:00:00+05:30",
        reasons=("Gandhi",),
    ),
    # CA/Ontario, Thu 8 Oct 2026: S1 from Sat 10, H2 to Thu 15. Sat 10/Sun 11 weekend, Mon
    # 12 Thanksgiving (2nd Monday of October) -> Tue 13..Thu 15; ideal >= Sun 11 -> Tue 13.
    # Toronto is still on EDT (-04:00) until 1 Nov.
    Row(
        "ca-on-thanksgiving",
        "2026-10-08",
        country="CA",
        subdiv="ON",
        tz="America/Toronto",
        days=("2026-10-13", "2026-10-14", "2026-10-15"),
        ideal="2026-10-13",
        send_at="2026-10-13T10:00:00-04:00",
        reasons=("Thanksgiving",),
    ),
    # AU/NSW, Thu 22 Jan 2026: S1 from Sat 24, H2 to Thu 29. Sat 24/Sun 25 weekend, Mon 26
    # Australia Day -> Tue 27..Thu 29; ideal >= Sun 25 -> Tue 27. Sydney summer: AEDT +11:00.
    Row(
        "au-nsw-australia-day",
        "2026-01-22",
        country="AU",
        subdiv="NSW",
        tz="Australia/Sydney",
        days=("2026-01-27", "2026-01-28", "2026-01-29"),
        ideal="2026-01-27",
        send_at="2026-01-27T10:00:00+11:00",
        reasons=("Australia Day",),
    ),
    # --- year boundary ------------------------------------------------------------------
    # US, Wed 30 Dec 2026: S1 from Fri 1 Jan 2027 = New Year's Day; H2 to Wed 6 Jan; Sat 2/
    # Sun 3 weekend -> Mon 4, Tue 5, Wed 6; ideal >= Sat 2 -> Mon 4. EST.
    Row(
        "us-year-boundary",
        "2026-12-30",
        today="2027-01-04",
        days=("2027-01-04", "2027-01-05", "2027-01-06"),
        ideal="2027-01-04",
        send_at="2027-01-04T10:00:00-05:00",
        status="due",
        reasons=("New Year's Day",),
    ),
    # GB/Scotland, Wed 30 Dec 2026: Fri 1 Jan New Year's Day, Sat 2 Jan is Scotland's 2nd
    # January holiday, so Mon 4 Jan is its substitute -> Tue 5, Wed 6; ideal Tue 5.
    Row(
        "gb-sct-year-boundary",
        "2026-12-30",
        country="GB",
        subdiv="SCT",
        tz="Europe/London",
        days=("2027-01-05", "2027-01-06"),
        ideal="2027-01-05",
        send_at="2027-01-05T10:00:00+00:00",
        reasons=("New Year Holiday",),
    ),
    # --- deadlines that squeeze or close the window (US) --------------------------------
    # Mon 8 Jun 2026, decision Fri 12: H3 to Thu 11; S1 from Wed 10 -> Wed 10, Thu 11 with
    # no relaxation; ideal >= Thu 11 -> Thu 11.
    Row(
        "deadline-narrows-window",
        "2026-06-08",
        deadline="2026-06-12",
        days=("2026-06-10", "2026-06-11"),
        ideal="2026-06-11",
        send_at="2026-06-11T10:00:00-04:00",
        reasons=("The employer decides on Fri 12 Jun 2026",),
    ),
    # Mon 8 Jun, decision Wed 10: hard rules leave only Tue 9 (before S1's Wed 10). S1+S2:
    # empty; S1 alone: empty; S2 alone: Tue 9 -> deadline_squeeze. No day >= Thu 11, so the
    # ideal is the last day, Tue 9.
    Row(
        "deadline-squeeze",
        "2026-06-08",
        deadline="2026-06-10",
        days=("2026-06-09",),
        ideal="2026-06-09",
        send_at="2026-06-09T10:00:00-04:00",
        warnings=("deadline_squeeze",),
        reasons=("The deadline leaves no room for the usual wait (at least 2 days",),
    ),
    # Fri 5 Jun, decision Mon 8: hard rules leave Sat 6, Sun 7; S1 from Sun 7. S1+S2: empty;
    # dropping S2 keeps Sun 7 -> not_business_day; ideal (>= Mon 8: none) -> Sun 7.
    Row(
        "deadline-not-business-day",
        "2026-06-05",
        deadline="2026-06-08",
        days=("2026-06-07",),
        ideal="2026-06-07",
        send_at="2026-06-07T10:00:00-04:00",
        warnings=("not_business_day",),
        reasons=("Sun 7 Jun 2026 is a weekend day",),
    ),
    # Fri 5 Jun, decision Sun 7: only Sat 6 is left. Not >= d0+2 (S1), not a business day
    # (S2): both are dropped -> both warnings, window Sat 6.
    Row(
        "deadline-drops-both",
        "2026-06-05",
        deadline="2026-06-07",
        days=("2026-06-06",),
        ideal="2026-06-06",
        send_at="2026-06-06T10:00:00-04:00",
        warnings=("deadline_squeeze", "not_business_day"),
    ),
    # JP Golden Week with a decision on Thu 7 May: hard rules leave Fri 1..Wed 6; S1 from
    # Sat 2; Sat 2..Wed 6 are all weekend or holidays -> drop S2: Sat 2..Wed 6,
    # not_business_day. Ideal >= Sun 3 -> Sun 3 (Constitution Day).
    Row(
        "jp-golden-week-deadline",
        "2026-04-30",
        deadline="2026-05-07",
        country="JP",
        tz="Asia/Tokyo",
        days=("2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06"),
        ideal="2026-05-03",
        send_at="2026-05-03T10:00:00+09:00",
        warnings=("not_business_day",),
        reasons=("Constitution Day", "Substitute Holiday"),
    ),
    # Mon 8 Jun, decision Tue 9: H1 starts Tue 9, H3 ends Mon 8 -> no window at all.
    Row(
        "deadline-next-day-no-window",
        "2026-06-08",
        deadline="2026-06-09",
        status="no_window",
        reasons=("No window", "deadline"),
    ),
    # A decision on the interview day itself: no day is after it and before it.
    Row(
        "deadline-same-day-no-window",
        "2026-06-08",
        deadline="2026-06-08",
        status="no_window",
        reasons=("No window",),
    ),
    # A decision far after H2 changes nothing: same as the worked example.
    Row(
        "deadline-after-max-days",
        "2026-11-19",
        deadline="2026-12-15",
        today="2026-11-20",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
    ),
    # --- method: phone vs email, remote vs in person -------------------------------------
    # In person, arranged by phone: call the contact. Same days as the worked example (all
    # business days). Call slot starts 10:00. Card: mail_by = Wed 25 - 3 = Sun 22; mail_from
    # = max(Thu 19, Mon 23 - 3 = Fri 20) = Fri 20.
    Row(
        "in-person-phone-call",
        "2026-11-19",
        format="in-person",
        channel="phone",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        method="phone",
        role="contact",
        extras=(card("2026-11-20", "2026-11-22"),),
        reasons=("Nobody is phoned on a non-business day", "Call between 10:00 and 11:30"),
    ),
    # Phone, JP Golden Week with a decision on Thu 7 May: only business days count; in Fri 1
    # ..Wed 6 that is Fri 1 alone, before S1 (Sat 2) -> drop S1: Fri 1, deadline_squeeze
    # (email got not_business_day above). Card: mail_by = Fri 1 - 3 = Tue 28 Apr, before the
    # interview day -> no card.
    Row(
        "phone-golden-week-drops-only-s1",
        "2026-04-30",
        format="in-person",
        channel="phone",
        deadline="2026-05-07",
        country="JP",
        tz="Asia/Tokyo",
        days=("2026-05-01",),
        ideal="2026-05-01",
        send_at="2026-05-01T10:00:00+09:00",
        method="phone",
        role="contact",
        warnings=("deadline_squeeze",),
        reasons=("would not arrive in time",),
    ),
    # Phone, Fri 5 Jun with a decision Mon 8: Sat 6, Sun 7 only, no business day, and S2 is
    # hard for a call -> no window (email got Sun 7 with not_business_day above).
    Row(
        "phone-weekend-no-window",
        "2026-06-05",
        format="in-person",
        channel="phone",
        deadline="2026-06-08",
        method="phone",
        role="contact",
        status="no_window",
        reasons=("nobody is phoned on a non-business day",),
    ),
    # Phone, Fri 5 Jun with a decision Sun 7: only Sat 6 (email drops both rules) -> none.
    Row(
        "phone-cannot-drop-both",
        "2026-06-05",
        format="in-person",
        channel="phone",
        deadline="2026-06-07",
        method="phone",
        role="contact",
        status="no_window",
    ),
    # In person, arranged by email: email the main contact, card (as for the call above).
    Row(
        "in-person-email",
        "2026-11-19",
        format="in-person",
        channel="email",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        role="contact",
        extras=(card("2026-11-20", "2026-11-22"),),
    ),
    # In person, channel not recorded: email the main contact with channel_unknown.
    Row(
        "in-person-channel-unknown",
        "2026-11-19",
        format="in-person",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        role="contact",
        warnings=("channel_unknown",),
        extras=(card("2026-11-20", "2026-11-22"),),
    ),
    # A phone *interview* is remote: email the coordinator, whatever the channel; no card,
    # no channel_unknown.
    Row(
        "phone-interview-is-remote",
        "2026-11-19",
        format="phone",
        channel="phone",
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
    ),
    # Remote with has_coordinator=False: no_coordinator.
    Row(
        "remote-no-coordinator",
        "2026-11-19",
        has_coordinator=False,
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        warnings=("no_coordinator",),
    ),
    # has_coordinator=None means nothing is recorded about people: no warning.
    Row(
        "remote-coordinator-unknown",
        "2026-11-19",
        has_coordinator=None,
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
    ),
    # In person, no coordinator: the warning is for remote interviews only.
    Row(
        "in-person-no-coordinator-no-warning",
        "2026-11-19",
        format="in-person",
        channel="email",
        has_coordinator=False,
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        role="contact",
        extras=(card("2026-11-20", "2026-11-22"),),
    ),
    # --- extras -----------------------------------------------------------------------
    # In person, Mon 8 Jun, decision Fri 12 -> Wed 10, Thu 11. mail_by = Thu 11 - 3 = Mon 8,
    # the interview day itself (allowed); mail_from = max(Mon 8, Wed 10 - 3 = Sun 7) = Mon 8.
    Row(
        "card-mail-by-interview-day",
        "2026-06-08",
        format="in-person",
        channel="email",
        deadline="2026-06-12",
        days=("2026-06-10", "2026-06-11"),
        ideal="2026-06-11",
        send_at="2026-06-11T10:00:00-04:00",
        role="contact",
        extras=(card("2026-06-08", "2026-06-08"),),
    ),
    # Decision Thu 11 -> hard Tue 9, Wed 10; S1 from Wed 10 -> Wed 10 only, no warning.
    # mail_by = Wed 10 - 3 = Sun 7, before the interview -> no card.
    Row(
        "card-too-late",
        "2026-06-08",
        format="in-person",
        channel="email",
        deadline="2026-06-11",
        days=("2026-06-10",),
        ideal="2026-06-10",
        send_at="2026-06-10T10:00:00-04:00",
        role="contact",
        reasons=("would not arrive in time",),
    ),
    # An item discussed: a video extra (remote: no card).
    Row(
        "video-extra",
        "2026-11-19",
        items=("the analytics dashboard",),
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        extras=({"kind": "video", "item": "the analytics dashboard"},),
    ),
    # In person with an item: card, then video.
    Row(
        "card-and-video-extra",
        "2026-11-19",
        format="in-person",
        channel="email",
        items=("the espresso machine",),
        days=("2026-11-23", "2026-11-24", "2026-11-25"),
        ideal="2026-11-23",
        send_at="2026-11-23T10:00:00-05:00",
        role="contact",
        extras=(
            card("2026-11-20", "2026-11-22"),
            {"kind": "video", "item": "the espresso machine"},
        ),
    ),
    # --- send_at across the end of summer time ----------------------------------------
    # London, Tue 20 Oct 2026: S1 from Thu 22, H2 to Tue 27; Sat 24/Sun 25 weekend -> Thu 22,
    # Fri 23, Mon 26, Tue 27. Ideal >= Fri 23 -> Fri 23, still BST (+01:00; clocks go back on
    # Sun 25 Oct).
    Row(
        "london-bst",
        "2026-10-20",
        country="GB",
        subdiv="ENG",
        tz="Europe/London",
        days=("2026-10-22", "2026-10-23", "2026-10-26", "2026-10-27"),
        ideal="2026-10-23",
        send_at="2026-10-23T10:00:00+01:00",
    ),
    # London, Thu 22 Oct: S1 from Sat 24, H2 to Thu 29 -> Mon 26..Thu 29; ideal >= Sun 25 ->
    # Mon 26, now GMT (+00:00).
    Row(
        "london-gmt",
        "2026-10-22",
        country="GB",
        subdiv="ENG",
        tz="Europe/London",
        days=("2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29"),
        ideal="2026-10-26",
        send_at="2026-10-26T10:00:00+00:00",
    ),
    # New York, same interview: same days (Columbus Day was Mon 12 Oct), but New York stays
    # on EDT (-04:00) until Sun 1 Nov.
    Row(
        "new-york-edt-gap-week",
        "2026-10-22",
        days=("2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29"),
        ideal="2026-10-26",
        send_at="2026-10-26T10:00:00-04:00",
    ),
    # New York, Wed 28 Oct: S1 from Fri 30, H2 to Wed 4 Nov; Sat 31/Sun 1 weekend (Election
    # Day, Tue 3 Nov, is not a federal holiday) -> Fri 30, Mon 2, Tue 3, Wed 4. Ideal >= Sat 31
    # -> Mon 2 Nov, EST (-05:00).
    Row(
        "new-york-est",
        "2026-10-28",
        days=("2026-10-30", "2026-11-02", "2026-11-03", "2026-11-04"),
        ideal="2026-11-02",
        send_at="2026-11-02T10:00:00-05:00",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_scenario(row: Row) -> None:
    today = D(row.today or row.interviewed)
    policy = preset("seed", **row.policy)
    result = run(row.request(), today, policy)
    assert result.method == row.method
    assert result.recipient_role == row.role
    assert sorted(result.warnings) == sorted(row.warnings)
    assert result.status == row.status
    if row.days is None:
        assert result.window is None
        assert result.send_at is None
        data = result.to_dict()
        assert data["window"] is None and data["send_at"] is None
    else:
        assert result.window is not None and result.send_at is not None
        assert result.window.days == tuple(D(d) for d in row.days)
        assert result.window.earliest == D(row.days[0])
        assert result.window.latest == D(row.days[-1])
        assert result.window.ideal == D(row.ideal)
        assert result.send_at.isoformat() == row.send_at
    assert [e.to_dict() for e in result.extras] == list(row.extras)
    text = "\n".join(result.reasons)
    for fragment in row.reasons:
        assert fragment.lower() in text.lower(), f"{fragment!r} not in reasons:\n{text}"


CODES = ("not_business_day", "deadline_squeeze", "channel_unknown", "no_coordinator", "None")


def test_every_reason_is_a_plain_sentence() -> None:
    for row in ROWS:
        result = run(row.request(), D(row.interviewed))
        assert result.reasons
        for reason in result.reasons:
            assert reason[0].isupper() and reason.endswith("."), reason
            for code in CODES:  # no machine codes in what a person reads
                assert code not in reason, reason


def test_deadline_before_interview_is_refused() -> None:
    from followup.core.errors import InvalidInput

    req = replace(ROWS[0].request(), deadline=D("2026-11-18"))
    with pytest.raises(InvalidInput, match="before the interview"):
        run(req, D("2026-11-19"))


def test_date_at_the_end_of_the_calendar_is_a_clear_error() -> None:
    from followup.core.errors import InvalidInput

    req = PlanRequest(date(9999, 12, 30), Format.VIDEO, tz="UTC")
    with pytest.raises(InvalidInput, match="too far in the future"):
        plan(req, preset("seed"), date(9999, 12, 30), lambda d: None)


# --- call slot ------------------------------------------------------------------------


def test_phone_call_starts_at_call_slot_not_send_time() -> None:
    policy = preset("seed", call_start=time(9, 30), call_end=time(11, 0), send_time=time(14, 0))
    call = PlanRequest(
        D("2026-11-19"), Format.IN_PERSON, Channel.PHONE, tz="America/New_York", country="US"
    )
    result = run(call, D("2026-11-19"), policy)
    assert result.send_at is not None
    assert result.send_at.isoformat() == "2026-11-23T09:30:00-05:00"
    assert any("Call between 09:30 and 11:00" in r for r in result.reasons)
    mail = replace(call, channel=Channel.EMAIL)
    result = run(mail, D("2026-11-19"), policy)
    assert result.send_at is not None
    assert result.send_at.isoformat() == "2026-11-23T14:00:00-05:00"


def test_same_local_time_is_four_hours_apart_in_the_gap_week() -> None:
    """Mon 26 Oct 2026: London has left summer time, New York has not."""
    by_id = {r.id: r for r in ROWS}
    london = run(by_id["london-gmt"].request(), D("2026-10-22")).send_at
    new_york = run(by_id["new-york-edt-gap-week"].request(), D("2026-10-22")).send_at
    assert london is not None and new_york is not None
    assert new_york - london == timedelta(hours=4)
    assert london.astimezone().utcoffset() is not None
    assert london.utcoffset() == timedelta(0)


# --- status against today -------------------------------------------------------------

WORKED = PlanRequest(D("2026-11-19"), Format.VIDEO, tz="America/New_York")


@pytest.mark.parametrize(
    ("today", "status"),
    [
        # Window Mon 23 .. Wed 25 Nov 2026.
        ("2026-11-19", "wait"),  # the interview day
        ("2026-11-22", "wait"),  # the day before earliest
        ("2026-11-23", "due"),  # earliest
        ("2026-11-24", "due"),
        ("2026-11-25", "due"),  # latest
        ("2026-11-26", "overdue"),  # the day after latest
        ("2027-03-01", "overdue"),
    ],
)
def test_status_against_today(today: str, status: str) -> None:
    assert run(WORKED, D(today)).status == status


def test_status_done_once_followed_up() -> None:
    done = replace(WORKED, done=True)
    for today in ("2026-11-20", "2026-11-24", "2026-12-01"):
        assert run(done, D(today)).status == "done"
    closed = replace(done, deadline=D("2026-11-20"))
    result = run(closed, D("2026-11-24"))
    assert result.window is None and result.status == "done"


def test_status_no_window_whatever_today() -> None:
    closed = replace(WORKED, deadline=D("2026-11-20"))
    for today in ("2026-11-19", "2026-11-20", "2026-12-01"):
        assert run(closed, D(today)).status == "no_window"


def test_send_at_is_an_aware_datetime_in_the_recipient_zone() -> None:
    for row in ROWS:
        result = run(row.request(), D(row.interviewed))
        if result.send_at is None:
            continue
        assert isinstance(result.send_at, datetime)
        assert str(result.send_at.tzinfo) == row.tz

"""Time zones and countries, every clue of them in one place.

- `tables`: the tz database and CLDR as tables: IANA names and their countries (zone.tab),
  cities (by their other names too: "Bruxelles"), Windows names and their territories (CLDR
  windowsZones, through tzlocal's copy), a zone's offsets over a year, and the pattern of
  the zone words a text writes ("CST", "Pacific Time", "UTC+1").
- `choice`: the clues a country comes from (`Clue`) and the choice among the zones a name
  may mean (`ZoneChoice`): a Windows name narrowed to the countries the clues name, a zone
  word several countries keep ("GMT", "CET"); CLDR's default territory only as a last resort,
  and then the country is marked as a guess.
- `rules`: a calendar's TZID read as an IANA zone (Windows and display names, Exchange's
  numbered copies, "(UTC-08:00) …" labels) and a `Customized Time Zone` matched by the
  offsets and transition rules of its VTIMEZONE.
- `in_text`: zones written in text ("2:00 PM CST", "Pacific Time", "(GMT+00:00) London"),
  a state or city named in an address, and the zone of the country the clues point to.
- `countries`: the country clues of an invite: phone numbers' country codes (not a
  dial-in's), places named in the text, country-code mail domains, the text's language.
- `start`: the calendar start's day, time and zone, settled with every clue of the invite.
"""

"""Where followup keeps its files, and its settings: each declared once, validated on load.

Precedence, lowest to highest: declared default < named policy preset < config file <
environment (FOLLOWUP_<SECTION>_<KEY>) < command-line flag.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any

from followup.core.errors import ConfigError, InvalidInput, UnknownZone
from followup.core.policy import PRESETS, Policy, setting_fields
from followup.core.video_policy import VideoPolicy
from followup.folders import APP, cache_folder, home_folder


def home_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """FOLLOWUP_HOME, when set: every file followup writes lives below it."""
    home = home_folder(env)
    return Path(home) if home is not None else None


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    home = home_dir(env)
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    return Path(cache_folder(env))


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("FOLLOWUP_CONFIG"):
        return Path(env["FOLLOWUP_CONFIG"]).expanduser()
    home = home_dir(env)
    if home is not None:
        return home / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


@dataclass(frozen=True)
class Setting:
    """One setting: its section and key (the name is `section.key`), type, default and the
    line of help `followup config` and docs/configuration.md show."""

    section: str
    key: str
    type: type
    default: Any
    description: str

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def env_var(self) -> str:
        return f"FOLLOWUP_{self.section}_{self.key}".upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("user", "timezone", str, "", "Your time zone (IANA name); empty: the machine's."),
    Setting("user", "country", str, "US", "Default country of the people you follow up with."),
    Setting(
        "store",
        "db",
        str,
        "",
        "SQLAlchemy URL of the database; empty: followup.db in the data folder. "
        "FOLLOWUP_DB overrides it too.",
    ),
    Setting(
        "input",
        "date_order",
        str,
        "auto",
        "How an all-number date such as 11/27 is read: mdy (month first), dmy (day first), "
        "or auto (month first when user.country writes dates so, as in the US; else day first).",
    ),
    Setting(
        "input",
        "far_days",
        int,
        90,
        "A date further than this many days from today is asked about in a terminal and "
        "refused elsewhere unless --yes (a year typo, an old invite).",
    ),
    Setting("import", "max_bytes", int, 5_000_000, "Largest invite file `followup import` reads."),
    Setting(
        "import",
        "max_lines",
        int,
        10_000,
        "Most lines a calendar invite may have (a whole calendar export is refused).",
    ),
    Setting(
        "import",
        "max_depth",
        int,
        20,
        "Deepest nesting of calendar components or email (MIME) parts in an invite.",
    ),
    Setting(
        "drafting",
        "english",
        str,
        "auto",
        "The English of drafts: en-US, en-GB or en-CA; auto: by the recipient's country "
        "(en-US for US and PH, en-CA for CA, en-GB elsewhere).",
    ),
    Setting(
        "smtp",
        "host",
        str,
        "",
        "SMTP server that sends your mail; empty: no sending (use `eml` or `mailto`).",
    ),
    Setting("smtp", "port", int, 0, "SMTP port; 0: 465 with tls ssl, 587 with starttls, else 25."),
    Setting("smtp", "tls", str, "starttls", "SMTP encryption: none, starttls or ssl."),
    Setting("smtp", "user", str, "", "SMTP login; empty: no login."),
    Setting("smtp", "from", str, "", "Your From address; empty: the email of your profile."),
    Setting("smtp", "auth", str, "password", "SMTP login method: password or xoauth2."),
    Setting(
        "smtp",
        "password_command",
        str,
        "",
        "Command whose output is the SMTP password or OAuth2 token (like msmtp's "
        "passwordeval); else FOLLOWUP_SMTP_PASSWORD or secrets.toml (mode 0600) beside the "
        "config file.",
    ),
    Setting("smtp", "timeout", int, 60, "Seconds to wait for the SMTP server."),
    Setting(
        "smtp",
        "ca_file",
        str,
        "",
        "PEM file of the certificate authorities that vouch for the SMTP server (a "
        "self-hosted server, a local bridge); empty: the system's. Always verified.",
    ),
    Setting("imap", "host", str, "", "IMAP server of your mailbox; empty: no reply tracking."),
    Setting("imap", "port", int, 0, "IMAP port; 0: 993 with tls ssl, else 143."),
    Setting("imap", "tls", str, "ssl", "IMAP encryption: none, starttls or ssl."),
    Setting("imap", "user", str, "", "IMAP login."),
    Setting("imap", "auth", str, "password", "IMAP login method: password or xoauth2."),
    Setting(
        "imap",
        "password_command",
        str,
        "",
        "Command whose output is the IMAP password or OAuth2 token; else "
        "FOLLOWUP_IMAP_PASSWORD or secrets.toml (mode 0600).",
    ),
    Setting("imap", "folder", str, "INBOX", "Folder where replies arrive."),
    Setting(
        "imap",
        "sent_folder",
        str,
        "",
        "Folder a sent message is filed in; empty: the server's Sent folder (\\Sent), else Sent.",
    ),
    Setting("imap", "timeout", int, 60, "Seconds to wait for the IMAP server."),
    Setting(
        "imap",
        "ca_file",
        str,
        "",
        "PEM file of the certificate authorities that vouch for the IMAP server; empty: "
        "the system's. Always verified.",
    ),
    Setting("outbox", "poll_seconds", int, 30, "How often `followup worker` looks for due mail."),
    Setting(
        "outbox",
        "replies_minutes",
        int,
        5,
        "How often `followup worker` reads the mailbox for replies (when IMAP is set up).",
    ),
    Setting(
        "templates",
        "max_seconds",
        float,
        5.0,
        "Longest one render of your draft templates may take (wall clock and CPU); it is "
        "stopped after that.",
    ),
    Setting(
        "templates",
        "max_memory_mb",
        int,
        256,
        "Memory one render of your draft templates may use, in MB beyond followup's own; it "
        "is stopped past that.",
    ),
    *(
        Setting("policy", name, kind, default, description)
        for name, kind, default, description in setting_fields()
    ),
    *(
        Setting("video", name, kind, default, description)
        for name, kind, default, description in setting_fields(VideoPolicy)
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}
SECRET_NAMES = frozenset({"smtp.password", "imap.password"})


CHECK_RULES_FILE = "check.toml"


def check_rules_path(config_file: Path) -> Path:
    """The user's own check rules (merged over the shipped ones): check.toml beside the
    config file."""
    return config_file.parent / CHECK_RULES_FILE


def secrets_path(config_file: Path) -> Path:
    """The secrets file (passwords, mode 0600): secrets.toml beside the config file."""
    return config_file.parent / "secrets.toml"


def parse_value(setting: Setting, raw: Any, where: str) -> Any:
    """Turn a TOML, environment or flag value into the setting's type, or say what is wrong."""
    kind = setting.type
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError
        if kind is int:
            if isinstance(raw, bool):
                raise ValueError
            return int(str(raw).strip())
        if kind is float:
            if isinstance(raw, bool):
                raise ValueError
            number = float(str(raw).strip())
            if number != number or number in (float("inf"), float("-inf")):
                raise ValueError
            return number
        if kind is time:
            if isinstance(raw, time):
                return raw
            return time.fromisoformat(str(raw).strip())
        if not isinstance(raw, str):
            raise ValueError
        return _checked_place(setting.name, raw, where)
    except ValueError:
        expected = {
            bool: "true or false",
            int: "a whole number",
            float: "a number",
            time: "a time as HH:MM",
        }
        raise ConfigError(
            f"{where}: {setting.name} expects {expected.get(kind, 'text')}, got {raw!r}"
        ) from None


def _zone_loads(name: str) -> bool:
    """Whether the tz database has a zone of this exact name (the everyday case, checked
    without core.zones)."""
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, OSError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return not name.startswith(("posix/", "right/"))


def _checked_place(name: str, raw: str, where: str) -> str:
    """user.timezone: empty (the machine's) or a zone of the tz database; user.country: an
    ISO 3166-1 alpha-2 code or a country's name (stored as its code). Anything else is a
    ConfigError naming where it was set and the value."""
    if name not in ("user.timezone", "user.country"):
        return raw
    value = raw.strip()
    if name == "user.timezone" and (not value or _zone_loads(value)):
        return value
    from followup.core import zones

    if name == "user.timezone":
        try:
            meant: str | None = zones.resolve_zone(value)
        except UnknownZone as exc:
            meant = exc.suggestion
        except InvalidInput:  # a name that means several zones
            meant = None
        if meant != value:
            hint = f"did you mean {meant}?" if meant else "use an IANA name such as Europe/Berlin"
            raise ConfigError(f"{where}: user.timezone {raw!r} is not a time zone; {hint}")
    if name == "user.country":
        code = value.upper()
        if not (len(code) == 2 and code in zones.country_codes()):
            from followup.core.places import country_code

            try:
                code = country_code(value, "user.country")
            except InvalidInput as exc:
                raise ConfigError(f"{where}: {exc.message}") from None
            if code not in zones.country_codes():
                raise ConfigError(
                    f"{where}: user.country {raw!r} is not a country; give an ISO 3166 code "
                    "such as US, GB or DE, or the country's name"
                )
        return code
    return value


@dataclass
class Settings:
    """The settings in force: each name's value and where it came from (default, file,
    environment), the config file's path and the environment they were read from."""

    values: dict[str, Any]
    sources: dict[str, str]
    config_file: Path
    env: Mapping[str, str] = field(default_factory=dict)
    wheres: dict[str, str] = field(default_factory=dict)  # name -> "FILE, line N" or the variable

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def policy(self) -> Policy:
        kwargs = {s.key: self.values[s.name] for s in SETTINGS if s.section == "policy"}
        try:
            return replace(Policy(), **kwargs).validated()
        except InvalidInput as exc:
            raise ConfigError(_placed(exc.message, "policy", self.wheres)) from None

    @property
    def video(self) -> VideoPolicy:
        """The thresholds of `followup video check` (section `video`)."""
        from followup.core.video_policy import policy_from

        kwargs = {s.key: self.values[s.name] for s in SETTINGS if s.section == "video"}
        try:
            return policy_from(kwargs)
        except InvalidInput as exc:
            raise ConfigError(_placed(exc.message, "video", self.wheres)) from None

    @property
    def timezone(self) -> str:
        return str(self.values["user.timezone"]) or machine_timezone(self.env)

    @property
    def db_url(self) -> str:
        flag = str(self.values["store.db"]) if self.sources.get("store.db") == "flag" else ""
        url = flag or self.env.get("FOLLOWUP_DB") or str(self.values["store.db"])
        return url or f"sqlite:///{data_dir(self.env) / 'followup.db'}"

    @property
    def db_named(self) -> bool:
        """Whether the database is one the user named (--db, FOLLOWUP_DB or store.db), not
        the default file in the data folder."""
        return bool(
            self.sources.get("store.db") == "flag"
            or self.env.get("FOLLOWUP_DB")
            or str(self.values["store.db"])
        )

    @property
    def db_location(self) -> str:
        """Where the database is: the file of a SQLite URL or path, else the URL without its
        password."""
        url = self.db_url
        if "://" not in url:
            return str(Path(url).expanduser())
        if url.startswith("sqlite:///") and "?" not in url:
            return url[len("sqlite:///") :] or url
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
            return parts._replace(netloc=netloc).geturl()
        return url

    def with_flags(self, flags: Mapping[str, Any]) -> Settings:
        """A copy with command-line values (those that are not None) on top."""
        values, sources = dict(self.values), dict(self.sources)
        for name, raw in flags.items():
            if raw is None:
                continue
            if name == "policy.name":
                _apply_preset(values, sources, raw, self.sources)
            values[name] = parse_value(BY_NAME[name], raw, "command line")
            sources[name] = "flag"
        wheres = {**self.wheres, **{n: "command line" for n, v in flags.items() if v is not None}}
        return Settings(values, sources, self.config_file, self.env, wheres)


def _apply_preset(
    values: dict[str, Any], sources: dict[str, str], name: Any, explicit: Mapping[str, str]
) -> None:
    if name not in PRESETS:
        known = ", ".join(sorted(PRESETS))
        raise InvalidInput(f"unknown policy {name!r} (known: {known})")
    for key, value in PRESETS[name].items():
        full = f"policy.{key}"
        if explicit.get(full, "default") in {"default", "preset"}:
            values[full] = value
            sources[full] = f"policy {name}"


def machine_timezone(env: Mapping[str, str] | None = None) -> str:
    """The IANA name of this machine's time zone (TZ, /etc/timezone, /etc/localtime), else UTC."""
    env = os.environ if env is None else env
    tz = env.get("TZ", "").lstrip(":")
    if tz and "/" in tz or tz == "UTC":
        return tz
    try:
        text = Path("/etc/timezone").read_text().strip()
        if text:
            return text
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def _line_of(text: str, section: str, key: str) -> int | None:
    """The line number of `key = …` in `[section]` of a TOML text (None when not written so)."""
    current = ""  # keys before any [section] header are top-level
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] \t").strip()
        elif (
            current == section
            and "=" in stripped
            and stripped.split("=", 1)[0].strip().strip("\"'") == key
        ):
            return number
    return None


def _fail(message: str, problems: list[str] | None) -> None:
    """Raise ConfigError(message), or note it in `problems` when the caller collects them."""
    if problems is None:
        raise ConfigError(message)
    problems.append(message)


def _read_file(path: Path, problems: list[str] | None = None) -> dict[str, tuple[Any, str]]:
    """{setting name: (raw value, where: "FILE, line N")} from the config file."""
    if not path.exists():
        return {}
    import tomllib

    text = ""
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        _fail(f"{path}, {_toml_problem(str(exc), text)}", problems)
        return {}
    except UnicodeDecodeError:
        _fail(f"{path}: not UTF-8 text; save it as UTF-8", problems)
        return {}
    except OSError as exc:
        _fail(f"cannot read the config file {path}: {exc.strerror or exc}", problems)
        return {}
    flat: dict[str, tuple[Any, str]] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            line = _line_of(text, "", section)
            where = f"{path}, line {line}" if line else str(path)
            _fail(f"{where}: '{section}' must be a [section] table", problems)
            continue
        for key, value in table.items():
            name = f"{section}.{key}"
            line = _line_of(text, section, key)
            where = f"{path}, line {line}" if line else str(path)
            if name in SECRET_NAMES:
                _fail(
                    f"{where}: {name} does not belong in the config file; set "
                    f"FOLLOWUP_{section.upper()}_PASSWORD, put it in {secrets_path(path)} "
                    f"(mode 0600) or use {section}.password_command",
                    problems,
                )
            elif name not in BY_NAME:
                _fail(f"{where}: unknown setting {name}{_meant(name)}", problems)
            else:
                flat[name] = (value, where)
    return flat


def load_settings(
    env: Mapping[str, str] | None = None, problems: list[str] | None = None
) -> Settings:
    """Defaults, then the policy preset, the config file and FOLLOWUP_* variables.

    A wrong file or value raises ConfigError naming the file, the line and the value; with a
    `problems` list it is noted there instead and the setting keeps its default (what
    `followup config` shows, so the user sees everything else too)."""
    env = dict(os.environ if env is None else env)
    path = config_path(env)
    values = {s.name: s.default for s in SETTINGS}
    sources = dict.fromkeys(values, "default")
    layered: list[tuple[str, dict[str, tuple[Any, str]]]] = [
        ("file", _read_file(path, problems)),
        ("env", {s.name: (env[s.env_var], s.env_var) for s in SETTINGS if s.env_var in env}),
    ]
    wheres: dict[str, str] = {}
    for origin, layer in layered:
        for name, (raw, where) in layer.items():
            try:
                values[name] = parse_value(BY_NAME[name], raw, where)
            except ConfigError as exc:
                _fail(exc.message, problems)
                continue
            sources[name], wheres[name] = origin, where
    if values["policy.name"] not in PRESETS:
        known = ", ".join(sorted(PRESETS))
        where = wheres.pop("policy.name", "policy.name")
        _fail(f"{where}: unknown policy {values['policy.name']!r} (known: {known})", problems)
        values["policy.name"], sources["policy.name"] = BY_NAME["policy.name"].default, "default"
    _apply_preset(values, sources, values["policy.name"], sources)
    _validate(values, sources, wheres, problems)
    if problems is not None:
        problems.sort(key=_line_number)  # as they come in the file, then the variables
    return Settings(values, sources, path, env, wheres)


def _validate(
    values: dict[str, Any],
    sources: dict[str, str],
    wheres: dict[str, str],
    problems: list[str] | None,
) -> None:
    """Every value the commands would refuse (a negative wait, a call window that ends before
    it starts), said now with where it was set; that setting goes back to its default."""
    from followup.core.video_policy import policy_from

    checks = {
        "policy": lambda kw: replace(Policy(), **kw).validated(),
        "video": policy_from,
    }
    for section, check in checks.items():
        names = [s for s in SETTINGS if s.section == section]
        for _ in range(len(names)):
            try:
                check({s.key: values[s.name] for s in names})
                break
            except InvalidInput as exc:
                said = _placed(exc.message, section, wheres)
                if problems is None or said not in problems:
                    _fail(said, problems)
                named = [s for s in _named(exc.message, section) if sources[s.name] != "default"]
                if not named:
                    break
                values[named[0].name] = named[0].default
                sources[named[0].name] = "default"


def _named(message: str, section: str) -> list[Setting]:
    """The settings of `section` that `message` names, in the order it names them."""
    found = [
        (m.start(), s)
        for s in SETTINGS
        if s.section == section and (m := re.search(rf"(?<![.\w]){s.key}\b", message))
    ]
    return [s for _, s in sorted(found, key=lambda pair: pair[0])]


def _placed(message: str, section: str, wheres: Mapping[str, str]) -> str:
    """A policy's or video check's refusal with each setting's full name, led by where the
    first it names was set ('FILE, line 6: policy.wait_days must not be negative')."""
    named = _named(message, section)
    for setting in named:
        message = re.sub(rf"(?<![.\w]){setting.key}\b", setting.name, message)
    message = re.sub(rf"^{section} setting ", "", message)
    where = next((wheres[s.name] for s in named if s.name in wheres), None)
    return f"{where}: {message}" if where else message


def _line_number(problem: str) -> tuple[int, int]:
    found = re.search(r", line (\d+)\b", problem)
    return (0, int(found.group(1))) if found else (1, 0)


def _meant(name: str) -> str:
    """'; did you mean user.country?' for a mistyped setting name, else where to look."""
    import difflib

    section, _, key = name.partition(".")
    same = [s.name for s in SETTINGS if s.section == section]
    close = difflib.get_close_matches(name, same, n=1, cutoff=0.7) or difflib.get_close_matches(
        name, list(BY_NAME), n=1, cutoff=0.7
    )
    if not close and key:
        close = [s.name for s in SETTINGS if s.key == key]
    return f"; did you mean {close[0]}?" if close else " (see 'followup config')"


# tomllib's words -> what to do, said plainly (the line comes from its "(at line N, …)")
_TOML_WORDS = (
    ("Expected '=' after a key", "a setting needs '=' and a value: key = value"),
    ("Invalid value", 'the value is not one TOML reads: text needs quotes ("Berlin")'),
    ("Cannot overwrite a value", "this setting is written twice"),
    ("Cannot declare", "this [section] is written twice"),
    ("Expected ']' at the end of a table declaration", "a [section] line is not closed with ]"),
    ("Unclosed array", "a list is not closed with ]"),
    ("Unclosed inline table", "a { … } table is not closed"),
    ("Invalid statement", "this line is neither a [section] nor key = value"),
    ("Invalid initial character for a key part", "a setting's name cannot start like this"),
)


def _toml_problem(message: str, text: str) -> str:
    """'line 2: a quoted value is not closed' for the config file's TOML syntax error."""
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    number = int(found.group(1)) if found else 0
    lines = text.splitlines()
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    before = line.split("#", 1)[0]
    if before.count('"') % 2 or before.count("'") % 2:
        words = "a quoted value is not closed (it needs its closing quote on the same line)"
    elif "end of document" in message or not found:
        words = next((w for key, w in _TOML_WORDS if key in message), "the file ends too soon")
    else:
        words = next(
            (w for key, w in _TOML_WORDS if key in message),
            "this line is not TOML: write key = value under a [section]",
        )
    where = f"line {number}" if found else "the file"
    return f"{where}: {words}"


def render_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def reference_markdown() -> str:
    """The configuration reference, generated from SETTINGS (docs/configuration.md)."""
    lines = [
        "# Configuration reference",
        "",
        "<!-- Generated by `followup config --reference`; do not edit by hand. -->",
        "",
        "Settings live in one TOML file: `$FOLLOWUP_CONFIG`, else `$FOLLOWUP_HOME/config.toml`,",
        "else `config.toml` in your user config folder. Each can also be set with an",
        "environment variable. Precedence: default < policy preset < file < environment < flag.",
        "",
        "| setting | environment | type | default | description |",
        "|---|---|---|---|---|",
    ]
    for s in SETTINGS:
        default = render_value(s.default) if s.default != "" else "(empty)"
        lines.append(
            f"| `{s.name}` | `{s.env_var}` | {s.type.__name__} | `{default}` | {s.description} |"
        )
    lines += ["", "Named policies:", ""]
    from followup.core.policy import POLICY_DESCRIPTIONS

    for name, values in PRESETS.items():
        changes = ", ".join(f"{k} = {render_value(v)}" for k, v in values.items()) or "defaults"
        lines.append(f"- `{name}`: {POLICY_DESCRIPTIONS[name]} ({changes}).")
    return "\n".join(lines) + "\n"

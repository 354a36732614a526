"""Settings a person changes from the web app: the policy, and where everything lives."""

from __future__ import annotations

import tomllib
from typing import Any

from followup.config import BY_NAME, Settings, data_dir, load_settings, parse_value, secrets_path
from followup.core.errors import ConfigError, InvalidInput
from followup.core.policy import POLICY_DESCRIPTIONS, PRESETS
from followup.store import db


def overview(settings: Settings) -> dict[str, Any]:
    """Where the data lives and which policy is in force (with the ones to choose from)."""
    return {
        "database": db.where(settings.db_url),
        "data_folder": str(data_dir(settings.env)),
        "config_file": str(settings.config_file),
        "policy": str(settings["policy.name"]),
        "policy_source": settings.sources.get("policy.name", "default"),
        "policies": [
            {"name": name, "description": POLICY_DESCRIPTIONS.get(name, "")} for name in PRESETS
        ],
        "timezone": settings.timezone,
        "country": str(settings["user.country"]),
    }


def set_policy(settings: Settings, name: str) -> Settings:
    """Write `policy.name = NAME` into the config file (other settings kept) and return the
    settings read again, with the same command-line values on top."""
    if name not in PRESETS:
        raise InvalidInput(f"unknown policy {name!r} (known: {', '.join(sorted(PRESETS))})")
    return set_values(settings, {"policy.name": name})


# the mail settings a person sets from the web app (secrets are kept apart: save_secret)
MAIL_SETTINGS = (
    "smtp.host",
    "smtp.port",
    "smtp.tls",
    "smtp.user",
    "smtp.from",
    "imap.host",
    "imap.port",
    "imap.tls",
    "imap.user",
    "imap.folder",
)


def _read_toml(path: Any) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None


def set_values(settings: Settings, values: dict[str, Any]) -> Settings:
    """Write settings (name → value as typed) into the config file, each checked as the file
    is checked on load, the others kept; returns the settings read again (flags on top)."""
    import tomli_w

    from followup.delivery.files import write_atomic
    from followup.store.db import private_folder

    path = settings.config_file
    data = _read_toml(path)
    for name, raw in values.items():
        if name not in BY_NAME:
            raise InvalidInput(f"unknown setting {name}")
        value = parse_value(BY_NAME[name], raw, "the form")
        section, key = name.split(".", 1)
        table = data.setdefault(section, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: '{section}' must be a [{section}] table")
        table[key] = value
    private_folder(path.parent)  # 0700: the config file may hold mail passwords
    write_atomic(path, tomli_w.dumps(data))
    flags = {n: v for n, v in settings.values.items() if settings.sources.get(n) == "flag"}
    return load_settings(settings.env).with_flags(flags)


def save_secret(settings: Settings, section: str, password: str) -> str:
    """Store the SMTP or IMAP password in secrets.toml beside the config file (mode 0600,
    written whole or not at all); returns the file's path. Never in the config file."""
    import os

    import tomli_w

    from followup.folders import temporary_file

    if section not in ("smtp", "imap"):
        raise InvalidInput(f"no password for {section!r}")
    if not password or "\n" in password or "\r" in password or len(password) > 4096:
        raise InvalidInput("the password must be one line of text")
    path = secrets_path(settings.config_file)
    data = _read_toml(path)
    data.setdefault(section, {})["password"] = password
    from followup.store.db import private_folder

    private_folder(path.parent)
    fd, tmp = temporary_file(path.parent, ".secrets.", ".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(tomli_w.dumps(data))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return str(path)


def mail_overview(settings: Settings) -> dict[str, Any]:
    """The mail settings (never a secret), and where a password would come from."""
    out: dict[str, Any] = {name: settings[name] for name in MAIL_SETTINGS if name in BY_NAME}
    path = secrets_path(settings.config_file)
    for section in ("smtp", "imap"):
        source = None
        if settings.env.get(f"FOLLOWUP_{section.upper()}_PASSWORD"):
            source = f"FOLLOWUP_{section.upper()}_PASSWORD"
        elif str(settings[f"{section}.password_command"]).strip():
            source = f"{section}.password_command"
        elif path.exists() and f"[{section}]" in path.read_text(encoding="utf-8", errors="replace"):
            source = str(path)
        out[f"{section}.password_from"] = source
    out["secrets_file"] = str(path)
    return out


def send_test(settings: Settings) -> dict[str, Any]:
    """Send a short test message to your own address over the configured SMTP server:
    {"to", "state", "detail"} (`sent`, or the server's words)."""
    from followup.delivery.message import Mail, build, new_message_id
    from followup.delivery.smtp import Connection
    from followup.services import records, sending

    server = sending.smtp_server(settings)
    profile = records.get_profile(settings)
    sender = str(settings["smtp.from"]).strip() or (profile.email or "")
    if not profile.email and not sender:
        raise InvalidInput("set your email in your profile first: the test goes to you")
    to = profile.email or sender
    mail = Mail(
        from_name=profile.name or "followup",
        from_email=sender,
        to_name=profile.name or "",
        to_email=to,
        subject="followup: test message",
        body="This is a test from followup: your mail settings work.\n",
        message_id=new_message_id(sender),
    )
    connection = Connection(server)
    try:
        outcome = connection.send(sender, [to], build(mail))
    finally:
        connection.close()
    return {"to": to, "state": outcome.state, "detail": outcome.detail}

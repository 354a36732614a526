"""Mail server settings and their secrets.

A password (or OAuth2 access token) comes, in this order, from FOLLOWUP_SMTP_PASSWORD /
FOLLOWUP_IMAP_PASSWORD, from the output of `smtp.password_command` / `imap.password_command`
(run by the shell, like msmtp's `passwordeval`: how Gmail and Outlook users hand over an
OAuth2 token), or from `secrets.toml` beside the config file, which must be readable by its
owner only (mode 0600). A secret is read when a connection needs it and is never stored,
logged or printed.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup.config import Settings, secrets_path
from followup.core.errors import ConfigError, ExternalError

if TYPE_CHECKING:
    import ssl

TLS_MODES = ("none", "starttls", "ssl")
AUTH_MODES = ("password", "xoauth2")
COMMAND_TIMEOUT_S = 60


class NoTls(Exception):
    """Never raised: what a connection without TLS catches in place of `ssl`'s errors."""


@dataclass(frozen=True)
class Server:
    """One mail server (SMTP or IMAP) as the settings describe it."""

    section: str  # smtp or imap
    host: str
    port: int
    tls: str
    user: str
    auth: str
    timeout: int
    settings: Settings = field(repr=False, compare=False)
    ca_file: str = ""

    def tls_context(self) -> ssl.SSLContext:
        """A client TLS context that verifies the server's certificate and host name,
        against `ca_file` when set (else the system's authorities, or SSL_CERT_FILE).
        ConfigError when the file cannot be read as PEM certificates."""
        import ssl

        if not self.ca_file:
            return ssl.create_default_context()
        path = os.path.expanduser(self.ca_file)
        try:
            return ssl.create_default_context(cafile=path)
        except FileNotFoundError:
            raise ConfigError(f"{self.section}.ca_file: no file {path}") from None
        except ssl.SSLError as exc:
            raise ConfigError(
                f"{self.section}.ca_file: {path} is not a PEM file of certificates "
                f"({exc.reason or exc})"
            ) from None
        except OSError as exc:
            raise ConfigError(
                f"{self.section}.ca_file: cannot read {path} ({exc.strerror or exc})"
            ) from None

    def tls_errors(self) -> tuple[type[ssl.SSLCertVerificationError], type[ssl.SSLError]]:
        """(a certificate that cannot be verified, any other TLS failure) to catch on a
        connection: `ssl`'s classes when the server uses TLS; with `tls = none`, a class
        nothing raises, so that `ssl` (and OpenSSL) is never loaded for it."""
        if self.tls == "none":
            return NoTls, NoTls  # type: ignore[return-value]
        import ssl

        return ssl.SSLCertVerificationError, ssl.SSLError

    def secret(self) -> str | None:
        """The password or token for `user`; None when no login is configured."""
        if not self.user:
            return None
        return read_secret(self.settings, self.section)


def untrusted(srv: Server, exc: ssl.SSLCertVerificationError) -> ConfigError:
    """The server's certificate is not vouched for by a known authority (or names another
    host): what to set. Verification is never turned off."""
    why = getattr(exc, "verify_message", None) or exc.reason or "not trusted"
    return ConfigError(
        f"the {srv.section.upper()} server {srv.host}:{srv.port} has a certificate that cannot "
        f"be verified ({why}); if it is yours, set {srv.section}.ca_file to the PEM file of "
        "the authority that signed it"
    )


def no_tls(srv: Server, exc: ssl.SSLError) -> ExternalError:
    """The TLS handshake failed for another reason than the certificate (most often a port
    that speaks the other kind of TLS, or none): what to check."""
    usual = {"smtp": "ssl on 465, starttls on 587", "imap": "ssl on 993, starttls on 143"}
    return ExternalError(
        f"cannot start TLS with the {srv.section.upper()} server {srv.host}:{srv.port} "
        f"({exc.reason or exc}): is {srv.section}.tls = {srv.tls} right for this port? "
        f"(usually {usual[srv.section]})"
    )


def server(settings: Settings, section: str) -> Server | None:
    """The `smtp` or `imap` server of the settings; None when its host is not set."""
    host = str(settings[f"{section}.host"]).strip()
    if not host:
        return None
    tls = str(settings[f"{section}.tls"]).strip().lower()
    if tls not in TLS_MODES:
        raise ConfigError(f"{section}.tls must be one of {', '.join(TLS_MODES)} (got {tls!r})")
    auth = str(settings[f"{section}.auth"]).strip().lower()
    if auth not in AUTH_MODES:
        raise ConfigError(f"{section}.auth must be one of {', '.join(AUTH_MODES)} (got {auth!r})")
    port = int(settings[f"{section}.port"])
    if not port:
        if section == "smtp":
            port = {"ssl": 465, "starttls": 587}.get(tls, 25)
        else:
            port = 993 if tls == "ssl" else 143
    if not 0 < port < 65536:
        raise ConfigError(f"{section}.port must be from 1 to 65535 (got {port})")
    timeout = max(1, int(settings[f"{section}.timeout"]))
    user = str(settings[f"{section}.user"]).strip()
    ca_file = str(settings[f"{section}.ca_file"]).strip()
    return Server(section, host, port, tls, user, auth, timeout, settings, ca_file)


def read_secret(settings: Settings, section: str) -> str:
    """The secret for `section` (smtp or imap); ConfigError when none is configured."""
    env_name = f"FOLLOWUP_{section.upper()}_PASSWORD"
    value = settings.env.get(env_name)
    if value:
        return value
    command = str(settings[f"{section}.password_command"]).strip()
    if command:
        return _run_command(section, command)
    path = secrets_path(settings.config_file)
    if path.exists():
        found = _from_file(path, section)
        if found:
            return found
    raise ConfigError(
        f"no {section} password: set {env_name}, {section}.password_command, or "
        f"[{section}] password in {path} (mode 0600)"
    )


def _run_command(section: str, command: str) -> str:
    import subprocess

    try:
        done = subprocess.run(
            ["/bin/sh", "-c", command],
            capture_output=True,
            timeout=COMMAND_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExternalError(f"{section}.password_command could not run: {exc}") from None
    if done.returncode != 0:
        said = " ".join(done.stderr.decode("utf-8", "replace").split())[:200]
        raise ExternalError(
            f"{section}.password_command failed (exit {done.returncode})"
            + (f": {said}" if said else "")
        )
    secret = done.stdout.decode("utf-8", "replace").rstrip("\r\n")
    if not secret:
        raise ExternalError(f"{section}.password_command printed nothing")
    return secret


def _from_file(path: os.PathLike[str], section: str) -> str | None:
    import tomllib

    try:
        info = os.stat(path)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"{path} holds passwords but others may read it; run: chmod 600 {path}")
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    table = data.get(section)
    if not isinstance(table, dict):
        return None
    value = table.get("password")
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{path}: [{section}] password must be text")
    return value or None

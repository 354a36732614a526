"""The follow-up as an Internet message (RFC 5322), an unsent .eml, or a mailto: link (RFC 6068).

Built with the standard library's `email` package: UTF-8 text, headers encoded per RFC 2047
where they are not ASCII, lines ending in CRLF and a 7-bit body (quoted-printable or base64),
so any server takes it. Every name, subject and address is cleaned before it becomes a
header: a CR or LF can never start a header of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from followup.core.errors import InvalidInput

# RFC 5322 addr-spec as mail providers accept it: no spaces, quotes, brackets or controls.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"^{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})*$")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_MSGID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$")


def one_line(text: str | None) -> str:
    """A header value: controls (CR, LF, tab, NUL…) become single spaces, ends trimmed."""
    return " ".join(_CONTROLS.sub(" ", text or "").split())


def check_address(address: str | None, what: str) -> str:
    """A bare email address fit for a header, or InvalidInput naming `what`."""
    value = (address or "").strip()
    if not _ADDRESS.match(value) or len(value) > 254:
        raise InvalidInput(f"{what}: {value!r} is not an email address")
    return value


def check_message_id(value: str) -> str:
    if not _MSGID.match(value):
        raise InvalidInput(f"{value!r} is not a Message-ID")
    return value


def new_message_id(sender: str) -> str:
    """A fresh, globally unique Message-ID on the sender's domain (RFC 5322 §3.6.4)."""
    from email.utils import make_msgid

    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "followup.invalid"
    return make_msgid(domain=domain)


@dataclass(frozen=True)
class Mail:
    """What a follow-up message says and to whom (before it is encoded)."""

    from_name: str
    from_email: str
    to_name: str
    to_email: str
    subject: str
    body: str
    message_id: str | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = field(default_factory=tuple)
    cc: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (name, address) copied


def _policy() -> object:
    from email import policy

    return policy.SMTP.clone(cte_type="7bit")


def build(mail: Mail, *, date: datetime | None = None, unsent: bool = False) -> bytes:
    """The message as bytes ready for SMTP (CRLF line ends, 7-bit).

    `date` adds a Date header (sending); `unsent` writes `X-Unsent: 1` and no Message-ID or
    Date, so Outlook, Thunderbird and Apple Mail open it as a draft to edit and send.
    Raises InvalidInput when an address or Message-ID is not valid.
    """
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import format_datetime

    msg = EmailMessage(policy=_policy())  # type: ignore[arg-type]
    sender = check_address(mail.from_email, "From")
    to = check_address(mail.to_email, "To")
    msg["From"] = Address(display_name=one_line(mail.from_name), addr_spec=sender)
    msg["To"] = Address(display_name=one_line(mail.to_name), addr_spec=to)
    if mail.cc:
        msg["Cc"] = [
            Address(display_name=one_line(name), addr_spec=check_address(address, "Cc"))
            for name, address in mail.cc
        ]
    msg["Subject"] = one_line(mail.subject)
    if date is not None:
        msg["Date"] = format_datetime(date.astimezone(UTC))
    if mail.message_id and not unsent:
        msg["Message-ID"] = check_message_id(mail.message_id)
    if mail.in_reply_to:
        msg["In-Reply-To"] = check_message_id(mail.in_reply_to)
    refs = [check_message_id(r) for r in mail.references]
    if refs:
        msg["References"] = " ".join(refs)
    if unsent:
        msg["X-Unsent"] = "1"
    body = mail.body.replace("\r\n", "\n").replace("\r", "\n")
    msg.set_content(body, subtype="plain", charset="utf-8")
    return msg.as_bytes()


def copied(raw: bytes) -> list[str]:
    """The addresses of a built message's Cc header (each gets the message too), in order."""
    from email.parser import BytesHeaderParser
    from email.utils import getaddresses

    headers = BytesHeaderParser().parsebytes(raw)
    return [address for _name, address in getaddresses(headers.get_all("Cc", [])) if address]


def with_date(raw: bytes, when: datetime) -> bytes:
    """`raw` (built without a Date) with a Date header for the moment it is sent."""
    from email.utils import format_datetime

    return b"Date: " + format_datetime(when.astimezone(UTC)).encode("ascii") + b"\r\n" + raw


def mailto(mail: Mail) -> str:
    """A mailto: link (RFC 6068) with the subject and body, UTF-8 percent-encoded."""
    from urllib.parse import quote

    to = check_address(mail.to_email, "To")
    body = mail.body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    query = f"subject={quote(one_line(mail.subject), safe='')}&body={quote(body, safe='')}"
    if mail.in_reply_to:
        query += f"&In-Reply-To={quote(check_message_id(mail.in_reply_to), safe='')}"
    return f"mailto:{quote(to, safe='@')}?{query}"

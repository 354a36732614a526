"""The follow-up as an RFC 5322 message, an unsent .eml and a mailto: link."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.errors import InvalidInput
from followup.delivery.message import Mail, build, mailto, with_date

MAIL = Mail(
    from_name="Zoë Łukasiewicz",
    from_email="zoe@candidate.example",
    to_name="王伟",
    to_email="wang.wei@acme.example",
    subject="Thank you — Data Analyst interview",
    body="Dear Wang Wei,\n\nThank you for your time.\n.\nA line with a dot.\n\nZoë\n",
    message_id="<abc.123@candidate.example>",
    in_reply_to="<first@candidate.example>",
    references=("<first@candidate.example>",),
)


def parse(raw: bytes):
    return message_from_bytes(raw, policy=policy.default)


def test_message_is_clean_rfc5322_with_utf8_names_and_threading():
    raw = with_date(build(MAIL), datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    assert raw.isascii()  # 7-bit: any server takes it
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = parse(raw)
    assert str(msg["From"]) == "Zoë Łukasiewicz <zoe@candidate.example>"
    assert str(msg["To"]) == "王伟 <wang.wei@acme.example>"
    assert str(msg["Subject"]) == MAIL.subject
    assert msg["Message-ID"] == "<abc.123@candidate.example>"
    assert msg["In-Reply-To"] == "<first@candidate.example>"
    assert msg["References"] == "<first@candidate.example>"
    assert msg["Date"].datetime == datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == MAIL.body


def test_unsent_eml_opens_as_a_draft():
    msg = parse(build(MAIL, unsent=True))
    assert msg["X-Unsent"] == "1"
    assert msg["Message-ID"] is None and msg["Date"] is None
    assert str(msg["To"]) == "王伟 <wang.wei@acme.example>"


def test_mailto_link_carries_subject_and_body():
    link = mailto(MAIL)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "wang.wei@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == [MAIL.subject]
    assert query["body"][0] == MAIL.body.replace("\n", "\r\n")
    assert "\n" not in link and " " not in link


@pytest.mark.parametrize(
    "address",
    ["", "dana", "dana@acme.example\r\nBcc: x@evil.example", "a b@acme.example", "<x@y.z>"],
)
def test_a_bad_address_is_refused(address):
    with pytest.raises(InvalidInput):
        build(Mail("A", "a@b.example", "Dana", address, "Hi", "Body"))


HEADERS = {"from", "to", "subject", "message-id", "in-reply-to", "references", "date",
           "mime-version", "content-type", "content-transfer-encoding"}  # fmt: skip
evil_text = st.text(
    alphabet=st.sampled_from(list("ab Bcc:X-Evil:@.\r\n\t\x00\u2028\u0085é王")), max_size=40
)


@settings(max_examples=150, deadline=None)
@given(
    from_name=evil_text,
    to_name=evil_text,
    subject=evil_text,
    body=evil_text,
    local=evil_text,
)
def test_no_header_injection_through_any_field(from_name, to_name, subject, body, local):
    """CR/LF (and other controls) in every name, the subject and the addresses never make a
    header of their own: the message has exactly the headers followup writes."""
    address = (local or "x") + "@acme.example"
    mail = Mail(from_name, "alex@candidate.example", to_name, address, subject, body,
                message_id="<m.1@candidate.example>")  # fmt: skip
    try:
        raw = with_date(build(mail), datetime(2026, 11, 23, tzinfo=UTC))
    except InvalidInput:
        assert any(c in local for c in "\r\n\t\x00 :@\u2028\u0085é王") or "." in local
        return
    msg = parse(raw)
    assert {k.lower() for k in msg} <= HEADERS
    assert len(msg.get_all("To")) == 1 and msg.get_all("Bcc") is None
    assert msg.get_all("X-Evil") is None
    assert str(msg["To"].addresses[0].addr_spec) == address.strip()
    for name in ("From", "To", "Subject"):
        assert "\r" not in str(msg[name]) and "\n" not in str(msg[name])
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert line[:1] in (b" ", b"\t") or line.split(b":", 1)[0].lower().decode() in HEADERS

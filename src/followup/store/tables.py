"""The database schema (SQLAlchemy 2 Core tables). Changed only through a migration.

Dates are stored as dates, times as times, instants as naive UTC datetimes; lists of short
lines (topics, items, qualifications) as JSON arrays.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

APP_STATUSES = ("active", "offer", "rejected", "withdrawn", "ghosted")
FORMATS = ("video", "phone", "in-person")
CHANNELS = ("email", "phone", "unknown")
PERSON_ROLES = ("coordinator", "interviewer")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


profile = Table(
    "profile",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("email", String(200)),
    Column("phone", String(50)),
    Column("qualifications", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("address", Text),
    CheckConstraint("id = 1", name="one_row"),
)

applications = Table(
    "applications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("company", String(200), nullable=False),
    Column("role", String(200), nullable=False),
    Column("company_key", String(200), nullable=False),
    Column("role_key", String(200), nullable=False),
    Column("job_url", String(2000)),
    Column("status", String(20), nullable=False, default="active"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("qualifications", JSON),  # this application's own, before the profile's
    CheckConstraint(_in("status", APP_STATUSES), name="status"),
    UniqueConstraint("company_key", "role_key"),
    Index("ix_applications_status", "status"),
)

rounds = Table(
    "rounds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("interviewed", Date, nullable=False),
    Column("time", Time),
    Column("tz", String(64)),
    Column("format", String(20), nullable=False),
    Column("channel", String(20), nullable=False, default="unknown"),
    Column("deadline", Date),
    Column("country", String(3), nullable=False, default="US"),
    Column("subdiv", String(10)),
    Column("topics", JSON, nullable=False),
    Column("items", JSON, nullable=False),
    Column("notes", Text),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("address", Text),  # the company's postal address for this round, lines kept
    CheckConstraint(_in("format", FORMATS), name="format"),
    CheckConstraint(_in("channel", CHANNELS), name="channel"),
    # list (newest first) and today (a range of interview days) walk this index
    Index("ix_rounds_interviewed_id", "interviewed", "id"),
    Index("ix_rounds_application_id", "application_id"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("name", String(200), nullable=False),
    Column("email", String(200)),
    Column("phone", String(50)),
    Column("title", String(200)),
    Column("role", String(20), nullable=False, default="interviewer"),
    Column("address", Text),  # where it differs from the company's
    CheckConstraint(_in("role", PERSON_ROLES), name="role"),
    Index("ix_people_round_id", "round_id"),
)

actions = Table(
    "actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("channel", String(30)),
    Column("to_whom", String(400)),
    Column("on_date", Date, nullable=False),
    Column("planned_at", DateTime),
    Column("sent_at", DateTime),
    Column("outcome", String(500)),
    Column("note", Text),
    Column("reply_received", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_actions_round_id", "round_id"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("to_name", String(200)),
    Column("to_email", String(200)),
    Column("subject", String(500)),
    Column("body", Text, nullable=False),
    Column("video_url", String(2048)),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_drafts_round_id", "round_id"),
)

# The calendar event (RFC 5545 UID and SEQUENCE) a round was imported from: a later SEQUENCE of
# the same UID updates that round, a cancellation finds it, the same invite twice is one round.
invite_sources = Table(
    "invite_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("uid", String(500), nullable=False),
    Column("sequence", Integer, nullable=False, default=0),
    Column("imported_at", DateTime, nullable=False),
    UniqueConstraint("uid"),
    Index("ix_invite_sources_round_id", "round_id"),
)

OUTBOX_STATES = ("scheduled", "sending", "sent", "failed", "cancelled", "unknown")
REPLY_KINDS = ("reply", "auto", "bounce", "manual")

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("draft_id", Integer, ForeignKey("drafts.id", ondelete="SET NULL")),
    Column("kind", String(20), nullable=False, default="email"),  # the action it records
    Column("state", String(20), nullable=False, default="scheduled"),
    Column("hold", Text),  # why a scheduled message waits for the user (None: it is due)
    Column("due_at", DateTime, nullable=False),
    Column("not_after", DateTime),  # the window closes (None: forced, no limit)
    Column("tz", String(64), nullable=False),
    Column("follows_plan", Boolean, nullable=False, default=False),
    Column("forced", Boolean, nullable=False, default=False),
    Column("message_id", String(255), nullable=False),
    Column("sender", String(254), nullable=False),
    Column("recipient", String(254), nullable=False),
    Column("to_name", String(200)),
    Column("subject", String(500)),
    Column("raw", Text, nullable=False),  # the message as sent, less its Date header
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_try_at", DateTime),
    Column("claimed_by", String(200)),
    Column("claimed_at", DateTime),
    Column("handed_at", DateTime),  # set (durably) before the hand-over to the server starts
    Column("sent_at", DateTime),
    Column("detail", Text),  # the server's words, or why it failed / is unknown / cancelled
    Column("filed", String(200)),  # the IMAP folder it was filed in after sending
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint(_in("state", OUTBOX_STATES), name="state"),
    UniqueConstraint("message_id"),
    # the worker walks the due messages in order
    Index("ix_outbox_state_due_at", "state", "due_at"),
    Index("ix_outbox_round_id", "round_id"),
)

replies = Table(
    "replies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("outbox_id", Integer, ForeignKey("outbox.id", ondelete="SET NULL")),
    Column("kind", String(20), nullable=False),
    Column("message_id", String(998)),
    Column("sender", String(400)),
    Column("subject", String(998)),
    Column("received_at", DateTime),
    Column("matched_by", String(20), nullable=False),
    Column("outcome", String(20)),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
    CheckConstraint(_in("kind", REPLY_KINDS), name="kind"),
    UniqueConstraint("message_id"),
    Index("ix_replies_round_id", "round_id"),
)

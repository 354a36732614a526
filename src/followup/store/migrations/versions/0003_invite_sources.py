"""Invite sources: the calendar event (UID, SEQUENCE) each imported round came from.

Revision ID: 0003_invite_sources
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_invite_sources"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invite_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=500), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rounds.id"],
            name=op.f("fk_invite_sources_round_id_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invite_sources")),
        sa.UniqueConstraint("uid", name=op.f("uq_invite_sources_uid")),
    )
    op.create_index("ix_invite_sources_round_id", "invite_sources", ["round_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_invite_sources_round_id", table_name="invite_sources")
    op.drop_table("invite_sources")

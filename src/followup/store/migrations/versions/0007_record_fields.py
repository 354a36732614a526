"""The record holds what a follow-up needs: postal addresses (the company's for a round, a
person's where it differs, the candidate's own) and qualifications per application.

Revision ID: 0007_record_fields
Revises: 0006_delivery_outbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_record_fields"
down_revision = "0006_delivery_outbox"
branch_labels = None
depends_on = None

ADDED = (
    ("rounds", "address", sa.Text()),
    ("people", "address", sa.Text()),
    ("profile", "address", sa.Text()),
    ("applications", "qualifications", sa.JSON()),
)


def upgrade() -> None:
    for table, column, kind in ADDED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(column, kind, nullable=True))


def downgrade() -> None:
    for table, column, _ in reversed(ADDED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)

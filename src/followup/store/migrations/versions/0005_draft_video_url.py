"""A draft can carry the link of a recorded video thank-you note (`draft --video-url`).

Revision ID: 0005_draft_video_url
Revises: 0003_invite_sources
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_draft_video_url"
down_revision = "0003_invite_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("video_url", sa.String(length=2048), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("video_url")

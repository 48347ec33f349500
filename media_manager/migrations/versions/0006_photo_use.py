"""usage records: photo_use (where and when a photo was published); index on photo.added_at

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("story", sa.String(length=200), nullable=False),
        sa.Column("publication", sa.String(length=200), nullable=False),
        sa.Column("used_on", sa.Date(), nullable=False),
        sa.Column("page", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("url", sa.Text(), nullable=False, server_default=""),
        sa.Column("credit", sa.Text(), nullable=True),
        sa.Column("use_key", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"], name=op.f("fk_photo_use_photo_id_photo"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["batch_id"], ["batch.id"], name=op.f("fk_photo_use_batch_id_batch"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_use")),
        sa.UniqueConstraint("use_key", name=op.f("uq_photo_use_use_key")),
    )
    with op.batch_alter_table("photo_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_use_photo_id"), ["photo_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_use_story"), ["story"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_use_used_on"), ["used_on"], unique=False)
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index("ix_photo_added_at", ["added_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_added_at")
    op.drop_table("photo_use")

"""shared desk under faults: batch owner and interrupted mark, write-back intents

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("interrupted_at", sa.DateTime(timezone=True),
                                      nullable=True))
    op.create_table(
        "write_intent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("temp_path", sa.Text(), nullable=True),
        sa.Column("new_size", sa.BigInteger(), nullable=True),
        sa.Column("new_mtime_ns", sa.BigInteger(), nullable=True),
        sa.Column("new_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"],
                                name=op.f("fk_write_intent_photo_id_photo"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_intent")),
    )
    op.create_index(op.f("ix_write_intent_photo_id"), "write_intent", ["photo_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_write_intent_photo_id"), table_name="write_intent")
    op.drop_table("write_intent")
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.drop_column("interrupted_at")
        batch_op.drop_column("owner")

"""photo status: active, superseded or killed by a later transmission

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False,
                                      server_default="active"))
        batch_op.add_column(sa.Column("status_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("status_batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("superseded_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_photo_status"), ["status"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_photo_status_batch_id_batch"), "batch",
                                    ["status_batch_id"], ["id"], ondelete="SET NULL")
        batch_op.create_foreign_key(batch_op.f("fk_photo_superseded_by_id_photo"), "photo",
                                    ["superseded_by_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_photo_superseded_by_id_photo"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_photo_status_batch_id_batch"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_photo_status"))
        batch_op.drop_column("superseded_by_id")
        batch_op.drop_column("status_batch_id")
        batch_op.drop_column("status_note")
        batch_op.drop_column("status")

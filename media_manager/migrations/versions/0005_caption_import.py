"""caption import: review queue, NewsML-G2 items applied, files a hot folder imported

Revision ID: 0005
Revises: 0007
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batch.id"], name=op.f(
            "fk_review_item_batch_id_batch"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"], name=op.f(
            "fk_review_item_photo_id_photo"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_item")),
    )
    op.create_index(op.f("ix_review_item_batch_id"), "review_item", ["batch_id"])
    op.create_index(op.f("ix_review_item_status"), "review_item", ["status"])
    op.create_table(
        "wire_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=250), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batch.id"], name=op.f(
            "fk_wire_item_batch_id_batch"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"], name=op.f(
            "fk_wire_item_photo_id_photo"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wire_item")),
    )
    op.create_index(op.f("ix_wire_item_guid"), "wire_item", ["guid"])
    op.create_index(op.f("ix_wire_item_photo_id"), "wire_item", ["photo_id"])
    op.create_table(
        "imported_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batch.id"], name=op.f(
            "fk_imported_file_batch_id_batch"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_file")),
    )
    op.create_index(op.f("ix_imported_file_sha256"), "imported_file", ["sha256"])


def downgrade() -> None:
    op.drop_index(op.f("ix_imported_file_sha256"), table_name="imported_file")
    op.drop_table("imported_file")
    op.drop_index(op.f("ix_wire_item_photo_id"), table_name="wire_item")
    op.drop_index(op.f("ix_wire_item_guid"), table_name="wire_item")
    op.drop_table("wire_item")
    op.drop_index(op.f("ix_review_item_status"), table_name="review_item")
    op.drop_index(op.f("ix_review_item_batch_id"), table_name="review_item")
    op.drop_table("review_item")

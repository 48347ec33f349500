"""thumbnail_image: thumbnails and previews kept in the catalogue (``--thumbnails database``)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thumbnail_image",
        sa.Column("photo_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"],
                                name=op.f("fk_thumbnail_image_photo_id_photo"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("photo_id", "kind", name=op.f("pk_thumbnail_image")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # JPEG bytes do not compress: store them out of line without trying (TOAST EXTERNAL)
        op.execute("ALTER TABLE thumbnail_image ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("thumbnail_image")

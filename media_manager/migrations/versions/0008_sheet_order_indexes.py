"""indexes for the contact sheet's sort orders (received, taken) among active photos

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01 09:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_photo_status_added_at_id", "photo", ["status", "added_at", "id"])
    op.create_index("ix_photo_status_date_time_original_id", "photo",
                    ["status", "date_time_original", "id"])


def downgrade() -> None:
    op.drop_index("ix_photo_status_date_time_original_id", table_name="photo")
    op.drop_index("ix_photo_status_added_at_id", table_name="photo")

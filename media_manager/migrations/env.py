"""Alembic environment: runs against the engine handed in by media_manager.db.migrate."""

from __future__ import annotations

from alembic import context

from media_manager.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()

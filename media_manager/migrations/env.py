"""Alembic environment: runs on the connection (or engine) handed in by media_manager.db.migrate."""

from __future__ import annotations

from alembic import context

from media_manager.models import Base

config = context.config
engine = config.attributes["engine"]


def run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()


if config.attributes.get("connection") is not None:
    run(config.attributes["connection"])  # media_manager.db.migrate holds it in one transaction
else:
    with engine.begin() as connection:
        run(connection)

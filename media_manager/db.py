"""Engine and session factories, and the schema migrations (Alembic).

Nothing here runs at import time: callers build an engine from their Settings
and pass sessions in explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import sessionmaker

from media_manager.errors import ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(database_url: str, *, create_folder: bool = False) -> Engine:
    """An engine for ``database_url``; SQLite gets WAL, foreign keys and a busy timeout.

    A SQLite file's folder must exist (a mistyped path is refused, not created) unless
    ``create_folder`` (the default catalogue in the data folder).
    """
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise ConfigError(f"not a database URL: {database_url!r}") from None
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            _sqlite_folder(Path(url.database).expanduser().parent, database_url, create_folder)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as problem:  # noqa: BLE001 - e.g. a driver that is not installed
        raise ConfigError(f"cannot use database {url.render_as_string()}: {problem}") from None


def _sqlite_folder(folder: Path, database_url: str, create: bool) -> None:
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise ConfigError(f"cannot open the catalogue at {database_url}: "
                          f"folder {folder} does not exist")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine, connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision by running the real migrations.

    Several processes may open a new catalogue at once, and one may be killed
    halfway: the whole upgrade is one transaction, taken under a lock (PostgreSQL:
    an advisory lock; SQLite: ``BEGIN IMMEDIATE``, the database's write lock), so
    the others wait and then find the schema done, and a kill leaves none of it.
    """
    try:
        if is_current(engine):
            return
        from alembic import command

        with engine.connect() as connection, _schema_lock(connection):
            command.upgrade(_alembic_config(engine, connection), "head")
    except (OperationalError, DBAPIError) as problem:
        raise ConfigError(f"cannot open the catalogue at {_shown(engine)}: "
                          f"{database_reason(problem)}") from None


@contextmanager
def _schema_lock(connection: Connection) -> Iterator[None]:
    """One transaction for the whole upgrade, held under the backend's lock."""
    if connection.dialect.name != "sqlite":
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('media-manager schema'), "
                                "hashtext(current_schema()))"))
        yield
        connection.commit()
        return
    raw = connection.connection.dbapi_connection
    legacy = raw.isolation_level  # type: ignore[union-attr]
    raw.isolation_level = None  # type: ignore[union-attr] # we say BEGIN; DDL included
    # Batch migrations copy a table and drop the old one: with foreign keys on, dropping
    # photo would cascade and delete every value, file and history row (issue 10).
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        yield
        connection.commit()
    finally:
        if raw.in_transaction:  # type: ignore[union-attr]
            raw.rollback()  # type: ignore[union-attr]
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        raw.isolation_level = legacy  # type: ignore[union-attr]


def database_reason(problem: BaseException) -> str:
    """A database error in one short line: the driver's first line, without the SQL."""
    orig = getattr(problem, "orig", None) or problem
    lines = str(orig).strip().splitlines()
    reason = lines[0] if lines else type(orig).__name__
    return " ".join(reason.split())[:200]


def is_current(engine: Engine) -> bool:
    """True when the database has every migration applied.

    Every command asks this first; Alembic, which imports every migration to know its
    heads, is loaded only when the migrations' files do not say their revisions plainly.
    """
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        current = set(connection.execute(text("SELECT version_num FROM alembic_version"))
                      .scalars())
    return current == (head_revisions() or _alembic_heads(engine))


_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\b[^=\n]*=\s*(?:None|['"]([\w-]+)['"])\s*$""", re.MULTILINE)


def head_revisions() -> set[str] | None:
    """The newest revisions, read from the ``revision = "…"`` and ``down_revision = "…"``
    lines of the migrations' files (a revision no other one follows); None when a file
    says them otherwise (a merge's tuple), and Alembic must be asked."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        said = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if set(said) != {"revision", "down_revision"} or not said["revision"]:
            return None
        revisions.add(said["revision"])
        if said["down_revision"]:  # '' for None: the first migration
            followed.add(said["down_revision"])
    return (revisions - followed) or None


def _alembic_heads(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config(engine)).get_heads())


def _shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)

"""Settings: where the catalogue lives. Built once by the CLI or UI and passed in, never global."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

from media_manager.errors import ConfigError

DB_ENV = "MEDIA_MANAGER_DB"
DATA_DIR_ENV = "MEDIA_MANAGER_DATA"
THUMBNAILS_ENV = "MEDIA_MANAGER_THUMBNAILS"
#: Thumbnail stores: the data folder's ``thumbnails/``, the catalogue database itself, or
#: a folder named by its path (a share every machine of the desk mounts).
DATA_STORE, DATABASE_STORE, FOLDER_STORE = "data", "database", "folder"


def default_data_dir() -> Path:
    """The user's data folder for media-manager (e.g. ~/.local/share/media-manager)."""
    return Path(os.environ.get(DATA_DIR_ENV) or user_data_dir("media-manager", appauthor=False))


def default_database_url(data_dir: Path) -> str:
    """The SQLite file ``catalog.sqlite3`` in the data folder."""
    return f"sqlite:///{data_dir / 'catalog.sqlite3'}"


def thumbnail_store_of(setting: str | None) -> tuple[str, Path | None]:
    """The store a ``--thumbnails`` value names: ``data``, ``database``, or a folder path
    (it must hold a ``/``, so a typo is not taken for a folder); the folder, if any."""
    value = (setting or DATA_STORE).strip()
    if value in (DATA_STORE, DATABASE_STORE):
        return value, None
    if "/" in value:
        return FOLDER_STORE, Path(value).expanduser()
    raise ConfigError(f"thumbnail store {value!r}: use data, database or a folder path "
                      "(with a /, e.g. /srv/desk/thumbnails)")


@dataclass(frozen=True)
class Settings:
    """Where the catalogue and its thumbnails live.

    ``thumbnail_store`` is ``data`` (``thumbnails/`` in the data folder), ``database``
    (a table of the catalogue, which every UI and ingest machine reaches) or ``folder``
    (``thumbnail_dir``, e.g. a share mounted on every machine of the desk).
    """

    database_url: str
    data_dir: Path
    thumbnail_dir: Path = field(default=Path())
    user: str = "desk"
    thumbnail_store: str = DATA_STORE

    def __post_init__(self) -> None:
        if self.thumbnail_store not in (DATA_STORE, DATABASE_STORE, FOLDER_STORE):
            raise ConfigError(f"thumbnail store {self.thumbnail_store!r}: use data, "
                              "database or folder")
        if self.thumbnail_dir == Path():
            object.__setattr__(self, "thumbnail_dir", self.data_dir / "thumbnails")
        elif self.thumbnail_store == DATA_STORE:
            object.__setattr__(self, "thumbnail_store", FOLDER_STORE)

    @property
    def uses_default_database(self) -> bool:
        """True for the SQLite file in the data folder, whose folder may be created."""
        return self.database_url == default_database_url(self.data_dir)

    @property
    def thumbnails_setting(self) -> str:
        """The value of ``--thumbnails`` / ``$MEDIA_MANAGER_THUMBNAILS`` these settings mean."""
        if self.thumbnail_store == FOLDER_STORE:
            return str(self.thumbnail_dir)
        return self.thumbnail_store

    @classmethod
    def from_env(
        cls,
        database_url: str | None = None,
        data_dir: str | Path | None = None,
        user: str | None = None,
        thumbnails: str | None = None,
    ) -> Settings:
        """Settings from explicit values, else the environment, else the defaults.

        The database URL comes from ``database_url``, else ``$MEDIA_MANAGER_DB``,
        else a SQLite file ``catalog.sqlite3`` in the data folder; the thumbnail store
        from ``thumbnails``, else ``$MEDIA_MANAGER_THUMBNAILS``, else the data folder.
        """
        base = Path(data_dir) if data_dir else default_data_dir()
        url = database_url or os.environ.get(DB_ENV) or default_database_url(base)
        who = user or os.environ.get("MEDIA_MANAGER_USER") or os.environ.get("USER") or "desk"
        store, folder = thumbnail_store_of(thumbnails or os.environ.get(THUMBNAILS_ENV))
        return cls(database_url=url, data_dir=base, user=who, thumbnail_store=store,
                   thumbnail_dir=folder or Path())

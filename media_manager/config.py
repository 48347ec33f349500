"""Settings: where the catalogue lives. Built once by the CLI or UI and passed in, never global."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "MEDIA_MANAGER_DB"
DATA_DIR_ENV = "MEDIA_MANAGER_DATA"


def default_data_dir() -> Path:
    """The user's data folder for media-manager (e.g. ~/.local/share/media-manager)."""
    return Path(os.environ.get(DATA_DIR_ENV) or user_data_dir("media-manager", appauthor=False))


def default_database_url(data_dir: Path) -> str:
    """The SQLite file ``catalog.sqlite3`` in the data folder."""
    return f"sqlite:///{data_dir / 'catalog.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    """Where the catalogue and its thumbnails live."""

    database_url: str
    data_dir: Path
    thumbnail_dir: Path = field(default=Path())
    user: str = "desk"

    def __post_init__(self) -> None:
        if self.thumbnail_dir == Path():
            object.__setattr__(self, "thumbnail_dir", self.data_dir / "thumbnails")

    @property
    def uses_default_database(self) -> bool:
        """True for the SQLite file in the data folder, whose folder may be created."""
        return self.database_url == default_database_url(self.data_dir)

    @classmethod
    def from_env(
        cls,
        database_url: str | None = None,
        data_dir: str | Path | None = None,
        user: str | None = None,
    ) -> Settings:
        """Settings from explicit values, else the environment, else the defaults.

        The database URL comes from ``database_url``, else ``$MEDIA_MANAGER_DB``,
        else a SQLite file ``catalog.sqlite3`` in the data folder.
        """
        base = Path(data_dir) if data_dir else default_data_dir()
        url = database_url or os.environ.get(DB_ENV) or default_database_url(base)
        who = user or os.environ.get("MEDIA_MANAGER_USER") or os.environ.get("USER") or "desk"
        return cls(database_url=url, data_dir=base, user=who)

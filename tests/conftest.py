"""Shared fixtures: the catalogue database on SQLite and PostgreSQL, the conformance
corpus, ExifTool, and the sample media. Every test folder (catalog, cli, ui ...) uses
the one ``database_url`` fixture, so each runs on both backends."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from media_manager.catalog.service import Catalog
from media_manager.config import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLE_MEDIA = REPO / "sample_media"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus beside the repository; tests that need it skip without it."""
    if not (CORPUS / "real").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return CORPUS


@pytest.fixture(scope="session")
def exiftool() -> str:
    """Path of the ExifTool binary, the referee; tests that need it skip without it."""
    found = shutil.which("exiftool")
    if not found:
        pytest.skip("ExifTool is not installed (Debian: libimage-exiftool-perl)")
    return found


@pytest.fixture(scope="session")
def sample_media() -> Path:
    return SAMPLE_MEDIA


POSTGRES_URL = os.environ.get(
    "MEDIA_MANAGER_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_reachable: dict[str, str | None] = {}


def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used for tests here, or None when it can (asked once)."""
    if "answer" not in _reachable:
        try:
            engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.execute(text("select 1"))
            engine.dispose()
            _reachable["answer"] = None
        except Exception as problem:  # noqa: BLE001 - no server, no driver, no database
            _reachable["answer"] = str(problem).splitlines()[0]
    return _reachable["answer"]


def postgres_schema_url(tmp_name: str):  # type: ignore[no-untyped-def]
    """A URL whose connections use a fresh schema of their own; and a function to drop it."""
    schema = f"mm_{tmp_name}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The catalogue database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'catalog.sqlite3'}"
        return
    problem = postgres_problem()
    if problem:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {problem}")
    url, drop = postgres_schema_url(uuid.uuid4().hex[:12])
    yield url
    drop()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path / "data", user="tester")


@pytest.fixture
def catalog(settings: Settings):  # type: ignore[no-untyped-def]
    opened = Catalog.open(settings)
    yield opened
    opened.close()

"""A small catalogue of wire photos for the front end, named through the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.photos import make_picture, make_wire_photo

UI = Path(__file__).resolve().parents[2] / "ui"


def fill_desk(folder: Path) -> None:
    make_wire_photo(folder / "lagos.jpg", 1, headline="Lagos floods",
                    description="Residents wade through a flooded street in Lagos, Nigeria, "
                                "July 8, 2025. REUTERS/Temilade Okafor",
                    credit_line="REUTERS", creator=["Temilade Okafor"], city="Lagos",
                    country="Nigeria", date_created="2025-07-08")
    make_wire_photo(folder / "bern.jpg", 2, headline="Swiss referendum",
                    description="Voters queue outside a polling station in Bern, Switzerland, "
                                "Sunday, June 9, 2024. (AP Photo/Lukas Brunner)",
                    credit_line="AP", creator=["Lukas Brunner"], city="Bern")
    make_picture(folder / "untitled.jpg", 3)


@pytest.fixture
def desk_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a filled catalogue, exported as MEDIA_MANAGER_DB / MEDIA_MANAGER_DATA."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}",
                        data_dir=tmp_path / "data", user="tester")
    fill_desk(tmp_path / "wire")
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
    monkeypatch.setenv("MEDIA_MANAGER_DB", settings.database_url)
    monkeypatch.setenv("MEDIA_MANAGER_DATA", str(settings.data_dir))
    monkeypatch.setenv("MEDIA_MANAGER_USER", "tester")
    monkeypatch.syspath_prepend(str(UI))
    return settings

"""Backup and restore: a whole catalogue through one file, SQLite ⇄ PostgreSQL."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from media_manager.catalog.backup import BackupError
from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.conftest import postgres_problem, postgres_schema_url
from tests.photos import make_wire_photo


@pytest.fixture
def other_url(database_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The other backend from ``database_url`` (SQLite when PostgreSQL cannot be reached)."""
    if database_url.startswith("sqlite") and not postgres_problem():
        url, drop = postgres_schema_url("restore_" + tmp_path.name[-8:].replace("-", "_"))
        yield url
        drop()
        return
    yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"


def test_backup_restores_everything_into_the_other_backend(catalog, other_url, tmp_path):
    folder = tmp_path / "wire"
    make_wire_photo(folder / "zurich.jpg", 1, description="Commuters board minibuses in Zürich.",
                    credit_line="REUTERS/Anna Müller", city="Zürich", keywords=["transport"])
    make_wire_photo(folder / "bern.jpg", 2, description="Voters queue in Bern.", city="Bern")
    catalog.ingest([folder], workers=1)
    catalog.build_thumbnails(workers=1)
    ids = {Path(p.path).stem: p.id for p in catalog.list_photos()}
    catalog.edit(ids["bern"], {"city": "Berne", "persons_shown": ["Viola Amherd"]})
    made = catalog.backup(tmp_path / "desk.mmbackup")
    pictures = [p for p in catalog.settings.thumbnail_dir.rglob("*") if p.is_file()]
    assert made.rows["photo"] == 2 and made.rows["history"] == 2
    assert made.thumbnails == len(pictures) >= 2

    settings = Settings(database_url=other_url, data_dir=tmp_path / "other", user="tester")
    with Catalog.open(settings) as restored:
        done = restored.restore(tmp_path / "desk.mmbackup")
        assert done.rows == made.rows and done.thumbnails == len(pictures)
        for name, photo_id in ids.items():
            before, after = catalog.photo(photo_id), restored.photo(photo_id)
            assert after.fields == before.fields and after.version == before.version, name
            assert after.values.sources == before.values.sources
            assert restored.thumbnail_path(after.thumbnail) is not None
        assert [(h.field, h.new_value) for h in restored.history(ids["bern"])] == [
            ("city", "Berne"), ("persons_shown", ["Viola Amherd"])]
        assert [p.id for p in restored.search("zurich minibus").photos] == [ids["zurich"]]
        assert [p.id for p in restored.search("person:amherd").photos] == [ids["bern"]]
        restored.edit(ids["zurich"], {"city": "Zurich"})  # ids and sequences carry on
        with pytest.raises(BackupError, match="already holds 2 photos"):
            restored.restore(tmp_path / "desk.mmbackup")


def test_a_thumbnail_path_may_not_leave_its_folder(catalog, tmp_path):
    with gzip.open(_empty_backup(catalog, tmp_path), "rt") as made:
        revision = json.loads(made.readline())
    bad = tmp_path / "bad.mmbackup"
    with gzip.open(bad, "wt") as out:
        out.write(json.dumps(revision) + "\n")
        out.write(json.dumps({"thumbnail": "../../evil.txt", "data": "aGk="}) + "\n")
    with pytest.raises(BackupError, match="leaves the thumbnail folder"):
        catalog.restore(bad)
    assert not (tmp_path / "evil.txt").exists()


def _empty_backup(catalog: Catalog, tmp_path: Path) -> Path:
    catalog.backup(tmp_path / "empty.mmbackup")
    return tmp_path / "empty.mmbackup"

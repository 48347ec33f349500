"""Backup and restore: a whole catalogue through one file, SQLite ⇄ PostgreSQL."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
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


def images_of(catalog: Catalog) -> dict[str, tuple[bytes | None, bytes | None]]:
    """Every photo's thumbnail and preview bytes, by file name, as the catalogue serves them."""
    return {Path(p.path).name: (catalog.thumbnail_image(p.id, p.thumbnail),
                                catalog.preview_image(p.id, p.thumbnail))
            for p in catalog.list_photos()}


#: (thumbnail store backed up, thumbnail store restored into): every store both ways.
STORES = [("data", "database"), ("database", "folder"), ("folder", "data")]


def store_settings(database_url: str, data_dir: Path, store: str) -> Settings:
    thumbnails = str(data_dir / "share") if store == "folder" else store
    return Settings.from_env(database_url=database_url, data_dir=data_dir, user="tester",
                             thumbnails=thumbnails)


@pytest.mark.parametrize(("source_store", "target_store"), STORES)
def test_backup_restores_everything_into_the_other_backend(database_url, other_url, tmp_path,
                                                           source_store, target_store):
    catalog = Catalog.open(store_settings(database_url, tmp_path / "data", source_store))
    folder = tmp_path / "wire"
    make_wire_photo(folder / "zurich.jpg", 1, description="Commuters board minibuses in Zürich.",
                    credit_line="REUTERS/Anna Müller", city="Zürich", keywords=["transport"])
    make_wire_photo(folder / "bern.jpg", 2, description="Voters queue in Bern.", city="Bern")
    catalog.ingest([folder], workers=1)
    catalog.build_thumbnails(workers=1)
    ids = {Path(p.path).stem: p.id for p in catalog.list_photos()}
    catalog.edit(ids["bern"], {"city": "Berne", "persons_shown": ["Viola Amherd"]})
    made = catalog.backup(tmp_path / "desk.mmbackup")
    assert made.rows["photo"] == 2 and made.rows["history"] == 2
    assert made.thumbnails == 4 and "thumbnail_image" not in made.rows  # 2 photos × 2 kinds
    images = images_of(catalog)
    assert all(thumbnail and preview for thumbnail, preview in images.values())

    settings = store_settings(other_url, tmp_path / "other", target_store)
    with Catalog.open(settings) as restored:
        done = restored.restore(tmp_path / "desk.mmbackup")
        assert done.rows == made.rows and (done.thumbnails, done.orphans) == (4, 0)
        assert images_of(restored) == images
        for name, photo_id in ids.items():
            before, after = catalog.photo(photo_id), restored.photo(photo_id)
            assert after.fields == before.fields and after.version == before.version, name
            assert after.values.sources == before.values.sources
        assert [(h.field, h.new_value) for h in restored.history(ids["bern"])] == [
            ("city", "Berne"), ("persons_shown", ["Viola Amherd"])]
        assert [p.id for p in restored.search("zurich minibus").photos] == [ids["zurich"]]
        assert [p.id for p in restored.search("person:amherd").photos] == [ids["bern"]]
        restored.edit(ids["zurich"], {"city": "Zurich"})  # ids and sequences carry on
        with pytest.raises(BackupError, match="already holds 2 photos"):
            restored.restore(tmp_path / "desk.mmbackup")
    catalog.close()


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


def test_images_of_no_photo_are_left_out_of_the_database_store(database_url, tmp_path):
    with Catalog.open(store_settings(database_url, tmp_path / "data", "database")) as catalog:
        with gzip.open(_empty_backup(catalog, tmp_path), "rt") as made:
            header = json.loads(made.readline())
        stray = tmp_path / "stray.mmbackup"
        with gzip.open(stray, "wt") as out:
            out.write(json.dumps(header) + "\n")
            for name in (f"ab/{'ab' * 32}.jpg", f"ab/{'ab' * 32}-1600.jpg", "notes.txt"):
                out.write(json.dumps({"thumbnail": name, "data": "aGk="}) + "\n")
        done = catalog.restore(stray)
        assert (done.thumbnails, done.orphans) == (3, 3)
        assert done.describe().endswith("3 thumbnails and previews (3 with no photo left out)")


def test_backup_and_restore_commands_move_the_database_store(tmp_path):
    folder = tmp_path / "wire"
    make_wire_photo(folder / "lagos.jpg", 3, description="Traders in Lagos.", city="Lagos")
    make_wire_photo(folder / "bern.jpg", 4, description="Voters in Bern.", city="Bern")
    backup_file = tmp_path / "desk.mmbackup"

    def run(db: str, store: str, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "media_manager.cli", "--db", db,
                               "--data-dir", str(tmp_path / store), "--thumbnails", store,
                               *args], capture_output=True, text=True, check=True)
        return done.stdout

    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    run(source, "database", "ingest", "--quiet", "--workers", "1", str(folder))
    made = run(source, "database", "backup", str(backup_file))
    assert made.startswith("backed up 2 photos, ")
    assert made.endswith(f", 4 thumbnails and previews into {backup_file}\n")
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    restored = run(target, "data", "restore", str(backup_file))
    assert restored == made.replace("backed up", "restored").replace(" into ", " from ")
    pictures = sorted(p.name for p in (tmp_path / "data" / "thumbnails").rglob("*.jpg"))
    assert len(pictures) == 4 and sum(p.endswith("-1600.jpg") for p in pictures) == 2

"""Thumbnail stores (issue 10, stateless application): the data folder, a shared folder, or
the catalogue database; the thumbnail pass, the faces and the cache all go through them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from media_manager.errors import ConfigError
from media_manager.models import ThumbnailImage
from tests.photos import make_picture

#: (file, seed, size drawn); the thumbnail and preview sizes follow from the size: the
#: longest side scaled to 512 and to 1600 px, the other side rounded.
PICTURES = [("wide.jpg", 1, (3000, 2000)), ("tall.jpg", 2, (1200, 1800)),
            ("small.jpg", 3, (400, 300))]
SIZES = {"wide.jpg": ((512, 341), (1600, 1067)), "tall.jpg": ((341, 512), (1067, 1600)),
         "small.jpg": ((400, 300), (400, 300))}


def settings_for(store: str, database_url: str, tmp_path: Path, data: str = "data") -> Settings:
    """Settings of one machine: its own data folder, the desk's store."""
    thumbnails = {"data": "data", "database": "database",
                  "folder": str(tmp_path / "share" / "thumbnails")}[store]
    return Settings.from_env(database_url=database_url, data_dir=tmp_path / data, user="tester",
                             thumbnails=thumbnails)


@pytest.fixture(params=["data", "database", "folder"])
def store_catalog(request, database_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = settings_for(request.param, database_url, tmp_path)
    for name, seed, size in PICTURES:
        make_picture(tmp_path / "wire" / name, seed, size=size)
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        yield request.param, catalog


def size_of(data: bytes | None) -> tuple[int, int]:
    assert data is not None
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        return image.size


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_each_store_keeps_the_thumbnail_and_the_preview(store_catalog, tmp_path):
    store, catalog = store_catalog
    assert catalog.build_thumbnails(workers=1) == {"made": 3, "failed": 0}
    photos = {Path(p.path).name: p for p in catalog.list_photos()}
    for name, (thumbnail, preview) in SIZES.items():
        photo = photos[name]
        assert size_of(catalog.thumbnail_image(photo.id, photo.thumbnail)) == thumbnail, name
        assert size_of(catalog.preview_image(photo.id, photo.thumbnail)) == preview, name
        assert catalog.small_image_url(photo.id, photo.thumbnail).startswith(
            "data:image/jpeg;base64,")
    data_folder = files_under(tmp_path / "data" / "thumbnails")
    share = files_under(tmp_path / "share" / "thumbnails")
    with catalog.sessions() as session:
        rows = session.query(ThumbnailImage).count()
    assert (len(data_folder), len(share), rows) == {
        "data": (6, 0, 0), "folder": (0, 6, 0), "database": (0, 0, 6)}[store]
    assert catalog.build_thumbnails(workers=1) == {"made": 0, "failed": 0}


def test_a_machine_with_another_data_folder_reads_the_database_store(database_url, tmp_path):
    first = settings_for("database", database_url, tmp_path, data="host-a")
    make_picture(tmp_path / "wire" / "one.jpg", 7, size=(800, 600))
    with Catalog.open(first) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
    second = settings_for("database", database_url, tmp_path, data="host-b")
    with Catalog.open(second) as elsewhere:
        [photo] = elsewhere.list_photos()
        assert size_of(elsewhere.thumbnail_image(photo.id, photo.thumbnail)) == (512, 384)
        assert size_of(elsewhere.preview_image(photo.id, photo.thumbnail)) == (800, 600)
        assert elsewhere.build_thumbnails(workers=1) == {"made": 0, "failed": 0}
    assert files_under(tmp_path / "host-a") == files_under(tmp_path / "host-b") == []


def test_images_are_read_from_the_store_once_per_process(store_catalog):
    _, catalog = store_catalog
    catalog.build_thumbnails(workers=1)
    page = [(p.id, p.thumbnail) for p in catalog.list_photos()][:2]
    assert len(catalog.thumbnail_images(page)) == 2
    assert catalog.images.read_from_store == 2
    again = catalog.thumbnail_images(page)
    assert catalog.images.read_from_store == 2  # the rerun was served from memory
    assert again == catalog.thumbnail_images(page)


def test_a_store_switched_to_draws_what_it_lacks(database_url, tmp_path):
    for name, seed, size in PICTURES:
        make_picture(tmp_path / "wire" / name, seed, size=size)
    with Catalog.open(settings_for("data", database_url, tmp_path)) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        assert catalog.build_thumbnails(workers=1) == {"made": 3, "failed": 0}
    with Catalog.open(settings_for("database", database_url, tmp_path)) as catalog:
        assert catalog.build_thumbnails(workers=1) == {"made": 3, "failed": 0}
        [photo] = [p for p in catalog.list_photos() if p.path.endswith("wide.jpg")]
        assert size_of(catalog.thumbnail_image(photo.id, photo.thumbnail)) == (512, 341)


@pytest.mark.parametrize(("setting", "store", "folder"), [
    (None, "data", "data/thumbnails"), ("data", "data", "data/thumbnails"),
    ("database", "database", "data/thumbnails"),
    ("/srv/desk/thumbnails", "folder", "/srv/desk/thumbnails"),
    ("./shared", "folder", "shared"),
])
def test_the_thumbnails_setting(setting, store, folder, monkeypatch):
    monkeypatch.delenv("MEDIA_MANAGER_THUMBNAILS", raising=False)
    settings = Settings.from_env(database_url="sqlite://", data_dir="data", thumbnails=setting)
    assert (settings.thumbnail_store, settings.thumbnail_dir) == (store, Path(folder))
    monkeypatch.setenv("MEDIA_MANAGER_THUMBNAILS", setting or "")
    assert Settings.from_env(database_url="sqlite://", data_dir="data") == settings


def test_a_thumbnails_setting_that_names_no_store_is_one_line(tmp_path):
    with pytest.raises(ConfigError) as refused:
        Settings.from_env(database_url="sqlite://", data_dir=tmp_path, thumbnails="databse")
    assert str(refused.value) == ("thumbnail store 'databse': use data, database or a folder "
                                  "path (with a /, e.g. /srv/desk/thumbnails)")
    done = subprocess.run([sys.executable, "-m", "media_manager.cli", "--data-dir",
                           str(tmp_path), "--thumbnails", "databse", "list"],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"error: {refused.value}\n"


@pytest.mark.postgres
def test_two_ingests_on_other_hosts_share_the_database_store(tmp_path):
    """Two ingest processes, each with its own data folder (as on two machines), on one
    PostgreSQL catalogue: both finish, each file is catalogued once, and every photo's
    thumbnail and preview are there for either machine (and a third)."""
    import uuid

    from tests.conftest import postgres_problem, postgres_schema_url

    problem = postgres_problem()
    if problem:
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    url, drop = postgres_schema_url("two_ingest_" + uuid.uuid4().hex[:10])
    try:
        wire = tmp_path / "wire"
        pictures = [make_picture(wire / part / f"wire{n:02d}.jpg", 300 + n, size=(640, 480))
                    for part, numbers in (("north", range(10)), ("south", range(10, 20)))
                    for n in numbers]
        runs = [subprocess.Popen([sys.executable, "-m", "media_manager.cli", "--db", url,
                                  "--data-dir", str(tmp_path / machine), "--thumbnails",
                                  "database", "ingest", "--workers", "1", "--json",
                                  str(root)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for machine, root in (("host-a", wire), ("host-b", wire / "south"))]
        added = 0
        for run in runs:
            out, err = run.communicate(timeout=300)
            assert run.returncode == 0, err.decode()
            assert b"Traceback" not in err
            added += json.loads(out)["added"]
        assert added == len(pictures)  # the shared south folder was added by one of them
        for machine in ("host-a", "host-b", "host-c"):
            settings = settings_for("database", url, tmp_path, data=machine)
            with Catalog.open(settings) as catalog:
                photos = catalog.list_photos(limit=100)
                assert sorted(p.path for p in photos) == sorted(map(str, pictures))
                page = [(p.id, p.thumbnail) for p in photos]
                assert {size_of(d) for d in catalog.thumbnail_images(page).values()} == \
                    {(512, 384)}
                previews = catalog.thumbnail_images(page, "preview")
                assert len(previews) == len(pictures)
                assert {size_of(d) for d in previews.values()} == {(640, 480)}
                assert catalog.build_thumbnails(workers=1) == {"made": 0, "failed": 0}
        with Catalog.open(settings) as catalog, catalog.sessions() as session:
            assert session.query(ThumbnailImage).count() == 2 * len(pictures)
        for machine in ("host-a", "host-b", "host-c"):
            assert files_under(tmp_path / machine / "thumbnails") == []
    finally:
        drop()


def test_a_photo_drawn_again_keeps_the_last_images(database_url, tmp_path):
    """Two ingests may draw one photo at once: saving again replaces, never fails."""
    from media_manager.catalog.thumbnail_store import PREVIEW, THUMBNAIL

    settings = settings_for("database", database_url, tmp_path)
    make_picture(tmp_path / "wire" / "one.jpg", 9)
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
        [photo] = catalog.list_photos()
        with catalog.engine.begin() as connection:
            catalog.thumbnail_store.save(connection, photo.id, photo.thumbnail,
                                         {THUMBNAIL: b"second", PREVIEW: b"second preview"})
        with catalog.sessions() as session:
            assert session.query(ThumbnailImage).count() == 2
    with Catalog.open(settings) as fresh:
        assert fresh.thumbnail_image(photo.id, photo.thumbnail) == b"second"
        assert fresh.preview_image(photo.id, photo.thumbnail) == b"second preview"

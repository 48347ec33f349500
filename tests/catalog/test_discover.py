"""Discovery: sorted photos, hidden and system names skipped, and which folders hold sidecars."""

from __future__ import annotations

import os
from pathlib import Path

from media_manager.catalog.discover import discover, discover_photos
from tests.photos import make_wire_photo


def test_photos_in_order_each_folder_before_its_sub_folders(tmp_path):
    for name in ("b.jpg", "a.JPG", "sub/z.png", "sub/deeper/y.jpg", "sub2/x.webp",
                 ".hidden/h.jpg", "@eaDir/t.jpg", "notes.txt", ".dot.jpg"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == [
        "a.JPG", "b.jpg", "sub/z.png", "sub/deeper/y.jpg", "sub2/x.webp"]


def test_a_link_out_of_the_root_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.jpg").write_bytes(b"x")
    root = tmp_path / "root"
    root.mkdir()
    (root / "near.jpg").write_bytes(b"x")
    os.symlink(outside / "far.jpg", root / "link.jpg")
    os.symlink(root / "near.jpg", root / "inner.jpg")
    os.symlink(outside, root / "folder")
    assert [p.name for p in discover([root])] == ["inner.jpg", "near.jpg"]


def test_only_folders_with_an_xmp_file_are_looked_at_for_sidecars(tmp_path):
    for name in ("plain/a.jpg", "edited/b.jpg", "edited/B.XMP", "other/c.jpg", "other/notes.Xmp"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = {p.name: sidecars for p, sidecars in discover_photos([tmp_path])}
    assert found == {"b.jpg": True, "c.jpg": True, "a.jpg": False}
    assert list(discover_photos([tmp_path / "plain" / "a.jpg"])) == [
        ((tmp_path / "plain" / "a.jpg").absolute(), True)]


def test_a_sidecar_beside_a_photo_still_wins_at_ingest(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "flood.jpg", 1, headline="Embedded headline")
    make_wire_photo(tmp_path / "bare" / "vote.jpg", 2, headline="Embedded headline")
    (tmp_path / "wire" / "flood.XMP").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'photoshop:Headline="Sidecar headline"/></rdf:RDF></x:xmpmeta>')
    assert catalog.ingest([tmp_path], workers=1).counts()["added"] == 2
    headlines = {Path(p.path).name: catalog.photo(p.id).values.fields["headline"]
                 for p in catalog.list_photos(limit=10)}
    assert headlines == {"flood.jpg": "Sidecar headline", "vote.jpg": "Embedded headline"}


def test_a_name_s_suffix_is_read_as_pathlib_reads_it():
    from media_manager.catalog.discover import _suffix, is_photo_name

    names = ["a.jpg", "a.b.JPG", "a.", "a", ".", "..", "a..", "x.tar.gz", "a .jpg ", "a.b.",
             "wire_00001.jpeg", "scan.TIFF"]
    assert [_suffix(name) for name in names] == [Path(name).suffix for name in names]
    assert [is_photo_name(name) for name in ("a.b.JPG", ".hidden.jpg", "notes.txt", "a.")] == [
        True, False, False, False]

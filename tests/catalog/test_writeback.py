"""Write-back from the catalogue: which values, which photos, outcomes, and the file's new state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from media_manager.metadata.writer import read_stores
from tests.photos import make_wire_photo

CAPTION = ("Rescue workers carry a resident through floodwater in Porto Alegre, Brazil, "
           "Tuesday, May 7, 2024. (AP Photo/Marta Quiroga)")


@pytest.fixture
def photos(catalog, tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "wire"
    make_wire_photo(folder / "flood.jpg", 1, description=CAPTION, credit_line="AP",
                    creator=["Marta Quiroga"], keywords=["flood"])
    make_wire_photo(folder / "vote.jpg", 2, headline="Parliament votes",
                    description="Deputies vote in Lisbon.", credit_line="REUTERS")
    catalog.ingest([folder], workers=1)
    return {Path(p.path).name: p.id for p in catalog.list_photos()}


def stores(catalog, photo_id: int) -> dict:
    return read_stores(Path(catalog.photo(photo_id).path).read_bytes())


def test_changed_photos_are_written_and_then_known_as_written(catalog, photos):
    flood = photos["flood.jpg"]
    catalog.edit(flood, {"headline": "Porto Alegre floods", "keywords": ["flood", "Zoë"]})
    summary = catalog.write_back(changed=True)
    assert summary.counts() == {"written": 1, "unchanged": 0, "failed": 0}
    found = stores(catalog, flood)
    assert found["IIM"]["headline"] == found["XMP"]["headline"] == "Porto Alegre floods"
    assert found["IIM"]["keywords"] == ["flood", "Zoë"]
    assert catalog.write_back(changed=True).outcomes == []
    again = catalog.ingest([Path(catalog.photo(flood).path).parent], workers=1)
    assert again.counts()["unchanged"] == 2  # size and time recorded after the write
    assert catalog.photo(flood).fields["headline"] == "Porto Alegre floods"


def test_parsed_suggestions_are_not_written_until_accepted(catalog, photos):
    flood = photos["flood.jpg"]
    record = catalog.photo(flood)
    suggested = [n for n, s in record.values.sources.items() if s == "parsed"]
    assert "city" in suggested
    catalog.write_back([flood])
    assert "city" not in stores(catalog, flood)["IIM"]
    catalog.edit(flood, {"city": record.fields["city"]})  # accepting makes it manual
    assert catalog.photo(flood).values.sources["city"] == "manual"
    catalog.write_back(changed=True)
    assert stores(catalog, flood)["XMP"]["city"] == "Porto Alegre"


def test_over_limit_iim_is_refused_per_photo_unless_truncated(catalog, photos):
    flood, vote = photos["flood.jpg"], photos["vote.jpg"]
    catalog.edit(flood, {"headline": "é" * 200})  # 400 bytes; the IIM limit is 256
    catalog.edit(vote, {"headline": "Deputies vote"})
    before = Path(catalog.photo(flood).path).read_bytes()
    summary = catalog.write_back(changed=True)
    assert summary.counts() == {"written": 1, "unchanged": 0, "failed": 1}
    [failed] = summary.failures
    assert failed.photo_id == flood
    assert "headline is 400 bytes; the IIM limit is 256 (use --truncate-iim)" in failed.reason
    assert Path(catalog.photo(flood).path).read_bytes() == before
    summary = catalog.write_back(changed=True, truncate_iim=True)
    assert summary.counts()["written"] == 1 and "headline" in summary.outcomes[0].reason
    found = stores(catalog, flood)
    assert found["XMP"]["headline"] == "é" * 200 and len(found["IIM"]["headline"]) == 128


def test_a_file_changed_on_disk_since_ingest_is_refused(catalog, photos):
    vote = photos["vote.jpg"]
    catalog.edit(vote, {"city": "Lisbon"})
    path = Path(catalog.photo(vote).path)
    os.utime(path, ns=(1, 1))
    [outcome] = catalog.write_back([vote]).outcomes
    assert outcome.outcome == "failed" and "changed on disk since it was catalogued" in (
        outcome.reason or "")


def test_dry_run_plans_and_writes_nothing(catalog, photos):
    vote = photos["vote.jpg"]
    catalog.edit(vote, {"city": "Lisbon", "description": "Deputies vote in Lisbon, Portugal."})
    path = Path(catalog.photo(vote).path)
    before = path.read_bytes()
    summary = catalog.write_back([vote], dry_run=True)
    assert path.read_bytes() == before
    rows = {(p.field, p.store): (p.before, p.after) for p in summary.plans[vote]}
    assert rows[("city", "IIM")] == (None, "Lisbon")
    assert rows[("description", "EXIF")] == ("Deputies vote in Lisbon.",
                                             "Deputies vote in Lisbon, Portugal.")
    assert catalog.write_back(changed=True, dry_run=True).counts()["planned"] == 1


def test_sidecar_and_backup(catalog, photos):
    vote = photos["vote.jpg"]
    path = Path(catalog.photo(vote).path)
    before = path.read_bytes()
    catalog.edit(vote, {"city": "Lisboa"})
    catalog.write_back([vote], sidecar=True)
    assert path.read_bytes() == before
    assert b"Lisboa" in path.with_suffix(".xmp").read_bytes()
    catalog.edit(vote, {"city": "Lisbon"})
    catalog.write_back([vote], backup=True)
    assert Path(f"{path}.bak").read_bytes() == before
    assert stores(catalog, vote)["IIM"]["city"] == "Lisbon"


def test_unknown_and_unwritable_photos_fail_alone(catalog, photos, tmp_path):
    summary = catalog.write_back([999, photos["vote.jpg"]])
    assert [o.outcome for o in summary.outcomes] == ["failed", "unchanged"]
    assert summary.outcomes[0].reason == "no photo with id 999 in the catalogue"


@pytest.mark.exiftool
def test_every_copy_of_a_resent_photo_is_written_or_named(catalog, tmp_path: Path, exiftool):
    import json
    import subprocess

    first = make_wire_photo(tmp_path / "wire" / "lagos.jpg", 21, description="Flooded street.")
    copy = make_wire_photo(tmp_path / "resend" / "lagos_2.jpg", 21, description="Flooded street.")
    assert catalog.ingest([first.parent, copy.parent], workers=1).counts()["duplicate"] == 1
    [photo] = catalog.list_photos()
    catalog.edit(photo.id, {"description": "Residents wade through a flooded street."})
    [outcome] = catalog.write_back(changed=True).outcomes
    assert (outcome.outcome, outcome.reason) == ("written", "2 copies written")
    run = subprocess.run([exiftool, "-j", "-IPTC:Caption-Abstract", "-XMP-dc:Description",
                          str(first), str(copy)], check=True, capture_output=True)
    assert [(r["Caption-Abstract"], r["Description"]) for r in json.loads(run.stdout)] == [
        ("Residents wade through a flooded street.",) * 2] * 2

    with copy.open("ab") as changed:
        changed.write(b"\x00")  # someone touched the copy since it was catalogued
    catalog.edit(photo.id, {"description": "Second edit."})
    [outcome] = catalog.write_back(changed=True).outcomes
    assert outcome.outcome == "failed"
    assert outcome.reason == (f"1 of 2 copies written; {copy}: changed on disk since it was "
                              "catalogued; ingest it again before writing")
    assert catalog.photo(photo.id).values.fields["description"] == "Second edit."
    assert [p.id for p in catalog.list_photos()] == [photo.id]
    assert catalog.write_back(changed=True).counts()["failed"] == 1  # still to be written

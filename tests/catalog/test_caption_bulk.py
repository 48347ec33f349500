"""The caption import's chunked writes, on SQLite and PostgreSQL.

Each test runs twice: through the bulk statements, and through the fallback a chunk
takes when the database refuses one of them (caption by caption, each in its own
savepoint); both must leave the same catalogue. Expected values come from the photos
and caption sheets the fixture writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlalchemy.exc import DataError

from media_manager.catalog import caption_import
from media_manager.catalog.search import SearchFilters
from media_manager.catalog.service import Catalog
from media_manager.models import Photo
from tests.photos import make_wire_photo

ALL = SearchFilters(statuses=("active", "superseded", "killed"))
OLD_LISBON = "Trams rattle up a hill in Lisbon, Portugal. (AP Photo/Rui Gomes)"
NEW_LISBON = ("Yellow trams climb a steep street of the Alfama district in Lisbon, Portugal, "
              "March 3, 2026. (AP Photo/Rui Gomes)")
MADRID = "Firefighters battle a blaze in Madrid, Spain. (AP Photo/Ana Ruiz)"
ALCALA = "Firefighters battle a blaze in Alcala, Spain. (AP Photo/Ana Ruiz)"


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise DataError("INSERT ...", {}, Exception("value refused"))


@pytest.fixture(params=["bulk", "one by one"])
def path(request, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    if request.param == "one by one":
        monkeypatch.setattr(caption_import, "apply_chunk", _refuse)
    return request.param


@pytest.fixture
def wire_desk(catalog: Catalog, tmp_path: Path) -> dict[str, int]:
    wire = tmp_path / "wire"
    make_wire_photo(wire / "LIS1.jpg", 41, job_id="LIS1", description=OLD_LISBON,
                    city="Lisbon")
    make_wire_photo(wire / "LIS2.jpg", 42, job_id="LIS2", city="Lisbon",
                    description="Ferries cross the Tagus in Lisbon, Portugal.")
    make_wire_photo(wire / "OSL1.jpg", 43, job_id="OSL1", city="Oslo",
                    description="Skaters on a frozen lake in Oslo, Norway.")
    make_wire_photo(wire / "KIL1.jpg", 44, job_id="KIL1", city="Lima",
                    description="Dancers in a square of Lima, Peru.")
    make_wire_photo(wire / "ATH1.jpg", 45, job_id="ATH1", city="Athens",
                    description="Cyclists pass the old market in Athens, Greece.")
    make_wire_photo(wire / "old.jpg", 46, job_id="MAD9", description=MADRID, city="Madrid")
    catalog.ingest([wire], workers=1)
    make_wire_photo(wire / "new.jpg", 47, job_id="MAD9", description=MADRID, city="Madrid")
    catalog.ingest([wire], workers=1)
    ids = {p.path.rsplit("/", 1)[1].split(".")[0]: p.id
           for p in catalog.list_photos(limit=50, include_inactive=True)}
    catalog.edit(ids["OSL1"], {"headline": "Frozen lake"})
    return ids


def _sheets(folder: Path) -> list[Path]:
    resends = folder / "resends.csv"
    resends.write_text(
        "job_id,description,headline,country_code,instructions,keywords\n"
        f'LIS1,"{NEW_LISBON}",Lisbon trams,,,\n'
        "LIS2,,Tagus ferries,QQ,,\n"
        "OSL1,,Skaters,,,winter\n"
        f'MAD9,"{ALCALA}",,,CORRECTS LOCATION TO ALCALA,\n'
        "KIL1,,,,MANDATORY KILL,\n", encoding="utf-8")
    twice = folder / "twice.csv"
    twice.write_text("filename,headline\nATH1.jpg,First\nATH1.jpg,Second\n", encoding="utf-8")
    return [resends, twice]


def test_a_chunk_applies_what_one_caption_at_a_time_would(catalog: Catalog, wire_desk, tmp_path,
                                                         path):
    ids = wire_desk
    before = {name: catalog.photo(photo_id) for name, photo_id in ids.items()}
    summary = catalog.import_captions(_sheets(tmp_path))
    assert summary.counts() == {"applied": 4, "review": 2, "unmatched": 0, "failed": 1}
    refused = ("country_code: 'QQ' is not an ISO 3166 country code (two or three capital "
               "letters, e.g. NG, NGA)")
    assert summary.errors == [("resends.csv:3", refused)]
    lisbon = catalog.photo(ids["LIS1"])
    assert lisbon.fields["description"] == NEW_LISBON
    assert lisbon.fields["headline"] == "Lisbon trams"
    assert lisbon.fields["date_created"] == "2026-03-03"
    assert (lisbon.values.sources["description"], lisbon.values.sources["date_created"]) == (
        "imported", "parsed")
    assert lisbon.version == before["LIS1"].version + 1
    [applied] = [i for i in summary.items if i.photo_id == ids["LIS1"]]
    history = catalog.history(ids["LIS1"])
    assert sorted(h.field for h in history) == sorted(applied.changes)
    assert {(h.batch_id, h.version, h.user) for h in history} == {
        (summary.batch_id, lisbon.version, "tester")}
    # the refused caption left no trace: not even its valid headline
    assert catalog.photo(ids["LIS2"]).fields == before["LIS2"].fields
    assert catalog.photo(ids["LIS2"]).version == before["LIS2"].version
    oslo = catalog.photo(ids["OSL1"])
    assert (oslo.fields["headline"], oslo.fields["keywords"]) == ("Frozen lake", ["winter"])
    assert catalog.photo(ids["new"]).fields["description"] == ALCALA
    assert catalog.photo(ids["old"]).status == "superseded"
    assert catalog.photo(ids["old"]).fields["description"] == MADRID
    assert catalog.photo(ids["KIL1"]).status == "killed"
    assert [r.source for r in catalog.review_items()] == ["twice.csv:2", "twice.csv:3"]
    assert catalog.search("Alfama").ids == [ids["LIS1"]]
    assert catalog.search("rattle").ids == []
    assert catalog.search("Lima", filters=ALL).ids == [ids["KIL1"]]
    assert catalog.search("Lima").ids == []


def test_undo_of_a_chunked_import_puts_every_value_back(catalog: Catalog, wire_desk, tmp_path,
                                                       path):
    ids = wire_desk
    before = {name: catalog.photo(photo_id) for name, photo_id in ids.items()}
    summary = catalog.import_captions(_sheets(tmp_path))
    undone = catalog.undo_import(summary.batch_id)
    assert undone.kept == []
    for name, photo_id in ids.items():
        after = catalog.photo(photo_id)
        assert (after.fields, after.values.sources, after.status) == (
            before[name].fields, before[name].values.sources, before[name].status), name
    assert catalog.search("rattle").ids == [ids["LIS1"]]
    assert catalog.search("Alfama").ids == []
    assert catalog.review_items() == []


def test_a_photo_removed_while_the_captions_pair_fails_its_caption_alone(
        catalog: Catalog, wire_desk, tmp_path, path):
    ids = wire_desk
    sheet = tmp_path / "two.csv"
    sheet.write_text("job_id,headline\nLIS1,Lisbon trams\nLIS2,Tagus ferries\n", encoding="utf-8")

    def remove_lis2(_pairing: object) -> None:  # another desk deletes it meanwhile
        with catalog.sessions.begin() as session:
            session.execute(delete(Photo).where(Photo.id == ids["LIS2"]))

    summary = catalog.import_captions([sheet], progress=remove_lis2)
    assert summary.counts() == {"applied": 1, "review": 0, "unmatched": 0, "failed": 1}
    assert summary.errors == [("two.csv:3", f"no photo with id {ids['LIS2']} in the catalogue")]
    assert catalog.photo(ids["LIS1"]).fields["headline"] == "Lisbon trams"
    assert [h.field for h in catalog.history(ids["LIS1"])] == ["headline"]

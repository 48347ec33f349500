"""Caption import on SQLite and PostgreSQL: pairing, applying, corrections, kills, undo, review.

Expected values come from the fixtures each test writes (photos made with our own
writer, caption files in our own words) and the counts it computes from them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from media_manager.catalog.caption_import import ImportOptions
from media_manager.catalog.service import Catalog
from tests.photos import make_wire_photo

DATA = Path(__file__).resolve().parents[1] / "wire" / "data"


def photo_named(catalog: Catalog, name: str) -> int:
    [photo] = [p for p in catalog.list_photos(limit=500, include_inactive=True)
               if p.path.endswith("/" + name)]
    return photo.id


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_the_sample_story_pairs_with_its_sample_photos(catalog: Catalog, sample_media, tmp_path):
    wire = tmp_path / "wire"
    wire.mkdir()
    for name in ("NLRD101.jpg", "NLRD102.jpg", "NLRD103.jpg", "AFP_36XK7LP_Lagos_market.jpg"):
        shutil.copy(sample_media / name, wire / name)
    catalog.ingest([wire], workers=1)
    summary = catalog.import_captions([sample_media / "stories" / "rotterdam_barge_protest.txt"])
    assert summary.counts() == {"applied": 3, "review": 0, "unmatched": 0, "failed": 0}
    for number, name in enumerate(("NLRD101.jpg", "NLRD102.jpg", "NLRD103.jpg"), 1):
        item = summary.items[number - 1]
        assert item.source == f"rotterdam_barge_protest.txt#{number}"
        assert item.photo_id == photo_named(catalog, name)
        assert set(item.parts) == {"date", "place", "people", "credit"}
    record = catalog.photo(photo_named(catalog, "NLRD102.jpg"))
    assert record.fields["description"].startswith("Skipper Willem Hoekstra speaks")
    assert record.values.sources["description"] == "imported"
    assert record.fields["headline"] == "Dutch barge skippers block Rotterdam port lanes over "\
                                        "fuel rules"
    history = catalog.history(record.id)
    assert {h.batch_id for h in history} == {summary.batch_id}


@pytest.fixture
def venice(catalog: Catalog, tmp_path: Path) -> Catalog:
    wire = tmp_path / "wire"
    make_wire_photo(wire / "VNZ101.jpg", 11, creator=["Lucia Ferrante"], credit_line="AP",
                    date_created="2026-03-04", city="Venice")
    make_wire_photo(wire / "VNZ102.jpg", 12, creator=["Lucia Ferrante"], credit_line="AP",
                    date_created="2026-03-04", city="Venice",
                    description="Gondolas are tied up along a flooded quay in Venice.")
    catalog.ingest([wire], workers=1)
    return catalog


def test_newsml_item_applies_and_the_linter_notes_the_structured_place(venice: Catalog):
    summary = venice.import_captions([DATA / "venice_feed.xml"])
    assert summary.counts() == {"applied": 1, "review": 0, "unmatched": 0, "failed": 0}
    target = photo_named(venice, "VNZ101.jpg")
    [item] = summary.items
    assert item.photo_id == target and item.parts["filename"] == 1.2
    record = venice.photo(target)
    assert record.fields["city"] == "Venice" and record.values.sources["city"] == "embedded"
    assert record.fields["sublocation"] == "Rialto Market"
    assert record.values.sources["sublocation"] == "imported"
    assert record.fields["creator_job_title"] == "stringer"
    [findings] = venice.lint([target])
    assert any(f["rule_id"] == "field-mismatch" and f["field"] == "city"
               and "Mestre" in f["message"] for f in findings.findings)


def test_corrected_resend_then_stale_version_then_kill_then_undo(venice: Catalog):
    target = photo_named(venice, "VNZ101.jpg")
    venice.import_captions([DATA / "venice_feed.xml"])
    corrected = venice.import_captions([DATA / "venice_correction.xml"])
    [item] = corrected.items
    assert item.outcome == "applied" and item.photo_id == target and "guid" in item.parts
    assert item.changes["description"][1].startswith("Vendor Nicolò Bassà stacks")
    assert venice.photo(target).fields["persons_shown"] == ["Nicolò Bassà"]
    again = venice.import_captions([DATA / "venice_correction.xml"])
    assert again.counts()["failed"] == 1
    stale = f"version 2 is not newer than version 2 already applied to photo {target}"
    assert again.errors == [("venice_correction.xml#1", stale)]
    killed = venice.import_captions([DATA / "venice_kill.xml"])
    assert killed.items[0].changes == {"status": ["active", "killed"]}
    record = venice.photo(target)
    assert record.status == "killed" and record.status_note.startswith("killed MANDATORY KILL")
    assert target not in [p.id for p in venice.list_photos()]
    assert target in [p.id for p in venice.list_photos(include_inactive=True)]
    assert venice.count() == 1 and venice.count(include_inactive=True) == 2
    [status_row] = [h for h in venice.history(target) if h.field == "status"]
    assert (status_row.old_value, status_row.new_value, status_row.batch_id) == (
        "active", "killed", killed.batch_id)
    undone = venice.undo_import(killed.batch_id)
    assert undone.reverted == 1 and venice.photo(target).status == "active"


def test_correction_of_a_retransmitted_picture_supersedes_the_older_photo(catalog, tmp_path):
    wire = tmp_path / "wire"
    make_wire_photo(wire / "old.jpg", 21, job_id="MAD220", description="Firefighters "
                    "battle a blaze in Madrid, Spain. (AP Photo/Ana Ruiz)", city="Madrid")
    catalog.ingest([wire], workers=1)
    make_wire_photo(wire / "new.jpg", 22, job_id="MAD220", description="Firefighters "
                    "battle a blaze in Madrid, Spain. (AP Photo/Ana Ruiz)", city="Madrid")
    catalog.ingest([wire], workers=1)
    old, new = photo_named(catalog, "old.jpg"), photo_named(catalog, "new.jpg")
    sheet = write(tmp_path / "fix.csv", "job_id,description,instructions\nMAD220,"
                  "\"Firefighters battle a blaze in Alcala, Spain. (AP Photo/Ana Ruiz)\","
                  "CORRECTS LOCATION TO ALCALA\n")
    summary = catalog.import_captions([sheet])
    [item] = summary.items
    assert item.outcome == "applied" and item.photo_id == new
    assert catalog.photo(old).status == "superseded"
    assert catalog.photo(new).fields["description"].startswith("Firefighters battle a blaze in "
                                                               "Alcala")
    assert catalog.photo(old).fields["description"].endswith("Madrid, Spain. (AP Photo/Ana Ruiz)")


@pytest.fixture
def desk(catalog: Catalog, tmp_path: Path) -> Catalog:
    wire = tmp_path / "wire"
    make_wire_photo(wire / "ROM1.jpg", 31, job_id="ROM1", description="Pilgrims cross "
                    "St. Peter's Square in Rome, Italy. (AP Photo/Teo Bruni)", city="Rome")
    make_wire_photo(wire / "ROM2.jpg", 32, job_id="ROM2", description="A street sweeper "
                    "clears leaves in Rome, Italy. (AP Photo/Teo Bruni)", city="Rome")
    catalog.ingest([wire], workers=1)
    return catalog


def test_never_over_a_manual_edit_unless_forced(desk: Catalog, tmp_path):
    rom1 = photo_named(desk, "ROM1.jpg")
    desk.edit(rom1, {"city": "Vatican City"})
    sheet = write(tmp_path / "s.csv", "filename,city,headline\nROM1.jpg,Rome,Pilgrims\n")
    plain = desk.import_captions([sheet])
    assert plain.items[0].changes == {"headline": [None, "Pilgrims"]}
    assert desk.photo(rom1).fields["city"] == "Vatican City"
    forced = desk.import_captions([sheet], options=ImportOptions(force=True))
    assert forced.items[0].changes == {"city": ["Vatican City", "Rome"]}
    assert desk.photo(rom1).values.sources["city"] == "imported"


def test_dry_run_shows_the_diff_and_changes_nothing(desk: Catalog, tmp_path):
    rom2 = photo_named(desk, "ROM2.jpg")
    sheet = write(tmp_path / "s.csv", "job_id,headline\nROM2,Autumn in Rome\n")
    before = desk.photo(rom2)
    summary = desk.import_captions([sheet], options=ImportOptions(dry_run=True))
    assert summary.batch_id is None
    assert summary.items[0].changes == {"headline": [None, "Autumn in Rome"]}
    after = desk.photo(rom2)
    assert after.fields == before.fields and after.version == before.version


def test_bad_rows_duplicates_and_a_missing_file_never_abort_the_batch(desk: Catalog, tmp_path):
    sheet = write(tmp_path / "s.csv", "filename,headline,date_created\n"
                  "ROM1.jpg,Pilgrims,2026-04-01\n"
                  "ROM2.jpg,Leaves,last tuesday\n"
                  "ROM1.jpg,Pilgrims,2026-04-01\n"
                  "NOPE.jpg,Nobody,2026-04-01\n")
    wrong = write(tmp_path / "w.csv", "filename,captoin\nROM2.jpg,x\n")
    summary = desk.import_captions([sheet, wrong, tmp_path / "gone.csv"])
    assert summary.counts() == {"applied": 1, "review": 0, "unmatched": 1, "failed": 4}
    reasons = dict(summary.errors)
    assert reasons["s.csv:3"] == "date_created 'last tuesday' is not an ISO 8601 date"
    assert reasons["s.csv:4"] == "duplicate of s.csv:2; skipped"
    assert reasons["w.csv"].startswith("unknown column 'captoin'")
    assert reasons[str(tmp_path / "gone.csv")].startswith("cannot read")
    assert "headline" not in desk.photo(photo_named(desk, "ROM2.jpg")).fields
    assert summary.to_json()["errors"][0] == {"source": "s.csv:3", "reason": reasons["s.csv:3"]}


def test_cp1252_sheet_is_read_and_reported(desk: Catalog, tmp_path):
    sheet = write(tmp_path / "excel.csv", "filename,headline\nROM1.jpg,Café – “Roma”\n", "cp1252")
    summary = desk.import_captions([sheet])
    assert summary.notes == ["excel.csv: not UTF-8; read as cp1252 (Windows/Excel)"]
    assert desk.photo(photo_named(desk, "ROM1.jpg")).fields["headline"] == "Café – “Roma”"


def test_two_captions_for_one_photo_go_to_review_and_the_desk_decides(desk: Catalog, tmp_path):
    rom1 = photo_named(desk, "ROM1.jpg")
    sheet = write(tmp_path / "s.csv", "filename,headline\nROM1.jpg,First\nROM1.jpg,Second\n")
    summary = desk.import_captions([sheet])
    assert summary.counts() == {"applied": 0, "review": 2, "unmatched": 0, "failed": 0}
    first, second = desk.review_items()
    assert first.reason == f"competes with s.csv:3 for photo {rom1}"
    assert first.candidates[0]["photo_id"] == rom1
    desk.accept_review(first.id)
    desk.reject_review(second.id)
    assert desk.photo(rom1).fields["headline"] == "First"
    assert desk.review_items() == []
    assert {h.batch_id for h in desk.history(rom1) if h.field == "headline"} == {
        summary.batch_id}
    with pytest.raises(Exception, match="already accepted"):
        desk.accept_review(first.id)
    # accepted onto another photo by the desk's choice, then the whole batch undone
    other = desk.import_captions([write(tmp_path / "t.csv", "filename,headline\n"
                                                            "ROM2.jpg,A\nROM2.jpg,B\n")])
    item = desk.review_items()[0]
    desk.accept_review(item.id, rom1)
    assert desk.photo(rom1).fields["headline"] == "A"
    desk.undo_import(other.batch_id)
    assert desk.photo(rom1).fields["headline"] == "First"
    assert desk.review_items() == []


def test_caption_without_keys_pairs_by_text_and_one_caption_goes_to_one_photo(desk, tmp_path):
    rom2 = photo_named(desk, "ROM2.jpg")
    story = write(tmp_path / "s.jsonl",
                  '{"description": "A street sweeper clears autumn leaves in Rome, Italy. '
                  '(AP Photo/Teo Bruni)", "city": "Rome"}\n'
                  '{"description": "Snow falls on the harbour of Tromso, Norway.", '
                  '"city": "Tromso"}\n')
    summary = desk.import_captions([story])
    first, second = summary.items
    assert (first.outcome, first.photo_id) == ("applied", rom2)
    assert first.parts["text"] > 0 and "filename" not in first.parts
    assert (second.outcome, second.photo_id) == ("unmatched", None)


def test_a_link_out_of_the_folder_is_not_followed(desk: Catalog, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    write(outside / "secret.csv", "filename,headline\nROM1.jpg,From outside\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link.csv").symlink_to(outside / "secret.csv")
    write(inbox / "real.csv", "filename,headline\nROM2.jpg,From inside\n")
    summary = desk.import_captions([inbox])
    assert [item.source for item in summary.items] == ["real.csv:2"]

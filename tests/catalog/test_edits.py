"""Desk edits: one save path, history, revert, bulk edits and conflict detection."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from media_manager.catalog.operations import (
    APPEND,
    FILL,
    REPLACE,
    SET,
    FieldEdit,
    parse_assignment,
    parse_replacement,
)
from media_manager.errors import BadEdit, EditConflict, PhotoNotFound
from tests.photos import make_wire_photo

CAPTION = "Residents wade through a flooded street in Lagos, Nigeria, July 8, 2025."


@pytest.fixture
def photo_id(catalog, tmp_path: Path) -> int:
    make_wire_photo(tmp_path / "wire" / "lagos.jpg", 1, description=CAPTION,
                    credit_line="REUTERS", city="Lagos", keywords=["flood"])
    catalog.ingest([tmp_path / "wire"], workers=1)
    [summary] = catalog.list_photos()
    return summary.id


def test_edit_returns_new_version_and_records_history(catalog, photo_id):
    version = catalog.photo(photo_id).version
    new = catalog.edit(photo_id, {"city": "Ikeja", "headline": "Lagos floods"},
                       user="anna", expected_version=version)
    assert new == version + 1
    record = catalog.photo(photo_id)
    assert record.fields["city"] == "Ikeja" and record.values.sources["city"] == "manual"
    rows = catalog.history(photo_id)
    assert {(r.field, r.old_value, r.new_value, r.user, r.version) for r in rows} == {
        ("city", "Lagos", "Ikeja", "anna", new), ("headline", None, "Lagos floods", "anna", new)}


def test_saving_the_same_value_changes_nothing(catalog, photo_id):
    version = catalog.photo(photo_id).version
    assert catalog.edit(photo_id, {"city": "Lagos"}, expected_version=version) == version
    assert catalog.history(photo_id) == []


def test_stale_save_is_refused_naming_who_changed_what(catalog, photo_id):
    version = catalog.photo(photo_id).version
    catalog.edit(photo_id, {"description": "New caption.", "city": "Ikeja"}, user="anna",
                 expected_version=version)
    with pytest.raises(EditConflict) as refused:
        catalog.edit(photo_id, {"city": "Abuja"}, user="bob", expected_version=version)
    message = str(refused.value)
    assert message.startswith(f"photo {photo_id} changed since version {version}: ")
    assert "description, city by anna at " in message
    assert message.endswith("; reload and try again")
    assert catalog.photo(photo_id).fields["city"] == "Ikeja"


def test_two_editors_from_the_same_version_one_wins_nothing_lost(catalog, photo_id):
    version = catalog.photo(photo_id).version
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def save(user: str, city: str) -> None:
        start.wait()
        try:
            results[user] = catalog.edit(photo_id, {"city": city}, user=user,
                                         expected_version=version)
        except EditConflict as conflict:
            results[user] = conflict

    threads = [threading.Thread(target=save, args=a) for a in (("anna", "A"), ("bob", "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [u for u, r in results.items() if r == version + 1]
    losers = [u for u, r in results.items() if isinstance(r, EditConflict)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert f"city by {winners[0]}" in str(results[losers[0]])
    record = catalog.photo(photo_id)
    assert record.version == version + 1
    assert record.fields["city"] == {"anna": "A", "bob": "B"}[winners[0]]
    assert [r.user for r in catalog.history(photo_id)] == winners


def test_revert_to_any_earlier_value(catalog, photo_id):
    catalog.edit(photo_id, {"city": "Ikeja"}, user="anna")
    catalog.edit(photo_id, {"city": "Abuja"}, user="bob")
    first, second = catalog.history(photo_id, "city")
    catalog.revert(photo_id, "city", first.id, user="carla")
    assert catalog.photo(photo_id).fields["city"] == "Ikeja"
    catalog.revert(photo_id, "city", first.id, before=True)
    assert catalog.photo(photo_id).fields["city"] == "Lagos"
    assert [r.new_value for r in catalog.history(photo_id, "city")] == [
        "Ikeja", "Abuja", "Ikeja", "Lagos"]
    with pytest.raises(BadEdit, match=f"history entry {second.id} changed city, not country"):
        catalog.revert(photo_id, "country", second.id)
    with pytest.raises(BadEdit, match="has no history entry 999"):
        catalog.revert(photo_id, "city", 999)


def test_field_operations():
    assert FieldEdit("keywords", SET, "a; b ;").apply(["x"]) == ["a", "b"]
    assert FieldEdit("city", FILL, "Lagos").apply("Abuja") == "Abuja"
    assert FieldEdit("city", FILL, "Lagos").apply(None) == "Lagos"
    assert FieldEdit("city", FILL, "Lagos").apply("Abuja", current_is_suggestion=True) == "Lagos"
    assert FieldEdit("keywords", APPEND, "c").apply(["a", "c"]) == ["a", "c"]
    assert FieldEdit("keywords", APPEND, "d").apply(["a"]) == ["a", "d"]
    assert FieldEdit("description", APPEND, "FILE PHOTO.").apply("Caption.") == (
        "Caption. FILE PHOTO.")
    edit = parse_replacement(r"description=/(\d+) July/July \1/")
    assert edit.mode == REPLACE and edit.apply("On 8 July 2025") == "On July 8 2025"
    assert parse_assignment("city=").apply("Lagos") is None
    with pytest.raises(BadEdit, match="unknown field 'town' .known fields: title"):
        parse_assignment("town=Lagos")
    with pytest.raises(BadEdit, match="bad pattern for city"):
        parse_replacement("city=/(/x/")
    with pytest.raises(BadEdit, match="expected NAME=/regex/replacement/"):
        parse_replacement("city=Lagos")


def test_bulk_edit_on_a_selection_goes_on_past_a_missing_photo(catalog, tmp_path):
    make_wire_photo(tmp_path / "more" / "bern.jpg", 2, description="Voters queue in Bern.",
                    keywords=["vote"])
    make_wire_photo(tmp_path / "more" / "paris.jpg", 3, description="Paris.", city="Paris")
    catalog.ingest([tmp_path / "more"], workers=1)
    ids = [p.id for p in catalog.list_photos()]
    edits = [FieldEdit("city", FILL, "Bern"), FieldEdit("keywords", APPEND, "Switzerland"),
             FieldEdit("description", REPLACE, "in", pattern=r"\bin\b")]
    summary = catalog.bulk_edit([*ids, 999], edits, user="anna")
    assert summary.counts() == {"updated": 2, "unchanged": 0, "failed": 1}
    assert summary.failures[0].reason == "no photo with id 999 in the catalogue"
    bern, paris = (catalog.photo(i) for i in ids)
    assert bern.fields["city"] == "Bern" and paris.fields["city"] == "Paris"
    assert bern.fields["keywords"] == ["vote", "Switzerland"]
    assert {r.batch_id for r in catalog.history(ids[0])} == {summary.batch_id}


def test_unknown_photo(catalog):
    with pytest.raises(PhotoNotFound):
        catalog.edit(42, {"city": "Lagos"}, expected_version=1)

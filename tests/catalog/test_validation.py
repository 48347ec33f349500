"""Invalid values are refused where the desk saves (Catalog.edit, bulk edits, templates,
imports), naming the field and the rule, and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_manager.catalog.operations import SET, FieldEdit
from media_manager.catalog.templates import TemplateEntry
from media_manager.catalog.values import IMPORTED, Change, apply_changes, load_values
from media_manager.errors import InvalidValue
from media_manager.models import HistoryEntry, Photo
from tests.photos import make_wire_photo

DATE_REFUSAL = ("date_created: 'yesterday' is not an ISO 8601 date (YYYY, YYYY-MM, "
                "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM])")


@pytest.fixture
def photo_ids(catalog, tmp_path: Path) -> list[int]:
    make_wire_photo(tmp_path / "wire" / "a.jpg", 1, description="Flood in Lagos.", city="Lagos")
    make_wire_photo(tmp_path / "wire" / "b.jpg", 2, description="Vote in Bern.", city="Bern")
    catalog.ingest([tmp_path / "wire"], workers=1)
    return [p.id for p in catalog.list_photos()]


def history_count(catalog) -> int:  # type: ignore[no-untyped-def]
    with catalog.sessions() as session:
        return session.query(HistoryEntry).count()


def test_edit_refuses_an_invalid_date_and_saves_nothing(catalog, photo_ids):
    photo_id = photo_ids[0]
    with pytest.raises(InvalidValue) as refused:
        catalog.edit(photo_id, {"city": "Ikeja", "date_created": "yesterday"}, expected_version=1)
    assert str(refused.value) == DATE_REFUSAL
    record = catalog.photo(photo_id)
    assert record.version == 1 and record.fields["city"] == "Lagos"
    assert "date_created" not in record.fields
    assert history_count(catalog) == 0


def test_edit_parses_what_the_desk_types(catalog, photo_ids):
    catalog.edit(photo_ids[0], {"country_code": "nga", "date_created": "2025-07-08T10:30Z"})
    record = catalog.photo(photo_ids[0])
    assert record.fields["country_code"] == "NGA"
    assert record.fields["date_created"] == "2025-07-08T10:30:00+00:00"


def test_bulk_edit_fails_each_photo_with_the_rule_and_changes_none(catalog, photo_ids):
    before = [catalog.photo(i).values for i in photo_ids]
    summary = catalog.bulk_edit(photo_ids, [FieldEdit("country_code", SET, "Nigeria")])
    assert [(o.photo_id, o.outcome, o.reason) for o in summary.outcomes] == [
        (i, "failed", ("country_code: 'NIGERIA' is not an ISO 3166 country code (two or three "
                      "capital letters, e.g. NG, NGA)")) for i in photo_ids]
    assert [catalog.photo(i).values for i in photo_ids] == before
    assert history_count(catalog) == 0


def test_a_template_with_an_invalid_value_changes_nothing(catalog, photo_ids):
    catalog.save_template("dated", [TemplateEntry("date_created", "{city} day")])
    summary = catalog.apply_template("dated", photo_ids)
    assert [o.reason for o in summary.outcomes] == [
        ("date_created: 'Lagos day' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM[:SS][+HH:MM])"),
        ("date_created: 'Bern day' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM[:SS][+HH:MM])")]
    assert history_count(catalog) == 0


def test_an_imported_value_is_held_to_the_same_rules(catalog, photo_ids):
    with catalog.sessions() as session:
        photo = session.get(Photo, photo_ids[0])
        current = load_values(session, photo.id)
        with pytest.raises(InvalidValue, match="^country_code: 'Lagos' is not an ISO 3166"):
            apply_changes(session, photo, current,
                          [Change("city", "Ikeja", IMPORTED), Change("country_code", "Lagos",
                                                                      IMPORTED)], user="feed")
        assert load_values(session, photo.id).fields["city"] == "Lagos"

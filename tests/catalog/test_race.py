"""Every change to a photo takes the version claim: an ingest refresh racing a desk edit.

The editor saves while an ingest of a resend (the same picture, a new caption and
headline) is storing. The refresh must wait for the editor's claim, then work on
the values the editor saved: the desk's caption stays, the resend's headline
arrives, and the two saves get versions 2 and 3 (never both 2).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import event, select

from media_manager.catalog import edits
from media_manager.catalog.operations import SET, FieldEdit
from media_manager.errors import EditConflict
from media_manager.models import FieldValue, HistoryEntry
from tests.photos import make_wire_photo

DESK_CAPTION = "Residents wade through a flooded street in Lagos. REUTERS/Temilade Okafor"


def catalogued_with_a_resend(catalog, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """A wire photo in the catalogue (version 1) and its resend waiting in resend/."""
    make_wire_photo(tmp_path / "wire" / "lagos.jpg", 7, headline="Lagos floods",
                    description="Flooded street in Lagos.")
    catalog.ingest([tmp_path / "wire"], workers=1)
    [photo] = catalog.list_photos()
    make_wire_photo(tmp_path / "resend" / "lagos_v2.jpg", 7, headline="Lagos floods worsen",
                    description="Flooded street in Lagos, corrected.")
    return photo.id


def test_ingest_refresh_waits_for_an_editor_and_keeps_the_desk_edit(catalog, tmp_path: Path):
    photo_id = catalogued_with_a_resend(catalog, tmp_path)

    editor = catalog.sessions()
    edits.edit(editor, photo_id, [FieldEdit("description", SET, DESK_CAPTION)], user="anna",
               expected_version=1)  # claimed, not yet committed: the row (or database) is locked
    outcome: dict[str, object] = {}
    ingest = threading.Thread(target=lambda: outcome.update(
        summary=catalog.ingest([tmp_path / "resend"], workers=1)))
    ingest.start()
    time.sleep(1.0)  # let the ingest reach the photo while the editor still holds it
    editor.commit()
    editor.close()
    ingest.join(60)
    assert not ingest.is_alive()

    assert outcome["summary"].counts()["duplicate"] == 1  # type: ignore[attr-defined]
    record = catalog.photo(photo_id)
    assert record.fields["description"] == DESK_CAPTION
    assert record.values.sources["description"] == "manual"
    assert record.fields["headline"] == "Lagos floods worsen"
    assert record.version == 3
    with catalog.sessions() as session:
        rows = session.scalars(select(FieldValue).where(
            FieldValue.photo_id == photo_id, FieldValue.name == "description")).all()
        assert [(r.value, r.source) for r in rows] == [(DESK_CAPTION, "manual")]
        history = session.execute(select(HistoryEntry.version, HistoryEntry.field, HistoryEntry.user)
                                  .where(HistoryEntry.photo_id == photo_id)
                                  .order_by(HistoryEntry.id)).all()
    assert [tuple(h) for h in history] == [(2, "description", "anna"),
                                           (3, "headline", "tester")]


def test_an_editor_saving_while_a_refresh_holds_the_photo_is_told_of_the_conflict(
        catalog, tmp_path: Path):
    """The refresh claims the photo before it reads the values; an editor who saves from
    version 1 meanwhile waits, then is refused, naming the fields the refresh changed."""
    photo_id = catalogued_with_a_resend(catalog, tmp_path)
    values_read, editor_done = threading.Event(), threading.Event()

    def pause_after_reading_values(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is refresh and not values_read.is_set() \
                and "FROM field_value" in statement:
            values_read.set()
            editor_done.wait(3)  # the editor cannot finish while the refresh holds the claim

    outcome: dict[str, object] = {}
    refresh = threading.Thread(target=lambda: outcome.update(
        summary=catalog.ingest([tmp_path / "resend"], workers=1)))
    event.listen(catalog.engine, "after_cursor_execute", pause_after_reading_values)
    try:
        refresh.start()
        assert values_read.wait(30)
        try:
            catalog.edit(photo_id, {"description": DESK_CAPTION}, user="anna", expected_version=1)
        except EditConflict as conflict:
            outcome["conflict"] = str(conflict)
        editor_done.set()
        refresh.join(60)
    finally:
        event.remove(catalog.engine, "after_cursor_execute", pause_after_reading_values)

    assert outcome["conflict"].startswith(  # type: ignore[union-attr]
        f"photo {photo_id} changed since version 1: headline, description by tester at ")
    record = catalog.photo(photo_id)
    assert record.version == 2
    assert record.fields["description"] == "Flooded street in Lagos, corrected."
    assert record.values.sources["description"] == "embedded"
    with catalog.sessions() as session:
        history = session.execute(select(HistoryEntry.version, HistoryEntry.field, HistoryEntry.user)
                                  .where(HistoryEntry.photo_id == photo_id)
                                  .order_by(HistoryEntry.id)).all()
    assert sorted(tuple(h) for h in history) == [(2, "description", "tester"),
                                                 (2, "headline", "tester")]

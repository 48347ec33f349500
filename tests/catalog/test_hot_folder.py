"""Hot folder stages without a watcher: a file still growing waits, a vanished one is logged."""

from __future__ import annotations

import time

from media_manager.catalog.hot_folder import HotFolder
from tests.photos import make_wire_photo


def test_growing_file_waits_and_vanished_file_is_logged(catalog, tmp_path):
    lines: list[str] = []
    folder = HotFolder(catalog, [tmp_path], interval=0.05, log=lines.append)
    growing = tmp_path / "feed.csv"
    growing.write_text("job_id,headline\n", encoding="utf-8")
    gone = make_wire_photo(tmp_path / "gone.jpg", 51)
    folder.note(growing)
    folder.note(gone)
    folder.tick()  # first sight: sizes noted, nothing taken
    gone.unlink()
    with growing.open("a", encoding="utf-8") as more:
        more.write("J1,Late piece\n")
    time.sleep(0.1)
    folder.tick()  # feed.csv changed since: it waits another interval
    assert [line.split(" ", 1)[1] for line in lines] == [f"vanished: {gone}"]
    time.sleep(0.1)
    folder.tick()
    assert lines[-1].split(" ", 1)[1] == (f"imported {growing}: 0 applied, 0 review, "
                                          "1 unmatched, 0 failed (batch 1)")
    assert folder.waiting == {growing: frozenset({"feed.csv:2"})}

"""Reading caption files in worker processes gives what reading them here gives, in order,
and the work this process does meanwhile (the pairing index) is handed back."""

from __future__ import annotations

from pathlib import Path

from media_manager.catalog import caption_read
from media_manager.catalog.caption_read import read_files


def _files(folder: Path) -> list[Path]:
    sheet = folder / "sheet.csv"
    sheet.write_text("filename,description\n" + "".join(
        f'ROM{n}.jpg,"Pilgrims cross St. Peter\'s Square in Rome, Italy, April {n}, 2026. '
        f'(AP Photo/Teo Bruni)"\n' for n in range(1, 21)), encoding="utf-8")
    story = folder / "story.jsonl"
    story.write_text("".join(
        f'{{"description": "Snow falls on the harbour of Tromso, Norway, January {n}, 2026. '
        f'REUTERS/Ola Nord"}}\n' for n in range(1, 6)), encoding="utf-8")
    return [sheet, folder / "gone.csv", story]


def test_workers_read_the_same_records_in_the_files_order(tmp_path, monkeypatch):
    files = _files(tmp_path)
    here, done_here = read_files(files, workers=1, meanwhile=lambda: "index built")
    monkeypatch.setattr(caption_read, "WORKERS_FROM_BYTES", 0)
    there, done = read_files(files, workers=2, meanwhile=lambda: "index built")
    assert (done_here, done) == ("index built", "index built")
    assert [r.path for r in there] == files
    assert [r.problem.startswith("cannot read") for r in there] == [False, True, False]
    assert [len(r.wire.records) if r.wire else None for r in there] == [20, None, 5]
    assert [[rec.to_json() for rec in r.wire.records] if r.wire else r.problem
            for r in there] == [[rec.to_json() for rec in r.wire.records] if r.wire
                                else r.problem for r in here]
    assert there[0].wire.records[3].hints["date_created"] == "2026-04-04"

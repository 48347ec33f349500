"""Every malformed corpus file ends as a clean outcome: no exception, no hang, one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_manager.metadata import FileReading, image_identity, read_metadata
from tests.conftest import CORPUS

MALFORMED = sorted((CORPUS / "malformed").glob("*")) if (CORPUS / "malformed").is_dir() else []


@pytest.mark.timeout(10)
@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.name)
def test_malformed_file_reads_cleanly(corpus_dir, path: Path):
    reading = read_metadata(path, with_hash=True)
    assert isinstance(reading, FileReading)
    if reading.error is not None:
        assert reading.error and "\n" not in reading.error
    assert all("\n" not in w for w in reading.warnings)
    assert isinstance(image_identity(path), str)


def test_malformed_corpus_is_present(corpus_dir):
    assert len(MALFORMED) >= 50

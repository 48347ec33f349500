"""Pairing scores, weights from configuration, and the benchmark at a tiny size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from media_manager.catalog.pairing import STRONG, pair
from media_manager.catalog.pairing_index import PairingIndex, PhotoFacts, words
from media_manager.catalog.pairing_weights import PairingWeights
from media_manager.errors import ConfigError
from media_manager.wire.record import CaptionRecord

REPO = Path(__file__).resolve().parents[2]


def index_of(*photos: PhotoFacts) -> PairingIndex:
    index = PairingIndex()
    for photo in photos:
        index.photos[photo.id] = photo
        for name in photo.names:
            index.by_name[name].add(photo.id)
        for word in photo.words | {w for c in photo.creators for w in words(c)}:
            index.by_word[word].add(photo.id)
    return index


def test_the_score_is_the_sum_of_named_weighted_parts():
    photo = PhotoFacts(1, names={"rome1.jpg"}, creators={"teo bruni"}, days={"2026-04-01"},
                       city="rome", agency="AP")
    record = CaptionRecord("s.csv:2", fields={"creator": ["Teo Bruni"], "city": "Milan",
                                              "date_created": "2026-04-02"},
                           filenames=["ROME1.JPG"])
    result = pair(index_of(photo), record, PairingWeights())
    assert result.best.parts == {"filename": 1.2, "date": 0.1, "place": -0.2, "people": 0.35}
    assert result.best.score == 1.45 and result.recommendation == STRONG


def test_candidates_come_from_buckets_not_from_every_photo():
    near = PhotoFacts(1, words=words("Pilgrims cross the square in Rome"), creators={"teo bruni"})
    far = PhotoFacts(2, words=words("Snow on the harbour of Tromso"), creators={"ola nord"})
    record = CaptionRecord("s.jsonl:1", fields={"description": "Pilgrims cross the square in "
                                                               "Rome at dawn"})
    result = pair(index_of(near, far), record, PairingWeights())
    assert [c.photo_id for c in result.candidates] == [1]


def test_weights_come_from_the_desk_configuration(tmp_path):
    config = tmp_path / "pairing.toml"
    config.write_text("[pairing]\npeople = 0.5\nstrong = 0.9\n", encoding="utf-8")
    weights = PairingWeights.load(config)
    assert (weights.people, weights.strong, weights.filename) == (0.5, 0.9, 1.2)
    assert PairingWeights.load(tmp_path / "absent.toml") == PairingWeights()
    config.write_text("[pairing]\npeeple = 0.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown pairing weight 'peeple'"):
        PairingWeights.load(config)


def test_the_benchmark_runs_at_a_tiny_size():
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "pairing.py"),
                             "--photos", "30", "--captions", "30"],
                            capture_output=True, text=True, timeout=240, check=True)
    assert "strong matches:" in result.stdout and "true pairs found" in result.stdout

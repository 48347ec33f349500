"""Smoke test of benchmarks/caption_accuracy.py on a tiny set this test writes itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "caption_accuracy.py"

ROWS = [
    {"text": "A man walks in Homs, Syria, Sept. 13, 2017. (AP Photo/Omar Sayed)",
     "expected": {"credit_line": "AP Photo/Omar Sayed", "creator": ["Omar Sayed"],
                  "source": "AP", "date_created": "2017-09-13", "city": "Homs",
                  "country": "Syria", "country_made": "Syria", "persons_shown": []}},
    {"text": "Jane Roe, left, waves in Nairobi on May 3, 2024. REUTERS/Ali Ahmed",
     "expected": {"credit_line": "REUTERS/Ali Ahmed", "creator": ["Ali Ahmed"],
                  "source": "Reuters", "date_created": "2024-05-03", "city": "Nairobi",
                  "country": None, "country_made": "Kenya", "persons_shown": ["Jane Roe"]}},
]


def test_benchmark_scores_a_given_file_and_reports_country_made(tmp_path):
    data = tmp_path / "tiny.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", "utf-8")
    result = subprocess.run([sys.executable, str(BENCHMARK), "--data", str(data),
                             "--seconds", "0"], capture_output=True, text=True, check=True)
    lines = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()
             if line[:1].isalpha() and len(line.split()) >= 2}
    assert "== tiny: 2 labelled captions" in result.stdout
    assert lines["credit_line"] == "1.000" and lines["country_made"] == "1.000"
    assert lines["country"] == "1.000" and lines["people_f1"] == "1.000"


def test_own_set_country_label_is_scored_as_country_made(tmp_path):
    row = {"text": ROWS[1]["text"], "expected": {**ROWS[1]["expected"], "country": "Kenya"}}
    del row["expected"]["country_made"]
    data = tmp_path / "own.jsonl"
    data.write_text(json.dumps(row) + "\n", "utf-8")
    result = subprocess.run([sys.executable, str(BENCHMARK), "--data", str(data),
                             "--seconds", "0"], capture_output=True, text=True, check=True)
    fields = [line.split()[0] for line in result.stdout.splitlines() if line[:1].isalpha()]
    assert "country_made" in fields and "country" not in fields


def test_labelled_only_scores_the_fields_a_record_labels(tmp_path):
    row = {"text": ROWS[0]["text"], "expected": {"credit_line": "AP Photo/Omar Sayed",
                                                 "creator": ["Omar Sayed"], "source": "AP"}}
    data = tmp_path / "credits.jsonl"
    data.write_text(json.dumps(row) + "\n", "utf-8")
    only = subprocess.run([sys.executable, str(BENCHMARK), "--data", str(data), "--seconds",
                           "0", "--labelled-only"], capture_output=True, text=True, check=True)
    fields = [line.split()[0] for line in only.stdout.splitlines() if line[:1].isalpha()]
    assert fields[:4] == ["field", "credit_line", "creator", "source"]
    assert "city" not in fields and "is_pool" not in fields and "people_f1" not in fields
    # false case: without the option the unlabelled flags and people are scored ("want None")
    every = subprocess.run([sys.executable, str(BENCHMARK), "--data", str(data), "--seconds",
                            "0"], capture_output=True, text=True, check=True)
    assert "is_pool" in every.stdout and "people_f1" in every.stdout

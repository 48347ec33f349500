"""The report benchmark at a tiny size, as a smoke test of its SQL (no timing is checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import postgres_problem

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "reports.py"


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql",
                                                            marks=pytest.mark.postgres)])
def test_benchmark_builds_and_runs_every_report(backend):
    if backend == "postgresql" and postgres_problem():
        pytest.skip(f"PostgreSQL not reachable: {postgres_problem()}")
    done = subprocess.run([sys.executable, str(SCRIPT), "--photos", "500", "--uses", "100",
                           "--backend", backend, "--repeat", "1"],
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr
    assert "built 500 photos and 100 uses" in done.stdout
    for name in ("credits --by source", "story story-42", "restrictions", "problems", "cost"):
        assert name in done.stdout

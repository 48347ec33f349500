"""``benchmarks/fuzz.py`` as a smoke test: a few seconds of mutated inputs, none crashing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpus" / "malformed").is_dir(),
                    reason="the shared corpus is not beside the repository")
def test_a_short_fuzzing_run_finds_no_crash_or_hang(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fuzz.py"), "--seconds", "3",
                           "--seed", "11", "--keep", str(tmp_path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ": 0 crashes, 0 hangs;" in done.stdout
    assert list(tmp_path.iterdir()) == []

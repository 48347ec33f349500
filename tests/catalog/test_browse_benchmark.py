"""benchmarks/browse.py at a tiny size: it fills, times and prints every view (smoke test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "browse.py"


def test_browse_benchmark_runs_at_a_tiny_size():
    done = subprocess.run([sys.executable, str(SCRIPT), "--photos", "120", "--no-postgres"],
                          capture_output=True, text=True, check=True, timeout=240)
    lines = done.stdout.splitlines()
    assert lines[0] == "sqlite: 120 photos filled in " + lines[0].rsplit(" in ", 1)[1]
    assert [line.split()[1] for line in lines[2:]] == [
        "unfiltered", "filtered", "searched", "filtered", "searched"]
    # 120 photos cycle through 5 agencies and 7 places: REUTERS in Lagos every 35th photo
    reuters_in_lagos = str(len([n for n in range(120) if n % 35 == 0]))
    assert lines[3].split()[2] == reuters_in_lagos
    # the LIKE scans of before the search index find the same photos; "flood lagos":
    # subject flood every 4th photo, Lagos every 7th
    assert lines[5].split()[8] == reuters_in_lagos
    flood_in_lagos = str(len([n for n in range(120) if n % 4 == 0 and n % 7 == 0]))
    assert lines[4].split()[2] == lines[6].split()[8] == flood_in_lagos

"""Original sample wire photos and caption files (``python -m media_manager.samples``).

Also used by the demo command and the benchmarks: :func:`make_wire_jpegs` makes
any number of realistic, deterministic wire JPEGs.
"""

from __future__ import annotations

from media_manager.samples.build import ALL_SAMPLES, generate
from media_manager.samples.bulk import make_wire_jpegs

__all__ = ["ALL_SAMPLES", "generate", "make_wire_jpegs"]

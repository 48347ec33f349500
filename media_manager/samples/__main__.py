"""python -m media_manager.samples [--out DIR] [--only NAME ...]: regenerate sample_media/."""

from __future__ import annotations

import argparse
from pathlib import Path

from media_manager.samples.build import generate

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "sample_media"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m media_manager.samples",
                                     description="Regenerate the sample wire photos.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="target folder")
    parser.add_argument("--only", nargs="*", help="regenerate just these photo file names")
    args = parser.parse_args(argv)
    made = generate(args.out, set(args.only) if args.only else None)
    total = sum(p.stat().st_size for p in made)
    print(f"wrote {len(made)} files ({total / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

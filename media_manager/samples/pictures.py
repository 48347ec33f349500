"""Abstract "photographs": horizon, sky and ground gradients, soft shapes and grain.

They only need to look like pictures at thumbnail size and compress like
photographs (1–3 MB at quality 90 for six megapixels); every one comes from a
fixed seed, so regenerating gives the same pixels and the same JPEG bytes.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

PALETTES: dict[str, tuple[tuple[int, int, int], ...]] = {
    # sky top, sky horizon, ground near, ground far
    "day": ((70, 120, 190), (190, 210, 230), (110, 100, 80), (70, 75, 60)),
    "dusk": ((40, 40, 90), (230, 140, 80), (60, 50, 50), (30, 25, 30)),
    "night": ((10, 15, 35), (60, 60, 90), (40, 35, 30), (15, 15, 15)),
    "smoke": ((120, 110, 100), (200, 150, 90), (80, 60, 40), (40, 30, 25)),
    "indoor": ((150, 130, 110), (200, 190, 170), (120, 90, 70), (80, 60, 50)),
    "field": ((90, 150, 210), (210, 225, 235), (60, 120, 50), (40, 80, 30)),
}


def _lerp(a: tuple[int, int, int], b: tuple[int, int, int], t: np.ndarray) -> np.ndarray:
    t = t[..., None]
    return np.asarray(a, np.float32) * (1 - t) + np.asarray(b, np.float32) * t


def _backdrop(width: int, height: int, palette: str, rng: np.random.Generator) -> np.ndarray:
    """Sky over ground with a slightly tilted horizon."""
    sky_top, sky_low, ground_near, ground_far = PALETTES[palette]
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    x = np.linspace(0, 1, width, dtype=np.float32)[None, :]
    horizon = rng.uniform(0.45, 0.65) + rng.uniform(-0.06, 0.06) * (x - 0.5)
    sky_t = np.clip(y / horizon, 0, 1) * np.ones_like(x)
    ground_t = np.clip((y - horizon) / (1 - horizon), 0, 1) * np.ones_like(x)
    sky = _lerp(sky_top, sky_low, sky_t)
    ground = _lerp(ground_far, ground_near, ground_t)
    return np.where((y < horizon)[..., None], sky, ground)


def _soft_shapes(canvas: np.ndarray, rng: np.random.Generator, count: int) -> None:
    """Blurred ellipses ("people", "vehicles") and blocks ("buildings") painted in place."""
    height, width, _ = canvas.shape
    for _ in range(count):
        cx, cy = rng.uniform(0, width), rng.uniform(0.3 * height, height)
        rx, ry = rng.uniform(0.02, 0.12) * width, rng.uniform(0.04, 0.25) * height
        x0, x1 = int(max(cx - 2 * rx, 0)), int(min(cx + 2 * rx, width))
        y0, y1 = int(max(cy - 2 * ry, 0)), int(min(cy + 2 * ry, height))
        if x1 <= x0 or y1 <= y0:
            continue
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dist = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
        if rng.random() < 0.35:  # a block: sharper, squarer falloff
            dist = np.maximum(np.abs(xx - cx) / rx, np.abs(yy - cy) / ry) ** 6
        alpha = (np.exp(-dist * 1.5) * rng.uniform(0.5, 0.95))[..., None]
        colour = rng.uniform(20, 235, 3).astype(np.float32)
        canvas[y0:y1, x0:x1] = canvas[y0:y1, x0:x1] * (1 - alpha) + colour * alpha


def _texture(width: int, height: int, rng: np.random.Generator, grain: float) -> np.ndarray:
    """Low-frequency mottling plus fine sensor-like grain."""
    small = rng.normal(0, 1, (max(height // 40, 2), max(width // 40, 2))).astype(np.float32)
    low = np.asarray(Image.fromarray(small, mode="F").resize((width, height), Image.Resampling.BICUBIC))
    fine = rng.normal(0, grain, (height, width)).astype(np.float32)
    return (low * 9 + fine)[..., None]


def render_photo(width: int, height: int, seed: int, palette: str = "day",
                 shapes: int = 14, grain: float = 4.0) -> Image.Image:
    """One deterministic abstract photograph."""
    rng = np.random.default_rng(seed)
    canvas = _backdrop(width, height, palette, rng)
    _soft_shapes(canvas, rng, shapes)
    canvas += _texture(width, height, rng, grain)
    return Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8), "RGB")

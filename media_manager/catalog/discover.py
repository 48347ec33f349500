"""Discover: the files under the folders an editor names that may be photos.

Recursive; hidden files and folders (dot-names) and system clutter are skipped;
symbolic links are followed only when they stay inside the root, so a link
cannot pull a whole disk into the catalogue.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

PHOTO_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif",
})
SYSTEM_NAMES = frozenset({"thumbs.db", "desktop.ini", "__macosx", "@eadir", "$recycle.bin",
                          "system volume information", "lost+found"})


def is_hidden_or_system(name: str) -> bool:
    return name.startswith(".") or name.lower() in SYSTEM_NAMES


def is_photo_name(name: str) -> bool:
    return Path(name).suffix.lower() in PHOTO_SUFFIXES and not is_hidden_or_system(name)


def discover(roots: Iterable[Path]) -> Iterator[Path]:
    """Every photo file under ``roots`` (files named directly are taken as they are), sorted."""
    for root in roots:
        root = Path(root)
        if root.is_file():
            yield root.absolute()
            continue
        yield from _walk(root.absolute())


def _walk(root: Path) -> Iterator[Path]:
    real_root = os.path.realpath(root)
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not is_hidden_or_system(d))
        for name in sorted(filenames):
            if not is_photo_name(name):
                continue
            path = Path(folder) / name
            if path.is_symlink() and not _inside(os.path.realpath(path), real_root):
                continue
            yield path


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root

"""Discover: the files under the folders an editor names that may be photos.

Recursive; hidden files and folders (dot-names) and system clutter are skipped;
symbolic links are followed only when they stay inside the root, so a link
cannot pull a whole disk into the catalogue. Each folder is listed once, and the
listing also says which photos may have an XMP sidecar: in a folder that holds no
``.xmp`` file at all (most wire folders) reading needs no look for one per photo.
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
    return _suffix(name).lower() in PHOTO_SUFFIXES and not is_hidden_or_system(name)


def _suffix(name: str) -> str:
    """``Path(name).suffix`` of a file name, without making a path of every name listed."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def discover(roots: Iterable[Path]) -> Iterator[Path]:
    """Every photo file under ``roots`` (files named directly are taken as they are), sorted."""
    for path, _may_have_sidecar in discover_photos(roots):
        yield path


def discover_photos(roots: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """:func:`discover`'s photos, each with whether its folder holds any XMP sidecar (a
    file named directly is always looked at for one)."""
    for root in roots:
        root = Path(root)
        if root.is_file():
            yield root.absolute(), True
            continue
        yield from _walk(root.absolute())


def _walk(root: Path) -> Iterator[tuple[Path, bool]]:
    real_root = os.path.realpath(root)
    folders = [str(root)]
    while folders:  # depth first, each folder's files before its sub-folders, all sorted
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue  # unreadable folder: skipped, as os.walk skips it
        subfolders: list[os.DirEntry[str]] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            (subfolders if is_folder else files).append(entry)
        sidecars = any(e.name.lower().endswith(".xmp") for e in files)
        for entry in files:
            if not is_photo_name(entry.name):
                continue
            if entry.is_symlink() and not _inside(os.path.realpath(entry.path), real_root):
                continue
            yield Path(entry.path), sidecars
        folders.extend(e.path for e in reversed(subfolders)
                       if not is_hidden_or_system(e.name) and not e.is_symlink())


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root

"""What every write shares: the values it may carry, its outcome, and the safe replacement.

The original file is sacred: the new content is written beside it, flushed, checked
by the caller (read back through the readers ingest uses), and only then renamed
over the original. Any failure leaves the original untouched and no temporary file.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from media_manager.errors import MediaManagerError
from media_manager.fields import TECHNICAL_FIELDS
from media_manager.fields import field as field_spec

Values = Mapping[str, object]
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class WriteRefused(MediaManagerError):
    """A write that was not done; the original file is unchanged."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class VerifyFailed(WriteRefused):
    """The written copy did not read back as intended; it was discarded."""


@dataclass
class WriteResult:
    """What a write did: changed or not, the backup kept, IIM fields cut, warnings."""

    path: Path
    changed: bool
    backup: Path | None = None
    iim_truncated: list[str] = field(default_factory=list)
    stores: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)


def managed_values(values: Values) -> dict[str, object]:
    """The editable fields of ``values``, normalised by their kinds and without control
    characters (XML cannot carry them); technical fields ignored, unknown names refused."""
    out: dict[str, object] = {}
    for name, value in values.items():
        if name in TECHNICAL_FIELDS:
            continue
        spec = field_spec(name)  # raises UnknownFieldError naming the known fields
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, (list, tuple)):
            value = [clean_text(str(item)) for item in value]
        out[name] = spec.kind.normalise(value)
    return out


def clean_text(text: str) -> str:
    """Without control characters (NULs left by old wire systems)."""
    return CONTROL_CHARS.sub("", text)


def replace_atomically(path: Path, content: bytes, check: Callable[[Path], None],
                       backup: Path | None = None) -> None:
    """Temp file in the same folder, fsync, check, then os.replace; clean up on any failure."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            shutil.copymode(path, temp)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        check(temp)
        if backup is not None and path.exists():
            shutil.copy2(path, backup)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (where supported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

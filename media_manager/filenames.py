"""File names as the catalogue stores and shows them.

A POSIX file name is bytes; Python hands undecodable bytes over as lone
surrogates (``os.fsdecode``'s surrogateescape), which neither SQLite nor
PostgreSQL text can hold. :class:`StoredPath` keeps such names losslessly: each
undecodable byte is stored as U+FFFD followed by its two hex digits (a literal
U+FFFD in a name as U+FFFD ``u``), and read back as the very same surrogate, so
the path opens the file again. Names that are valid UTF-8 are stored as they are.
:func:`shown_path` is the form for people: U+FFFD for every byte that is not text.
"""

from __future__ import annotations

import codecs
import re

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

MARK = "\ufffd"
_STORED_ESCAPE = re.compile("\ufffd([89A-F][0-9A-F]|u)")
_SURROGATE_OR_MARK = re.compile("[\udc80-\udcff\ufffd]")
_OTHER_SURROGATES = re.compile("[\ud800-\udfff]")


def to_stored(path: str) -> str:
    """The text a database can hold for ``path`` (identical for UTF-8 names)."""
    if path.isascii():
        return path

    def escape(found: re.Match[str]) -> str:
        char = found.group()
        return MARK + "u" if char == MARK else f"{MARK}{ord(char) - 0xDC00:02X}"

    return _OTHER_SURROGATES.sub(MARK, _SURROGATE_OR_MARK.sub(escape, path))


def from_stored(text: str) -> str:
    """The path ``to_stored`` was given, undecodable bytes as surrogates again."""
    if MARK not in text:
        return text
    return _STORED_ESCAPE.sub(
        lambda found: MARK if found.group(1) == "u" else chr(0xDC00 + int(found.group(1), 16)),
        text)


def shown_path(path: str) -> str:
    """``path`` for a screen or a log: every byte that is not UTF-8 shown as U+FFFD."""
    if path.isascii():
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name produces
        raw = path.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


class StoredPath(TypeDecorator[str]):
    """A Text column holding a file path, lossless for names that are not UTF-8."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return None if value is None else to_stored(str(value))

    def process_result_value(self, value: str | None, dialect: object) -> str | None:
        return None if value is None else from_stored(value)


def _replace_unencodable(problem: UnicodeError) -> tuple[str, int]:
    if not isinstance(problem, UnicodeEncodeError):
        raise problem
    mark = MARK if problem.encoding.replace("-", "").lower() in ("utf8", "utf16", "utf32") \
        else "?"
    return mark * (problem.end - problem.start), problem.end


def show_undecodable_names(*streams: object) -> None:
    """Text streams (stdout, stderr) print a name's undecodable bytes as U+FFFD."""
    codecs.register_error("media-manager-shown", _replace_unencodable)
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="media-manager-shown")

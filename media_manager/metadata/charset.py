"""The one charset rule for legacy text in IIM records and EXIF tags.

Wire records and camera tags rarely say what they hold. A record declared UTF-8
(IIM 1:90 ``ESC % G``) is UTF-8; undeclared bytes are UTF-8 when they decode
strictly (modern tools), else cp1252 (what legacy Windows wire systems wrote).
Reader and writer both decode through here, so they can never disagree.
"""

from __future__ import annotations

INVALID_UTF8_WARNING = "IPTC declared UTF-8 but holds invalid UTF-8 bytes"


def decode_legacy_text(raw: bytes, declared_utf8: bool = False,
                       warnings: list[str] | None = None) -> str:
    """Declared UTF-8 -> UTF-8 (bad bytes replaced, warned); undeclared -> UTF-8 else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if not declared_utf8:
            return raw.decode("cp1252", errors="replace")
        if warnings is not None:
            warnings.append(INVALID_UTF8_WARNING)
        return raw.decode("utf-8", errors="replace")

"""Decoding text files as desks receive them: UTF-8 with or without BOM, or Excel's cp1252."""

from __future__ import annotations

import codecs


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding chosen: ``utf-8-sig`` (BOM), ``utf-8``, else ``cp1252``.

    cp1252 is what Excel and older wire systems write; bytes it leaves undefined
    (0x81, 0x8D, 0x8F, 0x90, 0x9D) are replaced rather than failing the file.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def head_text(data: bytes, size: int = 4096) -> str:
    """The start of the file as text, for sniffing the format."""
    return decode(data[:size])[0].lstrip("\ufeff \t\r\n")

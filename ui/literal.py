"""Metadata on the page as literal text: the one helper every page uses.

Captions, headlines, credits, places, file names, lint messages and history values
are untrusted text. Streamlit's Markdown widgets (markdown, write, title, header,
caption, table, info/warning/error/success, toast) would render them, so metadata
goes only through :func:`text` / :func:`lines` (``st.text``: no Markdown, no HTML),
through dataframe cells (:func:`table`) and widget values. Markdown widgets are
called only here and only with the app's own words (:func:`note`, :func:`alert`);
a test checks that no other file in ui/ calls them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import streamlit as st

_CONTROL = {code: "\N{REPLACEMENT CHARACTER}" for code in range(32) if code not in (9, 10)}
_CONTROL[0] = "\N{SYMBOL FOR NULL}"
ALERTS = {"error": st.error, "warning": st.warning, "success": st.success, "info": st.info}


def as_text(value: object) -> str:
    """A value as one plain string: lists joined with '; ', control characters made visible."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(as_text(v) for v in value)
    return str(value).translate(_CONTROL)


def clip(value: object, length: int) -> str:
    """The start of a value, on one line, with an ellipsis when cut."""
    flat = " ".join(as_text(value).split())
    return flat if len(flat) <= length else flat[:length - 1].rstrip() + "…"


def text(value: object, *, key_hint: str | None = None) -> None:
    """Show a value as literal text (``key_hint`` is for readers of the page source only)."""
    del key_hint
    st.text(as_text(value))


def lines(values: Iterable[object], *, wrap: bool = True) -> None:
    """Several values as one block of literal text, one per line."""
    st.text("\n".join(as_text(v) for v in values), wrap=wrap)


def table(rows: Sequence[Mapping[str, Any]], **options: Any) -> Any:
    """Rows as a dataframe: every cell is shown literally (text columns unless configured)."""
    cleaned = [{name: value if isinstance(value, (int, float, bool)) or value is None
                or name in options.get("column_config", {}) else as_text(value)
                for name, value in row.items()} for row in rows]
    options.setdefault("hide_index", True)
    return st.dataframe(cleaned, **options)


MARKDOWN_MARKS = frozenset("\\`*_{}[]<>()#+-!|~:$=^&")


def escaped(words: str) -> str:
    """The app's own words safe for a Markdown widget: every Markdown mark escaped."""
    return "".join("\\" + c if c in MARKDOWN_MARKS else c for c in words)


def note(words: str) -> None:
    """A small grey line of the app's own words and numbers (never metadata)."""
    st.caption(escaped(words))


def heading(words: str) -> None:
    """A section heading in the app's own words (never metadata)."""
    st.subheader(escaped(words))


def alert(kind: str, words: str, detail: object = None) -> None:
    """An alert box with the app's own words; ``detail`` (metadata, messages) as literal text."""
    ALERTS[kind](escaped(words))
    if detail is not None and as_text(detail):
        st.text(as_text(detail))

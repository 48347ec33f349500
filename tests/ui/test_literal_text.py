"""Metadata never reaches a Markdown or HTML renderer: a check of every file in ui/."""

from __future__ import annotations

import ast
import sys

import pytest

from tests.ui.conftest import UI

MARKDOWN_WIDGETS = {"markdown", "write", "title", "header", "subheader", "caption", "table",
                    "info", "warning", "error", "success", "toast", "latex", "badge",
                    "write_stream", "help", "exception"}


def sources() -> list[tuple[str, ast.Module]]:
    return [(str(path.relative_to(UI)), ast.parse(path.read_text()))
            for path in sorted(UI.rglob("*.py"))]


def test_no_file_in_ui_allows_html():
    for path in UI.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".toml", ".css"):
            assert "unsafe_allow_html" not in path.read_text(), path
            assert "unsafe_allow_javascript" not in path.read_text(), path


def test_markdown_widgets_get_only_the_apps_own_constant_words():
    """Outside the literal helper, a Markdown widget may only be called with a string
    literal: nothing computed (and so no metadata) can reach it."""
    for name, tree in sources():
        if name == "literal.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in MARKDOWN_WIDGETS \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "st":
                arguments = [*node.args, *(k.value for k in node.keywords)]
                assert all(isinstance(a, ast.Constant) for a in arguments), \
                    f"{name}:{node.lineno} passes a computed value to st.{node.func.attr}"


def test_st_html_only_loads_the_stylesheet_file():
    for name, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "html":
                assert name == "pages/browse.py" and isinstance(node.args[0], ast.Name) \
                    and node.args[0].id == "STYLE", f"{name}:{node.lineno}"


def test_ui_has_no_sql_and_no_parsing():
    for name, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                module = getattr(node, "module", None) or node.names[0].name
                assert not module.startswith(("sqlalchemy", "media_manager.captions",
                                              "media_manager.metadata", "re")), \
                    f"{name} imports {module}"


@pytest.fixture
def literal(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(UI))
    import literal as module

    yield module
    sys.modules.pop("literal", None)


def test_escaped_words_keep_no_markdown_mark_bare(literal):
    assert literal.escaped("3 photos :red[x] $y$ <b>") == r"3 photos \:red\[x\] \$y\$ \<b\>"
    assert literal.as_text(["a", None, "b\x00c"]) == "a; ; b\N{SYMBOL FOR NULL}c"
    assert literal.clip("one two  three", 8) == "one two…"

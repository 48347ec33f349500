"""Modules imported when first used, so a command loads only what it runs.

``media-manager ingest`` should not pay for reports, pairing, backup and export at
start-up: :class:`LazyModule` stands in for a module and imports it on the first
name looked up in it (``importlib`` holds the import lock, so threads are safe).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands in for the module ``name`` until one of its names is used."""

    def __init__(self, name: str) -> None:
        self.__dict__["_name"] = name

    def _module(self) -> ModuleType:
        return importlib.import_module(self.__dict__["_name"])

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._module(), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self.__dict__['_name']!r}>"

"""The desk's report settings: house credit style, agency rates, where publications appear.

They live in a TOML file (``reports.toml`` in the data folder, or ``--config FILE`` /
``$MEDIA_MANAGER_REPORTS``), read once by the CLI or UI and passed in:

    currency = "EUR"
    [house_style]
    one = "Photo: {credits}"
    many = "Photos: {credits}"
    separator = "; "
    via = "{provider} via {agency}"
    fallback = "{credit_line}"
    [house_style.agencies]
    AP = "AP Photo/{creator}"
    [rates.AP]
    per_use = 45.0
    [rates.Reuters]
    monthly = 1200.0
    [publications]
    "Pester Lloyd" = "Hungary"
"""

from __future__ import annotations

import os
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from media_manager.errors import ConfigError

CONFIG_ENV = "MEDIA_MANAGER_REPORTS"
CREDIT_VARIABLES = frozenset({"creator", "credit_line", "source", "agency", "provider"})
DEFAULT_AGENCY_STYLES = {
    "AP": "AP Photo/{creator}",
    "Reuters": "REUTERS/{creator}",
    "AFP": "{creator}/AFP",
    "EPA": "EPA/{creator}",
}


@dataclass(frozen=True)
class HouseStyle:
    """How a story's credit block is printed; ``{credits}`` is the joined list of credits."""

    one: str = "Photo: {credits}"
    many: str = "Photos: {credits}"
    separator: str = "; "
    via: str = "{provider} via {agency}"
    fallback: str = "{credit_line}"
    agencies: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_AGENCY_STYLES))


@dataclass(frozen=True)
class AgencyRate:
    """What an agency charges: per published use, or a flat fee per month."""

    agency: str
    per_use: float | None = None
    monthly: float | None = None


@dataclass(frozen=True)
class ReportConfig:
    house_style: HouseStyle = field(default_factory=HouseStyle)
    rates: dict[str, AgencyRate] = field(default_factory=dict)
    publications: dict[str, str] = field(default_factory=dict)  # publication -> country
    currency: str = "EUR"


def config_path(explicit: str | Path | None, data_dir: Path) -> Path | None:
    """The report settings file: explicit, else $MEDIA_MANAGER_REPORTS, else the data folder's."""
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    default = data_dir / "reports.toml"
    return default if default.exists() else None


def load_report_config(path: Path | None) -> ReportConfig:
    """Read and check the settings; the defaults when ``path`` is None."""
    if path is None:
        return ReportConfig()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as problem:
        raise ConfigError(f"{path}: cannot read report settings: {problem}") from None
    return ReportConfig(house_style=_house_style(path, data.get("house_style", {})),
                        rates=_rates(path, data.get("rates", {})),
                        publications=_texts(path, "publications", data.get("publications", {})),
                        currency=_text(path, "currency", data.get("currency", "EUR")))


def _house_style(path: Path, table: Any) -> HouseStyle:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: house_style must be a table")
    base = HouseStyle()
    values = {name: _template(path, f"house_style.{name}", table.get(name, getattr(base, name)),
                              {"credits"} if name in ("one", "many") else CREDIT_VARIABLES)
              for name in ("one", "many", "via", "fallback")}
    agencies = dict(base.agencies)
    for agency, template in _texts(path, "house_style.agencies", table.get("agencies", {})).items():
        agencies[agency] = _template(path, f"house_style.agencies.{agency}", template,
                                     CREDIT_VARIABLES)
    separator = _text(path, "house_style.separator", table.get("separator", base.separator))
    return HouseStyle(separator=separator, agencies=agencies, **values)


def _rates(path: Path, table: Any) -> dict[str, AgencyRate]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: rates must be a table of agencies")
    rates = {}
    for agency, entry in table.items():
        if not isinstance(entry, dict) or not ({"per_use", "monthly"} & set(entry)):
            raise ConfigError(f"{path}: rates.{agency} needs per_use or monthly")
        amounts = {}
        for kind in ("per_use", "monthly"):
            amount = entry.get(kind)
            if amount is not None and (isinstance(amount, bool)
                                       or not isinstance(amount, int | float) or amount < 0):
                raise ConfigError(f"{path}: rates.{agency}.{kind} must be a number >= 0")
            amounts[kind] = None if amount is None else float(amount)
        rates[agency] = AgencyRate(agency=agency, **amounts)
    return rates


def _texts(path: Path, key: str, table: Any) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {key} must be a table")
    return {str(name): _text(path, f"{key}.{name}", value) for name, value in table.items()}


def _text(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{path}: {key} must be text")
    return value


def _template(path: Path, key: str, value: Any, allowed: frozenset[str] | set[str]) -> str:
    """A template whose only placeholders are plain names from ``allowed``."""
    text = _text(path, key, value)
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as problem:
        raise ConfigError(f"{path}: {key}: {problem}") from None
    for _literal, name, spec, conversion in parts:
        if name is not None and (name not in allowed or spec or conversion):
            raise ConfigError(f"{path}: {key}: unknown placeholder {{{name}}} "
                              f"(use {', '.join('{' + a + '}' for a in sorted(allowed))})")
    return text

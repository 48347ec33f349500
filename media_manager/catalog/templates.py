"""Templates: named sets of field values with a mode each (Photo Mechanic's "stationery pad").

A template is kept in the catalogue (so every editor of a shared PostgreSQL
catalogue, and the UI, sees the same ones). Its values may hold ``{variables}``
from the photo's own fields: ``{city}``, ``{creator}``,
``{date_created:%B %-d, %Y}``; applying it is a bulk edit, one batch in history.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog import edits
from media_manager.catalog.operations import APPEND, FILL, SET, FieldEdit, known_field
from media_manager.catalog.results import JobSummary
from media_manager.catalog.values import PhotoValues
from media_manager.errors import BadEdit, TemplateNotFound
from media_manager.models import Template as TemplateRow
from media_manager.models import utcnow

REPLACE, FILL_IF_EMPTY, APPEND_TO = "replace", "fill", "append"
TEMPLATE_MODES = {REPLACE: SET, FILL_IF_EMPTY: FILL, APPEND_TO: APPEND}


@dataclass(frozen=True)
class TemplateEntry:
    """One field of a template: its value (with {variables}) and how it is applied."""

    field: str
    value: str
    mode: str = REPLACE

    def __post_init__(self) -> None:
        known_field(self.field)
        if self.mode not in TEMPLATE_MODES:
            raise BadEdit(f"unknown template mode {self.mode!r} "
                          f"(modes: {', '.join(TEMPLATE_MODES)})")
        for name in variables(self.value):
            known_field(name)


@dataclass
class Template:
    name: str
    entries: list[TemplateEntry]
    user: str = ""
    updated_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "user": self.user,
                "updated_at": self.updated_at.isoformat() if self.updated_at else None,
                "entries": [vars(e) for e in self.entries]}


class PhotoFormatter(string.Formatter):
    """str.format over a photo's fields: lists joined with ', ', dates with strftime specs,
    a field the photo lacks as empty text."""

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        return kwargs.get(str(key))

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            value = ", ".join(value)
        if "%" in format_spec:
            try:
                return datetime.fromisoformat(str(value)).strftime(format_spec)
            except ValueError:
                return str(value)
        return format(value, format_spec)


def variables(text: str) -> list[str]:
    """The field names a template value refers to."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name]
    except ValueError as problem:
        raise BadEdit(f"bad template value {text!r}: {problem}") from None


def render(template: Template, values: PhotoValues) -> list[FieldEdit]:
    """The template's edits for one photo, its {variables} filled from that photo."""
    formatter = PhotoFormatter()
    return [FieldEdit(entry.field, TEMPLATE_MODES[entry.mode],
                      formatter.vformat(entry.value, (), dict(values.fields)))
            for entry in template.entries]


def renderer(template: Template) -> Callable[[PhotoValues], list[FieldEdit]]:
    return lambda values: render(template, values)


def _from_row(row: TemplateRow) -> Template:
    return Template(row.name, [TemplateEntry(**e) for e in row.entries], row.user,
                    row.updated_at)


def save_template(session: Session, name: str, entries: Sequence[TemplateEntry], *,
                  user: str) -> Template:
    """Create or replace the template called ``name``."""
    if not name.strip():
        raise BadEdit("a template needs a name")
    row = session.scalar(select(TemplateRow).where(TemplateRow.name == name))
    if row is None:
        row = TemplateRow(name=name, entries=[], user=user)
        session.add(row)
    row.entries, row.user, row.updated_at = [vars(e) for e in entries], user, utcnow()
    session.flush()
    return _from_row(row)


def get_template(session: Session, name: str) -> Template:
    row = session.scalar(select(TemplateRow).where(TemplateRow.name == name))
    if row is None:
        raise TemplateNotFound(name)
    return _from_row(row)


def list_templates(session: Session) -> list[Template]:
    return [_from_row(r) for r in session.scalars(select(TemplateRow).order_by(TemplateRow.name))]


def delete_template(session: Session, name: str) -> None:
    row = session.scalar(select(TemplateRow).where(TemplateRow.name == name))
    if row is None:
        raise TemplateNotFound(name)
    session.delete(row)


def apply_template(sessions: sessionmaker, template: Template, photo_ids: Sequence[int], *,
                   user: str, expand: Callable[[str], str] | None = None) -> JobSummary:
    """Apply ``template`` to each photo of the selection; outcomes per photo, one batch."""
    return edits.bulk_edit(sessions, photo_ids, renderer(template), user=user, expand=expand,
                           kind="template", description=template.name)

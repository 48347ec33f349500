"""Domain errors: small named classes that carry what went wrong and where.

The CLI's one top-level handler turns any of these into a one-line message and
a non-zero exit code; the UI shows the same message.
"""

from __future__ import annotations


class MediaManagerError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the desk."""

    exit_code = 1


class ConfigError(MediaManagerError):
    """A setting (database URL, folder) that cannot be used."""


class PhotoNotFound(MediaManagerError):
    def __init__(self, photo_id: int | str) -> None:
        super().__init__(f"no photo with id {photo_id} in the catalogue")
        self.photo_id = photo_id


class EditConflict(MediaManagerError):
    """A save based on a version of the photo that someone else has changed since."""

    def __init__(self, photo_id: int, expected: int, since: str) -> None:
        super().__init__(f"photo {photo_id} changed since version {expected}: {since}; "
                         "reload and try again")
        self.photo_id = photo_id
        self.expected = expected


class BadEdit(MediaManagerError):
    """An edit the desk asked for that cannot be made as given (bad pattern, bad history id)."""


class InvalidValue(BadEdit):
    """A value that breaks its field's rule (see :mod:`media_manager.kinds`); nothing is saved."""

    def __init__(self, field: str, value: object, rule: str) -> None:
        shown = value if not isinstance(value, str) else value[:80]
        super().__init__(f"{field}: {shown!r} {rule}")
        self.field = field
        self.value = value
        self.rule = rule


class TemplateNotFound(MediaManagerError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no template named {name!r}")
        self.name = name

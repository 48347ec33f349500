"""The one table of metadata fields.

Every reader, the writer, the database, the UI form, the CSV/JSON export and the
CLI's ``--set NAME=VALUE`` take their field names, IPTC IIM datasets, XMP
properties, EXIF tags, IIM byte limits and value kinds (:mod:`media_manager.kinds`:
parsing, validation, normalisation, formatting, IIM encoding) from here. A new
field, typed or not, is one new row.

Names follow the IPTC Photo Metadata Standard (TechReference), in snake_case.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from media_manager import kinds
from media_manager.kinds import empty  # noqa: F401 - the table's callers import it from here


class XmpKind(str, Enum):
    """How a property is laid out in XMP (RDF); follows from the field's kind."""

    TEXT = "text"  # simple property
    LANG_ALT = "lang-alt"  # rdf:Alt of rdf:li xml:lang; read and write x-default
    BAG = "bag"  # unordered list
    SEQ = "seq"  # ordered list


@dataclass(frozen=True)
class Field:
    """One editable descriptive field of a photo; its ``kind`` says what its value is."""

    name: str
    label: str
    iim: tuple[int, int] | None  # (record, dataset), e.g. (2, 120)
    xmp: str | None  # "prefix:Property", e.g. "dc:description"
    kind: kinds.Text = kinds.TEXT
    exif_tag: int | None = None  # IFD0 tag number where one exists
    iim_max_bytes: int | None = None  # per value, in bytes of the encoded text
    searchable: bool = False  # part of plain full-text search
    multiline: bool = False  # edited in a text area

    @property
    def repeatable(self) -> bool:
        """A list of values (IIM repeats the dataset, XMP holds a Bag or Seq)."""
        return self.kind.repeatable

    @property
    def xmp_kind(self) -> XmpKind:
        return XmpKind(self.kind.xmp_layout)

    def parse(self, text: str) -> kinds.Value:
        """The desk's typed text as this field's value (lists: "a; b")."""
        return self.kind.parse(text)

    def validate(self, value: kinds.Value) -> None:
        """Raise :class:`~media_manager.errors.InvalidValue` naming this field and the rule."""
        self.kind.validate(value, self.name)

    def iim_datasets(self, value: kinds.Value) -> list[tuple[tuple[int, int], str, int | None]]:
        """(dataset, text, byte limit) for each IIM dataset that carries ``value``."""
        if self.iim is None:
            return []
        return [(dataset, text, self.iim_limit(dataset))
                for dataset, text in self.kind.iim_texts(self.iim, value)]

    def iim_limit(self, dataset: tuple[int, int]) -> int | None:
        """The byte limit of one of this field's IIM datasets."""
        if isinstance(self.kind, kinds.DateTime) and dataset == self.kind.iim_time:
            return self.kind.iim_time_max_bytes
        return self.iim_max_bytes if dataset == self.iim else None

    def iim_owned(self) -> tuple[tuple[int, int], ...]:
        """Every IIM dataset this field owns (a date also owns 2:60 Time Created)."""
        if self.iim is None:
            return ()
        if isinstance(self.kind, kinds.DateTime):
            return (self.iim, self.kind.iim_time)
        return (self.iim,)


FIELDS: tuple[Field, ...] = (
    Field("title", "Title / object name", (2, 5), "dc:title", kinds.LANG_ALT,
          iim_max_bytes=64, searchable=True),
    Field("headline", "Headline", (2, 105), "photoshop:Headline",
          iim_max_bytes=256, searchable=True),
    Field("description", "Caption", (2, 120), "dc:description", kinds.LANG_ALT,
          exif_tag=0x010E, iim_max_bytes=2000, searchable=True, multiline=True),
    Field("description_writer", "Caption writer", (2, 122), "photoshop:CaptionWriter",
          iim_max_bytes=32),
    Field("keywords", "Keywords", (2, 25), "dc:subject", kinds.BAG,
          iim_max_bytes=64, searchable=True),
    Field("creator", "Photographer", (2, 80), "dc:creator", kinds.SEQ,
          exif_tag=0x013B, iim_max_bytes=32, searchable=True),
    Field("creator_job_title", "Photographer's title", (2, 85), "photoshop:AuthorsPosition",
          iim_max_bytes=32),
    Field("credit_line", "Credit line", (2, 110), "photoshop:Credit",
          iim_max_bytes=32, searchable=True),
    Field("source", "Source (agency)", (2, 115), "photoshop:Source",
          iim_max_bytes=32, searchable=True),
    Field("copyright_notice", "Copyright notice", (2, 116), "dc:rights", kinds.LANG_ALT,
          exif_tag=0x8298, iim_max_bytes=128),
    Field("date_created", "Date created", (2, 55), "photoshop:DateCreated", kinds.DATE_TIME,
          iim_max_bytes=8),
    Field("city", "City", (2, 90), "photoshop:City", iim_max_bytes=32, searchable=True),
    Field("sublocation", "Sublocation", (2, 92), "Iptc4xmpCore:Location",
          iim_max_bytes=32, searchable=True),
    Field("province_state", "Province / state", (2, 95), "photoshop:State",
          iim_max_bytes=32, searchable=True),
    Field("country", "Country", (2, 101), "photoshop:Country",
          iim_max_bytes=64, searchable=True),
    Field("country_code", "Country code", (2, 100), "Iptc4xmpCore:CountryCode",
          kinds.COUNTRY_CODE, iim_max_bytes=3),
    Field("instructions", "Special instructions", (2, 40), "photoshop:Instructions",
          iim_max_bytes=256, multiline=True),
    Field("job_id", "Transmission reference", (2, 103), "photoshop:TransmissionReference",
          iim_max_bytes=32, searchable=True),
    Field("persons_shown", "People shown", None, "Iptc4xmpExt:PersonInImage", kinds.BAG,
          searchable=True),
)

#: IIM 1:90 Coded Character Set; ESC % G declares UTF-8.
IIM_CODED_CHARACTER_SET: tuple[int, int] = (1, 90)
IIM_UTF8_MARKER = b"\x1b%G"

#: Read-only facts about the file and the camera; never written back.
TECHNICAL_FIELDS: tuple[str, ...] = (
    "width", "height", "format", "file_size", "sha256", "date_time_original",
    "camera_make", "camera_model", "gps_latitude", "gps_longitude",
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
LIST_FIELDS: frozenset[str] = frozenset(f.name for f in FIELDS if f.repeatable)
SEARCHABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.searchable)

#: XMP namespace prefixes used by the table, and their URIs.
XMP_NAMESPACES: dict[str, str] = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "x": "adobe:ns:meta/",
}


class UnknownFieldError(KeyError):
    """A name that is not in the table of fields."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        known = ", ".join(FIELD_NAMES)
        return f"unknown field {self.name!r} (known fields: {known})"


def field(name: str) -> Field:
    """The field called ``name``; raises :class:`UnknownFieldError` naming the known ones."""
    try:
        return FIELDS_BY_NAME[name]
    except KeyError:
        raise UnknownFieldError(name) from None


FieldValue = str | list[str]

"""media-manager: the photo desk's catalogue of wire photos, captions and credits."""

__version__ = "0.1.0"

"""read_metadata end to end on files built in tmp_path: MWG rule, sidecars, identity."""

from __future__ import annotations

import io
import json

from PIL import Image

from media_manager.metadata import find_sidecar, image_identity, read_metadata, read_sidecar
from media_manager.metadata.reconcile import DIGEST_MISMATCH_WARNING
from tests.metadata.builders import (
    app1_exif,
    app1_extended,
    app1_xmp,
    app13,
    base_jpeg,
    iim_block,
    lang_alt,
    segment,
    with_segments,
    xmp_packet,
)

IIM = iim_block([(2, 120, b"IIM caption"), (2, 90, b"Lyon"), (2, 110, b"IIM credit"),
                 (2, 25, b"iim-only")], utf8=True)
XMP = xmp_packet(lang_alt("dc:description", ("x-default", "XMP caption"))
                 + "<photoshop:Credit>XMP credit</photoshop:Credit>"
                 + "<photoshop:Headline>XMP headline</photoshop:Headline>")


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_digest_matches_xmp_wins_and_single_sources_fill_in(tmp_path):
    path = _write(tmp_path, "a.jpg", with_segments(base_jpeg(), app1_xmp(XMP), app13(IIM)))
    reading = read_metadata(path)
    assert reading.error is None and reading.warnings == []
    assert reading.fields["description"] == "XMP caption"
    assert reading.sources["description"] == "xmp"
    assert reading.fields["credit_line"] == "XMP credit"
    assert (reading.fields["headline"], reading.sources["headline"]) == ("XMP headline", "xmp")
    assert (reading.fields["city"], reading.sources["city"]) == ("Lyon", "iptc")
    assert reading.fields["keywords"] == ["iim-only"]
    assert reading.technical["width"] == 32 and reading.technical["height"] == 24


def test_digest_mismatch_iim_wins_with_warning(tmp_path):
    data = with_segments(base_jpeg(), app1_xmp(XMP), app13(IIM, digest=b"\x00" * 16))
    reading = read_metadata(_write(tmp_path, "b.jpg", data))
    assert DIGEST_MISMATCH_WARNING in reading.warnings
    assert (reading.fields["description"], reading.sources["description"]) == ("IIM caption", "iptc")
    assert reading.fields["credit_line"] == "IIM credit"
    assert reading.fields["headline"] == "XMP headline"  # only XMP has it


def test_no_digest_means_xmp_wins(tmp_path):
    data = with_segments(base_jpeg(), app1_xmp(XMP), app13(IIM, digest=None))
    reading = read_metadata(_write(tmp_path, "c.jpg", data))
    assert reading.sources["description"] == "xmp"
    assert reading.warnings == []


def test_exif_wins_for_description_creator_copyright(tmp_path):
    exif = app1_exif(ImageDescription="EXIF caption", Artist="Ann One; Bob Two",
                     Copyright="EXIF (c)", Make="Canon", Model="EOS")
    data = with_segments(base_jpeg(), exif, app1_xmp(XMP), app13(IIM))
    reading = read_metadata(_write(tmp_path, "d.jpg", data))
    assert (reading.fields["description"], reading.sources["description"]) == ("EXIF caption", "exif")
    assert reading.fields["creator"] == ["Ann One", "Bob Two"]
    assert reading.fields["copyright_notice"] == "EXIF (c)"
    assert reading.technical["camera_make"] == "Canon"


def test_blank_exif_does_not_win(tmp_path):
    data = with_segments(base_jpeg(), app1_exif(ImageDescription="   "), app1_xmp(XMP))
    reading = read_metadata(_write(tmp_path, "e.jpg", data))
    assert reading.fields["description"] == "XMP caption"


def test_extended_xmp_in_a_jpeg(tmp_path):
    guid = "0123456789ABCDEF0123456789ABCDEF"
    main = xmp_packet(f"<xmpNote:HasExtendedXMP>{guid}</xmpNote:HasExtendedXMP>")
    extended = xmp_packet("<photoshop:Headline>From the extension</photoshop:Headline>")
    half = len(extended) // 2
    data = with_segments(base_jpeg(), app1_xmp(main),
                         app1_extended(guid, extended, half, extended[half:]),
                         app1_extended(guid, extended, 0, extended[:half]))
    assert read_metadata(_write(tmp_path, "f.jpg", data)).fields == {
        "headline": "From the extension"}


def test_sidecar_overrides_embedded_values(tmp_path):
    _write(tmp_path, "g.jpg", with_segments(base_jpeg(), app1_xmp(XMP), app13(IIM)))
    _write(tmp_path, "g.XMP", xmp_packet("<photoshop:Credit>Sidecar credit</photoshop:Credit>"))
    reading = read_metadata(tmp_path / "g.jpg")
    assert (reading.fields["credit_line"], reading.sources["credit_line"]) == (
        "Sidecar credit", "sidecar")
    assert reading.sources["description"] == "xmp"
    assert find_sidecar(tmp_path / "g.jpg") == tmp_path / "g.XMP"


def test_file_with_only_a_sidecar_and_xmp_read_directly(tmp_path):
    _write(tmp_path, "h.jpg", base_jpeg())
    _write(tmp_path, "h.jpg.xmp", XMP)
    reading = read_metadata(tmp_path / "h.jpg")
    assert reading.fields["description"] == "XMP caption"
    assert set(reading.sources.values()) == {"sidecar"}
    direct = read_metadata(tmp_path / "h.jpg.xmp")
    assert direct.fields == reading.fields and set(direct.sources.values()) == {"sidecar"}
    assert read_sidecar(tmp_path / "h.jpg.xmp")["headline"] == "XMP headline"


def test_image_identity_ignores_metadata_segments(tmp_path):
    plain = base_jpeg()
    rich = with_segments(plain, app1_xmp(XMP), app13(IIM), segment(0xFE, b"a comment"))
    assert image_identity("x", data=plain) == image_identity("y", data=rich)
    other = base_jpeg(color=(10, 200, 10))
    assert image_identity("z", data=other) != image_identity("x", data=plain)
    path = _write(tmp_path, "i.jpg", rich)
    assert read_metadata(path, with_hash=True).image_hash == image_identity(path)


def test_png_identity_ignores_text_chunks():
    def png(**info: str) -> bytes:
        from PIL.PngImagePlugin import PngInfo
        meta = PngInfo()
        for key, value in info.items():
            meta.add_itxt(key, value)
        out = io.BytesIO()
        Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "PNG", pnginfo=meta)
        return out.getvalue()
    assert image_identity("a", data=png()) == image_identity("b", data=png(Comment="hello"))


def test_png_xmp_is_read(tmp_path):
    from PIL.PngImagePlugin import PngInfo
    meta = PngInfo()
    meta.add_itxt("XML:com.adobe.xmp", XMP.decode(), zip=True)
    path = tmp_path / "p.png"
    Image.new("RGB", (5, 4)).save(path, "PNG", pnginfo=meta)
    reading = read_metadata(path)
    assert reading.fields["headline"] == "XMP headline"
    assert (reading.technical["format"], reading.technical["width"]) == ("PNG", 5)


def test_junk_between_segments_is_a_warning(tmp_path):
    jpeg = base_jpeg()
    data = jpeg[:2] + app13(IIM) + b"\x00\x01\x02" + jpeg[2:]
    reading = read_metadata(_write(tmp_path, "j.jpg", data))
    assert "skipped 3 junk bytes after APP13" in reading.warnings
    assert reading.fields["city"] == "Lyon"


def test_missing_and_unsupported_files_end_with_one_line_errors(tmp_path):
    assert read_metadata(tmp_path / "nope.jpg").error == "no such file"
    reading = read_metadata(_write(tmp_path, "k.txt", b"hello"))
    assert reading.error.startswith("not a supported image format")
    assert json.loads(json.dumps(reading.to_json()))["error"] == reading.error


def test_read_from_bytes_only_reads_the_header(tmp_path):
    data = with_segments(base_jpeg(), app13(IIM))
    truncated_scan = data[:data.index(b"\xff\xda") + 2]  # no pixels needed
    assert read_metadata("mem.jpg", data=truncated_scan).fields["city"] == "Lyon"

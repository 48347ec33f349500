"""Sample photos that exist for their awkward cases, not their agency style.

Non-ASCII file names and captions, a legacy cp1252 IIM record, a photo whose
metadata is only in a sidecar, one with no metadata at all, and three photos
whose captions travel in a wire story instead of in the file.
"""

from __future__ import annotations

from media_manager.samples.wire_photos import CANON, FUJI, NIKON, SONY, SamplePhoto, ap

STORY_FILE = "stories/rotterdam_barge_protest.txt"

SPECIAL_CASES: tuple[SamplePhoto, ...] = (
    SamplePhoto(
        "São_Paulo_protesta.jpg", (3000, 2000), 201, "day", 4.5, NIKON,
        "2025-04-09T14:10:00-03:00", gps=(-23.5614, -46.6559),
        case="non-ASCII file name and caption (Portuguese accents)",
        values={
            "title": "BRAZIL-EDUCATION/PROTEST", "headline": "Teachers march in São Paulo",
            "description": (
                "Demonstrators march along Avenida Paulista during a protest by public "
                "school teachers demanding higher wages in São Paulo, Brazil, April 9, 2025. "
                "REUTERS/Luíza Conceição"),
            "creator": ["Luíza Conceição"], "credit_line": "REUTERS", "source": "Reuters",
            "copyright_notice": "Copyright 2025 Thomson Reuters",
            "date_created": "2025-04-09T14:10:00-03:00", "city": "São Paulo",
            "province_state": "São Paulo", "country": "Brazil", "country_code": "BRA",
            "job_id": "RC7PB1AK3M5S", "keywords": ["EDUCATION", "PROTEST", "educação"]}),
    SamplePhoto(
        "Zürich_Ständerat.jpg", (2000, 3000), 202, "indoor", 4.5, SONY,
        "2025-03-17T11:25:00+01:00",
        case="non-ASCII file name; German umlauts and a Cyrillic name in the caption",
        values={
            "title": "SWITZERLAND UKRAINE RECONSTRUCTION",
            "headline": "Reconstruction panel at the University of Zürich",
            "description": (
                "Ständerat member Regula Hüsler-Brändli (L) talks with Ukrainian MP Оксана "
                "Мельник (Oksana Melnyk) during a panel on reconstruction aid at the "
                "University of Zürich, Switzerland, 17 March 2025. EPA-EFE/ENNIO BÜHLMANN"),
            "creator": ["ENNIO BÜHLMANN"], "credit_line": "EPA-EFE", "source": "KEYSTONE",
            "copyright_notice": "EPA-EFE/KEYSTONE", "date_created": "2025-03-17T11:25:00+01:00",
            "city": "Zürich", "province_state": "Zürich", "country": "Switzerland",
            "country_code": "CHE", "job_id": "11802233",
            "persons_shown": ["Regula Hüsler-Brändli", "Оксана Мельник"],
            "keywords": ["POLITICS", "DIPLOMACY", "Ständerat"]}),
    SamplePhoto(
        "LEGACY_PA_Dublin_budget.jpg", (3000, 2000), 203, "day", 4.5, CANON,
        "2024-10-08T13:05:00+01:00", kind="legacy",
        case="legacy IIM in cp1252 (curly quotes, en-dash), no 1:90, no XMP",
        values={
            "title": "Budget 2025", "headline": "Budget day in Dublin",
            "description": (
                "Minister for Finance Ciarán Ó Briain holds up the budget document \u2013 "
                "dubbed the \u201ccost-of-living package\u201d \u2013 outside Government "
                "Buildings in Dublin, on the day he set out Ireland\u2019s spending plans. "
                "Picture date: Tuesday October 8, 2024. Photo credit should read: Niamh "
                "Gallagher/PA Wire"),
            "creator": ["Niamh Gallagher"], "credit_line": "PA", "source": "PA Wire",
            "copyright_notice": "PA Media", "date_created": "2024-10-08T13:05:00+01:00",
            "city": "Dublin", "country": "Ireland", "country_code": "IRL",
            "job_id": "78455120", "keywords": ["Politics", "Budget"]}),
    SamplePhoto(
        "sidecar_only_Lisbon_tram.jpg", (3000, 2000), 204, "day", 4.5, FUJI,
        "2025-05-17T17:02:00+01:00", kind="sidecar",
        case="metadata only in an XMP sidecar (sidecar_only_Lisbon_tram.xmp)",
        values=ap(
            "Inês Marques",
            title="Portugal Tourism", headline="Portugal Tourism",
            description=(
                "Tourists ride a historic tram up a steep street in Lisbon's Alfama "
                "district, Saturday, May 17, 2025. (AP Photo/Inês Marques)"),
            date_created="2025-05-17T17:02:00+01:00", city="Lisbon", country="Portugal",
            country_code="PRT", job_id="LIS107", keywords=["Portugal Tourism", "travel"])),
    SamplePhoto(
        "IMG_4071.jpg", (2400, 1600), 205, "field", 7.5, None, None, kind="empty",
        case="no metadata at all (no EXIF, IPTC or XMP); captions.csv supplies one"),
)


def story_photo(filename: str, seed: int, creator: str, taken: str,
                job_id: str) -> SamplePhoto:
    """A photo from the Rotterdam story: credit, place and time but no caption."""
    return SamplePhoto(
        filename, (2400, 1600), seed, "dusk" if seed % 2 else "day", 7.5, CANON, taken,
        gps=(51.9500, 4.1400), kind="story",
        case=f"no caption; its caption is in {STORY_FILE}",
        values=ap(creator, date_created=taken, city="Rotterdam", country="Netherlands",
                  country_code="NLD", job_id=job_id, title="Netherlands Barge Protest"))


STORY_PHOTOS: tuple[SamplePhoto, ...] = (
    story_photo("NLRD101.jpg", 301, "Sanne Vermeulen", "2025-06-11T07:48:00+02:00", "NLRD101"),
    story_photo("NLRD102.jpg", 302, "Joost Bakker", "2025-06-11T10:31:00+02:00", "NLRD102"),
    story_photo("NLRD103.jpg", 303, "Mehmet Yıldız", "2025-06-11T15:02:00+02:00", "NLRD103"),
)

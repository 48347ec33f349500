"""The sample wire photos: invented events, fictional people, real cities.

Every caption here was written for this project in the house styles of the
agencies (AP, Reuters, AFP, Getty, EPA, PA, pool and handout pictures); any
resemblance to real pictures or people is coincidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AP_RIGHTS = "Copyright 2025 The Associated Press. All rights reserved."


@dataclass(frozen=True)
class SamplePhoto:
    """One sample: picture recipe, camera EXIF, and the metadata it should carry.

    ``kind``: embedded (IIM + XMP + EXIF), legacy (cp1252 IIM, no 1:90, no XMP),
    sidecar (values only in name.xmp), empty (no metadata at all) or story
    (caption left out: it travels in the wire story).
    """

    filename: str
    size: tuple[int, int]
    seed: int
    palette: str
    grain: float
    camera: tuple[str, str] | None
    taken: str | None  # ISO 8601 with offset, for EXIF DateTimeOriginal
    values: dict[str, str | list[str]] = field(default_factory=dict)
    gps: tuple[float, float] | None = None
    kind: str = "embedded"
    case: str = ""


CANON = ("Canon", "Canon EOS R3")
NIKON = ("NIKON CORPORATION", "NIKON Z 9")
SONY = ("SONY", "ILCE-1")
CANON_1DX = ("Canon", "Canon EOS-1D X Mark III")
FUJI = ("FUJIFILM", "X-H2S")


def ap(credit_name: str, **values: str | list[str]) -> dict[str, str | list[str]]:
    """Common AP values around one photographer."""
    return {"creator": [credit_name], "creator_job_title": "STF", "credit_line": "AP",
            "source": "AP", "copyright_notice": AP_RIGHTS, **values}


SAMPLES: tuple[SamplePhoto, ...] = (
    SamplePhoto(
        "AP_MAD104_Spain_Heat_Wave.jpg", (3000, 2000), 101, "day", 4.5, CANON,
        "2025-07-16T13:42:10+02:00", gps=(40.4153, -3.7074), case="AP, APTOPIX, GPS",
        values=ap(
            "Lucía Ferrer Olmo",
            title="Spain Heat Wave", headline="APTOPIX Spain Heat Wave",
            description=(
                "A man cools off in a public fountain in Madrid, Spain, Wednesday, July 16, "
                "2025, as temperatures climbed above 40 degrees Celsius (104 degrees "
                "Fahrenheit) for a fourth straight day. Spain's weather agency put six "
                "regions on red alert. (AP Photo/Lucía Ferrer Olmo)"),
            description_writer="LFO", date_created="2025-07-16T13:42:10+02:00",
            city="Madrid", country="Spain", country_code="ESP", job_id="MAD104",
            keywords=["Spain Heat Wave", "weather", "heat", "APTOPIX"])),
    SamplePhoto(
        "AP_NYSB203_Subway_Delays.jpg", (3000, 2000), 102, "indoor", 4.5, NIKON,
        "2025-02-03T08:17:45-05:00", case="AP; the CSV manifest corrects its caption",
        values=ap(
            "Marcus Delaney",
            title="Subway Delays", headline="Subway Delays",
            description=(
                "Commuters wait on a crowded platform at the Fulton Street station in New "
                "York, Monday, Feb. 3, 2025, after a signal failure suspended service on "
                "three lines during the morning rush. (AP Photo/Marcus Delaney)"),
            date_created="2025-02-03T08:17:45-05:00", city="New York",
            province_state="NY", country="United States", country_code="USA",
            job_id="NYSB203", keywords=["Subway Delays", "transit"])),
    SamplePhoto(
        "2024-10-24T091522Z_1_LYNXMPEKA30XY_RTRMADP_3_KENYA-TRANSPORT.JPG", (3000, 2000),
        103, "dusk", 4.5, SONY, "2024-10-24T12:15:22+03:00", gps=(-1.2864, 36.8172),
        case="Reuters, TPX IMAGES OF THE DAY, Reuters-style file name",
        values={
            "title": "KENYA-TRANSPORT/", "headline": "Commuters board a minibus in Nairobi",
            "description": (
                "Commuters board a matatu minibus painted with portraits of local musicians "
                "at a bus terminus in Nairobi, Kenya, October 24, 2024. REUTERS/Wanjiru "
                "Kamau TPX IMAGES OF THE DAY"),
            "creator": ["Wanjiru Kamau"], "creator_job_title": "Staff",
            "credit_line": "REUTERS", "source": "Reuters",
            "copyright_notice": "Copyright 2024 Thomson Reuters",
            "date_created": "2024-10-24T12:15:22+03:00", "city": "Nairobi",
            "country": "Kenya", "country_code": "KEN", "job_id": "RC2KX4AXQ9ZT",
            "keywords": ["TPX IMAGES OF THE DAY", "TRANSPORT", "KENYA"]}),
    SamplePhoto(
        "RTR_Seoul_chip_fair.jpg", (2400, 1600), 104, "indoor", 7.5, CANON_1DX,
        "2025-03-05T10:02:00+09:00", case="Reuters; a Korean (CJK) keyword",
        values={
            "title": "SOUTHKOREA-CHIPS/", "headline": "Semiconductor fair opens in Seoul",
            "description": (
                "A visitor photographs a display of silicon wafers at a semiconductor trade "
                "fair in Seoul, South Korea, March 5, 2025. REUTERS/Han Seo-yeon"),
            "creator": ["Han Seo-yeon"], "credit_line": "REUTERS", "source": "Reuters",
            "copyright_notice": "Copyright 2025 Thomson Reuters",
            "date_created": "2025-03-05T10:02:00+09:00", "city": "Seoul",
            "country": "South Korea", "country_code": "KOR", "job_id": "RC9MW2A0LK7B",
            "keywords": ["SOUTHKOREA", "TECHNOLOGY", "반도체"]}),
    SamplePhoto(
        "AFP_36XK7LP_Lagos_market.jpg", (3000, 2000), 105, "day", 4.5, NIKON,
        "2024-11-12T11:30:00+01:00", case="AFP, three-letter country code",
        values={
            "title": "NIGERIA-ECONOMY-TRADE", "headline": "Traders at Balogun market in Lagos",
            "description": (
                "Traders arrange bolts of printed fabric at Balogun market on Lagos Island "
                "on November 12, 2024, as shoppers return ahead of the year-end holidays. "
                "(Photo by EMEKA ADEWALE / AFP)"),
            "creator": ["EMEKA ADEWALE"], "creator_job_title": "STR", "credit_line": "AFP",
            "source": "AFP", "copyright_notice": "AFP or licensors",
            "date_created": "2024-11-12T11:30:00+01:00", "city": "Lagos",
            "country": "Nigeria", "country_code": "NGA", "job_id": "36XK7LP",
            "keywords": ["economy", "trade", "textile"]}),
    SamplePhoto(
        "AFP_37BN2QA_Marseille_dockers.jpg", (2000, 3000), 106, "smoke", 4.5, CANON,
        "2025-01-30T15:05:00+01:00", gps=(43.3100, 5.3660),
        case="AFP, portrait, accented capitals in the by-line",
        values={
            "title": "FRANCE-PORT-STRIKE", "headline": "Dock workers protest in Marseille",
            "description": (
                "A dock worker holds a flare during a demonstration at the port of Marseille, "
                "southern France, on January 30, 2025, against a planned reform of port "
                "management. (Photo by CLÉMENT ROUSSEAU / AFP)"),
            "creator": ["CLÉMENT ROUSSEAU"], "creator_job_title": "STF",
            "credit_line": "AFP", "source": "AFP", "copyright_notice": "AFP or licensors",
            "date_created": "2025-01-30T15:05:00+01:00", "city": "Marseille",
            "country": "France", "country_code": "FRA", "job_id": "37BN2QA",
            "keywords": ["social", "strike", "port"]}),
    SamplePhoto(
        "Getty_2167734501_Surrey_v_Kent.jpg", (3000, 2000), 107, "field", 4.5, CANON_1DX,
        "2024-08-20T16:48:31+01:00", case="Getty, all-caps dateline, person shown",
        values={
            "title": "Surrey v Kent - County Championship Division One",
            "headline": "Surrey v Kent - County Championship Division One",
            "description": (
                "LONDON, ENGLAND - AUGUST 20: Oliver Pemberton of Surrey celebrates reaching "
                "his century during day two of the County Championship match between Surrey "
                "and Kent at The Oval on August 20, 2024 in London, England. (Photo by "
                "Harriet Swinburne/Getty Images)"),
            "creator": ["Harriet Swinburne"], "creator_job_title": "Staff",
            "credit_line": "Getty Images", "source": "Getty Images Europe",
            "copyright_notice": "2024 Getty Images", "date_created": "2024-08-20T16:48:31+01:00",
            "city": "London", "country": "United Kingdom", "country_code": "GBR",
            "job_id": "775912345", "persons_shown": ["Oliver Pemberton"],
            "keywords": ["Sport", "Cricket", "County Championship"]}),
    SamplePhoto(
        "EPA_11734520_Athens_fire_drill.jpg", (3000, 2000), 108, "smoke", 4.5, SONY,
        "2025-05-14T09:20:00+03:00", gps=(38.1700, 23.7100), case="EPA date style",
        values={
            "title": "GREECE WILDFIRE DRILL", "headline": "Wildfire drill on Mount Parnitha",
            "description": (
                "Firefighters unroll hoses during a large-scale wildfire response exercise "
                "on Mount Parnitha, north of Athens, Greece, 14 May 2025. The fire service "
                "is rehearsing evacuations ahead of the summer fire season. "
                "EPA-EFE/KOSTAS MAVRIDIS"),
            "creator": ["KOSTAS MAVRIDIS"], "credit_line": "EPA-EFE", "source": "EPA",
            "copyright_notice": "EPA-EFE", "date_created": "2025-05-14T09:20:00+03:00",
            "city": "Athens", "country": "Greece", "country_code": "GRC",
            "job_id": "11734520", "keywords": ["DISASTERS", "FIRE", "DRILL"]}),
)

SAMPLES += (
    SamplePhoto(
        "PA_78912345_Edinburgh_Fringe.jpg", (3000, 2000), 109, "dusk", 4.5, FUJI,
        "2025-08-08T19:40:00+01:00", case="PA style, picture date",
        values={
            "title": "Edinburgh Festival Fringe", "headline": "Edinburgh Festival Fringe",
            "description": (
                "Performers from the Moonlight Circus Collective on the Royal Mile in "
                "Edinburgh during the Edinburgh Festival Fringe. Picture date: Friday August "
                "8, 2025. Photo credit should read: Fiona MacLeod/PA Wire"),
            "creator": ["Fiona MacLeod"], "credit_line": "PA", "source": "PA Wire",
            "copyright_notice": "PA Media", "date_created": "2025-08-08T19:40:00+01:00",
            "city": "Edinburgh", "province_state": "Scotland", "country": "United Kingdom",
            "country_code": "GBR", "job_id": "78912345",
            "keywords": ["Arts", "Festival", "Edinburgh Fringe"]}),
    SamplePhoto(
        "POOL_Brussels_EU_summit.jpg", (3000, 2000), 110, "indoor", 4.5, CANON,
        "2025-03-20T10:12:00+01:00", case="pool picture (POOL/AFP), two people shown",
        values={
            "title": "BELGIUM-EU-SUMMIT", "headline": "EU leaders arrive for summit in Brussels",
            "description": (
                "Finnish Prime Minister Aino Lehtonen (L) speaks with Belgian Foreign "
                "Minister Pieter Van Damme as they arrive for a European Union leaders' "
                "summit in Brussels on March 20, 2025. (Photo by JONAS VERHOEVEN / POOL / "
                "AFP)"),
            "creator": ["JONAS VERHOEVEN"], "creator_job_title": "POOL",
            "credit_line": "POOL/AFP", "source": "POOL", "copyright_notice": "AFP or licensors",
            "date_created": "2025-03-20T10:12:00+01:00", "city": "Brussels",
            "country": "Belgium", "country_code": "BEL", "job_id": "37DQ8WE",
            "persons_shown": ["Aino Lehtonen", "Pieter Van Damme"],
            "keywords": ["politics", "diplomacy", "EU"]}),
    SamplePhoto(
        "HANDOUT_AP_Estonia_Exercise.jpg", (2400, 1600), 111, "field", 7.5, None, None,
        case="handout via AP (Ministry ... via AP), special instructions",
        values={
            "title": "Estonia Military Exercise", "headline": "Estonia Military Exercise",
            "description": (
                "In this photo provided by the Estonian Ministry of Defence, soldiers take "
                "part in a winter training exercise near Tapa, Estonia, Tuesday, Feb. 11, "
                "2025. (Estonian Ministry of Defence via AP)"),
            "credit_line": "Ministry of Defence via AP",
            "source": "Estonian Ministry of Defence", "date_created": "2025-02-11",
            "city": "Tapa", "country": "Estonia", "country_code": "EST",
            "instructions": "THIS PHOTO IS PROVIDED BY A THIRD PARTY. MANDATORY CREDIT",
            "job_id": "XTLN201", "keywords": ["Estonia Military Exercise", "military"]}),
    SamplePhoto(
        "HANDOUT_RTR_Chile_telescope.jpg", (2400, 1600), 112, "night", 8.0, None, None,
        case="handout via REUTERS, attention editors note",
        values={
            "title": "CHILE-SCIENCE/ASTRONOMY",
            "headline": "New solar telescope dome in the Atacama desert",
            "description": (
                "A view of the dome of a new solar telescope at an observatory near San "
                "Pedro de Atacama, Chile, in this handout picture released on June 4, 2025. "
                "Chilean Ministry of Science/Handout via REUTERS ATTENTION EDITORS - THIS "
                "IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES"),
            "credit_line": "Handout via REUTERS", "source": "Chilean Ministry of Science",
            "date_created": "2025-06-04", "city": "San Pedro de Atacama",
            "country": "Chile", "country_code": "CHL", "job_id": "RC4TX8AZ1Q2P",
            "instructions": "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "keywords": ["SCIENCE", "ASTRONOMY", "CHILE"]}),
    SamplePhoto(
        "AP_FILE_Chicago_Rail_Freight.jpg", (3000, 2000), 113, "day", 4.5, CANON_1DX,
        "2019-10-17T07:55:00-05:00", gps=(41.8885, -87.6354), case="FILE photo (AP)",
        values={
            "title": "Rail Freight", "headline": "FILE - Rail Freight",
            "description": (
                "FILE - A freight train crosses a bridge over the Chicago River in Chicago, "
                "Thursday, Oct. 17, 2019. (AP Photo/Renee Kowalski, File)"),
            "creator": ["Renee Kowalski"], "creator_job_title": "STF", "credit_line": "AP",
            "source": "AP", "copyright_notice": "Copyright 2019 The Associated Press",
            "date_created": "2019-10-17T07:55:00-05:00", "city": "Chicago",
            "province_state": "IL", "country": "United States", "country_code": "USA",
            "job_id": "NYBZ512", "keywords": ["Rail Freight", "FILE"]}),
)

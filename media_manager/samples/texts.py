"""The sample caption files: a wire story, a CSV caption manifest and the NOTICE.

All text is original, written for this project in the agencies' styles.
"""

from __future__ import annotations

import csv
import io

from media_manager.fields import FIELD_NAMES

STORY_HEADLINE = "Dutch barge skippers block Rotterdam port lanes over fuel rules"

STORY_BODY = (
    ("ROTTERDAM, Netherlands (AP) \u2013 Hundreds of inland barge skippers moored their "
    "vessels side by side across shipping lanes at Europe\u2019s busiest port on Wednesday, "
    "slowing feeder traffic to a crawl in a protest against new rules on low-emission fuel."),
    ("The skippers, many of whom live aboard family-owned vessels, say the rules that take "
    "effect next year will force them to buy fuel costing up to a third more, with no help "
    "to refit older engines."),
    ("\u201cWe are not against clean water or clean air. We are against being the only ones "
    "who pay for it,\u201d said Willem Hoekstra, 58, who has piloted his family\u2019s barge "
    "on the Rhine for more than thirty years."),
    ("The port authority said about 140 vessels took part and that seagoing ships could "
    "still reach the main container terminals, though barge traffic heading inland was "
    "delayed by several hours."),
    ("The infrastructure ministry said it would meet the skippers\u2019 association on Friday. "
    "A spokeswoman said the government was open to discussing a transition fund but would "
    "not postpone the rules."),
    ("Barges carry a large share of the goods arriving in Rotterdam onward to Germany, "
    "Belgium and Switzerland, and shippers\u2019 groups warned that a long blockade would "
    "quickly be felt along the Rhine."),
    ("By late afternoon police boats had begun escorting barges back to their berths, and "
    "the association said the protest would end at sunset."),
)

#: (photo file name, caption paragraph) in the order they appear at the story's foot.
STORY_CAPTIONS: tuple[tuple[str, str], ...] = (
    ("NLRD101.jpg",
     ("Inland barges are moored side by side across a shipping lane during a protest by "
     "skippers against new fuel rules at the port of Rotterdam, Netherlands, Wednesday, "
     "June 11, 2025. (AP Photo/Sanne Vermeulen)")),
    ("NLRD102.jpg",
     ("Skipper Willem Hoekstra speaks to reporters on the deck of his family\u2019s barge "
     "during a protest against new fuel rules in Rotterdam, Netherlands, Wednesday, June "
     "11, 2025. (AP Photo/Joost Bakker)")),
    ("NLRD103.jpg",
     ("A police boat escorts barges back to their berths as a protest by inland skippers "
     "winds down at the port of Rotterdam, Netherlands, Wednesday, June 11, 2025. (AP "
     "Photo/Mehmet Y\u0131ld\u0131z)")),
)


def story_text() -> str:
    """The story laid out like a wire feed: headline thrice, body, captions at the foot."""
    parts = [STORY_HEADLINE, "", STORY_HEADLINE, STORY_HEADLINE, ""]
    for paragraph in STORY_BODY:
        parts += [paragraph, ""]
    parts += [caption for _name, caption in STORY_CAPTIONS]
    return "\n".join(parts) + "\n"


CSV_ROWS: tuple[dict[str, str], ...] = (
    {"filename": "IMG_4071.jpg", "title": "FRANCE-WEATHER-HEAT",
     "headline": "Cyclists ride past sunflowers near Toulouse",
     "description": "Cyclists ride past a field of sunflowers near Toulouse, southwestern "
                    "France, on July 2, 2025, during a heat wave. (Photo by MATHIEU LACOSTE "
                    "/ AFP)",
     "creator": "MATHIEU LACOSTE", "credit_line": "AFP", "source": "AFP",
     "date_created": "2025-07-02", "city": "Toulouse", "country": "France",
     "country_code": "FRA", "job_id": "38AB4KD", "keywords": "weather; heat; cycling"},
    {"filename": "AP_NYSB203_Subway_Delays.jpg", "title": "Subway Delays",
     "headline": "Subway Delays",
     "description": "Commuters wait on a crowded platform at the Chambers Street station in "
                    "New York, Monday, Feb. 3, 2025, after a signal failure suspended service "
                    "on three lines during the morning rush. (AP Photo/Marcus Delaney)",
     "creator": "Marcus Delaney", "credit_line": "AP", "source": "AP",
     "instructions": "CORRECTS STATION NAME TO CHAMBERS STREET, NOT FULTON STREET",
     "keywords": "Subway Delays; transit; New York City"},
    {"filename": "Getty_2167734501_Surrey_v_Kent.jpg",
     "persons_shown": "Oliver Pemberton; Daniel Achterberg",
     "keywords": "Sport; Cricket; County Championship; Surrey"},
    {"filename": "AP_XYZ999_Missing_Photo.jpg", "headline": "No such photo",
     "description": "This row names a file that is not in sample_media, so a bulk import "
                    "has an error to report. (AP Photo/Nobody)"},
)


def captions_csv() -> str:
    """captions.csv: filename plus every canonical field; lists joined by '; '."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["filename", *FIELD_NAMES], lineterminator="\n")
    writer.writeheader()
    for row in CSV_ROWS:
        writer.writerow(row)
    return out.getvalue()


NOTICE = """\
sample_media/ - made for media-manager
======================================

Everything in this folder was made for this project and may be used under the
project's licence:

* The pictures are generated: gradients, soft shapes and grain drawn by
  media_manager/samples/pictures.py from fixed random seeds. They show nothing.
* The captions, headlines, the wire story and the CSV manifest were written for
  this project in the house styles of news agencies (AP, Reuters, AFP, Getty
  Images, EPA, PA, pool and handout pictures). The events are invented and the
  people are fictional; the places are real cities. Any resemblance to real
  pictures, events or persons is coincidental. Agency names appear only to show
  their credit styles; no agency made or endorsed these files.
* Camera makes and models in the EXIF are illustrative.

MANIFEST.json lists every file and the case it covers (non-ASCII names, legacy
cp1252 IIM, sidecar-only metadata, no metadata, captions that travel in the
story, CSV rows that add to, correct or fail against the embedded data).

Regenerate (byte-identical: fixed seeds, no clock time anywhere):

    python -m media_manager.samples            # into sample_media/
    python -m media_manager.samples --out DIR  # somewhere else
"""

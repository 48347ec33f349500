"""Where the credit is in a caption: the patterns that *locate* it, most specific first, each
named (beets' fromfilename style), and where the caption proper ends around it.

Every function returns offsets into the caption; what the credit says is read by ``credits``.
"""

from __future__ import annotations

import re

from media_manager.captions.credit_names import (
    CREDIT_FUNCTION_WORDS,
    NAME_WORD,
    body_name_like,
    name_like,
)
from media_manager.captions.credit_republished import (
    agency_pair,
    glued_agency,
    run_on_label,
    spaced_slash_credit,
)
from media_manager.captions.everyday_words import no_given_name
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.names import ABBREVIATIONS
from media_manager.captions.tables import CreditTable

# precompiled: these run for every caption
LOWER_WORD = re.compile(r"\b[a-z]+\b")
_MANDATORY_CREDIT = re.compile(r"(?i)mandatory\s+credit\s*:?\s*[\"“](?P<c>[^\"”]{2,80})[\"”]")

SHOULD_READ = re.compile(
    r"(?i)\b(?:photo|picture)\s+credit\s+(?:should|must)\s+read\s*:?\s*[\"“]?"
    r"(?P<credit>[^\n\"”()]+?)[\"”]?\s*\.?\s*\)?\s*(?=\n|$|(?<=\.)\s*(?i:editorial\s+use|"
    r"restrictions|use\s+subject|no\s+commercial|call\s+\+?\d))")
# "(AP Photo/Name)", and as republished: "[Reuters]", "(Photo by Name/AP Photo}"
#: A rating's bracket glued on inside one ("[Picture: LA(Phot) Jane Roe]", the MOD's) is part of it.
#: A rating's bracket glued on, as the MOD prints it: "LA(Phot)", "PO(Phot)".
RATING_BRACKET = r"(?<=[A-Z])\([A-Z][a-z]{2,5}\)"
PAREN = re.compile(rf"[(\[](?P<credit>(?:[^()\[\]{{}}\n]|{RATING_BRACKET}){{2,220}})[)\]}}]")
# "#APPhoto by J. Scott Applewhite" (AP's social-media credit)
HASHTAG = re.compile(r"(?P<credit>#AP\s?Photo\b[^\n#]{0,80}?)\s*$")
# "Bildrechte: picture alliance/dpa | Name", "Foto: Name/dpa", "Crédit photo : AFP"; the
# Guardian's "Composite: Name/Getty", The New York Times' "Credit...Name for The New York Times"
LABELLED = re.compile(
    r"(?=(?i:[abcfimpqz]))"  # every label opens so: the engine skips other places at once
    r"(?:(?<=\s)(?=Foto:|Fotos:|Bild:|Bildrechte:|Archivfoto:|Quelle:|Photograph:|File photograph:|Composite:|Credit\.\.\.|Image Credit:|Immagine:)"
    r"|(?<=\s)(?<![Pp]hoto\s)(?<![Ii]mage\s)(?=Credit:)"
    r"|(?<=[a-z0-9][.!?])(?=Photograph:|File photograph:|Credit:|Foto:|Fotos:)"
    r"|(?<=[)\]”\"’])(?=Credit:)"  # SMH: "... Emirates.Gambrell)Credit:Jane Roe/AP Photo"
    r"|(?<=\S\s\s)(?=Photo:)"  # a page's double space: "... sur le sujet  Photo: Jane Roe"
    r"|(?<=[a-z0-9]\s)(?=Picture:\s*[A-Z])"  # run on, no stop: "... had been killed Picture: Getty"
    r"|(?i:^|(?<=[.!?|]\s)|(?<=\s[–—]\s)|(?<=\n)))"
    r"(?i:bildrechte|foto\s+de\s+capa|foto|fotos|photo|photos|pic|crédit\s+photo|créditos?|mandatory\s+credit|credit|crédits?|quelle|"
    r"archivfoto|archivbild|fotograf[ií]a|picture|image\s+credit|photo\s+credits?|(?:file\s+)?photograph|image|immagine|bild|"
    r"bildquelle|all\s+photo(?:graph)?s|fonte|zdroj|autor|"  # Czech "Zdroj:", "Autor:"
    r"fuente(?:\s+(?:de\s+la\s+)?imagen(?:\s+principal)?)?|composite)"  # "Fuente imagen principal:"
    r"(?:\s*:\s*|(?<=[Cc]redit)(?:\.\.\.|…)\s*)(?P<credit>[^\n:]{2,120}?)\s*$")
# "Image copyright PA", "Picture copyright Name/Agency": a republisher's credit at the end,
# after a stop, or run onto the caption's last words as the BBC prints it ("... Festival Image
# copyright PA"); the Guardian's "Photograph: Name/Agency" likewise
COPYRIGHT_TAIL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s)(?=(?:Image|Photo|Picture)\s+copyright\s))"
    r"(?:(?:Image|Photo|Picture)\s+)?[Cc]opyright\s+(?:by\s+(?=[A-Z]))?"  # "Copyright by Name / AP"
    r"(?P<credit>[^\n.:]{2,80}?)\s*$")
#: "... Photo/EPA Image copyright JANE ROE": the BBC's copyright line naming the photographer
#: alone, in capitals, after the alt text's own credit
_COPYRIGHT_NAME = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3}")
#: Süddeutsche Zeitung's picture line: "Düsseldorf, von Jane Roe/Reuters, publiziert am 31.
#: März": the place, "von" (by) and the credit, then the day it was published
PLACE_BY_PUBLISHED = re.compile(
    r"(?:^|\n)[^\n]{2,80}?,\s+von\s+(?P<credit>[^\n,]{3,80}?),\s+publiziert\s+am\b[^\n]*$")
#: "... em Lisboa CréditosJane Roe / Agência Lusa": a site's label run onto the credit
GLUED_LABEL = re.compile(r"(?<![\w])(?:Cr[ée]ditos?|Cr[ée]dito)(?=[A-ZÀ-Þ][a-zà-ÿ]|[A-ZÀ-Þ]{2})"
                         r"(?P<credit>[^\n]{2,100}?)\s*$")
#: The BBC's "Image source, Jane Roe / PA Media", run onto the caption's last word or date
IMAGE_SOURCE = re.compile(r"(?:(?<=\s)|(?<=[\w.!?]))Image source,\s*(?P<credit>[^\n,]{2,80}?)\s*$")
#: "© Jane Roe", "© 2024 Jane Roe/Agency": the copyright sign before a name at the end
#: "© Jane Roe", "© 2024 Agency"; German captions' "© privat" (a private picture, a handout)
COPYRIGHT_SIGN = re.compile(r"©\s*(?:\d{4}\s+)?(?P<credit>[A-Z][^\n©()]{1,80}?|privat"
                            r"|[a-zäöü][a-zäöü.-]{1,11})\s*$")  # "© zgt": a paper's own initials
#: A private picture's credit, lower case after its label: "Foto: privat".
_PRIVATE = re.compile(r"[Pp]rivat")
#: "Photo courtesy of Jane Roe", "Courtesy: Lagos State Government": a handout's credit
COURTESY_TAIL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<pic>(?:Photo|Picture|Image)\s+)?(?P<credit>[Cc]ourtesy"
    r"(?:\s+of)?\s*:?\s*[A-Z][^\n.()]{1,80}?)\s*$")
# "Official White House Photo by Name", "U.S. Navy photo by Name": a government photographer
ORG_PHOTO_BY = re.compile(
    r"(?P<credit>(?:Official[ \t]+)?(?P<org>(?:[A-Z][\w.’'-]*(?<![a-z]\.)[ \t]+){0,5}?"
    r"[A-Z][\w.’'-]*(?<![a-z]\.))[ \t]+"
    r"(?:[Pp]hotos?|[Pp]hotographs?)\s+by\s+(?P<name>[A-Z][^\n()/]{2,60}?)(?:\s*/\s*Released)?)"
    r"\s*\)?\s*$")
ORG_PHOTO_PREFIX = re.compile(
    r"^(?:Official\s+)?(?P<org>.+?)\s+(?:[Pp]hotos?|[Pp]hotographs?)\s+by\s+")
HASHTAG_PREFIX = re.compile(r"^#AP\s?Photo(?:\s+by)?\s*")
CREDIT_HINT = re.compile(r"(?i)\bphotos?\b|\bvia\b|courtesy|handout|\bpool\b|/|\bfoto\b"
                         r"|^\s*cr[eé]dit(?:o|s)?\s*:"
                         r"|^\s*(?-i:Agencies)\s*$")  # "[Agencies]": the wires, none named
OWN_LINE_PREFIX = re.compile(
    r"(?i)^\s*(?:mandatory\s+credit|photo\s+credits?|credit|photos?|picture|foto|image|immagine|bild)"
    r"\s*:\s*")
#: A sentence ends at a stop, but not after an initial or a dotted abbreviation ("BRIAN K.
#: DIGGS, Associated Press", "U.S. Navy/Getty Images"). Every break opens with a stop, a
#: slash, a space or a bullet: that test first, before the branches.
SENTENCE_BREAK = re.compile(r"(?=[.!?/\s•])(?:(?<!\b[A-Z])[.!?][\"”’)]?\s+|\n+|\s[-–—]\s"
                            r"|[.!?]?\s*•\s*"  # ESPNcricinfo: "... his century•Jane Roe/Board"
                            r"|(?<=[a-zà-ÿ0-9]{2}|\s\d)\.(?=[A-ZÀ-Þ][\w'’]+(?:\s|$))"  # "... September 8.Jane Roe/AP"
                            r"|(?<=[A-ZÀ-Þ]{3})\.(?=[A-ZÀ-Þ][a-zà-ÿ]+\s)"
                            r"|(?<=[a-zà-ÿ]{2}\.)/\s*(?=[A-Z])"  # "... Summit./ AFP / Name/"
                            # "... in Albany, N.Y. Jane Roe/AP": a dotted state ends the sentence
                            r"|(?<=\b[A-Z]\.[A-Z])\.\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}/))"
                            r"(?=\S)")
_GLUED_STOP = re.compile(r"\.")
#: "... junto al Parlamento.NEIL HALL (REUTERS)": El País and Brazilian sites run the credit,
#: a name then its agency in parentheses, into the caption's last full stop (a quotation's
#: closing mark may come before it: '... "muy intenso".JANE ROE (AFP)').
NAME_BEFORE_PAREN = re.compile(
    r"(?:(?<=[a-zà-ÿ0-9)\"”»’]\.)|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þa-z][\w'’.-]*){0,3})"
    r"\s*\($")
TAIL_AGENCY = re.compile(
    r"(?P<credit>(?:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,6}\s*/\s*)?"
    r"(?:(?:Handout|HANDOUT|Pool|POOL)\s+)?(?:via\s+)?"
    r"\b(?:REUTERS|EPA(?:-EFE)?|AFP(?: PHOTO)?|XINHUA|ANSA|dpa|KCNA|EFE|Reuters)\b"
    r"(?:\s*/\s*[^/\n]{1,60}){0,3})\s*$")
#: Cheap test first: TAIL_AGENCY needs one of these words, as printed.
_TAIL_AGENCY_WORDS = ("REUTERS", "EPA", "AFP", "XINHUA", "ANSA", "dpa", "KCNA", "EFE", "Reuters")

_AGENCY_BEFORE_VIA = re.compile(r"(?P<agency>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})\s+$")
_NOTICE = re.compile(r"\n[ \t]*(?:This\s|\(Reprodução\s)")  # Brazilian agencies' notice
#: Three capitals, "==", "epa1", "+++"; a set of first characters opens it, so the engine
#: skips to where one can start instead of trying every branch at every character.
_SHOUTING = re.compile(r"[A-Z=e+](?:(?<=[A-Z])[A-Z]{2}|(?<==)=|(?<=e)pa\d|(?<=\+)\+{2})")


def boilerplate_start(text: str, table: CreditTable) -> int:
    floor = len(text) // 3
    if not _SHOUTING.search(text, floor) and not _NOTICE.search(text, floor):
        return len(text)  # cheap test first: boilerplate shouts or is a notice ("\nThis ...")
    m = table.boilerplate.search(text, floor)  # type: ignore[union-attr]
    return m.start() if m else len(text)


#: "Photo : archives", "Foto: archivo": the paper's own archive as the credit, lower case
_ARCHIVE_ALONE = re.compile(r"(?i:archives?|archiv|archivo|archivio|arquivo)")


LABEL_PREFIX = re.compile(
    r"(?i)(?:[©/(]\s*|#\s+|(?:pic(?:ture)?\s+credit|photo|foto),\s+(?-i:(?=[A-Z]))|"  # "(Pic credit: AP)", "(Photo, AFP)"
    r"(?:pic(?:ture)?\s+credit|foto\s+de\s+capa|foto|fotos|photo|photograph|picture|pic|image|immagine|bild|quelle|bildquelle|fonte|archivfoto|archivbild|fotograf[ií]a|all\s+photo(?:graph)?s|"
    r"mandatory\s+credit|credit\s+image|credit|image\s+credit|photo\s+credits?|crédit\s+photo|crédits?|créditos?|bildrechte|zdroj|autor"
    r"|copyright\s+photo|photographer|composite"  # "(Copyright photo : PA)", "Photographer:"
    r"|fuente(?:\s+(?:de\s+la\s+)?imagen(?:\s+principal)?)?)"  # Spanish "Fuente (imagen):"
    r"(?:\s*[:/]\s*|\s+(?!(?:by|de|di|por|par|von)\s)(?-i:(?=[A-Z]{2,}\b|[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}\s*/)))"
    r"|credit(?:\.\.\.|…)\s*|source\s*:\s*)+")  # "(Source: Site.com/Jane Roe)"
_GLUED_PREFIX = re.compile(r"Cr[ée]ditos?(?=[A-ZÀ-Þ])")
#: An author line that opens the metadata lines: the credit itself where none precedes it
#: (the Czech papers' "\nAutor: Jane Roe, MAFRA").
AUTHOR_LINE = re.compile(r"\n[ \t]*(?i:autor|author)[ \t]*:[^\n]*")
#: Metadata lines after the caption and its credit: "Date: 2023-10-06", "Location: ...".
#: DVIDS and other archives: "Date Taken: 09.23.2021", "Date Posted:", "Photo ID:", "VIRIN:".
METADATA_LINES = re.compile(r"(?im)\n[ \t]*(?:date(?:[ \t]+(?:taken|posted))?|datum|fecha|"
                            r"location|ort|keywords|object\s+name|photo\s+id|virin|autor|author|id)[ \t]*:"
                            r"[^\n]*(?:\n[^\n]*)*$")
#: A web page's own words after the credit: "hide caption", "toggle caption".
DESK_TAIL = re.compile(r"\s+(?:hide|toggle)\s+caption\s*$")
#: A web page's links on the last line, after the credit: "[Jane Roe/Xinhua] |\nGo to Forum
#: >>0 Comments" (a bar, then a link's arrows or a count of comments).
PAGE_LINKS = re.compile(r"[ \t|]*\n[^\n]*(?:>>|\b\d+\s+[Cc]omments?\b)[^\n]*$")
#: Cheap test first: PAGE_LINKS needs one of these.
PAGE_LINK_HINTS = (">>", "omment")
#: "DOUG MILLS, Associated Press", "Malcolm Emmons, USA TODAY Sports": name, then agency.
NAME_COMMA_AGENCY = re.compile(r"^[^,]{3,40},\s*(?P<agency>[^,]{2,40})$")
#: "The caption.\nName (Agency)": a credit line of its own with the agency in parentheses.
NAME_AGENCY_LINE = re.compile(r"\n\s*(?P<credit>[^\n()]{3,60}\((?P<agency>[^()\n]{2,30})\))\s*$")


_FOTO_WORD = re.compile(r"(?:Foto|FOTO)[ \t]+(?=[A-ZÀ-Þ])")
#: AP's Spanish credit, its "AP Photo/Jane Roe": "(Foto AP/Jane Roe)".
_FOTO_AP = re.compile(r"Foto[ \t]+AP[ \t]?/")
_SHOUTED_BEFORE_PHOTO_BY = re.compile(r"[^a-z\n]{3,}?\s+(?=Photos?\s+by\s)")


def locate(text: str, cut: int, table: CreditTable) -> tuple[int, int, float] | None:
    """(start, end, confidence) of the credit without its label ("Foto:", "©")."""
    found = _locate_labelled(text, cut, table)
    if found is None:
        return None
    start, end, confidence = found
    shouted = _SHOUTED_BEFORE_PHOTO_BY.match(text, start, end) if text.find(
        "Photo", start, end) >= 0 else None  # cheap test first
    if shouted:  # ABACA: "... IN THE BACKGROUND, THE PANTHEON Photo by Jane Roe/ABACAPRESS.COM"
        start = shouted.end()
    label = LABEL_PREFIX.match(text, start, end) or _GLUED_PREFIX.match(text, start, end)
    if label and label.end() < end and _FOTO_AP.match(text, start) is None:
        start = label.end()  # "(Foto AP/Jane Roe)" is AP's Spanish "AP Photo/", kept whole
        if text.startswith("©", start) and start + 1 < end:  # ZUMA: "(Credit Image: © Jane
            start += 1  # Roe/ZUMA Press Wire)": the sign after the label
            while start < end and text[start].isspace():
                start += 1
    bare = _FOTO_WORD.match(text, start, end) if text.startswith(("Foto ", "FOTO "), start) else None
    if bare and (name_like(text[bare.end():end]) or "/" in text[bare.end():end]) and (
            _FOTO_AP.match(text, start) is None):
        start = bare.end()  # La Jornada: "... Benito Juárez. Foto Jane Roe": the word, no colon
    if text[end - 1:end] == ")" and text[start:end].count("(") < text[start:end].count(")"):
        end -= 1  # "(Photo by Name/Agency)" closed after a label that opened no parenthesis
    close = text.find(")", start, end)
    if close > 0 and text.find("(", start, close) < 0 and _OPENED_BEFORE.search(text, 0, start):
        start = close + 1  # "(December 28, 2018) / AA Archive": no credit begins inside brackets
        while start < end and text[start] in " /|-–—":
            start += 1
    slashed = text.find("/", start, end) >= 0
    rights = _RIGHTS_TAIL.search(text, start, end) if slashed else None
    if rights and rights.start() > start:  # "[Agency photo/ Public Domain]": a rights line
        end = rights.start()
    if slashed:
        end = _agency_tags_end(text, start, end, table)
        year = _COPYRIGHT_YEAR.match(text, start, end)
        if year:  # "2019 Reuters/Jane Roe": the copyright's year before the credit
            start = year.end()
        shouted = _WORDS_BEFORE_SHOUTED.match(text, start, end) if text[start:start + 2].istitle(
            ) else None  # cheap test first
        if shouted and name_like(shouted.group("name")) and not table.agency(
                shouted.group("name")) and (find_city(shouted.group("place"))
                                            or gazetteer().country(shouted.group("place"))):
            start = shouted.start("name")  # "... do Chile JANE ROE / REUTERS": the caption's word
    twice = _BYLINE_TWICE.match(text, start, end) if text.find(",", start, end) >= 0 else None
    if twice:  # "Jane Roe, Jane Roe/Invision/AP": the byline printed again before the credit
        start = twice.start("credit")
    return _printed_once(text, start, end), end, confidence


#: "Credit: Jane Roe - Our Town Project": a photographer, a spaced dash, then the body or
#: project that gives the picture (two to six capitalised words).
_NAME_DASH_BODY = re.compile(r"(?P<name>[^-–—/()\n]{3,40}?)\s+[-–—]\s+(?P<body>[A-ZÀ-Þ][\w'’&.]*"
                             r"(?:\s+[\w'’&.]+){1,5})")


def _name_dash_body(credit: str) -> bool:
    m = _NAME_DASH_BODY.fullmatch(credit.strip())
    return bool(m) and name_like(m.group("name")) and sum(
        w[:1].isupper() for w in m.group("body").split()) >= 2


def _printed_once(text: str, start: int, end: int) -> int:
    """'EPA-EFE/JANE ROE EPA-EFE/JANE ROE': a credit printed twice in a row (the page's and
    the picture's) is one; where its last printing starts."""
    words = text[start:end].split()
    half = len(words) // 2
    if not half or len(words) % 2 or words[:half] != words[half:]:
        return start
    again = " ".join(words[half:])
    return end - len(again) if text.endswith(again, start, end) else start


#: A photographer's name, a comma, then the credit that starts with the same name.
_BYLINE_TWICE = re.compile(r"(?P<name>[A-ZÀ-Þ][^,/()\n]{2,40}),\s*(?P<credit>(?P=name)\s*/)")


#: A parenthesis opened before a credit's start and not yet closed.
_OPENED_BEFORE = re.compile(r"\([^()]*$")


#: A rights line run onto the credit: "Agency photo/ Public Domain", "Jane Roe/The Lagos Post
#: ALL RIGHTS RESERVED".
_RIGHTS_TAIL = re.compile(r"\s*/\s*(?i:public\s+domain|all\s+rights\s+reserved)\s*$"
                          r"|\s+ALL\s+RIGHTS\s+RESERVED\.?$")
#: After a slash chain, what an agency's archive page adds: its keywords in capitals in
#: parentheses ("REUTERS/Jane Roe (BELGIUM POLITICS ELECTIONS)") or its picture number after
#: a dash ("REUTERS/Jane Roe/Pool - RC2BYD9AF9ET"); the desk's one-word country tag in
#: capitals ("REUTERS/Jane Roe (IRAN)"), a country only.
_AGENCY_TAGS = re.compile(r"\s*\((?P<tags>[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+){1,5})\)$"
                          r"|\s*\((?P<country>[A-Z][A-Z-]{2,})\)$"
                          r"|\s+[-–—]\s+(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,16}$")
#: The caption's last words, ending with a place in a reader's case, run onto a photographer's
#: shouted name before the chain's first slash: "Chile JANE ROE / REUTERS" (no stop between).
_WORDS_BEFORE_SHOUTED = re.compile(
    r"(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+(?:[a-zà-ÿ]+\s+)?)*?(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+"
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})(?=\s*/)")
#: A copyright's year before a credit that opens with a capital: "2019 Reuters/Jane Roe".
_COPYRIGHT_YEAR = re.compile(r"(?:19|20)\d\d\s+(?=[A-ZÀ-Þ])")


def _agency_tags_end(text: str, start: int, end: int, table: CreditTable) -> int:
    """Where a slash chain ends before an archive's keywords or picture number."""
    if text[end - 1:end] != ")" and not text[end - 1:end].isalnum():
        return end  # cheap test first
    m = _AGENCY_TAGS.search(text, start, end)
    if m is None or m.start() <= start or "/" not in text[start:m.start()]:
        return end
    if m.group("country") and not gazetteer().country(m.group("country")):
        return end  # "JANE ROE/ABC (POOL)": a tag that names no country stays
    if m.group("tags") and table.agency(m.group("tags")):
        return end  # "JANE ROE/ABC (AGENCE FRANCE PRESSE)": an agency, no keyword
    if m.group("tags") and m.group("tags").casefold() == text[start:m.start()].rsplit(
            "/", 1)[-1].strip().casefold():
        return end  # "APA/AFP/JANE ROE (JANE ROE)": the photographer named again, no keyword
    return m.start()


def _locate_labelled(text: str, cut: int, table: CreditTable
                     ) -> tuple[int, int, float] | None:
    """(start, end, confidence) of the credit, trying the patterns most specific first."""
    m = SHOULD_READ.search(text) if "read" in text.lower() else None  # cheap test first
    if m:
        rest = text[m.end():cut].strip(" \t\n)")
        if rest and "\n" not in rest and len(rest) <= 60 and _credit_like(rest, table):
            start = text.index(rest, m.end())  # "(Photo credit should read X/AFP/Getty
            return start, start + len(rest), 0.9  # Images)\nJane Roe / AFP": the page's own
        return m.start("credit"), m.end("credit"), 0.95
    head = text[:cut].rstrip(" \t\n/-–—=.;|*")
    m = NAME_AGENCY_LINE.search(head)
    if m and table.agency(m.group("agency")):
        return m.start("credit"), m.end("credit"), 0.9
    tail = head[-140:]
    for pattern, hints in ((HASHTAG, ("#AP",)), (LABELLED, (":", "redit.", "redit…"))):
        if not any(hint in tail for hint in hints):
            continue  # cheap test first
        m = pattern.search(head, max(0, len(head) - 140))
        if m and (pattern is HASHTAG or _credit_like(m.group("credit"), table)
                  or name_like(m.group("credit")) or _ARCHIVE_ALONE.fullmatch(m.group("credit"))
                  or _PRIVATE.fullmatch(m.group("credit"))
                  or pattern is LABELLED and (_name_dash_body(m.group("credit"))
                                              or _COMMISSIONED.fullmatch(m.group("credit")))
                  or head[m.start() - 1:m.start()] in ("\n", "") and body_name_like(
                      m.group("credit"))):
            s, e = _strip_span(head, m.start("credit"), m.end("credit"))
            return s, e, 0.93
    if "publiziert" in tail:
        m = PLACE_BY_PUBLISHED.search(head, max(0, len(head) - 160))
        if m and _credit_like(m.group("credit"), table):
            return m.start("credit"), m.end("credit"), 0.85
    if "source," in tail:
        m = IMAGE_SOURCE.search(head, max(0, len(head) - 100))
        if m and (_credit_like(m.group("credit"), table) or name_like(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.9
    if "rédit" in tail:
        m = GLUED_LABEL.search(head, max(0, len(head) - 140))
        if m and (_credit_like(m.group("credit"), table) or name_like(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.9
    if "opyright" in tail:
        m = COPYRIGHT_TAIL.search(head, max(0, len(head) - 140))
        if m and (_credit_like(m.group("credit"), table) or _COPYRIGHT_NAME.fullmatch(
                m.group("credit")) and name_like(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.9
    if "©" in tail:
        m = COPYRIGHT_SIGN.search(head, max(0, len(head) - 100))
        if m and m.group("credit")[:1].islower() and m.group("credit") != "privat" and (
                not table.agency(m.group("credit"))) and no_given_name(m.group("credit"), (
                language_of(head))):
            m = None  # "© stadt", "© foto": an everyday word, no paper's initials ("© zgt")
        if m and (_credit_like(m.group("credit"), table)
                  or len(m.group("credit").split()) <= 4):
            agency = table.agency(m.group("credit"))
            above = _tail_agency(head[:m.start()].rstrip(" \t\n"), table) if agency else None
            if above and table.agency(head[above[0]:above[1]].rsplit("/", 1)[-1]) == agency:
                return above  # "NAME / LUSA\n\n© LUSA": the agency's sign after the credit
            start = m.start("credit")
            by = _IMAGE_BY.search(head, max(0, start - 16), start)
            return by.start() if by else start, m.end("credit"), 0.85
    if "(c)" in tail:
        m = _C_LINE.search(head, max(0, len(head) - 120))
        if m and _credit_like(m.group("credit"), table):
            return m.start("credit"), m.end("credit"), 0.88
    if "ourtesy" in tail:
        m = COURTESY_TAIL.search(head, max(0, len(head) - 120))
        if m:  # "Photo courtesy of Lagos Museum": the picture word is printed as part of it
            return m.start("pic") if m.group("pic") else m.start("credit"), m.end("credit"), 0.8
    if "—" in tail[-70:]:  # cheap test first
        m = _GLUED_DASH.search(head, max(0, len(head) - 80))
        if m and (table.agency(m.group("credit")) or m.group("by") or " " in m.group(
                "credit") and name_like(m.group("credit").title())):
            return m.start("credit"), m.end("credit"), 0.85
    found = _last_paren(head, table)
    if found:
        return found
    m = ORG_PHOTO_BY.search(head, max(0, len(head) - 140)) if "by " in tail and (
        "hoto" in tail) else None  # cheap test first
    if m and not table.agency_re.search(head, m.end()):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85
    found = _own_line(head, table)
    if found:
        return found
    return _tail_agency(head, table)


#: The Inquirer: "... a largely Catholic country. —JANE ROE", "... a salute. —PHOTOS BY JANE ROE
#: AND JOHN DOE", "...—AFP": a dash run onto the credit, shouted, at the caption's end
_GLUED_DASH = re.compile(r"(?<=[\w.!?\"”’)])[ \t]*—(?P<credit>(?P<by>PHOTOS?[ \t]+BY[ \t]+)?"
                         r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,8})$")
#: Die Presse: "...\n\n(c) APA/AFP/JANE ROE (JANE ROE)", "(c) REUTERS (POOL)": a line of its own
#: opened by "(c)", the copyright sign as typed, the credit then its photographer in brackets.
_C_LINE = re.compile(r"(?:^|\n)[ \t]*\(c\)[ \t]*(?P<credit>[A-Z][^\n]{1,90}?)\s*$")
#: Corbis: "Image by © Jane Roe/Agency/Corbis": the label is printed as part of the credit.
_IMAGE_BY = re.compile(r"(?:Image|Photo|Picture)\s+by\s+©\s*$")
#: "... — JANE ROE AFP" (AFP's French service): a photographer's name, then the agency.
_NAME_THEN_AGENCY = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þa-z][\w'’.-]*){1,4}?)\s+(?P<agency>[A-Z][\w-]+)$")


def _after_abbreviation(text: str, start: int) -> bool:
    """'... Sen. Jane Roe (AP)': the stop before the name ends an abbreviation, not a sentence."""
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].rstrip(".").casefold() in ABBREVIATIONS


_RANK_ABBREVIATIONS = frozenset(["sgt", "gen", "lt", "col", "capt", "maj", "cpl", "pvt", "adm",
                                 "cmdr", "spc", "pfc", "dr", "sen", "rep", "gov", "rev", "prof"])


def _rank_stop_in_chain(head: str, start: int, brk: re.Match[str]) -> bool:
    """The break ``brk`` is a rank's or title's stop inside a slash chain ('Army/Sgt. Jo')."""
    before = head[start:brk.start()]
    word = before.rsplit("/", 1)[-1].rsplit(" ", 1)[-1].casefold()
    return "/" in before and word in _RANK_ABBREVIATIONS and brk.group(0).startswith(".")


#: "Foto: Jane Roe für Schweizerische Bundeskanzlei": after a picture label, a photographer's
#: name, German "für" (for) and a client's capitalised name: a commissioned photographer's
#: credit (the client is the source)
_COMMISSIONED = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}\s+für\s+"
                           r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4}")


def _credit_like(credit: str, table: CreditTable) -> bool:
    return (table.agency_re.search(credit) is not None  # type: ignore[union-attr]
            or "/" in credit or "|" in credit or _VIA_CREDIT.fullmatch(credit) is not None)


#: "Jo Roe via Twitter", "JaneRoe via Instagram": a few words, "via", a capitalised name.
_VIA_CREDIT = re.compile(r"[\w@'’.-]+(?:\s+[\w@'’.-]+){0,3}\s+via\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


def _last_paren(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    for m in reversed(list(PAREN.finditer(head))):
        inner = m.group("credit")
        has_agency = table.agency_re.search(inner) is not None  # type: ignore[union-attr]
        rest = head[m.end():].strip()
        if not rest and _name_after_year(head, m, inner):
            return m.start("credit"), m.end("credit"), 0.7  # "... em 2010 (Jane Roe)"
        if not rest and not has_agency and "/" not in inner and _name_after_stop(head, m, inner):
            return m.start("credit"), m.end("credit"), 0.7  # "... Ocean. (Jane Roe)"
        if not rest and not has_agency and _barred_credit(inner):
            s, e = _strip_span(head, m.start("credit"), m.end("credit"))
            return s, e, 0.75  # "... em Paulista. [JANE ROE | LAGOS POST]"
        if not has_agency and not CREDIT_HINT.search(inner):
            continue
        if rest and (has_agency or CREDIT_HINT.search(inner)) and _SITE_CREDIT.fullmatch(rest) \
                and table.agency(rest.rsplit("/", 1)[1]):
            start = len(head) - len(rest)  # "(Jane Roe/Pool via AP) Jane Roe/AP": the site's
            return start, len(head), 0.9  # own credit after the agency's is the final one
        letters = [c for c in rest if c.isalpha()]
        if rest and sum(c.islower() for c in letters) > 3 and len(rest) > 25:
            continue  # a parenthesis inside the caption's own sentences
        if not has_agency and len(inner.split()) > 10:
            continue
        s, e = _strip_span(head, m.start("credit"), m.end("credit"))
        if not rest and has_agency and table.agency(inner.strip()):
            named = NAME_BEFORE_PAREN.search(head, max(0, m.start() - 60), m.start() + 1)
            if named and name_like(named.group("name")) and not _after_abbreviation(
                    head, named.start("name")):
                return named.start("name"), m.end(), 0.95  # "NEIL HALL (REUTERS)"
        return s, e, 0.97 if has_agency else 0.8
    return None


#: A republisher's "Name/Agency" after the agency's parenthesised credit.
_SITE_CREDIT = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4}\s*/\s*"
                          r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*$")


#: A photographer's name, a bar and the paper's or body's name: "JANE ROE | LAGOS POST".
_BARRED = re.compile(r"(?P<name>[^|]{3,40}?)\s+\|\s+(?P<org>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})")


def _barred_credit(inner: str) -> bool:
    """'[JANE ROE | LAGOS POST]': a photographer's name of two to four words and the paper's,
    joined by a bar, in the caption's last brackets (Brazilian papers)."""
    if "|" not in inner:
        return False  # cheap test first
    m = _BARRED.fullmatch(inner.strip())
    return m is not None and 2 <= len(m.group("name").split()) <= 4 and name_like(
        m.group("name")) and not (find_city(m.group("name")) or gazetteer().country(
            m.group("name")))


def _name_after_year(head: str, paren: re.Match[str], inner: str) -> bool:
    """'... em 13 de janeiro de 2010 (Jane Roe)': a photographer's bare name in parentheses
    ends a caption whose last words are its date (Reuters' pages in Portuguese and Spanish)."""
    return 2 <= len(inner.split()) <= 4 and name_like(inner) and _YEAR_BEFORE.search(
        head, max(0, paren.start() - 8), paren.start()) is not None


def _name_after_stop(head: str, paren: re.Match[str], inner: str) -> bool:
    """'... in the Atlantic Ocean. (Jane Roe)': a bare name in parentheses after the caption's
    last full stop is the photographer's credit (government and agency photo pages)."""
    return 2 <= len(inner.split()) <= 3 and head[:paren.start()].rstrip().endswith(".") and (
        name_like(inner)) and not _FINAL_INITIAL_BEFORE.search(head, 0, paren.start())


#: "... John F. (Jane Roe)": a stop after an initial ends no sentence.
_FINAL_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s*$")


#: A photographer's name alone in capitals on the caption's last line.
_SHOUTED_NAME = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+(?:MAC|MC|DE|VAN|O’|O')?[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}")


#: A photographer's name in capitals, "FOR" and the paper she took it for, on its own line.
_SHOUTED_FOR = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,2}\s+FOR\s+"
                          r"(?P<paper>(?:THE\s+)?[A-ZÀ-Þ][A-ZÀ-Þ'’&.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’&.-]+){0,3})")
#: A newspaper's word: the paper a photographer worked for ("FOR THE SUNDAY TIMES").
_PAPER_WORD = re.compile(r"\b(?:TIMES|POST|NEWS|HERALD|TRIBUNE|GAZETTE|JOURNAL|INDEPENDENT|"
                         r"GUARDIAN|OBSERVER|TELEGRAPH|STANDARD|CHRONICLE|EXAMINER|STAR|MAIL|"
                         r"EXPRESS|DAILY|MAGAZINE)\b")


def _own_line(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    line_start = head.rfind("\n") + 1
    if line_start == 0:
        return None
    continued = head.startswith("/", line_start) and head.rfind("\n", 0, line_start - 1) >= 0
    if continued:  # "Credit: Jo Roe\n/Royal Navy": a credit broken before its slash
        line_start = head.rfind("\n", 0, line_start - 1) + 1
    line = head[line_start:]
    if len(line) > 90 or not line.strip():
        return None
    if table.agency_re.search(line) is None and "/" not in line:  # type: ignore[union-attr]
        shouted = line.strip()
        paper = _SHOUTED_FOR.fullmatch(shouted)
        if paper and (_PAPER_WORD.search(paper.group("paper")) or table.agency(
                paper.group("paper"))):  # "... pupils\nJANE ROE FOR THE SUNDAY TIMES"
            s, e = _strip_span(head, line_start, len(head))
            return s, e, 0.7
        if _SHOUTED_NAME.fullmatch(shouted) and not (find_city(shouted)
                                                      or gazetteer().country(shouted)):
            s, e = _strip_span(head, line_start, len(head))  # "... research centre\nJANE ROE"
            return s, e, 0.6
        return None
    if " - " in line or " – " in line or " — " in line:
        dashed = _dash_credit(head, table)  # "Jane Roe - Pool Reuters": one credit, not two
        if dashed and dashed[0] >= line_start:
            return dashed
    prefix = OWN_LINE_PREFIX.match(line)
    start = line_start + (prefix.end() if prefix else 0)
    if not continued:
        start += _last_credit_sentence(head[start:], table)
    s, e = _strip_span(head, start, len(head))
    return s, e, 0.9


def _last_credit_sentence(line: str, table: CreditTable) -> int:
    """'Mosul, 27 Febbraio, 2017. REUTERS/Jane Roe': a place-and-date sentence before the
    credit on its line is no part of it; where the credit's own sentence begins (0: the line)."""
    breaks = list(SENTENCE_BREAK.finditer(line))
    if not breaks:
        return 0
    last = line[breaks[-1].end():]
    if table.agency_re.search(last) is None and "/" not in last:  # type: ignore[union-attr]
        return 0
    return breaks[-1].end()


def _tail_agency(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    end = head[-60:]
    found = _dash_credit(head, table) if " - " in end or " – " in end or " — " in end else None
    if found:
        return found
    breaks = list(SENTENCE_BREAK.finditer(head))
    while len(breaks) > 1 and _rank_stop_in_chain(head, breaks[-2].end(), breaks[-1]):
        breaks.pop()  # "U.S. Army/Sgt. Jo Roe/Handout via REUTERS": a rank's stop, no break
    start = breaks[-1].end() if breaks else 0
    tail = head[start:]
    if " via " in tail:
        short = _SHORT_VIA.fullmatch(tail)
        if short and table.agency(short.group("agency")):  # "Host photo agency via Reuters"
            s, e = _strip_span(head, start, len(head))
            return s, e, 0.85
    opener = _PHOTO_BY_OPENER.match(tail) if "by " in tail[:30] else None  # cheap test first
    words = tail[opener.end():] if opener else tail  # "Photo by Reuters": the opener, then the credit
    lowercase = [w for w in LOWER_WORD.findall(words) if w not in CREDIT_FUNCTION_WORDS]
    if 1 < len(lowercase) <= 4 and len(tail) <= 120 and "/" in tail:
        # "Jane Roe/picture alliance via Getty Images": an agency's own lower-case words
        lowercase = [w for w in LOWER_WORD.findall(table.agency_re.sub(  # type: ignore[union-attr]
            "", tail)) if w not in CREDIT_FUNCTION_WORDS]
    if " | " in tail:  # "Jana Roth begrüßt Tom Vale vor dem Kanzleramt | ASSOCIATED PRESS"
        cut = _caption_run_on(tail)
        after = tail[cut:].strip()
        agency, _, name = after.partition("/")
        if cut and len(tail) - cut <= 50 and (table.agency(after) or name and table.agency(
                agency) and name_like(name.strip())):  # "... à Davos | Keystone-ATS / Jane Roe"
            s, e = _strip_span(head, start + cut, len(head))
            return s, e, 0.9
    dated = bool(lowercase) and any(ch.isdigit() for ch in tail)  # "May 2, 2024 Jo Roe runs"
    if (0 < len(tail) <= 120 and len(lowercase) <= 1 and not dated
            and table.agency_re.search(tail)  # type: ignore[union-attr]
            and ("/" in tail or "|" in tail or " via " in tail or table.agency(words.split("/")[0])
                 or agency_pair(tail, table)
                 or name_comma_agency(tail, table) or _name_then_agency(tail, table))):
        prefix = OWN_LINE_PREFIX.match(tail)
        cut = prefix.end() if prefix else _caption_run_on(tail)
        s, e = _strip_span(head, start + cut, len(head))
        return s, e, 0.92
    found = run_on_label(head, table)
    if found:
        return found
    last = head[-200:]
    m = TAIL_AGENCY.search(last) if any(w in last for w in _TAIL_AGENCY_WORDS) else None
    if m:
        offset = max(0, len(head) - 200)
        start = offset + m.start("credit")
        if head.startswith("via ", start):  # "... celebrates Action Images via Reuters/Name"
            named = _AGENCY_BEFORE_VIA.search(head, max(0, start - 40), start)
            if named and table.agency(named.group("agency")):
                start = named.start("agency")
        s, e = _strip_span(head, start, offset + m.end("credit"))
        return s, e, 0.85
    if breaks and _GLUED_STOP.fullmatch(breaks[-1].group(0)) and name_like(tail) and (
            len(tail.split()) >= 2):
        return start, len(head), 0.7  # "... una entrevista a EL PAÍS.Jane Roe": glued on
    if breaks and glued_agency(tail, table):
        return start, len(head), 0.7  # "... May 3, 2024. REUTERSJane Roe": the slash lost
    glued = _AGENCY_GLUED_ON.search(tail) if tail[-1:].isupper() else None  # cheap test first
    if glued and table.agency(glued.group("agency")) and len(tail.split()) > 3:
        return len(head) - len(glued.group("agency")), len(head), 0.6  # "... deutscher MeisterAFP"
    if breaks and _BARE_NAME.fullmatch(tail) and name_like(tail) and head[
            breaks[-1].start():breaks[-1].start() + 1] == "." and not _after_abbreviation(
            head, start) and not (find_city(tail) or gazetteer().country(tail)):
        return start, len(head), 0.6  # "... a submerged car. Jane Roe": the name alone
    if breaks and len(tail) <= 30 and tail[:1].isupper() and head[
            breaks[-1].start():breaks[-1].start() + 1] == "." and _official_alone(tail, table):
        return start, len(head), 0.6  # "... en Palenque, Chiapas. Presidencia": its office
    house = _HOUSE_PHOTO_TAIL.search(head, max(0, len(head) - 70)) if "PHOTO" in head[
        -70:] else None  # cheap test first
    if house and table.agency(house.group("house")):
        return house.start(), house.end("credit"), 0.75  # "... Mamerenbos  BELGA PHOTO JANE ROE"
    shouted = _SHOUTED_AGENCY_RUN_ON.search(head, max(0, len(head) - 80)) if "/" in head[
        -60:] else None  # cheap test first
    if shouted and table.agency(shouted.group("agency")) and name_like(shouted.group("name")):
        return shouted.start("agency"), len(head), 0.75  # "... aos manifestantes LUSA/Jane Roe"
    return _tail_slash_credit(head, start, tail) or (
        spaced_slash_credit(head, table) if " / " in head[-70:] else None) or (
        _credit_after_quote(head, table) if "/" in head[-50:] else None)


#: A bar before the credit: "... begrüßt Tom Vale | ASSOCIATED PRESS".
_BAR = re.compile(r"\s\|\s+")
_WORD = re.compile(r"\S+")


def _caption_run_on(tail: str) -> int:
    """Where the credit begins in a last sentence that is a caption run on into its credit
    with no stop between (0: all of it is the credit): after the bar in "Jana Roth begrüßt Tom
    Vale | ASSOCIATED PRESS"; at the photographer's two names before the slash in "Jane Roe,
    left, and Tom Vale Amy Sussman/Getty Images". A credit's own words ("Jane Roe | Acme",
    "U.S. Navy/Petty Officer Jo Roe") are no caption: the words before it must be more than
    four and hold a lower-case word (a verb, a position) and, before a slash, a comma. The
    tail reaches here with one lower-case word at most (a position, "left"), or with a bar and
    an agency after it ("... vor dem Kanzleramt | AP"); a caption whose verb runs on into
    "Name/Agency" is left for a later round."""
    bar = None
    for bar in _BAR.finditer(tail):
        pass
    if bar is not None:
        return bar.end() if _caption_words(tail[:bar.start()]) else 0
    slash = tail.find("/")
    if slash < 0 or "," not in tail[:slash]:
        return 0
    words = list(_WORD.finditer(tail, 0, slash))
    if not _caption_words(tail[:slash]) or not all(
            NAME_WORD.fullmatch(w.group(0)) and w.group(0)[:1].isupper() for w in words[-2:]):
        return 0
    cut = words[-2].start()
    opener = _PHOTO_BY_BEFORE.search(tail, max(0, cut - 30), cut)
    return opener.start() if opener else cut  # "... THE PANTHEON Photo by Jo Roe/Acme"


#: A credit's opening words: "Photo by", "Photo illustration by", "Pictures by".
_PHOTO_BY = r"(?:Photo(?:\s+illustration)?|Picture|Image)s?\s+by\s+"
#: The opening words right before the photographer's names.
_PHOTO_BY_BEFORE = re.compile(rf"{_PHOTO_BY}$")


def _caption_words(before: str) -> bool:
    words = before.split()
    return len(words) > 4 and any(
        w[:1].islower() and w.strip(",.;:").isalpha() and w.strip(",.;:") not in
        CREDIT_FUNCTION_WORDS for w in words)


#: A credit's opening words, printed as part of it: "Photo by Reuters", "Photo illustration by
#: Jane Roe/NurPhoto via Getty Images".
_PHOTO_BY_OPENER = re.compile(rf"{_PHOTO_BY}(?=[A-Z])")


#: A shouted agency and its photographer run onto the caption's last lower-case word with no
#: stop between: "... acena aos manifestantes LUSA/Jane Roe".
_SHOUTED_AGENCY_RUN_ON = re.compile(r"(?<=[a-zà-ÿ])\s+(?P<agency>[A-Z][A-Z-]{1,11})\s*/\s*"
                                    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})$")


#: Belga's "BELGA PHOTO JANE ROE", unbracketed, after the caption's last word: an agency's
#: initials and its picture word, then the photographer's name in capitals.
_HOUSE_PHOTO_TAIL = re.compile(r"(?<=\s)(?P<credit>(?P<house>[A-Z]{2,6}[ \t]+PHOTOS?)[ \t]+"
                               r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})\s*$")


def _official_alone(tail: str, table: CreditTable) -> bool:
    """'Presidencia', 'Casa Real': an official body's name alone (the ``official`` rows) as
    the caption's last sentence is the credit of its own picture."""
    m = table.official_re.search(tail) if table.official_re is not None else None
    return m is not None and m.group(0) == tail.strip()


#: "... in 'The Lagos Story’Jane Roe/The Associated Press": a name and its agency run onto the
#: closing quotation mark of the caption's last words, the space between them lost
_CREDIT_AFTER_QUOTE = re.compile(r"(?<=[’”\"»])(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)"
                                 r"{1,3})\s*/\s*(?P<agency>[^/\n’”\"»]{2,40})$")


def _credit_after_quote(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    m = _CREDIT_AFTER_QUOTE.search(head, max(0, len(head) - 90))
    if m and name_like(m.group("name")) and table.agency(m.group("agency")):
        return m.start("name"), m.end("agency"), 0.7
    return None


#: A shouted agency run onto the caption's last word, as a slideshow's text is copied:
#: "... hochkarätige ChancenAFP" (the caption, then its credit, with no space between)
_AGENCY_GLUED_ON = re.compile(r"(?<=[a-zà-ÿ])(?P<agency>[A-Z]{2,6})$")
#: A photographer's name of two or three capitalised words, alone as the caption's last
#: sentence (galleries that print the name without a label or agency: "... Jane Roe").
_BARE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}")


#: A sentence of its own of a few words naming an originator, then "via" and the agency:
#: Reuters' "Host photo agency via Reuters", "Handout photo via Reuters".
#: Its small words are only those of a picture's originator.
_SHORT_VIA = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|photos?|pictures?|agency|handout"
                        r"|pool|press|service|office)){0,3}\s+via\s+(?P<agency>[A-Z][\w&.-]*"
                        r"(?:\s+[A-Z][\w&.-]*){0,2})")


#: "... | Jane Roe - Reuters", "...(Jane Roe/PA).PA Wire/PA Images – Jane Roe": a photographer
#: and an agency (or an agency's chain) joined by a dash, after a bar, a parenthesis or a stop
#: (and a dash: Le Monde's "... français. – Jane Roe – AFP")
DASH_CREDIT = re.compile(
    r"(?:^|(?<=[|).!?])\s*(?:[-–—][ \t]+)?|(?<=\n))(?P<a>[A-ZÀ-Þ][\w'’.&-]*(?:[ \t/]+[A-ZÀ-Þ][\w'’.&-]*){0,5})"
    r"[ \t]+[-–—][ \t]+(?P<b>[A-ZÀ-Þ][\w'’.&-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.&-]*){0,4})$")


def _dash_credit(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    m = DASH_CREDIT.search(head, max(0, len(head) - 120))
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    chain = "/" in a and table.agency(a.rsplit("/", 1)[-1].strip())
    if b.startswith(("Pool ", "POOL ")):  # "Jane Roe - Pool Reuters": a pool picture's agency
        b = b[5:]
    if (table.agency(b) and name_like(a) and "/" not in a) or (chain and name_like(b)):
        return m.start("a"), m.end("b"), 0.85
    return None


#: "Photo by Jane Roe/Lagos Daily", "Photo/Jane Roe": a picture word leading a bare credit
#: "Foto de Jane Roe" (Portuguese, Spanish), "Foto di", "Photo par": the same credit
#: "Photos prises par Jane Roe" (French: "taken by")
_PICTURE_BY = re.compile(r"(?i)^(?:photo(?:graph)?s?|picture|image|foto)\s*"
                         r"(?:(?:prises?\s+|tirées?\s+)?(?P<by>by|de|di|por|par|von)\s+|/\s*)")


def _tail_slash_credit(head: str, start: int, tail: str) -> tuple[int, int, float] | None:
    """'... in Lagos. Jane Roe/Lagos Daily': a last segment of capitalised words joined by a
    slash is a credit, whatever the organisation (one the agency table does not know)."""
    by = _PICTURE_BY.match(tail)
    bare = tail[by.end():] if by else tail
    words = bare.replace("/", " / ").split()
    if "/" not in tail:
        if by and by.group("by") and name_like(bare) and (
                by.group("by").casefold() == "by" or len(bare.split()) >= 2):
            s, e = _strip_span(head, start, len(head))
            return s, e, 0.7  # "... in Lagos. Photo by Jane Roe", "Foto de Jane Roe."
        return None
    if not 2 <= len(words) <= 12 or any(ch.isdigit() for ch in bare):
        return None
    if not all(w == "/" or NAME_WORD.match(w) or w in CREDIT_FUNCTION_WORDS for w in words):
        return None
    s, e = _strip_span(head, start + (by.end() if by and by.group(0).rstrip().endswith("/")
                                      else 0), len(head))
    return s, e, 0.7


def other_credit(text: str, body_end: int, table: CreditTable) -> tuple[int, int] | None:
    """A second credit right before the final one: (start, end), kept as a note."""
    head = text[:body_end].rstrip(" \t\n/-–—=.;|")
    if "/" not in head[-60:] and not head.endswith(")"):
        return None  # cheap test first: a credit has a slash or parentheses
    found = _tail_agency(head, table) or _last_paren(head, table)
    if found is None or len(head) - found[1] > 1:
        return None
    start, end, _confidence = found
    if text[start] == "(" and text[end - 1] == ")":  # "(Photo by Name / AFP)": its brackets
        start, end = start + 1, end - 1
    return (start, end) if len(text[start:end].split()) <= 8 else None


def _name_then_agency(tail: str, table: CreditTable) -> bool:
    """'JANE ROE AFP', 'Jane Roe Associated Press': a name of two to four words, then an
    agency of one to three that the table knows."""
    m = _NAME_THEN_AGENCY.match(tail.strip())
    if m is not None and table.agency(m.group("agency")) is not None and name_like(
            m.group("name")):
        return True
    words = tail.split()
    return any(2 <= len(words) - k <= 4 and table.agency(" ".join(words[-k:])) is not None
               and name_like(" ".join(words[:-k])) for k in (2, 3))


def name_comma_agency(tail: str, table: CreditTable) -> bool:
    m = NAME_COMMA_AGENCY.match(tail.strip())
    return m is not None and table.agency(m.group("agency")) is not None


def mandatory_credit(text: str, cut: int) -> tuple[int, int, float] | None:
    m = _MANDATORY_CREDIT.search(text[cut:])
    if m:
        return cut + m.start("c"), cut + m.end("c"), 0.7
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;:.-–—":
        start += 1
    if text[start:start + 1] == "?" and text[start + 1:start + 2].isspace():
        start += 2  # "(? JANE ROE / REUTERS)": a © the republisher's encoding lost
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


#: A credit's label left before the credit proper: "Foto: ", "Crédit : ", "©".
_LABEL_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:foto|fotos|photo|photos|photograph|picture|pic|image|immagine|bild|quelle|archivfoto|"
    r"archivbild|fotograf[ií]a|credit|crédit(?:\s+photo)?|créditos?|bildrechte|mandatory\s+credit|photo\s+credit|"
    r"image\s+credit|picture\s+credit|photo\s+credits|copyright\s+photo|photographer|composite|source)\s*:\s*|©\s*"
    r"|(?<![\w])Cr[ée]ditos?|(?<![\w])Credit(?:\.\.\.|…)"
    r"|(?<![\w])(?:Image|Picture|Photo)\s+copyright\s*)$")  # BBC: "... Image copyright EPA"


def _may_end_a_label(text: str, end: int) -> bool:
    """Cheap test first: a label ends in a colon, "©", "Créditos", "Credit..." or "Image
    copyright" (and spaces); "ſ" is an "s" to the pattern's ignore-case."""
    last = text[end - 1:end] if end else ""
    return last in ":©…oOsSſtT" or last.isspace() or text.endswith("...", 0, end)


def body_end(text: str, credit_start: int) -> int:
    """Where the caption proper ends before its credit (and the credit's label)."""
    end = credit_start
    while end > 0 and text[end - 1] in " \t\n(":
        end -= 1
    label = _LABEL_BEFORE.search(text, max(0, end - 24), end) if _may_end_a_label(
        text, end) else None
    if label:
        end = label.start()
        while end > 0 and text[end - 1] in " \t\n(":
            end -= 1
    return end

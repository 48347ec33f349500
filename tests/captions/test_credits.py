"""Credit forms: each agency's order of photographer and agency, handouts, pools, files."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CREDIT_CASES = [
    # text, credit_line, creator, source, provider, file, handout, pool
    ("A boy runs in Lima, Peru, Monday, May 6, 2024. (AP Photo/Rosa Quispe)",
     "AP Photo/Rosa Quispe", ["Rosa Quispe"], "AP", None, False, False, False),
    ("FILE - A man waves in Lima, Peru, on Jan. 2, 2020. (AP Photo/Rosa Quispe, File)",
     "AP Photo/Rosa Quispe, File", ["Rosa Quispe"], "AP", None, True, False, False),
    ("A skater glides in Ottawa, Jan. 5, 2024. (Dana Hollis/The Canadian Press via AP)",
     "Dana Hollis/The Canadian Press via AP", ["Dana Hollis"], "AP", "The Canadian Press",
     False, False, False),
    ("A crowd in Oslo, Norway, May 3, 2024. (Kari Dahl/AP)",
     "Kari Dahl/AP", ["Kari Dahl"], "AP", None, False, False, False),
    ("A ferry docks in Piraeus, Greece, June 2, 2023. REUTERS/Nikos Marinos",
     "REUTERS/Nikos Marinos", ["Nikos Marinos"], "Reuters", None, False, False, False),
    ("FILE PHOTO: A sign in Zurich, Switzerland, June 2, 2021. REUTERS/Lea Frei/File Photo",
     "REUTERS/Lea Frei/File Photo", ["Lea Frei"], "Reuters", None, True, False, False),
    (("A drone view of a dam, in this handout picture released June 2, 2023. "
     "Regional Water Authority/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN "
     "SUPPLIED BY A THIRD PARTY."), "Regional Water Authority/Handout via REUTERS", [],
     "Reuters", "Regional Water Authority", False, True, False),
    ("Leaders meet in Rome, Italy, June 2, 2023. Piero Galli/Pool via REUTERS",
     "Piero Galli/Pool via REUTERS", ["Piero Galli"], "Reuters", None, False, False, True),
    ("Fans cheer in Lens on June 2, 2023. (Photo by Claire DUVAL / AFP)",
     "Photo by Claire DUVAL / AFP", ["Claire Duval"], "AFP", None, False, False, False),
    ("Leaders meet in Minsk on June 2, 2023. (Photo by Ivan PETROV / POOL / AFP)",
     "Photo by Ivan PETROV / POOL / AFP", ["Ivan Petrov"], "AFP", None, False, False, True),
    (("A leader speaks in Damascus on June 2, 2023. (Photo by HANDOUT / SANA / AFP) / "
     "RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT \"AFP PHOTO / SANA\" - NO MARKETING"),
     "Photo by HANDOUT / SANA / AFP", [], "AFP", "SANA", False, True, False),
    ("A singer poses on June 2, 2023 in Cannes, France. (Photo by Leo Brandt/Getty Images)",
     "Photo by Leo Brandt/Getty Images", ["Leo Brandt"], "Getty Images", None,
     False, False, False),
    ("A singer poses in Cannes. (Photo by Leo Brandt/Getty Images for Cannes Lions)",
     "Photo by Leo Brandt/Getty Images for Cannes Lions", ["Leo Brandt"], "Getty Images",
     None, False, False, False),
    ("Voters queue in Ankara. (Photo by Ece Kaya/Anadolu via Getty Images)",
     "Photo by Ece Kaya/Anadolu via Getty Images", ["Ece Kaya"], "Getty Images", "Anadolu",
     False, False, False),
    ("A tram in Lisbon, Portugal, 02 January 2023. EPA-EFE/JOAO SILVA-PINTO",
     "EPA-EFE/JOAO SILVA-PINTO", ["Joao Silva-Pinto"], "EPA", None, False, False, False),
    ("A queen waves in Oslo, Norway, 02 January 2023. EPA-EFE/ANNA BERG / POOL epa10593821",
     "EPA-EFE/ANNA BERG / POOL", ["Anna Berg"], "EPA", None, False, False, True),
    ("Picture date: Friday March 1, 2024. Photo credit should read: Ben Hale/PA Wire",
     "Ben Hale/PA Wire", ["Ben Hale"], "PA", None, False, False, False),
    ("Runners in Leeds. Picture date: Sunday May 5, 2024. (Amy Shaw/PA)",
     "Amy Shaw/PA", ["Amy Shaw"], "PA", None, False, False, False),
    ("A nurse smiles in a hospital.\nAP Photo/Rosa Quispe",
     "AP Photo/Rosa Quispe", ["Rosa Quispe"], "AP", None, False, False, False),
]


@pytest.mark.parametrize(
    "text,credit,creator,source,provider,is_file,is_handout,is_pool", CREDIT_CASES)
def test_credit_forms(text, credit, creator, source, provider, is_file, is_handout, is_pool):
    parsed = parse_caption(text).to_json()
    assert parsed["credit_line"] == credit
    assert parsed["creator"] == creator
    assert parsed["source"] == source
    assert parsed["provider"] == provider
    assert (parsed["is_file_photo"], parsed["is_handout"], parsed["is_pool"]) == (
        is_file, is_handout, is_pool)


def test_credit_span_points_at_the_credit_without_parentheses():
    text = "A boy runs in Lima, Peru, Monday, May 6, 2024. (AP Photo/Rosa Quispe)"
    parsed = parse_caption(text)
    start, end = parsed.to_json()["spans"]["credit_line"]
    assert text[start:end] == "AP Photo/Rosa Quispe"
    assert parsed.creator[0].span.text == "Rosa Quispe"


def test_handout_via_agency_names_the_provider():
    text = ("This photo provided by the regional fire service shows a blaze near Larissa, "
            "Greece, Thursday, Sept. 14, 2017. (Regional Fire Service, via AP)")
    parsed = parse_caption(text).to_json()
    assert parsed["credit_line"] == "Regional Fire Service, via AP"
    assert parsed["source"] == "AP"
    assert parsed["provider"] == "Regional Fire Service"
    assert parsed["is_handout"] is True
    assert parsed["creator"] == []


def test_markers_are_reported():
    text = ("APTOPIX A wave breaks in Nazare, Portugal, Oct. 5, 2023. REUTERS/Rui Costa "
            "TPX IMAGES OF THE DAY")
    markers = parse_caption(text).to_json()["markers"]
    assert "APTOPIX" in markers and "TPX IMAGES OF THE DAY" in markers


def test_caption_without_credit_has_no_credit():
    parsed = parse_caption("A dog sleeps on a porch in Tulsa, Okla., on June 3, 2022.")
    assert parsed.credit_line is None and parsed.source is None


def test_misspelled_agency_alias_is_normalised():
    parsed = parse_caption("A market in Accra, Ghana, May 1, 2023. REUTRES/Kofi Badu")
    assert parsed.get("source") == "Reuters"


def test_handout_provider_stops_before_the_lowercase_verb():
    parsed = parse_caption(
        "A handout picture made available by the Moldovan Presidential Press Office shows "
        "President Irina Vasilescu visiting a border post near Ungheni, Moldova, 3 March 2025. "
        "EPA-EFE/MOLDOVAN PRESIDENTIAL PRESS OFFICE HANDOUT HANDOUT EDITORIAL USE ONLY/NO SALES")
    assert parsed.get("provider") == "Moldovan Presidential Press Office"
    assert parsed.get("is_handout") is True

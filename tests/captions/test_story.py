"""Stories in the wire format: headline repeated, dateline, byline, body, caption paragraphs."""

from __future__ import annotations

from pathlib import Path

from media_manager.captions import parse_caption, parse_story

DATA = Path(__file__).parent / "data"


def test_story_parts():
    text = (DATA / "story_harbour.txt").read_text("utf-8")
    story = parse_story(text)
    assert story.headline == "Storm floods harbour town as fishermen count losses"
    assert story.byline == "MARTA ELLINGSEN"
    assert (story.dateline_place, story.dateline_agency) == ("Bergen, Norway", "AP")
    assert len(story.body) == 3 and story.body[0].startswith("BERGEN, Norway (AP)")
    assert len(story.captions) == 2
    for caption, span in zip(story.captions, story.caption_spans):
        assert text[span.start:span.end] == caption
    first = parse_caption(story.captions[0]).to_json()
    assert first["persons_shown"] == ["Jonas Vik", "Henrik Vik"]
    assert first["city"] == "Bergen" and first["date_created"] == "2023-10-17"


def test_story_without_captions():
    story = parse_story("Headline here\n\nPARIS (AFP) - Something happened today.\n")
    assert story.captions == [] and story.dateline_agency == "AFP"
    assert story.body == ["PARIS (AFP) - Something happened today."]


def test_empty_story():
    assert parse_story("").headline is None

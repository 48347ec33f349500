"""Credit forms of the eighth credit round (issue 12, the seventh credit sample's odd half):
the desk's one-word country tag after a Reuters credit ("REUTERS/Name (COUNTRY)"), the plural
label "Photos:" before a credit, and the table's new row (Metrography). Each rule with a case
it applies to and one it must leave alone; every caption here is written for this test in an
agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption


def _credit(text: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider"))


def test_one_word_country_tag_after_a_reuters_credit():
    assert _credit("A vendor arranges melons at a market in Baghdad June 3, 2007. "
                   "REUTERS/Jane Roe (IRAQ)") == (
        "REUTERS/Jane Roe", ["Jane Roe"], "Reuters", None)
    # false case: a one-word tag that names no country is left in the chain
    assert _credit("A vendor arranges melons at a market in Baghdad June 3, 2007. "
                   "REUTERS/Jane Roe (SOCCER)")[0] == "REUTERS/Jane Roe (SOCCER)"


def test_plural_photos_label_before_the_credit():
    assert _credit("Shepherds lead their flock across the plain near Erbil on March 2, 2024. "
                   "Photos: John Doe/Metrography") == (
        "John Doe/Metrography", ["John Doe"], "Metrography", None)
    # false case: "photos" inside the sentence, with no colon, is no label
    assert _credit("Visitors take photos of the river near Erbil on March 2, 2024.")[0] is None

"""People shown in forms met on fresh published captions: each rule with a caption it reads
and one it leaves alone, in our own wording."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # a lone name, its home after "of", then a position cue: the name is in the picture
    (("Wrestler (second rank) Tavo of Ruritania (L) bows to his rival Kenzo Ito in Osaka, "
     "Japan, May 2, 2024. REUTERS/Tom Hale"), ["Tavo", "Kenzo Ito"]),
    ("Tavo of Ruritania wins in Osaka, Japan, May 2, 2024. REUTERS/Tom Hale", []),
    # a lone name opening the caption, set off by a description whose last word is a role
    (("Marisol, a retired nurse, waters tomatoes in her garden in Sevilla, Spain, May 2, 2024. "
     "REUTERS/Tom Hale"), ["Marisol"]),
    (("Tarnow, a quiet market town, wakes up under snow in Poland, Jan. 2, 2024. "
     "REUTERS/Tom Hale"), []),
    # a court's role is a title
    ("Defendant Karl Weiss sits in court in Bonn, Germany, May 2, 2024. REUTERS/Tom Hale",
     ["Karl Weiss"]),
    ("A defendant waits in court in Bonn, Germany, May 2, 2024. REUTERS/Tom Hale", []),
    # "sous", "bajo": the leader of a past time, not one in the picture
    (("Jean Roux, ancien ministre sous Paul Marchal, arrive à Lyon le 2 mai 2024. "
     "(Photo Ana ROY / AFP)"), ["Jean Roux"]),
    ("Jean Roux arrive avec Paul Marchal à Lyon le 2 mai 2024. (Photo Ana ROY / AFP)",
     ["Jean Roux", "Paul Marchal"]),
    # the source of a report is quoted, not shown
    ("Laut Veranstalterin Lena Berg kamen tausende Menschen nach Bonn. Foto: Karl Weiss/dpa",
     []),
    ("Thousands march through Oslo with organiser Lena Berg on May 2, 2024. REUTERS/Tom Hale",
     ["Lena Berg"]),
    # German: the phrase after "in" ends at its noun; the verb's subject is the name after it
    ("Im Regen kam Prinzessin Anna zum Derby. © dpa", ["Prinzessin Anna"]),
    ("Trauer in Bonn um Altkanzler Jan Roth. © dpa", []),
    # a question opening the caption is a teaser: the next sentence names the people shown
    (("Who needs an umbrella on a day like this one? Lena Berg walks through the rain in Oslo, "
     "Norway, May 2, 2024. REUTERS/Tom Hale"), ["Lena Berg"]),
    (("Rain falls over the harbour of Bergen as the ferries wait to leave port. Lena Berg "
     "walks past. REUTERS/Tom Hale"), []),
    # a title in straight single quotes names no one; an owner's apostrophe opens no quote
    (("Lena Berg attends the 'Mara Lind (The Return)' screening in Cannes, France, May 2, "
     "2024. REUTERS/Tom Hale"), ["Lena Berg"]),
    (("Karl Weiss talks with the players' coach Lena Berg before the 'Harbour Cup' final in "
     "Oslo, Norway, May 2, 2024. REUTERS/Tom Hale"), ["Karl Weiss", "Lena Berg"]),
    # the words before an acronym in parentheses spell it: a body or a programme
    (("A handout picture by the Marine Ocean Colour Imaging and Mapping Array (MOCIMA) shows "
     "algae off Perth, Australia, May 2, 2024. EPA-EFE/HANDOUT"), []),
    ("Lena Berg (NOR) skis in Oslo, Norway, May 2, 2024. REUTERS/Tom Hale", ["Lena Berg"]),
    # "its" refers back to the subject: an animal or a thing, not a person
    (("Bella Mae runs through the snow in its garden in Bern, Switzerland, Jan. 5, 2024. "
     "REUTERS/Tom Hale"), []),
    (("Bella Mae runs through the snow in her garden in Bern, Switzerland, Jan. 5, 2024. "
     "REUTERS/Tom Hale"), ["Bella Mae"]),
    # German puts the participle first: the people it is accompanied by are in the picture
    (("Kanzlerin Jana Roth (M.) stellt am 3. Mai 2024 in Berlin den Plan vor. Begleitet wird "
     "sie von Finanzminister Karl Weiss."), ["Jana Roth", "Karl Weiss"]),
    (("Kanzlerin Jana Roth (M.) stellt am 3. Mai 2024 in Berlin den Plan vor. Kritisiert wird "
     "sie von Finanzminister Karl Weiss."), ["Jana Roth"]),
]


@pytest.mark.parametrize("text,people", CASES)
def test_people_shown_fresh_forms(text, people):
    assert parse_caption(text).get("persons_shown") == people


def test_spelled_out_needs_the_acronyms_last_letters():
    from media_manager.captions.not_a_person import _spelled_out

    text = "the Ocean Colour Imaging Array (OCIA) and Lena Berg (LBX) and Jane Roe (JRS)"
    assert _spelled_out(text, text.index("Ocean")) is True
    assert _spelled_out(text, text.index("Imaging")) is True  # "IA" ends "OCIA"
    assert _spelled_out(text, text.index("Lena")) is False  # "LB" does not end "LBX"

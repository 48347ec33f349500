"""Credit forms found on the odd half of the fresh real-caption set (issue 12;
``benchmarks/data/real_captions_fresh.jsonl``, ids f001, f003, ...): each rule with a case it
applies to and one it must leave alone. Every caption here is written for this test in an
outlet's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit, people


def handout(text: str) -> bool:
    return bool(parse_caption(text).get("is_handout"))


# --- the credit's words -----------------------------------------------------------------------

def test_files_after_a_wire_photographer_marks_a_file_picture():
    parsed = parse_caption("Farmers plant rice near Patna on June 2, 2019. REUTERS/Mara Bell/Files")
    assert (parsed.get("creator"), parsed.get("is_file_photo")) == (["Mara Bell"], True)
    # false case: a photographer whose name ends in the word keeps it
    parsed = parse_caption("Farmers plant rice near Patna on June 2, 2019. REUTERS/Jo Files")
    assert (parsed.get("creator"), parsed.get("is_file_photo")) == (["Jo Files"], False)


def test_newspaper_staff_credits_name_the_newspaper():
    text = "Skaters glide across the frozen pond in Concord. (Mara Bell/Globe Staff)"
    assert credit(text) == ("Mara Bell/Globe Staff", ["Mara Bell"], "The Boston Globe")
    # false case: "Staff" alone names no newspaper
    text = "Skaters glide across the frozen pond in Concord. (Mara Bell/Staff)"
    assert credit(text) == ("Mara Bell/Staff", ["Mara Bell"], None)


def test_shimbun_after_a_known_paper_is_the_paper_not_a_photographer():
    parsed = parse_caption("Waves break over the sea wall in Kamaishi. (Mainichi Shimbun/Reuters)")
    assert (parsed.get("creator"), parsed.get("source"), parsed.get("provider")) == (
        [], "Reuters", "Mainichi Shimbun")
    # false case: after a name the table does not know, the words stay a photographer's name
    parsed = parse_caption("Waves break over the sea wall in Kamaishi. (Taro Shimbun/Reuters)")
    assert (parsed.get("creator"), parsed.get("provider")) == (["Taro Shimbun"], None)


def test_argentine_agency_alone_in_parentheses():
    assert credit("La ministra Ana Roe en Rosario (Télam)") == ("Télam", [], "Telam")
    # false case: a place in parentheses is no credit
    assert credit("La ministra Ana Roe en Rosario (Rosario)")[0] is None


def test_source_label_before_a_site_and_its_photographer():
    text = "Pilgrims walk to the temple at dawn. (Source: Lagosnews.com/Mara Bell)"
    assert credit(text) == ("Lagosnews.com/Mara Bell", ["Mara Bell"], "Lagosnews.com")
    # false case: "Source" with no colon is part of a name
    text = "Pilgrims walk to the temple at dawn. (Source Records/Mara Bell)"
    assert credit(text) == ("Source Records/Mara Bell", ["Mara Bell"], "Source Records")


def test_a_news_site_with_its_photographer_is_no_handout():
    assert not handout("Rescuers pull a boat ashore. (Lagosnews.com/Mara Bell)")
    # false case: a campaign's own site with a name is still the campaign's handout
    assert handout("Rescuers pull a boat ashore. (Mara Bell/Sea-Watch.org)")


def test_photo_by_with_a_colon_before_a_service_and_a_ranked_photographer():
    text = "Troops cross a ford at dawn. (Photo by: U.S. Army Sgt. 1st Class Mara Bell)"
    assert credit(text) == ("Photo by: U.S. Army Sgt. 1st Class Mara Bell", ["Mara Bell"],
                            "U.S. Army")
    # false case: a unit with a number and no rank is no photographer
    text = "Troops cross a ford at dawn. (Photo by: U.S. Army 1st Cavalry Division)"
    assert credit(text)[1] == []


def test_reproduction_after_a_photographer_is_his_picture_copied():
    parsed = parse_caption("O presidente discursa no Planalto em 1985 (Mara Bell/Reprodução)")
    assert (parsed.get("creator"), parsed.get("source"), parsed.get("is_handout")) == (
        ["Mara Bell"], None, False)
    # false case: a reproduction from a social network with no photographer is a handout
    assert handout("O presidente discursa no Planalto em 1985 (Reprodução/Instagram)")


def test_credit_printed_twice_in_a_row_is_one_credit():
    text = "Floods cover the square in Larissa, Greece, 3 May 2021. EPA-EFE/MARA BELL EPA-EFE/MARA BELL"
    assert credit(text) == ("EPA-EFE/MARA BELL", ["Mara Bell"], "EPA")
    # false case: two different credits are not one printed twice
    text = "Floods cover the square in Larissa, Greece, 3 May 2021. EPA-EFE/MARA BELL EPA-EFE/RITA HALE"
    assert credit(text)[0] == "EPA-EFE/MARA BELL EPA-EFE/RITA HALE"


def test_an_agencys_own_lower_case_words_do_not_make_the_credit_a_sentence():
    text = ("Students march past the town hall in Kiel on May 3. Mara Bell/picture alliance via "
            "Getty Images")
    assert credit(text) == ("Mara Bell/picture alliance via Getty Images", ["Mara Bell"],
                            "Getty Images")
    # false case: other lower-case words still make the last sentence a sentence
    text = ("Students march past the town hall in Kiel on May 3. Mara Bell/picture alliance sold "
            "the prints via Getty Images")
    assert credit(text)[0] is None


# --- where the credit is -----------------------------------------------------------------------

def test_page_links_after_the_credit_are_no_part_of_it():
    text = "Delegates arrive at the hall in Beijing. [Mara Bell/Xinhua] |\nGo to Forum >>0 Comments"
    assert credit(text) == ("Mara Bell/Xinhua", ["Mara Bell"], "Xinhua")
    assert credit("Delegates arrive at the hall. [Mara Bell/Xinhua]\n12 comments")[0] == (
        "Mara Bell/Xinhua")
    # false case: a last line with no link or count of comments is the credit itself
    assert credit("Delegates arrive at the hall in Beijing.\nMara Bell/Xinhua") == (
        "Mara Bell/Xinhua", ["Mara Bell"], "Xinhua")


def test_name_comma_newspaper_on_the_first_line():
    text = "Mara Bell, The Denver Post\nA cyclist rides past the capitol in Denver on May 3, 2019."
    assert credit(text) == ("Mara Bell, The Denver Post", ["Mara Bell"], "The Denver Post")
    # false case: a first line in words of a sentence is the caption's
    text = ("Mara Bell, the Denver Post reported\nA cyclist rides past the capitol in Denver on "
            "May 3, 2019.")
    assert credit(text)[0] is None


def test_name_comma_newspaper_run_into_the_caption():
    text = ("Mara Bell, The Denver PostRita Hale waves to fans as she rides past the capitol in "
            "Denver on May 3, 2019.")
    assert credit(text) == ("Mara Bell, The Denver Post", ["Mara Bell"], "The Denver Post")
    assert people(text) == ["Rita Hale"]
    # false case: a capital run onto a word that is no agency ("McDonald") starts no caption
    text = ("Mara Bell, McDonald chef, waves to fans as he rides past the capitol in Denver on "
            "May 3, 2019.")
    assert credit(text)[0] is None


def test_credit_run_onto_a_closing_quotation_mark():
    text = "The actor Ian Roe arrives at the premiere of ‘The Long Night’Mara Bell/The Associated Press"
    assert credit(text) == ("Mara Bell/The Associated Press", ["Mara Bell"], "AP")
    # false case: after the quotation mark, a chain the agency table does not end is no credit
    text = "The actor Ian Roe arrives at the premiere of ‘The Long Night’Mara Bell/Lagos Stories"
    assert credit(text)[0] is None

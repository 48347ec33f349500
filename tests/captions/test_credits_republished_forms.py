"""Credit forms of Irish, American and government republishers, pools and file credits
(issue 12, the ``w`` records): each rule with a caption written here and a case it must not
take."""

from __future__ import annotations

from media_manager.captions import parse_caption


def test_file_photograph_label_gives_the_credit_and_a_file_picture():
    parsed = parse_caption("The minister arrives at Leinster House in Dublin. "
                           "File photograph: Jane Roe/The Irish Times")
    assert parsed.get("credit_line") == "Jane Roe/The Irish Times"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("is_file_photo") is True


def test_photograph_label_alone_is_no_file_picture():
    parsed = parse_caption("The minister arrives at Leinster House in Dublin. "
                           "Photograph: Jane Roe/The Irish Times")
    assert parsed.get("credit_line") == "Jane Roe/The Irish Times"
    assert parsed.get("is_file_photo") is False


def test_rights_line_after_the_credit_is_left_out():
    parsed = parse_caption("The secretary meets students at the Department of State in "
                           "Washington, D.C. on March 3, 2014. [State Department photo/ Public "
                           "Domain]")
    assert parsed.get("credit_line") == "State Department photo"
    assert parsed.get("creator") == []
    assert parsed.get("source") == "U.S. Department of State"
    assert parsed.get("is_handout") is True


def test_credit_without_rights_line_keeps_its_end():
    parsed = parse_caption("A ferry leaves the port of Piraeus, Greece, May 2, 2024. "
                           "REUTERS/Jane Roe")
    assert parsed.get("credit_line") == "REUTERS/Jane Roe"


def test_credit_label_inside_parentheses_is_left_out():
    parsed = parse_caption("Le coureur belge attaque dans la montée finale. (Crédit : AFP)")
    assert parsed.get("credit_line") == "AFP"
    assert parsed.get("provider") is None


def test_agency_in_parentheses_without_label_is_unchanged():
    parsed = parse_caption("Le coureur belge attaque dans la montée finale. (AFP)")
    assert parsed.get("credit_line") == "AFP"


def test_un_photo_and_downing_street_are_official_photographs():
    un = parse_caption("The Secretary-General speaks at a conference in New York on May 4. "
                       "JANE ROE/UN PHOTO")
    assert un.get("source") == "UN Photo" and un.get("is_handout") is True
    no10 = parse_caption("The prime minister chairs a meeting in London on 2 May 2021. "
                         "Photograph: John Doe/No 10 Downing Street")
    assert no10.get("source") == "No 10 Downing Street" and no10.get("is_handout") is True


def test_irish_news_agency_website_is_no_handout():
    parsed = parse_caption("Party leaders meet the media at a hotel in Dublin\n"
                           "JANE ROE/ROLLINGNEWS.IE")
    assert parsed.get("source") == "RollingNews.ie"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("is_handout") is False


def test_agency_file_credit_at_the_end_is_a_file_picture():
    parsed = parse_caption("Two sprinters train at the stadium in Helsinki, Finland, on July 20, "
                           "1952. Associated Press File")
    assert parsed.get("credit_line") == "Associated Press File"
    assert parsed.get("source") == "AP"
    assert parsed.get("is_file_photo") is True


def test_agency_credit_at_the_end_without_file_word_is_no_file_picture():
    parsed = parse_caption("Two sprinters train at the stadium in Helsinki, Finland, on July 20, "
                           "2024. Associated Press")
    assert parsed.get("source") == "AP"
    assert parsed.get("is_file_photo") is False


def test_credit_after_a_dotted_state_abbreviation():
    parsed = parse_caption("A candidate speaks at a rally on May 2, 2016, in Albany, N.Y. "
                           "Jane Roe/AP hide caption")
    assert parsed.get("credit_line") == "Jane Roe/AP"
    assert parsed.get("creator") == ["Jane Roe"]


def test_dotted_state_abbreviation_before_a_sentence_is_no_credit():
    parsed = parse_caption("A candidate speaks at a rally in Albany, N.Y. Supporters wave flags "
                           "outside. (AP Photo/Jane Roe)")
    assert parsed.get("credit_line") == "AP Photo/Jane Roe"


def test_pool_before_a_rights_line_stays_in_the_credit():
    parsed = parse_caption("The president lays a wreath in Paris, France, 11 November 2020. "
                           "EPA-EFE/Jane Roe / POOL MAXPPP OUT")
    assert parsed.get("credit_line") == "EPA-EFE/Jane Roe / POOL"
    assert parsed.get("is_pool") is True


def test_rights_line_alone_is_left_out():
    parsed = parse_caption("The president lays a wreath in Paris, France, 11 November 2020. "
                           "EPA-EFE/Jane Roe MAXPPP OUT")
    assert parsed.get("credit_line") == "EPA-EFE/Jane Roe"
    assert parsed.get("is_pool") is False


def test_a_bodys_pool_in_a_chain_is_a_pool_not_the_provider():
    parsed = parse_caption("The president chairs a meeting in Moscow, Russia, 3 May 2021. "
                           "EPA-EFE/JOHN DOE / SPUTNIK / KREMLIN POOL")
    assert parsed.get("is_pool") is True
    assert parsed.get("provider").casefold() == "sputnik"
    assert parsed.get("creator") == ["John Doe"]


def test_a_chain_without_pool_is_no_pool():
    parsed = parse_caption("The president chairs a meeting in Moscow, Russia, 3 May 2021. "
                           "EPA-EFE/JOHN DOE / SPUTNIK")
    assert parsed.get("is_pool") is False


def test_site_credit_after_the_agency_credit_is_the_final_one():
    parsed = parse_caption("The candidates stand in the studio in Cologne, Sunday, May 5, 2024. "
                           "(Jane Roe/Pool via AP, File) Jane Roe/AP")
    assert parsed.get("credit_line") == "Jane Roe/AP"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("is_pool") is True
    assert parsed.get("is_file_photo") is True


def test_sentence_after_the_agency_credit_is_no_site_credit():
    parsed = parse_caption("The candidates stand in the studio in Cologne, Sunday, May 5, 2024. "
                           "(AP Photo/Jane Roe) More photos follow")
    assert parsed.get("credit_line") == "AP Photo/Jane Roe"
    assert parsed.get("is_pool") is False


def test_file_in_parentheses_opening_the_caption_is_a_file_picture():
    parsed = parse_caption("(FILE) – The former minister speaks during a ceremony in Beirut, "
                           "Lebanon, 14 March 2019 EPA-EFE/JANE ROE")
    assert parsed.get("is_file_photo") is True


def test_file_word_inside_the_sentence_in_parentheses_is_no_file_picture():
    parsed = parse_caption("The minister opens a (FILE) archive exhibition in Beirut, Lebanon, "
                           "14 March 2019 EPA-EFE/JANE ROE")
    assert parsed.get("is_file_photo") is False


def test_credit_glued_to_the_last_stop_with_a_slash():
    parsed = parse_caption("The prime minister arrives at the airport in Cebu to attend the "
                           "regional Summit./ AFP / Jane Roe/")
    assert parsed.get("credit_line") == "AFP / Jane Roe"
    assert parsed.get("creator") == ["Jane Roe"]


def test_slash_inside_a_sentence_is_no_credit_break():
    parsed = parse_caption("Fans cheer the 3-1 win in Cebu on May 2, 2024. AFP/Jane Roe")
    assert parsed.get("credit_line") == "AFP/Jane Roe"


def test_pic_by_label_names_the_photographer():
    parsed = parse_caption("A general view of the stadium ahead of the match. "
                           "(Pic by Jane Roe/Propaganda)")
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "Propaganda"


def test_copyright_sign_line_above_the_caption_names_the_agency():
    parsed = parse_caption("© apa\nJohn Doe (Ferrari) im Duell mit Jack Roe (Renault).")
    assert parsed.get("credit_line") == "apa"
    assert parsed.get("source") == "APA"


def test_indonesian_apa_in_a_sentence_is_no_agency():
    parsed = parse_caption("Warga bertanya apa yang terjadi di Bandung, Jawa Barat. "
                           "ANTARA FOTO/Jane Roe")
    assert parsed.get("credit_line") == "ANTARA FOTO/Jane Roe"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") != "APA"


def test_a_name_in_capitals_on_the_last_line_is_the_credit():
    parsed = parse_caption("The minister feeds a giraffe at the wildlife park in Co Cork\n"
                           "JANE ROE")
    assert parsed.get("credit_line") == "JANE ROE"
    assert parsed.get("creator") == ["Jane Roe"]


def test_a_place_in_capitals_on_the_last_line_is_no_credit():
    parsed = parse_caption("The minister feeds a giraffe at the wildlife park\nNEW YORK")
    assert parsed.get("credit_line") is None


def test_photo_label_line_above_the_caption_names_photographer_and_agency():
    parsed = parse_caption("PHOTO JANE ROE, REUTERS\n\nLe coureur boit une gorgée d’eau avant "
                           "le départ ce matin.")
    assert parsed.get("credit_line") == "JANE ROE, REUTERS"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "Reuters"


def test_a_shouted_headline_above_the_caption_is_no_credit():
    parsed = parse_caption("PHOTO FINISH IN PARIS, FRANCE\n\nLe coureur gagne au sprint ce "
                           "matin. REUTERS/Jane Roe")
    assert parsed.get("credit_line") == "REUTERS/Jane Roe"

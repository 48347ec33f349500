"""General wire conventions (issue 12): each rule with a case it applies to and one it must
leave alone. Every caption here is written for this test in an agency's style."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption
from media_manager.captions.people import strip_title
from media_manager.captions.tables import credit_table
from tests.captions.parsed import people

# --- credits -------------------------------------------------------------------------------

def test_reuters_keyword_tag_after_the_credit_is_not_part_of_it():
    text = ("Firefighters work at a warehouse in Lyon, France, May 2, 2013. "
            "REUTERS/Anne Moreau (FRANCE - Tags: DISASTER)")
    assert parse_caption(text).get("credit_line") == "REUTERS/Anne Moreau"
    # false case: a parenthesis without "Tags:" is still read as the credit
    plain = "Firefighters work at a warehouse in Lyon, France, May 2, 2013. (Reuters/Anne Moreau)"
    assert parse_caption(plain).get("credit_line") == "Reuters/Anne Moreau"


def test_dpa_bildfunk_tail_is_boilerplate():
    text = ("Ein Zug steht am 03.04.2019 in Kassel (Hessen) am Bahnhof. "
            "Foto: Jana Beck/dpa +++(c) dpa - Bildfunk+++ | Verwendung weltweit")
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "Jana Beck/dpa"
    assert parsed.get("source") == "dpa"
    assert parse_caption("Ein Zug steht in Kassel. Foto: Jana Beck/dpa").get("source") == "dpa"


def test_dvids_metadata_lines_after_the_credit_are_left_out():
    text = ("Soldiers cross a river during an exercise near Tapa, Estonia, May 4, 2022. "
            "(U.S. Army photo by Spc. Lee Ortiz)\n\nDate Taken: 05.04.2022 Location: TAPA, EE")
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "U.S. Army photo by Spc. Lee Ortiz"
    assert parsed.get("creator") == ["Lee Ortiz"]
    assert parsed.get("source") == "U.S. Army"


def test_government_photos_by_plural_and_all_caps_rank():
    text = ("Soldiers train at Fort Hood, Texas, Feb. 3, 2024. "
            "(U.S. Army photos by PFC Dana Kerr)")
    parsed = parse_caption(text)
    assert parsed.get("creator") == ["Dana Kerr"]
    assert parsed.get("source") == "U.S. Army"


def test_image_copyright_tail_names_the_credit():
    text = "Miners sort ore in Kasese, Uganda. Image copyright PA"
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "PA"
    assert parsed.get("source") == "PA"
    # false case: "copyright" inside the caption's own sentence is not a credit
    own = "A lawyer talks about copyright law in Kasese, Uganda."
    assert parse_caption(own).get("credit_line") is None


def test_en_dash_between_photographer_and_organisation():
    text = ("Players pose at the awards in London, England. "
            "(Photo by Sam Reed – FIFA/FIFA via Getty Images)")
    parsed = parse_caption(text)
    assert parsed.get("creator") == ["Sam Reed"]
    assert parsed.get("source") == "Getty Images"


def test_middle_initial_does_not_end_the_credit_sentence():
    text = "12. Jo Bell - QB, Dallas (1990-1999). MARY K. STONE, Associated Press"
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "MARY K. STONE, Associated Press"
    assert parsed.get("creator") == ["Mary K. Stone"]


def test_demonym_like_first_name_in_the_photographer_slot_is_kept():
    text = "A crowd gathers in Mumbai, India, April 2, 2021. REUTERS/Danish Rao"
    assert parse_caption(text).get("creator") == ["Danish Rao"]
    # false case: in a person's name a demonym before a full name is still a title
    assert strip_title("Danish Prime Minister Lene Holm") == "Lene Holm"


@pytest.mark.parametrize("printed,agency", [
    ("DHA Photo", "DHA"), ("Alamy Stock Photo", "Alamy"), ("Archivo EFE", "EFE"),
    ("PRESS ASSOCIATION", "PA"),
])
def test_agency_with_a_picture_or_archive_word_is_the_agency(printed, agency):
    assert credit_table().agency(printed) == agency


@pytest.mark.parametrize("printed", ["Photo", "Stock Photo", "Jane Photo Roe", "Archivo"])
def test_picture_words_alone_are_no_agency(printed):
    assert credit_table().agency(printed) is None


def test_agency_photo_in_parentheses_is_the_credit_not_a_photographer():
    parsed = parse_caption("A child plays the violin in Van, Turkey, May 4, 2021.\n\n(DHA Photo)")
    assert parsed.get("source") == "DHA"
    assert parsed.get("creator") == []


# --- people shown --------------------------------------------------------------------------

def test_team_with_plural_possessive_is_not_a_person():
    text = ("Denver Broncos' Sam Ito runs past a defender in Denver, Sunday, Oct. 1, 2023. "
            "(AP Photo/Al Bee)")
    assert people(text) == ["Sam Ito"]


def test_present_passive_agent_is_shown_but_a_maker_is_not():
    shown = ("Sam Ito is hugged by Lea Marsh while being interviewed by Dana Moss in Denver, "
             "Sunday, Oct. 1, 2023. (AP Photo/Al Bee)")
    assert people(shown) == ["Sam Ito", "Lea Marsh", "Dana Moss"]
    made = ("A model wears a dress designed by Lea Marsh in Paris, France, Oct. 1, 2023. "
            "(AP Photo/Al Bee)")
    assert people(made) == []


def test_played_by_names_the_actor_not_the_character():
    text = ("King Arvid, played by Tom Quill, waves during a pageant in Bath, England, "
            "May 3, 2019. REUTERS/Ann Lee")
    assert people(text) == ["Tom Quill"]
    # false case: without "played by" the name is the person
    assert people("Tom Quill waves during a pageant in Bath, England, May 3, 2019. "
                  "REUTERS/Ann Lee") == ["Tom Quill"]


def test_interaction_verb_before_to_keeps_the_person():
    text = ("A cyclist gestures to Mayor Ben Hart as he rides in London, England, "
            "May 3, 2015. (Photo by Ann Lee/PA Wire)")
    assert people(text) == ["Ben Hart"]
    # false case: a tribute to someone does not show them
    assert people("Mourners pay tribute to Ben Hart in London, England, May 3, 2015. "
                  "(Photo by Ann Lee/PA Wire)") == []


def test_the_late_and_born_names_are_not_shown():
    late = ("Rosa Vale stands at the grave of her son, the country's late President Tomas Vale, "
            "in Lima, Peru, May 3, 2015. (AP Photo/Al Bee)")
    assert people(late) == ["Rosa Vale"]
    born = ("Actress Lulu (born Mary Ann Hobbs, 1930-2001) poses in London on June 2, 1956. "
            "(Photo by ANL/Shutterstock)")
    assert "Mary Ann Hobbs" not in people(born)


def test_position_cue_wins_over_a_mention_word():
    text = ("Jury members of the Lantern Awards Wu Fen (3rd L) and Lin Hao (2nd R) pose in "
            "Beijing, capital of China, April 2, 2023. (Xinhua/Li Ming)")
    assert people(text) == ["Wu Fen", "Lin Hao"]
    # false case: without a cue the name after "of" is only mentioned
    assert people("Fans hold a poster of Wu Fen in Beijing, capital of China, April 2, 2023. "
                  "(Xinhua/Li Ming)") == []


@pytest.mark.parametrize("cue", ["(7)", "(c,d)", "(1st L)"])
def test_shirt_numbers_and_combined_cues(cue):
    text = f"Forward Ana Ruiz {cue} runs during a match in Madrid, Spain, May 3, 2020. EFE/Al Bee"
    assert people(text) == ["Ana Ruiz"]


def test_title_phrase_before_a_comma_is_not_a_person():
    text = ("Deputy Assistant Secretary, Mark Dale, speaks before Chilean Vice President and "
            "Foreign Minister, Rosa Ortiz, signs an accord in Washington, May 10, 2022. "
            "(NASA/Bill Ingalls)")
    assert people(text) == ["Mark Dale", "Rosa Ortiz"]


def test_compass_region_is_not_a_person_but_a_compass_demonym_title_is_stripped():
    region = ("Children play in Kutum town, North Darfur, March 2, 2014. "
              "REUTERS/Ali Omar")
    assert people(region) == []
    leader = ("South Korean President Kim Min-jun speaks in Seoul on Aug. 2, 2023. (Yonhap)")
    assert people(leader) == ["Kim Min-jun"]


def test_demonym_and_role_noun_after_a_run_is_a_modifier():
    text = ("Ana Ruiz, a Rohingya Muslim woman, waits near Teknaf, Bangladesh, "
            "Monday, Oct. 16, 2017. (AP Photo/Al Bee)")
    assert people(text) == ["Ana Ruiz"]


def test_rally_and_outfit_after_a_run_name_things():
    text = ("Police move protesters after a Fair Pay Now rally in Sydney, Australia, 06 June "
            "2020. (Photo by Al Bee/EPA/EFE)")
    assert people(text) == []
    outfit = ("A man dressed in a Father Christmas outfit rides a bike in Batroun on "
              "December 22, 2020. (Photo by Al Bee/AFP)")
    assert people(outfit) == []


def test_lone_name_after_a_hyphenated_occupation():
    text = ("Canadian singer-songwriter Nalia performs at the Arena in London, England, "
            "October 14, 2023. (Photo by Al Bee/WireImage)")
    assert people(text) == ["Nalia"]


def test_secretary_of_state_title_keeps_the_name():
    text = ("The president meets with Secretary of State Ann Price in the Oval Office, "
            "Oct. 8, 2009. (Official White House Photo by Al Bee)")
    assert people(text) == ["Ann Price"]


def test_organisation_run_into_a_member_name_and_one_name_with_du():
    assert people("Rector of Sorbonne University Marc Aubert (C) speaks in Paris, France, "
                  "May 2, 2023. (Photo by Al Bee / AFP)") == ["Marc Aubert"]
    assert people("Members of the Comite du Salut Public march in Paris, France, "
                  "May 2, 2023. (Photo by Al Bee / AFP)") == []


# --- places --------------------------------------------------------------------------------

def place(text: str) -> list:
    parsed = parse_caption(text)
    return [parsed.get(k) for k in ("sublocation", "city", "province_state", "country",
                                    "country_made")]


def test_country_after_its_article_in_a_xinhua_chain():
    text = ("People walk on a pier in Norfolk, Virginia, the United States, on Aug. 2, 2019. "
            "(Xinhua/Li Ming)")
    assert place(text)[1:] == ["Norfolk", "Virginia", "United States", "United States"]
    # false case: "the French capital" after a comma is no part of the place (its demonym
    # still prints the country, as SOURCES.md counts a demonym)
    assert place("People walk in Paris, the French capital, on Aug. 2, 2019. "
                 "(Xinhua/Li Ming)")[1:] == ["Paris", None, "France", "France"]


def test_lowercase_feature_word_makes_a_venue_and_the_country_follows_a_direction():
    text = ("A man walks on a line in Moleson peak, western Switzerland on May 5, 2017. "
            "(Photo by Al Bee / AFP)")
    assert place(text) == ["Moleson peak", None, None, "Switzerland", "Switzerland"]


def test_venue_before_the_city_with_a_getty_date_between():
    text = ("A singer performs at The Northgate Arena on October 4, 2023 in Manchester, England. "
            "(Photo by Al Bee/Getty Images)")
    assert place(text)[:2] == ["The Northgate Arena", "Manchester"]
    # false case: an event before the city is no venue
    event = ("A model walks during a show at London Fashion Week, in London, Britain "
             "February 9, 2018. REUTERS/Al Bee")
    assert place(event)[:2] == [None, "London"]


def test_lowercase_description_after_a_venue_needs_a_venue_word():
    zoo = "A keeper feeds a cub at Lindenhof zoo in Brugelette, Belgium, Aug. 2, 2019. (Xinhua/Li Ming)"
    assert place(zoo)[:2] == ["Lindenhof zoo", "Brugelette"]
    talk = ("A keeper talks at Lindenhof about cubs in Brugelette, Belgium, Aug. 2, 2019. "
            "(Xinhua/Li Ming)")
    assert place(talk)[0] is None


def test_nationality_after_a_name_is_not_the_place():
    text = ("Sam Reed of Australia lies in the snow during the Winter Games, March 2, 2018. "
            "REUTERS/Al Bee")
    assert place(text)[3] is None
    # false case: "of" a country without a name before it still counts
    assert place("A view of Australia's coast near Perth, Australia, March 2, 2018. "
                 "REUTERS/Al Bee")[3] == "Australia"


def test_greek_island_of_names_the_country():
    text = "A dinghy drifts off the Greek island of Leros, August 1, 2015. REUTERS/Al Bee"
    assert place(text)[1:] == ["Leros", None, "Greece", "Greece"]


def test_capitalised_state_suffix_is_a_region():
    text = "Villagers gather in Brazil's Para State, near the river, March 2, 2014. REUTERS/Al Bee"
    assert place(text)[1:] == [None, "Para", "Brazil", "Brazil"]


def test_georgia_is_the_us_state_unless_a_georgian_city_comes_first():
    us = "Soldiers train at Fort Gordon, Georgia, Nov. 9, 2018. (U.S. Army photo by Sgt. Al Bee)"
    assert place(us)[1:] == ["Fort Gordon", "Georgia", None, "United States"]
    ge = "People walk in Batumi, Georgia, Nov. 9, 2018. REUTERS/Al Bee"
    assert place(ge)[1:] == ["Batumi", None, "Georgia", "Georgia"]


def test_washington_dc_without_a_comma():
    text = "Officials sign an accord at NASA Headquarters in Washington DC. (NASA/Al Bee)"
    assert place(text)[:3] == ["NASA Headquarters", "Washington", "District of Columbia"]


def test_usa_today_semicolon_template():
    text = ("Oct 7, 2017; Athens, GA, USA; Georgia Bulldogs running back Sam Reed (4) runs "
            "at Sanford Stadium. Mandatory Credit: Al Bee-USA TODAY Sports")
    parsed = parse_caption(text)
    assert place(text)[1:] == ["Athens", "Georgia", "USA", "United States"]
    assert parsed.get("persons_shown") == ["Sam Reed"]
    assert parsed.get("date_created") == "2017-10-07"
    # false case: a postal code that is an agency too stays the agency in a credit
    credit = parse_caption("Fans meet in Leeds, England, Oct 7, 2017. (Photo by Al Bee/PA)")
    assert credit.get("source") == "PA"
    assert credit.get("province_state") == "England"


def test_efe_dateline_with_picture_code():
    text = ("GRAF1234. SEVILLA, 02/05/2020.- El alcalde Juan Ruiz (c) visita una feria este "
            "viernes. EFE/Al Bee")
    parsed = parse_caption(text)
    assert parsed.get("city") == "Sevilla"
    assert parsed.get("country_made") == "Spain"
    assert parsed.get("date_created") == "2020-05-02"
    assert parsed.get("persons_shown") == ["Juan Ruiz"]


def test_known_venue_without_a_place_phrase_gives_the_country_inferred():
    parsed = parse_caption("The White House is lit in blue on Thursday. Al Bee/Getty Images")
    assert parsed.get("country_made") == "United States"
    assert parsed.get("country_made_inferred") is True
    assert parse_caption("The house is lit in blue on Thursday. Al Bee/Getty Images").get(
        "country_made") is None


def test_geographic_feature_after_a_name_is_not_a_city():
    text = ("Tribesmen look up in the Amazon basin near the river in Brazil's Acre State, "
            "March 5, 2014. REUTERS/Al Bee")
    assert place(text)[1:] == [None, "Acre", "Brazil", "Brazil"]


# --- dates ---------------------------------------------------------------------------------

def test_archive_date_after_the_credit():
    text = ("Actors rehearse a scene at the Garrick Theatre, London. "
            "(Photo by Al Bee/Getty Images). 12th March 1938")
    assert parse_caption(text).get("date_created") == "1938-03-12"
    # false case: a date inside the caption wins over anything after the credit
    both = ("Actors rehearse in London, 2 May 1938. (Photo by Al Bee/Getty Images). "
            "12th March 1938")
    assert parse_caption(both).get("date_created") == "1938-05-02"


def test_archive_month_after_the_credit_stays_partial():
    text = "A crowd watches a parade in Leeds. (Photo by Al Bee/Getty Images). June 1931"
    assert parse_caption(text).get("date_created") == "1931-06"


def test_xinhua_transmission_lead_date_is_not_the_photo_date():
    text = ("(230512) -- BEIJING, May 12, 2023 (Xinhua) -- Dancers perform in Osaka, Japan, "
            "May 11, 2023. (Xinhua/Li Ming)")
    parsed = parse_caption(text)
    assert parsed.get("date_created") == "2023-05-11"
    assert parsed.get("city") == "Osaka"
    # false case: with no other date the lead's date is the only one and is kept
    alone = "(230512) -- BEIJING, May 12, 2023 (Xinhua) -- Dancers perform. (Xinhua/Li Ming)"
    assert parse_caption(alone).get("date_created") == "2023-05-12"


# --- other languages -----------------------------------------------------------------------

def test_credit_label_is_not_part_of_the_place():
    text = "Visita do presidente aguardada por cidadãos em Lisboa Foto: Ana Reis/DW"
    parsed = parse_caption(text)
    assert parsed.get("city") == "Lisboa"
    assert parsed.get("country_made") == "Portugal"
    assert parsed.get("credit_line") == "Ana Reis/DW"


def test_native_city_names_from_the_desk_table():
    assert parse_caption("Turistas passeiam em Venezia Foto: Ana Reis/DW").get(
        "country_made") == "Italy"


def test_particle_inside_a_name_is_no_preposition():
    text = "Palomas junto a la fuente de la Puerta del Sol. EFE/Ana Ruiz"
    assert parse_caption(text).get("city") is None
    # false case: the same word after a lowercase word introduces the place
    assert parse_caption("Palomas en la fuente de Sevilla. EFE/Ana Ruiz").get(
        "city") == "Sevilla"


def test_german_im_needs_a_known_place():
    assert parse_caption("Ein Wagen der Polizei ist im Einsatz. Foto: Jan Kohl/dpa").get(
        "city") is None
    # true case: countries take the article in German ("im Libanon"), and are known
    assert parse_caption("Ein Wagen der Polizei ist im Libanon unterwegs. Foto: Jan Kohl/dpa"
                         ).get("country_made") == "Lebanon"


def test_names_take_no_article_unless_a_title_follows_it():
    assert people("Le Mare Nostro dans le port de Lampedusa. Photo: AFP/Ana Roy") == []
    assert people("Photo du Sea Star, le 19 mai 2018 | Photo: AFP/Ana Roy") == []
    assert people("El Papa Juan saluda a los fieles en el Vaticano. EFE/Ana Ruiz") == [
        "Papa Juan"]
    assert people("Les opposants, menés par le Pr Jean RAKOTO, marchent à Antananarivo. "
                  "© Ana ROY / AFP") == ["Jean RAKOTO"]


def test_country_names_in_the_caption_languages():
    assert parse_caption("Des migrants attendent au port en Tunisie. Photo: AFP/Ana Roy").get(
        "country_made") == "Tunisia"
    assert parse_caption("Soldados patrullan en Turquía. EFE/Ana Ruiz").get(
        "country_made") == "Turkey"
    # false case: "de COUNTRY" after a noun is where people come from
    assert parse_caption("Des migrants de Tunisie attendent au port. Photo: AFP/Ana Roy").get(
        "country_made") is None


def test_state_of_names_the_region_and_the_city_comes_first():
    text = ("A boy waits for alms in Pushkar in the western Indian state of Rajasthan on "
            "October 4, 2019. (Photo by Al Bee/AFP)")
    assert place(text)[1:] == ["Pushkar", "Rajasthan", "India", "India"]
    venue = ("Women walk in a relief centre at St. Agnes primary school in Idah in Nigeria's "
             "central state of Kogi. (Reuters)")
    assert place(venue)[:4] == ["St. Agnes primary school", "Idah", "Kogi", "Nigeria"]
    # false case: "the city of" still names the city
    assert place("Cars queue in the city of Kano, Nigeria. (Reuters)")[1] == "Kano"


def test_direction_before_a_possessive_country():
    text = ("Students dance in Wuxi, a city in East China's Jiangsu Province, May 10, 2004. "
            "(Xinhua/Li Ming)")
    assert place(text)[1:] == ["Wuxi", "Jiangsu", "China", "China"]


def test_a_vessel_or_weapon_after_a_name_is_no_place():
    text = ("A rescued man sits on Sea Lion Seven rescue ship off the Libyan coast March 1, "
            "2018. REUTERS/Al Bee")
    assert place(text)[1] is None
    assert place("Soldiers train on M240b machine guns at Tapa, Estonia, March 3, 2023. "
                 "(U.S. Army photo by Spc. Al Bee)")[1] == "Tapa"


def test_one_word_before_via_is_the_originator_not_a_photographer():
    parsed = parse_caption("This undated photo provided by the museum shows a bird. "
                           "(Smithsonian via AP)")
    assert parsed.get("creator") == []
    assert parsed.get("provider") == "Smithsonian"
    # false case: a full name before "via" is the photographer
    named = parse_caption("A bird sits on a branch. (Jane Roe via AP)")
    assert named.get("creator") == ["Jane Roe"]


def test_organisation_with_of_the_in_a_chained_handout_credit():
    text = ("Soldiers fire a howitzer near Bakhmut, Ukraine, May 6, 2024. Ivan Roe/Press Service "
            "of the 93rd Brigade/Handout via REUTERS")
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == ("Ivan Roe/Press Service of the 93rd Brigade/Handout "
                                         "via REUTERS")
    assert parsed.get("source") == "Reuters"
    assert parsed.get("is_handout") is True


def test_castle_is_a_venue_but_a_short_name_before_a_us_state_is_a_town():
    assert place("Prince Tom arrives at Carlow Castle, Berkshire. PA Photo. Photo credit "
                 "should read: Al Bee/PA Wire")[:3] == ["Carlow Castle", None, "Berkshire"]
    assert place("Fans cheer in Orchard Park, N.Y., Sunday, Oct. 1, 2023. (AP Photo/Al Bee)"
                 )[1:3] == ["Orchard Park", "New York"]


def test_the_opponent_a_ball_is_returned_to_is_shown():
    text = ("Ana Ruiz of Spain returns the ball to Mia Kent of Britain during their match in "
            "Melbourne January 26, 2015. REUTERS/Al Bee")
    assert people(text) == ["Ana Ruiz", "Mia Kent"]


def test_plural_roles_are_titles_and_galas_are_events():
    assert people("(L-R) Actors Tom Reed and Ana Ruiz attend the premiere in New York City, "
                  "May 6, 2024. REUTERS/Al Bee") == ["Tom Reed", "Ana Ruiz"]
    assert people("Kim Lane attends the 2024 Spring Gala at the museum in New York City. "
                  "(Photo by Al Bee/Getty Images)") == ["Kim Lane"]


def test_venue_names_joined_by_of_and_and():
    text = ("A guest arrives at The Metropolitan Museum of Art on May 6, 2024 in New York City. "
            "(Photo by Al Bee/Getty Images)")
    assert place(text)[:2] == ["The Metropolitan Museum of Art", "New York City"]


def test_a_company_before_handout_is_no_photographer():
    parsed = parse_caption("A satellite image shows smoke in Rafah, May 6, 2024. "
                           "Orbit Technologies/Handout via REUTERS")
    assert parsed.get("creator") == []
    assert parsed.get("provider") == "Orbit Technologies"


def test_a_web_address_in_a_credit_is_no_photographer():
    assert parse_caption("Mourners gather in Tehran. (Photo by KHAMENEI.IR / AFP)").get(
        "creator") == []
    assert parse_caption("A boat sails. (Photo by J.Li/Reuters)").get("creator") == ["J.Li"]


def test_a_newspaper_photographer_via_an_agency_is_no_handout():
    parsed = parse_caption("The governor speaks in Charleston, W.Va. "
                           "(Photo by Al Bee/Mountain Gazette via AP)")
    assert parsed.get("is_handout") is False
    assert parsed.get("provider") == "Mountain Gazette"
    # false case: an organisation alone before "via" is the handout's originator
    alone = parse_caption("A boat is seen at sea. (Hellenic Port Police via AP)")
    assert alone.get("is_handout") is True


def test_a_repeated_organisation_in_a_chain_is_one_provider():
    parsed = parse_caption("Fields are seen in Baise, China. (Photo by Lumen/Lumen via Getty Images)")
    assert parsed.get("provider") == "Lumen"


@pytest.mark.parametrize("text", [
    "Spuren im Schnee in Köln. Archivfoto: Jan Kohl/dpa",
    "Palomas en la plaza. Imagen de archivo, 26 diciembre, 2014. REUTERS/Ana Ruiz",
    "Image d'archives de migrants à Lampedusa. Crédit : Ansa",
    "Una sesión del juicio en Buenos Aires (Archivo EFE)",
])
def test_archive_words_of_other_languages_mark_a_file_photo(text):
    assert parse_caption(text).get("is_file_photo") is True


def test_archive_word_is_needed_for_a_file_photo():
    assert parse_caption("Spuren im Schnee in Köln. Foto: Jan Kohl/dpa").get(
        "is_file_photo") is False


def test_a_body_part_after_a_possessive_name_shows_the_person():
    text = ("A bird sits on Mayor Tom Reed's head as he visits a farm in Rize, Turkey, "
            "August 4, 2015. REUTERS/Al Bee")
    assert people(text) == ["Tom Reed"]
    # false case: a thing owned is no sign the owner is in the picture
    assert people("Guests attend Mayor Tom Reed's birthday party in Rize, Turkey, August 4, "
                  "2015. REUTERS/Al Bee") == []


def test_a_name_told_in_the_past_tense_is_no_person_shown():
    text = ("A woman celebrates after former officer Tom Reed was found guilty, in front of "
            "the court in Minneapolis, Minnesota, April 2, 2021. REUTERS/Al Bee")
    assert people(text) == []
    assert people("A woman celebrates as Tom Reed is sworn in, in front of the court in "
                  "Minneapolis, Minnesota, April 2, 2021. REUTERS/Al Bee") == ["Tom Reed"]


def test_domestic_service_caption_is_made_at_home_unless_it_names_a_place_abroad():
    parsed = parse_caption("Eine Hundeführerin sucht am Ufer der Lahn in Kleinhausen nach dem "
                           "Jungen. Foto: Jan Kohl/dpa")
    assert parsed.get("country_made") == "Germany"
    assert parsed.get("country_made_inferred") is True
    # no place named at all: still the service's home, inferred
    unplaced = parse_caption("Eine ältere Frau telefoniert mit einem Telefon. Foto: Jan Kohl/dpa")
    assert unplaced.get("country_made") == "Germany"
    assert unplaced.get("country_made_inferred") is True
    # false cases: a place abroad the gazetteer knows; the caption not in the service's language
    assert parse_caption("Eine ältere Frau telefoniert in Lyon, Frankreich. Foto: Jan Kohl/dpa"
                         ).get("country_made") == "France"
    assert parse_caption("A dog handler searches the river bank in Kleinhausen for the boy. "
                         "Photo: Jan Kohl/dpa").get("country_made") is None


@pytest.mark.parametrize("text,language", [
    ("Ein Mann steht mit einem Hund auf der Straße.", "de"),
    ("Des manifestants défilent dans les rues de la ville.", "fr"),
    ("Los manifestantes marchan por el centro de la ciudad.", "es"),
    ("Os manifestantes marcham pelo centro da cidade com faixas.", "pt"),
    ("Protesters march through the centre of the city with banners.", "en"),
    ("Berlin, 2024.", None),
])
def test_language_of_a_caption(text, language):
    from media_manager.captions.language import language_of

    assert language_of(text) == language


def test_a_home_service_guess_gives_no_linter_finding():
    from media_manager.captions import lint_caption

    text = "Ein Hund sucht am Ufer in Kleinhausen nach dem Jungen. Foto: Jan Kohl/dpa"
    found = lint_caption(text, {"country": "Austria"})
    assert [f for f in found if f.rule_id == "field-mismatch"] == []
    # false case: a country the caption names still disagrees with the field
    named = lint_caption("Ein Hund sucht am Ufer in Kleinhausen, Deutschland, nach dem Jungen. "
                         "Foto: Jan Kohl/dpa", {"country": "Austria"})
    assert [f.field for f in named if f.rule_id == "field-mismatch"] == ["country"]


def test_ap_state_abbreviation_ends_the_place_before_the_next_sentence():
    text = ("A mock-up of a train is shown at the Capitol in Fresno, Calif. The state plans "
            "to cancel $9 million. (AP Photo/Al Bee)")
    assert place(text)[1:3] == ["Fresno", "California"]
    # false case: "St." inside a name does not end it
    assert place("Fans cheer in St. Louis, Mo., Sunday, Oct. 1, 2023. (AP Photo/Al Bee)")[1:3] == [
        "St. Louis", "Missouri"]


def test_lowercase_province_word_is_dropped_from_the_region():
    text = "Performers walk on stilts in Baoji, Shaanxi province, February 1, 2016. REUTERS/Al Bee"
    assert place(text)[1:3] == ["Baoji", "Shaanxi"]


def test_italian_joins_in_a_venue_name():
    text = "Il premier durante il question time alla Camera dei Deputati, Roma, 6 maggio 2024. ANSA/AL BEE"
    assert place(text)[:2] == ["Camera dei Deputati", "Roma"]


def test_usa_today_three_letter_uk_nation():
    text = ("Apr 23, 2024; London, ENG; Arsenal defender Sam Reed (4) celebrates at the stadium. "
            "Mandatory Credit: Al Bee-USA TODAY Sports")
    assert place(text)[1:3] == ["London", "England"]


def test_photographer_keeps_a_final_initial():
    assert parse_caption("A man walks in Jakarta. (Xinhua/Agung Santo B.)").get("creator") == [
        "Agung Santo B."]
    assert parse_caption("A man walks in Jakarta. (Xinhua/Agung Santo).").get("creator") == [
        "Agung Santo"]


@pytest.mark.parametrize("printed", ["2024/05/06", "2024.05.06", "2024-05-06"])
def test_year_first_dates_with_slashes_and_dots(printed):
    assert parse_caption(f"People walk in Seoul on {printed}. (Yonhap)").get(
        "date_created") == "2024-05-06"


def test_a_year_first_run_that_is_no_date():
    assert parse_caption("Fans wave in Seoul on version 2024.13.40 day. (Yonhap)").get(
        "date_created") is None


def test_photographer_for_a_publication():
    parsed = parse_caption("A man walks in Lagos. Credit: Al Bee for The New York Times")
    assert parsed.get("creator") == ["Al Bee"]
    assert parsed.get("source") == "The New York Times"
    # false case: Getty's "for" names the client, not the agency
    client = parse_caption("A singer poses in Cannes. (Photo by Al Bee/Getty Images for Lions)")
    assert client.get("source") == "Getty Images"


def test_copyright_sign_before_a_name():
    parsed = parse_caption("Des manifestants défilent à Paris, le 1er mai 2024. © Al Bee")
    assert parsed.get("credit_line") == "Al Bee"
    assert parsed.get("creator") == ["Al Bee"]


def test_courtesy_credits_are_handouts():
    parsed = parse_caption("A man walks in Lagos. Courtesy: Lagos State Government")
    assert parsed.get("is_handout") is True
    # no agency distributes it: the body is the source (SOURCES.md: a provider stands before
    # 'via' or inside a chain)
    assert (parsed.get("source"), parsed.get("provider")) == ("Lagos State Government", None)
    assert parse_caption("A man walks in Lagos. Photo courtesy of Jane Roe").get(
        "is_handout") is True
    # false case: "courtesy" inside a sentence is no credit
    assert parse_caption("A man pays a courtesy call in Lagos.").get("credit_line") is None


def test_pipes_between_photographer_and_agencies():
    parsed = parse_caption("A man walks in Lagos. Al Bee | AFP | Getty Images")
    assert parsed.get("creator") == ["Al Bee"]
    assert parsed.get("source") == "Getty Images"


def test_spanish_venue_of_a_city_and_italian_a_city():
    assert place("El rey Felipe (c) saluda en el Palacio Real de Madrid, el 6 de mayo de 2024. "
                 "EFE/Al Bee")[1:] == ["Madrid", None, None, "Spain"]
    assert place("Il ministro Marco Neri a Roma, 6 maggio 2024. ANSA/AL BEE")[1] == "Roma"
    # false case: English "a" before a country's initials is an article
    assert place("If a U.S. strike goes ahead, what next? Al Bee/Getty Images")[3:] == [
        None, None]


def test_german_party_cue_and_compound_title():
    text = ("Bundeskanzler Jan Roth (l, SPD) und Wirtschaftsminister Tim Kohl (Grüne) sprechen "
            "im Bundestag. Foto: Al Bee/dpa")
    assert people(text) == ["Jan Roth", "Tim Kohl"]


def test_italian_cue_and_council_before_the_name():
    text = "Il presidente del Consiglio Anna Neri (s) e il ministro Marco Rossi a Roma. ANSA/AL BEE"
    assert people(text) == ["Anna Neri", "Marco Rossi"]


def test_autonomous_region_keeps_its_whole_name():
    text = "Farmers work in Baise, Guangxi Zhuang autonomous region, Oct. 6, 2022. (Xinhua/Li Ming)"
    assert place(text)[1:3] == ["Baise", "Guangxi Zhuang autonomous region"]


def test_month_names_that_are_first_or_last_names():
    assert people("Theresa Lane May speaks in London, England, May 3, 2019. REUTERS/Al Bee") == [
        "Theresa Lane May"]
    assert people("Jan Roth speaks in Berlin, Germany, May 3, 2019. REUTERS/Al Bee") == [
        "Jan Roth"]
    # false case: a month with its day after a name is the date
    assert people("Jane Roe speaks in Paris, France. Jane Roe May 3 2019. REUTERS/Al Bee") == [
        "Jane Roe"]


def test_slash_via_names_the_distributor():
    parsed = parse_caption("A man walks in Seoul. Yonhap/via REUTERS")
    assert parsed.get("source") == "Reuters"
    assert parsed.get("provider") == "Yonhap"
    # false case: a word that only contains "via" is no "via"
    assert parse_caption("A man walks in Seoul. REUTERS/Olivia Reyes").get("creator") == [
        "Olivia Reyes"]


def test_an_age_after_a_lone_first_name_is_a_cue():
    assert people("Ukrainian serviceman Taras, 36, fires a mortar near Bakhmut, Ukraine, "
                  "May 6, 2024. REUTERS/Al Bee") == ["Taras"]
    # false case: a lone word without an age or a position is no name
    assert people("Ukrainian serviceman Taras fires a mortar near Bakhmut, Ukraine, "
                  "May 6, 2024. REUTERS/Al Bee") == []


def test_a_camp_for_displaced_people_is_where_the_photo_was_made():
    text = ("A girl plays at a camp for displaced people in Rafah, in the southern Gaza Strip, "
            "May 6, 2024. REUTERS/Al Bee")
    assert place(text)[1] == "Rafah"
    # false case: people displaced from a town came from it
    assert place("Families displaced from Rafah rest in a tent, May 6, 2024. REUTERS/Al Bee"
                 )[1] is None


@pytest.mark.parametrize("tail", ["Photo: Jane Roe", "Photograph: Jane Roe", "Credit: Jane Roe",
                                  "Foto: Jane Roe", "Photo credit: Jane Roe", "Photo/Jane Roe",
                                  "Photo by Jane Roe"])
def test_a_picture_label_before_a_name_is_the_photographer(tail):
    parsed = parse_caption(f"A man walks in Lagos. {tail}")
    assert parsed.get("creator") == ["Jane Roe"]


@pytest.mark.parametrize("tail", ["Jane Roe/Lagos Daily", "Photo by Jane Roe/Lagos Daily",
                                  "JANE ROE/LAGOS DAILY", "Image: Jane Roe/Lagos Daily"])
def test_a_last_segment_with_a_slash_is_a_credit_of_any_organisation(tail):
    parsed = parse_caption(f"A man walks in Lagos. {tail}")
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") in ("Lagos Daily", "LAGOS DAILY")


def test_a_last_sentence_is_no_credit_without_a_label_or_a_slash():
    assert parse_caption("A man walks in Lagos. Jane Roe waves.").get("credit_line") is None
    assert parse_caption("A man walks in Lagos. The photo: a man at work.").get(
        "credit_line") is None
    # and "Lagos." before "Photo by" is the end of a sentence, not an organisation
    assert parse_caption("A man walks in Lagos. Photo by Jane Roe").get("source") is None

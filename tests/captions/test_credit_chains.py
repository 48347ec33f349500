"""Credit forms of the fourth pass on real captions (issue 12, the `v…` records): chains with
a leading wire or a partner agency, credits on their own line after a place-and-date line,
republishers' labels run onto the caption. Each rule with a case it applies to and one it must
leave alone; every caption here is written for this test in an agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None, list[str]]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider"), parsed.get("creator")


def test_leading_wire_distributes_a_partner_agency_picture():
    text = "Skiers queue at a lift in Lillehammer, March 3, 2024. REUTERS/Kari Dahl/NTB Scanpix"
    assert _chain(text) == ("Reuters", "NTB Scanpix", ["Kari Dahl"])
    assert _chain("A goal in Leeds, England. (AP Photo/Al Bee, PA Wire)") == (
        "AP", "PA Wire", ["Al Bee"])
    # false case: without a leading wire the last agency distributes ("Name/AP/dpa")
    assert _chain("Ein Schiff im Hafen von Kiel. Foto: Kay Ohm/AP/dpa")[:2] == ("dpa", "AP")


def test_picture_alliance_is_dpa():
    assert _chain("Ein Zug in Leipzig | Foto: Kay Ohm/Zuma/picture-alliance")[:2] == (
        "dpa", "Zuma")
    # false case: dpa's own picture under picture alliance has no partner
    assert _chain("Ein Zug in Leipzig | Foto: Kay Ohm/dpa/picture-alliance")[:2] == (
        "dpa", None)


def test_partner_agency_as_printed():
    text = "Farmers harvest rice in Bogra on May 2, 2024. (Photo by Ana Roe/Anadolu Agency via Getty Images)"
    assert _chain(text) == ("Getty Images", "Anadolu Agency", ["Ana Roe"])
    text = "A rally in Madrid. (Photo by Ana Roe/SOPA Images/LightRocket via Getty Images)"
    assert _chain(text)[1] == "SOPA Images/LightRocket"
    # false case: the source's own alias in the chain is no partner
    text = "A ship in Dover. (Photo by Ana Roe/Rex Features/Shutterstock)"
    assert _chain(text)[:2] == ("Shutterstock", None)


def test_pool_of_an_organisation_via_a_wire_is_no_handout():
    text = "Two leaders shake hands in Seoul, May 2, 2024. Inter-Korean Press Pool/Pool via Reuters"
    parsed = parse_caption(text)
    assert (parsed.get("provider"), parsed.get("is_pool"), parsed.get("is_handout")) == (
        "Inter-Korean Press Pool", True, False)
    # false case: an organisation's own picture via a wire is a handout
    text = "A ship at sea, May 2, 2024. Hellenic Navy/Handout via Reuters"
    assert parse_caption(text).get("is_handout") is True


def test_place_and_date_line_before_the_credit_on_its_line():
    text = "Una donna cammina tra le macerie.\n\nAleppo, 3 marzo, 2017. REUTERS/Ana Roe"
    assert credit(text) == ("REUTERS/Ana Roe", ["Ana Roe"], "Reuters")
    assert credit("Ombrelli rossi in piazza.\n\nSkopje, 1 marzo, 2017. REUTERS")[0] == "REUTERS"
    # false case: a credit line with no sentence before it is kept whole
    assert credit("Ombrelli rossi in piazza.\n\nEPA/ANA ROE")[0] == "EPA/ANA ROE"


def test_republisher_label_run_onto_the_caption():
    assert credit("Racegoers on the lawn at Ascot Image copyright PA") == ("PA", [], "PA")
    assert credit("A racegoer waves her hat Photograph: Al Bee/PA") == (
        "Al Bee/PA", ["Al Bee"], "PA")
    text = "A jockey waves Image copyright Action Images via Reuters"
    assert _chain(text)[:2] == ("Reuters", "Action Images")
    # false case: the words in a sentence are no label
    assert credit("She holds the image copyright of her father's work")[0] is None
    assert credit("A racegoer studies the photograph: a winner")[0] is None


def test_rank_before_a_government_photographer_and_released():
    text = ("NORFOLK, Va. (May 2, 2024) Sailors stand at the rails. (U.S. Navy photo by Mass "
            "Communication Specialist 2nd Class Jo Ann Roe/Released)")
    parsed = parse_caption(text)
    assert credit(text)[1:] == (["Jo Ann Roe"], "U.S. Navy")
    assert parsed.get("is_handout") is True
    assert credit("Soldiers train at Fort Hood. (U.S. Army photo by Staff Sgt. Al Bee)")[1] == [
        "Al Bee"]
    assert credit("Guardias ante el Parlamento en Londres.Sgt Al Bee (EFE)")[1] == ["Al Bee"]
    # false case: a name that merely begins like a rank word keeps it
    assert credit("Soldiers train at Fort Hood. (U.S. Army photo by Major Tom)")[1] == [
        "Major Tom"]


def test_names_after_the_last_agency_stay_photographers():
    text = "A man sleeps near the station in Rome | Photo: ANSA/LO BEE/DI ROE"
    assert [n.casefold() for n in credit(text)[1]] == ["lo bee", "di roe"]
    # false case: a name-like piece between a photographer and the agency is an organisation
    text = "A vigil in Austin. (Al Bee/Austin Daily Mirror via AP)"
    assert _chain(text) == ("AP", "Austin Daily Mirror", ["Al Bee"])


def test_republisher_via_before_the_whole_credit():
    text = "Fans cheer outside the stadium in Porto, Portugal, 3 May 2024.\n\nVIA EPA-EFE/ANA ROE"
    assert credit(text)[1:] == (["Ana Roe"], "EPA")
    # false case: a 'via' after the photographer still names the distributor
    assert _chain("Fans cheer in Porto. Ana Roe/Lagos Daily via AP") == (
        "AP", "Lagos Daily", ["Ana Roe"])


def test_photo_by_glued_and_foto_de():
    assert credit("Inmates play football in Lima. (Photoby Rosa Quispe/AP Photo)")[1] == [
        "Rosa Quispe"]
    # false case: 'Photo' without 'by' stays a picture word of the agency
    assert credit("Inmates play football in Lima. (AP Photo/Rosa Quispe)")[1] == ["Rosa Quispe"]


def test_client_of_getty_before_the_distributor():
    text = "Models walk the runway. Al Bee/Getty Images for Lagos Fashion Week/AFP"
    assert _chain(text) == ("AFP", "Getty Images", ["Al Bee"])
    # false case: a client at the end leaves Getty the distributor
    assert _chain("Models walk the runway. (Photo by Al Bee/Getty Images for Lagos Week)") == (
        "Getty Images", None, ["Al Bee"])


def test_wire_picture_word_leads_a_partner_and_photographer():
    text = "Deux présidents se saluent à Pékin. (AFP PHOTO / SPUTNIK / IVAN PETROV)"
    assert _chain(text) == ("AFP", "SPUTNIK", ["Ivan Petrov"])
    # false case: an agency without its picture word before a partner is the partner
    text = "People dance in Tokyo. (Photo by Xinhua/ABACAPRESS.COM/Li Wei)"
    assert _chain(text) == ("Abaca", "Xinhua", ["Li Wei"])


def test_club_and_official_bodies_are_organisations():
    text = "A midfielder trains in Trigoria | Photo: AS LAGOS via ANSA"
    parsed = parse_caption(text)
    assert (parsed.get("creator"), parsed.get("provider"), parsed.get("is_handout")) == (
        [], "AS LAGOS", True)
    text = "Police raid a warehouse in Bari, April 2021 | Photo: ANSA/POLICE PRESS OFFICE"
    parsed = parse_caption(text)
    assert (parsed.get("provider"), parsed.get("is_handout")) == ("POLICE PRESS OFFICE", True)
    text = "Migrants wait on deck | Photo: Lagos-Rescue.org/Al Bee via AP"
    assert parse_caption(text).get("is_handout") is True
    # false case: a newspaper's photographer via a wire is no handout
    text = "A vigil in Austin. (Al Bee/Austin Daily Mirror via AP)"
    assert parse_caption(text).get("is_handout") is False


def test_partner_is_the_agency_before_the_distributor():
    text = "Police train in the sea. (Photo by Costfoto/NurPhoto/Rex Features/Shutterstock)"
    assert _chain(text) == ("Shutterstock", "NurPhoto", [])
    # false case: a photographer's own two-word line is no partner, a tag after the agency none
    assert _chain("A model poses. (Photo by Alan M. Bee/Al Bee/Getty Images)")[:2] == (
        "Getty Images", None)
    assert _chain("A runner falls. (Photo by Al Bee/Reuters/Livepic)") == (
        "Reuters", None, ["Al Bee"])


def test_foto_de_a_photographer_at_the_end():
    text = "Na imagem vemos o avião a sobrevoar Lisboa. Foto de Ana Maria Roe."
    assert credit(text)[:2] == ("Foto de Ana Maria Roe", ["Ana Maria Roe"])
    # false case: an archive picture or one word after 'Foto de' is no credit
    assert credit("Na imagem vemos o avião a sobrevoar Lisboa. Foto de arquivo.")[0] is None
    assert credit("Na imagem vemos o avião a sobrevoar Lisboa. Foto de Lisboa.")[0] is None


def test_label_run_onto_the_credit():
    text = "Greve geral em Paris, França, em 5 de Dezembro de 2019 CréditosAna Roe / Agência Lusa"
    assert credit(text) == ("Ana Roe / Agência Lusa", ["Ana Roe"], "Lusa")
    text = "Manifestantes em Beirute, Líbano. CréditosAna Roe / Agência Lusa"
    assert credit(text) == ("Ana Roe / Agência Lusa", ["Ana Roe"], "Lusa")
    # false case: the word in a sentence is no label
    assert credit("Os créditos do filme passam no ecrã em Lisboa")[0] is None


def test_agency_run_onto_the_last_stop():
    assert credit("Manifestation pour le droit à l'avortement à Cracovie, Pologne.NurPhoto") == (
        "NurPhoto", [], "NurPhoto")
    # false case: a capitalised word glued to a stop that names no agency is no credit
    assert credit("Manifestation pour le droit à l'avortement à Cracovie, Pologne.Krakow")[0] is (
        None)


def test_photographer_and_agency_joined_by_a_dash():
    assert credit("Em Gaza, uma mãe abraça o filho | Ana Roe - Reuters") == (
        "Ana Roe - Reuters", ["Ana Roe"], "Reuters")
    text = "Festival DayRacegoers cheer the winner (Al Bee/PA).PA Wire/PA Images – Al Bee"
    assert credit(text) == ("PA Wire/PA Images – Al Bee", ["Al Bee"], "PA")
    # false case: a sentence's dash before an agency's name is no credit
    assert credit("Em Gaza, uma mãe abraça o filho | Ana Roe - Reuters disse")[0] is None
    assert credit("Crowds cheer as Ana Roe - Reuters")[:2] == ("Reuters", [])


def test_bare_photographer_in_parentheses_after_the_date():
    text = "Uma criança recebe tratamento em Porto Príncipe, em 13 de janeiro de 2010 (Ana Roe)"
    assert credit(text) == ("Ana Roe", ["Ana Roe"], None)
    # false case: a name in parentheses that follows no date is no credit
    assert credit("O príncipe sorri ao lado da noiva (Ana Roe)")[0] is None


def test_organisation_after_a_picture_label_on_its_own_line():
    text = "Lagos, 17/02/2026 – Uma vendedora com a filha.\nFoto: Movimento Mães por Lagos"
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("source"), parsed.get("is_handout")) == (
        "Movimento Mães por Lagos", "Movimento Mães por Lagos", True)
    # false case: a sentence after the label is no credit
    text = "Lagos, 17/02/2026 – Uma vendedora.\nFoto: A vendedora mostra a filha por Lagos"
    assert parse_caption(text).get("credit_line") is None


def test_name_before_its_agency_in_parentheses_is_the_photographer():
    text = "Velas durante la vigilia en Trafalgar Square, en Londres.Carl Court (Getty Images)"
    assert credit(text)[1:] == (["Carl Court"], "Getty Images")
    assert parse_caption(text).get("provider") is None
    # false case: an organisation credited alone before a wire stays an organisation
    assert _chain("Racegoers cheer at Ascot. Image copyright BPI/Shutterstock") == (
        "Shutterstock", "BPI", [])


def test_name_and_agency_run_onto_a_date():
    text = "Imigrantes esperam num refúgio de Belgrado, em 11 de janeiro de 2017.ANA ROE AFP"
    assert credit(text) == ("ANA ROE AFP", ["Ana Roe"], "AFP")
    # false case: a decimal number is no stop before a credit
    assert credit("O preço subiu 2.5 por cento em Lisboa")[0] is None


def test_starred_file_marker():
    assert parse_caption("**FILE** Former Lagos Sen. Jane Roe (Associated Press)").get(
        "is_file_photo") is True
    # false case: stars around another word mark no file picture
    assert parse_caption("**NEW** Lagos Sen. Jane Roe (Associated Press)").get(
        "is_file_photo") is False


def test_social_media_handle_after_the_credit():
    text = "Lula se reuniu com ministro na sexta\n\nANA ROE/METRÓPOLES @ana.foto"
    assert credit(text)[1:] == (["Ana Roe"], "METRÓPOLES")
    # false case: a handle that is the whole piece stays the provider's
    text = "Kamala Harris fala em comício.\nReprodução/X/@KamalaHarris"
    assert credit(text)[0] == "Reprodução/X/@KamalaHarris"


def test_courtesy_inside_a_wire_chain_is_a_handout():
    text = "A tiger walks in Montevrain on November 13, 2014 (AFP PHOTO / COURTESY OF JANE ROE)"
    parsed = parse_caption(text)
    assert (parsed.get("source"), parsed.get("provider"), parsed.get("is_handout")) == (
        "AFP", "Jane Roe", True)
    # false case: a wire's own photographer is no handout
    parsed = parse_caption("A tiger walks in Montevrain on November 13, 2014 (AFP PHOTO / JANE ROE)")
    assert (parsed.get("provider"), parsed.get("is_handout")) == (None, False)


def test_reuters_prints_its_name_before_a_partner():
    text = "Workers build a park in Chuzhou, March 27, 2015. (Photo by Reuters/China Daily)"
    assert _chain(text) == ("Reuters", "China Daily", [])
    assert _chain("A ship in Tokyo Bay in 1945. (Photo by Reuters/US Navy)")[:2] == (
        "Reuters", "US Navy")
    # false case: another agency first leaves the chain's last one the distributor
    assert _chain("Due leader in Galleria a Milano. (Ansa/Epa)")[:2] == ("EPA", "Ansa")
    assert _chain("A news conference. Fang Li/Xinhua/Landov")[:2] == ("Landov", "Xinhua")


def test_french_copyright_photo_label():
    text = "La duchesse visite une école à Londres. (Copyright photo : PA)"
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("source"), parsed.get("is_handout")) == (
        "PA", "PA", False)
    # false case: 'copyright' in a sentence is no label
    assert credit("Le copyright photo appartient à la famille, dit-elle.")[0] is None


def test_em_dash_between_photographer_and_agency():
    text = "Palestinians emerge from the rubble in Gaza on June 14.Ali Roe—Anadolu/Getty Images"
    assert _chain(text) == ("Getty Images", "Anadolu", ["Ali Roe"])
    # false case: a dash inside a double-barrelled name stays in the name
    assert credit("A rally in Lagos. (Photo by Ana Roe-Bee/Getty Images)")[1] == ["Ana Roe-Bee"]


def test_an_agency_pool_is_a_pool():
    text = "Prinz William spielt Billard in London.\nFoto: Kay Ohm/AP Pool/AP/dpa"
    assert parse_caption(text).get("is_pool") is True
    # false case: a photographer called Pool is no pool
    assert parse_caption("Prinz William in London.\nFoto: Kay Pool/dpa").get("is_pool") is False


def test_non_news_body_after_a_photographer_is_a_handout():
    text = "Lula chega a Brasília em janeiro de 2011 (Ana Roe/Instituto Lagos)"
    assert parse_caption(text).get("is_handout") is True
    # false case: a newspaper's photographer is no handout
    assert parse_caption("Lula chega a Brasília (Ana Roe/Folha de Lagos)").get(
        "is_handout") is False


def test_epa_efe_partner_as_printed():
    text = "An ostrich in Kalmthout. (Photo by Ana Roe/EPA/EFE/Rex Features/Shutterstock)"
    assert _chain(text) == ("Shutterstock", "EPA/EFE", ["Ana Roe"])
    # false case: printed with a hyphen it stays so
    text = "An ostrich in Kalmthout. (Photo by Ana Roe/EPA-EFE/Rex Features/Shutterstock)"
    assert _chain(text)[1] == "EPA-EFE"


def test_bloomberg_photographer_label():
    assert credit("A trader works in New York. Photographer: Al Bee/Bloomberg") == (
        "Al Bee/Bloomberg", ["Al Bee"], "Bloomberg")
    # false case: the word in a sentence is no label
    assert credit("A trader talks to the photographer: he smiles")[0] is None


def test_rank_stop_inside_a_chain_is_no_sentence_break():
    text = "Soldiers march in Kabul. U.S. Army/Sgt. Jo Roe/Handout via REUTERS"
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("creator"), parsed.get("provider")) == (
        "U.S. Army/Sgt. Jo Roe/Handout via REUTERS", ["Jo Roe"], "U.S. Army")
    # false case: a state's stop before the credit still ends the sentence
    assert credit("Firefighters work in Sacramento, Calif. REUTERS/Jo Roe")[0] == "REUTERS/Jo Roe"


def test_photographer_for_a_paper_via_an_agency():
    text = "A market in Lagos. (Al Bee for The Washington Post via Getty Images)"
    assert _chain(text) == ("Getty Images", "The Washington Post", ["Al Bee"])
    # false case: without 'via' the paper is the source
    assert _chain("A market in Lagos. Credit: Al Bee for The New York Times")[:2] == (
        "The New York Times", None)


def test_archive_word_in_the_photographer_slot():
    parsed = parse_caption("Un mercato a Roma. ANSA/ARCHIVIO")
    assert (parsed.get("creator"), parsed.get("is_file_photo")) == ([], True)
    # false case: a photographer in the slot is no archive
    parsed = parse_caption("Un mercato a Roma. ANSA/ANNA ROSSI")
    assert (parsed.get("creator"), parsed.get("is_file_photo")) == (["Anna Rossi"], False)


def test_archive_words_before_an_agency():
    parsed = parse_caption("Des manifestants à Paris. (Photo d'archives AFP)")
    assert (parsed.get("source"), parsed.get("is_file_photo"), parsed.get("is_handout")) == (
        "AFP", True, False)
    assert parse_caption("Un hombre en Madrid. (Foto de archivo EFE)").get("source") == "EFE"
    # false case: a bare agency is no archive picture
    assert parse_caption("Des manifestants à Paris. (AFP)").get("is_file_photo") is False


def test_portuguese_creditos_label_and_publicity_pictures():
    assert credit("Um homem em Lisboa. Créditos: Lusa") == ("Lusa", [], "Lusa")
    parsed = parse_caption("Um homem em São Paulo. Foto: Divulgação")
    assert (parsed.get("creator"), parsed.get("is_handout")) == ([], True)
    parsed = parse_caption("Um homem em São Paulo. (Foto: Reprodução/Instagram)")
    assert (parsed.get("creator"), parsed.get("is_handout")) == ([], True)
    # false case: a photographer after the label is no handout
    parsed = parse_caption("Um homem em São Paulo. Foto: Ana Roe/Folhapress")
    assert (parsed.get("creator"), parsed.get("is_handout")) == (["Ana Roe"], False)


def test_guardian_and_new_york_times_labels():
    assert credit("A man in Paris. Photograph: Al Bee for the Guardian") == (
        "Al Bee for the Guardian", ["Al Bee"], "The Guardian")
    assert credit("A man in Paris. Composite: Al Bee/Getty Images") == (
        "Al Bee/Getty Images", ["Al Bee"], "Getty Images")
    assert credit("A man in Paris. Credit...Al Bee for The New York Times") == (
        "Al Bee for The New York Times", ["Al Bee"], "The New York Times")
    # false case: the words inside a sentence are no labels
    assert credit("A man in Paris gives credit... to his friends")[0] is None
    assert credit("A composite: a man in Paris and his friends")[0] is None


def test_photographer_from_the_agency_credit_before_a_republisher_credit():
    text = "A rally in Orlando, Fla., Monday, Jan. 21, 2008. (AP Photo/Ana Roe) (Associated Press)"
    assert credit(text) == ("Associated Press", ["Ana Roe"], "AP")
    # false case: another agency's final credit takes no photographer from the first
    text = "A rally in Orlando, Fla., Monday, Jan. 21, 2008. (AP Photo/Ana Roe) (Reuters)"
    assert credit(text)[1:] == ([], "Reuters")


def test_the_piece_before_handout_is_its_maker():
    text = "Ein Schiff im Hafen von Kiel. Foto: Lagos Wasserwerke/Handout/dpa"
    parsed = parse_caption(text)
    assert (parsed.get("creator"), parsed.get("provider"), parsed.get("is_handout")) == (
        [], "Lagos Wasserwerke", True)
    # false case: a photographer before the agency is no maker of a handout
    assert parse_caption("Ein Schiff im Hafen von Kiel. Foto: Kay Ohm/dpa").get("creator") == [
        "Kay Ohm"]


def test_released_government_credit_without_parentheses():
    text = "Marines train at Camp Lejeune. U.S. Marine Corps photo by Cpl. Jo Roe/Released"
    assert credit(text) == ("U.S. Marine Corps photo by Cpl. Jo Roe/Released", ["Jo Roe"],
                            "U.S. Marine Corps")
    # false case: an uncredited piece is no photographer
    assert credit("Ein Schiff in Kiel. Foto: Uncredited/AP/dpa")[1:] == ([], "dpa")


def test_reuters_sports_template_with_a_partner_before_via():
    text = ("Soccer Football - Premier League - Lagos v Accra - May 2, 2024 Lagos' Jo Roe "
            "celebrates Action Images via Reuters/Al Bee")
    assert _chain(text) == ("Reuters", "Action Images", ["Al Bee"])
    # false case: place words before a bare 'via REUTERS' are no agency
    assert credit("Rescuers work in New York via REUTERS")[0] == "via REUTERS"


def test_pa_restrictions_line_after_the_credit():
    text = "Lagos' Jo Roe celebrates. Al Bee/PA Wire. RESTRICTIONS: EDITORIAL USE ONLY No use."
    assert credit(text) == ("Al Bee/PA Wire", ["Al Bee"], "PA")
    # false case: the word in a sentence cuts nothing
    assert credit("Lagos eases travel restrictions: shops open. Al Bee/PA Wire")[0] == (
        "Al Bee/PA Wire")


def test_an_archive_in_the_chain_marks_a_file_picture():
    parsed = parse_caption("Crowds in Lagos in 1962. (Photo by Lagos Archive/Getty Images)")
    assert (parsed.get("provider"), parsed.get("is_file_photo")) == ("Lagos Archive", True)
    # false case: a partner agency is no archive
    parsed = parse_caption("Crowds in Lagos. (Photo by Ali Bee/NurPhoto via Getty Images)")
    assert parsed.get("is_file_photo") is False

"""Caption forms as the wires and republishers print them (issue 12), written for this project
in the agencies' styles; each expected value is what a desk editor would type."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption, suggest_fields

CREDITS = [
    # text, credit_line, creator, source, provider
    (("Mandatory Credit: Photo by Tim Roe/Shutterstock (14123456a) A choir sings at a service "
     "in York, UK, 03 May 2024"), "Photo by Tim Roe/Shutterstock", ["Tim Roe"], "Shutterstock",
     None),
    ("Il sindaco parla in piazza a Bari, 2 giugno 2024. ANSA/ETTORE FERRARI",
     "ANSA/ETTORE FERRARI", ["Ettore Ferrari"], "ANSA", None),
    ("O ministro discursa em Lisboa, 3 de maio de 2024. ANTÓNIO PEDRO SANTOS/LUSA",
     "ANTÓNIO PEDRO SANTOS/LUSA", ["António Pedro Santos"], "Lusa", None),
    ("A minister speaks in Tokyo, Friday, May 3, 2024. (Kyodo News via AP)",
     "Kyodo News via AP", [], "AP", "Kyodo News"),  # the partner as printed (SOURCES.md)
    (("Mar 3, 2024; Denver, Colorado, USA; Denver Nuggets guard Jo Roe (27) shoots during the "
     "first half at Ball Arena. Mandatory Credit: Ron Chenoy-USA TODAY Sports"),
     "Ron Chenoy-USA TODAY Sports", ["Ron Chenoy"], "USA TODAY Sports", None),
    (("A worker checks a pipeline near Basra, Iraq, May 3, 2024. "
     "REUTERS/Kadim Saleh/South Oil Company/Handout via REUTERS"),
     "REUTERS/Kadim Saleh/South Oil Company/Handout via REUTERS", ["Kadim Saleh"], "Reuters",
     "South Oil Company"),
    ("Fans cheer in Lens, France, on June 2, 2023. (Photo by CLAIRE DUVAL / AFP)",
     "Photo by CLAIRE DUVAL / AFP", ["Claire Duval"], "AFP", None),
    (("A woman walks in Kyiv on May 5, 2024. / AFP / Sergei SUPINSKY (Photo credit should read "
     "SERGEI SUPINSKY/AFP via Getty Images)"),
     "SERGEI SUPINSKY/AFP via Getty Images", ["Sergei Supinsky"], "Getty Images", "AFP"),
    (("Runners in Leeds. Picture date: Sunday May 5, 2024. Photo credit should read "
     "Amy Shaw/PA Wire"), "Amy Shaw/PA Wire", ["Amy Shaw"], "PA", None),
    ("The Capitol at dawn in Washington, Tuesday, Oct. 10, 2017. #APPhoto J. Scott Applewhite",
     "#APPhoto J. Scott Applewhite", ["J. Scott Applewhite"], "AP", None),
    ("The Capitol at dawn in Washington, Tuesday, Oct. 10, 2017. #APPhoto by Jo Ruiz",
     "#APPhoto by Jo Ruiz", ["Jo Ruiz"], "AP", None),
    ("Un hombre camina en Quito, Ecuador, el 3 de mayo de 2024. (AP Foto/Dolores Ochoa)",
     "AP Foto/Dolores Ochoa", ["Dolores Ochoa"], "AP", None),
    ("Ein Bagger steht in Berlin. Bildrechte: picture alliance/dpa | Kay Nietfeld",
     "picture alliance/dpa | Kay Nietfeld", ["Kay Nietfeld"], "dpa", None),
    ("Feuerwehrleute löschen einen Brand in Hamburg, 3. Februar 2024. Foto: Marcus Brandt/dpa",
     "Marcus Brandt/dpa", ["Marcus Brandt"], "dpa", None),
    (("President Joe Biden meets staff in the Oval Office, May 3, 2023. "
     "(Official White House Photo by Adam Schultz)"),
     "Official White House Photo by Adam Schultz", ["Adam Schultz"], "The White House", None),
    ("A skater glides in Ottawa on Jan. 5, 2024. THE CANADIAN PRESS/Sean Kilpatrick",
     "THE CANADIAN PRESS/Sean Kilpatrick", ["Sean Kilpatrick"], "The Canadian Press", None),
    ("A wave breaks in Nazare, Portugal, Oct. 5, 2023. REUTERS/Rui Costa TPX IMAGES OF THE DAY",
     "REUTERS/Rui Costa", ["Rui Costa"], "Reuters", None),
    ("A wave breaks in Nazare, Portugal, Oct. 5, 2023. REUTERS/Rui Costa\nDate: 2023-10-06",
     "REUTERS/Rui Costa", ["Rui Costa"], "Reuters", None),
    ("Dancers rehearse in Lyon. (Photo by Tom Hale/The Guardian)",
     "Photo by Tom Hale/The Guardian", ["Tom Hale"], "The Guardian", None),
    ("A runner in Tokyo. (Photo by Vi Lee/Invision/AP Photo)",
     "Photo by Vi Lee/Invision/AP Photo", ["Vi Lee"], "AP", "Invision"),
    ("Des migrants attendent au port. Crédit : Picture-alliance/dpa/F.Bungert",
     "Picture-alliance/dpa/F.Bungert", ["F.Bungert"], "dpa", None),
    ("REUTERS/Hani Amara | Des migrants sont secourus au large de la Libye, le 15 janvier 2018.",
     "REUTERS/Hani Amara", ["Hani Amara"], "Reuters", None),
    ("100. Troy Aikman -- QB, Dallas Cowboys (1989-2000). DOUG MILLS, Associated Press",
     "DOUG MILLS, Associated Press", ["Doug Mills"], "AP", None),
    ("A cruise missile lifts off from a destroyer in 2011. Joe Roe/Getty Images hide caption",
     "Joe Roe/Getty Images", ["Joe Roe"], "Getty Images", None),
    ("Soldiers train at Fort Carson, Colo., May 3, 2023.\n\nPhoto by U.S. Army Staff Sgt. Ann Lo",
     "Photo by U.S. Army Staff Sgt. Ann Lo", ["Ann Lo"], "U.S. Army", None),
]


@pytest.mark.parametrize("text,credit,creator,source,provider", CREDITS)
def test_wire_credit_forms(text, credit, creator, source, provider):
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider")) == (credit, creator, source, provider)


def test_two_credits_joined_keep_the_final_one_and_note_the_other():
    text = "A man walks in Gaza City, May 3, 2024. REUTERS/Ali Ahmed (Photo by Ali Ahmed / AFP)"
    data = parse_caption(text).to_json()
    assert data["credit_line"] == "Photo by Ali Ahmed / AFP"
    assert data["source"] == "AFP"
    assert data["other_credits"] == ["REUTERS/Ali Ahmed"]
    assert "other_credits" in data["spans"]


def test_a_single_credit_has_no_other_credit():
    assert parse_caption("A man in Lima, May 3, 2024. (AP Photo/Rosa Quispe)").get(
        "other_credits") == []


DATES = [
    ("Des manifestants défilent à Paris, le 1er mai 2024. (Photo by Ana Roe / AFP)",
     "2024-05-01"),
    ("Menschen demonstrieren am 1. Mai 2024 in Berlin. Foto: Ana Roe/dpa", "2024-05-01"),
    (("This undated photo provided on May 3, 2024 by the city council shows a bridge in Lyon, "
     "France. (City of Lyon via AP)"), None),
    (("A drone view of a dam in this handout picture released by the water board on June 2, "
     "2023. Water Board/Handout via REUTERS"), None),
    (("Harriet Mallory celebrates at Twickenham Stadium, London. Issue date: Monday April 29, "
     "2024. Photo credit should read: David Davies/PA Wire"), None),
    (("Harriet Mallory celebrates at Twickenham Stadium, London. Picture date: Saturday April 27,"
     " 2024. Issue date: Monday April 29, 2024. Photo credit should read: David Davies/PA Wire"),
     "2024-04-27"),
    ("A tram passes in Lisbon, Portugal, 02 January 2023. EPA-EFE/JOAO SILVA", "2023-01-02"),
    ("Protesters march in Madrid, Spain, 24-06-2014. EPA/JUAN CARLOS HIDALGO", "2014-06-24"),
    (("Un hombre camina por una calle inundada en Valencia, España, el 30 de octubre de 2024. "
     "EFE/Ana Escobar"), "2024-10-30"),
    ("Des manifestants défilent à Paris, le 5 décembre 2019. (Photo by Alain Jocard / AFP)",
     "2019-12-05"),
    ("Feuerwehrleute löschen einen Brand in Hamburg, 3. Februar 2024. Foto: Marcus Brandt/dpa",
     "2024-02-03"),
    ("Soldiers patrol in Bamako, Mali, Aug. 20. (AP Photo/Baba Ahmed)", "--08-20"),
    ("Soldiers pose on Camp Fuji, Japan, June, 10 2021. (Photo by Pfc. Lee Ford)",
     "2021-06-10"),
    ("Le Mare Jonio dans le port de Lampedusa. Mars 2019 | Photo: Picture-alliance/dpa/E.Desi",
     "2019-03"),
    ("Streamers fly in memory of children killed in the March 2011 quake. (Kyodo)", None),
]


@pytest.mark.parametrize("text,date", DATES)
def test_dates_taken_not_released(text, date):
    assert parse_caption(text).get("date_created") == date


def test_a_partial_date_is_never_suggested_as_a_full_one():
    parsed = parse_caption("Soldiers patrol in Bamako, Mali, Aug. 20. (AP Photo/Baba Ahmed)")
    assert "date_created" not in suggest_fields(parsed)


PEOPLE = [
    (("Movie star Li Wei (R) grieves over the death of singer and actress Mei Lan at a news "
     "conference in Hong Kong, Dec. 30, 2003. REUTERS/Bobby Yip"), ["Li Wei"]),
    (("Activists inspired by the feminist group Las Tesis protest in Athens, Greece, March 8, "
     "2020. (Photo by Ana Roe/AFP Photo)"), []),
    (("El presidente Pedro Sánchez (c) saluda a Ana Pérez (i) en Madrid, este viernes. "
     "EFE/ Chema Moya"), ["Pedro Sánchez", "Ana Pérez"]),
    ("Olaf Scholz (r.) und Emmanuel Macron (l.) in Berlin. Foto: Kay Nietfeld/dpa",
     ["Olaf Scholz", "Emmanuel Macron"]),
    (("Maria Lopez, 36, holds her son outside a clinic in Lima, Peru, May 3, 2024. "
     "(AP Photo/Rosa Quispe)"), ["Maria Lopez"]),
    ("Coach Dana Reyes, center, talks to players in Denver, May 3, 2024. (AP Photo/Al Bee)",
     ["Dana Reyes"]),
    (("Liverpool's Mohamed Salah celebrates scoring their second goal with Liverpool's Darwin "
     "Nunez at Anfield, Liverpool, Britain, May 3, 2024. REUTERS/Phil Noble"),
     ["Mohamed Salah", "Darwin Nunez"]),
    ("HANDOUT PHOTO: KIM JONG UN inspects a factory in Pyongyang, May 3, 2024. KCNA via REUTERS",
     ["Kim Jong Un"]),
    (("This photo provided by the Ukrainian Presidential Press Office shows Volodymyr Zelenskyy "
     "at a meeting in Kyiv, Ukraine, May 3, 2024. (Ukrainian Presidential Press Office via AP)"),
     ["Volodymyr Zelenskyy"]),
    (("Mourners carry the coffin of Ahmed Saleh, who was killed in an airstrike, in Gaza City, "
     "May 3, 2024. REUTERS/Ali Ahmed"), []),
    (("Fans hold a banner of late singer Selena Quintanilla in Houston, May 3, 2024. "
     "(AP Photo/Al Bee)"), []),
    ("Rep.-elect Jane Roe speaks in Albany, N.Y., May 3, 2024. (AP Photo/Al Bee)", ["Jane Roe"]),
    ("North Korean leader Kim Jong Un waves in Pyongyang, May 3, 2024. (KCNA via AP)",
     ["Kim Jong Un"]),
    (("Bundeskanzlerin Helga Winter spricht im Bundestag in Berlin, 14. Dezember 2023. "
     "Foto: Kay Nietfeld/dpa"), ["Helga Winter"]),
    (("Sculptures by British sculptor Jane Doe stand beside the river in London, May 3, 2024. "
     "(Photo by Tom Hale/Reuters)"), []),
    (("Fans attend a screening at The Curzon Mayfair during London Fashion Week, May 3, 2024. "
     "(Photo by Tom Hale/Getty Images)"), []),
    (("Artist Wang Zhi (L) and Wu Jing walk on the red carpet in Beijing, May 3, 2024. "
     "(Xinhua/Chen Hao)"), ["Wang Zhi", "Wu Jing"]),
    (("Japan's Emperor Naruhito's 64th birthday is marked in Tokyo, Feb. 23, 2024. "
     "REUTERS/Kim Kyung"), []),
    ("Komusubi Taro Sato defeats sekiwake Abi in Tokyo, May 3, 2024. (Kyodo)", ["Taro Sato", "Abi"]),
    ("Dilma Roussef e Barack Obama em Brasília (Agência Brasil/Antonio Cruz)",
     ["Dilma Roussef", "Barack Obama"]),
    (("Il presidente della Repubblica Sergio Mattarella parla a Roma, 2 giugno 2024. ANSA/ETTORE "
     "FERRARI"), ["Sergio Mattarella"]),
    (("Jacques Rogge President of the International Olympic Committee speaks in Buenos Aires "
     "September 7, 2013. REUTERS/Ian Walton"), ["Jacques Rogge"]),
]


@pytest.mark.parametrize("text,people", PEOPLE)
def test_people_shown(text, people):
    assert parse_caption(text).get("persons_shown") == people


PLACES = [
    # text, sublocation, city, province_state, country as printed, country where made
    (("Smoke rises over homes in Irpin, on the outskirts of Kyiv, Ukraine, May 3, 2024. "
     "REUTERS/Ali Ahmed"), None, "Irpin", None, "Ukraine", "Ukraine"),
    ("Farmers plant rice in Yulin, Guangxi Province, China, May 3, 2024. REUTERS/Ali Ahmed",
     None, "Yulin", "Guangxi", "China", "China"),
    ("Soldiers patrol in the Mopti region, central Mali, May 3, 2024. REUTERS/Ali Ahmed",
     None, None, "Mopti", "Mali", "Mali"),
    ("Smoke rises over a hill on the Lebanese side of the border, May 3, 2024. REUTERS/Ali Ahmed",
     None, None, None, None, "Lebanon"),
    ("Tourists swim off Ibiza in the Balearic Islands, May 3, 2024. REUTERS/Ali Ahmed",
     None, "Ibiza", "Balearic Islands", None, "Spain"),
    ("Surfers wait for the next set of waves in Tahiti. (Kyodo)", None, None, "Tahiti", None,
     "French Polynesia"),
    ("A man rides past in Kfar Sir. He was freed in Syria last week. (AP Photo/Al Bee)",
     None, "Kfar Sir", None, None, None),
    (("People rally in the Black Sea port of Sevastopol, Crimea, March 14, 2018. "
     "REUTERS/Maxim Shemetov"), None, "Sevastopol", "Crimea", None, "Ukraine"),
    ("Protesters rally in Sudan's capital Khartoum on April 18, 2019. (Photo by Ozan Kose/AFP)",
     None, "Khartoum", None, "Sudan", "Sudan"),
    (("Police take position in the Mare complex in Rio de Janeiro, March 26, 2014. "
     "REUTERS/Ricardo Moraes"), "Mare complex", "Rio de Janeiro", None, None, "Brazil"),
    (("A swimmer swims in Hyde Park, following the outbreak of the disease, London, Britain, "
     "May 26, 2020. (Photo by John Sibley/Reuters)"), None, "London", None, "Britain",
     "United Kingdom"),
    (("A boxer at the weigh-in at Aspire, Leeds, United Kingdom on Friday, December 9, 2022. "
     "(Photo by Andy Couldridge/Action Images via Reuters)"), "Aspire", "Leeds", None,
     "United Kingdom", "United Kingdom"),
    ("Artists perform in south China's Macao, Aug. 24, 2019. (Xinhua/Cheong Kam Ka)",
     None, "Macao", None, "China", "China"),
    ("A woman holds a lamb in Sille, outside Konya, Turkey, Dec. 18, 2021. (AP Photo/Al Bee)",
     None, "Sille", None, "Turkey", "Turkey"),
    ("Guards stand in Luhansk Region, Ukraine April 21, 2021. REUTERS/Ola Kos", None, None,
     "Luhansk Region", "Ukraine", "Ukraine"),
    (("Families walk on the beach in East Sussex, United Kingdom on July 17, 2022. (Photo by "
     "Ann Lo/Reuters)"), None, None, "East Sussex", "United Kingdom", "United Kingdom"),
    # a city-state is the city; its country is inferred, not printed
    ("A guard stands at the Vatican, Dec. 24, 2023. (AP Photo/Al Bee)", None, "Vatican", None,
     None, "Vatican City"),
    (("Emma Roe poses at a hotel on March 9, 2008 in London England. (Photo by Dan Kit/Getty "
     "Images)"), None, "London", "England", None, "United Kingdom"),
    (("Jokic reacts in Shenyang, northeast China's Liaoning Province, Aug. 23, 2019. "
     "(Xinhua/Pan Yulong)"), None, "Shenyang", "Liaoning", "China", "China"),
]


@pytest.mark.parametrize("text,sub,city,state,country,made", PLACES)
def test_places_as_printed_and_where_made(text, sub, city, state, country, made):
    parsed = parse_caption(text)
    assert (parsed.get("sublocation"), parsed.get("city"), parsed.get("province_state"),
            parsed.get("country"), parsed.get("country_made")) == (sub, city, state, country,
                                                                   made)


FOREIGN = [
    ("Turistas caminham pelo centro histórico em Lisboa (foto: Ana Reis/Lusa)", "Lisboa",
     "Portugal"),
    ("Un joven corre frente al mar en la ciudad de Valparaíso. Foto EFE/ Luis Mena",
     "Valparaíso", "Chile"),
    ("Des pêcheurs réparent leurs filets sur l'île de Lampedusa. Crédit : Reuters",
     "Lampedusa", "Italy"),
    ("Boneco de Lula numa praça (foto: Ana Reis/AFP)", None, None),  # "de Lula": no place
]


@pytest.mark.parametrize("text,city,made", FOREIGN)
def test_places_after_portuguese_spanish_and_french_prepositions(text, city, made):
    parsed = parse_caption(text)
    assert (parsed.get("city"), parsed.get("country_made")) == (city, made)


def test_country_from_the_city_fills_the_country_suggestion_marked_inferred():
    parsed = parse_caption("A woman walks in Nairobi on May 3, 2024. REUTERS/Ali Ahmed")
    assert parsed.get("country") is None
    assert (parsed.get("country_made"), parsed.get("country_made_inferred")) == ("Kenya", True)
    suggested = suggest_fields(parsed)
    assert (suggested["country"], suggested["country_code"]) == ("Kenya", "KE")

"""People shown in the agencies' other-language services: titles, relatives, verbs, cues.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # German relatives and demonyms lead a name like a title (dpa)
    (("Kanzlerin Jana Roth (l) und ihr Ehemann Paul Roth kommen am Samstag zur Gala in Köln.\n"
     "Foto: Lena Voss/dpa"), ["Jana Roth", "Paul Roth"]),
    (("Hoch hinaus: Die Britin Ellen Hart springt beim Meeting in Rom über die Latte.\n"
     "Foto: Lena Voss/dpa"), ["Ellen Hart"]),
    (("Prinz Jonas (r) und seine Frau Lotte besuchen am Montag eine Schule in Bonn.\n"
     "Foto: Lena Voss/dpa"), ["Prinz Jonas", "Lotte"]),
    ("Die Deutsche Bahn stellt am Montag in Berlin neue Züge vor.\nFoto: Lena Voss/dpa", []),
    # a German article alone ("das", "die") does not make a Portuguese caption German
    (("O ministro Rui Vale acena sob os olhares das damas de honra Ana Luz (à esquerda) e Rosa Neto em Lisboa, "
     "em 3 de maio de 2024. REUTERS/Tom Hale"), ["Rui Vale", "Ana Luz", "Rosa Neto"]),
    (("Ein Mann zeigt in der Beratungsstelle in Kassel, wie Einbrecher Fenster öffnen.\n"
     "Foto: Lena Voss/dpa"), []),
    # PA: "the Princess Royal" names one person
    ("The Princess Royal opens a hospital wing in Leeds (Tom Hale/PA)", ["Princess Royal"]),
    ("The princess royal gown is on display in a museum in Leeds (Tom Hale/PA)", []),
    # a royal or papal title stays with a name and its regnal number
    ("Le pape Léon XIV (C) bénit les fidèles à Lyon, le 3 mai 2024. REUTERS/Tom Hale",
     ["pape Léon XIV"]),
    (("Le président Paul Roe Martin (C) salue les fidèles à Lyon, le 3 mai 2024. "
     "REUTERS/Tom Hale"), ["Paul Roe Martin"]),
    # "En la imagen, acompañado por ...": the first sentence's subject is in the picture too
    (("El rey Tomás IV (c), durante su visita hoy a la base de Zaragoza. En la imagen, "
     "acompañado por el alcalde, Luis Gil Soto. EFE/Ana Roy"), ["rey Tomás IV", "Luis Gil Soto"]),
    (("El rey Tomás IV (c), durante su visita hoy a la base de Zaragoza. En la imagen, "
     "Luis Gil Soto saluda a los soldados. EFE/Ana Roy"), ["Luis Gil Soto"]),
    # a name alone in parentheses that ends the caption is the photographer's credit
    ("Uma criança brinca numa praça de Lisboa, em 3 de maio de 2024 (Tom Hale)", []),
    ("O filho do ministro (Rui Vale Neto) chega a Lisboa, em 3 de maio de 2024. REUTERS/Tom Hale",
     ["Rui Vale Neto"]),
    # two lone names open the caption past an ellipsis
    ("… Rui e Ana jantaram na residência oficial do ministro.Tom Hale", ["Rui", "Ana"]),
    ("A noite em que Rui e Ana jantaram na residência oficial.Tom Hale", []),
    # a lone first name joined by "and" to a cued name, then a comma
    (("Ana (C) and her sisters, Rosa (L) and Marta, pose for a portrait in Seville, Spain, "
     "May 3, 2024. REUTERS/Tom Hale"), ["Ana", "Rosa", "Marta"]),
    ("Ana (C) and Marta pose for a portrait in Seville, Spain, May 3, 2024. REUTERS/Tom Hale",
     ["Ana"]),
    # a title, then its adjective (Romance order), then a lone name; a name set off by commas
    (("O príncipe britânico Tomás e sua esposa, Ana, acenam em Londres em 3 de maio de 2024 "
     "REUTERS/Tom Hale"), ["Tomás", "Ana"]),
    (("NASA astronaut and Expedition 70 Flight Engineer Jane Roe works aboard the station on "
     "May 3, 2024. NASA"), ["Jane Roe"]),
    # "who" after a lone word: a person
    (("A mother (R) slaps Karim who killed her son during a ceremony in Noor on May 3, 2024 "
     "(AFP PHOTO/ANA ROY)"), ["Karim"]),
    (("A mother (R) watches Tehran traffic during a ceremony in Noor on May 3, 2024 "
     "(AFP PHOTO/ANA ROY)"), []),
    # a team's player before a word that can name a thing ("fight") is a person
    (("Leeds' Tom Hale, left, and Derby's Sam Cole fight for the ball during the match in Leeds, "
     "England, Saturday, May 4, 2024. (AP Photo/Al Bee)"), ["Tom Hale", "Sam Cole"]),
    (("Fans watch the Hale Cole fight for the title in Leeds, England, Saturday, May 4, 2024. "
     "(AP Photo/Al Bee)"), []),
    # "the challenge of", "at the feet of" a team's player: in the picture
    (("Leeds' Tom Hale, right, holds off the challenge of Derby's Sam Cole during the match in "
     "Leeds, England, Saturday, May 4, 2024. (AP Photo/Al Bee)"), ["Tom Hale", "Sam Cole"]),
    (("Leeds' Tom Hale, right, holds a photo of Derby's Sam Cole during the match in "
     "Leeds, England, Saturday, May 4, 2024. (AP Photo/Al Bee)"), ["Tom Hale"]),
    # German: "mit dem ... Präsidenten Jane Roe", the verb-final passive "von Jane Roe empfangen"
    (("Kanzlerin Jana Roth (l) geht mit dem polnischen Präsidenten Jan Nowak zu einer Zeremonie "
     "in Danzig.\nFoto: Lena Voss/dpa"), ["Jana Roth", "Jan Nowak"]),
    (("Kanzlerin Jana Roth (l) ist von Polens Präsident Jan Nowak empfangen worden.\n"
     "Foto: Lena Voss/dpa"), ["Jana Roth", "Jan Nowak"]),
    (("Kanzlerin Jana Roth (l) spricht von Polens Präsident Jan Nowak und seiner Politik.\n"
     "Foto: Lena Voss/dpa"), ["Jana Roth"]),
    # German: a name set off by commas after the phrase holding its title
    (("Die Ministerpräsidentin von Hessen, Jana Roth, tritt ab und zeigt sich hier in "
     "Wiesbaden.\nFoto: Lena Voss/dpa"), ["Jana Roth"]),
    (("Bei der Messe in Hessen, Nord Ost, zeigten heute viele Firmen ihre neuen Produkte.\n"
     "Foto: Lena Voss/dpa"), []),
    # a short teaser sentence that names no one: the next sentence tells the picture
    (("Grande attesa. Marta Neri alla cerimonia di apertura a Venezia.\n\nVenezia, 3 maggio, "
     "2024. REUTERS/Tom Hale"), ["Marta Neri"]),
    (("Una lunga giornata di festa per la città in attesa della cerimonia. Marta Neri ha "
     "parlato ieri.\n\nVenezia, 3 maggio, 2024. REUTERS/Tom Hale"), []),
    # the agent of a present passive, the participle a few words before "by"
    (("President Ana Roy and Premier Tom Hale are led to their meeting room by head of protocol "
     "Mia Cole. Ed Bee/Pool via REUTERS"), ["Ana Roy", "Tom Hale", "Mia Cole"]),
    (("President Ana Roy and Premier Tom Hale sit in a meeting room built by architect Mia Cole. "
     "Ed Bee/Pool via REUTERS"), ["Ana Roy", "Tom Hale"]),
    # places, diseases, banks and agencies are no one; "Em" (in) leads no name
    (("Dead fish lie by the low Oakvale Dam after Coral Loss Disease spread near Mount Brack, "
     "May 3, 2024. EPA"), []),
    ("Em Lisboa, Ana Luz (à esquerda) abraça o filho em 3 de maio de 2024 | Agência Lusa",
     ["Ana Luz"]),
    # a role noun after a capitalised word makes it a modifier, not a name
    (("Ken Sato, chief Shinto priest of the shrine, writes a character in Kyoto on May 3, 2024. "
     "(Kyodo)"), ["Ken Sato"]),
    ("Ken Sato, chief of Shinto affairs, writes a character in Kyoto on May 3, 2024. (Kyodo)",
     ["Ken Sato"]),
    # "Police Constable" is one title; the funeral's dead is only mentioned
    (("Officers stand as the funeral procession of Police Constable Tom Hale passes in London, "
     "England, on May 3, 2024. (Photo by Ed Bee/Getty Images)"), []),
    (("Police Constable Tom Hale (C) stands on duty in London, England, on May 3, 2024. "
     "(Photo by Ed Bee/Getty Images)"), ["Tom Hale"]),
    # an age leads the name
    (("Ninety-year-old Rosa Ruiz Mejia joins other immigrants at a ceremony in Los Angeles "
     "May 3, 2024. REUTERS/Tom Hale"), ["Rosa Ruiz Mejia"]),
    (("Rosa Ruiz Mejia, 90, joins other immigrants at a ceremony in Los Angeles May 3, 2024. "
     "REUTERS/Tom Hale"), ["Rosa Ruiz Mejia"]),
    # a title in single quotes is a work, not a person
    (("Ana Roy and Mia Cole attend the ‘Northern: For Ever’ premiere in Singapore on May 3, 2024. "
     "(Ed Bee/Getty Images)"), ["Ana Roy", "Mia Cole"]),
    (("Ana Roy’s daughter Mia Cole attends a premiere in Singapore on May 3, 2024. "
     "(Ed Bee/Getty Images)"), ["Mia Cole"]),
    # a lone surname as the subject of a verb of another language, and its partner
    ("Roy conversa con Hale.EDUARDO BEE | EFE", ["Roy", "Hale"]),
    ("Roy Hale conversa con los vecinos.EDUARDO BEE | EFE", ["Roy Hale"]),
    (("Santiago, 3/5/2024. El ministro Roy llegó ayer a Chile. En la imagen, Roy, con el "
     "presidente chileno, Tomás Hale, este viernes. EFE"), ["Roy", "Tomás Hale"]),
    ("Yakutsk, con una población de 300.000 habitantes, en la imagen del 3 de mayo. EFE", []),
    # the photographer's credit at the caption's foot is no one in the picture
    ("A racegoer cheers at the course Photograph: Tom Hale/PA", []),
    ("Em Gaza, uma mãe abraça o filho | Rui Vale - Reuters", []),
    ("Racegoers cheer at the course (Tom Hale/PA).PA Wire/PA Images – Tom Hale", []),
    ("Rui Vale (à esquerda) abraça o filho em Gaza - Reuters", ["Rui Vale"]),
    ("Ana Roy greets Mia Cole at the course in Leeds, England, May 3, 2024. (Tom Hale/PA)",
     ["Ana Roy", "Mia Cole"]),
    # "Among the leaders pictured are ...", "Il est accompagné de ...": more people shown
    (("Leaders pose for a family photo at the summit in Lima, Peru. Among the leaders pictured "
     "are President Ana Roy, left, and Premier Tom Hale, right. (AP Photo/Al Bee)"),
     ["Ana Roy", "Tom Hale"]),
    (("Leaders pose for a family photo at the summit in Lima, Peru. Among the topics discussed "
     "were plans of President Ana Roy. (AP Photo/Al Bee)"), []),
    (("Le 3 mai 2024, Jean Roe assiste à une cérémonie à Lyon. Il est accompagné de son "
     "ministre de l'Intérieur Paul Vigne, qui sera élu plus tard. REUTERS/Tom Hale"),
     ["Jean Roe", "Paul Vigne"]),
    (("Le 3 mai 2024, Jean Roe assiste à une cérémonie à Lyon. Il a été nommé par le ministre "
     "de l'Intérieur Paul Vigne, qui sera élu plus tard. REUTERS/Tom Hale"), ["Jean Roe"]),
    # a lone surname opening the caption before a verb of a person, past a reflexive "se"
    ("Vale se reuniu com ministros na sexta em Brasília (foto: Ana Roy/AFP)", ["Vale"]),
    ("Vale desceu do carro para falar com turistas. (Foto: Ana Roy/Agência Brasil)", ["Vale"]),
    ("Manifestante beija policial durante protesto em Lisboa (foto: Ana Roy/AFP)", []),
    # "Foto oficial do presidente Jane Roe": the picture shows the person after "do"
    ("Foto oficial do presidente Rui Vale Neto Foto: Ana Roy/Presidência", ["Rui Vale Neto"]),
    ("Discurso do presidente Rui Vale Neto em Brasília Foto: Ana Roy/Presidência", []),
    # "conversa con Jane Roe": with whom a lone subject talks is in the picture
    (("Roma, 3/5/2024. Otro día de reuniones. En la imagen, Roy conversa con Tomás Hale. "
     "EFE/Ana Roy"), ["Roy", "Tomás Hale"]),
    (("Roma, 3/5/2024. Otro día de reuniones. En la imagen, Roy con una foto de Tomás Hale. "
     "EFE/Ana Roy"), []),
    # German roles before a name, with or without the article
    ("Der Schauspieler Jan Roe posiert bei der Premiere in Berlin.\nFoto: Lena Voss/dpa",
     ["Jan Roe"]),
    ("Tennisspielerin Jana Roth jubelt bei den Open in Berlin.\nFoto: Lena Voss/dpa",
     ["Jana Roth"]),
    ("Der Deutsche Fußball Bund stellt in Berlin sein Programm vor.\nFoto: Lena Voss/dpa", []),
    # an office after a title and its preposition belongs to the title, not to the name
    (("Il presidente del Consiglio Marco Neri saluta Anna von der Berg a Bruxelles. "
     "ANSA/ANA ROY"), ["Marco Neri", "Anna von der Berg"]),
    ("Il ministro dell'Economia Marco Neri (s) e il premier Anna Riva alla Camera. ANSA/ANA ROY",
     ["Marco Neri", "Anna Riva"]),
    ("La hija de Ana María Roy posa en Madrid. EFE/Tomás Gil", ["Ana María Roy"]),
    # lowercase roles of other languages before a lone name
    ("O técnico Vale comanda o treino da seleção em Teresópolis. Foto: Ana Roy/CBF", ["Vale"]),
    ("La cantante Roy posa a su llegada a la gala en Miami. EFE/Tomás Gil", ["Roy"]),
    ("La gala Roy abre sus puertas en Miami. EFE/Tomás Gil", []),
    # a German party-and-role compound after the article
    ("Die Grünen-Politikerin Jana Roth spricht in Berlin.\nFoto: Lena Voss/dpa", ["Jana Roth"]),
    # "con" a player: both in the picture; "con motivo de" is not
    ("Tomás Gil (i) del Inter disputa el balón con Luis Roy durante el partido. EFE/Ana Roy",
     ["Tomás Gil", "Luis Roy"]),
    ("Aficionados cantan en Madrid con motivo de la visita de Luis Roy. EFE/Ana Roy", []),
    # a plural title before two lone names joined by "e"/"y" names both
    ("Os presidentes Vale e Roy durante encontro em Belém. Foto: Ana Luz/Agência Brasil",
     ["Vale", "Roy"]),
    ("As cidades Belém e Manaus durante a festa. Foto: Ana Luz/Agência Brasil", []),
    # a position written out in parentheses is a cue, in every language
    ("Les invités écoutent le discours de Jean Roe (au centre) à Lyon, le 3 mai 2024. AFP",
     ["Jean Roe"]),
    (("Los vecinos escuchan el discurso de Tomás Gil (segundo por la izquierda) en Madrid. "
     "EFE/Ana Roy"), ["Tomás Gil"]),
    ("Bürger hören die Rede von Jana Roth (2.v.l.) in Bonn.\nFoto: Lena Voss/dpa", ["Jana Roth"]),
    ("Los vecinos escuchan el discurso de Tomás Gil (centro de salud) en Madrid. EFE/Ana Roy",
     []),
    (("Bürger hören die Kommissionspräsidentin Anna von der Berg (2.v.l.) in Bonn.\n"
     "Foto: Lena Voss/dpa"), ["Anna von der Berg"]),
    # a lone name, then its title between commas (a royal style is kept with the name)
    (("Prince Tom, Duke of Leeds and Anna, Duchess of Leeds, arrive at a gala in London. "
      "(Photo by Ed Bee/Getty Images)"), ["Prince Tom", "Anna, Duchess of Leeds"]),
    (("Fans in Leeds, Capital of the North, arrive at a gala in London. "
      "(Photo by Ed Bee/Getty Images)"), []),
    # an age in another language is a cue; a name takes no indefinite article
    (("Khadija, 90 anni, fugge dalla città in Iraq.\n\nMosul, 3 maggio, 2024. REUTERS/Tom Hale"),
     ["Khadija"]),
    (("Le fermier Jean Roe fume devant un Tesla, près de Jammu, le 3 mai 2024. "
      "Reuters/Tom Hale"), ["Jean Roe"]),
    # a position cue printed without its first comma
    (("Leaders pose at the summit hosted by China's President Li Wen center, in Hangzhou, "
      "China. (AP Photo/Al Bee)"), ["Li Wen"]),
    (("Leaders pose at the summit hosted by the Li Wen Center, in Hangzhou, China. "
      "(AP Photo/Al Bee)"), []),
]


@pytest.mark.parametrize("text,people", CASES)
def test_people_in_other_languages(text, people):
    assert [v.value for v in parse_caption(text).persons_shown] == people

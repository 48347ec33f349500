"""A synthetic wire catalogue for the search benchmark: captions, credits, places, people.

Deterministic (one seed), written for this project: about twenty agencies with their
credit styles, a few hundred photographers and people, many cities (accents included),
two years of dates and a Zipf-distributed vocabulary, so some words are in most
captions, some in one percent and some in a few hundred photos in a million.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import accumulate

AGENCIES = [
    ("REUTERS", "REUTERS/{name}"), ("AP", "AP Photo/{name}"), ("AFP", "AFP/Getty Images"),
    ("EPA", "EPA-EFE/{name}"), ("Getty Images", "Getty Images/{name}"), ("Xinhua", "Xinhua"),
    ("dpa", "dpa/{name}"), ("ANP", "ANP/{name}"), ("Kyodo", "Kyodo News"),
    ("Anadolu", "Anadolu via Getty Images"), ("NurPhoto", "NurPhoto/{name}"),
    ("Sipa", "SIPA/{name}"), ("ZUMA", "ZUMA Press/{name}"), ("PA", "PA Images/{name}"),
    ("Bloomberg", "Bloomberg/{name}"), ("Keystone", "KEYSTONE/{name}"),
    ("Imago", "IMAGO/{name}"), ("SOPA", "SOPA Images/{name}"), ("EFE", "Agencia EFE/{name}"),
    ("Pool", "POOL/{name}"),
]
FIRST = ["Anna", "Pierre", "Temilade", "Keiko", "Marta", "Yoan", "Lukas", "Sofia", "Ahmed", "Chen", "Olga", "Diego", "Ingrid", "Kwame", "Priya", "Tomasz", "Elif", "Mateo", "Hana", "Ravi", "Zoë", "Björn", "Noémie", "Jiří", "Aylin", "Oskar", "Leila", "Sipho", "Mireille", "Javier", "Ewa", "Tariq", "Mei", "Ioana", "Kofi", "Agnès", "Dmitri", "Lucía", "Femi", "Astrid"]
LAST = ["Müller", "Dubois", "Okafor", "Marumoto", "Quiroga", "Valat", "Novak", "García", "Haddad", "Wang", "Petrova", "Silva", "Larsen", "Mensah", "Sharma", "Kowalski", "Yılmaz", "Rossi", "Tanaka", "Patel", "Nørgaard", "Lindqvist", "Moreau", "Dvořák", "Demir", "Berg", "Nasser", "Dlamini", "Laurent", "Ortega", "Wiśniewska", "Qureshi", "Lin", "Popescu", "Boateng", "Fontaine", "Ivanov", "Herrera", "Adeyemi", "Sørensen"]
PLACES = [
    ("Zürich", "Switzerland"), ("Geneva", "Switzerland"), ("Lagos", "Nigeria"),
    ("Abuja", "Nigeria"), ("Paris", "France"), ("Marseille", "France"), ("São Paulo", "Brazil"),
    ("Porto Alegre", "Brazil"), ("Kraków", "Poland"), ("Gdańsk", "Poland"),
    ("Malmö", "Sweden"), ("Stockholm", "Sweden"), ("Düsseldorf", "Germany"),
    ("Berlin", "Germany"), ("Bogotá", "Colombia"), ("Medellín", "Colombia"),
    ("Montréal", "Canada"), ("Toronto", "Canada"), ("Reykjavík", "Iceland"),
    ("Tokyo", "Japan"), ("Osaka", "Japan"), ("Nairobi", "Kenya"), ("Mombasa", "Kenya"),
    ("Cairo", "Egypt"), ("Istanbul", "Turkey"), ("Ankara", "Turkey"), ("Lisbon", "Portugal"),
    ("Madrid", "Spain"), ("Sevilla", "Spain"), ("Rome", "Italy"), ("Napoli", "Italy"),
    ("Athens", "Greece"), ("Kyiv", "Ukraine"), ("Lviv", "Ukraine"), ("Delhi", "India"),
    ("Mumbai", "India"), ("Jakarta", "Indonesia"), ("Manila", "Philippines"),
    ("Sydney", "Australia"), ("Auckland", "New Zealand"), ("Lima", "Peru"),
    ("Santiago", "Chile"), ("Buenos Aires", "Argentina"), ("Mexico City", "Mexico"),
    ("Oaxaca", "Mexico"), ("Havana", "Cuba"), ("Accra", "Ghana"), ("Dakar", "Senegal"),
    ("Johannesburg", "South Africa"), ("Durban", "South Africa"), ("Seoul", "South Korea"),
    ("Hanoi", "Vietnam"), ("Bangkok", "Thailand"), ("Dhaka", "Bangladesh"),
    ("Karachi", "Pakistan"), ("Tehran", "Iran"), ("Beirut", "Lebanon"), ("Amman", "Jordan"),
    ("Brussels", "Belgium"), ("Antwerpen", "Belgium"), ("Amsterdam", "Netherlands"),
    ("Rotterdam", "Netherlands"), ("Oslo", "Norway"), ("Tromsø", "Norway"),
    ("Helsinki", "Finland"), ("Tallinn", "Estonia"), ("Vilnius", "Lithuania"),
    ("Prague", "Czech Republic"), ("Brno", "Czech Republic"), ("Vienna", "Austria"),
    ("Graz", "Austria"), ("Budapest", "Hungary"), ("Bucharest", "Romania"),
    ("Sofia", "Bulgaria"), ("Belgrade", "Serbia"), ("Zagreb", "Croatia"),
    ("Dublin", "Ireland"), ("Cork", "Ireland"), ("London", "United Kingdom"),
    ("Glasgow", "United Kingdom"), ("New York", "United States"), ("Chicago", "United States"),
    ("Houston", "United States"), ("Orchard Park", "United States"),
]
PEOPLE = [f"{first} {last}" for first in ["Amara", "Bongani", "Céline", "Dario", "Esther", "Farid", "Greta", "Hamid", "Irene", "Jonas", "Katarzyna", "Luis", "Marguerite", "Nikolai", "Oluwaseun", "Paolo", "Quentin", "Rosa", "Stellan", "Thandiwe", "Ugo", "Valentina", "Wilhelm", "Ximena", "Yusuf", "Zainab", "Aurelio", "Bérénice", "Casimir", "Dagny"] for last in ["Achebe", "Brandt", "Castellanos", "Dupont", "Eriksen", "Ferreira", "Gómez", "Halvorsen", "Ibáñez", "Jovanović", "Kuznetsova", "Lemaire", "Mwangi", "Nakamura", "Oyelaran", "Pereira", "Quist", "Rinaldi", "Svensson", "Toure", "Uchida", "Vasquez", "Weiß", "Xavier", "Yamamoto", "Zielińska", "Abara", "Bianchi", "Cruz", "Dahl"]]
KEYWORDS = ["politics", "election", "protest", "flood", "storm", "wildfire", "earthquake", "football", "tennis", "cycling", "athletics", "economy", "markets", "strike", "transport", "health", "hospital", "school", "culture", "festival", "music", "film", "fashion", "religion", "migration", "border", "police", "court", "war", "refugees", "climate", "energy", "agriculture", "drought", "heatwave", "snow", "royals", "diplomacy", "summit", "parliament", "trade", "technology", "space", "science", "wildlife", "ocean", "travel"]
EVENTS = ["a rally", "a strike", "the opening ceremony", "a football match", "a flood", "a protest march", "a state visit", "the final", "a press conference", "a memorial service", "an election count", "a fashion show", "a trade summit", "a storm", "the morning rush hour", "a cycling stage"]
VOCABULARY = ["the", "a", "of", "and", "in", "to", "on", "at", "with", "after", "during", "as", "people", "crowd", "police", "residents", "officials", "supporters", "workers", "fans", "children", "players", "leaders", "voters", "rescuers", "farmers", "soldiers", "students", "commuters", "passengers", "pilgrims", "firefighters", "doctors", "nurses", "street", "square", "station", "market", "bridge", "river", "harbour", "stadium", "parliament", "palace", "court", "hospital", "school", "church", "mosque", "temple", "village", "border", "road", "highway", "airport", "beach", "gather", "march", "wait", "walk", "stand", "celebrate", "protest", "mourn", "cheer", "queue", "clear", "repair", "carry", "rescue", "board", "inspect", "arrive", "leave", "vote", "sing", "pray", "play", "train", "build", "burn", "flood", "minibuses", "minibus", "buses", "trains", "boats", "tents", "banners", "flags", "candles", "flowers", "umbrellas", "placards", "ballots", "tractors", "ambulances", "helicopters", "bicycles", "barricades", "sandbags", "debris", "heavy", "light", "early", "late", "first", "final", "new", "old", "main", "central", "northern", "southern", "thousands", "hundreds", "dozens", "several", "many", "few", "rain", "snow", "wind", "heat", "smoke", "dust", "mud", "water", "prime", "minister", "president", "mayor", "governor", "king", "queen", "prince", "coach", "captain", "minister", "national", "local", "regional", "international", "annual", "traditional", "historic", "temporary", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "government", "opposition", "union", "company", "ministry", "army", "navy", "coastguard", "council", "committee", "storm", "wildfire", "earthquake", "landslide", "drought", "heatwave", "blizzard", "cyclone", "typhoon", "election", "referendum", "summit", "ceremony", "funeral", "wedding", "parade", "festival", "carnival", "concert", "match", "race", "marathon", "tournament", "championship", "derby", "semifinal", "quarterfinal", "lanterns", "drummers", "dancers", "acrobats", "puppets", "fireworks", "confetti", "floats", "costumes", "masks", "cranes", "scaffolding", "shipyard", "refinery", "turbine", "pipeline", "reservoir", "aqueduct", "viaduct", "kiln", "loom", "forge", "quarry", "vineyard", "orchard", "apiary", "hatchery", "granary", "windmill", "lighthouse", "oboe", "zither", "accordion", "bagpipes", "didgeridoo", "marimba", "balalaika", "harmonium", "theremin", "ibex", "lynx", "otter", "heron", "pelican", "walrus", "narwhal", "pangolin", "okapi", "axolotl", "quokka", "tapir"]
SYLLABLES = ["ka", "lo", "mi", "ra", "vel", "tor", "sin", "dar", "ul", "ben", "fa", "go", "hu", "ish", "jor", "ke", "lan", "mur", "nev", "or"]
#: The long tail: village names, each in a few dozen photos of a million.
VILLAGES = sorted({(a + b + c).capitalize() for a in SYLLABLES for b in SYLLABLES
                   for c in ("n", "sk", "ra", "mo", "ta", "vik", "")})[:5000]
ZIPF_WEIGHTS = list(accumulate(1.0 / (rank + 1) for rank in range(len(VOCABULARY))))
START = date(2024, 1, 1)
DAYS = 730


class CatalogueMaker:
    """Makes photo ``i``'s values; the same seed gives the same catalogue."""

    def __init__(self, seed: int = 10) -> None:
        self.random = random.Random(seed)
        self.photographers = [f"{f} {l}" for f in FIRST for l in LAST]

    def photo(self, index: int) -> dict[str, str | list[str]]:
        r = self.random
        source, credit_style = AGENCIES[min(int(r.paretovariate(1.2)) - 1, len(AGENCIES) - 1)
                                        if r.random() < 0.6 else r.randrange(len(AGENCIES))]
        photographer = r.choice(self.photographers)
        city, country = PLACES[min(int(r.expovariate(0.06)), len(PLACES) - 1)]
        taken = START + timedelta(days=r.randrange(DAYS))
        people = r.sample(PEOPLE, r.choice((0, 0, 1, 1, 2)))
        words = r.choices(VOCABULARY, cum_weights=ZIPF_WEIGHTS, k=14)
        event = r.choice(EVENTS)
        if r.random() < 0.3:
            event += f" near {r.choice(VILLAGES)}"
        subject = people[0] if people else r.choice(("Residents", "Supporters", "Commuters",
                                                      "Rescue workers", "Fans", "Protesters"))
        description = (
            f"{subject} {' '.join(words[:5])} during {event} in {city}, {country}, "
            f"{taken:%A, %B} {taken.day}, {taken.year}. {' '.join(words[5:]).capitalize()}. "
            f"{credit_style.format(name=photographer)}")
        values: dict[str, str | list[str]] = {
            "headline": f"{event.split(' ', 1)[1].capitalize()} in {city}",
            "title": f"{country.upper()[:12]}-{event.split()[1].upper()}/",
            "description": description, "credit_line": credit_style.format(name=photographer),
            "source": source, "creator": [photographer], "city": city, "country": country,
            "date_created": f"{taken.isoformat()}T{r.randrange(6, 22):02d}:{r.randrange(60):02d}:00",
            "keywords": r.sample(KEYWORDS, r.randrange(1, 4)),
        }
        if people:
            values["persons_shown"] = people
        return values

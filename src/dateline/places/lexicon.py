"""Word lists the places stage uses: name variants, cue words for metonymy, stop names.

Kept apart from the code so that they can be read, reviewed and extended without touching logic.
"""

from __future__ import annotations

# Short forms news text uses for countries, which GeoNames' and ISO's names lack (alpha-3 → names).
COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "RUS": ("Russia",),
    "KOR": ("South Korea", "Korea"),
    "PRK": ("North Korea",),
    "COD": ("Congo", "DR Congo", "DRC", "Democratic Republic of Congo"),
    "COG": ("Republic of Congo", "Congo-Brazzaville"),
    "CIV": ("Ivory Coast",),
    "CZE": ("Czech Republic", "Czechia"),
    "MMR": ("Burma", "Myanmar"),
    "SYR": ("Syria",),
    "IRN": ("Iran",),
    "LAO": ("Laos",),
    "VNM": ("Vietnam", "Viet Nam"),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "TWN": ("Taiwan",),
    "PSE": ("Palestine", "Palestinian Territories"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "MKD": ("Macedonia", "North Macedonia"),
    "TUR": ("Turkey", "Türkiye"),
    "NLD": ("Holland", "the Netherlands"),
    "CHN": ("China", "mainland China"),
}

# Continents by GeoNames continent code: extra English names.
CONTINENT_NAMES: dict[str, tuple[str, ...]] = {
    "NA": ("North America",), "SA": ("South America", "Latin America"), "EU": ("Europe",),
    "AF": ("Africa",), "AS": ("Asia",), "OC": ("Oceania", "Australasia"), "AN": ("Antarctica", "Antarctic"),
}

# Seats of government known by a name that is not the GeoNames capital's own ("Washington" for
# Washington, D.C.). Alpha-3 → names used metonymically for that country's government.
SEAT_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("Washington", "Washington, D.C.", "Washington DC", "the White House"),
    "GBR": ("London", "Westminster", "Downing Street"),
    "RUS": ("Moscow", "the Kremlin"),
    "CHN": ("Beijing",),
    "ISR": ("Jerusalem",),
    "NLD": ("The Hague",),
}
# Seats of government that are a building or a street, not a town ("Whitehall said", "the
# Elysee has announced"): they stand for the government whether or not the gazetteer has a place
# of their name (Whitehall, Ohio). Name (without "the") → alpha-3; CAPITALS gives the metonym's
# point, the capital's.
SEAT_BUILDINGS: dict[str, str] = {
    "White House": "USA", "Foggy Bottom": "USA", "Downing Street": "GBR", "Whitehall": "GBR",
    "Number 10": "GBR", "No 10": "GBR", "No. 10": "GBR", "Kremlin": "RUS", "Zhongnanhai": "CHN",
    "Elysee": "FRA", "Élysée": "FRA", "Elysee Palace": "FRA", "Élysée Palace": "FRA",
    "Quai d'Orsay": "FRA", "Matignon": "FRA", "Blue House": "KOR", "Palazzo Chigi": "ITA",
    "La Moncloa": "ESP", "Moncloa": "ESP",
}
CAPITALS: dict[str, str] = {"USA": "Washington", "GBR": "London", "RUS": "Moscow",
                            "CHN": "Beijing", "FRA": "Paris", "KOR": "Seoul", "ITA": "Rome",
                            "ESP": "Madrid"}

# Cities a news dateline names without their state (the AP Stylebook's domestic list; Canadian
# Press's largest cities): a bare dateline "WASHINGTON —" is the capital even in a paper near
# another Washington, as wire copy writes "WASHINGTON, Pa. —" for that one. Name → alpha-3 of the
# country whose largest town of the name it is.
DATELINE_CITIES: dict[str, str] = {
    **{name: "USA" for name in (
        "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver",
        "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami",
        "Milwaukee", "Minneapolis", "New Orleans", "New York", "Oklahoma City", "Philadelphia",
        "Phoenix", "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio", "San Diego",
        "San Francisco", "Seattle", "Washington")},
    **{name: "CAN" for name in ("Toronto", "Montreal", "Vancouver", "Calgary", "Winnipeg",
                                "Quebec City")},
}

# Verbs whose subject, when it is a capital or country, is that country's government
# ("Washington said", "Islamabad has pushed back"): speech, stance and policy acts.
METONYM_VERBS: frozenset[str] = frozenset("""
accept accuse acknowledge add admit agree aim allege announce answer appeal approve argue ask
assure back balk ban bar believe blame block call caution charge claim condemn confirm consider
continue counter criticize criticise decide decline demand deny deploy describe dismiss dispute
doubt downplay echo embrace endorse expect expel express fear hail hope impose indicate insist
intend issue join maintain move need negotiate note object offer oppose order plan pledge press
promise propose protest push react recognize recognise refuse reject remain reply respond rebuff
retaliate say seek sign signal slam stress suggest support suspend tell threaten tighten urge veto
vow want warn welcome withdraw
""".split())

# Nouns of government that make a following "in X" / "X's" a metonym ("the new government in Kabul").
GOVERNMENT_NOUNS: frozenset[str] = frozenset(
    "government regime administration authorities leadership rulers officials cabinet".split())

# Names that match a gazetteer entry but in news are almost always something else (a common word,
# a first name, a month) when spaCy has not labelled them as a place.
NOT_PLACES_WITHOUT_LABEL: frozenset[str] = frozenset("""
university college school hospital church street avenue road county city state park center centre
north south east west central northern southern eastern western northeast northwest southeast
southwest way section metro gulf man white president may march june july august god
ms mr mrs dr st coast one valley
""".split())
# Words of organisations' and states' names ("the Soviet Union's", "the Iranian Chess
# Federation", "Red Hat Enterprise Linux", "the Republic of Artsakh") and of faith ("Islam"),
# which are also towns (Enterprise, Alabama; Union, New Jersey; Federation, New South Wales):
# no place unless spaCy labels the word itself one or a qualifier names the town's area
# ("ENTERPRISE, Ala. —", "in Union, New Jersey"), after which the article's bare mentions of it
# are the town too ("the Union police chief"; twenty-third session).
NOT_PLACES_UNQUALIFIED: frozenset[str] = frozenset("""
union federation republic commonwealth confederation enterprise islam
""".split())

# Words in an entity that show it is an organisation or a facility, not the place itself.
ORG_WORDS: frozenset[str] = frozenset("""
university college school academy hospital church department police office council committee
association company corporation inc bank club team board court airport station bridge hall
""".split())

# Last words of natural features ("Red River", "Neches River", "Lake Erie" ends otherwise): the
# gazetteer holds populated places and divisions, not these, so such a name is only taken when a
# record has exactly that name, never by one of its words or an alias ("Red River" County).
NATURAL_FEATURE_WORDS: frozenset[str] = frozenset("""
river creek lake mountain mountains valley bay island islands sea ocean gulf canyon forest
wilderness falls peninsula desert strait channel sound
""".split())
# Last words of toponyms too large to take a town's point from mere nearness in the text (the
# stage's host towns): "Easter Island" in a story that names Los Angeles.
LARGE_FEATURE_WORDS: frozenset[str] = frozenset("""
sea ocean gulf strait channel sound peninsula desert mountains island islands range
""".split())

# Endings that name a second-order division ("Madison County", "Rapides Parish").
COUNTY_WORDS: frozenset[str] = frozenset("county parish borough".split())

# Street names that news uses for an institution or an idea, not a place ("Wall Street" reacted).
STREETS_NOT_PLACES: frozenset[str] = frozenset({
    "wall street", "downing street", "fleet street", "sesame street", "easy street", "main street",
    "united way",  # the charity
})

# Names that match a town somewhere but in news are a news agency, whatever spaCy labelled them.
NEVER_PLACES: frozenset[str] = frozenset({
    "xinhua", "interfax", "tass", "itar tass", "yonhap", "kyodo", "bernama", "reuters",
    "allah",  # God's name, an alternate name of Hamidiyeh, Iran (twenty-third session)
})
# Last words of two-word names that honour a person ("the Lincoln Memorial", "the Washington
# Monument", "the Kennedy Center"): the first word opens no place name there.
HONOREE_WORDS: frozenset[str] = frozenset("""
memorial monument center centre
""".split())
# Middle words between a person's name and an honoree word ("the Kennedy Space Center", "the
# Goddard Space Flight Center": NASA's centres bear persons' names; second round of the
# twenty-third session).
HONOREE_MIDDLES: tuple[tuple[str, ...], ...] = (("space",), ("space", "flight"))

# English names of world cities that GeoNames' cities500 names otherwise ("Makkah", "Madinah") and
# holds only among its many alternate names, where American towns bear the English name as their
# own (Mecca, California; Medina, Ohio): the city's record by its GeoNames id, read as an own name.
# A curated short list from public knowledge (second round of the twenty-third session): promoting
# every alternate name made "the White House" Casablanca.
ENGLISH_CITY_NAMES: dict[str, int] = {
    "mecca": 104515,   # Makkah, Saudi Arabia
    "medina": 109223,  # Madinah, Saudi Arabia
}

# Names spaCy labels a place now and then that no gazetteer holds and that are no places: faiths'
# followers and scriptures, the Sun and the Moon ("resistance from Muslims", "books outside the
# Qur'an", "the distance from the Sun to the Earth"): never a toponym without a record (second
# round of the twenty-third session).
NOT_UNKNOWN_PLACES: frozenset[str] = frozenset("""
muslim muslims jew jews hindu hindus sikh sikhs buddhist buddhists christian christians catholic
catholics qur'an quran koran bible torah talmud sun moon
""".split())

"""Words and symbols for the amounts stage (data only, no code)."""

# Currency symbols and codes written before the number, to ISO 4217. Longest first when matching.
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₦": "NGN", "₱": "PHP",
    "Rs.": "INR", "Rs": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "CNY": "CNY", "RMB": "CNY", "INR": "INR", "PKR": "PKR", "CHF": "CHF", "AUD": "AUD",
    "CAD": "CAD", "RUB": "RUB",
}

# Currency names written after the number ("500 million euros"), to ISO 4217.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "US dollars": "USD", "U.S. dollars": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
    "rupees": "INR", "Pakistani rupees": "PKR", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "afghani": "AFN", "afghanis": "AFN", "lira": "TRY", "liras": "TRY",
    "rial": "IRR", "rials": "IRR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "naira": "NGN", "rand": "ZAR", "won": "KRW", "pesos": "MXN",
    "shekel": "ILS", "shekels": "ILS", "francs": "CHF", "hryvnia": "UAH", "hryvnias": "UAH",
}

# Scale words and abbreviations, to multipliers.
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "lakh": 1e5,
}

# Number words (cardinals only: ordinals such as "first" are not amounts).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000,
    "a million": 1e6, "a billion": 1e9, "hundreds": 100, "thousands": 1000, "millions": 1e6,
    "billions": 1e9, "dozens": 12, "tens of thousands": 1e4, "hundreds of thousands": 1e5,
}
# Plural number words give only an order of magnitude ("thousands of people"): approximate.
VAGUE_NUMBERS = frozenset({"hundreds", "thousands", "millions", "billions", "dozens",
                           "tens of thousands", "hundreds of thousands"})

PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct", "%")

# Qualifiers that make an amount approximate when they come before it ...
APPROXIMATORS = (
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "more than",
    "over", "up to", "at least", "less than", "fewer than", "close to", "an estimated",
    "estimated", "upwards of", "just over", "just under", "well over", "under", "as many as",
    "as much as", "at most", "no fewer than", "no less than", "in excess of", "approx.", "circa",
    "c.", "some", "an approximate", "nearly", "barely", "just",
)
# ... or after it.
APPROXIMATOR_SUFFIXES = ("or so", "or more", "-plus", "plus", "odd")

# Nouns that make a count a count of people (plus NORP entities: "3.5 million Afghans").
PEOPLE_NOUNS = frozenset("""
people persons person individuals residents civilians refugees migrants immigrants asylum-seekers
soldiers troops fighters militants men women children kids boys girls adults students workers
employees staff voters citizens nationals members protesters demonstrators supporters patients
victims casualties dead deaths wounded injured inhabitants households families prisoners
detainees hostages officers police policemen personnel volunteers doctors nurses teachers
journalists delegates lawmakers senators passengers tourists visitors pilgrims farmers survivors rescuers drivers crew crewmembers
crewmen terrorists suspects attackers gunmen miners sailors fishermen firefighters rebels
insurgents militiamen jihadists combatants peacekeepers diplomats officials ministers
legislators representatives athletes players fans spectators customers consumers residents
pupils infants babies elderly pensioners retirees homeless evacuees displaced prisoners inmates
convicts defendants witnesses survivors dead fatalities people's Americans Democrats Republicans
""".split())

# Head nouns of durations and dates: "three decades" stays with time, not amounts.
TIME_NOUNS = frozenset("""
second seconds minute minutes hour hours day days week weeks month months year years decade
decades century centuries millennium millennia weekend weekends night nights morning mornings
""".split())

# Prepositions that introduce what a sum of money is ("$9.5 billion in assets").
MONEY_OBJECT_PREPS = ("in", "of", "worth", "for")

# Units of measurement after a number: the amount is a measure in that unit, not a count.
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "m": "m", "metre": "m", "metres": "m", "meter": "m",
    "meters": "m", "ft": "ft", "foot": "ft", "feet": "ft", "inch": "inch", "inches": "inch",
    "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "g": "g",
    "gram": "g", "grams": "g", "mg": "mg", "tonne": "t", "tonnes": "t", "ton": "ton",
    "tons": "ton", "lb": "lb", "lbs": "lb", "pound": "lb", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "gallon": "gallon", "gallons": "gallon", "barrel": "barrel",
    "barrels": "barrel", "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha",
    "°": "degree", "degree": "degree", "degrees": "degree", "mph": "mph", "km/h": "km/h",
    "kph": "km/h", "knots": "knot", "mw": "MW", "megawatts": "MW", "gw": "GW", "kwh": "kWh",
    "mole": "mol", "moles": "mol", "square kilometres": "km2", "square miles": "mile2",
}

"""US state abbreviations as news text writes them after a city ("Lexington, Ky.", "Austin, TX").

Keys are lower case without periods; values are the state names the gazetteer knows. AP style
abbreviations (the Associated Press Stylebook's) and USPS two-letter codes.
"""

from __future__ import annotations

_STATES = {
    "Alabama": ("al", "ala"), "Alaska": ("ak",), "Arizona": ("az", "ariz"),
    "Arkansas": ("ar", "ark"), "California": ("ca", "calif", "cal"), "Colorado": ("co", "colo"),
    "Connecticut": ("ct", "conn"), "Delaware": ("de", "del"), "Florida": ("fl", "fla"),
    "Georgia": ("ga",), "Hawaii": ("hi",), "Idaho": ("id",), "Illinois": ("il", "ill"),
    "Indiana": ("in", "ind"), "Iowa": ("ia",), "Kansas": ("ks", "kan", "kans"),
    "Kentucky": ("ky",), "Louisiana": ("la",), "Maine": ("me",), "Maryland": ("md",),
    "Massachusetts": ("ma", "mass"), "Michigan": ("mi", "mich"), "Minnesota": ("mn", "minn"),
    "Mississippi": ("ms", "miss"), "Missouri": ("mo",), "Montana": ("mt", "mont"),
    "Nebraska": ("ne", "neb", "nebr"), "Nevada": ("nv", "nev"), "New Hampshire": ("nh",),
    "New Jersey": ("nj",), "New Mexico": ("nm",), "New York": ("ny",),
    "North Carolina": ("nc",), "North Dakota": ("nd",), "Ohio": ("oh",),
    "Oklahoma": ("ok", "okla"), "Oregon": ("or", "ore"), "Pennsylvania": ("pa", "penn"),
    "Rhode Island": ("ri",), "South Carolina": ("sc",), "South Dakota": ("sd",),
    "Tennessee": ("tn", "tenn"), "Texas": ("tx", "tex"), "Utah": ("ut",), "Vermont": ("vt",),
    "Virginia": ("va",), "Washington": ("wa", "wash"), "West Virginia": ("wv", "wva"),
    "Wisconsin": ("wi", "wis"), "Wyoming": ("wy", "wyo"),
}

STATE_ABBREVIATIONS: dict[str, str] = {
    abbr: state for state, abbrs in _STATES.items() for abbr in abbrs
}

# Canadian provinces as Canadian Press style abbreviates them, and the US capital's district.
_PROVINCES = {
    "Alberta": ("alta", "ab"), "British Columbia": ("bc",), "Manitoba": ("man", "mb"),
    "New Brunswick": ("nb",), "Newfoundland and Labrador": ("nfld", "nl"),
    "Nova Scotia": ("ns",), "Ontario": ("ont", "on"), "Prince Edward Island": ("pei",),
    "Quebec": ("que", "qc"), "Saskatchewan": ("sask", "sk"),
}
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    abbr: province for province, abbrs in _PROVINCES.items() for abbr in abbrs
}
DISTRICT_ABBREVIATIONS: dict[str, str] = {"dc": "Washington, D.C."}

# Forms with two periods that are a city, not the state with the same letters ("L.A." is Los
# Angeles; "La." is Louisiana).
CITY_ABBREVIATIONS: dict[str, str] = {"la": "Los Angeles"}

"""Patterns and word lists the places stage's recognizer reads text with: datelines, streets,
cue words before and after a name, place-type words. Kept apart from the code (recognize.py) so
that they can be read, reviewed and extended on their own.
"""

from __future__ import annotations

import re
from re import _parser

from ..time.rules import first_characters


def scanned(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled for a scan of a whole article (``finditer``): behind a lookahead of the
    characters its matches can start with (``time.rules.first_characters``), so that a position
    where none can start fails at one class test instead of trying each alternative in turn
    (PERSON_CONTEXT 0.5 -> 0.12 ms an article). The same matches: the lookahead only refuses
    positions no match starts at. A pattern that may match the empty string, or whose first
    characters are not known, is compiled as it is."""
    first = None if "(?i" in pattern else first_characters(_parser.parse(pattern, flags))
    if not first:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern})", flags)

LEADING = re.compile(r"^(?:the|The|THE)\s+")
TRAILING = re.compile(r"(?:['’]s|['’])$")
CAPITALISED = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:of\s+|de\s+|du\s+|la\s+|el\s+)?[A-Z][\w'’.\-]*){0,3}")
# Where a run of capitalised words crosses a sentence's end: a full stop after three lower-case
# letters ("Colombo. The …"), not an abbreviation's ("St. Louis", "Ky. The").
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})\.\s+")
STREET = re.compile(
    r"\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Lane|Ln\.|Boulevard|Blvd\.|Parkway|"
    r"Pkwy\.|Highway|Hwy\.|Interstate|Route|Way|Court|Trail|Pike|Circle|Place)\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
# A news dateline: an all-capital place name opening a line (or following the headline's full
# stop), an optional qualifier ("KABUL, Afghanistan", "LEXINGTON, Ky."), an optional agency in
# brackets, then a dash or colon: "KABUL, Afghanistan —", "WINONA -- The body", "PARIS (AP) —",
# "WASHINGTON, March 3 (Reuters) -", "NAIROBI, Kenya, Jan. 5 (AP) —", "BEIJING/TAIPEI (Reuters) -".
DATELINE = re.compile(
    r"(?:^|\n|[.!?”\"]\s|\d\s)[ \t]*(?P<name>[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,[ ]+(?P<qualifier>(?!" + _MONTH + r")[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"
    r"(?:,?[ ]+" + _MONTH + r"\.?[ ]+\d{1,2})?"
    r"[ ]*(?:\([A-Za-z .]{1,30}\)[ ]*)?(?:—|–|--| - |:\s)")
# A dateline whose agency and dash the text lost, opening the text or a line: "WASHINGTON Barack
# Obama pardoned …" (wire copy as some sites keep it). A name of four letters or more, then a
# capitalised word; no initials ("U.N. Secretary-General …").
DATELINE_BARE = re.compile(r"(?:\A|\n)[ \t]*(?P<name>[A-Z][A-Z'’\-]{3,}(?: [A-Z][A-Z'’.\-]+){0,2})"
                           r"(?P<qualifier>(?!))?[ ]+(?=[A-Z][a-z])")
# The same in title case, at a line's start only and with an agency or a qualifier, which a
# sentence opening ("Smith — who …") lacks: "Kabul, Afghanistan (AP) —", "Gaza City (Reuters) -".
DATELINE_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,3})"
    r"(?:,[ ]+(?P<qualifier>(?!" + _MONTH + r")[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"
    r"(?:,?[ ]+" + _MONTH + r"\.?[ ]+\d{1,2})?"
    r"[ ]*(?P<agency>\([A-Za-z .]{1,30}\)[ ]*)?(?:—|–|--| - )")
# A bare compass direction ("North", "Far North", "Northwest", "Centre") is a region's name only in
# a few countries (Cameroon's regions) and far more often a direction: never a toponym alone.
COMPASS = re.compile(r"^(?:far |extreme |upper |lower )?(?:north|south|east|west|central|centre|"
                     r"center|northeast|northwest|southeast|southwest|north east|north west|"
                     r"south east|south west)$")
# Place-type words that introduce names with "of": "the village of Prisi", "the towns of Haris and
# Varzaqan" (one list for the locative cue and for the type the word gives the names).
PLACE_TYPES_BEFORE_OF = (r"villages?|towns?|cities|city|hamlets?|suburbs?|districts?|provinces?|"
                         r"counties|municipalit(?:y|ies)|settlements?|neighbou?rhoods?|regions?|"
                         r"states?")  # "the state of Rhineland-Palatinate": first-order divisions
# Words right before a name that say it is a place: "in Belmonte", "near Dunmore", "the village of
# Yarrow", "towns of Alder and Brisk" (the second name after "and" is caught by the first's cue),
# "in Milton and Ashby" (the cue carries over one "and"/"or": LGL tune recall 0.896 -> 0.897).
LOCATIVE_BEFORE = re.compile(
    r"(?:,\s+of|\b[Ff]rom [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? to|"
    r"\b(?:[Ii]n|[Nn]ear|[Aa]round|[Tt]oward) [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? (?:and|or)|"  # "in Euclid and X"
    r"\b(?:[Mm]ov(?:ed|ing)|[Tt]ravel+(?:ed|ing)|[Ff]l(?:ew|own|ed)|[Dd]r(?:ove|iven)|[Ww]ent|"
    r"[Rr]eturn(?:ed|ing)|[Hh]ead(?:ed|ing)|[Rr]erouted|[Tt]ransferred|[Tt]aken|[Ss]ent|[Dd]eployed|"
    r"[Ee]vacuated|[Rr]elocat(?:ed|ing)|[Cc]ame|[Tt]rips?|[Ff]lights?|[Rr]oute|[Mm]arch(?:ed|ing)|"
    r"[Ww]alk(?:ed|ing)|[Ee]xtradited|[Dd]eported|[Bb]rought|[Ee]scaped|[Ss]ailed|"
    r"[Hh]ighway|[Rr]ailway|[Ff]err(?:y|ies)|[Tt]rains?|[Bb]uses) to|"  # "fled to Sfax"
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Ii]nto|[Tt]hrough|[Ff]rom|"
    r"[Tt]owards?|[Bb]eyond|[Oo]ff|[Ww]est of|[Ee]ast of|[Nn]orth of|[Ss]outh of)|"
    r"\b(?:" + PLACE_TYPES_BEFORE_OF + r"|county|camps?) of)"
    r"(?: rural| downtown| nearby| the)?\s+$")
# Words right after a town's name that say it is one: its police, council, mayor or schools, or its
# people ("a Crafton man", "Grovetown police", "Oakdale Fire Department", "Erie Mayor").
CIVIC_AFTER = re.compile(
    r"\s+(?:[Pp]olice|[Ff]ire [Dd]epartment|[Ff]ire [Cc]hief|[Ff]irefighters|[Cc]ity [Cc]ouncil|"
    r"[Tt]own [Cc]ouncil|[Bb]orough [Cc]ouncil|[Vv]illage [Bb]oard|[Mm]ayor|[Cc]ity [Hh]all|"
    r"[Hh]igh [Ss]chool|[Mm]iddle [Ss]chool|[Ee]lementary|[Pp]ublic [Ll]ibrary|"
    r"[Ss]chool [Dd]istrict|[Ss]chool [Bb]oard|[Bb]oard of [Ee]ducation|[Cc]hamber of [Cc]ommerce|"
    r"[Ff]irst [Ss]electman|[Ss]electmen|[Tt]ownship [Tt]rustees|residents?|natives?|man|woman|"
    r"men|women|boy|girl|teens?|teenager|couple|family|homeowners?|[Ss]heriff|"
    r"[Cc]ounty [Cc]ommission(?:ers)?|[Pp]arks and [Rr]ecreation|[Cc]ommonwealth['’]s [Aa]ttorney|"
    r"[Vv]olunteer [Ff]ire)\b")
# Common nouns a town's name modifies in local news ("a Grovetown home", "the Nokomis crash",
# "Berea police" is CIVIC_AFTER's): evidence of a place only for a town near the article's other
# places (recognize._Finder.local), as a company or a person is named before them as often.
LOCAL_NOUN_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+\s+)?(?:homes?|houses?|residences?|apartments?|neighbou?rhoods?|streets?|"
    r"crash|accident|fire|blaze|shooting|stabbing|robbery|burglary|store|shop|businesses|"
    r"business|restaurant|church|cemetery|monastery|park|campus|zoning|students?|"
    r"motorists?|drivers?|officials?|voters?|area|landfill|plant|mill))\b")
# What joins the places of a list: "Oregon and Washington", "Iowa, Georgia or Ohio".
COORDINATION = re.compile(r"^,?\s+(?:and|or|&)\s+$")
LIST_COMMA = re.compile(r"^,\s+$")


def _capital(not_after: str) -> str:
    """A capital letter that follows no character of the class ``not_after``, written as the
    letter and then a lookbehind past it rather than ``(?<!…)[A-Z]``: a pattern that opens with a
    character class is scanned by the regex engine's fast search, from capital to capital, where
    one that opens with a lookbehind is tried at every position (TYPED_AFTER, STATE_TITLED and
    APPOSED each 2-3x faster over an article; the same matches)."""
    return rf"[A-Z](?<!{not_after}[A-Z])"


# A town's or a division's office, people or parts before "of" and its name: "the Mayor of
# Koszalin Piotr Jedlinski", "Governor of Kandahar", "the outskirts of Valencia", "off the coast of
# Lampedusa" (the name's first one to three words are looked up). ``town``: the words that make it
# a town when the gazetteer has one ("the outskirts of Valencia" is the city, not the region);
# ``division``: a first- or second-order division.
# A name of one to three capitalised words ("Koszalin", "Deir Ez-Zor", "Bandar Abbas"), the run
# the patterns below take as a place's name.
_NAME_RUN_TAIL = r"[\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}"  # after its first capital
_NAME_RUN = r"[A-Z]" + _NAME_RUN_TAIL
OFFICE_OF = scanned(
    r"\b(?:(?P<town>[Mm]ayors?|[Dd]eputy [Mm]ayor|[Ll]ord [Mm]ayor|[Cc]ity|[Tt]own|[Vv]illage|"
    r"[Oo]utskirts|[Ss]uburbs|[Cc]entre|[Cc]enter|[Ss]treets|[Pp]ort)|"
    r"(?P<division>[Gg]overnors?|[Pp]refect|[Pp]rovince)|"
    r"[Ss]heriff|[Pp]olice [Cc]hief|[Cc]hief of [Pp]olice|[Cc]ouncil|[Mm]unicipality|[Pp]eople|"
    r"[Rr]esidents|[Cc]itizens|[Ii]nhabitants|[Cc]oast|[Ss]hores|[Ii]sland) of\s+"
    rf"(?P<name>{_NAME_RUN})")
# A name listed right after a place, or right before one: "Gainesville and Lindsay", "between
# Baracoa and Guantanamo", "Kendal, Keswick and Penrith" (a comma alone joins only
# inside a list that goes on: "In Atlanta, Gray said" is no list). Not names before a type word
# in the plural ("Lakeview and Harrison streets", "Polk and Hale counties": other rules' or none).
_PLURAL_TYPE = (r"(?:streets|roads|avenues|drives|lanes|boulevards|highways|counties|parishes|"
                r"provinces|states|regions|districts|townships|boroughs|rivers|lakes)\b")
# What shows that a list goes on after a name: another name after a comma, "and" or "or".
LIST_GOES_ON = r",\s+[A-Z]|,?\s+(?:and|or)\s+[A-Z]"
LIST_GOES_ON_AFTER = re.compile(LIST_GOES_ON)
LISTED_AFTER = re.compile(
    rf"(?:,?\s+(?:and|or|&)\s+(?P<last>{_NAME_RUN})|,\s+(?P<item>{_NAME_RUN})"
    rf"(?={LIST_GOES_ON}))(?!\s+{_PLURAL_TYPE})(?![\w'’\-])")
# "from Deir ez-Zor to Mayadin": the name after "to" when "from" comes before the place.
FROM_BEFORE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?$")
TO_AFTER = re.compile(rf"\s+to\s+(?P<last>{_NAME_RUN})(?![\w'’\-])")
LISTED_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_RUN})(?:,?\s+(?:and|or|&)|(?P<comma>,))\s+$")
# Facilities that are places in their own right (spaCy FAC entities ending so, or a capitalised
# name so ending after a locative cue): airports, parks, forests and reserves, and the squares,
# bridges and landmark buildings of city news ("Tahrir Square", "Westminster Bridge", "the Eiffel
# Tower"; news toponym sets mark them; LGL and TR-News have almost none: F1 unchanged on tune).
# Other facilities (offices, highways) the dev sets annotate less than half the time.
# Seventh session of 2026-12-05: halls, theatres, arenas and estuaries too ("Bontddu Hall",
# "Grauman's Egyptian Theatre", "the Mawddach Estuary"), not a town's own hall ("City Hall", which
# LGL leaves unmarked): Wikinews toponyms tune F1 +0.015, LGL and TR-News tune unchanged.
LANDMARK = re.compile(r"\s(?:Airport|Park|Forest|Preserve|Refuge|Reserve|Dam|Square|Plaza|Bridge|Tower|"
                      r"Terminal|Stadium|Cathedral|Mosque|Palace|Theatre|Theater|Arena|Estuary|"
                      r"(?<!City\s)(?<!Town\s)(?<!County\s)(?<!Village\s)Hall)$")
# "at" before a landmark ("stayed at Bontddu Hall", "at the Wyndham Smoky Mountains"): a cue for
# landmarks only; as a cue for towns too it cost precision (Wikinews check F1 0.917 -> 0.891).
AT_BEFORE = re.compile(r"\b[Aa]t (?:the )?$")
# Buildings and grounds spaCy labels as organisations that the dev sets mark as places (a museum, a
# castle, a sports field, a prison, an embassy); not hospitals, churches, schools or theatres, which
# LGL leaves unmarked far more often than TR-News marks them (tune halves: F1 LGL 0.890 -> 0.889,
# TR-News unchanged, for hospitals; churches lose both).
FACILITY = re.compile(r"\s(?:Castle|Museum|Field|Prison|Jail|Penitentiary|Embassy|Consulate)$")
# A saint's name opening a building's or square's name ("St. Peter's Square", "St. Michael's
# Hospital", "St. Paul's Cathedral"): the text right after the saint's name, and the words that
# make the whole a place (a square, a church, a hospital); the saint alone is no parish of Antigua.
SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?|San|Santa|Sao|São)\s")
SAINTS_BUILDING_AFTER = re.compile(r"['’]s\s+(?P<word>[A-Z][a-z]+)\b")
SAINTS_PLACE_WORDS = frozenset("""Square Cathedral Church Basilica Hospital Abbey Chapel College
School Park Bridge Place""".split())
# Words joined by hyphens, at least one part capitalised ("Egypt-US", "Gori-based"); the party
# initials ("D-Calif.") are left to PARTY_PLACE.
HYPHENATED = re.compile(r"(?<![\w\-])(?:[A-Z][\w.'’]+|[a-z]+)(?:-[A-Za-z][\w.'’]*)+(?![\w\-])")
# The Arabic article that opens a hyphenated name ("Ras al-Ain", "al-Bab", "Deir ez-Zor"): the word
# after it is no place of its own (not Ain, France).
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ag|ah|aj|ak|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez|"
                            r"ul|ibn|bin|bint|abu|bani|beni|wadi)$", re.IGNORECASE)
# A town and its state, province or country after a comma: "Churchill, Man.", "Kandahar,
# Afghanistan" (the area is checked against the gazetteer).
_TOWN_CAPITAL = _capital(r"[\w.]")  # a town's first capital: no letter or full stop before it
_AREA = (r"(?P<area>(?:[A-Z]\.){2,3}|[A-Z][a-z]+\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
         r"(?=[,.;:)!?]|\s+[a-z]|\s*$))")
QUALIFIED = re.compile(rf"(?P<town>{_TOWN_CAPITAL}{_NAME_RUN_TAIL}),[ ]+" + _AREA)
# A state or a country after a name and a comma ("Jupiter, Florida,"): QUALIFIED's area.
QUALIFIER_AFTER = re.compile(r",[ ]+" + _AREA)
# "the villages of Alder and Brisk", "towns of Milton and Ashby"; "Yarrow county".
NAME_WIDE = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"


def _listed(name: str) -> str:
    """A pattern for names listed with commas, "and", "or" or slashes: "Foua and Kfraya"."""
    return rf"{name}(?:(?:,\s+|,?\s+(?:and|or)\s+|/){name})*"


_WORD_CAPITAL = _capital(r"[\w\-'’]")  # opening a word: not after a letter, hyphen or apostrophe
_NAME_CAPITAL = _capital(r"[\w.]")  # opening a name: not after a letter or a period


TYPED_BEFORE = re.compile(
    r"\b(?P<kind>" + PLACE_TYPES_BEFORE_OF + r") of "
    rf"(?P<names>{_listed(NAME_WIDE)})")
TYPED_AFTER = re.compile(
    rf"(?P<name>{_WORD_CAPITAL}[a-z][\w\-]*(?: [A-Z][a-z][\w\-]*)?) (?P<kind>county|district|"
    r"province|prefecture|governorate|village|township|neighbou?rhood|region|oblast|state)\b")
# A first-order division's official name with a capital "State" ("Rakhine State", "Kano State"):
# spaCy reads it as a person's.
STATE_TITLED = re.compile(rf"(?P<name>{_WORD_CAPITAL}[a-z][\w\-]*(?: [A-Z][a-z][\w\-]*)?) State\b")
# A name of hyphenated words joined by a lower-case one: "Mazar-i-Sharif", "Aix-en-Provence".
INNER_PARTICLE = re.compile(r"\w-[a-z]+-\w")
# A name in apposition with a place-type word: "Lampedusa, the Italian island closest to …",
# "Sake, a town 25 km west of Goma" (the type word ends the phrase or a preposition follows it:
# not "Smith, the city manager", nor "the town's mayor").
APPOSED = re.compile(
    rf"(?P<name>{_WORD_CAPITAL}[a-z][\w\-]*(?: [A-Z][a-z][\w\-]*)?),\s+(?:a|an|the)\s+"
    r"(?:[A-Za-z]+\s+){0,2}?(?P<kind>island|town|city|village|port|capital|province|region|"
    r"district|county|suburb|enclave|oblast|governorate)"
    r"(?=\s*[,.;:]|\s+(?:of|in|on|near|where|which|that|closest|nearest|about|some|just|\d))")
# What a place-type word says a name is: a division ("Idlib province": not the city) or a town
# ("the town of Idlib"); the reading is chosen among those when the gazetteer has any. Not
# "region": "the Charlotte region" is the city's surroundings.
DIVISION_TYPE_WORDS = frozenset("""county counties district districts province provinces
prefecture governorate oblast""".split())
TOWN_TYPE_WORDS = frozenset("""village villages town towns city cities hamlet hamlets suburb
suburbs settlement settlements""".split())
LIST_NAME_WIDE = re.compile(NAME_WIDE)
# Capitalised words that come before "district" or "county" without naming a place.
NOT_TYPED_NAMES = frozenset("""Federal National State Local Central Capital Special Autonomous
Administrative Metropolitan Greater Congressional Legislative School Judicial Water Fire Police
Sanitation Historic Business Financial Shopping Entertainment Red Light Northern Southern Eastern
Western North South East West New Old Upper Lower Inner Outer Rural Urban Every Each Another
The This That Its Their His Her Our Your But While And Or If When As So Then Also After Before
Since Because Although Yet In On At For With By From To Of A An""".split())
# A Democrat's or Republican's state or town after the party's initial: "D-Calif.", "R-Florence".
# Only after a comma or an opening bracket, as a politician's name is followed: not the "I-Man".
PARTY_PLACE = re.compile(r"(?:,\s*|\()[DRI]-(?P<name>[A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)")
# A place a country or first-order division possesses: "Iran's Bandar Abbas", "Nigeria's northeastern
# Borno state", "Ukraine's Kupiansk" (up to two lower-case words between); the name is read among
# the owner's own towns and divisions only.
POSSESSED = re.compile(
    rf"(?P<owner>{_NAME_CAPITAL}[\w\-]+(?: [A-Z][\w\-]+){{0,2}})['’]s\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<name>{_NAME_RUN})")
# Where a person is from, without a comma: "Larry Dunaway of Berea was …", "Jane Roe of Leeds,"
# (the comma form ", of" is a locative cue of its own).
OF_AFTER_PERSON = re.compile(rf"\s+of\s+(?P<name>{_NAME_RUN})(?=[,.;:)]|\s+[a-z])")
# Last words that make an unknown name a place's: "Osney Island", "Kanawha Valley", "Lore City".
PLACE_WORD = re.compile(
    r"\s(?:River|Creek|Lake|Lakes|Valley|Island|Islands|Bay|Mountains?|Hills?|Heights|Springs|"
    r"Beach|Falls|Canyon|Forest|Desert|Peninsula|Coast|Strait|Sea|Gulf|Delta|Basin|Plateau|"
    r"Township|Twp\.|Village|City|Town|Estates|Harbou?r|Port|Bridge|Square|Green|Common|"
    r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Parkway|Highway|"
    r"Trail|Crescent|Close|Place|Terrace|Circle|Court|Way|Gardens?|Park)$")
# A street or road written out: up to three capitalised words (an optional compass prefix) and a
# street word. "Dr." and "St." end a street only before punctuation ("Augusta St., Alexandria"),
# not before a name ("Dr. Smith", "St. Louis").
STREET_NAME = scanned(
    r"\b(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?(?:[A-Z][a-z][\w'’\-]*\s+){1,3}"
    r"(?:(?:Street|Streets|Road|Avenue|Drive|Lane|Boulevard|Parkway|Circle|Trail|Crescent|Close|"
    r"Terrace)\b|(?:Rd|Ave|Blvd|Ln|Pkwy)\.|(?:St|Dr)\.(?=[,;:)]|\s*$|\s+[a-z0-9]))"
    # … or the street word first, as French, Spanish and Italian write it: "Rue des Soubirous",
    # "Calle Mayor", "Via del Corso".
    r"|\b(?:Rue|Calle|Avenida|Via|Viale|Piazza|Strada|Rua|Avenue|Boulevard) "
    r"(?:(?:de|des|du|de la|del|della|di|do|da|dos|das)\s+)?(?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*){0,2}")
# "Polk and Hale counties", "Lee, Marion, Union and Wayne counties": each name is
# a county's.
NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
# The plural type words a list of names comes before: every match holds one, so that an article
# holding none (most: 12 of the 150 speed articles have one) is not scanned for the list.
LIST_KINDS = ("counties", "parishes", "provinces", "states", "districts", "oblasts", "governorates",
              "regions")
COUNTY_LIST = re.compile(rf"{_listed(NAME)}\s+(?P<kind>{'|'.join(LIST_KINDS)})\b")
LIST_NAME = re.compile(NAME)
# "Goodwin and Pinevale streets", "between North and Strickland avenues": each name a street's.
# One-word names only, after a word in lower case or a comma (not the tail of a longer name: "North
# Druid Hills and Clairmont roads"), and no numbered street ("Fourth and Seventh streets": the
# dev sets mark fewer than half of numbered roads).
STREET_PLURALS = ("streets", "avenues", "roads", "boulevards")  # likewise
STREET_LIST = re.compile(r"(?<=[a-z,] )" + _listed(r"(?!(?:The|Many|All|Some|Both|Other|These|Those|"
                         r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|North|"
                         r"South|East|West)\b)[A-Z][a-z]+") + rf"\s+(?:{'|'.join(STREET_PLURALS)})\b")
# Townships, which GeoNames' populated places lack (they are civil divisions of American
# counties): "Madison Township", "St. Clair Twp.", "West Chester Twp."; and names listed before
# "townships": "Pleasant and Madison townships". Leading words of a sentence are no part of the
# name (TOWNSHIP_NOT_NAME: "In Jackson Township").
TOWNSHIP_WORDS = ("Township", "Twp.")  # likewise
TOWNSHIP = re.compile(r"(?<![\w\-'’.])(?P<name>(?:St\.\s+)?[A-Z][a-z][\w\-]*"
                      r"(?:\s+[A-Z][a-z][\w\-]*){0,2})\s+(?:"
                      + "|".join(re.escape(w) for w in TOWNSHIP_WORDS) + ")")
TOWNSHIP_LIST = re.compile(rf"{_listed(NAME)}\s+townships\b")
TOWNSHIP_NOT_NAME = frozenset("""In At From Near Outside Around Across Into The A An But And Or Of
For On To By With While When After Before Both Neighboring Neighbouring Nearby Rural One Two
Three Four Five Six Seven Eight Nine Ten Several Many Some All Most Other""".split())
# The state written after a county list: "Polk and Hale counties in Iowa".
STATE_AFTER_LIST = re.compile(r"\s+(?:in|of),?\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
OPENING_CUES = frozenset({"In", "At", "From", "Near", "Outside", "Around", "Across", "Into"})
STREET_ABBREVIATIONS = (" St.", " Rd.", " Ave.", " Blvd.", " Dr.", " Ln.", " Pkwy.")
HOUSE_NUMBER = re.compile(r"(?:\d[\d\-/]*[A-Za-z]?\s+)?")
NAME_PARTICLES = {"of", "de", "du", "la", "el", "al", "and", "the", "on", "upon"}
# A disease named after a place ("Powassan virus", "West Nile virus", "Lassa fever", "Lyme
# disease", "Hong Kong flu"): the name is the disease's, no toponym of the text (eighth session
# of 2026-12-06). Not a possessive ("Africa's disease burden"; "Parkinson's disease": EPONYM).
DISEASE_WORDS = ("virus", "fever", "disease", "flu")
DISEASE_NAMED = re.compile(r"(?<![\w\-'’])(?P<name>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})"
                           r"(?<!['’]s)\s+(?:" + "|".join(DISEASE_WORDS) + r")\b")
# "Corona" in a story of the pandemic is the virus ("Corona is not a virus, but avatar…"), no
# Corona, California, unless a qualifier follows it (twenty-third session).
CORONA = re.compile(r"(?<![\w\-'’])Corona(?![\w\-'’]|,\s*[A-Z])")
PANDEMIC_WORDS = re.compile(r"(?i)coronavirus|covid|pandemic|virus")
# An oil or gas field, its lower-case words part of its name ("the Khurais oil field", "the Johan
# Sverdrup oil field"): a place GeoNames' populated places lack, whatever spaCy labelled the
# name (a person's, an organisation's).
OIL_FIELD = re.compile(r"(?<![\w\-'’])[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2} (?:oil|gas|oil and gas) ?fields?\b")
# A title right before a name makes it a person's: "Queen Elizabeth", "President Vladimir".
TITLE = scanned(
    r"\b(?:Queen|King|Prince|Princess|President|Pope|Sen\.|Senator|Rep\.|Gov\.|Governor|Judge|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.|Sir|Dame|Lord|Lady|Sheriff|Chief|Mayor|General|Gen\.|Minister|"
    r"Rev\.|Father|Sister|Brother|Coach|Officer|Sgt\.|Lt\.|Capt\.|Col\.)\s+")
# Where a one-word name is plainly a person's: the speaker right after a quote ("…," said
# Georgia; not "It said Islamabad, which …"), a
# reflexive ("Georgia herself"), a relative ("Georgia's father"), an age ("Georgia, 14,"; a
# name after "the" is no person's: "a bishop of the Philippines, 79,").
_ONE_NAME = r"([A-Z][\w\-]+)"
PERSON_CONTEXT = scanned(
    rf"[\"”’]\s*(?:said|says|added|asked|recalled|explained)\s+{_ONE_NAME}\s*[,.]|"
    rf"\b{_ONE_NAME}\s+(?:herself|himself)\b|"
    rf"\b{_ONE_NAME}['’]s\s+(?:father|mother|parents|husband|wife|son|daughter|brother|sister|"
    rf"boyfriend|girlfriend|family|coach|credit)\b|"
    rf"(?<![Tt]he )\b{_ONE_NAME},\s+\d{{1,2}},")  # not "in the Philippines, 79, died"
# A relative's given name ("her daughter, Ardith,", "his wife Solveig's", "his sons Ezra and
# Tobin"): a person, no town (twenty-third session). A comma after relatives only before two
# names joined by "and" ("For their children, China offers …" is no child named China); a
# second name not before another capitalised word ("his wife Marit and Texas Governor …").
_KIN_ONE = (r"(?:wife|husband|son|daughter|brother|sister|mother|father|fianc[ée]e?|girlfriend|"
            r"boyfriend|grandson|granddaughter|nephew|niece|cousin|widow|widower)")
_KIN_MANY = (r"(?:sons|daughters|brothers|sisters|children|grandsons|granddaughters|nephews|"
             r"nieces|cousins)")
KIN_NAMED = scanned(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:late\s+|younger\s+|older\s+|elder\s+|"
    rf"twin\s+)?(?:{_KIN_ONE},?|{_KIN_MANY}(?:,(?=\s+[A-Z][\w\-]+\s+and\s))?)\s+{_ONE_NAME}"
    rf"(?:,?\s+and\s+{_ONE_NAME}(?![\w\-]|[ \t]+[A-Z]))?")
# A person's name that names a theorem, a disease or (in an article of science) a law ("Newton's
# laws", "Kepler's and Newton's law", "Parkinson's disease"): a person's name, none of whose
# mentions in the article is a town (second round of the twenty-third session) but one a
# qualifier follows ("Newton, Massachusetts"). "Ohio's law" is a state's: a law is a person's only beside SCIENCE_WORDS, whole words
# ("physician", "the gravity of the offence" are none). Not "constant" ("Israel's constant
# bombardment"); a country's, continent's, state's or capital's name stays a place
# (recognize.named_person: "Africa's disease burden", "China's paradox").
_EPONYM = r"\b([A-Z][a-z]+)['’]s\s+(?=(?:and\s+[A-Z][a-z]+['’]s\s+)?(?:%s)\b)"
EPONYM = scanned(_EPONYM % "theorem|equations?|principle|paradox|conjecture|disease|syndrome")
EPONYM_LAW = scanned(_EPONYM % "laws?")
SCIENCE_WORDS = re.compile(r"\b(?:physics|physicists?|gravitation(?:al)?|mathematics|"
                           r"mathematicians?|planets?|planetary|orbits?|orbital|orbiting|"
                           r"astronom\w*|telescopes?)\b")
# Planets named like towns (Mars, Pennsylvania; Jupiter, Florida): in an article that speaks of
# space they are the planets, no place of GeoNames (twenty-third session). The Earth is GeoNames'
# own record (regions table).
PLANETS = frozenset("mercury venus mars jupiter saturn uranus neptune pluto".split())
# "planet" alone and "the red planet", "orbit around Mars" (review mends: "threatens the
# planet" beside "Jupiter, Florida" is kept by the qualifier, recognize.planet), not "in the
# orbit of the mayor", nor "planetarium".
SPACE_WORDS = re.compile(r"\b(?:planet|red planet|planets|planetary|exoplanets?|orbiting|orbital|"
                         r"spacecraft|astronom\w*|telescopes?|NASA|solar system|astronauts?|"
                         r"asteroids?)\b|\borbit (?:around|of) [A-Z]")
# A capitalised "The" after a word of telling or of a source opens a title ("told The Atlantic",
# "a report by The Atlantic", "according to The Atlantic": the magazine), not a sea's or an
# ocean's name (twenty-third session); not a title-case headline's "Crosses The Atlantic", nor
# "from the Pacific to The Atlantic" ("to" only in "according to").
TITLE_THE_BEFORE = re.compile(r"\b(?:told|tells|said|says|wrote|by|according to|with|"
                              r"(?:wrote|writing) in)"
                              r"[,:;]?[ \t]+The[ \t]+$")
# Own readings that make a "The X" of a sentence's middle a title: the waters of the regions table.
TITLED_WATERS = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CHN"})
# A president's name before "administration" ("the Bush administration"): no town of that name.
ADMINISTRATION_AFTER = re.compile(r"(?:['’]s)?\s+administration\b")
# A saint's or a person's day is no place: "St. Patrick's Day", "Columbus Day".
HOLIDAY_AFTER = re.compile(r"(?:['’]s)?\s+Day\b")

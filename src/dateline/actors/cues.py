"""Cue words of the actors stage: small closed lists that the rules consult (data, not code)."""

from ..nlp import SAYING_VERBS

# A country or capital after one of these prepositions names a place, not an actor
# ("talks in Doha", "refugees from Afghanistan"); after others ("talks with Gondor",
# "sanctions against Iran") it names an actor.
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "from", "to", "into", "onto", "near", "across", "throughout", "within", "inside",
    "outside", "toward", "towards", "via", "through", "around", "out", "off", "along", "beyond",
    "under", "above", "below", "past",
})

# Nouns of a crowd ("the crowd", "protesters", "rioters"): the one list the crowd rules of both
# stages start from, each adding its own (CROWD_HEADS here, stage.CROWD_NOUNS for the protesting
# crowds the actors stage codes, events/cues.CROWD_NOUNS for the civilians whose blockade is a
# protest).
CROWD_WORDS = frozenset({"crowd", "mob", "protester", "demonstrator", "rioter", "marcher"})
# A crowd is a party (the subject or object of what is done: "police fired on the crowd", "the mob
# attacked ...") but not where it is only where someone stands ("he was in the crowd", "among the
# protesters"), after one of INSIDE_PREPOSITIONS.
CROWD_HEADS = CROWD_WORDS | {"mourner", "protestor"}
INSIDE_PREPOSITIONS = frozenset({"in", "among", "amid", "amidst", "within", "inside", "from",
                                 "through", "throughout"})

# Dependency labels of a noun phrase that acts (or is acted on) rather than locates.
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "appos", "dative",
                        "attr", "ROOT", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})

# Words before a name that are part of how the person is addressed, not a role.
HONORIFICS = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "madame": "f",
    "lady": "f", "dame": "f", "dr": None, "dr.": None,
}

# Nouns whose gender tells the gender of the person they describe.
GENDERED_NOUNS = {
    "father": "m", "son": "m", "brother": "m", "husband": "m", "uncle": "m", "nephew": "m",
    "grandfather": "m", "boy": "m", "man": "m", "king": "m", "prince": "m",
    "mother": "f", "daughter": "f", "sister": "f", "wife": "f", "aunt": "f", "niece": "f",
    "grandmother": "f", "girl": "f", "woman": "f", "queen": "f", "princess": "f", "actress": "f",
}

# Relational nouns: "his father" is one person however often it recurs, keyed by its possessor.
RELATIONAL_NOUNS = frozenset({
    "father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "uncle", "aunt",
    "nephew", "niece", "grandfather", "grandmother", "cousin", "parents", "family", "friend",
    "partner", "widow", "teacher", "mentor", "lawyer", "attorney", "client", "employer", "boss",
    "colleague", "successor", "predecessor", "deputy", "spouse", "children", "sons", "daughters",
    "brothers", "sisters", "employees", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance",
    "fiancee", "teammate", "classmate", "companion", "stepfather", "stepmother", "stepson",
    "stepdaughter", "grandson", "granddaughter",
})

# Singular nouns for a group of people, referred back to with "they" ("the couple ... they").
COLLECTIVE_NOUNS = frozenset({"family", "couple", "team", "band", "crew", "delegation", "group",
                              "parents", "jury", "committee", "board", "staff", "club", "pair", "duo"})
# Definite nouns of two people together ("the couple", "the pair", "the two"), which refer back
# to people the text joined with "and" ("Padalecki and Cortese ... the couple"); "both" too.
PAIR_NOUNS = frozenset({"couple", "pair", "duo", "two", "both"})

# Head nouns of definite descriptions that may refer back to a person or organisation already named
# ("the court", "the company", "the defendant"): a repeated definite head corefers with its last use.
# Singular nouns that refer back to the organisation or group named last ("Hamas ... the group",
# "the EU ... the bloc", "Toyota ... the carmaker"); all of them are role nouns too.
ORGANISATION_EPITHETS = frozenset({"group", "organisation", "organization", "movement", "militia",
                                   "faction", "alliance", "coalition", "outfit", "network", "agency",
                                   "firm", "company", "union", "party", "bloc", "club", "franchise",
                                   "charity", "consortium", "conglomerate", "carmaker", "automaker",
                                   "retailer", "airline", "carrier", "lender", "insurer",
                                   "broadcaster", "publisher", "manufacturer", "startup",
                                   "giant", "utility", "regulator", "watchdog", "nonprofit"})
# Of those, the ones that name an organisation only with a modifier ("the tech giant", "the oil
# giant"; a bare "the giant" is mostly no company).
MODIFIED_EPITHETS = frozenset({"giant"})
# ... and two that refer back when a description is found by other means, but do not make one
# by themselves ("the body" is mostly a corpse, "the chain" a thing).
ORGANISATION_NOUNS = ORGANISATION_EPITHETS | {"body", "chain"}

ROLE_NOUNS = frozenset({
    "court", "society", "university", "college", "school", "academy", "government",
    "administration", "ministry", "department", "army", "committee", "council",
    "board", "institute", "team", "band", "church",
    "bank", "league", "association", "foundation", "museum", "newspaper", "magazine",
    "jury", "defendant", "defendants", "plaintiff", "plaintiffs", "appellant", "appellants",
    "petitioner", "respondent", "applicant", "prosecution", "defense", "defence", "witness",
    "accused", "victim", "couple", "pair", "duo", "boy", "girl", "man", "woman", "king", "queen", "emperor",
    "prince", "princess", "pope", "president", "minister", "envoy", "ambassador", "secretary",
    "spokesman", "spokeswoman", "general", "commander", "governor", "mayor", "senator", "judge",
    "justice", "official", "chairman", "director", "leader", "author", "artist", "poet", "composer",
    "architect", "player", "coach", "singer", "actor", "actress", "writer", "scientist", "doctor",
    "officer", "rebels", "militants", "authorities", "state", "states", "congress", "parliament",
    "senate", "house", "police", "military", "taliban", "regime",
}) | ORGANISATION_EPITHETS

# Nouns of works and products: a name in apposition to one is its title, not a person's name
# ("the television series, Gilmore Girls", "her debut album, Jane Roe").
WORK_NOUNS = frozenset({
    "series", "show", "programme", "program", "sitcom", "episode", "film", "movie", "documentary",
    "album", "single", "song", "track", "record", "book", "novel", "memoir", "play", "musical",
    "opera", "poem", "painting", "sculpture", "game", "video", "podcast", "magazine", "newspaper",
    "column", "blog", "channel", "brand", "product", "ship", "vessel", "horse", "dog", "cat"})

# Role nouns that name a body, not a person: one known only by such a noun ("a bank in Ohio ...
# The bank said it ...") is what a later "it" may stand for.
INSTITUTION_NOUNS = ORGANISATION_EPITHETS | frozenset({
    "court", "university", "college", "school", "academy", "administration", "ministry",
    "department", "committee", "council", "board", "institute", "church", "bank", "league",
    "association", "foundation", "museum", "newspaper", "magazine", "parliament", "senate",
    "congress", "military", "regime", "government"})

# Organisation name words that give an unlisted organisation its sector.
ORG_NAME_SECTORS = {
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU", "institute": "EDU",
    "court": "JUD", "tribunal": "JUD", "army": "MIL", "navy": "MIL", "forces": "MIL", "brigade": "MIL",
    "corps": "MIL", "police": "COP", "ministry": "GOV", "department": "GOV", "government": "GOV",
    "office": "GOV", "commission": "GOV", "agency": "GOV", "council": "GOV", "parliament": "LEG",
    "congress": "LEG", "assembly": "LEG", "senate": "LEG", "legislature": "LEG", "party": "OPP",
    "bank": "BUS",
    "inc": "BUS", "inc.": "BUS", "corp": "BUS", "corp.": "BUS", "corporation": "BUS", "company": "BUS",
    "ltd": "BUS", "group": "BUS", "airlines": "BUS", "times": "MED", "post": "MED", "news": "MED",
    "journal": "MED", "tv": "MED", "radio": "MED", "television": "MED", "press": "MED",
    "herald": "MED", "tribune": "MED", "gazette": "MED", "church": "REL", "union": "LAB",
    "front": "REB", "movement": "OPP", "brotherhood": "OPP", "foundation": "NGO", "rights": "NGO",
    "observatory": "NGO", "watch": "NGO", "command": "MIL", "guard": "MIL", "militia": "REB",
}

# Last words of a security unit's name ("the Special Task Force", "the Civil Guard", "the Special
# Police Unit"), which spaCy often leaves unlabelled or calls a product ("Task Force" PRODUCT): a run
# of two or more capitalised proper nouns ending in one is an organisation when it acts
# (``MentionFinder._security_units``).
SECURITY_UNIT_HEADS = frozenset({"force", "police", "guard", "guards", "unit", "squad", "battalion",
                                 "brigade", "corps", "regiment", "gendarmerie", "constabulary"})
# Such a name is a security unit only in a security context (a name as "Task Force" or "The Old
# Guard" is as often an app, a film or a band): a first word that names a force's kind, or a word
# of force, arrest or policing in its sentence (lemmas) ...
SECURITY_UNIT_FIRST_WORDS = frozenset({"special", "border", "rapid", "armed", "riot", "police",
                                       "military", "counter", "anti"})
SECURITY_CONTEXT_WORDS = frozenset({
    "arrest", "detain", "raid", "kill", "shoot", "fire", "beat", "charge", "attack", "storm",
    "seize", "capture", "patrol", "deploy", "clash", "disperse", "rescue", "nab", "apprehend",
    "shell", "bomb", "crack", "cordon", "gun", "torture", "abduct", "police", "troops", "soldier",
    "security", "army", "militant", "rebel", "insurgent", "gang", "gunman", "smuggler",
    "trafficker", "poacher", "looter", "protester", "migrant", "weapon", "operation", "encounter",
    "hideout", "custody", "border", "crackdown", "curfew"})
# ... and no apposition that calls it a thing ("Task Force, the new productivity app").
NOT_UNIT_APPOSITIONS = frozenset({"app", "application", "product", "film", "movie", "series",
                                  "show", "band", "album", "game", "tool", "software", "platform",
                                  "book", "novel", "song", "brand", "programme", "program"})
# Entity labels spaCy gives such names in error (no body is one of these).
MISREAD_BODY_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})

# Names of legislative chambers many countries share ("the Senate" of the Philippines, of
# Australia, of Nigeria): the curated lexicon's country for them (the United States) holds only
# when the article is American or says nothing of its country (see stage.place_shared_chambers).
SHARED_CHAMBERS = frozenset({"senate", "house of representatives"})

# An organisation named by a region's demonym whose name word is a state body's or an
# international body's ("the European Space Agency", "the African Development Bank", "the Arab
# League") is an intergovernmental body (IGO, no country), not that region's government; a
# "national" one ("the African National Congress") is a country's own.
REGIONAL_CODES = frozenset({"EUR", "AFR", "ASA", "MEA", "LAM", "ARB"})
STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
INTERNATIONAL_BODY_WORDS = frozenset({"league", "organisation", "organization", "community",
                                      "cooperation", "co-operation", "bank", "fund", "union"})

# Nouns that denote a country's government as a whole: "the Pakistani authorities", "the new
# government in Kabul" and "the new Afghan rulers" are all that country's government.
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "administration", "rulers", "regime",
                              "leadership", "cabinet", "junta", "authority"})

# Titles or roles that name the same office or part in a story ("the US envoy" after "US special
# representative ... Tom West"; "the attacker" after "the suspect").
ROLE_SYNONYMS = (
    frozenset({"envoy", "special envoy", "special representative", "representative", "ambassador",
               "diplomat", "emissary"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"prime minister", "premier", "pm"}),
    frozenset({"president", "head of state", "leader"}),
    frozenset({"secretary of state", "secretary", "foreign minister", "top diplomat"}),
    frozenset({"general", "gen.", "commander", "army chief"}),
    # Abbreviated titles before a name ("Sen. Ted Kennedy ... the senator").
    frozenset({"senator", "sen."}),
    frozenset({"governor", "gov."}),
    frozenset({"congressman", "congresswoman", "rep."}),
    # The one person a crime story is about, named by the role the police give him ("The attacker
    # ... the suspect ... the man"): one actor, as the crime nouns' sector (CRM) allows.
    frozenset({"suspect", "attacker", "assailant", "gunman", "shooter", "killer", "perpetrator",
               "hijacker"}),
)

# "Afghanistan's neighboring country", "its neighbour": a country next to the one named.
NEIGHBOUR_WORDS = frozenset({"neighboring", "neighbouring", "neighbor", "neighbour"})
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "neighbor", "neighbour"})

# Plural descriptions that stand for both parties of a meeting ("the two sides").
BOTH_PARTIES = ("the two sides", "both sides", "the two countries", "both countries",
                "the two parties", "both parties", "the two governments", "the two leaders")

# Speech and action verbs that make a country or capital name an actor when it is their subject
# (the places stage's metonyms cover the same ground when it runs; this is the fallback).
AGENT_VERBS = frozenset({
    "say", "tell", "announce", "warn", "urge", "call", "demand", "accuse", "deny", "reject",
    "rebuff", "refuse", "agree", "accept", "insist", "threaten", "promise", "pledge", "vow",
    "condemn", "criticize", "criticise", "praise", "welcome", "express", "hope", "want", "need",
    "seek", "plan", "decide", "order", "send", "deploy", "impose", "lift", "sign", "offer", "ask",
    "respond", "react", "claim", "argue", "believe", "fear", "push", "press", "continue", "resume",
    "seize", "recognize", "recognise", "sanction", "expel", "deport", "attack", "strike", "bomb",
    "invade", "support", "back", "oppose", "help", "aid", "provide", "host", "meet", "talk",
    "negotiate", "discuss", "reveal", "confirm", "suggest", "propose", "announce", "summon",
})

# Nouns of which a capital that is their possessor is the government ("Pyongyang's nuclear
# programme", "Beijing's response"; not "Kabul's streets"), and nouns of meetings whose parties,
# named by their capitals, are governments ("talks between Pyongyang and Washington", "relations
# with Beijing").
GOVERNMENT_POSSESSIONS = frozenset({
    "policy", "policies", "programme", "program", "decision", "response", "stance", "position",
    "demand", "demands", "offer", "proposal", "plan", "plans", "envoy", "ambassador", "delegation",
    "military", "army", "forces", "troops", "allies", "ally", "support", "refusal", "threat",
    "threats", "sanctions", "claim", "claims", "request", "approval", "objection", "objections",
    "move", "efforts", "strategy", "intervention", "involvement", "ties", "relations",
})
MEETING_NOUNS = frozenset({"talks", "relations", "ties", "negotiations", "dialogue", "summit",
                           "agreement", "deal", "treaty", "meeting", "dispute", "tensions", "rift",
                           "war", "conflict", "standoff", "rapprochement"})

# Verbs of address, stance and pressure whose object is a party, never a location: a capital as
# their direct object is its government, as it is as their subject ("Washington warned Pyongyang",
# "the EU sanctioned Moscow", "Canberra accused Beijing of coercion"). Not verbs whose object is as
# often the city itself ("attacked Kyiv", "visited Beijing", "evacuated Kabul", "recognised
# Jerusalem as ...").
GOVERNMENT_OBJECT_VERBS = frozenset({
    "warn", "urge", "accuse", "blame", "sanction", "criticise", "criticize", "condemn", "threaten",
    "rebuke", "reprimand", "denounce", "pressure", "press", "lobby", "punish", "oppose", "defy",
    "snub", "rebuff", "implore", "caution", "chide", "slam", "castigate"})
# (No verbs of courtesy or backing, "thank", "praise", "tell", "ask", "back", "support": fans, a
# singer and a coach thank, back and tell a city or its team. The verb's subject must be a state
# party itself, MentionFinder._state_party: "The singer thanked Paris" is no act of state.)
# Entity labels of a subject that may be a state party (a country or capital, a body, a named
# official), and the sectors of a title that is one ("the foreign minister" GOV).
STATE_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
STATE_PARTY_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY", "COP", "IGO"})
# "called on Riyadh to end the blockade": a capital called on is its government.
CALL_ON_VERBS = frozenset({"call"})

# "a planned visit to Paris", "his trip to Beijing": a capital a visit goes to is its government,
# the host (CAMEO codes the visited country as the target).
VISIT_NOUNS = frozenset({"visit", "trip"})

# Sectors that the words before a one-word title ("leader", "chief", "spokesman") may give it, from
# the Phoenix agents or the titles ("rebel leader" REB, "opposition spokesman" OPP, "student
# leader" EDU), when the title's own sector is none or GOV. Not the state's own sectors: with
# COP, MIL, JUD, LEG and SPY too ("police chief" COP) the PETRARCH unit sentences' check half lost
# 0.745 -> 0.723 sector (tune unchanged), 2026-12-04 third session.
AFFILIATION_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "LAB", "EDU", "BUS", "REL", "NGO",
                                 "MED", "CVL", "CRM", "IMG"})

# Groups whose leader holds no office of state ("team leader Tim Taylor", "band leader"): a
# GOV title after them has no sector.
NO_OFFICE_GROUPS = frozenset({"team", "band", "crew", "club", "family", "gang", "project"})
# Military ranks that sport gives too: after a country's name ("the England captain", "Australia
# captain Steve Smith": a national team's) or a group with no office ("team captain"), no sector;
# an army's rank stands before the name ("Captain Ahmed Ali") or after the army ("army captain").
SPORT_RANKS = frozenset({"captain", "vice-captain"})

# Verbs whose "as" phrase describes their subject even when they have an object ("succeeded May as
# prime minister", "joined the club as coach"), unlike "appointed him as envoy".
SUBJECT_AS_VERBS = frozenset({"succeed", "replace", "follow", "join", "serve", "work", "act",
                              "remain", "return", "beat", "defeat", "lead", "spend", "leave"})
# Objects that are spans of time, not the one an "as" phrase describes ("served eight years as").
TIME_NOUNS = frozenset({"year", "month", "week", "day", "term", "decade", "time", "period", "season"})

# Words that never start a person's name (spaCy sometimes labels them PERSON).
NOT_NAME_WORDS = frozenset({"he", "she", "they", "it", "his", "her", "the", "a", "an"})

# First and second person pronouns: grouped per paragraph (one speaker, one addressee), or given
# to the person the paragraph quotes.
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})

# Verbs of saying whose subject is the speaker of a quotation in the same paragraph.
SPEECH_VERBS = SAYING_VERBS | frozenset({"ask", "argue", "reply", "answer", "recall", "warn", "claim",
                                         "stress", "conclude", "continue", "testify"})

QUOTE_MARKS = "\"\u201c\u201d"

# Verbs whose predicate nominal describes their subject ("became an American citizen").
COPULAS = frozenset({"be", "become", "remain", "seem", "appear"})

# Verbs whose subject "it" is seldom an actor ("it seems", "it takes", "it rained").
NON_AGENT_VERBS = frozenset({"be", "seem", "appear", "take", "rain", "snow", "matter", "happen",
                             "mean", "look", "sound", "feel", "cost", "remain", "become", "get"})

# A platform or publication is an actor only when it acts: not as the subject of these verbs of
# reporting ("Reuters reported", "Wikinews learned"), nor as their object ("told Reuters").
REPORT_VERBS = frozenset(SPEECH_VERBS | {"report", "cite", "quote", "publish", "post", "tweet",
                                         "air", "broadcast", "learn", "obtain", "see", "contact",
                                         "interview", "speak", "reach", "confirm", "write"})
# ... nor as the object of a verb of using it ("used Twitter", "watched CNN").
USE_VERBS = frozenset({"use", "join", "visit", "read", "watch", "open", "download", "access",
                       "follow", "log", "share", "view", "launch", "create", "delete"})

# Modifiers of a title that make it another office: "the president" is never "the vice president",
# "the minister" never "the prime minister" (news says "the prime minister" for that one).
RANK_MODIFIERS = frozenset({"vice", "deputy", "assistant", "under", "prime", "former", "acting",
                            "junior", "state", "chief", "first", "second", "co", "ex", "associate",
                            "lieutenant", "general", "attorney"})
# Sectors an organisation noun can name ("the bloc" is no company, "the carmaker" no alliance):
# it skips a named organisation whose sector is known and not among them.
_POLITICAL = frozenset({"IGO", "GOV", "LEG", "OPP", "PTY", "MIL", "REB", "INS"})
_BUSINESS = frozenset({"BUS", "MNC", "MED"})
_ARMED_OR_CIVIL = frozenset({"REB", "INS", "IMG", "OPP", "NGO", "REL", "PTY", "LAB"})
ORGANISATION_NOUN_SECTORS = {
    "bloc": _POLITICAL, "alliance": _POLITICAL, "coalition": _POLITICAL,
    "militia": _ARMED_OR_CIVIL, "faction": _ARMED_OR_CIVIL, "movement": _ARMED_OR_CIVIL,
    "outfit": _ARMED_OR_CIVIL,
    **{noun: _BUSINESS for noun in ("firm", "company", "carmaker", "automaker", "retailer", "airline",
                                    "carrier", "lender", "insurer", "broadcaster", "publisher",
                                    "manufacturer", "startup", "chain", "conglomerate", "network",
                                    "giant", "utility")},
}

# Head words of names of documents, laws and agreements ("the United States Constitution", "the
# Paris Agreement", "the Fourteenth Amendment"): spaCy often labels them ORG; they are no actors.
DOCUMENT_NOUNS = frozenset({"constitution", "act", "treaty", "charter", "amendment", "accord",
                            "accords", "agreement", "bill", "law", "code", "declaration", "protocol",
                            "directive", "resolution", "manifesto", "doctrine", "plan", "deal"})
# Nouns of places that "the X of <place>" names ("the state of Goa", "the city of Aleppo"): a
# place (the places stage's), not an actor.
PLACE_NOUNS = frozenset({"state", "province", "city", "town", "village", "region", "county",
                         "district", "island", "islands", "territory", "municipality", "prefecture",
                         "governorate"})
# Plural heads of geographic names, which are no team ("the Rocky Mountains", "the Virgin Islands").
GEOGRAPHIC_PLURALS = frozenset({"mountains", "islands", "isles", "lakes", "falls", "heights", "hills",
                                "alps", "keys", "highlands", "lowlands", "plains", "springs", "rapids",
                                "states", "emirates", "territories", "provinces", "glades", "woods",
                                "narrows", "straits", "gardens", "towers", "docks", "fields"})
# Words before a publication's own name that are no part of it ("the", "en" of "en.wikinews.org").
HOST_PREFIXES = frozenset({"www", "m", "en", "mobile", "amp", "news", "edition", "uk", "us"})

# Sectors of bodies that serve where they are: "police in Nairobi" are Kenya's police, "a court
# in Lahore" Pakistan's (troops or diplomats in a country are often foreign ones).
LOCAL_SECTORS = frozenset({"COP", "JUD"})

# Words that make a possessed "house" a chamber ("its lower house"), not a home ("his house").
CHAMBER_SIDES = frozenset({"upper", "lower"})

# Sectors of the security forces a modifier names ("police firing", "an army patrol"): such a
# modifier is a mention of the force (MentionFinder._force_modifiers).
FORCE_SECTORS = frozenset({"COP", "MIL"})
# ... the head nouns of its places, vehicles, units and acts that such a modifier gives the force
# as a party ("attacked a police station", "an army convoy", "killed in police firing"); other
# heads may be people of another kind ("an army veteran", "a police informant") or a topic
# ("police reform").
# Adjectives spaCy makes of a force's name before such a head ("a military base").
FORCE_ADJECTIVES = frozenset({"military"})
# Its acts are often done abroad ("an army raid in Iraq" may be a foreign army's): only its
# places, vehicles and units take the country named after "in" (MentionFinder._force_modifiers).
# An exchange of fire names the force as a party too ("killed in a police encounter", South Asian
# usage for a shoot-out with the security forces; "a police shootout", "an army gunfight").
FORCE_ACT_HEADS = frozenset({
    "firing", "fire", "gunfire", "shooting", "action", "raid", "crackdown", "operation",
    "offensive", "attack", "assault", "bombardment", "shelling", "strike", "airstrike", "charge",
    "custody", "cordon", "blockade", "encounter", "shootout", "gunfight", "firefight",
    "gunbattle", "lathicharge"})
# The first half of a verb of crowd control written as two words ("Police baton charged the
# crowd", "Riot police lathi charged students", "tear gassed"): the parser makes it the verb's
# subject with the force as its compound, so the force is the verb's doer
# (MentionFinder._force_head; the hyphenated "baton-charged" is read through the hyphen).
SPLIT_VERB_HALVES = frozenset({"baton", "lathi", "cane", "tear", "pepper"})
FORCE_OWNED_HEADS = FORCE_ACT_HEADS | frozenset({
    "station", "post", "outpost", "checkpoint", "camp", "base", "barracks", "headquarters",
    "compound", "building", "garrison", "position", "installation", "depot", "office",
    "vehicle", "van", "truck", "car", "jeep", "bus", "lorry", "convoy", "helicopter", "plane",
    "aircraft", "boat", "ship", "vessel", "tank", "patrol", "unit", "squad", "contingent",
    "column", "detachment", "battalion", "brigade", "regiment"})

# Sectors of bodies whose own people are coded as the body is: named by its possessive ("its
# fighters", stage.owning_body) or by the body as their modifier ("LTTE cadres").
MEMBERED_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "MIL", "SEP", "RAD", "UAF"})

# Plural nouns for the members of a body, which take their sector from the modifier that names
# the body ("police personnel", "army men", "security staff").
GROUP_MEMBER_NOUNS = frozenset({"personnel", "staff", "man", "member", "force", "unit", "squad",
                                "team", "trooper", "guard", "cadre", "jawan", "constable"})

# Plural nouns of a body's own people, which a possessive gives to the body ("The Taliban said its
# fighters ...", "the rebels said their commanders ...", "Hamas said its members ..."): the
# members are coded as their body is (stage.owned_by_office_holders).
OWNED_MEMBER_NOUNS = frozenset({"fighter", "troop", "member", "force", "supporter", "commander",
                                "militant", "guerrilla", "soldier", "gunman", "cadre", "follower",
                                "loyalist", "man"})


def owned_member_noun(word: str) -> bool:
    """Whether ``word`` (a head noun, singular or plural) is one of OWNED_MEMBER_NOUNS."""
    word = word.lower()
    return word in OWNED_MEMBER_NOUNS or word.endswith("s") and word[:-1] in OWNED_MEMBER_NOUNS or \
        word.endswith("men") and word[:-3] + "man" in OWNED_MEMBER_NOUNS

# A bare surname is looked up in the who's-who without its country in the article only when at
# most this many of its actors bear it (Yeltsin, Arafat: 1; Khan: 33).
RARE_SURNAME = 3
# ... and this many for a surname with the title of an office the one bearer found held then
# ("Prime Minister Sharif" in an article about India; stage.rare_office_holder). Not for a bare
# surname: "Taylor said the shares had fallen" is no Charles Taylor, "Douglas said" no Denzil
# Douglas of Saint Kitts.
RARE_OFFICE_SURNAME = 6

# Nouns of a person who serves another ("political adviser Uzi Arad", "an aide to Putin", "Putin's
# envoy", "a spokesman for Barak"): such a person named with no country of their own is of the
# country of the named leader they serve (stage.served_leaders).
AIDE_NOUNS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
                        "envoy", "emissary", "secretary", "assistant", "counsellor", "counselor",
                        "confidant"})
# The prepositions that name whom an aide serves ("an aide to", "a spokesman for", "envoy of").
AIDE_PREPOSITIONS = frozenset({"to", "for", "of"})

# Verbs that give a name to someone described ("the man, later identified as John Carter").
IDENTIFY_VERBS = frozenset({"identify", "name"})

# What a body does, as the subject: the verbs of doing and saying above and those of
# authorities, armed groups and agencies ("ICE returned", "the ELN declared a ceasefire").
BODY_VERBS = AGENT_VERBS | SPEECH_VERBS | frozenset({
    "declare", "return", "release", "arrest", "detain", "raid", "launch", "issue", "kill",
    "capture", "charge", "ban", "fine", "approve", "reach", "file", "investigate"})

# Determiners of a noun that names a kind, not one body ("any NGO", "an agency").
INDEFINITE_DETERMINERS = frozenset({"a", "an", "any", "another", "some", "every", "each", "no"})

# Verbs whose object or passive subject is people ("police arrested protesters", "workers were
# evacuated"): a plural agent noun no table lists ("insurers") is a group actor there, as it is as
# the subject of a verb; instruments of the same shape ("seized computers") seldom are.
PEOPLE_OBJECT_VERBS = frozenset({
    "arrest", "detain", "kill", "injure", "wound", "evacuate", "rescue", "deport", "expel", "urge",
    "warn", "tell", "ask", "accuse", "charge", "summon", "hire", "employ", "attack", "capture",
    "release", "free", "fine", "compensate", "protect", "disperse", "target", "encourage", "invite",
    "meet", "criticise", "criticize", "blame", "convict", "sentence", "jail", "imprison", "shoot",
    "abduct", "kidnap", "displace", "interview", "represent", "reassure", "pay", "lay"})

# Offices of state whose one-word title spaCy reads into the holder's name ("King Fahd"): the
# holder is looked up by the rest of the name, as by a title before it (``stage.to_actor``).
# Not "prince" or "sheikh", which are as often part of a name or no office ("Prince Charles",
# "Sheikh Hasina"), nor ranks such as "general" or "major".
LEADING_OFFICES = frozenset({"president", "premier", "chancellor", "minister", "king", "queen",
                             "emperor", "empress", "sultan", "emir", "governor", "senator", "judge",
                             "justice", "ambassador", "mayor"})

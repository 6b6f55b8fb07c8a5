"""Cue words the events stage reads: support verbs, modality cues, reporting verbs, group phrases.

Data only; the rules that use these lists are in ``patterns.py``, ``arguments.py`` and
``modality.py``.
"""

from __future__ import annotations

from ..actors.cues import CROWD_WORDS
from ..nlp import SAYING_VERBS

# PLOVER types whose two sides can be swapped without changing what happened ("A met B" is "B
# met A", "A and B agreed"); for the others the direction matters ("A sent aid to B" is not "B
# sent aid to A"). The one definition: the events stage merges the descriptions of one article by
# it (events/merge.py), the corpus those of many (corpus/merge.py, through corpus/rules.py). AID,
# CONCEDE and ENGAGE (no type of ours) were in the corpus's list before the sixth session: giving
# and yielding have a direction, like "sent aid to".
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# CAMEO roots of harm done to people: 18 assault, 19 fight, 20 mass violence (an act of them needs
# a doer, not an earthquake; its doer may be told in a cause clause) ...
HARM_ROOTS = ("18", "19", "20")
# ... and of acts of force, 17 coerce added, whose noun's modifier names who used it ("Israeli air
# strikes", "a Taliban attack", "police raids").
FORCE_ROOTS = ("17",) + HARM_ROOTS

# Nouns of the forces that charge and fire on people: a participle the parser hung on one as on a
# headline's noun is its active verb (patterns.misread_headline_verb: "French police charged at
# protesters"), not on other people's ("Students charged into crowd at graduation ceremony").
FORCE_DOER_NOUNS = frozenset({"police", "policeman", "policemen", "cop", "cops", "troops", "troop",
                              "soldier", "soldiers", "forces", "force", "army", "officer", "officers",
                              "guard", "guards", "gendarmes", "gendarmerie", "personnel", "commandos",
                              "paramilitaries", "troopers", "constables", "jawans", "militia",
                              "militiamen", "gunmen", "rangers", "marines", "squad", "unit"})

# Verbs whose direct object names the event ("held talks", "provided aid", "launched an attack"):
# the noun is the trigger, the verb's subject is the source.
SUPPORT_VERBS = frozenset({
    "hold", "have", "conduct", "stage", "launch", "mount", "make", "begin", "start", "open",
    "resume", "continue", "attend", "join", "pay", "undertake", "carry", "provide", "give", "send",
    "deliver", "supply", "grant", "offer", "donate", "contribute", "extend", "pledge", "promise",
    "order", "issue", "impose", "declare", "announce", "reach", "sign", "conclude", "seek", "host",
    "organize", "organise", "lead", "restart", "renew", "plan", "schedule", "approve", "fire",
    "receive", "engage", "participate", "involve", "fight", "wage", "unleash", "sign",
    "implement", "observe", "respect", "agree", "call", "lodge", "file", "authorize",
    "authorise", "broker", "negotiate", "complete",
    # orders and curfews clamped or promulgated ("clamped prohibitory orders on the town")
    "clamp", "promulgate",
})

# Quantity heads whose "of" phrase is the real object ("hundreds of prisoners").
QUANTITY_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                            "score", "scores", "number", "group", "couple", "ton", "tons",
                            "tonne", "tonnes", "batch", "million", "millions"})

# Nouns that gather events of one kind, whose "of" phrase is the event ("a wave of attacks", "a
# spate of bombings", "a series of clashes"): where the event noun is expected (the "in" phrase
# of a harm, the subject of an occurrence verb, a passive's "by" phrase) it is read through them.
SERIES_NOUNS = frozenset({"wave", "waves", "spate", "series", "string", "rash", "spree", "flurry",
                          "surge", "spell", "outbreak", "outbreaks", "round", "rounds", "cycle"})

# Support verbs that take the event noun through "in" ("engaged them in a firefight", "took part
# in talks", "participated in negotiations").
SUPPORT_IN_VERBS = frozenset({"engage", "participate", "take", "join", "involve"})
# ... and through "to" ("resorted to a baton charge").
SUPPORT_TO_VERBS = frozenset({"resort"})
# ... and through "on" ("embarked on a hunger strike", "launched on a march").
SUPPORT_ON_VERBS = frozenset({"embark"})

# Support verbs with the roles turned round: "X received weapons from Y" is Y giving to X.
RECEIVING_VERBS = frozenset({"receive", "accept", "get", "obtain", "win", "secure"})

# Verbs of accusing whose clause names the accused: "alleged that the ministry knew".
ACCUSING_VERBS = frozenset({"allege", "accuse", "charge", "claim", "blame", "complain"})

# Support verbs that transfer something: under them a sum of money is aid ("pledged $1bn to").
TRANSFER_VERBS = frozenset({"provide", "give", "send", "deliver", "supply", "grant", "offer",
                            "donate", "contribute", "extend", "pledge", "promise", "allocate",
                            "disburse", "transfer", "lend", "loan"})
MONEY_NOUNS = frozenset({"dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "yen",
                         "rupee", "rupees", "ruble", "rubles", "million", "billion", "trillion",
                         "$", "€", "£"})
MONEY_CAMEO = "071"

# Support verbs that promise what their object names: "pledged aid" is aid to come.
PROMISE_VERBS = frozenset({"pledge", "promise", "offer", "vow", "plan", "schedule", "propose"})

# Wishes: what is hoped for has not happened and may not ("she hoped they would be indicted").
HOPE_VERBS = frozenset({"hope", "wish", "pray", "dream"})

# Verbs whose complement is said not to have happened: "denied that it had supplied drones".
DENIAL_VERBS = frozenset({"deny", "refute"})

# Verbs that say an event (their subject) took place or will: "a session was held".
OCCURRENCE_VERBS = frozenset({"hold", "take", "begin", "start", "open", "resume", "end", "occur",
                              "happen", "continue", "convene", "close", "schedule", "plan",
                              "erupt", "escalate", "flare", "spread", "rage", "break",
                              # "the clashes left ten dead", "unrest gripped the city", "the
                              # strike entered its third day", "violence rocked the town"
                              "leave", "grip", "intensify", "enter", "paralyse", "paralyze",
                              "cripple", "rock", "engulf", "sweep",
                              # "the attacks triggered fires", "the bombing claimed 20 lives"
                              "trigger", "cause", "produce", "spark", "claim",
                              # "stone pelting was reported from the area" (passive only:
                              # patterns.occurrence_triggers)
                              "report",
                              # what an attack, blast or protest struck ("a bomb blast ripped
                              # through a market", "an airstrike hit a hospital", "a blast shook
                              # the city", "the attacks targeted mosques"); for harm and protest
                              # nouns only (HARM_OCCURRENCE_VERBS), the sanctions that hit an economy
                              # are no new sanctions
                              "hit", "rip", "shake", "rattle", "target"})
HARM_OCCURRENCE_VERBS = frozenset({"hit", "rip", "shake", "rattle", "target"})
# Occurrence verbs whose object (or "through" phrase) is what the attack struck, its target: "a
# rocket hit the school", "the attacks targeted Shia mosques", "the blast ripped through a market",
# "the clashes left ten soldiers dead" (leave only with a harm: OCCURRENCE_HARM_STATES).
OCCURRENCE_TARGET_VERBS = frozenset({"hit", "rip", "target", "leave", "strike"})
OCCURRENCE_HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "killed"})
# Passive occurrence verbs whose "by" phrase is the event: "the city was rocked by protests",
# "Kabul was hit by a suicide blast", "the region has been gripped by unrest".
PASSIVE_OCCURRENCE_VERBS = frozenset({"rock", "grip", "hit", "engulf", "sweep", "paralyse",
                                      "paralyze", "cripple", "shake", "rattle", "target"})
# Nouns that count occurrences of the event named in their "of" phrase, which is then the
# occurrence verb's event: "incidents of stone pelting were reported", "acts of violence occurred".
INCIDENT_NOUNS = frozenset({"incident", "incidents", "act", "acts", "case", "cases", "instance",
                            "instances", "episode", "episodes"})

# Verbs that carry over their subject to an event in their complement without being events
# themselves ("plans to visit", "is about to restore"); the complement is then planned.
INTENT_VERBS = frozenset({
    "plan", "intend", "prepare", "schedule", "agree", "pledge", "promise", "vow", "decide", "seek",
    "aim", "hope", "want", "expect", "set", "wish", "offer", "propose", "be", "go", "try", "attempt",
    "need", "have", "move", "look", "consider", "mean",
})

# Verbs whose complement did not happen ("failed to reach a deal").
FAILURE_VERBS = frozenset({"fail"})

# Verbs whose gerund complement is going on when it is stopped: in "agreed to stop fighting" the
# fighting is no planned event (the agreement to stop it is a concession).
CESSATION_VERBS = frozenset({"stop", "cease", "quit", "halt"})

# Verbs of obligation ("had to apologise": done; "has to apologise": not yet, maybe never).
OBLIGATION_VERBS = frozenset({"have", "need"})

# Nouns of intention whose to-clause is planned ("expressed willingness to cooperate").
INTENT_NOUNS = frozenset({"willingness", "readiness", "intention", "intent", "desire",
                          "commitment", "plan", "pledge", "promise", "offer", "determination",
                          "wish", "decision", "agreement", "proposal", "eagerness", "preparedness",
                          "resolve", "vow", "undertaking"})

# Intentions that make a planned use of force a threat ("vowed to attack", "will strike");
# planning or preparing an attack is not in itself a threat.
THREAT_INTENT_VERBS = frozenset({"want", "vow", "pledge", "promise", "intend", "wish", "threaten",
                                 "warn", "swear", "seek"})

# Verbs whose clause ("warned that it could invade", "threatened that they might expel the
# envoy") says what their subject may do to the other side: the form of a threat (CAMEO 13x) when
# the clause's doer is the speaker.
WARNING_VERBS = frozenset({"warn", "threaten"})
# Pronouns by which a warning's clause names the one who warned ("Russia warned that it could").
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})

# Adjectives that announce what their subject will do ("ready to help", "willing to talk", "due
# to meet": scheduled).
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "keen",
                               "set", "poised", "about", "due"})

# Verbs whose complement keeps the tense of the clause: "continued to attack" happened.
ASPECT_VERBS = frozenset({"continue", "begin", "start", "resume", "keep", "manage", "help",
                          "finish", "stop", "cease"})

# Requests: the complement event ("urged X to withdraw") is requested, not reported as done.
REQUEST_VERBS = frozenset({"urge", "ask", "call", "demand", "appeal", "request", "press",
                           "plead", "insist", "want", "encourage", "invite", "implore",
                           "recommend"})

# Verbs whose object is the subject of their complement ("urged Iran to stop").
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "call", "press", "want", "encourage", "invite",
                                  "appeal",
                                  "force", "persuade", "tell", "order", "allow", "permit",
                                  "help", "implore", "pressure", "pressurize", "push"})

# The complement of these is not coded on its own: the frame verb is the event
# ("threatened to attack" is a threat, "refused to accept" a rejection).
FRAME_VERBS = frozenset({"threaten", "refuse", "decline", "reject", "warn", "deny", "fail"})
# Nouns of the same frames, whose infinitive names what is threatened or refused: "the threat to
# shell the town", "his refusal to release them" (one THREATEN / REJECT, no shelling or release).
FRAME_NOUNS = frozenset({"threat", "refusal", "ultimatum"})

# Speech and report verbs: the clause they govern is reported by their subject.
REPORTING_VERBS = SAYING_VERBS | frozenset({
    "report", "claim", "reveal", "confirm", "indicate", "disclose", "allege", "quote", "believe",
    "suggest", "acknowledge", "argue", "assert", "maintain", "stress", "think", "show",
})

# Nouns for a published account; "according to the report" refers back to the last one named.
REPORT_NOUNS = frozenset({"report", "statement", "article", "study", "survey", "document",
                          "dispatch", "account", "investigation", "analysis"})

# Modal auxiliaries and what they make of the event.
PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "can", "ca", "must", "ought"})

# Subordinators that make the clause a condition.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})

# Negative quantifiers: an event whose doer or undergoer is "no one" did not happen ("No-one was
# injured", "None of the protesters were arrested", "police made no arrests", "Neither side
# attacked"). Words that are such an argument alone, and determiners that make one.
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "noone", "no-one", "nothing", "neither"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})

# Adjectives and adverbs for future time ("next week", "upcoming talks").
FUTURE_WORDS = frozenset({"next", "upcoming", "forthcoming", "coming", "planned", "proposed",
                          "scheduled", "tomorrow", "later"})

# Two lists of "symmetric" types, for two purposes:
# - SYMMETRIC_TYPES (above; the corpus's merge rules read it too): the two sides can be
#   swapped without changing what happened ("A met B" is "B met A"), so descriptions with the same
#   parties in swapped roles are one occurrence (events.merge in an article, corpus.merge across
#   articles).
# - JOINT_TYPES: parties named together as one subject act on each other ("X and Y met", "X and Y
#   signed a pact"), so the draft lists each of them as source and as target (stage), and the
#   sanity pass leaves them on both sides (every ordered pair, PETRARCH's convention). SUPPORT is
#   joint but not symmetric: "X and Y signed" is drafted both ways, but "A praised B" is not "B
#   praised A", so one-way SUPPORT descriptions in swapped roles stay two occurrences.
JOINT_TYPES = SYMMETRIC_TYPES | {"SUPPORT"}

# Phrases naming the parties of the last two-party event of the article ("the two sides").
GROUP_HEADS = frozenset({"side", "sides", "party", "parties", "country", "countries", "nation",
                         "nations", "government", "governments", "leader", "leaders", "delegation",
                         "delegations"})
GROUP_QUANTIFIERS = frozenset({"two", "both"})

# Objects naming a request that a rejection or acceptance answers ("rebuffed the call").
REQUEST_NOUNS = frozenset({"call", "calls", "demand", "demands", "request", "requests", "appeal",
                           "appeals", "plea", "pleas", "offer", "offers", "proposal", "proposals",
                           "ultimatum", "invitation", "bid", "overture", "overtures"})

# Verbs whose direct object is a topic, not a party ("discuss the conflict in Syria").
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate", "consider", "address", "tackle"})

# Verbs whose direct object is what is moved, not a party ("deployed troops along the border
# with Ukraine", "withdrew its troops": the troops are the doer's own).
DEPLOY_VERBS = frozenset({"deploy", "mobilize", "mobilise", "station", "mass", "dispatch",
                          "send", "reinforce", "strengthen",  # "is ready to send troops"
                          # and withdrawn: "pulled its forces from the region"
                          "pull", "withdraw"})
# Verbs whose direct object is no party to the act: a topic or what is moved.
NON_PARTY_OBJECT_VERBS = TOPIC_VERBS | DEPLOY_VERBS

# Prepositions that introduce the target of an event, in order of preference.
TARGET_PREPS = ("with", "against", "to", "on", "at", "toward", "towards", "into", "upon", "for",
                "from", "over")

# Prepositions inside a noun phrase that lead from a role noun to the actor it belongs to
# ("representatives of the Taliban", "a delegation led by ...").
OWNER_PREPS = frozenset({"of", "from", "by", "to", "in"})

# Heads whose possessor is another party ("Afghanistan's neighbouring country", "Iran's ally").
RELATIONAL_HEADS = frozenset({"country", "countries", "nation", "nations", "state", "states",
                              "neighbor", "neighbors", "neighbour", "neighbours", "ally", "allies",
                              "rival", "rivals", "enemy", "enemies", "foe", "foes", "partner",
                              "partners"})

# Definite descriptions that refer back to a country named earlier ("aid to the country").
COUNTRY_ANAPHORS = frozenset({"country", "nation"})

# Pronouns that a subject may be; resolved through the actors stage or the reporting clause.
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "them",
                      "him", "us", "i"})

# Causes without a human agent: "the earthquake killed 30", "died ... killed in a landslide".
# Harm they do is no ASSAULT (PLOVER codes what actors do to each other).
NATURAL_CAUSES = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "flood", "flooding", "floods",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "mudslide", "avalanche",
    "blaze", "wildfire", "bushfire", "lightning", "heatwave", "heat", "drought", "eruption",
    "volcano", "virus", "disease", "pandemic", "epidemic", "outbreak", "covid", "covid-19",
    "coronavirus", "cancer", "illness", "infection", "flu", "influenza", "cholera", "ebola",
    "malaria", "measles", "accident", "crash", "collision", "derailment", "stampede", "overdose",
    "fall", "mishap", "drowning", "electrocution",
    "weather", "cold", "snow", "rain", "rains", "wind", "winds", "water", "ice", "current",
    "currents", "wave", "waves", "circulation", "shark", "bear", "tiger", "elephant", "dog",
})
# Verbs of illness and nature coordinated with a harm verb ("it has infected 200 people and
# killed three"): the subject is a disease, not an attacker.
NATURAL_CAUSE_VERBS = frozenset({"infect", "sicken", "erupt", "flood", "spread"})


# Heads of phrases that name a text, not an actor: "Thai law forbids", "Interpol's constitution
# prohibits"; the actor named inside ("Thai", "Interpol") did nothing in that clause.
NON_AGENT_HEADS = frozenset({"law", "laws", "constitution", "rule", "rules", "regulation",
                             "regulations", "statute", "code", "charter", "policy", "clause",
                             "article", "provision", "act", "legislation", "bill", "guideline",
                             "guidelines", "order", "decree"})

# Texts that speak for whoever issued them: "X issued a report accusing Y", "approved a
# resolution criticising Y", "issued a statement condemning Y".
ISSUED_TEXTS = REPORT_NOUNS | NON_AGENT_HEADS | frozenset({
    "resolution", "resolutions", "letter", "message", "communique", "communiqué",
    "declaration", "motion", "petition", "note", "memo", "memorandum", "notice", "ruling",
    "verdict", "judgment", "judgement", "reports", "statements", "letters", "messages",
    "tweet", "tweets", "post", "posts", "op-ed", "editorial"})


# Common nouns for people that the agents dictionary (actors/data/agents.tsv, role nouns such as
# "police" or "farmer") leaves out because they name no role: they can still do things.
PERSON_NOUNS = frozenset({"man", "men", "woman", "women", "person", "persons", "people", "child",
                          "children", "boy", "boys", "girl", "girls", "crowd", "crowds", "mob",
                          "individual", "individuals", "youth", "youths", "member", "members",
                          "someone", "anyone", "everyone", "nobody", "gunman", "gunmen",
                          "assailant", "assailants", "attacker", "attackers", "victim", "victims",
                          # crowds and trades the agents dictionary has no role for
                          "miner", "miners", "supporter", "supporters", "operator", "operators",
                          "driver", "drivers", "striker", "strikers", "marcher", "marchers",
                          "local", "locals", "commuter", "commuters", "vendor", "vendors",
                          "hothead", "hotheads", "agitator", "agitators", "picketer",
                          "picketers", "mourner", "mourners", "onlooker", "onlookers",
                          "cop", "cops", "policeman", "policemen", "policewoman", "jawan",
                          "jawans", "trooper", "troopers", "constable", "constables",
                          "personnel"})

# Pronouns that stand for a thing or a clause, never for a party ("which", "this").
THING_PRONOUNS = frozenset({"which", "that", "this", "what", "these", "those", "something",
                            "nothing", "everything", "anything"})
NON_PERSON_PRONOUNS = THING_PRONOUNS | {"it", "its"}  # an object that is no one (patterns._aimed_at_people)

# A person's relatives and friends are not the person ("Trump's brother was arrested" does not
# arrest Trump); staff act for their principal but, harmed or arrested, are not them.
RELATIVE_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "father",
                            "mother", "friend", "fiancee", "fiancée", "fiance", "fiancé",
                            "girlfriend", "boyfriend", "relative", "relatives", "cousin",
                            "nephew", "niece", "uncle", "aunt", "child", "children", "family",
                            "grandson", "granddaughter", "partner", "widow", "spouse"})
STAFF_NOUNS = frozenset({"advisor", "adviser", "advisors", "advisers", "aide", "aides", "lawyer",
                         "lawyers", "bodyguard", "bodyguards", "driver", "assistant",
                         "associate", "associates", "biographer", "employee", "employees"})

# Bare descriptions that name no one unless coreference resolved them ("the group said").
# (A man or a woman arrested or attacked is a party: a civilian, named or not.)
GENERIC_PARTIES = frozenset({"group", "company", "organisation", "organization", "firm", "body",
                             "entity", "institution", "agency", "team", "side", "party"})

# Verbs whose subject is the victim of an attack named in their cause phrase ("two people died in
# police firing", "succumbed to injuries from the blast").
VICTIM_VERBS = frozenset({"die", "perish", "succumb"})
# ... and "lost their lives in police firing": a verb of losing with a life as its object.
LIFE_LOSING_VERBS = frozenset({"lose"})
LIFE_NOUNS = frozenset({"life", "lives"})
# A death told only by the attack of its "when" / "after" clause ("three protesters died when
# police opened fire"): the CAMEO code of the death (190, as "died in police firing").
DEATH_IN_ATTACK_CAMEO = "190"
# Verbs that tell the harm done to people (killed, injured, died): of two descriptions of one
# attack ("when police opened fire, one was killed"), the harm is the event's evidence
# (merge.merge_drafts), the means of it ("opened fire") a description of the same occurrence.
HARM_DONE_VERBS = frozenset({"kill", "injure", "wound", "murder", "slay", "maim", "hurt"})
# Words of a death's cause that make it an illness or a natural cause, not an attack ("died in
# custody of a heart attack", "died from cancer": patterns.died_of_a_cause); any other cause
# ("of gunshot wounds", "from the blast") may be an attack's.
MEDICAL_WORDS = frozenset({"heart", "cardiac", "stroke", "natural", "causes", "complications",
                           "pneumonia", "failure", "asthma", "seizure", "diabetes"})
NON_ATTACK_CAUSES = MEDICAL_WORDS | NATURAL_CAUSES
# Codes only a state does (CAMEO 1721, "impose restrictions on political freedoms": internet or
# media cut, censored, shut down): with a named doer, one of the state's arms (a government,
# police, army, judiciary or intelligence actor, or the state itself); a company or a bank that
# cuts its own customers' service does no such thing.
STATE_ONLY_CODES = frozenset({"1721"})
# An official dismissed (lexicon: "sacked his defence minister", CAMEO 172 administrative
# sanctions): with a named doer, only a government or a junta dismiss ("The company fired its
# chief of staff" is none).
DISMISSAL_VERBS = frozenset({"sack", "dismiss", "fire"})
# Who dismisses an official: a government (or a country) or a junta; the police firing its own
# staff is its administration, not a sanction ("The police fired its chief of staff").
DISMISSING_SECTORS = frozenset({"GOV", "MIL"})
DISMISSAL_CAMEO = "172"
# Verbs of winning a contest: a country or a team that does them to another is a side in a match
# or a vote, not a state ("Brazil beat Argentina in Rio" is no assault; "Fans were barred from the
# stadium after Brazil beat Argentina" names no state at hand). Only verbs of a win: "lose",
# "draw", "play", "edge", "overcome" have other readings ("The army lost three soldiers",
# "Police drew their batons"), and only when both arguments are sides (stage._side_of_contest).
CONTEST_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "outplay", "trounce"})
# Words that name a side in a match (besides a country actor): "the team beat Egypt".
TEAM_NOUNS = frozenset({"team", "teams", "side", "sides", "club", "clubs", "squad", "squads",
                        "eleven", "champion", "champions", "host", "hosts", "rival", "rivals",
                        "opponent", "opponents"})
# Who strikes in the labour sense when the verb "strike" is told alone (lexicon "strike V -",
# stage._draft): a trade, a union or staff ("Nurses struck on Monday"); besides these words, the
# Phoenix agent sectors of workers, health and education staff (cues.LABOUR_SECTORS). Other doers
# strike only in a future form ("They will strike on Friday"): "The striker struck twice" is none.
LABOUR_NOUNS = frozenset({
    "worker", "workers", "union", "unions", "staff", "staffer", "staffers", "employee",
    "employees", "driver", "drivers", "nurse", "nurses", "doctor", "doctors", "teacher",
    "teachers", "miner", "miners", "docker", "dockers", "pilot", "pilots", "trucker",
    "truckers", "lawyer", "lawyers", "farmer", "farmers", "labourer", "labourers", "laborer",
    "laborers", "porter", "porters", "crew", "crews", "engineer", "engineers",
    "conductor", "conductors", "postman", "postmen", "dockworker",
    "dockworkers", "lecturer", "lecturers", "professor", "professors", "physician",
    "physicians", "midwife", "midwives", "paramedic", "paramedics", "firefighter",
    "firefighters", "cleaner", "cleaners", "traders", "trader", "transporters", "transporter",
    "operators", "operator", "students", "student", "journalists", "journalist"})
LABOUR_SECTORS = frozenset({"LAB", "HLH", "EDU"})
STATE_NOUNS = frozenset({"authority", "authorities", "government", "governments", "state",
                         "administration", "regime", "junta", "official", "officials",
                         "ministry", "police", "army", "military"})
# Custody a harm was done in: its holder is the harm's doer ("tortured in police custody",
# "died in police custody"; the actors stage makes the force of "police custody" an actor).
CUSTODY_NOUNS = frozenset({"custody", "detention"})
# ... a death in it is an assault (the lexicon's "died in custody"), when the state holds it
# (stage._private_custody: not "in the custody of his grandparents").
CUSTODY_DEATH_CAMEO = "180"
# Who holds a child's or a dependant's custody, no state: a death or a harm in it names no doer.
CARER_NOUNS = RELATIVE_NOUNS | frozenset({
    "parent", "parents", "grandparent", "grandparents", "grandfather", "grandmother",
    "stepfather", "stepmother", "stepparent", "stepparents", "guardian", "guardians", "foster",
    "carer", "carers", "caregiver", "caregivers", "babysitter", "nanny", "mom", "dad", "mum"})
# Verbs of a restriction (lexicon: CAMEO 191 an area closed off or people kept from going
# somewhere, 174 people evicted) that anyone may do ("Volunteers cordoned off the park",
# "Engineers sealed off the leaking pipe", "The lifeguard stopped the children from entering the
# pool", "The landlord evicted the tenant"): a restriction only when the state, one of its arms or
# an armed group does it, or no doer is named ("The area was sealed off"); by protesters, a
# blockade (PROTEST 144); by anyone else, no event (stage._draft).
CORDON_VERBS = frozenset({"cordon", "seal", "stop", "prevent", "bar", "evict"})
CORDON_CODES = frozenset({"191", "174"})
# The cordon verbs that stop people from going somewhere or put them out: told without a doer
# ("Fans were barred from entering", "The tenant was evicted from the flat"), the state or an armed
# group must be named near them (events.stage; evictions since evmiss19).
PREVENTION_VERBS = frozenset({"stop", "prevent", "bar", "evict"})
# Verbs whose "from" names where someone is put out of or kept from, never who did it (a passive
# "were evicted from the riverbank settlement" names no doer; patterns._verb_candidate).
AWAY_FROM_VERBS = CORDON_VERBS | frozenset({"expel", "deport", "oust", "remove", "release", "free",
                                            "rescue", "evacuate", "exclude", "ban", "suspend",
                                            "dismiss", "sack", "eject", "banish"})
# Verbs whose subject undergoes what their object names, done by someone else: "faces murder
# charges", "survived an assassination attempt" (the subject is the target; the lexicon names
# which objects make them events).
UNDERGOING_VERBS = frozenset({"face", "survive"})
# Verbs of undergoing a wound, and the wounds: "sustained bullet injuries in the police firing",
# "suffered two deep wounds in the attack" (patterns._harms_undergone).
HARM_UNDERGOING_VERBS = frozenset({"sustain", "suffer", "receive"})
WOUND_NOUNS = frozenset({"injury", "injuries", "wound", "wounds"})

# Types of event kept without a source or target (stage._partyless): what happened is news even
# when its parties are not named or not recognised ("clashes broke out", "protests started",
# "a lawsuit was filed"). Chosen on the Wikinews labels' tune half, where these types' party-less
# events were right about half the time or more; the cooperative types' and COERCE's (mostly
# hypothetical arrests and bans) seldom.
PARTYLESS_TYPES = frozenset({"PROTEST", "ASSAULT", "ACCUSE", "REJECT", "SANCTION", "COERCE"})
# Protest nouns that report a protest wherever they stand, not only as a support verb's object
# ("weeks of protests against the bill", "the protests have since spread", "after last week's
# demonstrations"): patterns.mention_triggers. Not "rally", "march", "strike", "procession",
# "vigil", "boycott", "unrest": a campaign rally, a military strike, a religious procession.
PROTEST_MENTION_NOUNS = frozenset({
    "protest", "protests", "demonstration", "demonstrations", "sit-in", "riot", "riots",
    "rioting", "picket", "gherao", "uprising", "agitation", "walkout", "bandh", "hartal",
    "dharna"})
# Strike nouns in their labour sense (patterns._labour_strike): "on strike", or with a modifier of
# these (a trade, a crowd noun, a kind of strike): "a teachers' strike", "the general strike".
LABOUR_STRIKE_NOUNS = frozenset({"strike", "strikes", "stoppage", "stoppages"})
LABOUR_STRIKE_MODIFIERS = frozenset({
    "general", "hunger", "wildcat", "indefinite", "nationwide", "national", "token", "sympathy",
    "rolling", "labour", "labor", "work", "industrial", "teacher", "teachers", "doctor", "doctors",
    "nurse", "nurses", "transport", "taxi", "bus", "rail", "railway", "port", "dock", "mine",
    "staff", "employee", "employees", "union", "trucker", "truckers", "lawyer", "lawyers",
    "pilot", "pilots", "sit-down", "public-sector", "civil", "day-long", "one-day", "two-day",
    "three-day", "24-hour", "48-hour", "72-hour"})
# Participles of protest verbs that name a crowd by what it does ("striking miners", "protesting
# farmers"), with the CAMEO code of the protest (patterns._protesting_crowds).
PROTESTING_PARTICIPLES = {"striking": "143", "protesting": "141", "demonstrating": "141",
                          "agitating": "141", "picketing": "141", "marching": "141",
                          "rioting": "145", "rampaging": "145"}
# A crowd that becomes violent riots (patterns._crowds_turning_violent): "protesters became
# violent", with CROWD_NOUNS these names of people by their protest.
PROTESTER_NOUNS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator",
                             "demonstrators", "marcher", "marchers", "rioter", "rioters", "mobs"})
BECOMING_VERBS = frozenset({"become", "turn", "grow", "get"})
VIOLENT_STATES = frozenset({"violent", "unruly", "rowdy", "riotous"})
# Verbs that obstruct a passage (CAMEO 144 "obstruct passage, block": "blockaded the roads"), and
# the sectors whose blocking restricts movement instead (191: "police blocked the roads").
BLOCKING_VERBS = frozenset({"block", "blockade", "barricade"})
FORCE_SECTORS = frozenset({"COP", "MIL"})
# Attack nouns that report an attack wherever they stand, when the phrase says which attack
# (plural, or with a modifier, possessor, number or place/target preposition: "the suicide attack
# on the base", "Turkish airstrikes", "the killing of three villagers"; not "the attack" alone,
# which points back to one reported already). Not "explosion", "blast", "fire", "violence":
# accidents and generalities.
ASSAULT_MENTION_NOUNS = frozenset({
    "attack", "attacks", "airstrike", "airstrikes", "bombing", "bombings", "shelling",
    "massacre", "massacres", "ambush", "assassination", "stabbing", "stabbings", "kidnapping",
    "kidnappings", "abduction", "abductions", "lynching", "offensive", "killing", "killings",
    "murder", "murders", "shooting", "shootings", "clash", "clashes"})
# Police acts named as what happened ("the lathi charge on protesters drew criticism", "a baton
# charge by the police", "the custodial death of a youth sparked protests"): read with
# ASSAULT_MENTION_NOUNS, and only where the lexicon codes the noun there (crowd control, CAMEO
# 175: "charge" with lathi / baton / cane, a legal "charge" being none; a death in custody, 180,
# "death" with "custodial", a death alone none). Twentieth session (evrules20).
POLICE_ACT_MENTION_NOUNS = frozenset({"charge", "charges", "lathicharge", "lathicharges", "death",
                                      "deaths"})
CROWD_CONTROL_CAMEO = "175"
# Harm done to someone named in an "of" phrase: "the killing of three villagers", "the abduction
# of five oil workers" (the "of" phrase is the victim; "the attack of 2001" names none). Read only
# for ASSAULT_MENTION_NOUNS (patterns.mention_triggers), so a subset of them.
VICTIM_OF_NOUNS = frozenset({
    "killing", "killings", "murder", "murders", "shooting", "shootings", "assassination",
    "stabbing", "stabbings", "kidnapping", "kidnappings", "abduction", "abductions", "lynching",
    "massacre", "massacres"})
# Verbs of judging or mourning an act that took place, whose object is a harm with its victim
# named: "condemned the killing of the branch chairman" reports the killing too.
JUDGED_ACT_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "mourn", "protest",
                              "investigate", "probe"})
# Verbs whose object is what they set off: "the decision sparked protests".
CAUSE_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "cause", "fuel", "ignite",
                         "unleash", "touch"})
# Prepositions that say which attack: its target, place, doer or victim.
ASSAULT_MENTION_PREPS = frozenset({"on", "against", "by", "in", "at", "near", "of", "outside"})
# Modifiers of an attack noun that make it no assault: "heart attack", "panic attack".
NOT_ASSAULT_MODIFIERS = frozenset({"heart", "panic", "asthma", "anxiety", "verbal", "personal",
                                   "cyber", "shark", "dog", "bear", "photo", "film", "mercy"})
# Prepositions whose object names a motive or manner, not a protest held: "in protest at".
PROTEST_MOTIVE_PREPS = frozenset({"in", "as"})
# Verbs whose prepositional object is the offence charged, not a protest reported: "charged with
# rioting", "arrested for agitation", "convicted of rioting".
OFFENCE_VERBS = ACCUSING_VERBS | {"arrest", "detain", "convict", "sentence", "jail", "book",
                                  "indict", "try", "punish", "fine", "prosecute", "suspect"}

# Event nouns that too often name an accident when no party is found ("the fire started").
PARTYLESS_UNSAFE = frozenset({"fire", "explosion", "blast"})
# ... unless a modifier names the weapon or the attack: "a bomb blast", "a suicide blast", "the
# grenade explosion", "an IED blast" (not "a gas explosion", "a boiler blast").
ATTACK_BLAST_MODIFIERS = frozenset({"suicide", "terror", "terrorist", "militant", "insurgent",
                                    "bomber", "bombers"})
# Weapons as subjects stand for whoever used them ("a bomb exploded", "a rocket hit the school").
WEAPON_NOUNS = frozenset({"bomb", "bombs", "ied", "grenade", "grenades", "mine", "landmine",
                          "device", "rocket", "rockets", "missile", "missiles", "shell", "shells",
                          "mortar", "mortars", "drone", "drones", "bullet", "bullets", "car-bomb",
                          "explosive", "explosives",
                          # the aircraft, vehicles and guns that deliver them ("fighter jets
                          # bombed rebel positions", "helicopter gunships strafed the village")
                          "jet", "jets", "warplane", "warplanes", "aircraft", "helicopter",
                          "helicopters", "gunship", "gunships", "bomber", "bombers", "fighter",
                          "fighters", "tank", "tanks", "artillery", "warship", "warships",
                          "gunboat", "gunboats"})

# Terms of a sentence that make it imprisonment as well as a conviction ("sentenced to five years
# in prison", "to life", "to 18 months"): the event is then also COERCE arrest (PLOVER 3.13).
PRISON_TERMS = frozenset({"prison", "jail", "gaol", "imprisonment", "year", "month", "life",
                          "detention", "custody", "incarceration"})

# Civilian crowds: a blockade they put up is a protest (PLOVER PROTEST obstruct, CAMEO 144), not a
# military blockade (191) ("protesters blockaded the roads with burning tyres"). The actors'
# crowd nouns (actors/cues.CROWD_WORDS, less marchers), with other civilians, singular and plural.
_CROWD_KINDS = (CROWD_WORDS - {"marcher", "mob"}) | {
    "resident", "villager", "student", "worker", "farmer", "supporter", "activist", "trader", "striker",
    "driver", "youth", "miner", "member"}
CROWD_NOUNS = frozenset({*_CROWD_KINDS, *(noun + "s" for noun in _CROWD_KINDS), "mob", "people"})
# Adjectives that say an event named as the subject of "be" is taking place ("protests were
# underway").
UNDERWAY_WORDS = frozenset({"underway", "ongoing"})

# Participles of custody that describe a noun's state rather than report an act ("fishermen held
# in its jails", "prisoners kept in solitary confinement").
STATE_PARTICIPLES = frozenset({"hold", "keep", "remain"})

# Participles of accusing used before a noun name a person or thing by what it is accused of;
# they report no accusation: "the accused molesters", "the suspected gunman" (patterns.
# verb_triggers). Not "alleged": the labels' rubric codes "an alleged murder weapon" ACCUSE allege.
HEDGE_PARTICIPLES = frozenset({"accuse", "accused", "suspect", "suspected", "purport",
                               "purported"})

# Words that open an indirect question: "asked why Biden did not act", "asked whether the talks
# would resume" is a question, no request (patterns.asks_a_question).
QUESTION_WORDS = frozenset({"why", "whether", "if", "what", "how", "who", "whom", "when", "where",
                            "which", "whose"})

# Auxiliaries that make a clause agreed to a plan rather than an opinion shared: "agreed that the
# troops would leave" is an agreement; "agreed that vaccines have done more good" is an opinion
# (patterns.agrees_with_an_opinion).
PLAN_AUXILIARIES = frozenset({"will", "would", "shall", "should", "must", "'ll", "can", "could",
                              "to"})

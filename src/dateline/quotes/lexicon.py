"""Cue words and quotation marks for the quotes stage (data only, no code).

The verb lists were drafted from the cue words of PolNeAR's *train* split (the most frequent
attribution cues, lemmatised) and then pruned: a lemma is kept when, on train, more than half of
the attributions our rules propose with it match a gold attribution by content overlap (see
docs/quotes.md for the calibration run). The dev split was not used to choose words.
"""

# --- quotation marks ----------------------------------------------------------------------------
OPENING_MARKS = ("„", "«", "``")
CLOSING_MARKS = ("”", "»")
# Straight and doubled-apostrophe marks open or close depending on the characters around them;
# so does “, which closes German-style quotes („…“) and is a common typo for ”, and the full-width
# ＂ (Chinese and Japanese text, some wire copy).
DOUBLE_AMBIGUOUS = ('"', "''", "“", "＂")
SINGLE_OPEN = ("‘", "'")
SINGLE_CLOSE = ("’", "'")
QUOTE_CHARS = "\"“”„«»‘’'`‹›＂"

# --- verbs that report speech or writing: their clausal complement is the quote's content --------
SPEECH_VERBS = frozenset("""
say tell add write ask note report announce suggest tweet explain argue continue claim
declare acknowledge insist warn predict state reply respond admit confirm reveal recall
conclude concede caution stress emphasize emphasise observe remark comment assert contend
maintain allege testify testified complain boast brag joke quip promise pledge vow vouch
deny indicate point mention inform assure remind urge announce proclaim declare disclose
estimate speculate tweet post retort counter charge lament acknowledge agree recount
insist reiterate repeat explain describe write blog shout yell scream whisper mutter
muse recount forecast project hint imply signal confess conclude posit predict
""".split())

# Speech acts that ask for something ("called for the release of the assets"): reported speech
# even when their content is a noun phrase, unlike "signed the bill" (a ``stance``, stage.py).
DIRECTIVE_VERBS = frozenset("call appeal plead demand request beg petition summon".split())

# Cognition and evidence verbs that PolNeAR also annotates as attributions ("experts think that",
# "polls show that"); their complement is content too.
BELIEF_VERBS = frozenset("""
think believe know feel fear hope expect worry doubt suspect assume guess figure imagine
understand realize realise recognize recognise show find suggest indicate reveal demonstrate
prove determine decide conclude learn hear read see notice acknowledge wonder
""".split())

# Verbs whose "to"-infinitive or object complement is attributed content ("urged Congress to act").
INFINITIVE_VERBS = frozenset("""
urge want plan promise pledge vow threaten ask call encourage refuse decline demand
propose seek hope intend vote agree offer
""".split())

# Prepositional cues: "according to X", with X the source.
ACCORDING_TO = ("according", "to")

# Verbs that take a hearer object before the content ("told reporters that").
HEARER_VERBS = frozenset("tell inform assure remind warn notify".split())

# Nouns that name a kind of telling, not what was said: the object of "told a bedtime story",
# "tells a joke about X" names the act, so it (and a phrase inside it) is no quote's content;
# a clause inside it is ("told the story of how he won").
NARRATIVE_NOUNS = frozenset("story tale joke anecdote fable parable yarn riddle bedtime".split())

# Subordinate-clause dependencies that carry the content of a cue verb.
CONTENT_DEPS = ("ccomp",)
INFINITIVE_DEPS = ("xcomp",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependencies that link a participle/coordinated cue to the verb whose subject is its speaker
# ("…, saying …", "smiled and said …").
INHERIT_SUBJECT_DEPS = ("advcl", "conj", "xcomp", "acl")

# Attribution verbs that, hung by the parser as a subjectless conjunct on a content clause
# ("adds that she has released her returns and called on Sanders to …"), start a new
# attribution of the same speaker rather than continuing the content.
CUT_CONJ_VERBS = SPEECH_VERBS | frozenset("""
call claim vow propose urge accuse criticize praise insist argue describe defend blame reject
""".split())


# Complements of an object-taking cue that stay in its content ("accused [him of lying]",
# "endorsed [Bush in the GOP race]"); a comma, conjunction or other clause ends the content.
PREDICATE_DEPS = ("dobj", "dative", "xcomp", "ccomp", "prep", "oprd", "attr", "acomp", "advmod",
                  "npadvmod", "pcomp", "agent", "advcl")

# At most this many characters (the end of the attribution's sentence, "outside the building.
# But") may separate a quote from the quote that carries it on. Set by reading PolNeAR train.
CONTINUATION_GAP = 80

# Raising verbs: "Y seems to Z" attributes the whole clause to nobody in particular.
RAISING_VERBS = frozenset({"seem", "appear"})

# Punctuation that ends a cue's complements (brackets and quote marks do not).
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "--", ".", "!", "?"})

# Punctuation after which a content that precedes its cue clause begins.
CLAUSE_BREAKS = frozenset({":", ";", "—", "–", "--"})

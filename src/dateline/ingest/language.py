"""Which language a page's text is in, cheaply: the share of each language's commonest function
words, or the script for the languages written without spaces or in another alphabet.

The ingest rules that lean on English words (the line classifier's stop-word share, English
headline stop words) ask this first, so that they stand down on a language they do not know
instead of misreading its prose as furniture (fifteenth session of 2026-12-06, issue 20). No
dependency, no model: function-word lists are general knowledge of the languages, not read off
any page.
"""

from __future__ import annotations

import re
from collections import Counter

# The commonest function words of each language (articles, pronouns, prepositions, conjunctions,
# the verb "to be"), lower case; the line classifier measures a page by its language's list.
STOPWORDS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": """a an the and or but if of to in on at by for with from as is are was were be been being it its this
        that these those he she they we you i his her their our your not no so than then there which who whom
        what when where while has have had do does did will would can could should may might""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber wenn von zu im in an auf
        mit für ist sind war waren wird werden wurde nicht auch sich er sie es wir ich ihr sein seine dass
        bei nach aus wie als noch nur über vor um durch hat haben""",
    "fr": """le la les un une des du de et ou mais si à au aux en dans sur par pour avec est sont était
        été sera ne pas plus il elle ils elles nous vous je ce cette ces son sa ses leur qui que qu dont
        où comme aussi mais être avoir a ont""",
    "es": """el la los las un una unos unas y o pero si de del a al en con por para es son fue era ser
        está están no se lo le les su sus que qué como más también este esta estos estas ha han
        hay muy entre sobre""",
    "it": """il lo la i gli le un uno una e o ma se di del della dei delle a al alla da dal in nel nella
        con su per è sono era erano essere non si che come anche questo questa più ha hanno ci""",
    "pt": """o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas com por para pelo pela
        é são foi era ser está não que como mais também este esta seu sua ao à""",
    "nl": """de het een en of maar als van in op aan met voor door naar is zijn was waren wordt worden niet
        ook zich hij zij ze het wij ik dat die deze dit er bij om te tot uit heeft hebben""",
    "sv": """och i att det som en på är av för med till den har de inte om ett han men var jag sig
        från vi så kan man när år efter""",
    "da": """og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så
        kan man når år efter""",
    "no": """og i at det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så
        kan man når år etter""",
    "pl": """i w na z że się nie do to jest o jak a ale od po za przez dla są być był była było co ten ta
        tym jego jej oraz też już""",
    "cs": """a v na se že je to s z do o k ale jak by byl byla bylo jsou není pro po od jeho její tak také
        které který která""",
    "ro": """și în de la cu pe că nu un o este sunt a fost din pentru care mai ca se sau dar""",
    "tr": """ve bir bu da de ile için olarak daha çok gibi ama ya ne o şu her en değil olan""",
    "id": """dan yang di ke dari ini itu dengan untuk tidak ada pada dalam akan juga adalah oleh karena""",
    "ru": """и в на не что с по как это он она они мы я из за к от у о так но же все был была было быть
        для его её их то""",
    "uk": """і в на не що з до як це він вона вони ми я із за від у о так але ж для його її їх та""",
}.items()}

_TOKEN = re.compile(r"[^\W\d_]+")
# The languages told by their script: the characters' ranges, and the share of the text's letters
# they must make (kana: a tenth, since Japanese mixes them with Chinese characters)
_SCRIPTS = tuple((re.compile(f"[{chars}]"), code, share) for chars, code, share in (
    ("\u3040-\u30ff", "ja", 0.1), ("\uac00-\ud7af", "ko", 0.3), ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", "zh", 0.3),
    ("\u0600-\u06ff", "ar", 0.3), ("\u0900-\u097f", "hi", 0.3), ("\u0590-\u05ff", "he", 0.3),
    ("\u0370-\u03ff", "el", 0.3)))
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for pattern, _, _ in _SCRIPTS))
_LEAST_SCRIPT_SHARE = min(share for _, _, share in _SCRIPTS)

# Share of a text's words that must be one language's function words for the text to be in it
# (English prose runs at 0.4-0.5, a menu or a list of names near 0); and how far ahead of the
# runner-up that language must be (Danish and Norwegian share most of their lists).
MIN_SHARE = 0.12
MIN_WORDS = 20
# The characters of a Document's text its language is told by (some 250 words, a third of guess's
# time on 4,000: of the 978 dev pages' gold bodies, all but 4 are told the same, and those 4, English
# Wikipedia pages opening on an infobox, are told nothing, so keep what they declare)
DOCUMENT_SAMPLE = 1500
# With nothing declared, a text told by its function words alone overturns the English default only
# from twice guess's minimum: a short English text full of Spanish names ("Maria de la Cruz and Jose
# de los Santos met …", 29 words) reads Spanish by its "de", "la", "los" (review of ingmend17)
UNDECLARED_MIN_WORDS = 2 * MIN_WORDS
_SCRIPT_CODES = frozenset(code for _, code, _ in _SCRIPTS)


def guess(text: str, sample: int = 4000, unknown: str | None = None) -> str | None:
    """The language of ``text`` as a short code ("en", "de", "ja", "ar" …), or None when there is
    too little text to tell; ``unknown`` when there is enough but no known language's words make
    up a share of it. Languages told by their script come first (CJK, kana, hangul, Arabic,
    Devanagari, Hebrew, Greek)."""
    text = text[:sample]
    words = _TOKEN.findall(text.lower())
    letters = sum(map(len, words))
    if not letters:
        return None
    if len(_ANY_SCRIPT.findall(text)) >= _LEAST_SCRIPT_SHARE * letters:   # (one scan for most pages)
        for pattern, code, share in _SCRIPTS:
            if len(pattern.findall(text)) >= share * letters:
                return code
    shares = _shares(words)
    if shares is None:
        return None
    best, code = max((share, code) for code, share in shares.items())
    return code if best >= MIN_SHARE else unknown


def _shares(words: list[str]) -> dict[str, float] | None:
    """Each known language's function words' share of ``words`` (lower case); None under MIN_WORDS."""
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    return {code: sum(counts[word] for word in stop.intersection(counts)) / len(words)
            for code, stop in STOPWORDS.items()}


def document_language(declared: str | None, text: str) -> str:
    """The language of a Document: the one its text is in when that can be told (``guess``), the
    page's declared one when the text cannot tell (too short, or no known language's words) or does
    not contradict it, and English when neither says. A declaration the text contradicts gives way:
    a site's template declares ``lang="en"`` over German articles (seventeenth session of 2026-12-07,
    issue 20: two ScrapingHub pages). The text contradicts only a language this module can read,
    and only when its words are not that language's at all (its function words under MIN_SHARE, or
    its script under its share): a Norwegian page read as Danish, or a Bulgarian one as Russian,
    keeps what it declares."""
    declared = declared.lower() if declared else None
    sample = text[:DOCUMENT_SAMPLE]
    found = guess(sample)
    if found is None or found == declared:
        return found or declared or "en"
    words = _TOKEN.findall(sample.lower())
    if found in _SCRIPT_CODES and (declared is None or declared in STOPWORDS):
        # told by its script: a Japanese page under a template's lang="en" (whose few long "words"
        # are under MIN_WORDS, so the declared language's share could not be measured)
        return found
    if declared is None:
        return found if len(words) >= UNDECLARED_MIN_WORDS else "en"
    script = next(((pattern, share) for pattern, code, share in _SCRIPTS if code == declared), None)
    if script is not None:
        return found if len(script[0].findall(sample)) < script[1] * sum(map(len, words)) else declared
    if declared in STOPWORDS:
        shares = _shares(words)
        return found if shares is not None and shares[declared] < MIN_SHARE else declared
    return declared


def function_words(text: str) -> frozenset[str] | None:
    """The function words to measure ``text``'s lines by: its language's (English's when there is
    too little text to tell, as before languages were told apart), or None for a language with no
    list here (a script language, or enough words of none of the known languages)."""
    return STOPWORDS.get(guess(text, unknown="?") or "en")


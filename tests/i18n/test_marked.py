"""Every Dutch sentence a person may read is marked for translation.

A scan of the source: a string constant with frequent Dutch words in it must sit inside
``translate``, ``self.tr`` or ``QT_TRANSLATE_NOOP`` (lupdate extracts only those), be a
docstring or a log message, or be in ALLOWED below: text that must stay Dutch in every
language because it is written somewhere (a file, the database, SQL) rather than shown.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ifg_desktop"
# Frequent Dutch words, as whole words ("voor-herstel", a file name, is not a sentence).
_DUTCH = re.compile(
    r"(?<![\w-])(de|het|een|niet|geen|van|voor|wordt|moet|kan|zijn|deze|dit|nieuw|"
    r"gewijzigd|ongewijzigd|ontbreekt|verwacht|dienst|diensten|databank|bestand|sleutel|"
    r"waarde|onbekend|gesloten|zonder|nr)(?![\w-])",
    re.IGNORECASE,
)
_MARKERS = {"translate", "tr", "QT_TRANSLATE_NOOP"}
_LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}

# (file under ifg_desktop/, enclosing function or "<module>") → why its Dutch stays Dutch.
ALLOWED = {
    # SQL: PL/pgSQL checks and the comments of the roles script an administrator runs
    ("db/roles.py", "_check_tables"): "SQL",
    ("db/roles.py", "_refuse_powerful_roles"): "SQL",
    ("db/roles.py", "roles_script"): "SQL written to a file",
    # file content: an HSDS export is Dutch whatever language the window speaks
    ("directory/hsds/schedules.py", "schedule_documents"): "HSDS schedule descriptions",
    ("directory/hsds/search_terms.py", "description"): "HSDS search term descriptions",
    ("directory/hsds/vocabulary.py", "<module>"): "HSDS descriptions of our extensions",
    # data: words looked for in a phone's (Dutch) description
    ("directory/referral_card.py", "<module>"): "data keys",
    # a bug's traceback for the developer, raised in the window's thread
    ("ui/import_export.py", "crashed"): "developer error",
}


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(first.value)
    return found


def _called(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def unmarked_dutch(source: str, where: str) -> list[str]:
    """``where:line [function] text`` of each unmarked Dutch string constant in ``source``."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if node in docstrings or " " not in node.value or not _DUTCH.search(node.value):
            continue
        marked, function = False, "<module>"
        parent = parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.Call) and _called(parent) in _MARKERS | _LOGGING:
                marked = True
            if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
                function = parent.name if function == "<module>" else function
            parent = parents.get(parent)
        if not marked and (where, function) not in ALLOWED:
            found.append(f"{where}:{node.lineno} [{function}] {node.value[:70]!r}")
    return found


def test_every_dutch_sentence_is_marked_for_translation() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" not in path.parts:  # a migration's data is as it was then
            where = path.relative_to(PACKAGE).as_posix()
            found += unmarked_dutch(path.read_text(encoding="utf-8"), where)
    assert found == [], "mark these with translate()/self.tr()/QT_TRANSLATE_NOOP:\n" + "\n".join(
        found
    )


def test_the_scan_finds_an_unmarked_sentence() -> None:
    source = (
        "def summary(added):\n"
        '    """Een docstring van de dienst."""\n'
        '    _log.info("de dienst is niet gevonden")\n'
        '    ok = translate("hsds", "{n} nieuw, geen wijziging").format(n=added)\n'
        '    return f"{added} nieuw, {ok}"\n'
    )
    assert unmarked_dutch(source, "x.py") == ["x.py:5 [summary] ' nieuw, '"]


def test_every_allowed_place_still_exists() -> None:
    """An allow-list entry whose function was renamed or removed is taken out, not kept."""
    for file, function in ALLOWED:
        tree = ast.parse((PACKAGE / file).read_text(encoding="utf-8"))
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert function == "<module>" or function in names, (file, function)

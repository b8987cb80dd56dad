"""The layers hold: the import contracts of pyproject.toml ([tool.importlinter]) are kept.

The same check as ``lint-imports`` in ``make lint``, here so that ``make test`` fails too when
a module reaches the wrong way (the models into the domain, the domain into Qt, the window
into SQLAlchemy or the database's files). Its report names the import and its line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _lint_imports() -> str:
    """The console script beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "lint-imports"
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert found is not None, "lint-imports is missing: pip install -e '.[test]'"
    return found


def test_import_contracts_are_kept() -> None:
    # No cache: the graph of about 150 modules takes a second to build, and a cache folder
    # would be left in the working tree.
    run = subprocess.run(
        [_lint_imports(), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr

"""A front-desk window that never unlocks coordinator mode never imports SQLAlchemy.

In a fresh interpreter (``sys.modules`` of the test run holds everything already): the
window starts as ``ifg-desktop`` starts it, the Coördinator and Bestand menus are installed,
a worker types; only then, unlocking imports what coordinator mode needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ifg_desktop.db import Database

# Modules the menus must not bring in: SQLAlchemy (and what rides on it) and the domain
# behind the dialogs. ``ifg_desktop.models.enums`` is plain Python and allowed.
HEAVY = ("sqlalchemy", "alembic", "jsonschema")
EDITING_DOMAIN = (
    "ifg_desktop.directory.audit",
    "ifg_desktop.directory.auth",
    "ifg_desktop.directory.drafts",
    "ifg_desktop.directory.editing",
    "ifg_desktop.directory.hsds",
    "ifg_desktop.directory.validation",
)

SCRIPT = """
import json, sys, time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ifg_desktop.ui.app import start_window

heavy, domain = json.loads(sys.argv[2])
started = start_window(sys.argv[1])
assert started is not None, "the database was refused"
app, window = started


def process_until(condition, what):
    deadline = time.monotonic() + 30
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def loaded():
    return sorted(
        name
        for name in sys.modules
        if name.split(".")[0] in heavy
        or name in domain
        or (name.startswith("ifg_desktop.models.") and name != "ifg_desktop.models.enums")
    )


process_until(lambda: window.coordinator is not None and window.files is not None, "the menus")
QTest.keyClicks(window.search, "kind")
process_until(
    lambda: window.model.query.text == "kind" and not window.is_counting, "the search"
)
before_unlock = loaded()

coordinator = window.coordinator
coordinator.unlock_action.trigger()
dialog = coordinator.unlock_dialog
visible = dialog is not None and dialog.isVisible()
first_use = dialog is not None and dialog.first_use  # read through SQLAlchemy: no password yet
cursor_restored = QApplication.overrideCursor() is None
dialog.reject()
app.processEvents()
print(json.dumps({
    "before_unlock": before_unlock,
    "after_unlock": "sqlalchemy" in sys.modules,
    "dialog_visible": visible,
    "first_use": first_use,
    "cursor_restored": cursor_restored,
    "closed": not dialog.isVisible(),
}))
"""


def test_menus_are_installed_without_sqlalchemy_and_unlocking_loads_it(
    database: Database, db_path: Path, settings_dir: Path
) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path), json.dumps([HEAVY, EDITING_DOMAIN])],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["before_unlock"] == []
    assert seen["after_unlock"], "unlocking imports what coordinator mode needs"
    assert seen["dialog_visible"] and seen["first_use"]
    assert seen["cursor_restored"] and seen["closed"]

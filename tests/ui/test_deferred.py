"""The window is on screen before the rules load (ui/deferred.py), and then works.

``deferred`` itself is checked on a throwaway module; the window's start in a fresh
interpreter, where nothing of the test run is loaded already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.ui.deferred import deferred, is_loaded

# What the window may have run of the rules when it shows: plain values, nothing to load.
LIGHT = {
    "ifg_desktop.directory",
    "ifg_desktop.directory.ages",
    "ifg_desktop.directory.choices",
    "ifg_desktop.directory.phones",
    "ifg_desktop.directory.spoken_languages",  # the languages' codes and names
}


def test_a_deferred_module_runs_at_its_first_use_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = tmp_path / "ran"
    (tmp_path / "deferred_probe.py").write_text(
        f"from pathlib import Path\nPath({str(ran)!r}).write_text('yes')\nANSWER = 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deferred_probe", raising=False)

    module = deferred("deferred_probe")
    assert not ran.exists() and not is_loaded("deferred_probe")
    assert deferred("deferred_probe") is module  # asked again: the same, still not run
    assert module.ANSWER == 42
    assert ran.exists() and is_loaded("deferred_probe")
    assert sys.modules["deferred_probe"] is module


def test_a_module_already_loaded_is_given_as_it_is() -> None:
    import json as loaded

    assert deferred("json") is loaded and is_loaded("json")


def test_a_module_that_does_not_exist_is_said_at_once() -> None:
    with pytest.raises(ModuleNotFoundError, match=r"ifg_desktop\.no_such_rules"):
        deferred("ifg_desktop.no_such_rules")


SCRIPT = """
import json, sys, time

from PySide6.QtWidgets import QApplication

from ifg_desktop.ui.app import start_window
from ifg_desktop.ui.deferred import is_loaded


def ours():
    return sorted(
        name for name in list(sys.modules)
        if name.startswith(("ifg_desktop.directory", "ifg_desktop.db")) and is_loaded(name)
    )


seen = {}


def shown():
    [window] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    seen["visible"] = window.isVisible()
    across = window.table.horizontalHeader().orientation()
    seen["headers"] = [window.model.headerData(column, across) for column in range(5)]
    seen["at_show"] = ours()


started = start_window(sys.argv[1], on_shown=shown)
assert started is not None, "the database was refused"
app, window = started
deadline = time.monotonic() + 30
while window.model.rowCount() == 0 or window.is_counting:
    if time.monotonic() > deadline:
        sys.exit("timed out waiting for the first page")
    app.processEvents()
seen["rows"] = window.model.rowCount()
seen["count"] = window.count.text()
seen["afterwards"] = ours()
print(json.dumps(seen))
"""


def test_the_window_shows_before_the_rules_load_and_then_finds_services(
    database: Database, db_path: Path, settings_dir: Path
) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["visible"]
    assert seen["headers"] == ["Dienst", "Wie belt", "Leeftijd", "Telefoon", "Nu"]
    assert set(seen["at_show"]) <= LIGHT, "run before the window showed"
    # Then the rules load and the first page comes, counted.
    assert "ifg_desktop.directory.query" in seen["afterwards"]
    assert "ifg_desktop.db.database" in seen["afterwards"]
    assert seen["rows"] > 0 and "dienst" in seen["count"]

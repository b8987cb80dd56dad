"""The first start: a new SQLite database is made by ``ifg-desktop init`` in a process of its
own while the window says so (ui/first_start.py); the window then opens the finished file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ifg_desktop.ui import first_start
from ifg_desktop.ui.app import start_window
from ifg_desktop.ui.first_start import first_start_note, make_in_own_process

# In a fresh interpreter (the test run has imported everything already): what the window
# process loaded to open a database it did not have, and what it said meanwhile.
SCRIPT = """
import json, sys, time

from ifg_desktop.ui.main_window import MainWindow
from PySide6.QtGui import QGuiApplication

said = []
say = MainWindow.say_first_start

def telling(window):
    say(window)
    said.append([window.statusBar().currentMessage(), QGuiApplication.overrideCursor() is not None])

MainWindow.say_first_start = telling

from ifg_desktop.ui.app import start_window

started = start_window(sys.argv[1])
assert started is not None, "the database was refused"
app, window = started
status_after = window.statusBar().currentMessage()
cursor_after = QGuiApplication.overrideCursor() is not None
deadline = time.monotonic() + 30
while window.model.rowCount() == 0 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({
    "said": said[:1],
    "times_said": len(said),
    "rows": window.model.rowCount(),
    "status_after": status_after,
    "cursor_after": cursor_after,
    "loaded": sorted(n for n in ("sqlalchemy", "alembic", "holidays") if n in sys.modules),
}))
window.shutdown()
"""


def test_a_new_database_is_made_by_a_process_of_its_own(tmp_path: Path, settings_dir: Path) -> None:
    db_file = tmp_path / "nieuw.sqlite3"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_file)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    # Said in the status bar, with a busy pointer, while the other process worked.
    assert seen["said"] == [[first_start_note(), True]]
    assert seen["times_said"] >= 1
    assert seen["status_after"] == "" and not seen["cursor_after"]
    assert seen["rows"] > 0
    # The migrations, the seed and the holidays' library stayed in that process.
    assert seen["loaded"] == []
    with closing(sqlite3.connect(db_file)) as connection:
        assert connection.execute("SELECT count(*) FROM service").fetchone()[0] == 17


def test_without_that_process_the_window_makes_the_database_itself(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_start, "own_program", lambda: [str(tmp_path / "no-such-program")])
    db_file = tmp_path / "nieuw.sqlite3"
    started = start_window(str(db_file))
    assert started is not None
    _app, window = started
    qtbot.addWidget(window)
    try:
        assert window.statusBar().currentMessage() == ""
        assert QGuiApplication.overrideCursor() is None
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=30_000)
    finally:
        window.shutdown()


def test_what_that_process_could_not_do_the_window_says_once(
    tmp_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    missing_folder = tmp_path / "weg" / "nieuw.sqlite3"
    assert start_window(str(missing_folder)) is None
    assert len(shown) == 1 and "bestaat niet" in shown[0]
    assert not missing_folder.parent.exists()
    assert QGuiApplication.overrideCursor() is None


def test_a_process_that_fails_or_hangs_leaves_the_work_to_the_window(tmp_path: Path) -> None:
    waited: list[bool] = []
    target = tmp_path / "nieuw.sqlite3"

    def made(program: list[str], wait_s: float = 60.0) -> bool:
        return make_in_own_process(
            target,
            language="nl",
            waiting=lambda: waited.append(True),
            program=program,
            wait_s=wait_s,
        )

    assert not made([str(tmp_path / "no-such-program")])
    assert not made([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert made([sys.executable, "-c", "pass"])
    waited.clear()
    assert not made([sys.executable, "-c", "import time; time.sleep(30)"], wait_s=0.5)
    assert waited  # the window repainted meanwhile
    assert not target.exists()

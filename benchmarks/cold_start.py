"""Cold start: process start to the first page of results on screen, with a large directory,
÷ a bare QApplication + QMainWindow holding a line edit and a table (same run).

Each start is a fresh process; the parent takes the time before spawning it and the child
prints the wall-clock moments it reached. The application starts through the same code as
``ifg-desktop`` (``ui.app.start_window``).

    python -m benchmarks.cold_start app|bare|first DB_FILE

``first_start`` is the window's first start on a new PC (no database, no cache): its peak
memory, which the other starts do not show.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _child_app(db_file: str) -> None:
    marks: dict[str, float] = {}

    def shown() -> None:
        marks["window"] = time.time()

    from ifg_desktop.ui.app import start_window

    started = start_window(db_file, on_shown=shown)
    assert started is not None, "the database was refused"
    app, window = started
    # The first page is visible once the table has painted rows.
    while window.model.rowCount() == 0 or window.is_counting:
        app.processEvents()
        if window.model.rowCount() > 0:
            break
    window.table.viewport().repaint()
    marks["page"] = time.time()
    print(f"window {marks['window']:.6f}\npage {marks['page']:.6f}", flush=True)
    window.shutdown()  # as closing the window does: its threads first, then the database


def _child_first(db_file: str) -> None:
    """The application's start on a database file that is not there yet: to its first
    page, then until its warm-up is over; the seconds and the process's peak memory."""
    from benchmarks.keystrokes import peak_resident_mb
    from ifg_desktop.ui.app import start_window

    began = time.time()
    started = start_window(db_file)
    assert started is not None, "the database was refused"
    app, window = started
    while window.model.rowCount() == 0 or window.is_counting:
        app.processEvents()
    page = time.time() - began
    warming = window._warm_thread  # what the window still reads ahead
    deadline = time.time() + 60
    while (warming is None or warming.is_alive()) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
        warming = window._warm_thread
    print(f"page {page:.6f}\npeak {peak_resident_mb():.1f}", flush=True)
    window.shutdown()


def first_start(folder: Path) -> dict[str, Any]:
    """The window's first start on a new PC: no database file yet and an empty cache folder
    (the word lists are made then). Its peak resident size (VmHWM, read by the window's own
    process) once the first page is shown and its warm-up is over, and the seconds to that
    page. Modules compiled first by a start that is not counted, as an installer does."""
    import shutil

    from benchmarks.installed import installed_environment

    runs: list[dict[str, float]] = []
    for attempt in range(2):
        home = folder / f"first-start-{attempt}"
        shutil.rmtree(home, ignore_errors=True)
        environment = installed_environment(
            folder,
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
        )
        home.mkdir(parents=True)
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.cold_start", "first", str(home / "new.sqlite3")],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        marks = dict(line.split() for line in done.stdout.splitlines() if line[:1] == "p")
        runs.append({"page_s": float(marks["page"]), "peak_mb": float(marks["peak"])})
        shutil.rmtree(home, ignore_errors=True)
    return runs[-1]


def _child_bare() -> None:
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLineEdit())
    layout.addWidget(QTableWidget(50, 5))
    window.setCentralWidget(body)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.repaint()
    now = time.time()
    print(f"window {now:.6f}\npage {now:.6f}", flush=True)


def measure(db_file: str, repeat: int = 5) -> dict[str, dict[str, Any]]:
    """Median seconds from spawn to the window, and to the first page, over ``repeat``
    starts of the bare window and of the application, taken in turns (a noisy machine
    then slows both alike).

    As an installed application starts: with its modules compiled (an installer writes the
    .pyc files; PYTHONDONTWRITEBYTECODE, set on some machines, would make every start
    compile the application's modules again and the bare window's none). One start of
    each first, not counted, writes them.
    """
    import statistics

    from benchmarks.installed import installed_environment  # here: the children start lean

    environment = installed_environment(Path(db_file).parent)
    kinds = ("bare", "app")
    windows: dict[str, list[float]] = {kind: [] for kind in kinds}
    pages: dict[str, list[float]] = {kind: [] for kind in kinds}
    for attempt in range(repeat + 1):
        for kind in kinds:
            start = time.time()
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.cold_start", kind, db_file],
                capture_output=True,
                text=True,
                check=True,
                env=environment,
            )
            if attempt == 0:
                continue
            marks = dict(line.split() for line in done.stdout.splitlines() if line[:1] in "wp")
            windows[kind].append(float(marks["window"]) - start)
            pages[kind].append(float(marks["page"]) - start)
    return {
        kind: {
            "window_s": statistics.median(windows[kind]),
            "page_s": statistics.median(pages[kind]),
            "windows_s": windows[kind],  # every start, in order: how much they vary
        }
        for kind in kinds
    }


if __name__ == "__main__":
    if sys.argv[1] == "app":
        _child_app(sys.argv[2])
    elif sys.argv[1] == "first":
        _child_first(sys.argv[2])
    else:
        _child_bare()

"""The first start: a new SQLite database is made by a second process of the application.

Making it loads what no later start needs (SQLAlchemy's schema work, Alembic and every
migration, the seed, and on a new PC the lemma list's first build and the holidays'
library), and Python keeps that memory once it has it: a window that made its own database
on a new PC peaked at 205 MB, where a later start stays under 100 MB. So ``ifg-desktop
init`` makes it while the window waits, and the window then opens the finished file as
every later start does (`benchmarks/cold_start.first_start`: 98 MB).

That process only spares the window the work. Whatever goes wrong there (a folder that
cannot be written, a full disk) is met again when the window opens the database itself,
and said there as always; a process that cannot be started, or takes too long, leaves the
work to the window as before.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ifg_desktop.i18n import translate

_log = logging.getLogger(__name__)

# Beyond this the window stops waiting and makes the database itself (on a new PC the
# first start takes some 8 s, the word lists' first build included).
WAIT_S = 120.0
_POLL_S = 0.03  # how often the window repaints and answers the system meanwhile


def own_program() -> list[str]:
    """The command that starts this application again: the bundle's program, or this
    Python with the package."""
    if getattr(sys, "frozen", False):  # PyInstaller: the program takes ifg-desktop's arguments
        return [sys.executable]
    return [sys.executable, "-m", "ifg_desktop"]


def first_start_note() -> str:
    return translate(
        "first_start",
        "Eerste start: de databank wordt gemaakt en gevuld met de diensten en de checklist…",
    )


def make_in_own_process(
    path: Path,
    *,
    language: str,
    waiting: Callable[[], None],
    program: Sequence[str] | None = None,
    wait_s: float = WAIT_S,
) -> bool:
    """``ifg-desktop --db PATH init`` in a process of its own; ``waiting`` is called while
    it runs. True when it made the database; False when the caller must (it says why)."""
    command = [*(program or own_program()), "--lang", language, "--db", str(path), "init"]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # what it would say, the window says when it opens
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console
        )
    except OSError as error:
        _log.warning("could not start %s: %s", command[0], error)
        return False
    deadline = time.monotonic() + wait_s
    while process.poll() is None:
        if time.monotonic() > deadline:
            # Its writes are transactions: stopped, it leaves the database made or not.
            process.kill()
            process.wait()
            _log.warning("first start: 'init' took over %.0f s; the window goes on", wait_s)
            return False
        waiting()
        time.sleep(_POLL_S)
    if process.returncode != 0:
        _log.info("first start: 'init' ended with %s", process.returncode)
    return process.returncode == 0

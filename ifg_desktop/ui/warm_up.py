"""What the first keystroke of a session would pay for, done beside the first page.

A fresh window has read nothing yet of what a search needs: the vocabulary and the
directory's words, the modules of the search and of the menus installed after the first
page, phonenumbers' patterns. Read on the first keystrokes, those made them 30-150 ms at
100,000 services (and up to 400 ms for a key typed as the first page appeared). The window
starts ``WarmUp`` once it is on screen. The menus (their imports and widgets: 90-170 ms on
the GUI thread) wait for a pause in the typing (``menus_may_install``) and are installed in
slices, one per turn of the event loop (``install_in_slices``): a key typed as the pause
ends waits for one slice at most, and a search started meanwhile postpones the rest. Their
modules are not imported on the warm-up's thread, as PySide6 makes its Python types for Qt
classes on the GUI thread only safely.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ifg_desktop.db import Database

# While the warm-up runs, the GUI thread waits at most this long for Python's lock each
# time it wants it back (the default 5 ms, paid at every read of a keystroke).
SWITCH_INTERVAL_S = 0.0005
# The menus are installed once the typing paused this long, or at the latest this long
# after the first page.
MENUS_AFTER_PAUSE_S = 1.0
MENUS_AT_THE_LATEST_S = 30.0
MENUS_RETRY_MS = 100
# The menus' modules, imported one per slice (each 1-6 ms on an idle machine, up to 40 under
# load): the backups' (socket first) apart from the Bestand menu's own.
MENU_MODULES = (
    "ifg_desktop.ui.coordinator",
    "socket",
    "ifg_desktop.db.backup_files",
    "ifg_desktop.directory.backups",
    "ifg_desktop.ui.import_export",
)
# The warm-up's steps after the first wait until no search started for this long.
QUIET_S = 0.3
# Numbers formatted ahead: phonenumbers compiles its patterns at their first use.
PHONES_AHEAD = 300

_switch_lock = threading.Lock()
_switching = [0, 0.005]  # warm-ups running, the interval before the first


class WarmUp(threading.Thread):
    """Reads and imports what a search needs, on a thread of its own; then what the
    session keeps is taken out of the garbage collector's rounds (``gc.freeze``).

    The vocabulary first, at once: the first search needs it. The rest in steps, each
    after a pause in the typing (``last_search``: ``time.monotonic()`` of the window's last
    search started): on a busy machine a thread beside the keystroke's takes a core and
    Python's lock from it."""

    def __init__(self, database: Database, last_search: Callable[[], float]) -> None:
        super().__init__(name="warm-up", daemon=True)
        self.database = database
        self.last_search = last_search
        self._stopping = threading.Event()
        self.menus_asked_at: float | None = None  # when the window first asked (first page)
        self.failures_said = 0  # failures logged at INFO: the first one only

    def failed(self, what: str, error: BaseException) -> None:
        """A step failed: said once at INFO, by its kind only (the warm-up searches for
        its own fixed words, never for what someone typed, but a message is not logged
        where anyone may read it); the details at DEBUG. A database closed under it (the
        window shut down) is no failure."""
        from ifg_desktop.db.database import DatabaseClosed

        log = logging.getLogger(__name__)
        if isinstance(error, DatabaseClosed):
            log.debug("warming up: %s: the database was closed", what)
            return
        if self.failures_said == 0:
            log.info("warming up: %s failed (%s); read when needed", what, type(error).__name__)
        self.failures_said += 1
        log.debug("warming up: %s", what, exc_info=error)

    def run(self) -> None:
        _quicker_switches(True)
        try:
            for step in self._steps():
                self._when_quiet()
                step()
        except _Stopped:
            pass
        except Exception as error:  # only a head start: what is missing is read when needed
            self.failed("a step", error)
        finally:
            _quicker_switches(False)

    def _steps(self) -> Iterator[Callable[[], object]]:
        database = self.database
        from ifg_desktop.directory import search_plan, wordforms
        from ifg_desktop.directory.vocabulary import vocabulary_of

        vocabulary_of(database)  # 60-80 ms at 100,000 services
        # What a typo or a phrase typed with a slip needs, first: 25-30 ms each, which the
        # keystroke that first needs them would pay (typing leaves the warm-up few pauses
        # while the directory's words are read, below).
        yield lambda: importlib.import_module("rapidfuzz.process")
        yield lambda: importlib.import_module("rapidfuzz.distance.OSA")
        yield wordforms.common_words  # what is no typo: "slapen", "getrokken"
        # The directory's words, for typos and a quick "no" (about a second, mostly SQLite's).
        yield lambda: search_plan.warm_words(database, self._when_quiet)
        yield lambda: _format_some_phones(database, self._when_quiet, self.failed)
        yield lambda: _rehearse_search(database, self._when_quiet, self.failed)
        yield _freeze

    def _when_quiet(self) -> None:
        while not self._stopping.is_set() and time.monotonic() - self.last_search() < QUIET_S:
            self._stopping.wait(QUIET_S / 4)
        if self._stopping.is_set():
            raise _Stopped

    def stop(self, wait_s: float) -> None:
        """Stop before the next step or part of one, and wait for that (at most ``wait_s``):
        the database must not close the connection of a read under way."""
        self._stopping.set()
        if self.is_alive():
            self.join(wait_s)


class _Stopped(BaseException):  # not an Exception: the steps' own handlers let it through
    pass


def _freeze() -> None:
    # Once per process: what is frozen is never collected, so a second window's start
    # would keep the first one's leftovers for good.
    if gc.get_freeze_count() == 0:
        # What the session keeps out of the collector's rounds: a full collection while
        # typing then goes through what the typing made, not through all of it (15-25 ms,
        # a keystroke's budget, at 100,000 services).
        gc.freeze()


def menus_may_install(warm_up: WarmUp | None, last_search: float) -> bool:
    """Whether the menus can be installed now without a keystroke waiting for them: the
    typing paused (``last_search``: ``time.monotonic()`` of the last search started); at
    the latest ``MENUS_AT_THE_LATEST_S`` after the window first asked."""
    if warm_up is None:
        return True
    now = time.monotonic()
    if warm_up.menus_asked_at is None:
        warm_up.menus_asked_at = now
    if now - warm_up.menus_asked_at > MENUS_AT_THE_LATEST_S:
        return True
    return now - last_search > MENUS_AFTER_PAUSE_S


def install_in_slices(
    slices: Iterator[object], may_go: Callable[[], bool], stopped: Callable[[], bool]
) -> None:
    """Run ``slices`` (a generator that yields between its parts) one part per turn of the
    event loop, each when ``may_go()``; otherwise ask again ``MENUS_RETRY_MS`` later. The
    keystrokes queued meanwhile are handled between two parts. ``stopped()``: give up."""
    from PySide6.QtCore import QTimer

    def next_slice() -> None:
        if stopped():
            return
        if not may_go():
            QTimer.singleShot(MENUS_RETRY_MS, next_slice)
            return
        try:
            next(slices)
        except StopIteration:
            return
        QTimer.singleShot(0, next_slice)

    next_slice()


def _quicker_switches(starting: bool) -> None:
    with _switch_lock:
        if starting:
            if _switching[0] == 0:
                _switching[1] = sys.getswitchinterval()
                sys.setswitchinterval(SWITCH_INTERVAL_S)
            _switching[0] += 1
        else:
            _switching[0] -= 1
            if _switching[0] == 0:
                sys.setswitchinterval(_switching[1])


def _format_some_phones(
    database: Database,
    between: Callable[[], None],
    failed: Callable[[str, BaseException], None],
) -> None:
    """Numbers of the directory formatted as the list shows them (and remembered), a few
    at a time with ``between`` before each few."""
    try:
        from ifg_desktop.directory.phones import format_phone

        numbers = database.read(f"SELECT number FROM phone LIMIT {PHONES_AHEAD}")
        for done, (number,) in enumerate(numbers):
            if done % 25 == 0:
                between()
            format_phone(str(number))
    except Exception as error:
        failed("phone numbers", error)


def _rehearse_search(
    database: Database,
    between: Callable[[], None],
    failed: Callable[[str, BaseException], None],
) -> None:
    """A search's plan and first rows for a word of the vocabulary: the modules, regular
    expressions and word lists a first search would load (on this thread's connection:
    the GUI thread's keeps its own)."""
    try:
        from ifg_desktop.directory import query

        wider = query.ServiceQuery()
        step = query.find_rows_step(database, wider, after=None, limit=50, scan=500)
        for text in ("g", "ge", "hulp gezin"):  # a letter typed on, then a phrase
            between()
            searched = query.ServiceQuery(text=text)
            if query.narrows(database, wider, searched):
                query.narrowed_rows(database, step.rows, step.resume_after, searched)
            step = query.find_rows_step(database, searched, after=None, limit=50, scan=500)
            wider = searched
    except Exception as error:
        failed("a search", error)

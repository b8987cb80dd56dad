"""Change notices from PostgreSQL: a window hears of another desk's commit within a second.

Migration 0006 makes every statement that changes a table a window shows send
``NOTIFY ifg_wegwijzer_changes, '<table>'``; PostgreSQL delivers it at commit, identical
notices of one transaction folded into one. A ``ChangeListener`` LISTENs on a connection of
its own, on a daemon thread of its own, and calls back:

``on_change()``
    somebody committed a change (a burst of notices arriving together is one call). Also
    called once right after ``on_back``: something may have changed while the server was
    away. Not after the first ``LISTEN``: a window starts listening as it reads its first
    page, and a commit in the moment between shows with the next change.
``on_lost(message)``
    the connection broke, or could not be made; ``message`` is one Dutch sentence. Once per
    outage: the listener keeps trying again (after 0.5 s, 1, 2, 4, then every 5 s) and says
    nothing more until it is back.
``on_back()``
    listening again after ``on_lost``; ``on_change()`` follows at once.

The callbacks run on the listener's thread: a Qt caller hands them on with a queued signal
(ui/bridge.py). A callback that raises is logged, and listening goes on.

Waiting costs the server nothing: the connection is idle between notices. A network that
drops without a word is noticed by TCP keepalives (over TCP; a Unix socket says at once) and
by a ``SELECT 1`` after ``PING_SECONDS`` without any notice. ``stop()`` ends the thread
within about ``TICK_SECONDS`` (the longest it waits without looking whether to stop), plus
whatever a connection attempt or the ping takes (bounded by ``CONNECT_TIMEOUT_SECONDS`` and
TCP's own timeouts). No Qt here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.database import Database
from ifg_desktop.db.errors import one_line
from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import URL


CHANNEL = "ifg_wegwijzer_changes"
# How long the thread waits for a notice before it looks whether it should stop.
TICK_SECONDS = 0.25
# Notices that arrive this close together are one change (the tables of one commit, the
# commits of one import's batches).
BURST_SECONDS = 0.05
BURST_LIMIT_SECONDS = 0.25
# A ``SELECT 1`` after this long without a notice: a dead peer is noticed even where TCP
# keepalives are not (a Unix socket needs none: it says at once).
PING_SECONDS = 12.0
# Waits between attempts to connect again: 0.5 s, 1, 2, 4, then 5 s for as long as it takes.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 5.0)
# A connection attempt's limit, TCP keepalives and the rest: db/engine.py, for every
# connection to the server.
CONNECT_TIMEOUT_SECONDS = engine_module.CONNECT_TIMEOUT_SECONDS

_log = logging.getLogger(__name__)


class ChangeListener:
    """Listen for ``CHANNEL`` on ``database`` (a PostgreSQL ``Database``, a SQLAlchemy URL or
    its text, as ``--db`` takes it) and call back; see the module's text for when.

    ``start()`` starts the thread (once); ``stop()`` ends it; ``wait_listening(timeout)``
    waits for the first (or the next) ``LISTEN`` to be in place. Thread-safe: ``stop`` may
    be called from any thread, any number of times.
    """

    def __init__(
        self,
        database: Database | URL | str,
        on_change: Callable[[], None],
        on_lost: Callable[[str], None],
        on_back: Callable[[], None],
        *,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        ping_seconds: float = PING_SECONDS,
    ) -> None:
        self._connect_args, self._where = _connect_args(database)
        # A Database told what is heard counts the notices as its data_version: a search
        # then never asks the server whether anything changed.
        self._database = database if isinstance(database, Database) else None
        self._on_change = on_change
        self._on_lost = on_lost
        self._on_back = on_back
        self._retry_delays = tuple(retry_delays) or RETRY_DELAYS
        self._ping_seconds = ping_seconds
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._check = threading.Event()
        self._thread: threading.Thread | None = None
        self._lost = False
        # Counted for tests and benchmarks: notices received, on_change calls made.
        self.notices = 0
        self.changes = 0

    # -- the caller's side --------------------------------------------------------------------
    def start(self) -> None:
        """Start listening on a daemon thread of its own (a second call does nothing)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="ifg-change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Stop listening and close the connection; True when the thread ended within
        ``timeout`` seconds (it is a daemon thread: one stuck on a dead network does not keep
        the process alive)."""
        self._stopping.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def listening(self) -> bool:
        """``LISTEN`` is in place on a connection believed alive."""
        return self._listening.is_set()

    def check(self) -> None:
        """Ask the server now whether the connection still works (from any thread: a query
        of the caller's failed, say); a broken one calls ``on_lost`` within about
        ``TICK_SECONDS``."""
        self._check.set()

    def wait_listening(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for ``LISTEN`` to be in place; True if it is."""
        return self._listening.wait(timeout)

    # -- the thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                connection = self._connect()
            except Exception as error:
                if not _is_connection_error(error):
                    _log.exception("listening for changes on %s", self._where)
                self._lose(error)
                failures += 1
                self._stopping.wait(self._retry_delays[min(failures, len(self._retry_delays)) - 1])
                continue
            try:
                connection.execute(f"LISTEN {CHANNEL}")
                self._listening.set()
                self._hearing(True)
                failures = 0
                if self._lost:
                    self._lost = False
                    self._call(self._on_back)
                    self._change()
                self._listen(connection)
            except Exception as error:
                if not _is_connection_error(error):
                    _log.exception("listening for changes on %s", self._where)
                if not self._stopping.is_set():
                    self._lose(error)
                    failures += 1
                    self._stopping.wait(self._retry_delays[0])
            finally:
                self._listening.clear()
                self._hearing(False)
                _close(connection)

    def _connect(self) -> psycopg.Connection[Any]:
        import psycopg

        return psycopg.connect(**self._connect_args, autocommit=True)

    def _listen(self, connection: psycopg.Connection[Any]) -> None:
        """Wait for notices until asked to stop; raises when the connection breaks."""
        quiet_since = time.monotonic()
        while not self._stopping.is_set():
            received = sum(1 for _ in connection.notifies(timeout=TICK_SECONDS, stop_after=1))
            if received:
                # The rest of the burst (the other tables of that commit, the next commit
                # right after it), for at most BURST_LIMIT_SECONDS: desks saving one after
                # another must not keep the first change waiting.
                burst_ends = time.monotonic() + BURST_LIMIT_SECONDS
                while received and time.monotonic() < burst_ends:
                    self.notices += received
                    received = sum(1 for _ in connection.notifies(timeout=BURST_SECONDS))
                self.notices += received
                self._change()
                quiet_since = time.monotonic()
            elif self._check.is_set() or time.monotonic() - quiet_since >= self._ping_seconds:
                self._check.clear()
                connection.execute("SELECT 1")  # a notice that came meanwhile waits
                quiet_since = time.monotonic()

    def _change(self) -> None:
        self.changes += 1
        if self._database is not None:
            self._database.heard_change()
        self._call(self._on_change)

    def _hearing(self, listening: bool) -> None:
        if self._database is not None:
            self._database.hearing_changes(listening)

    def _lose(self, error: BaseException) -> None:
        self._listening.clear()
        if self._lost or self._stopping.is_set():
            return
        self._lost = True
        _log.warning("lost the change notices of %s: %s", self._where, one_line(error))
        self._call(
            self._on_lost,
            translate(
                "db",
                "De verbinding met de gedeelde databank {where} is verbroken "
                "({error}); er wordt opnieuw verbonden.",
            ).format(where=self._where, error=one_line(error)),
        )

    def _call(self, callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except Exception:  # the caller's bug: logged, and the listening goes on
            _log.exception("a change-notice callback failed")


def _connect_args(database: Database | URL | str) -> tuple[dict[str, Any], str]:
    """psycopg's keyword arguments for the database, and its name without a password."""
    from sqlalchemy.engine import URL, make_url

    if isinstance(database, str):
        url = make_url(engine_module.resolve_target(database))
    elif isinstance(database, URL):
        url = database
    else:
        url = make_url(database.target)
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"change notices need PostgreSQL, not {url.get_backend_name()}")
    options: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    for name, value in url.query.items():  # host=/run/postgresql, sslmode=…
        options[name] = value if isinstance(value, str) else value[-1]
    arguments = engine_module.server_connect_defaults(url, "ifg-wegwijzer (wijzigingen)")
    arguments.update(options)
    return arguments, engine_module.shown_url(url)


def _is_connection_error(error: BaseException) -> bool:
    """A lost or refused connection (the environment's), not a bug of ours."""
    try:
        import psycopg
    except ImportError:
        return False
    if isinstance(error, psycopg.OperationalError):
        return True
    state = getattr(error, "sqlstate", None)
    return isinstance(error, psycopg.Error) and (
        state is None or str(state).startswith(("08", "28", "3D", "53", "57P", "58"))
    )


def _close(connection: psycopg.Connection[Any]) -> None:
    try:
        connection.close()
    except Exception:  # already broken: nothing more to let go of
        _log.debug("closing the listener's connection", exc_info=True)


__all__ = ["CHANNEL", "ChangeListener"]

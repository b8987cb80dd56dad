"""One signal for "the data changed", whoever changed it: this window or another instance.

Views refresh on ``DataBridge.changed``. This instance's own edits call
``notify_local_change`` and are announced at once. Another instance's commit is noticed:

- on SQLite by polling ``Database.data_version()`` (a pragma that costs microseconds) every
  ``POLL_INTERVAL_MS``; an own edit is then announced only once;
- on PostgreSQL by the server's change notices (db/notices.py, migration 0006), heard on a
  connection and a thread of their own and handed to the GUI thread by a queued signal:
  nothing is polled. An own edit may be announced a second time when its notice arrives
  (a refresh more, nothing else). While the server is away the bridge says so
  (``connection_lost``), and when it is back (``connection_back``, then ``changed``).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.db.notices import ChangeListener

# A looking instance must show a coordinator's change within two seconds.
POLL_INTERVAL_MS = 500

_log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the listener's thread emits, the bridge hears it queued."""

    change = Signal()
    lost = Signal(str)
    back = Signal()


class DataBridge(QObject):
    changed = Signal()
    # A problem waiting does not solve (a damaged file): the Dutch sentence, said once.
    problem = Signal(str)
    # The shared server is away (the Dutch sentence of why) / answering again; ``changed``
    # follows ``connection_back``. PostgreSQL only.
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(
        self,
        database: Database,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataBridge")
        self._database = database
        self._seen: Hashable | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("dataBridgeTimer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._offline = False
        self._listener: ChangeListener | None = None
        self._notified = QTimer(self)  # the notices of one turn of the event loop: one change
        self._notified.setObjectName("dataBridgeNotices")
        self._notified.setSingleShot(True)
        self._notified.setInterval(0)
        self._notified.timeout.connect(self.changed)
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.change.connect(self._on_notice, queued)
        self._relay.lost.connect(self._on_lost, queued)
        self._relay.back.connect(self._on_back, queued)
        self.start()

    @property
    def database(self) -> Database:
        return self._database

    @property
    def notified(self) -> bool:
        """Changes are heard from the server's notices (PostgreSQL), not polled."""
        return getattr(self._database, "dialect", "sqlite") == "postgresql"

    @property
    def polling(self) -> bool:
        return self._timer.isActive()

    @property
    def listening(self) -> bool:
        """The notice listener's thread runs (it may be waiting for the server)."""
        return self._listener is not None and self._listener.running

    @property
    def listener(self) -> ChangeListener | None:
        return self._listener

    @property
    def offline(self) -> bool:
        """The shared server is away, as far as the listener knows."""
        return self._offline

    def stop(self) -> None:
        self._timer.stop()
        self._notified.stop()
        listener, self._listener = self._listener, None
        if listener is not None and not listener.stop():
            _log.warning("the change listener of %s did not stop in time", self._name())

    def start(self) -> None:
        if self.notified:
            if self._listener is None:
                relay = self._relay
                self._listener = ChangeListener(
                    self._database, relay.change.emit, relay.lost.emit, relay.back.emit
                )
                self._listener.start()
            return
        self._seen = self._read()
        self._timer.start()

    def check_connection(self) -> None:
        """A read of the window's failed as if the server were away: have the listener look
        now (``connection_lost`` follows within a moment if it is)."""
        if self._listener is not None:
            self._listener.check()

    def _name(self) -> str:
        return str(getattr(self._database, "display_name", "?"))

    def _on_notice(self) -> None:
        if self._listener is not None:  # not after stop(): the window is closing
            self._notified.start()

    def _on_lost(self, message: str) -> None:
        if self._listener is not None and not self._offline:
            self._offline = True
            self.connection_lost.emit(message)

    def _on_back(self) -> None:
        if self._listener is not None and self._offline:
            self._offline = False
            self.connection_back.emit()

    def _read(self) -> Hashable | None:
        try:
            return self._database.data_version()
        except DatabaseProblem as problem:
            if problem.retry_later:
                # Locked, or the server briefly away: nothing to announce; the next tick
                # asks again.
                return self._seen
            # Waiting will not solve it: stop asking rather than say it every tick, and
            # say it once, in the window.
            self._stop_watching(problem)
            self.problem.emit(str(problem))
            return self._seen
        except Exception as bug:
            self._stop_watching(bug)
            raise  # a bug in our own code: loud

    def _stop_watching(self, error: Exception) -> None:
        self._timer.stop()
        _log.error("stopped watching %s for changes: %s", self._name(), error)

    def poll(self) -> bool:
        """Emit ``changed`` when somebody committed since the last look; True if so."""
        current = self._read()
        if current is None or current == self._seen:
            return False
        self._seen = current
        self.changed.emit()
        return True

    def notify_local_change(self) -> None:
        """This instance wrote: tell the views now, and (SQLite) not again on the poll."""
        if self.notified:
            self._database.heard_change()  # what was read before is older than this
        else:
            self._seen = self._read()
        self.changed.emit()

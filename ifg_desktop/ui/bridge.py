"""One signal for "the data changed", whoever changed it: this window or another instance.

Views refresh on ``DataBridge.changed``. Another instance's commit is noticed by polling
``Database.data_version()`` (on SQLite a pragma that costs microseconds) every
``POLL_INTERVAL_MS``; this instance's own edits call ``notify_local_change`` and are
announced at once, and only once.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from ifg_desktop.db import Database, DatabaseProblem

# A looking instance must show a coordinator's change within two seconds.
POLL_INTERVAL_MS = 500

_log = logging.getLogger(__name__)


class DataBridge(QObject):
    changed = Signal()
    # A problem waiting does not solve (a damaged file): the Dutch sentence, said once.
    problem = Signal(str)

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
        self._seen = self._read()
        self._timer.start()

    @property
    def database(self) -> Database:
        return self._database

    @property
    def polling(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def start(self) -> None:
        self._seen = self._read()
        self._timer.start()

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
        _log.error("stopped watching %s for changes: %s", self._database.display_name, error)

    def poll(self) -> bool:
        """Emit ``changed`` when somebody committed since the last look; True if so."""
        current = self._read()
        if current is None or current == self._seen:
            return False
        self._seen = current
        self.changed.emit()
        return True

    def notify_local_change(self) -> None:
        """This instance wrote: tell the views now, and do not tell them again on the poll."""
        self._seen = self._read()
        self.changed.emit()

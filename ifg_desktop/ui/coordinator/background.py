"""A coordinator's reads and writes, off the GUI thread.

The worklist and the duplicate check read every service that needs a look (at 100,000
services, a second or more on a slow machine); a save, a verification, an archive or a
restore writes. They run on a thread of their own through the worker of the file menu
(``import_export._Runner``: the work only calls ``directory`` functions; its end comes back
to the GUI thread by a queued signal), so the window keeps answering. When the work takes
longer than ``SLOW_MS``, ``slow(True)`` lets the dialog say it is busy (a label, a bar, the
busy pointer); ``slow(False)`` when it is done. A bug in the work is logged with its
traceback and said as a refusal, so that no dialog waits for an answer that never comes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ifg_desktop.db import DatabaseProblem
from ifg_desktop.i18n import translate
from ifg_desktop.ui.import_export import _Runner

SLOW_MS = 300  # a wait longer than this is shown

# Runners whose thread may still run, with the BackgroundRead that started them. Not
# children of the dialog: a window closed (and its dialogs deleted) while a read runs must
# not delete a running QThread (Qt aborts); the runner lives on until the read ends, and its
# answer, for a dialog gone, is dropped.
_RUNNING: dict[_Runner, BackgroundRead] = {}
_QUIT_HOOKED = False


class _WorkFailed(Exception):
    """A bug in the work (logged with its traceback): said as a refusal."""


def wait_for_all(*, drop_answers: bool = False) -> None:
    """Block until every read and write has ended (the window closes, the coordinator
    locks). With ``drop_answers`` (the database is closed next), their answers, still on
    their way to the GUI thread, are dropped."""
    for runner, owner in list(_RUNNING.items()):
        runner.wait()
        if drop_answers and shiboken6.isValid(owner):
            owner.dropped = True
    if drop_answers:
        _RUNNING.clear()


class BackgroundRead(QObject):
    """One read at a time off the GUI thread; asked again while it runs, it runs once more
    after it (with what is asked last), so the answer shown is never older than the ask."""

    def __init__(self, parent: QObject, slow: Callable[[bool], None]) -> None:
        super().__init__(parent)
        self._runner = _Runner(None)  # no parent: see _RUNNING
        global _QUIT_HOOKED
        application = QCoreApplication.instance()
        if application is not None and not _QUIT_HOOKED:
            application.aboutToQuit.connect(wait_for_all)
            _QUIT_HOOKED = True
        self._slow = slow
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SLOW_MS)
        self._timer.timeout.connect(lambda: self._slow(True))
        self._next: tuple[Callable[[], Any], Callable[[Any], None], Callable[[str], None]] | None
        self._next = None
        self.dropped = False  # the window closed: answers still on their way are not shown

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        refused: Callable[[str], None],
    ) -> None:
        """``work()`` on the worker's thread; then ``done(result)`` on the GUI thread, or
        ``refused(sentence)`` when the database said no (``DatabaseProblem``)."""
        if self._runner.busy:
            self._next = (work, done, refused)
            return

        def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def end(value: Any) -> None:
                runner.wait()  # the thread has said its last: let it end here and now
                _RUNNING.pop(runner, None)
                if not shiboken6.isValid(self) or self.dropped:
                    return  # the dialog is gone, or the window with its database
                self._timer.stop()
                self._slow(False)
                callback(value)
                if self._next is not None and not self._runner.busy:
                    again, self._next = self._next, None
                    self.run(*again)

            return end

        def guarded(_progress: object, _stop: object) -> Any:
            try:
                return work()
            except DatabaseProblem:
                raise
            except Exception as error:
                logging.getLogger(__name__).exception("work off the GUI thread failed")
                raise _WorkFailed(
                    translate(
                        "BackgroundRead",
                        "Dat lukte niet door een fout in het programma; er is niets gewijzigd. "
                        "Probeer het opnieuw; lukt het weer niet, meld het dan.",
                    )
                ) from error

        runner = self._runner
        _RUNNING[runner] = self
        self._timer.start()
        runner.start(
            guarded,
            refusals=(DatabaseProblem, _WorkFailed),
            cancellations=(),
            progress=lambda _phase, _done, _total: None,
            success=ended(done),
            refused=ended(refused),
            cancelled=ended(refused),
        )

    def wait(self) -> None:
        """Block until the running read has ended (its answer still arrives, queued)."""
        self._next = None
        self._runner.wait()

"""A long import or export says how far it is on a terminal, and nothing in a pipe."""

from __future__ import annotations

import io

import pytest

from ifg_desktop.cli.common import TerminalProgress, terminal_progress
from ifg_desktop.cli.messages import TerminalSafe
from ifg_desktop.directory.hsds.progress import Phase


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_or_a_file_gets_no_progress_line() -> None:
    piped = io.StringIO()
    progress = terminal_progress(piped)
    with progress:
        progress(Phase.READING, 5, 10)
        progress(Phase.WRITING, 10, 10)
    assert not progress.shown and piped.getvalue() == ""


def test_each_step_gets_a_line_that_ends_at_its_end() -> None:
    terminal = _Terminal()
    clock = iter([0.0, 0.05, 0.3, 0.31, 0.32, 0.33])
    progress = TerminalProgress(terminal, shown=True, clock=lambda: next(clock))
    with progress:
        progress(Phase.READING, 0, 200)
        progress(Phase.READING, 50, 200)  # within a fifth of a second: not redrawn
        progress(Phase.READING, 100, 200)
        progress(Phase.COMPARING, 0, 200)  # the step before ends without saying so
        progress(Phase.BACKING_UP, 0, 1)  # one piece: no percentage
        progress(Phase.WRITING, 200, 200)  # its last service: the step is not over yet
    lines = terminal.getvalue().split("\n")
    assert [line.split("\r")[-1].rstrip() for line in lines] == [
        "Bestand lezen: 100 %",
        "Vergelijken met de databank: 100 %",
        "Reservekopie maken: 100 %",
        "Diensten schrijven: 100 %",
        "",
    ]
    assert "\rBestand lezen: 25 %" not in lines[0] and "\rBestand lezen: 50 %" in lines[0]
    assert "\rReservekopie maken…" in lines[2]
    assert "\rDiensten schrijven: 99 %" in lines[3]  # 100 % only once the work returned


def test_a_line_fits_the_terminal_and_a_dumb_one_gets_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = _Terminal()
    progress = TerminalProgress(terminal, shown=True, columns=12)
    progress(Phase.COMPARING, 1, 2)
    assert terminal.getvalue() == "\rVergelijken"  # cut, never wrapped onto a new row
    monkeypatch.setenv("TERM", "dumb")  # no cursor to move back
    assert not terminal_progress(_Terminal()).shown


def test_a_terminal_gone_away_does_not_stop_the_work() -> None:
    class Gone(_Terminal):
        def write(self, text: str) -> int:
            raise OSError(5, "Input/output error")

    progress = TerminalProgress(Gone(), shown=True)
    with progress:
        progress(Phase.WRITING, 1, 10)
        progress(Phase.INDEXING, 0, 1)
    assert not progress.shown


def test_the_output_guard_lets_the_carriage_return_through() -> None:
    """The command line escapes control characters of data (TerminalSafe); the progress
    line's own carriage return must move the cursor, not print as \\x0d."""
    terminal = _Terminal()
    progress = terminal_progress(TerminalSafe(terminal))  # type: ignore[arg-type]
    assert isinstance(progress, TerminalProgress) and progress.shown
    with progress:
        progress(Phase.EXPORTING, 3, 4)
    assert terminal.getvalue() == "\rExporteren: 75 %\rExporteren: 100 %\n"


def test_a_step_cut_short_keeps_the_figure_it_reached() -> None:
    terminal = _Terminal()
    progress = terminal_progress(terminal)
    with pytest.raises(RuntimeError), progress:
        progress(Phase.WRITING, 40, 100)
        raise RuntimeError("refused")
    assert terminal.getvalue() == "\rDiensten schrijven: 40 %\n"  # never "100 %"

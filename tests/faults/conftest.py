"""The fault suite: an adversary's experiments, kept. Each records what it tried and how
the application answered; the counts are printed at the end of the run."""

from __future__ import annotations

from collections import Counter

import pytest

_COUNTS: dict[str, Counter[str]] = {}


class FaultCounts:
    """What one experiment tried, by outcome: ``counts.add("exit 2")``."""

    def __init__(self, name: str) -> None:
        self.counter = _COUNTS.setdefault(name, Counter())

    def add(self, outcome: str, times: int = 1) -> None:
        self.counter[outcome] += times

    @property
    def total(self) -> int:
        return sum(self.counter.values())


@pytest.fixture
def fault_counts(request: pytest.FixtureRequest) -> FaultCounts:
    return FaultCounts(request.node.name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _COUNTS:
        return
    terminalreporter.section("fault suite: what was tried, and the outcomes")
    for name, counter in sorted(_COUNTS.items()):
        outcomes = ", ".join(f"{outcome}: {n}" for outcome, n in sorted(counter.items()))
        terminalreporter.write_line(f"{name}: {sum(counter.values())} tried ({outcomes})")

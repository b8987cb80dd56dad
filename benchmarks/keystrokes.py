"""Keystroke to repaint in the real main window (offscreen) ÷ the UI floor, and peak memory.

For every keystroke: the time from the key press in ``searchEdit`` to the end of the next
paint of ``serviceTable``'s viewport that shows the new rows. Right after it, the floor: the
same window and the same rows, a key pressed in the same search box and everything it sets
off — except that the query engine answers instantly with the rows already shown (no SQL).
The ratio is what searching costs on top of what showing costs. Interleaving the two keeps
them fair on a noisy machine. The clock runs (from a fixed Tuesday morning), so "nu open"
moves on as it does at a desk. Peak memory is read after the typing and after opening five
services in the detail pane, in a process of its own, so it is this window's alone.

    python -m benchmarks.keystrokes DB_FILE OUT_JSON
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Phrases a front desk types; filters are switched on for every other one.
PHRASES = (
    "partnergeweld", "crisisteam antwerpen", "kinderopvang", "vertrouwenscentrum",
    "slachtofferhulp", "juridisch advies gent", "nachtopvang", "verslaving drugs",
    "zwangerschap", "jongeren hulp", "vrouwenopvang mechelen", "advocaat pro deo",
    "ouders opvoeding", "crisis nacht", "welzijn leuven", "meldpunt geweld", "thuiszorg",
    "seksueel geweld", "luisterlijn", "gezinsbegeleiding hasselt", "opvang kinderen",
    "dringend", "steunpunt", "anoniem gesprek", "wijkteam brugge",
)  # fmt: skip


PAUSE_SECONDS = 0.06


def peak_resident_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss
    survives execve, so a child started by a large parent would report the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(db_file: str, out_json: str, phrases: int | None = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.query import CountStep, RowsStep
    from ifg_desktop.directory.seed import open_directory
    from ifg_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    from datetime import datetime, timedelta

    # A clock that runs, from a fixed Tuesday morning: "nu open" moves on as it would.
    started, ticking = datetime(2026, 12, 1, 10, 30, tzinfo=BRUSSELS), time.monotonic()
    window = MainWindow(clock=lambda: started + timedelta(seconds=time.monotonic() - ticking))
    window.resize(1366, 768)
    window.show()
    window.attach(open_directory(db_file))
    for _ in range(20):
        app.processEvents()
    # The end of a paint, from the table itself (ResultsTable.painted). The view paints its
    # viewport from an event filter of its own; a probe filter installed later runs first,
    # and one that handled the paint event itself drew nothing and swallowed the real paint
    # (the figures before 2026-12-01 timed no table paint at all: a 1.4 ms "floor").
    paint = {"armed": False, "ended": 0.0}

    def on_painted() -> None:
        if paint["armed"]:
            paint["ended"] = time.perf_counter()
            paint["armed"] = False

    window.table.painted.connect(on_painted)

    # Only a paint after the model took the new rows counts: an earlier one shows old rows.
    waiting = {"query": False}

    def on_applied() -> None:
        if waiting["query"]:
            waiting["query"] = False
            paint["armed"] = True

    window.query_applied.connect(on_applied)

    full_screens: list[bool] = []  # per keystroke: did its paint show a whole screen?

    def until_painted(action: Any) -> float:
        waiting["query"] = True
        paint["armed"] = False
        paint["ended"] = 0.0
        start = time.perf_counter()
        action()
        deadline = start + 5
        while (waiting["query"] or paint["armed"]) and time.perf_counter() < deadline:
            app.processEvents()
        return (paint["ended"] - start) * 1000

    def whole_screen() -> bool:
        """The rows just painted fill the table, or are all the results there are."""
        shown = window.model.rowCount()
        return shown >= window.table.rows_in_view() - 1 or not (
            window.model.filling or window.model.canFetchMore()
        )

    def settle() -> None:
        """A typist's pause (about 60 ms, eight keys a second): the count finishes and
        the frames it asked for are drawn, so no keystroke waits on the one before."""
        deadline = time.perf_counter() + 5
        while (window.is_counting or window.model.filling) and time.perf_counter() < deadline:
            app.processEvents()
        quiet = time.perf_counter() + PAUSE_SECONDS
        while time.perf_counter() < quiet:
            app.processEvents()

    model = window.model
    from ifg_desktop.directory import query as engine  # the window calls it through here

    real = engine.find_rows_step, engine.count_in_steps, engine.narrows, engine.search_plan

    def floor_keystroke() -> float:
        shown = [model.row(i) for i in range(model.rowCount())]
        count = window._last_count
        assert window.database is not None
        plan = real[3](window.database, model.query)  # the notes shown stay as they are
        # Only the stub's rows: the "x" must not be narrowed from the rows held either.
        engine.narrows = lambda *args, **kwargs: False  # type: ignore[assignment]
        engine.find_rows_step = lambda *args, **kwargs: RowsStep(list(shown), None)  # type: ignore[assignment]
        engine.count_in_steps = lambda *args, **kwargs: iter([CountStep(count, final=True)])  # type: ignore[assignment]
        # What the words mean (vocabulary, typos) is the engine's work too: none in the floor.
        engine.search_plan = lambda *args, **kwargs: plan  # type: ignore[assignment]
        try:
            elapsed = until_painted(lambda: QTest.keyClick(window.search, "x"))
            settle()
            QTest.keyClick(window.search, Qt.Key.Key_Backspace)
            settle()
        finally:
            engine.find_rows_step, engine.count_in_steps, engine.narrows, engine.search_plan = real
        return elapsed

    keys: list[float] = []
    floor: list[float] = []
    typed: list[tuple[float, str, bool]] = []  # (ms, the text then, filters on)
    for number, phrase in enumerate(PHRASES[:phrases]):
        filtered = number % 2 == 1
        window.filters.blockSignals(True)
        window.filters.age.years.setValue(24 if filtered else -1)
        window.filters.urgency.setCurrentIndex(2 if filtered else 0)  # crisis
        window.filters.availability.setCurrentIndex(1 if number % 4 == 3 else 0)  # nu open
        window.filters.blockSignals(False)
        # The filter row is repainted before the first key, as on a desk: a person does not
        # type in the millisecond a filter changed. (Otherwise the first keystroke waited
        # for that repaint of the window before its query ran: two paints in one keystroke.)
        settle()
        keystrokes = [*phrase, *[Qt.Key.Key_Backspace] * 3]  # and take some back, as people do
        for key in keystrokes:
            keys.append(until_painted(lambda k=key: QTest.keyClick(window.search, k)))
            full_screens.append(whole_screen())
            typed.append((keys[-1], window.search.text(), filtered))
            settle()
            floor.append(floor_keystroke())
        window.search.clear()
        settle()

    # A front desk also opens a few services: the detail pane belongs to the peak.
    window.search.setText("crisis")
    settle()
    for row in range(min(5, model.rowCount())):
        window.table.selectRow(row)
        deadline = time.perf_counter() + 5
        while window.detail.record is None and time.perf_counter() < deadline:
            app.processEvents()
        settle()
    opened = window.detail.record is not None
    peak_mb = peak_resident_mb()
    result = {
        "keystrokes": len(keys),
        "key_p50_ms": statistics.median(keys),
        "key_p95_ms": percentile(keys, 0.95),
        "key_max_ms": max(keys),
        "floor_p50_ms": statistics.median(floor),
        "floor_p95_ms": percentile(floor, 0.95),
        # The floor's own slowest: what the window and this machine cost at worst, without
        # any search (a keystroke over 40 ms beside a floor over 40 ms is the machine's).
        "floor_max_ms": max(floor),
        "p50_ratio": statistics.median(keys) / statistics.median(floor),
        "p95_ratio": percentile(keys, 0.95) / percentile(floor, 0.95),
        "peak_rss_mb": peak_mb,
        "rows_on_screen": model.rowCount(),
        "whole_screen_share": sum(full_screens) / len(full_screens),
        "detail_opened": opened,
        "slowest": [
            {"ms": round(ms, 1), "text": text, "filters": on}
            for ms, text, on in sorted(typed, reverse=True)[:5]
        ],
    }
    Path(out_json).write_text(json.dumps(result, indent=2))
    window.close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("db_file")
    parser.add_argument("out_json")
    parser.add_argument("--phrases", type=int, help="only the first N phrases")
    args = parser.parse_args()
    main(args.db_file, args.out_json, args.phrases)

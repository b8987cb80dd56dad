"""Keystroke to repaint in the real main window (offscreen) ÷ the UI floor, and peak memory.

For every keystroke: the time from the key press in ``searchEdit`` to the end of the next
paint of ``serviceTable``'s viewport that shows the new rows. Right after it, the floor: the
same window and the same rows, a key pressed in the same search box and everything it sets
off — except that the query engine answers instantly with the rows already shown (no SQL).
The ratio is what searching costs on top of what showing costs. Interleaving the two keeps
them fair on a noisy machine. The clock runs (from a fixed Tuesday morning), so "nu open"
moves on as it does at a desk. Peak memory is read after the typing and after opening five
services in the detail pane, in a process of its own, so it is this window's alone.

The first keystrokes of a session are measured apart (``first_keystrokes``): the window
above has already searched for every phrase's first key before, so its figures say nothing
of a fresh process. There each word is typed key by key into a fresh process started as
``ifg-desktop`` starts (``ui.app.start_window``), a moment after its first page was painted,
and the same word typed in another fresh process after a few other keys is its comparison.
A person also stops and resumes: the menus are installed (in slices) once the typing paused a
second, so a word's first key is typed, and its next keys ``RESUME_AFTER_S`` later: the key
that resumes the typing meets the menus' installation (``resumed_after_…``; the slices'
own durations beside it).

    python -m benchmarks.keystrokes DB_FILE OUT_JSON
    python -m benchmarks.keystrokes --first DB_FILE OUT_JSON [--runs 3] [--drop-caches]
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

from benchmarks.installed import installed_environment

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


# What a client says, typed as said: long phrases of words no service holds all together
# (a partial match is planned from sets of them). Timed against the 40 ms limit only,
# apart from the ratios above.
SPOKEN = (
    "mijn man slaat me en ik durf niet meer naar huis",
    "opvang jongeren nacht weekend antwerpen mechelen",
    "nachtzorg aalst brugge gent hasselt",
    "ex partner bedreigt mij en volgt mij overal met de auto",
    "vader drinkt en is agressief tegen de kinderen thuis",
    # No word found anywhere: words of the vocabulary's phrases read as what they find.
    "hij volgt me met een tracker en pikt mijn geld en paspoort",
)

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


def warm_qtest() -> None:
    """A key sent once to a widget of its own: QTest's first key makes the Python enums of
    its arguments (about 4 ms), which a key typed on a keyboard does not."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    QTest.keyClick(QLineEdit(), Qt.Key.Key_A)
    QTest.keyClick(QLineEdit(), Qt.Key.Key_Backspace)


class KeystrokeClock:
    """Key press to the end of the next paint of the table that shows the new rows.

    The end of a paint comes from the table itself (``ResultsTable.painted``). The view
    paints its viewport from an event filter of its own; a probe filter installed later
    runs first, and one that handled the paint event itself drew nothing and swallowed the
    real paint (the figures before 2026-12-01 timed no table paint at all: a 1.4 ms
    "floor"). Only a paint after the model took the new rows counts: an earlier one shows
    old rows."""

    def __init__(self, app: Any, window: Any) -> None:
        self.app, self.window = app, window
        self.armed = self.waiting = False
        self.ended = self.cpu_ms = 0.0
        window.table.painted.connect(self._on_painted)
        window.query_applied.connect(self._on_applied)

    def _on_painted(self) -> None:
        if self.armed:
            self.ended = time.perf_counter()
            self.armed = False

    def _on_applied(self) -> None:
        if self.waiting:
            self.waiting = False
            self.armed = True

    def type(self, action: Any) -> float:
        """Milliseconds from ``action`` (a key press) to the paint of its rows."""
        self.waiting, self.armed, self.ended = True, False, 0.0
        start, working = time.perf_counter(), time.thread_time()
        action()
        deadline = start + 5
        while (self.waiting or self.armed) and time.perf_counter() < deadline:
            self.app.processEvents()
        # This thread's own processor time meanwhile: on a busy machine the keystroke's
        # wall time is mostly waiting for a core, this is what the window itself did.
        self.cpu_ms = (time.thread_time() - working) * 1000
        return (self.ended - start) * 1000

    def settle(self) -> None:
        """A typist's pause (about 60 ms, eight keys a second): the count finishes and
        the frames it asked for are drawn, so no keystroke waits on the one before."""
        window, app = self.window, self.app
        deadline = time.perf_counter() + 5
        while (window.is_counting or window.model.filling) and time.perf_counter() < deadline:
            app.processEvents()
        quiet = time.perf_counter() + PAUSE_SECONDS
        while time.perf_counter() < quiet:
            app.processEvents()


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
    # A person reads the window before typing: the menus are installed in such a pause.
    deadline = time.perf_counter() + 30
    while window.coordinator is None and time.perf_counter() < deadline:
        app.processEvents()
    warm_qtest()
    keystroke = KeystrokeClock(app, window)
    until_painted = keystroke.type
    settle = keystroke.settle
    full_screens: list[bool] = []  # per keystroke: did its paint show a whole screen?

    def whole_screen() -> bool:
        """The rows just painted fill the table, or are all the results there are."""
        shown = window.model.rowCount()
        return shown >= window.table.rows_in_view() - 1 or not (
            window.model.filling or window.model.canFetchMore()
        )

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

    def set_filters(*, filtered: bool, open_now: bool) -> None:
        """Age 24 and "crisis" (``filtered``), "nu open"; set at once, then repainted."""
        window.filters.blockSignals(True)
        window.filters.age.years.setValue(24 if filtered else -1)
        window.filters.urgency.setCurrentIndex(2 if filtered else 0)  # crisis
        window.filters.availability.setCurrentIndex(1 if open_now else 0)  # nu open
        window.filters.blockSignals(False)
        # The filter row is repainted before the first key, as on a desk: a person does not
        # type in the millisecond a filter changed. (Otherwise the first keystroke waited
        # for that repaint of the window before its query ran: two paints in one keystroke.)
        settle()

    keys: list[float] = []
    floor: list[float] = []
    typed: list[tuple[float, str, bool]] = []  # (ms, the text then, filters on)
    for number, phrase in enumerate(PHRASES[:phrases]):
        filtered = number % 2 == 1
        set_filters(filtered=filtered, open_now=number % 4 == 3)
        keystrokes = [*phrase, *[Qt.Key.Key_Backspace] * 3]  # and take some back, as people do
        for key in keystrokes:
            keys.append(until_painted(lambda k=key: QTest.keyClick(window.search, k)))
            full_screens.append(whole_screen())
            typed.append((keys[-1], window.search.text(), filtered))
            settle()
            floor.append(floor_keystroke())
        window.search.clear()
        settle()

    spoken: list[tuple[float, str]] = []
    set_filters(filtered=False, open_now=False)
    for phrase in SPOKEN[:phrases]:
        for key in phrase:
            elapsed = until_painted(lambda k=key: QTest.keyClick(window.search, k))
            spoken.append((elapsed, window.search.text()))
            settle()
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
        "spoken_keystrokes": len(spoken),
        "spoken_p95_ms": percentile([ms for ms, _ in spoken], 0.95) if spoken else 0.0,
        "spoken_max_ms": max((ms for ms, _ in spoken), default=0.0),
        "spoken_slowest": [
            {"ms": round(ms, 1), "text": text} for ms, text in sorted(spoken, reverse=True)[:5]
        ],
    }
    Path(out_json).write_text(json.dumps(result, indent=2))
    window.close()


# The first words of a session: a one-letter search, a two-letter one (both read the word
# index's list of every word with that start) and a long word typed letter by letter.
FIRST_WORDS = ("h", "ge", "vluchthuis")
# A person reads the window before typing: the first key comes this long after the first
# page was painted (0 is tried too: a key typed the moment the rows appear).
FIRST_PAUSES = (0.5, 0.0)
# Typed before the word in the comparison process: other searches, then cleared.
WARMING_KEYS = "zorg"
WARMED_AFTER_S = 3.0  # and typed this long after the first page
# The typing resumed this long after a word's first key: the menus start after a pause of a
# second (checked every 0.1 s), so a key a little past it meets their installation.
RESUME_AFTER_S = (1.02, 1.05, 1.1)


def _first_child(
    db_file: str, word: str, pause_s: float, warmed: bool, resume_s: float | None = None
) -> None:
    """In a fresh process: start as ``ifg-desktop`` does, wait ``pause_s`` after the
    first page is painted, type ``word`` key by key (eight keys a second; with
    ``resume_s``, the keys after the first that long after it); print JSON."""
    started = time.perf_counter()
    from ifg_desktop.ui.app import start_window

    begun = start_window(db_file)
    assert begun is not None, "the database was refused"
    app, window = begun
    slices_ms: list[float] = []  # each slice of the menus' installation on the GUI thread
    installing = window._menu_slices

    def timed_slices() -> Any:
        parts = installing()
        while True:
            began = time.perf_counter()
            try:
                next(parts)
            except StopIteration:
                slices_ms.append((time.perf_counter() - began) * 1000)
                return
            slices_ms.append((time.perf_counter() - began) * 1000)
            yield

    window._menu_slices = timed_slices  # type: ignore[method-assign]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    first = {"painted": 0.0}

    def on_first_page() -> None:
        if not first["painted"] and window.model.rowCount():
            first["painted"] = time.perf_counter()

    window.table.painted.connect(on_first_page)
    deadline = time.perf_counter() + 60
    while not first["painted"] and time.perf_counter() < deadline:
        app.processEvents()
    assert first["painted"], "no first page"
    warm_qtest()
    keystroke = KeystrokeClock(app, window)
    if warmed:  # a while later, other searches first: the word's keys are not the first
        while time.perf_counter() < first["painted"] + WARMED_AFTER_S:
            app.processEvents()
        for key in [*WARMING_KEYS, *[Qt.Key.Key_Backspace] * len(WARMING_KEYS)]:
            keystroke.type(lambda k=key: QTest.keyClick(window.search, k))
            keystroke.settle()
    else:
        while time.perf_counter() < first["painted"] + pause_s:
            app.processEvents()
    times, processor = [], []
    menus_before_resume = None
    pressed = time.perf_counter()
    for index, key in enumerate(word):
        if resume_s is not None and index == 1:
            while time.perf_counter() < pressed + resume_s:
                app.processEvents()
            menus_before_resume = window.files is not None
        pressed = time.perf_counter()
        times.append(keystroke.type(lambda k=key: QTest.keyClick(window.search, k)))
        processor.append(keystroke.cpu_ms)
        keystroke.settle()
    deadline = time.perf_counter() + 40  # the menus' slices, for the record
    while window.files is None and time.perf_counter() < deadline:
        app.processEvents()
    print(
        json.dumps(
            {
                "ms": [round(ms, 2) for ms in times],
                "cpu_ms": [round(ms, 2) for ms in processor],
                "first_page_s": round(first["painted"] - started, 3),
                "peak_rss_mb": round(peak_resident_mb(), 1),
                "menu_slices_ms": [round(ms, 2) for ms in slices_ms],
                "menus_before_resume": menus_before_resume,
            }
        ),
        flush=True,
    )
    window.shutdown()


def drop_os_caches() -> bool:
    """Empty the operating system's page cache (root only): the database's pages then come
    from the disk, as on a computer's first start of the day."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def first_keystrokes(
    db_file: str,
    *,
    words: tuple[str, ...] = FIRST_WORDS,
    pauses: tuple[float, ...] = FIRST_PAUSES,
    runs: int = 3,
    drop_caches: bool = False,
    resumes: tuple[float, ...] = RESUME_AFTER_S,
) -> dict[str, Any]:
    """Every word typed first in a fresh process, ``runs`` times per pause, beside the
    same word typed after a few other keys in a fresh process (its comparison), in turns.

    As an installed application runs: modules compiled (one start first, not counted)."""
    import subprocess

    environment = installed_environment(Path(db_file).parent, QT_QPA_PLATFORM="offscreen")

    def child(
        word: str, pause_s: float, warmed: bool, resume_s: float | None = None
    ) -> dict[str, Any]:
        dropped = drop_caches and drop_os_caches()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.keystrokes", "--first-child", db_file, word,
             str(pause_s), *(["--warmed"] if warmed else []),
             *(["--resume", str(resume_s)] if resume_s is not None else [])],
            capture_output=True, text=True, check=True, env=environment,
        )  # fmt: skip
        found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        found["cold_os_cache"] = dropped
        return found

    child(words[0], 0.0, False)  # writes the compiled modules; not counted
    typed: list[dict[str, Any]] = []
    for run in range(runs):
        for pause_s in pauses:
            for word in words:
                first = child(word, pause_s, False)
                typed.append({"word": word, "pause_s": pause_s, "run": run, "first": True, **first})
        for word in words:
            again = child(word, 0.0, True)
            typed.append({"word": word, "pause_s": None, "run": run, "first": False, **again})
        for resume_s in resumes:
            for word in (w for w in words if len(w) > 1):
                resumed = child(word, FIRST_PAUSES[0], False, resume_s)
                typed.append(
                    {"word": word, "resume_s": resume_s, "run": run, "first": None, **resumed}
                )

    def figures(rows: list[dict[str, Any]], first_key_only: bool) -> dict[str, Any]:
        values = [ms for row in rows for ms in (row["ms"][:1] if first_key_only else row["ms"])]
        return {
            "count": len(values),
            "p50_ms": statistics.median(values),
            "max_ms": max(values),
            "over_40_ms": sum(ms > 40 for ms in values),
        }

    result: dict[str, Any] = {"words": list(words), "runs": runs, "cold_os_cache": drop_caches}
    for pause_s in pauses:
        rows = [row for row in typed if row["first"] and row["pause_s"] == pause_s]
        result[f"first_after_{pause_s:g}s"] = {
            "first_key": figures(rows, True),
            "all_keys": figures(rows, False),
        }
    for resume_s in resumes:
        rows = [row for row in typed if row.get("resume_s") == resume_s]
        resumed = [row["ms"][1] for row in rows]
        if not resumed:  # only one-letter words
            continue
        result[f"resumed_after_{resume_s:g}s"] = {
            "resumed_key": {
                "count": len(resumed),
                "p50_ms": statistics.median(resumed),
                "max_ms": max(resumed),
                "over_40_ms": sum(ms > 40 for ms in resumed),
            },
            "menus_installing_then": sum(not row["menus_before_resume"] for row in rows),
        }
    slices = [ms for row in typed for ms in row.get("menu_slices_ms", [])]
    if slices:
        result["menu_slices"] = {
            "count": len(slices),
            "p50_ms": statistics.median(slices),
            "max_ms": max(slices),
            "total_p50_ms": statistics.median(
                sum(row["menu_slices_ms"]) for row in typed if row.get("menu_slices_ms")
            ),
        }
    later = [row for row in typed if row["first"] is False]
    result["not_first"] = {"first_key": figures(later, True), "all_keys": figures(later, False)}
    result["typed"] = typed
    return result


if __name__ == "__main__":
    import argparse

    if sys.argv[1:2] == ["--first-child"]:
        resume = sys.argv[sys.argv.index("--resume") + 1] if "--resume" in sys.argv else None
        _first_child(
            sys.argv[2],
            sys.argv[3],
            float(sys.argv[4]),
            "--warmed" in sys.argv,
            float(resume) if resume is not None else None,
        )
        sys.exit(0)
    parser = argparse.ArgumentParser()
    parser.add_argument("db_file")
    parser.add_argument("out_json")
    parser.add_argument("--phrases", type=int, help="only the first N phrases")
    parser.add_argument(
        "--first", action="store_true", help="the first keystrokes of fresh processes"
    )
    parser.add_argument("--runs", type=int, default=3, help="with --first: runs per word")
    parser.add_argument(
        "--drop-caches", action="store_true", help="with --first: empty the OS cache first"
    )
    args = parser.parse_args()
    if args.first:
        found = first_keystrokes(args.db_file, runs=args.runs, drop_caches=args.drop_caches)
        Path(args.out_json).write_text(json.dumps(found, indent=2))
        print(json.dumps({k: v for k, v in found.items() if k != "typed"}, indent=2))
    else:
        main(args.db_file, args.out_json, args.phrases)

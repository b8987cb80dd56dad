"""A coordinator's operations on the whole directory: the worklist, the duplicate check of a
new service, an edit, a rename, an archive and a restore.

Each is timed through the application's own functions (``directory.check`` and
``directory.editing``, what the window runs off its GUI thread), on a copy of the benchmark's
database, and printed beside a **baseline of the same run**: a plain ``sqlite3`` scan of the
service table (``count(*)`` over a condition every row is read for), measured right before
each repetition. The target is absolute (≤ 300 ms at 100,000 services); the ratio says how
much of a figure is this machine.

    python -m benchmarks.coordinator DATABASE [--repeat 5]

The worklist is timed as the window and ``ifg-desktop check`` read it (``check.findings_page``,
a page of 200 at a time from where the one before ended, and ``check.count_findings`` apart):
the first page, the count, the next page, and every page to the end of the list (scrolling to
the last row: the median and the slowest page). ``check_directory`` (the whole list in one
call, kept for the reference tests) is timed too, as a reference: nobody waits for it any more.
On two directories: the generated one as it is (nothing was ever verified: every service is
on the list, the worst case) and the same maintained (nine in ten services verified this year;
those lacking a phone or hours stay on the list). The first edit of a process is timed apart:
it loads the lemma list once (``directory/wordforms.py``).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

TARGET_MS = 300
PAGE = 200  # the worklist's page (directory/check.py: PAGE)
TODAY = date(2026, 12, 1)
BASELINE_SQL = "SELECT count(*) FROM service WHERE name LIKE '%zqx%'"  # reads every row

# A name the generated directory holds many times, the same with a typo, a new one, a number.
DUPLICATE_DRAFTS = (
    ("Partnercentrum Antwerpen", None),
    ("Partnercentrun Antwerpen", None),
    ("Nachtopvang Noorderkempen", None),
    ("Iets heel anders", "+3232000123"),
)


def _copy(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return (time.perf_counter() - started) * 1000, value


def _figure(
    baseline: Callable[[], float], function: Callable[[], Any], repeat: int
) -> dict[str, Any]:
    """Median of ``repeat`` runs, each right after a baseline scan; the ratio of the medians."""
    times, bases = [], []
    value: Any = None
    for _ in range(repeat):
        bases.append(baseline())
        elapsed, value = _timed(function)
        times.append(elapsed)
    ms, base = statistics.median(times), statistics.median(bases)
    return {
        "ms": round(ms, 1),
        "max_ms": round(max(times), 1),
        "baseline_ms": round(base, 1),
        "ratio": round(ms / base, 2) if base else None,
        "met": ms <= TARGET_MS,
        "_value": value,
    }


def run(db_file: Path, *, repeat: int = 5) -> dict[str, Any]:
    from ifg_desktop.db import open_database
    from ifg_desktop.directory import editing
    from ifg_desktop.directory.check import check_directory, count_findings, findings_page
    from ifg_desktop.directory.drafts import PhoneDraft, ServiceDraft

    folder = Path(tempfile.mkdtemp(prefix="ifg-coordinator-"))
    copy = folder / "coordinator.sqlite3"
    _copy(db_file, copy)
    plain = sqlite3.connect(copy)
    database = open_database(str(copy))
    services = plain.execute("SELECT count(*) FROM service").fetchone()[0]

    def baseline() -> float:
        return _timed(lambda: plain.execute(BASELINE_SQL).fetchone())[0]

    result: dict[str, Any] = {"services": services, "target_ms": TARGET_MS}

    def worklist_figures(suffix: str) -> dict[str, Any]:
        """The worklist as the window reads it: first page, count, next page, every page."""
        figures: dict[str, Any] = {}
        first = _figure(baseline, lambda: findings_page(database, TODAY, None, PAGE), repeat)
        page, after = first.pop("_value")
        figures["worklist" + suffix] = {**first, "findings": len(page)}
        count = _figure(baseline, lambda: count_findings(database, TODAY), repeat)
        total = count.pop("_value")
        figures["worklist_count" + suffix] = {**count, "findings": total}
        if after is not None:
            second = _figure(baseline, lambda: findings_page(database, TODAY, after, PAGE), repeat)
            second.pop("_value")
            figures["worklist_next_page" + suffix] = second
        # Scrolling to the last row: every page once, from the first.
        times: list[float] = []
        base, found = baseline(), len(page)
        while after is not None:
            started = time.perf_counter()
            page, after = findings_page(database, TODAY, after, PAGE)
            times.append((time.perf_counter() - started) * 1000)
            found += len(page)
        if times:
            worst = max(times)
            figures["worklist_pages" + suffix] = {
                "pages": len(times) + 1,
                "findings": found,
                "ms": round(statistics.median(times), 1),
                "max_ms": round(worst, 1),
                "total_s": round(sum(times) / 1000, 2),
                "baseline_ms": round(base, 1),
                "ratio": round(worst / base, 2) if base else None,
                "met": worst <= TARGET_MS,
            }
        whole = _figure(baseline, lambda: check_directory(database, TODAY), min(repeat, 3))
        listed = whole.pop("_value")
        figures["worklist_whole" + suffix] = {**whole, "findings": len(listed)}
        figures["worklist_whole" + suffix]["met"] = None  # a reference: nobody waits for it
        return figures

    try:
        result.update(worklist_figures(""))
        drafts = [
            ServiceDraft(
                key="nieuw-dubbel", name=name, phones=(PhoneDraft(number),) if number else ()
            )
            for name, number in DUPLICATE_DRAFTS
        ]
        result["duplicates"] = _figure(
            baseline, lambda: [editing.find_duplicates(database, d) for d in drafts], repeat
        )
        found = result["duplicates"].pop("_value")
        for figure in ("ms", "max_ms"):  # per check: the drafts were checked one after another
            result["duplicates"][figure] = round(result["duplicates"][figure] / len(drafts), 1)
        result["duplicates"]["ratio"] = round(
            result["duplicates"]["ms"] / result["duplicates"]["baseline_ms"], 2
        )
        result["duplicates"]["met"] = result["duplicates"]["ms"] <= TARGET_MS
        result["duplicates"]["found"] = [len(f) for f in found]

        key = plain.execute(
            "SELECT key FROM service WHERE archived_at IS NULL ORDER BY display_rank "
            "LIMIT 1 OFFSET ?",
            (services // 2,),
        ).fetchone()[0]
        counter = iter(range(1_000_000))

        def edit(field: str = "email") -> Any:
            loaded = editing.load_service(database, key)
            assert loaded is not None
            number = next(counter)
            if field == "name":
                draft = replace(
                    loaded.draft, name=f"{loaded.draft.name.split(' · ')[0]} · {number}"
                )
            else:
                draft = replace(loaded.draft, email=f"bench{number}@example.org")
            return editing.update_service(
                database,
                draft,
                expected_version=loaded.version,
                by="Benchmark",
            )

        first_ms = _timed(edit)[0]
        result["edit"] = _figure(baseline, edit, repeat)
        result["edit"].pop("_value")
        result["edit"]["first_of_process_ms"] = round(first_ms, 1)
        result["rename"] = _figure(baseline, lambda: edit("name"), repeat)
        result["rename"].pop("_value")

        def archive_restore() -> tuple[float, float]:
            archived = _timed(lambda: editing.archive_service(database, key, by="Benchmark"))[0]
            restored = _timed(lambda: editing.restore_service(database, key, by="Benchmark"))[0]
            return archived, restored

        archive_times, restore_times, bases = [], [], []
        for _ in range(repeat):
            bases.append(baseline())
            archived, restored = archive_restore()
            archive_times.append(archived)
            restore_times.append(restored)
        base = statistics.median(bases)
        for name, times in (("archive", archive_times), ("restore", restore_times)):
            ms = statistics.median(times)
            result[name] = {
                "ms": round(ms, 1),
                "max_ms": round(max(times), 1),
                "baseline_ms": round(base, 1),
                "ratio": round(ms / base, 2),
                "met": ms <= TARGET_MS,
            }

        # The same directory maintained: nine in ten services verified this year.
        with closing(sqlite3.connect(copy)) as writer:
            writer.execute(
                "UPDATE service SET assured_date = ?, assurer = 'Benchmark' WHERE id % 10 <> 0",
                (TODAY.replace(month=6).isoformat(),),
            )
            writer.commit()
        result.update(worklist_figures("_maintained"))
    finally:
        database.dispose()
        plain.close()
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return result


def summary(result: dict[str, Any]) -> str:
    """One line: each figure in ms and ÷ the scan of the same run."""
    parts = []
    for name, label in (
        ("worklist", f"worklist's first {PAGE}"),
        ("worklist_count", "count"),
        ("worklist_next_page", "next page"),
        ("worklist_pages", "slowest page to the end"),
        ("worklist_maintained", f"maintained: first {PAGE}"),
        ("worklist_count_maintained", "count"),
        ("worklist_pages_maintained", "slowest page"),
        ("duplicates", "duplicate check"),
        ("edit", "edit"),
        ("rename", "rename"),
        ("archive", "archive"),
        ("restore", "restore"),
    ):
        figure = result.get(name)
        if figure:
            ms = figure["max_ms"] if name.startswith("worklist_pages") else figure["ms"]
            parts.append(f"{label} {ms:.0f} ms ({figure['ratio']:.1f} ×)")
    return (
        ", ".join(parts)
        + f"; scan {result['worklist']['baseline_ms']:.0f} ms; target ≤ {TARGET_MS} ms each"
    )


def table_cell(result: dict[str, Any] | None) -> str:
    """The table's cell: worklist (first page; count) / duplicate check / edit, ms (÷ scan)."""
    if not result:
        return "–"

    def cell(name: str) -> str:
        return f"{result[name]['ms']:.0f} ({result[name]['ratio']:.1f} ×)"

    return f"{cell('worklist')}; {cell('worklist_count')} / {cell('duplicates')} / {cell('edit')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.coordinator", description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    result = run(args.database, repeat=args.repeat)
    print(summary(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

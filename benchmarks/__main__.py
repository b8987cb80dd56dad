"""Run every benchmark and print one table of ratios, each against a baseline of the same run.

    python -m benchmarks [--sizes 1000,10000,100000] [--out benchmarks/results/latest.json]
                         [--postgres]

For each size: a synthetic directory is generated and written as HSDS JSON, imported by the
application (and, as the baseline, written with plain ``executemany``), then queried,
typed into and started cold. With ``--postgres`` each size is also run on a throwaway
PostgreSQL server (``shared_database.py``: query step, 20 desks typing, change notices, idle
CPU), one more row per size; off by default, as it needs the server's programs and takes
minutes at 100,000. See benchmarks/README.md for how to read the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks import cold_start, coordinator, import_speed, query_step
from benchmarks.generate import generate_drafts
from benchmarks.installed import installed_environment

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "query_step": "≤ 1.3 × plain sqlite3 (geometric mean)",
    "keystroke": (
        "p50 ≤ 1.2 ×, p95 ≤ 1.3 × the UI floor; none over 40 ms, a client's long phrases "
        "typed as said included"
    ),
    "cold_start": "≤ 3 × the bare window (window itself ≤ 1.5 ×)",
    "memory": "≤ 130 MB resident",
    "first_start": "≤ 130 MB resident: the window's first start on a new PC (nothing made yet)",
    "import": "≤ 3 × plain executemany",
    "cli_import": (
        "ifg-desktop import into the seeded directory ≤ 3 × json.load + plain executemany; "
        "re-import unchanged ≤ 1 ×; 1 % changed ≤ 1.2 ×; peak memory ≤ 2 × the file"
    ),
    "coordinator": (
        "worklist, duplicate check, edit, archive, restore ≤ 300 ms each at 100,000 "
        "(printed beside a plain sqlite3 scan of service, same run)"
    ),
}


def run_size(
    count: int, folder: Path, *, keystrokes: bool, cold: bool, short: bool = False
) -> dict[str, Any]:
    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.seed import open_directory

    print(f"\n== {count:,} services", flush=True)
    drafts = list(generate_drafts(count))
    source = folder / f"directory-{count}.json"
    import_speed.write_hsds_json(drafts, source)
    db_file = folder / f"directory-{count}.sqlite3"
    result: dict[str, Any] = {"services": count}
    result["import"] = import_speed.run(drafts, source, db_file, folder)
    print(f"   import: {result['import']['ratio']:.2f} ×", flush=True)
    result["cli_import"] = cli = import_speed.run_cli(drafts, source, folder)
    print(
        f"   ifg-desktop import into the seeded directory: {cli['import_ratio']:.2f} ×, "
        f"again unchanged {cli['unchanged_ratio']:.2f} ×, 1 % changed "
        f"{cli['changed_ratio']:.2f} × (baseline {cli['baseline_s']:.1f} s; without the "
        f"{cli['modules_s']:.2f} s of loading modules: "
        f"{' / '.join(f'{r:.2f} ×' for r in cli['ratios_after_modules'])}); peak "
        f"{cli['peak_bytes'] / 2**20:.0f} MB = {cli['memory_ratio']:.2f} × the file "
        f"({cli['memory_ratio_above_floor']:.2f} × above the interpreter's "
        f"{cli['floor_bytes'] / 2**20:.0f} MB)",
        flush=True,
    )

    database = open_directory(str(db_file))
    moment = datetime(2026, 12, 1, 10, 30, tzinfo=BRUSSELS)
    result["query_step"] = query_step.run(database, db_file, moment, repeat=3 if short else 15)
    database.dispose()
    print(f"   query step: {result['query_step']['geometric_mean']:.2f} ×", flush=True)
    result["coordinator"] = coordinator.run(db_file, repeat=2 if short else 5)
    print(f"   coordinator: {coordinator.summary(result['coordinator'])}", flush=True)

    if keystrokes:
        out = folder / f"keystrokes-{count}.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.keystrokes",
                str(db_file),
                str(out),
                *(["--phrases", "2"] if short else []),
            ],
            cwd=ROOT,
            check=True,
            # As installed: no module compiled inside a timed keystroke.
            env=installed_environment(folder, QT_QPA_PLATFORM="offscreen"),
            stderr=subprocess.DEVNULL,
        )
        result["keystroke"] = json.loads(out.read_text())
        print(
            f"   keystroke: p50 {result['keystroke']['p50_ratio']:.2f} ×, "
            f"p95 {result['keystroke']['p95_ratio']:.2f} ×, "
            f"max {result['keystroke']['key_max_ms']:.1f} ms; "
            f"a client's phrases typed as said: max {result['keystroke']['spoken_max_ms']:.1f} ms "
            f"of {result['keystroke']['spoken_keystrokes']} keys; "
            f"peak {result['keystroke']['peak_rss_mb']:.0f} MB",
            flush=True,
        )
        from benchmarks.keystrokes import first_keystrokes

        if short:  # does it run: one word, one pause, once
            first = first_keystrokes(
                str(db_file), words=("ge",), pauses=(0.5,), runs=1, resumes=(1.05,)
            )
        else:
            first = first_keystrokes(str(db_file))
        result["first_keystroke"] = first
        seen = first["first_after_0.5s"]["all_keys"]
        print(
            f"   first keystrokes of a session (0.5 s after the first page): p50 "
            f"{seen['p50_ms']:.1f} ms, max {seen['max_ms']:.1f} ms, "
            f"{seen['over_40_ms']} of {seen['count']} over 40 ms",
            flush=True,
        )
        resumed = first.get("resumed_after_1.05s")
        if resumed is not None:  # the key that resumes the typing meets the menus' slices
            print(
                f"   a key 1.05 s after the previous one: max "
                f"{resumed['resumed_key']['max_ms']:.1f} ms; menu slices max "
                f"{first['menu_slices']['max_ms']:.1f} ms",
                flush=True,
            )
    if cold:
        repeat = 1 if short else 11
        starts = cold_start.measure(str(db_file), repeat)
        bare, app = starts["bare"], starts["app"]
        result["cold_start"] = {
            "bare": bare,
            "app": app,
            "window_ratio": app["window_s"] / bare["window_s"],
            "page_ratio": app["page_s"] / bare["page_s"],
        }
        print(
            f"   cold start: window {result['cold_start']['window_ratio']:.2f} ×, "
            f"first page {result['cold_start']['page_ratio']:.2f} ×",
            flush=True,
        )
    return result


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| services | query step | keystroke p50 / p95 (max; a client's phrases, max) "
        "| cold start window / page "
        "| peak memory | import | CLI import seeded / unchanged / 1 % changed | import memory "
        "| worklist first 200; count / duplicates / edit, ms (÷ scan) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.get("database") == "postgresql":
            from benchmarks.shared_database import table_row

            lines.append(table_row(r) + " – | – | – |")
            continue
        key = r.get("keystroke")
        cold = r.get("cold_start")
        lines.append(
            f"| {r['services']:,} | {r['query_step']['geometric_mean']:.2f} × | "
            + (
                f"{key['p50_ratio']:.2f} × / {key['p95_ratio']:.2f} × ({key['key_max_ms']:.0f} ms; "
                f"phrases as said {key['spoken_max_ms']:.0f} ms)"
                if key
                else "–"
            )
            + " | "
            + (f"{cold['window_ratio']:.2f} × / {cold['page_ratio']:.2f} ×" if cold else "–")
            + " | "
            + (f"{key['peak_rss_mb']:.0f} MB" if key else "–")
            + f" | {r['import']['ratio']:.2f} × | "
            + (
                f"{cli['import_ratio']:.2f} × / {cli['unchanged_ratio']:.2f} × / "
                f"{cli['changed_ratio']:.2f} × | {cli['memory_ratio']:.2f} × the file"
                if (cli := r.get("cli_import"))
                else "– | –"
            )
            + " | "
            + coordinator.table_cell(r.get("coordinator"))
            + " |"
        )
    return "\n".join(lines)


def _first_start_line(first: dict[str, float]) -> str:
    return (
        f"first start on a new PC: peak {first['peak_mb']:.0f} MB (≤ 130 MB), "
        f"first page after {first['page_s']:.1f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/latest.json")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--quick", action="store_true", help="skip keystrokes and cold start")
    parser.add_argument(
        "--short", action="store_true", help="few repetitions: checks it runs, not speed"
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="also each size on a throwaway PostgreSQL server (benchmarks/shared_database.py)",
    )
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    if args.postgres:
        from benchmarks import shared_database

        if shared_database.server_programs() is None:
            parser.error("--postgres: no PostgreSQL server programs (initdb, pg_ctl) here")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ifg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.time()
    # What an installed application made on its first start (`ifg-desktop init`), in the
    # user's cache folder: the lemma list as a trie, inverted, with its forms' keys. Seconds,
    # once per installed simplemma; no figure measures it (the first start below does).
    from ifg_desktop.directory import wordforms

    wordforms.warm()
    results = [
        run_size(size, folder, keystrokes=not args.quick, cold=not args.quick, short=args.short)
        for size in sizes
    ]
    if args.postgres:
        results += [
            shared_database.run(size, folder, keep=args.keep, short=args.short) for size in sizes
        ]
    first = None if args.quick else cold_start.first_start(folder)
    if first is not None:
        print(_first_start_line(first), flush=True)
    report = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "targets": TARGETS,
        "results": results,
        "first_start": first,
        "seconds": round(time.time() - started, 1),
    }
    # The children's compiled modules are no result; without --keep, nothing is.
    shutil.rmtree(folder if args.keep is None else folder / "pycache", ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str))
    print("\n" + table(results))
    if first is not None:
        print("\n" + _first_start_line(first))
    print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

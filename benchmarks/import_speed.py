"""Import: the application's HSDS JSON import ÷ a plain ``executemany`` of the same rows.

Both start from the same empty, migrated database (the triggers of the full-text index and
of service_row included) and end with the same rows. The baseline inserts tuples prepared
in memory in one transaction; the import reads the JSON file, checks and maps every
record, compares with the database, takes the backup, writes and indexes — with a progress
callback, as the window's progress bar uses.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from ifg_desktop.db import open_database
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.seed import seed_folder
from ifg_desktop.directory.text import fold, index_body, searchable


def theme_labels() -> dict[str, str]:
    data = json.loads((seed_folder() / "services.json").read_text("utf-8"))
    return {theme["key"]: theme["label"] for theme in data["themes"]}


def write_hsds_json(drafts: Sequence[ServiceDraft], path: Path) -> None:
    from ifg_desktop.directory.hsds.service_export import service_document

    labels = theme_labels()
    with path.open("w", encoding="utf-8") as handle:
        json.dump([service_document(d, labels) for d in drafts], handle, ensure_ascii=False)


def _empty_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(str(path)).dispose()  # the schema, no seed


def baseline(drafts: Sequence[ServiceDraft], path: Path) -> float:
    """The same rows, prepared in memory, written with plain executemany in one transaction.

    Into an empty database, or one that holds services already (the seeded directory): then
    the new rows take ids and ranks after the ones there, and the themes there are used."""
    labels = theme_labels()
    with closing(sqlite3.connect(path)) as db:
        first = {
            table: db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            for table in ("service", "schedule", "organization")
        }
        top_rank = db.execute("SELECT coalesce(max(display_rank), 0) FROM service").fetchone()[0]
        stored_themes = dict(db.execute("SELECT key, id FROM theme").fetchall())
    orgs = {d.organization.key: d.organization for d in drafts if d.organization}
    org_ids = {key: first["organization"] + i for i, key in enumerate(orgs, start=1)}
    theme_ids = stored_themes or {key: i for i, key in enumerate(labels, start=1)}
    order = sorted(range(len(drafts)), key=lambda i: (fold(drafts[i].name), drafts[i].key))
    ranks = {index: top_rank + (position + 1) * 1024 for position, index in enumerate(order)}
    rows: dict[str, list[tuple[Any, ...]]] = {
        name: []
        for name in ("service", "phone", "location", "schedule", "window", "theme", "search")
    }
    for number, d in enumerate(drafts):
        i = first["service"] + number + 1
        org = d.organization
        rows["service"].append(
            (i, d.key, org_ids[org.key] if org else None, d.name, d.alternate_name,
             d.description, d.status, d.professional_only, d.minimum_age_months,
             d.maximum_age_months, "acute" in d.urgency, "crisis" in d.urgency,
             "non_acute" in d.urgency, json.dumps(list(d.keywords)), fold(d.name),
             ranks[number], d.free_of_charge)
        )  # fmt: skip
        rows["phone"].extend((i, p.number, p.label, n) for n, p in enumerate(d.phones))
        rows["location"].extend(
            (i, x.address_1, x.postal_code, x.city, x.country) for x in d.locations
        )
        if d.hours is not None:
            rows["schedule"].append(
                (first["schedule"] + number + 1, i, d.hours.always_open, d.hours.by_appointment,
                 d.hours.closed_on_public_holidays)
            )  # fmt: skip
            rows["window"].extend(
                (
                    first["schedule"] + number + 1,
                    w.weekday,
                    w.opens_at.isoformat(),
                    w.closes_at.isoformat(),
                    w.kind,
                )
                for w in d.hours.windows
            )
        rows["theme"].extend((i, theme_ids[t]) for t in d.themes)
        chosen = [labels[t] for t in sorted(d.themes)]
        # The same three texts the application indexes, other word forms included: the
        # baseline is the writing, not the working out of what to write.
        names = index_body(d.name, d.alternate_name)
        keys = index_body(" ".join(d.keywords), " ".join(chosen))
        rows["search"].append(
            (ranks[number], searchable(names), searchable(names, keys),
             searchable(names, index_body(d.description), keys))
        )  # fmt: skip
    started = time.perf_counter()
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        with db:
            if not stored_themes:
                db.executemany(
                    "INSERT INTO theme (id, key, label, position) VALUES (?, ?, ?, ?)",
                    [(i, key, labels[key], i) for key, i in theme_ids.items()],
                )
            db.executemany(
                "INSERT INTO organization (id, key, name) VALUES (?, ?, ?)",
                [(org_ids[k], k, o.name) for k, o in orgs.items()],
            )
            db.executemany(
                "INSERT INTO service (id, key, organization_id, name, alternate_name, "
                "description, status, professional_only, minimum_age_months, "
                "maximum_age_months, handles_acute, handles_crisis, handles_non_acute, "
                "keywords, sort_name, display_rank, free_of_charge, ages_unknown, notes, "
                "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, 0, '[]', '2026-01-01', '2026-01-01', 1)",
                rows["service"],
            )
            db.executemany(
                "INSERT INTO phone (service_id, number, label, position) VALUES (?, ?, ?, ?)",
                rows["phone"],
            )
            db.executemany(
                "INSERT INTO location (service_id, address_1, postal_code, city, country) "
                "VALUES (?, ?, ?, ?, ?)",
                rows["location"],
            )
            db.executemany(
                "INSERT INTO schedule (id, service_id, always_open, by_appointment, "
                "closed_on_public_holidays, timezone) VALUES (?, ?, ?, ?, ?, 'Europe/Brussels')",
                rows["schedule"],
            )
            db.executemany(
                "INSERT INTO schedule_window (schedule_id, weekday, opens_at, closes_at, kind) "
                "VALUES (?, ?, ?, ?, ?)",
                rows["window"],
            )
            db.executemany(
                "INSERT INTO service_theme (service_id, theme_id) VALUES (?, ?)", rows["theme"]
            )
            db.executemany(
                "INSERT INTO service_search (rank, name_text, key_text, body) VALUES (?, ?, ?, ?)",
                rows["search"],
            )
    return time.perf_counter() - started


def application(source: Path, path: Path) -> float:
    from ifg_desktop.directory.hsds import apply_import, plan_import

    started = time.perf_counter()
    database = open_database(str(path))
    plan = plan_import(database, source)
    apply_import(database, plan, actor="benchmark", progress=lambda *_: None)
    database.dispose()
    return time.perf_counter() - started


def run(
    drafts: Sequence[ServiceDraft], source: Path, db_file: Path, folder: Path
) -> dict[str, Any]:
    """Import into ``db_file`` (kept for the other benchmarks) and time both ways."""
    empty = folder / "empty.sqlite3"
    _empty_database(empty)
    plain_file = folder / "plain.sqlite3"
    shutil.copy(empty, plain_file)
    plain = baseline(drafts, plain_file)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    shutil.copy(empty, db_file)
    imported = application(source, db_file)
    return {"import_s": imported, "executemany_s": plain, "ratio": imported / plain}


# ------------------------------------------------------------------ the command line, seeded

# Runs `ifg-desktop import` (cli.main) in a fresh interpreter and reports, as JSON: the time
# from the call to its return (the interpreter's start and `import ifg_desktop.cli` excluded,
# which the baseline does not pay either), the exit code and the process's peak resident
# size (VmHWM: execve starts it anew, unlike ru_maxrss), and how much of that time loading
# the modules an import needs took (SQLAlchemy, phonenumbers, the importer: a fixed cost
# that weighs at 1,000 services and not at 100,000). With "--bare", the same process
# stops after importing what an import needs: the interpreter-and-modules floor.
_RUNNER = """
import json, sys, time
out = sys.argv[1]
def peak():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            return int(line.split()[1]) * 1024
import ifg_desktop.cli as cli
started = time.perf_counter()
import ifg_desktop.directory.hsds.importer, ifg_desktop.directory.bulk
import ifg_desktop.directory.wordforms, phonenumbers, sqlalchemy.orm
loaded = time.perf_counter()
if sys.argv[2] == '--bare':
    json.dump({'peak_bytes': peak()}, open(out, 'w'))
    sys.exit(0)
code = cli.main(sys.argv[2:])
json.dump({'seconds': time.perf_counter() - started, 'modules_s': loaded - started,
           'code': code, 'peak_bytes': peak()}, open(out, 'w'))
"""


def _cli(folder: Path, *arguments: str) -> dict[str, Any]:
    import subprocess
    import sys

    from benchmarks.installed import installed_environment

    out = folder / "cli-import.json"
    subprocess.run(
        [sys.executable, "-c", _RUNNER, str(out), *arguments],
        check=True,
        stdout=subprocess.DEVNULL,
        env=installed_environment(folder, PYTHONIOENCODING="utf-8"),
    )
    result: dict[str, Any] = json.loads(out.read_text())
    out.unlink()
    if result.get("code", 0) != 0:
        raise RuntimeError(f"ifg-desktop {' '.join(arguments)}: exit {result['code']}")
    return result


def _import(folder: Path, db_file: Path, source: Path) -> dict[str, Any]:
    return _cli(folder, "--db", str(db_file), "import", str(source), "--actor", "benchmark")


def _changed_copy(source: Path, target: Path, every: int = 100) -> int:
    """The file with one service in ``every`` changed (its description); how many."""
    documents = json.loads(source.read_text("utf-8"))
    changed = 0
    for index in range(0, len(documents), every):
        documents[index]["description"] = f"{documents[index].get('description') or ''} Gewijzigd."
        changed += 1
    target.write_text(json.dumps(documents, ensure_ascii=False), "utf-8")
    return changed


def _seeded(folder: Path) -> Path:
    from ifg_desktop.directory.seed import open_directory

    seeded = folder / "seeded.sqlite3"
    if not seeded.exists():
        open_directory(str(seeded)).dispose()
    return seeded


def _copy_database(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, target)


def run_cli(drafts: Sequence[ServiceDraft], source: Path, folder: Path) -> dict[str, Any]:
    """`ifg-desktop import FILE` into a database that holds the seeded directory, then the
    same file again (nothing changed), then the file with 1 % of its services changed; each
    ÷ `json.load` of the file + a plain `executemany` of its rows into a copy of the seeded
    database (its triggers included), measured in the same run. And the import's peak memory
    against the file's size."""
    seeded = _seeded(folder)
    plain_file = folder / "plain-seeded.sqlite3"
    _copy_database(seeded, plain_file)
    started = time.perf_counter()
    with source.open("rb") as handle:
        json.load(handle)
    loaded = time.perf_counter() - started
    written = baseline(drafts, plain_file)
    plain = loaded + written
    changed_file = folder / f"{source.stem}-changed.json"
    changed = _changed_copy(source, changed_file)
    db_file = folder / "cli-seeded.sqlite3"
    # Not counted: writes the compiled modules, as installing the application does.
    few_file = folder / f"{source.stem}-few.json"
    write_hsds_json(drafts[:20], few_file)
    _copy_database(seeded, db_file)
    _import(folder, db_file, few_file)
    _copy_database(seeded, db_file)
    first = _import(folder, db_file, source)
    again = _import(folder, db_file, source)
    one_percent = _import(folder, db_file, changed_file)
    bare = _cli(folder, "--bare")
    size = source.stat().st_size
    peak = max(first["peak_bytes"], again["peak_bytes"], one_percent["peak_bytes"])
    for path in (changed_file, few_file, plain_file, db_file):
        path.unlink(missing_ok=True)
    for backup in folder.glob("cli-seeded*"):  # the imports' backups beside the database
        if backup.is_file():
            backup.unlink()
    return {
        "json_load_s": loaded,
        "executemany_s": written,
        "baseline_s": plain,
        "import_s": first["seconds"],
        "reimport_unchanged_s": again["seconds"],
        "reimport_changed_s": one_percent["seconds"],
        "changed_services": changed,
        "import_ratio": first["seconds"] / plain,
        "unchanged_ratio": again["seconds"] / plain,
        "changed_ratio": one_percent["seconds"] / plain,
        "modules_s": first["modules_s"],
        # The same ratios without loading the modules (not a target: what the fixed cost is).
        "ratios_after_modules": [
            (run["seconds"] - run["modules_s"]) / plain for run in (first, again, one_percent)
        ],
        "file_bytes": size,
        "peak_bytes": peak,
        "peaks_bytes": [first["peak_bytes"], again["peak_bytes"], one_percent["peak_bytes"]],
        "floor_bytes": bare["peak_bytes"],
        "memory_ratio": peak / size,
        "memory_ratio_above_floor": (peak - bare["peak_bytes"]) / size,
    }

"""Import: the application's HSDS JSON import ÷ a plain ``executemany`` of the same rows.

Both start from the same empty, migrated database (FTS triggers included) and end with the
same rows. The baseline inserts tuples prepared in memory in one transaction; the import
reads the JSON file, checks and maps every record, compares with the database, takes the
backup, writes and indexes — with a progress callback, as the window's progress bar uses.
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
    from ifg_desktop.directory.hsds.mapping import service_document

    labels = theme_labels()
    with path.open("w", encoding="utf-8") as handle:
        json.dump([service_document(d, labels) for d in drafts], handle, ensure_ascii=False)


def _empty_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(str(path)).dispose()  # the schema, no seed


def baseline(drafts: Sequence[ServiceDraft], path: Path) -> float:
    """The same rows, prepared in memory, written with plain executemany in one transaction."""
    labels = theme_labels()
    orgs = {d.organization.key: d.organization for d in drafts if d.organization}
    org_ids = {key: i for i, key in enumerate(orgs, start=1)}
    theme_ids = {key: i for i, key in enumerate(labels, start=1)}
    order = sorted(range(len(drafts)), key=lambda i: (fold(drafts[i].name), drafts[i].key))
    ranks = {index: (position + 1) * 1024 for position, index in enumerate(order)}
    rows: dict[str, list[tuple[Any, ...]]] = {
        name: []
        for name in ("service", "phone", "location", "schedule", "window", "theme", "search")
    }
    for i, d in enumerate(drafts, start=1):
        org = d.organization
        rows["service"].append(
            (i, d.key, org_ids[org.key] if org else None, d.name, d.alternate_name,
             d.description, d.status, d.professional_only, d.minimum_age_months,
             d.maximum_age_months, "acute" in d.urgency, "crisis" in d.urgency,
             "non_acute" in d.urgency, json.dumps(list(d.keywords)), fold(d.name),
             ranks[i - 1], d.free_of_charge)
        )  # fmt: skip
        rows["phone"].extend((i, p.number, p.label, n) for n, p in enumerate(d.phones))
        rows["location"].extend(
            (i, x.address_1, x.postal_code, x.city, x.country) for x in d.locations
        )
        if d.hours is not None:
            rows["schedule"].append(
                (i, i, d.hours.always_open, d.hours.by_appointment,
                 d.hours.closed_on_public_holidays)
            )  # fmt: skip
            rows["window"].extend(
                (i, w.weekday, w.opens_at.isoformat(), w.closes_at.isoformat(), w.kind)
                for w in d.hours.windows
            )
        rows["theme"].extend((i, theme_ids[t]) for t in d.themes)
        chosen = [labels[t] for t in sorted(d.themes)]
        # The same three texts the application indexes, other word forms included: the
        # baseline is the writing, not the working out of what to write.
        names = index_body(d.name, d.alternate_name)
        keys = index_body(" ".join(d.keywords), " ".join(chosen))
        rows["search"].append(
            (ranks[i - 1], searchable(names), searchable(names, keys),
             searchable(names, index_body(d.description), keys))
        )  # fmt: skip
    started = time.perf_counter()
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        with db:
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

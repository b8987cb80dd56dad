"""HSDS import speed: N synthetic services from HSDS JSON vs a plain sqlite3 executemany.

    .venv/bin/python benchmarks/hsds_import.py 10000

Both sides start from the same empty, migrated database file (FTS triggers included) and
end with the same rows: the baseline inserts prepared tuples with ``executemany`` (services,
organizations, themes, phones, locations, schedules, windows, exceptions, service themes,
search rows); the import reads the JSON file, checks and maps every record, compares with
the database, takes the backup, writes and indexes. Issue 6 asks for a ratio <= 3.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from datetime import time as clock
from pathlib import Path

from ifg_desktop.db import open_database
from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import LocationDraft, OrganizationDraft, PhoneDraft, ServiceDraft
from ifg_desktop.directory.hsds import apply_import, plan_import
from ifg_desktop.directory.hsds.mapping import service_document
from ifg_desktop.directory.text import fold, index_body

THEMES = {
    "partnergeweld": "Partnergeweld",
    "kindermishandeling": "Kindermishandeling",
    "ouderenmis-behandeling": "Ouderenmis(be)handeling",
    "seksueel-geweld": "Seksueel geweld",
    "crisis": "Crisis",
    "juridisch": "Juridische hulp",
}
PARTS = (
    "Centrum", "Huis", "Team", "Punt", "Lijn", "Dienst", "Opvang", "Hulp", "Zorg", "Raad",
    "Welzijn", "Gezin", "Jeugd", "Kind", "Vrouwen", "Mannen", "Ouderen", "Crisis", "Nacht",
    "Vertrouwens", "Familie", "Geweld", "Veilig", "Thuis", "Buurt", "Stads", "Regio",
)  # fmt: skip
TOWNS = ("Antwerpen", "Gent", "Brugge", "Leuven", "Hasselt", "Mechelen", "Aalst", "Kortrijk")
WORDS = [
    "onthaal",
    "begeleiding",
    "ondersteuning",
    "gesprek",
    "advies",
    "opvang",
    "bemiddeling",
    "slachtoffer",
    "pleger",
    "kinderen",
    "jongeren",
    "ouders",
    "partner",
    "veiligheid",
    "melding",
    "anoniem",
    "gratis",
    "dringend",
    "telefonisch",
]


def generate(count: int, seed: int = 6) -> list[ServiceDraft]:
    rng = random.Random(seed)
    organizations = [
        OrganizationDraft(f"org-{i}", f"{rng.choice(PARTS)}{rng.choice(PARTS).lower()} vzw")
        for i in range(max(1, count // 20))
    ]
    drafts = []
    for i in range(count):
        low = rng.choice([None, -9, 0, 144, 216])
        high = rng.choice([None, 215, 1211]) if low is None or low < 215 else None
        windows = tuple(
            Window(day, clock(rng.choice([8, 9, 13])), clock(rng.choice([12, 17, 20])), kind)
            for day in rng.sample(range(7), rng.randint(2, 6))
            for kind in rng.sample(["open", "phone"], rng.randint(1, 2))
        )
        drafts.append(
            ServiceDraft(
                key=f"dienst-{i:06}",
                name=f"{rng.choice(PARTS)}{rng.choice(PARTS).lower()} {rng.choice(TOWNS)} {i}",
                organization=rng.choice(organizations),
                description=" ".join(rng.choices(WORDS, k=rng.randint(8, 25))).capitalize(),
                minimum_age_months=low,
                maximum_age_months=high,
                urgency=frozenset(rng.sample(["acute", "crisis", "non_acute"], rng.randint(1, 2))),
                themes=frozenset(rng.sample(sorted(THEMES), rng.randint(1, 3))),
                keywords=tuple(rng.sample(WORDS, 2)),
                phones=(PhoneDraft(f"+3232{rng.randint(100_000, 999_999)}", "Onthaal"),),
                locations=(LocationDraft(None, f"Straat {i}", "2000", rng.choice(TOWNS)),),
                hours=Hours(
                    closed_on_public_holidays=rng.choice([True, None]),
                    windows=windows,
                    exceptions=(DateException(date(2026, 12, 25), True),)
                    if rng.random() < 0.3
                    else (),
                ),
            )
        )
    return drafts


def write_json(drafts: list[ServiceDraft], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump([service_document(d, THEMES) for d in drafts], handle, ensure_ascii=False)


def baseline(drafts: list[ServiceDraft], path: Path) -> float:
    """The same rows, prepared in memory, written with plain executemany in one transaction."""
    orgs = {d.organization.key: d.organization for d in drafts if d.organization}
    org_ids = {key: i for i, key in enumerate(orgs, start=1)}
    theme_ids = {key: i for i, key in enumerate(THEMES, start=1)}
    order = sorted(range(len(drafts)), key=lambda i: (fold(drafts[i].name), drafts[i].key))
    ranks = {index: (position + 1) * 1024 for position, index in enumerate(order)}
    services, phones, locations, schedules, windows, exceptions, themes, search = (
        [] for _ in range(8)
    )
    for i, d in enumerate(drafts, start=1):
        org = d.organization
        services.append(
            (i, d.key, org_ids[org.key] if org else None, d.name, d.description, "active",
             d.minimum_age_months, d.maximum_age_months, "acute" in d.urgency,
             "crisis" in d.urgency, "non_acute" in d.urgency, json.dumps(list(d.keywords)),
             fold(d.name), ranks[i - 1])
        )  # fmt: skip
        phones.extend((i, p.number, p.label, n) for n, p in enumerate(d.phones))
        locations.extend((i, x.address_1, x.postal_code, x.city, x.country) for x in d.locations)
        assert d.hours is not None
        schedules.append((i, i, d.hours.closed_on_public_holidays))
        windows.extend(
            (i, w.weekday, w.opens_at.isoformat(), w.closes_at.isoformat(), w.kind)
            for w in d.hours.windows
        )
        exceptions.extend((i, e.day.isoformat(), e.closed) for e in d.hours.exceptions)
        themes.extend((i, theme_ids[t]) for t in d.themes)
        labels = [THEMES[t] for t in sorted(d.themes)]
        search.append(
            (ranks[i - 1], index_body(d.name, org.name if org else None, d.description,
                                      " ".join(d.keywords), " ".join(labels)))
        )  # fmt: skip
    started = time.perf_counter()
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        with db:
            db.executemany(
                "INSERT INTO theme (id, key, label, position) VALUES (?, ?, ?, ?)",
                [(i, k, label, i) for k, i in theme_ids.items() for label in [THEMES[k]]],
            )
            db.executemany(
                "INSERT INTO organization (id, key, name) VALUES (?, ?, ?)",
                [(org_ids[k], k, o.name) for k, o in orgs.items()],
            )
            db.executemany(
                "INSERT INTO service (id, key, organization_id, name, description, status, "
                "minimum_age_months, maximum_age_months, handles_acute, handles_crisis, "
                "handles_non_acute, keywords, sort_name, display_rank, professional_only, "
                "ages_unknown, notes, created_at, updated_at, version) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '[]', "
                "'2026-01-01', '2026-01-01', 1)",
                services,
            )
            db.executemany(
                "INSERT INTO phone (service_id, number, label, position) VALUES (?, ?, ?, ?)",
                phones,
            )
            db.executemany(
                "INSERT INTO location (service_id, address_1, postal_code, city, country) "
                "VALUES (?, ?, ?, ?, ?)",
                locations,
            )
            db.executemany(
                "INSERT INTO schedule (id, service_id, closed_on_public_holidays, always_open, "
                "by_appointment, timezone) VALUES (?, ?, ?, 0, 0, 'Europe/Brussels')",
                schedules,
            )
            db.executemany(
                "INSERT INTO schedule_window (schedule_id, weekday, opens_at, closes_at, kind) "
                "VALUES (?, ?, ?, ?, ?)",
                windows,
            )
            db.executemany(
                "INSERT INTO schedule_exception (schedule_id, date, closed) VALUES (?, ?, ?)",
                exceptions,
            )
            db.executemany("INSERT INTO service_theme (service_id, theme_id) VALUES (?, ?)", themes)
            db.executemany("INSERT INTO service_search (rank, body) VALUES (?, ?)", search)
    return time.perf_counter() - started


def importer(source: Path, path: Path) -> float:
    started = time.perf_counter()
    database = open_database(str(path))
    plan = plan_import(database, source)
    apply_import(database, plan, actor="benchmark", progress=lambda *_: None)
    database.dispose()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hsds-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "leeg.sqlite3"
    template.unlink(missing_ok=True)
    open_database(str(template)).dispose()
    drafts = generate(args.count)
    source = folder / f"diensten-{args.count}.json"
    write_json(drafts, source)
    times = {}
    for name, run in (("executemany", baseline), ("import", None)):
        target = folder / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, target)
        times[name] = baseline(drafts, target) if run else importer(source, target)
        with closing(sqlite3.connect(target)) as db:
            counts = [
                db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("service", "phone", "schedule_window", "service_search")
            ]
        print(f"{name:>12}: {times[name]:7.2f} s   rows {counts}")
    print(f"{'ratio':>12}: {times['import'] / times['executemany']:7.2f} x  (target <= 3)")
    print(f"{'file':>12}: {source.stat().st_size / 1e6:.1f} MB  {source}")
    if args.keep is None:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Query step: one page of results plus the count, through the query engine ÷ the very same
SQL statements run through plain ``sqlite3``.

The engine's statements are recorded while it answers, then replayed on a plain connection;
what is left in the ratio is the engine's own Python work.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ifg_desktop.db import Database
from ifg_desktop.directory.ages import UNBORN
from ifg_desktop.directory.query import (
    AvailabilityFilter,
    ServiceQuery,
    count_services,
    find_rows,
)
from ifg_desktop.models import Urgency

PAGE = 50
COUNT_CAP = 1000
QUERIES: tuple[ServiceQuery, ...] = (
    ServiceQuery(),
    ServiceQuery(text="g"),
    ServiceQuery(text="ge"),
    ServiceQuery(text="gew"),
    ServiceQuery(text="geweld"),
    ServiceQuery(text="partnergeweld"),
    ServiceQuery(text="crisisteam"),
    ServiceQuery(text="kinder opvang"),
    ServiceQuery(text="vertrouwens gent"),
    ServiceQuery(text="team", client_contact_only=True),
    ServiceQuery(text="hulp", age_months=24, urgency=Urgency.ACUTE),
    ServiceQuery(age_months=UNBORN, urgency=Urgency.NON_ACUTE),
    ServiceQuery(age_months=40 * 12, themes=frozenset({"seksueel-geweld", "partnergeweld"})),
    ServiceQuery(text="nacht", availability=AvailabilityFilter.ALWAYS_OPEN),
    ServiceQuery(availability=AvailabilityFilter.OPEN),
    ServiceQuery(text="crisis", availability=AvailabilityFilter.OPEN, age_months=15 * 12),
    ServiceQuery(text="zzqx"),
)


def _median(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(database: Database, db_path: Path, moment: datetime, repeat: int = 15) -> dict[str, Any]:
    """Engine and plain timings per query, and their ratios."""
    recorded: list[tuple[str, tuple[object, ...]]] = []
    read = database.read

    def recording(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        recorded.append((sql, tuple(params)))
        return read(sql, params)

    plain = sqlite3.connect(db_path)
    rows = []
    for query in QUERIES:
        query = replace(query, moment=moment)

        def step(query: ServiceQuery = query) -> None:
            find_rows(database, query, limit=PAGE)
            count_services(database, query, cap=COUNT_CAP)

        # Warm first: what the words mean (search_plan.py) is worked out once per text and
        # kept, so a warm step runs only the page and count statements replayed below.
        step()
        recorded.clear()
        database.read = recording  # type: ignore[method-assign]
        step()
        database.read = read  # type: ignore[method-assign]
        statements = list(recorded)

        def replay(statements: list[tuple[str, tuple[object, ...]]] = statements) -> None:
            for sql, params in statements:
                plain.execute(sql, params).fetchall()

        replay()  # both warm
        engine = _median(step, repeat)
        baseline = _median(replay, repeat)
        rows.append(
            {
                "query": _describe(query),
                "engine_ms": engine * 1000,
                "plain_ms": baseline * 1000,
                "ratio": engine / baseline,
                "statements": len(statements),
            }
        )
    plain.close()
    ratios = [row["ratio"] for row in rows]
    return {"queries": rows, "geometric_mean": statistics.geometric_mean(ratios)}


def _describe(query: ServiceQuery) -> str:
    parts = [f"'{query.text}'"] if query.text else []
    if query.age_months is not None:
        parts.append(f"age={query.age_months}")
    if query.urgency:
        parts.append(str(query.urgency))
    if query.availability is not AvailabilityFilter.ANY:
        parts.append(str(query.availability))
    if query.client_contact_only:
        parts.append("client")
    if query.themes:
        parts.append("themes=" + "+".join(sorted(query.themes)))
    return " ".join(parts) or "(everything)"

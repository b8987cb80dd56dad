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


def _times(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank), as keystrokes.py takes it."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(
    database: Database,
    db_path: Path | None,
    moment: datetime,
    repeat: int = 15,
    *,
    plain: Callable[[], Any] | None = None,
    translate: Callable[[str], str] | None = None,
    seconds: float | None = None,
) -> dict[str, Any]:
    """Engine and plain timings per query, and their ratios.

    ``plain`` makes the baseline's connection (anything with ``execute(sql, params)``
    returning a cursor, and ``close()``; default: ``sqlite3`` on ``db_path``);
    ``translate`` turns the engine's SQL (``?`` placeholders) into that driver's, once per
    statement, outside the timing. ``seconds``: about how long each query may take, its
    repetitions fewer (at least 5) where one step is slow (an unindexed search).
    """
    recorded: list[tuple[str, tuple[object, ...]]] = []
    read = database.read

    def recording(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        recorded.append((sql, tuple(params)))
        return read(sql, params)

    connection = plain() if plain is not None else sqlite3.connect(str(db_path))
    rows: list[dict[str, Any]] = []
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
        once = time.perf_counter()
        step()
        once = time.perf_counter() - once
        database.read = read  # type: ignore[method-assign]
        statements = [(translate(sql) if translate else sql, params) for sql, params in recorded]

        def replay(statements: list[tuple[str, tuple[object, ...]]] = statements) -> None:
            for sql, params in statements:
                connection.execute(sql, params).fetchall()

        replay()  # both warm
        times = repeat if seconds is None else max(5, min(repeat, int(seconds / 2 / once)))
        engine_times: list[float] = []
        plain_times: list[float] = []
        for _ in range(times):  # interleaved: both see the same moments of a noisy machine
            engine_times += _times(step, 1)
            plain_times += _times(replay, 1)
        engine, baseline = statistics.median(engine_times), statistics.median(plain_times)
        rows.append(
            {
                "query": _describe(query),
                "engine_ms": engine * 1000,
                "plain_ms": baseline * 1000,
                "ratio": engine / baseline,
                "engine_p95_ms": p95(engine_times) * 1000,
                "plain_p95_ms": p95(plain_times) * 1000,
                "p95_ratio": p95(engine_times) / p95(plain_times),
                "statements": len(statements),
                "repeat": times,
            }
        )
    connection.close()
    ratios = [row["ratio"] for row in rows]
    return {
        "queries": rows,
        "geometric_mean": statistics.geometric_mean(ratios),
        "p95_geometric_mean": statistics.geometric_mean([row["p95_ratio"] for row in rows]),
    }


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

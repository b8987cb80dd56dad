"""A region's shared directory on PostgreSQL: query step, 20 desks typing, change notices and
the server's idle CPU.

    python -m benchmarks.shared_database --size 100000 [--keep DIR] [--out FILE] [--short]

A throwaway server is started with the server's own tools (``tests/postgres_server.py``:
``initdb`` in a temporary folder, a Unix socket only, ``fsync=off``), a database is filled
with the application's own HSDS import, and then, in one run:

- **query step**: the 17 queries of ``query_step.py`` through the query engine on the
  PostgreSQL ``Database`` ÷ the very statements it ran, replayed through a plain
  ``psycopg`` connection (autocommit: one round trip per statement); median and p95 per
  query, and the geometric means of their ratios;
- **desks typing**: ``--desks`` separate processes (spawned), each opening the database as
  the window does, listening for change notices (``db.notices.ChangeListener``) and typing
  Dutch phrases one key at a time at a person's pace (eight keys a second, each desk with
  its own random offset and rhythm). Each keystroke runs what the window runs for it
  (``ui/results_model.py``, ``ui/main_window.py``): the rows it holds narrowed or taken
  from a recent search where it can, one small step for the rows on screen (``keystroke``:
  what the paint waits for), then the steps to a page of 50 and the count in steps capped
  at 1,000, until the next key comes (the window drops them for the new search; ``step``:
  each keystroke's longest step, ``done_share``: how many finished). First one desk alone,
  then all desks at once;
- **change notices**: while all desks type, a coordinator's edit (``verify_today``) is
  committed five times; each desk notes when its ``on_change`` ran. ``time.monotonic()`` is
  one clock for every process on Linux, so latency = on_change − the moment the commit
  returned;
- **idle CPU**: the CPU time of the server's processes (the postmaster and its children,
  from ``/proc/<pid>/stat``) while the desks sit connected and listening but do not type,
  as a percentage of one core; the desks' own the same way. Beside it, the "before": the
  same number of desks polling ``Database.data_version``'s statement every 500 ms, as the
  window did before change notices.

With ``--keep DIR`` the generated HSDS file and a ``pg_dump -Fc`` of the filled database
(named by size and schema revision) are kept there; a later run restores the dump instead
of importing again (then ``import`` says ``restored``). Either way ``VACUUM ANALYZE`` runs
before measuring, so both start from the same planner statistics.

Every timing here is measured in the same run as what it is compared with; the machine is
shared (two cores for the server, the desks and the benchmark alike): read the desks'
milliseconds as "on this machine", and the ratios as what travels.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from benchmarks import import_speed, query_step
from benchmarks.keystrokes import PHRASES

if TYPE_CHECKING:
    from ifg_desktop.db import Database
    from ifg_desktop.directory.query import Position, ServiceQuery, ServiceRow

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "bench"
DESKS = 20
KEY_SECONDS = 0.125  # eight keys a second
PHRASE_PAUSE_SECONDS = 1.0  # between two phrases (the box cleared, the next call)
POLL_SECONDS = 0.5  # the window's polling before change notices
CHANGES = 5
# As ui/results_model.py (not imported: it brings Qt): the window's page, the rows its first
# step reads (about a screenful), how far that step looks, and the searches it keeps.
PAGE_SIZE = 50
SCREEN_ROWS = 18
FIRST_STEP_SCAN = 500
RECENT_SEARCHES = 16
COUNT_CAP = 1000  # ui/main_window.py
TARGETS = {
    "query_step": "p95 ≤ 1.3 × the same statements through plain psycopg",
    "desks": "20 desks typing at once: keystroke query p95 ≤ 30 ms on this machine",
    "changes": "a change seen by all 20 desks within 1 s",
    "idle": "server CPU with 20 idle desks close to nothing",
}


# -- the server -----------------------------------------------------------------------------
def server_programs() -> Path | None:
    from tests.postgres_server import server_programs as found

    return found()


def libpq_url(url: str) -> str:
    """The libpq URI (psql, pg_dump, psycopg) of a SQLAlchemy ``postgresql+psycopg`` URL."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def psycopg_sql(sql: str) -> str:
    """The engine's SQL (``?`` placeholders) as psycopg takes it: a literal ``%`` doubled."""
    return sql.replace("%", "%%").replace("?", "%s")


def _tool(name: str) -> str:
    programs = server_programs()
    if programs is not None and (programs / name).exists():
        return str(programs / name)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(name)
    return found


def _admin(template: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(libpq_url(template.format(name="postgres")), autocommit=True) as db:
        db.execute(sql.encode())


def _postmaster(conninfo: str) -> int:
    """The server's main process: the parent of a backend's."""
    import psycopg

    with psycopg.connect(conninfo) as db:
        row = db.execute("SELECT pg_backend_pid()").fetchone()
        assert row is not None
        return _stat(int(row[0]))[0]  # while the backend is there


# -- CPU from /proc -------------------------------------------------------------------------
TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, int]:
    """(parent pid, utime + stime in clock ticks) of a process, all its threads."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def _family(parent: int) -> dict[int, int]:
    """CPU ticks of ``parent`` and its children."""
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid, used = _stat(int(entry))
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
        if int(entry) == parent or ppid == parent:
            ticks[int(entry)] = used
    return ticks


def _ticks(pids: Iterable[int]) -> dict[int, int]:
    ticks = {}
    for pid in pids:
        try:
            ticks[pid] = _stat(pid)[1]
        except (OSError, ValueError, IndexError):
            continue
    return ticks


class CpuMeter:
    """CPU of the server's processes and of some client processes between start and stop,
    as a percentage of one core. A process started meanwhile counts whole; one that ended
    meanwhile is not counted (none should, at the moments measured)."""

    def __init__(self, postmaster: int, clients: Sequence[int]) -> None:
        self.postmaster, self.clients = postmaster, list(clients)
        self.server0 = _family(postmaster)
        self.clients0 = _ticks(self.clients)
        self.started = time.monotonic()

    def stop(self) -> dict[str, float]:
        seconds = time.monotonic() - self.started
        server1, clients1 = _family(self.postmaster), _ticks(self.clients)

        def percent(before: dict[int, int], after: dict[int, int]) -> float:
            used = sum(ticks - before.get(pid, 0) for pid, ticks in after.items())
            return 100.0 * used / TICKS / seconds

        return {
            "seconds": seconds,
            "server_cpu_percent": percent(self.server0, server1),
            "server_processes": len(server1),
            "clients_cpu_percent": percent(self.clients0, clients1),
        }


# -- filling the database -------------------------------------------------------------------
def fill(url: str, count: int, folder: Path, keep: Path | None) -> dict[str, Any]:
    """Fill the (empty) database with ``count`` generated services: the application's HSDS
    import, or a restore of the dump an earlier run with ``--keep`` left."""
    from ifg_desktop.db import open_database
    from ifg_desktop.directory.hsds import apply_import, plan_import
    from ifg_desktop.directory.seed import open_directory
    from ifg_desktop.migrations import SCHEMA_REVISION

    conninfo = libpq_url(url)
    dump = keep / f"postgres-{count}-r{SCHEMA_REVISION}.dump" if keep else None
    result: dict[str, Any] = {}
    if dump is not None and dump.exists():
        started = time.perf_counter()
        subprocess.run(
            [_tool("pg_restore"), "--no-owner", "--exit-on-error", "-d", conninfo, str(dump)],
            check=True,
            capture_output=True,
        )
        result |= {"restored": str(dump), "restore_s": time.perf_counter() - started}
        open_directory(url).dispose()  # checks the schema, as a desk's start does
    else:
        source = folder / f"directory-{count}.json"
        if not source.exists():
            import_speed.write_hsds_json(list(_drafts(count)), source)
        open_database(url).dispose()  # the schema, no seed: as import_speed.py
        started = time.perf_counter()
        database = open_database(url)
        plan = plan_import(database, source)
        apply_import(database, plan, actor="benchmark", progress=lambda *_: None)
        database.dispose()
        result["import_s"] = time.perf_counter() - started
    started = time.perf_counter()
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as db:
        db.execute("VACUUM ANALYZE")
        row = db.execute("SELECT count(*) FROM service").fetchone()
    result["vacuum_analyze_s"] = time.perf_counter() - started
    result["services"] = int(row[0]) if row else 0
    if dump is not None and not dump.exists():
        started = time.perf_counter()
        partial = dump.with_suffix(".partial")
        subprocess.run(
            [_tool("pg_dump"), "-Fc", "-f", str(partial), "-d", conninfo],
            check=True,
            capture_output=True,
        )
        partial.rename(dump)
        result |= {"dumped": str(dump), "dump_s": time.perf_counter() - started}
    return result


def _drafts(count: int) -> Iterable[Any]:
    from benchmarks.generate import generate_drafts

    return generate_drafts(count)


# -- a desk ---------------------------------------------------------------------------------
class _Search(NamedTuple):
    query: ServiceQuery
    rows: tuple[ServiceRow, ...]
    resume_after: Position | None
    exhausted: bool


class Desk:
    """What one window asks the database for one keystroke, without Qt: the results
    model's ``set_query`` (narrowing, typing back, the first step before the paint, the
    steps to a page) and the main window's count in steps. As in the window, the steps
    after the paint stop when the next key comes (``until``): a new search replaces them."""

    def __init__(self, database: Database, moment: datetime) -> None:
        self.database, self.moment = database, moment
        self.shown: _Search | None = None
        self.recent: OrderedDict[ServiceQuery, _Search] = OrderedDict()

    def search(self, query: ServiceQuery, until: float | None = None) -> dict[str, Any]:
        """Search as the window does for one keystroke, the steps after the paint until
        ``until`` (``time.monotonic()``; None: to the end). ``first_ms``: to the rows the
        first paint shows; ``step_max_ms``: the longest single step (the window's event
        loop waits that long at most); ``done``: page and count were complete by
        ``until``; ``ms``: until then."""
        from ifg_desktop.directory import query as engine

        started = time.perf_counter()
        database, asked = self.database, query.at(self.moment)
        searched = engine.rows_depend_on(asked)
        rows: list[ServiceRow] = []
        after: Position | None = None
        exhausted = False
        previous = self.shown
        if previous is not None:
            self.recent[previous.query] = previous
            self.recent.move_to_end(previous.query)
            while len(self.recent) > RECENT_SEARCHES:
                self.recent.popitem(last=False)
            recent = self.recent.get(searched)
            if recent is not None:
                rows, after, exhausted = list(recent.rows), recent.resume_after, recent.exhausted
            elif engine.narrows(database, previous.query, searched):
                narrowed = engine.narrowed_rows(
                    database, previous.rows, previous.resume_after, searched
                )
                if narrowed is not None:
                    rows, after, exhausted = narrowed, previous.resume_after, previous.exhausted

        steps: list[float] = []

        def step(limit: int, scan: int) -> None:
            nonlocal after, exhausted
            begun = time.perf_counter()
            found = engine.find_rows_step(database, asked, after=after, limit=limit, scan=scan)
            steps.append(time.perf_counter() - begun)
            rows.extend(found.rows)
            after, exhausted = found.resume_after, found.resume_after is None

        def more() -> bool:
            return until is None or time.monotonic() < until

        if len(rows) < SCREEN_ROWS and not exhausted:
            step(SCREEN_ROWS - len(rows), FIRST_STEP_SCAN)
        first = time.perf_counter() - started
        while len(rows) < PAGE_SIZE and not exhausted and more():
            step(PAGE_SIZE - len(rows), engine.SCAN_SERVICES)
        done = False
        counting = engine.count_in_steps(database, asked, cap=COUNT_CAP)
        while (len(rows) >= PAGE_SIZE or exhausted) and more():
            begun = time.perf_counter()
            counted = next(counting)
            steps.append(time.perf_counter() - begun)
            if counted.final:
                done = True
                break
        self.shown = _Search(searched, tuple(rows), after, exhausted)
        return {
            "first_ms": first * 1000,
            "step_max_ms": max(steps, default=0.0) * 1000,
            "done": done,
            "ms": (time.perf_counter() - started) * 1000,
        }


def desk_phrases(desk: int, count: int) -> list[tuple[str, bool, bool]]:
    """(phrase, filters on, "nu open") for each phrase a desk types: each desk its own."""
    chosen = []
    for number in range(count):
        turn = desk * 3 + number
        chosen.append((PHRASES[turn % len(PHRASES)], turn % 2 == 1, turn % 4 == 3))
    return chosen


def type_phrases(
    desk: Desk, phrases: Sequence[tuple[str, bool, bool]], rnd: random.Random, start: float
) -> list[dict[str, Any]]:
    """Type at a person's pace from ``start`` (``time.monotonic()``) on: one key every
    ``KEY_SECONDS`` (±30 %), three taken back at the end of each phrase, a pause between
    phrases. A key does not wait for the one before unless its first step ran that long."""
    typed: list[dict[str, Any]] = []
    due = start + rnd.uniform(0, 1.0)
    for phrase, filtered, open_now in phrases:
        text = ""
        for key in [*phrase, *["\b"] * 3]:
            _sleep_until(due)
            text = text[:-1] if key == "\b" else text + key
            due += KEY_SECONDS * rnd.uniform(0.7, 1.3)
            typed.append({"text": text} | desk.search(_query(text, filtered, open_now), due))
            due = max(due, time.monotonic())
        due += PHRASE_PAUSE_SECONDS * rnd.uniform(0.7, 1.3)
        desk.search(_query("", filtered, open_now), due)  # the box cleared
        _sleep_until(due)
    return typed


def _query(text: str, filtered: bool, open_now: bool) -> ServiceQuery:
    """A phrase's search: with filters, 24 years and crisis (as keystrokes.py sets them)."""
    from ifg_desktop.directory.query import AvailabilityFilter, ServiceQuery
    from ifg_desktop.models import Urgency

    return ServiceQuery(
        text=text,
        age_months=24 * 12 if filtered else None,
        urgency=Urgency.CRISIS if filtered else None,
        availability=AvailabilityFilter.OPEN if open_now else AvailabilityFilter.ANY,
    )


def _sleep_until(moment: float) -> None:
    left = moment - time.monotonic()
    if left > 0:
        time.sleep(left)


def desk_process(number: int, url: str, moment: datetime, pipe: Connection) -> None:
    """One desk in a process of its own: open, listen, show the first page, then do what
    the benchmark says (``type``, ``changes``, ``stop``)."""
    from ifg_desktop.db.notices import ChangeListener
    from ifg_desktop.directory.search_plan import warm
    from ifg_desktop.directory.seed import open_directory

    database = open_directory(url)  # as the window opens it
    changes: list[float] = []
    lost: list[str] = []
    # As the window's bridge does: the listener is told the Database, which then counts
    # the notices as its data_version instead of asking the server once a second.
    listener = ChangeListener(
        database,
        on_change=lambda: changes.append(time.monotonic()),
        on_lost=lost.append,
        on_back=lambda: None,
    )
    listener.start()
    listening = listener.wait_listening(30)
    warm(database)  # what the window reads on a thread of its own while it starts
    desk = Desk(database, moment)
    desk.search(_query("", False, False))  # the first page on start
    pipe.send(("ready", os.getpid(), listening))
    try:
        while True:
            try:
                command, *args = pipe.recv()
            except EOFError:  # the benchmark ended
                break
            if command == "type":
                phrases, start = args
                pipe.send(("typed", type_phrases(desk, phrases, random.Random(number), start)))
            elif command == "changes":
                pipe.send(("changes", list(changes), list(lost)))
            elif command == "stop":
                break
    finally:
        listener.stop()
        database.dispose()


# -- the phases -----------------------------------------------------------------------------
def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "p50_ms": statistics.median(values),
        "p95_ms": query_step.p95(values),
        "max_ms": max(values),
    }


def _typing_figures(typed: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """``keystroke``: to the rows of the first paint; ``step``: each keystroke's longest
    step; ``done``: page and count before the next key, and how long those took."""
    keys = [key for desk in typed for key in desk]
    slowest = sorted(keys, key=lambda key: key["first_ms"], reverse=True)[:5]
    done = [key["ms"] for key in keys if key["done"]]
    return {
        "desks": len(typed),
        "keystroke": _percentiles([key["first_ms"] for key in keys]),
        "step": _percentiles([key["step_max_ms"] for key in keys]),
        "done_share": len(done) / len(keys) if keys else 0.0,
        "done": _percentiles(done),
        "slowest": [{"text": key["text"], "ms": round(key["first_ms"], 1)} for key in slowest],
    }


def poll_like_before(conninfo: str, desks: int, seconds: float, postmaster: int) -> dict[str, Any]:
    """``desks`` threads, each on a connection of its own, asking what the window asked
    every 500 ms before change notices (``Database._counted_data_version``; a transaction
    each, as SQLAlchemy's ``connect()`` makes it)."""
    import psycopg

    sql = (
        "SELECT (SELECT max(id) FROM audit_entry), "
        "(SELECT max(updated_at) FROM service), (SELECT count(*) FROM service)"
    )
    connections = [psycopg.connect(conninfo) for _ in range(desks)]
    stopping = threading.Event()
    polls = [0] * desks

    def poll(number: int) -> None:
        connection = connections[number]
        stopping.wait(random.Random(number).uniform(0, POLL_SECONDS))
        while not stopping.is_set():
            connection.execute(sql).fetchone()
            connection.rollback()
            polls[number] += 1
            stopping.wait(POLL_SECONDS)

    threads = [threading.Thread(target=poll, args=(n,), daemon=True) for n in range(desks)]
    for thread in threads:
        thread.start()
    time.sleep(POLL_SECONDS * 2)  # every poller under way
    meter = CpuMeter(postmaster, [os.getpid()])
    time.sleep(seconds)
    figures: dict[str, Any] = meter.stop()
    stopping.set()
    for thread in threads:
        thread.join()
    for connection in connections:
        connection.close()
    figures["polls"] = sum(polls)
    return figures


def commit_changes(
    url: str, keys: Sequence[str], spacing: float, started: threading.Event
) -> list[tuple[float, float]]:
    """A coordinator's "verified today" on each service of ``keys``, ``spacing`` seconds
    apart: (monotonic before the call, monotonic after it returned) of each commit."""
    from ifg_desktop.db import open_database
    from ifg_desktop.directory.editing import load_service, verify_today

    database = open_database(url)
    load_service(database, keys[0])  # SQLAlchemy's ORM imported and warm before the first
    commits = []
    started.wait()
    time.sleep(spacing / 2)
    for key in keys:
        before = time.monotonic()
        verify_today(database, key, by="benchmark", today=date(2026, 12, 1))
        commits.append((before, time.monotonic()))
        time.sleep(spacing)
    database.dispose()
    return commits


def change_latencies(
    commits: list[tuple[float, float]], heard: list[list[float]]
) -> dict[str, Any]:
    """For each commit and desk, the first on_change after the commit began (and before the
    next one began), less the moment the commit returned."""
    latencies: list[float] = []
    missed = 0
    for index, (before, after) in enumerate(commits):
        until = commits[index + 1][0] if index + 1 < len(commits) else float("inf")
        for times in heard:
            seen = [moment for moment in times if before <= moment < until]
            if seen:
                latencies.append((min(seen) - after) * 1000)
            else:
                missed += 1
    return {
        "changes": len(commits),
        "desks": len(heard),
        "seen": len(latencies),
        "missed": missed,
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": query_step.p95(latencies) if latencies else None,
        "max_ms": max(latencies) if latencies else None,
        "commit_ms": statistics.median((after - before) * 1000 for before, after in commits),
    }


def run(
    count: int,
    folder: Path,
    *,
    keep: Path | None = None,
    desks: int = DESKS,
    short: bool = False,
    phrases: int | None = None,
) -> dict[str, Any]:
    """Start a server, fill it, measure; every figure of the PostgreSQL row."""
    import psycopg

    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.seed import open_directory
    from tests.postgres_server import running_server

    phrases = phrases or (2 if short else 6)
    idle_seconds = 5.0 if short else 10.0
    moment = datetime(2026, 12, 1, 10, 30, tzinfo=BRUSSELS)
    result: dict[str, Any] = {"services": count, "database": "postgresql"}
    print(f"\n== {count:,} services on PostgreSQL", flush=True)
    with running_server() as template:
        _admin(template, f'CREATE DATABASE "{DATABASE}"')
        url = template.format(name=DATABASE)
        conninfo = libpq_url(url)
        with psycopg.connect(conninfo) as db:
            row = db.execute("SHOW server_version").fetchone()
            result["server"] = f"PostgreSQL {row[0] if row else '?'}"
        result["import"] = fill(url, count, folder, keep)
        how = (
            f"restored in {result['import']['restore_s']:.1f} s"
            if "restore_s" in result["import"]
            else f"imported in {result['import']['import_s']:.1f} s"
        )
        print(f"   {result['import']['services']:,} services {how}", flush=True)
        postmaster = _postmaster(conninfo)

        database = open_directory(url)
        result["schema"] = database.read("SELECT version_num FROM alembic_version")[0][0]
        result["query_step"] = query_step.run(
            database,
            None,
            moment,
            repeat=5 if short else 21,
            plain=lambda: psycopg.connect(conninfo, autocommit=True),
            translate=psycopg_sql,
            seconds=3 if short else 20,
        )
        keys = [
            key
            for (key,) in database.read("SELECT key FROM service ORDER BY id LIMIT ?", (CHANGES,))
        ]
        database.dispose()
        step = result["query_step"]
        print(
            f"   query step: p95 {step['p95_geometric_mean']:.2f} ×, "
            f"median {step['geometric_mean']:.2f} × plain psycopg",
            flush=True,
        )

        result["idle_before"] = poll_like_before(conninfo, desks, idle_seconds, postmaster)
        print(
            f"   polling as before, {desks} desks: server "
            f"{result['idle_before']['server_cpu_percent']:.1f} % of a core",
            flush=True,
        )

        context = multiprocessing.get_context("spawn")
        pipes: list[Connection] = []
        processes = []
        for number in range(desks):
            mine, theirs = context.Pipe()
            process = context.Process(
                target=desk_process, args=(number, url, moment, theirs), daemon=True
            )
            process.start()
            theirs.close()
            pipes.append(mine)
            processes.append(process)
        try:
            ready = [_answer(pipe, number) for number, pipe in enumerate(pipes)]
            pids = [pid for _, pid, _ in ready]
            result["listening"] = sum(1 for *_, listening in ready if listening)

            time.sleep(1.0)  # the desks' start settled
            meter = CpuMeter(postmaster, pids)
            time.sleep(idle_seconds)
            result["idle"] = meter.stop()
            print(
                f"   {desks} desks idle, listening: server "
                f"{result['idle']['server_cpu_percent']:.2f} % of a core, desks "
                f"{result['idle']['clients_cpu_percent']:.2f} %",
                flush=True,
            )

            pipes[0].send(("type", desk_phrases(0, phrases), time.monotonic()))
            result["alone"] = _typing_figures([_answer(pipes[0], 0)[1]])
            alone = result["alone"]["keystroke"]
            print(
                f"   1 desk typing: p50 {alone['p50_ms']:.1f} ms, p95 {alone['p95_ms']:.1f} ms",
                flush=True,
            )

            started = threading.Event()
            commits: list[tuple[float, float]] = []
            spacing = 2.0 if short else 3.0
            committer = threading.Thread(
                target=lambda: commits.extend(commit_changes(url, keys, spacing, started))
            )
            committer.start()
            time.sleep(3.0)  # the committer's SQLAlchemy loaded before the typing starts
            meter = CpuMeter(postmaster, pids)
            start = time.monotonic() + 0.5
            for number, pipe in enumerate(pipes):
                pipe.send(("type", desk_phrases(number, phrases), start))
            started.set()
            typed = [_answer(pipe, number)[1] for number, pipe in enumerate(pipes)]
            busy = meter.stop()
            committer.join()
            time.sleep(1.5)  # the last change heard
            result["together"] = _typing_figures(typed) | {
                "server_cpu_percent": busy["server_cpu_percent"],
                "desks_cpu_percent": busy["clients_cpu_percent"],
                "seconds": busy["seconds"],
            }
            together = result["together"]["keystroke"]
            print(
                f"   {desks} desks typing at once: p50 {together['p50_ms']:.1f} ms, "
                f"p95 {together['p95_ms']:.1f} ms, max {together['max_ms']:.0f} ms",
                flush=True,
            )
            heard: list[list[float]] = []
            lost: list[str] = []
            for number, pipe in enumerate(pipes):
                pipe.send(("changes",))
                _, times, said = _answer(pipe, number)
                heard.append(times)
                lost += said
            result["changes"] = change_latencies(commits, heard) | {"lost": lost}
            changes = result["changes"]
            print(
                f"   a change seen by {desks} desks: {changes['seen']} of "
                f"{changes['seen'] + changes['missed']}, p95 {changes['p95_ms']:.0f} ms, "
                f"max {changes['max_ms']:.0f} ms",
                flush=True,
            )
            for pipe in pipes:
                pipe.send(("stop",))
        finally:
            for pipe in pipes:
                pipe.close()  # a desk still waiting hears the end (EOFError)
            for process in processes:
                process.join(5)
                if process.is_alive():
                    process.kill()
    return result


def _answer(pipe: Connection, number: int) -> Any:
    try:
        return pipe.recv()
    except EOFError:
        raise RuntimeError(f"desk {number} ended unexpectedly (its error is above)") from None


def table_row(r: dict[str, Any]) -> str:
    """The row of benchmarks/__main__.py's table."""
    step, together = r["query_step"], r["together"]["keystroke"]
    filled = r["import"]
    how = (
        f"{filled['import_s']:.0f} s"
        if "import_s" in filled
        else f"restored {filled['restore_s']:.0f} s"
    )
    return (
        f"| {r['services']:,} PostgreSQL | {step['geometric_mean']:.2f} × "
        f"(p95 {step['p95_geometric_mean']:.2f} ×) | {r['together']['desks']} desks: "
        f"{together['p50_ms']:.0f} / {together['p95_ms']:.0f} ms "
        f"({together['max_ms']:.0f} ms) | – | – | {how} |"
    )


def _typing_cell(figures: dict[str, Any]) -> str:
    key, step, done = figures["keystroke"], figures["step"], figures["done"]
    text = (
        f"p50 {key['p50_ms']:.1f} / p95 {key['p95_ms']:.1f} / max {key['max_ms']:.0f} ms; "
        f"longest step p95 {step['p95_ms']:.1f} ms; page and count before the next key "
        f"{figures['done_share']:.0%}"
    )
    if done["count"]:
        text += f" (p95 {done['p95_ms']:.0f} ms)"
    return text


def table(r: dict[str, Any]) -> str:
    step, changes, desks = r["query_step"], r["changes"], r["together"]["desks"]
    lines = [
        f"PostgreSQL, {r['services']:,} services (schema {r['schema']}, {r['server']})",
        "",
        "| figure | measured | target |",
        "|---|---|---|",
        f"| query step ÷ plain psycopg | p95 {step['p95_geometric_mean']:.2f} ×, median "
        f"{step['geometric_mean']:.2f} × (geometric means) | p95 ≤ 1.3 × |",
        f"| keystroke to the paint, 1 desk alone | {_typing_cell(r['alone'])} | |",
        f"| keystroke to the paint, {desks} desks at once | {_typing_cell(r['together'])} "
        "| p95 ≤ 30 ms |",
        f"| a change seen by every desk | {changes['seen']} of "
        f"{changes['seen'] + changes['missed']}; p95 {_ms(changes['p95_ms'])}, max "
        f"{_ms(changes['max_ms'])} | within 1 s |",
        f"| server CPU, {desks} desks idle | {r['idle']['server_cpu_percent']:.2f} % of a core "
        f"(the desks {r['idle']['clients_cpu_percent']:.2f} %) | close to nothing |",
        f"| … polling every 500 ms as before | {r['idle_before']['server_cpu_percent']:.2f} % "
        f"(the pollers {r['idle_before']['clients_cpu_percent']:.2f} %) | |",
        f"| server CPU, {desks} desks typing | {r['together']['server_cpu_percent']:.0f} % "
        f"(the desks {r['together']['desks_cpu_percent']:.0f} %) | |",
    ]
    filled = r["import"]
    if "import_s" in filled:
        lines.append(f"| import (the application's) | {filled['import_s']:.1f} s | |")
    else:
        lines.append(f"| restore of the kept dump | {filled['restore_s']:.1f} s | |")
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.shared_database", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--desks", type=int, default=DESKS)
    parser.add_argument("--phrases", type=int, help="phrases each desk types (6; --short: 2)")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks/results/postgres-latest.json"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep the HSDS file and a dump of the filled database here"
    )
    parser.add_argument(
        "--short", action="store_true", help="few repetitions: checks it runs, not speed"
    )
    args = parser.parse_args(argv)
    if server_programs() is None:
        print("no PostgreSQL server programs (initdb, pg_ctl) here", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ifg-pgbench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.time()
    try:
        result = run(
            args.size,
            folder,
            keep=args.keep,
            desks=args.desks,
            short=args.short,
            phrases=args.phrases,
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    report = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "targets": TARGETS,
        "result": result,
        "seconds": round(time.time() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str))
    print("\n" + table(result))
    print(f"\n{report['seconds']:.0f} s; figures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Two at once: a write lock held past the busy timeout, two coordinators saving one
service, a reader during an import, and a PostgreSQL server stopped in the middle of an
import.

Random delays and moments come from a seed (IFG_FAULT_SEED), so a failure can be replayed.
"""

from __future__ import annotations

import copy
import io
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from ifg_desktop.cli import main
from ifg_desktop.db import Database, DatabaseProblem, open_database
from ifg_desktop.db import engine as engine_module
from ifg_desktop.directory.audit import history
from ifg_desktop.directory.editing import EditConflict, load_service, update_service
from ifg_desktop.directory.hsds import apply_import, export_directory, plan_import
from ifg_desktop.directory.hsds.search_terms import is_taxonomy_term
from ifg_desktop.directory.query import ServiceQuery, find_services
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.directory.vocabulary import TermRecord, read_terms, save_term
from tests.faults.conftest import FaultCounts
from tests.postgres_server import Server as _Server

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("IFG_FAULT_SEED", "20261201"))
TIMEOUT_MS = 300
HANG = 10.0  # seconds: far past the busy timeout; only a hang takes this long
Snapshot = Callable[[Path], list[str]]


# --------------------------------------------------------------------------------- helpers


def _services_file(database: Database, folder: Path) -> list[dict[str, Any]]:
    """The directory's services as HSDS documents (no search terms: they stay as they are)."""
    exported = folder / "export.json"
    export_directory(database, exported)
    documents = json.loads(exported.read_text(encoding="utf-8"))
    return [document for document in documents if not is_taxonomy_term(document)]


def _extra(model: dict[str, Any], number: int, name: str) -> dict[str, Any]:
    """A new service made from ``model``: its own id, key and name."""
    extra = copy.deepcopy(model)
    extra["id"] = f"00000000-0000-4000-8000-{number:012d}"
    extra["name"] = name
    extra["attributes"][0]["value"] = f"testdienst-{number}"  # its key
    for part in ("phones", "schedules", "attributes"):
        for item in extra.get(part, []):
            item.pop("id", None)
    return extra


def _write(path: Path, documents: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return path


def _in_thread(action: Callable[[], object]) -> object:
    """What ``action`` returned or raised; fails instead of waiting for a hang."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as error:  # handed to the test, whatever it is
            outcome["value"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG)
    assert not thread.is_alive(), f"still waiting after {HANG} s: a hang"
    return outcome["value"]


def _told_locked(error: object) -> str:
    """The Dutch sentence of a lock, on one line; anything else fails the test."""
    assert isinstance(error, DatabaseProblem), repr(error)
    message = str(error)
    assert "\n" not in message and message.strip() == message
    assert "vergrendeld door een ander programma" in message, message
    assert error.retry_later
    return type(error).__name__


# --------------------------------------------------------------- a lock past the busy timeout


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", TIMEOUT_MS)


@pytest.mark.usefixtures("short_timeout")
def test_writes_give_up_on_a_lock_held_past_the_busy_timeout(
    database: Database,
    tmp_path: Path,
    snapshot: Snapshot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fault_counts: FaultCounts,
) -> None:
    """Another program holds the write lock and does not let go: every way of writing
    gives up after the busy timeout with the Dutch sentence, and writes nothing."""
    path = database.sqlite_file
    assert path is not None
    documents = _services_file(database, tmp_path)
    documents[0]["name"] += " (bijgewerkt)"
    changed = _write(tmp_path / "changed.json", documents)
    term = read_terms(database)[0].term
    # Opened after the timeout was shortened: its connections wait that long.
    coordinator = open_database(database.target)
    loaded = load_service(coordinator, "vk")
    assert loaded is not None
    plan = plan_import(coordinator, changed)
    assert plan.writes
    before = snapshot(path)
    files = sorted(path.parent.iterdir())

    in_process: dict[str, Callable[[], object]] = {
        "edit": lambda: update_service(
            coordinator,
            replace(loaded.draft, contact_note="Bel eerst."),
            expected_version=loaded.version,
            by="An",
        ),
        "import": lambda: apply_import(coordinator, plan, actor="An"),
        "terms": lambda: save_term(coordinator, TermRecord("proefterm", ("politie",)), by="An"),
    }
    commands = {
        "cli import": ["import", str(changed), "--actor", "An"],
        "cli terms add": ["terms", "add", "proefterm", "--finds", "politie", "--actor", "An"],
        "cli terms remove": ["terms", "remove", term, "--actor", "An"],
        "cli reset-coordinator-password": ["reset-coordinator-password", "--password-stdin"],
    }
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program, in the middle of a write
        for name, action in in_process.items():
            error = _in_thread(action)
            fault_counts.add(f"{name}: {_told_locked(error)}")
            assert snapshot(path) == before, name
        for name, arguments in commands.items():
            monkeypatch.setattr(sys, "stdin", io.StringIO("een-lang-nieuw-wachtwoord-2026\n"))
            capsys.readouterr()
            status = _in_thread(lambda a=arguments: main(["--db", str(path), *a]))
            out, err = capsys.readouterr()
            assert status == 1, (name, status, out, err)
            assert "Traceback" not in err
            assert len(err.splitlines()) == 1, err
            assert err.startswith("ifg-desktop: De databank "), err
            assert "vergrendeld door een ander programma" in err, err
            fault_counts.add(f"{name}: exit 1, one Dutch line")
            assert snapshot(path) == before, name
    finally:
        holder.close()
        coordinator.dispose()
    assert snapshot(path) == before
    assert sorted(path.parent.iterdir()) == files  # no backup made for nothing either


# ------------------------------------------------------------- two coordinators, one service

SAVES = 24


def _save_at_once(
    coordinators: list[Database], start: Any, notes: list[str], delays: list[float]
) -> dict[int, object]:
    """Each coordinator saves ``start`` with their note, after their delay; what each got."""
    barrier = threading.Barrier(len(coordinators))
    outcomes: dict[int, object] = {}

    def save(index: int) -> None:
        try:
            barrier.wait(timeout=HANG)
            time.sleep(delays[index])
            outcomes[index] = update_service(
                coordinators[index],
                replace(start.draft, contact_note=notes[index]),
                expected_version=start.version,
                by=f"Coördinator {index}",
            )
        except BaseException as error:  # judged by the test, whatever it is
            outcomes[index] = error

    threads = [
        threading.Thread(target=save, args=(i,), daemon=True) for i in range(len(coordinators))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG)
    assert not any(thread.is_alive() for thread in threads), "a save hangs"
    return outcomes


def test_two_coordinators_saving_one_service_at_once(
    any_database: Database, fault_counts: FaultCounts
) -> None:
    """Both loaded the same version and save at (nearly) the same moment: one save wins,
    the other is told of the conflict; never both, never a save that disappears."""
    rng = random.Random(f"{SEED}-saves-{any_database.dialect}")
    key = "ocj"
    coordinators = [open_database(any_database.target) for _ in range(2)]
    try:
        for round_number in range(SAVES):
            start = load_service(any_database, key)
            assert start is not None
            trail_before = len(history(any_database, key))
            notes = [f"Ronde {round_number} door {i}" for i in range(2)]
            delays = [rng.uniform(0.0, 0.02) for _ in range(2)]
            outcomes = _save_at_once(coordinators, start, notes, delays)
            won = [i for i, o in outcomes.items() if not isinstance(o, BaseException)]
            lost = [i for i, o in outcomes.items() if isinstance(o, EditConflict)]
            assert len(won) == 1 and len(lost) == 1, outcomes
            # The winner's save is there, and only it: nothing lost, nothing merged.
            final = load_service(any_database, key)
            assert final is not None
            assert final.version == start.version + 1
            assert final.draft.contact_note == notes[won[0]]
            assert len(history(any_database, key)) == trail_before + 1
            loser = outcomes[lost[0]]
            assert isinstance(loser, EditConflict) and loser.current is not None
            assert loser.current.version == final.version
            first = "the later one" if delays[won[0]] > delays[lost[0]] else "the first one"
            fault_counts.add(f"{first} saved, the other told of the conflict")
    finally:
        for coordinator in coordinators:
            coordinator.dispose()


# ----------------------------------------------------------------- a reader during an import

ALREADY = 520  # services beside the shipped ones: more than one batch of reading (500)
IMPORTS = 2
Names = frozenset[tuple[str, str]]


def _names(database: Database) -> Names:
    return frozenset((s.key, s.name) for s in find_services(database, ServiceQuery()))


def _between(read: Names, states: list[Names]) -> str:
    """Which import a mixed read straddles, and how much of it is from each side."""
    step = max(
        range(1, len(states)),
        key=lambda k: len(read & states[k - 1]) + len(read & states[k]),
    )
    old = len(read & states[step - 1] - states[step])
    new = len(read & states[step] - states[step - 1])
    missing = len(states[step] - read)
    return (
        f"during import {step}: {len(read)} services, {old} named as before it and {new} "
        f"as after it; {missing} of after it missing"
    )


def test_a_reader_sees_the_directory_before_or_after_an_import(
    any_database: Database, tmp_path: Path, fault_counts: FaultCounts
) -> None:
    """A worker searches again and again while a coordinator imports: each answer is the
    directory before an import or after it, never half of each, and none fails."""
    database = any_database
    documents = _services_file(database, tmp_path)
    model = documents[0]
    added = [_extra(model, n, f"Testdienst {n}") for n in range(ALREADY)]
    setup = _write(tmp_path / "setup.json", [*documents, *added])
    apply_import(database, plan_import(database, setup), actor="Opzet")

    states = [_names(database)]
    reads: list[Names] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def search() -> None:
        reader = open_database(database.target)  # a worker's own program
        try:
            while not stop.is_set():
                reads.append(_names(reader))
                time.sleep(0.02)  # a worker typing: the import gets its turn too
        except BaseException as error:  # reported by the test
            failures.append(error)
        finally:
            reader.dispose()

    worker = threading.Thread(target=search, daemon=True)
    worker.start()
    try:
        for round_number in range(IMPORTS):
            # Renamed all over the display order (every batch of reading), and a few added.
            renamed = [
                dict(document, name=f"{document['name']} (ronde {round_number})")
                if number % 20 == round_number
                else document
                for number, document in enumerate(added)
            ]
            more = [
                _extra(model, ALREADY + 10 * round_number + n, f"Nieuw {round_number}-{n}")
                for n in range(10)
            ]
            added = [*renamed, *more]
            file = _write(tmp_path / f"ronde-{round_number}.json", [*documents, *added])
            time.sleep(0.2)  # a few reads of the state before
            apply_import(database, plan_import(database, file), actor="An")
            states.append(_names(database))
        time.sleep(0.2)
    finally:
        stop.set()
        worker.join(60)
    assert not worker.is_alive(), "the reader hangs"
    assert not failures, failures
    assert len(set(states)) == IMPORTS + 1  # each import changed what a search shows
    mixed = [read for read in reads if read not in states]
    for read in reads:
        where = f"state {states.index(read)}" if read in states else "between two states"
        fault_counts.add(f"read, {where}")
    assert not mixed, (
        f"{len(mixed)} of {len(reads)} reads between two states (seed {SEED}), the first "
        + _between(mixed[0], states)
    )
    assert len({states.index(read) for read in reads}) > 1, "the reads saw no import"


# --------------------------------------------------------- a server stopped in mid-import

STOPS = 5
MOST_STOPS = 10
STOPPING_BUDGET = 30.0  # seconds: more stops than STOPS while the run is short
IMPORT_ADDS = 2000


def _service_names(url: str) -> tuple[tuple[str, str], ...]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT key, name FROM service ORDER BY key"))
            return tuple((str(key), str(name)) for key, name in rows)
    finally:
        engine.dispose()


def _import_process(url: str, file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ifg_desktop", "--db", url, "import", str(file), "--actor", "test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _planned(process: subprocess.Popen[str]) -> None:
    """Wait for the plan's first line: the import's writing begins right after it."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, process.stderr.read() if process.stderr else ""


def test_a_server_stopped_in_mid_import(
    own_server: _Server, tmp_path: Path, fault_counts: FaultCounts
) -> None:
    """The server stops (``pg_ctl stop -m immediate``) at a random moment of an import of a
    few thousand services: the command says so in one Dutch line and exits 1; started
    again, the server holds the directory from before or from after, never between."""
    rng = random.Random(f"{SEED}-server-stopped")
    server = own_server
    template, work = f"seeded_{uuid.uuid4().hex[:8]}", "work"
    server.admin(f'CREATE DATABASE "{template}"')
    seeded = open_directory(server.url.format(name=template))
    try:
        documents = _services_file(seeded, tmp_path)
    finally:
        seeded.dispose()
    changed = [dict(document, name=f"{document['name']} (bijgewerkt)") for document in documents]
    changed += [_extra(documents[0], n, f"Testdienst {n}") for n in range(IMPORT_ADDS)]
    file = _write(tmp_path / "import.json", changed)
    url = server.url.format(name=work)

    def fresh() -> None:
        server.admin(
            f'DROP DATABASE IF EXISTS "{work}" WITH (FORCE)',
            f'CREATE DATABASE "{work}" TEMPLATE "{template}"',
        )

    # One undisturbed import: the state after it, and how long its writing takes.
    fresh()
    before = _service_names(url)
    process = _import_process(url, file)
    _planned(process)
    started = time.monotonic()
    _, err = process.communicate(timeout=300)
    writing = time.monotonic() - started
    assert process.returncode == 0, err
    after = _service_names(url)
    assert len(after) == len(before) + IMPORT_ADDS

    budget = time.monotonic() + STOPPING_BUDGET
    stops = 0
    while stops < STOPS or (stops < MOST_STOPS and time.monotonic() < budget):
        stops += 1
        fresh()
        process = _import_process(url, file)
        try:
            _planned(process)
            # A random moment in one slice of the writing, stretched (a loaded machine
            # writes slower some runs): the stops spread from its first statement to past
            # its commit.
            slot = (stops - 1) % STOPS
            time.sleep((slot + rng.random()) / STOPS * 1.3 * writing)
            finished_first = process.poll() is not None
            server.stop()
            try:
                out, err = process.communicate(timeout=60)
            finally:
                server.start()
        finally:
            if process.poll() is None:  # the test failed: leave no process behind
                process.kill()
                process.communicate()
        assert "Traceback" not in err, err
        if process.returncode == 0:
            assert not err, err
        else:
            assert process.returncode == 1, (process.returncode, err)
            assert len(err.splitlines()) == 1, err
            assert err.startswith("ifg-desktop: De databank"), err
        state = _service_names(url)
        assert state in (before, after), (
            f"stop {stops} (seed {SEED}): {len(state)} services, between before "
            f"({len(before)}) and after ({len(after)})"
        )
        if process.returncode == 0:  # it said "imported": then it is there
            assert state == after, out
        outcome = "before" if state == before else "after"
        how = "finished before the stop" if finished_first else f"exit {process.returncode}"
        fault_counts.add(f"stopped, {how}, {outcome}")
        # The next search, on the server started again, works.
        status = main(["--db", url, "find", "politie"])
        assert status == 0

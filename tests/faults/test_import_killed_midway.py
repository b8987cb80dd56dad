"""An import killed half-way (SIGKILL, another process) leaves the database as it was."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from ifg_desktop.db import Database

# Runs in the child: import with small batches and a tiny page cache (so the transaction's
# pages really go to the WAL file on disk), then stop half-way and wait to be killed.
CHILD = r"""
import sys, time
from pathlib import Path
from sqlalchemy import event
from ifg_desktop.db import open_database
from ifg_desktop.directory import bulk
from ifg_desktop.directory.hsds import Phase, apply_import, plan_import

bulk.BATCH = 100
database = open_database(sys.argv[1])
event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA cache_size = 5"))
database.engine.dispose()
plan = plan_import(database, Path(sys.argv[2]))

def progress(phase, done, total):
    if phase == Phase.WRITING and done >= total // 2:
        print("HALF", flush=True)
        time.sleep(120)

apply_import(database, plan, actor="test", progress=progress)
print("DONE", flush=True)
"""


@pytest.mark.slow
def test_sigkill_half_way_leaves_the_database_as_it_was(
    database: Database, tmp_path: Path, snapshot: Callable[[Path], list[str]]
) -> None:
    assert database.url.database is not None
    path = Path(database.url.database)
    documents = [
        {"id": f"dienst-{i:05}", "name": f"Dienst {i}", "status": "active",
         "description": "Een dienst met wat tekst om de pagina's te vullen. " * 5,
         "phones": [{"id": f"p{i}", "number": "03 260 72 80"}],
         "schedules": [{"id": f"s{i}", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                        "opens_at": "09:00", "closes_at": "17:00"}]}
        for i in range(2000)
    ]  # fmt: skip
    source = tmp_path / "groot.json"
    source.write_text(json.dumps(documents), encoding="utf-8")
    database.dispose()
    before = snapshot(path)

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "HALF", child.stderr.read() if child.stderr else line
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 100_000  # half an import is on disk
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    assert snapshot(path) == before
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM service").fetchone() == (17,)

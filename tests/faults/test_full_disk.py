"""A full disk during an import: the import says so in one Dutch line and the database
stays as it was. The disk is made "full" for one process with a file size limit
(RLIMIT_FSIZE): every write past it fails as it would on a full disk, without root."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ifg_desktop.db.backup import check_backup
from ifg_desktop.directory.hsds import export_directory
from ifg_desktop.directory.seed import open_directory
from tests.faults.conftest import FaultCounts

pytestmark = pytest.mark.slow


def _limited_to(size: int) -> Callable[[], None]:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize(
    ("where", "room"),
    [
        ("before the backup is complete", lambda size: size // 2),
        ("while the import writes", lambda size: size + 16 * 1024),
    ],
    ids=["backup", "writing"],
)
def test_an_import_on_a_full_disk_changes_nothing(
    tmp_path: Path,
    snapshot: Callable[[Path], list[str]],
    fault_counts: FaultCounts,
    where: str,
    room: Callable[[int], int],
) -> None:
    path = tmp_path / "ifg.sqlite3"
    database = open_directory(str(path))
    export_directory(database, tmp_path / "export.json")
    database.dispose()
    services = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    for service in services:
        service["name"] = f"{service['name']} (bijgewerkt)"
        service["description"] = "Een lange beschrijving. " * 400
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    before = snapshot(path)
    result = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", str(path), "import", str(changed)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited_to(room(path.stat().st_size)),
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("ifg-desktop: "), result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(path) == before
    for backup in tmp_path.glob("ifg.*.bak.sqlite3"):
        check_backup(backup)  # a copy kept is a complete one
    fault_counts.add(f"full {where}: exit 1, one line, nothing changed")
    print(lines[0])

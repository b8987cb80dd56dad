"""Hostile command lines: each gets its exit status and at most a usage line plus one Dutch
line, never a traceback, and the database stays exactly as it was.

Exit status (README): 0 done, 1 the database or a file said no, 2 a usage error, 3 nothing
has that key.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from tests.faults.conftest import FaultCounts

# Each case: the arguments after ``--db DB`` ("{tmp}" is the test's folder), the exit status.
FIND = [
    (["find", "'\"()[]{}*%_\\;--"], 0),
    (["find", "a" * 100_000], 0),
    (["find", "\x1b]0;pwned\x07 politie"], 0),
    (["find", "%s%n%x{0}"], 0),
    (["find", "a\x00b"], 0),
    (["find", "  "], 0),
    (["find", "--age", "-5"], 2),
    (["find", "--age", "999999999999999999999"], 2),
    (["find", "--age", "nan"], 2),
    (["find", "--age", ""], 2),
    (["find", "--age", "1e309"], 2),
    (["find", "--age", "2j99999999999m"], 2),
    (["find", "--age", "٣"], 0),  # an Arabic-Indic 3: still three years
    (["find", "--open-at", "9999-12-31T23:59+14:00"], 2),
    (["find", "--open-at", "0001-01-01T00:00"], 2),
    (["find", "--open-at", "0001-01-01T00:00-14:00"], 2),
    (["find", "--open-at", "2026-13-01"], 2),
    (["find", "--open-at", ""], 2),
    (["find", "--open-at", "nu"], 2),
    (["find", "--open-at", "2026-03-29T02:30"], 0),  # the hour that does not exist
    (["find", "--open-at", "2026-10-25T02:30"], 0),  # the hour that happens twice
    (["find", "--urgency", "bogus"], 2),
    (["find", "--theme", "bestaat-niet"], 2),
    (["find", "--format", "xml"], 2),
    (["find", "--open-now", "--always-open"], 2),
    (["find", "--audience", "iedereen"], 2),
    (["find", "--bogus"], 2),
    (["find", "\ud800"], 2),  # a byte that was not UTF-8, as Python keeps it
    (["find", "--", "--age"], 0),
    (["find", "a", "b"], 2),
]
SHOW = [
    (["show"], 2),
    (["show", ""], 3),
    (["show", "../../etc/passwd"], 3),
    (["show", "x" * 10_000], 3),
    (["show", "politie", "--format", "yaml"], 2),
    (["show", "\udcff"], 2),
    (["show", "'; DROP TABLE service; --"], 3),
    (["check", "--format", "csv"], 2),
]
AUDIT = [
    (["audit", "--since", "gisteren"], 2),
    (["audit", "--since", "0001-01-01"], 2),
    (["audit", "--since", "9999-12-31T23:59:59+14:00"], 2),
    (["audit", "bestaat-niet"], 3),
    (["audit", "politie"], 0),
]
FILES = [
    (["import"], 2),
    (["import", "{tmp}/bestaat-niet.json"], 1),
    (["import", "{tmp}"], 1),
    (["import", "{tmp}/notes.txt"], 2),
    (["import", "{tmp}/garbage.json", "--format", "pdf"], 2),
    (["import", "{tmp}/garbage.json"], 1),
    (["import", "{tmp}/empty.json"], 1),
    (["import", "{tmp}/not-a-zip.zip"], 1),
    (["import", "{tmp}/empty.zip"], 1),
    (["import", "{tmp}/list.json"], 1),
    (["import", "--dry-run", "{tmp}/garbage.json"], 1),
    (["export", "{tmp}/nieuwe-map/sub/x.json"], 0),  # an export makes the folders it names
    (["export", "{tmp}/x.pdf"], 2),
    (["export", "{tmp}/notes.txt/x.json"], 1),
    (["restore", "{tmp}/bestaat-niet.sqlite3"], 1),
    (["restore", "{tmp}/notes.txt"], 1),
    (["restore", "{tmp}/empty.json"], 1),
    (["restore", "{db}"], 1),
    (["backup", "{db}"], 1),
    (["backup", "{tmp}"], 1),
    # Not a regular file: a pipe would be waited on for ever, a device replaced.
    (["import", "{tmp}/pijp", "--format", "hsds-json"], 1),
    (["import", "/dev/zero", "--format", "hsds-json"], 1),
    (["export", "{tmp}/pijp", "--format", "hsds-json"], 1),
    (["backup", "{tmp}/pijp"], 1),
    (["restore", "{tmp}/pijp"], 1),
    (["terms", "add", "", "--finds", "politie"], 2),
    (["terms", "add", "proef", "--finds", ""], 2),
    (["terms", "add", "proef", "--finds", "politie", "--flag", "bestaat-niet"], 2),
    (["terms", "remove", ""], 3),
    (["terms", "verwijder", "x"], 2),
]
GLOBAL = [
    (["--db", "mysql://u@localhost/db", "find"], 1),
    (["--db", "foo://bar", "find"], 1),
    (["--db", "://", "find"], 1),
    (["--db", "{tmp}/bestaat-niet/ifg.sqlite3", "find"], 1),
    (["--db", "{tmp}", "find"], 1),
    (["--db", "{tmp}/notes.txt", "find"], 1),
    (["--db", "{tmp}/empty.json", "find"], 0),  # an empty file is an empty SQLite database
    (["--db", "{tmp}/pijp", "find"], 1),
    (["--db", "{tmp}/pijp", "restore", "{tmp}/notes.txt"], 1),
    (["--db", "postgresql+psycopg://nobody@127.0.0.1:1/x?connect_timeout=2", "find"], 1),
    (["bogus-command"], 2),
    (["--version"], 0),
    (["find", "--help"], 0),
]


def _files(folder: Path) -> None:
    (folder / "notes.txt").write_text("geen databank\n", encoding="utf-8")
    (folder / "garbage.json").write_bytes(b"\xff\xfe{{{\x00 not json")
    (folder / "empty.json").write_bytes(b"")
    (folder / "list.json").write_text("[1, 2, 3]", encoding="utf-8")
    (folder / "not-a-zip.zip").write_bytes(b"PK\x03\x04 but not really")
    with zipfile.ZipFile(folder / "empty.zip", "w"):
        pass
    os.mkfifo(folder / "pijp")


def _answer(args: list[str]) -> int | str:
    try:
        return main(args)
    except SystemExit as done:  # argparse: usage errors, --help, --version
        return int(done.code or 0)
    except Exception as bug:  # what the user would have seen as a traceback
        return f"{type(bug).__name__}: {bug}"


@pytest.mark.parametrize(
    "group", [FIND, SHOW, AUDIT, FILES, GLOBAL], ids=["find", "show", "audit", "files", "global"]
)
def test_every_hostile_argument_gets_an_exit_status_and_a_dutch_line(
    group: list[tuple[list[str], int]],
    database: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    snapshot: Callable[[Path], list[str]],
    fault_counts: FaultCounts,
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _files(folder)
    before = snapshot(db_path)
    wrong = []
    for arguments, expected in group:
        args = [a.replace("{tmp}", str(folder)).replace("{db}", str(db_path)) for a in arguments]
        if args[0] != "--db":
            args = ["--db", str(db_path), *args]
        code = _answer(args)
        _, err = capsys.readouterr()
        fault_counts.add("traceback" if isinstance(code, str) else f"exit {code}")
        lines = err.strip().splitlines()
        complaint = lines[-1] if lines else ""
        if isinstance(code, str):
            wrong.append((arguments[:4], f"traceback: {code[:200]}"))
        elif code != expected:
            wrong.append((arguments[:4], f"exit {code}, expected {expected}: {complaint[:200]}"))
        elif "Traceback" in err or (code != 0 and not complaint.startswith("ifg-desktop")):
            wrong.append((arguments[:4], f"not one clear line: {err[-400:]}"))
        elif any(english in err for english in ("error:", "invalid choice", "required:")):
            wrong.append((arguments[:4], f"English: {complaint[:200]}"))
    assert wrong == [], "\n".join(map(str, wrong))
    assert snapshot(db_path) == before
    # Nothing appeared where a typo pointed.
    assert not (folder / "bestaat-niet").exists()
    assert stat.S_ISFIFO((folder / "pijp").stat().st_mode)  # never replaced by a file

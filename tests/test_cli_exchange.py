"""import, export, backup and restore on the command line: exit 0, 1 (bad file), 2 (usage)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ifg_desktop.cli import main

Snapshot = Callable[[Path], list[str]]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_elsewhere(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "uit.json"
    code, out, _ = run(capsys, "--db", str(db_path), "export", str(target))
    assert code == 0 and "17 dienst(en)" in out
    other = tmp_path / "ander.sqlite3"
    code, out, _ = run(capsys, "--db", str(other), "import", str(target))
    assert code == 0 and "0 nieuw, 0 gewijzigd, 17 ongewijzigd" in out  # seeded alike


def test_dry_run_lists_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, hsds_data: Path, snapshot: Snapshot
) -> None:
    run(capsys, "--db", str(db_path), "check")  # create it
    before = snapshot(db_path)
    code, out, _ = run(
        capsys, "--db", str(db_path), "import", str(hsds_data / "examples" / "csv"), "--dry-run"
    )
    assert code == 0
    assert "1 nieuw" in out and "Proefdraai" in out and "languages" in out
    assert snapshot(db_path) == before


def test_import_applies_and_names_the_backup(
    capsys: pytest.CaptureFixture[str], db_path: Path, hsds_data: Path
) -> None:
    source = hsds_data / "examples" / "service_full.json"
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(source), "--actor", "An")
    assert code == 0 and "Geïmporteerd: 1 nieuw" in out and ".import.bak." in out
    code, out, _ = run(capsys, "--db", str(db_path), "show", "ac148810-d857-441c-9679-408f346de14b")
    assert code == 0 and "Community Counselling" in out


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kapot.json", '[{"id": "x", "name": '),
        ("fout.json", '[{"id": "x", "name": "X", "status": "active", "minimum_age": "oud"}]'),
        ("leeg.zip", ""),
        ("ontbreekt.json", None),
    ],
)
def test_a_bad_file_exits_1_with_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    snapshot: Snapshot,
    name: str,
    content: str | None,
) -> None:
    run(capsys, "--db", str(db_path), "check")
    before = snapshot(db_path)
    source = tmp_path / name
    if content is not None:
        source.write_text(content)
    code, _out, err = run(capsys, "--db", str(db_path), "import", str(source))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and name in err
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["import", "lijst.txt"],
        ["import", "x.json", "--format", "xml"],
        ["export"],
        ["export", "uit.txt"],
        ["restore"],
        ["backup", "a", "b"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(args)
    assert raised.value.code == 2


def test_backup_and_restore(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, snapshot: Snapshot
) -> None:
    run(capsys, "--db", str(db_path), "check")
    copy = tmp_path / "kopie.sqlite3"
    code, out, _ = run(capsys, "--db", str(db_path), "backup", str(copy))
    assert code == 0 and str(copy) in out
    saved = snapshot(db_path)
    code, out, _ = run(capsys, "--db", str(db_path), "backup")
    assert code == 0 and ".handmatig.bak." in out
    source = tmp_path / "extra.json"
    source.write_text(json.dumps([{"id": "extra", "name": "Extra", "status": "active"}]))
    run(capsys, "--db", str(db_path), "import", str(source))
    code, out, _ = run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 0 and ".voor-herstel.bak." in out
    assert snapshot(db_path) == saved


def test_restore_of_a_bad_file_exits_1(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "geen.sqlite3"
    bad.write_text("tekst")
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(bad))
    assert code == 1 and "geen SQLite-databank" in err


def test_backup_of_a_missing_database_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "nergens.sqlite3"), "backup")
    assert code == 1 and "bestaat" in err


@pytest.mark.slow
def test_bad_file_in_a_real_process(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "kapot.json"
    source.write_bytes(b"\xff\xfe\x00garbage")
    result = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", str(db_path), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


# A fresh process, as `ifg-desktop import` runs: reports whether the ORM's mappers were
# configured (SQLAlchemy does that at the first statement about a mapped class: 14 ms).
_FRESH_IMPORT = """
import json, sys
from sqlalchemy import event
from sqlalchemy.orm import Mapper
configured = []
event.listen(Mapper, "before_configured", lambda: configured.append(True))
from ifg_desktop.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "configured": bool(configured)}, out)
"""


@pytest.mark.slow
def test_an_import_in_a_fresh_process_needs_no_orm(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """An import that adds, changes and keeps services, with its trail, is written in Core
    statements: a 1,000-service re-import takes some 0.1 s beside the modules' loading,
    and configuring the mappers would be 14 ms of it."""
    exported = tmp_path / "uit.json"
    assert main(["--db", str(db_path), "export", str(exported)]) == 0
    documents = json.loads(exported.read_text("utf-8"))
    documents[0]["description"] = "Gewijzigd in het bestand."
    documents.append({"id": "nieuw-uit-bestand", "name": "Nieuwe dienst", "status": "active"})
    changed = tmp_path / "gewijzigd.json"
    changed.write_text(json.dumps(documents, ensure_ascii=False), "utf-8")
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_IMPORT, str(report), "--db", str(db_path), "import",
         str(changed), "--actor", "An"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert json.loads(report.read_text()) == {"code": 0, "configured": False}, done.stderr
    # ... and it was written.
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(changed), "--dry-run")
    assert code == 0 and "0 nieuw, 0 gewijzigd, 18 ongewijzigd" in out

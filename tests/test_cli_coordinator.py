"""The command line of coordinator mode: the trail, and the forgotten-password recovery."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database, open_database
from ifg_desktop.directory.auth import set_first_password, verify_password
from ifg_desktop.directory.editing import load_service, update_service


def _edit(database: Database) -> None:
    loaded = load_service(database, "vk")
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, email="vk@example.org"),
        expected_version=loaded.version,
        by="An",
    )


def test_audit_text_and_json(
    database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(database)
    assert main(["--db", str(db_path), "audit"]) == 0
    out = capsys.readouterr().out
    assert "  An  vk  gewijzigd  e-mail: (leeg) → vk@example.org" in out
    assert "1 wijziging(en)" in out
    assert main(["--db", str(db_path), "audit", "vk", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    row = rows[0]
    assert {
        k: row[k] for k in ("resource_id", "field_name", "previous_value", "replacement_value")
    } == {
        "resource_id": "vk",
        "field_name": "email",
        "previous_value": None,
        "replacement_value": "vk@example.org",
    }
    assert row["updated_by"] == "An" and row["last_action_type"] == "update"
    assert row["last_action_date"].endswith("+00:00")
    assert main(["--db", str(db_path), "audit", "1712", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(db_path), "audit", "--since", "2999-01-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(db_path), "audit", "--since", "2000-01-01", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_audit_bad_date_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["audit", "--since", "gisteren"])
    assert raised.value.code == 2


def test_reset_password_from_the_command_line(
    database: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_first_password(database, "Vergeten-123", by="An")
    monkeypatch.setattr("sys.stdin", io.StringIO("Nieuw-geheim-1\n"))
    assert main(["--db", str(db_path), "reset-coordinator-password", "--password-stdin"]) == 0
    assert "opnieuw ingesteld" in capsys.readouterr().out
    assert verify_password(database, "Nieuw-geheim-1")
    assert not verify_password(database, "Vergeten-123")
    assert main(["--db", str(db_path), "audit", "wachtwoord", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["updated_by"].startswith("opdrachtregel (")
    assert "Nieuw-geheim-1" not in json.dumps(rows)

    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert main(["--db", str(db_path), "reset-coordinator-password", "--password-stdin"]) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert verify_password(database, "Nieuw-geheim-1")


def test_reset_password_prompts_twice(
    database: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter(["Eerste-poging-1", "Tweede-poging-1"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--db", str(db_path), "reset-coordinator-password"]) == 1
    assert "verschillen" in capsys.readouterr().err
    answers = iter(["Zelfde-poging-1", "Zelfde-poging-1"])
    assert main(["--db", str(db_path), "reset-coordinator-password"]) == 0
    assert verify_password(database, "Zelfde-poging-1")


def test_show_says_a_service_is_archived(
    database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ifg_desktop.directory.editing import archive_service

    archive_service(database, "vk", by="An")
    assert main(["--db", str(db_path), "show", "vk"]) == 0
    assert "!! GEARCHIVEERD" in capsys.readouterr().out
    assert main(["--db", str(db_path), "show", "vk", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["archived_at"] is not None
    assert main(["--db", str(db_path), "find", "--all-statuses", "--format", "json"]) == 0
    assert "vk" not in {row["key"] for row in json.loads(capsys.readouterr().out)["services"]}


def test_init_makes_and_fills_a_new_database_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ifg_desktop.directory import availability

    # The run's cache folder, without the holidays kept in it (they are kept again).
    cache = availability._holiday_cache_file()
    assert cache is not None
    cache.unlink(missing_ok=True)
    availability._remembered_holidays.cache_clear()
    availability._belgian_holidays.cache_clear()
    db_file = tmp_path / "ifg.sqlite3"
    assert main(["--db", str(db_file), "init"]) == 0
    said = capsys.readouterr()
    assert said.out == f"Databank klaar: {db_file} (17 diensten).\n"
    assert said.err == ""
    # The window's first start finds the public holidays kept: it needs no library for them.
    kept = json.loads(cache.read_text())
    assert len(kept) == 2 and all(len(days) >= 10 for days in kept.values())
    # Again: what is in it stays (a coordinator's change is not overwritten by the seed).
    database = open_database(str(db_file))
    _edit(database)
    database.dispose()
    assert main(["--db", str(db_file), "init"]) == 0
    assert capsys.readouterr().out == f"Databank klaar: {db_file} (17 diensten).\n"
    database = open_database(str(db_file))
    edited = load_service(database, "vk")
    database.dispose()
    assert edited is not None and edited.draft.email == "vk@example.org"


def test_init_says_why_a_database_cannot_be_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path), "init"]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert "is geen databankbestand" in said.err


def test_init_fills_an_empty_postgresql_database(
    pg_empty_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_empty_database.url.render_as_string(hide_password=False)
    assert main(["--db", url, "init"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Databank klaar: postgresql+psycopg://") and said.endswith(
        " (17 diensten).\n"
    )
    assert pg_empty_database.read("SELECT count(*) FROM service")[0][0] == 17

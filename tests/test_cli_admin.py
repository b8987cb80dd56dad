"""``ifg-desktop admin roles`` and every command on a front-desk or coordinator login.

Exit statuses as for every command: 0 done, 1 the database said no (one Dutch line, nothing
changed), 2 a usage error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from tests.db.roles_support import Roles, connect, roles_for


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def roles(pg_database: Database, capsys: pytest.CaptureFixture[str]) -> Iterator[Roles]:
    with roles_for(pg_database.url) as made:
        assert run(capsys, "--db", made.login_url("ifg"), *made.admin_arguments())[0] == 0
        yield made


def _counts(roles: Roles) -> tuple[object, ...]:
    with connect(roles.url) as connection:
        row = connection.execute(
            "SELECT (SELECT count(*) FROM service), (SELECT count(*) FROM audit_entry), "
            "(SELECT count(*) FROM search_term), (SELECT count(*) FROM coordinator_secret), "
            "(SELECT max(updated_at) FROM service)"
        ).fetchone()
    assert row is not None
    return tuple(row)


# -- without a server ------------------------------------------------------------------------


def test_sql_is_printed_without_connecting(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "--db",
        "postgresql+psycopg://beheer@nergens.invalid/ifg",
        "admin",
        "roles",
        "--sql",
        "--front-desk-login",
        "balie1,balie2",
        "--coordinator-login",
        "an",
    )
    assert code == 0 and err == ""
    assert out.startswith("-- IFG-wegwijzer") and out.rstrip().endswith("COMMIT;")
    assert 'CREATE ROLE "balie2" LOGIN' in out and 'GRANT "ifg_coordinator" TO "an"' in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--password-prompt"], "\\password"),
        (["--front-desk-role", "Onthaal"], "rolnaam"),
        (["--coordinator-login", "pg_an"], "PostgreSQL"),
        (["--coordinator-role", "ifg_onthaal"], "verschillen"),
        (["--front-desk-login", "an", "--coordinator-login", "an"], "tegelijk"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    code, out, err = run(capsys, "admin", "roles", "--sql", *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and said in err


def test_admin_needs_an_action(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["admin"])
    assert exited.value.code == 2 and "ACTION" in capsys.readouterr().err


def test_on_sqlite_roles_are_a_postgresql_matter(
    capsys: pytest.CaptureFixture[str], database: Database
) -> None:
    assert database.sqlite_file is not None
    code, out, err = run(capsys, "--db", str(database.sqlite_file), "admin", "roles")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "PostgreSQL" in err and "SQLite" in err


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["admin", "roles", "--help"])
    out = capsys.readouterr().out
    assert "onthaal" in out and "opties" in out and "--password-prompt" in out


# -- on the server ---------------------------------------------------------------------------


def test_the_front_desk_reads_and_every_write_is_one_line_exit_1(
    roles: Roles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "wegwijzer.json"
    assert run(capsys, "--db", roles.balie_url, "export", str(export))[0] == 0  # it reads
    assert run(capsys, "--db", roles.balie_url, "find", "politie")[0] == 0
    assert run(capsys, "--db", roles.balie_url, "audit")[0] == 0
    services = json.loads(export.read_text(encoding="utf-8"))
    services[0]["name"] = services[0]["name"] + " (gewijzigd)"
    export.write_text(json.dumps(services), encoding="utf-8")
    before = _counts(roles)
    for args in (
        ["import", str(export), "--actor", "Bo"],
        ["terms", "add", "geweld thuis", "--finds", "partnergeweld", "--actor", "Bo"],
        ["terms", "remove", "vluchthuis", "--actor", "Bo"],
    ):
        code, _out, err = run(capsys, "--db", roles.balie_url, *args)
        assert code == 1, args
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "mag dit niet wijzigen" in lines[0], args
        assert "Traceback" not in err and "permission denied" not in err
    assert _counts(roles) == before


def test_reset_password_by_the_front_desk_is_refused(
    roles: Roles, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    before = _counts(roles)
    monkeypatch.setattr("sys.stdin", io.StringIO("een-nieuw-wachtwoord\n"))
    code, _out, err = run(
        capsys, "--db", roles.balie_url, "reset-coordinator-password", "--password-stdin"
    )
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert _counts(roles) == before


def test_the_coordinator_changes_data_from_the_command_line(
    roles: Roles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "wegwijzer.json"
    assert run(capsys, "--db", roles.coordinator_url, "export", str(export))[0] == 0
    services = json.loads(export.read_text(encoding="utf-8"))
    services[0]["name"] = services[0]["name"] + " (gewijzigd)"
    export.write_text(json.dumps(services), encoding="utf-8")
    code, out, err = run(
        capsys, "--db", roles.coordinator_url, "import", str(export), "--actor", "An"
    )
    assert (code, err) == (0, "") and "Geïmporteerd" in out
    code, out, _ = run(capsys, "--db", roles.coordinator_url, "terms", "add", "geweld thuis",
                       "--finds", "partnergeweld", "--actor", "An")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--db", roles.coordinator_url, "audit", "--format", "json")
    assert code == 0 and {entry["updated_by"] for entry in json.loads(out)} >= {"An"}


def test_passwords_go_to_the_server_as_a_scram_verifier_only(
    pg_database: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Balie-geheim-2026"
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": secret)
    with roles_for(pg_database.url) as roles:
        code, out, err = run(capsys, "--db", roles.login_url("ifg"), *roles.admin_arguments(),
                             "--password-prompt")  # fmt: skip
        assert code == 0, err
        assert secret not in out + err and "Zonder wachtwoord" not in out
        with connect(roles.url) as connection:  # the server's superuser may read pg_authid
            stored = dict(
                connection.execute(
                    "SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)",
                    [[roles.balie, roles.coordinator_login, roles.front_desk]],
                ).fetchall()
            )
        assert stored[roles.front_desk] is None  # a group signs nobody in
        for login in (roles.balie, roles.coordinator_login):
            assert stored[login].startswith("SCRAM-SHA-256$4096:") and secret not in stored[login]


def test_passwords_that_differ_change_nothing(
    pg_database: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["een-wachtwoord", "een-ander-wachtwoord"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    with roles_for(pg_database.url) as roles:
        code, _out, err = run(capsys, "--db", roles.login_url("ifg"), *roles.admin_arguments(),
                              "--password-prompt")  # fmt: skip
        assert code == 1 and "verschillen" in err and "niets gewijzigd" in err
        with connect(roles.url) as connection:
            row = connection.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", [list(roles.names)]
            ).fetchone()
        assert row == (0,)


def test_the_login_urls_printed_ask_for_tls_over_the_network() -> None:
    from sqlalchemy.engine import make_url

    from ifg_desktop.cli.admin import _login_url

    over_network = make_url("postgresql+psycopg://beheer:geheim@db.regio.be:5432/ifg")
    assert _login_url(over_network, "balie1") == (
        "postgresql+psycopg://balie1@db.regio.be:5432/ifg?sslmode=require"
    )
    kept = make_url("postgresql+psycopg://beheer@db.regio.be/ifg?sslmode=verify-full")
    assert _login_url(kept, "an").endswith("?sslmode=verify-full")
    socket = make_url("postgresql+psycopg://beheer@/ifg?host=/run/postgresql")
    assert "sslmode" not in _login_url(socket, "an")


def test_roles_wait_for_the_tables_made_by_their_owner(
    pg_empty_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a database with no tables yet, or an older schema, ``admin roles`` makes nothing:
    tables made by whoever runs it (a superuser) would not be the owner's to upgrade."""
    from sqlalchemy import text

    database = pg_empty_database
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    with roles_for(database.url) as made:
        code, _out, err = run(capsys, "--db", made.login_url("ifg"), *made.admin_arguments())
        assert code == 1
        [line] = err.strip().splitlines()
        assert "is niet bijgewerkt" in line and "eigenaar" in line, line
        with connect(made.url) as connection:
            found = connection.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", (list(made.names),)
            ).fetchone()
        assert found == (0,)

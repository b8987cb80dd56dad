"""The command line, as scripts and coordinators use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ifg_desktop import __version__
from ifg_desktop.cli import main
from ifg_desktop.directory.seed import open_directory


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_json_has_the_promised_fields(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "--db", str(db_path), "find", "--age", "2", "--urgency", "acute",
        "--open-at", "2026-11-28T23:00", "--format", "json",
    )  # fmt: skip
    assert code == 0
    rows = json.loads(out)["services"]
    by_key = {row["key"]: row for row in rows}
    assert "politie" in by_key and "crisisteam-plus18" not in by_key
    police = by_key["politie"]
    for field in (
        "key", "name", "status", "professional_only", "minimum_age_months",
        "maximum_age_months", "urgency", "themes", "phones", "open", "next_change",
    ):  # fmt: skip
        assert field in police
    assert police["open"] is True
    assert police["phones"][0] == {"number": "101", "label": "Politie", "free": None}
    assert by_key["crisisteam-min18"]["professional_only"] is True


def test_find_open_at_keeps_unknown_as_null(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "--db", str(db_path), "find", "--open-at", "2026-12-01T22:00+01:00",
        "--format", "json",
    )  # fmt: skip
    rows = {row["key"]: row for row in json.loads(out)["services"]}
    assert code == 0
    assert rows["veilig-huis"]["open"] is None
    assert "1712" not in rows
    assert all(row["open"] is not False for row in rows.values())


def test_find_table_and_text_search(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "find", "team")
    assert code == 0
    assert "crisisteam-plus18" in out and "crisisteam-min18" in out
    assert "(aan te vullen)" in out  # unknown numbers are said to be unknown
    assert "2 dienst(en)" in out


def test_find_client_audience_and_theme(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(
        capsys, "--db", str(db_path), "find", "--audience", "client",
        "--theme", "kindermishandeling", "--format", "json",
    )  # fmt: skip
    keys = {row["key"] for row in json.loads(out)["services"]}
    assert code == 0 and "1712" in keys and "vk" not in keys


def test_show_text_and_json(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "show", "veilig-huis")
    assert code == 0
    assert "ENKEL VOOR PROFESSIONALS" in out and "aan te vullen" in out
    code, out, _ = run(capsys, "--db", str(db_path), "show", "bjb-antwerpen", "--format", "json")
    data = json.loads(out)
    assert data["phones"][0]["number"] == "03 260 72 80"
    assert data["addresses"] == ["Bolivarplaats 20, 2000 Antwerpen"]
    code, _, err = run(capsys, "--db", str(db_path), "show", "bestaat-niet")
    assert code == 3 and "bestaat-niet" in err  # nothing has that key


def test_check_reports_missing_contacts(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "check", "--format", "json")
    assert code == 0
    by_key = {row["key"]: row for row in json.loads(out)}
    assert "no_phone" in by_key["veilig-huis"]["problems"]
    assert "never_verified" in by_key["1712"]["problems"]
    assert "no_phone" not in by_key["1712"]["problems"]


@pytest.mark.parametrize(
    "args",
    [
        ["find", "--urgency", "soon"],
        ["find", "--age", "old"],
        ["find", "--open-at", "tomorrow"],
        ["find", "--open-now", "--open-at", "2026-01-01T10:00"],
        ["nonsense"],
        ["show"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(args)
    assert raised.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_environment_errors_exit_1_with_one_line(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", str(db_path), "find"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nieuwere versie" in result.stderr


def test_ifg_desktop_db_environment_variable(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IFG_DESKTOP_DB", str(db_path))
    code, _, _ = run(capsys, "find", "--format", "json")
    assert code == 0 and db_path.exists()


def test_find_says_what_it_made_of_a_typo(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "find", "zelfmordlijn")
    assert code == 0
    assert "Bedoelde je “zelfmoordlijn”?" in err
    assert out.splitlines()[1].startswith("zelfmoordlijn")
    code, out, _ = run(capsys, "--db", str(db_path), "find", "zelfmordlijn", "--format", "json")
    data = json.loads(out)
    assert data["did_you_mean"] == [{"typed": "zelfmordlijn", "meant": "zelfmoordlijn"}]
    assert data["services"][0]["key"] == "zelfmoordlijn"
    assert data["partial"] is None


def test_find_names_the_guide_sections_of_the_words(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "find", "vluchthuis")
    assert code == 0 and "Leidraad: Opvang in een vluchthuis" in err
    code, out, _ = run(capsys, "--db", str(db_path), "find", "vluchthuis", "--format", "json")
    guide = json.loads(out)["guide"]
    assert {"key": "opvang-vluchthuis", "title": "Opvang in een vluchthuis"} in guide


def test_find_says_when_no_service_fits_every_word(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "find", "politie qxzwv", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["partial"] == {"fits": ["politie"], "does_not_fit": ["qxzwv"]}
    assert data["services"][0]["key"] == "politie"
    _, _, err = run(capsys, "--db", str(db_path), "find", "politie qxzwv")
    assert "Geen dienst past bij alle woorden" in err

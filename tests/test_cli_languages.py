"""The languages a service is reached in, on the command line: find by one, read them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.directory.seed import open_directory
from tests.test_cli import run


@pytest.fixture
def spoken(db_path: Path) -> Path:
    database = open_directory(str(db_path))
    loaded = load_service(database, "1712")
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, languages=frozenset({"nl", "fr", "vgt"})),
        expected_version=loaded.version,
        by="test",
    )
    database.dispose()
    return db_path


def test_find_by_language(capsys: pytest.CaptureFixture[str], spoken: Path) -> None:
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--language", "vgt", "--format", "json")
    assert code == 0
    assert [row["key"] for row in json.loads(out)["services"]] == ["1712"]
    # Any ISO 639 form of the code; several: any of them.
    code, out, _ = run(
        capsys, "--db", str(spoken), "find", "--language", "FRA", "--language", "ar",
        "--format", "json",
    )  # fmt: skip
    assert code == 0 and [row["key"] for row in json.loads(out)["services"]] == ["1712"]
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--language", "tr")
    assert code == 0 and "1712" not in out


def test_an_unknown_language_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], spoken: Path
) -> None:
    with pytest.raises(SystemExit) as raised:
        run(capsys, "--db", str(spoken), "find", "--language", "klingon")
    err = capsys.readouterr().err
    assert raised.value.code == 2 and "klingon" in err and "vgt" in err


def test_show_names_the_languages(capsys: pytest.CaptureFixture[str], spoken: Path) -> None:
    code, out, _ = run(capsys, "--db", str(spoken), "show", "1712")
    assert code == 0 and "Talen: Nederlands, Frans, Vlaamse Gebarentaal" in out
    code, out, _ = run(capsys, "--db", str(spoken), "show", "1712", "--format", "json")
    assert json.loads(out)["languages"] == ["nl", "fr", "vgt"]
    code, out, _ = run(capsys, "--db", str(spoken), "show", "politie")
    assert "Talen" not in out  # nobody said which: nothing shown


def test_find_says_how_many_services_have_no_languages(
    capsys: pytest.CaptureFixture[str], spoken: Path
) -> None:
    # Only 1712 has languages: every other findable service is hidden by the filter, and a
    # worker must not read "0" as "nobody speaks it".
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--format", "json")
    everything = len(json.loads(out)["services"])
    assert json.loads(out)["not_shown_without_languages"] is None  # no language filter
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--language", "ar")
    assert code == 0
    assert out.rstrip().endswith(f"{everything - 1} dienst(en) zonder opgegeven talen niet getoond")
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--language", "ar", "--format", "json")
    assert json.loads(out)["not_shown_without_languages"] == everything - 1


def test_find_json_has_url_and_languages(capsys: pytest.CaptureFixture[str], spoken: Path) -> None:
    code, out, _ = run(capsys, "--db", str(spoken), "find", "--language", "vgt", "--format", "json")
    assert code == 0
    (service,) = json.loads(out)["services"]
    assert service["languages"] == ["nl", "fr", "vgt"]
    assert "url" in service and service["website"] == service["url"]  # the old name stays

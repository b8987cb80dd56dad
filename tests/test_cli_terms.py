"""The search vocabulary on the command line: list, add, remove; bad input exits 2, unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from ifg_desktop.directory.vocabulary import TermRecord, read_terms

Snapshot = Callable[[Path], list[str]]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _terms(database: Database) -> dict[str, TermRecord]:
    return {term.term: term for term in read_terms(database)}


def test_list_as_text_and_json(
    capsys: pytest.CaptureFixture[str], database: Database, db_path: Path
) -> None:
    shipped = _terms(database)
    code, out, _ = run(capsys, "--db", str(db_path), "terms")
    assert code == 0
    assert out.rstrip().endswith(f"{len(shipped)} zoekterm(en)")
    wurgen = shipped["wurgen"]
    line = f"wurgen → {', '.join(wurgen.finds)}"
    assert any(row.startswith(line) for row in out.splitlines())
    code, out, _ = run(capsys, "--db", str(db_path), "terms", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == len(shipped)
    assert {"term": "wurgen", "finds": list(wurgen.finds), "flags": list(wurgen.flags)} in rows


def test_add_change_and_remove_with_the_trail(
    capsys: pytest.CaptureFixture[str], database: Database, db_path: Path
) -> None:
    db = ("--db", str(db_path))
    code, out, _ = run(
        capsys, *db, "terms", "add", "Proef  Wóórd", "--finds", "Partnergeweld",
        "--finds", "opvang", "--flag", "wurging", "--actor", "An",
    )  # fmt: skip
    assert code == 0
    assert out == "Zoekterm toegevoegd: proef woord → partnergeweld, opvang  [signalen: wurging]\n"
    assert _terms(database)["proef woord"] == TermRecord(
        "proef woord", ("partnergeweld", "opvang"), ("wurging",)
    )
    code, out, _ = run(
        capsys, *db, "terms", "add", "proef woord", "--finds", "opvang", "--actor", "Bert"
    )
    assert code == 0 and out == "Zoekterm gewijzigd: proef woord → opvang\n"
    code, out, _ = run(
        capsys, *db, "terms", "add", "proef woord", "--finds", "opvang", "--actor", "Bert"
    )
    assert code == 0 and out.startswith("Zoekterm ongewijzigd")
    code, out, _ = run(capsys, *db, "terms", "remove", "Proef Woord", "--actor", "Chris")
    assert code == 0 and out == "Zoekterm verwijderd: proef woord\n"
    assert "proef woord" not in _terms(database)

    code, out, _ = run(capsys, *db, "audit", "proef woord")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith(
        "  An  proef woord  aangemaakt  Zoekterm: (leeg) → "
        "vindt: partnergeweld, opvang; signalen: wurging"
    )
    assert lines[1].endswith(
        "  Bert  proef woord  gewijzigd  Zoekterm: vindt: partnergeweld, opvang; "
        "signalen: wurging → vindt: opvang"
    )
    assert lines[2].endswith("  Chris  proef woord  verwijderd  Zoekterm: vindt: opvang → (leeg)")
    assert "3 wijziging(en)" in out
    code, out, _ = run(capsys, *db, "audit", "proef woord", "--format", "json")
    rows = json.loads(out)
    assert [r["resource_type"] for r in rows] == ["search_term"] * 3
    assert rows[0]["replacement_value"] == {
        "finds": ["partnergeweld", "opvang"],
        "flags": ["wurging"],
    }
    assert rows[2]["replacement_value"] is None and rows[2]["last_action_type"] == "delete"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "  ", "--finds", "opvang"), "Vul een woord of uitdrukking in."),
        (("add", "proef", "--finds", " "), "Vul minstens één woord van de wegwijzer in"),
        (("add", "proef", "--finds", "a", "--flag", "nope"), "'nope' is geen signaal"),
        (("add", "x" * 81, "--finds", "a"), "hoogstens 80 tekens"),
        (("add", "proef", "--finds", "a", "--actor", " "), "--actor mag niet leeg zijn"),
    ],
)
def test_bad_input_is_one_dutch_line_exit_2_and_nothing_changes(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    db_path: Path,
    snapshot: Snapshot,
    args: tuple[str, ...],
    message: str,
) -> None:
    before = snapshot(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "terms", *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("ifg-desktop: ") and message in err
    assert snapshot(db_path) == before


def test_removing_an_unknown_term_is_not_found_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], database: Database, db_path: Path, snapshot: Snapshot
) -> None:
    before = snapshot(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "terms", "remove", "bestaat niet")
    assert (code, out) == (3, "")
    assert err == "ifg-desktop: 'bestaat niet' staat niet in de zoektermen; niets gewijzigd\n"
    assert snapshot(db_path) == before


def test_add_needs_what_the_term_finds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["terms", "add", "proef"])
    assert raised.value.code == 2
    assert "--finds" in capsys.readouterr().err


def test_terms_travel_with_export_and_import(
    capsys: pytest.CaptureFixture[str], database: Database, db_path: Path, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "terms", "add", "proef woord", "--finds", "opvang")
    run(capsys, "--db", str(db_path), "terms", "add", "wurgen", "--finds", "wurging")
    target = tmp_path / "uit.json"
    code, out, _ = run(capsys, "--db", str(db_path), "export", str(target))
    assert code == 0 and "17 dienst(en)" in out
    other = tmp_path / "ander.sqlite3"
    code, out, _ = run(capsys, "--db", str(other), "import", str(target), "--dry-run")
    assert code == 0
    assert "; zoektermen: 1 nieuw, 1 gewijzigd, " in out
    assert "+ zoekterm proef woord: vindt: opvang\n" in out
    assert "~ zoekterm wurgen: vindt: " in out and " → vindt: wurging\n" in out
    code, out, _ = run(capsys, "--db", str(other), "import", str(target), "--actor", "Bea")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(other), "audit", "proef woord")
    assert "  Bea  proef woord  aangemaakt  Zoekterm: (leeg) → vindt: opvang" in out

"""Whatever the file holds, the importer answers or refuses; it never crashes, and a
refused file leaves the database exactly as it was."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifg_desktop.db import Database
from ifg_desktop.directory.hsds import HsdsProblem, apply_import, export_directory, plan_import
from tests.faults.conftest import FaultCounts

Snapshot = Callable[[Path], list[str]]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(
        ["", " ", "25:00", "MO,XX", "2026-02-30", "+32", "1712", "temporarily closed"]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The seeded directory, exported once in both forms."""
    from ifg_desktop.directory.seed import open_directory

    folder = tmp_path_factory.mktemp("export")
    database = open_directory(str(folder / "bron.sqlite3"))
    export_directory(database, folder / "wegwijzer.json")
    export_directory(database, folder / "wegwijzer.zip")
    database.dispose()
    return {
        "json": (folder / "wegwijzer.json").read_bytes(),
        "zip": (folder / "wegwijzer.zip").read_bytes(),
    }


COUNTS = FaultCounts("hostile HSDS files (mutated, cut short, random bytes)")


def attempt(database: Database, path: Path, snapshot: Snapshot) -> None:
    """Plan and apply; only the environment's error is allowed, and it changes nothing."""
    assert database.url.database is not None
    before = snapshot(Path(database.url.database))
    try:
        plan = plan_import(database, path)
        apply_import(database, plan, actor="hypothesis")
    except HsdsProblem as problem:
        message = str(problem)
        assert message and "\n" not in message and "Traceback" not in message
        assert snapshot(Path(database.url.database)) == before
        COUNTS.add("refused in one line, nothing changed")
    else:
        COUNTS.add("imported")


def _mutate(data: Any, draw: st.DrawFn) -> Any:
    """Replace, delete or add one value somewhere in the JSON tree."""
    data = copy.deepcopy(data)
    parent: Any = None
    key: Any = None
    node = data
    while isinstance(node, dict | list) and node and draw(st.integers(0, 4)) > 0:
        parent = node
        key = draw(
            st.sampled_from(list(node.keys()) if isinstance(node, dict) else range(len(node)))
        )
        node = node[key]
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if parent is None:
        return draw(json_values) if action == "replace" else data
    if action == "replace":
        parent[key] = draw(json_values)
    elif action == "delete":
        del parent[key]
    elif isinstance(parent, dict):
        parent[draw(st.text(max_size=12))] = draw(json_values)
    else:
        parent.append(draw(json_values))
    return data


@SETTINGS
@given(st.data())
def test_mutated_json(
    database: Database, tmp_path: Path, snapshot: Snapshot, exported: dict[str, bytes], data: Any
) -> None:
    document = json.loads(exported["json"])
    for _ in range(data.draw(st.integers(1, 3))):
        document = _mutate(document, data.draw)
    path = tmp_path / "gemuteerd.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    attempt(database, path, snapshot)


@SETTINGS
@given(st.data())
def test_truncated_files(
    database: Database, tmp_path: Path, snapshot: Snapshot, exported: dict[str, bytes], data: Any
) -> None:
    form = data.draw(st.sampled_from(["json", "zip"]))
    raw = exported[form]
    cut = data.draw(st.integers(0, len(raw) - 1))
    path = tmp_path / f"afgebroken.{form}"
    path.write_bytes(raw[:cut])
    attempt(database, path, snapshot)


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["x.json", "x.zip", "x.csv"]))
def test_random_bytes(
    database: Database, tmp_path: Path, snapshot: Snapshot, raw: bytes, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    attempt(database, path, snapshot)


@SETTINGS
@given(st.data())
def test_mutated_csv(
    database: Database, tmp_path: Path, snapshot: Snapshot, exported: dict[str, bytes], data: Any
) -> None:
    with zipfile.ZipFile(io.BytesIO(exported["zip"])) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    table = data.draw(
        st.sampled_from(sorted(n for n, raw in files.items() if raw.count(b"\n") > 1))
    )
    lines = files[table].decode("utf-8").split("\r\n")
    line = data.draw(st.integers(0, len(lines) - 1))
    how = data.draw(st.sampled_from(["cell", "drop", "garbage"]))
    if how == "drop":
        del lines[line]
    elif how == "garbage":
        lines[line] = data.draw(st.text(max_size=40))
    else:
        cells = lines[line].split(",")
        cells[data.draw(st.integers(0, len(cells) - 1))] = data.draw(
            st.text(max_size=20) | st.sampled_from(["", '"', "25:00", "-1", "ja"])
        )
        lines[line] = ",".join(cells)
    files[table] = "\r\n".join(lines).encode("utf-8")
    path = tmp_path / "gemuteerd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, raw in files.items():
            archive.writestr(name, raw)
    attempt(database, path, snapshot)


def test_a_rejected_file_leaves_the_database_unchanged(
    database: Database, tmp_path: Path, snapshot: Snapshot, exported: dict[str, bytes]
) -> None:
    documents = json.loads(exported["json"])
    documents[0]["name"] = "Nieuwe naam"  # a valid change ...
    last = max(i for i, d in enumerate(documents) if "status" in d)  # terms follow services
    documents[last]["schedules"] = [
        {"id": "s", "byday": "MO", "opens_at": "09:00", "closes_at": "9u"}
    ]
    path = tmp_path / "half-goed.json"
    path.write_text(json.dumps(documents), encoding="utf-8")
    assert database.url.database is not None
    before = snapshot(Path(database.url.database))
    with pytest.raises(HsdsProblem) as raised:
        plan_import(database, path)
    message = str(raised.value)
    assert "half-goed.json" in message and "schedules[0].closes_at" in message
    assert documents[last]["name"] in message  # the record, by name
    assert snapshot(Path(database.url.database)) == before

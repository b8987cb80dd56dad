"""Reading JSON a piece at a time gives what json.loads gives, or refuses what it refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifg_desktop.db import Database
from ifg_desktop.directory.hsds import files
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.hsds.files import JSON, read_source

SERVICE = {"id": "a", "name": "Dienst \u00eb \u2013 \u20ac", "status": "active", "minimum_age": 1.5}
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


def documents(path: Path) -> list[dict[str, Any]]:
    return [document for _label, document, _context in read_source(path, JSON).services]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.fixed_dictionaries({"name": st.text(), "extra": values}), max_size=6),
    st.integers(1, 40),
    st.sampled_from(["", " ", "\n", "\r\n  "]),
)
def test_pieces_of_any_size_give_the_same_services(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, items: list[Any], chunk: int, gap: str
) -> None:
    monkeypatch.setattr(files._JsonReader, "CHUNK", chunk)
    path = tmp_path / "lijst.json"
    text = (
        "[" + gap + ("," + gap).join(json.dumps(i, ensure_ascii=False) for i in items) + gap + "]"
    )
    path.write_text(gap + text + gap, encoding="utf-8")
    assert documents(path) == json.loads(text)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60), st.integers(1, 10))
def test_refuses_exactly_what_json_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, chunk: int
) -> None:
    monkeypatch.setattr(files._JsonReader, "CHUNK", chunk)
    path = tmp_path / "tekst.json"
    path.write_text("[" + text, encoding="utf-8")
    try:
        expected: Any = json.loads("[" + text)
    except ValueError:
        expected = None
    try:
        documents(path)
        accepted = True
    except HsdsFileError:
        accepted = False
    if expected is None:
        assert not accepted
    elif not accepted:  # valid JSON refused: only when it holds no services
        assert not all(isinstance(item, dict) for item in expected)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "leeg"),
        ("[{}, {} {}]", "regel 1"),
        ('[\n{"id": "a"},\n{"id": "b",}\n]', "regel 3"),
        ('[{"id": "a"}] x', "na het einde"),
        ('[{"id": "a"}', "regel 1"),
    ],
)
def test_syntax_errors_name_the_line(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "fout.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HsdsFileError) as raised:
        documents(path)
    assert "fout.json" in str(raised.value) and words in str(raised.value)


def test_a_byte_order_mark_and_a_single_service(tmp_path: Path) -> None:
    path = tmp_path / "een.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SERVICE).encode())
    assert documents(path) == [SERVICE]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"name": "Caf\u00e9"}]'.encode("latin-1"))
    with pytest.raises(HsdsFileError, match="UTF-8"):
        documents(path)


def test_a_zip_export_does_not_depend_on_the_clock(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two exports of the same directory a few seconds apart are the same file."""
    import time as time_module

    from ifg_desktop.directory.hsds import export_directory

    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    export_directory(database, first)
    later = time_module.time() + 90
    monkeypatch.setattr(time_module, "time", lambda: later)
    monkeypatch.setattr(time_module, "localtime", lambda *_: time_module.gmtime(later))
    export_directory(database, second)
    assert first.read_bytes() == second.read_bytes()


def test_a_long_list_is_read_in_little_memory(tmp_path: Path) -> None:
    """The documents of a list are decoded one by one from a piece of the file: what the
    reader holds does not grow with the file, nor with the size of its pieces beyond the
    document at hand."""
    import tracemalloc

    path = tmp_path / "lang.json"
    service = {**SERVICE, "description": "beschrijving " * 200}
    path.write_text(json.dumps([service] * 2_000, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    tracemalloc.start()
    try:
        read = sum(1 for _ in read_source(path, JSON).services)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == 2_000
    assert peak < 1_000_000


# ---------------------------------------------------------------------------------- CSV

ATTRIBUTE_ROW = "dienst-{n}-kenmerk,dienst-{n},ifg-urgentie-acuut,,service,true\r\n"


def _attributes_csv(rows: int) -> bytes:
    header = "id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n"
    return (header + "".join(ATTRIBUTE_ROW.format(n=n) for n in range(rows))).encode()


def test_csv_rows_hold_their_values_once_and_no_empty_cells() -> None:
    rows = files._rows("t.zip", "attributes.csv", _attributes_csv(3))
    assert rows[2] == {
        "id": "dienst-2-kenmerk",
        "link_id": "dienst-2",
        "taxonomy_term_id": "ifg-urgentie-acuut",
        "link_entity": "service",
        "value": "true",
    }  # an empty cell is an absent value (field_readers.py)
    # A term repeated on every row is one string, not one per row.
    assert rows[0]["taxonomy_term_id"] is rows[2]["taxonomy_term_id"]


def test_a_large_csv_file_is_read_without_a_copy_of_its_text() -> None:
    """What reading holds beyond the rows it returns does not grow with the file: the
    text is decoded a piece at a time (the whole text, and a StringIO of it at four bytes
    a character, made 25 MB of a 5 MB file)."""
    import tracemalloc

    raw = _attributes_csv(80_000)
    assert len(raw) > 5_000_000
    tracemalloc.start()
    try:
        rows = files._rows("t.zip", "attributes.csv", raw)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(rows) == 80_000
    assert peak - held < 1_000_000, (peak, held)


def test_a_byte_that_is_not_utf8_is_named_by_its_place_in_the_file() -> None:
    raw = _attributes_csv(1_000)  # some 60 KB: the bad byte lies far beyond the first piece
    place = len(raw) - 10
    raw = raw[:place] + b"\xff" + raw[place + 1 :]
    with pytest.raises(HsdsFileError, match=f"UTF-8-tekst \\(byte {place}\\)"):
        files._rows("t.zip", "attributes.csv", raw)


def test_csv_documents_are_the_rows_themselves() -> None:
    """services_from_tables builds the documents from the rows it is given, not from
    copies of them: the tables of a region are hundreds of megabytes of rows."""
    from ifg_desktop.directory.hsds.tabular import services_from_tables

    tables = {
        "services.csv": [{"id": "s", "name": "Dienst"}],
        "phones.csv": [{"id": "p", "service_id": "s", "number": "1712"}],
        "attributes.csv": [
            {"id": "k", "link_id": "s", "taxonomy_term_id": "t", "link_entity": "service"}
        ],
    }
    [(document, _context)] = services_from_tables("t.zip", tables).services
    assert document is tables["services.csv"][0]
    assert document["phones"] == [{"id": "p", "service_id": "s", "number": "1712"}]
    assert document["attributes"][0] is tables["attributes.csv"][0]
    assert document["attributes"][0] == {"id": "k", "taxonomy_term_id": "t", "taxonomy_term": None}

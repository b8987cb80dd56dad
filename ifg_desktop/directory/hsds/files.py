"""HSDS files on disk: which form a file is in, reading it into service documents, writing.

JSON may hold a single service, a list of services, an organization with its services, a
list of those, an API page (``{"contents": [...]}``) of any of them, or the tabular form as
JSON (``{"services.csv": [rows], ...}``). The tabular form on disk is a folder or a zip file
of CSV files (``services.csv``, ``organizations.csv`` …) with ``datapackage.json``.

Files are written atomically: to a temporary file beside the target, then renamed over it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.hsds.mapping import Context, record_label
from ifg_desktop.directory.hsds.tabular import DESCRIPTOR, columns, services_from_tables

JSON, CSV = "hsds-json", "hsds-csv"
FORMATS = (JSON, CSV)
# csv refuses fields over 128 KiB by default; a long description is not an error.
csv.field_size_limit(16 * 1024 * 1024)

# Keys only an organization has: a dict with one of them (and no services) is one.
_ORGANIZATION_ONLY = frozenset(
    {
        "tax_status",
        "tax_id",
        "year_incorporated",
        "legal_status",
        "logo",
        "uri",
        "parent_organization_id",
        "organization_identifiers",
        "programs",
        "website",
    }
)


def detect_format(path: Path) -> str | None:
    """The form a path is in, by its name; None when it cannot be told."""
    name = path.name.lower()
    if path.is_dir() or name.endswith((".zip", ".csv")) or name == "datapackage.json":
        return CSV
    if name.endswith(".json"):
        return JSON
    return None


@dataclass(slots=True)
class Source:
    file: str
    services: list[tuple[str, dict[str, Any], Context]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_source(path: Path, fmt: str) -> Source:
    """The service documents in a file, each with what it can refer to and its label."""
    file = path.name or str(path)
    if fmt == JSON:
        return _json_source(file, _load_json(path, file))
    if fmt == CSV:
        tables = _load_tables(path, file)
        rebuilt = services_from_tables(file, tables)
        source = Source(file, notes=[*unknown_columns(tables), *rebuilt.notes])
        for index, (document, context) in enumerate(rebuilt.services):
            source.services.append((record_label(index, document), document, context))
        return source
    raise ValueError(f"unknown format {fmt!r}")


# ---------------------------------------------------------------------------------- JSON


def _load_json(path: Path, file: str) -> Any:
    raw = _read_bytes(path, file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise HsdsFileError(file, f"is geen UTF-8-tekst (byte {error.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise HsdsFileError(
            file, f"is geen geldige JSON: {error.msg} (regel {error.lineno}, kolom {error.colno})"
        ) from None
    except (ValueError, RecursionError) as error:
        raise HsdsFileError(file, f"is geen bruikbare JSON: {error}") from None


def _read_bytes(path: Path, file: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise HsdsFileError(file, "bestaat niet") from None
    except IsADirectoryError:
        raise HsdsFileError(file, "is een map, geen JSON-bestand") from None
    except OSError as error:
        raise HsdsFileError(file, f"kan niet gelezen worden ({error.strerror})") from None


def _json_source(file: str, data: Any) -> Source:
    source = Source(file)
    if isinstance(data, dict) and any(isinstance(k, str) and k.endswith(".csv") for k in data):
        rebuilt = services_from_tables(file, data)
        source.notes.extend(rebuilt.notes)
        for index, (document, context) in enumerate(rebuilt.services):
            source.services.append((record_label(index, document), document, context))
        return source

    def add(document: dict[str, Any], context: Context) -> None:
        source.services.append((record_label(len(source.services), document), document, context))

    def walk(value: Any, where: str, depth: int = 0) -> None:
        if depth > 4:
            raise HsdsFileError(file, "is te diep genest voor HSDS", field=where)
        if isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]", depth + 1)
            return
        if not isinstance(value, dict):
            raise HsdsFileError(
                file, "verwacht een dienst of organisatie (een object)", field=where
            )
        if isinstance(value.get("contents"), list) and "name" not in value:
            walk(value["contents"], f"{where}.contents", depth + 1)
        elif "services" in value:
            services = value["services"]
            if not isinstance(services, list):
                raise HsdsFileError(file, "verwacht een lijst", field=f"{where}.services")
            context = Context(organization=value, locations=_locations_of(file, value, where))
            if not services:
                source.notes.append(f"organisatie {_name(value)} heeft geen diensten")
            for index, service in enumerate(services):
                if not isinstance(service, dict):
                    field_name = f"{where}.services[{index}]"
                    raise HsdsFileError(file, "verwacht een dienst (een object)", field=field_name)
                add(service, context)
        elif "location_type" in value and "status" not in value:
            raise HsdsFileError(file, "is een locatie, geen dienst", field=where)
        elif "location" in value and "service_id" in value and "name" not in value:
            raise HsdsFileError(
                file,
                "is een koppeling dienst-locatie (service_at_location), geen dienst",
                field=where,
            )
        elif _ORGANIZATION_ONLY & value.keys() and "status" not in value:
            source.notes.append(f"organisatie {_name(value)} zonder diensten niet overgenomen")
        else:
            add(value, Context())

    walk(data, "$")
    return source


def _locations_of(file: str, organization: Mapping[str, Any], where: str) -> dict[str, Any]:
    locations = organization.get("locations")
    if locations is None:
        return {}
    if not isinstance(locations, list):
        raise HsdsFileError(file, "verwacht een lijst", field=f"{where}.locations")
    return {
        item["id"]: item
        for item in locations
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def _name(value: Mapping[str, Any]) -> str:
    name = value.get("name")
    return f"'{name}'" if isinstance(name, str) and name.strip() else "zonder naam"


# ---------------------------------------------------------------------------------- CSV


def _load_tables(path: Path, file: str) -> dict[str, list[dict[str, Any]]]:
    """The CSV files of the tabular form in a folder or zip (the descriptor is not needed)."""
    wanted = set(columns())
    found: dict[str, bytes] = {}
    if path.is_file() and path.suffix.lower() in (".csv", ".json"):
        path = path.parent  # services.csv or datapackage.json: the folder it is in
    if path.is_dir():
        for name in wanted:
            candidate = path / name
            if candidate.is_file():
                found[name] = _read_bytes(candidate, f"{file}/{name}")
    else:
        raw = _read_bytes(path, file)
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                for member in archive.infolist():
                    name = member.filename.rsplit("/", 1)[-1]
                    if name in wanted and not member.is_dir():
                        found[name] = archive.read(member)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
            raise HsdsFileError(file, f"is geen leesbaar zip-bestand ({error})") from None
        except (RuntimeError, ValueError, EOFError) as error:  # encrypted, or damaged inside
            raise HsdsFileError(file, f"is geen leesbaar zip-bestand ({error})") from None
    if "services.csv" not in found:
        raise HsdsFileError(file, "bevat geen services.csv (HSDS in tabelvorm)")
    return {name: _rows(file, name, raw) for name, raw in found.items()}


def _rows(file: str, table: str, raw: bytes) -> list[dict[str, Any]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = f"is geen UTF-8-tekst (byte {error.start})"
        raise HsdsFileError(file, problem, record=table) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return []
        rows = []
        for number, values in enumerate(reader, start=2):
            if not any(values):
                continue
            if len(values) > len(header):
                raise HsdsFileError(
                    file,
                    "meer velden dan kolommen in de kopregel",
                    record=f"{table} regel {number}",
                )
            rows.append(dict(zip(header, values, strict=False)))
    except csv.Error as error:
        raise HsdsFileError(
            file, f"is geen geldige CSV ({error})", record=f"{table} regel {reader.line_num}"
        ) from None
    if len(set(header)) != len(header):
        raise HsdsFileError(file, "een kolom staat twee keer in de kopregel", record=table)
    return rows


def unknown_columns(tables: Mapping[str, list[dict[str, Any]]]) -> list[str]:
    notes = []
    for table, rows in tables.items():
        known = set(columns().get(table, ()))
        extra = sorted({name for row in rows for name, value in row.items() if value} - known)
        if extra:
            notes.append(f"{table}: kolom(men) {', '.join(extra)} niet overgenomen")
    return notes


# ---------------------------------------------------------------------------------- writing


@contextmanager
def atomic_file(path: Path, file: str) -> Iterator[IO[bytes]]:
    """A file that appears at ``path`` only when completely written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed below, not closed early)
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise HsdsFileError(file, f"kan niet geschreven worden ({error.strerror})") from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except OSError as error:
        Path(handle.name).unlink(missing_ok=True)
        raise HsdsFileError(file, f"kan niet geschreven worden ({error.strerror})") from None
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_json(
    path: Path, documents: Iterator[dict[str, Any]], tick: Callable[[], None] | None = None
) -> None:
    """A JSON list of services, one service per line (readable, and diffs well)."""
    file = path.name
    with atomic_file(path, file) as handle:
        handle.write(b"[")
        first = True
        for document in documents:
            handle.write(b"\n" if first else b",\n")
            handle.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())
            first = False
            if tick is not None:
                tick()
        handle.write(b"\n]\n")


def tabular_files(tables: Mapping[str, list[dict[str, Any]]]) -> Iterator[tuple[str, bytes]]:
    """Every CSV of the HSDS tabular form (empty ones with their header) and the descriptor."""
    from ifg_desktop.directory.hsds.tabular import cell

    for table, names in columns().items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        for row in tables.get(table, ()):
            writer.writerow([cell(row.get(name)) for name in names])
        yield table, buffer.getvalue().encode("utf-8")
    yield "datapackage.json", DESCRIPTOR.read_bytes()


def write_tabular(path: Path, tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """A zip file (``*.zip``) or a folder of CSV files with datapackage.json."""
    file = path.name
    if path.suffix.lower() == ".zip":
        with (
            atomic_file(path, file) as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, data in tabular_files(tables):
                archive.writestr(name, data)
        return
    if path.exists() and not path.is_dir():
        raise HsdsFileError(file, "bestaat al en is geen map (kies een map of een .zip-bestand)")
    for name, data in tabular_files(tables):
        with atomic_file(path / name, f"{file}/{name}") as handle:
            handle.write(data)

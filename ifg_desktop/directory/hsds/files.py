"""HSDS files on disk: which form a file is in, reading it into service documents, writing.

JSON may hold a single service, a list of services, an organization with its services, a
list of those, an API page (``{"contents": [...]}``) of any of them, or the tabular form as
JSON (``{"services.csv": [rows], ...}``). The tabular form on disk is a folder or a zip file
of CSV files (``services.csv``, ``organizations.csv`` …) with ``datapackage.json``.
Taxonomy terms among them are the search vocabulary's (search_terms.py), or reported as not
taken over.

Files are written atomically: to a temporary file beside the target, then renamed over it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

from ifg_desktop.directory.hsds import search_terms
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.hsds.guide_sections import is_guide_section
from ifg_desktop.directory.hsds.service_import import Context, record_label
from ifg_desktop.directory.hsds.tabular import DESCRIPTOR, cell, columns, services_from_tables
from ifg_desktop.i18n import translate

JSON, CSV = "hsds-json", "hsds-csv"
FORMATS = (JSON, CSV)
# csv refuses fields over 128 KiB by default; a long description is not an error.
csv.field_size_limit(16 * 1024 * 1024)

# The most bytes read from one import: a JSON file (streamed), a CSV or zip file, and all
# the CSV files of a folder or a zip unpacked (these are held in memory, rows and all: an
# import of 10,000 services' 27 MB of CSV peaks at 130 MB above the interpreter's own).
# 100,000 services are some 320 MB of JSON or 270 MB of CSV.
MAX_BYTES = 400 * 1024 * 1024
# The most entries a zip file may have (the tabular form has some 25 files).
MAX_ZIP_MEMBERS = 1_000
_READ_CHUNK = 1 << 20

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
    """The services of a file, read lazily: a large JSON list is never all in memory."""

    file: str
    services: Iterator[tuple[str, dict[str, Any], Context]]
    notes: list[str] = field(default_factory=list)  # about the file; grows while reading
    # The search vocabulary's terms, (label, taxonomy_term document); grows while reading.
    search_terms: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    guide_sections: int = 0  # sections of our guide met (not read: guide_sections.py)
    # How far reading has come, and how far it goes (bytes, roughly): for a progress bar.
    position: Callable[[], tuple[int, int]] = lambda: (0, 0)


def read_source(path: Path, fmt: str) -> Source:
    """The service documents in a file, each with what it can refer to and its label."""
    file = path.name or str(path)
    if path.exists() and not (path.is_file() or path.is_dir()):
        # A pipe would be waited on for ever, a device read without end.
        raise HsdsFileError(
            file, translate("hsds", "is geen gewoon bestand of map (een apparaat of een pijp)")
        )
    if fmt == JSON:
        return _json_source(path, file)
    if fmt == CSV:
        tables = _load_tables(path, file)
        return _rebuilt_source(file, tables, unknown_columns(tables))
    raise ValueError(f"unknown format {fmt!r}")


def _rebuilt_source(file: str, tables: Mapping[str, Any], notes: list[str]) -> Source:
    rebuilt = services_from_tables(file, tables)
    labelled = (
        (record_label(index, document), document, context)
        for index, (document, context) in enumerate(rebuilt.services)
    )
    terms = [
        (search_terms.term_label(index, term), term)
        for index, term in enumerate(rebuilt.search_terms)
    ]
    return Source(file, labelled, [*notes, *rebuilt.notes], terms)


# ---------------------------------------------------------------------------------- JSON

_WHITESPACE = re.compile(r"[ \t\n\r]*")


class _JsonReader:
    """A JSON text read a piece at a time; values are decoded one by one (raw_decode)."""

    # A service document is a few kilobytes. Pieces of a megabyte made the text waiting
    # to be decoded (and its copy as the next piece joins it) the largest thing a
    # re-import of 10,000 services held: 12 MB of its 24 MB above the interpreter's own.
    CHUNK = 1 << 16

    def __init__(self, handle: IO[str], file: str) -> None:
        self.handle = handle
        self.file = file
        self.read = 0  # characters read (no more than bytes): what a size cannot hide
        self.buffer = ""
        self.at = 0  # in buffer
        self.dropped = 0  # characters read and let go before the buffer
        self.lines = 1  # line number at the start of the buffer
        self.eof = False
        self.decoder = json.JSONDecoder()

    @property
    def position(self) -> int:
        return self.dropped + self.at

    def _more(self, grow: bool = False) -> bool:
        """Read the next piece; ``grow``: one as large as what is waiting to be decoded, so
        that a long value is not decoded again and again, a megabyte further each time."""
        if self.eof:
            return False
        size = max(self.CHUNK, len(self.buffer) - self.at) if grow else self.CHUNK
        try:
            chunk = self.handle.read(min(size, MAX_BYTES - self.read + 1))
        except UnicodeDecodeError as error:
            raise HsdsFileError(
                self.file,
                translate("hsds", "is geen UTF-8-tekst ({reason})").format(reason=error.reason),
            ) from None
        except OSError as error:
            raise HsdsFileError(
                self.file,
                translate("hsds", "kan niet gelezen worden ({strerror})").format(
                    strerror=error.strerror
                ),
            ) from None
        if not chunk:
            self.eof = True
            return False
        self.read += len(chunk)
        if self.read > MAX_BYTES:
            raise HsdsFileError(self.file, too_large())
        self.lines += self.buffer.count("\n", 0, self.at)
        self.dropped += self.at
        self.buffer = self.buffer[self.at :] + chunk
        self.at = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space; "" at the end."""
        while True:
            self.at = _WHITESPACE.match(self.buffer, self.at).end()  # type: ignore[union-attr]
            if self.at < len(self.buffer):
                return self.buffer[self.at]
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        self.peek()
        self.at += len(char)

    def value(self) -> Any:
        self.peek()
        last: tuple[int, str] | None = None
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError as error:
                # Maybe the value goes on in the next piece: read on and try again. The same
                # error at the same place, well before the new end of the text, is real.
                where = (self.dropped + error.pos, error.msg)
                real = (
                    where == last
                    and error.pos < len(self.buffer) - 64
                    and not error.msg.startswith("Unterminated string")
                )
                if not real and self._more(grow=True):
                    last = where
                    continue
                self._fail(error)
            except (ValueError, RecursionError) as error:
                raise HsdsFileError(
                    self.file,
                    translate("hsds", "is geen bruikbare JSON: {error}").format(error=error),
                ) from None
            if end == len(self.buffer) and self._more(grow=True):  # a number may go on
                continue
            self.at = end
            return value

    def fail(self, problem: str) -> NoReturn:
        line = self.lines + self.buffer.count("\n", 0, self.at)
        raise HsdsFileError(
            self.file,
            translate("hsds", "is geen geldige JSON: {problem} (regel {line})").format(
                problem=problem, line=line
            ),
        )

    def _fail(self, error: json.JSONDecodeError) -> NoReturn:
        line = self.lines + self.buffer.count("\n", 0, error.pos)
        column = error.pos - self.buffer.rfind("\n", 0, error.pos)
        raise HsdsFileError(
            self.file,
            translate("hsds", "is geen geldige JSON: {msg} (regel {line}, kolom {column})").format(
                msg=error.msg, line=line, column=column
            ),
        ) from None


def _open_text(path: Path, file: str) -> IO[str]:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise HsdsFileError(file, translate("hsds", "bestaat niet")) from None
    except IsADirectoryError:
        raise HsdsFileError(file, translate("hsds", "is een map, geen JSON-bestand")) from None
    except OSError as error:
        raise HsdsFileError(
            file,
            translate("hsds", "kan niet gelezen worden ({strerror})").format(
                strerror=error.strerror
            ),
        ) from None


def too_large(what: str | None = None) -> str:
    """The file is too large; ``what``: a phrase in words ("is uitgepakt"), for more than
    "is" alone."""
    megabytes = MAX_BYTES // (1024 * 1024)
    if what is None:
        return translate(
            "hsds",
            "is te groot om te importeren (meer dan {megabytes} MB); "
            "splits het bestand of importeer minder diensten tegelijk",
        ).format(megabytes=megabytes)
    return translate(
        "hsds",
        "{what} te groot om te importeren (meer dan {megabytes} MB); "
        "splits het bestand of importeer minder diensten tegelijk",
    ).format(what=what, megabytes=megabytes)


def _json_source(path: Path, file: str) -> Source:
    handle = _open_text(path, file)
    try:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_BYTES:
            raise HsdsFileError(file, too_large())
        reader = _JsonReader(handle, file)
        first = reader.peek()
        if first == "":
            reader.fail(translate("hsds", "het bestand is leeg"))
        data = None if first == "[" else reader.value()
    except BaseException:
        handle.close()
        raise
    if isinstance(data, dict) and any(isinstance(k, str) and k.endswith(".csv") for k in data):
        handle.close()
        return _rebuilt_source(file, data, [])
    source = Source(file, iter(()), position=lambda: (min(reader.position, size), size))
    source.services = _json_services(source, reader, handle, data)
    return source


def _json_services(
    source: Source, reader: _JsonReader, handle: IO[str], data: Any
) -> Iterator[tuple[str, dict[str, Any], Context]]:
    """Services one by one: a top-level list is read element by element."""
    count = 0
    try:
        if data is not None:
            documents = _documents(source, data, "$", 0)
        else:
            documents = _list_elements(source, reader)
        for document, context in documents:
            yield record_label(count, document), document, context
            count += 1
        if reader.peek() != "":
            reader.fail(translate("hsds", "er staat nog iets na het einde"))
    finally:
        handle.close()


def _list_elements(source: Source, reader: _JsonReader) -> Iterator[tuple[dict[str, Any], Context]]:
    reader.take("[")
    if reader.peek() == "]":
        reader.take("]")
        return
    index = 0
    while True:
        yield from _documents(source, reader.value(), f"$[{index}]", 1)
        index += 1
        following = reader.peek()
        if following == ",":
            reader.take(",")
        elif following == "]":
            reader.take("]")
            return
        else:
            reader.fail(translate("hsds", "verwacht , of ] na element {index}").format(index=index))


def _documents(
    source: Source, value: Any, where: str, depth: int
) -> Iterator[tuple[dict[str, Any], Context]]:
    """The services in one JSON value: a service, an organization with services, a page …"""
    file = source.file
    if depth > 4:
        raise HsdsFileError(file, translate("hsds", "is te diep genest voor HSDS"), field=where)
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _documents(source, item, f"{where}[{index}]", depth + 1)
        return
    if not isinstance(value, dict):
        raise HsdsFileError(
            file, translate("hsds", "verwacht een dienst of organisatie (een object)"), field=where
        )
    if isinstance(value.get("contents"), list) and "name" not in value:
        yield from _documents(source, value["contents"], f"{where}.contents", depth + 1)
    elif "services" in value:
        services = value["services"]
        if not isinstance(services, list):
            raise HsdsFileError(
                file, translate("hsds", "verwacht een lijst"), field=f"{where}.services"
            )
        context = Context(organization=value, locations=_locations_of(file, value, where))
        if not services:
            source.notes.append(
                translate("hsds", "organisatie {value} heeft geen diensten").format(
                    value=_name(value)
                )
            )
        for index, service in enumerate(services):
            if not isinstance(service, dict):
                field_name = f"{where}.services[{index}]"
                raise HsdsFileError(
                    file, translate("hsds", "verwacht een dienst (een object)"), field=field_name
                )
            yield service, context
    elif search_terms.is_taxonomy_term(value):
        if search_terms.is_search_term(value):
            label = search_terms.term_label(len(source.search_terms), value)
            source.search_terms.append((label, value))
        elif is_guide_section(value):
            source.guide_sections += 1
        else:
            source.notes.append(search_terms.foreign_term_note(value))
    elif "location_type" in value and "status" not in value:
        raise HsdsFileError(file, translate("hsds", "is een locatie, geen dienst"), field=where)
    elif "location" in value and "service_id" in value and "name" not in value:
        raise HsdsFileError(
            file,
            translate("hsds", "is een koppeling dienst-locatie (service_at_location), geen dienst"),
            field=where,
        )
    elif _ORGANIZATION_ONLY & value.keys() and "status" not in value:
        source.notes.append(
            translate("hsds", "organisatie {value} zonder diensten niet overgenomen").format(
                value=_name(value)
            )
        )
    else:
        yield value, Context()


def _read_bytes(path: Path, file: str, limit: int | None = None) -> bytes:
    """The whole of a file, at most ``limit`` bytes (MAX_BYTES): its size as the system
    says it first, then counted while reading (a file can grow, a device has no size)."""
    limit = MAX_BYTES if limit is None else limit
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                raise HsdsFileError(file, too_large())
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise HsdsFileError(file, translate("hsds", "bestaat niet")) from None
    except IsADirectoryError:
        raise HsdsFileError(file, translate("hsds", "is een map, geen bestand")) from None
    except OSError as error:
        raise HsdsFileError(
            file,
            translate("hsds", "kan niet gelezen worden ({strerror})").format(
                strerror=error.strerror
            ),
        ) from None
    if len(data) > limit:
        raise HsdsFileError(file, too_large())
    return data


def _locations_of(file: str, organization: Mapping[str, Any], where: str) -> dict[str, Any]:
    locations = organization.get("locations")
    if locations is None:
        return {}
    if not isinstance(locations, list):
        raise HsdsFileError(
            file, translate("hsds", "verwacht een lijst"), field=f"{where}.locations"
        )
    return {
        item["id"]: item
        for item in locations
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def _name(value: Mapping[str, Any]) -> str:
    name = value.get("name")
    if isinstance(name, str) and name.strip():
        return f"'{name}'"
    return translate("hsds", "zonder naam")


# ---------------------------------------------------------------------------------- CSV


def _load_tables(path: Path, file: str) -> dict[str, list[dict[str, Any]]]:
    """The CSV files of the tabular form in a folder or zip (the descriptor is not needed)."""
    wanted = set(columns())
    found: dict[str, bytes] = {}
    if path.is_file() and path.suffix.lower() in (".csv", ".json"):
        path = path.parent  # services.csv or datapackage.json: the folder it is in
    if path.is_dir():
        present = sorted(name for name in wanted if (path / name).is_file())
        # The files together: they are all held at once.
        if sum((path / name).stat().st_size for name in present) > MAX_BYTES:
            raise HsdsFileError(
                file, too_large(translate("hsds", "is met zijn CSV-bestanden samen"))
            )
        budget = MAX_BYTES
        for name in present:
            found[name] = _read_bytes(path / name, f"{file}/{name}", budget)
            budget -= len(found[name])
    else:
        raw = _read_bytes(path, file)
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                found = _unpacked(archive, file, wanted)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
            raise HsdsFileError(
                file,
                translate("hsds", "is geen leesbaar zip-bestand ({error})").format(error=error),
            ) from None
        except (RuntimeError, ValueError, EOFError, zlib.error) as error:  # encrypted, damaged
            raise HsdsFileError(
                file,
                translate("hsds", "is geen leesbaar zip-bestand ({error})").format(error=error),
            ) from None
    if "services.csv" not in found:
        raise HsdsFileError(file, translate("hsds", "bevat geen services.csv (HSDS in tabelvorm)"))
    # Each file's bytes let go as soon as its rows are read.
    return {name: _rows(file, name, found.pop(name)) for name in sorted(found)}


def _unpacked(archive: zipfile.ZipFile, file: str, wanted: set[str]) -> dict[str, bytes]:
    """The wanted CSV files of a zip, unpacked: at most MAX_BYTES together, by what the
    zip declares and by what unpacking gives (a declared size can lie)."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise HsdsFileError(
            file,
            translate("hsds", "bevat te veel bestanden ({count}, hoogstens {most})").format(
                count=len(members), most=MAX_ZIP_MEMBERS
            ),
        )
    chosen: dict[str, zipfile.ZipInfo] = {}
    for member in members:
        name = member.filename.rsplit("/", 1)[-1]
        if name in wanted and not member.is_dir():
            if name in chosen:
                raise HsdsFileError(
                    file,
                    translate("hsds", "bevat {name} meer dan eens: welke geldt?").format(name=name),
                )
            chosen[name] = member
    if sum(member.file_size for member in chosen.values()) > MAX_BYTES:
        raise HsdsFileError(file, too_large(translate("hsds", "is uitgepakt")))
    found: dict[str, bytes] = {}
    budget = MAX_BYTES
    for name, member in chosen.items():
        pieces: list[bytes] = []
        with archive.open(member) as stream:
            while piece := stream.read(min(_READ_CHUNK, budget + 1)):
                budget -= len(piece)
                if budget < 0:
                    raise HsdsFileError(file, too_large(translate("hsds", "is uitgepakt")))
                pieces.append(piece)
        found[name] = b"".join(pieces)
    return found


def _rows(file: str, table: str, raw: bytes) -> list[dict[str, Any]]:
    """The rows of one CSV file, each with its non-empty cells only (an empty cell is an
    absent value: field_readers.py). The text is decoded a piece at a time, and a value
    met again in a column is kept once: attributes.csv repeats a few terms on every row."""
    data = io.BytesIO(raw)  # shares ``raw``: no copy
    text = io.TextIOWrapper(data, encoding="utf-8-sig", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader, None)
        if header is None:
            return []
        if len(set(header)) != len(header):
            raise HsdsFileError(
                file, translate("hsds", "een kolom staat twee keer in de kopregel"), record=table
            )
        seen: list[dict[str, str]] = [{} for _ in header]
        rows = []
        for number, values in enumerate(reader, start=2):
            if len(values) > len(header):
                raise HsdsFileError(
                    file,
                    translate("hsds", "meer velden dan kolommen in de kopregel"),
                    record=translate("hsds", "{table} regel {number}").format(
                        table=table, number=number
                    ),
                )
            row = {}
            for name, value, kept in zip(header, values, seen, strict=False):
                if value:
                    same = kept.get(value)
                    if same is None:
                        same = value
                        if len(kept) < _DISTINCT_KEPT:  # else a column of ids: not repeated
                            kept[value] = value
                    row[name] = same
            if row:
                rows.append(row)
    except UnicodeDecodeError as error:
        # Where in the file: the decoder was given the last bytes read (and any it held).
        position = data.tell() - len(error.object) + error.start
        problem = translate("hsds", "is geen UTF-8-tekst (byte {position})").format(
            position=position
        )
        raise HsdsFileError(file, problem, record=table) from None
    except csv.Error as error:
        raise HsdsFileError(
            file,
            translate("hsds", "is geen geldige CSV ({error})").format(error=error),
            record=translate("hsds", "{table} regel {line_num}").format(
                table=table, line_num=reader.line_num
            ),
        ) from None
    return rows


# Distinct values remembered per column while reading a CSV file (``_rows``).
_DISTINCT_KEPT = 1024


def unknown_columns(tables: Mapping[str, list[dict[str, Any]]]) -> list[str]:
    notes = []
    for table, rows in tables.items():
        known = set(columns().get(table, ()))
        extra = sorted({name for row in rows for name, value in row.items() if value} - known)
        if extra:
            notes.append(
                translate("hsds", "{table}: kolom(men) {extra} niet overgenomen").format(
                    table=table, extra=", ".join(extra)
                )
            )
    return notes


# ---------------------------------------------------------------------------------- writing


def not_written(file: str, error: OSError) -> HsdsFileError:
    return HsdsFileError(
        file,
        translate("hsds", "kan niet geschreven worden ({strerror})").format(
            strerror=error.strerror
        ),
    )


@contextmanager
def atomic_file(path: Path, file: str) -> Iterator[IO[bytes]]:
    """A file that appears at ``path`` only when completely written."""
    if path.exists() and not path.is_file():
        # Renaming over /dev/null or a folder would replace it: refused, nothing written.
        raise HsdsFileError(file, translate("hsds", "bestaat al en is geen gewoon bestand"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed below, not closed early)
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise not_written(file, error) from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except OSError as error:
        Path(handle.name).unlink(missing_ok=True)
        raise not_written(file, error) from None
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


class TableSpool:
    """The CSV files of an export, written row by row as the services are read into a
    hidden folder beside the target, then put together by ``write_tabular``: the rows of a
    region (hundreds of megabytes) are never all in memory. Used as a context manager: the
    folder is gone afterwards, whatever happened."""

    def __init__(self, target: Path) -> None:
        self.file = target.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
        except OSError as error:
            raise not_written(self.file, error) from None
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}

    def __enter__(self) -> TableSpool:
        return self

    def __exit__(self, *_exc: object) -> None:
        try:
            self.close()
        except HsdsFileError:
            pass  # the rows are thrown away with their folder
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, table: str, row: Mapping[str, Any]) -> None:
        """One row of ``table`` (a descriptor's file name), its cells as the export's."""
        writer = self._writers.get(table) or self._open(table)
        try:
            writer.writerow([cell(row.get(name)) for name in columns()[table]])
        except OSError as error:  # a full disk
            raise not_written(self.file, error) from None

    def _open(self, table: str) -> Any:
        try:
            handle = (self.folder / table).open("w", encoding="utf-8", newline="")
            self._handles[table] = handle
            writer = self._writers[table] = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(columns()[table])
        except OSError as error:
            raise not_written(self.file, error) from None
        return writer

    def close(self) -> None:
        """Every file written out (what the last rows left in a buffer too)."""
        handles, self._handles = list(self._handles.values()), {}
        failed = None
        for handle in handles:
            try:
                handle.close()
            except OSError as error:
                failed = error
        if failed is not None:
            raise not_written(self.file, failed)

    def files(self) -> Iterator[tuple[str, Path]]:
        """Every CSV of the HSDS tabular form (empty ones with their header) and the
        descriptor, each as a file to copy."""
        for table in columns():
            if table not in self._writers:
                self._open(table)
        self.close()
        for table in columns():
            yield table, self.folder / table
        yield "datapackage.json", DESCRIPTOR


_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip file can say


def write_tabular(path: Path, spool: TableSpool) -> None:
    """A zip file (``*.zip``) or a folder of CSV files with datapackage.json."""
    file = path.name
    if path.suffix.lower() == ".zip":
        with (
            atomic_file(path, file) as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, part in spool.files():
                # A fixed date in the archive: the same directory gives the same file (the
                # clock would make two exports a second apart differ).
                entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with part.open("rb") as source, archive.open(entry, "w") as target:
                    shutil.copyfileobj(source, target, _READ_CHUNK)
        return
    if path.exists() and not path.is_dir():
        raise HsdsFileError(
            file, translate("hsds", "bestaat al en is geen map (kies een map of een .zip-bestand)")
        )
    for name, part in spool.files():
        with atomic_file(path / name, f"{file}/{name}") as handle, part.open("rb") as source:
            shutil.copyfileobj(source, handle, _READ_CHUNK)

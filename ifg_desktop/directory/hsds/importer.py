"""Importing HSDS 3.0: read the file, show what would change, then write it all or nothing.

``plan_import`` reads and checks the whole file and compares it with the database without
writing (the dry run): every service is *added*, *changed* (field by field) or *unchanged*,
keyed by its stable key. ``apply_import`` writes a plan in one transaction after taking a
copy of the database file; a bad file, a cancel or a crash leaves the database as it was.
Services that are in the database but not in the file are left alone.

Terms of the search vocabulary in the file (search_terms.py) go the same way: *added*,
*changed* (the file's words replace the database's, in the trail) or *unchanged*; terms
that are not in the file stay. A checklist item a term names that the database does not
have is kept (the window shows advice only for the items it has) and reported.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, time
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ifg_desktop import __version__, migrations
from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.db.database import backup_sqlite_file
from ifg_desktop.db.errors import (
    DatabaseFull,
    DatabaseLocked,
    DatabaseReadOnly,
    explain_operational_error,
)
from ifg_desktop.directory import describe, service_fields
from ifg_desktop.directory.availability import Hours
from ifg_desktop.directory.bulk import (
    KnownSource,
    insert_drafts,
    known_sources,
    organization_digest,
    read_drafts,
    record_sources,
    update_drafts,
)
from ifg_desktop.directory.drafts import (
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
)
from ifg_desktop.directory.hsds import service_import
from ifg_desktop.directory.hsds.errors import HsdsFileError, ImportCancelled, PlanOutdated
from ifg_desktop.directory.hsds.field_readers import Record
from ifg_desktop.directory.hsds.files import detect_format, read_source
from ifg_desktop.directory.hsds.guide_sections import sections_note
from ifg_desktop.directory.hsds.progress import Cancel, Phase, Progress
from ifg_desktop.directory.hsds.search_terms import read_term
from ifg_desktop.directory.hsds.service_import import (
    Context,
    MappedService,
    canonical,
    read_service,
)
from ifg_desktop.directory.indexing import place_services
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.service_fields import BY_NAME, field_label
from ifg_desktop.directory.text import printable, unsafe_character
from ifg_desktop.directory.validation import text_problems
from ifg_desktop.directory.vocabulary import (
    TermRecord,
    checklist_keys,
    forget,
    stored_terms,
    write_terms,
)
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models import AuditEntry, Organization, Service, Theme

# The tables, for statements without the ORM: an import that never asks for a mapped
# class's attributes never configures the mappers (14 ms of a fresh process's import).
_service = cast(Table, Service.__table__)
_organization = cast(Table, Organization.__table__)
_theme = cast(Table, Theme.__table__)
_audit = cast(Table, AuditEntry.__table__)

_TICK = 500
# Services of the file compared with the database at once: a slice of 900 documents, with
# their drafts and the database's, weighed some 35 MB; of 300, about 27 MB, no slower.
_COMPARED_AT_ONCE = 300
# Drafts a plan keeps as they are (some 3 kB each): pickling frozen dataclasses and back
# costs a tenth of a second a thousand, a third of a small import's own work. Beyond
# these, the plan packs its drafts so that its memory stays flat (``_pack``).
_KEPT_AS_OBJECTS = 2_000
# Part of every document's digest (``service_source``): raised when reading a document
# changes, so that what an older version read is read again.
_READING_VERSION = 1

# A slice of a plan's drafts: as they are, or packed (``_pack``).
Packed = tuple[ServiceDraft, ...] | bytes


class Action(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


# By action; shown through ``action_label`` in the language in use.
ACTION_LABELS = {
    Action.ADDED: QT_TRANSLATE_NOOP("hsds", "nieuw"),
    Action.CHANGED: QT_TRANSLATE_NOOP("hsds", "gewijzigd"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("hsds", "ongewijzigd"),
}


def action_label(action: Action) -> str:
    """What an import does to a service ("nieuw") in the language in use."""
    return translate("hsds", ACTION_LABELS[action])


# A change's field is named as everywhere (service_fields.py); a term of the search
# vocabulary is named here.
FIELD_LABELS = {
    "zoekterm": QT_TRANSLATE_NOOP("hsds", "zoekterm"),
}


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """One field of one service: its value before and after, plain (JSON-able) and in words."""

    field: str
    old: Any
    new: Any
    old_text: str
    new_text: str

    @property
    def label(self) -> str:
        return field_label(self.field) or translate(
            "hsds", FIELD_LABELS.get(self.field, self.field)
        )


@dataclass(frozen=True, slots=True)
class PlannedService:
    key: str
    name: str
    action: Action
    changes: tuple[PlannedChange, ...]
    notes: tuple[str, ...]  # what the file says that could not be taken over
    record: str  # where it is in the file


@dataclass(frozen=True, slots=True)
class PlannedTerm:
    """One term of the search vocabulary in the file, against the database.

    Shaped like a ``PlannedService`` (key, name, action, changes, notes) so a preview can
    list both."""

    term: str
    action: Action
    old: TermRecord | None
    new: TermRecord  # as it will be stored
    notes: tuple[str, ...]
    record: str  # where it is in the file

    @property
    def key(self) -> str:
        """Where a service shows its key: that this row is a term of the vocabulary."""
        return translate("hsds", "(zoekterm)")

    @property
    def name(self) -> str:
        return self.term

    @property
    def changes(self) -> tuple[PlannedChange, ...]:
        if self.action is Action.UNCHANGED:
            return ()
        from ifg_desktop.directory.fields import empty_text, search_term_text

        old = self.old
        return (
            PlannedChange(
                "zoekterm",
                None if old is None else {"finds": list(old.finds), "flags": list(old.flags)},
                {"finds": list(self.new.finds), "flags": list(self.new.flags)},
                empty_text() if old is None else search_term_text(old.finds, old.flags),
                search_term_text(self.new.finds, self.new.flags),
            ),
        )


@dataclass(frozen=True, slots=True)
class ImportPlan:
    file: str
    format: str
    services: tuple[PlannedService, ...]
    notes: tuple[str, ...]  # about the file as a whole (organizations, extra tables …)
    new_themes: tuple[tuple[str, str], ...]  # (key, label) to be created
    terms: tuple[PlannedTerm, ...] = ()  # the search vocabulary's, in the file's order
    # The drafts of the services to be written (added or changed), in the file's order,
    # a slice at a time (``_pack``: a draft takes kilobytes as objects, a hundred bytes
    # packed), each with how many of them are changed and how many added.
    packed: tuple[tuple[Packed, int, int], ...] = field(default=(), repr=False, compare=False)
    # The organizations the drafts name, by key: their names, to see which are renamed.
    organization_names: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    # What the plan was compared with (``_state``): the services of the file already in the
    # database with their versions, and the organizations the file names.
    state: bytes | None = field(default=None, repr=False, compare=False)
    organizations: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # What to remember the services were read from when the plan is written: (key, digest
    # of the document, of its organization, themes), for ``bulk.known_sources``.
    sources: tuple[Source, ...] = field(default=(), repr=False, compare=False)

    @property
    def drafts(self) -> tuple[ServiceDraft, ...]:
        """The drafts of the services to be written, in the file's order."""
        return tuple(draft for packed, _c, _a in self.packed for draft in _unpack(packed))

    def count(self, action: Action) -> int:
        return sum(1 for service in self.services if service.action is action)

    def count_terms(self, action: Action) -> int:
        return sum(1 for term in self.terms if term.action is action)

    @property
    def writes(self) -> bool:
        return any(s.action is not Action.UNCHANGED for s in self.services) or any(
            t.action is not Action.UNCHANGED for t in self.terms
        )

    @property
    def summary(self) -> str:
        text = translate("hsds", "{added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd")
        text = text.format(
            added=self.count(Action.ADDED),
            changed=self.count(Action.CHANGED),
            unchanged=self.count(Action.UNCHANGED),
        )
        if self.terms:
            terms = translate(
                "hsds", "; zoektermen: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd"
            )
            text += terms.format(
                added=self.count_terms(Action.ADDED),
                changed=self.count_terms(Action.CHANGED),
                unchanged=self.count_terms(Action.UNCHANGED),
            )
        return text


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan: ImportPlan
    backup: Path | None  # the copy taken before writing (SQLite only)
    written: bool


# ---------------------------------------------------------------------------------- reading


def _pack(drafts: list[ServiceDraft], kept: int) -> Packed:
    """A slice of a plan's drafts as it keeps them: as they are while the plan holds fewer
    than ``_KEPT_AS_OBJECTS`` (``kept`` so far), else pickled and compressed."""
    if kept + len(drafts) <= _KEPT_AS_OBJECTS:
        return tuple(drafts)
    return zlib.compress(pickle.dumps(drafts, pickle.HIGHEST_PROTOCOL), 1)


def _unpack(packed: Packed) -> Sequence[ServiceDraft]:
    if isinstance(packed, tuple):
        return packed
    # Only ever what _pack made in this process: never data from a file.
    drafts: list[ServiceDraft] = pickle.loads(zlib.decompress(packed))
    return drafts


Source = tuple[str, str, str | None, tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class _Entry:
    """A service of the file: read (``service``), or known unchanged without reading."""

    label: str
    service: MappedService | None
    known: KnownSource | None = None
    digest: str | None = None  # of its document, when what it was read from may be kept


def _digest_prefix() -> bytes:
    """What decides how a document is read, so that a document read by other code is read
    again: the schema, the fields of a service with their HSDS names, the keys of each
    HSDS object read and left alone, and ``_READING_VERSION`` for how values are taken
    (normalised) -- besides what pickles a document (Python, the protocol)."""
    reading = sorted(
        (name, value)
        for name, value in vars(service_import).items()
        if name.endswith(("_READ", "_IGNORED")) and isinstance(value, tuple)
    )
    registry = [(f.name, f.hsds) for f in service_fields.SERVICE_FIELDS]
    parts = (
        __version__,
        _READING_VERSION,
        migrations.SCHEMA_REVISION,
        registry,
        reading,
        sys.version_info[:2],
        pickle.HIGHEST_PROTOCOL,
    )
    return repr(parts).encode()


def _document_digest(
    prefix: bytes, fmt: str, document: dict[str, Any], read_by: Sequence[Any] = ()
) -> str:
    """Of a document and what else it is read from (``Context.read_by``)."""
    # pickle writes every value and its type as it is, three times sooner than json.dumps;
    # equal documents that pickle differently are only read again.
    digest = hashlib.blake2b(prefix, digest_size=32)
    digest.update(fmt.encode() + b"\x1f")
    digest.update(pickle.dumps(document, pickle.HIGHEST_PROTOCOL))
    if read_by:  # a document on its own keeps the digest it always had
        digest.update(b"\x1e" + pickle.dumps(list(read_by), pickle.HIGHEST_PROTOCOL))
    return digest.hexdigest()


@dataclass(slots=True)
class _Batch:
    file: str
    format: str
    notes: list[str]
    themes: dict[str, str]
    terms: list[tuple[str, TermRecord, tuple[str, ...]]]  # (where, term, notes)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled


def _read(
    path: Path,
    fmt: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
    take: Callable[[list[_Entry]], None],
    known: Callable[[list[str]], dict[str, KnownSource]] | None = None,
) -> _Batch:
    """Read and check the file; its services go to ``take`` a slice at a time, as they
    are read, so that they are compared while the file is read and not all kept.

    A document has a digest, of itself and what it refers to (an organization, locations:
    the tabular form), unless it lies in a whole organization; one that ``known`` says was
    imported as it is into a service unchanged since is not read."""
    chosen = fmt or detect_format(path)
    file = path.name or str(path)
    if chosen is None:
        raise HsdsFileError(file, translate("hsds", "onbekend formaat: kies hsds-json of hsds-csv"))
    source = read_source(path, chosen)
    collected = _Collector(source.file)
    prefix = _digest_prefix()
    pending: list[tuple[str, dict[str, Any], Context, str | None]] = []

    def read_pending() -> None:
        digests = [digest for *_rest, digest in pending if digest is not None]
        found = known(digests) if known is not None and digests else {}
        for label, document, context, digest in pending:
            hit = found.get(digest) if digest is not None else None
            if hit is not None:
                collected.take_known(label, hit)
                continue
            service = read_service(Record(source.file, label), document, context)
            # A service with notes is read every time: they are shown with the plan.
            keep = not service.notes and not service.organization_notes
            collected.take(label, service, digest if keep else None)
        pending.clear()
        take(collected.services)
        collected.services = []

    with closing(source.services) as documents:  # type: ignore[type-var]
        for index, (label, document, context) in enumerate(documents):
            if index % _TICK == 0:
                _check(cancel)
                if progress is not None:
                    progress(Phase.READING, *source.position())
            read_by = context.read_by(document)
            digest = (
                None if read_by is None else _document_digest(prefix, chosen, document, read_by)
            )
            pending.append((label, document, context, digest))
            if len(pending) >= _COMPARED_AT_ONCE:
                read_pending()
    if pending:
        read_pending()
    if progress is not None:
        _done, total = source.position()
        progress(Phase.READING, total, total)
    notes = [printable(note) for note in source.notes]
    if source.guide_sections:
        notes.append(sections_note(source.guide_sections))
    for key, texts in collected.organization_notes.items():
        name = collected.organizations[key][0].name
        notes.extend(
            translate("hsds", "organisatie '{name}': {note}").format(
                name=name, note=printable(text)
            )
            for text in texts
        )
    terms = _read_terms(source.file, source.search_terms)
    return _Batch(source.file, chosen, notes, collected.themes, terms)


def _read_terms(
    file: str, documents: Sequence[tuple[str, dict[str, Any]]]
) -> list[tuple[str, TermRecord, tuple[str, ...]]]:
    """The search vocabulary's terms of a file, checked; the same term twice must agree."""
    found: dict[str, tuple[str, TermRecord, tuple[str, ...]]] = {}
    for label, document in documents:
        record = Record(file, label)
        term = read_term(record, document)
        for text in (term.term, *term.finds, *term.flags):
            unsafe = unsafe_character(text)
            if unsafe is not None:
                raise HsdsFileError(
                    file,
                    f"'{printable(text)}' {unsafe}",
                    record=label,
                )
        seen = found.get(term.term)
        if seen is None:
            found[term.term] = (label, term, tuple(printable(n) for n in record.notes))
        elif seen[1] != term:
            raise HsdsFileError(
                file,
                translate(
                    "hsds", "dezelfde zoekterm '{term}' als {seen}, met andere woorden"
                ).format(term=term.term, seen=seen[0]),
                record=label,
                field="code",
            )
    return list(found.values())


@dataclass(slots=True)
class _Collector:
    """The services of a file so far, checked against each other (keys, organizations)."""

    file: str
    services: list[_Entry] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, tuple[OrganizationDraft, str]] = field(default_factory=dict)
    organization_notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    themes: dict[str, str] = field(default_factory=dict)

    def take(self, label: str, service: MappedService, digest: str | None = None) -> None:
        draft = service.draft
        # The same limits and characters as the editor's, for every text (nested ones too).
        problems = text_problems(draft)
        if problems:
            name, problem = next(iter(problems.items()))
            raise HsdsFileError(self.file, problem, record=label, field=name)
        self._check(label, draft.key, draft.organization, service.themes)
        org = draft.organization
        if org is not None and service.organization_notes:
            self.organization_notes.setdefault(org.key, service.organization_notes)
        self.services.append(_Entry(label, service, None, digest))

    def take_known(self, label: str, known: KnownSource) -> None:
        """A service known unchanged: what it was read from passed every check then."""
        self._check(label, known.key, known.organization, known.themes)
        self.services.append(_Entry(label, None, known))

    def _check(
        self,
        label: str,
        key: str,
        org: OrganizationDraft | None,
        themes: Sequence[tuple[str, str]],
    ) -> None:
        if key in self.keys:
            raise HsdsFileError(
                self.file,
                translate("hsds", "dezelfde sleutel '{key}' als {keys}").format(
                    key=key, keys=self.keys[key]
                ),
                record=label,
                field="id",
            )
        self.keys[key] = label
        if org is not None:
            known = self.organizations.setdefault(org.key, (org, label))
            if known[0] != org:
                raise HsdsFileError(
                    self.file,
                    translate(
                        "hsds", "organisatie '{key}' staat er ook in met andere gegevens ({known})"
                    ).format(key=org.key, known=known[1]),
                    record=label,
                    field="organization",
                )
        for theme_key, theme_label in themes:
            self.themes.setdefault(theme_key, theme_label)


# ---------------------------------------------------------------------------------- comparing


def plain(value: Any) -> Any:
    """A draft's value as JSON-able data (for the audit trail and JSON output)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, frozenset | set):
        return sorted(plain(item) for item in value)
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def words(name: str, value: Any) -> str:
    """A draft's value in a few Dutch words, for the preview: printable, whatever the
    database held before control characters were refused."""
    return printable(_words(name, value))


def _words(name: str, value: Any) -> str:
    if value is None or value == () or value == frozenset():
        return translate("hsds", "(leeg)")
    if isinstance(value, bool):
        return translate("hsds", "ja") if value else translate("hsds", "nee")
    if name in ("minimum_age_months", "maximum_age_months"):
        return translate("hsds", "{months} maanden").format(months=value)
    in_words = BY_NAME[name].words if name in BY_NAME else None
    if in_words is not None:
        return in_words(value)
    if name == "status":
        return describe.status_label(value)
    if name == "urgency":
        return ", ".join(describe.urgency_label(level) for level in sorted(value))
    if isinstance(value, OrganizationDraft):
        return value.name
    if isinstance(value, Hours):
        parts = [
            f"{describe.weekday_short(day)} {text}" for day, text in describe.week_lines(value)
        ]
        if value.exceptions:
            parts.append(
                translate("hsds", "{count} afwijkende datum(s)").format(count=len(value.exceptions))
            )
        return "; ".join(parts)
    if isinstance(value, frozenset):
        return ", ".join(sorted(value))
    if isinstance(value, tuple):
        return "; ".join(_item_words(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _item_words(item: Any) -> str:
    if isinstance(item, PhoneDraft):  # as it is dialled, with its label
        return " ".join(p for p in (format_phone(item.number), item.label) if p)
    if is_dataclass(item) and not isinstance(item, type):
        return " ".join(str(getattr(item, f.name)) for f in fields(item) if getattr(item, f.name))
    return str(item)


def compare(old: ServiceDraft, new: ServiceDraft) -> tuple[PlannedChange, ...]:
    before, after = canonical(old), canonical(new)
    changes = []
    for f in fields(ServiceDraft):
        a, b = getattr(before, f.name), getattr(after, f.name)
        if a != b:
            changes.append(
                PlannedChange(f.name, plain(a), plain(b), words(f.name, a), words(f.name, b))
            )
    return tuple(changes)


def _existing(session: Session, keys: Sequence[str]) -> dict[str, ServiceDraft]:
    return read_drafts(session, keys)


def _planned(
    session: Session, batch_services: Sequence[tuple[str, MappedService]], progress: Progress | None
) -> list[PlannedService]:
    planned = []
    total = len(batch_services)
    existing: dict[str, ServiceDraft] = {}
    for index, (label, service) in enumerate(batch_services):
        if index % _COMPARED_AT_ONCE == 0:
            # The database's drafts a slice at a time: memory stays flat however many.
            chunk = batch_services[index : index + _COMPARED_AT_ONCE]
            existing = _existing(session, [mapped.draft.key for _label, mapped in chunk])
        if progress is not None and index % _TICK == 0:
            progress(Phase.COMPARING, index, total)
        draft = service.draft
        old = existing.get(draft.key)
        changes: tuple[PlannedChange, ...] = ()
        if old is None:
            action = Action.ADDED
        else:
            changes = () if old == draft else compare(old, draft)
            action = Action.CHANGED if changes else Action.UNCHANGED
        # Notes quote the file (its field names, ids, values): shown, so made printable.
        notes = tuple(printable(note) for note in service.notes)
        planned.append(PlannedService(draft.key, draft.name, action, changes, notes, label))
    return planned


def _state(
    session: Session, keys: Sequence[str], organizations: Sequence[str], progress: Progress | None
) -> bytes:
    """A digest of what a plan depends on: which of ``keys`` are in the database and at
    which version (every change of a service's content moves its version), and the
    organizations named. Equal digests: comparing again would give the same plan, so
    ``apply_import`` checks this under its lock instead of comparing every service again."""
    digest = hashlib.blake2b(digest_size=32)
    ordered = sorted(keys)
    for start in range(0, len(ordered), 900):
        if progress is not None:
            progress(Phase.COMPARING, start, len(ordered))
        rows = session.execute(
            select(_service.c.key, _service.c.version)
            .where(_service.c.key.in_(ordered[start : start + 900]))
            .order_by(_service.c.key)
        )
        for key, version in rows:
            digest.update(f"{key}\x1f{version}\x1e".encode())
    digest.update(b"\x1d")
    names = sorted(set(organizations))
    for start in range(0, len(names), 900):
        rows = session.execute(
            select(
                _organization.c.key,
                _organization.c.name,
                _organization.c.description,
                _organization.c.website,
                _organization.c.email,
            )
            .where(_organization.c.key.in_(names[start : start + 900]))
            .order_by(_organization.c.key)
        )
        for row in rows:
            digest.update(json.dumps(list(row), ensure_ascii=False).encode() + b"\x1e")
    return digest.digest()


def _state_of(session: Session, plan: ImportPlan, progress: Progress | None) -> bytes:
    return _state(session, [s.key for s in plan.services], plan.organizations, progress)


def _planned_terms(
    session: Session, terms: Sequence[tuple[str, TermRecord, tuple[str, ...]]]
) -> list[PlannedTerm]:
    stored = stored_terms(session, [term.term for _label, term, _notes in terms])
    known = checklist_keys(session) if any(term.flags for _l, term, _n in terms) else set()
    planned = []
    for label, term, notes in terms:
        old = stored.get(term.term)
        action = (
            Action.ADDED if old is None else Action.UNCHANGED if old == term else Action.CHANGED
        )
        if action is not Action.UNCHANGED:  # kept as the file says; said when it matters
            notes = (
                *notes,
                *(
                    translate(
                        "hsds",
                        "bewaard, maar signaal '{key}' staat (nog) niet in de checklist "
                        "van deze databank",
                    ).format(key=key)
                    for key in term.flags
                    if key not in known
                ),
            )
        planned.append(PlannedTerm(term.term, action, old, term, notes, label))
    return planned


def _term_state(terms: Sequence[PlannedTerm]) -> list[tuple[Any, ...]]:
    return [(t.term, t.action, t.old, t.new) for t in terms]


def plan_import(
    database: Database,
    path: Path,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Read and check the whole file, and say what importing it would do. Writes nothing.

    One pass: each slice of services is compared with the database as soon as it is read,
    and only the drafts of services to be written are kept."""
    planned: list[PlannedService] = []
    packed: list[tuple[Packed, int, int]] = []
    kept = 0  # drafts kept as they are (``_pack``)
    organizations: set[str] = set()
    organization_names: dict[str, str] = {}
    sources: list[Source] = []
    # Kept once for all the services that share them (most share an organization and a
    # few theme combinations): a source of 100,000 is otherwise 650 bytes a service.
    organization_digests: dict[OrganizationDraft, str | None] = {}
    theme_sets: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    with database.begin() as session:
        if database.dialect == "sqlite":
            # One snapshot for every read of the plan (the driver begins only before a
            # write): what was compared is what its state says, whoever commits meanwhile.
            session.connection().exec_driver_sql("BEGIN")

        def compare_slice(entries: list[_Entry]) -> None:
            nonlocal kept
            read = [(e.label, e.service) for e in entries if e.service is not None]
            compared = iter(_planned(session, read, None))
            written: list[ServiceDraft] = []
            changed = 0
            for entry in entries:
                if entry.service is None:
                    known = entry.known
                    assert known is not None
                    planned.append(
                        PlannedService(known.key, known.name, Action.UNCHANGED, (), (), entry.label)
                    )
                    if known.organization is not None:
                        organizations.add(known.organization.key)
                    continue
                planned_service = next(compared)
                planned.append(planned_service)
                draft = entry.service.draft
                if planned_service.action is not Action.UNCHANGED:
                    written.append(draft)
                    changed += planned_service.action is Action.CHANGED
                    if draft.organization is not None:
                        organization_names[draft.organization.key] = draft.organization.name
                if draft.organization is not None:
                    organizations.add(draft.organization.key)
                if entry.digest is not None:
                    org = draft.organization
                    if org is not None and org not in organization_digests:
                        organization_digests[org] = organization_digest(org)
                    themes = theme_sets.setdefault(entry.service.themes, entry.service.themes)
                    org_digest = organization_digests[org] if org is not None else None
                    sources.append((draft.key, entry.digest, org_digest, themes))
            if written:
                drafts = _pack(written, kept)
                kept += len(written) if isinstance(drafts, tuple) else 0
                packed.append((drafts, changed, len(written) - changed))

        def unchanged(digests: list[str]) -> dict[str, KnownSource]:
            return known_sources(session, digests)

        batch = _read(Path(path), fmt, progress, cancel, compare_slice, unchanged)
        known = set(session.scalars(select(_theme.c.key)))
        terms = _planned_terms(session, batch.terms)
        # In the same transaction as the comparison: the state the plan was made from.
        state = _state(session, [s.key for s in planned], sorted(organizations), None)
    return ImportPlan(
        file=batch.file,
        format=batch.format,
        services=tuple(planned),
        notes=tuple(batch.notes),
        new_themes=tuple((k, label) for k, label in batch.themes.items() if k not in known),
        terms=tuple(terms),
        packed=tuple(packed),
        organization_names=tuple(sorted(organization_names.items())),
        state=state,
        organizations=tuple(sorted(organizations)),
        sources=tuple(sources),
    )


# ---------------------------------------------------------------------------------- writing


def apply_import(
    database: Database,
    plan: ImportPlan,
    *,
    actor: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write what ``plan`` says, all or nothing, as changes by ``actor`` (the coordinator).

    A copy of the database file is taken first (SQLite). If the database changed since the
    plan was made, nothing is written (PlanOutdated): the coordinator confirmed that plan.
    A plan that changes nothing only remembers what its services were read from.
    """
    if not actor.strip():
        raise ValueError("an import needs the name of the coordinator who does it")
    if not plan.writes:
        _check(cancel)
        _remember_sources(database, plan)
        return ImportResult(plan, None, written=False)
    _check(cancel)
    try:
        return _apply(database, plan, actor=actor, progress=progress, cancel=cancel)
    except IntegrityError as error:
        if database.dialect == "sqlite":
            raise  # nobody writes beside BEGIN IMMEDIATE: a bug of ours, not "meanwhile"
        # PostgreSQL locks services and terms only: a theme or organisation written
        # meanwhile is the same story as a changed service.
        raise PlanOutdated from error


def _remember_sources(database: Database, plan: ImportPlan) -> None:
    """A plan that changes no service still remembers what its services were read from (a
    database from before digests were kept, a feed that never changes), so that the next
    import need not read them: in one short write transaction, only if the services are
    still as compared (else the digests would vouch for versions nobody compared)."""
    if not plan.sources or plan.state is None:
        return
    try:
        with _locked(database) as session:
            if _state_of(session, plan, None) != plan.state:
                return
            record_sources(session, plan.sources)
    except (DatabaseLocked, DatabaseReadOnly, DatabaseFull):
        # Only the next import's head start is lost: "nothing to import" stays the answer.
        return


@contextmanager
def _locked(database: Database) -> Iterator[Session]:
    """One write transaction from the check against the plan to the last write: nobody
    changes a service between the two. SQLite: BEGIN IMMEDIATE (begin_write). PostgreSQL:
    the service table locked so that an edit (which locks its row FOR UPDATE, or inserts)
    or another import waits for this one, and this one for them; reading goes on."""
    with database.begin_write() as session:
        if database.dialect == "postgresql":
            session.execute(sql_text("LOCK TABLE service, search_term IN EXCLUSIVE MODE"))
        yield session


def _apply(
    database: Database,
    plan: ImportPlan,
    *,
    actor: str,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportResult:
    with _locked(database) as session:
        # Under the lock: the copy is the database exactly as the import finds it, and
        # importers started together take their copies one after the other.
        if progress is not None:
            progress(Phase.BACKING_UP, 0, 1)
        backup = _backup(database)
        _check(cancel)
        # A plan not made by plan_import cannot be checked: never written.
        if plan.state is None or _state_of(session, plan, progress) != plan.state:
            raise PlanOutdated
        as_read = [(t.record, t.new, t.notes) for t in plan.terms]
        if _term_state(_planned_terms(session, as_read)) != _term_state(plan.terms):
            raise PlanOutdated
        _check(cancel)
        _create_themes(session, plan.new_themes)
        added_keys = {s.key for s in plan.services if s.action is Action.ADDED}
        # Changed services are few, and the trail needs them: unpacked at once. Added ones
        # are written a packed slice at a time.
        changed = [
            draft
            for packed, changed_count, _added in plan.packed
            if changed_count
            for draft in _unpack(packed)
            if draft.key not in added_keys
        ]
        total = len(changed) + len(added_keys)
        renamed_organizations = _renamed_organizations(session, dict(plan.organization_names))
        before = _existing(session, [draft.key for draft in changed])  # for the trail
        touched = _write_changed(session, changed, total, progress, cancel)
        written = len(changed)
        for packed, _changed, added_count in plan.packed:
            if not added_count:
                continue
            added = [draft for draft in _unpack(packed) if draft.key in added_keys]

            def after_batch(done: int, written: int = written) -> None:
                _check(cancel)
                if progress is not None:
                    progress(Phase.WRITING, written + done, total)

            touched.extend(insert_drafts(session, added, after_batch=after_batch))
            written += len(added)
        if renamed_organizations:
            touched.extend(
                session.scalars(
                    select(_service.c.id).where(
                        _service.c.organization_id.in_(renamed_organizations)
                    )
                )
            )
        _check(cancel)
        if progress is not None:
            progress(Phase.INDEXING, 0, 1)
        place_services(session, touched)
        _check(cancel)
        # In this transaction: the trail and the data commit or fail together.
        _record_in_audit_trail(session, actor, plan, before, changed)
        record_sources(session, plan.sources)
        write_terms(
            session, [t.new for t in plan.terms if t.action is not Action.UNCHANGED], by=actor
        )
        if progress is not None:
            progress(Phase.INDEXING, 1, 1)
    if plan.terms:
        forget(database)  # the search reads the vocabulary anew at once
    return ImportResult(plan, backup, written=True)


def _record_in_audit_trail(
    session: Session,
    actor: str,
    plan: ImportPlan,
    before: dict[str, ServiceDraft],
    changed_drafts: Sequence[ServiceDraft],
) -> None:
    """Changed services field by field, as an edit in the window records them (so any
    earlier value can be put back); each added one as one line naming the file it came
    from (100,000 new services must not mean a million lines)."""
    from ifg_desktop.directory import audit
    from ifg_desktop.directory import fields as trail
    from ifg_desktop.models import AuditAction
    from ifg_desktop.models.base import utcnow

    moment = utcnow()
    by_key = {draft.key: draft for draft in changed_drafts}
    changed = [s.key for s in plan.services if s.action is Action.CHANGED]
    versions: dict[str, int] = {}
    if changed:
        rows = session.execute(
            select(_service.c.key, _service.c.version).where(_service.c.key.in_(changed))
        )
        versions = {key: version for key, version in rows}
    for key in changed:
        audit.record(
            session,
            key=key,
            action=AuditAction.UPDATE,
            by=actor,
            changes=trail.changed_fields(before[key], by_key[key]),
            version=versions.get(key),
            when=moment,
        )
    source = json.dumps(plan.file, ensure_ascii=False)
    added = [s.key for s in plan.services if s.action is Action.ADDED]
    for start in range(0, len(added), 2000):  # the rows of 100,000 at once weigh 100 MB
        session.execute(
            insert(_audit),
            [
                {
                    "resource_type": audit.SERVICE,
                    "resource_id": key,
                    "resource_version": 1,
                    "field_name": trail.IMPORTED_FROM,
                    "previous_value": None,
                    "replacement_value": source,
                    "updated_by": actor,
                    "last_action_date": moment,
                    "last_action_type": AuditAction.CREATE,
                }
                for key in added[start : start + 2000]
            ],
        )


def _backup(database: Database) -> Path | None:
    try:
        return backup_sqlite_file(database, reason="import")
    except sqlite3.Error as error:
        raise explain_operational_error(error, database.display_name) from error
    except OSError as error:
        raise DatabaseProblem(
            translate(
                "hsds",
                "Er kon geen reservekopie van {database} gemaakt worden "
                "({reason}); er is niets geïmporteerd.",
            ).format(database=database.display_name, reason=error.strerror)
        ) from error


def _create_themes(session: Session, themes: Sequence[tuple[str, str]]) -> None:
    if not themes:
        return
    existing = set(session.scalars(select(_theme.c.key)))
    position = (session.scalar(select(func.max(_theme.c.position))) or 0) + 1
    rows = []
    for key, label in themes:
        if key not in existing:
            rows.append({"key": key, "label": label, "position": position})
            position += 1
    if rows:
        session.execute(insert(_theme), rows)


def _renamed_organizations(session: Session, names: dict[str, str]) -> list[int]:
    """Organizations whose name the import changes (``names``: the new name by key): their
    services' search text changes."""
    keys = sorted(names)
    renamed = []
    for start in range(0, len(keys), 900):
        for org_id, key, name in session.execute(
            select(_organization.c.id, _organization.c.key, _organization.c.name).where(
                _organization.c.key.in_(keys[start : start + 900])
            )
        ):
            if names[key] != name:
                renamed.append(org_id)
    return renamed


def _write_changed(
    session: Session,
    drafts: Sequence[ServiceDraft],
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> list[int]:
    """Changed services, in set-based statements (``bulk.update_drafts``), versioned."""

    def after_batch(done: int) -> None:
        _check(cancel)
        if progress is not None:
            progress(Phase.WRITING, done, total)

    return update_drafts(session, drafts, after_batch=after_batch)


__all__ = [
    "ACTION_LABELS",
    "FIELD_LABELS",
    "Action",
    "ImportPlan",
    "ImportResult",
    "PlannedChange",
    "PlannedService",
    "PlannedTerm",
    "action_label",
    "apply_import",
    "compare",
    "plain",
    "plan_import",
]

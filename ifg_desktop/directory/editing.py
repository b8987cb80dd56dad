"""Changing the directory: create, edit, archive, restore, verify — never losing an edit.

Every write here is one unit of work that holds the write lock from its first read
(``Database.begin_write``), checks the version the coordinator started from, writes, and
records each changed field in the trail (``audit.py``) under the coordinator's name. When
the version moved meanwhile, nothing is written and ``EditConflict`` says what the other
person changed. Errors a coordinator can act on are ``EditRefused`` with a sentence in the
language in use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from difflib import SequenceMatcher
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ifg_desktop.db import Database
from ifg_desktop.directory import audit, fields
from ifg_desktop.directory.drafts import (
    OrganizationDraft,
    ServiceDraft,
    UnknownTheme,
    apply_draft,
    draft_of,
    eager_load,
)
from ifg_desktop.directory.indexing import place_service
from ifg_desktop.directory.records import ThemeRecord
from ifg_desktop.directory.text import fold, index_body
from ifg_desktop.directory.validation import validate_draft
from ifg_desktop.i18n import translate
from ifg_desktop.models import AuditAction, Organization, Service, Theme
from ifg_desktop.models.base import utcnow


class EditRefused(Exception):
    """The data does not allow this edit; ``str()`` says why. Nothing was written."""


class ServiceNotFound(EditRefused):
    def __init__(self, key: str) -> None:
        super().__init__(
            translate("editing", "Er is geen dienst met sleutel '{key}' (meer).").format(key=key)
        )
        self.key = key


class KeyTaken(EditRefused):
    def __init__(self, key: str) -> None:
        super().__init__(
            translate(
                "editing",
                "De sleutel '{key}' is al in gebruik (misschien door een gearchiveerde dienst).",
            ).format(key=key)
        )
        self.key = key


class InvalidDraft(EditRefused):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class EditableService:
    """A service as its editor needs it: its content and the version that content had."""

    draft: ServiceDraft
    version: int
    archived_at: datetime | None
    updated_at: datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True, slots=True)
class ConflictingChange:
    """One field as somebody else changed it: from what to what, by whom, last when."""

    field: str
    before: str | None  # JSON, see fields.py
    after: str | None
    by: tuple[str, ...]
    when: datetime

    @property
    def label(self) -> str:
        return fields.field_label(self.field)

    @property
    def before_text(self) -> str:
        return fields.value_text(self.field, self.before)

    @property
    def after_text(self) -> str:
        return fields.value_text(self.field, self.after)


class EditConflict(EditRefused):
    """Somebody saved the service after the version this edit started from."""

    def __init__(
        self,
        key: str,
        expected_version: int,
        current: EditableService | None,
        their_changes: Sequence[audit.AuditRecord],
    ) -> None:
        who = sorted({entry.updated_by for entry in their_changes})
        if who:
            message = translate(
                "editing",
                "Deze dienst werd intussen gewijzigd door {who}. Er is niets opgeslagen: "
                "laad de nieuwe versie en breng uw wijziging opnieuw aan.",
            ).format(who=", ".join(who))
        else:
            message = translate(
                "editing",
                "Deze dienst werd intussen gewijzigd. Er is niets opgeslagen: "
                "laad de nieuwe versie en breng uw wijziging opnieuw aan.",
            )
        super().__init__(message)
        self.key = key
        self.expected_version = expected_version
        self.current = current
        self.their_changes = tuple(their_changes)

    @property
    def changes_by_field(self) -> list[ConflictingChange]:
        """The other person's changes, one per field: first value before, last value after."""
        merged: dict[str, ConflictingChange] = {}
        for entry in self.their_changes:
            earlier = merged.get(entry.field_name)
            by = (
                (entry.updated_by,)
                if earlier is None
                else tuple(dict.fromkeys((*earlier.by, entry.updated_by)))
            )
            merged[entry.field_name] = ConflictingChange(
                field=entry.field_name,
                before=entry.previous_value if earlier is None else earlier.before,
                after=entry.replacement_value,
                by=by,
                when=entry.last_action_date,
            )
        return list(merged.values())


@dataclass(frozen=True, slots=True)
class SaveResult:
    key: str
    version: int
    changed: tuple[str, ...]  # the fields written; empty = there was nothing to change


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    key: str
    name: str
    reasons: tuple[str, ...]  # in words: "zelfde naam", "gelijkaardige naam", "zelfde nummer 1712"
    archived: bool


@dataclass(frozen=True, slots=True)
class ArchivedService:
    key: str
    name: str
    archived_at: datetime
    version: int


@dataclass(frozen=True, slots=True)
class EditorChoices:
    """What the editor offers to pick from."""

    themes: tuple[ThemeRecord, ...]
    organizations: tuple[OrganizationDraft, ...]


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:  # SQLite keeps UTC without its zone
        return moment.replace(tzinfo=UTC)
    return moment


def _load(session: Session, key: str, *, for_update: bool = False) -> Service | None:
    statement = select(Service).where(Service.key == key).options(*eager_load())
    if for_update:  # PostgreSQL locks the row; SQLite already holds the write lock
        statement = statement.with_for_update(of=Service)
    return session.scalars(statement).one_or_none()


def _editable(service: Service) -> EditableService:
    return EditableService(
        draft=draft_of(service),
        version=service.version,
        archived_at=_aware(service.archived_at),
        updated_at=_aware(service.updated_at),
    )


def load_service(database: Database, key: str) -> EditableService | None:
    with database.begin() as session:
        service = _load(session, key)
        return None if service is None else _editable(service)


def _require_name(by: str) -> str:
    name = by.strip()
    if not name:  # the window never lets this happen: a bug when it does
        raise ValueError("every change carries the coordinator's name")
    return name


def _checked(session: Session, key: str, expected_version: int | None) -> Service:
    service = _load(session, key, for_update=True)
    if service is None:
        raise ServiceNotFound(key)
    if expected_version is not None and service.version != expected_version:
        raise EditConflict(
            key,
            expected_version,
            _editable(service),
            audit.changes_since(session, key, expected_version),
        )
    return service


def _conflict_after_race(database: Database, key: str, expected_version: int) -> EditConflict:
    """The version check at UPDATE time caught what the lock should have: say the same."""
    with database.begin() as session:
        service = _load(session, key)
        return EditConflict(
            key,
            expected_version,
            None if service is None else _editable(service),
            audit.changes_since(session, key, expected_version),
        )


def _keep_organization_content(session: Session, draft: ServiceDraft) -> ServiceDraft:
    """Linking a service to an existing organization never rewrites that organization."""
    if draft.organization is None:
        return draft
    existing = session.scalar(
        select(Organization).where(Organization.key == draft.organization.key)
    )
    if existing is None:
        return draft
    return replace(
        draft,
        organization=OrganizationDraft(
            existing.key, existing.name, existing.description, existing.website, existing.email
        ),
    )


def _write(
    session: Session,
    service: Service,
    draft: ServiceDraft,
    *,
    before: ServiceDraft | None,
    by: str,
    action: AuditAction,
) -> SaveResult:
    """Apply ``draft`` and record what changed; nothing at all when nothing differs."""
    if before is not None and not fields.changed_fields(before, draft):
        return SaveResult(service.key, service.version, ())
    try:
        apply_draft(session, service, draft)
    except UnknownTheme as error:
        raise InvalidDraft(
            {"themes": translate("editing", "Onbekend thema ({error}).").format(error=error)}
        ) from error
    service.updated_at = utcnow()  # also when only phones or hours changed: a new version
    if before is None:
        session.add(service)
    place_service(session, service)  # name and search text may have changed
    session.flush()
    changes = fields.changed_fields(before, draft_of(service))
    audit.record(
        session,
        key=service.key,
        action=action,
        by=by,
        changes=changes,
        version=service.version,
    )
    return SaveResult(service.key, service.version, tuple(field for field, _, _ in changes))


def create_service(database: Database, draft: ServiceDraft, *, by: str) -> SaveResult:
    """Add a new service; its every field goes into the trail."""
    by = _require_name(by)
    problems = validate_draft(draft, new=True)
    if problems:
        raise InvalidDraft(problems)
    try:
        with database.begin_write() as session:
            if session.scalar(select(Service.id).where(Service.key == draft.key)) is not None:
                raise KeyTaken(draft.key)
            draft = _keep_organization_content(session, draft)
            return _write(session, Service(), draft, before=None, by=by, action=AuditAction.CREATE)
    except IntegrityError as error:  # another database engine let a twin in first
        raise KeyTaken(draft.key) from error


def _update(
    database: Database,
    key: str,
    change: Callable[[ServiceDraft], ServiceDraft],
    *,
    expected_version: int | None,
    by: str,
    action: AuditAction,
    also: Callable[[Session, Service], object] | None = None,
) -> SaveResult:
    """Load ``key`` locked, check its version, apply ``change(before) -> draft``, save;
    ``also``: more to write in the same transaction."""
    by = _require_name(by)
    try:
        with database.begin_write() as session:
            service = _checked(session, key, expected_version)
            before = draft_of(service)
            draft = _keep_organization_content(session, change(before))
            if draft.key != key:
                raise EditRefused(
                    translate("editing", "De sleutel van een bestaande dienst verandert niet.")
                )
            problems = validate_draft(draft)
            if problems:
                raise InvalidDraft(problems)
            result = _write(session, service, draft, before=before, by=by, action=action)
            if also is not None:
                also(session, service)
            return result
    except StaleDataError as error:
        raise _conflict_after_race(database, key, expected_version or 0) from error


def update_service(
    database: Database, draft: ServiceDraft, *, expected_version: int, by: str
) -> SaveResult:
    """Save an edited service, unless somebody saved it since ``expected_version``."""
    return _update(
        database,
        draft.key,
        lambda _before: draft,
        expected_version=expected_version,
        by=by,
        action=AuditAction.UPDATE,
    )


def verify_today(
    database: Database,
    key: str,
    *,
    by: str,
    today: date,
    expected_version: int | None = None,
) -> SaveResult:
    """ "Verified today": the date and the coordinator, in one action; the marks "source
    to be verified" of its facts go (provenance.py)."""
    from ifg_desktop.directory.provenance import mark_verified

    name = _require_name(by)
    return _update(
        database,
        key,
        lambda before: replace(before, assured_date=today, assurer=name),
        expected_version=expected_version,
        by=name,
        action=AuditAction.VERIFY,
        also=lambda session, service: mark_verified(session, service.id),
    )


def _set_archived(
    database: Database, key: str, *, archived: bool, by: str, expected_version: int | None
) -> SaveResult:
    by = _require_name(by)
    with database.begin_write() as session:
        service = _checked(session, key, expected_version)
        if (service.archived_at is not None) == archived:
            if archived:
                message = translate("editing", "'{name}' is al gearchiveerd.")
            else:
                message = translate("editing", "'{name}' is niet gearchiveerd.")
            raise EditRefused(message.format(name=service.name))
        service.archived_at = utcnow() if archived else None
        service.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            key=key,
            action=AuditAction.ARCHIVE if archived else AuditAction.RESTORE,
            by=by,
            changes=[
                (
                    fields.ARCHIVED,
                    fields.to_json(fields.ARCHIVED, not archived),
                    fields.to_json(fields.ARCHIVED, archived),
                )
            ],
            version=service.version,
        )
        return SaveResult(key, service.version, (fields.ARCHIVED,))


def archive_service(
    database: Database, key: str, *, by: str, expected_version: int | None = None
) -> SaveResult:
    """Take a service out of every list (soft delete); ``restore_service`` brings it back."""
    return _set_archived(database, key, archived=True, by=by, expected_version=expected_version)


def restore_service(
    database: Database, key: str, *, by: str, expected_version: int | None = None
) -> SaveResult:
    """Bring an archived service back, exactly as it was."""
    return _set_archived(database, key, archived=False, by=by, expected_version=expected_version)


def restore_value(
    database: Database,
    entry_id: int,
    *,
    by: str,
    use: Literal["previous", "replacement"] = "previous",
    expected_version: int | None = None,
) -> SaveResult:
    """Put a value from the trail back on its service; that too is recorded."""
    entry = audit.get_entry(database, entry_id)
    if entry is None:
        raise EditRefused(translate("editing", "Deze regel staat niet (meer) in de geschiedenis."))
    if entry.resource_type == audit.SERVICE and entry.field_name == fields.ARCHIVED:
        wanted = fields.from_json(fields.ARCHIVED, getattr(entry, f"{use}_value"))
        function = archive_service if wanted else restore_service
        return function(database, entry.resource_id, by=by, expected_version=expected_version)
    if not entry.restorable:
        raise EditRefused(translate("editing", "Deze waarde kan niet teruggezet worden."))
    text = entry.previous_value if use == "previous" else entry.replacement_value
    if text is None:
        raise EditRefused(
            translate("editing", "Er was geen eerdere waarde: de dienst werd toen aangemaakt.")
        )
    value = fields.from_json(entry.field_name, text)
    return _update(
        database,
        entry.resource_id,
        lambda before: replace(before, **{entry.field_name: value}),
        expected_version=expected_version,
        by=by,
        action=AuditAction.REVERT,
    )


def list_archived(database: Database) -> list[ArchivedService]:
    with database.begin() as session:
        rows = session.execute(
            select(Service.key, Service.name, Service.archived_at, Service.version)
            .where(Service.archived_at.is_not(None))
            .order_by(Service.archived_at.desc())
        ).all()
        return [
            ArchivedService(key, name, _aware(archived_at) or utcnow(), version)
            for key, name, archived_at, version in rows
        ]


def editor_choices(database: Database) -> EditorChoices:
    with database.begin() as session:
        themes = session.scalars(select(Theme).order_by(Theme.position, Theme.key)).all()
        organizations = session.scalars(select(Organization).order_by(Organization.name)).all()
        return EditorChoices(
            themes=tuple(ThemeRecord(t.key, t.label) for t in themes),
            organizations=tuple(
                OrganizationDraft(o.key, o.name, o.description, o.website, o.email)
                for o in organizations
            ),
        )


# -- possible duplicates -------------------------------------------------------------------

SIMILAR_RATIO = 0.85
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def _similar(first: str, second: str) -> bool:
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) >= 4 and f" {shorter} " in f" {longer} ":  # "politie" in "politie gent"
        return True
    total = len(first) + len(second)
    if 2 * len(shorter) < SIMILAR_RATIO * total:  # real_quick_ratio: the lengths alone
        return False
    matcher = SequenceMatcher(None, first, second)
    # quick_ratio is an upper bound of the ratio: most names are told apart by it.
    return matcher.quick_ratio() >= SIMILAR_RATIO and matcher.ratio() >= SIMILAR_RATIO


WORD_START = 4  # letters of each word of the name a possible duplicate shares


def _name_parts(name: str) -> list[str]:
    """What a possible duplicate's names hold (``name_text``, words between single spaces):
    the start of each of the name's words (a one-letter word whole: the trigram index needs
    three characters)."""
    return list(
        dict.fromkeys(
            f" {word[:WORD_START]}" if len(word) > 1 else f" {word} " for word in name.split()
        )
    )


def _like_part(part: str) -> str:
    return "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _candidates_sql(
    dialect: str, key: str, parts: Sequence[str], numbers: Sequence[str]
) -> tuple[str, list[object]]:
    """The services that may be a duplicate, asked of the name index and the phone numbers:
    one statement, whatever the directory's size."""
    conditions: list[str] = []
    params: list[object] = [key]
    if parts and dialect == "sqlite":  # the trigram index of the names (migration 0003)
        conditions.append(
            "s.display_rank IN (SELECT rowid FROM service_fts_name WHERE service_fts_name MATCH ?)"
        )
        params.append(" OR ".join('"' + part.replace('"', '""') + '"' for part in parts))
    elif parts:  # PostgreSQL: the trigram index of the names (migration 0007) answers LIKE
        likes = " OR ".join("f.name_text LIKE ? ESCAPE '\\'" for _part in parts)
        conditions.append(f"s.display_rank IN (SELECT f.rank FROM service_search f WHERE {likes})")
        params.extend(_like_part(part) for part in parts)
    if numbers:
        marks = ", ".join("?" for _number in numbers)
        conditions.append(f"s.id IN (SELECT p.service_id FROM phone p WHERE p.number IN ({marks}))")
        params.extend(numbers)
    sql = (
        "SELECT s.id, s.key, s.name, s.alternate_name, s.archived_at FROM service s "
        f"WHERE s.key <> ? AND ({' OR '.join(conditions)}) ORDER BY s.id"
    )
    return sql, params


def find_duplicates(database: Database, draft: ServiceDraft) -> list[DuplicateCandidate]:
    """Services that may be this one already: same or similar name, or a number in common.

    Only services whose names share the start of a word of this name (its first four
    letters) or a phone number are compared: asked of the name index, not read one by one.
    A name with a typo in the first letters of every word is not seen as similar.
    """
    name = index_body(draft.name)
    numbers = list(dict.fromkeys(phone.number for phone in draft.phones))
    parts = _name_parts(name)
    if not parts and not numbers:
        return []
    sql, params = _candidates_sql(database.dialect, draft.key, parts, numbers)
    with database.reading():
        rows = database.read(sql, params)
        phones: dict[int, list[str]] = {}
        if numbers and rows:
            marks = ", ".join("?" for _number in numbers)
            for service_id, number in database.read(
                f"SELECT p.service_id, p.number FROM phone p WHERE p.number IN ({marks}) "
                "ORDER BY p.service_id, p.position, p.id",
                numbers,
            ):
                phones.setdefault(service_id, []).append(number)
    found = []
    # By name as stored: many services share a name (a chain's branches, a town's name).
    bodies: dict[str | None, str] = {}
    similar: dict[str | None, bool] = {}
    for service_id, key, service_name, alternate_name, archived_at in rows:
        reasons = []
        for stored in (service_name, alternate_name):
            if stored not in similar:
                bodies[stored] = other = index_body(stored)
                similar[stored] = _similar(name, other)
        if name and name in (bodies[service_name], bodies[alternate_name]):
            reasons.append(translate("editing", "zelfde naam"))
        elif similar[service_name] or similar[alternate_name]:
            reasons.append(translate("editing", "gelijkaardige naam"))
        reasons.extend(
            translate("editing", "zelfde nummer {number}").format(number=number)
            for number in phones.get(service_id, ())
        )
        if reasons:
            found.append(
                DuplicateCandidate(key, service_name, tuple(reasons), archived_at is not None)
            )
    return found


def suggest_key(database: Database, name: str) -> str:
    """A free key made from a name: "CAW Antwerpen" -> "caw-antwerpen"."""
    base = _NOT_KEY.sub("-", fold(name)).strip("-")[:60].strip("-") or "dienst"
    with database.begin() as session:
        taken = set(session.scalars(select(Service.key).where(Service.key.like(f"{base}%"))))
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


__all__ = [
    "ArchivedService",
    "ConflictingChange",
    "DuplicateCandidate",
    "EditConflict",
    "EditRefused",
    "EditableService",
    "EditorChoices",
    "InvalidDraft",
    "KeyTaken",
    "SaveResult",
    "ServiceNotFound",
    "archive_service",
    "create_service",
    "editor_choices",
    "find_duplicates",
    "list_archived",
    "load_service",
    "restore_service",
    "restore_value",
    "suggest_key",
    "update_service",
    "verify_today",
]

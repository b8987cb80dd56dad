"""Writing many services at once: the bulk twin of ``drafts.apply_draft``.

``apply_draft`` writes one service through the ORM, which is right for an editor; an
import of tens of thousands of services would spend its time in per-object bookkeeping,
and even a few changed ones in statements compiled for each. ``insert_drafts`` (new
services) and ``update_drafts`` (services that exist) write the same rows with Core
``executemany`` statements, batch by batch, and ``tests/directory/test_bulk.py`` checks that
what they write reads back (``draft_of``) exactly as what ``apply_draft`` writes.

Like ``apply_draft`` they do not place the services in display order: call
``indexing.place_services`` (or ``renumber_all``) after.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any, cast

from sqlalchemy import Insert, Row, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ifg_desktop.directory.availability import window_rule_columns
from ifg_desktop.directory.columns import URGENCY_COLUMN
from ifg_desktop.directory.drafts import OrganizationDraft, ServiceDraft, UnknownTheme
from ifg_desktop.directory.service_fields import column_values, from_columns
from ifg_desktop.i18n import translate
from ifg_desktop.models import (
    Location,
    Organization,
    Phone,
    Schedule,
    ScheduleException,
    ScheduleWindow,
    Service,
    ServiceLanguage,
    Theme,
    WindowKind,
)
from ifg_desktop.models.base import utcnow
from ifg_desktop.models.service import service_source, service_theme

BATCH = 2000

# An INSERT … RETURNING of many rows is sent as one statement per page of rows, its text made
# for that number of rows, and SQLite keeps every statement it prepared (Python's sqlite3
# caches 128). With pages of whatever size each batch had left, an import of 10,000 services
# held 6 MB of them; pages of these sizes alone keep them to a handful.
RETURNING_PAGE = 256

_service = cast(Table, Service.__table__)
_organization = cast(Table, Organization.__table__)
_theme = cast(Table, Theme.__table__)


def upsert_organizations(session: Session, drafts: Sequence[OrganizationDraft]) -> dict[str, int]:
    """Create or update organizations by key, as ``apply_draft`` does; returns key -> id."""
    by_key = {draft.key: draft for draft in drafts}
    ids: dict[str, int] = {}
    current: dict[str, tuple[Any, ...]] = {}
    keys = sorted(by_key)
    for start in range(0, len(keys), 900):
        for row in session.execute(
            select(
                _organization.c.id,
                _organization.c.key,
                _organization.c.name,
                _organization.c.description,
                _organization.c.website,
                _organization.c.email,
            ).where(_organization.c.key.in_(keys[start : start + 900]))
        ):
            ids[row.key] = row.id
            current[row.key] = (row.name, row.description, row.website, row.email)
    changed = [
        {"org_id": ids[k], **_organization_values(d)}
        for k, d in by_key.items()
        if k in current and current[k] != (d.name, d.description, d.website, d.email)
    ]
    if changed:
        session.execute(
            update(_organization)
            .where(_organization.c.id == bindparam("org_id"))
            .values(
                name=bindparam("name"),
                description=bindparam("description"),
                website=bindparam("website"),
                email=bindparam("email"),
            ),
            changed,
        )
    new = [d for k, d in by_key.items() if k not in ids]
    if new:
        rows = _inserted(
            session,
            insert(_organization).returning(_organization.c.id, _organization.c.key),
            [{"key": d.key, **_organization_values(d)} for d in new],
        )
        ids.update({row.key: row.id for row in rows})
    return ids


def _inserted(
    session: Session, statement: Insert, rows: Sequence[dict[str, Any]]
) -> list[Row[Any]]:
    """The rows ``statement`` (an INSERT … RETURNING) returns for ``rows``, sent in pages of
    ``RETURNING_PAGE`` rows and then of powers of two: a few texts whatever the count. All
    of them at once: a generator left half-read would leave rows unwritten."""
    returned: list[Row[Any]] = []
    start = 0
    while start < len(rows):
        left = len(rows) - start
        size = RETURNING_PAGE if left >= RETURNING_PAGE else 1 << (left.bit_length() - 1)
        returned.extend(session.execute(statement, rows[start : start + size]))
        start += size
    return returned


def _organization_values(draft: OrganizationDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "description": draft.description,
        "website": draft.website,
        "email": draft.email,
    }


def insert_drafts(
    session: Session,
    drafts: Sequence[ServiceDraft],
    *,
    after_batch: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert new services (their keys must not exist yet); returns their ids, in order.

    Organizations are created or updated by key; themes must exist (``UnknownTheme``).
    ``after_batch(done)`` is called after every batch: it may raise to stop, and the caller's
    transaction then writes nothing.
    """
    if not drafts:
        return []
    themes, organizations = _themes_and_organizations(session, drafts)
    lowest = min(session.scalar(select(func.min(_service.c.display_rank))) or 0, 0)
    ids: list[int] = []
    for start in range(0, len(drafts), BATCH):
        batch = drafts[start : start + BATCH]
        now = utcnow()
        service_rows = [
            _service_row(draft, organizations, now, lowest - start - offset)
            for offset, draft in enumerate(batch, start=1)
        ]
        # Matched by key, not by position: with sort_by_parameter_order SQLite would
        # insert one row per statement.
        by_key = {
            row.key: row.id
            for row in _inserted(
                session, insert(_service).returning(_service.c.id, _service.c.key), service_rows
            )
        }
        batch_ids = [by_key[draft.key] for draft in batch]
        _insert_children(session, batch, batch_ids, themes)
        ids.extend(batch_ids)
        if after_batch is not None:
            after_batch(len(ids))
    return ids


def _themes_and_organizations(
    session: Session, drafts: Sequence[ServiceDraft]
) -> tuple[dict[str, int], dict[str, int]]:
    """The themes' ids by key (``UnknownTheme`` when a draft names another), and the drafts'
    organizations created or updated, their ids by key: what writing the services needs."""
    session.flush()
    themes: dict[str, int] = {
        row[0]: row[1] for row in session.execute(select(_theme.c.key, _theme.c.id))
    }
    missing = sorted({key for draft in drafts for key in draft.themes} - themes.keys())
    if missing:
        raise UnknownTheme(
            translate("drafts", "onbekend thema: {themes}").format(themes=", ".join(missing))
        )
    organizations = upsert_organizations(
        session, [draft.organization for draft in drafts if draft.organization is not None]
    )
    return themes, organizations


def update_drafts(
    session: Session,
    drafts: Sequence[ServiceDraft],
    *,
    after_batch: Callable[[int], None] | None = None,
) -> list[int]:
    """Write new content onto existing services (by key, each key once; keys not found
    are skipped); returns their ids, in order. The content ``apply_draft`` writes, in a few
    statements a batch: the service's columns, its organization and urgency; its phones,
    locations, languages, themes and hours replaced (the hours get a new schedule row). An
    import's changed services go this way: through the ORM, each of them cost some forty
    statements compiled for it.

    Unlike ``apply_draft``, every service given gets a new version and ``updated_at``, and
    no version is checked: the caller holds the write lock (the importer's ``_locked``).
    Services already loaded in the session are not refreshed.
    """
    if not drafts:
        return []
    themes, organizations = _themes_and_organizations(session, drafts)
    write = update(_service).where(_service.c.id == bindparam("service_id"))
    ids: list[int] = []
    for start in range(0, len(drafts), 900):
        chunk = drafts[start : start + 900]
        found = {
            row.key: row.id
            for row in session.execute(
                select(_service.c.key, _service.c.id).where(
                    _service.c.key.in_([draft.key for draft in chunk])
                )
            )
        }
        batch = [draft for draft in chunk if draft.key in found]
        if not batch:
            continue
        batch_ids = [found[draft.key] for draft in batch]
        now = utcnow()
        session.execute(
            write.values(version=_service.c.version + 1),
            [
                {
                    **{
                        key: value
                        for key, value in _service_row(draft, organizations, now, 0).items()
                        if key not in _KEPT_ON_UPDATE
                    },
                    "service_id": service_id,
                }
                for draft, service_id in zip(batch, batch_ids, strict=True)
            ],
        )
        _delete_children(session, batch_ids)
        _insert_children(session, batch, batch_ids, themes)
        ids.extend(batch_ids)
        if after_batch is not None:
            after_batch(len(ids))
    return ids


# What an update leaves as it is: the service's identity, creation and place in the list
# (indexing.place_services places it), and its version (counted up in SQL).
_KEPT_ON_UPDATE = frozenset({"key", "created_at", "sort_name", "display_rank", "version"})


# The tables of a service's content, written by ``_insert_children``. A schedule's windows
# and exceptions go with it (ON DELETE CASCADE; SQLite's foreign keys are on, db/engine.py).
# The other tables that name a service (where its content came from, the checklist's
# links, the sources of its facts) are not its content: an update keeps them.
# tests/directory/test_bulk.py holds this against the models' foreign keys.
CONTENT_TABLES: tuple[Table, ...] = (
    cast(Table, Schedule.__table__),
    service_theme,
    cast(Table, Phone.__table__),
    cast(Table, Location.__table__),
    cast(Table, ServiceLanguage.__table__),
)


def _delete_children(session: Session, service_ids: Sequence[int]) -> None:
    """Remove what ``_insert_children`` writes for these services."""
    for table in CONTENT_TABLES:
        session.execute(delete(table).where(table.c.service_id.in_(service_ids)))


def _service_row(
    draft: ServiceDraft, organizations: dict[str, int], now: Any, placeholder_rank: int
) -> dict[str, Any]:
    return {
        **column_values(draft),  # the service's own columns (service_fields.py)
        "organization_id": organizations[draft.organization.key] if draft.organization else None,
        **{column: level.value in draft.urgency for level, column in URGENCY_COLUMN.items()},
        "created_at": now,
        "updated_at": now,
        "sort_name": "",
        "display_rank": placeholder_rank,  # placed properly by indexing after the import
        "version": 1,
    }


def _insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows. On SQLite, values go through each column type's own bind processor
    (the very storage format SQLAlchemy writes) straight to the driver's executemany: the
    per-row bookkeeping of a Core executemany costs three times the insert itself."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.paramstyle != "qmark":
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    values = [
        tuple(
            row[name] if process is None or row[name] is None else process(row[name])
            for name, process in zip(names, processors, strict=True)
        )
        for row in rows
    ]
    session.connection().exec_driver_sql(sql, values)


def _insert_children(
    session: Session, drafts: Sequence[ServiceDraft], ids: Sequence[int], themes: dict[str, int]
) -> None:
    theme_rows = [
        {"service_id": service_id, "theme_id": themes[key]}
        for draft, service_id in zip(drafts, ids, strict=True)
        for key in sorted(draft.themes)
    ]
    phone_rows = [
        {
            "service_id": service_id,
            "number": phone.number,
            "label": phone.label,
            "description": phone.description,
            "free": phone.free,
            "position": position,
        }
        for draft, service_id in zip(drafts, ids, strict=True)
        for position, phone in enumerate(draft.phones)
    ]
    location_rows = [
        {
            "service_id": service_id,
            "name": loc.name,
            "address_1": loc.address_1,
            "postal_code": loc.postal_code,
            "city": loc.city,
            "country": loc.country,
        }
        for draft, service_id in zip(drafts, ids, strict=True)
        for loc in draft.locations
    ]
    scheduled = [
        (draft, service_id)
        for draft, service_id in zip(drafts, ids, strict=True)
        if draft.hours is not None or draft.schedule_note is not None
    ]
    _insert_rows(session, service_theme, theme_rows)
    _insert_rows(session, cast(Table, Phone.__table__), phone_rows)
    _insert_rows(session, cast(Table, Location.__table__), location_rows)
    _insert_rows(
        session,
        cast(Table, ServiceLanguage.__table__),
        [
            {"service_id": service_id, "code": code}
            for draft, service_id in zip(drafts, ids, strict=True)
            for code in sorted(draft.languages)
        ],
    )
    if not scheduled:
        return
    schedule_rows = []
    for draft, service_id in scheduled:
        hours = draft.hours
        schedule_rows.append(
            {
                "service_id": service_id,
                # The same defaults as drafts._schedule: a note alone keeps Hours()'s values.
                "always_open": hours.always_open if hours else False,
                "by_appointment": hours.by_appointment if hours else False,
                "closed_on_public_holidays": hours.closed_on_public_holidays if hours else True,
                "always_open_part": hours.always_open_part if hours else None,
                "timezone": hours.timezone if hours else "Europe/Brussels",
                "valid_from": hours.valid_from if hours else None,
                "valid_to": hours.valid_to if hours else None,
                "note": draft.schedule_note,
            }
        )
    schedule_table = cast(Table, Schedule.__table__)
    by_service = {
        row.service_id: row.id
        for row in _inserted(
            session,
            insert(schedule_table).returning(schedule_table.c.id, schedule_table.c.service_id),
            schedule_rows,
        )
    }
    schedule_ids = [by_service[service_id] for _draft, service_id in scheduled]
    window_rows: list[dict[str, Any]] = []
    exception_rows: list[dict[str, Any]] = []
    for (draft, _service_id), schedule_id in zip(scheduled, schedule_ids, strict=True):
        if draft.hours is None:
            continue
        window_rows.extend(
            {
                "schedule_id": schedule_id,
                "weekday": w.weekday,
                "opens_at": w.opens_at,
                "closes_at": w.closes_at,
                "kind": WindowKind(w.kind),
                **window_rule_columns(w),
            }
            for w in draft.hours.windows
        )
        exception_rows.extend(
            {
                "schedule_id": schedule_id,
                "date": e.day,
                "closed": e.closed,
                "opens_at": e.opens_at,
                "closes_at": e.closes_at,
                "note": e.note,
            }
            for e in draft.hours.exceptions
        )
    _insert_rows(session, cast(Table, ScheduleWindow.__table__), window_rows)
    _insert_rows(session, cast(Table, ScheduleException.__table__), exception_rows)


# ---------------------------------------------------------------------------------- reading


def read_drafts(session: Session, keys: Sequence[str]) -> dict[str, ServiceDraft]:
    """The drafts of the services with these keys that exist, as ``draft_of`` makes them
    (``tests/directory/test_bulk.py`` holds the two equal), read with a few Core statements
    per 900 services instead of loading ORM objects: an import compares 100,000 of them."""
    from ifg_desktop.directory.availability import DateException, Hours, Window, ordinals_from
    from ifg_desktop.directory.drafts import LocationDraft, PhoneDraft

    s = _service.c
    org = _organization.c
    theme = _theme.c
    phone = cast(Table, Phone.__table__).c
    language = cast(Table, ServiceLanguage.__table__).c
    location_table = cast(Table, Location.__table__)
    location = location_table.c
    schedule_table = cast(Table, Schedule.__table__)
    schedule = schedule_table.c
    window_table = cast(Table, ScheduleWindow.__table__)
    window = window_table.c
    exception_table = cast(Table, ScheduleException.__table__)
    exception = exception_table.c
    urgency_columns = [(level.value, s[column]) for level, column in URGENCY_COLUMN.items()]
    found: dict[str, ServiceDraft] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 900):
        rows = session.execute(
            select(
                _service,
                org.key.label("org_key"),
                org.name.label("org_name"),
                org.description.label("org_description"),
                org.website.label("org_website"),
                org.email.label("org_email"),
            )
            .select_from(_service.outerjoin(_organization, org.id == s.organization_id))
            .where(s.key.in_(wanted[start : start + 900]))
        ).all()
        if not rows:
            continue
        ids = [row.id for row in rows]
        themes: dict[int, list[str]] = {}
        for service_id, key in session.execute(
            select(service_theme.c.service_id, theme.key)
            .join(_theme, theme.id == service_theme.c.theme_id)
            .where(service_theme.c.service_id.in_(ids))
        ):
            themes.setdefault(service_id, []).append(key)
        phones: dict[int, list[PhoneDraft]] = {}
        for p in session.execute(
            select(phone.service_id, phone.number, phone.label, phone.description, phone.free)
            .where(phone.service_id.in_(ids))
            .order_by(phone.service_id, phone.position)
        ):
            phones.setdefault(p.service_id, []).append(
                PhoneDraft(p.number, p.label, p.description, p.free)
            )
        languages: dict[int, list[str]] = {}
        for service_id, code in session.execute(
            select(language.service_id, language.code).where(language.service_id.in_(ids))
        ):
            languages.setdefault(service_id, []).append(code)
        locations: dict[int, list[LocationDraft]] = {}
        for loc in session.execute(
            select(location_table).where(location.service_id.in_(ids)).order_by(location.id)
        ):
            locations.setdefault(loc.service_id, []).append(
                LocationDraft(loc.name, loc.address_1, loc.postal_code, loc.city, loc.country)
            )
        schedules = {
            row.service_id: row
            for row in session.execute(select(schedule_table).where(schedule.service_id.in_(ids)))
        }
        schedule_ids = [row.id for row in schedules.values()]
        windows: dict[int, list[Window]] = {}
        exceptions: dict[int, list[DateException]] = {}
        if schedule_ids:
            for w in session.execute(
                select(window_table)
                .where(window.schedule_id.in_(schedule_ids))
                .order_by(window.schedule_id, window.weekday, window.opens_at, window.id)
            ):
                windows.setdefault(w.schedule_id, []).append(
                    Window(
                        w.weekday,
                        w.opens_at,
                        w.closes_at,
                        str(w.kind),
                        ordinals_from(w.ordinals),
                        w.repeat_interval or 1,
                        w.anchor,
                    )
                )
            for e in session.execute(
                select(exception_table)
                .where(exception.schedule_id.in_(schedule_ids))
                .order_by(exception.schedule_id, exception.date, exception.id)
            ):
                exceptions.setdefault(e.schedule_id, []).append(
                    DateException(e.date, e.closed, e.opens_at, e.closes_at, e.note)
                )
        for row in rows:
            plan = schedules.get(row.id)
            hours = (
                None
                if plan is None
                else Hours(
                    always_open=plan.always_open,
                    by_appointment=plan.by_appointment,
                    closed_on_public_holidays=plan.closed_on_public_holidays,
                    windows=tuple(windows.get(plan.id, ())),
                    exceptions=tuple(exceptions.get(plan.id, ())),
                    valid_from=plan.valid_from,
                    valid_to=plan.valid_to,
                    timezone=plan.timezone,
                    always_open_part=plan.always_open_part,
                )
            )
            found[row.key] = ServiceDraft(
                **from_columns(row),  # the service's own columns, by name (service_fields.py)
                organization=OrganizationDraft(
                    row.org_key, row.org_name, row.org_description, row.org_website, row.org_email
                )
                if row.org_key is not None
                else None,
                urgency=frozenset(
                    level for level, column in urgency_columns if getattr(row, column.name)
                ),
                themes=frozenset(themes.get(row.id, ())),
                phones=tuple(phones.get(row.id, ())),
                locations=tuple(locations.get(row.id, ())),
                hours=hours,
                schedule_note=plan.note if plan is not None else None,
                languages=frozenset(languages.get(row.id, ())),
            )
    return found


__all__ = ["BATCH", "insert_drafts", "read_drafts", "update_drafts", "upsert_organizations"]


# ------------------------------------------------------------------ what an import read


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A service the same document was imported into, unchanged since (``known_sources``)."""

    key: str
    name: str
    organization: OrganizationDraft | None  # as the database has it: as the file said
    themes: tuple[tuple[str, str], ...]  # (key, label) as the file named them


def organization_digest(draft: OrganizationDraft | None) -> str | None:
    """A digest of an organization's draft: equal digests, equal drafts."""
    if draft is None:
        return None
    text = json.dumps([getattr(draft, f.name) for f in fields(draft)], ensure_ascii=False)
    return hashlib.blake2b(text.encode(), digest_size=32).hexdigest()


def known_sources(session: Session, digests: Sequence[str]) -> dict[str, KnownSource]:
    """The services imported from documents with these digests that nothing changed since:
    at the version the import left them, with the organization it wrote and every theme
    it named still there. Such a document needs no reading: its service is unchanged."""
    source = service_source.c
    s = _service.c
    org = _organization.c
    wanted = sorted(set(digests))
    found: dict[str, KnownSource] = {}
    themes: set[str] | None = None
    for start in range(0, len(wanted), 900):
        rows = session.execute(
            select(
                source.digest,
                source.organization,
                source.themes,
                s.key,
                s.name,
                org.key.label("org_key"),
                org.name.label("org_name"),
                org.description.label("org_description"),
                org.website.label("org_website"),
                org.email.label("org_email"),
            )
            .select_from(
                service_source.join(_service, s.id == source.service_id).outerjoin(
                    _organization, org.id == s.organization_id
                )
            )
            .where(source.digest.in_(wanted[start : start + 900]), s.version == source.version)
        ).all()
        if rows and themes is None:
            themes = set(session.scalars(select(_theme.c.key)))
        for row in rows:
            organization = (
                OrganizationDraft(
                    row.org_key, row.org_name, row.org_description, row.org_website, row.org_email
                )
                if row.org_key is not None
                else None
            )
            named = tuple((str(key), str(label)) for key, label in row.themes)
            if organization_digest(organization) != row.organization:
                continue  # the organization was changed since: compare the service again
            if themes is not None and any(key not in themes for key, _label in named):
                continue
            found[row.digest] = KnownSource(row.key, row.name, organization, named)
    return found


def record_sources(
    session: Session, sources: Sequence[tuple[str, str, str | None, tuple[tuple[str, str], ...]]]
) -> None:
    """Remember what the services ``(key, digest, organization digest, themes)`` were
    imported from, at the versions they have now (after writing)."""
    source = service_source.c
    s = _service.c
    for start in range(0, len(sources), 900):
        chunk = {
            key: (digest, org, themes) for key, digest, org, themes in sources[start : start + 900]
        }
        rows = session.execute(select(s.id, s.key, s.version).where(s.key.in_(list(chunk)))).all()
        if not rows:
            continue
        ids = [row.id for row in rows]
        session.execute(service_source.delete().where(source.service_id.in_(ids)))
        session.execute(
            insert(service_source),
            [
                {
                    "service_id": row.id,
                    "digest": chunk[row.key][0],
                    "version": row.version,
                    "organization": chunk[row.key][1],
                    "themes": [list(theme) for theme in chunk[row.key][2]],
                }
                for row in rows
            ],
        )

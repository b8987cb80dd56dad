"""the list's row in one read: a service's first phone and its hours beside it (SQLite)

Revision ID: 0010
Revises: 0009
Create Date: 2027-02-09 10:00:00

A row of the result list shows a service's first phone number and whether it is open, from
its schedule, windows and exceptions: on SQLite five tables and about ten page reads a row
(at 100,000 services, 15 rows not read before took 2-4 ms of a keystroke). ``service_row``
keeps them together, one row per service, in the shape the list reads them
(directory/query.py, ``_row_columns``), kept in step by triggers on the four tables,
whatever writes them: the editor's ORM, the import's bulk statements, SQL by hand.

A trigger writes the row of its service anew (delete, then insert from the tables). A
service without a row reads as one without phones or hours, which is what it has: the
tables' first write for it makes its row. SQLite only, as the full-text tables: PostgreSQL
keeps its pages in its own shared buffers and reads the four tables as before.

A later migration that rebuilds one of these tables (``batch_alter_table`` copies it) drops
its triggers: it must make them again. And SQL by hand must not use REPLACE on them: the
row REPLACE deletes fires no trigger (SQLite, recursive_triggers off), so the service it
belonged to would keep its old phone or hours in the list.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Copied, not imported, from directory/query.py: a migration must not change when the code
# does. Each window: weekday,opens,closes,kind[,ordinals,interval,anchor]; each exception:
# date,closed,opens,closes; ";" between them.
_WINDOWS = (
    "(SELECT group_concat(CAST(w.weekday AS TEXT) || ',' || CAST(w.opens_at AS TEXT) || ',' "
    "|| CAST(w.closes_at AS TEXT) || ',' || w.kind "
    "|| CASE WHEN w.ordinals IS NULL AND w.repeat_interval = 1 AND w.anchor IS NULL "
    "THEN '' ELSE ',' || COALESCE(REPLACE(w.ordinals, ',', ' '), '') || ',' "
    "|| CAST(w.repeat_interval AS TEXT) || ',' || COALESCE(CAST(w.anchor AS TEXT), '') END, ';') "
    "FROM schedule_window w WHERE w.schedule_id = {schedule})"
)
_EXCEPTIONS = (
    "(SELECT group_concat(CAST(e.date AS TEXT) || ',' || CAST(e.closed AS TEXT) || ',' "
    "|| COALESCE(CAST(e.opens_at AS TEXT), '') || ',' "
    "|| COALESCE(CAST(e.closes_at AS TEXT), ''), ';') "
    "FROM schedule_exception e WHERE e.schedule_id = {schedule})"
)
_ROW = (
    "SELECT s.id, "
    "(SELECT p.number FROM phone p WHERE p.service_id = s.id ORDER BY p.position LIMIT 1), "
    "sc.id, sc.always_open, sc.by_appointment, sc.closed_on_public_holidays, sc.timezone, "
    "sc.valid_from, sc.valid_to, sc.always_open_part, "
    f"{_WINDOWS.format(schedule='sc.id')}, {_EXCEPTIONS.format(schedule='sc.id')} "
    "FROM service s LEFT JOIN schedule sc ON sc.service_id = s.id"
)

# The declared types of the columns copied, so that values keep their affinity.
_TABLE = (
    "CREATE TABLE service_row ("
    "service_id INTEGER NOT NULL PRIMARY KEY "
    "REFERENCES service (id) ON DELETE CASCADE, "
    "phone VARCHAR(40), "
    "schedule_id INTEGER, "
    "always_open BOOLEAN, "
    "by_appointment BOOLEAN, "
    "closed_on_public_holidays BOOLEAN, "
    "timezone VARCHAR(64), "
    "valid_from DATE, "
    "valid_to DATE, "
    "always_open_part VARCHAR(120), "
    "windows TEXT, "
    "exceptions TEXT)"
)

_OF_SCHEDULE = "(SELECT service_id FROM schedule WHERE id = {row}.schedule_id)"

# (table, how a row of it names its service)
_SOURCES = (
    ("phone", "{row}.service_id"),
    ("schedule", "{row}.service_id"),
    ("schedule_window", _OF_SCHEDULE),
    ("schedule_exception", _OF_SCHEDULE),
)

# A window or an exception added writes its column only: an import adds several a service.
# The row is there: a schedule's service has one, made when the schedule was added, or when
# the service was, if it came later (foreign keys off or deferred).
_ADDED = {
    "schedule_window": ("windows", _WINDOWS),
    "schedule_exception": ("exceptions", _EXCEPTIONS),
}


def _refresh(services: str) -> str:
    """The statements that write the rows of ``services`` (an SQL list) anew."""
    return (
        f"DELETE FROM service_row WHERE service_id IN ({services}); "
        f"INSERT INTO service_row {_ROW} WHERE s.id IN ({services}); "
    )


def _added(table: str) -> str:
    column, aggregate = _ADDED[table]
    return (
        f"UPDATE service_row SET {column} = {aggregate.format(schedule='new.schedule_id')} "
        f"WHERE service_id = {_OF_SCHEDULE.format(row='new')}; "
    )


# A service added after its phones or hours (foreign keys off or deferred) gets its row then.
_SERVICE_ADDED = (
    "CREATE TRIGGER service_row_service_insert AFTER INSERT ON service "
    "WHEN EXISTS (SELECT 1 FROM phone WHERE service_id = new.id) "
    "OR EXISTS (SELECT 1 FROM schedule WHERE service_id = new.id) "
    f"BEGIN {_refresh('new.id')}END"
)


def _triggers() -> list[tuple[str, str]]:
    made = [("service_row_service_insert", _SERVICE_ADDED)]
    for table, service in _SOURCES:
        old, new = service.format(row="old"), service.format(row="new")
        for event, body in (
            ("INSERT", _added(table) if table in _ADDED else _refresh(new)),
            ("DELETE", _refresh(old)),
            ("UPDATE", _refresh(f"{old}, {new}")),  # moved to another service: both
        ):
            name = f"service_row_{table}_{event.lower()}"
            made.append((name, f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body}END"))
    return made


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(_TABLE)
    op.execute(f"INSERT INTO service_row {_ROW}")
    for _name, statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, _statement in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS service_row")

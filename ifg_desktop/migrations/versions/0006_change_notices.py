"""change notices: PostgreSQL tells the open windows when the data changed

Revision ID: 0006
Revises: 0005
Create Date: 2027-02-01 10:00:00

On PostgreSQL every statement that changes a table a window shows sends
``NOTIFY ifg_wegwijzer_changes, '<table name>'`` (a statement-level trigger). PostgreSQL
delivers a notice only when its transaction commits, and folds identical ones of one
transaction into one: an import of 100,000 services sends one notice per table it touched,
not one per row. The windows listen on a connection of their own (db/notices.py) instead of
counting the services every half second. SQLite has no such thing: there the windows keep
asking ``PRAGMA data_version``, and this revision changes nothing.

A table added later whose changes a window must show needs the same trigger:
``CREATE TRIGGER ifg_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON <table>
FOR EACH STATEMENT EXECUTE FUNCTION ifg_wegwijzer_notify_change()``.
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Copied, not imported, from db/notices.py: a migration must not change when the code does.
CHANNEL = "ifg_wegwijzer_changes"
FUNCTION = "ifg_wegwijzer_notify_change"
TRIGGER = "ifg_notify_change"
# Every table of revision 0005 but coordinator_secret (a password's hash, shown nowhere).
# service_search is written by the search index after an import and when a database is
# opened by a newer version: the results a window shows come from it.
TABLES = (
    "audit_entry",
    "checklist_item",
    "checklist_item_service",
    "checklist_item_theme",
    "fact_source",
    "guide_section",
    "location",
    "organization",
    "phone",
    "schedule",
    "schedule_exception",
    "schedule_window",
    "search_term",
    "service",
    "service_search",
    "service_theme",
    "theme",
    "word_form",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")

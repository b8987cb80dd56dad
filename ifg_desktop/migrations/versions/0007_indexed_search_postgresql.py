"""indexed text search on PostgreSQL (pg_trgm), and names found by their start

Revision ID: 0007
Revises: 0006
Create Date: 2027-02-01 11:00:00

On PostgreSQL a search asked ``LIKE`` of the folded text with nothing to help it: every
keystroke read every service. The texts are folded (lower case, no accents) by the
application before they are stored, so a trigram index of each part of the search text
(names; names, keywords and themes; everything: db/search.py's TIERS) answers the same
``LIKE`` the application already asks, parts of words and word starts alike. Names typed
from their start are found by a range of an index on the name in byte order ("C"), which
is the order SQLite keeps and the range the application asks for, whatever the server's
own collation. The directory's distinct words, which a typo is compared with, are kept in
``search_word`` by the server itself as the search text is written.

SQLite has its own full-text indexes (0001, 0003): nothing changes there.
"""

import logging

from alembic import op
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_log = logging.getLogger("alembic.runtime.migration")

# Copied, not imported, from db/search.py: a migration must not change when the code does.
_TRIGRAM_INDEXES = {
    "service_search_name_trgm": "name_text",
    "service_search_key_trgm": "key_text",
    "service_search_body_trgm": "body",
}


# The distinct words of the search text, kept by the server as the search text is written
# (SQLite reads them from its full-text index, fts5vocab): what a typo is compared with.
# Without it every window read every service's text after every change (60 MB at 100,000
# services). Words are never taken out: one no service holds any more finds nothing.
_KEEP_WORDS = (
    "CREATE FUNCTION ifg_wegwijzer_keep_words() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    # In one order: two coordinators saving the same new words wait, never deadlock.
    "INSERT INTO search_word (word) SELECT DISTINCT w FROM written, "
    "unnest(string_to_array(written.body, ' ')) AS w WHERE w <> '' ORDER BY w "
    "ON CONFLICT DO NOTHING; "
    "RETURN NULL; END $$"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute('CREATE INDEX service_sort_name_bytes ON service (sort_name COLLATE "C")')
    op.execute("CREATE TABLE search_word (word text PRIMARY KEY)")
    op.execute(_KEEP_WORDS)
    for event in ("INSERT", "UPDATE"):  # a trigger with a transition table has one event
        op.execute(
            f"CREATE TRIGGER ifg_keep_words_{event.lower()} AFTER {event} ON service_search "
            "REFERENCING NEW TABLE AS written FOR EACH STATEMENT "
            "EXECUTE FUNCTION ifg_wegwijzer_keep_words()"
        )
    op.execute(
        "INSERT INTO search_word (word) SELECT DISTINCT w FROM service_search, "
        "unnest(string_to_array(body, ' ')) AS w WHERE w <> ''"
    )
    if not _has_trigrams(bind):
        # Searching still works (the same LIKE, unindexed), only slower. README: the
        # shared database.
        return
    for index, column in _TRIGRAM_INDEXES.items():
        op.execute(f"CREATE INDEX {index} ON service_search USING gin ({column} gin_trgm_ops)")
    op.execute("ANALYZE service_search")


def _has_trigrams(bind: Connection) -> bool:
    """pg_trgm is there, or made now. A trusted extension: whoever may create in the
    database makes it (its owner, from PostgreSQL 13). Who may not (an owner of the tables
    only, an older server) leaves it to the administrator: the upgrade goes on."""
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return True
    if not bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first():
        _log.warning("pg_trgm is not installed on the server: search runs without its index")
        return False
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as error:
        savepoint.rollback()
        _log.warning(
            "pg_trgm could not be created (%s): search runs without its index "
            "(README: the shared database, search on the server)",
            " ".join(str(error.orig).split()),
        )
        return False
    savepoint.commit()
    return True


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in _TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.execute("DROP INDEX IF EXISTS service_sort_name_bytes")
    for event in ("insert", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS ifg_keep_words_{event} ON service_search")
    op.execute("DROP FUNCTION IF EXISTS ifg_wegwijzer_keep_words()")
    op.execute("DROP TABLE IF EXISTS search_word")
    # The extension stays: another schema of the database may use it.

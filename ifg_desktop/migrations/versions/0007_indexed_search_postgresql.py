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
own collation.

SQLite has its own full-text indexes (0001, 0003): nothing changes there.
"""

import logging

from alembic import op

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


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute('CREATE INDEX service_sort_name_bytes ON service (sort_name COLLATE "C")')
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    if available is None:
        # The server lacks PostgreSQL's contrib modules: searching still works (the same
        # LIKE, unindexed), only slower. README: the shared database.
        _log.warning("pg_trgm is not installed on the server: search runs without an index")
        return
    # A trusted extension: the database's owner may create it (PostgreSQL 13 and later).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for index, column in _TRIGRAM_INDEXES.items():
        op.execute(f"CREATE INDEX {index} ON service_search USING gin ({column} gin_trgm_ops)")
    op.execute("ANALYZE service_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in _TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.execute("DROP INDEX IF EXISTS service_sort_name_bytes")
    # The extension stays: another schema of the database may use it.

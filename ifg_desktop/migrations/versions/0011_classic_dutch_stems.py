"""search rows written anew: a word's forms meet by the classic Dutch Snowball stem

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:00:00

The key that makes a word's forms meet (directory/wordforms.py) was the stem of Snowball's
newer Dutch stemmer, which also takes "ge-" off the front of a dictionary form: "geweer"
had the key "weer" and "gezin" "zin", so the everyday "weer" found the vocabulary's
weapons. The keys are now those of the classic stemmer ("dutch_porter"). The search rows
and the word forms written beside them hold the old keys: they are emptied here, both ways,
and written anew with the rules of the code that runs when the database is next opened
(directory/seed.py ``ensure_indexed``), as 0003 did.
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Copied, not imported, from 0003 (and db/search.py): a migration must not change when the
# code does. The full-text tables read their text from service_search (external content).
_INDEXED = {
    "service_fts_sub": "body",
    "service_fts_word": "body",
    "service_fts_name": "name_text",
    "service_fts_key": "key_text",
}


def _triggers() -> tuple[str, ...]:
    def insert(prefix: str) -> str:
        return "".join(
            f"INSERT INTO {t}(rowid, {c}) VALUES ({prefix}.rank, {prefix}.{c});"
            for t, c in _INDEXED.items()
        )

    def delete() -> str:
        return "".join(
            f"INSERT INTO {t}({t}, rowid, {c}) VALUES ('delete', old.rank, old.{c});"
            for t, c in _INDEXED.items()
        )

    return (
        f"CREATE TRIGGER service_search_ai AFTER INSERT ON service_search BEGIN {insert('new')} END",
        f"CREATE TRIGGER service_search_ad AFTER DELETE ON service_search BEGIN {delete()} END",
        "CREATE TRIGGER service_search_au AFTER UPDATE ON service_search BEGIN "
        f"{delete()}{insert('new')} END",
    )


def _empty_search_rows() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Emptied at once rather than row by row through the triggers (a minute at 100,000
        # services); the triggers are made again as they were.
        for name in ("service_search_ai", "service_search_ad", "service_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in _INDEXED:
            op.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        op.execute("DELETE FROM service_search")
        for statement in _triggers():
            op.execute(statement)
    else:
        # PostgreSQL's trigram indexes follow the rows; the words kept in search_word stay
        # (a word no service holds any more finds nothing).
        op.execute("DELETE FROM service_search")
    op.execute("DELETE FROM word_form")


def upgrade() -> None:
    _empty_search_rows()


def downgrade() -> None:
    _empty_search_rows()  # the older code writes them with its own keys, as here

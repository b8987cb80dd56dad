"""search in the client's words: a vocabulary, word forms, ranked parts of the text

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 16:00:00

The search text of a service is now kept in three parts (names; names, keywords and
themes; everything), each with the other forms of its words, so the search rows are
emptied here and written anew with the application's current rules when the database is
next opened (directory/seed.py ``ensure_indexed``): a migration must not change when the
code does. The vocabulary shipped with this version (seed_data/vocabulary.json) is loaded
into the new ``search_term`` table.
"""

import json
import re
import unicodedata
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Copied, not imported, from db/search.py: a migration must not change when the code does.
_INDEXED = {
    "service_fts_sub": "body",
    "service_fts_word": "body",
    "service_fts_name": "name_text",
    "service_fts_key": "key_text",
}
NEW_FTS_DDL = (
    "CREATE VIRTUAL TABLE service_fts_name USING fts5("
    "name_text, content='service_search', content_rowid='rank', tokenize='trigram')",
    "CREATE VIRTUAL TABLE service_fts_key USING fts5("
    "key_text, content='service_search', content_rowid='rank', tokenize='trigram')",
    # The distinct words of the directory, for "Bedoelde je …?" (directory/search_plan.py).
    "CREATE VIRTUAL TABLE service_fts_vocab USING fts5vocab('service_fts_word', 'row')",
)


def _triggers(indexed: dict[str, str]) -> tuple[str, ...]:
    def insert(prefix: str) -> str:
        return "".join(
            f"INSERT INTO {t}(rowid, {c}) VALUES ({prefix}.rank, {prefix}.{c});"
            for t, c in indexed.items()
        )

    def delete() -> str:
        return "".join(
            f"INSERT INTO {t}({t}, rowid, {c}) VALUES ('delete', old.rank, old.{c});"
            for t, c in indexed.items()
        )

    return (
        f"CREATE TRIGGER service_search_ai AFTER INSERT ON service_search BEGIN {insert('new')} END",
        f"CREATE TRIGGER service_search_ad AFTER DELETE ON service_search BEGIN {delete()} END",
        "CREATE TRIGGER service_search_au AFTER UPDATE ON service_search BEGIN "
        f"{delete()}{insert('new')} END",
    )


def _folded(text: str) -> str:
    """Lower case, no diacritics, plain words apart by single spaces (as text.index_body)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(word.strip("_") for word in re.findall(r"\w+", stripped) if word.strip("_"))


def _vocabulary() -> list[dict[str, object]]:
    """The shipped vocabulary, one row per word."""
    here = Path(__file__).resolve()
    for folder in (here.parents[2] / "seed_data", here.parents[3] / "seed_data"):
        path = folder / "vocabulary.json"
        if path.is_file():
            break
    else:
        return []
    rows: dict[str, dict[str, object]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
        finds = list(dict.fromkeys(f for f in map(_folded, entry["finds"]) if f))
        for word in entry["words"]:
            term = _folded(word)
            if term:
                rows.setdefault(term, {"term": term, "finds": finds, "flags": entry["flags"]})
    return list(rows.values())


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in ("service_search_ai", "service_search_ad", "service_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in ("service_fts_sub", "service_fts_word"):
            op.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    op.execute("DELETE FROM service_search")
    with op.batch_alter_table('service_search', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_text', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('key_text', sa.Text(), server_default='', nullable=False))
    if sqlite:
        for statement in (*NEW_FTS_DDL, *_triggers(_INDEXED)):
            op.execute(statement)
    search_term = op.create_table('search_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=80), nullable=False),
    sa.Column('finds', sa.JSON(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_term')),
    sa.UniqueConstraint('term', name=op.f('uq_search_term_term'))
    )
    op.bulk_insert(search_term, _vocabulary())
    # Written with the search rows, by the application's current rules (see above).
    op.create_table('word_form',
    sa.Column('form', sa.String(length=80), nullable=False),
    sa.Column('form_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('form', name=op.f('pk_word_form'))
    )
    # Names typed from their start are found by a range of this index (directory/query.py).
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_sort_name'), ['sort_name'], unique=False)


def downgrade() -> None:
    op.drop_table('word_form')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_sort_name'))
    op.drop_table('search_term')
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in ("service_search_ai", "service_search_ad", "service_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in ("service_fts_vocab", "service_fts_name", "service_fts_key"):
            op.execute(f"DROP TABLE IF EXISTS {table}")
        for table in ("service_fts_sub", "service_fts_word"):
            op.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    op.execute("DELETE FROM service_search")
    with op.batch_alter_table('service_search', schema=None) as batch_op:
        batch_op.drop_column('key_text')
        batch_op.drop_column('name_text')
    if sqlite:
        for statement in _triggers({t: _INDEXED[t] for t in ("service_fts_sub", "service_fts_word")}):
            op.execute(statement)

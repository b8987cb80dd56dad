"""The one seam for database-specific text search.

The domain asks for "services whose text contains these folded terms" and gets a SQL
fragment to put in its FROM and WHERE, and the column that gives display order. On SQLite
the full-text index *is* the outer loop: FTS5 tables keep their rows by ``display_rank``
(their rowid), so ``ORDER BY f.rowid LIMIT 100`` stops after one page instead of sorting
every match. A trigram index finds substrings of three letters or more (parts of compound
words); a unicode61 index with a prefix index answers shorter terms by word prefix. Any
other database answers with ``LIKE`` on the folded text until it has an index of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Display ranks (service.display_rank, the FTS5 rowid) are this far apart when numbered
# afresh, so a new or renamed service usually slots in between (directory/indexing.py).
RANK_STEP = 1024

# Shorter terms match word prefixes only: a substring of one or two letters matches anything.
SUBSTRING_MIN_LENGTH = 3

# The FTS5 tables and the triggers that keep them in step with service_search are made by
# the first migration (migrations/versions/0001_initial_schema.py).
_FTS_TABLES = ("service_fts_sub", "service_fts_word")

# A bulk write (an import, a renumbering) leaves FTS5 with an index segment per batch, and
# every query looks each term up in every segment: at 100,000 services ten segments made a
# page query two to three times slower. After a write this large they are merged into one.
MERGE_AFTER_ROWS = 1000


def merge_index_sql(dialect: str) -> tuple[str, ...]:
    """Statements that merge the full-text index into one segment (none where there is none)."""
    if dialect != "sqlite":
        return ()
    return tuple(f"INSERT INTO {table}({table}) VALUES ('optimize')" for table in _FTS_TABLES)


@dataclass(frozen=True, slots=True)
class TextMatch:
    """``FROM {source}`` (which must name the service table ``s``) ``WHERE {condition}``."""

    source: str
    condition: str | None
    params: tuple[object, ...]
    order_by: str
    # The first rank after ``?`` that the full-text index matches (None: no index); with
    # short terms beside long ones, of the long terms only: never past the next match.
    # FTS5 stops at a rowid bound only once it has found the next match, so a window of
    # display order with no match costs a scan up to the next one: a caller that goes
    # through the directory window by window (query.find_rows_step) jumps there first.
    next_rank: str | None = None
    next_rank_params: tuple[object, ...] = ()


NO_TEXT = TextMatch("service s", None, (), "s.display_rank")


def _next_rank(table: str) -> str:
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid > ? ORDER BY rowid LIMIT 1"


def text_aggregate(dialect: str, expression: str) -> str:
    """SQL that joins ``expression`` over a group's rows with ";" (NULL for none)."""
    if dialect == "sqlite":
        return f"group_concat({expression}, ';')"
    return f"string_agg({expression}, ';')"


def _quoted(term: str) -> str:
    # Terms are \w+ runs already; quoting anyway makes "and", "near" or "or" plain words.
    return '"' + term.replace('"', '""') + '"'


def text_match(dialect: str, terms: Sequence[str]) -> TextMatch:
    """Services whose folded text contains every term (``?`` placeholders)."""
    if not terms:
        return NO_TEXT
    if dialect == "sqlite":
        return _fts5(terms)
    return _like(terms)


def text_matches(dialect: str, terms: Sequence[str], body: str) -> bool:
    """``text_match`` read in Python on one service's folded text: the same answer as the
    SQL gives, so rows already read can be narrowed without asking the database."""
    short_terms = [t for t in terms if len(t) < SUBSTRING_MIN_LENGTH]
    if any(t not in body for t in terms if len(t) >= SUBSTRING_MIN_LENGTH):
        return False
    if not short_terms:
        return True
    if dialect == "sqlite" and len(short_terms) == len(terms):
        # Short terms alone ask the word index, whose tokenizer also splits at "_".
        words = body.replace("_", " ").split(" ")
    else:
        words = body.split(" ")  # _word_prefix: at the start or after a space
    return all(any(word.startswith(t) for word in words) for t in short_terms)


def _fts5(terms: Sequence[str]) -> TextMatch:
    long_terms = [t for t in terms if len(t) >= SUBSTRING_MIN_LENGTH]
    short_terms = [t for t in terms if len(t) < SUBSTRING_MIN_LENGTH]
    if not long_terms:
        words = " AND ".join(_quoted(t) + "*" for t in short_terms)
        return TextMatch(
            "service_fts_word f JOIN service s ON s.display_rank = f.rowid",
            "service_fts_word MATCH ?",
            (words,),
            "f.rowid",
            _next_rank("service_fts_word"),
            (words,),
        )
    source = "service_fts_sub f JOIN service s ON s.display_rank = f.rowid"
    condition = "service_fts_sub MATCH ?"
    params: tuple[object, ...] = (" AND ".join(map(_quoted, long_terms)),)
    if short_terms:
        # The long terms drive; a short one is checked on the row's own text. (Asking the
        # word index with "rowid IN (...)" makes FTS5 run that query once per row.)
        source += " JOIN service_search b ON b.rank = f.rowid"
        for term in short_terms:
            prefix, prefix_params = _word_prefix("b.body", term)
            condition += f" AND {prefix}"
            params += prefix_params
    return TextMatch(
        source, condition, params, "f.rowid", _next_rank("service_fts_sub"), params[:1]
    )


def _word_prefix(column: str, term: str) -> tuple[str, tuple[object, ...]]:
    """A word of the folded text (words apart by single spaces) starts with ``term``."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (
        f"({column} LIKE ? ESCAPE '\\' OR {column} LIKE ? ESCAPE '\\')",
        (f"{escaped}%", f"% {escaped}%"),
    )


def _like(terms: Sequence[str]) -> TextMatch:
    conditions = []
    params: list[object] = []
    for term in terms:
        if len(term) >= SUBSTRING_MIN_LENGTH:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append("f.body LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        else:
            prefix, prefix_params = _word_prefix("f.body", term)
            conditions.append(prefix)
            params += prefix_params
    return TextMatch(
        "service_search f JOIN service s ON s.display_rank = f.rank",
        " AND ".join(conditions),
        tuple(params),
        "f.rank",
    )

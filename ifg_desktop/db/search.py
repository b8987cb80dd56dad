"""The one seam for database-specific text search.

The domain asks for "services whose text contains these folded terms" and gets back a
selectable of matching ``display_rank`` values in display order. SQLite answers from FTS5
(a trigram index for substrings of three letters or more, a unicode61 index with a prefix
index for shorter terms); any other database answers with ``LIKE`` on the folded text until
it has an index of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, literal_column, or_, select, table

from ifg_desktop.models.search import service_search

# Shorter terms match word prefixes only: a substring of one or two letters matches anything.
SUBSTRING_MIN_LENGTH = 3

# The FTS5 tables and the triggers that keep them in step with service_search are made by
# the first migration (migrations/versions/0001_initial_schema.py).


def _quoted(term: str) -> str:
    # Terms are \w+ runs already; quoting anyway makes "and", "near" or "or" plain words.
    return '"' + term.replace('"', '""') + '"'


def matching_ranks(dialect: str, terms: Sequence[str]) -> Select[Any] | None:
    """Ranks of services whose text contains every term, in display order; None = no terms."""
    if not terms:
        return None
    if dialect == "sqlite":
        return _sqlite_matching_ranks(terms)
    return _like_matching_ranks(terms)


def _sqlite_matching_ranks(terms: Sequence[str]) -> Select[Any]:
    long_terms = [t for t in terms if len(t) >= SUBSTRING_MIN_LENGTH]
    short_terms = [t for t in terms if len(t) < SUBSTRING_MIN_LENGTH]
    sub = table("service_fts_sub", column("rowid"), column("service_fts_sub"))
    word = table("service_fts_word", column("rowid"), column("service_fts_word"))
    conditions: list[ColumnElement[bool]] = []
    driver = sub if long_terms else word
    if long_terms:
        conditions.append(
            literal_column("service_fts_sub").op("MATCH")(" AND ".join(map(_quoted, long_terms)))
        )
    if short_terms:
        query = " AND ".join(_quoted(t) + "*" for t in short_terms)
        if driver is word:
            conditions.append(literal_column("service_fts_word").op("MATCH")(query))
        else:
            words = select(word.c.rowid).where(
                literal_column("service_fts_word").op("MATCH")(query)
            )
            conditions.append(sub.c.rowid.in_(words))
    return select(driver.c.rowid.label("rank")).where(and_(*conditions)).order_by(driver.c.rowid)


def _like_matching_ranks(terms: Sequence[str]) -> Select[Any]:
    body = service_search.c.body
    conditions: list[ColumnElement[bool]] = []
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if len(term) >= SUBSTRING_MIN_LENGTH:
            conditions.append(body.like(f"%{escaped}%", escape="\\"))
        else:  # a word prefix: at the start or after a space (bodies are folded, see text.py)
            conditions.append(
                or_(
                    body.like(f"{escaped}%", escape="\\"),
                    body.like(f"% {escaped}%", escape="\\"),
                )
            )
    return select(body.table.c.rank.label("rank")).where(and_(*conditions)).order_by("rank")

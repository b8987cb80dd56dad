"""The text the search index is built from: one row per service, already folded.

``rank`` equals ``service.display_rank``; on SQLite, FTS5 tables use it as their rowid (the
triggers and virtual tables are made by the migration, see db/search.py), so reading the
index in rowid order *is* reading results in display order.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, Table, Text

from ifg_desktop.models.base import Base

service_search = Table(
    "service_search",
    Base.metadata,
    Column("rank", Integer, primary_key=True, autoincrement=False),
    Column("body", Text, nullable=False),  # everything, see directory/indexing.py
    Column("name_text", Text, nullable=False, server_default=""),  # names only
    Column("key_text", Text, nullable=False, server_default=""),  # names, keywords, themes
)

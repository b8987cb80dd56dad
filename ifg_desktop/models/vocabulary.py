"""The search vocabulary: the words people use, and the directory's words they mean."""

from __future__ import annotations

from sqlalchemy import JSON, Column, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from ifg_desktop.models.base import Base


class SearchTerm(Base):
    """One everyday word or phrase ("huiselijk geweld", "vluchthuis", "flikken").

    Searching for ``term`` also finds the services whose text holds one of ``finds`` (words
    of the directory: keywords, theme names); ``flags`` are the checklist items it names,
    whose advice the window shows. Kept by coordinators, with the audit trail.
    """

    __tablename__ = "search_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(80), unique=True)  # folded (text.fold)
    finds: Mapped[list[str]] = mapped_column(JSON, default=list)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)


word_form = Table(
    "word_form",
    Base.metadata,
    # Another form of a word ("weggelopen", "mishandeld") and the key it shares with the
    # forms of the directory and the vocabulary ("weglop", "mishandel"): written when the
    # search text is (directory/wordforms.py), so that a search reads its words' forms here
    # instead of loading the whole lemma list. Only forms whose key the directory has.
    Column("form", String(80), primary_key=True),
    Column("form_key", String(80), nullable=False),
)

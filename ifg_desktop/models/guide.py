"""The conversation guide (Leidraad): how to hold the conversation, beside the checklist."""

from __future__ import annotations

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ifg_desktop.models.base import Base


class GuideSection(Base):
    """One short section ("Het gesprek voeren", "Opvang in een vluchthuis"), with the slides
    of the training deck it is taken from (``source``). Kept by coordinators, audited."""

    __tablename__ = "guide_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    points: Mapped[list[str]] = mapped_column(JSON, default=list)
    say: Mapped[list[str]] = mapped_column(JSON, default=list)  # sentences for the client
    source: Mapped[str] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)

"""Exporting the directory as HSDS 3.0: JSON (a list of services) or the tabular form (CSV).

Services are written in key order with ids derived from their keys, so exporting the same
data twice gives the same file. The search vocabulary follows, as taxonomy terms in the
order of the terms (search_terms.py). The export reads one consistent snapshot of the
database.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ifg_desktop.db import Database
from ifg_desktop.directory.drafts import ServiceDraft, draft_of, eager_load
from ifg_desktop.directory.hsds.errors import ExportCancelled, HsdsFileError
from ifg_desktop.directory.hsds.files import CSV, JSON, TableSpool, write_json, write_tabular
from ifg_desktop.directory.hsds.progress import Cancel, Phase, Progress
from ifg_desktop.directory.hsds.search_terms import term_document
from ifg_desktop.directory.hsds.service_export import service_document
from ifg_desktop.directory.hsds.tabular import TableWriter
from ifg_desktop.directory.vocabulary import stored_terms
from ifg_desktop.i18n import translate
from ifg_desktop.models import Service, Theme

_CHUNK = 1000


def export_format(path: Path) -> str | None:
    """JSON for ``*.json``; the tabular form for ``*.zip`` or a folder."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return JSON
    if suffix == ".zip" or path.is_dir() or not suffix:
        return CSV
    return None


def drafts(session: Session) -> Iterator[ServiceDraft]:
    """Every service's draft, in key order, a chunk at a time."""
    after: str | None = None
    while True:
        statement = select(Service).order_by(Service.key).limit(_CHUNK).options(*eager_load())
        if after is not None:
            statement = statement.where(Service.key > after)
        services = session.scalars(statement).all()
        yield from (draft_of(service) for service in services)
        if len(services) < _CHUNK:
            return
        after = services[-1].key
        # Memory flat on a large directory: one chunk's objects at a time, not two.
        del services
        session.expunge_all()


def documents(session: Session) -> Iterator[dict[str, Any]]:
    labels: dict[str, str] = {r[0]: r[1] for r in session.execute(select(Theme.key, Theme.label))}
    for draft in drafts(session):
        yield service_document(draft, labels)


def term_documents(session: Session) -> Iterator[dict[str, Any]]:
    """Every term of the search vocabulary as an HSDS taxonomy term, in the terms' order."""
    terms = stored_terms(session)
    for term in sorted(terms):
        yield term_document(terms[term])


def guide_documents(session: Session) -> list[dict[str, Any]]:
    """The conversation guide's sections as HSDS taxonomy terms, in the guide's order."""
    from ifg_desktop.directory.guide import GuideSectionRecord
    from ifg_desktop.directory.hsds.guide_sections import section_document
    from ifg_desktop.models import GuideSection

    sections = session.scalars(select(GuideSection).order_by(GuideSection.position)).all()
    return [
        section_document(
            GuideSectionRecord(
                s.key,
                s.title,
                s.summary,
                tuple(s.points),
                tuple(s.say),
                s.source,
                tuple(s.keywords),
            )
        )
        for s in sections
    ]


def export_directory(
    database: Database,
    path: Path,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write every service (and the search vocabulary and the guide) to ``path``; returns
    how many services. The file appears only when whole."""
    path = Path(path)
    chosen = fmt or export_format(path)
    if chosen is None:
        raise HsdsFileError(
            path.name,
            translate(
                "hsds", "onbekend formaat: kies een .json-bestand, een .zip-bestand of een map"
            ),
        )
    with database.begin() as session:
        services = session.scalar(select(func.count(Service.id))) or 0
        vocabulary = list(term_documents(session))  # small: read in the same snapshot
        vocabulary += guide_documents(session)
        total = services + len(vocabulary)
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if done % 200 == 0 or done == total:
                if cancel is not None and cancel():
                    raise ExportCancelled
                if progress is not None:
                    progress(Phase.EXPORTING, done, total)

        if chosen == JSON:
            write_json(path, chain(documents(session), vocabulary), tick)
        else:
            with TableSpool(path) as spool:
                writer = TableWriter(sink=spool.write)
                for document in documents(session):
                    writer.add(document)
                    tick()
                for term in vocabulary:
                    writer.add_search_term(term)
                    tick()
                write_tabular(path, spool)
    return services


__all__ = [
    "documents",
    "drafts",
    "export_directory",
    "export_format",
    "term_documents",
]

"""Keeping the search text and the display order in step with the services.

Display order is alphabetical (folded name, then key). ``display_rank`` leaves gaps so a
new or renamed service usually slots in without touching the others; when no gap is left,
every rank is written anew.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from ifg_desktop.directory.text import fold, index_body
from ifg_desktop.models import Service, Theme
from ifg_desktop.models.search import service_search

RANK_STEP = 1024


def search_body(service: Service) -> str:
    themes: Iterable[Theme] = service.themes
    return index_body(
        service.name,
        service.alternate_name,
        service.organization.name if service.organization else None,
        service.description,
        " ".join(service.keywords or ()),
        " ".join(theme.label for theme in themes),
        " ".join(theme.key.replace("-", " ") for theme in themes),
    )


def renumber_all(session: Session) -> None:
    """Give every service a fresh rank in display order and rebuild the search rows."""
    session.flush()
    services = session.scalars(select(Service)).all()
    for service in services:
        service.sort_name = fold(service.name)
    session.flush()
    ordered = sorted(services, key=lambda s: (s.sort_name, s.key))
    session.execute(delete(service_search))
    # Two steps, since ranks are unique: first out of the way, then into place.
    session.execute(
        update(Service)
        .values(display_rank=-Service.id)
        .execution_options(synchronize_session=False)
    )
    rows = []
    for position, service in enumerate(ordered, start=1):
        rank = position * RANK_STEP
        session.execute(
            update(Service)
            .where(Service.id == service.id)
            .values(display_rank=rank)
            .execution_options(synchronize_session=False)
        )
        rows.append({"rank": rank, "body": search_body(service)})
    if rows:
        session.execute(insert(service_search), rows)
    session.expire_all()


def place_service(session: Session, service: Service) -> None:
    """Give one new or renamed service its rank and search text."""
    service.sort_name = fold(service.name)
    if service.display_rank is None:  # a placeholder below every rank until its place is known
        with session.no_autoflush:
            lowest = session.scalar(select(func.min(Service.display_rank))) or 0
        service.display_rank = min(lowest, 0) - 1
    session.flush()
    old_rank = service.display_rank
    if old_rank is not None and old_rank > 0:
        session.execute(delete(service_search).where(service_search.c.rank == old_rank))
    mine = (service.sort_name, service.key)
    before = session.scalar(
        select(func.max(Service.display_rank)).where(Service.id != service.id, _sorts_before(mine))
    )
    after = session.scalar(
        select(func.min(Service.display_rank)).where(
            Service.id != service.id, Service.display_rank > (before or 0)
        )
    )
    low = before or 0
    high = after if after is not None else low + 2 * RANK_STEP
    if high - low < 2:
        renumber_all(session)
        return
    service.display_rank = (low + high) // 2
    session.flush()
    session.execute(
        insert(service_search).values(rank=service.display_rank, body=search_body(service))
    )


def _sorts_before(mine: tuple[str, str]) -> ColumnElement[bool]:
    name, key = mine
    return or_(Service.sort_name < name, and_(Service.sort_name == name, Service.key < key))

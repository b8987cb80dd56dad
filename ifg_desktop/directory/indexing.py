"""Keeping the search text and the display order in step with the services.

Display order is alphabetical (folded name, then key). ``display_rank`` leaves gaps so a
new or renamed service usually slots in without touching the others; when no gap is left,
every rank is written anew.

Many services at once (an import, a renumbering) are handled in bulk with Core statements:
no ORM object is loaded, and only the ranks and search rows that really change are written,
so a renumbering that changes nothing writes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from ifg_desktop.db.search import MERGE_AFTER_ROWS, RANK_STEP, merge_index_sql
from ifg_desktop.directory.text import fold, index_body, searchable
from ifg_desktop.directory.wordforms import add_forms
from ifg_desktop.models import Organization, Service, Theme
from ifg_desktop.models.search import service_search
from ifg_desktop.models.service import service_theme

# Bound parameters per IN (...) list: well under SQLite's lowest limit (999).
_CHUNK = 900
_TEXTS_AT_ONCE = 1000  # search texts worked out and written at once

_service = cast(Table, Service.__table__)
_organization = cast(Table, Organization.__table__)
_theme = cast(Table, Theme.__table__)


class SearchText(NamedTuple):
    """What a service is found by, folded, in the parts ranking tells apart (db/search.py's
    ``TIERS``): each part holds the one before it, and each ends with the other word forms
    of its words (wordforms.py), so "weggelopen" finds "weglopen"."""

    name_text: str
    key_text: str
    body: str


def search_body(service: Service) -> SearchText:
    themes: Iterable[Theme] = service.themes
    return _body(
        service.name,
        service.alternate_name,
        service.organization.name if service.organization else None,
        service.description,
        service.keywords,
        [(theme.key, theme.label) for theme in themes],
    )


def _body(
    name: str,
    alternate_name: str | None,
    organization: str | None,
    description: str | None,
    keywords: Sequence[str] | None,
    themes: Sequence[tuple[str, str]],
) -> SearchText:
    names = index_body(name, alternate_name)
    keys = index_body(
        " ".join(keywords or ()),
        " ".join(label for _key, label in themes),
        " ".join(key.replace("-", " ") for key, _label in themes),
    )
    rest = index_body(organization, description)
    return SearchText(searchable(names), searchable(names, keys), searchable(names, rest, keys))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def search_bodies(
    session: Session, service_ids: Collection[int] | None = None
) -> dict[int, SearchText]:
    """The search text of many services at once (all when ``service_ids`` is None)."""
    base = select(
        _service.c.id,
        _service.c.name,
        _service.c.alternate_name,
        _organization.c.name,
        _service.c.description,
        _service.c.keywords,
    ).select_from(
        _service.outerjoin(_organization, _organization.c.id == _service.c.organization_id)
    )
    themed = (
        select(service_theme.c.service_id, _theme.c.key, _theme.c.label)
        .join(_theme, _theme.c.id == service_theme.c.theme_id)
        .order_by(service_theme.c.service_id, _theme.c.position, _theme.c.id)
    )
    if service_ids is None:
        rows: list[Any] = list(session.execute(base))
        theme_rows: list[Any] = list(session.execute(themed))
    else:
        ordered = sorted(service_ids)
        rows, theme_rows = [], []
        for chunk in _chunks(ordered):
            rows.extend(session.execute(base.where(_service.c.id.in_(chunk))))
            theme_rows.extend(session.execute(themed.where(service_theme.c.service_id.in_(chunk))))
    themes: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for service_id, key, label in theme_rows:
        themes[service_id].append((key, label))
    return {
        row[0]: _body(row[1], row[2], row[3], row[4], row[5], themes.get(row[0], ()))
        for row in rows
    }


def renumber_all(session: Session) -> None:
    """Give every service its rank in display order and bring the search rows in step."""
    session.flush()
    rows = session.execute(
        select(_service.c.id, _service.c.key, _service.c.name, _service.c.display_rank)
    ).all()
    sort_names = {row.id: fold(row.name) for row in rows}
    ordered = sorted(rows, key=lambda row: (sort_names[row.id], row.key))
    ranks = {row.id: position * RANK_STEP for position, row in enumerate(ordered, start=1)}
    _write_places(session, ranks, sort_names)
    _sync_search_rows(session, ranks, search_bodies(session))
    session.expire_all()


def place_services(session: Session, service_ids: Collection[int]) -> None:
    """Place many new or changed services at once, in the gaps between the others.

    Services not named keep their rank; when a gap is too small for the services that fall
    into it, the service that bounds it moves with them (and the next, until there is room),
    so an import of 100,000 services among a few hundred moves those few hundred, never
    renumbers everything. The search rows of the services named, and of those that moved,
    are rewritten from their current content.
    """
    if not service_ids:
        return
    session.flush()
    rows = session.execute(
        select(
            _service.c.id,
            _service.c.key,
            _service.c.name,
            _service.c.sort_name,
            _service.c.display_rank,
        )
    ).all()
    sort_names = {row.id: fold(row.name) for row in rows}
    targets = set(service_ids)
    # A service whose stored place is stale (renamed elsewhere, or a placeholder) moves too.
    targets.update(
        row.id for row in rows if row.display_rank <= 0 or row.sort_name != sort_names[row.id]
    )
    ordered = sorted(rows, key=lambda row: (sort_names[row.id], row.key))
    ranks: dict[int, int] = {}
    pending: list[int] = []
    low = 0
    for row in ordered:
        if row.id in targets:
            pending.append(row.id)
            continue
        if row.display_rank - low <= len(pending):
            pending.append(row.id)  # no room (or out of order): it moves with them
            continue
        _spread(pending, low, row.display_rank, ranks)
        ranks[row.id] = low = row.display_rank
        pending = []
    _spread(pending, low, low + (len(pending) + 1) * RANK_STEP, ranks)
    _write_places(session, ranks, sort_names)
    moved = {row.id for row in rows if ranks[row.id] != row.display_rank}
    moved_or_named = targets | moved
    stale = sorted(moved_or_named)
    old_ranks = [row.display_rank for row in rows if row.id in moved_or_named]
    old_ranks = [rank for rank in old_ranks if rank > 0]
    del rows, ordered
    _delete_search_rows(session, old_ranks)
    # The texts a slice at a time: 100,000 services' texts at once would be 400 MB.
    for start in range(0, len(stale), _TEXTS_AT_ONCE):
        chunk = stale[start : start + _TEXTS_AT_ONCE]
        bodies = search_bodies(session, chunk)
        _insert_search_rows(session, [(ranks[i], bodies[i]) for i in chunk])
    _merge_after(session, len(old_ranks) + len(stale))  # once, at the end
    session.expire_all()


def _spread(ids: Sequence[int], low: int, high: int, ranks: dict[int, int]) -> None:
    """Ranks strictly between low and high, evenly spread (the caller checked there is room)."""
    count = len(ids)
    for position, service_id in enumerate(ids, start=1):
        ranks[service_id] = low + (high - low) * position // (count + 1)


def _write_places(session: Session, ranks: dict[int, int], sort_names: dict[int, str]) -> None:
    """Store new ranks and sort names, only where they differ (ranks are unique: two steps)."""
    current = {
        row.id: (row.display_rank, row.sort_name)
        for row in session.execute(
            select(_service.c.id, _service.c.display_rank, _service.c.sort_name)
        )
    }
    changed = [i for i, rank in ranks.items() if current[i] != (rank, sort_names[i])]
    if not changed:
        return
    # A rank still held by another service that moves must first be freed: those services
    # go out of the way (below every rank in use), then everything into place.
    held = {rank: i for i, (rank, _name) in current.items()}
    moving = [
        held[ranks[i]] for i in changed if current[i][0] != ranks[i] and held.get(ranks[i], i) != i
    ]
    if moving:
        lowest = min(min(rank for rank, _name in current.values()), 0)
        session.execute(
            update(_service)
            .where(_service.c.id == bindparam("service_id"))
            .values(display_rank=bindparam("rank")),
            [{"service_id": i, "rank": lowest - i} for i in moving],
        )
    session.execute(
        update(_service)
        .where(_service.c.id == bindparam("service_id"))
        .values(display_rank=bindparam("rank"), sort_name=bindparam("sort")),
        [{"service_id": i, "rank": ranks[i], "sort": sort_names[i]} for i in changed],
    )


def _sync_search_rows(
    session: Session, ranks: dict[int, int], bodies: dict[int, SearchText]
) -> None:
    """Make service_search hold exactly one row per service, at its rank, with its text."""
    columns = (service_search.c.name_text, service_search.c.key_text, service_search.c.body)
    existing = {
        row[0]: SearchText(*row[1:])
        for row in session.execute(select(service_search.c.rank, *columns))
    }
    wanted = {ranks[i]: bodies[i] for i in ranks}
    stale = [rank for rank, body in existing.items() if wanted.get(rank) != body]
    fresh = [(rank, body) for rank, body in wanted.items() if existing.get(rank) != body]
    _replace_search_rows(session, stale, fresh)


def _replace_search_rows(
    session: Session, old_ranks: Sequence[int], rows: Sequence[tuple[int, SearchText]]
) -> None:
    _delete_search_rows(session, old_ranks)
    _insert_search_rows(session, rows)
    _merge_after(session, len(old_ranks) + len(rows))


def _delete_search_rows(session: Session, old_ranks: Sequence[int]) -> None:
    if old_ranks:
        session.execute(
            delete(service_search).where(service_search.c.rank == bindparam("old_rank")),
            [{"old_rank": rank} for rank in old_ranks],
        )


def _insert_search_rows(session: Session, rows: Sequence[tuple[int, SearchText]]) -> None:
    if rows:
        session.execute(insert(service_search), [{"rank": r, **b._asdict()} for r, b in rows])
        add_forms(session, {word for _rank, texts in rows for word in texts.body.split()})


def _merge_after(session: Session, written: int) -> None:
    """Merge the full-text index's segments once many rows were written."""
    if written >= MERGE_AFTER_ROWS:
        for statement in merge_index_sql(session.get_bind().dialect.name):
            session.execute(text(statement))


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
    before = _rank_before(session, service.sort_name, service.key)
    # The next rank up, read along the rank's index (a min() over a condition read every row).
    after = session.scalar(
        select(Service.display_rank)
        .where(Service.display_rank > (before or 0), Service.id != service.id)
        .order_by(Service.display_rank)
        .limit(1)
    )
    low = before or 0
    high = after if after is not None else low + 2 * RANK_STEP
    if high - low < 2:
        renumber_all(session)
        return
    service.display_rank = (low + high) // 2
    session.flush()
    texts = search_body(service)
    session.execute(insert(service_search).values(rank=service.display_rank, **texts._asdict()))
    add_forms(session, texts.body.split())


def _rank_before(session: Session, name: str, key: str) -> int | None:
    """The rank of the service just before (name, key) in display order, found along the
    sort name's index (a max() over "sorts before" read every service): one of the same
    name with a smaller key, else the last of the greatest name below."""
    same_name = session.scalar(
        select(func.max(Service.display_rank)).where(Service.sort_name == name, Service.key < key)
    )
    if same_name is not None:
        return same_name
    below = session.scalar(select(func.max(Service.sort_name)).where(Service.sort_name < name))
    if below is None:
        return None
    return session.scalar(select(func.max(Service.display_rank)).where(Service.sort_name == below))

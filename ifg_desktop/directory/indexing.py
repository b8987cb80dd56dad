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
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
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
    ranks = _renumbered(session)
    _sync_search_rows(session, ranks, search_bodies(session))
    session.expire_all()


def index_all(session: Session, progress: Callable[[int, int], None] | None = None) -> None:
    """Write the search rows of every service where there are none (a migration emptied
    them: ``seed.ensure_indexed``), a slice of services at a time, so that memory follows
    the slice and not the directory; the ranks are put right first, as ``renumber_all``
    does. ``progress`` is told (services done, of how many) after each slice."""
    ranks = _renumbered(session)
    services = sorted(ranks)
    for start in range(0, len(services), _TEXTS_AT_ONCE):
        chunk = services[start : start + _TEXTS_AT_ONCE]
        bodies = search_bodies(session, chunk)
        _insert_search_rows(session, [(ranks[i], bodies[i]) for i in chunk])
        if progress is not None:
            progress(start + len(chunk), len(services))
    _merge_after(session, len(services))
    session.expire_all()


def _renumbered(session: Session) -> dict[int, int]:
    """Every service's rank in display order, stored where it changed; by service id."""
    session.flush()
    places = dict(_stored_places(session))
    ordered = sorted(places, key=lambda i: (places[i].sort_name, places[i].key))
    ranks = {i: position * RANK_STEP for position, i in enumerate(ordered, start=1)}
    _write_places(session, ranks, places)
    return ranks


def place_services(session: Session, service_ids: Collection[int]) -> None:
    """Place many new or changed services at once, in the gaps between the others.

    Services not named keep their rank; when a gap is too small for the services that fall
    into it, the service that bounds it moves with them (and the next, until there is room),
    so an import of 100,000 services among a few hundred moves those few hundred, never
    renumbers everything. The search rows of the services named, and of those that moved,
    are rewritten from their current content.

    Memory follows the services that move, not the directory: the others are read a slice
    at a time, in display order, and only their ranks are compared.
    """
    if not service_ids:
        return
    session.flush()
    moving = _moving(session, set(service_ids))
    rewritten = set(moving)  # their search rows are written anew, wherever they end up
    # The services that move, in display order; merged into the others as they are read.
    arriving = sorted(moving, key=lambda i: (moving[i].sort_name, moving[i].key))
    ranks: dict[int, int] = {}  # the new rank of each service that moves
    pending: list[int] = []
    low = 0
    next_arriving = 0
    for other in _others_in_display_order(session, moving):
        place = (other.sort_name, other.key)
        while next_arriving < len(arriving):
            waiting = moving[arriving[next_arriving]]
            if (waiting.sort_name, waiting.key) > place:
                break
            pending.append(arriving[next_arriving])
            next_arriving += 1
        if other.display_rank - low <= len(pending):
            # No room (or out of order): it moves with them.
            moving[other.id] = _Place(other.key, other.sort_name, other.display_rank, False)
            pending.append(other.id)
            continue
        _spread(pending, low, other.display_rank, ranks)
        low = other.display_rank
        pending = []
    pending.extend(arriving[next_arriving:])
    _spread(pending, low, low + (len(pending) + 1) * RANK_STEP, ranks)
    _write_places(session, ranks, moving)
    stale = sorted(i for i in moving if i in rewritten or ranks[i] != moving[i].stored_rank)
    old_ranks = [moving[i].stored_rank for i in stale if moving[i].stored_rank > 0]
    _delete_search_rows(session, old_ranks)
    # The texts a slice at a time: 100,000 services' texts at once would be 400 MB.
    for start in range(0, len(stale), _TEXTS_AT_ONCE):
        chunk = stale[start : start + _TEXTS_AT_ONCE]
        bodies = search_bodies(session, chunk)
        _insert_search_rows(session, [(ranks[i], bodies[i]) for i in chunk])
    _merge_after(session, len(old_ranks) + len(stale))  # once, at the end
    session.expire_all()


class _Place(NamedTuple):
    """A service's place in display order, and what is stored of it now."""

    key: str
    sort_name: str  # fold(name): where it belongs
    stored_rank: int
    stale_sort_name: bool  # the stored sort name is not ``sort_name``


_AT_ONCE = 2000  # services read per fetch, or written per statement, when many


def _stored_places(session: Session) -> Iterator[tuple[int, _Place]]:
    """Every service (by id) with its place by its name and what is stored of it, read a
    slice at a time."""
    rows = session.execute(
        select(
            _service.c.id,
            _service.c.key,
            _service.c.name,
            _service.c.sort_name,
            _service.c.display_rank,
        ),
        execution_options={"yield_per": _AT_ONCE},
    )
    for row in rows:
        sort_name = fold(row.name)
        yield row.id, _Place(row.key, sort_name, row.display_rank, row.sort_name != sort_name)


def _moving(session: Session, named: set[int]) -> dict[int, _Place]:
    """The services named, and those whose stored place is stale (renamed elsewhere, or
    a placeholder rank): only these are kept."""
    return {
        service_id: place
        for service_id, place in _stored_places(session)
        if service_id in named or place.stored_rank <= 0 or place.stale_sort_name
    }


def _others_in_display_order(session: Session, moving: dict[int, _Place]) -> Iterator[Any]:
    """The services that keep their place so far, by (sort name, key), as stored (their
    sort names are current). Ordered by the database, character by character as Python
    compares (PostgreSQL: collation "C", which its sort-name index is made for, whatever
    the server's own)."""
    sort_name, key = _as_python_compares(session)
    rows = session.execute(
        select(
            _service.c.id, _service.c.key, _service.c.sort_name, _service.c.display_rank
        ).order_by(sort_name, key),
        execution_options={"yield_per": _AT_ONCE},
    )
    for row in rows:
        if row.id not in moving:
            yield row


def _as_python_compares(session: Session) -> tuple[Any, Any]:
    """The sort name and key columns, compared character by character as Python compares
    str (display order). SQLite's default does; PostgreSQL compares by the server's own
    collation unless told "C" (its sort-name index is made for "C", migration 0007)."""
    sort_name, key = _service.c.sort_name, _service.c.key
    if session.get_bind().dialect.name == "postgresql":
        return sort_name.collate("C"), key.collate("C")
    return sort_name, key


def _spread(ids: Sequence[int], low: int, high: int, ranks: dict[int, int]) -> None:
    """Ranks strictly between low and high, evenly spread (the caller checked there is room)."""
    count = len(ids)
    for position, service_id in enumerate(ids, start=1):
        ranks[service_id] = low + (high - low) * position // (count + 1)


def _write_places(session: Session, ranks: dict[int, int], places: dict[int, _Place]) -> None:
    """Store the new ranks (and sort names) of services, only where they differ from what
    is stored (``places``). Ranks are unique: a rank taken can only be held by another
    service of ``ranks`` (the others keep ranks outside every gap filled), which first goes
    out of the way (below every rank in use); then everything goes into place."""
    changed = [
        i for i, rank in ranks.items() if places[i].stored_rank != rank or places[i].stale_sort_name
    ]
    if not changed:
        return
    held = {places[i].stored_rank: i for i in ranks}
    in_the_way = [
        held[ranks[i]]
        for i in changed
        if places[i].stored_rank != ranks[i] and held.get(ranks[i], i) != i
    ]
    # The parameters a slice at a time: 100,000 of them at once weigh some 25 MB.
    if in_the_way:
        lowest = min(session.scalar(select(func.min(_service.c.display_rank))) or 0, 0)
        aside = update(_service).where(_service.c.id == bindparam("service_id"))
        for start in range(0, len(in_the_way), _AT_ONCE):
            session.execute(
                aside.values(display_rank=bindparam("rank")),
                [
                    {"service_id": i, "rank": lowest - i}
                    for i in in_the_way[start : start + _AT_ONCE]
                ],
            )
    into_place = (
        update(_service)
        .where(_service.c.id == bindparam("service_id"))
        .values(display_rank=bindparam("rank"), sort_name=bindparam("sort"))
    )
    for start in range(0, len(changed), _AT_ONCE):
        session.execute(
            into_place,
            [
                {"service_id": i, "rank": ranks[i], "sort": places[i].sort_name}
                for i in changed[start : start + _AT_ONCE]
            ],
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
    sort_name, service_key = _as_python_compares(session)
    same_name = session.scalar(
        select(func.max(Service.display_rank)).where(Service.sort_name == name, service_key < key)
    )
    if same_name is not None:
        return same_name
    below = session.scalar(select(func.max(sort_name)).where(sort_name < name))
    if below is None:
        return None
    return session.scalar(select(func.max(Service.display_rank)).where(Service.sort_name == below))

"""The one query engine: which services fit this person, now. CLI and window both use it.

Every search runs the same SQL (``_filter_sql``): the window reads one page of lean rows
(``find_rows``) per keystroke, the command line the same services as whole records
(``find_services``). The hot path sends plain SQL straight to the driver (``Database.read``):
at 100,000 services a page costs about as much as the SQL itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING, Any, NamedTuple

from ifg_desktop.db.search import (
    RANK_STEP,
    SUBSTRING_MIN_LENGTH,
    TIERS,
    TextMatch,
    TextRule,
    text_aggregate,
    text_match,
    text_matches,
)
from ifg_desktop.directory.availability import (
    BRUSSELS,
    Availability,
    DateException,
    Hours,
    Window,
    availability,
    ordinals_from,
    reachable,
    window_order,
)
from ifg_desktop.directory.choices import AvailabilityFilter
from ifg_desktop.directory.columns import URGENCY_COLUMN, as_bool, as_date, parse_time
from ifg_desktop.directory.detail import read_service, read_services
from ifg_desktop.directory.records import ServiceRecord, ThemeRecord
from ifg_desktop.directory.search_plan import EMPTY_PLAN, SearchPlan, covers, plan_for
from ifg_desktop.directory.text import fold
from ifg_desktop.models.enums import ServiceStatus, Urgency

# Only types from SQLAlchemy's side: searches and records are read with plain SQL
# (Database.read), so the window never imports SQLAlchemy; drafts.py reads the models.
if TYPE_CHECKING:
    from ifg_desktop.db import Database
    from ifg_desktop.models import Schedule, Service

Clock = Callable[[], datetime]

# Where a row stands in a search's results: (part, display rank). Part -1 holds the names
# typed exactly or from their start; then the parts of the text of db/search.py's TIERS,
# best first; display order (alphabetical) within each.
Position = tuple[int, int]
BEST_NAMES = -1
_START = -(2**62)  # before every display rank


def brussels_now() -> datetime:
    return datetime.now(BRUSSELS)


NOT_REFERABLE = (ServiceStatus.INACTIVE, ServiceStatus.DO_NOT_REFER)


@dataclass(frozen=True, slots=True)
class ServiceQuery:
    text: str = ""
    age_months: int | None = None  # negative = unborn, see ages.py
    urgency: Urgency | None = None
    availability: AvailabilityFilter = AvailabilityFilter.ANY
    # The moment the states are computed for (and the OPEN filter asks about); None = now.
    moment: datetime | None = None
    client_contact_only: bool = False  # only services a client may contact themselves
    themes: frozenset[str] = field(default_factory=frozenset)  # any of these theme keys
    # Services named outright (the checklist's suggestions); with themes: either matches.
    services: frozenset[str] = field(default_factory=frozenset)
    include_not_referable: bool = False  # also "inactive" and "do not refer"
    # Spoken in any of these languages (codes, spoken_languages.py); empty: whatever.
    languages: frozenset[str] = field(default_factory=frozenset)

    def at(self, moment: datetime | None) -> ServiceQuery:
        """The same search, asked for ``moment``."""
        return replace(self, moment=moment)


class ServiceRow(NamedTuple):
    """One line of a result list: what the table shows, and the hours to say "open now".

    The hours arrive as the database's own compact text and are read only when asked for
    (``hours``): a row that is never painted never pays for them.
    """

    key: str
    name: str
    alternate_name: str | None
    status: str
    professional_only: bool
    minimum_age_months: int | None
    maximum_age_months: int | None
    ages_unknown: bool
    main_phone: str | None  # stored form, see phones.py; None = not known
    schedule: tuple[Any, ...] | None  # see _row_columns; None = hours unknown
    rank: int = 0  # place in display order (see indexing.py)
    # The folded texts it is found by (see narrowed_rows): names; names, keywords and
    # themes; everything (db/search.py's TIERS).
    name_text: str = ""
    key_text: str = ""
    body: str = ""
    position: Position = (0, 0)  # where it stands in the results (see find_rows_step)

    @property
    def hours(self) -> Hours | None:
        return None if self.schedule is None else _hours_from(self.schedule)

    def availability_at(self, moment: datetime) -> Availability:
        return _availability_of(
            self.schedule, moment, self.status == ServiceStatus.TEMPORARILY_CLOSED
        )


# Many services share a schedule ("weekdays 9–17"): read each distinct one once, and work
# out its state once per moment.
@lru_cache(maxsize=8192)
def _hours_from(schedule: tuple[Any, ...]) -> Hours:
    always, appointment, holidays, zone, valid_from, valid_to, part, windows, dates = schedule
    return Hours(
        always_open_part=part or None,
        always_open=as_bool(always),
        by_appointment=as_bool(appointment),
        closed_on_public_holidays=None if holidays is None else as_bool(holidays),
        windows=_windows(windows) if windows else (),
        exceptions=_exceptions(dates) if dates else (),
        valid_from=as_date(valid_from),
        valid_to=as_date(valid_to),
        timezone=zone,
    )


@lru_cache(maxsize=8192)
def _availability_of(
    schedule: tuple[Any, ...] | None, moment: datetime, temporarily_closed: bool
) -> Availability:
    hours = None if schedule is None else _hours_from(schedule)
    return availability(hours, moment, temporarily_closed=temporarily_closed)


def find_rows(
    database: Database,
    query: ServiceQuery,
    *,
    limit: int | None = None,
    offset: int = 0,
    clock: Clock = brussels_now,
) -> list[ServiceRow]:
    """Services that fit ``query``, best first (see ``find_rows_step``)."""
    if query.moment is None and query.availability is AvailabilityFilter.OPEN:
        query = query.at(clock())
    wanted = None if limit is None else offset + limit
    found: list[ServiceRow] = []
    after: Position | None = None
    while wanted is None or len(found) < wanted:
        step = _rows_step(
            database,
            query,
            after=after,
            limit=SCAN_SERVICES if wanted is None else wanted - len(found),
            clock=clock,
            read_before=found,
        )
        found += step.rows
        if step.resume_after is None:
            break
        after = step.resume_after
    return found[offset:wanted]


# How much of the directory one step looks through, in services of display order: a few
# milliseconds of SQLite at most, so a window stays responsive however selective a search is.
SCAN_SERVICES = 2000


# Two subqueries: SQLite answers one min() or max() from the index, but not both at once.
_RANK_BOUNDS = (
    "SELECT (SELECT min(display_rank) FROM service), (SELECT max(display_rank) FROM service)"
)


class RowsStep(NamedTuple):
    rows: list[ServiceRow]
    resume_after: Position | None  # where to go on after; None: the end of the results


def search_plan(
    database: Database, query: ServiceQuery, held: Sequence[ServiceRow] = ()
) -> SearchPlan:
    """What the query's text means (corrections, partial matches, checklist flags).
    ``held``: rows of a search the caller holds; one that fits a question of the plan
    answers it with a lookup instead of the index (the same plan, sooner)."""
    return plan_for(database, query.text, held) if query.text else EMPTY_PLAN


def _tiers(plan: SearchPlan) -> range:
    """The parts of the text a search goes through. For no text, or only words of one or
    two letters (a word start, being typed), just display order: the word index answers
    those fast, and the names that start with them come first anyway."""
    if plan.rule.groups and not _all_short(plan.rule):
        return range(len(TIERS))
    return range(len(TIERS) - 1, len(TIERS))


def _all_short(rule: TextRule) -> bool:
    return all(len(a) < SUBSTRING_MIN_LENGTH for group in rule.groups for a in group)


def find_rows_step(
    database: Database,
    query: ServiceQuery,
    *,
    after: Position | None,
    limit: int,
    clock: Clock = brussels_now,
    scan: int = SCAN_SERVICES,
    read_before: Sequence[ServiceRow] | None = None,
) -> RowsStep:
    """One step of the window's search (``_rows_step``)."""
    return _rows_step(
        database, query, after=after, limit=limit, clock=clock, scan=scan, read_before=read_before
    )


def _rows_step(
    database: Database,
    query: ServiceQuery,
    *,
    after: Position | None,
    limit: int,
    clock: Clock = brussels_now,
    scan: int = SCAN_SERVICES,
    read_before: Sequence[ServiceRow] | None = None,
) -> RowsStep:
    """Up to ``limit`` rows that fit ``query`` after ``after`` (None: from the start),
    looking through at most the next ``scan`` services in display order. ``read_before``:
    the rows of this query the caller read up to ``after`` (None: unknown); past the best
    names they hold all of those, which are then not read again.

    Best first: the names typed exactly or from their start, then the services whose names
    fit the text, then those whose names, keywords and themes do, then the rest; in
    display order (alphabetical) within each part. A selective search over a large
    directory (a common word, a two-letter term and three filters) would otherwise make one
    query walk tens of thousands of rows; in steps, the window paints what it has and asks
    again on the next turn of its event loop.
    """
    low, high = database.read(_RANK_BOUNDS)[0]
    if low is None:
        return RowsStep([], None)
    if query.availability is AvailabilityFilter.OPEN and query.moment is None:
        query = query.at(clock())  # every part asks about the same moment
    plan = search_plan(database, query)
    rows: list[ServiceRow] = []
    if read_before is not None and after is not None and after[0] != BEST_NAMES:
        # The same rows as read before, and the same as shown: another desk's edit since
        # then does not put a service both among them and further down.
        best = list(takewhile(lambda r: r.position[0] == BEST_NAMES, read_before))
    else:
        best = _best_names(database, query, plan)
    if after is None or after[0] == BEST_NAMES:
        first = 0 if after is None else after[1] + 1
        rows = _best_rows(best)[first : first + limit]
        if len(rows) == limit:
            return RowsStep(rows, rows[-1].position)
        after = (_tiers(plan)[0], _START)
    if plan.finds_nothing:
        return RowsStep(rows, None)
    return _tier_step(database, query, plan, best, rows, after, limit, (low, high), scan)


def _best_rows(best: Sequence[ServiceRow]) -> list[ServiceRow]:
    """The best names at their places: (BEST_NAMES, their index), an exact name first."""
    return [row._replace(position=(BEST_NAMES, i)) for i, row in enumerate(best)]


def _tier_step(
    database: Database,
    query: ServiceQuery,
    plan: SearchPlan,
    best: Sequence[ServiceRow],
    rows: list[ServiceRow],
    after: Position,
    limit: int,
    bounds: tuple[int, int],
    scan: int,
) -> RowsStep:
    """The next rows of one part of the results (db/search.py's TIERS), from ``after``."""
    low, high = bounds
    tier, after_rank = after
    match = text_match(database.dialect, plan.rule, tier)
    last = tier == len(TIERS) - 1
    source, where, params = _filter_sql(database.dialect, query, match)
    order = match.order_by
    wanted = limit - len(rows)
    sql = (
        f"SELECT {_row_columns(database.dialect)} FROM {source} "
        f"WHERE {where} AND {order} > ? AND {order} <= ? ORDER BY {order} LIMIT ?"
    )

    def window(start: int) -> list[ServiceRow]:
        return [
            _row(r) for r in database.read(sql, (*params, start, start + scan * RANK_STEP, wanted))
        ]

    start = low - 1 if after_rank == _START else after_rank
    fetched = window(start)
    if not fetched and after_rank != _START and match.next_rank is not None:
        # Only an empty window asks where the next match is: a search typed on mostly has
        # rows right after the last step's, and a rare word then skips the empty windows
        # in one look through the index.
        found = _first_match_from(database, match, start + scan * RANK_STEP)
        if found is None:  # nothing more in this part
            return RowsStep(rows, None if last else (tier + 1, _START))
        start = found
        fetched = window(start)
    end = start + scan * RANK_STEP
    shown = {r.key for r in best}
    kept = [
        r._replace(position=(tier, r.rank))
        for r in fetched
        if r.key not in shown and _tier_of(database.dialect, plan.rule, r) == tier
    ]
    kept = _not_closed(query, kept)
    rows = rows + kept
    if len(fetched) == wanted:  # the window may hold more
        return RowsStep(rows, (tier, fetched[-1].rank))
    if end < high:
        return RowsStep(rows, (tier, end))
    return RowsStep(rows, None if last else (tier + 1, _START))


def _tier_of(dialect: str, rule: TextRule, row: ServiceRow) -> int:
    """The first part of the row's text that fits ``rule`` on its own (see ``_tiers``)."""
    if not rule.groups or _all_short(rule):
        return len(TIERS) - 1
    for tier, text in enumerate((row.name_text, row.key_text)):
        if text_matches(dialect, rule, text, tier):
            return tier
    return len(TIERS) - 1


# Names typed from their start: at most this many are put before everything else.
BEST_NAMES_SHOWN = 5


def _best_names(
    database: Database, query: ServiceQuery, plan: SearchPlan, held: Sequence[ServiceRow] = ()
) -> list[ServiceRow]:
    """Services whose name is the text typed, or starts with it (one look in the index of
    names; an exact name first). "politie" + Enter is then Politie, not a service that
    mentions the police.

    ``held``: rows of a wider search the caller holds (``narrowed_rows``). The look in
    the index reads keys only; a row held is not read again. A row is read from six
    tables, and typing on, the names of the last keystroke are mostly those of this one
    (at 100,000 services, five rows read afresh took 0.35 ms, their keys 0.03 ms)."""
    # Printable characters only: NUL, control characters or a lone surrogate are no name.
    typed = " ".join("".join(c for c in fold(query.text) if c.isprintable()).split())
    if len(typed) < 2 or plan.partial:
        return []
    source, where, params = _filter_sql(database.dialect, query, None)
    # A range of the index on sort_name, in byte order: SQLite's own, and on PostgreSQL
    # an index "C" of its own (migration 0007), whatever the server's collation.
    name = "s.sort_name" if database.dialect == "sqlite" else 's.sort_name COLLATE "C"'
    starts = f"{name} >= ? AND {name} < ?"
    start_params: tuple[object, ...] = (typed, typed + "\U0010ffff")
    # With rows held, keys first: the rows held are not read again.
    columns = "s.key" if held else _row_columns(database.dialect)
    sql = (
        f"SELECT {columns} FROM {source} WHERE {where} AND {starts} "
        # Display order, which reads the index on sort_name in order and stops at five;
        # the name typed exactly sorts before every longer one it starts.
        f"ORDER BY {name}, s.key LIMIT ? OFFSET ?"
    )
    known = {row.key: row for row in held}
    best: list[ServiceRow] = []
    read = 0
    while len(best) < BEST_NAMES_SHOWN:  # more than one batch only for "nu open"
        found = database.read(sql, (*params, *start_params, BEST_NAMES_SHOWN, read))
        read += len(found)
        if held:
            keys = [str(key) for (key,) in found]
            missing = [key for key in keys if key not in known]
            if missing:
                # With the same filters and start: a service changed since the look is
                # left out. (A row held is the wider search's, as the other rows held.)
                rows_sql = (
                    f"SELECT {_row_columns(database.dialect)} FROM {source} WHERE {where} "
                    f"AND {starts} AND s.key IN ({', '.join('?' * len(missing))})"
                )
                read_now = database.read(rows_sql, (*params, *start_params, *missing))
                known.update((row.key, row) for row in map(_row, read_now))
            batch = [known[key] for key in keys if key in known]
        else:
            batch = [_row(r) for r in found]
        best += _not_closed(query, batch)
        if len(found) < BEST_NAMES_SHOWN:
            break
    return best[:BEST_NAMES_SHOWN]


def _not_closed(query: ServiceQuery, rows: list[ServiceRow]) -> list[ServiceRow]:
    """For "nu open": the rows not known to be closed at the query's moment."""
    if query.availability is not AvailabilityFilter.OPEN or query.moment is None:
        return rows
    moment = query.moment
    return [r for r in rows if reachable(r.availability_at(moment))]


def _first_match_from(database: Database, match: TextMatch, start: int) -> int | None:
    """Where the next window of display order starts: ``start``, or just before the next
    rank the text index matches (None: there is none). A rare word then costs one look
    through the index, not one per window up to its next match ("luisterl" at 100,000
    services: counting took 350 ms in 50 windows, now 28 ms in 2)."""
    if match.next_rank is None:
        return start
    found = database.read(match.next_rank, (*match.next_rank_params, start))
    return None if not found else max(start, int(found[0][0]) - 1)


def rows_depend_on(query: ServiceQuery) -> ServiceQuery:
    """What decides which services fit ``query``: all of it, but the moment only for "nu
    open" (elsewhere the moment only says what the states read)."""
    if query.availability is AvailabilityFilter.OPEN:
        return query
    return replace(query, moment=None)


def narrows(
    database: Database,
    wider: ServiceQuery,
    narrower: ServiceQuery,
    held: Sequence[ServiceRow] = (),
) -> bool:
    """Every service that fits ``narrower`` fits ``wider`` too: the same filters, and text
    that can only match less (a word typed further, another word added), in every part of
    the text ranking tells apart (``search_plan.covers``).

    From two letters to three a term changes from a word start to a part of a word
    ("pa" does not find "kinderpartij", "par" does): that is no narrowing. Nor is a word
    that becomes a word of the vocabulary ("vluchthui", "vluchthuis").
    """
    wide, narrow = rows_depend_on(wider), rows_depend_on(narrower)
    if replace(wide, text="") != replace(narrow, text=""):
        return False
    # The narrower plan is made with the rows of the wider search held (``held``): a row
    # that fits a question of the plan answers it without the index.
    wide_plan, narrow_plan = search_plan(database, wide), search_plan(database, narrow, held)
    # A search read in display order alone (no text, or words of one or two letters) has
    # not read the names and keywords a ranked one puts first: pasting "crisis" into an
    # empty box would have lost every service named so past the rows held.
    return _tiers(wide_plan) == _tiers(narrow_plan) and covers(wide_plan, narrow_plan)


def narrowed_rows(
    database: Database,
    rows: Sequence[ServiceRow],
    resume_after: Position | None,
    narrower: ServiceQuery,
) -> list[ServiceRow] | None:
    """Of the rows a wider query (``narrows``) had read up to ``resume_after``, those that
    fit ``narrower``, in its order; its best names first. None: the rows held say too
    little (the wider search had not read past its own best names).

    For a window that typed one more letter: the rows it holds, read through the same
    text rule the database applies (``text_matches``), are the first ones of the narrower
    search up to where the wider one had read, without asking the database again. A row
    may move to a better part of the results (its name fits now): each part of the
    narrower search holds fewer rows than the wider one's, so it is still known.
    """
    if resume_after is not None and resume_after[0] == BEST_NAMES:
        return None  # the wider search stopped among its best names: nothing to go on from
    if narrower.availability is AvailabilityFilter.OPEN and narrower.moment is None:
        narrower = narrower.at(brussels_now())
    plan = search_plan(database, narrower)
    best = _best_names(database, narrower, plan, rows)
    shown = {r.key for r in best}
    kept = []
    for row in rows:
        if row.key in shown or not text_matches(database.dialect, plan.rule, row.body):
            continue
        position = (_tier_of(database.dialect, plan.rule, row), row.rank)
        if resume_after is None or position <= resume_after:
            kept.append(row._replace(position=position))
    kept.sort(key=lambda r: r.position)
    return _best_rows(best) + kept


def count_services(
    database: Database,
    query: ServiceQuery,
    *,
    cap: int | None = None,
    clock: Clock = brussels_now,
) -> int:
    """How many services fit; with ``cap``, counting stops there ("1000+")."""
    if query.availability is AvailabilityFilter.OPEN:
        last = deque(count_in_steps(database, query, cap=cap, clock=clock), maxlen=1)
        return last[0].total
    plan = search_plan(database, query)
    if plan.finds_nothing:
        return 0
    match = text_match(database.dialect, plan.rule)
    source, where, params = _filter_sql(database.dialect, query, match)
    inner = f"SELECT 1 FROM {source} WHERE {where}"
    if cap is not None:
        inner += " LIMIT ?"
        params += (cap,)
    return int(database.read(f"SELECT count(*) FROM ({inner}) AS matched", params)[0][0])


class CountStep(NamedTuple):
    total: int  # counted so far (the count, when final)
    final: bool


def count_in_steps(
    database: Database,
    query: ServiceQuery,
    *,
    cap: int | None = None,
    clock: Clock = brussels_now,
    scan: int = SCAN_SERVICES,
) -> Iterator[CountStep]:
    """The running count after each small step; the step marked ``final`` has the count.

    For a window that must never stop answering: each step looks through at most ``scan``
    services of display order, so counting can be spread over the event loop and dropped
    when the user types on.
    """
    open_only = query.availability is AvailabilityFilter.OPEN
    moment = query.moment or clock()
    low, high = database.read(_RANK_BOUNDS)[0]
    if low is None:
        yield CountStep(0, final=True)
        return
    plan = search_plan(database, query)
    if plan.finds_nothing:
        yield CountStep(0, final=True)
        return
    match = text_match(database.dialect, plan.rule)
    source, where, params = _filter_sql(database.dialect, query, match)
    order = match.order_by
    window = f"{where} AND {order} > ? AND {order} <= ?"
    # Rows are read and their hours worked out only for "nu open": smaller steps then.
    span = max(1, scan // 4 if open_only else scan) * RANK_STEP
    count, after = 0, None
    while True:
        start = low - 1 if after is None else _first_match_from(database, match, after)
        if start is None:
            yield CountStep(count if cap is None else min(count, cap), final=True)
            return
        end = start + span
        if open_only:
            found = database.read(
                f"SELECT {_row_columns(database.dialect)} FROM {source} WHERE {window}",
                (*params, start, end),
            )
            count += sum(reachable(_row(r).availability_at(moment)) for r in found)
        else:
            count += int(
                database.read(
                    f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {window}) AS part",
                    (*params, start, end),
                )[0][0]
            )
        if end >= high or (cap is not None and count >= cap):
            yield CountStep(count if cap is None else min(count, cap), final=True)
            return
        after = end
        yield CountStep(count, final=False)


def find_services(
    database: Database,
    query: ServiceQuery,
    *,
    limit: int | None = None,
    offset: int = 0,
    clock: Clock = brussels_now,
) -> list[ServiceRecord]:
    """The same services as ``find_rows``, as whole records (the command line's answer)."""
    moment = query.moment or clock()
    with database.reading():  # the keys and their records from one state of the data
        rows = find_rows(database, query, limit=limit, offset=offset, clock=clock)
        records = read_services(database, [row.key for row in rows], moment)
    return [records[row.key] for row in rows if row.key in records]


def get_service(
    database: Database, key: str, *, moment: datetime | None = None, clock: Clock = brussels_now
) -> ServiceRecord | None:
    """The service ``key``, archived ones included; None if there is none.

    Plain SQL (detail.py), as the list is read: the window's first click on a row loads no
    SQLAlchemy.
    """
    return read_service(database, key, moment or clock())


# -- the SQL every search runs ------------------------------------------------------------
def _row_columns(dialect: str) -> str:
    service = (
        "s.key, s.name, s.alternate_name, s.status, s.professional_only, s.minimum_age_months, "
        "s.maximum_age_months, s.ages_unknown"
    )
    texts = "s.display_rank, x.name_text, x.key_text, x.body"
    if dialect == "sqlite":
        # The phone and hours kept together by triggers (migration 0010), in the shape
        # below: one read instead of four tables' (a keystroke's rows not read before).
        return (
            f"{service}, r.phone, r.schedule_id, r.always_open, r.by_appointment, "
            "r.closed_on_public_holidays, r.timezone, r.valid_from, r.valid_to, "
            f"r.always_open_part, r.windows, r.exceptions, {texts}"
        )
    windows = text_aggregate(
        dialect,
        "CAST(w.weekday AS TEXT) || ',' || CAST(w.opens_at AS TEXT) || ',' "
        "|| CAST(w.closes_at AS TEXT) || ',' || w.kind"
        # A rule beyond every week (first Monday, every other week) only where there is one.
        " || CASE WHEN w.ordinals IS NULL AND w.repeat_interval = 1 AND w.anchor IS NULL "
        "THEN '' ELSE ',' || COALESCE(REPLACE(w.ordinals, ',', ' '), '') || ',' "
        "|| CAST(w.repeat_interval AS TEXT) || ',' || COALESCE(CAST(w.anchor AS TEXT), '') END",
    )
    dates = text_aggregate(
        dialect,
        "CAST(e.date AS TEXT) || ',' || CAST(e.closed AS TEXT) || ',' "
        "|| COALESCE(CAST(e.opens_at AS TEXT), '') || ',' "
        "|| COALESCE(CAST(e.closes_at AS TEXT), '')",
    )
    return (
        f"{service}, "
        "(SELECT p.number FROM phone p WHERE p.service_id = s.id ORDER BY p.position LIMIT 1), "
        "r.id, r.always_open, r.by_appointment, r.closed_on_public_holidays, r.timezone, "
        "r.valid_from, r.valid_to, r.always_open_part, "
        f"(SELECT {windows} FROM schedule_window w WHERE w.schedule_id = r.id), "
        f"(SELECT {dates} FROM schedule_exception e WHERE e.schedule_id = r.id), {texts}"
    )


def _filter_sql(
    dialect: str, query: ServiceQuery, match: TextMatch | None
) -> tuple[str, str, tuple[object, ...]]:
    """FROM and WHERE (with ``?`` placeholders) of the services that fit ``query`` apart
    from its text, and fit ``match`` (None: whatever their text)."""
    match = match or text_match(dialect, TextRule(()))
    conditions: list[str] = ["s.archived_at IS NULL"]  # archived services are never found
    params: list[object] = list(match.params)
    if match.condition:
        conditions.append(match.condition)
    if not query.include_not_referable:
        conditions.append("s.status NOT IN (?, ?)")
        params += [status.value for status in NOT_REFERABLE]
    if query.age_months is not None:
        conditions.append(
            "(s.minimum_age_months IS NULL OR s.minimum_age_months <= ?)"
            " AND (s.maximum_age_months IS NULL OR s.maximum_age_months >= ?)"
        )
        params += [query.age_months, query.age_months]
    if query.urgency is not None:
        conditions.append(f"s.{URGENCY_COLUMN[query.urgency]} = ?")
        params.append(True)
    if query.client_contact_only:
        conditions.append("s.professional_only = ?")
        params.append(False)
    chosen: list[str] = []
    if query.themes:
        themes = sorted(query.themes)
        chosen.append(
            "EXISTS (SELECT 1 FROM service_theme st JOIN theme t ON t.id = st.theme_id "
            f"WHERE st.service_id = s.id AND t.key IN ({', '.join('?' * len(themes))}))"
        )
        params += themes
    if query.services:
        services = sorted(query.services)
        chosen.append(f"s.key IN ({', '.join('?' * len(services))})")
        params += services
    if chosen:
        conditions.append("(" + " OR ".join(chosen) + ")")
    if query.languages:
        codes = sorted(query.languages)
        # Looked up per service through the primary key, as the themes are: "s.id IN (the
        # services of the language)" reads a rare one faster alone, but with text the
        # planner then drives from the list and a search took seconds at 100,000.
        conditions.append(
            "EXISTS (SELECT 1 FROM service_language sl WHERE sl.service_id = s.id "
            f"AND sl.code IN ({', '.join('?' * len(codes))}))"
        )
        params += codes
    # The phone and hours: on SQLite in one row of their own (see _row_columns).
    hours = (
        "service_row r ON r.service_id = s.id"
        if dialect == "sqlite"
        else "schedule r ON r.service_id = s.id"
    )
    source = (
        f"{match.source} LEFT JOIN {hours} LEFT JOIN service_search x ON x.rank = s.display_rank"
    )
    if query.availability is AvailabilityFilter.ALWAYS_OPEN:
        conditions.append("s.status <> ? AND r.always_open = ?")
        params += [ServiceStatus.TEMPORARILY_CLOSED.value, True]
    return source, " AND ".join(conditions) or "1 = 1", tuple(params)


def _row(r: Sequence[Any]) -> ServiceRow:
    schedule = None if r[9] is None else tuple(r[10:19])
    return ServiceRow(
        r[0],
        r[1],
        r[2],
        r[3],
        bool(r[4]),
        r[5],
        r[6],
        bool(r[7]),
        r[8],
        schedule,
        r[19],
        r[20] or "",
        r[21] or "",
        r[22] or "",
    )


def _windows(text: str) -> tuple[Window, ...]:
    windows = []
    for part in text.split(";"):
        fields = part.split(",")
        window = Window(int(fields[0]), parse_time(fields[1]), parse_time(fields[2]), fields[3])
        if len(fields) > 4:  # a rule: ordinals, interval, anchor
            ordinals, interval, anchor = fields[4:]
            window = window._replace(
                ordinals=ordinals_from(ordinals),
                interval=int(interval),
                anchor=date.fromisoformat(anchor) if anchor else None,
            )
        windows.append(window)
    return tuple(sorted(windows, key=window_order))


def _exceptions(text: str) -> tuple[DateException, ...]:
    found = []
    for part in text.split(";"):
        day, closed, opens, closes = part.split(",")
        found.append(
            DateException(
                date.fromisoformat(day),
                as_bool(closed),
                parse_time(opens) if opens else None,
                parse_time(closes) if closes else None,
            )
        )
    return tuple(sorted(found))


def hours_of(schedule: Schedule | None) -> Hours | None:
    if schedule is None:
        return None
    return Hours(
        always_open=schedule.always_open,
        by_appointment=schedule.by_appointment,
        closed_on_public_holidays=schedule.closed_on_public_holidays,
        windows=tuple(
            Window(
                w.weekday,
                w.opens_at,
                w.closes_at,
                str(w.kind),
                ordinals_from(w.ordinals),
                w.repeat_interval or 1,  # not yet written: the column's default
                w.anchor,
            )
            for w in schedule.windows
        ),
        exceptions=tuple(
            DateException(e.date, e.closed, e.opens_at, e.closes_at, e.note)
            for e in schedule.exceptions
        ),
        valid_from=schedule.valid_from,
        valid_to=schedule.valid_to,
        timezone=schedule.timezone,
        always_open_part=schedule.always_open_part,
    )


def urgency_of(service: Service) -> tuple[str, ...]:
    return tuple(
        level.value for level, column in URGENCY_COLUMN.items() if getattr(service, column)
    )


__all__ = [
    "AvailabilityFilter",
    "Clock",
    "ServiceQuery",
    "brussels_now",
    "count_services",
    "count_without_languages",
    "find_rows",
    "find_rows_step",
    "find_services",
    "get_service",
    "list_themes",
    "search_plan",
]


# (id of the database, its data token, include_not_referable) → the count.
_without_languages: dict[tuple[int, Hashable, bool], int] = {}


def count_without_languages(database: Database, *, include_not_referable: bool = False) -> int:
    """How many findable services have no language entered: a language filter hides them,
    so the window and the command line say how many (a worker must not read "0" as "nobody
    speaks it"). Read once per state of the data, not per keystroke."""
    from ifg_desktop.directory.vocabulary import data_token

    key = (id(database), data_token(database), include_not_referable)
    if key not in _without_languages:
        sql = (
            "SELECT count(*) FROM service s WHERE s.archived_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM service_language sl WHERE sl.service_id = s.id)"
        )
        params: tuple[object, ...] = ()
        if not include_not_referable:
            sql += " AND s.status NOT IN (?, ?)"
            params = tuple(status.value for status in NOT_REFERABLE)
        _without_languages.clear()  # one state of the data is enough to keep
        _without_languages[key] = int(database.read(sql, params)[0][0])
    return _without_languages[key]


def list_themes(database: Database) -> list[ThemeRecord]:
    rows = database.read("SELECT key, label FROM theme ORDER BY position, label")
    return [ThemeRecord(key, label) for key, label in rows]

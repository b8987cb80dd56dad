"""The results table's model: one page at a time from the query engine, never the whole list.

Rows are lean ``ServiceRow``s; more are fetched as the view scrolls (``fetchMore``), so a
directory of 100,000 services costs at most one page per keystroke, and most keystrokes none:
typing on narrows the rows already held, typing back finds an earlier search's rows. Only
the rows on screen are read before the paint. Whether a row is open is worked out when the
row is first painted, not for rows nobody sees.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from ifg_desktop.directory.phones import format_phone
from ifg_desktop.ui.deferred import availability, describe
from ifg_desktop.ui.deferred import query as queries

if TYPE_CHECKING:
    from ifg_desktop.db import Database, DatabaseProblem
    from ifg_desktop.directory.availability import Availability
    from ifg_desktop.directory.query import Position, ServiceQuery, ServiceRow

PAGE_SIZE = 50  # a screenful and a half
RECENT_SEARCHES = 16  # the searches of the last keystrokes, for typing back
TEXTS_KEPT = 20_000  # cell texts kept for one moment (a long session with "open op…")
StateRole = Qt.ItemDataRole.UserRole + 1  # the OpenState of the row, for the badge
KeyRole = Qt.ItemDataRole.UserRole + 2  # the service's key
# True when the number is for professionals only: the phone cell carries a tag then.
ProfessionalRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class _Search(NamedTuple):
    """The rows one search had read, and where it would go on."""

    query: ServiceQuery  # rows_depend_on(...) of it
    rows: tuple[ServiceRow, ...]
    resume_after: Position | None
    exhausted: bool


# What the model shows, put back when the database does not answer: query, moment, states,
# texts, rows wanted, rows, where to go on, whether all are read.
_Shown = tuple[Any, Any, Any, Any, Any, Any, Any, Any]


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


# The step before a keystroke's paint looks through this many services at most (a quarter
# of the engine's step): a selective search over a large directory ("crisis n" with three
# filters at 100,000 services) then paints in time, and the rest of the screen follows in
# the steps after the paint.
FIRST_STEP_SCAN = 500


class ServiceTableModel(QAbstractTableModel):
    NAME, AUDIENCE, AGES, PHONE, STATE = range(5)

    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._database: Database | None = None
        # Made at first use: the window is built before the rules load (ui/deferred.py).
        self._query: ServiceQuery | None = None
        self._moment: datetime | None = None
        self._rows: list[ServiceRow] = []
        self._after: Position | None = None  # where the next step goes on
        self._wanted = PAGE_SIZE
        self._stepping = False
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(1)  # a millisecond's room for a keystroke or a paint
        self._fill_timer.timeout.connect(self._fill)
        # Set by a view that paints: a further step waits for the rows the last one brought
        # to be painted (a zero-delay timer would otherwise run ahead of the paint).
        self.pace: Callable[[Callable[[], None]], None] | None = None
        # Set by the window: told when a later step finds the database not answering (the
        # rows shown stay). Unset, the DatabaseProblem is raised.
        self.on_problem: Callable[[DatabaseProblem], None] | None = None
        # True while a reset only puts back what was shown (the database did not answer).
        self.kept = False
        # Per service (by key) for self._moment: what each cell says, once worked out.
        self._states: dict[str, Availability] = {}
        self._texts: dict[tuple[str, int], str] = {}
        self._recent: OrderedDict[ServiceQuery, _Search] = OrderedDict()
        # time.monotonic() of the last search started (the window waits for a pause in
        # the typing to do what is not urgent).
        self.searched_at = 0.0
        # Set by the view: how many rows it shows at once (the first step reads those).
        self.rows_in_view: Callable[[], int] = lambda: PAGE_SIZE
        self._exhausted = True
        self._headers = (
            self.tr("Dienst"),
            self.tr("Wie belt"),
            self.tr("Leeftijd"),
            self.tr("Telefoon"),
            self.tr("Nu"),
        )

    # -- feeding ----------------------------------------------------------------------------
    def set_database(self, database: Database | None) -> None:
        self._database = database
        self.reload()

    def set_query(self, query: ServiceQuery, *, reuse: bool = True) -> None:
        """Show ``query``'s services. Typing on mostly narrows the search: the rows already
        read are narrowed here (``narrowed_rows``) or, typing back, taken from the searches
        of the last keystrokes, and the database is asked only for what is missing.
        ``reuse=False``: the data changed, read everything again."""
        self.searched_at = time.monotonic()
        previous = self._shown() if reuse else None
        if not reuse:
            self._recent.clear()
        shown: _Shown = (
            self._query,
            self._moment,
            self._states,
            self._texts,
            self._wanted,
            self._rows,
            self._after,
            self._exhausted,
        )
        self._query = query
        self._refresh(previous, shown)

    def reload(self) -> None:
        """Run the current query again from the first page (the data changed)."""
        self.set_query(self.query, reuse=False)

    @property
    def query(self) -> ServiceQuery:
        if self._query is None:
            self._query = queries.ServiceQuery()
        return self._query

    @property
    def moment(self) -> datetime:
        """The moment the states are for: the chosen one, or "now" as of the first search
        of this minute."""
        if self._moment is None:
            self._moment = self._clock()
        return self._moment

    def _refresh(self, previous: _Search | None, shown: _Shown) -> None:
        """Show the current query from its first row; ``previous``: what was shown before,
        when its rows may be reused (None: read everything again). When the database does
        not answer, ``shown`` (what was on screen) is put back and the DatabaseProblem
        raised."""
        from ifg_desktop.db.errors import DatabaseProblem  # not before the window shows

        self.beginResetModel()
        try:
            self._read_first_rows(previous)
        except DatabaseProblem:
            self._query, self._moment, self._states, self._texts = shown[:4]
            self._wanted, self._rows, self._after, self._exhausted = shown[4:]
            self.kept = True  # for whoever hears the reset: nothing new is shown
            try:
                self.endResetModel()
            finally:
                self.kept = False
            raise
        self.endResetModel()
        self._fill_timer.stop()
        if len(self._rows) < self._wanted and not self._exhausted:
            self._next_step()  # the rest of the page after the paint, in steps

    def _read_first_rows(self, previous: _Search | None) -> None:
        moment = self.query.moment or self._clock()
        if previous is not None and self._moment_pinned_for(moment):
            moment = self.moment  # the same minute: the same states, rows to reuse
        if moment != self._moment or previous is None or len(self._texts) > TEXTS_KEPT:
            self._moment = moment
            self._states, self._texts = {}, {}
        self._stepping = False
        self._wanted = PAGE_SIZE
        self._rows, self._after, self._exhausted = [], None, self._database is None
        if self._database is not None:
            if previous is not None:
                self._remember(previous)
                reused = self._reusable(self._searched(), previous)
                if reused is not None:
                    self._rows, self._after, self._exhausted = reused
            screen = min(PAGE_SIZE, max(1, self.rows_in_view()))
            if len(self._rows) < screen and not self._exhausted:
                # One small step now, for what the screen shows; the rest after the paint.
                self._rows += self._step(screen - len(self._rows), scan=FIRST_STEP_SCAN)

    def _moment_pinned_for(self, moment: datetime) -> bool:
        """Within one minute, "now" stays the moment of the first search in it: opening
        hours change by the minute, and the searches of that minute can share their rows."""
        return self.query.moment is None and _minute(moment) == _minute(self.moment)

    def _searched(self) -> ServiceQuery:
        """The current query as far as it decides the rows (see ``rows_depend_on``)."""
        return queries.rows_depend_on(self.query.at(self.moment))

    def _shown(self) -> _Search | None:
        """What the model holds now, to be reused by a later keystroke."""
        if self._database is None:
            return None
        return _Search(self._searched(), tuple(self._rows), self._after, self._exhausted)

    def _remember(self, search: _Search) -> None:
        self._recent[search.query] = search
        self._recent.move_to_end(search.query)
        while len(self._recent) > RECENT_SEARCHES:
            self._recent.popitem(last=False)

    def _reusable(
        self, query: ServiceQuery, previous: _Search | None
    ) -> tuple[list[ServiceRow], Position | None, bool] | None:
        assert self._database is not None
        recent = self._recent.get(query)
        if recent is not None:  # typed back to an earlier search
            return list(recent.rows), recent.resume_after, recent.exhausted
        if previous is not None and queries.narrows(
            self._database, previous.query, query, previous.rows
        ):
            # Everything up to where the wider search had read is known; what is missing
            # is read from there on.
            rows = queries.narrowed_rows(
                self._database, previous.rows, previous.resume_after, query
            )
            if rows is not None:
                return rows, previous.resume_after, previous.exhausted
        return None

    def _next_step(self, *, after_paint: bool = True) -> None:
        """The next step on a later turn of the event loop: after the view painted the rows
        so far, or at once when there is nothing new to paint (a view paints nothing then,
        and would keep the rest of the page waiting)."""
        self._stepping = True
        if self.pace is None or not after_paint:
            self._fill_timer.start()
        else:
            self.pace(self._fill_timer.start)

    def _step(self, limit: int, scan: int | None = None) -> list[ServiceRow]:
        """The next rows, looking through one bounded part of the directory (``scan``
        services; None: the engine's own step)."""
        assert self._database is not None
        # Every step is computed for the same moment, even when "now" moves on meanwhile.
        query = self.query.at(self.moment)
        step = queries.find_rows_step(
            self._database,
            query,
            after=self._after,
            limit=limit,
            scan=queries.SCAN_SERVICES if scan is None else scan,
            read_before=self._rows,
        )
        self._after = step.resume_after
        self._exhausted = step.resume_after is None
        return step.rows

    def _fill(self) -> None:
        """One more step towards the rows wanted, appended; again on the next turn if short."""
        self._stepping = False
        if self._exhausted or self._database is None or len(self._rows) >= self._wanted:
            return
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            rows = self._step(self._wanted - len(self._rows))
        except DatabaseProblem as problem:
            # The rows shown stay; the next refresh reads on. Said by whoever listens.
            if self.on_problem is None:
                raise
            self.on_problem(problem)
            return
        # Decided before the rows go in, so that whoever hears of them knows (``filling``)
        # whether more are coming.
        if len(self._rows) + len(rows) < self._wanted and not self._exhausted:
            self._next_step(after_paint=bool(rows))
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    @property
    def filling(self) -> bool:
        """Still looking for the rows of the current page."""
        return self._stepping or self._fill_timer.isActive()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.filling

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._database is None:
            return
        self._wanted = len(self._rows) + PAGE_SIZE
        self._fill()

    def professional_tag(self) -> str:
        """The tag beside a number for professionals only (badge_delegate.PhoneDelegate)."""
        return self.tr("enkel prof.")

    # -- reading ----------------------------------------------------------------------------
    def row(self, row: int) -> ServiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def state(self, row: int) -> Availability:
        record = self._rows[row]
        state = self._states.get(record.key)
        if state is None:
            state = self._states[record.key] = record.availability_at(self.moment)
        return state

    def row_of(self, key: str) -> int | None:
        return next((i for i, record in enumerate(self._rows) if record.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cell = (self._rows[index.row()].key, column)
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self._display(index.row(), column)
            return text
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(index.row(), column) or self._display(index.row(), column)
        if role == StateRole:
            return self.state(index.row()).state.value
        if role == KeyRole:
            return record.key
        if role == ProfessionalRole:
            return record.professional_only
        if role == Qt.ItemDataRole.FontRole and column == self.PHONE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: int, column: int) -> str:
        record = self._rows[row]
        if column == self.NAME:
            return record.name
        if column == self.AUDIENCE:
            return self.tr("Enkel prof.") if record.professional_only else self.tr("Cliënt")
        if column == self.AGES:
            return describe.age_range_short(
                record.minimum_age_months, record.maximum_age_months, record.ages_unknown
            )
        if column == self.PHONE:
            return (
                format_phone(record.main_phone) if record.main_phone else self.tr("aan te vullen")
            )
        if column == self.STATE:
            return describe.state_text(self.state(row), self.moment)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        record = self._rows[row]
        if column == self.NAME:
            return record.alternate_name or record.name
        if column == self.AUDIENCE:
            return (
                self.tr("Enkel voor professionals: geef dit nummer niet aan de cliënt.")
                if record.professional_only
                else self.tr("De cliënt mag deze dienst zelf contacteren.")
            )
        if column == self.AGES:
            return describe.age_range(
                record.minimum_age_months, record.maximum_age_months, record.ages_unknown
            )
        if column == self.PHONE and record.professional_only:
            # Also what a screen reader says of the number: not only the tag's colour.
            return self.tr("{number} — enkel voor professionals: niet aan de cliënt geven").format(
                number=self._display(row, column)
            )
        if column == self.STATE:
            state = self.state(row)
            text = describe.state_text(state, self.moment)
            if state.state is availability.OpenState.UNKNOWN:
                text += "\n" + self.tr("Openingsuren niet gekend: bel om het na te gaan.")
            return text
        return None

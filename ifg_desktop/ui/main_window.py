"""The front-desk window: find the right service in seconds, the red-flag checklist beside it.

Rules live in directory/; this window only turns controls into a ``ServiceQuery`` and shows
``ServiceRecord``s. The window remembers its size and layout (QSettings) and nothing else.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QEventLoop,
    QItemSelection,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory.ages import UNBORN
from ifg_desktop.directory.choices import AvailabilityFilter
from ifg_desktop.directory.phones import dial_string
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.accessibility import announce, name_popups, set_tab_order, tab_stops
from ifg_desktop.ui.checklist_panel import ChecklistPanel
from ifg_desktop.ui.deferred import acute, availability, checklist, describe, guide, provenance
from ifg_desktop.ui.deferred import query as queries
from ifg_desktop.ui.detail_view import ServiceDetail
from ifg_desktop.ui.filters import FilterBar
from ifg_desktop.ui.guide_panel import GuidePanel
from ifg_desktop.ui.help_menu import HelpMenu, add_quit_action
from ifg_desktop.ui.language import install_language_menu
from ifg_desktop.ui.results_model import ServiceTableModel
from ifg_desktop.ui.results_table import ListAndDetail, ResultsTable
from ifg_desktop.ui.steady_notes import SteadyNotes
from ifg_desktop.ui.style import STYLE_SHEET, professional_tag_width
from ifg_desktop.ui.warm_up import MENU_MODULES, WarmUp, install_in_slices, menus_may_install

if TYPE_CHECKING:
    from ifg_desktop.db import Database, DatabaseProblem
    from ifg_desktop.directory.acute import CrisisContact
    from ifg_desktop.directory.checklist import Assessment
    from ifg_desktop.directory.provenance import FactSourceRecord
    from ifg_desktop.directory.query import Clock, CountStep, ServiceQuery, ServiceRow
    from ifg_desktop.ui.bridge import DataBridge
    from ifg_desktop.ui.coordinator import CoordinatorController
    from ifg_desktop.ui.import_export import ImportExport
    from ifg_desktop.ui.referral_card import ReferralCardDialog

COUNT_CAP = 1000
# Said while the shared PostgreSQL server does not answer; the listener tries again.
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "MainWindow", "Verbinding met de gedeelde databank verbroken — opnieuw proberen…"
)
# How long the line about a failed read stays at the foot of the window.
TROUBLE_MESSAGE_MS = 10_000
CHILD_MONTHS = 18 * 12
DOUBLE_ESCAPE_SECONDS = 0.8
# A window width (logical pixels, as QT_SCALE_FACTOR leaves them): from it on the checklist
# stands beside the list, below it the list and the checklist are pages of their own. 1366
# and 1920 at 100 % have the checklist beside. The detail goes under the list where the list
# beside it could not show every column (ListAndDetail): 1920 at 100 % and at 150 % (1280
# logical pixels) have it beside, 1366 at 100 % and 1024 under it.
SIDE_BESIDE_WIDTH = 1300
# The state column takes at most this share of the list beside the name: a rare long state
# ("Uren onbekend · crisisopvang dag en nacht") is elided there, whole in its tooltip.
STATE_SHARE = 0.4
# Fits 1024x768 at 150 % (683x512 logical, less a taskbar and the title bar).
MINIMUM_SIZE = QSize(640, 420)
# A state badge's margins and padding beside its text (badge_delegate.py).
STATE_BADGE_ROOM = 26
# Room left for the title bar and borders when the window is sized to the screen.
FRAME_ALLOWANCE = QSize(16, 40)
# How long closing waits for the search's warm-up thread before letting the database go.
WARM_WAIT_SECONDS = 1.0
# The window's layout; coordinator mode adds the last coordinator's own name. Never anything
# about a client, a search or the checklist (tests/ui/test_privacy.py).
SETTINGS_KEYS = (
    "geometry",
    "windowState",
    "mainSplitter",
    "resultsSplitter",
    "coordinator/name",
    "language",
)


def window_settings() -> QSettings:
    return QSettings("ifg-desktop", "IFG-wegwijzer")


def _brussels_now() -> datetime:
    return queries.brussels_now()  # on first use, not when the window is built


class MainWindow(QMainWindow):
    query_applied = Signal()  # the table shows the current filters' first page
    coordinator_ready = Signal()  # the Coördinator menu is there
    count_updated = Signal(str)

    def __init__(self, clock: Clock = _brussels_now) -> None:
        super().__init__()
        self._clock = clock
        self._database: Database | None = None
        self._crisis_contacts: dict[str, CrisisContact] | None = None  # read when first needed
        self.card_dialog: ReferralCardDialog | None = None
        self.bridge: DataBridge | None = None
        self.coordinator: CoordinatorController | None = None
        self.files: ImportExport | None = None
        self.connection_banner: QLabel | None = None  # made when the database is a server
        self._when_first_painted: list[Callable[[], None]] = []
        self._last_escape = 0.0
        self._warm_thread: WarmUp | None = None
        self._shut_down = False
        self.setWindowTitle(self.tr("IFG-wegwijzer"))
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)

        self.model = ServiceTableModel(clock, self)
        self._build()
        self._connect()
        self._restore_layout()
        # States such as "Open — sluit om 16:00" age with the clock.
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._refresh_if_now)
        self._minute.start()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.emergency = QLabel(
            self.tr("Acuut gevaar?  Bel 112 (noodnummer, ook medisch)  ·  101 (politie)")
        )
        self.emergency.setObjectName("emergencyStrip")
        self.emergency.setAccessibleName(self.emergency.text())
        self.emergency.setWordWrap(True)  # a narrow window wraps it rather than widening
        self.acute = QLabel()
        self.acute.setObjectName("acuteBanner")
        self.acute.setWordWrap(True)
        self.acute.setVisible(False)
        # Its text is the description; an alert reads both out when it appears
        # (_on_assessment), wherever the focus is.
        self.acute.setAccessibleName(self.tr("Kritiek alarmsignaal: wat nu"))
        self._acute_announced = ""

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setPlaceholderText(
            self.tr("Zoek een dienst, thema of trefwoord — bv. crisis, kind, juridisch")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(
            self.tr(
                "De lijst eronder volgt bij elke toets. Pijl omlaag of Enter: naar de eerste "
                "gevonden dienst."
            )
        )
        self.new_conversation = QPushButton(self.tr("Nieuw gesprek"))
        self.new_conversation.setObjectName("newConversationButton")
        self.new_conversation.setAccessibleName(self.tr("Nieuw gesprek: alles wissen"))
        self.new_conversation.setToolTip(self.tr("Wist zoekterm, filters en checklist (Ctrl+N)"))
        self.new_conversation.setAccessibleDescription(self.new_conversation.toolTip())
        self.filters = FilterBar()
        self.suggestions = QPushButton()
        self.suggestions.setObjectName("suggestionChip")
        self.suggestions.setAccessibleName(self.tr("Suggesties van de checklist wissen"))
        self.suggestions.setVisible(False)
        # What the search made of the words ("Bedoelde je …?") and the checklist's advice
        # for a red flag typed into it; nothing is ticked by typing.
        self.search_note = QLabel()
        self.search_note.setObjectName("searchNote")
        self.search_note.setAccessibleName(self.tr("Over de zoekopdracht"))
        self.search_note.setWordWrap(True)
        self.search_note.setVisible(False)
        # The guide's sections about what was typed ("vluchthuis": the shelter route).
        self.guide_note = QLabel()
        self.guide_note.setObjectName("guideNote")
        self.guide_note.setAccessibleName(self.tr("Leidraad bij de zoekopdracht"))
        self.guide_note.setTextFormat(Qt.TextFormat.RichText)
        self.guide_note.setWordWrap(True)
        self.guide_note.setVisible(False)
        self.guide_note.linkActivated.connect(self.open_guide)
        self.flag_note = QLabel()
        self.flag_note.setObjectName("flagNote")
        self.flag_note.setAccessibleName(self.tr("Alarmsignaal in de zoekopdracht"))
        self.flag_note.setWordWrap(True)
        self.flag_note.setVisible(False)
        # Their room is kept while a word is typed: the list does not jump at every key.
        self.notes = SteadyNotes((self.flag_note, self.search_note, self.guide_note))

        self.table = ResultsTable()
        self.table.setObjectName("serviceTable")
        self.table.setAccessibleName(self.tr("Gevonden diensten"))
        self.table.setAccessibleDescription(
            self.tr(
                "Pijltjestoetsen: door de lijst, het detail ernaast volgt. Ctrl+C kopieert "
                "het hoofdnummer. De kolom Nu zegt in woorden of de dienst open is."
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name gives way (elided, whole in its tooltip); the state never does: "sluit om
        # 16:00" is what the worker needs (sized to the rows shown, _fit_state_column).
        header.setSectionResizeMode(ServiceTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ServiceTableModel.STATE, QHeaderView.ResizeMode.Fixed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Narrow, "Wie belt" goes first (the number's own tag says it), then the ages.
        self.table.optional_columns = (ServiceTableModel.AUDIENCE, ServiceTableModel.AGES)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self.count = QLabel()
        self.count.setObjectName("resultCountLabel")
        self.count.setAccessibleName(self.tr("Aantal gevonden diensten"))
        self.detail = ServiceDetail()
        self.checklist = ChecklistPanel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_conversation)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table, 1)
        results_layout.addWidget(self.count)
        # The detail beside the list or under it, as the list's columns leave room.
        self.results_splitter = ListAndDetail(self.table, results, self.detail)
        self.results_splitter.setObjectName("resultsSplitter")
        directory = self.directory = QWidget()
        directory_layout = QVBoxLayout(directory)
        directory_layout.setContentsMargins(8, 8, 4, 8)
        directory_layout.addLayout(top)
        directory_layout.addWidget(self.filters)
        directory_layout.addWidget(self.suggestions, 0, Qt.AlignmentFlag.AlignLeft)
        directory_layout.addWidget(self.notes)
        directory_layout.addWidget(self.results_splitter, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(directory)
        self.guide = GuidePanel()
        self.side = QTabWidget()
        self.side.setObjectName("sidePanel")
        self.side.setAccessibleName(self.tr("Checklist en leidraad"))
        self.side.addTab(self.checklist, self.tr("Checklist"))
        self.side.addTab(self.guide, self.tr("Leidraad"))
        self.main_splitter.addWidget(self.side)
        self.main_splitter.setStretchFactor(0, 4)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(0, False)
        self.main_splitter.setSizes([1050, 316])  # the flags' longest words fit beside
        self.side.setMinimumWidth(240)
        # A window too narrow for the checklist beside the list shows one page at a time,
        # chosen here (and by Ctrl+Shift+K, Ctrl+G, Ctrl+F): see _fit_layout_to_width.
        self.narrow_tabs = QTabBar()
        self.narrow_tabs.setObjectName("narrowTabs")
        self.narrow_tabs.setAccessibleName(self.tr("Diensten, checklist of leidraad tonen"))
        self.narrow_tabs.setDrawBase(False)
        for title in (self.tr("Diensten"), self.tr("Checklist"), self.tr("Leidraad")):
            self.narrow_tabs.addTab(title)
        self.narrow_tabs.setVisible(False)
        self.narrow_tabs.currentChanged.connect(self._show_narrow_page)
        self.side.currentChanged.connect(self._sync_narrow_tab)
        self._wide: bool | None = None  # not yet laid out for a width
        self._usual_state_width: tuple[object, int] = ((), 0)  # see _fit_state_column
        self._side_wanted = True  # the checklist beside the list, when there is room

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.emergency)
        # Beside the menus, where it takes no height from the list.
        self.menuBar().setCornerWidget(self.narrow_tabs, Qt.Corner.TopRightCorner)
        content_layout.addWidget(self.main_splitter, 1)
        # At the foot: appearing, it shortens the list and the checklist from below and
        # moves nothing that the pointer may be on (a click meant for one flag stays on it).
        content_layout.addWidget(self.acute)

        self.neutral = QFrame()
        self.neutral.setObjectName("neutralScreen")
        neutral_layout = QVBoxLayout(self.neutral)
        hint = QLabel(self.tr("Druk op F12 om verder te gaan."))
        hint.setObjectName("neutralHint")
        neutral_layout.addStretch(1)
        neutral_layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignCenter)
        neutral_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.neutral)
        self.setCentralWidget(self.pages)
        self.setMinimumSize(MINIMUM_SIZE)
        self._size_columns()

        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        file_menu.setObjectName("menuBestand")  # import and export join it (import_export)
        self.quit_action = add_quit_action(self, file_menu)
        self._checklist_toggle = self._checklist_action()
        self.help = HelpMenu(
            self, lambda: self._database, self._hide_from_dialog, lambda: self.is_hidden_screen
        )
        name_popups(self)
        self._order_focus()

    def _size_columns(self) -> None:
        """Widths from the font, once: sizing columns to their contents would read every
        row again at every keystroke."""
        self.table.ensurePolished()  # now inside the window: the style sheet's font
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column, sample, font_metrics in (
            (ServiceTableModel.AUDIENCE, translate("ServiceTableModel", "Enkel prof."), metrics),
            (ServiceTableModel.AGES, "zwanger – 17 j", metrics),
            (
                ServiceTableModel.PHONE,
                translate("ServiceTableModel", "aan te vullen"),
                QFontMetrics(bold),
            ),
        ):
            header.resizeSection(column, font_metrics.horizontalAdvance(sample) + 24)
        # A mobile number, and room for the "enkel prof." tag beside a number for
        # professionals only (badge_delegate.PhoneDelegate).
        widest_number = max(
            header.sectionSize(ServiceTableModel.PHONE),
            QFontMetrics(bold).horizontalAdvance("0475 12 34 56") + 24,
        )
        header.resizeSection(
            ServiceTableModel.PHONE,
            widest_number
            + professional_tag_width(self.table.font(), self.model.professional_tag()),
        )
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)

    def _order_focus(self) -> None:
        """Tab follows the reading order: search, filters left to right, the list, the
        detail, the checklist (then the guide and the status bar). Called again when the
        detail or the checklist made new widgets: new widgets join the end of the chain."""
        # Not statusBar(): it would make one now, and the table would lose a line.
        status = self.findChild(QStatusBar)
        set_tab_order(
            [
                self.search,
                self.new_conversation,
                *tab_stops(self.filters),
                self.suggestions,
                self.table,
                *tab_stops(self.detail, include_root=True),
                self.side.tabBar(),
                *tab_stops(self.checklist),
                *tab_stops(self.guide),
                *(tab_stops(status) if status is not None else []),
            ]
        )

    def _checklist_action(self) -> QAction:
        # Not QAction(text, parent): choosing among the constructors that take an icon
        # makes PySide6 build QIcon's enums first (5-8 ms before the window can show).
        action = QAction(self)
        action.setText(self.tr("Checklist tonen"))
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        action.toggled.connect(self._on_side_toggled)
        view = self.menuBar().addMenu(self.tr("Beel&d"))
        view.addAction(action)
        self.language_menu = install_language_menu(view, self, window_settings())
        return action

    # -- the screen: small and large --------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout_to_width(event.size().width())

    def _fit_layout_to_width(self, width: int) -> None:
        """The checklist beside the list when there is room, else a page of its own (the
        detail goes beside the list or under it by itself: ListAndDetail)."""
        wide = width >= SIDE_BESIDE_WIDTH
        if wide != self._wide:
            self._wide = wide
            self.narrow_tabs.setVisible(not wide)
            self.side.tabBar().setVisible(wide)  # narrow: the pages' tabs say it
            if wide:
                self.directory.setVisible(True)
                self.side.setVisible(self._side_wanted)
                self._set_toggle_quietly(self._side_wanted)
            else:
                self._show_narrow_page(self.narrow_tabs.currentIndex())

    def _show_narrow_page(self, index: int) -> None:
        """Narrow window: the list (0), the checklist (1) or the guide (2) fills it."""
        if self._wide is not False:
            return
        on_side = index > 0
        self.directory.setVisible(not on_side)
        self.side.setVisible(on_side)
        if on_side:
            self.side.setCurrentWidget(self.checklist if index == 1 else self.guide)
        self._set_toggle_quietly(on_side)

    def _sync_narrow_tab(self, side_index: int) -> None:
        # The side's page was chosen in code (open_guide): the narrow tabs follow.
        if self._wide is False and self.side.isVisible():
            self.narrow_tabs.setCurrentIndex(side_index + 1)

    def _show_side_page(self, page: QWidget) -> None:
        """The checklist or the guide on screen, beside the list or as the page shown."""
        if self._wide is False:
            self.narrow_tabs.setCurrentIndex(1 if page is self.checklist else 2)
        else:
            self._checklist_toggle.setChecked(True)
        self.side.setCurrentWidget(page)

    def _on_side_toggled(self, shown: bool) -> None:
        if self._wide is False:
            self.narrow_tabs.setCurrentIndex(1 if shown else 0)
            return
        self._side_wanted = shown
        self.side.setVisible(shown)

    def _set_toggle_quietly(self, checked: bool) -> None:
        toggle = getattr(self, "_checklist_toggle", None)
        if toggle is not None:
            toggle.blockSignals(True)
            toggle.setChecked(checked)
            toggle.blockSignals(False)

    def _fit_to_screen(self, restored: bool) -> None:
        """First start: the screen's free area. Restored: kept inside it (the window may
        come back on a smaller screen than it was closed on)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        inside = (room.size() - FRAME_ALLOWANCE).expandedTo(self.minimumSize())
        if restored and (self.isMaximized() or self.isFullScreen()):
            return
        size = self.size().boundedTo(inside) if restored else inside
        self.resize(size.expandedTo(self.minimumSize()))
        # move() places the frame, title bar included: its corner inside the free area.
        corner = self.pos() if restored else room.topLeft()
        outer = size + FRAME_ALLOWANCE
        self.move(
            max(room.left(), min(corner.x(), room.right() + 1 - outer.width())),
            max(room.top(), min(corner.y(), room.bottom() + 1 - outer.height())),
        )

    def _fit_state_column(self) -> None:
        """The state column as wide as the widest state of the rows in view ("Gesloten —
        opent morgen 09:00"), never narrower than the usual ones: the name gives way."""
        from ifg_desktop.i18n import current_language

        metrics = self.table.fontMetrics()
        usual = (self.model.moment, current_language(), metrics.height())
        if self._usual_state_width[0] != usual:
            width = max(metrics.horizontalAdvance(text) for text in self._usual_states())
            self._usual_state_width = (usual, width)
        widest = self._usual_state_width[1]
        top = max(0, self.table.rowAt(0))
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        if bottom < 0:
            bottom = self.model.rowCount() - 1
        for row in range(top, bottom + 1):
            text = self.model.index(row, ServiceTableModel.STATE).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(text))
        share = int(self.table.viewport().width() * STATE_SHARE)
        width = max(self._usual_state_width[1], min(widest, share)) + STATE_BADGE_ROOM
        header = self.table.horizontalHeader()
        least = self._usual_state_width[1] + STATE_BADGE_ROOM
        self.table.least_widths[ServiceTableModel.STATE] = least
        if header.sectionSize(ServiceTableModel.STATE) != width:
            header.resizeSection(ServiceTableModel.STATE, width)
            self.table.fit_columns()

    def _usual_states(self) -> tuple[str, ...]:
        """The longest states most services have, in the language in use: the column does
        not change width from one search to the next."""
        from datetime import timedelta

        moment = self.model.moment
        tomorrow = (moment + timedelta(days=1)).replace(hour=9, minute=0)
        later = moment.replace(hour=16, minute=0) + timedelta(days=3)
        state = availability.OpenState
        return (
            describe.state_text(availability.Availability(state.CLOSED, tomorrow), moment),
            describe.state_text(availability.Availability(state.CLOSED, later), moment),
            describe.state_text(
                availability.Availability(state.OPEN, moment.replace(hour=16, minute=0)), moment
            ),
        )

    def _connect(self) -> None:
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(0)  # coalesce keystrokes already queued
        self._query_timer.timeout.connect(self._apply_query)
        self._counting: Iterator[CountStep] | None = None
        self._last_count = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_step)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_detail)
        self.search.textChanged.connect(self._query_timer.start)
        self.filters.changed.connect(self._query_timer.start)
        self.filters.changed.connect(self._update_child_involved)
        self.suggestions.clicked.connect(self._drop_suggestions)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._after_reset)
        self._reselect: str | None = None  # the service to select again once it arrives
        self.model.rowsInserted.connect(self._select_again)
        self.new_conversation.clicked.connect(self.start_new_conversation)
        self.checklist.assessment_changed.connect(self._on_assessment)
        self.checklist.apply_suggestions.connect(self._on_apply_suggestions)
        self.detail.copied.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("Gekopieerd: {n}").format(n=text), 4000
            )
        )

        def shortcut(
            keys: str | QKeySequence.StandardKey, slot: Callable[[], None], what: str
        ) -> None:
            item = QShortcut(QKeySequence(keys), self)
            item.setContext(Qt.ShortcutContext.WindowShortcut)
            item.setWhatsThis(what)  # Help › Sneltoetsen lists it with this
            item.activated.connect(slot)

        to_search = self.tr("Naar het zoekveld")
        shortcut("Ctrl+F", self.focus_search, to_search)
        shortcut("Ctrl+L", self.focus_search, to_search)
        shortcut("Ctrl+N", self.start_new_conversation, self.tr("Nieuw gesprek: alles wissen"))
        shortcut("Ctrl+R", self.filters.clear, self.tr("Alle filters wissen"))
        shortcut("F12", self.toggle_hidden, self.tr("Snel verbergen en weer tonen"))
        shortcut("Escape", self._on_escape, self.tr("Twee keer snel: snel verbergen"))
        shortcut("Ctrl+Shift+K", self._focus_checklist, self.tr("Naar de checklist"))
        shortcut("Ctrl+G", self.open_guide, self.tr("Leidraad openen"))
        shortcut("Ctrl+P", self.open_referral_card, self.tr("Kaart voor de cliënt maken"))
        self.detail.card_requested.connect(self.open_referral_card)
        self._count_after_paint = False
        self._after_next_paint: list[Callable[[], None]] = []
        self.model.pace = self._after_paint
        self.model.rows_in_view = self.table.rows_in_view
        self.table.painted.connect(self._after_table_painted)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.setWhatsThis(self.tr("In de lijst: het hoofdnummer van de dienst kopiëren"))
        copy.activated.connect(self.copy_main_phone)
        self._suggested_services: frozenset[str] = frozenset()
        self._busy_said = False  # _say_busy

    # -- the database -----------------------------------------------------------------------
    def say_indexing(self, done: int, total: int) -> None:
        """How far the search rows are, while they are written anew on this thread (once,
        after an upgrade: about two minutes at 100,000 services), before the window has a
        database."""
        from ifg_desktop.directory.seed import indexing_note

        self._say_busy(indexing_note(done, total))

    def say_first_start(self) -> None:
        """While another process makes and fills a new database (ui/first_start.py)."""
        from ifg_desktop.ui.first_start import first_start_note

        self._say_busy(first_start_note())

    def _say_busy(self, text: str) -> None:
        """``text`` in the status bar, the first time read out too, with a busy pointer.
        The window repaints and answers the system (not the person: it has nothing to show
        yet), so it is not taken for hung."""
        # The window's events first: one of them may clear the message (a status tip, as
        # the pointer leaves a widget), which is then shown, and painted, until the next.
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.statusBar().currentMessage() != text:
            self.statusBar().showMessage(text)
            self.statusBar().repaint()
        if not self._busy_said:
            announce(self.statusBar())
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._busy_said = True

    def busy_done(self) -> None:
        """The end of what ``say_indexing`` or ``say_first_start`` said."""
        if self._busy_said:
            self._busy_said = False
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def attach(self, database: Database) -> None:
        """Start showing ``database`` (called once the window is on screen)."""
        self._database = database
        # The badges of the state column are painted once there are rows: their painter
        # needs QStyle and QPainter, whose Python enums PySide6 makes on first use (10-20
        # ms), which the empty window can be shown without.
        from ifg_desktop.ui.badge_delegate import BadgeDelegate, PhoneDelegate
        from ifg_desktop.ui.bridge import DataBridge

        self.table.setItemDelegateForColumn(ServiceTableModel.STATE, BadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(
            ServiceTableModel.PHONE, PhoneDelegate(self.model.professional_tag(), self.table)
        )
        self.filters.themes.set_themes(queries.list_themes(database))
        self.checklist.set_content(checklist.load_items(database), checklist.guidance())
        self._order_focus()  # its check boxes are new
        self.guide.set_sections(guide.load_guide(database))
        self._warm_search()  # beside the first page: ready before the first keystroke
        self.model.set_query(self.current_query())
        self.model.set_database(database)
        # Changes from this window's coordinator or from another instance: show them.
        self.bridge = DataBridge(database, parent=self)
        self.bridge.changed.connect(self.refresh)
        self.bridge.problem.connect(self._show_lasting_problem)
        self.bridge.connection_lost.connect(self._connection_lost)
        self.bridge.connection_back.connect(self._connection_back)
        self.model.on_problem = self._database_trouble
        if self.bridge.notified:  # the banner's place, before it is needed: nothing moves then
            self._connection_banner()
        # Down or Enter from the search box to the results, once there can be results (a
        # filter installed earlier would bring every event of the box into Python at start).
        self.search.installEventFilter(self)
        self._when_first_painted.append(self._load_coordinator_mode)
        self.focus_search()

    def _warm_search(self) -> None:
        """Read the vocabulary and the directory's words (for typos) beside the event loop:
        the first search that needs them then finds them ready."""
        database = self._database
        if database is not None:
            self._warm_thread = WarmUp(database, lambda: self.model.searched_at)
            self._warm_thread.start()

    def _load_coordinator_mode(self) -> None:
        """The Coördinator and Bestand menus, once the first results are on screen.

        Installing them imports only Qt; SQLAlchemy, the models and the dialogs come when a
        coordinator action, an import or an export is first used (a front-desk worker who
        never unlocks never pays for them)."""
        if self._database is None or self.bridge is None or self._shut_down:
            return
        # Their imports and widgets (90-170 ms) wait for a pause in the typing and come in
        # slices (each import, each menu): a key typed as the pause ends waits for one.
        install_in_slices(
            self._menu_slices(),
            lambda: menus_may_install(self._warm_thread, self.model.searched_at),
            lambda: self._shut_down,
        )

    def _menu_slices(self) -> Iterator[None]:
        assert self._database is not None and self.bridge is not None
        for module in MENU_MODULES:
            importlib.import_module(module)
            yield
        from ifg_desktop.ui.coordinator import install_coordinator

        coordinator = install_coordinator(
            self, self._database, self.bridge, self.current_service_key
        )
        yield
        self._install_file_menu(coordinator)
        self.coordinator = coordinator  # both menus there: a test or a tool can use them
        yield
        self.help.keep_last()
        self._order_focus()  # the status bar's lock button
        self.coordinator_ready.emit()

    def _install_file_menu(self, coordinator: CoordinatorController) -> None:
        """Bestand: export and backups for everyone; import and restore change the list,
        so they wait for coordinator mode and are recorded in the coordinator's name."""
        from ifg_desktop.ui.import_export import install_import_export

        assert self._database is not None and self.bridge is not None
        files = install_import_export(self, self._database, self.bridge.notify_local_change)

        def follow_mode(unlocked: bool) -> None:
            files.import_action.setEnabled(unlocked)
            files.restore_action.setEnabled(unlocked)
            if unlocked and coordinator.coordinator:
                files.actor = coordinator.coordinator

        coordinator.mode_changed.connect(follow_mode)
        follow_mode(coordinator.unlocked)
        if coordinator.read_only_reason is not None:  # never unlocked here: say why
            for action in (files.import_action, files.restore_action):
                action.setToolTip(coordinator.read_only_reason)
                action.setStatusTip(coordinator.read_only_reason)
            files.menu.setToolTipsVisible(True)
        files.menu.removeAction(self.quit_action)  # Afsluiten stays last
        files.menu.addSeparator()
        files.menu.addAction(self.quit_action)
        self.files = files

    @property
    def database(self) -> Database | None:
        return self._database

    def refresh(self) -> None:
        """The data changed (an edit, an import): query again, keeping the selection."""
        if self._database is None or self.offline:
            return  # the server away: what is shown stays; its return brings a refresh
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            self.filters.themes.set_themes(queries.list_themes(self._database))
            self._crisis_contacts = None  # a crisis team's number may have been filled in
            assessment = self.checklist.assessment()
            if assessment.acute:  # also behind the neutral screen
                self._on_assessment(assessment)
            self.guide.set_sections(guide.load_guide(self._database))
        except DatabaseProblem as problem:
            self._database_trouble(problem)
            return
        self._apply_query(reload=True)
        self._detail_timer.start()  # the selected service may be the one that changed

    # -- queries ----------------------------------------------------------------------------
    def current_query(self) -> ServiceQuery:
        return queries.ServiceQuery(
            text=self.search.text(),
            age_months=self.filters.age_months(),
            urgency=self.filters.urgency_value(),
            availability=self.filters.availability_value(),
            moment=self.filters.chosen_moment(),
            client_contact_only=self.filters.client_only(),
            themes=self.filters.themes.selected(),
            services=self._suggested_services,
            languages=self.filters.languages.selected(),
        )

    def _apply_query(self, *, reload: bool = False) -> None:
        if self.offline:
            return  # the rows shown stay; the server's return runs the query again
        from ifg_desktop.db.errors import DatabaseProblem  # loaded with the database

        self._reselect = self.current_service_key()
        try:
            self.model.set_query(self.current_query(), reuse=not reload)
        except DatabaseProblem as problem:  # the model put back what it showed
            self._reselect = None
            self._database_trouble(problem)
            return
        self._select_again()

    def _select_again(self, *_inserted: object) -> None:
        """Keep the selected service selected when it is still found: it may come with the
        rows of a later step (only the rows on screen are read at once)."""
        key = self._reselect
        if key is None:
            return
        row = self.model.row_of(key)
        if row is not None or not self.model.filling:
            self._reselect = None
        if row is not None:
            self.table.selectRow(row)

    def _refresh_if_now(self) -> None:
        if self.model.query.moment is None and self._database is not None:
            self._apply_query()

    def _after_reset(self) -> None:
        if self.model.kept:
            return  # the database did not answer: the rows, detail and notes shown stay
        if self.detail.record is not None:
            self.detail.show_record(None, self.model.moment)
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            self._show_search_notes()
        except DatabaseProblem as problem:
            self._database_trouble(problem)
        # The count comes after the first page is on screen, a small step per turn of the
        # event loop: it may read far more than a page, and the next keystroke goes first.
        self._counting = None
        if self._database is not None:
            query = self.model.query.at(self.model.moment)
            self._counting = queries.count_in_steps(self._database, query, cap=COUNT_CAP)
            # Started after the table's next paint: Qt would run a zero-delay timer again
            # and again before it got round to painting the new rows.
            self._count_after_paint = True
            if not self.table.isVisible():
                self._count_timer.start()
        self.query_applied.emit()

    def _show_search_notes(self) -> None:
        """Say what the search read the words as, and the advice for a red flag typed."""
        plan = None
        typed = self.model.query.text.strip()
        if self._database is not None and typed:
            plan = queries.search_plan(self._database, self.model.query)
        self.notes.hold()
        notes = describe.search_notes(plan) if plan is not None else []
        self.search_note.setText("\n".join(notes))
        self.search_note.setVisible(bool(notes))
        sections = guide.sections_for(self.guide.sections, plan.rule, plan.typed) if plan else []
        links = ", ".join(f'<a href="{escape(s.key)}">{escape(s.title)}</a>' for s in sections)
        self.guide_note.setText(self.tr("Leidraad: {links}").format(links=links) if links else "")
        self.guide_note.setVisible(bool(sections))
        flags = plan.flags if plan is not None else ()
        # The items the checklist beside shows, read once: no query on a keystroke.
        named = [item for item in self.checklist.items() if item.key in flags]
        critical = any(item.critical for item in named)
        lines = []
        if critical:
            lines.append(self.tr("Kritiek alarmsignaal — wat nu:"))
            # A child named in the words ("kindermishandeling") counts as one in the filter.
            children = self.checklist.assessment().show_kindreflex or any(
                item.shows_kindreflex for item in self.checklist.items() if item.key in flags
            )
            lines += self._acute_lines(children=children)
        lines += [f"• {item.text}" + (f": {item.help}" if item.help else "") for item in named]
        self.flag_note.setText("\n".join(lines))
        if self.flag_note.property("critical") != critical:
            self.flag_note.setProperty("critical", critical)
            self.flag_note.style().unpolish(self.flag_note)
            self.flag_note.style().polish(self.flag_note)
        self.flag_note.setVisible(bool(named))
        if typed:
            self.notes.changed()
        else:
            self.notes.release()

    def _after_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` at the table's next paint (at once if the table cannot paint)."""
        if self.table.isVisible():
            self._after_next_paint.append(callback)
        else:
            callback()

    @property
    def is_counting(self) -> bool:
        return self._counting is not None

    def _count_step(self) -> None:
        if self._counting is None:
            return
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            step = next(self._counting)
        except DatabaseProblem as problem:
            self._counting = None  # counted again with the next query
            self._database_trouble(problem)
            return
        self._last_count = step.total
        if step.final:
            self._counting = None
            self._set_count_text(step.total)
            return
        self.count.setText(self.tr("{n}+ diensten, verder aan het tellen…").format(n=step.total))
        self._count_timer.start(1)  # a millisecond's room for a keystroke or a paint

    def _set_count_text(self, count: int) -> None:
        if count >= COUNT_CAP:
            text = self.tr("{n}+ diensten").format(n=COUNT_CAP)
        elif count == 0:
            text = self.tr("Geen diensten gevonden — wis een filter of zoek breder.")
        elif count == 1:
            text = self.tr("1 dienst")
        else:
            text = self.tr("{n} diensten").format(n=count)
        if self.model.query.availability is AvailabilityFilter.OPEN and count:
            text += self.tr(" (ook diensten waarvan de uren onbekend zijn)")
        unlisted = self._without_languages()
        if unlisted:
            text += "\n" + self.tr("{n} diensten zonder opgegeven talen niet getoond").format(
                n=unlisted
            )
        self.count.setText(text)
        self.count_updated.emit(text)

    def _without_languages(self) -> int:
        """With a language filter on: how many services it hides because nobody entered
        their languages (read once per state of the data, not per keystroke)."""
        query = self.model.query
        if not query.languages or self._database is None:
            return 0
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            return int(
                queries.count_without_languages(
                    self._database, include_not_referable=query.include_not_referable
                )
            )
        except DatabaseProblem:
            return 0  # the count line stays without the note; the next query asks again

    def _after_table_painted(self) -> None:
        if self._count_after_paint:
            self._count_after_paint = False
            self._count_timer.start()
        if self._after_next_paint:
            waiting, self._after_next_paint = self._after_next_paint, []
            for callback in waiting:
                callback()  # a timer start: the next turn of the event loop
        if self.model.rowCount():
            self._fit_state_column()
        if self._when_first_painted and self.model.rowCount():
            for callback in self._when_first_painted:
                QTimer.singleShot(0, callback)
            self._when_first_painted = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search box, Down or Enter goes to the first result: typing, then arrows.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.model.rowCount() > 0
        ):
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            # Enter takes the best answer ("politie" + Enter + Ctrl+C copies 101); the
            # arrow keeps a service already chosen.
            if event.key() != Qt.Key.Key_Down or not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- selection and detail ---------------------------------------------------------------
    def current_service_key(self) -> str | None:
        row = self.current_row()
        return row.key if row else None

    def current_row(self) -> ServiceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Moving through the list with the arrows: show the detail of where it stops.
        if self.table.selectionModel().hasSelection():
            self._reselect = None  # chosen anew: nothing to keep any more
        self._detail_timer.start()

    def _show_detail(self) -> None:
        if self.offline:
            return  # the detail shown stays
        key = self.current_service_key()
        record = None
        sources: tuple[FactSourceRecord, ...] = ()
        if key is not None and self._database is not None:
            from ifg_desktop.db.errors import DatabaseProblem

            try:
                record = queries.get_service(self._database, key, moment=self.model.moment)
                sources = provenance.sources_of(self._database, key)
            except DatabaseProblem as problem:
                self._database_trouble(problem)
                return
        self.detail.show_record(record, self.model.moment, sources)
        self._order_focus()  # its buttons are new

    # Services offered in the card dialog: the selected one and those listed around it.
    CARD_CHOICES = 30

    def open_referral_card(self) -> None:
        """A card for the client with the selected service ticked, the listed ones offered."""
        from ifg_desktop.directory.detail import read_services
        from ifg_desktop.ui.referral_card import ReferralCardDialog

        if self._database is None or self.is_hidden_screen:
            return  # behind the neutral screen nothing opens
        selected = self.current_service_key()
        keys = [row.key for row in (self.model.row(i) for i in range(self.model.rowCount())) if row]
        keys = keys[: self.CARD_CHOICES]
        if selected is not None and selected not in keys:
            keys.insert(0, selected)
        from ifg_desktop.db.errors import DatabaseProblem

        try:
            found = read_services(self._database, keys, self.model.moment)
        except DatabaseProblem as problem:
            self._database_trouble(problem)
            return
        records = [found[key] for key in keys if key in found]
        dialog = ReferralCardDialog(records, [selected] if selected else [], self)
        dialog.hide_requested.connect(self._hide_from_dialog)  # F12 in the dialog too
        self.card_dialog = dialog  # for tests and accessibility tools while it is open
        dialog.exec()
        self.card_dialog = None

    def copy_main_phone(self) -> None:
        row = self.current_row()
        if row is None or row.main_phone is None:
            self.statusBar().showMessage(
                self.tr("Geen telefoonnummer gekend voor deze dienst."), 4000
            )
            return
        text = dial_string(row.main_phone)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Gekopieerd: {n}").format(n=text), 4000)

    # -- the checklist ----------------------------------------------------------------------
    def _on_assessment(self, result: Assessment) -> None:
        if result.acute:
            # A child in the filter or a ticked item about children: the child's path.
            lines = self._acute_lines(children=result.show_kindreflex)
            self.acute.setText(
                self.tr("Kritiek alarmsignaal: {items}").format(
                    items="; ".join(result.critical_items)
                )
                + "\n"
                + "\n".join(lines)
            )
        self.acute.setVisible(result.acute)
        # Read out when it appears and when what it says changes, not at every other tick.
        said = self.acute.text() if result.acute else ""
        if said and said != self._acute_announced:
            self.acute.setAccessibleDescription(said)
            announce(self.acute)
        self._acute_announced = said

    def _acute_lines(self, *, children: bool) -> list[str]:
        """Who to call, in order, each with a number (directory/acute.py)."""
        contacts = self._crisis_contacts
        if contacts is None and self._database is not None and not self.offline:
            from ifg_desktop.db.errors import DatabaseProblem

            try:
                contacts = self._crisis_contacts = acute.crisis_contacts(self._database)
            except DatabaseProblem as problem:  # the steps without the teams' numbers
                self._database_trouble(problem)
        return acute.banner_lines(acute.acute_path(contacts or {}, children=children))

    def _on_apply_suggestions(self, result: Assessment) -> None:
        self._suggested_services = frozenset(result.services)
        self.filters.themes.blockSignals(True)
        self.filters.themes.set_selected(self.filters.themes.selected() | frozenset(result.themes))
        self.filters.themes.blockSignals(False)
        self.suggestions.setText(
            self.tr("Voorgesteld door de checklist: {n} dienst(en) en thema's  ✕").format(
                n=len(result.services)
            )
        )
        self.suggestions.setAccessibleName(self.tr("Suggesties van de checklist wissen"))
        self.suggestions.setVisible(bool(result.services))
        self._apply_query()

    def _drop_suggestions(self) -> None:
        self._suggested_services = frozenset()
        self.suggestions.setVisible(False)
        self._apply_query()

    def _update_child_involved(self) -> None:
        age = self.filters.age_months()
        self.checklist.set_child_involved(age is not None and (age == UNBORN or age < CHILD_MONTHS))

    def _focus_checklist(self) -> None:
        self._show_side_page(self.checklist)
        self.checklist.focus_first(Qt.FocusReason.ShortcutFocusReason)

    def open_guide(self, key: str = "") -> None:
        """The Leidraad beside the list, at ``key``'s section when given."""
        if self.is_hidden_screen:
            return
        self._show_side_page(self.guide)
        if key:
            self.guide.show_section(key)
        self.guide.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- one conversation -------------------------------------------------------------------
    def start_new_conversation(self) -> None:
        """Forget everything about the person in front of us: text, filters, checklist."""
        self.checklist.clear()
        self._suggested_services = frozenset()
        self.suggestions.setVisible(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)
        self.acute.setVisible(False)
        self.table.clearSelection()
        self._apply_query()
        self.statusBar().clearMessage()
        self.focus_search()

    def focus_search(self) -> None:
        if self.pages.currentIndex() == 0:
            self.narrow_tabs.setCurrentIndex(0)  # a narrow window: back to the list
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    # -- quick hide -------------------------------------------------------------------------
    def toggle_hidden(self) -> None:
        hiding = self.pages.currentIndex() == 0
        self.pages.setCurrentIndex(1 if hiding else 0)
        self.menuBar().setVisible(not hiding)
        self.statusBar().setVisible(not hiding)
        self._show_neutral_identity(hiding)
        if hiding:
            self.neutral.setFocus()
        else:
            self.focus_search()

    def _show_neutral_identity(self, neutral: bool) -> None:
        """Title bar and taskbar say nothing about the application while hidden: Qt appends
        the application's display name to every title, and the icon shows in the taskbar."""
        from PySide6.QtGui import QGuiApplication, QIcon
        from PySide6.QtWidgets import QStyle

        if neutral:
            self._identity = (QGuiApplication.applicationDisplayName(), self.windowIcon())
            title = self.tr("Onthaal")
            QGuiApplication.setApplicationDisplayName(title)
            self.setWindowTitle(title)
            self.setWindowIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            return
        display_name, icon = getattr(self, "_identity", ("IFG-wegwijzer", QIcon()))
        QGuiApplication.setApplicationDisplayName(display_name)
        self.setWindowTitle(self.tr("IFG-wegwijzer"))
        self.setWindowIcon(icon)

    def _show_lasting_problem(self, text: str) -> None:
        """The database stopped answering for good: what is on screen stays, and says so."""
        self.statusBar().showMessage(
            self.tr("{problem} Wat anderen wijzigen, verschijnt hier niet meer.").format(
                problem=text
            )
        )

    # -- the shared server away -------------------------------------------------------------
    @property
    def offline(self) -> bool:
        """The shared server is away: what is on screen stays, the banner says so."""
        return self.bridge is not None and self.bridge.offline

    def _connection_banner(self) -> QLabel:
        """The calm line at the foot of the window, made once (the status bar is there from
        then on: the banner's coming and going moves nothing)."""
        if self.connection_banner is None:
            banner = QLabel(translate("MainWindow", CONNECTION_LOST))
            banner.setObjectName("connectionBanner")
            banner.setAccessibleName(banner.text())
            banner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            banner.setVisible(False)
            self.statusBar().addPermanentWidget(banner, 1)
            self.connection_banner = banner
        return self.connection_banner

    def _connection_lost(self, why: str) -> None:
        banner = self._connection_banner()
        self.statusBar().clearMessage()  # a failed read's line: the banner says it now
        banner.setToolTip(why)
        banner.setAccessibleDescription(why)
        appearing = banner.isHidden()
        banner.setVisible(True)
        if appearing:
            announce(banner)

    def _connection_back(self) -> None:
        # The refresh follows: the bridge announces a change right after.
        if self.connection_banner is not None:
            self.connection_banner.setVisible(False)

    def _database_trouble(self, problem: DatabaseProblem) -> None:
        """A read of the window's failed: what is shown stays. With the server away the
        banner speaks (the listener is asked to look now); otherwise one line below."""
        from ifg_desktop.db.errors import DatabaseUnavailable

        if self.bridge is not None and isinstance(problem, DatabaseUnavailable):
            self.bridge.check_connection()
        if not self.offline:
            self.statusBar().showMessage(str(problem), TROUBLE_MESSAGE_MS)

    def _hide_from_dialog(self) -> None:
        """F12 in a dialog over the window: the dialog goes, the neutral screen comes."""
        if not self.is_hidden_screen:
            self.toggle_hidden()

    @property
    def is_hidden_screen(self) -> bool:
        return self.pages.currentIndex() == 1

    def _on_escape(self) -> None:
        now = time.monotonic()
        if now - self._last_escape <= DOUBLE_ESCAPE_SECONDS and not self.is_hidden_screen:
            self._last_escape = 0.0
            self.toggle_hidden()
        else:
            self._last_escape = now

    # -- layout memory (and nothing else) ---------------------------------------------------
    def _restore_layout(self) -> None:
        settings = window_settings()
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("windowState", self.restoreState),
            ("mainSplitter", self.main_splitter.restoreState),
            ("resultsSplitter", self.results_splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self._fit_to_screen(restored=isinstance(settings.value("geometry"), QByteArray))
        self._wide = None  # the splitters' states may have shown or hidden a part
        self._fit_layout_to_width(self.width())

    def save_layout(self) -> None:
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("windowState", self.saveState())
        if self._wide is not False:  # narrow, the checklist is a page: keep its place beside
            settings.setValue("mainSplitter", self.main_splitter.saveState())
        settings.setValue("resultsSplitter", self.results_splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_layout()
        except Exception:  # the layout is a comfort: closing goes on without it
            logging.getLogger(__name__).exception("closing the window: layout")
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop what still reads or writes the database, then let it go (the window closes).

        Timers first (no new reads), then the work off the GUI thread: an import or export
        is cancelled and waited for (it stops between two services), the search's warm-up
        gets a short while. Never raises: a problem is logged and closing goes on. Called
        again, it does nothing."""
        if self._shut_down:
            return
        self._shut_down = True
        self._when_first_painted = []
        self._counting = None
        steps: list[tuple[str, Callable[[], None]]] = [("timers", self._stop_timers)]
        if self.files is not None:
            steps.append(("import/export", self.files.shutdown))
        steps.append(("warm-up", self._wait_for_warm_up))
        if self.coordinator is not None:
            steps.append(("coordinator", self._wait_for_coordinator))
        if self._database is not None:
            steps.append(("database", self._database.close))
        for name, step in steps:
            try:
                step()
            except Exception:
                logging.getLogger(__name__).exception("closing the window: %s", name)

    def _stop_timers(self) -> None:
        # The window's own, the results' paging and the bridge's poll: all are children.
        for timer in self.findChildren(QTimer):
            timer.stop()
        if self.bridge is not None:
            self.bridge.stop()

    def _wait_for_coordinator(self) -> None:
        # A save, archive or restore on its way is finished, never cut off by the close (it
        # waits at most the database's own timeouts); its answer is not shown any more.
        from ifg_desktop.ui.coordinator.background import wait_for_all

        wait_for_all(drop_answers=True)

    def _wait_for_warm_up(self) -> None:
        # It stops before its next read; past the wait it is left running (it only reads,
        # and gives up quietly once the database is gone).
        if self._warm_thread is not None:
            self._warm_thread.stop(WARM_WAIT_SECONDS)

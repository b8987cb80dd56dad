"""The Help menu (shortcuts, about, where the data comes from) and Bestand › Afsluiten.

Only Qt at the window's start: what a dialog shows is read when it opens. The list of
shortcuts is read from the window's own QActions and QShortcuts each time, so it says what
the keys do now and never what they once did.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from ifg_desktop.db import Database


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        text
        for text in (s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        if text
    )


def _with_fallback(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, and ``fallback`` where the platform has none
    (Windows knows no Quit key; people there expect Ctrl+Q from other programs too)."""
    sequences = QKeySequence.keyBindings(standard)
    wanted = QKeySequence(fallback)
    if all(sequence != wanted for sequence in sequences):
        sequences.append(wanted)
    return sequences


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) of every shortcut the window has now, in the order made.

    A QAction says what it does by its text; a QShortcut by its ``whatsThis``. Disabled ones
    are left out: they do nothing now."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.isEnabled():
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            found.append((keys, what.removesuffix("…")))
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if isinstance(owner, QWidget) and owner.window() is not window:
            continue  # a dialog's own (F12 in this very dialog)
        keys = _keys(shortcut.keys())
        if keys and shortcut.isEnabled():
            found.append((keys, shortcut.whatsThis()))
    return list(dict.fromkeys(found))  # Ctrl+F and Ctrl+L are two; the same twice is one


class _HelpDialog(QDialog):
    """F12 works here too: the dialog closes and the window hides (as the card dialog)."""

    hide_requested = Signal()

    def __init__(self, object_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.layout_ = QVBoxLayout(self)
        quick_hide = QShortcut(QKeySequence("F12"), self)
        quick_hide.activated.connect(self._hide)

    def _hide(self) -> None:
        self.reject()
        self.hide_requested.emit()

    def _title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def _text(self, html: str, object_name: str, name: str) -> QTextBrowser:
        view = QTextBrowser()
        view.setObjectName(object_name)
        view.setAccessibleName(name)
        view.setOpenExternalLinks(True)
        view.setHtml(html)
        self.layout_.addWidget(view, 1)
        return view

    def _close_button(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("helpDialogButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("HelpMenu", "Sluiten"))
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)


class ShortcutsDialog(_HelpDialog):
    """Every shortcut of ``window``, read from it now."""

    def __init__(self, window: QWidget) -> None:
        super().__init__("shortcutsDialog", window)
        self._title(self.tr("Sneltoetsen"))
        entries = window_shortcuts(window)
        self.table = QTableWidget(len(entries), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Sneltoetsen van het venster"))
        self.table.setAccessibleDescription(
            self.tr("Per rij een toets en wat die doet; lees met de pijltjestoetsen.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat het doet")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.layout_.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "In het zoekveld brengen pijl omlaag en Enter je naar de gevonden diensten; "
                "Tab gaat van het zoekveld naar de filters, de lijst, het detail en de "
                "checklist. F12 verbergt het venster ook vanuit een dialoogvenster."
            )
        )
        note.setObjectName("shortcutsNote")
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self._close_button()
        self.resize(560, 520)

    def entries(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]


class AboutDialog(_HelpDialog):
    """Version, licence, what the application is and is not, and what it keeps."""

    def __init__(self, parent: QWidget | None) -> None:
        from ifg_desktop import __version__

        super().__init__("aboutDialog", parent)
        self._title(self.tr("Over IFG-wegwijzer"))
        paragraphs = [
            "<h2>"
            + escape(self.tr("IFG-wegwijzer {version}").format(version=__version__))
            + "</h2>",
            escape(
                self.tr(
                    "Voor het onthaal: naar welke dienst verwijs je iemand die met "
                    "intrafamiliaal geweld te maken heeft, en wat moet er nu meteen gebeuren."
                )
            ),
            "<b>"
            + escape(
                self.tr(
                    "Een hulpmiddel, geen risicotaxatie: de checklist geeft geen score en "
                    "vervangt het oordeel van een hulpverlener niet. Bij acuut gevaar: bel "
                    "112 of 101."
                )
            )
            + "</b>",
            escape(
                self.tr(
                    "Wat je aanvinkt of in het zoekveld typt, wordt nergens bewaard: niet in "
                    "de databank, niet in de instellingen, niet in een logboek. "
                    "'Nieuw gesprek' (Ctrl+N) wist alles. Het venster onthoudt alleen zijn "
                    "grootte en indeling."
                )
            ),
            escape(
                self.tr("Licentie: MIT. Gebouwd met Qt for Python (PySide6, LGPLv3) en SQLAlchemy.")
            ),
        ]
        self.view = self._text(
            "".join(f"<p>{p}</p>" for p in paragraphs),
            "aboutText",
            self.tr("Over IFG-wegwijzer"),
        )
        self._close_button()
        self.resize(520, 420)


class DataSourcesDialog(_HelpDialog):
    """Where the shipped data comes from, which database this window reads, how current."""

    def __init__(self, database: Database | None, parent: QWidget | None) -> None:
        super().__init__("dataSourcesDialog", parent)
        self._title(self.tr("Waar komen de gegevens vandaan"))
        paragraphs = [
            escape(
                self.tr(
                    "De meegeleverde diensten, de checklist en de leidraad komen uit de "
                    "basisvorming IFG van Veilig Huis Antwerpen en uit de publieke pagina's "
                    "van de diensten zelf. Nooit is een nummer, adres of openingsuur "
                    "verzonnen: wat niet gekend is, staat er als 'aan te vullen'."
                )
            ),
            escape(
                self.tr(
                    "Bij elke dienst zegt het detail onder 'Bronnen' waar het contact, de "
                    "uren en de leeftijden vandaan komen; 'te verifiëren' staat waar de "
                    "bron oud of onrechtstreeks is. Coördinatoren houden de gegevens bij "
                    "(menu Coördinator) en zetten 'Vandaag geverifieerd' wanneer ze een "
                    "dienst nagekeken hebben."
                )
            ),
        ]
        if database is not None:
            paragraphs += self._database_lines(database)
        self.view = self._text(
            "".join(f"<p>{p}</p>" for p in paragraphs),
            "dataSourcesText",
            self.tr("Herkomst van de gegevens"),
        )
        self._close_button()
        self.resize(560, 460)

    def _database_lines(self, database: Database) -> list[str]:
        from ifg_desktop.db.errors import DatabaseProblem
        from ifg_desktop.ui.deferred import provenance

        # The display name never holds a password (db/engine.py).
        lines = [
            escape(self.tr("Databank van dit venster: {where}").format(where=database.display_name))
        ]
        try:
            summary = provenance.verification_summary(database)
        except DatabaseProblem as problem:
            return [*lines, escape(str(problem))]
        last = (
            summary.last_verified.strftime("%d/%m/%Y")
            if summary.last_verified is not None
            else self.tr("nog nooit")
        )
        lines.append(
            escape(
                self.tr(
                    "{services} diensten in gebruik; {never} nog nooit geverifieerd; laatst "
                    "geverifieerd: {last}."
                ).format(services=summary.services, never=summary.never_verified, last=last)
            )
        )
        lines.append(
            escape(
                self.tr("{to_verify} van {facts} bronnen zijn nog te verifiëren.").format(
                    to_verify=summary.facts_to_verify, facts=summary.facts_with_source
                )
            )
        )
        return lines


class HelpMenu(QObject):
    """Help › Sneltoetsen (F1), Over IFG-wegwijzer, Waar komen de gegevens vandaan."""

    def __init__(
        self,
        window: QMainWindow,
        database: Callable[[], Database | None],
        on_hide: Callable[[], None],
        hidden: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window)
        self.setObjectName("helpMenuController")
        self.window = window
        self._database = database
        self._on_hide = on_hide
        self._hidden = hidden  # behind the neutral screen nothing opens
        self.dialog: _HelpDialog | None = None  # the one open, for tests and screen readers
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu.setObjectName("menuHelp")
        self.shortcuts_action = self._action(
            "shortcutsAction", self.tr("&Sneltoetsen…"), self.show_shortcuts
        )
        self.shortcuts_action.setShortcuts(
            _with_fallback(QKeySequence.StandardKey.HelpContents, "F1")
        )
        self.about_action = self._action(
            "aboutAction", self.tr("&Over IFG-wegwijzer…"), self.show_about
        )
        self.sources_action = self._action(
            "dataSourcesAction", self.tr("&Waar komen de gegevens vandaan…"), self.show_sources
        )

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.setText(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def keep_last(self) -> None:
        """Help stays the last menu when others come later (Coördinator, Bestand)."""
        bar = self.window.menuBar()
        bar.removeAction(self.menu.menuAction())
        bar.addAction(self.menu.menuAction())

    def _open(self, dialog: _HelpDialog) -> _HelpDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hide_requested.connect(self._on_hide)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: _HelpDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def show_shortcuts(self) -> ShortcutsDialog | None:
        if self._hidden():
            return None
        dialog = ShortcutsDialog(self.window)
        self._open(dialog)
        return dialog

    def show_about(self) -> AboutDialog | None:
        if self._hidden():
            return None
        dialog = AboutDialog(self.window)
        self._open(dialog)
        return dialog

    def show_sources(self) -> DataSourcesDialog | None:
        if self._hidden():
            return None
        dialog = DataSourcesDialog(self._database(), self.window)
        self._open(dialog)
        return dialog


def add_quit_action(window: QMainWindow, menu: QMenu) -> QAction:
    """Bestand › Afsluiten (Ctrl+Q): closes the window as its close button does."""
    action = QAction(window)
    action.setText(translate("HelpMenu", "&Afsluiten"))
    action.setObjectName("quitAction")
    action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    action.setMenuRole(QAction.MenuRole.QuitRole)
    action.triggered.connect(window.close)
    menu.addAction(action)
    return action


__all__ = [
    "AboutDialog",
    "DataSourcesDialog",
    "HelpMenu",
    "ShortcutsDialog",
    "add_quit_action",
    "window_shortcuts",
]

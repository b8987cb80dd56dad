"""The coordinator's view of the conversation guide (Leidraad): choose a section, edit it,
save it with the audit trail on the coordinator's name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory.guide import (
    GuideProblem,
    GuideSectionRecord,
    check_section,
    load_guide,
    save_section,
)
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel

if TYPE_CHECKING:
    from ifg_desktop.db import Database


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in edit.toPlainText().splitlines() if line.strip())


class GuideDialog(QDialog):
    def __init__(
        self,
        database: Database,
        *,
        coordinator: str,
        on_change: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        self._on_change = on_change
        self._sections: list[GuideSectionRecord] = []
        named(self, "guideDialog", self.tr("Leidraad bewerken"))
        self.setWindowTitle(self.tr("Leidraad bewerken"))

        self.list = named(QListWidget(), "guideSections", self.tr("Secties van de leidraad"))
        self.list.currentRowChanged.connect(self._show)
        self.title = named(QLineEdit(), "guideTitle", self.tr("Titel"))
        self.summary = named(QPlainTextEdit(), "guideSummary", self.tr("Samenvatting"))
        self.points = named(QPlainTextEdit(), "guidePoints", self.tr("Punten, één per regel"))
        self.say = named(
            QPlainTextEdit(), "guideSay", self.tr("Wat je kunt zeggen, één zin per regel")
        )
        self.source = named(QPlainTextEdit(), "guideSource", self.tr("Bron"))
        self.keywords = named(
            QLineEdit(), "guideKeywords", self.tr("Zoekwoorden, gescheiden door komma's")
        )
        for edit, lines in ((self.summary, 3), (self.points, 8), (self.say, 4), (self.source, 2)):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        self.message = MessageLabel("guideMessage", self.tr("de leidraad"))

        form = QFormLayout()
        for text, field in (
            (self.tr("&Titel"), self.title),
            (self.tr("&Samenvatting"), self.summary),
            (self.tr("&Punten (één per regel)"), self.points),
            (self.tr("&Zeggen (één zin per regel)"), self.say),
            (self.tr("&Bron"), self.source),
            (self.tr("Zoek&woorden"), self.keywords),
        ):
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(label, field)

        self.save_button = named(QPushButton(self.tr("&Opslaan")), "guideSave", self.tr("Opslaan"))
        self.save_button.clicked.connect(self.save)
        self.close_button = named(QPushButton(self.tr("Sluiten")), "guideClose", self.tr("Sluiten"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Houd de secties kort en in eigen woorden; zeg bij elke sectie waar ze vandaan "
                "komt. Elke wijziging komt in het spoor op uw naam."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.refresh()

    def refresh(self, *, keep_edit: bool = True) -> None:
        """Read the sections again (another coordinator may have changed one); an edit in
        progress is kept, and told it is behind."""
        if keep_edit and self._unsaved():
            self.message.show_message(
                self.tr(
                    "De leidraad is intussen gewijzigd. Uw wijziging is nog niet opgeslagen: "
                    "sla ze op, of kies de sectie opnieuw om de nieuwe tekst te zien."
                )
            )
            return
        current = self.list.currentRow()
        self._sections = load_guide(self._database)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([section.title for section in self._sections])
        self.list.blockSignals(False)
        if self._sections:
            self.list.setCurrentRow(min(max(current, 0), len(self._sections) - 1))
            self._show(self.list.currentRow())

    def _unsaved(self) -> bool:
        edited = self.edited()
        row = self.list.currentRow()
        if edited is None or not 0 <= row < len(self._sections):
            return False
        try:
            return check_section(edited) != check_section(self._sections[row])
        except GuideProblem:
            return True  # half typed

    def _show(self, row: int) -> None:
        self.message.show_message(None)
        if not 0 <= row < len(self._sections):
            return
        section = self._sections[row]
        self.title.setText(section.title)
        self.summary.setPlainText(section.summary)
        self.points.setPlainText("\n".join(section.points))
        self.say.setPlainText("\n".join(section.say))
        self.source.setPlainText(section.source)
        self.keywords.setText(", ".join(section.keywords))

    def edited(self) -> GuideSectionRecord | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._sections):
            return None
        return GuideSectionRecord(
            key=self._sections[row].key,
            title=self.title.text(),
            summary=self.summary.toPlainText(),
            points=_lines(self.points),
            say=_lines(self.say),
            source=self.source.toPlainText(),
            keywords=tuple(k.strip() for k in self.keywords.text().split(",") if k.strip()),
        )

    def save(self) -> bool:
        record = self.edited()
        if record is None:
            return False
        try:
            changed = save_section(self._database, record, by=self._coordinator)
        except GuideProblem as problem:
            self.message.show_message(str(problem))
            return False
        self.message.show_message(None)
        if changed:
            self.refresh(keep_edit=False)  # what was saved is what is stored now
            self._on_change()
        return True

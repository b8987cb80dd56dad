"""The referral card from the window: Ctrl+P on a chosen service, a PDF whose text holds
its number and, discreet, nothing that gives it away; the only file is the one chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ifg_desktop.directory.referral_card import REVEALING
from ifg_desktop.directory.text import fold
from ifg_desktop.ui.main_window import MainWindow
from ifg_desktop.ui.referral_card import ReferralCardDialog
from tests.ui.test_main_window import clock, keys, window  # noqa: F401 - the fixtures

pypdf = pytest.importorskip("pypdf")


def pdf_text(path: Path) -> str:
    """The PDF's text, words apart by single spaces (pypdf keeps the layout's tabs)."""
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def select(qtbot: QtBot, window: MainWindow, key: str) -> None:  # noqa: F811
    qtbot.waitUntil(lambda: key in keys(window))
    window.table.selectRow(keys(window).index(key))
    qtbot.waitUntil(lambda: window.detail.record is not None and window.detail.record.key == key)


def tick(dialog: ReferralCardDialog, key: str) -> None:
    for i in range(dialog.services.count()):
        item = dialog.services.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)


def with_dialog(window: MainWindow, act) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Run ``act(dialog)`` once the (modal) card dialog is open, then close it."""

    def step() -> None:
        dialog = window.card_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, step)
            return
        try:
            act(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, step)


def test_ctrl_p_makes_a_discreet_card_as_pdf(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    select(qtbot, window, "1712")
    out = tmp_path / "out"
    out.mkdir()
    seen: dict[str, object] = {}

    def act(dialog: ReferralCardDialog) -> None:
        assert dialog.discreet.isChecked()  # discreet unless the worker says otherwise
        tick(dialog, "tele-onthaal")
        tick(dialog, "crisisteam-min18")  # professional only: cannot be ticked
        seen["saved"] = dialog.save_pdf_to(out / "kaart")  # ".pdf" is added
        dialog.copy_text()
        seen["left_out"] = dialog.left_out.text()

    with_dialog(window, act)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen["saved"] is True
    assert [p.name for p in out.iterdir()] == ["kaart.pdf"]  # nothing else left behind
    text = pdf_text(out / "kaart.pdf")
    assert "Nuttige nummers" in text and "1712" in text and "106" in text
    for word in REVEALING:
        assert word not in fold(text), word
    assert "Crisisteam" not in text
    assert "1712" in QGuiApplication.clipboard().text()
    assert window.card_dialog is None  # nothing of it is kept


def test_the_open_card_names_the_service(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    select(qtbot, window, "zelfmoordlijn")
    seen: dict[str, str] = {}

    def act(dialog: ReferralCardDialog) -> None:
        dialog.discreet.setChecked(False)
        dialog.save_pdf_to(tmp_path / "open.pdf")
        seen["preview"] = dialog.preview.toPlainText()

    with_dialog(window, act)
    qtbot.mouseClick(
        window.detail.findChild(type(window.new_conversation), "referralCardButton"),
        Qt.MouseButton.LeftButton,
    )
    assert "Zelfmoordlijn" in seen["preview"]
    assert "Zelfmoordlijn" in pdf_text(tmp_path / "open.pdf")


def test_a_card_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    select(qtbot, window, "1712")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    seen: dict[str, object] = {}

    def act(dialog: ReferralCardDialog) -> None:
        seen["saved"] = dialog.save_pdf_to(tmp_path / "missing" / "kaart.pdf")

    with_dialog(window, act)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen["saved"] is False and warned and "niet worden opgeslagen" in warned[0]
    assert not (tmp_path / "missing").exists()


def test_f12_in_the_card_hides_everything_and_ctrl_p_opens_nothing_behind_it(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    select(qtbot, window, "1712")

    def act(dialog: ReferralCardDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.services, Qt.Key.Key_F12)

    with_dialog(window, act)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.is_hidden_screen and window.card_dialog is None
    window.open_referral_card()  # Ctrl+P by habit, on the neutral screen
    assert window.card_dialog is None
    window.open_guide()
    assert window.side.currentWidget() is window.checklist

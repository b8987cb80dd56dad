"""The window on the screens front desks have: 1024x768, 1366x768 and 1920x1080, at 100 % and
150 % scaling, and a window that holds still when the acute banner or the summary appears.

Qt's scaling (QT_SCALE_FACTOR) cannot change inside one process; it divides the screen into
logical pixels, in which the fonts (in points) keep their size. A 1024x768 screen at 150 % is
therefore a 683x512 logical screen with the same fonts: the window is tried at each logical
size here, and once in a fresh interpreter with QT_SCALE_FACTOR=1.5 on an offscreen 1024x768
screen, where it sizes itself on first start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.ui.main_window import FRAME_ALLOWANCE, MINIMUM_SIZE, STATE_BADGE_ROOM, MainWindow
from ifg_desktop.ui.results_model import ServiceTableModel
from tests.ui.test_main_window import TUESDAY_MORNING, FakeClock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TASKBAR = 40  # physical pixels the taskbar takes from the screen's height


def window_size(width: int, height: int, scale: float) -> tuple[int, int]:
    """The window's inside on a ``width``x``height`` screen at ``scale``, in logical pixels,
    as the window sizes itself there on first start (title bar and borders left out)."""
    return (
        round(width / scale) - FRAME_ALLOWANCE.width(),
        round((height - TASKBAR) / scale) - FRAME_ALLOWANCE.height(),
    )


SCREENS = [
    pytest.param(width, height, scale, id=f"{width}x{height}@{int(scale * 100)}%")
    for width, height in ((1024, 768), (1366, 768), (1920, 1080))
    for scale in (1.0, 1.5)
]


@pytest.fixture
def window(qtbot: QtBot, database: Database, settings_dir: Path) -> Iterator[MainWindow]:
    main = MainWindow(clock=FakeClock(TUESDAY_MORNING))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.attach(database)
    qtbot.waitUntil(lambda: main.model.rowCount() > 0)
    yield main


def settle(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(5):  # the layout, the splitters' share, the state column after the paint
        QApplication.processEvents()
        window.table.viewport().repaint()
    QApplication.processEvents()


def wholly_shown(widget: QWidget, window: MainWindow) -> bool:
    """On screen, not clipped by a parent, and inside the window."""
    if not widget.isVisible():
        return False
    if widget.visibleRegion().boundingRect().size() != widget.size():
        return False
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def filter_widgets(window: MainWindow) -> list[QWidget]:
    bar = window.filters
    return [
        bar.age.years,
        bar.age.months,
        bar.age.unborn,
        bar.urgency,
        bar.availability,
        bar.audience,
        bar.themes,
        bar.reset,
    ]


def state_fits(window: MainWindow, row: int) -> bool:
    text = window.model.index(row, ServiceTableModel.STATE).data()
    width = window.table.horizontalHeader().sectionSize(ServiceTableModel.STATE)
    return window.table.fontMetrics().horizontalAdvance(text) + STATE_BADGE_ROOM - 2 <= width


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_window_fits_and_shows_filters_states_and_checklist(
    qtbot: QtBot, window: MainWindow, width: int, height: int, scale: float
) -> None:
    inside = window_size(width, height, scale)
    assert window.minimumSize().width() <= inside[0]
    assert window.minimumSize().height() <= inside[1]
    settle(window, *inside)
    assert (window.width(), window.height()) == inside

    for widget in filter_widgets(window):
        assert wholly_shown(widget, window), widget.objectName() or widget.accessibleName()
    assert wholly_shown(window.search, window)

    # The state column in view without sideways scrolling; the usual states and those of
    # the first rows whole ("Open — sluit om 16:00", never "Open — sluit om 1…").
    table, header = window.table, window.table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not header.isSectionHidden(ServiceTableModel.STATE)
    assert not header.isSectionHidden(ServiceTableModel.PHONE)
    metrics = table.fontMetrics()
    state_width = header.sectionSize(ServiceTableModel.STATE)
    for usual in window._usual_states():
        assert metrics.horizontalAdvance(usual) + STATE_BADGE_ROOM <= state_width, usual
    for row in range(3):
        assert table.visualRect(window.model.index(row, 0)).bottom() <= table.viewport().height()
        assert state_fits(window, row), window.model.index(row, ServiceTableModel.STATE).data()
    # The name gives way, to a readable width.
    assert header.sectionSize(ServiceTableModel.NAME) >= 120
    # The ages are what the worker sorts by: on every usual screen at 100 %, every column,
    # the name still readable (the detail under the list where it would crowd them).
    if scale == 1.0 and width >= 1366:
        hidden = [column for column in range(5) if header.isSectionHidden(column)]
        assert hidden == [], hidden
        assert header.sectionSize(ServiceTableModel.NAME) >= 150
    else:
        assert not header.isSectionHidden(ServiceTableModel.AGES) or width / scale < 700

    # The checklist beside the list, or a tab away, reached by keyboard too.
    if window.side.isVisible():
        assert width / scale >= 1300
        assert wholly_shown(window.checklist, window)
    else:
        tabs = window.narrow_tabs
        assert wholly_shown(tabs, window)
        assert window.rect().contains(QRect(tabs.mapTo(window, QPoint(0, 0)), tabs.size()))
        assert tabs.tabText(1) == "Checklist"
        window.search.setFocus()
        QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
        QApplication.processEvents()
        assert wholly_shown(window.checklist, window)
        assert not window.directory.isVisible()
        assert window.checklist.isAncestorOf(QApplication.focusWidget())
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the list
        QApplication.processEvents()
        assert window.directory.isVisible() and not window.side.isVisible()
        assert QApplication.focusWidget() is window.search
    first_flag = window.checklist.box(window.checklist.item_keys()[0])
    window.search.setFocus()
    QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    QApplication.processEvents()
    assert wholly_shown(first_flag, window)
    # The focus on the flag itself, wherever it was before (not the next widget after it).
    assert QApplication.focusWidget() is first_flag


@pytest.mark.parametrize("inside", [(1880, 1000), (980, 700)], ids=["wide", "narrow"])
def test_the_go_to_shortcuts_put_the_focus_there(
    qtbot: QtBot, window: MainWindow, inside: tuple[int, int]
) -> None:
    settle(window, *inside)
    for start in (window.search, window.table):
        window.directory.setVisible(True)
        window.focus_search()
        start.setFocus()
        QApplication.processEvents()
        QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)  # the checklist
        assert window.checklist.isAncestorOf(QApplication.focusWidget())
        assert QApplication.focusWidget().isVisible()
        QTest.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # the guide
        assert window.guide.isAncestorOf(QApplication.focusWidget())
        assert QApplication.focusWidget().isVisible()
        QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
        assert window.checklist.isAncestorOf(QApplication.focusWidget())
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search
        assert QApplication.focusWidget() is window.search
        assert window.search.isVisible()


def test_a_hidden_column_is_said_in_the_header_and_can_be_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    settle(window, *window_size(1024, 768, 1.5))
    table, header = window.table, window.table.horizontalHeader()
    # "Wie belt" gives way before the ages.
    assert header.isSectionHidden(ServiceTableModel.AUDIENCE)
    assert "Wie belt" in header.toolTip() and "Rechtsklik" in header.toolTip()
    menu = table.column_menu()
    actions = {action.text(): action for action in menu.actions() if action.text()}
    assert not actions["Wie belt"].isChecked()
    actions["Wie belt"].setChecked(True)  # shown by hand: it stays while the window resizes
    settle(window, *window_size(1024, 768, 1.5))
    assert not header.isSectionHidden(ServiceTableModel.AUDIENCE)
    assert header.sectionSize(ServiceTableModel.AUDIENCE) > 60
    assert "Wie belt" not in header.toolTip()
    assert not actions["Kolommen naar de breedte"].isEnabled()  # built before the choice
    menu.deleteLater()
    menu = table.column_menu()
    actions = {action.text(): action for action in menu.actions() if action.text()}
    assert actions["Wie belt"].isChecked()
    actions["Kolommen naar de breedte"].trigger()
    assert header.isSectionHidden(ServiceTableModel.AUDIENCE)
    menu.deleteLater()
    settle(window, *window_size(1920, 1080, 1.0))
    assert header.toolTip() == ""
    # Beside the list, the detail leaves the list its columns: no wider than it needs.
    assert window.results_splitter.orientation() == Qt.Orientation.Horizontal
    assert window.detail.width() <= 360


def test_every_state_of_a_wide_window_is_whole(qtbot: QtBot, window: MainWindow) -> None:
    settle(window, *window_size(1920, 1080, 1.0))
    rows_in_view = window.table.rowAt(window.table.viewport().height() - 1)
    last = window.model.rowCount() - 1 if rows_in_view < 0 else rows_in_view
    for row in range(last + 1):
        assert state_fits(window, row), window.model.index(row, ServiceTableModel.STATE).data()


def test_a_state_with_a_part_open_day_and_night_keeps_the_state_whole(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed's ckg, "Uren onbekend · crisisopvang dag en nacht", in a narrow column: the
    state whole, the part cut from its end; never "…nd · crisisopvang dag en nacht"."""
    from ifg_desktop.ui import badge_delegate

    painted: dict[str, str] = {}

    def spy(text: str, metrics: QFontMetrics, room: int) -> str:
        painted[text] = fit(text, metrics, room)
        return painted[text]

    fit = badge_delegate.fit_state_text
    monkeypatch.setattr(badge_delegate, "fit_state_text", spy)
    settle(window, *window_size(1024, 768, 1.5))
    long_state = "Uren onbekend · crisisopvang dag en nacht"
    model = window.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, ServiceTableModel.STATE).data() == long_state
    )
    window.table.scrollTo(model.index(row, ServiceTableModel.STATE))
    window.table.viewport().repaint()
    shown = painted[long_state]
    assert shown != long_state, "the column is wide enough: the case is not tried"
    assert shown.startswith("Uren onbekend · ") and shown.endswith("…"), shown

    metrics = window.table.fontMetrics()
    state_only = metrics.horizontalAdvance("Uren onbekend")
    # Too narrow for even the state: its end stays, where the time is.
    assert fit(long_state, metrics, state_only - 1).endswith("onbekend")
    assert fit(long_state, metrics, state_only) == "Uren onbekend"
    timed = "Open — sluit om 16:00"
    assert fit(timed, metrics, metrics.horizontalAdvance(timed) - 10).endswith("16:00")
    assert fit(timed, metrics, metrics.horizontalAdvance(timed)) == timed


def test_numbers_for_professionals_only_are_marked_in_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    professional = model.index(rows["Crisisteam -18"], ServiceTableModel.PHONE)
    client = model.index(rows["Child Focus"], ServiceTableModel.PHONE)
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        assert "enkel voor professionals" in professional.data(role)
        assert "professionals" not in (client.data(role) or "")
    # The tag has room beside the longest number on every size of screen.
    settle(window, *window_size(1024, 768, 1.5))
    header = window.table.horizontalHeader()
    bold = window.table.font()
    bold.setBold(True)

    from ifg_desktop.ui.style import professional_tag_width

    needed = QFontMetrics(bold).horizontalAdvance("aan te vullen") + professional_tag_width(
        window.table.font(), model.professional_tag()
    )
    assert header.sectionSize(ServiceTableModel.PHONE) >= needed


def geometries(window: MainWindow) -> dict[str, QRect]:
    """Where the things the pointer may be on are, in the window."""
    places = {
        "search": window.search,
        "new conversation": window.new_conversation,
        **{f"filter {i}": widget for i, widget in enumerate(filter_widgets(window))},
        **{f"flag {key}": window.checklist.box(key) for key in window.checklist.item_keys()},
    }
    found = {
        name: QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        for name, widget in places.items()
        if widget.isVisible()
    }
    table = window.table
    for row in range(3):
        rect = table.visualRect(window.model.index(row, ServiceTableModel.PHONE))
        found[f"row {row}"] = rect.translated(table.viewport().mapTo(window, QPoint(0, 0)))
    found["table top"] = QRect(table.mapTo(window, QPoint(0, 0)), table.size()).adjusted(
        0, 0, 0, -table.height() + 1
    )
    return found


@pytest.mark.parametrize(
    "screen", [(1366, 768, 1.0), (1024, 768, 1.5)], ids=["1366x768", "1024x768@150%"]
)
def test_nothing_moves_when_the_banner_and_the_summary_appear(
    qtbot: QtBot, window: MainWindow, screen: tuple[int, int, float]
) -> None:
    settle(window, *window_size(*screen))
    panel = window.checklist
    critical = next(k for k in panel.item_keys() if panel.is_critical(k))
    window._focus_checklist()  # a narrow window: the checklist's page
    QApplication.processEvents()
    before = geometries(window)
    summary_before = panel.summary.text()
    qtbot.mouseClick(panel.box(critical), Qt.MouseButton.LeftButton)
    for _ in range(3):
        QApplication.processEvents()
    assert window.acute.isVisible() and panel.summary.text() != summary_before
    assert wholly_shown(window.acute, window)
    after = geometries(window)
    # Everything the pointer may be on stays where it was; what the banner now covers at
    # the foot is no longer shown, but nothing has moved.
    moved = {
        name: (before[name], after[name])
        for name in before
        if name in after and before[name] != after[name]
    }
    assert not moved
    window.focus_search()  # the list's page: its rows have not moved either
    QApplication.processEvents()
    listed = geometries(window)
    window.start_new_conversation()  # the banner goes: still nothing moves
    QApplication.processEvents()
    assert not window.acute.isVisible()
    again = geometries(window)
    assert {name: again[name] for name in listed if name in again} == {
        name: listed[name] for name in listed if name in again
    }


_FIRST_START = """
import json, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[1])
app = QApplication([])
from ifg_desktop.ui.main_window import MainWindow
window = MainWindow()
window.show()
for _ in range(5):
    app.processEvents()
room = QGuiApplication.primaryScreen().availableGeometry()
bar = window.filters
print(json.dumps({
    "room": [room.x(), room.y(), room.width(), room.height()],
    "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
              window.frameGeometry().width(), window.frameGeometry().height()],
    "scale": window.devicePixelRatio(),
    "narrow_tabs": window.narrow_tabs.isVisible(),
    "filters": [w.isVisible() and w.visibleRegion().boundingRect().size() == w.size()
                for w in (bar.age.years, bar.urgency, bar.availability, bar.audience,
                          bar.themes, bar.reset)],
}))
"""


def test_the_first_start_on_a_1024_screen_at_150_percent_fits_it(tmp_path: Path) -> None:
    """In a fresh interpreter: Qt's own scaling on an offscreen 1024x768 screen."""
    screens = tmp_path / "screens.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768, "dpr": 1}
    screens.write_text(json.dumps({"screens": [laptop]}), encoding="utf-8")
    settings = tmp_path / "settings"
    settings.mkdir()
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        QT_SCALE_FACTOR="1.5",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_START, str(settings)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["scale"] == 1.5
    assert found["room"] == [0, 0, 683, 512]  # the logical screen
    x, y, width, height = found["frame"]
    assert x >= 0 and y >= 0 and x + width <= 683 and y + height <= 512
    assert width >= MINIMUM_SIZE.width() and height >= MINIMUM_SIZE.height()
    assert found["narrow_tabs"]  # the checklist a tab away
    assert all(found["filters"])

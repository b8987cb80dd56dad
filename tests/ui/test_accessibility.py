"""A worker with a screen reader, the keyboard only, a dark high-contrast theme or large text.

The accessibility walk goes through what Qt hands a screen reader (``QAccessible``), not
through the widgets: what it cannot name, nobody hears.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

import ifg_desktop
from ifg_desktop.db import Database
from ifg_desktop.directory.auth import set_first_password
from ifg_desktop.ui.help_menu import AboutDialog, DataSourcesDialog, ShortcutsDialog
from ifg_desktop.ui.main_window import MainWindow
from ifg_desktop.ui.results_model import ServiceTableModel
from tests.ui.test_main_window import TUESDAY_MORNING, FakeClock, shown_window

ROOT = Path(__file__).parents[2]
PASSWORD = "Wegwijzer-2026"
# Views whose children are rows and cells (data, named by their text), not controls.
ITEM_VIEWS = (QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree)


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def unnamed_focusable(root: QWidget) -> list[str]:
    """Every object a screen reader can focus in ``root`` without a name, by its path."""
    found: list[str] = []

    def walk(interface: QAccessibleInterface | None, path: str, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 60:
            return
        thing = interface.object()
        if interface.state().focusable and not interface.text(QAccessible.Text.Name).strip():
            what = type(thing).__name__ if thing is not None else "?"
            name = thing.objectName() if thing is not None else ""
            found.append(f"{path} {interface.role().name} {what} '{name}'")
        if interface.role() in ITEM_VIEWS:
            return
        for index in range(interface.childCount()):
            walk(interface.child(index), f"{path}/{index}", depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), "", 0)
    return found


@pytest.fixture(autouse=True)
def _cheap_password_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ifg_desktop.directory.auth.SCRYPT_N", 2**10)


@pytest.fixture
def window(qtbot: QtBot, database: Database, settings_dir: Path) -> MainWindow:
    main = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
    qtbot.waitUntil(lambda: main.coordinator is not None and main.files is not None, timeout=5000)
    return main


def select_first(qtbot: QtBot, window: MainWindow) -> None:
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.detail.copy_buttons), timeout=2000)


# -- names -----------------------------------------------------------------------------------


def test_every_focusable_object_of_the_window_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    select_first(qtbot, window)
    assert unnamed_focusable(window) == []


def test_every_dialog_names_its_controls(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from ifg_desktop.directory.detail import read_services
    from ifg_desktop.ui.referral_card import ReferralCardDialog

    select_first(qtbot, window)
    coordinator = window.coordinator
    assert coordinator is not None and window.files is not None
    set_first_password(database, PASSWORD, by="test")
    problems: dict[str, list[str]] = {}

    def check(what: str, dialog: QWidget | None) -> None:
        assert dialog is not None, what
        problems[what] = unnamed_focusable(dialog)
        dialog.close()

    unlock = coordinator.unlock()
    assert unlock is not None
    problems["unlock"] = unnamed_focusable(unlock)
    qtbot.keyClicks(unlock.name_edit, "An")
    qtbot.keyClicks(unlock.password_edit, PASSWORD)
    unlock.ok_button.click()
    assert coordinator.coordinator == "An"
    for opener in (
        coordinator.new_service,
        lambda: coordinator.edit_service("1712"),
        coordinator.show_history,
        coordinator.show_worklist,
        coordinator.show_archive,
        coordinator.show_terms,
        coordinator.show_guide,
        coordinator.change_password,
        coordinator.archive_selected,
    ):
        check(getattr(opener, "__name__", "editor"), opener())
    records = list(read_services(database, ["1712", "vk"], window.model.moment).values())
    card = ReferralCardDialog(records, ["1712"], window)
    card.show()
    check("card", card)
    hsds = ROOT / "tests" / "data" / "hsds" / "examples" / "service_full.json"
    importing = window.files.import_file(hsds)
    with qtbot.waitSignal(importing.planned, timeout=10_000):
        pass
    check("import", importing)
    check("shortcuts", window.help.show_shortcuts())
    check("about", window.help.show_about())
    check("sources", window.help.show_sources())
    assert {what: found for what, found in problems.items() if found} == {}


# -- the acute banner is heard --------------------------------------------------------------


def test_the_acute_banner_raises_an_alert_when_it_appears(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[QWidget] = []

    def record(event):  # type: ignore[no-untyped-def]
        if event.type() == QAccessible.Event.Alert:
            alerts.append(event.object())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    critical = [k for k in window.checklist.item_keys() if window.checklist.is_critical(k)]
    mild = next(k for k in window.checklist.item_keys() if not window.checklist.is_critical(k))
    window.checklist.set_ticked(mild)
    assert alerts == []
    window.checklist.set_ticked(critical[0])
    assert alerts == [window.acute]
    assert window.acute.accessibleName() and "112" in window.acute.accessibleDescription()
    window.checklist.set_ticked(mild, False)  # the banner says the same: not again
    assert alerts == [window.acute]
    window.checklist.set_ticked(critical[1])  # it says more now
    assert alerts == [window.acute, window.acute]
    window.start_new_conversation()
    window.checklist.set_ticked(critical[0])  # shown again: heard again
    assert len(alerts) == 3
    window._connection_lost("de server antwoordt niet")
    assert alerts[-1] is window.connection_banner
    window._connection_lost("nog altijd niet")  # already shown: not again
    assert len(alerts) == 4


# -- the keyboard --------------------------------------------------------------------------


def test_tab_follows_the_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    select_first(qtbot, window)
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    visited: list[QWidget] = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        assert focused is not None
        if visited and focused is window.search:
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)

    def first(condition) -> int:  # type: ignore[no-untyped-def]
        return next(i for i, widget in enumerate(visited) if condition(widget))

    filters = window.filters
    order = [
        first(lambda w: w is window.search),
        first(lambda w: w is filters.age.years or filters.age.years.isAncestorOf(w)),
        first(lambda w: w is filters.urgency),
        first(lambda w: w is filters.availability),
        first(lambda w: w is filters.audience),
        first(lambda w: w is filters.themes),
        first(lambda w: w is filters.reset),
        first(lambda w: w is window.table),
        first(lambda w: w is window.detail.copy_buttons[0]),
        first(lambda w: w is window.checklist.box(window.checklist.item_keys()[0])),
    ]
    assert order == sorted(order), [type(w).__name__ + ":" + w.objectName() for w in visited]


# -- Help, shortcuts, quit -----------------------------------------------------------------


def test_help_is_the_last_menu_and_afsluiten_the_last_of_bestand(window: MainWindow) -> None:
    menus = [action.menu() for action in window.menuBar().actions()]
    assert isinstance(menus[0], QMenu) and menus[0].objectName() == "menuBestand"
    assert menus[-1] is window.help.menu
    assert menus[0].actions()[-1] is window.quit_action
    assert "Ctrl+Q" in [s.toString() for s in window.quit_action.shortcuts()]


def test_f1_lists_every_shortcut_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QShortcut

    window.activateWindow()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClick(window.search, Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    entries = dialog.entries()
    listed = {keys for keys, _what in entries}
    assert all(what for _keys, what in entries), [e for e in entries if not e[1]]
    made = [s.key() for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    made += [a.shortcut() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert {native(keys) for keys in made} <= {k for entry in listed for k in entry.split(", ")}
    assert ("Ctrl+Q", "Afsluiten") in entries and ("F12", "Snel verbergen en weer tonen") in entries
    assert any(keys.startswith("F1") and what == "Sneltoetsen" for keys, what in entries)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F12)  # quick-hide reaches through the dialog
    assert window.is_hidden_screen and not dialog.isVisible()


def test_about_says_what_the_application_is_and_keeps(window: MainWindow) -> None:
    dialog = window.help.show_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.view.toPlainText()
    for said in (ifg_desktop.__version__, "MIT", "geen risicotaxatie", "nergens bewaard"):
        assert said in text


def test_where_the_data_comes_from(window: MainWindow, database: Database) -> None:
    dialog = window.help.show_sources()
    assert isinstance(dialog, DataSourcesDialog)
    text = dialog.view.toPlainText()
    assert database.display_name in text and "Veilig Huis Antwerpen" in text
    assert "17 diensten in gebruik; 17 nog nooit geverifieerd" in text
    assert "te verifiëren" in text


def test_the_sources_never_show_a_password() -> None:
    from ifg_desktop.db.engine import display_name

    assert "geheim" not in display_name("postgresql+psycopg://onthaal:geheim@server/wegwijzer")
    # libpq also takes a password (and a client key's) from the query string
    assert "geheim" not in display_name("postgresql+psycopg://onthaal@server/db?password=geheim")
    assert "geheim" not in display_name("postgresql://onthaal@server/db?sslpassword=geheim")


def test_ctrl_q_closes_the_window_as_its_close_button_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClick(window.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window._shut_down  # closeEvent ran: the layout saved, the database let go


# -- quick hide ------------------------------------------------------------------------------


def test_quick_hide_leaves_nothing_telling_in_title_icon_or_taskbar(
    qtbot: QtBot, window: MainWindow, request: pytest.FixtureRequest
) -> None:
    before = QGuiApplication.applicationDisplayName()  # the next tests' own, given back
    request.addfinalizer(lambda: QGuiApplication.setApplicationDisplayName(before))
    QGuiApplication.setApplicationDisplayName("IFG-wegwijzer")
    icon = window.windowIcon().cacheKey()
    qtbot.keyClick(window, Qt.Key.Key_F12)
    shown = [window.windowTitle(), QGuiApplication.applicationDisplayName()]
    for telling in ("ifg", "wegwijzer", "geweld"):
        assert all(telling not in text.lower() for text in shown), shown
    assert window.windowIcon().cacheKey() != icon and not window.windowIcon().isNull()
    assert window.help.show_about() is None  # nothing opens behind the neutral screen
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert "IFG-wegwijzer" in window.windowTitle()
    assert QGuiApplication.applicationDisplayName() == "IFG-wegwijzer"
    assert window.windowIcon().cacheKey() == icon


# -- high contrast -------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#1aebff"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
        (QPalette.ColorRole.ToolTipBase, "#000000"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.Link, "#ffff00"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


HEX = r"#[0-9a-fA-F]{3,6}\b"
COLOUR = re.compile(rf"(?<![-\w])color\s*:\s*({HEX}|\w+\([^)]*\)|\w+)")
BACKGROUND = re.compile(rf"background(?:-color)?\s*:\s*({HEX})")


def style_blocks() -> list[tuple[str, str]]:
    """(where, declarations) of every style the application sets: style.qss's rules, the
    style sheets set in code and the inline styles of rich text."""
    blocks = [
        (f"style.qss {selector.strip()}", body)
        for selector, body in re.findall(
            r"([^{}]+)\{([^}]*)\}",
            re.sub(r"/\*.*?\*/", "", (ROOT / "resources" / "style.qss").read_text(), flags=re.S),
        )
    ]
    for source in sorted((ROOT / "ifg_desktop" / "ui").rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for found in re.finditer(r"setStyleSheet\(\s*((?:f?\"[^\"]*\"\s*)+)", text):
            blocks.append((f"{source.name} setStyleSheet", found.group(1)))
        for found in re.finditer(r"style\s*=\s*[\\]?[\"']([^\"']*)", text):
            blocks.append((f"{source.name} style=", found.group(1)))
        for found in re.finditer(r"style = \"([^\"]*)\"", text):
            blocks.append((f"{source.name} style", found.group(1)))
    return blocks


def test_every_text_colour_has_its_background_or_follows_the_palette(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    """Under a dark high-contrast palette, a text colour set without its background would
    be dark on black, and a light background without a text colour white on white."""
    from ifg_desktop.ui.style import BADGE_COLOURS

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(high_contrast_palette())
    try:
        window = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
        palette = window.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        failing = []
        for where, body in style_blocks():
            colour = COLOUR.search(body)
            background = BACKGROUND.search(body)
            if colour is None and background is None:
                continue  # the palette's own text on the palette's own background
            if colour is None or background is None:
                failing.append(f"{where}: a text colour or a background alone")
                continue
            if "{" in colour.group(1) or "{" in background.group(1):
                continue  # the badge's colours: below
            ratio = contrast(QColor(colour.group(1)), QColor(background.group(1)))
            if ratio < 4.5:
                failing.append(f"{where}: {ratio:.1f}")
        for state, (back, fore) in BADGE_COLOURS.items():
            if contrast(QColor(fore), QColor(back)) < 4.5:
                failing.append(f"badge {state}")
        assert failing == []
        # The checklist, the detail and the list draw on the palette: white on black here.
        label = window.checklist.findChild(QLabel, "checklistHeading")
        assert label is not None
        assert contrast(label.palette().color(label.foregroundRole()), QColor("#000000")) > 7
    finally:
        app.setPalette(before)


# -- large text ----------------------------------------------------------------------------


def test_labels_are_not_clipped_with_text_twice_as_large(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(large)
    try:
        window = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
        window.resize(1920, 1080)
        # The style sheet's point sizes are the window's text: twice those too.
        window.setStyleSheet(
            re.sub(
                r"(\d+(?:\.\d+)?)pt",
                lambda m: f"{float(m.group(1)) * 2:g}pt",
                window.styleSheet(),
            )
        )
        select_first(qtbot, window)
        critical = next(k for k in window.checklist.item_keys() if window.checklist.is_critical(k))
        window.checklist.set_ticked(critical)
        qtbot.wait(50)
        clipped = []
        for label in window.findChildren(QLabel):
            if not label.isVisible() or not label.text() or label.wordWrap():
                continue
            if label.sizeHint().width() > label.width() + 1:
                clipped.append(f"{label.objectName() or label.text()[:30]}")
        assert clipped == []
    finally:
        app.setFont(before)


# -- colour is never the only signal --------------------------------------------------------


def test_state_and_audience_say_it_in_words(qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    for row in range(model.rowCount()):
        state = model.index(row, ServiceTableModel.STATE).data()
        audience = model.index(row, ServiceTableModel.AUDIENCE).data()
        assert state and audience, row

"""The window in English and French: no Dutch left on screen; the language is chosen once,
remembered, and dates follow it (never the C locale)."""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ifg_desktop import i18n
from ifg_desktop.db import Database
from ifg_desktop.ui.language import (
    LANGUAGE_KEY,
    apply_language,
    choose_language,
    install_language_menu,
    remove_language,
)
from ifg_desktop.ui.main_window import MainWindow, window_settings
from tests.i18n.test_catalogues import tool
from tests.ui.test_main_window import TUESDAY_MORNING, FakeClock

_TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def language_in_use(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    apply_language(request.param)
    yield request.param
    remove_language()
    QLocale.setDefault(before)


def dutch_left_behind(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The Dutch sources whose translation into ``language`` is not the same text: exact
    ones, and patterns for those with placeholders."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for message in tool.read_ts(tool.ts_file(language))[1]:
        source = message.source
        if message.obsolete or (message.finished and message.translation == source):
            continue
        words = re.sub(r"\{\w+\}", "", source)
        if "{" in source:
            if len(re.findall(r"[A-Za-zÀ-ÿ]", words)) >= 4:  # not "{a} — {b}"
                parts = re.split(r"\{\w+\}", source)
                patterns.append(re.compile(".+?".join(re.escape(part) for part in parts)))
        elif re.search(r"[A-Za-zÀ-ÿ]{2}", source):
            exact.add(source)
            exact.add(source.replace("&", ""))
    return exact, patterns


# The directory's own words, which stay as the coordinators wrote them: every text column
# of these tables but the identifiers, and the strings inside their JSON lists. Not the
# themes: the shipped ones are translated like the interface.
_DATA_TABLES = (
    "organization",
    "service",
    "location",
    "phone",
    "schedule",
    "schedule_exception",
    "fact_source",
)
_NOT_WORDS = {"key", "status", "kind", "fact", "timezone", "country", "ordinals"}
DATA = "\N{REPLACEMENT CHARACTER}"


def data_in(path: Path) -> list[str]:
    """The directory's own texts in the database at ``path``, longest first (so a long
    text is taken out whole before a shorter one inside it)."""
    found: set[str] = set()
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as db:
        for table in _DATA_TABLES:
            columns = [
                row[1]
                for row in db.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in _NOT_WORDS
                and row[2].upper().startswith(("TEXT", "VARCHAR", "JSON"))
            ]
            for column in columns:
                for (value,) in db.execute(f'SELECT "{column}" FROM "{table}"'):
                    if not isinstance(value, str):
                        continue
                    if value.startswith("["):  # a JSON list of notes or keywords
                        found |= {item for item in json.loads(value) if isinstance(item, str)}
                    else:
                        found.add(value)
    return sorted((text for text in found if len(text.strip()) >= 3), key=len, reverse=True)


def without_the_data(text: str, data: list[str]) -> str:
    """``text`` as read, with each of the directory's own texts in it replaced by one
    neutral character: what is left is the interface's words around the data."""
    plain = html.unescape(text)
    for value in data:
        if value in plain:
            plain = plain.replace(value, DATA)
    return plain


def texts_on_screen(window: MainWindow) -> set[str]:
    """Every text a worker can see or hear in the window: widgets, menus, headers."""
    found: set[str] = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        found |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        found.add(widget.statusTip())
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QLineEdit):
            found |= {widget.placeholderText(), widget.text()}
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QTabBar):
            found |= {widget.tabText(i) for i in range(widget.count())}
            found |= {widget.tabToolTip(i) for i in range(widget.count())}
        elif isinstance(widget, QMenu):
            found.add(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for orientation, count in (
                (Qt.Orientation.Horizontal, model.columnCount()),
                (Qt.Orientation.Vertical, 0),
            ):
                for section in range(count):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.headerData(section, orientation, role)
                        if isinstance(value, str):
                            found.add(value)
    for action in window.findChildren(QAction):
        found |= {action.text(), action.toolTip(), action.statusTip(), action.iconText()}
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.add(menu.title())
    plain = {_TAG.sub("", text) for text in found if "<" in text}
    return {text.strip() for text in found | plain if text and text.strip()}


@pytest.mark.parametrize("language_in_use", ["en", "fr"], indirect=True)
def test_no_dutch_is_left_in_the_window(
    qtbot: QtBot, database: Database, db_path: Path, settings_dir: Path, language_in_use: str
) -> None:
    window = MainWindow(clock=FakeClock(TUESDAY_MORNING))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=10_000):
        window.attach(database)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    window.table.selectRow(0)  # the detail of a service, with its labels
    qtbot.wait(50)

    assert_no_dutch_left(window, db_path, language_in_use)
    assert window.language_menu.title() != "&Taal"
    # The languages a service speaks are named in the window's language (not as in Taal).
    spoken = {action.text() for action in window.filters.languages.menu().actions()}
    assert {"en": "Dutch", "fr": "néerlandais"}[language_in_use] in spoken
    assert "Nederlands" not in spoken


@pytest.mark.parametrize("language_in_use", ["fr"], indirect=True)
def test_shipped_themes_in_the_language_and_a_renamed_one_as_written(
    qtbot: QtBot, database: Database, db_path: Path, settings_dir: Path, language_in_use: str
) -> None:
    with closing(sqlite3.connect(db_path)) as db, db:
        db.execute("UPDATE theme SET label = 'Verslaving en gokken' WHERE key = 'verslaving'")
    window = MainWindow(clock=FakeClock(TUESDAY_MORNING))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=10_000):
        window.attach(database)
    menu = {a.data(): a.text() for a in window.filters.themes.menu().actions()}
    assert menu["partnergeweld"] == "Violence conjugale"
    assert menu["online-veiligheid"] == "Sécurité en ligne et exploitation sexuelle"
    assert menu["crisis"] == "Crise"
    assert menu["verslaving"] == "Verslaving en gokken"  # a coordinator's words: as written
    with closing(sqlite3.connect(db_path)) as db:  # what is stored stays Dutch
        stored = dict(db.execute("SELECT key, label FROM theme"))
    assert stored["partnergeweld"] == "Partnergeweld"


def assert_no_dutch_left(window: MainWindow, db_path: Path, language: str) -> None:
    """Fail on any interface text still in Dutch. A whole text that is a Dutch source fails
    as it is; texts with placeholders are matched once the data is taken out, so a service's
    description or a source's "— regel 719" never passes for an untranslated sentence."""
    exact, patterns = dutch_left_behind(language)
    data = data_in(db_path)
    # Beeld → Taal names each language in itself ("Nederlands", "English", "Français"),
    # in every language: not Dutch left behind, even though "Nederlands" is also a source.
    own_names = {action.text() for action in window.language_menu.actions()}
    shown = texts_on_screen(window) - own_names
    left = {text for text in shown if text in exact}
    for text in shown:
        around_the_data = without_the_data(text, data)
        if around_the_data == DATA:
            continue  # only data: a service's name or description
        if around_the_data in exact or any(p.fullmatch(around_the_data) for p in patterns):
            left.add(text)
    assert not left, f"Dutch left in the {language} window:\n" + "\n".join(sorted(left))


def test_the_menu_offers_each_language_and_remembers_the_choice(
    qtbot: QtBot, settings_dir: Path
) -> None:
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    window = QMainWindow()
    qtbot.addWidget(window)
    settings = window_settings()
    view = window.menuBar().addMenu("Beel&d")
    menu = install_language_menu(view, window, settings)
    choices = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in choices] == ["Nederlands", "English", "Français"]
    assert [a.isChecked() for a in choices] == [True, False, False]

    choices[2].trigger()
    assert settings.value(LANGUAGE_KEY) == "fr"
    assert [a.isChecked() for a in choices] == [False, False, True]
    box = window.findChild(QMessageBox, "languageChanged")
    assert box is not None and box.isVisible()
    assert "prochain démarrage" in box.text()  # said in the language chosen
    box.close()
    assert choose_language(settings) == "fr"
    assert i18n.current_language() == "nl"  # this window stays as it is until the next start


def test_without_a_choice_the_system_language_or_dutch(settings_dir: Path) -> None:
    settings = QSettings(str(settings_dir / "empty.ini"), QSettings.Format.IniFormat)
    system = QLocale.system().uiLanguages()
    expected = next(
        (name.split("-")[0] for name in system if name.split("-")[0] in ("nl", "en", "fr")), "nl"
    )
    assert choose_language(settings) == expected
    settings.setValue(LANGUAGE_KEY, "klingon")  # an unknown code is no choice
    assert choose_language(settings) == expected


_DATE_SCRIPT = """
import json, sys
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from ifg_desktop.ui.language import apply_language, choose_language

app = QApplication([])
app.setOrganizationName("ifg-desktop")
app.setApplicationName("IFG-wegwijzer")
if sys.argv[1] != "-":
    QSettings("ifg-desktop", "IFG-wegwijzer").setValue("language", sys.argv[1])
code = choose_language()
apply_language(code)
from ifg_desktop.ui.filters import FilterBar

bar = FilterBar()
moment = bar.findChild(QDateTimeEdit, "momentEdit")
moment.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(10, 0)))
print(json.dumps({"code": code, "day": QLocale().dayName(1), "box": moment.text()}))
"""


@pytest.mark.parametrize(
    ("remembered", "code", "day", "short_day"),
    [("-", "nl", "maandag", "ma"), ("en", "en", "Monday", "Mon"), ("fr", "fr", "lundi", "lun")],
)
def test_dates_follow_the_language_under_the_c_locale(
    tmp_path: Path, remembered: str, code: str, day: str, short_day: str
) -> None:
    environment = {
        **os.environ,
        "LANG": "C",
        "LC_ALL": "C",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    environment.pop("LANGUAGE", None)
    done = subprocess.run(
        [sys.executable, "-c", _DATE_SCRIPT, remembered],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == code
    assert seen["day"] == day
    assert seen["box"].startswith(short_day)
    assert seen["box"].endswith("30/11/2026 10:00")


@pytest.mark.parametrize(
    ("language_in_use", "one", "two"),
    [("nl", "1 j", "2 j"), ("en", "1 year", "2 years"), ("fr", "1 an", "2 ans")],
    indirect=["language_in_use"],
)
def test_the_age_in_years_reads_naturally(
    qtbot: QtBot, language_in_use: str, one: str, two: str
) -> None:
    from ifg_desktop.ui.filters import AgeFilter

    age = AgeFilter()
    qtbot.addWidget(age)
    age.years.setValue(1)
    assert age.years.text() == one
    age.years.setValue(2)
    assert age.years.text() == two
    age.years.setValue(-1)  # typed from the dash: the unit changes under the cursor
    age.years.lineEdit().selectAll()
    qtbot.keyClicks(age.years, "12")
    assert age.years.value() == 12
    assert age.years.text() == two.replace("2", "12", 1)


@pytest.mark.parametrize("language_in_use", ["nl", "en", "fr"], indirect=True)
def test_each_alt_letter_of_the_window_opens_one_thing(
    qtbot: QtBot, database: Database, settings_dir: Path, language_in_use: str
) -> None:
    """With the keyboard alone, Alt+letter must reach its menu or filter at the first press:
    two owners of one letter make Qt go round them."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_main_window import shown_window

    main = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
    qtbot.waitUntil(lambda: main.coordinator is not None and main.files is not None, timeout=5000)
    texts = [action.text() for action in main.menuBar().actions()]
    texts += [label.text() for label in main.filters.findChildren(QLabel) if label.buddy()]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(letters) >= 8  # the menus and the filters' labels
    assert sorted(letters) == sorted(set(letters)), texts

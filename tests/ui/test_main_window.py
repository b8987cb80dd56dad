"""The front-desk window, driven as a worker would: type, filter, read, tick, start over."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.ui.main_window import MainWindow
from ifg_desktop.ui.results_model import KeyRole, ServiceTableModel
from tests.conftest import brussels
from tests.directory.test_acute import add_phone

TUESDAY_MORNING = brussels("2026-12-01 10:00")
SATURDAY_NIGHT = brussels("2026-11-28 23:00")


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_MORNING)


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, clock: FakeClock, settings_dir: Path
) -> Iterator[MainWindow]:
    yield shown_window(qtbot, database, clock)


def shown_window(qtbot: QtBot, database: Database, clock: FakeClock) -> MainWindow:
    """The window on a full-HD screen, showing ``database``, as ifg-desktop starts it: every
    seed service is on screen at once (smaller screens: test_screen_sizes.py)."""
    main = MainWindow(clock=clock)
    qtbot.addWidget(main)
    main.resize(1920, 1080)
    main.show()
    qtbot.waitExposed(main)
    main.attach(database)
    return main


def rows(window: MainWindow, column: int = ServiceTableModel.NAME) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def keys(window: MainWindow) -> list[str]:
    return [window.model.index(row, 0).data(KeyRole) for row in range(window.model.rowCount())]


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.query_applied, timeout=2000):
        qtbot.keyClicks(window.search, text)


def test_required_object_names_exist_with_accessible_names(window: MainWindow) -> None:
    for name in (
        "searchEdit", "ageFilter", "urgencyFilter", "availabilityFilter", "audienceFilter",
        "themeFilter", "resetFiltersButton", "serviceTable", "resultCountLabel", "serviceDetail",
        "checklistPanel", "acuteBanner", "emergencyStrip", "newConversationButton",
    ):  # fmt: skip
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        if name != "acuteBanner":  # its name is its text, set when it shows
            assert widget.accessibleName(), name


def test_search_box_has_focus_at_start(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.search.hasFocus(), timeout=2000)


def test_results_follow_typing(qtbot: QtBot, window: MainWindow) -> None:
    assert len(keys(window)) == 17
    type_search(qtbot, window, "team")
    assert set(keys(window)) == {"crisisteam-plus18", "crisisteam-min18"}
    qtbot.waitUntil(lambda: window.count.text() == "2 diensten")


def test_hostile_typing_never_breaks_the_window(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, 'NEAR("(*-')
    assert window.count.text()  # still answering
    window.search.clear()
    qtbot.waitUntil(lambda: len(keys(window)) == 17)


def test_age_and_urgency_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.filters.age.years.setValue(2)
    window.filters.urgency.setCurrentIndex(window.filters.urgency.findText("Acuut"))
    qtbot.waitUntil(lambda: "crisisteam-plus18" not in keys(window))
    found = set(keys(window))
    assert {"politie", "child-focus", "crisisteam-min18", "zsg"} <= found
    assert "1712" not in found  # not for acute situations


def test_client_only_audience_hides_professional_numbers(qtbot: QtBot, window: MainWindow) -> None:
    window.filters.audience.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "vk" not in keys(window))
    assert "Enkel prof." not in rows(window, ServiceTableModel.AUDIENCE)


def test_theme_filter_several_at_once(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.query_applied):
        window.filters.themes.set_selected(frozenset({"juridisch", "verslaving"}))
    assert {"bjb-antwerpen", "de-sleutel"} <= set(keys(window))
    assert "politie" not in keys(window)


def test_reset_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.filters.age.unborn.setChecked(True)
    window.filters.availability.setCurrentIndex(3)  # 24 op 7
    qtbot.waitUntil(lambda: len(keys(window)) < 17)
    qtbot.mouseClick(window.filters.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(keys(window)) == 17)
    assert window.filters.age_months() is None


def test_badges_follow_the_chosen_moment(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    def badge(key: str) -> str:
        row = window.model.row_of(key)
        assert row is not None
        return window.model.index(row, ServiceTableModel.STATE).data()

    assert badge("1712") == "Open — sluit om 16:00"
    assert badge("politie") == "Open — 24 op 7"
    assert badge("veilig-huis") == "Uren onbekend"
    window.filters.set_moment(SATURDAY_NIGHT)
    qtbot.waitUntil(lambda: window.model.moment == SATURDAY_NIGHT)
    assert "1712" not in keys(window)  # "open op" drops what is closed then
    window.filters.availability.setCurrentIndex(0)  # any: states still at now (Tuesday)
    qtbot.waitUntil(lambda: window.model.row_of("1712") is not None)
    assert badge("1712") == "Open — sluit om 16:00"
    clock.moment = SATURDAY_NIGHT  # the clock moves on; a refresh shows it
    window.refresh()
    assert badge("1712") == "Gesloten — opent ma 09:00"


def test_detail_shows_professional_banner_and_missing_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "veilig huis")
    window.table.selectRow(0)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.record is not None)
    assert detail.record is not None and detail.record.key == "veilig-huis"
    banner = detail.findChild(QWidget, "professionalBanner")
    assert banner is not None and "niet aan de cliënt" in banner.text()
    assert detail.findChild(QWidget, "phoneMissing") is not None
    assert detail.findChild(QWidget, "verifiedWarning") is not None


def test_copy_a_number_from_the_detail(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "juridische bijstand")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.detail.copy_buttons))
    button = window.detail.copy_buttons[0]
    with qtbot.waitSignal(window.detail.copied):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "032607280"


def test_keyboard_only_flow(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.search.hasFocus())
    type_search(qtbot, window, "1712")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # to the first result
    assert window.table.hasFocus()
    assert window.current_service_key() == "1712"
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1712"
    flag = window.checklist.box(window.checklist.item_keys()[0])
    flag.setFocus()
    qtbot.keyClick(flag, Qt.Key.Key_Space)
    assert flag.isChecked()
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not flag.isChecked() and window.search.text() == ""


def test_critical_flag_shows_acute_banner(qtbot: QtBot, window: MainWindow) -> None:
    critical = next(k for k in window.checklist.item_keys() if window.checklist.is_critical(k))
    assert not window.acute.isVisible()
    qtbot.mouseClick(window.checklist.box(critical), Qt.MouseButton.LeftButton)
    assert window.acute.isVisible()
    assert "101" in window.acute.text() and "112" in window.acute.text()
    assert "crisisteam" in window.acute.text().lower()


def test_the_acute_banner_follows_the_conversation(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    """An adult: the crisis team +18, whose number is not filled in as shipped, so the
    banner says so and keeps 101/112. A child involved: the child's path. A number a
    coordinator fills in shows at once."""
    window.checklist.set_ticked("wurging")
    lines = window.acute.text().splitlines()
    assert lines[1].startswith("1. Bel eerst de politie: 101")
    assert "CAW-crisisteam +18" in lines[2] and "nog niet ingevuld" in lines[2]
    assert "Bel intussen 101 of 112" in lines[2]
    window.checklist.set_ticked("kinderen-aanwezig")
    text = window.acute.text()
    assert (
        "crisisteam −18 (enkel via een hulpverlener)" in text and "wachtdienst van het VK" in text
    )
    assert "+18" not in text
    window.checklist.clear()
    window.filters.age.years.setValue(30)
    add_phone(database, "crisisteam-plus18", "+3232607281")
    with qtbot.waitSignal(window.bridge.changed, timeout=5000):
        pass
    window.checklist.set_ticked("wurging")
    assert "Bel daarna het CAW-crisisteam +18: +3232607281" in window.acute.text()


def test_non_critical_flag_does_not(qtbot: QtBot, window: MainWindow) -> None:
    mild = next(k for k in window.checklist.item_keys() if not window.checklist.is_critical(k))
    window.checklist.set_ticked(mild)
    assert not window.acute.isVisible()


def test_apply_checklist_suggestions_to_filters(qtbot: QtBot, window: MainWindow) -> None:
    critical = next(k for k in window.checklist.item_keys() if window.checklist.is_critical(k))
    window.checklist.set_ticked(critical)
    assert window.checklist.apply_button.isEnabled()
    qtbot.mouseClick(window.checklist.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "politie" in keys(window) and len(keys(window)) < 17)
    assert window.suggestions.isVisible()
    qtbot.mouseClick(window.suggestions, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.suggestions.isVisible())


def test_kindreflex_for_children_present_or_a_child_age(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.checklist.kindreflex.isVisible()
    window.filters.age.years.setValue(4)
    qtbot.waitUntil(lambda: window.checklist.kindreflex.isVisible())
    window.filters.age.years.setValue(30)
    qtbot.waitUntil(lambda: not window.checklist.kindreflex.isVisible())
    window.checklist.set_ticked("kinderen-aanwezig")
    assert window.checklist.kindreflex.isVisible()
    steps = window.checklist.kindreflex.findChildren(QWidget, "kindreflexStep")
    assert len(steps) == 6


def test_new_conversation_clears_everything(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "kind")
    window.filters.age.years.setValue(3)
    window.filters.urgency.setCurrentIndex(2)
    window.filters.themes.set_selected(frozenset({"crisis"}))
    critical = next(k for k in window.checklist.item_keys() if window.checklist.is_critical(k))
    window.checklist.set_ticked(critical)
    window.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == ""
    assert window.filters.age_months() is None
    assert window.filters.urgency_value() is None
    assert window.filters.themes.selected() == frozenset()
    assert window.checklist.ticked() == frozenset()
    assert not window.acute.isVisible()
    assert window.detail.record is None
    assert len(keys(window)) == 17


def test_quick_hide_with_f12_and_double_escape(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setApplicationDisplayName("IFG-wegwijzer")
    icon = window.windowIcon().cacheKey()
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.is_hidden_screen and window.windowTitle() == "Onthaal"
    # Qt appends the display name to every title: the title bar and taskbar say "Onthaal".
    assert QGuiApplication.applicationDisplayName() == "Onthaal"
    assert window.windowIcon().cacheKey() != icon
    assert not window.emergency.isVisible() and not window.table.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert not window.is_hidden_screen
    assert QGuiApplication.applicationDisplayName() == "IFG-wegwijzer"
    assert window.windowTitle() == "IFG-wegwijzer" and window.windowIcon().cacheKey() == icon
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_hidden_screen  # one Escape is not enough
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.is_hidden_screen


def test_item_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model, force_py=True)


def test_results_fetch_more_as_the_table_scrolls(
    qtbot: QtBot, database: Database, clock: FakeClock
) -> None:
    from ifg_desktop.ui import results_model

    model = ServiceTableModel(clock)
    original = results_model.PAGE_SIZE
    results_model.PAGE_SIZE = 5
    try:
        model.set_database(database)
        assert model.rowCount() == 5 and model.canFetchMore()
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 17
    finally:
        results_model.PAGE_SIZE = original


def test_window_fits_a_small_laptop(window: MainWindow) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768
    header = window.table.horizontalHeader()
    right_edge = header.sectionViewportPosition(ServiceTableModel.STATE) + header.sectionSize(
        ServiceTableModel.STATE
    )
    assert right_edge <= window.table.viewport().width() + 1  # the state column is in view


def test_a_coordinator_change_elsewhere_shows_within_two_seconds(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    from dataclasses import replace

    from ifg_desktop.directory.editing import load_service, update_service
    from ifg_desktop.directory.seed import open_directory

    qtbot.waitUntil(lambda: window.coordinator is not None, timeout=5000)
    assert window.coordinator is not None
    assert window.coordinator.menu.objectName() == "coordinatorMenu"
    assert window.coordinator.menu.menuAction() in window.menuBar().actions()
    type_search(qtbot, window, "1712")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.record is not None)
    other = open_directory(str(db_path))  # another instance on the same file
    editable = load_service(other, "1712")
    assert editable is not None
    update_service(
        other,
        replace(editable.draft, name="1712 — hulplijn geweld"),
        expected_version=editable.version,
        by="An",
    )
    qtbot.waitUntil(lambda: rows(window) == ["1712 — hulplijn geweld"], timeout=2000)
    qtbot.waitUntil(
        lambda: (
            window.detail.record is not None
            and window.detail.record.name == "1712 — hulplijn geweld"
        ),
        timeout=2000,
    )
    other.dispose()


def test_file_menu_import_waits_for_coordinator_mode(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.files is not None, timeout=5000)
    assert window.files is not None and window.coordinator is not None
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus[0] == "Bestand" and "Coördinator" in menus
    assert window.files.export_action.isEnabled()  # reading is for everyone
    assert not window.files.import_action.isEnabled()  # changing the list is not
    assert not window.files.restore_action.isEnabled()
    window.coordinator.coordinator = "Bea"  # as unlocking does
    window.coordinator.mode_changed.emit(True)
    assert window.files.import_action.isEnabled() and window.files.actor == "Bea"


def test_a_selective_search_fills_its_page_in_steps(
    qtbot: QtBot, database: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ifg_desktop.directory import query
    from ifg_desktop.ui import results_model

    # Three services of the directory per step, as 2,000 would be at a region's size (and
    # as 500 would before the paint).
    monkeypatch.setattr(query, "SCAN_SERVICES", 3)
    monkeypatch.setattr(results_model, "FIRST_STEP_SCAN", 3)
    model = ServiceTableModel(clock)
    model.set_database(database)
    assert model.rowCount() <= 3 and model.filling  # what one step found, at once
    qtbot.waitUntil(lambda: not model.filling and model.rowCount() == 17)
    names = [model.index(row, 0).data() for row in range(17)]
    assert names == sorted(names, key=str.casefold)


def test_typing_on_narrows_the_rows_held_without_asking_again(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from ifg_desktop.directory import query as engine
    from ifg_desktop.directory.query import find_rows, find_rows_step

    asked: list[str] = []

    def counted(*args: object, **kwargs: object) -> object:
        asked.append(window.search.text())
        return find_rows_step(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "find_rows_step", counted)
    typed = [*"crisis", " ", *"te", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, " ", "p"]
    for key in typed:
        with qtbot.waitSignal(window.query_applied, timeout=2000):
            qtbot.keyClick(window.search, key)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not window.model.filling)
        query = replace(window.current_query(), moment=window.model.moment)
        assert keys(window) == [row.key for row in find_rows(database, query)], query
    # The shipped directory fits in one page, so every narrower search is answered from the
    # rows held, and typing back from the searches before. Only "cri" had to ask (a step per
    # part of the results): "cr" is a word start, "cri" a part of a word, which may be found
    # where "cr" was not. And "crisis te": "te" is a stop word, not required, so the search
    # is wider than "crisis t".
    assert set(asked) == {"cri", "crisis te"}


def test_nu_open_asks_again_when_the_minute_turns(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    clock.moment = brussels("2026-12-01 15:59:30")  # 1712 answers on weekdays until 16:00
    window.filters.availability.setCurrentIndex(1)  # nu open
    type_search(qtbot, window, "1712")
    assert "1712" in keys(window)
    clock.moment = brussels("2026-12-01 15:59:55")  # the same minute: the same answer
    type_search(qtbot, window, " ")
    assert "1712" in keys(window)
    clock.moment = brussels("2026-12-01 16:00:05")
    type_search(qtbot, window, " ")
    assert "1712" not in keys(window)


def test_a_sparse_search_gets_its_rows_although_steps_find_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step that finds nothing changes nothing on screen, so no paint comes to start the
    next one: the window must go on by itself (it waited until the mouse moved)."""
    from functools import partial

    from ifg_desktop.directory import query
    from ifg_desktop.directory.query import ServiceQuery, find_rows, find_rows_step

    # One service of the directory per step: most steps of a selective search find nothing.
    monkeypatch.setattr(query, "find_rows_step", partial(find_rows_step, scan=1))
    type_search(qtbot, window, "ze")
    qtbot.waitUntil(lambda: not window.model.filling and not window.is_counting)
    type_search(qtbot, window, "l")  # "zel": a part of a word now, asked again in steps
    qtbot.waitUntil(lambda: not window.model.filling, timeout=3000)
    assert keys(window) == [r.key for r in find_rows(database, ServiceQuery(text="zel"))]
    assert len(keys(window)) > 1  # several, far apart in display order


def test_the_selection_stays_when_the_data_changes_although_rows_come_in_steps(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 420)  # a few rows on screen: the rest of the page comes after it
    qtbot.waitUntil(lambda: window.table.rows_in_view() < 8)
    window.model.reload()
    qtbot.waitUntil(lambda: not window.model.filling)
    last = window.model.rowCount() - 1
    assert last >= window.table.rows_in_view()
    window.table.selectRow(last)
    qtbot.waitUntil(lambda: window.detail.record is not None)
    chosen = window.current_service_key()
    window.refresh()  # as after an edit, an import or another instance's change
    assert window.model.rowCount() < last + 1  # only the screen at once
    qtbot.waitUntil(lambda: not window.model.filling)
    assert window.current_service_key() == chosen
    qtbot.waitUntil(lambda: window.detail.record is not None)
    assert window.detail.record is not None and window.detail.record.key == chosen


def test_a_team_searches_its_shared_postgresql_database(
    qtbot: QtBot, pg_database: Database, clock: FakeClock, settings_dir: Path
) -> None:
    """The window over a PostgreSQL server: typing narrows as on SQLite, the count and the
    detail pane follow (the words matched with LIKE instead of the FTS5 index)."""
    from ifg_desktop.directory.query import find_rows

    main = shown_window(qtbot, pg_database, clock)
    for text in ("cri", "sis", " te", "am"):
        type_search(qtbot, main, text)
        qtbot.waitUntil(lambda: not main.model.filling and not main.is_counting)
        query = main.current_query().at(main.model.moment)
        assert keys(main) == [row.key for row in find_rows(pg_database, query)]
    assert keys(main) == ["crisisteam-plus18", "crisisteam-min18"]
    assert main.count.text() == "2 diensten"
    main.table.selectRow(0)
    qtbot.waitUntil(lambda: main.detail.record is not None)
    assert main.detail.record is not None and main.detail.record.key == "crisisteam-plus18"


def test_a_name_typed_then_enter_copies_its_number(qtbot: QtBot, window: MainWindow) -> None:
    """The worker types what the client said and presses Enter: the best answer is chosen."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.search.hasFocus())
    type_search(qtbot, window, "politie")
    qtbot.waitUntil(lambda: not window.model.filling)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_service_key() == "politie"
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "101"


def test_enter_chooses_the_best_answer_of_the_new_search(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "1712")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_service_key() == "1712"
    window.search.clear()
    window.search.setFocus()
    type_search(qtbot, window, "zelfmoordlijn")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_service_key() == "zelfmoordlijn"


def test_a_typo_says_what_was_meant(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "zelfmordlijn")
    assert keys(window)[0] == "zelfmoordlijn"
    assert window.search_note.isVisible()
    assert "Bedoelde je “zelfmoordlijn”?" in window.search_note.text()
    window.search.clear()
    qtbot.waitUntil(lambda: not window.search_note.isVisible())


def test_a_phrase_no_service_fits_shows_those_that_fit_most(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "politie qxzwv")
    assert keys(window)[0] == "politie"
    assert "Geen dienst past bij alle woorden" in window.search_note.text()
    assert "“qxzwv”" in window.search_note.text()


def test_a_red_flag_typed_shows_its_advice_without_ticking(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "hij heeft haar gewurgd")
    assert window.flag_note.isVisible()
    text = window.flag_note.text()
    assert "101" in text and "112" in text and "Wurging" in text
    assert window.flag_note.property("critical") is True
    assert not any(window.checklist.box(k).isChecked() for k in window.checklist.item_keys())
    assert not window.acute.isVisible()  # the banner is for what is ticked
    window.search.clear()
    qtbot.waitUntil(lambda: not window.flag_note.isVisible())


def test_the_start_readies_the_search_beside_the_first_page(
    qtbot: QtBot, database: Database, clock: FakeClock, settings_dir: Path
) -> None:
    """At its start the window reads the directory's words on a thread of its own and
    takes what the session keeps out of the garbage collector's rounds; a word nobody has
    then finds nothing without a search of the index."""
    import gc

    from ifg_desktop.directory import search_plan

    gc.unfreeze()
    window = shown_window(qtbot, database, clock)
    qtbot.waitUntil(lambda: search_plan._loaded_words(database) is not None)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    type_search(qtbot, window, "zzqxw")
    qtbot.waitUntil(lambda: not window.model.filling and not window.is_counting)
    assert keys(window) == []
    assert window.count.text().startswith("Geen diensten gevonden")


def test_the_guide_answers_from_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    """ "vluchthuis" offers the guide's section on the shelter route; its link opens the
    Leidraad beside the list, at that section."""
    assert window.side.currentWidget() is window.checklist
    type_search(qtbot, window, "vluchthuis")
    qtbot.waitUntil(lambda: window.guide_note.isVisible())
    assert "Opvang in een vluchthuis" in window.guide_note.text()
    window.guide_note.linkActivated.emit("opvang-vluchthuis")
    assert window.side.currentWidget() is window.guide
    qtbot.waitUntil(lambda: "CAW of 1712" in window.guide.view.toPlainText())
    assert "Bron: Basisvorming IFG" in window.guide.view.toPlainText()
    window.search.clear()
    qtbot.waitUntil(lambda: not window.guide_note.isVisible())
    qtbot.keyClick(
        window.search,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.side.currentWidget() is window.checklist
    qtbot.keyClick(window.search, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.side.currentWidget() is window.guide


@pytest.mark.parametrize(("wide_text", "narrow_text"), [("", "crisis"), ("cr", "cr crisisteam")])
def test_a_ranked_search_is_no_narrowing_of_one_in_display_order(
    qtbot: QtBot, any_database: Database, wide_text: str, narrow_text: str
) -> None:
    """Text pasted into an empty box, or keys that arrive at once: the wider search was
    read in display order alone, the narrower one puts names first. Its rows are read
    afresh, in the window too: none is left out past the rows the wider one held."""
    from dataclasses import replace

    from ifg_desktop.directory.query import ServiceQuery, find_rows, narrows

    when = brussels("2026-12-01 10:30")
    wider = ServiceQuery(text=wide_text, moment=when)
    narrower = replace(wider, text=narrow_text)
    assert not narrows(any_database, wider, narrower)
    model = ServiceTableModel(lambda: when)
    model.rows_in_view = lambda: 4  # a small screen: the wider search holds few rows
    model.set_database(any_database)
    model.set_query(wider)
    model.set_query(narrower)

    def read_to_the_end() -> bool:
        if model.canFetchMore():
            model.fetchMore()
        return not model.canFetchMore() and not model.filling

    qtbot.waitUntil(read_to_the_end, timeout=20_000)
    shown = [model.row(i).key for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert shown == [r.key for r in find_rows(any_database, narrower)]


def test_the_list_stays_put_while_a_note_goes_during_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "crisisteam" shows the guide's shelter route and "crisisteam an" does not: the list
    keeps its place while the word is typed (it moved a line at each such key), and moves up
    once the typing pauses."""
    from itertools import pairwise

    from PySide6.QtCore import QPoint

    from ifg_desktop.ui.steady_notes import SETTLE_MS

    def top() -> int:
        qtbot.wait(5)  # the layout's request is posted
        return window.table.mapTo(window, QPoint(0, 0)).y()

    def noted() -> bool:
        return any(n.isVisible() for n in (window.flag_note, window.search_note, window.guide_note))

    tops, notes = [], []
    for key in "crisisteam an":
        type_search(qtbot, window, key)
        tops.append(top())
        notes.append(noted())
    assert any(before and not now for before, now in pairwise(notes)), notes
    assert tops == sorted(tops), tops  # down when a note came, never up while typing
    qtbot.waitUntil(lambda: not window.notes.holding, timeout=SETTLE_MS + 2000)
    if not noted():
        assert top() < max(tops)
    assert not notes[0]  # "c": no note
    window.search.clear()
    qtbot.waitUntil(lambda: not window.notes.isVisible())
    assert top() == tops[0]

"""The query engine through referral scenarios a front desk meets, on the shipped directory."""

from __future__ import annotations

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.ages import UNBORN
from ifg_desktop.directory.availability import OpenState
from ifg_desktop.directory.query import (
    AvailabilityFilter,
    ServiceQuery,
    count_services,
    find_services,
    get_service,
)
from ifg_desktop.models import Urgency
from tests.conftest import brussels


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every rule here holds on both kinds of database: SQLite and PostgreSQL."""
    return any_database


def keys(database: Database, **criteria: object) -> list[str]:
    return [record.key for record in find_services(database, ServiceQuery(**criteria))]


def test_two_year_old_acute_saturday_night(database: Database) -> None:
    found = find_services(
        database,
        ServiceQuery(
            age_months=24,
            urgency=Urgency.ACUTE,
            availability=AvailabilityFilter.OPEN,
            moment=brussels("2026-11-28 23:00"),
        ),
    )
    found_keys = {record.key for record in found}
    assert {"politie", "child-focus", "crisisteam-min18", "zsg"} <= found_keys
    assert "crisisteam-plus18" not in found_keys  # 18 and up
    assert "1712" not in found_keys  # not acute, and closed at night
    assert all(record.availability.state is OpenState.OPEN for record in found)


def test_same_child_but_only_numbers_a_client_may_call(database: Database) -> None:
    found = keys(
        database,
        age_months=24,
        urgency=Urgency.ACUTE,
        client_contact_only=True,
        moment=brussels("2026-11-28 23:00"),
    )
    assert "crisisteam-min18" not in found  # professionals only
    assert "politie" in found


def test_pregnant_woman_non_acute_tuesday_morning(database: Database) -> None:
    found = find_services(
        database,
        ServiceQuery(
            age_months=UNBORN,
            urgency=Urgency.NON_ACUTE,
            availability=AvailabilityFilter.OPEN,
            moment=brussels("2026-12-01 10:00"),
        ),
    )
    by_key = {record.key: record for record in found}
    assert {"kind-en-gezin", "ocj", "1712"} <= set(by_key)
    assert by_key["1712"].availability.state is OpenState.OPEN
    # Hours unknown: kept, and said to be unknown — never shown as closed or open.
    assert by_key["kind-en-gezin"].availability.state is OpenState.UNKNOWN
    assert "bjb-antwerpen" not in by_key  # 18 and up


def test_forty_year_old_sexual_violence_sunday_night(database: Database) -> None:
    found = find_services(
        database,
        ServiceQuery(
            age_months=40 * 12,
            themes=frozenset({"seksueel-geweld"}),
            availability=AvailabilityFilter.OPEN,
            moment=brussels("2026-11-29 23:30"),
        ),
    )
    by_key = {record.key: record for record in found}
    assert "zsg" in by_key
    assert by_key["zsg"].availability.state is OpenState.OPEN
    assert "1712" not in by_key  # closed on Sunday night


def test_teenager_missing(database: Database) -> None:
    found = keys(database, text="vermist", age_months=15 * 12, urgency=Urgency.ACUTE)
    assert found == ["child-focus"]
    assert keys(database, themes=frozenset({"vermissing"}), age_months=15 * 12) == ["child-focus"]
    # Child Focus is for minors.
    assert "child-focus" not in keys(database, themes=frozenset({"vermissing"}), age_months=30 * 12)


@pytest.mark.parametrize(
    ("moment", "state"),
    [
        # Easter Monday: whether 1712 answers on public holidays is not known (never
        # shown as closed on a guess).
        ("2026-04-06 10:00", OpenState.UNKNOWN),
        ("2026-04-07 16:30", OpenState.CLOSED),  # a weekday after 16:00
        ("2026-04-07 10:00", OpenState.OPEN),
    ],
)
def test_1712_on_easter_monday_and_weekdays(
    database: Database, moment: str, state: OpenState
) -> None:
    record = get_service(database, "1712", moment=brussels(moment))
    assert record is not None
    assert record.availability.state is state


def test_1712_after_hours_says_when_it_opens(database: Database) -> None:
    record = get_service(database, "1712", moment=brussels("2026-04-07 16:30"))
    assert record is not None
    assert record.availability.next_change == brussels("2026-04-08 09:00")


def test_open_filter_drops_closed_keeps_unknown(database: Database) -> None:
    tuesday_night = brussels("2026-12-01 22:00")
    found = find_services(
        database, ServiceQuery(availability=AvailabilityFilter.OPEN, moment=tuesday_night)
    )
    states = {record.key: record.availability.state for record in found}
    assert "1712" not in states
    assert "bjb-antwerpen" not in states
    assert states["veilig-huis"] is OpenState.UNKNOWN
    assert OpenState.CLOSED not in states.values()


def test_always_open_filter(database: Database) -> None:
    found = keys(database, availability=AvailabilityFilter.ALWAYS_OPEN)
    assert "politie" in found and "tele-onthaal" in found
    assert "1712" not in found and "veilig-huis" not in found


def test_ages_are_inclusive_and_unknown_ages_are_not_excluded(database: Database) -> None:
    assert "crisisteam-plus18" in keys(database, age_months=18 * 12)
    assert "crisisteam-plus18" not in keys(database, age_months=18 * 12 - 1)
    assert "crisisteam-min18" in keys(database, age_months=18 * 12 - 1)
    assert "de-sleutel" in keys(database, age_months=5)  # ages unknown: not ruled out


def test_unborn_matches_services_from_pregnancy_and_all_ages(database: Database) -> None:
    found = keys(database, age_months=UNBORN)
    assert {"ocj", "kind-en-gezin", "ckg", "zorggarantie-jonge-kind", "politie"} <= set(found)
    assert "bjb-antwerpen" not in found


def test_several_themes_match_any(database: Database) -> None:
    legal = set(keys(database, themes=frozenset({"juridisch"})))
    addiction = set(keys(database, themes=frozenset({"verslaving"})))
    assert "bjb-antwerpen" in legal and "de-sleutel" in addiction
    assert set(keys(database, themes=frozenset({"juridisch", "verslaving"}))) == legal | addiction


def test_do_not_refer_and_inactive_are_left_out_unless_asked(database: Database) -> None:
    from sqlalchemy import update

    from ifg_desktop.models import Service, ServiceStatus

    with database.begin() as session:
        session.execute(
            update(Service).where(Service.key == "1712").values(status=ServiceStatus.DO_NOT_REFER)
        )
        session.execute(
            update(Service).where(Service.key == "106").values(status=ServiceStatus.INACTIVE)
        )
    assert "1712" not in keys(database)
    assert "1712" in keys(database, include_not_referable=True)


def test_temporarily_closed_is_shown_closed(database: Database) -> None:
    from sqlalchemy import update

    from ifg_desktop.models import Service, ServiceStatus

    with database.begin() as session:
        session.execute(
            update(Service)
            .where(Service.key == "politie")
            .values(status=ServiceStatus.TEMPORARILY_CLOSED)
        )
    record = get_service(database, "politie", moment=brussels("2026-11-28 12:00"))
    assert record is not None and record.availability.state is OpenState.CLOSED
    assert "politie" not in keys(database, availability=AvailabilityFilter.ALWAYS_OPEN)


def test_results_come_in_alphabetical_order(database: Database) -> None:
    names = [record.name.casefold() for record in find_services(database, ServiceQuery())]
    assert names == sorted(names)


def test_paging_and_capped_count(database: Database) -> None:
    everything = keys(database)
    first = [r.key for r in find_services(database, ServiceQuery(), limit=5)]
    second = [r.key for r in find_services(database, ServiceQuery(), limit=5, offset=5)]
    assert first + second == everything[:10]
    assert count_services(database, ServiceQuery()) == len(everything)
    assert count_services(database, ServiceQuery(), cap=3) == 3
    open_query = ServiceQuery(
        availability=AvailabilityFilter.OPEN, moment=brussels("2026-12-01 22:00")
    )
    assert count_services(database, open_query) == len(find_services(database, open_query))


def test_records_are_immutable(database: Database) -> None:
    import dataclasses

    record = find_services(database, ServiceQuery())[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "x"  # type: ignore[misc]


def test_named_services_or_themes(database: Database) -> None:
    legal = set(keys(database, themes=frozenset({"juridisch"})))
    named = set(keys(database, services=frozenset({"politie", "veilig-huis"})))
    assert named == {"politie", "veilig-huis"}
    both = set(keys(database, themes=frozenset({"juridisch"}), services=frozenset({"politie"})))
    assert both == legal | {"politie"}


@pytest.mark.parametrize("availability_filter", list(AvailabilityFilter))
def test_counting_in_steps_ends_at_the_count(
    database: Database, availability_filter: AvailabilityFilter
) -> None:
    from ifg_desktop.directory.query import count_in_steps

    query = ServiceQuery(availability=availability_filter, moment=brussels("2026-12-01 22:00"))
    steps = list(count_in_steps(database, query, scan=3))
    counts = [step.total for step in steps]
    assert counts[-1] == count_services(database, query) == len(find_services(database, query))
    assert counts == sorted(counts) and len(counts) > 1
    assert [step.final for step in steps] == [False] * (len(steps) - 1) + [True]
    capped = list(count_in_steps(database, query, cap=4, scan=3))[-1]
    assert capped.final and capped.total == min(4, counts[-1])


def test_steps_given_the_rows_read_read_the_best_names_once(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window gives each step the rows it holds: the names typed from their start
    (a look in the index of names) are read for the first step only."""
    from ifg_desktop.directory import query as engine

    looks: list[str] = []
    best_names = engine._best_names

    def counted(*args: object) -> object:
        looks.append("best names")
        return best_names(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_best_names", counted)
    query = ServiceQuery(text="centrum")
    read: list[engine.ServiceRow] = []
    after = None
    while True:
        step = engine.find_rows_step(
            database, query, after=after, limit=2, scan=3, read_before=read
        )
        read += step.rows
        if step.resume_after is None:
            break
        after = step.resume_after
    steps = len(looks)
    assert [row.key for row in read] == keys(database, text="centrum")
    assert read[0].position[0] == engine.BEST_NAMES and len(read) > 4
    looks.clear()
    stepped = []
    after = None
    while True:  # without them, every step looks again
        step = engine.find_rows_step(database, query, after=after, limit=2, scan=3)
        stepped += step.rows
        if step.resume_after is None:
            break
        after = step.resume_after
    assert [row.key for row in stepped] == [row.key for row in read]
    assert steps <= 3 < len(looks)


def _steps(
    database: Database, query: ServiceQuery, *, limit: int, scan: int
) -> tuple[list[str], int]:
    """The keys read step by step, and how many steps that took."""
    from ifg_desktop.directory.query import find_rows_step

    read: list[str] = []
    after = None
    steps = 0
    while True:
        step = find_rows_step(database, query, after=after, limit=limit, scan=scan)
        steps += 1
        read += [row.key for row in step.rows]
        if step.resume_after is None:
            return read, steps
        after = step.resume_after


def test_a_step_asks_where_the_next_match_is_only_after_an_empty_window(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading on, a step reads the window right after the last one's: a search typed on
    mostly has rows there. Only an empty window asks the index where the next match is,
    so a word in one service late in the list still takes a few steps, not one a window."""
    if database.dialect != "sqlite":
        pytest.skip("only SQLite's full-text index says where the next match is")
    seeks: list[int] = []
    real = database.read

    def read(sql: str, params: object = ()) -> object:
        if sql.endswith("ORDER BY rowid LIMIT 1"):  # query._first_match_from
            seeks.append(1)
        return real(sql, params)  # type: ignore[arg-type]

    expected = keys(database, text="centrum")
    monkeypatch.setattr(database, "read", read)
    found, steps = _steps(database, ServiceQuery(text="centrum"), limit=2, scan=1000)
    assert found == expected
    # At most where a part of the results (names, keywords, all) ended with a step.
    assert len(seeks) <= 3 < steps
    # A word of the last service's text and of no other, one service a window.
    monkeypatch.undo()
    bodies = [str(b) for (b,) in database.read("SELECT body FROM service_search ORDER BY rank")]
    rare = next(w for w in bodies[-1].split() if len(w) > 4 and sum(w in b for b in bodies) == 1)
    query = ServiceQuery(text=rare)
    monkeypatch.setattr(database, "read", read)
    seeks.clear()
    found, steps = _steps(database, query, limit=4, scan=1)
    assert len(found) == 1
    assert 0 < len(seeks) <= steps <= 3 * 3 < 3 * len(bodies)  # three parts, a window each

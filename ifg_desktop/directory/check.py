"""What is overdue: services nobody verified for a year, missing contact data, old alerts.

The coordinator's worklist in the window and ``ifg-desktop check`` are both this list, most
overdue first: never verified, then by the days the verification or an alert is past due,
then what only lacks data. Archived and inactive services are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models.enums import ServiceStatus

if TYPE_CHECKING:
    from ifg_desktop.db import Database

VERIFY_EVERY = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class CheckFinding:
    key: str
    name: str
    problems: tuple[str, ...]  # codes: never_verified, verification_overdue, no_phone, …
    assured_date: date | None
    days_overdue: int | None  # days the verification is late; None = not late or never done
    alert_days_overdue: int | None = None  # days since an alert's end date; None = none expired
    to_verify: tuple[str, ...] = ()  # facts whose source is old or indirect (provenance.py)

    @property
    def never_verified(self) -> bool:
        return "never_verified" in self.problems

    @property
    def most_days_overdue(self) -> int | None:
        days = [d for d in (self.days_overdue, self.alert_days_overdue) if d is not None]
        return max(days) if days else None

    def sort_key(self) -> tuple[int, int]:
        """Never verified first, then the longest past a date, then only missing data."""
        if self.never_verified:
            return (0, 0)
        most = self.most_days_overdue
        return (1, -most) if most is not None else (2, 0)


# By problem code; shown through ``problem_text`` in the language in use.
PROBLEM_TEXT = {
    "never_verified": QT_TRANSLATE_NOOP("check", "nooit geverifieerd"),
    "verification_overdue": QT_TRANSLATE_NOOP(
        "check", "laatste verificatie langer dan 12 maanden geleden"
    ),
    "no_phone": QT_TRANSLATE_NOOP("check", "geen telefoonnummer (aan te vullen)"),
    "no_contact": QT_TRANSLATE_NOOP(
        "check", "geen enkele contactgegeven (telefoon, e-mail of website)"
    ),
    "hours_unknown": QT_TRANSLATE_NOOP("check", "openingsuren onbekend (aan te vullen)"),
    "alert_expired": QT_TRANSLATE_NOOP("check", "waarschuwing verlopen"),
    "source_to_verify": QT_TRANSLATE_NOOP("check", "bron te verifiëren"),
}


# One statement for the whole list, whatever the directory's size (and one for the facts to
# verify): which services have a phone and known hours is asked of the indexes once, as a
# set, not service by service. ``f`` (flags): 1 = a phone, 2 = e-mail or website, 4 = hours
# known; ``u``: the alert's end date, when there is an alert.
_ROWS_SQL = (
    "SELECT s.display_rank AS r, s.key AS k, s.name AS n, s.assured_date AS a, "
    "CASE WHEN s.alert IS NOT NULL AND s.alert <> '' THEN s.alert_until END AS u, "
    "CASE WHEN s.id IN (SELECT p.service_id FROM phone p) THEN 1 ELSE 0 END"
    " + CASE WHEN (s.email IS NOT NULL AND s.email <> '')"
    " OR (s.url IS NOT NULL AND s.url <> '') THEN 2 ELSE 0 END"
    " + CASE WHEN s.id IN (SELECT c.service_id FROM schedule c WHERE c.always_open = ?"
    " OR EXISTS (SELECT 1 FROM schedule_window w WHERE w.schedule_id = c.id)"
    " OR EXISTS (SELECT 1 FROM schedule_exception e WHERE e.schedule_id = c.id))"
    " THEN 4 ELSE 0 END AS f, "
    "CASE WHEN s.id IN (SELECT v.service_id FROM fact_source v WHERE v.to_verify = ?)"
    " THEN 1 ELSE 0 END AS t "
    "FROM service s WHERE s.status <> ? AND s.archived_at IS NULL"
)
# The same asked per service (probes of the indexes): for a few services in display order.
_FEW_ROWS_SQL = (
    _ROWS_SQL.replace(
        "CASE WHEN s.id IN (SELECT p.service_id FROM phone p)",
        "CASE WHEN EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id)",
    )
    .replace(
        "CASE WHEN s.id IN (SELECT c.service_id FROM schedule c WHERE c.always_open = ?",
        "CASE WHEN EXISTS (SELECT 1 FROM schedule c WHERE c.service_id = s.id AND "
        "(c.always_open = ?",
    )
    .replace(
        "schedule_exception e WHERE e.schedule_id = c.id))",
        "schedule_exception e WHERE e.schedule_id = c.id)))",
    )
    .replace(
        "CASE WHEN s.id IN (SELECT v.service_id FROM fact_source v WHERE v.to_verify = ?)",
        "CASE WHEN EXISTS (SELECT 1 FROM fact_source v WHERE v.service_id = s.id"
        " AND v.to_verify = ?)",
    )
)
# Known hours: a window first (most schedules have one; asked of its index alone, where
# ``always_open`` needs the schedule's row), then 24/7, then an exception.
_HOURS_KNOWN_SQL = (
    "EXISTS (SELECT 1 FROM schedule c WHERE c.service_id = s.id AND ("
    "EXISTS (SELECT 1 FROM schedule_window w WHERE w.schedule_id = c.id)"
    " OR c.always_open = ?"
    " OR EXISTS (SELECT 1 FROM schedule_exception e WHERE e.schedule_id = c.id)))"
)
# How many services have a problem: each condition asked only when those before it did not
# hold (a never verified service costs no probe at all).
_COUNT_SQL = (
    "SELECT count(*) FROM service s WHERE s.status <> ? AND s.archived_at IS NULL AND ("
    "s.assured_date IS NULL OR s.assured_date < ?"
    " OR (s.alert IS NOT NULL AND s.alert <> '' AND s.alert_until < ?)"
    " OR NOT EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id)"
    f" OR NOT {_HOURS_KNOWN_SQL}"
    " OR EXISTS (SELECT 1 FROM fact_source v WHERE v.service_id = s.id AND v.to_verify = ?))"
)
# Only the services with a problem (dates compare as ISO text on SQLite, as dates on
# PostgreSQL).
_PROBLEM = "(a IS NULL OR a < ? OR u < ? OR f NOT IN (5, 7) OR t = 1)"
_HAS_PHONE, _HAS_CONTACT, _HOURS_KNOWN = 1, 2, 4
# The problems of missing data, per combination of flags.
_MISSING = {
    flags: tuple(
        problem
        for problem, missing in (
            ("no_phone", not flags & _HAS_PHONE),
            ("no_contact", not flags & (_HAS_PHONE | _HAS_CONTACT)),
            ("hours_unknown", not flags & _HOURS_KNOWN),
        )
        if missing
    )
    for flags in range(8)
}


def _day(value: object) -> date | None:
    """A date as the driver hands it back: SQLite as text, PostgreSQL as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _statement(today: date) -> tuple[str, list[object]]:
    """The rows of every finding, in no order (sorted by the database it takes twice as long)."""
    due = today - VERIFY_EVERY
    sql = f"SELECT r, k, n, a, u, f, t FROM ({_ROWS_SQL}) w WHERE {_PROBLEM}"
    return sql, [True, True, ServiceStatus.INACTIVE.value, due.isoformat(), today.isoformat()]


def _findings(
    rows: list[tuple[Any, ...]], today: date, to_verify: dict[str, tuple[str, ...]]
) -> tuple[list[CheckFinding], list[tuple[int, CheckFinding]], list[CheckFinding]]:
    """The rows' findings: never verified, late (with -days), only missing data; each in
    the rows' order."""
    never: list[CheckFinding] = []
    late: list[tuple[int, CheckFinding]] = []
    missing: list[CheckFinding] = []
    due = today - VERIFY_EVERY
    for _rank, key, name, assured, alert_until, flags, _marked in rows:
        overdue: int | None = None
        alert_overdue: int | None = None
        assured_date = _day(assured)
        if assured_date is None:
            problems: tuple[str, ...] = ("never_verified", *_MISSING[flags])
        elif assured_date < due:
            overdue = (due - assured_date).days
            problems = ("verification_overdue", *_MISSING[flags])
        else:
            problems = _MISSING[flags]
        if alert_until is not None:
            alert_day = _day(alert_until)
            if alert_day is not None and alert_day < today:
                problems = (*problems, "alert_expired")
                alert_overdue = (today - alert_day).days
        facts = to_verify.get(key, ())
        if facts:
            problems = (*problems, "source_to_verify")
        if not problems:
            continue
        finding = CheckFinding(key, name, problems, assured_date, overdue, alert_overdue, facts)
        # CheckFinding.sort_key without a call per finding; display order within each rank.
        if assured_date is None:
            never.append(finding)
        elif overdue is not None or alert_overdue is not None:
            late.append((-max(d for d in (overdue, alert_overdue) if d is not None), finding))
        else:
            missing.append(finding)
    return never, late, missing


def check_directory(database: Database, today: date) -> list[CheckFinding]:
    """Findings for every service that needs a coordinator, most overdue first."""
    from ifg_desktop.directory.provenance import facts_to_verify

    sql, params = _statement(today)
    with database.reading():  # the services and their marks as one snapshot
        to_verify = facts_to_verify(database)
        rows = database.read(sql, params)
    rows.sort(key=itemgetter(0))  # display order
    never, late, missing = _findings(rows, today, to_verify)
    late.sort(key=itemgetter(0))  # stable: display order among equals
    return [*never, *(finding for _days, finding in late), *missing]


PAGE = 200  # findings a page: what the worklist reads at a time
# Where a page of the worklist ends, in worklist order: (the part: 0 never verified, 1 late,
# 2 only missing data; minus the days late; the service's display rank). The next page starts
# after it: read along an index, not counted off from the top.
PageKey = tuple[int, int, int]
_ACTIVE = "s.status <> ? AND s.archived_at IS NULL"
_ALERT_EXPIRED = "s.alert IS NOT NULL AND s.alert <> '' AND s.alert_until < ?"
# Verified within the year, no alert expired, and a phone or the hours missing or a fact
# marked (as ``_PROBLEM``'s last two terms).
_ONLY_MISSING_SQL = (
    f" AND s.assured_date >= ? AND NOT (s.alert_until IS NOT NULL AND {_ALERT_EXPIRED})"
    " AND (NOT EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id)"
    f" OR NOT {_HOURS_KNOWN_SQL}"
    " OR EXISTS (SELECT 1 FROM fact_source v WHERE v.service_id = s.id AND v.to_verify = ?))"
)

# The services verified this year in display order from a rank on, asked of the table alone
# (a scan and a sort of the ranks): along the rank's index every row would be looked up one
# by one, ten times the scan where few of them lack anything.
_VERIFIED_RANKS_SQL = (
    f"SELECT s.display_rank FROM service s{{not_indexed}} WHERE {_ACTIVE}"
    f" AND s.assured_date >= ? AND NOT (s.alert_until IS NOT NULL AND {_ALERT_EXPIRED})"
    " AND s.display_rank > ? ORDER BY s.display_rank LIMIT ?"
)
_WALK = 2_000  # services walked along the rank's index for a page's missing data, then:
_CANDIDATES = 1_000  # verified services looked at for a page's missing data, growing ×4
_MOST_CANDIDATES = 16_000  # (a statement's parameters: SQLite takes 32,766)


def _late_sql(dialect: str) -> str:
    """Days late: the verification's or the alert's, whichever is longer (two ? each)."""
    if dialect == "postgresql":
        return (
            "GREATEST(CASE WHEN s.assured_date < ? THEN CAST(? AS date) - s.assured_date END,"
            f" CASE WHEN {_ALERT_EXPIRED} THEN CAST(? AS date) - s.alert_until END)"
        )
    return (
        "max(CASE WHEN s.assured_date < ? THEN"
        " CAST(julianday(?) - julianday(s.assured_date) AS INTEGER) ELSE -1 END,"
        f" CASE WHEN {_ALERT_EXPIRED} THEN"
        " CAST(julianday(?) - julianday(s.alert_until) AS INTEGER) ELSE -1 END)"
    )


Keyed = list[tuple[PageKey, tuple[Any, ...]]]


def _part_rows(
    database: Database, today: date, part: int, after: PageKey | None, limit: int
) -> tuple[Keyed, PageKey | None]:
    """Up to ``limit`` rows of one part of the worklist after ``after``, each with its key,
    and where to go on in the part (``None``: it is read to its end)."""
    due, day = (today - VERIFY_EVERY).isoformat(), today.isoformat()
    rows_params: list[object] = [True, True, ServiceStatus.INACTIVE.value]
    if part == 1:  # sorted by the days late: the late services' ranks first, then their rows
        sql = (
            f"SELECT r, d FROM (SELECT s.display_rank AS r, {_late_sql(database.dialect)} AS d"
            f" FROM service s WHERE {_ACTIVE} AND s.assured_date IS NOT NULL"
            f" AND (s.assured_date < ? OR ({_ALERT_EXPIRED}))) k"
        )
        params: list[object] = [due, due, day, day, ServiceStatus.INACTIVE.value, due, day]
        if after is not None and after[0] == part:
            sql += " WHERE d < ? OR (d = ? AND r > ?)"
            params += [-after[1], -after[1], after[2]]
        keys = database.read(sql + " ORDER BY d DESC, r LIMIT ?", [*params, limit])
        if not keys:
            return [], None
        marks = ", ".join("?" * len(keys))
        rows = database.read(
            f"{_FEW_ROWS_SQL} AND s.display_rank IN ({marks})",
            [*rows_params, *(rank for rank, _days in keys)],
        )
        by_rank = {row[0]: row for row in rows}
        keyed = [((1, -int(days), rank), by_rank[rank]) for rank, days in keys if rank in by_rank]
        return keyed, (keyed[-1][0] if len(keys) == limit and keyed else None)
    if part == 2:
        return _missing_rows(database, today, after, limit)
    sql = f"{_FEW_ROWS_SQL} AND s.assured_date IS NULL"
    params = rows_params
    if after is not None and after[0] == part:
        sql += " AND s.display_rank > ?"
        params = [*params, after[2]]
    rows = database.read(sql + " ORDER BY s.display_rank LIMIT ?", [*params, limit])
    keyed = [((part, 0, row[0]), row) for row in rows]
    return keyed, (keyed[-1][0] if len(keyed) == limit else None)


def _missing_rows(
    database: Database, today: date, after: PageKey | None, limit: int
) -> tuple[Keyed, PageKey | None]:
    """``_part_rows`` of the services verified this year that lack a phone or hours or have
    a fact marked to verify."""
    due, day = (today - VERIFY_EVERY).isoformat(), today.isoformat()
    not_indexed = " NOT INDEXED" if database.dialect == "sqlite" else ""
    ranks_params: list[object] = [ServiceStatus.INACTIVE.value, due, day]
    rows_sql = f"{_FEW_ROWS_SQL}{_ONLY_MISSING_SQL} AND s.display_rank IN ({{marks}})"
    rows_params: list[object] = [True, True, ServiceStatus.INACTIVE.value, due, day, True, True]
    rank = after[2] if after is not None and after[0] == 2 else None
    # First along the rank's index over the next _WALK services (where many lack something,
    # the page is there); found too few, the verified services after them are asked of a
    # scan, a chunk at a time, so a long run of services in order costs no walk through it.
    after_rank = " AND s.display_rank > ?" if rank is not None else ""
    from_rank = [rank] if rank is not None else []
    ((bound, walked),) = database.read(
        "SELECT max(r), count(*) FROM (SELECT s.display_rank AS r FROM service s"
        f" WHERE 1 = 1{after_rank} ORDER BY s.display_rank LIMIT ?) w",
        [*from_rank, _WALK],
    )
    if bound is None:
        return [], None
    rows = database.read(
        f"{_FEW_ROWS_SQL}{_ONLY_MISSING_SQL}{after_rank} AND s.display_rank <= ?"
        " ORDER BY s.display_rank LIMIT ?",
        [*rows_params, *from_rank, bound, limit],
    )
    keyed: Keyed = [((2, 0, row[0]), row) for row in rows]
    if len(keyed) == limit:
        return keyed, keyed[-1][0]
    if walked < _WALK:
        return keyed, None  # walked to the directory's end
    rank, chunk = bound, _CANDIDATES
    ranks_sql = _VERIFIED_RANKS_SQL.format(not_indexed=not_indexed)
    while True:
        ranks = [r for (r,) in database.read(ranks_sql, [*ranks_params, rank, chunk])]
        if not ranks:
            return keyed, None
        rows = database.read(
            rows_sql.format(marks=", ".join("?" * len(ranks))) + " ORDER BY s.display_rank LIMIT ?",
            [*rows_params, *ranks, limit - len(keyed)],
        )
        keyed += [((2, 0, row[0]), row) for row in rows]
        if len(keyed) == limit:
            return keyed, keyed[-1][0]
        if len(ranks) < chunk:
            return keyed, None  # the last of the verified services is looked at
        rank, chunk = ranks[-1], min(chunk * 4, _MOST_CANDIDATES)


def findings_page(
    database: Database, today: date, after: PageKey | None = None, limit: int = PAGE
) -> tuple[list[CheckFinding], PageKey | None]:
    """The ``limit`` findings of ``check_directory`` that follow ``after`` (``None``: the
    first), and where the next page starts (``None``: there is none). Each part of the list
    is read from where the page before ended (along the rank's index, or the late services
    sorted by the database), not counted off from the top: the last page costs about what
    the first does, whatever the directory's size."""
    from ifg_desktop.directory.provenance import facts_to_verify

    findings: list[CheckFinding] = []
    part = after[0] if after is not None else 0
    with database.reading():
        to_verify = facts_to_verify(database)
        while part <= 2 and len(findings) < limit:
            wanted = limit - len(findings)
            keyed, after = _part_rows(database, today, part, after, wanted)
            never, late, missing = _findings([row for _key, row in keyed], today, to_verify)
            findings += [*never, *(finding for _days, finding in late), *missing]
            if after is None:
                part += 1  # this part is read to its end
    return findings, (after if part <= 2 else None)


def findings_pages(
    database: Database, today: date, size: int = PAGE
) -> Iterator[list[CheckFinding]]:
    """The worklist a page at a time, in order: what ``ifg-desktop check`` prints as it
    reads (the first lines at once, not after the whole list)."""
    after: PageKey | None = None
    while True:
        page, after = findings_page(database, today, after, size)
        if page:
            yield page
        if after is None:
            return


def count_findings(database: Database, today: date) -> int:
    """How many findings ``check_directory`` has, without reading them."""
    due = today - VERIFY_EVERY
    params = [ServiceStatus.INACTIVE.value, due.isoformat(), today.isoformat(), True, True]
    ((total,),) = database.read(_COUNT_SQL, params)
    return int(total)


def first_findings(database: Database, today: date, limit: int) -> tuple[list[CheckFinding], int]:
    """The first ``limit`` findings of ``check_directory`` and how many there are in all."""
    with database.reading():
        return findings_page(database, today, None, limit)[0], count_findings(database, today)


def problem_text(finding: CheckFinding, problem: str) -> str:
    """One problem in words (the language in use), with how late it is where that is known."""
    text = translate("check", PROBLEM_TEXT[problem])
    if problem == "verification_overdue" and finding.days_overdue is not None:
        text += " " + translate("check", "({days} dagen te laat)").format(days=finding.days_overdue)
    elif problem == "alert_expired" and finding.alert_days_overdue is not None:
        text += " " + translate("check", "(sinds {days} dagen)").format(
            days=finding.alert_days_overdue
        )
    elif problem == "source_to_verify" and finding.to_verify:
        from ifg_desktop.directory.provenance import fact_label

        text += ": " + ", ".join(fact_label(f).lower() for f in finding.to_verify)
    return text

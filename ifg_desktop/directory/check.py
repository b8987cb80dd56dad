"""What is overdue: services nobody verified for a year, missing contact data, old alerts.

The coordinator's worklist in the window and ``ifg-desktop check`` are both this list, most
overdue first: never verified, then by the days the verification or an alert is past due,
then what only lacks data. Archived and inactive services are left out.
"""

from __future__ import annotations

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
# How many services have a problem: each condition asked only when those before it did not
# hold (a never verified service costs no probe at all).
_COUNT_SQL = (
    "SELECT count(*) FROM service s WHERE s.status <> ? AND s.archived_at IS NULL AND ("
    "s.assured_date IS NULL OR s.assured_date < ?"
    " OR (s.alert IS NOT NULL AND s.alert <> '' AND s.alert_until < ?)"
    " OR NOT EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id)"
    " OR NOT EXISTS (SELECT 1 FROM schedule c WHERE c.service_id = s.id AND (c.always_open = ?"
    " OR EXISTS (SELECT 1 FROM schedule_window w WHERE w.schedule_id = c.id)"
    " OR EXISTS (SELECT 1 FROM schedule_exception e WHERE e.schedule_id = c.id)))"
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


def _statement(database: Database, today: date, *, limit: int | None) -> tuple[str, list[object]]:
    """The findings' rows; with ``limit``, the first of them in worklist order (sorted by
    the database, which keeps only those: no need to read every finding for the first)."""
    due = today - VERIFY_EVERY
    params: list[object] = [True, True, ServiceStatus.INACTIVE.value]
    sql = f"SELECT r, k, n, a, u, f, t FROM ({_ROWS_SQL}) w WHERE {_PROBLEM}"
    params += [due.isoformat(), today.isoformat()]
    if limit is None:
        return sql, params  # in no order: sorted by the database it takes twice as long
    if database.dialect == "postgresql":
        late = (
            "GREATEST(CASE WHEN a < ? THEN CAST(? AS date) - a END,"
            " CASE WHEN u < ? THEN CAST(? AS date) - u END)"
        )
    else:
        late = (
            "max(CASE WHEN a < ? THEN julianday(?) - julianday(a) ELSE -1 END,"
            " CASE WHEN u < ? THEN julianday(?) - julianday(u) ELSE -1 END)"
        )
    sql += (
        " ORDER BY CASE WHEN a IS NULL THEN 0 WHEN a < ? OR u < ? THEN 1 ELSE 2 END, "
        f"CASE WHEN a IS NOT NULL THEN {late} END DESC, r LIMIT ?"
    )
    params += [due.isoformat(), today.isoformat()]
    params += [due.isoformat(), due.isoformat(), today.isoformat(), today.isoformat(), limit]
    return sql, params


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

    sql, params = _statement(database, today, limit=None)
    with database.reading():  # the services and their marks as one snapshot
        to_verify = facts_to_verify(database)
        rows = database.read(sql, params)
    rows.sort(key=itemgetter(0))  # display order
    never, late, missing = _findings(rows, today, to_verify)
    late.sort(key=itemgetter(0))  # stable: display order among equals
    return [*never, *(finding for _days, finding in late), *missing]


def first_findings(database: Database, today: date, limit: int) -> tuple[list[CheckFinding], int]:
    """The first ``limit`` findings of ``check_directory`` and how many there are in all,
    without reading them all: what the worklist shows while the rest is read."""
    from ifg_desktop.directory.provenance import facts_to_verify

    sql, params = _statement(database, today, limit=limit)
    due = today - VERIFY_EVERY
    count_params = [ServiceStatus.INACTIVE.value, due.isoformat(), today.isoformat(), True, True]
    # Never verified comes first, in display order: read along the rank's index, those are
    # found without looking at every service (most of a directory that was never verified).
    never_sql = f"{_FEW_ROWS_SQL} AND s.assured_date IS NULL ORDER BY s.display_rank LIMIT ?"
    with database.reading():
        to_verify = facts_to_verify(database)
        rows = database.read(never_sql, [True, True, ServiceStatus.INACTIVE.value, limit])
        if len(rows) < limit:
            rows = database.read(sql, params)
        ((total,),) = database.read(_COUNT_SQL, count_params)
    never, late, missing = _findings(rows, today, to_verify)  # already in order
    return [*never, *(finding for _days, finding in late), *missing], int(total)


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

"""The fast path (FTS5, lean rows, lazy hours) answers exactly what a plain, slow reading of
the rules answers, on generated data: on SQLite and on PostgreSQL (where the words are
matched with LIKE)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.db.search import TextRule
from ifg_desktop.directory.ages import UNBORN
from ifg_desktop.directory.availability import OpenState, availability
from ifg_desktop.directory.drafts import ServiceDraft, apply_draft, draft_of
from ifg_desktop.directory.indexing import renumber_all
from ifg_desktop.directory.query import (
    AvailabilityFilter,
    ServiceQuery,
    ServiceRow,
    count_in_steps,
    count_services,
    find_rows,
    find_rows_step,
    narrowed_rows,
    narrows,
    search_plan,
)
from ifg_desktop.directory.text import fold, index_body, searchable
from ifg_desktop.models import Schedule, Service, Theme, Urgency
from tests.conftest import brussels

STATUSES = ("active", "active", "active", "inactive", "do_not_refer", "temporarily_closed")


Texts = tuple[str, str, str]  # names; names, keywords, themes; everything (db/search.TIERS)


@pytest.fixture
def generated(any_database: Database) -> list[tuple[ServiceDraft, Texts]]:
    """300 generated services beside the shipped ones; (draft, search texts) of every one."""
    database = any_database
    rnd = random.Random(7)
    with database.begin() as session:
        for draft in generate_drafts(300, seed=11):
            service = Service(display_rank=-rnd.randrange(10**9))
            apply_draft(session, service, replace(draft, status=rnd.choice(STATUSES)))
            session.add(service)
        session.flush()
        renumber_all(session)
    with database.begin() as session:
        labels = {theme.key: theme.label for theme in session.scalars(select(Theme))}
        services = session.scalars(
            select(Service).options(
                selectinload(Service.themes),
                selectinload(Service.organization),
                selectinload(Service.schedule).selectinload(Schedule.windows),
                selectinload(Service.schedule).selectinload(Schedule.exceptions),
            )
        ).all()
        out = []
        for service in services:
            draft = draft_of(service)
            names = index_body(draft.name, draft.alternate_name)
            keys = index_body(
                " ".join(draft.keywords),
                " ".join(labels[key] for key in draft.themes),
                " ".join(key.replace("-", " ") for key in draft.themes),
            )
            rest = index_body(
                draft.organization.name if draft.organization else None, draft.description
            )
            texts = (searchable(names), searchable(names, keys), searchable(names, rest, keys))
            out.append((draft, texts))
        return out


def fits(rule: TextRule, text: str) -> bool:
    """A text fits the rule: every group (of one of its sets) has an alternative in it, a
    long one anywhere, a short one at a word's start."""
    words = text.split()

    def found(alternative: str) -> bool:
        if len(alternative) >= 3:
            return alternative in text
        return any(word.startswith(alternative) for word in words)

    return any(all(any(map(found, group)) for group in groups) for groups in rule.sets())


def reference(
    database: Database,
    services: list[tuple[ServiceDraft, Texts]],
    query: ServiceQuery,
    moment: datetime,
) -> list[str]:
    """The rules read plainly, one service at a time, best first: names typed from their
    start (an exact one first, at most five), then by the first part of the text that fits
    the words (unless every word has one or two letters), alphabetical within each."""
    plan = search_plan(database, query)  # what the words mean (vocabulary, forms, typos)
    kept = []
    for draft, texts in services:
        if plan.rule.groups and not fits(plan.rule, texts[2]):
            continue
        if not query.include_not_referable and draft.status in ("inactive", "do_not_refer"):
            continue
        age = query.age_months
        if age is not None and not (
            (draft.minimum_age_months is None or draft.minimum_age_months <= age)
            and (draft.maximum_age_months is None or draft.maximum_age_months >= age)
        ):
            continue
        if query.urgency is not None and query.urgency.value not in draft.urgency:
            continue
        if query.client_contact_only and draft.professional_only:
            continue
        if (query.themes or query.services) and not (
            (draft.themes & query.themes) or draft.key in query.services
        ):
            continue
        closed_now = draft.status == "temporarily_closed"
        if query.availability is AvailabilityFilter.ALWAYS_OPEN and (
            closed_now or draft.hours is None or not draft.hours.always_open
        ):
            continue
        if query.availability is AvailabilityFilter.OPEN:
            state = availability(draft.hours, moment, temporarily_closed=closed_now).state
            if state is OpenState.CLOSED:
                continue
        ranked = plan.rule.groups and any(len(a) >= 3 for g in plan.rule.groups for a in g)
        # Words of one or two letters only: display order (a word start being typed).
        tier = next(i for i, text in enumerate(texts) if not ranked or fits(plan.rule, text))
        kept.append((tier if ranked else 2, fold(draft.name), draft.key))
    kept.sort()
    typed = " ".join(fold(query.text).split())
    best: list[tuple[int, str, str]] = []
    if len(typed) >= 2 and not plan.partial:
        starting = [k for k in kept if k[1].startswith(typed)]
        best = sorted(starting, key=lambda k: (k[1] != typed, k[1], k[2]))[:5]
    return [key for _tier, _name, key in best] + [k[2] for k in kept if k not in best]


def queries(count: int) -> list[ServiceQuery]:
    rnd = random.Random(3)
    texts = ["", "", "crisis", "team", "ge", "g", "kinder opvang", "antwerpen", "hulp",
             "welzijnscentrum", "a", "geweld lijn", "zz", "nacht gent", "vertrouwen"]  # fmt: skip
    made = []
    for _ in range(count):
        made.append(
            ServiceQuery(
                text=rnd.choice(texts),
                age_months=rnd.choice([None, None, UNBORN, 0, 24, 15 * 12, 18 * 12, 40 * 12]),
                urgency=rnd.choice([None, None, *Urgency]),
                availability=rnd.choice(list(AvailabilityFilter)),
                client_contact_only=rnd.random() < 0.3,
                themes=frozenset(
                    rnd.sample(["crisis", "juridisch", "partnergeweld"], rnd.randint(0, 2))
                ),
                services=frozenset(["politie"]) if rnd.random() < 0.1 else frozenset(),
                include_not_referable=rnd.random() < 0.2,
            )
        )
    return made


@pytest.mark.parametrize("moment", ["2026-12-01 10:00", "2026-12-05 23:30", "2026-12-25 09:30"])
def test_fast_path_matches_the_plain_reading(
    any_database: Database, generated: list[tuple[ServiceDraft, Texts]], moment: str
) -> None:
    database = any_database
    when = brussels(moment)
    for query in queries(40):
        query = replace(query, moment=when)
        expected = reference(database, generated, query, when)
        rows = find_rows(database, query)
        assert [row.key for row in rows] == expected, query
        assert count_services(database, query) == len(expected)
        page = find_rows(database, query, limit=7, offset=5)
        assert [row.key for row in page] == expected[5:12]
        # In small steps, as the window reads (a bounded part of the directory at a time),
        # the same services come in the same order, and counting in steps agrees.
        stepped: list[str] = []
        after = None
        while True:
            step = find_rows_step(database, query, after=after, limit=4, scan=25)
            stepped += [row.key for row in step.rows]
            if step.resume_after is None:
                break
            after = step.resume_after
        assert stepped == expected, query
        # Given the rows read so far, as the window gives them: the same services.
        read: list[ServiceRow] = []
        after = None
        while True:
            step = find_rows_step(database, query, after=after, limit=4, scan=25, read_before=read)
            read += step.rows
            if step.resume_after is None:
                break
            after = step.resume_after
        assert [row.key for row in read] == expected, query
        assert list(count_in_steps(database, query, scan=40))[-1].total == len(expected)
        for row in rows[:20]:  # the lazily read hours say what the stored ones say
            draft = next(d for d, _ in generated if d.key == row.key)
            closed = draft.status == "temporarily_closed"
            assert row.availability_at(when) == availability(
                draft.hours, when, temporarily_closed=closed
            )
            if draft.hours is not None:  # a list row carries no notes, only what counts
                assert row.hours is not None and row.hours.windows == draft.hours.windows


def typed_on(query: ServiceQuery, rnd: random.Random) -> ServiceQuery:
    """The query after one more keystroke, a word more, or a word taken back."""
    text = query.text
    choice = rnd.random()
    if choice < 0.5:
        text += rnd.choice("aeinorstgdlkhpvwz")
    elif choice < 0.7:
        text += " " + rnd.choice("agknpstvw")
    elif text:
        text = text[:-1]
    return replace(query, text=text)


@pytest.mark.parametrize("moment", ["2026-12-01 10:00", "2026-12-05 23:30"])
def test_rows_narrowed_in_memory_are_the_rows_the_database_finds(
    any_database: Database, generated: list[tuple[ServiceDraft, Texts]], moment: str
) -> None:
    """What the window does when one more letter is typed: the rows of the wider search,
    narrowed with the text rule in Python, are exactly what the database answers."""
    database = any_database
    when = brussels(moment)
    rnd = random.Random(5)
    narrowing = 0
    for start in queries(30):
        wider = replace(start, moment=when, text=rnd.choice(["", "g", "ge", "ver", "kind", "a"]))
        for _ in range(8):
            narrower = typed_on(wider, rnd)
            if narrows(database, wider, narrower):
                narrowing += 1
                held = find_rows(database, wider)
                narrowed = narrowed_rows(database, held, None, narrower)
                assert narrowed is not None
                assert [r.key for r in narrowed] == [
                    r.key for r in find_rows(database, narrower)
                ], (wider, narrower)
            wider = narrower
    # The walk typed on far more often than it took back; a word whose other forms or
    # vocabulary words differ from the shorter one's is no narrowing (a fresh search).
    assert narrowing > 60


@pytest.mark.parametrize(
    ("wider", "narrower", "expected"),
    [
        ("", "p", True),
        ("p", "pa", True),
        ("pa", "par", False),  # a word start becomes a part of a word: "kinderpartij"
        ("par", "part", True),
        # A word's other forms must hold the shorter word too: "weglop" (the stem of
        # "weglopen") does not hold "lopen", so this is asked afresh; every form of
        # "partnergeweld" holds "geweld".
        ("lopen", "weglopen", False),
        ("geweld", "partnergeweld", True),
        ("partner", "partnergeweld", True),
        ("crisis", "crisis t", True),
        ("crisis t", "crisis", False),
        ("crisis team", "team crisis", True),  # the same words
        ("kind", "kin", False),
        # "pa" alone is read in display order, "crisis pa" names first: read afresh.
        ("pa", "crisis pa", False),
        ("", "crisis", False),
        ("ge", "geweld ge", False),  # "ge" (Flemish "you") is a stop word: not required
        # The word being typed was already read as the start of the vocabulary's word.
        ("vluchthui", "vluchthuis", True),
        ("vluchthuis", "vluchthuisje", True),  # the same word: the vocabulary's, by its form
        ("geslag", "geslagen", False),  # "geslagen" is also "slaan"
        ("crisis t", "crisis te", False),  # "te" is a stop word: not required
    ],
)
def test_which_typing_narrows(
    database: Database, wider: str, narrower: str, expected: bool
) -> None:
    assert narrows(database, ServiceQuery(text=wider), ServiceQuery(text=narrower)) is expected


def test_narrowing_keeps_every_filter_and_for_nu_open_the_moment(database: Database) -> None:
    base = ServiceQuery(text="crisis", age_months=24)
    assert not narrows(database, base, replace(base, text="crisist", age_months=36))
    assert not narrows(database, base, replace(base, text="crisist", urgency=Urgency.ACUTE))
    # The moment only decides the rows for "nu open".
    early, late = brussels("2026-12-01 15:59"), brussels("2026-12-01 16:01")
    assert narrows(
        database, replace(base, moment=early), replace(base, text="crisist", moment=late)
    )
    now_open = replace(base, availability=AvailabilityFilter.OPEN)
    assert not narrows(
        database, replace(now_open, moment=early), replace(now_open, text="crisist", moment=late)
    )
    assert narrows(
        database, replace(now_open, moment=late), replace(now_open, text="crisist", moment=late)
    )


@pytest.mark.parametrize("moment", ["2026-12-01 10:00"])
def test_a_search_narrowed_halfway_goes_on_where_the_wider_one_stopped(
    any_database: Database, generated: list[tuple[ServiceDraft, Texts]], moment: str
) -> None:
    """As the window does: the wider search read a few small steps, one more letter is
    typed; the rows held, narrowed, then the narrower search's own steps from where the
    wider one stopped, are exactly the narrower search's rows (names first, then the
    parts of the text), with no row twice and none left out."""
    database = any_database
    when = brussels(moment)
    checked = 0
    pairs = [("c", "cr"), ("ge", "gew"), ("kind", "kinde"), ("hul", "hulp"), ("an", "ant"),
             ("crisis", "crisis t"), ("g", "ge"), ("ver", "vert"), ("a", "an")]  # fmt: skip
    for wide_text, narrow_text in pairs:
        for steps in (1, 2, 3, 5):
            wider = ServiceQuery(text=wide_text, moment=when)
            narrower = replace(wider, text=narrow_text)
            if not narrows(database, wider, narrower):
                continue
            held: list[str] = []
            rows = []
            after = None
            for _ in range(steps):
                step = find_rows_step(database, wider, after=after, limit=4, scan=25)
                rows += step.rows
                after = step.resume_after
                if after is None:
                    break
            narrowed = narrowed_rows(database, rows, after, narrower)
            if narrowed is None:  # stopped among the best names: the window asks afresh
                continue
            held = [r.key for r in narrowed]
            while after is not None:
                step = find_rows_step(database, narrower, after=after, limit=4, scan=25)
                held += [r.key for r in step.rows]
                after = step.resume_after
            assert held == [r.key for r in find_rows(database, narrower)], (
                wide_text,
                narrow_text,
                steps,
            )
            checked += 1
    assert checked > 15

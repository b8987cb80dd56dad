"""Every shipped fact says where it comes from; what is to be verified shows in ``check``
until a coordinator verifies the service."""

from __future__ import annotations

from datetime import date

from ifg_desktop.db import Database
from ifg_desktop.directory.check import check_directory, problem_text
from ifg_desktop.directory.editing import verify_today
from ifg_desktop.directory.provenance import FACTS, facts_to_verify, sources_of

TODAY = date(2026, 12, 1)


def test_every_seeded_service_says_where_its_facts_come_from(any_database: Database) -> None:
    keys = [str(row[0]) for row in any_database.read("SELECT key FROM service")]
    assert len(keys) == 17
    for key in keys:
        sources = sources_of(any_database, key)
        assert tuple(s.fact for s in sources) == FACTS, key
        assert all(s.source.strip() for s in sources), key


def test_old_or_indirect_sources_are_marked_and_checked(any_database: Database) -> None:
    marked = facts_to_verify(any_database)
    assert "hours" in marked["1712"]  # the deck's hours, maybe changed since
    assert "contact" in marked["kind-en-gezin"]  # a number from a source of 2021
    assert "politie" not in marked
    finding = next(f for f in check_directory(any_database, TODAY) if f.key == "1712")
    assert "source_to_verify" in finding.problems
    assert "uren" in problem_text(finding, "source_to_verify")


def test_verifying_a_service_clears_its_marks(any_database: Database) -> None:
    verify_today(any_database, "kind-en-gezin", by="An", today=TODAY)
    assert "kind-en-gezin" not in facts_to_verify(any_database)
    assert all(not s.to_verify for s in sources_of(any_database, "kind-en-gezin"))
    assert "1712" in facts_to_verify(any_database)  # the others keep theirs

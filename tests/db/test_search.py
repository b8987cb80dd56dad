"""The text rule read in Python (``text_matches``) answers what the SQL answers."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.db.search import HeldTexts, TextRule, text_matches
from ifg_desktop.directory import indexing
from ifg_desktop.directory.bulk import insert_drafts
from ifg_desktop.directory.query import ServiceQuery, find_rows, search_plan

TERMS = (
    "g", "ge", "gew", "geweld", "p", "pa", "par", "partner", "ar", "a", "ka", "kind",
    "team", "an", "nt", "bar", "ba", "ra", "_", "o_b", "foo", "zz", "1", "12",
)  # fmt: skip


@pytest.fixture
def searchable(any_database: Database) -> Database:
    """Generated services, some with "_" inside a word (a separator for the word index), on
    SQLite (the word index) and on PostgreSQL (LIKE)."""
    database = any_database
    drafts = []
    for number, draft in enumerate(generate_drafts(120, seed=3)):
        if number % 5 == 0:
            draft = replace(draft, name=f"Foo_bar{number} {draft.name}")
        drafts.append(draft)
    with database.begin() as session:
        indexing.place_services(session, insert_drafts(session, drafts))
    return database


def sql_and_python(database: Database, text: str) -> tuple[set[str], set[str]]:
    """The services the database finds for ``text``, and those the Python rule keeps."""
    bodies = database.read(
        "SELECT s.key, b.body FROM service s JOIN service_search b ON b.rank = s.display_rank"
    )
    rule = search_plan(database, ServiceQuery(text=text)).rule
    found = find_rows(database, ServiceQuery(text=text, include_not_referable=True))
    kept = {key for key, body in bodies if text_matches(database.dialect, rule, body)}
    return {row.key for row in found}, kept


def test_python_and_sql_agree_on_every_body(searchable: Database) -> None:
    rnd = random.Random(1)
    for _ in range(150):
        text = " ".join(rnd.sample(TERMS, rnd.randint(1, 3)))
        found, kept = sql_and_python(searchable, text)
        assert found == kept, text
    # "ba" alone asks SQLite's word index, which starts a word after "_" too; LIKE does not.
    found, kept = sql_and_python(searchable, "ba")
    assert found == kept
    assert ("fictief-000000" in found) is (searchable.dialect == "sqlite")  # "Foo_bar0 …"


def test_like_rule_for_other_databases() -> None:
    body = "foo_bar hulp partnergeweld"
    assert text_matches("postgresql", TextRule.of_terms(["geweld"]), body)
    assert text_matches("postgresql", TextRule.of_terms(["hu"]), body)
    assert not text_matches(
        "postgresql", TextRule.of_terms(["ba"]), body
    )  # LIKE: a word starts after a space
    assert text_matches("sqlite", TextRule.of_terms(["ba"]), body)  # the word index splits at "_"
    assert not text_matches(
        "sqlite", TextRule.of_terms(["ba", "hulp"]), body
    )  # with a long term: LIKE again


def _word_by_word(dialect: str, rule: TextRule, text: str, tier: int) -> bool:
    """``text_matches`` as its rule says it, slowly: a short term starts a word (split at
    spaces, and at "_" where SQLite's word index answers), a longer one is anywhere."""
    all_short = all(len(a) < 3 for group in rule.groups for a in group)
    word_index = dialect == "sqlite" and all_short and tier == 2
    words = (text.replace("_", " ") if word_index else text).split(" ")

    def found(term: str) -> bool:
        return term in text if len(term) >= 3 else any(w.startswith(term) for w in words)

    return not rule.groups or any(
        all(any(map(found, group)) for group in groups) for groups in rule.sets()
    )


_PIECES = st.text(alphabet="ab _", min_size=1, max_size=4)


@given(
    groups=st.lists(st.lists(_PIECES, min_size=1, max_size=3).map(tuple), max_size=3),
    text=st.text(alphabet="ab _", max_size=14),
    dialect=st.sampled_from(["sqlite", "postgresql"]),
    tier=st.integers(0, 2),
    one_set=st.booleans(),
)
def test_the_quick_reading_is_the_rule_word_by_word(
    groups: list[tuple[str, ...]], text: str, dialect: str, tier: int, one_set: bool
) -> None:
    """Rows are narrowed hundreds at a time per keystroke, so ``text_matches`` looks for
    " term" in the text instead of splitting it into words: the same answer, spaces, "_"
    and terms that hold a space included."""
    rule = TextRule(tuple(groups), ((0,),) if one_set and groups else ())
    assert text_matches(dialect, rule, text, tier) == _word_by_word(dialect, rule, text, tier)


@given(
    groups=st.lists(st.lists(_PIECES, min_size=1, max_size=3).map(tuple), max_size=4),
    texts=st.lists(st.text(alphabet="ab _", max_size=14), max_size=6),
    dialect=st.sampled_from(["sqlite", "postgresql"]),
    any_of=st.lists(st.lists(st.integers(0, 3), min_size=1, max_size=3), max_size=3),
)
def test_held_texts_find_the_first_text_that_fits(
    groups: list[tuple[str, ...]], texts: list[str], dialect: str, any_of: list[list[int]]
) -> None:
    """``HeldTexts`` works out per group which texts hold it, and answers every rule of
    those groups from that: the first text ``text_matches`` finds, sets of groups and word
    starts included, asked twice in a row as a plan does."""
    sets = tuple(
        tuple(sorted({i for i in chosen if i < len(groups)})) for chosen in any_of if groups
    )
    rule = TextRule(tuple(groups), sets)  # a set of no groups too: every text fits it
    held = HeldTexts(dialect, texts)
    expected = next((i for i, t in enumerate(texts) if text_matches(dialect, rule, t)), None)
    assert held.first_fitting(rule) == expected
    for group in groups:  # each group alone, from what the rule above worked out
        alone = TextRule((group,))
        first = next((i for i, t in enumerate(texts) if text_matches(dialect, alone, t)), None)
        assert held.first_fitting(alone) == first
    assert held.first_fitting(rule) == expected

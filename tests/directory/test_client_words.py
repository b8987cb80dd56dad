"""Search in the client's words: vocabulary, word forms, typos, ranking, partial matches,
stop words and the checklist's flags, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.query import (
    ServiceQuery,
    find_rows,
    narrowed_rows,
    narrows,
    search_plan,
)
from tests.directory.phrasings import PHRASINGS


def keys(database: Database, text: str, **filters: object) -> list[str]:
    return [row.key for row in find_rows(database, ServiceQuery(text=text, **filters))]  # type: ignore[arg-type]


def test_every_phrasing_finds_its_service_in_the_first_three(any_database: Database) -> None:
    missed = []
    for text, expected in PHRASINGS:
        found = keys(any_database, text)[:3]
        if not set(found) & set(expected):
            missed.append(f"{text!r}: {found} (expected one of {expected})")
    assert not missed, "\n".join(missed)


def test_the_table_is_large_and_varied() -> None:
    assert len(PHRASINGS) >= 80
    assert len({text for text, _ in PHRASINGS}) == len(PHRASINGS)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("weggelopen", "child-focus"),  # finds "weglopen"
        ("zwangere", "kind-en-gezin"),  # finds "zwanger"
        ("verkracht", "zsg"),  # finds "verkrachting"
        ("gestalkt", "politie"),  # finds "stalking" through the vocabulary's forms
    ],
)
def test_other_forms_of_a_word_find_it(any_database: Database, typed: str, expected: str) -> None:
    assert expected in keys(any_database, typed)[:3]


def test_a_participle_finds_the_noun(any_database: Database) -> None:
    found = keys(any_database, "mishandeld")
    assert {"vk", "1712"} <= set(found)  # "kindermishandeling"


def test_a_name_typed_exactly_comes_first(any_database: Database) -> None:
    assert keys(any_database, "politie")[0] == "politie"
    assert keys(any_database, "Zelfmoordlijn")[0] == "zelfmoordlijn"
    assert keys(any_database, "tele-onthaal")[0] == "tele-onthaal"
    assert keys(any_database, "kind en")[0] == "kind-en-gezin"  # a name's start


def test_names_before_keywords_before_descriptions(any_database: Database) -> None:
    found = keys(any_database, "crisis")
    named = {"crisisteam-plus18", "crisisteam-min18"}
    assert set(found[:2]) == named
    # Tele-Onthaal mentions "crisis" only in its description: after the keyword hits.
    keyworded = [k for k in found if k not in named and k != "tele-onthaal"]
    if "tele-onthaal" in found:
        assert found.index("tele-onthaal") > max(found.index(k) for k in keyworded[:1])


def test_a_typo_is_read_as_the_nearest_word(any_database: Database) -> None:
    query = ServiceQuery(text="zelfmordlijn")
    assert keys(any_database, query.text)[0] == "zelfmoordlijn"
    plan = search_plan(any_database, query)
    assert plan.corrections == (("zelfmordlijn", "zelfmoordlijn"),)


def test_a_word_nobody_has_leaves_the_others_to_decide(any_database: Database) -> None:
    plan = search_plan(any_database, ServiceQuery(text="politie xqzwv"))
    assert plan.partial
    assert plan.fitting == ("politie",) and plan.unfitting == ("xqzwv",)
    assert keys(any_database, "politie xqzwv")[0] == "politie"


def test_stop_words_of_a_spoken_phrase_need_not_match(any_database: Database) -> None:
    plan = search_plan(any_database, ServiceQuery(text="mijn man is door het lint gegaan"))
    assert all("mijn" not in group and "door" not in group for group in plan.rule.groups)
    assert keys(any_database, "de zelfmoordlijn")[0] == "zelfmoordlijn"
    assert keys(any_database, "de")  # a stop word alone is still a search


def test_a_red_flag_typed_names_its_checklist_item(any_database: Database) -> None:
    assert "wurging" in search_plan(any_database, ServiceQuery(text="gewurgd")).flags
    assert search_plan(any_database, ServiceQuery(text="kind en gezin")).flags == ()


@pytest.mark.parametrize(
    "typed",
    [
        '"kind" AND (gezin*) NEAR(x -y',
        "'; DROP TABLE service; --",
        "politie)\x00(",
        "a" * 10_000,
        " ".join(["crisis"] * 2000),
        "% _ \\ ^ * : { } [ ]",
        "OR AND NOT",
        "\ud800",  # a lone surrogate
    ],
)
def test_hostile_text_is_plain_text(any_database: Database, typed: str) -> None:
    keys(any_database, typed)  # no error
    search_plan(any_database, ServiceQuery(text=typed))


def test_narrowed_rows_are_the_rows_of_the_narrower_search(any_database: Database) -> None:
    """What the window does at every keystroke: the rows of the last search narrowed in
    Python equal the narrower search's own rows, in the same order."""
    checked = 0
    for text, _expected in PHRASINGS[:60]:
        for end in range(2, len(text)):
            wider, narrower = ServiceQuery(text=text[:end]), ServiceQuery(text=text[: end + 1])
            if not narrows(any_database, wider, narrower):
                continue
            rows = find_rows(any_database, wider)
            narrowed = narrowed_rows(any_database, rows, None, narrower)
            assert narrowed is not None
            assert [r.key for r in narrowed] == keys(any_database, narrower.text), narrower.text
            checked += 1
    assert checked > 50


def test_a_compound_nobody_has_is_read_as_its_part(any_database: Database) -> None:
    plan = search_plan(any_database, ServiceQuery(text="drugsprobleem"))
    assert plan.corrections == (("drugsprobleem", "drugs"),)
    assert keys(any_database, "drugsprobleem")[0] == "de-sleutel"


def test_a_real_word_the_directory_lacks_is_no_typo(any_database: Database) -> None:
    """ "gisteren" is not a slip of "luisteren", nor "vader" of "dader": those words are
    left out, and the others decide."""
    for text, expected in (("verkrachting gisteren", "zsg"), ("politie vader", "politie")):
        plan = search_plan(any_database, ServiceQuery(text=text))
        assert plan.corrections == () and plan.partial, text
        assert expected in keys(any_database, text)[:3], text

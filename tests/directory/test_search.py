"""Free text: diacritics, compound words, prefixes, and whatever a user may type."""

from __future__ import annotations

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.query import ServiceQuery, find_services, search_plan
from ifg_desktop.directory.text import fold, search_terms


def found(database: Database, text: str) -> set[str]:
    return {record.key for record in find_services(database, ServiceQuery(text=text))}


def test_fold_drops_case_and_diacritics() -> None:
    assert fold("Continuüm CRÈCHE") == "continuum creche"


def test_terms_are_plain_words() -> None:
    assert search_terms('"kind" AND (gezin*) NEAR(x -y') == [
        "kind",
        "and",
        "gezin",
        "near",
        "x",
        "y",
    ]


def test_words_written_short_as_said_are_read_in_full() -> None:
    assert search_terms("hij zit aan M'n gsm") == ["hij", "zit", "aan", "mijn", "gsm"]
    assert search_terms("z’n vader, 'k ben bang, 't is erg") == [
        *("zijn", "vader", "ik", "ben", "bang", "het", "is", "erg"),
    ]
    # Only those words, as whole words: a quote or another word is left as it was.
    assert search_terms("'test' m'nm 's nachts") == ["test", "m", "nm", "s", "nachts"]


def test_diacritics_and_case_do_not_matter(database: Database) -> None:
    assert found(database, "CLIËNT") == found(database, "client")
    assert "tele-onthaal" in found(database, "TELE-ONTHAAL")


def test_diacritics_in_the_data_are_found_without(database: Database) -> None:
    # "Continuüm" is the deck's spelling; our seed has "cliënt" in several texts.
    with_diaeresis = found(database, "cliënt")
    assert with_diaeresis and with_diaeresis == found(database, "client")


def test_parts_of_compound_words(database: Database) -> None:
    assert {"crisisteam-plus18", "crisisteam-min18"} <= found(database, "team")
    assert "1712" in found(database, "geweld")
    assert "zsg" in found(database, "seksueel")
    assert "vk" in found(database, "mishandeling")  # "kindermishandeling"


def test_short_terms_match_word_prefixes_only(database: Database) -> None:
    assert "vk" in found(database, "vk")
    assert "politie" in found(database, "po")
    # Two letters do not match inside words: "ie" is in "politie" but starts none of its words.
    assert "politie" not in found(database, "ie")


def test_all_terms_must_match(database: Database) -> None:
    assert found(database, "crisisteam 18") == {"crisisteam-plus18", "crisisteam-min18"}
    # Words no service has together: the services that fit one of them, said as such.
    plan = search_plan(database, ServiceQuery(text="juridisch drugs"))
    assert plan.partial and set(plan.fitting) == {"juridisch", "drugs"}
    assert {"bjb-antwerpen", "de-sleutel"} <= found(database, "juridisch drugs")


def test_searches_name_other_name_keywords_and_themes(database: Database) -> None:
    assert "bjb-antwerpen" in found(database, "pro-deo")  # keyword
    assert "bjb-antwerpen" in found(database, "juridische")  # theme label
    assert "1712" in found(database, "hulplijn geweld")  # other name


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "'",
        '""',
        "*",
        "(",
        ")",
        "-",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(a b, 3)",
        'kind" OR "1',
        "kind*",
        "^geweld",
        "col:geweld",
        "{body}: x",
        "%",
        "_",
        "\\",
        "'; DROP TABLE service; --",
        "\x00",
        "🙂",
        "a" * 500,
        "ab " * 60,
    ],
)
def test_hostile_strings_are_plain_words_never_errors(database: Database, hostile: str) -> None:
    result = find_services(database, ServiceQuery(text=hostile))
    assert isinstance(result, list)
    assert len(find_services(database, ServiceQuery())) == 17  # nothing was dropped


def test_operator_words_are_searched_as_words(database: Database) -> None:
    # "en" (Dutch "and") and "or" are just words: "kind en" needs a word starting with "en".
    assert found(database, "kind AND") <= found(database, "kind")


def test_part_of_a_compound_inside_one_word(database: Database) -> None:
    from ifg_desktop.directory.indexing import place_service
    from ifg_desktop.models import Service

    with database.begin() as session:
        service = Service(key="test-compound", name="Partnergeweldcentrum Noord", keywords=[])
        session.add(service)
        place_service(session, service)
    assert "test-compound" in found(database, "geweld")
    assert "test-compound" in found(database, "centrum")
    assert "test-compound" in found(database, "GEWELDCENTRUM")
    assert "test-compound" not in found(database, "ge")  # short: word starts only
    assert "test-compound" in found(database, "pa")

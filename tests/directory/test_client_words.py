"""Search in the client's words: vocabulary, word forms, typos, ranking, partial matches,
stop words and the checklist's flags, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text as sql_text

from ifg_desktop.db import Database
from ifg_desktop.db.search import TextRule, text_matches
from ifg_desktop.directory import query as query_module
from ifg_desktop.directory import search_plan as search_plan_module
from ifg_desktop.directory.query import (
    ServiceQuery,
    count_services,
    find_rows,
    narrowed_rows,
    narrows,
    search_plan,
)
from ifg_desktop.directory.search_plan import build_plan, directory_words
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


# A sign of danger as a client tells it, in words of their own (not the checklist's).
RED_FLAGS_SAID = [
    ("hij pakte me bij mijn keel", "wurging"),
    ("hij greep mij bij de keel", "wurging"),
    ("ik kreeg geen lucht meer", "wurging"),
    ("hij zegt dat hij me gaat doodmaken", "doodsbedreiging"),
    ("hij wil mij ombrengen", "doodsbedreiging"),
    ("hij staat elke dag aan mijn deur", "stalking"),
    ("hij blijft aanbellen", "stalking"),
    ("hij zit aan mijn gsm", "altijd-bereikbaar"),
    ("hij verbiedt mij mijn familie te zien", "minder-contact"),
    ("hij heeft mijn paspoort afgepakt", "financieel-afhankelijk"),
]


@pytest.mark.parametrize(("said", "flag"), RED_FLAGS_SAID)
def test_a_red_flag_said_in_a_clients_words_names_it(
    any_database: Database, said: str, flag: str
) -> None:
    assert flag in search_plan(any_database, ServiceQuery(text=said)).flags


# What a colleague in Brussels types in French or English: the same flags, the same services.
SAID_IN_FRENCH_OR_ENGLISH = [
    ("violence conjugale", None, "1712"),
    ("mon mari me frappe", "recent-geweld", "1712"),
    ("étranglée", "wurging", "1712"),
    ("menaces de mort", "doodsbedreiging", "politie"),
    ("couteau", "wapens", "politie"),
    ("harcèlement", "stalking", "politie"),
    ("mariage forcé", "eergerelateerd", "1712"),
    ("maltraitance infantile", "kinderen-aanwezig", "1712"),
    ("refuge", None, "caw-slachtofferhulp"),
    ("domestic abuse", None, "1712"),
    ("he choked me", "wurging", "1712"),
    ("i was raped", "seks-zonder-toestemming", "zsg"),
]


@pytest.mark.parametrize(("said", "flag", "service"), SAID_IN_FRENCH_OR_ENGLISH)
def test_french_and_english_words_find_what_the_dutch_ones_do(
    any_database: Database, said: str, flag: str | None, service: str
) -> None:
    plan = search_plan(any_database, ServiceQuery(text=said))
    assert flag is None or flag in plan.flags
    assert service in keys(any_database, said)[:3]


# Whole sentences: their small words ("il", "a", "un", "he") are no Dutch stop words, and no
# service holds them beside the rest.
WHOLE_SENTENCES_IN_FRENCH_OR_ENGLISH = [
    ("il a un couteau", "wapens", "politie", ("il", "a", "un")),
    ("il m'a menacé de mort", "doodsbedreiging", "politie", ("il", "m", "a")),
    ("he has a knife", "wapens", "politie", ("he", "a")),
    ("j'ai été violée", "seks-zonder-toestemming", "zsg", ("j", "ai")),
]


@pytest.mark.parametrize(
    ("said", "flag", "service", "left_out"), WHOLE_SENTENCES_IN_FRENCH_OR_ENGLISH
)
def test_a_whole_sentence_lists_what_its_words_find(
    any_database: Database, said: str, flag: str, service: str, left_out: tuple[str, ...]
) -> None:
    plan = search_plan(any_database, ServiceQuery(text=said))
    assert flag in plan.flags
    assert service in keys(any_database, said)[:3]
    assert set(left_out) <= set(plan.unfitting)  # said: "Niet gevonden: “il”, “a”, “un”"


def test_a_whole_sentence_with_a_typo_says_the_word_it_was_read_as(
    any_database: Database,
) -> None:
    plan = search_plan(any_database, ServiceQuery(text="il a un couteua"))
    assert plan.fitting == ("couteau",)
    assert set(plan.unfitting) == {"il", "a", "un"}
    assert "politie" in keys(any_database, "il a un couteua")[:3]


def test_a_short_word_some_service_holds_beside_the_rest_still_counts(
    any_database: Database,
) -> None:
    """The Vertrouwenscentrum Kindermishandeling's "vk" is held beside "melden": kept."""
    plan = search_plan(any_database, ServiceQuery(text="vk melden"))
    assert not plan.partial
    assert ("vk",) in plan.rule.groups
    assert keys(any_database, "vk melden")[0] == "vk"
    # Being typed, a short last word is never left out: "couteau i" may become "couteau il".
    typing = search_plan(any_database, ServiceQuery(text="couteau i"))
    assert not typing.partial and ("i",) in typing.rule.groups


def test_everyday_words_near_a_red_flag_raise_none(any_database: Database) -> None:
    """A sore throat is no strangling, finishing one's studies no threat."""
    everyday = (
        "ik heb keelpijn",
        "ik wil mijn studie afmaken",
        "ik kan niet slapen",
        "ik gun het je",
    )
    for said in everyday:
        assert search_plan(any_database, ServiceQuery(text=said)).flags == (), said


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
            rows = find_rows(any_database, wider)
            if not narrows(any_database, wider, narrower, rows):  # as the window asks
                continue
            narrowed = narrowed_rows(any_database, rows, None, narrower)
            assert narrowed is not None
            assert [r.key for r in narrowed] == keys(any_database, narrower.text), narrower.text
            checked += 1
    assert checked > 50


def test_a_plan_made_with_the_rows_held_is_the_plan_the_index_gives(
    any_database: Database,
) -> None:
    """The window makes the plan of a keystroke with the rows it holds of the one before:
    a row that fits a question of the plan answers it without the index. The plan stays
    the same, typos and partial matches included."""
    compared = 0
    for text, _expected in PHRASINGS[:40]:
        for end in range(3, len(text) + 1):
            held = find_rows(any_database, ServiceQuery(text=text[: end - 1]))
            made = build_plan(any_database, text[:end], held)
            assert made == build_plan(any_database, text[:end]), text[:end]
            compared += 1
    assert compared > 200


def _index_questions(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "does any service fit?" questions asked of the full-text index from now on."""
    asked: list[str] = []
    real = database.read

    def read(sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        if sql.startswith("SELECT 1 FROM") and sql.endswith("LIMIT 1"):  # search_plan._exists
            asked.append(sql)
        return real(sql, params)

    monkeypatch.setattr(database, "read", read)
    return asked


def test_a_row_held_that_fits_spares_asking_the_index(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = find_rows(database, ServiceQuery(text="crisi"))
    assert held
    asked = _index_questions(database, monkeypatch)
    plan = build_plan(database, "crisis", held)
    assert asked == []
    assert plan == build_plan(database, "crisis")
    assert asked  # without the rows, the index is asked
    # A typo no row held fits: the index is asked, and the plan corrects it as ever.
    asked.clear()
    typo = build_plan(database, "crisiz", held)
    assert asked
    assert typo == build_plan(database, "crisiz")


def test_rows_held_from_before_a_change_do_not_vouch_for_it(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows held may be a moment older than the data (another PC archived them since):
    a row that fits is asked after by its rank, and the plan is the one of the data now."""
    held = find_rows(database, ServiceQuery(text="crisi"))
    with database.begin() as session:
        session.execute(
            sql_text(
                "UPDATE service SET archived_at = CURRENT_TIMESTAMP WHERE display_rank IN "
                "(SELECT rank FROM service_search WHERE body LIKE '%crisis%')"
            )
        )
    asked = _index_questions(database, monkeypatch)
    plan = build_plan(database, "crisis", held)
    assert asked  # no row held vouched for "crisis" any more
    assert plan == build_plan(database, "crisis")
    assert plan.finds_nothing or plan.corrections or plan.unfitting


def test_a_slip_inside_a_phrase_is_read_as_the_phrase_and_said(any_database: Database) -> None:
    meant = keys(any_database, "huiselijk geweld")
    for typed in ("huiselijk gewld", "huislijk gewld"):  # a slip in one word, in both
        plan = search_plan(any_database, ServiceQuery(text=typed))
        assert plan.corrections == ((typed, "huiselijk geweld"),)
        assert keys(any_database, typed) == meant


def test_what_a_phrase_typed_with_a_slip_may_be() -> None:
    """One edit in a word of four letters or more that no text holds, in one word or in
    each; not a word some text holds, nor a short word."""
    from ifg_desktop.directory.search_plan import _near_phrase
    from ifg_desktop.directory.vocabulary import TermRecord, Vocabulary
    from ifg_desktop.directory.wordforms import SearchForms

    vocabulary = Vocabulary.of(
        [
            TermRecord("huiselijk geweld", ()),
            TermRecord("pak slaag", ()),
            TermRecord("ne klop", ()),
        ],
        SearchForms(lambda words: {}),
    )

    def near(text: str, held: frozenset[str] = frozenset()) -> str | None:
        found = _near_phrase(text.split(), vocabulary, lambda word: word not in held)
        return found.term if found is not None else None

    assert near("huiselijk gewld") == "huiselijk geweld"
    assert near("huiselijk gewedl") == "huiselijk geweld"  # two letters swapped: one edit
    assert near("pak slag") == "pak slaag"
    assert near("huiselijk gewld", held=frozenset({"gewld"})) is None  # a word of the texts
    assert near("huislijk gewld") == "huiselijk geweld"  # a slip in each word
    assert near("huislijk gewld", held=frozenset({"huislijk"})) is None
    assert near("huislijk gevaarlijk") is None  # one word too far
    assert near("ne kop") is None  # "kop": too short to be taken for a slip
    assert near("huiselijk gevaarlijk") is None  # too far
    assert near("huiselijk geweld thuis") is None  # not as many words


def test_a_word_spelled_the_other_way_is_one_slip(any_database: Database) -> None:
    """ "sexueel" is "seksueel" written otherwise (two edits, in a word too short for two):
    read as the directory writes it, alone and in a phrase of the vocabulary."""
    plan = search_plan(any_database, ServiceQuery(text="sexueel"))
    assert plan.corrections == (("sexueel", "seksueel"),)
    assert keys(any_database, "sexueel")[0] == "zsg"
    plan = search_plan(any_database, ServiceQuery(text="sexueel geweld"))
    assert plan.corrections == (("sexueel geweld", "seksueel geweld"),)
    assert keys(any_database, "sexueel geweld") == keys(any_database, "seksueel geweld")


def test_the_other_spellings_of_a_word() -> None:
    from ifg_desktop.directory.search_plan import spelled_otherwise

    assert "seksueel" in spelled_otherwise("sexueel")
    assert "vrijwillig" in spelled_otherwise("vreiwillig")
    assert "physiek" in spelled_otherwise("fysiek")
    assert "echtscheiding" in spelled_otherwise("egtscheiding")
    # Each place on its own, and all of them: "ei" twice, the first of them meant.
    assert spelled_otherwise("vreiheid") == {"vrijheid", "vreihijd", "vrijhijd"}
    assert spelled_otherwise("politie") == set()  # none of those sounds
    assert "sexueel" not in spelled_otherwise("sexueel")


def test_a_phrase_said_with_small_words_in_it_is_the_phrase(any_database: Database) -> None:
    """ "hij pakt al mijn geld af" is the vocabulary's "pakt mijn geld af" (economic
    violence) said with "al" in it: it found nothing at all."""
    said = "hij pakt al mijn geld af"
    assert keys(any_database, said) == keys(any_database, "pakt mijn geld af") != []
    assert search_plan(any_database, ServiceQuery(text=said)).corrections == ()


def test_what_a_phrase_with_small_words_in_it_may_be() -> None:
    from ifg_desktop.directory.vocabulary import TermRecord, Vocabulary
    from ifg_desktop.directory.wordforms import SearchForms

    money = TermRecord("pakt mijn geld af", ())
    vocabulary = Vocabulary.of(
        [money, TermRecord("geweld thuis", ()), TermRecord("bang", ())],
        SearchForms(lambda words: {}),
    )

    def meaning(text: str) -> TermRecord | None:
        return vocabulary.lookup_meaning(text.split(" "))

    assert meaning("pakt al mijn geld") is money
    assert meaning("pakt geld") is money
    assert meaning("geweld bij mij thuis") == TermRecord("geweld thuis", ())
    assert meaning("ik ben bang") is None  # one word that means
    assert meaning("mijn geld") is None


def test_a_phrase_of_meaningful_words_is_the_phrase_in_any_order() -> None:
    """Dutch puts the words where the sentence wants them: "hij slaat de kinderen" is the
    vocabulary's "kinderen slaan". Only for a term of meaningful words (and its "niet"):
    one whose small words say who does what is said in its own order."""
    from ifg_desktop.directory.vocabulary import TermRecord, Vocabulary
    from ifg_desktop.directory.wordforms import SearchForms

    children = TermRecord("kinderen slaan", ("kindermishandeling",))
    threat = TermRecord("dan pleeg ik zelfmoord", ("politie",), ("doodsbedreiging",))
    unsafe = TermRecord("niet veilig thuis", ("politie",))
    service = TermRecord("veilig thuis", ("1712",))
    at_home = TermRecord("kinderen in huis", ("vertrouwenscentrum",))
    centre = TermRecord("huis van het kind", ("kind en gezin",))
    vocabulary = Vocabulary.of(
        [children, threat, unsafe, service, at_home, centre, TermRecord("geweld thuis", ())],
        SearchForms(
            lambda words: {"slaat": "slan", "slaan": "slan", "plegen": "pleg", "pleeg": "pleg"}
        ),
    )

    def meaning(text: str) -> TermRecord | None:
        return vocabulary.lookup_meaning(text.split(" "))

    assert meaning("slaat de kinderen") is children
    assert meaning("thuis geweld") == TermRecord("geweld thuis", ())
    assert meaning("zelfmoord plegen") is None  # "dan … ik": the partner's threat
    assert meaning("thuis niet veilig") is unsafe  # "niet" counts
    assert meaning("thuis veilig") is service
    assert meaning("huis kinderen") is None  # two terms of other meanings share the words
    assert meaning("kinderen in huis") is at_home  # as written, still


def test_wanting_to_die_is_not_the_partners_threat_to(any_database: Database) -> None:
    """ "ik wil zelfmoord plegen" holds the words of "dan pleeg ik zelfmoord" (a threat to
    kill oneself, a red flag about the partner) in another order: not that term."""
    said = "ik wil zelfmoord plegen"
    assert search_plan(any_database, ServiceQuery(text=said)).flags == ()
    assert keys(any_database, said)[0] == "zelfmoordlijn"


def test_a_word_found_nowhere_is_read_as_the_phrases_it_is_a_word_of(
    any_database: Database,
) -> None:
    """ "hij neemt al mijn geld af" holds no phrase of the vocabulary and no word of the
    directory: rather than an empty list, "geld" is read as what the phrases with it find
    (economic violence), and the note says so."""
    from ifg_desktop.directory.describe import search_notes

    said = "hij neemt al mijn geld af"
    plan = search_plan(any_database, ServiceQuery(text=said))
    ((word, phrase),) = plan.read_as_phrases
    assert word == "geld" and "geld" in phrase.split()
    assert plan.fitting == ("geld",) and "neemt" in plan.unfitting
    assert plan.flags == ()  # a word alone names no red flag
    assert set(keys(any_database, said)[:3]) & {"1712", "caw-slachtofferhulp"}
    assert any("geld" in note and phrase in note for note in search_notes(plan))
    # Every word read so and held together: the phrases' services, not a partial list.
    tracked = search_plan(any_database, ServiceQuery(text="hij volgt me met een tracker"))
    assert [w for w, _phrase in tracked.read_as_phrases] == ["volgt", "tracker"]
    assert not tracked.partial
    assert "politie" in keys(any_database, "hij volgt me met een tracker")[:3]


def test_a_short_word_beside_a_word_read_as_phrases_is_not_required(
    any_database: Database,
) -> None:
    """ "tv" is held by no service: the list is what "volgt" says, and "tv" is said to be
    found nowhere, whether it is being typed or not."""
    for said in ("hij volgt me op tv", "hij volgt me op tv "):
        plan = search_plan(any_database, ServiceQuery(text=said))
        assert plan.partial and plan.fitting == ("volgt",) and "tv" in plan.unfitting
        assert "politie" in keys(any_database, said)[:3]


def test_everyday_words_are_not_read_as_the_phrases_they_are_in(any_database: Database) -> None:
    """ "zit" of "zit aan mijn gsm", "mag" of "mag geen vrienden zien": a verb like these
    says nothing alone. A sentence of them still finds nothing, as it did."""
    for said in ("de kat zit op het dak", "mag ik een koffie", "hij zegt hallo"):
        plan = search_plan(any_database, ServiceQuery(text=said))
        assert plan.finds_nothing and plan.read_as_phrases == (), said
        assert keys(any_database, said) == [], said


def test_a_word_written_short_is_the_vocabularys_word_in_full(any_database: Database) -> None:
    """ "m'n gsm" is "mijn gsm": the phrase, not the letters "m" and "n" found nowhere; a
    term a coordinator writes short is kept in full too, so the two meet."""
    from ifg_desktop.directory.vocabulary import normalized_term

    said = search_plan(any_database, ServiceQuery(text="hij zit aan m'n gsm"))
    full = search_plan(any_database, ServiceQuery(text="hij zit aan mijn gsm"))
    assert said.rule == full.rule and not said.partial
    assert normalized_term("Z’n telefoon afgepakt") == "zijn telefoon afgepakt"


def test_a_term_kept_split_by_the_older_rule_is_found_as_written_short() -> None:
    """Before words written short were read in full, "m'n vent" was kept as "m n vent"."""
    from ifg_desktop.directory.vocabulary import TermRecord, Vocabulary
    from ifg_desktop.directory.wordforms import SearchForms

    older = TermRecord("m n vent slaat", ("partnergeweld",))
    vocabulary = Vocabulary.of([older], SearchForms(lambda words: {}))
    assert vocabulary.lookup(["mijn", "vent", "slaat"]) is older
    assert vocabulary.lookup(["m", "n", "vent", "slaat"]) is older


def test_a_word_some_service_holds_is_never_read_as_phrases(any_database: Database) -> None:
    plan = search_plan(any_database, ServiceQuery(text="politie geld"))
    assert plan.read_as_phrases == () and plan.unfitting == ("geld",)
    assert search_plan(any_database, ServiceQuery(text="xqzwv")).finds_nothing


def test_what_a_word_of_phrases_says_alone() -> None:
    from ifg_desktop.directory.vocabulary import PhraseWord, TermRecord, Vocabulary
    from ifg_desktop.directory.wordforms import SearchForms

    vocabulary = Vocabulary.of(
        [
            TermRecord("geen eigen geld", ("partnergeweld", "caw")),
            TermRecord("pakt mijn geld af", ("partnergeweld",), ("financieel",)),
            TermRecord("seks voor geld", ("prostitutie",)),
            TermRecord("pakte mijn bankkaart", ("partnergeweld",)),
            TermRecord("verdedigt hem altijd", ("1712",), ("verdedigt",)),
            TermRecord("slaat en sloeg hem", ("politie",)),
            TermRecord("vader van mijn kinderen", ("partnergeweld",)),
            TermRecord("misbruik door mijn vader", ("kindermishandeling",)),
            TermRecord("zit aan mijn gsm", ("partnergeweld",)),
            TermRecord("zit aan mijn telefoon", ("partnergeweld",)),
            TermRecord("geld", ("ocmw",)),  # a term of its own: not a phrase
        ],
        SearchForms(
            lambda words: {
                **{
                    "pakte": "pak",
                    "pakt": "pak",
                    "verdedigde": "verdedig",
                    "verdedigt": "verdedig",
                },
                **{"slaat": "sla", "sloeg": "sla", "zat": "zit", "zitten": "zit"},
            }
        ),
    )
    # Two phrases of three find "partnergeweld": the word says that, from the first of them.
    assert vocabulary.phrase_word("geld") == PhraseWord(("partnergeweld",), "geen eigen geld")
    # "pakt" and "pakte", one phrase each, are two forms of one word.
    assert vocabulary.phrase_word("pakt") == PhraseWord(("partnergeweld",), "pakt mijn geld af")
    assert vocabulary.phrase_word("pak") == vocabulary.phrase_word("pakte")
    assert vocabulary.phrase_word("verdedigde") is None  # one phrase is too weak a clue
    assert vocabulary.phrase_word("sloeg") is None  # still one phrase, with two forms in it
    assert vocabulary.phrase_word("vader") is None  # its phrases agree on nothing
    assert vocabulary.phrase_word("zat") is None  # a verb that says little alone
    assert vocabulary.phrase_word("mijn") is None  # a small word
    assert vocabulary.phrase_word("fiets") is None


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


def test_a_word_in_common_use_is_meant_as_typed(
    any_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "slapen" is one edit from "slagen", "getrokken" from "betrokken" (words of the
    directory), but they are Dutch in common use, not slips: nothing is read for them, and
    "voortdurend" is no compound of the small word "voor". A slip is still a slip."""
    for text in ("ik kan niet meer slapen", "ze heeft een mes getrokken", "slapen"):
        plan = search_plan(any_database, ServiceQuery(text=text))
        assert plan.corrections == (), text
    with monkeypatch.context() as without_the_list:  # what they were taken for before
        without_the_list.setattr(search_plan_module, "common_words", frozenset)
        assert build_plan(any_database, "slapen").corrections == (("slapen", "slagen"),)
        assert build_plan(any_database, "getrokken").corrections == (("getrokken", "betrokken"),)
    plan = search_plan(any_database, ServiceQuery(text="hij scheldt me voortdurend uit"))
    assert plan.corrections == () and plan.unfitting == ("voortdurend",)
    assert search_plan(any_database, ServiceQuery(text="slachtofferhlp")).corrections


def test_no_place_to_sleep_is_the_shelter_route(any_database: Database) -> None:
    """Said as a client says it: the vocabulary's "no roof" term, not "slagen"."""
    said = keys(any_database, "ik heb geen plek om te slapen")
    assert said == keys(any_database, "dakloos") != []
    plan = search_plan(any_database, ServiceQuery(text="ik heb geen plek om te slapen"))
    assert plan.corrections == () and not plan.partial


def test_the_words_in_common_use() -> None:
    from ifg_desktop.directory.wordforms import common_words

    words = common_words()
    assert {"slapen", "getrokken", "voortdurend", "geweld", "seksueel"} <= words
    assert not {"huislijk", "sexueel", "gewld", "slachtofferhlp"} & words
    assert all(word == word.lower() and len(word) >= 4 for word in words)


def test_without_the_word_list_a_word_nobody_has_may_be_a_slip(tmp_path: Path) -> None:
    """A damaged or missing list is no error: words are read as before it was there."""
    from ifg_desktop.directory import wordforms

    damaged = tmp_path / "small_nl.msgpack.gz"
    damaged.write_bytes(b"not a list")
    for path in (damaged, tmp_path / "missing.msgpack.gz"):
        assert wordforms.read_common_words(path) == frozenset()


def test_the_directory_words_never_rule_out_what_a_service_holds(any_database: Database) -> None:
    """The quick "no" of the directory's words (no word holds the term) is never said of a
    term some service's text holds: any part of a word, a word start, a whole word, a
    phrase across words."""
    words = directory_words(any_database)
    bodies = [str(row[0]) for row in any_database.read("SELECT body FROM service_search")]
    held: set[str] = set()
    for body in bodies:
        split = body.split()
        for word, following in zip(split, [*split[1:], ""], strict=True):
            held.update(word[:n] for n in (1, 2))  # word starts
            held.update(word[i : i + n] for n in (3, 5) for i in range(len(word) - n + 1))
            held.add(f" {word} ")
            if following:
                held.add(f"{word[-4:]} {following[:4]}")
    assert len(held) > 1000
    assert all(words.may_hold(term) for term in held)
    # And it does say no: to a term nobody has, and to a whole word that is only a part.
    for absent in ("zzqx", "luisterlx", " kinderpsych ", "qj", "xq zw"):
        assert not words.may_hold(absent), absent
        assert not any(
            text_matches(any_database.dialect, TextRule(((absent,),)), b) for b in bodies
        )


def test_a_word_nobody_has_costs_no_search_of_the_index(database: Database) -> None:
    """Once the directory's words are read (the window reads them at its start), a word
    no service holds is known to find nothing without reading the text index: at
    100,000 services that read took 200 ms a keystroke. (SQLite only: elsewhere the words
    are read from the texts and may be a moment behind another desk's save, so the
    database is always asked.)"""
    any_database = database
    directory_words(any_database)
    asked: list[str] = []
    read = any_database.read

    def spy(sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        asked.append(sql)
        return read(sql, params)

    any_database.read = spy  # type: ignore[method-assign]
    try:
        plan = search_plan(any_database, ServiceQuery(text="zzqxw"))
        assert plan.finds_nothing
        assert keys(any_database, "zzqxw") == []
        assert count_services(any_database, ServiceQuery(text="zzqxw")) == 0
    finally:
        del any_database.read
    assert not [sql for sql in asked if "MATCH" in sql or "LIKE" in sql]


def test_the_words_change_no_result(
    any_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same services for the phrasings and texts typed on the way to them, with the
    directory's words at hand and without them."""
    # Every other phrasing, whole and as typed halfway (as many as PostgreSQL answers in
    # a few seconds).
    texts = sorted({t for text, _ in PHRASINGS[::2] for t in (text, text[: len(text) // 2 + 1])})
    texts += ["zzqx", "luisterlx kind", "wurgingx"]
    # Every plan made afresh, not kept from the run before.
    monkeypatch.setattr(query_module, "search_plan", lambda db, q: build_plan(db, q.text))
    directory_words(any_database)
    with_words = {text: keys(any_database, text) for text in texts}
    monkeypatch.setattr(search_plan_module, "_loaded_words", lambda database: None)
    assert {text: keys(any_database, text) for text in texts} == with_words


def _asked_by_trigrams(database: Database, rule: TextRule) -> bool:
    """Whether a service that is not archived fits ``rule``, asked of the trigram index."""
    from ifg_desktop.db.search import text_match

    match = text_match(database.dialect, rule)
    sql = f"SELECT 1 FROM {match.source} WHERE {match.condition} AND s.archived_at IS NULL"
    return bool(database.read(sql + " LIMIT 1", match.params))


def test_a_term_in_few_words_is_asked_as_those_words(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite, once the directory's words are read: a term that is part of a few words
    ("nachto" of "nachtopvang") is looked up as those whole words in the word index, whose
    lists are short, instead of its trigrams ("ach", "cht"), whose lists may hold most
    texts. The answer is the trigram index's, for every kind of term."""
    from ifg_desktop.directory.search_plan import _exists

    directory_words(database)
    bodies = [str(row[0]) for row in database.read("SELECT body FROM service_search")]
    terms: set[str] = {"zzqx", "luisterlx", " kinderpsych ", "qj", "nachtopvang", "huis"}
    for body in bodies[::3]:
        for word in body.split()[:12]:
            terms.update({word[:2], word[1:6], f" {word} ", f"{word[-4:]} ", word[2:]})
    rules = [TextRule(((term,),)) for term in terms if term.strip()]
    listed = sorted(terms)
    rules += [
        TextRule(((a, b), (c,))) for a, b, c in zip(listed, listed[7:], listed[13:], strict=False)
    ]
    rules = [r for r in rules if all(a.strip() for g in r.groups for a in g)]
    expected = [_asked_by_trigrams(database, rule) for rule in rules]
    assert len(rules) > 300 and 100 < sum(expected) < len(rules)
    asked = _index_questions(database, monkeypatch)
    assert [_exists(database, rule) for rule in rules] == expected
    # Most terms some text holds were found through their words.
    assert len(asked) < sum(expected) / 2


def test_a_term_only_archived_services_hold_is_not_found_through_words(
    database: Database,
) -> None:
    from ifg_desktop.directory.search_plan import _exists

    with database.begin() as session:
        session.execute(
            sql_text(
                "UPDATE service SET archived_at = CURRENT_TIMESTAMP WHERE display_rank IN "
                "(SELECT rank FROM service_search WHERE body LIKE '%crisis%')"
            )
        )
    words = directory_words(database)
    assert words.holding(("crisis",), 30)  # the words keep the archived services' words
    assert not _exists(database, TextRule((("crisis",),)))


def test_the_words_that_hold_a_term() -> None:
    from ifg_desktop.directory.search_plan import DirectoryWords

    words = DirectoryWords({"nachtopvang", "opvang", "kinderopvang", "huis", "vluchthuis", "é"})
    assert set(words.holding(("opvang",), 5) or ()) == {"nachtopvang", "opvang", "kinderopvang"}
    assert words.holding((" opvang ",), 5) == ("opvang",)  # a whole word
    assert words.holding((" opv",), 5) == ("opvang",)  # a word start
    assert words.holding(("ki",), 5) == ("kinderopvang",)  # two letters: a word start
    assert set(words.holding(("huis ",), 5) or ()) == {"huis", "vluchthuis"}  # a word end
    assert set(words.holding(("nacht", "huis"), 5) or ()) == {"nachtopvang", "huis", "vluchthuis"}
    assert words.holding(("zzqx",), 5) == ()
    assert words.holding(("opvang",), 2) is None  # more words than asked for
    assert words.holding(("opvang nacht",), 5) is None  # a phrase: not by its words
    assert words.holding(("é",), 5) is None  # not a plain word


def test_words_no_service_holds_together_are_known_from_the_words(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words each found somewhere but never in one text (a phrase recombined for a partial
    match asks many such sets) are answered "no" by the word index, without the trigram
    index, which may read its longest lists to say so. The answer is the trigram index's,
    also where one group is too common to be asked by its words or only some services
    hold the others."""
    from ifg_desktop.directory.search_plan import _exists

    words = directory_words(database)
    bodies = [set(str(row[0]).split()) for row in database.read("SELECT body FROM service_search")]
    plain = sorted({w for body in bodies for w in body if w.isalpha() and len(w) > 4})
    apart = [
        (a, b)
        for a, b in zip(plain[::7], plain[3::7], strict=False)
        if not any(a in body and b in body for body in bodies)
    ]
    assert len(apart) > 20
    # A part of a word in too many words to be asked as them: left to each text's check.
    common = next(w[:3] for w in plain if words.holding((w[:3],), 30) is None)
    rules = [TextRule(((a,), (b,))) for a, b in apart]
    rules += [TextRule(((a,), (b,), (common,))) for a, b in apart[:10]]
    rules += [TextRule(((a,), (common,))) for a, _ in apart[:10]]
    expected = [_asked_by_trigrams(database, rule) for rule in rules]
    assert expected.count(False) >= len(apart) and True in expected
    asked = _index_questions(database, monkeypatch)
    assert [_exists(database, rule) for rule in rules] == expected
    assert not [sql for sql in asked if "service_fts_sub" in sql]


def test_the_words_a_phrase_fits_most_of_are_found_with_few_questions() -> None:
    """The largest sets of words some service holds together: the same sets as asking
    every set of every size from the largest down, with far fewer questions when the
    words fit in pairs at most."""
    import random
    from itertools import combinations

    from ifg_desktop.directory.search_plan import _most_words_together

    def largest_first(fit: object, words: int, largest: int) -> list[tuple[int, ...]]:
        for size in range(largest, 0, -1):
            found = [
                c
                for c in combinations(range(words), size)
                if size == 1 or fit(c)  # type: ignore[operator]
            ]
            if found:
                return found
        return []

    generator = random.Random(17)
    for _ in range(400):
        words = generator.randint(2, 6)
        texts = [
            {w for w in range(words) if generator.random() < generator.choice((0.2, 0.5, 0.8))}
            for _ in range(generator.randint(0, 6))
        ]

        def fit(chosen: tuple[int, ...], texts: list[set[int]] = texts) -> bool:
            return any(set(chosen) <= text for text in texts)

        for largest in range(1, words + 1):
            assert _most_words_together(fit, words, largest) == largest_first(
                fit, words, largest
            ), (texts, words, largest)
    # Six words found in pairs only: 6 sets of five, 15 pairs and a few triples, not
    # the 56 sets of five to two.
    pairs = [{0, 1}, {2, 3}, {4, 5}, {0, 5}]
    asked: list[tuple[int, ...]] = []

    def counted(chosen: tuple[int, ...]) -> bool:
        asked.append(chosen)
        return any(set(chosen) <= text for text in pairs)

    assert _most_words_together(counted, 6, 5) == [(0, 1), (0, 5), (2, 3), (4, 5)]
    assert len(asked) <= 6 + 15 + 4


def test_best_names_held_are_not_read_again(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing on, the names that start with the text were mostly shown a keystroke ago:
    their keys are looked up in the index of names and the rows held are used, so only a
    name not held is read from its six tables. A held row of a service archived since
    is not among them (the other rows held are the wider search's, as ever)."""
    wider, narrower = ServiceQuery(text="vertrouwens"), ServiceQuery(text="vertrouwensc")
    rows = find_rows(database, wider)
    expected = keys(database, narrower.text)
    asked: list[str] = []
    real = database.read

    def read(sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        asked.append(sql)
        return real(sql, params)

    monkeypatch.setattr(database, "read", read)
    narrowed = narrowed_rows(database, rows, None, narrower)
    assert narrowed is not None and [r.key for r in narrowed] == expected
    best = [r for r in narrowed if r.position[0] == query_module.BEST_NAMES]
    assert best and {r.key for r in best} <= {r.key for r in rows}
    assert not [sql for sql in asked if "s.key IN" in sql]  # no row read again
    # Rows held without the best names: those are read, the same as ever.
    asked.clear()
    others = [r for r in rows if r.key not in {b.key for b in best}]
    again = narrowed_rows(database, others, None, narrower)
    assert again is not None and [r.key for r in again] == expected
    assert [sql for sql in asked if "s.key IN" in sql]
    monkeypatch.undo()
    with database.begin() as session:
        session.execute(
            sql_text("UPDATE service SET archived_at = CURRENT_TIMESTAMP WHERE key = :key"),
            {"key": best[0].key},
        )
    later = narrowed_rows(database, rows, None, narrower)
    assert later is not None
    assert best[0].key not in {r.key for r in later if r.position[0] == query_module.BEST_NAMES}


def test_a_best_name_renamed_between_its_key_and_its_row_is_left_out(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The best names not held are read after their keys, with the same filters and the
    same name start: a service renamed in between (another desk) is not shown as one."""
    narrower = ServiceQuery(text="vertrouwensc")
    expected = keys(database, narrower.text)
    held = [r for r in find_rows(database, ServiceQuery(text="vertrouwens")) if r.key != "vk"]
    real = database.read

    def read(sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        found = real(sql, params)
        if sql.startswith("SELECT s.key FROM"):  # the look for the keys: then the rename
            with database.begin() as session:
                session.execute(
                    sql_text("UPDATE service SET sort_name = 'zzz', name = 'Zzz' WHERE key = 'vk'")
                )
        return found

    assert expected[0] == "vk"
    monkeypatch.setattr(database, "read", read)
    narrowed = narrowed_rows(database, held, None, narrower)
    assert narrowed is not None
    assert "vk" not in [r.key for r in narrowed if r.position[0] == query_module.BEST_NAMES]

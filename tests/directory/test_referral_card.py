"""The card for the client: numbers and hours of the chosen services, never a
professional-only number, and in its discreet form no word that gives it away."""

from __future__ import annotations

from ifg_desktop.db import Database
from ifg_desktop.directory.detail import read_services
from ifg_desktop.directory.referral_card import (
    DISCREET_TITLE,
    REVEALING,
    card_html,
    card_text,
    make_card,
    reach,
    reveals,
)
from ifg_desktop.directory.text import fold
from tests.conftest import brussels

MOMENT = brussels("2026-12-01 10:00")
# Services a front desk hands out, one of them for professionals only (crisisteam-min18),
# several whose names say what they are about.
CHOSEN = ["1712", "zsg", "tele-onthaal", "crisisteam-min18", "zelfmoordlijn", "bjb-antwerpen"]


def records(database: Database, keys: list[str]) -> list:  # type: ignore[type-arg]
    found = read_services(database, keys, MOMENT)
    return [found[key] for key in keys if key in found]


def test_the_discreet_card_gives_nothing_away(database: Database) -> None:
    card = make_card(records(database, CHOSEN), discreet=True)
    text = card_text(card)
    assert card.title == DISCREET_TITLE
    for word in REVEALING:
        assert word not in fold(text), word
    assert "1712" in text and "106" in text and "1813" in text and "03 260 72 80" in text
    assert "ma–vr 09:00–16:00" in text  # 1712's hours
    assert "dag en nacht" in text  # Tele-Onthaal


def test_no_professional_only_number_on_any_card(database: Database) -> None:
    chosen = records(database, [*CHOSEN, "vk", "veilig-huis"])
    for discreet in (True, False):
        card = make_card(chosen, discreet=discreet)
        labels = " ".join(entry.label for entry in card.entries)
        assert "Crisisteam -18" not in labels and "Veilig Huis" not in labels
        assert any("Crisisteam -18" in note and "hulpverleners" in note for note in card.left_out)


def test_a_service_without_a_number_or_website_is_left_off_and_said(database: Database) -> None:
    card = make_card(records(database, ["zsg", "1712"]), discreet=False)
    assert [entry.label for entry in card.entries] == ["1712"]
    assert any(note.startswith("Zorgcentrum na Seksueel Geweld") for note in card.left_out)


def test_the_open_card_names_the_services(database: Database) -> None:
    card = make_card(records(database, ["1712", "zelfmoordlijn"]), discreet=False)
    assert [entry.label for entry in card.entries] == ["1712", "Zelfmoordlijn"]
    assert "Zelfmoordlijn" in card_text(card) and "1813" in card_html(card)
    # The website under the field's one name, url, as on the record.
    urls = [entry.url for entry in card.entries]
    assert urls == [record.url for record in records(database, ["1712", "zelfmoordlijn"])]
    assert all(url is None or url in card_text(card) for url in urls)


def test_html_is_escaped(database: Database) -> None:
    assert reveals("Centrum voor Partnergeweld") and not reveals("Tele-Onthaal")
    card = make_card(records(database, ["1712"]), discreet=False)
    hostile = card.__class__("<script>", card.entries, card.left_out, card.discreet)
    assert "<script>" not in card_html(hostile)


def test_worker_notes_and_professional_lines_stay_off_the_card(database: Database) -> None:
    """A phone's description is for the worker ("bron van 2021: te verifiëren"); only what
    the client needs to know reaches the card, and never a line for professionals."""
    from dataclasses import replace

    from ifg_desktop.directory.records import PhoneRecord

    [record] = records(database, ["1712"])
    phones = (
        PhoneRecord("1712", "1712", "Hulplijn", "Gratis; verschijnt niet op de telefoonrekening"),
        PhoneRecord("+3232000000", "03 200 00 00", "Lijn voor hulpverleners", None),
        PhoneRecord("+3232000001", "03 200 00 01", None, "Nummer uit 2021: te verifiëren"),
    )
    card = make_card([replace(record, phones=phones)], discreet=False)
    [entry] = card.entries
    assert entry.numbers == ("1712", "03 200 00 01")
    assert "verschijnt niet op de telefoonrekening" in entry.notes
    assert not any("verifi" in note for note in entry.notes)
    closed = replace(record, status="temporarily_closed")
    assert make_card([closed]).entries == ()


def test_a_revealing_word_is_found_in_any_spelling() -> None:
    for text in ("https://www.vlaanderen.be/veilig-huis", "Vrouwen-Opvang", "Huwelijks dwang"):
        assert reveals(text), text


def test_hours_that_are_not_weekly_say_which_weeks() -> None:
    from datetime import time

    from ifg_desktop.directory.availability import Hours, Window

    hours = Hours(
        windows=(
            Window(0, time(9), time(12)),
            Window(1, time(9), time(12)),
            Window(0, time(14), time(16), ordinals=(1,)),
            Window(4, time(18), time(20), ordinals=(-1,)),
        ),
    )
    line = reach(hours)
    assert line.startswith("ma–di 09:00–12:00")  # the first Monday's hours are not every Monday's
    assert "eerste maandag van de maand 14:00–16:00" in line
    assert "laatste vrijdag van de maand 18:00–20:00" in line

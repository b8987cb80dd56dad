"""What a coordinator types is checked field by field, with a Dutch sentence when wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import LocationDraft, PhoneDraft, ServiceDraft
from ifg_desktop.directory.validation import (
    AGES,
    age_problem,
    email_problem,
    hours_problem,
    key_problem,
    normalize_website,
    phone_problem,
    validate_draft,
    website_problem,
)

GOOD = ServiceDraft(key="nieuwe-dienst", name="Nieuwe dienst")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("101", "101"),
        ("112", "112"),
        ("1712", "1712"),
        ("106", "106"),
        ("1813", "1813"),
        ("116 000", "116000"),
        ("116000", "116000"),
        ("0800 30 030", "+3280030030"),
        ("078 15 01 00", "+3278150100"),
        ("03 260 72 80", "+3232607280"),
        ("+32 3 260 72 80", "+3232607280"),
        ("0470 12 34 56", "+32470123456"),
    ],
)
def test_belgian_numbers_short_numbers_and_free_phone_are_stored_in_one_form(
    typed: str, stored: str
) -> None:
    assert phone_problem(typed) == (stored, None)


@pytest.mark.parametrize("typed", ["12", "abc", "0800", "03 260 72", ""])
def test_numbers_that_cannot_be_called_get_a_message(typed: str) -> None:
    stored, message = phone_problem(typed)
    assert stored is None
    assert message and ("nummer" in message or "telefoonnummer" in message)


def test_email_and_web_address() -> None:
    assert email_problem("info@caw.be") is None
    assert email_problem(None) is None and email_problem("") is None
    for wrong in ("info@caw", "info caw.be", "@caw.be", "info@@caw.be", "info@caw .be"):
        assert email_problem(wrong) == f"'{wrong}' is geen e-mailadres (zoals info@voorbeeld.be)."
    assert normalize_website("www.1712.be") == "https://www.1712.be"
    assert normalize_website(" https://caw.be/hulp ") == "https://caw.be/hulp"
    assert website_problem("https://www.1712.be/contact?x=1") is None
    for wrong in ("https://1712", "ftp://caw.be", "https://caw .be", "https://"):
        assert (
            website_problem(wrong)
            == f"'{wrong}' is geen webadres (zoals https://www.voorbeeld.be)."
        )


def test_age_ranges_that_make_sense() -> None:
    assert age_problem(-9, 215, False) is None  # from pregnancy to 18
    assert age_problem(None, None, True) is None
    assert age_problem(216, 215, False) == (
        "De minimumleeftijd (vanaf 18 jaar) ligt boven de maximumleeftijd (t.e.m. 17 jaar)."
    )
    assert age_problem(-12, None, False) == (
        "Een leeftijd kan niet vroeger beginnen dan de zwangerschap."
    )
    assert (
        age_problem(0, 200 * 12, False) == "Een leeftijd van meer dan 130 jaar is niet realistisch."
    )
    assert age_problem(0, 12, True) == (
        "De leeftijden zijn ofwel onbekend, ofwel ingevuld: niet allebei."
    )


def test_overlapping_hours_are_refused_past_midnight_and_week_end_included() -> None:
    monday = Window(0, time(9), time(12))
    assert hours_problem(Hours(windows=(monday, Window(0, time(13), time(17))))) is None
    assert hours_problem(Hours(windows=(monday, Window(0, time(12), time(17))))) is None  # touch
    assert hours_problem(Hours(windows=(monday, Window(0, time(11), time(13))))) == (
        "Maandag 09:00–12:00 overlapt met maandag 11:00–13:00."
    )
    night = Window(0, time(20), time(8))  # Monday evening until Tuesday morning
    assert hours_problem(Hours(windows=(night, Window(1, time(7), time(9))))) == (
        "Maandag 20:00–08:00 (tot de volgende dag) overlapt met dinsdag 07:00–09:00."
    )
    sunday_night = Window(6, time(22), time(6))  # wraps into Monday
    assert hours_problem(Hours(windows=(sunday_night, Window(0, time(5), time(9))))) is not None
    # Walk-in moments inside opening hours are not an overlap.
    assert hours_problem(Hours(windows=(monday, Window(0, time(10), time(11), "walk_in")))) is None


def test_date_exceptions() -> None:
    christmas = date(2026, 12, 25)
    assert hours_problem(Hours(exceptions=(DateException(christmas, True),))) is None
    assert hours_problem(Hours(exceptions=(DateException(christmas, False, time(9)),))) == (
        "Op 25-12-2026: geef een begin- en einduur, of duid 'gesloten' aan."
    )
    twice = (DateException(christmas, True), DateException(christmas, True))
    assert hours_problem(Hours(exceptions=twice)) == (
        "25-12-2026 staat meer dan eens bij de uitzonderingen."
    )


def test_validate_draft_names_each_field() -> None:
    assert validate_draft(GOOD, new=True) == {}
    bad = replace(
        GOOD,
        key="Nieuwe Dienst",
        name=" ",
        phones=(PhoneDraft("+3232607280"), PhoneDraft("03 260 72 80")),
        email="nee",
        url="http://x",
        minimum_age_months=30,
        maximum_age_months=20,
        keywords=("", "hulp"),
        alert_until=date(2027, 1, 1),
        locations=(LocationDraft(address_1="Straat 1", postal_code="20000"),),
        hours=Hours(windows=(Window(2, time(9), time(17)), Window(2, time(16), time(18)))),
    )
    problems = validate_draft(bad, new=True)
    assert set(problems) == {
        "key", "name", "phones", "email", "url", AGES, "keywords", "alert", "locations",
        "hours",
    }  # fmt: skip
    assert problems["phones"] == "Nummer 2 staat niet in de bewaarde vorm (+3232607280)."
    assert problems["name"] == "Een dienst heeft een naam."
    assert "key" not in validate_draft(bad)  # an existing key is never checked again
    assert key_problem("caw-antwerpen") is None and key_problem("-x") is not None

"""Belgian phone numbers: one stored form, one shown form, and a clear word when wrong.

Stored: E.164 ("+3232607280") for ordinary numbers, bare digits for short numbers
("1712", "112", "116000"), which have no international form.
"""

from __future__ import annotations

from functools import lru_cache

from ifg_desktop.i18n import translate

REGION = "BE"


class PhoneError(ValueError):
    """Not a phone number that can be called from Belgium; the message is for the user."""


@lru_cache(maxsize=65536)  # an import of 100,000 services meets the same numbers many times
def normalize_phone(text: str) -> str:
    import phonenumbers  # on first use: the window shows before this library is loaded

    cleaned = text.strip()
    try:
        number = phonenumbers.parse(cleaned, REGION)
    except phonenumbers.NumberParseException as error:
        raise PhoneError(
            translate("phones", "'{text}' is geen telefoonnummer.").format(text=text)
        ) from error
    if number.country_code == 32 and not cleaned.startswith(("+", "00")):
        national = str(number.national_number)
        if phonenumbers.is_valid_short_number_for_region(number, REGION):
            return national
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise PhoneError(
        translate(
            "phones",
            "'{text}' is geen geldig nummer: gebruik een Belgisch nummer (03 260 72 80), "
            "een kort nummer (1712, 112) of een internationaal nummer met +.",
        ).format(text=text)
    )


@lru_cache(maxsize=65536)  # a result list shows the same numbers again at every keystroke
def format_phone(stored: str) -> str:
    """How a stored number is shown: the way people dial it from Belgium."""
    if stored.isdigit():  # a short number
        return f"{stored[:3]} {stored[3:]}" if len(stored) == 6 else stored
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, REGION)
    except phonenumbers.NumberParseException:
        return stored  # shown as it was stored rather than hidden
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 32
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def dial_string(stored: str) -> str:
    """What to put on the clipboard: digits only, as dialled from Belgium."""
    return "".join(ch for ch in format_phone(stored) if ch.isdigit() or ch == "+")

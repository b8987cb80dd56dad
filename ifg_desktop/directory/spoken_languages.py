"""The languages a service can be reached in (HSDS ``language``): codes, Dutch names, order.

A small table of the languages that matter at a Flemish front desk, not all of ISO 639:
the editor and the filter offer a list a worker can read through, and every name goes
through the application's own translations (nl, en, fr) like all its other words. A code is
ISO 639-1 where the language has one ("nl"), ISO 639-3 where not ("vgt", Flemish Sign
Language); the other ISO 639 codes of a listed language ("nld", "dut") are read as it.
The editor offers the listed codes; a code it does not list that is already stored (a newer
version may list more, on a shared database) is kept, so only a malformed code is refused.
An import reports a code that is not listed.

Order: the table lists Belgium's own languages first, then the others by their Dutch name;
codes are shown, stored and exported in that order (``ordered``). Lists to choose from put
Belgium's own languages first and the others by their name in the language in use
(``display_order``, sorted the locale's way by the caller: no Qt here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "SpokenLanguage"


@dataclass(frozen=True, slots=True)
class SpokenLanguage:
    code: str  # as stored and exported: ISO 639-1, else ISO 639-3
    name: str  # Dutch; shown through ``language_name``
    aliases: tuple[str, ...] = ()  # its other ISO 639-2/639-3 codes

    @property
    def display_name(self) -> str:
        return translate(CONTEXT, self.name)


LANGUAGES: tuple[SpokenLanguage, ...] = (
    SpokenLanguage("nl", QT_TRANSLATE_NOOP("SpokenLanguage", "Nederlands"), ("nld", "dut")),
    SpokenLanguage("fr", QT_TRANSLATE_NOOP("SpokenLanguage", "Frans"), ("fra", "fre")),
    SpokenLanguage("de", QT_TRANSLATE_NOOP("SpokenLanguage", "Duits"), ("deu", "ger")),
    SpokenLanguage("vgt", QT_TRANSLATE_NOOP("SpokenLanguage", "Vlaamse Gebarentaal")),
    SpokenLanguage("sfb", QT_TRANSLATE_NOOP("SpokenLanguage", "Frans-Belgische Gebarentaal")),
    SpokenLanguage("en", QT_TRANSLATE_NOOP("SpokenLanguage", "Engels"), ("eng",)),
    SpokenLanguage("sq", QT_TRANSLATE_NOOP("SpokenLanguage", "Albanees"), ("sqi", "alb")),
    SpokenLanguage("am", QT_TRANSLATE_NOOP("SpokenLanguage", "Amhaars"), ("amh",)),
    SpokenLanguage("ar", QT_TRANSLATE_NOOP("SpokenLanguage", "Arabisch"), ("ara",)),
    SpokenLanguage("hy", QT_TRANSLATE_NOOP("SpokenLanguage", "Armeens"), ("hye", "arm")),
    SpokenLanguage("bn", QT_TRANSLATE_NOOP("SpokenLanguage", "Bengaals"), ("ben",)),
    SpokenLanguage("bs", QT_TRANSLATE_NOOP("SpokenLanguage", "Bosnisch"), ("bos",)),
    SpokenLanguage("bg", QT_TRANSLATE_NOOP("SpokenLanguage", "Bulgaars"), ("bul",)),
    SpokenLanguage("zh", QT_TRANSLATE_NOOP("SpokenLanguage", "Chinees"), ("zho", "chi")),
    SpokenLanguage("prs", QT_TRANSLATE_NOOP("SpokenLanguage", "Dari")),
    SpokenLanguage("ka", QT_TRANSLATE_NOOP("SpokenLanguage", "Georgisch"), ("kat", "geo")),
    SpokenLanguage("el", QT_TRANSLATE_NOOP("SpokenLanguage", "Grieks"), ("ell", "gre")),
    SpokenLanguage("hi", QT_TRANSLATE_NOOP("SpokenLanguage", "Hindi"), ("hin",)),
    SpokenLanguage("hu", QT_TRANSLATE_NOOP("SpokenLanguage", "Hongaars"), ("hun",)),
    SpokenLanguage("it", QT_TRANSLATE_NOOP("SpokenLanguage", "Italiaans"), ("ita",)),
    SpokenLanguage("ku", QT_TRANSLATE_NOOP("SpokenLanguage", "Koerdisch"), ("kur",)),
    SpokenLanguage("hr", QT_TRANSLATE_NOOP("SpokenLanguage", "Kroatisch"), ("hrv",)),
    SpokenLanguage("ln", QT_TRANSLATE_NOOP("SpokenLanguage", "Lingala"), ("lin",)),
    SpokenLanguage("uk", QT_TRANSLATE_NOOP("SpokenLanguage", "Oekraïens"), ("ukr",)),
    SpokenLanguage("ps", QT_TRANSLATE_NOOP("SpokenLanguage", "Pasjtoe"), ("pus",)),
    SpokenLanguage("fa", QT_TRANSLATE_NOOP("SpokenLanguage", "Perzisch"), ("fas", "per")),
    SpokenLanguage("pl", QT_TRANSLATE_NOOP("SpokenLanguage", "Pools"), ("pol",)),
    SpokenLanguage("pt", QT_TRANSLATE_NOOP("SpokenLanguage", "Portugees"), ("por",)),
    SpokenLanguage("pa", QT_TRANSLATE_NOOP("SpokenLanguage", "Punjabi"), ("pan",)),
    SpokenLanguage("ro", QT_TRANSLATE_NOOP("SpokenLanguage", "Roemeens"), ("ron", "rum")),
    SpokenLanguage("rom", QT_TRANSLATE_NOOP("SpokenLanguage", "Romani")),
    SpokenLanguage("ru", QT_TRANSLATE_NOOP("SpokenLanguage", "Russisch"), ("rus",)),
    SpokenLanguage("sr", QT_TRANSLATE_NOOP("SpokenLanguage", "Servisch"), ("srp",)),
    SpokenLanguage("sk", QT_TRANSLATE_NOOP("SpokenLanguage", "Slowaaks"), ("slk", "slo")),
    SpokenLanguage("so", QT_TRANSLATE_NOOP("SpokenLanguage", "Somalisch"), ("som",)),
    SpokenLanguage("es", QT_TRANSLATE_NOOP("SpokenLanguage", "Spaans"), ("spa",)),
    SpokenLanguage("sw", QT_TRANSLATE_NOOP("SpokenLanguage", "Swahili"), ("swa",)),
    SpokenLanguage("ta", QT_TRANSLATE_NOOP("SpokenLanguage", "Tamil"), ("tam",)),
    SpokenLanguage("rif", QT_TRANSLATE_NOOP("SpokenLanguage", "Tarifit (Berbers)")),
    SpokenLanguage("ti", QT_TRANSLATE_NOOP("SpokenLanguage", "Tigrinya"), ("tir",)),
    SpokenLanguage("cs", QT_TRANSLATE_NOOP("SpokenLanguage", "Tsjechisch"), ("ces", "cze")),
    SpokenLanguage("ce", QT_TRANSLATE_NOOP("SpokenLanguage", "Tsjetsjeens"), ("che",)),
    SpokenLanguage("tr", QT_TRANSLATE_NOOP("SpokenLanguage", "Turks"), ("tur",)),
    SpokenLanguage("ur", QT_TRANSLATE_NOOP("SpokenLanguage", "Urdu"), ("urd",)),
    SpokenLanguage("vi", QT_TRANSLATE_NOOP("SpokenLanguage", "Vietnamees"), ("vie",)),
)

BY_CODE: dict[str, SpokenLanguage] = {language.code: language for language in LANGUAGES}
_POSITION = {language.code: position for position, language in enumerate(LANGUAGES)}
_ANY_CODE = {
    alias: language.code for language in LANGUAGES for alias in (language.code, *language.aliases)
}
# Belgium's own languages: first in every list, in the table's order.
BELGIAN = ("nl", "fr", "de", "vgt", "sfb")
# The most characters of a stored code (the column's size).
CODE_LENGTH = 8


def known_code(text: str) -> str | None:
    """The stored code of an ISO 639 code of a listed language ("NLD" → "nl"); else None."""
    return _ANY_CODE.get(text.strip().lower())


def ordered(codes: Iterable[str]) -> tuple[str, ...]:
    """Codes in the table's order (unknown ones last, by code): how they are shown, stored
    in the trail and exported."""
    return tuple(sorted(set(codes), key=lambda code: (_POSITION.get(code, len(LANGUAGES)), code)))


def display_order(sort_key: Callable[[str], Any] = str.casefold) -> tuple[SpokenLanguage, ...]:
    """The languages as a list to choose from shows them: Belgium's own first, then the
    others by their name in the language in use, ``sort_key`` applied to it (the window
    passes a locale-aware collator's key)."""
    own = tuple(BY_CODE[code] for code in BELGIAN)
    others = sorted(
        (language for language in LANGUAGES if language.code not in BELGIAN),
        key=lambda language: sort_key(language.display_name),
    )
    return (*own, *others)


def language_name(code: str) -> str:
    """The language's name in the language in use; the code itself if it is not listed."""
    language = BY_CODE.get(code)
    return code if language is None else language.display_name


def names(codes: Iterable[str]) -> str:
    """ "Nederlands, Frans, Vlaamse Gebarentaal" """
    return ", ".join(language_name(code) for code in ordered(codes))


# An ISO 639 code as stored: two or three small letters.
_WELL_FORMED = re.compile(r"[a-z]{2,3}")


def languages_problem(codes: Iterable[str]) -> str | None:
    """What is wrong with the codes: only codes that are no ISO 639 code at all; a code
    this version does not list but another stored stays acceptable."""
    unknown = sorted(code for code in set(codes) if not _WELL_FORMED.fullmatch(code))
    if not unknown:
        return None
    return translate(
        "SpokenLanguage", "Onbekende taalcode: {codes} (ISO 639, zoals nl of vgt)."
    ).format(codes=", ".join(unknown))


__all__ = [
    "BELGIAN",
    "BY_CODE",
    "CODE_LENGTH",
    "LANGUAGES",
    "SpokenLanguage",
    "display_order",
    "known_code",
    "language_name",
    "languages_problem",
    "names",
    "ordered",
]

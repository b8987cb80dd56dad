"""The languages a service can be reached in (HSDS ``language``): codes, Dutch names, order.

A small table of the languages that matter at a Flemish front desk, not all of ISO 639:
the editor and the filter offer a list a worker can read through, and every name goes
through the application's own translations (nl, en, fr) like all its other words. A code is
ISO 639-1 where the language has one ("nl"), ISO 639-3 where not ("vgt", Flemish Sign
Language); the other ISO 639 codes of a listed language ("nld", "dut") are read as it.
A code that is not in the table is refused by the editor and reported by an import.

Order: Belgium's own languages first, then the others by their Dutch name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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
# The most characters of a stored code (the column's size).
CODE_LENGTH = 8


def known_code(text: str) -> str | None:
    """The stored code of an ISO 639 code of a listed language ("NLD" → "nl"); else None."""
    return _ANY_CODE.get(text.strip().lower())


def ordered(codes: Iterable[str]) -> tuple[str, ...]:
    """Codes in the table's order (unknown ones last, by code): how they are shown, stored
    in the trail and exported."""
    return tuple(sorted(set(codes), key=lambda code: (_POSITION.get(code, len(LANGUAGES)), code)))


def language_name(code: str) -> str:
    """The language's name in the language in use; the code itself if it is not listed."""
    language = BY_CODE.get(code)
    return code if language is None else language.display_name


def names(codes: Iterable[str]) -> str:
    """ "Nederlands, Frans, Vlaamse Gebarentaal" """
    return ", ".join(language_name(code) for code in ordered(codes))


def languages_problem(codes: Iterable[str]) -> str | None:
    unknown = sorted(set(codes) - BY_CODE.keys())
    if not unknown:
        return None
    return translate(
        "SpokenLanguage", "Onbekende taalcode: {codes} (ISO 639, zoals nl of vgt)."
    ).format(codes=", ".join(unknown))


__all__ = [
    "BY_CODE",
    "CODE_LENGTH",
    "LANGUAGES",
    "SpokenLanguage",
    "known_code",
    "language_name",
    "languages_problem",
    "names",
    "ordered",
]

"""Folding and splitting text the same way for what is indexed and what is typed."""

from __future__ import annotations

import re
import unicodedata

from ifg_desktop.i18n import translate

_WORD = re.compile(r"\w+")
# Words written short as they are said ("m'n man", "z'n gsm", "'k ben bang", "'t is erg"):
# read in full in what is typed and in the vocabulary's terms alike, so "zit aan m'n gsm"
# is the term "zit aan mijn gsm", not the words "m" and "n".
_SAID_SHORT = re.compile(r"(?<![\w'’])(m|z)['’]n(?![\w'’])|(?<![\w'’])['’](t|k)(?![\w'’])")
_IN_FULL = {"m": "mijn", "z": "zijn", "t": "het", "k": "ik"}


def fold(text: str) -> str:
    """Lower case without diacritics: "Continuüm" -> "continuum"."""
    if text.isascii():  # most text: nothing to decompose (the same result, 50x sooner)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def in_full(folded: str) -> str:
    """Folded text with the words written short as said ("m'n", "'k") written in full."""
    if "'" not in folded and "’" not in folded:
        return folded
    return _SAID_SHORT.sub(lambda said: _IN_FULL[said.group(1) or said.group(2)], folded)


def search_terms(typed: str) -> list[str]:
    """The plain words in whatever was typed: quotes, operators and brackets are dropped.

    Keeps their order and drops repeats; "AND", "NEAR(" or a lone quote become words or
    nothing, never query syntax.
    """
    seen: dict[str, None] = {}
    for word in _WORD.findall(in_full(fold(typed))):
        word = word.strip("_")
        if word:
            seen.setdefault(word, None)
    return list(seen)


def index_body(*parts: str | None) -> str:
    """The folded text a service is found by."""
    # Words are separated by single spaces so a prefix is "at the start or after a space".
    return " ".join(_WORD.findall(fold(" ".join(part for part in parts if part))))


def searchable(*texts: str) -> str:
    """Folded texts (``index_body``) as they are stored to be searched: the words, then the
    other forms of those words (wordforms.py), between single spaces at both ends so that a
    form is found as a whole word (" wurg ")."""
    from ifg_desktop.directory.wordforms import extra_forms

    words = " ".join(text for text in texts if text)
    forms = extra_forms(words.split())
    return f" {words} {' '.join(forms)} " if forms else f" {words} "


# C0 and C1 control characters (DEL too) other than tab and newline, and lone surrogates:
# they can rewrite a terminal (ESC, OSC), ring it (BEL), hide text, or not encode at all.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def unsafe_character(text: str) -> str | None:
    """A description of the first character text must not hold (in the language in use);
    None when all is well. Tab and newline are text; carriage returns are for
    ``plain_line_ends``."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    char = found.group()
    code, position = f"U+{ord(char):04X}", found.start() + 1
    if "\ud800" <= char <= "\udfff":
        return translate(
            "text", "bevat een ongeldig teken (losse surrogaat {code}, op positie {position})"
        ).format(code=code, position=position)
    return translate("text", "bevat een stuurteken ({code}, op positie {position})").format(
        code=code, position=position
    )


def plain_line_ends(text: str) -> str:
    """Windows and old Mac line ends as newlines: how a line ends is no part of the text."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def printable(text: str) -> str:
    """Text safe to print or show: every unsafe character (see above) becomes U+FFFD."""
    return _UNSAFE.sub("\ufffd", text)

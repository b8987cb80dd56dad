"""Folding and splitting text the same way for what is indexed and what is typed."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without diacritics: "Continuüm" -> "continuum"."""
    if text.isascii():  # most text: nothing to decompose (the same result, 50x sooner)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def search_terms(typed: str) -> list[str]:
    """The plain words in whatever was typed: quotes, operators and brackets are dropped.

    Keeps their order and drops repeats; "AND", "NEAR(" or a lone quote become words or
    nothing, never query syntax.
    """
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(typed)):
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

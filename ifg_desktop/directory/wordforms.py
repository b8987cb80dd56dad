"""Dutch word forms: "weggelopen" and "weglopen", "mishandeld" and "mishandeling" meet.

A word's *form key* is the Snowball Dutch stem of its lemma: simplemma's Dutch lemma list
turns participles and plurals into their dictionary form ("weggelopen" -> "weglopen",
"geslagen" -> "slaan", "mishandeld" -> "mishandelen"), and the stemmer strips what the
lemma keeps ("mishandelen" and "mishandeling" -> "mishandel"). Both are maintained
libraries; no suffix rule is written here. The same key is computed for what is indexed
and for what is typed.

The lemma list costs about 40 MB and half a second to load, so it is loaded at the first
word that needs it (the window warms it after its first paint, see ui/main_window.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# A form key this long is looked for inside words ("mishandel" in "kindermishandeling");
# a shorter one only as a whole word ("wurg"), or it would be found everywhere.
PART_MIN_LENGTH = 5

# Words shorter than this are left as they are: the lemma list knows "is" as "zijn".
_MIN_WORD = 4

_lock = threading.Lock()
_stemmer: Any = None


def _stem(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        import snowballstemmer

        _stemmer = snowballstemmer.stemmer("dutch")
    return str(_stemmer.stemWord(word))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch words that carry no meaning of their own ("mijn", "is", "door", "wel")."""
    from stop_words import get_stop_words

    return frozenset(get_stop_words("dutch"))


@lru_cache(maxsize=65536)
def form_key(word: str) -> str:
    """The key ``word`` (folded, one word) shares with its other forms."""
    if len(word) < _MIN_WORD or not word.isalpha():
        return word
    with _lock:  # the lemma list loads once, whichever thread asks first
        import simplemma

        lemma = simplemma.lemmatize(word, lang="nl")
        key = _stem(lemma.lower() if isinstance(lemma, str) else word)
    # The stemmer takes "ge-" off too: "geweld" would become "wel", a word of every text.
    return key if len(key) >= 3 and key not in stop_words() else word


def warm() -> None:
    """Load the lemma list and the stemmer now (off the keystroke path)."""
    form_key("mishandeld")


def extra_forms(words: Iterable[str]) -> list[str]:
    """The form keys of ``words`` that a search could not find in the words themselves:
    indexed beside a service's text, so that a typed form meets it."""
    found: dict[str, None] = {}
    for word in words:
        key = form_key(word)
        if key != word and (len(key) < PART_MIN_LENGTH or key not in word):
            found.setdefault(key, None)
    return list(found)

"""Dutch word forms: "weggelopen" and "weglopen", "mishandeld" and "mishandeling" meet.

A word's *form key* is the Snowball Dutch stem of its lemma: simplemma's Dutch lemma list
turns participles and plurals into their dictionary form ("weggelopen" -> "weglopen",
"geslagen" -> "slaan", "mishandeld" -> "mishandelen"), and the stemmer strips what the
lemma keeps ("mishandelen" and "mishandeling" -> "mishandel"). Both are maintained
libraries; no suffix rule is written here.

The lemma list costs about 40 MB and a second to load, so only what writes the search text
loads it (an import, an edit, the first start). It writes, beside the text, the other
forms of the keys the directory has (table ``word_form``, ``add_forms``); a search looks a
typed word up there (``SearchForms``), and a word that is not there is its own lemma, so
its key is its stem. The window that only searches never loads the lemma list.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ifg_desktop.directory.text import fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A form key this long is looked for inside words ("mishandel" in "kindermishandeling");
# a shorter one only as a whole word ("wurg"), or it would be found everywhere.
PART_MIN_LENGTH = 5

# Words shorter than this are left as they are: the lemma list knows "is" as "zijn".
MIN_WORD = 4
MAX_FORM_LENGTH = 80  # word_form.form

_lock = threading.Lock()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch words that carry no meaning of their own ("mijn", "is", "door", "wel")."""
    from stop_words import get_stop_words

    return frozenset(get_stop_words("dutch"))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # PyStemmer's C stemmer when it is installed

    return snowballstemmer.stemmer("dutch")


def _key_of(word: str, lemma: str) -> str:
    key = str(_stemmer().stemWord(lemma))
    # The stemmer takes "ge-" off too: "geweld" would become "wel", a word of every text.
    return key if len(key) >= 3 and key not in stop_words() else word


def stem_key(word: str) -> str:
    """The key of a word the lemma list does not know (its own lemma): its stem."""
    if len(word) < MIN_WORD or not word.isalpha():
        return word
    return _key_of(word, word)


@lru_cache(maxsize=65536)
def form_key(word: str) -> str:
    """The key ``word`` (folded, one word) shares with its other forms (lemma list)."""
    if len(word) < MIN_WORD or not word.isalpha():
        return word
    with _lock:  # the lemma list loads once, whichever thread asks first
        import simplemma

        lemma = simplemma.lemmatize(word, lang="nl")
    return _key_of(word, lemma.lower() if isinstance(lemma, str) else word)


def extra_forms(words: Iterable[str]) -> list[str]:
    """The form keys of ``words`` that a search could not find in the words themselves:
    indexed beside a service's text, so that a typed form meets it."""
    found: dict[str, None] = {}
    for word in words:
        key = form_key(word)
        if key != word and (len(key) < PART_MIN_LENGTH or key not in word):
            found.setdefault(key, None)
    return list(found)


@lru_cache(maxsize=1)
def _forms_by_key() -> dict[str, tuple[str, ...]]:
    """Every form of the lemma list by its key (about a second, once per process)."""
    # The lemmatizer's own copy (``form_key``): a second one would cost another 40 MB.
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

    with _lock:
        dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl")
        by_lemma: dict[str, list[str]] = defaultdict(list)
        for form, lemma in dictionary.items():
            folded = fold(form)
            if folded.isalpha() and len(folded) >= MIN_WORD:
                by_lemma[fold(str(lemma))].append(folded)
    found: dict[str, list[str]] = defaultdict(list)
    for lemma, forms in by_lemma.items():
        found[_key_of(lemma, lemma)].extend(forms)
    return {key: tuple(dict.fromkeys(forms)) for key, forms in found.items()}


def add_forms(session: Session, words: Iterable[str]) -> int:
    """Write the other forms of the keys of ``words`` (folded words of the directory or
    the vocabulary) that are not written yet; returns how many were."""
    from sqlalchemy import select

    from ifg_desktop.models.vocabulary import word_form

    keys = {form_key(w) for w in set(words) if len(w) >= MIN_WORD and w.isalpha()}
    if keys:
        # A key with forms written has all of them written (they are written together): only
        # new keys need the inverted lemma list, which costs a second and 100 MB to make.
        keys -= set(session.scalars(select(word_form.c.form_key).distinct()))
    if not keys:
        return 0
    by_key = _forms_by_key()
    wanted = {
        form: key
        for key in keys
        for form in by_key.get(key, ())
        if form != key and len(form) <= MAX_FORM_LENGTH and stem_key(form) != key
    }
    present: set[str] = set()
    forms = sorted(wanted)
    for start in range(0, len(forms), 500):
        chunk = forms[start : start + 500]
        present.update(session.scalars(select(word_form.c.form).where(word_form.c.form.in_(chunk))))
    rows = [{"form": f, "form_key": k} for f, k in wanted.items() if f not in present]
    if rows:
        session.execute(word_form.insert(), rows)
    return len(rows)


class SearchForms:
    """The keys of typed words, from the forms written beside the directory's text.

    ``lookup`` answers the written key of a form (None: not written); a word not written is
    its own lemma, and its key is its stem (``stem_key``): the key ``form_key`` gives.
    """

    def __init__(self, lookup: Callable[[Sequence[str]], dict[str, str]]) -> None:
        self._lookup = lookup
        self._known: dict[str, str] = {}

    def keys(self, words: Sequence[str]) -> list[str]:
        missing = [w for w in dict.fromkeys(words) if w not in self._known]
        if missing:
            written = self._lookup([w for w in missing if len(w) >= MIN_WORD and w.isalpha()])
            for word in missing:
                self._known[word] = written.get(word) or stem_key(word)
        return [self._known[w] for w in words]

    def key(self, word: str) -> str:
        return self.keys([word])[0]

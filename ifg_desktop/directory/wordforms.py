"""Dutch word forms: "weggelopen" and "weglopen", "mishandeld" and "mishandeling" meet.

A word's *form key* is the Snowball Dutch stem of its lemma: simplemma's Dutch lemma list
turns participles and plurals into their dictionary form ("weggelopen" -> "weglopen",
"geslagen" -> "slaan", "mishandeld" -> "mishandelen"), and the stemmer strips what the
lemma keeps ("mishandelen" and "mishandeling" -> "mishandel"). Both are maintained
libraries; no suffix rule is written here.

The lemma list is kept in the user's cache folder as a trie (``_LemmaList``: made once in
a second and a half, then opened in milliseconds), and inverting it (every form by its key)
takes three seconds, so only what writes the search text asks it (an import, an edit, the
first start), and its answers are kept in the same folder (``_LemmaCache``): a save needs
them for a few dozen words, which the cache answers in milliseconds. The writer
puts, beside the text, the other forms of the keys the directory has (table ``word_form``,
``add_forms``); a search looks a typed word up there (``SearchForms``), and a word that is
not there is its own lemma, so its key is its stem.
The window that only searches never loads the lemma list.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

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
def common_words() -> frozenset[str]:
    """Dutch words in common use (folded): wordfreq's small Dutch list, every word said at
    least once in a million ("slapen", "getrokken", "rusthuis"). A word written otherwise
    by mistake ("huislijk", "sexueel") is rare enough not to be in it; simplemma's lemma
    list holds such spellings, so it cannot tell a slip from a word. About 6 MB and 25 ms,
    once; empty if the list is missing."""
    import importlib.util

    # Found without importing wordfreq: its tokenizer would cost the window some 16 MB.
    # (In the bundle, packaging/ifg-wegwijzer.spec brings only this file of it.)
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(next(iter(spec.submodule_search_locations)))
    return read_common_words(folder / "data" / "small_nl.msgpack.gz")


def read_common_words(path: Path) -> frozenset[str]:
    """The words of a wordfreq list, read as ``wordfreq.read_cBpack`` documents (gzipped
    msgpack: a header, then the words by frequency); empty if it cannot be read."""
    import gzip

    import msgpack

    try:
        with gzip.open(path, "rb") as packed:
            header, *by_frequency = msgpack.unpack(packed, raw=False)
    except (OSError, EOFError, ValueError, msgpack.UnpackException):
        return frozenset()  # no list: every word nobody has may be a slip, as before
    if not isinstance(header, dict) or header.get("format") != "cB":
        return frozenset()
    return frozenset(
        fold(word)
        for words in by_frequency
        for word in words
        if len(word) >= MIN_WORD and word.isalpha()
    )


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # PyStemmer's C stemmer when it is installed

    # The classic Dutch stemmer. Snowball's newer "dutch" also takes "ge-" off the front,
    # which on a lemma is part of the word: "geweer" became "weer" and "gezin" "zin", so
    # "hij heeft me weer geslagen" named the checklist's weapons. The lemma list has already
    # turned a participle into its infinitive ("geslagen" -> "slaan").
    return snowballstemmer.stemmer("dutch_porter")


def _key_of(word: str, lemma: str) -> str:
    key = str(_stemmer().stemWord(lemma))
    # A stem that is a small word, or of two letters, would be found in every text.
    return key if len(key) >= 3 and key not in stop_words() else word


def stem_key(word: str) -> str:
    """The key of a word the lemma list does not know (its own lemma): its stem."""
    if len(word) < MIN_WORD or not word.isalpha():
        return word
    return _key_of(word, word)


# Raised whenever how a key or the inverted list is made changes: older caches are not read.
# 2: the classic Dutch stemmer (migration 0011); 3: the keys of the list's forms kept with it.
_CACHE_VERSION = 3


_BUSY_TIMEOUT = 10.0  # seconds to wait for another process writing the cache
_DAMAGED = {11, 26}  # SQLITE_CORRUPT ("malformed"), SQLITE_NOTADB ("file is not a database")


def _damaged(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the file is damaged, not busy: a file another process is
    writing is locked for a moment, never deleted for it."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED
    text = str(error)
    return "file is not a database" in text or "malformed" in text


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _remove_cache_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        # Still open elsewhere (Windows): left, and only slower.
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


class _LemmaCache:
    """The lemma list's answers in a SQLite file of the user's cache folder, per installed
    version of simplemma and the stemmer: the key of every word asked (``word_key``) and,
    once made, the inverted list (``key_form``). A damaged file is deleted and made anew,
    once; a cache that still cannot be read or written is only slower: every method then
    answers None or nothing and the lemma list is asked."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.RLock()
        self._pending: dict[str, str] = {}
        self._repaired = False
        self._opened: tuple[int, int] | None = None  # which file (device, inode) was opened
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = self._connect()
        except sqlite3.Error as error:
            self._failed(error)

    def _connect(self) -> sqlite3.Connection | None:
        """The file opened and its tables made; None when the folder cannot be written.
        Raises sqlite3.Error when the file cannot be read (damaged, or locked too long)."""
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self._path, timeout=_BUSY_TIMEOUT, check_same_thread=False)
        except (OSError, sqlite3.Error):
            return None
        self._opened = _identity(self._path)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=OFF")  # a lost cache is only slower
            connection.executescript(
                "CREATE TABLE IF NOT EXISTS word_key"
                " (word TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;"
                "CREATE TABLE IF NOT EXISTS key_form"
                " (key TEXT NOT NULL, form TEXT NOT NULL, PRIMARY KEY (key, form))"
                " WITHOUT ROWID;"
                "CREATE TABLE IF NOT EXISTS made (what TEXT PRIMARY KEY) WITHOUT ROWID;"
            )
        except BaseException:
            connection.close()
            raise
        return connection

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
            self._connection = None

    def _failed(self, error: sqlite3.Error) -> None:
        """Give up on the file; a damaged one is deleted and made anew, once a process."""
        if self._connection is not None:
            self._connection.close()
        self._connection = None
        if self._repaired or not _damaged(error):
            return
        self._repaired = True
        # Another process may have made it anew meanwhile (a new file): that one is kept.
        if _identity(self._path) == self._opened:
            _remove_cache_files(self._path)
        try:
            self._connection = self._connect()
        except sqlite3.Error:
            self._connection = None

    def key(self, word: str) -> str | None:
        with self._lock:
            if word in self._pending:
                return self._pending[word]
            if self._connection is None:
                return None
            try:
                row = self._connection.execute(
                    "SELECT key FROM word_key WHERE word = ?", (word,)
                ).fetchone()
            except sqlite3.Error as error:
                self._failed(error)
                return None
            return None if row is None else str(row[0])

    def remember(self, word: str, key: str) -> None:
        with self._lock:
            if self._connection is None:
                return
            self._pending[word] = key
            if len(self._pending) >= 5000:
                self.flush()

    def flush(self) -> None:
        with self._lock:
            if self._connection is None or not self._pending:
                return
            rows = list(self._pending.items())
            self._pending.clear()
            try:
                with self._connection:
                    self._connection.executemany(
                        "INSERT OR IGNORE INTO word_key (word, key) VALUES (?, ?)", rows
                    )
            except sqlite3.Error as error:
                self._failed(error)

    def forms(self, keys: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
        """The forms of ``keys`` from the inverted list; None when it is not made yet."""
        with self._lock:
            if self._connection is None:
                return None
            try:
                if not self._connection.execute(
                    "SELECT 1 FROM made WHERE what = 'key_form'"
                ).fetchone():
                    return None
                found: dict[str, list[str]] = defaultdict(list)
                for start in range(0, len(keys), 500):
                    chunk = keys[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, form in self._connection.execute(
                        f"SELECT key, form FROM key_form WHERE key IN ({marks})", chunk
                    ):
                        found[key].append(form)
            except sqlite3.Error as error:
                self._failed(error)
                return None
            return {key: tuple(forms) for key, forms in found.items()}

    def keep_forms(self, batches: Iterable[list[_Inverted]]) -> None:
        """Keep the inverted list, given in batches: whole or not at all. With it the key
        of every form the list holds as it is, so that a process meeting such a word later
        ("gewijzigd") need not load the lemma list and its library for it."""
        with self._lock:
            if self._connection is None:
                return
            try:
                with self._connection:
                    self._connection.execute("DELETE FROM key_form")
                    for batch in batches:
                        self._connection.executemany(
                            "INSERT OR IGNORE INTO key_form (key, form) VALUES (?, ?)",
                            [(row.key, row.form) for row in batch],
                        )
                        self._connection.executemany(
                            "INSERT OR IGNORE INTO word_key (word, key) VALUES (?, ?)",
                            [(row.form, row.form_key) for row in batch if row.form_key],
                        )
                    self._connection.execute(
                        "INSERT OR IGNORE INTO made (what) VALUES ('key_form')"
                    )
            except sqlite3.Error as error:
                self._failed(error)


@lru_cache(maxsize=8)
def _library_stamp(module: str) -> str:
    """When ``module`` was installed (its file's time): a new version, a new stamp."""
    import importlib.util
    import sys

    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return "0"
    try:
        return str(int(Path(spec.origin).stat().st_mtime))
    except OSError:  # a PyInstaller bundle keeps it in an archive: a new bundle, new libraries
        return str(int(Path(sys.executable).stat().st_mtime))


def _library_stamps() -> str:
    return "-".join(
        _library_stamp(module) for module in ("simplemma", "snowballstemmer", "Stemmer")
    )


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("ifg-desktop", appauthor=False))


def _cache_file() -> Path | None:
    return _cache_folder() / f"dutch-word-forms-{_CACHE_VERSION}-{_library_stamps()}.sqlite3"


_caches: dict[Path | None, _LemmaCache | None] = {}
_caches_lock = threading.Lock()


_CACHE_PREFIX = "dutch-word-forms-"


def _remove_old_caches(current: Path) -> None:
    """The caches of other library versions (and their -wal, -shm): never read again."""
    if not current.name.startswith(_CACHE_PREFIX):
        return
    try:
        found = list(current.parent.glob(_CACHE_PREFIX + "*"))
    except OSError:
        return
    for path in found:
        if not path.name.startswith(current.name):
            # Open in a process of that version (Windows): left for a later start.
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def _cache() -> _LemmaCache | None:
    """The cache of the folder in use (the tests change it between tests)."""
    path = _cache_file()
    with _caches_lock:
        if path not in _caches:
            if path is not None:
                _remove_old_caches(path)
            _caches[path] = _LemmaCache(path) if path is not None else None
        return _caches[path]


@atexit.register
def _flush_caches() -> None:
    for cache in list(_caches.values()):
        if cache is not None:
            cache.flush()


class _LemmaList:
    """simplemma's Dutch lemma list, read as a MARISA trie kept in the cache folder
    (simplemma's ``TrieDictionaryFactory``): a process opens it in milliseconds, where the
    packed list takes half a second and 12 MB, so an import that brings one new word
    ("gewijzigd") no longer pays for the whole list. The trie is made once per installed
    simplemma (about 1.3 s). Without marisa-trie, or a cache folder to keep it in: the
    packed list, with the same lemmas."""

    def __init__(self, folder: Path) -> None:
        import simplemma

        self._lemmatize: Callable[[str], str] = partial(
            simplemma.lemmatize, lang="nl", low_memory=True
        )
        self._factory: Any = None
        if not _writable_folder(folder):
            return
        try:
            from simplemma import Lemmatizer
            from simplemma.strategies import DefaultStrategy

            self._factory = _trie_factory(folder)
        except ImportError:  # marisa-trie is not installed
            return
        _remove_old_tries(folder)
        strategy = DefaultStrategy(dictionary_factory=self._factory)
        self._lemmatize = partial(Lemmatizer(lemmatization_strategy=strategy).lemmatize, lang="nl")

    def lemma(self, word: str) -> str:
        return self._lemmatize(word)

    def entries(self) -> Mapping[str, str]:
        """Every form of the list with its lemma (for inverting it)."""
        if self._factory is not None:
            return cast("Mapping[str, str]", self._factory.get_dictionary("nl"))
        # Read whole by a factory of its own: the list is let go when the caller is done.
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

        return DefaultDictionaryFactory(cache_max_size=1).get_dictionary("nl")


def _trie_factory(folder: Path) -> Any:
    """simplemma's ``TrieDictionaryFactory``, whose one-off build reads the packed list a
    record at a time instead of unpacking it whole into a dict first: a first start peaked
    at 170 MB with the library's build. The same trie (a test compares the files); should
    simplemma's packed format change, the library's own build."""
    from simplemma.strategies import TrieDictionaryFactory

    class RecordByRecord(TrieDictionaryFactory):
        def _build_trie(self, lang: str) -> Any:
            try:
                return _trie_of_packed_list(lang)
            except (AttributeError, ImportError, TypeError, ValueError):
                return super()._build_trie(lang)

    return RecordByRecord(cache_max_size=1, disk_cache_dir=str(folder))


def _trie_of_packed_list(lang: str) -> Any:
    """A trie of simplemma's packed list for ``lang``, as simplemma builds it from the list
    unpacked (``_load_dictionary_from_disk``), from its records as they are read."""
    from marisa_trie import HUGE_CACHE, BytesTrie
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

    data = _read_decompressed(lang)
    reverse, count, start = frontcode._read_header(data)
    read = 0

    def entries() -> Iterator[tuple[str, bytes]]:
        nonlocal read
        for _at, key, value in frontcode._iter_records(data, start):
            read += 1
            yield (key[::-1] if reverse else key).decode(), value[::-1] if reverse else value

    trie = BytesTrie(entries(), cache_size=HUGE_CACHE)
    if read != count:
        raise ValueError("the packed lemma list ends early")
    return trie


_TRIE_PREFIX = "dutch-lemma-trie-"


def _trie_folder() -> Path:
    return _cache_folder() / f"{_TRIE_PREFIX}{_library_stamp('simplemma')}"


def _writable_folder(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _remove_old_tries(current: Path) -> None:
    """The tries of other simplemma versions: never read again."""
    import shutil

    try:
        found = [path for path in current.parent.glob(_TRIE_PREFIX + "*") if path != current]
    except OSError:
        return
    for path in found:
        shutil.rmtree(path, ignore_errors=True)  # open elsewhere (Windows): a later start


_lemma_lists: dict[Path, _LemmaList] = {}


def _lemma_list() -> _LemmaList:
    """The lemma list of the cache folder in use (the tests change it); call under _lock."""
    folder = _trie_folder()
    if folder not in _lemma_lists:
        _lemma_lists[folder] = _LemmaList(folder)
    return _lemma_lists[folder]


def _lemma_key(word: str) -> str:
    with _lock:  # the lemma list loads once, whichever thread asks first
        lemma = _lemma_list().lemma(word)
    return _key_of(word, lemma.lower() if isinstance(lemma, str) else word)


@lru_cache(maxsize=65536)
def form_key(word: str) -> str:
    """The key ``word`` (folded, one word) shares with its other forms (lemma list)."""
    if len(word) < MIN_WORD or not word.isalpha():
        return word
    cache = _cache()
    key = cache.key(word) if cache is not None else None
    if key is None:
        key = _lemma_key(word)
        if cache is not None:
            cache.remember(word, key)
    return key


def extra_forms(words: Iterable[str]) -> list[str]:
    """The form keys of ``words`` that a search could not find in the words themselves:
    indexed beside a service's text, so that a typed form meets it."""
    found: dict[str, None] = {}
    for word in words:
        key = form_key(word)
        if key != word and (len(key) < PART_MIN_LENGTH or key not in word):
            found.setdefault(key, None)
    return list(found)


_INVERTED_AT_ONCE = 20_000


class _Inverted(NamedTuple):
    """A form of the lemma list under its lemma's key; and, for a form the list holds as
    it is (folded already), its own key: what ``form_key`` answers for it, since the lemma
    list's first answer for a word it holds is its entry (tests/directory hold the two
    equal)."""

    key: str
    form: str
    form_key: str | None


def _inverted(wanted: Collection[str] | None = None) -> Iterator[list[_Inverted]]:
    """The lemma list inverted, every form of it (whose key is in ``wanted``, when given),
    a batch at a time. Never held whole: the whole inversion took some 90 MB, which a
    first start paid on top of everything else."""
    with _lock:
        entries = iter(_lemma_list().entries().items())
    while True:
        batch: list[_Inverted] = []
        with _lock:  # the list's reader is not shared between threads
            read = 0
            for form, lemma in islice(entries, _INVERTED_AT_ONCE):
                read += 1
                folded = fold(form)
                if folded.isalpha() and len(folded) >= MIN_WORD:
                    folded_lemma = fold(str(lemma))
                    key = _key_of(folded_lemma, folded_lemma)
                    if wanted is None or key in wanted:
                        own = _key_of(form, str(lemma).lower()) if folded == form else None
                        batch.append(_Inverted(key, folded, own))
        if batch:
            yield batch
        if read < _INVERTED_AT_ONCE:
            return


def _forms_of(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The forms of the lemma list whose key is one of ``keys``."""
    wanted = sorted(set(keys))
    cache = _cache()
    found = cache.forms(wanted) if cache is not None else None
    if found is None and cache is not None:
        cache.keep_forms(_inverted())  # once per installed simplemma: three seconds
        found = cache.forms(wanted)
    if found is not None:
        return found
    # No cache to keep it in: only what was asked, each time.
    by_key: dict[str, dict[str, None]] = defaultdict(dict)
    for batch in _inverted(frozenset(wanted)):
        for row in batch:
            by_key[row.key].setdefault(row.form, None)
    return {key: tuple(forms) for key, forms in by_key.items()}


def warm() -> None:
    """Make the cache's inverted lemma list now if it is not made yet (seconds, once per
    installed simplemma), for a thread to call before a first save needs it."""
    cache = _cache()
    if cache is not None and cache.forms([]) is None:
        cache.keep_forms(_inverted())


def add_forms(session: Session, words: Iterable[str]) -> int:
    """Write the other forms of the keys of ``words`` (folded words of the directory or
    the vocabulary) that are not written yet; returns how many were."""
    from sqlalchemy import select

    from ifg_desktop.models.vocabulary import word_form

    keys = {form_key(w) for w in set(words) if len(w) >= MIN_WORD and w.isalpha()}
    if keys:
        # A key with forms written has all of them written (they are written together): only
        # new keys need the inverted lemma list (from the cache: three seconds to make).
        keys -= set(session.scalars(select(word_form.c.form_key).distinct()))
    cache = _cache()
    if cache is not None:
        cache.flush()  # the keys of this text, for the next process
    if not keys:
        return 0
    by_key = _forms_of(keys)
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

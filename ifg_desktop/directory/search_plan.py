"""What a typed search means: the client's words turned into a rule the index can answer.

Each typed word (or phrase of the vocabulary, "huiselijk geweld") becomes a group of
alternatives: the word itself, its other forms (wordforms.py) and the directory's words the
vocabulary gives for it (vocabulary.py). Then, only when the whole phrase finds nothing:
a word that finds nothing is read as the nearest word of the directory ("Bedoelde je …?"),
and if the words still fit no service together, the services that fit most of them are
found instead, said as such. Stop words of a spoken phrase ("mijn", "is", "door") are
not required.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from ifg_desktop.db.search import (
    SUBSTRING_MIN_LENGTH,
    Group,
    HeldTexts,
    TextRule,
    text_match,
    text_matches,
    whole_words_match,
)
from ifg_desktop.directory.text import search_terms
from ifg_desktop.directory.vocabulary import TermRecord, Vocabulary, data_token, vocabulary_of
from ifg_desktop.directory.wordforms import (
    PART_MIN_LENGTH,
    SearchForms,
    common_words,
    stop_words,
)

if TYPE_CHECKING:
    from ifg_desktop.db import Database

# A word this long that nothing holds may be a typo of a word one edit away, and from
# TYPO_TWO_EDITS on, two. Shorter words are more often real words the directory lacks
# ("vader" is no slip of "dader", nor "gisteren" of "luisteren"): they are left out.
TYPO_MIN_LENGTH = 6
TYPO_TWO_EDITS = 10
# The typed word still being typed is also read as the start of a vocabulary word from here.
COMPLETE_MIN_LENGTH = 4
# Of a phrase that fits no service as a whole, at most this many words are recombined.
PARTIAL_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class SearchPlan:
    rule: TextRule
    typed: str = ""  # the text as typed, folded (for names typed exactly)
    corrections: tuple[tuple[str, str], ...] = ()  # (typed word, the directory's word)
    # Set when no service fits every word: the words the results do fit (and the others).
    fitting: tuple[str, ...] = ()
    unfitting: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # checklist items the words name (vocabulary flags)
    # No word was found anywhere, nor a correction of it: no need to ask again.
    finds_nothing: bool = False
    # (typed word, a vocabulary phrase with it): words no text holds, read as what the
    # phrases they are words of find (``_read_as_phrase_words``).
    read_as_phrases: tuple[tuple[str, str], ...] = ()

    @property
    def partial(self) -> bool:
        return bool(self.rule.any_of)


EMPTY_PLAN = SearchPlan(TextRule(()))


@dataclass(frozen=True, slots=True)
class _Part:
    words: tuple[str, ...]  # as typed, folded
    group: Group
    known: bool  # a vocabulary term
    flags: tuple[str, ...] = ()
    meant: str | None = None  # the vocabulary phrase it was typed with a slip for

    @property
    def label(self) -> str:
        return " ".join(self.words)


def _is_short(alternative: str) -> bool:
    return len(alternative) < SUBSTRING_MIN_LENGTH


def _form_alternative(word: str, forms: SearchForms) -> str | None:
    key = forms.key(word)
    if key == word:
        return None
    # A short key is looked for as a whole word, or it would be found inside everything.
    return key if len(key) >= PART_MIN_LENGTH else f" {key} "


def _word_group(word: str, forms: SearchForms, extra: Sequence[str] = ()) -> Group:
    alternatives = dict.fromkeys([word])
    if len(word) >= SUBSTRING_MIN_LENGTH:
        form = _form_alternative(word, forms)
        if form:
            alternatives.setdefault(form, None)
    for value in extra:
        alternatives.setdefault(value, None)
    return tuple(alternatives)


def _parts(
    words: Sequence[str], vocabulary: Vocabulary, unheard: Callable[[str], bool] | None = None
) -> list[_Part]:
    """The typed words read left to right, the longest vocabulary phrase first: as typed,
    then with other small words in it (``Vocabulary.lookup_meaning``); with ``unheard`` (is a
    word in no text?), a phrase typed with a slip too (``_near_phrase``)."""
    parts: list[_Part] = []
    i = 0
    stop = stop_words()
    while i < len(words):
        longest = min(vocabulary.longest + SMALL_WORDS_BETWEEN, len(words) - i)
        for length in range(longest, 0, -1):
            chunk = tuple(words[i : i + length])
            record = vocabulary.lookup(chunk) if length <= vocabulary.longest else None
            if record is not None:
                group = _word_group(" ".join(chunk), vocabulary.forms, record.finds)
                parts.append(_Part(chunk, group, True, record.flags))
                i += length
                break
            near = (
                _near_phrase(chunk, vocabulary, unheard)
                if unheard and 1 < length <= vocabulary.longest
                else None
            )
            if near is not None:
                group = _word_group(near.term, vocabulary.forms, near.finds)
                parts.append(_Part(chunk, group, True, near.flags, meant=near.term))
                i += length
                break
            said = (
                vocabulary.lookup_meaning(chunk)
                if length > 1 and chunk[0] not in stop and chunk[-1] not in stop
                else None
            )
            if said is not None:
                group = _word_group(said.term, vocabulary.forms, said.finds)
                parts.append(_Part(chunk, group, True, said.flags))
                i += length
                break
        else:
            parts.append(_Part((words[i],), _word_group(words[i], vocabulary.forms), False))
            i += 1
    return parts


# A phrase of the vocabulary said with small words of its own in it ("hij pakt al mijn geld
# af" for "pakt mijn geld af"): at most this many words more than the longest phrase.
SMALL_WORDS_BETWEEN = 3


# A phrase of the vocabulary typed with a slip ("huiselijk gewld", "huislijk geweld"): a
# word of this many letters may be one edit away (two from TYPO_TWO_EDITS on) where no text
# holds it, beside at least one word as written. Shorter than for a word alone (six
# letters): the phrase around it says what was meant.
PHRASE_TYPO_MIN = 4


def _near_phrase(
    typed: Sequence[str], vocabulary: Vocabulary, unheard: Callable[[str], bool]
) -> TermRecord | None:
    """The vocabulary phrase of as many words that ``typed`` is, with a slip in some of its
    words, or in all of them ("huislijk gewld"): the fewest edits, then the first in the
    vocabulary's order; None if none."""
    candidates = dict.fromkeys(
        record
        for word in typed
        for written in _phrase_words_like(word, vocabulary)
        for record in vocabulary.phrases_with[written]
        if record.term.count(" ") == len(typed) - 1
    )
    best: tuple[int, TermRecord] | None = None
    for record in candidates:
        edits = _slips(typed, record.term.split(), unheard)
        if edits is not None and (best is None or edits < best[0]):
            best = (edits, record)
    return best[1] if best is not None else None


def _edits_allowed(word: str) -> int:
    """How many edits away a word typed may be from the word meant."""
    return 2 if len(word) >= TYPO_TWO_EDITS else 1


def _phrase_words_like(word: str, vocabulary: Vocabulary) -> Iterable[str]:
    """The words of vocabulary phrases ``word`` may be: itself, or those a slip away."""
    if word in vocabulary.phrases_with:
        return (word,)
    if len(word) < PHRASE_TYPO_MIN or not word.isalpha():
        return ()
    near = vocabulary.phrase_words_near(word, _edits_allowed(word))
    spelled = [w for w in spelled_otherwise(word) if w in vocabulary.phrases_with]
    return (*near, *spelled)


def _slips(
    typed: Sequence[str], written: Sequence[str], unheard: Callable[[str], bool]
) -> int | None:
    """How many edits make ``typed`` the words ``written``, word by word; None when a word
    is too far, too short to be a slip, or a word some text holds. A word in common use may
    be a slip here ("pak slag"): the phrase around it says what was meant."""
    edits = 0
    for word, meant in zip(typed, written, strict=True):
        if word == meant:
            continue
        if len(word) < PHRASE_TYPO_MIN or not word.isalpha():
            return None
        # Imported here, past the words too short to be a slip ("crisisteam a"): a first
        # import on a keystroke costs 25 ms while the window's warm-up has not done it yet.
        from rapidfuzz.distance import OSA

        most = _edits_allowed(word)
        distance = (
            1 if meant in spelled_otherwise(word) else OSA.distance(word, meant, score_cutoff=most)
        )
        if distance > most or not unheard(word):
            return None
        edits += distance
    return edits


def _without_stop_words(parts: list[_Part]) -> list[_Part]:
    stop = stop_words()
    kept = [p for p in parts if p.known or len(p.words) > 1 or p.words[0] not in stop]
    return kept or parts  # "de" alone is still a search


# -- asking the index ---------------------------------------------------------------------
class HeldRow(Protocol):
    """A row of a search the caller holds (``query.ServiceRow``): its rank and text."""

    @property
    def rank(self) -> int: ...

    @property
    def body(self) -> str: ...


# Held rows looked through for one that fits, at most: beyond a screenful or two, asking
# the index costs less than reading on.
_HELD_LOOKED_AT = 200


def _exists(
    database: Database,
    rule: TextRule,
    held: Sequence[HeldRow] = (),
    held_texts: HeldTexts | None = None,
) -> bool:
    """Whether any service that is not archived fits ``rule``. ``held``: rows of a search
    the caller holds. One whose text fits answers, once the database confirms that this
    service is still there with that text and not archived (by its rank: a lookup where
    the index may read long lists, as "nachto" does). The rows may be a moment older than
    the data; the answer is not. Then the words of the directory that hold the terms
    (``_found_by_words``), and only then the trigram index. ``held_texts``: the texts of
    ``held[:_HELD_LOOKED_AT]``, for a caller that asks many rules of the same groups."""
    # Words read in this very state of the data (none are kept for an older one), from
    # the index itself on SQLite, from what the server keeps as the texts are written on
    # PostgreSQL (migration 0007); elsewhere they might miss what was just saved.
    words = _loaded_words(database) if database.dialect in ("sqlite", "postgresql") else None
    if words is not None and not any(
        all(any(map(words.may_hold, group)) for group in groups) for groups in rule.sets()
    ):
        return False  # no word of the directory holds some group: no need to ask
    held = held[:_HELD_LOOKED_AT]
    if held_texts is not None:
        fitting = held_texts.first_fitting(rule)
    else:  # one question: the first row that fits, most often the first one
        rows = (i for i, r in enumerate(held) if text_matches(database.dialect, rule, r.body))
        fitting = next(rows, None)
    if fitting is not None:
        witness = held[fitting]
        if database.read(_STILL_THERE, (witness.rank, witness.body)):
            return True
    found = _found_by_words(database, rule, words) if words is not None else None
    if found is not None:
        return found
    match = text_match(database.dialect, rule)
    sql = f"SELECT 1 FROM {match.source} WHERE "
    sql += f"{match.condition} AND " if match.condition else ""
    sql += "s.archived_at IS NULL LIMIT 1"
    return bool(database.read(sql, match.params))


_STILL_THERE = (
    "SELECT 1 FROM service_search f JOIN service s ON s.display_rank = f.rank "
    "WHERE f.rank = ? AND f.body = ? AND s.archived_at IS NULL"
)

# Words of the directory that hold one term, at most, for ``_found_by_words``; beyond that
# the trigram index answers ("ing" is in thousands of words).
_WORDS_PER_TERM = 30
# Services it reads whose text is then checked, at most.
_WORDS_CHECKED = 8


def _found_by_words(database: Database, rule: TextRule, words: DirectoryWords) -> bool | None:
    """Whether a service that is not archived fits ``rule``, found through the whole words
    of the directory that hold its terms, in the word index (SQLite). "nachto" is in one
    word, "nachtopvang", whose list is short, where the trigram index reads the long lists
    of "ach" and "cht": at 100,000 services 6 ms, against under one here, looking through
    the words included. The texts read are checked against the rule itself. None: not
    known this way (the trigram index is asked then).

    A plain term is only ever inside one word of a text, so a text that fits holds one of
    those words for every group: when no text holds them all, none fits. That "no" is
    where the words save most: words found apart that no service holds together ("opvang
    jongeren nacht weekend antwerpen mec") took the trigram index up to 47 ms."""
    if database.dialect != "sqlite":  # only SQLite has a word index
        return None
    if all(len(a) < SUBSTRING_MIN_LENGTH for group in rule.groups for a in group):
        return None  # word starts alone: the trigram index is not what answers them
    word_sets: list[tuple[tuple[str, ...], ...]] = []
    for groups in rule.sets():
        held = [words.holding(group, _WORDS_PER_TERM) for group in groups]
        if () in held:
            continue  # no word holds a group: no text fits this set
        # A group that is a phrase, has another character or too common a term is left to
        # the texts' own check: the services that hold the other groups' words are still
        # all those that may fit.
        asked = tuple(group_words for group_words in held if group_words is not None)
        if not asked:
            return None
        word_sets.append(asked)
    if not word_sets:
        return False
    match = whole_words_match(word_sets)
    sql = f"SELECT b.body FROM {match.source} JOIN service_search b ON b.rank = f.rowid "
    sql += f"WHERE {match.condition} AND s.archived_at IS NULL LIMIT ?"
    texts = database.read(sql, (*match.params, _WORDS_CHECKED))
    if any(text_matches(database.dialect, rule, str(body)) for (body,) in texts):
        return True
    # Every text that holds the words was read and none fits: none does. Else unknown.
    return False if len(texts) < _WORDS_CHECKED else None


_T = TypeVar("_T")
_HOLDING_KEPT = 4096  # answers per term that ``DirectoryWords`` keeps
_NOT_KEPT = object()  # a term not looked for yet


def _kept(store: dict[Any, Any], key: Hashable, work_out: Callable[[], _T]) -> _T:
    """``store[key]``, worked out once (at most ``_HOLDING_KEPT`` kept). One look at the
    store: another thread may clear it meanwhile."""
    kept = store.get(key, _NOT_KEPT)
    if kept is not _NOT_KEPT:
        return cast(_T, kept)
    found = work_out()
    if len(store) > _HOLDING_KEPT:
        store.clear()
    store[key] = found
    return found


# A term of these characters is held by the index's words as by the text itself (the
# word index splits at "_" and folds letters the text keeps: other terms are always asked).
_PLAIN = re.compile(r"[a-z0-9]+")


class DirectoryWords:
    """The distinct words of the directory's search text (of archived services too).

    What a typo is matched against, by length: only words about as long are compared. And
    a quick "no": a term no word holds is in no service. Asking the trigram index that
    instead reads the whole list of every three letters of the term, common ones included
    ("luisterl": 200 ms at 100,000 services, where the words answer in a millisecond).
    """

    def __init__(self, words: set[str]) -> None:
        # Sorted and joined in parts: one sort or join of 100,000 words holds Python's lock
        # for some 50 ms, while the window's thread may want it for a keystroke (``warm_words``).
        by_length: dict[int, list[str]] = {}
        for word in words:
            if len(word) >= COMPOUND_PART_MIN and word.isalpha():
                by_length.setdefault(len(word), []).append(word)
        self.by_length = {length: tuple(sorted(by_length[length])) for length in sorted(by_length)}
        listed = list(words)
        parts = ("\n".join(listed[i : i + 5000]) for i in range(0, len(listed), 5000))
        self._lines = "\n" + "\n".join(parts) + "\n"  # one substring search for all
        self._held: dict[tuple[str, int], list[str] | None] = {}  # see ``_holding``
        self._may: dict[str, bool] = {}  # see ``may_hold``

    def has(self, word: str) -> bool:
        """``word`` (of letters, from COMPOUND_PART_MIN on) is a word of the directory."""
        same_length = self.by_length.get(len(word), ())
        at = bisect_left(same_length, word)
        return at < len(same_length) and same_length[at] == word

    def may_hold(self, alternative: str) -> bool:
        """False when no text can hold ``alternative`` (db/search.py: a part of a word, a
        word start, or a " whole word "); True when it may."""
        # Kept, as ``_holding``: a phrase's plan asks of the same groups in every set of
        # its words, and a rare term is a look through all the words each time.
        return _kept(self._may, alternative, lambda: self._may_hold_now(alternative))

    def _may_hold_now(self, alternative: str) -> bool:
        word = alternative.strip(" ")
        pieces = word.split(" ")
        if not all(_PLAIN.fullmatch(piece) for piece in pieces):
            return True
        if len(pieces) == 1 and alternative == f" {word} ":
            return f"\n{word}\n" in self._lines  # " wurg ": that very word
        if len(pieces) == 1 and len(alternative) < SUBSTRING_MIN_LENGTH:
            return "\n" + alternative in self._lines  # a word start
        # A part of a word is in some word; so is each word of a phrase, or part of it.
        return all(piece in self._lines for piece in pieces)

    def holding(self, group: Group, most: int) -> tuple[str, ...] | None:
        """The words that hold an alternative of ``group`` as a text holds it (see
        ``may_hold``): a part of a word, a word start, a word end or a whole word. None:
        more than ``most`` for one alternative, or one is not a single plain word."""
        found: list[str] = []
        for alternative in group:
            word = alternative.strip(" ")
            if not _PLAIN.fullmatch(word):
                return None
            starts = alternative.startswith(" ") or len(alternative) < SUBSTRING_MIN_LENGTH
            ends = alternative.endswith(" ")
            needle = ("\n" if starts else "") + word + ("\n" if ends else "")
            in_words = self._holding(needle, most)
            if in_words is None:
                return None
            found += in_words
        return tuple(dict.fromkeys(found))

    def _holding(self, needle: str, most: int) -> list[str] | None:
        """The words (lines) ``needle`` is found in; None: more than ``most``."""
        # Kept: the plans of a phrase ask for the same terms again and again, and each
        # look through the words takes 0.3 ms at 100,000 services.
        return _kept(self._held, (needle, most), lambda: self._holding_now(needle, most))

    def _holding_now(self, needle: str, most: int) -> list[str] | None:
        lines, start = self._lines, 0
        found: list[str] = []
        while (at := lines.find(needle, start)) >= 0:
            if len(found) == most:
                return None
            begin = lines.rfind("\n", 0, at + 1) + 1
            start = lines.find("\n", at + 1)
            found.append(lines[begin:start])
        return found


_log = logging.getLogger(__name__)
_words_lock = threading.Lock()
_words_lock_guard = threading.Lock()  # guards _words_being_read
_directory_words: dict[int, tuple[object, Hashable, DirectoryWords]] = {}


def directory_words(database: Database) -> DirectoryWords:
    """The directory's words (``DirectoryWords``), read once per state of its data.

    On a server they come over the network (100,000 words at 100,000 services): once read,
    a typo is matched against the words of a moment ago while the new ones are read on a
    thread of their own."""
    token = data_token(database)
    cached = _directory_words.get(id(database))
    if cached is not None and cached[0] is database:
        if cached[1] == token:
            return cached[2]
        if database.sqlite_file is None:
            _read_words_later(database)
            return cached[2]
    return _read_words(database, token)


def _read_words(database: Database, token: Hashable) -> DirectoryWords:
    with _words_lock:  # held while reading: a second thread waits for the first one's words
        cached = _directory_words.get(id(database))
        if cached is not None and cached[0] is database and cached[1] == token:
            return cached[2]
        found = DirectoryWords(_read_directory_words(database))
        _directory_words[id(database)] = (database, token, found)
    return found


_words_being_read: set[int] = set()  # databases (by id) whose words a thread reads


def _read_words_later(database: Database) -> None:
    with _words_lock_guard:
        if id(database) in _words_being_read:
            return
        _words_being_read.add(id(database))

    def read() -> None:
        try:
            _read_words(database, data_token(database))
        except Exception:  # the server away, say: the next typo asks again
            _log.debug("reading the directory's words", exc_info=True)
        finally:
            with _words_lock_guard:
                _words_being_read.discard(id(database))

    threading.Thread(target=read, name="directory-words", daemon=True).start()


def _words_token(database: Database) -> Hashable:
    """The state of the data the kept words were read in (None: none are kept)."""
    cached = _directory_words.get(id(database))
    return cached[1] if cached is not None and cached[0] is database else None


def _loaded_words(database: Database) -> DirectoryWords | None:
    """The directory's words if they are read already: a keystroke does not wait for them
    (the window reads them on a thread of its own, ``warm``)."""
    token = data_token(database)
    cached = _directory_words.get(id(database))
    if cached is not None and cached[0] is database and cached[1] == token:
        return cached[2]
    return None


def warm_words(database: Database, between: Callable[[], None]) -> None:
    """Read the directory's words ahead, in parts with ``between`` before each (the window's
    warm-up making way for keystrokes); kept unless a search has read them meanwhile."""
    token = data_token(database)
    if _loaded_words(database) is not None:
        return
    found = DirectoryWords(_read_directory_words(database, between))
    with _words_lock:
        if _words_token(database) is None:
            _directory_words[id(database)] = (database, token, found)


WORDS_PART = 5000  # the words read at a time by ``warm_words``


def _read_directory_words(
    database: Database, between: Callable[[], None] | None = None
) -> set[str]:
    if database.dialect == "sqlite" and between is not None:
        # In the index's (byte) order from the last word read: parts of a few ms each.
        read: set[str] = set()
        last = ""
        while True:
            between()
            sql = "SELECT term FROM service_fts_vocab WHERE term > ? LIMIT ?"
            part = [str(row[0]) for row in database.read(sql, (last, WORDS_PART))]
            if part != sorted(part):  # not in order after all: all at once, then
                return _read_directory_words(database)
            read.update(part)
            if len(part) < WORDS_PART:
                return read
            last = part[-1]
    if database.dialect == "sqlite":
        return {str(row[0]) for row in database.read("SELECT term FROM service_fts_vocab")}
    if database.dialect == "postgresql":  # kept by the server (migration 0007)
        return {str(row[0]) for row in database.read("SELECT word FROM search_word")}
    words: set[str] = set()
    for (body,) in database.read("SELECT body FROM service_search"):
        words.update(body.split())
    return words


def warm(database: Database) -> None:
    """Read what a search may need once per session (the vocabulary, the directory's words
    for typos): the window does this on a thread of its own while it shows its first page.
    Only a head start: if it fails (the database went away), the first search reads them
    itself."""
    try:
        vocabulary_of(database)
        directory_words(database)
        common_words()
        from rapidfuzz import process  # noqa: F401 - its modules, before the first typo
        from rapidfuzz.distance import OSA  # noqa: F401
    except Exception:  # nothing is lost: the search will say what is wrong
        return


def _nearest(word: str, candidates: Sequence[str], most: int) -> list[str]:
    """The candidates fewest edits away from ``word``, at most ``most`` (a swap of two
    letters is one edit)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=most, limit=8)
    if not found:
        return []
    best = min(distance for _candidate, distance, _index in found)
    return [candidate for candidate, distance, _index in found if distance == best][:3]


def _completed(part: _Part, vocabulary: Vocabulary) -> _Part | None:
    """The last word, found nowhere as it is, read as the start of vocabulary words
    ("vluchth" -> "vluchthuis"): what the person is typing."""
    word = part.words[0]
    if part.known or len(word) < COMPLETE_MIN_LENGTH:
        return None
    records = vocabulary.starting_with(word)
    if not records:
        return None
    extra = [value for record in records for value in (record.term, *record.finds)]
    flags = tuple(dict.fromkeys(flag for record in records for flag in record.flags))
    return _Part(part.words, _word_group(word, vocabulary.forms, extra), False, flags)


# A compound word nobody has is read as its longest first or last part somebody has
# ("drugsprobleem" -> "drugs"), from this many letters.
COMPOUND_PART_MIN = 4


def _compound_part(
    word: str, words: dict[int, tuple[str, ...]], vocabulary: Vocabulary
) -> list[str]:
    known = {*vocabulary.single_words()}
    stop = stop_words()  # "voortdurend" is no compound of "voor"
    for length in range(len(word) - 1, COMPOUND_PART_MIN - 1, -1):
        known_here = known | set(words.get(length, ()))
        found = [
            part
            for part in (word[:length], word[-length:])
            if part in known_here and part not in stop
        ]
        if found:
            return found[:1]
    return []


# One sound written two ways, two edits apart: "sexueel" for "seksueel", "vreiwillig" for
# "vrijwillig", "fysiek" for "physiek". A word written the other way is one slip.
_SPELLINGS = (("x", "ks"), ("ph", "f"), ("y", "ij"), ("ei", "ij"), ("ch", "g"), ("qu", "kw"))


def spelled_otherwise(word: str) -> set[str]:
    """``word`` with one of its sounds, or every time it occurs, written the other way."""
    found: set[str] = set()
    for one, other in _SPELLINGS:
        for old, new in ((one, other), (other, one)):
            at = word.find(old)
            if at < 0:
                continue
            found.add(word.replace(old, new))
            while at >= 0:
                found.add(word[:at] + new + word[at + len(old) :])
                at = word.find(old, at + 1)
    found.discard(word)
    return found


def _corrections(database: Database, part: _Part, vocabulary: Vocabulary) -> Iterator[_Part]:
    """What a word nobody has may have meant, nearest first: the word spelled otherwise
    ("sexueel"), the words one or two edits away, then the part of a compound word somebody
    has. A word in common use is meant as typed: "slapen" is no slip of "slagen", nor
    "getrokken" of "betrokken"; only a part of it may be looked for ("rusthuis")."""
    word = part.words[0]
    if part.known or len(word) < TYPO_MIN_LENGTH or not word.isalpha():
        return
    directory = directory_words(database)
    words = directory.by_length
    if word in common_words():
        compound = _compound_part(word, words, vocabulary)
        if compound:
            yield _meant_part(compound, vocabulary)
        return
    most = _edits_allowed(word)
    singles = vocabulary.single_words()
    near = range(len(word) - most, len(word) + most + 1)
    candidates = [
        *(w for length in near for w in words.get(length, ())),
        *(w for w in singles if len(w) in near),
    ]
    spelled = sorted(w for w in spelled_otherwise(word) if directory.has(w) or w in singles)
    for meant in (
        spelled[:3],
        [m for m in dict.fromkeys(_nearest(word, candidates, most)) if m != word],
        _compound_part(word, words, vocabulary),
    ):
        if meant:
            yield _meant_part(meant, vocabulary)


def _meant_part(meant: Sequence[str], vocabulary: Vocabulary) -> _Part:
    extra: list[str] = []
    flags: list[str] = []
    for candidate in meant:
        record = vocabulary.lookup((candidate,))
        extra.append(candidate)
        if record is not None:
            extra += record.finds
            flags += record.flags
    group = tuple(dict.fromkeys(a for m in extra for a in _word_group(m, vocabulary.forms)))
    return _Part((" / ".join(meant),), group, True, tuple(dict.fromkeys(flags)))


def _flags(parts: Sequence[_Part]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(flag for part in parts for flag in part.flags))


def build_plan(
    database: Database,
    text: str,
    held: Sequence[HeldRow] = (),
    kept: _KeptAnswers | None = None,
) -> SearchPlan:
    """What ``text`` asks for (``held``: see ``_exists``; ``kept``: answers of earlier
    plans to use and add to, see ``_KeptAnswers``)."""
    words = search_terms(text)
    if not words:
        return EMPTY_PLAN
    typed = " ".join(words)
    vocabulary = vocabulary_of(database)
    # A word "unheard" is in no text of the directory (its words are read only if a phrase
    # typed with a slip is in question).
    parts = _parts(words, vocabulary, lambda word: not directory_words(database).may_hold(word))
    parts = _without_stop_words(parts)
    exists = _Exists(database, held, kept)
    # A word of one or two letters is being typed, or starts half the words: it is asked
    # for as it is, and takes no part in corrections or partial matches (asking whether it
    # fits beside the other words could read the whole directory).
    short = [p for p in parts if all(map(_is_short, p.group))]
    long = [p for p in parts if p not in short]
    if not long:
        return SearchPlan(TextRule(tuple(p.group for p in short)), typed, flags=_flags(parts))
    plan = _plan_of(exists, typed, long, vocabulary, last=parts[-1])
    slips = tuple((p.label, p.meant) for p in parts if p.meant is not None)
    if slips:  # said as any correction is: "Bedoelde je 'huiselijk geweld'?"
        plan = replace(plan, corrections=(*slips, *plan.corrections))
    if not short:
        return plan
    if plan.read_as_phrases and not plan.partial:
        # A reading of the last resort: a short word beside it is never required, and is
        # said to be found nowhere ("hij volgt me op tv").
        every = tuple(range(len(plan.rule.groups)))
        plan = replace(
            plan, rule=TextRule(plan.rule.groups, (every,)), fitting=tuple(p.label for p in long)
        )
    if plan.partial:
        return replace(plan, unfitting=(*plan.unfitting, *(p.label for p in short)))
    whole = replace(plan, rule=TextRule((*plan.rule.groups, *(p.group for p in short))))
    # A short word followed by others is a whole word, not one being typed: "il a un
    # couteau", "he hit me". When no service holds it beside the rest, it is left out and
    # said so, as a longer word found nowhere is.
    typing = parts[-1] if not text[-1:].isspace() else None
    ended = [p for p in short if p is not typing]
    if not ended or plan.finds_nothing or exists(whole.rule):
        return whole
    typed_last = [p for p in short if p is typing]
    groups = (*plan.rule.groups, *(p.group for p in typed_last))
    return replace(
        plan,
        rule=TextRule(groups, (tuple(range(len(groups))),)),
        # As the words were read: "couteau" for a typed "couteua".
        fitting=tuple(dict(plan.corrections).get(p.label, p.label) for p in (*long, *typed_last)),
        unfitting=tuple(p.label for p in ended),
    )


class _Exists:
    """Whether any service fits a rule, asked once per rule while one plan is made (a
    question that finds nothing may read a whole index), and answered from the questions
    of earlier plans where they tell (``_KeptAnswers``)."""

    def __init__(
        self, database: Database, held: Sequence[HeldRow] = (), kept: _KeptAnswers | None = None
    ) -> None:
        self.database = database
        self.held = held[:_HELD_LOOKED_AT]
        self.kept = kept
        self._held_texts: HeldTexts | None = None
        self._known: dict[TextRule, bool] = {}

    def __call__(self, rule: TextRule) -> bool:
        if rule not in self._known:
            answer = self.kept.answer(rule) if self.kept is not None else None
            if answer is None:
                # Most plans ask one question, the whole phrase: the rows held are read
                # until one fits. A plan that asks more (a word that finds nothing, sets of
                # the words) asks of the same groups again and again: worked out once per
                # group.
                if self._known and self._held_texts is None:
                    texts = [r.body for r in self.held]
                    self._held_texts = HeldTexts(self.database.dialect, texts)
                answer = _exists(self.database, rule, self.held, self._held_texts)
                if self.kept is not None:
                    self.kept.keep(rule, answer)
            self._known[rule] = answer
        return self._known[rule]


# Answers kept per state of the data, at most: looked through on every question not
# answered before (some 40 microseconds for all of them).
_ANSWERS_KEPT = 64


class _KeptAnswers:
    """The answers of ``_exists`` for one database in one state of its data, shared by the
    plans of the keystrokes. Typing "mechelen" at the end of words no service holds
    together asks, at every key, which sets of the words some service holds: 1 ms a set
    at 100,000 services. A set that no service held with "mec" is held by none with
    "mech" either, and what some service held of the other words it still holds."""

    def __init__(self, database: Database, token: Hashable) -> None:
        self.database = database
        self.token = token
        self._lock = threading.Lock()
        # Rule -> (its groups as a set, whether some service fits it).
        self._answers: OrderedDict[TextRule, tuple[frozenset[Group], bool]] = OrderedDict()

    def answer(self, rule: TextRule) -> bool | None:
        """Whether a service fits ``rule``, as far as the kept answers tell; None: unknown.

        Only rules that differ from ``rule`` in one group at most are compared (the word
        being typed, or one word more or less): comparing groups alternative by
        alternative for every answer kept would cost what the answer saves."""
        if not _comparable(rule):
            return None
        with self._lock:
            exact = self._answers.get(rule)
            kept = list(self._answers.values()) if exact is None else []
        if exact is not None:
            return exact[1]
        groups = frozenset(rule.groups)
        for asked_groups, held in reversed(kept):
            # Held: every text that fits the rule asked fits a wider one. Not held: no
            # text fits a narrower one either.
            wider, narrower = (groups, asked_groups) if held else (asked_groups, groups)
            if len(wider) > len(narrower) + 1:
                continue  # at least two groups are left over
            left = wider - narrower
            if len(left) > 1:
                continue
            if not left or any(_group_covers(next(iter(left)), g) for g in narrower):
                return held
        return None

    def keep(self, rule: TextRule, held: bool) -> None:
        if not _comparable(rule):
            return
        with self._lock:
            self._answers[rule] = (frozenset(rule.groups), held)
            self._answers.move_to_end(rule)
            while len(self._answers) > _ANSWERS_KEPT:
                self._answers.popitem(last=False)


_answers_lock = threading.Lock()
_answers: dict[int, _KeptAnswers] = {}


def _kept_answers(database: Database, token: Hashable) -> _KeptAnswers:
    """The kept answers for ``database`` in the state ``token`` (``data_token``) of its data:
    those of an older state are dropped."""
    with _answers_lock:
        kept = _answers.get(id(database))
        if kept is None or kept.database is not database or kept.token != token:
            if len(_answers) >= 4:  # other databases (tests, a window opened again)
                _answers.clear()
            kept = _answers[id(database)] = _KeptAnswers(database, token)
        return kept


def _comparable(rule: TextRule) -> bool:
    """Whether ``rule`` is one that ``_KeptAnswers`` compares: plain groups (no sets of
    them) of alternatives of three characters or more. A shorter one is a word start whose
    meaning depends on the rule around it (db/search.py: alone, the word index's words,
    which split at "_"; beside a longer one, the text after a space)."""
    return not rule.any_of and not any(_is_short(a) for group in rule.groups for a in group)


def _plan_of(
    exists: _Exists, typed: str, parts: list[_Part], vocabulary: Vocabulary, *, last: _Part
) -> SearchPlan:
    """The plan of words of three letters or more (``build_plan``)."""
    database = exists.database
    rule = TextRule(tuple(p.group for p in parts))
    if exists(rule):
        return SearchPlan(rule, typed, flags=_flags(parts))
    # Some word finds nothing: read it as the nearest word of the directory.
    corrections: list[tuple[str, str]] = []
    fitting_parts: list[_Part] = []
    unfitting: list[str] = []
    for part in parts:
        if exists(TextRule((part.group,))):
            fitting_parts.append(part)
            continue
        completed = _completed(part, vocabulary) if part is last else None
        if completed is not None and exists(TextRule((completed.group,))):
            fitting_parts.append(completed)  # a word still being typed: no correction
            continue
        corrected = next(
            (c for c in _corrections(database, part, vocabulary) if exists(TextRule((c.group,)))),
            None,
        )
        if corrected is not None:
            corrections.append((part.label, corrected.label))
            fitting_parts.append(corrected)
        else:
            unfitting.append(part.label)
    flags = _flags(fitting_parts)
    rule = TextRule(tuple(p.group for p in fitting_parts))
    if not fitting_parts:
        said = _read_as_phrase_words(exists, typed, parts, vocabulary)
        if said is not None:
            return said
        rule = TextRule(tuple(p.group for p in parts))
        return SearchPlan(rule, typed, tuple(corrections), finds_nothing=True)
    changed = any(p not in parts for p in fitting_parts)  # corrected, or completed
    if not unfitting and changed and exists(rule):
        return SearchPlan(rule, typed, tuple(corrections), flags=flags)
    # No service fits every word: those that fit the most of them.
    considered = fitting_parts[:PARTIAL_MAX_WORDS]
    unfitting += [p.label for p in fitting_parts if p not in considered]
    # Every word found somewhere fits with itself; all the words that were found, together,
    # did not (when none was left out).
    whole_failed = not unfitting
    largest = len(considered) - 1 if whole_failed else len(considered)
    chosen = _most_words_together(
        lambda c: exists(TextRule(tuple(considered[i].group for i in c))), len(considered), largest
    )
    used = {i for c in chosen for i in c}
    return SearchPlan(
        TextRule(tuple(p.group for p in considered), tuple(chosen)),
        typed,
        tuple(corrections),
        fitting=tuple(p.label for i, p in enumerate(considered) if i in used),
        unfitting=(*unfitting, *(p.label for i, p in enumerate(considered) if i not in used)),
        flags=flags,
    )


def _read_as_phrase_words(
    exists: _Exists, typed: str, parts: list[_Part], vocabulary: Vocabulary
) -> SearchPlan | None:
    """When no word typed is found, nor any correction of one: the words that are words of
    vocabulary phrases, each read as what most of those phrases find ("hij neemt al mijn
    geld af": "geld", as in "pakt mijn geld af"), rather than an empty list. Said, with the
    phrase: a word alone is a weaker clue than the phrase, so only the last resort."""
    read: list[_Part] = []
    phrases: list[tuple[str, str]] = []
    for part in parts:
        said = None if len(part.words) > 1 else vocabulary.phrase_word(part.words[0])
        if said is None or len(read) == PARTIAL_MAX_WORDS:
            continue
        candidate = _Part(part.words, said.finds, True)
        if exists(TextRule((candidate.group,))):
            read.append(candidate)
            phrases.append((part.label, said.phrase))
    if not read:
        return None
    chosen = _most_words_together(
        lambda c: exists(TextRule(tuple(read[i].group for i in c))), len(read), len(read)
    )
    used = [read[i] for i in sorted({i for c in chosen for i in c})]
    fitting = tuple(p.label for p in used)
    readings = tuple((word, phrase) for word, phrase in phrases if word in fitting)
    groups = tuple(p.group for p in read)
    if len(read) == len(parts) and chosen == [tuple(range(len(read)))]:
        return SearchPlan(TextRule(groups), typed, read_as_phrases=readings)  # every word held
    return SearchPlan(
        TextRule(groups, tuple(chosen)),
        typed,
        fitting=fitting,
        unfitting=tuple(p.label for p in parts if p.label not in fitting),
        read_as_phrases=readings,
    )


def _most_words_together(
    fit: Callable[[tuple[int, ...]], bool], words: int, largest: int
) -> list[tuple[int, ...]]:
    """The largest sets of words (by index, at most ``largest`` of ``words``) that some
    service holds together (``fit``); every word alone if no two are held together.

    A set is held only where every smaller one in it is. So the sets of ``largest`` words
    are asked first (often one fits: every word but the one being typed); if none does,
    the sets grow from pairs, each only from sets found held. Words that fit in pairs but
    no further take a few pairs and triples instead of every set of every size (a set no
    service holds may read the whole index to say so)."""
    if largest <= 1:
        return list(combinations(range(words), 1))
    found = [c for c in combinations(range(words), largest) if fit(c)]
    if found or largest == 2:
        return found or list(combinations(range(words), 1))
    held: list[tuple[int, ...]] = [c for c in combinations(range(words), 2) if fit(c)]
    if not held:
        return list(combinations(range(words), 1))
    for size in range(3, largest):
        known = set(held)
        larger = [
            c
            for c in combinations(range(words), size)
            if all(smaller in known for smaller in combinations(c, size - 1)) and fit(c)
        ]
        if not larger:
            break
        held = larger
    return held


# Plans of the last texts typed, per database and state of its data.
_PLANS_KEPT = 256
_plans_lock = threading.Lock()
_plans: OrderedDict[tuple[int, Hashable, Hashable, str], tuple[object, SearchPlan]] = OrderedDict()


def plan_for(database: Database, text: str, held: Sequence[HeldRow] = ()) -> SearchPlan:
    """``build_plan``, kept for the texts of the last keystrokes while the data is the same.

    ``held``: rows of a search the caller holds (see ``_exists``): the plan is the same
    with them, made sooner."""
    if not text or not text.strip():
        return EMPTY_PLAN
    # The words a typo is matched against may be a moment older than the data (see
    # ``directory_words``): a plan made with them is made again once the new ones are in.
    key = (id(database), data_token(database), _words_token(database), text)
    with _plans_lock:
        cached = _plans.get(key)
        if cached is not None and cached[0] is database:
            _plans.move_to_end(key)
            return cached[1]
    plan = build_plan(database, text, held, _kept_answers(database, key[1]))
    with _plans_lock:
        _plans[key] = (database, plan)
        while len(_plans) > _PLANS_KEPT:
            _plans.popitem(last=False)
    return plan


def covers(wider: SearchPlan, narrower: SearchPlan) -> bool:
    """Every text that fits ``narrower`` fits ``wider`` too (so its rows can be narrowed)."""
    if wider.partial or narrower.partial:
        return False
    return all(
        any(_group_covers(old, new) for new in narrower.rule.groups) for old in wider.rule.groups
    )


def _group_covers(old: Group, new: Group) -> bool:
    return all(any(_alternative_covers(a, b) for a in old) for b in new)


def _alternative_covers(old: str, new: str) -> bool:
    """A text holding ``new`` holds ``old`` (see db/search.py for what "holds" means)."""
    if len(old) >= SUBSTRING_MIN_LENGTH:  # a part of a word: found in whatever holds ``new``
        return len(new) >= SUBSTRING_MIN_LENGTH and old in new
    if len(new) < SUBSTRING_MIN_LENGTH:
        return new.startswith(old)  # a word start
    return new.startswith(" ") and new[1:].startswith(old)  # a whole word starts with it

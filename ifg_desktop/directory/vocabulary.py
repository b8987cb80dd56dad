"""The search vocabulary: everyday words ("huiselijk geweld", "flikken", "vluchthuis") and
the directory's words they mean, kept in the database (``search_term``) by coordinators.

Reading is plain SQL (the window's keystroke path loads no SQLAlchemy); the vocabulary is
read once and kept until the database changes (on SQLite asked at every search, which costs
microseconds; elsewhere at most once a second).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ifg_desktop.directory.text import fold, in_full, index_body
from ifg_desktop.directory.wordforms import SearchForms, add_forms, stop_words
from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Hashable

    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from ifg_desktop.db import Database

MAX_TERM_LENGTH = 80  # search_term.term
MAX_FIND_LENGTH = 200  # one word or phrase a term finds
MAX_PHRASE_WORDS = 6  # a longer term is never looked for in what was typed
_NEAR_KEPT = 4096  # words typed whose near phrase words are kept (Vocabulary._near)


@dataclass(frozen=True, slots=True)
class TermRecord:
    """One word or phrase of the vocabulary, as a coordinator keeps it."""

    term: str  # folded, words apart by single spaces
    finds: tuple[str, ...]  # folded words or phrases of the directory
    flags: tuple[str, ...] = ()  # checklist item keys


@dataclass(frozen=True, slots=True)
class PhraseWord:
    """What the phrases of the vocabulary with a word in them mostly find: what that word
    says on its own when no text holds it ("geld", of "pakt mijn geld af"). Their flags are
    left out: a word alone is too weak a clue to name a red flag."""

    finds: tuple[str, ...]  # found by more than half of those phrases
    phrase: str  # the first of them that finds the most of ``finds``: where it comes from


@dataclass(frozen=True)
class Vocabulary:
    """The terms, looked up by their words as typed or by their words' forms."""

    terms: tuple[TermRecord, ...] = ()
    by_words: dict[tuple[str, ...], TermRecord] = field(default_factory=dict)
    longest: int = 0
    # The keys of words' forms (wordforms.py), as the directory has written them.
    forms: SearchForms = field(default_factory=lambda: SearchForms(lambda words: {}))
    # The terms of two words or more, by each of their words as written: the phrases a
    # phrase typed with a slip may be (``search_plan._near_phrase``).
    phrases_with: dict[str, tuple[TermRecord, ...]] = field(default_factory=dict)
    # The terms of two meaningful words or more, by those words (small words such as "mijn",
    # "al", "af" left out): what a phrase said with other small words in it is
    # (``lookup_meaning``).
    by_meaning: dict[tuple[str, ...], TermRecord] = field(default_factory=dict)
    # The terms of meaningful words only, by their keys in any order: Dutch puts them where
    # the sentence wants ("kinderen slaan", "hij slaat de kinderen"). A "niet" counts as a
    # word here ("thuis niet veilig" is no "veilig thuis"). Not a term whose small words say
    # who does what ("dan pleeg ik zelfmoord" is a threat, "ik wil zelfmoord plegen" is
    # not), nor words another term of other meaning has too ("kinderen in huis", "huis van
    # het kind").
    by_any_order: dict[tuple[str, ...], TermRecord] = field(default_factory=dict)
    # The meaningful words of phrases, by their forms' keys: what each says alone
    # (``phrase_word``).
    phrase_words: dict[str, PhraseWord] = field(default_factory=dict)
    # The words of ``phrases_with`` near a word typed, as asked (a word is typed again at
    # every key that follows it).
    _near: dict[tuple[str, int], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, terms: Iterable[TermRecord], forms: SearchForms) -> Vocabulary:
        kept = tuple(terms)
        by_words: dict[tuple[str, ...], TermRecord] = {}
        forms.keys([word for record in kept for word in record.term.split()])  # one look
        for record in kept:  # the words as written win over another term's forms
            by_words.setdefault(tuple(forms.keys(record.term.split())), record)
        for record in kept:
            by_words[tuple(record.term.split())] = record
        for record in kept:  # kept by an older rule as "m n gsm": found as "mijn gsm" too
            by_words.setdefault(_split_short_in_full(record.term.split()), record)
        longest = max((len(key) for key in by_words), default=0)
        phrases_with: dict[str, list[TermRecord]] = {}
        for record in kept:
            words = record.term.split()
            if len(words) > 1:
                for word in dict.fromkeys(words):
                    phrases_with.setdefault(word, []).append(record)
        by_meaning: dict[tuple[str, ...], TermRecord] = {}
        meaning = {record: _meaningful(record.term.split()) for record in kept}
        for record, said in meaning.items():  # as written first: before any term's forms
            if len(said) >= 2:
                by_meaning.setdefault(said, record)
        for record, said in meaning.items():
            if len(said) >= 2:
                by_meaning.setdefault(tuple(forms.keys(said)), record)
        sharing: dict[tuple[str, ...], list[TermRecord]] = {}
        for record, said in meaning.items():
            if len(said) >= 2:
                key = _any_order(forms.keys(said), record.term.split())
                sharing.setdefault(key, []).append(record)
        by_any_order = {
            key: pure[0]
            for key, records in sharing.items()
            if len({(r.finds, r.flags) for r in records}) == 1
            and (pure := [r for r in records if len(key) == r.term.count(" ") + 1])
        }
        # Every phrase once under each key of its meaningful words ("slaat" and "sloeg"
        # are one word), verbs that say little on their own left out.
        light = set(forms.keys(LIGHT_VERBS))
        with_key: dict[str, dict[TermRecord, None]] = {}
        for record, meaningful in meaning.items():
            if " " in record.term:
                for form_key in forms.keys(meaningful):
                    if form_key not in light:
                        with_key.setdefault(form_key, {})[record] = None
        phrase_words = {
            form_key: reading
            for form_key, found in with_key.items()
            if (reading := _mostly_found(list(found))) is not None
        }
        return cls(
            kept,
            by_words,
            min(longest, MAX_PHRASE_WORDS),
            forms,
            {word: tuple(records) for word, records in phrases_with.items()},
            by_meaning,
            by_any_order,
            phrase_words,
        )

    def lookup(self, words: Sequence[str]) -> TermRecord | None:
        """The term these words are, as typed or in another form of each word."""
        found = self.by_words.get(tuple(words))
        return found or self.by_words.get(tuple(self.forms.keys(words)))

    def lookup_meaning(self, words: Sequence[str]) -> TermRecord | None:
        """The term of two meaningful words or more that ``words`` say, whatever small words
        are around or between them ("hij pakt al mijn geld" says "pakt mijn geld af"), and
        in whatever order ("slaat de kinderen" says "kinderen slaan")."""
        meaningful = _meaningful(words)
        if len(meaningful) < 2:
            return None
        found = self.by_meaning.get(meaningful)
        if found is not None:
            return found
        keys = tuple(self.forms.keys(meaningful))
        found = self.by_meaning.get(keys)
        return found or self.by_any_order.get(_any_order(keys, words))

    def phrase_word(self, word: str) -> PhraseWord | None:
        """What ``word``, a meaningful word of phrases of the vocabulary, says alone: what
        most of those phrases find; None if it is in none, or they agree on nothing."""
        return self.phrase_words.get(self.forms.key(word))

    def starting_with(self, prefix: str, limit: int = 3) -> list[TermRecord]:
        """One-word terms that begin with ``prefix`` (a word still being typed)."""
        found = [t for t in self.terms if t.term.startswith(prefix) and " " not in t.term]
        return sorted(found, key=lambda t: (len(t.term), t.term))[:limit]

    def phrase_words_near(self, word: str, most: int) -> tuple[str, ...]:
        """The words of phrases (terms of two words or more) ``most`` edits or fewer away
        from ``word``, a swap of two letters being one edit."""
        found = self._near.get((word, most))
        if found is None:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            near = process.extract(
                word, list(self.phrases_with), scorer=OSA.distance, score_cutoff=most, limit=None
            )
            found = tuple(candidate for candidate, _distance, _index in near)
            if len(self._near) >= _NEAR_KEPT:
                self._near.clear()
            self._near[word, most] = found
        return found

    def single_words(self) -> list[str]:
        return [t.term for t in self.terms if " " not in t.term]


# Small words that turn a phrase around: the stop words' list has them, but "thuis niet
# veilig" is no "veilig thuis".
_NEGATIONS = frozenset({"niet", "geen", "nooit", "niets", "niemand", "nergens"})


def _any_order(keys: Iterable[str], words: Sequence[str]) -> tuple[str, ...]:
    """The keys of the meaningful words of ``words`` with its negations, sorted."""
    return tuple(sorted([*keys, *(word for word in words if word in _NEGATIONS)]))


# A word of phrases says something alone when this many phrases or more have it: "neemt"
# of "neemt hem in bescherming" alone is no defending of the partner.
PHRASES_FOR_A_WORD = 2
# Verbs that carry a phrase's meaning only with its other words: "zit" of "zit aan mijn
# gsm" says nothing in "de kat zit op het dak", nor "mag" of "mag geen vrienden zien" in
# "mag ik een koffie". Their forms as said, since not every form has the same key.
LIGHT_VERBS = (
    *("zijn", "is", "was", "hebben", "heeft", "had", "worden", "wordt", "werd"),
    *("kunnen", "kan", "kon", "mogen", "mag", "mocht", "moeten", "moet", "moest"),
    *("willen", "wil", "wilde", "zullen", "zal", "zou", "gaan", "gaat", "ging"),
    *("komen", "komt", "kwam", "doen", "doet", "deed", "laten", "laat", "liet"),
    *("maken", "maakt", "maakte", "zitten", "zit", "zat", "staan", "staat", "stond"),
    *("liggen", "ligt", "lag", "zeggen", "zegt", "zei", "kijken", "kijkt", "keek"),
    *("zien", "ziet", "zag", "blijven", "blijft", "bleef", "krijgen", "krijgt", "kreeg"),
    *("geven", "geeft", "gaf", "nemen", "neemt", "nam", "houden", "houdt", "hield"),
    *("praten", "praat", "weten", "weet", "wist", "vinden", "vindt", "vond"),
    *("denken", "denkt", "dacht", "zetten", "zet", "brengen", "brengt", "bracht"),
)


def _mostly_found(records: Sequence[TermRecord]) -> PhraseWord | None:
    """What more than half of ``records`` find, in the order they give it; None when they
    are too few or agree on nothing."""
    if len(records) < PHRASES_FOR_A_WORD:
        return None
    counted = Counter(find for record in records for find in dict.fromkeys(record.finds))
    finds = tuple(find for find, count in counted.items() if 2 * count > len(records))
    if not finds:
        return None
    said = max(records, key=lambda record: len(set(finds) & set(record.finds)))
    return PhraseWord(finds, said.term)


# "m'n" and "z'n" as a term stored before ``text.in_full`` holds them: two words.
_SPLIT_SHORT = re.compile(r"(?<!\S)([mz]) n(?!\S)")


def _split_short_in_full(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(in_full(_SPLIT_SHORT.sub(r"\1'n", " ".join(words))).split())


def _meaningful(words: Sequence[str]) -> tuple[str, ...]:
    stop = stop_words()
    return tuple(word for word in words if word not in stop)


def normalized_term(text: str) -> str:
    """How a term is stored and compared: folded, plain words apart by single spaces, the
    words written short as said in full, as typed words are (``text.in_full``)."""
    return index_body(in_full(fold(text)))


def normalized_finds(values: Iterable[str]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for value in values:
        folded = index_body(value)
        if folded:
            found.setdefault(folded, None)
    return tuple(found)


# -- reading ------------------------------------------------------------------------------
def read_terms(database: Database) -> list[TermRecord]:
    rows = database.read("SELECT term, finds, flags FROM search_term ORDER BY term")
    return [TermRecord(term, _listed(finds), _listed(flags)) for term, finds, flags in rows]


def _listed(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # SQLite hands JSON over as text
        value = json.loads(value)
    return tuple(str(item) for item in value)


_cache_lock = threading.Lock()
_load_lock = threading.Lock()
_cache: dict[int, tuple[Any, Hashable, float, Vocabulary]] = {}


def vocabulary_of(database: Database) -> Vocabulary:
    """The database's vocabulary, read again when the data changed."""
    now = time.monotonic()
    with _cache_lock:
        cached = _cache.get(id(database))
        # SQLite answers "has anything changed" in microseconds; another server is asked
        # at most once a second.
        if cached is not None and cached[0] is not database:
            cached = None  # another database object at the same address
        if cached is not None and database.sqlite_file is None and now - cached[2] < 1.0:
            return cached[3]
    with _load_lock:  # a second thread waits for the first one's reading
        version = database.data_version()
        with _cache_lock:
            cached = _cache.get(id(database))
        if cached is not None and cached[0] is database and cached[1] == version:
            vocabulary = cached[3]
        else:
            forms = SearchForms(lambda words: _written_forms(database, words))
            vocabulary = Vocabulary.of(read_terms(database), forms)
        with _cache_lock:
            _cache[id(database)] = (database, version, now, vocabulary)
    return vocabulary


def _written_forms(database: Database, words: Sequence[str]) -> dict[str, str]:
    """The keys written for these forms (table word_form), where there are."""
    found: dict[str, str] = {}
    for start in range(0, len(words), 500):
        chunk = words[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT form, form_key FROM word_form WHERE form IN ({marks})"
        found.update((str(form), str(key)) for form, key in database.read(sql, chunk))
    return found


def data_token(database: Database) -> Hashable:
    """What changes when the data does, as seen by ``vocabulary_of`` (at most a second late)."""
    vocabulary_of(database)
    return _cache[id(database)][1]


def forget(database: Database) -> None:
    """Drop what is kept of ``database`` (this process changed it)."""
    with _cache_lock:
        _cache.pop(id(database), None)


# -- the shipped file ---------------------------------------------------------------------
def read_vocabulary_file(path: Path) -> list[TermRecord]:
    """The terms of a vocabulary file (seed_data/vocabulary.json), one per word."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, TermRecord] = {}
    for entry in data["entries"]:
        finds = normalized_finds(entry["finds"])
        flags = tuple(entry.get("flags", ()))
        for word in entry["words"]:
            term = normalized_term(word)
            if term and term not in found:
                found[term] = TermRecord(term, finds, flags)
    return list(found.values())


# -- keeping it (coordinators) ------------------------------------------------------------
class TermProblem(ValueError):
    """A term that cannot be saved as it is; the message says why (the language in use)."""


def check_term(record: TermRecord) -> TermRecord:
    """``record`` normalized, or TermProblem."""
    term = normalized_term(record.term)
    if not term:
        raise TermProblem(translate("vocabulary", "Vul een woord of uitdrukking in."))
    if len(term) > MAX_TERM_LENGTH:
        raise TermProblem(
            translate("vocabulary", "Een zoekterm is hoogstens {count} tekens lang.").format(
                count=MAX_TERM_LENGTH
            )
        )
    finds = normalized_finds(record.finds)
    if not finds:
        raise TermProblem(
            translate("vocabulary", "Vul minstens één woord van de wegwijzer in dat de term vindt.")
        )
    if any(len(value) > MAX_FIND_LENGTH for value in finds):
        raise TermProblem(
            translate(
                "vocabulary", "Een woord dat de term vindt, is hoogstens {count} tekens lang."
            ).format(count=MAX_FIND_LENGTH)
        )
    flags = tuple(dict.fromkeys(flag.strip() for flag in record.flags if flag.strip()))
    return TermRecord(term, finds, flags)


def check_flags(flags: Iterable[str], known: Iterable[str]) -> None:
    """TermProblem when a flag is not the key of a checklist item (``known``)."""
    unknown = [flag for flag in flags if flag not in set(known)]
    if len(unknown) == 1:
        raise TermProblem(
            translate("vocabulary", "'{flag}' is geen signaal van de checklist.").format(
                flag=unknown[0]
            )
        )
    if unknown:
        shown = ", ".join(f"'{flag}'" for flag in unknown)
        raise TermProblem(
            translate("vocabulary", "{flags} zijn geen signalen van de checklist.").format(
                flags=shown
            )
        )


def save_term(
    database: Database,
    record: TermRecord,
    *,
    by: str,
    replacing: str | None = None,
    only_new: bool = False,
) -> TermRecord:
    """Add or change one term, with the audit trail; returns it as stored.

    ``replacing``: the term as it was before the coordinator edited it; when the words
    changed, that term goes (recorded as deleted) and this one comes. ``only_new``: refuse
    a term that is there already (a "new term" form must not overwrite one).
    """
    from ifg_desktop.models.base import utcnow

    record = check_term(record)
    old_spellings = [] if replacing is None else _spellings(replacing)
    moment = utcnow()
    with database.begin_write() as session:
        stored = stored_terms(session, [record.term, *old_spellings])
        # A flag the term has already may stay, even if the checklist no longer has it.
        kept = {flag for term in stored.values() for flag in term.flags}
        check_flags([f for f in record.flags if f not in kept], checklist_keys(session))
        if record.term in stored and (
            only_new or (old_spellings and record.term not in old_spellings)
        ):
            raise TermProblem(
                translate(
                    "vocabulary",
                    "De zoekterm '{term}' bestaat al: kies hem in de lijst om hem te bewerken.",
                ).format(term=record.term)
            )
        old = next((spelling for spelling in old_spellings if spelling in stored), None)
        if old is not None and old != record.term:
            _delete(session, stored[old], by=by, when=moment)
        _put(session, record, stored.get(record.term), by=by, when=moment)
    forget(database)
    return record


def remove_term(database: Database, term: str, *, by: str) -> bool:
    """Take a term out of the vocabulary, with the audit trail; False if there was none."""
    from ifg_desktop.models.base import utcnow

    spellings = _spellings(term)
    with database.begin_write() as session:
        stored = stored_terms(session, spellings)
        existing = next((stored[s] for s in spellings if s in stored), None)
        if existing is None:
            return False
        _delete(session, existing, by=by, when=utcnow())
    forget(database)
    return True


def _spellings(term: str) -> list[str]:
    """How a term may be stored: as typed but folded, or normalized (``check_term``); a
    vocabulary loaded by an older rule may keep hyphens and apostrophes ("ex-partner"), or
    hold a word written short as split ("m n man", before ``text.in_full``)."""
    spellings = (" ".join(fold(term).split()), normalized_term(term), index_body(term))
    return list(dict.fromkeys(spellings))


def write_terms(
    session: Session, records: Iterable[TermRecord], *, by: str, when: datetime | None = None
) -> int:
    """Add or change terms (checked already) in the caller's unit of work, with the audit
    trail, as ``save_term`` does (an import); returns how many were added or changed."""
    wanted = {record.term: record for record in records}
    stored = stored_terms(session, list(wanted))
    return sum(
        _put(session, record, stored.get(term), by=by, when=when) for term, record in wanted.items()
    )


def stored_terms(session: Session, terms: Sequence[str] | None = None) -> dict[str, TermRecord]:
    """The terms in the database (only ``terms``, if given), read in the caller's session."""
    from sqlalchemy import select

    terms_table = _terms_table()
    statement = select(terms_table.c.term, terms_table.c.finds, terms_table.c.flags)
    found: dict[str, TermRecord] = {}
    wanted = None if terms is None else list(dict.fromkeys(terms))
    for start in range(0, 1 if wanted is None else len(wanted), 500):
        chosen = statement
        if wanted is not None:
            chosen = statement.where(terms_table.c.term.in_(wanted[start : start + 500]))
        for term, finds, flags in session.execute(chosen):
            found[term] = TermRecord(term, _listed(finds), _listed(flags))
    return found


def checklist_keys(session: Session) -> set[str]:
    """The keys of the checklist's items: what a term's ``flags`` may name."""
    from sqlalchemy import Table, select

    from ifg_desktop.models import ChecklistItem

    return set(session.scalars(select(cast(Table, ChecklistItem.__table__).c.key)))


def _put(
    session: Session,
    record: TermRecord,
    existing: TermRecord | None,
    *,
    by: str,
    when: datetime | None,
) -> bool:
    from sqlalchemy import insert, update

    from ifg_desktop.directory import audit, fields
    from ifg_desktop.models import AuditAction

    before = None if existing is None else _as_json(existing.finds, existing.flags)
    after = _as_json(record.finds, record.flags)
    if before == after:
        return False
    finds, flags = list(record.finds), list(record.flags)
    terms_table = _terms_table()
    if existing is None:
        session.execute(insert(terms_table).values(term=record.term, finds=finds, flags=flags))
        add_forms(session, record.term.split())  # "gewurgd" finds the new "wurgen"
        action = AuditAction.CREATE
    else:
        session.execute(
            update(terms_table)
            .where(terms_table.c.term == record.term)
            .values(finds=finds, flags=flags)
        )
        action = AuditAction.UPDATE
    audit.record(
        session,
        key=record.term,
        action=action,
        by=by,
        changes=[(fields.SEARCH_TERM, before, after)],
        version=None,
        resource_type=audit.SEARCH_TERM,
        when=when,
    )
    return True


def _delete(session: Session, existing: TermRecord, *, by: str, when: datetime | None) -> None:
    from sqlalchemy import delete

    from ifg_desktop.directory import audit, fields
    from ifg_desktop.models import AuditAction

    terms_table = _terms_table()
    session.execute(delete(terms_table).where(terms_table.c.term == existing.term))
    audit.record(
        session,
        key=existing.term,
        action=AuditAction.DELETE,
        by=by,
        changes=[(fields.SEARCH_TERM, _as_json(existing.finds, existing.flags), None)],
        version=None,
        resource_type=audit.SEARCH_TERM,
        when=when,
    )


def _terms_table() -> Table:
    """The vocabulary's table, for statements without the ORM: an import in a fresh process
    then never configures the mappers (see ``hsds/importer.py``)."""
    from ifg_desktop.models import SearchTerm

    return cast("Table", SearchTerm.__table__)


def _as_json(finds: Sequence[str], flags: Sequence[str]) -> str:
    return json.dumps({"finds": list(finds), "flags": list(flags)}, ensure_ascii=False)


def load_terms(session: Session, records: Iterable[TermRecord]) -> int:
    """Put terms into an empty or partly filled vocabulary (seeding, import): a term that is
    there already keeps what a coordinator gave it."""
    from sqlalchemy import insert, select

    terms_table = _terms_table()
    present = set(session.scalars(select(terms_table.c.term)))
    fresh = [r for r in records if r.term not in present]
    if fresh:
        # Core, as every write of the vocabulary: its reads (``stored_terms``) are Core
        # statements, which would not see ORM objects not flushed yet.
        session.execute(
            insert(terms_table),
            [{"term": r.term, "finds": list(r.finds), "flags": list(r.flags)} for r in fresh],
        )
    add_forms(session, [word for r in fresh for word in r.term.split()])
    return len(fresh)


__all__ = [
    "TermProblem",
    "TermRecord",
    "Vocabulary",
    "check_flags",
    "check_term",
    "load_terms",
    "read_terms",
    "remove_term",
    "save_term",
    "stored_terms",
    "vocabulary_of",
    "write_terms",
]

"""The one seam for database-specific text search.

The domain asks for "services whose text fits this rule" and gets a SQL fragment to put in
its FROM and WHERE, and the column that gives display order. A rule (``TextRule``) is a list
of groups, each a list of alternatives: every group must match (or, for a phrase no service
fits as a whole, every group of one of the sets in ``any_of``), and a group matches when any
of its alternatives does. An alternative of three characters or more is found anywhere in
the text (parts of compound words); a shorter one at the start of a word.

On SQLite the full-text index *is* the outer loop: FTS5 tables keep their rows by
``display_rank`` (their rowid), so ``ORDER BY f.rowid LIMIT 100`` stops after one page
instead of sorting every match. Trigram indexes find substrings of three letters or more;
a unicode61 index with a prefix index answers short terms by word prefix. There is one
trigram index per part of a service's text that ranking tells apart (``TIERS``): its names,
its names and keywords and themes, and everything.

On PostgreSQL the same parts of the text are asked with ``LIKE`` on the folded text, which
a trigram index (pg_trgm, migration 0007) of each part answers; the texts are folded by the
application before they are stored, so the index needs no accent rules of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

# Display ranks (service.display_rank, the FTS5 rowid) are this far apart when numbered
# afresh, so a new or renamed service usually slots in between (directory/indexing.py).
RANK_STEP = 1024

# Shorter terms match word prefixes only: a substring of one or two letters matches anything.
SUBSTRING_MIN_LENGTH = 3

# The parts of a service's text that ranking tells apart, best first: (column of
# service_search, its trigram index). A service is ranked by the first part that fits the
# rule on its own; each part holds the one before it.
TIERS = (
    ("name_text", "service_fts_name"),
    ("key_text", "service_fts_key"),
    ("body", "service_fts_sub"),
)

# The FTS5 tables and the triggers that keep them in step with service_search are made by
# the migrations (0001, and 0003 for the name and keyword indexes).
_FTS_TABLES = ("service_fts_sub", "service_fts_word", "service_fts_name", "service_fts_key")

# What the SQLite migrations make beside the models, by name prefix (none of it on
# PostgreSQL): the FTS5 tables and their own tables, and the result list's rows (0010).
SQLITE_ONLY_TABLES = ("service_fts", "service_row")

# A bulk write (an import, a renumbering) leaves FTS5 with an index segment per batch, and
# every query looks each term up in every segment: at 100,000 services ten segments made a
# page query two to three times slower. After a write this large they are merged into one.
MERGE_AFTER_ROWS = 1000

Group = tuple[str, ...]  # alternatives, folded; any one of them matches


@dataclass(frozen=True, slots=True)
class TextRule:
    """Which texts fit: every group, or with ``any_of`` every group of one of those sets."""

    groups: tuple[Group, ...]
    any_of: tuple[tuple[int, ...], ...] = ()

    @classmethod
    def of_terms(cls, terms: Sequence[str]) -> TextRule:
        """Every term must be found as it is (no other forms)."""
        return cls(tuple((term,) for term in terms))

    def sets(self) -> tuple[tuple[Group, ...], ...]:
        """The alternatives to the whole rule: each a set of groups that must all match."""
        if not self.any_of:
            return (self.groups,) if self.groups else ()
        return tuple(tuple(self.groups[i] for i in chosen) for chosen in self.any_of)


def merge_index_sql(dialect: str) -> tuple[str, ...]:
    """Statements that merge the full-text index into one segment (none where there is none)."""
    if dialect != "sqlite":
        return ()
    return tuple(f"INSERT INTO {table}({table}) VALUES ('optimize')" for table in _FTS_TABLES)


@dataclass(frozen=True, slots=True)
class TextMatch:
    """``FROM {source}`` (which must name the service table ``s``) ``WHERE {condition}``."""

    source: str
    condition: str | None
    params: tuple[object, ...]
    order_by: str
    # The first rank after ``?`` that the full-text index matches (None: no index); with
    # short terms beside long ones, of the long terms only: never past the next match.
    # FTS5 stops at a rowid bound only once it has found the next match, so a window of
    # display order with no match costs a scan up to the next one: a caller that goes
    # through the directory window by window (query.find_rows_step) jumps there first.
    next_rank: str | None = None
    next_rank_params: tuple[object, ...] = ()


NO_TEXT = TextMatch("service s", None, (), "s.display_rank")


def _next_rank(table: str) -> str:
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid > ? ORDER BY rowid LIMIT 1"


def text_aggregate(dialect: str, expression: str) -> str:
    """SQL that joins ``expression`` over a group's rows with ";" (NULL for none)."""
    if dialect == "sqlite":
        return f"group_concat({expression}, ';')"
    return f"string_agg({expression}, ';')"


def _quoted(term: str) -> str:
    # Quoting makes "and", "near" or "or" plain words, and keeps the spaces of a phrase.
    return '"' + term.replace('"', '""') + '"'


def _is_short(alternative: str) -> bool:
    return len(alternative) < SUBSTRING_MIN_LENGTH


def text_match(dialect: str, rule: TextRule, tier: int = len(TIERS) - 1) -> TextMatch:
    """Services whose text (the part of ``TIERS[tier]``) fits ``rule`` (``?`` placeholders)."""
    if not rule.groups:
        return NO_TEXT
    column, table = TIERS[tier]
    if dialect == "postgresql":
        return _trigram(rule, column)
    if dialect != "sqlite":
        return _like(rule, column)
    sets = rule.sets()
    if all(_is_short(a) for group in rule.groups for a in group) and tier == len(TIERS) - 1:
        return _word_index(sets)
    if len(sets) == 1 and any(not any(map(_is_short, g)) for g in sets[0]):
        return _fts5(sets[0], column, table)
    if all(not _is_short(a) for group in rule.groups for a in group):
        return _fts5_any(sets, table)
    return _like(rule, column)  # short and long alternatives in one group: no index fits


def _group_expression(group: Group) -> str:
    return "(" + " OR ".join(map(_quoted, group)) + ")"


def _all_expression(groups: Sequence[Group]) -> str:
    return " AND ".join(_group_expression(g) for g in groups)


def _word_index(sets: Sequence[Sequence[Group]]) -> TextMatch:
    words = " OR ".join(
        "(" + " AND ".join("(" + " OR ".join(_quoted(a) + "*" for a in g) + ")" for g in s) + ")"
        for s in sets
    )
    return TextMatch(
        "service_fts_word f JOIN service s ON s.display_rank = f.rowid",
        "service_fts_word MATCH ?",
        (words,),
        "f.rowid",
        _next_rank("service_fts_word"),
        (words,),
    )


def whole_words_match(sets: Sequence[Sequence[Group]]) -> TextMatch:
    """SQLite: services whose text has, for every group of one of ``sets``, one of its
    words as a whole word: the word index keeps a short list of services for each word,
    where a trigram of it may be in most texts."""
    return _fts5_any(sets, "service_fts_word")


def _fts5(groups: Sequence[Group], column: str, table: str) -> TextMatch:
    """Groups of long alternatives drive the index; one with a short alternative is checked
    on the row's own text. (Asking another index with "rowid IN (...)" makes FTS5 run that
    query once per row.)"""
    indexed = [g for g in groups if not any(map(_is_short, g))]
    checked = [g for g in groups if any(map(_is_short, g))]
    source = f"{table} f JOIN service s ON s.display_rank = f.rowid"
    condition = f"{table} MATCH ?"
    params: tuple[object, ...] = (_all_expression(indexed),)
    if checked:
        source += " JOIN service_search b ON b.rank = f.rowid"
        for group in checked:
            sql, group_params = _group_like(f"b.{column}", group)
            condition += f" AND {sql}"
            params += group_params
    return TextMatch(source, condition, params, "f.rowid", _next_rank(table), params[:1])


def _fts5_any(sets: Sequence[Sequence[Group]], table: str) -> TextMatch:
    expression = " OR ".join(f"({_all_expression(s)})" for s in sets)
    return TextMatch(
        f"{table} f JOIN service s ON s.display_rank = f.rowid",
        f"{table} MATCH ?",
        (expression,),
        "f.rowid",
        _next_rank(table),
        (expression,),
    )


def _escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _alternative_like(column: str, alternative: str) -> tuple[str, tuple[object, ...]]:
    if not _is_short(alternative):
        return f"{column} LIKE ? ESCAPE '\\'", (f"%{_escaped(alternative)}%",)
    # A word of the folded text (words apart by single spaces) starts with it.
    escaped = _escaped(alternative)
    return (
        f"({column} LIKE ? ESCAPE '\\' OR {column} LIKE ? ESCAPE '\\')",
        (f"{escaped}%", f"% {escaped}%"),
    )


def _group_like(column: str, group: Group) -> tuple[str, tuple[object, ...]]:
    parts: list[str] = []
    params: tuple[object, ...] = ()
    for alternative in group:
        sql, alternative_params = _alternative_like(column, alternative)
        parts.append(sql)
        params += alternative_params
    return "(" + " OR ".join(parts) + ")", params


def _like(rule: TextRule, column: str) -> TextMatch:
    sets_sql: list[str] = []
    params: tuple[object, ...] = ()
    for groups in rule.sets():
        conditions = []
        for group in groups:
            sql, group_params = _group_like(f"f.{column}", group)
            conditions.append(sql)
            params += group_params
        sets_sql.append("(" + " AND ".join(conditions) + ")")
    return TextMatch(
        "service_search f JOIN service s ON s.display_rank = f.rank",
        "(" + " OR ".join(sets_sql) + ")",
        params,
        "f.rank",
    )


def _trigram(rule: TextRule, column: str) -> TextMatch:
    """PostgreSQL: the same ``LIKE``, which the trigram index of each part of the text
    answers (migration 0007): a part of a word by its own trigrams, a word start by the
    trigrams pg_trgm makes of " ab". The server's planner chooses between that index and
    walking display order, by how many services it expects to match."""
    like = _like(rule, column)
    next_rank = (
        f"SELECT f.rank FROM service_search f WHERE {like.condition} AND f.rank > ? "
        "ORDER BY f.rank LIMIT 1"
    )
    return replace(like, next_rank=next_rank, next_rank_params=like.params)


def text_matches(dialect: str, rule: TextRule, text: str, tier: int = len(TIERS) - 1) -> bool:
    """``text_match`` read in Python on one service's folded text (the part of ``tier``):
    the same answer as the SQL gives, so rows already read can be narrowed and ranked
    without asking the database."""
    if not rule.groups:
        return True
    word_index, starts_words, sets = _matcher(dialect, rule, tier)
    # Short terms alone ask the word index (of the whole text), whose tokenizer also splits
    # at "_".
    spaced = (" " + (text.replace("_", " ") if word_index else text)) if starts_words else ""
    return any(
        all(
            any(a in text for a in parts) or any(s in spaced for s in starts)
            for parts, starts in groups
        )
        for groups in sets
    )


_Matcher = tuple[bool, bool, tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], ...]]


class HeldTexts:
    """Texts a caller holds (folded, whole), asked again and again which is the first that
    fits a rule: ``text_matches`` on each, but which texts hold each group is worked out
    once. The plans of a phrase no service fits as a whole ask the same few groups in
    every set of its words (at 100,000 services, 200 texts per rule took 10 ms a plan)."""

    def __init__(self, dialect: str, texts: Sequence[str]) -> None:
        self._dialect = dialect
        self._texts = texts
        self._spaced: dict[bool, list[str]] = {}
        self._holding: dict[tuple[tuple[str, ...], tuple[str, ...], bool], frozenset[int]] = {}

    def first_fitting(self, rule: TextRule) -> int | None:
        """The index of the first text that fits ``rule`` (None: none does)."""
        if not rule.groups:
            return 0 if self._texts else None
        word_index, _starts_words, sets = _matcher(self._dialect, rule, len(TIERS) - 1)
        fitting: set[int] = set()
        for groups in sets:
            if not groups:  # a set of no groups: every text fits it, as text_matches says
                return 0 if self._texts else None
            common: frozenset[int] | None = None
            for parts, starts in groups:
                holding = self._group(parts, starts, word_index)
                common = holding if common is None else common & holding
                if not common:
                    break
            fitting |= common or set()
        return min(fitting) if fitting else None

    def _group(
        self, parts: tuple[str, ...], starts: tuple[str, ...], word_index: bool
    ) -> frozenset[int]:
        key = (parts, starts, word_index)
        found = self._holding.get(key)
        if found is None:
            spaced = self._spaced_texts(word_index) if starts else []
            found = self._holding[key] = frozenset(
                i
                for i, text in enumerate(self._texts)
                if any(a in text for a in parts) or (starts and any(s in spaced[i] for s in starts))
            )
        return found

    def _spaced_texts(self, word_index: bool) -> list[str]:
        """The texts as ``text_matches`` looks for word starts in them."""
        if word_index not in self._spaced:
            self._spaced[word_index] = [
                " " + (text.replace("_", " ") if word_index else text) for text in self._texts
            ]
        return self._spaced[word_index]


@lru_cache(maxsize=256)
def _matcher(dialect: str, rule: TextRule, tier: int) -> _Matcher:
    """A rule as ``text_matches`` reads it, worked out once (rows are narrowed a few
    hundred at a time per keystroke): whether the word index's words are read, whether any
    term must start a word, and per set, per group, the terms found anywhere and the word
    starts as " term" (a word, split at " ", starts with a term where the term follows a
    space or begins the text; a term holding a space starts no word)."""
    all_short = all(_is_short(a) for group in rule.groups for a in group)
    word_index = dialect == "sqlite" and all_short and tier == len(TIERS) - 1
    sets = tuple(
        tuple(
            (
                tuple(a for a in group if not _is_short(a)),
                tuple(" " + a for a in group if _is_short(a) and " " not in a),
            )
            for group in groups
        )
        for groups in rule.sets()
    )
    starts_words = any(starts for groups in sets for _parts, starts in groups)
    return word_index, starts_words, sets

"""The lemma list's answers kept in the user's cache folder: a save in a new process asks
the cache, not the lemma list; a cache that is damaged or cannot be written is only slower."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ifg_desktop.directory import wordforms

SAVE = (
    "import sys\n"
    "from dataclasses import replace\n"
    "from ifg_desktop.directory import editing\n"
    "from ifg_desktop.directory.seed import open_directory\n"
    "db = open_directory(sys.argv[1])\n"
    "loaded = editing.load_service(db, 'politie')\n"
    "draft = replace(loaded.draft, description=sys.argv[2])\n"
    "editing.update_service(db, draft, expected_version=loaded.version, by='An')\n"
    "print('simplemma' in sys.modules)\n"
)


def _save(db_path: Path, description: str, cache: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SAVE, str(db_path), description],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    return result.stdout.strip()


def test_a_save_in_a_new_process_asks_the_cache(tmp_path: Path, db_path: Path) -> None:
    cache = tmp_path / "cache"
    text = "Na een ontvoering of mishandeling, ook bij weglopers."
    assert _save(db_path, text, cache) == "True"  # the first time: the lemma list
    assert list(cache.glob("ifg-desktop/dutch-word-forms-*.sqlite3"))
    # A new word the list holds: its key was kept with the inverted list.
    assert _save(db_path, text + " Kwakzalverij.", cache) == "False"
    # One it does not hold ("zworbelingen"): the list is asked, once.
    assert _save(db_path, text + " Kwakzalverij, zworbelingen.", cache) == "True"
    assert _save(db_path, text + " Kwakzalverij, zworbelingen", cache) == "False"


def test_the_cache_answers_as_the_lemma_list(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["weggelopen", "mishandeld", "geslagen", "zwangere", "ontvoering"]
    asked = {word: wordforms._lemma_key(word) for word in words}
    wordforms.form_key.cache_clear()
    assert {word: wordforms.form_key(word) for word in words} == asked
    wordforms.form_key.cache_clear()
    wordforms.warm()
    away, hurt = wordforms.form_key("weglopen"), wordforms.form_key("mishandelen")
    forms = wordforms._forms_of([away, hurt])
    assert "weggelopen" in forms[away] and "mishandeld" in forms[hurt]


def test_the_keys_kept_with_the_inverted_list_are_the_lemma_lists_answers() -> None:
    wordforms.warm()
    cache = wordforms._cache()
    assert cache is not None
    # Every 997th form the list holds as it is: some 350 words, from all over the list.
    sample = [row for batch in wordforms._inverted() for row in batch[::997] if row.form_key]
    assert len(sample) > 300
    for row in sample:
        assert cache.key(row.form) == row.form_key == wordforms._lemma_key(row.form), row


def test_without_a_cache_the_forms_asked_are_found_each_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wordforms, "_cache", lambda: None)
    away, hurt = wordforms.form_key("weglopen"), wordforms.form_key("mishandelen")
    forms = wordforms._forms_of([away, hurt, "geenwoordzoals"])
    assert set(forms) == {away, hurt}
    assert "weggelopen" in forms[away] and "mishandeld" in forms[hurt]
    assert len(set(forms[away])) == len(forms[away])


def test_a_damaged_cache_is_only_slower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(wordforms, "_cache_file", lambda: damaged)
    wordforms.form_key.cache_clear()
    try:
        key = wordforms.form_key("weglopen")
        assert wordforms.form_key("weggelopen") == key
        assert "weggelopen" in wordforms._forms_of([key])[key]
    finally:
        wordforms.form_key.cache_clear()


def _cache_at(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordforms, "_cache_file", lambda: path)
    monkeypatch.setattr(wordforms, "_caches", {})
    wordforms.form_key.cache_clear()


def _words_kept(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.execute("SELECT word, key FROM word_key ORDER BY word"))


def test_a_file_that_is_not_a_database_is_made_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dutch-word-forms-1-x.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    (tmp_path / (path.name + "-wal")).write_bytes(b"garbage" * 100)
    _cache_at(path, monkeypatch)
    try:
        key = wordforms.form_key("weggelopen")
        cache = wordforms._cache()
        assert cache is not None
        cache.flush()
        assert _words_kept(path) == [("weggelopen", key)]
    finally:
        wordforms.form_key.cache_clear()


def test_a_malformed_cache_is_made_anew_at_its_first_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dutch-word-forms-1-x.sqlite3"
    cache = wordforms._LemmaCache(path)
    for number in range(3000):
        cache.remember(f"woord{number:05}", f"sleutel{number}")
    cache.flush()
    cache.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : len(data)] = b"\xa5" * (len(data) - 2 * page)  # the pages after the schema
    path.write_bytes(bytes(data))
    again = wordforms._LemmaCache(path)
    assert again.key("woord00042") is None  # this once only slower
    again.remember("weggelopen", "wegloop")
    again.flush()
    assert again.key("weggelopen") == "wegloop"
    assert _words_kept(path) == [("weggelopen", "wegloop")]


def test_a_cache_another_process_is_writing_is_not_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dutch-word-forms-1-x.sqlite3"
    first = wordforms._LemmaCache(path)
    first.remember("weggelopen", "wegloop")
    first.flush()
    first.close()
    monkeypatch.setattr(wordforms, "_BUSY_TIMEOUT", 0.1)
    with closing(sqlite3.connect(path)) as writer:
        writer.execute("PRAGMA locking_mode=EXCLUSIVE")
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("INSERT INTO word_key VALUES ('mishandeld', 'mishandel')")
        locked = wordforms._LemmaCache(path)
        assert locked.key("weggelopen") is None  # only slower
        writer.commit()
    assert _words_kept(path) == [("mishandeld", "mishandel"), ("weggelopen", "wegloop")]


def test_the_caches_of_other_library_versions_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = [
        tmp_path / "dutch-word-forms-1-100-200-0.sqlite3",
        tmp_path / "dutch-word-forms-1-100-200-0.sqlite3-wal",
        tmp_path / "dutch-word-forms-0-300-400-0.sqlite3",
    ]
    for path in old:
        path.write_bytes(b"old")
    other = tmp_path / "something-else.sqlite3"
    other.write_bytes(b"kept")
    current = tmp_path / "dutch-word-forms-1-500-600-0.sqlite3"
    _cache_at(current, monkeypatch)
    try:
        assert wordforms.form_key("weggelopen") == wordforms.form_key("weglopen")
    finally:
        wordforms.form_key.cache_clear()
    assert not any(path.exists() for path in old)
    assert current.exists() and other.exists()


# ------------------------------------------------------------------ the lemma list's trie

WORDS = ["weggelopen", "mishandeld", "geslagen", "gewijzigd", "vluchthuizen", "huislijk"]


def _trie_folder_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordforms, "_cache_folder", lambda: folder)
    monkeypatch.setattr(wordforms, "_lemma_lists", {})


def _packed_list_lemmas() -> list[str]:
    import simplemma

    return [simplemma.lemmatize(word, lang="nl", low_memory=True) for word in WORDS]


def _lemmas() -> list[str]:
    with wordforms._lock:
        return [wordforms._lemma_list().lemma(word) for word in WORDS]


def test_the_lemma_list_is_kept_as_a_trie_that_answers_as_the_packed_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _trie_folder_in(tmp_path, monkeypatch)
    assert _lemmas() == _packed_list_lemmas()
    (trie,) = tmp_path.glob("dutch-lemma-trie-*/nl.dic")
    made = trie.stat()
    monkeypatch.setattr(wordforms, "_lemma_lists", {})  # as a new process does
    assert _lemmas() == _packed_list_lemmas()
    again = trie.stat()
    assert (again.st_ino, again.st_mtime_ns) == (made.st_ino, made.st_mtime_ns)  # read, not made
    # Inverted from the trie: the forms of a key are those of the packed list.
    key = wordforms.form_key("weglopen")
    assert "weggelopen" in wordforms._forms_of([key])[key]


def test_a_damaged_trie_is_made_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _trie_folder_in(tmp_path, monkeypatch)
    folder = wordforms._trie_folder()
    folder.mkdir()
    (folder / "nl.dic").write_bytes(b"not a trie" * 100)
    assert _lemmas() == _packed_list_lemmas()
    assert (folder / "nl.dic").stat().st_size > 100_000


def test_without_a_folder_to_keep_it_the_packed_list_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_bytes(b"")
    _trie_folder_in(blocked / "cache", monkeypatch)  # cannot be made: a file is in the way
    assert _lemmas() == _packed_list_lemmas()
    assert [path.name for path in tmp_path.iterdir()] == ["a file"]


def test_without_marisa_trie_the_packed_list_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simplemma.strategies.dictionaries import trie_dictionary_factory

    # What simplemma sets when marisa_trie cannot be imported.
    monkeypatch.setattr(trie_dictionary_factory, "_TRIE_DEPS_AVAILABLE", False)
    _trie_folder_in(tmp_path, monkeypatch)
    assert _lemmas() == _packed_list_lemmas()
    assert not list(tmp_path.glob("dutch-lemma-trie-*/nl.dic"))


def test_the_tries_of_other_simplemma_versions_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "dutch-lemma-trie-100"
    old.mkdir()
    (old / "nl.dic").write_bytes(b"old")
    other = tmp_path / "something-else"
    other.mkdir()
    _trie_folder_in(tmp_path, monkeypatch)
    assert _lemmas() == _packed_list_lemmas()
    assert not old.exists() and other.exists()
    assert wordforms._trie_folder().is_dir()


def test_the_trie_built_record_by_record_is_simplemmas_own(tmp_path: Path) -> None:
    """The first start builds the trie from the packed list's records (60 MB less at its
    peak): the file must be the one simplemma's own build writes."""
    from simplemma.strategies import TrieDictionaryFactory

    ours = wordforms._trie_factory(tmp_path / "ours")
    theirs = TrieDictionaryFactory(cache_max_size=1, disk_cache_dir=str(tmp_path / "theirs"))
    assert ours.get_dictionary("nl")["geslagen"] == theirs.get_dictionary("nl")["geslagen"]
    ours_file, theirs_file = (tmp_path / side / "nl.dic" for side in ("ours", "theirs"))
    assert ours_file.read_bytes() == theirs_file.read_bytes()
    # Built by this module, not by simplemma's fallback.
    assert len(wordforms._trie_of_packed_list("nl")) == len(theirs.get_dictionary("nl"))

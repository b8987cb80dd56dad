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
    assert _save(db_path, text + " Kwakzalverij.", cache) == "True"  # a new word: asked once
    assert _save(db_path, text + " Kwakzalverij", cache) == "False"  # known words only


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

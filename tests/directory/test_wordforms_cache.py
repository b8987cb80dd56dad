"""The lemma list's answers kept in the user's cache folder: a save in a new process asks
the cache, not the lemma list; a cache that is damaged or cannot be written is only slower."""

from __future__ import annotations

import os
import subprocess
import sys
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
    forms = wordforms._forms_of(["wegloop", "mishandel"])
    assert "weggelopen" in forms["wegloop"] and "mishandeld" in forms["mishandel"]


def test_a_damaged_cache_is_only_slower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(wordforms, "_cache_file", lambda: damaged)
    wordforms.form_key.cache_clear()
    try:
        assert wordforms.form_key("weggelopen") == wordforms.form_key("weglopen")
        assert "weggelopen" in wordforms._forms_of(["wegloop"])["wegloop"]
    finally:
        wordforms.form_key.cache_clear()

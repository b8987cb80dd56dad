"""Word forms: written with the search text, read by a search without the lemma list."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.directory.editing import create_service
from ifg_desktop.directory.query import ServiceQuery, find_rows
from ifg_desktop.directory.vocabulary import TermRecord, save_term
from ifg_desktop.directory.wordforms import form_key, stem_key


def keys(database: Database, text: str) -> list[str]:
    return [row.key for row in find_rows(database, ServiceQuery(text=text))]


def test_keys_join_the_forms_of_a_word() -> None:
    assert form_key("weggelopen") == form_key("weglopen")
    assert form_key("mishandeld") == form_key("mishandeling")
    assert form_key("zwangere") == form_key("zwanger")
    assert form_key("geslagen") == form_key("slaan")
    assert form_key("geweld") == "geweld"  # not "wel": a stop word is no key
    assert stem_key("is") == "is" and form_key("12345") == "12345"


def test_a_new_service_brings_the_forms_of_its_words(database: Database) -> None:
    draft = next(generate_drafts(1, seed=5))
    draft = replace(
        draft, key="nieuw", name="Huis van de Mens", description="Na een ontvoering.", keywords=()
    )
    assert "nieuw" not in keys(database, "ontvoerd")
    create_service(database, draft, by="An")
    assert "nieuw" in keys(database, "ontvoerd")  # "ontvoerd" -> "ontvoeren" -> "ontvoer"


def test_a_new_term_is_found_in_its_other_forms(database: Database) -> None:
    assert "zelfmoordlijn" not in keys(database, "piekerden")
    save_term(database, TermRecord("piekeren", ("zelfmoordlijn",)), by="An")
    assert keys(database, "piekerden")[0] == "zelfmoordlijn"


def test_searching_never_loads_the_lemma_list(database: Database, db_path: Path) -> None:
    """The lemma list (about 40 MB) is for writing the search text; a search reads the
    forms written beside it."""
    code = (
        "import sys\n"
        "from ifg_desktop.directory.seed import open_directory\n"
        "from ifg_desktop.directory.query import ServiceQuery, find_rows\n"
        f"db = open_directory({str(db_path)!r})\n"
        "rows = find_rows(db, ServiceQuery(text='hij heeft mij mishandeld, zelfmordlijn'))\n"
        "assert rows, 'nothing found'\n"
        "print('simplemma' in sys.modules)\n"
    )
    database.dispose()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

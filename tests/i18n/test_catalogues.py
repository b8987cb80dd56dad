"""The English and French catalogues: every marked string is in them, translated, compiled.

Read with tools/translations.py, the script that makes them: ``update`` extracts, ``fill``
translates, ``compile`` makes the .qm the program loads.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
LANGUAGES = ("en", "fr")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations_tool", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_what_the_code_marks(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"ifg_desktop_{language}.ts"
    tool.extract(fresh, language)
    in_code = tool.sources_of(fresh)
    committed = tool.sources_of(tool.ts_file(language))
    assert len(in_code) > 200  # the extraction itself worked
    assert sorted(in_code - committed) == [], "not extracted: run tools/translations.py update"
    assert sorted(committed - in_code) == [], "no longer in the code: run update"


def test_the_shipped_checklist_is_extracted(tmp_path: Path) -> None:
    fresh = tmp_path / "ifg_desktop_en.ts"
    tool.extract(fresh, "en")
    checklist = {source for context, source in tool.sources_of(fresh) if context == "checklist"}
    assert set(tool.checklist_texts()) == checklist


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_theme_label_is_in_the_catalogue_translated(language: str) -> None:
    labels = tool.theme_labels()
    assert "Partnergeweld" in labels and "Crisis" in labels  # read from seed_data
    themes = {m.source: m for m in tool.read_ts(tool.ts_file(language))[1] if m.context == "themes"}
    assert sorted(themes) == sorted(labels)
    assert all(themes[label].finished for label in labels)
    assert themes["Partnergeweld"].translation != "Partnergeweld"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    _tree, messages = tool.read_ts(tool.ts_file(language))
    unfinished = [(m.context, m.source) for m in messages if not m.obsolete and not m.finished]
    assert unfinished == [], f"{len(unfinished)} unfinished: run tools/translations.py fill"
    differing = [
        (m.context, m.source, m.translation)
        for m in messages
        if tool.placeholders(m.translation) != tool.placeholders(m.source)
    ]
    assert differing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    ts = tool.ts_file(language)
    compiled = tmp_path / f"ifg_desktop_{language}.qm"
    tool.release(ts, compiled)
    shipped = tool.qm_file(ts)
    assert shipped.exists(), "run tools/translations.py compile"
    assert shipped.read_bytes() == compiled.read_bytes(), "run tools/translations.py compile"


def test_fill_fills_only_what_is_unfinished_and_keeps_placeholders(tmp_path: Path) -> None:
    import json

    for language in LANGUAGES:
        ts = tool.ts_file(language, tmp_path)
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}" sourcelanguage="nl">\n'
            "<context>\n    <name>cli</name>\n"
            "    <message>\n        <source>{count} dienst(en)</source>\n"
            '        <translation type="unfinished"></translation>\n    </message>\n'
            "    <message>\n        <source>nooit</source>\n"
            "        <translation>never ever</translation>\n    </message>\n"
            "    <message>\n        <source>Nu: {state}</source>\n"
            '        <translation type="unfinished"></translation>\n    </message>\n'
            "</context>\n</TS>\n",
            encoding="utf-8",
        )
    fills = tmp_path / "fills.json"
    fills.write_text(
        json.dumps(
            [
                {
                    "context": "cli",
                    "source": "{count} dienst(en)",
                    "en": "{count} service(s)",
                    "fr": "{count} service(s)",
                },
                {"context": "cli", "source": "nooit", "en": "never", "fr": "jamais"},
                {"context": "cli", "source": "Nu: {state}", "en": "Now: {etat}", "fr": ""},
            ]
        ),
        encoding="utf-8",
    )
    assert tool.fill([fills], tmp_path) == 1  # the wrong placeholder is refused
    messages = {m.source: m for m in tool.read_ts(tool.ts_file("en", tmp_path))[1]}
    assert messages["{count} dienst(en)"].finished
    assert messages["{count} dienst(en)"].translation == "{count} service(s)"
    assert messages["nooit"].translation == "never ever"  # finished: left alone
    assert not messages["Nu: {state}"].finished

"""The English and French translations: extract, fill, compile, check.

    python tools/translations.py update          # sources → resources/translations/*.ts
    python tools/translations.py fill A.json …   # translations from JSON into the .ts
    python tools/translations.py compile         # .ts → .qm (what the program loads)
    python tools/translations.py check           # exit 1 if anything is missing or stale

Dutch is the source language. ``update`` runs Qt's ``pyside6-lupdate`` over ``ifg_desktop/``,
over the shipped checklist's texts (seed_data/checklist.json, context "checklist") and over
the shipped themes' labels (seed_data/services.json, context "themes"), with no line numbers
and no obsolete entries, so a diff shows only what changed. ``fill`` takes
JSON lists of ``{"context", "source", "en", "fr"}`` and fills only what is still empty or
unfinished. ``make translations`` is ``update`` then ``compile``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ifg_desktop"
CHECKLIST = ROOT / "seed_data" / "checklist.json"
DIRECTORY = ROOT / "seed_data" / "services.json"
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "ifg_desktop"
TARGETS = ("en", "fr")
SOURCE_LANGUAGE = "nl"
# {name}, {name:spec}, and argparse's %(name)s and %s: a translation keeps every one of them.
PLACEHOLDER = re.compile(
    r"\{[A-Za-z_]\w*(?:[:!][^{}]*)?\}|%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-z]|%[sdir]"
)


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_file(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def _tool(name: str) -> str:
    """A Qt tool from the running Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


# -- extracting ---------------------------------------------------------------------------


def checklist_texts(path: Path = CHECKLIST) -> list[str]:
    """The shipped checklist's phrases a worker reads: disclaimer, Kindreflex steps, and
    each item's text, help and group."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = [data.get("disclaimer") or ""]
    texts += [step.get("text") or "" for step in data.get("kindreflex", [])]
    for item in data.get("items", []):
        texts += [item.get(field) or "" for field in ("group", "text", "help")]
    seen: dict[str, None] = {}
    for text in texts:
        if text.strip():
            seen.setdefault(text, None)
    return list(seen)


def theme_labels(path: Path = DIRECTORY) -> list[str]:
    """The shipped themes' labels, as the filter menu and a service's detail show them."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = [theme.get("label") or "" for theme in data.get("themes", [])]
    return list(dict.fromkeys(label for label in labels if label.strip()))


def _shipped_module(folder: Path) -> Path:
    """A .py of QT_TRANSLATE_NOOP(context, …) lines for the shipped checklist and themes:
    lupdate reads Python, not JSON."""
    shipped = [("checklist", text) for text in checklist_texts()]
    shipped += [("themes", label) for label in theme_labels()]
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
        for context, text in shipped
    ]
    module = folder / "shipped_texts.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


def extract(ts: Path, language: str) -> None:
    """Bring ``ts`` up to date with the sources (made if missing), keeping its translations."""
    with tempfile.TemporaryDirectory(prefix="ifg-lupdate-") as temporary:
        module = _shipped_module(Path(temporary))
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-silent",
                str(SOURCES),
                str(module),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# -- reading and writing .ts --------------------------------------------------------------


@dataclass
class Message:
    context: str
    element: ET.Element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def translation_element(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation", {"type": "unfinished"})
        return found

    @property
    def translation(self) -> str:
        return self.translation_element.text or ""

    @property
    def finished(self) -> bool:
        element = self.translation_element
        return element.get("type") is None and bool((element.text or "").strip())

    @property
    def obsolete(self) -> bool:
        return self.translation_element.get("type") in ("obsolete", "vanished")


def read_ts(path: Path) -> tuple[ET.ElementTree[ET.Element], list[Message]]:
    tree: ET.ElementTree[ET.Element] = ET.parse(path)
    messages = [
        Message(context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]
    return tree, messages


def sources_of(path: Path) -> set[tuple[str, str]]:
    """Every (context, source) of a .ts but the obsolete ones."""
    return {(m.context, m.source) for m in read_ts(path)[1] if not m.obsolete}


def _escaped(text: str) -> str:
    # As lupdate writes them: a later ``update`` then changes nothing.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def _element_xml(element: ET.Element, indent: str) -> list[str]:
    attributes = "".join(f' {key}="{_escaped(value)}"' for key, value in element.attrib.items())
    children = list(element)
    if not children:
        return [
            f"{indent}<{element.tag}{attributes}>{_escaped(element.text or '')}</{element.tag}>"
        ]
    lines = [f"{indent}<{element.tag}{attributes}>"]
    for child in children:
        lines += _element_xml(child, indent + "    ")
    lines.append(f"{indent}</{element.tag}>")
    return lines


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """The .ts in lupdate's own layout (indentation, escapes, empty elements)."""
    root = tree.getroot()
    attributes = "".join(f' {key}="{_escaped(value)}"' for key, value in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for context in root:
        lines.append(f"<{context.tag}>")
        for child in context:
            lines += _element_xml(child, "    ")
        lines.append(f"</{context.tag}>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# -- the commands -------------------------------------------------------------------------


def update(folder: Path = FOLDER) -> None:
    for language in TARGETS:
        ts = ts_file(language, folder)
        extract(ts, language)
        messages = read_ts(ts)[1]
        left = sum(1 for m in messages if not m.finished)
        print(
            f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: "
            f"{len(messages)} messages, {left} unfinished"
        )


def load_fills(files: Iterable[Path]) -> dict[tuple[str, str], dict[str, str]]:
    """(context, source) → {"en": …, "fr": …}; a later file wins."""
    fills: dict[tuple[str, str], dict[str, str]] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            key = (entry["context"], entry["source"])
            fills.setdefault(key, {}).update(
                {language: entry[language] for language in TARGETS if entry.get(language)}
            )
    return fills


def fill(files: Sequence[Path], folder: Path = FOLDER) -> int:
    fills = load_fills(files)
    problems = 0
    for language in TARGETS:
        ts = ts_file(language, folder)
        tree, messages = read_ts(ts)
        filled = 0
        for message in messages:
            if message.finished or message.obsolete:
                continue
            text = fills.get((message.context, message.source), {}).get(language)
            if not text:
                continue
            if placeholders(text) != placeholders(message.source):
                print(
                    f"{language}: placeholders differ, not filled: "
                    f"[{message.context}] {message.source!r} → {text!r}",
                    file=sys.stderr,
                )
                problems += 1
                continue
            element = message.translation_element
            element.attrib.pop("type", None)
            element.text = text
            filled += 1
        write_ts(tree, ts)
        left = sum(1 for m in messages if not m.finished and not m.obsolete)
        print(f"{language}: {filled} filled, {left} still unfinished")
    return 1 if problems else 0


def compile_all(folder: Path = FOLDER) -> None:
    for language in TARGETS:
        ts = ts_file(language, folder)
        release(ts, qm_file(ts))


def problems(folder: Path = FOLDER) -> list[str]:
    """Everything that keeps the translations from being complete and shipped as they are."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ifg-check-") as temporary:
        for language in TARGETS:
            ts = ts_file(language, folder)
            if not ts.exists():
                found.append(f"{language}: {ts.name} is missing (run update)")
                continue
            fresh = Path(temporary) / ts.name
            extract(fresh, language)
            in_code, in_file = sources_of(fresh), sources_of(ts)
            found += [
                f"{language}: not extracted: [{c}] {s!r}" for c, s in sorted(in_code - in_file)
            ]
            found += [
                f"{language}: no longer used: [{c}] {s!r}" for c, s in sorted(in_file - in_code)
            ]
            for message in read_ts(ts)[1]:
                if message.obsolete:
                    continue
                if not message.finished:
                    found.append(f"{language}: unfinished: [{message.context}] {message.source!r}")
                elif placeholders(message.translation) != placeholders(message.source):
                    found.append(
                        f"{language}: placeholders differ: [{message.context}] {message.source!r}"
                    )
            qm = qm_file(ts)
            compiled = Path(temporary) / qm.name
            release(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{language}: {qm.name} is not compiled from {ts.name} (run compile)")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the sources into the .ts files")
    filling = commands.add_parser("fill", help="fill empty translations from JSON files")
    filling.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    commands.add_parser("compile", help="compile the .ts files into .qm files")
    commands.add_parser("check", help="exit 1 listing what is missing, unfinished or stale")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "fill":
        return fill(args.files)
    elif args.command == "compile":
        compile_all()
    else:
        found = problems()
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problem(s)", file=sys.stderr)
            return 1
        print("translations complete and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())

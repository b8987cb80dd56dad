"""A non-editable install, run from another folder, finds its seed data and resources; the
PyInstaller bundle's spec, .desktop file and icon agree with each other."""

from __future__ import annotations

import configparser
import json
import os
import runpy
import shutil
import struct
import subprocess
import sys
import types
import zipfile
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_data_and_runs_from_elsewhere(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), "."],
        cwd=ROOT,
        check=True,
    )
    wheel = next(tmp_path.glob("ifg_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "ifg_desktop/seed_data/services.json" in names
    assert "ifg_desktop/seed_data/checklist.json" in names
    assert "ifg_desktop/seed_data/vocabulary.json" in names
    assert any(name.startswith("ifg_desktop/resources/") for name in names)
    assert "ifg_desktop/migrations/versions/0001_initial_schema.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "ifg-desktop = ifg_desktop.__main__:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )

    site = tmp_path / "site"
    install = ["install", "--quiet", "--no-deps", "--target", str(site), str(wheel)]
    subprocess.run([sys.executable, "-m", "pip", *install], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [sys.executable, "-c", "import ifg_desktop; print(ifg_desktop.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert probe.stdout.strip().startswith(str(site))  # the installed copy, not the checkout
    result = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", str(tmp_path / "db.sqlite3"),
         "find", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["services"]) == 17
    # The vocabulary travels in the wheel too: the migration found it there.
    result = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", str(tmp_path / "db.sqlite3"),
         "find", "vluchthuis", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["services"]


# --- The bundle an administrator deploys (packaging/; built by `make bundle`, run by CI) -------

PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


class _Recorded:
    """Stands in for PyInstaller's Analysis, PYZ, EXE and COLLECT: keeps what they were given."""

    made: ClassVar[list[_Recorded]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.scripts = self.pure = self.binaries = self.datas = []
        _Recorded.made.append(self)


def _read_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> list[_Recorded]:
    """Run the spec as PyInstaller would, with its build steps recorded instead of done (the
    bundle itself is built by CI, not by the tests)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: [(f"<{package} data>", package)]  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package, **_: [package]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the checkout first
    _Recorded.made = []
    spec = PACKAGING / "ifg-wegwijzer.spec"
    names = {"SPECPATH": str(PACKAGING), "__file__": str(spec)}
    names |= dict.fromkeys(("Analysis", "PYZ", "EXE", "COLLECT"), _Recorded)
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), names)
    return _Recorded.made


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "ifg-wegwijzer.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_the_spec_bundles_what_the_app_reads_from_files(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    made = _read_spec(monkeypatch, platform)
    analysis = made[0]
    (script,) = analysis.args[0]
    assert Path(script).is_file()
    datas = analysis.kwargs["datas"]
    targets = {target for _source, target in datas}
    # The wheel's layout: ifg_desktop/paths.py finds these inside the package.
    assert {"ifg_desktop/resources", "ifg_desktop/seed_data"} <= targets
    assert {"ifg_desktop/migrations", "ifg_desktop/migrations/versions"} <= targets
    for source, _target in datas:
        if not source.startswith("<"):  # a collected package's data, stubbed here
            assert list(Path(source).parent.glob(Path(source).name)), source
    for package in ("simplemma", "stop_words", "holidays", "phonenumbers"):
        assert f"<{package} data>" in {source for source, _target in datas}
    assert ("<tzdata data>", "tzdata") in datas if platform == "win32" else True
    assert "PySide6.QtWebEngineCore" in analysis.kwargs["excludes"]

    programs = [item for item in made if "console" in item.kwargs]
    names = {item.kwargs["name"]: item.kwargs["console"] for item in programs}
    # One program for both the window and `find` (which prints, so a console program); on
    # Windows a second one without a console window for the Start menu.
    expected = {"ifg-wegwijzer": True}
    if platform == "win32":
        expected["ifg-wegwijzer-venster"] = False
        assert all(Path(item.kwargs["icon"]).is_file() for item in programs)
    assert names == expected
    assert made[-1].kwargs["name"] == "ifg-wegwijzer"  # COLLECT: dist/ifg-wegwijzer/


def test_the_desktop_file_starts_the_bundled_program_with_its_icon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "IFG-wegwijzer"
    assert entry["Comment"].startswith("Waar verwijs je iemand naar")  # Dutch, like the app
    assert "Office" in entry["Categories"].split(";") and entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"
    program = entry["Exec"].split()[0]
    made = _read_spec(monkeypatch, "linux")
    assert program in {item.kwargs["name"] for item in made if "console" in item.kwargs}
    assert entry["StartupWMClass"] == program  # Qt's WM_CLASS is the executable's name
    # An icon theme name, installed as ifg-wegwijzer.png (README); the files exist.
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    for size in (48, 256):
        assert _png_size(ICONS / f"{entry['Icon']}-{size}.png") == (size, size)
    assert (ICONS / f"{entry['Icon']}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    validate = shutil.which("desktop-file-validate")
    if validate:  # Debian's desktop-file-utils, where installed
        checked = subprocess.run(
            [validate, str(PACKAGING / "ifg-wegwijzer.desktop")], capture_output=True, text=True
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_the_icon_pngs_are_renders_of_the_svg(qapp: Any) -> None:
    """tools/render_icon.py made them: after a change to the SVG, run it again."""
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import render_icon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for size in render_icon.SIZES:
        rendered = render_icon.render(ICONS / "ifg-wegwijzer.svg", size)
        committed = QImage(str(ICONS / f"ifg-wegwijzer-{size}.png")).convertToFormat(
            rendered.format()
        )
        assert committed.size() == rendered.size()
        differing = sum(
            rendered.pixel(x, y) != committed.pixel(x, y)
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
        )
        assert differing <= 20, f"{size} px: {differing} sampled pixels differ"  # edges only


def test_the_window_icon_is_the_signpost_and_quick_hide_still_hides_it(
    qtbot: Any, database: Any, settings_dir: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    from ifg_desktop.ui.icon import application_icon
    from ifg_desktop.ui.main_window import MainWindow

    icon = application_icon()
    assert {size.width() for size in icon.availableSizes()} == {48, 256}
    previous = QGuiApplication.windowIcon()
    QGuiApplication.setWindowIcon(icon)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.attach(database)
        signpost = window.windowIcon().cacheKey()
        assert signpost == icon.cacheKey()
        window.toggle_hidden()
        assert window.windowIcon().cacheKey() != signpost
        window.toggle_hidden()
        assert window.windowIcon().cacheKey() == signpost
        window.shutdown()
    finally:
        QGuiApplication.setWindowIcon(previous)


def test_the_holiday_cache_has_a_name_in_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller bundle the holidays library has no source file to date it by."""
    import importlib.machinery
    import importlib.util

    from ifg_desktop.directory import availability

    inside_archive = importlib.machinery.ModuleSpec("holidays", None, origin="/nowhere/h.py")
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: inside_archive)
    path = availability._holiday_cache_file()
    assert path is not None
    assert path.name == f"belgian-holidays-{int(Path(sys.executable).stat().st_mtime)}.json"


@pytest.mark.slow
def test_the_smoke_test_shows_the_real_window_on_the_seeded_database(
    tmp_path: Path, settings_dir: Path, qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from ifg_desktop.ui.smoke import main as smoke_test

    assert smoke_test(["--db", str(tmp_path / "smoke.sqlite3"), "--timeout", "60"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("Rooktest geslaagd: venster 'IFG-wegwijzer'"), line
    assert ", eerste: 1712 " in line  # the seeded directory, sorted as the window sorts it


@pytest.mark.slow
def test_the_bundles_program_answers_find(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace = runpy.run_path(str(PACKAGING / "ifg_wegwijzer.py"))  # not as __main__
    argv = ["ifg-wegwijzer", "--db", str(tmp_path / "x.sqlite3"), "find", "huiselijk geweld"]
    monkeypatch.setattr(sys, "argv", argv)
    assert namespace["run"]() == 0
    assert any(line.startswith("1712 ") for line in capsys.readouterr().out.splitlines())

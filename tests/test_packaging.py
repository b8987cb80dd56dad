"""A non-editable install, run from another folder, finds its seed data and resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

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

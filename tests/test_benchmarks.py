"""The benchmark runs end to end at 1,000 services (its timings are not asserted here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_benchmark_runs_end_to_end_at_1000_services(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "1000", "--short",
         "--out", str(out), "--keep", str(tmp_path / "files")],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(out.read_text())
    (size,) = figures["results"]
    assert size["services"] == 1000
    for ratio in (
        size["query_step"]["geometric_mean"],
        size["keystroke"]["p50_ratio"],
        size["cold_start"]["page_ratio"],
        size["import"]["ratio"],
        size["coordinator"]["worklist"]["ratio"],
        size["coordinator"]["duplicates"]["ratio"],
        size["coordinator"]["edit"]["ratio"],
    ):
        assert ratio > 0
    assert size["keystroke"]["peak_rss_mb"] > 0
    # A client's phrases typed as said: every key of the two the short run types.
    assert size["keystroke"]["spoken_keystrokes"] > 60
    assert size["keystroke"]["spoken_max_ms"] > 0
    first = size["first_keystroke"]  # the first key of a fresh process, and the same later
    assert first["first_after_0.5s"]["first_key"]["count"] == 1
    assert first["not_first"]["first_key"]["max_ms"] > 0
    assert first["resumed_after_1.05s"]["resumed_key"]["count"] == 1  # the menus' moment
    assert first["menu_slices"]["count"] >= 4
    assert "| 1,000 |" in result.stdout  # the printed table
    # The window's first start on a new PC, once whatever the sizes.
    assert figures["first_start"]["peak_mb"] > 0 and figures["first_start"]["page_s"] > 0
    assert "first start on a new PC: peak" in result.stdout


@pytest.mark.slow
def test_postgres_benchmark_runs_end_to_end_at_200_services(tmp_path: Path) -> None:
    """benchmarks/shared_database.py on a throwaway server: 3 desks, short."""
    from tests.postgres_server import server_programs

    if server_programs() is None:
        pytest.skip("no PostgreSQL server programs here (Debian: apt-get install postgresql)")
    out = tmp_path / "postgres.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.shared_database", "--size", "200", "--desks", "3",
         "--phrases", "1", "--short", "--out", str(out), "--keep", str(tmp_path / "files")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(out.read_text())["result"]
    assert figures["services"] == 200
    assert figures["import"]["services"] == 200
    assert figures["import"]["import_s"] > 0
    assert list((tmp_path / "files").glob("postgres-200-r*.dump"))  # kept for a next run
    step = figures["query_step"]
    assert len(step["queries"]) == 17
    assert step["geometric_mean"] > 0 and step["p95_geometric_mean"] > 0
    assert figures["listening"] == 3
    for typing, desks in (("alone", 1), ("together", 3)):
        assert figures[typing]["desks"] == desks
        assert figures[typing]["keystroke"]["count"] > 0
        assert figures[typing]["keystroke"]["p95_ms"] > 0
        assert figures[typing]["step"]["p95_ms"] >= 0
        assert 0 <= figures[typing]["done_share"] <= 1
    changes = figures["changes"]
    assert changes["changes"] == 5 and changes["desks"] == 3
    assert changes["seen"] + changes["missed"] == 15
    assert changes["max_ms"] is not None
    for idle in ("idle", "idle_before"):
        assert figures[idle]["server_cpu_percent"] >= 0
        assert figures[idle]["clients_cpu_percent"] >= 0
    assert figures["idle_before"]["polls"] > 0
    assert "| query step ÷ plain psycopg |" in result.stdout  # the printed table

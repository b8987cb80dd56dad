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
    ):
        assert ratio > 0
    assert size["keystroke"]["peak_rss_mb"] > 0
    assert "| 1,000 |" in result.stdout  # the printed table

"""Smoke run of bench/pipeline.py (a few pages): the benchmark itself keeps working."""

import subprocess
import sys

from conftest import ROOT


def test_pipeline_benchmark_smoke():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "pipeline.py"), "--n", "12", "--corpus", "/nonexistent",
                             "--batch-size", "5", "--per-object", "3", "--reference", "3"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "12 pages (11 distinct), parse batch size 5" in out
    for drop in ("single pages", "WARC bundles of 100", "WARC bundles of 1,000", "per object (batch size 1)"):
        assert f"| {drop} | " in out
    assert "| plain trafilatura.extract | 3 |" in out
    assert "of plain trafilatura's rate" in out and "| full-text LIKE |" in out

"""Smoke run of bench/pipeline.py (N=5): the benchmark itself keeps working."""

import subprocess
import sys

from conftest import ROOT


def test_pipeline_benchmark_smoke():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "pipeline.py"), "--n", "5", "--corpus", "/nonexistent"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "5 pages (11 distinct)" in out
    assert "| parse (handler) | 5 |" in out and "| plain trafilatura.extract | 5 |" in out
    assert "$ per million articles" in out and "articles/s per core" in out

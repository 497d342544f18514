"""Smoke run of bench/lake.py (a few hundred articles): the benchmark keeps working and its
exactness checks come out at zero."""

import subprocess
import sys

from conftest import ROOT


def test_lake_benchmark_smoke():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "lake.py"), "--articles", "200",
                             "--spread-days", "3", "--corpus", "/nonexistent"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for check in ("duplicate article_id in articles_live", "duplicate figure_id in figures",
                  "figures of superseded versions"):
        assert f"| {check} | 0 | 0 | 0 |" in out
    assert "| articles | 200 | 260 | 200 / 260 |" in out
    assert "| rerun | 0 | 0 |" in out

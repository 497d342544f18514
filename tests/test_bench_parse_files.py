"""Smoke run of bench/parse_files.py on the project's pages: the benchmark keeps working."""

import subprocess
import sys

from conftest import PAGES, ROOT


def test_parse_files_benchmark_smoke():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "parse_files.py"), "--corpus", str(PAGES),
                           "--rounds", "1", "--figures"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(f"11 pages from {PAGES} (figures too), 1 rounds")
    assert "parse / loop, wall time: median " in done.stdout and "parse / loop, CPU time: median " in done.stdout

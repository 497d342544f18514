"""ruff (pyflakes, pycodestyle, bugbear) over the code, with the settings in pyproject.toml."""

import subprocess
import sys

from conftest import ROOT


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "functions", "tests", "bench", "infra"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

"""The command as a user runs it: its own process, its output through real pipes."""

import os
import subprocess
import sys

from conftest import ROOT


def cli_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_ENDPOINT", "PYTEST"))}
    # the conftest's quiet settings are not what a user has: the CLI must quieten the handlers itself
    for name in ("POWERTOOLS_LOG_LEVEL", "POWERTOOLS_METRICS_DISABLED"):
        env.pop(name, None)
    return env | {"PYTHONPATH": str(ROOT / "functions")} | extra


def cli(*args: str, cwd=None, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "presslake.local.cli", *args], cwd=cwd or ROOT, env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def run_cli(*args: str, cwd=None, timeout: float = 600) -> subprocess.CompletedProcess:
    process = cli(*args, cwd=cwd)
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)

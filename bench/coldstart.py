"""Cold start of the built functions: handler import time in fresh Python 3.12 processes.

Usage:
    LAMBDA_ARCH=x86_64 sam build --build-dir .aws-sam/build-x86_64 --parameter-overrides Architecture=x86_64
    python bench/coldstart.py [--build-dir .aws-sam/build-x86_64] [--runs 10] [--no-site]

Each run is a new interpreter with Lambda's search path (function code, then the
layers, then the runtime's botocore), as on a cold Lambda. It reports the median and
max of the handler module's import time, what presslake's own modules take of it and the top
third-party imports (python -X importtime), and the first invocation after import (botocore
client creation included) against an embedded S3. `--no-site` starts the interpreters with -S:
the host's site-packages .pth files then import nothing before the timer starts (on a machine
where one imports certifi, the functions whose layers hold certifi look faster by what it loads).
`--instructions` counts instead the instructions each handler import executes (valgrind's
callgrind, the bare interpreter's subtracted): slow (about 20 s a function) but the same on a
loaded machine, so two builds compare without sharing a run.
The build must be for this machine's architecture (x86_64 here) to load its libraries.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

FUNCTIONS = {
    "ParseFunction": ("presslake.handlers.parse", ["PowertoolsLayer", "ArrowLayer", "HtmlLayer"]),
    "FiguresFunction": ("presslake.handlers.figures", ["PowertoolsLayer", "ArrowLayer"]),
    "ScrapeFunction": ("presslake.handlers.scrape", ["PowertoolsLayer", "HtmlLayer", "ScrapeLayer"]),
}
RUNTIME_DIR = ROOT / ".bench-cache" / "lambda-runtime-py312"

IMPORT = """
import time
start = time.perf_counter()
import {module}
print(round((time.perf_counter() - start) * 1000, 1))
"""

INVOKE = """
import json, sys, time
start = time.perf_counter()
import {module} as handler_module
imported = time.perf_counter()
from presslake_bench_context import Context
result = handler_module.handler(json.loads(sys.argv[1]), Context())
done = time.perf_counter()
print(json.dumps({{"import_ms": (imported - start) * 1000, "first_invoke_ms": (done - imported) * 1000,
                  "status": "written" if result.get("written") or any(
                      o.get("status") == "written" for o in result.get("outcomes", [])) else "not written"}}))
"""

CONTEXT = '''
class Context:
    function_name = "bench"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:bench"
    aws_request_id = "bench"
'''


def lambda_python() -> str:
    """A Python 3.12 interpreter, as the Lambda runtime runs."""
    candidates = [shutil.which("python3.12")]
    pyenv_root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("pyenv") else ""
    if pyenv_root:
        candidates += sorted(str(p) for p in Path(pyenv_root, "versions").glob("3.12*/bin/python3.12"))
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", ""], capture_output=True).returncode == 0:
            return candidate
    raise SystemExit("no Python 3.12 found: the Lambda runtime is 3.12")


def runtime_packages(python: str) -> Path:
    """botocore for 3.12, compiled: what the Lambda runtime provides outside the bundle."""
    if not (RUNTIME_DIR / "botocore").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--only-binary=:all:", "--python-version", "3.12", "--no-compile",
                        "--target", str(RUNTIME_DIR), "boto3"], check=True)
        subprocess.run([python, "-m", "compileall", "-q", "-j", "0", str(RUNTIME_DIR)], check=True)
        (RUNTIME_DIR / "presslake_bench_context.py").write_text(CONTEXT)
    return RUNTIME_DIR


def search_path(build: Path, function: str) -> str:
    _, layers = FUNCTIONS[function]
    return os.pathsep.join([str(build / function)] + [str(build / layer / "python") for layer in layers]
                           + [str(RUNTIME_DIR)])


def child_env(build: Path, function: str, extra: dict | None = None) -> dict:
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": search_path(build, function),
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1",
           "POWERTOOLS_METRICS_NAMESPACE": "presslake", "POWERTOOLS_LOG_LEVEL": "WARNING",
           "POWERTOOLS_DEV": "false"}
    return env | (extra or {})


def import_times(python: str, build: Path, function: str, runs: int, site_flag: str = "-s") -> list[float]:
    module, _ = FUNCTIONS[function]
    times = []
    for _ in range(runs):
        out = subprocess.run([python, site_flag, "-c", IMPORT.format(module=module)], env=child_env(build, function),
                             capture_output=True, text=True, check=True).stdout
        times.append(float(out.split()[-1]))
    return times


def import_instructions(python: str, build: Path, function: str, site_flag: str = "-s") -> int:
    """Instructions the handler import executes (valgrind --tool=callgrind), the bare interpreter's subtracted."""
    module, _ = FUNCTIONS[function]

    def executed(code: str) -> int:
        with tempfile.TemporaryDirectory() as scratch:
            run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out", python,
                                  site_flag, "-c", code], env=child_env(build, function), capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode or not found:
            raise SystemExit(run.stderr[-2000:])
        return int(found.group(1))

    return executed(f"import {module}") - executed("pass")


def top_imports(python: str, build: Path, function: str, count: int = 5,
                site_flag: str = "-s") -> tuple[float, list[tuple[str, float]]]:
    """(ms of presslake's own modules, the heaviest third-party packages) under the handler import
    (one -X importtime run). presslake's share is the sum of its modules' self times: module-level
    work (patterns compiled at import, tables built) shows there, not among the packages."""
    module, _ = FUNCTIONS[function]
    err = subprocess.run([python, site_flag, "-X", "importtime", "-c", f"import {module}"],
                         env=child_env(build, function), capture_output=True, text=True).stderr
    heaviest: dict[str, float] = {}
    own_us = 0
    lines = err.splitlines()
    # what the interpreter imports at start-up (site and its .pth files) is not the handler's
    start = max((i for i, line in enumerate(lines) if line.rstrip().endswith("| site")), default=0)
    for line in lines[start + 1:]:
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].strip()
        package = name.split(".")[0]
        if package == "presslake":
            own_us += int(parts[0].split(":")[1])
        elif package not in ("encodings", "site") and "." not in name:
            heaviest[package] = max(heaviest.get(package, 0.0), int(parts[1]) / 1000)
    return own_us / 1000, sorted(heaviest.items(), key=lambda r: -r[1])[:count]


def first_invocation(python: str, build: Path, function: str, site_flag: str = "-s") -> dict:
    """Import + first event on a fresh process, against an embedded S3 holding a real input."""
    from presslake.handlers.s3io import s3_client
    from presslake.local.stack import LOCAL_BUCKET, embedded_s3, s3_put_event

    module, _ = FUNCTIONS[function]
    page = (ROOT / "tests" / "fixtures" / "pages" / "kyivindependent-kursk-losses.html").read_bytes()
    with embedded_s3() as endpoint:
        s3 = s3_client()
        s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/kursk.html", Body=page)
        if function == "ParseFunction":
            key, size = "raw/kursk.html", len(page)
        else:
            from presslake.handlers import parse
            from presslake.local.stack import LambdaContext

            written = parse.handler(s3_put_event(LOCAL_BUCKET, "raw/kursk.html", len(page), "x"), LambdaContext())
            key = written["written"]["articles"]
            size = s3.head_object(Bucket=LOCAL_BUCKET, Key=key)["ContentLength"]
        event = s3_put_event(LOCAL_BUCKET, key, size, "x")
        extra = {k: os.environ[k] for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")}
        env = child_env(build, function, extra | {"AWS_ENDPOINT_URL": endpoint})
        out = subprocess.run([python, site_flag, "-c", INVOKE.format(module=module), json.dumps(event)],
                             env=env, capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(out.stderr[-2000:])
        return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / ".aws-sam" / "build-x86_64")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-site", action="store_true",
                        help="start the interpreters with -S (no site module, no .pth files) instead of -s")
    parser.add_argument("--instructions", action="store_true",
                        help="count each handler import's instructions with valgrind instead of timing it")
    args = parser.parse_args(argv)
    python = lambda_python()
    runtime_packages(python)
    flag = "-S" if args.no_site else "-s"
    if args.instructions:
        if not shutil.which("valgrind"):
            raise SystemExit("--instructions needs valgrind")
        print(f"interpreter: {python} {flag}; build: {args.build_dir}")
        print("| function | handler import, millions of instructions |")
        print("|---|---|")
        for function in FUNCTIONS:
            print(f"| {function} | {import_instructions(python, args.build_dir, function, flag) / 1e6:,.0f} |")
        return 0
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    print(f"interpreter: {python} {flag}; build: {args.build_dir}; {args.runs} fresh processes per function; "
          f"load average {load} on {os.cpu_count()} CPUs")
    print("| function | import median ms | import max ms | presslake's own modules ms | "
          "first invocation ms (after import) | top imports (ms) |")
    print("|---|---|---|---|---|---|")
    for function in FUNCTIONS:
        times = import_times(python, args.build_dir, function, args.runs, flag)
        # the scrape function's first call needs a web site and a state table: import only
        first = first_invocation(python, args.build_dir, function, flag) if function != "ScrapeFunction" else None
        first_ms = f"{first['first_invoke_ms']:.0f} ({first['status']})" if first else "-"
        own, top = top_imports(python, args.build_dir, function, site_flag=flag)
        top_text = ", ".join(f"{name} {ms:.0f}" for name, ms in top)
        print(f"| {function} | {statistics.median(times):.0f} | {max(times):.0f} | {own:.0f} | {first_ms} | {top_text} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

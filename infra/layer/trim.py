"""Trim an installed layer to what the functions load, then strip its shared libraries.

    python infra/layer/trim.py SITE_PACKAGES [--strip TOOL]

pyarrow keeps libarrow, libparquet, libarrow_dataset/acero/substrait (lib.so links
them) and the modules reading and writing our Parquet imports (parquet reads go
through pyarrow.dataset); Flight, Gandiva, ORC, CUDA, the cloud filesystems'
Python modules, the C++ test module, headers, sources and duplicate copies of
versioned libraries go. babel keeps only the root and English locale data: courlan
imports babel for URL language filters that presslake never calls. Powertools keeps
Logger, Metrics and Tracer; lxml loses objectify and schematron. `--drop` removes
whole distributions that are installed as dependencies but never imported on our
paths (htmldate loads dateparser only for its extensive date search). Everywhere,
test suites, C/Cython sources and headers go. tests/test_layer_trim.py applies the
same trim to a local install and runs the Parquet round trip and handler imports.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

PYARROW_REMOVED = (
    "include", "tests", "src", "_flight*", "flight.py", "libarrow_flight*", "libarrow_python_flight*",
    "*gandiva*", "_orc*", "orc.py", "_dataset_orc*", "_hdfs*", "_azurefs*", "_gcsfs*", "cuda.py", "_cuda*",
    "_pyarrow_cpp_tests*", "libarrow_python.so", "libarrow_python.so.*.*.*",
    "libarrow_python_parquet_encryption.so", "libarrow_python_parquet_encryption.so.*.*.*",
)
# Powertools: only what Logger, Metrics and Tracer import (checked by tests/test_layer_trim.py).
POWERTOOLS_KEPT = {"__init__.py", "py.typed", "exceptions", "logging", "metrics", "shared", "tracing",
                   "warnings", "package_logger.py", "utilities"}
POWERTOOLS_UTILITIES_KEPT = {"__init__.py", "jmespath_utils", "typing"}
LXML_REMOVED = ("objectify*", "isoschematron", "usedoctest.py", "doctestcompare.py")
EVERYWHERE_REMOVED = ("*.pyx", "*.pxd", "*.pxi", "*.h", "*.hpp", "*.c", "*.cc", "*.cpp")
BABEL_LOCALES_KEPT = ("root.dat", "en.dat", "en_001.dat", "en_US.dat", "en_GB.dat")


def _remove(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        size = path.lstat().st_size
        path.unlink()
        return size
    if path.is_dir():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
        shutil.rmtree(path)
        return size
    return 0


def trim(site: Path, drop: tuple[str, ...] = ()) -> int:
    """Trim `site` in place; `drop` names installed distributions nothing imports at run time."""
    freed = 0
    for name in drop:
        freed += sum(_remove(p) for p in list(site.glob(name)) + list(site.glob(f"{name}-*.dist-info")))
    powertools = site / "aws_lambda_powertools"
    if powertools.is_dir():
        freed += sum(_remove(p) for p in list(powertools.iterdir()) if p.name not in POWERTOOLS_KEPT)
        freed += sum(_remove(p) for p in list((powertools / "utilities").iterdir())
                     if p.name not in POWERTOOLS_UTILITIES_KEPT)
    lxml = site / "lxml"
    if lxml.is_dir():
        for pattern in LXML_REMOVED:
            freed += sum(_remove(p) for p in list(lxml.glob(pattern)))
    pyarrow = site / "pyarrow"
    if pyarrow.is_dir():
        for pattern in PYARROW_REMOVED:
            freed += sum(_remove(p) for p in list(pyarrow.glob(pattern)))
    locale_data = site / "babel" / "locale-data"
    if locale_data.is_dir():
        freed += sum(_remove(p) for p in list(locale_data.iterdir()) if p.name not in BABEL_LOCALES_KEPT)
    for pattern in EVERYWHERE_REMOVED:
        freed += sum(_remove(p) for p in list(site.rglob(pattern)))
    for tests in list(site.glob("*/tests")) + list(site.glob("*/includes")):
        freed += _remove(tests)
    return freed


def strip(site: Path, tool: str) -> int:
    """Drop symbol tables from every shared library (they are for debuggers, not for Lambda)."""
    before = sum(p.stat().st_size for p in site.rglob("*.so*") if p.is_file())
    libraries = [str(p) for p in site.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    if libraries:
        subprocess.run([tool, "--strip-unneeded", *libraries], check=True)
    return before - sum(p.stat().st_size for p in site.rglob("*.so*") if p.is_file())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--strip", default="", help="strip tool for the target architecture (empty: skip)")
    parser.add_argument("--drop", action="append", default=[], help="a distribution nothing imports")
    args = parser.parse_args(argv)
    print(f"trimmed {trim(args.site, tuple(args.drop)) / 1e6:.1f} MB from {args.site}")
    if args.strip:
        print(f"stripped {strip(args.site, args.strip) / 1e6:.1f} MB with {args.strip}")
    else:
        print("no strip tool for this architecture: shared libraries left unstripped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

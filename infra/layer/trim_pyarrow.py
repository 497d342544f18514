"""Remove the parts of an installed pyarrow that reading and writing our Parquet never loads.

    python infra/layer/trim_pyarrow.py PATH/TO/site-packages/pyarrow

Keeps libarrow, libparquet, libarrow_dataset/acero/substrait (lib.so links them) and
the Python modules we import. Removes Flight, Gandiva, ORC, the cloud filesystems'
Python modules we do not use, C++ headers, Cython sources and the test suite.
"""

import shutil
import sys
from pathlib import Path

REMOVED_GLOBS = (
    "include", "tests", "src", "*.pxd", "*.pyx", "*.pxi", "*.h", "*.cc",
    "_flight*", "flight.py", "libarrow_flight*", "libarrow_python_flight*",
    "*gandiva*", "_orc*", "orc.py", "_hdfs*", "_azurefs*", "_gcsfs*",
    "cuda.py", "_cuda*",
)


def trim(root: Path) -> int:
    freed = 0
    for pattern in REMOVED_GLOBS:
        for path in list(root.glob(pattern)):
            if path.is_dir():
                freed += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
                shutil.rmtree(path)
            elif path.exists():
                freed += path.stat().st_size
                path.unlink()
    return freed


if __name__ == "__main__":
    target = Path(sys.argv[1])
    print(f"trimmed {trim(target) / 1e6:.1f} MB from {target}")

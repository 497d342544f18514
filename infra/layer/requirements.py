"""Print one layer's requirements from pyproject.toml, the single source of dependencies.

    python infra/layer/requirements.py core   # [project].dependencies
    python infra/layer/requirements.py html   # [project.optional-dependencies].html
"""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
group = sys.argv[1]
print("\n".join(project["dependencies"] if group == "core" else project["optional-dependencies"][group]))

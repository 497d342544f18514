"""Print one layer's requirements from pyproject.toml, the single source of dependencies.

    python infra/layer/requirements.py core --only pyarrow      # just pyarrow, as pinned in [project].dependencies
    python infra/layer/requirements.py core --without pyarrow --without aws-lambda-powertools   # the HTML stack
    python infra/layer/requirements.py scrape                   # [project.optional-dependencies].scrape
"""

import argparse
import re
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
parser = argparse.ArgumentParser()
parser.add_argument("group")
parser.add_argument("--only", action="append", default=[])
parser.add_argument("--without", action="append", default=[])
args = parser.parse_args()
requirements = project["dependencies"] if args.group == "core" else project["optional-dependencies"][args.group]
for requirement in requirements:
    name = re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()
    if (not args.only or name in args.only) and name not in args.without:
        print(requirement)

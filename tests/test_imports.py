"""What each handler loads at import (a cold start): nothing local-only, nothing it does not need."""

import subprocess
import sys

import pytest
from conftest import ROOT

NEVER_IN_LAMBDA = {"duckdb", "sqlglot", "moto", "boto3", "s3transfer", "presslake.local", "aws_xray_sdk"}
NOT_AT_IMPORT = {
    # trafilatura/courlan come with the first page that reaches extraction, warcio with the first bundle
    "presslake.handlers.parse": NEVER_IN_LAMBDA | {"trafilatura", "courlan", "charset_normalizer", "dateparser",
                                                   "warcio"},
    # the figures function has no HTML layer at all
    "presslake.handlers.figures": NEVER_IN_LAMBDA | {"lxml", "trafilatura", "courlan", "w3lib", "charset_normalizer"},
    # the scrape function has no Parquet to write
    "presslake.handlers.scrape": NEVER_IN_LAMBDA | {"pyarrow", "trafilatura"},
}


@pytest.mark.parametrize("module", sorted(NOT_AT_IMPORT))
def test_handler_import_loads_only_what_it_needs(module):
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    env = {"PYTHONPATH": str(ROOT / "functions"), "PATH": "/usr/bin:/bin",
           "POWERTOOLS_METRICS_NAMESPACE": "presslake-test", "AWS_DEFAULT_REGION": "us-east-1"}
    loaded = set(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout.split())
    top_level = {name.split(".")[0] for name in loaded} | loaded
    assert not (top_level & NOT_AT_IMPORT[module])

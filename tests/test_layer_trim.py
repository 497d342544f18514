"""The layer trim (infra/layer/trim.py), applied to this environment's own installs, leaves
everything the functions run working: handler imports, extraction of every fixture page,
figure extraction and the Parquet round trip of both schemas."""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "infra" / "layer"))
from trim import trim  # noqa: E402

TRIMMED = ("pyarrow", "aws_lambda_powertools", "lxml", "babel")
# What the HtmlLayer's Makefile target drops: never imported on the functions' paths.
DROPPED = ("dateparser", "regex", "pytz", "tzlocal")

CHILD = textwrap.dedent('''
    import importlib.abc, sys
    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in {dropped!r}:
                raise ImportError(f"{{name}} is not in the layer")
    sys.meta_path.insert(0, Refuse())

    import gc, pathlib
    from datetime import datetime, timezone
    import pyarrow, lxml, aws_lambda_powertools
    for module in (pyarrow, lxml, aws_lambda_powertools):
        assert module.__file__.startswith({site!r}), module.__file__
    import presslake.handlers.parse, presslake.handlers.figures
    from presslake.article.extract import extract_article
    from presslake.handlers.figures import figure_rows
    from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, read_parquet_bytes, to_parquet_bytes

    def figures_of_the_fixture_pages():
        now = datetime.now(timezone.utc)
        figures = 0
        for page in sorted(pathlib.Path({pages!r}).glob("*.html")):
            record = extract_article(page.read_bytes()).to_record() | dict(
                raw_bucket="b", raw_key="k", raw_version="v", raw_sha256="0" * 64, ingested_at=now)
            article = read_parquet_bytes(to_parquet_bytes([record], ARTICLE_SCHEMA)).to_pylist()[0]
            assert article["body"] == record["body"] and article["ingested_at"] == now.replace(
                microsecond=now.microsecond // 1000 * 1000)
            rows = figure_rows(article)
            if rows:
                assert read_parquet_bytes(to_parquet_bytes(rows, FIGURE_SCHEMA)).num_rows == len(rows)
            figures += len(rows)
        return figures

    figures = figures_of_the_fixture_pages()
    import pyarrow.dataset
    # Arrow objects still alive when the interpreter tears down are destroyed after Arrow's
    # static state, which can abort the process ("terminate called without an active
    # exception", apache/arrow#34314): free them while Arrow is whole. Lambda never tears
    # its interpreter down, so the handlers cannot meet this.
    gc.collect()
    print("ok", figures)
''')


@pytest.fixture(scope="module")
def trimmed_site(tmp_path_factory):
    import pyarrow

    source = Path(pyarrow.__file__).resolve().parents[1]
    site = tmp_path_factory.mktemp("layer")
    for name in TRIMMED:
        shutil.copytree(source / name, site / name, symlinks=True)
    freed = trim(site)
    strip_tool = shutil.which("llvm-strip") or shutil.which("strip")
    if strip_tool:
        from trim import strip

        strip(site, strip_tool)
    return site, freed


def test_trim_frees_space(trimmed_site):
    site, freed = trimmed_site
    assert freed > 30e6
    assert not (site / "pyarrow" / "include").exists()
    assert not list((site / "pyarrow").glob("_flight*"))
    assert sorted(p.name for p in (site / "babel" / "locale-data").iterdir()) <= [
        "en.dat", "en_001.dat", "en_GB.dat", "en_US.dat", "root.dat"]
    assert not (site / "aws_lambda_powertools" / "event_handler").exists()


def test_functions_work_on_the_trimmed_install(trimmed_site):
    site, _ = trimmed_site
    code = CHILD.format(dropped=set(DROPPED), site=str(site), pages=str(ROOT / "tests" / "fixtures" / "pages"))
    env = {"PYTHONPATH": f"{site}:{ROOT / 'functions'}", "PATH": "/usr/bin:/bin",
           "POWERTOOLS_METRICS_NAMESPACE": "presslake-test", "AWS_DEFAULT_REGION": "us-east-1"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    status, figures = result.stdout.split()[-2:]
    assert status == "ok" and int(figures) > 30

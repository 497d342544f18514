"""What the README and the template's texts tell a reader: the Quick start runs as written, in
order, and the stale sentences stay fixed."""

import re
import shlex
import subprocess
import sys

import pytest
from clirun import cli_env
from conftest import ROOT

README = (ROOT / "README.md").read_text()


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def blocks(text: str) -> list[tuple[str, str]]:
    """(language, code) of every fenced block, in order."""
    return re.findall(r"```(\w*)\n(.*?)```", text, re.S)


def test_the_quick_start_shows_parse_query_plot_the_api_and_pandas_in_that_order():
    quick = section("Quick start")
    places = [quick.index(marker) for marker in ("presslake parse tests/fixtures/pages", "presslake query --data out",
                                                 "presslake plot --data out", "from presslake import",
                                                 "pd.read_parquet", "duckdb.sql(", "SqlCatalog(\"presslake\"")]
    assert places == sorted(places)
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", quick):
        assert (ROOT / image).is_file(), image


def test_every_quick_start_command_runs_as_written(tmp_path):
    """Each block in order, from a fresh folder holding the repository's tests/ (the pages),
    as `.venv/bin/presslake` and `python` would run it."""
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    env = cli_env()
    ran = 0
    for language, code in blocks(section("Quick start")):
        if language == "bash":
            for line in code.splitlines():
                argv = shlex.split(line)
                assert argv[0] == ".venv/bin/presslake", line
                done = subprocess.run([sys.executable, "-m", "presslake.local.cli", *argv[1:]], cwd=tmp_path,
                                      env=env, capture_output=True, text=True, timeout=600)
                assert done.returncode == 0 and "Traceback" not in done.stderr, (line, done.stderr[-2000:])
                ran += 1
        elif language == "python":
            done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                                  timeout=600)
            assert done.returncode == 0, (code, done.stderr[-2000:])
            assert done.stdout.strip(), code
            ran += 1
    assert ran == 8
    assert (tmp_path / "out" / "day.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "out" / "lake" / "catalog.db").is_file()


def test_the_quick_start_output_is_what_parse_prints(tmp_path):
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    shown = next(code for language, code in blocks(section("Quick start")) if language == "" and "pages:" in code)
    done = subprocess.run([sys.executable, "-m", "presslake.local.cli", "parse", "tests/fixtures/pages",
                           "--out", "out/articles.parquet", "--figures", "out/figures.parquet", "--quiet"],
                          cwd=tmp_path, env=cli_env(), capture_output=True, text=True, timeout=600)
    assert done.stdout == shown


def test_the_readme_counts_the_named_queries():
    names = sorted(path.stem for path in (ROOT / "infra" / "athena").glob("*.sql"))
    words = {4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
    querying = section("Querying")
    assert f"{words[len(names)]} named queries" in querying
    assert sorted(re.findall(r"^\| `(\w+)` \|", querying, re.M)) == names


@pytest.fixture(scope="module")
def template() -> str:
    return (ROOT / "template.yaml").read_text()


def test_the_scrape_function_says_it_writes_warc_bundles(template):
    from cfnlint.decode.cfn_yaml import load

    description = load(str(ROOT / "template.yaml"))["Resources"]["ScrapeFunction"]["Properties"]["Description"]
    assert description.endswith(".warc.gz") and ".html.gz" not in description


def test_the_template_description_names_the_real_prefixes():
    from cfnlint.decode.cfn_yaml import load

    from presslake.lake.keys import ARTICLES_PREFIX, FIGURES_PREFIX

    description = " ".join(load(str(ROOT / "template.yaml"))["Description"].split())
    assert ARTICLES_PREFIX in description and FIGURES_PREFIX in description
    assert "(articles/)" not in description and "(figures/)" not in description


def test_peak_memory_in_template_comments_is_the_readmes(template):
    quoted = re.findall(r"#.*?peak RSS ([\d,]+(?:-[\d,]+)? MB)", template)
    assert quoted
    for figure in quoted:
        assert figure in " ".join(README.split()), figure

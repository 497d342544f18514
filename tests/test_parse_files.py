"""`presslake parse` on many pages: folders, WARC bundles and lists of files to Parquet or JSON lines,
with no embedded stack, and what `query`, `plot` and `merge` make of its output."""

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
import warcs
from clirun import run_cli
from conftest import PAGES, ROOT

from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA
from presslake.local.cli import main


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    """The fixture pages parsed into a folder, as the README's Quick start does."""
    folder = tmp_path_factory.mktemp("out")
    assert main(["parse", str(PAGES), "--out", str(folder / "articles.parquet"),
                 "--figures", str(folder / "figures.parquet"), "--rejects", str(folder / "rejects.jsonl")]) == 0
    return folder


def test_a_folder_becomes_an_articles_file_and_a_figures_file(parsed):
    from presslake.handlers.figures import figure_rows

    articles = pq.read_table(parsed / "articles.parquet")
    assert articles.schema.equals(ARTICLE_SCHEMA, check_metadata=False)
    rows = articles.to_pylist()
    assert len(rows) == 9 and len({r["article_id"] for r in rows}) == 9
    assert len({r["batch_id"] for r in rows}) == 1 and all(r["ingested_at"] and r["dt"] for r in rows)
    story = next(r for r in rows if r["raw_key"].endswith("kyivindependent-kursk-losses.html"))
    assert story["title"] == "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"
    assert story["dt"] == "2025-04-26" and story["raw_bucket"] is None and len(story["raw_sha256"]) == 64
    figures = pq.read_table(parsed / "figures.parquet")
    assert figures.schema.equals(FIGURE_SCHEMA, check_metadata=False)
    # the figures function's own rows, claims included
    expected = sorted((f["figure_id"], f["attributed_to"], f["subject"]) for r in rows for f in figure_rows(r))
    assert sorted((f["figure_id"], f["attributed_to"], f["subject"]) for f in figures.to_pylist()) == expected
    assert ("Ukraine's General Staff", "The Russian military") in {
        (f["attributed_to"], f["subject"]) for f in figures.to_pylist()}


def test_quarantined_pages_are_summarised_with_their_reasons(tmp_path, capsys):
    out = tmp_path / "articles.parquet"
    assert main(["parse", str(PAGES), "--out", str(out), "--rejects", str(tmp_path / "rejects.jsonl")]) == 0
    printed = capsys.readouterr().out
    assert "11 pages: 9 articles (9 rows), 2 quarantined" in printed
    assert "quarantined 2 not_article:" in printed
    assert "home-listing.html: 52 words, title 'The Daily Wire Service'" in printed
    lines = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert sorted(line["reason"] for line in lines) == ["not_article", "not_article"]
    assert {line["raw_key"].rsplit("/", 1)[1] for line in lines} == {"error-404.html", "home-listing.html"}


def test_a_warc_bundle_and_a_list_of_files(tmp_path, capsys):
    bundle = tmp_path / "news.warc.gz"
    bundle.write_bytes(warcs.build(warcs.pages(4) + [warcs.response("https://e.org/x", b"")]))
    out = tmp_path / "out" / "articles.jsonl"  # its folder is created
    assert main(["parse", str(bundle), str(PAGES / "no-date.html"), str(PAGES / "error-404.html"),
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "7 pages: 5 articles (5 rows), 2 quarantined; 1 WARC records that are not pages skipped" in printed
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["title"] for r in rows) == ["How the village library survived"] + [f"Story {i}" for i in range(4)]
    from_bundle = [r for r in rows if r["raw_key"] == str(bundle)]
    assert len(from_bundle) == 4 and all(r["raw_offset"] > 0 for r in from_bundle)
    assert all(r["url"].startswith("https://news.example.org/story/") for r in from_bundle)


def test_copies_of_one_article_are_one_row_and_the_summary_says_so(tmp_path, capsys):
    story = (PAGES / "kyivindependent-kursk-losses.html").read_bytes()
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_bytes(story)
    assert main(["parse", str(tmp_path), "--out", str(tmp_path / "x.parquet")]) == 0
    assert "2 pages: 2 articles (1 rows; 1 copies of an article already read were kept once)" in capsys.readouterr().out
    assert pq.read_table(tmp_path / "x.parquet").num_rows == 1


@pytest.mark.parametrize("argv, status, message", [
    (["{empty}", "--out", "{tmp}/x.parquet"], 2, "no pages (.html, .htm, .gz, .warc, .warc.gz) in "),
    (["{pages}", "--out", "{tmp}/x.csv"], 2, "--out {tmp}/x.csv: give a .parquet or .jsonl file name"),
    (["{pages}", "--out", "{tmp}/x.parquet", "--figures", "{tmp}/f.txt"], 2, "give a .parquet or .jsonl"),
    (["{pages}", "--figures", "{tmp}/f.parquet"], 2, "--figures and --rejects go with --out"),
    (["{pages}", "--out", "{tmp}/x.parquet", "--url", "https://e.org/"], 2, "--url names the source of one page"),
    (["{pages}/no-date.html", "{pages}/error-404.html"], 2, "2 inputs: give --out OUT.parquet"),
    (["{pages}/error-404.html", "--out", "{tmp}/x.parquet"], 1, "no articles among 1 pages: nothing written"),
    (["{tmp}/nosuch", "--out", "{tmp}/x.parquet"], 2, "nosuch does not exist"),
])
def test_parse_mistakes_get_one_line(tmp_path, capsys, argv, status, message):
    (tmp_path / "empty").mkdir()
    subs = {"{empty}": str(tmp_path / "empty"), "{tmp}": str(tmp_path), "{pages}": str(PAGES)}

    def fill(text):
        for key, value in subs.items():
            text = text.replace(key, value)
        return text

    assert main(["parse", *map(fill, argv)]) == status
    err = capsys.readouterr().err.strip()
    said = [line for line in err.splitlines() if line.startswith("presslake")]  # after the bar, if it ran
    assert said == [err.splitlines()[-1]] and said[0].startswith("presslake parse: ") and fill(message) in said[0]
    assert "Traceback" not in err
    assert not (tmp_path / "x.parquet").exists()


def test_query_plot_and_merge_read_the_parsed_folder(parsed, capsys):
    sql = "SELECT count(*) AS n, count(DISTINCT article_id) AS ids FROM articles"
    for table in ("articles", "articles_live"):
        assert main(["query", sql.replace("articles", table), "--data", str(parsed), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == [{"n": 9, "ids": 9}]
    assert main(["query", "--data", str(parsed), "--named", "unit_time_series", "--param", "soldier",
                 "--format", "json"]) == 0
    assert [r["value"] for r in json.loads(capsys.readouterr().out)] == [62400.0, 62400.0, 983.0]
    assert main(["plot", "--data", str(parsed), "--param", "soldier", "--out", str(parsed / "soldier.svg")]) == 0
    assert (parsed / "soldier.svg").read_text().lstrip().startswith("<?xml")
    assert main(["merge", "--data", str(parsed)]) == 0
    assert "merge: 9 articles inserted" in capsys.readouterr().out
    assert (parsed / "lake" / "catalog.db").exists()
    assert main(["query", sql, "--data", str(parsed), "--format", "json"]) == 0  # now from the Iceberg tables
    assert json.loads(capsys.readouterr().out) == [{"n": 9, "ids": 9}]


def test_plot_leaves_out_figures_of_undated_articles(parsed, capsys):
    """no-date.html has no publication date: its day in the lake is the day it was parsed."""
    assert main(["plot", "--data", str(parsed), "--param", "volunteer", "--out", str(parsed / "v.png")]) == 2
    assert "the answer has no rows to draw (1 undated)" in capsys.readouterr().err
    assert not (parsed / "v.png").exists()


def test_an_empty_answer_for_a_unit_names_the_units_there_are(parsed, capsys):
    assert main(["query", "--data", str(parsed), "--named", "unit_time_series", "--param", "soldiers"]) == 0
    out, err = capsys.readouterr()
    assert "(0 rows)" in out
    assert err.startswith("note: no figures with unit 'soldiers'; the most frequent units here: ")
    assert err.strip().split("here: ")[1].split(", ")[:3] == ["%", "EUR", "soldier"]


def test_two_runs_in_one_folder_are_read_once_per_article(tmp_path, capsys):
    for name in ("first", "second"):  # the same pages parsed twice: the newer rows win, no duplicates
        assert main(["parse", str(PAGES), "--out", str(tmp_path / f"{name}.parquet"),
                     "--figures", str(tmp_path / f"{name}-figures.parquet"), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["query", "SELECT count(*) AS n FROM articles", "--data", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 9}]
    assert main(["query", "SELECT count(*) AS n FROM figures", "--data", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": pq.read_metadata(tmp_path / "first-figures.parquet").num_rows}]


def test_parse_runs_without_the_embedded_stack_and_shows_a_progress_bar(tmp_path):
    """No moto, no SQS, no lake: with them hidden, the command still works."""
    code = """
import importlib.abc, sys
class NoStack(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"moto", "boto3", "duckdb", "pyiceberg"} or name == "presslake.local.stack":
            raise ModuleNotFoundError(f"No module named {name!r}")
sys.meta_path.insert(0, NoStack())
from presslake.local.cli import main
sys.exit(main(sys.argv[1:]))
"""
    done = subprocess.run([sys.executable, "-c", code, "parse", str(PAGES), "--out", str(tmp_path / "a.parquet"),
                           "--figures", str(tmp_path / "f.parquet")], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "functions"), "PATH": "/usr/bin:/bin"}, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "parse: 100%" in done.stderr and done.stderr.count("parse: 100%") == 1 and "11/11" in done.stderr
    assert pq.read_table(tmp_path / "a.parquet").num_rows == 9


def test_the_readme_parse_command_as_a_user_runs_it(tmp_path):
    done = run_cli("parse", "tests/fixtures/pages", "--out", str(tmp_path / "articles.parquet"), "--quiet")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines()[-1] == f"{tmp_path / 'articles.parquet'}: 9 articles"

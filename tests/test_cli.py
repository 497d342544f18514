"""The CLI: one page as JSON, a Lambda event file run locally, and the demo on an embedded S3."""

import csv
import json

import pytest
from clirun import cli, run_cli
from conftest import PAGES, ROOT

from presslake.local.cli import main


def test_parse_prints_the_record_as_json(capsys):
    assert main(["parse", str(PAGES / "opengraph-only.html"), "--url", "https://gazette.example.com/x"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["title"] == "City council approves €5m flood defence plan"
    assert record["url"] == "https://gazette.example.com/x"
    assert record["published_at"] == "2024-11-18T18:30:00+00:00"


@pytest.mark.parametrize("name", ["s3-put-raw.json", "sqs-s3-put-raw.json"])
def test_invoke_runs_the_sample_event_on_the_embedded_s3(capsys, name):
    event = ROOT / "events" / name
    assert main(["invoke", "parse", str(event), "--upload", str(PAGES / "kyivindependent-kursk-losses.html")]) == 0
    out = capsys.readouterr().out
    result = json.loads(out[out.index('{\n  "batchItemFailures"'):])
    assert result["batchItemFailures"] == []
    assert result["counts"] == {"articles": 1}
    assert result["written"]["articles"].startswith("staging/articles/ingest_dt=2025-04-26/")


def test_demo_runs_every_sample_page_through_the_chain(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says" in out
    assert "by Natalia Yermak | published 2025-04-26T14:59:51+00:00" in out
    assert "1 parse invocation(s) (SQS batches), 1 figures invocation(s): 9 articles, 2 quarantined" in out
    assert "articles  s3://presslake-local/staging/articles/ingest_dt=" in out
    assert "figures   s3://presslake-local/staging/figures/ingest_dt=" in out
    assert "     6 figures  Russia lost over 62,400 soldiers in Kursk operation, Ukraine says" in out
    assert "quarantined raw/demo/home-listing.html: not_article" in out


def test_invoke_figures_with_the_sample_article_event(tmp_path, capsys):
    from datetime import datetime, timezone

    from presslake.article.extract import extract_article
    from presslake.handlers.events import iter_object_refs
    from presslake.lake.schema import ARTICLE_SCHEMA, to_parquet_bytes

    article = extract_article((PAGES / "kyivindependent-kursk-losses.html").read_bytes())
    record = article.to_record() | {"raw_bucket": "b", "raw_key": "raw/k.html", "raw_version": "v",
                                    "raw_sha256": "0" * 64, "ingested_at": datetime.now(timezone.utc),
                                    "dt": "2025-04-26", "batch_id": "b1"}
    parquet = tmp_path / "article.parquet"
    parquet.write_bytes(to_parquet_bytes([record], ARTICLE_SCHEMA))
    event = ROOT / "events" / "s3-put-article.json"
    [ref] = iter_object_refs(json.loads(event.read_text()))
    assert main(["invoke", "figures", str(event), "--upload", str(parquet)]) == 0
    out = capsys.readouterr().out
    [outcome] = json.loads(out[out.index('{\n  "outcomes"'):])["outcomes"]
    assert (outcome["status"], outcome["articles"], outcome["figures"]) == ("written", 1, 6)
    assert outcome["output_key"] == ref.key.replace("staging/articles/", "staging/figures/")


def test_demo_can_scrape_a_local_site(capsys):
    assert main(["demo", "--scrape"]) == 0
    out = capsys.readouterr().out
    assert "scrape report: {'fetched': 11, 'skipped_robots': 1}" in out
    assert "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says" in out
    assert "(6 rows)" in out  # figures_of_day for the seed article
    assert "no source" not in out and "| 127.0.0.1 " in out  # a local site's host is its source


def test_invoke_parse_with_the_warc_drop_event(tmp_path, capsys):
    import warcs

    bundle = tmp_path / "bundle.warc.gz"
    bundle.write_bytes(warcs.build(warcs.pages(5)))
    event = ROOT / "events" / "sqs-s3-put-warc.json"
    assert main(["invoke", "parse", str(event), "--upload", str(bundle)]) == 0
    out = capsys.readouterr().out
    result = json.loads(out[out.index('{\n  "batchItemFailures"'):])
    assert result["counts"] == {"articles": 5, "skipped:record_type": 1, "warc_records": 6}
    assert result["written"]["articles"].startswith("staging/articles/ingest_dt=2025-04-26/")


def test_demo_takes_a_warc_bundle(tmp_path, capsys):
    import warcs

    bundle = tmp_path / "news.warc.gz"
    bundle.write_bytes(warcs.build(warcs.pages(3) + [warcs.response("https://e.org/x", b"")]))
    assert main(["demo", "--pages", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "1 parse invocation(s) (SQS batches), 1 figures invocation(s): 3 articles, 1 quarantined" in out
    assert "from raw/demo/news.warc.gz @ " in out
    assert "quarantined raw/demo/news.warc.gz @ " in out and ": empty: " in out


def test_demo_reads_page_folders_recursively_and_refuses_a_missing_one(tmp_path, capsys):
    nested = tmp_path / "site" / "2025"
    nested.mkdir(parents=True)
    (nested / "story.html").write_bytes((PAGES / "jsonld-graph.html").read_bytes())
    assert main(["demo", "--pages", str(tmp_path / "site")]) == 0
    assert "1 articles, 0 quarantined" in capsys.readouterr().out
    assert main(["demo", "--pages", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    assert main(["demo", "--export", str(folder)]) == 0
    return folder


@pytest.mark.parametrize("argv, message", [
    (["parse", "nosuch.html"], "nosuch.html does not exist"),
    (["parse", str(PAGES)], "is a folder: give --out OUT.parquet"),
    (["parse", "https://kyivindependent.com/x/"], "is a URL; parse needs a file"),
    (["query", "SELEC 1", "--data", "{data}"], 'syntax error at or near "SELEC"'),
    (["query", "SELEC * FROM figures", "--data", "{data}"], 'syntax error at or near "SELEC"'),
    (["query", "SELECT * FROM nosuch", "--data", "{data}"], "nosuch"),
    (["query", "SELECT nosuch FROM articles_live", "--data", "{data}"], "nosuch"),
    (["query", "--named", "figures_of_day", "--data", "{data}"], "figures_of_day needs a --param for: day ('YYYY-MM-DD'"),
    (["query", "--named", "unit_time_series", "--data", "{data}"], "unit_time_series needs a --param for: unit "),
    (["query", "--named", "unit_time_series", "--param", "soldier", "--param", "USD", "--data", "{data}"],
     "unit_time_series takes 1 parameter (unit); 2 --param given"),
    (["query", "SELECT ?", "--data", "{data}"], "the SQL has 1 parameter; 0 --param given"),
    (["query", "--named", "figures_of_day", "--param", "26/04/2025", "--data", "{data}"],
     "--param 26/04/2025: figures_of_day takes its day as YYYY-MM-DD"),
    (["query", "--named", "nosuch", "--data", "{data}"], "no named query 'nosuch'; there are:"),
    (["query", "SELECT 1", "--data", "/nonexistent/folder"], "no such folder"),
    (["query", "SELECT count(*) FROM articles", "--data", "{empty}"], "holds no lake"),
    (["query", "SELECT 1", "--data", "s3://presslake-no-such-bucket-for-tests"], "cannot read s3://"),
    (["merge", "--data", "{empty}"], "holds no lake"),
    (["plot", "--data", "{data}", "--param", "soldier", "--out", "/nonexistent/dir/x.png"],
     "--out /nonexistent/dir/x.png: no such folder /nonexistent/dir"),
    (["plot", "--data", "{data}", "--param", "soldier", "--out", "{empty}/x.gif"], "give a .svg or .png file name"),
    (["plot", "--data", "{data}", "--out", "{empty}/x.svg"], "unit_time_series needs a --param for: unit "),
    (["backfill", "--prefix", "archive/"], "--prefix archive/ is outside raw/"),
    (["backfill", "--pages", "{empty}"], "no pages (.html, .htm, .gz, .warc, .warc.gz) in "),
    (["invoke", "parse", str(ROOT / "events" / "sqs-s3-put-raw.json")], "does not exist on the embedded stack"),
    (["invoke", "figures", str(ROOT / "events" / "s3-put-raw.json"), "--upload", str(PAGES / "no-date.html")],
     "the figures function reads staging/articles/*.parquet objects only: try presslake invoke parse"),
])
def test_ordinary_mistakes_get_one_clear_line_and_exit_2(capsys, exported, tmp_path, monkeypatch, argv, message):
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # nothing listens: no real AWS is asked
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([a.replace("{data}", str(exported)).replace("{empty}", str(empty)) for a in argv]) == 2
    out, err = capsys.readouterr()
    err = err.strip()
    assert err.startswith(f"presslake {argv[0]}: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "{\n" not in out  # no handler ran
    assert list(empty.iterdir()) == []  # nothing created (merge makes no lake/ in a folder without one)


@pytest.mark.parametrize("command", ["demo", "backfill"])
@pytest.mark.parametrize("size", ["0", "-3", "ten"])
def test_a_batch_size_the_template_refuses_is_a_usage_error(capsys, command, size):
    with pytest.raises(SystemExit) as done:
        main([command, "--batch-size", size])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "argument --batch-size" in err and "Traceback" not in err


def test_the_demo_batch_size_bounds_are_the_templates():
    from cfnlint.decode.cfn_yaml import load

    from presslake.local.cli import BATCH_SIZE_RANGE

    parameter = load(str(ROOT / "template.yaml"))["Parameters"]["BatchSize"]
    assert BATCH_SIZE_RANGE == (parameter["MinValue"], parameter["MaxValue"])


def test_merge_refuses_a_missing_folder_and_creates_nothing(tmp_path, capsys):
    assert main(["merge", "--data", str(tmp_path / "nolake")]) == 2
    assert "--data " + str(tmp_path / "nolake") + ": no such folder" in capsys.readouterr().err
    assert not (tmp_path / "nolake").exists()


def test_every_subcommand_help_has_a_description_and_shows_defaults(capsys):
    import argparse

    from presslake.local import cli

    parser_of = {}
    original = argparse.ArgumentParser.parse_known_args

    def spy(self, args=None, namespace=None):  # the subparsers, as main builds them
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                parser_of.update(action.choices)
        return original(self, args, namespace)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(argparse.ArgumentParser, "parse_known_args", spy)
        with pytest.raises(SystemExit):
            cli.main(["--help"])
    capsys.readouterr()
    assert {"parse", "demo", "query", "plot", "merge", "backfill", "invoke"} <= set(parser_of)
    for name, sub in parser_of.items():
        with pytest.raises(SystemExit) as done:
            cli.main([name, "--help"])
        assert done.value.code == 0
        text = capsys.readouterr().out
        description = text.split("\n\n")[1]
        assert description.strip() and "\n" not in description.strip(), (name, description)  # one line
        flat = "".join(text.split())  # help lines wrap anywhere, even inside a default
        for action in sub._actions:
            if action.option_strings and action.default not in (None, False, [], argparse.SUPPRESS):
                assert "".join(f"(default: {action.default})".split()) in flat, (name, action.option_strings)


def test_parse_reads_standard_input(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((PAGES / "opengraph-only.html").read_bytes())))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "City council approves €5m flood defence plan"


def test_version_named_list_and_formats(capsys, exported):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("presslake ")
    assert main(["query", "--named", "--data", str(exported)]) == 0
    listed = capsys.readouterr().out
    assert "figures_of_day" in listed and "unit_time_series" in listed
    sql = "SELECT title FROM articles WHERE dt = '2025-04-26'"
    assert main(["query", sql, "--data", str(exported), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"title": "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"}]
    assert main(["query", sql, "--data", str(exported), "--format", "csv"]) == 0
    assert list(csv.reader(capsys.readouterr().out.splitlines())) == [
        ["title"], ["Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"]]
    assert main(["query", sql, "--data", str(exported), "--max-width", "0"]) == 0
    assert "Ukraine says" in capsys.readouterr().out


@pytest.mark.parametrize("event", ["scheduled-scrape.json", "eventbridge-scheduled-event.json"])
def test_invoke_runs_the_scrape_events(capsys, event):
    assert main(["invoke", "scrape", str(ROOT / "events" / event)]) == 0
    out = capsys.readouterr().out
    result = json.loads(out[out.index("{"):])
    assert result["group"] == "default" and result["report"]["fetched"] == 11
    assert all(key.endswith(".warc.gz") for key in result["stored"])


def test_plot_draws_a_named_querys_time_series(tmp_path, capsys, exported):
    out = tmp_path / "soldier.png"
    assert main(["plot", "--data", str(exported), "--named", "unit_time_series", "--param", "soldier",
                 "--out", str(out)]) == 0
    assert "3 figures from unit_time_series" in capsys.readouterr().out
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5_000
    assert main(["plot", "--data", str(exported), "--named", "articles_without_figures"]) == 2
    assert "needs columns 'dt' and 'value'" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback(exported):
    """`presslake query ... | head -2`: the reader is gone before the answer is written."""
    for extra in ([], ["--format", "csv"]):
        process = cli("query", "SELECT * FROM figures", "--data", str(exported), *extra)
        process.stdout.close()  # like head after its lines, long before the answer is ready
        err = process.stderr.read()
        assert process.wait(timeout=300) == 1
        assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err


def test_ctrl_c_during_the_demo_ends_with_one_line_and_status_130():
    import signal

    process = cli("demo")
    for line in process.stdout:  # once the embedded stack is up and parsing
        if line.startswith("uploading"):
            break
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "presslake demo: interrupted"


def test_backfill_prints_no_log_lines_one_bar_and_removes_its_temporary_lake(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where the CLI's tempfile puts the lake
    done = run_cli("backfill")
    assert done.returncode == 0, done.stderr
    assert not [line for line in (done.stdout + done.stderr).splitlines() if line.lstrip().startswith("{")]
    assert done.stderr.count("100%") == 1 and "11/11" in done.stderr
    assert "9 articles, 2 quarantined" in done.stdout and "merge: 9 articles inserted" in done.stdout
    assert not list(tmp_path.glob("presslake-lake-*"))


def test_demo_without_export_removes_its_temporary_lake(tmp_path, monkeypatch, capsys):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["demo", "--quiet"]) == 0
    assert not list(tmp_path.glob("presslake-lake-*"))


def test_demo_quiet_prints_a_summary_and_counts_copies_kept_once(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    story = (PAGES / "kyivindependent-kursk-losses.html").read_bytes()
    (pages / "story.html").write_bytes(story)
    (pages / "story-copy.html").write_bytes(story)  # the same article twice in one batch: one row
    (pages / "other.html").write_bytes((PAGES / "jsonld-graph.html").read_bytes())
    assert main(["demo", "--pages", str(pages), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "2 articles, 1 quarantined (1 of them copies of an article already in the batch)" in out
    assert "named queries: " in out and "unit_time_series 3 rows" in out
    assert "Russia lost over" not in out  # no article listing
    assert len(out.strip().splitlines()) <= 15


def test_invoke_the_sam_generated_event_writes_a_day_athena_reads(capsys):
    from datetime import date

    assert main(["invoke", "parse", str(ROOT / "events" / "sam-generated-s3-put.json"),
                 "--upload", str(PAGES / "kyivindependent-kursk-losses.html")]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out[out.index('{\n  "batchItemFailures"'):])
    ingest_dt = result["written"]["articles"].split("ingest_dt=")[1].split("/")[0]
    assert date.fromisoformat(ingest_dt) >= date(2025, 1, 1)
    assert "event time before 2025-01-01" in err


def test_the_cli_knows_where_the_partition_projection_starts():
    from cfnlint.decode.cfn_yaml import load

    from presslake.local.cli import INGEST_DT_START

    resources = load(str(ROOT / "template.yaml"))["Resources"]
    for table in ("StagingArticlesTable", "StagingFiguresTable"):
        parameters = resources[table]["Properties"]["TableInput"]["Parameters"]
        assert parameters["projection.ingest_dt.range"].split(",")[0] == INGEST_DT_START.isoformat()

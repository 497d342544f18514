"""The CLI: one page as JSON, a Lambda event file run locally, and the demo on an embedded S3."""

import csv
import json

import pytest
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
    (["parse", str(PAGES)], "is a folder"),
    (["parse", "https://kyivindependent.com/x/"], "is a URL; parse needs a file"),
    (["query", "SELEC 1", "--data", "{data}"], ""),
    (["query", "SELECT * FROM nosuch", "--data", "{data}"], "nosuch"),
    (["query", "SELECT nosuch FROM articles_live", "--data", "{data}"], "nosuch"),
    (["query", "--named", "figures_of_day", "--data", "{data}"], ""),
    (["query", "--named", "nosuch", "--data", "{data}"], "no named query 'nosuch'; there are:"),
    (["query", "SELECT 1", "--data", "/nonexistent/folder"], "no such folder"),
    (["query", "SELECT 1", "--data", "s3://presslake-no-such-bucket-for-tests"], "cannot read s3://"),
    (["invoke", "parse", str(ROOT / "events" / "sqs-s3-put-raw.json")], "does not exist on the embedded stack"),
])
def test_ordinary_mistakes_get_one_clear_line_and_exit_2(capsys, exported, monkeypatch, argv, message):
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # nothing listens: no real AWS is asked
    assert main([a.replace("{data}", str(exported)) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"presslake {argv[0]}: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


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

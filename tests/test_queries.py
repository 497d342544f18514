"""Every named Athena query, run locally (sqlglot -> DuckDB) over the chain's output on an
embedded S3 server (pyarrow's S3 filesystem, as Athena reads S3), with the expected rows."""

from datetime import date

import pytest
from conftest import PAGES

from presslake.local.cli import main
from presslake.local.stack import LOCAL_BUCKET, LocalPipeline, embedded_s3, export
from presslake.local.query import connect, named_queries, run, to_duckdb
from presslake.handlers.s3io import s3_client

NO_FIGURES_PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Quiet night on the river</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-26T20:00:00Z"></head><body><article>
<h1>Quiet night on the river</h1>
<p>The ferry crossed the river as usual, and the crew reported calm water and clear skies all night.</p>
<p>Residents walked along the embankment, and the cafes on the square stayed open late for the first warm evening.</p>
<p>The harbour master said nothing unusual had happened, which in this town counts as good news.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    """All fixture pages through the chain on an embedded S3; yields a DuckDB connection over it."""
    with embedded_s3():
        s3 = s3_client()
        pipeline = LocalPipeline(s3)
        for path in sorted(PAGES.glob("*.html")):
            pipeline.upload(f"raw/{path.name}", path.read_bytes())
        pipeline.upload("raw/quiet-night.html", NO_FIGURES_PAGE)
        for key, body in [("raw/empty.html", b""), ("raw/report-a.html", b"%PDF-1.7\n" + bytes(64)),
                          ("raw/report-b.html", b"%PDF-1.4\n" + bytes(64))]:
            pipeline.upload(key, body)  # quarantined
        folder = tmp_path_factory.mktemp("lake")
        export(s3, LOCAL_BUCKET, folder)
        yield connect(f"s3://{LOCAL_BUCKET}"), folder


def test_figures_of_day(lake):
    con, _ = lake
    result = run(con, named_queries()["figures_of_day"], ["2025-04-26"])
    rows = [(r["source"], r["field"], r["value"], r["unit"], r["qualifier"]) for r in result.as_dicts()]
    assert rows == [
        ("kyivindependent.com", "title", 62400.0, "soldier", "min"),
        ("kyivindependent.com", "body", 62400.0, "soldier", "exact"),
        ("kyivindependent.com", "body", 25200.0, "loss", "exact"),
        ("kyivindependent.com", "body", 36200.0, "injury", "exact"),
        ("kyivindependent.com", "body", 983.0, "soldier", "exact"),
        ("kyivindependent.com", "body", 4500.0, "killed and wounded", "min"),
    ]
    assert {r["dt"] for r in result.as_dicts()} == {"2025-04-26"}  # a string, as in Glue


def test_unit_time_series(lake):
    con, _ = lake
    result = run(con, named_queries()["unit_time_series"], ["soldier"]).as_dicts()
    assert [(r["dt"], r["value"], r["qualifier"]) for r in result] == [
        ("2025-04-26", 62400.0, "min"), ("2025-04-26", 62400.0, "exact"), ("2025-04-26", 983.0, "exact")]
    assert {r["title"] for r in result} == {"Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"}


def test_largest_figures_per_source(lake):
    con, _ = lake
    result = run(con, named_queries()["largest_figures_per_source"]).as_dicts()
    kyiv_counts = [(r["place"], r["value"]) for r in result
                   if r["source"] == "kyivindependent.com" and r["kind"] == "count"]
    # the headline's 62,400 is the body's 62,400: counted once
    assert kyiv_counts == [(1, 62400.0), (2, 36200.0), (3, 25200.0)]
    port_money_or_measure = [(r["kind"], r["value"], r["unit"]) for r in result
                             if r["source"] == "example.org" and r["place"] == 1]
    assert ("measure", 100e6, "tonne") in port_money_or_measure
    assert ("percent", 60.0, "%") in port_money_or_measure
    assert all(r["place"] <= 3 for r in result)


def test_claims_by_source(lake):
    con, _ = lake
    result = run(con, named_queries()["claims_by_source"], ["soldier"]).as_dicts()
    seed = [(r["attributed_to"], r["value"], r["subject"], r["field"]) for r in result if r["dt"] == "2025-04-26"]
    assert seed == [("Ukraine", 62400.0, "Russia", "title"),
                    ("Ukraine's General Staff", 62400.0, "The Russian military", "body"),
                    ("Ukraine's General Staff", 983.0, "the (Russian) army", "body")]
    assert all(r["attributed_to"] for r in result)


def test_articles_without_figures(lake):
    con, _ = lake
    result = run(con, named_queries()["articles_without_figures"]).as_dicts()
    assert [(r["dt"], r["title"]) for r in result] == [("2025-04-26", "Quiet night on the river")]


def test_trino_sql_is_transpiled_and_local_folder_answers_the_same(lake, capsys):
    con, folder = lake
    sql = ("SELECT unit, count_if(qualifier = 'min') AS at_least, approx_percentile(value, 0.5) AS median "
           "FROM figures_live WHERE dt = '2025-04-26' GROUP BY unit ORDER BY unit")
    assert "COUNT_IF" in to_duckdb(sql).upper()
    from_s3 = run(con, sql).rows
    assert from_s3 == run(connect(str(folder)), sql).rows
    assert ("soldier", 1, 62400.0) in from_s3
    assert main(["query", "--data", str(folder), "--named", "figures_of_day", "--param", "2025-04-26"]) == 0
    assert "(6 rows)" in capsys.readouterr().out



def test_quarantine_by_reason(lake):
    con, folder = lake
    result = run(con, named_queries()["quarantine_by_reason"]).as_dicts()
    assert [(r["stage"], r["reason"], r["quarantined"], r["example_keys"]) for r in result] == [
        ("parse", "binary", 2, ["raw/report-a.html", "raw/report-b.html"]),
        ("parse", "not_article", 2, ["raw/error-404.html", "raw/home-listing.html"]),
        ("parse", "empty", 1, ["raw/empty.html"]),
    ]
    [day] = {r["ingest_dt"] for r in result}
    assert date.fromisoformat(day)
    # the same query over the demo's export (the manifests are copied with the batch files)
    assert run(connect(str(folder)), named_queries()["quarantine_by_reason"]).as_dicts() == result


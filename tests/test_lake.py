"""The lake: staging batch files merged into the current Iceberg tables by the merge's rules,
the live views, and the Athena statements themselves (Trino SQL, columns of the one schema)."""

import json
import re
from datetime import datetime, timedelta, timezone

import pytest
import sqlglot
from conftest import page

from presslake.handlers import figures, parse
from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, description
from presslake.local.lake import LAKE_SQL_DIR, LocalLake, lake_sql
from presslake.local.query import connect, run
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, export, s3_put_event

T0 = datetime(2025, 5, 1, 12, 0, tzinfo=timezone.utc)
SEED = "kyivindependent-kursk-losses.html"


def ingest(s3, uploads, at, *, repeat=1):
    """Put (key, body) uploads and hand the parse handler their notifications as one SQS batch
    with event time `at` (`repeat` times: a redelivered batch), then figures for its file."""
    records = []
    for key, body in uploads:
        response = s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
        event = s3_put_event(LOCAL_BUCKET, key, len(body), response["ETag"], response.get("VersionId"))
        event["Records"][0]["eventTime"] = at.isoformat().replace("+00:00", "Z")
        records.append({"messageId": key, "receiptHandle": key, "body": json.dumps(event), "eventSource": "aws:sqs"})
    for _ in range(repeat):
        result = parse.handler({"Records": records}, LambdaContext())
        key = result["written"]["articles"]
        figures.handler(s3_put_event(LOCAL_BUCKET, key, 1, "x"), LambdaContext())
    return result


def lake_connection(s3, tmp_path, lake):
    folder = tmp_path / "data"
    export(s3, LOCAL_BUCKET, folder)
    return connect(str(folder), lake)


def rows(con, sql):
    return run(con, sql).as_dicts()


@pytest.fixture
def history(s3, tmp_path):
    """Realistic duplication: a batch delivered twice, an event delivered again in another batch,
    a page re-uploaded with an edit, a page whose publication date changed, an older copy late."""
    ingest(s3, [("raw/seed.html", page(SEED)), ("raw/grain.html", page("jsonld-graph.html")),
                ("raw/flood.html", page("opengraph-only.html"))], T0, repeat=2)
    ingest(s3, [("raw/seed-again.html", page(SEED))], T0 + timedelta(minutes=5))  # same article, another batch
    edited = page(SEED).replace(b"983 soldiers", b"1,204 soldiers")
    ingest(s3, [("raw/seed-edited.html", edited)], T0 + timedelta(hours=1))
    moved = page("jsonld-graph.html").replace(b"2025-04-03", b"2025-04-05")
    ingest(s3, [("raw/grain-moved.html", moved)], T0 + timedelta(hours=2))
    return tmp_path


def test_merge_keeps_one_current_row_per_article_and_the_figures_of_that_version(s3, history):
    lake = LocalLake(history / "lake")
    con = lake_connection(s3, history, history / "lake")
    report = lake.merge(con)
    assert (report.inserted, report.updated, report.unchanged) == (3, 0, 0)

    articles = rows(con, "SELECT article_id, dt, body, batch_id, raw_key FROM articles")
    assert len(articles) == len({a["article_id"] for a in articles}) == 3
    by_key = {a["raw_key"]: a for a in articles}
    assert set(by_key) == {"raw/seed-edited.html", "raw/grain-moved.html", "raw/flood.html"}
    assert "1,204 soldiers" in by_key["raw/seed-edited.html"]["body"]
    assert by_key["raw/grain-moved.html"]["dt"] == "2025-04-05"

    figs = rows(con, "SELECT f.figure_id, f.value, f.batch_id, f.dt, a.batch_id AS current, a.dt AS article_dt "
                     "FROM figures f JOIN articles a USING (article_id)")
    assert len(figs) == len({f["figure_id"] for f in figs})
    assert all(f["batch_id"] == f["current"] and f["dt"] == f["article_dt"] for f in figs)
    values = {f["value"] for f in figs}
    assert 1204.0 in values and 983.0 not in values  # the edit's figure, not the superseded one


def test_a_rerun_changes_nothing_and_a_newer_version_replaces_the_merged_one(s3, history):
    lake = LocalLake(history / "lake")
    lake.merge(lake_connection(s3, history, history / "lake"))
    snapshot = rows(connect(str(history / "data"), history / "lake"), "SELECT * FROM articles ORDER BY article_id")
    again = lake.merge(lake_connection(s3, history, history / "lake"))
    assert (again.inserted, again.updated, again.unchanged, again.figures_inserted) == (0, 0, 3, 0)
    assert rows(connect(str(history / "data"), history / "lake"), "SELECT * FROM articles ORDER BY article_id") == snapshot

    # an older copy arriving late changes nothing; a newer edit replaces the merged row and its figures
    ingest(s3, [("raw/seed-late-old.html", page(SEED))], T0 - timedelta(days=1) + timedelta(hours=13))
    newer = page(SEED).replace(b"983 soldiers", b"1,500 soldiers")
    ingest(s3, [("raw/seed-newest.html", newer)], T0 + timedelta(hours=3))
    con = lake_connection(s3, history, history / "lake")
    report = lake.merge(con)
    assert (report.inserted, report.updated) == (0, 1)
    seed = rows(con, "SELECT article_id, raw_key FROM articles WHERE raw_key LIKE 'raw/seed%'")
    assert [s["raw_key"] for s in seed] == ["raw/seed-newest.html"]
    values = [r["value"] for r in rows(con, f"SELECT value FROM figures WHERE article_id = '{seed[0]['article_id']}'")]
    assert 1500.0 in values and 1204.0 not in values


def test_live_views_show_each_article_once_before_and_after_the_merge(s3, history):
    lake_dir = history / "lake"
    before = lake_connection(s3, history, lake_dir)
    live = rows(before, "SELECT article_id, batch_id FROM articles_live ORDER BY article_id")
    assert len(live) == len({r["article_id"] for r in live}) == 3
    live_figures = rows(before, "SELECT figure_id FROM figures_live")
    assert len(live_figures) == len({r["figure_id"] for r in live_figures})
    LocalLake(lake_dir).merge(before)
    after = connect(str(history / "data"), lake_dir)
    assert rows(after, "SELECT article_id, batch_id FROM articles_live ORDER BY article_id") == live
    assert rows(after, "SELECT article_id, batch_id FROM articles ORDER BY article_id") == live
    assert sorted(r["figure_id"] for r in rows(after, "SELECT figure_id FROM figures_live")) == \
        sorted(r["figure_id"] for r in live_figures)


def test_merge_reads_staging_from_the_watermark_on(s3, history):
    lake_dir = history / "lake"
    LocalLake(lake_dir).merge(lake_connection(s3, history, lake_dir))
    con = lake_connection(s3, history, lake_dir)
    first_ingest_dt, since = run(con, lake_sql("watermark")).rows[0]
    newest = max(r["ingested_at"] for r in rows(con, "SELECT ingested_at FROM articles"))
    assert since.strip("'").startswith((newest - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S"))
    assert first_ingest_dt == f"'{(newest - timedelta(days=1)).date().isoformat()}'"


def test_chunks_of_at_most_50_days(tmp_path):
    import duckdb
    import pyarrow as pa

    from presslake.local.query import to_duckdb

    days = [f"2024-{m:02d}-{d:02d}" for m in range(1, 5) for d in range(1, 29)]  # 112 days
    staging = pa.table({"dt": days, "ingest_dt": ["2025-05-01"] * len(days),
                        "ingested_at": pa.array([T0] * len(days), pa.timestamp("ms", tz="UTC"))})
    con = duckdb.connect()
    con.register("staging_articles", staging)
    chunks = con.execute(to_duckdb(lake_sql("chunks")), ["2025-05-01", "2025-05-01 00:00:00"]).fetchall()
    assert [c[2] for c in chunks] == [50, 50, 12]
    assert chunks[0][:2] == ("'2024-01-01'", f"'{days[49]}'") and chunks[1][0] == f"'{days[50]}'"


# ------------------------------------------------------------------ the Athena statements

ATHENA_STATEMENTS = sorted(LAKE_SQL_DIR.glob("*.sql"))


@pytest.mark.parametrize("path", ATHENA_STATEMENTS, ids=lambda p: p.stem)
def test_every_athena_statement_parses(path):
    sql = path.read_text()
    dialect = "athena" if "CREATE TABLE" in sql else "trino"  # Athena runs DDL in its Hive dialect
    [statement] = sqlglot.parse(sql, read=dialect)
    assert statement is not None


@pytest.mark.parametrize("name, schema", [("articles", ARTICLE_SCHEMA), ("figures", FIGURE_SCHEMA)])
def test_iceberg_tables_have_the_arrow_schema(name, schema):
    from test_template import glue_type

    created = lake_sql(f"create_{name}")
    columns = re.findall(r"^  (\w+) (\S+?) COMMENT '([^']*)',?$", created.split("PARTITIONED BY")[0], re.M)
    assert [(n, t) for n, t, _ in columns] == [(f.name, glue_type(f.type)) for f in schema]
    # the column comments Athena shows are the schema's descriptions
    for (_, _, comment), field in zip(columns, schema):
        assert comment.startswith(description(field).replace("'", "\u2019")), field.name
    assert "PARTITIONED BY (dt)" in created and "'table_type' = 'ICEBERG'" in created


def test_the_merge_runs_the_very_statements_the_local_merge_runs():
    def body(name):
        return "\n".join(line.strip() for line in lake_sql(name).splitlines() if not line.startswith("--"))

    assert body("staged_articles") in body("merge_articles")
    assert body("staged_figures") in body("merge_figures")
    for name, schema in (("merge_articles", ARTICLE_SCHEMA), ("merge_figures", FIGURE_SCHEMA)):
        inserted = re.search(r"INSERT \((.*?)\)", lake_sql(name), re.S).group(1)
        assert [c.strip() for c in inserted.split(",")] == schema.names


def test_a_lake_made_before_the_claim_columns_gets_them(tmp_path):
    import pyarrow as pa
    from pyiceberg.catalog.sql import SqlCatalog

    old_schema = pa.schema([f for f in FIGURE_SCHEMA if f.name not in ("attributed_to", "subject")])
    catalog = SqlCatalog("presslake", uri=f"sqlite:///{tmp_path / 'catalog.db'}", warehouse=tmp_path.as_uri())
    catalog.create_namespace_if_not_exists("presslake")
    old = catalog.create_table("presslake.figures", schema=old_schema)
    row = {name: None for name in old_schema.names} | {"article_id": "a", "figure_id": "f", "value": 1.0, "dt": "2025-04-26"}
    old.append(pa.Table.from_pylist([row], schema=old_schema))

    lake = LocalLake(tmp_path)
    figures_table = lake.read("figures")
    assert figures_table.schema.equals(FIGURE_SCHEMA)
    assert figures_table.to_pylist()[0]["figure_id"] == "f"
    assert figures_table.to_pylist()[0]["attributed_to"] is None

"""The lake: staging batch files merged into the current Iceberg tables by the merge's rules,
the live views, and the Athena statements themselves (Trino SQL, columns of the one schema)."""

import json
import re
import shutil
from datetime import datetime, timedelta, timezone

import pytest
import sqlglot
from conftest import keys, page

from presslake.handlers import figures, parse
from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, description, read_parquet_bytes, to_parquet_bytes
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
    shutil.rmtree(folder, ignore_errors=True)  # what is no longer in the bucket is not exported
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


# ------------------------------------------------------------------ exactly once in every corner

def exactly_once(con) -> dict:
    """What analysts must never see, counted in the current tables and in the live views: a
    duplicate id, a figure of a superseded version (another batch than its article's), and a
    figure whose text is not its article's text at its offsets (another row's content)."""
    found = {}
    for table, key in (("articles", "article_id"), ("articles_live", "article_id"),
                       ("figures", "figure_id"), ("figures_live", "figure_id")):
        found[f"duplicate {key} in {table}"] = rows(
            con, f"SELECT count(*) - count(DISTINCT {key}) AS n FROM {table}")[0]["n"]
    for figures_table, articles_table in (("figures", "articles"), ("figures_live", "articles_live")):
        joined = rows(con, f"SELECT f.batch_id, f.field, f.char_start, f.char_end, f.text, a.batch_id AS current, "
                           f"a.title, a.body FROM {figures_table} f "
                           f"LEFT JOIN {articles_table} a ON a.article_id = f.article_id")
        found[f"superseded figures in {figures_table}"] = sum(f["batch_id"] != f["current"] for f in joined)
        found[f"figures not of their article's text in {figures_table}"] = sum(
            (f[f["field"]] or "")[f["char_start"]:f["char_end"]] != f["text"] for f in joined)
    return found


def none_found(con) -> None:
    found = exactly_once(con)
    assert found == dict.fromkeys(found, 0)


def figures_of(s3, articles_key):
    figures.handler(s3_put_event(LOCAL_BUCKET, articles_key, 1, "x"), LambdaContext())


def test_a_merge_stopped_before_its_figures_step_is_finished_by_the_next_run(s3, history, monkeypatch):
    lake = LocalLake(history / "lake")
    lake.merge(lake_connection(s3, history, history / "lake"))
    newer = page(SEED).replace(b"983 soldiers", b"1,500 soldiers")
    ingest(s3, [("raw/seed-newest.html", newer)], T0 + timedelta(hours=3))
    ingest(s3, [("raw/notice.html", page("no-date.html"))], T0 + timedelta(days=2))  # the window moves on

    def stopped(*args, **kwargs):
        raise RuntimeError("the state machine stopped here")

    monkeypatch.setattr(lake.tables["figures"], "transaction", stopped)
    with pytest.raises(RuntimeError):
        lake.merge(lake_connection(s3, history, history / "lake"))
    monkeypatch.undo()
    con = lake_connection(s3, history, history / "lake")
    lake.merge(con)

    none_found(con)
    [seed] = rows(con, "SELECT article_id FROM articles WHERE raw_key LIKE 'raw/seed%'")
    values = [r["value"] for r in rows(con, f"SELECT value FROM figures WHERE article_id = '{seed['article_id']}'")]
    assert 1500.0 in values and 1204.0 not in values


def test_a_backfill_batch_retried_after_midnight_is_one_batch_at_the_runs_time(s3, tmp_path):
    for name, body in (("seed.html", page(SEED)), ("grain.html", page("jsonld-graph.html"))):
        s3.put_object(Bucket=LOCAL_BUCKET, Key=f"raw/archive/{name}", Body=body)
    items = [{"Key": o["Key"], "Size": o["Size"], "Etag": o["ETag"]}
             for o in s3.list_objects_v2(Bucket=LOCAL_BUCKET, Prefix="raw/archive/")["Contents"]]
    run_time = datetime(2025, 5, 1, 23, 58, tzinfo=timezone.utc)
    batch = {"Items": items, "BatchInput": {"bucket": LOCAL_BUCKET, "run": "reprocess-1",
                                            "run_time": run_time.isoformat().replace("+00:00", "Z")}}
    before, after = T0.replace(hour=23, minute=59), T0.replace(hour=23, minute=59) + timedelta(minutes=2)
    first = parse.run(batch, s3, now=before)
    retried = parse.run(batch, s3, now=after)
    assert first["written"] == retried["written"]
    assert first["written"]["articles"].startswith("staging/articles/ingest_dt=2025-05-01/")
    figures_of(s3, first["written"]["articles"])
    con = lake_connection(s3, tmp_path, tmp_path / "lake")
    assert {r["ingested_at"] for r in rows(con, "SELECT ingested_at FROM staging_articles")} == {run_time}
    none_found(con)
    LocalLake(tmp_path / "lake").merge(con)
    none_found(con)


def test_a_backfill_batch_without_the_runs_time_never_puts_one_batch_id_in_two_partitions(s3, tmp_path):
    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/archive/seed.html", Body=page(SEED))
    items = [{"Key": o["Key"], "Size": o["Size"], "Etag": o["ETag"]}
             for o in s3.list_objects_v2(Bucket=LOCAL_BUCKET, Prefix="raw/archive/")["Contents"]]
    batch = {"Items": items, "BatchInput": {"bucket": LOCAL_BUCKET, "run": "reprocess-1"}}  # an older definition
    for now in (T0.replace(hour=23, minute=59), T0.replace(hour=23, minute=59) + timedelta(minutes=2)):
        figures_of(s3, parse.run(batch, s3, now=now)["written"]["articles"])
    con = lake_connection(s3, tmp_path, tmp_path / "lake")
    partitions = rows(con, "SELECT batch_id, count(DISTINCT ingest_dt) AS n FROM staging_articles GROUP BY batch_id")
    assert len(partitions) == 2 and {p["n"] for p in partitions} == {1}
    none_found(con)
    LocalLake(tmp_path / "lake").merge(con)
    none_found(con)


def test_two_rows_of_one_article_in_one_file_give_one_set_of_figures(s3, tmp_path):
    """An articles file another writer made, with two versions of one article in it."""
    ingest(s3, [("raw/seed.html", page(SEED))], T0)
    ingest(s3, [("raw/seed-edited.html", page(SEED).replace(b"983 soldiers", b"1,204 soldiers"))], T0)
    versions = []
    for key in keys(s3, "staging/"):
        if key.startswith("staging/articles/"):
            versions += read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read()).to_pylist()
        s3.delete_object(Bucket=LOCAL_BUCKET, Key=key)
    assert len(versions) == 2 and len({v["article_id"] for v in versions}) == 1
    key = "staging/articles/ingest_dt=2025-05-01/two-versions.parquet"
    body = to_parquet_bytes([v | {"batch_id": "two-versions", "ingested_at": T0} for v in versions], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    figures_of(s3, key)

    con = lake_connection(s3, tmp_path, tmp_path / "lake")
    none_found(con)
    LocalLake(tmp_path / "lake").merge(con)
    none_found(con)
    # the merge and the figures handler keep the same row: the later key
    assert [r["raw_key"] for r in rows(con, "SELECT raw_key FROM articles")] == ["raw/seed.html"]


def test_a_page_without_canonical_url_uploaded_again_with_an_edit_is_the_same_article(s3, tmp_path):
    lake = LocalLake(tmp_path / "lake")
    ingest(s3, [("raw/night-trains.html", page("no-metadata.html"))], T0)
    lake.merge(lake_connection(s3, tmp_path, tmp_path / "lake"))
    edited = page("no-metadata.html").replace(b"50,000 passengers", b"65,000 passengers")
    ingest(s3, [("raw/night-trains.html", edited)], T0 + timedelta(hours=1))  # a new version of the key
    con = lake_connection(s3, tmp_path, tmp_path / "lake")
    assert len(rows(con, "SELECT article_id FROM articles_live")) == 1
    lake.merge(con)
    none_found(con)
    [article] = rows(con, "SELECT article_id, canonical_url, body FROM articles")
    assert article["canonical_url"] is None and "65,000 passengers" in article["body"]
    values = {r["value"] for r in rows(con, "SELECT value FROM figures")}
    assert 65000.0 in values and 50000.0 not in values
    # another key with the same content is another page
    ingest(s3, [("raw/night-trains-copy.html", edited)], T0 + timedelta(hours=2))
    assert len(rows(lake_connection(s3, tmp_path, tmp_path / "lake"), "SELECT article_id FROM articles_live")) == 2


def staged_version(folder, batch, body_edit, ingested_at):
    """A staging articles file and its figures file, written as the handlers write them, with a chosen batch id."""
    from presslake.article.extract import extract_article

    article = extract_article(page(SEED).replace(b"983 soldiers", body_edit), url=None)
    row = article.to_record() | {"raw_bucket": LOCAL_BUCKET, "raw_key": f"raw/{batch}.html", "raw_version": "v",
                                 "raw_sha256": "x", "ingested_at": ingested_at, "dt": "2025-04-26",
                                 "batch_id": batch, "raw_offset": None}
    for prefix, records, schema in (("articles", [row], ARTICLE_SCHEMA),
                                    ("figures", figures.figure_rows(row), FIGURE_SCHEMA)):
        path = folder / f"staging/{prefix}/ingest_dt=2025-05-01/{batch}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(to_parquet_bytes(records, schema))


def test_a_version_with_the_same_ingest_time_and_a_later_batch_id_wins_in_the_table_as_in_the_view(tmp_path):
    """Two batches of one article with one ingested_at (one event time, or one backfill run): the later
    batch id wins, in the merge as in articles_live."""
    data, lake_dir = tmp_path / "data", tmp_path / "lake"
    staged_version(data, "batch-a", b"1,100 soldiers", T0)
    LocalLake(lake_dir).merge(connect(str(data), lake_dir))
    staged_version(data, "batch-b", b"1,200 soldiers", T0)
    con = connect(str(data), lake_dir)
    report = LocalLake(lake_dir).merge(con)
    assert report.updated == 1
    assert rows(con, "SELECT batch_id FROM articles") == rows(con, "SELECT batch_id FROM articles_live") == [
        {"batch_id": "batch-b"}]
    none_found(con)
    assert 1200.0 in {r["value"] for r in rows(con, "SELECT value FROM figures")}


def test_delete_stale_figures_sql_run_in_duckdb_deletes_the_old_days_figures_of_a_moved_article():
    """delete_stale_figures.sql itself, on DuckDB tables: an article whose publication day moved from
    2025-04-03 to 2025-04-05 (the chunk holds only its new day: the old version was merged long ago)."""
    import duckdb
    import pyarrow as pa

    from presslake.local.query import to_duckdb

    def article(article_id, batch, dt, ingested_at):
        return {name: None for name in ARTICLE_SCHEMA.names} | {
            "article_id": article_id, "batch_id": batch, "dt": dt, "ingested_at": ingested_at}

    def figure(article_id, figure_id, batch, dt):
        return {name: None for name in FIGURE_SCHEMA.names} | {
            "article_id": article_id, "figure_id": figure_id, "batch_id": batch, "dt": dt}

    con = duckdb.connect()
    con.register("a", pa.Table.from_pylist([
        article("moved", "new", "2025-04-05", T0), article("other", "o1", "2025-04-03", T0 - timedelta(days=30))],
        schema=ARTICLE_SCHEMA))
    con.register("f", pa.Table.from_pylist([
        figure("moved", "old-day", "old", "2025-04-03"), figure("moved", "new-day", "new", "2025-04-05"),
        figure("other", "untouched", "o1", "2025-04-03")], schema=FIGURE_SCHEMA))
    con.execute("CREATE TABLE articles AS SELECT * FROM a")
    con.execute("CREATE TABLE figures AS SELECT * FROM f")
    since, chunk = "2025-04-30 12:00:00", ["2025-04-05", "2025-04-05"]
    con.execute(to_duckdb(lake_sql("delete_stale_figures")), [since, *chunk, since, *chunk])
    assert sorted(r[0] for r in con.execute("SELECT figure_id FROM figures").fetchall()) == ["new-day", "untouched"]

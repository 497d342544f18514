"""The figures handler on moto, fed the S3 events that the parse handler's writes produce."""

import json

import pyarrow as pa
import pytest
from botocore.exceptions import ClientError
from conftest import fail_reads_of, keys, page

from presslake.handlers import figures
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, s3_put_event
from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, read_parquet_bytes, to_parquet_bytes

SEED_URL = "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"
# ../shared/spec/figures.md, "The seed article": (field, value, unit, kind, qualifier)
SEED_FIGURES = [
    ("title", 62400.0, "soldier", "count", "min"),
    ("body", 62400.0, "soldier", "count", "exact"),
    ("body", 25200.0, "loss", "count", "exact"),
    ("body", 36200.0, "injury", "count", "exact"),
    ("body", 983.0, "soldier", "count", "exact"),
    ("body", 4500.0, "killed and wounded", "count", "min"),
]


def read(s3, key):
    return read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read())


def figure_tuples(table):
    return [(r["field"], r["value"], r["unit"], r["kind"], r["qualifier"]) for r in table.to_pylist()]


def manifest(s3, key):
    return [json.loads(line) for line in s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read().splitlines()]


def test_chain_raw_to_article_to_figures(pipeline, s3):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    handlers = [module.rsplit(".", 1)[-1] for module, _, _ in pipeline.invocations]
    assert handlers == ["parse", "figures"]
    [article_key] = keys(s3, "staging/articles/")
    [figures_key] = keys(s3, "staging/figures/")
    assert figures_key == article_key.replace("staging/articles/", "staging/figures/", 1)
    table = read(s3, figures_key)
    assert table.schema.equals(FIGURE_SCHEMA)
    assert sorted(figure_tuples(table)) == sorted(SEED_FIGURES)
    rows = table.to_pylist()
    article = read(s3, article_key).to_pylist()[0]
    for row in rows:
        assert row["article_id"] == article["article_id"]
        assert row["published_at"] == article["published_at"]
        assert (row["dt"], row["batch_id"], row["ingested_at"]) == (article["dt"], article["batch_id"],
                                                                     article["ingested_at"])
        assert row["source"] == "kyivindependent.com"
        assert row["url"] == SEED_URL
        text = article[row["field"]]
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["text"] in row["sentence"]
    assert len({r["figure_id"] for r in rows}) == len(rows)
    title_row = next(r for r in rows if r["field"] == "title")
    assert title_row["text"] == "over 62,400 soldiers"
    # who claims it, about whom (the spec's worked example), read back from the Parquet file
    assert (title_row["attributed_to"], title_row["subject"]) == ("Ukraine", "Russia")
    body = {r["text"]: (r["attributed_to"], r["subject"]) for r in rows if r["field"] == "body"}
    assert body["62,400 soldiers"] == ("Ukraine's General Staff", "The Russian military")
    assert body["983 soldiers"] == ("Ukraine's General Staff", "the (Russian) army")
    assert body["more than 4,500 killed and wounded"] == ("Ukraine's General Staff", "the North Korean army")


def test_one_figures_file_per_articles_file(pipeline, s3):
    for name in ("kyivindependent-kursk-losses.html", "jsonld-graph.html", "opengraph-only.html"):
        pipeline.put(f"raw/{name}", page(name))
    pipeline.drain()
    [article_key] = keys(s3, "staging/articles/")
    [figures_key] = keys(s3, "staging/figures/")
    articles = {r["article_id"] for r in read(s3, article_key).to_pylist()}
    assert len(articles) == 3 and {r["article_id"] for r in read(s3, figures_key).to_pylist()} == articles


def test_duplicate_events_add_no_rows(pipeline, s3):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    [article_key] = keys(s3, "staging/articles/")
    head = s3.head_object(Bucket=LOCAL_BUCKET, Key=article_key)
    event = s3_put_event(LOCAL_BUCKET, article_key, head["ContentLength"], head["ETag"])
    figures.handler({"Records": event["Records"] * 2}, LambdaContext())
    figures.handler(event, LambdaContext())
    [figures_key] = keys(s3, "staging/figures/")
    assert read(s3, figures_key).num_rows == len(SEED_FIGURES)


def test_an_article_without_figures_still_gets_its_file(s3):
    key = "staging/articles/ingest_dt=2025-04-26/nofigures.parquet"
    record = {"article_id": "a1", "title": "A quiet day", "body": "Nothing was counted.", "dt": "2025-04-26",
              "batch_id": "nofigures"}
    body = to_parquet_bytes([record], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    result = figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())
    assert result["outcomes"][0]["figures"] == 0
    assert read(s3, "staging/figures/ingest_dt=2025-04-26/nofigures.parquet").num_rows == 0


BAD_FILES = {
    "broken": b"PAR1 this is not parquet",
    "other-shape": to_parquet_bytes([{"x": "1"}], pa.schema([("x", pa.string())])),
    # the right names with the wrong types (a string where a timestamp belongs)
    "wrong-types": to_parquet_bytes([{name: "2025-04-26" for name in figures.REQUIRED_COLUMNS}],
                                    pa.schema([(name, pa.string()) for name in figures.REQUIRED_COLUMNS])),
}


@pytest.mark.parametrize("name, reason", [("broken", "unreadable_parquet"), ("other-shape", "schema_mismatch"),
                                          ("wrong-types", "schema_mismatch")])
def test_unusable_article_file_is_in_the_manifest(s3, name, reason):
    key = f"staging/articles/ingest_dt=2025-04-26/{name}.parquet"
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=BAD_FILES[name])
    result = figures.handler(s3_put_event(LOCAL_BUCKET, key, 24, "x"), LambdaContext())
    assert result["outcomes"][0]["status"] == "quarantined"
    [line] = manifest(s3, f"quarantine/figures/ingest_dt=2025-04-26/{name}.jsonl")
    assert line["reason"] == reason and line["stage"] == "figures" and line["source"].endswith(key)
    assert keys(s3, "staging/figures/") == []


def test_a_row_without_article_id_is_in_the_manifest_and_the_rest_is_written(s3):
    key = "staging/articles/ingest_dt=2025-04-26/mixed.parquet"
    good = {"article_id": "a1", "title": "Over 62,400 soldiers lost", "body": "", "dt": "2025-04-26"}
    body = to_parquet_bytes([good, good | {"article_id": None}], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())
    [line] = manifest(s3, "quarantine/figures/ingest_dt=2025-04-26/mixed.jsonl")
    assert line["reason"] == "bad_article_row" and line["detail"] == "no article_id"
    assert [r["article_id"] for r in read(s3, "staging/figures/ingest_dt=2025-04-26/mixed.parquet").to_pylist()] == ["a1"]


def test_only_article_batch_parquet_is_handled(s3):
    event = s3_put_event(LOCAL_BUCKET, "staging/articles/ingest_dt=2025-04-26/notes.txt", 3, "x")
    assert figures.handler(event, LambdaContext()) == {"outcomes": []}
    event = s3_put_event(LOCAL_BUCKET, "staging/figures/ingest_dt=2025-04-26/x.parquet", 3, "x")
    assert figures.handler(event, LambdaContext()) == {"outcomes": []}


def test_aws_errors_raise_for_retry(pipeline, s3, monkeypatch):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    [article_key] = keys(s3, "staging/articles/")

    def failing(**kwargs):
        raise ClientError({"Error": {"Code": "InternalError", "Message": "We encountered an internal error."}},
                          "PutObject")

    monkeypatch.setattr(figures, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "put_object", failing)
    with pytest.raises(ClientError):
        figures.handler(s3_put_event(LOCAL_BUCKET, article_key, 1, "x"), LambdaContext())


def test_a_message_that_keeps_failing_ends_in_the_dead_letter_queue(pipeline, s3, monkeypatch):
    """SQS semantics through moto: the failed message alone comes back, the others are deleted,
    and after the redrive policy's receives it sits in the dead-letter queue, not in a loop."""
    from presslake.handlers import parse

    fail_reads_of(monkeypatch, parse, s3, "raw/throttled.html")
    pipeline.put("raw/good.html", page("jsonld-graph.html"))
    pipeline.put("raw/throttled.html", page("opengraph-only.html"))
    results = [r for r in pipeline.drain() if "batchItemFailures" in r]
    assert [len(r["batchItemFailures"]) for r in results] == [1, 1, 1]  # received 3 times, then redriven
    assert len(keys(s3, "staging/articles/")) == 1
    queues = pipeline.queues
    dead = queues.sqs.receive_message(QueueUrl=queues.dead, MaxNumberOfMessages=10)["Messages"]
    from presslake.handlers.events import iter_object_refs

    assert [ref.key for m in dead for ref in iter_object_refs(json.loads(m["Body"]))] == ["raw/throttled.html"]


def test_a_readable_file_without_rows_gets_an_empty_figures_file(s3):
    key = "staging/articles/ingest_dt=2025-04-26/empty.parquet"
    body = to_parquet_bytes([], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    [outcome] = figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())["outcomes"]
    assert (outcome["status"], outcome["articles"], outcome["figures"]) == ("written", 0, 0)
    assert read(s3, "staging/figures/ingest_dt=2025-04-26/empty.parquet").num_rows == 0
    assert keys(s3, "quarantine/") == []


def test_two_rows_of_one_article_give_the_newer_rows_figures_once(s3):
    key = "staging/articles/ingest_dt=2025-04-26/twice.parquet"
    older = {"article_id": "a1", "title": "Over 62,400 soldiers lost", "body": "A loss of 983 soldiers.",
             "dt": "2025-04-26", "batch_id": "twice", "raw_key": "raw/a.html"}
    newer = older | {"body": "A loss of 1,204 soldiers.", "raw_key": "raw/b.html"}
    body = to_parquet_bytes([newer, older], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())
    rows = read(s3, "staging/figures/ingest_dt=2025-04-26/twice.parquet").to_pylist()
    assert len(rows) == len({r["figure_id"] for r in rows})
    assert sorted(r["text"] for r in rows) == ["1,204 soldiers", "Over 62,400 soldiers"]
    [line] = manifest(s3, "quarantine/figures/ingest_dt=2025-04-26/twice.jsonl")
    assert (line["reason"], line["article_id"]) == ("duplicate_article_row", "a1")


def test_a_body_over_the_cap_is_a_manifest_line_and_its_title_still_counts(s3, monkeypatch):
    monkeypatch.setenv("PRESSLAKE_FIGURES_MAX_BODY_CHARS", "1000")
    key = "staging/articles/ingest_dt=2025-04-26/long.parquet"
    record = {"article_id": "a1", "title": "Over 62,400 soldiers lost", "body": "983 soldiers. " * 100,
              "dt": "2025-04-26", "batch_id": "long"}
    body = to_parquet_bytes([record], ARTICLE_SCHEMA)
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())
    assert [r["field"] for r in read(s3, "staging/figures/ingest_dt=2025-04-26/long.parquet").to_pylist()] == ["title"]
    [line] = manifest(s3, "quarantine/figures/ingest_dt=2025-04-26/long.jsonl")
    assert line["reason"] == "too_large" and "1,400 characters > cap 1,000" in line["detail"]

"""The figures handler on moto, fed the S3 events that the parse handler's writes produce."""

import json

import pyarrow as pa
import pytest
from botocore.exceptions import ClientError
from conftest import keys, page

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


def test_chain_raw_to_article_to_figures(pipeline, s3):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    handlers = [module.rsplit(".", 1)[-1] for module, _, _ in pipeline.invocations]
    assert handlers == ["parse", "figures"]
    [article_key] = keys(s3, "articles/")
    [figures_key] = keys(s3, "figures/")
    assert figures_key == article_key.replace("articles/", "figures/", 1)
    table = read(s3, figures_key)
    assert table.schema.equals(FIGURE_SCHEMA)
    assert sorted(figure_tuples(table)) == sorted(SEED_FIGURES)
    rows = table.to_pylist()
    article = read(s3, article_key).to_pylist()[0]
    for row in rows:
        assert row["article_id"] == article["article_id"]
        assert row["published_at"] == article["published_at"]
        assert row["source"] == "kyivindependent.com"
        assert row["url"] == SEED_URL
        text = article[row["field"]]
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["text"] in row["sentence"]
    assert len({r["figure_id"] for r in rows}) == len(rows)
    title_row = next(r for r in rows if r["field"] == "title")
    assert title_row["text"] == "over 62,400 soldiers"


def test_duplicate_events_add_no_rows(pipeline, s3):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    [article_key] = keys(s3, "articles/")
    head = s3.head_object(Bucket=LOCAL_BUCKET, Key=article_key)
    event = s3_put_event(LOCAL_BUCKET, article_key, head["ContentLength"], head["ETag"])
    figures.handler({"Records": event["Records"] * 2}, LambdaContext())
    figures.handler(event, LambdaContext())
    pipeline.upload("raw/kursk-again.html", page("kyivindependent-kursk-losses.html"))
    [figures_key] = keys(s3, "figures/")
    assert read(s3, figures_key).num_rows == len(SEED_FIGURES)


def test_article_that_now_has_no_figures_loses_its_old_file(pipeline, s3):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    [article_key] = keys(s3, "articles/")
    assert len(keys(s3, "figures/")) == 1
    record = read(s3, article_key).to_pylist()[0]
    record.update(title="Russia lost soldiers in Kursk operation", body="The statement gave no numbers.")
    body = to_parquet_bytes([record], ARTICLE_SCHEMA)
    response = s3.put_object(Bucket=LOCAL_BUCKET, Key=article_key, Body=body)
    figures.handler(s3_put_event(LOCAL_BUCKET, article_key, len(body), response["ETag"]), LambdaContext())
    assert keys(s3, "figures/") == []


def test_unreadable_article_file_is_quarantined(s3):
    key = "articles/dt=2025-04-26/broken.parquet"
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=b"PAR1 this is not parquet")
    result = figures.handler(s3_put_event(LOCAL_BUCKET, key, 24, "x"), LambdaContext())
    assert result["outcomes"][0]["status"] == "quarantined"
    reason = json.loads(s3.get_object(Bucket=LOCAL_BUCKET, Key=f"quarantine/{key}.reason.json")["Body"].read())
    assert reason["reason"] == "unreadable_parquet" and reason["stage"] == "figures"
    assert s3.get_object(Bucket=LOCAL_BUCKET, Key=f"quarantine/{key}")["Body"].read() == b"PAR1 this is not parquet"
    assert keys(s3, "figures/") == []


def test_parquet_of_another_shape_is_quarantined(s3):
    key = "articles/dt=2025-04-26/other.parquet"
    body = to_parquet_bytes([{"x": "1"}], pa.schema([("x", pa.string())]))
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
    figures.handler(s3_put_event(LOCAL_BUCKET, key, len(body), "x"), LambdaContext())
    reason = json.loads(s3.get_object(Bucket=LOCAL_BUCKET, Key=f"quarantine/{key}.reason.json")["Body"].read())
    assert reason["reason"] == "schema_mismatch"


def test_only_parquet_keys_are_handled(s3):
    event = s3_put_event(LOCAL_BUCKET, "articles/dt=2025-04-26/notes.txt", 3, "x")
    assert figures.handler(event, LambdaContext()) == {"outcomes": []}


def test_aws_errors_raise_for_retry(pipeline, s3, monkeypatch):
    pipeline.upload("raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    [article_key] = keys(s3, "articles/")

    def failing(**kwargs):
        raise ClientError({"Error": {"Code": "InternalError", "Message": "We encountered an internal error."}},
                          "PutObject")

    monkeypatch.setattr(figures, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "put_object", failing)
    with pytest.raises(ClientError):
        figures.handler(s3_put_event(LOCAL_BUCKET, article_key, 1, "x"), LambdaContext())

"""The parse handler end to end on moto: S3 event in, Parquet (or quarantine) out."""

import gzip
import json
from datetime import datetime, timezone

import pytest
from botocore.exceptions import ClientError
from conftest import keys, page

from presslake.handlers import parse
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, s3_put_event
from presslake.lake.schema import ARTICLE_SCHEMA, read_parquet_bytes

SEED_URL = "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"


def put(s3, key, body, **extra):
    response = s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body, **extra)
    return s3_put_event(LOCAL_BUCKET, key, len(body), response["ETag"], response.get("VersionId"))


def read_article(s3, key):
    return read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read())


def test_upload_becomes_one_article_parquet(s3):
    raw = page("kyivindependent-kursk-losses.html")
    event = put(s3, "raw/2025/04/26/kursk.html", raw, ContentType="text/html")
    result = parse.handler(event, LambdaContext())

    [written] = keys(s3, "articles/")
    assert written.startswith("articles/dt=2025-04-26/") and written.endswith(".parquet")
    assert result["outcomes"][0]["status"] == "written"
    table = read_article(s3, written)
    assert table.schema.equals(ARTICLE_SCHEMA)
    assert table.num_rows == 1
    row = table.to_pylist()[0]
    assert written == f"articles/dt=2025-04-26/{row['article_id']}.parquet"
    assert row["title"] == "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"
    assert row["authors"] == ["Natalia Yermak"]
    assert row["published_at"] == datetime(2025, 4, 26, 14, 59, 51, tzinfo=timezone.utc)
    assert row["canonical_url"] == SEED_URL
    assert row["source"] == "kyivindependent.com"
    assert row["body"].startswith("The Russian military had lost 62,400 soldiers")
    assert row["body"].count("\n\n") == 6
    assert row["is_article"] is True
    assert row["raw_bucket"] == LOCAL_BUCKET
    assert row["raw_key"] == "raw/2025/04/26/kursk.html"
    assert row["raw_version"] == s3.head_object(Bucket=LOCAL_BUCKET, Key="raw/2025/04/26/kursk.html")["VersionId"]
    import hashlib
    assert row["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    assert row["ingested_at"].tzinfo is not None
    assert keys(s3, "quarantine/") == []


def test_duplicated_and_retried_events_leave_exactly_one_object(s3):
    event = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    double = {"Records": event["Records"] * 2}
    parse.handler(double, LambdaContext())
    parse.handler(event, LambdaContext())
    [only] = keys(s3, "articles/")
    assert read_article(s3, only).num_rows == 1


def test_same_page_uploaded_twice_under_other_names_is_one_article(s3):
    parse.handler(put(s3, "raw/a.html", page("kyivindependent-kursk-losses.html")), LambdaContext())
    parse.handler(put(s3, "raw/b/copy of a.html.gz", gzip.compress(page("kyivindependent-kursk-losses.html"))),
                  LambdaContext())
    assert len(keys(s3, "articles/")) == 1


def test_source_url_metadata_sets_url_and_identity(s3):
    event = put(s3, "raw/scrape/1.html.gz", gzip.compress(page("no-date.html")),
                Metadata={"source-url": "https://parishpost.example.com/library?utm_campaign=x"})
    now = datetime.now(timezone.utc)
    parse.handler(event, LambdaContext())
    [written] = keys(s3, "articles/")
    # no publication date: the ingest date is the partition
    assert written.startswith(f"articles/dt={now.date().isoformat()}/")
    row = read_article(s3, written).to_pylist()[0]
    assert row["url"] == "https://parishpost.example.com/library?utm_campaign=x"
    assert row["canonical_url"] == "https://parishpost.example.com/library"
    assert row["source"] == "example.com"
    assert row["published_at"] is None


@pytest.mark.parametrize("key", [
    "raw/with space/Kursk report (1).html",
    "raw/plus+sign/100%25 done.html",
    "raw/київ/новини звіт.html",
])
def test_keys_with_spaces_plus_percent_and_non_ascii(s3, key):
    event = put(s3, key, page("jsonld-graph.html"))
    assert "+" in event["Records"][0]["s3"]["object"]["key"] or "%" in event["Records"][0]["s3"]["object"]["key"]
    result = parse.handler(event, LambdaContext())
    assert result["outcomes"][0]["status"] == "written"
    [written] = keys(s3, "articles/")
    assert read_article(s3, written).to_pylist()[0]["raw_key"] == key




@pytest.mark.parametrize("name, body, reason", [
    ("empty.html", b"", "empty"),
    ("report.pdf", b"%PDF-1.5\n" + bytes(range(256)) * 4, "binary"),
    ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "binary"),
    ("front.html", page("home-listing.html"), "not_article"),
    ("gone.html", page("error-404.html"), "not_article"),
    ("broken.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00garbage", "corrupt_gzip"),
])
def test_bad_input_goes_to_quarantine_with_reason(s3, name, body, reason):
    key = f"raw/bad/{name}"
    result = parse.handler(put(s3, key, body), LambdaContext())
    assert result["outcomes"][0]["status"] == "quarantined"
    assert keys(s3, "articles/") == []
    assert keys(s3, "quarantine/") == sorted([f"quarantine/{key}", f"quarantine/{key}.reason.json"])
    copy = s3.get_object(Bucket=LOCAL_BUCKET, Key=f"quarantine/{key}")["Body"].read()
    assert copy == body
    document = json.loads(s3.get_object(Bucket=LOCAL_BUCKET, Key=f"quarantine/{key}.reason.json")["Body"].read())
    assert document["reason"] == reason
    assert document["source"] == f"s3://{LOCAL_BUCKET}/{key}"
    assert document["stage"] == "parse"


def test_size_cap_is_configurable_and_checked_before_reading(s3, monkeypatch):
    monkeypatch.setenv("PRESSLAKE_MAX_RAW_BYTES", "1000")
    body = page("kyivindependent-kursk-losses.html")
    assert len(body) > 1000
    parse.handler(put(s3, "raw/big.html", body), LambdaContext())
    document = json.loads(s3.get_object(Bucket=LOCAL_BUCKET, Key="quarantine/raw/big.html.reason.json")["Body"].read())
    assert document["reason"] == "too_large"
    assert keys(s3, "articles/") == []


def test_one_bad_file_does_not_fail_the_others(s3):
    good = put(s3, "raw/good.html", page("jsonld-graph.html"))
    bad = put(s3, "raw/bad.html", b"")
    missing = s3_put_event(LOCAL_BUCKET, "raw/deleted-before-read.html", 10, "abc")
    event = {"Records": bad["Records"] + missing["Records"] + good["Records"]}
    result = parse.handler(event, LambdaContext())
    assert [o["status"] for o in result["outcomes"]] == ["quarantined", "missing", "written"]
    assert len(keys(s3, "articles/")) == 1


def test_extractor_crash_is_quarantined_not_retried(s3, monkeypatch):
    def explode(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(parse, "extract_article", explode)
    parse.handler(put(s3, "raw/deep.html", page("no-date.html")), LambdaContext())
    document = json.loads(s3.get_object(Bucket=LOCAL_BUCKET, Key="quarantine/raw/deep.html.reason.json")["Body"].read())
    assert document["reason"] == "extract_error"
    assert "RecursionError" in document["detail"]


def test_aws_errors_raise_so_lambda_retries(s3, monkeypatch):
    event = put(s3, "raw/ok.html", page("jsonld-graph.html"))
    original = s3.put_object

    def throttled(**kwargs):
        if kwargs["Key"].startswith("articles/"):
            raise ClientError({"Error": {"Code": "SlowDown", "Message": "Please reduce your request rate."}},
                              "PutObject")
        return original(**kwargs)

    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "put_object", throttled)
    with pytest.raises(ClientError):
        parse.handler(event, LambdaContext())


def test_s3_test_event_and_folder_markers_are_ignored(s3):
    test_event = {"Service": "Amazon S3", "Event": "s3:TestEvent", "Time": "2025-04-26T00:00:00.000Z",
                  "Bucket": LOCAL_BUCKET, "RequestId": "X", "HostId": "Y"}
    assert parse.handler(test_event, LambdaContext()) == {"outcomes": []}
    marker = s3_put_event(LOCAL_BUCKET, "raw/folder/", 0, "d41d8cd98f00b204e9800998ecf8427e")
    assert parse.handler(marker, LambdaContext()) == {"outcomes": []}


def test_sample_event_file_is_a_real_s3_put_event(s3):
    from conftest import ROOT

    event = json.loads((ROOT / "events" / "s3-put-raw.json").read_text())
    record = event["Records"][0]
    assert record["eventSource"] == "aws:s3" and record["eventName"].startswith("ObjectCreated")
    from presslake.handlers.events import iter_object_refs

    [ref] = iter_object_refs(event)
    assert ref.key.startswith("raw/") and " " in ref.key
    s3.create_bucket(Bucket=ref.bucket)
    s3.put_object(Bucket=ref.bucket, Key=ref.key, Body=page("kyivindependent-kursk-losses.html"))
    assert parse.handler(event, LambdaContext())["outcomes"][0]["status"] == "written"

"""The parse handler end to end on moto: SQS batches of S3 notifications in, one articles
Parquet per batch (and a quarantine manifest) out."""

import hashlib
import json
from datetime import datetime, timezone

import pytest
from botocore.exceptions import ClientError
from conftest import ROOT, fail_reads_of, keys, page

from presslake.handlers import parse
from presslake.handlers.s3io import Lookahead
from presslake.lake.schema import ARTICLE_SCHEMA, read_parquet_bytes
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, s3_put_event

SEED_URL = "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"


def put(s3, key, body, **extra):
    response = s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body, **extra)
    return s3_put_event(LOCAL_BUCKET, key, len(body), response["ETag"], response.get("VersionId"))


def sqs_event(*s3_events, bodies=()):
    """S3 notifications (and raw bodies) as the SQS event Lambda's event source mapping sends."""
    records = [json.dumps(e) for e in s3_events] + list(bodies)
    return {"Records": [{"messageId": f"m{i}", "receiptHandle": f"r{i}", "body": body, "attributes": {},
                         "messageAttributes": {}, "md5OfBody": hashlib.md5(body.encode()).hexdigest(),
                         "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:raw",
                         "awsRegion": "us-east-1"} for i, body in enumerate(records)]}


def read_rows(s3, prefix="staging/articles/"):
    rows = []
    for key in keys(s3, prefix):
        rows += read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read()).to_pylist()
    return rows


def manifest_lines(s3):
    lines = []
    for key in keys(s3, "quarantine/parse/"):
        lines += [json.loads(line) for line in s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read().splitlines()]
    return lines


def test_a_batch_becomes_one_articles_file(s3):
    raw = page("kyivindependent-kursk-losses.html")
    events = [put(s3, "raw/2025/04/26/kursk.html", raw, ContentType="text/html"),
              put(s3, "raw/graph.html", page("jsonld-graph.html")),
              put(s3, "raw/og.html", page("opengraph-only.html"))]
    result = parse.handler(sqs_event(*events), LambdaContext())

    assert result["batchItemFailures"] == []
    [written] = keys(s3, "staging/articles/")
    event_day = events[0]["Records"][0]["eventTime"][:10]
    assert written == f"staging/articles/ingest_dt={event_day}/{result['batch_id']}.parquet"
    table = read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=written)["Body"].read())
    assert table.schema.equals(ARTICLE_SCHEMA) and table.num_rows == 3
    assert table.to_pylist() == sorted(table.to_pylist(), key=lambda r: (r["dt"], r["article_id"]))
    [row] = [r for r in table.to_pylist() if r["raw_key"] == "raw/2025/04/26/kursk.html"]
    assert row["title"] == "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"
    assert row["authors"] == ["Natalia Yermak"]
    assert row["published_at"] == datetime(2025, 4, 26, 14, 59, 51, tzinfo=timezone.utc)
    assert row["dt"] == "2025-04-26"
    assert row["canonical_url"] == SEED_URL and row["source"] == "kyivindependent.com"
    assert row["body"].startswith("The Russian military had lost 62,400 soldiers") and row["body"].count("\n\n") == 6
    assert row["raw_bucket"] == LOCAL_BUCKET and row["raw_offset"] is None
    assert row["raw_version"] == s3.head_object(Bucket=LOCAL_BUCKET, Key="raw/2025/04/26/kursk.html")["VersionId"]
    assert row["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    assert row["batch_id"] == result["batch_id"]
    assert row["ingested_at"] == datetime.fromisoformat(events[0]["Records"][0]["eventTime"].replace("Z", "+00:00"))
    assert keys(s3, "quarantine/") == []


def test_one_bad_page_and_one_failed_read(s3, monkeypatch):
    good = [put(s3, "raw/good-1.html", page("jsonld-graph.html")), put(s3, "raw/good-2.html", page("no-date.html"))]
    bad = put(s3, "raw/bad.html", page("error-404.html"))
    unreadable = put(s3, "raw/throttled.html", page("opengraph-only.html"))
    fail_reads_of(monkeypatch, parse, s3, "raw/throttled.html")
    event = sqs_event(good[0], bad, unreadable, good[1])
    result = parse.handler(event, LambdaContext())

    assert result["batchItemFailures"] == [{"itemIdentifier": "m2"}]
    assert sorted(r["raw_key"] for r in read_rows(s3)) == ["raw/good-1.html", "raw/good-2.html"]
    [line] = manifest_lines(s3)
    assert (line["raw_key"], line["reason"], line["stage"]) == ("raw/bad.html", "not_article", "parse")
    assert line["raw_version"] == s3.head_object(Bucket=LOCAL_BUCKET, Key="raw/bad.html")["VersionId"]
    assert line["batch_id"] == result["batch_id"]


def test_read_ahead_keeps_order_errors_and_its_bound():
    taken = [0]
    late = []

    def fetch(item):
        if item < 8:  # read ahead: started while `ahead` results were already waiting?
            late.append(item >= taken[0] + 3)
        if item == 4:
            raise ClientError({"Error": {"Code": "SlowDown", "Message": "later"}}, "GetObject")
        return item * 10

    lookahead = Lookahead(fetch, list(range(8)), ahead=3)
    results = []
    for item in range(8):
        taken[0] += 1
        try:
            results.append(lookahead.result(item))
        except ClientError as error:
            results.append(error.response["Error"]["Code"])
    assert results == [0, 10, 20, 30, "SlowDown", 50, 60, 70]
    assert lookahead.result(99) == 990  # never read ahead: fetched when asked
    lookahead.close()
    assert late == [False] * 8


def test_items_never_taken_are_not_fetched_after_close():
    fetched = []
    lookahead = Lookahead(fetched.append, list(range(100)), ahead=2)
    lookahead.result(0)
    lookahead.close()
    assert len(fetched) <= 3


def test_the_same_batch_delivered_twice_gives_the_same_file(s3):
    event = sqs_event(put(s3, "raw/a.html", page("jsonld-graph.html")), put(s3, "raw/b.html", page("no-date.html")),
                      put(s3, "raw/bad.html", b""))
    first = parse.handler(event, LambdaContext())
    snapshot = {key: s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read() for key in keys(s3, "")
                if not key.startswith("raw/")}
    second = parse.handler(event, LambdaContext())
    again = {key: s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read() for key in keys(s3, "")
             if not key.startswith("raw/")}
    assert first["batch_id"] == second["batch_id"]
    assert again == snapshot and len(snapshot) == 2  # one articles file, one manifest, byte for byte


def test_another_batch_gets_its_own_file(s3):
    parse.handler(sqs_event(put(s3, "raw/a.html", page("jsonld-graph.html"))), LambdaContext())
    parse.handler(sqs_event(put(s3, "raw/b.html", page("no-date.html"))), LambdaContext())
    assert len(keys(s3, "staging/articles/")) == 2


def test_duplicate_notifications_in_one_batch_give_one_row(s3):
    event = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    parse.handler(sqs_event(event, event), LambdaContext())
    assert len(read_rows(s3)) == 1


def test_a_page_uploaded_twice_in_one_batch_keeps_the_newer_upload(s3):
    first = put(s3, "raw/a.html", page("kyivindependent-kursk-losses.html"))
    second = put(s3, "raw/copy of a.html", page("kyivindependent-kursk-losses.html"))
    second["Records"][0]["eventTime"] = "2099-01-01T00:00:00.000Z"
    parse.handler(sqs_event(first, second), LambdaContext())
    [row] = read_rows(s3)
    assert row["raw_key"] == "raw/copy of a.html"


def test_source_url_metadata_sets_url_and_identity(s3):
    event = put(s3, "raw/scrape/1.html.gz", __import__("gzip").compress(page("no-date.html")),
                Metadata={"source-url": "https://parishpost.example.com/library?utm_campaign=x"})
    parse.handler(sqs_event(event), LambdaContext())
    [row] = read_rows(s3)
    # no publication date: the ingest date is the publication partition
    assert row["dt"] == event["Records"][0]["eventTime"][:10]
    assert row["url"] == "https://parishpost.example.com/library?utm_campaign=x"
    assert row["canonical_url"] == "https://parishpost.example.com/library"
    assert row["source"] == "example.com" and row["published_at"] is None


@pytest.mark.parametrize("key", [
    "raw/with space/Kursk report (1).html",
    "raw/plus+sign/100%25 done.html",
    "raw/київ/новини звіт.html",
])
def test_keys_with_spaces_plus_percent_and_non_ascii(s3, key):
    event = put(s3, key, page("jsonld-graph.html"))
    assert "+" in event["Records"][0]["s3"]["object"]["key"] or "%" in event["Records"][0]["s3"]["object"]["key"]
    parse.handler(sqs_event(event), LambdaContext())
    assert [r["raw_key"] for r in read_rows(s3)] == [key]


@pytest.mark.parametrize("name, body, reason", [
    ("empty.html", b"", "empty"),
    ("report.pdf", b"%PDF-1.5\n" + bytes(range(256)) * 4, "binary"),
    ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "binary"),
    ("front.html", page("home-listing.html"), "not_article"),
    ("gone.html", page("error-404.html"), "not_article"),
    ("broken.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00garbage", "corrupt_gzip"),
])
def test_bad_input_is_a_manifest_line_with_its_reason(s3, name, body, reason):
    key = f"raw/bad/{name}"
    result = parse.handler(sqs_event(put(s3, key, body)), LambdaContext())
    assert result["batchItemFailures"] == [] and keys(s3, "staging/") == []
    [line] = manifest_lines(s3)
    assert (line["raw_key"], line["reason"], line["size"]) == (key, reason, len(body))
    assert keys(s3, "raw/") == [key]  # the raw object stays where it is, no copy is made


class _Unreadable:
    def read(self, *args):
        raise AssertionError("the body was read although the size was over the cap")

    def close(self):
        pass


def test_size_cap_is_checked_before_reading(s3, monkeypatch):
    monkeypatch.setenv("PRESSLAKE_MAX_RAW_BYTES", "1000")
    body = page("kyivindependent-kursk-losses.html")
    original = s3.get_object
    gets = []

    def get_object(**kwargs):
        gets.append(kwargs["Key"])
        return original(**kwargs) | {"Body": _Unreadable()}

    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "get_object", get_object)
    announced = put(s3, "raw/big.html", body)  # the event gives the size: no GET at all
    unannounced = put(s3, "raw/big-2.html", body)
    del unannounced["Records"][0]["s3"]["object"]["size"]  # only the response's ContentLength tells
    parse.handler(sqs_event(announced, unannounced), LambdaContext())
    monkeypatch.undo()
    assert gets == ["raw/big-2.html"]
    assert sorted((line["raw_key"], line["reason"]) for line in manifest_lines(s3)) == [
        ("raw/big-2.html", "too_large"), ("raw/big.html", "too_large")]


def test_extractor_crash_is_quarantined_not_retried(s3, monkeypatch):
    def explode(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(parse, "extract_article", explode)
    result = parse.handler(sqs_event(put(s3, "raw/deep.html", page("no-date.html"))), LambdaContext())
    [line] = manifest_lines(s3)
    assert result["batchItemFailures"] == []
    assert line["reason"] == "extract_error" and "RecursionError" in line["detail"]


def test_an_object_deleted_before_it_is_read_is_recorded(s3):
    event = s3_put_event(LOCAL_BUCKET, "raw/deleted-before-read.html", 10, "abc")
    result = parse.handler(sqs_event(event), LambdaContext())
    assert result["batchItemFailures"] == []
    assert [(line["raw_key"], line["reason"]) for line in manifest_lines(s3)] == [
        ("raw/deleted-before-read.html", "missing")]


def test_a_failed_batch_file_write_fails_the_whole_batch(s3, monkeypatch):
    event = sqs_event(put(s3, "raw/ok.html", page("jsonld-graph.html")))
    original = s3.put_object

    def throttled(**kwargs):
        if kwargs["Key"].startswith("staging/"):
            raise ClientError({"Error": {"Code": "SlowDown", "Message": "reduce your request rate"}}, "PutObject")
        return original(**kwargs)

    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "put_object", throttled)
    with pytest.raises(ClientError):
        parse.handler(event, LambdaContext())


def test_a_direct_invocation_raises_aws_errors_for_lambdas_retry(s3, monkeypatch):
    event = put(s3, "raw/ok.html", page("jsonld-graph.html"))

    def denied(**kwargs):
        raise ClientError({"Error": {"Code": "InternalError", "Message": "try again"}}, "GetObject")

    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "get_object", denied)
    with pytest.raises(ClientError):
        parse.handler(event, LambdaContext())


def test_messages_left_when_time_runs_low_are_handed_back(s3):
    events = [put(s3, f"raw/{i}.html", page("jsonld-graph.html")) for i in range(3)]
    remaining = iter([600_000, 10_000, 10_000])
    result = parse.run(sqs_event(*events), s3, remaining_ms=lambda: next(remaining))
    assert result["batchItemFailures"] == [{"itemIdentifier": "m1"}, {"itemIdentifier": "m2"}]
    assert [r["raw_key"] for r in read_rows(s3)] == ["raw/0.html"]


def test_test_events_folder_markers_and_malformed_messages_are_skipped(s3):
    test_event = {"Service": "Amazon S3", "Event": "s3:TestEvent", "Time": "2025-04-26T00:00:00.000Z",
                  "Bucket": LOCAL_BUCKET, "RequestId": "X", "HostId": "Y"}
    marker = s3_put_event(LOCAL_BUCKET, "raw/folder/", 0, "d41d8cd98f00b204e9800998ecf8427e")
    result = parse.handler(sqs_event(test_event, marker, bodies=["not json", "[1, 2]", "null"]), LambdaContext())
    assert result["batchItemFailures"] == [] and result["written"] == {}
    assert parse.handler(test_event, LambdaContext())["written"] == {}
    assert keys(s3, "staging/") == keys(s3, "quarantine/") == []


def test_eventbridge_form_and_deletions(s3):
    put(s3, "raw/with space.html", page("jsonld-graph.html"))
    created = {"version": "0", "source": "aws.s3", "detail-type": "Object Created", "time": "2025-05-01T10:00:00Z",
               "detail": {"bucket": {"name": LOCAL_BUCKET}, "object": {"key": "raw/with space.html", "size": 100}}}
    deleted = created | {"detail-type": "Object Deleted"}
    assert parse.handler(deleted, LambdaContext())["written"] == {}
    result = parse.handler(created, LambdaContext())
    assert result["written"]["articles"].startswith("staging/articles/ingest_dt=2025-05-01/")
    assert [r["raw_key"] for r in read_rows(s3)] == ["raw/with space.html"]


@pytest.mark.parametrize("name", ["s3-put-raw.json", "sqs-s3-put-raw.json"])
def test_sample_event_files_run(s3, name):
    from presslake.handlers.events import iter_object_refs

    event = json.loads((ROOT / "events" / name).read_text())
    [ref] = iter_object_refs(event)
    assert ref.key.startswith("raw/") and " " in ref.key
    s3.create_bucket(Bucket=ref.bucket)
    s3.put_object(Bucket=ref.bucket, Key=ref.key, Body=page("kyivindependent-kursk-losses.html"))
    result = parse.handler(event, LambdaContext())
    assert result["written"]["articles"].startswith("staging/articles/ingest_dt=")


# ---------------------------------------------------------------- events from AWS's own tools, and malformed ones

def test_events_generated_by_sam_decode_the_key_and_ignore_deletions(s3):
    """`sam local generate-event s3 put|delete --key 'raw/sam generated/100% news+more.html'`:
    encoded by AWS's tool, not by ours, so a shared mistake cannot pass."""
    key = "raw/sam generated/100% news+more.html"
    put_event = json.loads((ROOT / "events" / "sam-generated-s3-put.json").read_text())
    delete_event = json.loads((ROOT / "events" / "sam-generated-s3-delete.json").read_text())
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=page("jsonld-graph.html"))
    assert parse.handler(sqs_event(delete_event), LambdaContext())["written"] == {}
    assert parse.handler(delete_event, LambdaContext())["written"] == {}
    result = parse.handler(sqs_event(put_event), LambdaContext())
    assert [r["raw_key"] for r in read_rows(s3)] == [key] and result["batchItemFailures"] == []


def test_eventbridge_keys_are_not_url_decoded(s3):
    key = "raw/plus+sign/100%25 done.html"  # EventBridge sends keys as they are: '+' and '%25' are literal
    s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=page("jsonld-graph.html"))
    event = {"source": "aws.s3", "detail-type": "Object Created", "time": "2025-05-01T10:00:00Z",
             "detail": {"bucket": {"name": LOCAL_BUCKET}, "object": {"key": key, "size": 10}}}
    parse.handler(event, LambdaContext())
    assert [r["raw_key"] for r in read_rows(s3)] == [key]


MALFORMED = [
    {"Records": "oops"},
    {"Records": [None, 3, "x", []]},
    [{"Records": []}],
    {"Records": [{"eventSource": "aws:s3", "eventName": "ObjectCreated:Put",
                  "s3": {"bucket": {"name": LOCAL_BUCKET}, "object": {"key": 12345}}}]},
    {"Records": [{"eventSource": "aws:s3", "eventName": "ObjectCreated:Put", "s3": "nope"}]},
    None,
    "raw/a.html",
]


@pytest.mark.parametrize("event", MALFORMED)
def test_malformed_events_are_skipped_without_raising(s3, event):
    from presslake.handlers import figures

    assert parse.handler(event, LambdaContext())["written"] == {}
    assert figures.handler(event, LambdaContext()) == {"outcomes": []}
    # the same inside SQS messages, and bodies that are not JSON: skipped, not retried
    bodies = [json.dumps(event), "not json", ""]
    result = parse.handler(sqs_event(bodies=bodies), LambdaContext())
    assert result["batchItemFailures"] == [] and result["written"] == {}
    assert keys(s3, "staging/") == []


# ---------------------------------------------------------------- every input accounted for

def test_a_copy_of_another_page_in_the_batch_is_a_manifest_line_naming_the_kept_key(s3):
    first = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    copy = put(s3, "raw/mirror/kursk.html", page("kyivindependent-kursk-losses.html"))
    copy["Records"][0]["eventTime"] = "2099-01-01T00:00:00.000Z"  # the newer upload is kept
    result = parse.handler(sqs_event(first, copy), LambdaContext())
    [row] = read_rows(s3)
    [line] = manifest_lines(s3)
    assert row["raw_key"] == "raw/mirror/kursk.html"
    assert (line["raw_key"], line["reason"], line["kept_key"]) == ("raw/kursk.html", "duplicate_in_batch",
                                                                   "raw/mirror/kursk.html")
    assert line["raw_version"] == first["Records"][0]["s3"]["object"]["versionId"]
    assert result["counts"]["duplicates_in_batch"] == 1


def test_a_second_delivery_of_one_object_version_is_a_counted_skip(s3, caplog):
    event = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    caplog.set_level("INFO", logger="presslake-parse")
    result = parse.handler(sqs_event(event, event), LambdaContext())
    assert len(read_rows(s3)) == 1 and manifest_lines(s3) == []
    assert result["counts"]["skipped:duplicate_delivery"] == 1
    assert [r.key for r in caplog.records if getattr(r, "reason", None) == "duplicate_delivery"] == ["raw/kursk.html"]


def test_s3_test_events_through_sqs_are_logged_and_counted(s3, caplog):
    test_event = {"Service": "Amazon S3", "Event": "s3:TestEvent", "Time": "2025-04-26T00:00:00.000Z",
                  "Bucket": LOCAL_BUCKET, "RequestId": "X", "HostId": "Y"}
    marker = s3_put_event(LOCAL_BUCKET, "raw/folder/", 0, "d41d8cd98f00b204e9800998ecf8427e")
    caplog.set_level("INFO", logger="presslake-parse")
    result = parse.handler(sqs_event(test_event, marker), LambdaContext())
    assert result["counts"] == {"skipped:s3_test_event": 1, "skipped:folder_marker": 1}
    logged = sorted((r.reason, r.message_id) for r in caplog.records if r.getMessage() == "skipped")
    assert logged == [("folder_marker", "m1"), ("s3_test_event", "m0")]


@pytest.mark.parametrize("bucket", [{}, {"name": ""}, {"name": None}, "presslake-local"])
def test_a_direct_record_without_a_bucket_name_is_skipped_not_raised(s3, bucket):
    event = put(s3, "raw/ok.html", page("jsonld-graph.html"))
    event["Records"][0]["s3"]["bucket"] = bucket
    result = parse.handler(event, LambdaContext())
    assert result["counts"] == {"skipped:malformed_record": 1} and result["written"] == {}
    eventbridge = {"source": "aws.s3", "detail-type": "Object Created", "time": "2025-05-01T10:00:00Z",
                   "detail": {"bucket": bucket, "object": {"key": "raw/ok.html", "size": 10}}}
    assert parse.handler(eventbridge, LambdaContext())["counts"] == {"skipped:malformed_record": 1}


def test_the_ingest_day_is_the_earliest_events_whatever_the_order(s3):
    late = put(s3, "raw/a.html", page("jsonld-graph.html"))
    early = put(s3, "raw/b.html", page("no-date.html"))
    late["Records"][0]["eventTime"] = "2025-05-02T00:00:30.000Z"
    early["Records"][0]["eventTime"] = "2025-05-01T23:59:30.000Z"
    result = parse.handler(sqs_event(late, early), LambdaContext())
    assert result["written"]["articles"].startswith("staging/articles/ingest_dt=2025-05-01/")
    assert parse.handler(sqs_event(early, late), LambdaContext())["written"] == result["written"]


def test_a_late_redelivery_of_an_old_version_never_overwrites_the_newer_versions_file(s3):
    old = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html"))
    new = put(s3, "raw/kursk.html", page("kyivindependent-kursk-losses.html").replace(b"983 soldiers",
                                                                                      b"1,204 soldiers"))
    old["Records"][0]["eventTime"] = new["Records"][0]["eventTime"]  # the same day: the same partition
    newer_file = parse.handler(sqs_event(new), LambdaContext())["written"]["articles"]
    older_file = parse.handler(sqs_event(old), LambdaContext())["written"]["articles"]
    assert older_file != newer_file
    [row] = read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=newer_file)["Body"].read()).to_pylist()
    assert row["raw_version"] == new["Records"][0]["s3"]["object"]["versionId"] and "1,204 soldiers" in row["body"]


@pytest.mark.parametrize("announced", [True, False])
def test_a_page_of_exactly_the_size_cap_is_parsed_and_one_byte_more_is_not(s3, monkeypatch, announced):
    body = page("jsonld-graph.html")
    monkeypatch.setenv("PRESSLAKE_MAX_RAW_BYTES", str(len(body)))
    at_cap = put(s3, "raw/at-cap.html", body)
    over = put(s3, "raw/over-cap.html", body + b" ")
    if not announced:  # only the GET's ContentLength tells
        for event in (at_cap, over):
            del event["Records"][0]["s3"]["object"]["size"]
    parse.handler(sqs_event(at_cap, over), LambdaContext())
    assert [r["raw_key"] for r in read_rows(s3)] == ["raw/at-cap.html"]
    assert [(line["raw_key"], line["reason"]) for line in manifest_lines(s3)] == [("raw/over-cap.html", "too_large")]


def test_a_backfill_listing_names_every_item_by_a_row_or_a_counted_skip(s3):
    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/2024/a.html", Body=page("jsonld-graph.html"))
    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/2024/empty-folder/", Body=b"")
    items = [{"Key": o["Key"], "Size": o["Size"], "Etag": o["ETag"]} for o in
             s3.list_objects_v2(Bucket=LOCAL_BUCKET, Prefix="raw/2024/")["Contents"]] + ["not an item"]
    result = parse.handler({"Items": items, "BatchInput": {"bucket": LOCAL_BUCKET, "run": "r1"}}, LambdaContext())
    assert result["counts"] == {"articles": 1, "skipped:folder_marker": 1, "skipped:malformed_record": 1}

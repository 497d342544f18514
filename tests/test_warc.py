"""WARC bundles: the pure reader, then the parse handler on moto (inline, split into ranges)."""

import io
import json
import tracemalloc

import pytest
import warcs
from conftest import keys

from presslake.article.warc import NotSplittable, WarcPage, WarcSkip, iter_warc, plan_ranges, record_spans
from presslake.handlers import parse
from presslake.lake.schema import read_parquet_bytes
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, LocalPipeline, s3_put_event

MAX = 1_000_000


def read_all(data: bytes, **kwargs):
    return list(iter_warc(io.BytesIO(data), max_payload_bytes=MAX, **kwargs))


@pytest.mark.parametrize("layout", [{"per_record_gzip": True}, {"per_record_gzip": False},
                                    {"whole_file_gzip": True}])
def test_every_layout_gives_the_same_pages(layout):
    records = warcs.pages(3)
    items = read_all(warcs.build(records, **layout))
    pages = [i for i in items if isinstance(i, WarcPage)]
    assert [p.url for p in pages] == [r[1] for r in records]
    assert [p.body for p in pages] == [r[2] for r in records]
    assert [i.reason for i in items if isinstance(i, WarcSkip)] == ["record_type:warcinfo"]
    assert len({p.offset for p in pages}) == 3


def test_other_records_and_payloads_are_skipped_and_counted():
    records = [warcs.response("https://e.org/a", warcs.html_page(1)),
               ("request", "https://e.org/a", b"", [], ""),
               ("revisit", "https://e.org/a", b"", [("Content-Type", "text/html")], "200 OK"),
               warcs.response("https://e.org/doc.pdf", b"%PDF-1.5", content_type="application/pdf"),
               warcs.response("https://e.org/gone", b"<html>gone</html>", status="404 Not Found"),
               ("metadata", "https://e.org/a", b"fetch time 0.2 s", [("Content-Type", "text/plain")], "200 OK")]
    items = read_all(warcs.build(records))
    assert [i.url for i in items if isinstance(i, WarcPage)] == ["https://e.org/a"]
    assert sorted(i.reason for i in items if isinstance(i, WarcSkip)) == [
        "http_status:404", "not_html", "record_type:metadata", "record_type:request", "record_type:revisit",
        "record_type:warcinfo"]
    assert not any(i.bad for i in items if isinstance(i, WarcSkip))


def test_a_truncated_file_keeps_what_came_before_and_names_the_broken_record():
    data = warcs.build(warcs.pages(3))
    items = read_all(data[:-50])
    assert len([i for i in items if isinstance(i, WarcPage)]) == 2
    [broken] = [i for i in items if isinstance(i, WarcSkip) and i.bad]
    spans = list(record_spans(io.BytesIO(data)))
    assert broken.reason == "truncated_record" and broken.offset == spans[-1][0]


def test_garbage_is_one_bad_record_not_a_crash():
    [item] = read_all(b"this is not a warc file\r\n\r\n")
    assert item.bad and item.reason == "unreadable_warc" and item.offset == 0


def test_a_10000_record_file_streams_in_bounded_memory():
    page = warcs.html_page(0, words=300)
    data = warcs.build([warcs.response(f"https://e.org/{i}", page) for i in range(10_000)])
    assert len(data) > 10_000_000 / 4  # compressed; ~30 MB of pages
    tracemalloc.start()
    count = sum(isinstance(i, WarcPage) for i in iter_warc(io.BytesIO(data), max_payload_bytes=MAX))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 10_000
    assert peak < 3_000_000, f"peak {peak} bytes while streaming"


def test_ranges_read_exactly_the_records_of_one_pass():
    data = warcs.build(warcs.pages(7))
    one_pass = [(i.offset, i.url) for i in read_all(data) if isinstance(i, WarcPage)]
    ranges = plan_ranges(record_spans(io.BytesIO(data)), records_per_range=3)
    assert len(ranges) == 3
    ranged = [(i.offset, i.url) for start, end in ranges
              for i in read_all(data[start:end], base_offset=start) if isinstance(i, WarcPage)]
    assert ranged == one_pass
    with pytest.raises(NotSplittable):
        list(record_spans(io.BytesIO(warcs.build(warcs.pages(2), whole_file_gzip=True))))


# ------------------------------------------------------------------ through the parse handler

def rows(s3):
    out = []
    for key in keys(s3, "staging/articles/"):
        out += read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read()).to_pylist()
    return out


def manifest(s3):
    return [json.loads(line) for key in keys(s3, "quarantine/parse/")
            for line in s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read().splitlines()]


def test_a_bundle_becomes_rows_with_record_offsets_and_bad_records_in_the_manifest(s3):
    records = warcs.pages(4) + [
        warcs.response("https://e.org/charset", warcs.html_page(99), content_type="text/html; charset=no-such-charset"),
        warcs.response("https://e.org/empty", b"")]
    data = warcs.build(records)
    response = s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/cc-news/bundle.warc.gz", Body=data)
    event = s3_put_event(LOCAL_BUCKET, "raw/cc-news/bundle.warc.gz", len(data), response["ETag"],
                         response.get("VersionId"))
    result = parse.handler(event, LambdaContext())
    got = rows(s3)
    assert sorted(r["url"] for r in got) == sorted([r[1] for r in records[:4]] + ["https://e.org/charset"])
    offsets = {i.url: i.offset for i in read_all(data) if isinstance(i, WarcPage)}
    for row in got:
        assert row["raw_key"] == "raw/cc-news/bundle.warc.gz" and row["raw_offset"] == offsets[row["url"]]
        assert row["raw_version"] == response["VersionId"]
    [line] = manifest(s3)
    assert (line["reason"], line["raw_offset"]) == ("empty", offsets["https://e.org/empty"])
    assert result["counts"]["skipped:record_type"] == 1  # the warcinfo record


def test_a_large_bundle_is_split_into_ranges_that_give_the_same_rows(s3, monkeypatch):
    data = warcs.build(warcs.pages(9))
    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/one-pass.warc.gz", Body=data)
    LocalPipeline(s3, batch_size=10).drain()  # the S3 test event, before the notification rule exists here
    parse.handler(s3_put_event(LOCAL_BUCKET, "raw/one-pass.warc.gz", len(data), "x"), LambdaContext())
    one_pass = sorted((r["url"], r["raw_offset"], r["body"]) for r in rows(s3))
    assert len(one_pass) == 9

    monkeypatch.setenv("PRESSLAKE_INLINE_WARC_BYTES", str(len(data) // 2))
    monkeypatch.setenv("PRESSLAKE_WARC_RANGE_RECORDS", "4")
    pipeline = LocalPipeline(s3, batch_size=10)
    before = set(keys(s3, "staging/articles/"))
    ranged_gets = []
    original = s3.get_object

    def get_object(**kwargs):
        ranged_gets.append(kwargs.get("Range"))
        return original(**kwargs)

    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "get_object", get_object)
    pipeline.put("raw/split.warc.gz", data)
    results = pipeline.drain()
    monkeypatch.undo()
    parse_results = [r for r in results if "batchItemFailures" in r]
    assert parse_results[0]["counts"]["warc_ranges_queued"] == 3  # 10 records (warcinfo + 9) by 4
    assert sum(r is not None for r in ranged_gets) == 3
    new = sorted(set(keys(s3, "staging/articles/")) - before)
    split = sorted((r["url"], r["raw_offset"], r["body"])
                   for key in new for r in read_parquet_bytes(
                       s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"].read()).to_pylist())
    assert split == one_pass


def test_a_record_without_content_length_is_a_bad_record_not_a_crash():
    data = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.org/x\r\n\r\n" + warcs.build(warcs.pages(1))
    items = read_all(data)
    assert all(isinstance(i, (WarcPage, WarcSkip)) for i in items)
    assert not any(isinstance(i, WarcPage) and i.url == "https://e.org/x" for i in items)


# ------------------------------------------------------------------ nothing lost without a trace

LAYOUTS = {"per-record gzip": {"per_record_gzip": True}, "uncompressed": {"per_record_gzip": False},
           "whole-file gzip": {"whole_file_gzip": True}}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_file_cut_inside_a_record_names_that_record(layout, where):
    """Cut inside the third page's record (its gzip member, when compressed per record)."""
    data = warcs.build(warcs.pages(4), **LAYOUTS[layout])
    whole = read_all(data)
    starts = [i.offset for i in whole] + [None]
    if layout == "whole-file gzip":
        cut = int(len(data) * (0.6 + where / 5))  # inside the inflated stream's later records
    else:
        spans = list(record_spans(io.BytesIO(data)))
        cut = spans[3][0] + int(spans[3][1] * where)
    items = read_all(data[:cut])
    *complete, last = items
    assert [(i.offset, i.url) for i in complete if isinstance(i, WarcPage)] == \
        [(i.offset, i.url) for i in whole[:len(complete)] if isinstance(i, WarcPage)]
    assert last.bad and last.offset == starts[len(complete)]
    assert last.reason == "truncated_record" or (layout == "uncompressed" and last.reason == "unreadable_warc")


def test_an_intact_file_has_no_truncated_record():
    for layout in LAYOUTS.values():
        assert not any(isinstance(i, WarcSkip) and i.bad for i in read_all(warcs.build(warcs.pages(3), **layout)))


def test_a_truncated_bundle_split_into_ranges_still_names_its_cut_record():
    data = warcs.build(warcs.pages(7))
    spans = list(record_spans(io.BytesIO(data)))
    cut = data[:spans[-1][0] + spans[-1][1] // 2]
    ranges = plan_ranges(record_spans(io.BytesIO(cut)), records_per_range=3)
    assert ranges[-1][1] is None  # the last range runs to the end of the file
    bad = [i for start, end in ranges for i in read_all(cut[start:end], base_offset=start) if getattr(i, "bad", False)]
    assert [(i.reason, i.offset) for i in bad] == [("truncated_record", spans[-1][0])]


def test_a_payload_of_exactly_the_cap_is_a_page_and_one_byte_more_a_bad_record():
    payload = warcs.html_page(1)
    items = list(iter_warc(io.BytesIO(warcs.build([warcs.response("https://e.org/at", payload),
                                                     warcs.response("https://e.org/over", payload + b" ")])),
                           max_payload_bytes=len(payload)))
    assert [i.url for i in items if isinstance(i, WarcPage)] == ["https://e.org/at"]
    assert [(i.reason, i.bad) for i in items if isinstance(i, WarcSkip) and i.reason != "record_type:warcinfo"] == [
        ("too_large", True)]


def put_bundle(s3, key, data):
    response = s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=data)
    return s3_put_event(LOCAL_BUCKET, key, len(data), response["ETag"], response.get("VersionId")), response


def test_a_record_over_the_payload_cap_is_a_manifest_line_not_a_count(s3, monkeypatch):
    big = warcs.html_page(7, words=400)
    monkeypatch.setenv("PRESSLAKE_MAX_RAW_BYTES", str(len(big) - 1))
    data = warcs.build(warcs.pages(2) + [warcs.response("https://e.org/big", big)])
    event, _ = put_bundle(s3, "raw/bundle.warc.gz", data)
    result = parse.handler(event, LambdaContext())
    offset = [i.offset for i in read_all(data) if isinstance(i, WarcPage) and i.url == "https://e.org/big"][0]
    assert [(line["reason"], line["raw_offset"]) for line in manifest(s3)] == [("too_large", offset)]
    assert not any(name.startswith("skipped:too_large") for name in result["counts"])
    assert len(rows(s3)) == 2


def test_a_truncated_bundle_upload_is_a_manifest_line(s3):
    data = warcs.build(warcs.pages(3))
    spans = list(record_spans(io.BytesIO(data)))
    event, _ = put_bundle(s3, "raw/cut.warc.gz", data[:spans[2][0] + spans[2][1] // 2])
    parse.handler(event, LambdaContext())
    assert len(rows(s3)) == 1
    assert [(line["reason"], line["raw_offset"]) for line in manifest(s3)] == [("truncated_record", spans[2][0])]


# ------------------------------------------------------------------ bounded work: records per invocation

def drain_ranges(s3, queue, results):
    """Hand the queued ranges to the parse handler one message at a time, as the range queue's mapping does."""
    import boto3

    sqs = boto3.client("sqs", region_name="us-east-1")
    while messages := sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=1).get("Messages"):
        [message] = messages
        record = {"messageId": message["MessageId"], "receiptHandle": message["ReceiptHandle"],
                  "body": message["Body"], "eventSource": "aws:sqs"}
        results.append(parse.handler({"Records": [record]}, LambdaContext()))
        sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
    return results


@pytest.fixture
def range_queue(s3, monkeypatch):
    import boto3

    from presslake.handlers.s3io import sqs_client

    sqs_client.cache_clear()
    queue = boto3.client("sqs", region_name="us-east-1").create_queue(QueueName="ranges")["QueueUrl"]
    monkeypatch.setenv("PRESSLAKE_RANGE_QUEUE_URL", queue)
    yield queue
    sqs_client.cache_clear()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_small_bundle_of_many_records_is_read_a_budget_at_a_time(s3, monkeypatch, range_queue, layout):
    """Under the byte budget but over the record budget (the 10,000 small pages of the issue, scaled to a
    budget of 10 records): no invocation reads more than its budget, and together they give one pass's rows."""
    data = warcs.build(warcs.pages(45, words=40), **LAYOUTS[layout])
    one_pass = sorted((i.url, i.offset) for i in read_all(data) if isinstance(i, WarcPage))
    monkeypatch.setenv("PRESSLAKE_WARC_RANGE_RECORDS", "10")
    event, _ = put_bundle(s3, "raw/many.warc.gz", data)
    results = drain_ranges(s3, range_queue, [parse.handler(event, LambdaContext())])
    assert max(r["counts"].get("warc_records", 0) for r in results) == 10
    assert sum(r["counts"].get("warc_records", 0) for r in results) == 46  # warcinfo + 45 pages, each once
    assert results[0]["counts"]["warc_ranges_queued"] == 4
    assert sorted((r["url"], r["raw_offset"]) for r in rows(s3)) == one_pass


def test_a_queued_range_reads_the_version_it_was_cut_from(s3, monkeypatch, range_queue):
    first = warcs.build(warcs.pages(6))
    monkeypatch.setenv("PRESSLAKE_WARC_RANGE_RECORDS", "3")
    event, response = put_bundle(s3, "raw/rolling.warc.gz", first)
    results = [parse.handler(event, LambdaContext())]
    put_bundle(s3, "raw/rolling.warc.gz", warcs.build(warcs.pages(6, start=100)))  # overwritten before the ranges run
    drain_ranges(s3, range_queue, results)
    assert sum(r["counts"].get("warc_ranges_queued", 0) for r in results) >= 2
    got = rows(s3)
    assert sorted(r["url"] for r in got) == sorted(r[1] for r in warcs.pages(6))
    assert {r["raw_version"] for r in got} == {response["VersionId"]}
    assert manifest(s3) == []


def test_bundles_after_the_record_budget_is_spent_are_queued_whole(s3, monkeypatch, range_queue):
    monkeypatch.setenv("PRESSLAKE_WARC_RANGE_RECORDS", "10")
    first, second = warcs.build(warcs.pages(14)), warcs.build(warcs.pages(8, start=50))
    events = [put_bundle(s3, "raw/first.warc.gz", first)[0], put_bundle(s3, "raw/second.warc.gz", second)[0]]
    original, gets = s3.get_object, []
    monkeypatch.setattr(parse, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "get_object", lambda **kwargs: gets.append(kwargs["Key"]) or original(**kwargs))
    results = [parse.handler({"Records": [e["Records"][0] for e in events]}, LambdaContext())]
    assert gets == ["raw/first.warc.gz"]  # the second is not even indexed here
    assert (results[0]["counts"]["warc_records"], results[0]["counts"]["warc_ranges_queued"]) == (10, 2)
    drain_ranges(s3, range_queue, results)
    assert max(r["counts"].get("warc_records", 0) for r in results) == 10
    assert sorted(r["url"] for r in rows(s3)) == sorted(p[1] for p in warcs.pages(14) + warcs.pages(8, start=50))

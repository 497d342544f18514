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

"""The 1,000-object drop with duplicate deliveries, through the parse handler on moto: every key
is named by a row, a manifest line or a counted skip, and nothing is named twice in one batch."""

import gzip
import json
from collections import Counter

import warcs
from conftest import keys, page

from presslake.handlers import parse
from presslake.lake.schema import read_parquet_bytes
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, s3_put_event

STORIES = 601
COPIES = 300  # another key, the same canonical URL as a story
BAD = {"empty.html": b"", "scan.pdf": b"%PDF-1.5\n" + bytes(range(256)) * 4, "front.html": page("home-listing.html"),
       "gone.html": page("error-404.html"), "broken.html.gz": b"\x1f\x8b\x08\x00garbage"}


def story(i: int) -> bytes:
    """A small article whose canonical URL is story i's (copies share it: one article)."""
    canonical = f"<link rel='canonical' href='https://news.example.org/story/{i}'>"
    return warcs.html_page(i, words=40).replace(b"</title>", f"</title>{canonical}".encode())


def drop() -> dict[str, bytes]:
    objects = {f"raw/drop/story-{i}.html": story(i) for i in range(STORIES)}
    objects |= {f"raw/drop/mirror/story-{i}.html": story(i * 2) for i in range(COPIES)}
    objects |= {f"raw/drop/bad/{n}-{name}": body for n in range(19) for name, body in BAD.items()}
    bundle = warcs.build(warcs.pages(3, start=5000))
    objects["raw/drop/bundle.warc.gz"] = bundle
    objects["raw/drop/cut.warc.gz"] = bundle[:len(bundle) - 200]
    objects["raw/drop/story.html.gz"] = gzip.compress(story(9000))
    objects["raw/drop/folder/"] = b""
    assert len(objects) == 1000
    return objects


def sqs_record(i: int, event: dict) -> dict:
    return {"messageId": f"m{i}", "receiptHandle": f"r{i}", "body": json.dumps(event), "eventSource": "aws:sqs"}


def test_every_key_of_a_1000_object_drop_with_duplicate_deliveries_is_accounted_for(s3):
    objects = drop()
    events = []
    for key, body in objects.items():
        response = s3.put_object(Bucket=LOCAL_BUCKET, Key=key, Body=body)
        events.append(s3_put_event(LOCAL_BUCKET, key, len(body), response["ETag"], response.get("VersionId")))
    # at-least-once: every 10th event twice in its batch, every 7th again in the next batch; a test event
    batches = [events[start:start + 250] for start in range(0, len(events), 250)]
    deliveries = []
    for n, batch in enumerate(batches):
        again = batches[n - 1][::7] if n else []
        deliveries.append(batch + batch[::10] + again + ([{"Event": "s3:TestEvent"}] if n == 0 else []))
    results = [parse.handler({"Records": [sqs_record(i, e) for i, e in enumerate(d)]}, LambdaContext())
               for d in deliveries]

    assert all(r["batchItemFailures"] == [] for r in results)
    named_by_rows, named_by_lines, copies = set(), set(), 0
    for result in results:
        written = result["written"]
        table = read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=written["articles"])["Body"].read())
        batch_rows = {(r["raw_key"], r["raw_version"], r["raw_offset"]) for r in table.to_pylist()}
        assert table.num_rows == len(set(table.column("article_id").to_pylist()))
        manifest = s3.get_object(Bucket=LOCAL_BUCKET, Key=written["manifest"])["Body"].read() \
            if "manifest" in written else b""
        lines = [json.loads(line) for line in manifest.splitlines()]
        for line in lines:
            if line["reason"] == "duplicate_in_batch":  # points at a row of the same file
                assert (line["kept_key"], line["kept_version"], line["kept_offset"]) in batch_rows
                copies += 1
        named_by_rows |= {key for key, _, _ in batch_rows}
        named_by_lines |= {line["raw_key"] for line in lines}
    skips = sum((Counter(r["counts"]) for r in results), Counter())
    named = named_by_rows | named_by_lines
    assert len(named) + skips["skipped:folder_marker"] == len(objects) == 1000
    assert named == set(objects) - {"raw/drop/folder/"}
    assert skips["skipped:duplicate_delivery"] == sum(len(batch[::10]) for batch in batches)
    assert skips["skipped:s3_test_event"] == 1
    assert skips["duplicates_in_batch"] == copies > 0
    assert keys(s3, "raw/") == sorted(objects)  # nothing moved or copied

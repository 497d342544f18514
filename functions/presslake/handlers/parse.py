"""Parse Lambda: a batch of raw/ objects -> one articles Parquet per batch in staging/.

The function consumes the raw queue (S3 notifications in SQS messages) in batches.
Every page of the batch, whether a single object or a record of a WARC bundle,
becomes one row of `staging/articles/ingest_dt=<day>/<batch_id>.parquet`; every page
that is not an article becomes one line of the batch's quarantine manifest
(`quarantine/parse/ingest_dt=<day>/<batch_id>.jsonl`), and the raw object stays where
it is. The batch id depends only on what the batch read, so a redelivered batch
rewrites its own file.

Retries: one message's AWS error makes that message alone a `batchItemFailures` entry
(its rows stay out of the file; SQS redelivers it). Bad input never raises. A WARC
file too large for this invocation is read by others: its byte ranges go to the range
queue, which feeds this function too. Messages left when the time budget runs low are
handed back the same way, so no invocation is asked to do 15 minutes of work.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import BotoCoreError, ClientError

from presslake.article.extract import extract_article
from presslake.article.rawinput import RejectedInput
from presslake.article.warc import NotSplittable, WarcPage, is_warc_key, iter_warc, plan_ranges, record_spans
from presslake.handlers.common import traced
from presslake.handlers.events import Delivery, S3ObjectRef, WarcRange, iter_deliveries
from presslake.handlers.s3io import Lookahead, is_missing, s3_client, sqs_client
from presslake.lake.batch import Batch, Part, object_identity
from presslake.lake.keys import articles_key, manifest_key
from presslake.lake.schema import ARTICLE_SCHEMA, partition_date, to_parquet_bytes

logger = Logger(service="presslake-parse")
metrics = Metrics(namespace="presslake", service="parse")

DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024
# WARC bytes one invocation reads itself; beyond this, files go to the range queue.
DEFAULT_INLINE_WARC_BYTES = 64 * 1024 * 1024
# Records per queued byte range: about 330 pages of a scraper bundle (three records a page), 10-15 s
# of parsing; the range queue's batches of 10 fit one invocation and write one file.
DEFAULT_WARC_RANGE_RECORDS = 1000
# Single pages read ahead of the one being parsed (each at most PRESSLAKE_MAX_RAW_BYTES in memory).
READ_AHEAD = 4
# Hand the remaining messages back when less than this is left of the invocation.
SAFETY_MARGIN_MS = 60_000
AWS_ERRORS = (ClientError, BotoCoreError)


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


class Invocation:
    """The state of one handler call: settings, the batch being built, the WARC byte budget."""

    def __init__(self, s3, now: datetime, remaining_ms=None):
        self.s3 = s3
        self.now = now
        self.remaining_ms = remaining_ms
        self.max_raw_bytes = _setting("PRESSLAKE_MAX_RAW_BYTES", DEFAULT_MAX_RAW_BYTES)
        self.inline_warc_left = _setting("PRESSLAKE_INLINE_WARC_BYTES", DEFAULT_INLINE_WARC_BYTES)
        self.range_records = _setting("PRESSLAKE_WARC_RANGE_RECORDS", DEFAULT_WARC_RANGE_RECORDS)
        self.range_queue = os.environ.get("PRESSLAKE_RANGE_QUEUE_URL")
        self.batch = Batch(now=now)
        self.failures: list[str] = []
        self.pages = Lookahead(self.fetch_page, [])  # read_ahead starts it

    def read_ahead(self, deliveries: list[Delivery]) -> None:
        """Start reading the single pages of these deliveries, in the order they will be parsed."""
        refs = [ref for d in deliveries if not d.problem for ref in d.refs
                if ref.key.startswith("raw/") and not is_warc_key(ref.key)
                and (ref.size is None or ref.size <= self.max_raw_bytes)]
        self.pages = Lookahead(self.fetch_page, refs, READ_AHEAD)

    def out_of_time(self) -> bool:
        return self.remaining_ms is not None and self.remaining_ms() < SAFETY_MARGIN_MS

    # ------------------------------------------------------------ one delivery

    def handle(self, delivery: Delivery) -> None:
        if delivery.problem:
            logger.warning("malformed delivery skipped", extra={"message_id": delivery.message_id,
                                                                 "problem": delivery.problem})
            metrics.add_metric(name="MalformedEvents", unit=MetricUnit.Count, value=1)
            return
        if delivery.message_id is not None and self.out_of_time():
            self.failures.append(delivery.message_id)  # handed back: SQS redelivers it to a fresh invocation
            metrics.add_metric(name="Deferred", unit=MetricUnit.Count, value=1)
            return
        part = Part()
        if delivery.backfill_run is not None:
            part.identities.append(f"backfill:{delivery.backfill_run}")  # a reprocessing run writes its own files
        try:
            for ref in delivery.refs:
                self.read_object(ref, part)
            if delivery.warc_range is not None:
                self.read_warc_range(delivery.warc_range, part)
        except AWS_ERRORS:
            if delivery.message_id is None:
                raise  # a direct or EventBridge invocation: Lambda's own retry
            logger.exception("AWS error; the message is retried alone", extra={"message_id": delivery.message_id})
            self.failures.append(delivery.message_id)
            return
        self.batch.commit(part)

    def read_object(self, ref: S3ObjectRef, part: Part) -> None:
        if not ref.key.startswith("raw/"):
            logger.warning("object outside raw/ ignored", extra={"key": ref.key})
            part.counts["ignored_prefix"] += 1
            return
        part.times.append(ref.event_time or self.now)
        if is_warc_key(ref.key):
            self.read_warc(ref, part)
            return
        part.identities.append(object_identity(ref.bucket, ref.key, ref.version))
        provenance = _provenance(ref, None)
        if ref.size is not None and ref.size > self.max_raw_bytes:
            _reject(part, provenance, "too_large", f"{ref.size} bytes > cap {self.max_raw_bytes}", ref.size)
            return
        try:
            response, raw = self.pages.result(ref)
        except ClientError as error:
            if not is_missing(error):
                raise
            _reject_missing(ref, part)
            return
        if raw is None:
            size = response["ContentLength"]
            _reject(part, provenance, "too_large", f"{size} bytes > cap {self.max_raw_bytes}", size)
            return
        provenance["raw_version"] = response.get("VersionId") or ref.version or (response.get("ETag") or "").strip('"')
        self.parse_page(raw, url=(response.get("Metadata") or {}).get("source-url"),
                        content_type=response.get("ContentType"), provenance=provenance, part=part)

    def get_object(self, ref: S3ObjectRef, byte_range: str | None = None) -> dict:
        """GetObject of the announced version, else of what is there now."""
        request = {"Bucket": ref.bucket, "Key": ref.key} | ({"Range": byte_range} if byte_range else {})
        if ref.version_id:
            try:
                return self.s3.get_object(**request, VersionId=ref.version_id)
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") not in ("NoSuchVersion", "InvalidArgument"):
                    raise
                # that version expired or never existed here: the current object is the newest content
        return self.s3.get_object(**request)

    def fetch_page(self, ref: S3ObjectRef) -> tuple[dict, bytes | None]:
        """A single page's response and bytes; no bytes when it is over the cap (checked before
        the body is read). Runs in a read-ahead thread."""
        response = self.get_object(ref)
        size = response.get("ContentLength")
        if size is not None and size > self.max_raw_bytes:
            response["Body"].close()
            return response, None
        return response, response["Body"].read()

    def get(self, ref: S3ObjectRef, part: Part, byte_range: str | None = None):
        """get_object, or None, recorded, when the object is gone."""
        try:
            return self.get_object(ref, byte_range)
        except ClientError as error:
            if is_missing(error):
                _reject_missing(ref, part)
                return None
            raise

    # ------------------------------------------------------------ WARC bundles

    def read_warc(self, ref: S3ObjectRef, part: Part) -> None:
        """Read a bundle here while the invocation's WARC budget lasts; else index it and queue its
        byte ranges of `WarcRangeRecords` records, which other invocations read in parallel."""
        size = ref.size if ref.size is not None else self.s3.head_object(Bucket=ref.bucket, Key=ref.key)["ContentLength"]
        if size <= self.inline_warc_left or not self.range_queue:
            self.inline_warc_left -= size
            self.read_warc_range(WarcRange(ref, 0, None), part)
            return
        part.identities.append(object_identity(ref.bucket, ref.key, ref.version))
        response = self.get(ref, part)
        if response is None:
            return
        ranges = [WarcRange(ref, 0, None)]
        try:
            ranges = [WarcRange(ref, start, end) for start, end in
                      plan_ranges(record_spans(response["Body"]), records_per_range=self.range_records)] or ranges
        except NotSplittable:
            pass  # a whole-file gzip is read in one pass by one invocation
        except AWS_ERRORS:
            raise
        except Exception as error:  # unreadable: the one-pass reader records where it breaks
            logger.warning("WARC index failed; read in one pass", extra={"key": ref.key, "error": str(error)})
        self.enqueue(ranges)
        part.counts["warc_ranges_queued"] += len(ranges)
        logger.info("WARC file queued as byte ranges", extra={"key": ref.key, "size": size, "ranges": len(ranges)})

    def enqueue(self, ranges: list[WarcRange]) -> None:
        sqs = sqs_client()
        for start in range(0, len(ranges), 10):
            chunk = ranges[start:start + 10]
            response = sqs.send_message_batch(QueueUrl=self.range_queue, Entries=[
                {"Id": str(i), "MessageBody": r.to_message()} for i, r in enumerate(chunk)])
            if response.get("Failed"):
                raise ClientError({"Error": {"Code": "SendMessageBatchFailed", "Message": str(response["Failed"])}},
                                  "SendMessageBatch")

    def read_warc_range(self, warc_range: WarcRange, part: Part) -> None:
        ref = warc_range.ref
        part.identities.append(object_identity(ref.bucket, ref.key, ref.version, (warc_range.start, warc_range.end)))
        part.times.append(ref.event_time or self.now)
        byte_range = None
        if warc_range.start or warc_range.end is not None:
            byte_range = f"bytes={warc_range.start}-{'' if warc_range.end is None else warc_range.end - 1}"
        response = self.get(ref, part, byte_range)
        if response is None:
            return
        version = response.get("VersionId") or ref.version or (response.get("ETag") or "").strip('"')
        for item in iter_warc(response["Body"], max_payload_bytes=self.max_raw_bytes, base_offset=warc_range.start):
            provenance = _provenance(ref, item.offset) | {"raw_version": version}
            if isinstance(item, WarcPage):
                self.parse_page(item.body, url=item.url, content_type=item.content_type,
                                provenance=provenance, part=part)
            elif item.bad:
                _reject(part, provenance, item.reason, item.detail, None)
            else:
                part.counts[f"skipped:{item.reason.split(':')[0]}"] += 1

    # ------------------------------------------------------------ one page

    def parse_page(self, raw: bytes, *, url: str | None, content_type: str | None, provenance: dict,
                   part: Part) -> None:
        try:
            article = extract_article(raw, url=url, content_type=content_type)
        except RejectedInput as rejected:
            _reject(part, provenance, rejected.reason, rejected.detail, len(raw))
            return
        except Exception as error:  # a parser bug on one page must not fail the batch
            logger.exception("extraction failed", extra={"key": provenance["raw_key"],
                                                         "offset": provenance["raw_offset"]})
            _reject(part, provenance, "extract_error", f"{type(error).__name__}: {error}", len(raw))
            return
        if not article.is_article:
            _reject(part, provenance, "not_article", f"{article.word_count} words, title {article.title!r}", len(raw))
            return
        ingested_at = provenance.pop("event_time") or self.now
        part.rows.append(article.to_record() | provenance | {
            "raw_sha256": hashlib.sha256(raw).hexdigest(),
            "ingested_at": ingested_at,
            "dt": partition_date(article.published_at, ingested_at),
        })
        part.counts["articles"] += 1

    # ------------------------------------------------------------ the batch's files

    def write(self) -> dict:
        """One articles file and one manifest for the batch (each only when non-empty)."""
        batch = self.batch
        written = {}
        rows = batch.finished_rows()
        if rows:
            key = articles_key(batch.ingest_dt, batch.id)
            self.s3.put_object(Bucket=_bucket(batch), Key=key, Body=to_parquet_bytes(rows, ARTICLE_SCHEMA),
                               ContentType="application/vnd.apache.parquet")
            written["articles"] = key
        if batch.rejects:
            key = manifest_key("parse", batch.ingest_dt, batch.id)
            self.s3.put_object(Bucket=_bucket(batch), Key=key, Body=batch.manifest(),
                               ContentType="application/x-ndjson")
            written["manifest"] = key
        return written


def _provenance(ref: S3ObjectRef, offset: int | None) -> dict:
    return {"raw_bucket": ref.bucket, "raw_key": ref.key, "raw_version": ref.version, "raw_offset": offset,
            "event_time": ref.event_time}


def _reject(part: Part, provenance: dict, reason: str, detail: str, size: int | None) -> None:
    line = {k: v for k, v in provenance.items() if k != "event_time"}
    part.rejects.append(line | {"stage": "parse", "reason": reason, "detail": detail, "size": size})
    part.counts[f"quarantined:{reason}"] += 1


def _reject_missing(ref: S3ObjectRef, part: Part) -> None:
    logger.warning("object gone before it was read", extra={"key": ref.key})
    _reject(part, _provenance(ref, None), "missing", "deleted before it was read", None)


def _bucket(batch: Batch) -> str:
    """The bucket of the batch's objects: rows and rejects name it; the output goes beside them."""
    first = batch.rows[0] if batch.rows else batch.rejects[0]
    return first["raw_bucket"]


def run(event, s3, *, now: datetime | None = None, remaining_ms=None) -> dict:
    """Handle one event; returns the partial-batch response and what was written."""
    invocation = Invocation(s3, now or datetime.now(timezone.utc), remaining_ms)
    deliveries = list(iter_deliveries(event))
    invocation.read_ahead(deliveries)
    try:
        for delivery in deliveries:
            invocation.handle(delivery)
    finally:
        invocation.pages.close()
    written = invocation.write()
    batch = invocation.batch
    for name, count in batch.counts.items():
        metric = name.replace("quarantined:", "Quarantined_").replace("skipped:", "Skipped_")
        metrics.add_metric(name=metric if metric != "articles" else "ArticlesWritten", unit=MetricUnit.Count,
                           value=count)
    if batch.rejects:
        metrics.add_metric(name="Quarantined", unit=MetricUnit.Count, value=len(batch.rejects))
    logger.info("batch done", extra={"batch_id": batch.id, "written": written, "counts": dict(batch.counts),
                                     "failures": len(invocation.failures)})
    return {"batchItemFailures": [{"itemIdentifier": m} for m in invocation.failures],
            "batch_id": batch.id if written else None, "written": written, "counts": dict(batch.counts),
            "rejects": [{"key": r["raw_key"], "offset": r["raw_offset"], "reason": r["reason"], "detail": r["detail"]}
                        for r in batch.rejects]}


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    return run(event, s3_client(), remaining_ms=getattr(context, "get_remaining_time_in_millis", None))

"""Parse Lambda: a batch of raw/ objects -> one articles Parquet per batch in staging/.

The function consumes the raw queue (S3 notifications in SQS messages) in batches.
Every page of the batch, whether a single object or a record of a WARC bundle,
becomes one row of `staging/articles/ingest_dt=<day>/<batch_id>.parquet`; every page
that is not an article becomes one line of the batch's quarantine manifest
(`quarantine/parse/ingest_dt=<day>/<batch_id>.jsonl`), and the raw object stays where
it is. The batch id depends only on what the batch read, so a redelivered batch
rewrites its own file.

Retries: one message's AWS error makes that message alone a `batchItemFailures` entry
(its rows stay out of the file; SQS redelivers it). Bad input never raises. An
invocation reads at most `PRESSLAKE_WARC_RANGE_RECORDS` WARC records: a WARC file too
large for its byte or record budget is read by others, its byte ranges queued on the
range queue, which feeds this function too. Messages left when the time budget runs low
are handed back the same way, so no invocation is asked to do 15 minutes of work.
Every object announced is named by a row, a manifest line or a counted, logged skip.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from datetime import datetime, timezone

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import BotoCoreError, ClientError

from presslake.article.extract import extract_article
from presslake.article.rawinput import RejectedInput
from presslake.article.warc import (NotSplittable, WarcPage, WarcReader, group_ranges, is_warc_key, plan_ranges,
                                    record_spans)
from presslake.handlers.common import traced
from presslake.handlers.events import Delivery, S3ObjectRef, WarcRange, iter_deliveries
from presslake.handlers.s3io import Lookahead, is_missing, s3_client, sqs_client
from presslake.lake.batch import Batch, Part, object_identity, uploaded_article_id
from presslake.lake.keys import articles_key, manifest_key
from presslake.lake.schema import ARTICLE_SCHEMA, partition_date, to_parquet_bytes

logger = Logger(service="presslake-parse")
metrics = Metrics(namespace="presslake", service="parse")

DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024
# WARC bytes one invocation reads itself; beyond this, files go to the range queue.
DEFAULT_INLINE_WARC_BYTES = 64 * 1024 * 1024
# WARC records one invocation reads, and so per queued byte range: about 330 pages of a scraper
# bundle (three records a page), 10-15 s of parsing. The range queue hands over one range at a time.
DEFAULT_WARC_RANGE_RECORDS = 1000
# Single pages read ahead of the one being parsed (each at most PRESSLAKE_MAX_RAW_BYTES in memory).
READ_AHEAD = 4
# Hand the remaining messages back when less than this is left of the invocation.
SAFETY_MARGIN_MS = 60_000
AWS_ERRORS = (ClientError, BotoCoreError)


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


class Invocation:
    """The state of one handler call: settings, the batch being built, the WARC budgets (bytes, records)."""

    def __init__(self, s3, now: datetime, remaining_ms=None):
        self.s3 = s3
        self.now = now
        self.remaining_ms = remaining_ms
        self.max_raw_bytes = _setting("PRESSLAKE_MAX_RAW_BYTES", DEFAULT_MAX_RAW_BYTES)
        self.inline_warc_left = _setting("PRESSLAKE_INLINE_WARC_BYTES", DEFAULT_INLINE_WARC_BYTES)
        self.range_records = _setting("PRESSLAKE_WARC_RANGE_RECORDS", DEFAULT_WARC_RANGE_RECORDS)
        self.warc_records_left = self.range_records
        self.range_queue = os.environ.get("PRESSLAKE_RANGE_QUEUE_URL")
        self.batch = Batch(now=now)
        self.read: set[str] = set()  # what the committed deliveries read: a second delivery of it is skipped
        self.failures: list[str] = []
        self.pages = Lookahead(self.fetch_page, [])  # read_ahead starts it

    def read_ahead(self, deliveries: list[Delivery]) -> None:
        """Start reading the single pages of these deliveries, in the order they will be parsed (each once)."""
        refs: dict[str, S3ObjectRef] = {}
        for ref in (ref for d in deliveries if not d.problem for ref in d.refs):
            if ref.key.startswith("raw/") and not is_warc_key(ref.key) and \
                    (ref.size is None or ref.size <= self.max_raw_bytes):
                refs.setdefault(_read_identity(ref), ref)  # the first delivery is the one read
        self.pages = Lookahead(self.fetch_page, list(refs.values()), READ_AHEAD)

    def out_of_time(self) -> bool:
        return self.remaining_ms is not None and self.remaining_ms() < SAFETY_MARGIN_MS

    # ------------------------------------------------------------ one delivery

    def handle(self, delivery: Delivery) -> None:
        if delivery.problem:
            logger.warning("malformed delivery skipped", extra={"message_id": delivery.message_id,
                                                                 "problem": delivery.problem})
            metrics.add_metric(name="MalformedEvents", unit=MetricUnit.Count, value=1)
            self.batch.counts["skipped:malformed_message"] += 1
            return
        if delivery.message_id is not None and self.out_of_time():
            self.failures.append(delivery.message_id)  # handed back: SQS redelivers it to a fresh invocation
            metrics.add_metric(name="Deferred", unit=MetricUnit.Count, value=1)
            return
        part = Part()
        read: set[str] = set()
        for reason in delivery.skipped:
            _skip(part, reason, {"message_id": delivery.message_id})
        if delivery.backfill_run is not None:
            part.identities.append(f"backfill:{delivery.backfill_run}")  # a reprocessing run writes its own files
        try:
            for ref in delivery.refs:
                if self.first_read(_read_identity(ref), read, part, ref):
                    self.read_object(ref, part)
            warc_range = delivery.warc_range
            if warc_range is not None and self.first_read(_range_identity(warc_range), read, part, warc_range.ref):
                if self.warc_records_left <= 0 and self.range_queue:
                    self.enqueue([warc_range])  # this invocation has read its share of records
                    part.counts["warc_ranges_requeued"] += 1
                else:
                    self.read_warc_range(warc_range, part)
        except AWS_ERRORS:
            if delivery.message_id is None:
                raise  # a direct or EventBridge invocation: Lambda's own retry
            logger.exception("AWS error; the message is retried alone", extra={"message_id": delivery.message_id})
            self.failures.append(delivery.message_id)
            return
        self.batch.commit(part)
        self.read |= read

    def first_read(self, identity: str, read: set[str], part: Part, ref: S3ObjectRef) -> bool:
        """True the first time this invocation meets an object version (or WARC range); a repeat
        (S3 and SQS deliver at least once) is a counted skip: the first delivery names it."""
        if identity in read or identity in self.read:
            part.times.append(ref.event_time or self.now)  # the ingest day does not depend on which came first
            _skip(part, "duplicate_delivery", {"key": ref.key, "version": ref.version})
            return False
        read.add(identity)
        return True

    def read_object(self, ref: S3ObjectRef, part: Part) -> None:
        if not ref.key.startswith("raw/"):
            _skip(part, "ignored_prefix", {"key": ref.key})
            return
        part.times.append(ref.event_time or self.now)
        if is_warc_key(ref.key):
            self.read_warc(ref, part)
            return
        part.identities.append(_read_identity(ref))
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
        """Read a bundle here while the invocation's WARC budgets (bytes and records) last; else index
        it and queue its byte ranges of `WarcRangeRecords` records, which other invocations read in parallel."""
        size = ref.size if ref.size is not None else self.s3.head_object(Bucket=ref.bucket, Key=ref.key)["ContentLength"]
        if not self.range_queue or (size <= self.inline_warc_left and self.warc_records_left > 0):
            self.inline_warc_left -= size
            self.read_warc_range(WarcRange(ref, 0, None), part)
            return
        part.identities.append(object_identity(ref.bucket, ref.key, ref.version))
        if size <= self.inline_warc_left:  # the record budget is spent: one range, split further by its reader
            self.enqueue([WarcRange(ref, 0, None)])
            part.counts["warc_ranges_queued"] += 1
            return
        response = self.get(ref, part)
        if response is None:
            return
        ranges = [WarcRange(ref, 0, None)]
        try:
            ranges = [WarcRange(ref, start, end) for start, end in
                      plan_ranges(record_spans(response["Body"]), records_per_range=self.range_records)] or ranges
        except NotSplittable:
            pass  # a whole-file gzip: the invocation that reads it queues the records past its budget
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
        """Parse the range's records while the invocation's record budget lasts; index the rest
        (a cheap pass: no extraction) and queue it as ranges for other invocations."""
        ref = warc_range.ref
        part.times.append(ref.event_time or self.now)
        response = self.get(ref, part, warc_range.http_range)
        if response is None:
            part.identities.append(_range_identity(warc_range))
            return
        version = response.get("VersionId") or ref.version or (response.get("ETag") or "").strip('"')
        reader = WarcReader(response["Body"], max_payload_bytes=self.max_raw_bytes, base_offset=warc_range.start)
        last = None if warc_range.count is None else warc_range.first + warc_range.count
        left: list[tuple[int, int]] = []  # (index, offset) of the records left to other invocations
        for index, item in enumerate(reader):
            if index < warc_range.first:
                continue
            if last is not None and index >= last:
                break
            if self.warc_records_left <= 0 and self.range_queue:
                left.append((index, item.offset))
                continue
            self.warc_records_left -= 1
            part.counts["warc_records"] += 1
            provenance = _provenance(ref, item.offset) | {"raw_version": version}
            if isinstance(item, WarcPage):
                self.parse_page(item.body, url=item.url, content_type=item.content_type,
                                provenance=provenance, part=part)
            elif item.bad:
                _reject(part, provenance, item.reason, item.detail, None)
            else:
                part.counts[f"skipped:{item.reason.split(':')[0]}"] += 1
        if not left:
            part.identities.append(_range_identity(warc_range))
            return
        rest = _rest_of(warc_range, left, reader.splittable, self.range_records)
        part.identities.append(_range_identity(_read_part(warc_range, left[0], reader.splittable)))
        self.enqueue(rest)
        part.counts["warc_ranges_queued"] += len(rest)
        logger.info("WARC records over the invocation's budget queued as ranges",
                    extra={"key": ref.key, "records": len(left), "ranges": len(rest)})

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
        record = article.to_record()
        if not record["canonical_url"]:
            record["article_id"] = uploaded_article_id(url, provenance["raw_key"])
        part.rows.append(record | provenance | {
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
        if batch.rejects or batch.copies:
            key = manifest_key("parse", batch.ingest_dt, batch.id)
            self.s3.put_object(Bucket=_bucket(batch), Key=key, Body=batch.manifest(),
                               ContentType="application/x-ndjson")
            written["manifest"] = key
        return written


def _read_identity(ref: S3ObjectRef) -> str:
    return object_identity(ref.bucket, ref.key, ref.version)


def _range_identity(warc_range: WarcRange) -> str:
    ref = warc_range.ref
    return object_identity(ref.bucket, ref.key, ref.version, (warc_range.start, warc_range.end),
                           (warc_range.first, warc_range.count))


def _read_part(warc_range: WarcRange, first_left: tuple[int, int], splittable: bool) -> WarcRange:
    """What was read of a range cut at its first record left (index, offset) to others."""
    index, offset = first_left
    if splittable:
        return replace(warc_range, end=offset)
    return replace(warc_range, count=index - warc_range.first)


def _rest_of(warc_range: WarcRange, left: list[tuple[int, int]], splittable: bool, per_range: int) -> list[WarcRange]:
    """The records left (index, offset) as ranges of at most `per_range` records: byte ranges when the
    offsets are the file's, else (a whole-file gzip) record windows, each read from the start of the file."""
    if splittable:
        return [WarcRange(warc_range.ref, start, end) for start, end in
                group_ranges([offset for _, offset in left], records_per_range=per_range, end=warc_range.end)]
    firsts = [index for index, _ in left][::per_range]
    end = None if warc_range.count is None else warc_range.first + warc_range.count
    return [replace(warc_range, first=first, count=None if following is None else following - first)
            for first, following in zip(firsts, firsts[1:] + [end])]


# Skips that are part of normal operation are logged at INFO; the others say something is wrong upstream.
_ROUTINE_SKIPS = {"duplicate_delivery", "s3_test_event", "folder_marker", "not_object_created"}


def _skip(part: Part, reason: str, context: dict) -> None:
    """An announced record or object that needs no row and no manifest line: logged and counted."""
    log = logger.info if reason in _ROUTINE_SKIPS else logger.warning
    log("skipped", extra={"reason": reason} | context)
    part.counts[f"skipped:{reason}"] += 1


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
    if batch.copies:  # copies are manifest lines, not articles written
        batch.counts["articles"] -= batch.copies
        batch.counts["duplicates_in_batch"] = batch.copies
    for name, count in batch.counts.items():
        metric = name.replace("quarantined:", "Quarantined_").replace("skipped:", "Skipped_")
        metric = {"articles": "ArticlesWritten", "duplicates_in_batch": "DuplicatesInBatch"}.get(metric, metric)
        metrics.add_metric(name=metric, unit=MetricUnit.Count, value=count)
    if batch.rejects:
        metrics.add_metric(name="Quarantined", unit=MetricUnit.Count, value=len(batch.rejects))
    logger.info("batch done", extra={"batch_id": batch.id, "written": written, "counts": dict(batch.counts),
                                     "failures": len(invocation.failures)})
    return {"batchItemFailures": [{"itemIdentifier": m} for m in invocation.failures],
            "batch_id": batch.id if written else None, "written": written, "counts": dict(batch.counts),
            "rejects": [{"key": r["raw_key"], "offset": r["raw_offset"], "reason": r["reason"], "detail": r["detail"]}
                        for r in batch.manifest_lines()]}


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    return run(event, s3_client(), remaining_ms=getattr(context, "get_remaining_time_in_millis", None))

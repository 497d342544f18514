"""Decode the events that announce new S3 objects into object references. Pure code.

Handles S3 notifications (keys URL-encoded, spaces as '+'), the `s3:TestEvent` S3 sends
when a notification is configured, S3 notifications wrapped in SQS messages (the parse
function's queue), EventBridge "Object Created" events (keys not encoded), and the
WARC byte-range messages the parse function queues for itself. A record that names no
new object (a test event, a folder marker, a deletion, a malformed record such as one
without a bucket name) is reported by a skip reason, never raised: retrying cannot fix it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote_plus

# The body of a queued WARC byte range carries this key.
WARC_RANGE_MESSAGE = "presslake_warc_range"


@dataclass(frozen=True)
class S3ObjectRef:
    bucket: str
    key: str
    size: int | None = None
    etag: str | None = None
    version_id: str | None = None
    event_name: str | None = None
    event_time: datetime | None = None

    @property
    def version(self) -> str | None:
        """What pins this object's content: its version id, else its ETag."""
        return self.version_id or self.etag


@dataclass(frozen=True)
class WarcRange:
    """Bytes [start, end) of a WARC object (end None: to the end), read with a ranged GET; of
    those, the records [first, first + count) (count None: all). Only a whole-file gzip, whose
    records have no byte offsets, is split by records."""

    ref: S3ObjectRef
    start: int
    end: int | None
    first: int = 0
    count: int | None = None

    @property
    def http_range(self) -> str | None:
        if not self.start and self.end is None:
            return None
        return f"bytes={self.start}-{'' if self.end is None else self.end - 1}"

    def to_message(self) -> str:
        ref = self.ref
        return json.dumps({WARC_RANGE_MESSAGE: {
            "bucket": ref.bucket, "key": ref.key, "size": ref.size, "etag": ref.etag, "version_id": ref.version_id,
            "event_time": ref.event_time.isoformat() if ref.event_time else None,
            "start": self.start, "end": self.end, "first": self.first, "count": self.count}})

    @staticmethod
    def from_message(body: dict) -> WarcRange:
        fields = body[WARC_RANGE_MESSAGE]
        ref = S3ObjectRef(bucket=fields["bucket"], key=fields["key"], size=fields.get("size"),
                          etag=fields.get("etag"), version_id=fields.get("version_id"),
                          event_time=_time(fields.get("event_time")))
        start, end, count = int(fields["start"]), fields.get("end"), fields.get("count")
        return WarcRange(ref, start, None if end is None else int(end), int(fields.get("first") or 0),
                         None if count is None else int(count))


@dataclass(frozen=True)
class Delivery:
    """One unit of retry: an SQS message (message_id) or a whole direct event (message_id None)."""

    message_id: str | None
    refs: tuple[S3ObjectRef, ...] = ()
    warc_range: WarcRange | None = None
    problem: str | None = None  # why nothing could be decoded from it
    backfill_run: str | None = None  # a reprocessing run: its batches get their own ids
    skipped: tuple[str, ...] = ()  # why each of its records that named no new object was skipped


def _time(value) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _bucket_name(bucket) -> str | None:
    name = bucket.get("name") if isinstance(bucket, dict) else None
    return name if isinstance(name, str) and name else None


def _from_notification_record(record: dict) -> S3ObjectRef | None:
    s3 = record.get("s3")
    obj = s3.get("object") if isinstance(s3, dict) else None
    if not isinstance(obj, dict) or not isinstance(obj.get("key"), str) or not _bucket_name(s3.get("bucket")):
        return None
    return S3ObjectRef(
        bucket=_bucket_name(s3["bucket"]),
        key=unquote_plus(obj["key"]),
        size=obj.get("size") if isinstance(obj.get("size"), int) else None,
        etag=obj.get("eTag"),
        version_id=obj.get("versionId"),
        event_name=record.get("eventName"),
        event_time=_time(record.get("eventTime")),
    )


def _from_eventbridge(event: dict) -> S3ObjectRef | None:
    detail = event.get("detail")
    obj = detail.get("object") if isinstance(detail, dict) else None
    if not isinstance(obj, dict) or not isinstance(obj.get("key"), str) or not _bucket_name(detail.get("bucket")):
        return None
    return S3ObjectRef(bucket=_bucket_name(detail["bucket"]), key=obj["key"],
                       size=obj.get("size") if isinstance(obj.get("size"), int) else None,
                       etag=obj.get("etag"), version_id=obj.get("version-id"),
                       event_name=event.get("detail-type"), event_time=_time(event.get("time")))


def _checked(ref: S3ObjectRef | None) -> S3ObjectRef | str:
    if ref is None or not ref.key:
        return "malformed_record"
    return "folder_marker" if ref.key.endswith("/") else ref


def _decode(event) -> Iterator[S3ObjectRef | str]:
    """Every new object an event announces, and a skip reason for each record that announces none."""
    if not isinstance(event, dict):
        yield "malformed_record"
        return
    if event.get("Event") == "s3:TestEvent":
        yield "s3_test_event"
        return
    if event.get("source") == "aws.s3" and "detail" in event:
        if event.get("detail-type", "Object Created") == "Object Created":
            yield _checked(_from_eventbridge(event))
        else:
            yield "not_object_created"
        return
    records = event.get("Records")
    if not isinstance(records, list):
        yield "malformed_record"
        return
    for record in records:
        if not isinstance(record, dict):
            yield "malformed_record"
        elif record.get("eventSource") == "aws:sqs":
            for delivery in _sqs_delivery(record):
                yield from delivery.refs
                yield from delivery.skipped + (("malformed_message",) if delivery.problem else ())
        elif not str(record.get("eventName", "ObjectCreated")).startswith("ObjectCreated"):
            yield "not_object_created"
        else:
            yield _checked(_from_notification_record(record))


def iter_object_refs(event) -> Iterator[S3ObjectRef]:
    """Every new object an event announces; test events, deletions and malformed records yield nothing."""
    for item in _decode(event):
        if isinstance(item, S3ObjectRef):
            yield item


def _delivery(message_id: str | None, event) -> Delivery:
    decoded = list(_decode(event))
    return Delivery(message_id, refs=tuple(i for i in decoded if isinstance(i, S3ObjectRef)),
                    skipped=tuple(i for i in decoded if isinstance(i, str)))


def _sqs_delivery(record: dict) -> Iterator[Delivery]:
    message_id = record.get("messageId")
    try:
        body = json.loads(record.get("body") or "")
    except (TypeError, ValueError):
        yield Delivery(message_id, problem="SQS body is not JSON")
        return
    if isinstance(body, dict) and WARC_RANGE_MESSAGE in body:
        try:
            yield Delivery(message_id, warc_range=WarcRange.from_message(body))
        except (KeyError, TypeError, ValueError) as error:
            yield Delivery(message_id, problem=f"bad WARC range message: {type(error).__name__}: {error}")
        return
    if isinstance(body, dict) and body.get("Type") == "Notification" and isinstance(body.get("Message"), str):
        yield from _sqs_delivery(record | {"body": body["Message"]})  # S3 -> SNS -> SQS
        return
    yield _delivery(message_id, body)


def _backfill_delivery(event: dict) -> Delivery:
    """A batch of a backfill: Step Functions' Distributed Map with an S3 ListObjectsV2 reader and an
    item batcher sends {"Items": [{"Key", "Size", "Etag", ...}], "BatchInput": {"bucket", "run", "run_time"}}.

    The run's start time is every object's event time, so all of a run's batches, and a batch
    retried on another day, get the run's time and ingest day, not the invocation's clock.
    """
    batch_input = event.get("BatchInput")
    if not isinstance(batch_input, dict) or not isinstance(batch_input.get("bucket"), str):
        return Delivery(None, problem="backfill batch without BatchInput.bucket")
    run_time = _time(batch_input.get("run_time"))
    decoded = [_checked(S3ObjectRef(bucket=batch_input["bucket"], key=item["Key"],
                                    size=item.get("Size") if isinstance(item.get("Size"), int) else None,
                                    etag=str(item.get("Etag") or item.get("ETag") or "").strip('"') or None,
                                    event_time=run_time))
               if isinstance(item, dict) and isinstance(item.get("Key"), str) else "malformed_record"
               for item in event["Items"]]
    return Delivery(None, refs=tuple(i for i in decoded if isinstance(i, S3ObjectRef)),
                    skipped=tuple(i for i in decoded if isinstance(i, str)),
                    backfill_run=str(batch_input.get("run") or ""))


def iter_deliveries(event) -> Iterator[Delivery]:
    """The units of retry of an event: each SQS message on its own, or the whole event."""
    records = event.get("Records") if isinstance(event, dict) else None
    if isinstance(records, list) and records and all(
            isinstance(r, dict) and r.get("eventSource") == "aws:sqs" for r in records):
        for record in records:
            yield from _sqs_delivery(record)
        return
    if not isinstance(event, dict):
        yield Delivery(None, problem=f"event is a {type(event).__name__}, not an object")
        return
    if isinstance(event.get("Items"), list):
        yield _backfill_delivery(event)
        return
    yield _delivery(None, event)

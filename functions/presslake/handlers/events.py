"""Decode the events that announce new S3 objects into (bucket, key) references.

Pure code. Handles S3 notifications (keys URL-encoded, spaces as '+'), the
`s3:TestEvent` S3 sends when a notification is configured, S3 notifications
wrapped in SQS messages, and EventBridge "Object Created" events (keys not encoded).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote_plus


@dataclass(frozen=True)
class S3ObjectRef:
    bucket: str
    key: str
    size: int | None = None
    etag: str | None = None
    version_id: str | None = None
    event_name: str | None = None


def _from_notification_record(record: dict) -> S3ObjectRef | None:
    s3 = record.get("s3") or {}
    obj = s3.get("object") or {}
    if "key" not in obj:
        return None
    return S3ObjectRef(
        bucket=(s3.get("bucket") or {}).get("name", ""),
        key=unquote_plus(obj["key"]),
        size=obj.get("size"),
        etag=obj.get("eTag"),
        version_id=obj.get("versionId"),
        event_name=record.get("eventName"),
    )


def iter_object_refs(event: dict) -> Iterator[S3ObjectRef]:
    """Every object an event announces; test events and deletions yield nothing."""
    if event.get("Event") == "s3:TestEvent":
        return
    if event.get("source") == "aws.s3" and "detail" in event:
        detail = event["detail"]
        obj = detail.get("object", {})
        yield S3ObjectRef(bucket=detail.get("bucket", {}).get("name", ""), key=obj.get("key", ""),
                          size=obj.get("size"), etag=obj.get("etag"), version_id=obj.get("version-id"),
                          event_name=event.get("detail-type"))
        return
    for record in event.get("Records") or []:
        if record.get("eventSource") == "aws:sqs":
            yield from iter_object_refs(json.loads(record.get("body") or "{}"))
            continue
        if not str(record.get("eventName", "ObjectCreated")).startswith("ObjectCreated"):
            continue
        ref = _from_notification_record(record)
        if ref is not None and ref.key and not ref.key.endswith("/"):
            yield ref

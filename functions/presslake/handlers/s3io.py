"""The few S3 operations the handlers share: boto3 lives here, not in the pure modules."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import cache

import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

from presslake.lake.keys import quarantine_keys

# S3 refuses CopyObject above 5 GiB; such an object stays in place and only its reason is written.
MAX_COPY_BYTES = 5 * 1024**3
_MISSING_CODES = {"NoSuchKey", "404", "NotFound"}


@cache
def s3_client():
    """One client per execution environment, created on first use (after moto starts in tests).

    botocore directly, not boto3: boto3 adds s3transfer and ~30 ms of imports we never use.
    """
    return botocore.session.get_session().create_client(
        "s3", config=Config(retries={"mode": "standard", "max_attempts": 5}))


def is_missing(error: ClientError) -> bool:
    """The object was deleted (or overwritten away) between the event and our read."""
    return error.response.get("Error", {}).get("Code") in _MISSING_CODES


def quarantine(s3, *, bucket: str, key: str, reason: str, detail: str, size: int | None,
               stage: str, extra: dict | None = None) -> str:
    """Copy a rejected object to quarantine/ with a JSON reason beside it. Returns the reason key.

    Deterministic keys: a retried event rewrites the same two objects.
    """
    copy_key, reason_key = quarantine_keys(key)
    copied = size is None or size <= MAX_COPY_BYTES
    if copied:
        s3.copy_object(Bucket=bucket, Key=copy_key, CopySource={"Bucket": bucket, "Key": key})
    document = {
        "reason": reason,
        "detail": detail,
        "stage": stage,
        "source": f"s3://{bucket}/{key}",
        "copy": f"s3://{bucket}/{copy_key}" if copied else None,
        "size": size,
        "quarantined_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **(extra or {}),
    }
    s3.put_object(Bucket=bucket, Key=reason_key, Body=json.dumps(document, indent=2).encode(),
                  ContentType="application/json")
    return reason_key

"""The AWS clients the handlers share: botocore lives here, not in the pure modules."""

from __future__ import annotations

from functools import cache

import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

_MISSING_CODES = {"NoSuchKey", "NoSuchVersion", "404", "NotFound"}
_RETRIES = Config(retries={"mode": "standard", "max_attempts": 5})


@cache
def s3_client():
    """One client per execution environment, created on first use (after moto starts in tests).

    botocore directly, not boto3: boto3 adds s3transfer and ~30 ms of imports we never use.
    """
    return botocore.session.get_session().create_client("s3", config=_RETRIES)


@cache
def sqs_client():
    """For queuing WARC byte ranges; created on first use, like the S3 client."""
    return botocore.session.get_session().create_client("sqs", config=_RETRIES)


def is_missing(error: ClientError) -> bool:
    """The object (or the announced version) was deleted between the event and our read."""
    return error.response.get("Error", {}).get("Code") in _MISSING_CODES

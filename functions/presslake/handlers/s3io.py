"""The AWS clients the handlers share: botocore lives here, not in the pure modules."""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
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


class Lookahead:
    """`fetch` run on the next few items in threads while the caller works on the current one.

    A GET waits tens of milliseconds for S3's first byte, billed Lambda time when the reads
    are serial; read ahead, that wait overlaps parsing. At most `ahead` fetches are started
    and not yet taken, so memory stays bounded. botocore clients are thread-safe.
    """

    def __init__(self, fetch, items, ahead: int = 4):
        self._fetch = fetch
        self._waiting = deque(items)
        self._started: dict[object, deque[Future]] = {}
        self._ahead = ahead
        self._outstanding = 0
        self._pool = ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="lookahead") if items else None
        self._top_up()

    def _top_up(self) -> None:
        while self._waiting and self._outstanding < self._ahead:
            item = self._waiting.popleft()
            self._started.setdefault(item, deque()).append(self._pool.submit(self._fetch, item))
            self._outstanding += 1

    def result(self, item):
        """What `fetch(item)` returns or raises: read ahead if it was, else fetched now."""
        started = self._started.get(item)
        if not started:
            return self._fetch(item)
        future = started.popleft()
        self._outstanding -= 1
        self._top_up()
        return future.result()

    def close(self) -> None:
        """Cancel what has not started (items never taken: messages handed back)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

"""One batch of raw objects becomes one articles file and one quarantine manifest. Pure.

A batch's identity is its content: the raw objects (key and version) and WARC byte
ranges it read. The same batch delivered again gets the same id, the same ingest date
and the same rows, so it rewrites its own file; a different batch never shares a file.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone


def batch_id(identities: list[str]) -> str:
    """Hex id of a batch from the identities of what it read (order and repeats do not matter)."""
    digest = hashlib.sha256("\n".join(sorted(set(identities))).encode())
    return digest.hexdigest()[:32]


def object_identity(bucket: str, key: str, version: str | None, byte_range: tuple[int, int | None] | None = None) -> str:
    identity = f"s3://{bucket}/{key}@{version or ''}"
    if byte_range is not None:
        identity += f"#{byte_range[0]}-{'' if byte_range[1] is None else byte_range[1]}"
    return identity


@dataclass
class Part:
    """What one delivery (one SQS message) adds to the batch; kept apart until it succeeds,
    so a delivery that fails half-way adds no rows and is retried alone."""

    identities: list[str] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


@dataclass
class Batch:
    """The committed parts of one invocation."""

    now: datetime
    identities: list[str] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def commit(self, part: Part) -> None:
        self.identities += part.identities
        self.times += part.times
        self.rows += part.rows
        self.rejects += part.rejects
        self.counts += part.counts

    @property
    def id(self) -> str:
        return batch_id(self.identities)

    @property
    def ingest_dt(self) -> str:
        """The day the batch's earliest object arrived (its S3 event time), else today.

        Taken from the events, not the clock, so a retry after midnight writes the same key.
        """
        first = min(self.times, default=self.now)
        return first.astimezone(timezone.utc).date().isoformat()

    def finished_rows(self) -> list[dict]:
        """Article rows with the batch id; one row per article_id (the newest in the batch)."""
        newest: dict[str, dict] = {}
        for row in self.rows:
            kept = newest.get(row["article_id"])
            if kept is None or (row["ingested_at"], row["raw_key"], row["raw_offset"] or 0) > \
                    (kept["ingested_at"], kept["raw_key"], kept["raw_offset"] or 0):
                newest[row["article_id"]] = row
        batch_id = self.id  # a hash of every identity: computed once, not per row
        return [row | {"batch_id": batch_id} for row in newest.values()]

    def manifest(self) -> bytes:
        """JSON lines, one per rejected object or WARC record, in a stable order."""
        batch_id = self.id
        lines = sorted((reject | {"batch_id": batch_id} for reject in self.rejects),
                       key=lambda r: (r["raw_key"], r.get("raw_offset") or 0, r["reason"]))
        return "".join(json.dumps(line, sort_keys=True, default=str) + "\n" for line in lines).encode()

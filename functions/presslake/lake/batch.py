"""One batch of raw objects becomes one articles file and one quarantine manifest. Pure.

A batch's identity is its content: the raw objects (key and version) and WARC byte
ranges it read, and its ingest day. The same batch delivered again gets the same id, the
same ingest date and the same rows, so it rewrites its own file; a different batch never
shares a file, and one batch id never lands in two ingest_dt partitions.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property


def batch_id(identities: list[str]) -> str:
    """Hex id of a batch from the identities of what it read (order and repeats do not matter)."""
    digest = hashlib.sha256("\n".join(sorted(set(identities))).encode())
    return digest.hexdigest()[:32]


def object_identity(bucket: str, key: str, version: str | None, byte_range: tuple[int, int | None] | None = None,
                    records: tuple[int, int | None] | None = None) -> str:
    """What one read was: an object version, a byte range of it, and records [first, first + count) of that."""
    identity = f"s3://{bucket}/{key}@{version or ''}"
    if byte_range is not None:
        identity += f"#{byte_range[0]}-{'' if byte_range[1] is None else byte_range[1]}"
    if records is not None and records != (0, None):
        identity += f"/records={records[0]}+{'' if records[1] is None else records[1]}"
    return identity


def uploaded_article_id(source_url: str | None, raw_key: str) -> str:
    """The id of a page without a canonical URL: where it came from (the uploader's source URL or
    the WARC record's URI, else its object key) is its identity, so a new version of the same
    object is the same article; an id from its content would make every edit a new article."""
    basis = f"source:{source_url}" if source_url else f"key:{raw_key}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def _newness(row: dict) -> tuple:
    """Within a batch the newest upload wins; key and offset break ties, as the merge's SQL does."""
    return row["ingested_at"], row["raw_key"], row["raw_offset"] or 0


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
    """The committed parts of one invocation. Read its id, rows and manifest once all parts are in."""

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
        self.__dict__.pop("_deduplicated", None)  # computed from the rows: stale once more come in

    @property
    def id(self) -> str:
        """A hash of every identity and of the ingest day: a batch retried on another day (its
        times from the clock) is another batch, never the same id in two partitions."""
        return batch_id(self.identities + [f"ingest_dt={self.ingest_dt}"])

    @property
    def ingest_dt(self) -> str:
        """The day the batch's earliest object arrived (its S3 event time), else today.

        Taken from the events, not the clock, so a retry after midnight writes the same key.
        """
        first = min(self.times, default=self.now)
        return first.astimezone(timezone.utc).date().isoformat()

    @cached_property
    def _deduplicated(self) -> tuple[list[dict], list[dict]]:
        """(one row per article_id, the newest; a manifest line for each copy left out)."""
        newest: dict[str, dict] = {}
        for row in self.rows:
            kept = newest.get(row["article_id"])
            if kept is None or _newness(row) > _newness(kept):
                newest[row["article_id"]] = row
        copies = []
        for row in self.rows:
            kept = newest[row["article_id"]]
            if row is not kept:
                copies.append({name: row[name] for name in ("raw_bucket", "raw_key", "raw_version", "raw_offset")} | {
                    "stage": "parse", "reason": "duplicate_in_batch", "size": None,
                    "detail": f"article {row['article_id']} is kept from another object of this batch",
                    "kept_key": kept["raw_key"], "kept_version": kept["raw_version"],
                    "kept_offset": kept["raw_offset"]})
        return list(newest.values()), copies

    @property
    def copies(self) -> int:
        """Rows left out as copies of an article kept from another object of the batch."""
        return len(self._deduplicated[1])

    def finished_rows(self) -> list[dict]:
        """Article rows with the batch id; one row per article_id (the newest in the batch)."""
        batch_id = self.id  # a hash of every identity: computed once, not per row
        return [row | {"batch_id": batch_id} for row in self._deduplicated[0]]

    def manifest_lines(self) -> list[dict]:
        """One line per rejected object or WARC record and per copy left out, in a stable order."""
        batch_id = self.id
        return sorted((line | {"batch_id": batch_id} for line in self.rejects + self._deduplicated[1]),
                      key=lambda r: (r["raw_key"], r.get("raw_offset") or 0, r["reason"], r.get("raw_version") or ""))

    def manifest(self) -> bytes:
        """JSON lines, one per rejected object or WARC record."""
        return "".join(json.dumps(line, sort_keys=True, default=str) + "\n" for line in self.manifest_lines()).encode()

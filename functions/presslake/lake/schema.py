"""The Arrow schemas of the datasets: the one source of truth.

Glue tables in template.yaml are checked against these by a test. Columns may
only be appended at the end and a type never changes (Athena reads old files by
position and name; HIVE_PARTITION_SCHEMA_MISMATCH otherwise). Timestamps are
milliseconds in UTC, which Athena and Glue read correctly. Batch files are
partitioned by ingest date (`ingest_dt=YYYY-MM-DD` in the path, not stored in the
files); the publication date `dt` is a column, the partition of the merged tables.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq

TIMESTAMP = pa.timestamp("ms", tz="UTC")

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("canonical_url", pa.string()),
    ("source", pa.string()),
    ("title", pa.string()),
    ("description", pa.string()),
    ("authors", pa.list_(pa.string())),
    ("published_at", TIMESTAMP),
    ("modified_at", TIMESTAMP),
    ("language", pa.string()),
    ("section", pa.string()),
    ("tags", pa.list_(pa.string())),
    ("body", pa.string()),
    ("word_count", pa.int32()),
    ("lead_image_url", pa.string()),
    ("lead_image_caption", pa.string()),
    ("is_article", pa.bool_()),
    ("extractor_version", pa.string()),
    # provenance: where the raw page came from
    ("raw_bucket", pa.string()),
    ("raw_key", pa.string()),
    ("raw_version", pa.string()),
    ("raw_sha256", pa.string()),
    ("ingested_at", TIMESTAMP),
    # the batch layout: publication day, the batch file the row came in, the WARC record
    ("dt", pa.string()),
    ("batch_id", pa.string()),
    ("raw_offset", pa.int64()),
    # "day" when the page gives a date without a time (published_at is then midnight UTC of that day)
    ("published_precision", pa.string()),
    ("publisher", pa.string()),
])

FIGURE_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("figure_id", pa.string()),
    ("field", pa.string()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
    ("text", pa.string()),
    ("value", pa.float64()),
    ("value_high", pa.float64()),
    ("unit", pa.string()),
    ("kind", pa.string()),
    ("qualifier", pa.string()),
    ("sentence", pa.string()),
    # who states the figure and whom it is about (figures/claims.py), null when the text does not say
    ("attributed_to", pa.string()),
    ("subject", pa.string()),
    # copied from the article, so one table answers a query
    ("published_at", TIMESTAMP),
    ("source", pa.string()),
    ("url", pa.string()),
    # from the article's batch row: its publication day, batch and ingest time
    ("dt", pa.string()),
    ("batch_id", pa.string()),
    ("ingested_at", TIMESTAMP),
])

PARTITION_COLUMN = "ingest_dt"
# Rows per Parquet row group: a batch of 1,000 articles is one group of ~5 MB of text.
ROW_GROUP_ROWS = 10_000
# Oldest publication date a partition may carry; the Glue projection range starts here too.
MIN_DT = date(2000, 1, 1)
# A publication date further ahead than this of ingest is a bad date, not a scoop.
MAX_FUTURE = timedelta(days=1)


def partition_date(published_at: datetime | None, ingested_at: datetime) -> str:
    """`dt` for a record: the publication date when plausible, else the ingest date.

    Outside the Athena projection range a row would exist in S3 but be invisible
    to every query, so unknown, future and implausibly old dates fall back.
    """
    if published_at is not None:
        published_utc = published_at.astimezone(timezone.utc)
        if MIN_DT <= published_utc.date() and published_utc <= ingested_at + MAX_FUTURE:
            return published_utc.date().isoformat()
    return ingested_at.astimezone(timezone.utc).date().isoformat()


def to_parquet_bytes(records: list[dict], schema: pa.Schema) -> bytes:
    """Rows -> one zstd Parquet file in memory (Lambda writes it with one PUT).

    Rows are sorted by (dt, article_id) when the schema has them, so a day's rows sit
    together and the column statistics let readers skip row groups.
    """
    if "dt" in schema.names and "article_id" in schema.names:
        records = sorted(records, key=lambda r: (r.get("dt") or "", r.get("article_id") or "",
                                                 r.get("field") or "", r.get("char_start") or 0))
    table = pa.Table.from_pylist(records, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", row_group_size=ROW_GROUP_ROWS)
    return sink.getvalue()


def read_parquet_bytes(data: bytes) -> pa.Table:
    # One small file per call: threads buy nothing, and pyarrow 20's reader threads can abort
    # the interpreter at exit ("terminate called without an active exception").
    return pq.read_table(io.BytesIO(data), use_threads=False)

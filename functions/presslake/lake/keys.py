"""Object keys of the bucket layout.

Batch files live in the staging layer, partitioned by ingest date and named by their
batch id, which depends only on the batch's content: a retried or duplicated batch
overwrites its own file instead of adding one.
"""

from __future__ import annotations

RAW_PREFIX = "raw/"
STAGING_PREFIX = "staging/"
ARTICLES_PREFIX = f"{STAGING_PREFIX}articles/"
FIGURES_PREFIX = f"{STAGING_PREFIX}figures/"
QUARANTINE_PREFIX = "quarantine/"


def articles_key(ingest_dt: str, batch_id: str) -> str:
    return f"{ARTICLES_PREFIX}ingest_dt={ingest_dt}/{batch_id}.parquet"


def figures_key_for(articles_file_key: str) -> str:
    """The figures file of an articles batch file: same partition, same name."""
    if not articles_file_key.startswith(ARTICLES_PREFIX):
        raise ValueError(f"not an articles batch file: {articles_file_key}")
    return FIGURES_PREFIX + articles_file_key[len(ARTICLES_PREFIX):]


def manifest_key(stage: str, ingest_dt: str, name: str) -> str:
    """The quarantine manifest (JSON lines) of one batch of one stage."""
    return f"{QUARANTINE_PREFIX}{stage}/ingest_dt={ingest_dt}/{name}.jsonl"

"""Object keys of the bucket layout. Each output key depends only on the record's
identity, so a retried or duplicated event overwrites instead of adding rows."""

from __future__ import annotations

ARTICLES_PREFIX = "articles/"
FIGURES_PREFIX = "figures/"
QUARANTINE_PREFIX = "quarantine/"


def article_key(dt: str, article_id: str) -> str:
    return f"{ARTICLES_PREFIX}dt={dt}/{article_id}.parquet"


def figures_key(dt: str, article_id: str) -> str:
    return f"{FIGURES_PREFIX}dt={dt}/{article_id}.parquet"


def quarantine_keys(source_key: str) -> tuple[str, str]:
    """Where a rejected object's copy and the JSON reason beside it go."""
    copy_key = f"{QUARANTINE_PREFIX}{source_key}"
    return copy_key, f"{copy_key}.reason.json"

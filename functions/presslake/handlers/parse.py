"""Parse Lambda: raw page uploaded under raw/ -> one article Parquet under articles/.

Thin: decode the event, read the object, call the pure extractor, write the file.
Bad input is quarantined with its reason and never raises (no retry loop on a
poison file); AWS errors raise so Lambda retries, and retries are harmless
because the output key depends only on the article.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import ClientError

from presslake.article.extract import extract_article
from presslake.lake.keys import article_key
from presslake.article.rawinput import RejectedInput
from presslake.handlers.events import S3ObjectRef, iter_object_refs
from presslake.handlers.s3io import is_missing, s3_client
from presslake.lake.schema import ARTICLE_SCHEMA, partition_date, to_parquet_bytes
from presslake.handlers.common import Outcome, reject, traced

logger = Logger(service="presslake-parse")
metrics = Metrics(namespace="presslake", service="parse")

DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024


def max_raw_bytes() -> int:
    return int(os.environ.get("PRESSLAKE_MAX_RAW_BYTES", DEFAULT_MAX_RAW_BYTES))


def _reject(s3, ref: S3ObjectRef, reason: str, detail: str, size: int | None) -> Outcome:
    return reject(s3, ref, stage="parse", reason=reason, detail=detail, size=size, logger=logger, metrics=metrics)


def process_object(s3, ref: S3ObjectRef, *, now: datetime | None = None) -> Outcome:
    """Handle one uploaded object. Raises only for AWS errors (so Lambda retries)."""
    now = now or datetime.now(timezone.utc)
    try:
        response = s3.get_object(Bucket=ref.bucket, Key=ref.key)
    except ClientError as error:
        if is_missing(error):
            logger.warning("object gone before it was read", extra={"key": ref.key})
            return Outcome(ref.key, "missing")
        raise
    size = response.get("ContentLength")
    if size is not None and size > max_raw_bytes():
        response["Body"].close()
        return _reject(s3, ref, "too_large", f"{size} bytes > cap {max_raw_bytes()}", size)
    raw = response["Body"].read()
    source_url = (response.get("Metadata") or {}).get("source-url")
    try:
        article = extract_article(raw, url=source_url, content_type=response.get("ContentType"))
    except RejectedInput as rejected:
        return _reject(s3, ref, rejected.reason, rejected.detail, len(raw))
    except Exception as error:  # a parser bug on one page must not become a retry loop
        logger.exception("extraction failed", extra={"key": ref.key})
        return _reject(s3, ref, "extract_error", f"{type(error).__name__}: {error}", len(raw))
    if not article.is_article:
        return _reject(s3, ref, "not_article",
                       f"{article.word_count} words, title {article.title!r}", len(raw))

    record = article.to_record() | {
        "raw_bucket": ref.bucket,
        "raw_key": ref.key,
        "raw_version": response.get("VersionId") or ref.version_id or (response.get("ETag") or "").strip('"'),
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
        "ingested_at": now,
    }
    key = article_key(partition_date(article.published_at, now), article.article_id)
    s3.put_object(Bucket=ref.bucket, Key=key,
                  Body=to_parquet_bytes([record], ARTICLE_SCHEMA), ContentType="application/vnd.apache.parquet")
    logger.info("article written", extra={"key": ref.key, "output": key, "article_id": article.article_id,
                                          "words": article.word_count})
    metrics.add_metric(name="ArticlesWritten", unit=MetricUnit.Count, value=1)
    return Outcome(ref.key, "written", output_key=key)


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    s3 = s3_client()
    outcomes = [process_object(s3, ref) for ref in iter_object_refs(event)]
    return {"outcomes": [o.__dict__ for o in outcomes]}

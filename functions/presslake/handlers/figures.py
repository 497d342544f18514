"""Figures Lambda: new article Parquet under articles/ -> its figures under figures/.

Thin: read the article file, call the pure figure extractor on title and body,
write one Parquet per article at a key that depends only on the article, so a
re-run replaces the file; an article that now yields no figures loses its old
file. Unreadable article files are quarantined; AWS errors raise for retry.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import ClientError

from presslake.figures.extract import extract_figures
from presslake.lake.keys import figures_key
from presslake.handlers.events import S3ObjectRef, iter_object_refs
from presslake.handlers.s3io import is_missing, s3_client
from presslake.lake.schema import FIGURE_SCHEMA, partition_date, read_parquet_bytes, to_parquet_bytes
from presslake.handlers.common import Outcome, reject, traced

logger = Logger(service="presslake-figures")
metrics = Metrics(namespace="presslake", service="figures")

_DT_IN_KEY = re.compile(r"(?:^|/)dt=(\d{4}-\d{2}-\d{2})/")
REQUIRED_COLUMNS = ("article_id", "title", "body", "published_at", "source", "url", "canonical_url")


def figure_id(article_id: str, field: str, char_start: int) -> str:
    return hashlib.sha256(f"{article_id}|{field}|{char_start}".encode()).hexdigest()[:32]


def figure_rows(article: dict) -> list[dict]:
    """The figures dataset rows of one article record."""
    rows = []
    for field in ("title", "body"):
        for figure in extract_figures(article.get(field) or "", field=field):
            rows.append(figure.to_record() | {
                "article_id": article["article_id"],
                "figure_id": figure_id(article["article_id"], field, figure.char_start),
                "published_at": article.get("published_at"),
                "source": article.get("source"),
                "url": article.get("canonical_url") or article.get("url"),
            })
    return rows


def _reject(s3, ref: S3ObjectRef, reason: str, detail: str) -> Outcome:
    return reject(s3, ref, stage="figures", reason=reason, detail=detail, size=ref.size,
                  logger=logger, metrics=metrics)


def process_object(s3, ref: S3ObjectRef) -> Outcome:
    try:
        data = s3.get_object(Bucket=ref.bucket, Key=ref.key)["Body"].read()
    except ClientError as error:
        if is_missing(error):
            return Outcome(ref.key, "missing")
        raise
    try:
        table = read_parquet_bytes(data)
    except Exception as error:  # pyarrow raises several types for a damaged file
        return _reject(s3, ref, "unreadable_parquet", f"{type(error).__name__}: {error}")
    missing = [c for c in REQUIRED_COLUMNS if c not in table.column_names]
    if missing:
        return _reject(s3, ref, "schema_mismatch", f"missing columns {missing}")

    written = []
    in_key = _DT_IN_KEY.search(ref.key)
    for article in table.to_pylist():
        dt = in_key.group(1) if in_key else partition_date(article["published_at"],
                                                           article.get("ingested_at") or datetime.now(timezone.utc))
        key = figures_key(dt, article["article_id"])
        rows = figure_rows(article)
        if rows:
            s3.put_object(Bucket=ref.bucket, Key=key, Body=to_parquet_bytes(rows, FIGURE_SCHEMA),
                          ContentType="application/vnd.apache.parquet")
        else:
            s3.delete_object(Bucket=ref.bucket, Key=key)  # no figures now: none from an earlier run either
        metrics.add_metric(name="FiguresWritten", unit=MetricUnit.Count, value=len(rows))
        logger.info("figures written", extra={"article": ref.key, "output": key, "figures": len(rows)})
        written.append(key)
    return Outcome(ref.key, "written", output_key=",".join(written))


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    s3 = s3_client()
    refs = [r for r in iter_object_refs(event) if r.key.endswith(".parquet")]
    return {"outcomes": [process_object(s3, ref).__dict__ for ref in refs]}

"""Figures Lambda: an articles batch file in staging/ -> its figures file beside it.

Thin: read the batch file, call the pure figure extractor on each article's title and
body, write `staging/figures/ingest_dt=<day>/<batch_id>.parquet` (the articles file's
partition and name, so a re-run replaces it; a readable file without rows gets an empty
one). A file that cannot be read, an article row that cannot be used, a second row of
one article (the newer is used, as the merge picks it) and a body too long to search go
to the batch's quarantine manifest with the reason; AWS errors raise for Lambda's retry.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone

import pyarrow as pa
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import ClientError

from presslake.figures.claims import claims
from presslake.figures.extract import extract_figures
from presslake.handlers.common import traced
from presslake.handlers.events import S3ObjectRef, iter_object_refs
from presslake.handlers.s3io import is_missing, s3_client
from presslake.lake.keys import ARTICLES_PREFIX, figures_key_for, manifest_key
from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, read_parquet_bytes, to_parquet_bytes

logger = Logger(service="presslake-figures")
metrics = Metrics(namespace="presslake", service="figures")

REQUIRED_COLUMNS = ("article_id", "title", "body", "published_at", "source", "url", "canonical_url",
                    "dt", "batch_id", "ingested_at")
# read when present: they break a tie between two rows of one article, as the merge's SQL does
TIE_BREAK_COLUMNS = ("raw_key", "raw_offset")
# read when present: the figure rules read English grammar only in English (or undetected) text
LANGUAGE_COLUMN = "language"
# Body characters searched for figures. A news article is under 100,000; a longer body (a dump, a
# book) is a manifest line, and its title's figures are still extracted.
DEFAULT_MAX_BODY_CHARS = 1_000_000


def figure_id(article_id: str, field: str, char_start: int) -> str:
    return hashlib.sha256(f"{article_id}|{field}|{char_start}".encode()).hexdigest()[:32]


def figure_rows(article: dict, fields: tuple[str, ...] = ("title", "body")) -> list[dict]:
    """The figures dataset rows of one article record (of the text in `fields`)."""
    rows = []
    for field in fields:
        text = article.get(field) or ""
        figures = extract_figures(text, field=field, language=article.get(LANGUAGE_COLUMN))
        for figure, claim in zip(figures, claims(text, figures)):
            rows.append(figure.to_record() | {
                "attributed_to": claim.attributed_to,
                "subject": claim.subject,
                "article_id": article["article_id"],
                "figure_id": figure_id(article["article_id"], field, figure.char_start),
                "published_at": article.get("published_at"),
                "source": article.get("source"),
                "url": article.get("canonical_url") or article.get("url"),
                "dt": article.get("dt"),
                "batch_id": article.get("batch_id"),
                "ingested_at": article.get("ingested_at"),
            })
    return rows


def unusable(article: dict) -> str | None:
    """Why an article row cannot give figures rows, or None."""
    if not isinstance(article.get("article_id"), str) or not article["article_id"]:
        return "no article_id"
    for name in ("title", "body"):
        if article.get(name) is not None and not isinstance(article[name], str):
            return f"{name} is not text"
    for name in ("published_at", "ingested_at"):
        if article.get(name) is not None and not isinstance(article[name], datetime):
            return f"{name} is not a timestamp"
    return None


def _check_types(table: pa.Table) -> str | None:
    """The columns we read must have the schema's types (a foreign file can share the names)."""
    wrong = [f"{name}: {table.schema.field(name).type} (expected {ARTICLE_SCHEMA.field(name).type})"
             for name in REQUIRED_COLUMNS if not table.schema.field(name).type.equals(ARTICLE_SCHEMA.field(name).type)]
    return f"wrong column types {wrong}" if wrong else None


class FileRejected(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail


def read_articles(data: bytes) -> list[dict]:
    try:
        table = read_parquet_bytes(data)
    except Exception as error:  # pyarrow raises several types for a damaged file
        raise FileRejected("unreadable_parquet", f"{type(error).__name__}: {error}") from error
    missing = [c for c in REQUIRED_COLUMNS if c not in table.column_names]
    if missing:
        raise FileRejected("schema_mismatch", f"missing columns {missing}")
    wrong = _check_types(table)
    if wrong:
        raise FileRejected("schema_mismatch", wrong)
    present = [c for c in (*TIE_BREAK_COLUMNS, LANGUAGE_COLUMN) if c in table.column_names]
    return table.select(list(REQUIRED_COLUMNS) + present).to_pylist()


_EARLIEST = datetime.min.replace(tzinfo=timezone.utc)


def _newness(article: dict) -> tuple:
    """The merge's order of two rows of one article: ingested_at, then (one batch: one batch_id) key, offset."""
    return (article["ingested_at"] or _EARLIEST, article.get("raw_key") or "", article.get("raw_offset") or 0)


def one_row_per_article(articles: list[dict]) -> tuple[list[dict], list[dict]]:
    """(the newest row of each article, manifest lines of the older rows): two rows of one article
    would give two sets of figures with the same figure ids."""
    newest: dict[str, dict] = {}
    for article in articles:
        kept = newest.get(article["article_id"])
        if kept is None or _newness(article) > _newness(kept):
            newest[article["article_id"]] = article
    older = [{"reason": "duplicate_article_row", "article_id": a["article_id"],
              "detail": "a newer row of this article in the same file is used"}
             for a in articles if a is not newest[a["article_id"]]]
    return list(newest.values()), older


def _partition_and_name(key: str) -> tuple[str, str]:
    """('YYYY-MM-DD', name) of a staging batch file key."""
    folder, _, filename = key.rpartition("/")
    return folder.rpartition("ingest_dt=")[2] or "unknown", filename.removesuffix(".parquet")


def process_object(s3, ref: S3ObjectRef) -> dict:
    ingest_dt, name = _partition_and_name(ref.key)
    rejects: list[dict] = []
    try:
        data = s3.get_object(Bucket=ref.bucket, Key=ref.key)["Body"].read()
    except ClientError as error:
        if is_missing(error):
            return {"key": ref.key, "status": "missing"}
        raise
    rows: list[dict] = []
    used = 0
    max_body = int(os.environ.get("PRESSLAKE_FIGURES_MAX_BODY_CHARS", DEFAULT_MAX_BODY_CHARS))
    try:
        articles = read_articles(data)
        readable = True
    except FileRejected as rejected:
        rejects.append({"reason": rejected.reason, "detail": rejected.detail, "article_id": None})
        articles, readable = [], False
    usable = []
    for article in articles:
        problem = unusable(article)
        if problem:
            rejects.append({"reason": "bad_article_row", "detail": problem, "article_id": article.get("article_id")})
        else:
            usable.append(article)
    usable, older = one_row_per_article(usable)
    rejects += older
    for article in usable:
        fields = ("title", "body")
        if len(article["body"] or "") > max_body:
            fields = ("title",)
            rejects.append({"reason": "too_large", "article_id": article["article_id"],
                            "detail": f"body of {len(article['body']):,} characters > cap {max_body:,}: "
                                      "its figures are not extracted (the title's are)"})
        try:
            rows += figure_rows(article, fields)
            used += 1
        except Exception as error:  # an extractor bug on one article must not block the batch
            logger.exception("figure extraction failed", extra={"article_id": article["article_id"]})
            rejects.append({"reason": "extract_error", "detail": f"{type(error).__name__}: {error}",
                            "article_id": article["article_id"]})
    result = {"key": ref.key, "status": "written" if readable else "quarantined", "articles": used,
              "figures": len(rows)}
    if readable:
        output = figures_key_for(ref.key)
        s3.put_object(Bucket=ref.bucket, Key=output, Body=to_parquet_bytes(rows, FIGURE_SCHEMA),
                      ContentType="application/vnd.apache.parquet")
        result["output_key"] = output
        metrics.add_metric(name="FiguresWritten", unit=MetricUnit.Count, value=len(rows))
    if rejects:
        manifest = manifest_key("figures", ingest_dt, name)
        lines = [r | {"stage": "figures", "source": f"s3://{ref.bucket}/{ref.key}"} for r in rejects]
        s3.put_object(Bucket=ref.bucket, Key=manifest, ContentType="application/x-ndjson",
                      Body="".join(json.dumps(line, sort_keys=True) + "\n" for line in lines).encode())
        result["manifest"] = manifest
        result["rejects"] = rejects
        for reject in rejects:
            logger.warning("quarantined", extra={"key": ref.key} | reject)
            metrics.add_metric(name=f"Quarantined_{reject['reason']}", unit=MetricUnit.Count, value=1)
    logger.info("figures done", extra=result)
    return result


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    s3 = s3_client()
    refs = [r for r in iter_object_refs(event) if r.key.startswith(ARTICLES_PREFIX) and r.key.endswith(".parquet")]
    return {"outcomes": [process_object(s3, ref) for ref in refs]}

"""`presslake cost`: what a month of presslake costs at a volume, from measured per-article figures.

    presslake cost ARTICLES_PER_DAY [--bundled [--bundle-size 100|1000]] [--arch arm64|x86_64]
                   [--months 1,12] [--merges-per-day 24] [--query-tb 0.1] [--prices FILE.json]

The per-article figures are bench/pipeline.py's and bench/lake.py's measurements (the README's
runs, dated below); the prices are one table with its date, which --prices overrides (a JSON
object of the same keys, e.g. another region's prices). Local-only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

# us-east-1 on-demand list prices as of 2025 (the Lambda, S3 and SQS prices bench/pipeline.py uses),
# without free tiers. Units: USD per the unit in the key's name.
PRICES_AS_OF = "us-east-1 list prices as of 2025, no free tier"
PRICES = {
    "lambda_gb_s_arm64": 0.0000133334,
    "lambda_gb_s_x86_64": 0.0000166667,
    "sqs_per_million_requests": 0.40,
    "s3_put_per_1000": 0.005,          # PUT, COPY, POST, LIST
    "s3_get_per_1000": 0.0004,         # GET, HEAD and the rest
    "s3_standard_gb_month": 0.023,
    "s3_standard_ia_gb_month": 0.0125,
    "s3_onezone_ia_gb_month": 0.01,
    "s3_intelligent_tiering_gb_month": 0.0125,  # its infrequent-access tier, where raw/ settles
    "s3_glacier_ir_gb_month": 0.004,
    "athena_per_tb": 5.0,
    "stepfunctions_per_1000_transitions": 0.025,
    "cloudwatch_alarm_metric_month": 0.10,
    "cloudwatch_dashboard_month": 3.0,
    "cloudwatch_custom_metric_month": 0.30,
    "cloudwatch_logs_ingest_gb": 0.50,
    "cloudwatch_logs_store_gb_month": 0.03,
}
RAW_CLASS_PRICE = {"STANDARD_IA": "s3_standard_ia_gb_month", "ONEZONE_IA": "s3_onezone_ia_gb_month",
                   "INTELLIGENT_TIERING": "s3_intelligent_tiering_gb_month", "GLACIER_IR": "s3_glacier_ir_gb_month"}

MEASURED = ("bench/pipeline.py run of 2026-11-26 (code a1256fb: 10,000 pages, 9,485 articles; README "
            "\"Cold start, throughput, memory and cost\"); raw sizes and the merge's key columns measured "
            "2026-12-02 with the benchmarks' own functions")
PAGES_PER_ARTICLE = 10_000 / 9_485  # the run's quarantined pages are uploaded and read too


@dataclass(frozen=True)
class PerArticle:
    """What one article costs in resources, for one way of dropping pages (bench/pipeline.py)."""

    lambda_gb_s: float      # parse + figures; the README's arm64 $/M divided by the arm64 price it used
    sqs_requests: float
    s3_gets: float
    s3_puts: float          # the pipeline's batch files and manifests
    upload_puts: float      # the uploader's (or scraper's) PUTs into raw/
    raw_bytes: float        # what raw/ keeps
    staging_bytes: float    # articles + figures batch files (the current tables hold about as much)


# README table "drop | pipeline $/M ..." and "Requests per article", run of 2026-11-26. raw_bytes: the
# same 10,000-page set measured on 2026-12-02 with bench/pipeline.py's load_pages and the scraper's
# Bundle writer (single pages 149,781 bytes a page; WARC bundles, gzip per record, 29,242).
SHAPES = {
    "single": PerArticle(lambda_gb_s=1.34e-6 / 0.0000133334, sqs_requests=1.265, s3_gets=1.055, s3_puts=0.003,
                         upload_puts=5.27e-6 / 0.005e-3, raw_bytes=149_781 * PAGES_PER_ARTICLE, staging_bytes=3_590),
    "bundles of 100": PerArticle(lambda_gb_s=1.27e-6 / 0.0000133334, sqs_requests=0.022, s3_gets=0.020,
                                 s3_puts=0.003, upload_puts=0.05e-6 / 0.005e-3,
                                 raw_bytes=29_242 * PAGES_PER_ARTICLE, staging_bytes=3_285),
    "bundles of 1000": PerArticle(lambda_gb_s=1.25e-6 / 0.0000133334, sqs_requests=0.003, s3_gets=0.004,
                                  s3_puts=0.001, upload_puts=0.01e-6 / 0.005e-3,
                                  raw_bytes=29_242 * PAGES_PER_ARTICLE, staging_bytes=2_213),
}
# The MERGE statements join on article_id and figure_id, not on the partition, so every run reads the
# key columns of the whole current tables: 205 compressed bytes an article (8.7 figures each), measured
# on 2026-12-02 with bench/lake.py's own functions (distinct_articles, versioned, write_batches,
# merge_run, then key_column_bytes) on 5,000 articles. It grows with the figures per article.
KEY_BYTES_PER_ARTICLE = 205
# watermark.sql reads the staging partitions from the newest merged day less one: 1.5 days on average.
STAGING_DAYS_PER_MERGE = 1.5
ATHENA_MINIMUM_BYTES = 10e6
# Statements of one merge run that Athena bills (DDL and views are free): watermark, chunks,
# merge_articles, delete_stale_figures, merge_figures, two OPTIMIZE and two VACUUM (one chunk).
BILLED_STATEMENTS_PER_MERGE = 9
STAGING_RETENTION_DAYS = 7    # template.yaml StagingRetentionDays
QUARANTINE_RETENTION_DAYS = 90  # template.yaml QuarantineRetentionDays
QUARANTINE_BYTES_PER_ARTICLE = 300 * 515 / 9_485  # ~300-byte manifest lines, 515 in the run
# Handler log lines per batch (parse "batch done", figures "figures done", two EMF records: about
# 1.8 KB at INFO, measured on the fixture pages), plus Lambda's platform records: about 3.2 KB a
# batch of ~950 articles.
LOG_BYTES_PER_ARTICLE = 3_200 / 950
ALARM_METRICS = 17       # template.yaml: 11 single-metric alarms and 3 of two metrics each
CUSTOM_METRICS = 20      # EMF metrics published in most hours (articles, figures, common reasons, scrape outcomes)
DAYS_PER_MONTH = 30
ROOT = Path(__file__).resolve().parents[3]
MERGE_ASL = ROOT / "infra" / "statemachines" / "merge.asl.json"


class CostError(ValueError):
    """A usage mistake: one line for the command line."""


def articles_per_day(text: str) -> int:
    """'10000', '10k', '1M', '1.5m', '100M' -> articles a day."""
    match = re.fullmatch(r"\s*([0-9][0-9_,]*(?:\.[0-9]+)?)\s*([kKmMbB]?)\s*", text)
    if not match:
        raise CostError(f"articles per day: expected a number such as 10000, 10k or 1M, got {text!r}")
    number = float(match.group(1).replace(",", "").replace("_", ""))
    scale = {"": 1, "k": 1e3, "m": 1e6, "b": 1e9}[match.group(2).lower()]
    if number * scale < 1:
        raise CostError(f"articles per day: at least 1, got {text!r}")
    return int(number * scale)


def load_prices(path: str | None) -> dict[str, float]:
    """The price table, with a JSON file's values in place of the defaults it names."""
    prices = dict(PRICES)
    if path is None:
        return prices
    try:
        given = json.loads(Path(path).read_text())
    except OSError as error:
        raise CostError(f"--prices {path}: {error.strerror}") from error
    except ValueError as error:
        raise CostError(f"--prices {path}: not JSON ({error})") from error
    if not isinstance(given, dict):
        raise CostError(f"--prices {path}: expected a JSON object of prices")
    unknown = sorted(set(given) - set(PRICES))
    if unknown:
        raise CostError(f"--prices {path}: unknown keys {unknown}; known: {', '.join(PRICES)}")
    for key, value in given.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise CostError(f"--prices {path}: {key} must be a number >= 0, got {value!r}")
    return prices | {k: float(v) for k, v in given.items()}


def merge_transitions(asl: dict, chunks: int = 1) -> int:
    """State transitions of one merge run: the main path, and per Map item its item path (the
    header row takes its own short path)."""
    def path(states: dict, start: str, *, header: bool = False) -> list[dict]:
        out, name = [], start
        while name:
            state = states[name]
            out.append(state)
            if state["Type"] == "Choice":
                name = state["Choices"][0]["Next"] if header else state.get("Default")
            else:
                name = state.get("Next")
        return out

    count = 0
    for state in path(asl["States"], asl["StartAt"]):
        count += 1
        if state["Type"] == "Map":
            processor = state["ItemProcessor"]
            count += chunks * len(path(processor["States"], processor["StartAt"]))
            count += len(path(processor["States"], processor["StartAt"], header=True))
    return count


@dataclass(frozen=True)
class Volume:
    articles_per_day: int
    shape: str = "single"
    arch: str = "arm64"
    merges_per_day: int = 24
    query_tb: float = 0.1
    raw_transition_days: int = 0
    raw_storage_class: str = "STANDARD_IA"


def monthly(volume: Volume, month: int, prices: dict[str, float], transitions_per_merge: int) -> dict[str, float]:
    """USD for month `month` of operation (storage is what has piled up by the middle of it)."""
    per = SHAPES[volume.shape]
    articles = volume.articles_per_day * DAYS_PER_MONTH
    days_so_far = DAYS_PER_MONTH * (month - 0.5)
    in_tables = volume.articles_per_day * days_so_far
    gb = 1e-9

    lambda_cost = articles * per.lambda_gb_s * prices[f"lambda_gb_s_{volume.arch}"]
    sqs = articles * per.sqs_requests * prices["sqs_per_million_requests"] / 1e6
    s3_requests = articles * ((per.s3_puts + per.upload_puts) * prices["s3_put_per_1000"]
                              + per.s3_gets * prices["s3_get_per_1000"]) / 1000

    standard_days = days_so_far if not volume.raw_transition_days else min(days_so_far, volume.raw_transition_days)
    raw_standard = volume.articles_per_day * standard_days * per.raw_bytes * gb
    raw_cheaper = volume.articles_per_day * (days_so_far - standard_days) * per.raw_bytes * gb
    standard_gb = (raw_standard + in_tables * per.staging_bytes * gb
                   + volume.articles_per_day * min(days_so_far, STAGING_RETENTION_DAYS) * per.staging_bytes * gb
                   + volume.articles_per_day * min(days_so_far, QUARANTINE_RETENTION_DAYS) * QUARANTINE_BYTES_PER_ARTICLE * gb)
    storage = (standard_gb * prices["s3_standard_gb_month"]
               + raw_cheaper * prices[RAW_CLASS_PRICE[volume.raw_storage_class]])

    merges = volume.merges_per_day * DAYS_PER_MONTH
    scanned_per_merge = (volume.articles_per_day * STAGING_DAYS_PER_MERGE * per.staging_bytes
                         + in_tables * KEY_BYTES_PER_ARTICLE)
    billed_per_merge = max(scanned_per_merge, BILLED_STATEMENTS_PER_MERGE * ATHENA_MINIMUM_BYTES)
    athena_merge = merges * billed_per_merge / 1e12 * prices["athena_per_tb"]
    athena_queries = volume.query_tb * prices["athena_per_tb"]
    step_functions = merges * transitions_per_merge * prices["stepfunctions_per_1000_transitions"] / 1000

    log_gb = articles * LOG_BYTES_PER_ARTICLE * gb
    cloudwatch = (ALARM_METRICS * prices["cloudwatch_alarm_metric_month"] + prices["cloudwatch_dashboard_month"]
                  + CUSTOM_METRICS * prices["cloudwatch_custom_metric_month"]
                  + log_gb * prices["cloudwatch_logs_ingest_gb"] + log_gb * prices["cloudwatch_logs_store_gb_month"])
    return {"Lambda (parse, figures)": lambda_cost, "SQS": sqs, "S3 requests (uploads included)": s3_requests,
            "S3 storage (raw, staging, current tables)": storage, "Athena merge": athena_merge,
            "Athena queries": athena_queries, "Step Functions": step_functions, "CloudWatch": cloudwatch,
            "_merge_gb": scanned_per_merge * gb, "_stored_gb": standard_gb + raw_cheaper, "_in_tables": in_tables}


def report(volume: Volume, months: list[int], prices: dict[str, float], transitions_per_merge: int) -> str:
    columns = [monthly(volume, month, prices, transitions_per_merge) for month in months]
    lines = [f"{volume.articles_per_day:,} articles a day, {volume.shape if volume.shape != 'single' else 'single pages'}, "
             f"Lambda {volume.arch}, {volume.merges_per_day} merges a day, {volume.query_tb:g} TB of your own queries a month",
             "", "| USD a month | " + " | ".join(f"month {m}" for m in months) + " |",
             "|---|" + "---:|" * len(months)]
    for item in [k for k in columns[0] if not k.startswith("_")]:
        lines.append(f"| {item} | " + " | ".join(f"{c[item]:,.2f}" for c in columns) + " |")
    lines.append("| **total** | " + " | ".join(f"**{sum(v for k, v in c.items() if not k.startswith('_')):,.2f}**"
                                           for c in columns) + " |")
    lines += ["", "; ".join(f"month {m}: {c['_in_tables'] / 1e6:,.1f} M articles in the current tables, "
                            f"{c['_stored_gb']:,.0f} GB stored, {c['_merge_gb']:,.1f} GB scanned per merge"
                            for m, c in zip(months, columns)),
              f"Per-article figures: {MEASURED}.",
              f"Prices: {PRICES_AS_OF} (--prices FILE.json replaces any of: {', '.join(PRICES)}).",
              "Not included: the scraper (its DynamoDB table and fetches), backfills, data transfer, noncurrent "
              "versions and Athena's S3 reads."]
    return "\n".join(lines)


def months_list(text: str) -> list[int]:
    try:
        months = [int(m) for m in text.split(",")]
    except ValueError as error:
        raise CostError(f"--months: comma-separated month numbers such as 1,12, got {text!r}") from error
    if not months or min(months) < 1:
        raise CostError(f"--months: months count from 1, got {text!r}")
    return months


def run(args) -> int:
    from presslake.local.cli import UsageError

    try:
        volume = Volume(articles_per_day=articles_per_day(args.articles_per_day),
                        shape=f"bundles of {args.bundle_size or 100}" if args.bundled or args.bundle_size else "single",
                        arch=args.arch,
                        merges_per_day=args.merges_per_day, query_tb=args.query_tb,
                        raw_transition_days=args.raw_transition_days, raw_storage_class=args.raw_storage_class)
        if volume.merges_per_day < 1 or volume.query_tb < 0 or volume.raw_transition_days < 0:
            raise CostError("--merges-per-day must be at least 1; --query-tb and --raw-transition-days at least 0")
        report_text = report(volume, months_list(args.months), load_prices(args.prices),
                             merge_transitions(json.loads(MERGE_ASL.read_text())))
    except CostError as error:
        raise UsageError(str(error)) from error
    print(report_text)
    return 0


def add_parser(commands) -> None:
    """The `cost` subcommand, registered by the CLI."""
    cost = commands.add_parser("cost", help="estimate a month of AWS costs at a volume of articles a day",
                               description="A monthly AWS estimate from the benchmarks' per-article figures.")
    cost.add_argument("articles_per_day", help="articles a day, e.g. 10000, 10k, 1M")
    cost.add_argument("--bundled", action="store_true", help="pages arrive in WARC bundles (the scraper, CC-NEWS)")
    cost.add_argument("--bundle-size", type=int, choices=[100, 1000],
                      help="pages per bundle, as measured (implies --bundled; default: 100)")
    cost.add_argument("--arch", choices=["arm64", "x86_64"], default="arm64", help="Lambda architecture (default: %(default)s)")
    cost.add_argument("--months", default="1,12", help="months of operation to show (default: %(default)s)")
    cost.add_argument("--merges-per-day", type=int, default=24, help="merges a day, MergeSchedule (default: %(default)s)")
    cost.add_argument("--query-tb", type=float, default=0.1, help="TB your own queries scan a month (default: %(default)s)")
    cost.add_argument("--raw-transition-days", type=int, default=0,
                      help="RawTransitionDays: raw/ leaves S3 Standard after this many days, 0 never (default: %(default)s)")
    cost.add_argument("--raw-storage-class", choices=sorted(RAW_CLASS_PRICE), default="STANDARD_IA",
                      help="RawStorageClass (default: %(default)s)")
    cost.add_argument("--prices", help="a JSON object of prices replacing the built-in us-east-1 ones")
    cost.set_defaults(run=run)

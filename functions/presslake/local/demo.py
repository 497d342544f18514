"""The demo and the backfill: the whole pipeline on the embedded stack, and what they print. Local-only."""

from __future__ import annotations

import json
import os
import tempfile
import textwrap
from contextlib import contextmanager
from pathlib import Path

from presslake.local.errors import UsageError

DEFAULT_PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "pages"
# Parameters the demo gives the named queries that take one (the seed article's day and unit).
DEMO_PARAMS = {"figures_of_day": ["2025-04-26"], "unit_time_series": ["soldier"], "claims_by_source": ["soldier"]}


def _print_articles(s3, bucket: str, key: str) -> None:
    from presslake.lake.schema import read_parquet_bytes

    for row in read_parquet_bytes(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).to_pylist():
        published = row["published_at"].isoformat() if row["published_at"] else "unknown"
        print(f"\n  {row['title']}")
        print(f"  by {', '.join(row['authors']) or 'unknown'} | published {published} | {row['source'] or 'no source'}"
              f" | {row['language'] or '?'} | {row['word_count']} words")
        body = " ".join(row["body"].split())
        for line in textwrap.wrap(body[:300] + ("..." if len(body) > 300 else ""), 96)[:3]:
            print(f"    {line}")
        where = f"{row['raw_key']}" + (f" @ {row['raw_offset']}" if row["raw_offset"] is not None else "")
        print(f"  from {where}")


def _print_figures_per_article(s3, bucket: str, articles_key: str, figures_key: str) -> None:
    from collections import Counter

    from presslake.lake.schema import read_parquet_bytes

    def rows(key):
        return read_parquet_bytes(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).to_pylist()

    counts = Counter(row["article_id"] for row in rows(figures_key))
    for article in sorted(rows(articles_key), key=lambda a: -counts[a["article_id"]]):
        print(f"    {counts[article['article_id']]:>3} figures  {article['title']}")


def _rows_in(s3, bucket: str, key: str) -> int:
    import io

    import pyarrow.parquet as pq

    return pq.read_metadata(io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read())).num_rows


def _print_batches(pipeline, *, quiet: bool = False) -> None:
    """What each invocation did: the batch files, the quarantine manifest, figures per article.

    A batch keeps one row per article: copies of a page, or one story under several URLs with the
    same canonical URL, are quarantined as duplicate_in_batch, naming the copy kept."""
    from collections import Counter

    parse_runs = [result for module, _e, result in pipeline.invocations if module.endswith(".parse")]
    figure_runs = [outcome for module, _e, result in pipeline.invocations if module.endswith(".figures")
                   for outcome in result.get("outcomes", [])]
    rows = sum(_rows_in(pipeline.s3, pipeline.bucket, r["written"]["articles"])
               for r in parse_runs if "articles" in r["written"])
    rejects = [reject for r in parse_runs for reject in r["rejects"]]
    copies = sum(1 for reject in rejects if reject["reason"] == "duplicate_in_batch")
    copies = f" ({copies} of them copies of an article already in the batch)" if copies else ""
    print(f"\n{len(parse_runs)} parse invocation(s) (SQS batches), {len(figure_runs)} figures invocation(s): "
          f"{rows} articles, {len(rejects)} quarantined{copies}")
    for result in parse_runs:
        for kind, key in result["written"].items():
            print(f"  {kind:9} s3://{pipeline.bucket}/{key}")
            if kind == "articles" and not quiet:
                _print_articles(pipeline.s3, pipeline.bucket, key)
    for outcome in figure_runs:
        if outcome.get("output_key"):
            print(f"{'' if quiet else chr(10)}  figures   s3://{pipeline.bucket}/{outcome['output_key']}: "
                  f"{outcome['figures']} figures from {outcome['articles']} articles")
            if not quiet:
                _print_figures_per_article(pipeline.s3, pipeline.bucket, outcome["key"], outcome["output_key"])
    if quiet:
        reasons = Counter(reject["reason"] for reject in rejects)
        if reasons:
            print("  quarantined: " + ", ".join(f"{count} {reason}" for reason, count in reasons.most_common()))
        return
    for reject in rejects:
        where = reject["key"] + (f" @ {reject['offset']}" if reject["offset"] is not None else "")
        print(f"  quarantined {where}: {reject['reason']}: {reject['detail']}")


@contextmanager
def quiet_handler_logs(level: str = "ERROR"):
    """The handlers log only errors while the CLI plays Lambda: it prints its own summary. Their
    loggers were configured at import, perhaps before the local settings: set them here."""
    from presslake.handlers import figures, parse

    saved = {module: module.logger.log_level for module in (parse, figures)}
    for module in saved:
        module.logger.setLevel(level)
    try:
        yield
    finally:
        for module, previous in saved.items():
            module.logger.setLevel(previous)


@contextmanager
def _scrape_setup(s3, pages_dir: Path, config: bytes | None = None):
    """The scrape function's surroundings on the embedded stack: its state table and settings, and
    `config` as config/sources.json, else a local news site serving `pages_dir` (feed, sitemap
    index, robots.txt) and a config that points at it. Yields the site's URL (None with `config`)."""
    import botocore.session

    from presslake.handlers import scrape
    from presslake.local.site import demo_site
    from presslake.local.stack import LOCAL_BUCKET, create_state_table

    table = "presslake-local-seen"
    create_state_table(botocore.session.get_session().create_client("dynamodb"), table)
    os.environ.update(PRESSLAKE_BUCKET=LOCAL_BUCKET, PRESSLAKE_STATE_TABLE=table)
    scrape.dynamodb_client.cache_clear()
    if config is not None:
        s3.put_object(Bucket=LOCAL_BUCKET, Key="config/sources.json", Body=config)
        yield None
        return
    with demo_site(pages_dir) as site:
        document = {"contact": "mailto:demo@localhost.localdomain", "allow_loopback": True,
                    "defaults": {"delay_s": 0.05},
                    "sources": [{"name": "localfeed", "type": "feed", "url": f"{site.url}/feed.xml"},
                                {"name": "localmap", "type": "sitemap", "url": f"{site.url}/sitemap.xml"}]}
        s3.put_object(Bucket=LOCAL_BUCKET, Key="config/sources.json", Body=json.dumps(document).encode())
        yield site.url


def _scrape_into(pipeline, pages_dir: Path) -> None:
    """Serve `pages_dir` as a news site on 127.0.0.1 and run the scrape handler over its feed
    and sitemap, as the schedule would; its raw/ writes go down the chain."""
    from presslake.handlers import scrape

    with _scrape_setup(pipeline.s3, pages_dir) as url:
        print(f"local news site at {url}: scraping its feed and sitemap index (robots.txt honoured)")
        result = pipeline.run(scrape.handler, {"group": "default"})
        print(f"scrape report: {result['report']}")


def _demo_inputs(path: Path) -> list[Path]:
    """Pages and WARC bundles: one file, or every one under a folder (recursively)."""
    suffixes = (".html", ".htm", ".gz", ".warc")
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes))


def _inputs_or_refusal(source: Path) -> list[Path]:
    if not source.exists():
        raise UsageError(f"{source} does not exist")
    inputs = _demo_inputs(source)
    if not inputs:
        raise UsageError(f"no pages (.html, .htm, .gz, .warc, .warc.gz) in {source}")
    return inputs


@contextmanager
def _lake_folder(kept: Path | None):
    """`kept`, or a temporary folder removed at the end."""
    if kept is not None:
        yield kept
        return
    with tempfile.TemporaryDirectory(prefix="presslake-lake-") as folder:
        yield Path(folder)


def cmd_demo(args) -> int:
    from presslake.handlers.s3io import s3_client
    from presslake.local.progress import progress_bar
    from presslake.local.stack import LOCAL_BUCKET, LocalPipeline, embedded_s3, export

    source = Path(args.pages)
    inputs = [] if args.scrape and source.is_dir() else _inputs_or_refusal(source)
    export_to = Path(args.export) if args.export else None
    with embedded_s3() as endpoint, quiet_handler_logs(), _lake_folder(export_to and export_to / "lake") as lake:
        s3 = s3_client()
        pipeline = LocalPipeline(s3, batch_size=args.batch_size)
        print(f"embedded S3, SQS and DynamoDB at {endpoint}, bucket {LOCAL_BUCKET}; raw/ notifies the raw queue, "
              f"the parse handler takes batches of up to {args.batch_size}")
        if args.scrape:
            _scrape_into(pipeline, source)
        else:
            print(f"uploading {len(inputs)} files to raw/")
            for path in inputs:
                pipeline.put(f"raw/demo/{path.relative_to(source) if source.is_dir() else path.name}",
                             path.read_bytes())
            # +1: S3's test event when the notification was set up
            with progress_bar(len(inputs) + 1, "parse", "message", quiet=args.quiet) as advance:
                pipeline.drain(progress=advance)
        _print_batches(pipeline, quiet=args.quiet)
        _merge(f"s3://{LOCAL_BUCKET}", lake)
        _print_named_queries(f"s3://{LOCAL_BUCKET}", lake, quiet=args.quiet)
        if export_to:
            count = export(s3, LOCAL_BUCKET, export_to)
            print(f"\nexported {count} staging files to {export_to} and the merged tables to {lake}: "
                  f"presslake query --data {export_to} \"SELECT ...\"")
    return 0


def _merge(location: str, lake: Path):
    """The scheduled merge, locally: staging -> the current Iceberg tables in `lake`."""
    from presslake.local.lake import LocalLake
    from presslake.local.query import connect

    report = LocalLake(lake).merge(connect(location, lake))
    print(f"\n{report.line()}")
    for name, before in report.files_before.items():
        print(f"  {name}: {before} files in the touched day partitions before OPTIMIZE, "
              f"{report.files_after[name]} after")
    return report


def _print_named_queries(location: str, lake: Path, *, quiet: bool = False) -> None:
    from presslake.local.query import connect, named_queries, run

    con = connect(location, lake)
    answers = {name: (DEMO_PARAMS.get(name, []), run(con, sql, DEMO_PARAMS.get(name, [])))
               for name, sql in named_queries().items()}
    if quiet:
        print("named queries: " + ", ".join(f"{name} {len(result.rows)} rows" for name, (_p, result) in answers.items()))
        return
    for name, (params, result) in answers.items():
        print(f"\n== named query {name}" + (f" with {params}" if params else "") + " (infra/athena/" + name + ".sql)")
        print(result.table())


def cmd_backfill(args) -> int:
    """Re-run the parse path over a raw/ prefix, as the backfill state machine does, then merge."""
    import uuid
    from datetime import datetime, timezone

    from presslake.handlers import figures, parse
    from presslake.handlers.s3io import s3_client
    from presslake.local.progress import progress_bar
    from presslake.local.stack import LOCAL_BUCKET, LambdaContext, embedded_s3, s3_put_event

    if not args.prefix.startswith("raw/"):
        raise UsageError(f"--prefix {args.prefix} is outside raw/: the parse function reads raw/ only "
                         f"(e.g. --prefix raw/{args.prefix})")
    source = Path(args.pages)
    inputs = _inputs_or_refusal(source)
    with embedded_s3() as endpoint, quiet_handler_logs(), _lake_folder(Path(args.lake) if args.lake else None) as lake:
        s3 = s3_client()
        for path in inputs:  # the raw archive the backfill re-reads (no notifications: nothing is parsed yet)
            s3.put_object(Bucket=LOCAL_BUCKET, Key=f"{args.prefix}{path.relative_to(source) if source.is_dir() else path.name}",
                          Body=path.read_bytes())
        items = [item for page in s3.get_paginator("list_objects_v2").paginate(Bucket=LOCAL_BUCKET, Prefix=args.prefix)
                 for item in page.get("Contents", [])]
        run_id = uuid.uuid4().hex[:12]
        run_time = datetime.now(timezone.utc).isoformat()  # Step Functions' $$.Execution.StartTime
        print(f"embedded S3 at {endpoint}: backfill {run_id} of s3://{LOCAL_BUCKET}/{args.prefix} "
              f"({len(items)} objects, batches of {args.batch_size})")
        articles = quarantined = 0
        with progress_bar(len(items), "backfill", "object") as advance:
            for start in range(0, len(items), args.batch_size):
                batch = items[start:start + args.batch_size]
                result = parse.handler({"Items": [{"Key": i["Key"], "Size": i["Size"], "Etag": i["ETag"]} for i in batch],
                                        "BatchInput": {"bucket": LOCAL_BUCKET, "run": run_id, "run_time": run_time}},
                                       LambdaContext())
                articles += result["counts"].get("articles", 0)
                quarantined += len(result["rejects"])
                if "articles" in result["written"]:
                    key = result["written"]["articles"]
                    figures.handler(s3_put_event(LOCAL_BUCKET, key, 1, "backfill"), LambdaContext())
                advance(len(batch))
        print(f"{articles} articles, {quarantined} quarantined")
        _merge(f"s3://{LOCAL_BUCKET}", lake)
        print(f"current tables in {lake}" if args.lake else "(the merged tables were in a temporary folder, now "
              "removed: give --lake DIR to keep them)")
    return 0

"""The demo and the backfill: the whole pipeline on the embedded stack, and what they print. Local-only."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import textwrap
from contextlib import contextmanager
from pathlib import Path

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


def _print_batches(pipeline) -> None:
    """What each invocation did: the batch files, the quarantine manifest, figures per article."""
    parse_runs = [result for module, _e, result in pipeline.invocations if module.endswith(".parse")]
    figure_runs = [outcome for module, _e, result in pipeline.invocations if module.endswith(".figures")
                   for outcome in result.get("outcomes", [])]
    articles = sum(r["counts"].get("articles", 0) for r in parse_runs)
    rejects = [reject for r in parse_runs for reject in r["rejects"]]
    print(f"\n{len(parse_runs)} parse invocation(s) (SQS batches), {len(figure_runs)} figures invocation(s): "
          f"{articles} articles, {len(rejects)} quarantined")
    for result in parse_runs:
        for kind, key in result["written"].items():
            print(f"  {kind:9} s3://{pipeline.bucket}/{key}")
            if kind == "articles":
                _print_articles(pipeline.s3, pipeline.bucket, key)
    for outcome in figure_runs:
        if outcome.get("output_key"):
            print(f"\n  figures   s3://{pipeline.bucket}/{outcome['output_key']}: "
                  f"{outcome['figures']} figures from {outcome['articles']} articles")
            _print_figures_per_article(pipeline.s3, pipeline.bucket, outcome["key"], outcome["output_key"])
    for reject in rejects:
        where = reject["key"] + (f" @ {reject['offset']}" if reject["offset"] is not None else "")
        print(f"  quarantined {where}: {reject['reason']}: {reject['detail']}")


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


def cmd_demo(args) -> int:
    from presslake.handlers.s3io import s3_client
    from presslake.local.stack import LOCAL_BUCKET, LocalPipeline, embedded_s3, export

    source = Path(args.pages)
    if not source.exists():
        print(f"presslake demo: {source} does not exist", file=sys.stderr)
        return 2
    inputs = _demo_inputs(source)
    if not inputs and not args.scrape:
        print(f"presslake demo: no pages (.html, .htm, .gz, .warc, .warc.gz) in {source}", file=sys.stderr)
        return 2
    with embedded_s3() as endpoint:
        s3 = s3_client()
        pipeline = LocalPipeline(s3, batch_size=args.batch_size)
        print(f"embedded S3, SQS and DynamoDB at {endpoint}, bucket {LOCAL_BUCKET}; raw/ notifies the raw queue, "
              f"the parse handler takes batches of up to {args.batch_size}")
        if args.scrape:
            _scrape_into(pipeline, source)
        else:
            from tqdm import tqdm

            print(f"uploading {len(inputs)} files to raw/")
            for path in inputs:
                pipeline.put(f"raw/demo/{path.relative_to(source) if source.is_dir() else path.name}",
                             path.read_bytes())
            with tqdm(total=len(inputs) + 1, unit="message", desc="parse", file=sys.stderr, leave=False) as bar:
                pipeline.drain(progress=bar.update)  # +1: S3's test event when the notification was set up
        _print_batches(pipeline)
        lake = Path(args.export) / "lake" if args.export else Path(tempfile.mkdtemp(prefix="presslake-lake-"))
        _merge(f"s3://{LOCAL_BUCKET}", lake)
        _print_named_queries(f"s3://{LOCAL_BUCKET}", lake)
        if args.export:
            count = export(s3, LOCAL_BUCKET, Path(args.export))
            print(f"\nexported {count} staging files to {args.export} and the merged tables to {lake}: "
                  f"presslake query --data {args.export} \"SELECT ...\"")
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


def _print_named_queries(location: str, lake: Path) -> None:
    from presslake.local.query import connect, named_queries, run

    con = connect(location, lake)
    for name, sql in named_queries().items():
        params = DEMO_PARAMS.get(name, [])
        print(f"\n== named query {name}" + (f" with {params}" if params else "") + " (infra/athena/" + name + ".sql)")
        print(run(con, sql, params).table())


def cmd_backfill(args) -> int:
    """Re-run the parse path over a raw/ prefix, as the backfill state machine does, then merge."""
    import uuid

    from tqdm import tqdm

    from presslake.handlers import figures, parse
    from presslake.handlers.s3io import s3_client
    from presslake.local.stack import LOCAL_BUCKET, LambdaContext, embedded_s3, s3_put_event

    source = Path(args.pages)
    if not source.exists():
        print(f"presslake backfill: {source} does not exist", file=sys.stderr)
        return 2
    lake = Path(args.lake) if args.lake else Path(tempfile.mkdtemp(prefix="presslake-lake-"))
    with embedded_s3() as endpoint:
        s3 = s3_client()
        inputs = _demo_inputs(source)
        for path in inputs:  # the raw archive the backfill re-reads (no notifications: nothing is parsed yet)
            s3.put_object(Bucket=LOCAL_BUCKET, Key=f"{args.prefix}{path.relative_to(source) if source.is_dir() else path.name}",
                          Body=path.read_bytes())
        items = [item for page in s3.get_paginator("list_objects_v2").paginate(Bucket=LOCAL_BUCKET, Prefix=args.prefix)
                 for item in page.get("Contents", [])]
        run_id = uuid.uuid4().hex[:12]
        print(f"embedded S3 at {endpoint}: backfill {run_id} of s3://{LOCAL_BUCKET}/{args.prefix} "
              f"({len(items)} objects, batches of {args.batch_size})")
        with tqdm(total=len(items), unit="object", file=sys.stderr) as progress:
            for start in range(0, len(items), args.batch_size):
                batch = items[start:start + args.batch_size]
                result = parse.handler({"Items": [{"Key": i["Key"], "Size": i["Size"], "Etag": i["ETag"]} for i in batch],
                                        "BatchInput": {"bucket": LOCAL_BUCKET, "run": run_id}}, LambdaContext())
                if "articles" in result["written"]:
                    key = result["written"]["articles"]
                    figures.handler(s3_put_event(LOCAL_BUCKET, key, 1, "backfill"), LambdaContext())
                progress.update(len(batch))
        _merge(f"s3://{LOCAL_BUCKET}", lake)
        print(f"current tables in {lake}")
    return 0

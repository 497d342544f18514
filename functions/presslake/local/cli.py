"""presslake command line: debug one page, run Lambda events and the whole demo locally.

    presslake parse PAGE.html [--url URL]         one article record as JSON
    presslake demo [--pages DIR] [--export DIR] [--scrape]
                                                  raw pages (uploaded, or scraped from a local site)
                                                  -> embedded S3 -> articles -> figures -> SQL
    presslake query SQL|--named NAME --data DIR|s3://BUCKET [--param V]   Athena SQL, run locally
    presslake invoke parse|figures EVENT.json --upload FILE   a Lambda event file, run without Docker
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import textwrap
from contextlib import contextmanager
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "pages"
# Parameters the demo gives the named queries that take one (the seed article's day and unit).
DEMO_PARAMS = {"figures_of_day": ["2025-04-26"], "unit_time_series": ["soldier"], "claims_by_source": ["soldier"]}


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class UsageError(Exception):
    """A mistake at the command line: one line on stderr and exit status 2, no traceback."""


def _read_input(name: str) -> bytes:
    """A page from a file, or standard input for '-'."""
    if name == "-":
        return sys.stdin.buffer.read()
    if re.match(r"(?i)^[a-z][a-z0-9+.-]*://", name):
        raise UsageError(f"{name} is a URL; parse needs a file: save the page first (curl -o page.html URL), "
                         "then give --url URL")
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name} is a folder; give one page file (or use demo --pages {name})")
    if not path.exists():
        raise UsageError(f"{name} does not exist")
    return path.read_bytes()


def cmd_parse(args) -> int:
    from presslake.article.extract import extract_article
    from presslake.article.rawinput import RejectedInput

    try:
        article = extract_article(_read_input(args.page), url=args.url)
    except RejectedInput as rejected:
        print(f"presslake parse: rejected: {rejected}", file=sys.stderr)
        return 2
    print(json.dumps(article.to_record(), indent=2, ensure_ascii=False, default=_json_default))
    return 0


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


def cmd_query(args) -> int:
    from presslake.local.query import QueryError, connect, named_queries, run

    queries = named_queries()
    if args.named == "":
        for name, sql in queries.items():
            print(f"{name:28} {sql.splitlines()[0].lstrip('- ')}")
        return 0
    if bool(args.sql) == bool(args.named):
        raise UsageError("give either SQL or --named NAME (--named alone lists them)")
    if args.named and args.named not in queries:
        raise UsageError(f"no named query {args.named!r}; there are: {', '.join(queries)}")
    if not args.data.startswith("s3://") and not Path(args.data).is_dir():
        raise UsageError(f"--data {args.data}: no such folder")
    sql = queries[args.named] if args.named else args.sql
    try:
        result = run(connect(args.data, _lake_of(args)), sql, args.param)
    except QueryError as error:
        raise UsageError(str(error)) from error
    except OSError as error:  # pyarrow's S3 filesystem: no such bucket, no credentials, no network
        raise UsageError(f"cannot read {args.data}: {str(error).splitlines()[0]}") from error
    print(result.render(args.format, max_width=args.max_width))
    return 0


def cmd_plot(args) -> int:
    from presslake.local.plot import PlotError, time_series_png
    from presslake.local.query import QueryError, connect, named_queries, run

    queries = named_queries()
    if args.named not in queries:
        raise UsageError(f"no named query {args.named!r}; there are: {', '.join(queries)}")
    if not args.data.startswith("s3://") and not Path(args.data).is_dir():
        raise UsageError(f"--data {args.data}: no such folder")
    try:
        result = run(connect(args.data, _lake_of(args)), queries[args.named], args.param)
        count = time_series_png(result, Path(args.out), title=f"{args.named} {' '.join(args.param)}".strip())
    except (QueryError, PlotError) as error:
        raise UsageError(str(error)) from error
    print(f"{args.out}: {count} figures from {args.named}")
    return 0


def _lake_of(args) -> Path | None:
    """--lake, else the `lake/` folder beside a local --data folder (where the demo's --export puts it)."""
    if args.lake:
        return Path(args.lake)
    return None if args.data.startswith("s3://") else Path(args.data) / "lake"


def cmd_merge(args) -> int:
    lake = _lake_of(args)
    if lake is None:
        print("presslake merge: give --lake DIR for the current tables of an s3:// location", file=sys.stderr)
        return 2
    _merge(args.data, lake)
    return 0


def cmd_backfill(args) -> int:
    """Re-run the parse path over a raw/ prefix, as the backfill state machine does, then merge."""
    import uuid
    from datetime import datetime, timezone

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
        run_time = datetime.now(timezone.utc).isoformat()  # Step Functions' $$.Execution.StartTime
        print(f"embedded S3 at {endpoint}: backfill {run_id} of s3://{LOCAL_BUCKET}/{args.prefix} "
              f"({len(items)} objects, batches of {args.batch_size})")
        with tqdm(total=len(items), unit="object", file=sys.stderr) as progress:
            for start in range(0, len(items), args.batch_size):
                batch = items[start:start + args.batch_size]
                result = parse.handler({"Items": [{"Key": i["Key"], "Size": i["Size"], "Etag": i["ETag"]} for i in batch],
                                        "BatchInput": {"bucket": LOCAL_BUCKET, "run": run_id, "run_time": run_time}},
                                       LambdaContext())
                if "articles" in result["written"]:
                    key = result["written"]["articles"]
                    figures.handler(s3_put_event(LOCAL_BUCKET, key, 1, "backfill"), LambdaContext())
                progress.update(len(batch))
        _merge(f"s3://{LOCAL_BUCKET}", lake)
        print(f"current tables in {lake}")
    return 0


def cmd_invoke(args) -> int:
    """Run a Lambda event file against a handler on the embedded S3 (no Docker needed)."""
    from presslake.local.stack import LambdaContext, embedded_s3
    from presslake.handlers.events import iter_object_refs
    from presslake.handlers.s3io import s3_client

    try:
        event = json.loads(_read_input(args.event))
    except ValueError as error:
        raise UsageError(f"{args.event} is not JSON: {error}") from error
    upload = _read_input(args.upload) if args.upload else None
    module = __import__(f"presslake.handlers.{args.function}", fromlist=["handler"])
    context = LambdaContext(function_name=f"presslake-{args.function}")
    with embedded_s3():
        s3 = s3_client()
        if args.function == "scrape":  # --upload is the sources config; without it, a local news site
            with _scrape_setup(s3, DEFAULT_PAGES, upload):
                result = module.handler(event, context)
        else:
            refs = list(iter_object_refs(event))
            if upload is None and refs:
                raise UsageError(f"s3://{refs[0].bucket}/{refs[0].key} does not exist on the embedded stack: "
                                 "give --upload FILE to put there first")
            for ref in refs:
                if ref.bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
                    s3.create_bucket(Bucket=ref.bucket)
                s3.put_object(Bucket=ref.bucket, Key=ref.key, Body=upload)
            result = module.handler(event, context)
    print(json.dumps(result, indent=2, default=_json_default))
    return 0


def main(argv: list[str] | None = None) -> int:
    from presslake import __version__

    parser = argparse.ArgumentParser(prog="presslake", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"presslake {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse_cmd = commands.add_parser("parse", help="print one page's article record as JSON")
    parse_cmd.add_argument("page", help="a page file, or - for standard input")
    parse_cmd.add_argument("--url", help="the page's source URL (as x-amz-meta-source-url would give it)")
    parse_cmd.set_defaults(run=cmd_parse)

    demo = commands.add_parser("demo", help="run the pipeline on an embedded S3 and print the results")
    demo.add_argument("--pages", default=str(DEFAULT_PAGES),
                      help="a page, a .warc/.warc.gz bundle, or a folder of them (searched recursively) to drop into raw/")
    demo.add_argument("--batch-size", type=int, default=1000, help="SQS batch size of the parse function (BatchSize)")
    demo.add_argument("--export", help="copy the staging/ datasets to this folder for `presslake query`")
    demo.add_argument("--scrape", action="store_true",
                      help="serve the pages as a local site (feed, sitemap) and scrape it instead of uploading")
    demo.set_defaults(run=cmd_demo)

    query = commands.add_parser("query", help="run Athena (Trino) SQL locally with DuckDB")
    query.add_argument("sql", nargs="?", help="the SQL text (Trino dialect, as in Athena)")
    query.add_argument("--named", nargs="?", const="", help="run infra/athena/NAME.sql instead (alone: list them)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    query.add_argument("--max-width", type=int, default=48, help="table cells longer than this are cut (0: never)")
    query.add_argument("--data", required=True, help="s3://BUCKET (AWS_ENDPOINT_URL is honoured) or a folder")
    query.add_argument("--param", action="append", default=[], help="value for the next ? placeholder")
    query.add_argument("--lake", help="the local Iceberg warehouse of the current tables (default: DATA/lake)")
    query.set_defaults(run=cmd_query)

    plot = commands.add_parser("plot", help="draw a named query's time series as a PNG chart")
    plot.add_argument("--named", default="unit_time_series", help="a named query with dt and value columns")
    plot.add_argument("--param", action="append", default=[], help="value for the next ? placeholder")
    plot.add_argument("--data", required=True, help="s3://BUCKET or a folder holding staging/")
    plot.add_argument("--lake", help="the local Iceberg warehouse of the current tables (default: DATA/lake)")
    plot.add_argument("--out", default="presslake-plot.png", help="the PNG file to write")
    plot.set_defaults(run=cmd_plot)

    merge = commands.add_parser("merge", help="merge the staging batch files into the current (Iceberg) tables")
    merge.add_argument("--data", required=True, help="s3://BUCKET or a folder holding staging/")
    merge.add_argument("--lake", help="the local Iceberg warehouse (default: DATA/lake)")
    merge.set_defaults(run=cmd_merge)

    backfill = commands.add_parser("backfill", help="re-parse a raw/ prefix on the embedded stack, then merge")
    backfill.add_argument("--prefix", default="raw/backfill/", help="the raw/ prefix to re-read")
    backfill.add_argument("--pages", default=str(DEFAULT_PAGES), help="pages or bundles to put under the prefix first")
    backfill.add_argument("--batch-size", type=int, default=1000, help="keys per parse invocation (the ItemBatcher)")
    backfill.add_argument("--lake", help="the local Iceberg warehouse to merge into (default: a temporary folder)")
    backfill.set_defaults(run=cmd_backfill)

    invoke = commands.add_parser("invoke", help="run a Lambda event file locally (sam local invoke without Docker)")
    invoke.add_argument("function", choices=["parse", "figures", "scrape"])
    invoke.add_argument("event", help="event JSON, e.g. events/s3-put-raw.json")
    invoke.add_argument("--upload", help="file to put at each object the event names before invoking "
                                         "(scrape: the sources config; without it, a local news site)")
    invoke.set_defaults(run=cmd_invoke)

    from presslake.local import cost
    cost.add_parser(commands)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"presslake {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

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
import re
import sys
from pathlib import Path

from presslake.local.demo import DEFAULT_PAGES, _merge, _scrape_setup, cmd_backfill, cmd_demo


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

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"presslake {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

"""presslake command line: parse pages, query and chart what they say, run the pipeline locally.

    presslake parse PAGE.html [--url URL]                    one article record as JSON
    presslake parse DIR|BUNDLE.warc.gz|PAGE... --out OUT.parquet|OUT.jsonl [--figures FIG.parquet]
                                                             many pages, no embedded stack
    presslake query SQL|--named NAME --data DIR|s3://BUCKET [--param V]   Athena SQL, run locally
    presslake plot --named NAME --param V --data DIR --out CHART.svg|CHART.png
    presslake demo [--pages DIR] [--export DIR] [--scrape] [--quiet]
                                                             raw pages -> embedded S3 -> articles -> figures -> SQL
    presslake merge|backfill ...                             the lake's merge and a re-parse, locally
    presslake invoke parse|figures|scrape EVENT.json [--upload FILE]   a Lambda event file, run without Docker
    presslake cost ARTICLES_PER_DAY [--bundled]              a monthly AWS estimate at that volume

Every mistake ends in one line on stderr: exit status 2 for a usage error, 1 when the work
failed, 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
import warnings
from datetime import date, datetime, timezone
from pathlib import Path

from presslake.local.demo import DEFAULT_PAGES, _merge, _scrape_setup, cmd_backfill, cmd_demo
from presslake.local.errors import Failure, UsageError

# The first day of the Glue tables' partition projection on ingest_dt (template.yaml; a test checks):
# a batch file in an earlier partition exists in S3 but no Athena query sees it.
INGEST_DT_START = date(2025, 1, 1)
# The parse function's SQS BatchSize bounds (template.yaml's BatchSize parameter; a test checks).
BATCH_SIZE_RANGE = (1, 10_000)


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _read_input(name: str) -> bytes:
    """A page from a file, or standard input for '-'."""
    if name == "-":
        return sys.stdin.buffer.read()
    if re.match(r"(?i)^[a-z][a-z0-9+.-]*://", name):
        raise UsageError(f"{name} is a URL; parse needs a file: save the page first (curl -o page.html URL), "
                         "then give --url URL")
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name} is a folder: give --out OUT.parquet (or OUT.jsonl) to parse every page in it")
    if not path.exists():
        raise UsageError(f"{name} does not exist")
    return path.read_bytes()


def cmd_parse(args) -> int:
    from presslake.local.parse_files import is_bundle

    if args.out or args.figures or args.rejects:
        return _parse_many(args)
    if len(args.pages) > 1:
        raise UsageError(f"{len(args.pages)} inputs: give --out OUT.parquet (or OUT.jsonl) to parse them all")
    [name] = args.pages
    if name != "-" and is_bundle(Path(name)):
        raise UsageError(f"{name} is a WARC bundle of many pages: give --out OUT.parquet (or OUT.jsonl)")
    from presslake.article.extract import extract_article
    from presslake.article.rawinput import RejectedInput

    try:
        article = extract_article(_read_input(name), url=args.url)
    except RejectedInput as rejected:
        raise UsageError(f"rejected: {rejected}") from rejected
    print(json.dumps(article.to_record(), indent=2, ensure_ascii=False, default=_json_default))
    return 0


def _parse_many(args) -> int:
    """Pages, folders and bundles -> an articles file (and a figures file), no embedded stack."""
    from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA
    from presslake.local.parse_files import (OUTPUT_SUFFIXES, InputError, figure_rows, find_inputs, is_bundle,
                                             parse_files, write_rows)
    from presslake.local.progress import progress_bar

    if not args.out:
        raise UsageError("--figures and --rejects go with --out OUT.parquet (or OUT.jsonl)")
    for option, name in (("--out", args.out), ("--figures", args.figures)):
        if name and Path(name).suffix.lower() not in OUTPUT_SUFFIXES:
            raise UsageError(f"{option} {name}: give a .parquet or .jsonl file name (the format follows it)")
    if args.rejects and not args.rejects.lower().endswith(".jsonl"):
        raise UsageError(f"--rejects {args.rejects}: give a .jsonl file name")
    if args.url:
        raise UsageError("--url names the source of one page printed as JSON; it does not go with --out")
    if "-" in args.pages:
        raise UsageError("- (standard input) is one page printed as JSON; it does not go with --out")
    try:
        inputs = find_inputs([Path(name) for name in args.pages])
    except InputError as error:
        raise UsageError(str(error)) from error
    if any(is_bundle(path) for path in inputs):  # pages per bundle are unknown until read: bytes
        bar = progress_bar(sum(p.stat().st_size for p in inputs), "parse", "B", quiet=args.quiet,
                           unit_scale=True, unit_divisor=1024)
    else:
        bar = progress_bar(len(inputs), "parse", "page", quiet=args.quiet)
    with bar as advance, warnings.catch_warnings():
        # dateutil warns on a page's zone abbreviation it cannot place ("CET"): the date is kept without
        # it, as in the Lambda, and two lines per page would break the progress bar
        warnings.filterwarnings("ignore", message="tzname .* identified but not understood")
        step = advance if any(is_bundle(path) for path in inputs) else (lambda _bytes: advance(1))
        outcome = parse_files(inputs, now=datetime.now(timezone.utc), progress=step)
    rows = outcome.rows
    print("\n".join(outcome.summary(len(rows))))
    if args.rejects:
        Path(args.rejects).parent.mkdir(parents=True, exist_ok=True)
        Path(args.rejects).write_bytes(outcome.batch.manifest())
        print(f"{args.rejects}: {len(outcome.batch.rejects)} quarantined pages with their reasons")
    if not rows:
        raise Failure(f"no articles among {outcome.pages} pages: nothing written")
    write_rows(rows, Path(args.out), ARTICLE_SCHEMA)
    print(f"{args.out}: {len(rows)} articles")
    if args.figures:
        figures = []
        with progress_bar(len(rows), "figures", "article", quiet=args.quiet) as advance:
            for row in rows:
                figures += figure_rows([row])
                advance(1)
        write_rows(figures, Path(args.figures), FIGURE_SCHEMA)
        print(f"{args.figures}: {len(figures)} figures")
    return 0


def _lake_of(args) -> Path | None:
    """--lake, else the `lake/` folder beside a local --data folder (where the demo's --export puts it)."""
    if args.lake:
        return Path(args.lake)
    return None if args.data.startswith("s3://") else Path(args.data) / "lake"


def _check_data(args) -> None:
    """--data names something that holds a lake: s3://, or a folder with staging/, lake/ or parse's files."""
    from presslake.local.query import holds_data

    if args.data.startswith("s3://"):
        return
    folder = Path(args.data)
    if folder.is_file():
        raise UsageError(f"--data {args.data} is a file: give the folder that holds it")
    if not folder.is_dir():
        raise UsageError(f"--data {args.data}: no such folder")
    lake = _lake_of(args)
    if not holds_data(folder) and not (lake and (lake / "catalog.db").exists()):
        raise UsageError(f"--data {args.data} holds no lake: no staging/ or lake/ folder and no Parquet files "
                         "from presslake parse (write some with presslake parse DIR --out "
                         f"{args.data}/articles.parquet, or demo --export {args.data})")


def _answer(args, sql: str, name: str | None):
    """The query's answer over --data, or one line saying why there is none."""
    from presslake.local.query import QueryError, check_params, connect, run

    try:
        check_params(sql, args.param, name)
    except QueryError as error:
        raise UsageError(str(error)) from error
    _check_data(args)
    try:
        # a local folder without a lake: the current tables as a merge would write them (on s3://, the
        # real ones live in the bucket's lake/, which only Athena reads)
        local = not args.data.startswith("s3://")
        con = connect(args.data, _lake_of(args), merged_view=local)
        result = run(con, sql, args.param)
        if name and not result.rows:
            _hint_units(con, sql, args.param)
        return result
    except QueryError as error:
        raise UsageError(str(error)) from error
    except OSError as error:  # pyarrow's S3 filesystem: no such bucket, no credentials, no network
        raise UsageError(f"cannot read {args.data}: {str(error).splitlines()[0]}") from error


def _hint_units(con, sql: str, params: list[str]) -> None:
    """An empty answer to a unit the lake does not have: the units it does have, on stderr."""
    from presslake.local.query import query_parameters, run

    asked = next((value for p, value in zip(query_parameters(sql), params) if p.name == "unit"), None)
    if asked is None:
        return
    units = run(con, "SELECT unit FROM figures_live WHERE unit IS NOT NULL GROUP BY unit "
                     "ORDER BY count(*) DESC, unit LIMIT 12").rows
    if units and asked not in {u for (u,) in units}:
        print(f"note: no figures with unit {asked!r}; the most frequent units here: "
              f"{', '.join(u for (u,) in units)}", file=sys.stderr)


def cmd_query(args) -> int:
    from presslake.local.query import named_queries

    queries = named_queries()
    if args.named == "":
        for name, sql in queries.items():
            print(f"{name:28} {sql.splitlines()[0].lstrip('- ')}")
        return 0
    if bool(args.sql) == bool(args.named):
        raise UsageError("give either SQL or --named NAME (--named alone lists them)")
    if args.named and args.named not in queries:
        raise UsageError(f"no named query {args.named!r}; there are: {', '.join(queries)}")
    result = _answer(args, queries[args.named] if args.named else args.sql, args.named)
    print(result.render(args.format, max_width=args.max_width))
    return 0


def cmd_plot(args) -> int:
    from presslake.local.plot import FORMATS, PlotError, build_chart, render
    from presslake.local.query import named_queries, query_parameters

    queries = named_queries()
    if args.named not in queries:
        raise UsageError(f"no named query {args.named!r}; there are: {', '.join(queries)}")
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"--out {args.out}: give a .svg or .png file name (the format follows the extension)")
    if not out.parent.is_dir():
        raise UsageError(f"--out {args.out}: no such folder {out.parent}")
    sql = queries[args.named]
    result = _answer(args, sql, args.named)
    unit = next((value for p, value in zip(query_parameters(sql), args.param) if p.name == "unit"), None)
    try:
        chart = build_chart(result, query=args.named, params=args.param, unit=unit, log=args.log,
                            gap_days=args.gap_days)
    except PlotError as error:
        raise UsageError(str(error)) from error
    try:
        render(chart, out)
    except OSError as error:
        raise Failure(f"cannot write {args.out}: {error.strerror or error}") from error
    left_out = f" ({chart.undated} from undated articles left out)" if chart.undated else ""
    print(f"{args.out}: {chart.points} figures from {args.named}{left_out}")
    return 0


def cmd_merge(args) -> int:
    lake = _lake_of(args)
    if lake is None:
        raise UsageError("give --lake DIR for the current tables of an s3:// location")
    _check_data(args)
    _merge(args.data, lake)
    return 0


def _recent_event_times(event, now: datetime) -> tuple[object, int]:
    """The event with every S3 event time before the lake's first ingest day replaced by `now`
    (`sam local generate-event` writes 1970-01-01, which would put the batch file in a partition
    Athena never reads), and how many were replaced. SQS bodies are JSON text: decoded and re-encoded."""
    replaced = 0

    def visit(value):
        nonlocal replaced
        if isinstance(value, list):
            return [visit(item) for item in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for key, item in value.items():
            if key in ("eventTime", "time") and isinstance(item, str) and item[:10] < INGEST_DT_START.isoformat():
                item = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
                replaced += 1
            elif key == "body" and isinstance(item, str) and item.lstrip().startswith("{"):
                try:
                    item = json.dumps(visit(json.loads(item)))
                except ValueError:
                    pass
            out[key] = visit(item)
        return out

    return visit(event), replaced


# What each S3-triggered function reads: (key prefix, key suffix) of its template trigger.
_TRIGGERS = {"parse": ("raw/", ""), "figures": ("staging/articles/", ".parquet")}


def cmd_invoke(args) -> int:
    """Run a Lambda event file against a handler on the embedded S3 (no Docker needed)."""
    from presslake.handlers.events import iter_object_refs
    from presslake.handlers.s3io import s3_client
    from presslake.local.stack import LambdaContext, embedded_s3

    try:
        event = json.loads(_read_input(args.event))
    except ValueError as error:
        raise UsageError(f"{args.event} is not JSON: {error}") from error
    upload = _read_input(args.upload) if args.upload else None
    refs = list(iter_object_refs(event))
    if args.function in _TRIGGERS:
        prefix, suffix = _TRIGGERS[args.function]
        if refs and not any(r.key.startswith(prefix) and r.key.endswith(suffix) for r in refs):
            others = [name for name, (p, s) in _TRIGGERS.items() if refs[0].key.startswith(p) and refs[0].key.endswith(s)]
            raise UsageError(f"{args.event} names {refs[0].key}; the {args.function} function reads {prefix}*{suffix} "
                             "objects only" + (f": try presslake invoke {others[0]} {args.event}" if others else ""))
        if upload is None and refs:
            raise UsageError(f"s3://{refs[0].bucket}/{refs[0].key} does not exist on the embedded stack: "
                             "give --upload FILE to put there first")
        event, replaced = _recent_event_times(event, datetime.now(timezone.utc))
        if replaced:
            print(f"note: {args.event}: event time before {INGEST_DT_START} (the first day Athena's partition "
                  "projection reads) replaced by the current time", file=sys.stderr)
    module = __import__(f"presslake.handlers.{args.function}", fromlist=["handler"])
    context = LambdaContext(function_name=f"presslake-{args.function}")
    with embedded_s3(), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="No application metrics to publish")  # metrics are off locally
        s3 = s3_client()
        if args.function == "scrape":  # --upload is the sources config; without it, a local news site
            with _scrape_setup(s3, DEFAULT_PAGES, upload):
                result = module.handler(event, context)
        else:
            for ref in refs:
                if ref.bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
                    s3.create_bucket(Bucket=ref.bucket)
                s3.put_object(Bucket=ref.bucket, Key=ref.key, Body=upload)
            result = module.handler(event, context)
    print(json.dumps(result, indent=2, default=_json_default))
    return 0


def _batch_size(text: str) -> int:
    """argparse type: an SQS batch size within the template's bounds."""
    low, high = BATCH_SIZE_RANGE
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{value} is outside {low}-{high} (the template's BatchSize)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Options show their defaults; an option with none (or a flag) shows nothing extra."""

    def _get_help_string(self, action):
        if action.default in (None, False, [], argparse.SUPPRESS):
            return action.help or ""
        return super()._get_help_string(action)


class _Parser(argparse.ArgumentParser):
    """Every subcommand's --help opens with its one-line help and shows the defaults, however it
    was registered: the subparsers are completed when the command line is parsed."""

    def parse_known_args(self, args=None, namespace=None):
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    command = action.choices[choice.dest]
                    command.description = command.description or choice.help
                    command.formatter_class = _HelpFormatter
        return super().parse_known_args(args, namespace)


def _stdout_to_devnull() -> None:
    """The reader went away (`| head`): drop what is left instead of failing again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a stdout without a file descriptor (a test's capture)
        pass


def main(argv: list[str] | None = None) -> int:
    from presslake import __version__

    parser = _Parser(prog="presslake", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"presslake {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse_cmd = commands.add_parser("parse", help="extract articles (and their figures) from pages, no AWS needed")
    parse_cmd.add_argument("pages", nargs="+", metavar="PAGE",
                           help="a page, a .warc/.warc.gz bundle, a folder of them (searched recursively); "
                                "- for one page on standard input")
    parse_cmd.add_argument("--out", help="write the articles to OUT.parquet or OUT.jsonl "
                                         "(without --out: one page's record printed as JSON)")
    parse_cmd.add_argument("--figures", help="also write the articles' figures to FIG.parquet or FIG.jsonl")
    parse_cmd.add_argument("--rejects", help="write the quarantined pages and their reasons to REJECTS.jsonl")
    parse_cmd.add_argument("--url", help="one page's source URL (as x-amz-meta-source-url would give it)")
    parse_cmd.add_argument("--quiet", action="store_true", help="no progress bar")
    parse_cmd.set_defaults(run=cmd_parse)

    demo = commands.add_parser("demo", help="run the whole pipeline on an embedded S3 and print what it did")
    demo.add_argument("--pages", default=str(DEFAULT_PAGES),
                      help="a page, a .warc/.warc.gz bundle, or a folder of them (searched recursively) to drop into raw/")
    demo.add_argument("--batch-size", type=_batch_size, default=1000,
                      help="SQS batch size of the parse function (the template's BatchSize)")
    demo.add_argument("--export", help="copy the staging/ datasets and the merged lake to this folder "
                                       "for `presslake query`")
    demo.add_argument("--scrape", action="store_true",
                      help="serve the pages as a local site (feed, sitemap) and scrape it instead of uploading")
    demo.add_argument("--quiet", action="store_true",
                      help="print the counts, files and row counts only, not every article and answer")
    demo.set_defaults(run=cmd_demo)

    query = commands.add_parser("query", help="run Athena (Trino) SQL locally with DuckDB")
    query.add_argument("sql", nargs="?", help="the SQL text (Trino dialect, as in Athena)")
    query.add_argument("--named", nargs="?", const="", help="run infra/athena/NAME.sql instead (alone: list them)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table", help="how to print the answer")
    query.add_argument("--max-width", type=int, default=48, help="table cells longer than this are cut (0: never)")
    query.add_argument("--data", required=True,
                       help="a folder (parse's output, or staging/ and lake/ from demo --export) or s3://BUCKET "
                            "(AWS_ENDPOINT_URL is honoured)")
    query.add_argument("--param", action="append", default=[], help="value for the next ? placeholder")
    query.add_argument("--lake", help="the local Iceberg warehouse of the current tables (default: DATA/lake)")
    query.set_defaults(run=cmd_query)

    plot = commands.add_parser("plot", help="draw a named query's figures by day as an SVG or PNG chart")
    plot.add_argument("--named", default="unit_time_series", help="a named query with dt and value columns")
    plot.add_argument("--param", action="append", default=[], help="value for the next ? placeholder")
    plot.add_argument("--data", required=True, help="a folder (as for query) or s3://BUCKET")
    plot.add_argument("--lake", help="the local Iceberg warehouse of the current tables (default: DATA/lake)")
    plot.add_argument("--out", default="presslake-plot.svg", help="the chart to write: .svg or .png")
    plot.add_argument("--log", action="store_true", help="a logarithmic value axis (one outlier no longer "
                                                         "flattens the rest)")
    plot.add_argument("--gap-days", type=_positive, default=30,
                      help="no line joins two days further apart than this")
    plot.set_defaults(run=cmd_plot)

    merge = commands.add_parser("merge", help="merge the staging batch files into the current (Iceberg) tables")
    merge.add_argument("--data", required=True, help="a folder (staging/ or parse's output) or s3://BUCKET")
    merge.add_argument("--lake", help="the local Iceberg warehouse (default: DATA/lake)")
    merge.set_defaults(run=cmd_merge)

    backfill = commands.add_parser("backfill", help="re-parse a raw/ prefix on the embedded stack, then merge")
    backfill.add_argument("--prefix", default="raw/backfill/", help="the raw/ prefix to re-read")
    backfill.add_argument("--pages", default=str(DEFAULT_PAGES), help="pages or bundles to put under the prefix first")
    backfill.add_argument("--batch-size", type=_positive, default=1000, help="keys per parse invocation (the ItemBatcher)")
    backfill.add_argument("--lake", help="the local Iceberg warehouse to merge into (default: a temporary folder, "
                                         "removed at the end)")
    backfill.set_defaults(run=cmd_backfill)

    invoke = commands.add_parser("invoke", help="run a Lambda event file locally (sam local invoke without Docker)")
    invoke.add_argument("function", choices=["parse", "figures", "scrape"], help="the function to run")
    invoke.add_argument("event", help="event JSON, e.g. events/s3-put-raw.json")
    invoke.add_argument("--upload", help="file to put at each object the event names before invoking "
                                         "(scrape: the sources config; without it, a local news site)")
    invoke.set_defaults(run=cmd_invoke)

    from presslake.local import cost
    cost.add_parser(commands)

    args = parser.parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except UsageError as error:
        print(f"presslake {args.command}: {error}", file=sys.stderr)
        return 2
    except Failure as error:
        print(f"presslake {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"presslake {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _stdout_to_devnull()
        return 1
    finally:
        # Arrow objects left for the interpreter's teardown can abort the process at exit
        # ("terminate called without an active exception", apache/arrow#34314): free them now.
        gc.collect()


if __name__ == "__main__":
    raise SystemExit(main())

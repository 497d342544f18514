"""Athena SQL, run locally: Trino SQL transpiled by sqlglot to DuckDB, over the same Parquet.

The tables are pyarrow datasets with the Glue tables' layout (the batch files under
`staging/`, Hive `ingest_dt=` partitions, a string as in Glue), read from S3 (the
embedded one, or real S3) or from a local folder holding `staging/`. Local-only: not
in the Lambda bundle.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import weakref
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import sqlglot

from presslake.lake.keys import ARTICLES_PREFIX, FIGURES_PREFIX, QUARANTINE_PREFIX
from presslake.lake.schema import ALLOWED_VALUES, ARTICLE_SCHEMA, FIGURE_SCHEMA, PARTITION_COLUMN, QUARANTINE_SCHEMA
from presslake.local.lake import lake_sql

# Glue table over the batch files -> (its folder under the bucket, its schema), as template.yaml defines them.
STAGING_TABLES = {"staging_articles": (ARTICLES_PREFIX, ARTICLE_SCHEMA),
                  "staging_figures": (FIGURES_PREFIX, FIGURE_SCHEMA)}
# The current (Iceberg) tables, and the views over them and staging (infra/athena/lake/<view>.sql).
CURRENT_TABLES = {"articles": ARTICLE_SCHEMA, "figures": FIGURE_SCHEMA}
LIVE_VIEWS = ("articles_live", "figures_live")
NAMED_QUERIES_DIR = Path(__file__).resolve().parents[3] / "infra" / "athena"


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]

    def as_dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def render(self, fmt: str = "table", *, max_width: int = 48) -> str:
        if fmt == "json":
            return json.dumps(self.as_dicts(), indent=2, ensure_ascii=False, default=str)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(self.columns)
            writer.writerows(["" if v is None else v for v in row] for row in self.rows)
            return out.getvalue().rstrip("\n")
        return self.table(max_width)

    def table(self, max_width: int = 48) -> str:
        """A plain-text table, as a terminal shows query answers (max_width 0: cells are never cut)."""
        cells = [[_cell(v, max_width) for v in row] for row in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(self.columns)]
        line = " | ".join(c.ljust(w) for c, w in zip(self.columns, widths))
        out = [line, "-+-".join("-" * w for w in widths)]
        out += [" | ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)


def _cell(value, max_width: int) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return text if not max_width or len(text) <= max_width else text[: max_width - 1] + "…"


def to_duckdb(sql: str) -> str:
    """Athena (Trino) SQL -> DuckDB SQL. One statement."""
    [statement] = sqlglot.transpile(sql, read="trino", write="duckdb")
    return statement


def s3_filesystem() -> pafs.S3FileSystem:
    """pyarrow's S3 client, pointed at AWS_ENDPOINT_URL when set (the embedded S3)."""
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    options = {"region": os.environ.get("AWS_DEFAULT_REGION", "us-east-1")}
    if endpoint:
        scheme, _, host = endpoint.partition("://")
        options.update(endpoint_override=host, scheme=scheme)
    if os.environ.get("AWS_ACCESS_KEY_ID"):
        options.update(access_key=os.environ["AWS_ACCESS_KEY_ID"],
                       secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
                       session_token=os.environ.get("AWS_SESSION_TOKEN"))
    return pafs.S3FileSystem(**options)


def _dataset(root: str, filesystem: pafs.FileSystem, schema: pa.Schema, file_format: str = "parquet"):
    full_schema = schema.append(pa.field(PARTITION_COLUMN, pa.string()))
    info = filesystem.get_file_info(root)
    if info.type != pafs.FileType.Directory:
        return full_schema.empty_table()  # nothing written yet: an empty table, as Athena shows it
    return ds.dataset(root, filesystem=filesystem, format=file_format, schema=full_schema,
                      partitioning=ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive"),
                      exclude_invalid_files=False)


def parsed_files(folder: Path) -> dict[str, list[Path]]:
    """The Parquet files `presslake parse` wrote in `folder` (not in subfolders), by the table they
    hold: a file whose columns are the articles (figures) schema's is an articles (figures) file."""
    found: dict[str, list[Path]] = {"staging_articles": [], "staging_figures": []}
    for path in sorted(folder.glob("*.parquet")):
        try:
            names = set(pq.read_schema(path).names)
        except (OSError, pa.ArrowException):
            continue  # not Parquet after all: not ours
        for table, (_prefix, schema) in STAGING_TABLES.items():
            if names == set(schema.names):
                found[table].append(path)
    return found


def holds_data(folder: Path) -> bool:
    """A folder `connect` can read: staging/ batch files, a lake, or Parquet files from `presslake parse`."""
    return ((folder / "staging").is_dir() or (folder / "lake" / "catalog.db").exists()
            or any(parsed_files(folder).values()))


def _parsed_table(paths: list[Path], schema: pa.Schema) -> pa.Table:
    """Files from `presslake parse` as a staging table: their ingest day as the partition column."""
    table = pa.concat_tables([pq.read_table(path, schema=schema) for path in paths]) if paths \
        else schema.empty_table()
    days = pa.array([ts.date().isoformat() if ts else None for ts in table.column("ingested_at").to_pylist()],
                    pa.string())
    return table.append_column(PARTITION_COLUMN, days)


def connect(location: str, lake: Path | None = None, *, merged_view: bool = False) -> duckdb.DuckDBPyConnection:
    """DuckDB with the Athena tables and views over `location` (s3://bucket[/prefix] or a folder):
    the staging tables over the batch files (or over the Parquet files `presslake parse` wrote in
    the folder), the current tables from the local Iceberg warehouse `lake` and the live views,
    from the same SQL.

    Without a warehouse, the current tables are empty, as before a first merge; with
    `merged_view` they are instead what a merge of the staged rows would write (the live
    views' rows), so `SELECT ... FROM articles` answers before any merge."""
    if location.startswith("s3://"):
        filesystem, root = s3_filesystem(), location[len("s3://"):].rstrip("/")
    else:
        filesystem, root = pafs.LocalFileSystem(), str(Path(location).resolve())
    con = duckdb.connect()
    parsed = parsed_files(Path(root)) if not location.startswith("s3://") and not Path(root, "staging").is_dir() \
        else {}
    for name, (prefix, schema) in STAGING_TABLES.items():
        if any(parsed.values()):
            con.register(name, _parsed_table(parsed[name], schema))
        else:
            con.register(name, _dataset(f"{root}/{prefix.rstrip('/')}", filesystem, schema))
    _DEFERRED[con] = {"quarantine": partial(_register_quarantine, root=root, filesystem=filesystem)}
    has_lake = lake is not None and (lake / "catalog.db").exists()
    if has_lake:
        from presslake.local.lake import LocalLake

        LocalLake(lake).register(con)
    else:
        for name, schema in CURRENT_TABLES.items():
            con.register(name, schema.empty_table())
    for view in LIVE_VIEWS:
        con.execute(to_duckdb(lake_sql(view)))
    if merged_view and not has_lake:
        live = {name: con.sql(f"SELECT * FROM {name}_live").to_arrow_table() for name in CURRENT_TABLES}
        for name, table in live.items():
            con.register(name, table)
    return con


# Tables read whole when a statement first names them, not at connect: pyarrow's JSON scanner
# reads its first block while holding the GIL, which would stall the embedded S3 server's thread,
# so the manifests are read up front, and only for the statements that need them.
_DEFERRED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _register_quarantine(con: duckdb.DuckDBPyConnection, root: str, filesystem: pafs.FileSystem) -> None:
    """The Glue table `quarantine`: the manifests' JSON lines, with the stage folder and ingest_dt
    partitions as its last columns (quarantine/<stage>/ingest_dt=<day>/<batch>.jsonl)."""
    selects = []
    for stage in ALLOWED_VALUES["stage"]:
        manifests = _dataset(f"{root}/{QUARANTINE_PREFIX}{stage}", filesystem, QUARANTINE_SCHEMA, "json")
        con.register(f"quarantine_{stage}", manifests if isinstance(manifests, pa.Table) else manifests.to_table())
        selects.append(f"SELECT {', '.join(QUARANTINE_SCHEMA.names)}, '{stage}' AS stage, {PARTITION_COLUMN} "
                       f"FROM quarantine_{stage}")
    con.execute("CREATE VIEW quarantine AS " + " UNION ALL ".join(selects))


class QueryError(Exception):
    """SQL that cannot run: a syntax error, an unknown table or column, a missing parameter."""


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Result:
    deferred = _DEFERRED.get(con, {})
    for name in [name for name in deferred if re.search(rf"\b{name}\b", sql, re.I)]:
        deferred.pop(name)(con)
    try:
        cursor = con.execute(to_duckdb(sql), params or [])
        return Result([d[0] for d in cursor.description], cursor.fetchall())
    except sqlglot.errors.ParseError as error:
        raise QueryError(syntax_error(sql, error)) from error
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from error


def syntax_error(sql: str, error: sqlglot.errors.ParseError) -> str:
    """One readable line for SQL sqlglot cannot parse: DuckDB's parser names the token ('syntax error
    at or near "SELEC"'), where sqlglot names its own classes; else where sqlglot stopped."""
    try:
        duckdb.connect().extract_statements(sql)
    except duckdb.Error as duck:
        return str(duck).splitlines()[0].removeprefix("Parser Error: ")
    where = error.errors[0] if error.errors else {}
    return (f"syntax error at or near {where.get('highlight', '')!r} (line {where.get('line', '?')}, "
            f"column {where.get('col', '?')})")


@dataclass(frozen=True)
class Parameter:
    """A named query's `?`, from its '-- Parameter N: the NAME, what it is' comment line."""

    name: str
    description: str

    @property
    def is_day(self) -> bool:
        return "YYYY-MM-DD" in self.description


_PARAMETER_LINE = re.compile(r"^--\s*Parameter\s+(\d+):\s*(?:the\s+)?([\w ]+?),\s*(.*)$", re.M)


def query_parameters(sql: str) -> list[Parameter]:
    """The parameters a named query documents, in placeholder order."""
    return [Parameter(m.group(2), m.group(3).strip()) for m in
            sorted(_PARAMETER_LINE.finditer(sql), key=lambda m: int(m.group(1)))]


def placeholder_count(sql: str) -> int | None:
    """How many `?` the SQL has (None when it does not parse: its syntax error says more)."""
    try:
        return sum(len(list(tree.find_all(sqlglot.exp.Placeholder)))
                   for tree in sqlglot.parse(sql, read="trino") if tree is not None)
    except sqlglot.errors.ParseError:
        return None


def check_params(sql: str, params: list[str], name: str | None = None) -> None:
    """QueryError naming what is missing, extra or malformed, before DuckDB says it by number."""
    documented = query_parameters(sql) if name else []
    expected = placeholder_count(sql)
    if expected is None:
        return
    if name and len(params) < expected and len(documented) == expected:
        needed = "; ".join(f"{p.name} ({p.description.rstrip('.')})" for p in documented[len(params):])
        raise QueryError(f"{name} needs a --param for: {needed}")
    if len(params) != expected:
        takes = f"{name} takes" if name else "the SQL has"
        listed = f" ({', '.join(p.name for p in documented)})" if documented else ""
        raise QueryError(f"{takes} {expected} parameter{'s' if expected != 1 else ''}{listed}; "
                         f"{len(params)} --param given")
    for parameter, value in zip(documented, params):
        if parameter.is_day and not _is_day(value):
            raise QueryError(f"--param {value}: {name} takes its {parameter.name} as YYYY-MM-DD, "
                             f"e.g. {date.today().isoformat()}")


def _is_day(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def named_queries() -> dict[str, str]:
    """The SQL of every named query, by file stem: the same text deployed to Athena."""
    return {path.stem: path.read_text() for path in sorted(NAMED_QUERIES_DIR.glob("*.sql"))}

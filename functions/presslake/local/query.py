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
from functools import partial
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
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


def connect(location: str, lake: Path | None = None) -> duckdb.DuckDBPyConnection:
    """DuckDB with the Athena tables and views over `location` (s3://bucket[/prefix] or a folder):
    the staging tables over the batch files, the current tables from the local Iceberg
    warehouse `lake` (empty when there is none yet) and the live views, from the same SQL."""
    if location.startswith("s3://"):
        filesystem, root = s3_filesystem(), location[len("s3://"):].rstrip("/")
    else:
        filesystem, root = pafs.LocalFileSystem(), str(Path(location).resolve())
    con = duckdb.connect()
    for name, (prefix, schema) in STAGING_TABLES.items():
        con.register(name, _dataset(f"{root}/{prefix.rstrip('/')}", filesystem, schema))
    _DEFERRED[con] = {"quarantine": partial(_register_quarantine, root=root, filesystem=filesystem)}
    if lake is not None and (lake / "catalog.db").exists():
        from presslake.local.lake import LocalLake

        LocalLake(lake).register(con)
    else:
        for name, schema in CURRENT_TABLES.items():
            con.register(name, schema.empty_table())
    for view in LIVE_VIEWS:
        con.execute(to_duckdb(lake_sql(view)))
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
        raise QueryError(f"SQL syntax: {str(error).splitlines()[0]}") from error
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from error


def named_queries() -> dict[str, str]:
    """The SQL of every named query, by file stem: the same text deployed to Athena."""
    return {path.stem: path.read_text() for path in sorted(NAMED_QUERIES_DIR.glob("*.sql"))}

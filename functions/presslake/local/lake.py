"""The lake's current tables, locally: Apache Iceberg (pyiceberg, a SQL catalog in a folder),
merged from the staging batch files by the same rules, and mostly the same SQL, as the
Athena merge (infra/athena/lake/*.sql, transpiled for DuckDB).

Athena runs `MERGE INTO`; here DuckDB runs the merge's own source statements
(`watermark.sql`, `staged_articles.sql`, `staged_figures.sql`), its own "is newer"
condition and the condition of `delete_stale_figures.sql`, and pyiceberg writes the result
in one transaction per table. Local-only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA

LAKE_SQL_DIR = Path(__file__).resolve().parents[3] / "infra" / "athena" / "lake"
NAMESPACE = "presslake"
TABLES = {"articles": ARTICLE_SCHEMA, "figures": FIGURE_SCHEMA}


def lake_sql(name: str) -> str:
    """The text of infra/athena/lake/<name>.sql, as Athena runs it."""
    return (LAKE_SQL_DIR / f"{name}.sql").read_text()


def newer_condition() -> str:
    """The merge's "the staged version s is newer than the current t" condition, from merge_articles.sql."""
    match = re.search(r"WHEN MATCHED AND (.*?) THEN UPDATE", lake_sql("merge_articles"), re.S)
    return match.group(1)


def stale_figures_condition() -> str:
    """The WHERE clause of delete_stale_figures.sql: which figures belong to superseded versions."""
    match = re.search(r"DELETE FROM figures\s+WHERE (.*)", lake_sql("delete_stale_figures"), re.S)
    return match.group(1)


def _unquote(literal: str) -> str:
    return literal[1:-1] if literal.startswith("'") and literal.endswith("'") else literal


@dataclass
class MergeReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    figures_deleted: int = 0
    figures_inserted: int = 0
    days: list[str] = field(default_factory=list)
    files_before: dict[str, int] = field(default_factory=dict)
    files_after: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        return (f"merge: {self.inserted} articles inserted, {self.updated} updated, {self.unchanged} unchanged; "
                f"figures of {self.inserted + self.updated} articles replaced ({self.figures_deleted} deleted, "
                f"{self.figures_inserted} inserted); {len(self.days)} day partitions touched")


class LocalLake:
    """The current `articles` and `figures` tables in `warehouse` (created on first use)."""

    def __init__(self, warehouse: Path):
        from pyiceberg.catalog.sql import SqlCatalog

        warehouse.mkdir(parents=True, exist_ok=True)
        self.catalog = SqlCatalog(NAMESPACE, uri=f"sqlite:///{warehouse / 'catalog.db'}",
                                  warehouse=warehouse.resolve().as_uri())
        self.catalog.create_namespace_if_not_exists(NAMESPACE)
        self.tables = {name: self._table(name, schema) for name, schema in TABLES.items()}

    def _table(self, name: str, schema: pa.Schema):
        identifier = f"{NAMESPACE}.{name}"
        if self.catalog.table_exists(identifier):
            table = self.catalog.load_table(identifier)
            missing = set(schema.names) - {f.name for f in table.schema().fields}
            if missing:
                # a lake made by an older presslake: new columns are added (null in old rows)
                with table.update_schema() as update:
                    update.union_by_name(schema)
            return table
        table = self.catalog.create_table(identifier, schema=schema)
        with table.update_spec() as spec:
            spec.add_identity("dt")  # partitioned by publication day, as the Athena table
        return table

    def read(self, name: str) -> pa.Table:
        table = self.tables[name]
        table.refresh()
        if not table.current_snapshot():
            return TABLES[name].empty_table()
        # columns added by a schema update sit at the end of the Iceberg table
        return table.scan().to_arrow().select(TABLES[name].names).cast(TABLES[name])

    def register(self, con: duckdb.DuckDBPyConnection, names=tuple(TABLES)) -> None:
        for name in names:
            con.register(name, self.read(name))

    def files_per_day(self, name: str) -> dict[str, int]:
        table = self.tables[name]
        if not table.current_snapshot():
            return {}
        files = table.inspect.files().to_pylist()
        counts: dict[str, int] = {}
        for entry in files:
            day = entry["partition"]["dt"]
            counts[day] = counts.get(day, 0) + 1
        return counts

    # ------------------------------------------------------------ the merge

    def merge(self, con: duckdb.DuckDBPyConnection, *, optimize: bool = True) -> MergeReport:
        """Merge the staging rows of `con` (staging_articles, staging_figures) into the current tables."""
        from pyiceberg.expressions import In

        from presslake.local.query import to_duckdb

        report = MergeReport()
        self.register(con)
        first_ingest_dt, since = (_unquote(v) for v in con.execute(to_duckdb(lake_sql("watermark"))).fetchall()[0])
        staged = con.sql(to_duckdb(lake_sql("staged_articles")), params=[first_ingest_dt, since]).to_arrow_table()
        con.register("staged", staged)
        newer = to_duckdb(f"SELECT 1 FROM x WHERE {newer_condition()}").split("WHERE ", 1)[1]
        changes = con.execute(f"""
            SELECT s.article_id, t.article_id IS NULL AS is_new, t.article_id IS NOT NULL AND ({newer}) AS is_newer
            FROM staged s LEFT JOIN articles t ON t.article_id = s.article_id""").fetchall()
        new_ids = [a for a, is_new, _ in changes if is_new]
        newer_ids = [a for a, is_new, is_newer in changes if is_newer]
        report.inserted, report.updated = len(new_ids), len(newer_ids)
        report.unchanged = len(changes) - len(new_ids) - len(newer_ids)
        changed = new_ids + newer_ids
        if not staged.num_rows:
            return report
        winners = con.sql("SELECT * FROM staged WHERE list_contains(?, article_id)", params=[changed]).to_arrow_table()
        report.days = sorted(set(winners.column("dt").to_pylist()))
        staged_days = sorted(set(staged.column("dt").to_pylist()))
        if changed:
            with self.tables["articles"].transaction() as tx:
                if newer_ids:
                    tx.delete(In("article_id", newer_ids))
                tx.append(winners.select(ARTICLE_SCHEMA.names).cast(ARTICLE_SCHEMA))

        self.register(con, ["articles"])  # the figures follow the articles' current versions
        # delete_stale_figures.sql, then merge_figures.sql, over every article whose current version is in
        # the window (not only those this run changed: a rerun after a merge that stopped before its figures
        # step finishes it): drop the figures of superseded versions, insert the current versions' figures
        # not there yet, and those whose figure id was dropped (a rerun of a finished merge changes nothing)
        chunk = [since, staged_days[0], staged_days[-1]]
        stale_where = to_duckdb(f"SELECT figure_id FROM figures WHERE {stale_figures_condition()}")
        stale = [row[0] for row in con.execute(stale_where, chunk * 2).fetchall()]
        con.register("stale", pa.table({"figure_id": pa.array(stale, pa.string())}))
        con.register("staged_figures", con.sql(to_duckdb(lake_sql("staged_figures")), params=[
            first_ingest_dt, *chunk]).to_arrow_table())
        fresh = con.sql("SELECT s.* FROM staged_figures s WHERE NOT EXISTS (SELECT 1 FROM figures f "
                        "WHERE f.figure_id = s.figure_id AND f.batch_id = s.batch_id "
                        "AND f.figure_id NOT IN (SELECT figure_id FROM stale))").to_arrow_table()
        report.figures_deleted, report.figures_inserted = len(stale), fresh.num_rows
        report.days = sorted(set(report.days) | set(fresh.column("dt").to_pylist()))
        with self.tables["figures"].transaction() as tx:
            if stale:
                tx.delete(In("figure_id", stale))
            if fresh.num_rows:
                tx.append(fresh.select(FIGURE_SCHEMA.names).cast(FIGURE_SCHEMA))
        if optimize:
            for name in TABLES:
                report.files_before[name] = sum(self.files_per_day(name).get(day, 0) for day in report.days)
                self.optimize(name, report.days)
                report.files_after[name] = sum(self.files_per_day(name).get(day, 0) for day in report.days)
        self.register(con)  # `con` answers from the merged tables
        return report

    def optimize(self, name: str, days: list[str]) -> None:
        """Rewrite each day's files as one (what Athena's OPTIMIZE ... BIN_PACK does for small files)."""
        from pyiceberg.expressions import EqualTo

        table = self.tables[name]
        counts = self.files_per_day(name)
        for day in days:
            if counts.get(day, 0) > 1:
                rows = table.scan(row_filter=EqualTo("dt", day)).to_arrow().cast(TABLES[name])
                table.overwrite(rows, overwrite_filter=EqualTo("dt", day))

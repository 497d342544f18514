"""The merge under realistic duplication: exactness, files, query speed, scan and cost.

Usage: python bench/lake.py [--articles 20000] [--corpus ../shared/corpus] [--json]

Article rows come from the real extractor and figure extractor on the project's fixtures
and, when present, Readability's pages, replicated with distinct URLs (so distinct
article ids) over 30 publication days (--spread-days), and written as staging batch files of 1,000 the
way the parse and figures handlers write them. The duplication: every event delivered
twice (each article in two batches), 5% of pages re-uploaded later with an edit, 2% with
a changed publication date, and one batch retried after its file was written (the same
file again). Days 2 to 4 each add 10% new articles and re-ingest 5% of the old ones with an
edit, and the merge runs after each day: what it reads follows the new data (the watermark
and one day of lookback), while the table grows.

The local merge (pyiceberg + DuckDB, the Athena merge's SQL) is timed. The bytes the
Athena statements would scan are the staging files in the partitions the watermark
selects plus the key columns of the current tables the MERGE joins on (article_id,
ingested_at, batch_id); priced at Athena's $5 per TB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
ATHENA_PER_TB = 5.0
BATCH = 1000


def distinct_articles(corpus: Path | None) -> list[tuple[dict, list[dict]]]:
    """(article record, figure rows) of every page that is an article."""
    from presslake.article.extract import extract_article
    from presslake.article.rawinput import RejectedInput
    from presslake.handlers.figures import figure_rows

    pages = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
    if corpus and corpus.exists():
        pages += sorted(corpus.glob("readability-test-pages/*/source.html"))
    out = []
    for path in pages:
        try:
            article = extract_article(path.read_bytes(), url=f"https://bench.example/{path.parent.name}/{path.stem}")
        except RejectedInput:
            continue
        if article.is_article:
            record = article.to_record()
            out.append((record, figure_rows(record | {"dt": None, "batch_id": None, "ingested_at": None})))
    return out


SPREAD_DAYS = 30  # publication days the articles fall on (--spread-days)


def versioned(template: tuple[dict, list[dict]], i: int, ingested_at: datetime, *, edit: str = "",
              day_shift: int = 0) -> tuple[dict, list[dict]]:
    """Article i of the run: its own id and day; an edit changes the body, a shift the date."""
    from presslake.handlers.figures import figure_id

    record, figures = template
    article_id = hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:32]
    dt = (datetime(2025, 4, 1) + timedelta(days=i % SPREAD_DAYS + day_shift)).date().isoformat()
    row = record | {"article_id": article_id, "url": f"https://bench.example/{i}", "dt": dt,
                    "ingested_at": ingested_at, "body": record["body"] + edit, "raw_key": f"raw/bench/{i}.html",
                    "raw_bucket": "bench", "raw_version": ingested_at.isoformat(), "raw_sha256": "0" * 64}
    rows = [f | {"article_id": article_id, "figure_id": figure_id(article_id, f["field"], f["char_start"]),
                 "dt": dt, "ingested_at": ingested_at} for f in figures]
    if edit:  # the edit adds a figure at the end of the body
        rows.append({**(rows[0] if rows else {}), "article_id": article_id, "field": "body",
                     "figure_id": figure_id(article_id, "body", len(record["body"])), "char_start": len(record["body"]),
                     "char_end": len(row["body"]), "text": edit.strip(), "value": 7.0, "unit": "update",
                     "kind": "count", "dt": dt, "ingested_at": ingested_at, "published_at": record["published_at"],
                     "source": record["source"], "url": row["url"]})
    return row, rows


def write_batches(root: Path, items: list[tuple[dict, list[dict]]], ingest_dt: str, tag: str) -> list[str]:
    """Staging files of BATCH articles each, as the handlers write them; returns the batch ids."""
    from presslake.lake.keys import articles_key, figures_key_for
    from presslake.lake.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, to_parquet_bytes

    ids = []
    for start in range(0, len(items), BATCH):
        batch_id = hashlib.sha256(f"{tag}-{start}".encode()).hexdigest()[:32]
        chunk = items[start:start + BATCH]
        key = articles_key(ingest_dt, batch_id)
        for path, rows, schema in ((root / key, [a | {"batch_id": batch_id} for a, _ in chunk], ARTICLE_SCHEMA),
                                   (root / figures_key_for(key), [f | {"batch_id": batch_id} for _, fs in chunk
                                                                  for f in fs], FIGURE_SCHEMA)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(to_parquet_bytes(rows, schema))
        ids.append(batch_id)
    return ids


def staging_bytes(root: Path, first_ingest_dt: str) -> int:
    return sum(p.stat().st_size for p in (root / "staging").rglob("*.parquet")
               if p.parent.name.split("=", 1)[1] >= first_ingest_dt)


def key_column_bytes(lake) -> int:
    """Compressed bytes of the columns the MERGE joins and compares in the current tables."""
    import pyarrow.parquet as pq

    total = 0
    for name, columns in (("articles", {"article_id", "ingested_at", "batch_id"}),
                          ("figures", {"figure_id", "article_id", "batch_id"})):
        table = lake.tables[name]
        table.refresh()
        if not table.current_snapshot():
            continue
        for entry in table.inspect.files().to_pylist():
            meta = pq.ParquetFile(entry["file_path"].removeprefix("file://")).metadata
            for g in range(meta.num_row_groups):
                for c in range(meta.num_columns):
                    column = meta.row_group(g).column(c)
                    if column.path_in_schema in columns:
                        total += column.total_compressed_size
    return total


def merge_run(root: Path, lake_dir: Path) -> dict:
    from presslake.local.lake import LocalLake, lake_sql
    from presslake.local.query import connect, run

    lake = LocalLake(lake_dir)
    con = connect(str(root), lake_dir)
    first_ingest_dt = run(con, lake_sql("watermark")).rows[0][0].strip("'")
    scanned = staging_bytes(root, first_ingest_dt) + key_column_bytes(lake)
    start = time.perf_counter()
    report = lake.merge(con)
    seconds = time.perf_counter() - start
    return {"report": report.__dict__, "seconds": seconds, "scan_bytes": scanned, "first_ingest_dt": first_ingest_dt}


def exactness(root: Path, lake_dir: Path) -> dict:
    from presslake.local.query import connect, run

    con = connect(str(root), lake_dir)
    one = {
        "duplicate article_id in articles": "SELECT count(*) - count(DISTINCT article_id) FROM articles",
        "duplicate article_id in articles_live": "SELECT count(*) - count(DISTINCT article_id) FROM articles_live",
        "duplicate figure_id in figures": "SELECT count(*) - count(DISTINCT figure_id) FROM figures",
        "duplicate figure_id in figures_live": "SELECT count(*) - count(DISTINCT figure_id) FROM figures_live",
        "figures of superseded versions": "SELECT count(*) FROM figures f JOIN articles a USING (article_id) "
                                          "WHERE f.batch_id <> a.batch_id",
        "articles": "SELECT count(*) FROM articles",
        "figures": "SELECT count(*) FROM figures",
    }
    return {name: run(con, sql).rows[0][0] for name, sql in one.items()}


QUERIES = {
    "count by dt": "SELECT dt, count(*) FROM articles GROUP BY dt",
    "one day": "SELECT count(*), sum(word_count) FROM articles WHERE dt = '2025-04-15'",
    "articles x figures join": "SELECT a.source, count(*) FROM figures f JOIN articles a "
                               "ON a.article_id = f.article_id GROUP BY a.source",
}


def query_ratios(root: Path, lake_dir: Path, repeats: int = 3) -> dict:
    """The current tables against the same rows one file per article and table (dt=/<id>.parquet)."""
    import duckdb
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from pipeline import best_seconds  # bench/, beside this script

    from presslake.local.lake import LocalLake

    lake = LocalLake(lake_dir)
    per_article = root / "per-article"
    tables = {name: lake.read(name) for name in ("articles", "figures")}
    for name, table in tables.items():
        ids = table.column("article_id").to_pylist()
        order = sorted(range(len(ids)), key=ids.__getitem__)
        table = table.take(order)
        ids = [ids[i] for i in order]
        start = 0
        while start < len(ids):
            end = start
            while end < len(ids) and ids[end] == ids[start]:
                end += 1
            part = table.slice(start, end - start)
            path = per_article / name / f"dt={part.column('dt')[0].as_py()}" / f"{ids[start]}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(part, path, compression="zstd")
            start = end
    layouts = {"current (Iceberg)": {name: ds.dataset([f["file_path"].removeprefix("file://")
                                                       for f in lake.tables[name].inspect.files().to_pylist()],
                                                      format="parquet") for name in tables},
               "one file per article": {name: ds.dataset(per_article / name, format="parquet") for name in tables}}
    out = {"files": {layout: {name: len(d.files) for name, d in sets.items()} for layout, sets in layouts.items()},
           "seconds": {}}
    for layout, datasets in layouts.items():
        con = duckdb.connect()
        for name, dataset in datasets.items():
            con.register(name, dataset)
        for query, sql in QUERIES.items():
            out["seconds"].setdefault(query, {})[layout] = best_seconds(con, sql, repeats)
    return out


def run(articles: int, corpus: Path | None) -> dict:
    from tqdm import tqdm

    progress = tqdm(total=7, desc="lake bench", unit="step", file=sys.stderr, leave=False)
    templates = distinct_articles(corpus)
    progress.update()
    folder = Path(tempfile.mkdtemp(prefix="presslake-lakebench-"))
    lake_dir = folder / "lake"
    t0 = datetime(2025, 5, 1, 8, tzinfo=timezone.utc)
    try:
        day1 = [versioned(templates[i % len(templates)], i, t0 + timedelta(seconds=i)) for i in range(articles)]
        write_batches(folder, day1, "2025-05-01", "first")
        write_batches(folder, day1, "2025-05-01", "redelivered")  # every event delivered twice
        write_batches(folder, day1[:BATCH], "2025-05-01", "first")  # a batch retried after its file was written
        edits = [versioned(templates[i % len(templates)], i, t0 + timedelta(hours=6, seconds=i),
                           edit=" Update: 7 more.") for i in range(0, articles, 20)]  # 5%
        moved = [versioned(templates[i % len(templates)], i, t0 + timedelta(hours=7, seconds=i), day_shift=1)
                 for i in range(1, articles, 50)]  # 2%
        write_batches(folder, edits + moved, "2025-05-01", "updates")
        progress.update()
        first = merge_run(folder, lake_dir)
        progress.update()
        first["exactness"] = exactness(folder, lake_dir)

        later = {}
        for day in (2, 3, 4):  # each day: 10% new articles and 5% of the old ones edited again
            t_day = t0 + timedelta(days=day - 1)
            first_new = articles + (day - 2) * (articles // 10)
            fresh = [versioned(templates[i % len(templates)], i, t_day + timedelta(seconds=i))
                     for i in range(first_new, first_new + articles // 10)]
            again = [versioned(templates[i % len(templates)], i, t_day + timedelta(hours=1, seconds=i),
                               edit=f" Update {day}: 7 more.") for i in range(day, articles, 20)]
            write_batches(folder, fresh + again, t_day.date().isoformat(), f"day{day}")
            later[f"day{day}"] = merge_run(folder, lake_dir)
            progress.update()
        later["day4"]["exactness"] = exactness(folder, lake_dir)
        rerun = merge_run(folder, lake_dir)
        queries = query_ratios(folder, lake_dir)
        progress.update()
        staging_files = {name: sum(1 for _ in (folder / "staging" / name).rglob("*.parquet"))
                         for name in ("articles", "figures")}  # every batch file holds rows of every day
        return {"articles": articles, "distinct_pages": len(templates), "staging_files": staging_files,
                "day1": first, **later, "rerun": rerun, "queries": queries,
                "expected": {"day1_articles": articles, "day4_articles": articles + 3 * (articles // 10)}}
    finally:
        progress.close()
        shutil.rmtree(folder, ignore_errors=True)


def report(result: dict) -> str:
    lines = [f"{result['articles']} articles from {result['distinct_pages']} distinct pages; staging: every event "
             "twice, 5% edited, 2% moved to another day, one batch retried; days 2-4: 10% new and 5% edited again "
             "each, merged after each day", "",
             "| run | inserted | updated | unchanged | figures deleted | figures inserted | days touched | merge s "
             "| Athena would scan | $ per million merged articles at $5/TB |", "|---|---|---|---|---|---|---|---|---|---|"]
    for name in ("day1", "day2", "day3", "day4", "rerun"):
        r = result[name]
        rep = r["report"]
        changed = rep["inserted"] + rep["updated"]
        dollars = f"{r['scan_bytes'] / 1e12 * ATHENA_PER_TB / changed * 1e6:.3f}" if changed else "-"
        lines.append(f"| {name} | {rep['inserted']} | {rep['updated']} | {rep['unchanged']} | {rep['figures_deleted']} | "
                     f"{rep['figures_inserted']} | {len(rep['days'])} | {r['seconds']:.1f} | "
                     f"{r['scan_bytes'] / 1e6:.1f} MB | {dollars} |")
    lines += ["", "| check | after day 1 | after day 4 | expected |", "|---|---|---|---|"]
    expected = {"articles": (result["expected"]["day1_articles"], result["expected"]["day4_articles"])}
    for check in result["day1"]["exactness"]:
        want = expected.get(check)
        lines.append(f"| {check} | {result['day1']['exactness'][check]} | {result['day4']['exactness'][check]} | "
                     f"{f'{want[0]} / {want[1]}' if want else ('0' if check.startswith(('duplicate', 'figures of')) else '')} |")
    files = result["day4"]["report"]
    days = max(1, len(files["days"]))
    lines += ["", f"| files per day partition (day 4's {days} touched days) | staging: batch files holding the day's rows "
              "| current, before OPTIMIZE | current, after OPTIMIZE |", "|---|---|---|---|"]
    for name in ("articles", "figures"):
        lines.append(f"| {name} | {result['staging_files'][name]} | {files['files_before'][name] / days:.1f} | "
                     f"{files['files_after'][name] / days:.1f} |")
    queries = result["queries"]
    lines += ["", "| DuckDB query | current tables | one file per article | ratio |", "|---|---|---|---|"]
    for name, seconds in queries["seconds"].items():
        lines.append(f"| {name} | {seconds['current (Iceberg)'] * 1000:.1f} ms | "
                     f"{seconds['one file per article'] * 1000:.1f} ms | "
                     f"{seconds['one file per article'] / seconds['current (Iceberg)']:.0f}x |")
    lines.append(f"files: current {queries['files']['current (Iceberg)']}, "
                 f"one per article {queries['files']['one file per article']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    global SPREAD_DAYS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--spread-days", type=int, default=SPREAD_DAYS, help="publication days of the articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    SPREAD_DAYS = args.spread_days
    result = run(args.articles, args.corpus)
    print(report(result))
    if args.json:
        print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

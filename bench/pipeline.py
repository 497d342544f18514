"""Cost, throughput, memory and query speed of batch ingest, as Lambda would run it.

Usage: python bench/pipeline.py [--n 10000] [--corpus ../shared/corpus] [--batch-size 1000]
                                [--per-object 300] [--reference 1000] [--json]

N pages (the project's fixtures and, when present, the corpus pages: Readability's
source.html and trafilatura-eval's pages, cycled, each with its own URL so every one is
a distinct article) are dropped on an embedded S3 (moto's server in its own process) in
three ways: as single objects, as WARC bundles of 100 and as WARC bundles of 1,000 pages
(written by the scraper's own bundle writer). For each, a fresh process plays Lambda's
event source mapping: it hands the parse handler the SQS batches of --batch-size S3
notifications, then another calls the figures handler on each articles file. Every S3
request is counted and priced; SQS requests are what S3 and the mapping make for that
many messages (one send per object; receives and deletes of 10 messages each), plus the
handler's own range sends, which go through a real (moto) queue and are read back.
The raw queue itself is not moto's here: moto's SQS slows quadratically with queue depth
(1,000 sends took 24 s, 3,000 took 196 s), while the test suite checks the real SQS path.

In the same run: the per-object shape (batch size 1, the layout before batching) on
--per-object pages, and plain trafilatura.extract on --reference pages, for articles/s
per core. Last, DuckDB answers three queries over the batch files and over the same rows
written one file per article (the old layout), as a ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

# Public list prices, us-east-1, as of 2025: Lambda per GB-second and per request; S3 Standard; SQS standard.
PRICES = {
    "lambda_gb_s": {"arm64": 0.0000133334, "x86_64": 0.0000166667},
    "lambda_request": 0.20 / 1e6,
    "s3_write": 0.005 / 1000,   # PUT, COPY, POST, LIST
    "s3_read": 0.0004 / 1000,   # GET, HEAD and others
    "sqs_request": 0.40 / 1e6,  # per 64 KB chunk of a request; our messages are ~1-2 KB
}
S3_WRITE_OPERATIONS = {"PutObject", "CopyObject", "ListObjectsV2", "ListObjects", "CreateMultipartUpload"}
# Lambda gives a function one full vCPU at 1,769 MB and proportionally less below it.
FULL_VCPU_MB = 1769
SCENARIOS = {"single pages": 1, "WARC bundles of 100": 100, "WARC bundles of 1,000": 1000}


# ---------------------------------------------------------------- the pages

def load_pages(corpus: Path | None) -> list[bytes]:
    """Distinct page bodies (decoded bytes): fixtures, then the corpora when present."""
    found = [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))]
    if corpus and corpus.exists():  # ../shared/corpus (both corpora), or one corpus folder
        found += [p.read_bytes() for p in sorted(corpus.glob("*/source.html"))]
        found += [p.read_bytes() for p in sorted(corpus.glob("readability-test-pages/*/source.html"))]
        found += [gzip.decompress(p.read_bytes()) for p in sorted(corpus.glob("pages/*.gz"))]
        found += [gzip.decompress(p.read_bytes()) for p in sorted(corpus.glob("trafilatura-eval/pages/*.gz"))]
    return found


def peak_rss_mb() -> float:
    """This process's own peak (VmHWM): ru_maxrss would carry the parent's across fork and exec."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def page_url(i: int) -> str:
    return f"https://bench.example/{i:06d}"


def drop(s3, bucket: str, pages: list[bytes], n: int, per_bundle: int, prefix: str = "raw/bench") -> list[list]:
    """Upload n pages as single objects (per_bundle 1) or WARC bundles; returns [key, size, etag] of each."""
    from presslake.scrape.bundle import Bundle

    from tqdm import tqdm

    objects = []
    fetched_at = datetime(2025, 6, 1, tzinfo=timezone.utc)
    for start in tqdm(range(0, n, per_bundle), desc="upload", unit="object", file=sys.stderr, leave=False):
        if per_bundle == 1:
            key, body = f"{prefix}/{start:06d}.html", pages[start % len(pages)]
            response = s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="text/html",
                                     Metadata={"source-url": page_url(start)})
        else:
            bundle = Bundle("bench", f"run{start:06d}")
            for i in range(start, min(n, start + per_bundle)):
                bundle.add(url=page_url(i), final_url=page_url(i), status=200, headers={"content-type": "text/html"},
                           body=pages[i % len(pages)], user_agent="presslake-bench", fetched_at=fetched_at)
            key, body = f"{prefix}/{start:06d}.warc.gz", bundle.getvalue()
            response = s3.put_object(Bucket=bucket, Key=key, Body=body)
        objects.append([key, len(body), response["ETag"].strip('"')])
    return objects


# ---------------------------------------------------------------- child processes

def _count_calls(client, calls: Counter, sizes: Counter) -> None:
    def before(model, params, **_):
        calls[f"{client.meta.service_model.service_name}:{model.name}"] += 1
        if model.name == "PutObject":
            body = params.get("body") or b""
            sizes["put_bytes"] += len(body) if isinstance(body, (bytes, bytearray)) else len(body.getbuffer())
    client.meta.events.register(f"before-call.{client.meta.service_model.service_name}.*", before)


def run_parse(bucket: str, batch_size: int, objects: list[list]) -> dict:
    """Call the parse handler per batch of S3 notifications, as the event source mapping does,
    then on the WARC ranges the handler queued (polled from the range queue)."""
    import botocore.session

    from presslake.handlers import parse
    from presslake.handlers.s3io import s3_client, sqs_client
    from presslake.local.stack import LambdaContext, s3_put_event, sqs_record

    calls, sizes, esm = Counter(), Counter(), Counter()
    _count_calls(s3_client(), calls, sizes)
    _count_calls(sqs_client(), calls, sizes)
    poller = botocore.session.get_session().create_client("sqs")
    ranges = poller.get_queue_url(QueueName=f"{bucket}-ranges")["QueueUrl"]
    ranges_arn = poller.get_queue_attributes(QueueUrl=ranges, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    os.environ["PRESSLAKE_RANGE_QUEUE_URL"] = ranges
    durations, outputs, counts = [], [], Counter()

    def invoke(records: list[dict]) -> set[str]:
        start = time.perf_counter()
        result = parse.handler({"Records": records}, LambdaContext(function_name="parse"))
        durations.append((time.perf_counter() - start) * 1000)
        counts.update(result["counts"])
        if "articles" in result["written"]:
            outputs.append(result["written"]["articles"])
        esm["ReceiveMessage"] += -(-len(records) // 10)
        esm["DeleteMessageBatch"] += -(-len(records) // 10)
        return {f["itemIdentifier"] for f in result["batchItemFailures"]}

    cpu_start = time.process_time()
    for start in range(0, len(objects), batch_size):
        records = [sqs_record({"MessageId": f"m{start + i}", "ReceiptHandle": f"r{start + i}", "MD5OfBody": "",
                               "Body": json.dumps(s3_put_event(bucket, key, size, etag))},
                              f"arn:aws:sqs:us-east-1:123456789012:{bucket}-raw")
                   for i, (key, size, etag) in enumerate(objects[start:start + batch_size])]
        if invoke(records):
            raise SystemExit("a batch reported failures: the benchmark expects none")
    while messages := poller.receive_message(QueueUrl=ranges, MaxNumberOfMessages=1,  # the template's BatchSize
                                             VisibilityTimeout=900).get("Messages", []):
        invoke([sqs_record(m, ranges_arn) for m in messages])
        poller.delete_message_batch(QueueUrl=ranges, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                                                              for i, m in enumerate(messages)])
    return {"durations_ms": durations, "cpu_s": time.process_time() - cpu_start, "outputs": outputs,
            "counts": dict(counts), "calls": dict(calls), "esm_calls": dict(esm), "put_bytes": sizes["put_bytes"],
            "peak_rss_mb": peak_rss_mb()}


def run_figures(bucket: str, keys: list[str]) -> dict:
    from presslake.handlers import figures
    from presslake.handlers.s3io import s3_client
    from presslake.local.stack import LambdaContext, s3_put_event

    calls, sizes = Counter(), Counter()
    _count_calls(s3_client(), calls, sizes)
    durations, figure_count = [], 0
    cpu_start = time.process_time()
    for key in keys:
        start = time.perf_counter()
        result = figures.handler(s3_put_event(bucket, key, 1, "bench"), LambdaContext(function_name="figures"))
        durations.append((time.perf_counter() - start) * 1000)
        figure_count += sum(o.get("figures", 0) for o in result["outcomes"])
    return {"durations_ms": durations, "cpu_s": time.process_time() - cpu_start, "figures": figure_count,
            "calls": dict(calls), "put_bytes": sizes["put_bytes"],
            "peak_rss_mb": peak_rss_mb()}


def run_reference(bucket: str, n: int) -> dict:
    """Plain trafilatura.extract on the same bytes as the single-page drop."""
    import trafilatura

    from presslake.handlers.s3io import s3_client

    s3 = s3_client()
    raw = [s3.get_object(Bucket=bucket, Key=f"raw/bench/{i:06d}.html")["Body"].read() for i in range(n)]
    durations = []
    cpu_start = time.process_time()
    for page in raw:
        start = time.perf_counter()
        trafilatura.extract(page)
        durations.append((time.perf_counter() - start) * 1000)
    return {"durations_ms": durations, "cpu_s": time.process_time() - cpu_start,
            "peak_rss_mb": peak_rss_mb()}


def child(phase: str, env: dict, **kwargs) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child"], input=json.dumps({"phase": phase} | kwargs),
                            env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- cost

def memory_for(peak_rss_mb: float) -> int:
    """Configured memory: measured peak plus 50% headroom, in 128 MB steps, at least 512 MB."""
    return max(512, int(-(-peak_rss_mb * 1.5 // 128) * 128))


def lambda_cost(stage: dict, memory_mb: int, arch: str = "arm64") -> float:
    slowdown = max(1.0, FULL_VCPU_MB / memory_mb)
    billed_s = sum(max(1.0, d * slowdown) for d in stage["durations_ms"]) / 1000
    return billed_s * memory_mb / 1024 * PRICES["lambda_gb_s"][arch] + len(stage["durations_ms"]) * PRICES["lambda_request"]


def scenario_cost(run: dict) -> dict:
    """$ per million articles: the uploader's PUTs, and the pipeline (Lambda, SQS, S3)."""
    parse, figures = run["parse"], run["figures"]
    articles = parse["counts"].get("articles", 0) or 1
    memory = {"parse": memory_for(parse["peak_rss_mb"]), "figures": memory_for(figures["peak_rss_mb"])}
    calls = Counter(parse["calls"]) + Counter(figures["calls"])
    s3_calls = {k.split(":", 1)[1]: v for k, v in calls.items() if k.startswith("s3:")}
    s3 = sum(n * (PRICES["s3_write"] if op in S3_WRITE_OPERATIONS else PRICES["s3_read"]) for op, n in s3_calls.items())
    # S3 sends one notification per raw object; the mapping's receives and deletes; the handler's range sends
    sqs_requests = run["raw_objects"] + sum(parse["esm_calls"].values()) + sum(
        v for k, v in calls.items() if k.startswith("sqs:"))
    sqs = sqs_requests * PRICES["sqs_request"]
    lam = {arch: lambda_cost(parse, memory["parse"], arch) + lambda_cost(figures, memory["figures"], arch)
           for arch in PRICES["lambda_gb_s"]}
    per_m = 1e6 / articles
    pipeline_puts = s3_calls.get("PutObject", 0)
    return {"articles": articles, "memory": memory, "lambda": lam["arm64"] * per_m, "lambda_x86": lam["x86_64"] * per_m,
            "sqs": sqs * per_m, "s3": s3 * per_m,
            "pipeline": (lam["arm64"] + sqs + s3) * per_m, "uploader": run["uploader_puts"] * PRICES["s3_write"] * per_m,
            "objects_per_1000": pipeline_puts / articles * 1000,
            "bytes_per_article": (parse["put_bytes"] + figures["put_bytes"]) / articles,
            "s3_calls_per_article": {op: n / articles for op, n in sorted(s3_calls.items())},
            "sqs_requests_per_article": sqs_requests / articles}


# ---------------------------------------------------------------- queries

QUERIES = {
    "count by dt": "SELECT dt, count(*) FROM articles GROUP BY dt",
    "one day": "SELECT count(*), sum(word_count) FROM articles WHERE dt = (SELECT max(dt) FROM articles)",
    "full-text LIKE": "SELECT count(*) FROM articles WHERE body LIKE '%Ukraine%'",
}


def best_seconds(con, sql: str, repeats: int = 3) -> float:
    """The fastest of `repeats` runs of one query on a DuckDB connection."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        con.execute(sql).fetchall()
        best = min(best, time.perf_counter() - start)
    return best


def query_ratios(s3, bucket: str, repeats: int = 3) -> dict:
    """DuckDB over the batch files against the same rows one file per article (dt=/<id>.parquet)."""
    import duckdb
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from presslake.lake.schema import ARTICLE_SCHEMA, read_parquet_bytes

    folder = Path(tempfile.mkdtemp(prefix="presslake-bench-"))
    try:
        batch_dir, per_article_dir = folder / "batch", folder / "per-article"
        batch_bytes = per_article_bytes = 0
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="staging/articles/"):
            for item in page.get("Contents", []):
                data = s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
                target = batch_dir / item["Key"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                batch_bytes += len(data)
                table = read_parquet_bytes(data)
                for i in range(table.num_rows):
                    row = table.slice(i, 1)
                    path = per_article_dir / f"dt={row['dt'][0]}" / f"{row['article_id'][0]}.parquet"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    pq.write_table(row.drop_columns(["dt"]), path, compression="zstd")
                    per_article_bytes += path.stat().st_size
        layouts = {
            "batch": ds.dataset(batch_dir, format="parquet", schema=ARTICLE_SCHEMA),
            "per-article": ds.dataset(per_article_dir, format="parquet", partitioning="hive",
                                      schema=ARTICLE_SCHEMA.remove(ARTICLE_SCHEMA.get_field_index("dt"))
                                      .append(ARTICLE_SCHEMA.field("dt"))),
        }
        out = {"files": {"batch": sum(1 for _ in batch_dir.rglob("*.parquet")),
                         "per-article": sum(1 for _ in per_article_dir.rglob("*.parquet"))},
               "bytes": {"batch": batch_bytes, "per-article": per_article_bytes}, "seconds": {}}
        for layout, dataset in layouts.items():
            con = duckdb.connect()
            con.register("articles", dataset)
            for name, sql in QUERIES.items():
                out["seconds"].setdefault(name, {})[layout] = best_seconds(con, sql, repeats)
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- the run

def run(n: int, corpus: Path | None, batch_size: int, per_object: int, reference: int) -> dict:
    import botocore.session

    from presslake.local.stack import free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "bench",
           "AWS_SECRET_ACCESS_KEY": "bench", "AWS_SESSION_TOKEN": "bench", "AWS_DEFAULT_REGION": "us-east-1",
           "POWERTOOLS_METRICS_NAMESPACE": "presslake", "POWERTOOLS_LOG_LEVEL": "ERROR",
           "POWERTOOLS_METRICS_DISABLED": "true", "PYTHONWARNINGS": "ignore"}
    os.environ.update({k: v for k, v in env.items() if k.startswith("AWS_")})
    session = botocore.session.get_session()
    s3, sqs = session.create_client("s3"), session.create_client("sqs")
    pages = load_pages(corpus)
    result = {"n": n, "distinct_pages": len(pages), "batch_size": batch_size, "scenarios": {}}
    try:
        for _ in range(100):
            try:
                s3.list_buckets()
                break
            except Exception:  # the server is still starting
                time.sleep(0.1)
        shapes = {name: (n, per_bundle, batch_size) for name, per_bundle in SCENARIOS.items()}
        shapes["per object (batch size 1)"] = (min(per_object, n), 1, 1)
        for index, (name, (count, per_bundle, size)) in enumerate(shapes.items()):
            bucket = f"bench-{index}"
            s3.create_bucket(Bucket=bucket)
            sqs.create_queue(QueueName=f"{bucket}-ranges")
            started = time.perf_counter()
            objects = drop(s3, bucket, pages, count, per_bundle)
            uploader_puts = len(objects)
            print(f"{name}: {count} pages in {uploader_puts} objects uploaded "
                  f"({time.perf_counter() - started:.0f} s); parsing in batches of {size}", file=sys.stderr)
            parse = child("parse", env, bucket=bucket, batch_size=size, objects=objects)
            figures = child("figures", env, bucket=bucket, keys=parse["outputs"])
            result["scenarios"][name] = {"pages": count, "raw_objects": uploader_puts, "uploader_puts": uploader_puts,
                                         "parse": parse, "figures": figures}
            if index == 0:
                result["reference"] = child("reference", env, bucket=bucket, n=min(reference, n))
                result["queries"] = query_ratios(s3, bucket)
    finally:
        server.terminate()
        server.wait()
    return result


def rate(stage: dict, items: int) -> float:
    return items / (sum(stage["durations_ms"]) / 1000) if stage["durations_ms"] else 0.0


def report(result: dict) -> str:
    lines = [f"{result['n']} pages ({result['distinct_pages']} distinct), parse batch size {result['batch_size']}", "",
             "| drop | articles | quarantined | pipeline $/M (Lambda + SQS + S3) | Lambda | SQS | S3 | uploader PUTs $/M "
             "| all-in $/M | objects written per 1,000 articles | bytes written per article |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    costs = {}
    for name, run in result["scenarios"].items():
        cost = costs[name] = scenario_cost(run)
        quarantined = sum(v for k, v in run["parse"]["counts"].items() if k.startswith("quarantined:"))
        lines.append(f"| {name} | {cost['articles']} | {quarantined} | {cost['pipeline']:.2f} | {cost['lambda']:.2f} | "
                     f"{cost['sqs']:.2f} | {cost['s3']:.2f} | {cost['uploader']:.2f} | "
                     f"{cost['pipeline'] + cost['uploader']:.2f} | {cost['objects_per_1000']:.1f} | "
                     f"{cost['bytes_per_article']:.0f} |")
    lines += ["", "| stage | calls | articles/s per core | p50 ms/call | peak RSS MB | memory to configure MB |",
              "|---|---|---|---|---|---|"]
    for name, run in result["scenarios"].items():
        articles = run["parse"]["counts"].get("articles", 0)
        for stage in ("parse", "figures"):
            data = run[stage]
            durations = sorted(data["durations_ms"]) or [0]
            lines.append(f"| {stage}, {name} | {len(data['durations_ms'])} | {rate(data, articles):.1f} | "
                         f"{durations[len(durations) // 2]:.0f} | {data['peak_rss_mb']:.0f} | "
                         f"{memory_for(data['peak_rss_mb'])} |")
        both = (sum(run["parse"]["durations_ms"]) + sum(run["figures"]["durations_ms"])) / 1000
        lines.append(f"| parse + figures, {name} | | {articles / both if both else 0:.1f} | | | |")
    reference = result["reference"]
    trafilatura_rate = rate(reference, len(reference["durations_ms"]))
    lines.append(f"| plain trafilatura.extract | {len(reference['durations_ms'])} | {trafilatura_rate:.1f} | "
                 f"{sorted(reference['durations_ms'])[len(reference['durations_ms']) // 2]:.0f} | "
                 f"{reference['peak_rss_mb']:.0f} | |")
    first = next(iter(result["scenarios"].values()))
    chain = first["parse"]["counts"].get("articles", 0) / (
        (sum(first["parse"]["durations_ms"]) + sum(first["figures"]["durations_ms"])) / 1000)
    lines.append(f"parse + figures in batches: {chain / trafilatura_rate:.0%} of plain trafilatura's rate")
    queries = result["queries"]
    lines += ["", f"| DuckDB query | batch files ({queries['files']['batch']}, {queries['bytes']['batch'] / 1e6:.1f} MB) "
              f"| one file per article ({queries['files']['per-article']}, "
              f"{queries['bytes']['per-article'] / 1e6:.1f} MB) | ratio |", "|---|---|---|---|"]
    for name, seconds in queries["seconds"].items():
        lines.append(f"| {name} | {seconds['batch'] * 1000:.1f} ms | {seconds['per-article'] * 1000:.1f} ms | "
                     f"{seconds['per-article'] / seconds['batch']:.0f}x |")
    lines += ["", "S3 and SQS requests per article: " + "; ".join(
        f"{name}: " + ", ".join(f"{op} {v:.3f}" for op, v in cost["s3_calls_per_article"].items())
        + f", SQS {cost['sqs_requests_per_article']:.3f}" for name, cost in costs.items()),
        f"Assumptions: us-east-1 list prices (Lambda ${PRICES['lambda_gb_s']['arm64']}/GB-s arm64, $0.20 per "
        "million requests; S3 $0.005 per 1,000 PUT/LIST, $0.0004 per 1,000 GET/HEAD; SQS $0.40 per million "
        "requests: one S3 notification per raw object, the event source mapping's receives (10 messages each) and "
        "batch deletes, the handler's range sends). Durations measured here on one core, scaled by "
        f"{FULL_VCPU_MB}/memory below {FULL_VCPU_MB} MB (Lambda's CPU share), billed per ms; memory from the peak RSS "
        "+50% (at least 512 MB); no free tier, storage, transfer, CloudWatch, the mapping's idle long polls "
        "(a fixed ~$0.3 a month per queue) or Athena; warm invocations."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--per-object", type=int, default=300, help="pages for the per-object comparison")
    parser.add_argument("--reference", type=int, default=1000, help="pages for plain trafilatura")
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON too")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        request = json.loads(sys.stdin.read())
        phase = request.pop("phase")
        runner = {"parse": run_parse, "figures": run_figures, "reference": run_reference}[phase]
        print(json.dumps(runner(**request)))
        return 0
    result = run(args.n, args.corpus, args.batch_size, args.per_object, args.reference)
    print(report(result))
    if args.json:
        print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

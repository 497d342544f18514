"""Throughput, memory and cost of the whole chain, as the demo runs it.

Usage: python bench/pipeline.py [--n 500] [--corpus ../shared/corpus/readability-test-pages] [--json]

N pages (the project's fixtures and, when present, the corpus's source pages, cycled,
each with its own source URL so every one is a distinct article) are put into raw/ on an
embedded S3 (moto's server in its own process, so it does not count towards our memory).
Each stage then runs in a fresh process, one handler call per S3 event, as Lambda would:
parse over every raw page, figures over every article written. A third process runs plain
trafilatura.extract over the same pages as the reference. Reported: articles per second
per core, p50/p99 ms per stage, peak RSS per stage, the S3 calls the handlers made, and
the $ per million articles that follows (assumptions printed with the table).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "readability-test-pages"
BUCKET = "presslake-bench"

# Public list prices, us-east-1, as of 2025: Lambda per GB-second and per request; S3 Standard.
PRICES = {
    "lambda_gb_s": {"arm64": 0.0000133334, "x86_64": 0.0000166667},
    "lambda_request": 0.20 / 1e6,
    "s3_write": 0.005 / 1000,   # PUT, COPY, POST, LIST
    "s3_read": 0.0004 / 1000,   # GET, HEAD and others
}
S3_WRITE_OPERATIONS = {"PutObject", "CopyObject", "ListObjectsV2", "ListObjects", "CreateMultipartUpload"}
S3_FREE_OPERATIONS = {"DeleteObject"}
# Lambda gives a function one full vCPU at 1,769 MB and proportionally less below it.
FULL_VCPU_MB = 1769


def pages(corpus: Path | None) -> list[tuple[str, bytes]]:
    found = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
    if corpus and corpus.exists():
        found += sorted(corpus.glob("*/source.html"))
    return [(str(p.relative_to(p.parents[1])), p.read_bytes()) for p in found]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


# ---------------------------------------------------------------- child processes

def _count_s3_calls(client) -> Counter:
    calls: Counter = Counter()
    client.meta.events.register("before-call.s3.*", lambda model, **_: calls.update([model.name]))
    return calls


def run_stage(stage: str, keys: list[str]) -> dict:
    """One handler call per S3 event, timed; this process holds only the handler."""
    from presslake.local.stack import LambdaContext, s3_put_event
    from presslake.handlers.s3io import s3_client

    module = __import__(f"presslake.handlers.{stage}", fromlist=["handler"])
    s3 = s3_client()
    calls = _count_s3_calls(s3)
    durations, outputs, statuses = [], [], Counter()
    cpu_start = time.process_time()
    for key in keys:
        event = s3_put_event(BUCKET, key, 1, "bench")
        start = time.perf_counter()
        result = module.handler(event, LambdaContext(function_name=stage))
        durations.append((time.perf_counter() - start) * 1000)
        for outcome in result["outcomes"]:
            statuses[outcome["status"]] += 1
            if outcome["status"] == "written":
                outputs.append(outcome["output_key"])
    return {"durations_ms": durations, "cpu_s": time.process_time() - cpu_start, "outputs": outputs,
            "statuses": dict(statuses), "s3_calls": dict(calls),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_reference(keys: list[str]) -> dict:
    """Plain trafilatura.extract on the same raw bytes."""
    import trafilatura

    from presslake.handlers.s3io import s3_client

    s3 = s3_client()
    raw = [s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() for key in keys]
    durations = []
    cpu_start = time.process_time()
    for page in raw:
        start = time.perf_counter()
        trafilatura.extract(page)
        durations.append((time.perf_counter() - start) * 1000)
    return {"durations_ms": durations, "cpu_s": time.process_time() - cpu_start,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(phase: str, keys: list[str], env: dict) -> dict:
    payload = json.dumps({"phase": phase, "keys": keys})
    result = subprocess.run([sys.executable, __file__, "--child"], input=payload, env=env,
                            capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the run

def run(n: int, corpus: Path | None) -> dict:
    import botocore.session

    from presslake.local.stack import free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "bench",
           "AWS_SECRET_ACCESS_KEY": "bench", "AWS_SESSION_TOKEN": "bench", "AWS_DEFAULT_REGION": "us-east-1",
           "POWERTOOLS_METRICS_NAMESPACE": "presslake", "POWERTOOLS_LOG_LEVEL": "ERROR",
           "POWERTOOLS_METRICS_DISABLED": "true", "PYTHONWARNINGS": "ignore"}
    try:
        s3 = botocore.session.get_session().create_client(
            "s3", endpoint_url=env["AWS_ENDPOINT_URL"], region_name="us-east-1",
            aws_access_key_id="bench", aws_secret_access_key="bench")
        for _ in range(100):
            try:
                s3.create_bucket(Bucket=BUCKET)
                break
            except Exception:  # the server is still starting
                time.sleep(0.1)
        source = pages(corpus)
        raw_keys = []
        for i in range(n):
            name, body = source[i % len(source)]
            key = f"raw/bench/{i:05d}-{Path(name).parent.name or Path(name).stem}.html"
            s3.put_object(Bucket=BUCKET, Key=key, Body=body, Metadata={"source-url": f"https://bench.example/{i}"})
            raw_keys.append(key)
        parse = child("parse", raw_keys, env)
        figures = child("figures", parse["outputs"], env)
        reference = child("reference", raw_keys, env)
    finally:
        server.terminate()
        server.wait()
    return {"n": n, "distinct_pages": len(source), "parse": parse, "figures": figures, "reference": reference}


def memory_for(peak_rss_mb: float) -> int:
    """Configured memory: measured peak plus 50% headroom, in 128 MB steps, at least 512 MB.

    Below 512 MB Lambda's CPU share (memory/1,769 MB of a vCPU) makes the pyarrow and
    botocore imports of a cold start slow; GB-seconds, and so cost, stay about the same.
    """
    return max(512, int(-(-peak_rss_mb * 1.5 // 128) * 128))


def cost(result: dict, memory: dict[str, int]) -> dict:
    """$ per million articles, per architecture, from the measured durations and S3 calls."""
    articles = result["parse"]["statuses"].get("written", 0) or 1
    out = {}
    for arch, gb_s_price in PRICES["lambda_gb_s"].items():
        lambda_cost = 0.0
        for stage in ("parse", "figures"):
            durations = result[stage]["durations_ms"]
            slowdown = max(1.0, FULL_VCPU_MB / memory[stage])
            billed_s = sum(max(1.0, d * slowdown) for d in durations) / 1000
            lambda_cost += billed_s * memory[stage] / 1024 * gb_s_price + len(durations) * PRICES["lambda_request"]
        out[arch] = lambda_cost / articles * 1e6
    calls = Counter(result["parse"]["s3_calls"]) + Counter(result["figures"]["s3_calls"])
    calls["PutObject"] += result["n"]  # the raw upload itself
    s3_cost = sum(count * (PRICES["s3_write"] if op in S3_WRITE_OPERATIONS else PRICES["s3_read"])
                  for op, count in calls.items() if op not in S3_FREE_OPERATIONS)
    out["s3"] = s3_cost / articles * 1e6
    out["s3_calls_per_article"] = {op: count / articles for op, count in sorted(calls.items())}
    return out


def report(result: dict) -> str:
    parse, figures, reference = result["parse"], result["figures"], result["reference"]
    memory = {"parse": memory_for(parse["peak_rss_mb"]), "figures": memory_for(figures["peak_rss_mb"])}
    written = parse["statuses"].get("written", 0)
    prices = cost(result, memory)
    both_s = (sum(parse["durations_ms"]) + sum(figures["durations_ms"])) / 1000
    lines = [
        f"{result['n']} pages ({result['distinct_pages']} distinct), parse outcomes {parse['statuses']}, "
        f"figures outcomes {figures['statuses']}",
        "| stage | calls | p50 ms | p99 ms | per second per core | peak RSS MB | memory to configure MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, stage, mem in (("parse (handler)", parse, memory["parse"]), ("figures (handler)", figures, memory["figures"]),
                             ("plain trafilatura.extract", reference, None)):
        d = stage["durations_ms"]
        lines.append(f"| {name} | {len(d)} | {percentile(d, .5):.1f} | {percentile(d, .99):.1f} | "
                     f"{len(d) / (sum(d) / 1000):.1f} | {stage['peak_rss_mb']:.0f} | {mem or '-'} |")
    lines.append(f"whole chain: {written / both_s:.1f} articles/s per core "
                 f"(parse + figures handler time; trafilatura alone: "
                 f"{len(reference['durations_ms']) / (sum(reference['durations_ms']) / 1000):.1f} pages/s)")
    lines += [
        "",
        "| $ per million articles | Lambda arm64 | Lambda x86_64 | S3 requests | total arm64 | total x86_64 |",
        "|---|---|---|---|---|---|",
        f"| | {prices['arm64']:.2f} | {prices['x86_64']:.2f} | {prices['s3']:.2f} | "
        f"{prices['arm64'] + prices['s3']:.2f} | {prices['x86_64'] + prices['s3']:.2f} |",
        "",
        "S3 calls per article (handlers, plus the raw upload): "
        + ", ".join(f"{op} {n:.2f}" for op, n in prices["s3_calls_per_article"].items()),
        f"Assumptions: us-east-1 list prices (Lambda ${PRICES['lambda_gb_s']['arm64']}/GB-s arm64, "
        f"${PRICES['lambda_gb_s']['x86_64']}/GB-s x86_64, $0.20 per million requests; S3 $0.005 per 1,000 "
        "PUT/COPY/LIST, $0.0004 per 1,000 GET/HEAD, DELETE free); durations measured here on one core, scaled by "
        f"{FULL_VCPU_MB}/memory below {FULL_VCPU_MB} MB (Lambda's CPU share), the same on both architectures; "
        "billed per ms; memory as in the table; no free tier, storage, data transfer, CloudWatch or "
        "Athena; warm invocations (cold starts add about 0.2-0.4 s each, see bench/coldstart.py).",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON too")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        request = json.loads(sys.stdin.read())
        phase, keys = request["phase"], request["keys"]
        print(json.dumps(run_reference(keys) if phase == "reference" else run_stage(phase, keys)))
        return 0
    result = run(args.n, args.corpus)
    print(report(result))
    if args.json:
        print(json.dumps({k: v for k, v in result.items()}, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

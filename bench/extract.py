"""Benchmark: presslake's extract_article against plain trafilatura on a folder of pages.

Usage: python bench/extract.py --corpus ../shared/corpus/readability-test-pages [--repeat 3]

Each sub-folder holds source.html, expected.html (the reference body) and
expected-metadata.json (title, byline, publishedTime, lang, readerable), the
shape of Mozilla Readability's test pages. Both extractors run in this process
on the same pages; times are per page, best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "functions"))
from presslake.article.extract import extract_article  # noqa: E402
from presslake.article.metadata import parse_datetime  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(t.casefold() for t in _TOKEN.findall(text or ""))


def prf(extracted: str, expected: str) -> tuple[float, float, float]:
    got, want = tokens(extracted), tokens(expected)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = overlap / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def norm(text) -> str:
    return re.sub(r"\s+", " ", (text or "")).strip().casefold()


def title_ok(got, want) -> bool:
    return norm(got) == norm(want)


def byline_ok(authors: list[str], want) -> bool:
    want = norm(want)
    if not want:
        return not authors
    return any(norm(a) and norm(a) in want for a in authors)


def date_ok(got, want) -> bool:
    want_dt = parse_datetime(want) if want else None
    if want_dt is None:
        return got is None
    return got is not None and got.date() == want_dt.date()


def lang_ok(got, want) -> bool:
    want = (want or "").split("-")[0].lower()
    return (got or "") == want if want else not got


def timed(fn, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return result, best * 1000


def trafilatura_meta(raw: bytes):
    doc = trafilatura.bare_extraction(raw, with_metadata=True)
    if doc is None:
        return None, [], None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return doc.title, authors, parse_datetime(doc.date) if doc.date else None


def run(corpus: Path, repeat: int) -> dict:
    rows = []
    for page in sorted(p for p in corpus.iterdir() if (p / "source.html").exists()):
        raw = (page / "source.html").read_bytes()
        expected_meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        expected_body = lxml.html.fromstring((page / "expected.html").read_bytes().decode("utf-8")).text_content()
        # Both get the page as fetched (bytes) and do their own decoding.
        ours, ours_ms = timed(lambda page=raw: extract_article(page), repeat)
        theirs, theirs_ms = timed(lambda page=raw: trafilatura.extract(page) or "", repeat)
        t_title, t_authors, t_date = trafilatura_meta(raw)
        readerable = expected_meta.get("readerable", True)
        rows.append({
            "page": page.name,
            "readerable": readerable,
            "ours": prf(ours.body, expected_body) if readerable else None,
            "theirs": prf(theirs, expected_body) if readerable else None,
            "ours_ms": ours_ms, "theirs_ms": theirs_ms,
            "ours_meta": (title_ok(ours.title, expected_meta.get("title")),
                          byline_ok(ours.authors, expected_meta.get("byline")),
                          date_ok(ours.published_at, expected_meta.get("publishedTime")),
                          lang_ok(ours.language, expected_meta.get("lang"))),
            "theirs_meta": (title_ok(t_title, expected_meta.get("title")),
                            byline_ok(t_authors, expected_meta.get("byline")),
                            date_ok(t_date, expected_meta.get("publishedTime")),
                            None),
            "is_article_ok": ours.is_article == bool(readerable),
        })
    return summarize(rows)


def summarize(rows: list[dict]) -> dict:
    scored = [r for r in rows if r["readerable"]]

    def mean(key, i):
        return statistics.fmean(r[key][i] for r in scored)

    def pct(values):
        values = [v for v in values if v is not None]
        return 100 * sum(values) / len(values) if values else float("nan")

    def quantile(values, q):
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    out = {"pages": len(rows), "scored_pages": len(scored)}
    for side in ("ours", "theirs"):
        out[side] = {
            "precision": mean(side, 0), "recall": mean(side, 1), "f1": mean(side, 2),
            "title": pct(r[f"{side}_meta"][0] for r in rows),
            "byline": pct(r[f"{side}_meta"][1] for r in rows),
            "published": pct(r[f"{side}_meta"][2] for r in rows),
            "language": pct(r[f"{side}_meta"][3] for r in rows),
            "median_ms": statistics.median(r[f"{side}_ms"] for r in rows),
            "p90_ms": quantile([r[f"{side}_ms"] for r in rows], 0.9),
        }
    out["is_article_accuracy"] = pct(r["is_article_ok"] for r in rows)
    out["rows"] = rows
    return out


def table(result: dict) -> str:
    lines = [
        f"pages: {result['pages']} ({result['scored_pages']} readerable, scored for body)",
        "| extractor | precision | recall | F1 | title | byline | published | language | median ms | p90 ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for side, name in (("ours", "presslake extract_article"), ("theirs", "trafilatura.extract")):
        s = result[side]
        lang = "n/a" if s["language"] != s["language"] else f"{s['language']:.1f}%"
        lines.append(
            f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['title']:.1f}% | "
            f"{s['byline']:.1f}% | {s['published']:.1f}% | {lang} | {s['median_ms']:.1f} | {s['p90_ms']:.1f} |")
    lines.append(f"is_article agrees with `readerable`: {result['is_article_accuracy']:.1f}%")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worst", type=int, default=0, help="also list the N pages with the lowest F1")
    args = parser.parse_args(argv)
    result = run(args.corpus, args.repeat)
    print(table(result))
    if args.worst:
        scored = sorted((r for r in result["rows"] if r["readerable"]), key=lambda r: r["ours"][2])
        for r in scored[: args.worst]:
            print(f"{r['page']:40s} ours P={r['ours'][0]:.2f} R={r['ours'][1]:.2f}  "
                  f"traf P={r['theirs'][0]:.2f} R={r['theirs'][1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

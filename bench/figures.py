"""Benchmark: presslake's extract_figures against quantulum3 on the labelled set.

Usage: python bench/figures.py [--corpus ../shared/corpus/readability-test-pages] [--repeat 3]
       python bench/figures.py --scaling [--scaling-limit 60]

The labelled set (bench/figures_labels.json) holds 2,200+ figures from 260 articles: short
news texts written for the project (bench/figures_articles), the project's fixture pages,
Readability corpus pages, English pages of trafilatura's evaluation set (as presslake
extracts them) and news bodies of scrapinghub's article-extraction-benchmark (a checkout
beside the repository; see figures_corpus.py), labelled by ../shared/spec/figures.md as
offsets into each body. Articles
marked held-out were labelled after the rules were frozen (blind: bench/label_candidates.py
--blind) and never used to tune them; they are scored on their own too, and per freeze when the
labels name the commit whose rules were frozen. A prediction matches a label when its value
agrees within 0.5% in the same article (one-to-one, closest offsets paired first). Unit and qualifier
accuracy are over matched pairs. Both extractors run in this process on the same
texts; times are per article, best of --repeat runs.

--scaling times extract_figures (and claims) on one body of 100 KB to 10 MB, built by repeating
the project's own texts (bench/figures_articles) in three shapes: as paragraphs, as one
paragraph, and as one paragraph with no sentence end. CPU time per KB that stays flat as the body
doubles is linear work (wall time drifts with the machine's load); claims are left out of a
shape, and a shape stops growing, once one size takes longer than --scaling-limit seconds.

Figures labelled with `attributed_to` and `subject` too (153 of them) score the claim
columns: over the figures presslake finds, precision is the share of its non-null values
that are right and recall the share of non-null labels it gets, compared as the spec says
(case-insensitive, without a leading "the" and without parentheses).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import warnings
from pathlib import Path

from figures_corpus import CHECKOUTS, ROOT, article_text, available, resolved

from presslake.figures.claims import claims
from presslake.figures.extract import extract_figures

LABELS = ROOT / "bench" / "figures_labels.json"
ARTICLES = ROOT / "bench" / "figures_articles"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "readability-test-pages"

# quantulum3 unit names -> the spec's units (ISO codes, "%", short measure names).
QUANTULUM_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "hryvnia": "UAH", "ukrainian hryvnia": "UAH", "percentage": "%", "percentage point": "percentage point",
    "kilometre": "km", "mile": "mile", "metre": "m", "pound-mass": "lb", "tonne": "tonne", "ton": "tonne",
    "short ton": "tonne", "gigahertz": "GHz", "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB",
    "megawatt": "MW", "gigawatt": "GW", "hectare": "hectare", "square kilometre": "square km",
    "inch": "inch", "foot": "foot", "megapixel": "megapixel", "pixel": "pixel", "cubic metre": "cubic metre",
}


def match(gold: list[dict], predicted: list[tuple[int, float, str | None, str]]) -> list[tuple[dict, tuple]]:
    """One-to-one pairs of label and prediction whose values agree within 0.5%, closest offsets first.

    Pairing the closest candidates over the whole article (not label by label) keeps a label from
    taking a prediction that sits next to another label of the same value.
    """
    candidates = sorted(((abs(p[0] - label["start"]), li, pi) for li, label in enumerate(gold)
                         for pi, p in enumerate(predicted)
                         if abs(p[1] - label["value"]) <= 0.005 * abs(label["value"])))
    used_labels, used_predictions, pairs = set(), set(), []
    for _, li, pi in candidates:
        if li not in used_labels and pi not in used_predictions:
            used_labels.add(li)
            used_predictions.add(pi)
            pairs.append((gold[li], predicted[pi]))
    return pairs


def ours(text: str) -> list[tuple[int, float, str | None, str]]:
    return [(f.char_start, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


def quantulum(text: str) -> list[tuple[int, float, str | None, str]]:
    from quantulum3 import parser

    out = []
    for quantity in parser.parse(text):
        name = quantity.unit.name
        unit = QUANTULUM_UNITS.get(name, None if name == "dimensionless" else name)
        out.append((quantity.span[0], float(quantity.value), unit, "exact"))
    return out


def timed(fn, text, repeat):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(text)
        best = min(best, time.perf_counter() - start)
    return result, best * 1000


def score(article: dict, text: str, fn, repeat: int) -> dict:
    predicted, ms = timed(fn, text, repeat)
    pairs = match(article["figures"], predicted)
    return {"gold": len(article["figures"]), "predicted": len(predicted), "matched": len(pairs),
            "unit": sum(1 for label, p in pairs if p[2] == label["unit"]),
            "qualifier": sum(1 for label, p in pairs if p[3] == label["qualifier"]), "ms": ms}


def aggregate(rows: list[dict]) -> dict:
    t = {key: sum(r[key] for r in rows) for key in ("gold", "predicted", "matched", "unit", "qualifier")}
    t["precision"] = t["matched"] / t["predicted"] if t["predicted"] else 0.0
    t["recall"] = t["matched"] / t["gold"] if t["gold"] else 0.0
    t["f1"] = 2 * t["precision"] * t["recall"] / ((t["precision"] + t["recall"]) or 1)
    t["unit_accuracy"] = t["unit"] / t["matched"] if t["matched"] else 0.0
    t["qualifier_accuracy"] = t["qualifier"] / t["matched"] if t["matched"] else 0.0
    t["median_ms"] = statistics.median(r["ms"] for r in rows)
    t["mean_ms"] = statistics.fmean(r["ms"] for r in rows)
    t["articles"] = len(rows)
    return t


def run(corpus: Path, repeat: int) -> dict:
    """Scores over every article, and over the held-out ones (labelled after the rules froze)."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    for kind, checkout in CHECKOUTS.items():
        missing = sum(1 for a in labels if a["source"].startswith(f"{kind}:") and not available(a["source"]))
        if missing:
            print(f"{missing} articles left out: {checkout} is not there (see bench/figures_corpus.py)")
    rows = {"presslake": [], "quantulum3": []}
    for article in labels:
        if not available(article["source"]):
            continue
        text = article_text(article["source"], corpus)
        article = article | {"figures": resolved(article, text)}
        for name, fn in (("presslake", ours), ("quantulum3", quantulum)):
            rows[name].append(score(article, text, fn, repeat) | {"heldout": article.get("heldout", False),
                                                                    "frozen_at": article.get("frozen_at")})
    subsets = [("all", lambda r: True), ("held-out", lambda r: r["heldout"])]
    for commit in sorted({r["frozen_at"] for r in rows["presslake"] if r["frozen_at"]}):
        subsets.append((f"held-out, rules frozen at {commit}", lambda r, c=commit: r["frozen_at"] == c))
    return {subset: {name: aggregate([r for r in scored if keep(r)]) for name, scored in rows.items()}
            for subset, keep in subsets}


def same_claim(got: str | None, want: str | None) -> bool:
    def norm(value: str) -> str:
        value = value.replace("(", "").replace(")", "").casefold().strip()
        return value[4:] if value.startswith("the ") else value
    return got is not None and want is not None and norm(got) == norm(want)


def claim_scores(corpus: Path) -> dict:
    """Precision and recall of attributed_to and subject over the figures labelled with them."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    totals = {column: {"labelled": 0, "predicted": 0, "right": 0, "figures": 0} for column in ("attributed_to", "subject")}
    for article in labels:
        if not available(article["source"]) or not any("attributed_to" in f for f in article["figures"]):
            continue
        text = article_text(article["source"], corpus)
        gold = [f for f in resolved(article, text) if "attributed_to" in f]
        figures = extract_figures(text)
        predicted = [(f.char_start, f.value, c.attributed_to, c.subject) for f, c in zip(figures, claims(text, figures))]
        for label, prediction in match(gold, predicted):
            for column, got in (("attributed_to", prediction[2]), ("subject", prediction[3])):
                t = totals[column]
                t["figures"] += 1
                t["labelled"] += label[column] is not None
                t["predicted"] += got is not None
                t["right"] += same_claim(got, label[column])
    for t in totals.values():
        t["precision"] = t["right"] / t["predicted"] if t["predicted"] else 0.0
        t["recall"] = t["right"] / t["labelled"] if t["labelled"] else 0.0
    return totals


def claims_table(totals: dict) -> str:
    lines = ["| column | figures (found and labelled) | labelled non-null | predicted non-null | right | "
             "precision | recall |", "|---|---|---|---|---|---|---|"]
    for column, t in totals.items():
        lines.append(f"| {column} | {t['figures']} | {t['labelled']} | {t['predicted']} | {t['right']} | "
                     f"{t['precision']:.3f} | {t['recall']:.3f} |")
    return "\n".join(lines)


def table(result: dict) -> str:
    lines = ["| set | extractor | articles | figures | precision | recall | F1 | unit accuracy | "
             "qualifier accuracy | median ms/article | mean ms/article |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for subset, totals in result.items():
        for name, t in totals.items():
            lines.append(f"| {subset} | {name} | {t['articles']} | {t['gold']} | {t['precision']:.3f} | "
                         f"{t['recall']:.3f} | {t['f1']:.3f} | {t['unit_accuracy']:.3f} | "
                         f"{t['qualifier_accuracy']:.3f} | {t['median_ms']:.2f} | {t['mean_ms']:.2f} |")
    return "\n".join(lines)


SCALING_SIZES_KB = (104, 208, 416, 832, 1664, 3328, 6656, 10240)


def scaling_bodies(kb: int) -> dict[str, str]:
    """One body of about `kb` KB per shape, from the project's own texts repeated."""
    texts = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(ARTICLES.iterdir()))
    body = (texts + "\n\n") * (kb * 1024 // (len(texts) + 2) + 1)
    body = body[:kb * 1024].rstrip()
    one_paragraph = re.sub(r"\s*\n+\s*", " ", body)
    return {"paragraphs": body, "one paragraph": one_paragraph,
            "one sentence": re.sub(r"(?<=[.!?])(?=[\"”’)]?\s)", ";", one_paragraph).replace(".;", ";")}


def scaling(limit: float) -> str:
    """Seconds (wall and CPU) per body size and shape; claims are left out of a shape, and a shape
    stops growing, once one size takes longer than `limit` seconds."""
    lines = ["| shape | body KB | figures | extract_figures s | CPU s | CPU µs per KB | claims s |",
             "|---|---|---|---|---|---|---|"]
    stopped, no_claims = set(), set()
    for kb in SCALING_SIZES_KB:
        for shape, body in scaling_bodies(kb).items():
            if shape in stopped:
                continue
            wall, cpu = time.perf_counter(), time.process_time()
            figures = extract_figures(body)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            claim_seconds = "-"
            if shape not in no_claims:
                start = time.perf_counter()
                claims(body, figures)
                claim_seconds = f"{time.perf_counter() - start:.2f}"
                if time.perf_counter() - start > limit:
                    no_claims.add(shape)
            lines.append(f"| {shape} | {len(body) // 1024} | {len(figures)} | {wall:.2f} | {cpu:.2f} | "
                         f"{cpu * 1e6 / (len(body) / 1024):.0f} | {claim_seconds} |")
            print(lines[-1], flush=True)
            if wall > limit:
                stopped.add(shape)
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scaling", action="store_true", help="time one body of 100 KB to 10 MB instead")
    parser.add_argument("--scaling-limit", type=float, default=60.0,
                        help="seconds after which a shape is not grown further")
    args = parser.parse_args(argv)
    if args.scaling:
        print()
        print(scaling(args.scaling_limit))
        return 0
    warnings.filterwarnings("ignore")
    from quantulum3 import parser as quantulum_parser

    quantulum_parser.parse("warm up 1 km")  # its first call loads its unit tables
    print(table(run(args.corpus, args.repeat)))
    print()
    print(claims_table(claim_scores(args.corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

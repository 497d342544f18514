"""Benchmark: presslake's extract_figures against quantulum3 on the labelled set.

Usage: python bench/figures.py [--corpus ../shared/corpus/readability-test-pages] [--repeat 3]
       python bench/figures.py --scaling [--scaling-limit 60]

The labelled set (bench/figures_labels.json) holds 2,400+ figures from 290 articles: short
news texts written for the project (bench/figures_articles), the project's fixture pages,
Readability corpus pages, English pages of trafilatura's evaluation set (as presslake
extracts them), news bodies of scrapinghub's article-extraction-benchmark, and goose3's and
htmldate's test pages (round d1; checkouts beside the repository, see figures_corpus.py),
labelled by ../shared/spec/figures.md as offsets into each body. Articles
marked held-out were labelled after the rules were frozen (blind: bench/label_candidates.py
--blind) and never used to tune them; they are scored on their own too, and per freeze when the
labels name the commit whose rules were frozen. A prediction matches a label when its value
agrees within 0.5% in the same article (one-to-one, closest offsets paired first). Unit and qualifier
accuracy are over matched pairs. Both extractors run in this process on the same
texts; times are per article, best of --repeat runs.

--scaling times extract_figures (and claims) on one body of 100 KB to 10 MB, built by repeating
the project's own texts (bench/figures_articles) in four shapes: as paragraphs, as one
paragraph, as one paragraph with no sentence end, and as one paragraph of quotations, each with
its speaker (a transcript). CPU time per KB that stays flat as the body
doubles is linear work (wall time drifts with the machine's load); claims are left out of a
shape, and a shape stops growing, once one size takes longer than --scaling-limit seconds.

Figures labelled with `attributed_to` and `subject` too (153 of them) score the claim
columns: over the figures presslake finds, precision is the share of its non-null values
that are right and recall the share of non-null labels it gets, compared as the spec says
(case-insensitive, without a leading "the" and without parentheses, ’ read as ').

The per-publisher table scores presslake for each publisher (the articles' `publisher`):
figures F1, unit accuracy, and attributed_to precision and recall over the publisher's articles
labelled for claims. Held-out rows are the publishers of articles marked held-out that no tuning
article comes from (issue 19: text labelled after the freeze, from publishers no earlier round
used); an article marked held-out whose publisher a tuning round used counts as tuning. Each
set ends with its spread: the lowest and the median F1 over its publishers. A labelled round (the
articles' `round`, such as d1) gets its own row in the first table and its own spread, over its own
articles only. A unit matches when
it names the same unit ("square km" and "square kilometre", "kilometres" and "km").
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
from presslake.figures.text import singular
from presslake.figures.vocabulary import MEASURE_UNITS

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


# a temperature scale as labels write it: "deg. C", "degrees Celsius", "degree fahrenheit"
_TEMPERATURE = re.compile(r"deg(?:ree)?s?\.?\s*([cf])\.?|(?:deg(?:ree)?s?\.?\s+)?(celsius|fahrenheit)", re.I)


def canonical_unit(unit: str | None) -> str | None:
    """One name per unit: measure words as the extractor's short names ("kilometres" -> "km",
    "square kilometre" -> "square km", "deg. C" -> "°C"); anything else as given."""
    if not unit:
        return unit
    if temperature := _TEMPERATURE.fullmatch(unit.strip()):
        return f"°{(temperature.group(1) or temperature.group(2))[0].upper()}"
    power, _, base = unit.rpartition(" ") if unit.startswith(("square ", "cubic ")) else ("", "", unit)
    name = MEASURE_UNITS.get(base) or (MEASURE_UNITS.get(singular(base)) if base.islower() else None) or base
    name = "metre" if power and name == "m" else name
    return f"{power} {name}" if power else name


def same_unit(got: str | None, want: str | None) -> bool:
    """The same unit by its canonical name; a noun whatever its case ("American", "american": labels write
    either), though a symbol's case is its meaning ("Tb" is no "TB")."""
    if got and want and got.casefold() == want.casefold() and len(got) > 3 and got.replace(" ", "").isalpha():
        return True
    return got == want or canonical_unit(got) == canonical_unit(want)


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
            "unit": sum(1 for label, p in pairs if same_unit(p[2], label["unit"])),
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


def run(corpus: Path, repeat: int) -> tuple[dict, list[dict]]:
    """Scores over every article, and over the held-out ones (labelled after the rules froze); and
    presslake's row per article, with its publisher and claim counts, for the per-publisher table."""
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
        about = {"heldout": article.get("heldout", False), "frozen_at": article.get("frozen_at"),
                 "publisher": article["publisher"], "round": article.get("round")}
        for name, fn in (("presslake", ours), ("quantulum3", quantulum)):
            rows[name].append(score(article, text, fn, repeat) | about)
        _, claims_ms = timed(lambda t: claims(t, extract_figures(t)), text, repeat)
        rows["presslake"][-1] |= {"claims": claim_counts(article, text), "with_claims_ms": claims_ms}
    return subset_totals(rows), rows["presslake"]


def subset_totals(rows: dict[str, list[dict]]) -> dict:
    """Totals per subset (all, held-out, each round, each freeze) and extractor; a subset without
    articles (no round held out once all have been tuned on) is left out."""
    subsets = [("all", lambda r: True), ("held-out", lambda r: r["heldout"])]
    for name in sorted({r["round"] for r in rows["presslake"] if r["round"]}):
        subsets.append((f"round {name}", lambda r, n=name: r["round"] == n))
    for commit in sorted({r["frozen_at"] for r in rows["presslake"] if r["frozen_at"]}):
        subsets.append((f"held-out, rules frozen at {commit}", lambda r, c=commit: r["frozen_at"] == c))
    return {subset: {name: aggregate([r for r in scored if keep(r)]) for name, scored in rows.items()}
            for subset, keep in subsets if any(keep(r) for r in rows["presslake"])}


def claim_counts(article: dict, text: str) -> dict | None:
    """attributed_to and subject counts over the article's figures labelled for claims (None: not labelled)."""
    gold = [f for f in article["figures"] if "attributed_to" in f]
    if not gold:
        return None
    figures = extract_figures(text)
    predicted = [(f.char_start, f.value, c.attributed_to, c.subject) for f, c in zip(figures, claims(text, figures))]
    counts = {column: {"labelled": 0, "predicted": 0, "right": 0, "figures": 0} for column in ("attributed_to", "subject")}
    for label, prediction in match(gold, predicted):
        for column, got in (("attributed_to", prediction[2]), ("subject", prediction[3])):
            t = counts[column]
            t["figures"] += 1
            t["labelled"] += label[column] is not None
            t["predicted"] += got is not None
            t["right"] += same_claim(got, label[column])
    return counts


def held_out_publishers(rows: list[dict]) -> set[str]:
    """Publishers whose articles are all marked held-out: no tuning round used them."""
    tuning = {r["publisher"] for r in rows if not r["heldout"]}
    return {r["publisher"] for r in rows if r["heldout"]} - tuning


def publisher_totals(rows: list[dict]) -> dict:
    """Figures P/R/F1 and unit accuracy of one publisher's articles, and attributed_to P/R over those
    labelled for claims (None when none is). No label and no prediction is a perfect score."""
    t = {key: sum(r[key] for r in rows) for key in ("gold", "predicted", "matched", "unit")}
    t["articles"] = len(rows)
    t["precision"] = t["matched"] / t["predicted"] if t["predicted"] else 1.0
    t["recall"] = t["matched"] / t["gold"] if t["gold"] else 1.0
    t["f1"] = 2 * t["precision"] * t["recall"] / ((t["precision"] + t["recall"]) or 1)
    t["unit_accuracy"] = t["unit"] / t["matched"] if t["matched"] else None
    claimed = [r["claims"]["attributed_to"] for r in rows if r.get("claims")]
    if claimed:
        right, predicted, labelled = (sum(c[key] for c in claimed) for key in ("right", "predicted", "labelled"))
        t["attribution"] = (right / predicted if predicted else None, right / labelled if labelled else None)
    else:
        t["attribution"] = None
    return t


def publisher_table(rows: list[dict]) -> str:
    """One row per publisher, held-out publishers first, each set closed by its F1 spread."""
    held_out = held_out_publishers(rows)
    lines = ["| rows | publisher | articles | figures labelled | figures found | precision | recall | F1 | "
             "unit accuracy | attributed_to P | attributed_to R |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    spreads = []
    for name, keep in (("held-out", lambda p: p in held_out), ("tuning", lambda p: p not in held_out)):
        publishers = sorted({r["publisher"] for r in rows if keep(r["publisher"])})
        totals = {p: publisher_totals([r for r in rows if r["publisher"] == p]) for p in publishers}
        for publisher, t in totals.items():
            attribution = t["attribution"] or (None, None)
            lines.append(f"| {name} | {publisher} | {t['articles']} | {t['gold']} | {t['predicted']} | "
                         f"{t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} | {_fmt(t['unit_accuracy'])} | "
                         f"{_fmt(attribution[0])} | {_fmt(attribution[1])} |")
        spreads.append(spread(name, totals))
    for name in sorted({r["round"] for r in rows if r.get("round")}):
        in_round = [r for r in rows if r.get("round") == name]
        spreads.append(spread(f"round {name} (its articles only)", {
            p: publisher_totals([r for r in in_round if r["publisher"] == p]) for p in {r["publisher"] for r in in_round}}))
    return "\n".join(lines + [""] + spreads)


def spread(name: str, totals: dict) -> str:
    if not totals:
        return f"{name}: no publishers"
    lowest = min(totals, key=lambda p: totals[p]["f1"])
    median = statistics.median(t["f1"] for t in totals.values())
    return (f"{name}: {len(totals)} publishers, {sum(t['articles'] for t in totals.values())} articles; "
            f"F1 lowest {totals[lowest]['f1']:.3f} ({lowest}), median {median:.3f}")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def same_claim(got: str | None, want: str | None) -> bool:
    def norm(value: str) -> str:
        # a typographic apostrophe is the same name: labellers type ' where the page has ’
        value = value.replace("(", "").replace(")", "").replace("’", "'").casefold().strip()
        return value[4:] if value.startswith("the ") else value
    return got is not None and want is not None and norm(got) == norm(want)


def claim_scores(rows: list[dict]) -> dict:
    """Precision and recall of attributed_to and subject over the figures labelled with them."""
    totals = {column: {"labelled": 0, "predicted": 0, "right": 0, "figures": 0} for column in ("attributed_to", "subject")}
    for row in rows:
        for column, t in totals.items():
            for key in t:
                t[key] += row["claims"][column][key] if row.get("claims") else 0
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
    # every sentence quoted and given a speaker, with no line break: a transcript (each figure reads the
    # quotations near it, so thousands of them cost in proportion)
    quoted = re.sub(r"((?:[^.!?“”\"]|[.!?](?=\S))+[.!?])\s+", r"“\1” Ana Ruiz said. ", one_paragraph)
    return {"paragraphs": body, "one paragraph": one_paragraph,
            "one sentence": re.sub(r"(?<=[.!?])(?=[\"”’)]?\s)", ";", one_paragraph).replace(".;", ";"),
            "quotations": quoted}


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
    result, presslake_rows = run(args.corpus, args.repeat)
    print(table(result))
    print()
    with_claims = statistics.median(r["with_claims_ms"] for r in presslake_rows)
    print(f"presslake extract_figures + claims: median {with_claims:.2f} ms per article "
          f"(mean {statistics.fmean(r['with_claims_ms'] for r in presslake_rows):.2f})")
    print()
    print(publisher_table(presslake_rows))
    print()
    print(claims_table(claim_scores(presslake_rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

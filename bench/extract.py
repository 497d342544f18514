"""Benchmark: presslake's extract_article against trafilatura's two settings, on two corpora.

Usage: python bench/extract.py [--corpus DIR ...] [--worst 10] [--repeat 1] [--limit N]

A corpus folder is one of two shapes (both are in ../shared/corpus, the default):
- Readability's test pages: sub-folders with source.html, expected.html (the reference
  body) and expected-metadata.json. Body scored by token P/R/F1, averaged over the
  readerable pages; title, byline, date and language scored too.
- trafilatura's evaluation set: expected.json ({url: {file, with, without}}) and
  pages/<file>.gz. Scored by trafilatura's own snippet metric (a `with` snippet found
  is a true positive, a `without` snippet found a false positive), summed over pages.

The three extractors run in this process on the same bytes: `extract_article`,
`trafilatura.extract` (default) and `trafilatura.extract(favor_precision=True)`. Times
are per page, best of --repeat runs. For each corpus the output gives the table,
wins and losses per page against the better baseline, the counts of the four failure
kinds, and the pages where presslake loses most, with the text it lost and added.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "functions"))
from presslake.article.extract import extract_article  # noqa: E402
from presslake.article.dates import parse_datetime  # noqa: E402
from presslake.article.rawinput import RejectedInput  # noqa: E402

DEFAULT_CORPORA = [Path(__file__).resolve().parents[2] / "shared" / "corpus" / name
                   for name in ("readability-test-pages", "trafilatura-eval")]
EXTRACTORS = ("presslake", "trafilatura", "trafilatura_precision")
LABELS = {"presslake": "presslake `extract_article`", "trafilatura": "`trafilatura.extract` default",
          "trafilatura_precision": "`trafilatura.extract` favor_precision"}
# A page counts as won or lost when its F1 differs from the baseline's by more than this.
TIE = 0.01
_TOKEN = re.compile(r"\w", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def tokens(text: str) -> Counter:
    """Words, and every CJK/Thai character as its own token (those scripts have no spaces)."""
    out = Counter()
    for word in _WORD.findall(text or ""):
        if _CJK.search(word):
            out.update(word)
        else:
            out[word.casefold()] += 1
    return out


def word_count(text: str) -> int:
    return sum(tokens(text).values())


def prf(extracted: str, expected: str) -> tuple[float, float, float]:
    got, want = tokens(extracted), tokens(expected)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = overlap / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def squash(text) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def norm(text) -> str:
    return squash(text).casefold()


# ---------------------------------------------------------------- one page, three extractors

@dataclass
class Output:
    body: str
    paragraphs: list[str]
    ms: float
    description: str | None = None
    meta: tuple | None = None          # title, byline, date, language ok (Readability pages)
    is_article: bool | None = None


def timed(fn, repeat: int):
    """Best of `repeat` runs, with the garbage collector off while timing (as timeit does):
    a collection triggered by one extractor's garbage would be charged to the next."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            result = fn()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return result, best * 1000


def run_presslake(raw: bytes, url: str | None, repeat: int) -> tuple:
    def call():
        try:
            return extract_article(raw, url)
        except RejectedInput:
            return None
    article, ms = timed(call, repeat)
    if article is None:
        return Output("", [], ms, is_article=False), None
    return Output(article.body, article.paragraphs, ms, article.description,
                  is_article=article.is_article), article


def run_trafilatura(raw: bytes, url: str | None, repeat: int, **options) -> Output:
    text, ms = timed(lambda: trafilatura.extract(raw, url=url, **options) or "", repeat)
    return Output(text, [p for p in text.split("\n") if p.strip()], ms)


_page_number = itertools.count()


def run_all(raw: bytes, url: str | None, repeat: int) -> tuple[dict[str, Output], object]:
    """The three extractors on one page, in an order that rotates from page to page: whichever
    runs first on a page pays for the cold caches (about a third more time)."""
    runs = {
        "presslake": lambda: run_presslake(raw, url, repeat),
        "trafilatura": lambda: (run_trafilatura(raw, url, repeat), None),
        "trafilatura_precision": lambda: (run_trafilatura(raw, url, repeat, favor_precision=True), None),
    }
    first = next(_page_number) % len(EXTRACTORS)
    results = {name: runs[name]() for name in EXTRACTORS[first:] + EXTRACTORS[:first]}
    return {name: results[name][0] for name in EXTRACTORS}, results["presslake"][1]


# ---------------------------------------------------------------- scoring per page

@dataclass
class Page:
    name: str
    outputs: dict[str, Output]
    readerable: bool = True
    scores: dict[str, tuple] = field(default_factory=dict)   # extractor -> (P, R, F1) or counts
    # the reference: Readability's expected body and its blocks, or trafilatura's snippets
    expected: str = ""
    expected_blocks: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    def f1(self, extractor: str) -> float:
        return self.scores[extractor][-1]


def snippet_counts(text: str, with_: list[str], without: list[str]) -> tuple[int, int, int, float]:
    """trafilatura's metric on one page: (tp, fp, fn, F1 of the page)."""
    text = squash(text)
    tp = sum(1 for s in with_ if squash(s) in text) if text else 0
    fn = len(with_) - tp
    fp = sum(1 for s in without if squash(s) in text) if text else 0
    return tp, fp, fn, 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def readability_pages(corpus: Path, repeat: int, limit: int | None):
    folders = sorted(p for p in corpus.iterdir() if (p / "source.html").exists())[:limit]
    for folder in folders:
        raw = (folder / "source.html").read_bytes()
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected_tree = lxml.html.fromstring((folder / "expected.html").read_bytes().decode("utf-8"))
        expected = expected_tree.text_content()
        expected_blocks = [squash(b.text_content()) for b in expected_tree.iter("p", "li", "h2", "h3", "pre")]
        outputs, article = run_all(raw, None, repeat)
        if article is not None:
            outputs["presslake"].meta = (
                norm(article.title) == norm(meta.get("title")), byline_ok(article.authors, meta.get("byline")),
                date_ok(article.published_at, meta.get("publishedTime")), lang_ok(article.language, meta.get("lang")))
        else:
            outputs["presslake"].meta = (False, False, False, False)
        page = Page(folder.name, outputs, readerable=meta.get("readerable", True), expected=expected,
                    expected_blocks=[b for b in expected_blocks if b])
        if page.readerable:
            page.scores = {name: prf(out.body, expected) for name, out in outputs.items()}
        yield page


def trafilatura_eval_pages(corpus: Path, repeat: int, limit: int | None):
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    for url, item in list(expected.items())[:limit]:
        raw = gzip.decompress((corpus / "pages" / item["file"]).read_bytes())
        outputs, _article = run_all(raw, url, repeat)
        page = Page(item["file"], outputs, with_=item["with"], without=item["without"])
        page.scores = {name: snippet_counts(out.body, page.with_, page.without) for name, out in outputs.items()}
        yield page


# ---------------------------------------------------------------- metadata (Readability pages)

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


def lang_ok(got, want) -> bool | None:
    """Scored only where the page declares a language (Readability reports the declared one);
    where it declares none, presslake detects one, which the corpus cannot confirm."""
    want = (want or "").split("-")[0].lower()
    return (got or "") == want if want else None


# ---------------------------------------------------------------- failure kinds

def failure_kinds(page: Page, baseline: str, scored_by_tokens: bool) -> set[str]:
    """Which of issue 10's four failure kinds this page shows (against the baseline's output)."""
    ours, theirs = page.outputs["presslake"], page.outputs[baseline]
    kinds = set()
    ours_words, theirs_words = word_count(ours.body), word_count(theirs.body)
    if ours_words < 20 and theirs_words >= 100:
        kinds.add("empty")
    elif theirs_words >= 100 and ours_words < 0.6 * theirs_words and page.f1("presslake") < page.f1(baseline) - TIE:
        kinds.add("half_lost")
    if scored_by_tokens:
        want = tokens(page.expected)
        for paragraph in ours.paragraphs:
            got = tokens(paragraph)
            size = sum(got.values())
            if size >= 80 and sum((got & want).values()) < 0.3 * size:
                kinds.add("chrome_paragraph")
                break
    else:
        long_ones = [squash(p) for p in ours.paragraphs if word_count(p) >= 80]
        if any(squash(s) in p for s in page.without for p in long_ones):
            kinds.add("chrome_paragraph")
    dek = norm(ours.description)
    if dek and len(dek) > 30 and any(norm(p) == dek for p in ours.paragraphs):
        reference = norm(page.expected) if scored_by_tokens else norm(" ".join(page.with_))
        if dek not in reference:
            kinds.add("dek_in_body")
    return kinds


def diff_text(page: Page, baseline: str, scored_by_tokens: bool) -> tuple[list[str], list[str]]:
    """What presslake lost (reference text it misses) and added (text the reference lacks)."""
    ours = squash(page.outputs["presslake"].body)
    if scored_by_tokens:
        lost = [b for b in page.expected_blocks if b not in ours and len(b) > 20]
        reference = squash(page.expected)
        added = [squash(p) for p in page.outputs["presslake"].paragraphs if squash(p) not in reference]
    else:
        lost = [squash(s) for s in page.with_ if squash(s) not in ours]
        added = [squash(s) for s in page.without if squash(s) in ours]
    return lost, added


# ---------------------------------------------------------------- summary

def summarize(name: str, pages: list[Page], scored_by_tokens: bool) -> dict:
    scored = [p for p in pages if p.readerable]
    out = {"corpus": name, "pages": len(pages), "scored": len(scored), "extractors": {}}
    for extractor in EXTRACTORS:
        if scored_by_tokens:
            p, r, f1 = (statistics.fmean(page.scores[extractor][i] for page in scored) for i in range(3))
        else:
            tp, fp, fn = (sum(page.scores[extractor][i] for page in scored) for i in range(3))
            p, r, f1 = tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn)
        out["extractors"][extractor] = {
            "precision": p, "recall": r, "f1": f1,
            "median_ms": statistics.median(page.outputs[extractor].ms for page in pages),
            "p90_ms": sorted(page.outputs[extractor].ms for page in pages)[int(0.9 * (len(pages) - 1))],
        }
    baseline = max(EXTRACTORS[1:], key=lambda e: out["extractors"][e]["f1"])
    out["baseline"] = baseline
    deltas = [(page.f1("presslake") - page.f1(baseline), page) for page in scored]
    out["wins"] = sum(d > TIE for d, _ in deltas)
    out["losses"] = sum(d < -TIE for d, _ in deltas)
    kinds = Counter()
    for page in scored:
        kinds.update(failure_kinds(page, baseline, scored_by_tokens))
    out["kinds"] = kinds
    worst = sorted(((d, page) for d, page in deltas if d < -TIE), key=lambda item: item[0])
    out["worst"] = []
    for d, page in worst:
        lost, added = diff_text(page, baseline, scored_by_tokens)
        out["worst"].append((page.name, d, page.f1("presslake"), page.f1(baseline), lost, added))
    if scored_by_tokens:
        meta = [p.outputs["presslake"].meta for p in pages]
        out["metadata"] = {}
        for i, field_ in enumerate(("title", "byline", "published", "language")):
            scored_meta = [m[i] for m in meta if m[i] is not None]
            out["metadata"][field_] = 100 * sum(scored_meta) / len(scored_meta)
        out["is_article"] = 100 * sum(p.outputs["presslake"].is_article == bool(p.readerable)
                                      for p in pages) / len(pages)
    else:
        out["is_article"] = 100 * sum(bool(p.outputs["presslake"].is_article) for p in pages) / len(pages)
    return out


def clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def report(result: dict, worst: int) -> str:
    metric = "mean token P/R/F1 over readerable pages" if "metadata" in result else "trafilatura's snippet metric"
    lines = [f"## {result['corpus']}: {result['pages']} pages, {result['scored']} scored ({metric})", "",
             "| extractor | precision | recall | F1 | median ms | p90 ms |", "|---|---|---|---|---|---|"]
    for extractor in EXTRACTORS:
        s = result["extractors"][extractor]
        lines.append(f"| {LABELS[extractor]} | {s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}** | "
                     f"{s['median_ms']:.1f} | {s['p90_ms']:.1f} |")
    lines += ["", f"Against the better baseline ({LABELS[result['baseline']]}): "
                  f"{result['wins']} pages won, {result['losses']} lost (F1 differs by more than {TIE})."]
    kinds = result["kinds"]
    lines.append("Failure kinds: " + ", ".join(
        f"{kind} {kinds.get(kind, 0)}" for kind in ("empty", "half_lost", "chrome_paragraph", "dek_in_body")))
    if "metadata" in result:
        m = result["metadata"]
        lines.append(f"Metadata right: title {m['title']:.1f}%, byline {m['byline']:.1f}%, published "
                     f"{m['published']:.1f}%, language {m['language']:.1f}% (of pages that declare one); is_article agrees with "
                     f"readerable on {result['is_article']:.1f}% of pages.")
    else:
        lines.append(f"is_article true on {result['is_article']:.1f}% of pages.")
    if worst and result["worst"]:
        lines += ["", f"Worst {min(worst, len(result['worst']))} pages against the baseline:"]
        for name, delta, ours, theirs, lost, added in result["worst"][:worst]:
            lines.append(f"- {name}: F1 {ours:.2f} vs {theirs:.2f} ({delta:+.2f})")
            for text in lost[:2]:
                lines.append(f"    lost:  {clip(text)}")
            for text in added[:2]:
                lines.append(f"    added: {clip(text)}")
    return "\n".join(lines)


def run_corpus(corpus: Path, repeat: int, limit: int | None) -> dict:
    if (corpus / "expected.json").exists():
        pages = list(trafilatura_eval_pages(corpus, repeat, limit))
        return summarize(corpus.name, pages, scored_by_tokens=False)
    pages = list(readability_pages(corpus, repeat, limit))
    return summarize(corpus.name, pages, scored_by_tokens=True)


def main(argv=None) -> int:
    warnings.simplefilter("ignore")  # dateutil's and trafilatura's per-page warnings
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a corpus folder (repeatable); default: both in ../shared/corpus")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--worst", type=int, default=10, help="list the N pages lost worst")
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    args = parser.parse_args(argv)
    for corpus in args.corpus or DEFAULT_CORPORA:
        if not corpus.is_dir():
            parser.error(f"no corpus folder at {corpus}")
        print(report(run_corpus(corpus, args.repeat, args.limit), args.worst), end="\n\n", flush=True)
    if not args.corpus:  # the default run also scores metadata field by field on the dev sets (bench/metadata.py)
        import metadata

        metadata.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: presslake's extract_article against trafilatura's two settings, on every corpus.

Usage: python bench/extract.py [--corpus DIR ...] [--worst 10] [--repeat 1] [--limit N]

A corpus folder is one of eight shapes; the default is every one found beside the repository
(../shared/corpus, ../fundus, ../wcxb, ../goose3, ../ir-research-data, ../page-signal,
../html-cleaning-dataset-merged):
- Readability's test pages: sub-folders with source.html, expected.html (the reference
  body) and expected-metadata.json. Body scored by token P/R/F1, averaged over the
  readerable pages; title, byline, date and language scored too.
- trafilatura's evaluation set: expected.json ({url: {file, with, without}}) and
  pages/<file>.gz. Scored by trafilatura's own snippet metric (a `with` snippet found
  is a true positive, a `without` snippet found a false positive), summed over pages.
- fundus's parser tests (flairNLP/fundus, tests/resources/parser/test_data): <cc>/<Publisher>.json
  holds, per parser version (V1, V1_1, V2, ...), the expected body; the pages are
  <cc>/<Publisher>_<date>.html.gz, the n-th oldest page for the n-th version (fundus maps a
  page's crawl date to the first version valid until then). Reported as two dev sets, split
  by publisher: `fundus-tune`, which the extractor may be tuned on, and `fundus-measure`,
  which it is only measured on.
- WCXB (Murrough-Foley/web-content-extraction-benchmark): <split>/ground-truth/<id>.json and
  <split>/html/<id>.html.gz; its article pages only. Its `dev` split is tuned on, its `test`
  split only measured on.
- goose3's tests (tests/data/content): <name>.html and <name>.json, whose cleaned_text is only
  the first words of the body: scored by the share of those words found (prefix recall).
- the Chaos set (MSVCode/ir-research-data, Extraction/chaos-all): html/<name>.htm(l) and
  gold/<name>.txt, a person's copy of the main content; 360 pages of about 240 sites, 2017.
- L3S-GN1 (as in geodrome/page-signal): original/<uuid>.html and annotated/<uuid>.html, where
  assessors marked the full text (`x-nc-sel2`); 621 Google News articles of 408 sites, 2008.
- Dragnet (seomoz/dragnet_data, as in j-szulc/html-cleaning-dataset-merged's dragnet_data): input/<name>.html and
  GoldStandard/<name>.txt, a person's copy of the main content and, after a line of "!@#$%^&*() COMMENTS", of
  the comments, which are not the story; 1,381 pages of news sites and blogs, 2012.

fundus, WCXB, Chaos, L3S-GN1 and Dragnet are scored by ScrapingHub's metric (article-extraction-benchmark): per page,
precision and recall of 4-word shingles; each averaged over the pages; F1 of the two means.
Words as elsewhere here: CJK and Thai characters count one each.

The three extractors run in this process on the same bytes: `extract_article`,
`trafilatura.extract` (default) and `trafilatura.extract(favor_precision=True)`. Times
are per page, best of --repeat runs. For each corpus the output gives the table,
wins and losses per page against the better baseline, the counts of the four failure
kinds, the lost stories (pages where presslake has under half the words trafilatura finds in
the story, where it finds 100 or more; the reader comments trafilatura.extract appends by
default are not the story, but the count with them is printed too) and the pages where
presslake loses most, with the text it lost and added. A lost story by that word count is checked
against the page's reference too: it is confirmed only where presslake also finds under half as much of
the reference as trafilatura does (trafilatura's extra words are often hidden nodes, other stories' teasers, a
calendar, a repeated shipping notice or reader comments, which the reference leaves out). The same reading of
the reference on every page, whatever the word counts, counts the pages where presslake returned another
text of the page (a gallery, the next story).
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
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from trafilatura.core import _internal_extraction
from trafilatura.xml import xmltotxt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "functions"))
from presslake.article import body as body_module  # noqa: E402
from presslake.article.extract import extract_article  # noqa: E402
from presslake.article.dates import parse_datetime  # noqa: E402
from presslake.article.rawinput import RejectedInput  # noqa: E402
from figures_corpus import L3S_FULL_TEXT, chaos_gold, l3s_blocks  # noqa: E402

BESIDE = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = [BESIDE / "shared" / "corpus" / "readability-test-pages", BESIDE / "shared" / "corpus" / "trafilatura-eval",
                   BESIDE / "fundus" / "tests" / "resources" / "parser" / "test_data",
                   BESIDE / "wcxb" / "dev", BESIDE / "wcxb" / "test", BESIDE / "goose3" / "tests" / "data" / "content",
                   BESIDE / "ir-research-data" / "Extraction" / "chaos-all",
                   BESIDE / "page-signal" / "L3S-GN1-20100130203947-00001",
                   BESIDE / "html-cleaning-dataset-merged" / "dragnet_data"]
EXTRACTORS = ("presslake", "trafilatura", "trafilatura_precision")
LABELS = {"presslake": "presslake `extract_article`", "trafilatura": "`trafilatura.extract` default",
          "trafilatura_precision": "`trafilatura.extract` favor_precision"}
# A page counts as won or lost when its F1 differs from the baseline's by more than this.
TIE = 0.01
# A story is lost when presslake keeps under this share of the words trafilatura finds, where it finds
# at least LOST_STORY_MIN_WORDS (issue 20: it must never happen).
LOST_STORY_SHARE = 0.5
LOST_STORY_MIN_WORDS = 100
# the line that ends a Dragnet gold text's story and opens its comments ("!@#$%^&*()  COMMENTS", its symbols
# typed in varying order)
DRAGNET_COMMENTS = re.compile(r"^\s*[!@#$%^&*() ]{5,}\s+COMMENTS\s*$", re.M)
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def token_list(text: str) -> list[str]:
    """Words in order, case-folded, and every CJK/Thai character as its own token (those scripts have no spaces)."""
    out = []
    for word in _WORD.findall(text or ""):
        if _CJK.search(word):
            out.extend(word)
        else:
            out.append(word.casefold())
    return out


def tokens(text: str) -> Counter:
    return Counter(token_list(text))


def word_count(text: str) -> int:
    return len(token_list(text))


def prf(extracted: str, expected: str) -> tuple[float, float, float]:
    got, want = tokens(extracted), tokens(expected)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = overlap / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def shingles(text: str) -> Counter:
    words = token_list(text)
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)) if words[i:i + SHINGLE])


def shingle_prf(extracted: str, expected: str) -> tuple[float | None, float | None, float]:
    """ScrapingHub's metric on one page: precision and recall of shingles. Precision is None for an
    empty output and recall None for an empty reference (their means skip those pages); the page's F1
    only ranks pages."""
    got, want = shingles(extracted), shingles(expected)
    tp = sum((got & want).values())
    precision = tp / sum(got.values()) if got else None
    recall = tp / sum(want.values()) if want else None
    p, r = precision or 0.0, recall if recall is not None else 1.0
    return precision, recall, 2 * p * r / (p + r) if p + r else 0.0


def prefix_recall(extracted: str, prefix: str) -> tuple[float]:
    """goose3's references are the body's first words: the share of them found (as a bag of words)."""
    got, want = tokens(extracted), tokens(prefix)
    return (sum((got & want).values()) / sum(want.values()) if want else 1.0,)


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
    story: str | None = None           # trafilatura's main text, without the comments it appends
    second_opinion: str = ""           # presslake: "" (none), "ran" or "taken"


class SecondOpinions:
    """Which pages presslake's chooser sent to its second opinion, and where it took over: `takes_over`
    runs once per second opinion, so the bench watches it (the extractor itself keeps no state)."""

    def __init__(self) -> None:
        self.outcome = ""
        self.decide = body_module.takes_over
        body_module.takes_over = self.watch

    def watch(self, first, second, links=frozenset()) -> bool:
        taken = self.decide(first, second, links)
        self.outcome = "taken" if taken else "ran"
        return taken


SECOND_OPINIONS = SecondOpinions()


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
        SECOND_OPINIONS.outcome = ""
        try:
            return extract_article(raw, url)
        except RejectedInput:
            return None
    article, ms = timed(call, repeat)
    if article is None:
        return Output("", [], ms, is_article=False), None
    return Output(article.body, article.paragraphs, ms, article.description, is_article=article.is_article,
                  second_opinion=SECOND_OPINIONS.outcome), article


def run_trafilatura(raw: bytes, url: str | None, repeat: int, **options) -> Output:
    """`trafilatura.extract`, as it runs: extract() returns the .text of _internal_extraction's document
    (called here with the same defaults), whose body is also kept: the main text without the reader
    comments extract() appends is what a lost story is counted against."""
    document, ms = timed(lambda: _internal_extraction(raw, url=url, **options), repeat)
    text = (document.text or "") if document is not None else ""
    story = xmltotxt(document.body, False) if document is not None else ""
    return Output(text, [p for p in text.split("\n") if p.strip()], ms, story=story)


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


# ---------------------------------------------------------------- corpora: pages and their references

@dataclass
class Page:
    name: str
    outputs: dict[str, Output]
    readerable: bool = True
    scores: dict[str, tuple] = field(default_factory=dict)   # extractor -> (P, R, F1), counts or (recall,)
    # the reference: an expected body and its blocks, or trafilatura's snippets
    expected: str = ""
    expected_blocks: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    def f1(self, extractor: str) -> float:
        return self.scores[extractor][-1]


@dataclass
class Corpus:
    """A named set of pages, scored one way: `tokens` (Readability), `snippets` (trafilatura's
    metric), `shingles` (ScrapingHub's) or `prefix` (goose3's first words)."""

    name: str
    metric: str
    pages: object   # an iterator of Page, run lazily


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


def reference_page(name: str, raw: bytes, url: str | None, blocks: list[str], repeat: int) -> Page:
    """A page scored by ScrapingHub's metric against its reference blocks."""
    outputs, _article = run_all(raw, url, repeat)
    blocks = [squash(b) for b in blocks if squash(b)]
    page = Page(name, outputs, expected="\n\n".join(blocks), expected_blocks=blocks)
    page.scores = {extractor: shingle_prf(out.body, page.expected) for extractor, out in outputs.items()}
    return page


def version_key(version: str) -> tuple[int, ...]:
    """fundus's parser versions in order: V1 < V1_1 < V1_2 < V2 < V2_1 < V3."""
    return tuple(int(part) for part in version.lstrip("V").split("_"))


def fundus_cases(root: Path) -> list[tuple[str, Path, str | None, list[str]]]:
    """(name, page, url, reference blocks) of every test case: summary, section headlines and paragraphs."""
    cases = []
    for expected_file in sorted(root.glob("*/*.json")):
        country, publisher = expected_file.parent.name, expected_file.stem
        urls = json.loads((expected_file.parent / "meta.info").read_text(encoding="utf-8"))
        dated = re.compile(rf"{re.escape(publisher)}_\d{{4}}_\d\d_\d\d\.html\.gz")
        pages = sorted(path for path in expected_file.parent.glob(f"{publisher}_*.html.gz") if dated.fullmatch(path.name))
        versions = json.loads(expected_file.read_text(encoding="utf-8"))
        if len(pages) != len(versions):
            continue   # a test case whose page is missing cannot be scored
        for version, path in zip(sorted(versions, key=version_key), pages):
            body = versions[version].get("body") or {}
            blocks = list(body.get("summary") or [])
            for section in body.get("sections") or []:
                blocks += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
            cases.append((f"{country}/{path.name}", path, urls.get(path.name, {}).get("url"), blocks))
    return cases


def fundus_half(name: str) -> str:
    """The dev set a fundus case belongs to, by its publisher: half to tune on, half only to measure on."""
    publisher = name.rsplit("_", 3)[0]
    return ("fundus-tune", "fundus-measure")[zlib.crc32(publisher.encode()) % 2]


def fundus_pages(root: Path, half: str, repeat: int, limit: int | None):
    cases = [case for case in fundus_cases(root) if fundus_half(case[0]) == half][:limit]
    for name, path, url, blocks in cases:
        yield reference_page(name, gzip.decompress(path.read_bytes()), url, blocks, repeat)


def wcxb_pages(split: Path, repeat: int, limit: int | None):
    """WCXB's article pages (its other types are forums, products, listings, documentation...). Its
    test split shares 139 pages with its dev split: those are left out of the test split."""
    articles = []
    dev = split.parent / "dev" / "html"
    for truth_file in sorted((split / "ground-truth").glob("*.json")):
        if split.name != "dev" and (dev / f"{truth_file.stem}.html.gz").exists():
            continue
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        kind = ((truth.get("_internal") or {}).get("page_type") or {}).get("primary")
        content = (truth.get("ground_truth") or {}).get("main_content") or ""
        page = split / "html" / f"{truth_file.stem}.html.gz"
        if kind == "article" and content.strip() and page.exists():   # three articles have no reference
            articles.append((truth_file.stem, page, truth.get("url"), content))
    for name, page, url, content in articles[:limit]:
        yield reference_page(name, gzip.decompress(page.read_bytes()), url, content.split("\n\n"), repeat)


def goose_pages(folder: Path, repeat: int, limit: int | None):
    for expected_file in sorted(folder.glob("*.json"))[:limit]:
        case = json.loads(expected_file.read_text(encoding="utf-8"))
        prefix = (case.get("expected") or {}).get("cleaned_text") or ""
        source = expected_file.with_suffix(".html")
        if not prefix.strip() or not source.exists():
            continue
        outputs, _article = run_all(source.read_bytes(), case.get("url"), repeat)
        page = Page(expected_file.stem, outputs, expected=prefix, expected_blocks=[squash(prefix)])
        page.scores = {name: prefix_recall(out.body, prefix) for name, out in outputs.items()}
        yield page


def chaos_pages(folder: Path, repeat: int, limit: int | None):
    pages = sorted(path for path in (folder / "html").iterdir() if path.suffix in (".htm", ".html"))
    for path in pages[:limit]:
        gold = chaos_gold(folder / "gold" / f"{path.stem}.txt")
        yield reference_page(path.stem, path.read_bytes(), None, gold.split("\n"), repeat)


def l3s_pages(folder: Path, repeat: int, limit: int | None):
    urls = dict(line.split("\t") for line in (folder / "url-mapping.txt").read_text(encoding="utf-8").splitlines()
                if "\t" in line)
    for path in sorted((folder / "original").glob("*.html"))[:limit]:
        blocks = l3s_blocks(folder / "annotated" / path.name, {L3S_FULL_TEXT})
        url = urls.get(f"<urn:uuid:{path.stem}>", "").strip() or None
        yield reference_page(path.stem, path.read_bytes(), url, blocks, repeat)


def dragnet_pages(folder: Path, repeat: int, limit: int | None):
    for path in sorted((folder / "input").glob("*.html"))[:limit]:
        gold = (folder / "GoldStandard" / f"{path.stem}.txt").read_bytes().decode("utf-8", errors="replace")
        story = DRAGNET_COMMENTS.split(gold, maxsplit=1)[0]
        yield reference_page(path.stem, path.read_bytes(), None, story.split("\n"), repeat)


def corpora_at(folder: Path, repeat: int, limit: int | None) -> list[Corpus]:
    """The corpora a folder holds, by its shape (see the module's docstring)."""
    if (folder / "expected.json").exists():
        return [Corpus(folder.name, "snippets", trafilatura_eval_pages(folder, repeat, limit))]
    if (folder / "ground-truth").is_dir():
        return [Corpus(f"wcxb-{folder.name}", "shingles", wcxb_pages(folder, repeat, limit))]
    if any(folder.glob("*/meta.info")):
        return [Corpus(half, "shingles", fundus_pages(folder, half, repeat, limit))
                for half in ("fundus-tune", "fundus-measure")]
    if any(folder.glob("*/source.html")):
        return [Corpus(folder.name, "tokens", readability_pages(folder, repeat, limit))]
    if (folder / "gold").is_dir() and (folder / "html").is_dir():
        return [Corpus("chaos", "shingles", chaos_pages(folder, repeat, limit))]
    if (folder / "GoldStandard").is_dir() and (folder / "input").is_dir():
        return [Corpus("dragnet", "shingles", dragnet_pages(folder, repeat, limit))]
    if (folder / "annotated").is_dir() and (folder / "original").is_dir():
        return [Corpus("l3s-gn1", "shingles", l3s_pages(folder, repeat, limit))]
    if any(folder.glob("*.html")) and any(folder.glob("*.json")):
        return [Corpus(f"goose3-{folder.name}", "prefix", goose_pages(folder, repeat, limit))]
    raise ValueError(f"{folder}: not a corpus of a known shape")


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

def failure_kinds(page: Page, baseline: str, metric: str) -> set[str]:
    """Which of issue 10's four failure kinds this page shows (against the baseline's output)."""
    ours, theirs = page.outputs["presslake"], page.outputs[baseline]
    kinds = set()
    ours_words, theirs_words = word_count(ours.body), word_count(theirs.body)
    if ours_words < 20 and theirs_words >= 100:
        kinds.add("empty")
    elif theirs_words >= 100 and ours_words < 0.6 * theirs_words and page.f1("presslake") < page.f1(baseline) - TIE:
        kinds.add("half_lost")
    if metric == "prefix":
        return kinds   # the reference is only the first words: it cannot tell chrome from story
    if metric == "snippets":
        long_ones = [squash(p) for p in ours.paragraphs if word_count(p) >= 80]
        if any(squash(s) in p for s in page.without for p in long_ones):
            kinds.add("chrome_paragraph")
    else:
        want = tokens(page.expected)
        for paragraph in ours.paragraphs:
            got = tokens(paragraph)
            size = sum(got.values())
            if size >= 80 and sum((got & want).values()) < 0.3 * size:
                kinds.add("chrome_paragraph")
                break
    dek = norm(ours.description)
    if dek and len(dek) > 30 and any(norm(p) == dek for p in ours.paragraphs):
        reference = norm(" ".join(page.with_)) if metric == "snippets" else norm(page.expected)
        if dek not in reference:
            kinds.add("dek_in_body")
    return kinds


def lost_story(page: Page, baseline: str, with_comments: bool = False) -> bool:
    """presslake kept under half the words the baseline finds in the story, where it finds 100 or more
    (issue 20); `with_comments` counts the reader comments trafilatura.extract appends as story too."""
    theirs = page.outputs[baseline]
    theirs = word_count(theirs.body if with_comments or theirs.story is None else theirs.story)
    return theirs >= LOST_STORY_MIN_WORDS and word_count(page.outputs["presslake"].body) < LOST_STORY_SHARE * theirs


def reference_recall(page: Page, extractor: str, metric: str) -> float | None:
    """The share of the page's reference an extractor found, or None where the page has none."""
    score = page.scores.get(extractor)
    if not score:
        return None
    if metric == "snippets":
        return score[0] / (score[0] + score[2]) if score[0] + score[2] else None
    return score[0] if metric == "prefix" else score[1]


def lost_by_reference(page: Page, baseline: str, metric: str) -> bool:
    """A lost story the reference confirms: presslake also finds under half as much of the reference as
    the baseline. Where the baseline's extra words are hidden text, other stories' teasers, a calendar or
    reader comments, the word count says "lost" and the reference says nothing was."""
    if not lost_story(page, baseline):
        return False
    ours, theirs = reference_recall(page, "presslake", metric), reference_recall(page, baseline, metric)
    return ours is None or theirs is None or ours < LOST_STORY_SHARE * theirs


def other_text(page: Page, baseline: str, metric: str) -> bool:
    """presslake returned another text of the page (a gallery, the next story): it finds under half as much
    of the reference as the baseline, which finds half of it or more, whatever the word counts say."""
    ours, theirs = reference_recall(page, "presslake", metric), reference_recall(page, baseline, metric)
    return ours is not None and theirs is not None and theirs >= 0.5 and ours < LOST_STORY_SHARE * theirs


def diff_text(page: Page, metric: str) -> tuple[list[str], list[str]]:
    """What presslake lost (reference text it misses) and added (text the reference lacks)."""
    ours = squash(page.outputs["presslake"].body)
    if metric == "snippets":
        lost = [squash(s) for s in page.with_ if squash(s) not in ours]
        added = [squash(s) for s in page.without if squash(s) in ours]
        return lost, added
    lost = [b for b in page.expected_blocks if b not in ours and len(b) > 20]
    if metric == "prefix":
        return lost, []
    reference = squash(page.expected)
    added = [squash(p) for p in page.outputs["presslake"].paragraphs if squash(p) not in reference]
    return lost, added


# ---------------------------------------------------------------- summary

def mean_of_known(values) -> float:
    known = [v for v in values if v is not None]
    return statistics.fmean(known) if known else 0.0


def scores_of(extractor: str, pages: list[Page], metric: str) -> tuple[float | None, float, float]:
    """The corpus's (precision, recall, F1) for one extractor, by the corpus's metric."""
    if metric == "snippets":
        tp, fp, fn = (sum(page.scores[extractor][i] for page in pages) for i in range(3))
        return tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn)
    if metric == "prefix":
        recall = statistics.fmean(page.scores[extractor][0] for page in pages)
        return None, recall, recall
    p, r = (mean_of_known(page.scores[extractor][i] for page in pages) for i in range(2))
    if metric == "shingles":   # ScrapingHub's: the F1 of the mean precision and the mean recall
        return p, r, 2 * p * r / (p + r) if p + r else 0.0
    return p, r, statistics.fmean(page.scores[extractor][2] for page in pages)


def summarize(corpus: Corpus, pages: list[Page]) -> dict:
    scored = [p for p in pages if p.readerable]
    out = {"corpus": corpus.name, "metric": corpus.metric, "pages": len(pages), "scored": len(scored),
           "extractors": {}}
    for extractor in EXTRACTORS:
        p, r, f1 = scores_of(extractor, scored, corpus.metric)
        out["extractors"][extractor] = {
            "precision": p, "recall": r, "f1": f1,
            "median_ms": statistics.median(page.outputs[extractor].ms for page in pages),
            "p90_ms": sorted(page.outputs[extractor].ms for page in pages)[int(0.9 * (len(pages) - 1))],
        }
    outcomes = [page.outputs["presslake"] for page in pages]
    second = [o.ms for o in outcomes if o.second_opinion]
    out["second_opinion"] = {"ran": len(second), "taken": sum(o.second_opinion == "taken" for o in outcomes),
                             "median_ms": statistics.median(second) if second else None,
                             "median_ms_without": statistics.median([o.ms for o in outcomes if not o.second_opinion]
                                                                    or [0.0])}
    baseline = max(EXTRACTORS[1:], key=lambda e: out["extractors"][e]["f1"])
    out["baseline"] = baseline
    deltas = [(page.f1("presslake") - page.f1(baseline), page) for page in scored]
    out["wins"] = sum(d > TIE for d, _ in deltas)
    out["losses"] = sum(d < -TIE for d, _ in deltas)
    kinds = Counter()
    for page in scored:
        kinds.update(failure_kinds(page, baseline, corpus.metric))
    out["kinds"] = kinds
    out["lost_stories"] = {extractor: [page.name for page in pages if lost_story(page, extractor)]
                           for extractor in EXTRACTORS[1:]}
    out["lost_by_reference"] = {extractor: [page.name for page in pages if lost_by_reference(page, extractor, corpus.metric)]
                                for extractor in EXTRACTORS[1:]}
    out["other_text"] = {extractor: [page.name for page in pages if other_text(page, extractor, corpus.metric)]
                         for extractor in EXTRACTORS[1:]}
    out["lost_with_comments"] = {extractor: sum(lost_story(page, extractor, with_comments=True) for page in pages)
                                 for extractor in EXTRACTORS[1:]}
    worst = sorted(((d, page) for d, page in deltas if d < -TIE), key=lambda item: item[0])
    out["worst"] = []
    for d, page in worst:
        lost, added = diff_text(page, corpus.metric)
        out["worst"].append((page.name, d, page.f1("presslake"), page.f1(baseline), lost, added))
    if corpus.metric == "tokens":
        meta = [p.outputs["presslake"].meta for p in pages]
        out["metadata"] = {}
        for i, field_ in enumerate(("title", "byline", "published", "language")):
            scored_meta = [m[i] for m in meta if m[i] is not None]
            out["metadata"][field_] = 100 * sum(scored_meta) / len(scored_meta) if scored_meta else None
        out["is_article"] = 100 * sum(p.outputs["presslake"].is_article == bool(p.readerable)
                                      for p in pages) / len(pages)
    else:
        out["is_article"] = 100 * sum(bool(p.outputs["presslake"].is_article) for p in pages) / len(pages)
    return out


def clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


METRICS = {"tokens": "mean token P/R/F1 over readerable pages", "snippets": "trafilatura's snippet metric",
           "shingles": "ScrapingHub's metric: 4-word shingles, F1 of mean P and mean R",
           "prefix": "prefix recall: share of the reference's first words found"}


def _against(pages: dict[str, list[str]]) -> str:
    """'N against the default, M against favor_precision', then the pages named by either."""
    named = sorted(set(pages["trafilatura"]) | set(pages["trafilatura_precision"]))
    return (f"{len(pages['trafilatura'])} against the default, {len(pages['trafilatura_precision'])} against "
            f"favor_precision" + (": " + ", ".join(named) if named else ""))


def report(result: dict, worst: int) -> str:
    lines = [f"## {result['corpus']}: {result['pages']} pages, {result['scored']} scored ({METRICS[result['metric']]})",
             "", "| extractor | precision | recall | F1 | median ms | p90 ms |", "|---|---|---|---|---|---|"]
    for extractor in EXTRACTORS:
        s = result["extractors"][extractor]
        precision = "–" if s["precision"] is None else f"{s['precision']:.3f}"
        lines.append(f"| {LABELS[extractor]} | {precision} | {s['recall']:.3f} | **{s['f1']:.3f}** | "
                     f"{s['median_ms']:.1f} | {s['p90_ms']:.1f} |")
    lines += ["", f"Against the better baseline ({LABELS[result['baseline']]}): "
                  f"{result['wins']} pages won, {result['losses']} lost (F1 differs by more than {TIE})."]
    kinds = result["kinds"]
    lines.append("Failure kinds: " + ", ".join(
        f"{kind} {kinds.get(kind, 0)}" for kind in ("empty", "half_lost", "chrome_paragraph", "dek_in_body")))
    lost, with_comments = result["lost_stories"], result["lost_with_comments"]
    lines.append(f"Lost stories (under {LOST_STORY_SHARE:.0%} of the words trafilatura finds in the story, where it "
                 f"finds {LOST_STORY_MIN_WORDS}+): {_against(lost)}"
                 f" (counting the reader comments trafilatura appends as story: {with_comments['trafilatura']} and "
                 f"{with_comments['trafilatura_precision']}).")
    lines.append("Of those, confirmed by the reference (presslake finds under half as much of it as trafilatura): "
                 f"{_against(result['lost_by_reference'])}.")
    lines.append("Another text (presslake finds under half as much of the reference as trafilatura, which finds "
                 f"half of it or more), whatever the words: {_against(result['other_text'])}.")
    second = result["second_opinion"]
    lines.append(f"Second opinion (trafilatura's full extraction of the unpruned page) ran on {second['ran']} of "
                 f"{result['pages']} pages ({second['ran'] / result['pages']:.0%}) and was taken on {second['taken']}"
                 + (f"; presslake's median ms on those pages {second['median_ms']:.1f}, on the others "
                    f"{second['median_ms_without']:.1f}." if second["ran"] else "."))
    if "metadata" in result:
        m = {name: "-" if share is None else f"{share:.1f}%" for name, share in result["metadata"].items()}
        lines.append(f"Metadata right: title {m['title']}, byline {m['byline']}, published {m['published']}, "
                     f"language {m['language']} (of pages that declare one); is_article agrees with "
                     f"readerable on {result['is_article']:.1f}% of pages.")
    else:
        lines.append(f"is_article true on {result['is_article']:.1f}% of pages.")
    if worst and result["worst"]:
        lines += ["", f"Worst {min(worst, len(result['worst']))} pages against the baseline:"]
        for name, delta, ours, theirs, lost_text, added in result["worst"][:worst]:
            lines.append(f"- {name}: F1 {ours:.2f} vs {theirs:.2f} ({delta:+.2f})")
            for text in lost_text[:2]:
                lines.append(f"    lost:  {clip(text)}")
            for text in added[:2]:
                lines.append(f"    added: {clip(text)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    warnings.simplefilter("ignore")  # dateutil's and trafilatura's per-page warnings
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a corpus folder (repeatable); default: every one found beside the repository")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--worst", type=int, default=10, help="list the N pages lost worst")
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    args = parser.parse_args(argv)
    folders = args.corpus or [folder for folder in DEFAULT_CORPORA if folder.is_dir()]
    for folder in folders:
        if not folder.is_dir():
            parser.error(f"no corpus folder at {folder}")
        try:
            corpora = corpora_at(folder, args.repeat, args.limit)
        except ValueError as error:
            parser.error(str(error))
        for corpus in corpora:
            pages = list(corpus.pages)
            print(report(summarize(corpus, pages), args.worst) if pages else f"## {corpus.name}: no pages",
                  end="\n\n", flush=True)
    if not args.corpus:  # the default run also scores metadata field by field on the dev sets (bench/metadata.py)
        import metadata

        metadata.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

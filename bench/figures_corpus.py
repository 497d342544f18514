"""The labelled set for bench/figures.py: which articles, and how their text is derived.

Labels live in bench/figures_labels.json as character offsets into these texts, so the
corpora are read at run time and never copied into the repository: ../shared/corpus, and
for `aeb:` articles a checkout of scrapinghub's article-extraction-benchmark (181 news
pages from as many publishers, MIT licence) beside the repository:
`git clone https://github.com/scrapinghub/article-extraction-benchmark ../article-extraction-benchmark`.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from functools import cache
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from presslake.article.extract import extract_article  # noqa: E402

AEB = ROOT.parent / "article-extraction-benchmark"
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "dd", "dt", "td", "th"}


def corpus_text(page_dir: Path) -> str:
    """A Readability expected body as plain text: its block elements joined by blank lines."""
    tree = lxml.html.fromstring((page_dir / "expected.html").read_bytes().decode("utf-8"))
    parts = []
    for element in tree.iter():
        if element.tag in BLOCKS and not any(a.tag in BLOCKS for a in element.iterancestors()):
            text = re.sub(r"\s+", " ", element.text_content()).strip()
            if text:
                parts.append(text)
    return "\n\n".join(parts)


def fixture_text(path: Path) -> str:
    """A project fixture page's body as presslake extracts it."""
    return extract_article(path.read_bytes()).body


def page_text(path: Path) -> str:
    """A trafilatura-eval page's body as presslake extracts it (that corpus has snippets, no bodies)."""
    return extract_article(gzip.decompress(path.read_bytes())).body


@cache
def _aeb_bodies() -> dict:
    return json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))


def aeb_text(key: str) -> str:
    """An article-extraction-benchmark page's body as its ground truth gives it (a human's)."""
    return _aeb_bodies()[key]["articleBody"]


def available(source: str) -> bool:
    """False for an `aeb:` article when that checkout is not beside the repository."""
    return not source.startswith("aeb:") or (AEB / "ground-truth.json").exists()


def article_text(source: str, corpus: Path) -> str:
    kind, _, name = source.partition(":")
    if kind == "aeb":
        return aeb_text(name)
    if kind == "corpus":
        return corpus_text(corpus / name)
    if kind == "teval":
        return page_text(corpus.parent / "trafilatura-eval" / "pages" / name)
    if kind == "fixture":
        return fixture_text(ROOT / "tests" / "fixtures" / "pages" / name)
    if kind == "bench":
        return (ROOT / "bench" / "figures_articles" / name).read_text(encoding="utf-8")
    raise ValueError(source)

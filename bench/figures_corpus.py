"""The labelled set for bench/figures.py: which articles, and how their text is derived.

Labels live in bench/figures_labels.json as character offsets into these texts, so the
corpus is read from ../shared/corpus at run time and never copied into the repository.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from presslake.article.extract import extract_article  # noqa: E402

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


def article_text(source: str, corpus: Path) -> str:
    kind, _, name = source.partition(":")
    if kind == "corpus":
        return corpus_text(corpus / name)
    if kind == "teval":
        return page_text(corpus.parent / "trafilatura-eval" / "pages" / name)
    if kind == "fixture":
        return fixture_text(ROOT / "tests" / "fixtures" / "pages" / name)
    if kind == "bench":
        return (ROOT / "bench" / "figures_articles" / name).read_text(encoding="utf-8")
    raise ValueError(source)

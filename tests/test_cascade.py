"""presslake's run of trafilatura's cascade gives bare_extraction's body, in both modes, on one tree.

Cascade repeats trafilatura_sequence for body.py's options: an upgrade of trafilatura that changes
the cascade shows here first. The project's fixtures, made short pages (where the full mode's
fallbacks and the recall escalation run) and, where ../shared is beside the repository, the first
pages of trafilatura's evaluation set.
"""

import gzip
from copy import deepcopy
from pathlib import Path

import pytest
from conftest import PAGES, SHARED
from lxml import etree

from presslake.article.cascade import Cascade
from presslake.article.parsing import parse_html, trafilatura_modules
from presslake.article.prune import plan_pruning

FIXTURES = sorted(PAGES.glob("*.html")) + sorted((Path(__file__).parent / "fixtures" / "extraction").glob("*.html"))
TEVAL = SHARED / "corpus" / "trafilatura-eval" / "pages"
URL = "https://news.example.org/2024/05/02/story"

SHORT_STORY = "<p>The Velmar ferry ran aground off the breakwater overnight; its passengers were taken off.</p>"
MENU = "".join(f"<li><a href='/s/{n}'>Section {n} of the site, with its latest stories</a></li>" for n in range(200))
SHORT_PAGES = {
    "short story in a long page": f"<html><body><ul>{MENU}</ul><article>{SHORT_STORY}</article></body></html>",
    "short story alone": f"<html><body><article>{SHORT_STORY}</article></body></html>",
    "text outside paragraphs": "<html><body><div>" + "A line of text outside any paragraph. " * 40 + "</div></body></html>",
    "empty body": "<html><body></body></html>",
    # the full mode's own main extractor: its recovery of wild text prunes teasers, the fast mode's keeps them
    "teaser beside a short story": f"<html><body><div class='Teaser-box'><p>{'Teaser text of the next story. ' * 9}"
                                   f"</p></div><span>{SHORT_STORY}</span></body></html>",
}


def _texts() -> list[tuple[str, str]]:
    texts = [(path.name, path.read_text(encoding="utf-8", errors="replace")) for path in FIXTURES]
    texts += list(SHORT_PAGES.items())
    if TEVAL.exists():
        texts += [(path.name, gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
                  for path in sorted(TEVAL.glob("*.gz"))[:40]]
    return texts


def _bare_body(tree, fast: bool):
    document = trafilatura_modules()[0].bare_extraction(
        tree, url=URL, fast=fast, include_comments=False, include_tables=True, with_metadata=False, deduplicate=False)
    return None if document is None or document.body is None else etree.tostring(document.body)


@pytest.mark.parametrize("name, text", _texts(), ids=[name for name, _ in _texts()])
@pytest.mark.parametrize("pruned", [False, True], ids=["unpruned", "pruned"])
def test_both_modes_give_bare_extraction_s_body(name, text, pruned):
    tree = parse_html(text)
    if pruned:
        plan_pruning(tree).apply()
    expected = {fast: _bare_body(deepcopy(tree), fast) for fast in (True, False)}
    page = Cascade(tree, URL)
    for fast in (True, False):  # as body.py asks: the fast mode first, the full one on the same page
        body = page.body(fast=fast)
        assert (None if body is None else etree.tostring(body)) == expected[fast], f"fast={fast}"

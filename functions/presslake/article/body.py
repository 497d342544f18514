"""The story's paragraphs: pruned page, trafilatura's main text, a second opinion when unsure, the
paragraph filter. Pure code: no I/O."""

from __future__ import annotations

from lxml.html import HtmlElement

from presslake.article.metadata import PageMeta
from presslake.article.paragraphs import block_texts, count_words, filter_paragraphs
from presslake.article.parsing import parse_html, trafilatura_modules
from presslake.article.prune import Pruning, find_dek, link_texts, plan_pruning

# An article body shorter than this is not an article (teaser, stub, error page).
MIN_ARTICLE_WORDS = 40
# trafilatura's fast path is trusted above this many words; below, its fallbacks run too.
FULL_EXTRACTION_BELOW_WORDS = 250
# The page is also extracted unpruned, and the two results reconciled, when the pruned result is
# short or the blocks pruned by a judgement call (class name, container tag) hold twice its
# prose: one page in five of trafilatura's evaluation set.
RECHECK_BELOW_WORDS = 150
RECHECK_PRUNED_CHARS = 500
# The unpruned result replaces the pruned one when it has twice its prose and this much more.
RECOVERED_CHARS = 600


def _words(paragraphs: list[str]) -> int:
    return count_words(" ".join(paragraphs))


def _prose_length(paragraphs: list[str], links: frozenset[str]) -> int:
    """Characters of the paragraphs outside link texts (trafilatura's fallbacks can glue a
    menu or a teaser list into one paragraph: its text is then the links' texts)."""
    long_links = [link for link in links if len(link) >= 12]
    total = 0
    for paragraph in paragraphs:
        folded = paragraph.casefold()
        total += max(0, len(paragraph) - sum(len(link) for link in long_links if link in folded))
    return total


def _pruning_is_suspect(pruning: Pruning, paragraphs: list[str], links: frozenset[str]) -> bool:
    """Worth a second opinion from the unpruned page? A short result, or more prose pruned than kept."""
    if _words(paragraphs) < RECHECK_BELOW_WORDS:
        return True
    if pruning.judged_prose_chars < RECHECK_PRUNED_CHARS:
        return False
    if pruning.judged_prose_chars >= 2 * sum(map(len, paragraphs)):
        return True
    # what was kept may be link texts (a menu) that trafilatura fell back to
    return pruning.judged_prose_chars >= 2 * _prose_length(paragraphs, links)


def reconcile(pruned: list[str], unpruned: list[str], links: frozenset[str] = frozenset()) -> list[str]:
    """The pruned page's text, unless pruning evidently took much of the story with it:
    the unpruned page has far more prose (text outside the page's link texts)."""
    if _prose_length(unpruned, links) >= 2 * _prose_length(pruned, links) + RECOVERED_CHARS:
        return unpruned
    return pruned


def _main_text(tree: HtmlElement, url: str | None, *, fast: bool) -> list[str]:
    """trafilatura's main-text blocks. It works on a copy, so `tree` can be reused."""
    document = trafilatura_modules()[0].bare_extraction(
        tree, url=url, fast=fast, include_comments=False, include_tables=True,
        with_metadata=False, deduplicate=False,
    )
    if document is None or document.body is None:
        return []
    return block_texts(document.body)


def story_paragraphs(text: str, tree: HtmlElement, meta: PageMeta, url: str | None) -> tuple[list[str], list[str]]:
    """The story's paragraphs and the page's captions. `tree` is `text` parsed; it is pruned in place."""
    dek = find_dek(tree, meta.description)
    pruning = plan_pruning(tree)
    pruning.apply()
    captions = pruning.captions
    links = link_texts(tree)

    raw_paragraphs = _main_text(tree, url, fast=True)
    if _words(raw_paragraphs) < FULL_EXTRACTION_BELOW_WORDS:
        # Short results are where trafilatura's readability/jusText fallbacks pay off.
        raw_paragraphs = _main_text(tree, url, fast=False)
    if _pruning_is_suspect(pruning, raw_paragraphs, links):
        unpruned = parse_html(text)
        unpruned_links = link_texts(unpruned)
        recovered = reconcile(raw_paragraphs, _main_text(unpruned, url, fast=False), unpruned_links)
        if recovered is not raw_paragraphs:
            raw_paragraphs, links = recovered, unpruned_links
    paragraphs = filter_paragraphs(raw_paragraphs, meta, captions + [dek] if dek else captions, links)
    if dek and _words(paragraphs) < MIN_ARTICLE_WORDS:
        # the "dek" is all the story there is (a short item whose text is its description)
        paragraphs = filter_paragraphs(raw_paragraphs, meta, captions, links)
    return paragraphs, captions

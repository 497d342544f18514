"""trafilatura's extraction cascade, in its fast and its full mode, on one page. Pure code: no I/O.

body.py asks for trafilatura's fast extraction of the pruned page and, where that is short, for its
full one (with the readability/jusText fallbacks) of the same page. Through `bare_extraction` each run
copies the tree, prunes it again, runs the main extractor again and measures the page's text again for
the recall escalation's test (2 ms a page, on every result under 3,000 characters, though the test
rarely passes). Here the cascade takes the tree over (body.py reads it no more), prunes it once for both
modes, measures the page's text once and only where a bound read in one walk of the text cannot settle
the test, and the full mode takes the fast mode's main-extractor result where it would be the same.

The cascade is `trafilatura.core.trafilatura_sequence` (trafilatura 2.3) for the options body.py
uses: no comments, tables, no metadata, no deduplication, balanced focus. tests/test_cascade.py
checks that it gives `bare_extraction`'s body in both modes.
"""

from __future__ import annotations

from copy import copy, deepcopy

from lxml.etree import XPath, _Element, strip_tags
from lxml.html import HtmlElement

from presslake.article.parsing import trafilatura_modules


def _core():
    """trafilatura.core, which holds every step of its cascade under the names trafilatura_sequence calls."""
    return trafilatura_modules()[0].core


# trafilatura's main extractor is the same in both modes but for its recovery of text outside the main
# frame, which keeps blocks classed as teasers in the fast mode (TEASER_DISCARD_XPATH, trafilatura.xpaths)
# and prunes them in the full one. The class or id of every element, whatever its tag, is read here: on a
# page without such a block (84% of trafilatura-eval's pages, 95-99% of the other dev corpora's), the full
# mode takes the fast mode's result, which saves the tree's conversion and a pass of the extractor (5 ms).
_TEASER_MARKS = XPath("//@id[contains(translate(., 'T', 't'), 'teaser')] | "
                      "//@class[contains(translate(., 'T', 't'), 'teaser')]")


def _page_text_bound(tree: HtmlElement) -> int:
    """At least the length of trafilatura's page text (`html2txt`): every word of the tree's text, each
    with one space. `html2txt` reads the same text less what it cleans away, split at fewer places."""
    body = tree.find(".//body")
    words = " ".join((tree if body is None else body).itertext()).split()
    return sum(map(len, words)) + len(words)


class Cascade:
    """trafilatura's main text of one page. The page's tree becomes the cascade's (trafilatura's raw-tree
    pruning runs on it in place); each mode works on copies of it."""

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self._core = _core()
        self._url = url
        self._tree = tree
        self._pruned = False
        self._main: tuple[_Element, str] | None = None  # the fast mode's main extractor's result
        self._page_text_bound: int | None = None
        self._page_text_chars: int | None = None

    def _raw_pruned(self) -> HtmlElement:
        """The tree without appended articles and comment sections, pruned once for both modes."""
        if not self._pruned:
            core = self._core
            is_forum = core._forum_thread_page(self._tree)
            self._tree = core.prune_unwanted_nodes(self._tree, core.RAW_TREE_PRUNE_XPATH)
            if not is_forum:
                self._tree = core.prune_unwanted_nodes(self._tree, core.REMOVE_COMMENTS_AND_LISTS_XPATH)
            self._pruned = True
        return self._tree

    def _covers_little(self, chars: int) -> bool:
        """The recall escalation's test: a result of `chars` characters covers under a fifth of the page."""
        share = self._core.ESCALATION_PAGE_SHARE
        if not 0 < chars < self._core.ESCALATION_MAX_LENGTH:
            return False
        if self._page_text_bound is None:
            self._page_text_bound = _page_text_bound(self._tree)
        if chars >= share * self._page_text_bound:
            return False
        if self._page_text_chars is None:
            self._page_text_chars = len(self._core.html2txt(self._tree))
        return chars < share * self._page_text_chars

    def body(self, *, fast: bool) -> _Element | None:
        """trafilatura's main-text body in the fast or the full mode (`bare_extraction(fast=...).body`)."""
        # bare_extraction's Extractor for body.py's options (made per mode: it reads trafilatura's settings)
        options = self._core.Extractor(output_format="python", fast=fast, comments=False, tables=True, url=self._url)
        try:
            return self._run(options)
        except (TypeError, ValueError):
            return None

    def _run(self, options) -> _Element | None:
        core, tree, url = self._core, self._raw_pruned(), self._url
        # 1-2: the main extractor, then (full mode) the comparison with readability and jusText
        # (trafilatura's _prepare_tree: the cleaned tree is converted for the main extractor, and the full
        # mode's comparison reads it unconverted; the fast mode makes no copy for that)
        cleaned = core.tree_cleaning(copy(tree), options)
        if options.fast:
            body, text = self._main = core.extract_content(core.convert_tags(cleaned, options, url), options)
        else:
            if self._main is not None and not _TEASER_MARKS(tree):
                body, text = deepcopy(self._main[0]), self._main[1]
            else:
                body, text = core.extract_content(core.convert_tags(copy(cleaned), options, url), options)
            body, text = core.compare_extraction(cleaned, copy(tree), body, text, options)
        # 3: the baseline rescue on the unconverted tree
        if len(text) < options.min_extracted_size:
            rescued, rescued_text, rescued_chars = core.baseline(tree)
            if rescued_chars > len(text):
                body, text = rescued, rescued_text
        # 4: the recall escalation of a short result that covers little of the page
        if self._covers_little(len(text)):
            recall = copy(options)
            recall.focus = "recall"
            retry_text = jt_text = ""
            try:
                retry, retry_text = core._recall_retry(tree, recall, url)
            except Exception:  # as trafilatura: a failed candidate is no candidate
                pass
            if not options.fast:
                try:
                    jt_body, jt_text = core.justext_rescue(copy(tree), options)
                except Exception:  # as trafilatura
                    pass
            if len(jt_text) > len(retry_text) and len(jt_text) > core.ESCALATION_JUSTEXT_RATIO * len(text):
                body, text = jt_body, jt_text
            elif len(retry_text) >= options.min_extracted_size and len(retry_text) > core.ESCALATION_ACCEPT_RATIO * len(text):
                body, text = retry, retry_text
        if options.max_tree_size and len(body) > options.max_tree_size:  # (unset in trafilatura's settings)
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        return body if len(text) >= options.min_output_size else None

"""The story's paragraphs: pruned page, trafilatura's main text, a second opinion when unsure, the
paragraph filter. Pure code: no I/O.

The second opinion is trafilatura's full extraction of the whole unpruned page (what trafilatura
alone would find). It runs only when the first result is unsure: short, covering little of the
pruned page's prose, or outweighed by the prose that judgement calls pruned (one page in nine of
the dev corpora, bench/extract.py). It replaces the first when the first has under half its words
(a lost story) or far less prose.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from presslake.article.cascade import Cascade
from presslake.article.metadata import PageMeta
from presslake.article.paragraphs import block_texts, distinct_sentences, filter_paragraphs, words_in
from presslake.article.parsing import parse_html
from presslake.article.prune import Pruning, find_dek, link_texts, plan_pruning, prose_chars
from presslake.lazy_regex import LazyPattern

# An article body shorter than this is not an article (teaser, stub, error page).
MIN_ARTICLE_WORDS = 40
# trafilatura's fast path is trusted above this many words; below, its fallbacks run too.
FULL_EXTRACTION_BELOW_WORDS = 250
# The second opinion runs when the first result is short, when it holds under this share of the
# pruned page's prose (trafilatura's fast path settled on one part of the story, or on a teaser), or
# when the blocks pruned by a judgement call (class name, container tag) hold twice its prose.
RECHECK_BELOW_WORDS = 150
RECHECK_COVERAGE = 0.5
RECHECK_PRUNED_CHARS = 500
# The second opinion replaces the first when the first has under LOST_STORY_SHARE of its words, where
# it has LOST_STORY_WORDS or more (issue 20's lost story), or when it has twice the first's prose and
# RECOVERED_CHARS more.
LOST_STORY_SHARE = 0.5
LOST_STORY_WORDS = 100
RECOVERED_CHARS = 600
# A result whose prose is under GLUED_LINKS_SHARE of its characters is link texts glued together or listed (a
# teaser list, a menu, a blogroll): as the first, twice its prose is enough to replace it; as the second, its
# words do not make the first a lost story.
GLUED_LINKS_SHARE = 0.25
# A story repeats its headline's words early. A result of RECHECK_BELOW_WORDS or more that holds
# ON_HEADLINE of them in its first HEADLINE_READ words is never replaced by one that holds under
# OFF_HEADLINE of them in all its words and not half its sentences: that is another text of the page
# (a photo gallery, the next story). Headlines of fewer than HEADLINE_WORDS content words (a site's
# name, "Home") are not checked.
HEADLINE_WORDS = 4
HEADLINE_READ = 300
OFF_HEADLINE = 0.2
ON_HEADLINE = 0.6
_CONTENT_WORD = LazyPattern(r"[^\W\d_]{4,}")
_FUNCTION_WORDS = frozenset("""about after again against also back been before being could does down during
each from have here into just like more most much must next only other over said says some such than that
their them then there these they this those through under very want were what when where which while will
with would your""".split())


def _prose_length(paragraphs: list[str], links: frozenset[str]) -> int:
    """Characters of the paragraphs outside link texts (trafilatura's fallbacks can glue a
    menu or a teaser list into one paragraph: its text is then the links' texts). A paragraph
    that is one link's text, however short ("Adam Bear" in a blogroll), is no prose."""
    long_links = [link for link in links if len(link) >= 12]
    total = 0
    for paragraph in paragraphs:
        folded = paragraph.casefold()
        if folded in links:
            continue
        total += max(0, len(paragraph) - sum(len(link) for link in long_links if link in folded))
    return total


def _is_unsure(pruning: Pruning, pruned_prose: int, paragraphs: list[str], links: frozenset[str]) -> bool:
    """Worth a second opinion from the unpruned page? A short result, one that covers little of the
    pruned page's prose, or one outweighed by the prose that judgement calls pruned."""
    if words_in(paragraphs) < RECHECK_BELOW_WORDS:
        return True
    kept_prose = _prose_length(paragraphs, links)
    if kept_prose < RECHECK_COVERAGE * pruned_prose:
        return True
    # (prose, not characters: what was kept may be link texts, a menu trafilatura fell back to)
    return pruning.judged_prose_chars >= max(RECHECK_PRUNED_CHARS, 2 * kept_prose)


def headline_share(title: str | None, paragraphs: list[str], read_words: int | None = HEADLINE_READ) -> float | None:
    """The share of the headline's content words found in the first `read_words` words of the
    paragraphs (None: in all of them); None for a headline too short to tell."""
    wanted = {word.casefold() for word in _CONTENT_WORD.findall(title or "")} - _FUNCTION_WORDS
    if len(wanted) < HEADLINE_WORDS:
        return None
    read = " ".join(" ".join(paragraphs).split()[:read_words]).casefold()
    found = {word.casefold() for word in _CONTENT_WORD.findall(read)}
    return len(wanted & found) / len(wanted)


def strays(title: str | None, first: list[str], second: list[str]) -> bool:
    """Is `second` another text of the page than the story `first` tells? `first` is a story (long enough,
    on the headline early), and `second` is off the headline all through (a thread's replies come back to
    it) and holds under half of `first`'s sentences."""
    if words_in(first) < RECHECK_BELOW_WORDS:
        return False
    on_first = headline_share(title, first)
    if on_first is None or on_first < ON_HEADLINE or (headline_share(title, second, None) or 0.0) >= OFF_HEADLINE:
        return False
    told, kept = distinct_sentences(first), set(distinct_sentences(second))
    return sum(sentence in kept for sentence in told) < 0.5 * len(told)


def takes_over(first: list[str], second: list[str], links: frozenset[str] = frozenset()) -> bool:
    """Does the second opinion replace the first? When the first lost the story (under half the
    second's words, unless those are mostly link texts), or has far less prose (text outside the page's
    link texts; half is enough when the first is mostly link texts). A sentence is counted
    once however often an opinion repeats it: a notice repeated per region or a hidden copy of a block
    is no more story, and a calendar's repeated rows no more text."""
    first, second = distinct_sentences(first), distinct_sentences(second)
    first_prose, second_prose = _prose_length(first, links), _prose_length(second, links)
    second_words = words_in(second)
    if second_words >= LOST_STORY_WORDS and words_in(first) < LOST_STORY_SHARE * second_words \
            and not _mostly_links(second, second_prose):
        return True
    if _mostly_links(first, first_prose):
        return second_prose >= 2 * first_prose
    return second_prose >= 2 * first_prose + RECOVERED_CHARS


def _mostly_links(paragraphs: list[str], prose: int) -> bool:
    """Link texts glued or listed (a sidebar's teasers, a blogroll's names): prose is under
    GLUED_LINKS_SHARE of the characters."""
    return prose < GLUED_LINKS_SHARE * sum(map(len, paragraphs))


def _main_text(page: Cascade, *, fast: bool) -> list[str]:
    """trafilatura's main-text blocks of the page, in its fast or its full mode."""
    document_body = page.body(fast=fast)
    return [] if document_body is None else block_texts(document_body)


def story_paragraphs(text: str, tree: HtmlElement, meta: PageMeta, url: str | None) -> tuple[list[str], list[str]]:
    """The story's paragraphs and the page's captions. `tree` is `text` parsed; it is pruned in place, and
    trafilatura's cascade then prunes it further."""
    dek = find_dek(tree, meta.description)
    pruning = plan_pruning(tree)
    pruning.apply()
    captions = pruning.captions
    links = link_texts(tree)
    body = tree.find("body")
    pruned_prose = prose_chars(body) if body is not None else 0

    page = Cascade(tree, url)
    raw_paragraphs = _main_text(page, fast=True)
    if words_in(raw_paragraphs) < FULL_EXTRACTION_BELOW_WORDS:
        # Short results are where trafilatura's readability/jusText fallbacks pay off.
        full = _main_text(page, fast=False)
        if not strays(meta.title, raw_paragraphs, full):
            raw_paragraphs = full
    if _is_unsure(pruning, pruned_prose, raw_paragraphs, links):
        unpruned = parse_html(text)
        unpruned_links = link_texts(unpruned)
        second = _main_text(Cascade(unpruned, url), fast=False)
        if takes_over(raw_paragraphs, second, unpruned_links) and not strays(meta.title, raw_paragraphs, second):
            raw_paragraphs, links = second, unpruned_links
    paragraphs = filter_paragraphs(raw_paragraphs, meta, captions + [dek] if dek else captions, links)
    if dek and words_in(paragraphs) < MIN_ARTICLE_WORDS:
        # the "dek" is all the story there is (a short item whose text is its description)
        paragraphs = filter_paragraphs(raw_paragraphs, meta, captions, links)
    return paragraphs, captions

"""HTML page -> clean Article record. Pure code: no boto3, no I/O.

`extract_article` is the stable API. The page is parsed once with lxml; metadata is
read from that tree, page chrome is pruned from it, and trafilatura extracts the
main text from the pruned tree. Where pruning may have taken the story with it, the
unpruned page gets a second opinion. A paragraph filter then drops the chrome that
survives trafilatura (newsletter forms, AI-audio notices, bylines, photo credits,
share prompts, the dek), which is where most of our precision over plain trafilatura
comes from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml import etree

from presslake import __version__
from presslake.article.body import MIN_ARTICLE_WORDS, story_paragraphs
from presslake.article.language import resolve as resolve_language
from presslake.article.metadata import ARTICLE_TYPES, LISTING_TYPES, PageMeta, read_meta
from presslake.article.paragraphs import count_words
from presslake.article.parsing import parse_html, script_chars, trafilatura_modules
from presslake.article.rawinput import RejectedInput, decode_page, text_kind
from presslake.article.scripted import scripted_paragraphs
from presslake.lazy_regex import LazyPattern


def extractor_version() -> str:
    return f"presslake-{__version__}+trafilatura-{trafilatura_modules()[0].__version__}"


# What reaches extraction is bounded, so time and memory per page are: trafilatura's work grows
# faster than linearly with the elements (10,000 paragraphs 1.1 s, 40,000 8.4 s, 100,000 48 s).
# The largest of the 1,075 corpus pages has 10,112 elements and 1.0 M characters; the worst
# accepted page fits the parse function's 512 MB (tests/test_extract.py shows it). Characters are
# counted without script and style contents, which nothing reads as text: a page of 1 MB of text and
# 8 MB of scripts is read, within the same memory (tests/test_extract_input.py). The raw-byte and
# decompression caps (handlers/parse.py, article/rawinput.py) bound what is parsed.
MAX_HTML_CHARS = 4_000_000
MAX_ELEMENTS = 30_000
# Longer titles are cut at a word: an SEO title stuffed with keywords, or text that was never a title.
MAX_TITLE_CHARS = 300


@dataclass
class Article:
    article_id: str
    url: str | None
    canonical_url: str | None
    source: str | None
    title: str | None
    description: str | None
    authors: list[str]
    published_at: datetime | None
    published_precision: str | None   # "day" for a date without a time, else "second"
    modified_at: datetime | None
    language: str | None
    section: str | None
    tags: list[str]
    body: str
    word_count: int
    lead_image_url: str | None
    lead_image_caption: str | None
    is_article: bool
    publisher: str | None   # the page's og:site_name, JSON-LD publisher or <title>'s site name, else `source`
    extractor_version: str = field(default_factory=extractor_version)
    paragraphs: list[str] = field(default_factory=list, repr=False)

    def to_record(self) -> dict:
        """The article as one row of the articles dataset (paragraphs live in `body`)."""
        record = asdict(self)
        record.pop("paragraphs")
        return record


# ---------------------------------------------------------------- classification

# An error page's title is an error message, alone or beside the site's name ("Page not found | The
# Ledger"); a headline that mentions one ("404 migrants rescued") is a story.
_TITLE_PARTS = LazyPattern(r"\s+[|–—:·-]\s+|\s*::\s*")
_ERROR_TITLE = LazyPattern(
    r"(?:(?:http\s+)?error\s*)?(?:[45]\d\d)?\s*(?:error|(?:page|file)?\s*not found|forbidden|gone|access denied|"
    r"(?:internal\s+)?server error|page (?:does not|doesn't|does ?n[o’']t) exist)?[.!]*|"
    r"oops\b.*|(?:sorry,?\s+)?(?:this|the|that) page (?:can[’']?t|cannot|could not|couldn[’']t) be found.*|"
    r"(?:page|content) (?:unavailable|no longer available)", re.I)


def is_error_title(title: str) -> bool:
    """Is the title (or a part of it between separators) an error message?"""
    return any(part and _ERROR_TITLE.fullmatch(part) for part in _TITLE_PARTS.split(title.strip()))


SHORT_STORY_WORDS, SHORT_STORY_SENTENCES = 60, 3
_SENTENCE = LazyPattern(r"[^.!?…]+[.!?…]+[\"”’')\]]*(?=\s|$)")


def _sentences(paragraphs: list[str]) -> int:
    """Full sentences (ten words or more, ended by a stop) in the paragraphs."""
    return sum(count_words(sentence.group()) >= 10
               for paragraph in paragraphs for sentence in _SENTENCE.finditer(paragraph))


def classify_article(meta: PageMeta, paragraphs: list[str], word_count: int) -> bool:
    """Is this page one article (not a home page, listing, search or error page)?"""
    if word_count < MIN_ARTICLE_WORDS:
        return False
    if meta.title and is_error_title(meta.title) and word_count < 300:
        return False
    if meta.jsonld_types & ARTICLE_TYPES or meta.og_type == "article":
        return True
    if meta.jsonld_types & LISTING_TYPES and meta.og_type != "article":
        # A listing's blurbs are many short paragraphs; a real article has some long ones.
        return any(count_words(p) >= 60 for p in paragraphs) and word_count >= 300
    long_paragraphs = sum(count_words(p) >= 25 for p in paragraphs)
    if long_paragraphs >= 2 or word_count >= 250:
        return True
    # a short wire story ("LONDON (Reuters) - ..."): three or more full sentences, which a home page's
    # headlines and a listing's links rarely make
    return word_count >= SHORT_STORY_WORDS and _sentences(paragraphs) >= SHORT_STORY_SENTENCES


def cap_title(title: str | None) -> str | None:
    """The title, cut at a word to at most MAX_TITLE_CHARS (with an ellipsis) when longer."""
    if not title or len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:MAX_TITLE_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]).rstrip(" ,;:-–—|") + "…"


# ---------------------------------------------------------------- identity

def canonicalize_url(url: str | None, base: str | None = None) -> str | None:
    """Absolute, normalised URL (lower-case host, tracking parameters and fragment removed)."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if base and not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        from urllib.parse import urljoin

        url = urljoin(base, url)
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        normalized = trafilatura_modules()[1].normalize_url(url, strict=True)
    except (ValueError, TypeError):
        return None
    return normalized.split("#", 1)[0]


def make_article_id(canonical_url: str | None, title: str | None, body: str) -> str:
    """Stable id: from the canonical URL when known, else from the extracted content."""
    basis = f"url:{canonical_url}" if canonical_url else f"content:{title or ''}\n{body}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------- entry point

# A document whose root is a feed or sitemap element (after declarations, comments, whitespace).
# Matched on the first 4 KB only, with atomic groups: no page can make it backtrack.
_XML_DOCUMENT = LazyPattern(
    r"\A\s*+(?>(?><\?[^>]*+>|<!--(?>[^-]++|-(?!->))*+-->|<!DOCTYPE[^>]*+>)\s*+)*+"
    r"<((?:[\w-]+:)?(?:rss|feed|urlset|sitemapindex|RDF))\b", re.I)
XML_SNIFF_CHARS = 4096
# counted by libxml2: a Python loop makes an lxml proxy per element
_ELEMENT_COUNT = etree.XPath("count(//*)")


def extract_article(html: bytes | str, url: str | None = None, *,
                    content_type: str | None = None) -> Article:
    """Extract one article record from a page.

    `url` is where the page came from (an uploader's `x-amz-meta-source-url` wins
    over the page's own canonical link for the id). `content_type` is the
    transport Content-Type, used for the charset of `bytes` input.
    """
    text = decode_page(html, content_type).text if isinstance(html, bytes) else html
    feed = _XML_DOCUMENT.match(text[:XML_SNIFF_CHARS])
    if feed:
        raise RejectedInput("not_article", f"an XML document (<{feed.group(1)}>: a feed or sitemap), not a page")
    kind = text_kind(text)
    if kind:
        raise RejectedInput("not_article", f"{kind}, not HTML: the text does not start as an HTML document")
    tree = parse_html(text)
    page_chars = len(text) - script_chars(tree)
    if page_chars > MAX_HTML_CHARS:
        raise RejectedInput("too_large", f"{page_chars:,} characters of HTML without script and style contents "
                                         f"> cap {MAX_HTML_CHARS:,}")
    if _ELEMENT_COUNT(tree) > MAX_ELEMENTS:
        raise RejectedInput("too_complex", f"more than {MAX_ELEMENTS:,} elements")
    meta = read_meta(tree, url)
    paragraphs, captions = story_paragraphs(text, tree, meta, url)
    if not paragraphs:  # a page that keeps its story in a script's JSON, for the browser to render
        paragraphs = scripted_paragraphs(text, meta.description)
    body = "\n\n".join(paragraphs)
    word_count = count_words(body)

    page_canonical = canonicalize_url(meta.canonical_url, base=url)
    canonical = canonicalize_url(url) or page_canonical
    # the registered domain; a host with none (an IP address, localhost) is its own source
    source = (trafilatura_modules()[1].extract_domain(canonical) or urlsplit(canonical).hostname) if canonical else None
    return Article(
        article_id=make_article_id(canonical, meta.title, body),
        url=url,
        canonical_url=page_canonical or canonical,
        source=source,
        title=cap_title(meta.title),
        description=meta.description,
        authors=meta.authors,
        published_at=meta.published_at,
        published_precision=meta.published_precision,
        modified_at=meta.modified_at,
        language=resolve_language(meta.language, body),
        section=meta.section,
        tags=meta.tags,
        body=body,
        word_count=word_count,
        lead_image_url=meta.lead_image_url,   # resolved against the page's base, never normalised
        lead_image_caption=meta.lead_image_caption or next(iter(captions), None),
        is_article=classify_article(meta, paragraphs, word_count),
        publisher=meta.publisher or source,
        paragraphs=paragraphs,
    )

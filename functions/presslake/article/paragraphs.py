"""The main text's paragraphs, cleaned of the chrome extractors keep, and their length in any script.
Pure code: no I/O.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from presslake.article.metadata import PageMeta, clean_text
from presslake.lazy_regex import LazyPattern

_CHROME_LINES = [LazyPattern(p, re.I) for p in (
    r"^\d+\s*(min|mins|minute|minutes)\s*(read|listen)$",
    r"^this audio is (created|generated) with (ai|artificial intelligence) assistance\.?$",
    r"^(skip to (main )?content|edit post|pre-?order now|advertisement|ad|sponsored)$",
    r"^(news feed|more news|editors'? picks|most read|popular|trending|related( stories| articles)?|"
    r"read more|recommended( for you)?|latest news|top stories|you may also like)$",
    r"^(enter|type) your e-?mail( address)?( to subscribe| here)?\.?$",
    r"^please,? enter (a )?(correct|valid) e-?mail( address)?\.?$",
    r"^\*\s*indicates required$",
    r"^(subscribe|sign up|sign in|log in|register|follow us|share|tweet|email|print|copy link)( now)?!?$",
    r"^success?full?y subscribed\.?$",
    r"^thank you for (signing up|subscribing)\b.*",
    r"^we'?ve sent you a confirmation e-?mail\.?$",
    r"^(sign up|subscribe) (for|to) (our|the|this)( free)? (daily |weekly )?newsletters?\b.*",
    r"^(share|follow) (this|us|on)\b.{0,60}$",
    r"^(already a subscriber|become a (member|subscriber)|support (our |independent )?journalism)\b.{0,120}$",
    r"^(subscribe|log in|sign in) to (continue|read)\b.{0,120}$",
    r"^(read|see) (also|more)\s*[:>].{0,160}$",
    r"^\(?(photo|image|picture|video)s?( credit)?\s*(by|:|©).{0,150}$",
    r"^.{0,80}\((photo|image)s? (by|:).{0,120}\)\.?$",
    r"^©.{0,100}$",
    r"^(this (article|story) (was|has been) (updated|corrected)).{0,60}$",
    r"^(explaining|inside) \w+ with [\w .'-]{3,40}$",
    r"^the post .{1,300} appeared first on .{1,120}$",  # a WordPress feed's footer
)]
# A photo credit on its own line: "Remo Casilli | Reuters", "H. Bilbao | Europa Press | Getty Images".
_AGENCY_CREDIT = LazyPattern(
    r"^[^|]{2,60}(\s\|\s[^|]{2,60}){0,2}\s\|\s(getty images|reuters|afp|ap( photo)?|epa|bloomberg|shutterstock|alamy|"
    r"europa press( news)?|pa (images|wire)|xinhua|anadolu( agency)?)$", re.I)


# Labels that introduce teasers (other stories, videos), in the languages news is mostly published in.
_TEASER_LABEL = LazyPattern(
    r"(?:more (?:from|on|about|in|news|stories)\b.{0,50}|related(?: (?:stories|articles|coverage|content|news|"
    r"links|reading|posts|videos))?|read (?:more|next|also)|see also|also read|further reading|"
    r"recommended(?: (?:for you|stories|videos|reading))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"popular(?: now| stories)?|most (?:read|viewed|popular|shared)|trending(?: now)?|top stories|latest (?:news|stories)|"
    r"editors'? picks|in other news|other stories|(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|"
    r"das könnte sie auch interessieren|weitere (?:artikel|nachrichten|themen)|(?:à )?lire aussi|sur le même sujet|"
    r"à voir aussi|te puede interesar|noticias relacionadas|le[ae] también|leer más|leggi anche|"
    r"potrebbe interessarti|leia também|veja também|saiba mais|lees ook|meer nieuws|läs också|les også|"
    r"推荐(?:视频|阅读|新闻)?|相关(?:新闻|阅读|文章|视频|推荐)|延伸阅读|热门(?:推荐|新闻|文章)|猜你喜欢|更多(?:新闻|精彩)|"
    r"関連記事|おすすめ(?:記事)?|관련\s?기사|추천\s?기사)[\s:：>»›]*", re.I)
# The publisher's copyright notice, in the lines that carry it.
_COPYRIGHT = LazyPattern(
    r"(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:(?:19|20)\d\d|by\b).*|.*\ball rights reserved\b.*|"
    r"(?:版权所有|版权声明|©).*|.*未经.{0,12}(?:授权|许可|同意).{0,30}(?:转载|使用|复制).*", re.I)
# A comment form's heading: what follows it is replies and the sidebar, not the story.
_COMMENT_FORM = LazyPattern(r"(?:leave|post|add|write|submit) a (?:reply|comment)(?: cancel reply)?[.:!]?", re.I)
_MAX_LABEL_WORDS = 10
_MAX_COPYRIGHT_WORDS = 50
# A teaser's marks: a "READ MORE" at its end, a shop's "BUY NOW" price line, a vote count and its date
# ("280 votes | 27 September"), or a summary cut off ("... accused of sacrificing chickens in a
# superstit..."): one sentence of some length, its only ellipsis at the end (prose that trails off, a
# forum post's "so ich mache nen Hardreset...", is shorter or has more than one).
_TEASER_END = LazyPattern(r"(?:\bread more|\bcontinue reading|\bbuy now\b.{0,40}|\b\d[\d,]* votes? \| .{4,30})\s*$", re.I)
_CUT_OFF = LazyPattern(r"\w(?:\.\.\.|…)$")
_INNER_STOP = LazyPattern(r"\.\.|…|[.!?]\s")
_CUT_OFF_MIN_WORDS = 8
_SAME_CUT = 2  # characters within which two summaries count as cut at one length
# The teasers after a story are short, and a run of them holds more than one mark.
_TAIL_MAX_WORDS = 25
_TAIL_MIN_MARKS = 2
_SENTENCE_END = LazyPattern(r"[.!?][\"”’')]?$")


def is_agency_credit(text: str) -> bool:
    return _AGENCY_CREDIT.match(text) is not None


def _is_chrome_line(text: str) -> bool:
    return any(p.match(text) for p in _CHROME_LINES) or is_agency_credit(text)


def is_teaser_label(text: str) -> bool:
    return count_words(text) <= _MAX_LABEL_WORDS and _TEASER_LABEL.fullmatch(text) is not None


def is_copyright(text: str) -> bool:
    return count_words(text) <= _MAX_COPYRIGHT_WORDS and _COPYRIGHT.fullmatch(text) is not None


def drop_teasers(paragraphs: list[str], links: frozenset[str]) -> list[str]:
    """Drop teaser labels ("More from the Courier", "推荐视频") with the links to other stories that
    follow them, copyright lines, and a list of two or more links that ends the story (as long as the
    story before it is longer than the list: a page that is all links is a list, not a tail), and a run of
    teasers that ends the page (`_teasers_start`).

    `links` are the page's link texts, case-folded: a paragraph that is one link's text is a teaser.
    """
    kept, after_label = [], False
    for text in paragraphs:
        if is_teaser_label(text) or is_copyright(text):
            after_label = True
            continue
        if after_label and text.casefold() in links:
            continue
        after_label = False
        kept.append(text)
    end = len(kept)
    while end and kept[end - 1].casefold() in links:
        end -= 1
    if len(kept) - end >= 2 and end > len(kept) - end:
        kept = kept[:end]
    return kept[:_teasers_start(kept)]


def _is_cut_off(text: str) -> bool:
    cut = _CUT_OFF.search(text)
    return bool(cut) and count_words(text) >= _CUT_OFF_MIN_WORDS and not _INNER_STOP.search(text, 0, cut.start() + 1)


def _teaser_marks(paragraphs: list[str], start: int) -> list[int]:
    """Indexes from `start` of the paragraphs that bear a teaser's mark. A summary cut off mid-word counts
    when another is cut at the same length (give or take a character or two): a machine cut them, where
    summaries that end in "..." at a word's end may be a listing's own text."""
    marks = [i for i in range(start, len(paragraphs)) if _TEASER_END.search(paragraphs[i])]
    cut = [i for i in range(start, len(paragraphs)) if _is_cut_off(paragraphs[i])]
    marks += [i for i in cut if any(j != i and abs(len(paragraphs[j]) - len(paragraphs[i])) <= _SAME_CUT for j in cut)]
    return sorted(marks)


def _teasers_start(paragraphs: list[str]) -> int:
    """Where a run of teasers that ends the page begins (len(paragraphs) if there is none): the short
    paragraphs at the end, when two or more of them bear a teaser's mark and the story before them is the
    longer. The story's own short last sentences before the first mark stay; a headline or a section
    label before it goes."""
    start = len(paragraphs)
    while start > 1 and count_words(paragraphs[start - 1]) <= _TAIL_MAX_WORDS:
        start -= 1
    marked = _teaser_marks(paragraphs, start)
    if len(marked) < _TAIL_MIN_MARKS:
        return len(paragraphs)
    while start < marked[0] and _SENTENCE_END.search(paragraphs[start]):
        start += 1
    if words_in(paragraphs[:start]) < words_in(paragraphs[start:]):
        return len(paragraphs)  # a page that is mostly teasers is a listing, not a story with a tail
    return start


def _is_byline(text: str, authors: list[str]) -> bool:
    words = text.split()
    if len(words) > 25:
        return False
    lowered = text.casefold()
    if lowered.startswith(("by ", "von ", "par ", "por ")):
        return True
    return bool(authors) and any(lowered.startswith(a.casefold()) for a in authors) and \
        bool(re.search(r"\b(19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|min read", lowered))


# trafilatura's XML elements that start a line of their own inside a block (a paragraph in a list item).
# The break is marked with a character the parsed page cannot hold (parse_html deletes C0 controls): the
# text's own newlines are only white space. A line break (<lb>) is a space: the line stays one paragraph.
_BREAK = "\x1e"
_LINE_ELEMENTS = frozenset({"p", "head", "quote", "list", "item", "row", "table", "code"})


def _element_text(element: HtmlElement, parts: list[str]) -> None:
    """The element's text with its children's and their tails, a newline around each line element."""
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag == "lb":
            parts.append(" ")
        line = child.tag in _LINE_ELEMENTS
        if line:
            parts.append(_BREAK)
        _element_text(child, parts)
        if line:
            parts.append(_BREAK)
        if child.tail:
            parts.append(child.tail)


def _lines(element: HtmlElement) -> list[str]:
    parts: list[str] = []
    _element_text(element, parts)
    return [clean_text(line) for line in "".join(parts).split(_BREAK)]


def block_texts(body: HtmlElement) -> list[str]:
    """trafilatura's XML body -> one string per line of text: paragraphs, headings, list items, the
    lines of a block broken by <lb>, and text between blocks (trafilatura leaves some in their tails);
    a table row is one line, its cells joined by ' | '."""
    texts = [clean_text(body.text)]
    for block in body:
        if block.tag == "table":
            for row in block.iter("row"):
                cells = [" ".join(_lines(cell)).strip() for cell in row.iter("cell")]
                texts.append(" | ".join(c for c in cells if c))
        else:
            texts.extend(_lines(block))
        texts.append(clean_text(block.tail))
    return [t for t in texts if t]


def filter_paragraphs(paragraphs: list[str], meta: PageMeta, set_apart: list[str],
                      links: frozenset[str] = frozenset()) -> list[str]:
    """Drop the chrome trafilatura keeps, the headline, bylines, repeated labels, teasers and
    copyright lines, and the text set apart from the story (figure captions, the dek); end the story
    at a comment form's heading ("Leave a Reply")."""
    skip = {c.casefold() for c in set_apart}
    if meta.lead_image_caption:
        skip.add(meta.lead_image_caption.casefold())
    if meta.title:
        skip.add(meta.title.casefold())
    kept, seen = [], set()
    for text in paragraphs:
        key = text.casefold()
        # Short repeats are chrome (form labels, "Subscribe"); long ones are real text.
        repeated_label = key in seen and count_words(text) < 12
        if kept and _COMMENT_FORM.fullmatch(text):
            break
        if key in skip or repeated_label or _is_chrome_line(text) or _is_byline(text, meta.authors):
            continue
        seen.add(key)
        kept.append(text)
    return drop_teasers(kept, links)


# ---------------------------------------------------------------- length in any script

# Scripts written without spaces between words. Han and kana count one token a character (how
# Chinese and Japanese measure length); Thai, Lao, Myanmar and Khmer about five letters a word.
_IDEOGRAPHIC = LazyPattern("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_UNSPACED_ALPHABETIC = LazyPattern("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_LETTERS_PER_UNSPACED_WORD = 5
_WORD_CHAR = LazyPattern(r"\w")
_UNSPACED = LazyPattern(f"{_IDEOGRAPHIC.pattern}|{_UNSPACED_ALPHABETIC.pattern}")


_SENTENCE_BREAK = LazyPattern(r"(?<=[.!?])\s+")


def distinct_sentences(paragraphs: list[str]) -> list[str]:
    """The paragraphs' sentences, each once (case-folded), in order: how much text there is, not how
    often it is said."""
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        for sentence in _SENTENCE_BREAK.split(paragraph):
            key = sentence.casefold()
            if key not in seen:
                seen.add(key)
                kept.append(sentence)
    return kept


def words_in(paragraphs: list[str]) -> int:
    return count_words(" ".join(paragraphs))


def count_words(text: str) -> int:
    """Words in any script: spaces where the script has them, characters where it has not."""
    if text.isascii() or not _UNSPACED.search(text):
        return len(text.split())
    ideographs = len(_IDEOGRAPHIC.findall(text))
    unspaced = len(_UNSPACED_ALPHABETIC.findall(text))
    spaced = _UNSPACED_ALPHABETIC.sub("", _IDEOGRAPHIC.sub(" ", text)).split()
    # what is left between ideographs may be punctuation alone (，。「」)
    words = sum(1 for chunk in spaced if _WORD_CHAR.search(chunk))
    return words + ideographs + round(unspaced / _LETTERS_PER_UNSPACED_WORD)

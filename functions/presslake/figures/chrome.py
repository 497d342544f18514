"""Page chrome and markers around a number, which make it no figure: a store's price label, a live quote beside a
ticker, an HTTP status or area code, a tax code's section, list and citation markers, an embedded tweet's counters, a
post's visit counter, a letters page's word limit and a publisher's call to the reader (asked by
presslake.figures.exclusions._is_excluded with the other kinds of number that are no figure)."""

from __future__ import annotations

import re

from presslake.figures.numbers import _Atom
from presslake.figures.vocabulary import _MONTH
from presslake.lazy_regex import LazyPattern

_TAX_CODE_SECTION = LazyPattern(r"\([a-z]\)\(?\d")  # "501(c)(3)", "501(c)3"
_TAX_CODE_SECTION_BEFORE = LazyPattern(r"\d\([a-z]\)\(?$")
# the guard (the first character of either branch) fails fast at most positions: a third of the scan's time
_CALL_TO_THE_READER = LazyPattern(r"(?=[\n.!?jsd])(?:(?:^|[.!?]\s+|\n)Join\s+(?:the\s+|our\s+|over\s+|more than\s+)?$|"
                                  r"\b(?:support|donate to|subscribe to|sponsor)\s+us\s+(?:for|from|with)\s+"
                                  r"(?:as little as\s+|just\s+|only\s+)?$)", re.I)
_STORE_PRICE = LazyPattern(r"(?:(?:\b|(?<=NOW))(?:[Oo]ur|OUR|[Ss]ale|SALE|[Ll]ist|LIST|[Rr]egular|REGULAR)\s+(?:[Pp]rice|PRICE)|BUY NOW)\s*:?\s*$")
_DATED_TEASER = LazyPattern(rf"\s+[a-z]+\s*\|\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b")
_CODE_AFTER = LazyPattern(r"\s+(?:(?:status|response|error|HTTP|area|zip|postal|dialling|dialing)\s+codes?|zip)\b",
                           re.I)
# a market page's live quote after a ticker symbol: "the yield TMUBMUSD10Y, 0.673% fell", "COMP, -3.19%"
_QUOTED_CHANGE = LazyPattern(r"\.\d\d")  # quotes carry hundredths ("According to CTVC, 50% of investors" counts)
_TICKER_BEFORE = LazyPattern(r"(?<![\w-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*, $)[A-Z][A-Z0-9]{2,}, $")
_LIST_MARKER_BEFORE = LazyPattern(r"(?:\A|\n|[:;,]\s*|[.!?]\s+|\b(?:and|or)\s+)\Z")
_WORD_LIMIT = LazyPattern(r"\b(?:letters|comments|submissions)\b[^.!?]{0,12}(?:under|within|fewer than|less than|"
                          r"no more than|up to|,)\s*$", re.I)
# a publisher's appeal: its price per month after "subscribe", "become a member", "donate"
_PER_MONTH = LazyPattern(r"\s*(?:/\s*|a\s+|per\s+)mo(?:nth)?\b", re.I)
# (not what someone "can subscribe to": "Students can subscribe to MasterClass at $10 per month" is a price reported)
_MEMBERSHIP = LazyPattern(r"\b(?:(?<!can )(?<!could )(?<!may )(?<!will )subscribe|become\s+a\s+(?:member|subscriber|supporter)|"
                          r"donate|support\s+us)\b", re.I)
# an embedded tweet's counters, each number written twice: "3 3 Retweets 2 2 likes"
_TWEET_COUNTER = LazyPattern(r"(?:\s+([\d,.]+[KkM]?))?\s+(?:Retweets?|Likes?|likes?|Replies|replies)\b")
_TWEET_COUNT_BEFORE = LazyPattern(r"([\d,.]+[KkM]?)\s+$")
_VISIT_COUNTER = LazyPattern(r"\(Visited\s+(?:[\d,]+\s+times?,\s+)?$")
_ITEM_AFTER_MARKER = LazyPattern(r"\)\s+[\"“]?[A-Z]")


def _a_tweets_counter(text: str, atom: _Atom, end: int, before: str) -> bool:
    """An embedded tweet's "3 3 Retweets": the first of the twins, or the second; "3,000 likes" alone counts."""
    if not (counter := _TWEET_COUNTER.match(text, end, end + 20)):
        return False
    written = text[atom.start:end]
    if counter.group(1):
        return counter.group(1) == written
    twin = _TWEET_COUNT_BEFORE.search(before[-12:])
    return twin is not None and twin.group(1) == written


def _chrome_or_a_marker(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """Page chrome, a code's section or a list's or citation's marker."""
    # (a price's own word is looked for first: the search tries each of the 40 characters)
    if ("rice" in before or "RICE" in before or "BUY NOW" in before) and _STORE_PRICE.search(before) or \
            _DATED_TEASER.match(after):
        return True  # page chrome: a store's "BUY NOW OUR PRICE $99.95", a teaser's "280 votes | 27 September 2017"
    if after.startswith("%") and _QUOTED_CHANGE.search(atom.digits) and _TICKER_BEFORE.search(before):
        return True  # page chrome: a live quote beside a ticker symbol ("TMUBMUSD10Y, 0.673%")
    if _CODE_AFTER.match(after):
        # "a 404 status code": an HTTP status code names a response; "a 513 area code" is a number to dial
        return True
    if _TAX_CODE_SECTION.match(after) or _TAX_CODE_SECTION_BEFORE.search(before):
        return True  # "501(c)(3) nonprofits": a section of the tax code names a kind of body
    if after.startswith(")") and not atom.currency and atom.value < 20 and \
            before[-40:].rfind("(") <= before[-40:].rfind(")") and _LIST_MARKER_BEFORE.search(before):
        return True  # "two questions: 1) the cost, and 2) the jobs", "his race. 1) Strategy": list markers (after a
        # closed aside too: "(“high”); 4)")
    if _a_tweets_counter(text, atom, end, before):
        return True
    if _VISIT_COUNTER.search(before) or "words" in after and re.match(r"\s*words\b", after) and _WORD_LIMIT.search(before):
        return True  # a post's "(Visited 3,817 times, 8 visits today)"; a letters page's "Keep letters under 300 words"
    if _CALL_TO_THE_READER.search(before):
        return True  # "Join the 20,000+ readers", "support us for as little as $1": a call to the reader
    if atom.currency and _PER_MONTH.match(after) and _MEMBERSHIP.search(text, max(0, atom.start - 120), atom.start):
        return True  # "Click here to subscribe. Just $5 a month.", "Become a member today! $5/month $20/month"
    if (before.endswith("[") and after.startswith("]") or before.endswith("(") and after.startswith(")")
            and (not re.search(r"\b[A-Z][\w'’-]*\s\($", before) or _ITEM_AFTER_MARKER.match(after))) \
            and not (atom.currency or atom.has_scale):
        return True  # "[4]", "(2)": a citation or a list marker ("Warren (2)" counts Warren's; "the JVM (1) A
        # built-in solution" opens an item)
    if after.startswith("]") and re.search(r"\[(?:n|note|nb)\s*$", before) or "]:" in before and re.search(r"\[\d+\]:\s*$", before):
        return True  # "[n 11]": a note's marker; "[1]: 207": the page of a citation
    return False
